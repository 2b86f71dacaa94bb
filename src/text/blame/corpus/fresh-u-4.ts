import type { RawBlameExample } from "./types.js";

/** Part 4 of 4 of FRESH_U; see fresh-u.ts. */
export const FRESH_U_4: readonly RawBlameExample[] = [
  [
    "Report: human slip-ups outnumber technical exploits as the starting point of successful attacks.",
    true,
  ],
  ["Talk: Why Employees Can't Be Trusted With Admin Rights (Or Anything Else)", true],
  ["Careless insiders, not hackers, are the menace small-business owners should fear most", true],
  [
    "Abstract: Drawing on a decade of incident response, I argue that the user is, and always will be, the root cause.",
    true,
  ],
  ["Talk: Measuring Security Culture Without Another Annual Survey", false],
];
