import type { RawExample } from "./types.js";

/** Part 3 of batch FX (see voices-fx.ts). */
export const VOICES_FX_3: readonly RawExample[] = [
  [
    "A surprising number of staff think the security team is one bloke in a basement reading everyone's email. That mystery doesn't help anyone.",
    "power",
  ],
  [
    "We never hear from them except when our phishing score drops, and then it's a stern email copied to my director.",
    "comm",
  ],
  ["Sysadmin, 15 years: if a user can do something stupid, a user will.", "blame:emp"],
  [
    "I was disappointed with how they handled the laptop theft. Nobody called me back for three days.",
    "feel conflict",
  ],
  [
    "The clinical staff barely tolerate us. To them, every login prompt is a minute stolen from a patient.",
    "conflict",
  ],
  ["I'd say they see us as friendly nerds who nag now and then. I'll take that.", ""],
  [
    "They're not a problem at all, honestly. The problem is the twenty-year-old accounts package nobody will let me replace.",
    "",
  ],
  [
    "The staff here are careful and sensible. I can't remember the last serious incident that started with a click.",
    "",
  ],
  [
    "Finance sees us as the department of no. Every request for a new app turns into a standoff.",
    "conflict",
  ],
  [
    "I never know who to contact about security. The intranet lists a shared mailbox that never replies.",
    "conflict",
  ],
  [
    "I dread the monthly meeting with the operations director. Every suggestion I make gets treated as a cost, never as protection.",
    "feel conflict",
  ],
  [
    "The users are not the weakest link, they're the first line of defence, and they've caught more phish than our filters have.",
    "",
  ],
  [
    "To be fair to them, they've never once been condescending, even when I've asked really basic questions.",
    "",
  ],
  [
    "I'm a bit intimidated by the senior partners at one client, to be honest. They question every line of our invoices.",
    "feel power",
  ],
  [
    "The sysadmin before me used to answer tickets with 'RTFM'. I've spent a year undoing that reputation.",
    "comm",
  ],
  [
    "Whenever I escalate something they reply with three paragraphs about 'lateral movement' and 'EDR telemetry'. I just want to know if we're okay.",
    "comm",
  ],
  [
    "I'm probably the problem. I never read the security bulletins and then I'm surprised when things change.",
    "blame:self",
  ],
  [
    "Our IT contractor is fantastic but impossible to reach after 3pm, which is exactly when the shop gets busy.",
    "conflict",
  ],
  [
    "Between you and me, half the 'incidents' I handle are people trying to do their jobs around the clunky tooling I chose.",
    "blame:self",
  ],
  [
    "I don't think the security team are arrogant, just overworked. Their replies are short because they're busy, not rude.",
    "",
  ],
  [
    "If staff break the policy twice they go on a list and their manager is told. It's the only thing that works.",
    "power",
  ],
  ["Users can't be trusted with admin rights. Ever. I learned that the hard way.", "blame:emp"],
  [
    "We meet the security team every quarter and they actually ask what's getting in our way. It's refreshing.",
    "",
  ],
  [
    "We never see the client's staff face to face any more. Since lockdown it's Teams calls and tickets, and the rapport has gone.",
    "comm distance",
  ],
  [
    "Our security guy is approachable and speaks plain English. I wish every department were like that.",
    "",
  ],
  ["Security awareness training is pointless because people are lazy and don't care.", "blame:emp"],
  [
    "Honestly they're a black box. Things get blocked and nobody can tell you who decided or why.",
    "power",
  ],
  [
    "I don't lecture people. If someone clicks, I thank them for telling me and we look at it together.",
    "",
  ],
  [
    "They'd probably say we're hard to get hold of. That's fair, we're two people covering three hundred seats.",
    "conflict",
  ],
  [
    "I'm always on edge before a client review. They can drop us with thirty days' notice and they like to remind us of it.",
    "feel power",
  ],
  [
    "Staff go to Dave in accounts because he's 'good with computers' rather than raising a ticket with us.",
    "distance",
  ],
  ["Twenty years in this job and the users have never been what kept me up at night.", ""],
  [
    "I'm the bottleneck, honestly. Everything security-related waits on me, and I'm spread across three projects.",
    "blame:self",
  ],
  [
    "A user asked me why she needed the VPN, so I explained it in two minutes with a hotel Wi-Fi example. She got it straight away.",
    "",
  ],
  ["I'd rather a user rang me ten times a day than kept quiet because they were embarrassed.", ""],
  [
    "They hold all the admin rights and won't explain anything. We have to ask permission to install a PDF reader.",
    "power",
  ],
  [
    "The security team are the reason half our projects slip. They turn up at the end and veto things.",
    "blame:sec conflict",
  ],
  ["Frankly IT are useless. Three tickets open since March and not one resolved.", "blame:sec"],
  ["Users are the biggest attack surface any company has. Train them or lose.", "blame:emp"],
  ["My team love the security champion scheme. They say they feel listened to.", ""],
  [
    "I feel a bit anxious whenever the security team emails me. It's usually to say someone on my team did something wrong.",
    "feel comm",
  ],
  [
    "Getting a straight answer from the client's IT manager is impossible. He's never at his desk and never returns calls.",
    "conflict",
  ],
  [
    "Great relationship with ops, rubbish with finance. Finance treat every control as a personal insult.",
    "conflict",
  ],
  [
    "It's a partnership. They tell us what they're planning, we tell them what worries us, and we agree a way forward.",
    "",
  ],
  [
    "we manage 40 sites remotely and i couldnt tell you the name of a single person at half of them. its all tickets",
    "distance comm",
  ],
  [
    "Security here is just a blocker. They add nothing and slow everything down.",
    "blame:sec conflict",
  ],
  [
    "IT are brilliant with us. Whenever my team has an issue someone is over within the hour and they explain what went wrong.",
    "",
  ],
  [
    "I don't think staff are careless. The password rules this company inherited were written by someone who never had to type them on a phone.",
    "blame:sec",
  ],
  [
    "We had a huge row over remote access last year. They wanted to ban personal devices overnight and my field staff would have been stranded.",
    "conflict",
  ],
  [
    "Frustrating week. Three clients, three 'urgent' requests, each one caused by ignoring advice we gave them in writing.",
    "feel blame:emp",
  ],
  [
    "It feels like they think we're the enemy. Every message from them starts with a warning.",
    "blame:emp comm",
  ],
  [
    "We set up our own shared drive on a personal account in the end. IT would have taken months.",
    "distance",
  ],
  [
    "Our helpdesk is never condescending with people. They explain it in plain English and check it landed.",
    "",
  ],
  [
    "They think we read their emails for fun. We don't, but the suspicion makes every conversation awkward.",
    "conflict",
  ],
  [
    "I manage a team of twelve and I couldn't tell you who our security people are. We've never met any of them.",
    "distance comm",
  ],
  [
    "The relationship is basically transactional. They raise a ticket, we close it, nobody learns anything.",
    "comm distance",
  ],
  [
    "Not a problem at all with the helpdesk, they're quick. But the security side might as well not exist; I've never heard from them.",
    "distance",
  ],
  [
    "End users will click on anything. I've seen a phishing email with the company name misspelt get a 40% click rate.",
    "blame:emp",
  ],
  [
    "I'm exhausted by it, to be honest. Every conversation with the business feels like I'm begging for a favour.",
    "feel power",
  ],
  [
    "My techs don't go on site any more unless there's an outage. I'd like to change that but the margins won't allow it.",
    "comm distance",
  ],
  [
    "The only time a client rings us is when something is on fire. Nobody calls to ask how they could do things better.",
    "comm",
  ],
  [
    "They're not hostile, exactly. They just never come to us. We find out about new systems when they break.",
    "distance",
  ],
  ["Our IT lead talks to me like I'm an idiot. I'm not technical, but I'm not stupid.", "comm"],
  [
    "honestly the worst part of the job isnt the tech, its people thinking we're only there to reset their passwords",
    "power feel",
  ],
  [
    "I'd say it's a good relationship overall. Not perfect, they grumble about the MFA prompts, but they trust us.",
    "",
  ],
  [
    "Honestly, I'm the weak link on my team. I reuse passwords and I know I shouldn't.",
    "blame:self",
  ],
  [
    "The new security officer came to our team meeting and went through the phishing results without pointing fingers. It went down really well.",
    "",
  ],
  [
    "Nobody at that client has ever been rude to us, and nobody blames us when things go wrong. Rare and lovely.",
    "",
  ],
  [
    "Most of the staff at our clients are sound. They ring when something looks off and we sort it out together, no drama.",
    "",
  ],
  [
    "We don't want to be the police. We want to be the people you call first, and most days I think we manage it.",
    "",
  ],
  [
    "The keynote was basically 'humans are the weakest link' for forty minutes. I walked out; our people deserve better than that.",
    "",
  ],
  [
    "Every complaint we get is either 'too slow' or 'too strict'. Nobody's ever complained we were too helpful.",
    "conflict",
  ],
  [
    "The developers think security is a tax. We think they're cowboys. Neither side is entirely wrong.",
    "conflict",
  ],
  [
    "We treat every user as a potential insider threat. It's nothing personal, it's just the model.",
    "blame:emp",
  ],
  [
    "We've been told to keep a low profile because security 'works best when nobody notices it'. So we barely talk to anyone.",
    "distance",
  ],
  [
    "our users are great tbh. small company, everyone knows me, if something looks weird they just shout across the office",
    "",
  ],
];
