import type { RawExample } from "./types.js";

/** Office and operations staff at logistics, wholesale and manufacturing firms on how rules are explained and who decides. Written fresh for Rapport (brief CJ). */
export const VOICES_CJ_2: readonly RawExample[] = [
  // Q: "How are security rules and policies explained to you?"
  ["A 40-slide PowerPoint once a year, and a quiz you can retake until you pass.", "comm"],
  ["Clearly. Our site manager goes through anything new at the Monday briefing.", ""],
  ["They aren't. Things just change and you find out when something stops working.", "comm power"],
  [
    "An email from 'InfoSec' full of words like 'endpoint' and 'MFA enforcement', I had to google half of it.",
    "comm",
  ],
  ["Honestly they explain it fine, I just don't take it in. My fault, not theirs.", "blame:self"],
  [
    "Through the e-learning, which everybody clicks through while eating lunch.",
    "distance blame:emp",
  ],
  ["Posters in the canteen. Nice cartoons, actually quite helpful.", ""],
  ["They read the rules out at us like a police caution.", "comm power"],
  [
    "Explained well, with examples from our own business, like fake invoices from suppliers we actually use.",
    "",
  ],
  ["We're told what not to do but never why, so people find ways round it.", "comm conflict"],
  ["Badly. The policy document is 28 pages and written for lawyers.", "comm blame:sec"],
  [
    "I asked why we can't use personal phones on the WiFi and got 'because policy'. That was it.",
    "comm power",
  ],
  ["The induction covered it, and there's a one-page summary pinned by the clocking machine.", ""],
  [
    "I'm sure they've explained it, I just never remember any of it, I'm terrible like that.",
    "blame:self",
  ],
  [
    "Half the office doesn't read the emails anyway, so it doesn't matter how they explain it.",
    "blame:emp",
  ],
  ["tbh not sure they are explained, we just get told no", "comm power"],
  [
    "Jo from IT did a session with the customer service team and made it actually make sense, first time I got it.",
    "",
  ],
  ["In a language that assumes you already know what they know.", "comm"],
  [
    "Usually after someone's got it wrong, as a group email naming no names but everyone knows who.",
    "comm feel",
  ],
  [
    "They explain the rules fine, it's the rules themselves that make no sense for a warehouse.",
    "conflict blame:sec",
  ],
  ["Mostly through my team leader, who's good at putting it in plain words.", ""],
  [
    "Honestly the explanations are fine, people in purchasing just don't want to listen.",
    "blame:emp",
  ],
  ["We get a short video every quarter. It's alright, a bit cheesy.", ""],
  [
    "No one has ever sat down with us on the shop floor. It's all done for the office people.",
    "distance",
  ],
  ["I feel patronised. The training literally explained what an email is.", "feel comm"],
  ["Pretty well since they redid the training last year, it's shorter and more relevant.", ""],
  ["Explained once at induction seven years ago. Nothing since.", "distance comm"],
  ["It's fine. I'm probably the weak link, I skim everything.", "blame:self"],
  [
    "I get anxious reading them, it's all 'disciplinary action' and 'gross misconduct'.",
    "feel comm",
  ],
  [
    "Clear enough. Don't share passwords, lock your screen, report weird emails. Not complicated.",
    "",
  ],
  [
    "Rules come down from group IT in Germany and nobody here can explain them either.",
    "distance power",
  ],
  [
    "The explanations are fine, but IT don't follow their own rules, I've seen passwords on post-its in their office.",
    "blame:sec",
  ],
  ["Mostly we hear about it second-hand from whoever got caught out.", "comm distance"],
  ["The Q&A sessions are good, you can ask anything and they don't make you feel daft.", ""],
  ["Explained? More like enforced.", "power"],
  [
    "The temps never get any of it explained to them, so of course they do stupid things.",
    "blame:emp comm",
  ],
  [
    "Long emails. I stop reading after the first paragraph, which I know I shouldn't.",
    "blame:self comm",
  ],
  ["They're good at it, short and to the point with a 'why' at the bottom.", ""],
  ["We had a workshop, it was fine. Bit long.", ""],
  [
    "Whenever I ask for an explanation I get a link to the intranet page and nothing else.",
    "comm distance",
  ],
  ["I'd say they explain it in a way that makes it sound like we're all criminals.", "feel power"],
  [
    "It's the dispatch supervisors who need it explaining to, they overrule everything to get trucks out.",
    "blame:emp conflict",
  ],
  ["They explain it well to managers. Managers explain it badly to us.", "comm"],
  ["New rules usually arrive Friday at 5pm with immediate effect. Lovely.", "comm conflict"],
  ["I can't fault the explanations. Straightforward.", ""],
  ["It's all done by the e-learning robot, there's no human you can ask.", "distance comm"],
  ["Through fear mostly: 'if you do this you'll be responsible for a breach'.", "feel power"],
  [
    "I found the explanations confusing, but I'm slow with this stuff, so maybe that's on me.",
    "blame:self",
  ],
  [
    "Someone from security came to the trade counter and showed us real examples of scam orders. Really useful.",
    "",
  ],
  [
    "They think a mandatory module fixes everything. It doesn't, it just annoys people.",
    "blame:sec feel",
  ],
  [
    "Not explained, they just switched on two-factor one morning and half the office was locked out.",
    "comm conflict blame:sec",
  ],
  [
    "The IT manager explains everything with such contempt, like we should've known already.",
    "comm power feel",
  ],
  [
    "Our lot in the office honestly need it explained three times, they're not the most careful bunch.",
    "blame:emp",
  ],
  [
    "They used to just bombard us with emails, now there's a monthly five-minute huddle which is much better.",
    "",
  ],
  ["I usually pretend to understand so I don't hold the meeting up.", "feel"],
  [
    "Rules are explained on a need-to-know basis and apparently we never need to know.",
    "comm power",
  ],
  ["Okay. Could be shorter.", ""],
  ["Explanations are in English only, and half of our packers speak Polish or Romanian.", "comm"],
  [
    "I'd rather they explained the risk to the business than just listed rules, then people might care.",
    "comm",
  ],
  ["All the explaining is done in a way that says 'you lot are the problem'.", "comm blame:emp"],

  // Q: "Who decides on the security rules and tools that affect your work?"
  ["No idea. Someone at head office, I assume.", "distance"],
  ["IT decide, full stop. Nobody from operations gets a say.", "power"],
  [
    "Our ops director and IT agree it together, and they asked supervisors for input last time.",
    "",
  ],
  ["Some consultant who's never seen a warehouse.", "power blame:sec"],
  ["It's a joint committee, I was actually on it for a year, it works pretty well.", ""],
  [
    "They do, and then they're surprised when it doesn't work with the scanners.",
    "blame:sec conflict",
  ],
  ["Whoever shouts loudest. Usually IT.", "power conflict"],
  [
    "The owner, and he's not a computer person either, so it's a bit hit and miss, but he does ask around.",
    "",
  ],
  ["I don't know and I'm not sure I care, as long as my system works.", "distance"],
  ["It's decided somewhere above my head and I just get told.", "power comm"],
  [
    "IT, but honestly if it were up to the staff we'd have no passwords at all, so fair enough.",
    "blame:emp",
  ],
  ["The security guy decides everything and answers to nobody as far as I can tell.", "power"],
  ["Security decides, operations pays the price in lost time.", "conflict power"],
  ["Group IT. We tried giving feedback on the new VPN and never heard back.", "power comm"],
  ["Management decides with IT, and they do tell us why, which I appreciate.", ""],
  [
    "They decide and we work round it. Everyone has a spare login written down somewhere.",
    "conflict",
  ],
  ["I feel completely powerless about it to be honest.", "feel power"],
  ["It's the insurance company really, IT just passes it on.", ""],
  [
    "Whoever it is has never had to load a trailer at 5am with a frozen handheld.",
    "conflict blame:sec",
  ],
  ["Not me, thankfully, I'd get it wrong.", "blame:self"],
  ["The IT manager. He's fair, he listens if you push back with a good reason.", ""],
  ["Decided by people who don't trust us one bit.", "power feel"],
  [
    "I don't know who decides but whoever it is should come and sit in accounts for a day.",
    "distance",
  ],
  [
    "IT decide, and rightly, because staff here would install anything if they were let.",
    "blame:emp",
  ],
  ["Hard to say. Things just appear on the laptop.", "power comm"],
  ["IT with input from each department head. Seems sensible.", ""],
  ["Security decides. We're expected to just say thank you.", "power"],
  ["It frustrates me that the people who use the system every day have zero input.", "feel power"],
  ["The MD decides everything, IT included, and he's pretty reasonable about it.", ""],
  [
    "IT, and they never explain the reasoning, so people assume it's just control for the sake of it.",
    "comm power",
  ],
  ["Honestly I've no idea and I've never asked. Not my department.", "distance"],
  [
    "They decided to block our haulier's portal without checking with anyone in logistics.",
    "conflict power blame:sec",
  ],
  [
    "The rules are set by IT but they're changed constantly because nobody thought it through.",
    "blame:sec",
  ],
  ["IT proposes, we get a week to comment, then they decide. Works ok.", ""],
  [
    "Who decides? The same people who go home at five while we're running nights.",
    "conflict distance",
  ],
  ["The head of IT. I'm a bit scared of him, to be honest.", "feel power"],
  ["It's us supervisors really, IT gives options and we pick.", ""],
  ["A faceless 'Security Team' mailbox.", "comm power"],
  ["I honestly couldn't say, I only found out we had a security person last month.", "distance"],
  ["Someone who treats every user as a threat.", "power blame:emp"],
  ["Management decides and IT takes the flak, which isn't really fair on them.", ""],
  ["The IT manager, and since he's also the MD's nephew nobody argues.", "power"],
  [
    "They decide and then they blame us when their rules break the invoicing run.",
    "blame:sec conflict",
  ],
  ["I'd rather not be involved, it's above my pay grade.", "distance"],
  ["We have a say now through the quarterly user group. Didn't used to.", ""],
  [
    "They decide, and frankly after what Carl did with the ransomware email I don't blame them.",
    "blame:emp",
  ],
  ["I assume IT but nobody's ever told us. It's just a mystery.", "comm distance"],
  [
    "I'm the one who keeps breaking things, so I'm not sure I should have a say anyway.",
    "blame:self",
  ],
  ["It's decided by people who think the factory stops at the office door.", "distance blame:sec"],
  ["Decided top down. We find out via the error message.", "power comm"],
  ["A mix, and our opinions do seem to get heard.", ""],
  ["they do. we do what we're told", "power"],
  [
    "Whoever decided the 90-day password change clearly doesn't have to do it on a tablet with gloves on.",
    "conflict blame:sec",
  ],
  ["The security people, who I've never actually seen down here.", "distance"],
  ["Honestly I trust IT to decide, they know better than me.", ""],
  ["The parent company. Our local IT guy agrees half of it is daft but can't change it.", "power"],
  ["No one asks people like me, I just do the invoicing.", "power distance"],
  ["IT decide and I'm glad, most of us would just pick 'password123'.", "blame:emp"],
  ["Some decisions get made for audits, not for us, and you can tell.", "conflict"],
  ["Me, partly, since I'm the office manager and I work with the IT contractor on it.", ""],
  [
    "They decide and don't tell us until it's live, so we look like idiots in front of customers.",
    "comm feel",
  ],
  ["I don't even know if we have an IT department or just a company we phone.", "distance"],
  ["Probably IT and the board. I'm fine with that.", ""],
];
