import { FRESH_Z_2 } from "./fresh-z-2.js";
import { FRESH_Z_3 } from "./fresh-z-3.js";
import { FRESH_Z_4 } from "./fresh-z-4.js";
import type { RawBlameExample } from "./types.js";

/** Security vendors' marketing and blogs, conference talks and keynotes, trade press and newspapers, podcast hosts, awareness-training companies, penetration testers and incident responders. Written fresh for Rapport (brief Z). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Our red team got into the server room carrying a stack of pizza boxes. Nobody at the front desk so much as blinked.",
    true,
  ],
  [
    "Vendors love to call the user the weakest link; the incident data we publish every year simply doesn't show that.",
    false,
  ],
  ['Keynote slide: "Your firewall is fine. Your people are the hole in it."', true],
  [
    "The attacker chained two flaws in an internet-facing file transfer appliance; no employee clicked anything.",
    false,
  ],
  [
    'Podcast host: "Honestly, half the office would swap their password for a decent croissant."',
    true,
  ],
  [
    "Human error is frequently design error in disguise, and we should audit our own interfaces first.",
    false,
  ],
  [
    "Every ransomware job I worked this year started the same way: somebody in accounts opened an invoice they had no reason to expect, enabled the content, and then sat on it for a day before telling anyone.",
    true,
  ],
  ["Staff must wear visible ID badges at all times on the operations floor.", false],
  [
    "Don't waste money teaching them. Buy our isolation browser, because your team is going to click the link anyway.",
    true,
  ],
  ["Slide bullet: • Staff = your largest unpatched vulnerability", true],
  [
    "We added a one-click report button to the mail client and phishing reports tripled inside a month.",
    false,
  ],
  ["Headline: Intern's shared spreadsheet exposes 40,000 customer records", true],
  ["Employees are not the weakest link; a flat network with no segmentation is.", false],
  [
    "This week on the show: MFA fatigue, push bombing, and why number matching actually helps.",
    false,
  ],
  [
    "Run the training every quarter if you like. Marketing will still plug in the USB stick they found in the car park.",
    true,
  ],
  [
    "An insider threat programme that starts with surveillance instead of trust will poison the culture it is meant to protect.",
    false,
  ],
  [
    "Pen test finding 4.2: the password reset process lacks caller verification; we recommend a call-back to the number on file.",
    false,
  ],
  [
    "Trade press: cyber insurers increasingly ask about email filtering and backup testing at renewal.",
    false,
  ],
  ["The call is coming from inside the building, and it's wearing a company fleece.", true],
  ["Users did exactly what the system told them to do. The system was wrong.", false],
  [
    "Give a finance assistant a plausible email from the CEO and a deadline, and she'll wire the money before lunch.",
    true,
  ],
  [
    "We stopped publishing click-rate league tables because they shamed teams and taught us nothing.",
    false,
  ],
  [
    "Twenty years of social engineering engagements have taught me one thing: people are the easiest way in, every single time.",
    true,
  ],
  [
    "Incident timeline: initial access via exposed RDP on a forgotten test server, 02:14 UTC.",
    false,
  ],
  [
    'Awareness vendor blog: "Why your staff are your biggest liability (and how our modules fix them)"',
    true,
  ],
  [
    "Blaming the person who clicked is the quickest way to make sure the next person never reports it.",
    false,
  ],
  [
    "Remote workers treat the company laptop like the family games console, and the kids install whatever they like on it.",
    true,
  ],
  [
    "If a single click can take down your company, the problem is your architecture, not your workforce.",
    false,
  ],
  ["The most dangerous device on your network has two legs and a coffee habit.", true],
  [
    "Our 2024 report found that stolen credentials, not user mistakes, were the leading initial access vector, followed by exploited edge devices such as VPNs and firewalls that had missed at least one critical patch cycle.",
    false,
  ],
  [
    "Column: executives demand exemptions from every control and then wonder why they get phished first.",
    true,
  ],
  [
    "User behaviour analytics should be disclosed to staff up front, with clear limits on what is collected.",
    false,
  ],
  ["If we could take humans out of the loop, we'd have solved security a decade ago.", true],
  [
    "Patch Tuesday roundup: three critical remote code execution bugs, one already exploited in the wild.",
    false,
  ],
  [
    "Sales pitch: since your staff can't be trusted to spot a fake login page, let our gateway decide for them.",
    true,
  ],
  [
    "Nobody on the floor is stupid. They're busy, and our warnings look identical to the fake ones.",
    false,
  ],
  [
    "Tweet: Ran a vishing test on a 60-person firm. Got 11 passwords in 40 minutes. People are hopeless.",
    true,
  ],
  [
    "The weakest-link framing tells staff they are a problem to be managed, and they respond accordingly.",
    false,
  ],
  [
    "Developers keep pasting production secrets into public repositories because they simply do not care.",
    true,
  ],
  [
    "We reviewed the alert that was missed: it fired 3,000 times a day, so no analyst could reasonably have caught it.",
    false,
  ],
  ["Headline: Careless staff behind most small-business data leaks, survey claims", true],
  [
    "Job advert: Security awareness lead wanted to build a reporting culture where people feel safe raising mistakes.",
    false,
  ],
  ["The receptionist will let in anyone who holds a clipboard with enough confidence.", true],
  [
    "When a breach report blames 'human error', ask which human designed the process that made the error likely.",
    false,
  ],
  ["Conference talk title: Idiots With Admin Rights, Tales From the Help Desk", true],
  [
    "Retention policy: email older than seven years is archived to cold storage and deleted after ten.",
    false,
  ],
  [
    "The attack surface that worries me most isn't the cloud. It's whoever is sitting between the keyboard and the chair.",
    true,
  ],
  [
    "Error messages that say 'contact your administrator' with no contact details are a security problem in themselves.",
    false,
  ],
  [
    "Your users are the front line, and most of them correctly ignored last Tuesday's phishing wave.",
    false,
  ],
  ["Let's be honest: most staff treat the security policy as a suggestion.", true],
  [
    "Post-incident review: the SOC escalated within twelve minutes; containment was delayed by a missing runbook.",
    false,
  ],
  [
    "Newsletter: employees reported the fake parcel-delivery texts within an hour, giving the team time to block the domain.",
    false,
  ],
  [
    "Podcast guest: \"Every CFO I meet thinks he's too important to be phished. He's the easiest mark in the building.\"",
    true,
  ],
  ["Passwordless sign-in removes a whole class of attacks that used to be blamed on users.", false],
  [
    "The older board members will approve anything that arrives as a PDF with a signature on it.",
    true,
  ],
  [
    "Our awareness content is written by people who have worked a service desk, so it respects how busy staff really are.",
    false,
  ],
  ["Nine out of ten breaches begin with someone who should have known better.", true],
  [
    "Regulator guidance: firms should revoke leaver access on the final working day and log the revocation.",
    false,
  ],
  [
    "Attackers are getting good at voice cloning, and no amount of training will make a cloned voice sound fake.",
    false,
  ],
  [
    "Pen tester's confession: I don't need exploits. I need one tired person on a Friday afternoon.",
    true,
  ],
  [
    'Keynote: "Stop calling people the weakest link. They are the only part of your stack that can notice something odd."',
    false,
  ],
  [
    "The finance team reused the same password on the bank portal and their fantasy football league. Of course they did.",
    true,
  ],
  [
    "Ransomware gangs are now buying access from brokers rather than phishing for it themselves.",
    false,
  ],
  [
    "Marketing copy: Turn your workforce from a risk into a resource with our gamified phishing simulations.",
    true,
  ],
  [
    "We measure success by how many people report suspicious messages, not by how few click.",
    false,
  ],
  [
    "Staff hold the door for tailgaters because being polite matters more to them than being safe.",
    true,
  ],
  [
    "Default credentials on the building management system gave us the whole network; no phishing required.",
    false,
  ],
  [
    "Summary slide: the humans did their part; the backup restore failed because it had never been tested.",
    false,
  ],
  [
    "Trade press: shadow IT grows as staff bypass IT with personal cloud accounts, heedless of the risk.",
    true,
  ],
  ["If staff are writing passwords on sticky notes, your password policy has failed them.", false],
  [
    "You can lead a sales rep to a password manager, but you cannot make him stop using Summer2024!",
    true,
  ],
  [
    "Insider risk is real, but most cases we see are honest mistakes that better tooling would have prevented.",
    false,
  ],
  ["CEO fraud works because your people are wired to obey anyone with a title.", true],
  ["Our SOC analysts are drowning in alerts; that is a tooling failure, and we own it.", false],
  [
    'Podcast: "The problem is always the user. Always. Twenty-five years, and I\'ve never seen it be anything else."',
    true,
  ],
  [
    "The phishing simulation was so unrealistic that a high click rate told us more about the template than the people.",
    false,
  ],
  [
    "Warehouse staff prop the loading bay door open with a fire extinguisher every shift, however many times we ask them not to.",
    true,
  ],
  [
    "Email filtering caught 98% of malicious messages last quarter; staff reported most of the remainder.",
    false,
  ],
  ["Security would be easy if it weren't for all the people.", true],
  [
    "Awareness training should be short, relevant to the role, and never used as punishment.",
    false,
  ],
  ["Trade headline: Hospital breach traced to nurse who clicked fake HR email", true],
  [
    "Interns get admin rights on day one at far too many firms; that's a provisioning problem.",
    false,
  ],
  [
    "Interns are a walking data leak. They'll upload anything to any free tool that promises to save them ten minutes.",
    true,
  ],
  [
    "The research paper counted the word 'human' and called it blame. That's not how language works.",
    false,
  ],
  ["Nobody reads the warning banners. They just click OK until the box goes away.", true],
  ["We redesigned the warning banner after users told us it looked like spam.", false],
  [
    "Threat intel brief: the group registers lookalike domains 48 hours before each campaign.",
    false,
  ],
  [
    "Our data shows your workforce is one bad morning away from handing the keys to a stranger.",
    true,
  ],
  [
    "Policy: contractors receive time-limited accounts that expire at the end of their engagement.",
    false,
  ],
  [
    "Blog post: why we no longer describe any incident as 'user error' in our client reports.",
    false,
  ],
  ["Your staff aren't malicious, just lazy, and lazy is worse because there's more of it.", true],
  [
    'Panel moderator: "Is the weakest-link idea helping anyone, or is it just a sales line?"',
    false,
  ],
  [
    "Most breaches at small firms trace back to someone who thought the rules didn't apply to them.",
    true,
  ],
  [
    "Attackers increasingly target managed service providers to reach dozens of small clients at once.",
    false,
  ],
  ["Slide: People, Process, Technology. Two out of three we can fix.", true],
  [
    "Our phishing results were worst in the team with the heaviest workload, which says more about staffing than competence.",
    false,
  ],
  [
    "Pen test report: reception staff were so eager to please that they'd badge in a stranger without a second glance.",
    true,
  ],
  ["Training companies that sell fear of your own staff are selling you a worse workplace.", false],
  ["The average office worker has the security instincts of a goldfish.", true],
  [
    "Conditional access blocked the stolen session token because it came from an unfamiliar device.",
    false,
  ],
  [
    'Keynote: "You spent a million on tools and then let Dave from procurement keep his password on a Post-it."',
    true,
  ],
  [
    "Employees who report a mistake quickly should be thanked, publicly if they're comfortable with that.",
    false,
  ],
  [
    "People will always choose convenience over security, so stop expecting anything better from them.",
    true,
  ],
  [
    "Our help desk now verifies callers with a push prompt to their registered device before any reset.",
    false,
  ],
  ["Newspaper: 'Gullible' council staff paid fake supplier £1.2m, audit finds", true],
];

export const FRESH_Z: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_Z_2,
  ...FRESH_Z_3,
  ...FRESH_Z_4,
];
