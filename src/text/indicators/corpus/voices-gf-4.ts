import type { RawExample } from "./types.js";

/** Part 4 of batch GF (see voices-gf.ts). */
export const VOICES_GF_4: readonly RawExample[] = [
  ["I can't keep up with all their rules and I feel guilty for it.", "feel blame:self"],
  ["Pretty sure I'm their least favourite person after the laptop-on-the-bus thing.", "blame:self"],
  ["They're gatekeepers. Want a new app for your class? Beg.", "conflict power"],
  ["We have to justify every request like we're on trial.", "conflict power"],
  ["They hold the admin passwords for everything, so even the head teacher has to ask.", "power"],
  ["Nobody knows what they actually do all day, and that's how they like it.", "power distance"],
  ["You're never told the outcome when you report something. It just disappears.", "comm distance"],
  ["The only time I hear from them is a 'you have failed the phishing test' email.", "comm feel"],
  ["They speak in a way that makes you feel small.", "comm feel power"],
  [
    "I was really upset when they escalated my mistake to HR without even talking to me first.",
    "comm feel power",
  ],
  [
    "Disappointed. I expected more support when my account was hacked, got a form.",
    "feel blame:sec",
  ],
  ["We work around them, not with them.", "conflict distance"],
  [
    "I'm anxious every time the 'security alert' pop-up appears, no idea if it's real or one of their tests.",
    "feel",
  ],
  [
    "Their policies are designed by people who have never had a patient crashing in front of them.",
    "conflict blame:sec",
  ],
  ["It's us against them, to be honest, and they're winning.", "conflict power"],
  [
    "The council's IT security is useless. Slow, unhelpful and they break more than they fix.",
    "blame:sec",
  ],
  [
    "Honestly I'm a dinosaur with tech, so I'm probably the one making their life hard.",
    "blame:self",
  ],
  ["They keep saying 'human error' in the reports. Meaning us.", "blame:emp"],
  ["I feel like a suspect, not a colleague.", "feel power"],
  ["There's no relationship, we've never been introduced.", "distance"],
  ["They're not hard to reach, to be fair, they're just hard to understand.", "comm"],
  ["Pretty helpful overall.", ""],
  ["Nobody ever answers.", "conflict"],
  [
    "I'll admit it, I fell for the fake parcel text on my work phone and had to ring them. They were decent about it, but I still feel like an idiot and I'm sure they've got me down as a risk now.",
    "feel blame:self",
  ],
  [
    "Q: How would they describe the relationship? A: Probably that we're hard work. And to be fair I am, I forget my password about once a fortnight.",
    "blame:self",
  ],
  [
    "Interview notes, school business manager: says relationship with trust IT is 'transactional'; sees them only at audit time; feels the school is checked up on rather than helped; has started buying her own software licences so she doesn't have to go through them.",
    "comm power distance",
  ],
  [
    "When we moved to the new patient record system the security team insisted on a separate login for every module. On a busy A&E shift that means typing a password maybe forty times. We raised it at three meetings. Nothing. Now people leave sessions open, and guess who gets blamed when the audit flags it.",
    "conflict feel blame:emp blame:sec",
  ],
  [
    "I work in a library run by the council and I've genuinely never had reason to contact IT security. Updates happen overnight, the public PCs get wiped, and if there's ever a dodgy email it gets quarantined before I see it. Can't fault it.",
    "",
  ],
  [
    "Forum post: 'anyone else's school IT basically a black box? you email, something happens or doesn't, nobody tells you which. had a kid's safeguarding alert go to a mailbox nobody checks. asked why. got told it was \"configured per policy\". ok then'",
    "comm feel power",
  ],
  [
    "I'm the problem, not them. I know I should lock my screen and I just don't when it's busy.",
    "blame:self",
  ],
  ["I blame myself more than them, I never read the emails properly.", "blame:self"],
  ["Honestly probably my fault, I clicked 'allow' on something I shouldn't have.", "blame:self"],
  [
    "Conference quote from a vendor: 'You can spend millions on tech, but one receptionist opening one attachment undoes the lot.' Sat in the audience as a practice manager and felt about two inches tall.",
    "feel blame:emp",
  ],
  [
    "The security officer at our district council runs a lunchtime 'ask me anything' once a month. I went with a silly question about my home wifi and he treated it as a perfectly reasonable thing to ask. Since then I actually report stuff.",
    "",
  ],
  ["Not scary, not bossy, not jargony. Just useful.", ""],
];
