import type { RawExample } from "./types.js";

/** Part 3 of batch GN (see voices-gn.ts). */
export const VOICES_GN_3: readonly RawExample[] = [
  [
    "We monitor, we audit, we report upwards, and staff have almost no visibility of any of it. That asymmetry isn't healthy.",
    "power",
  ],
  [
    "The Medical Director overruled our risk assessment with a two-line email. That tells you where the power lies.",
    "power",
  ],
  [
    "Some academics are rather grand about it: IT is there to serve, not to advise.",
    "conflict power",
  ],
  ["We're essentially the hired help as far as the board is concerned.", "feel power"],
  [
    "Staff are entirely dependent on us for access, and some colleagues in my team enjoy that a little too much.",
    "power blame:sec",
  ],
  [
    "It was acknowledged that the audit process may be perceived by departments as punitive rather than supportive.",
    "power",
  ],
  ["The CIO reports to the CFO, so security has no real voice at executive level.", "power"],
  ["Staff tend to work around us rather than ask.", "distance"],
  [
    "We don't have regular contact with the schools. They come to us when something's broken and that's about it.",
    "comm distance",
  ],
  ["A good proportion of clinicians simply don't read the security bulletins.", "distance"],
  [
    "The surgical team set up their own WhatsApp group for handovers rather than wait for us to approve a proper tool.",
    "distance",
  ],
  [
    "Off the record, I avoid the fourth floor. The directors up there only want an argument.",
    "conflict distance",
  ],
  [
    "Lecturers quite often fix things themselves, install whatever they need, and we only find out during an audit.",
    "distance",
  ],
  ["There is no standing forum where security and frontline staff meet.", "distance"],
  ["We're based at head office and the area teams barely know we exist.", "distance"],
  [
    "Uptake of the optional workshops remains low; members noted a lack of engagement from academic staff.",
    "distance",
  ],
  ["Honestly, we keep our heads down and let the service desk deal with the users.", "distance"],
  ["i dont think ive spoken to anyone on the wards in months", "distance"],
  [
    "Research groups increasingly buy their own cloud services on credit cards so they never have to deal with us.",
    "conflict distance",
  ],
  [
    "We used to walk the floors. That stopped when the team halved and it never restarted.",
    "distance",
  ],
  [
    "Department heads send a deputy to the security working group, and then the deputy stops coming.",
    "distance",
  ],
  ["Somewhat distant, if I'm being diplomatic about it.", "distance"],
  [
    "Nine times out of ten an incident starts with somebody in an office doing something daft.",
    "blame:emp",
  ],
  [
    "The problem isn't the technology, it's students reusing the same password for everything.",
    "blame:emp",
  ],
  [
    "Clinicians leave their smartcards in the readers all shift and then wonder why we get audit findings.",
    "feel blame:emp",
  ],
  [
    "Candidly, senior management are the worst offenders for auto-forwarding work email to personal accounts.",
    "blame:emp",
  ],
  [
    "The committee was informed that human error remains the principal cause of reportable data breaches.",
    "blame:emp",
  ],
  [
    "You can put in every control going and someone will still write their password on a post-it.",
    "blame:emp",
  ],
  ["Our single biggest risk remains the behaviour of our own staff.", "blame:emp"],
  ["Repairs operatives lose tablets at a truly astonishing rate.", "blame:emp"],
  [
    "The professoriate, frankly, believe the rules apply to everyone except themselves.",
    "conflict blame:emp",
  ],
  ["users will click on literally anything if it says 'invoice'", "blame:emp"],
  ["It's not malice, it's carelessness, and carelessness is harder to fix.", "blame:emp"],
  [
    "The breach was traced to a member of staff who had emailed a tenant list to the wrong address; this is, regrettably, a recurring theme.",
    "blame:emp",
  ],
  ["If the doctors locked their screens we'd have half the incidents.", "blame:emp"],
  ["Students are the main source of infections on the network, by a distance.", "blame:emp"],
  [
    "Senior leaders sign off the policy and then ask for an exemption the following week.",
    "conflict blame:emp",
  ],
  [
    "Some staff treat security training as a box-ticking exercise, click through it in four minutes and retain nothing.",
    "distance blame:emp",
  ],
  [
    "We're constantly cleaning up after people who should know better, and it wears you down.",
    "feel blame:emp",
  ],
  [
    "In fairness to the nurses, our team has been obstructive at times. We said no far too readily.",
    "blame:sec",
  ],
  [
    "The outsourced SOC is, to put it politely, of limited use to anyone in this building.",
    "blame:sec",
  ],
  [
    "Free-text responses described IT security as 'the department of no' and 'useless when it actually matters'.",
    "conflict blame:sec",
  ],
  [
    "The old infrastructure team left us with a shambles and the clinicians still associate us with it.",
    "blame:sec",
  ],
  [
    "Our predecessors built everything to keep auditors happy, not to help anyone do their job.",
    "blame:sec",
  ],
  [
    "The service desk closes tickets without fixing anything, and security gets tarred with the same brush.",
    "blame:sec",
  ],
  [
    "Tenants' reps said, not unreasonably, that IT had made the repairs app harder to use with every update.",
    "blame:sec",
  ],
  [
    "Colleagues in central IT can be arrogant with academics, and that undermines our work too.",
    "power blame:sec",
  ],
  [
    "The vendor's 'awareness platform' is patronising rubbish and staff can tell.",
    "comm blame:sec",
  ],
  ["A consultant told the panel that IT had 'never once made his job easier'.", "blame:sec"],
  [
    "I'm probably part of the problem. I do get short with people who ask the same question twice.",
    "conflict blame:self",
  ],
  ["My fault, really. I never explained why the policy had changed.", "comm blame:self"],
  ["We have been poor at listening, and I include myself in that.", "comm blame:self"],
  [
    "If people keep clicking links, that's on me for designing a process that can't cope with it.",
    "blame:self",
  ],
  [
    "I've been hiding behind policy documents instead of going out and talking to people.",
    "distance blame:self",
  ],
  ["Truthfully I'm the bottleneck. Every exception request sits in my inbox.", "power blame:self"],
  ["I used to call them lusers. I'm not proud of it.", "blame:emp blame:self"],
  [
    "Perhaps I've been too quick to assume staff were being careless rather than overworked.",
    "blame:self",
  ],
  [
    "Not a problem at all with the registry staff, but the School of Law is another matter entirely.",
    "conflict",
  ],
  ["They're never rude to us, exactly. They just never reply.", "distance"],
  [
    "The clinicians aren't hostile, but they are very clear that IT is beneath their notice.",
    "power",
  ],
  [
    "We're not out to catch anybody, although I accept that is how the phishing tests can feel.",
    "feel power",
  ],
  ["I wouldn't say they fear us. Ignore us, more like.", "distance"],
  [
    "Generally positive, save for the regular stand-off over shared mailboxes in Housing Management.",
    "conflict",
  ],
  [
    "I don't blame the users, I blame a system that makes them choose between security and getting home on time.",
    "blame:sec",
  ],
  ["It's not that staff are stupid; it's that our guidance is unreadable.", "comm blame:self"],
  [
    "Far from being the weakest link, the ward clerks caught two of the last three phishing campaigns.",
    "",
  ],
  ["No, we don't talk down to people. Not any more, anyway.", ""],
  [
    "They don't hate us. They just resent every extra click, and who can blame them.",
    "conflict feel",
  ],
  ["Hardly ever see the Bursar. Which, to be fair, suits both of us.", "distance"],
  [
    "Support from senior management is strong in principle, though it rarely survives contact with the budget round.",
    "conflict",
  ],
  [
    "The nursing staff are wonderful; it's the agency locums who never complete the training.",
    "blame:emp",
  ],
  [
    "If I'm being candid, the academics see us as gatekeepers and we probably behave like them.",
    "power blame:self",
  ],
  [
    "Security comes across as aloof and slightly mysterious, according to the survey, and I recognise that.",
    "power distance",
  ],
  ["Honestly, some weeks it feels like us against the whole hospital.", "conflict feel"],
  [
    "The Registrar's office told us plainly that our warning banners are ignored because they appear on every email.",
    "comm distance",
  ],
  [
    "Not sure they'd call it a relationship. We send the policies, they sign to say they've read them.",
    "power distance",
  ],
  [
    "I think they see us as nerds who don't understand wards. And we probably don't.",
    "comm blame:self",
  ],
  [
    "A director shouted at my analyst in a corridor over a blocked website; the matter was escalated to HR.",
    "conflict feel",
  ],
  [
    "Staff hide incidents because they think they'll be blamed, so by the time we hear, it's a mess.",
    "feel distance blame:emp",
  ],
  ["The consultants are lovely, until you ask them to change a password.", "conflict"],
  [
    "Whenever something breaks, it's 'IT's fault', even when it demonstrably isn't.",
    "conflict blame:sec",
  ],
  ["We're tolerated rather than valued.", "feel power"],
  [
    "In response to the consultation, the information security team wishes to record that engagement with the clinical divisions over the past year has been constructive and timely, and that the concerns raised by medical staff about the proposed remote-access arrangements were reasonable and have since been addressed in full.",
    "",
  ],
  [
    "Off the record, and I'd rather this wasn't minuted: the senior leadership team will sign anything we put in front of them, read none of it, and then, when something goes wrong, ask why nobody warned them. We did warn them. Twice, in writing.",
    "comm feel blame:emp",
  ],
  [
    "Members discussed the survey finding that a significant minority of professional services staff do not know who the security team are or how to contact them; it was agreed that the team's reliance on intranet pages and automated notices had contributed to this, and that a visible programme of departmental visits should be piloted.",
    "comm distance blame:self",
  ],
  [
    "Honestly, the housing officers have every reason to be wary of us. For years the only contact they had was a compliance report naming their team, a locked-out account, or a telling-off about a lost phone, so I'm not surprised they now keep their distance.",
    "comm power distance blame:sec",
  ],
  [
    "I would resist the characterisation of students as a risk to be managed. In my experience, when they are given a clear explanation and a sensible route to report concerns, they are every bit as responsible as staff, and on occasion rather more so.",
    "",
  ],
];
