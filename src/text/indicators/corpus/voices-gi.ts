import type { RawExample } from "./types.js";
import { VOICES_GI_2 } from "./voices-gi-2.js";
import { VOICES_GI_3 } from "./voices-gi-3.js";
import { VOICES_GI_4 } from "./voices-gi-4.js";

/** Employees in manufacturing, construction, farming co-operatives and transport, a fifth as interviewers' notes (round 31). Written fresh for Rapport (brief GI). */
const FIRST_PART: readonly RawExample[] = [
  ["They're fine. Sorted my tablet in ten minutes flat.", ""],
  ["IT bloke comes out to the quarry every other Tuesday, brings doughnuts, we all like him.", ""],
  ["Never had a cross word with them.", ""],
  [
    "Interviewee, a dispatcher with eleven years at the depot, said the security team 'talk normal English' and she had no complaints about them.",
    "",
  ],
  [
    "They set up the two-step login on the tacho app, showed each of us on our own phones, job done.",
    "",
  ],
  ["Not a problem at all really, they answer the phone and they know what they're on about.", ""],
  ["What do they do? Passwords, the firewall, backups of the accounts server I think.", ""],
  [
    "The lad from IT did the toolbox talk on phishing and it was actually good, he used real emails we'd had.",
    "",
  ],
  ["They are never condescending, I'll give them that, even when I ask the same thing twice.", ""],
  ["Helpful. Quick. Friendly.", ""],
  [
    "Cyber stuff is on the agenda at the monthly safety meeting now, same as PPE, and the security woman comes to it.",
    "",
  ],
  ["I'd say we get on. They'd probably say the same about us.", ""],
  [
    "When the weighbridge PC got a virus they were on site before lunch and rang the office every hour to say where they were up to.",
    "",
  ],
  [
    "They've locked down the USB sticks on the machining side. Fair enough with the customer drawings on there.",
    "",
  ],
  [
    "Interviewer note: site manager called the relationship 'good, professional', and mentioned the security lead is on first-name terms with all the foremen.",
    "",
  ],
  [
    "They explained why we can't charge our phones off the line PCs and once they told us about the plant in Poland that got ransomware, it made sense.",
    "",
  ],
  [
    "Used to think they were a pain in the neck, but they've come round a lot, now they ask us before they change anything on the shop floor.",
    "",
  ],
  ["Understandable? Maybe seven out of ten. Good enough.", ""],
  ["They run the training once a year, look after the cameras and do the gate badges.", ""],
  ["Negative experience - none that i can think of.", ""],
  [
    "Best thing was when I clicked a dodgy link by accident, rang them, and they just said thanks for telling us so fast. No drama.",
    "",
  ],
  [
    "Respondent said the IT staff 'treat us like grown-ups' and noted they came in on a Saturday in August to get the harvest booking system back up.",
    "",
  ],
  ["Good lads, the pair of them.", ""],
  [
    "Our co-op shares one IT person with three others and she still always gets back to me the same day.",
    "",
  ],
  ["Nothing bad to say. Busy but fair.", ""],
  [
    "They wear the hi-vis and boots and actually walk the yard, which goes down well with the drivers.",
    "",
  ],
  ["Security guy sits in our portakabin two days a week, we talk football mostly.", ""],
  ["if i dont get what hes on about i just ask and he explains it again no bother", ""],
  [
    "Interviewee, a wheel loader operator, described IT security as 'background, like the fire alarms', there when needed, and had no strong view either way.",
    "",
  ],
  ["I wouldn't say there's any tension, no. Not here.", ""],
  ["Some of the lads moan about changing passwords but I don't mind, takes a minute.", ""],
  ["They do the access cards for the gate, the CCTV, and the rugged laptops for the drivers.", ""],
  [
    "How do they feel about us? I think they like us, they keep saying we're their early warning system and thank people for reporting things.",
    "",
  ],
  ["Honestly they've been brilliant since the new manager started.", ""],
  [
    "When the fuel cards went down they sent a text in plain words saying what to do instead. Perfect, that's all you need.",
    "",
  ],
  ["Not arrogant at all. Very down to earth.", ""],
  ["They know a bit about trucks, we know a bit about computers, it works.", ""],
  [
    "Respondent reported being caught by one phishing test but said the follow-up chat was 'friendly, no finger pointing' and he learned to check the sender.",
    "",
  ],
  [
    "They're helpful because they actually ask what the job involves before they set anything up.",
    "",
  ],
  [
    "The new login thing was a faff for a week, but it's fine now and I understand why they did it.",
    "",
  ],
  [
    "Interviewer's note: the dispatcher laughed and said security were 'the only department that ever says thank you'.",
    "",
  ],
  ["Short answer: they keep hackers out of the ERP and the payroll.", ""],
  ["Dunno, never really thought about it. They seem ok.", ""],
  [
    "The IT girl came out to the milking parlour to look at the robot controller herself instead of asking for screenshots, which I appreciated.",
    "",
  ],
  ["We've a WhatsApp group with the IT fella, he's quick to answer.", ""],
  [
    "Nobody here blames the staff and the staff don't blame IT, it's a small firm, we all muck in.",
    "",
  ],
  ["They do the audits for the insurance and the ISO certificate.", ""],
  [
    "The interviewee, an office administrator at a haulage yard, said explanations were 'clear enough for me' and that she would happily recommend the security lead to other firms.",
    "",
  ],
  ["I think they'd describe us as busy but willing.", ""],
  ["Friendly, patient, no jargon.", ""],
  [
    "Every driver got a laminated card with the number to ring if the phone's nicked. Handy, that.",
    "",
  ],
  ["Bit formal but fine. Their emails are clear.", ""],
  [
    "Respondent stated she 'wouldn't change anything' about how the security team works with the packing line.",
    "",
  ],
  [
    "I was worried at first the new cameras were for spying on us, but they sat us down and showed what's recorded and what isn't, so no worries now.",
    "",
  ],
  [
    "They're not the enemy. They're trying to stop us getting hit like the firm down the road did.",
    "",
  ],
  ["Security team is three people at head office, they cover all six depots.", ""],
  ["Pretty much like any other department, you ask, they help.", ""],
  [
    "Interviewee said she had 'no fear at all' of owning up to mistakes because the IT manager always stays calm about it.",
    "",
  ],
  ["Yes helpful. Why? Because they pick up the phone.", ""],
  ["They did a twenty minute slot on induction day for new starters. Fine.", ""],
];

export const VOICES_GI: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GI_2,
  ...VOICES_GI_3,
  ...VOICES_GI_4,
];
