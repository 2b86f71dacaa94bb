import type { RawBlameExample } from "./types.js";

/** News headlines and first sentences of news and trade-press stories on security incidents, with analyst one-liners. Written fresh for Rapport (brief ZN). */
export const FRESH_ZN_2: readonly RawBlameExample[] = [
  [
    "Penetration testers walked into the building carrying a ladder and smiling, the report says, because nobody at reception asked a single question about who they were or why they were there",
    true,
  ],
  [
    "Penetration testers got into the building because door access logs were never reviewed, report says",
    false,
  ],
  ["Opinion: The board, not the staff, owns the breach", false],
  ["Opinion: Boards are right to hold staff accountable for breaches they cause", true],
  ["Software maker patches critical bug in accounting package used by 40,000 small firms", false],
  [
    "Nursery chain's children's photos leaked after staff member used unapproved app, owner says",
    true,
  ],
  ["Nursery chain's children's photos leaked via an unsecured server run by its app vendor", false],
  ["'You can't patch stupid,' consultant tells small business conference", true],
  [
    "'Human error is a design problem: fix the systems that make mistakes easy,' consultant tells small business conference",
    false,
  ],
  ["Trade union says workers are being scapegoated for a breach caused by outdated systems", false],
  ["Employer says workers' refusal to use the password manager left the door wide open", true],
  [
    "Research: 70% of breaches involve stolen credentials, most harvested by infostealer malware rather than user mistakes",
    false,
  ],
  ["Research: staff who save passwords in their browsers are gifting attackers easy wins", true],
  ["Vendor launches tool to automatically revoke access when employees leave", false],
  [
    "Firm admits its offboarding process failed to revoke a departed contractor's access for six weeks",
    false,
  ],
  ["Firm accuses disgruntled former staff member of stealing client list on her way out", true],
  ["Cloud outage, not a cyber attack, behind two-day disruption at online retailer", false],
  [
    "Security awareness vendor: 'Nine out of ten attacks succeed because somebody let them in.'",
    true,
  ],
  [
    "Identity vendor: 'Nine out of ten attacks succeed because a password was all that stood in the way.'",
    false,
  ],
  ["Mid-market firms still running end-of-life firewalls, scan reveals", false],
  ["Staff at mid-market firms still writing passwords on sticky notes, audit reveals", true],
  [
    "Northgate Secure today released its annual Threat Pulse report, drawing on 1,400 incident response engagements across Europe and North America, which finds that ransomware dwell times fell to an average of five days in 2024 while the share of attacks starting at unpatched edge devices rose sharply.",
    false,
  ],
  [
    "A new survey of 900 IT decision makers at firms with between 50 and 500 staff, published today by Halden Research, reveals that 64% believe their own colleagues are the single greatest danger to company data, ahead of ransomware gangs and foreign states.",
    true,
  ],
  [
    "Meridian Labs announces general availability of its browser isolation product for mid-sized businesses.",
    false,
  ],
  [
    "According to the study, the typical office worker clicks a simulated phishing link within 82 seconds of it landing in their inbox.",
    true,
  ],
  [
    "The report concludes that most organisations still lack an asset inventory accurate enough to know what they need to patch.",
    false,
  ],
  [
    "Employees remain the number one cause of data loss, according to a survey of 1,200 compliance managers published today.",
    true,
  ],
  [
    "Employees are not the number one cause of data loss, a new analysis of 3,000 incident reports argues; misconfigured systems are.",
    false,
  ],
  [
    "Fresh research from Corvell shows that staff at small firms are three times more likely than those at large enterprises to fall for invoice scams.",
    true,
  ],
  [
    "Fresh research from Corvell shows that small firms are three times less likely than large enterprises to have any payment verification step, leaving individual employees to spot fraud alone.",
    false,
  ],
  [
    "Attackers are increasingly abusing legitimate remote monitoring tools to stay hidden, the vendor's incident response team warns.",
    false,
  ],
  [
    "Half of workers admit to sharing passwords with colleagues, and a quarter say they would do it again tomorrow, the poll found.",
    true,
  ],
  [
    "The poll found that half of workers share passwords because their firm gives whole teams a single user account for shared tools.",
    false,
  ],
  [
    "'Criminals don't hack in anymore, they log in, and they log in with your staff's help,' said Dana Whitcombe, research director at Torvane.",
    true,
  ],
  [
    "Session-cookie theft lets criminals skip passwords and MFA entirely, Torvane's research director said at the report's launch.",
    false,
  ],
  [
    "Our data shows that a single distracted employee can undo millions of dollars of security investment in one afternoon.",
    true,
  ],
  [
    "The company's new managed detection service promises a 15-minute response time for critical alerts, around the clock.",
    false,
  ],
  [
    "Sixty-one percent of breaches at mid-market firms involved a third-party supplier, the report states.",
    false,
  ],
  [
    "Respondents ranked 'careless colleagues' above ransomware gangs and nation states as the threat they fear most.",
    true,
  ],
  [
    "IT budgets at firms with under 250 staff rose by an average of 4%, with most of the increase going to cloud backup, the survey shows.",
    false,
  ],
  [
    "Insider risk is rising fastest among remote workers, who the report says are 'less careful and less supervised' at home.",
    true,
  ],
  [
    "The report notes that insider incidents are usually accidental and linked to confusing data-sharing tools rather than bad intent.",
    false,
  ],
  [
    "Ninety percent of the cyber incidents we respond to could have been avoided if someone had simply thought before clicking, the firm's chief executive said.",
    true,
  ],
  [
    "Multi-factor authentication and timely patching would have blocked most of the intrusions it handled last year, the firm's incident team says.",
    false,
  ],
  [
    "Cloud misconfiguration remains the leading cause of exposed data in the company's telemetry for the third year running.",
    false,
  ],
  [
    "Gen Z staff are the most reckless with company data, according to a generational study released this morning.",
    true,
  ],
  [
    "Younger employees are the most likely to report suspicious emails, according to a generational study released this morning.",
    false,
  ],
  [
    "The survey suggests that security teams, not end users, are struggling most, with 70% reporting burnout.",
    false,
  ],
  [
    "Password reuse by end users is behind the majority of account takeovers on the platform, the vendor says.",
    true,
  ],
  [
    "Account takeover attempts on the platform jumped after a large list of stolen logins went on sale, the vendor says.",
    false,
  ],
  [
    "Ransomware payments fell for the second year in a row as more victims restored from backups, the analysis shows.",
    false,
  ],
  [
    "The study found that finance departments were the most gullible business unit, falling for fake invoices at twice the average rate.",
    true,
  ],
  [
    "The study found that finance departments were targeted twice as often as any other team, reflecting attackers' focus on payments.",
    false,
  ],
  [
    "Industry analyst Priya Nandakumar: 'The biggest risk in most SMEs isn't technical. It's Dave from sales.'",
    true,
  ],
  [
    "Industry analyst: 'The biggest risk in most SMEs is a flat network where one compromised laptop reaches everything.'",
    false,
  ],
  [
    "Over 40% of data breaches stem from human error, the survey of security leaders found, making staff behaviour the top priority for 2025.",
    true,
  ],
  [
    "Calling it 'human error' hides the real cause, the report argues: systems that let a single mistake expose an entire database.",
    false,
  ],
  [
    "Vulnerability exploitation overtook phishing as the top initial access vector in the year's incident data.",
    false,
  ],
  [
    "The vendor warns that organisations are only as strong as their least attentive member of staff.",
    true,
  ],
  [
    "Deepfake audio was used in one in ten business email compromise attempts analysed, the report says.",
    false,
  ],
  [
    "A quarter of staff would plug in a USB stick found in the car park, the experiment showed, 'proving that curiosity still beats common sense.'",
    true,
  ],
  [
    "The company says its new email security gateway blocks 99.8% of malicious attachments before they reach an inbox.",
    false,
  ],
  [
    "Privileged access remains the most dangerous thing in any network: one stolen admin credential can hand over the whole domain.",
    false,
  ],
  [
    "Service accounts, not human users, with passwords that never expire are the most overlooked risk in Windows estates, auditors report.",
    false,
  ],
  [
    "According to the whitepaper, people remain the soft underbelly of every organisation, no matter how much is spent on technology.",
    true,
  ],
  [
    "The whitepaper argues that organisations blame human error while leaving the processes around their technology undocumented and untested.",
    false,
  ],
  [
    "Remote workers using home routers with default settings are putting entire companies at risk, warns a connectivity provider.",
    true,
  ],
  [
    "Home routers shipped with default admin passwords are putting remote workers' employers at risk, warns a connectivity watchdog.",
    false,
  ],
  ["The firm's research team observed a 300% increase in QR-code phishing over six months.", false],
  [
    "Sales teams are the worst offenders for forwarding sensitive files to personal accounts, the data loss report reveals.",
    true,
  ],
  [
    "Nearly half of mid-sized firms have no one responsible for security on the board, the governance survey found.",
    false,
  ],
  [
    "The biggest threat to your business isn't a hacker in another country; it's the person at the next desk, the press release warns.",
    true,
  ],
  [
    "Most successful intrusions still begin with an internet-facing system that was never patched, the advisory says.",
    false,
  ],
  [
    "'Users simply cannot be trusted to make security decisions,' said the chief product officer at the launch.",
    true,
  ],
  [
    "'Users shouldn't have to make security decisions at all; that's our job,' said the chief product officer at the launch.",
    false,
  ],
  [
    "The survey found that 72% of companies had experienced at least one account compromise linked to a supplier in the past year.",
    false,
  ],
  [
    "Three in five IT managers say their biggest headache is colleagues who ignore update prompts for weeks.",
    true,
  ],
  [
    "Three in five IT managers say their biggest headache is update prompts that restart users' machines in the middle of the working day.",
    false,
  ],
  [
    "Incident responders found that attackers moved from initial access to domain admin in under four hours in a third of cases.",
    false,
  ],
  [
    "Healthcare workers are the most likely of any sector to fall for phishing, according to a benchmarking report from a training provider.",
    true,
  ],
  [
    "Healthcare providers received more phishing per mailbox than any other sector in the quarter, the mail security firm reported.",
    false,
  ],
  [
    "The average employee has 87 passwords and reuses most of them, the company says, calling the habit 'a gift to criminals'.",
    true,
  ],
  [
    "The average employee is expected to remember 87 passwords, the company says, so reuse is the predictable result of bad system design.",
    false,
  ],
  [
    "Attackers are abusing trusted file-sharing services to host phishing pages that pass reputation checks.",
    false,
  ],
];
