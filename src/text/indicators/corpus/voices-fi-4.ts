import type { RawExample } from "./types.js";

/** Part 4 of batch FI (see voices-fi.ts). */
export const VOICES_FI_4: readonly RawExample[] = [
  [
    "The biggest risk to your data walks in through the front door every morning holding a flat white.",
    "blame:emp",
  ],
  ["Humans aren't the weakest link. They're the biggest sensor network you will ever deploy.", ""],
  ["Hybrid staff in our study reported phishing at the same rate as office-based colleagues.", ""],
  [
    "Our latest field study followed 60 employees at three insurers for a month. They described security prompts as constant and unclear, and several had built their own workarounds, from password spreadsheets to forwarding files to home accounts, just to hit deadlines.",
    "conflict comm",
  ],
  [
    "We asked 2,000 workers who they'd tell first if they clicked a bad link: 48% said their manager, 31% said IT.",
    "",
  ],
  ["Lots of 'why is this blocked??' tickets this January. Lots.", "conflict"],
  [
    "Our human risk score combines training completion, simulation results and reporting speed into one dashboard.",
    "",
  ],
  ["Employees described the approval process for new software as 'begging'.", "power"],
  [
    "Frontline staff in hospitality had, by their own account, simply stopped reading security emails altogether.",
    "comm distance",
  ],
  ["Short version of my talk: celebrate the report, not the catch.", ""],
  [
    "The hospital's programme now includes ward-based sessions timed around shift handovers, the trust's head of digital told us.",
    "",
  ],
  [
    "Podcast ep. 112: a CISO and a union rep talk monitoring, trust and where the lines should sit.",
    "",
  ],
  ["Blameless post-incident reviews are standard here, for engineers and everyone else.", ""],
  [
    "Tip for small businesses: name one person as the go-to for 'is this dodgy?' questions, and make sure everyone knows who it is.",
    "",
  ],
  ["Nobody reads the policy.", "comm"],
  ["Insiders are a ticking time bomb. You can't patch a disgruntled accountant.", "blame:emp"],
  ["Employees don't know who their CISO is. Most CISOs don't know that.", "distance"],
];
