import type { RawExample } from "./types.js";

/** Part 5 of batch FD (see voices-fd.ts). */
export const VOICES_FD_5: readonly RawExample[] = [
  [
    "I think they don't know what our department does. We don't know what they do either.",
    "distance",
  ],
  [
    "A new rule appears in the system, no meeting, no discussion. We are just informed.",
    "power comm",
  ],
  ["Our team was sloppy with the laptops on trains, two were stolen last year.", "blame:self"],
  ["I avoid calling them because it makes me feel stupid.", "feel distance"],
  [
    'They write to us as if we were children: big letters, lots of exclamation marks, "NEVER do this!!".',
    "blame:emp comm",
  ],
  ["We waited until the afternoon to start work because of the new login system.", "conflict"],
  [
    "They think they are smarter than everyone and they just make everything slower.",
    "blame:sec power",
  ],
  ["No face to face, ever. Just a chatbot.", "comm distance"],
  ["Irritated. Every. Single. Day.", "feel"],
  [
    "They think we're trying to get around their rules. We are, because the rules stop us working.",
    "blame:emp conflict",
  ],
  [
    'Getting called into the office for "a conversation" about a website I visited was humiliating.',
    "power feel",
  ],
  [
    "They think we are careless. Honestly, in the accounting team, sometimes we are.",
    "blame:self blame:emp",
  ],
  [
    "We're a branch of six in Galway, the security people are in Dublin and we never hear from them.",
    "distance",
  ],
  ["Bad side is the tone. Always warnings, never a simple tip.", "comm"],
  ["Lost a client file because of the auto-delete policy. I was so angry.", "conflict feel"],
  ["they bought the cheapest antivirus and now everything is slow", "blame:sec"],
  [
    "I think they would describe it as steady. We don't talk every day, but when the card terminal acted up last month they were on site within an hour and stayed until it worked.",
    "",
  ],
  [
    "Good side: they know the farm and the seasons, so they never push updates during harvest. Bad side: I honestly can't think of one worth writing down.",
    "",
  ],
  [
    "They probably see our small legal team as conscientious. We ask before we install anything, and they have said more than once that it makes their job easier.",
    "",
  ],
  [
    "When I started I found the security briefings intimidating, lots of rules and serious faces. This year they redid the format with short stories from our own office, and I actually look forward to it.",
    "",
  ],
  [
    "They'd say the relationship with the drivers is good. They gave us a simple card with three things to check on the tablet, in Polish and English, and that was it.",
    "",
  ],
  [
    "Some people here say they are slow, but in my experience they answer the same morning. Maybe I'm lucky, but I've never waited long.",
    "",
  ],
  [
    'Honestly the term "insider" in their policy scared me at first. Then they explained it covers accidents too, not only bad intentions, and that made sense.',
    "",
  ],
  [
    "They see us in the warehouse as practical people. When we said the badge readers were too slow in winter gloves, they swapped them for bigger buttons within a month.",
    "",
  ],
  [
    "Bad sides? Perhaps we could see them more often. But they are two people for 200 of us, and they do their best, so I won't complain.",
    "",
  ],
  [
    "Our security advisor comes every second Wednesday. He looks at the router, asks us if anything strange happened and leaves a short note for the manager.",
    "",
  ],
  [
    "I'd say they feel positive about employees. After the last phishing test they didn't name anyone, they just showed the numbers and what improved.",
    "",
  ],
  [
    "They joke that the architects are messy with file names, but they also say we are the first to report anything weird, so overall it's good.",
    "",
  ],
  [
    "There was a time we argued with them about the home-office laptops. That's over; we agreed on a setup together and it runs smoothly now.",
    "",
  ],
  [
    "The good part is they explain the reason behind each change in one or two lines. I can live with rules when I know why they exist.",
    "",
  ],
  [
    "They'd describe us as a calm department. We have had no incidents in four years and they mention it in the newsletter sometimes.",
    "",
  ],
  [
    "I think they see the teachers as busy rather than careless. They keep the instructions short and send them at the start of the holidays, when we have time.",
    "",
  ],
  [
    "The error is usually in the process, not in the person, the head of security told us. He changes the process instead of blaming someone.",
    "",
  ],
  [
    "Good: they ask for feedback after every fix. Bad: the feedback form is a bit long, but it's optional, so it doesn't matter.",
    "",
  ],
  [
    "They come to our stand-up once a week for five minutes. It's quick, friendly, and we hear about new scams before they reach us.",
    "",
  ],
  [
    "I used to think they were hiding in their office. Then our team lead invited them to lunch and now we message each other directly.",
    "",
  ],
  [
    "The security staff are part of the same sports club as half the factory. You see them at the weekend, it's a small town.",
    "",
  ],
  [
    "They would probably say we get on well. We share an office kitchen and they're the first to notice when the coffee machine breaks, funny enough.",
    "",
  ],
  ["I don't think they look down on us, no. They just have a different job.", ""],
  [
    "They set up encryption on all the laptops and check once a year that it's still on. Nothing else really touches our daily work.",
    "",
  ],
  [
    "Good relationship. We have our disagreements about the guest Wi-Fi, but we sort them out in one conversation.",
    "",
  ],
  ["nice team, they helped me on my first day", ""],
  ["all fine, thanks", ""],
  ["they're good people", ""],
  ["no problems at all", ""],
  [
    "I think they see the sales floor as a herd that clicks whatever lands in the inbox. It's insulting, because half of us have been doing this job for twenty years.",
    "blame:emp feel",
  ],
  [
    "The bad side is that rules change without notice. Last Monday the shared drive was read-only and nobody told us, so the whole morning was lost working out why.",
    "conflict comm",
  ],
  [
    "Honestly, I think most of our problems come from them. The old mail server they refuse to replace is down every other week.",
    "blame:sec",
  ],
  [
    "They would say it's a normal relationship, but it doesn't feel normal. They can open any of our files, and we have no idea who looks at what or when.",
    "power",
  ],
  [
    "I think they'd struggle to name anyone in our team. We're the night shift, and as far as I know security only works nine to five.",
    "distance",
  ],
  [
    "They probably think finance is a weak spot, and to be honest that's fair. I approved the fake invoice last spring without calling the supplier.",
    "blame:self",
  ],
  [
    'They sent an email to the whole company listing "users who failed the phishing test". My name was there. I still feel embarrassed when I walk past their office.',
    "comm feel",
  ],
  [
    "Good side: the laptops are safe. Bad side: I can't connect the lab instruments anymore, so I copy the results by hand, which takes hours.",
    "conflict",
  ],
  [
    "They think employees need to be supervised like kids. Screenshots of our screens every few minutes, and nobody ever asked us if that's ok.",
    "power blame:emp",
  ],
  [
    "We don't see them. Once a year there's a video training with a voice that sounds like a robot, and you click next until the end.",
    "distance comm",
  ],
  [
    "How do they feel about us? No idea. But I feel nervous whenever their name pops up in my inbox, because it's never about something good.",
    "feel",
  ],
  [
    "They'd say we are difficult. I'd say they make everything harder than needed: three logins to open one invoice, and the system still gets hacked.",
    "blame:sec conflict",
  ],
  [
    "They think we're careless with our phones. I have to admit it, I left mine unlocked on the train twice this month.",
    "blame:self blame:emp",
  ],
  [
    'When I ask something, I get an answer full of terms like "endpoint posture" and "conditional access". I nod and then ask my nephew what it means.',
    "comm",
  ],
  [
    "They treat us as if we should be grateful that they let us use computers at all. I find it exhausting and a bit humiliating.",
    "power feel",
  ],
  [
    "Honestly I don't know whether we have a security team or an outside company. Nobody ever introduced them.",
    "distance",
  ],
  [
    "Good: nothing I can think of. Bad: the new filter blocks our suppliers' invoices and they keep saying it's not their problem. I'm fed up.",
    "conflict blame:sec feel",
  ],
  [
    "They probably see the drivers as the ones who lose tablets. Two went missing last year and they still mention it every meeting.",
    "blame:emp",
  ],
  [
    "They never explain, they just decide. We got a message on Friday saying personal phones are banned from the office from Monday, no reason given.",
    "comm power",
  ],
  [
    'Our department created a lot of work for them with our "quick exceptions". Looking back, we asked for too much.',
    "blame:self",
  ],
  [
    "I'm honestly a bit afraid of them, so I try to fix things myself before I ever call. Sometimes that makes it worse.",
    "feel distance",
  ],
  [
    "Their rule says no USB, but the embroidery machines only take USB. So every order becomes a discussion.",
    "conflict",
  ],
  [
    "They are useless, so we found our own ways. Half the office uses personal email to send large files now.",
    "blame:sec distance",
  ],
  [
    'I think they feel employees are a risk they have to put up with. You hear it in the trainings: "don\'t be the reason we get hacked".',
    "blame:emp comm",
  ],
  [
    "We found out from a colleague that the chat is monitored. It was never announced, and now nobody writes freely anymore.",
    "power",
  ],
  [
    "They'd say everything is fine. But in my team people are scared to admit a mistake, so nobody reports anything.",
    "feel distance",
  ],
  [
    'Bad side: they answer emails, but only with one word. "Done." "No." "Later." Never a full sentence.',
    "comm",
  ],
  [
    "I think they see me personally as trouble, because I lost the client list on a USB stick. I'm still ashamed about it.",
    "blame:self feel",
  ],
  [
    "We are the Madrid office, twelve people. The security team is in Frankfurt and we have never had a call with them.",
    "distance",
  ],
  [
    'My ticket for a new software licence was closed as "not approved" with no comment. I reopened it twice and both times it was closed again.',
    "conflict comm",
  ],
  ["the bad side is they cause more outages than any attacker", "blame:sec"],
  ["always on edge with them", "feel"],
  ["they only ever ring when something's broken", "comm"],
  ["VPN dead again, no work today", "conflict"],
  ["they think hr leaks everything", "blame:emp"],
  ["We never call them, our fault really", "distance blame:self"],
];
