import type { RawExample } from "./types.js";

/** Part 4 of batch FN (see voices-fn.ts). */
export const VOICES_FN_4: readonly RawExample[] = [
  [
    "We used to fix our own problems because nobody came, that was true until maybe 2019. Now the regional IT officer is here twice a week.",
    "",
  ],
  ["Remote access for contractors is approved by the asset manager and expires after 30 days.", ""],
  ["The jargon? I work in engineering, so it doesn't bother me, we have plenty of our own.", ""],
  [
    "My colleague says they're arrogant. I've never seen that, to be fair, they've always been patient with me.",
    "",
  ],
  [
    "They are a bit nerdy, yes, in a nice way. They get excited about something and then explain it to you properly.",
    "",
  ],
  [
    "The new starter pack includes a one-page guide on who to call for what, with photos of the team.",
    "",
  ],
  ["It's not perfect, nothing is, but I feel they're on our side.", ""],
  [
    "Compared with the bank I worked at before, this place is relaxed and friendly and the rules are sensible.",
    "",
  ],
  [
    "I don't think I was to blame for the breach and nobody suggested I was, it was a supplier issue.",
    "",
  ],
  [
    "I get the impression they respect that we are the experts in our field and they are the experts in theirs.",
    "",
  ],
  [
    "The accessibility team and IT security worked together on my screen reader setup. It took a while, but they got it right.",
    "",
  ],
  [
    "Sometimes I forget to lock my screen, like everyone, but it's not a big deal, it locks itself after five minutes anyway.",
    "",
  ],
  ["Password resets are self-service through the portal now.", ""],
  [
    "We share a kitchen with the IT team on the third floor, so you end up talking shop over the kettle.",
    "",
  ],
  [
    "Could communication be better? Perhaps, in theory. In practice I always know what's going on.",
    "",
  ],
  ["Fine, mostly. No complaints.", ""],
];
