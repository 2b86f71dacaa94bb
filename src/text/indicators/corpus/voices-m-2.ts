import type { RawExample } from "./types.js";

/**
 * Brief M continued (see voices-m.ts).
 */
export const VOICES_M_2: readonly RawExample[] = [
  [
    "Nothing's discussed with us. First we hear is when the scanner guns stop scanning.",
    "power comm",
  ],
  [
    "After the fake-boss email incident they didn't point fingers. They just changed the payment process.",
    "",
  ],
  ["Brilliant, provided you never want anything from them.", "conflict"],
  [
    "The hotel's IT is an agency in London. The night staff are basically on their own.",
    "distance",
  ],
  ["Our IT lady talks to us like we're clever but busy. Which we are.", ""],
  ["I'd like to see them more than once a year, honestly.", "distance"],
  ["They put cameras in the stockroom and told us afterwards.", "power comm"],
  [
    "Plugged in a stick with my kid's nativity photos and got a phone call like I'd robbed a bank.",
    "power comm",
  ],
  ['Every reply starts with "as per my previous email".', "comm"],
  ["We're a small joinery firm. IT is whoever's least busy that day.", ""],
  ["They're decent. Bit stressed, but decent.", ""],
  ["My manager says not to bother IT with small stuff, so we don't.", "distance"],
  ["Nobody in the warehouse would admit to clicking a link, not with that lot.", "distance"],
  ["I worry constantly that I'll break something and they'll find out.", "feel"],
  [
    "We used to have an IT guy in-house who knew everyone. Now it's an outsourced helpdesk and you're just a reference number. Things get fixed, but nobody knows us anymore.",
    "distance comm",
  ],
  [
    "To be fair they run a drop-in every other Wednesday in the canteen. I've been twice and both times came away knowing something useful.",
    "",
  ],
  [
    'I asked why I couldn\'t get into the supplier portal. Got a reply about "least privilege" and "RBAC". I\'m a buyer. I just need to order timber.',
    "comm conflict",
  ],
  [
    "Honestly the relationship is fine. They're busy, we're busy, and when something breaks they come. No complaints.",
    "",
  ],
  [
    "The compliance woman comes once a quarter, goes through our desks, writes notes, and leaves without a word. Nobody knows what she writes.",
    "power comm distance",
  ],
  [
    "They flagged an email I sent to my own Gmail and copied in my line manager. Over a rota.",
    "power comm",
  ],
  [
    "Before the big migration they came to every department and asked what we actually use. Nobody had ever done that before.",
    "",
  ],
  [
    "The school's IT technician is lovely but he's only in two days a week, so teachers mostly just muddle through.",
    "distance",
  ],
  [
    "I think they think we're thick, and we think they're useless. Not great.",
    "blame:sec conflict",
  ],
  ["Sick of being treated like the problem every time their system falls over.", "feel conflict"],
  ["Their pop-up warnings give me palpitations. Everything's URGENT.", "feel comm"],
  ["Gutted when my phishing-test fail got read out in front of the whole team.", "feel comm"],
  ["It winds me up that they never explain why.", "feel comm"],
  ["I feel invisible to them, to be honest. We're the branch nobody remembers.", "feel distance"],
  [
    "The MFA app drives me up the wall. Forty prompts a day on the vet's reception.",
    "feel conflict",
  ],
  ["Bit resentful that they get to work from home while we badge in and out.", "feel"],
  [
    "Stressed. The goalposts move weekly and you only find out when you trip over one.",
    "feel comm conflict",
  ],
  ["Let down, honestly. Switched providers and it's the same old story.", "feel"],
  ["Anxious about the audit, honestly. Nobody's told us what they're looking for.", "feel comm"],
  ["The constant stream of red-flag warnings just makes people jumpy.", "feel comm"],
  ["Her name in my inbox makes my stomach drop, even when it's nothing.", "feel"],
  ["We clash every time the rota software needs updating mid-shift.", "conflict"],
  ["The booking system's security prompts slow check-in to a crawl on a Friday night.", "conflict"],
  ["Can't reach anybody after five, and that's when the restaurant's busiest.", "conflict"],
  [
    "They won't let us use Dropbox, but our clients all send files that way. Constant back and forth.",
    "conflict",
  ],
  ["Sorted my work email on my phone while I waited at the desk.", ""],
  ["Never had a cross word with any of them.", ""],
  ["Good relationship. I can message them on Teams and they answer.", ""],
  ["They're easy to talk to and never make a fuss.", ""],
  ["Neither here nor there. No gripes.", ""],
  ["The security bloke explained phishing using his own nan's scam story. Stuck with me.", ""],
  ["I'd give them an eight out of ten.", ""],
  ["They come in, fix it, have a brew, off they go.", ""],
  ["Reliable.", ""],
  ["Strict, but they always give you the reason. I can live with that.", ""],
  ["They actually asked us what was annoying about the new system and changed it.", ""],
  ["Nothing much to say, it all just works.", ""],
  ["The lads at the MSP are sound. Quick on the phone.", ""],
  ["You can ask them the daftest thing and they won't laugh.", ""],
  ["Helpful and human.", ""],
  ["They send a two-line summary with every change. Perfect.", ""],
  [
    "Our data protection lead holds a cuppa-and-questions session each term. Really useful for the teaching assistants.",
    "",
  ],
  ["When my laptop got nicked from the car they were supportive, not judgy.", ""],
  ["Quiet but very competent.", ""],
  ["Can't say I've an opinion on them one way or the other.", ""],
  ["Embarrassing, having to ring them three times about the same thing.", "feel conflict"],
  ["One call with their helpdesk and I'm wound up till home time.", "feel comm"],
  [
    "Sore point, to be honest. Nobody in the bakery trusts them after the till fiasco.",
    "conflict feel",
  ],
];
