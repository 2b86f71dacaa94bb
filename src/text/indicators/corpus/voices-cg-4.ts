import type { RawExample } from "./types.js";

/** Remote hires, zero-hours staff, freelancers, managers and the one-person IT desks of small firms. Written fresh for Rapport (brief CG). */
export const VOICES_CG_4: readonly RawExample[] = [
  [
    "The IT consultant joins our Friday video catch-up every few weeks, so we actually know him.",
    "",
  ],
  ["Getting set up as a remote hire was easier than setting up my own broadband.", ""],
  ["They've never made me feel like a second-class worker for being on a zero-hours contract.", ""],
  ["When I got a scam text pretending to be the MD, IT thanked me for flagging it. Felt good.", ""],
  ["We had teething problems with the new phones in spring; all ironed out now.", ""],
  ["Straightforward. Ask, get answer, move on.", ""],
  ["The contractor portal is tidy and the access expires on its own when the job ends.", ""],
  ["I'm in Singapore and they've set up a colleague locally for urgent stuff. Sensible.", ""],
  ["Security reminders come as a two-line Teams message, not a wall of text. Much better.", ""],
  ["They checked my home setup over video and gave me two tips. No lecture.", ""],
  ["The laptop is heavy but it's secure and it works, fine by me.", ""],
  ["My manager and IT jointly sent a welcome pack — kit list, contacts, who does what.", ""],
  [
    "They took the time to explain why I couldn't use my personal email for clients. Fair enough.",
    "",
  ],
  ["IT support is honestly one of the better things about working here.", ""],
  ["Returned the laptop on Friday, got a thank-you email on Monday. Simple.", ""],
  ["The helpdesk person even remembered my dog's name from a previous call, ha.", ""],
  ["Yeah the VPN is slow sometimes, but it's not a big deal.", ""],
  ["They're not remote-first, but they're trying, and it shows.", ""],
  ["When I was locked out abroad, someone in IT stayed late to sort it. Hero.", ""],
  ["Hybrid setup here is well thought through, hot desks and home both just work.", ""],
  ["Not really a fan of MFA, but I understand it and the setup was easy.", ""],
  ["They publish an out-of-hours rota so I know who to contact in my evening.", ""],
  ["Freelancers get a one-page 'how we do security' sheet. Clear and realistic.", ""],
  ["The IT team is tiny but they've never missed a callback with me.", ""],
  ["Security stuff gets explained at the all-hands, with time for remote questions.", ""],
  ["I was dreading the move to a new laptop, turned out painless.", ""],
  ["Nobody's ever been sharp with me on the phone, even when I was in a flap.", ""],
  ["The offboarding call was five minutes: laptop, badge, accounts, done. Friendly too.", ""],
  ["It was rough in the first lockdown, but they've built something solid since.", ""],
  ["Our IT person texts before she remotes in, every time. Feels respectful.", ""],
  ["We all use the same password manager and it's shared sensibly.", ""],
  ["I think they get the balance about right between safety and getting on with work.", ""],
  ["Tickets are answered overnight from their other office, so I wake up to fixes.", ""],
  ["They asked me, as a part-timer, what times suit for training. Appreciated.", ""],
  ["Support's been steady, nothing to complain about.", ""],
  ["I don't find them hard to reach at all; there's a chat and a phone line.", ""],
  ["Contractor access reviews every quarter — thorough, and they explain what they're doing.", ""],
  [
    "First week they sent a short video intro of the whole IT team. Nice to put faces to names.",
    "",
  ],
  ["The rules on personal phones are clear and nobody's ever pushed past them.", ""],
  ["honestly good experience, they even helped with my home printer which isn't their job", ""],
  ["I know exactly who to call if the VPN goes down. That's half the battle.", ""],
  ["If our remote staff locked their screens we'd have half the problems.", "blame:emp"],
  [
    "Temps come and go and nobody ever remembers to tell us, so their accounts live forever.",
    "blame:emp",
  ],
  ["People working from home think the VPN is optional. It isn't.", "blame:emp"],
  ["Our sales contractors will install anything a client sends them.", "blame:emp"],
  [
    "Staff save everything to their desktops at home and then it's gone when the laptop dies.",
    "blame:emp",
  ],
  ["The part-timers share logins with each other, we've seen it in the logs.", "blame:emp"],
  ["Users are the problem, always have been — the tech's fine.", "blame:emp"],
  [
    "Freelancers forward our phishing tests to their mates as a joke rather than reporting them.",
    "blame:emp",
  ],
  ["Our IT support is a man with a van and a password spreadsheet.", "blame:sec"],
  ["The security setup here is more theatre than protection.", "blame:sec"],
  ["They lost my account twice during onboarding. Twice.", "blame:sec"],
  ["The outsourced lot never fix anything first time, it's always a second ticket.", "blame:sec"],
  ["Honestly our IT is the reason the home-working rollout failed.", "blame:sec"],
  [
    "The laptop they posted me was years out of date and still had the previous user's login on it.",
    "blame:sec",
  ],
  ["Whoever set up our email filter lets every scam straight through.", "blame:sec"],
  ["IT here couldn't organise a laptop return if their lives depended on it.", "blame:sec"],
  [
    "I'm sure I'm the one who left the shared folder open to the world, I was rushing.",
    "blame:self",
  ],
  [
    "My own fault I got locked out, I typed the password wrong five times on the train.",
    "blame:self",
  ],
  ["honestly i never read the onboarding stuff, that's my bad", "blame:self"],
  [
    "I kept putting off the phone enrolment and then lost everything when it died. Should've listened.",
    "blame:self",
  ],
  [
    "I'm the reason the client's files got out, I used my personal WhatsApp to send them.",
    "blame:self",
  ],
  [
    "I'm terrible at remembering which laptop is work and which is mine, they're the same model.",
    "blame:self",
  ],
  ["I'm supposed to be on the VPN for Teams calls but it makes the video unwatchable.", "conflict"],
  [
    "Their new rule means I can't log in from my holiday cottage, where I actually work in summer.",
    "conflict",
  ],
  [
    "We've been arguing with IT for months about whether freelancers can use their own laptops.",
    "conflict",
  ],
  ["IT want my laptop back for a rebuild, but I've got deadlines all week.", "conflict"],
  ["Half their emails are acronyms and the other half are links.", "comm"],
  ["Every message from IT starts with 'As per policy'.", "comm"],
  ["It's all one-way — announcements, never questions.", "comm"],
  ["They wrote to say my device was 'out of posture'. I had to google it.", "comm"],
  ["I felt really lonely fixing a broken laptop at 11pm in a hotel room.", "feel"],
  ["Every time I see a message from IT my stomach drops a bit.", "feel"],
  ["I get anxious before every client call in case the VPN dies halfway through.", "feel"],
  ["I'm a contractor, I don't get to have opinions on the tools.", "power"],
  ["IT decide when my laptop reboots, not me.", "power"],
  ["They hold the keys to everything and we're just guests.", "power"],
  ["Permission to install a PDF reader: denied, by someone I've never heard of.", "power"],
  ["Haven't bothered telling them the webcam's broken, I just use my phone.", "distance"],
  ["I'm hybrid, IT's hybrid, we are never in on the same day.", "distance"],
  ["Part-timers don't really come into their world at all.", "distance"],
  [
    "Remote workers ignore updates, and honestly it drives me up the wall as the only IT guy.",
    "blame:emp feel",
  ],
  [
    "Our outsourced IT is so slow that people just find their own workarounds.",
    "blame:sec conflict",
  ],
  [
    "I feel stupid, I set up the home Wi-Fi with the default password and it got hijacked.",
    "feel blame:self",
  ],
  [
    "They make contractors jump through ten hoops for access and then never check if we still need it.",
    "power blame:sec",
  ],
  [
    "Staff here think IT is their personal butler — fix my printer, my phone, my kid's iPad.",
    "blame:emp power",
  ],
  [
    "The IT firm only ever emails when there's an outage, and half the time it's after we've noticed.",
    "comm blame:sec",
  ],
  [
    "I don't report things anymore because I'm sure it's me doing something wrong.",
    "distance blame:self",
  ],
  [
    "Hybrid staff hop between home, café and office Wi-Fi and we only find out months later.",
    "blame:emp distance",
  ],
  [
    "Whenever something goes wrong with my laptop I assume I broke it, and I'm too embarrassed to ask.",
    "blame:self feel distance",
  ],
  [
    "Security treats freelancers as suspects, while the actual holes are in their own setup.",
    "power blame:sec",
  ],
  [
    "Frankly our contractors don't care about security and when I raise it nobody listens.",
    "blame:emp conflict",
  ],
  [
    "The helpdesk gave me a list of commands to paste, I did, and it broke everything. Cheers.",
    "blame:sec comm",
  ],
  [
    "I'm worried they'll think I'm the leak, since I'm the only one working remotely.",
    "feel power",
  ],
  [
    "I probably deserve the nagging emails, I've skipped the training three times.",
    "blame:self comm",
  ],
  [
    "Users here will hand their password to anyone who sounds official on the phone, and it terrifies me.",
    "blame:emp feel",
  ],
  [
    "The security guy shouts 'not secure' at everything and never offers an alternative.",
    "blame:sec conflict",
  ],
  [
    "They changed the login to the CRM overnight without a word and I lost a morning with a client waiting.",
    "conflict comm",
  ],
  [
    "Honestly I'm the bottleneck, I never approve the contractors' access in time and then IT get blamed.",
    "blame:self conflict",
  ],
  [
    "Part-timers never turn up to the security sessions, then act shocked when they get caught by a scam.",
    "blame:emp distance",
  ],
  [
    "Our IT provider is unreachable after 5pm, useless if you're in another time zone.",
    "blame:sec distance",
  ],
  [
    "I'm a pain to support, I know, weird laptop, weird country, and they're probably sick of me.",
    "blame:self feel",
  ],
  ["The IT contractor acts like we should be grateful he answers at all.", "power blame:sec"],
  [
    "Managers never tell us when a freelancer's finished, so we're disabling accounts months late.",
    "blame:emp comm",
  ],
  [
    "I know it's partly on me for using my own phone, but they never told me not to.",
    "blame:self comm",
  ],
  [
    "They're so scared of breaches that they've made remote work nearly impossible.",
    "blame:sec conflict",
  ],
  [
    "Annoying that our 'IT department' is a bloke who only does Tuesdays and won't take calls.",
    "feel blame:sec",
  ],
  [
    "Our staff share files with anyone who asks, and my reminder emails go straight in the bin.",
    "blame:emp distance",
  ],
  [
    "It's my own stupid fault I fell for that fake courier text, but the way IT reacted made me feel tiny.",
    "blame:self power",
  ],
  [
    "Felt like a criminal during offboarding, watched while I logged out of everything.",
    "feel power",
  ],
  [
    "IT are too far removed to know what remote people actually struggle with, and too proud to ask.",
    "distance blame:sec",
  ],
  ["I hide problems from them honestly, they make such a fuss.", "distance conflict"],
  [
    "The contractor we hired to do IT is lovely but hopeless, nothing's ever fixed, and I've stopped asking.",
    "blame:sec distance",
  ],
  [
    "Home workers use their personal Gmail for client stuff because it's 'easier', drives me mad.",
    "blame:emp feel",
  ],
  [
    "I'm to blame for the data mix-up, I was juggling three client laptops, and I was too scared to say so at first.",
    "blame:self feel",
  ],
  [
    "Dear IT, you're not the only ones with deadlines, stop rebooting our laptops at noon.",
    "conflict power",
  ],
  [
    "Remote staff are a soft target and most haven't a clue, and I'm not sure I've done enough to help them.",
    "blame:emp blame:self",
  ],
  [
    "The people in charge of security never meet us, never call us, just send rules.",
    "distance comm power",
  ],
  [
    "We're a team of eight and the IT guy still manages to be impossible to reach.",
    "conflict blame:sec",
  ],
  [
    "Every time the VPN goes down the MD blames us for 'not following procedure'.",
    "power conflict",
  ],
  [
    "I'm part of the problem, I'll admit it, I just don't see security as my job.",
    "blame:self distance",
  ],
  [
    "Our IT guy lives in Thailand and treats our questions like interruptions to his holiday.",
    "blame:sec comm",
  ],
  [
    "They don't trust us an inch and we don't tell them anything. That's the relationship.",
    "power distance",
  ],
  [
    "The new starter before me wiped her laptop trying to fix it herself because she was scared of IT.",
    "feel distance",
  ],
  [
    "Honestly, the contractors' laptops are a mess, and IT never bothers to check them.",
    "blame:emp blame:sec",
  ],
  [
    "I'm the one who keeps asking for exceptions, I know it drives them mad, but the rules don't fit my job.",
    "blame:self conflict",
  ],
];
