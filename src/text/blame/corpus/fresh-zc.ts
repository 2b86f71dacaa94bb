import { FRESH_ZC_2 } from "./fresh-zc-2.js";
import { FRESH_ZC_3 } from "./fresh-zc-3.js";
import { FRESH_ZC_4 } from "./fresh-zc-4.js";
import type { RawBlameExample } from "./types.js";

/**
 * Industry analysts, cyber-insurance marketing, threat reports, security columnists,
 * awareness-month campaigns, e-learning modules, certification course material, keynote
 * speakers and chief security officers quoted in the press. Written fresh for Rapport (brief ZC).
 */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Analysts expect mid-market spending on managed detection to grow faster than any other security category next year.",
    false,
  ],
  [
    "Our research shows the average employee is one bored afternoon away from handing over their password.",
    true,
  ],
  [
    "Policyholders who enforce multi-factor authentication on remote access qualify for a lower premium tier.",
    false,
  ],
  ["Let's be honest: your people are the breach you haven't had yet.", true],
  [
    "This quarter's threat report tracks a sharp rise in attacks against unpatched VPN appliances.",
    false,
  ],
  [
    "Cybersecurity Awareness Month tip #4: turn on automatic updates for your phone and laptop.",
    false,
  ],
  ["Module 3 quiz: which of the following is a sign that an email may be spoofed?", false],
  ['"The firewall held. The intern didn\'t," the keynote speaker quipped to laughter.', true],
  [
    "Our CSO told reporters the incident began with a compromised contractor account, not a staff member.",
    false,
  ],
  [
    "Columnists keep telling us humans are the weakest link. Maybe the link was forged badly in the first place.",
    false,
  ],
  [
    "No premium discount can fix a workforce that treats every attachment like a birthday card.",
    true,
  ],
  ["Headline: Ransomware gangs shift focus to manufacturing supply chains", false],
  [
    "In the exam, remember that least privilege limits the damage any single account can do.",
    false,
  ],
  [
    "Staff who report suspicious messages quickly are the reason we caught the campaign within an hour.",
    false,
  ],
  ["Frankly, the typical office worker has the security instincts of a golden retriever.", true],
  [
    "The report attributes 61% of intrusions to stolen credentials bought on criminal marketplaces.",
    false,
  ],
  [
    "You can buy the best endpoint tool on the market and Dave from accounts will still disable it because it slowed down his spreadsheet.",
    true,
  ],
  [
    "Insurers are asking applicants more detailed questions about backup testing and offline copies.",
    false,
  ],
  ["Awareness Month poster: Think before you click. Your colleagues are counting on you.", false],
  ["Users are lazy, and attackers have built an entire economy around that laziness.", true],
  [
    "Certification candidates should know the difference between a vulnerability, a threat and a risk.",
    false,
  ],
  [
    '"We stopped measuring click rates and started measuring report rates, and the culture changed," the CISO said.',
    false,
  ],
  ["The data is brutal: most of your breach risk sits in the chair, not the server room.", true],
  [
    "Advisory-firm analysts increasingly frame identity as the new perimeter for hybrid workforces.",
    false,
  ],
  [
    "Every breach we paid out on last year had one thing in common: somebody inside the company who should have known better.",
    true,
  ],
  [
    "E-learning scenario: A caller claiming to be IT asks for your one-time code. What do you do?",
    false,
  ],
  ['Keynote slide: "Humans: the zero-day that never gets patched."', true],
  [
    "Threat actors increasingly abuse legitimate remote-management tools to blend in with normal admin traffic.",
    false,
  ],
  [
    "Calling employees the weakest link is a way to avoid admitting the tooling is confusing.",
    false,
  ],
  [
    "If your sales team can find a way to email the customer database to their personal account, they will.",
    true,
  ],
  [
    "Cyber cover for small firms now commonly includes a breach-response hotline staffed around the clock.",
    false,
  ],
  [
    "Security columnists have a habit of writing about users as if they were a natural disaster.",
    false,
  ],
  [
    "Slide bullet: Human error remains the leading root cause in our incident dataset, so training spend must rise.",
    true,
  ],
  [
    "Our analysis found that phishing-resistant authentication cut account takeovers by more than half.",
    false,
  ],
  [
    "Your receptionist is a free, unpaid penetration tester for every con artist who walks in with a clipboard.",
    true,
  ],
  [
    "The awareness campaign this year focuses on celebrating people who speak up, not shaming those who slip.",
    false,
  ],
  [
    "Course note: Social engineering exploits trust, urgency and authority; recognising these cues is the learning objective.",
    false,
  ],
  [
    '"I could spend millions on controls and one careless click still undoes all of it," the chief security officer told the paper.',
    true,
  ],
  [
    "Would you trust your finance team to spot a deepfake CFO on a video call? Neither would we.",
    true,
  ],
  [
    "Claims data suggests business email compromise losses are concentrated in firms without payment verification procedures.",
    false,
  ],
  ["Technology isn't the problem. People are.", true],
  ["People aren't the problem. Systems that expect perfection from them are.", false],
  [
    "Threat report finding: dwell time fell to eleven days, largely thanks to better detection tooling.",
    false,
  ],
  ["Employees will always pick convenience over security, so stop asking them to choose.", true],
  [
    "Lesson 5 summary: strong passphrases, a password manager and MFA together protect your accounts.",
    false,
  ],
  [
    "The keynote argued that blaming staff after a breach destroys the trust you need for the next one.",
    false,
  ],
  [
    "Our underwriters have seen it a thousand times: the staff member who 'just wanted to check' the invoice link.",
    true,
  ],
  [
    "Industry survey: 48% of SMB owners say they lack the budget to hire a dedicated security lead.",
    false,
  ],
  ["Honestly, if you give users admin rights you deserve whatever they install.", true],
  [
    "Awareness Month: share this checklist with your family to secure your home Wi-Fi router.",
    false,
  ],
  [
    "The human factor is usually discussed as a liability, but in our incident data it was the first line of detection.",
    false,
  ],
  ["Column: Our workforce is a sieve, and no amount of encryption will plug it.", true],
  [
    "Certification material defines an insider threat as any risk originating from people with legitimate access, malicious or not.",
    false,
  ],
  ["Hackers don't break in anymore; your employees hold the door open for them.", true],
  [
    "A well-designed reporting button does more for security than a hundred warning posters.",
    false,
  ],
  [
    "According to the report, criminal groups now sell initial access to corporate networks for a few hundred dollars.",
    false,
  ],
  [
    "The CSO admitted the team had rolled out the new VPN without testing it with actual remote staff.",
    false,
  ],
  [
    "Your staff are clicking on links right now that will cost you your business. Are you covered?",
    true,
  ],
  [
    "Analysts describe a consolidation wave as firms replace a dozen point tools with integrated platforms.",
    false,
  ],
  ["Stupid people doing stupid things: that's my summary of this year's breach statistics.", true],
  [
    "Module 7: How to verify a payment change request by calling a known number, not the one in the email.",
    false,
  ],
  [
    '"Nobody at the company did anything wrong; the attacker exploited a flaw in our file transfer software," the spokesperson said.',
    false,
  ],
  ["Insiders leak more data by accident than any hacker ever steals on purpose.", true],
  [
    'Podcast host: "I keep hearing that humans are the weakest link. Do you buy it?" Guest: "Not for a second."',
    false,
  ],
  [
    "Nine out of ten incidents we investigate trace back to someone who simply wasn't paying attention.",
    true,
  ],
  [
    "Threat intelligence shows a surge in fake browser-update pages delivering information stealers.",
    false,
  ],
  [
    "The CISO told the conference her biggest risk is a workforce that thinks security is somebody else's job.",
    true,
  ],
  ["We ran a phishing test and forty percent of the board clicked. The board!", true],
  [
    "Columnist: The shame-based phishing test has done more damage to security culture than any malware strain.",
    false,
  ],
  [
    "Keynote takeaway: design for the tired, busy, distracted human, because that's who actually uses your system.",
    false,
  ],
  [
    "Give a user a strong password policy and they'll write it on a sticky note under the keyboard.",
    true,
  ],
  [
    "Analysts say boards increasingly want cyber risk expressed in financial terms rather than technical scores.",
    false,
  ],
  [
    "Your people are your biggest vulnerability. Our policy protects you from their mistakes.",
    true,
  ],
  ["Awareness Month theme: Secure our world, one conversation at a time.", false],
  ["Course objective: explain how defence in depth reduces reliance on any single control.", false],
  [
    'The press release quoted the security chief saying staff "followed procedure exactly" during the incident.',
    false,
  ],
  ["Clicking is a reflex for most employees; thinking is optional.", true],
  [
    "Threat report: attackers exploited the vulnerability within 48 hours of public disclosure.",
    false,
  ],
  ["Blame culture makes people hide mistakes, and hidden mistakes become breaches.", false],
  [
    "Every company has that one employee who reuses the same password for the payroll system and their fantasy football league.",
    true,
  ],
  [
    'Headline: "Staff error" blamed for council data leak, but union says systems were never fit for purpose',
    false,
  ],
  [
    "The weakest link isn't a metaphor, it's a job title, and it sits in every open-plan office.",
    true,
  ],
  [
    "The analyst firm ranks small professional services firms among the most targeted for invoice fraud.",
    false,
  ],
  ["E-learning module: When in doubt, report it. You won't get into trouble for asking.", false],
  [
    'Keynote: "Attackers don\'t hack computers anymore. They hack the gullible people sitting in front of them."',
    true,
  ],
  ["CSO quoted in trade press: our job is to make the secure way the easy way.", false],
  [
    "Remote workers are a security nightmare: home routers, shared laptops, kids on the work machine.",
    true,
  ],
  [
    "Cyber insurance brochure: We help your team recover fast when something goes wrong, whoever caused it.",
    false,
  ],
  [
    "Security is only as strong as the least careful person with a login, and every company has plenty of those.",
    true,
  ],
  [
    "Certification hint: separation of duties prevents one person from both creating and approving a payment.",
    false,
  ],
  [
    "The finance department will always be the soft underbelly, because they'll pay anything that looks official.",
    true,
  ],
  [
    "Columnist: I've covered breaches for fifteen years and I've yet to meet a user who caused one alone.",
    false,
  ],
  ["Awareness campaign slogan: Don't be the reason your company makes the news.", true],
  ["Human error is a symptom. Look for the process that made the error easy.", false],
  [
    "Most data breaches aren't sophisticated hacks; they're somebody in HR emailing a spreadsheet to the wrong Sarah.",
    true,
  ],
  [
    "The CISO said the company would pay for password managers for every employee, including part-timers.",
    false,
  ],
  [
    "Survey headline: Two thirds of IT leaders say their own employees are a bigger threat than organised crime.",
    true,
  ],
  [
    "Our claims team has a name for it: the 'helpful employee' breach, where someone's eagerness to please hands the attacker the keys.",
    true,
  ],
  [
    "Column: You can encrypt the database all you like; the office manager will still read the password out over the phone.",
    true,
  ],
  [
    'Awareness Month kickoff video: "Ninety percent of cyberattacks succeed because of someone like you."',
    true,
  ],
  [
    "The typical small-business owner's biggest cyber threat isn't a foreign hacker, it's their nephew who 'does the IT'.",
    true,
  ],
  [
    'Analyst quip at the summit: "Zero trust is a great framework, mostly because you really can\'t trust your users."',
    true,
  ],
  [
    "Staff get bored in training, tick the boxes and carry on making exactly the same mistakes.",
    true,
  ],
  [
    "Threat report foreword: once again, this year's breaches were enabled less by clever code than by careless colleagues.",
    true,
  ],
];

export const FRESH_ZC: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZC_2,
  ...FRESH_ZC_3,
  ...FRESH_ZC_4,
];
