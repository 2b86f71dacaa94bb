import type { RawExample } from "./types.js";

/** Part 4 of batch GL (see voices-gl.ts). */
export const VOICES_GL_4: readonly RawExample[] = [
  ["They'd probably describe us as a herd of cats, to be fair.", "blame:emp"],
  ["We'll never get users to care, so we just design around them.", "distance blame:emp"],
  [
    "It's not rocket science: don't click links from strangers. Apparently that's too much to ask.",
    "feel blame:emp",
  ],
  ["Humans will always be the weak spot. That's not a criticism, it's just biology.", "blame:emp"],
  ["Honestly, what do they even do all day?", "blame:sec"],
  ["Most outages here are caused by security 'updates', not by us.", "conflict blame:sec"],
  [
    "Oh sure, very secure. The system's so locked down nobody can use it, so nobody gets hacked.",
    "conflict blame:sec",
  ],
  [
    "They're not completely useless, I suppose. The coffee machine in their office works.",
    "blame:sec",
  ],
  ["Our security team is a bottleneck, plain and simple.", "conflict blame:sec"],
  ["If security actually did their job we wouldn't need three different VPNs.", "blame:sec"],
  [
    "The breach didn't happen because of my people. It happened because nobody in IT patched the server.",
    "blame:sec",
  ],
  [
    "Let's be fair, a lot of what we pin on users is really down to our own bad tooling.",
    "blame:sec blame:self",
  ],
  [
    "Our old team was, frankly, obstructive for the sake of it, and I'm still undoing the damage.",
    "blame:sec",
  ],
  ["I can't say they've never been helpful. Once, back in 2019.", "blame:sec"],
  [
    "Sure, the password manager rollout went smoothly. If you ignore the two weeks nobody could log in.",
    "conflict blame:sec",
  ],
  [
    "It's probably my fault, I'm hopeless with passwords and keep locking myself out.",
    "blame:self",
  ],
  ["I'm the one who keeps failing the phishing tests, so I guess I'm the problem.", "blame:self"],
  ["Honestly they're fine, it's me who never reads the emails.", "blame:self"],
  ["I know I'm a pain for them, always forgetting my badge.", "blame:self"],
  ["Probably I'm the trouble, not them. I'm rubbish with tech.", "blame:self"],
  [
    "Last year's breach was on us. We pushed the team to skip the checks to hit the deadline.",
    "blame:self",
  ],
  [
    "I'll own that: I never made time for the security briefings, so my team didn't either.",
    "distance blame:self",
  ],
  ["We made the secure way the hard way. Of course people route around us.", "distance blame:self"],
  [
    "Maybe we're the problem. We've never once asked people what they actually need.",
    "distance blame:self",
  ],
  [
    "Honestly the problem isn't security, it's my own habit of leaving my laptop unlocked.",
    "blame:self",
  ],
  ["I feel like a nuisance every time I raise a ticket, to be honest.", "feel blame:self"],
  [
    "Negative experience: I reported a suspicious email, which is exactly what they keep telling us to do, and instead of a thank you I got grilled about why I'd opened it at all and whether I'd clicked anything. Next time I'll probably just delete it and say nothing.",
    "feel distance blame:emp",
  ],
  [
    "When I started here I genuinely thought the staff were the problem and said so in meetings. Ten years on, I'd say most of the failures I've seen came from us designing processes nobody could realistically follow, so I've dropped the weakest-link talk altogether.",
    "blame:self",
  ],
  [
    "I wouldn't describe it as a bad relationship, but it's a distant one. We meet them at the annual review, they send a report full of findings we only half understand, we fix what we can, and nobody talks again until next year.",
    "comm distance",
  ],
  [
    "Honestly I was expecting the usual IT attitude when I joined, but the security people here are different. They came to our induction, explained the rules without any jargon, and when I got something wrong in my second week they laughed it off and showed me how to fix it.",
    "",
  ],
  [
    "Every time we escalate, security points at the users, but from where I sit the real issue is that they rolled out a new mail filter without testing it and it quarantined half our customer invoices for a week.",
    "conflict blame:sec",
  ],
  [
    "People think we enjoy saying no. We don't. It's exhausting being the bad guy in every meeting when all we're trying to do is keep the lights on, and I sometimes wonder whether anyone outside the team even notices.",
    "conflict feel",
  ],
];
