import type { RawExample } from "./types.js";
import { VOICES_CR_2 } from "./voices-cr-2.js";
import { VOICES_CR_3 } from "./voices-cr-3.js";
import { VOICES_CR_4 } from "./voices-cr-4.js";

/** Admin and support staff (HR, payroll, facilities, procurement, reception, PAs) of medium-sized firms answering open survey questions. Written fresh for Rapport (brief CR). */
const FIRST_PART: readonly RawExample[] = [
  // Q1: How often do you have contact with the IT or security staff, and how?
  [
    "Honestly? Only when something's broken. Otherwise I wouldn't know their names.",
    "distance comm",
  ],
  ["Weekly. Gemma from IT pops by reception on Tuesdays and asks if anything's bugging us.", ""],
  ["About once a month, usually over Teams. They're quick and friendly.", ""],
  [
    "The only time I hear from security is an automated email telling me I've breached something.",
    "comm",
  ],
  [
    "never really. we're on the ground floor, they're in the other building, and we just get on with it",
    "distance",
  ],
  [
    "I ring the helpdesk maybe three times a year and every time I feel like I'm wasting their precious time.",
    "feel power",
  ],
  [
    "Contact is mostly via tickets, which suits me. Everything's tracked and nothing gets lost.",
    "",
  ],
  [
    "As PA to the MD I'm in touch with IT most days. They're brilliant with the boss's kit and with me.",
    "",
  ],
  [
    "Only on pay run Mondays when the VPN drops. Then it's panic and phone calls at 7am.",
    "conflict feel",
  ],
  [
    "They come into facilities when they need a desk moved or a socket. That's about it.",
    "distance",
  ],
  [
    "Rarely. I try to sort things myself first because asking them is more hassle than it's worth.",
    "distance conflict",
  ],
  ["We have a monthly catch-up between HR and the IT lead, which works well for both sides.", ""],
  ["They send a newsletter. Nobody in procurement reads it, I'm sorry to say.", "distance"],
  [
    "I avoid contacting them if I can. Last time I was made to feel like an idiot for not knowing what a browser cache was.",
    "distance feel power",
  ],
  ["Not very often, but when I do they're polite and explain what they did.", ""],
  [
    "They only turn up when they're rolling out something new that we then have to learn in a day.",
    "comm conflict",
  ],
  ["weekly-ish, mostly printers lol", ""],
  [
    "Four years here and I've never once met anyone from the security side face to face.",
    "distance comm",
  ],
  ["Contact is fine. They answer within a day and don't make you feel silly.", ""],
  [
    "Mostly I'm the one chasing. Three emails before anyone replies about a new starter's login.",
    "conflict",
  ],
  ["i dont really have contact, my manager deals with them", "distance"],
  ["When I do speak to them it's all acronyms. MFA, SSO, EDR... I just nod and hope.", "comm"],
  ["The IT guy sits two desks from me so it's constant, and actually quite nice.", ""],
  [
    "They're outsourced. A call centre somewhere. You never get the same person twice.",
    "distance comm",
  ],
  ["Contact's regular enough. The helpdesk rota is on the intranet so you know who's on.", ""],
  [
    "Reception is the first point of contact for visitors and for IT deliveries, so I see them a fair bit. Good relationship.",
    "",
  ],
  [
    "They ring me when one of my team's laptops gets flagged, and the tone is like we've been caught shoplifting.",
    "comm feel blame:emp",
  ],
  ["Through the portal mostly, and a quick call if it's urgent. Works fine for us.", ""],
  [
    "I'd say contact is good now. A year ago it was dreadful, but the new manager changed things.",
    "",
  ],
  [
    "Daily, unfortunately, because the expenses system they chose falls over constantly.",
    "blame:sec conflict",
  ],
  ["hardly ever, im part time and by the time they answer ive gone home", "distance conflict"],
  ["They're approachable. I'll just wander over with a coffee and ask.", ""],
  [
    "We only hear from them when an audit's coming up and suddenly everything is urgent.",
    "comm conflict",
  ],
  ["Contact? They don't seem to want any. Door's always shut.", "distance blame:sec"],
  [
    "I speak to them whenever I break something, which is often, because I'm hopeless with computers.",
    "blame:self",
  ],
  [
    "Depends who's on. Dave is lovely, the other one sighs at you before you've finished your sentence.",
    "comm feel",
  ],
  ["Twice this year. Both times sorted same day.", ""],
  [
    "Not as much as I should. I tend to put up with things rather than ring.",
    "distance blame:self",
  ],

  // Q2: How do you report a problem or a suspicious email, and what happens next?
  ["There's a report button in Outlook. I press it and get a thank-you email. Simple.", ""],
  [
    "I forward it to the security inbox and then hear absolutely nothing back, so I've stopped bothering.",
    "distance comm",
  ],
  [
    "I log a ticket. Sometimes it's closed as resolved when nothing was done at all.",
    "blame:sec conflict",
  ],
  ["I just delete dodgy emails. Reporting feels like more work than it's worth.", "distance"],
  [
    "I reported a fake invoice once and was told off for opening the attachment first. I won't be rushing to report anything again.",
    "feel distance power",
  ],
  ["We ring the helpdesk number and someone remotes in. Works fine.", ""],
  ["I report everything, probably too much, but they've never complained.", ""],
  [
    "I'm embarrassed to report things because half the time it's me who's clicked on it.",
    "feel blame:self",
  ],
  [
    "the form asks for an 'asset tag' and a 'severity level'. im in payroll. i dont know what either of those are",
    "comm",
  ],
  ["Reporting's easy. Them actually doing something about it is a different matter.", "blame:sec"],
  [
    "If something looks off I tell the office manager and she deals with IT. I keep out of it.",
    "distance",
  ],
  [
    "Last time I reported a suspicious caller at reception, the security lead came down and thanked me in person. Made my day.",
    "",
  ],
  [
    "You have to report through the ticket system even when the ticket system is what's broken. Genius.",
    "blame:sec conflict",
  ],
  ["I don't report small stuff. I'd feel like I was bothering them.", "distance feel"],
  ["Honestly I'm not sure how to report it. Nobody ever told us.", "comm"],
  ["I report it and then worry for days that I've done something wrong.", "feel"],
  ["We used to fill in a two-page form, now it's one button. Much better.", ""],
  [
    "Reporting means admitting I clicked it, and they keep a list of who clicks. So no, I don't always report.",
    "power feel distance",
  ],
  ["Just grab whoever's around from IT. They're good about it.", ""],
  ["I report, they reply 'noted'. That's the whole conversation.", "comm"],
  [
    "Procurement gets loads of fake supplier emails. We flag them and IT blocks the domain the same day.",
    "",
  ],
  [
    "Staff here don't report anything, they forward dodgy links round the office asking 'is this real??'",
    "blame:emp",
  ],
  [
    "I've given up reporting. Nothing gets done and it's always 'user error' anyway.",
    "distance blame:sec",
  ],
  [
    "When I reported a lost phone I expected a telling-off, but they were really calm and sorted it in ten minutes.",
    "",
  ],
  [
    "What if it turns out I caused it? That thought stops me reporting half the time.",
    "feel distance",
  ],
  ["Reporting is a black hole. Stuff goes in, nothing comes out.", "comm blame:sec"],
  [
    "I usually fix it myself with a restart or ask the girl next to me. IT is a last resort.",
    "distance",
  ],
  [
    "I phoned about a phishing email and he asked why I'd 'even opened something so obvious'. Felt about two inches tall.",
    "power feel blame:emp",
  ],
  [
    "Facilities faults go through one system and IT faults through another, and they bounce them between each other for weeks.",
    "conflict",
  ],
  ["Report button, then a pop-up saying well done. Bit childish but harmless.", ""],
  ["I report loads. I'd rather look silly than let something through.", ""],
  [
    "I forward it to the phishing mailbox and usually get a reply within the hour saying whether it was real.",
    "",
  ],
  ["They want screenshots, error codes, exact times. I just want the printer to work.", "conflict"],
  ["I was told not to report spam, only phishing. I genuinely don't know the difference.", "comm"],
  ["i forget to report stuff tbh. my own fault, i know the button's there", "blame:self distance"],

  // Q2b: Describe a recent interaction with IT or security.
  [
    "They helped me set up two-factor on my phone and waited while I fumbled with it. Very patient.",
    "",
  ],
  [
    "New starter in HR had no laptop for three days. We were told it was 'in the queue'.",
    "conflict comm",
  ],
  [
    "Asked for shared drive access for a temp. Got a lecture on data protection instead of an answer.",
    "comm power conflict",
  ],
  ["Locked myself out for the third time this month. They laughed, I laughed, sorted.", ""],
  [
    "They changed the door entry system without telling facilities, and I'm supposed to run facilities.",
    "comm power",
  ],
  [
    "I asked why USB sticks were banned and got 'policy'. That was the entire answer.",
    "comm power",
  ],
  ["They fixed my screen while I was at lunch and left a note. Nice touch.", ""],
  [
    "Our security lead came to the team meeting to explain the new password rules. Really useful, actually.",
    "",
  ],
  [
    "Needed a supplier portal unblocked on a deadline day. Took two days. We missed the order.",
    "conflict blame:sec",
  ],
  [
    "I had to practically beg for a second monitor. It's not like I asked for a yacht.",
    "power feel",
  ],
  [
    "Every time I speak to them I come away feeling stupid, which is fair enough, because I am with this stuff.",
    "feel blame:self",
  ],
  [
    "An engineer fixed the boardroom screen an hour before the board met. Cut it fine but got there.",
    "",
  ],
  [
    "They wiped my laptop without warning and I lost a week of notes. Apparently I should have saved to the cloud.",
    "comm feel blame:emp",
  ],
  [
    "They ignored my ticket for a week, then closed it because I 'hadn't responded'.",
    "blame:sec conflict",
  ],
  ["Spoke to someone about the MD's diary permissions. Friendly, quick, done.", ""],
  [
    "Got an all-staff email in capitals telling us to STOP forwarding chain emails. Like being shouted at by a headmaster.",
    "comm feel power",
  ],
  ["Can't remember the last one. I don't need them much, which is probably a good sign.", ""],
  ["I asked a simple yes-or-no question and they sent me a 40-page PDF.", "comm"],
  ["They always treat us like we're trying to break things on purpose.", "blame:emp power"],
  ["To be fair I'd sent my password in an email, so the telling-off was deserved.", "blame:self"],
  [
    "The security guy thinks everyone outside his department is an idiot and he doesn't hide it.",
    "power blame:emp",
  ],
  ["Mine was about the badge printer. Took ages, but they kept me updated the whole way.", ""],
  ["I feel like they're there to catch us out rather than help.", "power feel"],
  [
    "I keep forgetting the new procedures and having to ask again. Must drive them mad.",
    "blame:self",
  ],
  [
    "They were great when our payroll files got encrypted. Calm, clear, kept us informed every hour.",
    "",
  ],
  [
    "Reception got a new visitor system. No training, just a login and 'you'll figure it out'.",
    "comm conflict",
  ],
  [
    "The new guy in IT is lovely but he's only in two days a week, so good luck the other three.",
    "distance",
  ],
  [
    "Got moved desks and it took a month to get my phone working. Meanwhile I'm the one fielding complaints.",
    "conflict feel",
  ],
  ["Had a call with them, they kept saying 'endpoint' and I kept saying 'sorry, what?'", "comm"],
  ["Nothing memorable. They do their job, I do mine.", ""],
  [
    "Asked about a scam text on my own mobile and was told 'not our area'. Fair, I suppose, but I was worried and it was a bit abrupt.",
    "feel comm",
  ],
  [
    "We had a proper sit-down with IT about the new HR system and they listened to our concerns.",
    "",
  ],
  ["I'm useless with the tech side, I hold my hands up. They do their best with me.", "blame:self"],
  [
    "They told me it was my fault the shared calendar got deleted. It wasn't. Nobody checked.",
    "blame:emp conflict feel",
  ],
  [
    "Rang about a frozen screen, got someone who clearly didn't want to be on the phone. One-word answers.",
    "comm",
  ],

  // Q2c: How easy is it to reach someone when you need help?
  ["Easy. There's a phone number and someone picks up.", ""],
  [
    "Nigh on impossible after 4pm. Payroll doesn't stop at 4pm, but apparently IT does.",
    "conflict blame:sec",
  ],
  [
    "You can reach the helpdesk, but security are a mystery. I couldn't tell you who they are.",
    "distance power",
  ],
  ["Fairly easy. They've got a Teams channel now and someone usually answers within the hour.", ""],
  ["I don't even try anymore. I google it.", "distance"],
  [
    "It takes so long to get hold of anyone that by the time they ring back I've forgotten what the problem was.",
    "conflict distance",
  ],
  ["Reaching them is fine. Understanding them once you've reached them is the hard part.", "comm"],
  [
    "They're very good at not being reachable. Voicemail, out of office, ticket, repeat.",
    "blame:sec distance",
  ],
  ["I always feel nervous ringing, which is silly, they've never been rude to me.", "feel"],
  [
    "Used to be hopeless. Now there's a walk-up desk on Thursdays and it's made a real difference.",
    "",
  ],
  ["you have to know the right person. if you don't, you wait", "conflict power"],
  [
    "I only ever get the automated reply. 'Your request is important to us.' Clearly.",
    "comm blame:sec",
  ],
  [
    "They're reachable. I'm the problem, I never explain it properly and they have to ring back twice.",
    "blame:self",
  ],
  [
    "Not easy for reception, we can't leave the desk to go and find them and they never come to us.",
    "distance conflict",
  ],
  ["Honestly no complaints, they're stretched but they get back to you.", ""],
  [
    "The PAs get priority because of who we work for. Everyone else waits. Not fair really.",
    "power",
  ],
  [
    "Getting hold of them is a battle. Getting them to take it seriously is another battle.",
    "conflict blame:sec",
  ],
];

export const VOICES_CR: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CR_2,
  ...VOICES_CR_3,
  ...VOICES_CR_4,
];
