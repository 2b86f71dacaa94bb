import type { RawBlameExample } from "./types.js";

/** Local IT support shops, MSPs, association newsletters. Written fresh for Rapport (brief ZD), part 3. */
export const FRESH_ZD_3: readonly RawBlameExample[] = [
  [
    'Ticket note: user installed a "free PDF converter" from page four of the search results. Again.',
    true,
  ],
  [
    "Ticket note: blocked unsigned installers via policy; user can request software through the portal.",
    false,
  ],
  [
    "If I had a pound for every client whose staff wrote the Wi-Fi password on the router, I'd retire.",
    true,
  ],
  [
    "The router label prints the Wi-Fi password on the box; change it on install and nobody has to think about it.",
    false,
  ],
  ["Our clients' employees are the cheapest attack surface on the planet.", true],
  [
    "Our clients' biggest exposure this quarter was an old file-sharing app nobody remembered installing.",
    false,
  ],
  [
    "Dear members, please review the attached two-page checklist before your cyber insurance renewal.",
    false,
  ],
  [
    "Dear members, your staff are your greatest risk. Please review the attached checklist to keep them in line.",
    true,
  ],
  [
    "The chamber of commerce is running free half-hour cyber clinics every Thursday this spring.",
    false,
  ],
  ["Half-hour clinics won't help when the staff can't even remember which browser they use.", true],
  [
    "We don't need more awareness posters; we need the accounting software to flag new payees.",
    false,
  ],
  ["Blaming the temp is easier than admitting nobody ever tested the backups.", false],
  ["Blame the temp. It's always the temp. And usually it actually is the temp.", true],
  [
    "The temp had the same access as the finance director because nobody set up a separate role. That's a process gap.",
    false,
  ],
  [
    "A seasoned office manager is worth more to your security than any appliance we could sell you.",
    false,
  ],
  [
    "Put it this way: the appliance doesn't take bribes, doesn't get bored and doesn't open attachments. Your staff do all three.",
    true,
  ],
  [
    "We walk every new starter through the password manager on their first morning; it takes twenty minutes.",
    false,
  ],
  [
    "New starters are a nightmare: they'll give out their login to anyone who sounds like IT.",
    true,
  ],
  [
    "New starters don't know what our IT sounds like yet, so we tell them on day one we'll never ask for a password.",
    false,
  ],
  [
    "Forum: after the fake-CEO email, the owner now signs off payments over £2k in person. Annoying but effective.",
    false,
  ],
  [
    "Forum: after the fake-CEO email, I've concluded my admin team has the critical thinking of a goldfish.",
    true,
  ],
  ["It's 2024 and people are still using Password1. I give up.", true],
  [
    "It's 2024 and systems still accept Password1. Set a minimum length and ban the common ones.",
    false,
  ],
  [
    "Remote workers are a walking data breach: kitchen tables, open laptops, kids everywhere.",
    true,
  ],
  [
    "Remote workers need encrypted laptops and a clear-screen habit; we supply both and it's gone fine.",
    false,
  ],
  [
    "Security awareness isn't about fixing people; it's about giving them a fighting chance.",
    false,
  ],
  ["Security awareness is about fixing people, because people are what's broken.", true],
  ["Quick poll: who here still runs their own email server in the back office, and why?", false],
  [
    "The owner's nephew set up the network, gave everyone admin and left. We're still finding his handiwork.",
    true,
  ],
  [
    "Three things every sole trader should do: MFA on email, automatic updates, and a backup you've actually tested.",
    false,
  ],
  [
    "Staff will always pick convenience over security. That's human nature, and human nature loses you money.",
    true,
  ],
  ["If the secure way is also the convenient way, staff pick it. That's the whole trick.", false],
  [
    "We lost a client list because a salesman took it with him when he left. Never trust anyone on commission.",
    true,
  ],
  [
    "We lost a client list when a salesman left because we never revoked his CRM access. Offboarding checklist now exists.",
    false,
  ],
  [
    "An IT support shop's job is to make the safe option the easy one. If users struggle, that's feedback for us.",
    false,
  ],
  ['Headline: "Hackers didn\'t break in — an employee let them in"', true],
  [
    'Headline: "How a florist recovered from ransomware in 48 hours thanks to offline backups"',
    false,
  ],
  [
    'Podcast: "Small firms are easy targets not because the staff are dim, but because nobody\'s watching the logs."',
    false,
  ],
  [
    'Podcast: "Let\'s face it, in a small firm your biggest vulnerability drinks tea and sits by the window."',
    true,
  ],
  ['I\'ll never understand why people think an email from "Micros0ft Support" is legit.', true],
  [
    "Lookalike domains are designed to fool tired eyes; a good filter catches most before anyone sees them.",
    false,
  ],
  ["Our biggest risk is the shared admin account we set up in 2015 and never retired.", false],
  ["Our biggest risk sits in the corner office and refuses to learn what MFA means.", true],
  [
    "My husband runs the shop and still writes his passwords in a notebook by the till. I despair.",
    true,
  ],
  [
    "A paper notebook kept in a locked drawer is honestly safer than reusing one password online.",
    false,
  ],
  [
    "Association survey: most members said cost, not staff attitudes, was the main barrier to better security.",
    false,
  ],
  [
    'Association survey: members named "careless staff" as their top cyber worry for the third year running.',
    true,
  ],
  [
    "Another survey in which owners blame careless staff, and not one question about whether they gave staff any tools.",
    false,
  ],
  [
    "MSP tip: separate your daily account from your admin account. It stops a single bad click becoming a full takeover.",
    false,
  ],
  [
    "MSP tip: never give users admin. They will break things, and they will break them on a Friday.",
    true,
  ],
  [
    "Our accountant flagged the duplicate supplier account during year-end. Internal controls doing their job.",
    false,
  ],
  ["Employees are not the enemy. Poor tools and unclear rules are.", false],
  ["Employees are not the enemy, but they're certainly the enemy's favourite accomplice.", true],
  [
    'Technicians on our team log every incident with a root cause, and "user error" is not an accepted one.',
    false,
  ],
  ["Root cause: user. Resolution: user re-educated. Probability of recurrence: high.", true],
  ["Policy text: all staff must complete annual data protection training by 31 March.", false],
  [
    "Policy text: as staff have repeatedly shown they cannot handle data responsibly, USB ports will be disabled.",
    true,
  ],
  [
    "USB ports are disabled on shop-floor PCs because they're shared; office laptops are unaffected.",
    false,
  ],
  [
    "Job advert: office administrator wanted, must be comfortable with cloud accounting and MFA apps.",
    false,
  ],
  [
    "Job advert: IT support wanted, must have patience for users who can't find the power button.",
    true,
  ],
  ['When a user calls in a panic, the first thing we say is "thanks for telling us fast".', false],
  [
    "When a user calls in a panic, you already know they've opened something they shouldn't have.",
    true,
  ],
  [
    "Frankly, it's the bosses who ignore security, not the staff. They're the ones demanding exemptions.",
    true,
  ],
  [
    "The boss is as bad as the rest of them — clicks everything, shares everything, trusts everyone.",
    true,
  ],
  [
    "No firewall rule stops a staff member photocopying the customer file and walking out with it.",
    true,
  ],
  ["Locking away paper files and logging who borrows them is a dull control that works.", false],
  [
    "The printer was sending scans to an old email address for two years. Nobody's fault; nobody owned the printer.",
    false,
  ],
  [
    "Ransomware crews target accounting firms in January because everyone is overstretched. Plan cover for that month.",
    false,
  ],
  ["In January my clients' staff are so frazzled they'd approve a payment to a lamppost.", true],
  [
    "Admin teams under pressure make mistakes; the answer is fewer single points of failure, not more blame.",
    false,
  ],
  [
    "They'll reuse a password across eight sites and then act surprised when all eight get hijacked. Users, eh?",
    true,
  ],
  [
    "Breach-notification alert services are cheap and tell you when a staff email turns up in a leak.",
    false,
  ],
  ["Nobody in my office takes security seriously. Nobody.", true],
  [
    "Nobody in my office had heard of MFA a year ago; now every account has it and they remind me.",
    false,
  ],
  ["Supplier portal had no MFA option at all. We've asked them, twice.", false],
  ["People are idiots with money. Especially other people's money.", true],
  [
    "Good people, bad process: that's how most small-business fraud I audit actually happens.",
    false,
  ],
  ["Bad people, no process: that's how most small-business fraud I audit actually happens.", true],
  [
    "The insider we should worry about is the disgruntled one, and every team of ten has one.",
    true,
  ],
  [
    "Disgruntled leavers are rare in our experience; forgotten accounts belonging to happy leavers are common.",
    false,
  ],
  ['Slide: "Your firewall is fine. Your front desk isn\'t."', true],
  ['Slide: "Three questions to ask your IT provider this year"', false],
  [
    "Tip for microbusinesses: keep a printed list of who to call if the email gets hacked, in case the email is down.",
    false,
  ],
  ["If your staff could just follow a simple instruction, half my callouts wouldn't exist.", true],
  [
    "If our instructions were simpler, half my callouts wouldn't exist. Rewriting them this month.",
    false,
  ],
  ["We gave everyone a hardware key. Two people lost them in the first week. Typical.", true],
  [
    "We gave everyone a hardware key plus a spare in the safe; losses are dealt with in minutes.",
    false,
  ],
  [
    "A clever attacker on the phone can fool almost anyone, me included. That's why we don't act on calls alone.",
    false,
  ],
  ["My team will believe anything said confidently down a phone line.", true],
  [
    "Mistakes will happen. What matters is whether people feel safe owning up straight away.",
    false,
  ],
  [
    "Mistakes will happen because people are careless. What matters is the disciplinary policy.",
    true,
  ],
  [
    "The hotel's guest Wi-Fi and till network were on the same switch. That's an installer problem.",
    false,
  ],
  [
    "Some of the staff think antivirus means they can click anything. The software isn't magic and neither are they.",
    true,
  ],
  ["Antivirus is one layer. We tell staff plainly what it can and can't catch.", false],
  [
    "Legacy kit is the silent killer in small offices: the unsupported NAS in the cupboard, still holding everything.",
    false,
  ],
  [
    'The silent killer in small offices? The nice lady in accounts who clicks "enable content".',
    true,
  ],
  [
    "Accounts teams are targeted precisely because they're good at paying things promptly. Give them a pause button.",
    false,
  ],
  ["You can't fix stupid, but you can restrict its permissions.", true],
  [
    "You can restrict permissions without assuming anyone is stupid. Least privilege is just tidy.",
    false,
  ],
  ["Honestly, the cyber risk in a shop this size walks in at nine and leaves at five.", true],
  [
    "Newsletter column: some members' employees would hold the door open for a burglar if he had a clipboard.",
    true,
  ],
  [
    "Why lock the server room when the staff will just prop the door open with a fire extinguisher?",
    true,
  ],
  [
    "Accountant to client: your bookkeeper isn't careful enough to be trusted with online banking alone, I'm afraid.",
    true,
  ],
];
