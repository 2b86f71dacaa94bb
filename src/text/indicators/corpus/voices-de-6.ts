import type { RawExample } from "./types.js";

/** Hard cases from any voice: negation, contrast, hedges, irony, rhetorical questions, reported speech, past against present, complaints that are not about the relationship. Written fresh for Rapport (brief DE). */
export const VOICES_DE_6: readonly RawExample[] = [
  [
    "We keep it simple in the emails, I promise; it's people who skim the first line and stop.",
    "blame:emp comm",
  ],
  [
    "The finance director refuses MFA, and because he's a director, we can't enforce it. The whole team's exposed because of one man.",
    "blame:emp power",
  ],
  [
    "The warehouse crew couldn't care less about security, and honestly they'd tell you that themselves.",
    "blame:emp distance",
  ],
  [
    'Being lectured by a 24-year-old about "cyber hygiene" in front of my team was humiliating.',
    "comm feel",
  ],
  ["They lecture us at every all-hands like we're a class that failed the exam.", "comm power"],
  [
    "Every request ends in a back-and-forth of emails where neither side understands the other.",
    "comm conflict",
  ],
  [
    "I don't think IT has ever set foot on this floor. Everything comes through a generic inbox.",
    "comm distance",
  ],
  [
    "We didn't ask for the new document system, we can't opt out, and it doesn't fit how we work.",
    "power conflict",
  ],
  [
    "It's intimidating to know the security team can pull your browsing history whenever they like.",
    "power feel",
  ],
  [
    "They never consult. We find out about changes when the login screen looks different.",
    "power comm",
  ],
  [
    "I'm so tired of the fight to get anything whitelisted. Every time it's a saga.",
    "feel conflict",
  ],
  [
    "I feel like an outsider whenever I do have to deal with them, so I mostly don't.",
    "feel distance",
  ],
  [
    "They hold all the admin rights, take a week to use them, and then blame us for the delay.",
    "conflict power blame:sec",
  ],
  [
    "I never see them, they never explain, and I end up feeling anxious about every change.",
    "comm feel distance",
  ],
  [
    "The new rule arrived without a reason, broke our reporting, and left my team in a foul mood.",
    "conflict comm feel",
  ],
  [
    "They're faceless, they decide everything, and honestly that unsettles me.",
    "power distance feel",
  ],
  [
    "Half of us use our own laptops from home because the work ones can't reach the client portal. IT doesn't know.",
    "conflict distance",
  ],
  [
    "The document classification labels stop us sending anything to the regulator without a fight.",
    "conflict",
  ],
  [
    "Whenever the auditors come, it's a standoff between us wanting files and them wanting a form.",
    "conflict",
  ],
  [
    "Security staff here feel like an afterthought; we're brought in once the decisions are made.",
    "power",
  ],
  ["They apologised, sort of, in an email that was mostly about the root cause analysis.", "comm"],
  ["They apologised properly and in person. That meant a lot.", ""],
  ["The new starter laptop arrived ready to go, with a handwritten note from the IT guy.", ""],
  ["It's a bank; of course security is tight. I'd worry if it weren't.", ""],
  ["My manager is the problem, not IT, but that's another story.", ""],
  ["I'd say the relationship's good. We don't always agree, but we talk.", ""],
  ["They're not always fast, but they're never rude.", ""],
  ["The canteen closed early again, which is honestly the bigger scandal.", ""],
  ["The lift's broken and the stairs smell of paint. Lovely week.", ""],
  ["I can't complain. They even fixed my home router once, off the clock.", ""],
  [
    "People grumble about the rules, but when the ransomware hit the firm next door, we were fine.",
    "",
  ],
  ["It's not perfect, but it's much better than it was two years ago.", ""],
  ["Security gave a talk to the apprentices and the apprentices loved it.", ""],
  ["I have a lot of respect for what they do, most of which we never see.", ""],
  ["Their phishing simulations are sneaky, but fair, and they don't name and shame.", ""],
  ["We've got a good relationship with IT. They even invited us to their Christmas do.", ""],
  ["The retail app is slow on the old tablets, but new ones come next month.", ""],
  ["Some of the policies are a bit over the top, but I understand why they're there.", ""],
  ["There's a chat channel where security answers questions; it's genuinely useful.", ""],
  ["I asked why the USB ports were blocked and they explained, patiently, twice.", ""],
  [
    "I'm not really bothered by the monitoring; it's in the contract and it's clear what's logged.",
    "",
  ],
  [
    "I was stressed about losing my files, and IT recovered the lot in twenty minutes. Legends.",
    "",
  ],
  ["They never make me feel stupid, even when I probably should.", ""],
  ["I've been here six months and everyone in IT already knows my name.", ""],
  ["They're fine. Really.", ""],
  ["Our security officer is part-time, but she answers emails within the day.", ""],
  ["Bit of a grey day, lots of meetings, nothing to do with the systems.", ""],
  ["I don't understand all the technical stuff, but they've never made that my problem.", ""],
  ["They're a bit reserved, sure, but reserved isn't the same as unhelpful.", ""],
  ["The dashboard is slow today, probably the vendor's servers again.", ""],
  ["I assumed they'd be stuffy, but they're the most relaxed people in the building.", ""],
  ["I'm hopeless with computers, and they're endlessly patient with me.", ""],
  ["Nobody loves the password rules, but nobody's been breached either.", ""],
  ["The temperature in this office is the only thing I'd change.", ""],
  ["Lots of change this year, but they've kept us informed at every step.", ""],
  ["My laptop got replaced under warranty; took a week, but that was the manufacturer.", ""],
  ["Before I joined I'd heard IT was a nightmare here. Not my experience at all.", ""],
  ["Security feels like part of the team here, not a separate department.", ""],
  ["The VPN drops on the train, but that's the train's signal, not the VPN.", ""],
  ["I think the two-factor app is a good idea, and setting it up took two minutes.", ""],
  ["Is the helpdesk perfect? No. Is it good? Yes.", ""],
  ["They could be quicker on Fridays, but I've never been left stuck.", ""],
  ["We had our first in-person security briefing last month. More of those, please.", ""],
  ["I'd ask them, no hesitation.", ""],
  ["The coffee machine in reception has been broken for a month. That's my only grievance.", ""],
  ["There's a real person on the phone, every time. Makes all the difference.", ""],
  ["They share the incident post-mortems with everyone, warts and all.", ""],
  ["I assumed they read our emails; they explained they don't, and what they do log.", ""],
  ["Their emails make me tense.", "feel"],
  ["Their replies come a week later and answer a question I didn't ask.", "comm"],
  ["We obey. That's the relationship.", "power"],
  [
    "The proxy breaks our bank's payment portal twice a week and we end up paying suppliers late.",
    "conflict",
  ],
  ["It's disheartening when you report something and hear nothing back.", "feel comm"],
  [
    "My bad, really: I kept forwarding client files to my Gmail to work on the train, which is exactly why they locked it all down.",
    "blame:self conflict",
  ],
  [
    "We've drifted apart from IT since everyone went remote, and honestly it's a bit lonely sorting everything out on my own.",
    "distance feel",
  ],
  [
    "Decisions about our laptops arrive as a two-line decree from an address that doesn't accept replies.",
    "power comm",
  ],
  [
    "Three hours on hold to get my account unlocked while the invoices piled up. Hopeless lot, and I was seething.",
    "conflict feel blame:sec",
  ],
  [
    "Staff here see security as someone else's job, and that's how the last breach happened.",
    "blame:emp distance",
  ],
];
