import type { RawExample } from "./types.js";

/** Employees on how often and how they reach security or IT staff, and what happened last time, mostly plain answers (round 19). Written fresh for Rapport (brief EL). */
export const VOICES_EL_3: readonly RawExample[] = [
  [
    "Last time I needed a bigger screen for my eyes; occupational health and IT arranged it together.",
    "",
  ],
  [
    "Their emails start with 'As per policy' and end with a ticket number. No name.",
    "comm distance",
  ],
  ["Our warehouse scanners are replaced every three years under a contract.", ""],
  [
    "Phoned the helpdesk on Tuesday about the shared printer. They said the fault was on our side and closed it; it wasn't.",
    "blame:emp conflict",
  ],
  ["We are not told about changes until after they happen.", "comm power"],
  [
    "Every new starter meets someone from IT on their first morning for a login and a short talk.",
    "",
  ],
  [
    "I requested a temporary account for our summer intern. It expired automatically at the end of August.",
    "",
  ],
  ["Security and IT are the same two people here, Ravi and Olu.", ""],
  [
    "I put my password on a sticky note under the keyboard because it has to change so often.",
    "conflict",
  ],
  ["For the restaurant we just call the till company, they have a 24 hour line.", ""],
  ["They asked me last week to confirm my mobile number for the new two-step login.", ""],
  ["Haven't needed them this year.", ""],
  ["When I ask for anything, the first question is always what I did wrong.", "conflict blame:emp"],
  ["Our council department has an IT liaison who attends the team meeting once a month.", ""],
  [
    "The last request was to check an email from a supplier asking to change bank details. It was fake and they blocked it.",
    "",
  ],
  [
    "I sometimes think I'm too slow with computers and that's why my tickets take long.",
    "blame:self",
  ],
  ["Access to the finance system is reviewed every six months by the IT manager.", ""],
  ["i asked about two factor for my phone and they sent me a short guide, it worked", ""],
  ["The security team is in head office, they phone us if the alarms show something.", ""],
  ["We are checked on constantly; every login from home is logged and reviewed.", "power"],
  ["By walk-in. Their door is open most mornings.", ""],
  [
    "Last time I raised a problem with the payroll export, IT passed it to the software vendor.",
    "",
  ],
  ["The backup drive for the studio is swapped every Friday and taken home by the owner.", ""],
  [
    "Nobody from security has ever explained what the rules are for, they just appear in an email.",
    "comm",
  ],
  [
    "I contacted IT about my account name being misspelled. Eight months later it still is.",
    "conflict",
  ],
  ["Contact? We have a sheet on the wall with the helpdesk number and hours.", ""],
  ["They replaced the old laptops in the sales team with new ones in September.", ""],
  [
    "I asked for a meeting to discuss the new file sharing rules and was told to email instead.",
    "distance comm",
  ],
  ["Our firm keeps client files for seven years and IT archives them after that.", ""],
  ["I see the IT guy in the corridor most days and ask him things then.", ""],
  ["After the last audit the security team added a sign-in sheet for the server room.", ""],
  [
    "Requesting admin rights takes a form, a manager's signature and a call with security to explain why.",
    "",
  ],
  ["We do not talk to IT. If the printer jams, Carla fixes it.", "distance"],
  ["Contact happens mostly in the morning, when logins fail after the weekend updates.", ""],
  [
    "Last I asked them for the guest network to be extended to the barn. They put in a second access point.",
    "",
  ],
  ["The rule about no personal email on work PCs came in last year.", ""],
  [
    "My last ticket was closed as resolved without anyone contacting me, and the problem is still there.",
    "conflict",
  ],
  ["Once every few weeks, and each time I'm nervous I'll be told off for something.", "feel"],
  ["The IT company sends a monthly report on patches and backups to our director.", ""],
  [
    "At the pharmacy the security rules say the dispensing PC must be locked when you step away.",
    "",
  ],
  [
    "we keep a spare laptop with no restrictions in the back office for when the work ones are locked",
    "conflict",
  ],
  ["I asked how long old emails are kept. The answer was two years, then they are archived.", ""],
  ["Around once a month by email, and for urgent things I phone.", ""],
  ["Security runs the door badges, IT runs the computers, and facilities handle the cameras.", ""],
  ["Getting a reply depends on knowing someone there personally.", "power conflict"],
  ["Last Wednesday the helpdesk installed the new version of the timesheet app on my PC.", ""],
  ["I asked for a laptop lock for hot-desking and picked it up from reception.", ""],
  ["The IT staff come to us only to tell us off about the phishing test results.", "comm"],
  ["Patches are installed on the second Tuesday of every month.", ""],
  [
    "My request for a new phone was turned down because mine is under three years old, which is the rule.",
    "",
  ],
  ["Since last year there is a security contact in every school, ours is the deputy head.", ""],
  ["I don't really ask them anything; they seem busy with bigger things.", "distance"],
  [
    "Contact goes through a ticket system called Servicedesk. You get an email when it's updated.",
    "",
  ],
  [
    "When I asked about recording client calls, they checked with legal and sent me the approved setup.",
    "",
  ],
  ["The workshop PCs are on a separate network from the office ones.", ""],
  [
    "Last month they blocked my account for a day while investigating a login, and I could not work at all.",
    "power conflict",
  ],
  ["we see the IT person every friday, she does rounds of all the offices", ""],
  ["The password policy requires a new password every 60 days and no reuse of the last five.", ""],
  [
    "I asked for the screen timeout to be longer in the consulting room. It was changed to ten minutes.",
    "",
  ],
  ["In my job I talk to IT almost daily because I coordinate the branch systems.", ""],
  [
    "I send work documents to my personal Dropbox because the company one keeps failing to sync.",
    "conflict",
  ],
  ["Security awareness posters went up in the canteen in May.", ""],
  ["The last time I called, the person was helpful and explained what had gone wrong.", ""],
  ["Our IT is run from the group's head office. Local issues are sent there by email.", ""],
  [
    "If you ask the security team a question, you wait weeks, so people just ask colleagues.",
    "distance conflict",
  ],
  [
    "Asked for my mailbox to be shared with my assistant. The answer was that assistants can't be trusted with partners' email.",
    "blame:emp power",
  ],
  ["I am contacting them maybe one time each month, for small problem with the programs.", ""],
  ["The audit in March found two old accounts that were then removed.", ""],
  [
    "When I asked for help, they remoted in and moved my mouse without saying anything to me.",
    "comm power",
  ],
  ["Every Monday the IT team posts the week's planned maintenance on the intranet.", ""],
  [
    "Took three days to get a reset code last time, I used a colleague's login meanwhile.",
    "conflict",
  ],
  ["The firm gives each new lawyer an encrypted laptop and a hardware token.", ""],
  ["I don't know. Maybe twice a year?", ""],
  [
    "They asked for my laptop back for an upgrade and returned it two days later with more memory.",
    "",
  ],
  [
    "Security only writes to us in English, and half of the kitchen staff can't read those emails.",
    "comm",
  ],
  ["For the online shop, the hosting company handles security updates.", ""],
  ["Last time I reported an unlocked server cupboard; facilities fitted a new lock that week.", ""],
  [
    "The people at head office decide our IT budget and we find out what we get in January.",
    "power",
  ],
  ["Contact is through the team leader's weekly list, he sends it on Thursday.", ""],
  [
    "I asked whether we could use a free survey tool with parents. IT suggested the one we already pay for.",
    "",
  ],
  ["We were never introduced to the new IT provider after the contract changed.", "distance comm"],
  ["Antivirus scans run every day at lunchtime on the office PCs.", ""],
  [
    "The last request was for a new SIM card for the delivery van tablet; we drove without tracking for three weeks.",
    "conflict",
  ],
  ["They told me the password I chose was too weak and the system made me pick another.", ""],
];
