import type { RawExample } from "./types.js";

/** Part 2 of batch GA (see voices-ga.ts). */
export const VOICES_GA_2: readonly RawExample[] = [
  ["Easy to talk to, the lot of them.", ""],
  ["I'm proud of how my team handles the panicky calls. Nobody gets made to feel stupid.", ""],
  ["New hires at the client get a half-hour welcome chat with one of us on day one.", ""],
  [
    "Users are a risk, sure, but they're also our best sensors. We'd be blind without their reports.",
    "",
  ],
  ["Not condescending at all, our lot. I went through the ticket history and it's all polite.", ""],
  ["They're not hard to reach, they're just busy. We book time in advance and it works.", ""],
  ["Zero escalations to the MD this quarter.", ""],
  ["Both sides pick up the phone. That's honestly most of it.", ""],
  ["Users will click literally anything if it says 'invoice'.", "blame:emp"],
  [
    "The weakest link is always the person in the chair, no matter how good your firewall is.",
    "blame:emp",
  ],
  ["Ninety percent of our incidents start with someone in accounts being careless.", "blame:emp"],
  ["Honestly the biggest vulnerability at that firm is the owner's nephew.", "blame:emp"],
  ["They write passwords on post-its under the keyboard. In 2024.", "blame:emp"],
  ["You can't patch stupid.", "blame:emp"],
  [
    "Every breach we've cleaned up came back to somebody ignoring a warning they'd been given twice.",
    "blame:emp",
  ],
  ["Users always blame the computer. The computer is fine. It's them.", "blame:emp"],
  ["I'll say it: some of our clients' staff are just lazy about security.", "blame:emp"],
  [
    "The bookkeepers are lovely, really. It's the directors who think rules are for other people.",
    "blame:emp",
  ],
  [
    "They see MFA as us getting in the way of their day, then act shocked when the account gets popped.",
    "conflict blame:emp",
  ],
  [
    "Sales keep forwarding client data to personal Gmail because 'the VPN is slow', and we have the same argument every month.",
    "conflict blame:emp",
  ],
  [
    "Every policy we roll out, the partners find a way round it and then moan at us when it breaks.",
    "conflict blame:emp",
  ],
  ["It scares me how little the staff at the clinic care about patient data.", "feel blame:emp"],
  ["I'm tired of cleaning up after people who won't read a two-line email.", "feel blame:emp"],
  [
    "Genuinely lose sleep over the finance director approving payments off unverified emails.",
    "feel blame:emp",
  ],
  [
    "Honestly disappointed. We warned them about that shared login for two years.",
    "feel blame:emp",
  ],
  [
    "Users are clueless and the managers are worse, and I've stopped bothering to explain.",
    "distance blame:emp",
  ],
  ["Their staff google it, break it worse, then call us.", "distance blame:emp"],
  [
    "Mate, I've given up on the receptionist. Third time she's fallen for the gift card scam.",
    "feel distance blame:emp",
  ],
  [
    "Posting here because I'm at my wits' end. Small client, 15 seats. Their staff keep turning off the AV because it 'slows down Excel', we turn it back on, they turn it off again. I've explained it three times, sent a one-pager, even sat with the worst offender. How do I get through to them??",
    "conflict feel blame:emp",
  ],
  ["Every time we tighten something up, it's a fight.", "conflict"],
  ["They want admin rights, we say no, round and round we go.", "conflict"],
  [
    "The practice manager is convinced the lockout policy exists to annoy her personally.",
    "conflict",
  ],
  ["Clients expect us to be instant and free. We're neither.", "conflict"],
  ["Getting the MD to sign off a backup budget is like pulling teeth.", "conflict"],
  ["Half our tickets are really arguments about whether a rule should exist at all.", "conflict"],
  ["To them security is the thing that stops them printing.", "conflict"],
  ["We said 'by Friday', they heard 'this morning'. Classic.", "conflict"],
  [
    "The new office manager hasn't answered a single email in three weeks. Impossible to get hold of.",
    "conflict",
  ],
  [
    "Try getting a decision out of the owner. Never in, never answers, and then suddenly it's urgent.",
    "conflict distance",
  ],
  [
    "They don't get why we need downtime for patching, and we don't get why they can't spare an hour.",
    "conflict",
  ],
  ["The clients hear 'security' and think 'no'.", "conflict"],
  ["The CEO waves off every risk I raise as 'IT being paranoid'.", "conflict"],
  [
    "Not that they're bad people, but every change we make brings a storm of complaints.",
    "conflict",
  ],
  ["The sales team act like security is something we do to them, not for them.", "conflict"],
  ["I think they'd describe us as 'the people who say no'.", "conflict"],
  [
    "I have to chase the client for every approval, then they complain it took too long.",
    "conflict",
  ],
  ["They resent us. We're the ones who took their USB sticks away.", "conflict feel"],
  ["It's exhausting being the bad guy all the time.", "conflict feel"],
  ["Frustrated, mostly. Same conversations every quarter.", "conflict feel"],
  ["The frustrating part is they're lovely people, they just don't listen.", "conflict feel"],
  ["Frankly working for that client is draining. Nothing we do is ever right.", "conflict feel"],
  [
    "I'm sick of getting it in the neck for slow internet when it's their own broadband provider.",
    "conflict feel",
  ],
  [
    "Honestly I avoid the marketing team. Every conversation turns into a wishlist.",
    "conflict distance",
  ],
  ["The partners treat security like a tax. Pay it, resent it, dodge it.", "conflict distance"],
  ["They think we sit around doing nothing because they never see us.", "conflict distance"],
  ["Every meeting with that client is just a list of complaints read out at us.", "conflict comm"],
  ["The only time the client calls is when something's on fire.", "comm"],
  [
    "My colleague answered a user with 'it's a DNS propagation issue' and left it there. She had no idea what he meant.",
    "comm",
  ],
  ["Our newsletters only go out after an incident, so people associate us with bad news.", "comm"],
  [
    "Our emails to staff are full of acronyms, MFA, SSO, EDR, and half of them mean nothing to a receptionist.",
    "comm",
  ],
];
