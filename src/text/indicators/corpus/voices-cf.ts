import type { RawExample } from "./types.js";
import { VOICES_CF_2 } from "./voices-cf-2.js";
import { VOICES_CF_3 } from "./voices-cf-3.js";
import { VOICES_CF_4 } from "./voices-cf-4.js";

/** Staff at small independent financial advice firms on compliance checks, monitoring and their outsourced IT. Written fresh for Rapport (brief CF). */
const FIRST_PART: readonly RawExample[] = [
  ["IT can see everything on our screens, they just don't tell you when they're looking.", "power"],
  ["I always assume it's something I've done wrong. Usually it is.", "blame:self"],
  [
    "I'm nervous around the compliance officer. She's polite but you always feel like you're being assessed.",
    "feel power",
  ],
  [
    "We spend more time proving we're compliant than advising clients. The compliance function has lost the plot.",
    "conflict blame:sec",
  ],
  ["We get a quarterly compliance bulletin. That's the relationship.", "distance comm"],
  ["Our compliance consultant treats us like grown-ups. Asks, listens, then advises.", ""],
  ["The IT provider charged us for three hours to reset a password. Useless.", "blame:sec"],
  [
    "The IT company only emails us when a laptop hasn't been patched, and half of it is in capitals.",
    "comm",
  ],
  ["Compliance checks are thorough but fair, I've never felt ambushed.", ""],
  [
    "The compliance system crashes on the last day of the quarter every single quarter and somehow it's our fault for being late.",
    "blame:sec conflict feel",
  ],
  [
    "Compliance overruled the client's own wishes on a pension transfer and I had to be the one to tell him.",
    "conflict power",
  ],
  [
    "The paraplanners are the worst for leaving screens unlocked, compliance has a point.",
    "blame:emp",
  ],
  [
    "I keep forgetting to lock my screen and I'm mortified every time the compliance officer leaves a sticky note on it.",
    "blame:self feel",
  ],
  ["Rang the helpdesk, got a real person, sorted in five minutes.", ""],
  ["No idea who our data protection officer is, if we have one.", "distance"],
  [
    "Email monitoring flagged a client's birthday card as a data breach. Spent an hour explaining. Ridiculous system.",
    "conflict blame:sec",
  ],
  [
    "Used to be a nightmare getting hold of IT, since we switched provider they answer within the hour.",
    "",
  ],
  [
    "Our compliance officer sits two desks away and is always happy to talk a file through before it goes out.",
    "",
  ],
  [
    "It drives me mad that the IT company never tests anything before they roll it out. Friday afternoon updates, every time.",
    "blame:sec feel",
  ],
  ["Probably my fault, I never read the policy updates properly.", "blame:self"],
  [
    "We're a five-person firm and the IT provider still talks about 'their network'. It's our network.",
    "power",
  ],
  [
    "Failed the phishing simulation again. Honestly I'm the reason they keep running them.",
    "blame:self",
  ],
  ["I fix most things myself now, quicker than waiting for the MSP.", "distance"],
  [
    "I had to print a client pack at home because the VPN wouldn't connect, which I know is against the rules.",
    "conflict",
  ],
  ["To be honest the security stuff isn't my job, I'm here to advise clients.", "distance"],
  [
    "Compliance rejected the report because of the font on the risk warning. The client was waiting.",
    "conflict",
  ],
  [
    "Whoever configured the spam filter should be sacked. Client emails in junk every single day.",
    "blame:sec",
  ],
  [
    "The compliance officer took time to walk me through the Consumer Duty changes one to one. Appreciated that.",
    "",
  ],
  [
    "They blocked WhatsApp on the work phones but half my older clients only use WhatsApp. The IT firm clearly never spoke to an adviser.",
    "conflict blame:sec",
  ],
  [
    "The new compliance officer explains the why behind the rules, which makes a massive difference.",
    "",
  ],
  [
    "Every time the file check results come back I feel a bit sick until I've opened the email.",
    "feel",
  ],
  [
    "Nearly sent a client's pension statement to the wrong Mr Patel. Still shaking. My mistake entirely.",
    "feel blame:self",
  ],
  ["Neither good nor bad, the IT side just works in the background.", ""],
  [
    "You can't push back on the compliance officer, she reports straight to the principal and that's that. Scary.",
    "power feel",
  ],
  [
    "Most breaches in firms like ours come from someone clicking something daft, full stop.",
    "blame:emp",
  ],
  [
    "The security policy is 40 pages of legal language and we're told to 'familiarise ourselves'.",
    "comm",
  ],
  ["Not interested in the cyber stuff really, that's what we pay them for.", "distance"],
  [
    "The support desk never explains what they did, they just close the ticket. Total black box.",
    "comm power",
  ],
  ["Their emails are all acronyms. DLP, EDR, SIEM. I feel thick reading them.", "comm feel"],
  ["They send instructions, not explanations. You're not supposed to ask why.", "comm power"],
  ["Their out-of-hours number goes to a voicemail that tells you to email. Thanks.", "conflict"],
  ["They fixed the scanner the same day, no fuss.", ""],
  [
    "I've never actually spoken to our IT provider on the phone. It's all email, and the emails are robotic.",
    "comm distance",
  ],
  [
    "Annual attestation done in ten minutes, the compliance team made it really straightforward this year.",
    "",
  ],
  [
    "I clicked the fake DHL link in training. Thirty years in financial services and I fell for a parcel email.",
    "blame:self",
  ],
  [
    "I'm always the one who forgets to encrypt the attachment. I dread the email from compliance because I know it's me.",
    "blame:self feel",
  ],
  ["The phishing training was short and actually quite fun.", ""],
  [
    "People here treat the clean desk policy as optional. Client files left out overnight, every week.",
    "blame:emp",
  ],
  [
    "'Your device is non-compliant with policy 4.2.' That was the whole message. No idea what I was supposed to do.",
    "comm",
  ],
  [
    "Worried sick I'll get something wrong on the breach register and it'll be on my record.",
    "feel",
  ],
  [
    "Being asked to attest that I've read 14 policies I've never been sent makes me feel like I'm being set up.",
    "feel power",
  ],
  [
    "Compliance used to feel like the police. Since the new head came in it's more of a partnership.",
    "",
  ],
  [
    "The compliance officer only speaks in handbook references. SYSC this, COBS that. I nod and pretend.",
    "comm",
  ],
  [
    "We had a breach last year because someone left a laptop on a train. The controls were fine.",
    "blame:emp",
  ],
  [
    "The policy came down from the IT provider marked 'effective immediately' and no discussion.",
    "power comm",
  ],
  ["A two-line email telling me my access had been removed. No reason given.", "comm power"],
  [
    "Advisers here will forward anything to their personal Gmail if it saves two minutes. The systems aren't the weak point, we are.",
    "blame:emp",
  ],
  [
    "We only hear from the IT provider when something's gone wrong. No one ever just checks in.",
    "comm distance",
  ],
  [
    "Pointless ringing the helpdesk, they never know the answer, so I ask my son.",
    "blame:sec distance",
  ],
  ["Audit season is busy but the team pulls together.", ""],
  ["I should report the weird emails but I just delete them. Lazy, I know.", "distance blame:self"],
  ["Our network's file reviewers leave proper comments, not just pass or fail.", ""],
  [
    "The IT firm treats us like a cash machine. They decide what we need and send the invoice.",
    "blame:sec power",
  ],
  [
    "Asked IT why my email was quarantined, got a link to a knowledge base article about something else entirely.",
    "conflict comm",
  ],
  ["I'm not a tech person, if anything goes wrong it's usually because of me.", "blame:self"],
  [
    "Haven't seen a human from IT since the office move. Remote sessions only and they never say hello.",
    "distance comm",
  ],
  ["The IT provider runs a drop-in every month, no question too basic. Good.", ""],
  [
    "The mortgage lender portals don't work with the browser IT forced on us. Constant battle.",
    "conflict",
  ],
  ["The IT firm decides what software we're allowed, we just get told.", "power"],
  ["we don't really have contact with IT unless the printer dies", "distance"],
  ["Being monitored on every email makes me feel like I'm under suspicion all day.", "feel power"],
  ["Our adviser handbook is clear and compliance keep it up to date.", ""],
  [
    "So frustrating when the compliance checklist changes mid-quarter and nobody thinks to tell the advisers.",
    "feel comm",
  ],
  [
    "Annoys me that I can't open a client's attachment without three warnings and a phone call to the helpdesk.",
    "feel conflict",
  ],
  ["IT speak, invoices and silence. That's our provider in a nutshell.", "blame:sec comm"],
  [
    "I don't bother asking compliance anymore, I just use the old template and hope nobody notices.",
    "conflict distance",
  ],
  ["The IT provider's onboarding for the new starter was slick.", ""],
  ["Fair play to our IT guy, he came in on a Saturday to sort the server.", ""],
  [
    "Decisions about our systems get made somewhere in the IT provider's office in Leeds and we just find out on Monday.",
    "power distance",
  ],
  [
    "Frustrating being the only one who follows the rules while everyone else shares logins.",
    "blame:emp feel",
  ],
  ["Straight answers from IT, no waffle. Rare.", ""],
  [
    "Advisers moan about the checks but the checks exist because advisers cut corners.",
    "blame:emp conflict",
  ],
  [
    "Had a client in front of me and got locked out waiting for an MFA code, phone was in the car. Mortifying.",
    "conflict feel",
  ],
  ["The biggest risk in this office is Dave and his 'password123'.", "blame:emp"],
  ["Neutral really. They do their job, we do ours.", ""],
  ["The compliance monitoring visit was actually useful, they spotted a gap I'd have missed.", ""],
  ["We outsource IT so I've genuinely no idea what they do.", "distance"],
  ["Our so-called cyber security is a pop-up that nobody understands.", "blame:sec"],
  ["I've stopped reporting the little glitches, I just restart and get on with it.", "distance"],
  ["The monitoring software slows every PC in the office to a crawl. Brilliant work.", "blame:sec"],
  [
    "The compliance manager reviews every suitability report I write and I feel like a schoolkid handing in homework.",
    "power feel",
  ],
  [
    "Honestly the IT firm create more problems than they solve. Every update breaks the CRM.",
    "blame:sec",
  ],
  [
    "Staff here reuse passwords everywhere, I've seen them on post-its under keyboards.",
    "blame:emp",
  ],
  [
    "They talk to us like we're idiots. 'Have you tried switching it off' when I'm the one who told them it's a server problem.",
    "comm power",
  ],
  ["mfa was a pain for about a week, now I don't even notice it", ""],
  [
    "Never met anyone from the IT firm. Don't know a single name. It's a ticket number and that's it.",
    "distance",
  ],
  [
    "The MSP holds all the admin passwords and won't share them with the directors. We don't even own our own system really.",
    "power",
  ],
  [
    "Got a six-page PDF about the new data loss prevention rules and not a single person explained it.",
    "comm",
  ],
  ["Quick fix, polite bloke, done.", ""],
  [
    "Our compliance consultant comes in quarterly, sits with each of us, very approachable actually.",
    "",
  ],
  ["They call it a compliance check, I call it a second pair of eyes. Glad of it.", ""],
  [
    "Our compliance officer says advisers can't be trusted with admin rights and frankly she's right.",
    "blame:emp",
  ],
  [
    "Nobody asked us before they blocked USB sticks. One morning they just stopped working.",
    "power",
  ],
  [
    "If a breach happens here it'll be someone in admin opening an invoice they shouldn't.",
    "blame:emp",
  ],
  [
    "Honestly staff need watching, left to themselves they'd email client data all over the place.",
    "blame:emp",
  ],
  [
    "Security wants 15-character passwords changed every 60 days. So people write them down. Obviously.",
    "conflict",
  ],
  [
    "Embarrassed to say I've been locked out three times this month, the IT people must think I'm hopeless.",
    "feel blame:self",
  ],
  [
    "Got a 'final warning' email about an unencrypted attachment. Final warning! First I'd heard of it. Shaking.",
    "feel comm",
  ],
  ["IT sends a monthly newsletter with actual tips, I read it.", ""],
  ["That sinking feeling when 'Compliance' pops up in your inbox.", "feel"],
  [
    "To be fair I never read their emails, so I can't really complain when I miss something.",
    "blame:self distance",
  ],
  ["Totally on me, I let the laptop encryption lapse by ignoring the reminders.", "blame:self"],
  [
    "Another attestation to sign. Annoyed, because it's the same thing we signed in March with a new logo on it.",
    "feel",
  ],
  [
    "I feel like a suspect every time I'm asked to explain a file note. I've been doing this twenty years.",
    "power feel",
  ],
  [
    "The compliance officer can pull any of my files at any time without telling me. I get it, but still.",
    "power",
  ],
  [
    "Compliance want every call recorded, clients hate being told that, and I'm the one who has to deal with the awkward pause.",
    "conflict",
  ],
  ["Good relationship with compliance. Firm but human.", ""],
  ["i think the IT lads are sound tbh", ""],
  ["I don't talk to IT. Ever. If it breaks, the office manager sorts it.", "distance"],
  [
    "We're expected to justify every exception to the compliance officer but she never has to justify her rulings.",
    "power",
  ],
  [
    "The secure portal the IT provider set up is so clunky that clients just ring me instead, so what was the point of it.",
    "blame:sec conflict",
  ],
  ["Compliance is their department. I just sign where they tell me.", "distance power"],
  ["I'm the weakest link here, I'll put my hand up.", "blame:self"],
  [
    "Honestly embarrassing when a client asks why our emails say SECURE in the subject and I can't explain it because nobody told me.",
    "feel comm",
  ],
];

export const VOICES_CF: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CF_2,
  ...VOICES_CF_3,
  ...VOICES_CF_4,
];
