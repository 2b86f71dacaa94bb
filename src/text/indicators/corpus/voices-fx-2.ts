import type { RawExample } from "./types.js";

/** Part 2 of batch FX (see voices-fx.ts). */
export const VOICES_FX_2: readonly RawExample[] = [
  [
    "I get why the rules are there. I don't always like them, but the team explain their reasoning and that goes a long way.",
    "",
  ],
  [
    "I've stopped sending the monthly security newsletter. The open rate was four percent and I was tired of writing it for nobody.",
    "distance feel",
  ],
  [
    "I'm worried, frankly. The practice has one backup drive and one exhausted receptionist between it and a ransom note.",
    "feel",
  ],
  [
    "I try to answer every question with 'good question'. People ask more when they don't feel judged.",
    "",
  ],
  [
    "Security isn't an obstacle here. If anything the product team come to us first because we make their launches smoother.",
    "",
  ],
  [
    "It's us versus them in that office. The staff think we spy on them and we think they're hiding shadow IT.",
    "conflict",
  ],
  [
    "In the interviews, most of our staff described the security team as approachable. That surprised me, pleasantly.",
    "",
  ],
  [
    "I'm disappointed, honestly. We ran a whole awareness month and three people came to the sessions.",
    "feel distance",
  ],
  [
    "Honestly? I've given up trying to get the sales floor to engage. I push the patches and leave them to it.",
    "distance",
  ],
  [
    "I find the users pretty reasonable. It's middle management that ignores every email I send.",
    "distance",
  ],
  [
    "Calling users 'the weakest link' is lazy. It lets the security industry off the hook for building systems that fall over when a human makes one mistake.",
    "blame:sec",
  ],
  [
    "We locked down USB ports and the lab team went straight to the CEO. Now every decision I make gets second-guessed.",
    "conflict power",
  ],
  [
    "The office manager at one client calls me by my first name and sends a card at Christmas. That's the dream client.",
    "",
  ],
  [
    "I keep my distance from the users on purpose. The less they know about the controls, the less they try to get round them.",
    "distance power",
  ],
  [
    "I don't trust the users and they know it. Everything is locked down; if they want something they ask, and I decide.",
    "power",
  ],
  [
    "IT treat us like children. Every setting is locked and every request needs a written justification.",
    "power",
  ],
  [
    "not gonna lie, half my tickets are 'i clicked something, is that bad?' and honestly thats fine, id rather they ask",
    "",
  ],
  [
    "Plenty of people in our industry sneer at users in public and then wonder why nobody reports incidents to them.",
    "blame:sec comm",
  ],
  [
    "There's friction, sure, but it's the healthy kind. They push back, we explain, and usually we land somewhere sensible.",
    "",
  ],
  ["I'd say they see us as a risk to be managed rather than as colleagues.", "blame:emp"],
  [
    "I wouldn't say the users are the problem. Half the time it's me who set the policy up badly and they're just working around it.",
    "blame:self",
  ],
  [
    "When I run a session I avoid acronyms entirely. If I say MFA I follow it with 'the code on your phone'.",
    "",
  ],
  [
    "Users are the problem? Sure, if you design a process that needs them to be perfect.",
    "blame:sec",
  ],
  [
    "There's no malice on either side and no real friction either. People want their stuff to work, and mostly it does.",
    "",
  ],
  [
    "I'm the trouble, really. I'm bad at explaining, I get impatient, and people pick up on it.",
    "blame:self",
  ],
  [
    "The head office security team dictate everything to us in the branches without ever visiting. We're just expected to comply.",
    "power comm",
  ],
  [
    "Every request goes through our change board and the business hates it, but it's not going away.",
    "conflict power",
  ],
  [
    "They don't seem to understand how the warehouse works. The rules make sense in an office, not on a loading dock.",
    "conflict",
  ],
  [
    "We're completely dependent on them. If they say no, that's the end of it, and there's nobody to appeal to.",
    "power",
  ],
  [
    "I wouldn't say there's no tension, but we have a good way of raising it. Monthly retro, everything on the table.",
    "",
  ],
  [
    "Staff don't see us, they see a pop-up. The only human contact is when something has already gone wrong.",
    "comm",
  ],
  [
    "I think they'd describe us as the people who say no and then disappear for a fortnight.",
    "conflict",
  ],
  [
    "I explain things differently to the CFO and to the receptionist, and neither version is dumbed down. It's just made relevant.",
    "",
  ],
  [
    "We're told to 'enable the business' and then blamed when the business does something reckless. Can't win.",
    "conflict power",
  ],
  [
    "Staff are a bit scared of us, I think. When I walk into the office people minimise their screens.",
    "feel",
  ],
  [
    "Hybrid working has changed everything. We haven't physically seen most of these people in a year.",
    "comm",
  ],
  [
    "Our contract includes a monthly face-to-face review, and clients value it more than any of the tech.",
    "",
  ],
  [
    "I sometimes worry we're doing things wrong and nobody from security will tell us until it's too late.",
    "feel",
  ],
  [
    "Our security lead is brilliant at explaining risk. She uses stories, not statistics, and people remember them.",
    "",
  ],
  [
    "We started having lunch with each department once a month. Sounds trivial, but people now call us before they do something risky, not after.",
    "",
  ],
  [
    "Sometimes I feel like a servant with admin rights. Everybody needs me and nobody listens to me.",
    "power",
  ],
  [
    "Honestly, I avoid the sales floor. Every time I walk through someone grabs me about their phone.",
    "distance",
  ],
  [
    "I wouldn't call them lazy. They're under pressure, and security is the first thing that gives.",
    "",
  ],
  [
    "Their security training made my whole team feel stupid. Nobody wants to sit through that again.",
    "comm feel",
  ],
  [
    "I make a point of walking the floor every Friday. Five minutes at each desk and you hear about problems before they become incidents.",
    "",
  ],
  [
    "My staff are scared to tell IT when they've clicked something, because they assume they'll get in trouble.",
    "feel",
  ],
  [
    "Staff are terrified of reporting a mistake because the last person who clicked a phish got named in an all-staff email.",
    "feel",
  ],
  [
    "I won't pretend it doesn't grind me down, explaining the same thing for the fifth time this quarter.",
    "feel",
  ],
  [
    "Awareness training works when it respects people. When I started treating staff as adults the reporting rate tripled.",
    "",
  ],
  [
    "No one ever stops by our desk just to chat. We're at the end of a corridor behind a locked door and it shows.",
    "distance",
  ],
  [
    "They avoid raising tickets because last time someone got a lecture from our team. So things fester until they blow up.",
    "distance comm",
  ],
  [
    "Tickets from that firm are always rude, all caps, URGENT. The whole team has started dreading them.",
    "feel conflict",
  ],
  [
    "Nobody in the building knows what the security team actually does. We're this faceless thing that blocks websites.",
    "power",
  ],
  [
    "I used to think security was all red tape, but after the fraud attempt last spring I get it. They saved us.",
    "",
  ],
  [
    "Some days I feel like I'm shouting into a void. Policies go out, nobody acknowledges them, nothing changes.",
    "feel distance",
  ],
  ["They see us as the police, and nobody wants to chat with the police.", "distance power"],
  [
    "The relationship is good. We do a quarterly catch-up with every department and people actually turn up.",
    "",
  ],
  ["Users aren't the weakest link. Underfunded IT is.", "blame:sec"],
  [
    "I'm frustrated that every tool we want has to go through them. It feels like asking permission to do our jobs.",
    "feel power",
  ],
  [
    "Our lead engineer talks to clients like they're five. I've had two complaints this month about his tone.",
    "comm",
  ],
];
