import type { RawExample } from "./types.js";

/** Part 4 of batch FC (see voices-fc.ts). */
export const VOICES_FC_4: readonly RawExample[] = [
  ["Nobody asks my view before buying software.", "power"],
  [
    "People love to call staff the weakest link, but at our logistics firm the drivers have caught more scams than our filters.",
    "",
  ],
  [
    "Human error shows up in the incident log, sure, but the root cause is usually a process we designed badly.",
    "blame:self",
  ],
  [
    "I used to dread the quarterly partner meeting; since we started a shared risk register it's become the easiest hour of my month.",
    "",
  ],
  [
    "Two years ago nobody would admit to clicking a link. Now they walk straight to my desk, and that's the culture we wanted.",
    "",
  ],
  [
    'The word "insider" comes up in our audits, but I\'ve never had a reason to suspect anyone here.',
    "",
  ],
  [
    "They can be a bit impatient when the Wi-Fi drops, but they're decent about it and say thanks afterwards.",
    "",
  ],
  [
    "I wouldn't say the staff avoid me; they just don't need me much since the new laptops arrived.",
    "",
  ],
  [
    "A couple of the engineers grumbled about hardware keys for a week, and now they won't give them up.",
    "",
  ],
  ["Our employees are not the problem; the legacy booking system with shared logins is.", ""],
  [
    "I had a rough start with the warehouse team when I took away their shared PC, but we talked it through and they suggested the fix we use now.",
    "",
  ],
  [
    "The dentists are busy and sometimes short with me on the phone, though it's never personal and we're friendly in person.",
    "",
  ],
  [
    "Every new joiner gets twenty minutes with me on day one, and I think that's why they come to me later.",
    "",
  ],
  [
    "I run the IT for a 40-bed care home and the carers are careful, patient and honest about mistakes.",
    "",
  ],
  [
    "At the architecture studio we have a Slack channel called #ask-it and it gets about ten questions a day.",
    "",
  ],
  [
    'The outsourced helpdesk we used before was slow and rude, and staff still flinch when they hear "IT ticket".',
    "blame:sec feel",
  ],
  ["Our previous MSP set up everyone as local admin, and I'm still undoing it.", "blame:sec"],
  [
    "Group IT in Frankfurt decides our policies and we find out when the laptop reboots.",
    "power comm",
  ],
  [
    "The head-office security team sends us instructions in German legalese and never explains why.",
    "comm blame:sec",
  ],
  ["I think staff see the parent company's IT as faceless, and I can't blame them.", "distance"],
  [
    "Staff assume I'm the reason the website was down, but it was the hosting company.",
    "blame:sec conflict",
  ],
  ["Some people genuinely believe that IT exists to stop them working.", "blame:sec conflict"],
  [
    "The engineers told me the old security consultant made them feel like criminals. I'm trying to undo that.",
    "blame:sec",
  ],
  [
    "I'm the security officer and the facilities manager, so the same person who fixes the boiler tells them to use MFA. They find it funny, and it works.",
    "",
  ],
  [
    "I set up the laptops, run the backups, manage the M365 tenant and do the annual phishing test.",
    "",
  ],
  [
    "Our charity has 25 staff and 60 volunteers, and I look after all their accounts on three days a week.",
    "",
  ],
  ["As the contracted engineer I'm on site every Tuesday and remote the rest of the week.", ""],
  ["The software team handles its own cloud accounts; I review permissions monthly.", ""],
  ["I'm a one-man band for a firm of accountants in Cork.", ""],
  ["We're two people covering a haulage company with four depots across the Midlands.", ""],
  [
    "I do the GDPR requests, the building access cards and the fire-safety paperwork as well as IT.",
    "",
  ],
  ["At the vet practice I moved everyone to a password manager last spring.", ""],
  [
    "I speak to the practice manager every morning, and to everyone else when they need something.",
    "",
  ],
  ["We do a short security slot in the monthly all-hands on Zoom.", ""],
  ["Our clients are mostly dental practices of 8 to 20 staff across Ontario.", ""],
  ["The new starter checklist includes a coffee with me, which sounds silly but it helps.", ""],
  ["My manager is the finance director and he backs my decisions.", ""],
  ["I'd rather they ask a daft question than make a daft mistake, and I tell them that often.", ""],
  [
    "I'm not sure I'd call them careless; they're rushed, and we designed the systems for calm days.",
    "blame:self",
  ],
  ["People say they find me easy to talk to, which is what I was aiming for.", ""],
  [
    "In my experience the staff here handle sensitive data better than most IT people I've worked with.",
    "",
  ],
  [
    "Last year's incident brought everyone closer, oddly. We all sat in one room and sorted it.",
    "",
  ],
  [
    "The shop staff used to share one till login; it took a month to fix, and they've been fine since.",
    "",
  ],
  ["They tease me about the phishing tests, but they pass them.", ""],
  ["Staff are occasionally forgetful with badges, nothing I lose sleep over.", ""],
  [
    "I'd be lying if I said it's perfect, but I like working with this lot and I think they like me.",
    "",
  ],
  [
    "We used to get shouted at when email was down. After we explained what was happening in plain English, that stopped.",
    "",
  ],
  ["The school's office staff are wary of new tech but never unfriendly, and they always try.", ""],
  [
    "I love it when someone from the kitchen asks how to spot a fake email. That's the whole job.",
    "",
  ],
  [
    "At the recruitment agency the consultants send CVs from personal email to get around the attachment limit. I've explained it twice; they carry on.",
    "conflict",
  ],
  [
    "Our pharmacy staff are run off their feet, and the two-minute logout keeps kicking them off mid-prescription. They've started propping the screen awake with a macro.",
    "conflict",
  ],
  [
    "The brewery owner decided on a new till system over a pint with a salesman. I got the invoice and a login.",
    "power",
  ],
  [
    "At the museum I send out a reminder about tailgating every term. I have no evidence anyone gets past the first line.",
    "distance",
  ],
  [
    "The solar installers are on roofs all day; I haven't spoken to most of them since their induction.",
    "distance",
  ],
  [
    "The freight office in Gdansk prefers to sort its own problems and tells me after. Sometimes months after.",
    "distance",
  ],
  ["When the partners speak to me it's usually to ask why something costs so much.", "power"],
  [
    "The property managers treat a security warning as an opinion they can take or leave.",
    "conflict",
  ],
  [
    'Whenever I explain the risk, the fitness club managers hear "no" and stop listening.',
    "conflict",
  ],
  [
    "I put a lot of effort into the induction slides and then watched a new hire scroll Instagram through all of them.",
    "feel",
  ],
  [
    'It gets under my skin when the translators say "IT broke it" about their own plugin installs.',
    "feel blame:sec",
  ],
  [
    "Honestly I get nervous before presenting to the board; they ask questions designed to make me look slow.",
    "feel power",
  ],
  ["I feel like a nuisance every time I ask the engineers for their patch status.", "feel"],
  [
    "I still cringe thinking about the all-staff email I sent with the wrong attachment.",
    "feel blame:self",
  ],
  [
    'I get a knot in my stomach every time the MD forwards me an email with just "is this real?"',
    "feel",
  ],
  [
    "Our printing firm has a scanner that emails every document to a shared inbox nobody checks. I've flagged it; nobody cares.",
    "distance",
  ],
  [
    "The garden centre's seasonal staff arrive, share a login, and are gone before I've learned their names.",
    "blame:emp distance",
  ],
  [
    "The farm co-op's board wants a report every month on who accessed what, and staff hate that I'm the one producing it.",
    "power conflict",
  ],
  [
    "They see the endpoint monitoring dashboard on my screen and assume I'm watching them type.",
    "power",
  ],
  [
    "I installed the CCTV for facilities, and since then staff treat me like security guard and snitch in one.",
    "power",
  ],
  [
    "The funeral directors prefer paper. When I suggested encrypted email, one of them walked out of the meeting.",
    "conflict",
  ],
  [
    "In the NGO the field staff see head-office IT as people who've never been to a field office.",
    "distance blame:sec",
  ],
  [
    "Every change request from me has to go past three directors, while theirs just happen.",
    "power",
  ],
  ["The engineering consultants use my team as a personal shop for cables and chargers.", "power"],
  [
    "I once spent two hours fixing a partner's home router because he \"didn't see why not\".",
    "power",
  ],
  ['When I raised the shared-password problem, the reply was "just make it work".', "power"],
  ["Our dairy has an MD who thinks cyber insurance is the security plan.", "blame:emp"],
  [
    "The hotel receptionists give out the Wi-Fi admin password to guests who ask nicely.",
    "blame:emp",
  ],
  [
    "People open attachments they weren't expecting from people they've never heard of.",
    "blame:emp",
  ],
  [
    'Our accountants have a habit of emailing entire client folders to themselves "just in case".',
    "blame:emp",
  ],
  ["A lot of our risk sits with two managers who refuse to use the password manager.", "blame:emp"],
  [
    "The sales reps are the leakiest part of the business; laptops in cars, phones unlocked.",
    "blame:emp",
  ],
  ["I set the account lockout too strict and then wondered why people hated me.", "blame:self"],
  [
    "I assumed everyone knew what \"phishing\" meant. Half of them didn't, and that's on me.",
    "blame:self comm",
  ],
  [
    "The MFA rollout failed the first time because I didn't test it with the older phones.",
    "blame:self",
  ],
];
