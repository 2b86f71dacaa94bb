import type { RawExample } from "./types.js";

/** Part 2 of batch GL (see voices-gl.ts). */
export const VOICES_GL_2: readonly RawExample[] = [
  ["Sure, they're cautious. That's not the same as obstructive.", ""],
  ["They told us about the incident before the press did, which I respected.", ""],
  ["Very understandable, they steer clear of the jargon.", ""],
  ["I don't feel like they look down on us at all.", ""],
  ["My team used to work around security. We don't need to anymore.", ""],
  ["Sort of surprised how human they are, to be honest. Really down to earth.", ""],
  ["They reply to tickets the same day, usually within the hour.", ""],
  [
    "The pentest report was harsh but fair, and they walked us through every finding in person.",
    "",
  ],
  ["i was worried they'd be annoyed i reported it late but they just said thanks", ""],
  ["They're strict about badges, and rightly so.", ""],
  ["We used to publish a 'wall of shame' for phishing failures. We stopped, thank goodness.", ""],
  ["Honestly the users here are great. Most of what goes wrong is just bad luck.", ""],
  ["The only time I hear from them is when I've done something wrong.", "comm"],
  [
    "Every notice they send reads like it was written for other IT people. TLS this, SSO that.",
    "comm",
  ],
  ["They're nice enough, although they talk to you like you're five.", "comm"],
  [
    "Perfectly pleasant people, the security team. Trouble is, nobody in my department can understand a word they say.",
    "comm",
  ],
  [
    "I've never actually met anyone from security. Wouldn't know them if they walked past me.",
    "comm distance",
  ],
  ["Everything's by ticket. I've never once heard an actual human voice.", "comm"],
  [
    "'Please ensure endpoint compliance via the MDM portal.' Cool. Love that. What does it mean?",
    "comm",
  ],
  [
    "It's not that they're rude, it's more that they explain things like you should already know them.",
    "comm",
  ],
  [
    "They did send a newsletter once. It was mostly about how many attacks they'd blocked and what we'd all done wrong.",
    "comm blame:emp",
  ],
  [
    "Got told off in front of my whole team for tailgating. Could've just had a quiet word.",
    "comm feel",
  ],
  [
    "People only call us when their laptop's on fire, so that's pretty much the only time we speak.",
    "comm distance",
  ],
  ["Nobody reads our policies. Why would they? We write them in legalese.", "comm blame:self"],
  ["I'll admit we tend to lecture rather than listen.", "comm blame:self"],
  [
    "Our comms go out as a Friday email blast. No one reads it, we know no one reads it, and we keep sending it.",
    "comm",
  ],
  [
    "The security briefing was forty slides of acronyms. My team came out more confused than they went in.",
    "comm",
  ],
  [
    "They do communicate, I suppose, if you count a monthly list of everyone who failed the phishing test.",
    "comm blame:emp",
  ],
  ["They're responsive, I'll give them that. Responsive with a no.", "conflict comm"],
  ["Not that they don't answer. They do, in a dialect only they speak.", "comm"],
  ["They don't explain anything, they just send you a link to a forty-page policy PDF.", "comm"],
  [
    "The security guys mean well, I'm sure, but the tone of their emails makes you feel like a criminal.",
    "comm feel",
  ],
  [
    "Oh brilliant, another mandatory module right in the middle of quarter close. Just what I needed.",
    "conflict feel",
  ],
  ["I suppose they're sort of helpful, if you can ever actually get hold of them.", "conflict"],
  [
    "Not that they're unhelpful exactly, but it takes three tickets and a week to get anything done.",
    "conflict",
  ],
  [
    "Love how they locked the USB ports the week before the trade show. Really well thought through.",
    "conflict blame:sec",
  ],
  [
    "Our IT security is pretty much useless. They block everything and fix nothing.",
    "conflict blame:sec",
  ],
  [
    "They want one thing, my boss wants another, and I'm stuck in the middle every time.",
    "conflict",
  ],
  [
    "Password has to change every 30 days, so obviously everyone writes it on a post-it. Great security, well done.",
    "conflict blame:sec",
  ],
  ["Apparently wanting to install a PDF reader makes me a threat actor now.", "conflict blame:emp"],
  ["It's fine. It's not like I had any work to do while waiting four days for access.", "conflict"],
  ["They mean well, but they have no idea how our actual work gets done.", "conflict"],
  ["Some days it feels like the whole company sees us as the department of no.", "conflict feel"],
  [
    "Every project wants sign-off yesterday and then acts shocked when we find problems.",
    "conflict",
  ],
  [
    "Sales thinks we exist to slow them down, we think sales exists to get us breached. So, you know, healthy.",
    "conflict blame:emp",
  ],
  [
    "I get why they see MFA as a hassle, I really do, but we're not budging on it and they know it.",
    "conflict",
  ],
  [
    "marketing just pushed a third-party plugin to prod without telling us. again.",
    "conflict blame:emp",
  ],
  ["My team sees security as a box-ticking exercise that slows every release down.", "conflict"],
  ["I'd be lying if I said I wasn't a bit frustrated with how slow they are.", "conflict feel"],
  ["We clash on priorities more than I'd like, though it's never personal.", "conflict"],
  [
    "They're impossible to reach unless there's an incident, and then you can't get rid of them.",
    "conflict comm",
  ],
  [
    "Honestly I've stopped counting how many releases slipped because of a last-minute security review.",
    "conflict",
  ],
  [
    "They're always polite, except when you actually need something urgently. Then they vanish.",
    "conflict",
  ],
  ["anyone know who to ask about the cert error? security never answers lol", "conflict"],
  [
    "What's good? They're thorough. What's bad? They're thorough, and it takes six weeks.",
    "conflict",
  ],
  ["I suppose the relationship is fine, as long as you never need them for anything.", "conflict"],
  [
    "My devs complain about security constantly, though to be fair they complain about everything.",
    "conflict",
  ],
  ["There's no 'us and them' here, except at budget time, when there very much is.", "conflict"],
  [
    "I'm a bit scared of them, honestly. If I report a mistake I worry I'll get written up.",
    "feel power",
  ],
  ["I wouldn't say I'm afraid of them... well, maybe a little.", "feel"],
];
