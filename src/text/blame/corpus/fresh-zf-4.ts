import type { RawBlameExample } from "./types.js";

export const FRESH_ZF_4: readonly RawBlameExample[] = [
  [
    "Internal note: user set up an auto-forward rule to send every email to her husband's account. No idea why anyone gives these people mailboxes.",
    true,
  ],
  [
    "Internal note: suspicious inbox rule forwarding to an external address, created by attacker session from a foreign IP. Removed rule, revoked tokens.",
    false,
  ],
  [
    "Internal note: another 'my computer is slow' ticket. It's slow because they have 140 Chrome tabs and a screensaver from 2009.",
    true,
  ],
  [
    "Internal note: 'computer is slow' tickets spiked after the EDR agent update. Vendor confirms a regression. Rolling back on the pilot ring.",
    false,
  ],
  ["Auditor's summary: the organisation's greatest control weakness is its people.", true],
  [
    "Auditor's summary: the organisation's greatest control weakness is its reliance on manual processes in finance.",
    false,
  ],
  [
    "Auditor's summary: staff awareness was generally good; most interviewees could identify phishing indicators and knew how to report.",
    false,
  ],
  [
    "The audit found that the human factor is the root of most control failures in the period and recommends stricter monitoring of employees.",
    true,
  ],
  [
    "The audit found that most control failures in the period trace back to under-resourced teams covering two roles after the restructure.",
    false,
  ],
  [
    "Evidence of log review was not retained. The control may be operating but cannot be demonstrated.",
    false,
  ],
  [
    "Staff fail to lock their screens, which leaves management no choice but to assume every workstation is compromised.",
    true,
  ],
  [
    "Screen lock is set to 30 minutes by policy; the benchmark recommends 15 or less. Adjust the GPO.",
    false,
  ],
  ["Segregation of duties conflict: the same role can create vendors and approve payments.", false],
  [
    "Segregation of duties is routinely bypassed by finance staff who share logins to get their work done faster. Untrustworthy practice.",
    true,
  ],
  [
    "Finance staff share logins during month-end because the ERP licence cap leaves the team three seats short. Recommend licence review.",
    false,
  ],
  [
    "The vulnerability scan shows 212 high-severity findings, most of them on end-of-life operating systems.",
    false,
  ],
  [
    "Most high-severity findings persist because system owners simply ignore the remediation tickets. Negligence, pure and simple.",
    true,
  ],
  [
    "Most high-severity findings persist because remediation tickets are routed to a team that was disbanded last year. Ownership needs reassigning.",
    false,
  ],
  [
    "Business continuity test: failover to the secondary site completed in 47 minutes, within the 60-minute target.",
    false,
  ],
  [
    "Key control failure: contractors were given production access on day one. Contractors cannot be trusted with production.",
    true,
  ],
  [
    "Key control failure: contractors were given production access on day one because the onboarding template grants it by default.",
    false,
  ],
  [
    "Management is reminded that employees represent the single largest source of information security risk to the organisation.",
    true,
  ],
  [
    "Management is reminded that the risk register has not been reviewed by the board in the past twelve months.",
    false,
  ],
  [
    "Internal note: user asked a really good question about whether the QR code on the car park notice was legit. It wasn't. Flagged to facilities.",
    false,
  ],
  [
    "Internal note: guy scanned a QR code on a random flyer in the car park and entered his creds. We're doomed.",
    true,
  ],
  [
    "Internal note: he's an engineer, he should know better than to run scripts from a forum on the production box.",
    true,
  ],
  [
    "Internal note: prod box allows interactive logins from the office network; should only be reachable via the bastion. Raising a change.",
    false,
  ],
  [
    "Control testing shows the security awareness module completion rate at 98%; however, completion does not evidence behavioural change.",
    false,
  ],
  [
    "Despite a 98% completion rate on awareness training, staff continue to behave carelessly, which suggests the workforce is simply not capable of secure behaviour.",
    true,
  ],
  [
    "Exception noted: two generic accounts in the payroll system are not attributable to individuals.",
    false,
  ],
  [
    "Exception noted: employees deliberately use generic accounts to avoid accountability for their actions.",
    true,
  ],
  [
    "The cloud storage configuration permitted anonymous listing of one bucket containing test data.",
    false,
  ],
  [
    "Audit trail: user 'jsmith' disabled antivirus on 14 occasions. Recommend HR action; this user is a hazard.",
    true,
  ],
  [
    "Audit trail: antivirus was disabled 14 times on one device by a legacy support script still scheduled in Task Scheduler.",
    false,
  ],
  [
    "We were unable to verify that backup restores are tested; no test records were provided.",
    false,
  ],
  [
    "Helpdesk note: caller claimed to be the CFO needing an urgent reset. Followed the callback procedure, number on file didn't match, refused. Good outcome.",
    false,
  ],
  [
    "Helpdesk note: reset the CFO's password over the phone because the junior tech didn't want to annoy him. Juniors fold under any pressure.",
    true,
  ],
  [
    "Helpdesk note: the reset procedure lets techs skip identity checks for VIPs. That exception is the vulnerability; removing it.",
    false,
  ],
  [
    "Internal note: user is convinced the mouse is hacked. It's not. It's out of battery. I give up.",
    true,
  ],
  ["Internal note: wireless mouse erratic, replaced receiver, user happy.", false],
  [
    "It is the auditor's opinion that the control environment would be substantially stronger if personnel were subject to continuous behavioural monitoring.",
    true,
  ],
  [
    "It is the auditor's opinion that the control environment would be substantially stronger with automated provisioning tied to the HR system.",
    false,
  ],
  [
    "Several staff were unaware that the clear desk policy existed; no one had been asked to acknowledge it since 2019.",
    false,
  ],
  [
    "Several staff admitted they know about the clear desk policy and ignore it. Policy means nothing to them.",
    true,
  ],
  [
    "Internal note: user reported the invoice email as phish within 3 minutes. Verified malicious, purged from 212 mailboxes. Thank her.",
    false,
  ],
  [
    "Internal note: 212 mailboxes got the malicious invoice and 19 people opened it before anyone bothered to report. Nineteen.",
    true,
  ],
  [
    "Internal note: 19 opens before the purge. Mail filter scored it 4.9, threshold is 5. Adjusting scoring for this sender pattern.",
    false,
  ],
  [
    "The organisation's reliance on legacy SMBv1 shares for scanned documents represents a critical exposure.",
    false,
  ],
  ["Asset inventory is incomplete; 18% of devices seen on the network are not in the CMDB.", false],
  [
    "Asset inventory is incomplete because department heads keep buying kit on credit cards and never tell IT. They think rules are for other people.",
    true,
  ],
  [
    "Departments buy kit on credit cards because central procurement takes eleven weeks. Recommend a fast-track catalogue.",
    false,
  ],
  [
    "Internal note: ticket reopened by user for the fifth time without reading the instructions I sent. Users don't read. Ever.",
    true,
  ],
  [
    "Internal note: ticket reopened five times. My instructions assumed admin rights he doesn't have. Rewrote them with screenshots.",
    false,
  ],
  [
    "Recommendation: reduce dependence on individual judgement for payment approvals by introducing system-enforced dual authorisation.",
    false,
  ],
  [
    "Recommendation: because individual judgement in the payments team cannot be trusted, all approvals should be removed from staff discretion.",
    true,
  ],
  [
    "Finding: staff negligence was the primary cause of all three data protection incidents reported in the period.",
    true,
  ],
  [
    "Internal note: user installed a 'free VPN' from the app store to watch football at his desk. Users are the malware delivery system.",
    true,
  ],
  [
    "Interviews indicated that staff regard security procedures as optional and will circumvent them whenever they are inconvenienced.",
    true,
  ],
  [
    "Internal note: third time she's 'lost' the hardware token. I'm starting to think she bins them on purpose.",
    true,
  ],
  [
    "The auditee's workforce lacks the discipline required to operate in a regulated environment without close supervision.",
    true,
  ],
  [
    "Twelve years in this job and I've learned one thing: people are the problem. Always have been.",
    true,
  ],
  [
    "Twelve years in this job and I've learned one thing: the org chart causes more incidents than the users do.",
    false,
  ],
  [
    "Another round? I need it after watching the CEO plug a conference freebie USB stick into his laptop in front of me.",
    true,
  ],
  [
    "Another round? I need it after spending eight hours on a vendor call about a bug they've known about since March.",
    false,
  ],
  [
    "You know what I'd do if I ran this place? Fire the first person who fails a phishing test. Watch the click rate drop overnight.",
    true,
  ],
  [
    "If I ran this place I'd fund the security team properly before I bought another shiny tool.",
    false,
  ],
  ["The sales guys would sell their passwords for a meal deal, I'm telling you.", true],
  [
    "The sales guys were the first to adopt the password manager. Turns out they hate typing passwords more than anyone.",
    false,
  ],
  [
    "I stopped expecting anything from users years ago. Lock it down and assume they'll break whatever's left.",
    true,
  ],
  [
    "I stopped blaming users years ago. Every time I dug into an incident there was a design choice behind it.",
    false,
  ],
  [
    "TLS 1.0 finally turned off on the public load balancers. Two partners had to upgrade their clients.",
    false,
  ],
  ["DNS filtering blocked 3,400 requests to newly registered domains last month.", false],
  [
    "Most ransomware crews don't need a click anymore. They come in through VPN appliances and exposed management interfaces.",
    false,
  ],
  [
    "Most ransomware crews don't need zero-days. Why would they, when someone in HR will open 'CV_final_final.docm' for them?",
    true,
  ],
  [
    "Macros from the internet are blocked by default in Office now. That alone killed a whole class of attacks.",
    false,
  ],
  ["It's not rocket science. Stop clicking stuff. Yet here we are, every Monday.", true],
  [
    "Remember that guy in legal who kept his laptop password on a sticky note under the keyboard? Yeah. He got promoted.",
    true,
  ],
  [
    "Remember when legal pushed back on full-disk encryption because of performance? They were right, the old disks couldn't take it. New laptops fixed it.",
    false,
  ],
  [
    "Whoever invented 'reply all' has a lot to answer for, but whoever in finance used it to send payroll data to the whole company has more.",
    true,
  ],
  [
    "We've switched off 'reply all' to the all-staff list and made it moderated. Problem gone.",
    false,
  ],
  ["Half of security is just babysitting adults who should know better.", true],
  [
    "Half of security is translating risk into language the board understands. The other half is waiting for change windows.",
    false,
  ],
  ["You can't patch stupid, mate. You can only contain it.", true],
  ["You can patch a lot of 'stupid' by fixing the defaults that made it easy to be stupid.", false],
];
