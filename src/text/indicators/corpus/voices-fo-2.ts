import type { RawExample } from "./types.js";

/** Part 2 of batch FO (see voices-fo.ts). */
export const VOICES_FO_2: readonly RawExample[] = [
  ["new starters are the worst for it, they'll plug any stick in", "blame:emp"],
  ["The IT lot are useless, simple as.", "blame:sec"],
  ["Every time they 'improve' something the scanners stop working", "blame:sec conflict"],
  [
    "P5 blames the security team for the lost day on the press line after the forced update.",
    "blame:sec conflict",
  ],
  ["Half our problems are caused by IT, not by us.", "blame:sec"],
  [
    "they lock everything down then wonder why nobody can work. its them thats the problem",
    "blame:sec conflict",
  ],
  ["Lads on site think IT is a waste of money. Can't say I disagree much.", "blame:sec"],
  ["It's probably me, I'm rubbish with computers.", "blame:self"],
  ["I clicked the link, my own fault, should've looked closer", "blame:self"],
  [
    "P8 says she always feels it's her fault when the tablet won't sync, she's 'not a tech person'.",
    "blame:self feel",
  ],
  ["Im the one who got the whole yard's wifi blocked. Felt like a right idiot.", "blame:self feel"],
  ["probably my fault for not reading the emails properly", "blame:self"],
  [
    "They only ring when somethings gone wrong and then it's all acronyms. I end up feeling stupid.",
    "comm feel",
  ],
  [
    "P12 says the security manager is arrogant, never explains why, just says it's policy.",
    "power comm",
  ],
  [
    "We gave up asking for printer access on site, we just photo the drawings on our own phones now",
    "distance conflict",
  ],
  [
    "I feel like I'm being checked up on all the time by people I've never seen.",
    "feel power distance",
  ],
  ["Drivers don't trust IT and IT don't trust drivers, that's about the size of it.", "conflict"],
  [
    "Getting a new phone set up means posting it to head office and two weeks with no phone, so people just use their own.",
    "conflict power",
  ],
  [
    "I dread the security training every year. You sit in the portakabin while some fella from head office goes through what you're not allowed to do, then there's a quiz at the end and if you get it wrong your name goes to your manager. Feels like being on trial, honestly.",
    "feel power comm",
  ],
  [
    "P14 finds the IT team hard to pin down and has started going to the site admin instead.",
    "conflict distance",
  ],
  [
    "There's some invisible someone who decides what we can get into. We never get told why.",
    "power comm",
  ],
  [
    "Honestly its embarrassing, I locked myself out three times this week. I'm hopeless at it.",
    "blame:self feel",
  ],
  [
    "The security lot sit in their office and hand rules down like the ten commandments.",
    "power distance",
  ],
  [
    "Foreman reckons if the lads were more careful half the incidents wouldn't happen, and IT just make the job harder on top.",
    "blame:emp conflict",
  ],
  [
    "Annoys me that they won't just come out and look at the kit, it's always 'send us a screenshot'.",
    "feel comm",
  ],
  ["I'm a bit wary of the whole thing, not sure what they can see on my phone.", "feel"],
  [
    "we get told off by email for leaving the terminal logged in but no-one ever showed us how to lock it quick",
    "comm",
  ],
  [
    "Security is what stops me getting the paperwork signed off on time, that's how most of us see it.",
    "conflict",
  ],
  [
    "When they changed the van trackers nobody asked us, and now the office knows every stop I make.",
    "power feel",
  ],
  [
    "The IT guys are alright I suppose but we don't really see them, we just muddle through",
    "distance",
  ],
  [
    "Respondent says he feels stupid asking the same question twice, so he doesn't ask.",
    "feel distance",
  ],
  [
    "They're so far removed from what we do out here, I don't think they get it at all.",
    "distance conflict",
  ],
  [
    "mate the VPN drops every time I go under a bridge and I have to redo the whole delivery note. Ridiculous",
    "conflict feel",
  ],
  [
    "Told security three times the gate tablet was broken. Nothing. Now I don't bother.",
    "distance conflict",
  ],
  ["P15 thinks management use security as an excuse to keep tabs on the night shift.", "power"],
  ["I always assume it's something I've done wrong before I ring them.", "blame:self"],
  ["they talk down to the older lads, assume we cant work a phone", "comm power"],
  [
    "A supervisor said the agency staff are the real risk, they don't care and they don't stay.",
    "blame:emp",
  ],
  [
    "Respondent is frustrated that the rules change every few months without anyone explaining the reason.",
    "feel comm",
  ],
  ["We're basically at the mercy of whoever's on the helpdesk that day.", "power"],
  [
    "I avoid the IT office. Last time I went in I got a lecture about my password.",
    "distance comm",
  ],
  [
    "The security guys act like they're doing you a massive favour when they fix anything.",
    "power",
  ],
  [
    "P16 said she just uses the old paper forms when the tablet acts up, rather than deal with IT.",
    "distance conflict",
  ],
  ["Kinda stressful tbh. One wrong click and you're in the bosses office.", "feel"],
  [
    "Nobody from security has ever been to this depot, they wouldn't know where the loading bays are.",
    "distance",
  ],
  [
    "They're friendly enough, don't get me wrong, but you can never get hold of anyone after five.",
    "conflict",
  ],
  ["No complaints about the password rules, it's the jargon in their emails that gets me.", "comm"],
  [
    "The engineers are the ones causing the trouble, bringing their own kit onto the network.",
    "blame:emp",
  ],
  ["We changed the gate codes in January and everyone got the new ones by text.", ""],
  ["I use the tablet for delivery notes and signatures, that's about it.", ""],
  ["The IT lad, Kev, came out to the yard and sorted the scanner in ten minutes. Top bloke.", ""],
  ["P4 says the IT team are easy to get hold of and usually ring back the same day.", ""],
  ["Never had a problem with them, honestly.", ""],
  ["They're not condescending at all, they explain stuff properly.", ""],
  ["Used to be a nightmare getting a login. Since they put someone on site it's sorted.", ""],
  ["Respondent uses the VPN when working from the site cabin.", ""],
  ["We log in to the shared terminal with our badge now.", ""],
  ["The phishing training was actually quite good, it had real examples from haulage.", ""],
  ["I don't find security a hassle, its part of the job like PPE.", ""],
  [
    "Someone at another depot had a bad time with IT years ago but that's never been my experience.",
    "",
  ],
];
