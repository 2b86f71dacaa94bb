import type { RawExample } from "./types.js";

/** Hybrid staff, part-timers and the lone IT people who support them across time zones. Written fresh for Rapport (brief CG). */
export const VOICES_CG_3: readonly RawExample[] = [
  ["Our IT manager flew out to meet the overseas contractors, which was a really good move.", ""],
  ["The remote access portal is simple enough that even I can use it.", ""],
  [
    "I share a desk with two other part-timers and IT labelled each laptop clearly. Small thing, helps.",
    "",
  ],
  ["Used to be a total mess with the VPN, now it connects automatically, no fuss.", ""],
  ["the it guy explained phishing with actual examples from our inbox, made it click", ""],
  ["They let me choose between a work phone or enrolling my own, and explained both properly.", ""],
  ["Our security person is strict, but fair, and I'd rather that.", ""],
  [
    "Handover when I left the agency was clean — they even forwarded my last client emails to my replacement.",
    "",
  ],
  ["I work from home three days and the support is the same whichever day it is.", ""],
  ["Not once has the helpdesk made me feel rushed.", ""],
  ["We have a named IT buddy for new starters, which is great when you're remote.", ""],
  ["The new laptop policy is written in normal language, a first.", ""],
  ["They fixed my webcam remotely while I made a cup of tea.", ""],
  ["Part-time, two days a week, never had a problem getting help.", ""],
  ["I'm a contractor and they treated my access request like anyone else's. Quick and polite.", ""],
  ["Clear rules about personal devices, signed once, never had an issue since.", ""],
  ["Even across a seven-hour time difference the handover notes are brilliant.", ""],
  ["Good team. Small, but good.", ""],
  ["If I'm honest the VPN is less hassle than I expected.", ""],
  [
    "IT called to say goodbye on my last day and checked I'd backed up my own stuff. Thoughtful.",
    "",
  ],
  ["Our office manager doubles as IT and does a great job with what she has.", ""],
  ["They send a short survey after each ticket and you can tell they read them.", ""],
  ["I like that they don't pester remote staff with pointless emails.", ""],
  ["The home-working security checklist took ten minutes and I learned a couple of things.", ""],
  ["Whenever there's a big change they run two sessions, one for each time zone.", ""],
  ["They've been very understanding about my dodgy rural broadband.", ""],
  ["Onboarding as a freelancer took one morning. Account, laptop, done.", ""],
  ["There's a number you can text out of hours, and someone actually replies.", ""],
  ["Friendly, patient, doesn't talk down to anyone.", ""],
  ["We get a heads-up a week before any planned downtime, which helps with client deadlines.", ""],
  ["I was sceptical about the password manager, now I wouldn't go back.", ""],
  ["They sent a courier to collect my old laptop and emailed a receipt the same day.", ""],
  ["Honestly things just work, so I rarely need them, and when I do they're quick.", ""],
  ["They admitted when they got the VPN rollout wrong and fixed it fast. Respect.", ""],
  ["Remote staff get the same kit as office staff here, no second-tier stuff.", ""],
  ["i was worried about the monitoring software but it's only for updates, they showed me", ""],
  [
    "Our IT guy is in Canada and I'm in Kent, we meet in the middle at 4pm my time, works fine.",
    "",
  ],
  ["Nothing to report really, it all runs.", ""],
  [
    "The security training had a section specifically for people using their own phones. Helpful.",
    "",
  ],
  [
    "They gave me a proper induction on a video call even though I'm only on a three-month contract.",
    "",
  ],
  ["Home workers are a nightmare, they treat the work laptop like a family tablet.", "blame:emp"],
  [
    "Ask any small-firm IT person: it's the staff, not the tech, that cause the incidents.",
    "blame:emp",
  ],
  [
    "Contractors bring malware in on their own laptops, it's happened twice this year.",
    "blame:emp",
  ],
  ["our part-timers never read the security emails, you can see the open rates", "blame:emp"],
  ["Remote people will approve any MFA prompt just to make it go away.", "blame:emp"],
  [
    "Half the freelancers still have the shared drive synced to their personal Dropbox.",
    "blame:emp",
  ],
  ["Hybrid staff keep printing client files at home and leaving them lying around.", "blame:emp"],
  [
    "The people working from the beach house in August are always the ones who get phished.",
    "blame:emp",
  ],
  ["I'm the reason the client data ended up on my home PC. Entirely on me.", "blame:self"],
  ["Typical me, I forgot the laptop charger and used a random one from the hotel.", "blame:self"],
  ["I'm not very careful with my phone, I'll admit it, there's no passcode.", "blame:self"],
  ["i'm always the one who breaks the vpn, no idea how", "blame:self"],
  [
    "I reused my work password on a shopping site and it leaked. That was my mistake.",
    "blame:self",
  ],
  ["I never lock my laptop at home, figured it didn't matter, it probably does.", "blame:self"],
  ["I've ignored the update reminders for about two months, that's on me.", "blame:self"],
  ["Honestly I'm too lazy to set up the password manager they gave us.", "blame:self"],
  ["The IT firm we pay couldn't find a fault if it bit them.", "blame:sec"],
  ["Security policy here was copied from a bank and makes no sense for six people.", "blame:sec"],
  ["Our outsourced helpdesk is completely useless, every ticket gets bounced.", "blame:sec"],
  ["The so-called IT department is one guy who's never heard of documentation.", "blame:sec"],
  ["They broke the VPN with their update and it's still broken.", "blame:sec"],
  ["IT here care more about their rules than whether any of us can actually work.", "blame:sec"],
  ["Whoever's in charge of the laptops has no clue what remote work is like.", "blame:sec"],
  ["The VPN kicks me off every time I move between the kitchen and the spare room.", "conflict"],
  ["Security wants the camera on for every client call, my clients don't.", "conflict"],
  ["I've asked four times for access to the finance folder and I'm still waiting.", "conflict"],
  ["Their patch window is 2pm my time, right in the middle of my working day.", "conflict"],
  ["The 'urgent action required' emails never say what the action is.", "comm"],
  ["All their updates come through a newsletter nobody reads. Including me.", "comm"],
  ["They replied in one line: 'Not supported.' Not supported by who?", "comm"],
  ["I've only ever spoken to IT when something was already on fire.", "comm"],
  ["Working alone at night I get genuinely jumpy about every strange email.", "feel"],
  ["I'm frustrated, the same laptop fault has come back three times.", "feel"],
  [
    "I feel uneasy that I still have access to the old client system months after my contract ended.",
    "feel",
  ],
  ["It worries me that my home router is older than my daughter.", "feel"],
  ["Contractors can't even change their own desktop wallpaper here.", "power"],
  ["Whatever IT says goes, even when the client's asking for something different.", "power"],
  ["Our manager signs off on every app request, and he has no idea what half of them do.", "power"],
  [
    "They can wipe my phone remotely whenever they want. That's a lot of trust to hand over.",
    "power",
  ],
  ["I've worked here two years and couldn't tell you the IT person's name.", "distance"],
  [
    "When the VPN fails I just work offline and upload everything at the end of the week.",
    "distance",
  ],
  ["Honestly I don't care about the security stuff, I'm only here till March.", "distance"],
  ["Haven't spoken to anyone in IT since my first day.", "distance"],
  [
    "Last week I emailed the payroll file to the wrong person and I still feel sick about it.",
    "feel blame:self",
  ],
  [
    "They pushed an update at 2am my time, bricked the laptop, and the ticket says 'user error'.",
    "blame:sec conflict",
  ],
  [
    "Remote staff don't bother reporting anything, they just restart and carry on.",
    "blame:emp distance",
  ],
  [
    "I'm always nervous I'll be the one who brings the whole thing down, I'm useless with this stuff.",
    "feel blame:self",
  ],
  [
    "They treat freelancers like children and then wonder why we don't follow their rules.",
    "power conflict",
  ],
  [
    "The IT lead makes you feel like an idiot for asking, so obviously people stop asking.",
    "power feel distance",
  ],
  [
    "Honestly I've broken so many things remotely they probably dread my emails.",
    "blame:self feel",
  ],
  [
    "Nobody in IT has ever once introduced themselves to the part-timers. Faceless.",
    "distance comm",
  ],
  [
    "Users here are lazy about security and IT is too scared of the MD to enforce anything.",
    "blame:emp blame:sec",
  ],
  [
    "The helpdesk only talks in ticket numbers, never names, and never calls back.",
    "comm distance",
  ],
  [
    "I'm annoyed I have to carry two phones because they won't let work apps on my own.",
    "feel conflict",
  ],
  [
    "They disabled USB ports without telling anyone and I couldn't present at a client's office.",
    "comm conflict",
  ],
  [
    "My fault entirely — I let the contract end without returning the laptop and now there's a row.",
    "blame:self conflict",
  ],
  ["Home workers ignore our advice and then complain we're unhelpful.", "blame:emp conflict"],
  [
    "Contractors get whatever laptop's left in the cupboard and no say in it, which says it all really.",
    "power feel",
  ],
  [
    "IT's useless and they know it, which is why they hide behind a ticket form.",
    "blame:sec distance",
  ],
  [
    "I'm ashamed to say I gave my login to my assistant so she could cover while I was away.",
    "blame:self feel",
  ],
  [
    "It's always 'read the wiki'. The wiki's behind the VPN, which is the thing that doesn't work.",
    "comm conflict",
  ],
  [
    "Remote staff do what they like, ignore our emails and only ring us when it's broken.",
    "blame:emp distance",
  ],
  [
    "They're fine with office staff, but talk to us remote people like we're a nuisance.",
    "comm power",
  ],
  ["I'm frightened of them honestly, one wrong click and it's a disciplinary.", "feel power"],
  [
    "The IT bloke never answers, so I got my brother-in-law to set up my home network.",
    "distance conflict",
  ],
  [
    "I'm rubbish with passwords and they're rubbish at explaining anything, so we're stuck.",
    "blame:self comm",
  ],
  [
    "the contractors are a liability and honestly it stresses me out, I'm the only IT person here",
    "blame:emp feel",
  ],
  [
    "Our security lead posts these smug little notes about 'human error' after every incident.",
    "comm power",
  ],
  [
    "Freelancers using their own laptops are our weakest link and I lose sleep over it.",
    "blame:emp feel",
  ],
  [
    "I got told my home Wi-Fi was 'unacceptable' by someone who'd never spoken to me before.",
    "power comm",
  ],
  [
    "I sit on the problem until Thursday when I'm in the office, rather than face the ticket system.",
    "distance conflict",
  ],
  [
    "They're never condescending, I'll give them that, but they never pick up either.",
    "conflict distance",
  ],
  [
    "The IT firm blames our 'user behaviour' for everything and never looks at their own setup.",
    "blame:sec conflict",
  ],
  [
    "I feel out of the loop as a part-timer, I hear about security changes from colleagues, not IT.",
    "feel comm distance",
  ],
  [
    "I know I should report the odd login alerts but I can't face the hassle.",
    "distance blame:self",
  ],
  [
    "Their rules assume everyone's in the office, so remote people are breaking them daily.",
    "conflict blame:sec",
  ],
  [
    "Honestly? Staff click everything, and I blame myself for not training them better.",
    "blame:emp blame:self",
  ],
  [
    "I don't know what half the software they installed on my laptop does and they won't tell me.",
    "power comm",
  ],
  [
    "Our IT provider are cowboys, they charge like surgeons and never explain a thing.",
    "blame:sec comm",
  ],
  [
    "I'm probably their most annoying user, I ring about everything, and I can hear them sigh.",
    "blame:self feel",
  ],
  [
    "The new monitoring tool went on without consultation and now everyone's paranoid.",
    "power feel",
  ],
  [
    "We hire freelancers for a week, they get access to everything and lose track of it, and frankly I should have stopped that.",
    "blame:emp blame:self",
  ],
  [
    "The IT team's all in India now, and with the time difference I just work around problems.",
    "distance conflict",
  ],
  [
    "I'm the reason we got ransomware last year, I opened the attachment, and nobody's let me forget it.",
    "blame:self feel",
  ],
  [
    "The security lot think they're above everyone, they won't even join our team calls.",
    "power distance",
  ],
];
