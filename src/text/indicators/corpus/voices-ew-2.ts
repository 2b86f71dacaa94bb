import type { RawExample } from "./types.js";

/** Data protection and compliance officers and security managers at a meetup or in short posts (round 21). Written fresh for Rapport (brief EW). */
export const VOICES_EW_2: readonly RawExample[] = [
  ["Maybe it's me, but every reply from the dev team feels slightly irritated.", "feel"],
  ["Security is part of the quality checklist in our plant, same as safety checks.", ""],
  [
    "Really the managers decide everything and we only sign. I am there to take the blame if it goes wrong.",
    "power feel",
  ],
  ["A colleague calls our incident reports 'hieroglyphics'. She's not wrong.", "comm blame:self"],
  ["The warehouse team found a gap in our door badge system and reported it straight away.", ""],
  ["Tbh they only email me when something's broken and its always 'URGENT!!!'", "comm feel"],
  [
    "Under pressure, people do what gets the job done. Our rules need to fit that, not fight it.",
    "",
  ],
  ["We got the budget for new laptops only after the MD's own account was hacked.", "power"],
  [
    "Staff trust the IT contractor more than me, because he fixes things and I only write rules.",
    "distance",
  ],
  ["Sometimes I wonder if my job is just to be blamed when the regulator rings.", "feel power"],
  [
    "In our charity shop network, volunteers sign a one-page data promise. That's it, and it works.",
    "",
  ],
  ["Offer a shortcut and someone in sales will take it, every single time.", "blame:emp"],
  ["The IT helpdesk and I barely talk, even though we're on the same floor.", "distance"],
  ["My sense is the relationship with the shop managers is better than two years ago.", ""],
  ["No one reads the acceptable use policy. Forty pages, my fault, I wrote it.", "blame:self comm"],
  ["We send a short note after every incident, even small ones, explaining what happened.", ""],
  [
    "Our developers bypass the code scanner whenever a release is due, then apologise afterwards.",
    "conflict",
  ],
  ["I don't feel heard. I present risks, they nod, and nothing changes.", "feel"],
  [
    "Being the only compliance person in a logistics firm means I do a bit of everything, from contracts to CCTV signs.",
    "",
  ],
  ["Why should a receptionist understand certificate errors? That's on us to design out.", ""],
  ["Sales call us the fun police. We've started putting it on our mugs.", "conflict"],
  [
    "people dont report lost phones because they're worried they'll get in trouble",
    "feel distance",
  ],
  ["We've cut the onboarding checklist from 22 items to 9 and completion went up.", ""],
  [
    "The owners want ISO certification but won't give anyone time to do the work.",
    "conflict power",
  ],
  ["Our school's admin office is the best in the trust for handling subject access requests.", ""],
  ["Every time I propose face-to-face training I'm told email is cheaper.", "power comm"],
  [
    "We are a bit invisible, I know. People don't know our team even exists until a laptop is blocked.",
    "distance comm",
  ],
  ["It helps that our head of operations used to work in IT; she translates both ways.", ""],
  [
    "Clinicians see us as an obstacle between them and the patient, and sometimes we are.",
    "conflict blame:self",
  ],
  ["Our DPIA template now fits on two pages.", ""],
  [
    "I'm a little afraid of the new MD. He thinks security is a thing you buy once.",
    "feel conflict",
  ],
  [
    "Seriously, accountants will open any attachment that says 'invoice'. It's in their DNA.",
    "blame:emp",
  ],
  ["Most staff I meet are curious, not careless.", ""],
  [
    "When I ask the IT provider for logs I wait weeks, and without logs I can't do my job.",
    "conflict power",
  ],
  ["Monthly we meet the department heads for 30 minutes. It's short, but it's regular.", ""],
  [
    "In my company the workers think the security is only for the big banks, not for a small factory like us.",
    "conflict",
  ],
  [
    "We moved the security team's desks next to customer service, and questions went up threefold.",
    "",
  ],
  [
    "It's a bit rich for the board to ask why staff weren't trained when they cancelled the training budget.",
    "power feel",
  ],
  [
    "the council's planning team are lovely, they always check before sending anything sensitive",
    "",
  ],
  [
    "I'll be blunt: the biggest risk in our firm sits between the keyboard and the chair.",
    "blame:emp",
  ],
  ["Our patching cycle is 14 days for critical fixes, 30 for the rest.", ""],
  ["Sometimes I think we are the problem. Too many rules, too little explaining.", "blame:self"],
  ["Operations managers ring me to 'just approve it' at 6pm on a Friday. Every week.", "conflict"],
  ["I'd describe our relationship with the shop floor as respectful, mostly.", ""],
  [
    "Nobody tells us when people leave. We find active accounts of ex-staff months later.",
    "distance",
  ],
  [
    "For a long time I hide in my office and write policies. Now I go to the canteen at lunch and talk.",
    "",
  ],
  ["Employees treat security warnings like cookie banners: click until it goes away.", "blame:emp"],
  ["I worry that the new hires think we're watching every keystroke.", "feel power"],
  [
    "At the accountancy we have a simple rule: if in doubt, phone the client back on a known number.",
    "",
  ],
  [
    "Dont get me wrong, I like the chefs. But they share the POS login like it's a tea towel.",
    "blame:emp conflict",
  ],
  [
    "We spent too long writing policies and too little time asking people how they actually work.",
    "blame:self",
  ],
  ["Our IT team is three floors up and it may as well be another building.", "distance"],
  ["Retail staff spotted the card skimmer before our monitoring did. Credit where it's due.", ""],
  [
    "Managers expect me to fix culture with a poster. Sure, I'll print it in bold.",
    "conflict feel",
  ],
  [
    "How do you measure trust between staff and security? We use a five-question pulse survey twice a year.",
    "",
  ],
  ["They call us only after they already sent the spreadsheet to wrong person.", "comm"],
  ["I really don't think of employees as a threat. Most incidents I see are process gaps.", ""],
  [
    "The owner checks my calendar and asks why I'm 'in meetings all day'. I feel watched.",
    "power feel",
  ],
  ["Teachers at our school reset their own passwords now through a self-service page.", ""],
  [
    "It frustrates me that IT rolls out tools without telling compliance until it's live.",
    "feel conflict distance",
  ],
  ["Is our MFA app annoying? Yes. Is it optional? No.", "conflict power"],
  ["Our logistics hub runs a tabletop exercise every six months with drivers and dispatchers.", ""],
  ["Honestly some days I'm just the person who ruins everyone's shortcut.", "conflict feel"],
  ["If the management not give us the budget, I cannot do miracles with free tools.", "power"],
  ["The new intranet page has named photos of the security team so people know who we are.", ""],
  [
    "People in the lab plug in random USB sticks from conferences. Not malicious, just careless.",
    "blame:emp",
  ],
  ["My boss forwards my risk reports to the board without reading them. I can tell.", "feel"],
  [
    "we used to send 'final warning' emails for missed training. now we just book a slot with them",
    "",
  ],
  ["I'm constantly asked for help with printers. I'm the data protection officer.", "conflict"],
  [
    "The way some IT staff talk down to receptionists makes my job twice as hard.",
    "comm blame:sec",
  ],
  ["Our hospitality group logs every guest data request in one spreadsheet, reviewed weekly.", ""],
  ["It's not that I don't trust the staff. I don't trust the email system we gave them.", ""],
  [
    "My team is tired of being called in at midnight to clean up something a manager clicked.",
    "feel blame:emp comm",
  ],
  ["Every quarter we publish the number of phishing reports per team, with thanks, not shame.", ""],
  [
    "The partners decide alone which clients get encrypted email. I just find out afterwards.",
    "power distance",
  ],
  ["Could we be friendlier? Probably. We're a grumpy bunch when the pager goes off.", "blame:self"],
  ["Staff at the clinic actually thanked us for the new single sign-on.", ""],
  ["A lot of my work is reading contracts for data processing clauses.", ""],
  ["Honestly, if users read the warnings we wouldn't have half these incidents.", "blame:emp"],
  [
    "I feel like an outsider at the management meetings, they talk budget and I talk risk.",
    "feel distance",
  ],
  ["They know where to find me: second floor, door always open, biscuits on the desk.", ""],
  ["Somehow I became the villain for enforcing a policy the board itself wrote.", "conflict feel"],
  [
    "In the farms we support, most people work outside all day, so we text the security tips instead.",
    "",
  ],
  ["Our employees are not stupid, they are busy. The rule must fit the busy day.", ""],
];
