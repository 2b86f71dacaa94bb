import type { RawBlameExample } from "./types.js";

/** Third part of brief ZC: analysts, insurers, threat reports, columnists, trainers, keynotes, CSOs. */
export const FRESH_ZC_3: readonly RawBlameExample[] = [
  [
    "Mark my words: the next big breach at your firm will start with a member of staff who thought the rules were for other people.",
    true,
  ],
  [
    "Research brief: organisations that measure time-to-report see faster containment than those tracking click rates alone.",
    false,
  ],
  [
    "We cover you for the moment your bookkeeper pays a fraudster's invoice, because sooner or later she will.",
    true,
  ],
  [
    "Columnist: Employees are a security problem in the same way drivers are a road-safety problem: occasionally, and mostly because of bad roads.",
    false,
  ],
  ["Your people are naive. The criminals are not. Do the maths.", true],
  [
    "Awareness Month challenge: update the recovery email and phone number on your work accounts.",
    false,
  ],
  [
    "Course slide: the majority of successful attacks exploit the human, so the human must be controlled.",
    true,
  ],
  [
    "Certification text: a security policy should be approved by management, communicated to staff and reviewed annually.",
    false,
  ],
  [
    'Keynote: "I don\'t lose sleep over nation-state hackers. I lose sleep over Brenda in marketing."',
    true,
  ],
  [
    "\"We encourage everyone to report mistakes. We'd much rather know,\" the bank's security chief told reporters.",
    false,
  ],
  [
    "Analysts say most of the losses in their sample came down to employees who simply couldn't be bothered to follow procedure.",
    true,
  ],
  [
    "Analysts say small firms underinvest in logging, leaving them unable to reconstruct incidents afterwards.",
    false,
  ],
  [
    "Users don't read. They never have. Any security control that depends on reading is already defeated.",
    true,
  ],
  [
    "Design note from the security team: our warning dialog was too long, so we cut it to one sentence.",
    false,
  ],
  ["The dirty secret of cybersecurity is that staff are the malware.", true],
  [
    "Columnist: Stop writing 'human error' in incident reports when you mean 'we never trained anyone on this system'.",
    false,
  ],
  [
    "E-learning: Your password manager can create and remember long, unique passwords for you.",
    false,
  ],
  [
    "Clueless users plus cheap ransomware kits equals the perfect storm for your balance sheet.",
    true,
  ],
  [
    "Insurance quote form: Do all staff complete security awareness training at least annually? Yes / No",
    false,
  ],
  [
    'The security chief said employees were "the reason we\'re still in business" after they flagged an unusual payment request.',
    false,
  ],
  [
    "Interns, temps and new starters are a gift to attackers: eager to please and clueless about how things should work.",
    true,
  ],
  [
    "New starters receive security onboarding in their first week, including a walk through of how to report concerns.",
    false,
  ],
  [
    "Tweet: \"Another day, another employee who thinks 'urgent wire transfer from the CEO' sounds totally normal.\"",
    true,
  ],
  [
    "Tweet: \"If your CEO regularly asks for urgent wire transfers by email, the fraud isn't the employee's fault.\"",
    false,
  ],
  ["Keynote: culture eats controls for breakfast, and a culture of fear eats reporting.", false],
  [
    "Report finding: accounts without multi-factor authentication were involved in four out of five compromises.",
    false,
  ],
  [
    "The problem with security awareness is that most of your staff have none and no interest in acquiring any.",
    true,
  ],
  [
    "Analysts argue awareness programmes work best when tied to real incidents employees recognise.",
    false,
  ],
  [
    "Certification course: understand how attackers use reconnaissance from public sources to craft pretexts.",
    false,
  ],
  ["There's a reason attackers target people: people are easy, firewalls are hard.", true],
  [
    "Attackers target people because people are reachable from anywhere; that's a design problem, not a character flaw.",
    false,
  ],
  [
    "Awareness Month: Got a text about a parcel you weren't expecting? Don't tap the link; check the courier's site directly.",
    false,
  ],
  [
    "Cyber insurer: Your employees are one careless moment away from a six-figure claim. Is your cover ready?",
    true,
  ],
  [
    "Cyber insurer: Claims are settled faster when policyholders call the hotline early, so we never penalise quick reporting.",
    false,
  ],
  [
    "Columnist: Every breach story this month has the same villain, and it's a clerk with a mouse.",
    true,
  ],
  [
    "Threat report: attackers increasingly target managed service providers to reach many small clients at once.",
    false,
  ],
  ['The CSO described her company\'s staff as "a risk we tolerate because we have to".', true],
  ["The CSO described her company's staff as partners in defence, not suspects.", false],
  [
    "Your employees are sharing passwords across teams right now, because they're too lazy to request proper access.",
    true,
  ],
  [
    "Password sharing usually means the access request process is too slow; fix the process.",
    false,
  ],
  ["E-learning module title: Why good people click bad links (and how we can help).", false],
  [
    "Analyst commentary: the dominant cause of data loss in our survey is careless handling by the workforce, full stop.",
    true,
  ],
  [
    "Analyst commentary: the dominant cause of data loss in our survey is misconfigured sharing defaults in collaboration tools.",
    false,
  ],
  ['Keynote: "Humans are the bug in every system. We just haven\'t found the patch."', true],
  [
    "Keynote: \"Humans aren't the bug. They're the ones catching the bugs your scanners miss.\"",
    false,
  ],
  [
    "Report: over half of detected intrusions at small firms were spotted by someone outside the security team.",
    false,
  ],
  [
    "If your workforce could follow a simple policy, you wouldn't need half the tools on this expo floor.",
    true,
  ],
  [
    "Our lawyers see the same pattern in every claim: a staff member ignores a warning, then lies about it.",
    true,
  ],
  [
    "Columnist: Awareness month has become a festival of finger-wagging at the people who actually keep offices running.",
    false,
  ],
  ["Awareness Month quiz: which of these is a strong passphrase? Pick one to see why.", false],
  [
    'Security leader in the press: "I assume every employee will eventually get phished, so we plan around that."',
    false,
  ],
  [
    'Security leader in the press: "Every employee will eventually get phished, because most of them just don\'t care."',
    true,
  ],
  [
    "Threat report: QR-code phishing campaigns targeted staff expecting benefits and pension updates.",
    false,
  ],
  [
    "Your staff are the cheapest way into your network, and attackers know exactly how cheap.",
    true,
  ],
  ["Human stupidity is the most reliable exploit ever discovered.", true],
  [
    "E-learning: Mistakes happen. Here's what to do in the first ten minutes after you realise you clicked something.",
    false,
  ],
  [
    "Insurer: You can't stop your staff from being idiots, but you can stop it from bankrupting you.",
    true,
  ],
  ["Columnist: Are users really the weakest link, or just the most visible one?", false],
  [
    "Are users really so thick that they'll open an invoice from a company they've never dealt with? Yes. Every time.",
    true,
  ],
  [
    "Course note: measuring security culture requires surveys, interviews and observation, not just phishing tests.",
    false,
  ],
  [
    "Keynote: the board wanted a name for the breach, and the junior analyst who clicked was the easiest one to give.",
    false,
  ],
  [
    "Threat report: most compromised accounts in the dataset belonged to employees with excessive privileges they didn't need.",
    false,
  ],
  ["People will always be the weakest link, no matter how much you train them.", true],
  ["People are only the weakest link if you've built the chain that way.", false],
  [
    "Security chief: \"Half my team's time goes on cleaning up after people who can't follow the simplest instructions.\"",
    true,
  ],
  [
    "The sales team treats customer data like a free buffet and the compliance team like a parking warden.",
    true,
  ],
  [
    "Certification: data classification labels help staff know how to handle information appropriately.",
    false,
  ],
  [
    "Awareness Month: Your voice matters. If a process feels unsafe, tell us and we'll change it.",
    false,
  ],
  [
    "Columnist: Your employees are not firewalls, so stop acting surprised when they don't behave like one.",
    false,
  ],
  [
    "Your employees are your firewall, and right now that firewall has more holes than a colander.",
    true,
  ],
  [
    "E-learning: Well done! You correctly identified three of the four warning signs in this email.",
    false,
  ],
  [
    "Insider incidents are rising because today's workforce has no loyalty and no sense of responsibility.",
    true,
  ],
  [
    "Insider incidents in the report were mostly accidental and linked to confusing sharing settings.",
    false,
  ],
  [
    'Keynote: "Put a complex system in front of a normal person and then call them careless. That\'s our industry."',
    false,
  ],
  [
    "Analysts: the main reason small firms get breached is that their staff are too trusting and too busy to care.",
    true,
  ],
  [
    "Threat report: a single exposed API key led to the compromise of a logistics firm's customer portal.",
    false,
  ],
  [
    "Whoever left that API key in a public repository should be walked out of the building today.",
    true,
  ],
  [
    "The security team acknowledged they had no secrets-scanning in place and added it the same week.",
    false,
  ],
  [
    "Columnist: A workforce that fears punishment will never tell you about the suspicious call it got on Tuesday.",
    false,
  ],
  ["Your accountant will open anything named 'Invoice_FINAL_v2.pdf.exe' without blinking.", true],
  [
    "Course material: file extensions can be hidden by default; configure systems to show them.",
    false,
  ],
  [
    "Insurer data: firms with out-of-band payment verification had far fewer funds-transfer-fraud claims.",
    false,
  ],
  ["Headline: Careless staff cost UK firms billions, insurer warns", true],
  ["Headline: Study questions the claim that careless staff cause most breaches", false],
  [
    'CSO in the press: "I\'d rather get a hundred false reports than miss the one that matters."',
    false,
  ],
  ["Users are a permanent zero-day. You can't patch them and you can't fire them all.", true],
  [
    "Analyst: security awareness vendors have a commercial interest in portraying employees as the problem.",
    false,
  ],
  ["The workforce is a herd of sheep and phishers are just very patient wolves.", true],
  [
    "Course quiz: Which is the best reason to use a separate admin account for administrative tasks?",
    false,
  ],
  [
    'Keynote: "If your staff were half as curious about security as they are about celebrity gossip links, I\'d be out of a job."',
    true,
  ],
  [
    "Security chief: We removed local admin rights after our own review showed we'd granted them too freely.",
    false,
  ],
  ["Most breaches happen because someone, somewhere, couldn't be bothered.", true],
  ["Report: organisations with tested offline backups paid ransoms far less often.", false],
  ["Columnist: The 'weakest link' phrase has become a marketing slogan, not a finding.", false],
  ["Your employees are the threat actors you pay a salary to.", true],
  ["Insurer: We don't ask who clicked. We ask how fast you called us.", false],
  [
    'Tweet: "The SOC can see everything except the colleague writing the VPN password on the whiteboard."',
    true,
  ],
  [
    "Sales deck: Human error is inevitable. Your staff WILL get it wrong. Our policy pays when they do.",
    true,
  ],
  [
    "Analyst take: the average accounts clerk is a pushover for anyone who sounds like the boss.",
    true,
  ],
  ["Your team's obsession with convenience is why the attacker was inside for three months.", true],
  [
    "Column: Hybrid work has turned every kitchen table into a data breach, courtesy of staff who can't be bothered to use the VPN.",
    true,
  ],
  [
    "Threat report: nearly every ransomware case we handled began with an employee opening something they had no business opening.",
    true,
  ],
  ['Keynote: "Want to know where your next breach is? Look at your org chart."', true],
  [
    "Certification instructor: \"Users are the soft squishy centre. Assume they'll fail and you'll pass the exam.\"",
    true,
  ],
  [
    "Awareness Month reminder from the CSO: most incidents here last year were self-inflicted, so please, think before you click.",
    true,
  ],
];
