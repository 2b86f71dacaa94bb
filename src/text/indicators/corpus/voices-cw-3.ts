import type { RawExample } from "./types.js";

/** Managers (team leads, department heads, ops/finance managers, owners of 10-250 staff firms) talking in interviews about IT/security people and their own staff. Written fresh for Rapport (brief CW). */
export const VOICES_CW_3: readonly RawExample[] = [
  ["The security manager is excellent at her job and utterly unreachable.", "conflict distance"],
  [
    "We got a finding in the ISO audit and the IT manager and I sorted it over a coffee. No fuss.",
    "",
  ],
  ['The consultant told us we were "non-compliant" and left. With what? No idea.', "comm"],
  [
    "I worry we're one angry employee away from disaster and IT wouldn't even notice.",
    "feel blame:sec",
  ],
  [
    "People here treat IT like the help. 'My printer's broken, come now.' It's not nice to watch.",
    "power",
  ],
  ["My warehouse supervisor calls the IT guy 'the nerd' to his face. I've had words.", "conflict"],
  [
    "They've got all the keys. If they left tomorrow we'd be locked out of our own company. Keeps me up at night.",
    "power feel",
  ],
  [
    "Every project I run gets a security review at the very end and it always adds six weeks.",
    "conflict",
  ],
  [
    "I've learned to bring IT in on day one. Since I started doing that, no more last-minute surprises.",
    "",
  ],
  ["I'd rather ring my nephew than our IT support, to be honest.", "distance blame:sec"],
  [
    "The guys in IT are decent. My team just don't understand what they do, and nobody ever explained it.",
    "comm distance",
  ],
  [
    "The audit was a nightmare because IT had documented nothing. I looked incompetent in front of the auditors.",
    "blame:sec feel",
  ],
  ["We're 14 people. Our 'IT department' is me and a YouTube video.", ""],
  ["My team avoid the security office like it's the headmaster's study.", "distance power"],
  ["The security office has an open door on Wednesdays and my people actually use it.", ""],
  [
    "I went to bat for my team over the USB ban and lost. IT's word is final, apparently.",
    "power conflict",
  ],
  [
    "IT sent a memo saying users are the biggest threat. My staff took it personally and I don't think they were wrong to.",
    "feel",
  ],
  ["To be honest, I don't know what our security team does all day.", "distance"],
  ["Our IT chap comes to the Christmas party and is the last to leave. Everybody loves him.", ""],
  [
    "I raise a ticket, someone in another country closes it without fixing anything, repeat.",
    "comm blame:sec",
  ],
  ["i sign off the IT budget every year & i couldnt tell you what a SIEM is", "power"],
  ["My team finds the security rules annoying but they follow them. Mostly.", "feel"],
  ["It drives me mad that IT won't give my analysts Python. They're analysts!", "feel conflict"],
  [
    "I used to take my team's side against IT automatically. Then I saw what they'd been clicking on.",
    "blame:emp",
  ],
  ["The problem isn't IT and it isn't my staff. It's that we bought a system nobody can use.", ""],
  ["IT treat every question as a nuisance, so my lot have stopped asking.", "conflict distance"],
  [
    "We're a 200-person manufacturer and the security team is three people who never come onto the factory floor.",
    "distance",
  ],
  [
    "My operators keep propping the server room door open because it's the only cool room. IT is furious, and I get it.",
    "conflict blame:emp",
  ],
  ["I asked the security lead if we were safe and he said 'define safe'. Very helpful.", "comm"],
  [
    "The IT team's priorities and mine never line up. Their roadmap is all infrastructure, mine is all deadlines.",
    "conflict",
  ],
  [
    "We agreed priorities together at the start of the year and it's held up. Nobody's been surprised.",
    "",
  ],
  ["Nobody from IT came to our department's kick-off. Again.", "distance"],
  [
    "They send the phishing results with names on to the whole management team. My guy got ribbed for weeks.",
    "power feel",
  ],
  ["I'm not sure it's fair to say they're arrogant. Maybe shy. They don't really mix.", "distance"],
  [
    "Frankly I'm a bit scared of the security consultant. He asks questions like a barrister.",
    "feel power",
  ],
  [
    "Our IT manager is the only person who knows the admin passwords. That makes me nervous.",
    "power feel",
  ],
  ["the helpdesk is fine, its the security lot who are impossible", "blame:sec"],
  [
    "I think we ask too much of our one IT person and then moan when she can't do it all.",
    "blame:self",
  ],
  [
    "My staff are grown adults and IT should stop sending them cartoons about passwords.",
    "comm power",
  ],
  ["The cartoon password training went down a storm. Even the sceptics had a laugh.", ""],
  [
    "Every time we're audited, IT disappears and leaves my team answering questions about IT's own systems.",
    "conflict blame:sec",
  ],
  [
    "Head of department, 30 staff. I find out about security incidents from kitchen gossip.",
    "comm",
  ],
  ["They're good people. I just wish they'd tell us things before they happen.", "comm"],
  [
    "I told IT my team needed a shared drive and got a lecture on data classification instead.",
    "comm conflict",
  ],
  [
    "I approved the move to the cloud because IT said so. I still couldn't tell you what we gained.",
    "power",
  ],
  ["When the MSP made a mistake they owned it straight away. Rare, and I respect it.", ""],
  [
    "There's a lot of eye-rolling between my designers and the IT guy. Neither side is wrong exactly.",
    "conflict feel",
  ],
  [
    "The IT guy only gets called in when something's on fire. Nobody thinks to invite him otherwise.",
    "comm distance",
  ],
  [
    "My team's attitude to security is shocking. It's me who has to sit with IT and apologise.",
    "blame:emp",
  ],
  [
    "Our security officer once made a junior cry over a misaddressed email. People still talk about it.",
    "feel power",
  ],
  ["We've got a buddy system now: each team has a named IT contact. Works really well.", ""],
  ["They used to ignore my emails. Since the reorg they actually reply.", ""],
  ["Sometimes I think IT would be happier if we all just stopped working.", "conflict"],
  ["I trust them but I couldn't check them if I wanted to. That's uncomfortable.", "power feel"],
  ["My staff bypass the proxy with their phones. I pretend not to see it.", "conflict"],
  [
    "I'm angry with myself. I knew the shared password was a risk and I let it run for a year.",
    "blame:self feel",
  ],
  ["No, we don't clash with IT. Never really have.", ""],
  ["The only time I speak to the security team is when they want a signature.", "comm distance"],
  ["They always explain the why, not just the what. I wish every department worked like that.", ""],
  [
    "Every incident review turns into 'who clicked'. Never 'why did the filter miss it'.",
    "blame:sec",
  ],
  ["I rate them. Honestly. Best IT support I've had in twenty years of managing.", ""],
  ["it's always 'raise a ticket'. i'm ten feet from your desk mate", "comm"],
  [
    "The security team write policies nobody in my department has time to read, then audit us against them.",
    "comm power",
  ],
  ["My engineers trust IT about as far as they can throw them.", "feel"],
  ["Our CFO signs every IT invoice without reading it. So do I, honestly.", "power"],
  ["The IT lead and I have a standing Tuesday call. Fifteen minutes. Keeps everyone sane.", ""],
  [
    "Being new to management, I had no idea IT had to approve my team's software. Got a proper telling off. Mortifying, at forty-five.",
    "power feel",
  ],
  ["My team think asking IT is admitting they're thick, so they don't.", "feel distance"],
  ["We're on first-name terms with the whole IT crew. It helps when things go wrong.", ""],
  [
    "Cyber insurance forced an audit and IT took it as an insult. The whole month was tense.",
    "conflict feel",
  ],
  [
    "I was told the new policy was 'mandatory per group security'. Nobody could tell me what it was for.",
    "comm power",
  ],
  [
    "Our security person is in another time zone. We leave voicemails into the void.",
    "distance conflict",
  ],
  ["Do I side with my staff or with IT? Depends on the day. Today, IT.", ""],
  [
    "My staff are careless with laptops on trains. I've seen screens full of client names. It makes me nervous.",
    "blame:emp feel",
  ],
  [
    "I fully backed IT on laptop encryption. My team moaned, then one got stolen and nobody moaned again.",
    "",
  ],
  [
    "IT have decided marketing is a risk. We get extra checks nobody else gets. It's caused no end of friction.",
    "power conflict",
  ],
  [
    "Same story every year: they ignore us until the auditors are due, then suddenly we're best friends.",
    "comm",
  ],
  [
    "Half my team doesn't know IT has a helpdesk. The other half thinks it's a voicemail box.",
    "distance",
  ],
  [
    "I owe our IT team an apology. I rubbished them in a board meeting and it turned out the outage was our supplier's.",
    "blame:self",
  ],
  ["Lovely people, terrible at explaining themselves.", "comm"],
  ["There's no friction, just nothing. We don't see them, they don't see us.", "distance"],
  ["Me and the sysadmin go back years. If I need something, it gets done.", ""],
  [
    "Look, I'm the finance manager. IT comes to me every spring with a shopping list and a threat: approve this or we get hacked. What am I supposed to say?",
    "power",
  ],
  [
    "Security spend competes with hiring. I chose hiring. I'd probably do it again, and I know how that sounds.",
    "",
  ],
];
