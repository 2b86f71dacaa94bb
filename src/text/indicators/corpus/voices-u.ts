import type { RawExample } from "./types.js";
import { VOICES_U_2 } from "./voices-u-2.js";
import { VOICES_U_3 } from "./voices-u-3.js";

/**
 * Remote, hybrid and field workers (drivers, carers, reps, site engineers, home bookkeepers,
 * seasonal, part-time and night staff) and some of their IT/security staff, on support from afar.
 * Written fresh for Rapport (brief U).
 */
const VOICES_U_1: readonly RawExample[] = [
  [
    "The VPN drops every time the van goes under a bridge, and then the delivery app won't sync until I log in again.",
    "conflict",
  ],
  [
    "No idea who looks after our handhelds, to be honest. There's a phone number on a sticker and that's it.",
    "distance",
  ],
  [
    "When the scanner plays up I ask one of the other drivers. Quicker than waiting on the helpdesk.",
    "distance",
  ],
  [
    "The depot IT chap rang me back within ten minutes while I was parked up in a lay-by. Sorted in five.",
    "",
  ],
  ["They track the vans every minute of the day and call it security. Nobody asked us.", "power"],
  [
    "Locked out at half four in the morning with forty drops to do. Nobody picks up before eight.",
    "conflict feel",
  ],
  [
    "Apparently drivers lose phones like they lose sunglasses. That's what the transport manager told IT, anyway.",
    "blame:emp",
  ],
  [
    "I left the tablet on the dashboard in full sun and it died. My own stupid fault.",
    "blame:self",
  ],
  [
    "We keep the shared login on a bit of paper in the glovebox because nobody can remember the new one.",
    "conflict",
  ],
  ["The handhelds get updated overnight at the depot, which suits us fine.", ""],
  ["Every update they push breaks the route planner. Every single one.", "blame:sec"],
  ["I don't bother reporting the glitches anymore. Nobody reads them.", "distance feel"],
  [
    "If the cab tablet's locked, the load doesn't go. We're completely at their mercy.",
    "power conflict",
  ],
  [
    "The new sign-in is a faff, I suppose, but I get why they did it after the fuel card business.",
    "",
  ],
  [
    "They said the breach came from 'someone in the fleet' opening a dodgy text. Everybody knew which of us they meant.",
    "blame:emp feel",
  ],
  [
    "Dispatch gets told about system changes. We find out when the screen goes blank.",
    "distance comm",
  ],
  [
    "I'm not scared of the tech people, they're alright. It's the tech itself I can't stand.",
    "feel",
  ],
  ["Whoever set up the fleet app clearly never drove a lorry in their life.", "blame:sec"],
  [
    "Our transport office passes on any IT news at the morning briefing, in plain words. Works well.",
    "",
  ],
  ["Honestly it's not my job to worry about hackers. I drive.", "distance"],
  [
    "Typed my PIN wrong three times at a petrol station and locked the whole thing. That's on me.",
    "blame:self",
  ],
  ["They ring the depot, not us. We're just a name on a list to them.", "distance power"],
  [
    "I get a text every week telling me my device is 'non-compliant' with no clue what that means.",
    "comm",
  ],
  [
    "The helpdesk lady talked me through the reset on speaker while I was loading. Lovely, patient.",
    "",
  ],
  [
    "Two-factor codes go to a phone I'm not allowed to carry on the ward. So I'm stuck at the door.",
    "conflict",
  ],
  [
    "Care visits last forty minutes. A ticket from the field gets answered in three days.",
    "conflict",
  ],
  [
    "The tablet screen locks after a minute, right while I'm reading the notes out to a client.",
    "conflict",
  ],
  [
    "I worry every time I log a medication on the app. What if it's not saved and I get the blame?",
    "feel power",
  ],
  [
    "We're told carers are the biggest data risk in the whole organisation. That's us, apparently.",
    "blame:emp",
  ],
  ["I'm useless with passwords. I write them on my hand and then wash them off.", "blame:self"],
  [
    "The IT team came to our team meeting and actually asked what makes our days harder. First time ever.",
    "",
  ],
  [
    "Nobody ever told us who to call about the tablets. We work it out between ourselves.",
    "distance",
  ],
  [
    "Their emails about 'data protection obligations' read like a solicitor's letter. I just feel told off.",
    "comm feel",
  ],
  ["I've never once met anyone from IT. Seven years.", "distance"],
  [
    "If the app crashes mid-visit I write it on paper and type it up at home. Safer than waiting.",
    "distance conflict",
  ],
  ["I'd rather ring my daughter than the helpdesk, and she's in Spain.", "distance"],
  [
    "The rota app logged me out during a night call and I nearly missed the next client. I was shaking.",
    "feel conflict",
  ],
  [
    "Support is really good now. You press one button on the tablet and someone video-calls you.",
    "",
  ],
  ["They can see where our phones are at all times. I'm not sure I like that much.", "power feel"],
  ["They treat us like we'll leak everything the minute they look away.", "blame:emp"],
  [
    "The office keeps saying it's carer error when the records go missing. It's the sync.",
    "blame:emp",
  ],
  [
    "A nurse manager explains the security bits to new starters in normal words. Nobody feels silly asking.",
    "",
  ],
  [
    "I used to panic about the phishing tests, but the trainer made it feel like a game. Not nervous now.",
    "",
  ],
  [
    "I did click a fake parcel message on the work phone once. Still makes me go red thinking about it.",
    "blame:self feel",
  ],
  ["Honestly they're run off their feet too. I don't hold it against them.", ""],
  [
    "Last week I took my own phone into a client's home because the work one wouldn't charge. Broke the rules, I know.",
    "conflict",
  ],
  [
    "Nobody in head office asks the carers anything before they change the app. We just wake up to it.",
    "power distance",
  ],
  ["I don't really care how it's secured as long as it works when I'm with a client.", "distance"],
  ["Sales targets don't pause because the laptop decided to encrypt itself overnight.", "conflict"],
  [
    "Hotel wifi is banned, mobile data is capped. So where am I meant to send quotes from?",
    "conflict",
  ],
  ["The guy on the phone spoke entirely in acronyms. I said yes to everything and hoped.", "comm"],
  ["Our account manager in IT knows all the reps by first name. Rare, that.", ""],
  ["I just send big files through my personal email. The approved way takes ages.", "conflict"],
  ["They rolled out the new CRM login the day before quarter end. Genius.", "conflict blame:sec"],
  [
    "Frankly IT couldn't organise a meeting in a diary. Three tickets, three different answers.",
    "blame:sec",
  ],
  [
    "It drives me up the wall that a password reset needs a call back to a desk phone I don't have.",
    "feel conflict",
  ],
  [
    "I feel like an afterthought. Office people get new kit, we get the hand-me-downs.",
    "feel power",
  ],
  ["They can read every message on my work phone. I assume they do.", "power feel"],
  [
    "Bit of a dinosaur with tech, me. I usually get the young lad in the office to fix things.",
    "blame:self distance",
  ],
  [
    "The security team sent a short video for road warriors. Three minutes, funny, actually useful.",
    "",
  ],
  ["I never hear from them except when I've 'breached policy'. Never a hello.", "comm"],
  ["I don't think they're the enemy, whatever the other reps say.", ""],
  [
    "Reps are the leakiest part of the business, according to the CISO's slides. Thanks for that.",
    "blame:emp feel",
  ],
  [
    "I got flagged for logging in from two countries on the same day. I was on a ferry.",
    "conflict",
  ],
  ["The audit of my laptop felt like being searched at customs.", "power"],
  ["Their rules assume you're at a desk with fibre. Half my calls are from car parks.", "conflict"],
  ["If I'm honest I barely think about security. That's what the office is for.", "distance"],
  [
    "The VPN instructions had so many abbreviations I gave up halfway and phoned a mate.",
    "comm distance",
  ],
  ["The whole team's pretty sure IT thinks we're reckless. Maybe some of us are.", "blame:emp"],
  [
    "Got a stern two-line email saying 'This is your final warning'. Still not sure what I did.",
    "comm power",
  ],
  ["Look, the problem was me. I reused my gym password on the CRM.", "blame:self"],
  ["They helped me set up my phone in the hotel lobby over a video call. Couldn't fault them.", ""],
  [
    "Locked out of my account at a customer's site halfway through a boiler service. Had to rebook the job.",
    "conflict",
  ],
  [
    "Site laptops need a monthly check-in at the office, but I'm two hundred miles away most weeks.",
    "conflict distance",
  ],
  [
    "USB sticks got blocked, so now drawings go round on a personal cloud drive instead. Brilliant.",
    "conflict",
  ],
  ["Whoever built the job-sheet app should be made to use it in the rain.", "blame:sec"],
  ["I'm not being funny but IT broke the tablets again with that update.", "blame:sec"],
  ["Our IT lead came out on a site day with us. Now the rules actually fit the job.", ""],
  ["They decide what software we can have, and they've never seen a plant room.", "power"],
  ["Honestly the security bloke is alright. Gruff, but he'll always ring back.", ""],
  [
    "They think engineers will plug anything into anything. To be fair, some of us would.",
    "blame:emp",
  ],
  ["I'm not a computer person, I'll break it if I look at it wrong.", "blame:self"],
  [
    "The alerts are pure gibberish. 'Certificate chain invalid'. What am I supposed to do with that on a roof?",
    "comm conflict",
  ],
  [
    "I rang about a locked account and got a lecture on password hygiene before they'd unlock it.",
    "comm",
  ],
  ["We're not asked, we're told. That's how it's always been with head office tech.", "power"],
  ["If the tablet dies on site I just do it on paper. Can't be bothered chasing them.", "distance"],
  ["No problem with the helpdesk at all, they're quick and they don't talk down to you.", ""],
  ["The fault was mine, I shut the lid during the update and bricked it.", "blame:self"],
  ["It's demoralising ringing them. You can hear them sigh.", "feel comm"],
  [
    "They blamed me for the virus on the laptop. It came preinstalled with their own dodgy tool.",
    "blame:emp blame:sec",
  ],
  ["Support works a nine to five. Breakdowns don't.", "conflict"],
  ["Security checks happen in the van before we set off. Takes two minutes, fine by me.", ""],
  [
    "Any request goes into a queue and vanishes. You feel like you're shouting down a well.",
    "distance feel",
  ],
  [
    "I was the one who plugged in the stick from the client's office. Should have known better.",
    "blame:self",
  ],
  [
    "I don't get why the laptop needs a different password to the tablet. Nobody ever explained it.",
    "comm",
  ],
  [
    "Working from home, you kind of drop off their radar. Nobody's checked my setup in two years.",
    "distance",
  ],
  ["The VPN won't let me print to my own printer. So I photograph the screen instead.", "conflict"],
  ["I feel daft asking them anything. They make it sound so obvious.", "feel comm"],
  [
    "I do the accounts three mornings a week and I've never been invited to a single briefing.",
    "distance",
  ],
  ["I'm terrified I'll click the wrong invoice and empty the client's account.", "feel"],
];

/** The whole batch. */
export const VOICES_U: readonly RawExample[] = [...VOICES_U_1, ...VOICES_U_2, ...VOICES_U_3];
