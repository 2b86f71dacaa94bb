import type { RawExample } from "./types.js";
import { VOICES_AR_2 } from "./voices-ar-2.js";
import { VOICES_AR_3 } from "./voices-ar-3.js";
import { VOICES_AR_4 } from "./voices-ar-4.js";

/** Owners, directors, office managers and team leads of small and medium firms on their IT/security provider and their staff. Written fresh for Rapport (brief AR). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Honestly the lads in the workshop think passwords are something that happens to other people.",
    "blame:emp",
  ],
  ["We've had the same support firm for nine years and they've never once let us down.", ""],
  [
    "I get an invoice every month for 'proactive monitoring' and I couldn't tell you what that actually is.",
    "distance power",
  ],
  [
    "The girls on reception keep the door codes on a post-it under the keyboard, I've given up nagging.",
    "blame:emp feel",
  ],
  ["Our provider picks up within two rings. Can't ask for more than that.", ""],
  [
    "Every time I ring them it's a different person and I have to explain the whole setup from scratch.",
    "distance",
  ],
  ["He talks to me like I'm ninety and have never seen a mouse before.", "comm power"],
  [
    "we're a farm, the only security we had was a padlock on the diesel tank until the bank made us get someone in",
    "",
  ],
  [
    "My son set it all up and now he's moved to Leeds, so if anything breaks we're stuffed.",
    "power feel",
  ],
  [
    "The dental nurses are better about locking their screens than the dentists are, to be honest.",
    "blame:emp",
  ],
  ["Cheap? No. Worth it? Probably.", ""],
  ["Every quote they send has three acronyms I have to look up afterwards.", "comm"],
  [
    "I'm the worst offender in the building, I still use the dog's name for everything.",
    "blame:self",
  ],
  [
    "They blocked USB sticks overnight and the CNC machine couldn't load its programs, so we lost half a day of production.",
    "conflict",
  ],
  ["The contractor decides what we need and sends the bill. We don't really get a vote.", "power"],
  [
    "Nobody here would dream of reporting a dodgy email, they just delete it and crack on.",
    "distance",
  ],
  [
    "Mark comes in every other Tuesday, has a brew with us and checks the backups. Works for us.",
    "",
  ],
  [
    "When the bookkeeper's laptop got ransomware the IT firm acted like it was our fault for existing.",
    "power feel",
  ],
  ["I asked a yes-or-no question and got a four-page PDF back.", "comm"],
  [
    "The mechanics share one login on the diagnostic PC, always have, and I'm not convinced it matters.",
    "",
  ],
  [
    "Travel agents click links all day, it's the job, customers send us stuff constantly. You can't just tell them to stop.",
    "",
  ],
  [
    "I'm scared stiff of the day they tell me we've been hacked and I won't even understand what they're saying.",
    "feel comm",
  ],
  [
    "They're lovely but they're forty miles away and we've never met any of them in person.",
    "distance",
  ],
  ["To be fair, when the phones went down they had someone on site inside an hour.", ""],
  [
    "Our office manager has basically become the IT department because nobody else will ring the support line.",
    "distance",
  ],
  [
    "Something breaks, we blame the IT lot; nothing breaks, we wonder what we're paying them for.",
    "blame:sec",
  ],
  [
    "Our Bob is sixty-three and refuses the two-step login thing point blank.",
    "conflict blame:emp",
  ],
  ["The new login rule started a row in the sales team that went on for a fortnight.", "conflict"],
  ["I trust Priya completely, she's been looking after us since the dial-up days.", ""],
  [
    "It's a one-man band who does all our IT and if he got hit by a bus I genuinely don't know what we'd do.",
    "power feel",
  ],
  ["They lock us out and then send a lecture about why.", "conflict comm"],
  ["I don't get half of what's in the monthly report, but I nod along.", "comm"],
  ["staff just want it to work, they couldnt care less about security tbh", "blame:emp"],
  ["The engineers treat the security policy as more of a suggestion.", "blame:emp"],
  [
    "Our provider sends a quarterly newsletter. That's the only time we hear from them unless something's on fire.",
    "comm distance",
  ],
  [
    "I felt about two inches tall when he found out my password was the name of the business.",
    "feel blame:self",
  ],
  [
    "We ran a fake phishing test and my own PA clicked it within four minutes. I was mortified.",
    "blame:emp feel",
  ],
  ["Good relationship, no complaints at all.", ""],
  ["There's no one to talk to, it's a ticket portal with a cartoon robot on it.", "distance comm"],
  ["I just do what they tell me. I wouldn't know any better.", "power"],
  ["They charged us a full hour to reset one password, and that still annoys me.", "feel"],
  [
    "The site foreman says the tablets are a waste of time and the security bits even more so.",
    "conflict",
  ],
  ["I've stopped asking the IT firm for small stuff, I Google it and sort it myself.", "distance"],
  [
    "Our developers reckon they know better than the security consultant, and occasionally they're right.",
    "conflict",
  ],
  ["They're never condescending, even when I ask the same thing twice.", ""],
  [
    "Nobody from the IT side has ever sat down with the drivers and explained any of it.",
    "distance comm",
  ],
  ["Four hundred quid a month and I still have to chase them for a reply.", "conflict feel"],
  ["The firm we switched to last spring has been a breath of fresh air.", ""],
  ["It used to take days to get a reply, now they ring back the same morning.", ""],
  ["What am I paying for, exactly? Nobody has ever explained it.", "comm distance"],
  ["My wife does the books and she's more careful online than anyone else here.", ""],
  [
    "The apprentices are glued to their phones and plug them into anything with a USB port.",
    "blame:emp",
  ],
  ["I don't want to sound ungrateful but they do make me feel a bit thick.", "feel power"],
  ["He sorted the email mess in an afternoon and explained it in plain English. Top bloke.", ""],
  ["They installed something that watches every website we visit and told us after.", "power comm"],
  [
    "Our receptionist nearly wired eight grand to a fake supplier, so yes, I do worry about the staff.",
    "blame:emp feel",
  ],
  ["Frankly I'm not sure our IT firm would notice if we were hacked.", "blame:sec"],
  ["If there's a problem I ring Dave, and Dave fixes it. That's our whole security strategy.", ""],
  [
    "i honestly dont understand any of it and im the director, which is a bit embarrassing",
    "blame:self feel",
  ],
  [
    "We have a monthly call with our account manager and she always asks how the team are finding things.",
    "",
  ],
  [
    "Rules about laptops leaving the building cause more arguments than anything else in this office.",
    "conflict",
  ],
  [
    "The lads on the farm are fine, it's my dad who forwards every chain email he gets.",
    "blame:emp",
  ],
  ["They've got us over a barrel, all our data's on their servers and they know it.", "power"],
  ["I used to think they were overkill. After the incident next door I don't any more.", ""],
  ["The consultant came in, told us everything we were doing wrong, and left.", "power comm"],
  ["We don't bother them with little things, they'd only make us feel silly.", "distance feel"],
  ["Some of my staff see IT as the enemy, which drives me up the wall.", "conflict feel"],
  ["They're very good, just a bit expensive.", ""],
  ["Three days to unlock an account. Three days.", "conflict blame:sec"],
  ["I'm probably the reason they had to put the filter on, if I'm honest.", "blame:self"],
  [
    "The practice manager takes security seriously, the clinicians don't, and I'm stuck in the middle.",
    "conflict blame:emp",
  ],
  ["I'd trust our IT girl with the keys to the house.", ""],
  ["It's all tickets now, you never speak to a human being.", "distance comm"],
  [
    "Our staff aren't careless, they're busy, and the system makes the safe thing the slow thing.",
    "conflict",
  ],
  [
    "They told us to buy new firewalls. We bought new firewalls. I still don't know what a firewall does.",
    "power comm",
  ],
  [
    "The warehouse team leave the scanner logged in all shift and honestly I don't see the harm.",
    "",
  ],
  [
    "I get an email saying 'critical vulnerability' in red letters and no idea whether to panic or not.",
    "comm feel",
  ],
  ["They were useless when we had the flood, just kept asking for a ticket number.", "blame:sec"],
  ["The young ones are better at this than I'll ever be.", "blame:self"],
  [
    "Whenever the bookings system goes down the agents blame the IT firm, and I can't say they're wrong.",
    "blame:sec",
  ],
  ["We argue about the shared drive every single week.", "conflict"],
  ["Our provider's happy to explain things as many times as it takes.", ""],
  ["I'm not a computer person and they've never once made me feel like I should be.", ""],
  ["Bit of a black box, really. Things happen, we get told afterwards.", "power comm"],
  [
    "I signed a three-year contract without reading it properly and I've regretted it since.",
    "blame:self feel",
  ],
  [
    "My team lead keeps turning the antivirus off because it slows his builds.",
    "blame:emp conflict",
  ],
  ["The security bloke treats us like we're all potential criminals.", "power feel"],
  ["They come twice a year to do the training and everyone actually enjoys it.", ""],
  ["Who's responsible for the backups? Good question. I assumed they were.", "distance"],
  [
    "They changed the Wi-Fi password and didn't tell anyone, so the whole office was offline until lunch.",
    "comm conflict",
  ],
  [
    "We're a family firm, we trust each other, so locking things down feels a bit insulting.",
    "conflict",
  ],
  ["Our managed service provider is honestly the best money we spend.", ""],
  ["They've never met our staff. They wouldn't recognise any of us in the street.", "distance"],
  ["I sometimes dread opening their emails.", "feel"],
  [
    "They sent a bloke to audit our laptops and he went through them like a customs officer.",
    "power",
  ],
  ["Half the office still thinks 'the cloud' is a physical place in Reading.", "blame:emp"],
  ["He's patient, he's cheap, and he's local. Not much more you can ask.", ""],
  [
    "The new rules came from the head office contractor and nobody asked us if they'd work on a building site.",
    "power conflict",
  ],
  ["I'll be honest, I only call them when the printer stops.", "distance"],
  ["The bloke who does our IT is brilliant but impossible to get hold of.", "conflict"],
  [
    "Our drivers hate the tracking software and they hate whoever installed it even more.",
    "conflict feel",
  ],
  ["There's never been a cross word between us and the support team.", ""],
  ["They speak a different language, honestly. I need a translator.", "comm"],
  ["We pay for the premium tier and still get treated like an afterthought.", "feel power"],
  ["No, it's not their fault we got phished. It was ours.", "blame:self"],
  [
    "The office manager reset someone's password herself rather than wait for the helpdesk, and now they're cross with her.",
    "distance conflict",
  ],
  ["They assume we've got an IT department. We've got Sandra.", "comm"],
  ["I'd say the staff are mostly sensible. Mostly.", ""],
  [
    "The new girl asked if she could use her own laptop and you'd think she'd asked to burn the place down.",
    "conflict",
  ],
  ["We rely on them for everything and that does keep me up at night occasionally.", "power feel"],
  ["Our IT guy is part-time and works from home. We see him at the Christmas do.", "distance"],
  ["They fixed it, they explained it, they followed up the next day. Couldn't be better.", ""],
  [
    "My bookkeeper says the security stuff is just there so the IT firm can bill us for it.",
    "blame:sec",
  ],
  [
    "They're decent people, I just wish they'd talk to us before something goes wrong instead of after.",
    "comm",
  ],
  ["Everyone rolls their eyes when the security email comes round.", "distance"],
  [
    "I asked for a simple explanation of our backups and he drew me a diagram on a napkin. Perfect.",
    "",
  ],
  ["The sales lads will share a password with anyone who asks nicely.", "blame:emp"],
  ["The helpdesk are polite enough, it's the waiting that gets you.", "conflict"],
  [
    "Our provider got bought by a bigger company and now we're just an account number.",
    "distance feel",
  ],
  ["I'm genuinely worried our admin team would fall for any half-decent scam.", "feel blame:emp"],
  ["We've never had a security problem, touch wood.", ""],
];

export const VOICES_AR: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AR_2,
  ...VOICES_AR_3,
  ...VOICES_AR_4,
];
