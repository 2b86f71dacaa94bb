import type { RawExample } from "./types.js";

/** IT and security staff in schools, councils, charities, housing and GP practices on how leadership backs or ignores them. Written fresh for Rapport (brief BE, part 3). */
export const VOICES_BE_3: readonly RawExample[] = [
  ["The head backs me completely. If I say something's a risk, it gets fixed.", ""],
  ["Leadership only care about cyber for the week after someone else gets hit.", "distance"],
  [
    "I've raised the unsupported server at every SLT meeting for two years. Still there. I'm losing the will.",
    "power feel",
  ],
  [
    "Our practice manager is brilliant — she fights for budget and always puts my name on the good news.",
    "",
  ],
  ["The chief exec thinks two-factor is beneath her.", "power"],
  [
    "When I need backing I get 'use your judgement', which means I'm on my own if it goes wrong. That's frightening, frankly.",
    "distance feel",
  ],
  ["The board asked good questions at the last audit. First time ever.", ""],
  ["Leadership exempt themselves from every rule I put in.", "power conflict"],
  [
    "I report to the finance director, who knows nothing about IT and is honest about it. He trusts me. Works fine.",
    "",
  ],
  [
    "I feel invisible to senior management until the wifi goes down in the boardroom.",
    "feel distance comm",
  ],
  ["The trustees approved the security budget without me in the room. Then cut it.", "power"],
  [
    "The governors nod through my report every term without a single question. I'm not sure anyone reads it.",
    "distance",
  ],
  [
    "When a partner refused to use his smartcard, the practice manager backed me. That meant a lot.",
    "",
  ],
  [
    "Management say security is a priority and then ask me to give the new marketing assistant admin rights 'just this once'.",
    "conflict power",
  ],
  [
    "I'm not invited to SLT. Decisions about tech get made and I hear about them afterwards.",
    "power comm",
  ],
  [
    "My manager always asks how the staff are finding the changes before they roll out. Good instinct.",
    "",
  ],
  ["The council leader calls the cyber stuff 'Dave's little hobby'.", "power"],
  ["Honestly the leadership team are great. They listen, they ask, they pay for things.", ""],
  [
    "If a senior person breaks a rule, nothing happens. If a junior admin does, it's a disciplinary.",
    "power",
  ],
  [
    "I'm scared of the day something happens, because I know they'll say I never warned them — and I did, in writing, six times.",
    "feel blame:sec",
  ],
  ["SLT back me in public and undermine me in private.", "power conflict"],
  ["The CEO came to the phishing training herself and sat at the front. Everyone noticed.", ""],
  ["Nobody on the board has ever asked what our backups look like.", "distance"],
  ["Leadership see me as overhead, not as protection.", "power"],
  [
    "The bursar signs off every purchase and questions every single one. It's exhausting.",
    "power feel",
  ],
  ["Our chair of governors used to work in IT and it shows — in a good way.", ""],
  ["I raised the lack of offsite backups and got told to 'stop catastrophising'.", "power comm"],
  ["They back me when it's cheap. They go very quiet when it costs money.", "distance"],
  ["i honestly think the partners forget I exist", "distance"],
  [
    "The head told staff in a briefing that if I say no, it's no. Best thing anyone's done for me here.",
    "",
  ],
  [
    "Every time there's a near miss, leadership want a report from me by end of day. Then nothing changes.",
    "power distance",
  ],
  [
    "They'll spend thousands on a new website and haggle with me over a £200 firewall licence.",
    "conflict",
  ],
  [
    "My director is supportive but doesn't really understand what I'm asking for, so it's a lot of translating.",
    "",
  ],
  ["The practice partners treat cyber as my job and only my job.", "distance"],
  [
    "Leadership backing? We had a board member suggest we stop patching because it 'breaks things'.",
    "conflict",
  ],
  ["I feel properly supported here. That's not something I could say at my last job.", ""],
  ["I've been told my risk register is 'a bit negative'.", "power"],
  [
    "The head shouted at me in front of a class because the projector wouldn't connect. Never apologised.",
    "conflict power",
  ],
  ["Senior managers won't do the training. So why would anyone else?", "distance power"],
  [
    "Our CEO asks me for a five-minute update every fortnight. It keeps me honest and keeps her informed.",
    "",
  ],
  [
    "When I got the budget for new laptops, the chair of trustees came and thanked me personally.",
    "",
  ],
  ["Leadership would rather not know. Genuinely. If I tell them, they have to act.", "distance"],
  ["I feel like I'm shouting into a void with the SMT.", "feel distance"],
  ["The clerk and the chair are both really good about passing on what I say to councillors.", ""],
  [
    "They hired a consultant to tell them what I'd been telling them for a year. Then they listened. Galling.",
    "power feel",
  ],
  ["There's no one on the leadership team I'd go to if I was worried about something.", "distance"],
  ["The head's PA has more say over IT spending than I do.", "power"],
  [
    "I'd say leadership are supportive, within reason. They can't fund everything and I get that.",
    "",
  ],
  [
    "Honestly, I think they'd sack me before they'd admit the system was underfunded.",
    "blame:sec power",
  ],
  [
    "My line manager is a headteacher at another school in the trust and I've met her twice.",
    "distance",
  ],
  ["The deputy head is my champion. Anything I need gets raised properly.", ""],
  ["The board treats security like a box to tick on the annual return.", "distance"],
  [
    "They make promises to the regulator and then expect me to make them true by Monday.",
    "power conflict",
  ],
  ["After we got our certification the CEO put it in the newsletter and named me. Felt good.", ""],
  ["I'm tired of being the only one who cares.", "feel distance"],
  [
    "Management always side with staff over IT, even when the staff are clearly in the wrong.",
    "power conflict",
  ],
  ["Leadership listen now. It took an incident, but they listen.", ""],
  ["I don't have a budget. I have a wish list I email to the bursar once a year.", "power"],
  ["I think the head would back me if push came to shove. I've just never had to test it.", ""],
  ["They never say no to me outright, they just never say yes.", "comm power"],
  [
    "The GP partners pay for whatever I recommend without question, which is almost too much trust.",
    "",
  ],
  [
    "The chief exec forwards me every scary cyber article she reads with 'are we OK?' and nothing else.",
    "comm feel",
  ],
  [
    "We're a tiny charity. The CEO is also the finance director and the HR department. She's on my side, she's just stretched.",
    "",
  ],
  [
    "Leadership ignore me until an auditor asks a question, then I'm suddenly everyone's friend.",
    "comm distance",
  ],
  ["When I escalate something, it just sits in someone's inbox.", "distance"],
  [
    "The head once said in a staff meeting that IT 'always find a reason to say no'. Cheers for that.",
    "blame:sec conflict",
  ],
  ["I'm on the SLT agenda once a term. Short slot, but they take it seriously.", ""],
  ["Without the practice manager's backing I'd have quit years ago.", ""],
  ["The trustees don't want to hear about risk, they want to hear about impact.", "conflict"],
  [
    "Decent leadership on paper. In practice I'm last on the agenda and we always run out of time.",
    "distance",
  ],
  ["Anything I suggest gets 'parked'. The car park must be enormous by now.", "power"],
  [
    "The director of housing asked me to quietly restore her deleted emails and not tell anyone she'd clicked a link.",
    "power",
  ],
  ["Leadership support is solid. No complaints there.", ""],
  ["I hear about new systems when the invoice lands on my desk.", "comm power"],
  [
    "I worry constantly that I'm not doing enough, and nobody above me knows enough to tell me either way.",
    "feel distance",
  ],
  ["I'd love a leader who just asked 'what do you need?' once.", "distance"],
  ["The head's brilliant, he even does the phishing quiz with the kids.", ""],
  ["The council treat the IT role as admin. I'm on the same grade as the receptionist.", "power"],
  ["My boss trusts me completely, which is lovely and slightly terrifying.", ""],
  [
    "The partners overruled me on shared logins at reception because it 'slows things down'. So now we have shared logins.",
    "power conflict",
  ],
  ["When I said no to a new app, the CEO went round me and signed up anyway.", "distance power"],
  [
    "Management have never once blamed me when something's gone wrong. That's rarer than you'd think.",
    "",
  ],
  [
    "They'll listen to a supplier's salesman before they'll listen to me, and it stings every time.",
    "power feel",
  ],
  ["I'm on my own. No backing, no budget, no deputy.", "distance"],
  [
    "The head of a small primary doesn't have time for cyber. I don't blame her. But someone has to.",
    "distance",
  ],
  [
    "Leadership are frightened of cyber, so they either ignore it or panic. Nothing in between.",
    "feel distance",
  ],
  [
    "Our chief exec signs every policy I write without reading it. I know because I tested it once.",
    "distance",
  ],
  [
    "There's a real sense from the governors that IT should just get on with it and not bother them.",
    "distance power",
  ],
  ["I get the budget I ask for, within reason. Can't really complain.", ""],
  [
    "I made one mistake with a mailing list and leadership still bring it up two years later.",
    "blame:sec power",
  ],
  ["Honestly they are pretty good. They ask before buying anything with a plug.", ""],
  [
    "I had to go to the chair of trustees directly because the CEO kept sitting on my report.",
    "power distance",
  ],
  [
    "There's no one senior who understands what I do, so no one who can judge if I'm doing it well.",
    "distance",
  ],
  ["The partners ask my opinion before they sign anything. It wasn't always like that.", ""],
  [
    "They expect me to be an expert in everything from the phones to the alarm system to GDPR, on one salary.",
    "power",
  ],
  ["I get thanked in the annual report every year. Small thing, but it matters.", ""],
  [
    "When I pushed for two-factor, the head said 'staff won't like it' and that was the end of it.",
    "power",
  ],
  ["My head of service is great at shielding me from the politics.", ""],
  [
    "I don't think leadership are bad people. They just have no idea what we're up against and no appetite to find out.",
    "distance",
  ],
  [
    "I get blamed for the cost of IT and the risk of IT. Sometimes in the same meeting.",
    "blame:sec power",
  ],
  ["SMT meetings are the only time I get shouted at in this job.", "conflict power"],
  [
    "The CEO sat with me for an hour to understand the backup setup. I nearly fell off my chair.",
    "",
  ],
  [
    "I bring problems to leadership and they hand them straight back to me as 'actions'.",
    "power distance",
  ],
  ["the board are fine. they dont get it but theyre fine", ""],
  [
    "They asked me to write the incident response plan and then didn't turn up to the tabletop exercise. I was gutted.",
    "distance feel",
  ],
  [
    "Governors want everything on one page with a traffic light. Which is actually a really good discipline.",
    "",
  ],
  [
    "Leadership say 'do what you need to', then question every decision after the fact.",
    "power conflict",
  ],
  [
    "The new head is a breath of fresh air. First thing she did was ask me what keeps me up at night.",
    "",
  ],
  ["Our housing director thinks the cloud is 'someone else's problem'.", "distance"],
  ["I've stopped asking for things. The answer's always 'next year'.", "distance power"],
  [
    "I'm worried the council will outsource the lot and I'll find out from the local paper.",
    "feel power",
  ],
  [
    "Honestly the support from above is good. Where it falls down is middle managers who don't pass things on.",
    "comm",
  ],
  ["The chair of governors asks for my view directly, which I really value.", ""],
  ["Leadership see me as a cost to cut, not a person to consult.", "power"],
  ["It's nice to be asked. It doesn't happen often but when it does it's genuine.", ""],
  ["I report risks upward and the silence is deafening.", "distance comm"],
  [
    "The practice manager backs me, the partners overrule her, and we go round in circles.",
    "conflict power",
  ],
  [
    "I was asked to justify my hours in front of the whole board. Felt like being on trial.",
    "power feel",
  ],
  [
    "They fund the basics and trust me with the rest. That's about as good as it gets in this sector.",
    "",
  ],
  ["The CEO doesn't reply to my emails. The CEO's PA replies, a week later.", "comm distance"],
  ["Leadership are proud of how secure we are, which if I'm honest is partly luck.", ""],
  [
    "I'd like them to ask me before announcing things to staff. I find out in the same email as everyone else.",
    "comm power",
  ],
  ["The school business manager is a star. She's the reason anything gets done.", ""],
  ["My warnings get minuted. That's about all that happens to them.", "distance"],
  [
    "When I was off sick the head rang to see how I was, not when I'd be back. That told me a lot.",
    "",
  ],
];
