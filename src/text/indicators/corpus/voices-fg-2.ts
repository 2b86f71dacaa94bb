import type { RawExample } from "./types.js";

/** Part 2 of batch FG (see voices-fg.ts). */
export const VOICES_FG_2: readonly RawExample[] = [
  [
    "The emails have a little traffic light at the top so you know if it's urgent or just FYI. Clever.",
    "",
  ],
  ["They don't play the blame game when something goes wrong, they just fix it.", ""],
  ["They work out of head office in Swindon and remote into the branches when needed.", ""],
  ["the compliance lady is lovely, explains the GDPR stuff with actual candidate examples", ""],
  ["Most of the rules are about passwords and not plugging in random USB sticks. Easy enough.", ""],
  [
    "Bad experience? Not really, unless you count the fire alarm going off halfway through training 😂",
    "",
  ],
  ["Since the phishing tests started we've got a lot better, and I think they'd agree.", ""],
  ["They come across as calm and patient.", ""],
  [
    "Relationship with the IT contractor is honestly decent. He knows the print room, knows which machines can't be touched during a run, and schedules everything around the presses. We've had the odd disagreement about passwords on the RIP stations but nothing that wasn't sorted over a brew.",
    "",
  ],
  ["Quick refresher every January, 15 minutes, no stress.", ""],
  ["Only needed them twice and both times sorted quickly.", ""],
  ["Feels like they're part of the team.", ""],
  [
    "Good experience: a candidate sent a CV with something nasty hidden in it, and the security chap not only cleaned my laptop but came over, sat with me and showed me what to look for next time without making me feel daft. Couldn't ask for more.",
    "",
  ],
  [
    "What do they do all day? Monitoring I imagine, checking alerts, updating the systems at night when the ovens are off, and answering calls from us lot when the tills freeze. They always seem busy but they always get back to you.",
    "",
  ],
  [
    "The security bit is handled by the same firm that does our website. They seem to know what they're doing.",
    "",
  ],
  ["Decent. The guidance on the reception PC is clear and they check in every few months.", ""],
  [
    "Our error rate on the phishing tests dropped a lot after the workshop, everyone found it useful.",
    "",
  ],
  ["Haven't needed them much but when I did they were great", ""],
  ["The rules about patient records are strict, and rightly so, it's dental records.", ""],
  ["yeah theyre nice", ""],
  [
    "The new USB lockdown means I can't walk artwork files over to the plate room on a stick anymore, so the job just sits there.",
    "conflict",
  ],
  [
    "They want every driver to log in with 2FA on the handhelds but there's no signal half the time at the docks.",
    "conflict",
  ],
  [
    "we all just use the one login on the front desk now, the individual accounts took way too long at check-in",
    "conflict",
  ],
  [
    "The screen locks after two minutes which is no good when you've got gloves on mid-procedure.",
    "conflict",
  ],
  [
    "Their idea of security and our idea of getting a lorry out on time don't really match.",
    "conflict",
  ],
  [
    "Argued with them for two weeks about letting us use WhatsApp with the site foremen. Still not allowed.",
    "conflict",
  ],
  [
    "They think the garden centre is an office. It isn't, half our tills are outdoors under a tarp.",
    "conflict",
  ],
  [
    "the lady from IT is lovely but she's only in on the first Monday of the month so you wait weeks for anything",
    "conflict",
  ],
  [
    "We're a dental practice not a bank, but they treat every patient spreadsheet like it's the nuclear codes.",
    "conflict",
  ],
  ["Their emails read like a software manual.", "comm"],
  ["Only ever hear from them when someone's done something wrong.", "comm"],
  ["i suppose they can come across a bit preachy in the training sessions", "comm"],
  ["Raised a ticket about the label printer in February. Nothing.", "comm"],
  ["Lots of acronyms. MFA, EDR, SSO... I just nod along.", "comm"],
  ["They're friendly enough, but I never know what their emails actually want me to do.", "comm"],
  ["The training video was 40 minutes of a man reading slides out loud.", "comm"],
  [
    "Nobody told us the booking system would be down for the update, found out when a customer was stood at the desk.",
    "comm",
  ],
  ["If you asked them they'd probably say it's all fine, but then they've never asked us.", "comm"],
  ["Policy document is 48 pages. I signed it. I did not read it.", "comm"],
  ["Rules keep changing and nobody thinks to tell the night shift.", "comm"],
  [
    "Every time the phishing test results come out I feel sick in case it's my name on the list.",
    "feel",
  ],
  ["Exhausting. Another password, another app, another rule.", "feel"],
  ["Makes me feel thick when I have to ring them.", "feel"],
  ["I'm always worried I'll be the one who lets the hackers in and gets the sack.", "feel"],
  ["Resentful, if I'm honest. They got new laptops and we got more rules.", "feel"],
  ["frustrating", "feel"],
  ["I get a knot in my stomach when their name pops up in my inbox.", "feel"],
  ["They can see everything we do on our computers and we can't see a thing they do.", "power"],
  ["Feels like we're suspects with all the monitoring on the booking PCs.", "power"],
  [
    "The owner just tells them to switch things off if it slows the kitchen down. They don't get a say.",
    "power",
  ],
  ["They're a faceless department at head office that decides what we're allowed to do.", "power"],
  [
    "They have no say really, the MD does what he wants and the IT manager cleans up after.",
    "power",
  ],
  [
    "We rely on them for literally everything. If Jason's off sick the whole travel desk grinds to a halt.",
    "power",
  ],
  ["Good: they know their stuff. Bad: they know it and make sure you know they know it.", "power"],
  [
    "Our kitchen porter got a formal warning over a phishing test. Bit much for a KP on minimum wage.",
    "power",
  ],
  ["never met any of them", "distance"],
  ["I don't bother reporting the weird emails anymore, I just delete them.", "distance"],
  ["Not my department, I just do the rotas.", "distance"],
  ["If my laptop plays up I google it. Quicker.", "distance"],
  ["There's a security team? News to me.", "distance"],
];
