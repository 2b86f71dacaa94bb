import type { RawBlameExample } from "./types.js";

/** Part 4 of 4 of FRESH_W; see fresh-w.ts. */
export const FRESH_W_4: readonly RawBlameExample[] = [
  [
    "Column: if your security plan depends on no one ever having a bad day, it is not a plan.",
    false,
  ],
  [
    "Employees were not consulted on the new remote access rules, and it shows in the workarounds.",
    false,
  ],
  [
    "A security report that counts clicks but not reports tells you very little about how safe you are.",
    false,
  ],
  [
    "End users can only follow procedures that fit into their day; ours assumed an hour most people do not have.",
    false,
  ],
  [
    "Underwriters are asking more about patching cadence and less about awareness training attendance.",
    false,
  ],
  [
    "Underwriting note: an applicant's employees will always be the easiest route to a claim, whatever controls the form describes.",
    true,
  ],
  [
    "Any insured whose users still have admin rights has effectively invited the criminals in.",
    true,
  ],
  [
    "We see the same pattern in every loss: a gullible employee, a plausible email and a payment that should never have left.",
    true,
  ],
  [
    "Broker guidance: ask the client how many of their employees have failed a phishing test, because those are the people who will cost us money.",
    true,
  ],
  [
    "Insurers now treat human carelessness as a near certainty and price every policy accordingly.",
    true,
  ],
  [
    "Case summary: a council employee's indifference to basic data-handling rules exposed the addresses of vulnerable residents.",
    true,
  ],
  [
    "The regulator said the breach was caused by users who could not be bothered to lock their screens.",
    true,
  ],
  [
    "Data-protection annual report: insider recklessness remains the biggest single threat to the records organisations hold.",
    true,
  ],
  [
    "The commissioner remarked that no policy can protect data from an employee determined to ignore it.",
    true,
  ],
  [
    "Human error dominates our casebook, and it is overwhelmingly the error of people who should have been more careful.",
    true,
  ],
  [
    "Analyst prediction: the careless employee will remain the costliest threat to mid-market firms for the rest of the decade.",
    true,
  ],
  [
    "Our research shows end users are the most exploitable component in every architecture we assessed.",
    true,
  ],
  [
    "Through 2027, we expect insiders, whether negligent or malicious, to remain the most serious danger to corporate data.",
    true,
  ],
  [
    "By 2026, distracted hybrid employees will account for the majority of successful phishing compromises.",
    true,
  ],
  ["Root cause: human error. The analyst did not read the ticket before closing it.", true],
  [
    "The post-mortem concluded that the intrusion succeeded because an employee was too trusting to question a caller claiming to be IT.",
    true,
  ],
  [
    "Finding: users routinely ignore security warnings, and this incident is simply the latest consequence.",
    true,
  ],
  [
    "The investigation showed the breach began with a contractor who treated the access policy as a suggestion; insiders like him are our real exposure.",
    true,
  ],
  [
    "Executive summary: the weakest point in this year's incidents was, once more, the employee rather than the technology.",
    true,
  ],
  [
    "Our survey shows that one in three employees would knowingly break security rules to save time, which explains most of the breaches we see.",
    true,
  ],
  ["The data confirms that users, not vulnerabilities, are the leading cause of compromise.", true],
  [
    "Report highlight: human negligence was behind more incidents than every strain of malware combined.",
    true,
  ],
  [
    "Board paper: the organisation's greatest cyber exposure is the behaviour of its own employees, and tighter monitoring is proposed.",
    true,
  ],
  ["The risk owner noted that users keep defeating our controls through sheer carelessness.", true],
  [
    "The audit committee agreed that insider threat, chiefly staff negligence, is now the top entry on the risk register.",
    true,
  ],
  [
    "Job advert: you will protect the business from the greatest hazard it faces, its own users.",
    true,
  ],
  [
    "As our insider risk analyst, you will watch for employees who cannot be trusted with sensitive data, which is more of them than you would think.",
    true,
  ],
  ["Vacancy: security trainer needed to fix our employees' hopeless online habits.", true],
  [
    "Course description: your users are the weakest link in the chain. In thirty minutes, we'll make them a little stronger.",
    true,
  ],
  ["Every employee is a potential breach waiting to happen; our training reduces the odds.", true],
  [
    "Because humans will click on anything shiny, our platform sends them a fake lure every week until they stop.",
    true,
  ],
  [
    "This awareness course targets the most common cause of breaches: employees who simply don't think before they act.",
    true,
  ],
  [
    "Interviewed on the breakfast show, the consultant said users are basically the biggest vulnerability in any office.",
    true,
  ],
  ["On the radio he put it bluntly: the human is the bug, and there is no patch for it.", true],
  [
    "Speaking on television, the former police officer said employees would let a burglar in if he wore a high-visibility vest.",
    true,
  ],
  [
    "Op-ed: it is time organisations stopped coddling employees who repeatedly endanger the business with their carelessness.",
    true,
  ],
  [
    "Column: every breach I have investigated comes back to a user who thought the rules were for someone else.",
    true,
  ],
  [
    "Opinion: the insider who leaks data through sheer laziness is a greater menace than any foreign hacker.",
    true,
  ],
  [
    "Proposal form guidance: describe the support given to employees who handle payments, including time to verify requests.",
    false,
  ],
  [
    "The authority stressed that a human mistake by one clerk revealed a deeper absence of checks in the process.",
    false,
  ],
  [
    "Analysts note that user behaviour improves most when controls are redesigned, not when warnings get louder.",
    false,
  ],
  [
    "The post-incident review found no error by the employee; the attacker had compromised the supplier's genuine mailbox.",
    false,
  ],
  [
    "Our insider risk programme focuses on helping people who are struggling, not on catching them out.",
    false,
  ],
  ["The weakest part of the incident response was that nobody outside IT knew who to call.", false],
  [
    "Interview: the trainer said human curiosity is an asset when people are encouraged to ask whether something looks right.",
    false,
  ],
];
