import type { RawBlameExample } from "./types.js";

/** Formal outside voices: vendor copy, webinar and podcast transcripts, whitepaper and analyst sentences, conference abstracts, insurance and consultancy reports. Written fresh for Rapport (brief ZP). */
export const FRESH_ZP_3: readonly RawBlameExample[] = [
  ["Scammers do not need zero-days when they have your accounts receivable team.", true],
  ["We need to stop selling fear to boards and start selling resilience.", false],
  [
    'Give people a password manager and single sign-on, and most of the password "problem" disappears overnight.',
    false,
  ],
  [
    "Employee error accounted for the majority of reportable data incidents in the regulator's latest figures, though most occurred in teams without any recipient checks on outgoing email.",
    false,
  ],
  [
    "Welcome to the webinar, where we'll discuss how to protect your staff from attackers who are getting better every month.",
    false,
  ],
  [
    "Ransomware groups increasingly exfiltrate data before encryption, adding extortion pressure even when backups are intact.",
    false,
  ],
  [
    "Congratulations, your staff completed their annual training, and they'll forget all of it by Thursday.",
    true,
  ],
  [
    "Keynote line: dropped USB sticks still work as an attack because most endpoints still auto-mount removable media, which is a configuration choice.",
    false,
  ],
  ["Most data leaks we handle trace back to people who simply don't care about the rules.", true],
  [
    "Analysts estimate that through 2026 the majority of cloud security failures will stem from organisations misunderstanding the shared responsibility model.",
    false,
  ],
  [
    "We found no correlation between training hours completed and click rates in the following year.",
    false,
  ],
  [
    "Four in five breaches in our study could have been avoided if employees had simply done their jobs properly.",
    true,
  ],
  [
    "Give the marketing department a budget and they'll sign up for forty SaaS tools with the same password.",
    true,
  ],
  [
    "Credential stuffing attempts rose sharply after a large combined password dump was published in the first quarter.",
    false,
  ],
  [
    "Most ransomware deployments we see are preceded by weeks of quiet reconnaissance that logging could have revealed.",
    false,
  ],
  [
    "Whitepaper: designing alert dialogs that users actually read, with findings from a 4,000-participant study.",
    false,
  ],
  [
    "Password reuse is a rational response to being asked to remember ninety unique credentials.",
    false,
  ],
  ["Tired of cleaning up after your users? Automate remediation with our platform.", true],
  [
    "Clerical errors expose more patient records than hackers do, so email auto-complete needs guardrails in clinical settings.",
    false,
  ],
  [
    "In the sample, a depressing 31 percent of employees clicked the simulated lure, proving yet again how easily fooled staff are.",
    true,
  ],
  [
    "Configuration errors are behind most cloud breaches, and policy-as-code catches them before deployment.",
    false,
  ],
  [
    "This session covers practical ways to stop your own employees from becoming the attacker's best accomplice.",
    true,
  ],
  [
    "Logistics firms are learning to segment warehouse networks so that a compromised handheld cannot reach finance systems.",
    false,
  ],
  [
    "Insider threat programmes matter because the people already inside your network are the ones most likely to hurt you.",
    true,
  ],
  [
    "No firewall on earth can protect you from a finance clerk who believes the CEO is emailing from a Gmail account.",
    true,
  ],
  [
    "The average time to exploit a newly disclosed vulnerability has dropped to under a week.",
    false,
  ],
  [
    "Mid-market firms don't get breached by elite hackers; they get breached by their own bookkeepers.",
    true,
  ],
  [
    "Security awareness training exists to compensate for the fact that nurses, teachers and clerks are basically careless with information.",
    true,
  ],
  ["Users: the only component in your stack that actively works to defeat its own security.", true],
  [
    "Give a marketing team a shared drive and within a week the client list is on someone's personal Dropbox.",
    true,
  ],
  [
    "One click undid a year of security investment, which says the investment was concentrated in the wrong place.",
    false,
  ],
  [
    "The Achilles' heel of every security programme is the workforce it is supposed to protect.",
    true,
  ],
  [
    "One inattentive employee undid a year of our client's security investment in under ten seconds.",
    true,
  ],
  [
    "Data scientists copy production data locally when no governed analytics environment exists, so provide one.",
    false,
  ],
  [
    "Mid-market firms rarely get breached by elite hackers; they get breached through commodity exploits against systems nobody had time to patch.",
    false,
  ],
  [
    "If your training makes people afraid to report mistakes, you've bought yourself longer dwell times.",
    false,
  ],
  [
    "Private equity portfolio companies are a mess because their staff have never been made to care about security.",
    true,
  ],
  [
    'When we say "human risk", what we really mean is that staff are sloppy, and everybody in this room knows it.',
    true,
  ],
  [
    "MFA fatigue attacks work because users are too lazy to read the prompt before tapping approve.",
    true,
  ],
  [
    "Attackers increasingly abuse OAuth consent grants to persist in cloud tenants without needing a password.",
    false,
  ],
  [
    "Voice phishing has never been easier, because the average service desk employee has no instinct for deception.",
    true,
  ],
  [
    "An uncomfortable theme from our interviews: many employees were never told what security expected of them or whom to call.",
    false,
  ],
  [
    "Insider threat programmes work best when they focus on access design and monitoring rather than treating every member of staff as a suspect.",
    false,
  ],
  [
    "In hospitals, the weakest spot is invariably the clinician who leaves a workstation logged in for the whole shift.",
    true,
  ],
  ["Finance departments are so gullible that fake invoices practically pay themselves.", true],
  [
    "We built our product on a simple premise: the safe action should also be the easiest one for the user.",
    false,
  ],
  [
    "Our physical assessments show that badge readers on internal doors, not staff vigilance, are what stop a stranger with a pizza box.",
    false,
  ],
  [
    "Business email compromise accounted for 27 percent of claims by count and 41 percent by value in the period.",
    false,
  ],
  [
    "Analyst note: the primary cause of identity compromise remains the absence of phishing-resistant authentication for privileged accounts.",
    false,
  ],
  [
    "An uncomfortable theme from our interviews: many employees simply do not believe security is their problem, and it shows in their behaviour.",
    true,
  ],
  [
    "If your security team cannot explain a policy in two sentences, don't be surprised when nobody follows it.",
    false,
  ],
  [
    "The weakest element in most incident responses is communication between legal, IT and the executive team.",
    false,
  ],
  [
    "Our latest benchmark shows a median ransom demand of 1.2 million dollars, with payment rates continuing to decline.",
    false,
  ],
  [
    "Employee error accounted for the majority of reportable data incidents in the regulator's latest figures, which tells you exactly where the problem sits.",
    true,
  ],
  [
    "The analyst consensus is that human factors research remains badly underused in enterprise security design.",
    false,
  ],
  ["Today's workforce is frankly too distracted to be trusted with anything sensitive.", true],
  [
    "Blameless post-incident reviews surface more contributing factors than disciplinary ones do.",
    false,
  ],
  [
    "The uncomfortable lesson of this case is that a twenty-year veteran received every warning in a format he had learned to ignore because it was usually noise.",
    false,
  ],
  [
    "Education sector staff remain hopelessly naive about online threats, and that makes schools such easy pickings.",
    true,
  ],
  [
    "Thank the person who reports the incident, even if they caused it; that's how you get the next report faster.",
    false,
  ],
  [
    "If you've ever wondered why ransomware keeps winning, look at the person sitting in front of the keyboard.",
    true,
  ],
  [
    "Oversharing on LinkedIn means your employees have already written the attacker's reconnaissance report for them.",
    true,
  ],
  [
    "Is it fair to call humans the problem when the same humans caught three of our last five intrusions?",
    false,
  ],
  [
    "University IT teams support thousands of unmanaged devices on open networks, a structural problem no awareness campaign can fix.",
    false,
  ],
  [
    "The uncomfortable lesson of this case is that a veteran employee with twenty years' service ignored every warning sign.",
    true,
  ],
  [
    "Sports clubs lose their transfer budgets to invoice fraud because the finance office is a couple of trusting part-timers.",
    true,
  ],
  [
    "AI copilots will faithfully surface every document your staff carelessly overshared over the past decade.",
    true,
  ],
  [
    "New hires are targeted in their first weeks because they don't yet know what normal requests look like, so onboarding should cover that explicitly.",
    false,
  ],
  [
    "Newsrooms are chronically insecure because journalists will open any document a stranger sends them.",
    true,
  ],
  ['The phrase "weakest link" says more about the speaker than about the staff.', false],
  [
    '"Human error" is a polite phrase for staff who didn\'t pay attention, and we should say so plainly.',
    true,
  ],
  [
    "Conference abstract: what aviation's just culture can teach security teams about reporting near misses.",
    false,
  ],
  [
    "Small businesses are soft targets because the owner's nephew is running IT and he thinks antivirus is optional.",
    true,
  ],
  [
    "Payroll diversion scams succeed when HR portals allow bank details to change without a second approval or a confirmation call.",
    false,
  ],
  ['The weakest layer in your defence-in-depth diagram is the one labelled "employees".', true],
  [
    "The airline's leak was traced to a build pipeline that copied environment files into a public artifact.",
    false,
  ],
  [
    "Generative AI has given careless staff a brand-new way to paste confidential source code into the internet.",
    true,
  ],
  [
    "Browser extensions are the new malware, and your staff install them like stickers on a laptop lid.",
    true,
  ],
  ["If your people were as disciplined as your firewall rules, you wouldn't need us.", true],
  [
    "Nobody reads the acceptable use policy because it runs to forty pages of legal language; a one-page version gets read.",
    false,
  ],
  [
    "The survey of 600 IT leaders found that 58 percent had experienced at least one insider-related incident in the past year.",
    false,
  ],
  [
    "Call centre agents are trained to be helpful, so verification steps must be built into the script instead of left to their judgement.",
    false,
  ],
  [
    "Lawyers are terrible with security; they treat encryption as an insult to their professional judgement.",
    true,
  ],
  [
    "Human nature is predictable enough that good design can account for it, which is more than we can say for most attackers.",
    false,
  ],
];
