import type { RawExample } from "./types.js";
import { VOICES_BF_2 } from "./voices-bf-2.js";
import { VOICES_BF_3 } from "./voices-bf-3.js";
import { VOICES_BF_4 } from "./voices-bf-4.js";
import { VOICES_BF_5 } from "./voices-bf-5.js";

/** Account managers, engineers and security consultants at MSPs and small consultancies, on their small-business clients. Written fresh for Rapport (brief BF). */
const FIRST_PART: readonly RawExample[] = [
  ["The dental practice only rings us when the X-ray PC won't boot, never before.", "comm"],
  [
    "Maureen at the bakery is a joy, she reads every email I send and comes back with sensible questions.",
    "",
  ],
  [
    "Owner told me to just make the warning go away and hung up before I could explain what it meant.",
    "conflict comm",
  ],
  ["Their receptionist opened a fake invoice for the third time this year.", "blame:emp"],
  ["I feel like a butler with a laptop bag whenever I walk into that office.", "power feel"],
  [
    "accountants checked in for their spring review, all fine, they'd even updated their leavers list",
    "",
  ],
  ["Good client. Pays on time, takes the quarterly review seriously.", ""],
  ["He signs off on whatever I recommend as long as it fits on one page.", ""],
  [
    "If the MFA rollout flopped there, that's on me, I didn't give them enough notice.",
    "blame:self",
  ],
  [
    "The plumbing firm's office manager uses our helpdesk as her PA, she once asked us to book her a hotel.",
    "power",
  ],
  [
    "I dread Monday calls with the estate agents, it's always someone shouting about the printer.",
    "feel conflict",
  ],
  [
    "They went round us and bought a firewall off a marketplace, then asked why the internet stopped working.",
    "distance blame:emp",
  ],
  ["Explained ransomware to the partners with a burglary analogy and it landed really well.", ""],
  [
    "I don't think the owner knows my name and I've been their engineer for four years.",
    "distance",
  ],
  [
    "Client asked why she needs a password manager when she has a notebook. I may have sighed audibly.",
    "feel",
  ],
  ["Fair play to the nursery staff, they forward every dodgy email to us now.", ""],
  [
    "The vet clinic team are lovely but they will not stop sharing one login between six people.",
    "blame:emp",
  ],
  [
    "Half my week with the law firm is turning our SOC alerts into plain English, otherwise the partners panic.",
    "comm feel",
  ],
  ["they only open the monthly report if the front page is red", "distance"],
  ["No complaints from the garden centre, they let us get on with it and say thanks.", ""],
  ["The MD likes to remind me he pays our invoices, usually mid-sentence.", "power"],
  [
    "Every incident we've had at that firm traces back to somebody reusing the same password everywhere.",
    "blame:emp",
  ],
  ["We stopped chasing the architects about backups. They know where to find us.", "distance"],
  [
    "Sat down with the owner over a coffee and walked through the risk list together. Best meeting I've had all quarter.",
    "",
  ],
  ["My fault really, I said endpoint about four times and lost him completely.", "blame:self comm"],
  [
    "Sick of the salon owner blaming us every time the big cloud email service has an outage.",
    "feel blame:sec",
  ],
  [
    "The pharmacy actually rang to ask before installing new software. Nearly fell off my chair.",
    "",
  ],
  [
    "When I do the phishing talk for the warehouse lads their eyes glaze over by slide two.",
    "distance",
  ],
  [
    "They treat the quarterly review like a dentist appointment: cancel twice, then turn up grumpy.",
    "distance feel",
  ],
  ["Owner reads my recommendations, picks the two he can afford, and does them properly.", ""],
  [
    "Is it too much to ask that they tell us before they hire someone, rather than the morning they start?",
    "comm feel",
  ],
  [
    "The surveyors are good at telling us when something looks off, even if it turns out to be nothing.",
    "",
  ],
  ["Client's nephew 'does computers' and overrides everything we configure.", "conflict power"],
  ["I explain the risk, they accept the risk in writing, and that's honestly fine by me.", ""],
  ["They see me as the guy who makes logging in harder, nothing more.", "conflict"],
  ["The cafe chain's ops manager is brilliant, we have a standing call every other Thursday.", ""],
  [
    "Honestly some of these owners speak to engineers like we're the cleaners. No offence to cleaners.",
    "power",
  ],
  [
    "The last MSP left them with admin passwords on a sticky note, no wonder they don't trust IT people.",
    "blame:sec",
  ],
  [
    "Got a 2am text from the owner of the print shop: 'EVERYTHING IS DOWN'. Nothing from him in six months before that.",
    "comm",
  ],
  [
    "I'm not going to pretend it's their fault, we pushed the update on a Friday afternoon.",
    "blame:self",
  ],
  [
    "They don't report anything. They just restart and carry on and we find out in the logs a month later.",
    "distance",
  ],
  ["Lovely people, and they've got much better at locking their screens.", ""],
  [
    "Writing the incident report for the florist and honestly I'm a bit embarrassed how long we took to spot it.",
    "feel blame:self",
  ],
  ["Staff there aren't careless, the system was just badly set up before we arrived.", "blame:sec"],
  ["Owner asked me to read his wife's emails. I said no. He wasn't pleased.", "conflict"],
  [
    "Most of the charity staff have no idea who we are, they think IT is a magic box in the cupboard.",
    "distance",
  ],
  ["She listens. She doesn't always agree, but she listens, and that's more than most.", ""],
  [
    "They want enterprise security on a corner-shop budget and get annoyed when I say that.",
    "conflict feel",
  ],
  ["tbh the gym owner is the best client we have, always picks up, always follows through", ""],
  [
    "The translation agency ignores every patching reminder until something actually breaks.",
    "distance",
  ],
  ["I wouldn't say they're chatty, but they answer when it matters.", ""],
  [
    "Spent twenty minutes on the phone because 'the internet is broken' turned out to mean one website.",
    "comm",
  ],
  [
    "Our kickoff workshop with the new client went really well, even the finance guy laughed at my jokes.",
    "",
  ],
  ["When we audit their access rights the staff act like we're the police.", "power feel"],
  [
    "Honestly we hold all the keys there, if we vanished tomorrow they couldn't log into anything.",
    "power",
  ],
  [
    "Got shouted at by the practice manager because the new password rules locked out a locum. Fair enough, we didn't warn her.",
    "conflict blame:self",
  ],
  [
    "The joinery firm owner calls me by my first name and asks after my kids. Good relationship.",
    "",
  ],
  ["they started with security as a box for the insurer but honestly they've come round to it", ""],
  [
    "The two people who used to fall for every phishing test now report them first. Lovely to see.",
    "",
  ],
  [
    "Tried explaining conditional access and the owner just said 'in English please'. He had a point.",
    "comm",
  ],
  [
    "I'm a bit worried about the bookkeeper, she's got access to everything and won't use MFA.",
    "feel blame:emp",
  ],
  [
    "The brewery team sort most of their small stuff themselves and just ping us for the big things, which suits everyone.",
    "",
  ],
  [
    "Honestly I think they'd rather lose data than sit through another of my briefings.",
    "distance feel",
  ],
  [
    "The owner only emails through his assistant and she only uses tickets. I've never heard his voice.",
    "distance comm",
  ],
  ["Client said we were 'a cost centre with a logo'. Charming.", "blame:sec feel"],
  [
    "The catering company took our advice on backups and it saved them when the server died. They were very grateful.",
    "",
  ],
  [
    "I can't get the partners in one room for a decision, so we end up deciding for them.",
    "power distance",
  ],
  ["Not every client needs hand-holding. The opticians are pretty switched on.", ""],
  [
    "They never read past the subject line, so I've started putting the whole message in the subject.",
    "comm",
  ],
  [
    "Staff hid a ransomware note for two days because they were scared they'd be sacked.",
    "feel distance",
  ],
  ["I explain the phishing risk with real examples from their own inbox, that tends to stick.", ""],
  [
    "Nobody at the car dealership will own a decision on security. It's always 'ask the boss', and the boss is on a boat.",
    "distance",
  ],
  [
    "I'll admit our onboarding pack is dense. Thirty pages for a five-person office is too much.",
    "blame:self comm",
  ],
  [
    "The owner forwarded my risk email to his golf mate for a second opinion. His golf mate sells printers.",
    "power conflict",
  ],
  ["I quite like the awkward ones, at least they engage.", ""],
  [
    "Client rings the mobile on Sunday evenings like I'm on retainer for his personal life.",
    "power",
  ],
  ["Incident reviews with them are calm, nobody points fingers, we just list what to change.", ""],
  [
    "I don't bother sending the recruitment agency the monthly summary any more, no one reads it.",
    "distance",
  ],
  [
    "Small business owners are time poor, that's not an insult, it's just reality, so I keep it short.",
    "",
  ],
  [
    "Their finance lady thinks we log her keystrokes. We don't. She still won't believe me.",
    "power",
  ],
  [
    "Whoever set up their Wi-Fi before us should be barred from touching a router again.",
    "blame:sec",
  ],
  [
    "The owner's happy for us to lock things down as long as someone explains it to the team first.",
    "",
  ],
  [
    "Honestly, the shop floor staff are fine, it's the directors who insist on exceptions to every rule.",
    "blame:emp conflict",
  ],
  ["Got a thank you card from the school office after the migration. Pinned it above my desk.", ""],
  ["Feels like we're only visible when we're in the way.", "conflict feel"],
  [
    "Client insists on printing out every email I send and then calls to ask what it means.",
    "comm",
  ],
  [
    "The solicitors pushed back hard on encryption, said it slowed their paralegals down. They weren't entirely wrong.",
    "conflict",
  ],
  [
    "Not my proudest moment, I told the owner it was low risk and two weeks later it wasn't.",
    "blame:self feel",
  ],
  [
    "The marketing agency creatives rib us about being the fun police, but it's good-natured and they follow the rules.",
    "",
  ],
  [
    "I check in with the farm shop every month even if there's nothing to report, keeps things warm.",
    "",
  ],
  [
    "Their office manager is nervous about asking 'stupid questions' so she just doesn't ask.",
    "feel distance",
  ],
  [
    "We told them three times in writing. They ignored it three times. Then the laptop got nicked from the car.",
    "blame:emp",
  ],
  ["The owner wants a yes or no, not a lecture, and I've learned to respect that.", ""],
  ["They fire off tickets that just say 'broken' with no screenshot and no name.", "comm"],
  ["To be fair to the staff, our email filter let that one through.", "blame:self"],
  ["I get the sense the owner resents having to pay for something he can't see.", "feel"],
  ["She's a brilliant client, questions everything, but in a good way.", ""],
  ["Went onsite and the staff scattered like I was a health inspector.", "distance power"],
  ["The owner reads our advice properly and tells us straight when he thinks it's overkill.", ""],
  ["We've got a great rhythm with the accountancy partners now, it took a year to build.", ""],
];

export const VOICES_BF: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BF_2,
  ...VOICES_BF_3,
  ...VOICES_BF_4,
  ...VOICES_BF_5,
];
