import type { RawExample } from "./types.js";

/** Security and IT staff, and the managers above them, on employees and on their own position: survey answers and interview quotes. Written fresh for Rapport (brief DC). */
export const VOICES_DC_4: readonly RawExample[] = [
  ["If someone's unsure, they ask. That's the culture we've built.", ""],
  [
    "People say we only show up to take things away: admin rights, USB ports, their favourite browser extension.",
    "comm conflict",
  ],
  ["We ask for feedback after every ticket, and the comments are mostly kind.", ""],
  [
    "I sometimes think we overestimate how much people need to know about security. Most just want it to work.",
    "",
  ],
  ["I assumed everyone knew how to spot a spoofed domain. That assumption cost us.", "blame:self"],
  [
    "Temps get the same access as permanent staff and treat passwords like a sign-in sheet.",
    "blame:emp",
  ],
  [
    "A colleague once told me we're the only team that says thank you on tickets. I'll take that.",
    "",
  ],
  [
    "I have to beg managers to complete access reviews, and they treat it as a favour to me.",
    "power blame:emp",
  ],
  ["Users are more careful than we think.", ""],
  [
    "Honestly, it's disheartening when you spend a month building training that's short, relevant and even a bit funny, and the completion rate after six weeks is twelve percent. I know people are busy, but it tells you exactly where we sit on their list.",
    "feel distance",
  ],
  [
    "The surgeons bring their own tablets into theatre and we spend half the week arguing about whether that's allowed.",
    "conflict",
  ],
  [
    "The consultants think their client deadlines outrank every control we have, and the partners agree with them.",
    "power blame:emp conflict",
  ],
  ["Security just isn't on people's radar here; they think it's for banks.", "distance blame:emp"],
  [
    "Managers approve remote access for whoever asks, and then we're the ones cleaning it up.",
    "conflict blame:emp",
  ],
  [
    "We rolled out the new VPN client over a weekend and by Monday nobody had noticed, which is exactly what I wanted.",
    "",
  ],
  [
    "Every time there's a reorganisation, I worry we'll be the first team cut because nobody understands what we do.",
    "feel distance",
  ],
  [
    "I'm ashamed to say I once rolled my eyes at a user's question in front of her team.",
    "blame:self comm",
  ],
  ["Our training was boring. I designed it. People were right to skip it.", "blame:self distance"],
  [
    "Users hear 'access denied' and nothing else, so of course they think we're being difficult.",
    "comm conflict",
  ],
  [
    "We have no face-to-face contact with the clinics; it's tickets and automated messages.",
    "comm distance",
  ],
  ["The carelessness gets to me. Laptops left in cars, badges worn to the pub.", "feel blame:emp"],
  [
    "We lowered the password change frequency to once a year and calls to the helpdesk dropped.",
    "",
  ],
  [
    "Senior staff expect us to fix their home printers and their children's iPads, and saying no isn't really an option.",
    "power",
  ],
  ["People only ever see us in the subject line of an incident report.", "comm"],
  [
    "It's lonely being the only security person in a firm of three hundred. People nod at me in the corridor and that's about it; I eat lunch at my desk, and the only invitations I get are to meetings where something has already gone wrong.",
    "feel distance comm",
  ],
  [
    "We write the way lawyers write, and people read us the way they read terms and conditions: not at all.",
    "comm",
  ],
  [
    "I misjudged how much the new proxy would slow things down, and people paid for it.",
    "blame:self conflict",
  ],
  [
    "We did a town hall on cyber risk and I spent forty minutes on threat actors. Nobody asked a question. Wrong pitch.",
    "comm blame:self",
  ],
  ["Good relationship with the ops team. Bad relationship with the coffee machine.", ""],
  ["Being asked to justify my salary in every budget meeting is wearing.", "feel power"],
  [
    "I think I scared people off in my first year by being too strict, and we're still paying for it.",
    "blame:self distance",
  ],
  ["Sometimes I think users are scared of the word 'security' itself.", "feel"],
  [
    "Senior partners think the rules are for juniors. They forward client files to their home accounts, print deal documents at hotels, and share their logins with their secretaries, and nobody in this building dares challenge them, least of all me.",
    "power blame:emp conflict",
  ],
  [
    "We've been hiding behind the ticketing system for years, and people have noticed.",
    "distance blame:self",
  ],
  [
    "The researchers need admin rights to install their analysis packages and we can't give them that, so it's a standing argument. We offered a managed software catalogue, they said it was always six versions behind, and honestly they weren't wrong.",
    "conflict",
  ],
  [
    "I'd rather have ten false alarms reported than one real one missed, and the staff know that.",
    "",
  ],
  ["The dentist practices we support are small, so we know everyone by name.", ""],
  ["The last engagement survey put IT in the top three support functions.", ""],
  [
    "I was mortified to find a cartoon of our team as prison guards pinned up in the kitchen.",
    "feel",
  ],
  ["Nobody reads the acceptable use policy; they tick the box and carry on.", "distance blame:emp"],
  [
    "It's a bit sad really: we throw a security awareness week, the cake disappears, and nobody asks a single question.",
    "feel distance",
  ],
  ["When a notice is unclear, staff reply and ask, and we rewrite it. That loop works.", ""],
  ["I'm annoyed, genuinely, that people think we read their emails for fun.", "feel conflict"],
  ["Our alerts say 'Action required' and nothing else. I'd ignore them too.", "comm"],
  [
    "We explain risks in percentages and probabilities, and people want to know what to actually do.",
    "comm",
  ],
  [
    "The helpdesk now phones people back instead of emailing. It's slower for us and better for them.",
    "",
  ],
  [
    "We run the awareness newsletter, and the open rate tells you everything: about eight percent.",
    "distance",
  ],
  [
    "People think 'quarantined' means we deleted their email, and then they're shouting at us.",
    "comm conflict",
  ],
  ["We publish the reasons for each new control on the intranet, in plain English.", ""],
  [
    "When the MFA rollout hit the depots, drivers were locked out of the delivery app for two days and the ops manager was livid.",
    "conflict feel",
  ],
  ["I lie awake some nights wondering which of our people will click the next bad link.", "feel"],
  [
    "The vendor's 'secure' file share kept timing out, and the users quite reasonably gave up on it.",
    "blame:sec conflict",
  ],
  ["Honestly, I don't mind being called out of hours. It's part of the job.", ""],
  [
    "I probably came across as arrogant in that first all-staff presentation, and people haven't forgotten.",
    "blame:self power",
  ],
  ["Nobody on my team has ever run a session face to face; it's all e-learning modules.", "comm"],
  ["Staff have been pretty forgiving about the outage. We explained what went wrong.", ""],
  [
    "Legal insisted on a retention policy we can't technically enforce, so we're pretending.",
    "power conflict",
  ],
  [
    "Honestly I'm nervous every time I have to present to the partners; they ask questions like they're cross-examining me.",
    "feel power",
  ],
  ["People here only know the helpdesk; the security team might as well be fictional.", "distance"],
  [
    "It's humiliating when the managing director's nephew gets an exception that I refused three other people.",
    "power feel",
  ],
  ["The quarterly catch-up with each department takes time, but it's worth it.", ""],
  ["They're not the weakest link. Our own processes are.", "blame:self"],
  [
    "The firm treats security as a box for the auditors; we have no budget authority at all.",
    "power",
  ],
  [
    "Give someone a shortcut and they'll take it, even when the shortcut is a shared Excel file of passwords.",
    "blame:emp",
  ],
  ["If we vanished for a fortnight, I'm not sure anyone outside finance would notice.", "distance"],
  [
    "Users never tell us the full story. We find out about the second laptop at the end of the investigation.",
    "comm blame:emp",
  ],
  [
    "The warehouse supervisor asked us to run the phishing session again for the night shift. Happy to.",
    "",
  ],
  [
    "I wasn't in the office when the flood hit, but the facilities and IT teams worked together beautifully.",
    "",
  ],
  ["We lost a server to a power cut on Tuesday and had it back by lunch.", ""],
  ["If someone's unsure about an email, I'd rather they ring me than guess.", ""],
  [
    "We got through the audit with no major findings, and I thanked every department head in person.",
    "",
  ],
  [
    "Clinicians share smartcards during busy shifts, and we turn a blind eye because the alternative is worse.",
    "conflict",
  ],
  [
    "The partners' assistants know every password in the building, which rather defeats the point.",
    "blame:emp",
  ],
  [
    "I hate being the person who has to tell a grieving employee we can't give them their late colleague's files without a form.",
    "feel conflict",
  ],
  ["Honestly, most of my frustration is with the technology, not the people.", ""],
  ["I had a good chat with the estates team about CCTV. Turns out we want the same things.", ""],
  [
    "When people need help with security, they ask the person at the next desk, not us.",
    "distance",
  ],
  [
    "The clinicians say the screen lock kicks in mid-consultation, and they're right, but the regulator wants it.",
    "conflict",
  ],
  ["The first week of the new badge system was messy, but people were good-humoured about it.", ""],
  [
    "I was nervous before my first all-staff talk, but people were kind and laughed at the right bits.",
    "",
  ],
  ["We are the reason the leavers' accounts stayed active for months. Nobody else.", "blame:self"],
  [
    "The marketing director thinks the rules don't apply to her because she brings in the clients.",
    "power blame:emp",
  ],
  [
    "Nobody from the design studio has raised a ticket in eight months, which tells me they're solving things themselves.",
    "distance",
  ],
  [
    "Operations overruled us on patching the production line, so the machines run a ten-year-old OS.",
    "conflict power",
  ],
];
