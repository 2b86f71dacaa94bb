import type { RawBlameExample } from "./types.js";

export const FRESH_ZH_5: readonly RawBlameExample[] = [
  [
    "As a reporter I've learned that a company blaming 'a rogue employee' in its first statement is usually buying time.",
    false,
  ],
  [
    "The CEO fraud worked because the process allowed a payment with no second approver. We've fixed that now.",
    false,
  ],
  [
    "The CEO fraud worked because our finance assistant was desperate to impress the boss. Ambition, what a risk factor.",
    true,
  ],
  [
    "I don't think people 'ignore' warnings. I think warnings arrive at moments when people can't act on them.",
    false,
  ],
  [
    "People don't ignore warnings, to be fair. That would require noticing them in the first place.",
    true,
  ],
  [
    "Our DLP threw thousands of false positives, so staff learned to hit 'override' on reflex. We trained them to do that, really.",
    false,
  ],
  [
    "Staff hit override on the DLP warnings on reflex. I'm sure they each read every one carefully first.",
    true,
  ],
  [
    "Our most reliable control is a finance clerk called Maria who phones suppliers back. We should build the process around people like her.",
    false,
  ],
  [
    "Our most reliable control is a locked-down laptop. The least reliable is whoever is using it.",
    true,
  ],
  ["GRC people often forget that staff have an actual job to do besides complying with us.", false],
  [
    "Staff have a job to do besides complying with us, they keep telling me. I'm still waiting to see evidence of either.",
    true,
  ],
  [
    "In OT, operators bypass interlocks when production targets are impossible. Change the targets and you change the behaviour.",
    false,
  ],
  [
    "In OT, operators bypass interlocks whenever they think they know better, which is always.",
    true,
  ],
  [
    "Threat intel shows most initial access last quarter came through exploited VPN and firewall flaws.",
    false,
  ],
  [
    "Threat intel says exploited VPNs, but in our own logs it's the same old story: someone handed their password over.",
    true,
  ],
  [
    "The gap wasn't our staff. Our vendor took nine months to patch and gave us no way to mitigate in the meantime.",
    false,
  ],
  [
    "The vendor took nine months to patch. Our staff took nine minutes to click the lure. Guess which I'm angrier about.",
    true,
  ],
  [
    "Security teams that talk about 'the user' like an enemy end up building controls people fight.",
    false,
  ],
  [
    "Most intrusions we tracked this year used stolen session tokens, which no amount of vigilance from the user would have caught.",
    false,
  ],
  [
    "We see fewer incidents where people feel safe admitting mistakes. Fear just pushes everything underground.",
    false,
  ],
  [
    "We've had fewer incidents since we started publishing the names of repeat clickers. Fear works.",
    true,
  ],
  [
    "The engineer who exposed the bucket wasn't reckless; she'd been told it was a test environment with synthetic data.",
    false,
  ],
  [
    "The engineer who exposed the bucket certainly had a relaxed idea of what 'test data' means.",
    true,
  ],
  [
    "Deepfake audio makes 'just call back to verify' much harder than we pretend. We can't put that on the employee.",
    false,
  ],
  [
    "Deepfake audio is a new trick, but the people falling for it are the same people who fell for the old ones.",
    true,
  ],
  [
    "A password manager rollout with no training and no migration help will fail. That's not the users' fault.",
    false,
  ],
  [
    "We rolled out a password manager and, predictably, people kept the master password in a note on their desktop.",
    true,
  ],
  [
    "Phishing tests that punish people teach them to hide clicks. I've seen it wreck reporting within months.",
    false,
  ],
  [
    "Phishing tests that sting are the only ones they remember. A little humiliation never hurt anyone.",
    true,
  ],
  [
    "Legal told staff to keep everything forever, and then we were shocked at how much data the breach exposed.",
    false,
  ],
  [
    "Staff keep every email and every attachment forever, like digital hoarders. Then the breach exposes all of it.",
    true,
  ],
  [
    "Our biggest supply chain risk is a small logistics partner running unsupported software, through no fault of its people.",
    false,
  ],
  [
    "Our biggest supply chain risk is the logistics partner's staff, who'll click anything that mentions a delivery.",
    true,
  ],
  [
    "Most people I talk to are genuinely anxious about getting security wrong. That anxiety is something our industry created.",
    false,
  ],
  [
    "In regulated firms people freeze instead of reporting when the rules on what counts as an incident are vague.",
    false,
  ],
  [
    "We give each employee a 'human risk score' now. Frankly, I'm not sure it measures anything except how busy they are.",
    false,
  ],
  ["We give each employee a human risk score now. The red ones are exactly who you'd guess.", true],
  [
    "Calling people 'the last line of defence' means every other line has already failed. Start there.",
    false,
  ],
  ["People are our last line of defence, which is a little alarming once you've met them.", true],
  [
    "When a vendor says their product removes the human element, I hear that they don't understand how work actually gets done.",
    false,
  ],
  [
    "A vendor promised to remove the human element. I asked if they could start with our marketing department.",
    true,
  ],
  [
    "After the breach we found the attacker had been inside for months through an unmonitored service account.",
    false,
  ],
  [
    "After the breach we found a department that had been emailing customer data to a free webmail account for months. For convenience.",
    true,
  ],
  ["The honest reading of our culture survey is that people are confused, not careless.", false],
  ["Our culture survey says people are 'confused'. I'd have picked a different word.", true],
  [
    "Security shouldn't feel like a test you can fail, yet that's exactly how most of our staff experience it.",
    false,
  ],
  ["Our staff treat every security check as a test they can cheat on.", true],
  [
    "I'd never use the phrase 'weakest link' in a talk. It's lazy, and it alienates the very people you need on your side.",
    false,
  ],
  [
    "I say 'weakest link' in every talk, because somebody in the audience proves it before lunch.",
    true,
  ],
  [
    "Breaches in our sector mostly start with hijacked third-party software updates. No phishing required.",
    false,
  ],
  [
    "Breaches in our sector mostly start with an administrator who reads 'urgent' in a subject line as 'act now, think later'.",
    true,
  ],
  [
    "We asked staff why they avoided the secure file transfer. It rejects anything over 10 MB. Fair enough.",
    false,
  ],
  [
    "We asked staff why they avoided the secure file transfer. The answers ranged from 'forgot' to 'didn't feel like it'.",
    true,
  ],
  [
    "A lot of what we call negligence is people improvising because the official process was designed without asking them.",
    false,
  ],
  ["A lot of what staff call improvising, I'd call negligence with extra steps.", true],
  [
    "Employees reported the smishing campaign before any of our tools detected it. That's a signal I'd pay for.",
    false,
  ],
  [
    "Employees did report the smishing campaign, eventually, after three of them had replied with their details.",
    true,
  ],
  ["If a mistake takes one click to make and ten to undo, the design is the hazard.", false],
  ["If a mistake can be made in one click, someone in this company will make it twice.", true],
  [
    "The audit committee wanted names. I gave them a process map showing the three places the control was missing.",
    false,
  ],
  ["The audit committee wanted names. Honestly, so did I.", true],
  [
    "I understand why people click. The lures are parcels, invoices and payslips, exactly what they handle all day.",
    false,
  ],
  [
    "I understand why people click. Curiosity, boredom, and a total inability to leave anything alone.",
    true,
  ],
  [
    "Our onboarding crams security into a ninety-minute video on day one. No wonder nothing sticks.",
    false,
  ],
  [
    "Our onboarding has a ninety-minute security video, which I'm told people play on mute while they eat.",
    true,
  ],
  [
    "Journalists sometimes ask me for 'the idiot who clicked'. There wasn't one; there was a phishing kit that bypassed MFA.",
    false,
  ],
  [
    "Journalists always ask me for the idiot who clicked. Off the record? There's usually more than one.",
    true,
  ],
  [
    "The research is fairly consistent that people comply more when security fits their workflow.",
    false,
  ],
  [
    "The research can say what it likes; in my experience people only comply when they're being watched.",
    true,
  ],
  [
    "It's not that people don't care about security. They care about twelve other things we also ask of them.",
    false,
  ],
  [
    "It's not that people don't care about security. They just care a lot more about their lunch break.",
    true,
  ],
  [
    "Our bug bounty tells me far more about our weak spots than any employee mistake ever has.",
    false,
  ],
  [
    "We pay a small reward to staff who report a real phish. It costs almost nothing and reports tripled.",
    false,
  ],
  [
    "The best decision we made was turning 'report suspicious email' into one click, with no interrogation afterwards.",
    false,
  ],
  [
    "We made reporting one click. Now people report the staff newsletter and click the real phish.",
    true,
  ],
  [
    "When the firm grew fast, nobody owned access reviews. That's why leavers kept their accounts, not because anyone was sneaky.",
    false,
  ],
  [
    "Whenever someone says people are the problem, I ask who designed the thing those people were using.",
    false,
  ],
  [
    "Whenever someone says people aren't the problem, I invite them to spend a week on our service desk.",
    true,
  ],
  [
    "The people in our mailroom caught a parcel-delivery scam before anyone in security spotted it.",
    false,
  ],
  [
    "The people in our mailroom will sign for anything, open anything and forward anything. It's almost a philosophy.",
    true,
  ],
  [
    "If you design for how tired people actually are at 4 p.m. on a Friday, your security improves overnight.",
    false,
  ],
  [
    "By 4 p.m. on a Friday our whole workforce is a free buffet for attackers. The brains clock off early.",
    true,
  ],
  [
    "When you respect people's time, they start respecting your controls. I've seen that happen in three organisations.",
    false,
  ],
  [
    "A journalist asked me whether the nurse who opened the attachment should be fired. I said the attachment should never have reached her.",
    false,
  ],
];
