import type { RawExample } from "./types.js";

/** Hard cases: negation, contrast, past against present, hedges, questions, irony, reported speech. Written fresh for Rapport (brief EE). */
export const VOICES_EE_5: readonly RawExample[] = [
  [
    "We're a design studio and we aren't allowed to install anything. Every plugin, a ticket. Every ticket, a week.",
    "conflict power",
  ],
  [
    "When something goes wrong I restart it and hope. Calling IT is more trouble than it's worth.",
    "distance",
  ],
  [
    "Our sales reps leave their laptops unlocked in client receptions. Every single one of them.",
    "blame:emp",
  ],
  [
    "Our reps travel a lot, so IT gave everyone privacy screens for their laptops. Clever idea.",
    "",
  ],
  [
    "The way the incident report was worded, you'd think I'd personally invited the hackers in. It really hurt.",
    "comm feel",
  ],
  [
    "No offence to the team, but whoever approved that file-sharing app clearly never read the terms.",
    "blame:sec",
  ],
  ["No offence taken when they flagged my email. It was a scam, and I'd have fallen for it.", ""],
  [
    "I get the impression the security team think they're smarter than everyone else in the building.",
    "power",
  ],
  ["Our CISO is on the washing-up rota like everyone else. Small thing, but people notice.", ""],
  [
    "Secure printing means walking to the far end of the building and swiping a badge, which on a busy day is twenty minutes I don't have.",
    "conflict",
  ],
  [
    "I'd assumed the security team were all ex-police. Turns out most of them came up through the help desk.",
    "",
  ],
  [
    "Every Monday I wonder which department fell for a gift-card scam over the weekend. It's wearing me down.",
    "feel blame:emp",
  ],
  [
    "We're a forty-person architecture practice; there is no security team, my nephew set up the router.",
    "",
  ],
  [
    "Our own department's sloppiness got us onto the audit list, and we've no one to blame but ourselves.",
    "blame:self",
  ],
  [
    'Does anyone actually understand the new classification labels? "Internal-Restricted-Limited"? I\'ve read the guidance three times.',
    "comm",
  ],
  [
    "The accessibility team and IT worked together on the new screen-reader setup. Proper joined-up work.",
    "",
  ],
  [
    "I resent having to ask permission like a child every time I want to plug in a headset.",
    "feel power",
  ],
  [
    "I never resented the rules. What I resented was my old line manager, who had nothing to do with IT.",
    "",
  ],
  [
    'People keep forwarding our warnings to each other asking "is this real??", which is exactly how the last phishing wave spread.',
    "blame:emp",
  ],
  [
    "It's a horrible feeling, knowing one wrong click and they'll be at your desk asking questions.",
    "feel power",
  ],
  [
    "One wrong click and they're at your desk, but with a coffee and a \"don't worry, happens to everyone\".",
    "",
  ],
  [
    "Everything goes through the portal. I've no idea whether there's an actual human on the other end.",
    "comm distance",
  ],
  [
    "The new email gateway delays everything by forty minutes. Clients think we're ignoring them. Great job, IT.",
    "conflict blame:sec",
  ],
  [
    "Our email is slow because the office broadband is rubbish, and the landlord won't upgrade the line.",
    "",
  ],
  ['Apparently we\'re "stakeholders" now. Funny, nobody consulted the stakeholders.', "power"],
  ["Union reps sit on the data protection working group, so we hear about changes early.", ""],
  [
    "I've had it with people who share their screen on client calls with their password manager wide open.",
    "feel blame:emp",
  ],
  [
    "The security team sits behind a locked door on the top floor. Nobody I know has ever been inside.",
    "distance",
  ],
  [
    "The security team moved down to the ground floor so people would drop in more, and they do.",
    "",
  ],
  [
    "Not that anyone's been rude, but I always come away from their training feeling a bit thick.",
    "feel",
  ],
  [
    'The app keeps asking me to approve a sign-in from an "unusual location" while I\'m at my own desk, and nobody can tell me why.',
    "conflict comm",
  ],
  [
    "We set the alert threshold so low that people learned to ignore us. That one's on the security team.",
    "distance blame:self",
  ],
  [
    "They can wipe our phones, read our messages, track where we are, and we signed it all away in the contract. Cheerful thought.",
    "feel power",
  ],
  [
    "They gave everyone a separate work phone, so the question of personal phones never came up.",
    "",
  ],
  [
    'Being summoned by an email titled "Policy Violation – Action Required" with no other detail is honestly terrifying.',
    "comm feel power",
  ],
  ["The parking permit system crashed again. That's facilities, before anyone asks.", ""],
  ["I know there's a security champion on our floor. No idea who.", "distance"],
  ["The security champions scheme launched in June with one volunteer per floor.", ""],
  [
    "Somebody in IT thought it'd be a great idea to block LinkedIn for the recruitment team. Brilliant.",
    "conflict blame:sec",
  ],
  [
    "The way they walk round the office with their clipboards, you'd think we were all suspects.",
    "power",
  ],
  [
    "I get the logic, but getting a contractor onto the network now takes longer than the contract itself.",
    "conflict",
  ],
  ["Our temps get a one-page security sheet on day one, and they actually read it.", ""],
  [
    "Managers are the worst offenders. They demand exceptions and then wonder why their teams ignore the rules.",
    "blame:emp",
  ],
  ["Some managers ask for exceptions; most accept a no once we explain the risk.", ""],
  [
    "I'm tired of reading \"human error\" in every incident summary, as if we're all idiots.",
    "comm feel",
  ],
  [
    "I've given up on them. I render on my own machine at home because theirs can't cope and asking for an upgrade goes nowhere.",
    "conflict distance",
  ],
  ["My laptop is slow because I've got forty browser tabs open. Not IT's fault.", ""],
  ["I don't love the new login screen, but I can't pretend it causes me any real trouble.", ""],
  ["I'd be lying if I said I wasn't a little afraid of the compliance team.", "feel"],
  [
    "I'd be lying if I said I enjoyed the compliance course, but it was over in twenty minutes and it made sense.",
    "",
  ],
  [
    'It would help if the outage emails said which systems were down, instead of "some services may be affected".',
    "comm",
  ],
  [
    "The outage email said exactly which systems were down and when they'd be back. Can't ask for more.",
    "",
  ],
  [
    "The board signed off the new monitoring without a single employee representative in the room.",
    "power",
  ],
  [
    "I'm sorry, but the security team's answer to every problem is to block it, and I'm sick of it.",
    "conflict feel blame:sec",
  ],
  ["The team that handles access requests turned mine round in an afternoon.", ""],
  [
    "We can't plug the projector into our own laptops any more, so every client presentation starts with ten minutes of fiddling with a shared machine that's never been updated. I asked security if there was another way and got a very polite no. I suppose they have their reasons, but it makes us look amateur in front of clients.",
    "conflict",
  ],
  ["Why is the seventh-floor kitchen always out of milk? Genuine question.", ""],
  [
    "The biggest risk in this building isn't hackers, it's Steve from procurement and his \"quick favour\" emails.",
    "blame:emp",
  ],
  ["The biggest risk in this building is probably the loose carpet on the stairs, frankly.", ""],
  ["To be honest I've muted the security channel. Too much noise.", "comm distance"],
  ["We're told what's banned, never why, and heaven help you if you ask.", "comm power"],
  [
    "Somebody tells me security is heavy-handed here. Not my experience at all; they've been flexible every time.",
    "",
  ],
  [
    "Somebody tells me security is heavy-handed, and yes, seeing how they handled the shared-drive purge, I'd agree.",
    "power",
  ],
  ["I feel like I'm bothering them, so I just don't ring any more.", "feel distance"],
  [
    "We were the team that insisted on keeping the old order server running because we liked the reports it produced. Security warned us twice, in writing and in person. When it got hit and we lost a week of orders, that was on our heads, not theirs, and I told my director so.",
    "blame:self",
  ],
  [
    "Security spoke at our team meeting, took questions for an hour, and didn't once look at the clock.",
    "",
  ],
  ["Frankly, I don't think about security at all, and that's because they make it painless.", ""],
  [
    "Security rejected our grant portal two days before the deadline, offered no alternative, and acted like we'd done something shady by asking. The whole team was gutted.",
    "conflict feel power blame:sec",
  ],
  [
    "Our school got new Chromebooks and the kids found the games faster than the lessons. Not IT's problem.",
    "",
  ],
  ["I don't know much about cyber security, but I know who to call, and that's enough for me.", ""],
  ["They rolled out passkeys for the HR system in September.", ""],
  ["When ransomware hit our supplier, our security lead phoned each affected team personally.", ""],
  ["I haven't a bad word to say about them. Not one.", ""],
  [
    "I haven't a bad word to say about the people, but the emails read like they were written by a robot.",
    "comm",
  ],
  [
    "They're so intimidating that I'd rather sit with a broken printer for a week than ask.",
    "feel distance",
  ],
  ["Used to be terrified of the IT office. Now I pop in just for a chat.", ""],
  [
    "In the old days we'd sit down together and agree the rules. Now a committee we've never met decides.",
    "power",
  ],
  [
    "They say the data loss wasn't their fault. Given it was their backup that failed, I don't buy it.",
    "blame:sec",
  ],
  [
    "They said the data loss wasn't their fault, and having read the report, I agree: the supplier's disk failed.",
    "",
  ],
  [
    "The receptionist let a man in a hi-vis vest walk straight into the server room. A hi-vis vest.",
    "blame:emp",
  ],
  ["Reception keeps the visitor log on a tablet now, which makes fire drills much easier.", ""],
  [
    "The booking tool we actually used got blocked and the approved one does half of what we need, so people book rooms on a whiteboard now.",
    "conflict",
  ],
  [
    "I'm sure it's not intentional, but after every phishing test I feel like a lab rat.",
    "feel power",
  ],
  [
    "The quarterly quiz from the security team has turned into a bit of a competition between floors.",
    "",
  ],
];
