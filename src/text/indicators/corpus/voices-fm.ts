import type { RawExample } from "./types.js";
import { VOICES_FM_2 } from "./voices-fm-2.js";
import { VOICES_FM_3 } from "./voices-fm-3.js";
import { VOICES_FM_4 } from "./voices-fm-4.js";

/** IT and security practitioners (sole admins, managed-service technicians, analysts, a CISO, awareness trainers) in survey answers, forum posts, chat and meetup quotes (round 25). Written fresh for Rapport (brief FM). */
const FIRST_PART: readonly RawExample[] = [
  ["Users will click anything with 'invoice' in the subject line. Every single time.", "blame:emp"],
  [
    "honestly the weakest link in this firm is the partner who shares his password with his PA",
    "blame:emp",
  ],
  [
    "Staff here treat the security module like a coffee break. Click, click, click, done in three minutes, learned nothing.",
    "blame:emp",
  ],
  [
    "Ugh. Accounts clicked the fake DHL link again. I'm so tired of cleaning up after them.",
    "blame:emp feel",
  ],
  ["Users. It's always the users.", "blame:emp"],
  ["Our biggest vulnerability walks in at nine and leaves at five.", "blame:emp"],
  [
    "'You can't patch stupid,' my old boss used to say. I'm starting to think he had a point.",
    "blame:emp",
  ],
  [
    "they write their passwords on post-its under the keyboard and then act surprised when i bring it up",
    "blame:emp",
  ],
  [
    "Sales reps forward client data to their Gmail so they can 'work from home'. Every quarter I find more of it.",
    "blame:emp",
  ],
  [
    "We block USB ports because frankly I can't trust this lot not to plug in whatever they find in the car park.",
    "blame:emp power",
  ],
  ["If people just did what we told them, we'd have zero incidents.", "blame:emp"],
  [
    "The consultants are the worst. 'I don't have time for 2FA.' Whose time do you think the breach will take, then?",
    "blame:emp conflict",
  ],
  [
    "Every time we tighten the VPN policy the ops manager escalates to the MD and we end up rolling it back.",
    "conflict power",
  ],
  [
    "They want access to everything yesterday, I want a ticket and an approval. We usually meet in the middle by shouting.",
    "conflict",
  ],
  [
    "The project team treats security review as a box to tick after go-live. I treat it as a gate before. You can guess how that goes.",
    "conflict",
  ],
  [
    "users think the firewall exists to stop them watching youtube. it doesn't, but i've given up explaining",
    "conflict comm",
  ],
  [
    "When I block a site I get a Teams message within 30 seconds asking who I think I am.",
    "conflict",
  ],
  [
    "The warehouse lads hate the badge readers, and honestly I get it, they slow the loading bay right down.",
    "conflict",
  ],
  [
    "Our DLP rules blocked a bid submission an hour before the deadline. I was not popular that day.",
    "conflict",
  ],
  ["The solicitors genuinely think encryption is something I invented to annoy them.", "conflict"],
  [
    "Security here gets called the department of no. We want to be the department of 'yes, but'. We're not there yet.",
    "conflict",
  ],
  [
    "Halfway through the all-hands I realised nobody knew what 'lateral movement' meant. I'd lost the room in minute two.",
    "comm",
  ],
  [
    "We only ever email staff when something has gone wrong. No wonder they dread seeing our name in their inbox.",
    "comm feel",
  ],
  [
    "Our infosec policy is 38 pages of ISO language. I doubt anyone outside my team has got past page one.",
    "comm",
  ],
  [
    "The only time the shop floor hears from IT is the 'URGENT: suspected compromise' banner.",
    "comm",
  ],
  [
    "my colleague answers every ticket with 'pls clear cache + cookies' and nothing else. people hate it",
    "comm feel",
  ],
  [
    "Our engineer explained the rollout as EDR plus SASE plus ZTNA, and the office manager just nodded and walked out.",
    "comm",
  ],
  [
    "I catch myself talking down to people on the phone when I'm tired. Not proud of it.",
    "comm blame:self",
  ],
  [
    "all our security comms go out from a noreply address, so people can't even ask a question back",
    "comm",
  ],
  ["The incident notice went out in English only. Half the plant reads Polish.", "comm"],
  [
    "After every alert people ask me, 'so do I need to do something or not?' Fair question. The alert didn't say.",
    "comm",
  ],
  [
    "I dread Monday mornings. The weekend's phishing fallout lands on my desk before the coffee does.",
    "feel",
  ],
  [
    "Honestly I'm exhausted. One admin, 85 users, and an owner who thinks security is something you buy once.",
    "feel conflict",
  ],
  [
    "Frustrating doesn't begin to cover it. I've raised the backup issue with the directors four times since January.",
    "feel power",
  ],
  [
    "People tell me they feel stupid ringing us. That bothers me more than any audit finding.",
    "feel",
  ],
  [
    "The office staff are scared of the helpdesk. They'd rather sit with a broken laptop all day than call us.",
    "feel distance",
  ],
  [
    "After the ransomware scare the receptionist was in tears, convinced she'd caused it. She hadn't.",
    "feel",
  ],
  ["I'm frankly sick of being the bad guy in every single meeting.", "feel conflict"],
  [
    "Annoyed, mostly. I write clear step-by-step instructions and they still ring me to read them out loud.",
    "feel blame:emp",
  ],
  ["Some days I wonder why I bother. Nobody notices when nothing goes wrong.", "feel"],
  [
    "The CFO got an MFA exemption because he found it 'annoying'. Rules are for the little people, apparently.",
    "power",
  ],
  [
    "I'm treated like the office butler. Fix the printer, move the desk, reset the password, and smile.",
    "power",
  ],
  [
    "We review every software request, every single one. Staff have to justify a PDF reader to us.",
    "power",
  ],
  [
    "Management signs off the security budget without ever asking me what we actually need.",
    "power",
  ],
  [
    "Some of my team enjoy having admin rights a bit too much. You can hear it in how they talk to users.",
    "power comm blame:sec",
  ],
  ["The board treats me like a plumber: invisible until something floods.", "power"],
  [
    "We've locked the desktops down so hard people can't change their wallpaper. Bit nursery school, if I'm honest.",
    "power",
  ],
  [
    "My manager's line is 'users don't need to understand, they need to comply'. I don't love it.",
    "power",
  ],
  ["Any partner can overrule any control with one email. I can't overrule anything.", "power"],
  [
    "A client told me he pays me 'to fix things, not to have opinions'. Welcome to MSP life.",
    "power",
  ],
  [
    "I've never met most of the people whose laptops I manage. They're just names in a dashboard.",
    "distance",
  ],
  ["Nobody from our team has been to the Leeds office since before the pandemic.", "distance"],
  [
    "Users at the satellite sites fix things themselves rather than raise a ticket. I find out months later.",
    "distance",
  ],
  ["I'd bet half the staff couldn't name a single person in the security team.", "distance"],
  ["We sit on a separate floor behind a keycard door. Nobody just drops by.", "distance"],
  [
    "Honestly I avoid walking through the sales floor. Every time I do, I collect five 'quick questions'.",
    "distance",
  ],
  [
    "Our only contact with the clinic staff is the ticket queue. No faces, no names.",
    "distance comm",
  ],
  [
    "As their MSP we see the client twice a year: at renewal and at the quarterly review, when they remember to book it.",
    "distance",
  ],
  [
    "I look after three dental practices remotely. I wouldn't recognise the nurses if I passed them in the street.",
    "distance",
  ],
  [
    "Our previous MSP left default passwords on every switch. Useless doesn't even cover it.",
    "blame:sec",
  ],
];

export const VOICES_FM: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FM_2,
  ...VOICES_FM_3,
  ...VOICES_FM_4,
];
