import type { RawExample } from "./types.js";

/** Data protection and compliance officers and security managers at a meetup or in short posts (round 21). Written fresh for Rapport (brief EW). */
export const VOICES_EW_3: readonly RawExample[] = [
  [
    "Whenever I explain risk, I hear myself and realise nobody outside IT uses these words.",
    "comm blame:self",
  ],
  [
    "Production managers treat the cybersecurity budget as the first thing to cut.",
    "power conflict",
  ],
  ["We do a 'no stupid questions' hour once a month and the room is usually full.", ""],
  [
    "The software engineers here roll their eyes at me. I suspect they think I'm a box-ticker.",
    "conflict feel",
  ],
  [
    "A year ago the warehouse would fix scanners with their own hotspot. Now they call us first.",
    "",
  ],
  [
    "Do I get annoyed when someone emails a password in plain text? Yes. Do I show it? Trying not to.",
    "feel",
  ],
  ["Our policy library is in three languages for our seasonal pickers.", ""],
  ["Managers don't want security, they want to be able to say they have security.", "conflict"],
  [
    "When the IT manager left, nobody could tell me where the backups were. That scared me.",
    "feel distance",
  ],
  ["Our staff survey says 71% know who to call about a suspicious email. Good, but not great.", ""],
  ["Whatever we build, someone will find a way around it by Tuesday.", "conflict blame:emp"],
  [
    "In our company the IT people speak a language only they understand, also to me, and I am the compliance officer.",
    "comm",
  ],
  ["We keep a log of every exception we grant, with an end date.", ""],
  [
    "The marketing director once told me security was 'not his department'. Then his account got phished.",
    "conflict blame:emp",
  ],
  ["I try to never say 'user' anymore. They're colleagues.", ""],
  ["sometimes i feel the staff look at me like a parking warden", "conflict feel power"],
  ["Our two-person team reviews firewall rules on the first Monday of each month.", ""],
  [
    "Without the director's signature nothing moves, and he answers emails once a week.",
    "power distance",
  ],
  [
    "The bookkeepers know more about invoice fraud than I ever will. I ask them for examples for my training.",
    "",
  ],
  [
    "It is always the same story: somebody in sales wants an exception, and the boss gives it, not asking me.",
    "power conflict",
  ],
  [
    "Frankly, we brought some of this on ourselves with the six-hour lockout rule.",
    "blame:self conflict",
  ],
  [
    "A patient records audit last year found no unauthorised access at any of our five clinics.",
    "",
  ],
  [
    "Staff come to me only after they've been told off by their manager for something IT-related.",
    "comm",
  ],
  [
    "My honest view is that security staff can be arrogant, and I was one of them.",
    "blame:sec blame:self power",
  ],
  ["We have a chat channel called ask-security and it gets about a dozen questions a week.", ""],
  ["People click. That's it. That's the talk.", "blame:emp"],
  [
    "I know the helpdesk feels we dump policy on them without asking. They're right.",
    "blame:self power",
  ],
  ["The school bursar and I review supplier contracts together every August.", ""],
  [
    "Its hard to feel valued when the only feedback is 'why is this blocked?'",
    "feel comm conflict",
  ],
  ["Our retail managers now sign off any new app before staff install it on store tablets.", ""],
  ["The pharmacists think compliance is just me being picky. Maybe I am.", "conflict blame:self"],
  [
    "Please, to the IT team: tell me before you change the cloud storage, not after.",
    "distance conflict",
  ],
  ["We measure time-to-report for phishing: median is down to eleven minutes.", ""],
  ["Our board reads the risk register once a year, on the day of the audit committee.", "distance"],
  [
    "I've stopped expecting thanks. Nobody thanks the goalkeeper for the goals that didn't happen.",
    "feel",
  ],
  ["Drivers tell me honestly when they lose a tablet, and I treat that as a win.", ""],
  [
    "There's a fear in the office of 'getting IT involved', like it means trouble.",
    "feel distance power",
  ],
  [
    "When we explained the 'why' behind the encryption rule, complaints dropped almost to zero.",
    "",
  ],
  ["The human element is the hardest part to patch, as we like to say in this job.", "blame:emp"],
  [
    "I think the managers of the hotels see me like a tax. Necessary, but nobody like it.",
    "conflict",
  ],
  ["Our clinic manager has been a great ally; she raises privacy at every staff meeting.", ""],
  [
    "I'm the first to admit our incident emails are written for lawyers, not for people.",
    "comm blame:self",
  ],
  ["Half of our tickets is people asking admin rights that they don't need.", "conflict"],
  ["A couple of engineers started a security reading group on their own. I just bring pizza.", ""],
  [
    "Why does everyone assume I'm monitoring their email? I'm not, and I've said so many times.",
    "power feel",
  ],
  [
    "We lose a lot of trust every time we push an update in the middle of a shift.",
    "blame:self conflict",
  ],
  ["Every contract for the council goes through me, about fifteen a week.", ""],
  ["Nobody from the shop floor came to the security week. Not one person.", "distance feel"],
  ["Our accountants are honestly the most security-aware people in the building.", ""],
  ["we are seen as the police, and police are not invited to the party", "power distance"],
  ["Leadership loves a dashboard with green lights. They don't ask what's behind it.", "distance"],
  [
    "New rule this year: any policy change gets tested with two people from the affected team first.",
    "",
  ],
  [
    "I'm worn out explaining to senior partners why they can't have an exception for their personal tablet.",
    "feel conflict",
  ],
  ["Contractors in the plant get a badge, a briefing card and my mobile number.", ""],
  ["Software teams treat our review as a gate to sneak past, not a conversation.", "conflict"],
  [
    "Our volunteers at the charity are keen, but some still use the same password everywhere.",
    "blame:emp",
  ],
  [
    "I asked the CEO for ten minutes at the all-hands. I got three, at the end, after the cake.",
    "power feel",
  ],
  ["The data breach log has had four entries this year, all minor.", ""],
  [
    "Frankly I don't know who decides IT priorities in this firm. It's not me, and it doesn't seem to be the IT manager either.",
    "power distance",
  ],
  ["Staff used to hide mistakes from us; now about half self-report. Still work to do.", ""],
  ["Users break things and we get blamed for it, that's the deal.", "blame:emp feel"],
  ["My advice to new DPOs: have lunch with the receptionists. They know everything.", ""],
  ["To the IT crowd, I am the annoying one who brings forms. To the staff, I am IT.", "conflict"],
  ["The last pen test found more problems in our config than in our people.", ""],
  ["When I say 'risk appetite' the board hears 'more spending'.", "comm conflict"],
  [
    "Our logistics staff work nights, so we record the training as short videos they can watch on break.",
    "",
  ],
  [
    "The hardest part isn't the tech. It's people who think rules are for other people.",
    "blame:emp",
  ],
  [
    "I can't fix anything myself, I have to raise a ticket with the outsourced IT like everyone else.",
    "power",
  ],
  ["In 2022 we stopped public shaming in phishing tests. Reporting went up.", ""],
  [
    "Perhaps our tone in the newsletter is too much like a warning letter. I will change it.",
    "blame:self comm",
  ],
  [
    "A manager asked me if data protection rules still apply now that we're 'only a small company'.",
    "",
  ],
  [
    "For me the employees are not the weakest link, they are the first line. I say this in every training.",
    "",
  ],
  [
    "I've been in meetings where the sales director literally laughed at the word 'encryption'.",
    "conflict",
  ],
  ["Our retention tool deletes expired CVs automatically after six months.", ""],
  [
    "Honest question for the room: how do you get managers to care before something goes wrong?",
    "distance",
  ],
  [
    "The staff here are careful. It's the visiting contractors with their own laptops that keep me awake.",
    "feel",
  ],
  ["It was me who set the password expiry to 30 days. I'm sorry, everyone.", "blame:self"],
  ["We do a walk-round of each site twice a year, talking to whoever is on shift.", ""],
  [
    "They don't ask, they just install. Then I find a free VPN on the payroll laptop.",
    "distance conflict",
  ],
  [
    "Nobody reads my emails, my boss told me. So now I also do a two-minute talk at stand-up.",
    "comm",
  ],
  ["The lawyers at our firm are sharp, and they push back on policies in useful ways.", ""],
  [
    "I feel a little bit like a servant for the directors, they call and I must come.",
    "power feel",
  ],
  ["Critical patches go out within 48 hours on all till systems.", ""],
  [
    "Whenever something breaks, the first question is what security changed. Usually nothing.",
    "conflict",
  ],
];
