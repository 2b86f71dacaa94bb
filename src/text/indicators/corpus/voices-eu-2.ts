import type { RawExample } from "./types.js";

/** IT generalists who also do security, in schools, clinics, councils and charities (round 21). Written fresh for Rapport (brief EU). */
export const VOICES_EU_2: readonly RawExample[] = [
  ["We log about 60 tickets a month, a third of them password resets.", ""],
  ["Its hard to be friend with people when your job is to tell them no.", "conflict feel"],
  [
    "Staff don't come to me with mistakes because they think they'll get in trouble.",
    "feel distance",
  ],
  [
    "Maybe if we explained the why, not just the rule, there would be less pushback.",
    "blame:self conflict",
  ],
  ["Our developers are sharp and usually flag weird dependencies before I see them.", ""],
  ["The councillors get new iPads every term and expect me to set them up same day.", "power"],
  ["Do I talk down to people? Possibly. I'm trying not to.", "comm blame:self"],
  ["Phishing reports go to a shared mailbox that I check twice a day.", ""],
  [
    "Honestly the weakest link in this charity is the guy writing this, me, with no backup person.",
    "blame:self",
  ],
  ["The bosses only listen to the insurance company, never to me.", "power feel"],
  ["we dont really have a relationship with staff, they log tickets and we close them", "distance"],
  ["New starters get a 20 minute security chat on their first day.", ""],
  [
    "Drivers keep disabling the tracking app because it drains their phones. Fair enough, actually.",
    "conflict",
  ],
  ["I'm scared that when something big happens, they'll say IT should have stopped it.", "feel"],
  ["Annoying but true: the one person who got phished last year was the finance director.", "feel"],
  [
    "Good working relationship with the practice manager, she always asks before buying software.",
    "",
  ],
  ["There is no budget line for security. I beg for every licence.", "power feel"],
  ["A lot of our farm workers don't have email at all, so we do briefings in the yard.", ""],
  ["I hear about new systems after they've been bought. Every time.", "distance power"],
  ["the factory floor sees us as the people in the office who make their job slower", "conflict"],
  [
    "Our IT contractor before me left a mess, no documentation, admin passwords in a text file.",
    "blame:sec",
  ],
  [
    "Fatima in HR is now our unofficial security champion and people listen to her more than me.",
    "",
  ],
  ["They prefer to ask the teenager at home than asking me. I am not sure why.", "distance"],
  [
    "We stopped sending scary warning emails because they made people anxious and didn't change anything.",
    "",
  ],
  ["So tired of hearing 'I'm not techy' as an excuse for ignoring basic rules.", "feel blame:emp"],
  ["What does a realistic security budget look like for a 25 person accounting firm?", ""],
  ["The senior doctors don't answer my emails, but the nurses always do.", "distance"],
  [
    "I have to ask permission for every change but nobody asks me before adding new apps.",
    "power conflict",
  ],
  ["Our head chef calls me 'the password man', which I quite like.", ""],
  ["I guess we are a bit of a black box to the rest of the council.", "power distance"],
  [
    "People forward chain emails from the director's account because it 'looked official'. I despair.",
    "blame:emp feel",
  ],
  ["Weekly stand-up with the ops lead, 15 minutes, works well.", ""],
  [
    "If I'm honest, I avoid the sales team because every conversation is an argument.",
    "distance conflict",
  ],
  [
    "We write our policies in plain English now and test them on two non-technical staff first.",
    "",
  ],
  ["Their attitude is 'security is IT's problem', so it stays IT's problem.", "conflict blame:emp"],
  ["The MFA rollout took six weeks and went smoother than expected.", ""],
  [
    "bit sad that the only thank you I got this year was after I recovered someone's deleted wedding photos",
    "feel",
  ],
  ["When the auditor comes, suddenly everyone wants to talk to me.", "comm"],
  ["I'd say most of our problems come from rushing, not carelessness.", ""],
  [
    "Teachers think I read their emails. I don't, and I've told them, but the rumour sticks.",
    "conflict power",
  ],
  [
    "I admit I wrote the new remote access guide in IT speak. Version two is coming.",
    "comm blame:self",
  ],
  [
    "Our manufacturing line PCs run Windows 7 because the machine vendor won't support anything newer.",
    "",
  ],
  ["Every request for training money goes to a board that meets twice a year.", "power"],
  ["Staff here genuinely care about client data, it's one of the best things about the place.", ""],
  ["Users will always find the path of least resistance. That's just people.", "blame:emp"],
  [
    "The volunteers are lovely but I have no idea who is half of them or which devices they use.",
    "distance",
  ],
  ["Password resets are now self-service, which cut tickets by about a third.", ""],
  [
    "Sometimes I just fix things quietly rather than go through the drama of asking the owner.",
    "distance",
  ],
  ["The charity's CEO thinks cybersecurity is a scam invented by consultants.", "conflict"],
  ["We put posters in the staff toilets. Surprisingly effective.", ""],
  ["nobody asks me about anything until it is too late, then everyone is shouting", "comm feel"],
  [
    "I'm trained to assume the worst about users, and honestly it shows in how I talk to them.",
    "blame:self comm",
  ],
  ["The pharmacy team are quick learners and adopted the new sign-in cards in a day.", ""],
  ["Leadership wants zero risk and zero inconvenience. Pick one.", "conflict feel"],
  ["I hardly see the night shift at all, we communicate by sticky note.", "distance"],
  [
    "The school bought 60 chromebooks without asking me and now I'm supposed to secure them.",
    "power conflict",
  ],
  ["We run a tabletop exercise once a year with the senior team. Last one took 90 minutes.", ""],
  ["Staff aren't careless, they're overloaded. That's the real risk here.", ""],
  ["Honestly a lot of them just dont care about security", "blame:emp"],
  [
    "Janek, our caretaker, knows more about the door access system than I do and he's very helpful.",
    "",
  ],
  ["I think people are little bit afraid from me, which is opposite of what I want.", "feel"],
  [
    "The clinic runs on a patient record system hosted by the vendor; we manage the local network.",
    "",
  ],
  [
    "My emails about updates get ignored until the machine restarts itself in the middle of a lesson, then I'm the villain.",
    "comm conflict",
  ],
  ["We're setting up one contact person in each department so questions don't all come to me.", ""],
  [
    "The directors want reports with colours and I give them reports with CVE numbers. We don't meet in the middle.",
    "comm conflict",
  ],
  ["ive been here 6 years and the only training budget i ever got was a free webinar", "power"],
  ["Not every incident is a user's fault. Our own misconfig caused the last outage.", ""],
  [
    "If a teacher gets a phishing email, they forward it to the whole staff asking 'is this real?'. Every time.",
    "blame:emp",
  ],
  [
    "I am the only person who knows the admin passwords, and that is a problem I created.",
    "blame:self power",
  ],
  ["Our hospitality group has 14 sites and one shared IT inbox.", ""],
  ["Whenever I walk into the office someone says 'uh oh, what's broken?'", "comm"],
  [
    "We meet the union rep twice a year to talk about monitoring, which has helped trust a lot.",
    "",
  ],
  ["I get it, security slows them down. But so does losing a week to ransomware.", "conflict"],
  [
    "The owners of the farm decide everything over dinner and I hear about it on Monday.",
    "power distance",
  ],
  ["My colleague Priya explains things better than me, so she does the staff sessions now.", ""],
  ["People hide mistakes from IT. Found a laptop that had been infected for a month.", "distance"],
  [
    "A lot of the friction is our fault, we roll things out on Monday mornings with no warning.",
    "conflict blame:self",
  ],
  ["Encryption is now enforced on all staff phones through the MDM.", ""],
  ["Sometimes I feel more like a babysitter than an engineer.", "feel blame:emp"],
  [
    "There is no fixed time for me to speak with the wards, I catch the people in corridor.",
    "distance",
  ],
  ["The software team is pretty security minded, mostly because they've been burned before.", ""],
  [
    "It's exhausting being told I'm paranoid and then being asked why I didn't prevent something.",
    "feel conflict",
  ],
  ["In our council, the cyber lead sits in another building and I've met her once.", "distance"],
  ["About 70% of staff completed the online module by the deadline.", ""],
];
