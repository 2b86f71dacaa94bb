import type { RawExample } from "./types.js";

/** Security leads and IT managers in small firms on phishing tests, awareness and being sidelined (part 2). Written fresh for Rapport (brief BX). */
export const VOICES_BX_2: readonly RawExample[] = [
  [
    "The phishing simulation made a lot of people angry. I should have warned the managers first.",
    "conflict blame:self",
  ],
  [
    "We stopped naming people who failed the phishing test ages ago. Should have done that from day one.",
    "",
  ],
  [
    "My predecessor sent a 'gotcha' email to the whole company listing who clicked. People still bring it up.",
    "blame:sec power",
  ],
  ["honestly the security industry has trained everyone to think we're scolds", "blame:sec"],
  [
    "Our antivirus vendor's popups are so aggressive people think they're malware. Can't blame them.",
    "blame:sec comm",
  ],
  [
    "I keep a sweet jar on my desk. Sounds daft. People stop by and mention stuff they'd never email about.",
    "",
  ],
  [
    "Staff don't report because the last time someone did, they got a formal warning.",
    "distance power",
  ],
  ["It's a small firm, 40 of us, I know everyone by name. Makes this so much easier.", ""],
  [
    "The annual training is a click-through video. Everyone has it on mute in another tab. I know because I do too.",
    "distance blame:sec",
  ],
  ["We run a Slack channel called #is-this-dodgy and it's the busiest channel we have.", ""],
  [
    "We switched to a five-minute tip in the monthly team huddle. Nobody hates it. That's a win.",
    "",
  ],
  [
    "The MSP makes changes without telling us and then sends an invoice. We're their cash cow.",
    "blame:sec power",
  ],
  [
    "I'd love to say staff come to me but they don't. They go to Dave in accounts because he 'knows computers'.",
    "distance",
  ],
  ["I honestly feel invisible unless something's on fire.", "feel comm"],
  ["They pay me for a day a week and expect a full-time department.", "power"],
  [
    "Stop calling them users, they're colleagues. That one change in my own language helped a lot.",
    "",
  ],
  ["I still catch myself saying 'the users' like they're a problem to be managed.", "blame:self"],
  [
    "people will always take the path of least resistance, which is why you cant trust them with anything",
    "blame:emp",
  ],
  ["The CEO overrides my decisions in front of staff. Undermines everything.", "power"],
  [
    "When the CFO forwarded me the fake invoice instead of paying it, I nearly cried with relief.",
    "",
  ],
  ["The partners have been supportive. Not always fast, but supportive.", ""],
  [
    "People knock on my door with the strangest questions and I wouldn't have it any other way.",
    "",
  ],
  [
    "I'm trying. I run sessions, I write friendly emails, I do drop-ins. It just doesn't land.",
    "feel distance",
  ],
  [
    "My boss thinks cyber is IT's problem and IT is my problem, so he never has to think about it.",
    "distance",
  ],
  [
    "The old IT firm set everyone up as local admin and walked away. We're still cleaning up after them.",
    "blame:sec",
  ],
  [
    "I'm probably too blunt. A couple of people have said I make them feel stupid.",
    "blame:self comm",
  ],
  [
    "The support desk is outsourced and they treat our staff like idiots. Guess who gets the complaints.",
    "blame:sec feel comm",
  ],
  ["The accounts team asked me to do a session just for them. Best request I've had all year.", ""],
  [
    "Went to the sales kickoff to explain why we lock down laptops. Got heckled. Still worth it.",
    "conflict",
  ],
  ["HR loop me in on every starter and leaver now, same day. Sorted a lot.", ""],
  [
    "They keep me out of supplier decisions, then ask me to 'bless' the contract at the last minute.",
    "power",
  ],
  ["My biggest fear is someone sitting on a breach because they're scared of me.", "feel"],
  ["Every new rule I bring in, I try to remove an old one. People notice.", ""],
  ["Removing admin rights was a war. Six months of complaints, two near-resignations.", "conflict"],
  [
    "Security teams, me included, love saying no because it's easier than finding a yes.",
    "blame:sec blame:self",
  ],
  [
    "I send the quarterly report, nobody replies. I genuinely don't know if the board reads it.",
    "comm distance",
  ],
  [
    "the phishing tests are a joke, our provider's templates are so obvious nobody learns anything",
    "blame:sec",
  ],
  ["They only invite me to meetings to tell me what's already been signed.", "power comm"],
  [
    "Some staff are proud to say 'I'm not a computer person', like that gets them off the hook.",
    "blame:emp distance",
  ],
  [
    "I made the mistake of only talking to people when they'd done something wrong. Of course they avoid me.",
    "blame:self comm distance",
  ],
  ["Nowadays I try to send more 'well spotted' messages than warnings.", ""],
  [
    "The partners want security but none of the inconvenience. That's the whole job in one sentence.",
    "conflict",
  ],
  [
    "I got the MD to report a phish on camera for the intranet. People copied him. Real culture shift.",
    "",
  ],
  [
    "There's two of us in IT and we're both seen as the department of no. Fairly, sometimes.",
    "conflict blame:sec",
  ],
  [
    "honestly some of the IT lot are smug and it rubs off on security. I get lumped in with them.",
    "blame:sec feel",
  ],
  ["When I first started I lectured people. I cringe thinking about it.", "blame:self"],
  ["Training goes out as a three-minute video each month. Completion's around 90%.", ""],
  [
    "The HR director and I do a joint session on social engineering. She brings the people stuff, I bring the scary stories. Works well.",
    "",
  ],
  [
    "The previous CISO ran everything by email from another city. Nobody here ever met him.",
    "blame:sec distance",
  ],
  [
    "Our previous security consultant wrote policies nobody could understand. We've binned the lot.",
    "blame:sec comm",
  ],
  [
    "I'm a security champion, it's not even my real job, and I'm getting grief from both sides.",
    "conflict",
  ],
  ["My team lead thinks the champion role is a hobby. I do it in my lunch break.", "power"],
  ["Colleagues joke that I'm 'the spy'. It's friendly, mostly.", ""],
  ["They definitely think I'm reporting back on them. I'm not.", "conflict"],
  [
    "Most people are great. A few just refuse to lock their screens and it drives me mad.",
    "feel blame:emp",
  ],
  ["The trust is there now. Took a year of showing up and not shouting.", ""],
  ["I never get told when people leave. Their accounts stay live for weeks.", "distance"],
  ["The directors aren't technical but they trust my judgement and ask good questions.", ""],
  ["Security and operations have a weekly catch-up. No drama.", ""],
  ["No one from management came to any of the security week events. Staff noticed.", "distance"],
  ["Monthly security surgery in the canteen. There's usually a queue.", ""],
  [
    "I'm probably part of the problem. I hide in the server room because it's easier.",
    "blame:self distance",
  ],
  ["Being called in only after a director's account gets compromised. Every time.", "comm"],
  ["The office manager tells me everything. Absolute star.", ""],
  [
    "Whenever I explain a risk, the MD's eyes glaze over and he says 'so what do you need me to do'.",
    "comm",
  ],
  ["I've learnt to talk in pounds, not threats. The board understands money.", ""],
  [
    "The senior partner actually said 'we're too small to be a target'. End of discussion.",
    "power",
  ],
  [
    "People don't ask me questions, they ask the receptionist. She says they're embarrassed to ask me.",
    "distance",
  ],
  [
    "Customer service sent a thank-you card after we sorted their shared mailbox. Made my month.",
    "",
  ],
  [
    "Our cyber insurer's questionnaire has done more for security than I have in three years. Depressing.",
    "feel",
  ],
  [
    "Staff work around everything. Personal email, personal phones, WhatsApp for client files. Because our stuff is slow.",
    "conflict blame:sec",
  ],
  ["I don't blame them for using WhatsApp, honestly, our approved tool is awful.", "blame:sec"],
  [
    "I'll admit I haven't been to the Leeds office in a year. They probably think I don't exist.",
    "blame:self distance",
  ],
  ["Two-way street. When I explain why, they usually comply.", ""],
  [
    "I'm genuinely worried the MD will click something one day. He clicks everything.",
    "feel blame:emp",
  ],
  [
    "Honestly our IT has been a shambles for years and staff learned not to rely on us.",
    "blame:sec distance",
  ],
  ["The newsletter has memes in it now. People actually read it.", ""],
  [
    "What works: short, local, relevant. What doesn't: anything with 'mandatory' in the subject line.",
    "",
  ],
  [
    "Hard not to get cynical when the same three people fall for every single test.",
    "feel blame:emp",
  ],
  [
    "Management asked me to make the phishing tests 'harder so people learn'. I said that's just catching people out.",
    "conflict",
  ],
  [
    "Our ticketing system auto-replies in such robotic language that people think they're being told off.",
    "blame:sec comm",
  ],
  ["Getting emails in capitals from directors when their VPN won't connect. Lovely.", "comm feel"],
  ["I've had people physically turn round and walk the other way when they see me.", "distance"],
  ["Quite a few people ping me now when something looks off. Two years ago that was zero.", ""],
  ["I set up a 'no stupid questions' channel. Crickets.", "distance"],
  ["The solicitors here think they're exempt because they bill by the hour.", "blame:emp conflict"],
  [
    "Senior managers are the worst for exceptions. Rules are for the juniors, apparently.",
    "blame:emp power",
  ],
  ["I know I talk too fast and use too many acronyms. I'm working on it.", "comm blame:self"],
  [
    "I genuinely like the people here. That's why it's so frustrating when they ignore me.",
    "feel distance",
  ],
  ["The CEO's attitude is 'we have IT for that', and IT is one man on a Tuesday.", "distance"],
  [
    "I'm a contractor. They ring when there's a problem, otherwise I'm a line on the budget.",
    "comm power",
  ],
  ["We do blameless reporting. Report fast, no consequences. It actually works.", ""],
  [
    "Zero attendance at the optional sessions. So now they're mandatory and everyone resents them.",
    "distance conflict",
  ],
  [
    "the firewall vendor's support is abysmal and I end up looking incompetent in front of the directors",
    "blame:sec feel",
  ],
  [
    "I'm embarrassed by how long it took me to patch the VPN. Staff were right to lose faith.",
    "blame:self feel",
  ],
  ["Nobody argues with me anymore. Not sure if that's trust or giving up.", "feel"],
  ["Honestly the relationship with staff is the best part of the job.", ""],
  [
    "Our consultants talk in frameworks and maturity levels and the board's eyes glaze over.",
    "blame:sec comm",
  ],
  [
    "Our team leaders raise risks in their own meetings without me prompting. That's the dream.",
    "",
  ],
  ["They think I read their emails. I haven't got time to read my own.", "conflict"],
  ["The head of operations asked me to come to his team meeting every month. Huge.", ""],
  [
    "When the bank fraud call came in, accounts rang me straight away. That's the relationship I want everywhere.",
    "",
  ],
  ["I'm kept on a need-to-know basis by the people I'm meant to protect.", "power"],
  [
    "It bugs me that every request of mine gets justified three times but the MD's new iPad goes on the network no questions asked.",
    "power",
  ],
  ["staff are the problem, not the tech, I'd bet my job on it", "blame:emp"],
  [
    "If I'm blunt, most of our people just don't care about security and I can't make them.",
    "blame:emp distance",
  ],
  ["Staff are smart. Our processes are stupid. That's the honest diagnosis.", "blame:sec"],
  ["The IT team I inherited treated every ticket as an interruption. Staff noticed.", "blame:sec"],
  [
    "I'm always nervous presenting to the board. They're polite, but they clearly don't get it.",
    "feel",
  ],
  [
    "Ops sorted their own backup onto a USB drive because they didn't want to 'hassle me'.",
    "distance",
  ],
  [
    "Monthly coffee with the champions. No slides. They bring the problems. Best meeting I have.",
    "",
  ],
  [
    "I'm not allowed to talk to the board directly. Everything goes through the FD, who waters it down.",
    "power comm",
  ],
  [
    "The phish sim results went to the board as a league table by department. Managers were furious with me.",
    "conflict",
  ],
  ["They were right to be furious. I should have pushed back on that.", "blame:self"],
  ["I think people see me as HR's enforcer, which isn't great.", "conflict power"],
  ["Got a 'thanks for being so patient' from the oldest bloke in the company. Made my week.", ""],
  [
    "The managing partner and I have a standing half hour every fortnight. Can't overstate how much that matters.",
    "",
  ],
  ["Nobody tells security anything until it's in the press.", "distance comm"],
  [
    "My team's security tooling is a mess of half-finished projects. I wouldn't trust it either.",
    "blame:sec",
  ],
  [
    "I thought being approachable meant being everyone's mate. Turns out it means being consistent.",
    "",
  ],
  [
    "Our MSP's idea of communication is a monthly PDF full of graphs nobody can read.",
    "blame:sec comm",
  ],
  ["I'm told security is a priority, right up until it costs something.", "conflict"],
  [
    "They scheduled the awareness training for 4pm on a Friday. That tells you what management think of it.",
    "distance",
  ],
  ["Honestly, most days it's fine. People are friendly, I get told about stuff.", ""],
  ["I've got no one to escalate to. If the MD says no, that's it.", "power"],
];
