import type { RawExample } from "./types.js";

/**
 * Part 2 of batch X: owners, managers and staff of micro and small firms on security and their
 * outside IT provider. Written fresh for Rapport (brief X); imported by voices-x.ts.
 */
export const VOICES_X_2: readonly RawExample[] = [
  // School, charity, hotel, farm cooperative
  ["School business manager. Our IT technician is in every day and the teachers adore him.", ""],
  [
    "The filter blocks half the sites teachers need for lessons, and getting one unblocked takes a fortnight.",
    "conflict",
  ],
  [
    "Staff got a twelve-page policy by email on the first day of term, with a read receipt. That was the training.",
    "comm",
  ],
  [
    "Teachers are the worst for sharing passwords. They're in a rush and they just shout them across the staffroom.",
    "blame:emp",
  ],
  [
    "The trust's central IT team decide everything for us. We're a small primary; nobody asks what we actually need.",
    "power",
  ],
  [
    "I'm genuinely frightened of a data breach with children's records. It would be the end of my career.",
    "feel",
  ],
  [
    "The IT support contract is with a firm two counties away. They've never set foot in the building.",
    "distance",
  ],
  [
    "Every time the central IT team roll something out, the interactive whiteboards stop working.",
    "blame:sec",
  ],
  [
    "I'm the one who set up the shared drive with no permissions. My own doing, that mess.",
    "blame:self",
  ],
  ["The technician never talks down to anyone, even the staff who really struggle.", ""],
  [
    "The charity's laptops are so locked down that volunteers can't open a spreadsheet. It's exhausting.",
    "conflict feel",
  ],
  ["The IT volunteer leaves notes on the server like 'do not touch DNS'. What's a DNS?", "comm"],
  [
    "We're a small charity and the funder's data requirements come down from on high. We comply or lose the grant.",
    "power",
  ],
  [
    "Our volunteers have no idea IT security even exists here. Nobody's ever mentioned it to them.",
    "distance",
  ],
  [
    "Volunteers come and go and half of them use their own email for charity business.",
    "blame:emp",
  ],
  ["The volunteers ask the IT chap anything, he's very approachable. Nobody's afraid of him.", ""],
  [
    "The pro-bono IT company that set us up left everything wide open. Well meaning but clueless.",
    "blame:sec",
  ],
  [
    "Charity manager. Hand on heart, I'm the one who ignored the warnings about the old server.",
    "blame:self",
  ],
  [
    "Hotel manager. The property system logs out night staff every fifteen minutes, so they just keep a sticky note with the password.",
    "conflict",
  ],
  [
    "The hotel group's IT lot push changes to our booking system without warning. We find out when guests complain.",
    "power comm",
  ],
  [
    "The group sends security posters and a quiz. That's the only contact we ever get.",
    "comm distance",
  ],
  [
    "Reception staff get flustered when the card terminal throws a security warning. They panic and call me.",
    "feel",
  ],
  ["Night porters will let anyone use the back-office PC if they ask nicely.", "blame:emp"],
  [
    "Our hotel's IT partner is outstanding. They trained every receptionist face to face, in their own shift times.",
    "",
  ],
  [
    "I've worked here six years and never once spoken to anyone from the group's IT department.",
    "distance",
  ],
  [
    "The booking system crashed on a bank holiday and their support line was closed. Utterly useless.",
    "blame:sec conflict",
  ],
  [
    "I've warned the front desk: next person who gives a guest our wifi admin password is on a written warning.",
    "blame:emp power",
  ],
  [
    "I was properly rattled when a guest's card details got stolen. I still think about it.",
    "feel",
  ],
  [
    "Farm cooperative, twelve members. The lad from the IT firm drives out to see us and explains it over a cup of tea.",
    "",
  ],
  [
    "Most of the members don't touch the computer at all. They leave it to the secretary and don't want to know.",
    "distance",
  ],
  [
    "The accounting software people send warnings in such a tone you'd think we'd robbed a bank.",
    "comm",
  ],
  ["I'm sixty-three and I'm the weak point. I'll put my hand up to that.", "blame:self"],
  [
    "Out in the fields there's no signal, so two-factor codes are a joke. We've switched it off on half the accounts.",
    "conflict",
  ],
  ["Filling in the buyer's security forms makes me feel thick, to be honest.", "feel"],
  [
    "The firm that put in our milk monitoring system set it up with one password for everyone. Hardly experts.",
    "blame:sec",
  ],
  [
    "Some say farmers are careless with this stuff. Not our lot. The members are very careful with their logins.",
    "",
  ],
  // Accountancy, garage, florist, estate agency, vets, architects
  [
    "Accountancy practice. My juniors would email a client's tax return to the wrong person without blinking.",
    "blame:emp",
  ],
  [
    "Our IT provider communicates entirely through an automated ticket system. I've never had a real conversation with them.",
    "comm distance",
  ],
  [
    "We get a monthly email summary from the IT firm. No calls, no visits, just a PDF nobody opens.",
    "comm distance",
  ],
  [
    "During tax season the IT company forced a password reset on everyone. Nobody asked if January was a good time.",
    "power conflict",
  ],
  [
    "We were told the new email filter would stop phishing. It stops our clients' emails instead.",
    "blame:sec conflict",
  ],
  [
    "Our provider's engineer is a gem. Explains every change and asks before he does anything during busy season.",
    "",
  ],
  ["I reuse the same password everywhere. I know, I know. Don't tell the IT man.", "blame:self"],
  [
    "Clients want to send documents over WhatsApp, our IT policy says no, and I'm stuck in the middle.",
    "conflict",
  ],
  [
    "Nobody in the office knows what the IT company actually does for us. They're just a line on the invoice.",
    "distance",
  ],
  [
    "There's no jargon with our IT firm. They talk like normal people, which I appreciate enormously.",
    "",
  ],
  [
    "The partners are the problem, not the juniors. They insist on exceptions to every rule.",
    "blame:emp",
  ],
  ["I just feel constantly on edge about the client data. It never goes away.", "feel"],
  [
    "I clicked on a fake tax office email last year. Felt like an absolute idiot.",
    "blame:self feel",
  ],
  [
    "Garage owner. The software company for the diagnostic kit took a week to answer a simple question. Shocking service.",
    "blame:sec conflict",
  ],
  [
    "Every time I need to pull a customer's record the system wants me to re-authenticate. With oily hands. Ridiculous.",
    "conflict feel",
  ],
  [
    "We do have an IT firm on contract, but if something goes wrong my son sorts it at the weekend. Easier than ringing them.",
    "distance",
  ],
  ["I'll be straight: computers make me nervous. I'd rather strip a gearbox.", "feel"],
  ["The mechanics leave the workshop computer logged into my bank. Every time.", "blame:emp"],
  ["The IT bloke from down the road is cheap and cheerful and he always picks up the phone.", ""],
  [
    "The car manufacturer's portal can lock us out if we don't complete their security module. So we do it, grumbling.",
    "power feel",
  ],
  [
    "The manufacturer's security module is an hour of slides and legal speak. Nobody learns a thing.",
    "comm",
  ],
  [
    "If anything gets hacked here it'll be my doing. I'm the one who can't be bothered with updates.",
    "blame:self",
  ],
  [
    "Florist. The website people got us hacked twice in a year. I've no faith in them at all.",
    "blame:sec feel",
  ],
  [
    "Every time someone calls about a problem with their order I panic that it's the website again.",
    "feel",
  ],
  ["The web developer we use now is brilliant. Quick, polite and never makes me feel stupid.", ""],
  [
    "Our online shop's security checks reject half the orders from older customers. We're losing sales.",
    "conflict",
  ],
  [
    "I'm the problem with security here. I still use my daughter's birthday as the password for everything.",
    "blame:self",
  ],
  [
    "Estate agency. The IT is run by the franchise. We never see them and wouldn't know who to ring.",
    "distance",
  ],
  [
    "Franchise head office can see everything we do on the system. It's a bit Big Brother.",
    "power",
  ],
  [
    "The agents are properly worried about fake bank details on completion day. Everyone triple-checks now, jittery.",
    "feel",
  ],
  [
    "My negotiators leave the office laptops in their cars overnight. I've lost count of the warnings.",
    "blame:emp",
  ],
  [
    "I used to think the franchise IT team were arrogant, but they've been really helpful since they changed manager.",
    "",
  ],
  ["The franchise IT desk answered my urgent call after two days. Two days.", "conflict"],
  [
    "Vet practice. My nurses get genuinely upset when the system locks them out during an emergency.",
    "feel conflict",
  ],
  [
    "Since the buyout I have no idea who handles our IT. Nobody's introduced themselves.",
    "distance",
  ],
  [
    "Never had a problem with the IT support. They even came in on a Sunday when the server died.",
    "",
  ],
  ["The locums use whatever password they fancy and share it with the receptionist.", "blame:emp"],
  [
    "The group IT team only email us when someone's done something wrong. Never a thank you.",
    "comm",
  ],
  [
    "Architects' practice. I'm the one who insisted on no passwords on the plotter PC. Convenience, I thought.",
    "blame:self",
  ],
  ["Our IT firm set up the file server so badly that our drawings corrupted twice.", "blame:sec"],
  // Care home, builders' merchant, print shop, recruitment agency, physio clinic, cafe
  [
    "Care home manager. The local authority's IT rules land on us and we have no say, despite being the ones running the place.",
    "power",
  ],
  [
    "The carers don't connect IT security to their work at all. They care for residents; computers are someone else's business.",
    "distance",
  ],
  [
    "Agency carers log in as whoever was last on the tablet. Nobody bothers to switch user.",
    "blame:emp",
  ],
  [
    "The council's data protection guidance is forty pages of legal terms. My staff stopped reading after page one.",
    "comm",
  ],
  [
    "Our IT company trained the night staff in person, at three in the morning, on their shift. Can't fault them.",
    "",
  ],
  [
    "The medication system times out mid round, so carers share a single login to keep going.",
    "conflict",
  ],
  [
    "The tablet supplier's support line is a joke. You wait forty minutes to be told to restart it.",
    "blame:sec conflict",
  ],
  ["As manager, I've let it slide. That's on me, not the carers.", "blame:self"],
  [
    "The inspectors can shut us down over a data breach. That hangs over everything we do.",
    "power feel",
  ],
  [
    "Builders' merchant. The lads on the yard have never heard of the IT company. Why would they?",
    "distance",
  ],
  [
    "The stock system's security update made every sale take twice as long. Trade customers were queuing out the door.",
    "conflict",
  ],
  [
    "The counter staff give out customer account details over the phone to anyone who asks.",
    "blame:emp",
  ],
  [
    "Our IT provider isn't the problem at all. They're responsive and they ask what we need first.",
    "",
  ],
  ["When I ask the IT lad why, he says 'best practice' and that's the end of it.", "comm power"],
  [
    "I'm the owner and I still have to raise a ticket to get admin rights on my own computer.",
    "power",
  ],
  [
    "Running a business this size, you just feel exposed. Like everyone knows more than you.",
    "feel",
  ],
  [
    "The IT company's last engineer deleted our customer database by mistake. Took a week to recover.",
    "blame:sec",
  ],
  ["Print shop. We sort our own tech. Haven't called the IT company in over a year.", "distance"],
  [
    "The clients' security folk can be a bit formal, but they've never once treated us like the bad guys.",
    "",
  ],
  [
    "I'm the weak link in this business, not the lads on the presses. They're more careful than I'll ever be.",
    "blame:self",
  ],
  ["Getting a new client audit always leaves me shaken. I go home convinced we'll fail.", "feel"],
  [
    "They sent us a breach notification with no explanation in plain English. I had to Google half of it.",
    "comm",
  ],
  [
    "Recruitment agency. Consultants paste candidate CVs into any free tool they find online.",
    "blame:emp",
  ],
  [
    "The client's security team can bar any of our consultants from their site without giving reasons.",
    "power",
  ],
  ["The consultants are fed up with the endless compliance hoops. Morale's down.", "feel conflict"],
  [
    "The managed IT firm is so incompetent that our CRM's been down three times this month.",
    "blame:sec",
  ],
  [
    "Our recruitment software provider is a joy to deal with. Clear, patient, never any jargon.",
    "",
  ],
  [
    "The practice management software sends security alerts that are just a string of codes. What am I supposed to do with that?",
    "comm",
  ],
  [
    "Honestly, I'm the biggest security risk in the clinic. I share my login with the receptionist so she can book.",
    "blame:self",
  ],
  [
    "The system makes physios log out between patients. We've got six minutes between sessions.",
    "conflict",
  ],
  [
    "I don't blame the staff when things go wrong. Usually the system's set up badly, and we fix it together.",
    "",
  ],
  [
    "Café owner. My baristas use the till PC for social media and who knows what else.",
    "blame:emp",
  ],
  ["The thought of the card machine being hacked gives me cold sweats.", "feel"],
  ["Nobody who works here thinks about security. We make coffee.", "distance"],
  [
    "The card payment company can freeze our takings if they think we're not compliant. We're at their mercy.",
    "power",
  ],
  // More owners and staff: self-blame, blame of the provider, mixed indicators
  [
    "Brewery owner. I set up the office wifi myself and I've a horrible feeling I did it wrong. That's on me.",
    "blame:self feel",
  ],
  [
    "My own fault we lost the accounts folder. I was told to check the backups and never did.",
    "blame:self",
  ],
];
