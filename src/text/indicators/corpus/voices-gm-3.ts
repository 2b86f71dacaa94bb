import type { RawExample } from "./types.js";

/** Part 3 of batch GM (see voices-gm.ts). */
export const VOICES_GM_3: readonly RawExample[] = [
  [
    "Their attitude is 'we know best'. Maybe they do, they're the experts after all, but the arrogance puts people off asking, and then people guess instead, which is surely worse for everyone.",
    "power",
  ],
  ["I don't really understand what they tell me. I nod along and hope it isn't important.", "comm"],
  [
    "Very good. Our head of security asked the recruitment team which tools we use before rolling out the new filter, so for once nothing broke.",
    "",
  ],
  [
    "Fraught. Partners think security is IT's problem, IT thinks partners are the biggest risk in the building, and associates are stuck in the middle.",
    "conflict blame:emp",
  ],
  [
    "We don't talk. I've had the same laptop for five years, nobody has ever looked at it, and the only sign security exists is the occasional forced restart at the worst possible moment.",
    "distance",
  ],
  [
    "Professional but a little cold. You get exactly what you asked for and nothing more.",
    "distance",
  ],
  [
    "They'd rather we had access to nothing. 'Least privilege', they call it. Feels more like least trust.",
    "power",
  ],
  [
    "The good part: I trust them to keep client data safe. The bad part, honestly, I can't think of one.",
    "",
  ],
  [
    "Half the time I suspect they don't know either. Ask why a site is blocked and you get 'it's policy'.",
    "comm blame:sec",
  ],
  ["A bit nervous whenever their name appears in my inbox. It's never good news.", "comm feel"],
  [
    "They'd say it's going well because nobody complains. Nobody complains because nobody thinks it would change anything; the last staff survey raised the same issues as the one before and nothing happened.",
    "power distance",
  ],
  [
    "I respect them. They've got a hard job keeping a firm full of partners who think the rules don't apply to them safe.",
    "blame:emp",
  ],
  ["Great when you catch them in person, which is almost never.", "distance"],
  ["I always feel like I'm bothering them. Maybe I am.", "blame:self"],
  [
    "Candidly, I think they've given up on us. Same training every year, same phishing results, same weary tone in the email announcing them. It feels like they've decided we're a lost cause.",
    "distance blame:emp",
  ],
  ["Good. Quick, friendly, sensible.", ""],
  [
    "We're architects: we need big files and fast machines. They want everything locked down. It's a constant tug of war.",
    "conflict",
  ],
  [
    "I was reprimanded in front of my team for leaving a printout on my desk. I understand the rule, but the way it was handled was humiliating.",
    "comm feel",
  ],
  [
    "It's fine, but I'd appreciate being told the why as well as the what. A rule lands in my inbox with no reasoning and no example, just 'effective immediately', and I'm meant to remember it.",
    "comm",
  ],
  [
    "They don't come across as the enemy at all. Quite the opposite: since I joined they've been really supportive, checking in after the migration and asking whether the new setup was slowing us down.",
    "",
  ],
  [
    "They'd probably say they wish we engaged more. They'd be right, I skip their newsletter every month.",
    "distance blame:self",
  ],
  ["Lopsided. I need them far more than they need me, and they know it.", "power"],
  [
    "I'm sure they're lovely, but I've no idea who they are. The security team could be one person for all I know.",
    "distance",
  ],
  [
    "I'm frustrated they won't approve the e-signature tool our clients prefer. We look old-fashioned, and they don't seem to care.",
    "conflict feel",
  ],
  [
    "Decent. The password manager they brought in has genuinely made my life easier, and they ran short drop-in sessions in each office so nobody was left working it out alone.",
    "",
  ],
  [
    "They're quick to assume the worst. I reported a strange login alert and the first question was whether I'd shared my password.",
    "blame:emp",
  ],
  ["Our interactions are short and functional, which works for me.", ""],
  [
    "Smart people, but they live in their own world. Nobody outside their team understands a word of their reports.",
    "comm",
  ],
  [
    "Awkward since the breach investigation last year. They interviewed half the department and never told us the outcome. People are wary of them now, a bit like they're internal affairs.",
    "feel power",
  ],
  [
    "They'd say we're difficult. We'd say they're difficult. Probably both true.",
    "conflict blame:emp blame:sec",
  ],
  ["Good. I feel listened to.", ""],
  [
    "There's no proper contact. I only know who to call because a colleague told me in my first week; there's nothing on the intranet and I've never been introduced to anyone on the team.",
    "distance",
  ],
  [
    "It's always a no first. Then you escalate to a partner and suddenly it's a yes. Says everything.",
    "conflict power",
  ],
  [
    "I'm the weak link in our team, everyone knows it. Two test emails clicked this year.",
    "blame:self",
  ],
  [
    "They're patient with the older partners who struggle with the tech, which I think is admirable. I once watched one of them explain the same thing three times to a senior partner without a hint of irritation.",
    "",
  ],
  [
    "They wrote a policy banning client documents on personal phones, then didn't issue work phones to half of us. What are we meant to do on site?",
    "conflict blame:sec",
  ],
  ["I'm not sure they'd describe it at all. I doubt we register with them.", "distance"],
  [
    "Good in a crisis, invisible the rest of the time. I'd welcome a bit more of them day to day.",
    "distance",
  ],
  [
    "I feel small in those conversations. They know all the technical detail and I'm just the person who got it wrong.",
    "feel power",
  ],
  [
    "Our security people are lovely and always explain things in plain English. No jargon, no condescension.",
    "",
  ],
  [
    "Exasperating. Three separate logins to open one client file, and when I complained I was told security isn't meant to be convenient.",
    "conflict feel",
  ],
  [
    "They come across as slightly paranoid, questioning every attachment and every new app, but given what's out there and what our clients would do to us after a breach, I'd honestly rather have that.",
    "",
  ],
  [
    "Bad: the training videos look made for a call centre, not a law firm. Good: they're mercifully short.",
    "",
  ],
  ["I think they'd say employees are their biggest headache, and I can see why.", "blame:emp"],
  [
    "I get on well with the guy who covers our regional office, he's around most weeks. The central team in London I've never spoken to; they send instructions and that's the extent of it.",
    "distance",
  ],
  [
    "Whenever something goes wrong it's assumed to be user error. Never the system, never the configuration, always us. When the file server went down last month the first email asked who had 'opened something they shouldn't'.",
    "conflict blame:emp",
  ],
  ["Very hands-off. I've had more contact with the cleaners.", "distance"],
  [
    "They take security seriously, and so do we. Our clients are banks who audit us every year, so we all have an interest in getting it right, and the security team helps us pass.",
    "",
  ],
  [
    "There's no way to give feedback. I've got ideas about making the rules work for consultants on the road, but who would I tell?",
    "power distance",
  ],
  [
    "Sometimes I think they forget we're the ones bringing in the fees that pay their salaries. It doesn't feel like a partnership when one side can veto how the other side earns its money.",
    "conflict",
  ],
  [
    "Rather intimidating. They speak quickly, use terms I don't know, and seem impatient when I ask them to repeat.",
    "comm feel",
  ],
  ["Good, sensible bunch. Occasionally over-cautious, but nobody's perfect.", ""],
  [
    "I feel guilty every time the 'you have outstanding training' reminder arrives. I've been meaning to do it since January.",
    "feel blame:self",
  ],
  [
    "They're the department that says no; fee earners are the department that says 'just this once'. That's us in a nutshell.",
    "conflict",
  ],
  ["I wouldn't say there's any friction. Just not much contact either.", "distance"],
  [
    "Honestly useless. I reported an email impersonating our own managing partner, asking for gift cards, and was told to 'just delete it'. No warning went out to anyone else, and two people in accounts fell for it that week.",
    "feel blame:sec",
  ],
  [
    "I sympathise with them. It can't be easy when someone in accounts pays a fake invoice and your team carries the blame.",
    "blame:emp",
  ],
  [
    "They'd call it a service relationship with us as customers. Funny, it never feels like the customer is right.",
    "power",
  ],
  [
    "Good. Problems get solved quickly and I don't have to understand the technical side; they explain just enough for me to know what's happening and no more. That's the right balance for me.",
    "",
  ],
  [
    "I know they monitor our email. I don't know what they look for or who reads it, and that makes me uneasy.",
    "feel power",
  ],
];
