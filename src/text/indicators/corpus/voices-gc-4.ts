import type { RawExample } from "./types.js";

/** Part 4 of batch GC (see voices-gc.ts). */
export const VOICES_GC_4: readonly RawExample[] = [
  ["You feel like you're bothering them. So people stop asking.", "feel distance"],
  ["To be honest I think they've given up on us.", "feel distance"],
  [
    "Clinic manager says the pharmacists see security as box-ticking by people who've never set foot in a dispensary.",
    "distance blame:sec",
  ],
  ["The relationship is cordial but distant. We'd both say that, I reckon.", "distance"],
  ["There's no 'them and us' exactly, but there's definitely a 'them'.", "distance"],
  ["I've stopped copying them in. They never reply anyway.", "conflict distance"],
  [
    "I only got a call from them the day my manager's account got hacked. Before that, silence.",
    "comm distance",
  ],
  ["No, they don't talk down to anyone. They do go quiet for weeks at a time, though.", "distance"],
  [
    "To be fair to security, my lot are the weak link. They'll click anything with 'invoice' in the subject.",
    "blame:emp",
  ],
  [
    "Half the breaches are people being lazy with passwords, no point pretending otherwise.",
    "blame:emp",
  ],
  [
    "Finance manager says her own staff 'are the problem, not IT', citing reused passwords.",
    "blame:emp",
  ],
  [
    "Security told me straight out that users are the biggest risk in this company. Charming.",
    "feel blame:emp",
  ],
  [
    "You can train people all you like, someone on the packing line will still plug in a random stick.",
    "blame:emp",
  ],
  [
    "Practice manager says receptionists still write passwords on post-its despite being told repeatedly.",
    "blame:emp",
  ],
  ["They see every one of us as a potential insider. You can feel it.", "feel blame:emp"],
  ["Foreman thinks his older engineers are the issue - 'they don't want to learn'.", "blame:emp"],
  [
    "When the ransomware hit the other clinic, security blamed the staff at the all-hands. Some of ours were in tears.",
    "feel blame:emp",
  ],
  [
    "Users are the weakest link - that's what the vendor said at the briefing, and our security lead nodded along.",
    "blame:emp",
  ],
  [
    "Blame culture, basically. Something goes wrong, security go looking for whoever clicked.",
    "blame:emp",
  ],
  ["They're quick to point fingers and slow to fix anything.", "conflict blame:emp blame:sec"],
  [
    "Useless. Genuinely useless. Three calls and nobody fixed the badge reader.",
    "conflict feel blame:sec",
  ],
  ["The controls they put in are the reason people take shortcuts.", "conflict blame:sec"],
  [
    "Blames the security team for the lost payroll day - 'they pushed an update without telling anyone'.",
    "comm blame:sec",
  ],
  [
    "If the systems were designed properly my staff wouldn't need to work around them.",
    "blame:sec",
  ],
  ["They make the mistakes and we get sent on the training.", "blame:sec"],
  [
    "Insists the breach wasn't her team's fault: 'the filter let it straight through'.",
    "blame:sec",
  ],
  ["They're more of a hindrance than a help, most days.", "conflict blame:sec"],
  [
    "If IT spent half as long fixing the scanners as they do writing policies, we'd be laughing.",
    "conflict blame:sec",
  ],
  ["Bloody nightmare, the lot of them.", "feel blame:sec"],
  ["I'm probably the trouble, to be honest. I forget my password every Monday.", "blame:self"],
  [
    "Jokes that half the finance tickets are his own; calls himself 'hopeless with the VPN'.",
    "blame:self",
  ],
  [
    "Admits he 'was the one who clicked it' last year; thinks that's coloured how security see the workshop.",
    "blame:self",
  ],
  ["It's my fault really, I never read their emails.", "blame:self"],
  ["I should have spotted the fake invoice. That one's on me.", "blame:self"],
  [
    "Honestly the friction is probably my doing. I push back on everything they ask.",
    "conflict blame:self",
  ],
  [
    "They'd probably describe us as a headache. Fair enough, we probably are.",
    "blame:emp blame:self",
  ],
  ["I'm the one who keeps getting flagged, so I suppose I'm their problem child.", "blame:self"],
  [
    "Maybe I should have pushed back harder on the rollout. I didn't, and my team paid for it.",
    "feel blame:self",
  ],
  ["Honestly, half the problem is me not asking for help soon enough.", "distance blame:self"],
  ["I feel stupid ringing them, so I don't.", "feel distance"],
  [
    "Look, when I started here the security lot were a bit of a closed shop, but the new manager changed that. She came to every site in her first month, sat with the pickers, asked what annoyed them, and actually changed two of the rules afterwards. I've no complaints now.",
    "",
  ],
  [
    "Says the relationship with security is 'honestly fine' day to day. Her only real contact is the quarterly access review, which takes twenty minutes, and she describes the analyst who runs it as patient and clear. Could not think of anything she would change.",
    "",
  ],
  [
    "The problem is nobody on my team knows who they are. We get a policy update by email, some of it makes sense and some of it doesn't, and there's no one to ask, so the supervisors make their own call and hope for the best.",
    "comm distance",
  ],
  [
    "Every time we fail one of their tests it goes into a league table that the directors see. My team ends up feeling like they're being graded by people who've never done a shift on reception, and frankly some of them are scared to open their email in the morning.",
    "feel power blame:emp",
  ],
  [
    "Foreman describes a long-running row over the workshop PCs: security want them on the corporate network with all the updates, the engineers need them offline to run the old machine software. Says nobody has budged in two years and both sides 'just dig in'.",
    "conflict",
  ],
  [
    "I'll hold my hands up, a lot of the grief between us and security comes from me. I sign things off without reading them, I forget the training deadlines, and then I'm on the phone moaning when my account gets locked. They've been more patient with me than I deserve.",
    "blame:self",
  ],
  [
    "I don't think they're bad at what they do, but the way they roll things out is the issue. Something just changes overnight, no warning, no explanation, and by nine o'clock I've got twelve people who can't log in and a queue of patients at the desk.",
    "conflict comm",
  ],
  [
    "Asked how security would describe the clinic staff. Long pause. Thinks they would say 'careless and a bit dim', and admits that bothers her more than she expected, because her team works hard to follow the rules they are given.",
    "feel blame:emp",
  ],
];
