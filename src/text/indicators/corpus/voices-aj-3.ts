import type { RawExample } from "./types.js";

/**
 * Staff and volunteers of schools, nurseries, charities, sports clubs, museums and community
 * centres answering open questions about their security/IT staff.
 * Written fresh for Rapport (brief AJ).
 */
export const VOICES_AJ_3: readonly RawExample[] = [
  [
    "They decide everything and then get it wrong. We live with the consequences.",
    "blame:sec power",
  ],
  ["They use such technical language that I come away feeling thick.", "comm feel"],
  ["Security is a pain. Everything takes twice as long and I'm sick of it.", "conflict feel"],
  [
    "They're an invisible force. Things change on our laptops and nobody knows who did it or why.",
    "distance power",
  ],
  ["They think we can't be trusted, so we need permission for everything.", "blame:emp power"],
  [
    "Mistrust, mostly. They say they're protecting us. It feels more like being watched.",
    "feel power",
  ],
  ["Honestly, their security gets in the way of looking after the children.", "conflict"],
  ["I get messages in capitals saying URGENT, and then nothing to explain what's urgent.", "comm"],
  ["Not my department, not my problem.", "distance"],
  ["They're not gatekeepers here. If we need something, we just ask and it happens.", ""],
  ["I've heard horror stories about IT in other schools, but ours never lectures anybody.", ""],
  ["Fear of punishment? No, not here. Mistakes get talked about openly.", ""],
  [
    "They look after the pool's booking tablets and the till in the café, and answer within the hour.",
    "",
  ],
  ["Honestly, I expected the usual IT snobbery, but there's none of that with ours.", ""],
  ["I'd never call them useless. They kept the charity going through two office moves.", ""],
  ["They send a reminder before every update, so nothing catches us out mid-lesson.", ""],
  ["I wouldn't say there's any tension. We're on the same side.", ""],
  [
    "They'd probably describe it as a good working relationship, and that's how it feels from here too.",
    "",
  ],
];
