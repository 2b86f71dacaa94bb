import type { RawExample } from "./types.js";

/** Part 4 of batch EZ (see voices-ez.ts). */
export const VOICES_EZ_4: readonly RawExample[] = [
  [
    "I got a call from IT saying my computer had been flagged. The man was kind, though, and said it wasn't my fault.",
    "",
  ],
  ["Honestly a bit too technical in the monthly newsletter, I skip to the last paragraph.", "comm"],
  [
    "It's us, really. We don't read the instructions and then we're surprised when things go wrong.",
    "blame:self",
  ],
  [
    "The security firm's posters in the staff room say 'Don't be the one who lets them in'. Feels like they expect us to fail.",
    "blame:emp feel",
  ],
  [
    "They block me from the supplier portal on my own work phone. I have to borrow the manager's PC.",
    "conflict",
  ],
  [
    "When I started, the IT guy spent an hour with me going through the systems. Best induction I've had.",
    "",
  ],
  [
    "The support contract means they have to answer within four hours, and in my experience they always have.",
    "",
  ],
  [
    "IT never asks what we actually do all day, they just send new rules from the office.",
    "power comm",
  ],
  [
    "The part-time IT person is very good but I only see her once a month, so I save up my problems.",
    "",
  ],
  [
    "I panicked when I got a 'your account is compromised' message from our own IT, then found out it was a test.",
    "feel",
  ],
  ["They're polite. But I have no idea what they do.", "distance"],
  [
    "Before the new IT lead came, nobody ever explained anything. She holds little Q&A sessions now and they're great.",
    "",
  ],
  ["We have eight laptops, one server and one very patient technician called Ole.", ""],
  ["The reply I got used the word 'deprecated' three times. I had to google it.", "comm"],
  ["If you make a mistake they report it to the manager before talking to you.", "power"],
  ["Nobody in the shop knows the IT guy's surname, but everybody knows his number by heart.", ""],
  ["Honestly our garage's IT is the best supplier we have.", ""],
  [
    "The rules are strict because we handle patient records, and the IT contractor explains that each time, patiently.",
    "",
  ],
  [
    "Whatever we ask for, IT says it's not secure. After a while you stop asking.",
    "conflict distance",
  ],
  [
    "I find it humiliating when they explain something for the third time in that slow voice.",
    "feel comm",
  ],
  ["Ravi set up the shared drive and now we don't lose the menus every week.", ""],
  ["they respond quicker than my bank", ""],
  ["nice but hard to catch", "conflict"],
  ["IT = the voice on the phone, never met", "distance"],
  ["Our IT woman once came in on her day off to fix the walk-in fridge alarm system.", ""],
  ["super helpful on the phone at 7am", ""],
  ["new tablets for the carers, all set up by them", ""],
  ["they answer in 2 hours usually", ""],
  ["thx to IT the scales print labels again", ""],
  ["gets cross if you call him at lunch", "feel"],
  ["we hide problems from them", "distance"],
  ["reports go straight to the boss", "power"],
  ["jargon jargon jargon", "comm"],
  ["kind man, explains slowly", ""],
  ["they blame the staff for everything", "blame:emp"],
  ["lost a day's orders because of their update", "blame:sec"],
  ["fine, nothing to say really", ""],
  ["i reboot and pray, never call them", "distance"],
  [
    "Our outside IT company explains every change by short voice message on WhatsApp, which works well for the builders.",
    "",
  ],
  [
    "At the bakery, the IT man set the ovens' software to update at 3 in the afternoon when we're quiet.",
    "",
  ],
  [
    "The card machine wouldn't connect on market day and the provider's number went to voicemail all morning.",
    "conflict",
  ],
  [
    "They assume we're too old to understand anything, so they just take over the keyboard.",
    "power comm",
  ],
  [
    "In our school the IT coordinator is a maths teacher with two free periods a week for it, and he does wonders with that.",
    "",
  ],
  [
    "I reported a strange USB stick in the car park and the IT contractor thanked me personally.",
    "",
  ],
  [
    "After the last incident, the owner made everyone sign a paper saying we'd be responsible for any breach.",
    "power blame:emp",
  ],
  ["I'm a little scared of the new security lady, she seems very strict.", "feel"],
  [
    "They told us the backup failed for three weeks and nobody noticed, so now they check it daily.",
    "",
  ],
  [
    "We asked for a simple shared calendar and got a twenty-minute presentation on data governance.",
    "comm conflict",
  ],
  [
    "I'm the one who always forgets the VPN, so I can't really complain about them chasing me.",
    "blame:self",
  ],
  [
    "Since the IT company started coming to the staff meeting once a month, nobody's afraid to ask questions anymore.",
    "",
  ],
  [
    "The security updates always arrive at the worst moment, like when a customer is paying.",
    "conflict",
  ],
  [
    "We would never dare to plug anything in without asking, they made a big example of a guy last year.",
    "feel power",
  ],
  ["Their emails are fine, short and to the point.", ""],
  [
    "The IT support hardly knows our business exists; I think we're their smallest client.",
    "distance",
  ],
  [
    "When my account got hacked I felt awful, but the IT firm said it happens to everyone and fixed it calmly.",
    "",
  ],
  [
    "Human error is part of it, sure, but mostly our systems are just old and nobody pays to replace them.",
    "",
  ],
  [
    "IT keeps sending fake phishing emails to catch us out, and then the results go to our managers.",
    "power feel",
  ],
  [
    "They reply to every question with a link to the FAQ, which doesn't answer it.",
    "comm blame:sec",
  ],
  ["A friendly bunch, though it would help if their instructions had screenshots.", "comm"],
  [
    "They used to ignore the kitchen completely, but the new contract includes a monthly visit and it shows.",
    "",
  ],
  ["We have no idea who looks after the server or where it even is.", "distance"],
  [
    "I think our staff just don't take security seriously, and IT is right to be frustrated with us.",
    "blame:self blame:emp",
  ],
  [
    "The way they walk past the tills without a word, you'd think we were furniture.",
    "distance power",
  ],
  [
    "When the school's laptops were stolen, the technician stayed until midnight restoring the accounts.",
    "",
  ],
  [
    "Our provider explained the new rules in a short video, and it was easy to follow even for our older cleaners.",
    "",
  ],
  [
    "I had to wait two weeks for access to the rota software, so I wrote it on paper meanwhile.",
    "conflict",
  ],
  ["Every meeting with IT ends with us being told off for something.", "comm feel"],
  [
    "The IT contractor is honest when he doesn't know something, and he comes back with the answer.",
    "",
  ],
  [
    "They're terrible at telling us anything in advance. Outages, changes, new passwords, we find out when it's already happened.",
    "comm",
  ],
  [
    "Not a single one of the drivers has their number, we'd have to ring the office first.",
    "distance",
  ],
  [
    "The IT guy is rude to the women at reception and polite to the male managers. Everyone's noticed.",
    "power",
  ],
  ["It took me a while to trust them, but now I'd call them friends.", ""],
  ["Our IT person is very good, the problem is she's only paid for four hours a week.", ""],
  [
    "After the phishing test I felt like an idiot, and the follow-up email didn't help, it was all capital letters.",
    "feel comm",
  ],
  [
    "We asked why TikTok is blocked on the shop tablet, and they actually came in and explained it. Fair enough.",
    "",
  ],
  [
    "The vet nurses say the IT firm is slow, but honestly we send them vague tickets like 'computer broken'.",
    "blame:self",
  ],
  [
    "They put a lock on the stockroom door that needs a card, and if the system is down we can't get to the stock.",
    "conflict",
  ],
  ["In my old job IT was a nightmare. Here they're human, they ask how you are.", ""],
  [
    "They're all jargon and no help, and when something goes wrong it's somehow the carers' fault.",
    "comm blame:sec blame:emp",
  ],
  [
    "The provider rings us before any big change and asks when's the quiet time. That's respect.",
    "",
  ],
  [
    "Our pickers just share one scanner login because the IT setup for individual ones takes weeks.",
    "conflict",
  ],
  ["It's a bit of a black box. Things change and nobody says who decided.", "power comm"],
  ["I appreciate that the IT man always locks the server cupboard and explains why.", ""],
  [
    "The factory's IT guy sits in the office across the yard and we go weeks without seeing him, which is fine, nothing breaks.",
    "",
  ],
];
