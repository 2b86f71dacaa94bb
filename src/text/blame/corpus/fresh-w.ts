import { FRESH_W_2 } from "./fresh-w-2.js";
import { FRESH_W_3 } from "./fresh-w-3.js";
import { FRESH_W_4 } from "./fresh-w-4.js";
import type { RawBlameExample } from "./types.js";

/** Insurers, underwriters, regulators, analysts, post-mortem authors, board papers, job adverts,
 *  awareness vendors, broadcast interviews and op-ed writers. Written fresh for Rapport (brief W). */
const FRESH_W_1: readonly RawBlameExample[] = [
  [
    "Most claims we settle begin with an employee opening an attachment they had no business opening.",
    true,
  ],
  [
    "Underwriters should assume the user is the softest point in any applicant's control environment.",
    true,
  ],
  [
    "Applicants should note that employees who recycle passwords drive more of our claims than any other factor.",
    true,
  ],
  [
    "In our claims book, the insured's own people caused more losses than any outside gang ever did.",
    true,
  ],
  ["Treat a firm with untrained employees as a firm that has left its front door open.", true],
  [
    "Question 14: Do you restrict what users can install? Left to themselves, they will install anything.",
    true,
  ],
  [
    "Every funds-transfer fraud claim this year started with a clerk who did not bother to ring and check.",
    true,
  ],
  [
    "The riskiest asset on any balance sheet we insure is the employee with admin rights and no common sense.",
    true,
  ],
  [
    "We decline applicants whose users cannot be trusted with USB sticks, which in our experience is most of them.",
    true,
  ],
  [
    "From an underwriting standpoint, your receptionist is a bigger exposure than your servers.",
    true,
  ],
  [
    "Loss ratios tell a simple story: the insured's workforce is careless, and carelessness is expensive.",
    true,
  ],
  [
    "Insurers increasingly price cover on the assumption that human mistakes will cause the loss sooner or later.",
    true,
  ],
  ["Question 9: Is multi-factor authentication enforced for all remote access to email?", false],
  [
    "Premiums for small firms rose by a fifth this year, driven by ransomware severity rather than frequency.",
    false,
  ],
  [
    "Applicants with tested offline backups receive a lower excess and a faster claims process.",
    false,
  ],
  [
    "Please describe how employees can report a suspicious email and how quickly reports are acted on.",
    false,
  ],
  [
    "We give credit to firms whose users have a one-click reporting button and are thanked when they use it.",
    false,
  ],
  [
    "An employee who spots a forged invoice is the cheapest control an insured can possibly have.",
    false,
  ],
  [
    "Human review of changes to payee details, with a call-back to a known number, is a condition of cover above ten thousand pounds.",
    false,
  ],
  [
    "The war exclusion wording has been revised following market-wide feedback from brokers.",
    false,
  ],
  [
    "Section B covers accidental data loss, including deletion by staff, subject to the standard excess.",
    false,
  ],
  ["Question 22: Are domain administrator accounts separate from everyday accounts?", false],
  [
    "We no longer ask how often staff are phished in tests; we ask how quickly suspicious messages are reported.",
    false,
  ],
  [
    "Underwriters look favourably on firms where the people handling payments have the time and authority to pause them.",
    false,
  ],
  [
    "Policyholders gain access to a 24-hour incident response line staffed by forensic specialists.",
    false,
  ],
  [
    "Cover for business interruption now requires evidence of an incident response plan tested within the last year.",
    false,
  ],
  [
    "Claims data shows that unpatched remote desktop services remain the most common way into small firms.",
    false,
  ],
  [
    "Employees who raise concerns about payment requests should be protected from pressure by senior staff.",
    false,
  ],
  [
    "The breach occurred because an employee sent the spreadsheet to the wrong mailing list without looking.",
    true,
  ],
  [
    "The authority found that careless handling by individual officers, not any system fault, led to the disclosure.",
    true,
  ],
  [
    "Human error accounted for most reported breaches, chiefly misdirected letters and emails sent by careless staff.",
    true,
  ],
  [
    "In this case the controller's employees simply could not be trusted to follow the most basic procedures.",
    true,
  ],
  ["Once again the root cause was an insider who decided the rules did not apply to them.", true],
  [
    "The investigation concluded that a nurse's curiosity about a celebrity patient was the sole cause of the breach.",
    true,
  ],
  [
    "Reports to this office show that sloppy habits among personnel, rather than hacking, remain the main source of leaked data.",
    true,
  ],
  [
    "The fine reflects the controller's failure to implement appropriate technical measures, not the actions of the employee who clicked.",
    false,
  ],
  [
    "The commissioner noted that the organisation had given staff no way to check a recipient list before sending.",
    false,
  ],
  [
    "We fined the firm because its board ignored repeated warnings about an unpatched server.",
    false,
  ],
  [
    "Organisations remain accountable for breaches; blaming an individual employee is not a defence under the regulation.",
    false,
  ],
  [
    "The trust was reprimanded for keeping patient records on a shared drive with no access controls.",
    false,
  ],
  [
    "The reprimand was issued after the company took eleven weeks to tell affected customers.",
    false,
  ],
  [
    "A user who reported the misdirected email within minutes allowed the harm to be contained.",
    false,
  ],
  [
    "The regulator's guidance says that training alone is not an appropriate organisational measure.",
    false,
  ],
  [
    "The penalty was reduced because the council cooperated fully and had already replaced the faulty mail system.",
    false,
  ],
  ["Our audit found the bank had no process for revoking access when staff changed roles.", false],
  [
    "Most reported incidents this quarter involved ransomware, with professional services firms hit hardest.",
    false,
  ],
  [
    "Where a human mistake was involved, we look first at whether the controller made the mistake easy to make.",
    false,
  ],
  [
    "The authority welcomed the firm's decision to add a recipient confirmation step rather than discipline the clerk involved.",
    false,
  ],
  [
    "Through 2026, people will remain the primary attack surface, with carelessness outpacing any technical flaw.",
    true,
  ],
  [
    "We predict insider negligence will cost mid-sized firms more than external hacking by 2027.",
    true,
  ],
  [
    "Our forecast: the typical worker will remain incapable of telling a cloned login page from the real thing.",
    true,
  ],
  [
    "By 2028, we expect most organisations to have accepted that their workforce is the risk they cannot engineer away.",
    true,
  ],
  [
    "Analysts expect the human layer to stay the most exploitable layer in every enterprise stack.",
    true,
  ],
  [
    "By 2027, half of large enterprises will measure security culture rather than phishing click rates.",
    false,
  ],
  [
    "We predict spending on identity threat detection will grow faster than any other security segment.",
    false,
  ],
  [
    "Organisations that redesign workflows around how employees actually work will see fewer incidents than those that add more training.",
    false,
  ],
  [
    "Attackers will increasingly use cloned voices to impersonate executives, making verification processes more important than vigilance.",
    false,
  ],
  [
    "We expect consolidation among email security vendors to accelerate over the next two years.",
    false,
  ],
  [
    "Through 2026, most cloud security failures will stem from misconfigured services shipped with insecure defaults.",
    false,
  ],
  [
    "Firms that treat employees as sensors rather than suspects will detect intrusions weeks earlier.",
    false,
  ],
  [
    "Passwordless sign-in will cut account takeover rates more than any amount of user education.",
    false,
  ],
  ["Root cause: the on-call engineer ignored three alerts and went back to sleep.", true],
  [
    "Contributing factor: the user clicked through a browser warning that was perfectly clear.",
    true,
  ],
  [
    "The incident happened because the finance assistant could not be bothered to verify the new bank details.",
    true,
  ],
  [
    "Findings: a developer pasted production keys into a public forum, demonstrating once again that users cannot be left unsupervised.",
    true,
  ],
  [
    "The outage was caused entirely by an administrator who ran a command he did not understand.",
    true,
  ],
  [
    "Summary: our own employee let the attacker in by approving a push notification he never requested.",
    true,
  ],
  [
    "Root cause: the deployment pipeline allowed a configuration change to reach production without review.",
    false,
  ],
  [
    "We found no individual at fault; the runbook was out of date and the alert went to an unmonitored channel.",
    false,
  ],
  [
    "The engineer who noticed the unusual traffic at 2am is the reason this incident lasted hours, not days.",
    false,
  ],
  ["This review is blameless: the user did what the interface invited them to do.", false],
  [
    "Human factors analysis showed the approval screen hid the destination account behind two clicks.",
    false,
  ],
  ["The attacker used a valid session token stolen from a third-party support portal.", false],
  [
    "Action item: rate-limit push prompts so that no one is bombarded into approving a login.",
    false,
  ],
  [
    "The operator was working a fourth consecutive night shift; rota design is now part of the remediation plan.",
    false,
  ],
  [
    "Timeline: 09:14 first malicious email delivered; 09:31 reported by a staff member; 09:40 quarantined across all mailboxes.",
    false,
  ],
  [
    "The employee followed the documented procedure exactly; the procedure itself was wrong.",
    false,
  ],
  [
    "Once again this year, the human element featured in most breaches, confirming that people are the flaw we cannot patch.",
    true,
  ],
  ["The headline finding: your workforce, not your firewall, is where attackers win.", true],
  [
    "Year after year our data shows the same culprit: employees who simply do not take security seriously.",
    true,
  ],
  [
    "Negligent employees were responsible for almost two-thirds of the incidents in our sample.",
    true,
  ],
  [
    "The numbers speak for themselves: three in four incidents trace back to someone inside clicking, sharing or losing something.",
    true,
  ],
  [
    "Ransomware accounted for a quarter of incidents, with exploitation of edge devices the fastest-growing entry point.",
    false,
  ],
  [
    "Reporting rates climbed sharply this year, with employees flagging suspicious messages faster than our filters caught them.",
    false,
  ],
  ["Median dwell time fell to ten days, reflecting better detection across the industry.", false],
  [
    "Credential stuffing attacks doubled, fuelled by large dumps of passwords from unrelated breaches.",
    false,
  ],
  [
    "Where organisations gave users password managers, account compromise fell by more than half.",
    false,
  ],
  [
    "Vulnerabilities in file-transfer software drove the largest mass-exploitation campaigns of the year.",
    false,
  ],
  [
    "This year's report adds a chapter on supply-chain compromise through managed service providers.",
    false,
  ],
  [
    "Risk register item 4: staff behaviour. Our people remain the most likely cause of a serious breach and must be controlled more tightly.",
    true,
  ],
];

export const FRESH_W: readonly RawBlameExample[] = [
  ...FRESH_W_1,
  ...FRESH_W_2,
  ...FRESH_W_3,
  ...FRESH_W_4,
];
