import type { RawExample } from "./types.js";

/** Part 2 of batch GJ (see voices-gj.ts). */
export const VOICES_GJ_2: readonly RawExample[] = [
  ["We ask staff to rate every ticket and the averages are high.", ""],
  ["I've never felt they were hostile towards us.", ""],
  ["Can't remember the last time someone was rude to one of us.", ""],
  ["We're never the last to hear about something; people flag things fast.", ""],
  ["Monthly newsletter, drop-in hours on Tuesdays, and a phishing report button in Outlook.", ""],
  ["Warm, I'd say. Warmer than people expect from a security team.", ""],
  [
    "They probably think we're the fun police, and honestly some days we are.",
    "conflict blame:self",
  ],
  ["Every project wants to go live yesterday and we're the ones saying wait.", "conflict"],
  ["I get the sense people see us as the department of no.", "conflict blame:sec"],
  [
    "Sales think our controls cost them deals. We think their shortcuts will cost us the company.",
    "conflict blame:emp",
  ],
  ["There's a constant tug of war over admin rights.", "conflict"],
  ["They want USB sticks, we want them not to. Round and round.", "conflict"],
  [
    "Half the shadow IT here exists because we were too slow to approve the proper tool.",
    "conflict distance blame:self",
  ],
  [
    "The misunderstandings go both ways. They don't get why we block things, we don't get what they actually need.",
    "conflict",
  ],
  ["People seem to think the password policy exists to annoy them personally.", "conflict"],
  ["Whenever we roll out something new there's a week of angry tickets.", "conflict feel"],
  [
    "We're hard to reach, I'll admit it. The queue for a review is three weeks.",
    "conflict blame:self",
  ],
  ["They'd say we slow everything down.", "conflict blame:sec"],
  [
    "The researchers see data classification as bureaucracy standing between them and their grant.",
    "conflict",
  ],
  [
    "Clashing priorities, basically. They're measured on how fast they ship, we're measured on nothing going wrong, and those two things collide in every planning meeting. Neither side is wrong exactly, but it means we end up arguing about the same release checklist month after month.",
    "conflict",
  ],
  ["I know we're seen as a blocker. It stings, but I get it.", "conflict feel"],
  ["Every single audit turns into an argument about who owns the spreadsheet.", "conflict"],
  ["Managers go over our heads whenever we say no.", "conflict"],
  ["the relationship is fine until we say no to something, then it's war", "conflict"],
  ["Devs roll their eyes the second one of us joins a standup.", "conflict"],
  [
    "Honestly it's like being a traffic warden. Nobody is ever pleased to see you.",
    "conflict feel",
  ],
  ["Managers see us as an obstacle to hitting their targets, full stop.", "conflict blame:sec"],
  [
    "Posted on a sysadmin forum: day three of explaining to marketing why they can't have a public storage bucket. Send help.",
    "conflict feel",
  ],
  [
    "They're not careless, just busy, and our process adds ten steps to everything.",
    "conflict blame:self",
  ],
  [
    "The only time most people hear from us is when their account's locked or they've failed a phishing test.",
    "comm",
  ],
  [
    "We're guilty of IT speak. I've watched people's eyes glaze over in briefings.",
    "comm blame:self",
  ],
  [
    "Our emails are far too technical. I rewrote one last week and it still said 'lateral movement'.",
    "comm blame:self",
  ],
  ["They probably think we only turn up to tell them off.", "comm"],
  [
    "We don't really meet anyone face to face, it's all tickets and automated alerts.",
    "comm distance",
  ],
  [
    "A couple of my colleagues do talk down to people, and it makes the whole team look bad.",
    "comm blame:sec",
  ],
  ["I'd guess to them we sound like a compliance robot.", "comm"],
  ["Awareness training here is a click-through video. It's one-way and it shows.", "comm"],
  [
    "When something goes wrong we send a blunt notice from a no-reply address. Not great, I know.",
    "comm blame:self",
  ],
  [
    "Nobody reads our comms and honestly why would they, it's wall-to-wall acronyms.",
    "comm blame:self",
  ],
  [
    "If I explained it properly they'd get it. The trouble is I rarely have time to explain anything properly, so people get a one-line reply full of jargon from me, and I can hardly complain when they don't follow it or come back annoyed. That's my bad.",
    "comm blame:self",
  ],
  ["They say we're patronising. A few of us probably are.", "comm blame:sec"],
  ["It's almost entirely reactive: incident, ticket, telling-off.", "comm"],
  [
    "To some staff we're just the signature at the bottom of the 'you failed the simulation' email.",
    "comm",
  ],
  ["Sometimes I catch myself using a tone I'd hate if it were aimed at me.", "comm blame:self"],
  ["Mostly it's 'your laptop is non-compliant, fix by Friday'. That's the relationship.", "comm"],
  ["We only ever talk when there's an incident, and by then everyone's stressed.", "comm feel"],
  [
    "After the breach we sent a stern all-staff email and I regret the tone of it.",
    "comm blame:self",
  ],
  ["There's a low-level dread whenever an email from us lands in someone's inbox.", "comm feel"],
  [
    "Honestly I'm worn out. Same people, same mistakes, every single month: the same reused passwords, the same attachments opened from strangers, the same 'I didn't think it mattered' when we ask. I've stopped expecting it to change, and that's probably not a healthy place for a security person to be.",
    "feel blame:emp",
  ],
  ["It worries me how many people still share passwords over chat.", "feel blame:emp"],
  ["I think a lot of them are a bit scared of us, which I hate.", "feel power"],
  ["Some days it's deflating. You run a whole programme and the click rate doesn't budge.", "feel"],
  [
    "I get anxious whenever the board asks about insider risk, because I genuinely don't know what people are doing.",
    "feel",
  ],
  [
    "People are afraid to own up to mistakes in case they get into trouble. That's on us.",
    "feel blame:self",
  ],
  [
    "I feel let down when a department head signs off an exception and then blames us when it breaks.",
    "conflict feel blame:emp",
  ],
  ["Frustrating. That's the one word.", "feel"],
  ["Disappointed more than angry, most of the time.", "feel"],
  ["I'm nervous about the new contractors. No idea what they're plugging in.", "feel"],
  ["They resent the monitoring, you can feel it in every meeting.", "conflict feel"],
  [
    "I worry they think we read their emails. We don't, but from their side we're a small team nobody really knows, with access to every log on the network and the power to lock their accounts, so I understand completely why it looks that way and why people go quiet when we walk in.",
    "feel power",
  ],
];
