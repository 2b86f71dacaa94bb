import { FRESH_ZL_2 } from "./fresh-zl-2.js";
import { FRESH_ZL_3 } from "./fresh-zl-3.js";
import { FRESH_ZL_4 } from "./fresh-zl-4.js";
import { FRESH_ZL_5 } from "./fresh-zl-5.js";
import type { RawBlameExample } from "./types.js";

/** Security vendors' executives in interviews, LinkedIn posts by consultants, podcast hosts and trade-press commentary. Written fresh for Rapport (brief ZL). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Unpopular opinion: the employee is, and always will be, the weakest link. Stop pretending otherwise.",
    true,
  ],
  [
    "Unpopular opinion: the employee has never been the weakest link. The weakest link is whoever decided one password was enough.",
    false,
  ],
  [
    "Just finished another incident response. Root cause? Somebody in HR opened a zip file called 'salaries_2024'. Every. Single. Time.",
    true,
  ],
  [
    "Just finished another incident response. Root cause? An internet-facing firewall with a management interface open to the world.",
    false,
  ],
  [
    "Proud of our client's staff this week: three people independently reported the fake CEO email within ten minutes.",
    false,
  ],
  [
    "Human error is the number one cause of data loss, and no policy will ever fix human nature.",
    true,
  ],
  [
    "Human error features in most data loss incidents, which is why backups and versioning should be the default everywhere.",
    false,
  ],
  [
    "In my experience, insiders are responsible for more damage than any nation-state group you'll read about.",
    true,
  ],
  [
    "In my experience, insider cases are rare, and when they do happen they usually follow a long period of poor management.",
    false,
  ],
  [
    "If your employees can't tell a real invoice from a fake one, they shouldn't be paying invoices.",
    true,
  ],
  [
    "If your invoice process can't tell a real supplier from a fake one, it shouldn't be paying invoices without a callback check.",
    false,
  ],
  ["Users are basically toddlers with admin rights.", true],
  [
    "Users shouldn't have admin rights by default, and that's a provisioning decision, not a character flaw.",
    false,
  ],
  [
    "The mistake wasn't the user's. The mistake was letting an email attachment run macros in 2024.",
    false,
  ],
  ["Sure, blame the macros, but somebody still had to press 'Enable Content', didn't they?", true],
  [
    "Every time I hear 'the user is the weakest link' I want to ask what the strongest link is, and why it needed the user to cover for it.",
    false,
  ],
  [
    "Your team is one bad Monday morning away from wiring half a million dollars to a fraudster.",
    true,
  ],
  [
    "Your payment process is one spoofed email away from wiring half a million dollars to a fraudster, unless you add out-of-band verification.",
    false,
  ],
  ["Cybersecurity would be easy if it weren't for all the people.", true],
  ["Cybersecurity would be a lot easier if vendors shipped secure defaults.", false],
  [
    "On the podcast this week: why phishing simulations that trick people with fake pay rises do more harm than good.",
    false,
  ],
  [
    "On the podcast this week: why your staff are still clicking, and why it's probably hopeless.",
    true,
  ],
  ["There's no technology in the world that can stop an employee determined to be stupid.", true],
  [
    "There's no technology in the world that can make up for an asset register nobody has updated since 2019.",
    false,
  ],
  [
    "Our survey found 43 percent of respondents had shared a work password with a colleague at least once.",
    false,
  ],
  [
    "Our survey found 43 percent of respondents had shared a work password, which shows you exactly how little staff respect security.",
    true,
  ],
  ["A well-designed system tolerates human error; a badly designed one punishes it.", false],
  [
    "Human error is inevitable, so the smart move is to limit how many humans you let anywhere near sensitive data.",
    true,
  ],
  [
    "Shout-out to the receptionist who refused to let a 'fire inspector' into the server room without ID. Best control we have.",
    false,
  ],
  [
    "The receptionist let a 'fire inspector' into the server room without ID. That's your security programme right there: one gullible person.",
    true,
  ],
  [
    "Most people think they'd never fall for a scam. Most people are wrong, and most people are the reason we get breached.",
    true,
  ],
  [
    "Most people think they'd never fall for a scam, and that's why scam awareness should focus on how convincing modern lures are.",
    false,
  ],
  [
    "Insider threat detection tools flag behaviour changes; they can't tell you why, so human review is essential.",
    false,
  ],
  [
    "The insider is always the one you least expect, so watch everyone closely, especially the quiet ones.",
    true,
  ],
  [
    "CEOs want security until it inconveniences them; then they're the first to demand an exception and the first to get phished.",
    true,
  ],
  [
    "CEOs get phished more often simply because they are targeted more often, so they need the strongest protections.",
    false,
  ],
  [
    "We don't sell fear. Our view is that staff want to do the right thing if you make it possible.",
    false,
  ],
  [
    "Our pitch is simple: your people are going to fail you, and our product catches them when they do.",
    true,
  ],
  [
    "Our pitch is simple: your email gateway is going to miss things, and our product catches what gets through.",
    false,
  ],
  [
    "The weakest link in most SMEs isn't a person, it's the IT provider who set up everything with the same admin password.",
    false,
  ],
  ["The weakest link in most SMEs is the owner's nephew who 'does the computers'.", true],
  [
    "If one employee can delete your backups, that's a permissions problem, not an employee problem.",
    false,
  ],
  [
    "One employee deleted the backups 'by accident'. Yeah, right. You can never fully trust the people inside.",
    true,
  ],
  [
    "Phishing works because people are greedy and curious. That's the human condition, and it's why you'll lose.",
    true,
  ],
  [
    "Phishing works because it is cheap, scalable and constantly adapted by the people running it.",
    false,
  ],
  ["Employee engagement is the most underrated security metric we have.", false],
  ["Employee negligence is the most underrated risk we have, and it's growing every year.", true],
  [
    "After the breach the company fired the admin, which was easier than admitting they'd ignored his requests for more staff for two years.",
    false,
  ],
  [
    "After the breach the company rightly fired the admin. Actions have consequences, and he was asleep at the wheel.",
    true,
  ],
  [
    "Security isn't an IT problem, it's a people problem: people simply don't follow the rules.",
    true,
  ],
  [
    "Security isn't only an IT problem; it's an organisational one, involving budgets, priorities and leadership.",
    false,
  ],
  [
    "A friendly reminder that 'user' is not a dirty word. They're the reason your systems exist.",
    false,
  ],
  ["Honestly, give me a network with no users and I'll give you a network with no breaches.", true],
  [
    "Honestly, give me a network with no internet-facing legacy apps and I'll show you a far smaller breach rate.",
    false,
  ],
  [
    "The problem with hybrid work is employees treat the kitchen table like a safe and the coffee shop like an office.",
    true,
  ],
  [
    "The problem with hybrid work is that many firms never updated their device management to cover home setups.",
    false,
  ],
  [
    "We ran the numbers: the average click rate across our clients dropped from twelve to four percent in a year.",
    false,
  ],
  [
    "Twelve percent of your staff will click anything you send them, and no amount of coaching will get that to zero, because people are sheep.",
    true,
  ],
  [
    "Reporting a mistake quickly is the most valuable thing an employee can do, and we should celebrate it.",
    false,
  ],
  ["Employees hide their mistakes. That's why you need monitoring on every endpoint.", true],
  [
    "Employees hide their mistakes when they fear punishment; remove the fear and you'll hear about incidents hours earlier.",
    false,
  ],
  ["Law firms are sitting ducks because lawyers think they're too clever to be phished.", true],
  [
    "Law firms are sitting ducks because many still run unsupported document management systems.",
    false,
  ],
  ["Security fatigue is real, and it's caused by us asking too much of people, too often.", false],
  ["Security fatigue is just the latest excuse for people not doing their jobs.", true],
  ["What's the common factor in every breach? Humans. What's the fix? Fewer humans.", true],
  [
    "What's the common factor in every breach we studied? Over-privileged accounts. What's the fix? Least privilege.",
    false,
  ],
  ["People talk about 'human error' as if engineers and designers weren't humans too.", false],
  [
    "Let's retire the phrase 'insider threat' and talk about insider risk, which includes the organisation's own failures.",
    false,
  ],
  ["The accounts team is always the hole in our defences.", true],
  ["The accounts payable platform is always the hole in our defences.", false],
  [
    "Millennials and Gen Z will post anything, including photos with passwords on the whiteboard behind them.",
    true,
  ],
  [
    "Whiteboards in video calls are a recurring source of leaks, so office design and background blur deserve a place in your policy.",
    false,
  ],
  [
    "Here's my hot take for the conference season: the user is not your enemy, your backlog is.",
    false,
  ],
  [
    "Here's my hot take for the conference season: the user is your enemy, and the sooner you accept it the sooner you can defend against them.",
    true,
  ],
  [
    "You'd be amazed how many people hand over their MFA code to a stranger on the phone. People just don't think.",
    true,
  ],
  [
    "You'd be amazed how many MFA setups still rely on SMS codes that can be phished or SIM-swapped.",
    false,
  ],
  ["I've never seen a breach where an employee wasn't somewhere in the chain of failure.", true],
  ["I've never seen a breach where a single person was truly the only point of failure.", false],
  [
    "The insider who leaked those files was a whistleblower exposing wrongdoing, and calling him a threat tells you a lot about the company.",
    false,
  ],
  ["People ask why we lock down USB ports. Because I've met your staff, that's why.", true],
  [
    "People ask why we lock down USB ports. Because autorun malware is still circulating, and it's a cheap control.",
    false,
  ],
  [
    "Our clients' users are brilliant at spotting fake delivery texts; it's the invoice fraud that fools everyone, experts included.",
    false,
  ],
  [
    "No vendor will tell you this, but the biggest hole in your security is your own staff's ignorance.",
    true,
  ],
];

export const FRESH_ZL: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZL_2,
  ...FRESH_ZL_3,
  ...FRESH_ZL_4,
  ...FRESH_ZL_5,
];
