import type { RawExample } from "./types.js";
import { VOICES_FZ_2 } from "./voices-fz-2.js";
import { VOICES_FZ_3 } from "./voices-fz-3.js";

/** Developers, designers and account managers of software houses, design studios and agencies on the security team's rules and people, written from the label table alone (round 28). Written fresh for Rapport (brief FZ). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Honestly the security team are great. When I flagged a dodgy npm package they got back to me within the hour and told me what they'd check.",
    "",
  ],
  ["They're never condescending, even when I ask basic questions about VPN configs.", ""],
  [
    "Not a problem at all. Our security lead sits two desks away and we talk threat models over lunch.",
    "",
  ],
  [
    "Pretty helpful, I'd say 8/10. They run a short session every quarter for the design team and it's actually relevant to us.",
    "",
  ],
  [
    "They scan our pull requests for secrets and outdated dependencies; it's mostly automated and the bot comments are clear.",
    "",
  ],
  [
    "What they tell us is understandable. No acronyms without an explanation, which I appreciate as a designer.",
    "",
  ],
  [
    "I'd describe the relationship as collaborative. They'd probably say the same, we've built up a decent amount of trust.",
    "",
  ],
  [
    "Positive experience: they helped me set up a separate laptop for a banking client and walked me through why it mattered.",
    "",
  ],
  [
    "Mostly they manage laptops, MFA and the password manager. Day to day I barely notice them, which is how it should be.",
    "",
  ],
  [
    "I don't feel talked down to. They assume we know what we're doing with git and SSH keys, and they're right to.",
    "",
  ],
  [
    "No complaints. Asked for an exception for a font-licensing tool and got a yes with conditions the same day.",
    "",
  ],
  [
    "The security folks drop into our sprint demos sometimes, ask good questions, and leave. Low drama.",
    "",
  ],
  [
    "I wouldn't say there's any tension between us and IT. Some rules are strict but they're always explained.",
    "",
  ],
  [
    "They do phishing simulations every couple of months. I clicked one once and got a friendly two-minute video, no shaming.",
    "",
  ],
  [
    "Our account team handles a lot of client data and security gave us a simple checklist that takes five minutes. Works fine.",
    "",
  ],
  [
    "They feel like part of the studio. They come to the Christmas party and know everyone's name.",
    "",
  ],
  [
    "How do they feel about employees? I think they genuinely like us; they're always keen to hear how the tools affect our work.",
    "",
  ],
  [
    "Neutral, really. They set policies, we follow them, occasionally we ask questions and get answers.",
    "",
  ],
  [
    "The SSO rollout was smooth. Clear timeline up front and drop-in sessions in the kitchen for anyone stuck.",
    "",
  ],
  [
    "I'm not afraid of reporting mistakes to them. When I emailed a file to the wrong client they just helped me contain it.",
    "",
  ],
  [
    "Understandability is fine. It gets technical sometimes but they'll always rephrase if you ask.",
    "",
  ],
  ["they dont speak in riddles, which is more than i can say for our legal dept lol", ""],
  [
    "I'd rate helpfulness high. One of the secops engineers paired with me for an afternoon to sort out our CI secrets.",
    "",
  ],
  ["Relationship? Healthy. We disagree now and then, argue it out openly and move on.", ""],
  [
    "I wouldn't call them gatekeepers at all. They're more like consultants we pull in when a client asks for a pentest.",
    "",
  ],
  [
    "As a front-end dev I care a lot about CSP headers, and they're the people I go to. Always useful.",
    "",
  ],
  [
    "Positive one: they spotted a leaked API key in a public repo before the client did and rang me directly, very calm about it.",
    "",
  ],
  ["They explain the why, not just the what. That makes the rules easy to follow.", ""],
  ["I don't think they see us as a risk. They see us as the people they're there to protect.", ""],
  [
    "Disk encryption was introduced after a short all-hands where they took every question. Made sense to everyone.",
    "",
  ],
  ["Never had a negative experience with them, genuinely. Five years here.", ""],
  [
    "I asked whether I could use a new AI plugin in Figma; they looked into it and came back with a clear answer in two days.",
    "",
  ],
  ["There's no us-versus-them here. Our security lead used to be a developer on my team.", ""],
  [
    "It's a mutual respect thing. We don't try to sneak around the rules and they don't make rules for the sake of it.",
    "",
  ],
  ["honestly they're lovely. brought cake in for cyber awareness month", ""],
  ["I think they'd describe us as sensible, mostly. We've had very few incidents.", ""],
  [
    "When a client demanded ISO 27001 evidence, security did most of the heavy lifting and kept us in the loop throughout.",
    "",
  ],
  [
    "Communication goes both ways here; they ask for our feedback on every new policy before it goes live.",
    "",
  ],
  [
    "Their jargon is minimal. When they do say 'lateral movement' or whatever, they explain it.",
    "",
  ],
  [
    "Helpful. Patient. Slightly too fond of memes in their newsletter, but that's hardly a complaint.",
    "",
  ],
  ["I can't say I have strong feelings either way. They're there, they do their job.", ""],
  ["The VPN was flaky for a week and they owned it, posted updates twice a day. Respect.", ""],
  [
    "Design files under client NDA go in a separate vault now. Security suggested it, we agreed, done.",
    "",
  ],
  [
    "I used to think of security as an obstacle, but since the new team came in it's honestly been the opposite.",
    "",
  ],
  ["They're not arrogant, not distant, not preachy. Just competent.", ""],
  [
    "I'm a copywriter so half the tech goes over my head, but they never make me feel dumb for it.",
    "",
  ],
  ["Security checks on our releases are built into the pipeline, so they don't slow us down.", ""],
  [
    "If I'm unsure about a link I just forward it to them. They reply 'safe' or 'bin it' within minutes.",
    "",
  ],
  ["Good: they trust developers with admin rights on our own machines. Bad: nothing major.", ""],
  ["I think they'd say we're a good bunch to work with, and I'd say the same about them.", ""],
  [
    "I was worried that reporting a lost phone would get me in trouble, but it didn't; they wiped it remotely and sorted a replacement.",
    "",
  ],
  ["They ran a capture-the-flag for the devs at our offsite. Best session of the day.", ""],
  ["Clear, friendly, fast.", ""],
  ["They don't hide behind tickets; you can walk over and talk to them.", ""],
  [
    "I like that they never blame people for phishing. Their line is 'the attacker is the bad guy, not you'.",
    "",
  ],
  ["How understandable? Very. They write like humans.", ""],
  [
    "Security is just part of how we build things now, not a separate department breathing down our necks.",
    "",
  ],
  ["Balanced and respectful. We push back on rules and sometimes they actually change them.", ""],
  [
    "They reviewed our new client portal and the report was the clearest I've seen: prioritised, plain English, no scaremongering.",
    "",
  ],
  [
    "Used to be tense between devs and security, not anymore. We share a channel and a backlog now.",
    "",
  ],
];

export const VOICES_FZ: readonly RawExample[] = [...FIRST_PART, ...VOICES_FZ_2, ...VOICES_FZ_3];
