import type { RawExample } from "./types.js";

/** Employees of small and medium firms answering the relationship survey's open questions. Written fresh for Rapport (brief EA). */
export const VOICES_EA_3: readonly RawExample[] = [
  ["Stopping us from doing our jobs, apparently.", "conflict blame:sec"],
  ["Setting up new people, removing people who leave, backups, that sort of thing.", ""],
  ["I was never told. I assume they look after the servers.", "distance"],
  ["They manage the door fobs and the CCTV as well as the computers.", ""],
  ["Cautious to the point of paranoia.", "blame:sec"],
  ["Organised, calm, good at explaining.", ""],
  ["They fix things quietly in the background, which I like.", ""],
  [
    "Like a fire brigade. They turn up for emergencies and otherwise we don't see them.",
    "distance",
  ],
  ["Rigid. Rules are rules even when the rule is obviously daft for our setup.", "conflict power"],
  ["Disorganised, they lose tickets, I've had to re-log the same fault three times", "blame:sec"],
  ["Patronising, if I'm being blunt.", "comm power"],
  [
    "I asked why we needed the new password rules and basically got told 'because I said so'.",
    "comm power",
  ],
  [
    "I plugged in a customer's USB stick to print their viewing schedule and got a call from IT within five minutes. I felt like I'd been caught shoplifting.",
    "power feel",
  ],
  [
    "Our whole lab ordering system went down for two days after their 'routine maintenance'. Nobody warned us.",
    "blame:sec comm",
  ],
  [
    "They pushed an update in the middle of month-end close. I lost half a day and nearly missed a client deadline. They shrugged.",
    "blame:sec conflict comm",
  ],
  [
    "The delivery drivers kept sharing one login on the tablets and when IT found out they disabled it mid-route, so ten drivers were stuck at drops with no paperwork. The drivers were in the wrong but so was the timing.",
    "blame:emp blame:sec conflict",
  ],
  [
    "I got a really sharp email for sharing a document with a client's personal address. Nobody had told me it was against the rules, but fine, I get it now.",
    "comm",
  ],
  [
    "I was the one who opened the attachment that took the shared drive down. It was awful, everyone knew it was me.",
    "blame:self feel",
  ],
  [
    "When I was convinced I'd been hacked they calmly went through it all with me and it was just a browser pop-up. Didn't make me feel silly.",
    "",
  ],
  [
    "They gave the warehouse team a proper session on spotting scams, with real examples from our own inbox.",
    "",
  ],
  [
    "They found my old files on the backup after I'd overwritten them. My own stupid fault and they didn't make a thing of it.",
    "blame:self",
  ],
  ["Ordered me a second monitor without me asking after they saw me squinting.", ""],
  ["None I can recall. We don't interact.", "distance"],
  [
    "When the card machines failed on Black Friday they had someone on the phone with me within minutes.",
    "",
  ],
  ["Pretty understandable, and if I don't get something I just ask.", ""],
  [
    "Written like a legal contract. And I work at a law firm, so I know what those look like.",
    "comm",
  ],
  ["They use words like 'exfiltration' in an email to the receptionists. Come on.", "comm"],
  ["Good. They always put a 'what this means for you' bit at the top.", ""],
  ["Understandable but preachy.", "comm"],
  ["I understand it but I don't read most of it anymore, there's too much.", "comm distance"],
  ["Not very. I nod along and then ask my colleague afterwards what they meant.", "comm distance"],
  ["Respectful on both sides.", ""],
  ["I'd call it a necessary evil.", "conflict"],
  [
    "Awkward. They're nice enough but it always feels like they're checking up on you.",
    "power feel",
  ],
  ["Strained. We've had too many disagreements about the switch to cloud accounting.", "conflict"],
  ["Fine, we don't really cross paths.", "distance"],
  [
    "Very good. Imran pops in every Thursday for a coffee and a chat, and if anything's bugging us we tell him then.",
    "",
  ],
  [
    "It's like I'm the kid who always breaks things and they're the grown-up cleaning up after me.",
    "power blame:self",
  ],
  ["Mutual respect, hopefully.", ""],
  [
    "Honest answer? That we don't listen to a word they say. I can't argue with that.",
    "blame:self",
  ],
  ["As a support contract. Nothing more.", "distance"],
  [
    "They'd probably say we're great because we never complain. What they don't know is we've given up complaining.",
    "distance feel",
  ],
  ["I think they'd say they have to chase us too much, and they'd be right.", "blame:self"],
  [
    "They'd say we only remember they exist when the email's down, and they'd be annoyed about it. Rightly.",
    "distance feel blame:self",
  ],
  [
    "They'd say it's fine but they'd also say the MD ignores all their advice, which is true.",
    "blame:emp distance",
  ],
  ["That they're honest about what they don't know.", ""],
  ["Good: you can always reach someone. That's it really.", ""],
  ["They don't make a drama out of mistakes.", ""],
  [
    "Good is that they're patient. They have to be, because some of the older partners still can't attach a file without ringing them.",
    "blame:emp",
  ],
  ["They know our business, they've looked after the practice for ten years.", ""],
  ["The constant feeling of being watched.", "power feel"],
  ["You can't get a straight answer, it's always 'it depends'.", "comm"],
  [
    "They over-complicate simple things. I needed a shared calendar, I got a forty-step project.",
    "blame:sec conflict",
  ],
  ["nothing really, maybe a bit slow to answer emails", "conflict"],
  ["That we're treated as suspects rather than colleagues.", "power feel"],
  [
    "They never explain why something is blocked, the website just says 'denied by policy'.",
    "comm conflict",
  ],
  ["Bad: the warehouse PCs are ancient. Not really IT's fault though, it's the budget.", ""],
  ["I think they see us as the reason they can't sleep at night.", "feel"],
  ["Affectionate exasperation, like a vet with a dog that keeps eating socks.", "feel blame:emp"],
  ["They're on our side, I genuinely think that.", ""],
  ["Like we're a bunch of idiots who'll click anything.", "power"],
  ["Overwhelmed, I think. They're a team of two and we're 140 people across four depots.", ""],
  ["I don't think they think about us at all. We're just device numbers.", "distance feel"],
  ["They probably resent us a bit. We're the reason they get called at 2am.", "feel blame:self"],
  [
    "They're a two-man outfit who look after about fifteen dental practices in the area. They clearly know what they're doing, but they're stretched so thin that every visit is a rush job and you get the feeling you should have your list ready and not waste a second of their time.",
    "conflict feel",
  ],
  [
    "The good bit is that since they started the fifteen-minute 'ask me anything' drop-in on Mondays, people actually go and ask. I used to avoid them completely because I was embarrassed about how little I knew, and that's gone now.",
    "",
  ],
  [
    "The buyer's solicitor sent over completion details and IT had quarantined the email as suspicious. Fair enough, but they didn't tell anyone, so we sat there for three hours wondering where it was with the buyers ringing in tears, and when I finally got through the guy said I 'should've checked the quarantine portal', which I'd never heard of.",
    "conflict comm blame:sec",
  ],
  ["helpful yes. quick no.", "conflict"],
  [
    "I reckon it's mostly keeping the insurers happy and stopping us looking at the football at lunch.",
    "power",
  ],
  ["They're patient with the older staff, which I appreciate.", ""],
  ["Mostly helpful. The new guy is a bit short with people.", "comm"],
  ["Middling. Not bad, not great.", ""],
  [
    "I wouldn't know, I've never rung them. I'd rather struggle on than feel like a nuisance.",
    "distance feel",
  ],
  ["As helpful as a locked door.", "blame:sec conflict"],
  [
    "The charity can't afford proper IT so we have a volunteer, Colin, who's retired. He's very helpful but he's only in on Mondays and I feel awful ringing him at home.",
    "feel conflict",
  ],
  ["v helpful, answered my question on Teams in about 2 mins", ""],
  ["Helpful to the partners. Us paralegals get a ticket number and a wait.", "power conflict"],
  [
    "Protecting us from cyber attacks, running the phishing simulations, making sure we're GDPR compliant.",
    "",
  ],
  ["Firefighting, mostly.", ""],
  ["Keeping the website up and the donor database safe.", ""],
  ["Whatever it is, it's invisible until it goes wrong.", "distance"],
  ["Pen testing our product, reviewing pull requests for security, running the incident rota.", ""],
  ["They keep an eye on what we browse, which feels a bit much.", "power feel"],
  ["I'd guess hardware, software, and telling us what not to do.", ""],
];
