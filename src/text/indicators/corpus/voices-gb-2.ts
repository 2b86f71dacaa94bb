import type { RawExample } from "./types.js";

/** Part 2 of batch GB (see voices-gb.ts). */
export const VOICES_GB_2: readonly RawExample[] = [
  [
    "They run a phishing test now and then and if you fall for it you just get a friendly email with tips, no naming and shaming.",
    "",
  ],
  [
    "Mostly they work remotely but I don't mind, they share the screen and it's easy to follow.",
    "",
  ],
  ["ja they are helpful, always explain me the steps slowly", ""],
  ["There's no friction really, we all know the rules and why they're there.", ""],
  ["I wouldn't say they're distant, they're a phone call away and they pick up.", ""],
  [
    "They don't blame anyone when something goes wrong, they fix it and tell us what to watch for.",
    "",
  ],
  ["I think they're overworked and underappreciated. Not their fault if things take a while.", ""],
  ["Only time I hear from them is when Ive done something wrong.", "comm"],
  [
    "They blocked WeTransfer overnight with no warning and I had a buyer's solicitor waiting on documents. Security's great until it stops you working.",
    "conflict",
  ],
  [
    "We want it quick, they want it locked down. We clash a lot, mostly around the tax deadline.",
    "conflict",
  ],
  ["You log a ticket and it sits there for days.", "conflict"],
  [
    "The password change every 60 days is a nightmare on the shop floor when you've got a queue to the door.",
    "conflict",
  ],
  [
    "They think two factor is no big deal. Try doing it in a cab at 5am with gloves on.",
    "conflict",
  ],
  [
    "Asked for access to one shared folder, they took me off three others. Then told me to put in another request.",
    "conflict",
  ],
  [
    "Month end and they push an update that restarts every PC. Every. Single. Month.",
    "conflict feel",
  ],
  [
    "They locked the handhelds down so tight the pickers can't even turn the brightness up.",
    "conflict",
  ],
  [
    "The emails are full of acronyms, MFA, EDR, SSO, I just delete them to be honest.",
    "comm distance",
  ],
  ["Never met any of them. It's all tickets and auto replies.", "comm distance"],
  ["He speaks to us like we're children.", "comm"],
  ["explains in IT speak and if u ask again he sighs like ur wasting his time", "comm"],
  ["The only emails from IT are warnings. Never a thank you, never a how's it going.", "comm"],
  [
    "Honestly I'm a bit scared of them. If I report a mistake I'm worried it goes straight to the partners.",
    "feel power",
  ],
  [
    "They promised to come and set up the new branch before it opened and never turned up. Really disappointed.",
    "conflict feel",
  ],
  ["We are at their mercy. If they say no it's no, end of.", "power"],
  [
    "Things change on my laptop overnight and nobody tells us why. They're a black box.",
    "comm power",
  ],
  [
    "Some days I feel like their servant, running round the stockroom rebooting things while they watch from a screen in another city.",
    "feel power",
  ],
  [
    "They audit our client folders and send the partners a report on who opened what. Feels like being marked at school.",
    "power",
  ],
  [
    "Can't install even a PDF reader without asking permission. Like a kid asking for sweets.",
    "power",
  ],
  ["We don't really have contact with them. I sort most things myself with Google.", "distance"],
  ["Wouldn't bother ringing them tbh, quicker to ask Dave in accounts.", "distance"],
  ["They're nice enough when you catch them, but we never see them.", "distance"],
  ["They're at head office, we're in a warehouse in Thurrock. Different worlds.", "distance"],
  ["To be fair most of the problems are us lot clicking on things we shouldn't.", "blame:emp"],
  [
    "Half the drivers have their password on a post-it on the dashboard. No wonder IT despair of us.",
    "blame:emp",
  ],
  ["They see staff as the weakest link, and in our office they're not wrong.", "blame:emp"],
  ["The IT lot think we're all idiots who'll click anything.", "blame:emp"],
  [
    "After the breach the boss called it human error in the meeting and everyone looked at the new girl on reception.",
    "blame:emp",
  ],
  ["IT are useless. Simple as that.", "blame:sec"],
  ["They cause more problems than they fix.", "conflict blame:sec"],
  [
    "Every time there's a security update the tills stop working. What are they actually for?",
    "conflict blame:sec",
  ],
  [
    "I'm probably the problem, I'm rubbish with computers and always on the phone to them.",
    "blame:self",
  ],
  ["My fault really, I clicked the link. They were good about it though.", "blame:self"],
  [
    "I know I'm a nightmare for them, I forget my password every Monday without fail.",
    "blame:self",
  ],
  [
    "Sometimes I think they forget we have a business to run. It's an estate agents, not a bank vault.",
    "conflict",
  ],
  [
    "The new VPN takes ages to connect so the negotiators just do the viewing paperwork on their own phones. IT hate it, we hate the VPN.",
    "conflict feel",
  ],
  [
    "Not easy to reach. Phone goes to voicemail and emails come back with 'we aim to respond within 3 working days'.",
    "conflict",
  ],
  [
    "Expectations are just different. They think security first, we think customer first.",
    "conflict",
  ],
  ["They said my request was 'out of scope'. Still don't know what that means.", "comm"],
  ["I get a lot of 'as per policy section 4.2' emails that I don't understand a word of.", "comm"],
  ["When they do explain it's all endpoints and attack vectors, I just nod along.", "comm"],
  [
    "Never face to face. We're a small agency and they're a company in Manchester we've never seen.",
    "comm distance",
  ],
  [
    "Bit patronising. Like I've never used a computer before, I've been doing bookkeeping for 20 years.",
    "comm",
  ],
  ["the guy is ok but he explain like i must know already all the words, i dont", "comm"],
  [
    "They send these big scary emails in red capitals. I find them stressful more than helpful.",
    "comm feel",
  ],
  ["I worry every time I open an attachment now that IT will come down on me.", "feel power"],
  ["Tbh I dread calling them. Always come away feeling stupid.", "comm feel"],
  [
    "I'm fed up. Third time this month the card machine has been 'secured' and stopped taking payments.",
    "conflict feel blame:sec",
  ],
  ["It makes me anxious because I don't know what they can see.", "feel power"],
  [
    "When my account got hacked they made me feel like a criminal. Really disappointed with how they handled it.",
    "feel blame:emp",
  ],
  ["Annoyed with them mostly.", "feel"],
];
