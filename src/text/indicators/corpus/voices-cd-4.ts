import type { RawExample } from "./types.js";

/** Helpdesk and field techs at IT-support firms on day-to-day client relationships. Written fresh for Rapport (brief CD). */
export const VOICES_CD_4: readonly RawExample[] = [
  ["Site visit at the farm shop today. Fixed the till, got a bag of eggs. Best client.", ""],
  [
    "They genuinely don't know what we do for them, and I'm not sure we've ever told them.",
    "distance comm",
  ],
  [
    "Their senior partner won't speak to helpdesk staff, only to our director. Bit much.",
    "power distance",
  ],
  ["Works fine. Nobody complains. We get paid.", ""],
  ["We reset the same user's password nine times last month. Nine.", "blame:emp"],
  ["I talk them through what I'm doing on every remote session. They seem to like it.", ""],
  ["Their owner was rude to our junior tech and she came back in tears.", "power feel"],
  [
    "I think the clients get talked down to by our helpdesk. Listening to the call recordings, I'd agree.",
    "comm blame:sec",
  ],
  ["Clients who never call worry me more than the ones who call every day.", "feel distance"],
  [
    "The opticians ring every morning at nine about something. Honestly it's become a friendly routine.",
    "",
  ],
  ["We're a commodity to them. Cheapest quote wins, loyalty means nothing.", "distance"],
  ["Not a single complaint about the new MFA prompts. I was braced for worse.", ""],
  ["Pretty standard MSP arrangement, remote support plus a monthly on-site day.", ""],
  [
    "I'm the one who set up their shared mailbox wrong. Every complaint since has been valid.",
    "blame:self",
  ],
  [
    "Staff keep printing confidential stuff to the wrong printer, then ask us to 'unprint' it.",
    "blame:emp",
  ],
  [
    "We did a walk-round with each department. Loads of small annoyances fixed in an afternoon.",
    "",
  ],
  [
    "I'm stuck between the owner who wants it locked down and staff who want it open. Both shout at me.",
    "conflict feel",
  ],
  [
    "I left a test account enabled after the pentest. Caught it a week later. Sloppy of me.",
    "blame:self",
  ],
  [
    "Our out-of-hours line goes to voicemail half the time. I'd be livid if I were them.",
    "blame:sec",
  ],
  [
    "I'm anxious every time they migrate something themselves. They never ask first.",
    "feel distance",
  ],
  ["They see us once a year and only for the server health check.", "distance"],
  ["Good people, rubbish kit, tight budget. We make it work together.", ""],
  ["The practice manager speaks to me like I'm her teenage son who broke the telly.", "power"],
  ["When we explain things they nod, and I'm never sure they understood.", "comm"],
  ["Their staff are proper clued up now. They spot phishing before our filter does.", ""],
  [
    "They have our number on speed dial and use it for everything from Excel formulas to the fridge.",
    "blame:emp",
  ],
  [
    "I've botched their printer mapping three times. They're being very patient with me.",
    "blame:self",
  ],
  [
    "The owner tells us to do something, then tells his staff we did it without asking him.",
    "conflict power",
  ],
  ["Honestly the relationship's fine. Bit of banter, bit of grumbling, normal stuff.", ""],
  [
    "they never report anything and then we find malware that's been there since christmas",
    "distance blame:emp",
  ],
  [
    "Our documentation for that client is nonexistent and I'm the one who never wrote it. If I got hit by a bus they'd be stuffed.",
    "blame:self",
  ],
  ["It's a small firm, five desks, and they treat us like the sixth.", ""],
  [
    "I'm made to wait in reception for forty minutes for a booked visit. Every time. Like I'm nobody.",
    "feel power",
  ],
  ["Our SLA reports are just walls of numbers. They deserve better.", "comm blame:sec"],
  ["Very straightforward client. They know what they want and they say it nicely.", ""],
  [
    "The owner doesn't tell staff anything about security changes, so they blame us for surprises.",
    "comm conflict",
  ],
  [
    "They think we're watching their every move from some dark room. We're not, but I can't convince them.",
    "power conflict",
  ],
  [
    "It's lonely being the only tech on that account. Nobody there talks to me beyond 'it's broken'.",
    "feel comm distance",
  ],
  ["No complaints from them in a year, and they tell us why: stuff just works.", ""],
  ["Users reuse the same password across everything. Always have, always will.", "blame:emp"],
  [
    "Our own security policies are half copy-pasted from a template nobody on our team understands.",
    "blame:sec",
  ],
  [
    "I'm too soft with that client. I let scope creep go because I hate confrontation.",
    "blame:self",
  ],
  ["No arguments about scope this year. The new contract spells it out.", ""],
  [
    "Someone in accounts wired ten grand to a scammer after ignoring every warning banner we added.",
    "blame:emp",
  ],
  [
    "users there are honestly the biggest risk on the network, more than any unpatched box",
    "blame:emp",
  ],
  ["The receptionist is my unofficial liaison. Knows everyone, tells me everything. Gold.", ""],
  ["The owner expects me to drop everything for him. Other clients be damned.", "power"],
  ["Tickets from them read like ransom notes. 'FIX EMAIL NOW.'", "comm"],
  ["Honestly the staff are fine. It's the owner who clicks everything.", "blame:emp"],
  [
    "I wasn't clear enough when I sold them the contract. Any confusion since is down to me.",
    "blame:self",
  ],
  ["We do a quick 'how's it going' call every fortnight. It's kept the relationship warm.", ""],
  [
    "The MD's PA guards access to him like a bouncer. We've not spoken directly in a year.",
    "distance power",
  ],
  [
    "We made them jump through hoops for a new laptop. Our approval process is ridiculous.",
    "blame:sec conflict",
  ],
  ["The office manager used to hate us. Now she brings biscuits. Took two years.", ""],
  ["The engineers they like get requested by name. Nice compliment for the team.", ""],
  [
    "I'm shouting into the void with their security updates. Nobody reads them and it's disheartening.",
    "feel distance",
  ],
  [
    "Our helpdesk closes tickets without confirming the fix. Clients have noticed and they're not happy.",
    "blame:sec conflict",
  ],
  ["They're completely reliant on me. Scares me a bit.", "power feel"],
  [
    "Staff forward chain emails to the whole company. Every week someone needs a reminder.",
    "blame:emp",
  ],
  ["The relationship's built on trust now. They don't question invoices and I don't pad them.", ""],
  ["Their staff are too polite to complain, which means I never know what's broken.", "distance"],
  [
    "I dropped their server during business hours. Entirely my fault. Owner was surprisingly decent about it.",
    "blame:self",
  ],
  ["We're told what to do, never asked what we think. Just the IT supplier.", "power"],
  [
    "The warehouse manager and I sort things out face to face on the loading bay. Works for us.",
    "",
  ],
  [
    "The owner doesn't understand why security costs money and I'm bad at explaining it.",
    "conflict blame:self",
  ],
  ["They ring when they need us and otherwise get on with their work. Suits everyone.", ""],
  [
    "Client staff think we're rude because we use ticket numbers instead of names. Fair enough.",
    "comm blame:sec",
  ],
  ["Renewal signed without a fuss. They said the quarterly visits made the difference.", ""],
  [
    "If they don't understand our reports, that's down to my writing, not their intelligence.",
    "blame:self",
  ],
  [
    "I'm the one who let MFA slip on their shared accounts. Found out during an incident.",
    "blame:self",
  ],
  [
    "They only call us after they've tried fixing it themselves and made it worse.",
    "distance blame:emp",
  ],
  ["The new office manager actually reads our emails. Revolutionary.", ""],
  [
    "Staff ignore our warnings because half of them are false alarms from our own tools.",
    "blame:sec distance",
  ],
  ["The owner's trust is hard-won. He used to check every change. Now he doesn't.", ""],
  [
    "Our sales team promised things the techs can't deliver. Client feels lied to, and they're right.",
    "blame:sec feel",
  ],
  ["I'm frustrated that they never ask our opinion until the decision's made.", "feel power"],
  [
    "The owner's PA forwards her work email to her personal Hotmail. Has done for years.",
    "blame:emp",
  ],
  ["They call me 'Tech' in the shop. They don't know my name after five years.", "distance"],
  ["We explained the change in plain terms and they were fine. Sometimes it's that simple.", ""],
  [
    "A lot of clients are just embarrassed to ask 'basic' questions, so they don't.",
    "feel distance",
  ],
  [
    "Honestly our patching schedule is a shambles right now. Clients are bearing the brunt.",
    "blame:sec",
  ],
  ["They won't sign off the firewall upgrade, then blame us when the old one fails.", "conflict"],
  ["The owner talks to us through his accountant. I've never heard his voice.", "distance comm"],
  [
    "I patched their file server without a snapshot. It went fine, but that was reckless of me.",
    "blame:self",
  ],
  ["We set clear boundaries in the contract and they've respected them. Healthy.", ""],
  [
    "I lost my temper with a client's employee once. Never again. It ruined months of goodwill.",
    "blame:self conflict",
  ],
  ["Ticket volume is low and the ones we get are clear and well described.", ""],
  ["The reception staff wave when I arrive. Like being part of the place.", ""],
  ["They don't see the point of us until it's 3am and the server's on fire.", "comm"],
  ["I'm uneasy about how much access we have. They'd never know if we misused it.", "power feel"],
  ["Their staff never read the instructions we send and ring to ask what to do.", "blame:emp"],
  ["Straight talkers, quick payers, sensible requests. No notes.", ""],
  [
    "Tickets from the partners get priority, tickets from the admins wait. That's the unwritten rule and I hate it.",
    "power feel",
  ],
  ["I always leave a handwritten note on site summarising what I did. People appreciate it.", ""],
  ["Their staff take the phishing sims in good humour and the click rate keeps dropping.", ""],
  [
    "Our escalation process is so slow that clients just give up and fix it themselves.",
    "blame:sec distance",
  ],
  ["I can't get a straight answer from them about who's in charge of IT decisions.", "comm"],
  ["The client's a joy. The odd urgent call but always reasonable.", ""],
  [
    "I'm the one who keeps missing their scheduled check-ins. They deserve better than me.",
    "blame:self",
  ],
  ["They're quite happy to be hands-off and let us run things. Suits both of us.", ""],
  ["Their estimators download cracked software to save on a licence fee.", "blame:emp"],
  [
    "The owner thinks it's funny to click the phishing test link on purpose. Encourages the others.",
    "blame:emp conflict",
  ],
  ["The owner and I disagree on budget sometimes but he always hears me out.", ""],
  ["It's respectful. They treat our techs like colleagues, not servants.", ""],
  [
    "Our contracts lock them in for three years and they resent it. Can't say I blame them.",
    "power blame:sec",
  ],
  [
    "They told us about the breach three weeks after it happened. Because they were embarrassed.",
    "distance feel",
  ],
  ["Everyone in their office knows me by name and asks after my dog.", ""],
  ["When their director says 'we'll let you know', we never hear back.", "distance"],
  ["Their staff just want things to work and don't care how. Which is fair, really.", ""],
  ["I've been curt with them in emails when I'm busy. Not proud of it.", "blame:self comm"],
  [
    "We walked the owner through the incident report line by line. He thanked us for being straight with him.",
    "",
  ],
  ["Remote session today, user chatted the whole time about her holiday. Nice change.", ""],
  [
    "The owner keeps admin rights 'just in case' and installs dodgy freeware weekly.",
    "blame:emp conflict",
  ],
  [
    "We lost a client because our account manager never visited. I'd have left too.",
    "blame:sec distance",
  ],
  [
    "They're afraid of breaking things so they don't touch anything. Even the restart button.",
    "feel",
  ],
  [
    "Honestly best client relationship I've had. Open, honest, they tell us when we mess up and we fix it.",
    "",
  ],
  ["they ring the minute anything blinks. i think they're lonely tbh. i don't mind", ""],
  [
    "I gave them a quote in jargon and they went elsewhere. Should've spoken their language.",
    "blame:self comm",
  ],
  [
    "Staff get told off by the owner for raising tickets because 'it costs money'. So they don't.",
    "power distance",
  ],
  ["We had a misunderstanding over what 'managed backup' meant. Cleared it up over coffee.", ""],
  ["Our team gets defensive when clients complain. We need to listen more.", "blame:sec"],
  ["It's frustrating watching them ignore advice, then pay triple to fix the fallout.", "feel"],
  ["Monthly visits, named tech, clear escalation. Nothing fancy, just consistent.", ""],
  ["I think they're a bit frightened of us. We need to be less intimidating.", "feel power"],
  [
    "Their IT coordinator quit and nobody there knows who to call. It's been silent for weeks.",
    "distance",
  ],
];
