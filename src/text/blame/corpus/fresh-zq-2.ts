import type { RawBlameExample } from "./types.js";

/** Inside voices: incident post-mortems, board and audit reports, awareness plans, policy rationales, ticket comments and team chat. Written fresh for Rapport (brief ZQ). */
export const FRESH_ZQ_2: readonly RawBlameExample[] = [
  [
    "Another user set up a mail forwarding rule to their personal account so they could 'keep up' on holiday. Rules mean nothing to them.",
    true,
  ],
  [
    "Helpdesk log: user asked whether a QR code in an email was safe. It wasn't. Good instinct — marked as reported phish.",
    false,
  ],
  [
    "Chat: HR salary sheet went out on reply-all. Autocomplete picked the all-staff list; can we get that list removed from autocomplete? second time the tool did it",
    false,
  ],
  [
    "Caller got the payroll clerk to change her own bank details in under five minutes. People here will believe anything said in a firm voice.",
    true,
  ],
  [
    "reply in thread: gift card scam hit the VP's EA again. the VP routinely asks for odd urgent favours by text, so it looked normal. we need a verification channel for execs",
    false,
  ],
  [
    "Investigation finding: the payroll officer's reckless handling of the leaver file exposed 2,300 employees' bank details.",
    true,
  ],
  [
    "Management report: repeated violations by the logistics team show an ingrained disregard for data handling rules.",
    true,
  ],
  [
    "The library volunteers will plug any USB stick into the public terminals. We've found three bad ones this month, all 'found' by volunteers.",
    true,
  ],
  [
    "Every single incident this quarter traces back to somebody who couldn't be bothered to follow procedure.",
    true,
  ],
  [
    "Post-mortem: we lost two days of orders; the runbook step that would have prevented it was added after the employee last trained on it.",
    false,
  ],
  [
    "Department heads keep asking why we lock things down. Because their teams can't be trusted with an unlocked anything, that's why.",
    true,
  ],
  ["Our developers treat security review as an insult and ship whatever compiles.", true],
  [
    "Council report: the ransomware incident originated with a council officer who opened an attachment she had no business opening.",
    true,
  ],
  [
    "If you're wondering whether Janice in accounts clicked it: yes. Janice always clicks it.",
    true,
  ],
  [
    "When security and convenience clash, people reasonably pick the one that lets them do their job. So make the secure path the convenient one.",
    false,
  ],
  [
    "Note for the team: we can't stop mistakes, but we can make them recoverable. Backups and undo are security controls.",
    false,
  ],
  ["Our biggest security problem has a staff badge and a lunch break.", true],
  [
    "Honestly, operations staff need admin rights for maybe four tasks. Let's give them just-in-time elevation for those four and nothing else.",
    false,
  ],
  [
    "Insider risk: most data loss we see comes from accidental sharing, so our controls focus on guardrails rather than surveillance.",
    false,
  ],
  [
    "Incident note: the temp at reception gave out the Wi-Fi password to a 'delivery driver' who then sat in the car park for two hours. Unbelievable.",
    true,
  ],
  ["Insider threat is the polite term for 'our own people doing dumb things'.", true],
  [
    "Our insider risk model assumes mistakes will happen and designs controls so one mistake can't become a disaster.",
    false,
  ],
  [
    "Post-mortem conclusion: the ward had no confidential waste bin, so printouts went in the general bin. Bins ordered for every ward.",
    false,
  ],
  [
    "Conclusion for the regulator: the incident resulted from an individual's failure to follow well-established procedures.",
    true,
  ],
  [
    "Kill chain review: initial access came via an SMS impersonating the CEO, sent to numbers scraped from our public staff directory.",
    false,
  ],
  ["Metrics: median time from phish report to mailbox purge fell from 47 minutes to 11.", false],
  [
    "Most DLP alerts I triage are employees doing their jobs in ways the policy didn't anticipate, like sending patient letters to GPs.",
    false,
  ],
  [
    "You'd think people whose job is handling pensions would be a bit more suspicious of emails asking for pension data.",
    true,
  ],
  [
    "Technical summary: the attacker exploited an unauthenticated RCE in the VPN appliance, disclosed 11 days before; the patch had not been applied.",
    false,
  ],
  [
    "From the BYOD standard: personal devices are banned because staff cannot be relied upon to keep them updated or to resist installing junk.",
    true,
  ],
  [
    "Nobody reads a twelve-page acceptable use policy on their first shift. A one-page summary in plain English is being drafted.",
    false,
  ],
  [
    "Our graduates arrive knowing TikTok inside out and security not at all. They are the soft underbelly of every team they join.",
    true,
  ],
  [
    "Lessons learned: the helpdesk technician reset an executive's MFA over the phone for someone who simply sounded confident. Helpdesk staff are far too easily talked into things.",
    true,
  ],
  [
    "Council report: the ransomware entered via an attachment that evaded our outdated antivirus; endpoint detection had been deferred twice for budget reasons.",
    false,
  ],
  [
    "The mistake was made by someone who had completed the training twice, which tells us the training doesn't cover this scenario.",
    false,
  ],
  [
    "I don't accept that accounts is our weakest point. They have the most fraud aimed at them and still stop most of it.",
    false,
  ],
  [
    "Annual report to trustees: the year's incidents reflect persistent complacency among staff toward information security.",
    true,
  ],
  [
    "Post-incident: this was an error by the on-call engineer, who failed to check the backup was actually running before decommissioning the old server.",
    true,
  ],
  [
    "The attack succeeded because, as usual, someone couldn't resist clicking on a link about their bonus.",
    true,
  ],
  [
    "New graduates join without a device setup walkthrough; we're adding a thirty-minute security onboarding session in week one.",
    false,
  ],
  [
    "Pen test retest: 9 of 12 findings from last year are closed; the remaining three all relate to legacy Active Directory trusts.",
    false,
  ],
  [
    "The mistake was made by someone who had completed the training twice. Some people just don't absorb anything.",
    true,
  ],
  [
    "Clinic receptionists have no verification script for callers asking about patients. A three-question check is going on every desk.",
    false,
  ],
  [
    "The store safe code hasn't changed in four years and is shared by twelve people. Rotating it quarterly and using individual codes is the fix.",
    false,
  ],
  [
    "Summary: an employee was involved in 11 of 14 incidents, typically as the person who received a malicious message.",
    false,
  ],
  [
    "Audit finding 7: The Leeds branch has no lockable storage at workstations, so the clear-desk policy cannot practically be followed.",
    false,
  ],
  [
    "Guidance for managers: treat access patterns, not colleagues, as the thing to monitor, and be clear with staff about what is watched and why.",
    false,
  ],
  [
    "Remediation plan item 3: remove local admin from all standard accounts and provide a self-service app store for approved software.",
    false,
  ],
  [
    "Board risk register, entry 3: Legacy ERP. Likelihood: likely. Impact: severe. Commentary: vendor support ends next March.",
    false,
  ],
  [
    "Insider risk summary: three cases opened, two closed with no further action, one referred to HR following an access review.",
    false,
  ],
  [
    "Comment on draft RCA: can we be honest and say the technician was careless? Because he was.",
    true,
  ],
  [
    "Hotel front desk staff hand out room keys to anyone who knows a surname. Call it a training problem if you like; I call it an attitude problem.",
    true,
  ],
  [
    "Most 'insider threat' cases I've worked weren't threats at all; they were people solving problems with the tools they had.",
    false,
  ],
  [
    "There's no patch for gullibility, people say. There is, though: verification steps that don't depend on anyone's judgement under pressure.",
    false,
  ],
  [
    "Root passwords turn up in shell history because our tooling asks for them as command-line arguments. Replacing those scripts with a vault integration.",
    false,
  ],
  ["Whoever set their password to Summer2024! should not be allowed near a computer.", true],
  [
    "Practitioner view: human beings are inherently unreliable, and any security strategy that relies on them is doomed.",
    true,
  ],
  ["It's always the humans. The tech did exactly what it was supposed to.", true],
  [
    "Our mobile device management didn't filter SMS links, and work phones were used for personal deliveries because we never said they couldn't be.",
    false,
  ],
  ["In short, our largest attack surface is the 600 SaaS apps nobody has reviewed.", false],
  [
    "Audit committee minute: members noted that the internal audit of access controls was deferred to Q4 at the CIO's request, and asked for the reason in writing.",
    false,
  ],
  ["Users will always choose convenience over security; it's basically their nature.", true],
  [
    "overheard in the team channel: someone in HR just replied-all with everyone's salary spreadsheet attached. why do we even bother",
    true,
  ],
  [
    "The admin password ended up in a ticket because the ticketing form auto-captured clipboard contents. Feature disabled, vendor notified.",
    false,
  ],
  [
    "INC-2291 follow-up: the sender domain was one letter off and our mail client hides the domain by default. We're enabling external-sender banners.",
    false,
  ],
  [
    "Field engineers carry customer data on laptops because the field app doesn't work offline. An offline mode with encrypted cache is in development.",
    false,
  ],
  [
    "Council staff are spectacularly bad at recognising scams. It's a generational thing, I'm afraid.",
    true,
  ],
  [
    "Human error is predictable, which is exactly why controls should expect it instead of punishing it.",
    false,
  ],
  [
    "New policy draft: anyone failing three simulations gets a one-to-one coaching session, not a sanction.",
    false,
  ],
  [
    "Incident note: guest Wi-Fi and corporate Wi-Fi share a password printed on the reception desk card. Separating the networks today.",
    false,
  ],
  [
    "Privileged access snapshot: 14 accounts hold standing domain admin rights; the target is zero standing access by year end.",
    false,
  ],
  [
    "Post-incident: nobody owned verification of backups before decommissioning, and the runbook didn't mention it. The on-call engineer did what the runbook said.",
    false,
  ],
  [
    "The cultural problem is ours: security here is seen as the department of no, and that's partly because we've acted like one.",
    false,
  ],
  [
    "Why does every incident report I read start with 'an employee'? Because we stop looking once we find one.",
    false,
  ],
  [
    "Records were deleted because the archive screen put 'delete' where 'export' used to be after the update. The clerk flagged it immediately.",
    false,
  ],
  [
    "Status update: simulation paused after the service desk was flooded with calls about it; we'll brief the desk in advance next time.",
    false,
  ],
  [
    "The secure file transfer went unused in week one; turns out recipients needed an account to download. Switching to one-time links.",
    false,
  ],
  [
    "Interns get the same access as permanent staff on day one because we have no role templates. That's on us.",
    false,
  ],
  [
    "Ticket: marketing intern shared the brand's social media password in an open Slack community. Honestly, who raised these people.",
    true,
  ],
  [
    "Honestly, at this point I'd trust the office houseplants with admin rights before the operations staff.",
    true,
  ],
  [
    "Hospital IT lead: 'Consultants are the worst offenders. They think security is beneath them.'",
    true,
  ],
  [
    "Misdirected email is the most common incident at law firms; delay-send and recipient warnings cut ours by half.",
    false,
  ],
  ["Clinic receptionists will confirm a patient's address to anyone with a plausible story.", true],
  [
    "New hires aren't told not to post photos of their badges. Adding it to the welcome pack with a picture of what not to do.",
    false,
  ],
];
