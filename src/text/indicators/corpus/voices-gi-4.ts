import type { RawExample } from "./types.js";

/** Part 4 of batch GI (see voices-gi.ts). */
export const VOICES_GI_4: readonly RawExample[] = [
  ["Probably my fault I don't understand half of it, I left school at sixteen.", "comm blame:self"],
  ["I'm the weak link, not them, I'll put my hands up.", "blame:self"],
  [
    "Respondent said she felt 'guilty' ringing IT so often and assumed they were sick of her.",
    "feel blame:self",
  ],
  [
    "I'm sure they think I'm thick, and they're probably right about computers.",
    "feel blame:emp blame:self",
  ],
  ["My own fault really, I never read the emails.", "distance blame:self"],
  ["I'd blame myself before them, I'm not great with this stuff.", "blame:self"],
  ["Yeah I'm the one who got the site locked out last March. Still hear about it.", "blame:self"],
  ["The lads blame IT but half of it's us, me included.", "blame:emp blame:self"],
  [
    "Interviewer's note: dispatcher repeatedly apologised during the interview for 'not being techy' and said problems with IT were 'probably on my end'.",
    "blame:self",
  ],
  ["I feel bad, they're nice enough, it's me that's hopeless.", "feel blame:self"],
  ["I don't bother them because I reckon it's my fault anyway.", "distance blame:self"],
  ["Not a problem at all, but when there is one, good luck finding anyone.", "conflict"],
  ["They're never rude, I'll say that, but they never come out of the office either.", "distance"],
  ["They mean well but it's all Greek to me.", "comm"],
  [
    "Friendly enough on the phone, I just wish they'd come and look at the actual machine once in a while.",
    "distance",
  ],
  ["It's fine, I suppose. We don't really need each other.", "distance"],
  ["I wouldn't say they're arrogant, more that they don't know we exist.", "distance"],
  ["Not saying they're bad people, they just make the job harder.", "conflict"],
  [
    "Helpful? Sometimes. Depends who picks up. The older one explains, the younger one just reads the script at you.",
    "comm",
  ],
  ["The relationship is okay but one-sided, they set the rules and we fit in.", "power"],
  ["I'm not scared of them or anything, just fed up waiting.", "conflict feel"],
  ["They'd say we're a good bunch. We'd say they're a black box.", "power"],
  [
    "Never any shouting, it's all very polite, but nothing changes when we ask for stuff.",
    "conflict power",
  ],
  [
    "Respondent qualified earlier criticism, saying the security team were 'decent people stuck with stupid rules from head office'.",
    "conflict",
  ],
  ["I don't blame them, I blame the software they're given.", "blame:sec"],
  ["I'd not call it friction, more like we live on different planets.", "comm distance"],
  [
    "Interviewee said the security staff were 'not unhelpful' but she 'wouldn't go to them unless the building was on fire'.",
    "feel distance",
  ],
  ["They don't talk down to us any more, that stopped when the old manager left.", ""],
  [
    "It's not that I'm scared of them, I'm scared of what the hackers can do. They help with that.",
    "",
  ],
  ["Used to be us and them, it's not any more, they've got a desk in the yard office now.", ""],
  [
    "Never any blame from their side, even after the lorry tablet got left at a services and stolen.",
    "",
  ],
  [
    "Interviewer's note: the precast yard manager spoke at length. He called the security team 'sharp lads' and said he has their mobile numbers, but added that they rarely come out, and when they do it is always because something has gone wrong, never just to see how the crane tablets are getting on.",
    "comm distance",
  ],
  [
    "Respondent, a mill operator on nights, described a long-running dispute over the HMI passwords: security wanted individual logins, operators wanted a shared one so a machine could be stopped in an emergency, and in the end 'we just taped it to the panel and nobody from IT has been back since'.",
    "conflict distance",
  ],
  [
    "Interviewee said she expected a telling-off after forwarding a suspicious invoice to the whole accounts team by mistake, but the security officer came down, sat with her, explained what to look for, and later thanked her in the team meeting for being upfront.",
    "",
  ],
  [
    "What's bad about it? Nothing major. What's good? They listen. The tacho downloads were failing every Friday for a month and the lass from security drove out to Goole twice, stood in the cab with the driver, worked out it was a certificate, and put a note round the depot in plain English.",
    "",
  ],
];
