import type { RawExample } from "./types.js";
import { VOICES_EW_2 } from "./voices-ew-2.js";
import { VOICES_EW_3 } from "./voices-ew-3.js";
import { VOICES_EW_4 } from "./voices-ew-4.js";
import { VOICES_EW_5 } from "./voices-ew-5.js";

/** Data protection and compliance officers and security managers at a meetup or in short posts (round 21). Written fresh for Rapport (brief EW). */
const FIRST_PART: readonly RawExample[] = [
  [
    "We run phishing simulations every quarter and the click rate dropped from 14% to 6% this year.",
    "",
  ],
  [
    "Honestly, the only time anyone from sales phones me is when their laptop is locked.",
    "comm distance",
  ],
  ["As DPO at a chain of dental clinics I review about thirty data requests a month.", ""],
  [
    "Maybe we made the password policy too hard, people started writing them on sticky notes.",
    "blame:self conflict",
  ],
  ["Our staff aren't the weak spot, the ten-year-old firewall is.", ""],
  ["I feel like the board only remembers I exist when an auditor is coming.", "feel comm"],
  ["Our warehouse team in the logistics depot now has a named security contact on each shift.", ""],
  [
    "they see me as the woman who says no. thats my whole reputation in this building",
    "conflict feel",
  ],
  ["I never think of the nurses as the problem, they're dealing with twelve things at once.", ""],
  [
    "When we used to lecture staff for an hour, nobody listened; now we do ten-minute sessions at team meetings.",
    "",
  ],
  [
    "Is it normal that finance gets to overrule every control we propose because of a deadline?",
    "power conflict",
  ],
  [
    "I'll admit I speak in acronyms too much. DLP, MFA, SIEM, I see their eyes glaze over.",
    "comm blame:self",
  ],
  ["Frankly our budget depends entirely on what the MD read in the paper that week.", "power"],
  [
    "In our school, teachers report suspicious emails within minutes now, which I'm quite proud of.",
    "",
  ],
  [
    "Nobody at the farm office knows my name, I'm just 'the computer guy from the co-op'.",
    "distance",
  ],
  [
    "We cant stop people forwarding client files to their private mail, they do it the moment we turn our backs",
    "conflict blame:emp",
  ],
  [
    "Their complaints are fair sometimes. Our VPN is slow and we've known that for a year.",
    "conflict blame:self",
  ],
  ["At the law firm we keep a shared list of approved file-sharing tools, updated monthly.", ""],
  ["Is the partner group even reading my quarterly reports? I have no idea.", "feel"],
  [
    "For me the management decide alone and then I have to explain it to the staff like it was my idea.",
    "power feel",
  ],
  [
    "I wrote a one-page guide to spotting fake invoices and the accounts team pinned it to their wall.",
    "",
  ],
  ["Staff will click anything with the word 'urgent' in the subject line, I swear.", "blame:emp"],
  ["It's exhausting being the bad guy at every project kick-off.", "feel conflict"],
  ["We run a drop-in hour on Thursdays, mostly people come with phone questions.", ""],
  [
    "The council's IT contractor takes three days to answer a ticket and I'm the one who gets shouted at.",
    "blame:sec conflict feel",
  ],
  ["honestly the devs here are brilliant at security, better than me at some of it", ""],
  [
    "We decided the new USB rule in a meeting with no one from production present. Big mistake, in hindsight.",
    "power blame:self",
  ],
  ["I only see the hotel managers when a guest's card data might have leaked.", "comm distance"],
  ["Ninety percent of my week is paperwork for the regulator.", ""],
  ["The receptionists are scared of me, I think. They go silent when I walk in.", "feel power"],
  ["People think compliance is a box-ticking exercise we invent to annoy them.", "conflict"],
  ["Our retention schedule covers 48 document types and gets reviewed every spring.", ""],
  [
    "If the managers don't back a rule, it dies within a week, and they rarely back anything that costs time.",
    "power conflict",
  ],
  [
    "To be fair, the warehouse lads have never once caused a breach. It was always us, misconfiguring something.",
    "blame:self",
  ],
  [
    "Why do I need to translate every policy into 'normal words'? Because I write like a lawyer, that's why.",
    "comm blame:self",
  ],
  [
    "Each new starter at the accounting firm gets a 20-minute security chat with me on day one.",
    "",
  ],
  [
    "They mean well, but they will share a password with a colleague the second it saves them a minute.",
    "blame:emp conflict",
  ],
  [
    "I don't know how the IT team decides what to patch first. Nobody has ever told me.",
    "distance power",
  ],
  [
    "Shadow IT is everywhere in marketing. Three different cloud drives and a personal file-sharing account.",
    "conflict",
  ],
  ["We reward people who report phishing with a small coffee voucher, and reports doubled.", ""],
  [
    "In my last job the security team was in another country and we never saw them. Here I try to sit with the teams.",
    "",
  ],
  ["our CEO wants 'zero risk' and 'no friction' in the same breath", "conflict"],
  [
    "The charity's volunteers change every few months, so training has to be short and repeated.",
    "",
  ],
  ["I get called paranoid in meetings. Half-joking, but it sticks.", "feel conflict"],
  [
    "Most breaches I've handled started with someone in payroll trusting an email too fast.",
    "blame:emp",
  ],
  ["Teachers at our academy trust come to me with good questions, and I learn from them.", ""],
  [
    "Sorry, but if clinicians keep leaving workstations logged in, I can't protect anyone's records.",
    "blame:emp feel",
  ],
  [
    "I has to ask the finance director for every small tool, even a 50 euro licence. It makes me feel like a child.",
    "power feel",
  ],
  [
    "We publish a monthly two-paragraph newsletter: one real incident, one tip. Open rate around 60%.",
    "",
  ],
  [
    "The bakery's head office simply doesn't call us back. We're a cost line to them.",
    "distance power",
  ],
  [
    "Could we have made the MFA rollout smoother? Absolutely. We sprang it on people on a Monday.",
    "blame:self",
  ],
  ["Encryption on all company laptops has been standard since 2021.", ""],
  [
    "I'm tired of writing emails in plain English and still getting 'what does this mean?' back.",
    "feel comm",
  ],
  [
    "Drivers at our depot never contact IT, they just reboot the handhelds themselves and hope.",
    "distance",
  ],
  ["What I like about this team is that nobody hides a mistake; they tell me straight away.", ""],
  [
    "Managers use me like personal helpdesk, they forward every popup and write only 'sort this'.",
    "power feel",
  ],
  ["We probably over-rely on the annual e-learning. Nobody remembers it by March.", "blame:self"],
  ["The factory floor doesn't have email, so we put security notices next to the time clock.", ""],
  [
    "So, quick show of hands: who here has been called 'the department of no'? Yeah. Me too.",
    "conflict",
  ],
  ["Our retail stores rotate till passwords every 90 days and the tills log who signs in.", ""],
  [
    "i rarely get invited to product meetings until the week before launch, then suddenly its my fault it's late",
    "distance conflict feel",
  ],
  ["Honestly I think the staff are more careful than we give them credit for.", ""],
  [
    "After the ransomware scare, the owners finally listened. Shame it took an incident.",
    "comm feel",
  ],
  [
    "Compliance in a 200-person software shop mostly means keeping the vendor register up to date.",
    "",
  ],
  [
    "Every audit, same finding: staff don't lock screens. Every year, same shrug from the floor.",
    "blame:emp feel",
  ],
  [
    "My predecessor ran security like a police force. I'm still undoing the fear he left.",
    "power feel blame:sec",
  ],
  [
    "Kitchen staff in our hotels share one tablet for orders; we gave it a separate locked-down profile.",
    "",
  ],
  [
    "The problem is not the users, it is that we never explained why the rule exists.",
    "blame:self",
  ],
  ["If I had a euro for every 'can you just whitelist this' email, I'd retire.", "conflict"],
  ["We're piloting a buddy system: one security-minded person per department.", ""],
  ["The CFO signs off our tools and has never once asked what they do.", "power distance"],
  [
    "Nurses at the clinic write patient names on whiteboards because the system is too slow. I get it, but it keeps me up at night.",
    "conflict feel",
  ],
  [
    "What does 'data controller' mean to a forklift driver? Nothing. I should stop using it.",
    "comm blame:self",
  ],
  ["Last month we closed 212 access requests, average turnaround under a day.", ""],
  [
    "Half the partners at the firm still think data protection law is something the IT guy handles.",
    "conflict",
  ],
  [
    "People avoid me in the corridor since the clean desk checks started. Can't say I blame them.",
    "distance power",
  ],
  [
    "Accounts payable caught a fake supplier change last week and stopped a £40k payment. Brilliant work.",
    "",
  ],
  ["Theres no point telling the board about risk. They hear cost, they hear no.", "feel power"],
  ["Our security team is two people for 450 staff, so we prioritise ruthlessly.", ""],
  [
    "Hand on heart, I was the weak link last spring. I approved the wrong firewall change.",
    "blame:self",
  ],
  [
    "Our farm co-op members phone me directly now, which is much better than the old ticket form.",
    "",
  ],
  ["I write the policies but I don't know most of the people who have to follow them.", "distance"],
];

export const VOICES_EW: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EW_2,
  ...VOICES_EW_3,
  ...VOICES_EW_4,
  ...VOICES_EW_5,
];
