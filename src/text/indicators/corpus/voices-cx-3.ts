import type { RawExample } from "./types.js";

/** Staff of law firms, accountancies, insurers, estate agents and architects, careful formal register with hedges and contrasts. Written fresh for Rapport (brief CX). */
export const VOICES_CX_3: readonly RawExample[] = [
  [
    "It is an odd arrangement: we pay an outside firm for IT support and I have no idea who any of them are or where they sit.",
    "distance",
  ],
  [
    "I'd like to put on record that Priya on the helpdesk saved my bacon during the year-end close. Thank you, Priya.",
    "",
  ],
  [
    "It's not that I resent the controls; it's that I resent being treated like a suspect whenever I ask for an exception.",
    "power feel",
  ],
  ["They do talk down to us, a little, though I suspect they are unaware of it.", "comm"],
  [
    "Candidly, I think our receptionists know more about spotting a fraudulent email than the IT contractor does.",
    "blame:sec",
  ],
  ["I've never had a bad experience with IT. Slow on occasion, but never unhelpful.", ""],
  [
    "The underwriters tend to escalate everything straight to the IT director, which I gather the helpdesk find rather galling.",
    "conflict feel",
  ],
  [
    "In my view there is no real relationship to speak of. IT is a service, like the cleaners; one notices it only when it fails.",
    "power distance",
  ],
  [
    "I am reasonably confident about security matters now, thanks largely to the one-to-one sessions the team offered last year.",
    "",
  ],
  [
    "I would be grateful if the IT department could refrain from describing every incident as 'user error' in the incident log.",
    "blame:emp",
  ],
  [
    "The VPN is, with respect, unusable from most of the properties we visit, and the suggestion that we simply 'find better Wi-Fi' was not well received.",
    "conflict feel",
  ],
  ["To my knowledge, there has never been a cross word between the finance team and IT.", ""],
  [
    "The annual penetration test results are shared only with the board, and we are told merely that 'actions are in hand'.",
    "comm power",
  ],
  ["i think theyre fine tbh, never had an issue", ""],
  [
    "There is, I think, a degree of mutual wariness between the two departments, which nobody has ever quite addressed.",
    "feel distance",
  ],
  [
    "Whilst the change to single sign-on was announced well in advance, the instructions were so heavily technical that I ended up asking my teenage son.",
    "comm distance",
  ],
  ["It was I who left the laptop in the taxi, and I quite accept the consequences.", "blame:self"],
  [
    "My frustration, such as it is, is with the vendor rather than our IT staff, who have done everything they reasonably could.",
    "",
  ],
  [
    "One cannot help thinking that the security team see themselves as the guardians of the firm and the rest of us as the barbarians at the gate.",
    "power blame:emp",
  ],
  [
    "I've learned to phrase my requests very carefully, as the slightest ambiguity results in the ticket being closed.",
    "conflict",
  ],
  [
    "The new security lead spent her first fortnight sitting with each department. People still mention it.",
    "",
  ],
  [
    "Whilst I should stress this is a minority view, some of the younger associates think the IT team treat them as though they were still trainees.",
    "power",
  ],
  [
    "I honestly don't know whether we have a security policy. I assume it's on the intranet somewhere.",
    "distance",
  ],
  [
    "I find it faintly absurd that I can authorise a seven-figure payment but cannot install a PDF reader without permission.",
    "power conflict",
  ],
  ["In the main I'd say the lettings staff and IT rub along perfectly well.", ""],
  [
    "The email about the suspicious login was terrifying, frankly, and it turned out to be a routine test that nobody thought to mention.",
    "feel comm",
  ],
  [
    "They are good people. That said, I'm not sure they've ever grasped that a missed completion date costs the client real money.",
    "conflict",
  ],
  [
    "I sometimes wonder whether I'm being watched. I'm sure I'm not, but the thought does occur, and it's not a comfortable one.",
    "feel",
  ],
  [
    "We have a shared channel with IT where questions get answered within minutes. It works remarkably well.",
    "",
  ],
  [
    "I tend to sort out most minor problems on my own, not out of any hostility but because it's quicker.",
    "distance",
  ],
  [
    "It would be disingenuous to claim the staff are blameless; we have had two incidents this year, both caused by someone forwarding credentials.",
    "blame:emp",
  ],
  [
    "I wouldn't say I'm scared of IT, but I do tend to rehearse what I'm going to say before I ring them.",
    "feel",
  ],
  [
    "Our practice has outsourced everything to a managed service provider, and they are entirely faceless; one emails a generic address and waits.",
    "comm distance",
  ],
  [
    "It is rather galling to be lectured on data protection by the same department that emailed the entire client list to the wrong distribution group last spring.",
    "comm feel blame:sec",
  ],
  [
    "In truth, I've no strong views either way. IT do what they do, and I do what I do.",
    "distance",
  ],
  ["Can't fault them. Quick, friendly, knowledgeable.", ""],
  [
    "I accept that the breach happened on my watch and I should have spotted the irregular instruction. I've said as much to the partners.",
    "blame:self",
  ],
  [
    "The level of scrutiny applied to the claims team's expenses software is, I think, out of all proportion, and one is left with the distinct impression of being distrusted.",
    "power",
  ],
  [
    "Whilst the IT team were quick to fix the problem, they were rather less quick to tell anyone what had caused it.",
    "comm",
  ],
  [
    "Perhaps I'm old-fashioned, but I liked it better when one could simply walk over and speak to somebody.",
    "comm distance",
  ],
  [
    "I should say in fairness that my colleagues in IT have always been scrupulously fair when things have gone wrong.",
    "",
  ],
  [
    "There is some resentment, I think, that the security team have a seat on the management board while the associates have none.",
    "power feel",
  ],
  [
    "I received a curt note telling me my password was weak. It was, to be fair. But a 'please' would not have gone amiss.",
    "comm",
  ],
  [
    "Nobody avoids them deliberately. It's simply that they're based in the Birmingham office and we're in Bath.",
    "distance",
  ],
  [
    "The way the last incident was reported, with the department named in the all-staff email, left people in our team thoroughly ashamed, and some rather angry.",
    "feel power",
  ],
  [
    "The security team put together a one-page guide for the estate agents that was clear, friendly and actually useful. More of that, please.",
    "",
  ],
  [
    "If there's a clash, it's usually over timing: IT wants to patch on a Tuesday, and Tuesday is our busiest day for exchanges.",
    "conflict",
  ],
  [
    "I have to say I have little confidence in their ability to recover our data if the worst happened.",
    "blame:sec",
  ],
  [
    "Whilst I'm loath to criticise, the training videos could have been made for schoolchildren.",
    "comm power",
  ],
  [
    "Our IT manager is rarely at his desk, and when he is, he has his headphones on. It's not the most inviting arrangement.",
    "distance conflict",
  ],
  ["I've been at firms where IT were feared. Here they're simply colleagues.", ""],
  [
    "It is my strong impression that the controls are designed for the convenience of the IT department rather than the people who have to use them.",
    "conflict blame:sec",
  ],
  ["I have no complaint with the team itself. The laptop, however, sounds like a jet engine.", ""],
  [
    "One of the partners openly refers to the security staff as 'the fun police', which I don't think helps anyone.",
    "conflict blame:sec",
  ],
  [
    "I did rather put my foot in it by disabling the antivirus to speed up a large upload. Not my finest hour.",
    "blame:self",
  ],
  [
    "Whilst I'm sure the information is all there somewhere, I have no idea whom to contact if I suspect a breach.",
    "distance",
  ],
  [
    "The IT team listened to our concerns about the shared inbox and came back with a better solution than we had proposed.",
    "",
  ],
  [
    "I'm told the security team are very good. I wouldn't know; I've never dealt with them.",
    "distance",
  ],
  [
    "I found the session on social engineering genuinely unsettling, though in a useful way, and I came away grateful rather than anxious.",
    "",
  ],
  [
    "There's a slight sense of us and them, which nobody intends but everybody notices.",
    "distance",
  ],
  [
    "In all candour, my main reason for not reporting the dodgy attachment was that I didn't want the hassle of an investigation.",
    "distance conflict",
  ],
  [
    "They are very keen on telling us what not to do and rather less forthcoming about what we should do instead.",
    "comm",
  ],
  [
    "The managing partner's assistant and the IT lead are old friends, so things tend to get done quickly round here.",
    "",
  ],
  [
    "The sheer number of approvals needed to open a shared folder for a client makes one wonder who is working for whom.",
    "power conflict",
  ],
  [
    "I was a bit flustered when they asked to share my screen, mainly because my desktop is a disgrace, but they were very discreet.",
    "",
  ],
  [
    "The firm seems to regard the security team as a necessary evil, and I suspect the team know it.",
    "feel",
  ],
  [
    "Our head of IT has a habit of replying to emails with a single word. 'Noted.' 'No.' 'Done.' Efficient, I suppose.",
    "comm",
  ],
  [
    "I would not say the communication is poor. It is merely infrequent, which on balance I prefer.",
    "distance",
  ],
  [
    "I rather envy the firms where IT sits with the fee earners; ours are in a basement we are not permitted to enter.",
    "distance power",
  ],
  [
    "Thanks to the IT team's quick thinking, the fraudulent payment was stopped before it left the account.",
    "",
  ],
  [
    "I do wish they would stop using the phrase 'as previously advised'. It's as though we're being told off.",
    "comm power",
  ],
  [
    "On the rare occasions we need them, they are helpful. It is the waiting that wears one down.",
    "conflict feel",
  ],
  [
    "Truth be told, the security questionnaire we have to fill in for every new client is the bane of my life.",
    "feel conflict",
  ],
  ["i dont really know who does IT here, someone in head office i think", "distance"],
  [
    "They have been remarkably good about the accessibility adjustments I needed. Nothing was too much trouble.",
    "",
  ],
  [
    "The person who ran the session spoke almost entirely in acronyms and seemed irritated by questions.",
    "comm feel",
  ],
  [
    "I accept I should have asked before connecting the printer, but nobody had told me there was a list of approved devices.",
    "blame:self comm",
  ],
  [
    "Relations have been strained since the system outage during the quarter-end, when IT were, by common consent, nowhere to be found.",
    "conflict blame:sec",
  ],
  ["I have the greatest respect for the work they do, and I say that without reservation.", ""],
  [
    "It would be churlish to complain about the helpdesk, but the security approvals process is another matter entirely.",
    "conflict",
  ],
  ["We are, I think, more worried about letting IT down than about the hackers.", "feel"],
  ["Our IT people know the business inside out. That's rare, and we value it.", ""],
  [
    "Our design team have been remarkably patient with the new file-locking rules, which I think speaks well of both sides.",
    "",
  ],
  [
    "While I appreciate the rationale, the requirement to upload every drawing through a secure portal has doubled the time it takes to issue a tender package, and the consultants are not amused.",
    "conflict",
  ],
];
