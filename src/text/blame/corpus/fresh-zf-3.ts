import type { RawBlameExample } from "./types.js";

export const FRESH_ZF_3: readonly RawBlameExample[] = [
  [
    "Their IT 'champion' is the office junior who watched one YouTube video. He's the reason the domain is a mess.",
    true,
  ],
  [
    "Their domain is a mess after three MSP changes in five years, each with their own naming conventions. Cleaning up.",
    false,
  ],
  [
    "Quarterly review: no critical incidents, patch compliance 94%, two phishing reports from staff, both correctly identified.",
    false,
  ],
  [
    "Client's office manager approved a DocuSign for 'HR policy update' and gave away the entire tenant. Some people should not have email.",
    true,
  ],
  [
    "Client's office manager was phished via a compromised supplier's real mailbox. Genuine thread, genuine signature. Hard to spot.",
    false,
  ],
  [
    "There's one at every client. The guy who 'knows computers' and disables the firewall to get his game working.",
    true,
  ],
  [
    "Local Windows Firewall settings are now enforced by Intune on every client device. Users can't turn them off.",
    false,
  ],
  [
    "I'd trust a golden retriever with a domain admin account before half the people at that manufacturing client.",
    true,
  ],
  [
    "Manufacturing client's OT network is flat with the office LAN. That's the real exposure. Proposing segmentation this quarter.",
    false,
  ],
  [
    "The solicitors ignored our advice on conveyancing fraud and lost a client's deposit. Can't say we didn't warn them.",
    true,
  ],
  [
    "The solicitors now confirm bank details by phone to a known number before every completion. Simple control, no more diverted deposits.",
    false,
  ],
  [
    "School staff leave the SIMS session open on the classroom board. Kids have seen everything.",
    true,
  ],
  [
    "Classroom boards now auto-lock and use a separate teaching profile with no access to SIMS. Problem designed out.",
    false,
  ],
  [
    "Client says 'nobody here would fall for that'. Two days later their PA buys £600 of Apple gift cards for the 'CEO'.",
    true,
  ],
  [
    "The gift card scam worked because the fake CEO address matched the real display name. Added external sender tagging across the tenant.",
    false,
  ],
  [
    "Whole team at that estate agency uses the same password for everything. If one account goes, they all go. And they refuse to change.",
    true,
  ],
  [
    "Rolled out Bitwarden to the estate agency. Uptake was good after a 15-minute demo; they liked autofill.",
    false,
  ],
  ["Small business staff are clueless about security, and the owners are worse.", true],
  [
    "Client's ex-employee still had access to Dropbox three months after leaving. Offboarding checklist never included SaaS apps. Updated it.",
    false,
  ],
  [
    "Client's ex-employee still had access three months after leaving because HR never tells anyone when someone quits. HR are useless.",
    true,
  ],
  [
    "HR now triggers offboarding via a form that opens a ticket with us automatically. No more forgotten leavers.",
    false,
  ],
  [
    "Users at this place treat the helpdesk like a personal tech concierge and security like an optional extra.",
    true,
  ],
  [
    "Every email phishing incident at this client traced back to the same gap: no DMARC, so spoofing their own domain was trivial.",
    false,
  ],
  [
    "Their cleaners have keys, alarm codes and an unlocked server cupboard. Guess who I'd bet on if something walks.",
    true,
  ],
  [
    "The server cupboard at the client was unlocked because the lock broke in 2021. Replaced it and added a door sensor.",
    false,
  ],
  [
    "Honestly I think the care home staff are doing their best. They're run off their feet and the system makes them log in nine times a shift.",
    false,
  ],
  [
    "Care home staff just share badges to save time. They'll never change, easier to assume the logs are meaningless.",
    true,
  ],
  [
    "Tap-to-login on the care home tablets cut shared logins to near zero. Make the right thing the fast thing.",
    false,
  ],
  [
    "Florist client's owner asked us to disable MFA on her phone because she 'doesn't do apps'. Then she got breached. Can't help some people.",
    true,
  ],
  [
    "Florist client's owner didn't want an authenticator app, so we gave her a YubiKey on her keyring. Happy customer.",
    false,
  ],
  [
    "Doesn't matter what we deploy for that client, their staff will find a way round it by Friday.",
    true,
  ],
  [
    "Cheapest option for that client was the wrong call on our part. We should have been clearer about the risk in the proposal.",
    false,
  ],
  ["I'm convinced some people click malicious links just to see what happens.", true],
  [
    "Most of the links people click look exactly like our own SharePoint notifications. We made that look normal, attackers copied it.",
    false,
  ],
  [
    "Restaurant group's managers email card reconciliation sheets around with full PANs in them. Sloppy.",
    true,
  ],
  [
    "The restaurant group's POS exports full card numbers to CSV by default. Vendor ticket raised, export masked in the meantime.",
    false,
  ],
  [
    "Finding 4.2: No evidence of quarterly user access reviews for the ERP system during the audit period.",
    false,
  ],
  [
    "Finding 4.3: Staff routinely ignore the access review requests, demonstrating a poor control culture among line managers.",
    true,
  ],
  [
    "Finding 4.3: Access review requests were sent to a shared mailbox that no line manager monitors; the process design prevents completion.",
    false,
  ],
  [
    "Observation: Employees across all sites displayed a casual attitude toward confidential information, leaving documents unattended on printers.",
    true,
  ],
  [
    "Observation: Secure print release is not configured on shared printers, so confidential documents remain in output trays until collected.",
    false,
  ],
  [
    "The auditee's personnel cannot be relied upon to follow the acceptable use policy without technical enforcement.",
    true,
  ],
  [
    "The acceptable use policy was last updated in 2017 and does not reference cloud services currently in use.",
    false,
  ],
  [
    "Management response accepted. Remediation of the firewall rule base to be completed by Q3.",
    false,
  ],
  [
    "Root cause of the exception: carelessness by the operator on duty, who approved the change without reading it.",
    true,
  ],
  [
    "Root cause of the exception: the change approval workflow permits self-approval when the second approver is on leave.",
    false,
  ],
  [
    "Interviewed staff could not describe the incident reporting procedure. Awareness is clearly not a priority for them.",
    true,
  ],
  [
    "Interviewed staff could not describe the incident reporting procedure. The procedure is not published on the intranet and was not covered at induction.",
    false,
  ],
  [
    "Sample testing: 25 of 25 leavers had access removed within the 24-hour SLA. No exceptions noted.",
    false,
  ],
  [
    "Recommendation: disciplinary consequences for repeat phishing simulation failures, as staff evidently do not take the risk seriously.",
    true,
  ],
  [
    "Recommendation: replace punitive follow-up for phishing simulation failures with just-in-time coaching, as reporting rates fell after sanctions were introduced.",
    false,
  ],
  [
    "We note that the encryption keys were stored in the same repository as the application code.",
    false,
  ],
  [
    "We note that developers, left to themselves, consistently store secrets in code because it is convenient for them.",
    true,
  ],
  [
    "The password policy permits eight-character passwords with no breached-password check. Rated medium.",
    false,
  ],
  [
    "Users selected trivially guessable passwords in 31% of sampled accounts, indicating a workforce that does not grasp basic security.",
    true,
  ],
  [
    "31% of sampled accounts used passwords found in breach corpora; the directory has no banned-password list enabled.",
    false,
  ],
  [
    "Privileged access is granted to 63 accounts against a documented need for 12. Role design should be revisited.",
    false,
  ],
  [
    "Privileged users abuse their rights: several administrators were observed browsing personal sites from admin workstations.",
    true,
  ],
  [
    "Admin workstations lack web filtering, so general browsing from privileged sessions is technically possible. Recommend a PAW model.",
    false,
  ],
  ["Physical security: the data centre visitor log was incomplete for 14 days in March.", false],
  [
    "Physical security: reception staff let visitors tailgate without challenge. They simply cannot be bothered.",
    true,
  ],
  [
    "Physical security: the turnstile at the side entrance was out of service for the whole audit period and no interim guard was posted.",
    false,
  ],
  [
    "The SOC demonstrated effective triage; median time to acknowledge a high-severity alert was four minutes.",
    false,
  ],
  [
    "Finding: third-party supplier access to production is not time-bound and lacks session recording.",
    false,
  ],
  [
    "Finding: the business insists on exceptions to every control. Business staff are the primary obstacle to a secure environment.",
    true,
  ],
  [
    "Finding: the risk exception register contains 48 open items, 30 past their review date, with no escalation mechanism to the risk committee.",
    false,
  ],
  [
    "Internal note: user swears she never clicked anything. Browser history says otherwise. Don't believe a word users tell you.",
    true,
  ],
  [
    "Internal note: user says she didn't click anything. Proxy logs confirm no visit; alert was a false positive from URL rewriting.",
    false,
  ],
  [
    "Internal note: rebooted the print spooler and cleared the queue. Printing again. Nothing to do with the user.",
    false,
  ],
  [
    "Internal note: fourth ticket from this guy this week, all 'urgent', all him doing something he was told not to do.",
    true,
  ],
  [
    "Internal note: fourth ticket from this user this week about the same VPN drop. Something's wrong with his profile, escalating to network.",
    false,
  ],
  [
    "Internal note: she emailed the entire client list to a personal address 'to work on it at home'. Reported to DPO. Some people never learn.",
    true,
  ],
  [
    "Internal note: DLP flagged a bulk export to a personal address. User was following a manager's instruction. Escalated to the manager and DPO.",
    false,
  ],
  ["Internal note: PEBKAC. Closed.", true],
  [
    "Internal note: known issue with the Teams client update, workaround applied, linked to problem record PRB0042.",
    false,
  ],
  [
    "Internal note: user ran the attachment 'to see what it was'. Reimaging. Can we please just take email off this department.",
    true,
  ],
  [
    "Internal note: attachment executed via a macro that should have been blocked; the macro policy GPO wasn't applied to this OU. Fixed the OU link.",
    false,
  ],
  [
    "Internal note: manager wants his team's USB blocking lifted because they 'need' it for photos. They don't, they want to watch films.",
    true,
  ],
  [
    "Internal note: marketing needs removable storage for camera cards. Approved an exception for encrypted readers on two devices.",
    false,
  ],
  [
    "Internal note: user called to report a fake IT support call she'd just received. Great instinct, logged for the threat intel team.",
    false,
  ],
  [
    "Internal note: user gave the fake 'IT support' caller her MFA code. Of course she did. Resetting everything.",
    true,
  ],
  [
    "Internal note: user gave the caller her MFA code; the caller spoofed our real helpdesk number. Spoof prevention on the SIP trunk requested.",
    false,
  ],
  [
    "Internal note: laptop returned with coffee damage, third one this year from the same person. Deduct it from his wages.",
    true,
  ],
  [
    "Internal note: laptop returned with coffee damage, BitLocker intact, disk recovered, replacement issued.",
    false,
  ],
];
