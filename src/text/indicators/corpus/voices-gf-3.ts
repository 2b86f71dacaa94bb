import type { RawExample } from "./types.js";

/** Part 3 of batch GF (see voices-gf.ts). */
export const VOICES_GF_3: readonly RawExample[] = [
  ["We're supposed to be partners but it's very much them and us.", "power distance"],
  ["The relationship's improved a lot since they started doing walk-in Fridays.", ""],
  [
    "Honestly I think they'd describe us as idiots. Politely, in meetings, but idiots.",
    "feel blame:emp",
  ],
  [
    "Electoral services worked closely with them before the election. Really reassuring to have them on hand.",
    "",
  ],
  ["They don't do face to face. Everything's a ticket number.", "comm distance"],
  [
    "Whatever's wrong, it's always 'user error'. Apparently the system has never once been at fault.",
    "feel blame:emp",
  ],
  [
    "I don't feel I can question them. They're the experts, I just do what the email says.",
    "power",
  ],
  ["Their lot sit on a different floor and don't mix. Like a separate company.", "distance"],
  ["I did report a phishing email once and got a nice thank-you badge on the intranet.", ""],
  ["I'll be honest, I'm part of the problem. I reuse passwords everywhere.", "blame:self"],
  ["Clear and understandable, mostly. Occasionally a bit technical.", ""],
  [
    "They had us all do a 40 minute module on 'insider threat'. Felt like being accused.",
    "feel blame:emp",
  ],
  [
    "Calls go unanswered, emails get a generic auto-reply. Hard to reach doesn't cover it.",
    "conflict",
  ],
  [
    "Waste management admin. I know they exist because of the screensaver reminding us to lock our PC.",
    "distance",
  ],
  [
    "I think they feel underappreciated, to be fair. Nobody notices them until something goes wrong.",
    "",
  ],
  ["Fair and firm. They said no to my request but explained exactly why.", ""],
  [
    "They would say we're 'resistant to change'. We'd say they've never worked a frontline counter.",
    "conflict blame:emp",
  ],
  [
    "Honestly a positive experience: the MFA rollout was slow but they held our hands through it.",
    "",
  ],
  ["Being monitored by people you've never met does not feel great.", "feel power distance"],
  [
    "Oh they're wonderful. Every time I need something done it's 'raise a ticket'. Inspirational.",
    "conflict blame:sec",
  ],
  [
    "Amazing how the security team can find time to send a phishing test every week but not fix my card reader.",
    "conflict blame:sec",
  ],
  ["Helpful? Sure, in the way a locked door is helpful.", "conflict blame:sec"],
  [
    "Yeah they're great at emails in capital letters. URGENT. ACTION REQUIRED. DO NOT IGNORE.",
    "comm",
  ],
  ["The wizards of the server room have spoken and we mortals must reboot.", "power"],
  ["Ah yes, the department of No.", "conflict blame:sec"],
  ["Their motto seems to be 'if it works, block it'.", "conflict blame:sec"],
  ["I'm sure they're lovely people. I wouldn't know, I've never met one.", "distance"],
  ["Obviously it's always the nurse's fault. Never the twelve-step login.", "feel blame:emp"],
  ["Oh, apparently I need 'admin rights' to change my desktop background. The power.", "power"],
  ["Communication is fantastic, if you speak fluent acronym.", "comm"],
  [
    "Top marks for the password policy. 16 characters, changed monthly, can't write it down. What could go wrong.",
    "blame:sec",
  ],
  ["Good at sorting problems quickly, bad at warning us before they change things.", "comm"],
  ["Knowledgeable people, but they forget not everyone is.", "comm"],
  ["They fix things well, I just wish I didn't feel stupid for asking.", "feel"],
  ["Brilliant in a crisis, invisible the rest of the year.", "distance"],
  [
    "The security manager is great, the helpdesk in front of him is a brick wall.",
    "conflict blame:sec",
  ],
  [
    "The training was actually useful, the follow-up naming-and-shaming emails weren't.",
    "comm feel",
  ],
  ["They know their stuff but they really don't know ours.", "conflict"],
  ["I like them, I just don't understand half of what they tell me.", "comm"],
  ["They install updates, manage passwords, and keep an eye out for viruses.", ""],
  ["I have no complaints about them.", ""],
  ["Mostly they're behind the scenes. I think that's how it should be.", ""],
  ["I'd describe the relationship as professional and friendly.", ""],
  ["They'd probably say we're a bit forgetful but well meaning. That's fair.", ""],
  ["Never had a bad experience with the security team.", ""],
  ["Not jargony at all, which surprised me.", ""],
  ["Security is a shared job here, they say that a lot and they seem to mean it.", ""],
  ["The safeguarding lead and the network manager work hand in hand, it's good to see.", ""],
  ["They're quite approachable really, I've never felt judged.", ""],
  [
    "I used to be scared of them but not any more, they've been really good since the new manager.",
    "",
  ],
  ["I wouldn't say there's friction. We just have different priorities sometimes.", ""],
  ["Understandable enough. If I don't get it I ask and they explain again.", ""],
  ["They manage the encryption on our laptops and the secure email.", ""],
  ["Yes, helpful, because they actually get back to you.", ""],
  ["We meet them quarterly at the information governance group.", ""],
  ["They seem to like us. They brought cake at Christmas.", ""],
  ["Phishing reporting button works well, they always reply.", ""],
  ["Staff are the weakest link, everyone knows that. Technology can only do so much.", "blame:emp"],
  [
    "Nine times out of ten the incident starts with a member of staff who didn't read the warning.",
    "blame:emp",
  ],
  [
    "I think they feel let down by us, like they put all this effort in and we keep ignoring it.",
    "blame:emp",
  ],
];
