import type { RawExample } from "./types.js";

/** Part 2 of batch GO (see voices-go.ts). */
export const VOICES_GO_2: readonly RawExample[] = [
  ["I think they'd say we're a good bunch who report things promptly.", ""],
  ["Sales and security get on fine these days.", ""],
  ["Relationship is good, mutual respect both ways.", ""],
  ["Remote onboarding was better than my last in-person one, to be honest.", ""],
  ["They trust us to work from anywhere as long as the VPN is on.", ""],
  [
    "I was dreading it, to be honest, because at my last place security were a nightmare, but here the onboarding was a proper video call with the security lead, she explained what the monitoring does and doesn't see, answered all my daft questions about using the laptop at home, and we still message now and then. Good egg.",
    "",
  ],
  ["only time i hear from security is when my laptop is 'non-compliant'. never a hello", "comm"],
  [
    "Every message from them reads like a log file. 'Endpoint posture check failed, remediate.' Remediate WHAT?",
    "comm feel",
  ],
  ["Never seen their faces. Not even a video call, it's text or nothing.", "comm"],
  [
    "They sent a PDF about conditional access and device attestation, and I still don't know what I'm supposed to click.",
    "comm",
  ],
  [
    "All contact comes from a noreply address with no name on it. Who even are these people?",
    "comm power",
  ],
  ["Acronym soup. MDM, EDR, ZTNA. I just nod along.", "comm"],
  ["My whole onboarding was a link to a 30-page policy and a multiple-choice quiz.", "comm"],
  [
    "It'd be nice to have one conversation a year that isn't about something I've done wrong.",
    "comm",
  ],
  ["The VPN guide assumed I knew what split tunnelling is. I sell kitchens.", "comm"],
  [
    "It's chat only, which would be fine, except the replies are one word long. 'Done.' 'No.' 'Reboot.'",
    "comm",
  ],
  [
    "The VPN kicks me out every twenty minutes, usually mid-demo with a client. Security's answer: 'working as designed'.",
    "conflict",
  ],
  [
    "Blocked the CRM app on our phones the day before quarter end. No warning whatsoever.",
    "conflict comm",
  ],
  [
    "We argue constantly about what counts as an 'approved network' when you're working from a motorway services.",
    "conflict",
  ],
  ["Nine days to get access to the shared drive. On a twelve-week contract.", "conflict"],
  [
    "They want the laptop posted back to head office for a rebuild, which apparently takes five working days plus courier, but I've got clients booked every day this week and a pitch on Friday, and nobody can tell me what I'm meant to use in the meantime.",
    "conflict",
  ],
  ["Can't reach anybody after five, which is exactly when us field lot do our admin.", "conflict"],
  ["I get a knot in my stomach whenever something from security lands in my inbox.", "feel"],
  [
    "Bit scared of them tbh. They can see everything on this laptop and I don't know what they look at.",
    "feel power",
  ],
  ["Disappointed. I was promised a named contact and it turned out to be a chatbot.", "feel"],
  [
    "I worry that if I own up to a mistake it'll come up when my contract's up for renewal.",
    "feel power",
  ],
  ["Frustrating. That's my one word for it.", "feel"],
  [
    "I dread the monthly phishing league table. My name's always near the bottom.",
    "feel blame:self",
  ],
  ["They can remote into my machine whenever they like and nobody tells me.", "power"],
  [
    "As a contractor you just do what you're told. My access lives or dies on their say-so.",
    "power",
  ],
  ["It's an invisible department. Decisions just appear in your inbox from nowhere.", "power"],
  ["We have to justify every app we install. They never justify a single rule.", "conflict power"],
  ["Feels a bit like they're the landlord and we're the tenants.", "power"],
  ["I haven't contacted them in over a year. I sort my own problems out.", "distance"],
  ["When the VPN dies I hotspot off my phone and carry on. Not worth a ticket.", "distance"],
  [
    "I do half my work on my own laptop now because asking for anything takes weeks.",
    "conflict distance",
  ],
  ["Useless. Completely useless.", "blame:sec"],
  [
    "Our tenders go out late because of the security sign-off, every single time.",
    "conflict blame:sec",
  ],
  ["Their update broke my VPN and then they told me to check my home wifi.", "conflict blame:sec"],
  [
    "Let's be honest, some of the reps would read their password out to anyone who rang up sounding official.",
    "blame:emp",
  ],
  [
    "At induction the IT lead told us remote workers are 'the weakest link'. Great start.",
    "feel blame:emp",
  ],
  [
    "Half our freelancers keep client files on personal Dropbox. If I were security I'd be tearing my hair out.",
    "blame:emp",
  ],
  ["I'm probably the worst offender, I've failed every phishing test they've sent.", "blame:self"],
  ["I'm the trouble, I'll admit it. Always the one locked out on a Monday.", "blame:self"],
  [
    "Most of my VPN problems are me forgetting to install the updates, if I'm honest.",
    "blame:self",
  ],
  [
    "On the road four days a week and I've never had a single proactive message from them. Just the automated 'your password expires in 3 days'.",
    "comm",
  ],
  [
    "Got my laptop in a box with a sticky note saying 'call helpdesk'. Helpdesk didn't pick up for two days.",
    "conflict",
  ],
  ["I feel like a nuisance every time I message them.", "feel blame:self"],
  ["They think we're idiots. You can tell from the tone of the reminders.", "comm blame:emp"],
  ["Honestly I avoid them. Every chat turns into a lecture.", "comm distance"],
  ["I'd rather lose an afternoon fixing it myself than sit in their queue.", "distance"],
  [
    "Hard to pin down. Three different people gave me three different answers about using my own phone.",
    "conflict",
  ],
  ["Security's just a name on the org chart to me.", "distance"],
  ["i dont bother them, they dont bother me", "distance"],
  ["The VPN is garbage, they know it's garbage, and nothing changes.", "blame:sec"],
  [
    "They locked my account while I was in Dubai for a trade show and nobody answered until UK morning. Lost a whole day of meetings.",
    "conflict feel",
  ],
  ["It really feels like they're the gatekeepers and we're begging at the door.", "power"],
  ["You don't get to ask why. You get told.", "power"],
  ["I'm a freelancer, so I'm way down their list. I get it, but it's annoying.", "feel power"],
  [
    "Their emails say things like 'per policy 4.2.1'. I don't have policy 4.2.1. Nobody does.",
    "comm",
  ],
];
