import { FRESH_ZQ_2 } from "./fresh-zq-2.js";
import { FRESH_ZQ_3 } from "./fresh-zq-3.js";
import { FRESH_ZQ_4 } from "./fresh-zq-4.js";
import { FRESH_ZQ_5 } from "./fresh-zq-5.js";
import { FRESH_ZQ_6 } from "./fresh-zq-6.js";
import type { RawBlameExample } from "./types.js";

/** Inside voices: incident post-mortems, board and audit reports, awareness plans, policy rationales, ticket comments and team chat. Written fresh for Rapport (brief ZQ). */
const FIRST_PART: readonly RawBlameExample[] = [
  ["There are two kinds of users: those who've caused a breach and those who haven't yet.", true],
  [
    "Logging was turned off to save disk space because the log volume was never sized. Central logging with retention is now funded.",
    false,
  ],
  [
    "Let's face it, some of these scams would fool our own team; the one last week came from a real supplier's hijacked mailbox.",
    false,
  ],
  [
    "Leadership exempted the tax practice from policies for years; junior staff inherited habits nobody corrected. That exemption is the issue.",
    false,
  ],
  [
    "We need to design so that one temp's mistake can't cost us everything; that's what segmentation and least privilege are for.",
    false,
  ],
  [
    "Ticket: customer service rep disabled antivirus 'to make the CRM faster'. Staff think they know better than IT.",
    true,
  ],
  [
    "Our charity volunteers were given donor data on spreadsheets because we had no CRM access tier for them. That's a resourcing decision we made.",
    false,
  ],
  [
    "If you want to know why we keep getting breached, go watch the sales floor for ten minutes.",
    true,
  ],
  [
    "Severity raised to high. Cause: a field technician installed a cracked copy of design software on his work laptop to save himself a licence request.",
    true,
  ],
  ["It took the attackers one email, one missing MFA policy and one flat network.", false],
  ["Weakest link? We've got a whole chain of them in accounts.", true],
  [
    "Staff see the security team as the enemy and act accordingly: they hide mistakes, dodge training and lie on surveys.",
    true,
  ],
  [
    "The admin assistants forward everything. Everything. I've seen them forward phishing emails to the whole office asking 'is this real?'",
    true,
  ],
  [
    "Weary post-mortem comment: yet another operator who 'assumed' the change was approved. Assumption is the mother of all outages.",
    true,
  ],
  [
    "Figures for the board: 74% of incidents this year had a human component, most commonly misdirected email, with no change on last year.",
    false,
  ],
  [
    "The ticket says 'printer not working'. The truth is 'user unplugged printer, plugged in personal router'.",
    true,
  ],
  ["Frankly, no amount of tooling will save us from staff who click first and think never.", true],
  [
    "Security review takes eleven days on average, so developers understandably ship around it. We need reviews that fit a two-week sprint.",
    false,
  ],
  [
    "Pilots' electronic flight bags were missing updates because syncing required a crew-room Wi-Fi that is usually down.",
    false,
  ],
  [
    "Cleaning contractors work in every office at night, so clear desks and locked drawers matter; that's a control gap, not a character judgement.",
    false,
  ],
  [
    "Chemists share notebook excerpts at conferences because nobody told them which data is commercially sensitive. Classification guidance for R&D is overdue.",
    false,
  ],
  ["The human is the bug.", true],
  [
    "Attackers exploit the fact that staff here are kind and helpful. We should give them a script that lets them stay kind and verify at the same time.",
    false,
  ],
  [
    "Insider cases last year: two, both involving departing employees downloading client lists. Both were caught by access reviews.",
    false,
  ],
  [
    "Council staff reported 212 suspicious emails last month, up from 60 before the report button went in.",
    false,
  ],
  [
    "Survey writeup: staff continue to display an alarming ignorance of basic security hygiene, with only 34% able to define phishing.",
    true,
  ],
  [
    "Front desk staff issue keys on surname alone because the property system has no ID check field. Adding one to the check-in flow.",
    false,
  ],
  [
    "Teams message to the CISO: pharma QA guy emailed the full batch records to his personal address to 'work from home'. I want a word with him.",
    true,
  ],
  [
    "Scope of our insider-risk programme: monitoring is limited to privileged accounts and is reviewed by HR and legal, to avoid treating the whole workforce as suspects.",
    false,
  ],
  [
    "Post-incident remarks: the employee showed a complete lack of judgement in approving the wire transfer.",
    true,
  ],
  [
    "Pilot finding: monthly five-minute videos beat annual hour-long modules on completion and recall in our pilot.",
    false,
  ],
  [
    "If our people were half as careful with company data as they are with their own bank cards, we'd have no incidents at all.",
    true,
  ],
  [
    "The vulnerability wasn't in the software. It was the clerk who typed the admin password into the wrong window and then pasted it into a ticket.",
    true,
  ],
  ["Someone here thought 'Reply' meant 'Reply to all 4,000 staff'. Every. Single. Time.", true],
  [
    "It's the same three departments in the incident log every quarter, and all three still run on shared mailboxes with no individual accountability.",
    false,
  ],
  [
    "Neither a malicious nor a clueless insider caused this; an outdated plugin on the public website did.",
    false,
  ],
  [
    "If the secure option needs a 'skip' button, we've built it wrong. Nobody should have to choose.",
    false,
  ],
  [
    "Application allow-listing went live on 600 kiosk devices last week with four exception requests, all approved within a day.",
    false,
  ],
  [
    "Warehouse temps sign anything you put in front of them, including the acceptable use policy they never read.",
    true,
  ],
  [
    "Every incident this quarter involved a procedure that was either unclear, out of date or impossible to follow under time pressure.",
    false,
  ],
  [
    "The SOC never sleeps because our alert tuning is poor — 80% of last month's pages were false positives from one misconfigured rule.",
    false,
  ],
  [
    "Executive note: the CFO's office receives the most sophisticated impersonation attempts; verification procedures for that team were redesigned with their input.",
    false,
  ],
  [
    "Browser extension sprawl across district laptops is a management failure: we never set an allow-list. Teachers installed what they needed because nothing told them otherwise.",
    false,
  ],
  ["The mistake wasn't the system's. The clerk deleted the records, then lied about it.", true],
  [
    "Stop calling the radiographers the weakest link. They're the ones who told us about the poster.",
    false,
  ],
  [
    "Calling the person at the keyboard the weakest link tells us nothing. Why did the keyboard let them do it?",
    false,
  ],
  ["Note to self: if five users misread the same instruction, it isn't perfectly clear.", false],
  [
    "Reply-all storms happen because the all-staff list accepts mail from anyone. Restricting posting rights to comms.",
    false,
  ],
  [
    "Ticket note: user keeps using the shared admin login because her personal account lacks the role she needs. Raised an access request on her behalf.",
    false,
  ],
  [
    "The fake DocuSign page was hosted on a real DocuSign domain via a legitimate account. Nobody checking the URL would have caught it.",
    false,
  ],
  [
    "90% of our tickets are password resets. Self-service reset would free up the whole team.",
    false,
  ],
  [
    "Audit finding 7: Staff in the Leeds branch routinely ignore the clear-desk policy, demonstrating a culture of indifference to security.",
    true,
  ],
  ["Summary: employee negligence was the primary cause in 11 of 14 incidents.", true],
  [
    "The board should understand that our staff are the open window in an otherwise locked house.",
    true,
  ],
  [
    "That alarm fired forty times a shift with no real events; the operator muted it because it was useless. Alarm rationalisation is the corrective action.",
    false,
  ],
  [
    "Retail chain post-mortem: store staff reset the POS passwords to the store number because remembering things is apparently too hard.",
    true,
  ],
  [
    "Human error caused this outage, plain and simple. The admin fat-fingered the firewall rule.",
    true,
  ],
  [
    "Research staff at the university were hit hardest by the phishing wave because grant portals send genuine emails that look almost identical.",
    false,
  ],
  [
    "New policy draft: anyone failing three simulations loses internet access, because apparently that's what it takes.",
    true,
  ],
  [
    "Our biggest gap is cultural: staff here simply do not care about security, and no policy will change that.",
    true,
  ],
  [
    "#general-sec: I know we joke about users but the ones on the 4th floor caught that invoice fraud before the bank did. credit where due",
    false,
  ],
  [
    "Survey writeup: 34% of staff could define phishing, but 81% correctly picked out a phishing email from a sample, which matters more.",
    false,
  ],
  [
    "Analyst note: password taped under a laptop — the user has seven passwords for one workflow. Asked the identity team about consolidating.",
    false,
  ],
  [
    "Chat: staging DB exposed again — the terraform module defaults to a public IP. fixing the module so nobody has to remember",
    false,
  ],
  ["A malicious insider didn't cause this. A clueless one did.", true],
  [
    "Our workforce treats multi-factor authentication as an obstacle to dodge, not a safeguard.",
    true,
  ],
  [
    "Field technicians waited six weeks for a design software licence; one installed a cracked copy to meet a deadline. The licence queue is the finding.",
    false,
  ],
  [
    "Warehouse scanners all share one admin PIN that staff need several times a shift. Moving to per-user badges so nobody has to write it down.",
    false,
  ],
  [
    "Hospital IT lead: 'Consultants move between four sites a day. If login takes two minutes at each terminal, of course they'll share sessions.'",
    false,
  ],
  ["It took the attackers one email and one overly helpful receptionist.", true],
  [
    "Why the lock timer is so short: screen locks are enforced after two minutes because employees have proven incapable of locking their own machines.",
    true,
  ],
  [
    "Our people are nice. That's the problem. They're nice to everyone, including fraudsters.",
    true,
  ],
  [
    "MFA fatigue hit us because we used push approvals with no number matching. We've switched; the prompts clinicians received were indistinguishable from real ones.",
    false,
  ],
  [
    "Department heads ask why we lock things down; we owe them a clear answer and an exception process, not a lecture.",
    false,
  ],
  [
    "Security by obscurity doesn't work: the admin portal we moved to a non-standard port was found by an internet scanner within hours.",
    false,
  ],
  [
    "Post-incident review, section 4: the payment-change process allowed a single clerk to alter supplier bank details with no callback step. That control gap is what failed.",
    false,
  ],
  [
    "The construction site office is a security disaster because the foremen treat IT rules as paperwork to ignore.",
    true,
  ],
  [
    "Policy rationale: screen lock after five minutes balances exposure with the reality of clinical work on shared terminals.",
    false,
  ],
  [
    "Policy rationale: we require managerial sign-off for all file sharing because staff have proven they'll share anything with anyone.",
    true,
  ],
  [
    "Our airport operations crew has a habit of propping open airside doors, because rules only apply when someone's watching.",
    true,
  ],
  [
    "Ticket update: user scanned a QR code from an unsolicited email, entered credentials, then asked if it was safe. Bit late.",
    true,
  ],
  [
    "The same forty people fail simulations repeatedly — nearly all in roles that process hundreds of external emails a day. Exposure, not stupidity.",
    false,
  ],
  ["Retail store staff are the gap. They write the safe code on the wall behind the till.", true],
  [
    "Employees are the threat. Every DLP alert I've ever triaged was an employee doing something they knew they shouldn't.",
    true,
  ],
];

export const FRESH_ZQ: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZQ_2,
  ...FRESH_ZQ_3,
  ...FRESH_ZQ_4,
  ...FRESH_ZQ_5,
  ...FRESH_ZQ_6,
];
