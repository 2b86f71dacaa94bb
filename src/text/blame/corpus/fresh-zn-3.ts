import type { RawBlameExample } from "./types.js";

/** News headlines and first sentences of news and trade-press stories on security incidents, with analyst one-liners. Written fresh for Rapport (brief ZN). */
export const FRESH_ZN_3: readonly RawBlameExample[] = [
  [
    "Chief executive of training firm: 'If your staff are still clicking, they haven't been paying attention.'",
    true,
  ],
  [
    "Chief executive of training firm: 'If your staff are still clicking, our training hasn't done its job.'",
    false,
  ],
  [
    "New research shows that ransomware groups are targeting backup servers first in order to prevent recovery.",
    false,
  ],
  [
    "Workplace negligence, not sophisticated hacking, is what keeps insurers up at night, according to the underwriters surveyed.",
    true,
  ],
  [
    "Underwriters now refuse cover to firms without MFA on remote access, the insurance broker's market update says.",
    false,
  ],
  [
    "Almost half of staff say they have approved an MFA prompt they did not initiate 'just to make it stop', the poll revealed.",
    true,
  ],
  [
    "Push-based MFA without number matching is being defeated by prompt bombing that wears users down, the research team warns.",
    false,
  ],
  [
    "Our clients' weakest link is almost never the technology, the consultancy's head of risk said in a statement.",
    true,
  ],
  [
    "The weakest link is almost never a person; it's a process nobody wrote down, the consultancy's head of risk said.",
    false,
  ],
  [
    "The analysis of 500 SME incidents shows poor network segmentation allowed ransomware to spread in 80% of cases.",
    false,
  ],
  [
    "Office managers at small firms routinely approve software installs they do not understand, the survey claims.",
    true,
  ],
  [
    "Executives' assistants are the favourite target of business email compromise crews, the threat intelligence briefing shows.",
    false,
  ],
  [
    "Your people will always find a way around the rules, the vendor's launch material says, which is why its product records every keystroke.",
    true,
  ],
  [
    "Monitoring every employee keystroke destroys trust and catches little, the privacy group's report concludes.",
    false,
  ],
  [
    "More than 80% of the cloud keys found on public code repositories belonged to developers at small firms who pushed them without a second thought, the scan shows.",
    true,
  ],
  [
    "Leaked cloud keys keep turning up on public repositories because secret scanning is still off by default on most platforms, the scan shows.",
    false,
  ],
  [
    "The threat landscape has shifted toward identity: attackers now go after user tokens and sessions rather than machines.",
    false,
  ],
  [
    "Half of small business owners say they 'don't trust their own staff' with admin rights, a poll from a business lender found.",
    true,
  ],
  [
    "Half of small business owners say they don't know who in the firm has admin rights, a poll from a business lender found.",
    false,
  ],
  [
    "A typical company loses track of 30% of its software licences and cloud accounts, the SaaS management report found.",
    false,
  ],
  [
    "Call centre agents remain the easiest route into customer accounts, a fraud prevention body said, because they can be talked into anything.",
    true,
  ],
  [
    "Human beings are wired to trust, and attackers exploit that every day, the security company said in announcing its new training course.",
    true,
  ],
  [
    "Attackers exploit trust every day, the security company said, which is why payment changes must be verified out of band.",
    false,
  ],
  [
    "The number of critical vulnerabilities published this year is on track to exceed 40,000.",
    false,
  ],
  [
    "Staff who work from cafés are leaking company secrets over their shoulders, says a privacy screen maker.",
    true,
  ],
  [
    "Public Wi-Fi is no longer the threat it was, now that almost all traffic is encrypted, networking experts say.",
    false,
  ],
  [
    "Fewer than one in five small firms test their backups, the survey found, with many discovering failures only during an attack.",
    false,
  ],
  [
    "The people who click on phishing links are often the same people, again and again, the research found, and they need to be managed out.",
    true,
  ],
  [
    "The same users tend to be targeted again and again because their details appear in breached data sets, the research found.",
    false,
  ],
  [
    "The report describes ordinary staff as 'an unmanaged attack surface that walks out of the building every evening'.",
    true,
  ],
  [
    "Supply chain attacks on software build systems doubled, with attackers poisoning updates at the source.",
    false,
  ],
  [
    "Interns and temporary staff caused a disproportionate share of data-handling incidents, according to the HR technology vendor.",
    true,
  ],
  [
    "Temporary staff are often given full access on day one because no role-based templates exist for new user accounts, the HR technology vendor found.",
    false,
  ],
  [
    "The survey blames 'a culture of complacency on the shop floor' for the rise in attacks on manufacturers.",
    true,
  ],
  [
    "Connected machines that cannot be patched without halting production are the chief weakness in factory networks, the survey says.",
    false,
  ],
  [
    "Security leaders who blame their users for breaches are less likely to win budget, the annual CISO benchmark found.",
    false,
  ],
  [
    "The biggest vulnerability in any network is sitting in the chair, the press release declares.",
    true,
  ],
  [
    "One-password admin portals exposed to the internet were found at a third of the firms scanned.",
    false,
  ],
  [
    "'Ninety-nine per cent of our alerts come from people doing silly things,' said the head of the managed SOC.",
    true,
  ],
  [
    "Alert fatigue is driving SOC analysts out of the profession, the staffing survey warns.",
    false,
  ],
  [
    "The consultancy found that employees at nine in ten firms could open files far beyond what their role required.",
    false,
  ],
  [
    "Nearly every phishing success in the study traced back to an employee who skipped the verification step they had been taught.",
    true,
  ],
  [
    "Employees who ignore the clear-desk policy are leaving client data on show to cleaners and visitors, the audit firm says.",
    true,
  ],
  [
    "The report's authors say staff 'treat security as someone else's job', leaving doors, drawers and inboxes open.",
    true,
  ],
  [
    "Bored staff scrolling social media at work are the easiest targets for malware, claims endpoint vendor.",
    true,
  ],
  [
    "A district council in the East of England has suspended two members of its revenues team, pending a disciplinary hearing, after £310,000 meant for a highways contractor was paid into an account controlled by fraudsters who had sent a single convincing email.",
    true,
  ],
  [
    "A county council has admitted it had no written procedure for verifying changes to supplier bank accounts when it lost £310,000 to fraudsters, leaving a single employee to judge the request.",
    false,
  ],
  [
    "A family-run bakery chain in the Midlands says it will not pay a ransom after attackers encrypted its ordering system.",
    false,
  ],
  [
    "Staff at a Yorkshire GP surgery were 'too trusting' of a caller claiming to be from the NHS IT service, an internal review has concluded.",
    true,
  ],
  [
    "A software flaw in a widely used appointment booking system exposed patient names and dates of birth; no user action was involved, the supplier confirmed on Tuesday.",
    false,
  ],
  [
    "The managing director of a Bristol engineering firm has told staff that anyone who fails two phishing tests in a row will lose internet access.",
    true,
  ],
  [
    "Cyber security firms are struggling to recruit, with the skills gap widening for the fifth year in a row, a trade body says.",
    false,
  ],
  [
    "An investigation into the breach at a regional building society found that a branch worker had written customer PINs in a notebook kept under the counter.",
    true,
  ],
  [
    "The breach at a regional building society came through a compromised software update from its core banking supplier, investigators say.",
    false,
  ],
  [
    "Trade column: Honestly, most of the SMEs I visit would be safer if they locked the staff out and let the computers run themselves.",
    true,
  ],
  [
    "Trade column: Most of the SMEs I visit would be safer if someone owned security at board level instead of leaving it to whoever sits nearest the router.",
    false,
  ],
  [
    "Opinion: We keep training people and they keep failing. Maybe the problem is that they just don't care.",
    true,
  ],
  [
    "Opinion: We keep training employees and incidents keep happening. Maybe the problem is the training.",
    false,
  ],
  [
    "Police have arrested a 19-year-old in connection with a string of attacks on online gift shops.",
    false,
  ],
  [
    "The firm's chief executive said the breach was caused by 'a moment of stupidity' in the marketing department.",
    true,
  ],
  [
    "The firm's chief executive said the breach was caused by the company's own failure to patch a server it had forgotten it owned.",
    false,
  ],
  [
    "Hackers have published data stolen from a Welsh housing charity on a leak site after it refused to pay.",
    false,
  ],
  [
    "A university in the north-east says a research student's decision to run a cryptocurrency miner on lab computers opened the network to attackers.",
    true,
  ],
  [
    "Universities are struggling to secure research networks that were designed for openness, a sector body warns.",
    false,
  ],
  [
    "Security columnist: the only thing standing between a small firm and ransomware is whether Janet in accounts opens that PDF.",
    true,
  ],
  [
    "A city council's IT chief has told councillors that staff 'will not stop clicking' and asked for money to lock down email instead.",
    true,
  ],
  [
    "A city council's IT chief has told councillors that asking employees to spot phishing is unreasonable and asked for money to filter it instead.",
    false,
  ],
  [
    "A recruitment firm says one of its consultants uploaded thousands of candidate CVs to a free online file converter.",
    true,
  ],
  [
    "The regulator's annual report says fines for data breaches at small firms fell, but the number of complaints rose.",
    false,
  ],
  [
    "A private school has apologised to parents after a bursary officer emailed a spreadsheet of family incomes to the whole year group.",
    true,
  ],
  [
    "Parents at a private school have asked why the email system gave the user no warning before sending a sensitive spreadsheet to every family in a year group.",
    false,
  ],
  [
    "Insurance brokers say cyber premiums have levelled off as firms adopt basic controls such as multi-factor login.",
    false,
  ],
  [
    "An industry newsletter asks: 'When will companies admit that their own workforce is the threat?'",
    true,
  ],
  [
    "The trade association's chair says the sector's reliance on a handful of software suppliers is its biggest cyber weakness.",
    false,
  ],
  [
    "A transport operator says its ticketing outage was caused by one of its own engineers connecting an infected laptop to the depot network.",
    true,
  ],
  [
    "A bus company in Kent says timetables were unavailable for two days after its website host suffered an outage.",
    false,
  ],
  [
    "A solicitors' practice was hit by ransomware after a partner let his teenage son use the work laptop for gaming downloads, the firm said.",
    true,
  ],
  [
    "A vulnerability in a popular WordPress plugin has been exploited to deface hundreds of small business websites.",
    false,
  ],
  [
    "Retail employees are being manipulated into resetting customer accounts by fraudsters who call stores pretending to be head office, a report says.",
    false,
  ],
  [
    "Retail staff are resetting customer accounts for anyone who sounds confident on the phone, a report says.",
    true,
  ],
  [
    "A charity that lost donor data says the laptop was left in an unlocked car by a fundraiser.",
    true,
  ],
  [
    "Data protection officers at small charities say they lack time and budget, with most working on the role one day a week.",
    false,
  ],
  [
    "Tech column: The cloud didn't leak your data. The intern who made the bucket public did.",
    true,
  ],
  [
    "Tech column: The intern didn't leak your data. The cloud console that made 'public' the easiest option for every user did.",
    false,
  ],
];
