import type { RawExample } from "./types.js";

/** Staff of law firms, accountancies, insurers, estate agents and architects, careful formal register with hedges and contrasts. Written fresh for Rapport (brief CX). */
export const VOICES_CX_4: readonly RawExample[] = [
  [
    "I suspect the IT team think architects are rather precious about their software. They may well be right.",
    "blame:emp",
  ],
  [
    "Whilst I've never been made to look stupid, I have occasionally been made to look slow, which is perhaps worse.",
    "comm",
  ],
  [
    "To be honest I avoid the helpdesk when I can. Nothing personal; I'd just rather work it out myself.",
    "distance",
  ],
  ["No, I don't avoid them. Why would I? They're helpful.", ""],
  [
    "The rendering workstations are ancient, but that is a budget decision by the partners, not anything IT have done.",
    "",
  ],
  [
    "It does grate, slightly, that the IT manager is consulted on every office move but never bothers to tell the studio what's been decided.",
    "feel comm",
  ],
  [
    "In fairness, the data protection training was short and to the point; the only irritation was that it was scheduled in the middle of a submission deadline.",
    "feel conflict",
  ],
  [
    "The security people have, I'm told, a dashboard that shows exactly what each of us is doing. I haven't seen it, and I'm not sure I'd want to.",
    "power",
  ],
  [
    "Our office has one IT support person shared with two other practices in the building. We see her perhaps once a month.",
    "distance",
  ],
  ["On balance, I think the relationship is healthy, if slightly formal.", ""],
  [
    "I'd hesitate to call it a clash, but there is certainly a recurring disagreement over whether we can use cloud storage for site photographs.",
    "conflict",
  ],
  [
    "Whilst I have every sympathy for IT, they do seem to forget that our clients expect drawings by email, not through an encrypted portal the client cannot open.",
    "conflict",
  ],
  [
    "The support contractor is competent and friendly, but he does have a tendency to 'just fix it' without explaining, which means we learn nothing.",
    "comm",
  ],
  [
    "I was the one who approved the fraudulent invoice, and no amount of security training would have saved me from my own haste.",
    "blame:self",
  ],
  ["I would not describe the IT team as arrogant. Confident, perhaps. There's a difference.", ""],
  [
    "They're arrogant. Confident would be a kinder word, but I don't think it's the right one.",
    "power",
  ],
  [
    "It has become something of a joke in the office that asking IT a question is like applying for a mortgage.",
    "conflict",
  ],
  [
    "I was genuinely anxious that I'd be disciplined after the phishing incident, and I'm still not entirely sure I won't be.",
    "feel power",
  ],
  [
    "The emails are clear, I'll give them that. I simply wish they were accompanied by a conversation now and then.",
    "comm",
  ],
  [
    "There's nobody in IT I would be comfortable asking a 'stupid' question. That's a shame in a firm this size.",
    "feel distance",
  ],
  [
    "Everyone in IT I have dealt with has been lovely. I would happily ask any of them a stupid question.",
    "",
  ],
  [
    "We're an eight-person practice; I do the IT myself, badly, and I would not wish to hold anyone else responsible for it.",
    "blame:self",
  ],
  [
    "The security review of our BIM collaboration platform was conducted entirely without input from the people who actually use it.",
    "power",
  ],
  [
    "I must admit I find the whole subject of cyber security rather frightening, and the team's talks, while well meant, tend to make it worse.",
    "feel comm",
  ],
  [
    "We used to have a portal and no human contact at all. Since the reorganisation there's a named person for each floor, and it's made all the difference.",
    "",
  ],
  [
    "In the nicest possible way, I think some of my colleagues could do with a bit more caution online.",
    "blame:emp",
  ],
  [
    "It's fair to say we don't always see eye to eye, but there's real mutual respect there.",
    "conflict",
  ],
  [
    "With respect, the notion that our interior designers are a security risk because they use Pinterest is faintly ridiculous.",
    "conflict",
  ],
  [
    "I've had to delay a planning submission twice this year because the file transfer service was blocked without notice.",
    "conflict comm",
  ],
  [
    "Whoever designed the new access policy clearly did not consult anyone in the studio, and it shows.",
    "power blame:sec",
  ],
  [
    "I'm on first-name terms with the whole IT team, largely because I break things so often.",
    "blame:self",
  ],
  [
    "There is the odd bit of eye-rolling when a new policy comes out, but nothing you'd call friction.",
    "",
  ],
  [
    "The IT team seem to operate on the principle that if they haven't heard from you, all is well. Consequently we only hear from them when it isn't.",
    "comm",
  ],
  ["Their response time is excellent. Their bedside manner, less so.", "comm"],
  [
    "I think we've reached the point where people would rather live with a broken printer than raise a ticket.",
    "distance",
  ],
  [
    "The contract we have with the IT provider allows them to decide when and how updates are applied, and we are informed after the fact.",
    "power comm",
  ],
  [
    "It's very reassuring to have someone who actually understands both the technology and the practice.",
    "",
  ],
  [
    "While the security team were right, strictly speaking, to revoke my access, it would have been a courtesy to tell me before I arrived at the client's office to present.",
    "comm conflict",
  ],
  [
    "I won't pretend I understood a word of the incident report, but I gather it was resolved.",
    "comm",
  ],
  [
    "I'm not sure 'relationship' is the right word. I know they exist. That's about it.",
    "distance",
  ],
  [
    "The graduates are wonderful with technology and, to be fair to them, rather better with security than some of us who have been here longer.",
    "",
  ],
  [
    "Someone in IT decided that we could no longer print to the plotter from home, and nobody can tell me who or why.",
    "power comm",
  ],
  [
    "I think it is fair to say that the security function is viewed with a certain suspicion by the surveyors, though not, I think, with hostility.",
    "feel",
  ],
  [
    "I owe the IT team an apology, frankly. I was rude to them during the server crash, and they were the ones working until midnight.",
    "blame:self conflict",
  ],
  [
    "Our security lead is brilliant, approachable and the only person in the building who laughs at my jokes.",
    "",
  ],
  [
    "The IT team have been very clear that they're there to help, not to police us, and they've lived up to that.",
    "",
  ],
  [
    "Whilst the new monitoring software was introduced with the best of intentions, the absence of any explanation has led to a good deal of speculation in the office.",
    "comm power",
  ],
  [
    "If I'm completely honest, I quite like being left alone by IT. I'd be worried if they started taking an interest.",
    "distance",
  ],
  [
    "I cannot remember the last time IT came to the studio in person. Everything is done remotely now, which is efficient, I suppose.",
    "distance comm",
  ],
  ["They're terrific at fixing things and hopeless at explaining them.", "comm"],
  [
    "The partners treat IT's recommendations as optional, which puts the team in an impossible position.",
    "power conflict",
  ],
  [
    "I was rather taken aback to be told my concerns about the new system were 'noted' and then hear nothing further.",
    "comm feel",
  ],
  ["My sense is that no one here sees security as anyone else's problem. It's a shared thing.", ""],
  [
    "To be perfectly frank, the rules change so often I've stopped trying to keep up and simply wait to be told off.",
    "comm distance",
  ],
  [
    "I was nervous about the IT security audit, naturally, but that's the nature of an audit rather than any reflection on the team conducting it.",
    "feel",
  ],
  [
    "I think our IT people are wasted on us, honestly. They could be doing far more interesting work elsewhere.",
    "",
  ],
  [
    "I'll accept some responsibility for the confusion; I didn't read the instructions properly. But they were eleven pages long.",
    "blame:self comm",
  ],
  [
    "The helpdesk has a habit of closing tickets as 'resolved' when the problem has merely been worked around.",
    "blame:sec",
  ],
  [
    "They are lovely in person; the trouble is that 'in person' happens about once a year.",
    "distance",
  ],
  [
    "Forgive the bluntness, but I have never understood why IT get the final say on which software the designers use.",
    "power",
  ],
  [
    "Staff here are generally conscientious. The one real lapse last year was down to a compromised supplier account rather than anything our people did.",
    "",
  ],
  [
    "I find the security team rather intimidating, if I'm honest, though I suspect that's more my problem than theirs.",
    "feel blame:self",
  ],
  [
    "I suppose the honest answer is that I don't think about IT at all unless something goes wrong, and then I think about them a great deal.",
    "distance",
  ],
  ["They've never once treated me as a nuisance, even on the day I rang four times.", ""],
  [
    "Everyone in the office has been treated as a nuisance at one point or another, and no one rings IT willingly.",
    "comm distance",
  ],
  [
    "The IT lead and the practice manager clearly don't get on, and the rest of us are caught in the middle.",
    "conflict",
  ],
  [
    "The session on password managers was excellent. I went home and set one up for my whole family.",
    "",
  ],
  [
    "I don't think anyone in IT has the faintest idea what a CDM coordinator does, and I'm not sure they'd care to learn.",
    "distance",
  ],
  [
    "While it is true that the assistants are sometimes lax about locking their screens, I would put that down to the fact that nobody ever explained why it matters.",
    "comm",
  ],
  ["I've never had cause to complain. The odd delay, but nothing worth mentioning.", ""],
  [
    "Whilst they are technically very able, the security team could do with some lessons in diplomacy; the last memo caused quite a stir.",
    "comm conflict",
  ],
  [
    "It's a two-way street, I think. We don't make much effort to understand them, and they don't make much effort to understand us.",
    "distance",
  ],
  [
    "I've found the IT team to be both knowledgeable and kind, which is a rarer combination than one might think.",
    "",
  ],
  [
    "Our IT contractor is excellent but so busy that one hesitates to trouble him, and so small issues tend to pile up unaddressed.",
    "distance conflict",
  ],
  [
    "The lockout after three failed attempts is sensible. The forty-minute wait to get someone to unlock it is not.",
    "conflict",
  ],
  [
    "I'm sure the security team have our best interests at heart, but it doesn't always seem that way from where I'm sitting.",
    "feel",
  ],
  [
    "It was entirely my own fault. I reused a password I'd used on a shopping site, and it was leaked.",
    "blame:self",
  ],
  [
    "There seems to be an unwritten rule that the IT department may interrupt anyone at any time, but may not itself be interrupted.",
    "power",
  ],
  ["I can only speak for myself, but I've always found them approachable.", ""],
  [
    "i get that they're busy but it's been 3 weeks and my second monitor still doesn't work, so I've just brought one in from home",
    "conflict distance",
  ],
  [
    "Our compliance officer seems to believe that nobody in this office can be trusted with a USB stick, and frankly, on the evidence, she may have a point.",
    "blame:emp power",
  ],
  [
    "The security briefing last month was delivered with such condescension that several of us left thoroughly patronised and not a little cross.",
    "comm feel",
  ],
  [
    "There's really no friction now. The complaints about the firewall stopped once they moved us to the new provider.",
    "",
  ],
  [
    "I gather the IT team are quite frustrated with us at the moment, and, to be fair, we have been rather demanding.",
    "feel blame:emp",
  ],
];
