import type { RawExample } from "./types.js";
import { VOICES_AS_2 } from "./voices-as-2.js";
import { VOICES_AS_3 } from "./voices-as-3.js";
import { VOICES_AS_4 } from "./voices-as-4.js";

/** Staff at small tech firms, startups, fintechs, game studios and agencies on their security team or lone security engineer. Written fresh for Rapport (brief AS). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The MDM profile wiped my dev certs twice this month and nobody warned us it was coming.",
    "conflict comm",
  ],
  ["Our security guy is great, he pairs with us on threat models and actually listens.", ""],
  ["Requested read access to the prod replica on Monday. It's Thursday.", "conflict"],
  [
    "honestly the SAST step adds 14 min to every pipeline and the findings are 90% noise",
    "conflict blame:sec",
  ],
  ["I don't even know who does security here. Is it Priya? Was it ever Priya?", "distance"],
  ["They run a quick session every quarter and it's genuinely useful.", ""],
  ["I feel like a suspect every time I ask for admin rights on my own laptop.", "feel power"],
  ["Security only messages the channel when someone has screwed up.", "comm"],
  ["The SOC 2 prep was painful but Marta walked us through every control, so it felt doable.", ""],
  ['Got a one-line reply, "denied per policy", no link to the policy, no reason.', "comm conflict"],
  [
    "We just spin up our own test accounts in a personal AWS org now because asking takes forever.",
    "distance conflict",
  ],
  [
    "I'm probably the one who keeps tripping the DLP alerts, I paste way too much into Slack.",
    "blame:self",
  ],
  ["Our one security engineer is drowning, it's not his fault, he's covering like four jobs.", ""],
  ["They treat every engineer like a potential insider threat.", "power blame:emp"],
  [
    "The dependency bot blocks merges on CVEs that don't even touch our code paths, and good luck getting an exception.",
    "conflict",
  ],
  [
    "I was kinda nervous the first time I reported a phishing click but they were super chill about it.",
    "",
  ],
  [
    'It\'s always "per the ISMS" and "see the SoA" and I have no idea what either of those are.',
    "comm",
  ],
  ["Who decided we can't use our own password manager? Nobody asked anyone.", "power conflict"],
  ["I mostly just work around them tbh.", "distance"],
  [
    "Code review now needs a security approver on anything touching auth, which makes sense to me.",
    "",
  ],
  [
    "The security approver on auth PRs is in a different timezone so my change sat for three days.",
    "conflict",
  ],
  [
    "Kind of embarrassing when the whole company gets an email about the phishing test and you know it's about you.",
    "feel comm",
  ],
  [
    "They're approachable. I DM'd him about a weird OAuth scope and he answered in five minutes.",
    "",
  ],
  ["Security here is basically a Jira queue with a person somewhere behind it.", "distance comm"],
  [
    "It's a bit annoying that the VPN drops every time the laptop sleeps, but they're looking into it.",
    "",
  ],
  ["Our CISO is a fractional consultant we've never met, he sends PDFs.", "distance comm"],
  [
    "Honestly I dread the access review every quarter. It feels like being audited personally.",
    "feel power",
  ],
  [
    "The designers got locked out of Figma plugins overnight and nobody could tell us why.",
    "conflict comm",
  ],
  ["No idea what they actually do all day.", "distance"],
  ["The new laptop setup script is brilliant, took twenty minutes and everything just worked.", ""],
  ["They talk to us like we're interns who'll click anything.", "power blame:emp comm"],
  ["i asked for a yubikey and got one the next day, zero fuss", ""],
  ["Whenever the pen test report comes in, it's somehow the developers' fault.", "blame:emp"],
  [
    "The security team introduced a change freeze before the audit without telling sales, and we lost a demo environment mid-pitch.",
    "conflict comm feel",
  ],
  ["Sure, they're helpful. If you can find them.", "distance"],
  ["I'm in sales, so I don't interact with them much, which seems fine.", ""],
  ["Our security person is lovely, just very stretched.", ""],
  [
    "Why does my MacBook need to phone home to three different agents? The fans never stop.",
    "conflict",
  ],
  ["Every build waits on the container scan. Every. Single. Build.", "conflict feel"],
  ["They fixed my SSO loop in a huddle, explained what went wrong, really nice.", ""],
  [
    'It\'s hard to argue with them because they can always say "compliance" and that ends the conversation.',
    "power conflict",
  ],
  ["I stopped reporting the weird login prompts, nothing ever happened when I did.", "distance"],
  ["They are never condescending, even when the question is dumb.", ""],
  [
    "I'm the one who left the S3 bucket public last year. Still feel sick thinking about it.",
    "blame:self feel",
  ],
  ["The security lead writes really clear Notion pages, I actually read them.", ""],
  ["We got a 40 page policy doc and a deadline to sign it.", "comm power"],
  [
    "Support gets screamed at by customers because security blocked their IP range and didn't tell us.",
    "conflict comm feel",
  ],
  ["The audit went smoothly, mostly thanks to how organised our security guy was.", ""],
  ["They decide which browser extensions we can use and there's no appeal process.", "power"],
  ["Feels like whatever we ship, they'll find a reason to hold it.", "conflict feel"],
  ["Our security team is competent, I'll give them that.", ""],
  [
    "The one security engineer we have is brilliant but it's clear he thinks the rest of us are a liability.",
    "blame:emp power",
  ],
  ["I've never once spoken to anyone from security face to face.", "distance comm"],
  ["ok the new secrets manager is actually way nicer than env files, I was wrong", ""],
  ["Asking for a firewall rule is like filing a tax return.", "conflict"],
  ["They were really patient when I had to rotate all my SSH keys after the laptop theft.", ""],
  ["The infosec channel is just bot alerts and nobody reads it.", "distance comm"],
  [
    "It's their job to say no, I get it, but the no always comes on a Friday afternoon.",
    "conflict comm",
  ],
  ["Not their fault the tooling is clunky, it's what the auditors wanted.", ""],
  ["I worry that one wrong npm install and I'm the reason we're in the news.", "feel blame:self"],
  ["The security guy pushes back on product without ever talking to product.", "conflict distance"],
  ["Quarterly phishing sims. Fine. Whatever.", ""],
  ["I think they genuinely believe developers can't be trusted with prod.", "blame:emp power"],
  [
    "Security reviewed our data pipeline design early and caught a real problem, which saved us weeks.",
    "",
  ],
  ["They gate-keep the staging env like it's the crown jewels.", "conflict power"],
  ["It would be nice to hear from them when things go right for once.", "comm"],
  [
    "I kind of avoid the security Slack channel because every question turns into a lecture.",
    "distance comm",
  ],
  ["Our fintech lives and dies by audits so I understand the paperwork.", ""],
  [
    'The endpoint agent eats 30% CPU during Unity builds and they just said "it\'s required".',
    "conflict comm",
  ],
  ["Pretty hands-off, in a good way.", ""],
  [
    "Honestly scared to ask them anything because you get a twenty-minute explanation of zero trust.",
    "feel comm",
  ],
  ["They approved my access request faster than my manager did, ha.", ""],
  ["Whoever wrote the acceptable use policy has never worked in a game studio.", "blame:sec"],
  ["Our security consultant shows up twice a year, scolds us, and leaves.", "distance comm power"],
  ["I think the relationship is fine, we just don't have much overlap.", ""],
  [
    "I keep forgetting to do the training modules and then get nagged, which is on me really.",
    "blame:self",
  ],
  ["The Okta migration was handled really well, lots of heads-up and office hours.", ""],
  [
    'The security team broke local Docker for everyone and the fix was "reinstall".',
    "conflict blame:sec",
  ],
  ["No idea who to ping when something looks off, so I usually just don't.", "distance"],
  ["He's blunt but fair.", ""],
  [
    "When they lock down a SaaS tool they never ask the people who actually use it.",
    "power conflict",
  ],
  ["I like that they publish a changelog of security policy changes.", ""],
  [
    "Our data team had to justify every column we wanted from the PII tables, like we were planning a heist.",
    "power feel",
  ],
  ["Not sure I could name anyone on the security team, to be honest.", "distance"],
  ["i mean they do their thing and we do ours", "distance"],
  ["Their tickets read like they were written by a compliance robot.", "comm"],
  ["Security is the department of no and everyone knows it.", "conflict"],
  ["Whenever I've had a question they've answered it clearly. No complaints there.", ""],
  [
    "I once spent a full day waiting for a VPN exception while a client demo went sideways.",
    "conflict",
  ],
  [
    "The security engineer literally told me developers are the biggest risk to the company, in a standup.",
    "blame:emp",
  ],
  [
    "Can we please get told before you force-update everyone's laptop during a release?",
    "comm conflict",
  ],
  ["I appreciate that they take the time to explain the why behind a policy.", ""],
  [
    "Feel a bit silly for falling for the fake DocuSign email, but they were kind about it.",
    "feel blame:self",
  ],
  [
    "They once made me screen-share my whole home directory to prove I'd deleted a customer file.",
    "power feel",
  ],
  ["Pretty sure our security guy thinks designers don't count.", "distance"],
  ["Eh, they're alright.", ""],
  ["The secret scanning hook is smart, it's stopped me committing a token at least once.", ""],
  ["Every request to add a new vendor turns into a month-long questionnaire.", "conflict"],
  ["Security sits in their corner with headphones on and you don't disturb them.", "distance"],
  ["They tried to run a tabletop exercise and nobody from engineering was invited.", "distance"],
  ["Our MDM is annoying but I can see why a fintech needs it.", ""],
  [
    "I'm constantly anxious that my side project repo on my work laptop will get flagged.",
    "feel power",
  ],
  ["The security review for our new feature was thorough and the feedback was actionable.", ""],
  ["Hard to take them seriously when their own laptops aren't even enrolled.", "blame:sec"],
  ["Literally found out about the new 2FA requirement when I got locked out.", "comm conflict"],
  ["Going to security for help is like asking a traffic warden for directions.", "conflict power"],
  ["Our security engineer holds office hours on Thursdays and they're well attended.", ""],
  ["nobody reads the policy emails, they're walls of text with ISO numbers", "comm distance"],
  [
    "Wish I understood more about security myself, I just nod along in the meetings.",
    "blame:self comm",
  ],
  ["We have a security champion in each squad now and it's made things a lot smoother.", ""],
  [
    "The one time I needed them urgently during an incident, the on-call number went to voicemail.",
    "conflict distance",
  ],
  ["They seem to assume ops will cut corners if not watched.", "blame:emp power"],
  ["Can't say I've had a bad experience.", ""],
  ["The new pre-commit hooks are slow, but I get it, so not a huge deal.", ""],
  [
    "Every time the scanner flags something it's a P1 with red text and an exclamation mark.",
    "comm",
  ],
  ["Good folks. Very sensible about risk.", ""],
  ["I feel watched. The DLP pop-ups make it obvious someone's reading everything.", "feel power"],
  ["They're the reason our release calendar is basically fiction.", "blame:sec conflict"],
  ["They've never once said a harsh word to me.", ""],
  [
    "I use my personal phone for 2FA because the company one never arrived and I gave up chasing.",
    "distance",
  ],
  ["Our security team is tiny and I think they do an amazing job with what they've got.", ""],
];

export const VOICES_AS: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AS_2,
  ...VOICES_AS_3,
  ...VOICES_AS_4,
];
