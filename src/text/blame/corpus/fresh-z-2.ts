import type { RawBlameExample } from "./types.js";

/** Part 2 of 4 of FRESH_Z; see fresh-z.ts. */
export const FRESH_Z_2: readonly RawBlameExample[] = [
  [
    "The insider in most of our cases turns out to be a misconfigured service account, not a person.",
    false,
  ],
  [
    "Your biggest security gap isn't technical. It sits in the corner office and uses its dog's name as a password.",
    true,
  ],
  ["Good security design assumes people are busy and makes the safe action the easy one.", false],
  [
    'Awareness vendor: "Our platform identifies your riskiest employees so you can keep them on a short leash."',
    true,
  ],
  ["Human factors research shows warning fatigue sets in after a handful of exposures.", false],
  [
    "IR lead: I've lost count of the managers who switched off MFA for themselves because the prompts annoyed them.",
    true,
  ],
  ["We rolled out hardware keys to the whole firm and account takeovers dropped to zero.", false],
  ["Trade press: Survey suggests staff to blame for 80% of cloud misconfigurations", true],
  [
    "A trade survey claims staff cause 80% of cloud misconfigurations; its methodology deserves far more scrutiny than it got.",
    false,
  ],
  ['Podcast co-host: "If your people fall for that email, you need new people."', true],
  [
    "Supply chain attacks exploit trust between vendors; nobody at the receiving firm could have spotted the poisoned update.",
    false,
  ],
  [
    "Hybrid workers connect from cafés and hotel Wi-Fi without a thought for who's listening.",
    true,
  ],
  [
    "Error budgets apply to security too: expect some slips and design so that none of them is fatal.",
    false,
  ],
  ["The social engineer's favourite tool is a polite employee who hates saying no.", true],
  [
    "Report finding: 62% of respondents said they would report a suspicious email if they knew where to send it.",
    false,
  ],
  [
    "The sales team would hand their login to a fake recruiter if the salary looked good enough.",
    true,
  ],
  [
    "The weakest point in this incident was a backup server sharing credentials with the domain controller.",
    false,
  ],
  [
    "Awareness training works best when staff help write the scenarios from their own inboxes.",
    false,
  ],
  [
    "Admins are the worst offenders: local admin everywhere, the same password on every box, and a shrug when you ask why.",
    true,
  ],
  [
    "Trade press: small firms cite budget, not staff, as the main barrier to better security.",
    false,
  ],
  ["You can patch software. You can't patch stupid.", true],
  [
    "Our clients' staff spotted three of the five simulated attacks; the two they missed were near-perfect clones of real supplier mail.",
    false,
  ],
  [
    "Your remote team is one unsecured home router away from disaster, and they couldn't care less.",
    true,
  ],
  [
    "Deepfake audio of a director asking for an urgent payment is a fraud problem, not a staff competence problem.",
    false,
  ],
  ['Sales deck: "Humans make mistakes. Our AI doesn\'t."', true],
  [
    "A good incident report names the controls that failed, not the person who happened to be sitting nearest to them.",
    false,
  ],
  ["Whatever you do, don't let the marketing department anywhere near the CMS admin panel.", true],
  [
    "The user clicked, the sandbox detonated the attachment, and the alert fired before anything ran. That's defence in depth working.",
    false,
  ],
  ["Attackers are patient; they often wait months inside a network before striking.", false],
  ["Blame-free post-mortems produced twice as many reported near-misses in our first year.", false],
  [
    "PAs, secretaries, office managers: the gatekeepers who will open any gate if you ask nicely.",
    true,
  ],
  [
    "The phrase 'insider threat' makes every employee sound like a suspect; we prefer 'insider risk' and a support-first approach.",
    false,
  ],
  [
    "Give staff a choice between the secure route and the quick route, and they'll pick the quick one every time.",
    true,
  ],
  ["MFA enrolment is mandatory for all accounts from 1 March.", false],
  ["Startup founders share the admin password in the group chat and call it agile.", true],
  [
    "Trade press: Law firm fined after careless partner forwarded client files to his personal webmail",
    true,
  ],
  [
    "Our annual survey: 71% of staff say security rules get in the way of their job. That's a message to us, not about them.",
    false,
  ],
  [
    "Opening line of the keynote: \"Show me a breach and I'll show you a person who wasn't paying attention.\"",
    true,
  ],
  [
    "The attackers used OAuth consent phishing, which abuses a legitimate sign-in page and leaves users with almost nothing to spot.",
    false,
  ],
  ['Podcast: "We had a guy plug his phone into the server to charge it. The server."', true],
  [
    "Insider trading rules and data classification are separate policies; this note covers classification only.",
    false,
  ],
  ['Awareness company ad: "Your employees are clicking. Are you watching?"', true],
  [
    "Employees flagged the fake invoice because it came from a domain one letter off; the team responded within minutes.",
    false,
  ],
  [
    "Warehouse pickers, drivers, cleaners: none of them think security is their job, and it shows.",
    true,
  ],
  [
    "We made the secure file-sharing tool faster than email and the personal-cloud workarounds vanished on their own.",
    false,
  ],
  [
    "Attackers don't hack in anymore, they log in, usually with a password somebody on your payroll handed them.",
    true,
  ],
  [
    "Attackers don't hack in anymore, they log in with credentials bought from infostealer markets.",
    false,
  ],
  [
    "Pen tester: \"I left a USB stick labelled 'Salaries 2025' in the kitchen. Forty minutes later it phoned home. Every time.\"",
    true,
  ],
  [
    "Incident note: the attacker's first login came from a residential proxy in the victim's own city, defeating geo-blocking.",
    false,
  ],
  [
    "Tweet: Love how every quarter we retrain staff and every quarter they somehow get worse at it.",
    true,
  ],
  [
    "The board asked who clicked. The CISO answered: the real question is why one click was enough.",
    false,
  ],
  [
    "The first-line analysts miss half of what comes through because they're too junior to know what bad looks like.",
    true,
  ],
  [
    "User error? The login page asked for the password twice and then timed out. That's our error.",
    false,
  ],
  [
    "Awareness podcast: the single best predictor of reporting is whether people were thanked the last time they reported.",
    false,
  ],
  ["Article: Why your accountant is your biggest cyber risk", true],
  [
    "Our click rate fell from 18% to 4% after we stopped sending gotcha simulations and started explaining real attacks.",
    false,
  ],
  ["New starters will fall for anything in their first week. That's just how it is.", true],
  [
    "New starters are targeted heavily in their first week, so we send them a short note about what IT will never ask.",
    false,
  ],
  ["A single bored employee with a grudge can do more damage than any outside hacker.", true],
  [
    "Access reviews every quarter keep permissions aligned with what each role actually needs.",
    false,
  ],
  [
    "Conference talk: security teams who mock users in chat channels should not be surprised when users stop reporting.",
    false,
  ],
  [
    'Overheard in the conference hallway: "The users in that place? You could phish them with a crayon drawing."',
    true,
  ],
  [
    "Threat report: the median time from initial access to ransomware deployment fell to under five days.",
    false,
  ],
  ["Executive assistants hold the keys to the kingdom and treat them like spare change.", true],
  [
    "The weakest link argument collapses the moment you count how many attacks never involve a person at all.",
    false,
  ],
  ["Managed service pitch: your team has a day job. Let us worry about the patches.", false],
  [
    "Managed service pitch: your team can't be trusted with patching, so hand it to people who can.",
    true,
  ],
  [
    "Human error accounted for a small share of incidents in our sample; most began with unpatched systems.",
    false,
  ],
  ["People are the problem. Technology is just the excuse we use to avoid saying it.", true],
  [
    "We publish anonymised near-miss stories every month so staff can learn from colleagues without anyone being named.",
    false,
  ],
  [
    "IR war story: the breach began when a project manager installed a cracked copy of a diagram tool to save forty quid, ignored three antivirus warnings, and then told us he'd never downloaded anything in his life.",
    true,
  ],
  [
    "Good password managers make the secure choice the lazy choice, which is exactly the point.",
    false,
  ],
  ["Row after row of accounts with 'Password1' on them. You couldn't make these people up.", true],
  [
    "The firm's breach notice attributed the incident to an employee, and the trade press repeated that line, but the forensic report, published months later, attributed it to a missing patch on an exposed server.",
    false,
  ],
  [
    "Newspaper columnist: office workers have become so trusting of screens that they'd pay a ransom note if it had a logo on it.",
    true,
  ],
  [
    "Security culture surveys should be anonymous, or you'll only hear what people think you want to hear.",
    false,
  ],
  [
    "Doctors and nurses are notorious for sharing logins on ward PCs; patient data is an afterthought to them.",
    true,
  ],
  [
    "Shared logins on ward PCs are a product of 90-second login times, not indifference; fix the login.",
    false,
  ],
  [
    'Trainer: "If they still fail the simulation after three goes, escalate to HR. Some people can\'t be taught."',
    true,
  ],
  [
    "Training completion rates tell you who watched a video. They tell you nothing about behaviour.",
    false,
  ],
  ["Slide: THE HUMAN FIREWALL (and why yours is full of holes)", true],
  [
    "Building a human firewall is a nice phrase, but firewalls don't get tired and your colleagues do. Design for that.",
    false,
  ],
  ["Podcast host: \"Users. Can't live with them, can't get them to stop clicking.\"", true],
  [
    "This episode: a small accountancy firm explains how staff caught a payroll diversion scam before a penny moved.",
    false,
  ],
  [
    "Ninety per cent of cyber incidents are caused by human error, which is why your staff are your main exposure.",
    true,
  ],
  [
    "The oft-quoted claim that ninety per cent of incidents are human error traces back to a vendor survey with no published method.",
    false,
  ],
  [
    "In our pen tests, the quickest route to domain admin is usually a service account password that never expires.",
    false,
  ],
  [
    "In our pen tests, the quickest route to domain admin is usually someone on the IT team who can't stop reusing passwords.",
    true,
  ],
  ["Reminder: visitors must be escorted in all areas beyond reception.", false],
  ["The sales floor is where security policies go to die.", true],
  [
    "Our biggest mistake was rolling out MFA without explaining it; people reasonably assumed the prompts were a scam.",
    false,
  ],
  [
    "The board is the weak point: they demand access to everything from their personal tablets and refuse every control.",
    true,
  ],
  [
    "Trade press: boards are asking better questions about cyber risk, but most still lack a member with a technical background.",
    false,
  ],
  ["Article headline: Are your employees secretly selling your data?", true],
  [
    "Article headline: Are your employees really the weakest link? Three researchers say no.",
    false,
  ],
  [
    "Attackers spoofed the IT help desk number, so the caller ID looked genuine to everyone who answered.",
    false,
  ],
  [
    "The truth nobody in this industry wants to say out loud: most people are too dim to be trusted with email.",
    true,
  ],
  [
    "Insiders with legitimate access are hard to tell apart from attackers using stolen credentials; both need behaviour-based detection.",
    false,
  ],
  [
    "Job advert: Insider Threat Analyst. You'll watch the staff who are going to cause our next breach, because somebody will.",
    true,
  ],
  [
    "Job advert: Human Risk Analyst. Help us understand why secure processes get skipped and redesign them with the teams involved.",
    false,
  ],
  [
    "Contractors treat your network like a hotel: they use everything, clean up nothing, and leave the door open behind them.",
    true,
  ],
  [
    "Contractor accounts should have an owner, an expiry date, and no standing admin rights.",
    false,
  ],
  [
    "Pen tester on stage: \"I've never once failed to get in. People want to help, and that's all I need.\"",
    true,
  ],
  [
    'Pen tester on stage: "When I get in through reception, the fix goes in the process section, never the receptionist\'s name."',
    false,
  ],
  [
    "You'd think a law firm would know better, but lawyers are the worst at security I've ever met.",
    true,
  ],
];
