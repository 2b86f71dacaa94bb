import type { RawExample } from "./types.js";

/** Part 2 of batch GN (see voices-gn.ts). */
export const VOICES_GN_2: readonly RawExample[] = [
  ["Respondents generally described the guidance as understandable and proportionate.", ""],
  ["We hold quarterly open sessions for tenants' reps on how their data is handled.", ""],
  [
    "A consultant anaesthetist emailed to say thank you after we recovered her files. Made our week.",
    "",
  ],
  ["Honestly? It's fine. Better than fine most days.", ""],
  [
    "The Chief Executive completed the mandatory module in person alongside porters and HCAs, which sent a good signal.",
    "",
  ],
  ["The proposal was approved subject to minor amendments to section 4.", ""],
  [
    "Contact is regular and, for the most part, informal: corridor conversations, the odd coffee.",
    "",
  ],
  [
    "Every new control we introduce is met with resistance from the surgical directorate, without fail.",
    "conflict",
  ],
  [
    "Clinicians see the screen-lock timeout as an obstacle to patient care, and there have been repeated, fairly heated disputes about it.",
    "conflict feel",
  ],
  [
    "We want managed laptops; the academics want local admin. We have been going round in circles on this for three years.",
    "conflict",
  ],
  [
    "It was noted that disagreement persists between IT Security and the School of Medicine regarding the use of personal cloud storage.",
    "conflict",
  ],
  ["Off the record? Half the consultants think we exist purely to slow them down.", "conflict"],
  [
    "Getting a head of school to reply is near impossible; emails sit unanswered for weeks.",
    "conflict distance",
  ],
  [
    "Misunderstandings about what 'OFFICIAL-SENSITIVE' actually means crop up more or less weekly.",
    "conflict",
  ],
  [
    "There remains a tension between senior management's expectation of zero incidents and the resources they are prepared to commit.",
    "conflict",
  ],
  [
    "The A&E team see us as the people who break things right before a busy weekend.",
    "conflict blame:sec",
  ],
  [
    "Research staff expect instant approval of new software; we expect a risk assessment. Neither side budges much.",
    "conflict",
  ],
  [
    "Constant push-back from the estates directorate on anything that adds a step to their workflow.",
    "conflict",
  ],
  ["the nurses hate the new login, we hear about it daily", "conflict feel"],
  [
    "To be candid, the relationship with Finance has been fractious since the invoice fraud review.",
    "conflict",
  ],
  [
    "Some respondents felt that security requirements were 'bolted on' at the end of projects, leading to late disagreements and delay.",
    "conflict",
  ],
  [
    "Every term the same row about students wanting to plug gaming consoles into the halls network.",
    "conflict",
  ],
  ["If I'm honest, staff only ever hear from us when something has gone wrong.", "comm"],
  [
    "Our alerts are written in a way only another security analyst could love. Acronyms everywhere.",
    "comm blame:self",
  ],
  [
    "The previous CISO had a habit of addressing nurses as though they were children, and that did lasting damage.",
    "comm blame:sec",
  ],
  [
    "We have not run a face-to-face session with ward staff since before the pandemic. It is all e-learning now.",
    "comm distance",
  ],
  [
    "Consultation responses described the policy documents as 'impenetrable' and 'written for auditors, not people'.",
    "comm",
  ],
  [
    "The only time the Board hears from us is after an incident. That's not a relationship, it's a fire alarm.",
    "comm",
  ],
  [
    "Some of my colleagues do come across as patronising. I won't pretend otherwise.",
    "comm blame:sec",
  ],
  [
    "One lecturer called our guidance 'pure IT speak' and, reading it back, I can't say she was wrong.",
    "comm",
  ],
  [
    "Several respondents described the wording of the blocked-site page as accusatory.",
    "comm feel",
  ],
  [
    "It's all tickets and auto-replies. Nobody from security has set foot in an area office in years.",
    "comm distance",
  ],
  ["Staff tell us our emails read like lectures.", "comm"],
  ["Talked down to, was how a midwife put it in the free-text box. That one stung.", "comm feel"],
  ["Most of what we send out is warnings. There's very little 'thank you' in it.", "comm"],
  [
    "The committee observed that technical terms in the incident summary had not been explained for a lay readership.",
    "comm",
  ],
  [
    "People don't understand half of what we tell them, and we don't check whether they do.",
    "comm blame:self",
  ],
  [
    "I do worry, genuinely, that one exhausted junior doctor clicking the wrong link could take the whole Trust offline.",
    "feel",
  ],
  [
    "There is real anxiety among administrative staff about being 'caught out' by the phishing tests.",
    "feel",
  ],
  [
    "It is disheartening to prepare a session and have four people attend out of four hundred invited.",
    "feel distance",
  ],
  [
    "Several tenancy officers said they were frightened to report a mistake in case it ended up on their file.",
    "feel power",
  ],
  [
    "My team is tired and, candidly, a bit bitter about how little the executive seems to notice their work.",
    "feel",
  ],
  ["The frustration on both sides of the table was palpable.", "conflict feel"],
  [
    "I was disappointed, I'll be honest, that the Pro-Vice-Chancellor hadn't opened the risk paper before the meeting.",
    "feel",
  ],
  ["Students seem nervous of us, as though we're reading every message they send.", "feel power"],
  ["What keeps me up at night is the number of shared logins still in use on the wards.", "feel"],
  [
    "Some staff appear to be genuinely afraid of IT, which is the opposite of what we want.",
    "feel",
  ],
  ["Fed up of chasing the same three directors for sign-off.", "conflict feel"],
  [
    "A number of clinicians reported feeling embarrassed after failing the simulated phishing exercise.",
    "feel",
  ],
  ["Honestly, it's demoralising to be the villain every time a system changes.", "conflict feel"],
  ["I'm anxious about the half of the estate nobody's told us about.", "feel"],
  [
    "There is some resentment in the team that our advice was ignored and then we were asked to clear up afterwards.",
    "feel power",
  ],
  [
    "Every clinical system purchase needs our sign-off, which in effect gives us a veto that clinicians understandably resent.",
    "conflict power",
  ],
  [
    "In practice we are at the beck and call of the executive: whatever they want, whenever they want it.",
    "power",
  ],
  [
    "To most staff we're an invisible force that blocks websites and, they assume, reads their email.",
    "power",
  ],
  [
    "Housing officers have to ask permission to install anything at all, and I appreciate that feels demeaning.",
    "feel power",
  ],
  [
    "Senior consultants tend to treat IT as servants. 'Fix it now' is the usual opening line.",
    "power",
  ],
  [
    "Exception requests go to a panel that meets monthly, and the person asking isn't invited. I can see how opaque that looks.",
    "power",
  ],
  [
    "Each department's compliance is scored by us and the scores go to the Vice-Chancellor, which does create a certain dynamic.",
    "power",
  ],
  [
    "Professors are used to being the most senior person in the room and don't take kindly to a band 6 analyst telling them no.",
    "conflict power",
  ],
];
