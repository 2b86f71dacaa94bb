import type { RawBlameExample } from "./types.js";

/** Part 2 of 3 of FRESH_Y; see fresh-y.ts. */
export const FRESH_Y_2: readonly RawBlameExample[] = [
  [
    "Error messages in the sign-in dialog should explain clearly what went wrong and how to fix it.",
    false,
  ],
  ["Awareness posters should celebrate good reporting rather than shame mistakes.", false],
  [
    "A user-centred password policy favours long passphrases and a password manager over complexity rules.",
    false,
  ],
  [
    "The employee who emails a spreadsheet to the wrong address does more damage than most hackers ever will.",
    true,
  ],
  ["In most firms the accounts clerk is the attacker's best friend.", true],
  [
    "Managers who forward confidential documents to personal accounts are the source of most of our leaks.",
    true,
  ],
  [
    "Officials who leave laptops on trains remain a persistent source of embarrassment and compromise for departments.",
    true,
  ],
  [
    "Agencies must assume that a proportion of their workforce will disclose credentials to anyone who asks convincingly.",
    true,
  ],
  [
    "The error-prone nature of human operators means they should be removed from security decisions wherever possible.",
    true,
  ],
  [
    "Guidance recommends that organisations design systems so that the secure option is also the easiest option.",
    false,
  ],
  ["Data should be classified according to its sensitivity and handled accordingly.", false],
  [
    "Human error accounts for the majority of personal data breaches notified to this office each year.",
    true,
  ],
  [
    "Users must be informed about how their personal data is processed, in line with transparency obligations.",
    false,
  ],
  [
    "If users routinely bypass a control, the control is probably unworkable and should be redesigned.",
    false,
  ],
  ["Risk assessments should be reviewed at least annually or after significant change.", false],
  [
    "This paper models the employee as the most unpredictable and least controllable element of the security system.",
    true,
  ],
  [
    "The abstract presents a taxonomy of ransomware extortion techniques observed between two recent years.",
    false,
  ],
  [
    "Any member of staff may be the weak spot an attacker is looking for, so assume that they are.",
    true,
  ],
  [
    "Employees who ignore security guidance put the entire organisation at risk and will be treated accordingly.",
    true,
  ],
  ["Cloned voices have been used to impersonate senior executives on phone calls.", false],
  [
    "Most staff want to do the right thing; our job is to make the right thing the easy thing.",
    false,
  ],
  [
    "Employees cannot be expected to memorise dozens of unique passwords, so the firm will provide a password manager.",
    false,
  ],
  ["Logs should be retained long enough to support incident investigation.", false],
  [
    "Most ransomware attacks on small firms begin through exposed remote desktop services with weak configuration.",
    false,
  ],
  [
    "We show that users consistently fail to recognise phishing cues even after repeated training, indicating an intrinsic susceptibility.",
    true,
  ],
  [
    "Nobody should feel embarrassed about reporting a suspicious message; false alarms are welcome.",
    false,
  ],
  [
    "Interview data suggest that workers often invent informal workarounds to cope with security rules that block their primary tasks.",
    false,
  ],
  [
    "The employee who spotted the anomaly in the payment run prevented a loss of several hundred thousand pounds.",
    false,
  ],
  [
    "Security usability research has shown that warnings are more effective when they are rare and specific.",
    false,
  ],
  ["Our own insiders are the threat we are least prepared for.", true],
  [
    "Senior management is accountable for providing adequate resources for information security.",
    false,
  ],
  [
    "Privileged users represent an inherent threat, and their every action should be logged and reviewed.",
    true,
  ],
  [
    "A firewall filters traffic according to rules that define which connections are permitted.",
    false,
  ],
  [
    "This policy applies to all staff, contractors and volunteers who handle information belonging to the firm.",
    false,
  ],
  ["The insider threat programme exists because every staff member is a potential leak.", true],
  [
    "Calling staff the weakest link obscures the role of badly designed software in most incidents.",
    false,
  ],
  ["Inattentive users are a gift to attackers.", true],
  ["Errors by personnel, not attackers, caused most of the outages recorded in this audit.", true],
  [
    "The principle of least privilege limits the damage any single compromised account can cause.",
    false,
  ],
  [
    "Screen 7 of 10: Which of these signs suggests an email may not be genuine? Select all that apply.",
    false,
  ],
  [
    "Most incidents reported to the centre could have been prevented had employees simply followed basic security instructions.",
    true,
  ],
  [
    "Attackers exploited a vulnerability in an internet-facing file transfer appliance to gain initial access.",
    false,
  ],
  [
    "Our analysis attributes 88 per cent of incidents to employee mistakes, confirming that people remain the primary weakness.",
    true,
  ],
  [
    "Criminals use stolen credentials purchased from earlier breaches to attempt logins across many services.",
    false,
  ],
  [
    "Security controls must be designed around the real working practices of users, not idealised behaviour.",
    false,
  ],
  [
    "We evaluate three anomaly detection algorithms on network flow data from a university campus.",
    false,
  ],
  [
    "Carelessness by personnel handling sensitive records continues to be the leading contributor to reportable incidents.",
    true,
  ],
  [
    "Human vigilance is a limited resource, so systems should not depend on people spotting every malicious email.",
    false,
  ],
  [
    "The error rate in data entry fell sharply after the form was redesigned with validation checks.",
    false,
  ],
  [
    "Human error is an outcome, not a cause; investigators should ask why the action made sense at the time.",
    false,
  ],
  [
    "The employee in question acted on a request that appeared to come from the chief executive; the process lacked any verification step.",
    false,
  ],
  ["Hackers don't break in, they log in, using the passwords YOU gave away.", true],
  [
    "No amount of encryption can protect an organisation whose staff write their passwords on sticky notes.",
    true,
  ],
  [
    "Commodity malware is often delivered through malicious advertising on legitimate websites.",
    false,
  ],
  [
    "Unintentional insider actions, such as misdirected emails, are the leading source of reportable breaches.",
    true,
  ],
  [
    "Relying on users to detect threats is naive; they have shown time and again that they cannot.",
    true,
  ],
  [
    "Patching known vulnerabilities within fourteen days substantially reduces exposure to opportunistic attacks.",
    false,
  ],
  ["Most insider incidents stem from staff who simply do not care about the rules.", true],
  [
    "Give users a choice between security and convenience and they will pick convenience every time.",
    true,
  ],
  [
    "Teams that trust their security department are more likely to ask for help before acting.",
    false,
  ],
  [
    "Human oversight of automated decision-making is required for high-risk systems under the regulation.",
    false,
  ],
  [
    "Carelessness costs. The last incident here began with someone who did not lock their screen.",
    true,
  ],
  [
    "The costs of a breach include investigation, notification, legal fees and lost business.",
    false,
  ],
  ["Insider negligence costs organisations more than all external attacks combined.", true],
  [
    "Even well-paid professionals will hand their credentials to a convincing stranger on the phone.",
    true,
  ],
  [
    "Rogue insiders must be identified before they strike, through continuous behavioural monitoring of all staff.",
    true,
  ],
  [
    "The regulation requires notification of a personal data breach within seventy-two hours where feasible.",
    false,
  ],
  [
    "If you receive a call asking for your login details, hang up and ring the service desk on the published number.",
    false,
  ],
  ["Lecture 4: why users are the root cause of most security failures.", true],
  ["Clear procedures for verifying changes to supplier bank details reduce invoice fraud.", false],
  ["Human gullibility is the vulnerability behind almost every successful fraud.", true],
  [
    "Insiders with grudges are the most dangerous adversaries an organisation will ever face.",
    true,
  ],
  [
    "A cyber incident response plan should be tested through exercises at least once a year.",
    false,
  ],
  [
    "Research suggests that the so-called human weakness in security is largely a product of unusable systems.",
    false,
  ],
  [
    "Participants' complacency and overconfidence were found to be the key cause of successful attacks in the simulation.",
    true,
  ],
  [
    "Investment in staff training should be accompanied by investment in usable tools and clear processes.",
    false,
  ],
  ["The error budget for the service was exhausted by a faulty deployment pipeline.", false],
  [
    "Human beings are inherently gullible, which is precisely why phishing remains so effective.",
    true,
  ],
  ["Well-designed processes make it easy for staff to verify unusual payment requests.", false],
  ["Our employees are our biggest liability when it comes to cyber security.", true],
  [
    "The certification scheme covers five basic technical controls suitable for small organisations.",
    false,
  ],
  [
    "The employee assistance programme is available to all staff affected by the recent incident.",
    false,
  ],
  ["Don't be the weak link! One careless click from you could bring down the whole company.", true],
  [
    "The handbook warns that staff who fall for scams will be held accountable for the resulting losses.",
    true,
  ],
  ["The weak point in every defence is the person who can be talked into opening it.", true],
  [
    "Insiders pose a greater threat to agency networks than external adversaries because they already hold trusted access.",
    true,
  ],
  ["Human weakness is the one constant every social engineer can rely on.", true],
  [
    "The organisation had provided no training at all, leaving staff to guess what was expected of them.",
    false,
  ],
  ["Security teams spend most of their working week cleaning up after users.", true],
  [
    "Errors in the firewall rule set let the traffic through, and a peer review step has now been introduced for all changes.",
    false,
  ],
  [
    "Given the persistent failure of users to follow instructions, removable media has been disabled across the organisation.",
    true,
  ],
  ["Supplier contracts should specify security requirements and the right to audit.", false],
  ["Security budgets in small firms rarely exceed a few per cent of total IT spending.", false],
  [
    "Users reported the outage within minutes, allowing the team to contain the incident quickly.",
    false,
  ],
  ["This module takes about ten minutes and can be paused at any time.", false],
  [
    "Employees working from home should connect through the company VPN when accessing internal systems.",
    false,
  ],
  [
    "End users remain incapable of spotting even crude phishing attempts, according to our simulation results.",
    true,
  ],
  [
    "Our phishing simulations are a learning tool; no employee will be disciplined for clicking a test link.",
    false,
  ],
  [
    "Colleagues who questioned the unusual transfer request saved the company from a significant loss.",
    false,
  ],
  [
    "Security is only as strong as its weakest link, and that link is almost always the person using the system.",
    true,
  ],
  [
    "In practice, the most vulnerable component of any computer system is the one sitting in front of the screen.",
    true,
  ],
  [
    "Employees are our eyes and ears; thank you to everyone who reported the fake invoice last month.",
    false,
  ],
  ["Treat users as allies and explain the reasons behind each rule.", false],
  [
    "Nine out of ten breaches here trace back to somebody on the payroll doing something foolish.",
    true,
  ],
  [
    "Ignorance among end users about basic threats is the root of most compromises we investigate.",
    true,
  ],
  [
    "Requests for exceptions to this policy should be submitted to the security team with a business justification.",
    false,
  ],
  ["Passwords should be long, unique and stored in a password manager.", false],
  [
    "Students should remember that technology rarely fails; it is people who open the door to attackers.",
    true,
  ],
  [
    "Employee naivety about online fraud is the single largest exposure on the risk register.",
    true,
  ],
  [
    "Insider threat detection tools raise serious privacy questions that should be weighed before deployment.",
    false,
  ],
  [
    "Confidential documents must be disposed of using the locked shredding bins provided on each floor.",
    false,
  ],
  [
    "This study finds that security fatigue arises from excessive and inconsistent demands placed on staff by their organisations.",
    false,
  ],
  ["Human-centred security treats employees as partners in protecting the organisation.", false],
  ["Employees are generally the least secure component of the network.", true],
  [
    "Employees should be consulted when security policies are drafted, so that the rules fit the work.",
    false,
  ],
  [
    "Good security design anticipates that people will occasionally slip and makes recovery easy.",
    false,
  ],
  ["Most users cannot be taught; they can only be constrained.", true],
  ["Phishing emails often create a sense of urgency or impersonate a trusted sender.", false],
  [
    "The incident was caused by a misconfigured storage bucket created by an automated deployment script.",
    false,
  ],
  [
    "The responsibility for secure configuration lies with the supplier and the IT function, not with the people using the device.",
    false,
  ],
];
