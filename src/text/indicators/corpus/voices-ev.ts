import type { RawExample } from "./types.js";
import { VOICES_EV_2 } from "./voices-ev-2.js";
import { VOICES_EV_3 } from "./voices-ev-3.js";
import { VOICES_EV_4 } from "./voices-ev-4.js";
import { VOICES_EV_5 } from "./voices-ev-5.js";

/** Security staff among themselves: team chat, a forum, after-work talk (round 21). Written fresh for Rapport (brief EV). */
const FIRST_PART: readonly RawExample[] = [
  ["Patched the clinic's reception PCs last night, all 14 back up by 7am.", ""],
  [
    "anyone else only get called when the printer's on fire? nobody says hi otherwise",
    "comm distance",
  ],
  ["The law firm's new starters get a 20-minute security walk-through on day one now.", ""],
  ["Honestly the partners treat me like the guy who fixes their kid's iPad.", "power"],
  [
    "Maybe we made the password rules too hard and that's why they write them on post-its.",
    "conflict blame:self",
  ],
  ["Users aren't our weakest link, the 2012 servers in the cupboard are.", ""],
  ["tbh i'm knackered of being the department of no", "conflict feel"],
  ["The warehouse lads just prop the server room door open with a pallet. Every. Day.", "conflict"],
  ["Backup job for the council's planning system moved to 2am, runs in about 40 minutes now.", ""],
  ["I never think of the staff as the problem, the processes are what trips them up.", ""],
  [
    "Mira from accounts asked me how to spot a fake invoice email, great question, wrote it up for everyone.",
    "",
  ],
  [
    "Budget for MFA tokens is refused again. We are totally depending of the finance director.",
    "power feel",
  ],
  [
    "We decide the firewall rules ourselves and nobody outside the team even knows they exist, which probably isn't great",
    "power",
  ],
  [
    "I think I said 'lateral movement' three times in the all-hands and watched everyone glaze over.",
    "comm",
  ],
  ["The school office staff are brilliant, they report every weird email within minutes.", ""],
  ["Does anyone have a good template for an acceptable use policy for a small charity?", ""],
  ["they mean well but they will click anything with the word 'invoice' in it", "blame:emp"],
  [
    "Only time the farm manager rings me is when the milking software's down and he's shouting.",
    "comm conflict",
  ],
  [
    "back in 2019 we did hour-long slideshows, these days it's five-minute demos at team meetings and it actually sticks",
    "",
  ],
  ["I feel that managers are not listening us when we speak about the risks.", "comm feel"],
  [
    "Half the hotel front desk shares one login because 'it's quicker'. I've given up arguing.",
    "conflict feel",
  ],
  [
    "Rolled out the new VPN to the logistics depot, 3 support tickets so far, all sorted same day.",
    "",
  ],
  ["Nobody in sales knows my name. I'm 'the IT guy' or 'him downstairs'.", "distance"],
  ["It's always the human factor, always. Tech is fine, people are the gap.", "blame:emp"],
  [
    "To be fair, we never explained why we block the USB sticks, we only blocked it.",
    "comm blame:self",
  ],
  ["ok who else spent friday rebuilding a laptop someone 'didn't touch'", "blame:emp"],
  ["Our accountants are careful with client data, honestly better habits than I expected.", ""],
  [
    "The dev team keeps spinning up test servers without telling us, then we find them on a scan.",
    "conflict distance",
  ],
  [
    "I'll admit I'm scared of the day the clinic gets ransomware and it's my fault for not pushing harder.",
    "feel blame:self",
  ],
  ["Patch Tuesday went fine. Two reboots failed, both fixed remotely.", ""],
  ["management wants 'zero risk' and zero budget, make it make sense", "conflict power"],
  ["We set up a monthly coffee with each department head, first one was actually useful.", ""],
  [
    "The manufacturing floor sees us twice a year, both times to take something away from them.",
    "comm distance",
  ],
  ["Is it bad that I enjoy locking accounts a little bit", "power"],
  ["our helpdesk response time is 22 min average this quarter, down from 35", ""],
  [
    "Pls, how you handle staff who use personal gmail for work files? In my firm is very common.",
    "conflict",
  ],
  [
    "The receptionists at the vet practice stopped calling us, they just ask the nephew who 'knows computers'.",
    "distance",
  ],
  ["Ngl I'm fed up being invisible until something breaks.", "comm feel"],
  [
    "I don't blame the teachers for reusing passwords, we gave them eleven systems to log into.",
    "blame:self",
  ],
  ["Finance signed off the new backup storage, it's going in next month.", ""],
  [
    "Every time I explain DKIM to the partners I can feel them deciding I'm a nerd to be tolerated.",
    "comm feel",
  ],
  [
    "Some drivers are thinking the tablet tracking is for spy on them. I can understand them.",
    "conflict power",
  ],
  ["Zainab in HR is our best phishing reporter, she's caught four this month.", ""],
  ["i just fix stuff now without asking anyone, quicker than a meeting", "distance"],
  [
    "We wrote the incident plan in plain English this time, no acronyms, and people actually read it.",
    "",
  ],
  ["Users are the weakest link? Nah, our unpatched VPN was the weakest link.", ""],
  ["The chef rang me at 11pm because the till 'had a virus'. It had a screensaver.", "blame:emp"],
  [
    "It's hard to feel part of the company when they moved IT to the portacabin by the bins.",
    "distance feel",
  ],
  ["In council IT we are four persons for 600 staffs, so some tickets are waiting two days.", ""],
  ["Gotta say the new office manager actually asks before installing anything. Bless her.", ""],
  ["They don't need to understand it, they need to do what we say.", "power"],
  [
    "I catch myself talking in acronyms to the care workers and then wonder why they don't call back.",
    "comm blame:self",
  ],
  [
    "whole thing's a mess, IT outsourced the network to a contractor nobody can reach",
    "conflict blame:sec",
  ],
  [
    "We ran a tabletop exercise with the charity trustees, took 90 minutes, good questions all round.",
    "",
  ],
  ["Sometimes I wonder if we're just the people who say no and get ignored.", "conflict feel"],
  ["I don't know still if the new EDR tool is worth the licence cost.", ""],
  [
    "The MD bypasses MFA because it 'slows him down' and I can't exactly tell him no.",
    "conflict power",
  ],
  ["Security awareness training completion: 87% in retail stores, 94% at head office.", ""],
  [
    "honestly the software devs are the worst, they think rules are for other people",
    "conflict blame:emp",
  ],
  [
    "Spent the morning writing a one-page 'how to report a weird email' guide for the farm co-op.",
    "",
  ],
  ["I feel like a traffic warden. Nobody's happy to see me.", "conflict feel"],
  ["We tried a 'security champion' in each clinic. Three of five are really engaged.", ""],
  ["The partners hear 'encryption' and think I'm trying to sell them something.", "comm conflict"],
  [
    "Another month, another 'urgent' email from the CEO that was obviously fake, and accounts nearly paid it.",
    "blame:emp",
  ],
  ["Our team agreed: no more sending policy updates as PDFs, we'll do a 2 min video instead.", ""],
  [
    "I'm not gonna lie, I dread Monday mornings, the inbox is all complaints about lockouts.",
    "conflict feel",
  ],
  [
    "the IT contractor we use takes 3 days to answer anything, so staff just google fixes themselves",
    "conflict distance",
  ],
  [
    "In my company, people think security is only my job, not theirs. It's difficult for me alone.",
    "distance feel",
  ],
  ["We're adding a 'report phish' button to Outlook for the school staff next term.", ""],
  ["Every rule we add, they find a way around within a week. Respect, honestly.", "conflict"],
  ["I think we are too much strict with the lab people, they have real deadlines.", "blame:self"],
  ["Quarterly access review done: 41 accounts removed, mostly leavers.", ""],
  [
    "Managers sign off on whatever sales wants and then it's our problem when it leaks.",
    "conflict blame:emp",
  ],
  [
    "No one in the hotel ever reads the security emails. I checked the open rates. 9%.",
    "comm distance",
  ],
  ["love that the warehouse supervisor now texts me pics of suspicious USBs he finds lol", ""],
  [
    "Wish someone upstairs would ask us before buying a new SaaS tool instead of after.",
    "conflict power",
  ],
  ["do other people also feel like bouncers? 'not on the list, not coming in'", "power"],
  ["Passwords are now 14 characters minimum, with a password manager provided to everyone.", ""],
  [
    "People say 'IT is useless' in the kitchen and then come ask me to recover their photos.",
    "blame:sec",
  ],
  ["The legal team is actually great at following the data retention rules.", ""],
  [
    "We lock things down because we've seen what happens, but I get why it feels like a cage to them.",
    "conflict power",
  ],
  [
    "bit of a rant: no one told me the dental practice got new x-ray software until it was on the network",
    "distance feel",
  ],
  [
    "Measured it: 70% of our tickets are password resets. Self-service reset goes live in March.",
    "",
  ],
];

export const VOICES_EV: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EV_2,
  ...VOICES_EV_3,
  ...VOICES_EV_4,
  ...VOICES_EV_5,
];
