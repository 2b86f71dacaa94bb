import type { RawExample } from "./types.js";

/** Part 2 of batch FZ (see voices-fz.ts). */
export const VOICES_FZ_2: readonly RawExample[] = [
  ["i think they're fine tbh. strict-ish but fair", ""],
  [
    "They're the first people I ping when a client asks a security question in a pitch, and they'll often join the call.",
    "",
  ],
  [
    "I've never been made to feel like the weak link, not even after I left a laptop on a train.",
    "",
  ],
  [
    "I'm not sure they love every request we throw at them, but they've never once made us feel like a nuisance.",
    "",
  ],
  [
    "They seem to respect that designers have different needs. A couple of unusual plugins got approved without any fuss.",
    "",
  ],
  ["Our agency's IT guy doubles as security. Nice bloke, knows his stuff, always around.", ""],
  [
    "Security people in this industry love saying users are the weakest link. Not ours though, ours treat us as partners.",
    "",
  ],
  [
    "Every time we want to try a new JS library it needs a security review that takes two weeks. The sprint's over by then.",
    "conflict",
  ],
  [
    "The USB ban means I can't hand a print shop our artwork on a stick, which is how half of them still work. Constant back and forth about it.",
    "conflict",
  ],
  [
    "They want everything on the company drive; our clients want it in their own Figma. We keep going round in circles.",
    "conflict",
  ],
  [
    "Good luck reaching anyone from security on a Friday afternoon when a client launch is blocked.",
    "conflict",
  ],
  [
    "The MFA prompts every two hours are killing my flow. Security is the main thing slowing down delivery.",
    "conflict",
  ],
  [
    "We completely misunderstood each other over the screen-recording policy: they thought we were recording clients, we were recording our own prototypes.",
    "conflict",
  ],
  [
    "Their expectations and ours just don't line up. They want zero risk, we want to ship.",
    "conflict",
  ],
  [
    "Tried to get a port opened for a local dev server and ended up in a three-week email thread.",
    "conflict",
  ],
  [
    "Security says no to anything that isn't on their allowlist, including fonts. Fonts!",
    "conflict",
  ],
  [
    "It's a tug of war between the account team and security over which file-sharing tool clients are allowed to use.",
    "conflict",
  ],
  ["Reaching them is hard. One shared mailbox, and it's a black hole.", "conflict"],
  [
    "Not hostile, but definitely friction: they block things first and ask questions later.",
    "conflict",
  ],
  [
    "The clean-desk policy clashes with how we work. Mood boards on the walls are the whole point of a design studio.",
    "conflict",
  ],
  [
    "Every client wants a different cloud and security only allows one, so cue the same argument at every kickoff.",
    "conflict",
  ],
  [
    "It's not that they're rude, they're never rude, but they're impossible to get hold of and the rules make no sense for creative work.",
    "conflict",
  ],
  [
    "Not a problem at all with the people, but the process is a nightmare: approving one new plugin takes a month.",
    "conflict",
  ],
  [
    "The relationship is okay-ish, I guess, although they can be hard to pin down when you actually need them.",
    "conflict",
  ],
  [
    "They're not useless, I wouldn't go that far, but they rarely get what a design workflow actually involves.",
    "conflict",
  ],
  ["The only time we hear from them is when something's gone wrong.", "comm"],
  [
    "Their emails are pure IT speak, 'endpoint posture non-compliant' and so on, and I'm a motion designer. No idea what that means.",
    "comm",
  ],
  [
    "It's all tickets and automated alerts. I've never actually seen a security person in the flesh.",
    "comm",
  ],
  [
    "They explain things like you're five. I've been writing backend code for twelve years, I know what a hash is.",
    "comm",
  ],
  [
    "Every message from security starts with 'Reminder: you have failed to...'. Never a hello, never a thanks.",
    "comm",
  ],
  ["The policy doc is forty pages of acronyms. Nobody on the creative side reads it.", "comm"],
  ["They only ever contact me when my laptop's out of date.", "comm"],
  ["Tone is very 'we know best'. Lots of lecturing at the all-hands, not much listening.", "comm"],
  ["All contact goes through a portal. No calls, no meetings, no faces.", "comm"],
  ["I've had exactly zero conversations with a human from security. Just pop-ups.", "comm"],
  [
    "The training videos look like they were made for people who've never seen a computer. Slightly insulting for a room full of engineers.",
    "comm",
  ],
  ["They're polite enough, but I only ever hear from them when I've done something wrong.", "comm"],
  ["I get a knot in my stomach every time an email from security lands.", "feel"],
  [
    "I worry they can see everything I do on my work laptop, and I'm never sure what they're looking at.",
    "feel",
  ],
  [
    "Disappointed, mostly. I expected the security team at a tech company to be more switched on.",
    "feel",
  ],
  [
    "I'm a bit scared of them, to be honest. Feels like one wrong click and you're on a list.",
    "feel",
  ],
  ["It's exhausting. I dread their monthly compliance reminders.", "feel"],
  [
    "It's disheartening. We raised the same VPN issue in three surveys and nothing changed.",
    "feel",
  ],
  [
    "There's a bit of anxiety around them, I'd say. People lower their voices when security walks in.",
    "feel",
  ],
  [
    "We're completely at their mercy. If they don't approve a tool, the project simply doesn't happen.",
    "power",
  ],
  ["They decide, we comply. No discussion, no appeal.", "power"],
  [
    "They're like an invisible hand: policies just appear on our laptops overnight and nobody knows who decided.",
    "power",
  ],
  [
    "Every commit I push gets scanned and reviewed; it's like being on permanent probation.",
    "power",
  ],
  ["Security sees itself as above the rest of us. Designers are there to be managed.", "power"],
  [
    "When an audit comes round we're basically their servants: drop everything and fill in their spreadsheets.",
    "power",
  ],
  ["They hold all the admin keys and won't tell anyone who can override what.", "power"],
  [
    "I need their sign-off for practically everything, and they don't need anything from me.",
    "power",
  ],
  ["They can lock my account whenever they like and I wouldn't even be told why.", "power"],
  ["It's a parent-child setup. They set the curfew, we ask permission.", "power"],
  [
    "It's less a relationship than a hostage situation: they hold the admin rights and we beg.",
    "power",
  ],
  ["I just sort things out myself. Faster than raising a ticket.", "distance"],
  [
    "We don't really have a relationship. I couldn't tell you the name of anyone on the security team.",
    "distance",
  ],
  ["Haven't spoken to them since onboarding, and that was three years ago.", "distance"],
  [
    "Our team has its own workarounds and keeps security out of the loop unless we absolutely have to involve them.",
    "distance",
  ],
  ["They're on another floor, in another world. We don't cross paths.", "distance"],
];
