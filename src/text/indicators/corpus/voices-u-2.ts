import type { RawExample } from "./types.js";

/** Batch U (remote, hybrid and field workers), part 2 of 3; see voices-u.ts. */
export const VOICES_U_2: readonly RawExample[] = [
  ["The IT contractor is good. He explains things in bookkeeping terms, which I appreciate.", ""],
  ["Every email from them starts with 'As you should already be aware'. Lovely.", "comm feel"],
  ["They can remote into my laptop without asking. I've seen the cursor move on its own.", "power"],
  ["It's me, I always forget the authenticator app and then panic.", "blame:self feel"],
  [
    "I'd really rather not be on the phone to them. I always end up feeling thick.",
    "distance feel",
  ],
  ["Nobody ever talks down to me there. They're quite gentle actually.", ""],
  [
    "Our IT firm changed the login and didn't tell the part-timers. I lost a whole morning.",
    "distance conflict",
  ],
  ["Home workers are careless with papers, they said. My shredder would disagree.", "blame:emp"],
  [
    "The IT provider took a week to restore a file they'd deleted themselves.",
    "blame:sec conflict",
  ],
  ["They set the policy, we sign it. That's the relationship.", "power"],
  [
    "The two-factor thing was confusing at first, but they sent a one-page guide with pictures. Easy.",
    "",
  ],
  ["Fine by me that they monitor the laptop. It's their laptop.", ""],
  ["I've no idea whether anyone reads the security reports I send in. Probably not.", "distance"],
  ["A reminder about phishing pops up each month in normal words, short. I actually read it.", ""],
  [
    "I honestly can't follow their instructions. They assume you know what a 'client certificate' is.",
    "comm",
  ],
  ["I dread Monday logins. Something has always changed over the weekend.", "feel"],
  [
    "When the accounts package froze, the IT people said it must be 'user error'. It froze for everyone.",
    "blame:emp",
  ],
  [
    "The IT company we pay couldn't find their own invoice, let alone my missing folder.",
    "blame:sec",
  ],
  ["Keeping client data safe is part of my job. Nobody has to tell me twice.", ""],
  [
    "Seasonal staff get a login on day one and a rulebook nobody reads. That's the induction.",
    "comm",
  ],
  ["We're here for the summer, so nobody bothers explaining anything.", "distance"],
  ["Nobody asks the pickers. We get a badge and a list of don'ts.", "power comm"],
  [
    "The tills kept locking us out at Christmas. The regulars just shared one login in the end.",
    "conflict",
  ],
  ["I reckon they think temps are a walking security hole.", "blame:emp"],
  [
    "Being seasonal is fine, the manager showed us the scanner and the password rules in ten minutes.",
    "",
  ],
  ["I'm only here till September, it's not really my concern.", "distance"],
  ["The warehouse IT guy is proper sound. Showed me the tablet twice, no eye-rolling.", ""],
  [
    "Got told off in front of everyone for leaving the scanner logged in. Humiliating.",
    "feel power blame:emp",
  ],
  ["We're treated like we'll nick the data as soon as we get the chance.", "blame:emp power"],
  ["I messed up my login on the first morning. Classic me.", "blame:self"],
  ["They lost our temp accounts twice in a month. Absolute shambles.", "blame:sec"],
  [
    "I was anxious about the card machine rules at first, but the supervisor took the fear out of it.",
    "",
  ],
  [
    "Part-timers get whatever's left: old laptops, last in the queue for fixes. It stings.",
    "feel power",
  ],
  [
    "I work Tuesdays and Thursdays. The password expires every month, so I'm forever locked out.",
    "conflict",
  ],
  [
    "The security training's scheduled on Mondays. I don't work Mondays. Nobody noticed for a year.",
    "distance",
  ],
  [
    "I suppose the part-timers are a bit forgotten, but I don't mind really. It's not a big deal.",
    "distance",
  ],
  ["IT sent a nice welcome email when I started, with the helpdesk number and a short how-to.", ""],
  ["Being part-time, I feel like I'm always the one asking the stupid question.", "feel"],
  ["Their rules get decided in meetings I'm never in. I just find out after.", "power distance"],
  ["The helpdesk treats part-timers like second-class staff. I'm not imagining it.", "power"],
  [
    "They said part-time staff 'don't take security seriously'. I take it very seriously, thanks.",
    "blame:emp feel",
  ],
  ["I don't hold a grudge against IT. They're stretched thin.", ""],
  [
    "I'm not great with this stuff, truth be told. I'd rather someone else did it.",
    "blame:self distance",
  ],
  ["Job-share means two of us on one login. IT said no. So we share it anyway.", "conflict"],
  ["It does wear you down, being locked out every other shift.", "feel conflict"],
  [
    "Couldn't clock in for the night shift because the portal was down for maintenance at two. Who plans that?",
    "conflict blame:sec",
  ],
  [
    "Nights get no IT at all. There's an out-of-hours number that goes to voicemail.",
    "conflict distance",
  ],
  ["On nights you fix things yourself or you don't fix them.", "distance"],
  ["I've worked nights here four years and never laid eyes on anyone from security.", "distance"],
  [
    "The out-of-hours guy was superb. Got the ward system back up at three in the morning without fuss.",
    "",
  ],
  [
    "When the system crashes at night, I'm on my own with a queue of patients. It's scary.",
    "feel conflict",
  ],
  ["Day staff get the training sessions. Nights get a PDF.", "distance comm"],
  ["The night porters get blamed for every 'security incident' in the building.", "blame:emp"],
  [
    "Honestly, nobody on nights cares about the IT rules. We're just trying to get through.",
    "distance conflict",
  ],
  [
    "The email said 'suspicious activity detected' at 1am and then nothing. I didn't sleep after that.",
    "comm feel",
  ],
  [
    "I locked the ward computer by mistake and had to wake the on-call. That one was on me.",
    "blame:self",
  ],
  ["Night managers aren't consulted on anything. The rules land on us from the day team.", "power"],
  [
    "Security on nights means a badge reader that works half the time. Not my problem to fix.",
    "distance",
  ],
  ["There's no jargon from the on-call engineer, he just says what to press. I like that.", ""],
  ["Remote staff are where all our incidents start. That's just the data.", "blame:emp"],
  [
    "Half the reps reuse one password everywhere. You can't protect people from themselves.",
    "blame:emp",
  ],
  ["We only hear from the field teams when something's broken, never when it works.", "comm"],
  ["I'm one person supporting eighty people spread across four counties. I'm drowning.", "feel"],
  [
    "The care staff never answer when I ring about updates. They just don't engage.",
    "distance blame:emp",
  ],
  ["Honestly, the drivers will click anything that promises a bonus.", "blame:emp"],
  [
    "It's frustrating: I write a clear guide, nobody reads it, and then I get the angry calls.",
    "feel comm",
  ],
  [
    "Management decide the budget and I'm expected to secure a fleet of phones with nothing.",
    "power",
  ],
  [
    "I don't think of the night staff as a risk. They're often the ones who spot weird stuff first.",
    "",
  ],
  [
    "We call the remote team every fortnight just to see how they're getting on. Stops small problems growing.",
    "",
  ],
  ["The engineers treat us like servants. 'Fix it now' and the phone goes down.", "power feel"],
  [
    "People say users are the weakest link. I've never bought that line, and our field staff prove me wrong daily.",
    "",
  ],
  [
    "Frankly, the warehouse temps are careless with the scanners. Three lost this month.",
    "blame:emp",
  ],
  ["Our previous IT contractor set up the VPN badly and the reps paid for it.", "blame:sec"],
  ["I've stopped visiting the depots. There's no point, nobody wants to talk to IT.", "distance"],
  [
    "The sales director overrules every policy I write the moment a rep complains.",
    "power conflict",
  ],
  ["Field staff think we're the fun police. It gets to you after a while.", "feel power"],
  ["Our job is to make their day easier, not to catch them out.", ""],
  ["They bypass the VPN and then the data leaks. Every time.", "blame:emp conflict"],
  ["I know the old helpdesk was hopeless. We're rebuilding it.", "blame:sec"],
  ["Some days I feel like the most hated person in the company.", "feel"],
  ["The remote bookkeepers are brilliant at reporting odd emails. Best in the firm.", ""],
  [
    "I try not to use technical terms with the carers, and they ask more questions because of it.",
    "",
  ],
  [
    "Nobody outside the office ever thinks about security until they're locked out. Then it's my fault.",
    "distance blame:sec",
  ],
  [
    "We're told not to use our own phones, but the company ones get no signal out at the farms.",
    "conflict",
  ],
  ["They can wipe my phone whenever they like, and that includes my photos.", "power feel"],
  [
    "The new laptops are great, encrypted, quick, and someone posted them with a hand-written note.",
    "",
  ],
  [
    "The phone they gave me is so locked down I can't even install the map app the job needs.",
    "conflict power",
  ],
  ["The ruggedised tablets are brilliant. Whoever picked them knew what we do.", ""],
  [
    "Kit arrives with no instructions and a login that doesn't work. Then you're on hold for an hour.",
    "conflict comm",
  ],
  ["I rather dread getting a new device. It means a week of nothing working.", "feel"],
  ["My laptop got swapped and nobody transferred my files. Brilliant work, team.", "blame:sec"],
  ["I dropped the work phone in a cattle trough. No one to blame but myself.", "blame:self"],
  ["If anything breaks I just buy a cable from the garage. Asking IT is pointless.", "distance"],
  [
    "I don't understand why the phone needs a twelve-digit code and the laptop a fingerprint. Nobody explains.",
    "comm",
  ],
  [
    "They made me hand in my phone for an 'inspection' and gave no reason. Felt like I was a suspect.",
    "power feel",
  ],
  [
    "The laptop policy is sensible. I'd rather have that than be the one who loses client data.",
    "",
  ],
  ["The work phones are fine. Nothing to complain about really.", ""],
  ["They assume if a tablet goes missing it's because a carer left it in the car.", "blame:emp"],
  ["Their device list is ten years out of date. They've clearly never checked.", "blame:sec"],
  [
    "Everything goes through the ticket system. I've never spoken to an actual human there.",
    "comm distance",
  ],
  ["The ticket closed itself as 'resolved'. Nothing was resolved.", "blame:sec"],
  [
    "By the time someone answers the support line it's gone six and the office is shut.",
    "conflict",
  ],
  ["You ring, you press four options, and you get an email with a link to a wiki page.", "comm"],
  [
    "I used to dread ringing the helpdesk, but since they brought it in-house it's genuinely nice.",
    "",
  ],
  [
    "The phone support bloke made me feel like an idiot for not knowing what a browser is.",
    "comm feel",
  ],
  ["Tickets from the field go to the bottom. Office tickets jump the queue.", "power"],
  ["I don't log tickets any more, I just find a workaround.", "distance conflict"],
  [
    "Three tickets, three weeks, still no working email on the tablet. Whoever runs that desk should be embarrassed.",
    "blame:sec",
  ],
  ["They answer quickly, they're polite and they remember you. I've no complaints.", ""],
  [
    "The automated reply says they 'value my patience'. My patience ran out last Tuesday.",
    "feel comm",
  ],
  ["Ringing support feels like begging for a favour.", "power feel"],
  [
    "The helpdesk sent me a twenty-step guide full of words I'd never heard. I gave up at step three.",
    "comm",
  ],
  ["They're quick to say it's our side. It's always 'your connection', never theirs.", "blame:emp"],
  ["Support is patient. I forget things constantly and they never make a fuss.", ""],
  ["It's probably something I did, it usually is.", "blame:self"],
];
