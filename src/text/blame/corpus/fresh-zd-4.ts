import type { RawBlameExample } from "./types.js";

/** Owners, trade guides, accountants, forum threads, MSP sales copy. Written fresh for Rapport (brief ZD), part 4. */
export const FRESH_ZD_4: readonly RawBlameExample[] = [
  ["I hate to say it, but in my experience the threat usually has a staff lanyard on.", true],
  [
    "I hate to say it, but in my experience the threat usually has an unpatched firmware version.",
    false,
  ],
  ["The Trojan horse in most offices is wheeled in by a helpful colleague.", true],
  [
    "Our shop's loyalty app leaked emails because the developer left a test database open. We switched developers.",
    false,
  ],
  ["The hole in the hull isn't the hardware, it's the crew.", true],
  [
    "Quarterly reminder from your IT provider: please restart your PCs so the updates finish installing.",
    false,
  ],
  [
    "Quarterly reminder from your IT provider: it has been 94 days since anyone restarted their PC, and yes, we can tell.",
    true,
  ],
  ["We restart PCs automatically overnight now, so nobody has to remember.", false],
  [
    "Users treat a security warning like a terms-and-conditions box: click past it without reading.",
    true,
  ],
  [
    "Users click past warnings because they see fifty false alarms a week. Cut the noise and they'll read the real ones.",
    false,
  ],
  [
    "An accountant's view: payment diversion fraud targets process gaps, and small firms rarely write their processes down.",
    false,
  ],
  [
    "An accountant's view: payment diversion fraud works because clerks are too timid to question a director's email.",
    true,
  ],
  [
    "We told the team clearly they'll never be in trouble for double-checking a director's request. Nobody's been shy since.",
    false,
  ],
  ["Let me guess: the intern again?", true],
  [
    "Our interns get the same security induction as everyone else, and a mentor to ask when unsure.",
    false,
  ],
  [
    "In a company of twelve, the insider threat is you forgetting to remove the ex-employee from the shared mailbox.",
    false,
  ],
  [
    "In a company of twelve, one bad apple with access to the client list can finish you. Watch them closely.",
    true,
  ],
  ["Hot take: small businesses don't get hacked, they get careless staff.", true],
  ["Hot take: small businesses don't need fancy tools, they need MFA and a tested backup.", false],
  [
    "My team are brilliant at their jobs and hopeless at anything digital. A dangerous combination.",
    true,
  ],
  [
    "My team are brilliant at their jobs; the IT should fit around that, not the other way round.",
    false,
  ],
  [
    "Local IT support, price list: virus removal £60. Virus removal for the same user twice in a month, £120.",
    true,
  ],
  [
    "Local IT support, price list: managed backup £15 per PC per month, including a monthly restore test.",
    false,
  ],
  [
    "We asked staff what slowed them down. Top answer: logging into four systems with four passwords. Single sign-on next.",
    false,
  ],
  [
    "Ask staff what they need and they'll say fewer passwords. Give them fewer and they'll write the one down.",
    true,
  ],
  [
    "Small business association statement: members should not face blame for attacks by organised criminal groups.",
    false,
  ],
  [
    "Small business association statement: too many members' staff still treat cyber security as a joke.",
    true,
  ],
  [
    "Forum reply: don't sack her. She told you within ten minutes. That's the best outcome you could hope for.",
    false,
  ],
  ["Forum reply: sack her. If she clicked once she'll click again.", true],
  [
    "Forum reply: your real mistake was letting one login approve and send payments. Fix that, keep her.",
    false,
  ],
  [
    "Data from our helpdesk: 70% of password resets happen on Monday mornings. Weekends wipe their brains.",
    true,
  ],
  [
    "Data from our helpdesk: 70% of password resets happen on Monday mornings, after the forced 30-day expiry. We've dropped the expiry.",
    false,
  ],
  [
    "Don't let the gadgets fool you. A cyber attack on a small firm is almost always a people failure.",
    true,
  ],
  [
    "Don't let the jargon put you off. A cyber attack on a small firm is usually a few common weaknesses chained together.",
    false,
  ],
  [
    "Staff are trying to help customers quickly, and scammers exploit exactly that kindness. Build in a pause.",
    false,
  ],
  [
    "Staff are too keen to please, and scammers know it. Kindness is a vulnerability in this line of work.",
    true,
  ],
  [
    "We've had great results pairing a tech-savvy team member with a less confident one for a month.",
    false,
  ],
  ["We've tried buddying up staff, but the less confident ones just drag the others down.", true],
  [
    "Ninety percent of cyber incidents involve a human somewhere, but that includes the human who configured the server.",
    false,
  ],
  [
    "Ninety percent of cyber incidents involve a human mistake, so your staff are ninety percent of your problem.",
    true,
  ],
  [
    'The stat that "people cause 90% of breaches" gets waved around by anyone selling training. Read the footnotes.',
    false,
  ],
  ["If someone on your team reports a mistake, that report is a gift. Say thank you.", false],
  [
    "If someone on your team reports a mistake, make sure they don't get the chance to make another.",
    true,
  ],
  [
    "We're an architecture firm. Our designers need admin rights for their plug-ins, so we use a request-and-approve tool.",
    false,
  ],
  [
    "Designers are the worst. They'll download a cracked font pack and take the whole network down.",
    true,
  ],
  [
    "Security guide for hospitality: separate guest Wi-Fi from your booking and card systems.",
    false,
  ],
  [
    "Security guide for hospitality: seasonal staff are a revolving door of risk. Give them nothing.",
    true,
  ],
  [
    "Seasonal staff need working logins on day one and removed logins on their last; a simple checklist does both.",
    false,
  ],
  ["My old boss used to say the only secure office is an empty one. He wasn't joking.", true],
  [
    "My old boss used to say a secure office is one where people aren't scared to ask. He was right.",
    false,
  ],
  ["We had a rogue employee once. Since then, everybody's a suspect until proven otherwise.", true],
  [
    "We had a rogue employee once. We tightened access reviews; we didn't punish the other nine.",
    false,
  ],
  [
    "Policy text: staff must report lost or stolen devices to the office manager within 24 hours.",
    false,
  ],
  [
    "Policy text: because staff persistently lose devices, the cost of replacement will be deducted from wages.",
    true,
  ],
  ["A lost phone with a PIN and remote wipe is a nuisance, not a disaster.", false],
  ["Users. Can't live with them, can't firewall them.", true],
  [
    'Podcast guest: "Owners ask me which staff member is the problem. I ask them who set up the permissions."',
    false,
  ],
  [
    'Podcast guest: "In every firm I audit there\'s a person I call the incident magnet. You know who yours is."',
    true,
  ],
  [
    "I run a plumbing firm. I don't know much about cyber, so I pay someone who does and I ask them questions.",
    false,
  ],
  [
    "I run a plumbing firm. The lads would leave the van unlocked with the laptop on the seat if I didn't check.",
    true,
  ],
  [
    "Vans now have a lockbox for the laptop, and the job app logs out after ten minutes idle.",
    false,
  ],
  [
    "The younger staff are the worst for it: everything goes on their phones, nothing gets locked.",
    true,
  ],
  [
    "The younger staff set up our password manager and showed the rest of us. Proper lifesavers.",
    false,
  ],
  [
    "Older staff tend to ring the supplier back before paying. Younger staff tend to spot a fake login page. Mix them.",
    false,
  ],
  [
    "I no longer let anyone in the office open attachments. All files go through me first. It's exhausting but they can't be trusted.",
    true,
  ],
  [
    "We send attachments through a sandbox that opens them first. Nobody has to play bomb disposal.",
    false,
  ],
  [
    "Our managed provider reviews mailbox forwarding rules monthly; that's how business email compromise hides.",
    false,
  ],
  [
    'Our managed provider found a forwarding rule someone set up to their personal email "for convenience". Unbelievable.',
    true,
  ],
  [
    "Convenience forwarding rules are common when home access is clunky. Block external forwarding and offer proper mobile email.",
    false,
  ],
  ["Reckless, the lot of them. Clicking links on their phones in the pub.", true],
  [
    "Phones are where most of our team read email, so that's where our filtering and MFA prompts need to work well.",
    false,
  ],
  ["It only takes one bored employee to undo everything we've built.", true],
  ["It only takes one missing backup to undo everything we've built. Check yours tonight.", false],
  ['Trade guide headline: "Cyber essentials for firms with no IT staff"', false],
  ['Trade guide headline: "Your staff: friend or threat?"', true],
  [
    "Owners often ask how to make staff care. Start by making it visible when their reports stop an attack.",
    false,
  ],
  [
    "Owners often ask how to make staff care. Short answer: you can't. Lock the systems down instead.",
    true,
  ],
  [
    'Pinned forum post: before asking "how do I stop my staff doing X", please describe what tools they have for the job.',
    false,
  ],
  [
    "Pinned forum post: yes, your staff will ignore the policy. Yes, all of them. Plan accordingly.",
    true,
  ],
  [
    "The biggest leak we ever had was a misconfigured cloud folder that our previous IT firm set to public.",
    false,
  ],
  [
    "The biggest leak we ever had was a chatty office junior telling a caller our system logins.",
    true,
  ],
  [
    "We now tell callers we'll ring them back on the number in our records. Everybody on the phones knows the line.",
    false,
  ],
  ["Our front office has the memory of a sieve when it comes to the call-back rule.", true],
  [
    "Credit where due: the call-back rule only works because the front office sticks to it under pressure.",
    false,
  ],
  [
    "What's scarier than a hacker? A finance assistant with admin rights and a free afternoon.",
    true,
  ],
  ["What's scarier than a hacker? A backup nobody has tested since it was installed.", false],
  [
    "We reviewed who had access to what and found a former contractor still in the accounts system. Removed the same day.",
    false,
  ],
  ["Contractors are never careful with your data. It's not theirs, so why would they be?", true],
  ["Contractors get time-limited accounts that expire automatically when the job ends.", false],
  [
    "If you're a small firm with no IT person, the local business hub has a free helpline. Use it.",
    false,
  ],
  [
    'No IT person, no policies, and staff who think "cyber" is something on the telly. That\'s half our members.',
    true,
  ],
  [
    "Half our members have no IT person at all, which is why we publish plain-language guides every quarter.",
    false,
  ],
  ["Blaming the user feels good for about five minutes. Then the same thing happens again.", false],
  [
    "Call it victim blaming if you like, but if you click the link, you own the consequences.",
    true,
  ],
  [
    "When a client's staff member falls for a scam, we report it to the bank and the police, not to the HR department.",
    false,
  ],
  [
    "The single best control in our office? The owner standing behind people while they work.",
    true,
  ],
  [
    "The single best control in our office? A two-person rule for any payment over a thousand pounds.",
    false,
  ],
  [
    "Every breach I've investigated for a small client has had a name attached: the person who let it happen.",
    true,
  ],
  [
    "Every breach I've investigated for a small client has had at least three failures before anyone clicked anything.",
    false,
  ],
  [
    "Our security awareness sessions are short, funny and on paid time. Attendance is near perfect.",
    false,
  ],
  [
    "Our security awareness sessions are a waste of breath. They sit there checking their phones.",
    true,
  ],
  ["People learn by doing. A ten-minute practice run beats an hour of slides.", false],
  [
    "Some people simply aren't cut out for handling sensitive data. Those people are usually in admin.",
    true,
  ],
  [
    "The admin team handles the most sensitive data and gets the least IT support. That's backwards.",
    false,
  ],
  ["Employee of the month: whoever doesn't break anything. Competition is thin.", true],
  [
    "Employee of the month goes to Priya for spotting the fake courier text that was doing the rounds.",
    false,
  ],
  ["Don't overthink it: a careless staffer is a bigger risk than any Russian hacker.", true],
  [
    "Don't overthink it: most attacks on small firms are opportunistic and automated, not targeted.",
    false,
  ],
];
