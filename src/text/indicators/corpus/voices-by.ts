import type { RawExample } from "./types.js";
import { VOICES_BY_2 } from "./voices-by-2.js";
import { VOICES_BY_3 } from "./voices-by-3.js";
import { VOICES_BY_4 } from "./voices-by-4.js";

/** Developers in small software and digital agencies on their security person or team. Written fresh for Rapport (brief BY). */
const FIRST_PART: readonly RawExample[] = [
  ["Our security lead reviews every PR that touches auth and honestly the comments are gold.", ""],
  ["Waited four days for read access to the staging bucket. Four days. For read.", "conflict feel"],
  ["sec guy only pings me when snyk flags something in my repo", "comm"],
  [
    "I pushed an .env file to github last spring and I still feel sick thinking about it",
    "blame:self feel",
  ],
  ["Tbh the devs here would paste prod creds into Slack if nobody stopped them.", "blame:emp"],
  ["Pen test came back with 14 findings and we got a PDF and zero explanation.", "comm"],
  ["Marta sits with us on Thursdays, we just ask her stuff over coffee.", ""],
  [
    "They locked down our laptops so I can't even install Figma plugins without a ticket. Killing my flow.",
    "conflict feel",
  ],
  [
    "I don't tell security when something looks weird anymore, they just make it my problem.",
    "distance",
  ],
  [
    "Nobody knows what security actually does all day, they just decide stuff and we find out after.",
    "power distance",
  ],
  ["On-call rotation with the infra/sec team works fine, handoffs are clean.", ""],
  [
    "The SOC 2 audit for the client was a slog but Dan walked us through every control, props to him.",
    "",
  ],
  ["Dunno who our security person even is tbh", "distance"],
  ["Their code review comments read like a CVE database. 'CWE-79, fix.' thanks I guess", "comm"],
  ["I feel like a kid asking permission every time I need a new API key.", "power feel"],
  ["It's always me who clicks the phishing test link. Every quarter. I'm hopeless.", "blame:self"],
  [
    "Product folks keep sharing client docs on personal drives, no wonder security is paranoid.",
    "blame:emp",
  ],
  [
    "Security blocked the release on a Friday at 5pm over a medium finding. Client was furious.",
    "conflict blame:sec",
  ],
  ["Access requests go through a form and are usually done same day.", ""],
  ["i just use my personal laptop for side testing, easier than asking them", "distance conflict"],
  [
    "He talks to us like we're interns even though half of us have been coding for 15 years.",
    "power comm",
  ],
  ["Security is the reason our sprint velocity tanks every audit season.", "blame:sec conflict"],
  ["I was nervous about the pen test debrief but they were super constructive.", ""],
  [
    "We get a monthly security newsletter nobody reads, and that's the only contact.",
    "distance comm",
  ],
  ["Honestly I'm the weak spot, I reuse passwords way more than I should.", "blame:self"],
  ["Our CTO doubles as security and he's unreachable after lunch", "conflict"],
  [
    "Support team gets hauled in for every leaked ticket attachment, like we designed the helpdesk.",
    "conflict feel",
  ],
  ["Good relationship overall. They explain the why, not just the rule.", ""],
  [
    "The MDM update bricked my dev environment and the reply was 'works as intended'.",
    "conflict comm",
  ],
  [
    "Whenever audit time comes I hide in my calendar, I don't want to be the one they grill.",
    "feel distance",
  ],
  [
    "I asked why we need hardware keys and got a 20 minute lecture on FIDO2 attestation. I still don't know.",
    "comm",
  ],
  ["Designers here treat 2FA like a personal insult, security has a point.", "blame:emp"],
  ["No complaints. Laptop setup took ten minutes on day one.", ""],
  ["They approve or deny, never say why. It's like petitioning a king.", "power comm"],
  [
    "frankly our 'security team' is one contractor who produces checklists and vanishes",
    "blame:sec distance",
  ],
  [
    "I got flagged for running nmap on my own test box and had to explain myself to three different people.",
    "power conflict",
  ],
  ["Findings from the pentest get tracked in Jira like any other bug, works well.", ""],
  ["Slightly slow on access sometimes but fair enough, they're one person.", ""],
  ["Every time I open a ticket with them I feel stupid for asking.", "feel power"],
  ["We ship client work, they ship policy docs. Not the same planet.", "distance conflict"],
  [
    "I broke the VPN config for the whole office once. Still not sure they've forgiven me.",
    "blame:self feel",
  ],
  [
    "Our PMs forward every 'urgent invoice' email straight to finance without reading it, it's scary.",
    "blame:emp feel",
  ],
  ["Security only shows up in standup when something's on fire.", "comm"],
  ["Feels like security and the dev team are on opposite sides of every argument.", "conflict"],
  ["Honestly not my job to care about CSP headers, that's what the sec guy is for", "distance"],
  [
    "The new password policy email was three paragraphs of ISO references. What do I actually do??",
    "comm feel",
  ],
  [
    "They used to be a black box. Since Lena joined they run office hours every week and it's night and day.",
    "",
  ],
  ["Requested admin on my Mac in January. It's March.", "conflict"],
  [
    "It's embarrassing when the client's auditor asks me something and I have no clue what our sec team set up.",
    "feel distance",
  ],
  [
    "Pen-test report said our staging site was wide open. Who set that up? Not security, that was us.",
    "blame:self",
  ],
  [
    "Client security questionnaires land on my desk and nobody from security ever offers to help.",
    "distance",
  ],
  ["Our security person is great, super patient with my dumb questions.", ""],
  ["users click everything. i say that as a user.", "blame:emp blame:self"],
  [
    "They can see everything on our laptops and we have no idea what they actually look at.",
    "power",
  ],
  [
    "Whenever I ask for an exception it turns into a meeting with my manager. Feels like being sent to the headmaster.",
    "power feel",
  ],
  ["the sec review on our PRs is a bottleneck, period", "blame:sec conflict"],
  ["I never raise stuff with them. Easier to patch it myself and move on.", "distance"],
  ["On-call with security is honestly the best part of the rotation, they actually pick up.", ""],
  [
    "Our support staff reset passwords for anyone who asks nicely. That's on us, not security.",
    "blame:emp",
  ],
  ["Security decisions come from 'above' and nobody here got a say.", "power"],
  ["I sort of dread the quarterly access review, feels like an interrogation.", "feel power"],
  ["Honestly? They're fine. We barely notice them, which is the point.", ""],
  ["The security lead blocks merges with one-word comments like 'no.'", "comm conflict"],
  ["We got audited for a healthcare client and the sec team was brilliant at prepping us.", ""],
  [
    "I'm scared of breaking compliance without even knowing it. Nobody tells us what the rules are.",
    "feel comm",
  ],
  [
    "Dev team thinks security is a tax. Security thinks devs are toddlers. Nobody's happy.",
    "conflict blame:emp blame:sec",
  ],
  [
    "Locked USB ports mean I can't test on physical devices. Filed a ticket, got closed.",
    "conflict",
  ],
  ["I'd rather fail the phishing sim quietly than ask them about it", "distance feel"],
  [
    "They never bother to explain what the SIEM alert means, just 'please confirm this was you'.",
    "comm",
  ],
  ["I know I'm sloppy with screen locks. They're right to nag me.", "blame:self"],
  [
    "My fault the client's API key ended up in a screenshot in our case study. Mortifying.",
    "blame:self feel",
  ],
  ["We have a #security channel and they actually answer in minutes.", ""],
  [
    "Sec team knows nothing about how we actually build stuff, they just read frameworks.",
    "blame:sec distance",
  ],
  ["Felt pretty small when the security manager cc'd my boss over one missed patch.", "power feel"],
  [
    "I don't report lost badges anymore, the paperwork is worse than the risk.",
    "distance conflict",
  ],
  [
    "The account managers bypass every process because 'the client is waiting'. Security can't win.",
    "blame:emp",
  ],
  ["access requests: fine. code reviews: fine. the laptop lockdown: fine. all good really", ""],
  [
    "Every finding gets pinned on whoever last touched the file, even if it's a framework default.",
    "conflict",
  ],
  ["Nobody in product talks to security until the week of the audit.", "distance"],
  ["They talk in acronyms. SAST, DAST, SBOM. Just tell me what to click mate", "comm feel"],
  ["I'm anxious whenever Defender pops up, I assume someone's watching and judging.", "feel power"],
  [
    "The dev who made our S3 buckets public was me. Lesson learned, security helped fix it fast.",
    "blame:self",
  ],
  ["We respect each other, security and devs. Disagreements happen but they're civil.", ""],
  ["Security is the department of no, simple as.", "blame:sec"],
  [
    "They rolled out new endpoint software overnight and half of us couldn't run docker next morning. No heads-up.",
    "conflict comm",
  ],
  ["I think if staff actually read the policies we wouldn't need half the lockdowns.", "blame:emp"],
  ["I quit bringing up security concerns in retros, nobody follows up.", "distance feel"],
  ["Security asks devs for input before rolling out new tools. Appreciated.", ""],
  [
    "They treat the client's compliance checklist like scripture and our deadlines like suggestions",
    "conflict blame:sec",
  ],
  ["Only ever get a message from security when my laptop is 'non-compliant'.", "comm"],
  ["ngl I'm a bit scared of our CISO", "feel power"],
  ["The security contractor reviews our code remotely, we've never met him.", "distance"],
  ["Security decided we can't use ChatGPT. Not asked, just told.", "power comm"],
  ["my own fault, i approved an MFA prompt at 2am without thinking", "blame:self"],
  ["Pen testers found a SQLi in code I wrote. Gutted.", "blame:self feel"],
  ["Their team is small but responsive. No complaints here.", ""],
  ["We have to justify every single permission like we're suspects.", "power conflict"],
  ["I work around the proxy with my phone hotspot more than I'd like to admit.", "conflict"],
  [
    "Most of the devs here couldn't spot a phishing email if it had PHISHING in the subject line.",
    "blame:emp",
  ],
  ["Tickets to security just rot in the queue, weeks sometimes.", "conflict"],
  ["They're quick with the rules and slow with the reasons.", "comm"],
  ["The audit for the fintech client went smoothly, clear docs from security.", ""],
  [
    "I dread on-call weeks because security escalations disappear into a black hole.",
    "feel conflict",
  ],
  [
    "Design team isn't even in the security chat. We find out about policy changes from devs.",
    "distance comm",
  ],
  ["Probably I'm the risk here to be fair, I click links on my phone all day.", "blame:self"],
  ["Used to hate the code review gate, now I kinda like it, catches real bugs.", ""],
  ["Security makes us feel like criminals for wanting to do our jobs.", "power feel blame:sec"],
  ["Having the security folks in our sprint planning changed everything.", ""],
  [
    "Support gets zero training and then gets yelled at when someone social-engineers us.",
    "conflict feel",
  ],
  ["honestly whatever, they do their thing we do ours", "distance"],
  [
    "Our interns install random browser extensions on client machines. Security isn't wrong to panic.",
    "blame:emp",
  ],
  [
    "Felt like the pen test results were weaponised against our team at the all-hands.",
    "feel power conflict",
  ],
  ["Security answered my access request with a link to a 40-page policy.", "comm"],
  ["I don't really understand the threat model stuff but they explain it when asked.", ""],
  ["Whenever the sec team speaks, everyone just nods. Nobody dares push back.", "power"],
  [
    "I used to think they were obstructive. Turns out I never read the tickets properly. Fine now.",
    "",
  ],
  ["It's always 'the users' in their slides. We're the users. Nice.", "blame:emp feel"],
  ["No one from security has ever been to our office.", "distance"],
  ["Can't fault them. Tough job, small team, they do it well.", ""],
  [
    "They flagged my commit for a hardcoded secret, which, fair, it was a hardcoded secret.",
    "blame:self",
  ],
  [
    "Laptops locked down to the point I can't change my own wallpaper. Treated like a child.",
    "power feel conflict",
  ],
  ["We just don't talk, security and product. Different floors, different worlds.", "distance"],
  [
    "The sales team will read out client admin creds over the phone to anyone who sounds confident.",
    "blame:emp",
  ],
  ["IT speak in every reply, 'escalated to L2 for triage per SLA'. huh?", "comm"],
  [
    "Our sec lead argues with every dev on the pen-test findings call, in front of the client. Cringe.",
    "conflict feel",
  ],
];

export const VOICES_BY: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BY_2,
  ...VOICES_BY_3,
  ...VOICES_BY_4,
];
