import { FRESH_ZA_2 } from "./fresh-za-2.js";
import { FRESH_ZA_3 } from "./fresh-za-3.js";
import { FRESH_ZA_4 } from "./fresh-za-4.js";
import type { RawBlameExample } from "./types.js";

/** Owners and managers of small firms, in-house IT and security staff, managed-service providers, IT forum and social posts, internal emails and minutes, insurance and audit reports, security job adverts. Written fresh for Rapport (brief ZA). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Honestly, the biggest risk to this business is Dave in dispatch opening every attachment he gets.",
    true,
  ],
  [
    "I run a twelve-person bakery; if my counter staff can be talked into anything, what chance does a firewall have?",
    true,
  ],
  ["We bought the cheapest antivirus we could find and I regret it now.", false],
  ["Our bookkeeper caught the fake invoice before I did, and I've told her so.", false],
  [
    "My employees are the reason we survived the ransomware attempt: they reported it within minutes.",
    false,
  ],
  ["I don't need a security audit, I need staff who read before they click.", true],
  ["Half my crew would give their password to anyone who asked nicely over the phone.", true],
  ["Since the new MFA rollout, user complaints dropped once we explained why it mattered.", false],
  ["Small shops like mine can't afford a security team, so we lean on our MSP.", false],
  [
    "Every incident we've had traces back to somebody on the shop floor doing something daft.",
    true,
  ],
  ["I trust my people more than I trust the software we pay for.", false],
  [
    "We had a human error in payroll last month; the fix was a second sign-off, not a telling-off.",
    false,
  ],
  ["You can patch a server. You can't patch Gary.", true],
  ["The weakest link in our setup was the router the ISP gave us, not the people.", false],
  [
    "Owner here: our staff handbook now has a page on reporting suspicious emails, no blame attached.",
    false,
  ],
  [
    'I\'ve spent three years cleaning up after users who think "Enable Content" is a formality.',
    true,
  ],
  ["Users aren't stupid; our login page genuinely looked like the phishing one.", false],
  ["Our error logs show the backup job has silently failed for a fortnight.", false],
  [
    "The accounts department treats security warnings like cookie banners: click through and forget.",
    true,
  ],
  [
    "Half the tickets I close are people who reset their password to the same password with a 2 on the end.",
    true,
  ],
  ["I designed the shared drive permissions badly, and that's on me, not the interns.", false],
  [
    "Insider threat programmes at our size mostly mean checking leavers' accounts get closed.",
    false,
  ],
  ["If it has a link, marketing will click it. Guaranteed.", true],
  [
    "We switched to passkeys because remembering twenty passwords is an unreasonable ask of anyone.",
    false,
  ],
  ["Honestly the sales team are a walking data breach.", true],
  ["Put the admin rights back? Absolutely not, you installed three toolbars last time.", true],
  ["Our helpdesk now thanks people for every phishing report, even false alarms.", false],
  ["Employee awareness sessions run quarterly, thirty minutes, optional lunch provided.", false],
  ["The problem is always between the chair and the keyboard.", true],
  ["PEBKAC. Closed the ticket.", true],
  ["Not every outage is user error; last Tuesday it was our expired certificate.", false],
  [
    "I'd rather have a user who reports a mistake than one who hides it, so we stopped punishing clicks.",
    false,
  ],
  [
    "Every client breach we've handled this year started with a staff member approving a push notification they didn't request.",
    true,
  ],
  ["Our managed service includes phishing simulation, reporting and follow-up coaching.", false],
  ["We tell clients straight: your tech is fine, your people are the hole in the fence.", true],
  [
    "MFA fatigue attacks succeed because the prompts are badly designed, not because users are dim.",
    false,
  ],
  ["Most SMB compromises we see involve unpatched VPN appliances.", false],
  [
    "You can buy all the kit you like; your office manager will still hand over the keys to a nice voice on the phone.",
    true,
  ],
  [
    "We've stopped calling it user error in our incident reports; we write down which control failed.",
    false,
  ],
  ["The human element is where we focus first, with short drills and a reporting button.", false],
  [
    "Clients always ask for a tool that stops their staff from being idiots. There isn't one.",
    true,
  ],
  ["Our onboarding checklist: MFA on, admin rights off, backups tested, staff briefed.", false],
  [
    "Nine out of ten tickets we escalate are self-inflicted by someone in the client's office.",
    true,
  ],
  [
    "MSP tip: design things so no single click can sink the business; people will make mistakes and that's normal.",
    false,
  ],
  [
    "Small business owners are the worst offenders: they insist on being local admin and then wonder why.",
    true,
  ],
  [
    "Rant: told the whole office not to plug in the USB stick from the car park. Guess what happened.",
    true,
  ],
  [
    'Hot take: "users are the weakest link" is what you say when you\'ve designed a bad system.',
    false,
  ],
  ["Tweet: My users could find a way to get malware onto a calculator.", true],
  ["Thread: how do you get staff to report incidents without fear? We've tried everything.", false],
  ['Lol our CFO just asked if he can disable MFA because it\'s "annoying". Peak leadership.', true],
  [
    "Reminder that the person who clicked is usually the person who reported it. Thank them.",
    false,
  ],
  ["We don't have a phishing problem, we have a Brenda problem.", true],
  ['Can we stop saying "idiot-proof"? Design for busy people, not idiots.', false],
  ["Pro tip: never underestimate how creative your coworkers are at bypassing security.", true],
  [
    "Genuine question: why do we train staff for an hour a year and then act surprised they forget?",
    false,
  ],
  [
    "Nothing in this world is as dangerous as a manager with a spreadsheet and a personal webmail account.",
    true,
  ],
  ["Minutes, item 4: firewall renewal approved; quotes from two suppliers requested.", false],
  [
    "Email from the MD: following last week's incident, I want to be clear that nobody is in trouble for reporting it.",
    false,
  ],
  [
    'Minutes: JH noted that the front desk "cannot be trusted" with visitor badges and proposed removing the task.',
    true,
  ],
  ["All staff: please lock your screen when you step away. Thanks, IT.", false],
  [
    "Memo: once again, someone in the warehouse has plugged a personal phone into the till PC. This is why we can't have nice things.",
    true,
  ],
  ["Action: IT to review why the error messages on the new VPN client confuse everyone.", false],
  [
    "Minutes: agreed that the insider risk policy applies to directors as well as employees.",
    false,
  ],
  ["Email subject line: Who clicked it this time?", true],
  [
    "From the office manager: the phishing email last Friday was very convincing, well done to Sam for flagging it.",
    false,
  ],
  ["Board pack: security incidents this quarter were driven entirely by staff carelessness.", true],
  ["Audit finding: MFA not enforced on the email administrator account.", false],
  [
    "Claims analysis: invoice-redirection fraud was the most costly loss type for clients under fifty staff.",
    false,
  ],
  [
    "Underwriter's note: the applicant's staff appear lax and untrained; premium loaded accordingly.",
    true,
  ],
  [
    "In our experience insuring small firms, the policyholder's own workforce is the most likely source of a claim.",
    true,
  ],
  [
    "Report finding: 64% of small firms surveyed offer no security training to new starters.",
    false,
  ],
  [
    "Assessor's comment: the firm's culture encourages reporting; staff could describe what to do with a suspicious email.",
    false,
  ],
  [
    "Insurer guidance: losses usually begin with a careless employee, so premiums reward strict controls on staff.",
    true,
  ],
  [
    "The audit identified no human error in the incident timeline; the root cause was a misconfigured cloud bucket.",
    false,
  ],
  [
    "We're hiring a security officer to keep our 40 staff from torching the network by accident.",
    true,
  ],
  [
    "Job advert: IT Support Technician, responsibilities include user onboarding, device setup and security awareness.",
    false,
  ],
  [
    "Looking for an IT generalist who can translate security into plain language for non-technical colleagues.",
    false,
  ],
  ["Must have patience: our users will test it daily.", true],
  [
    "Role: Security Analyst. You'll protect us from threats external and, let's be honest, internal; our staff mean well but click everything.",
    true,
  ],
  ["Ideal candidate believes people are partners in security, not problems to be managed.", false],
  ["Job spec: experience with insider risk tooling and data loss prevention desirable.", false],
  ["The call is coming from inside the building, and it's wearing a lanyard.", true],
  ["Our biggest vulnerability clocks in at nine and leaves at five.", true],
  ["A human firewall sounds nice, but we'd rather fix the mail filtering first.", false],
  [
    'Spent the weekend rebuilding the file server because someone in design "just wanted to see" what the zip file did.',
    true,
  ],
  ["Our users found the phishing campaign before our mail filter did.", false],
  ["Good security here means making the safe option the easy option for every employee.", false],
  ["Temps and contractors get no access to the finance folder, full stop.", false],
  ["Temps can't be trusted with anything more than the printer.", true],
  ["No amount of training fixes a workforce that simply doesn't care.", true],
  ["Security culture starts with leadership admitting their own mistakes first.", false],
  ["Weakest link? Ours was a twelve-year-old firewall nobody owned.", false],
  [
    "If you want to know where the breach will come from, look at whoever's been here longest and thinks rules are for other people.",
    true,
  ],
  ["Every phishing test we run, finance fails it. Every single time.", true],
  ["Our phishing test results improved once we stopped sending trick emails about bonuses.", false],
  [
    'Sent the "don\'t reuse passwords" reminder for the fifth time this year. Pointless with this lot.',
    true,
  ],
  ["Employees reported 31 suspicious messages last month, up from 4.", false],
  ["Some days I think the safest network would be one with nobody logged in.", true],
  [
    "People will always make errors, which is exactly why we built approval steps into payments.",
    false,
  ],
  [
    "The owner writes his PIN on a sticky note on the monitor and then asks me why we got hacked.",
    true,
  ],
  [
    "Staff don't ignore security advice because they're lazy; they ignore it because it contradicts the deadline.",
    false,
  ],
  [
    "If your security strategy depends on nobody ever clicking a link, you don't have a strategy.",
    false,
  ],
  ["Our reception team are brilliant at challenging tailgaters now.", false],
  ["Give a receptionist a USB drive and a lunch break and you've got an incident.", true],
  [
    "The insurance questionnaire asks if we train employees; we do, twice a year, with a quick quiz.",
    false,
  ],
];

export const FRESH_ZA: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZA_2,
  ...FRESH_ZA_3,
  ...FRESH_ZA_4,
];
