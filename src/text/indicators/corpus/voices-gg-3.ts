import type { RawExample } from "./types.js";

/** Part 3 of batch GG (see voices-gg.ts). */
export const VOICES_GG_3: readonly RawExample[] = [
  ["The champion left and nobody replaced her, so now there's no link at all.", "distance"],
  ["I'd sooner ask my teenage son than ring the helpdesk.", "distance"],
  [
    "Haven't spoken to anyone from security in over a year, and they don't reach out either.",
    "distance",
  ],
  ["People have learned to keep quiet about near misses.", "distance"],
  [
    "We set up our own shared drive outside the system because the official one was too locked down.",
    "conflict distance",
  ],
  [
    "Three years of training and users still click on everything. It's the people, it always is.",
    "blame:emp",
  ],
  [
    "Conference talk: 'your biggest vulnerability sits between the chair and the keyboard.' Heard it in 2015, heard it again last week.",
    "blame:emp",
  ],
  ["They still call us the weakest link at the all-hands. Great for morale.", "feel blame:emp"],
  [
    "Insider incidents are up, and it's mostly careless staff rather than malicious ones.",
    "blame:emp",
  ],
  [
    "IT consultant for small firms: the owners are the worst, they want exceptions for themselves.",
    "conflict blame:emp",
  ],
  ["They name the department with the worst phishing score at the monthly meeting.", "blame:emp"],
  ["Every incident report says 'human error' like that explains anything.", "blame:emp"],
  [
    "Honestly half our tickets are self-inflicted by people who won't read the instructions.",
    "blame:emp",
  ],
  ["We gave them a password manager and they still keep passwords in a spreadsheet.", "blame:emp"],
  ["After the incident the message from IT was basically 'this is your fault'.", "comm blame:emp"],
  [
    "The DLP rollout proved it: staff had been emailing client data to personal accounts all along.",
    "blame:emp",
  ],
  ["Useless then, useless now, just with a bigger budget.", "blame:sec"],
  ["The new firewall they bought broke payroll for two days. Classic.", "conflict blame:sec"],
  ["IT's answer to everything is to block it. Ten years, same answer.", "conflict blame:sec"],
  [
    "They caused more downtime with their 'security upgrade' than any hacker ever has.",
    "blame:sec",
  ],
  ["The MSP we pay for is worse than having nobody.", "blame:sec"],
  [
    "I honestly don't know what they do all day apart from make the printer harder to use.",
    "blame:sec",
  ],
  [
    "Champion here: I spend most of my time covering for the fact that central IT doesn't answer.",
    "conflict blame:sec",
  ],
  [
    "The drop-in is pointless, they can't fix anything there, they just tell you to log a ticket.",
    "blame:sec",
  ],
  [
    "Their new filter flagged my own client as phishing and quarantined a signed contract. Obstructive from start to finish.",
    "conflict blame:sec",
  ],
  ["Frankly the breach was their fault, not ours. They left the server wide open.", "blame:sec"],
  ["IT made it worse.", "blame:sec"],
  [
    "I'm the one who clicked the link last year, so I'm probably on a list somewhere. Fair enough.",
    "blame:self",
  ],
  ["Honestly I'm probably the problem, I still forget to lock my screen.", "blame:self"],
  ["I know I'm a nightmare for them, always asking the same thing.", "blame:self"],
  [
    "The breach started with my email. I still feel awful about it, even though they were kind.",
    "feel blame:self",
  ],
  ["I'm not great with tech, so I'm a bit of a burden for them I think.", "blame:self"],
  [
    "As the champion it feels like my failure when my team doesn't report things.",
    "feel blame:self",
  ],
  ["My own fault I got locked out, I ignored the warnings for weeks.", "blame:self"],
  [
    "Security side: we were the problem for years. Too many rules, no explanations. I own that.",
    "blame:self",
  ],
  [
    "Probably me being thick, but I still don't understand what the new VPN actually does.",
    "blame:self",
  ],
  [
    "I nearly cost us the insurance renewal by not doing the MFA enrolment. Lesson learned.",
    "blame:self",
  ],
  ["I'm part of the reason they brought the USB ban in, if I'm honest.", "blame:self"],
  [
    "Owner of a small design studio: I was the weakest link in my own company for years, one password for everything.",
    "blame:self",
  ],
  ["I'm the trouble, not them.", "blame:self"],
  ["If anyone's to blame for the slow laptop saga it's me, for never restarting it.", "blame:self"],
  ["They're never rude, but they're never around either.", "distance"],
  [
    "Not a problem at all with the people, but the new rules make my job take twice as long.",
    "conflict",
  ],
  [
    "Communication has improved, I'll give them that, but they still don't trust us with anything.",
    "power",
  ],
  [
    "It's not that they're unfriendly, they just aren't there any more since the restructure.",
    "distance",
  ],
  ["I wouldn't call it conflict exactly, more that we've stopped bothering to ask.", "distance"],
  [
    "Nobody blames users any more, which is good, but nobody tells us anything either.",
    "comm distance",
  ],
  [
    "They only show up after an incident, talk in acronyms, and leave. Three years and nothing's changed.",
    "comm distance",
  ],
  [
    "Since the monitoring tool went in I feel like a suspect in my own job. They read the logs, we find out afterwards.",
    "feel power",
  ],
  [
    "The champion gets shouted at by both sides. Honestly it's a thankless middle role.",
    "conflict feel",
  ],
  [
    "They used to shout at you for clicking; now they just reset your account silently and you never find out what happened.",
    "comm power",
  ],
  [
    "Our MSP treats us like we're too stupid to understand, and frankly I've stopped asking.",
    "comm distance",
  ],
  [
    "New rule: no phones for MFA, you carry a token. Lost mine twice, got a snotty email twice.",
    "conflict comm",
  ],
  [
    "I dread the quarterly 'awareness' call. It's an hour of being told we're the problem.",
    "comm feel blame:emp",
  ],
  [
    "Security lead: we gave up on the drop-in because no one came. Users don't care until it's their own money.",
    "distance blame:emp",
  ],
  [
    "Helpdesk reply took 9 days and was one line. Ended up buying my own adapter.",
    "conflict distance",
  ],
  [
    "We're a five-person accountancy. The IT company only rings when they want to sell us something or after a virus.",
    "comm",
  ],
  [
    "The new CISO brought in 'zero tolerance': fail two phishing tests and you lose email. People are terrified.",
    "feel power blame:emp",
  ],
  [
    "They talk down to the warehouse staff and then wonder why nobody reports anything.",
    "comm distance",
  ],
  ["Still feels like headmaster and pupil, even with a friendly champion in between.", "power"],
];
