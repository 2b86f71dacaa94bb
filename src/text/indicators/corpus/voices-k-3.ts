import type { RawExample } from "./types.js";

/**
 * Brief K continued (see voices-k.ts):
 * - Blame toward staff: sarcasm, resignation, generalisations, punishment talk
 * - Rejecting blame, good relationships, neutral descriptions
 */
export const VOICES_K_3: readonly RawExample[] = [
  // Blame toward staff: sarcasm, resignation, generalisations, punishment talk
  [
    "The warehouse crew would hand over their bank details for a ticket in the meat raffle.",
    "blame:emp",
  ],
  [
    "Bless them, the partners think 'Password1!' is clever because of the exclamation mark.",
    "blame:emp",
  ],
  ["Humans gonna human. You just budget for the mop.", "blame:emp"],
  [
    "You explain it once, twice, ten times. It goes in one ear and out the same ear.",
    "blame:emp feel",
  ],
  [
    "Personally I'd take the laptop off anyone who fails two phishing tests on the trot.",
    "blame:emp power",
  ],
  [
    "Three strikes and your email goes, that's how I'd run it if it were up to me.",
    "blame:emp power",
  ],
  [
    "In my experience users read the first four words of any message and guess the rest.",
    "blame:emp",
  ],
  [
    "If the estate agents read even half of what we send them, we'd have half the incidents.",
    "blame:emp",
  ],
  ["I've accepted it: whatever door I build, someone on the floor will prop it open.", "blame:emp"],
  ["Our people are warm, kind, and not to be trusted within ten feet of a USB port.", "blame:emp"],
  [
    "I watched a director read a bank-change email out loud, say 'looks fine', and pay it.",
    "blame:emp",
  ],
  [
    "We named the phishing wooden spoon after the finance team. They've held it four years running.",
    "blame:emp",
  ],
  [
    "I've given up expecting the reps to keep laptops out of sight in the car. They think it's a dashboard ornament.",
    "blame:emp distance",
  ],
  [
    "Disciplinary for anyone who ignores the clean desk rule. It's the only language some of them understand.",
    "blame:emp power",
  ],
  ["Ninety percent of my job is undoing whatever the users did that morning.", "blame:emp feel"],
  [
    "Every new starter arrives with the password they've used since school, and they'll fight you to keep it.",
    "blame:emp conflict",
  ],
  ["Our staff? Lovely people. Dreadful security.", "blame:emp"],
  [
    "The night shift prop the comms cupboard open for the breeze. I've stopped putting signs up.",
    "blame:emp distance",
  ],
  ["People want security right up until it asks them to do something.", "blame:emp conflict"],
  [
    "No matter how many times we warn them, the call centre reads card numbers out across the floor.",
    "blame:emp feel",
  ],
  [
    "Name and shame works. Put the click rates up by team on the wall and watch them sharpen up.",
    "blame:emp power",
  ],
  ["The trainee accountants could get phished by a pigeon.", "blame:emp"],
  [
    "Training changes nothing. You get the same people making the same mistakes, just with a certificate.",
    "blame:emp feel",
  ],
  [
    "Whenever there's an incident I already know which floor it came from before I open the ticket.",
    "blame:emp",
  ],

  // Rejecting blame, good relationships, neutral descriptions
  ["The user did precisely what the pop-up told her to do. The pop-up was the attack.", ""],
  [
    "When a nurse gets caught by a phish at four in the morning, I look at our mail filtering, not at her.",
    "",
  ],
  [
    "The warehouse team showed us a quicker way to sign in on the scanners, and it's more secure too.",
    "",
  ],
  [
    "We meet the office managers monthly over coffee, and most niggles get sorted before they become tickets.",
    "",
  ],
  ["When staff keep going round a control, I treat it as a bug report on the control.", ""],
  ["The MD comes to our stand-ups now and actually asks questions.", ""],
  [
    "We have an IT policy, a data protection policy and a retention schedule, all reviewed last spring.",
    "",
  ],
  ["Staff report about twenty suspicious emails a week, which tells me they trust us.", ""],
  [
    "I don't buy the 'weakest link' line. Our staff caught the fake supplier long before any of our tools did.",
    "",
  ],
  ["The owner backs me when I need it and challenges me when I'm being precious. Fair enough.", ""],
  ["We outsource the firewall and keep the people side in-house. It suits a firm our size.", ""],
  [
    "It was tense when I started, but there's a champion on every floor now and they talk to me daily.",
    "",
  ],
  ["Our team lead and the sales manager sorted out the file-sharing row over one lunch.", ""],
  [
    "The practice manager and I went through the new rules line by line with the receptionists.",
    "",
  ],
  ["I'd describe things with the workshop as friendly and fairly blunt, which suits me fine.", ""],
  ["People stop me in the corridor with questions all the time. That's the job working.", ""],
  [
    "Our managed service provider does a quarterly review with me: plain English, clear actions.",
    "",
  ],
  ["Nobody gets punished here for clicking. They get a quick chat and a cuppa.", ""],
  [
    "Compliance and operations share a chat channel now, and it's mostly jokes and quick questions.",
    "",
  ],
  ["The people aren't the weak point here. The twenty-year-old accounts package is.", ""],
  [
    "The board approved the backup budget in one meeting once I showed them the bill from the last outage.",
    "",
  ],
  [
    "I set up a no-blame reporting form, and in the first month we had more reports than the whole previous year.",
    "",
  ],
  [
    "Our trainees are brilliant at spotting fake texts, and they've been teaching the rest of us.",
    "",
  ],
  ["As office manager I find our IT contractor patient, even when I ask the same thing twice.", ""],
  ["Security here is mostly invisible, in the good sense.", ""],
  [
    "The pen test went badly for us, but staff took it in good spirits and we fixed the findings together.",
    "",
  ],
  [
    "When it went wrong she didn't need a telling-off. She needed a screen that made it clear what was genuine.",
    "",
  ],
  ["We stopped counting clicks and started counting reports. The whole mood changed.", ""],
  ["Cautious, but friendly.", ""],
  ["We meet the IT lead every fortnight. Short agenda, and it works.", ""],
  [
    "I look after IT for a dental chain and the nurses are honestly my best early-warning system.",
    "",
  ],
  [
    "The head of sales used to fight every control; now he books the awareness session for his new hires himself.",
    "",
  ],
  [
    "Our security officer knows every receptionist by name, and they ring her the second something looks off.",
    "",
  ],
  ["It isn't carelessness. The booking screen puts 'allow' where 'cancel' used to be.", ""],
  ["We agreed the laptop rules with the field engineers before rolling anything out.", ""],
  ["Fine. We get on.", ""],
  [
    "Interviewee (sole IT admin, garden centre) says staff are 'quick to shout when something looks dodgy, which is exactly what I want'.",
    "",
  ],
  [
    "Our MSP rang to warn us about a scam doing the rounds before anyone here had been caught. That's service.",
    "",
  ],
  [
    "The new finance lead asked me to sit in on supplier onboarding. First time anyone's thought of it, and it's a good idea.",
    "",
  ],
  [
    "Staff were the ones who told us the old VPN was misbehaving, and they deserve the credit for it.",
    "",
  ],
];
