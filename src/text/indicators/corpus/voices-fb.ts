import type { RawExample } from "./types.js";
import { VOICES_FB_2 } from "./voices-fb-2.js";
import { VOICES_FB_3 } from "./voices-fb-3.js";
import { VOICES_FB_4 } from "./voices-fb-4.js";
import { VOICES_FB_5 } from "./voices-fb-5.js";

/** Security practitioners and IT staff: talks, vendor posts, forum replies, media quotes and their own survey answers (round 22). Written fresh for Rapport (brief FB). */
const FIRST_PART: readonly RawExample[] = [
  ["users will click literally anything lol", "blame:emp"],
  ["our staff are great at reporting phish tbh", ""],
  ["honestly sick of babysitting sales", "feel blame:emp"],
  ["nobody in finance knows my name", "distance"],
  ["had coffee w the warehouse team today, good chat", ""],
  ["pebkac again", "blame:emp"],
  ["we only ping them when smth breaks", "comm"],
  ["Human error isn't a root cause.", ""],
  ["CFO overruled the MFA rollout. again", "conflict power"],
  ["the devs hate us and tbh I get why", "feel blame:self"],
  ["interns asked great questions at onboarding", ""],
  ["why do ppl still reuse passwords ugh", "feel blame:emp"],
  ["reception flagged the fake invoice. legend", ""],
  ["Our policies read like a tax code.", "comm blame:self"],
  ["haven't been up to the 2nd floor in months", "distance"],
  ["users aren't the enemy", ""],
  ["accounts team ignores every email I send", "distance"],
  ["I'm basically the office cop here", "power"],
  ["we run the backups and patch on tuesdays", ""],
  ["got yelled at by a partner over a blocked usb", "conflict feel"],
  ["lunch & learn had 40 ppl show up!", ""],
  ["marketing just does whatever they want", "blame:emp"],
  ["half of them don't know we exist", "distance"],
  ["The weakest link is a lazy metaphor.", ""],
  ["so tired of being the department of no", "conflict feel"],
  [
    'In my keynote I\'ll argue that the way we throw around "insider threat" has made a lot of good employees feel like suspects.',
    "power feel blame:self",
  ],
  ["Our helpdesk tickets dropped 30% after we moved password resets to self-service.", ""],
  [
    "Every time I walk into the design studio the conversation stops, like the teacher just came in.",
    "distance power",
  ],
  ["I genuinely like the people in logistics; they tell me when something looks off.", ""],
  [
    'The plant manager told me security is "an office problem" and refused the training slot for his shift.',
    "conflict",
  ],
  ["We rewrote the phishing guidance in plain language this year and the report rate doubled.", ""],
  [
    "If your staff keep failing simulations, maybe your simulations are the problem, not your staff.",
    "blame:sec",
  ],
  ["People here are careless with laptops, full stop.", "blame:emp"],
  [
    "I get nervous before every all-hands because I know someone will ask why Dropbox is blocked.",
    "feel conflict",
  ],
  ["The nurses at our clinic are sharp about tailgating and call it out themselves.", ""],
  ["Our CISO hasn't spoken to a non-IT employee since the Christmas party.", "distance"],
  [
    "Honestly, I'd rather fix a user's mistake quietly than have to talk it through with them.",
    "distance",
  ],
  ["We send one newsletter a quarter and that's our whole awareness programme.", "comm"],
  ["Sales treat me like their personal helpdesk at 11pm on a Sunday.", "power"],
  [
    "Stop blaming users for clicking links when your own IT team sends password resets from random domains.",
    "blame:sec",
  ],
  [
    "Accounting asked us to sit in on their month-end close so we could see how they actually work, which was brilliant.",
    "",
  ],
  ["I don't trust the warehouse staff with admin rights and I've told them so.", "feel blame:emp"],
  [
    "Most of our incidents last year started with servers we misconfigured, not with staff.",
    "blame:self",
  ],
  ["The partners prefer two-line messages, so we keep every alert to two lines.", ""],
  [
    "Nobody tells me when they get a new phone; I find out when it shows up in the MDM logs.",
    "distance",
  ],
  [
    "I was mortified when the CEO read my email out in the meeting and nobody in the room understood a word of it.",
    "comm feel blame:self",
  ],
  ['Our IT lead calls the staff "lusers" in Slack and thinks it\'s funny.', "blame:emp"],
  ["Our users are smart adults and we treat them that way.", ""],
  [
    "Two people in the whole company know who to call if they get hacked, and one of them is me.",
    "distance",
  ],
  [
    'I\'ve given up asking the board for budget; they nod, say "next quarter" and move on.',
    "power",
  ],
  [
    "We used to lock everything down and then wonder why people emailed files to their Gmail. Once we gave them a decent shared drive, that stopped. The workaround was our fault all along.",
    "blame:self",
  ],
  [
    "The receptionist at our Lyon office spotted the CEO fraud call before any of our tools did. We bought her flowers and put her story in the newsletter.",
    "",
  ],
  [
    "I sent a memo about credential stuffing and got three replies asking what a credential is. Fair enough, that's on me.",
    "comm blame:self",
  ],
  [
    "People think I read their emails. I don't, but I can see why they think it, given how we announced the new DLP tool.",
    "power blame:self",
  ],
  [
    "Every department head has my mobile number. Most of them use it, and that's exactly how I want it.",
    "",
  ],
  [
    "The dev team merged a hardcoded API key for the third time this quarter. I'm out of polite ways to say it.",
    "blame:emp feel",
  ],
  [
    "We stopped running gotcha phishing tests. People said they felt tricked, and honestly they were right to.",
    "blame:self",
  ],
  [
    "Our policy is that nobody gets named in incident reports. Mistakes happen and we want people to tell us fast.",
    "",
  ],
  [
    "Our IT guy sits in a locked room at the back and communicates only through tickets. I'm the IT guy, by the way, and I'm trying to change that.",
    "distance comm blame:self",
  ],
  [
    'The sales director wanted local admin for his whole team because "installing stuff takes too long". I said no, he went to the CEO, and now they all have it.',
    "conflict power",
  ],
  [
    "At a 40-person architecture firm you don't need an awareness platform. You need to walk around and talk to people, which is what I do every Friday.",
    "",
  ],
  [
    "I dread Mondays because the weekend's mistakes all land in my inbox at once. Same five people every week.",
    "feel blame:emp",
  ],
  [
    "Most of our staff think the firewall is a physical wall. That's not their job to know, it's mine to explain.",
    "",
  ],
  [
    "We rolled out hardware keys to all 120 staff in March. Three calls to the helpdesk, total.",
    "",
  ],
  [
    "Our machinists route around every control we set up. I can't blame them; we designed those controls without ever standing next to a CNC machine.",
    "conflict blame:self",
  ],
  ["Users are not a vulnerability to be patched. They are colleagues with jobs to do.", ""],
  [
    "I feel like a ghost in this company. People only remember I exist when their Outlook breaks.",
    "distance comm",
  ],
  [
    "The finance team asked for a quick explainer on invoice fraud. We wrote it together over lunch and they did half the work.",
    "",
  ],
  [
    "Our compliance officer reads every Teams chat the keyword filter flags. Staff know it, and they've stopped asking me anything in writing.",
    "power distance",
  ],
  [
    "if one more person tells me \"I'm not a target, I'm just an assistant\" I will scream",
    "feel blame:emp",
  ],
  ["stop calling ppl the weakest link pls", ""],
  ["zero contact with the nightshift. zero.", "distance"],
  ["users r the last line of defence, treat them like it", ""],
  ["got a thank you card from payroll today 🥹", ""],
  ["the ceo thinks mfa is optional", "blame:emp"],
  ["i just fix it myself, faster than explaining", "distance"],
  ["explained SPF/DKIM to HR. blank stares", "comm"],
  ["insider risk ≠ bad employees", ""],
  ['they call me "the firewall" behind my back', "conflict"],
  ["Staff don't read. They skim.", "blame:emp"],
  ["we do monthly drop-ins at every site", ""],
  ["ops lead hung up on me. twice", "conflict"],
  ["new starters get a 1:1 with me in week one", ""],
  ["user error my arse, our login page is awful", "blame:self"],
];

export const VOICES_FB: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FB_2,
  ...VOICES_FB_3,
  ...VOICES_FB_4,
  ...VOICES_FB_5,
];
