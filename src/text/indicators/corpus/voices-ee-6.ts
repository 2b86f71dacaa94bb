import type { RawExample } from "./types.js";

/** Hard cases: negation, contrast, past against present, hedges, questions, irony, reported speech. Written fresh for Rapport (brief EE). */
export const VOICES_EE_6: readonly RawExample[] = [
  [
    "Messages from the security team go to a shared mailbox that nobody on our team checks.",
    "distance",
  ],
  [
    "Those people decide what I'm allowed to open on my own work laptop. I didn't vote for them.",
    "power",
  ],
  [
    "My manager says the incident was the supplier's fault. Honestly, I gave the supplier the password, so it was mine.",
    "blame:self",
  ],
  ["My manager says the incident could have happened to anyone, and I think she's right.", ""],
  [
    "Not a single phone call, not one visit, just a string of cold emails about what I'd done wrong. I was mortified.",
    "comm feel",
  ],
  [
    "No lecture, no telling-off, just a quick call to check I was OK after the scam. That's how it should be.",
    "",
  ],
  [
    'Can someone explain why the "secure" file transfer tool corrupts every file over 2GB? Asking for the entire video team.',
    "conflict blame:sec",
  ],
  ["Where have the shredding bins gone? Facilities moved them over the weekend.", ""],
  [
    "It's lonely on the security team. People are polite, but they don't really want you around.",
    "feel distance",
  ],
  [
    'We\'re expected to answer every "urgent" request at any hour, like a butler service with a firewall.',
    "power",
  ],
  ["We rotate who covers the security desk on Saturdays; it's quiet and I quite like it.", ""],
  [
    'Half my job is cleaning up after people who think "password123!" is strong because it has a symbol in it.',
    "blame:emp",
  ],
  [
    "We were told to move every client call to the new platform by Monday. No training, no reason given, and it doesn't work with our headsets.",
    "conflict comm power",
  ],
  [
    "The meeting rooms all have the same conference kit now, so nobody has to guess which cable to use.",
    "",
  ],
  ["I'm a nurse. Security is something other people do.", "distance"],
  [
    "I'm angry, and not because of the breach: IT knew about that weak server for months and did nothing.",
    "feel blame:sec",
  ],
  ["The rota is what's really getting to people this month. IT haven't put a foot wrong.", ""],
  [
    "Their town hall presentation had more jargon than a vendor brochure. I left none the wiser.",
    "comm",
  ],
  [
    "The security briefing for new managers was practical, short, and full of examples from our own office.",
    "",
  ],
  [
    "The business judges us on every incident, but when staff ignore our advice, nobody judges them.",
    "power blame:emp",
  ],
  [
    "Hardly anyone on site uses the approved messaging app; it drains phone batteries by lunchtime, so the crews are all on WhatsApp.",
    "conflict",
  ],
  [
    "I was the one in security who approved the exception for the marketing tool that leaked. I've had to live with that.",
    "blame:self",
  ],
  [
    'Every time the screen says "this activity has been logged", my heart skips a beat.',
    "feel power",
  ],
  [
    'The screen says "this activity has been logged" and, to be honest, I find that reassuring.',
    "",
  ],
  ["I've never been to one of their briefings and nobody's ever noticed.", "distance"],
  [
    "No one explained why we lost the shared drive. It's like the weather: it just happens to you.",
    "comm power",
  ],
  [
    "We lost the shared drive for an afternoon after a power cut at the data centre; IT explained the lot the next morning.",
    "",
  ],
  [
    "I had to cancel a patient because my login failed and the helpdesk doesn't open until nine. Absolutely fuming.",
    "conflict feel",
  ],
  [
    "Don't get me wrong, I moan about IT like everyone else, but the helpdesk people themselves are lovely.",
    "",
  ],
  [
    'Legal insist on emailing unencrypted contracts because "the client prefers it". We\'ve told them a dozen times.',
    "conflict blame:emp",
  ],
  ["Legal were sceptical about encrypted email at first; now they're its loudest advocates.", ""],
  [
    "IT's idea of a fix is closing the ticket and emailing \"resolved\". It's not resolved.",
    "comm blame:sec",
  ],
  [
    "I find it quite upsetting that the people meant to protect us seem to see us as the threat.",
    "feel power",
  ],
  ["If I'm stuck, I'll ask a chatbot before I'd ask IT.", "distance"],
  ["When I'm stuck at night, the out-of-hours IT number actually gets answered.", ""],
  [
    "Security sets the rules, checks the rules and punishes breaches of the rules. Who's checking security?",
    "power",
  ],
  [
    "We sent staff an eight-page PDF and called it communication. No wonder nobody read it. Our mistake.",
    "comm blame:self",
  ],
  [
    "The library printer jams constantly, so I print at home. It's a twenty-year-old printer, to be fair.",
    "",
  ],
  [
    "After the ransomware scare they banned every USB device overnight, including the label printers our warehouse runs on. We lost a day's shipping, nobody asked us, the only answer was \"business decision\", and I've never been so angry at a department.",
    "conflict comm feel power blame:sec",
  ],
  ["The ransomware scare last spring was handled well; we were back working within a day.", ""],
  ["Worried? Me? About the IT audit? Only every waking moment.", "feel"],
  [
    "Worried about the IT audit? Not really. We've nothing to hide and they're reasonable people.",
    "",
  ],
  ["The security lot keep to themselves and we keep to ourselves. Seems to work.", "distance"],
  ['Honestly, the "security moment" at the start of every meeting is just noise by now.', "comm"],
  ["Our team did the cyber escape room at the away day and won by two minutes.", ""],
  ["It's always the same three people in accounts. Always.", "blame:emp"],
  ["It's always the same three bugs on their login page. Always.", "blame:sec"],
  [
    "They've never been rude, not once. Even so, I can't shake the feeling they think I'm an idiot.",
    "feel",
  ],
  ["Nothing much to report. They answer when I call, and that's all I need.", ""],
  [
    "Three months of tickets, zero replies, a policy change nobody explained, and now my team just buys its own software on the company card. I've stopped caring what security thinks.",
    "conflict comm distance",
  ],
  ["The night bus is the worst part of my job. The IT side is honestly fine.", ""],
  [
    "Honestly, I'm disappointed. We ran the training twice and the warehouse still props the fire door open for deliveries.",
    "feel blame:emp",
  ],
  ["Is the new badge going to work on the bike shed too, or do we keep the old fob?", ""],
  [
    "As a contractor, I get the feeling my access could vanish any day and nobody would need to tell me why. It happened to a colleague in March: badge dead on a Monday morning, laptop locked, and security wouldn't even say who had made the call. I keep my own copies of everything now, just in case.",
    "conflict comm power",
  ],
  [
    "Contractors here get the same induction as staff, including a short session with security.",
    "",
  ],
  [
    "Although the password rules are fine on their own, six systems with six different expiry dates means I'm locked out of something every week.",
    "conflict",
  ],
  ["Single sign-on arrived in May. One password in the morning and that's it.", ""],
  [
    "Their reply to my two-line question was a four-paragraph essay that still didn't answer it.",
    "comm",
  ],
  ["Maybe it's silly, but I still feel guilty every time their name pops up in my inbox.", "feel"],
  [
    "I wouldn't have called myself tech-savvy, but their drop-in sessions never made me feel out of my depth.",
    "",
  ],
  [
    "Between us, the biggest security risk in our office is me and my habit of leaving the laptop in the car.",
    "blame:self",
  ],
  [
    "Our cyber insurance renewal went through without a single query, thanks to the IT team's paperwork.",
    "",
  ],
  [
    "When security asked us to stop using the old shared inbox, I expected a fight. Instead, Tomasz came to our Monday meeting, explained what had gone wrong at another firm, listened to why we liked the inbox, and then spent an afternoon helping us move everything into the new system. No drama at all.",
    "",
  ],
  [
    "It's not that I love compliance, but I've never once felt talked down to by anyone in that team.",
    "",
  ],
  [
    "The new building's air conditioning is a disaster. Everything else, including IT, is fine.",
    "",
  ],
];
