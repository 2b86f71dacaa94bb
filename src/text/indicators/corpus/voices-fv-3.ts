import type { RawExample } from "./types.js";

/** Part 3 of batch FV (see voices-fv.ts). */
export const VOICES_FV_3: readonly RawExample[] = [
  ["Truthfully? A lot of us see employees as a risk to be contained.", "blame:emp"],
  ["They'd probably say we're a nuisance who never reads their emails.", "blame:emp"],
  [
    "They only ever email when I've failed a phishing test, and it makes me feel like a criminal.",
    "comm feel",
  ],
  [
    "The security folk treat us as the weakest link and talk to us like children.",
    "comm blame:emp",
  ],
  [
    "I'm so frustrated. We asked for a secure file share six months ago and got nothing, so now everyone just uses their own Dropbox.",
    "conflict feel distance",
  ],
  [
    "Honestly I'm scared of them. They can see everything on our machines and we have no idea what they do with it.",
    "feel power",
  ],
  [
    "Employees don't care about security, and frankly I've stopped trying to reach them.",
    "blame:emp distance",
  ],
  ["The IT security team is arrogant and impossible to get hold of.", "conflict power"],
  [
    "We dread the annual review. They go through everything we've done and we just have to sit there and take it.",
    "feel power",
  ],
  [
    "I know I'm the one who caused the ransomware scare and I still feel awful about it.",
    "feel blame:self",
  ],
  [
    "Our users think we're the department of no. They're not wrong - we've been far too rigid.",
    "conflict blame:self",
  ],
  [
    "When I asked for help I got a lecture full of acronyms and the feeling I'd wasted their time.",
    "comm feel",
  ],
  [
    "Between the blocked websites and the 48-hour ticket response, security is just an obstacle. I've given up asking them for anything.",
    "conflict distance",
  ],
  [
    "People are lazy with security and then get angry when we clean up their mess.",
    "conflict blame:emp",
  ],
  [
    "We have to beg for every exception, and they take their time because they can.",
    "conflict power",
  ],
  [
    "The head of IT treats the rest of us like his subjects and expects to be thanked for it.",
    "power",
  ],
  [
    "As a department head, I find their requirements land the week before a deadline, with no consultation whatsoever.",
    "conflict power",
  ],
  ["My team feels watched rather than supported.", "feel power"],
  ["We feel undervalued. The business only notices us when email is down.", "comm feel"],
  [
    "Our AI watches every keystroke, so you never have to trust an employee again.",
    "power blame:emp",
  ],
  ["IT security is the reason our project is three months late.", "conflict blame:sec"],
  ["Useless. Ticket's been open since March and nobody's even looked at it.", "conflict blame:sec"],
  [
    "Management treats the security team as dead weight and I find that demoralising.",
    "feel blame:sec",
  ],
  [
    "I always feel like I'm bothering them with silly questions, so mostly I don't ask.",
    "feel distance blame:self",
  ],
  [
    "I'm not very technical, so I'm probably the weak link in our team, and they make sure I know it.",
    "power blame:self",
  ],
  ["Security here exists mainly to stop people doing their jobs.", "conflict blame:sec"],
  [
    "It's frustrating watching people reuse the same password after we've explained it four times.",
    "feel blame:emp",
  ],
  [
    "Their dashboards and 'risk scores' mean nothing to us, and when we ask they just sigh.",
    "comm feel",
  ],
  [
    "We don't have regular contact; they send a policy PDF once a year and that's that.",
    "comm distance",
  ],
  [
    "Nobody talks to security unless they have to. And when they do, it's because they're in trouble.",
    "comm distance",
  ],
  [
    "I wouldn't say they're hostile, but there's a real distance. We keep to ourselves and so do they.",
    "distance",
  ],
  [
    "Don't get me wrong, they're clever people. It's just that they look down on anyone who isn't in IT.",
    "comm power",
  ],
  [
    "Frankly, most staff would rather wait a week for a workaround from a colleague than call the security desk.",
    "distance",
  ],
  [
    "The relationship is mostly fine, but I'm uneasy about how little we know of what they monitor.",
    "feel power",
  ],
  [
    "We're the ones who get audited, reviewed and told off. They never have to justify anything to us.",
    "power feel",
  ],
  [
    "Users will always find a way to break your controls. Assume they will and lock everything down.",
    "blame:emp power",
  ],
  [
    "It feels like they're waiting for us to slip up so they can write it in a report.",
    "feel power blame:emp",
  ],
  [
    "From where I sit, the staff are our biggest vulnerability and they resent us for saying so.",
    "conflict blame:emp",
  ],
  [
    "Positive experience? Can't think of one. Negative: they wiped my phone without telling me why.",
    "comm power",
  ],
  [
    "We only see the account managers when there's a breach or an audit finding, never in between.",
    "comm distance",
  ],
  [
    "Honestly I'm disappointed in myself more than in them - I should have checked the sender.",
    "feel blame:self",
  ],
  [
    "I'd call the relationship strained. We misread each other's priorities and it makes everyone a bit bitter.",
    "conflict feel",
  ],
  [
    "The shop-floor lads reckon IT is a waste of space and just do things their own way.",
    "distance blame:sec",
  ],
  [
    "How do they feel about employees? Contempt, mostly. You can hear it in how they talk about 'lusers'.",
    "feel blame:emp",
  ],
  [
    "I hesitate before every request because I never know if I'll get a helpful answer or a scolding.",
    "feel comm",
  ],
  [
    "Our remote staff basically never hear from security, and when something breaks they improvise.",
    "distance",
  ],
  [
    "The rules change overnight with no explanation and we're just expected to comply.",
    "power comm",
  ],
  [
    "They say we're the weakest link; I'd say they're the least helpful department in the building.",
    "conflict blame:emp blame:sec",
  ],
  [
    "It's not that they're unfriendly, it's that they speak a different language and never come down to our level.",
    "comm distance",
  ],
  [
    "We've stopped inviting security to project kick-offs because they just slow everything down.",
    "conflict distance",
  ],
  [
    "Honestly, a bit of fear keeps users careful. A scary email after a failed test is exactly what they need.",
    "comm blame:emp",
  ],
  ["Every change request turns into a fight over who owns the risk.", "conflict"],
  [
    "I worry that one mistake from me could bring the whole practice down, and the security guy reminds us of that constantly.",
    "feel blame:self",
  ],
  [
    "The security people are hard to reach and even harder to understand once you do reach them.",
    "conflict comm",
  ],
  ["I think they see us as a necessary evil, and to be fair some of us are.", "blame:emp"],
  ["There's no face-to-face contact at all. Everything goes through a portal.", "comm"],
  [
    "I feel powerless. Access gets removed, restored, removed again, and nobody tells us anything.",
    "feel power comm",
  ],
  [
    "Employees see us as the police and avoid us; we see them as a liability. Not healthy.",
    "distance blame:emp",
  ],
  [
    "We're a small charity; our IT contractor comes in once a quarter and otherwise we manage on our own.",
    "distance",
  ],
  ["Honestly it's a relief when they leave us alone.", "distance feel"],
  [
    "Not arrogant exactly, but they do act like the gatekeepers of everything, and we have to ask permission like kids.",
    "power comm",
  ],
  ["They're a bit slow, maybe, but I'd never call them unhelpful.", ""],
  [
    "Security? Blockers, pure and simple. They've never once made my work easier.",
    "conflict blame:sec",
  ],
  [
    "The infosec team is a bunch of box-tickers who've never done a day's work on the front line.",
    "blame:sec",
  ],
  [
    "I run a 30-person logistics firm. Our outsourced security provider is responsive and explains costs clearly.",
    "",
  ],
  [
    "The awareness team is great; the firewall team, not so much - you can never reach them.",
    "conflict",
  ],
  ["We sometimes disagree on priorities, but we always find a compromise within the week.", ""],
  [
    "Their incident reports read like they were written for other engineers, not for the people who have to act on them.",
    "comm",
  ],
  ["Sometimes I feel like the security team is embarrassed by us.", "feel"],
  [
    "Security has no idea what our traders actually do all day, and they don't bother to find out.",
    "distance",
  ],
  ["I reckon they think we're all idiots who'd click on anything.", "blame:emp"],
  [
    "The board asks 'are we secure?' and I have to answer to people who don't even understand the question.",
    "power",
  ],
  [
    "We're the support function, nothing more. Nobody asks our opinion until the auditors arrive.",
    "power comm",
  ],
  ["We meet every two weeks with the department heads now - best decision we made this year.", ""],
  [
    "Whoever wrote that phishing test was clearly out to humiliate people, and a lot of us are still annoyed.",
    "feel blame:sec",
  ],
  [
    "Frankly I've never had a bad experience with them, though I've also never needed much from them.",
    "",
  ],
  [
    "colour me unimpressed. they organise a 'security day' once a year and then vanish again",
    "distance feel",
  ],
];
