import type { RawExample } from "./types.js";
import { VOICES_FQ_2 } from "./voices-fq-2.js";
import { VOICES_FQ_3 } from "./voices-fq-3.js";

/** IT and security people on employees and on their own relationship with them: small-firm IT managers, helpdesk staff, a security officer, consultants, conference and trade-press quotes (round 26). Written fresh for Rapport (brief FQ). */
const FIRST_PART: readonly RawExample[] = [
  ["Users are the weakest link, full stop. You can buy all the firewalls you like.", "blame:emp"],
  [
    "Honestly half the staff will click anything that says 'invoice' in the subject line.",
    "blame:emp",
  ],
  [
    "people are careless with passwords, they write them on post-its and stick them on the monitor",
    "blame:emp",
  ],
  ["We ran a phishing test and 40% gave their credentials. Forty percent.", "blame:emp"],
  [
    "Sales forward client files to their personal gmail so they can work on the train, because our system won't open on their tablets.",
    "conflict",
  ],
  [
    "They only ring us when something's on fire. The rest of the year we don't exist.",
    "comm distance",
  ],
  ["Our emails are full of jargon. I read one back last week and even I didn't follow it.", "comm"],
  [
    "I think we come across as lecturing people. Every awareness session is basically us wagging a finger.",
    "comm",
  ],
  [
    "It's frustrating, you explain the same thing for the fifth time and they look at you like you're the problem.",
    "feel conflict",
  ],
  ["Staff resent us. You can feel it when you walk into the finance office.", "feel"],
  [
    "Most of the people here couldn't tell you who the security officer is. That's me, by the way.",
    "distance",
  ],
  ["we lock things down and nobody asks them first", "power"],
  [
    "Our team decides the policy in a room with no users in it and then wonders why nobody follows it.",
    "power blame:sec",
  ],
  [
    "I've watched people share a single login across a whole shift just to avoid the two-factor prompt.",
    "conflict",
  ],
  [
    "The helpdesk queue is three days long, so people just stopped raising tickets and fix it themselves.",
    "distance conflict",
  ],
  [
    "It's my fault really, I rolled out the new VPN without telling anyone and the whole office was locked out on Monday.",
    "blame:self comm",
  ],
  ["I'm rubbish at this side of the job, I know I am. Give me a server any day.", "blame:self"],
  [
    "There's this feeling in the building that IT is watching everything they do. We aren't, but try telling them that.",
    "feel power",
  ],
  [
    "Managers expect us to approve every request same day and then kick off when we say we need to check it.",
    "conflict",
  ],
  ["We had a proper row with marketing over the USB policy. Shouting in the corridor.", "conflict"],
  ["the devs think security is where good ideas go to die", "conflict blame:sec"],
  ["I get the sense people are a bit scared of us.", "feel"],
  ["Some days I feel like a traffic warden. Nobody's happy to see you.", "feel"],
  [
    "It's annoying, you know? You build something to protect them and they complain it's slow.",
    "feel conflict",
  ],
  ["Users treat the helpdesk like a servant. 'Fix my printer, now.'", "power"],
  [
    "We do treat staff a bit like children, if I'm honest. Locked desktops, no admin rights, nothing they can change.",
    "power",
  ],
  ["Every login gets logged and reviewed. The staff know it and they don't like it.", "power feel"],
  ["nobody reads the security newsletter. nobody. we checked the open rate", "comm distance"],
  ["our policy docs are 40 pages of legalese, I doubt anyone understands them", "comm"],
  ["I worry constantly that one click from one tired person is all it takes.", "feel"],
  [
    "People don't report incidents anymore because the last time someone did they got hauled in front of the director.",
    "distance power",
  ],
  [
    "We're the department of No. That's what they call us. And fair enough, sometimes we are.",
    "conflict blame:sec",
  ],
  [
    "They hide things from us. Someone's laptop gets a weird popup and they just reboot and say nothing.",
    "distance",
  ],
  ["People only talk to us when the Wi-Fi drops.", "comm"],
  ["I'm not sure people even know we've got an in-house security function.", "distance"],
  ["The CEO overrides whatever we decide, so really we're the ones with no power here.", "power"],
  ["Being in security at a small firm is lonely. You're the bad guy by default.", "feel distance"],
  ["users are lazy about updates, they hit 'remind me tomorrow' for six months", "blame:emp"],
  [
    "The way some of my colleagues talk to users, honestly it's condescending. 'Have you tried turning it on.' Come on.",
    "comm power",
  ],
  [
    "It gets to me when people say IT never helps. We're two people supporting three hundred.",
    "feel",
  ],
  [
    "I kind of dread the monthly all-hands, someone always has a go at us about the password rules.",
    "feel conflict",
  ],
  [
    "We only ever email. Nobody on our team has actually sat down with the warehouse staff.",
    "comm distance",
  ],
  ["I feel stupid when I can't explain why a rule exists.", "feel"],
  [
    "Staff do workarounds constantly. Personal hotspots, WhatsApp for customer files, you name it.",
    "conflict",
  ],
  [
    "the rules are a nightmare to work with, I'd work around them too if I were in accounts",
    "conflict blame:sec",
  ],
  [
    "Honestly we're a bit distant from the business. We sit in the basement and they sit upstairs.",
    "distance",
  ],
  ["People think we're arrogant. Maybe we are a little.", "power"],
  ["whenever there's a breach the first thing management says is 'who clicked it'", "blame:emp"],
  [
    "we put out a notice about 'MFA enforcement on legacy auth endpoints'. I doubt three people understood it",
    "comm",
  ],
  [
    "I messed up the rollout of the password manager, no training, no warning. That's on me.",
    "blame:self",
  ],
  ["There's a lot of eye-rolling when we show up for the quarterly training.", "conflict"],
  ["It's a bit demoralising that the only feedback we ever get is complaints.", "feel comm"],
  ["They don't phone, they don't drop by, they just live with the broken thing.", "distance"],
  [
    "The nurses find our login timeouts maddening, and I can't blame them, they're mid-procedure half the time.",
    "conflict feel",
  ],
  [
    "I've seen colleagues in security sneer at users in the team chat. It's not a good look.",
    "power blame:sec",
  ],
  [
    "Everyone assumes we can read their emails. We can't, but the suspicion is always there.",
    "feel power",
  ],
  ["We get blamed for everything, printer, coffee machine, the lot.", "conflict"],
  [
    "If you need the infra team after 5pm, good luck, there's no one. Even I can't reach them.",
    "conflict",
  ],
  [
    "Users are always looking for shortcuts, it's human nature and it's our biggest risk.",
    "blame:emp",
  ],
  [
    "to be fair the security team are the ones making life hard, we picked the clunkiest tool on the market",
    "blame:sec",
  ],
];

export const VOICES_FQ: readonly RawExample[] = [...FIRST_PART, ...VOICES_FQ_2, ...VOICES_FQ_3];
