import type { RawExample } from "./types.js";

/** Part 4 of batch GM (see voices-gm.ts). */
export const VOICES_GM_4: readonly RawExample[] = [
  [
    "They look down on us a bit, the 'non-technical staff'. You can hear it in how they say 'users'.",
    "comm power blame:emp",
  ],
  [
    "Positive overall, especially since they started coming to our monthly team meetings for ten minutes. Putting faces to names has made it much easier to ask the silly questions.",
    "",
  ],
  ["I rarely think about them, which probably means they're doing a good job.", ""],
  ["Adversarial. Every new policy lands like a telling-off.", "conflict comm"],
  [
    "Helpful, once you reach a person. But you have to phrase the ticket exactly right, with the right category from a dropdown of forty options, or it bounces straight back unanswered.",
    "conflict",
  ],
  [
    "I got caught forwarding a client email to my Gmail to print at home. My fault entirely. They were firm but fair.",
    "blame:self",
  ],
  ["We get on well. I'd happily grab a coffee with any of them.", ""],
  [
    "There's a fear factor. People hide mistakes rather than report them, because of what happened to the last person who owned up.",
    "feel distance",
  ],
  ["Their emails are full of capitals and red text. It feels like being shouted at.", "comm feel"],
  [
    "They're understanding about deadlines. At year end they postponed the laptop rollout for the audit team because we asked, and came back in February when it actually suited us.",
    "",
  ],
  ["Mostly I do my own thing and hope nothing breaks.", "distance"],
  ["I'd say distant. They'd say 'well-governed'.", "distance"],
  [
    "Good: they've stopped those fake phishing emails that made everyone feel stupid. Bad: not much else to report.",
    "",
  ],
  [
    "One-sided. We get audited, inspected and tested, our click rates are published by department, and the team doing all that testing is never evaluated by us in any way.",
    "power",
  ],
  [
    "There's an attitude that client-facing people are a liability. It's demoralising when you're the one bringing in the work.",
    "feel blame:emp",
  ],
  [
    "Really good. They helped us set up a secure data room for a cross-border deal in two days, and joined the call with the other side's lawyers to answer their questions directly.",
    "",
  ],
  ["We're not blameless. Most incidents last year started with one of us.", "blame:emp blame:self"],
  [
    "Mixed. Some of them are great and will sit with you until it works. One or two are rather full of themselves and make it clear they think your question is beneath them.",
    "power",
  ],
  ["Brilliant team, I can't praise them enough.", ""],
  ["I wouldn't say there's conflict. They're just not very visible.", "distance"],
  ["No issues. They're responsive and they don't lecture.", ""],
  [
    "Frankly I get more sense out of Google than their helpdesk, so that's where I go first. Half their answers are copied from the vendor's FAQ anyway.",
    "distance blame:sec",
  ],
  [
    "Good, I think. They know I'll always report anything odd and I know they'll take it seriously.",
    "",
  ],
  [
    "They make rules without understanding the work, then act surprised when people find workarounds. Blocking Dropbox when half our clients send files that way was never going to end well.",
    "conflict blame:sec",
  ],
  ["Neutral. No strong feelings either way.", ""],
  [
    "I feel sorry for them, nobody listens to them. I don't either, if I'm honest.",
    "distance blame:emp blame:self",
  ],
  [
    "I'd describe it as a good working relationship. They're approachable, they answer in plain language, and when I sent an email to the wrong client they helped me contain it rather than making me feel like a criminal.",
    "",
  ],
  [
    "Honestly, I can't think of anything bad. The good part is that they've made security feel like part of serving clients properly rather than a separate bureaucracy we have to keep happy.",
    "",
  ],
  [
    "They'd probably describe it as friendly. They come in to talk to the graduate intake every September and the trainees always rate it as one of the better induction sessions.",
    "",
  ],
  [
    "We're a small practice, twelve people, and security is handled by a managed provider. Their account manager visits monthly, walks the office manager through any alerts, and it all runs smoothly.",
    "",
  ],
  [
    "Interview note: she said the relationship had improved a lot since the new head of security arrived. More visits, shorter emails, and a named contact for each practice group.",
    "",
  ],
  [
    "Good and bad? Good: they're quick, knowledgeable and calm under pressure. Bad: I'd struggle to name anything, apart from the coffee on their floor.",
    "",
  ],
  [
    "I wouldn't call them condescending at all. They assume we're intelligent adults who happen to be busy, and they write their guidance accordingly, short and to the point.",
    "",
  ],
  [
    "re relationship with infosec: genuinely fine at our shop (mid-size accountancy). they sit in on the monthly ops meeting, anyone can ping them on teams and they actually reply lol",
    "",
  ],
  [
    "It's a two-way street here. We tell them when a new client requirement is coming, they tell us when a new scam is doing the rounds, and we work out the practical steps together.",
    "",
  ],
  [
    "They'd say we've come a long way. Three years ago hardly anyone reported anything; now people forward every suspicious email without a second thought, and the team always sends a thank-you.",
    "",
  ],
  [
    "The relationship is what you'd want: I barely notice the controls day to day, and when I need something unusual for a client they find a way to make it work safely.",
    "",
  ],
  [
    "Good. One of them spent an hour on a Saturday helping me recover a corrupted drawing file before a planning submission, and never mentioned it again.",
    "",
  ],
  [
    "I used to think they were just the people who say no. After working with them on a client's cyber insurance questionnaire I realised they're actually very pragmatic and quite funny.",
    "",
  ],
  [
    "Solid. They send a one-page monthly summary of what they've blocked and why, in normal language, and I find it genuinely interesting.",
    "",
  ],
  [
    "They're the reason half of us keep a personal laptop in our bag. The firm's machine is so locked down by security that it can't open the CAD files the structural engineers send over.",
    "conflict blame:sec",
  ],
  [
    "I'm frankly disappointed. We had a real breach last year through a supplier, and the security team had been too busy running phishing quizzes on us to notice that supplier's access was never revoked.",
    "feel blame:sec",
  ],
  [
    "The problem isn't the staff, it's security's tools. The spam filter is years out of date and it's us on the front line catching what it misses.",
    "blame:sec",
  ],
  [
    "Their idea of communication is a forty-page policy PDF attached to an email titled 'Please read'. Hopeless communicators, the lot of them, and then they wonder why nobody follows it.",
    "comm blame:sec",
  ],
  [
    "Whenever something stops working it's always security's doing, some new rule nobody mentioned. We've started calling them the department of unintended consequences.",
    "conflict blame:sec",
  ],
];
