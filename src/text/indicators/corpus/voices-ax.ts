import type { RawExample } from "./types.js";
import { VOICES_AX_2 } from "./voices-ax-2.js";
import { VOICES_AX_3 } from "./voices-ax-3.js";
import { VOICES_AX_4 } from "./voices-ax-4.js";
import { VOICES_AX_5 } from "./voices-ax-5.js";

/** Security practitioners on stage and on panels, talking about staff and the business. Written fresh for Rapport (brief AX). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Let's be honest, most of the breaches I've cleaned up started with somebody clicking a link they had no business clicking.",
    "blame:emp",
  ],
  [
    "I stopped saying users are the problem years ago. It wasn't true and it didn't help anyone.",
    "",
  ],
  [
    "At one client the finance team treated us like the fire brigade: ring when it's burning, forget we exist the rest of the year.",
    "comm distance",
  ],
  [
    "I get eleven minutes with the board once a quarter and they spend nine of them on their phones.",
    "power",
  ],
  [
    "People aren't stupid, they're busy, and we built our controls for people who have all day.",
    "blame:self",
  ],
  [
    "Ask the staff at a twenty-person firm who looks after security and you get blank faces. That's on us, not them.",
    "distance blame:self",
  ],
  [
    "Our click rate on the phishing tests dropped every quarter this year. Really proud of that office.",
    "",
  ],
  [
    "If one more sales director tells me MFA is slowing his lads down I'm going to lose it.",
    "conflict feel",
  ],
  [
    "We sit on the fourth floor behind two badge readers. Of course nobody wanders in for a chat.",
    "distance",
  ],
  [
    "Nobody warns you how lonely this job is. You're the person people steer around at the coffee machine.",
    "distance feel",
  ],
  [
    "My MD reads the reports, asks sensible questions and actually signs off the budget. I know I'm lucky.",
    "",
  ],
  ["Give people a rule and somebody will have found the hole in it by lunchtime.", "blame:emp"],
  [
    "If staff are scared of getting hauled in front of us, they stop telling us things. Simple as that.",
    "feel distance",
  ],
  [
    "We send out a monthly bulletin stuffed with acronyms I have to look up myself, and I wrote half of it.",
    "comm blame:self",
  ],
  [
    "The board nods, says great stuff, and then the budget line vanishes in the next round.",
    "power",
  ],
  [
    "The staff at most small firms I audit are sharper about scams than anyone gives them credit for.",
    "",
  ],
  [
    "All that human firewall talk makes me cringe. They're not a firewall, they're your colleagues.",
    "",
  ],
  [
    "I was told, word for word, that security is a cost centre and should keep its head down.",
    "power",
  ],
  [
    "The warehouse team hated the new badge system for about a fortnight. Now they'd riot if we took it away.",
    "",
  ],
  [
    "There's a real temptation in our field to treat every question as an attack. I've caught myself doing it.",
    "blame:self",
  ],
  [
    "Users don't read the policy. Why would they? It's forty pages and it reads like a mortgage contract.",
    "comm",
  ],
  [
    "Marketing bought their own file-sharing tool on a company card and we found out from the invoice.",
    "distance",
  ],
  ["People come to us now before they buy software. Took three years, but they come.", ""],
  [
    "The CEO wanted an exemption from the password policy because he 'doesn't have time for it'.",
    "conflict",
  ],
  [
    "Frankly, some of the people I've worked with in this industry couldn't explain a padlock to a child.",
    "blame:sec comm",
  ],
  [
    "Staff assume we're reading their emails. We're not, but I understand why they think it.",
    "power",
  ],
  [
    "The accounts clerk who reported the fake invoice got thanked by the MD in front of everyone. That's the culture we want.",
    "",
  ],
  ["I spend more time defending my budget than defending the network.", "power"],
  [
    "In a lot of SMEs security is one bloke who also fixes the printer, and everyone takes him for granted.",
    "power",
  ],
  [
    "We used to lock everything down and wonder why people hated us. We've loosened up and the tickets are friendlier.",
    "",
  ],
  [
    "I'd love to tell you our users are brilliant. Some are. Some would hand over their password for a biscuit.",
    "blame:emp",
  ],
  ["You can't lecture people into caring. I tried it for years.", "comm blame:self"],
  [
    "Honestly? The biggest risk in most firms I see is an owner who won't spend a penny until something breaks.",
    "power",
  ],
  [
    "The nurses at the clinic were lovely, but they all shared one login because the system took four minutes to sign in.",
    "conflict",
  ],
  [
    "Whenever I walk through the open-plan office people minimise their screens. It's like being a traffic warden.",
    "power distance",
  ],
  ["Our helpdesk replies within the hour and people genuinely seem to like them.", ""],
  [
    "I think a lot of us hide behind the acronyms because it makes us sound important.",
    "comm blame:self",
  ],
  [
    "The board asked me if we're secure, yes or no. I tried to explain risk appetite and lost them in about thirty seconds.",
    "comm",
  ],
  ["Employees aren't the weak spot, they're the most attacked spot. Different thing entirely.", ""],
  [
    "Had a user ring me in tears because she thought she'd brought the whole company down. She hadn't. But that fear is real.",
    "feel",
  ],
  [
    "The developers see us as the department of no. Fair enough, for a while we were.",
    "conflict blame:self",
  ],
  [
    "Nobody in the business asked us before they moved payroll to the cloud. We heard about it at the Christmas do.",
    "distance power",
  ],
  ["I had one managing director tell me, to my face, that we're a necessary evil.", "conflict"],
  [
    "We go to every team meeting once a month, even if it's just for five minutes. It changed everything.",
    "",
  ],
  ["Staff will tell the cleaner about a dodgy email before they'll tell us.", "distance"],
  [
    "Our report button gets used about twenty times a week now. Two years ago it was twice a year.",
    "",
  ],
  [
    "I don't blame users for reusing passwords. I blame us for making them remember sixty of them.",
    "blame:self",
  ],
  [
    "There's a certain type of security person who enjoys catching people out. I can't stand it.",
    "blame:sec feel",
  ],
  [
    "The phishing test went out the week of payroll and we wondered why finance fell for it. Great timing on our part.",
    "blame:self",
  ],
  [
    "When the ransomware hit, the owner's first question was whether I'd be sacked. Not how we fix it.",
    "power",
  ],
  ["Most people will do the right thing if the right thing is also the easy thing.", ""],
  ["They call me the fun police. Half joking.", "conflict"],
  [
    "I'll admit we can be hard to get hold of. Three of us covering two hundred people.",
    "conflict",
  ],
  [
    "Every year the audit finds the same things and every year the business signs the same risk acceptance.",
    "power",
  ],
  ["I've never once had a user be rude to me when I explained why a rule exists.", ""],
  ["The moment we put cameras on the loading bay the atmosphere went sour.", "power conflict"],
  [
    "Senior partners at law firms are the worst. They think the rules are for the paralegals.",
    "blame:emp",
  ],
  [
    "We let people pick their own laptop sleeves and suddenly they cared about the laptops. Small things.",
    "",
  ],
  ["honestly the board hears the word cyber and their eyes glaze over", "comm"],
  ["I think I've been too harsh in a few of these talks. Users aren't villains.", "blame:self"],
  ["Clients never ring us unless something's already on fire.", "comm distance"],
  [
    "We phoned everyone who failed the phishing test, not to tell them off but to ask what made the email convincing. Best data we ever got.",
    "",
  ],
  ["At board level, security is still something you delegate and forget.", "power distance"],
  [
    "People are terrified of the word breach. They'd rather hide it than say it out loud.",
    "feel distance",
  ],
  ["The office manager is basically our security team, and she's brilliant at it.", ""],
  ["I don't get invited to the strategy away-day. I get the minutes, sometimes.", "power distance"],
  ["Our job is to make the secure way the lazy way. When we get that right, nobody argues.", ""],
  [
    "A client's receptionist let a 'telecoms engineer' straight into the comms room without a single question.",
    "blame:emp",
  ],
  [
    "Some of my peers write reports nobody outside the SOC can read, then moan that nobody reads them.",
    "blame:sec comm",
  ],
  ["I'll be honest, the first year I ran awareness sessions I was insufferable.", "blame:self"],
  ["The sales floor takes the VPN as a personal insult.", "conflict"],
  ["We're not the police. If we behave like the police, people behave like suspects.", ""],
  [
    "I've had department heads refuse to meet me because 'it's always bad news with you'.",
    "comm distance",
  ],
  ["They want security, they just don't want any of the things security involves.", "conflict"],
  ["Turnover at that firm was so high most staff had never met anyone from IT.", "distance"],
  ["I genuinely worry that we've made people afraid of their own inbox.", "feel blame:self"],
  ["The CFO forwarded me a phishing email asking 'is this real?' and I nearly cried with joy.", ""],
  ["To most of the business we're a speed bump with a salary.", "conflict"],
  [
    "Two hundred staff, one of me, and a CEO who thinks antivirus is the whole job. I'm running on fumes.",
    "feel power",
  ],
  ["Most of the people I train get genuinely curious once you drop the scary stuff.", ""],
  [
    "In my experience the users who cause incidents are the ones nobody ever bothered to explain anything to.",
    "blame:sec comm",
  ],
  [
    "I don't know half the people in the building by name, and they certainly don't know mine.",
    "distance",
  ],
  [
    "It's not the users, it's the twenty-year-old accounts package that needs admin rights to print.",
    "",
  ],
  [
    "Our CEO does the phishing training first every year and shares his score, good or bad. People love it.",
    "",
  ],
  [
    "Honestly I dread the quarterly risk committee. An hour of being picked apart by people who don't understand the risk.",
    "feel power",
  ],
  ["Users are the last line of defence, not the first point of failure.", ""],
  [
    "Every time we roll something out, the complaints land on the MD's desk before they land on ours.",
    "distance conflict",
  ],
  [
    "Can we stop calling staff the insider threat? Most of them are just trying to get home on time.",
    "",
  ],
  ["There's a lot of eye-rolling when I stand up at the all-hands.", "conflict"],
  [
    "I used to think users were careless. Then I tried doing their job for a day with our controls switched on.",
    "",
  ],
  [
    "Our engineers don't really talk to the rest of the company. They're in their own little world.",
    "distance",
  ],
  [
    "Some clients want a consultant to come in and give the staff a telling-off. I won't do it.",
    "",
  ],
  [
    "I once watched a CISO name the person who clicked in an all-staff email. Horrifying.",
    "blame:sec feel",
  ],
  [
    "If the only time I email you is to say you failed a test, why would you ever want to hear from me?",
    "comm",
  ],
  [
    "The IT contractor at that practice hadn't visited in eighteen months. Staff didn't even have his number.",
    "distance",
  ],
  [
    "We set up a chat channel where people can ask daft questions. It's the busiest channel in the company.",
    "",
  ],
  [
    "The loudest critics of security are usually the ones with admin rights they shouldn't have.",
    "blame:emp",
  ],
  ["Most days it feels like I'm shouting into a void.", "feel power"],
  ["When I started, nobody would look me in the eye in the lift. Now they ask about my dog.", ""],
  ["It's tiring being the villain in everyone's story.", "feel conflict"],
];

export const VOICES_AX: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AX_2,
  ...VOICES_AX_3,
  ...VOICES_AX_4,
  ...VOICES_AX_5,
];
