import { FRESH_ZE_2 } from "./fresh-ze-2.js";
import { FRESH_ZE_3 } from "./fresh-ze-3.js";
import { FRESH_ZE_4 } from "./fresh-ze-4.js";
import type { RawBlameExample } from "./types.js";

/** Security vendors' marketing copy, landing pages and sales pitches. Written fresh for Rapport (brief ZE). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Your employees are your biggest attack surface. Our platform watches every click so you don't have to.",
    true,
  ],
  ["Humans are the weakest link in every security chain, and attackers know it.", true],
  ["User error causes 95% of breaches. Stop trusting your users and start controlling them.", true],
  ["Insiders, careless or malicious, are the threat you can't see coming. Until now.", true],
  ["Your staff will click on anything. Our sandbox makes sure it doesn't matter.", true],
  ["Firewalls don't click links. Employees do.", true],
  ["You can patch servers. You can't patch people. That's why you need us.", true],
  ["Every employee is a potential insider threat waiting for a bad day.", true],
  [
    "The human element is the one vulnerability no vendor can fix, except by taking the human out of the decision.",
    true,
  ],
  ["Your finance team will wire money to anyone who sounds urgent enough.", true],
  ["One distracted employee is all it takes to bring down a billion-dollar company.", true],
  ["Users can't be trusted with passwords, so we take passwords away from them.", true],
  [
    "People are predictable: they reuse passwords, they ignore warnings, they click. Our AI is built around that.",
    true,
  ],
  ["Think of your workforce as 5,000 unlocked doors.", true],
  ["Human error isn't a risk, it's a certainty. Plan for your people to fail.", true],
  ["Stop the insider before the insider stops you.", true],
  ["Your interns have more access than your auditors would like, and half the sense.", true],
  ["The average employee is one free gift card away from handing over their credentials.", true],
  ["Behind every ransomware attack there's a user who couldn't resist opening the invoice.", true],
  ["Our DLP catches what your careless employees try to email home every Friday.", true],
  ["Awareness training fails because users forget everything by Monday. Enforcement works.", true],
  ["Monitor every keystroke. Your riskiest asset walks in the front door at 9am.", true],
  ["Executives are the worst offenders: they demand exceptions and then click the phish.", true],
  [
    "Employees are the weakest link. We make them the strongest, by taking the decision out of their hands.",
    true,
  ],
  [
    "Remote workers on home Wi-Fi, sharing laptops with their kids: that's your new perimeter, and it's leaking.",
    true,
  ],
  ["Shadow IT happens because employees think they know better than the security team.", true],
  [
    "Your developers are pasting secrets into public repos right now. We'll find them before they cost you.",
    true,
  ],
  ["Users will always pick convenience over security. Always.", true],
  ["Most insider incidents are just negligence wearing a lanyard.", true],
  ["Nobody reads the warning banner. Nobody. So we block first and ask later.", true],
  ["A single careless click from the front desk can encrypt your whole network.", true],
  [
    "Zero trust means exactly that: don't trust your employees, don't trust their devices, don't trust their judgement.",
    true,
  ],
  ["Clueless users are a hacker's favourite entry point.", true],
  ["Help desk staff will reset any password for anyone who sounds stressed enough.", true],
  [
    "Sales reps will forward the customer database to their Gmail the week they resign. Every time.",
    true,
  ],
  ["Don't let human stupidity become your next headline.", true],
  ["Your people are the problem. Our platform is the solution.", true],
  [
    "The insider threat is already inside: it's sitting at a desk and it knows your admin password.",
    true,
  ],
  ["Put simply: people are the bug.", true],
  ["Employees leak data the way kettles leak steam, constantly and without noticing.", true],
  ["Left alone, your users will install every browser extension that promises free coupons.", true],
  ["Contractors are the soft underbelly of any enterprise. Lock them down.", true],
  ["Human error: the vulnerability that ships with every new hire.", true],
  ["You spent millions on tools, and Dave in accounts still uses Password123.", true],
  ["Phishing works because employees are gullible. Our filters work because they aren't.", true],
  ["Your employees are your first line of defence, and your first point of failure.", true],
  [
    "Analysts miss alerts because they get complacent and stop reading them. Our automation never gets bored.",
    true,
  ],
  [
    "Every HR department we onboard has at least one recruiter who opens every CV attachment from every stranger.",
    true,
  ],
  ["Security teams drown in alerts because tools are noisy, not because analysts are lazy.", false],
  [
    "Our platform reduces the load on employees by filtering 99.7% of phishing before it reaches an inbox.",
    false,
  ],
  [
    "Employees aren't the weakest link; unsupported tooling is. We give your people tools that work.",
    false,
  ],
  [
    "Human error is usually a design failure upstream. Our console was built to make the safe choice the easy one.",
    false,
  ],
  [
    "The weakest link in most breaches we investigate is an unpatched VPN appliance, not a person.",
    false,
  ],
  [
    "Users reported 68% of simulated phishing emails within ten minutes after switching to our one-click report button.",
    false,
  ],
  [
    "Insider risk programmes should protect employees as much as data. Ours is built privacy-first.",
    false,
  ],
  [
    "When an employee makes a mistake, our platform gives them a just-in-time prompt, not a disciplinary form.",
    false,
  ],
  ["Passwordless login means users never have to remember a 16-character string again.", false],
  ["Stop blaming your people. Start fixing the processes that set them up to fail.", false],
  [
    "Your users are sensors. Give them a way to report and they'll catch what your filters miss.",
    false,
  ],
  [
    "Our research found that most incidents logged as user error traced back to confusing interfaces.",
    false,
  ],
  [
    "Misconfigured cloud storage remains the most common cause of exposure in our annual dataset.",
    false,
  ],
  ["Employees want to do the right thing. Make it the default and they will.", false],
  ["Insider threat detection works best when it's transparent to the workforce it covers.", false],
  ["Human-centred security starts with asking staff where the friction is.", false],
  [
    "The weakest link isn't your receptionist. It's the legacy email gateway she's forced to trust.",
    false,
  ],
  [
    "Over 80% of breaches in our study involved credentials harvested by professional criminal groups.",
    false,
  ],
  [
    "Hardware security keys stopped every credential phishing attempt across our customer base last year.",
    false,
  ],
  ["Our SOC analysts thank users by name every time they report a real phish.", false],
  ["Vendors who sell fear of your own employees are selling you a broken culture.", false],
  [
    "A user clicking a link should never be enough to compromise a network. If it is, the architecture is the problem.",
    false,
  ],
  [
    "Attackers spend months crafting lures; expecting a busy nurse to spot them in two seconds isn't fair.",
    false,
  ],
  [
    "Error-tolerant systems assume people will slip and make sure a slip doesn't become a breach.",
    false,
  ],
  ["Your employees are your best early-warning system.", false],
  [
    "Insider incidents fell 40% at customers that fixed offboarding workflows, no surveillance required.",
    false,
  ],
  [
    "MFA fatigue attacks succeed because push prompts were designed badly, not because users are weak.",
    false,
  ],
  ["We built our awareness content with frontline staff, not for them.", false],
  ["Human risk management is about measuring behaviour, not shaming it.", false],
  ["Default credentials on shipped devices are a vendor failure, full stop.", false],
  [
    "The breach started with an API key exposed in a build pipeline that nobody had been given time to audit.",
    false,
  ],
  ["Budget cuts removed the patch team, and the patch backlog did the rest.", false],
  [
    "Ransomware gangs operate like businesses, with HR departments, help desks and affiliate programmes.",
    false,
  ],
  [
    "Secure-by-default configuration removes thousands of security decisions from end users' days.",
    false,
  ],
  ["Users who report a mistake quickly are the reason incidents stay small.", false],
  ["Let your people work; let our tools worry about the attackers.", false],
  ["Employee trust is a security control. Erode it and reporting rates drop.", false],
  [
    "A well-designed warning dialog gets read. A wall of jargon gets dismissed. That's on the designer.",
    false,
  ],
  [
    "Our threat intel team tracked 312 distinct phishing kits impersonating payroll providers this quarter.",
    false,
  ],
  [
    "Single sign-on cut helpdesk password resets by half and freed IT to focus on real threats.",
    false,
  ],
  ["Insider is a role, not a verdict. Most insiders are simply people doing their jobs.", false],
  ["Lock screens that time out after 60 seconds train people to hate security. Tune them.", false],
  [
    "The weakest link metaphor assumes a chain. Modern security is a mesh, and no single person should carry it.",
    false,
  ],
  [
    "Phishing simulations that trick staff with fake bonus emails damage morale more than they build resilience.",
    false,
  ],
  ["Attackers exploited a zero-day in the file transfer software before any patch existed.", false],
  ["Most data loss our sensors detect is accidental and resolved with a friendly nudge.", false],
  [
    "Our customers' employees flagged a live business email compromise attempt before the filters did.",
    false,
  ],
  ["Managing human risk means giving people time, tools and clear policies.", false],
  ["If a policy needs a 40-page PDF to explain, the policy is the error.", false],
  ["Security culture is built by leaders, not imposed on the workforce.", false],
  ["Your staff aren't careless. They're overloaded. Automate the boring security tasks.", false],
  ["Endpoint detection flagged the attacker's lateral movement within four minutes.", false],
  [
    "User behaviour analytics should look for compromised accounts, not for reasons to distrust colleagues.",
    false,
  ],
  [
    "Human error rates drop sharply when approval workflows include a second pair of eyes by design.",
    false,
  ],
  [
    "Compromised third-party software updates accounted for the largest incidents we responded to.",
    false,
  ],
  ["A clear, blame-free reporting channel is the cheapest control you'll ever deploy.", false],
  [
    "The vendor shipped the appliance with SSH open to the world and a hardcoded admin password.",
    false,
  ],
];

export const FRESH_ZE: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZE_2,
  ...FRESH_ZE_3,
  ...FRESH_ZE_4,
];
