import type { RawExample } from "./types.js";
import { VOICES_GL_2 } from "./voices-gl-2.js";
import { VOICES_GL_3 } from "./voices-gl-3.js";
import { VOICES_GL_4 } from "./voices-gl-4.js";

/** All three communities, half of it hard cases: negation, contrast, hedges, irony, problems said to be over (round 31). Written fresh for Rapport (brief GL). */
const FIRST_PART: readonly RawExample[] = [
  ["They're never condescending, even when I ask the same dumb question twice.", ""],
  ["Not a problem at all, they had my VPN sorted within the hour.", ""],
  ["I used to dread ringing them, but that's ancient history, the new lot are brilliant.", ""],
  ["It's not that they don't explain things. They do, and in normal English.", ""],
  ["Helpful? Yes, every single time.", ""],
  [
    "They look after the firewalls, run the phishing tests and make sure our laptops get patched.",
    "",
  ],
  ["Can't say I've ever felt talked down to.", ""],
  [
    "No complaints. Priya from security came to our team huddle and walked us through the new MFA app.",
    "",
  ],
  [
    "There was a bit of friction when the password rules changed, but that got ironed out ages ago.",
    "",
  ],
  ["A bit strict, I suppose, but they always tell you why, so fair enough.", ""],
  ["I honestly don't see them as an obstacle.", ""],
  ["Not once have they made me feel stupid for reporting something.", ""],
  ["they're fine tbh", ""],
  ["Relationship? Friendly. I'd grab a coffee with any of them.", ""],
  [
    "I understand most of what they send, and when I don't I just ask and they're happy to go through it.",
    "",
  ],
  [
    "Positive experience: I clicked a dodgy link, rang them in a panic, and they were calm and kind about it. No lecture.",
    "",
  ],
  ["They don't just turn up when something breaks, they drop by to see how we're getting on.", ""],
  [
    "Wouldn't say there's any distance between us and them, we're on the same floor and chat most days.",
    "",
  ],
  ["I don't mind the security training, it's short and actually relevant to my job.", ""],
  ["They probably think we're alright. We mostly do what they ask and they know it.", ""],
  ["Everything they tell us is clear enough.", ""],
  ["not gonna pretend I love the 2FA prompts but the security folks themselves are great", ""],
  ["Good: quick replies. Bad: can't think of anything really.", ""],
  ["I'd have said 'us and them' two years ago. Not now.", ""],
  ["No one's ever had a go at me, even the time I left my laptop on the train.", ""],
  [
    'Interview, security analyst: "I wouldn\'t call users the weakest link. Half our best incident reports come from reception."',
    "",
  ],
  ["Users aren't stupid, they're busy. Different thing entirely.", ""],
  [
    "Got the warehouse team reporting phishing twice as often this year, and they come to us first now. Genuinely chuffed.",
    "",
  ],
  ["had lunch with the HR lot today, they had some decent ideas for onboarding", ""],
  ["We moved our desks next to the finance team last spring and it's made a real difference.", ""],
  ["Our job is to make the safe option the easy option. That's it, really.", ""],
  ["We run drop-in sessions on Thursdays and attendance is decent.", ""],
  ["I don't think people fear us anymore. That took about three years of work.", ""],
  ["Most staff are pretty switched on about security these days, honestly.", ""],
  ["We handle access requests, incident response and awareness training.", ""],
  ["The days of 'because I said so' from our team are over, thank god.", ""],
  ["ngl the dev team has been super easy to work with this quarter", ""],
  [
    "It's not as if we never hear from staff; they ping us all the time, about all sorts, good and bad.",
    "",
  ],
  [
    "Interview note: the participant (security team lead) described the relationship with staff as 'collaborative, mostly two-way'.",
    "",
  ],
  ["Zero friction with legal on the DLP rollout, which surprised me.", ""],
  ["People ask good questions in the training. It's not a one-way lecture.", ""],
  ["Security isn't the enemy here, and I think most of my team would say the same.", ""],
  ["We have a monthly sync with the CISO's office and it's actually useful.", ""],
  ["Nobody on my team is scared of security any more. That was the old regime.", ""],
  ["They explain risk in business terms, which is exactly what I need as a manager.", ""],
  ["Our security partner sits in on sprint planning. Works well.", ""],
  ["I can't think of a single time they've held us up unreasonably.", ""],
  ["They do our vendor risk assessments; turnaround is usually a couple of days.", ""],
  ["Used to be a nightmare getting approval for anything. Not since they rebuilt the process.", ""],
  ["I'd call it a healthy relationship, with the normal disagreements any two teams have.", ""],
  ["Department head, interview: 'They're approachable. My staff don't hesitate to call them.'", ""],
  ["If anything they're too forgiving when we mess up.", ""],
  ["They don't talk down to my people, which I appreciate.", ""],
  ["Access reviews happen twice a year. It's routine, nobody minds.", ""],
  [
    "Our CISO presents at the all-hands every quarter in plain language, no slides full of acronyms.",
    "",
  ],
  ["Budget season aside, we get on fine.", ""],
  ["The new head of security actually walks the floor. Big change, in a good way.", ""],
  ["thanks for the quick turnaround on the firewall rule, legend 🙌", ""],
  ["It isn't security versus the business here. We set the targets together.", ""],
  ["Not unhelpful. Not at all. They bent over backwards for us during the audit.", ""],
];

export const VOICES_GL: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GL_2,
  ...VOICES_GL_3,
  ...VOICES_GL_4,
];
