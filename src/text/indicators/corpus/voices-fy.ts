import type { RawExample } from "./types.js";
import { VOICES_FY_2 } from "./voices-fy-2.js";
import { VOICES_FY_3 } from "./voices-fy-3.js";

/** Owners, directors and office managers of small firms (construction, retail, accounting, architecture, a dental practice) on their IT or security provider and their own staff, written from the label table alone (round 28). Written fresh for Rapport (brief FY). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT provider picks up the phone within minutes and explains things so my site foremen actually understand them.",
    "",
  ],
  [
    "Every time the security firm rings us it's because something has gone wrong. They never call just to see how we're getting on.",
    "comm",
  ],
  [
    "I run a dental practice with six staff and honestly the IT guy treats us like idiots, all acronyms and sighing.",
    "comm",
  ],
  [
    "The new password rules mean my estimators can't get into the tendering portal half the morning, so security just gets in the way of pricing jobs.",
    "conflict",
  ],
  [
    "I'm worried sick that the IT company has no real plan if our patient records get encrypted, and they won't talk me through it.",
    "feel",
  ],
  [
    "Our provider says staff are always the weakest link, and to be fair, in our shop they are.",
    "blame:emp",
  ],
  [
    "We don't really have contact with the IT company any more; I just google things and sort them out myself.",
    "distance",
  ],
  [
    "They're never condescending, even when I ask the same question about the VPN for the third time.",
    "",
  ],
  [
    "Not a problem at all working with them, but I do wish they'd stop sending reports full of terms I can't decipher.",
    "comm",
  ],
  [
    "I have to ask permission for everything - can't even install a font on my own drawing machine without their sign-off, which holds up whole projects.",
    "conflict power",
  ],
  [
    "The IT contractor is a bit of a mystery. Decisions about our network just happen and nobody tells us why.",
    "power",
  ],
  [
    "Honestly it's me who's the problem, I forget passwords constantly and they've been very patient.",
    "blame:self",
  ],
  [
    "I'd describe the relationship as friendly and straightforward; we see Dave every month for a coffee and a check-over.",
    "",
  ],
  [
    "They'd probably say we're a nightmare client who never reads their emails and clicks on everything.",
    "blame:emp",
  ],
  [
    "Useless. Absolutely useless. Paid them for a year and the printer still doesn't scan to email.",
    "feel blame:sec",
  ],
  ["Since we switched providers I barely notice security at all, which I take as a good sign.", ""],
  [
    "It's so frustrating that I can only reach their helpdesk through a ticket form and then wait two days for anything.",
    "conflict feel",
  ],
  [
    "The accounting software update broke our payroll export and the IT firm put it down to 'user error' by my bookkeeper before even looking.",
    "conflict blame:emp",
  ],
  [
    "We're entirely at their mercy. If they go on holiday, the practice basically can't change a single setting.",
    "power",
  ],
  ["I don't think they look down on us at all; if anything they're a bit shy.", ""],
  [
    "Our office manager handles all contact with the IT people, so the rest of us never actually speak to them.",
    "distance",
  ],
  ["They talk to me like I'm a child, then invoice me like I'm a bank.", "comm"],
  [
    "The security training from our provider was actually useful - short, practical, with examples from builders' merchants.",
    "",
  ],
  [
    "My lads on site see the two-factor thing as a pain in the neck and they've told me so in no uncertain terms.",
    "conflict",
  ],
  [
    "I avoid ringing them unless the building is on fire, metaphorically speaking, because every call turns into a lecture.",
    "comm distance",
  ],
  ["They're helpful enough, I suppose.", ""],
  [
    "I used to dread their quarterly reviews, but the new account manager has made them genuinely pleasant.",
    "",
  ],
  [
    "I'm not scared of them or anything, it's just that I never know what they're doing on our machines at night.",
    "power",
  ],
  [
    "'The staff are the weakest link', says the vendor's glossy brochure. I found that quite insulting to my team.",
    "blame:emp feel",
  ],
  ["The people at our IT firm are brilliant, I'd hire them again tomorrow.", ""],
  [
    "We only ever hear from them when the subscription's up for renewal or something has broken.",
    "comm",
  ],
  [
    "There's no face-to-face at all now, it's remote sessions and automated emails, and nobody comes round any more.",
    "comm distance",
  ],
  [
    "I sorted the router myself in the end because waiting for them would have cost me a day's trading.",
    "conflict distance",
  ],
  [
    "They explained the phishing test results without making anyone feel stupid, which I really appreciated.",
    "",
  ],
  [
    "After the ransomware scare I'm anxious every time a PDF invoice lands, and the IT firm's only advice was 'just be careful'.",
    "feel",
  ],
  [
    "The architects here think the security people are paranoid and slow everything down; the security people think the architects are reckless. Neither is entirely wrong.",
    "conflict blame:emp blame:sec",
  ],
  ["Working with them is a pleasure. Not once have they made me feel like a nuisance.", ""],
  [
    "I've stopped bothering to report the little glitches. Easier to just live with them.",
    "distance",
  ],
  [
    "My receptionist is terrified of getting something wrong and being told off by the IT man.",
    "feel power",
  ],
  [
    "Our provider is honest with us about what they can and can't do, and that has built a lot of trust.",
    "",
  ],
  ["It's very much a them-and-us thing. They sit on their side, we sit on ours.", "distance"],
  ["Not that they're rude, they're not, but every email reads like a technical manual.", "comm"],
  [
    "Security is mostly a box we tick for the insurer, and our provider handles that side without much fuss.",
    "",
  ],
  [
    "When the server died mid-audit they had someone on site within the hour. Can't fault them.",
    "",
  ],
  ["They decide, we comply. That's the relationship in a nutshell.", "power"],
  [
    "I think the IT company sees my staff as a liability to be managed rather than people they're there to help.",
    "blame:emp",
  ],
  [
    "I know I'm the weak spot here. I reuse passwords and I'm too set in my ways to change.",
    "blame:self",
  ],
  [
    "The dental software supplier and the IT firm point fingers at each other and we're stuck in the middle. It's maddening.",
    "conflict feel",
  ],
  ["I'd call it a partnership. They ask what we need before they change anything.", ""],
  [
    "I rarely see them and wouldn't recognise them in the street; as long as things work, I keep my distance.",
    "distance",
  ],
  [
    "We're a small shop, I can't afford a proper IT person, so I do it all myself after closing and don't bother the outfit we pay for the antivirus.",
    "distance",
  ],
  ["They treat my questions as if I'm wasting their very valuable time.", "comm power"],
  [
    "The consultant at the trade show kept saying 'your people are your biggest vulnerability' and it stuck with me - I watch my team differently now.",
    "blame:emp",
  ],
  [
    "Frankly, I'm disappointed. We were promised proactive monitoring and got a reactive helpdesk.",
    "feel",
  ],
  ["Good relationship, no complaints, they're easy to reach and never talk down to us.", ""],
  [
    "The builders won't use the password manager. I've tried, the IT firm has tried, they just don't care.",
    "conflict blame:emp",
  ],
  ["It's not that they're unreachable, but you do have to chase them.", "conflict"],
  [
    "I worry that they hold all the keys and I wouldn't even know how to log into my own firewall.",
    "feel power",
  ],
  [
    "They do a quick check-in call every fortnight and it's made a huge difference to how the team feels about them.",
    "",
  ],
  [
    "The IT bloke is lovely, but he really can't explain anything without three acronyms per sentence.",
    "comm",
  ],
];

export const VOICES_FY: readonly RawExample[] = [...FIRST_PART, ...VOICES_FY_2, ...VOICES_FY_3];
