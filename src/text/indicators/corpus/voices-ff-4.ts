import type { RawExample } from "./types.js";

/** Part 4 of batch FF (see voices-ff.ts). */
export const VOICES_FF_4: readonly RawExample[] = [
  ["People at my current company are a bit scared of our team, which I find sad.", "feel"],
  [
    "I see myself as a partner to the business, not a police officer. The business sets the goals; I help it get there safely.",
    "",
  ],
  ["Staff there treat us as a helpdesk to shout at whenever something breaks.", "comm power"],
  ["Why am I leaving? I'm tired of being overruled on every risk I raise.", "feel power"],
  [
    "I'd rather understand why someone clicked than count how many did. The why is where the fix is.",
    "",
  ],
  ["I'm pretty blunt with users, and some of them take it the wrong way.", "comm"],
  [
    "My favourite project was a password manager rollout that people actually asked for. Uptake was over ninety percent in a month.",
    "",
  ],
  ["The team before me just lectured people and got nowhere.", "comm blame:sec"],
  [
    "I document every exception and the name of whoever approved it. It keeps everyone honest, me included.",
    "",
  ],
  [
    "The hardest part of that job was that the business never told us about changes until they were live.",
    "distance comm",
  ],
  [
    "I'm comfortable presenting to the board and to the night shift. Same message, different words.",
    "",
  ],
  ["Users mostly mean well; they just need guardrails.", ""],
  [
    "I've made mistakes, like rolling out a lockout policy on a Monday morning without warning anyone.",
    "blame:self comm",
  ],
  ["I suppose some staff are just untrainable, and you plan for that.", "blame:emp"],
  [
    "I keep a weekly office hour where anyone can drop in. Mostly it's questions about travel and phones.",
    "",
  ],
  [
    "At a 12-person startup I was also the IT guy, so I knew everyone. It's a great way to learn what people need.",
    "",
  ],
  [
    "I got fed up with a culture where every incident ended with someone getting a warning letter.",
    "feel power",
  ],
  [
    "My approach to insiders is least privilege plus trust, not surveillance. Monitoring everything mostly produces noise.",
    "",
  ],
  ["I'd expect some friction early on; security always slows things down a bit.", "conflict"],
  ["The founders there listened, implemented and thanked us. Rare, I know.", ""],
  [
    "I wasn't invited to leadership meetings, so I learned about acquisitions from the news.",
    "distance power",
  ],
  ["Don't call them users in the meeting, call them colleagues.", ""],
  [
    "Tip from an old hand: the person who clicked is your best witness, so be kind. They'll tell you what happened if they're not scared.",
    "",
  ],
  ["Never trust what a user tells you about what they clicked.", "blame:emp"],
  ["Go sit with payroll for a day. You'll write better controls.", ""],
  [
    "If your first instinct is to blame the person, check the process first. Nine times out of ten, the process is the culprit.",
    "",
  ],
  [
    "You'll feel ignored by management. Everyone does. Write it down and keep going.",
    "feel distance",
  ],
  ["Drop the acronyms when you talk to the shop floor.", ""],
  ["users lie, logs don't", "blame:emp"],
  ["Learn the business before you try to secure it.", ""],
  ["When the director overrides you, get it in writing and move on.", "power"],
  ["Honestly, half of them will never get it. Focus on the half who will.", "blame:emp"],
  ["Answer the phone. Even when it's the same person for the fifth time.", ""],
  [
    "Our team has a bad habit of only emailing people when they've done something wrong. Don't copy it.",
    "comm blame:self",
  ],
  [
    "Your alert is only as good as the sentence a receptionist can understand. Test your wording on someone outside IT.",
    "",
  ],
  ["You'll be tempted to feel superior to the people you protect. Don't.", ""],
  [
    "If you can't explain the risk to the office manager, you don't understand it yet. Simplify, then simplify again.",
    "",
  ],
  ["Never apologise for a control. They'll learn to live with it.", "power"],
  ["Expect to be ignored until something breaks; that's the job.", "comm"],
  ["A thank-you email to someone who reported a phish costs nothing. Send it the same day.", ""],
  ["Keep a list of the people who always click. You'll need it.", "blame:emp power"],
  ["The worst thing you can do is make someone feel stupid for asking. They won't ask twice.", ""],
  ["Find the office gossip and make them your security champion.", ""],
  [
    "Here, security sits a long way from the people who make the money. Your job is to close that gap.",
    "distance",
  ],
  ["Write the post-mortem as if the person involved will read it. Because they will.", ""],
  ["I still get nervous before the exec briefing, and I've done forty of them.", "feel"],
  [
    "Assume the human will slip and build so that it doesn't matter. People get tired; systems shouldn't depend on them not.",
    "",
  ],
  ["Stop saying 'educate the users'. It sounds like a punishment.", ""],
  ["Treat the helpdesk as part of security, not a dumping ground. They hear things first.", ""],
  [
    "Management here will accept any risk that saves money, and you'll have to live with it.",
    "power",
  ],
  [
    "Staff avoid us because we turn every question into a ticket. Try just answering.",
    "distance blame:self",
  ],
  ["The clinicians don't care about your SIEM. They care about patients.", ""],
  [
    "Don't be the analyst who sends three pages when two lines in chat would do. Short and clear beats thorough and unread.",
    "",
  ],
  ["Watch the teams who never ask for anything; they're usually working around you.", "distance"],
  ["Hang around the canteen. You learn more there than in the SIEM.", ""],
  ["Don't expect gratitude. People only notice us when we block something.", "conflict"],
  ["Your job is to make the secure way the easy way. Everything else follows.", ""],
  ["Keep your frustration for the team channel, never in front of staff.", "feel"],
  [
    "The call centre folks are smarter than the phishing vendors think. They hear scam calls all day.",
    "",
  ],
  [
    "When a manager says 'just make it work', ask what 'work' means to them. Usually it means a deadline.",
    "",
  ],
  ["You will get blamed for outages you didn't cause. Grow a thick skin.", "feel"],
  [
    "Never forward a phish to all staff as an example without defanging the links. Someone will click it.",
    "",
  ],
  ["Learned the hard way: people will swear they use MFA and they don't.", "blame:emp"],
  ["The receptionist is part of your perimeter. Introduce yourself.", ""],
  ["Don't hide in the SOC. Walk the floor once a week.", ""],
  [
    "People will always take the path of least resistance, so pave it. Build the secure option on that path.",
    "",
  ],
  ["Another breach pinned on 'an employee'. Where were the controls?", ""],
  ["Classic. Someone in HR opened a zip file. Nothing ever changes.", "blame:emp"],
  ["Sounds like the security team there never spoke to the finance staff.", "distance blame:sec"],
  ["Surprise surprise, the board ignored the CISO's warnings.", "power"],
  ["Nice to see a write-up that doesn't blame the nurse.", ""],
  ["Users will always be the problem. Fire the clickers.", "blame:emp power"],
  [
    "As CISO of a 90-person firm, I'd love to have this budget problem. Ours is a third of that.",
    "",
  ],
  [
    "The headline says 'insider threat' but it was a misconfigured bucket. Misleading headlines help nobody.",
    "",
  ],
  ["This is why I say training is pointless. People don't change.", "blame:emp"],
  ["Our profession keeps writing policies nobody can follow and then acts shocked.", "blame:self"],
  ["CISO resigned because nobody listened. Been there.", "distance"],
  ["Good piece. The bit about asking staff before deploying controls is spot on.", ""],
  [
    "Security teams moan about shadow IT but take six weeks to approve a tool.",
    "blame:sec conflict",
  ],
  [
    "Sounds like human error, but I'd want the full report before saying so. Early reports are often wrong.",
    "",
  ],
  ["If your employees are scared to report, your programme is broken.", ""],
  [
    "The staff at these hospitals are saints for putting up with the IT we give them.",
    "blame:self",
  ],
  ["Ugh, another 'people are the weakest link' keynote. Please stop.", ""],
  [
    "Employees are a liability, and anyone who says otherwise hasn't done incident response.",
    "blame:emp",
  ],
];
