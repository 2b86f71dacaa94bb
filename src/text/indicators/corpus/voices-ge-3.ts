import type { RawExample } from "./types.js";

/** Part 3 of batch GE (see voices-ge.ts). */
export const VOICES_GE_3: readonly RawExample[] = [
  [
    "The board overrules every recommendation I make, then asks why we got breached.",
    "conflict power",
  ],
  [
    "We can read everyone's email and they know it. That colours every conversation we have.",
    "power",
  ],
  [
    "Sole IT person, 60 staff. If I take a week off the place grinds to a halt. They depend on me for literally everything.",
    "power",
  ],
  ["The InfoSec team audits us like suspects, not colleagues.", "power blame:sec"],
  ["Group security sets policy from HQ and we just implement it. No say whatsoever.", "power"],
  ["Honestly some of us enjoy the gatekeeper role a bit too much.", "power blame:self"],
  ["We're basically servants to the sales director's whims.", "feel power"],
  [
    "The vendor holds all the keys. We can't even see our own logs without raising a case.",
    "power",
  ],
  [
    "Users know we can lock them out of their whole working life with one click. They're not wrong to be wary.",
    "power",
  ],
  ["The partners treat IT as a cost to be tolerated, not a function to be consulted.", "power"],
  ["I'm 'the computer guy'. Not a colleague, a utility. Stings a bit.", "feel power"],
  [
    "Every exception needs three approvals and a risk form. Users call it the Kafka process.",
    "conflict power",
  ],
  [
    "We see what they do on their laptops. They have no idea what we do. That asymmetry makes me uncomfortable.",
    "power",
  ],
  ["I just fix it overnight and don't tell anyone. Less hassle than explaining.", "distance"],
  ["Users have stopped reporting stuff. They just reboot and carry on.", "distance"],
  ["I eat lunch at my desk so nobody corners me with 'quick questions'.", "distance"],
  [
    "Haven't had a conversation with the app team in months. They do their thing, we do ours.",
    "distance",
  ],
  [
    "People route around us. Shadow IT everywhere, they'd rather expense their own SaaS than ask.",
    "conflict distance",
  ],
  ["I don't go to the all-hands anymore. Nothing there for me.", "distance"],
  [
    "The remote staff basically sort their own tech out. I hear from them maybe once a year.",
    "distance",
  ],
  ["head down, headphones on, tickets only. that's how I survive this place", "distance"],
  ["Security sits in another city and we only ever see them on the org chart.", "comm distance"],
  ["They stopped inviting us to project meetings, so we stopped asking.", "distance"],
  ["Lone admin: I've learned to just do it myself rather than wait on the MSP.", "distance"],
  ["Most of them wouldn't recognise me if I walked past them in the corridor.", "distance"],
  [
    "The users Google their problems and fix them half-wrong rather than call us.",
    "distance blame:emp",
  ],
  [
    "We went full self-service portal. Human contact is optional, and mostly opted out of.",
    "distance",
  ],
  [
    "Not my monkeys, not my circus. If the dev team want their own cloud account, fine.",
    "distance",
  ],
  ["There's no regular catch-up with anyone outside IT. Just tickets.", "comm distance"],
  ["I avoid the third floor. Too many people with 'just one thing'.", "distance"],
  [
    "You can buy all the tooling in the world and Dave in accounts will still open the zip.",
    "blame:emp",
  ],
  ["PEBKAC, as usual.", "blame:emp"],
  ["Root cause: user reused his streaming password on the VPN. Again.", "blame:emp"],
  ["Humans are the one vulnerability we can't patch.", "blame:emp"],
  ["If people just read the bloody emails we wouldn't be in this mess.", "feel blame:emp"],
  [
    "The exec team are the worst offenders and the least likely to ever get told off.",
    "power blame:emp",
  ],
  [
    "90% of our incidents start with someone clicking something. That's not the tech failing.",
    "blame:emp",
  ],
  ["They write their passwords on post-its and then act surprised.", "blame:emp"],
  ["Users will pick convenience over security every single time.", "conflict blame:emp"],
  ["The insider risk here isn't malice, it's carelessness. Same damage though.", "blame:emp"],
  [
    "She forwarded the entire client list to her Gmail 'to work from home'. I can't even.",
    "feel blame:emp",
  ],
  ["Staff don't care until it's their own bank account.", "blame:emp"],
  ["no amount of training fixes stupid, and we've got plenty of stupid", "blame:emp"],
  ["People go round the controls and then blame us when it breaks.", "conflict blame:emp"],
  [
    "The security team are a box-ticking exercise, useless the moment anything actually happens.",
    "blame:sec",
  ],
  ["Our MSP is worse than useless. Every fix breaks two other things.", "blame:sec"],
  ["Central IT blocks everything and builds nothing.", "conflict blame:sec"],
  [
    "InfoSec's answer to every question is 'no' plus a link to a policy from 2016.",
    "conflict blame:sec",
  ],
  ["The SOC flags everything as critical, so nothing is.", "blame:sec"],
  ["Our vendor's 'AI-powered' EDR flagged Excel as malware. Great work, lads.", "blame:sec"],
  [
    "It's not the users, it's the architects who designed a login flow with nine steps.",
    "blame:sec",
  ],
  ["Network team gatekeep firewall changes for no reason I can see.", "conflict power blame:sec"],
  [
    "Previous admin left no docs and a domain admin password of Summer2019. Cheers mate.",
    "blame:sec",
  ],
  [
    "The pen testers found nothing we didn't already know and charged a fortune for it.",
    "blame:sec",
  ],
  ["Group security's awareness training is so dull it's actively counterproductive.", "blame:sec"],
  ["The cloud team deploy open buckets and then blame users for the data leaks.", "blame:sec"],
  [
    "The helpdesk closes tickets without calling back. Users noticed and stopped bothering.",
    "comm distance blame:sec",
  ],
  [
    "Honestly, we're the trouble. We made doing the right thing so hard that people stopped trying.",
    "blame:self",
  ],
  ["My fault, I pushed the policy out without asking anyone how they actually work.", "blame:self"],
  [
    "We call them the weakest link and then design systems that guarantee they fail. That's on us.",
    "blame:self",
  ],
  ["I was the arrogant one for years. Took a bad incident review to see it.", "blame:self"],
  [
    "Part of me wonders if I'm the bottleneck. Everything waits for my sign-off.",
    "power blame:self",
  ],
  ["Clicked the phish sim myself last month. Humbling.", "blame:self"],
  ["We in IT have a habit of blaming users for design flaws we signed off on.", "blame:self"],
  ["If staff are scared of us, that's our doing, not theirs.", "blame:self"],
  [
    "I'll own it: I stopped doing the rounds of the offices and the relationships just rotted.",
    "distance blame:self",
  ],
  ["The misconfig was mine. Not the user's, not the vendor's. Mine.", "blame:self"],
  [
    "We're the ones talking in acronyms and then acting surprised nobody listens.",
    "comm blame:self",
  ],
  ["tbh the users have a point, half our rules are security theatre", "blame:self"],
  [
    "Monthly 'security reminder' emails are basically us wagging a finger at 800 people. I hate writing them.",
    "comm feel blame:self",
  ],
  [
    "Users are frightened of the word 'compliance'. Can't blame them, it's how we've wielded it.",
    "feel power blame:self",
  ],
  [
    "Users are careless, sure, but our tools make it very easy to be careless.",
    "blame:emp blame:self",
  ],
  [
    "Both sides are at fault: staff ignore the rules and security writes rules nobody could follow.",
    "conflict blame:emp blame:sec",
  ],
  ["I wouldn't say they're hostile exactly, but they definitely avoid us.", "distance"],
  [
    "Not a problem at all with most users, but the partners act like the rules don't apply to them.",
    "conflict blame:emp",
  ],
  [
    "They're never rude to my face, but you can feel the eye-rolls whenever I mention training.",
    "conflict",
  ],
  [
    "Don't get me wrong, I like the devs, but getting a straight answer out of them is impossible.",
    "conflict",
  ],
  [
    "Incident review note: affected user didn't report for three days because he was afraid of being disciplined.",
    "feel distance",
  ],
  ["We get zero say in the vendor's roadmap and pay through the nose for the privilege.", "power"],
  [
    "The users think we're spying on them. We sort of are, and nobody's ever sat down and explained it.",
    "comm power",
  ],
  [
    "Nobody in ops talks to security unless there's an incident, and then it's all-caps emails both ways.",
    "conflict comm distance",
  ],
  ["Sometimes I think they just hate us.", "conflict feel"],
  ["Compliance reviews my every config change like I'm on probation.", "feel power"],
  ["The execs skip the training and nobody dares chase them.", "power blame:emp"],
  [
    "Incident review, item 4: the finance assistant flagged the fake invoice to her manager, who told her to pay it anyway. He outranks everyone in the room, so somehow it's still her fault in the write-up.",
    "power blame:emp",
  ],
  [
    "Over drinks, the honest version: I've stopped trying with the business. They nod, ignore it, then ring me at 11pm when it all goes wrong. So I lock it down, monitor quietly and answer tickets. Healthy? No. Works? Mostly.",
    "feel distance blame:emp",
  ],
];
