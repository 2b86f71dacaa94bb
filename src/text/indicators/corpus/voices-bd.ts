import type { RawExample } from "./types.js";
import { VOICES_BD_2 } from "./voices-bd-2.js";
import { VOICES_BD_3 } from "./voices-bd-3.js";
import { VOICES_BD_4 } from "./voices-bd-4.js";

/** Helpdesk technicians, MSP engineers and lone small-firm IT people answering an anonymous staff survey. Written fresh for Rapport (brief BD). */
const FIRST_PART: readonly RawExample[] = [
  ["Mostly decent people who just want their stuff to work.", ""],
  ["They see me as the bloke who fixes the printer, and honestly that's fine by me.", ""],
  ["Half of them are convinced I sit there reading their emails for fun.", "power"],
  ["They only ring when it's on fire.", "comm"],
  [
    "I'm the no-man. Every request I turn down makes me a bit less popular in the kitchen.",
    "conflict",
  ],
  ["Users? Lovely. Clueless, but lovely.", "blame:emp"],
  ["Small office, so I see pretty much everyone face to face every day.", ""],
  [
    "I dread Monday mornings, the queue is always stacked with the same password resets from the same five people.",
    "feel",
  ],
  ["They click on anything. Anything at all.", "blame:emp"],
  ["the sales lot treat me like their personal butler tbh", "power"],
  ["Management backs me when it counts. No complaints there.", ""],
  [
    "After the invoice scam last spring the MD wanted a name, and the name ended up being mine.",
    "power blame:sec",
  ],
  ["We're an MSP, so to them we're a phone number and a portal login.", "comm distance"],
  ["I haven't set foot in that client's office for over a year.", "distance"],
  [
    "Some of them seem scared of me. They apologise before they've even told me what's wrong.",
    "feel power",
  ],
  ["When someone reports a dodgy email quickly I always make a point of thanking them.", ""],
  [
    "Nobody reads the security bulletins I send round. I could write a recipe in there and nobody would notice.",
    "comm distance",
  ],
  ["I'm probably too short with people when I'm busy, if I'm honest.", "comm blame:self"],
  [
    "They've no idea what I actually do all day. Most of them think I play with cables.",
    "distance",
  ],
  ["Some grumbling about the login prompts, but nothing serious. They've got used to it.", ""],
  [
    "Every new rule gets a round of eye-rolling and then a meeting to try and get it overturned.",
    "conflict",
  ],
  [
    "The owner trusts my judgement and says so in front of the staff, which helps more than he knows.",
    "",
  ],
  [
    "I get a ticket that just says 'broken'. No screenshot, no description, nothing.",
    "comm blame:emp",
  ],
  [
    "Honestly they're better than they get credit for. They ask before they install things now.",
    "",
  ],
  [
    "I'm on my own for forty people and it shows. Things slip and I know they notice.",
    "blame:self",
  ],
  [
    "A few of the older staff still phone me rather than log a ticket, and I don't mind that at all.",
    "",
  ],
  ["They think security is my problem, not theirs.", "blame:emp distance"],
  [
    "What goes well? The onboarding. New starters get a proper half hour with me and it pays off.",
    "",
  ],
  ["The partners decide what software we buy over lunch and tell me afterwards.", "power"],
  ["i'm basically invisible until the wifi drops", "comm distance"],
  ["I like them. I genuinely do. Even the ones who ring me about the caps lock.", ""],
  [
    "People go to their mate in accounts who 'knows computers' instead of coming to me, then I clean up the mess.",
    "distance blame:emp",
  ],
  [
    "After an incident we do a short write-up and nobody gets hung out to dry. I'm proud of that.",
    "",
  ],
  [
    "My manager's answer to everything is 'just make it work', which isn't backing, it's abdication.",
    "power feel",
  ],
  [
    "It's lonely being the only IT person. Nobody here understands what I'm worried about.",
    "feel distance",
  ],
  ["They see me as a cost. Something the accountant would cut if she could.", "power"],
  ["We do a monthly walk-round at each client site and it's the best hour of the month.", ""],
  ["I'm fairly sure the warehouse crew don't know my name. I'm 'the computer guy'.", "distance"],
  ["Most incidents here are someone in a hurry, not someone stupid. I try to remember that.", ""],
  ["They nod along in the training and then write the new password on a sticky note.", "blame:emp"],
  ["When the ransomware scare happened the directors stood behind me completely.", ""],
  [
    "The hard part is being told I'm 'slowing the business down' every time I ask for five minutes to patch.",
    "conflict power",
  ],
  [
    "I explain things in plain English now. Took me years to learn to stop saying DNS at people.",
    "",
  ],
  [
    "Sometimes I catch myself talking in acronyms and watching their eyes glaze over. My bad.",
    "comm blame:self",
  ],
  ["They're grown adults but I get treated like the school caretaker.", "power"],
  [
    "Reports of suspicious emails have tripled since we stopped shaming people for clicking. Good trade.",
    "",
  ],
  [
    "Nobody tells me anything until it's gone wrong. New starter? Found out on their first morning.",
    "comm",
  ],
  [
    "Remote only. I support three firms and I've met maybe a dozen of their staff in person.",
    "distance",
  ],
  ["i'm tired. that's the whole answer.", "feel"],
  [
    "The finance director once told a room full of people that IT 'costs money and breaks things'.",
    "blame:sec power",
  ],
  ["We get on well. They bring me cake when I sort their laptops, I'm not complaining.", ""],
  [
    "If I push a rule hard, they just find a way round it, so I pick my battles.",
    "conflict distance",
  ],
  ["The boss never questions my calls but he also never asks how I'm doing. Bit of both.", ""],
  [
    "I sit in the same room as the accounts team so I hear about problems before they become tickets.",
    "",
  ],
  [
    "They expect me to know every app on the planet and look personally offended when I don't.",
    "conflict feel",
  ],
  ["I'm not the most patient person with repeat offenders, I'll admit that.", "blame:self"],
  [
    "Embarrassing really, I missed the expiry on the certificate and the whole site went down. Totally on me.",
    "blame:self feel",
  ],
  ["They're good people. Busy, stretched, and not paid to care about firewalls.", ""],
  [
    "Post-incident review here means the MD shouting for ten minutes and then forgetting about it.",
    "power feel",
  ],
  ["Honestly the only time anyone speaks to me is to complain.", "comm"],
  [
    "We run a quarterly coffee morning where anyone can bring a gadget question. It's silly and it works.",
    "",
  ],
  ["When I say no to a USB stick I get the look. You know the look.", "conflict"],
  [
    "I've given up sending reminders about updates. They postpone them for weeks regardless.",
    "distance blame:emp",
  ],
  ["The office manager is my ally. If she's on board, everyone is.", ""],
  [
    "They'd never admit it but they're nervous around me, like I'm going to catch them out.",
    "feel power",
  ],
  [
    "Our engineers are decent but we're spread so thin the clients barely see a familiar face.",
    "distance",
  ],
  ["Most of the time they're polite and patient even when things are slow. I appreciate that.", ""],
  ["The users aren't the problem. Our tooling is.", ""],
  [
    "I got reported to HR for 'being rude' because I wouldn't let someone plug in their own router.",
    "conflict power",
  ],
  [
    "Every other week someone forwards me a phishing email with 'is this real??' and I love it. Keep doing that.",
    "",
  ],
  ["Management wants the security but not the inconvenience. Pick one.", "conflict"],
  [
    "We patch overnight so nobody notices, and nobody notices. Which is the point, but also a bit thankless.",
    "",
  ],
  [
    "They're careless with passwords. Same one for everything, usually their dog's name.",
    "blame:emp",
  ],
  [
    "I wish they'd just tell me when something feels off instead of sitting on it for three days.",
    "distance feel",
  ],
  ["The partners listen when I explain risk in pounds rather than in technical terms.", ""],
  [
    "Some staff think I'm spying on them because the laptops are managed. I've explained it. Twice.",
    "power comm",
  ],
  ["I'm a contractor, so when something goes wrong I'm an easy target.", "power blame:sec"],
  ["Pretty good relationship overall. The odd grump but that's any job.", ""],
  [
    "They don't bother reporting small stuff anymore. They just live with it, which worries me.",
    "distance feel",
  ],
  ["I feel like a nag. I hate being a nag.", "feel"],
  [
    "Our help desk hours don't match their shifts, so the night staff basically fend for themselves.",
    "distance",
  ],
  ["After we got hit, the boss thanked me in the all-hands. I nearly fell off my chair.", ""],
  ["It's always 'IT's fault' until they find out it was the electrician.", "blame:sec"],
  ["Honestly I don't know half of them by name and that's on me.", "distance blame:self"],
  ["Nobody sees the ten things that didn't break this week.", "feel"],
  ["I treat them like adults and most of them return the favour.", ""],
  ["The owner's nephew has admin rights because he asked nicely. I was overruled.", "power"],
  ["They see us as the people who say yes eventually if they shout loud enough.", "conflict power"],
  ["I do home visits for two of the older directors. Weird job, but I like it.", ""],
  ["We send a monthly newsletter. I've no idea if anyone reads it.", "comm distance"],
  [
    "I'm not great at explaining why a rule exists, I just tell people it's policy. Should do better.",
    "comm blame:self",
  ],
  ["The reception team are brilliant, they spot every odd phone call and pass it on.", ""],
  ["If I had a pound for every 'I didn't touch anything'...", "blame:emp"],
  [
    "The only feedback I get from management is the invoice query at the end of the month.",
    "power comm",
  ],
  ["Most weeks it's calm. Boring, even. Boring is good in this line of work.", ""],
  [
    "When I walk into a room the conversation stops, like I'm a teacher on playground duty.",
    "power distance",
  ],
  [
    "They complain the VPN is slow, I complain they're streaming football on it. We're even.",
    "conflict",
  ],
  [
    "I'd describe them as trusting. Probably a bit too trusting of emails from 'the CEO'.",
    "blame:emp",
  ],
  ["Our service desk is polite but it's a script. The clients can tell.", "comm"],
  ["The new managing director actually asks me what I need. First time in six years.", ""],
  ["They expect an answer in five minutes and I've got eleven tickets open.", "conflict feel"],
  ["Incident? We fix it, I write two lines in the log, nobody reads the log.", "distance"],
  [
    "Sometimes I think they'd be happier if I wasn't here. Then the server dies and suddenly I'm everyone's friend.",
    "comm feel",
  ],
  [
    "Staff here are sharp. They ask good questions and push back when a rule makes no sense, which keeps me honest.",
    "",
  ],
  [
    "I can't get a single hour on the leadership agenda for security. It's always 'next month'.",
    "power distance",
  ],
  ["honestly the receptionist knows more about who's been phished than I do", "distance"],
  ["Some days I'm the hero, some days I'm the villain, same job both days.", ""],
  [
    "They hate the password rules and they're not entirely wrong. The rules were written before my time and they're daft.",
    "conflict",
  ],
  ["I get on with everyone. I'm in the pub with half of them on Fridays.", ""],
  [
    "I get talked to like a vending machine: put in a request, expect a laptop to fall out.",
    "power",
  ],
  [
    "I've stopped going to the team meetings because nothing I say changes anything.",
    "distance power",
  ],
  [
    "After a breach the blame rolls downhill and I live at the bottom of the hill.",
    "power blame:sec",
  ],
  [
    "The best bit is when someone who used to be terrified of their computer shows me something clever they figured out.",
    "",
  ],
  [
    "Staff are anxious about getting things wrong, so they hide mistakes. That's the real risk.",
    "feel distance",
  ],
  [
    "The account managers sell things our engineers then have to explain we can't deliver.",
    "conflict",
  ],
  ["I'd rather they called me ten times a day than once too late.", ""],
  ["Does anyone actually read the acceptable use policy? Serious question.", "distance"],
  ["They call me 'the IT department'. I am one person with a dodgy knee.", ""],
  ["The directors only notice IT when it costs them something.", "power comm"],
  [
    "I messed up a migration last year and a few people still bring it up. Fair enough.",
    "blame:self",
  ],
  [
    "We fixed the email outage in forty minutes and got a thank-you card signed by the whole office.",
    "",
  ],
  ["They'd go weeks without seeing us if it weren't for the hardware refresh.", "distance"],
  ["Honestly, they're kinder to me than I'd be in their shoes.", ""],
];

export const VOICES_BD: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BD_2,
  ...VOICES_BD_3,
  ...VOICES_BD_4,
];
