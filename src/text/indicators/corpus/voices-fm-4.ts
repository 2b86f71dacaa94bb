import type { RawExample } from "./types.js";

/** Part 4 of batch FM (see voices-fm.ts). */
export const VOICES_FM_4: readonly RawExample[] = [
  [
    "The head chef asked me to explain ransomware to his brigade, and they actually asked follow-up questions. Brilliant afternoon.",
    "",
  ],
  ["We're not the police, and we don't behave like it.", ""],
  ["Remote staff use a company-managed router; personal kit isn't allowed on the VPN.", ""],
  [
    "The MD comes to me before signing any new software contract now. Took a while, but we got there.",
    "",
  ],
  [
    "I've never felt looked down on by the partners. They treat IT like any other professional service.",
    "",
  ],
  [
    "The intern reported her own click within two minutes last week. Nobody here hides mistakes from us.",
    "",
  ],
  [
    "Condescending? I hope not. I check afterwards whether it made sense, and people usually say it did.",
    "",
  ],
  ["We're a small team but approachable; people wander in with a coffee and a question.", ""],
  ["There's a printed list of emergency contacts at reception in case the network goes down.", ""],
  [
    "I used to dread the quarterly board meeting. Now I get twenty minutes and proper questions.",
    "",
  ],
  ["Team leads are told about phishing tests in advance; their teams aren't.", ""],
  [
    "Users aren't stupid. They're just not paid to think about security all day, and that's fine.",
    "",
  ],
  [
    "Nobody's ever called me arrogant, to my face or otherwise, as far as I know. I've actually asked.",
    "",
  ],
  [
    "The plant manager and I don't always agree, but we talk every week and he tells me when a control is hurting production.",
    "",
  ],
  [
    "Sure, security slows things down a little. The staff accept that, and so do I; nobody's fighting about it.",
    "",
  ],
  [
    "My job is to make the secure way the easy way. If people go around a control, I go and look at the control.",
    "",
  ],
];
