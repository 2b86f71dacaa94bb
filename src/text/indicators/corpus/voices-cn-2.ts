import type { RawExample } from "./types.js";

/** Employees of small and medium firms (hotels, care homes, law, pharmacy, vets, nurseries) on their IT and security people. Written fresh for Rapport (brief CN). */
export const VOICES_CN_2: readonly RawExample[] = [
  [
    "At the hotel we see the IT contractor maybe twice a year, when the key card system dies.",
    "distance",
  ],
  ["Night porters get no training at all, we just get told not to click things.", "comm"],
  [
    "I phoned them in a panic after I'd paid a fake supplier, and they were calm, got the bank on the line, really helped.",
    "",
  ],
  ["I wired four grand to a fake supplier. Still can't believe I fell for it.", "blame:self feel"],
  [
    "The nurses get a ten-minute briefing at handover whenever something changes on the system.",
    "",
  ],
  [
    "In the care home the carers share one login on the med cart because logging in each time takes too long with residents waiting.",
    "conflict",
  ],
  [
    "Our security company sends reports full of red graphs and nobody here knows what they mean.",
    "comm",
  ],
  [
    "They never come to the site. Everything is remote, and remote feels like nobody.",
    "distance comm",
  ],
  [
    "Solicitors here are the worst for it, forwarding client files to their Gmail to work at home.",
    "blame:emp",
  ],
  ["Really responsive lot.", ""],
  ["IT at our place are absolute gatekeepers. You want a new monitor, you grovel.", "power"],
  ["Asked a simple question, got a link to a thirty-page PDF. Thanks.", "comm feel"],
  ["Nobody checks up on what I do online and I appreciate that they trust us.", ""],
  ["i dont report stuff, whats the point, they never reply", "distance blame:sec"],
  [
    "The firewall update killed the card machines on a Saturday, and IT's phone went to voicemail.",
    "conflict blame:sec",
  ],
  ["I'd go to them with a mistake, no hesitation. They've made that clear from day one.", ""],
  [
    "To be fair, a lot of us are idiots with email. I nearly sent the staff rota to a customer last week.",
    "blame:emp blame:self",
  ],
  ["Security here is just a guy called Mark who also runs the van fleet.", ""],
  ["Every message from them starts with 'As previously communicated'.", "comm"],
  [
    "The site foremen won't touch the tablets because they're scared of breaking something and getting blamed.",
    "feel distance",
  ],
  ["The system admin decides who gets what access and you just have to accept it.", "power"],
  ["We had a lunch-and-learn on scams with the IT team and pizza. Best hour of the month.", ""],
  ["They don't make you feel small. Ever. Even the MD asks them daft questions.", ""],
  ["They're not rude, just never around.", "distance"],
  [
    "They blocked the YouTube channel we use for training new bar staff. Took a month to undo.",
    "conflict blame:sec",
  ],
  [
    "Honestly I think I'm too old for all this. Any mistake on the computer, it's going to be mine.",
    "blame:self feel",
  ],
  [
    "They put a tracking thing on the laptops and said it was for 'productivity'. Nobody believed that.",
    "power",
  ],
  [
    "Clear, friendly instructions on spotting the fake delivery texts, pinned up by the kettle. Very helpful.",
    "",
  ],
  [
    "My manager says 'the weakest link sits between the chair and the keyboard' at every meeting.",
    "blame:emp",
  ],
  [
    "When our shared drive got encrypted, IT spent more time working out who did it than fixing it.",
    "blame:sec power",
  ],
  [
    "They built a ticketing portal and forgot to give half of us a login for it. Genius.",
    "conflict blame:sec",
  ],
  [
    "They sent a thank-you card to the whole packing team for reporting the fake courier emails.",
    "",
  ],
  ["I don't even know their names.", "distance"],
  [
    "Felt so stupid when I failed the phishing test, I'd been warned about exactly that email.",
    "feel blame:self",
  ],
  ["The person on the helpdesk talked to me like I was five.", "comm power"],
  ["IT and the design team don't really get on. We want freedom, they want control.", "conflict"],
  ["They're the only ones with the admin password and they like it that way.", "power"],
  [
    "We should all be more careful really. The accountants especially, they open everything.",
    "blame:emp",
  ],
  [
    "I spilled coffee on the laptop, my own clumsiness, and just told them it stopped working. Easier.",
    "distance blame:self",
  ],
  [
    "Genuinely good experience last week, the security lady walked me through setting up the authenticator on my phone.",
    "",
  ],
  ["It's a constant battle to get anything past them.", "conflict blame:sec"],
  ["Their 'awareness' emails are so patronising. Cartoon hackers in hoodies, really?", "comm feel"],
  ["We never had any problem with them, they leave us alone and we leave them alone.", "distance"],
  ["I think they get the balance right. Strict on bank details, relaxed on everything else.", ""],
  [
    "Pharmacy software asks for a password every five minutes. Between prescriptions. With a queue out the door.",
    "conflict",
  ],
  [
    "They came round and asked how the new system was working for us, took notes, changed two things. Impressed.",
    "",
  ],
  ["Wish they'd just speak English.", "comm"],
  [
    "The guys in the workshop don't care about cyber anything, they just want the machines running.",
    "blame:emp distance",
  ],
  ["They took my USB stick off me in front of the whole team. Humiliating.", "feel power"],
  [
    "Our outsourced IT company couldn't care less about us, we're a tiny contract for them.",
    "distance power",
  ],
  ["I'll admit I'm the reason we have the 'don't plug in random USBs' rule.", "blame:self"],
  [
    "The security steps on the delivery app add ten minutes per drop. The drivers hate it.",
    "conflict feel",
  ],
  [
    "Been here twelve years, had maybe three conversations with anyone from IT security.",
    "distance",
  ],
  ["Nobody tells us anything until after the fact.", "comm"],
  ["They're approachable, they say good morning, they remember your name.", ""],
  [
    "The one time I reported something I got 'not a security issue, please use the helpdesk'. Haven't bothered since.",
    "comm distance",
  ],
  ["Honestly the policies are fine, it's the people here who don't follow them.", "blame:emp"],
  ["They act like it's their network and we're just borrowing it.", "power"],
  [
    "The security audit last month was done without talking to a single person in production.",
    "power distance",
  ],
  [
    "We had a breach two years ago and IT handled it openly, told everyone what happened and what changed. Respect.",
    "",
  ],
  ["The lockout policy locks me out more than any hacker ever could.", "conflict blame:sec"],
  ["i'm terrible with passwords tbh, reset mine like 6 times this year", "blame:self"],
  ["My boss checks with IT what sites we visit. I only found out by accident.", "power"],
  [
    "They tell us to report suspicious emails but never say what happens after. Feels pointless.",
    "comm distance",
  ],
  [
    "Security is part of the induction, half a day, run by the person you'll actually be calling.",
    "",
  ],
  [
    "The nursery tablets are so locked down we can't upload photos for parents, so staff use their own phones instead.",
    "conflict",
  ],
  [
    "I'm slow with this stuff and was too embarrassed to ask how the VPN works, everyone else seems to know.",
    "feel distance blame:self",
  ],
  [
    "Useless. Absolutely useless. Three calls about the printer and nobody came.",
    "blame:sec conflict",
  ],
  ["Our IT guy is a legend, stays late when the accounts system plays up at month end.", ""],
  ["We had a false alarm last month and they explained exactly what it was, in normal words.", ""],
  [
    "You can never get hold of them after 4pm, which is exactly when the lorries come back.",
    "conflict",
  ],
  [
    "Staff turnover's high here, nobody stays long enough to learn the rules properly.",
    "blame:emp",
  ],
  [
    "Every time the security warning pops up I click OK without reading, which is probably how I got the virus.",
    "distance blame:self",
  ],
  [
    "They called me into an office about a download I'd made. Turned out fine but I was shaking.",
    "feel power",
  ],
  ["Messages from IT are one line, no context, no greeting. 'Restart now.'", "comm"],
  ["After the training I actually understood why we lock screens. Made sense for once.", ""],
  [
    "We're a family firm, the 'IT department' is the owner's son. You can't exactly complain.",
    "power",
  ],
  ["The developers treat security like the fun police.", "conflict blame:sec"],
  [
    "I'm so worried about getting it wrong that I avoid the shared drive completely.",
    "feel distance",
  ],
  ["They're a faceless email address. security@ something.", "distance comm"],
  ["One colleague gets phished every few weeks, same guy every time.", "blame:emp"],
  ["honestly they've been great, no complaints, response time is good", ""],
  ["Why do they need to see my screen remotely without asking first?", "power feel"],
  [
    "Every change needs a form, then a second form, then approval from someone I've never met.",
    "conflict power",
  ],
  ["The security team and the sales team literally don't speak.", "distance"],
  [
    "When I started nobody from IT introduced themselves. I worked out who they were from a lanyard.",
    "distance",
  ],
  ["I feel stupid every time I can't remember the new password rules.", "feel blame:self"],
  ["No, I don't think they look down on us at all. They're just busy.", ""],
  ["Mate, nobody here reads the policy. Nobody.", "blame:emp distance"],
  ["Our IT firm comes in on the first Monday of the month and anyone can book a slot.", ""],
  [
    "I got an email saying my account was 'flagged for unusual activity' and nothing else. Spent the afternoon terrified.",
    "comm feel",
  ],
  ["I'm pretty sure I'm the reason for half their tickets.", "blame:self"],
  ["It feels like they exist to say no.", "blame:sec conflict"],
  ["Sometimes a bit strict maybe, but I'd trust them with anything.", ""],
  ["I see them most days, we share a kitchen, so it's all quite informal.", ""],
  [
    "They don't trust anyone in sales, and to be fair half of sales would email the customer list to anyone who asked.",
    "blame:emp",
  ],
  [
    "The IT shop we use in town fixed the router in ten minutes and explained what was wrong. Brilliant.",
    "",
  ],
  ["Couldn't tell you what our security policy says. Never been shown it.", "distance comm"],
  ["The vets' rota software logs you out mid-consult. Drives us all mad.", "conflict feel"],
  [
    "Don't want to be the person who reports something that turns out to be nothing.",
    "feel distance",
  ],
  [
    "They think because we're in marketing we're careless. Fair enough, sometimes we are.",
    "blame:emp",
  ],
  ["They only talk to us through the team leader, never directly.", "comm distance"],
  [
    "I told them about the phishing email straight away and they thanked me. Made me feel part of it.",
    "",
  ],
  ["Our security man is clever but arrogant. If you don't get it first time, tough.", "power comm"],
  [
    "The mobile device rules mean I can't check rotas on my own phone, so I'm always out of the loop.",
    "conflict",
  ],
  ["I keep clicking things I shouldn't, I know, I know.", "blame:self"],
  ["Half the people at this depot share logins. IT's right to be fed up.", "blame:emp"],
  ["We never see them unless there's an audit coming.", "distance"],
  [
    "Security rolled out the new badge system smoothly, explained it at the all-hands, no drama.",
    "",
  ],
  ["Ask them anything and you're made to feel you've wasted their time.", "feel power"],
  [
    "I used to hide my mistakes from IT. Not since Gemma started, she's made it safe to own up.",
    "",
  ],
  ["They sit in a glass office with the door shut. Says it all.", "distance power"],
  [
    "The e-signature thing they made us use confuses every client over sixty. Whoever picked it never spoke to a customer.",
    "conflict blame:sec",
  ],
  [
    "I once hid a malware warning because I thought I'd get fired. Still feel guilty.",
    "distance feel blame:self",
  ],
  ["Quite good at explaining things actually, if you catch them in person.", ""],
  ["The cleaners have badges that open the server room. Go figure.", "blame:sec"],
  ["I get why they're strict, we hold patient records.", ""],
  ["In my experience the security guys don't understand what we actually do on site.", "conflict"],
  [
    "I can't keep up with all their rules, and I'm sure I'm breaking three of them right now.",
    "blame:self",
  ],
  [
    "no one trains the temps, so the temps do whatever, and then IT moans at us",
    "blame:emp conflict",
  ],
  ["They're really good. I mean it. Patient, clear, kind.", ""],
  ["It's one person for all of it, and she's always been easy to reach on the chat.", ""],
  ["the sign-in takes a few extra seconds, doesn't bother me", ""],
  [
    "If you email them at ten you get a reply at four, by which time the client's gone elsewhere.",
    "conflict blame:sec",
  ],
];
