import type { RawExample } from "./types.js";

/** Healthcare staff (clinics, surgeries, pharmacies, dental practices, care homes) and their IT support: survey answers and a researcher's third-person interview notes. Written fresh for Rapport (brief DB). */
export const VOICES_DB_4: readonly RawExample[] = [
  ["I hate their messages. Short, cold, and nothing I can act on.", "comm feel"],
  [
    'P75: "If the IT firm spent as long fixing things as they do writing invoices, we\'d be fine."',
    "blame:sec",
  ],
  [
    "The card readers on the med room door fail about once a week, so the door gets wedged open.",
    "conflict",
  ],
  [
    "Security can read our messages on the clinical system. Nobody ever said they would; we just found out.",
    "power comm",
  ],
  ["Not a single problem with the new pharmacy system so far.", ""],
  ['P72: IT are "a little kingdom that answers to nobody."', "power"],
  [
    'P56 described a visiting IT contractor refusing to let a GP finish her notes before taking the PC away "because he had a schedule."',
    "power conflict",
  ],
  ["I asked to get Teams on the reception PC and they did it the same day.", ""],
  ['P101 called the old IT company "a nightmare" but says the new one has been great.', ""],
  [
    "They replied to my complaint with a template. You could see where they'd forgotten to change the name.",
    "comm",
  ],
  [
    "I dread ringing the helpdesk. I never know if I'll get someone kind or someone who sighs at me.",
    "feel comm",
  ],
  [
    "Since the move to laptops, I can write up visit notes in the patient's home, which is brilliant.",
    "",
  ],
  ['Care home manager: "We muddle through. IT just isn\'t part of our world."', "distance"],
  [
    "I get quite anxious when I see the IT van outside; it usually means something's about to change.",
    "feel",
  ],
  ['P111: the practice\'s IT contact rings every month "just to see how things are."', ""],
  [
    "The new e-prescribing terminals went in over a weekend and everything worked on Monday morning.",
    "",
  ],
  ["The login screen now shows the helpdesk number, which is handy.", ""],
  ["The security questionnaire took five minutes and seemed reasonable.", ""],
  [
    'P84 says staff have learned to restart the router themselves "because waiting for IT means waiting till tomorrow."',
    "conflict distance",
  ],
  [
    "I probably caused the problem by ignoring the update pop-ups, but nobody explained they actually mattered.",
    "blame:self comm",
  ],
  ['The IT department\'s "quick guide" to the new system was forty pages long.', "comm"],
  [
    "Security analyst: \"We're told to keep the trust safe, but we can't stop a single consultant emailing records to their Gmail.\"",
    "power blame:emp",
  ],
  [
    "Receptionist said the security software makes the appointment screen so slow that she keeps a paper list of arrivals as a backup.",
    "conflict",
  ],
  [
    "P92: \"They're like the weather. Things just happen to your computer and you never know who did it. It's unsettling.\"",
    "power feel distance",
  ],
  [
    "My fault, really. I set up the practice email years ago when we were tiny, never switched on two-factor, and never gave it another thought until the account was hijacked and sent fake invoices to half our suppliers.",
    "blame:self",
  ],
  [
    'P34 told us the care group\'s IT team can lock any tablet remotely and "did it once mid-medication round to install an update."',
    "power conflict",
  ],
  [
    "The handover between the old and new IT firms was a mess; each told us to ring the other.",
    "conflict blame:sec",
  ],
  ["Our IT firm? Useless.", "blame:sec"],
  [
    "Nobody warned us the shared drive was moving, and we couldn't find the care plans during an inspection.",
    "conflict comm",
  ],
  [
    'P103, security officer: "I can write policy all day long, but if the practice owner says no, it\'s no."',
    "power",
  ],
  [
    "P50, community pharmacist, said the head office firewall blocks the local hospital's formulary site, so she looks doses up on her own phone.",
    "conflict",
  ],
  ["I asked for a second monitor for the dispensing station and it arrived within a week.", ""],
  ["I don't ring IT anymore. It's not worth the stress.", "distance feel"],
  ["Our IT support visits every second Thursday and we keep a list of small jobs for them.", ""],
  [
    "We stopped asking for the ECG machine to be networked. It's been on the list since 2021, so we scan the printouts.",
    "conflict distance",
  ],
  [
    "Nurse, 40s, said the badge system was introduced properly: a staff meeting, a Q&A with the security lead, a week where the old keys still worked, and a named person to go to if a badge failed, which she appreciated.",
    "",
  ],
  [
    'IT engineer at a care group: "The carers are lovely, but they\'ll give their password to anyone who asks nicely on the phone."',
    "blame:emp",
  ],
  ["Dentist, 50s: likes that the IT guy explains things without jargon.", ""],
  [
    'Security lead at a pharmacy chain: "Staff will always take the easy route over the secure one."',
    "blame:emp",
  ],
  [
    "Waiting on the IT phone line while a patient waits for their methadone is not OK, and it happens weekly. It stresses me out.",
    "conflict feel",
  ],
  [
    'We print the prescriptions we can\'t send because the Spine connection keeps dropping, and the GP signs them by hand. IT say the line is "within tolerance."',
    "conflict",
  ],
  [
    'GP, 50s: hates that IT can remote into her screen without asking; described the cursor "moving on its own" halfway through a referral.',
    "power feel",
  ],
  [
    'Dental receptionist: "Our IT is a sticker on the side of the computer with a phone number."',
    "distance",
  ],
  [
    "The locum smartcards never work on day one because IT never set them up in advance, so locums sit there for an hour.",
    "conflict blame:sec",
  ],
  [
    'Nurse, 50s: said she asks the IT team for help "without hesitation" and they always make time.',
    "",
  ],
  [
    "Care home deputy: \"If the internet goes down, we phone the owner's son. I don't think we've got a proper IT company.\"",
    "distance",
  ],
  [
    "IT manager, care group: \"Our incidents aren't hackers. They're tired carers using 'Password1'.\"",
    "blame:emp",
  ],
  ["Clinical pharmacist said the IT induction was thorough and she knew exactly who to call.", ""],
  [
    'P83 likened the monthly "security notice" emails to "a letter from the headmaster."',
    "comm power",
  ],
  ['P26 called the helpdesk "where tickets go to die."', "blame:sec"],
  [
    'Receptionist, 20s: "We just ask Sandra on the front desk. She\'s usually quicker than going through the IT company."',
    "distance",
  ],
  [
    "We get a newsletter from IT once a quarter. I don't read it and I don't think anyone does.",
    "distance",
  ],
  ['P97 reports a shared group chat between IT and the nurses that "helps a lot."', ""],
  ["I'm scared to ask for admin rights because they'll think I'm up to something.", "feel power"],
  ["Most of us just don't think about security. It's an IT thing.", "distance"],
  ["I think the security rules are mostly about protecting patients, so I don't mind them.", ""],
  ["If I'm unsure about an email, I just forward it to IT and they check it.", ""],
  [
    'The GP partners, according to their practice manager, are "the worst offenders" for sharing smartcards.',
    "blame:emp",
  ],
  [
    'IT officer said it\'s "soul-destroying" to rebuild the same reception PC because staff keep downloading browser games on it.',
    "blame:emp feel",
  ],
  [
    'IT analyst said she finds it "depressing" that the same managers who demand security exceptions then ask why there was a breach.',
    "blame:emp feel",
  ],
  [
    "Head office decides everything about our computers from two hundred miles away. We've never met them and it feels like we don't count.",
    "power distance feel",
  ],
  ['P94 feels security at her clinic is "part of the team."', ""],
  [
    "P96 timed the doctors' room PCs at twelve minutes to boot because of the security checks, so GPs leave them logged in overnight.",
    "conflict",
  ],
  ["IT feel like they're in another building, another world. We just get on with it.", "distance"],
  [
    "Nursing home handyman said he gets on well with the IT contractor and they share a cuppa when he visits.",
    "",
  ],
  [
    "We asked for the smartcard timeout to be extended for the baby clinic, where you're juggling a crying infant, a parent and a red book, and they replied with a link to a policy document. That was it. No call, no question about why we needed it.",
    "conflict comm",
  ],
  ["Practice nurse said she'd happily do more training if it were in person.", ""],
  [
    'P41 got "a wall of policy references" and a refusal when she asked the security team for remote access, so she prints records to take home.',
    "comm conflict",
  ],
  ["I appreciate that IT ask before remoting into my computer.", ""],
  [
    "Nurse practitioner said the IT trainer was patient with the older staff during the switchover.",
    "",
  ],
  [
    "Care home cook said she has no IT needs beyond the ordering tablet and has never had to contact support.",
    "",
  ],
  [
    'Dental nurse said she "wouldn\'t say she avoids IT"; she just rarely has anything to ask them.',
    "",
  ],
  [
    "We were sent an update at 8 a.m. that restarted every PC during morning surgery. No warning, no apology.",
    "conflict comm",
  ],
  ["The IT team sent flowers when our practice manager retired.", ""],
  ["IT pop in once a month and that's plenty for a surgery our size.", ""],
  [
    'According to P98, the whole surgery uses one shared password for the clinical photos folder "because asking IT for individual access was a non-starter."',
    "conflict distance",
  ],
  ["P73 joked that the surgery's IT \"is done by whoever's least scared of it.\"", "distance"],
  [
    'P115 put Monday\'s long helpdesk queue down to everyone "dealing with the same outage, so fair enough."',
    "",
  ],
  [
    "No one from IT has ever been to this home. Everything arrives as a PDF attachment from an address we don't recognise.",
    "comm distance",
  ],
  [
    'They answered my urgent ticket with "Have you read the FAQ?" The FAQ was about something else entirely.',
    "comm",
  ],
  [
    "Last month my permissions vanished overnight and the first I knew was a blank screen in front of a patient.",
    "power conflict",
  ],
  [
    "I find the whole IT side of things intimidating, so I just leave it to the manager.",
    "feel distance",
  ],
  [
    "The IT contractor configured the new card machines wrong and we lost a week of takings.",
    "blame:sec",
  ],
  [
    "The e-referral site needs Chrome but the surgery PCs only allow Edge, and we've been going round in circles with IT for a month.",
    "conflict",
  ],
];
