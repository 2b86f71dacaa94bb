import type { RawExample } from "./types.js";
import { VOICES_CU_2 } from "./voices-cu-2.js";
import { VOICES_CU_3 } from "./voices-cu-3.js";
import { VOICES_CU_4 } from "./voices-cu-4.js";
import { VOICES_CU_5 } from "./voices-cu-5.js";
import { VOICES_CU_6 } from "./voices-cu-6.js";

/** IT and security staff in small firms chatting among themselves about the employees they support (team chat). Written fresh for Rapport (brief CU). */
const FIRST_PART: readonly RawExample[] = [
  ["ticket from sales: 'internet broken'. that's it. that's the whole ticket.", "comm"],
  ["PEBKAC strikes again, third one before ten", "blame:emp"],
  ["Finished moving the Leeds shared drives, mappings tested on every desk.", ""],
  [
    "marketing signed up for another design tool on the company card without a word to us. fourth one this quarter",
    "conflict",
  ],
  [
    "can someone else take the MD's PA this afternoon, I can't do another 40 mins of being shouted at",
    "conflict feel",
  ],
  ["accounts have been brilliant about the MFA rollout tbh, not one moan", ""],
  [
    "three emails, a Teams post and a poster in the kitchen about the password change. half the office still locked out this morning",
    "blame:emp",
  ],
  ["lol they genuinely think we sit here reading their emails for fun", "power"],
  ["Patch window tonight 22:00-23:30, Citrix down for the duration.", ""],
  [
    "ops manager went straight to the CEO because we wouldn't allow his personal Dropbox. guess who won",
    "conflict power",
  ],
  ["I couldn't tell you the name of a single person at the Bristol site. never been", "distance"],
  ["to be fair last month's phish sim was a proper gotcha, I'd have clicked it", "blame:sec"],
  [
    "does anyone know what the warehouse lads do when the scanners die? because they never call us",
    "distance",
  ],
  [
    "they reboot it thirty times, try the other socket, and only ring us once it's properly dead",
    "distance comm",
  ],
  [
    "my bad on the printer mess, I pushed that driver without testing it on the old Konicas",
    "blame:self",
  ],
  ["we're a helpdesk with 'security' in the job title at this point", "power"],
  ["new starter in HR asked if I'm 'the computer guy'. I've been here two years", "distance"],
  ["Board signed off the EDR budget!! finally", ""],
  [
    "board said no to EDR again so apparently we're securing 80 laptops with good vibes",
    "power feel",
  ],
  ["love how 'urgent' from that team means 'I forgot about this for a week'", "conflict"],
  ["Priya from payroll brought us brownies for rescuing her laptop. favourite human", ""],
  ["can we not use 'lusers' in this channel pls, there's someone from HR in here now", ""],
  [
    "if one more person tells me 'I'm not techy' as the reason they don't lock their screen I'm going to scream",
    "blame:emp feel",
  ],
  ["they're not thick, that VPN client is just genuinely awful", ""],
  ["we chose that VPN client though, so the mess is on us really", "blame:sec"],
  ["head of sales, verbatim: 'can you switch MFA off for me, I'm head of sales'", "conflict power"],
  ["checked the open rate on the monthly security newsletter. 4%. four.", "comm distance"],
  [
    "switched the newsletter to a 2 min video and opens went to 60%. turns out people do care when it's not a wall of text",
    "",
  ],
  ["the only time anyone messages me is when something is on fire", "comm"],
  [
    "she said sorry five times for 'bothering' me with a password reset and I wanted the floor to swallow me. are we that scary??",
    "feel power",
  ],
  ["Legal's shared mailbox permissions sorted, they're happy.", ""],
  [
    "legal want the shared mailbox open to the entire firm 'for convenience'. I said no and now I'm the villain",
    "conflict feel",
  ],
  [
    "I swear we write these guides in plain English and they still do step 4 before step 1",
    "blame:emp",
  ],
  ["ngl our VPN guide is garbage, I wouldn't follow it either", "comm blame:sec"],
  [
    "the Hamburg office just don't ask. google it, install whatever comes up, done",
    "distance conflict",
  ],
  [
    "who gave the interns local admin? oh right, the CFO did. over our heads. again",
    "conflict power",
  ],
  ["I'm a vending machine. ticket goes in, fix comes out, nobody says hi", "power distance"],
  ["spent an hour with the warehouse team on the new scanners, they were so lovely about it", ""],
  [
    "I reckon people are scared to tell us when they've clicked something, which is worse than the click itself",
    "feel distance",
  ],
  [
    "he reported it three days late because he 'didn't want to get in trouble'. that's on us, we made reporting sound like a confession",
    "feel blame:sec",
  ],
  [
    "just had a 20 min row with a partner about why he can't forward client files to his gmail",
    "conflict",
  ],
  ["the partners think security is something you buy once, like a kettle", "conflict"],
  ["MFA prompts up about 40% since the conditional access change, which is what we expected", ""],
  [
    "can't wait to explain conditional access to the directors on thursday. bringing crayons",
    "comm blame:emp",
  ],
  ["honestly if I got the emails we send out I'd bin them too", "comm blame:sec"],
  ["not one of us has been down to the shop floor since covid", "distance"],
  [
    "we used to get shouted at for every lockout, since self-service reset it's basically silent. bliss",
    "",
  ],
  [
    "shouted at over a lockout. again. self-service reset exists, Gary. it has existed for a year",
    "conflict blame:emp",
  ],
  ["sales treat us like their personal tech butlers", "power"],
  [
    "the dental practice never logs tickets, they text Jamie's personal mobile at 11pm. Jamie needs boundaries",
    "conflict power",
  ],
  [
    "new rule: we can't block anything without a director signing it off. cool cool cool",
    "power feel",
  ],
  ["it's fine I'm sure the USB stick someone found in the car park is perfectly safe", "blame:emp"],
  ["car park USB test: 0 of 12 plugged in. proud of this lot", ""],
  ["do you think they even know we have a security team? genuinely asking", "distance"],
  ["I'd much rather they ask me a 'dumb' question than quietly work round me", ""],
  [
    "they worked round me. of course they did. I made it a three week approval process",
    "conflict blame:self",
  ],
  ["can I just say the facilities manager is an absolute legend for reporting that tailgater", ""],
  ["'I don't do computers' should honestly be a disciplinary matter", "blame:emp"],
  [
    "keep getting cc'd into HR vs line manager fights about who gets access to what. I'm not the referee",
    "conflict",
  ],
  [
    "MD wants everyone's browsing history 'just to check'. told him we'd need a reason and HR involved. awkward silence",
    "power conflict",
  ],
  [
    "we can see everything and I think people sense that. makes them cagey around us",
    "power distance",
  ],
  [
    "nah they're not cagey, they just don't have time for us, which is fair, they've got clients to bill",
    "distance",
  ],
  ["Partner meeting went well, they actually asked sensible questions about backups", ""],
  ["'is this a virus?' *attaches screenshot of a windows update*", "blame:emp"],
  [
    "I'll happily take fifty 'is this a virus' screenshots a day over one person who never asks",
    "",
  ],
  [
    "re the CRM outage: nobody told us sales were doing a bulk import at 9am. nobody tells us anything",
    "comm",
  ],
  [
    "operations found out about the server move from the all-staff email. fair enough that they're annoyed, we should've gone and told them",
    "comm feel blame:sec",
  ],
  [
    "zero phish reports from the Leicester office this month. either they're perfect or they've given up on us",
    "distance",
  ],
  ["Leicester reported four phishes this week, all legit catches 👏", ""],
  ["'I clicked it but I closed it really quickly' - the famous last words", "blame:emp"],
  ["I hate being the person who says no all day. it's not why I got into this", "feel conflict"],
  ["nobody is 'stupid', they're busy and our prompts look identical to the scam ones", "blame:sec"],
  ["the estimating team have their own wifi router under a desk. found it by accident", "conflict"],
  [
    "when I asked why, he said 'your wifi is rubbish and nobody answers when we ring'. can't argue",
    "conflict blame:sec",
  ],
  ["anyone else notice the directors only remember we exist at budget time", "power distance"],
  ["Rolled out the new laptops to finance, smooth as anything.", ""],
  ["tbh I'm tired. every single change is a fight with somebody", "feel conflict"],
  [
    "procurement still emailing invoices as unencrypted zips with the password in the same email 🙃",
    "blame:emp",
  ],
  [
    "I explained it to procurement properly today, with their actual invoices as the example, and it clicked. they're changing it",
    "",
  ],
  [
    "I think I over-explained the SPF thing to the office manager. her eyes glazed over at DNS",
    "comm blame:self",
  ],
  [
    "she asked me to stop saying 'endpoint'. she's right, I say it like everyone knows",
    "comm blame:self",
  ],
  ["no idea who the new head of logistics is, nobody introduced us", "distance"],
  [
    "the new head of logistics popped by to say hi and asked what we need from his team. unheard of",
    "",
  ],
  ["why does every MD think their laptop is exempt", "power conflict"],
];

export const VOICES_CU: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CU_2,
  ...VOICES_CU_3,
  ...VOICES_CU_4,
  ...VOICES_CU_5,
  ...VOICES_CU_6,
];
