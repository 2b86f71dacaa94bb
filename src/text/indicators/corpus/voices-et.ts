import type { RawExample } from "./types.js";
import { VOICES_ET_2 } from "./voices-et-2.js";
import { VOICES_ET_3 } from "./voices-et-3.js";
import { VOICES_ET_4 } from "./voices-et-4.js";
import { VOICES_ET_5 } from "./voices-et-5.js";

/** Technicians of outsourced IT providers on their clients' staff and owners (round 21). Written fresh for Rapport (brief ET). */
const FIRST_PART: readonly RawExample[] = [
  ["We look after eleven clients, mostly dental clinics and two accounting practices.", ""],
  [
    "honestly the owner at the farm supply shop only rings us when the till goes down",
    "comm distance",
  ],
  ["Our patch window for the law firm is Tuesday nights after 9pm.", ""],
  [
    "I feel like a bouncer sometimes. Everyone at the hotel sees me coming and assumes I'm there to say no.",
    "conflict feel",
  ],
  [
    "Maybe we made the password policy too hard for the warehouse team, they were writing them on the forklifts.",
    "blame:self conflict",
  ],
  ["Users aren't the weakest link at the charity, their donated laptops from 2014 are.", ""],
  [
    "The partners at the accounting firm decide the budget and we just get told what we can't have.",
    "power",
  ],
  [
    "Nobody at the school know my name, they just call me 'the IT guy from the company'.",
    "distance",
  ],
  ["We run a fifteen-minute phishing session at each clinic every quarter, with coffee.", ""],
  [
    "They mean well at the council office, but they will plug in any USB stick they find in the car park.",
    "blame:emp",
  ],
  [
    "Its very tiring, every week the same manager ask me to disable MFA for him because is slow.",
    "conflict feel",
  ],
  ["I never think of the staff as the problem; the messy setup they inherited is the problem.", ""],
  [
    "Half my tickets from the logistics depot are just 'it doesnt work', no screenshot, no detail",
    "comm feel",
  ],
  [
    "The head chef at the restaurant group asked great questions at the training, really sharp guy.",
    "",
  ],
  [
    "We only ever hear from the manufacturing plant when something is on fire, never just to say hi.",
    "comm distance",
  ],
  [
    "I catch myself saying things like 'endpoint telemetry' to a dental nurse and watching her eyes glaze over.",
    "comm blame:self",
  ],
  [
    "Backups for the law firm run nightly and we test a restore on the first Monday of each month.",
    "",
  ],
  [
    "what's the point of a policy if the owner himself shares the admin password with his nephew",
    "conflict feel blame:emp",
  ],
  [
    "To be fair, the bakery staff have gotten much better at reporting weird emails since spring.",
    "",
  ],
  ["The charity director treats us like the help. 'Just make it work' and hangs up.", "power comm"],
  [
    "We can see every login at the clinic and they have no idea what we can see. That bothers me a bit.",
    "power feel",
  ],
  ["Monthly check-in calls with the school bursar, usually twenty minutes.", ""],
  ["Our contract with the farm covers eight devices and one shared printer.", ""],
  [
    "Staff at the estate agency just go round us and buy their own cloud storage.",
    "conflict distance",
  ],
  [
    "Been doing this nine years and I still get nervous before walking into a client's office to tell them they were breached.",
    "feel",
  ],
  [
    "Sanjit at the hardware store is my favourite client contact, he reads every update we send.",
    "",
  ],
  [
    "If the partners cared half as much about security as about billable hours we'd be fine.",
    "blame:emp feel",
  ],
  ["We switched the clinic from a shared reception login to individual accounts last month.", ""],
  [
    "They think we're some faceless thing in a server room somewhere. Fair enough, we basically are.",
    "distance power",
  ],
  ["Is a weekly report for the hotel manager too much, or about right? Genuinely asking.", ""],
  [
    "no one at the council reads the security newsletter, we checked the open rates, 4%",
    "distance comm",
  ],
  [
    "We used to lecture them for an hour, now we do ten minutes and a quiz with chocolate prizes.",
    "",
  ],
  [
    "The accounting firm's office manager hid a new router under her desk because our approval 'took too long'.",
    "conflict distance",
  ],
  [
    "I explained DKIM three different ways and the owner still thinks we're making it up to charge him more.",
    "conflict comm",
  ],
  [
    "Their firewall is a consumer model; we've recommended a replacement in the next budget cycle.",
    "",
  ],
  [
    "Honestly I think we come across as arrogant. We close tickets with one line and no explanation.",
    "blame:self comm power",
  ],
  ["The vet practice has had zero successful phishing clicks in our last three simulations.", ""],
  ["Staff will click anything that says 'invoice' in the subject. Anyting.", "blame:emp"],
  ["Kirsi from the school office sends us a thank-you card every Christmas.", ""],
  ["Ugh. Another client owner who wants admin rights 'because it's my company'.", "conflict feel"],
  [
    "We are depending completely from the owner signature, without him nothing get patched.",
    "power",
  ],
  ["Ticket volume at the logistics firm dropped about 30% after we fixed their VPN.", ""],
  [
    "sometimes i think we just talk a different language to them and nobody bothers translating",
    "comm",
  ],
  ["We hold a short open Q&A at the brewery every other Friday, anyone can drop in.", ""],
  [
    "Whenever the phone rings from the clinic my stomach drops, because it's never good news.",
    "comm feel",
  ],
  [
    "I don't blame the cleaners at the hotel for using one shared account, we never gave them a better option.",
    "blame:self",
  ],
  [
    "Managers at the manufacturing plant expect us to fix everything in five minutes and then ignore our advice for five years.",
    "conflict feel blame:emp",
  ],
  ["Our service desk is staffed 8 to 6 weekdays, with on-call cover for two clients.", ""],
  [
    "they avoid us. literally walk the other way when I'm in the corridor at the law firm",
    "distance",
  ],
  [
    "The new receptionist at the dental clinic asked if she could shadow me for an afternoon. Loved that.",
    "",
  ],
  [
    "I get why they see us as the department of no. We really do say no a lot.",
    "conflict blame:self",
  ],
  ["It is not the users, it is that the software at this school is twenty years old.", ""],
  [
    "Frankly the owners of small shops see security as our problem, not theirs, until they lose money.",
    "blame:emp distance",
  ],
  ["We've agreed with the charity to pilot password managers with two volunteers first.", ""],
  [
    "When I write an incident report for the farm I have to rewrite it three times to remove the jargon, and it still comes out technical.",
    "comm",
  ],
  [
    "Lots of respect for the practice manager at the physio clinic, she pushes the training herself.",
    "",
  ],
  [
    "The partners sign the contract and then we never meet them again, just emails with their assistant.",
    "distance comm",
  ],
  ["Why do I have to beg for a budget line every single year for basic antivirus?", "power feel"],
  ["Our ticket system shows an average first response of 40 minutes across clients.", ""],
  [
    "Honestly, I'm probably the reason the restaurant staff hate the Wi-Fi rules, I set them up in a rush.",
    "blame:self conflict",
  ],
  [
    "People at the accountancy don't even know which company we are, they are thinking we are part of the vendor of software.",
    "distance",
  ],
  ["Nine clients now use the same onboarding checklist we wrote last year.", ""],
  [
    "i mean they're nice people, but give them a pop-up and they'll press OK without reading",
    "blame:emp",
  ],
  ["The council's HR team and us meet once a term to go through leavers and access rights.", ""],
  [
    "A client owner once told me 'you work for me, not the other way round' when I refused to open a port.",
    "power conflict",
  ],
  ["Nothing wrong with how the warehouse staff handle the scanners, they're careful.", ""],
  [
    "We're always the bad guys. Block a site, bad guys. Expire a password, bad guys.",
    "conflict feel",
  ],
  ["Mateus, our junior, has a real gift for explaining things without jargon.", ""],
  [
    "The dental group's owner pays on time and answers emails within a day, can't ask for more.",
    "",
  ],
  [
    "Every time we roll out MFA someone in accounts acts like it's the end of the world.",
    "conflict feel",
  ],
  ["Client staff at the freight company get a one-page cheat sheet when they join.", ""],
  [
    "Be honest, we probably confuse them more than we help with those long security bulletins.",
    "comm blame:self",
  ],
  [
    "At the primary school the teachers share one login for the smartboard and we've stopped fighting it.",
    "conflict",
  ],
  [
    "Yusuf from the garage calls me directly on my mobile, which is lovely, but also it's Sunday.",
    "conflict",
  ],
  ["We document every change for the law firm in a shared log the office manager can read.", ""],
  ["They're not stupid, they're busy. That's why they skip the training.", "distance"],
  ["Patching at the council runs on the second Wednesday after vendor releases.", ""],
  [
    "what do you even say to a managing director who thinks his password is safe because it has his dog's name AND birthday",
    "blame:emp feel",
  ],
  [
    "I feel invisible until the email stops working, then suddenly I'm the most important person in the building.",
    "comm feel",
  ],
  ["Three of our clients now run their own monthly phishing drills with our templates.", ""],
  [
    "The hotel GM decides which of our recommendations happen, and mostly it's none of them.",
    "power",
  ],
  [
    "Honestly the farm staff are some of the most careful users I have, they treat the one PC like gold.",
    "",
  ],
];

export const VOICES_ET: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_ET_2,
  ...VOICES_ET_3,
  ...VOICES_ET_4,
  ...VOICES_ET_5,
];
