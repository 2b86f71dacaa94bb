import type { RawExample } from "./types.js";
import { VOICES_FT_2 } from "./voices-ft-2.js";
import { VOICES_FT_3 } from "./voices-ft-3.js";

/** Employees and line managers answering the survey's open questions, and an interviewer's notes from follow-up interviews, written from the label table alone (round 27). Written fresh for Rapport (brief FT). */
const FIRST_PART: readonly RawExample[] = [
  ["Frankly I'm disappointed. I expected a lot more support from them after the breach.", "feel"],
  [
    "I wouldn't say I'm afraid of them, but I do get anxious before the annual access review.",
    "feel",
  ],
  [
    "I don't blame them for the rules, that comes from head office. But the rules still get in my way every single day.",
    "conflict",
  ],
  [
    "They monitor for suspicious logins and patch our machines overnight so we aren't disrupted.",
    "",
  ],
  ["no complaints tbh, the helpdesk and the security folks both answer quickly", ""],
  [
    "Interviewer note: P09 described repeated misunderstandings over what 'sensitive data' means; marketing and security use the term differently and keep talking past each other.",
    "conflict",
  ],
  [
    "Interviewer note: P33 stressed that the security lead 'listens before talking'. No frustrations reported.",
    "",
  ],
  [
    "They see users as the weakest link and honestly it makes me angry - we're the ones actually doing the work.",
    "blame:emp feel",
  ],
  ["Clear, friendly, and they follow up to check the fix actually worked.", ""],
  ["We meet them every fortnight for a quick stand-up. Works well.", ""],
  [
    "Interviewer note: P21 said the team 'is never hard to reach' and mentioned a Teams channel that gets answered within the hour.",
    "",
  ],
  [
    "Maybe it's partly my fault for not keeping up, but their updates are pretty hard to follow.",
    "blame:self comm",
  ],
  [
    "Trying to get hold of anyone in security is impossible. The phone rings out and tickets sit for weeks.",
    "conflict",
  ],
  [
    "Interviewer note: P38 said the relationship was 'okay, I guess', but she has never had any direct contact with security; anything goes via her manager.",
    "distance",
  ],
  ["I'd describe them as helpful, patient and a bit nerdy in a nice way.", ""],
  ["The MFA rollout was a bit annoying for a week, then I stopped noticing it.", ""],
  ["I clicked the link. Totally my fault, and I felt awful about it for weeks.", "blame:self feel"],
  [
    "I'm not worried about asking them things. They've made it clear there are no stupid questions.",
    "",
  ],
  [
    "The security team are really approachable. I asked a silly question about a phishing email and they thanked me for checking.",
    "",
  ],
  ["I hate having to ask them anything. I always come away feeling stupid.", "feel"],
  ["they explained the encryption thing in a way even my mum would get", ""],
  ["Honestly we're constantly at odds about cloud tools.", "conflict"],
  [
    "Interviewer note: manager in logistics says there is 'no blame culture' around incidents; people report mistakes quickly.",
    "",
  ],
  [
    "How do security staff feel about employees? Like we're toddlers who keep sticking forks in sockets.",
    "blame:emp",
  ],
  ["The poster in the kitchen literally says 'Don't be the reason we get hacked'.", "blame:emp"],
  [
    "It's not that they're rude, but we only hear from them when there's a breach notice or a failed audit.",
    "comm",
  ],
  [
    "Interviewer note: P29 read out an email from security; the interviewer could not follow it either.",
    "comm",
  ],
  [
    "I'm worried that if I report a mistake I'll get in trouble, and it plays on my mind for days.",
    "feel",
  ],
  [
    "Interviewer note: P42 (engineering lead) said his team 'fixes security issues ourselves rather than wait for them'.",
    "distance",
  ],
  [
    "Interviewer note: P16 repeatedly said 'I'm just not techy', blaming herself for the incidents she was involved in.",
    "blame:self",
  ],
  ["It's easy to understand what they want from us. The checklists fit on one page.", ""],
  ["Their guidance on spotting invoice fraud was clear and practical, no jargon.", ""],
  [
    "Security staff seem to genuinely like working with us - they're always up for a chat at the coffee machine.",
    "",
  ],
  ["I'd say they see us as colleagues who occasionally need a hand, not as a threat.", ""],
  [
    "Interviewer note: P14 said messages from security 'always start with a warning' and never with anything positive.",
    "comm",
  ],
  ["They treat us like adults. No finger-wagging.", ""],
  [
    "Interviewer note: P27 believes security staff see employees 'as the problem to be managed', citing the tone of the quarterly report.",
    "blame:emp",
  ],
  ["We stay out of each other's way. Seems to suit both sides.", "distance"],
  [
    "We never see them, they never see us, and when we do speak it's usually an argument.",
    "distance comm conflict",
  ],
  [
    "If we get breached it'll be because of them, not us - they still haven't patched the old servers.",
    "blame:sec",
  ],
  [
    "The USB ban means I can't take presentations to client sites. Security is basically in the way of my work.",
    "conflict",
  ],
  [
    "They run surprise checks on our laptops and never tell us what they found or what happens next.",
    "power",
  ],
  ["They never speak to us face to face. Even the big changes arrive as a one-line email.", "comm"],
  [
    "The phishing simulations felt a bit sneaky at first, but they shared the results openly and nobody was named or shamed.",
    "",
  ],
  [
    "It's a them-and-us thing. They sit on another floor, we never see them, and neither side makes the effort.",
    "distance comm",
  ],
  ["i dont bother them anymore, i just google it", "distance"],
  ["I don't think anyone on my floor has spoken to a security person this year.", "distance"],
  ["Relationship? Collaborative. We co-wrote the remote working guidance with them.", ""],
  [
    "Interviewer note: P05 (team lead) said her team avoids security 'because every conversation turns into an argument'.",
    "distance conflict",
  ],
  [
    "They're useless, frankly. Whenever there's a real problem they're nowhere to be seen.",
    "blame:sec conflict",
  ],
  [
    "Interviewer note: P30 attributed last year's outage 'entirely' to security's botched update.",
    "blame:sec",
  ],
  [
    "I don't think they see users as the weakest link at all; they talk about us as the first line of defence.",
    "",
  ],
  ["I'm the weak link in my team, honestly. Everyone else seems to get it.", "blame:self"],
  ["I can't say they're arrogant; they're actually quite humble about what they don't know.", ""],
  [
    "I'm not saying users are blameless, but treating every employee as a suspect isn't helping anyone.",
    "blame:emp",
  ],
  ["I avoid them if I can. If something breaks I'd rather ask a colleague.", "distance"],
  [
    "Their rules make my job harder and they don't care, because they'll never be the ones missing targets.",
    "conflict power",
  ],
  [
    "I think they'd describe us as a liability. That's the vibe from every training session.",
    "blame:emp",
  ],
  ["People complain that security is an obstacle; I've honestly never found that.", ""],
  [
    "There was a misunderstanding once about file sharing, but it was cleared up in a five-minute call and we're fine.",
    "",
  ],
];

export const VOICES_FT: readonly RawExample[] = [...FIRST_PART, ...VOICES_FT_2, ...VOICES_FT_3];
