import type { RawExample } from "./types.js";

/** Healthcare staff (clinics, surgeries, pharmacies, dental practices, care homes) and their IT support: survey answers and a researcher's third-person interview notes. Written fresh for Rapport (brief DB). */
export const VOICES_DB_2: readonly RawExample[] = [
  [
    "It's lonely running a care home's IT on my own. Head office don't want to know.",
    "feel distance",
  ],
  [
    "Care assistant, nights, said if the eMAR tablet ever froze she would ring IT, and she's confident someone would pick up.",
    "",
  ],
  [
    "The whole thing makes me anxious. I'm scared I'll be the one who lets a hacker in and then IT will come down on me.",
    "feel",
  ],
  [
    'P108 reports that the IT firm\'s "fix" for the slow PCs was to tell the practice to buy new PCs.',
    "blame:sec",
  ],
  ["The trust's security team presented at our governance meeting and took lots of questions.", ""],
  [
    "We run the dispensary on an old PC under the counter that IT doesn't know about. It works, so why tell them?",
    "conflict distance",
  ],
  [
    'Pharmacist: the dispensing robot has been offline three days, IT keep passing it to the vendor, and she\'s "at the end of her rope."',
    "conflict feel blame:sec",
  ],
  [
    'P5: IT communicate "exclusively in ticket numbers"; she still doesn\'t know what INC0043 was about.',
    "comm",
  ],
  ['P106 wishes IT would stop writing "like lawyers" and just tell her what to do.', "comm"],
  ["Practice manager meets the IT account manager twice a year for a review.", ""],
  [
    "The laptop was stolen from my car and IT wiped it remotely the same evening. Really reassuring.",
    "",
  ],
  ["We were told the new door badges would also work for the car park, and they do.", ""],
  [
    "P8 still feels sick about the data breach at her last surgery, which she traces back to emailing a patient list to the wrong address.",
    "blame:self feel",
  ],
  [
    "Nurse, 50s, said IT explained the fault \"in a language she doesn't speak,\" and the glucometer still won't sync, so she writes readings by hand.",
    "comm conflict",
  ],
  [
    'Reception staff were told, not asked, that calls would now be recorded "for security purposes", with no detail on who listens.',
    "power comm",
  ],
  [
    'The room booking system crashes on the ward tablets, and IT say tablets "aren\'t supported," so we book rooms on a whiteboard.',
    "conflict",
  ],
  ["Security ran a mock ransomware drill and it was actually useful.", ""],
  ["Training took twenty minutes. Fine.", ""],
  ["We have an IT department? News to me.", "distance"],
  ["We were told about the server move two weeks ahead, with a timetable.", ""],
  [
    "IT support officer: \"Most of our tickets aren't faults. They're people not reading the screen.\"",
    "blame:emp",
  ],
  [
    "They replaced the clinic's ageing PCs over two evenings so we didn't lose a single appointment.",
    "",
  ],
  ["Pharmacy manager said the company's security rules are strict but well explained.", ""],
  ["P67 recalled a time IT stayed late to help the team meet a reporting deadline.", ""],
  ["We've got a named IT contact now, Priya, and she's lovely.", ""],
  [
    'P37 blamed the IT provider directly for the lost scan images: "they didn\'t check the backups, simple as."',
    "blame:sec",
  ],
  ["The upgrade overran by an hour, but IT kept us updated by text the whole time.", ""],
  [
    "They took away remote printing for our outreach clinics and didn't replace it with anything. Typical of them, deciding things from behind a desk.",
    "power conflict blame:sec",
  ],
  ['Pharmacist, 40s: "They never talk down to us, even when the question is a basic one."', ""],
  [
    'P31 described the trust\'s security department as "faceless people who can switch off your access and never explain."',
    "power comm distance",
  ],
  [
    'Security staff at the trust can shut down a clinic\'s network "at the flick of a switch," and staff have no idea when they might.',
    "power",
  ],
  [
    "P3 said the care home's rota system is \"owned by head office IT\" and managers aren't allowed to change even their own shift templates.",
    "power",
  ],
  [
    "I felt so stupid when I realised I'd typed my password into that fake NHSmail page. I should have known better.",
    "feel blame:self",
  ],
  [
    "The new badge readers on the controlled drugs cupboard log who opens it, which we all agreed was sensible.",
    "",
  ],
  [
    "I know I shouldn't save patient letters to the desktop, but the shared drive is so slow that I do it anyway, which is on me.",
    "conflict blame:self",
  ],
  ["The IT department opened a walk-in desk in the hospital canteen on Wednesdays.", ""],
  [
    'Locum pharmacist: the smartcard worked first time in each branch, which he said "never happens."',
    "",
  ],
  [
    'IT lead in a dental group: staff treat the security rules as optional, and he "can\'t make anyone do anything without the owners behind him."',
    "blame:emp power",
  ],
  ["I'd probably ring IT first if my smartcard stopped working.", ""],
  [
    "When the Wi-Fi drops in the east wing, the carers just go back to paper. Nobody bothers telling IT anymore because it takes them a week to come.",
    "distance conflict",
  ],
  [
    "P40 complained that the clinic's Wi-Fi password changes monthly and the physio room is always last to be told, so sessions start late.",
    "conflict comm",
  ],
  ['P81 praised the new IT lead, who "actually listens."', ""],
  [
    "P77 said carers are supposed to log in afresh for each resident, which takes so long they just do all the entries at the end.",
    "conflict",
  ],
  ["The security team sent a short plain-English guide on spotting fake texts. Useful.", ""],
  [
    "Their solution to everything is to reimage the machine and lose all our settings.",
    "blame:sec",
  ],
  [
    'Locum pharmacist said it is humiliating that every USB stick he plugs in, even the one with his own training certificates, gets flagged to head office, and that he\'s had two emails asking him to "explain the activity"; he likened it to being "a child under supervision."',
    "power feel",
  ],
  [
    'Pharmacist, 60s: the IT man "speaks in acronyms the whole time" and she just nods along.',
    "comm",
  ],
  ["P33 hadn't heard of the IT team's new chat support but would give it a go.", ""],
  ["The security lead gave a talk about scam phone calls that was very practical.", ""],
  [
    "Dentist, 30s: a data breach at another practice worried him, so he asked the IT firm for a review, and they were thorough.",
    "",
  ],
  [
    "Pharmacy supervisor: \"We don't really have a relationship with IT. There's nothing to have a relationship with.\"",
    "distance",
  ],
  ["All the IT training is videos with a robot voice. You switch off after a minute.", "comm"],
  ["The helpdesk's new chatbot is surprisingly good for password resets.", ""],
  ["We had a fake invoice come in and the practice manager spotted it before anyone paid.", ""],
  [
    "Dental practice owner said cyber insurance pushed them to get proper IT support, and it's been a good thing.",
    "",
  ],
  [
    'Care home activities coordinator said she had "never had a reason" to speak to IT in six years, doesn\'t know whether they are an in-house team or an outside company, and doubts they even know the home exists.',
    "distance",
  ],
  [
    'P87, care assistant: "Three years here and I\'ve had one email from IT. It was about a phishing test I failed."',
    "comm distance",
  ],
  [
    "Pharmacy assistant: hasn't needed IT since she started, but the induction covered who to call.",
    "",
  ],
  [
    'Practice pharmacist said medication reviews stall because the VPN "falls over" whenever she works from home, and IT have no fix.',
    "conflict",
  ],
  [
    "The system won't let the senior carer see the night notes until the night staff log off, which they forget to do, so handover is done from memory.",
    "conflict",
  ],
  ["The IT manager asked for our feedback before choosing the new phones.", ""],
  [
    'IT contractor: "The staff there don\'t care about security, full stop. They leave the server cupboard propped open with a fire extinguisher."',
    "blame:emp distance",
  ],
  ["Security isn't something I'm an expert in, but the IT firm seem on top of it.", ""],
  [
    'The message just said "Your device has been quarantined by Security." No explanation, no appeal, nothing.',
    "power comm",
  ],
  [
    "Pharmacist said he'd ask IT if anything odd happened with the PMR system, and that they'd likely respond fast.",
    "",
  ],
  [
    'I felt humiliated when the IT guy read my ticket out in the open office to "see if anyone else had the same problem."',
    "feel",
  ],
  [
    'P43, dental hygienist: "Never met them, never needed them, don\'t know their names."',
    "distance",
  ],
  [
    "They changed our email addresses without checking with us and patients' replies bounced for a week. Absolute shambles. I was so angry.",
    "conflict blame:sec feel",
  ],
  [
    "I'm sure I missed it in an email, that's my fault, but why did nobody tell us face to face?",
    "blame:self comm",
  ],
  ["I feel terrible. It was my stick that brought the virus in.", "blame:self feel"],
  [
    'P54 admitted: "Security is probably the last thing on my mind, and I know that makes me a risk."',
    "blame:self distance",
  ],
  ['Pharmacy dispenser: "IT? Oh, we just restart it and hope."', "distance"],
  [
    'P57 assumed the practice\'s cyber security was "handled by the NHS somewhere" and had never given it a thought.',
    "distance",
  ],
  [
    'P89 worries that the IT contractor "could see anything" on the practice PCs, and nobody has ever told staff what they actually look at.',
    "feel power comm",
  ],
  ["Security came round to check the server cupboard lock. Took five minutes.", ""],
  ['P99 thought the cyber training "could be shorter" but was otherwise fine.', ""],
  ['P59 on their IT firm: "small, local, and we know them by name."', ""],
  ["I asked why we need to change passwords so often and the answer actually made sense.", ""],
  ["IT replaced the faulty smartcard reader and left a spare in the drawer.", ""],
  [
    'P35 has "literally never" received a message from IT that wasn\'t a warning or a reprimand.',
    "comm",
  ],
  [
    "Security officer said he's \"tired of being the bad guy\" because staff won't follow the simplest rules.",
    "blame:emp feel",
  ],
  ["The IT contractor fixed the door entry system and showed the manager how to reset it.", ""],
  [
    "They don't call, they don't visit, they send tickets. It's like dealing with a vending machine.",
    "comm distance",
  ],
  ["I'm fine with IT. They're not chatty, but they get the job done.", ""],
];
