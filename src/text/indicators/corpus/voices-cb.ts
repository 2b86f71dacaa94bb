import type { RawExample } from "./types.js";
import { VOICES_CB_2 } from "./voices-cb-2.js";
import { VOICES_CB_3 } from "./voices-cb-3.js";
import { VOICES_CB_4 } from "./voices-cb-4.js";

/** Employees of many kinds (office, shop floor, care, warehouse, managers) answering open survey questions on contact with security, reporting and how rules are explained. Written fresh for Rapport (brief CB). */
const FIRST_PART: readonly RawExample[] = [
  // Answers: contact with the security team
  [
    "Honestly? I only hear from them when my account's been locked or I've tripped some alert.",
    "comm",
  ],
  ["Pretty good. Dave pops round most weeks and asks if anything's bugging us.", ""],
  [
    "What contact. I couldn't tell you who's on the security team, never met any of them.",
    "distance",
  ],
  ["Mostly through the ticket portal, and someone usually rings within the hour to check.", ""],
  [
    "They're friendly enough but I mostly stay out of their way, it's not really my area.",
    "distance",
  ],
  ["Curt emails with subject lines in capitals. That's the contact.", "comm"],
  ["we chat at the coffee machine, they're decent people", ""],
  ["Once a year at the compliance training. Otherwise nothing.", "distance"],
  [
    "It feels like being summoned to the headmaster's office every time they message me.",
    "power feel",
  ],
  ["They explain stuff in plain English and don't make you feel daft for asking.", ""],
  [
    "Used to be tense after a row about my USB stick, but we cleared the air and it's fine now.",
    "",
  ],
  [
    "Used to be a nightmare, since the new lead came in it's been really easy to get hold of them.",
    "",
  ],
  ["Non-existent unless I've messed up.", "comm"],
  ["I send a question, get back three lines of acronyms, and I'm none the wiser.", "comm"],
  [
    "They're the people who say no. That's pretty much my whole relationship with them.",
    "conflict blame:sec",
  ],
  ["Polite, helpful, quick on Teams. No complaints.", ""],
  ["They're on the floor above, door's always open, I pop up whenever I need something.", ""],
  [
    "I avoid them to be honest, every conversation ends with me getting told off.",
    "distance power",
  ],
  [
    "From their side I reckon we're just a stream of idiots with forgotten passwords.",
    "blame:emp feel",
  ],
  [
    "Our security guy is brilliant, he actually came to our team meeting to walk us through the new VPN.",
    "",
  ],
  ["Mostly automated messages from a no-reply address. You can't even answer them.", "comm"],
  [
    "they are hard to reach, tickets sit for days and then get closed without a word. pretty useless tbh",
    "conflict comm blame:sec",
  ],
  ["I'd say respectful both ways. They ask before they change anything on my machine.", ""],
  ["I get nervous whenever their name pops up in my inbox, it's never good news.", "feel comm"],
  ["Sporadic. Sometimes they're great, sometimes they ghost you for a fortnight.", "conflict"],
  ["They treat us like we're suspects rather than colleagues.", "power blame:emp"],
  ["As a receptionist I don't really have any, they deal with the managers.", "distance"],
  ["Regular, we have a monthly security catch-up in the warehouse and they actually listen.", ""],
  ["They speak a different language. Half of it's jargon and the other half is sighing.", "comm"],
  ["I worry they think I'm an idiot, so I keep my questions to a minimum.", "feel distance"],
  ["Brief and to the point, which suits me fine.", ""],
  ["Honestly it's us against them most days.", "conflict"],
  ["They were really patient when I got locked out twice in a week.", ""],
  ["Only ever via my line manager, I've never spoken to security directly.", "distance"],
  ["Contact is the wrong word, it's more like being monitored.", "power"],
  ["A bit slow maybe, but they always get there in the end.", ""],
  ["They lecture. You ask a simple question and get a TED talk about threat actors.", "comm"],
  ["good relationship, i know them all by name", ""],
  ["Frustrating. Every contact is a battle to get something unblocked.", "feel conflict"],
  [
    "I'm the one who usually breaks something, so I'm always the one ringing them, slightly embarrassed.",
    "blame:self feel",
  ],
  [
    "They're useless, frankly. Ring them about a dodgy email and they tell you to delete it and move on.",
    "blame:sec",
  ],
  // Answers: what stops you reporting
  ["Nothing, I just forward it to the phishing button and that's it.", ""],
  ["Fear of looking stupid if it turns out to be nothing.", "feel"],
  ["Last time I reported something they made it sound like it was my fault.", "blame:emp feel"],
  ["I don't know who to report it to, there's no obvious person.", "distance"],
  ["Not my job really. Someone in IT will spot it.", "distance"],
  [
    "Because nothing happens. I reported a dodgy login page in March and never heard back.",
    "comm blame:sec",
  ],
  ["The form is six pages long, I haven't got time for that.", "conflict"],
  ["I'm worried I'll get someone in trouble.", "feel"],
  ["Honestly nothing stops me, they thank you every time you report.", ""],
  ["I usually just sort it myself, quicker than waiting for them.", "distance blame:sec"],
  [
    "I'm always the one clicking things I shouldn't, I'd rather not advertise it again.",
    "blame:self feel",
  ],
  ["They'd take my laptop off me for a week and I can't work without it.", "conflict"],
  [
    "The way they react. You get the third degree like you've committed a crime.",
    "power feel blame:emp",
  ],
  ["Nothing. Reporting is easy and they don't make a fuss.", ""],
  ["Embarrassment, mainly. I should know better by now.", "feel blame:self"],
  ["If I report it I'm the one who ends up filling in forms till 7pm.", "conflict"],
  ["I don't think they'd care to be honest.", "distance"],
  ["Not sure what counts as a security problem tbh, nobody ever told us", "comm"],
  ["My manager said not to bother them with small stuff.", "distance"],
  ["The phone line goes to voicemail and the email goes into a black hole.", "conflict"],
  [
    "Fear I'd be disciplined. A girl in accounts got a formal warning for a phishing click.",
    "feel power",
  ],
  ["Nothing stops me except my own memory, I forget to do it half the time, my bad.", "blame:self"],
  [
    "Nothing really. I did worry once about being a nuisance, but they told me they'd rather have ten false alarms than miss one.",
    "",
  ],
  ["Not much, though it'd be nice to know what they did with the report.", ""],
  ["Nothing, though I always copy in my manager, that's just how we do it here.", ""],
  [
    "Honestly, the people I'd be reporting to are the ones who set up the dodgy systems in the first place.",
    "blame:sec",
  ],
  [
    "I used to hesitate, but since they started the 'no shame in reporting' thing I report everything.",
    "",
  ],
  ["I'd have to explain it in their terms and I don't know the terms.", "comm"],
  ["They're too busy and I don't want to add to the pile.", "distance"],
  ["Mainly that I'm probably the cause of it, and who wants to own up to that.", "blame:self"],
  ["Their attitude. You report a problem and they treat you as the problem.", "blame:emp power"],
  ["laziness if im honest", "distance blame:self"],
  ["Nothing stops me. Though I've never actually had to report anything.", ""],
  [
    "Reporting means a meeting, a form, and someone from head office on the phone. For a spam email.",
    "conflict",
  ],
  [
    "What's the point, they'd only lose it. Our IT lot couldn't find a file if you handed it to them.",
    "blame:sec",
  ],
  [
    "They never believe you anyway. Told them my account was acting weird and got 'user error' back.",
    "blame:emp feel",
  ],
  ["I'm a temp, it doesn't feel like my place to raise anything.", "power distance"],
  ["Don't want to look like I'm telling tales on a colleague.", "feel"],
  ["The last two times I reported stuff it was ignored so why bother.", "distance blame:sec"],
  ["Nothing at all, it takes two clicks and I get a friendly reply.", ""],
  ["I panic and then convince myself it's nothing, which is daft of me.", "feel blame:self"],
  [
    "Mostly that I'd be interrupting people who clearly think they're more important than me.",
    "power feel",
  ],
  // Answers: how rules are explained
  ["A PDF attached to an email. No one walks you through it.", "comm"],
  ["Really well actually, short videos and a quiz with real examples from our own office.", ""],
  ["They're not. You find out the rule exists when you break it.", "comm"],
  ["In a language I'd call IT-ese. Lots of 'endpoints' and 'MFA tokens', no normal words.", "comm"],
  ["Our office manager goes through changes at the Monday huddle, which works fine.", ""],
  ["A poster by the printer that says 'Think before you click'. That's about it.", "comm"],
  [
    "By people who clearly don't understand the rules themselves, half the answers contradict the policy.",
    "blame:sec",
  ],
  ["Clearly and patiently, I never feel rushed.", ""],
  [
    "Decrees from on high. 'From Monday, the following applies.' No why, no discussion.",
    "power comm",
  ],
  ["Someone from IT came to our site and did a Q&A, it was actually really useful.", ""],
  [
    "badly. the new password rules came out of nowhere and locked half the shop out",
    "comm conflict",
  ],
  ["Plainly, with the reasons spelled out, and nobody threatens anyone, which I appreciate.", ""],
  [
    "Through the training portal, 40 minutes of clicking next. I don't remember any of it, my fault really, I had it on mute while doing emails.",
    "comm blame:self",
  ],
  ["Explained? They're imposed.", "power"],
  ["Pretty plain. A one-page summary and a number to ring if you're unsure.", ""],
  [
    "I'm too embarrassed to say I didn't understand the training, I'm slow with this stuff, so I just nod along.",
    "feel blame:self",
  ],
  ["In a way that assumes we're all morons who'll click on anything.", "blame:emp comm"],
  ["Honestly I've never read them. I assume someone else handles that.", "distance"],
  [
    "My supervisor explains them, she's good at it, makes it relevant to what we do on the floor.",
    "",
  ],
  [
    "Jargon-heavy slide deck, then a test you can't fail because you can retake it endlessly.",
    "comm",
  ],
  [
    "They aren't explained so much as enforced. The firewall just blocks stuff and you guess why.",
    "power comm",
  ],
  [
    "Usually after an incident, in an all-staff email that basically says 'someone did something stupid again'.",
    "comm blame:emp",
  ],
  ["It's fine, bit dry, but I understand what's expected.", ""],
  ["They never tell us why. If they explained the reason I'd probably follow the rule.", "comm"],
  ["Loads of rules, no context, and if you ask they just forward you the policy again.", "comm"],
  [
    "Well. We had a session where they hacked a fake account live in front of us, very eye-opening.",
    "",
  ],
  [
    "I get it explained by whoever sits next to me because IT never bothered.",
    "distance blame:sec",
  ],
  [
    "Condescendingly. Like a primary school teacher talking to a class of six-year-olds.",
    "comm power",
  ],
  ["The trainer took her time and made sure even the shy ones got to ask questions.", ""],
  ["A wiki page nobody can find.", "comm"],
  ["Good question. I honestly couldn't tell you what our rules even are.", "distance"],
  [
    "They explain them but then break them themselves, the IT guys all have admin rights and no restrictions.",
    "conflict power blame:sec",
  ],
  ["In person, by our IT contractor, who's always happy to go through it again.", ""],
  [
    "There's a short guide for personal phones, and when I was unsure they sat down with me and set it up.",
    "",
  ],
  ["By email, in bold red text, at 4:55 on a Friday.", "comm"],
  ["It's explained fine, I'm just rubbish at remembering it all.", "blame:self"],
  ["Lots of 'must' and 'never' and 'will be disciplined'. Not a lot of help.", "power comm"],
  ["i think theres a policy somewhere? never been shown it", "comm distance"],
  ["They did a lunch-and-learn with pizza. Best training I've had.", ""],
  ["The explanation is basically 'because we said so'.", "power"],
  ["Via a monthly two-minute video from IT, which is honestly about the right length.", ""],
];

export const VOICES_CB: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CB_2,
  ...VOICES_CB_3,
  ...VOICES_CB_4,
];
