import type { RawBlameExample } from "./types.js";

/**
 * Batch U, part 2: industry report findings, news headlines, trade press sentences and
 * conference talk titles and abstracts. Written fresh for Rapport (brief U).
 */
export const FRESH_U_2: readonly RawBlameExample[] = [
  // Industry report findings
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

  // News headlines and trade press
  ["Employee blunder exposes thousands of patient records at regional trust", true],
  ["Council fined after emailing residents' data to the wrong recipients", false],
  ["Why your employees are still falling for the oldest trick in the book", true],
  ["Ransomware gang claims attack on regional logistics firm", false],
  ["Clueless workers are the hacker's best friend, warns security chief", true],
  ["Experts: stop calling staff the weakest link and start fixing broken processes", false],
  ["Phishing emails now mimic internal HR announcements with startling accuracy", false],
  ["The enemy within: how careless insiders leak more data than hackers ever steal", true],
  ["Human error blamed for airport IT outage, but engineers point to missing safeguards", false],
  ["Employees at fault in majority of data breaches, report says", true],
  ["Security teams struggle to hire as analyst salaries keep climbing", false],
  ["Scammers use AI-cloned voices to impersonate bosses in payment fraud", false],
  ["Your users think they're too smart to get phished. They're wrong.", true],
  ["Users reject clunky MFA apps, pushing firms towards passkeys", false],
  ["Opinion: the 'dumb user' myth is holding our industry back", false],
  [
    "Dozing staff and sticky-note passwords: inside the breach that shut down a school network",
    true,
  ],
  ["Regulator issues new guidance on reporting cyber incidents within 72 hours", false],
  ["Trade body urges members to treat staff as partners in security, not suspects", false],
  ["Office workers' shocking online habits are a gift to cybercriminals, survey finds", true],
  ["Human risk scores: useful insight or workplace surveillance?", false],
  ["Forget hackers: the real danger is the bitter employee who still has admin rights", true],
  ["Weak links everywhere: why employees remain the cheapest way into any company", true],
  ["Hospital trust rolls out password manager to all clinical staff", false],
  ["Analysis: blaming employees for phishing makes the next attack more likely", false],
  ["Supply chain attack hits software used by thousands of accountancy practices", false],
  ["Most breaches are self-inflicted, and the culprit is sitting in your open-plan office", true],
  ["Small firms 'far too trusting' of emails that appear to come from the boss", true],
  ["Column: users aren't stupid, security is badly designed", false],
  ["Cyber criminals pivot to QR code phishing as email filters improve", false],
  ["It only takes one idiot: trade association warns members over staff-driven breaches", true],
  ["Employee wellbeing and security: why burnout leads to mistakes", false],
  ["Why your team's complacency is a criminal's dream come true", true],
  ["Government launches cyber skills bootcamp for career changers", false],
  ["Employees working from kitchen tables blamed for spike in leaked documents", true],
  ["Interview: 'We stopped punishing clicks and our reports tripled'", false],
  ["Lazy password habits leave manufacturers wide open, says industry group", true],
  ["Attackers exploited an unpatched file transfer server, investigators say", false],
  ["The human factor: why the person at the keyboard is still the biggest risk", true],
  ["Feature: inside the SOC where analysts treat every staff report as a gift", false],
  ["Retailers' seasonal temps are a hacker's easiest way in, analysts warn", true],
  ["Security leaders say the skills gap, not staff behaviour, is their top concern", false],
  ["Why 'users are the problem' marketing is losing its grip on buyers", false],
  ["Phishing-as-a-service kits now sold for less than the price of a pizza", false],
  ["Your employees are the reason you got hacked, and it's time someone said it out loud", true],
  ["Human error: the inconvenient truth behind most cyber incidents", true],
  ["Small firms lack basic controls like MFA, government audit finds", false],
  ["Column: the best security teams I know never say 'stupid user'", false],
  ["Insider negligence is quietly bankrupting small businesses, experts say", true],
  ["Nine out of ten cyber incidents start with someone who should have known better", true],
  ["Software maker patches critical flaw in widely used VPN product", false],
  ["Careless clicking by office users costs economy billions, study claims", true],
  ["Law firms urged to adopt verification calls before changing client bank details", false],
  [
    "In a statement, the company said the breach was caused by a sophisticated attack exploiting a previously unknown flaw.",
    false,
  ],
  [
    "Industry observers say the firm's staff had been warned repeatedly and still clicked, a pattern that is depressingly familiar.",
    true,
  ],
  [
    "The vendor's chief executive said employees should be seen as 'the most valuable sensor any company owns'.",
    false,
  ],
  [
    "According to a spokesperson, an employee 'fell for an obvious scam', letting the attackers in.",
    true,
  ],
  [
    "Analysts said the outage stemmed from a faulty update pushed to millions of machines at once.",
    false,
  ],
  [
    "Speaking at the event, the CISO said his biggest headache was 'people who think the rules don't apply to them'.",
    true,
  ],
  [
    "She argued that organisations should measure how easy secure behaviour is, not just how often staff fail tests.",
    false,
  ],
  [
    "He told delegates that user education had failed and the only answer was to take choices away from people entirely.",
    true,
  ],
  [
    "The report's authors caution that a high click rate says more about the lure's quality than about employee competence.",
    false,
  ],
  [
    "Security chiefs interviewed for this piece agreed that human beings were 'the soft spot attackers always aim for'.",
    true,
  ],
  [
    "The new guidance recommends that firms give staff a single, obvious way to report anything suspicious.",
    false,
  ],
  [
    "Insurers say claims linked to social engineering have risen faster than any other category.",
    false,
  ],
  [
    "The trust's IT lead admitted that 'our people are our weakest point, and always have been'.",
    true,
  ],
  [
    "One attendee summed up the mood: 'You can buy every tool on the market and some clown in sales will still ruin it.'",
    true,
  ],
  [
    "The breach, investigators found, began when attackers abused a forgotten test account with a default password.",
    false,
  ],
  [
    "Several speakers pushed back on the idea that staff are a liability, pointing instead to chronic under-resourcing of IT.",
    false,
  ],
  [
    "The firm's founder told us that, in his experience, 'workers will always take the lazy option if you let them'.",
    true,
  ],
  [
    "Trade bodies have welcomed the new code of practice, which places responsibility on software makers rather than end users.",
    false,
  ],

  // Conference talk titles and abstracts
  ["Talk: Why Your Employees Are Your Biggest Cyber Risk (And What To Do About It)", true],
  ["Keynote: Designing Security People Don't Have To Think About", false],
  ["Session: Patching the Meatware, or Hardening the Squishy Bits of Your Organisation", true],
  [
    "Abstract: We analysed 10,000 incident tickets and found that process gaps, not individual carelessness, explain most repeat incidents.",
    false,
  ],
  ["Talk title: Stupid Is Forever, Lessons From a Decade of Watching Colleagues Click", true],
  ["Workshop: building a security champions network from volunteers across the business", false],
  [
    "Abstract: This talk argues that users are rational actors responding to the incentives we give them.",
    false,
  ],
  ["Keynote: The Insider Is Already In Your Building. Are You Watching?", true],
  ["Panel: From Blame to Partnership, Rethinking Security Culture in Small Firms", false],
  ["Talk: Layer 8 Problems, or Why Tech Can't Save You From Your Own Users", true],
  [
    "Abstract: Drawing on interviews with forty nurses, we show how security rules clash with the realities of patient care.",
    false,
  ],
  ["Session: Humans Are Hackable, So Exploit Your Workforce Before Criminals Do", true],
  [
    "Lightning talk: what happened when we removed password expiry across a 3,000-seat estate",
    false,
  ],
  [
    "Abstract: Security teams often assume staff are careless; our field study found they had simply never been told what mattered.",
    false,
  ],
  ["Talk: Idiot-Proofing Your Network Against the People Who Work On It", true],
  ["Keynote: The Human Was Never the Problem, the Interface Is", false],
  [
    "Abstract: We'll show why no organisation can be secure while its employees remain this easy to manipulate.",
    true,
  ],
  ["Talk: How Attackers Chain Cloud Misconfigurations Into Full Compromise", false],
  ["Workshop: writing phishing simulations that teach rather than trap", false],
  [
    "Abstract: Most insider threat programmes are surveillance in disguise; we propose an alternative grounded in trust and support.",
    false,
  ],
  ["Session: Your Users Are Lying to You, and Here Is How to Catch Them at Scale", true],
  ["Talk: Behavioural Economics for Security Teams, Nudges That Actually Work", false],
  [
    "Abstract: The evidence is brutal: the average office is full of people who will hand credentials to the first polite stranger.",
    true,
  ],
  ["Keynote: Cognitive Load and the Myth of the Careless Employee", false],
  ["Talk: Trust No One In Accounts, a Field Guide to Internal Fraud", true],
  [
    "Abstract: We present a usability study of three enterprise VPN clients and the workarounds they provoke.",
    false,
  ],
  ["Session: Error-Tolerant Systems, or Assuming Mistakes Without Assuming Malice", false],
  ["Talk: Your Human Shield Has More Holes Than Swiss Cheese", true],
  [
    "Abstract: Three awareness programmes later, the lesson was clear: some users are simply untrainable, and access controls must assume it.",
    true,
  ],
  ["Talk: Threat Modelling for Small Businesses in One Afternoon", false],
  [
    "Abstract: Attendees will learn to spot the five personality types in their office most likely to cause the next breach.",
    true,
  ],
  ["Talk: What Help Desk Tickets Tell Us About Broken Security Design", false],
  ["Keynote: Can't Fix Stupid? A Practical Guide to Containing Your Own Workforce", true],
  [
    "Abstract: We followed twelve small firms for a year and found that security improved fastest where managers modelled good habits.",
    false,
  ],
  ["Session: Detecting Ransomware Precursors in Windows Event Logs", false],
  ["Talk: The Call Is Coming From Inside the House, Why Insiders Are the Threat", true],
  [
    "Abstract: Employee reporting is the most underused detection source in most organisations; this talk shows how to wire it into triage.",
    false,
  ],
  ["Talk: Ignorance Is Not Bliss, It's Your Next Breach", true],
  [
    "Abstract: This session explores why the people who ignore security advice are usually the ones given the worst tools.",
    false,
  ],
  ["Keynote: Stop Fixing People, Start Fixing Workflows", false],
  ["Talk: Gullible by Nature? Why Your Users Will Always Take the Bait", true],
  [
    "Abstract: We share metrics from a company that cut successful phishing by giving every user hardware keys, with no extra training.",
    false,
  ],
  ["Session: Hunting the Careless, the Clueless and the Criminal Insider Within Your Walls", true],
  [
    "Abstract: We argue that the human factor should be treated as a design constraint, like latency or cost, not as a character flaw.",
    false,
  ],
  ["Talk: Every Click a Catastrophe, Life With Users Who Never Learn", true],
  ["Panel: Security Budgets in a Downturn, What to Keep and What to Cut", false],
  [
    "Abstract: Our red team walked into six offices carrying nothing but a clipboard, because employees there will believe anything said with confidence.",
    true,
  ],
  ["Trade press: the end user remains the soft centre of every hard security shell.", true],
  [
    "Report: human slip-ups outnumber technical exploits as the starting point of successful attacks.",
    true,
  ],
  ["Talk: Why Employees Can't Be Trusted With Admin Rights (Or Anything Else)", true],
  ["Careless insiders, not hackers, are the menace small-business owners should fear most", true],
  [
    "Abstract: Drawing on a decade of incident response, I argue that the user is, and always will be, the root cause.",
    true,
  ],
  ["Talk: Measuring Security Culture Without Another Annual Survey", false],
];
