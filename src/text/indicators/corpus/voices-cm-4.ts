import type { RawExample } from "./types.js";

/** IT and helpdesk staff in local-government offices (district, town and parish councils, libraries), on officers, councillors and managers. Written fresh for Rapport (brief CM). */
export const VOICES_CM_4: readonly RawExample[] = [
  ["Councillors think the IT team exists to fix their personal iPads.", "conflict"],
  ["Revs and bens? A joy.", ""],
  [
    "Social workers will work round any security control if it slows down a visit.",
    "blame:emp conflict",
  ],
  [
    "Nobody from planning has ever reported a phishing email. Statistically impossible they've never had one.",
    "distance",
  ],
  [
    "I'm honestly worried about the elections this year. Staff don't take it seriously.",
    "feel blame:emp",
  ],
  [
    "The chief exec's office sends instructions to IT through three layers of managers. Nothing arrives intact.",
    "comm power",
  ],
  ["We meet the service heads quarterly. It's structured but it works.", ""],
  ['Nobody calls us the "computer says no" people anymore. That reputation\'s gone.', ""],
  [
    "Our PSN compliance requirements make the council's wifi miserable. No wonder staff hate it.",
    "blame:sec",
  ],
  [
    "Environmental health officers use their own phones for photos of evidence. I've told them, they shrug.",
    "blame:emp",
  ],
  ["The library staff are great. They're the first to spot anything dodgy on the public PCs.", ""],
  [
    'The town clerk decides IT spending on gut feeling. I\'m asked afterwards to "make it work".',
    "power",
  ],
  [
    "Honestly I talk down to people sometimes without meaning to. Years of the same questions.",
    "blame:self comm",
  ],
  ["Staff only remember we exsist when the payroll system's down.", "comm"],
  [
    "Members' services want councillors to have admin rights. We keep saying no, they keep asking.",
    "conflict",
  ],
  [
    "The new digital transformation lead doesn't talk to the infrastructure team at all.",
    "distance",
  ],
  [
    "We had a good session with the housing team, walked through their day and found real fixes.",
    "",
  ],
  [
    'I\'m tired of being the bad guy. Every control I put in is "IT bureaucracy" to them.',
    "feel conflict",
  ],
  [
    "Since we moved to the shared service, staff here haven't met a technician face to face once, it's all a portal and a phone queue and a chat bot, and they hate it and honestly so do I.",
    "distance comm feel",
  ],
  [
    'Councillors click everything. One of them forwarded a fake invoice to finance with "please pay".',
    "blame:emp",
  ],
  ["Managers see cyber as an IT problem, not theirs.", "distance"],
  [
    "The legal team are thorough with IT requests, but they're clear and quick once they've checked.",
    "",
  ],
  ["A servant on election nights, that's me. Twelve hours being barked at.", "power feel"],
  [
    "Honestly, our service desk scripts are robotic. Staff say it's like talking to a machine.",
    "blame:sec comm",
  ],
  ["Customer services are lovely, they give us feedback on what residents struggle with too.", ""],
  ["The director asked me to give her PA her password. No.", "conflict"],
  [
    "Half the staff work from home but they pop into the office Thursdays and I make a point of saying hello.",
    "",
  ],
  [
    "We broke the finance system during a patch and finance have never fully forgiven us. Deserved.",
    "blame:self conflict",
  ],
  [
    "Social care managers assume we can see everything their staff do. We can't, and don't want to.",
    "conflict power",
  ],
  [
    "Since we started sitting in on each team's meeting once a month, just ten minutes at the end for questions, the tickets have gone down, the tone of the emails has gone up, and people actually say hello.",
    "",
  ],
  [
    "Parish clerks ring me in a panic thinking they've been hacked every time Outlook updates. I should've warned them it was coming.",
    "feel blame:self",
  ],
  ["Senior managers never do the cyber training. Everyone else notices.", "blame:emp"],
  [
    "I hate the phishing test campaign. It makes staff think we're out to catch them.",
    "feel conflict blame:sec",
  ],
  [
    "The waste team just want the tablets in the bin lorries to work. Fair enough. I rarely get out there though.",
    "distance",
  ],
  [
    "People aren't shy about asking us things, even the really basic stuff. That's what we're for.",
    "",
  ],
  ["Cabinet members jump the queue. Always.", "power"],
  [
    "I've got a great relationship with the HR business partners. We handle leavers together, no gaps.",
    "",
  ],
  [
    'The "IT strategy" was written by consultants. Nobody on the front line was asked, including me.',
    "power distance",
  ],
  [
    "A planning officer left an unencrypted laptop on a train. Told us a week later.",
    "blame:emp distance",
  ],
  [
    "Honestly my emails to staff are too long. Nobody gets past the first paragraph.",
    "blame:self comm",
  ],
  [
    "Registrars were nervous about the upgrade, but they came to every training session and it went smoothly.",
    "",
  ],
  ["Not a bad word to say about the staff here. They try hard.", ""],
  [
    "When something fails, the first email is to the head of IT, not to us. Like we're not trusted.",
    "power feel",
  ],
  [
    "Our security team in the county speaks in acronyms. DLP, SIEM, CASB. Staff nod and ignore it.",
    "blame:sec comm",
  ],
  ["Some of the older admin staff are scared of the new laptops. I try to be gentle.", "feel"],
  [
    "We get it in the neck for decisions made by the procurement board. We weren't even in the room.",
    "power conflict",
  ],
  [
    "No one tells us about office moves. Last time, forty people from adult social care turned up on a Monday morning to an empty floor with no network points, no phones, nothing, and somehow that was IT's fault.",
    "comm conflict",
  ],
  [
    "Genuinely good working relationship with the leader's office. They call, we answer, it's friendly.",
    "",
  ],
  ["Staff see the helpdesk queue as a black hole. They're not wrong.", "blame:sec distance"],
  ["I think I'm too quick to assume users are stupid. It shows.", "blame:self"],
  [
    "Benefits assessors print everything because they don't trust the system. It's a data protection nightmare.",
    "blame:emp",
  ],
  [
    "The MD of the shared service has never visited our site. Useless outfit, and the staff here know it.",
    "distance blame:sec",
  ],
  ["Libraries staff ring me by name. Trips out there are the best part of my week.", ""],
  [
    'A manager told me "security is your job, not mine" in a meeting. Then asked for an exemption.',
    "conflict blame:emp",
  ],
  [
    "I get a bit nervous when the finance director calls. It's never good news, never a chat.",
    "feel comm",
  ],
  ["I know they moan about us. They don't say it to our faces though.", "distance"],
  [
    "We decide policy, staff follow it. Nobody asks them. I can see why they resent it.",
    "power blame:self",
  ],
  ["Councillors on Hotmail. Still.", "blame:emp"],
  ["I've been here long enough that most people just trust me. Nice feeling.", ""],
  ["Frontline teams respect IT now that we've done ride-alongs on the bin rounds.", ""],
  [
    "The comms team installed a social media tool on their own and gave it access to everything.",
    "blame:emp",
  ],
  [
    "Last person who owned up to clicking a dodgy link got hauled in by their manager. Nobody's owned up since.",
    "distance feel",
  ],
  [
    "Our remote support tool pops up with no explanation. Staff think they're being watched. Fair, really.",
    "blame:sec power",
  ],
  [
    "I don't go to the service team days anymore. Every time I do, within ten minutes it's turned into a complaints session about printers, passwords and the VPN, and I go back to my desk like a punch bag.",
    "distance conflict",
  ],
  ["Good lot in council tax. They know their systems better than I do.", ""],
  ["heads of service want everything yesterday. every. single. time.", "conflict"],
  [
    "I got the permissions wrong on the HR share and people saw salaries. My mistake. Awful week.",
    "blame:self feel",
  ],
  [
    "On the helpdesk here, you're a punching bag for whatever's wrong in someone's day.",
    "power feel",
  ],
  [
    "The new chief digital officer listens. First time in years someone upstairs has come down to our floor, sat with the helpdesk for a morning and asked what we think should change.",
    "",
  ],
  ['Staff refuse to use the password manager because "all my eggs in one basket".', "blame:emp"],
  ['Email from the director: "Fix it. Now." That\'s it.', "comm power"],
  [
    "Honestly our security rules are written to protect us, not to help staff do their jobs.",
    "blame:sec conflict",
  ],
  ["Admin staff don't log out of shared PCs in reception. Anyone could walk up.", "blame:emp"],
  ["I'm not sure most managers could name anyone in the IT team.", "distance"],
  [
    "Relationship with the social workers is much better since we gave them proper laptops. Used to be daily rows.",
    "",
  ],
  [
    "Staff are embarrassed when they get caught by a phishing test and stop talking to us for a bit.",
    "feel distance",
  ],
  [
    "I've stopped arguing with the planning manager. Whatever she wants, she gets. She's above my pay grade.",
    "power distance",
  ],
  ['To them we\'re "the IT". Not people. Just "the IT".', "distance"],
  [
    "The town council's five staff are lovely. I visit once a fortnight and it's always a nice chat.",
    "",
  ],
  [
    "Cyber insurance forced MFA on us and I sold it badly. Staff think I invented it to annoy them.",
    "blame:self conflict",
  ],
  ["Building control read the IT announcements, even reply with questions. Bless them.", ""],
  [
    "Our service desk people are rude on the phone. I've heard it. Staff aren't imagining it.",
    "blame:sec comm",
  ],
  ["Some of the directors think passwords are for junior staff.", "blame:emp"],
  ["Ups and downs, like anywhere.", ""],
  ["I get talked over in project meetings. By the time I'm asked, it's already bought.", "power"],
  ["Staff find our processes baffling. Three forms to get a monitor.", "blame:sec"],
  [
    "I love it when a manager rings to ask advice before buying something. Happening more and more.",
    "",
  ],
  ["We're an easy target. Bin collections late? Must be the system.", "conflict"],
  [
    "Worried sick about the old servers in the basement. I've told management and heard nothing back.",
    "feel comm",
  ],
  ["Staff reuse passwords and use their kids' birthdays. I see the reset requests.", "blame:emp"],
  [
    "The monthly drop-in at the depot has changed everything. Drivers actually tell us what breaks.",
    "",
  ],
  [
    "Every request comes through a manager, never from the person who actually has the problem.",
    "distance",
  ],
  ["I go quiet in meetings with senior managers. Like I'm not meant to be there.", "feel power"],
  ["We don't help ourselves, the IT intranet page hasn't been updated since 2019.", "blame:sec"],
  ["Nobody's rude, nobody's friendly. Tickets in, tickets out.", "distance"],
  [
    "Housing officers know the slow laptops are old hardware, not us being difficult. Replacements are due in spring.",
    "",
  ],
  ["I got a thank-you from the chief executive after the outage. Made my month.", ""],
  [
    "People avoid calling because they don't want to \"waste IT's time\". They waste far more of theirs.",
    "distance",
  ],
  ["I admit I've been defensive when managers complain. Need to listen more.", "blame:self"],
  ["Electoral services only call us on polling day. Every year, the same panic.", "comm"],
  ["Staff hate the new VPN and fair enough. It drops every twenty minutes.", "blame:sec"],
  [
    "Managers assume if it's in the cloud it's safe. Then they share it with \"anyone with the link\".",
    "blame:emp",
  ],
  ["Our helpdesk is great these days. Feedback scores are up and people say hello.", ""],
  [
    "The chief exec forwarded a phishing email to all staff asking if it was real. It wasn't. Now 400 people have it.",
    "blame:emp",
  ],
  [
    "I've been told I'm \"intimidating\" by a manager. I'm 5'4\" and wear a cardigan.",
    "feel power",
  ],
  [
    "Teams decide what software they need and tell us to install it. We're order-takers here.",
    "power",
  ],
  ["A few grumbles about the new phones but nothing serious.", ""],
  [
    'Honestly I\'ve given up explaining risks to the finance team. Probably my fault for always leading with "no".',
    "distance blame:self",
  ],
  [
    "I sent the wrong all-staff email about a password reset and half the council thought it was phishing. Embarrassing.",
    "blame:self feel",
  ],
  [
    "The contractors who run our network never speak to staff. I'm the go-between and get it from both sides.",
    "blame:sec conflict",
  ],
  [
    'Staff ring "the IT lady" for everything from kettles to car parking. I quite like it, it means they trust me.',
    "",
  ],
  [
    "Old-school managers still print emails. Security to them is a filing cabinet with a key.",
    "blame:emp",
  ],
  ["IT's in the room for the good news too these days. Got a shout-out at the staff awards.", ""],
  [
    "The social care directorate won't let us near their case system. It's their kingdom.",
    "conflict distance",
  ],
  ["Staff are getting better. Phishing click rate's halved in a year.", ""],
  ["They don't tell us what they need until they're angry about not having it.", "comm conflict"],
  [
    "I think the policies I wrote are too strict. They stop people working and I should revisit them.",
    "blame:self",
  ],
  ["We've got a rapport with the coroner's office. Odd job, lovely people.", ""],
  [
    "My manager tells me to keep users at arm's length so they don't \"take advantage\". I hate it.",
    "distance feel",
  ],
  [
    "Staff don't trust the helpdesk to keep things confidential, so they don't tell us when they've clicked something.",
    "distance",
  ],
  ["It's a good council to work for. People are respectful both ways.", ""],
  ["Councillors only ever email IT to complain, always cc'ing the chief exec.", "comm power"],
  ["Same people, same mistakes. Exhausting.", "feel blame:emp"],
  [
    "We're stretched thin across four buildings. Nobody gets the attention they should, and it's not their fault.",
    "distance",
  ],
  ["After the audit the staff really pulled together. Best I've seen it.", ""],
];
