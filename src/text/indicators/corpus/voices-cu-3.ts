import type { RawExample } from "./types.js";

/** IT and security staff in small firms chatting among themselves about the employees they support (team chat). Written fresh for Rapport (brief CU). */
export const VOICES_CU_3: readonly RawExample[] = [
  [
    "Checked with HR: leavers' accounts are still being reported to us by the leaver's colleagues, weeks late. HR don't see it as their job.",
    "conflict comm",
  ],
  [
    "HR now includes us on every leaver notification automatically. Average account disable time is down to the same day.",
    "",
  ],
  [
    "I underestimated how much the new MFA prompt would confuse older staff. Should have run a pilot with them.",
    "blame:self",
  ],
  [
    "Several older staff were embarrassed to ask for help with the authenticator app and waited until they were locked out.",
    "feel distance",
  ],
  [
    "We had a long talk as a team about jargon in our tickets. The replies have got noticeably plainer since.",
    "",
  ],
  [
    "Our replies still say things like 'cleared your cached credentials and re-enrolled the device'. To a bookkeeper.",
    "comm blame:sec",
  ],
  [
    "The marketing director called our password policy 'insane' in front of the whole leadership team.",
    "conflict feel",
  ],
  ["To be fair to the marketing director, 90-day rotation is outdated. We've dropped it.", ""],
  [
    "The incident was caught because a receptionist thought the caller sounded off and rang us. Textbook.",
    "",
  ],
  [
    "I wish I could say the receptionist was typical. Most would have read the code out over the phone.",
    "blame:emp",
  ],
  [
    "Customer services ignored the lock-screen policy for a year and nobody enforced it, including us.",
    "conflict blame:sec blame:emp",
  ],
  [
    "Retro mood: tired. Three weekend callouts, all caused by the same person's 'quick fix' to the shared spreadsheet macros.",
    "feel blame:emp",
  ],
  [
    "'We're invisible' is how one engineer summed us up in the retro, and nobody disagreed.",
    "distance feel",
  ],
  ["No complaints from the lab this month. No contact from the lab this month either.", "distance"],
  [
    "Scientists in the lab run their own instrument PCs and refuse patches because 'it might break the calibration'.",
    "conflict",
  ],
  [
    "Agreed with the lab lead: instrument PCs go on an isolated network and we patch on their schedule. Everyone happy.",
    "",
  ],
  [
    "Note: the CEO asked why 'the IT people' weren't at the strategy away day. Nobody invited us.",
    "distance power",
  ],
  ["We've been invited to the strategy away day for the first time this year.", ""],
  [
    "Communication to staff about the breach was drafted by legal, in legalese, and sent from a no-reply address.",
    "comm",
  ],
  [
    "Several staff replied to the no-reply breach notice asking if their bank details were affected. Nobody saw the replies for a week.",
    "comm feel",
  ],
  [
    "What went well: the facilities team spotted and reported the unknown device plugged into the meeting room.",
    "",
  ],
  [
    "What could improve: facilities had to ask three people before anyone knew who in IT to tell.",
    "distance",
  ],
  [
    "It is exhausting explaining the same basic concept to the same director four quarters running.",
    "feel blame:emp",
  ],
  ["The director isn't slow. We keep explaining it in our terms instead of his.", "comm blame:sec"],
  [
    "Retro: the shared mailbox cleanup was fine technically. The problem is we told nobody and deleted a folder people still used.",
    "comm blame:sec",
  ],
  [
    "Admin staff were the first to adopt the password manager and are now teaching the partners. Love that.",
    "",
  ],
  [
    "Every exception we grant to a senior person becomes the precedent everyone else cites.",
    "power conflict",
  ],
  [
    "I no longer push back on exceptions from the partners. It goes nowhere and costs me goodwill.",
    "power feel",
  ],
  [
    "Partners are generally supportive of security work when we show them cost and risk in plain terms.",
    "",
  ],
  [
    "We are expected to guarantee zero incidents while having zero say over what gets installed.",
    "power",
  ],
  [
    "The business treats our sign-off as a rubber stamp. If we decline, they go over our heads.",
    "power conflict",
  ],
  ["Ticket backlog at 140. Most of it is ours to clear; no excuse.", "blame:sec"],
  ["Ticket backlog is down to 30 after the new triage rota.", ""],
  ["Phishing sim results: 18% click rate, down from 31%. Report rate up to 40%.", ""],
  [
    "Phishing sim results: 18% click rate. Eighteen percent of our people will hand over anything to anyone.",
    "blame:emp",
  ],
  [
    "Clinic staff found a way to keep the shared tablet logged in permanently by taping over the proximity sensor.",
    "conflict",
  ],
  [
    "Clinic staff taped the sensor because the tablet locked mid-consultation. We set the timeout without asking a single nurse.",
    "conflict blame:sec",
  ],
  [
    "We only ever talk to the field engineers when their van laptops are broken. No other contact at all.",
    "comm distance",
  ],
  [
    "Field engineers now have a monthly call with us, mostly ten minutes of banter and one or two useful issues.",
    "",
  ],
  [
    "Open concern: we depend entirely on the office manager to tell us about joiners and she's stretched thin.",
    "power",
  ],
  [
    "Nobody in the sales team reads the Friday security tip. I'm not sure anyone in our team reads it either.",
    "comm distance",
  ],
  [
    "The security tip gets replies now that we write it as a short story about a real near miss.",
    "",
  ],
  [
    "Reminder to the team: nobody 'deserves' to get caught by a phish. Drop the told-you-so tone in follow-ups.",
    "comm",
  ],
  [
    "The production manager said he'd rather lose a day of data than have us 'interfering' with his line PCs.",
    "conflict",
  ],
  [
    "I think the production manager is right to be wary. Our last update on the line did take it down for four hours.",
    "blame:sec",
  ],
  [
    "Scheduled maintenance on the line PCs agreed with production for the first Sunday of the month.",
    "",
  ],
  [
    "I'm still anxious every time we push an update to the line, and I think they can tell.",
    "feel",
  ],
  [
    "Staff survey free text: 'IT are nice but I never know what they actually do'. Ouch, but fair.",
    "distance",
  ],
  [
    "We keep promising a proper intranet page about who we are. We keep not doing it.",
    "blame:sec distance",
  ],
  [
    "Intranet page with our faces and what we each look after went live. Hits in the first week: 312.",
    "",
  ],
  [
    "Complaint received: the new starter was left without a laptop for her first three days. Our fault entirely.",
    "blame:sec",
  ],
  [
    "Complaint received: the new starter's manager forgot to request a laptop and then complained to us it wasn't ready.",
    "conflict blame:emp",
  ],
  [
    "The accountants asked for a plain-English summary of the audit findings. Good ask. We sent one the next day.",
    "",
  ],
  [
    "The accountants asked for a plain-English summary because our audit report was 40 pages of control IDs.",
    "comm blame:sec",
  ],
  [
    "Management told staff 'IT will be monitoring all activity' without asking us. Now everyone thinks we're spying.",
    "power feel comm",
  ],
  [
    "Our role in the disciplinary case was to pull logs. Half the office now avoids eye contact with me.",
    "distance power",
  ],
  [
    "I don't enjoy being the one who hands over someone's browsing history. It changes how people look at you.",
    "feel power",
  ],
  [
    "No major issues with the accounting team this quarter. They raise tickets properly and reply promptly.",
    "",
  ],
  [
    "The people who shout loudest get helped first. The quiet ones wait. That's on how we triage.",
    "blame:sec",
  ],
  ["We spend more time managing the MD's expectations than managing the network.", "power feel"],
  [
    "The CFO still thinks the firewall is a physical wall. I've given up correcting him.",
    "blame:emp",
  ],
  ["Incident response went fine. Staff followed the runbook and called us straight away.", ""],
  [
    "Staff called the MSP's general line instead of the emergency number and waited 40 minutes in a queue.",
    "distance comm",
  ],
  [
    "We changed the emergency number three times in a year and told people by email each time. No wonder.",
    "comm blame:sec",
  ],
  [
    "Nobody reported the lost laptop for four days because the owner was afraid of being disciplined.",
    "feel power",
  ],
  [
    "We've made it clear that reporting a lost device is never punished. Reports now come in within hours.",
    "",
  ],
  [
    "The warehouse supervisor keeps a notebook of everyone's passwords 'for emergencies'. We've asked four times.",
    "conflict blame:emp",
  ],
  [
    "Our ask to the supervisor was just 'please stop'. We never gave her another way to handle the emergencies.",
    "blame:sec",
  ],
  [
    "The security team decides, the business finds out. That's how it's worked here for years and it shows.",
    "power comm",
  ],
  [
    "Legal team wanted a meeting to understand the DLP rules rather than a document. Meeting held, good questions, no friction.",
    "",
  ],
  [
    "DLP blocked the bid submission two hours before deadline. Sales director called it sabotage.",
    "conflict feel",
  ],
  [
    "Calling DLP sabotage is a stretch, but we didn't test it against tender portals, so the bid team has a point.",
    "conflict blame:sec",
  ],
  [
    "Decision log: access to the payroll share restricted to payroll staff only. Approved by the finance director.",
    "",
  ],
  [
    "Honestly it seems I only get listened to after something bad has already happened.",
    "power feel",
  ],
  [
    "Some of the team talk about users like they're the enemy. That attitude leaks into how we write to them.",
    "blame:sec comm",
  ],
  ["The users are the enemy is a joke, mostly. Mostly.", "blame:emp"],
  [
    "A year ago the shop staff wouldn't talk to us. Now they save up questions for when one of us is in store.",
    "",
  ],
  [
    "Retro vote on biggest blocker: 'waiting on business approvals' won by a mile.",
    "power conflict",
  ],
  [
    "I don't think anyone here avoids us. They just go to whoever sits nearest, which is usually not us.",
    "distance",
  ],
  ["End of quarter: nothing dramatic, no incidents, a few good conversations. I'll take it.", ""],
  [
    "Retro action for me: stop marking the same customer service tickets 'resolved' before checking the agent can actually work.",
    "blame:self",
  ],
  [
    "Most of my clients are ten to thirty people. The owner is the IT budget, the approver and usually the biggest risk.",
    "power blame:emp",
  ],
  [
    "I look after a few solicitors' offices and honestly they're some of the most careful people I work with.",
    "",
  ],
  [
    "The thing nobody tells you about MSP work is that you're a stranger to everyone except the office manager.",
    "distance",
  ],
];
