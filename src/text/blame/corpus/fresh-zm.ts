import { FRESH_ZM_2 } from "./fresh-zm-2.js";
import { FRESH_ZM_3 } from "./fresh-zm-3.js";
import { FRESH_ZM_4 } from "./fresh-zm-4.js";
import { FRESH_ZM_5 } from "./fresh-zm-5.js";
import type { RawBlameExample } from "./types.js";

/** IT administrators and security analysts writing incident reports and post-mortems. Written fresh for Rapport (brief ZM). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Root cause: the user entered her credentials on a spoofed login page two weeks after completing phishing training.",
    true,
  ],
  [
    "Root cause: the spoofed login page was indistinguishable from ours because we had no phishing-resistant MFA on the tenant.",
    false,
  ],
  [
    'Incident summary: once again someone in finance approved a payment because the email "looked urgent". The training clearly isn\'t sinking in.',
    true,
  ],
  [
    "Incident summary: the payment was approved because our process lets one person authorise transfers over £50k with no callback step.",
    false,
  ],
  [
    "Post-mortem finding: the outage was caused by an engineer who ignored the change freeze because he decided it didn't apply to him.",
    true,
  ],
  [
    "Post-mortem finding: the change freeze was announced only in a Slack channel the on-call engineer had never been added to.",
    false,
  ],
  [
    "Contributing factor: warehouse staff share one login and no amount of reminding gets them to stop.",
    true,
  ],
  [
    "Contributing factor: the warehouse scanners support only one login, so a shared account was the only way the shift could operate.",
    false,
  ],
  [
    "The breach was entirely preventable. The employee simply should not have plugged in a USB stick he found in the car park.",
    true,
  ],
  [
    "The USB stick from the car park executed because autorun and unsigned HID devices were still allowed on that build.",
    false,
  ],
  [
    "Lessons learned: our people remain the single biggest vulnerability in this organisation.",
    true,
  ],
  [
    "Lessons learned: the employee who reported the suspicious email within four minutes gave us the window we needed.",
    false,
  ],
  [
    "Root cause analysis points to human carelessness, as it does in nearly every incident we log.",
    true,
  ],
  [
    "Root cause analysis points to an unpatched VPN appliance that had been on the risk register since March.",
    false,
  ],
  [
    "As usual the initial access came from someone in sales, who will click on anything that promises commission.",
    true,
  ],
  [
    "Initial access came through a password-spraying attack against a legacy IMAP endpoint that did not enforce MFA.",
    false,
  ],
  [
    'The user switched off antivirus because it "slowed down" his games. Recommend permanent removal of local admin and a conversation with HR.',
    true,
  ],
  [
    "The user was able to switch off antivirus because tamper protection had never been enabled in the policy.",
    false,
  ],
  [
    "Timeline shows the receptionist handed the guest Wi-Fi password and the staff one to a stranger claiming to be from the ISP. Frankly, what did we expect.",
    true,
  ],
  [
    "Timeline shows the visitor walked past reception unchallenged because the turnstiles had been left open for a delivery since 7am.",
    false,
  ],
  ["Summary for the board: the technology worked as designed; the failure was a person.", true],
  [
    "Summary for the board: the person did what the system allowed; the failure was the system.",
    false,
  ],
  ["Once again the weakest link was sitting between the keyboard and the chair.", true],
  [
    "This was a blameless review. The engineer followed the runbook exactly; the runbook was wrong.",
    false,
  ],
  [
    "Ransomware arrived via a senior partner who forwarded an invoice to his personal Gmail to open it there. Partners think policy is for other people.",
    true,
  ],
  [
    "Ransomware arrived via an invoice attachment that our gateway passed because macro scanning was disabled during the mail migration.",
    false,
  ],
  [
    'The director had MFA switched off "just for the trip". Execs are the biggest risk we have, full stop.',
    true,
  ],
  [
    "The helpdesk could disable MFA on a director's request with no second approver, which is a process gap we are closing.",
    false,
  ],
  [
    "Post-incident note: staff cannot be trusted to judge whether an attachment is safe, so we are taking the decision away from them entirely.",
    true,
  ],
  [
    "Post-incident note: attachments from external senders will now open in a sandbox by default, which removes a judgement call nobody should have to make.",
    false,
  ],
  ["Root cause: PEBKAC, as usual. Closing.", true],
  [
    "Root cause: expired TLS certificate on the load balancer; renewal was never automated. Closing.",
    false,
  ],
  [
    'The mailbox was compromised because the user picked "Summer2023!" as a password. People never learn.',
    true,
  ],
  [
    'The mailbox was compromised because our password policy still accepted "Summer2023!" and we had no breached-password check.',
    false,
  ],
  [
    "We have to plan on the basis that every employee will eventually do the dumbest thing available to them.",
    true,
  ],
  [
    "We plan on the basis that any single control, human or technical, will eventually fail, so nothing depends on one of them.",
    false,
  ],
  [
    'A contractor copied the customer database to his laptop "to work on it over the weekend". Contractors treat our data like it\'s their own.',
    true,
  ],
  [
    "A contractor was able to copy the customer database because DLP did not cover the contractor VDI pool.",
    false,
  ],
  [
    "The team lead approved every MFA push that arrived at 3am. Some people will tap Approve on anything that buzzes.",
    true,
  ],
  [
    "The MFA fatigue attack worked because push prompts showed no number matching and no location; that's a configuration gap.",
    false,
  ],
  [
    'Detection fired within six minutes. The only reason there was anything to detect is that a user typed her password into a page titled "Verify Your Payroll".',
    true,
  ],
  [
    "Detection fired within six minutes, and the user who entered her password called the service desk before the alert even reached us.",
    false,
  ],
  [
    "The DBA ran the delete script against production instead of staging. Again. Recommend he loses prod access.",
    true,
  ],
  [
    "The delete script ran against production because staging and production shared the same connection string prefix and colour scheme.",
    false,
  ],
  ["The human element failed, as it always does.", true],
  [
    "Insider threat was ruled out early; exfiltration came from a compromised service account with a key that never expired.",
    false,
  ],
  ["Incident closed. User re-educated for the third time this year. I'm not optimistic.", true],
  [
    "Incident closed. User thanked for flagging it promptly; sender domain blocked tenant-wide.",
    false,
  ],
  [
    "Contributing factors: lack of awareness, lack of care and, honestly, lack of common sense on the part of the end user.",
    true,
  ],
  [
    "Contributing factors: no SPF enforcement, a lookalike domain registered four days earlier and a payment process with no out-of-band check.",
    false,
  ],
  ["HR's laziness with offboarding is why a leaver still had VPN access six weeks later.", true],
  [
    "A leaver still had VPN access six weeks later because offboarding relied on a manual ticket that the HR system never generated.",
    false,
  ],
  ["The finance team is, predictably, where this started. It's always the finance team.", true],
  [
    "Finance was targeted because their addresses are published on the procurement portal, which makes them easy to spear-phish.",
    false,
  ],
  [
    "Nobody in marketing reads security notices, so of course they installed the browser extension we warned about.",
    true,
  ],
  [
    "The browser extension was installable because we had no extension allowlist in the managed browser policy.",
    false,
  ],
  [
    "The intern exported the mailing list to a public Google Sheet. Interns should not be allowed near real data.",
    true,
  ],
  [
    "The mailing list ended up in a public Google Sheet because new starters got the same data access as permanent staff on day one.",
    false,
  ],
  ["Ultimately this incident comes down to one careless individual.", true],
  [
    "Ultimately this incident comes down to four controls that each assumed another one would catch it.",
    false,
  ],
  [
    "I've written \"user clicked link\" in the root cause field so many times I've made it a template.",
    true,
  ],
  [
    'We\'ve removed "user error" as an option in the root cause dropdown; reviewers now have to name the missing control.',
    false,
  ],
  ["Staff were warned in writing about this exact scam last month and still fell for it.", true],
  [
    "The scam reused our own newsletter template, so the warning we sent last month looked exactly like the attack.",
    false,
  ],
  [
    "A clinician left a workstation unlocked on a ward. Clinical staff simply refuse to take security seriously.",
    true,
  ],
  [
    "A workstation was left unlocked on a ward because badge-tap login had been broken since the upgrade and re-entering a 14-character password per patient was impractical.",
    false,
  ],
  [
    "Timeline: 09:14 alert fired; 09:16 analyst triaged; 09:31 host isolated; 10:02 credentials reset.",
    false,
  ],
  [
    "The backup job had been failing silently for eleven weeks because its alerts went to a distribution list that was deleted in the reorg.",
    false,
  ],
  [
    "Recommendation: require number matching for MFA and retire SMS codes for all privileged accounts.",
    false,
  ],
  [
    "The helpdesk reset the password because the verification script only asked for the employee ID, which is printed on every badge.",
    false,
  ],
  [
    'Calling this "user error" would be lazy. She was asked to do a fiddly task at 6pm with no guardrails and a deadline.',
    false,
  ],
  [
    "Root cause is a supplier that pushed a firmware update to our switches without notifying customers.",
    false,
  ],
  [
    "Management deferred the firewall replacement for two budget cycles; the end-of-life device had no patch for the exploited flaw.",
    false,
  ],
  [
    "Several staff flagged the fake invoice; one report went to a shared inbox that nobody was rostered to triage over Christmas.",
    false,
  ],
  [
    "Lateral movement used cached domain admin credentials on a jump host that should have been tiered.",
    false,
  ],
  [
    "The attacker's infrastructure rotated through residential proxies, which defeated our geo-blocking rules.",
    false,
  ],
  [
    "Scope confirmed: 212 records, no payment data, no special category data. ICO notification assessed as not required.",
    false,
  ],
  [
    "Mean time to contain dropped from nine hours to forty minutes after we gave the night shift authority to isolate hosts without a manager sign-off.",
    false,
  ],
  [
    "The logs we needed had rolled over after seven days because retention was left at the vendor default.",
    false,
  ],
  [
    "Our MSP had flagged the exposed RDP port in two monthly reports; we did not act on either.",
    false,
  ],
  [
    'Post-mortem: the alert that would have caught this was suppressed eighteen months ago as "too noisy" and never revisited.',
    false,
  ],
  [
    'We found no evidence the employee acted maliciously; the file was exposed by a sharing link that defaulted to "anyone with the link".',
    false,
  ],
  [
    "The phishing simulation results this quarter are mostly a measure of how good the template was, not of staff.",
    false,
  ],
  [
    "The outage was extended by two hours because the only documented restore procedure referenced servers decommissioned in 2021.",
    false,
  ],
];

export const FRESH_ZM: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZM_2,
  ...FRESH_ZM_3,
  ...FRESH_ZM_4,
  ...FRESH_ZM_5,
];
