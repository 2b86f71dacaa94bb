import type { RawExample } from "./types.js";
import { VOICES_Q_2 } from "./voices-q-2.js";

/**
 * Analyst's interview notes (third person, note style) mixed with short jotted quotes from
 * employees, team leads, IT/security staff, managers and owners of small firms in many sectors.
 * Written fresh for Rapport (brief Q); continued in voices-q-2.ts.
 */
const FIRST_PART: readonly RawExample[] = [
  ["IT manager says she is worn out by constant pushback from department heads.", "feel conflict"],
  [
    'Teacher: the network manager "treats us like naughty pupils" whenever a website needs unblocking.',
    "comm power",
  ],
  [
    'Network manager: staff "click on every prize draw going"; he spends his week cleaning up after them.',
    "blame:emp",
  ],
  ["Developer: the security engineer pairs with juniors on the login code, and they like it.", ""],
  [
    'Store manager: IT write instructions "like we\'re all computer scientists"; nobody on the floor follows them.',
    "comm",
  ],
  ["Security lead runs a relaxed Friday session, questions welcome, no jargon at all.", ""],
  ['Teacher: e-safety update was forty slides emailed at 10pm. "No one reads that."', "comm"],
  ["Owner plans to name one person responsible for data protection next year.", ""],
  [
    "Coop secretary: \"If anything goes wrong with the books, it'll be my doing, not the computer's.\"",
    "blame:self",
  ],
  ['Software house founder: security is everyone\'s job "and people genuinely act like it".', ""],
  [
    'Garden centre cashier: "Computers and me don\'t get on. Always my fault when it goes wrong."',
    "blame:self",
  ],
  ['Security officer: "I\'d rather they came to me with a mistake than hid it. Most do now."', ""],
  ['Foreman: "Not a problem at all. They come down to the floor when we call."', ""],
  ['Driver: "I\'m not scared of getting it wrong. Report it and nobody gets in trouble."', ""],
  [
    'Office manager: the firm\'s security adviser is approachable, pops in monthly, "we actually look forward to it".',
    "",
  ],
  ["Tyre fitter won't touch the booking PC in case he breaks it and gets the blame.", "feel power"],
  ['Dental practice manager says the associates "are the reason we need IT at all".', "blame:emp"],
  ["Says the IT support company only gets in touch when the invoice is due.", "distance"],
  ["Monthly drop-in sessions with IT started in March; around ten people come each time.", ""],
  [
    "IT support thinks staff hide mistakes because they're afraid of being shouted at.",
    "feel power",
  ],
  [
    'Coop treasurer: the auditor\'s IT checklist "made us look like fools"; she resents it.',
    "feel",
  ],
  [
    'IT coordinator: "The warehouse lot will plug in any USB stick from the car park."',
    "blame:emp",
  ],
  [
    'Caseworker is embarrassed she forwarded a scam to the whole team. "I caused all that fuss."',
    "blame:self feel",
  ],
  [
    'Engineer gets locked out of the CAD licence server constantly; blames the IT firm\'s "amateur setup".',
    "blame:sec conflict",
  ],
  ['Charity director: the volunteers are "a data breach waiting to happen".', "blame:emp"],
  ['Parts manager blames himself for the ransomware: "I opened it, simple as that."', "blame:self"],
  [
    'Volunteer coordinator uses her own laptop because the charity\'s one "takes twenty minutes to let you in".',
    "conflict",
  ],
  [
    'Paralegal: "IT made the mess with the migration, and we\'re the ones working weekends to fix it."',
    "blame:sec feel",
  ],
  ['Manager: staff see security as "the boss\'s paranoia"; they humour it, no buy-in.', "distance"],
  [
    'Says the night shift "don\'t exist" as far as IT is concerned; nobody picks up after six.',
    "conflict distance",
  ],
  [
    "Dental practice manager, choosing her words: doesn't want to sound ungrateful, but the outside IT company makes her feel she's wasting their time, so she saves questions for weeks and sometimes just leaves things broken.",
    "feel distance",
  ],
  [
    "Office manager: the partners see IT spend as waste, the contractor is only called when something breaks, and both sides quietly resent each other. She feels stuck in the middle.",
    "comm feel",
  ],
  [
    'Tax senior: the client portal "logs you out if you sneeze", so people save files to their desktops instead.',
    "conflict",
  ],
  ["IT admin admits he lost his temper when a user asked the same thing a third time.", "feel"],
  ["Coop secretary uses the same laptop as last year; the supplier handles backups.", ""],
  [
    "Packing line operator was called out over the tannoy for tailgating through the secure door.",
    "comm power",
  ],
  ["Logistics clerk: IT updates come with a short video, and she watches them.", ""],
  ['Plant manager: IT "forgot the factory exists". Last visit: the Christmas party.', "distance"],
  ["Support engineer forgets the VPN steps and feels like an idiot asking again.", "feel"],
  ['Store supervisor: "Nobody told me there was a security person. Is there?"', "distance"],
  ['Counter staff feel IT assume "we\'re the ones who let the bad guys in".', "blame:emp"],
  [
    'Regional manager thinks shop floor staff are "blissfully careless" with the shared tablets.',
    "blame:emp",
  ],
  ["Payroll officer knows exactly who to call; the IT contact number is on every desk.", ""],
  [
    "Says the partners settle everything about IT among themselves; the admin team just gets told afterwards.",
    "power",
  ],
  [
    'Says the managing partner reviews everyone\'s email logs "for security"; staff whisper about it.',
    "power",
  ],
  ['Store manager: "Blame? No. They just say what happened and how to avoid it next time."', ""],
  ['Store assistant: "Weakest link? Us? No, they\'ve never said anything like that."', ""],
  [
    "Driver says the tracking app logs every stop he makes; feels like he's permanently on probation.",
    "power",
  ],
  ['Dispatcher only hears from IT "when the red banner says I\'ve broken something".', "comm"],
  ["Admin: \"Security? That's IT's job, isn't it? I just do invoices.\"", "distance"],
  [
    'Caseworker felt "like a criminal" after an audit flagged the USB stick in her bag.',
    "feel power",
  ],
  ['Receptionist locks her screen whenever she leaves the desk. "Habit now."', ""],
  ["Accounts clerk: IT's emails are short and in plain English; she has no trouble with them.", ""],
  ['Service manager at the garage calls the IT support firm "cowboys".', "blame:sec"],
  [
    "New IT manager actually asked reception what was slowing them down; staff were surprised and pleased.",
    "",
  ],
  [
    'Visual merchandiser: IT send "URGENT" emails so often that she ignores them all.',
    "comm distance",
  ],
  ['Logistics IT manager: "Human error? Sometimes. Usually our process set them up."', ""],
  ["Retail cashier: \"Don't ask IT, they'll only make it worse.\"", "blame:sec distance"],
  ['Duty manager: the helpdesk is offshore and only does tickets. "Never a human."', "comm"],
  [
    'Purchasing clerk: another rule every month and nobody explains why. "I\'ve stopped keeping up."',
    "comm distance",
  ],
  [
    'Receptionist at the dental practice: has never met whoever looks after the computers; assumes it\'s "some company in town".',
    "distance",
  ],
  [
    'Security engineer: "I explain it, they nod, then do the opposite. I don\'t know what else to try."',
    "conflict feel",
  ],
  ['Driver lost the company phone in a lay-by. "Daft of me. They were right, mind."', "blame:self"],
  [
    'Audit junior: the sign-in prompts at every client site "add ten minutes to everything"; partners grumble constantly.',
    "conflict",
  ],
  ["Grants officer: \"I don't bother them. They're busy and I'd get a lecture.\"", "distance comm"],
  ['Housekeeping supervisor: "IT? Not my department, love. I do rooms."', "distance"],
  ["Retail supervisor knows the IT person by name and sees him at the monthly store visit.", ""],
  ["Warehouse staff get a five-minute security slot in the weekly toolbox talk.", ""],
  [
    'Security contractor: "Users are the weakest link, full stop. Can\'t patch people."',
    "blame:emp",
  ],
  [
    "Hotel receptionist was mortified after clicking a fake booking link; thinks she let the whole team down.",
    "feel blame:self",
  ],
  ['Planner: IT "talk a good game", but nothing they set up works first time.', "blame:sec"],
  ["Accountant: the extra sign-in step took a week to get used to; now it's automatic.", ""],
  ["Trainee accountant hasn't met IT. \"They're an email address, basically.\"", "distance"],
  ["Says the security engineer pins it on whoever touched the code last, every time.", "blame:emp"],
  ['Branch manager feels head office IT "look down their noses" at shop people.', "comm power"],
  [
    "Coop chair thinks the older members are the risk; they write passwords on the feed calendar.",
    "blame:emp",
  ],
  ["Feels confident spotting fake emails now; no fear of clicking any more.", ""],
  ['Clerk: "I\'m the reason we had that virus. I clicked. I know."', "blame:self"],
  ["Accounts clerk would rather ask her neighbour at the next desk than bother IT.", "distance"],
  [
    "Dairy manager: the milk-recording software vendor pushes updates whenever they like; data lost twice.",
    "blame:sec",
  ],
  [
    'Security officer: "I\'m partly to blame. I wrote the policy in a language only I understand."',
    "blame:self comm",
  ],
  [
    'Product manager: security requirements land at the very end "like a tax"; releases slip every time.',
    "conflict",
  ],
  ['IT technician thinks the last outage was down to him. "I rushed the patch."', "blame:self"],
  [
    'Customer service rep: the security-question script "annoys every caller, and us".',
    "conflict feel",
  ],
  ["Security lead owned up to her own mistake at the staff meeting; people respected that.", ""],
  ['Clerk: "I used to dread the IT emails. Now they\'re short and I get them."', ""],
  ["Farm manager: the coop's IT adviser understands farming; grew up on one.", ""],
  [
    "Practice owner: the outside IT firm answers quickly and explains things in plain terms. No complaints.",
    "",
  ],
  ['Team lead: "Our security person sits with us on Tuesdays. Easiest way to ask things."', ""],
  ["Head teacher: the network manager and teachers rewrote the filter rules together.", ""],
  [
    'Machine operator reckons the line stoppage was "down to me pressing the wrong thing on the panel".',
    "blame:self",
  ],
  ['Planner: "We never see the security people unless an auditor is coming."', "distance"],
  ["School business manager: the technician is patient with older staff, never rushes them.", ""],
  [
    'Paralegal: IT notices read like "a legal document written by an engineer"; she gives up halfway.',
    "comm",
  ],
  [
    'CTO: developers "can\'t be trusted with production keys", so all access goes through him personally.',
    "blame:emp power",
  ],
  [
    "Night porter: nobody answers the IT line after six, and the system assumes someone's around to reset passwords.",
    "conflict",
  ],
  ["IT contractor looks after the backups, the firewall and new starters' laptops.", ""],
  [
    "Retail IT lead: \"Store staff are the single biggest risk we've got. They'll write the PIN on the till.\"",
    "blame:emp",
  ],
  ['IT lead: "Nobody here is stupid. If three people click a link, it was convincing."', ""],
  ["Bookkeeper worries her home Wi-Fi isn't safe but doesn't know who to ask.", "feel distance"],
  ['IT contractor: owners treat security "as my problem, not theirs".', "distance"],
  ['Engineer: updates now run outside shift hours after last year\'s complaints. "Fine now."', ""],
  [
    "Fundraising officer: trustees treat data protection as a sword hanging over everyone; she is scared of a fine.",
    "feel power",
  ],
  ['Charity director: volunteers ask good questions about data. "They care about clients."', ""],
  ['Office manager at the haulage firm: the IT provider "only rings to tell us off".', "comm"],
  [
    'Garage owner: the diagnostic laptop updates itself mid-job, and IT "haven\'t a clue how a workshop runs".',
    "conflict blame:sec",
  ],
  [
    "New starters get a half-day induction that includes security, run by a colleague from their own team.",
    "",
  ],
  ['IT technician: "Honestly, the users here are great. They report stuff, they ask."', ""],
  ["Area manager: \"Nobody's scared of IT here. They're part of the furniture.\"", ""],
  ['Operations manager: "Is IT a problem? Not really. They\'re quick and polite."', ""],
  [
    'Bakery supervisor: IT notices are all capitals and red warnings; every week reads "like the world\'s ending".',
    "comm",
  ],
  ['Factory HR officer: the acceptable use policy reads "like a threat letter".', "comm"],
  ['PE teacher: "Security\'s for the techies. I teach football."', "distance"],
  [
    'Cashier: "When the system goes down they say we pressed something. It\'s always their update."',
    "blame:emp blame:sec",
  ],
  [
    'Logistics owner: "The drivers are the danger. They lose phones like other people lose pens."',
    "blame:emp",
  ],
  [
    "Office administrator orders toner and keeps the asset list; passes anything technical to the contractor.",
    "",
  ],
  ["Dental nurse: the support firm set up the new X-ray PC and it runs fine.", ""],
  ['Owner: "If we get hacked, it\'ll be because someone here did something daft."', "blame:emp"],
  ["Security officer meets each department head quarterly to go through risks.", ""],
  ['Stockroom worker: the handheld login is "a nightmare", so all use the manager\'s.', "conflict"],
  ['Clerk: "I\'m not the problem and neither is IT. The old server was."', ""],
  [
    "Says the practice manager guards the booking system password; she has to fetch her every time the screen locks mid-appointment.",
    "power conflict",
  ],
  [
    "Hotel GM: the IT firm's engineer knows the night staff by name and drops in on their shift every quarter.",
    "",
  ],
  [
    'IT consultant: clients want security but won\'t give up a single shortcut; "like banging my head on a wall".',
    "conflict feel",
  ],
  ['Dental receptionist: "I\'m not very techy. I probably cause half their calls."', "blame:self"],
  [
    'IT contractor says the lawyers "think rules are for other people" and are the firm\'s biggest exposure.',
    "blame:emp",
  ],
  ['Plant director: "Staff aren\'t the weakest link here. Our old machines are."', ""],
  ["Chef has no strong views; the tablet works, the ordering system works.", ""],
  ['Operations manager: the IT contractor is "a black box"; decisions come from nowhere.', "power"],
  ['Sales rep: "I wouldn\'t call it conflict. We disagree on the VPN and sort it out."', ""],
  ['Dental practice owner: the IT company\'s "upgrade" lost two days of bookings.', "blame:sec"],
  [
    'Accountancy IT lead: "Give staff an inch and they\'ll disable the antivirus to save a second."',
    "blame:emp",
  ],
  [
    'Hotel GM: "Reception is our soft underbelly. They\'ll give a room number to anyone who sounds confident."',
    "blame:emp",
  ],
  ["Owner describes IT support as worth every penny and always reachable by phone.", ""],
  ['Warehouse picker: "They watch everything we do on the scanners. Like prison."', "power"],
  ['Bookkeeper: "I should have checked the sender. That one\'s on me."', "blame:self"],
  ["Security officer keeps a shared list of near misses; staff add to it anonymously.", ""],
  [
    "IT lead: \"People say users are the weakest link. I think that's lazy. They're our early warning system.\"",
    "",
  ],
  ["Workshop PC passwords were chosen with the mechanics, so everyone remembers them.", ""],
  ["Says she isn't worried about phishing any more since the hands-on session.", ""],
  [
    "Graphic designer: the file-sharing block forced her onto her personal cloud to send proofs to clients.",
    "conflict",
  ],
  [
    "Senior partner: the IT contractor has never grasped what a court deadline means; file encryption held up a filing last month.",
    "conflict",
  ],
  [
    'Managing director admits he has no clue about security and leaves it all to IT, "which is probably my fault".',
    "blame:self distance",
  ],
  [
    'Coop secretary: the computer "is a mystery"; feels silly asking the same thing twice, so she doesn\'t.',
    "feel distance",
  ],
  ['Shop manager describes the IT helpdesk as friendly, "even on a Saturday".', ""],
  ['Logistics clerk: the security team "treat every question as a confession".', "power"],
  [
    "Says he hasn't seen the IT contractor in person since the office moved; it's all tickets now.",
    "comm distance",
  ],
  ['Bookkeeper dreads tax-season emails: "any one could be the fake that ends me".', "feel"],
  ['Office manager rates trust between staff and IT as "pretty good, honestly".', ""],
  ['Security analyst: management only listen "after something bad has happened".', "power"],
  ["Accounts assistant: jargon used to be an issue, but the new technician explains it all.", ""],
  ["Deputy head: IT locked everyone out of the shared drive two days before reports.", "blame:sec"],
  ["Developer: threat modelling happens in sprint planning; the security engineer joins in.", ""],
  ['Manager: "I wouldn\'t say anyone is to blame. It was a very convincing email."', ""],
  ["Security lead hasn't set foot in the warehouse since she joined.", "distance"],
  [
    "School network manager, sounding tired: has asked for a slot in staff training for three years, turned down every time, and is then held responsible by senior leaders whenever a teacher's account is compromised.",
    "power blame:sec",
  ],
  ['Lab technician: "I always mess up the two-factor thing. I\'m a liability."', "blame:self"],
  ['Accountancy IT contractor: "Partners are the worst. Admin rights and no rules."', "blame:emp"],
];

export const VOICES_Q: readonly RawExample[] = [...FIRST_PART, ...VOICES_Q_2];
