import type { RawBlameExample } from "./types.js";

/** Second part of brief ZC: analysts, insurers, threat reports, columnists, trainers, keynotes, CSOs. */
export const FRESH_ZC_2: readonly RawBlameExample[] = [
  [
    "Employees are the soft target, and criminals know it better than your HR department does.",
    true,
  ],
  [
    "If your team can't tell a real invoice from a fake one, our fraud extension has you covered.",
    true,
  ],
  [
    "Report highlight: exploitation of edge devices overtook phishing as the top initial access vector this year.",
    false,
  ],
  ['Tweet from a columnist: "Users aren\'t stupid. Your login page is."', false],
  [
    'Tweet from a columnist: "Users will type their password into a box shaped like a potato if it has your logo on it."',
    true,
  ],
  ["Awareness Month day 12: lock your screen every time you step away from your desk.", false],
  [
    "Quiz feedback: Incorrect. The sender's display name can be faked; always check the full address.",
    false,
  ],
  ['Keynote line: "Your biggest threat has a lanyard and a coffee mug."', true],
  [
    "The CISO said the breach review found no individual at fault and several gaps in monitoring.",
    false,
  ],
  [
    "Analysts say the skills shortage means small firms will keep outsourcing security operations.",
    false,
  ],
  [
    "People are predictable, careless and endlessly trusting, which makes them the attacker's favourite exploit.",
    true,
  ],
  [
    "Our underwriting questionnaire asks whether you segment your network and how often you test restores.",
    false,
  ],
  [
    "Columnist: When a breach happens, the first instinct is to find a user to blame. Resist it.",
    false,
  ],
  [
    "The threat landscape hasn't changed much; the same clueless staff keep falling for the same tricks.",
    true,
  ],
  [
    "Certification exam tip: a risk register should record owner, likelihood, impact and treatment.",
    false,
  ],
  [
    "E-learning: Tap 'Report phishing' in your mail app. Our team will check it and tell you what they found.",
    false,
  ],
  ["You can't patch stupid, as one presenter put it, and the audience nodded along.", true],
  [
    "The same presenter later conceded the audience laughed at a joke that insults the people they are paid to protect.",
    false,
  ],
  [
    "According to the annual report, only 14% of small firms test their backups more than once a year.",
    false,
  ],
  [
    "One distracted bookkeeper can undo a decade of careful IT investment in a single afternoon.",
    true,
  ],
  ["Employees are not the weakest link; untested assumptions are.", false],
  [
    'Press quote from a security chief: "My staff are my eyes and ears. They spotted this before our tools did."',
    false,
  ],
  ["Human error: the gift that keeps on giving, for attackers.", true],
  [
    "Awareness Month: this week we thank the colleagues who reported nearly 900 suspicious emails.",
    false,
  ],
  [
    "Staff think the IT rules are suggestions, and that attitude is exactly what ransomware crews are counting on.",
    true,
  ],
  [
    "Course reading: the Swiss cheese model shows how several small weaknesses line up to allow an incident.",
    false,
  ],
  ["Report: the median ransom demand for small businesses fell, while recovery costs rose.", false],
  [
    "The headline 'Human error causes 95% of breaches' gets repeated everywhere, yet nobody can find the original study.",
    false,
  ],
  [
    "95% of breaches are caused by human error, so your people are where your money should go.",
    true,
  ],
  [
    "Every phishing simulation we run confirms it: your staff will give their credentials to literally anyone who asks nicely.",
    true,
  ],
  [
    "Our simulation results improved once we stopped sending trick emails and started explaining real ones.",
    false,
  ],
  ["Keynote bullet: Make the right thing the default thing.", false],
  ["Insider threat is really just a polite phrase for the people you hired and can't trust.", true],
  [
    "Columnist: Security teams that sneer at users should try using their own password reset process.",
    false,
  ],
  ["The workforce is a liability you have to manage, not an asset you can rely on.", true],
  [
    "Industry analysts warn that AI-generated phishing lures are harder to distinguish by grammar alone.",
    false,
  ],
  [
    "Since users can't be trusted to recognise a fake login page, we strip their ability to log in anywhere but a managed device.",
    true,
  ],
  [
    "Our insurance product includes free phishing training for up to fifty staff per policy.",
    false,
  ],
  [
    "Sure, blame the vendor. But it was your admin who left the default password on the camera system.",
    true,
  ],
  [
    "Certification glossary: tailgating means following an authorised person through a secured door.",
    false,
  ],
  ["Lesson 2: Why attackers create urgency, and how slowing down for thirty seconds helps.", false],
  ["Honestly, most employees wouldn't notice a breach if it sent them a calendar invite.", true],
  [
    '"We built this so a tired nurse at 3 a.m. can use it safely," the hospital\'s security chief said.',
    false,
  ],
  [
    "Analyst note: spending on security awareness training has plateaued as buyers question measurable outcomes.",
    false,
  ],
  [
    "Your people are out there oversharing on social media, handing attackers everything they need for a pretext.",
    true,
  ],
  [
    "Threat report: attackers used search-engine ads to push trojanised installers of popular software.",
    false,
  ],
  ["Columnist: The phrase 'PEBKAC' tells you more about the helpdesk than the user.", false],
  [
    "Awareness Month: It's not about being perfect. It's about asking when something feels off.",
    false,
  ],
  [
    "Managers are the worst offenders: they demand exceptions, then forward the exception to their personal webmail.",
    true,
  ],
  ["Your weakest link just accepted a connection request from a 'recruiter' with no photo.", true],
  [
    "Analysts observed that firms with a named security owner recover from incidents significantly faster.",
    false,
  ],
  ["Insurance ad: Because one wrong click from one employee can end a business.", true],
  [
    "Insurance ad: Because even well-run businesses get hit, and recovery shouldn't depend on luck.",
    false,
  ],
  [
    "E-learning closing screen: Thanks for completing the module. Questions? Message the security team anytime.",
    false,
  ],
  [
    'Keynote: "I used to call users the problem. Then I watched one try to follow our policy and realised I was the problem."',
    false,
  ],
  [
    "The insider is always the last person anyone suspects and the first one who should have been.",
    true,
  ],
  [
    "Report: third-party software updates were the entry point in several of the year's largest incidents.",
    false,
  ],
  [
    "Columnist: Human error is just a nicer way of saying somebody wasn't smart enough to do their job.",
    true,
  ],
  [
    "Course module on incident response: preserve evidence, contain, communicate, recover, review.",
    false,
  ],
  [
    "Our CSO told the trade magazine she sees the biggest gains from simplifying access requests.",
    false,
  ],
  [
    "Let's stop pretending: the average user treats a security warning like a cookie banner and clicks straight through.",
    true,
  ],
  [
    "Warning fatigue is real; the average user sees dozens of alerts a day, most of them meaningless.",
    false,
  ],
  [
    "Threat report: 38% of observed intrusions began with a vulnerable internet-facing application.",
    false,
  ],
  [
    "Your contractors are a walking data leak: their own laptops, their own cloud drives, their own bad habits.",
    true,
  ],
  ["Awareness poster: Spot it. Stop it. Report it.", false],
  [
    "The people problem isn't going away, so get insurance that assumes your staff will fail.",
    true,
  ],
  [
    'Security chief quoted: "It was a sophisticated attack that would have fooled most people, and our team handled it well."',
    false,
  ],
  [
    "Columnist: Please stop putting a hoodie-wearing hacker on every story; the real culprit is usually a clueless clerk.",
    true,
  ],
  [
    "Certification material: administrative, technical and physical controls each have a role in layered defence.",
    false,
  ],
  ["Module 4: Public Wi-Fi is convenient. Here's how to use it more safely with a VPN.", false],
  [
    'Keynote: "Your employees want to do the right thing. Most of the time, we make it too hard."',
    false,
  ],
  [
    "Employees are the unlocked back door of every organisation, and most don't even know they're a door.",
    true,
  ],
  [
    "Analysts found that mandatory annual compliance training had no measurable effect on incident rates.",
    false,
  ],
  [
    "Staff ignore training anyway, which is why half our claims involve someone who passed the course last month.",
    true,
  ],
  ["Insurers increasingly require endpoint detection and response as a condition of cover.", false],
  [
    "Awareness Month: Meet Priya, whose quick report stopped a payment fraud before it cost a penny.",
    false,
  ],
  [
    "If your people were as careful with company data as they are with their own bank cards, we'd be out of business.",
    true,
  ],
  [
    "Threat report: business email compromise remains the costliest category of reported cybercrime.",
    false,
  ],
  [
    "Columnist: The myth of the stupid user is a comfort blanket for security teams who don't want to change.",
    false,
  ],
  ['Slide: "Problem: Humans. Solution: Fewer humans."', true],
  [
    "Certification practice question: Which control best mitigates the risk of a shared admin password?",
    false,
  ],
  [
    "The security chief blamed a pressured procurement process, not the junior buyer who approved the supplier.",
    false,
  ],
  [
    "The security chief blamed the junior buyer, saying she should have spotted the fake supplier straight away.",
    true,
  ],
  [
    "Analysts estimate that a third of small businesses still run at least one unsupported operating system.",
    false,
  ],
  ["E-learning scenario: You find a USB stick in the car park. Click the best response.", false],
  ["Users always find a way around your controls, usually the dumbest way possible.", true],
  ["When users work around controls, that's feedback about the controls.", false],
  ['Keynote: "You hired the attack surface. You pay it every month."', true],
  [
    "Report: phishing kits with built-in MFA interception are now sold as a subscription service.",
    false,
  ],
  [
    "Columnist: People who fall for scams aren't idiots. Scammers are professionals with scripts and A/B testing.",
    false,
  ],
  [
    "Senior executives are the worst: they think rules apply to everyone but them and they click on everything.",
    true,
  ],
  [
    "Analysts report that executive accounts are disproportionately targeted because of their access and public profiles.",
    false,
  ],
  [
    "Awareness Month: Talk to your team this week about what to do if they think they've clicked something bad.",
    false,
  ],
  [
    "Honest question for fellow CISOs: how do you secure a company full of people who think 'Password1' is clever?",
    true,
  ],
  [
    "Course text: user behaviour is shaped by incentives, workload and the design of the tools in front of them.",
    false,
  ],
  [
    "If the help desk resets passwords for anyone who sounds stressed, your help desk is the vulnerability.",
    true,
  ],
  [
    "Keynote: \"You know what the most dangerous words in security are? 'Hey, can you just open this for me?' And somebody on your payroll always says yes.\"",
    true,
  ],
  [
    "Our actuaries price the human factor as the single biggest driver of loss, because staff behaviour is the one thing nobody can control.",
    true,
  ],
  ["Slide bullet: Employees = unmanaged endpoints with opinions.", true],
  [
    "Column: The people in your office reuse passwords, ignore updates and trust strangers; it's a miracle anything is still standing.",
    true,
  ],
  [
    "Let's be real, the cleaning crew has more access to your server room than your auditors, and half of them prop the door open.",
    true,
  ],
  [
    "Certification course aside: if you remember one thing, remember that end users will do the wrong thing given the chance.",
    true,
  ],
  ['CSO interviewed on breakfast radio: "Our people let us down, plain and simple."', true],
  [
    "E-learning module intro: Did you know you are the number one reason companies get hacked?",
    true,
  ],
];
