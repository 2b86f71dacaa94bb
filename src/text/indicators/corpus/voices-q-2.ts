import type { RawExample } from "./types.js";

/**
 * Second part of batch Q: analyst's interview notes and jotted quotes from small firms.
 * Written fresh for Rapport (brief Q).
 */
export const VOICES_Q_2: readonly RawExample[] = [
  [
    'Shift lead: "IT think we\'re all idiots. You can tell from the tone of the mails."',
    "comm blame:emp",
  ],
  ["Junior accountant: \"I'm the weak spot in this office, I'm sure of it.\"", "blame:self"],
  [
    'Assistant manager gets anxious every time a "your account will be suspended" email lands; can\'t tell real from fake.',
    "feel",
  ],
  [
    "Sales lead: the CRM password rules cost her a client call; she's still cross.",
    "conflict feel",
  ],
  ["IT consultant: the password manager rolled out in two weeks without one complaint.", ""],
  [
    'Plant IT manager: operators "ignore every warning"; in his view the human factor is always the cause.',
    "blame:emp",
  ],
  ['Receptionist: "They never make you feel small. Ever."', ""],
  ['Practice manager: policies arrive from the network group. "We\'re told, not asked."', "power"],
  [
    "Service advisor was told off in front of customers for leaving the screen unlocked; still bristles about it.",
    "comm feel",
  ],
  ['Charity caseworker: "Honestly? I dread opening my laptop some mornings."', "feel"],
  [
    "Charity shop manager: passwords get changed without warning, so she rings a colleague to get in.",
    "conflict",
  ],
  [
    'Transport manager: "IT broke the route planner again." Update pushed on a Monday morning, peak dispatch.',
    "blame:sec",
  ],
  ['Charity IT volunteer: "Staff will say yes to any caller who mentions the bank."', "blame:emp"],
  ["Coop IT helper visits every second Thursday; members bring their questions along.", ""],
  [
    'Hotel porter thinks the hotel got hit "because of people like me who don\'t read the emails".',
    "blame:self",
  ],
  [
    "Warehouse team lead, fifteen years in: security rules change every few months, nobody from IT ever comes down to explain them, and the lads work out their own way round because the trucks won't wait.",
    "conflict distance",
  ],
  ['School business manager: "I used to think IT were just there to say no. I was wrong."', ""],
  ["Garage owner: \"If we're not secure, that's on me. I never made time for it.\"", "blame:self"],
  ["Teacher: the technician explains without jargon and draws diagrams on the board.", ""],
  [
    'Sysadmin says nobody notices him until something breaks, and then "it\'s all my fault".',
    "comm blame:sec",
  ],
  [
    "Says the IT person sits at the other depot; she hasn't spoken to him in the two years she's worked here.",
    "distance",
  ],
  ["Coop IT adviser: members ignore every warning he sends, then ring in a panic.", "blame:emp"],
  ['Dispatcher: "Every outage this year traces back to something IT changed."', "blame:sec"],
  ['IT manager thinks staff are "better than the industry reports make out".', ""],
  ["Says she was nervous about the new laptops at first, but the handover session settled it.", ""],
  ["Security lead says staff mostly mean well; mistakes come from bad design, not bad people.", ""],
  ["Logistics owner: the IT provider's monthly report is one page and easy to read.", ""],
  ['Charity volunteer: the data protection trainer "made us all feel like suspects".', "power"],
  ["Hotel GM: reception spotted the last two phishing emails before IT did.", ""],
  [
    'Accountancy partner: "Staff are sensible, I trust them. The risk is the old software, not the people."',
    "",
  ],
  [
    "Junior dev worries she'll be the one who leaks a secret in a commit; checks everything three times.",
    "feel",
  ],
  ["In-house IT knows most staff by their ticket numbers, not their faces.", "distance"],
  [
    "Says the volunteer who does the IT is lovely but impossible to pin down, so she mostly asks her nephew.",
    "conflict distance",
  ],
  ['Nurse: "Scared of IT? Why would I be? They\'re lovely."', ""],
  ["Bakery supervisor: \"They're not gatekeepers. They're on our side.\"", ""],
  [
    'Reservations agent: group IT "never explain anything, they just send a notice and it\'s done".',
    "comm power",
  ],
  [
    "Bakery chain owner: \"Staff don't think. That's the whole security problem in one sentence.\"",
    "blame:emp",
  ],
  [
    "Payroll clerk is ashamed she fell for a fake invoice; says she should have known better.",
    "feel blame:self",
  ],
  [
    "Developer: the secrets scanner blocks commits over false alarms, so the team learned to bypass it.",
    "conflict",
  ],
  ['Head teacher: breaches happen "because teachers are sloppy with laptops".', "blame:emp"],
  ["Passwords are kept in a shared vault that IT set up last autumn.", ""],
  [
    'Accountancy partner: "Our IT provider is the biggest risk we have. They left the server wide open."',
    "blame:sec",
  ],
  ['IT manager: "Finance are careless. Three incidents this year, all from them."', "blame:emp"],
  ["Bakery chain owner: \"People aren't careless, they're busy. We designed it around that.\"", ""],
  ['Spa receptionist feels watched since keystroke logging began. "We\'re not trusted."', "power"],
  [
    "Front office manager: the booking crash was down to the IT company skipping tests.",
    "blame:sec",
  ],
  ['Owner thinks the front desk staff "will open anything with an attachment".', "blame:emp"],
  [
    "Warehouse manager gets a monthly list from IT of who failed the phishing test; finds it demeaning.",
    "power feel",
  ],
  ['Office junior is scared of ringing IT. "They make you feel stupid on purpose."', "feel comm"],
  ['Law firm receptionist: "Policed? No. They explain why and let us argue."', ""],
  [
    "Warehouse lead: scanners locked down so tight that the night shift share one login to keep the trucks moving.",
    "conflict",
  ],
  [
    'Machine operator: the security training video "made me feel thick", full of words he\'d never heard.',
    "comm feel",
  ],
  ["IT technician is fed up with being the one people only ring when it's broken.", "feel comm"],
  ['Member farmer shares his login with his son. "Who else will do the paperwork?"', "conflict"],
  ['Marketing assistant: "I don\'t know what they do all day, honestly."', "distance"],
  ['Retail area manager: the IT helpdesk "closes tickets without fixing anything".', "blame:sec"],
  ["Hotel chef: the till always reboots for updates in the middle of dinner service.", "conflict"],
  ["Bakery owner: \"IT? We've got a lad who comes in when the till dies. That's it.\"", "distance"],
  ["Says the lockout policy used to drive them mad but was relaxed after staff feedback.", ""],
  [
    "Security officer admits she made things worse by announcing the breach in a panicky all-staff email.",
    "blame:self",
  ],
  [
    "Partner: the IT firm consulted the paralegals before changing the document system; the switch went smoothly.",
    "",
  ],
  [
    'Hygienist calls the phishing test "a trap set to catch us out"; was humiliated when she failed it.',
    "feel power",
  ],
  ["Baker hadn't thought about security until the course; now he sees why the tills lock.", ""],
  [
    'Receptionist got a stern email, copied to her manager, about a shared password; felt "reported to the headmaster".',
    "comm power",
  ],
  [
    "Shop supervisor has no idea who to call if the till PC gets a virus; would just ring the area manager.",
    "distance",
  ],
  ['Warehouse clerk: "I\'m a walking security risk, me. I lose everything."', "blame:self"],
  ["The charity's new data policy was drafted with caseworkers in the room.", ""],
  [
    "Shop floor gets a laminated poster about passwords once a year. That's the whole extent of it.",
    "comm distance",
  ],
  [
    'Security engineer at the software house believes developers would skip every check if they could; says human error causes "ninety percent" of issues and the fix is to take decisions out of their hands.',
    "blame:emp power",
  ],
  ["Dental practice owner frets about a records leak; says it keeps him up at night.", "feel"],
  ['Farm office clerk: "Security? Out here? Honestly, nobody cares."', "distance"],
  [
    'Developer: security review is "where pull requests go to die"; he ships small fixes without it.',
    "conflict",
  ],
  [
    "Network engineer says the owner treats IT as a cost to be squeezed; his requests have been ignored for years.",
    "power",
  ],
  [
    'Front desk: lock screen "kicks us out during check-in", so they switched it off; card details sit on screen all day.',
    "conflict",
  ],
  [
    "Sysadmin hasn't been to the sales floor in months. \"They don't want me there, and I don't push it.\"",
    "distance",
  ],
  ['Farm coop clerk: "I\'d need a dictionary to read their emails."', "comm"],
  ["Warehouse lead: the team helped choose the new scanner login method.", ""],
  [
    "Security officer: management overrule her whenever a rule inconveniences sales.",
    "power conflict",
  ],
  [
    "Online shop owner hates that the payment provider can freeze the account at any moment, no warning.",
    "power feel",
  ],
  [
    "Line supervisor: badge readers on the tool store fail weekly, so the door is propped open with an extinguisher.",
    "conflict",
  ],
  ['Teaching assistant has no idea who decides what\'s blocked. "It just happens to us."', "power"],
  ['Tax partner: no friction with IT this year, "the quietest year I remember".', ""],
  [
    'Hotel IT manager: "Housekeeping leave the office open with the master key list on the desk. Every week."',
    "blame:emp",
  ],
  ["Head teacher worries that staff would be named and shamed after a data breach.", "feel power"],
  [
    'Law firm secretary: "Ask the IT desk a simple question and you get a paragraph of gobbledegook back."',
    "comm",
  ],
  ['Warehouse lead: "Careless? My lot? No. They\'re the first to flag a dodgy email."', ""],
  [
    'Garage receptionist: IT "speak in riddles"; she nods along, then asks the owner\'s daughter instead.',
    "comm distance",
  ],
  [
    "Teacher admits her reused password was how the account got broken into; feels awful about it.",
    "blame:self feel",
  ],
  [
    'Grain store manager: the city IT firm "wouldn\'t know a combine from a cow"; their advice never fits the yard.',
    "conflict blame:sec",
  ],
  ['Law firm office manager: "Our biggest risk walks in at nine every morning."', "blame:emp"],
  [
    "Reservations supervisor describes group IT as a faceless office in another city that changes things overnight; staff arrive to new logins and nobody to ask, which leaves everyone on edge for days.",
    "power distance feel",
  ],
  ["Says the new till system is easier than the old one; IT visited each shop to show them.", ""],
  [
    "Quality engineer waits days for IT to approve a USB stick for machine data; production can't wait that long.",
    "conflict power",
  ],
  ['Head office IT: "Branch staff are the hole in the bucket, every single time."', "blame:emp"],
  [
    'Finance director: the consultant\'s report was "sixty pages of fear". The board came away panicked, not informed.',
    "comm feel",
  ],
  ["Night manager has the IT on-call number and has used it twice; answered both times.", ""],
  [
    'School office manager: the trust\'s central IT "decide, and we find out when things stop working".',
    "power",
  ],
  ['Garage apprentice, on the printer fault: "Probably me. It\'s usually me."', "blame:self"],
  ['Teacher: "The IT team aren\'t the police here. They help."', ""],
  ['Mechanic: "Computers aren\'t my thing. I fix cars. The office does all that."', "distance"],
  ['Baker: training was an online quiz full of words like "exfiltration"; he guessed.', "comm"],
  ['Receptionist: "No one blames you here if you click something. You just tell them."', ""],
  [
    "Dental nurse: \"I'm useless with passwords. I always end up locked out, and it's me, not the system.\"",
    "blame:self",
  ],
  ['Driver: an update bricked the tablet on the road. "Thanks for nothing, IT."', "blame:sec feel"],
  ["Accountancy: security training is short, practical and done in team meetings.", ""],
  [
    'Security engineer admits the devs see him as "the department of no" and says he can\'t really blame them.',
    "conflict",
  ],
  [
    "Admin assistant: the IT guy sighs loudly whenever she asks something, so she's stopped asking.",
    "comm distance",
  ],
  [
    'Team lead: the security guy "speaks only in CVE numbers"; half the team tune out.',
    "comm distance",
  ],
  ['Sales manager: IT are "gatekeepers who think they own the company".', "power"],
  ["IT lead: \"I don't think anyone's afraid of us. Maybe the odd new starter, for a week.\"", ""],
  [
    'Trainee solicitor admits she sent a client file to the wrong address last spring. "Entirely my own doing." Still thinks about it.',
    "blame:self feel",
  ],
  ['Helpdesk tech: "They treat me like a butler. Fetch this, reset that, no thanks."', "power"],
  ['Teacher: the laptops are slow "because the IT lot loaded them with junk".', "blame:sec"],
  ['Developer: the security team "causes more outages than attackers ever have".', "blame:sec"],
  [
    'Retail owner: the web agency "did a terrible job" of the payment page and customer data was exposed.',
    "blame:sec",
  ],
  ["Mechanic shares a coffee with the IT lad most Fridays.", ""],
  [
    'Receptionist keeps apologising to IT. "I know I\'m a nuisance with my questions."',
    "blame:self",
  ],
  [
    'Finance officer: the IT newsletter is "a wall of acronyms"; she deletes it unread.',
    "comm distance",
  ],
  ['Engineer: security review adds a day, "but it\'s caught real issues, fair enough".', ""],
  [
    "Engineer: IT added approval steps for software installs; projects stall waiting for a yes.",
    "conflict power",
  ],
  [
    "Teacher thinks the web filter is pointless; the kids get round it faster than IT can patch it.",
    "blame:sec",
  ],
  ['Garage owner: the IT guy is "one of the lads", comes round for a brew and sorts things.', ""],
  ['School technician: teachers decide what they need and he just "does as he\'s told".', "power"],
  [
    'E-commerce assistant can\'t add a product without waiting for the agency to "unlock" the admin page.',
    "power conflict",
  ],
  ["Nurse has never felt talked down to by IT. \"They're patient even when I'm slow.\"", ""],
  [
    'Bakery area manager: the IT contractor "couldn\'t organise a raffle"; tills were down all Saturday.',
    "blame:sec",
  ],
  [
    'Sole IT person in a 40-person firm: "I\'m the help desk and the bin man." Nobody asks his opinion on anything.',
    "power",
  ],
  ["Receptionist keeps a paper visitor log and a sign-in list for fire drills.", ""],
  ['Store assistant only sees IT when she\'s "in trouble", last time over a password.', "comm"],
  ['Head of year avoids the IT office. "You come out feeling two inches tall."', "distance feel"],
  [
    "Coop manager: the vendor's \"security fix\" wiped the herd records, and he doesn't trust them now.",
    "blame:sec feel",
  ],
  [
    "Maintenance lead: \"Do I trust IT? Honestly, no. They'll say it's fixed and it isn't.\"",
    "feel blame:sec",
  ],
  ['Dispatcher: "The IT crew? Good people. Never once made me feel daft."', ""],
  ['Factory IT admin: "Operators think I\'m the enemy. I get it, I say no a lot."', "conflict"],
  [
    "Warehouse clerk, aged 61, says he's too old for all this; assumes any problem is something he did.",
    "blame:self",
  ],
  ['Founder: "Our security guy is right most of the time, but he\'s unbearable about it."', "feel"],
  [
    "Plant manager: security is a standing item in the monthly production meeting; IT presents for ten minutes.",
    "",
  ],
  ["Clerk can't follow half of what IT writes and is too embarrassed to say so.", "comm feel"],
  ['Tester gave up reporting security bugs. "No one reads the tickets anyway."', "distance"],
  [
    "Early-shift bakers: the card reader login times out mid-order, so the PIN is taped to the screen.",
    "conflict",
  ],
  ['Accountancy IT admin: "They\'d give their password to a cat if it asked nicely."', "blame:emp"],
  ['Concierge: the cyber awareness module was "written by robots, for robots".', "comm"],
  ['Charity fundraiser: the volunteer IT person "means well but hasn\'t a clue".', "blame:sec"],
  [
    "Helpdesk analyst is never invited to the meetings of the teams he supports; hears about changes afterwards.",
    "distance",
  ],
  [
    'Coop member is shy about asking the young IT fellow anything. "He must think I\'m a dinosaur."',
    "feel distance",
  ],
  [
    "Team lead: nobody asked the team before personal phones were banned on the floor. It went down badly.",
    "power conflict",
  ],
  [
    'Bodyshop manager: "Our IT bloke is useless. A week to get the card machine back."',
    "blame:sec",
  ],
  ['Law firm IT contractor: "The staff here are careful. I rarely see anything risky."', ""],
  ['Salesperson: "Tech and me have never been friends. I\'m the one who breaks it."', "blame:self"],
];
