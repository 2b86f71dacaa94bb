import type { RawExample } from "./types.js";

/** Helpdesk and MSP engineers, part 2: contact, workload and how clients see them. Written fresh for Rapport (brief BD). */
export const VOICES_BD_2: readonly RawExample[] = [
  ["In person? Maybe once a quarter, when we swap out kit.", "distance"],
  [
    "I'm on site Tuesdays and Thursdays and people save their questions up for me. It's sweet, really.",
    "",
  ],
  [
    "The client's staff think we're a call centre abroad. We're eleven people above a bakery.",
    "distance",
  ],
  ["They're not careless, they're overloaded. Different thing.", ""],
  ["Every ticket is marked urgent. Every single one.", "conflict"],
  ["I genuinely enjoy the people. It's the hardware that hates me.", ""],
  [
    "The CEO refuses MFA on his phone and everyone knows it, so why would anyone else bother?",
    "conflict power",
  ],
  [
    "I have to justify every hour to the client and they still think we're padding the bill.",
    "power feel",
  ],
  [
    "Our regular users know us by first name and ask after the dog. That's the good part of the contract.",
    "",
  ],
  [
    "After the breach the client's lawyer sent us a letter before anyone had even asked what happened.",
    "power blame:sec",
  ],
  [
    "Nobody ever asks me how to do something properly. They ask me to fix it after they've done it wrong.",
    "comm blame:emp",
  ],
  ["i reckon they see me as furniture. useful furniture, but furniture.", "power distance"],
  [
    "We walk the floor once a week and ask what's annoying people. Half our best fixes come from that.",
    "",
  ],
  [
    "The staff aren't the weak spot. The weak spot is a twelve-year-old server in a cupboard nobody will pay to replace.",
    "",
  ],
  [
    "I'm ashamed to say I've let the documentation slide. If I got hit by a bus they'd be stuck.",
    "blame:self feel",
  ],
  [
    "They think asking me something is a bother, so they don't. I'd rather they bothered me.",
    "distance",
  ],
  [
    "The hard bit is switching from explaining phishing to a 70-year-old partner to rebuilding a switch, all before lunch.",
    "",
  ],
  [
    "If I lock something down I'm paranoid, if I don't and it goes wrong I'm negligent.",
    "conflict power",
  ],
  ["Management's support is mostly verbal. Nice words, no budget.", "power"],
  [
    "They send me photos of their screens taken on their phones, sideways, blurry. I've made peace with it.",
    "",
  ],
  [
    "Our client's office manager cc's the managing director on every ticket, like she's building a case.",
    "power conflict",
  ],
  [
    "The designers are the worst for installing random plugins and then acting shocked.",
    "blame:emp",
  ],
  ["Most people here are careful. One or two aren't, and they know who they are.", "blame:emp"],
  ["There's no 'after an incident'. There's just the next incident.", "feel"],
  [
    "I used to get shouted at a lot. Since we introduced the status page the calls are much calmer.",
    "",
  ],
  [
    "They assume I understand their job. I don't. I've never been inside a dental practice management system and nobody explains it.",
    "comm conflict",
  ],
  ["Honestly I get more respect from the cleaners than from the partners.", "power"],
  ["I'm proud that no one here has been fired over a click. Mistakes get fixed, not punished.", ""],
  [
    "We've a WhatsApp group with the client's office and it works better than any ticketing system.",
    "",
  ],
  ["My emails are too long. I know. Nobody gets past the second paragraph.", "comm blame:self"],
  ["They treat the helpdesk like a wishing well.", "power"],
  [
    "Once they realised I wasn't judging them for asking 'stupid' questions, they started asking. Big change.",
    "",
  ],
  [
    "It's the same three people, every week, with the same problem, and they never read my instructions.",
    "blame:emp comm",
  ],
  [
    "I am very tired of being told that the previous IT guy 'never made us do this'.",
    "conflict feel",
  ],
  [
    "We did a tabletop exercise with the directors and they actually took it seriously. Pleasantly surprised.",
    "",
  ],
  [
    "Our engineers rotate between clients so no one builds a relationship. The clients hate it and so do we.",
    "distance feel",
  ],
  [
    "They're worried they'll get in trouble, so they ring me on my mobile instead of logging it.",
    "feel",
  ],
  ["My boss is solid. When a client was rude to me on the phone he rang them back himself.", ""],
  ["Staff are kind, management is cheap, the kit is ancient. Two out of three ain't bad.", ""],
  [
    "They've stopped telling me when they share passwords, which doesn't mean they've stopped sharing them.",
    "distance blame:emp",
  ],
  [
    "I try to explain what a risk actually means for their day, not just say 'because security'.",
    "",
  ],
  ["They seem to think I enjoy saying no. I don't. I'd love to say yes more.", "conflict feel"],
  ["No one upstairs has ever asked me what keeps me up at night.", "distance power"],
  [
    "Users here are brilliant at reporting. Occasionally too brilliant; I've had the office plant reported as suspicious.",
    "",
  ],
  [
    "Not every incident is user error, but in my experience most start with someone not reading the screen.",
    "blame:emp",
  ],
  [
    "We got breached through a supplier and the owner still blamed me for not 'seeing it coming'.",
    "blame:sec power",
  ],
  ["I'm the one IT person for a law firm of thirty. They're demanding, but they're fair.", ""],
  [
    "Every conversation with the board ends with 'can't you just buy something that does it?'",
    "conflict",
  ],
  ["It annoys me when they call me 'the IT kid'. I'm 34.", "feel power"],
  ["The accounts team send me a thank-you email every time. Small thing, means a lot.", ""],
  [
    "Half my job is detective work because nobody writes down what they did before it broke.",
    "blame:emp",
  ],
  [
    "We send them a monthly report they don't open. Then they ask what we actually do for the money.",
    "comm distance",
  ],
  [
    "I wish I got out from behind my desk more. I'm as guilty of hiding as anyone.",
    "distance blame:self",
  ],
  [
    "I love the job, honestly. Fixing things for people who are grateful is a good way to spend a day.",
    "",
  ],
  ["The partners think security is a product you buy once.", "conflict"],
  [
    "They're polite to my face and then moan about IT in the group chat. I'm in the group chat.",
    "conflict",
  ],
  [
    "I can't remember the last time I had a proper conversation with the managing director. It's all email.",
    "comm distance",
  ],
  [
    "They see IT as the department of 'no'. I'm trying to be the department of 'yes, but safely'.",
    "conflict",
  ],
  [
    "The worst part is the guilt when something goes wrong on my watch, even when it wasn't preventable.",
    "feel blame:self",
  ],
  ["New joiners are great. It's the lifers who fight every change.", "conflict"],
  ["I don't get involved in their day-to-day at all. I see alerts, not people.", "distance"],
  [
    "After an incident we buy the office pizza and go through what happened. People actually show up.",
    "",
  ],
  [
    "The client's finance lead talks to our engineers like they're something on her shoe.",
    "power feel",
  ],
  ["lol half of them think 'the cloud' is a place I drive to every morning", "distance"],
  ["I'm never in the loop. I find out about office moves from the removal van.", "comm distance"],
  [
    "They're more security-aware than people give them credit for. They spotted the fake courier email before our filter did.",
    "",
  ],
  ["I'm expected to be available 24/7 but I'm paid for 9 to 5.", "power"],
  [
    "When I explain why something's blocked, most people accept it. It's the not explaining that causes trouble.",
    "",
  ],
  ["Communication is mostly me chasing them for replies to tickets they opened.", "comm distance"],
  [
    "The boss overrode my advice on backups and then asked why we'd lost a week of files. Fun day.",
    "power conflict",
  ],
  [
    "I get the sense they feel a bit stupid around me, and I hate that. I never want anyone to feel like that.",
    "feel",
  ],
  ["The team here are patient with me. More patient than I deserve some weeks.", ""],
  [
    "Staff get defensive the second I ask what happened. Like I'm interrogating them.",
    "feel power",
  ],
  ["Remote monitoring means I know more about their laptops than about them.", "distance"],
  [
    "Frankly, I'm not sure management would notice if I left for a month, until payroll broke.",
    "distance feel",
  ],
  [
    "I've had people burst into tears because they thought they'd caused a breach. Nobody should feel like that over an email.",
    "feel",
  ],
  ["Honestly the hardest part isn't the users, it's the vendors.", ""],
  ["They don't listen. They hear 'update' and switch off.", "blame:emp comm"],
  ["The MD reads my monthly summary and asks one good question every time. That's all I want.", ""],
  [
    "We had a client tell us they'd 'rather not have a relationship, just keep the lights on'. Fine.",
    "distance",
  ],
  ["I'm slower than I should be at getting back to people. Too many plates.", "blame:self"],
  [
    "It's a family business and I'm treated like family. Mostly the annoying nephew, but family.",
    "",
  ],
  [
    "I've been told to 'stop making people feel bad' after a phishing test. I wasn't trying to.",
    "conflict feel",
  ],
  [
    "They hate the new laptop policy and they've told me so, loudly, at the Christmas party.",
    "conflict",
  ],
  ["Staff here tell me when they've messed up, which is the best thing any user can do.", ""],
  ["Honestly? They'd sell their password for a biscuit.", "blame:emp"],
  [
    "Our contract says four hours response. The client's staff think four hours means four minutes.",
    "conflict",
  ],
  [
    "When my manager is in a meeting with a client he always credits the engineer who did the work. Good man.",
    "",
  ],
  [
    "A lot of the time they're embarrassed to ring, so they wait till it's really bad.",
    "feel distance",
  ],
  ["Management here sees security as my hobby.", "power distance"],
  [
    "They're quick to escalate to the owner if I don't drop everything. Feels like being reported to the headmaster.",
    "power conflict",
  ],
  ["We never meet the people, just the person who signs the contract.", "distance"],
  [
    "The incident review was fair. We all made mistakes, including me, and that's what went in the report.",
    "",
  ],
  ["I'm the only one who cares whether the backups work, apparently.", "distance feel"],
  ["People are nice but they expect me to guess what 'the thing isn't working' means.", "comm"],
  ["I've had the same client contact for seven years and we trust each other completely.", ""],
  ["Did I mention the owner uses 'password1'? Because he does.", "blame:emp"],
  [
    "Management stood up for me when a client tried to blame our engineer for their own mistake.",
    "",
  ],
  ["The staff are terrified of the word 'audit' and I get lumped in with it.", "feel power"],
  ["Hard part: being competent enough that nobody notices you exist.", "distance"],
  ["I'll admit I roll my eyes at some tickets. Not proud of it.", "blame:self"],
  [
    "Most of our users are happy. The survey scores are high and the complaints are about the coffee machine.",
    "",
  ],
  [
    "They see our engineers as interchangeable. We're names on an email signature.",
    "distance power",
  ],
  [
    "I'd say we get on, mostly. There's a bit of tension when I have to enforce something, which is natural.",
    "",
  ],
  [
    "I talk to the building's security guard more than to the staff I actually support.",
    "distance",
  ],
  [
    "Some people still think turning it off and on again is an insult. It's a diagnosis.",
    "conflict",
  ],
  [
    "The directors never attend the awareness sessions, then wonder why nobody else takes them seriously.",
    "conflict distance",
  ],
  [
    "I'm worried, honestly. We're one bad click away from losing everything and nobody seems bothered.",
    "feel",
  ],
  ["They treat my advice like a suggestion box. Nice to have, easy to ignore.", "power distance"],
  ["I'm quite proud of how quickly our team owned up when we got it wrong last month.", ""],
  ["My emails start with 'Hi all' and end unread.", "comm distance"],
  [
    "The warehouse team are the best. They don't care about technology and they tell me straight when it's rubbish.",
    "",
  ],
  ["Always feels like they're waiting for me to fail.", "feel power"],
  [
    "The firm's founder says 'that's above my pay grade' about anything technical. He owns the company.",
    "distance",
  ],
  ["I think they find me a bit intimidating. I'm working on it.", "feel"],
  ["Incidents here get swept under the rug. Nobody wants the board to know.", "distance"],
  ["Face to face every morning, because my desk is next to the kettle.", ""],
  [
    "The consultants from head office visit once a year and tell me everything I've done is wrong.",
    "power blame:sec",
  ],
  ["Genuinely good bunch. A few need a nudge now and then, but who doesn't.", ""],
  [
    "Users who've been bitten once are my most careful users. Experience teaches better than I do.",
    "",
  ],
  [
    "I'd describe them as optimistic. Very optimistic about what a seven-year-old laptop can do.",
    "",
  ],
  ["I don't complain to management anymore. I just fix what I can and hope.", "distance feel"],
];
