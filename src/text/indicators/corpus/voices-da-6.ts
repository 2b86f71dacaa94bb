import type { RawExample } from "./types.js";

/** Employees of schools, councils, libraries and charities answering the survey's open questions about their IT and security staff. Written fresh for Rapport (brief DA). */
export const VOICES_DA_6: readonly RawExample[] = [
  ["The relationship's fine, we get on.", ""],
  ["Honestly I've given up on them. I don't even bother raising things anymore.", "feel distance"],
  [
    "If I'm honest, the office staff don't take it seriously until something goes wrong.",
    "blame:emp distance",
  ],
  ["The blunt emails took some getting used to, but they're clear.", ""],
  ["They don't talk down to us, which I appreciate.", ""],
  ["They have a rota so there's always someone on call during school hours.", ""],
  ["Positive: they sorted the Zoom setup for the AGM with ten minutes' notice.", ""],
  ["We operate as if they don't exist, and they seem to operate as if we don't.", "distance"],
  ["They phoned me rather than emailing when my account was flagged, which I appreciated.", ""],
  [
    "The web filter blocks half the history sites I need for Year 9 lessons and it drives me up the wall.",
    "conflict feel",
  ],
  [
    "I feel bad for the tech who had to come out on a Saturday because I'd pulled the wrong cable.",
    "blame:self feel",
  ],
  [
    "Apparently we're getting a new 'acceptable use' policy. Nobody's asked us what we think, and I doubt anyone will tell us what's in it.",
    "power comm",
  ],
  ["No face-to-face at all, it's all through the ticketing system.", "comm"],
  ["Plenty of 'per my last email' energy.", "comm"],
  ["Nobody told us why USB sticks were banned, it just happened overnight.", "comm power"],
  [
    "The memo said 'non-compliance will be escalated'. No explanation, just a threat.",
    "comm power",
  ],
  ["They seem to like us, I think. They bring cake at Christmas.", ""],
  ["We do a joint walk-round of the building each summer to check the kit.", ""],
  ["I don't have any negative experiences really.", ""],
  ["We don't have a security team as such; our IT supplier handles it and they're responsive.", ""],
  ["They're patient. I've asked the same question twice and they never sighed.", ""],
  ["They run a lunchtime 'ask me anything' in the library once a month.", ""],
  [
    "'The staff are the risk, the systems are fine.' That's what our IT manager says, and he says it to our faces in briefings.",
    "blame:emp comm",
  ],
  [
    "They think we're thick, and they write like it, three bullet points in giant font.",
    "comm power",
  ],
  ["They sit with us in the staff room at lunch sometimes, which helps.", ""],
  [
    "The night shelter staff couldn't access the incident log at 2am because the system needs a code sent to an office phone.",
    "conflict",
  ],
  [
    "Both sides are as bad as each other: staff ignore the rules and IT make rules nobody could follow.",
    "blame:emp blame:sec conflict",
  ],
  ["They'd describe us as keen, I think. We're always asking for new things.", ""],
  ["Cold. Professional, but cold.", "comm"],
  [
    "The management team keep overriding the IT lead's advice on passwords, and he's had enough.",
    "power feel",
  ],
  ["They're very good with the older staff, never rushing them.", ""],
  [
    "Half of it's us, half of it's them. We don't read the instructions and they don't write them clearly.",
    "blame:emp blame:sec comm",
  ],
  ["Phone's answered quickly, usually by someone who already knows what our service does.", ""],
  ["I'd call it a working relationship. Nothing special, nothing bad.", ""],
  ["The emails are long, technical and somehow still vague.", "comm"],
  ["Most people here just skip the security training videos, me included.", "distance"],
  ["They don't come and see us, everything goes through a form.", "comm distance"],
  ["Security is just a box we tick once a year.", "distance"],
  ["I'd describe the relationship as friendly and professional.", ""],
  [
    "Our data protection training was updated this year with real examples from libraries, which made it feel relevant.",
    "",
  ],
  [
    "Our website crashes every time there's a snow closure announcement, and IT have known for years.",
    "blame:sec",
  ],
  [
    "I'm useless with computers, so I'm sure a lot of the problems are mine, but their how-to guides don't exactly help.",
    "blame:self comm",
  ],
  [
    "There was a bit of tension over the new phones, but we talked it through and it's fine now.",
    "",
  ],
  [
    "I worry they think I'm a nuisance, and the way they sigh down the phone doesn't help.",
    "feel comm",
  ],
  ["Sometimes strict, but I get why. We hold so much children's data.", ""],
  ["They set up my Teams account before my first day, which was a nice surprise.", ""],
  ["I never report anything, I just assume it's me doing something wrong.", "distance blame:self"],
  [
    "We had a row about the email quotas, and what made it worse was that nobody had told us there were quotas.",
    "conflict comm",
  ],
  ["Nervous. I've heard they can read everything.", "feel power"],
  ["The security bulletin is written for IT professionals, not for parks staff.", "comm"],
  [
    "Our fundraising team needs to use Dropbox with donors but security won't allow it, so we end up sending files from home email instead.",
    "conflict",
  ],
  [
    "The relationship is better than most places I've worked. Nobody's perfect, but if something breaks before a lesson there's usually someone from the ICT office there by the time the kids have sat down.",
    "",
  ],
  [
    "Angry. They lost the recording of the council meeting and blamed the camera.",
    "feel blame:sec",
  ],
  ["Security's a bit of a mystery to me. I just hope someone's doing it.", "distance"],
  ["I think they'd say we're a reasonable bunch who ask a lot of questions.", ""],
  ["I think they feel quite protective of us, like they don't want us to get caught out.", ""],
  ["The new laptops are heavier than the old ones.", ""],
  [
    "They put a little 'thank you' message in the newsletter for everyone who reported phishing. Nice touch.",
    "",
  ],
  ["I'm not very technical, but they never make me feel that way.", ""],
  ["Mostly I google it and sort it myself.", "distance"],
  ["They can see everything on our laptops and we're not told what they look at.", "power"],
  ["They fixed the minibus tracker, which wasn't even their job.", ""],
  [
    "It's infuriating to be told 'raise a ticket' when the ticket system is what's broken.",
    "conflict feel",
  ],
  ["I'm honestly not sure if we even have a security team or if it's just IT.", "distance"],
  ["Helpful because they actually listen before they start typing.", ""],
  ["One good experience was when they spotted a scam invoice before I paid it.", ""],
  ["Ask around the office: not one of us has met them in person.", "distance"],
  ["I don't know a single person in IT, which is odd in a school of sixty staff.", "distance"],
  [
    "The library's public Wi-Fi filter blocks the job centre site and customers shout at us, not at IT.",
    "conflict",
  ],
  [
    "No idea who our IT people are, to be honest. Tickets go into a portal and come back 'closed', quite often with nothing actually fixed.",
    "distance blame:sec",
  ],
  ["No one's ever explained what 'phishing-resistant MFA' is, but apparently we need it.", "comm"],
  ["It's all done by email, I've never actually spoken to a human there.", "comm distance"],
  ["The answer is yes, they're helpful, though sometimes they need chasing.", ""],
  [
    "I was mortified when I realised I'd sent the whole volunteer list without BCC. Entirely on me.",
    "feel blame:self",
  ],
  ["I'm scared of technology in general but they've always been kind about it.", ""],
  [
    "They changed the printer codes and the email explaining it went to the wrong distribution list. Chaos.",
    "conflict comm",
  ],
  [
    "Security is something we talk about in team meetings now, which is a change from a few years ago.",
    "",
  ],
];
