import { type CueEntry, neg } from "./cue.js";

/**
 * Blame by describing a group's habits rather than naming a fault: "the reps will plug in any
 * stick they're handed", "security is the last thing on their minds", "they treat the rules as
 * suggestions". Written after batches by other authors showed how often people blame this way.
 * Careless habits are said of staff far more than of security, and the group is often one the
 * direction finder does not know ("the reps", "the pickers"), so the first two point at
 * employees; the others look for the group named next to the cue.
 */
export const BLAME_HABITS: CueEntry[] = [
  ...neg(
    "{will|'ll|would|'d|always} {click|open|plug|install|download|forward|give|hand|email|send|reply|share|tell|pick} ~4 {anything|whatever|any|every|anyone|anybody|everyone}",
    { b: 0.55 },
    "emp",
  ),
  ...neg(
    "{couldn't care less|could not care less|the last thing on their minds|the last thing on their mind|last thing on anyone's mind|just don't think|simply don't think|don't think twice|never think twice|without a second thought}",
    { b: 0.5, d: 0.3 },
    "emp",
  ),
  ...neg(
    "{treat|treats|treated|treating|see|sees|saw|view|views} ~4 {as suggestions|as a suggestion|as optional|as a box to tick|as a tick box|as a tick-box exercise|as somebody else's problem|as someone else's problem|as their playground|as their personal playground|as a formality}",
    { b: 0.55 },
    "resolve_people",
  ),
  ...neg(
    "{nobody|no one|none of them|not one of them|half of them|half the office|half the staff|most of them} ~3 {reads|read|thinks|bothers|locks|checks|reports|listens|follows}",
    { b: 0.4 },
    "emp",
  ),
  ...neg(
    "{keep|keeps|kept|still} {leaving|writing|sharing|clicking|forgetting|ignoring|reusing|plugging|replying|falling}",
    { b: 0.4 },
    "resolve_people",
  ),
  ...neg(
    "{fall for it|falls for it|fell for it|fall for them|the ones who fall|the first to click|the first to fall}",
    { b: 0.55 },
    "resolve_people",
  ),
  ...neg(
    "{people will always be people|people will be people|people are people|humans will be humans|can't fix stupid|cannot fix stupid|you can't patch people|there's no patch for people}",
    { b: 0.6 },
    "emp",
  ),
  ...neg(
    "{in their eyes|in their view|as far as they're concerned|as far as they are concerned|they've got us down as|they have us down as|they see us as|they'd describe us as|they would describe us as|they'd call us|to them we're|to them we are|they think we're|they think we are|they reckon we're}",
    { b: 0.35 },
    "emp",
  ),
];
