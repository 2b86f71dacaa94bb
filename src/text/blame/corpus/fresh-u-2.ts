import type { RawBlameExample } from "./types.js";

/** Part 2 of 4 of FRESH_U; see fresh-u.ts. */
export const FRESH_U_2: readonly RawBlameExample[] = [
  [
    "Study reveals one in four office workers would hand over their password for a chocolate bar.",
    true,
  ],
  [
    "Report finds staff who are given clear reporting channels flag phishing three times faster.",
    false,
  ],
  ["Firm appoints new chief technology officer to lead product strategy.", false],
  [
    "Survey: IT leaders say insiders are a greater danger to their firms than foreign hackers.",
    true,
  ],
  ["Partnership brings passkey support to thousands of small business accounts.", false],
  [
    "Research finds complex password rules drive employees to write credentials on sticky notes.",
    false,
  ],
  [
    "Annual report: malicious insiders cost organisations an average of several million per incident.",
    true,
  ],
  ["Company wins industry award for its employee-led security champions programme.", false],
  [
    "New whitepaper reveals that the average employee clicks on a malicious link at least once a quarter.",
    true,
  ],
  ["Vendor releases open-source tool for detecting misconfigured cloud storage buckets.", false],
  [
    "Survey finds security teams overwhelmed by alert volumes, with most alerts never investigated.",
    false,
  ],
  [
    "Research shows the human element is involved in the majority of breaches, underscoring the need for behavioural controls.",
    true,
  ],
  [
    "Study shows workload pressure, not ignorance, drives risky shortcuts among hospital staff.",
    false,
  ],
  [
    "Launch of new platform to identify and contain your riskiest people before they cause a breach.",
    true,
  ],
  ["Company expands threat intelligence team with hires from law enforcement.", false],
  ["Data shows small firms lose more to invoice fraud than to ransomware.", false],
  [
    "Findings suggest users are the chink in the armour for four out of five companies surveyed.",
    true,
  ],
  ["Users of the affected router firmware are advised to update immediately.", false],
  ["Survey of 2,000 workers finds most were never told how to report a suspicious email.", false],
  [
    "Report: employees who feel blamed after a phishing test are less likely to report real attacks.",
    false,
  ],
  ["Analysts warn that staff sloppiness is fuelling a surge in cloud data exposures.", true],
  [
    "Vendor study finds most insider incidents are accidental, driven by poorly labelled data and confusing sharing settings.",
    false,
  ],
  [
    "Firm releases guidance urging organisations to stop treating their workers as the enemy.",
    false,
  ],
  ["New index ranks industries by how easily their employees are fooled by phishing.", true],
  ["Company achieves ISO 27001 certification for its managed service operations.", false],
  [
    "Research reveals that humans, not technology, are now the soft underbelly of enterprise security.",
    true,
  ],
  ["Report shows phishing remains the leading initial access vector for ransomware groups.", false],
  ["Security provider warns complacent staff are handing criminals the keys to the kingdom.", true],
  ["Company launches programme giving employees paid time to complete security training.", false],
  ["Findings: overconfident employees are more dangerous to a business than untrained ones.", true],
  ["New research links frequent password expiry policies to weaker passwords overall.", false],
  [
    "Human risk management platform now flags the top ten percent of risky users to their managers.",
    true,
  ],
  ["Partnership aims to make security tools accessible to users with visual impairments.", false],
  [
    "Research suggests deepfake voice scams are now convincing enough to fool trained finance professionals.",
    false,
  ],
  [
    "Study: attackers increasingly exploit help desk password reset procedures rather than technical flaws.",
    false,
  ],
  [
    "Vendor report finds remote staff are three times more careless with company data than office-based colleagues.",
    true,
  ],
  ["Government-backed scheme offers subsidised security audits to small manufacturers.", false],
  [
    "Our annual benchmark shows the gap between clicked links and reported links is narrowing.",
    false,
  ],
  [
    "The data is clear: employees remain the most exploited vulnerability in any organisation.",
    true,
  ],
  [
    "Survey finds 40% of employees admit sharing passwords with colleagues, exposing firms to entirely avoidable risk.",
    true,
  ],
  [
    "Survey finds staff share passwords mainly because shared accounts are the only way to get their work done.",
    false,
  ],
  ["New product release adds behavioural analytics to detect compromised accounts.", false],
  [
    "Report finds phishing-resistant authentication cut account takeovers by over ninety percent.",
    false,
  ],
  [
    "Firm's research finds nearly every successful attack it investigated began with someone not paying attention.",
    true,
  ],
  ["Company publishes its first transparency report on government data requests.", false],
  [
    "We surveyed 500 employees about what makes security policies hard to follow; the answers point squarely at policy design.",
    false,
  ],
  [
    "Employee onboarding now includes a fifteen-minute security welcome instead of a forty-page policy, the company announced.",
    false,
  ],
  [
    "Insider risk programmes work best when they focus on offboarding and access reviews rather than suspicion, our guide finds.",
    false,
  ],
  [
    "Press release: new study names untrained employees as the number one cyber threat facing SMEs.",
    true,
  ],
  [
    "Research shows small firms whose owners take part in security training see higher uptake among staff.",
    false,
  ],
  ["Your users are the unlocked back door. We bolt it shut.", true],
  ["The insider you hired last month could be the breach you announce next month.", true],
  ["Human nature is the exploit. Our controls are the patch.", true],
  ["Reduce user-caused incidents by removing users from the decision entirely.", true],
  [
    "Press release: study finds employee carelessness behind nearly half of lost laptops and leaked files.",
    true,
  ],
  ["Company introduces new tier for charities and schools at half the standard price.", false],
  [
    "Finding 3: the majority of confirmed breaches involved a non-malicious human action such as a click or a misdirected email.",
    true,
  ],
  [
    "Organisations with blameless incident reviews detected phishing campaigns faster than those that disciplined the staff involved.",
    false,
  ],
  [
    "Key finding: sloppy administrators, not hackers, were behind most of the cloud data exposures we recorded this year.",
    true,
  ],
  [
    "Respondents cited lack of budget as the main obstacle to improving their security posture.",
    false,
  ],
  [
    "Our telemetry shows credential phishing kits can now relay SMS codes to attackers in real time.",
    false,
  ],
  [
    "In 68% of incidents, the root cause was an employee ignoring a policy they had already been trained on.",
    true,
  ],
  [
    "In most incidents we reviewed, the policy staff were blamed for breaking was impossible to follow in practice.",
    false,
  ],
  [
    "Employees in organisations with short, clear policies were twice as likely to report a suspected incident.",
    false,
  ],
  [
    "Finance and HR teams were the most frequently targeted departments, reflecting their access to payments and personal data.",
    false,
  ],
  [
    "Across sectors, users in finance showed the poorest judgement when faced with urgent payment requests.",
    true,
  ],
  [
    "Small businesses reported average recovery costs of several thousand pounds per incident.",
    false,
  ],
  [
    "Our survey suggests that employees simply cannot be relied on to protect sensitive data.",
    true,
  ],
  [
    "Most users who fell for the simulated lure were on mobile devices, where sender details are hidden by default.",
    false,
  ],
  [
    "Ransomware operators increasingly go after backup systems before encrypting anything else.",
    false,
  ],
  [
    "The report concludes that people remain the soft target, and technology investment will be wasted until their behaviour changes.",
    true,
  ],
  [
    "Incidents caused by negligent insiders outnumbered those caused by external attackers two to one.",
    true,
  ],
  [
    "Organisations that involved front-line staff in designing security processes saw markedly higher compliance.",
    false,
  ],
  [
    "Over half of respondents said security tools slowed their work enough that they looked for workarounds.",
    false,
  ],
  [
    "User ignorance accounted for the single largest share of the data protection complaints we analysed.",
    true,
  ],
  [
    "Human factors researchers found warning fatigue, not indifference, behind most ignored security alerts.",
    false,
  ],
  ["More than a third of the breaches studied began with a stolen or guessed password.", false],
  [
    "More than a third of the breaches studied began with somebody lazily recycling a password from a personal account.",
    true,
  ],
  [
    "Insider incidents rose this year, but most were traced to over-broad access rights granted by default.",
    false,
  ],
  [
    "Our analysis found the weakest component was consistently an outdated remote access appliance, not the people using it.",
    false,
  ],
  [
    "Respondents rated their own employees as the number one threat to company data, ahead of organised crime.",
    true,
  ],
  ["Only one in five SMEs had tested restoring from backup in the past twelve months.", false],
  [
    "Click rates fell by half when simulated phishing was paired with immediate, friendly feedback.",
    false,
  ],
  [
    "The data shows no amount of awareness spending makes a dent in how gullible the average workforce is.",
    true,
  ],
  [
    "Organisations rated security culture a top priority but allocated less than five percent of budget to it.",
    false,
  ],
  [
    "Third-party suppliers were involved in a growing share of the incidents reported to us.",
    false,
  ],
  [
    "Misdirected emails and other staff errors were the leading cause of personal data breaches in the health sector.",
    true,
  ],
  [
    "A typical user faces dozens of security prompts a day, a volume researchers say makes careful reading impossible.",
    false,
  ],
  [
    "Eight in ten data leaks we investigated could be traced to an employee who simply couldn't be bothered to follow procedure.",
    true,
  ],
  [
    "Firms that replaced annual training with short monthly refreshers saw fewer repeat incidents.",
    false,
  ],
  [
    "Business email compromise losses now exceed those from ransomware in several of the markets we track.",
    false,
  ],
  [
    "The typical breach begins with a bored person at a desk doing something they were told a dozen times not to do.",
    true,
  ],
  [
    "Response times improved most where the security team was embedded alongside the business rather than in a separate building.",
    false,
  ],
  [
    "Nearly half of human-initiated incidents occurred outside normal working hours, when staff were under deadline pressure.",
    false,
  ],
  [
    "Time and again, the common thread in these breaches is an end user who treats security as someone else's job.",
    true,
  ],
  [
    "Help desks that verified callers with a second channel stopped nearly all impersonation attempts.",
    false,
  ],
  [
    "Across the sample, insiders were the cause of more lost records than every external attacker combined.",
    true,
  ],
  [
    "Reported suspicious emails per thousand staff rose steadily after the one-click report button was introduced.",
    false,
  ],
  [
    "Respondents who described their colleagues as 'careless' were more likely to work in organisations with no reporting channel.",
    false,
  ],
  [
    "Organisations that enforced hardware security keys recorded no successful credential phishing during the study period.",
    false,
  ],
  [
    "User-reported phishing caught a threat before the filters did in roughly one in ten cases.",
    false,
  ],
  [
    "Unintentional insider actions remain the costliest category of incident for organisations under 250 staff.",
    true,
  ],
  ["Employee blunder exposes thousands of patient records at regional trust", true],
  ["Council fined after emailing residents' data to the wrong recipients", false],
  ["Why your employees are still falling for the oldest trick in the book", true],
  ["Ransomware gang claims attack on regional logistics firm", false],
  ["Clueless workers are the hacker's best friend, warns security chief", true],
  ["Experts: stop calling staff the weakest link and start fixing broken processes", false],
  ["Phishing emails now mimic internal HR announcements with startling accuracy", false],
  ["The enemy within: how careless insiders leak more data than hackers ever steal", true],
];
