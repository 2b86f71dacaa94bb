import type { RawExample } from "./types.js";

/** Part 4 of batch FL (see voices-fl.ts). */
export const VOICES_FL_4: readonly RawExample[] = [
  [
    "No face-to-face whatsoever. Four years here and I've only ever spoken to them through a chat window.",
    "comm distance",
  ],
  [
    "Our IT partner is brilliant technically. Communication's a different story: ask a yes/no question, get an essay.",
    "comm",
  ],
  [
    "Honestly the biggest security risk in this agency is the creative team. Rules don't apply to them, in their heads.",
    "blame:emp",
  ],
  [
    "They moved our files to a new system with no training. People are still losing work and getting fed up.",
    "blame:sec feel",
  ],
  [
    "If I'm honest, I haven't read the security policy they sent. Probably should have.",
    "blame:self",
  ],
  ["It's always 'have you turned it off and on again'. They don't listen.", "comm blame:sec"],
  [
    "I can't get a straight answer from the provider. They go quiet whenever I ask about the backups.",
    "comm",
  ],
  ["Staff are more afraid of IT than of hackers, which says a lot.", "feel power"],
  ["My fault really, I never told the staff who to call, so they don't.", "blame:self distance"],
  [
    "I'm the weak spot here. I approve every payment and I've nearly paid a fake invoice twice.",
    "blame:self",
  ],
  ["i know im rubbish with this stuff, my IT guy despairs of me lol", "blame:self"],
  [
    "They used to be approachable. Now it's all tickets and nobody picks up the phone.",
    "distance conflict",
  ],
  [
    "Interviewer note: the practice manager spent most of the interview on the provider. In her words they 'set the new server up badly, blamed our broadband for six weeks, then quietly fixed their own mistake and billed us for the call-outs'. She is now looking for another firm.",
    "blame:sec conflict",
  ],
  ["Manager on the IT contract: not fit for purpose.", "blame:sec"],
  [
    "In fairness to my staff, most of our problems come from the IT firm, not from them. Wrong permissions, missed updates, a backup that hadn't run since June.",
    "blame:sec",
  ],
  [
    "The network manager is a nice enough man, but the wifi has been unreliable for two years and he keeps saying it's the teachers leaving laptops on.",
    "blame:sec blame:emp",
  ],
  ["Nothing they've installed has worked first time. Not one thing.", "blame:sec"],
  [
    "Interviewer note: owner describes the IT provider as 'part of the family'. He is on first-name terms with both engineers, they come to the Christmas do, and he says staff ring them directly without going through him, which he prefers.",
    "",
  ],
];
