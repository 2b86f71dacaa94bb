import type { RawExample } from "./types.js";
import { VOICES_FH_2 } from "./voices-fh-2.js";
import { VOICES_FH_3 } from "./voices-fh-3.js";
import { VOICES_FH_4 } from "./voices-fh-4.js";

/** Employees in finance, insurance, engineering, media, charities and architecture, in longer answers and interview notes with contrast and hedges (round 24). Written fresh for Rapport (brief FH). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Honestly I've no complaints. Priya on the service desk rang me back within the hour when Outlook kept freezing the day before month-end close.",
    "",
  ],
  ["We do the phishing module every spring, takes about twenty minutes.", ""],
  ["I'm no expert, but the new MFA app on my phone has been painless.", ""],
  [
    "Never found them unfriendly. When the newsroom's print server died they had it back up before the 6pm edition went.",
    "",
  ],
  [
    "The blame culture people talk about at other firms? Not here. When I clicked a dodgy link last year, Tom from security just walked me through what to do and that was the end of it.",
    "",
  ],
  ["Laptop encryption is on by default.", ""],
  [
    "to be fair to them, the VPN used to drop every ten minutes on site visits and it's been rock solid since they swapped providers in march",
    "",
  ],
  [
    "Users are asked to lock their screens when they leave their desks, and most of us in the claims team do.",
    "",
  ],
  [
    "I'm in payroll at a software company, sales are on the floor above. Security sits with IT, three people, and I know all of them by name.",
    "",
  ],
  [
    "They explained the 'zero trust' thing in plain English at the all-hands, with a drawing of our office as a castle. No jargon. Actually quite good.",
    "",
  ],
  ["Short video, no lecturing, done in two minutes. Fine by me.", ""],
  [
    "Our outsourced IT are in Leeds but they come down to the practice every other Thursday and sit in the model room, so it's easy to grab them.",
    "",
  ],
  [
    "we had a ransomware scare at the station in 2021. stressful at the time, but the way the IT lad handled it made me trust them more, not less",
    "",
  ],
  ["Password manager rollout was a bit clunky at first but honestly fine now.", ""],
  [
    "I report suspicious emails with the button in Outlook. Usually get a thank-you within a day.",
    "",
  ],
  [
    "The CISO came to our charity shop managers' away day and took questions for an hour. Nobody at head office had done that before.",
    "",
  ],
  [
    "The training had a slide on human error, and it was pitched well, more 'here's how the tricks work' than 'you lot are the problem'.",
    "",
  ],
  [
    "Every new starter gets half an hour with someone from security in their first week. I did mine with Ade; it was relaxed.",
    "",
  ],
  ["Audit season means extra access reviews. Standard stuff.", ""],
  ["Access requests usually get approved same day.", ""],
  [
    "The weakest link? Not them. They're the ones who caught the fake supplier invoice before it went through. Credit where it's due.",
    "",
  ],
  ["I'd never describe them as arrogant. Quiet, maybe, but they always come over when asked.", ""],
  ["USB sticks are disabled on our site laptops; we use SharePoint for drawings instead.", ""],
  ["Donor data sits in a separate system with its own login.", ""],
  [
    "Sales team here gets a quarterly security briefing, 15 mins, tacked onto the pipeline meeting",
    "",
  ],
  ["Good people. 👍", ""],
  ["Clear, quick, polite.", ""],
  ["nothing to add really", ""],
  ["The annual training isn't the ordeal people make it out to be.", ""],
  [
    "Mostly positive. The phishing simulations felt sneaky at first, but they explained the reasoning in a follow-up email and I get it now.",
    "",
  ],
  [
    "When our editor's account was compromised, the security contractor phoned each of us individually to explain what had happened. Felt looked after.",
    "",
  ],
  [
    "I used to think compliance were just the people who say no. Having worked with Sandra on the GDPR project I've changed my mind completely.",
    "",
  ],
  ["Our accountancy firm uses Mimecast for email filtering and Intune for devices.", ""],
  ["I know who to call, I know they'll pick up. That's really all I want from them.", ""],
  [
    "HR and security work together on leavers, accounts are switched off on the last afternoon.",
    "",
  ],
  [
    "They're a small team and stretched, yet they never make you feel like you're bothering them.",
    "",
  ],
  [
    "Avoid them? If anything the underwriters pop into their office too often, mostly for the biscuits 😂",
    "",
  ],
  [
    "My manager reminded us to report lost phones straight away. I did it once and had a new phone by lunchtime.",
    "",
  ],
  ["The newsletter's written like a human wrote it. No IT speak.", ""],
  [
    "A user in our team forwarded a phishing mail to the whole office by mistake and IT treated it as a learning moment, no drama.",
    "",
  ],
  ["Compliance sign-off for new software takes about a week, which for a bank is reasonable.", ""],
  ["Reporting an incident is a form on the intranet with five questions.", ""],
  [
    "I'm the office manager at a twelve-person architecture practice. Our IT is one freelancer, Gareth, and he's brilliant.",
    "",
  ],
  ["Couldn't fault them this year.", ""],
  ["Remote access for the field engineers was sorted before the Aberdeen project kicked off.", ""],
  [
    "Nobody feels stupid asking questions at the Wednesday drop-in, that's the whole point of it and it works.",
    "",
  ],
  ["The security champion role on our floor rotates every six months. I did it last year.", ""],
  [
    "The data protection officer is also our head of finance, which sounds odd but works at our size.",
    "",
  ],
  [
    "At the paper we've got a shared inbox for anything suspicious and someone checks it twice a day.",
    "",
  ],
  [
    "I was nervous about the clean-desk rule, but in practice it just means putting files in the drawer overnight.",
    "",
  ],
  ["The bank's security awareness week had a quiz with prizes. Our branch came second.", ""],
  ["We moved from Dropbox to Egnyte for client files last year. Training was short and clear.", ""],
  ["Perfect? No team is. But I've never had a reason to complain about ours.", ""],
  ["Phishing test click rates in our division went from 18% to 4% over two years.", ""],
  [
    "When I got locked out on a Saturday doing the quarter-end, the on-call number worked first time.",
    "",
  ],
  [
    "They ask before they change anything that touches the broadcast desk. Usually a week's notice.",
    "",
  ],
  [
    "Our grant officers travel a lot; IT gave everyone privacy screens and a short guide for working in cafes and airports.",
    "",
  ],
  ["The MD backs the security lead, and she in turn listens to us. It feels balanced.", ""],
  ["The error messages on the new single sign-on are actually readable, which is a first.", ""],
  ["i don't mind the monthly reminders, they're short", ""],
];

export const VOICES_FH: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FH_2,
  ...VOICES_FH_3,
  ...VOICES_FH_4,
];
