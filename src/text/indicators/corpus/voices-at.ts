import type { RawExample } from "./types.js";
import { VOICES_AT_2 } from "./voices-at-2.js";
import { VOICES_AT_3 } from "./voices-at-3.js";
import { VOICES_AT_4 } from "./voices-at-4.js";

/** Hands-on workers with little desk time (trades, farms, dispatch, cleaning, guarding, care, kitchens, salons, gyms, print shops) on a phone survey about "the IT people". Written fresh for Rapport (brief AT). Part 1: electricians, plumbers, farm workers. */
const FIRST_PART: readonly RawExample[] = [
  ["Never met them. Couldn't tell you if it's one bloke or a whole team.", "distance"],
  [
    "Typing a fourteen character password with rigger gloves on is the low point of my day.",
    "conflict feel",
  ],
  ["IT? There's a lad called Dean who comes in Thursdays. He's alright.", ""],
  [
    "whoever does the computers changed the van tablet password again and nobody told us. proper fuming",
    "comm feel",
  ],
  ["The tablet wants a code sent to a phone. The phone is in the van. I am in a loft.", "conflict"],
  ["No complaints. Tablet works, phone works, card machine works.", ""],
  ["No idea what they do all day, and that's not a dig, I genuinely don't know.", "distance"],
  [
    "They've locked the tablets so tight I can't even check the rain radar before going up on a roof. Treated like kids.",
    "conflict power",
  ],
  ["I forget they exist till the card reader packs in.", "distance"],
  [
    "Card reader died at a customer's house, rang the helpline, sorted in five minutes. Fair play.",
    "",
  ],
  [
    "Rang them from under a kitchen sink with one bar of signal and got hold music for twenty minutes. Brilliant.",
    "conflict feel",
  ],
  [
    "i just take the photos on my own phone now, the work one wants a login every single time",
    "conflict distance",
  ],
  [
    "Honestly I'm hopeless, I don't even know my own login, Karen in the office types it in for me.",
    "blame:self",
  ],
  [
    "They send emails about scams. I don't open emails, so I suppose that's one way to stay safe.",
    "distance",
  ],
  ["Our IT is a laptop in the farm office with the password on a sticky note. Works fine.", ""],
  ["Boss's nephew does the computers. Nice lad, but he might as well be speaking Dutch.", "comm"],
  [
    "Asked about the job app crashing and got told to 'log a ticket via the portal'. I'm up a pole, pal.",
    "comm conflict",
  ],
  ["They're fine. I don't need them much.", ""],
  [
    "Only time I hear from IT is when I've apparently done something wrong. Like a naughty schoolboy.",
    "comm power",
  ],
  [
    "Got a telling off for leaving the tablet on the dashboard. It was in a locked van.",
    "conflict power",
  ],
  ["The vans have trackers, the tablets have whatever. Doesn't bother me.", ""],
  [
    "Feels like someone in an office somewhere decides how I do my job and they've never held a screwdriver. Winds me up.",
    "power feel",
  ],
  [
    "New rule is no personal phones for job photos, nobody asked us. Great, so now I carry two phones about.",
    "conflict power",
  ],
  ["Whoever set up the certificates app did a good job, it's quicker than the paper pads.", ""],
  ["I'm probably the reason they made the password rules stricter, if I'm honest.", "blame:self"],
  [
    "The lads share one login for the parts account. IT doesn't know and nobody's telling them.",
    "distance",
  ],
  [
    "They talk to you like you're five. 'Have you tried turning it off and on.' Yes, Gary.",
    "comm power",
  ],
  ["Mostly they leave me alone, which suits me.", ""],
  ["Plumber. Don't use the computers. Next question.", ""],
  [
    "The tablet updates itself at 7am, exactly when I'm trying to open the first job. Every. Single. Day.",
    "conflict feel",
  ],
  [
    "Honestly they've been decent since they put a proper support number on the side of the van.",
    "",
  ],
  ["Used to be you'd wait a week for a password reset, now it's same day. Big improvement.", ""],
  [
    "I don't trust the whole thing, cameras and trackers and logins. Makes me uneasy.",
    "feel power",
  ],
  ["My apprentice knows more about the tablet than the help desk does.", "blame:sec"],
  [
    "They're alright but they don't get that we're on sites with no wifi half the time.",
    "conflict",
  ],
  [
    "Every time I ring it's a different person and I explain the whole thing again from scratch. Exhausting.",
    "distance feel",
  ],
  ["Bit embarrassing, but I locked myself out three times in one morning.", "feel blame:self"],
  ["I'd rather ring the office than IT. The office actually picks up.", "distance conflict"],
  ["They put a poster up in the yard about passwords. Someone drew a moustache on it.", "comm"],
  ["Fine. Quick. Polite. What else do you want.", ""],
  ["They never come out to the depot. Not once in four years.", "distance"],
  ["Passwords are the enemy of anyone with dirty hands.", "conflict"],
  ["The MFA thing, where it texts you a number. Whatever it's called. Hate it.", "feel conflict"],
  ["We're a dairy farm. The computer person is the farmer's daughter. She's great.", ""],
  ["Don't really know what IT is on a farm. The tractor's got GPS, does that count?", "distance"],
  [
    "The contractor who put the herd software in won't answer his phone anymore.",
    "conflict distance",
  ],
  [
    "They made us all get a code on our phones to see our payslips. Half of us have no signal in the sheds.",
    "conflict",
  ],
  [
    "The feed system locked itself because someone typed the password wrong too many times. Wasn't me. Probably was me.",
    "blame:self",
  ],
  ["Whoever it is, they're polite when you ring. Just slow.", ""],
  [
    "Seasonal pickers get a shared login for the weighing app. Nobody's ever told us if that's allowed.",
    "comm",
  ],
  ["It's a farm, mate. The security is the dog.", ""],
  [
    "The man who does the computers turned up in white trainers and wouldn't go near the yard. Talked to us through the office window.",
    "distance",
  ],
  ["Lovely bloke, explained the whole thing twice without once making me feel thick.", ""],
  ["He makes me feel thick every time, asks if I've 'read the guide'. What guide?", "feel comm"],
  ["They changed the farm wifi password and forgot to tell the milking robot.", "comm"],
  ["I just ask my son to do it.", "distance"],
  ["I'd report a dodgy email if I knew who on earth to report it to.", "distance"],
  ["Can't complain, they had the farm shop card machine going again within a day.", ""],
  ["Farm shop card machine needs a PIN that's taped under the till. Is that bad? Probably.", ""],
  ["They always say it's user error. Funny how the user is always us.", "conflict power"],
  ["Haven't a clue. Ask the office.", "distance"],
  ["Clueless, the lot of them, they couldn't wire a plug. Drives me mad.", "blame:sec feel"],
  [
    "They're fine but they could come out and see what we actually do, it's not all desks.",
    "distance",
  ],
  [
    "Nobody asked us before they swapped the tablets. New ones just turned up one Monday.",
    "power comm",
  ],
  ["New tablets are better, to be fair. Bigger screen.", ""],
  ["Got an email with 'SSO' and 'endpoint' in the subject line. Deleted it.", "comm distance"],
  ["To be honest they're the least of my worries.", ""],
  [
    "i got locked out friday and had to wait till monday cos nobody works weekends. lost two jobs. gutted",
    "conflict feel",
  ],
  ["I'm always worried I'll click the wrong thing and bring the whole firm down.", "feel"],
  [
    "They told us not to plug anything into the van chargers. Then gave us tablets that only charge in the van.",
    "conflict blame:sec",
  ],
  ["Sound. Helpful. No bother.", ""],
  ["The guy is decent but you have to catch him before half nine or he's gone.", "conflict"],
  ["I've no interest in computers and they've no interest in plumbing. Works out.", "distance"],
  ["Who's 'the IT people'? Is that the woman who does the rota?", "distance"],
  [
    "We had a scam call pretending to be the bank. IT did a little talk after. Was actually useful.",
    "",
  ],
  [
    "Their 'training' was a video we had to watch before the tablet would open the jobs. Twelve minutes. At 6am.",
    "conflict feel",
  ],
  ["I did the security video with the sound off and clicked next till it let me go.", "distance"],
  [
    "They must think we're idiots, the quiz at the end asks if you'd give your password to a stranger. Bit insulting.",
    "power feel",
  ],
  ["Probably do need the quiz, to be fair, some of the lads would hand it over.", "blame:emp"],
  [
    "Half the lads write their PIN on the back of the tablet. Can't blame IT for that.",
    "blame:emp",
  ],
  ["Not their fault, honestly. Us lot are rubbish at it.", "blame:emp"],
  ["I think they're a company in India? Or Leeds? Somewhere.", "distance"],
  ["Nice people. Never see them.", "distance"],
  ["Every time they 'improve' something it takes me longer.", "conflict"],
  ["Rules are rules. If they say change the password monthly, I change it monthly.", ""],
  ["Change it monthly? I change one number at the end. Don't tell them.", "distance"],
  [
    "They did come out to the yard once and spent an hour setting the phone up with me. Nice fella.",
    "",
  ],
  [
    "I get nervous ringing them. Feel like I'm wasting their time, so mostly I don't.",
    "feel distance",
  ],
  ["Never had an issue with them, never had a conversation with them either.", "distance"],
  ["The office handles all that, I just drive.", ""],
  [
    "the app logs you out if you dont touch it for 5 min, which is every job cos im working not touching screens",
    "conflict",
  ],
  ["They wouldn't last a day on site.", "blame:sec"],
  ["When I was new they set everything up for me and showed me twice. Really patient.", ""],
  ["It's always 'policy'. Whose policy? Nobody can tell me.", "power comm"],
  ["Lost the work phone on a job once. Owned up, they wiped it, new one next day. No drama.", ""],
  [
    "I was dreading telling them I'd lost the phone. Turned out fine, they were sound about it.",
    "",
  ],
  ["Can't say I've ever thought about them.", "distance"],
  ["They're on a different planet to us. Nice planet, probably.", "distance"],
  ["Sort of dread the phone lighting up with 'IT', it means I've done something.", "feel comm"],
  ["Clever lads. Wish they'd explain it in English.", "comm"],
  ["Give me a fuse board over a password reset any day.", ""],
  ["The one in the glasses is sound, the other one's a bit up himself.", "power"],
  ["Had a go at me for using the same password on everything. Fair enough, I did.", "blame:self"],
  ["Just want the thing to work when I switch it on. That's it.", ""],
  ["Don't know, don't care, sorry.", "distance"],
  [
    "We asked for a tablet holder for the vans. Six months on, still waiting. Useless.",
    "conflict blame:sec",
  ],
  [
    "Told them the work phone was slow and they said I had too many photos of drains on it. Fair.",
    "",
  ],
  ["My password is my dog's name and a number. I know, I know.", "blame:self"],
  ["They're good. I'm the dinosaur.", "blame:self"],
  ["Like being back at school, the way they send round their 'reminders'.", "power comm"],
  ["They mean well.", ""],
  [
    "They mean well, but they've never had to fill in a gas cert in a cupboard by torchlight.",
    "conflict",
  ],
  ["I'd give them a 7. Could come out more.", ""],
  [
    "If it's broke I turn it off and on, if that doesn't work I give it to the office. Never spoken to the IT lot direct.",
    "distance",
  ],
  [
    "Spent my dinner break on hold to reset the password I need to log my dinner break. Think about that.",
    "conflict feel",
  ],
  [
    "Rang about the tablet and the lad talked me through it while I was still up the ladder. Sorted.",
    "",
  ],
  ["They're never short with you, even when it's a daft question.", ""],
  ["The password keeper thing they put on the phones is handy, I'll give them that.", ""],
  ["Work phone, work tablet, both fine. Nothing to report.", ""],
  ["The herd software is the farmer's headache, not mine.", ""],
  ["It was a faff at first with the new logins, but I'm used to it now and it's quicker.", ""],
  ["No, they've never made me feel stupid. Not once.", ""],
  [
    "They're a phone call away and they do answer, which is more than I can say for the merchants.",
    "",
  ],
  [
    "Bit of a learning curve with the card reader, but the help sheet they gave us was dead clear.",
    "",
  ],
  [
    "We only see the computer fella when the milk recording's gone down, and he acts like we broke it.",
    "comm power",
  ],
];

export const VOICES_AT: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AT_2,
  ...VOICES_AT_3,
  ...VOICES_AT_4,
];
