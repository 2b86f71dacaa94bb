import type { RawExample } from "./types.js";
import { VOICES_BP_2 } from "./voices-bp-2.js";
import { VOICES_BP_3 } from "./voices-bp-3.js";
import { VOICES_BP_4 } from "./voices-bp-4.js";

/**
 * Owners, office managers and practice managers of very small firms (2-20 people) talking
 * about whoever does their IT and security, and about how their own staff handle it.
 * Written fresh for Rapport (brief BP).
 */
const FIRST_PART: readonly RawExample[] = [
  ["Our IT chap has looked after us for six years and he's never once let us down.", ""],
  ["We pay a monthly retainer and honestly I've no idea what we get for it.", "distance"],
  [
    "If he went bust tomorrow we'd be stuffed, he's the only one with the passwords to everything.",
    "power",
  ],
  ["They're lovely on the phone, always patient with me.", ""],
  ["I'm useless with this stuff so I just ring them and say it's broken.", "blame:self"],
  ["The girls on the salon floor click on anything that says your parcel is waiting.", "blame:emp"],
  ["Every invoice from them makes me wince, to be honest.", "feel"],
  ["They came in, swapped the router, didn't say a word about what was wrong, and left.", "comm"],
  [
    "I asked a simple question and got three paragraphs about endpoints and tunnels, and I understood none of it.",
    "comm",
  ],
  ["He talks to me like I'm a kid who's broken a toy.", "power comm"],
  ["We see him twice a year, at the Christmas do and when the server dies.", "distance comm"],
  ["They've earned our trust, nothing's gone wrong in the four years we've had them.", ""],
  ["My receptionist keeps the card machine password on a sticky note on the till.", "blame:emp"],
  [
    "It's not that they're bad, it's that I can never get hold of anyone when the booking system falls over on a Saturday.",
    "conflict",
  ],
  ["They decide what software we're allowed and I just get told afterwards.", "power comm"],
  ["I dread the day they ring to say we've been hacked.", "feel"],
  [
    "Half my lot would rather text me a photo of the error than log it with the IT people.",
    "distance",
  ],
  [
    "I used to argue with him every month about the backups, but since he set up the automatic ones we've not had a cross word.",
    "",
  ],
  ["The lads on site use one password for everything, and it's the name of the firm.", "blame:emp"],
  [
    "They made us change every password to twenty characters and now somebody's locked out every Monday morning.",
    "conflict",
  ],
  ["I feel daft asking him things, he must think I'm thick.", "feel power"],
  ["What works is that Priya pops in every other Thursday and just asks how things are going.", ""],
  [
    "We're a dental practice so the compliance side is endless, and they explain it in plain English, thank god.",
    "",
  ],
  [
    "Every email from them has a ticket number and a priority code and an SLA reference and I just want to know if the printer's fixed.",
    "comm feel",
  ],
  ["i honestly dont know who does our IT, the landlord sorts it", "distance"],
  ["They charged us two hundred quid to tell us to turn it off and on again.", "blame:sec"],
  [
    "The staff don't bother telling me about the weird emails anymore, they just delete them.",
    "distance",
  ],
  ["I'd trust him with my house keys, never mind the server.", ""],
  [
    "He's a bit of a know-all, but he's right nine times out of ten and he does explain himself.",
    "",
  ],
  [
    "When the tills went down in the Christmas rush I couldn't reach a soul for four hours.",
    "conflict",
  ],
  ["It was me. Twenty years running this place and I clicked the link.", "blame:self"],
  ["They lecture us about phishing like we're in year six.", "comm power"],
  ["My practice manager handles all that side, I just sign off the quotes.", ""],
  ["To be fair, when we had the ransomware scare they were round within the hour.", ""],
  [
    "We had a proper row about whether the vets could use their own phones for the clinic email.",
    "conflict",
  ],
  [
    "He won't let us install anything without going through him, which drives the stylists up the wall.",
    "conflict power feel",
  ],
  ["Who do I even call? The broadband people or the computer people?", "distance"],
  ["It's cheaper to let my son have a look than pay that lot.", "distance"],
  ["Our IT guy never makes me feel stupid, which is more than I can say for my bank.", ""],
  [
    "The partners here think security is somebody else's job, and mostly they think it's mine.",
    "blame:emp",
  ],
  ["They sent a forty-page report after the audit. I read page one.", "comm"],
  ["I just do what they say, I'm not in a position to question it.", "power"],
  ["Bit pricey, but you get what you pay for.", ""],
  [
    "Whenever something breaks it's apparently because one of us did something, never their setup.",
    "conflict blame:sec",
  ],
  ["We never hear from them unless the invoice is due.", "comm distance"],
  [
    "The kitchen staff all share one login for the ordering tablet and nothing I say changes it.",
    "blame:emp",
  ],
  [
    "He explains things with cooking comparisons because he knows I run a café, which I appreciate.",
    "",
  ],
  ["I'm scared to touch anything in case I break it and have to pay him to come out.", "feel"],
  ["Once a quarter we sit down for half an hour and go through what's changed.", ""],
  ["They're a big outfit and we're obviously their smallest client.", "power"],
  ["Honestly, the weakest bit of our whole setup is me.", "blame:self"],
  ["My office manager and the IT lad bicker constantly about the shared drive.", "conflict"],
  ["The two-step login thing is a faff but I understand why we do it.", ""],
  [
    "Nobody here reads the security emails he sends round, they go straight in the bin.",
    "distance",
  ],
  ["They sorted the Wi-Fi and it's better now than it's ever been.", ""],
  ["They talk to my husband instead of me, and it's my salon.", "power feel"],
  ["Our bookkeeper got caught by a fake invoice and I still feel sick thinking about it.", "feel"],
  ["Do they actually monitor anything or do they just send the bill?", "blame:sec distance"],
  ["The receptionists are sharp actually, they spot the dodgy emails before I do.", ""],
  ["I don't understand the technical side and I don't need to, he tells me what matters.", ""],
  ["He sighs down the phone every time I ring.", "comm feel"],
  [
    "We switched IT company last year after the old one went quiet on us for a month, and the new ones are great.",
    "",
  ],
  [
    "They've locked the laptops down so tight the architects can't even install a font.",
    "conflict",
  ],
  ["My staff think the antivirus pop-ups are the virus.", "blame:emp"],
  ["They never once asked how we actually work before they set everything up.", "power"],
  ["It's a two-man band and they pick up the phone themselves, which I love.", ""],
  ["i just want it to work, i don't care how", ""],
  ["Every conversation turns into a sales pitch for some new cyber package.", "conflict"],
  [
    "After the email breach they went through everyone's inbox without telling us first.",
    "power comm",
  ],
  ["I reckon they think we're idiots, and maybe we are.", "power blame:self"],
  ["The new lot are a bit corporate compared to our old IT man, but they get the job done.", ""],
  ["I've seen one of the nurses write her password on the back of her hand.", "blame:emp"],
  [
    "I had to drive the laptop over to their office myself because they wouldn't send anyone out.",
    "conflict",
  ],
  ["We get on fine, he's practically part of the team.", ""],
  ["They ran a fake phishing test and the girls felt tricked and a bit humiliated.", "feel power"],
  ["Nobody tells me anything until it's already gone wrong.", "comm"],
  ["I go round him now and ring the software company direct.", "distance"],
  ["It's expensive, but after what happened to the florist next door I'm not arguing.", ""],
  ["The plumbers don't see why they need a PIN on their phones at all.", "conflict"],
  ["Honestly I hide from his emails.", "distance"],
  ["Very responsive, very clear, no complaints.", ""],
  ["They always say it's user error and I want to scream.", "feel conflict"],
  ["I couldn't tell you what a firewall is and I've paid for two.", "blame:self"],
  [
    "The new lad at the IT place doesn't know our setup at all so every call starts from scratch.",
    "blame:sec",
  ],
  ["I trust them completely. Maybe too much, but there we are.", ""],
  ["He's great, but he's one bloke, and when he's on holiday we're on our own.", "power"],
  ["It's like they speak another language, it's all initials.", "comm"],
  ["I've learned to nod along and google it afterwards.", "comm"],
  ["My staff are good about locking their screens, I'll give them that.", ""],
  [
    "We argued for an hour last month about whether I could have the admin password to my own computer.",
    "conflict power",
  ],
  ["It's my business and I haven't even got the keys to it.", "power feel"],
  ["If something looks off the team tell me and I forward it to the IT place, works fine.", ""],
  ["I'm embarrassed how often I ring them about the same thing.", "feel blame:self"],
  ["Their response times are written into the contract and they stick to them.", ""],
  ["He got properly shirty when I mentioned we were looking at cheaper quotes.", "conflict"],
  ["no complaints really, they're quick", ""],
  ["The clinic's cleaner knows more about our Wi-Fi password than I'd like.", "blame:emp"],
  ["I'd like to know what they actually do for us all month.", "distance"],
  ["They were very good about explaining why the old server had to go.", ""],
  [
    "Our girl on reception gets anxious every time the screen does something new, so she won't touch it until I'm in.",
    "feel",
  ],
  ["They're not rude, just impossible to pin down.", "conflict"],
  ["We don't really have an IT person, we have a cousin with a van.", ""],
  ["The engineers never turn up when they say they will.", "blame:sec conflict"],
  ["He doesn't ask, he just does it, and then we find out when something's moved.", "power comm"],
  ["Honestly it's a relief having someone else worry about it.", ""],
  [
    "The accountants here are clever people but they treat security training like a dentist appointment.",
    "blame:emp",
  ],
  [
    "I got a telling-off on the phone for plugging in a USB stick, like I was fifteen.",
    "power comm feel",
  ],
  ["Our IT is sorted by the franchise head office and I've never met any of them.", "distance"],
  ["They patiently walked my dad through resetting his email, and he's eighty-one.", ""],
  ["I don't like feeling that I can't leave them.", "power feel"],
  ["She's straight with us about what we can and can't afford, which is rare.", ""],
  [
    "The juniors just work round the rules, they email files to their personal accounts.",
    "blame:emp distance",
  ],
  ["We're paying for a helpdesk that never helps.", "blame:sec"],
  [
    "He puts a note in the diary every six months and comes to check the backups, regular as clockwork.",
    "",
  ],
  ["Worries me that I'd have no idea if something was going on.", "feel"],
  [
    "The woman who does our IT treats my questions like they're sensible, even the ones that aren't.",
    "",
  ],
  ["Getting an answer out of them is like getting blood out of a stone.", "conflict comm"],
  ["The apprentices are the worst for it, they'll download anything.", "blame:emp"],
  ["I suppose we've never really argued, we just don't talk much.", "distance"],
];

export const VOICES_BP: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BP_2,
  ...VOICES_BP_3,
  ...VOICES_BP_4,
];
