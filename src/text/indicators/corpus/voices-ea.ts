import type { RawExample } from "./types.js";
import { VOICES_EA_2 } from "./voices-ea-2.js";
import { VOICES_EA_3 } from "./voices-ea-3.js";
import { VOICES_EA_4 } from "./voices-ea-4.js";
import { VOICES_EA_5 } from "./voices-ea-5.js";
import { VOICES_EA_6 } from "./voices-ea-6.js";

/** Employees of small and medium firms answering the relationship survey's open questions. Written fresh for Rapport (brief EA). */
const FIRST_PART: readonly RawExample[] = [
  ["Very helpful. Marek sorted my Outlook in ten minutes flat.", ""],
  ["helpful when you can actually get hold of them, which is rare", "conflict"],
  [
    "They're an outside company and we get them two afternoons a month. If something breaks on a Wednesday you just wait. I run the front desk at a dental practice so that means patients' records are stuck.",
    "conflict",
  ],
  ["Honestly 8/10. Quick and polite.", ""],
  [
    "Not very. I asked three times about the shared drive and got nothing back, so I just use my own USB stick now.",
    "conflict distance",
  ],
  ["Helpful but they make you feel like an idiot for asking.", "comm feel"],
  [
    "They'd be more helpful if half the office didn't ring them about things that are on the intranet. Drives them mad, and me.",
    "blame:emp feel",
  ],
  ["Keeping the viruses out and resetting passwords, I think.", ""],
  ["No idea really. Something with firewalls? I've never been told.", "distance"],
  [
    "Patching the laptops, backups, checking who logs in where. At our accountancy firm they also run the client portal.",
    "",
  ],
  ["Watching what we do on our computers, as far as I can tell.", "power"],
  ["Mostly saying no to things", "conflict"],
  ["Methodical. Everything goes through a ticket and they stick to it.", ""],
  ["Reactive. Nothing happens until something is on fire, then it's panic stations.", "blame:sec"],
  [
    "They work behind closed doors. Changes just appear on our machines overnight with no warning.",
    "power comm",
  ],
  ["Pretty relaxed, bit chaotic but it gets done", ""],
  [
    "By the book to the point of being useless. We had a lorry sitting at the gate for forty minutes because the new driver's scanner login hadn't been 'approved'.",
    "conflict blame:sec",
  ],
  [
    "They wiped my laptop without backing up my drawings first. Three weeks of work on a housing scheme gone and nobody said sorry.",
    "blame:sec feel",
  ],
  [
    "I clicked on a fake DHL email and they made me redo the training in front of everyone. Fair enough, it was my mistake, but the way they did it was humiliating.",
    "blame:self feel power",
  ],
  [
    "Got locked out the morning of a completion, couldn't reach anyone, lost the client's trust a bit.",
    "conflict",
  ],
  [
    "Someone in accounts clicked a fake invoice, as usual, and the IT firm locked all of us out for a day while they cleaned up. None of us got told what was going on.",
    "blame:emp conflict comm",
  ],
  [
    "When our till system went down on a Saturday the support line just rang out. I had a queue of thirty people and I was the one getting shouted at.",
    "conflict",
  ],
  [
    "they sent a 'final warning' email about my password that read like a court summons. I nearly cried",
    "comm feel",
  ],
  [
    "Sunita stayed late to recover the payroll file when I'd deleted it like an idiot. Absolute hero.",
    "blame:self",
  ],
  ["They set up the new scanners in the warehouse over a weekend so we didn't lose a shift.", ""],
  ["Tom talked me through the two-factor thing on the phone, really patiently, no jargon.", ""],
  ["Can't think of one tbh", ""],
  [
    "They spotted a dodgy bank-detail change from a 'supplier' before we paid it. Saved us about twelve grand.",
    "",
  ],
  ["Half of it I don't understand. Lots of acronyms.", "comm"],
  ["Clear enough. Short emails, tells you what to do.", ""],
  [
    "Their newsletter is fine but the actual alerts are gibberish, e.g. 'endpoint non-compliant, remediate via portal'. Remediate what? Which portal?",
    "comm",
  ],
  ["Very understandable, Jo explains things like she's talking to her nan, in a good way", ""],
  [
    "They don't explain, they just say 'policy'. It makes me feel like a schoolkid.",
    "comm power feel",
  ],
  ["Friendly. We have a laugh when they come in.", ""],
  ["Non-existent. I wouldn't recognise them in the street.", "distance"],
  ["Bit like a landlord. You need them, they know it, and you don't want to annoy them.", "power"],
  ["Professional but cold.", "comm"],
  ["It's fine. Distant, but fine.", "distance"],
  [
    "Them and us. They think we're the problem and we think they're the problem.",
    "conflict blame:sec",
  ],
  ["They'd probably say we're a pain. Always asking for admin rights.", "conflict feel"],
  ["Good, I'd hope. We don't bother them much.", ""],
  ["They'd say we click on anything. And to be fair, some of us do.", "blame:emp"],
  ["Probably 'needy'.", "feel"],
  [
    "They'd call us a liability. The sales team reuse passwords everywhere and laugh about it, so I can see their point, but it means the rest of us get tarred with the same brush.",
    "blame:emp feel",
  ],
  [
    "They'd say it's a good relationship. I'm not sure they'd be right, they never ask us anything.",
    "distance",
  ],
  ["They're quick and they don't judge.", ""],
  ["Reliable. When the server died at the charity's office they had us back up by lunchtime.", ""],
  ["That we can just walk over to Ben's desk.", ""],
  ["Not much, honestly. They keep the lights on I suppose.", "blame:sec"],
  ["The fact that they admit when they've messed up. Rare in IT.", ""],
  [
    "The remote support tool. They can see my screen and fix things without me having to explain.",
    "",
  ],
  [
    "Response times. A day for a password reset is ridiculous when you've got clients waiting.",
    "conflict feel",
  ],
  ["They change things without telling anyone", "power comm"],
  ["The attitude. Sighing down the phone like you've ruined their day.", "comm feel"],
  [
    "Every rule comes from head office IT and nobody here gets a say, even when it makes no sense for a dental surgery.",
    "power",
  ],
  [
    "Too many emails. Phishing test, policy update, reminder of policy update, reminder of the reminder.",
    "comm",
  ],
  ["The fact that you feel watched and stupid at the same time.", "power feel"],
  [
    "That I have to ask permission to install a PDF reader. I'm an accountant, not a toddler.",
    "power conflict feel",
  ],
  ["Probably think we're all a bit thick.", "power"],
  ["I think they like us, they always bring biscuits to the training.", ""],
  ["Tired of us, I'd guess. They must get the same stupid questions every day.", "blame:emp"],
  ["Like we're a risk to be managed, not colleagues.", "power"],
  [
    "Mixed. Some of them are lovely, one or two clearly think they're above the rest of us.",
    "power",
  ],
  ["No idea, I've never spoken to them.", "distance"],
  [
    "Probably fed up, and I get it, I've reported the same 'broken' printer four times and it was switched off at the wall each time.",
    "blame:self",
  ],
  [
    "We're a small architecture practice, twelve of us, and 'IT' is Graham who comes in on Tuesdays. Graham is lovely and knows his stuff. Relationship is good, it's more that we save everything up for Tuesday and he gets swamped.",
    "",
  ],
  [
    "Last spring a phishing email got into the warehouse office and the IT firm's response was to block all external attachments for a week. Nobody could receive delivery notes or customs paperwork. We ended up forwarding stuff to personal Gmail accounts just to keep lorries moving. Nobody from their side ever asked how it affected us.",
    "conflict power blame:sec",
  ],
  [
    "I understand maybe 60%. I don't like to ask again because I feel stupid.",
    "comm feel distance",
  ],
  ["They decide what software we're allowed and they sign off new starters' access.", ""],
  ["Slow and careful. Annoying when you're in a rush but I get why.", "conflict"],
  [
    "Good: they're honest. Jas told me straight that the old scanner couldn't be made secure and we needed a new one.",
    "",
  ],
  [
    "bad: they're never in the office. Everything is by ticket and a ticket feels like shouting into a void",
    "distance comm",
  ],
  ["So helpful I actually feel bad bothering them.", "feel"],
  [
    "When I admitted I'd left my laptop on the train they didn't shout, they just locked it remotely and sorted a loaner.",
    "blame:self",
  ],
  ["They'd say we're one of their easier clients.", ""],
  ["They're scared of us, I think. Scared we'll be the reason for a breach.", "feel"],
  [
    "That I have to phone a number in another city and explain our shop's till setup from scratch every time.",
    "distance conflict",
  ],
  ["Helpful if you catch Liam before 10. After that he's 'in meetings'.", "conflict"],
  ["Good since the new manager started. Before that it was a nightmare, honestly.", ""],
  [
    "They're alright. Always answer the phone, which is more than I could say for the last lot.",
    "",
  ],
  [
    "In a law firm you need things working at 9am sharp. Our IT contractor starts at 10. Do the maths.",
    "conflict",
  ],
  ["extremely helpful, Priya even set up my home printer when she didn't have to", ""],
  [
    "Depends who you get. Steve is great, the other one treats every question like an interruption.",
    "comm feel",
  ],
  ["Not helpful at all. I gave up asking and found the fix on YouTube.", "blame:sec distance"],
];

export const VOICES_EA: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EA_2,
  ...VOICES_EA_3,
  ...VOICES_EA_4,
  ...VOICES_EA_5,
  ...VOICES_EA_6,
];
