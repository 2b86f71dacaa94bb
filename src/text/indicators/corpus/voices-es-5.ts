import type { RawExample } from "./types.js";

/** In-house security and IT leads of small and mid-size firms on employees and their own job (round 21). Written fresh for Rapport (brief ES). */
export const VOICES_ES_5: readonly RawExample[] = [
  ["The checkout staff are smart, I trust them more than our old card machines.", ""],
  [
    "Do they respect the rules? Mostly. Do they understand them? Not really, and that's on me.",
    "comm blame:self",
  ],
  ["My biggest fear is a partner approving a fake wire transfer because he was in a rush.", "feel"],
  ["Logistic is running 24/7, so we keep one on-call phone which we share between us two.", ""],
  ["If they just read the email properly half my tickets would dissapear", "blame:emp"],
  ["Our software developers review each other's code for secrets before every merge.", ""],
  ["I decide much alone, it's true. There is nobody else for asking.", "power"],
  ["The cafe managers call me by my first name and text me photos of weird emails.", ""],
  [
    "Sometimes I just fix things for people without telling them, it's quicker than explaining.",
    "distance",
  ],
  ["We do a quick thank-you shout-out in the newsletter for good phishing reports.", ""],
  ["A good IT team should be boring, and I'm proud we mostly are.", ""],
  ["They don't listen to me but they listen to the insurer, so I quote the insurer.", "feel power"],
  ["Honestly? I'm not sure anyone here knows who to call if their laptop gets stolen.", "distance"],
];
