import type { RawExample } from "./types.js";

/** Part 2 of batch FW (see voices-fw.ts). */
export const VOICES_FW_2: readonly RawExample[] = [
  [
    "Trying to get hold of anyone in IT on a weekend is impossible, you just get voicemail.",
    "conflict",
  ],
  [
    "We want to get the job done, they want everything locked down. Those two don't fit together very well.",
    "conflict",
  ],
  [
    "The USB ban means I can't get the activity videos onto the care home telly. Had a proper row with them about it.",
    "conflict",
  ],
  [
    "They expect us to read a ten page policy. We expect them to know we've got twelve patients each.",
    "conflict",
  ],
  ["the helpdesk email bounces back half the time", "conflict"],
  [
    "Misunderstood what I needed completely, twice, and each time they blocked something else.",
    "conflict",
  ],
  [
    "Conference wifi for 300 people, they want a form three weeks ahead, clients book five days ahead. Same argument every single time.",
    "conflict",
  ],
  ["They never talk down to us. The problem is they're impossible to reach after 5pm.", "conflict"],
  [
    "I wouldn't say they're useless, but they don't understand that a carer can't wait twenty minutes for a laptop to boot in someone's living room.",
    "conflict",
  ],
  [
    "Bad side: the security rules and the way we actually work are two different worlds.",
    "conflict",
  ],
  ["It's fine as long as you don't need anything urgently.", "conflict"],
  [
    "the screen locks every 2 mins during med round so we keep propping it open with a mouse jiggle thing. they keep confiscating them lol",
    "conflict",
  ],
  [
    "The only time we hear from them is when something's gone wrong or someone failed the phishing test.",
    "comm",
  ],
  ["Their emails are all acronyms, MFA, SSO, VPN... I have to google half of it.", "comm"],
  ["Spoke to me like I was a child because I didn't know what a browser was.", "comm"],
  ["When they do explain it's pure IT speak. 'Your token has expired' - what token??", "comm"],
  ["A bit patronising to be honest, the awareness video treats us like we're idiots.", "comm"],
  ["They only email when there's been a breach or to tell someone off.", "comm"],
  ["The man on the phone sighed and said 'it's really simple' three times.", "comm"],
  ["They're not rude, but they only ever get in touch when we've done something wrong.", "comm"],
  ["Helpful enough I suppose, though I never understand what they're on about.", "comm"],
  [
    "Not a problem at all, but it'd be nice to see an actual face on the ward once in a while instead of another ticket number.",
    "comm",
  ],
  [
    "understandable? not really. words like 'endpoint' and 'credential harvesting' mean nothing to a receptionist",
    "comm",
  ],
  ["You get a very short reply that assumes you know what they know.", "comm"],
  [
    "Everything goes through the portal. Can't talk to a human, can't explain the situation, just pick a category from a dropdown.",
    "comm",
  ],
  ["They kind of talk at you rather than with you.", "comm"],
  [
    "Honestly I'm scared of clicking the wrong thing and getting an email from security about it.",
    "feel",
  ],
  ["I worry that if I report something I'll end up in trouble.", "feel"],
  ["Disappointed. After the phishing thing I thought they'd at least check I was ok.", "feel"],
  [
    "It makes me anxious when that red warning pops up, I never know if I've broken something.",
    "feel",
  ],
  ["I dread having to phone them, honestly.", "feel"],
  ["I'm not afraid of them, just fed up that every little fix takes a week.", "feel"],
  [
    "feel a bit let down tbh, we were promised proper training on the new system and got a leaflet",
    "feel",
  ],
  [
    "I get really stressed when the card machine says 'security error' with a queue of guests waiting and I've no idea who to ring.",
    "feel",
  ],
  [
    "They decide what we can and can't install and we just have to accept it, no discussion.",
    "power",
  ],
  ["Feels like we're there to serve the system rather than the other way round.", "power"],
  ["Nobody knows who they actually are. Rules just appear from somewhere.", "power"],
  [
    "We depend on them completely. If the rota system's down nobody gets paid and there's nothing we can do but wait.",
    "power",
  ],
  ["They act like they're above us, like their time is worth more than ours.", "power"],
  [
    "It's like an invisible hand, things get blocked and you never find out who did it or why.",
    "power",
  ],
  ["We're at their mercy basically.", "power"],
  ["Maybe it's just me but they seem a bit full of themselves.", "power"],
  [
    "Not that I blame them, the rules come down from the trust, but it does feel like we're always being watched.",
    "power",
  ],
  [
    "Every website I open on the ward PC gets logged and someone upstairs reads the report. You don't get a say.",
    "power",
  ],
  ["I don't really have anything to do with them.", "distance"],
  ["I'd rather sort it myself than ring IT, it's quicker.", "distance"],
  [
    "We use our own phones for the shift group chat so we don't have to deal with their systems.",
    "distance",
  ],
  ["No regular contact. They're in a different building in a different town.", "distance"],
  ["They don't come down to the kitchen. Ever.", "distance"],
  [
    "We sort most things out between ourselves on the ward, the older nurses know all the tricks.",
    "distance",
  ],
  ["Relationship? There isn't one really.", "distance"],
  ["It's not that we avoid them, they're just never around.", "distance"],
  ["Couldn't tell you a single name from the IT department.", "distance"],
  ["They think nurses are the weakest link and they actually say it in the training.", "blame:emp"],
  ["Security see staff as the problem, full stop.", "blame:emp"],
  ["How do they feel about us? That we're a liability who click on everything.", "blame:emp"],
  ["Every incident is 'human error' according to them, never their systems.", "blame:emp"],
  [
    "to be fair half of reception writes passwords on post-its, so I get why they think we're the problem",
    "blame:emp",
  ],
  ["Some of the agency staff are careless with logins, they're the real risk here.", "blame:emp"],
  [
    "Possibly they think we're careless? Not sure, nobody's said it outright, but it's the vibe.",
    "blame:emp",
  ],
];
