import type { RawExample } from "./types.js";

/** Part 2 of batch GM (see voices-gm.ts). */
export const VOICES_GM_2: readonly RawExample[] = [
  [
    "Good: clearly very competent, they stopped a nasty attack on our payroll last year. Bad: they know it, and there's a slightly superior tone whenever you ask anything they consider obvious.",
    "power",
  ],
  ["Can't really comment, I've never dealt with them directly.", "distance"],
  [
    "Cooperative. Whenever we onboard a client with unusual requirements, someone from security joins the call and works through the client's questionnaire with us. That's made a real difference to how fast we can start work.",
    "",
  ],
  [
    "I'm terrified of clicking the wrong thing. One wrong click and it's my name on the incident report that goes to the managing partner.",
    "feel",
  ],
  ["I think they'd describe us as ungrateful, and maybe we are a bit.", "blame:emp blame:self"],
  ["Fine. They do a good job.", ""],
  [
    "Our security 'team' is two contractors who turn up once a quarter. In between you sort things out yourself or ask the office manager, who knows about as much as I do.",
    "distance",
  ],
  [
    "Bad: emails full of phrases like 'endpoint posture non-compliant' and an expectation that we'll know what to do. Good: once you actually get one of them on the phone, they're fine.",
    "comm",
  ],
  [
    "They're hard to get hold of. Their phone line goes to voicemail and the ticket system gives you a reference number and then silence for days.",
    "conflict",
  ],
  [
    "There's a real us-and-them feeling. They sit on a different floor behind a keycard door and in six years I've never been past it.",
    "distance",
  ],
  ["Respectful on both sides, I'd say.", ""],
  [
    "They'd say we're a risk they have to manage. I'd say they're a cost we have to tolerate. Neither is flattering, and neither helps us work together.",
    "conflict blame:emp blame:sec",
  ],
  [
    "I get annoyed, I admit it. Every third email I send to a client gets flagged as 'external sensitive data' and I have to type a justification. I send hundreds a day.",
    "conflict feel",
  ],
  [
    "My own fault really. I ignored the update prompts for three weeks and my laptop got quarantined the morning of a pitch. They were nicer about it than I deserved.",
    "blame:self",
  ],
  [
    "I don't think they understand what we do, and I don't think they want to. They've never sat in on a due diligence exercise, yet they write the rules for how we run data rooms.",
    "conflict blame:sec",
  ],
  [
    "We've got a security champion in our team now, a senior associate who liaises with them. Works well, she turns the technical stuff into normal language and brings our questions back to them.",
    "",
  ],
  [
    "My relationship with security consists entirely of posters in the lift telling me not to let people tailgate, and a screensaver reminding me that 'security is everyone's responsibility'.",
    "comm distance",
  ],
  [
    "A bit parent-child, if I'm honest. They decide what's safe, we're told the outcome and expected to be grateful. I'm trusted with clients' tax affairs but apparently not with a browser extension.",
    "power",
  ],
  [
    "Good. When I got a very convincing fake email from 'the managing partner', they rang me back within minutes, showed me how to spot it and thanked me for flagging it.",
    "",
  ],
  [
    "I worry that if I report something I've done wrong it'll go on a record somewhere and come up at my review. So, honestly, I don't report it.",
    "feel distance",
  ],
  [
    "They're the reason our tender went in late. The client portal was blocked, and nobody in security would approve an exception before five o'clock.",
    "conflict blame:sec",
  ],
  ["Pleasant, helpful, a bit geeky. No complaints from me.", ""],
  [
    "They probably think I'm a nuisance because I ring them a lot, and fair enough, I probably am.",
    "blame:self",
  ],
  [
    "It's all stick and no carrot. You only hear from them when you've failed a phishing test or missed a training deadline.",
    "comm",
  ],
  ["Honestly, I don't give them much thought.", "distance"],
  [
    "Neither good nor bad. I know where to find them if I need them and occasionally I do, usually for something boring like a certificate error. They sort it and we both move on.",
    "",
  ],
  [
    "There's no trust in either direction. They assume we'll leak client data, we assume they'll block whatever we need next. It makes every request a negotiation.",
    "conflict blame:emp",
  ],
  [
    "The tone of the all-staff security emails is patronising. 'Remember: THINK before you click!' with a cartoon padlock. We're chartered accountants, not primary school children.",
    "comm",
  ],
  [
    "They're invisible until suddenly they're not. Then your account is suspended without warning and you're the one who has to explain yourself.",
    "power",
  ],
  [
    "Great, no issues. They fixed an encryption problem on my laptop with about ten minutes to spare before a client meeting and didn't make me feel bad about leaving it late.",
    "",
  ],
  [
    "It's quite one-way. They tell us, we do it. There's no channel for pushing back when something doesn't fit how a litigation team works.",
    "power",
  ],
  [
    "If anything we're the problem, not them. We're sloppy with passwords, and when we're rushed we send client files through personal email.",
    "blame:emp blame:self",
  ],
  [
    "I suspect they'd describe it as 'challenging'. We're fee earners, we hate being slowed down, and we don't hide it.",
    "conflict",
  ],
  [
    "Good relationship. I'm on first-name terms with both of the security guys because we play five-a-side on Thursdays, so I just message them when I'm unsure about something.",
    "",
  ],
  [
    "Disappointing. I raised a genuine concern about a client portal that looked insecure and never heard back. Not even an acknowledgement.",
    "conflict feel",
  ],
  [
    "They use words like 'threat actor' and 'attack surface' at the all-hands, and you can watch half the room tune out.",
    "comm",
  ],
  [
    "I'm always the one asking them for favours. They never need anything from me, so there's no balance to it at all.",
    "power",
  ],
  ["Bad: slow. Good: thorough.", ""],
  [
    "Healthy, I'd say. There's some friendly teasing about them being paranoid and us being reckless, but it's good-natured and we genuinely get on.",
    "",
  ],
  [
    "I dread the quarterly phishing league table. Our team always comes near the bottom and the department head takes it very personally.",
    "feel blame:self",
  ],
  [
    "I've never met anyone from security in person. Everything is a pop-up or an automated email.",
    "comm distance",
  ],
  [
    "Security here is a set of rules handed down from on high. Nobody explains why, and nobody asks us.",
    "comm power",
  ],
  [
    "They're brilliant when it matters. My laptop was stolen on a train and they had it wiped remotely and a replacement waiting for me by nine the next morning.",
    "",
  ],
  [
    "A bit like the police. You're glad they exist, but you really don't want them knocking on your door.",
    "power",
  ],
  [
    "They work around us rather than with us. New controls appear without notice and we find out when something we rely on stops working.",
    "conflict power",
  ],
  [
    "Pretty balanced, I think. They give advice, we follow it, and if something doesn't work for our practice we talk it through and usually land somewhere sensible.",
    "",
  ],
  [
    "'Users are the weakest link' was literally the first slide of my induction security session. Great way to start a relationship.",
    "comm blame:emp",
  ],
  [
    "Mostly fine, but there's one guy who sighs audibly every time you ask a question. It makes you not want to ask.",
    "comm distance",
  ],
  [
    "I think they're overworked and underappreciated. We moan about them at the coffee machine, but every time something has actually gone wrong they've been the ones staying until midnight to fix it.",
    "",
  ],
  ["Non-existent, and I prefer it that way.", "distance"],
  [
    "I fix most things myself now. By the time they got back to me I'd have lost half a day of billable time, so what's the point of waiting.",
    "distance",
  ],
  [
    "They'd describe us as 'high risk'. I know because it was on a slide they showed the board, with our practice group coloured red.",
    "blame:emp",
  ],
  [
    "Good: really clear guides with screenshots, written for people like me rather than for engineers. I set up MFA on my phone and the new VPN without ringing anyone, which is a first.",
    "",
  ],
  [
    "There's a lot of mutual frustration. They're tired of repeating themselves about passwords and we're tired of hearing it, so by now nobody is really listening.",
    "conflict feel",
  ],
  [
    "Our security manager once told a room full of associates that 'most breaches are caused by people like you'. Nobody's forgotten it.",
    "comm blame:emp",
  ],
  [
    "Helpful and approachable. They never make you feel you've wasted their time, even at six on a Friday when they clearly want to go home.",
    "",
  ],
  [
    "Less a relationship than a list of obligations. Do the module, sign the policy, change the password every ninety days.",
    "distance",
  ],
  [
    "I don't mind them personally, they're decent people. But the controls they've imposed, hourly re-authentication, blocked cloud storage, timeouts mid-document, are a constant drag on billable time, and nobody on their side seems to count that cost.",
    "conflict",
  ],
  [
    "I'm a bit of a liability, to be honest. I travel constantly and use hotel wifi far more than I should.",
    "blame:self",
  ],
  [
    "Generally positive. I had one bad day when I was locked out, but they apologised, explained what had gone wrong and made sure it didn't happen again.",
    "",
  ],
];
