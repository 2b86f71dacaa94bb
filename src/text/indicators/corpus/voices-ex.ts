import type { RawExample } from "./types.js";
import { VOICES_EX_2 } from "./voices-ex-2.js";
import { VOICES_EX_3 } from "./voices-ex-3.js";
import { VOICES_EX_4 } from "./voices-ex-4.js";
import { VOICES_EX_5 } from "./voices-ex-5.js";

/** Security and IT staff, about half in English as a second language (round 21). Written fresh for Rapport (brief EX). */
const FIRST_PART: readonly RawExample[] = [
  ["We patch the clinic laptops every second Tuesday after the evening surgery closes.", ""],
  ["Put a link in front of them and it gets clicked, every single time.", "blame:emp"],
  ["Honestly nobody calls us unless the printer is on fire or the email is down.", "comm distance"],
  ["Our users aren't the weak spot, the ten-year-old file server is.", ""],
  [
    "i am tired of explaining the same password rule to the same people each month",
    "feel blame:emp",
  ],
  [
    "In my country we say the IT guy is the firefighter. Here it is the same, they only see us when there is smoke.",
    "comm",
  ],
  ["Probably our VPN setup was just too fiddly for the warehouse team.", "blame:self"],
  ["The partners decide the budget in one meeting a year and we are not invited.", "power"],
  ["Priya from accounts reported the fake invoice within five minutes, brilliant work.", ""],
  [
    "Before we roll out a new rule, a couple of nurses try it for a week and tell us what breaks.",
    "",
  ],
  ["Lovely people, but they'll open anything labelled 'urgent'.", "blame:emp"],
  ["The teachers aren't the problem in my eyes, they just juggle forty other things.", ""],
  [
    "Sometimes I feel like the department of no. Nobody asks what we'd say yes to.",
    "conflict feel",
  ],
  ["Our MFA rollout finished in March; 212 of 230 accounts are enrolled.", ""],
  ["the sales lads share one login for the CRM and think I don't know", "conflict"],
  [
    "Is it my job to chase managers who never finish the training? Because nobody told me.",
    "conflict feel",
  ],
  [
    "Our awareness sessions were an hour of slides; these days it's ten minutes at shift start.",
    "",
  ],
  [
    "When I write 'please enable conditional access', I know half the office has no idea what that means.",
    "comm",
  ],
  [
    "Management treats us like a cost centre that should stay invisible until something breaks.",
    "power",
  ],
  [
    "The people in the warehouse never ask me, they prefer to fix it themselves with some tricks.",
    "conflict distance",
  ],
  [
    "Good question from Tomasz today: why do we need two apps for login? I'll try to merge them.",
    "",
  ],
  ["I honestly don't know how many staff use personal phones for work email.", ""],
  ["Every time I enforce a rule the head chef says I am killing his kitchen.", "conflict"],
  [
    "We are only three people for 400 users, so of course they wait two days for an answer.",
    "conflict",
  ],
  [
    "It scares me that the payroll clerk would happily send bank details to anyone who sounds confident.",
    "feel blame:emp",
  ],
  [
    "The director bypasses every policy and then asks why the juniors don't follow them.",
    "conflict",
  ],
  ["Thanks to Aisha on reception, visitors now sign in on the tablet without complaint.", ""],
  ["lol they think I read their emails. I don't have time to read my own.", "power"],
  [
    "To be fair, our warnings look like spam themselves. No wonder they ignore them.",
    "comm blame:self",
  ],
  ["Backups run nightly to an offsite location and are tested each quarter.", ""],
  ["I feel like a babysitter for grown adults with company laptops.", "feel blame:emp"],
  ["We have a shared Teams channel where any teacher can ask a quick security question.", ""],
  ["Nobody in the law firm knows my name, I am just 'the IT'.", "distance"],
  ["Could we run phishing tests without making people feel tricked? I'm not sure yet.", ""],
  ["Budget for new firewalls was refused again, so I patch what I can and pray.", "power feel"],
  ["You can buy the best filter on the market, people will still find the hole.", "blame:emp"],
  [
    "In the hotel, night staff do their own fixes with guest wifi because they can't reach us after six.",
    "conflict distance",
  ],
  ["My colleague Rafael explains things much better than me, people go to him first.", ""],
  [
    "I know I speak too technical. I try, but words like 'endpoint' just come out.",
    "comm blame:self",
  ],
  [
    "The accountants say we slow them down at year end. They are probably right.",
    "conflict blame:self",
  ],
  ["We send a monthly newsletter with one tip and one real example from our own office.", ""],
  ["Staff are not stupid. They are busy, which is different.", ""],
  [
    "Farm managers call me on my personal mobile at 5am about tractor GPS logins, no boundaries at all",
    "feel power",
  ],
  ["i dont think the council staff hate us, they just forget we exist", "distance"],
  ["Our incident log shows 14 reported phishing emails last month, up from 6.", ""],
  ["Why must I beg the CFO every quarter for licences we already agreed on?", "power feel"],
  ["The school's head says security is my problem, not hers.", "conflict distance"],
  ["We made a one-page cheat sheet in Spanish and English for the packing team.", ""],
  [
    "Honestly? The head office IT lot just block things and fix nothing, even for us in security.",
    "blame:sec feel",
  ],
  ["When the ransomware hit, suddenly everyone knew my extension number.", "comm"],
  [
    "Pharmacy staff keep the admin password on a sticky note under the till, and they know I know.",
    "conflict",
  ],
  ["Our helpdesk answers within four hours on average during working days.", ""],
  [
    "Sometimes I think we are the problem, not them. We write rules for auditors, not for people.",
    "blame:self",
  ],
  ["They treat us like a vending machine: insert complaint, expect a fixed laptop.", "power feel"],
  ["Nuno runs a short drop-in every Friday where anyone can bring a device question.", ""],
  ["The developers see our code review checks as bureaucracy and merge around them.", "conflict"],
  [
    "I'm worried that if I push harder on USB rules the production line will just stop talking to me.",
    "feel distance",
  ],
  [
    "Engineers in the plant are careful people, they follow lockout procedures every day, so security is not strange for them.",
    "",
  ],
  [
    "Every email I send starts with 'urgent' now because otherwise nobody reads it. Probably part of the problem.",
    "comm blame:self",
  ],
  ["We in IT are always the last to know about a new software they bought.", "conflict distance"],
  ["Management gives us responsibility but no authority, that's the whole story.", "power"],
  ["Patching the tills took two nights and went without a single issue.", ""],
  ["the charity volunteers change every month so training never sticks, it's exhausting", "feel"],
  ["Do the receptionists know they can report a strange call to us? I should check.", ""],
  [
    "People don't need to love security. They need to know who to call, and right now they don't.",
    "distance",
  ],
  [
    "The partners think cybersecurity is something you buy once, like a coffee machine.",
    "conflict",
  ],
  [
    "Password manager adoption went from 30% to 85% after we sat with each team for half an hour.",
    "",
  ],
  ["I don't blame the drivers. Those old truck tablets would test anyone's patience.", ""],
  ["After every incident the CEO wants a name. I refuse to give one.", "power"],
  [
    "It makes me angry when they say 'IT didn't tell us', we sent three emails and a poster!",
    "feel conflict",
  ],
  ["Clinic doctors don't answer my emails, only their assistants do.", "distance"],
  ["We review admin rights twice a year with each department head.", ""],
  ["Half my day is resetting passwords for people who wrote them on their hand.", "feel blame:emp"],
  [
    "If I'm honest I avoid the sales floor. Every walk through turns into ten complaints.",
    "distance feel",
  ],
  [
    "Rosa, our office manager, is our best ally, she translates our requests into normal language.",
    "",
  ],
  ["They call me 'the police' in the kitchen. Half joke, half not.", "power"],
  ["No one has ever been fired here for a security mistake and I want to keep it that way.", ""],
  ["The firewall vendor's dashboard is so confusing even I need the manual.", ""],
  ["Teachers feel watched because of the web filter, and I understand why.", "power feel"],
  ["We finally got a slot at the monthly leadership meeting, ten minutes at the end.", ""],
  ["Whatever we say, the answer from finance is 'not this year'.", "power feel"],
  ["users r the weakest link full stop. 20 years in this job tell me so", "blame:emp"],
  [
    "I think the weak point is actually our onboarding. New staff get a laptop and zero explanation.",
    "blame:self",
  ],
  [
    "Employees used to hide mistakes from us; since we stopped naming people in reports, they come forward.",
    "",
  ],
];

export const VOICES_EX: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EX_2,
  ...VOICES_EX_3,
  ...VOICES_EX_4,
  ...VOICES_EX_5,
];
