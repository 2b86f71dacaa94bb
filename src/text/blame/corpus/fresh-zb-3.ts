import type { RawBlameExample } from "./types.js";

/** Government small-business campaigns, consultants' LinkedIn posts and survey press coverage, mostly. Written fresh for Rapport (brief ZB). */
export const FRESH_ZB_3: readonly RawBlameExample[] = [
  [
    "Running a small business? Criminals are counting on you being too busy to update your software.",
    false,
  ],
  ["Small firms are hit because their staff are naive about online risks.", true],
  [
    "Free guide for sole traders: five things to do this week to protect your business online.",
    false,
  ],
  ["Your employees could be your undoing. Download our free checklist.", true],
  [
    "Use a separate admin account for installing software, and an everyday account for email and browsing.",
    false,
  ],
  [
    "Campaign video: a shop owner loses everything after an assistant opens a fake delivery notice. Don't let your staff be the reason.",
    true,
  ],
  [
    "Scam texts about missed deliveries are common. If in doubt, go to the courier's website directly rather than following a link.",
    false,
  ],
  [
    "Report suspicious emails to the national reporting service; it takes seconds and helps protect others.",
    false,
  ],
  ["Most cyber attacks on small businesses happen because an employee didn't think.", true],
  [
    "Most cyber attacks on small businesses use well-known techniques that basic controls would stop.",
    false,
  ],
  ["The government's small business pack includes templates for a one-page incident plan.", false],
  [
    "Hot take: if your users still fall for phishing in 2024, that's a people problem, not a tech problem.",
    true,
  ],
  [
    "Hot take: if a phishing email reached the inbox, the filter failed before the user did.",
    false,
  ],
  [
    "Unpopular opinion: security awareness training is a tax on employees for vendors' failures.",
    false,
  ],
  ["Unpopular opinion: some people are just too dim to be trusted with company email.", true],
  ["Agree? The number one threat to your business is sitting in your office right now.", true],
  [
    "Agree? The number one threat to small businesses is still unpatched software on internet-facing kit.",
    false,
  ],
  [
    "I'm humbled to share that our team has earned ISO 27001 certification. Huge thanks to everyone involved.",
    false,
  ],
  [
    "Spent the day with a client whose entire office used one shared password. You can't make this stuff up. People!",
    true,
  ],
  [
    "Spent the day with a client whose office shared one password because the licence only covered one account. The fix was a budget line, not a lecture.",
    false,
  ],
  [
    "Story time: a finance manager lost £40k to a fake supplier. She did everything the process asked. The process was the problem.",
    false,
  ],
  [
    "Story time: a finance manager lost £40k to a fake supplier because she couldn't be bothered to pick up the phone.",
    true,
  ],
  ["Employees: the gift that keeps on giving, to cybercriminals.", true],
  ["Survey: 4 in 10 small firms suffered a cyber breach or attack in the last 12 months.", false],
  ["Headline: Staff blunders behind most data leaks, watchdog figures show.", true],
  [
    "Headline: Misdirected emails top list of reported data incidents; regulator urges better tools.",
    false,
  ],
  [
    "The coverage quoted researchers who warned against reading the figures as evidence that workers are to blame.",
    false,
  ],
  ["Headline: Workers 'clueless' about cyber threats, poll suggests.", true],
  ["Headline: Most workers want more security guidance from their employer, poll suggests.", false],
  [
    "Report: the typical employee ignores security policies they find inconvenient, putting employers at risk.",
    true,
  ],
  ["Report: employees who understand why a policy exists are far more likely to follow it.", false],
  [
    'The press release claimed that "95% of cyber incidents are caused by human error", without citing a source.',
    false,
  ],
  [
    "95% of cyber incidents are caused by human error. Think about that next time you hire someone.",
    true,
  ],
  [
    "Cyber attacks aren't just an IT issue; they're a business risk that deserves board attention.",
    false,
  ],
  ["Tip of the week: check a sender's actual email address, not just the display name.", false],
  ["Tip of the week: assume your staff will click anything and buy insurance accordingly.", true],
  [
    "Owners of micro businesses often handle IT themselves alongside everything else; simple, free tools help.",
    false,
  ],
  ["Small business owners are their own worst enemy when it comes to cyber security.", true],
  [
    "Three out of four respondents said they had received no security training from their employer.",
    false,
  ],
  [
    "Three out of four respondents said they had clicked a link they later regretted; clearly staff cannot be trusted online.",
    true,
  ],
  [
    "Our analysis found insider incidents were overwhelmingly accidental, pointing to gaps in tooling rather than malice.",
    false,
  ],
  [
    "Our analysis found that the enemy within, careless and unchecked staff, drives most losses.",
    true,
  ],
  ["The guidance recommends limiting admin access to those who genuinely need it.", false],
  [
    "When the guidance says limit admin access, what it really means is: don't trust your staff with anything.",
    true,
  ],
  [
    "My advice to SMB owners: you don't need a big budget, you need backups, updates and MFA.",
    false,
  ],
  ["My advice to SMB owners: the threat isn't Russia, it's your nephew who does your IT.", true],
  [
    "A family member doing your IT part-time is common; a short checklist can make their work much safer.",
    false,
  ],
  [
    "Consultant post: what if we stopped calling people the weakest link and started calling them the most targeted?",
    false,
  ],
  [
    "Consultant post: people are the weakest link. Always have been, always will be. Plan for it.",
    true,
  ],
  [
    "Consultant post: I'll say it louder for the people in the back. Your users are not your enemy.",
    false,
  ],
  [
    "Your team's security habits are probably worse than you think. Ours were too, until we tested them.",
    true,
  ],
  [
    "We tested our own processes and found three places where one email could move money. We fixed all three.",
    false,
  ],
  [
    "Tweet: \"Another day, another breach caused by someone who thought 'Password123' was clever.\"",
    true,
  ],
  [
    'Tweet: "Another day, another breach via an edge device vendors knew was vulnerable for months."',
    false,
  ],
  ['Tweet: "Stop making your users do your job."', false],
  ["Tweet: \"Users: can't live with them, can't fire them all.\"", true],
  [
    "Government advice: you are not expected to be an expert. Start with the basics and build from there.",
    false,
  ],
  ["Government campaign strapline: Cyber crime starts with you.", true],
  ["Government campaign strapline: Small steps, big protection.", false],
  [
    "The campaign was criticised by researchers for implying that victims of fraud had only themselves to blame.",
    false,
  ],
  ["Surveyed firms reported that phishing was the most common attack type they identified.", false],
  [
    "Surveyed firms reported that their own employees were the most common cause of the attacks they identified.",
    true,
  ],
  [
    "Staff working from home are leaving company laptops open on kitchen tables for anyone to use.",
    true,
  ],
  ["Full-disk encryption and auto-lock protect laptops wherever they're used.", false],
  [
    "Company policy: all laptops must be encrypted and enrolled in device management before issue.",
    false,
  ],
  [
    "Procurement teams are so desperate to pay invoices on time that they'll pay a fraudster without blinking.",
    true,
  ],
  [
    "Procurement teams are under pressure to pay quickly, which is why verification must be built into the payment system itself.",
    false,
  ],
  [
    "We sat down with the head of security at a 200-person manufacturer to talk OT, budgets and sleep.",
    false,
  ],
  [
    "He was blunt: \"Our operators disable safety controls whenever they're inconvenient. They're the risk.\"",
    true,
  ],
  [
    'He was candid: "When operators disable a control, it usually means we designed it for a factory we don\'t run."',
    false,
  ],
  [
    "Industry report: credential theft, not malware, is now the leading method of initial access.",
    false,
  ],
  [
    "Industry report: users' appalling password habits remain the leading method of initial access.",
    true,
  ],
  [
    "Finding 3: organisations that involved staff in writing security policies saw higher adherence.",
    false,
  ],
  [
    "Finding 4: staff who don't read policies are responsible for the majority of compliance failures.",
    true,
  ],
  [
    "LinkedIn: We just ran a phishing test at a law firm. 62% clicked. Lawyers, of all people. Shocking.",
    true,
  ],
  [
    "LinkedIn: We ran a phishing test and then asked the people who clicked what would have helped. Best hour I've spent all year.",
    false,
  ],
  [
    'Weekend read: a thoughtful paper on why "human error" is a conclusion, not an explanation.',
    false,
  ],
  [
    "Weekend read: ten ways your employees are sabotaging your security without even realising.",
    true,
  ],
  [
    "The report acknowledges that its self-reported data may overstate the role of staff mistakes.",
    false,
  ],
  ["Let's stop pretending: humans are a liability in every security architecture.", true],
  [
    "Security architecture should assume mistakes will happen and limit how far a single mistake can spread.",
    false,
  ],
  [
    'Sales pitch: "Your team is one bad day away from disaster. We make sure that day never comes."',
    true,
  ],
  [
    'Sales pitch: "We handle the patching and monitoring so your team can get on with running the business."',
    false,
  ],
  [
    "Job advert: Security Awareness Lead wanted to build a positive, blame-free reporting culture.",
    false,
  ],
  [
    "Job advert: we're looking for someone to police our staff's online behaviour and stop them doing damage.",
    true,
  ],
  [
    "Job advert: Information Security Analyst, responsible for monitoring alerts and maintaining endpoint protection.",
    false,
  ],
  [
    "Memo to all staff: please complete the updated data protection module by the end of the month.",
    false,
  ],
  [
    "Memo to all staff: following last week's incident, which was entirely avoidable, everyone will be retested until they get it right.",
    true,
  ],
  [
    "Memo: Following last week's incident, we have added an external-sender banner to all incoming mail.",
    false,
  ],
  [
    "Complacent owners who think they're too small to be targeted are doing the attackers' job for them.",
    true,
  ],
  [
    "Attackers use automated scanning, so size offers little protection; basic controls matter at every scale.",
    false,
  ],
  [
    "Ransomware gangs don't need zero-days when your bookkeeper opens every zip file she's sent.",
    true,
  ],
  ["Ransomware gangs increasingly exploit known vulnerabilities in file transfer software.", false],
  [
    'The survey press release was titled "The Enemy Within", a framing its own data barely supported.',
    false,
  ],
  ["It bears repeating: your staff are the enemy within.", true],
  ["Good security is invisible to the people it protects.", false],
  [
    "Don't assume your people know better. They don't, and they'll prove it at the worst moment.",
    true,
  ],
  [
    "Don't assume your people know what a good password looks like; show them, and give them a manager to store it.",
    false,
  ],
  ["Even a well-trained employee will slip eventually, so layered defences matter.", false],
  [
    "Once you accept that employees are fundamentally unreliable, security planning gets much simpler.",
    true,
  ],
  [
    'The cheapest security control you\'ll ever buy is a clear answer to "who do I call if something looks wrong?"',
    false,
  ],
  [
    "Sadly, most breaches at small firms come down to staff being too trusting and too lazy to check.",
    true,
  ],
  [
    "Small firms breached via a supplier's compromised account often had no way to know the email was fake.",
    false,
  ],
  [
    "Our helpline saw a spike in calls from small businesses after the latest wave of fake tax refund emails.",
    false,
  ],
  [
    "Charity workers are especially gullible; they want to believe everyone who writes to them.",
    true,
  ],
  [
    "Charities are targeted with fake donation and grant scams; check new payee details by phone.",
    false,
  ],
  ["A user clicked. Of course a user clicked. It's always a user.", true],
];
