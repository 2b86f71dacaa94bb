import type { RawExample } from "./types.js";
import { VOICES_CH_2 } from "./voices-ch-2.js";
import { VOICES_CH_3 } from "./voices-ch-3.js";
import { VOICES_CH_4 } from "./voices-ch-4.js";

/** Builders' merchants and plumbing firms: owners, family members, counter and yard staff, engineers. Written fresh for Rapport (brief CH). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT is my brother-in-law Gary, and you only hear from him when you've done something daft.",
    "comm",
  ],
  [
    "Gary set up the tills and the accounts software, and honestly he's been brilliant about it.",
    "",
  ],
  ["I don't ring Gary any more, I just restart the thing and hope.", "distance"],
  [
    "If the card machine goes down on a Saturday morning nobody can get hold of him, he's at the football.",
    "conflict",
  ],
  ["He talks about firewalls and ports like I'm meant to know. I sell timber.", "comm"],
  [
    "Feel a right idiot every time I have to ask him to reset my password again.",
    "feel blame:self",
  ],
  [
    "We moved to long passwords you only change if something happens. Much easier for the lads on the yard.",
    "",
  ],
  [
    "The yard lads will click on anything that says free delivery, you can't trust them with email.",
    "blame:emp",
  ],
  [
    "Dad decides what computers we get and nobody else gets a say, even though we're the ones using them.",
    "power",
  ],
  [
    "Mum does the books and she's terrified of the new system, thinks she'll delete the whole business.",
    "feel",
  ],
  ["Nephew sorted the Wi-Fi in the trade counter, works lovely now.", ""],
  [
    "it used to drop out every afternoon but the shop in town fixed it last spring, no bother since",
    "",
  ],
  [
    "the computer shop on the high street charge £60 to tell you to turn it off and on again",
    "blame:sec",
  ],
  ["Prices at the computer shop are fair, and they don't charge for a quick phone question.", ""],
  ["Honestly I'm the weak link, I've clicked two dodgy links this year already.", "blame:self"],
  [
    "Tom locked down the office PC so I can't even install the supplier's price-list app, which we need every single day for quotes, so I've ended up doing it all on my own laptop at the kitchen table instead.",
    "conflict power",
  ],
  [
    "He never explains why, just says 'security' and that's the end of the conversation.",
    "comm power",
  ],
  ["Our Kev does the IT and because he's family he'll come out at any hour. We're lucky.", ""],
  [
    "My father-in-law listens if you bring him a problem with the server, he's easier to talk to than people think.",
    "",
  ],
  [
    "When the boss brought in two-step login I thought it was overkill, but it stopped someone getting into the email, so fair play.",
    "",
  ],
  [
    "Whenever the stock system crashes the owner's son says it's us on the counter pressing the wrong keys.",
    "blame:emp conflict",
  ],
  [
    "We get an email in capitals saying DO NOT OPEN ATTACHMENTS and that's the whole security training.",
    "comm",
  ],
  [
    "Nobody tells the drivers anything, we find out the tablets have changed when we turn up in the morning.",
    "comm distance",
  ],
  [
    "I'd rather phone the supplier's helpdesk than ask my own husband to look at it, he sighs so much.",
    "feel distance",
  ],
  ["He's patient with me, explains it twice if he has to.", ""],
  [
    "Plumbing firm, six vans. The IT department is me, on a Sunday night, with a YouTube video.",
    "",
  ],
  [
    "The engineers never report it when their phones get nicked, they just buy a new one and carry on.",
    "distance blame:emp",
  ],
  [
    "Engineers leave their phones unlocked on the van dashboard all day. Asking for trouble.",
    "blame:emp",
  ],
  [
    "My son set up the job-booking software and only he understands it. If he's on holiday we're stuck.",
    "power",
  ],
  ["He'll fix it, but he makes you feel about two foot tall while he does.", "power feel"],
  ["The apprentices are better with the tech than I am, I just ask them.", ""],
  ["Apprentice showed me how to scan invoices on my phone, saved me hours.", ""],
  [
    "I don't see why I need a password on a tablet that just has job sheets on it. Pointless.",
    "conflict",
  ],
  [
    "Sister-in-law handles the website and emails. Lovely woman, but ask her a question and you get an essay of acronyms back.",
    "comm",
  ],
  ["we've never had a problem with it touch wood", ""],
  ["I just don't think about security, that's Dave's department.", "distance"],
  ["Not my job to worry about viruses, I fit boilers.", "distance"],
  ["When I do ask for help he acts like I'm interrupting something far more important.", "power"],
  [
    "Had a go at me in front of the whole office because I'd used the same password for everything. Mortified.",
    "conflict feel",
  ],
  [
    "to be fair I did use the same password for everything, so I probably deserved it",
    "blame:self",
  ],
  [
    "The local IT bloke comes in once a quarter, has a cuppa, checks the backups. Works for us.",
    "",
  ],
  ["We only see the IT chap when something's already broken, never otherwise.", "comm distance"],
  ["My uncle checks any new app before we install it, takes him a day at most, fair enough.", ""],
  ["I'm my own worst enemy with passwords, I reuse the same three everywhere.", "blame:self"],
  [
    "Security is fine but it shouldn't take four logins to check a stock level.",
    "conflict blame:sec",
  ],
  [
    "Counter staff share one login. My brother says it's insecure, we say it's the only way to serve a queue at 7am.",
    "conflict",
  ],
  [
    "A firm in town looks after our computers. Dad's mate recommended them years ago and they've been solid.",
    "",
  ],
  ["They're a bit slow at times but they always get there, can't fault them really.", ""],
  ["Honestly the shop that does our IT is useless, three visits to fix one printer.", "blame:sec"],
  ["Every time they 'fix' something, something else stops working.", "blame:sec"],
  [
    "I get anxious when the screen does anything unexpected, I always think I've caused a disaster.",
    "feel blame:self",
  ],
  ["I'm hopeless with computers, always have been, it's me not the machine.", "blame:self"],
  ["She doesn't say hello, just marches in, takes my laptop and leaves.", "comm power"],
  [
    "Get a text from my nephew saying 'fixed', no idea what was wrong. Probably something I did, it usually is.",
    "comm blame:self",
  ],
  [
    "Our IT is Mike next door, he won't take money so I feel awful asking him too often.",
    "feel distance",
  ],
  ["Mike's been a godsend, honestly don't know what we'd do without him.", ""],
  [
    "We rely completely on one man in his seventies who built our stock database back in 1998, nobody else understands how it hangs together, and if anything happened to him we'd be finished. Terrifying when you think about it.",
    "power feel",
  ],
  ["The staff here are sensible, they know not to open weird emails.", ""],
  [
    "half the drivers don't know what a phishing email is and frankly don't care",
    "blame:emp distance",
  ],
  [
    "I told the boss about a strange email and he said he'd look at it. Never heard another word.",
    "comm distance",
  ],
  ["So the next one, I just deleted it and didn't bother telling anyone.", "distance"],
  [
    "The lad who does our IT is hopeless, I've had to redo half his 'fixes' myself.",
    "blame:sec distance",
  ],
  ["The new till system came in without anyone asking the people who use it.", "power"],
  [
    "It's a bit of an ivory tower, the office upstairs. They decide, we find out.",
    "power distance",
  ],
  [
    "My daughter does our socials and the laptop stuff, and she's brilliant at explaining it to me.",
    "",
  ],
  ["Couldn't care less about cyber this and that, I just want the invoices out.", "distance"],
  [
    "We're a plumbers' merchant, not the Pentagon. All this security stuff just gets in the way.",
    "conflict",
  ],
  [
    "He blocked USB sticks so now I email stuff to my personal Gmail to take home. Same result, isn't it.",
    "conflict",
  ],
  ["Don't like to bother him, he's got enough on with the business.", "distance"],
  [
    "The IT fella explained phishing using our own invoices as examples, really clicked with everyone.",
    "",
  ],
  [
    "Computer man comes when he comes. Could be Tuesday, could be next month.",
    "conflict blame:sec",
  ],
  [
    "I feel like a child being told off whenever IT emails me about my 'behaviour online'.",
    "feel power",
  ],
  [
    "Backups run every night to a box in the office and a copy goes off-site. Gary checks them on Fridays.",
    "",
  ],
  ["No complaints, honestly.", ""],
  [
    "IT's my dad's cousin and we only call him for emergencies, otherwise we muddle through.",
    "distance",
  ],
  ["i broke the barcode printer again lol my fault", "blame:self"],
  [
    "Cousin set up the email and I've no idea what half the settings mean, he just says don't touch.",
    "comm power",
  ],
  ["The boss reads all our emails, apparently 'for security'. Nobody asked us.", "power"],
  [
    "Being watched all the time doesn't make me feel safer, it makes me feel untrusted.",
    "feel power",
  ],
  [
    "We had a proper sit-down with the IT firm last month about passwords and it was genuinely useful.",
    "",
  ],
  ["They did a training session but it was all jargon, lost me after five minutes.", "comm"],
  [
    "The office keep getting caught by fake invoice emails. I've told them a hundred times.",
    "blame:emp",
  ],
  [
    "The engineers treat the company phones like their own and then wonder why things go wrong.",
    "blame:emp",
  ],
  [
    "I'd report it, but last time I got interrogated like I'd done it on purpose.",
    "distance power",
  ],
  [
    "The guy from the computer shop never makes us feel like dinosaurs, even though we are a bit.",
    "",
  ],
  ["Brother runs the tech side and we just leave him to it. He's good.", ""],
  ["Trade counter PCs are old but the IT lad keeps them ticking over, no complaints.", ""],
  ["Every time I ask him something he replies with a link to a forum and no explanation.", "comm"],
  [
    "We went three days without email because the local IT firm didn't pick up. Lost two jobs.",
    "conflict blame:sec",
  ],
  ["I'm not technical and I don't want to be, that's what we pay someone for.", "distance"],
  ["Our IT guy's great, bit of a wait sometimes as he's on his own, but he always gets to us.", ""],
  [
    "Dad's nephew built our quoting spreadsheet and showed three of us how it works, so it's not all in his head.",
    "",
  ],
  [
    "I should've spotted that scam text, it was obvious looking back. Cost the business £400.",
    "blame:self",
  ],
  [
    "He only comes round when he wants to update something, never to ask how it's going.",
    "comm distance",
  ],
  [
    "Stop making us change the passwords! We can't remember them and the tills are locked half the morning.",
    "conflict feel",
  ],
  [
    "Those IT people don't understand we're on a building site with muddy gloves, not sat at a desk.",
    "conflict blame:sec",
  ],
  ["If I'm honest the lads on site ignore every rule the office sends out.", "blame:emp distance"],
  ["I avoid asking my husband for computer help, we end up bickering.", "distance conflict"],
  ["Bickering aside, he did sort the new printer in ten minutes.", ""],
  ["The woman who does our IT on contract is lovely and never makes you feel daft.", ""],
  ["They don't make me feel stupid, I manage that on my own.", "blame:self"],
  ["It's not that they're rude, they're just never there when you need them.", "conflict distance"],
  ["No-one on the counter has a clue who to call if the system's hacked. Not a clue.", "comm"],
  [
    "I was so embarrassed admitting I'd given my login to someone on the phone claiming to be from Microsoft.",
    "feel blame:self",
  ],
  ["And when I did admit it, Gary was kind about it. Changed everything, no drama.", ""],
  [
    "Their instructions are useless, half the steps don't match what's on my screen.",
    "blame:sec comm",
  ],
  ["I'm just the Saturday girl, nobody tells me anything about the computers.", "power comm"],
  [
    "The owner's son swans in, changes settings, swans out. We're left to work out what he's done.",
    "power comm",
  ],
  ["We don't do security, we're a family firm, everyone trusts everyone.", "distance"],
  [
    "Sorry but the office staff are the danger here, not hackers. They'll give away anything on the phone.",
    "blame:emp",
  ],
  ["Mostly works. When it doesn't, my cousin sorts it.", ""],
  ["If I spot a problem I mention it straight away and he's usually on it the same day.", ""],
  ["The local IT company keeps trying to sell us things we don't need.", "blame:sec"],
  [
    "Can't get the IT firm to understand that twenty minutes down at opening time costs us real money.",
    "conflict blame:sec",
  ],
  [
    "Grandad still thinks the internet's a fad and won't spend a penny on the computers, argue all you like.",
    "conflict",
  ],
  ["Our IT is whoever's youngest in the office, currently me, and I hate it.", "feel"],
  [
    "Being the youngest, I get dragged into every computer problem, and to be honest I've caused a few of them.",
    "blame:self",
  ],
  ["They changed the email system over a weekend, no warning, Monday was chaos.", "comm conflict"],
  [
    "I just feel stupid, really, every time. I nod along and then google it after.",
    "feel blame:self",
  ],
  ["The bloke from IT is actually really approachable, pops his head in every week.", ""],
  ["clear instructions, quick replies, no complaints here", ""],
  ["The software supplier's great, the problem is my own staff refusing to learn it.", "blame:emp"],
  ["Had the security talk from Dad. Basically 'don't be an idiot'. Thanks Dad.", "comm"],
  [
    "We've got antivirus on everything and the IT firm goes through the report with us every quarter, in plain English.",
    "",
  ],
  ["The nephew put a sticker on every PC with his number on it. Ring him, he answers.", ""],
];

export const VOICES_CH: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CH_2,
  ...VOICES_CH_3,
  ...VOICES_CH_4,
];
