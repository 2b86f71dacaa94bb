import type { RawExample } from "./types.js";

/** Part 5 of 5 of VOICES_BF; see voices-bf.ts. */
export const VOICES_BF_5: readonly RawExample[] = [
  [
    "I feel like I'm always the bearer of bad news with that client, they flinch when my name comes up on the phone.",
    "feel comm",
  ],
  [
    "Her questions are sharp and she's not afraid to tell me when I'm over-engineering something.",
    "",
  ],
  [
    "They have zero say in the security requirements, it all comes down from the big customer they supply, and they resent me as the messenger.",
    "power feel",
  ],
  [
    "I can't get the staff to open up in workshops when the boss is sitting in the room.",
    "power distance",
  ],
  [
    "The honest answer is the breach was half on them and half on their software vendor.",
    "blame:emp blame:sec",
  ],
  ["Owners hate being told their nephew's website is a liability.", "conflict"],
  [
    "A good client tells you what worries them. This one tells me nothing and then asks why I didn't foresee it.",
    "distance comm",
  ],
  [
    "The bakery owner drew a flowchart of her own incident process after our session. Framed it, too.",
    "",
  ],
  [
    "I've written off trying to reach the sales team there. I go through the office manager or not at all.",
    "distance",
  ],
  ["Hmm, difficult? No. Demanding, yes, and that's their right as the customer.", ""],
  [
    "There's a real fear of looking daft in front of the consultant, so people nod along and understand nothing.",
    "feel comm",
  ],
  [
    "I explained the ransomware scenario in terms of the payroll not going out on Friday. The room went very quiet, and then they asked all the right questions.",
    "",
  ],
  [
    "Plenty of their staff say 'I'm not techy' and then ask better questions than some IT managers.",
    "",
  ],
  [
    "The last consultancy they had gave them a 90-page report in pure acronyms and walked away.",
    "blame:sec comm",
  ],
  [
    "We're supposed to be advisors, but that owner treats us like a vendor he can shout at into a discount.",
    "power conflict",
  ],
  [
    "It took me a year to get invited to their team meetings. Now I'm there every quarter and it's made a real difference.",
    "",
  ],
  [
    "I sometimes worry I come across as a scold. I'm trying to be more encouraging.",
    "feel blame:self",
  ],
  [
    "The warehouse manager refused to let me interview his shift staff. 'They've got work to do.'",
    "conflict distance",
  ],
  [
    "Owner signs whatever we put in front of him without reading it, which sounds great and really isn't.",
    "distance",
  ],
  ["The people who fall for scams there aren't careless, they're rushed and understaffed.", ""],
  [
    "I had one director ask me if the audit results could be 'adjusted' before the board saw them.",
    "power",
  ],
  [
    "They don't call me when they're unsure. They call me when the bank has frozen their account.",
    "comm",
  ],
  [
    "Genuinely one of my favourite clients, a family-run engineering firm where everyone from the MD down takes it seriously.",
    "",
  ],
  [
    "The partners think cybersecurity is a tax on their time and make sure I know it.",
    "conflict feel",
  ],
  [
    "I'll be honest, when the CFO clicked the test link I was secretly pleased. He'd been so smug about it.",
    "blame:emp",
  ],
  [
    "Reception staff get told off by the owner for every IT problem, so they've stopped mentioning them to anyone.",
    "distance feel",
  ],
  [
    "I send my findings in two versions now: one for the owner, one for whoever does the fixing. Works well.",
    "",
  ],
  [
    "The client's sales director keeps forwarding my emails to me asking what I meant. My fault, probably.",
    "comm blame:self",
  ],
  [
    "It's awkward when the owner wants me to investigate a specific employee rather than an incident.",
    "power feel",
  ],
  [
    "They keep their distance and I keep mine, and we meet once a year for the insurance form.",
    "distance",
  ],
  [
    "Not every small business is a disaster. Some of them run tighter ships than banks I've audited.",
    "",
  ],
  [
    "The office staff call me 'the hacker man' and seem to half believe I can read their minds.",
    "power",
  ],
  ["If an owner ignores three written warnings, the breach is on him, full stop.", "blame:emp"],
  [
    "I was far too technical in my first meeting with the salon group and I could see I'd lost them.",
    "blame:self comm",
  ],
  [
    "The design studio resents anything that slows their uploads, which is basically all security.",
    "conflict feel",
  ],
  [
    "What works for me is sitting with one employee for an hour and watching how they actually do their job.",
    "",
  ],
  [
    "He hung up on me when I suggested his own admin account was the biggest risk in the company.",
    "conflict comm",
  ],
  [
    "Staff there have learned that if they report a mistake, the owner docks their pay. So nobody reports.",
    "power distance",
  ],
  [
    "We get along fine. They're not bothered about security but they're lovely about it.",
    "distance",
  ],
  [
    "I don't like it when consultants sneer at small clients. I've seen colleagues do it and it's gross.",
    "blame:sec",
  ],
  [
    "The owner asked whether I could make the staff 'scared enough to behave'. That's not how any of this works.",
    "power feel",
  ],
  ["That firm phones me every time there's a cyber story on the news. Sweet, a bit tiring.", ""],
  ["They're perfectly polite, and completely unreachable between annual reviews.", "distance"],
  [
    "Every recommendation I make becomes a debate about whether it's 'really necessary for a company our size'.",
    "conflict",
  ],
  [
    "The practice's IT lead is a receptionist with a dozen other duties. She does her best, I don't blame her at all.",
    "",
  ],
  [
    "Owner keeps asking me whose fault it was. I keep telling him that's the wrong question.",
    "conflict",
  ],
  [
    "I'm a little worried about how much the firm relies on me personally. If I went under a bus, nobody there could cope.",
    "power feel",
  ],
  ["Staff at the estate agency lock their screens now without being asked. Small miracle.", ""],
  [
    "Honestly the owner treats my advice the way I treat my dentist's advice about flossing.",
    "distance",
  ],
  [
    "Some clients want a consultant who agrees with them, and they get prickly when I don't.",
    "conflict feel",
  ],
  [
    "I think our industry has trained small firms to expect condescension from security people, so they come in defensive.",
    "blame:sec feel",
  ],
  [
    "The MD's daughter handles the IT side and she's smart and proactive, a pleasure to work with.",
    "",
  ],
  [
    "The employee who caused the data leak was following a process the owner designed, so I won't pin it on her.",
    "",
  ],
  ["They ask my advice and then do whatever the cheapest supplier says.", "distance conflict"],
  ["I feel like a nuisance every time I chase them for the network diagram.", "feel"],
  [
    "Why do clients think a security review is a personal judgement of them as people?",
    "power feel",
  ],
  [
    "The directors argue among themselves in front of me about who signs off the budget.",
    "conflict",
  ],
  [
    "Spoke to the owner for the first time in two years after the incident. Nice guy. Should have met sooner.",
    "distance",
  ],
  ["Most of the time they listen, occasionally they don't, and that's fair.", ""],
  [
    "I had a director say 'I don't need a lecture' within ninety seconds of me starting my presentation.",
    "comm conflict",
  ],
  [
    "The freight company and I talk every couple of weeks, mostly about their plans rather than problems.",
    "",
  ],
  [
    "They think the threat is some genius hacker. It's actually their own staff posting the door code on social media.",
    "blame:emp",
  ],
  [
    "Clients rarely ask me about security. They ask me to fill in a supplier questionnaire by Tuesday.",
    "distance comm",
  ],
  [
    "The boss at the tile importer treats me like a personal assistant who happens to know about firewalls.",
    "power",
  ],
  ["Yes, I'd say the owner trusts me. He doesn't always agree, but he trusts me.", ""],
  [
    "I got the timeline wrong in the incident report and the owner caught it. Deservedly embarrassing.",
    "blame:self feel",
  ],
  [
    "At the nursery the staff assume anything I say will mean more work for them, so they tune out.",
    "distance conflict",
  ],
  [
    "I have no authority there whatsoever. I advise, the owner decides, and often he decides not to.",
    "power",
  ],
  [
    "The bookkeeper asked me quietly after the session if she'd done something wrong. She hadn't.",
    "feel",
  ],
  ["It helps enormously when the owner models good habits himself. At that firm, he does.", ""],
  [
    "Half their incidents are employees forwarding work email to personal accounts to 'work from home easier'.",
    "blame:emp",
  ],
  [
    "They phoned in a panic on Christmas Eve having ignored my emails all December.",
    "comm distance",
  ],
  ["Sometimes I think small-business owners are braver than me. They juggle risk every day.", ""],
  ["The staff literally cheered when I said we'd drop the 90-day password rotation.", ""],
  ["The contractors they bring in are briefed by the office manager on day one, and it shows.", ""],
  [
    "Client's owner wants a monthly report with a single number. I gave him a number. He's happy.",
    "",
  ],
  [
    "The previous consultancy frightened them so badly that they hid an incident from us for a month.",
    "blame:sec feel distance",
  ],
  [
    "I've stopped inviting the partners to the findings workshop. They never came anyway.",
    "distance",
  ],
  [
    "Small teams, close friendships, and suddenly I'm the outsider telling them not to share passwords with their best mate.",
    "conflict distance",
  ],
  ["They listened. They changed things. Next audit was clean. Sometimes it just works.", ""],
  [
    "That owner grills me on every line of the invoice as if I'm trying to con him.",
    "power conflict",
  ],
  [
    "I underestimated how little time the staff had for training. That was a planning mistake on my side.",
    "blame:self",
  ],
  [
    "Their office is friendly, but ask about passwords and everyone suddenly has a meeting to get to.",
    "distance",
  ],
  [
    "The boss gets defensive when I mention his own habits, and I get a bit twitchy bringing them up.",
    "feel conflict",
  ],
  [
    "clients never tell us about new suppliers with access to their systems, we find out from the logs",
    "comm distance",
  ],
  [
    "The retail staff are incredibly good at spotting social engineering on the phone. Better than I'd be.",
    "",
  ],
  [
    "I once spent a whole workshop defending why they can't have 'password' as the wifi key.",
    "conflict",
  ],
  [
    "Clear lines at that company: the finance director owns risk, the office manager owns day to day. Makes my life easy.",
    "",
  ],
  ["Got a very curt one-liner from the owner rejecting the proposal, no reason given.", "comm"],
  [
    "I find the owners who started as tradespeople get risk immediately when I compare it to health and safety.",
    "",
  ],
  [
    "When the owner says 'you're the expert, you decide', I'm never sure if it's trust or abdication.",
    "power distance",
  ],
  [
    "The staff were ashamed after the invoice fraud. I spent most of the debrief telling them it could've happened anywhere.",
    "feel",
  ],
  ["Nobody there argues with me, they just smile and carry on as before.", "distance"],
  [
    "The owner wants someone to blame after every incident and I refuse to be the scapegoat or hand him one.",
    "conflict power",
  ],
  ["I leave every meeting with the florist feeling like the work actually matters.", ""],
  ["The guy running their IT part-time couldn't secure a shed, to be honest.", "blame:sec"],
  [
    "We meet monthly, they send questions ahead of time, and they take notes. Model client, really.",
    "",
  ],
  [
    "The opticians' manager apologises every time she calls, as if she's wasting my time.",
    "feel power",
  ],
  [
    "Nice quick call with the tile importer, no issues, just wanted to say the new laptops are great.",
    "",
  ],
  [
    "Owner asked what one thing he should do this year; told him offline backups, and he did it within the month.",
    "",
  ],
];
