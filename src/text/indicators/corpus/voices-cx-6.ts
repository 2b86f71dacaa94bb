import type { RawExample } from "./types.js";

/** Staff of law firms, accountancies, insurers, estate agents and architects, careful formal register with hedges and contrasts. Written fresh for Rapport (brief CX). */
export const VOICES_CX_6: readonly RawExample[] = [
  [
    "Our previous provider was dreadful, but the new firm are responsive and seem to genuinely care.",
    "",
  ],
  [
    "While I'm sure the intention was good, sending fake phishing emails that mimic HMRC during filing season struck many of us as a cruel joke.",
    "feel conflict",
  ],
  [
    "I asked what 'zero trust' meant and was told it meant exactly what it said. I am none the wiser.",
    "comm",
  ],
  [
    "I've been accused, more or less, of being the reason the firm was fined. That's not a pleasant position to be in.",
    "feel blame:emp",
  ],
  ["The team are genuinely brilliant and I wouldn't want anything I say to suggest otherwise.", ""],
  [
    "There is, I fear, a tendency to treat every alert as a disciplinary matter, which discourages people from owning up.",
    "power distance",
  ],
  [
    "I can't say I know what they do all day, and I'm fairly sure they'd say the same of me.",
    "distance",
  ],
  ["Honestly it's fine. I just wish they'd explain things in plain English now and then.", "comm"],
  [
    "The loss adjusting team were left without access to the claims system for a whole day, and nobody from IT came down to explain.",
    "conflict comm",
  ],
  [
    "I'll admit to some scepticism when the new security lead arrived, but she's won everyone over.",
    "",
  ],
  [
    "The policies themselves are fine. The enforcement, on the other hand, can be heavy-handed, and there is very little room for discussion.",
    "power comm",
  ],
  [
    "There is a lingering resentment from the restructure, when half the IT team were let go and the rest were expected to do twice as much.",
    "feel power",
  ],
  [
    "I do wonder, sometimes, whether the IT team have any idea how much of our work depends on the systems they control.",
    "power",
  ],
  [
    "I had an issue with my expense claims software and IT fixed it in ten minutes. No complaints.",
    "",
  ],
  [
    "Whilst the password rules are tiresome, I would much rather that than explain to a client how their data was stolen.",
    "feel",
  ],
  [
    "We were never told that the old shared drive would be deleted, and a great deal of archived correspondence went with it.",
    "comm blame:sec",
  ],
  [
    "I don't think I've ever been thanked by IT for reporting something. Not that one expects thanks, but it would be nice.",
    "comm",
  ],
  [
    "Most of the time I forget we even have a security team, which I suppose means they're doing their job.",
    "distance",
  ],
  [
    "The tone of the post-incident email was, I thought, unnecessarily accusatory, given that the attack would have fooled most people.",
    "comm blame:emp",
  ],
  ["My colleagues are sensible, security-minded people, and the IT team treat us as such.", ""],
  [
    "I suspect I've been quietly labelled a troublemaker since I queried the data retention policy.",
    "power feel",
  ],
  ["The thing is, nobody tells you anything until you've already done it wrong.", "comm"],
  [
    "There have been occasions when I've been too embarrassed to call the helpdesk for the third time in a day, so I've just muddled through.",
    "feel distance",
  ],
  [
    "The actuaries have a good rapport with the IT team, I think, partly because they share a kitchen.",
    "",
  ],
  [
    "Whilst I have the utmost respect for the IT team, it's hard to shake the sense that one is always being watched, and I think that colours everything.",
    "feel power",
  ],
  [
    "When a breach happens, the instinct in this firm is to look for someone junior to pin it on, and it's usually an admin.",
    "blame:emp power",
  ],
  [
    "I've had nothing but courtesy from the IT department, though I'd be hard pressed to name more than one of them.",
    "distance",
  ],
  ["Cheerful, efficient, approachable. I really couldn't ask for more.", ""],
  [
    "One of the IT staff told me, quite openly, that most security incidents here are caused by 'people who should know better'. I assume he meant the partners.",
    "blame:emp",
  ],
  [
    "I think it's reasonable to say we are entirely reliant on one person for IT, and if he were to leave tomorrow we would be in real difficulty.",
    "power",
  ],
  [
    "I was upset to be told I couldn't take my work laptop to visit my mother abroad, though I understood once they'd explained the insurance implications.",
    "feel",
  ],
  ["It isn't that we clash. We simply never see them.", "distance"],
  [
    "Whilst the new protocols are undoubtedly more secure, they've added an hour to every client onboarding, and the partners are now asking us to skip steps.",
    "conflict",
  ],
  [
    "The data team and IT have a standing joke that they're the only two departments that understand each other.",
    "",
  ],
  [
    "I find the annual declaration that I have 'read and understood' the IT policies slightly dishonest, since nobody reads them and nobody checks.",
    "distance",
  ],
  [
    "Perhaps unfairly, I associate IT with bad news: lockouts, warnings, mandatory training.",
    "comm",
  ],
  [
    "They were brilliant when our office flooded. Everything was back up and running within two days.",
    "",
  ],
  [
    "It is somewhat dispiriting to discover that one's request for a second monitor has been 'under review' since March.",
    "feel conflict",
  ],
  [
    "Speaking candidly, I have sometimes pretended not to see the security reminders pop up, because dealing with them at that moment would derail my work.",
    "conflict distance",
  ],
  [
    "They were right and I was wrong about the suspicious payment request, and I've told them so.",
    "blame:self",
  ],
  [
    "It would be an overstatement to call the IT team unhelpful, but it would also be an overstatement to call them helpful.",
    "blame:sec",
  ],
  [
    "There was a time when the tax team and IT barely spoke, but the new document system forced us to work together and it's been rather good for us.",
    "",
  ],
  [
    "I'm worried that if I admit I don't understand the new encryption tool, I'll be sent on yet another course.",
    "feel power",
  ],
  [
    "I shouldn't really say this, but I've shared my login with my assistant for years. Everyone does.",
    "conflict blame:self",
  ],
  [
    "Every conversation about security seems to end with the same phrase: 'it's for your own protection'. It's starting to sound rather sinister.",
    "comm power",
  ],
  [
    "I suspect the security team know perfectly well that the new portal is unpopular, and have decided not to ask.",
    "power comm",
  ],
  [
    "The team have always taken the time to explain things to me, even when I've asked the same question twice.",
    "",
  ],
  [
    "To be fair, I would probably do the same in their shoes, but the blanket ban on memory sticks has made working with older clients very difficult.",
    "conflict",
  ],
  [
    "The partners see IT as something they pay for, like stationery, and tend to speak to the team accordingly.",
    "power comm",
  ],
  ["I'm sure there's a security team. I've never met them.", "distance"],
  [
    "It's the small things: being told 'you should have known' about a policy I'd never seen.",
    "comm blame:emp",
  ],
  [
    "The IT team's newsletter is short, funny and actually read, which I believe is a first for any internal communication here.",
    "",
  ],
  [
    "In all honesty, I think our team is the problem. We ignore the warnings and then complain when something goes wrong.",
    "blame:emp",
  ],
  [
    "I'm sorry to say the way our IT provider handled the claims data migration was careless in the extreme.",
    "blame:sec",
  ],
  [
    "Nobody wants to be the one who caused the next breach, so people are understandably nervous about touching anything unfamiliar.",
    "feel",
  ],
  [
    "They used to talk to us in nothing but acronyms. They've made a real effort, and it shows.",
    "",
  ],
  [
    "I've given up suggesting improvements to IT. They're polite, they thank you, and nothing happens.",
    "distance blame:sec",
  ],
  [
    "It is difficult to build a relationship with a department whose only point of contact is a generic email address.",
    "comm distance",
  ],
  [
    "Whilst I'm conscious of sounding ungrateful, the fact remains that the new system was rolled out during the busiest fortnight of the year, against all advice from the business.",
    "conflict power",
  ],
  [
    "In my twenty years at the firm I've found IT to be dependable and, latterly, quite good company.",
    "",
  ],
  [
    "The problem isn't that they are unapproachable. It's that approaching them achieves nothing.",
    "blame:sec",
  ],
  [
    "I once asked a question in the security training and the presenter sighed audibly before answering. I haven't asked one since.",
    "comm distance",
  ],
  [
    "I think people are sometimes reluctant to raise concerns about security because they fear they'll be seen as the cause of the problem.",
    "feel distance",
  ],
  ["I couldn't be happier with the support. Genuinely.", ""],
  [
    "The security manager is very much a law unto himself. Decisions are taken, and one learns of them from the results.",
    "power comm",
  ],
  [
    "The trouble with security at this firm is that the rules were clearly written with head office in mind, and those of us in the regional branches simply have to make do.",
    "conflict distance",
  ],
  [
    "I'd be lying if I said I'd never been annoyed with IT, but I'd also be lying if I said they hadn't always sorted it out in the end.",
    "feel",
  ],
  [
    "The reception team were singled out in the security report for 'poor practice', without anyone having spoken to them first.",
    "blame:emp comm",
  ],
  ["Technically proficient and, I would add, very human about it.", ""],
  [
    "We do argue, I'll not deny it, but it's the sort of arguing that gets things done.",
    "conflict",
  ],
  ["If the IT department have a strategy, they've kept it very much to themselves.", "comm power"],
  [
    "It took me far too long to realise that the 'invoice' was fake, and I've been kicking myself ever since.",
    "blame:self",
  ],
  [
    "Frankly, some of the newer trainees are far more careless with client data than anyone in IT would like, and that is hardly IT's doing.",
    "blame:emp",
  ],
  ["Honestly, I've got no view on it; I just use the systems and they work.", ""],
  [
    "The sheer volume of warnings has had the opposite of the intended effect; people have become numb to them.",
    "comm distance",
  ],
  [
    "Having raised a legitimate concern about the monitoring software, I was treated rather as though I had something to hide.",
    "power",
  ],
  [
    "The IT team were very good about it, but I was thoroughly ashamed of having fallen for such an obvious trick.",
    "feel blame:self",
  ],
  [
    "I am not at all sure that the people writing our security policies have ever spoken to an insurance customer, let alone a broker.",
    "conflict distance",
  ],
  [
    "Our IT lead makes a point of asking how the systems are working for us, and then, remarkably, acts on what we say.",
    "",
  ],
  [
    "On balance I'd describe it as a marriage of convenience: we need them, they need us, and neither side is especially keen to spend time together.",
    "distance",
  ],
];
