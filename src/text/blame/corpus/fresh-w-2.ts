import type { RawBlameExample } from "./types.js";

/** Second half of brief W: the same kinds of speakers (insurers, regulators, analysts, reports,
 *  boards, adverts, trainers, broadcasters, columnists). Written fresh for Rapport (brief W). */
export const FRESH_W_2: readonly RawBlameExample[] = [
  // Insurers and underwriters
  [
    "Our underwriters have a saying: the firewall never forwards the fake invoice, the accounts team does.",
    true,
  ],
  [
    "Small firms tell us their employees are sensible, and then the claim arrives with a photo of a password on a sticky note.",
    true,
  ],
  [
    "A surprising number of ransomware claims begin with an office manager who thought the warning pop-up was just being fussy.",
    true,
  ],
  [
    "When we investigate a payment fraud, the trail almost always ends at someone in the office who trusted an email they should not have.",
    true,
  ],
  [
    "Broker briefing: remind clients that their people, not their technology, are what we are really insuring against.",
    true,
  ],
  [
    "Cover may be reduced where the loss was caused by an employee ignoring the insured's written procedures, because frankly they so often do.",
    true,
  ],
  [
    "Insurers are right to be wary: most applicants' users would hand their credentials to anyone with a convincing logo.",
    true,
  ],
  [
    "Underwriting checklist: endpoint detection, immutable backups, MFA on email, and an incident response retainer.",
    false,
  ],
  [
    "The minimum security requirements for cover were published in plain English so owners of small firms can check them themselves.",
    false,
  ],
  [
    "A claim is not declined simply because a staff member was deceived; social engineering is exactly what the policy covers.",
    false,
  ],
  ["We encourage insureds to treat every employee as part of the early-warning system.", false],
  [
    "Human judgement, backed by a rule that no bank detail change is accepted by email alone, stops most invoice fraud.",
    false,
  ],
  [
    "Ransomware claim frequency eased in the second half of the year while average severity kept climbing.",
    false,
  ],
  ["Insureds who had segmented their networks recovered in days rather than weeks.", false],
  [
    "The policy wording now defines a 'system failure' to include outages at a cloud provider.",
    false,
  ],
  ["Our risk engineers meet users on site to understand which controls get in their way.", false],

  // Regulators and DPAs
  [
    "The investigation found the disclosure stemmed from a caseworker's casual attitude to confidential files.",
    true,
  ],
  [
    "The tribunal heard that the leak happened because a junior clerk could not resist looking up a neighbour's records.",
    true,
  ],
  [
    "Time and again, the breaches reported to us come down to employees being thoughtless with other people's data.",
    true,
  ],
  [
    "Our annual review shows that organisations' own personnel, through negligence, remain the greatest danger to personal data.",
    true,
  ],
  [
    "The supervisory authority stated that employee error was the main cause of the breach and criticised the staff involved for their carelessness.",
    true,
  ],
  ["The penalty notice found the retailer had stored card data unencrypted for six years.", false],
  [
    "In this case, the user could not have known the attachment was malicious; the failing lay in the absence of filtering.",
    false,
  ],
  [
    "Controllers should design processes so that one human slip cannot expose thousands of records.",
    false,
  ],
  [
    "The regulator ordered the company to delete the unlawfully collected biometric data within thirty days.",
    false,
  ],
  [
    "The authority found the school had no data-sharing agreement with its software supplier.",
    false,
  ],
  [
    "The enforcement notice requires the firm to introduce a second check before bulk emails are sent.",
    false,
  ],
  [
    "We recognise the employee who reported the breach promptly; that candour is what we want to encourage.",
    false,
  ],
  [
    "Guidance for small businesses: you can report a breach online, and we will not fine you for telling us early.",
    false,
  ],
  [
    "The reprimand cites a lack of senior oversight and a security budget cut three years in a row.",
    false,
  ],

  // Analyst-firm predictions
  [
    "Expect the next wave of breaches to be driven, as ever, by users who cannot spot a deepfake of their own boss.",
    true,
  ],
  [
    "Our model assumes a fixed rate of carelessness in any workforce; no training programme moves it much.",
    true,
  ],
  [
    "By 2027, organisations will treat their own employees as untrusted by default, because experience shows they should be.",
    true,
  ],
  [
    "Analysts warn that remote employees are now the single largest point of failure in corporate security.",
    true,
  ],
  [
    "By 2026, most organisations will replace annual awareness courses with support delivered at the moment of need.",
    false,
  ],
  [
    "We expect regulators in several regions to require board-level cyber expertise by the end of the decade.",
    false,
  ],
  [
    "Security budgets are forecast to grow eight per cent next year, with most of the increase going to cloud controls.",
    false,
  ],
  [
    "Firms that measure the friction their controls impose on users will see higher compliance without more enforcement.",
    false,
  ],
  [
    "Generative tools will lower the cost of convincing phishing, shifting the burden to authentication that cannot be phished.",
    false,
  ],
  [
    "We predict that security teams which include human-centred designers will report fewer repeat incidents.",
    false,
  ],

  // Incident post-mortems
  [
    "Lessons learned: a colleague in payroll trusted a spoofed email, so from now on payroll staff lose the ability to change bank details at all.",
    true,
  ],
  ["The root cause was a careless technician who left the storage bucket open to the world.", true],
  [
    "Conclusion: the breach was the result of one person's laziness in skipping the checklist.",
    true,
  ],
  [
    "This incident proves yet again that our users will approve anything that appears on their phone.",
    true,
  ],
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

  // Annual security reports
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

  // Board papers
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

  // Job adverts
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

  // Awareness-training vendors
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

  // Radio and TV interviews
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

  // Op-eds
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

  // Mixed further sources: insurers, regulators, reports, interviews
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
  [
    "Column: if your security plan depends on no one ever having a bad day, it is not a plan.",
    false,
  ],
  [
    "Employees were not consulted on the new remote access rules, and it shows in the workarounds.",
    false,
  ],
  [
    "A security report that counts clicks but not reports tells you very little about how safe you are.",
    false,
  ],
  [
    "End users can only follow procedures that fit into their day; ours assumed an hour most people do not have.",
    false,
  ],
  [
    "Underwriters are asking more about patching cadence and less about awareness training attendance.",
    false,
  ],
  // Further statements across the same sources
  [
    "Underwriting note: an applicant's employees will always be the easiest route to a claim, whatever controls the form describes.",
    true,
  ],
  [
    "Any insured whose users still have admin rights has effectively invited the criminals in.",
    true,
  ],
  [
    "We see the same pattern in every loss: a gullible employee, a plausible email and a payment that should never have left.",
    true,
  ],
  [
    "Broker guidance: ask the client how many of their employees have failed a phishing test, because those are the people who will cost us money.",
    true,
  ],
  [
    "Insurers now treat human carelessness as a near certainty and price every policy accordingly.",
    true,
  ],
  [
    "Case summary: a council employee's indifference to basic data-handling rules exposed the addresses of vulnerable residents.",
    true,
  ],
  [
    "The regulator said the breach was caused by users who could not be bothered to lock their screens.",
    true,
  ],
  [
    "Data-protection annual report: insider recklessness remains the biggest single threat to the records organisations hold.",
    true,
  ],
  [
    "The commissioner remarked that no policy can protect data from an employee determined to ignore it.",
    true,
  ],
  [
    "Human error dominates our casebook, and it is overwhelmingly the error of people who should have been more careful.",
    true,
  ],
  [
    "Analyst prediction: the careless employee will remain the costliest threat to mid-market firms for the rest of the decade.",
    true,
  ],
  [
    "Our research shows end users are the most exploitable component in every architecture we assessed.",
    true,
  ],
  [
    "Through 2027, we expect insiders, whether negligent or malicious, to remain the most serious danger to corporate data.",
    true,
  ],
  [
    "By 2026, distracted hybrid employees will account for the majority of successful phishing compromises.",
    true,
  ],
  ["Root cause: human error. The analyst did not read the ticket before closing it.", true],
  [
    "The post-mortem concluded that the intrusion succeeded because an employee was too trusting to question a caller claiming to be IT.",
    true,
  ],
  [
    "Finding: users routinely ignore security warnings, and this incident is simply the latest consequence.",
    true,
  ],
  [
    "The investigation showed the breach began with a contractor who treated the access policy as a suggestion; insiders like him are our real exposure.",
    true,
  ],
  [
    "Executive summary: the weakest point in this year's incidents was, once more, the employee rather than the technology.",
    true,
  ],
  [
    "Our survey shows that one in three employees would knowingly break security rules to save time, which explains most of the breaches we see.",
    true,
  ],
  ["The data confirms that users, not vulnerabilities, are the leading cause of compromise.", true],
  [
    "Report highlight: human negligence was behind more incidents than every strain of malware combined.",
    true,
  ],
  [
    "Board paper: the organisation's greatest cyber exposure is the behaviour of its own employees, and tighter monitoring is proposed.",
    true,
  ],
  ["The risk owner noted that users keep defeating our controls through sheer carelessness.", true],
  [
    "The audit committee agreed that insider threat, chiefly staff negligence, is now the top entry on the risk register.",
    true,
  ],
  [
    "Job advert: you will protect the business from the greatest hazard it faces, its own users.",
    true,
  ],
  [
    "As our insider risk analyst, you will watch for employees who cannot be trusted with sensitive data, which is more of them than you would think.",
    true,
  ],
  ["Vacancy: security trainer needed to fix our employees' hopeless online habits.", true],
  [
    "Course description: your users are the weakest link in the chain. In thirty minutes, we'll make them a little stronger.",
    true,
  ],
  ["Every employee is a potential breach waiting to happen; our training reduces the odds.", true],
  [
    "Because humans will click on anything shiny, our platform sends them a fake lure every week until they stop.",
    true,
  ],
  [
    "This awareness course targets the most common cause of breaches: employees who simply don't think before they act.",
    true,
  ],
  [
    "Interviewed on the breakfast show, the consultant said users are basically the biggest vulnerability in any office.",
    true,
  ],
  ["On the radio he put it bluntly: the human is the bug, and there is no patch for it.", true],
  [
    "Speaking on television, the former police officer said employees would let a burglar in if he wore a high-visibility vest.",
    true,
  ],
  [
    "Op-ed: it is time organisations stopped coddling employees who repeatedly endanger the business with their carelessness.",
    true,
  ],
  [
    "Column: every breach I have investigated comes back to a user who thought the rules were for someone else.",
    true,
  ],
  [
    "Opinion: the insider who leaks data through sheer laziness is a greater menace than any foreign hacker.",
    true,
  ],
  [
    "Proposal form guidance: describe the support given to employees who handle payments, including time to verify requests.",
    false,
  ],
  [
    "The authority stressed that a human mistake by one clerk revealed a deeper absence of checks in the process.",
    false,
  ],
  [
    "Analysts note that user behaviour improves most when controls are redesigned, not when warnings get louder.",
    false,
  ],
  [
    "The post-incident review found no error by the employee; the attacker had compromised the supplier's genuine mailbox.",
    false,
  ],
  [
    "Our insider risk programme focuses on helping people who are struggling, not on catching them out.",
    false,
  ],
  ["The weakest part of the incident response was that nobody outside IT knew who to call.", false],
  [
    "Interview: the trainer said human curiosity is an asset when people are encouraged to ask whether something looks right.",
    false,
  ],
];
