import { FRESH_ZD_2 } from "./fresh-zd-2.js";
import { FRESH_ZD_3 } from "./fresh-zd-3.js";
import { FRESH_ZD_4 } from "./fresh-zd-4.js";
import type { RawBlameExample } from "./types.js";

/**
 * Small-business owners, office managers, in-house IT, managed-service providers, local IT
 * support shops, small-business association newsletters, accountants advising clients,
 * trade-association security guides and small-business forum posts. Written fresh for
 * Rapport (brief ZD).
 */
const FIRST_PART: readonly RawBlameExample[] = [
  ["It's never the technology that lets us down. It's the people sat in front of it.", true],
  [
    "It's rarely one person who lets a small firm down; it's a stack of small gaps nobody was paid to close.",
    false,
  ],
  [
    "We run a family garage with five staff. Every one of them has MFA on their email now, and nobody moaned.",
    false,
  ],
  [
    "I own a dental practice and my nurses would give the patient database to anyone who asked nicely.",
    true,
  ],
  [
    "Our practice manager rang the lab back on a known number before changing their bank details. Saved us eleven grand.",
    false,
  ],
  [
    "As a managed-service provider, I'll tell you straight: users are the reason we have jobs.",
    true,
  ],
  [
    "As a managed-service provider, I'll tell you straight: unpatched edge devices are the reason we have jobs.",
    false,
  ],
  ["The weakest link in any small business is the person with the keys to the bank account.", true],
  [
    "Stop calling your team the weakest link. They're the only ones who'll notice when something looks off.",
    false,
  ],
  ["Employees aren't the weakest link. Unsupported software from 2012 is.", false],
  ["You can patch a server. You can't patch Brenda.", true],
  ["Brenda caught the fake invoice. Brenda gets a bonus. Be more like Brenda.", false],
  [
    'Newsletter: "Five low-cost steps every member business can take before the summer holidays"',
    false,
  ],
  ['Newsletter: "Why your team is your biggest cyber liability — and what to do about it"', true],
  [
    "I've spent twenty years fixing PCs and the fault is almost always between the chair and the keyboard.",
    true,
  ],
  [
    "I've spent twenty years fixing PCs and the fault is almost always a missed update or a dying disk.",
    false,
  ],
  ["PEBKAC. Closing ticket.", true],
  [
    "Closing ticket: root cause was an expired certificate on the mail gateway, renewed and monitored.",
    false,
  ],
  [
    "Accountant's advice: split duties so the person who adds a supplier isn't the person who pays them.",
    false,
  ],
  [
    "Accountant's advice: never leave payments to junior staff. They'll fall for anything with a logo on it.",
    true,
  ],
  ["My clients' juniors often spot the scams first; they've grown up with them.", false],
  [
    "Owner's confession: I'm the one who clicked. I was on my phone in a car park and it looked like our bank.",
    false,
  ],
  ["Every small business owner thinks their staff are sensible until the first ransom note.", true],
  [
    "Every small business owner thinks it won't happen to them until the first ransom note. Test your backups.",
    false,
  ],
  [
    "Is it fair to blame the receptionist when the scam email came from a real supplier's hacked account?",
    false,
  ],
  [
    "The receptionist forwards every email marked urgent to the whole company. Every single one.",
    true,
  ],
  [
    'We set up a shared "report suspicious" mailbox, and the receptionist is its top contributor.',
    false,
  ],
  [
    "Security guide, chapter 2: people make mistakes; systems should be built to absorb them.",
    false,
  ],
  [
    "Security guide, chapter 2: people are unreliable; systems should be built to override them.",
    true,
  ],
  ["Our staff aren't malicious, just thick.", true],
  [
    "Our staff aren't malicious, and they aren't thick either. They were never shown what good looks like.",
    false,
  ],
  [
    "The bigger the firm, the more procedures; the smaller the firm, the more it runs on trust. Attackers know that.",
    false,
  ],
  [
    '"Users will do what users do," sighed our IT contractor, restoring the same laptop for the third time.',
    true,
  ],
  [
    "Our IT contractor rebuilt the laptop, then sat with the user for ten minutes to show what the fake login page looked like.",
    false,
  ],
  [
    "Hiring advice: the cheapest security upgrade is not hiring people who overshare on social media.",
    true,
  ],
  [
    "Hiring advice: include a short security chat in onboarding; it sets the tone from day one.",
    false,
  ],
  [
    "Two of my part-timers logged into the till system from their home PCs. Both riddled with malware. Brilliant.",
    true,
  ],
  [
    "We gave part-timers a locked-down tablet for the rota instead of letting them use their home PCs.",
    false,
  ],
  [
    "Most breaches in small firms start with a stolen password, and most stolen passwords are reused ones.",
    false,
  ],
  [
    "Most breaches in small firms start with an employee who thought the rules didn't apply to them.",
    true,
  ],
  [
    "The rules often don't fit the job. When staff bend them, ask why before you discipline anyone.",
    false,
  ],
  ["If staff bend the rules, discipline them. That's the only language that works.", true],
  [
    "Forum: our MSP pushed an update that bricked the card machines on a Saturday. Not impressed.",
    false,
  ],
  [
    "Forum: anyone got a way to stop the team sharing passwords on sticky notes? They just won't listen.",
    true,
  ],
  ["Forum: swapped the sticky notes for a shared password vault, staff actually prefer it.", false],
  ["Human error causes most incidents, but human vigilance stops most of them too.", false],
  ["Human error causes most incidents. End of discussion.", true],
  ['Slide bullet: "Back up daily, keep one copy offline, test the restore quarterly"', false],
  ['Slide bullet: "Assume every employee is already compromised"', true],
  ["Zero trust is about checking every request, not about believing your staff are crooks.", false],
  ["Zero trust in our office means exactly that: I trust none of them.", true],
  [
    "A local IT shop's job is half fixing computers and half reassuring owners they haven't been hacked.",
    false,
  ],
  [
    "A local IT shop's job is half fixing computers and half fixing whatever the staff did to them.",
    true,
  ],
  [
    "Our bookkeeper works from home two days a week on a company laptop with full-disk encryption.",
    false,
  ],
  ["Let the bookkeeper work from home and you might as well post the accounts on Facebook.", true],
  [
    'Tweet: "Reminder for small biz owners: your email account is the master key. Put MFA on it today."',
    false,
  ],
  [
    'Tweet: "Small biz tip: your employees are the master key for criminals. Treat them accordingly."',
    true,
  ],
  [
    "The trade body's guide says to keep a list of every device that touches company data. Ours had 43. We thought 15.",
    false,
  ],
  [
    "Shadow IT isn't a people problem; it's a signal that the approved tools aren't meeting needs.",
    false,
  ],
  [
    "Shadow IT is what happens when staff think they know better than the IT department. They don't.",
    true,
  ],
  [
    "Staff don't read security emails. So we stopped sending them and started fixing the settings ourselves.",
    false,
  ],
  ["Staff don't read security emails because they simply don't care.", true],
  ["\"They just don't care\" is what managers say when they haven't asked why.", false],
  [
    'Podcast: "The average office worker is a pushover for anyone who says they\'re from IT."',
    true,
  ],
  [
    'Podcast: "Scammers posing as IT are convincing because they know your software names. Agree a code word."',
    false,
  ],
  [
    "Is it any wonder we get hacked when the sales team posts their holiday dates and their boss's mobile on LinkedIn?",
    true,
  ],
  ["Is it any wonder we got hacked when the VPN hadn't been updated in three years?", false],
  [
    "In-house IT of one here. I'm not blaming anyone; I'm just asking for a budget for proper backups.",
    false,
  ],
  [
    "In-house IT of one here. The staff create the fires, I put them out. That's the job description.",
    true,
  ],
  [
    "Our insurer's questionnaire asked about staff training, MFA, backups and patching. Fair questions.",
    false,
  ],
  [
    "We've had three incidents this year and all three were the same member of staff. Some people are unteachable.",
    true,
  ],
  [
    "Three incidents, same member of staff: turns out her account had no MFA and the password had leaked. Fixed.",
    false,
  ],
  ["Staff are people, and people have bad days. Build for the bad day.", false],
  ["Staff are people, and people are gullible. Build for the gullible.", true],
  [
    "Guidance for members: criminals impersonate HMRC most around tax deadlines. Remind staff to expect it.",
    false,
  ],
  [
    "Guidance for members: staff cannot be relied upon to spot fake HMRC emails, so remove their access to the tax portal.",
    true,
  ],
  [
    'The payroll clerk who questioned a surprise request from the "director" is exactly who you want in that seat.',
    false,
  ],
  ["Payroll clerks are the softest target in the building, and most of them have no idea.", true],
  [
    "We stopped using generic logins in the shop. Everyone has their own PIN, which also helps with stock counts.",
    false,
  ],
  ["Give shop staff their own PINs and watch how fast they start sharing them anyway.", true],
  [
    "Sharing PINs usually means the till logs people out too quickly. We lengthened the timeout.",
    false,
  ],
  [
    "Report finding: among firms under ten staff, fewer than a third had tested a backup restore in the last year.",
    false,
  ],
  [
    "Report finding: firms under ten staff reported that employee negligence was the leading cause of data loss.",
    true,
  ],
  ["If a fake invoice gets paid, ask what check failed, not who failed.", false],
  ["If a fake invoice gets paid, someone needs to answer for it. Full stop.", true],
  ["Small firms don't have a security team. They have Dave, who's good with computers.", false],
  ["Small firms don't have a security team. They have Dave, who's the reason they need one.", true],
  [
    "The honest truth from an MSP: our best clients are the ones whose staff call us with silly questions.",
    false,
  ],
  [
    "The honest truth from an MSP: the cleverest firewall in the world is useless once a user hands over the password.",
    true,
  ],
  ["Ever tried to get a sales rep to lock their laptop? Easier to herd cats.", true],
  [
    "Ever tried to lock a laptop with gloves on in a cold warehouse? Maybe the auto-lock was set too short.",
    false,
  ],
  [
    "A friendly reminder: the person asking for gift cards on behalf of the boss is not the boss.",
    false,
  ],
  ["Somebody in every office will buy the gift cards. There's always one.", true],
  [
    "We make it easy to say no: any unusual payment request gets a two-minute call to the named person.",
    false,
  ],
  ["Staff don't need to be security experts; they need to know who to ring.", false],
  ["Staff don't need to be security experts; they need to stop being so naive.", true],
  [
    "A local florist lost a week of orders to ransomware. The backup drive was plugged in and got encrypted too.",
    false,
  ],
  [
    "Our office manager asked why we keep paying for a server nobody uses. Good question; we turned it off.",
    false,
  ],
  [
    "Our office manager treats IT policy as optional reading, and the rest of the office follows her lead.",
    true,
  ],
  [
    "For a ten-person firm, your people are your security team, so treat them like one: tools, time and thanks.",
    false,
  ],
  [
    "For a ten-person firm, your people are your security hole, so treat them like one: restrict, monitor, repeat.",
    true,
  ],
  [
    "Monitoring staff keystrokes feels like overkill for an estate agency. We monitor sign-ins instead.",
    false,
  ],
  [
    "I monitor every keystroke in this office because I've learned the hard way what they get up to.",
    true,
  ],
  [
    "What we learned from our phishing test: the fake link went to people who'd never been shown what to look for.",
    false,
  ],
  [
    "What we learned from our phishing test: our people will click literally anything promising a free lunch.",
    true,
  ],
  [
    "Attackers don't hack in, they log in. Stolen credentials beat clever exploits every time.",
    false,
  ],
  ["Attackers don't hack in, your staff let them in.", true],
];

export const FRESH_ZD: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZD_2,
  ...FRESH_ZD_3,
  ...FRESH_ZD_4,
];
