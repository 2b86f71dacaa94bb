import type { RawBlameExample } from "./types.js";

/** Training-company adverts, insurance brokers' cyber advice and owners' remarks. Written fresh for Rapport (brief ZG). */
export const FRESH_ZG_4: readonly RawBlameExample[] = [
  ["Your staff are your biggest risk. Our course turns them from liability into asset.", true],
  ["95% of breaches are caused by human error. Book your team's awareness training today.", true],
  ["Stop your employees clicking on dangerous links. Enrol now.", true],
  [
    "Don't let one careless click cost you your business. Train your people before they sink you.",
    true,
  ],
  ["Firewalls can't fix foolish. Our training can.", true],
  ["Your team is one gullible moment away from a ransomware attack.", true],
  ["Untrained staff are an open invitation to hackers.", true],
  ["Turn your weakest link into your strongest defence with our certified programme.", true],
  [
    "Our monthly phishing tests catch out the repeat clickers so you know exactly who the problem is.",
    true,
  ],
  ["Human error is the number one threat to your business. Our e-learning eliminates it.", true],
  ["Employees make mistakes. Expensive ones. Our course stops them.", true],
  ["Your people are the gap in your security. We close it.", true],
  ["One in three employees will click a phishing link. Is yours one of them?", true],
  ["Ignorant staff are the hacker's best friend.", true],
  ["Course includes a 'wall of shame' leaderboard so your team knows who keeps failing.", true],
  ["Stop your staff being the reason you're in the news.", true],
  [
    "Our workshops are built around real scams your team is likely to see this month, in plain English.",
    false,
  ],
  ["Short, friendly training that treats your staff like the capable adults they are.", false],
  [
    "We don't do fear. We show people practical habits: password managers, MFA, and who to call.",
    false,
  ],
  [
    "Course outcome: staff know how to report a suspicious email in under a minute, and feel confident doing it.",
    false,
  ],
  [
    "Training alone won't stop a breach. We'll also review your email settings and payment process.",
    false,
  ],
  [
    "Designed with accessibility in mind, so every member of staff can complete it, whatever their role.",
    false,
  ],
  [
    "Our trainers have worked in incident response, so the examples are real, not scare stories.",
    false,
  ],
  ["Celebrate your team's reports. Our platform gives shout-outs, not shaming.", false],
  ["Free webinar: securing remote workers' home set-ups without making their lives harder.", false],
  [
    "Phishing simulations tuned to your sector, with immediate, kind feedback instead of a telling-off.",
    false,
  ],
  [
    "Half-day course for finance teams: spotting invoice fraud and building a verification process that actually works.",
    false,
  ],
  [
    "Employees are your early warning system. Give them the skills and the channel to raise the alarm.",
    false,
  ],
  [
    "New for managers: how to respond when someone admits a mistake, so they'll tell you next time too.",
    false,
  ],
  ["Our CPD-accredited course covers GDPR basics, data handling and secure home working.", false],
  [
    "Insurers see it again and again: the claim starts with a staff member who clicked on something they shouldn't have.",
    true,
  ],
  ["Most cyber claims we handle are caused by employees who simply didn't follow procedure.", true],
  [
    "Your employees are the most likely reason you'll ever need to claim on your cyber policy.",
    true,
  ],
  [
    "Underwriters know staff are the soft target, which is why premiums rise for firms that don't drill them.",
    true,
  ],
  [
    "Broker's blog: Social engineering losses are the fault of staff who don't question instructions. Train them or pay for it.",
    true,
  ],
  [
    "Tip from our claims team: the person most likely to bankrupt your business already works for you.",
    true,
  ],
  ["The biggest exposure on any SME risk profile is the staff. Technology is the easy bit.", true],
  [
    "We've seen firms lose six figures because a bookkeeper couldn't be bothered to pick up the phone.",
    true,
  ],
  [
    "Insurer's warning: disgruntled employees are a growing source of data loss claims. Keep a close eye on them.",
    true,
  ],
  [
    "Careless staff are behind most of the claims we see, and insurers are starting to ask about it.",
    true,
  ],
  [
    "Cyber insurers increasingly ask for MFA, offline backups and patching before they'll quote. Get those in place first.",
    false,
  ],
  [
    "A good cyber policy includes access to incident response experts from the first hour. Check yours does.",
    false,
  ],
  [
    "Social engineering cover is often a sub-limit. Read the wording carefully and ask your broker about invoice fraud.",
    false,
  ],
  [
    "Most claims we see from small firms started with an unpatched system or a compromised supplier account.",
    false,
  ],
  [
    "Insurers love to see a documented payment verification process. It's one of the cheapest risk improvements you can make.",
    false,
  ],
  [
    "If you think you've been hit, ring the claims line before you do anything else. Don't wipe machines.",
    false,
  ],
  ["Premiums for firms with tested backups are noticeably lower in our book of business.", false],
  [
    "Broker note: a staff member reporting an incident quickly is the single biggest factor in keeping a claim small.",
    false,
  ],
  [
    "Proposal forms ask about training, but they also ask about email filtering, endpoint protection and remote access. Answer honestly.",
    false,
  ],
  [
    "Human error claims are usually small and quickly contained. The big losses come from ransomware through exposed systems.",
    false,
  ],
  [
    "Don't let fear of blame slow things down. Policies rely on prompt notification, and staff should feel safe raising the alarm.",
    false,
  ],
  [
    "Cyber cover isn't a substitute for basic controls, but it's a very good backstop for when they fail.",
    false,
  ],
  [
    "We've seen claims where the bank's own authentication was the weak point. Ask your bank what protections they offer.",
    false,
  ],
  [
    "Small business owners often assume they're too small to be targeted. Criminals automate attacks; size doesn't matter.",
    false,
  ],
  [
    "Check whether your IT supplier has their own cyber insurance. Their breach can become your breach.",
    false,
  ],
  [
    "A payroll diversion claim we handled was caused by a cloned HR portal login page. The employee couldn't have known.",
    false,
  ],
  [
    "The claim was declined, and rightly so: the employee couldn't be bothered to follow the verification rule.",
    true,
  ],
  [
    "The claim was declined because the firm's verification rule existed only in an old email nobody could find.",
    false,
  ],
  ["Your biggest cyber exposure is the people in your office.", true],
  [
    "Your biggest cyber exposure is the remote access portal nobody has patched since it was installed.",
    false,
  ],
  ["Training company: we fix your staff so they stop clicking.", true],
  [
    "Training company: we fix the settings that let dodgy emails reach your staff in the first place.",
    false,
  ],
  ["Your admin team are a soft touch for fraudsters.", true],
  [
    "Your admin team are your best defence against fraudsters, if you give them the authority to say no.",
    false,
  ],
  [
    "Owner chat over a pint: 'I trust my lads with a van worth forty grand, but not with an email inbox.'",
    true,
  ],
  [
    "Owner: 'The day I stopped letting staff take laptops home was the day our IT problems halved.'",
    true,
  ],
  [
    "Salon owner: 'My stylists are brilliant with clients and hopeless with anything that has a login.'",
    true,
  ],
  ["Owner: 'We got hit, and yes it was Karen, and no she doesn't work here anymore.'", true],
  [
    "Owner's Facebook post: 'Anyone else's staff completely incapable of spotting an obvious scam?'",
    true,
  ],
  ["Garage owner: 'My mechanics think a phishing email is something about bait.'", true],
  [
    "Owner: 'I've told them a thousand times. They don't listen. So now nobody gets admin, full stop.'",
    true,
  ],
  ["Owner: 'Our staff found the problem before our IT company did. Says a lot about both.'", false],
  [
    "Owner: 'We had a scam payment go out. The bank's fraud team didn't flag a brand new payee for £14k. That still bothers me.'",
    false,
  ],
  [
    "Nursery owner: 'The paper files in an unlocked cabinet worried me far more than the staff ever did, so we moved records to a proper system.'",
    false,
  ],
  [
    "Owner: 'I asked my team to help write our security rules. They came up with better ones than I did.'",
    false,
  ],
  [
    "Owner: 'My insurer's questionnaire made me realise we'd never thought about backups. Not the staff's fault, mine for not asking.'",
    false,
  ],
  [
    "Owner: 'The IT firm we used for a decade never once mentioned MFA. I only found out about it from a podcast.'",
    false,
  ],
  [
    "Florist: 'Our website got hacked through an old plugin. The developer who built it had long since gone bust.'",
    false,
  ],
  [
    "Builder: 'The scam came from our supplier's real email account. Their system was hacked, not ours.'",
    false,
  ],
  [
    "Consultant: 'The real risk assessment for most small firms is one question: who here is most likely to click?'",
    true,
  ],
  [
    "Course brochure: 'Employees are careless with data. Our training makes them accountable.'",
    true,
  ],
  [
    "Advert: 'Is your receptionist a security risk? Probably. Find out with our free phishing test.'",
    true,
  ],
  [
    "LinkedIn post from a broker: 'Another week, another claim caused by someone in accounts trusting an email.'",
    true,
  ],
  [
    "Radio advert: 'Your staff could be handing the keys to your business to criminals right now. Call us.'",
    true,
  ],
  ["Insurer newsletter: 'Humans remain the weakest link, and criminals know it.'", true],
  [
    "Advert: 'Sick of staff who won't follow the rules? Our monitoring software shows you everything they do.'",
    true,
  ],
  ["Broker: 'Premiums wouldn't be this high if employees took a bit more care.'", true],
  ["Training firm LinkedIn: 'Plot twist: the threat actor was Steve from sales all along.'", true],
  [
    "Advert: 'People are predictable. Predictably careless. Let us handle the risk they create.'",
    true,
  ],
  [
    "Insurance broker: 'Whatever you spend on IT, one distracted employee can undo it in a second.'",
    true,
  ],
  ["Owner: 'Honestly, my IT budget is basically a tax on my staff's carelessness.'", true],
  [
    "Insurance guide: five questions your broker will ask about your backups, patching and remote access.",
    false,
  ],
  [
    "Training provider: 'Our courses for owners cover the decisions only you can make: budget, suppliers and who can approve payments.'",
    false,
  ],
  [
    "Broker advice: keep a copy of your policy and the incident hotline somewhere offline. You won't be able to log in during an attack.",
    false,
  ],
  [
    "Trainer: 'Most people I teach already know more than they think. They just need permission to question odd requests.'",
    false,
  ],
  [
    "Insurance blog: invoice redirection fraud is rising because criminals compromise supplier mailboxes and watch conversations for weeks.",
    false,
  ],
  [
    "Advert: 'Security training your team won't dread. Ten minutes a month, no trick emails.'",
    false,
  ],
  [
    "Broker: 'An insider threat clause doesn't mean your insurer thinks your staff are crooks. It covers a rare risk, like any other clause.'",
    false,
  ],
  [
    "Claims handler: 'The cheapest claims are where someone picked up the phone the same morning. Those people deserve a thank-you, not a disciplinary.'",
    false,
  ],
  [
    "Trainer: 'If a policy is so complicated that nobody follows it, that's a writing problem.'",
    false,
  ],
  [
    "Insurer bulletin: attacks on remote desktop services remain the leading cause of ransomware claims among small clients.",
    false,
  ],
  [
    "Training company blog: error rates in our simulations drop most when staff can check links on mobile, which most email apps make hard.",
    false,
  ],
  [
    "Broker: 'Cyber policies now often pay for forensic IT, legal advice and PR. Useful to know before you need it.'",
    false,
  ],
  [
    "Owner: 'We made a mistake, our staff owned up fast, and the insurer said that saved us thousands.'",
    false,
  ],
  [
    "Advert: 'We train your people and harden your systems, because security is a shared job, not a blame game.'",
    false,
  ],
];
