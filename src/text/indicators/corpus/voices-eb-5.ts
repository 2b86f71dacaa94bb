import type { RawExample } from "./types.js";

/** Security and IT staff on employees, managers and their own position: survey answers, interview quotes, workshop remarks. Written fresh for Rapport (brief EB). */
export const VOICES_EB_5: readonly RawExample[] = [
  ["Staff aren't the weakest link. They're just the link we've spent least on.", "blame:self"],
  [
    "I'm sick of \"humans are the weakest link\" slides at security conferences. It's an excuse for lazy design by people like us in the industry.",
    "blame:sec",
  ],
  [
    "Accounts payable fell for a fake supplier invoice again. Again! Same person, third time.",
    "feel blame:emp",
  ],
  [
    "We sat down with her properly, one to one. She'd joined during lockdown and never had any training at all.",
    "",
  ],
  [
    "I feel quite isolated as the only security person. Even the IT team see me as a bit of an outsider.",
    "feel distance",
  ],
  [
    "The managing partner and I get on, but he sees security as my personal hobby rather than something the firm needs.",
    "distance",
  ],
  [
    "Hotel staff turn over so fast that I've given up learning names. Which probably makes me seem cold.",
    "comm distance",
  ],
  [
    'We launched a "see something, say something" inbox. It gets about twenty genuine reports a month.',
    "",
  ],
  [
    "Our incident emails go out at 3am because that's when we're working. People wake up to warnings in capitals and panic.",
    "comm feel",
  ],
  ["When someone owns up to a mistake, the first thing I do is thank them for telling me.", ""],
  [
    "The new CEO wants monthly phishing stats by department, ranked. I'm worried it'll turn into a shaming exercise.",
    "feel power",
  ],
  [
    "The warehouse team fixed their own scanner network with a consumer router from Argos rather than ask us. Completely insecure, but I understand it. We'd have taken six weeks.",
    "conflict distance blame:self",
  ],
  ["I think some people here are a bit scared of me. I'm working on it.", "feel"],
  [
    "Our policy says no personal devices. Everyone has a personal device. We all pretend.",
    "conflict",
  ],
  ["Quarterly phishing results: click rate down from 14% to 6%, reporting rate up to 40%.", ""],
  [
    "When I started, helpdesk and security sat on different floors and never spoke. We share a stand-up now.",
    "",
  ],
  [
    "There's a perception that security makes its decisions behind closed doors. Truthfully, we do.",
    "power blame:self",
  ],
  [
    "The biggest threat to this firm is the partner who uses Password1 and refuses MFA because he's been here thirty years.",
    "power blame:emp",
  ],
  ["We ask, we don't tell. If a control hurts a team we'd rather know about it.", ""],
  [
    'In the SOC we joke about "PEBCAK" a lot, problem exists between chair and keyboard. Not a great look, I admit.',
    "blame:emp blame:self",
  ],
  ["We don't get invited to design reviews. We get told about launches.", "distance"],
  [
    "I rang every new manager in their first week to introduce myself. Single best thing I've done in this job.",
    "",
  ],
  [
    "The clinicians think the EPR team is useless, and after last year's outage I can't honestly say they're wrong.",
    "blame:sec",
  ],
  [
    "Our infrastructure team won't patch anything without six weeks of change control, and then security gets blamed for the vulnerabilities.",
    "blame:sec",
  ],
  ["I don't mind being the bad guy if it's for the right reasons.", ""],
  [
    "Staff don't report lost phones because they think they'll be charged for them. We've never charged anyone, but nobody told them that.",
    "comm distance",
  ],
  [
    "My fault, really. I wrote the lost-device policy and never announced it anywhere beyond the intranet.",
    "comm blame:self",
  ],
  [
    "Staff at the airport concessions see the IT contractor as part of management. They watch what they say around me.",
    "power distance",
  ],
  [
    "People are genuinely curious when I explain how a scam worked. The trick is to show them a real one, not a cartoon.",
    "",
  ],
  [
    "I don't think we're hated. I think we're invisible until we're in the way.",
    "conflict distance",
  ],
  [
    "My team has a habit of answering tickets with a link to a knowledge-base article and nothing else. I've asked them to stop.",
    "comm blame:self",
  ],
  [
    "Central IT and our faculty IT barely speak. Staff get bounced between us like a ping-pong ball.",
    "conflict distance",
  ],
  [
    "A senior researcher asked for a loaner laptop before her conference trip abroad. Exactly the right instinct.",
    "",
  ],
  [
    "Every January it's the same. The partners come back from skiing, can't remember their passwords, and somehow it's my fault.",
    "conflict feel",
  ],
  ["I'd describe our relationship with staff as polite but distant.", "distance"],
  [
    "We're a small agency, twelve people. I'm also the office manager, so I see everyone every day.",
    "",
  ],
  [
    "The developers think security reviews exist to slow them down. Some days I think they have a point.",
    "conflict",
  ],
  [
    "Got an angry call from a store manager about the new till login. Sat down with him, found his staff were being locked out for hours, and we changed the timeout that week.",
    "",
  ],
  [
    "I have zero visibility of what the regional offices install. They don't ask and I don't find out.",
    "distance",
  ],
  ["It's the execs who worry me. Everyone else follows the rules.", "blame:emp"],
  [
    "The board hears about security once a year, in a red-amber-green slide, from someone they've never met.",
    "distance",
  ],
  [
    'We definitely overdid the fear in our early campaigns. "You could be the reason we go bust." Not our finest hour.',
    "comm blame:self",
  ],
  ["I try to be human on calls. I tell people when I don't know something.", ""],
  [
    "It's demoralising when you run a workshop and three people come, and two of them are from IT.",
    "feel distance",
  ],
  [
    "The finance controller thinks I'm out to get her because I flagged her logins from Spain. She was on holiday, fine, but I had to check.",
    "feel power",
  ],
  [
    "Whatever I do, it's too much security for the staff and too little for the auditors.",
    "conflict",
  ],
  [
    "Our patching broke the label printers in dispatch twice in one month. I'd be annoyed with us too.",
    "conflict blame:self",
  ],
  [
    "Frontline staff are our best sensors. They notice when something looks off long before our tools do.",
    "",
  ],
  [
    "I assume any one of us will get phished eventually, me included. That's not cynicism, it's maths.",
    "",
  ],
  ["Our people are hopeless with email. I've given up.", "feel blame:emp"],
  ['My boss expects me to be on WhatsApp at all hours because "you\'re IT".', "power"],
  ["We run a security surgery every Thursday. No appointment needed, bring your weird emails.", ""],
  [
    "People forget I'm a person. They'll moan about \"IT\" right in front of me as if I'm not there.",
    "feel power",
  ],
  [
    "We apologised publicly after the payroll delay. It was our change that caused it, and people appreciated the honesty.",
    "blame:self",
  ],
  ["A sysadmin's life: when it works, nobody notices, and that's the goal.", ""],
  [
    "The engineers on the rigs have the worst connectivity and the best attitude. They never complain.",
    "",
  ],
  [
    "I've stopped copying managers in on user issues, and people talk to me a lot more freely now.",
    "",
  ],
  [
    "I worry we've taught staff to be afraid of links instead of teaching them to think about them.",
    "blame:self",
  ],
  [
    "There's an \"us and them\" between IT and the creatives, and I'm not sure who started it.",
    "conflict distance",
  ],
  [
    "The CFO never answers my risk emails, but he'll ring me in a panic when his phone is slow.",
    "comm distance",
  ],
  [
    'My team\'s favourite line on the phone is "have you tried restarting it?", and people hate it, because they already have.',
    "comm feel",
  ],
  ["Most access requests get approved within a day now. Staff seem happy with that.", ""],
  [
    "The cleaners were the ones who spotted the tailgater in the server corridor. They got a proper thank-you from the directors.",
    "",
  ],
  ["I wish people saw security as a service they can use, not a fence around them.", "conflict"],
  ["Lone IT at a 40-person builders' merchant. The people are great, the budget isn't.", ""],
  ["Everyone treats me like their personal helpline, including for their kids' Xboxes.", "power"],
  [
    "I don't mind the odd question about home stuff, to be honest. Keeps me in people's good books.",
    "",
  ],
  [
    'I have no say in what gets bought. The owner\'s nephew "knows computers", so he picks.',
    "power",
  ],
  [
    "Our staff are careless with customer data. Spreadsheets on personal OneDrive, the lot.",
    "blame:emp",
  ],
  [
    "We never gave them a sanctioned way to share big files, so of course they used their personal OneDrive.",
    "conflict blame:self",
  ],
  [
    "Security team? We're three people and a shared inbox, and the inbox is mostly auto-replies.",
    "",
  ],
  ["The regional managers only reply to me if their director is copied in.", "power distance"],
  [
    "Copying the director in gets me replies, but it's also made me the office snitch.",
    "feel power",
  ],
  [
    "When I explained why we'd changed the Wi-Fi, the reception team were fine with it. It's mostly about telling people.",
    "",
  ],
  [
    'IT speak is a real problem here. I catch myself saying "endpoint" to receptionists.',
    "comm blame:self",
  ],
  ["We're seen as a cost centre. When everything works, they wonder what we do all day.", "power"],
  [
    "The people I support are smart; they just don't have time for security. My job is to make it take no time.",
    "",
  ],
  [
    "We've been told to enforce the clean-desk policy with spot checks. I hate doing it. It feels like policing my colleagues.",
    "feel power",
  ],
  ["Our biggest problem is engagement. People just aren't interested.", "distance"],
  ["Can I be blunt? The weakest link here is management, not staff.", "blame:emp"],
  [
    "I'm an MSP engineer and I'll say it: some of our own techs are the biggest risk on the client's network. Reused passwords, shared admin accounts.",
    "blame:self",
  ],
  [
    "The client's in-house IT guy hides problems from us until they're disasters. Then it's our fault.",
    "conflict blame:sec",
  ],
  ["The practice staff are lovely. There's always a cup of tea when I visit.", ""],
  [
    "I'm convinced people would tell me more if my desk weren't in the CFO's office suite.",
    "power distance",
  ],
];
