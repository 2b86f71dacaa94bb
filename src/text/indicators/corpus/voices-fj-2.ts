import type { RawExample } from "./types.js";

/** Part 2 of batch FJ (see voices-fj.ts). */
export const VOICES_FJ_2: readonly RawExample[] = [
  ["People treat me like a butler. 'Can you just...' twenty times a day.", "power"],
  [
    "When I started, the office manager walked me round every desk and introduced me, and that one hour probably did more for security than any training I've run since, because people just come and find me now when something looks off.",
    "",
  ],
  [
    "The factory's OT network is separate and the maintenance engineers have their own jump box.",
    "",
  ],
  ["I'm part-time, so the big decisions get made on the days I'm not in.", "power comm"],
  ["The only time anyone rings me is when something's on fire.", "comm"],
  ["Sure, the board values security. Right up until it costs money.", "power"],
  ["The receptionists are great; it's the partners who click on everything.", "blame:emp"],
  ["Our IT provider's idea of security is an email telling us to 'be vigilant'.", "blame:sec"],
  [
    "I've stopped chasing training completions. If they don't do it, they don't do it.",
    "distance feel",
  ],
  ["Relations with the shop floor are good. They're direct, and so am I.", ""],
  ["Patching on the Windows estate goes out Tuesday nights after the backup job finishes.", ""],
  [
    "i honestly dont get why IT need to approve every app we use, its my team and my tools",
    "conflict",
  ],
  [
    "Staff are scared to tell me when they've clicked something, because the last IT guy used to humiliate people.",
    "feel distance blame:sec",
  ],
  ["I'm the only IT person for 38 staff across two sites in Leeds.", ""],
  ["Weekly stand-up with the MSP: ten minutes, what broke, what's next.", ""],
  ["Security? Not my department, I run the kitchen.", "distance"],
  [
    "I recommended we get rid of the shared admin account; the MD said no because it's 'convenient'.",
    "power",
  ],
  ["Lunch-and-learn on Thursdays, usually pizza, usually about fifteen people.", ""],
  ["Explain why a rule exists and people usually go along with it without fuss.", ""],
  [
    "It's a bit demoralising when the same person clicks the same kind of link three times in a month.",
    "feel blame:emp",
  ],
  ["i don't think staff realise what they click affects 200 other people", "blame:emp"],
  [
    "When I'm on holiday things just stop. People wait for me to come back rather than call the provider.",
    "power",
  ],
  [
    "Our site in Rotterdam has its own IT contractor; we share a Teams channel and it works fine.",
    "",
  ],
  ["The MSP treats our little office like a ticket number.", "power"],
  ["Every time I tighten something, someone's found a way round it by the afternoon.", "conflict"],
  ["The partners listen when I raise a risk, even if they don't always pick my option.", ""],
  [
    "No budget line of my own. Every purchase goes to the finance director, who questions every penny.",
    "power",
  ],
  ["Apprentices shadow me for a week during their first month.", ""],
  ["We wasted a year on a SIEM none of us knew how to tune. Entirely our own doing.", "blame:self"],
  [
    "i'm the IT guy, the security guy, and occasionally the guy who fixes the coffee machine lol",
    "",
  ],
  ["The board gave us three extra days of the virtual CISO's time this year.", ""],
  [
    "Marketing want admin rights on their Macs for fonts, and we go round in circles about it every quarter.",
    "conflict",
  ],
  ["They just don't report.", "distance"],
  [
    "We're a dental group with nine practices, and each practice manager is my first point of contact.",
    "",
  ],
  ["Some weeks I dread opening my inbox.", "feel"],
  ["Front desk call me 'the computer lady' and bring me biscuits. I'll take it.", ""],
  ["I'm three hundred miles away and most of the staff have never seen my face.", "comm distance"],
  ["We translated the acceptable use policy into Polish and Romanian for the packing team.", ""],
  ["We bought Mimecast because the provider said so. Couldn't tell you what it does.", "power"],
  ["The engineers spun up their own Slack because Teams was 'too locked down'.", "conflict"],
  ["Zero budget. Zero say.", "power"],
  ["Somebody in accounts sent payroll data to the wrong Gary. Again.", "blame:emp"],
  ["Our MSP does the firewall and backups; I handle accounts and laptops.", ""],
  ["USB storage is blocked by policy on every machine except the design studio's.", ""],
  ["Quarterly access reviews, done jointly with HR and the department heads.", ""],
  ["Ops see security as the department of no, and honestly I can see why.", "conflict blame:self"],
  [
    "We keep saying people are the problem but we never gave them a proper way to report anything, so I'd say that's our error.",
    "blame:self",
  ],
  [
    "Some nights I lie awake thinking about the backups we haven't test-restored, the admin account the old contractor might still know the password to, and the fact that if anything serious happened on a Sunday there is exactly one person to ring, and it's me.",
    "feel",
  ],
  ["Our director asks 'what would you do?' before signing any new software contract.", ""],
  [
    "Nobody tells me when someone leaves. I find out when their mailbox is still live three months later.",
    "comm",
  ],
  ["Every incident review turns into a hunt for who did it, and I hate it.", "feel"],
  ["Tickets to the MSP sit for days with an auto-reply and nothing else.", "comm"],
  ["I genuinely like the people here.", ""],
  ["Our outsourced SOC sends a weekly digest and I forward the relevant bits to managers.", ""],
  ["Being on call alone for the whole group means I never properly switch off.", "feel"],
  [
    "The old-timers in dispatch treat the new ticket system as optional and just shout across the yard for me.",
    "conflict",
  ],
  [
    "Once a year the provider's service lead comes up from Reading and we spend a whole afternoon going through every ticket, what it cost, what keeps recurring and what we want to change next year, and I always come away with a shorter list than I went in with.",
    "",
  ],
  ["They don't hate me. They just don't think about me at all.", "distance"],
  ["CCTV footage is kept for 30 days, then overwritten.", ""],
  [
    "As a line manager I find the security e-learning patronising, it's pitched like it's for primary school kids.",
    "comm feel",
  ],
];
