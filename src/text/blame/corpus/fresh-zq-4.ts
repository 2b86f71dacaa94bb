import type { RawBlameExample } from "./types.js";

/** Inside voices: incident post-mortems, board and audit reports, awareness plans, policy rationales, ticket comments and team chat. Written fresh for Rapport (brief ZQ). */
export const FRESH_ZQ_4: readonly RawBlameExample[] = [
  [
    "The departments with the most incidents also have the oldest equipment and the least IT support. Let's look at that before we look at the people.",
    false,
  ],
  [
    "The bonus-themed lure arrived the same week real bonus letters went out by email. Attackers timed it well; those letters should go via the HR portal.",
    false,
  ],
  ["Weakest link? It's the admin team in Singapore, every audit, without fail.", true],
  [
    "We say people are our greatest asset; this year's budget should prove it by funding tools that make their security tasks easier.",
    false,
  ],
  [
    "Retail chain post-mortem: POS passwords defaulted to the store number at install, and the rollout guide never asked anyone to change them.",
    false,
  ],
  ["Staff in the tax practice treat IT policies as suggestions, and the juniors copy them.", true],
  [
    "Board paper: technical investment has reduced risk measurably; the next step is better support for staff, including a 24/7 reporting line.",
    false,
  ],
  [
    "Our MFA rollout stalled because people without company phones were told to use their personal ones. Hardware tokens solved it.",
    false,
  ],
  [
    "Incident INC-8812: 'invoice.pdf.exe' displayed as 'invoice.pdf' because file extensions are hidden by default. Showing extensions fleet-wide.",
    false,
  ],
  [
    "Executive summary: the breach was entirely preventable had the employee concerned exercised basic common sense.",
    true,
  ],
  [
    "Our people are our greatest asset and our greatest liability, and lately it's mostly the latter.",
    true,
  ],
  [
    "Ticket: antivirus scanning the CRM cache slows it to a crawl. Adding an exclusion for that path and thanking the rep for flagging it.",
    false,
  ],
  [
    "Supply chain review: two of our five critical suppliers could not evidence MFA on their remote support tools. Contract clauses are being added at renewal.",
    false,
  ],
  [
    "Weary observation: we spent £80k on training and our people are exactly as hopeless as they were before.",
    true,
  ],
  [
    "Post-incident review, section 4: root cause was user error. The accounts payable clerk approved a change of bank details from an email without calling the supplier.",
    true,
  ],
  [
    "Practitioner view: security strategy should assume human beings will slip and build recovery in, rather than treating a slip as betrayal.",
    false,
  ],
  [
    "Plain-text credentials were found in an openly readable storage bucket; the public-access block is now enforced at the organisation level.",
    false,
  ],
  [
    "Security team chat: 'can we stop running click-bets on departments? it's leaking and people are hearing about it'",
    false,
  ],
  [
    "It's lazy to say 'it's always the humans'. Humans are also who noticed the breach three weeks before our tooling did.",
    false,
  ],
  [
    "The server room key lives under a plant pot because there's only one key and six people need it. Electronic access is being quoted.",
    false,
  ],
  [
    "Mill floor operators write the SCADA HMI login on tape on the bezel. We are one visitor with a phone camera away from disaster.",
    true,
  ],
  [
    "Human factor, again. The guy in logistics left his laptop on the train with the disk unencrypted and no password.",
    true,
  ],
  [
    "Audit committee minute: members asked management to explain why security instructions differ between the group's three intranets.",
    false,
  ],
  [
    "Not to be cynical, but my confidence in our people could be measured in negative numbers after this quarter's results.",
    true,
  ],
  ["Put simply, our interns are the most dangerous people in the building.", true],
  [
    "Quite frankly, staff at the satellite offices behave as though security is head office's problem and nothing to do with them.",
    true,
  ],
  [
    "The board should understand that our flat network means one compromised laptop can reach the payment systems. Segmentation is the top funding request.",
    false,
  ],
  ["Calling the human the bug is how you end up never fixing the actual bugs.", false],
  [
    "The configuration audit found roughly one in five laptops had browser notifications enabled for at least one site with no work purpose.",
    false,
  ],
  [
    "Customer records should sit behind role-based access so nobody gets more than their job needs; it protects staff as much as customers.",
    false,
  ],
  [
    "Root cause analysis: human error. The sysadmin ran the script against production instead of staging.",
    true,
  ],
  [
    "The control room door at the plant is propped open because the air conditioning fails in summer. Facilities ticket raised; it's not an attitude problem.",
    false,
  ],
  [
    "The audit committee should note that 61% of reportable incidents this year involved misdirected email, a figure broadly in line with sector benchmarks.",
    false,
  ],
  [
    "Deadline pressure drives most of our policy workarounds. Security needs a seat when project timelines are set.",
    false,
  ],
  [
    "Executive summary: the breach was preventable. Had MFA been enforced on the remote access portal, the stolen password alone would not have been enough.",
    false,
  ],
  [
    "#fraud-alerts: the VP's EA bought $5k of gift cards for 'the VP'. again. second time this year. some people just can't be helped",
    true,
  ],
  [
    "Half this office would hand their password to a stranger on the phone if he said he was from IT. We tested it. They did.",
    true,
  ],
  [
    "Our customers' data should be safe even on an employee's worst day; that's the standard we design to.",
    false,
  ],
  ["Let's face it, half the staff couldn't spot a scam if it introduced itself.", true],
  [
    "Courier drivers lost nine handhelds this year; remote wipe worked on all nine and no customer data was exposed.",
    false,
  ],
  [
    "Insiders are the threat we should fear most: they already have the keys and most of them don't care.",
    true,
  ],
  [
    "Admin assistants forwarded a phish to the office asking whether it was real — a report button would have given them a better way to ask.",
    false,
  ],
  [
    "Post-incident remarks: the employee approved the wire transfer exactly as the process allowed. The process needs a second approver above £10,000.",
    false,
  ],
  [
    "Student help-desk workers were never given a verification checklist. The new one takes twenty seconds and they asked for it.",
    false,
  ],
  [
    "Executive note: the CFO's office remains the weakest point in our defences; its staff ignore every verification procedure.",
    true,
  ],
  [
    "A law firm's biggest threat isn't hackers. It's the trainee who emails the wrong client.",
    true,
  ],
  [
    "The research cloud storage defaults new folders to 'anyone with the link'. Changing the tenant default closes the gap that exposed the cohort data.",
    false,
  ],
  ["Our customers' data is only as safe as our dumbest employee.", true],
  ["Whatever we spend on security, the people on the shop floor will undo it by lunchtime.", true],
  [
    "Before we write 'problem between chair and screen' on another ticket, can someone check whether the screen gave them any way to tell?",
    false,
  ],
  [
    "Contractor accounts outlive contracts because offboarding relies on a manual email to IT. Automating deprovisioning from the HR system closes that.",
    false,
  ],
  ["Employees at this bank seem to believe that phishing only happens to other people.", true],
  [
    "Board risk register, entry 3: Staff behaviour. Likelihood: almost certain. Impact: severe. Commentary: staff continue to act irresponsibly.",
    true,
  ],
  [
    "The data leak happened because the sales director's assistant is about as discreet as a foghorn.",
    true,
  ],
  [
    "Payroll bank-detail changes could be requested by phone with no callback. We've moved them to the self-service portal behind MFA.",
    false,
  ],
  [
    "Student traffic sits on its own VLAN, separate from staff and research networks, so compromised student devices can't reach admin systems.",
    false,
  ],
  ["Note for the team: we can't stop stupid, we can only slow it down.", true],
  [
    "Student workers at the IT help desk are the soft spot. They'll reset anything for anyone who sounds stressed.",
    true,
  ],
  [
    "Engineers move fast because the business asks them to; secure defaults in the platform let them keep moving without leaking.",
    false,
  ],
  [
    "A pen tester in hi-vis reached the branch server cupboard because it had no lock. Branch staff were never told who should be in there.",
    false,
  ],
  [
    "Human error: the most predictable, most preventable failure, and our people deliver it reliably.",
    true,
  ],
  [
    "Our own disgruntled staff are more dangerous to us than any nation-state, and we have plenty of them.",
    true,
  ],
  [
    "The pharmacists are a walking compliance violation; they leave dispensing terminals logged in all day.",
    true,
  ],
  [
    "Fact for the steering group: 23 incidents logged in Q2, of which 9 involved misaddressed email, 6 lost devices and 8 malware detections.",
    false,
  ],
  [
    "Honestly, phishing works on everyone, including security staff; the goal is fast detection and reporting, not a perfect click rate.",
    false,
  ],
  [
    "Accountants depend on macros; signing our internal ones and blocking unsigned macros from the internet keeps both the work and the risk manageable.",
    false,
  ],
  ["I'm tired of writing 'user error' in the RCA box, but nothing else ever fits.", true],
  [
    "The CCTV system shipped with 'password' as its default and no prompt to change it. Raised with the vendor and changed across all sites.",
    false,
  ],
  [
    "If Dave from accounts can route around the firewall, the firewall rules are wrong, not Dave.",
    false,
  ],
  [
    "Finding: operator negligence. The control room operator disabled the alarm because it was 'annoying'.",
    true,
  ],
  [
    "Technical summary: lateral movement used a cached domain admin credential on a jump host; tiered admin accounts are now mandatory.",
    false,
  ],
  [
    "Head of IT's quarterly note: teams reported 40% more suspicious activity this quarter, and two reports stopped live attacks.",
    false,
  ],
  [
    "Statement to staff: 'The recent incident was caused by the carelessness of a colleague. Let it be a lesson to all of you.'",
    true,
  ],
  [
    "I've banned 'user error' from the RCA box. If you write it, you haven't finished the analysis.",
    false,
  ],
  [
    "You patch the servers, you train the staff, and then a payroll clerk gives the bank details away on the phone anyway.",
    true,
  ],
  [
    "Teams, security channel: found a password on the meeting-room whiteboard. wiped it, messaged the owner privately, and we'll get them onto the password manager",
    false,
  ],
  [
    "Years of 'weakest link' posters have done real damage here; staff now assume they'll be blamed and report less.",
    false,
  ],
  [
    "Our vishing test got passwords from 40% of those called by a fake 'IT'. Since real IT genuinely does ask for passwords sometimes, we're ending that practice first.",
    false,
  ],
  [
    "Status update: phishing simulation complete. Customer success had the highest report rate of any team.",
    false,
  ],
  [
    "HR has to open attachments from strangers; it's literally the job. Sandboxing CV attachments is the obvious control.",
    false,
  ],
  ["Every DPO knows the truth: your staff are your biggest data protection risk.", true],
  [
    "Summary for the risk committee: our cyber insurance renewal requires evidence of immutable backups by June; the work is on track.",
    false,
  ],
  [
    "Awareness plan rationale: employees are the primary attack vector and must be conditioned to behave.",
    true,
  ],
  [
    "Board paper: without addressing the behaviour of our people, no technical investment will materially reduce our risk. They are the root of the problem.",
    true,
  ],
];
