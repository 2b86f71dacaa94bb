import type { RawExample } from "./types.js";
import { VOICES_BL_2 } from "./voices-bl-2.js";
import { VOICES_BL_3 } from "./voices-bl-3.js";
import { VOICES_BL_4 } from "./voices-bl-4.js";

/** IT-security practitioners in small and medium firms, and security vendors, quoted in interviews and surveys. Written fresh for Rapport (brief BL). */
const FIRST_PART: readonly RawExample[] = [
  ["Honestly, most of our staff want to do the right thing, they just don't know what it is.", ""],
  [
    "The users are the biggest hole in the fence, always have been, and frankly it wears me down.",
    "blame:emp feel",
  ],
  [
    "I see the accounts team maybe twice a year, and only when something has gone badly wrong.",
    "comm distance",
  ],
  [
    "We run a phishing simulation every quarter and the click rate has dropped from about thirty percent to six.",
    "",
  ],
  ["The MD overruled me on multi-factor because it 'slows down the sales guys'.", "power conflict"],
  ["I lie awake some nights thinking about the backups.", "feel"],
  ["People hear 'security' and they think of the person who says no.", "conflict"],
  ["If I explain it with a story about their own bank account, they get it straight away.", ""],
  ["They look at me like I'm the headmaster when I walk into the office.", "power"],
  [
    "Half of them couldn't tell you my name, and I've been here four years. Stings a bit, if I'm honest.",
    "distance feel",
  ],
  [
    "Training is a tick-box exercise here, the video plays in the background while people answer emails.",
    "distance",
  ],
  ["Our CFO is great, she actually asks me what I need before the budget round.", ""],
  ["You can send all the memos you like, nobody reads past the subject line.", "comm distance"],
  [
    "I'll admit I slip into acronyms; I said EDR to a receptionist last week and watched her eyes glaze over.",
    "comm blame:self",
  ],
  [
    "Every breach I've investigated started with someone clicking something they shouldn't have.",
    "blame:emp",
  ],
  ["Staff aren't stupid, the attacks are just very good now.", ""],
  ["It's a lonely job, being the only security person in a firm of eighty.", "feel"],
  [
    "The developers see us as the handbrake on every release, and they go straight to the CTO to get us overruled.",
    "conflict power",
  ],
  [
    "When something goes wrong, I'm the first one they come looking for, even if it was never my system, and that gets to me.",
    "blame:sec feel",
  ],
  [
    "I do a ten-minute slot at the monthly all-hands and people come up afterwards with questions, which I love.",
    "",
  ],
  ["Reporting a suspicious email should feel like helping, not like confessing.", ""],
  ["If someone reports they clicked a link, I thank them. Every time.", ""],
  [
    "The boss wants to be secure but won't spend a penny until after the first incident, and I'm the one who'll carry the can.",
    "conflict power",
  ],
  [
    "Some of the older staff are terrified of breaking something, so they don't touch anything new or ask me anything.",
    "feel distance",
  ],
  ["We used to be the department of no; these days teams invite us into project kick-offs.", ""],
  [
    "I get treated like the help desk for everyone's home printer, and it's starting to grate.",
    "power feel",
  ],
  [
    "People go round us and sign up for whatever cloud tool they like with a company card.",
    "distance conflict",
  ],
  [
    "The only emails I get from staff start with 'urgent' or 'help', and nobody ever just drops by.",
    "comm distance",
  ],
  [
    "Frankly, some of my colleagues in security are their own worst enemy, all lectures and no listening.",
    "blame:sec comm",
  ],
  [
    "We write policies nobody outside our team can understand, and then we're surprised they're ignored.",
    "comm blame:sec",
  ],
  [
    "The owner signs off whatever I propose, no questions asked, which is nice but also a bit scary.",
    "feel",
  ],
  ["our sales team think passwords are a personal insult lol", "blame:emp conflict"],
  [
    "Staff are usually the first to spot something odd, if you make it easy for them to tell you.",
    "",
  ],
  [
    "I've stopped pushing for changes; the directors just nod and then do nothing.",
    "distance power",
  ],
  [
    "The biggest risk in a company this size isn't a hacker, it's the tired bookkeeper at 5pm on a Friday.",
    "blame:emp",
  ],
  [
    "I spend more time in the kitchen chatting with people than at my desk, and that's where I learn what's really going on.",
    "",
  ],
  ["Being on call for a whole firm on your own is exhausting.", "feel"],
  ["If ransomware hits on my watch, I'm the one who'll be clearing out my desk.", "feel"],
  [
    "Management treat security like an insurance policy they begrudge paying for, and I have to beg at every renewal.",
    "conflict power",
  ],
  ["Customers expect us, as the vendor, to fix their people problems with a product.", ""],
  ["Our clients' staff rarely know who their IT provider even is.", "distance"],
  [
    "I've had a manager shout at me in front of his team because I locked an account that was sending spam.",
    "conflict power",
  ],
  ["Insiders worry me far more than anyone in another country.", "feel blame:emp"],
  ["Most insider incidents we see are accidents, not malice.", ""],
  [
    "We measure how many people report phishing, not how many fall for it, and the mood has changed completely.",
    "",
  ],
  ["They call me 'the password police' and I honestly don't mind.", ""],
  ["They call me 'the password police' and it's starting to wear on me.", "feel power"],
  ["Nobody tells me when someone leaves, so their accounts stay open for months.", "comm distance"],
  ["HR and I have coffee every Monday and go through joiners and leavers together.", ""],
  ["What gets under my skin is the 'I'm not a computer person' excuse.", "feel blame:emp"],
  ["I do worry I'm seen as the bloke who spies on everyone's browsing.", "feel power"],
  ["We do monitor the network, and I'm upfront with staff about what we can and can't see.", ""],
  ["The partners think the rules are for the juniors.", "power conflict"],
  ["Honestly? The directors are the worst for clicking links.", "blame:emp"],
  ["Training works when it's twenty minutes, in person, and people can laugh.", ""],
  [
    "Annual e-learning is basically useless, people speed through it to get the certificate.",
    "distance",
  ],
  ["I'm never sure whether what I'm saying lands or just bounces off.", "feel"],
  ["When I say 'vulnerability' they hear 'somebody's fault'.", "comm"],
  [
    "Our vendor's reports are forty pages of CVE numbers; I have to translate them for the board.",
    "comm",
  ],
  ["The board gives me five minutes a year. Five.", "distance power"],
  ["I report straight to the CEO and she reads every incident summary.", ""],
  [
    "Some users phone me directly and skip the ticket system, and honestly I'd rather they did.",
    "",
  ],
  ["They only remember I exist when the Wi-Fi is down.", "comm distance"],
  [
    "People hide mistakes because the last person who admitted one got a written warning.",
    "power distance",
  ],
  [
    "We scrapped the 'wall of shame' for phishing clicks years ago, and people relaxed almost overnight.",
    "",
  ],
  ["I've no idea what half the departments actually do day to day.", "distance"],
  ["i'm the security team, the IT team, and the guy who fixes the coffee machine", ""],
  ["Users aren't the enemy; badly designed systems are.", ""],
  ["If a control needs a forty-page manual, that's on us, not on the user.", "blame:sec"],
  [
    "Marketing installed a browser extension that was harvesting everything. They didn't think to ask.",
    "blame:emp distance",
  ],
  ["I'm a bit of a nag, I know.", "blame:self"],
  [
    "Sometimes I think I'm too strict and that's why they stopped telling me things.",
    "blame:self distance",
  ],
  [
    "The finance director refused to do the training, said he was too senior for it.",
    "power conflict",
  ],
  [
    "My stress levels go through the roof every time there's a news story about a breach in our sector.",
    "feel",
  ],
  ["Vendors love to sell fear; I try not to pass that on to our staff.", ""],
  ["As a supplier we get called in after the fire, never before.", "comm distance"],
  ["The clients who involve us early are the ones who rarely have incidents.", ""],
  ["Small firms often see their IT contractor as a cost to be squeezed, not a partner.", "power"],
  ["I'm constantly asked to make exceptions for whoever shouts loudest.", "power conflict"],
  [
    "Nobody reads the security newsletter, I've checked the open rates. Bit deflating.",
    "distance feel",
  ],
  [
    "Cutting the newsletter down to three bullet points doubled the number of people opening it.",
    "",
  ],
  [
    "The warehouse lads think I'm a bit posh and a bit odd, and they don't really talk to me.",
    "distance",
  ],
  ["Staff thank me more now that I explain the why and not just the what.", ""],
  [
    "Too many of my peers treat employees like children who can't be trusted with scissors.",
    "blame:sec power",
  ],
  [
    "It's hard not to get cynical when the same person clicks the same fake invoice three times.",
    "feel blame:emp",
  ],
  ["Managers want a single number that says 'we're safe', and there isn't one.", "conflict"],
  ["I don't think our people are careless, I think they're busy.", ""],
  ["It's draining, being the person who has to be right every single time.", "feel"],
  [
    "When the audit came round the directors suddenly wanted to be my best friend, and afterwards they vanished again.",
    "comm distance",
  ],
  ["I honestly dread the Monday after a bank holiday.", "feel"],
  ["The reception team are brilliant, they challenge every visitor without being rude.", ""],
  ["Some staff genuinely believe antivirus makes them invincible.", "blame:emp"],
  [
    "They hired me as security lead and then never let me into a single management meeting.",
    "power distance",
  ],
  ["I've learned to ask 'what are you trying to get done?' before I say anything about risk.", ""],
  ["The sales director told me security is my problem, not his.", "distance conflict"],
  ["Users think we can read their emails whenever we fancy. We can't, and we wouldn't.", "power"],
  [
    "Nobody admits they wrote their password on a sticky note, but I find them under keyboards every audit.",
    "blame:emp",
  ],
  ["The IT guy at most of our clients is someone's nephew who 'knows computers'.", "blame:sec"],
  ["I'd say relations are fine. Not warm, but fine.", ""],
  [
    "We only hear from the clinic staff when a screen is locked and a patient is waiting.",
    "comm conflict",
  ],
  ["Some weeks it feels like shouting into the void.", "feel distance"],
  [
    "I'm scared of the day someone in payroll wires money to a fake supplier, because they never check with me first.",
    "feel distance",
  ],
  ["Our accountants treat MFA prompts like pop-up ads: approve, approve, approve.", "blame:emp"],
  ["We set up a security champions group and they've honestly become my eyes and ears.", ""],
  ["The champions thing fizzled out after three months; nobody had time.", "distance"],
  [
    "People apologise to me for asking questions, which tells me we've come across as too scary.",
    "power blame:sec",
  ],
  ["Managers forward me phishing emails with 'is this real??' and I love that.", ""],
  [
    "Every new rule gets met with 'but we've always done it this way' and then a complaint to my boss.",
    "conflict power",
  ],
  [
    "I keep a jar on my desk and put a pound in every time I use an acronym with staff. It's filling up slower these days.",
    "",
  ],
  [
    "The owner asks my opinion, then buys whatever his golf partner recommends. Infuriating.",
    "power feel",
  ],
  ["After the incident, the CEO came down to thank the team personally.", ""],
  ["Honestly, I think half the office is afraid of me.", "feel power"],
  ["The phrase I hear most is 'can you just make it work'.", "conflict"],
  ["I'd rather have ten reported false alarms than one silent click.", ""],
  ["Some days I feel like the only adult in the building.", "feel blame:emp"],
  ["Our users are honestly pretty sharp; the last three phish were reported within minutes.", ""],
  [
    "I never get invited to the planning meetings, I find out about new systems when they're already live.",
    "distance comm",
  ],
  [
    "New software appears on the network and I'm the last to know, usually from an email after the fact.",
    "distance comm",
  ],
  [
    "Security vendors talk to IT managers in a language only other vendors speak.",
    "comm blame:sec",
  ],
  [
    "Our pitch used to be all threat maps and red dashboards; now we lead with how it saves people time.",
    "",
  ],
  ["In my experience as a vendor, SME owners assume they're too small to be a target.", ""],
  [
    "Owners assume they're too small to be a target and then act shocked when they get hit.",
    "blame:emp",
  ],
  ["I get the odd thank-you card at Christmas, which means more than people think.", ""],
  [
    "A lot of bad blood built up when we blocked USB sticks without warning anyone.",
    "conflict feel comm",
  ],
  ["we should have told them first, that's on me", "blame:self"],
];

export const VOICES_BL: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BL_2,
  ...VOICES_BL_3,
  ...VOICES_BL_4,
];
