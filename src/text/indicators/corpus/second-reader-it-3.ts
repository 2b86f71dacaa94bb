import type { RawExample } from "./types.js";

export const SECOND_READER_IT_3: readonly RawExample[] = [
  ["Most people here are decent about reporting stuff, they just email me or walk over.", ""],
  ["Honestly I dread Monday mornings, the queue is a wall of angry tickets.", "feel conflict"],
  [
    "The outsourced SOC sends alerts in pure gibberish and I have to translate it for the boss.",
    "comm blame:sec",
  ],
  [
    "I'll admit my emails are too technical, I forget not everyone knows what a VPN is.",
    "comm blame:self",
  ],
  ["New software requests come to me with a short form, I check it, we decide together.", ""],
  [
    "Our security policy was written by head office lawyers and honestly nobody including me understands it.",
    "comm blame:sec",
  ],
  [
    "The warehouse lads share one login for everything and laugh when I bring it up.",
    "blame:emp conflict",
  ],
  [
    "I send a quarterly update on what's changed and why. People actually reply with questions, which is nice.",
    "",
  ],
  [
    "A manager once asked me to read his team's emails. I explained why I couldn't and he took it well.",
    "",
  ],
  [
    "The security vendor's dashboard flags everything red and the boss panics and rings me at home.",
    "feel blame:sec",
  ],
  ["Decisions on IT spending get made within a week, usually in a five-minute chat.", ""],
  [
    "I try to explain without jargon, draw diagrams on the whiteboard. Most people seem to get it.",
    "",
  ],
  [
    "Our password rules are ridiculous, 16 chars changed monthly, no wonder they write them on post-its. head office insists.",
    "conflict blame:sec",
  ],
  ["Ops manager sends me tickets in all caps. Every one.", "comm"],
  ["Reception put the wifi password on a sign in the window. lovely.", "blame:emp"],
  ["HR loop me in on leavers the same day. Works like clockwork.", ""],
  ["i'm not great with people tbh. fixing things is easier than talking", "blame:self distance"],
  [
    "Users reuse the same password everywhere and then act like IT let them down when their account gets taken.",
    "blame:emp conflict",
  ],
  [
    "Partners can be demanding but they're fair, and they've never had a go at me in front of clients.",
    "",
  ],
  ["Some days I feel invisible, other days I'm the villain.", "feel distance"],
  [
    "I'd rather fix it myself quietly than have another conversation about why the rule exists.",
    "distance conflict",
  ],
  ["staff treat MFA prompts like spam, just approve whatever pops up", "blame:emp"],
  [
    "The managed security people change firewall rules without telling me and then I get the angry calls.",
    "comm conflict blame:sec",
  ],
  ["honestly it's a good place to work, the IT side is respected", ""],
  ["Our old security team was a bunch of cowboys, and the reputation stuck to me.", "blame:sec"],
  [
    "I'm the IT department, the facilities department and when she's off, the receptionist. Nobody asked if I minded.",
    "power feel",
  ],
  [
    "The owner's son has admin on everything and nobody can tell him no, least of all me.",
    "power blame:emp",
  ],
  ["Management backs me in public and undermines me in private.", "power conflict"],
  [
    "My line manager is the finance director and doesn't understand a word I say, so nothing gets approved.",
    "comm power",
  ],
  ["The helpdesk queue is where good intentions go to die", "blame:sec"],
  [
    "The MSP's engineers are polite enough but they never explain anything to our staff, just remote in and leave.",
    "comm distance blame:sec",
  ],
  [
    "The partners just want IT to be cheap and invisible, they don't want to hear about it.",
    "power distance",
  ],
  ["The dev team think security reviews are me being precious.", "conflict"],
  [
    "I tend to just fix things when no one's around rather than explain them. Probably not healthy.",
    "distance blame:self",
  ],
  ["Requests come in through the form and people wait their turn, nobody pulls rank.", ""],
  [
    "Yeah, I've snapped at people who were just asking a normal question. Bad days.",
    "blame:self conflict",
  ],
  ["Hard to build a relationship when you're 3 sites and one of me.", "distance"],
  ["Our IT decisions are made on evidence. The loudest voice doesn't win.", ""],
  ["Our security dashboards are useless. Thousands of alerts, nothing actionable.", "blame:sec"],
  ["There's a proper on-call rota with the MSP so I get my weekends back.", ""],
  ["Good rapport overall, we joke around a lot.", ""],
  ["Users never read error messages. They just click OK until it goes away.", "blame:emp"],
  [
    "I'm on the social committee, bizarrely. It's helped people see me as a person and not a helpdesk.",
    "",
  ],
  [
    "They say it's 'only a test' about the phishing sim and get defensive when they fail.",
    "conflict blame:emp",
  ],
  [
    "When I get it wrong, they tell me, and when they get it wrong, they tell me. That's how it should be.",
    "",
  ],
  ["I don't trust the staff with anything more than basic user rights. Would you?", "blame:emp"],
  ["Clear escalation path, decent budget, supportive director. Genuinely a good setup.", ""],
  ["When I had a family emergency, the boss told me to switch my phone off and not worry.", ""],
  ["People feel they can ask me anything, and I like that.", ""],
  [
    "My relationship with staff is fine. My relationship with the budget holder is not.",
    "conflict",
  ],
  ["On the helpdesk you only hear from people on their worst day, never on a good one.", "comm"],
  ["Good callers outnumber bad ones by miles. The bad ones stick in your head though.", ""],
  ["When I take time to explain what went wrong, people really appreciate it.", ""],
  [
    "We don't do face-to-face, it's tickets and remote sessions, and I think that's why people see us as faceless.",
    "comm distance",
  ],
  [
    "Whole departments skip the security training and their managers sign it off anyway.",
    "blame:emp distance",
  ],
  ["Our escalation process is a black hole. I wouldn't trust it either.", "blame:sec"],
  ["I don't really talk to anyone outside IT. Don't see the need.", "distance"],
  ["Jargon is our comfort zone. Users get lost after the first sentence.", "comm blame:sec"],
  [
    "Lots of workarounds I'm not supposed to know about. Personal hotspots, personal laptops, you name it.",
    "conflict",
  ],
  ["The receptionist is my eyes and ears. She tells me everything.", ""],
  ["I try to follow up every ticket with a quick call. People like hearing a voice.", ""],
  [
    "Nobody's ever explained to staff why we have the rules we have. That's our failure.",
    "comm blame:sec",
  ],
  ["If someone's nervous I slow right down and talk them through it step by step.", ""],
  [
    "They don't trust me with bad news. They try to fix things first and make it worse.",
    "distance blame:emp",
  ],
  [
    "Being the only woman on the team was odd at first but users treat me exactly like the others now.",
    "",
  ],
  [
    "I regret the way I handled the last phishing test, naming the clickers in front of everyone was cruel.",
    "blame:self",
  ],
  ["i get nervous presenting to the board, so i ramble and they tune out", "feel blame:self comm"],
  ["My boss thinks I should be on call for free because 'it's just a quick look'.", "power"],
  ["I'm tired of being the one who has to say it, over and over.", "feel"],
  [
    "People won't ask for help because they're worried I'll think they're stupid. I wish they would.",
    "feel distance",
  ],
  [
    "I write every all-staff email three times to get the tone right. Still someone takes offence.",
    "feel conflict",
  ],
  ["I've had no training on how to deal with angry people. Just thrown in.", "feel"],
  ["I take a lot of the tension on myself. Probably shouldn't.", "feel"],
  [
    "I'm constantly firefighting, never time to do things properly, and I feel like a fraud.",
    "feel blame:self",
  ],
  ["The MD says 'you're the expert' and then ignores the expert.", "power"],
  [
    "we're a 9 person firm and i do IT on top of my actual job. nobody thanks me, nobody helps",
    "feel distance",
  ],
  ["The partners like me. They just don't listen to me.", "power"],
  ["The MSP we pay charges by the hour so staff are afraid to log anything.", "feel distance"],
  [
    "The shared inbox is a free-for-all, and when I suggest rules people say I'm micromanaging.",
    "conflict",
  ],
  ["We have a good rhythm: they flag, I fix, I explain.", ""],
  ["Operations treat any IT change as an attack on their processes.", "conflict"],
  [
    "We argued about the pentest budget for a while but the partners came round and it's booked.",
    "",
  ],
  ["I lose sleep over the backups. Nobody else even knows we have them.", "feel"],
  [
    "Staff keep asking IT to 'just approve' cloud apps without telling us what they are.",
    "conflict",
  ],
  ["no complaints. small team, decent people, stuff mostly works", ""],
  [
    "People walk past my desk and pretend not to see me so I won't ask about their updates.",
    "distance",
  ],
  ["In my appraisal the boss said IT is the reason the office runs. Nice to hear.", ""],
  ["The owner micromanages every IT purchase down to the mouse mats.", "power"],
  ["Users are grown adults who can't be trusted with a password.", "blame:emp"],
  [
    "Head office security team is basically a rubber stamp. They never check anything.",
    "blame:sec",
  ],
  [
    "They find my security reminders condescending. I reread them; they're right.",
    "comm blame:self",
  ],
  [
    "staff forward every weird email to me which is great but i wish they'd also stop clicking them",
    "blame:emp",
  ],
  ["Workload is manageable, we're properly staffed for a firm our size.", ""],
  ["The MD forwarded my phishing warning to everyone with 'please read this'. Great backing.", ""],
  ["We're expected to be invisible until we're needed, then instant.", "power"],
  ["Whatever I say about security, the MD says 'fine, but not now'.", "power"],
  [
    "Our change notices are written like legal documents. No wonder people skip them.",
    "comm blame:sec",
  ],
  [
    "I don't know half the people's names after two years. Bit shameful really.",
    "distance blame:self",
  ],
  ["Engineers print confidential drawings and leave them on the train. Constantly.", "blame:emp"],
  ["I regret not pushing back when the owner said no to MFA. I just folded.", "blame:self power"],
];
