import type { RawExample } from "./types.js";
import { VOICES_R_2 } from "./voices-r-2.js";

/**
 * In-house IT and security staff and a few IT-minded managers (bakery, dental practice, school,
 * charity, hotel, logistics, farm cooperative...) on employees and on their own role.
 * Written fresh for Rapport (brief R); continued in voices-r-2.ts.
 */
const FIRST_PART: readonly RawExample[] = [
  // how they see employees
  [
    "Nine out of ten incidents here start with somebody in accounts opening an invoice they weren't expecting.",
    "blame:emp",
  ],
  ["People treat attachments like free sweets.", "blame:emp"],
  [
    "If there's a link in an email, someone on the shop floor will press it. Guaranteed.",
    "blame:emp",
  ],
  ["Our staff reuse the same password for everything, probably since school.", "blame:emp"],
  [
    "You can build the best wall in the world and someone will still hold the gate open for a stranger.",
    "blame:emp",
  ],
  [
    "The lads in the warehouse share one login because they can't be bothered typing their own.",
    "blame:emp",
  ],
  ["Honestly, the technology is fine. It's the people using it that keep me busy.", "blame:emp"],
  [
    "Half the dental nurses keep the practice password on a sticky note by the screen.",
    "blame:emp",
  ],
  ["Teachers will plug in any USB stick a pupil hands them, no questions asked.", "blame:emp"],
  [
    "The partners are the worst offenders here; they seem to think the rules are for trainees.",
    "blame:emp",
  ],
  ["Every breach we've had traces back to somebody being careless. Every single one.", "blame:emp"],
  ["They leave laptops on the passenger seat and then act surprised.", "blame:emp"],
  ["Users are our biggest vulnerability, full stop.", "blame:emp"],
  ["It's always the same handful of people who fall for the phishing tests.", "blame:emp"],
  ["If I'm honest, I see the users as the thing I'm protecting the network from.", "blame:emp"],
  [
    "The receptionist gave out our Wi-Fi password to a man who said he was from the council.",
    "blame:emp",
  ],
  ["Our biggest risk walks in at nine and leaves at five.", "blame:emp"],
  ["The problem is never the firewall. It's whoever sits in purchasing that week.", "blame:emp"],
  ["Trainees are a liability for about their first three months.", "blame:emp"],
  ["They only remember security after they've lost something.", "blame:emp"],
  ["Most people here are one dodgy email away from giving away the whole farm.", "blame:emp"],
  ["The drivers lose a tablet a month. I've stopped asking how.", "blame:emp"],
  ["We can patch software. We can't patch people.", "blame:emp"],
  ["Show me an incident and I'll show you someone who didn't read the instructions.", "blame:emp"],
  ["Our software is solid. The gaps are all between the chair and the keyboard.", "blame:emp"],
  ["Give it a week after training and they're back to their old habits.", "blame:emp"],
  ["The older staff just won't learn, however many times you show them.", "blame:emp"],
  [
    "People cause the leaks, not the systems. That's been my experience for twenty years.",
    "blame:emp",
  ],
  ["The sales reps treat the customer database like their personal address book.", "blame:emp"],
  [
    "Honestly, most users couldn't care less until it's their own photos that get encrypted.",
    "blame:emp distance",
  ],
  [
    "It's not the hackers I worry about, it's the people in the office next door.",
    "blame:emp feel",
  ],
  ["I'll admit I don't trust the sales lot with customer files.", "blame:emp feel"],
  [
    "It makes my blood boil when someone leaves the patient list open on the reception screen again.",
    "blame:emp feel",
  ],
  [
    "I get exasperated, because they're told every month and still send bank details by email.",
    "blame:emp feel",
  ],
  [
    "I know staff feel we treat them as suspects, and to be fair we sometimes do.",
    "blame:emp power",
  ],
  [
    "We had to take away everyone's admin rights because people couldn't be trusted with them.",
    "blame:emp power",
  ],
  [
    "We monitor all outgoing email because, frankly, people can't be relied on to think first.",
    "blame:emp power",
  ],
  [
    "Users think security is my job, not theirs, and then they're shocked when they get caught out.",
    "blame:emp distance",
  ],
  [
    "They don't bother with the training because they think it'll never happen to them.",
    "blame:emp distance",
  ],
  [
    "They'll work around anything we put in place, and then blame us when it goes wrong.",
    "blame:emp conflict blame:sec",
  ],
  [
    "The production managers are the problem; they'd switch off the antivirus if it saved them ten seconds.",
    "blame:emp conflict",
  ],
  [
    "People don't read. We send a two-line notice and still get twenty questions it already answers.",
    "blame:emp comm",
  ],
  [
    "I've given up explaining things properly; with this lot you keep it to one line in capitals.",
    "blame:emp comm",
  ],
  // praise, neutral descriptions, negated or contrasted cases
  [
    "Some vendors love calling users the weakest link. I think that's lazy, and I don't say it.",
    "",
  ],
  ["When someone reports a phishing email we thank them. We never blame anyone for clicking.", ""],
  [
    "I used to pack my emails with jargon; now I get someone in sales to read them before I send.",
    "",
  ],
  ["The warehouse team isn't a problem at all. They're the first to report anything odd.", ""],
  ["Nobody seems scared of us any more since we started the Friday coffee drop-in.", ""],
  ["I don't buy the idea that human error causes breaches. Bad design causes the error.", ""],
  ["We don't lecture. We sit next to people and watch how they actually do the job.", ""],
  ["No one here is stupid. When three people make the same mistake, the screen is confusing.", ""],
  [
    "People used to steer clear of us, but that changed once we started walking the floor every morning.",
    "",
  ],
  ["I'm not worried about the staff. They're sensible and they ask when they're unsure.", ""],
  ["There's no blame here: you click something, you tell us, we sort it out together.", ""],
  ["The nurses aren't careless, they're busy. There's a difference.", ""],
  ["I never talk down to anyone. I was on reception myself before I moved into IT.", ""],
  ["Management listens. I asked for money for a password manager and had it the same week.", ""],
  [
    "Our office manager is brilliant. She knows everyone and tells me straight what isn't working.",
    "",
  ],
  ["I trust the shift leads completely. They're my eyes and ears on the floor.", ""],
  ["The bakers have never given me a moment's trouble.", ""],
  ["It's not a battle. Most people want to do the right thing if you make it easy.", ""],
  [
    "People joke that IT is the bottleneck, but we closed most tickets within the hour last year.",
    "",
  ],
  [
    "I wouldn't call anyone here the problem. The old shared drive was the problem, and we replaced it.",
    "",
  ],
  ["Our users aren't the weak spot; they caught the last two scams before I did.", ""],
  ["I used to get in a state before every audit, but we're on top of things now.", ""],
  [
    "There was some grumbling when we brought in two-factor, but it died down in a fortnight and nobody mentions it now.",
    "",
  ],
  [
    "Our managing director never overrules us on security. He asks hard questions, then backs us.",
    "",
  ],
  ["We're not tucked away. Our desk is right by the kitchen and people drop by all day.", ""],
  [
    "I got caught by one of our own test emails once. I told everyone, and honestly it helped: people saw I'm human too.",
    "",
  ],
  [
    "When I said 'endpoint' eyes glazed over, so now I just say 'your laptop' and it works fine.",
    "",
  ],
  ["Blame doesn't fix anything. We ask what made the mistake easy and change that.", ""],
  [
    "I'm not afraid of the staff making mistakes; I'm afraid of them hiding mistakes, and they don't.",
    "",
  ],
  ["Nobody's treated like a servant in this team, least of all me.", ""],
  ["Staff aren't a risk to be managed. They're the people who know where the real gaps are.", ""],
  ["I've never once felt ignored by the owners. If anything they ask my opinion too often.", ""],
  [
    "Our old policy was full of threats about disciplinary action. We binned it and wrote one people can actually read.",
    "",
  ],
  ["The lab staff are meticulous. Honestly, I've never had a problem with them.", ""],
  [
    "The security team isn't useless, whatever the canteen gossip says; they stopped a ransomware attack last spring.",
    "",
  ],
  ["I don't feel like the bad guy here. People know why we do what we do.", ""],
  [
    "Nobody needs to be embarrassed about asking me something twice. I tell them that every time.",
    "",
  ],
  [
    "We don't do scary posters. We do a two-minute story at the team briefing about something that really happened.",
    "",
  ],
  ["The gap between us and the shop staff used to be huge. It isn't any more.", ""],
  [
    "I don't think people here are careless at all. They're trying to serve customers with tools that don't help.",
    "",
  ],
  ["I look after the backups, the firewall and about forty laptops across two sites.", ""],
  ["We patch the tills every second Tuesday after closing.", ""],
  ["We run a phishing test each quarter and share the results by department, never by name.", ""],
  ["My job is mostly access rights: new starters, leavers, and people changing teams.", ""],
  ["The security side is me plus a contractor who comes in on Thursdays.", ""],
  ["Each department has a champion who passes questions and complaints back to us.", ""],
  ["Once a month I do ten minutes at the team meeting. No slides.", ""],
  ["The head chef asked how two-factor works, so I showed him on his own phone.", ""],
  ["The farm office has got much better at spotting fake invoices over the past year.", ""],
  ["When the practice went part-remote, the staff helped us write the home-working rules.", ""],
  ["I think most users see us as helpful. That's what the survey said, anyway.", ""],
  [
    "A teacher told me mine was the first explanation of phishing that made sense. That made my week.",
    "",
  ],
  [
    "We haven't had a serious incident in three years, and the staff deserve most of the credit.",
    "",
  ],
  ["I'm more of a plumber than a policeman: people call me when something leaks.", ""],
  ["We replaced the old VPN with something that connects on its own. Complaints went to zero.", ""],
  [
    "The accountants asked for a walkthrough of the new file portal, so we did three short sessions.",
    "",
  ],
  ["Every new starter gets twenty minutes with me in their first week, over a coffee.", ""],
  ["Our approach is simple: if a rule gets in people's way, we change the rule.", ""],
  ["The garage has five staff, so I just ask them over lunch what's bugging them.", ""],
  ["I sit on the operations meeting every Monday, so I hear about changes early.", ""],
  ["Two of the drivers suggested the tablet lock setting we use now. It was better than mine.", ""],
  [
    "We do a yearly review with a few people from each team and rewrite anything that's unclear.",
    "",
  ],
  ["I rely heavily on the deputy head. She tells me which rules teachers actually follow.", ""],
  [
    "The charity's volunteers are careful with donor data; they were trained well by the fundraising lead.",
    "",
  ],
  ["I handle the hotel's card terminals and the guest Wi-Fi. The rest is outsourced.", ""],
  ["Most questions come in by chat and I answer them within the hour.", ""],
  ["We thank people publicly when they report something. It costs nothing.", ""],
  ["I'd describe the relationship as friendly and a bit informal.", ""],
  [
    "The software team reviews our security rules before they're rolled out. It keeps us honest.",
    "",
  ],
  ["Our board gets a one-page security update every quarter, and they read it.", ""],
  ["The logistics managers and I plan changes together so they never land in peak season.", ""],
  [
    "I started sitting with the customer service team one afternoon a week. It's been eye-opening, in a good way.",
    "",
  ],
  ["We keep our instructions to one page with screenshots.", ""],
  ["I'd trust our receptionist with anything. She spots fakes faster than I do.", ""],
  ["Security here is a shared job. I just hold the toolbox.", ""],
  ["We asked the bakery managers which rules were a nuisance and dropped three of them.", ""],
  ["The cooperative's members vote on the IT budget, and they've never cut the security line.", ""],
  ["A new starter asked me what MFA stood for and I was glad she asked.", ""],
  ["When I'm away, the office manager covers the basics and knows when to call me.", ""],
  ["I'm proud of the team. We're small, but people trust us.", ""],
  [
    "I've heard bosses at conferences call staff the weakest link. Ours aren't, and I'd never put it that way.",
    "",
  ],
  [
    "Nobody here gets punished for owning up to a mistake. That rule came from the owner himself.",
    "",
  ],
  ["I don't feel powerless. When I make a case to the partners, they usually go with it.", ""],
  ["We're not the police, and nobody treats us that way.", ""],
  ["It's not a them-and-us thing. We eat lunch together.", ""],
  ["The staff aren't frightened of the systems any more; the new laptops just work.", ""],
  ["I was worried the drivers would hate the new tablets. They've actually asked for more.", ""],
  ["The trustees never leave us out of decisions about donor data.", ""],
  [
    "Human error happens, sure, but I've never seen it as the cause of anything. It's a symptom.",
    "",
  ],
  ["My colleagues on the helpdesk are patient and kind. I'd trust them with anything.", ""],
  ["There's no jargon in our guides. The receptionist reads every one before it goes out.", ""],
  ["The housekeeping team are careful with guest details. No complaints from me.", ""],
  ["We meet the team leads every fortnight and go through whatever's annoying them about IT.", ""],
  ["The new starter in accounts spotted a fake supplier email on her second day. Brilliant.", ""],
  ["Nobody has to struggle on alone here; there's always someone on the IT rota to ring.", ""],
  [
    "I don't think anyone here sees us as arrogant. We get invited to the Christmas do, at least.",
    "",
  ],
  // their own feelings
  ["It wears me down, giving the same advice every month.", "feel"],
  ["Some nights I lie awake wondering when we'll get hit. Not if, when.", "feel"],
  ["There's a sinking feeling when a director rings me from an airport.", "feel"],
  [
    "I lose patience when the same partner wants his password reset for the fifth time in a month.",
    "feel",
  ],
  ["Honestly I feel a bit unappreciated. A thank-you now and then would go a long way.", "feel"],
  ["I dread bank holiday Mondays.", "feel"],
  ["I get a knot in my stomach whenever the phone goes after ten at night.", "feel"],
  [
    "We're constantly on edge. Two of us for three hundred staff, and the attacks never stop.",
    "feel",
  ],
  ["I sometimes feel like people are waiting for me to slip up.", "feel"],
  ["It drives me up the wall when people email me their passwords to be 'helpful'.", "feel"],
  ["Users are a bit frightened of us, I think. The room goes quiet when I walk in.", "feel"],
  ["Every time the news covers a big hack, my stomach turns.", "feel"],
  ["The practice manager panics at every pop-up and rings me in tears.", "feel"],
  ["There's a constant low hum of anxiety. You never know what you've missed.", "feel"],
  [
    "Nobody notices when things work. You only hear about IT when it breaks, and that gets to you after a while.",
    "feel comm",
  ],
  ["I feel like a nag. Nobody enjoys being the person who always says 'be careful'.", "feel comm"],
  [
    "Our warning emails have red banners and capital letters. People tell me they panic when they see them.",
    "feel comm",
  ],
  ["Staff have said our training makes them feel like children.", "feel comm"],
  [
    "It's disheartening to spend a month on a policy and find it in the recycling bin.",
    "feel distance",
  ],
  ["It's lonely being the only one who cares whether the backups actually ran.", "feel distance"],
  [
    "People are so embarrassed when they click a bad link that they hide it for days.",
    "feel distance",
  ],
  [
    "There's some resentment, if I'm honest. They get bonuses for hitting targets; I get the blame when it goes wrong.",
    "feel blame:sec",
  ],
  [
    "I'm uneasy about the new booking system. Nobody asked me anything before they signed the contract.",
    "feel power",
  ],
  [
    "They've asked me to monitor everyone's browsing. I didn't sign up to be a policeman and I hate it.",
    "feel power",
  ],
  [
    "Anyone who fails the phishing test three times gets a meeting with HR. People are terrified of it.",
    "feel power",
  ],
  [
    "If I push back on a director I'm 'being difficult'. If I don't, it's my head when something goes wrong.",
    "feel power",
  ],
  ["We hold all the keys, literally, and people resent having to come and ask.", "feel power"],
  ["It stings when the owner asks the nephew's opinion on the servers over mine.", "feel power"],
  [
    "I cover three sites, so people can wait a day for me. I understand why they get short with me.",
    "feel conflict",
  ],
  [
    "It's demoralising: every safeguard I add, somebody complains it slows them down.",
    "feel conflict",
  ],
  ["I'm fed up of being the bad guy every time I say no.", "feel conflict"],
  // say, control and being overruled
  ["Management overrule us the moment a salesperson moans about the login screen.", "power"],
  ["The MD scrapped two-factor because it annoyed him on his phone. End of discussion.", "power"],
  ["We hear about new systems the week they go live. We have no say whatsoever.", "power"],
  ["To the board we're a cost centre and nothing else.", "power"],
  [
    "I'm treated like the office handyman: fix the printer, carry the boxes, change the toner.",
    "power",
  ],
  ["People expect me to drop everything the moment they shout.", "power"],
];

export const VOICES_R: readonly RawExample[] = [...FIRST_PART, ...VOICES_R_2];
