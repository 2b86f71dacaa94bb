import type { RawBlameExample } from "./types.js";

/** Part 3 of 4 of FRESH_W; see fresh-w.ts. */
export const FRESH_W_3: readonly RawBlameExample[] = [
  ["Primary cause: the receptionist let a stranger with a clipboard into the server room.", true],
  [
    "Post-incident review: the user's mistake was inevitable given three near-identical buttons on the same screen.",
    false,
  ],
  [
    "The responder who isolated the laptop within four minutes limited the spread to a single device.",
    false,
  ],
  [
    "Contributing factors: an expired certificate, alert fatigue from noisy monitoring and a team short of two engineers.",
    false,
  ],
  [
    "We thank the employee who came forward immediately; early reporting is the only reason recovery was this quick.",
    false,
  ],
  [
    "The phishing page was hosted on a compromised legitimate domain, so filters and people had little to go on.",
    false,
  ],
  ["Remediation: expire all tokens, rotate keys and add signing to the build pipeline.", false],
  [
    "Blaming the developer would teach us nothing; the secret scanner had been disabled months earlier for performance reasons.",
    false,
  ],
  [
    "The attackers exploited a zero-day in the firewall's management interface before any patch was available.",
    false,
  ],
  [
    "Our findings confirm what practitioners have long suspected: the average employee is a liability, not an asset.",
    true,
  ],
  [
    "Insider mistakes and misuse together caused more damage this year than every criminal group we tracked.",
    true,
  ],
  ["Behind almost every incident in this report sits somebody who should have known better.", true],
  [
    "The statistics are stark: people, not machines, opened the door in four out of five cases.",
    true,
  ],
  [
    "Executive summary: the human factor was the root of the problem in the vast majority of incidents we investigated.",
    true,
  ],
  [
    "Phishing-resistant authentication adoption doubled among the organisations we surveyed.",
    false,
  ],
  [
    "Small firms cited lack of time and budget, rather than lack of staff awareness, as their main barrier to improving security.",
    false,
  ],
  [
    "Business email compromise losses rose again, driven by better-organised criminal groups working across borders.",
    false,
  ],
  [
    "This year's survey found that employees who felt supported by IT were twice as likely to report a suspected attack.",
    false,
  ],
  [
    "The report notes a sharp rise in attacks on managed service providers used by small businesses.",
    false,
  ],
  [
    "Exploitation of known vulnerabilities overtook stolen credentials as the most common initial access vector.",
    false,
  ],
  [
    "The chief executive's view, noted in the minutes, is that our staff are the weakest point and should lose internet access on work machines.",
    true,
  ],
  [
    "Proposal: introduce disciplinary sanctions for anyone who fails the monthly phishing test twice, since warnings have not changed behaviour.",
    true,
  ],
  [
    "The principal cyber risk to the group remains insider carelessness by its own personnel and their inability to follow simple rules.",
    true,
  ],
  [
    "The risk committee is asked to note that most near-misses this quarter were caught by staff reports.",
    false,
  ],
  [
    "Investment case: replacing shared passwords on the warehouse terminals with badge sign-in.",
    false,
  ],
  [
    "The paper recommends that users be consulted before the new access policy is rolled out.",
    false,
  ],
  [
    "The board's cyber exercise revealed that no one knew who could authorise taking systems offline.",
    false,
  ],
  [
    "Directors are reminded that accountability for cyber risk sits with the board, not with individual employees.",
    false,
  ],
  [
    "Third-party penetration test results are attached; two high-severity findings have been fixed.",
    false,
  ],
  [
    "You'll be the last line of defence against colleagues who never read a policy in their lives.",
    true,
  ],
  [
    "We need someone who can keep a close eye on what our people get up to, because that is where the breaches come from.",
    true,
  ],
  [
    "Reporting to the CISO, you will run behaviour monitoring to catch insiders before they cause damage, since they are our largest threat.",
    true,
  ],
  ["Help us build a security function that people actually want to talk to.", false],
  [
    "You'll run our awareness programme, measuring success by reporting rates and user feedback rather than click rates.",
    false,
  ],
  [
    "The successful candidate will manage vulnerability scanning and patching across three hundred servers.",
    false,
  ],
  [
    "Strong communication skills are essential: you will explain risk to finance, legal and operations without jargon.",
    false,
  ],
  [
    "Part-time security officer wanted for a twelve-person charity; experience with cloud email and backups is desirable.",
    false,
  ],
  ["Your employees are an open invitation to criminals. Our course closes it.", true],
  [
    "Nobody wants to be the colleague who cost the company a fortune. This training makes sure that's not you.",
    true,
  ],
  [
    "Humans are predictable, impulsive and easy to manipulate; our simulations prove it every week.",
    true,
  ],
  [
    "Give us a month and we'll show you exactly how many of your employees would fall for a fake parcel notice, then shame them into doing better.",
    true,
  ],
  ["Every click by an untrained worker is a gamble with your business.", true],
  [
    "This workshop was co-written with frontline staff and focuses on the three scams they see most.",
    false,
  ],
  [
    "Learners practise reporting a suspicious message in under ten seconds from their phone or desktop.",
    false,
  ],
  [
    "Our bite-sized courses explain why the rules exist, so people can adapt them sensibly to their own work.",
    false,
  ],
  [
    "The module on deepfake calls explains how criminals clone voices and what verification steps work.",
    false,
  ],
  [
    "Human-centred awareness: we start by asking staff where security gets in the way of their jobs.",
    false,
  ],
  [
    "Course outcome: managers understand how to make it safe for team members to admit a mistake.",
    false,
  ],
  [
    "Course description: how to spot common payment-fraud tricks and check requests through a second channel.",
    false,
  ],
  [
    "The trouble with most firms is that their employees would give their bank details to a talking parrot if it asked nicely.",
    true,
  ],
  [
    "You can tell people a thousand times, and the next morning someone will still plug in a memory stick they found in the car park.",
    true,
  ],
  [
    "In my experience, it's always someone inside: bored, distracted, clicking on everything.",
    true,
  ],
  [
    "These gangs are professionals; they rehearse the call, they know your supplier's name, they know when your finance director is on holiday.",
    false,
  ],
  [
    "I'd say to listeners running a small business: turn on two-step login today, it takes ten minutes.",
    false,
  ],
  [
    "People aren't the problem here; they're being asked to make security decisions all day with no help.",
    false,
  ],
  [
    "The presenter suggested users were to blame, and our guest disagreed: the software should never have let that file run.",
    false,
  ],
  [
    "Ransom payments fell last year, partly because more victims could restore from backups.",
    false,
  ],
  [
    "What struck me was that the employee who spotted the fraud had been trained just a week earlier, and was proud to report it.",
    false,
  ],
  [
    "The modern office is full of people who treat security rules as optional and passwords as a nuisance.",
    true,
  ],
  [
    "Let's be frank: users who fall for the same trick twice should not be trusted with company systems.",
    true,
  ],
  [
    "No amount of encryption will save a company whose people write their passwords on the back of their hands.",
    true,
  ],
  [
    "Your accountant is probably the most dangerous person in your building, and not because of the numbers.",
    true,
  ],
  ["If users keep making the same mistake, that is a design finding, not a character flaw.", false],
  ["The phrase 'human error' too often ends an investigation just when it should begin.", false],
  [
    "We should stop treating staff as suspects and start treating them as the people who notice things first.",
    false,
  ],
  [
    "Regulation has finally caught up with ransomware, and small firms should welcome the clarity.",
    false,
  ],
  [
    "The real weakness in most small businesses is an unpatched router nobody has logged into for five years.",
    false,
  ],
  [
    "Blaming insiders is comfortable for managers; looking at workloads and targets is harder, and more useful.",
    false,
  ],
  [
    "Passkeys will do more for the average office than a decade of posters telling people to be careful.",
    false,
  ],
  [
    "Our obsession with catching people out in phishing tests has made them less willing to report real attacks.",
    false,
  ],
  [
    "Security vendors profit from the story that employees are the weakest link, which is reason enough to doubt it.",
    false,
  ],
  [
    "Claims adjusters report that most breaches start with an employee who can't resist a link promising a refund.",
    true,
  ],
  ["Managers tell us the same thing every year: their teams just don't care about security.", true],
  [
    "The sad reality is that a determined attacker only needs one careless colleague, and every office has several.",
    true,
  ],
  [
    "Regulatory summary: the disclosure arose from a design flaw in the portal that showed one customer's documents to another.",
    false,
  ],
  [
    "Consumer advice: if a caller says they are from your bank and asks you to move money, hang up and ring the number on your card.",
    false,
  ],
  [
    "The analyst firm's survey found that half of small firms had no written incident response plan.",
    false,
  ],
  [
    "Security leaders who spent time doing frontline jobs reported redesigning at least one control afterwards.",
    false,
  ],
  [
    "Most of the phishing we saw this year impersonated delivery firms, tax authorities and popular software brands.",
    false,
  ],
  ["The interview ended with a plea for vendors to make the safe setting the default one.", false],
  [
    "Our staff are the reason we caught the intrusion: a warehouse supervisor asked why a laptop was awake at 3am.",
    false,
  ],
  ["Human error is the label; a rushed deadline and an unclear form were the cause.", false],
  [
    "Most insider incidents we reviewed involved people trying to get their job done around a blocked tool.",
    false,
  ],
  [
    "We asked users why they shared passwords, and the answer was almost always a shared mailbox with one login.",
    false,
  ],
  [
    "The weakest controls we found were in legacy payroll software that cannot support modern authentication.",
    false,
  ],
  [
    "The greatest risk in this sector is untrained, overconfident office workers who think they are too clever to be fooled.",
    true,
  ],
  [
    "Any board that still trusts its employees to make sensible security decisions has not been paying attention.",
    true,
  ],
  [
    "Executives worry about hackers, but their real problem is the person in the next office reusing a pet's name as a password.",
    true,
  ],
  [
    "Typical users will trade their login for a chocolate bar; the surveys have shown it for years.",
    true,
  ],
  ["The breach was down to plain human stupidity, and there is no software that fixes that.", true],
];
