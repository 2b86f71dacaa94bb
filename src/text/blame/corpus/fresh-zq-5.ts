import type { RawBlameExample } from "./types.js";

/** Inside voices: incident post-mortems, board and audit reports, awareness plans, policy rationales, ticket comments and team chat. Written fresh for Rapport (brief ZQ). */
export const FRESH_ZQ_5: readonly RawBlameExample[] = [
  [
    "Awareness budget justification: our employees remain the easiest target for attackers, and frankly they make it easier every year.",
    true,
  ],
  [
    "Insider access review complete: staff had been quietly hoarding permissions for years, because of course they had.",
    true,
  ],
  [
    "Every year the pen test report says the same thing about people, and every year we buy more training instead of fixing the findings about systems.",
    false,
  ],
  [
    "Public library terminals accept any USB device by default. Locking down autorun and using a kiosk profile is overdue.",
    false,
  ],
  [
    "Control AC-7, purpose statement: USB ports are disabled by default to reduce malware exposure; a managed exception process exists for staff who need removable media for their work.",
    false,
  ],
  [
    "Our receptionist lets in anyone holding a coffee and a lanyard. She's basically an open door with a smile.",
    true,
  ],
  ["The engineering culture here is 'move fast and leak things'.", true],
  [
    "Quarterly report: phishing click rate rose to 14%, coinciding with a simulation template that copied our real payroll system's emails exactly.",
    false,
  ],
  [
    "Why does every incident report I read start with 'an employee'? Because that's where they all start.",
    true,
  ],
  [
    "The claims system didn't flag the changed bank details; a simple change alert would have shown the team what happened.",
    false,
  ],
  [
    "A payroll clerk gave bank details on the phone to someone who already knew the employee ID and date of birth from a prior breach. Knowledge-based checks are dead.",
    false,
  ],
  ["Night shift alert volume averages 140 per analyst against a target of 40.", false],
  [
    "Lessons learned: our helpdesk reset procedure had no identity verification step for MFA resets. The technician followed the script we gave him; the script was the hole.",
    false,
  ],
  [
    "Walkaround results: 31 unlocked unattended screens, mostly where staff are regularly pulled away mid-task. Shortening the lock timeout and adding tap-to-unlock.",
    false,
  ],
  [
    "Comms draft for all-staff: 'Once again, a member of staff has put the company at risk by ignoring clear instructions. This cannot continue.'",
    true,
  ],
  [
    "Policy rationale: personal devices may access email only through the managed app, which keeps corporate data separate without inspecting personal content.",
    false,
  ],
  [
    "The outage followed a firewall change that went live without peer review because the change window tool was down. Process gap, logged as such.",
    false,
  ],
  [
    "Post-mortem comment: the change dashboard showed 'approved' for a request still in review, due to a caching bug. The operator acted on what the screen said.",
    false,
  ],
  [
    "Why the programme exists: employees are often the first to spot an attack, so the programme aims to make them confident reporters rather than nervous clickers.",
    false,
  ],
  [
    "The biggest vulnerability in this hospital is a fleet of imaging devices running Windows 7 that the manufacturer won't let us patch.",
    false,
  ],
  [
    "The problem isn't that someone let ransomware in; it's that once inside, it spread to every file server in under an hour.",
    false,
  ],
  [
    "Slack, #cloud-sec: dev team left the staging database open to the internet AGAIN. do they even read the alerts",
    true,
  ],
  ["Risk assessment: human error likely, given the calibre of staff in the branch network.", true],
  [
    "Weary observation: we spent £80k on training and £0 on fixing the systems people complained about. Guess which would have worked.",
    false,
  ],
  [
    "Every breach I've investigated in twenty years had at least three chances to be stopped by controls nobody had switched on.",
    false,
  ],
  [
    "Procurement needs a secure way to share vendor onboarding details. Right now email is the only option they've been given.",
    false,
  ],
  [
    "Lab researchers are cavalier with data. One of them put a patient cohort spreadsheet in a public cloud folder 'just for a second'.",
    true,
  ],
  ["Our engineers are smart people who do astonishingly stupid things with credentials.", true],
  [
    "Chat: 'why is the HR director's password on the whiteboard in the meeting room' because people here are clowns, that's why",
    true,
  ],
  [
    "Social engineering targets trust and helpfulness, which are qualities we want our staff to have. The job is to protect them, not fix them.",
    false,
  ],
  [
    "The regulator fined us for inadequate technical measures, specifically the lack of encryption on backups.",
    false,
  ],
  [
    "After this quarter's results, I'd like us to ask staff what made the simulations hard to spot, rather than just reporting the numbers.",
    false,
  ],
  [
    "Our doctors are brilliant clinicians and hopeless with anything digital; they will approve any MFA prompt just to make it go away.",
    true,
  ],
  [
    "Incident INC-8812 closed as user error. Employee downloaded 'invoice.pdf.exe' and double-clicked it twice.",
    true,
  ],
  ["The biggest vulnerability in this hospital walks around in scrubs.", true],
  [
    "Teams thread: DLP keeps flagging finance forwarding invoices to personal email — probably because the VPN is down for home workers again. let's fix the VPN first",
    false,
  ],
  [
    "Bottom line for the audit: our employees are the single biggest control failure in the environment.",
    true,
  ],
  [
    "A logistics laptop was lost on a train. It was one of 40 devices missed by the encryption rollout; the remaining devices are being done this week.",
    false,
  ],
  [
    "The nursing staff treat passwords like they're optional. Found two written on the medication cart again today.",
    true,
  ],
  ["The problem isn't ransomware, it's the people who keep letting it in.", true],
  [
    "The chemists think lab notebooks are private diaries and email them to anyone they like, including rivals they meet at conferences.",
    true,
  ],
  [
    "We've run twelve phishing simulations and the same forty people fail every single time. Some folk are just unteachable.",
    true,
  ],
  [
    "Lawyers share credentials with assistants because our document system has no delegation feature. We're enabling delegate access so they can stop.",
    false,
  ],
  [
    "Report to governors: the incident stemmed from a member of staff who, despite repeated reminders, continued to use an unapproved cloud service.",
    true,
  ],
  [
    "No amount of click training will save us if the email gateway keeps letting credential-harvest pages through. Tooling gap first.",
    false,
  ],
  [
    "Trusting staff is not the opposite of security; it's the basis of a reporting culture that actually catches incidents.",
    false,
  ],
  [
    "Human error shows up in our incident data, but so does human detection: staff spotted 18 of the year's 30 confirmed incidents.",
    false,
  ],
  [
    "Comment on INC-2291: user claims she 'didn't notice' the sender domain was misspelt. Users never notice anything.",
    true,
  ],
  [
    "Payroll reconciliation found 37 active accounts belonging to people who left more than six months ago.",
    false,
  ],
  [
    "Auditors found unlocked laptops on the sales floor; with hot-desking, staff move every hour and the lock screen is a nuisance. Badge-tap lock is being piloted.",
    false,
  ],
  ["Our weakest defence is the email gateway we haven't upgraded since 2018.", false],
  [
    "Some of our people genuinely shouldn't be trusted with a stapler, never mind customer records.",
    true,
  ],
  [
    "Our pipeline let anyone push straight to main without review. That's a branch protection setting, and it's now on.",
    false,
  ],
  [
    "It's not the sales team that worries me, it's the CRM that lets anyone export the entire customer base in one click.",
    false,
  ],
  ["People are stupid. That's the whole threat model.", true],
  [
    "Technical note: TLS 1.0 and 1.1 are disabled on all external load balancers as of Monday.",
    false,
  ],
  [
    "Conclusion for the regulator: the incident resulted from procedures that were never enforced technically, relying on individual vigilance alone.",
    false,
  ],
  ["Finance clerks at the regional office are a standing invitation to fraudsters.", true],
  ["Chat: 4th floor again. if brains were bandwidth they'd be on dial-up", true],
  [
    "Comment on draft RCA: 'technician was careless' isn't a finding. What made the careless version the easy version?",
    false,
  ],
  ["The weakest link in this incident, as in most, was the person at the keyboard.", true],
  [
    "Investigation finding: the leaver file sat on a share open to all payroll staff and two former contractors whose access was never removed.",
    false,
  ],
  ["Staff are lazy about locking screens and it shows in every walkaround.", true],
  [
    "Kill chain review: the initial access vector was, predictably, an employee who believed a text message claiming to be from the CEO.",
    true,
  ],
  ["Our biggest security problem is that 40% of our software inventory is unknown.", false],
  [
    "Executive assistants handle more sensitive requests than anyone; we're giving them a direct line to the SOC and priority verification support.",
    false,
  ],
  [
    "Post-incident review: the root of this incident, frankly, is the people in the branch who think rules are optional.",
    true,
  ],
  ["Staff can't be trusted to classify documents, so don't bother asking them.", true],
  ["Tell me again why we let accountants anywhere near macros.", true],
  [
    "The audit committee should note that staff negligence, not technical weakness, accounts for the overwhelming majority of our reportable incidents.",
    true,
  ],
  [
    "Our lawyers are the worst at this. Brilliant on contracts, utterly reckless with attachments.",
    true,
  ],
  [
    "The SCADA HMI login is shared by a whole shift and can't be changed without a vendor visit. That's the finding; the tape is just the symptom.",
    false,
  ],
  [
    "Contractors are a liability. Every contractor we've onboarded has done something dumb with their access within a month.",
    true,
  ],
  [
    "Security team chat: 'place your bets on which department clicks first' — 'legal, always legal'",
    true,
  ],
  [
    "Click rate on the March simulation: 9.2%. Report rate: 31%. Both within the range we forecast.",
    false,
  ],
  [
    "Change freeze policy: no firewall changes after 2pm on Fridays unless there's an active incident, because the people who can roll back aren't on shift at weekends.",
    false,
  ],
  [
    "Board summary: the principal cyber risk remains unpatched legacy systems in the logistics division, three of which run an unsupported operating system.",
    false,
  ],
  [
    "The QR code poster in the radiology corridor looked official because our real IT posters use the same template. We're changing how genuine notices are marked.",
    false,
  ],
  [
    "You know why our cloud bill exploded? Because some genius in data science left a GPU cluster running with a public endpoint and no auth.",
    true,
  ],
  [
    "Board summary: the principal cyber risk facing the group remains our own workforce, whose carelessness with data outweighs any external threat actor.",
    true,
  ],
  [
    "Every DPO knows that most data protection breaches are misdirected emails, which is why recipient checks are cheap wins.",
    false,
  ],
  [
    "Our pilots are brilliant at flying and utterly careless with the tablets that hold the flight manuals.",
    true,
  ],
  [
    "The click rate tells you about the simulation, not the workforce. Report rate tells you far more.",
    false,
  ],
  [
    "Ticket note: user has been told four times not to use the shared admin login. Escalating to her manager for disciplinary action.",
    true,
  ],
];
