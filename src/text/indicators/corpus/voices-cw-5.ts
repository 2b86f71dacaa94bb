import type { RawExample } from "./types.js";

/** Managers (team leads, department heads, ops/finance managers, owners of 10-250 staff firms) talking in interviews about IT/security people and their own staff. Written fresh for Rapport (brief CW). */
export const VOICES_CW_5: readonly RawExample[] = [
  ["If IT disappeared tomorrow, we'd be helpless. Not a nice thought.", "power feel"],
  ["I defend IT to my team more than I defend my team to IT, and I'm not sure that's right.", ""],
  ["They're brilliant in a crisis and absent the rest of the time.", "distance"],
  [
    "We lost a client file because someone emailed it to the wrong Gary. Honestly, that one's on us.",
    "blame:emp blame:self",
  ],
  [
    "The MSP wouldn't pick up during the outage. We were dead in the water for five hours.",
    "conflict blame:sec",
  ],
  ["i dont know half of what the it guys say and i dont think they care if i do", "comm"],
  ["Our IT lead makes a point of learning what each team actually does. It shows.", ""],
  [
    "My project's security review was done by someone who never spoke to me. Just red marks on a document.",
    "comm distance",
  ],
  ["We got dinged in the audit for things IT told me were sorted months ago.", "blame:sec"],
  ["I'm honestly dreading the next audit. I've no idea what IT have or haven't done.", "feel comm"],
  [
    "IT and my team had a barbecue last summer. Sounds silly, but the tickets got friendlier after.",
    "",
  ],
  ["I think my staff see IT as a sort of police force.", "power"],
  [
    "They've locked the shared laptop down so tight my night shift can't print the rota.",
    "conflict",
  ],
  [
    "When I pushed back on the new rules, the IT head went over my head to the MD.",
    "power conflict",
  ],
  [
    "IT won't say what they need from me for the audit, then complain I haven't provided it.",
    "comm conflict",
  ],
  ["My team's mistakes aren't IT's doing. I'd never pretend they were.", ""],
  ["I'm fed up of being the go-between. Just talk to each other!", "feel distance"],
  ["We're too small for a security team. IT is one lad who also does the website. He's great.", ""],
  [
    "I've stopped passing my team's complaints on to IT. Nothing happens anyway.",
    "distance blame:sec",
  ],
  [
    "Someone in IT once told my assistant to 'read the manual'. She won't ring them now.",
    "comm distance",
  ],
  ["My staff won't admit to IT they don't understand something. Pride, I think.", "distance"],
  [
    "There's the policy, and there's what we actually do. IT knows about the second one and turns a blind eye.",
    "conflict",
  ],
  ["Our IT manager is honest about what he doesn't know, which makes me trust him more.", ""],
  ["Every 'quick question' to IT becomes a meeting with three people and a form.", "conflict comm"],
  ["The IT director has never once set foot in our branch.", "distance"],
  ["They never lecture. They just fix it and tell you what happened.", ""],
  [
    "Staff here think security is someone else's job. That's partly my fault for never making it theirs.",
    "blame:emp blame:self",
  ],
  [
    "I'm sceptical of the security team's numbers. Every year the threat is worse and the budget bigger.",
    "conflict",
  ],
  [
    "One of my managers refused to do the training. I backed him. In hindsight, wrong call.",
    "blame:self",
  ],
  [
    "I wish IT would pick up a phone occasionally instead of raising a ticket on my behalf.",
    "comm",
  ],
  ["Our security consultant runs the sessions like a stand-up set. Staff actually turn up.", ""],
  ["The IT department doesn't answer to anyone I can talk to.", "power distance"],
  ["ive given up. they do what they want", "power feel"],
  ["it's fine!! they're lovely!! just slow", ""],
  [
    "They email policy updates as attachments inside attachments. No one opens them.",
    "comm distance",
  ],
  [
    "I was the one who insisted on keeping the old system. Now IT are firefighting because of me.",
    "blame:self",
  ],
  ["It's not that we don't get on. We just have no reason to speak.", "distance"],
  ["Pre-audit week is the only week IT knows my name.", "comm distance"],
  [
    "Our IT lead once stayed till midnight to rescue my team's bid. We'd do anything for him now.",
    "",
  ],
  [
    "I manage a call centre of 90. IT pushes updates mid-shift, calls drop, customers shout at my agents. Every month.",
    "conflict",
  ],
  ["IT push updates overnight now, after we asked. Not a single dropped call since.", ""],
  ["The security team act like my agents are all potential fraudsters.", "power"],
  [
    "My agents have been caught writing card numbers on notepads. I understand why security is twitchy.",
    "blame:emp",
  ],
  [
    "Not being funny but our IT people are the reason nothing gets done on time here.",
    "blame:sec conflict",
  ],
  [
    "Ops director here. We under-invest in IT and then act surprised. That's a leadership failing, mine included.",
    "blame:self",
  ],
  [
    "My staff have no idea there's even a security policy. Nobody told them and they never asked.",
    "comm distance",
  ],
  ["The policy's on the intranet. Everyone signed it. Everyone knows it.", ""],
  ["Yeah we signed it. Has anyone actually read it? Course not.", ""],
  ["I'm always the last to know when IT changes something that affects my team.", "comm"],
  ["Security here works. People grumble a bit, but they follow it and IT listens.", ""],
  ["When I question an IT decision, I get 'it's best practice' and nothing else.", "comm power"],
  [
    "Truth is, I'm intimidated by our IT manager. He's very sure of himself and I'm not technical.",
    "feel power",
  ],
  [
    "My crew on the road have to ring IT for a password reset and nobody answers after six.",
    "conflict",
  ],
  [
    "It's a five-person IT team covering 240 of us. They do what they can. I won't hear a word against them.",
    "",
  ],
  [
    "IT keeps half my team locked out of the shared calendar 'pending review'. Three months pending.",
    "conflict",
  ],
  [
    "Honestly there's a bit of fear. Nobody wants to be the one who gets a call from security.",
    "feel power",
  ],
  [
    "I think my staff have a bit of a chip on their shoulder about IT. IT's been fine with us.",
    "feel",
  ],
  [
    "We had an auditor in last month. IT prepared everything, walked me through it, made me look good.",
    "",
  ],
  [
    "The auditors found admin passwords in a spreadsheet. IT's spreadsheet. My team got the lecture anyway.",
    "blame:sec comm",
  ],
  ["Whenever there's a new tool, my staff find out from the login screen.", "comm"],
  [
    "They've never been rude. Never. It's just a bit of a mystery what they do all day.",
    "distance",
  ],
  [
    "Fair play to IT, they took the time to sit with my quality team and rebuild the whole workflow.",
    "",
  ],
  ["My team think IT don't understand what a production line is. They're not wrong.", "blame:sec"],
  [
    "People are so afraid of the phishing tests they've stopped opening real customer emails.",
    "feel conflict",
  ],
  [
    "We run on trust. If my team need something, they ask; if IT needs something, they ask. Simple.",
    "",
  ],
  ["I've been told off by IT in front of my own team. Not a nice experience.", "power feel"],
  [
    "I approve the security bits because the alternative is being the person who said no before a breach.",
    "feel power",
  ],
  ["Our IT manager speaks fluent acronym. I've asked him to stop. He tries.", "comm"],
  ["We had a jargon problem. I asked the IT manager to cut it out and he has, properly.", ""],
  ["Nobody in my team knows the IT people's names. They're just 'IT'.", "distance"],
  ["They have an answer for everything except 'when will it be fixed'.", "comm"],
  ["My team does the bare minimum on security and I let them. My fault.", "blame:emp blame:self"],
  [
    "I won't have my staff called the weakest link. They've stopped two invoice frauds this year.",
    "",
  ],
  [
    "Our IT firm's director visits twice a year and asks each manager what's not working. Rare, in my experience.",
    "",
  ],
  [
    "The security officer has never met my staff but writes reports about their 'behaviour'.",
    "distance power",
  ],
  ["IT's always too busy for my team. Always 'next sprint'.", "conflict"],
  [
    "I think IT see the finance team as a pain, and to be fair we are, at quarter end.",
    "blame:self blame:emp",
  ],
  ["I'm grateful for IT, genuinely. They saved us during the flood.", ""],
  ["It frustrates me that the security team never explains the risk, just the rule.", "feel comm"],
  [
    "Three years without a security incident, and I put it down to how well IT and the floor staff get on.",
    "",
  ],
  [
    "My people will do anything to avoid calling the helpdesk, including just not doing the work.",
    "distance conflict",
  ],
  ["Security's job is to say no. Mine is to ship. We're never going to be friends.", "conflict"],
  [
    "The head of IT and I are mates. It helps, and sometimes it doesn't, because I find it hard to push him.",
    "",
  ],
  [
    "I didn't even know we'd had a breach until I read about it in the trade press. Humiliating.",
    "comm feel",
  ],
];
