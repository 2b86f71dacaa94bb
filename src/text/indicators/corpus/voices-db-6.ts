import type { RawExample } from "./types.js";

/** Healthcare staff (clinics, surgeries, pharmacies, dental practices, care homes) and their IT support: survey answers and a researcher's third-person interview notes. Written fresh for Rapport (brief DB). */
export const VOICES_DB_6: readonly RawExample[] = [
  ['I\'ve had three tickets closed as "resolved" when the problem was still there.', "conflict"],
  ["The security awareness session was short and actually quite funny.", ""],
  [
    'In P44\'s words, the regional IT hub "holds all the cards" and surgeries have "no say whatsoever."',
    "power",
  ],
  [
    "The new health records app was a big change, but the super-users on each floor made it easy.",
    "",
  ],
  [
    "It's a bit intimidating. They're somewhere upstairs deciding things and we just live with it.",
    "feel power distance",
  ],
  [
    'Nurse, 40s: feels watched since the new badge system went in, "like every toilet break is logged somewhere."',
    "feel power",
  ],
  ["They're strict, but rightly so.", ""],
  [
    'P19 described feeling "small and stupid" after the helpdesk call about her forgotten PIN.',
    "feel",
  ],
  [
    "The endless password resets make me want to throw the computer out of the window.",
    "feel conflict",
  ],
  [
    "I'm always a little on edge when the IT guy comes in, like I'm about to be told off.",
    "feel power",
  ],
  ["The partners treat the IT lad like a servant and ignore every bit of his advice.", "power"],
  [
    'P51 thinks the IT company\'s remote support "makes things worse," so the practice now avoids calling them for anything urgent.',
    "blame:sec distance",
  ],
  [
    "My smartcard reader freezes most mornings and I'm left at the desk with a queue of patients, waiting for a callback that can take forty minutes, while the phones ring off the hook and the GP asks where her first patient is. It makes me want to scream.",
    "conflict feel",
  ],
  [
    "IT won't let us put the immunisation tracker on the shared drive, so it lives on one nurse's desktop and only she can update it.",
    "conflict",
  ],
  ["I once locked myself out, and IT had me back in within two minutes.", ""],
  [
    "Staff will plug their phones into any USB port they find; it's impossible to police in a care home.",
    "blame:emp",
  ],
  [
    'Care home deputy: "Whoever set up the rota software has never met a care worker, that much is obvious."',
    "blame:sec",
  ],
  [
    "Their emails are all capitals and red exclamation marks. I get anxious reading them even when it's just a reminder about updates.",
    "comm feel",
  ],
  ['Every message from IT is "per policy" this, "per policy" that. What policy? Where?', "comm"],
  ["The helpdesk now has a callback option, which saves us waiting on hold.", ""],
  ["Truthfully I feel a bit stupid asking IT things. They make it all look so easy.", "feel"],
  [
    "Locum GP said each surgery does things differently, from the login screens to who you ring when the printer jams, and it usually takes him a morning to learn the local set-up, which he accepts as part of the job rather than anyone's fault.",
    "",
  ],
  ["The first we heard about the new login system was a poster in the lift.", "comm"],
  [
    "Nurse, 30s: \"I'd go to Bev in the office before I'd go to IT. She always knows.\"",
    "distance",
  ],
  ["The e-learning on data protection was dull, but I get why it's needed.", ""],
  ["Our newer staff are the weak spot. They grew up clicking on everything.", "blame:emp"],
  [
    'IT technician: "Every time we lock the USB ports, someone in admin finds a way round it and then complains when it breaks."',
    "blame:emp conflict",
  ],
  [
    "The IT manager came to our team huddle to explain why USB sticks were being blocked, and it made sense.",
    "",
  ],
  [
    "Care manager described being overruled by head office IT on the choice of rota app, \"and now we're stuck with something that doesn't work for nights.\"",
    "power conflict",
  ],
  [
    'Practice manager (M): "We stopped using their helpdesk. Pointless. We pay a local lad instead."',
    "distance blame:sec",
  ],
  ['P112 described the new access badges as "a faff the first week, then second nature."', ""],
  [
    "Senior carer said the IT firm's engineer learns the residents' names and chats to them while he works.",
    "",
  ],
  ["Security updates are done overnight now, so they don't get in the way.", ""],
  [
    "The IT contractor treats our surgery like a cash cow, and we can't switch because they hold all our data.",
    "blame:sec power",
  ],
  [
    "Dental nurse, 30s: has never read a security bulletin and doesn't intend to start.",
    "distance",
  ],
  [
    'P110, receptionist, said the IT team once spent an evening rebuilding her PC after a tea spill and "didn\'t make her feel silly at all."',
    "",
  ],
  [
    'P74 found that the IT department\'s instructions for the new VPN "assumed you already knew how to do it."',
    "comm",
  ],
  ["I don't always understand the tech side, but the IT lads are good at explaining.", ""],
  [
    'P61, security analyst: "I flag the same risk at every board meeting and it\'s minuted and ignored."',
    "power",
  ],
  [
    'Pharmacist said the constant "Your account may be compromised" alerts have left her "jumpy."',
    "feel comm",
  ],
  [
    "Infosec officer said she drafted a clinician-facing policy that the medical director shelved without reading.",
    "power",
  ],
  ["I wouldn't know who to call if the system went down at night, to be honest.", "distance"],
  ["P65 has reported four phishing emails this year and says it's now second nature.", ""],
  ['IT tech joked that most faults sit "between the keyboard and the chair."', "blame:emp"],
  [
    "The IT manager thinks he runs the practice. He doesn't. He broke the phones twice this year.",
    "blame:sec power",
  ],
  [
    'P86 said the data incident at the care home "started with her": she\'d left a care plan open on the shared tablet.',
    "blame:self",
  ],
  [
    "Head of IT at a small pharmacy chain said staff have been great at reporting suspicious emails this year.",
    "",
  ],
  ["I'm wary of them. I can't put my finger on why.", "feel"],
  [
    "Receptionist, 50s: \"We've never actually seen them. It's all tickets and automated replies signed 'Service Desk'.\"",
    "comm distance",
  ],
  ["It's the receptionists clicking on everything. The clinicians are much better.", "blame:emp"],
  [
    "They make me feel like a nuisance in my own clinic. And they're the ones who keep breaking things.",
    "feel blame:sec",
  ],
  [
    'Dental nurse said it is "a bit creepy" that the practice owner can see her browsing through the IT company\'s monitoring dashboard.',
    "feel power",
  ],
  ["Without the IT team we'd be lost, honestly.", ""],
  [
    'Practice manager, 50s, said half their incidents come from locums who "click every link in their inbox."',
    "blame:emp",
  ],
  [
    "The IT company changed hands last year and nobody told us who our contact is now.",
    "distance comm",
  ],
  ["The annual password change reminder arrived a week ahead, with clear steps.", ""],
  ["I couldn't pick our IT support out of a line-up.", "distance"],
  ["Nobody told us why the shared inbox was closed. It just vanished one Friday.", "comm power"],
  [
    'P69, a pharmacy technician, feels "kept on a leash" by security lockouts that need a manager\'s code for the simplest thing.',
    "power feel",
  ],
  [
    'Practice manager described the IT provider as "absent landlords": they bill monthly and never show up.',
    "blame:sec distance",
  ],
  [
    "As an IT tech, I'm tired of being shouted at by receptionists for things that aren't my fault.",
    "feel blame:emp conflict",
  ],
  [
    "They renamed the printers without saying, and nobody could print prescriptions for a whole morning.",
    "comm conflict",
  ],
  [
    "Security officer at the trust: clinicians keep tailgating through the badge doors and then argue when they're challenged.",
    "conflict blame:emp",
  ],
  [
    "Every time the IT lot push an update, the pharmacy label printer stops working. Every single time.",
    "blame:sec",
  ],
  [
    'Practice nurse said the virus last year "was on her" because she opened an invoice attachment she wasn\'t expecting.',
    "blame:self",
  ],
  [
    "Care assistant said the new medication tablets need a fingerprint, which doesn't work through gloves, so they've all been sharing one login.",
    "conflict",
  ],
  [
    "P16, pharmacy manager, said the new stock system needs a second sign-in for every order, so on busy days they skip ordering until closing time.",
    "conflict",
  ],
  [
    "I've given up asking IT for anything. It takes weeks, and by then I've sorted it myself or lost my temper.",
    "conflict feel distance",
  ],
  [
    'Locum GP said he "never deals with IT," just borrows whatever login the practice hands him.',
    "conflict distance",
  ],
  ['P68 was "mortified" when the phishing report showed she\'d clicked twice.', "feel blame:self"],
  [
    'Practice manager said their IT support "couldn\'t fix a jammed printer. A printer."',
    "blame:sec",
  ],
  [
    'P38, care assistant, admitted she is "scared of the computer people" and gets a senior to call them for her.',
    "feel distance",
  ],
  [
    'P4 (practice nurse, 30s) could not name a single person in IT support; described them as "a phone number, nothing more."',
    "distance",
  ],
  [
    "Our surgery has a quarterly meeting with the IT provider and we go through the issues list together.",
    "",
  ],
  [
    "P1 noted that the new system required two logins at first; IT merged them after staff feedback.",
    "",
  ],
  ["P39 said she doesn't mind the monitoring because it protects her as much as the patients.", ""],
  [
    "The security team vetoed our plan to use tablets at the bedside, and that was the end of the discussion.",
    "power conflict",
  ],
  [
    "We need to share scans with the orthodontist across town, but the approved transfer tool keeps rejecting files, so we post USB sticks.",
    "conflict",
  ],
  [
    "Nobody explains anything. The system just changes and you're expected to keep up.",
    "comm power",
  ],
  [
    'IT\'s emails all start with "As previously communicated," which is code for "you should have known this."',
    "comm",
  ],
];
