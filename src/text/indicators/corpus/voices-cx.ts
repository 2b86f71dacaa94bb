import type { RawExample } from "./types.js";
import { VOICES_CX_2 } from "./voices-cx-2.js";
import { VOICES_CX_3 } from "./voices-cx-3.js";
import { VOICES_CX_4 } from "./voices-cx-4.js";
import { VOICES_CX_5 } from "./voices-cx-5.js";
import { VOICES_CX_6 } from "./voices-cx-6.js";

/** Staff of law firms, accountancies, insurers, estate agents and architects, careful formal register with hedges and contrasts. Written fresh for Rapport (brief CX). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Whilst I appreciate that the IT team have a great deal on their plate, it does seem as though we only ever hear from them when a partner has done something wrong.",
    "comm",
  ],
  [
    "To be fair to our support desk, they resolved the document management issue within the hour and explained what had happened in plain English.",
    "",
  ],
  [
    "On balance I would describe relations with the security function as cordial, although I confess I could not tell you the name of a single person in it.",
    "distance",
  ],
  [
    "I am conscious that this may sound ungracious, but the new matter-opening controls have added a full day to onboarding clients, and fee earners are, understandably, finding ways round them.",
    "conflict",
  ],
  [
    "The compliance training was thorough and, if anything, rather more engaging than I had anticipated.",
    "",
  ],
  [
    "With respect, being told by a twenty-five-year-old contractor that I 'clearly don't understand risk', after thirty years in professional indemnity, was not a high point of my week.",
    "comm feel",
  ],
  [
    "I would not say we avoid the IT people, exactly; it is more that one learns to solve things oneself rather than wait a week for a reply.",
    "distance conflict",
  ],
  [
    "They are perfectly pleasant. That said, every request disappears into a portal and one never speaks to an actual human being.",
    "comm distance",
  ],
  [
    "I must admit the phishing test caught me out entirely, and that was my own carelessness rather than anyone else's.",
    "blame:self",
  ],
  [
    "Our conveyancers are not careless; they are under enormous time pressure, and a security system that assumes otherwise is poorly designed.",
    "blame:sec",
  ],
  [
    "It is probably unfair of me, but I do find the security team rather aloof, as though the rest of us were a risk to be managed rather than colleagues.",
    "power distance",
  ],
  [
    "We used to have frequent disagreements about the USB policy, but since the practice manager sat down with them last spring the matter has been entirely settled.",
    "",
  ],
  [
    "I appreciate the need for multi-factor authentication; I simply wish it had been explained to us before it was switched on rather than after.",
    "comm",
  ],
  [
    "Nobody in the underwriting team has ever been lectured by IT, so far as I am aware. They are, if anything, overly deferential.",
    "",
  ],
  [
    "I confess to a certain anxiety whenever the email arrives announcing another 'mandatory security refresher', largely because the last one left me looking rather foolish in front of my team.",
    "feel",
  ],
  [
    "In fairness, the helpdesk is responsive. The difficulty lies with the information security officer, who issues edicts from on high and does not appear to consult anyone.",
    "power comm",
  ],
  [
    "Access to the client files was withdrawn without notice while I was on leave, and I returned to discover I could not bill a single hour until IT saw fit to restore it.",
    "power comm conflict",
  ],
  [
    "I have no complaints whatsoever. The team in our Leeds office are approachable and know the fee earners by name.",
    "",
  ],
  [
    "The messages from the security team are, I am sure, accurate, but they are written in a dialect of acronyms that I do not pretend to follow.",
    "comm",
  ],
  [
    "If I am honest, I tend not to report the odd suspicious email, partly because I would not know whom to send it to.",
    "distance",
  ],
  [
    "It would be unkind to call them incompetent, yet the migration did lose three weeks of correspondence and nobody has offered an explanation.",
    "blame:sec comm",
  ],
  [
    "My frustration is not with the individuals, who are courteous, but with the fact that a simple software request requires four approvals and a business case.",
    "feel conflict",
  ],
  [
    "Our architects are creative people and, to be candid, some of them treat password rules as a suggestion. I can see why IT despair.",
    "blame:emp conflict",
  ],
  ["Relations are good. We meet the IT manager every quarter and he genuinely listens.", ""],
  [
    "Whilst I would not go so far as to say we are treated like suspects, the monitoring of our browsing did come as something of a surprise, and not a pleasant one.",
    "feel comm",
  ],
  ["Frankly I have no idea who looks after security here. I assume someone does.", "distance"],
  [
    "I was embarrassed to have to ask the same question about the VPN three times, though I should stress that the engineer was patient throughout.",
    "feel",
  ],
  [
    "Perhaps it is a generational thing, but I find it difficult to raise concerns with the IT department, who seem to regard questions as an imposition.",
    "comm power",
  ],
  [
    "The security awareness sessions are now run in person by someone from the team, which is a considerable improvement on the slideshows we used to be sent.",
    "",
  ],
  [
    "I don't think it's fair to say staff are the weakest link here; the weakest link is a twenty-year-old case management system that IT refuse to replace.",
    "blame:sec",
  ],
  [
    "On balance, the people are fine; the process is what grates. Every exception request is like applying for planning permission.",
    "conflict feel",
  ],
  [
    "I did click on the link, and I reported it immediately. I don't think anyone was at fault beyond me.",
    "blame:self",
  ],
  [
    "I do not recall having ever been contacted by IT other than to be told that I had failed a test.",
    "comm",
  ],
  [
    "They were extremely kind when I lost my laptop on the train. I had expected a telling-off and received a cup of tea instead.",
    "",
  ],
  [
    "It is a small practice, so the 'IT department' is one contractor who visits on Thursdays. He is perfectly competent, but one does rather have to fit one's emergencies around his diary.",
    "conflict",
  ],
  [
    "I should say that the partners tend to treat our IT manager as a sort of glorified butler, which I find rather uncomfortable to watch.",
    "power feel",
  ],
  [
    "Our head of security is, to put it diplomatically, not a natural communicator, and the resulting policies are frequently misunderstood by the very people who must follow them.",
    "comm conflict",
  ],
  [
    "There is, I think, a perception among the brokers that IT exists chiefly to say no. I am not sure it is entirely unjustified.",
    "conflict",
  ],
  ["Nothing to add. The service has been reliable.", ""],
  [
    "I would be lying if I said I didn't dread the annual review of our permissions. One always senses that one is slightly under suspicion.",
    "feel power",
  ],
  [
    "Admittedly I haven't met any of them, but their guidance notes are clear and I've never needed more than that.",
    "distance",
  ],
  ["I don't avoid them at all. If anything I'm in their office more than is strictly healthy.", ""],
  [
    "Whilst the team's intentions are good, the emails they send are so frequent and so alarming in tone that most of us have simply stopped reading them.",
    "comm distance",
  ],
  [
    "To be entirely fair, some of our surveyors would share their passwords with a stranger if asked politely.",
    "blame:emp",
  ],
  [
    "It rather irritates me that the firm spends a fortune on security consultants who have never once spoken to anyone below partner level.",
    "feel distance",
  ],
  [
    "Our data protection lead has been a revelation. She explains the why, not just the what, and people respond accordingly.",
    "",
  ],
  [
    "I can't fault the helpdesk staff personally, but being reminded for the fifth time to lock my screen puts me in mind of a child being told to wash his hands.",
    "power comm",
  ],
  [
    "It is not so much a disagreement as a standing misunderstanding: they think we are reckless, and we think they are obstructive.",
    "conflict blame:emp blame:sec",
  ],
  [
    "I have sometimes wondered whether the new controls were designed by anyone who has actually handled a claim.",
    "blame:sec",
  ],
  [
    "Everything I need from IT I can get from the intranet, and I've had no reason to look further.",
    "",
  ],
  [
    "Whilst I recognise that I ought to have checked the sender, I do think the security team might have warned us that this particular scam was circulating.",
    "blame:self blame:sec",
  ],
  ["The relationship is, on the whole, professional and courteous, albeit somewhat formal.", ""],
  [
    "I was told the encryption requirement was 'non-negotiable' and that was the end of the conversation. No reasons given.",
    "comm power",
  ],
  [
    "Honestly? I keep my head down. If something breaks, I ring my nephew rather than the helpdesk.",
    "distance",
  ],
  [
    "I hesitate to say it, but I do sometimes suspect that the security team regard the rest of the firm as a nuisance.",
    "power blame:emp",
  ],
  [
    "There was a period when we clashed frequently over remote access, I won't deny it, but those days are well behind us.",
    "",
  ],
  [
    "I am not remotely technical and I suspect I try their patience, but they have never once made me look stupid.",
    "",
  ],
  [
    "The difficulty is that security decisions are taken in a committee none of us has ever seen, and then simply appear in our inboxes as a fait accompli.",
    "power comm",
  ],
  [
    "I'm afraid I was rather short with the engineer when my files went missing, which I regret; he was only doing his job.",
    "conflict blame:self",
  ],
  [
    "Our IT people are excellent in a crisis and largely invisible otherwise, which suits everyone.",
    "distance",
  ],
  [
    "If the firm wished us to take security seriously, it might begin by not sending us forty-page policies with no summary.",
    "comm",
  ],
  [
    "I would describe myself as mildly apprehensive about the new clean-desk audits, though I accept the reasoning behind them.",
    "feel",
  ],
  [
    "No, I don't think anyone here is talked down to. Our IT lead is very good at pitching things at the right level.",
    "",
  ],
  [
    "The team did resolve my issue. Eventually. After I had escalated it to the managing partner, which seems an odd way to have to operate.",
    "conflict",
  ],
  [
    "One does get the impression that, as far as IT are concerned, the receptionists are one click away from bringing down the firm.",
    "blame:emp",
  ],
  [
    "It is rather disheartening to spend an afternoon preparing a tender only to find the file-sharing site has been blocked overnight without warning.",
    "feel conflict comm",
  ],
  [
    "The move to the new practice management system was handled beautifully, and I say that as someone who generally dislikes change.",
    "",
  ],
  ["I suppose I ought to know who our security officer is. I don't, I'm afraid.", "distance"],
  [
    "I appreciate they are stretched, I really do, but four days to reset a password is not a service.",
    "conflict blame:sec",
  ],
  [
    "In fairness, when I asked for an explanation of the new retention policy, I received a very clear one, though I did have to ask.",
    "comm",
  ],
  [
    "We are a firm of eleven people. There is no IT department; there is a man called Graham, and Graham is wonderful.",
    "",
  ],
  [
    "Whilst I wouldn't call it fear, there is a certain nervousness about admitting mistakes to the security team, given how the last incident was handled.",
    "feel",
  ],
  [
    "Being asked to justify, in writing, why I need access to a client's file that I have worked on for six years strikes me as faintly absurd.",
    "power conflict",
  ],
  [
    "I don't hold IT responsible for the outage; the supplier was at fault and they kept us informed throughout.",
    "",
  ],
  [
    "It's not that they're rude. It's that they reply to a plain question with a paragraph of jargon and a link to a knowledge base article.",
    "comm",
  ],
  [
    "I have never had the impression that the security people were on our side, if that makes sense. They come across more like an external auditor than colleagues.",
    "power distance",
  ],
  [
    "The honest answer is that I stopped raising tickets about the scanner because nothing ever happened, so now I just use my phone.",
    "conflict distance",
  ],
  [
    "Our security manager walked the floor last week and introduced himself to everyone. It was a small thing but much appreciated.",
    "",
  ],
  [
    "With the greatest respect to our colleagues in IT, it is we who generate the fees that pay their salaries, and it would be nice if that were occasionally remembered.",
    "power",
  ],
  [
    "I daresay I'm the reason the spam filter rules were tightened, after last month's episode. Mea culpa.",
    "blame:self",
  ],
  [
    "The password policy is, I am told, 'best practice'. Nobody has been able to tell me whose practice, or why it requires changing every thirty days.",
    "comm",
  ],
  [
    "Much as I like the individuals, I find the department as a whole opaque: decisions emerge, but one never knows how or by whom.",
    "power comm",
  ],
  [
    "I was rather dreading the meeting with IT about my mistake, but they were gracious about it, which I hadn't expected.",
    "feel blame:self",
  ],
  [
    "It's a partnership in the truest sense; IT are treated as partners in all but name. Refreshing, frankly.",
    "",
  ],
];

export const VOICES_CX: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CX_2,
  ...VOICES_CX_3,
  ...VOICES_CX_4,
  ...VOICES_CX_5,
  ...VOICES_CX_6,
];
