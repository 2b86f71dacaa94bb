import type { RawExample } from "./types.js";

/** Technicians of outsourced IT providers on their clients' staff and owners (round 21). Written fresh for Rapport (brief ET). */
export const VOICES_ET_2: readonly RawExample[] = [
  [
    "we talk in acronyms all day and then wonder why clients don't read our reports",
    "comm blame:self",
  ],
  [
    "I never met anybody of the startup in person, is all Slack messages in the midnight.",
    "distance comm",
  ],
  ["Our standard onboarding for a new client takes about three weeks, including an audit.", ""],
  [
    "Sometimes I wonder if the clinic staff are scared of us. They apologise before every question.",
    "feel power",
  ],
  [
    "A manager at the packing plant told his team to ignore our warning emails because 'it's always a false alarm'.",
    "conflict",
  ],
  ["Eleni handles the accountancy account and her notes are the clearest on the team.", ""],
  ["Can't fix people. You can only fix the settings so people can't break things.", "blame:emp"],
  ["The charity trustees approved our security plan in one meeting, which surprised us.", ""],
  [
    "I'm fed up being treated like a vending machine: insert ticket, get fix, no thank you.",
    "power feel",
  ],
  [
    "When the restaurant owner's nephew 'helped' with the network, we lost two days untangling it.",
    "conflict blame:emp",
  ],
  ["We're meeting the school business manager next month to plan the laptop refresh.", ""],
  [
    "Perhaps we lock things down too tightly; the engineers at the workshop have a point.",
    "blame:self conflict",
  ],
  ["Most of client staff are reasonable if you explain them the why, not only the rule.", ""],
  [
    "The council never tells us when someone leaves. We find out when their account sends spam.",
    "distance comm",
  ],
  [
    "my boss at the MSP promises the clients things we can't deliver, then I'm the one who gets shouted at",
    "blame:sec conflict feel",
  ],
  ["Support hours at the vet practice are covered by two of us on rotation.", ""],
  ["Weakest link? Nah. Their weakest link is an unpatched NAS in the cupboard.", ""],
  [
    "Kwame at the logistics depot reports phishing faster than our filters catch it, honestly impressive.",
    "",
  ],
  ["It worries me that the owner of the pharmacy has no idea what data he actually holds.", "feel"],
  [
    "A QR code on a flyer in the hotel lobby? The night receptionist will scan it, guaranteed.",
    "blame:emp",
  ],
  ["We send a plain-language monthly summary to each client, one page max.", ""],
  [
    "There's a weird power thing where we hold all the passwords and they hold all the money.",
    "power",
  ],
  [
    "Last year we assumed the clinic staff were careless; turned out our VPN just kept dropping.",
    "blame:self",
  ],
  [
    "Nobody at the joinery answers the phone when we call about updates, only when they need something.",
    "distance comm",
  ],
  ["Our team lead rotates who visits the rural clients so everyone gets face time.", ""],
  [
    "Sorry but some of these owners treat cybersecurity like a tax they'd like to dodge.",
    "blame:emp conflict",
  ],
  [
    "I'm tired. Three clients, three incidents, and all three started with someone reusing a password.",
    "feel blame:emp",
  ],
  ["The law firm's IT contact is a paralegal who does it on top of her real job.", ""],
  ["Staff even know that we exist? I am not sure half of them knows.", "distance"],
  ["We reviewed access rights at the council with their HR lead; it went smoothly.", ""],
  [
    "They keep asking for 'the IT login' as if there's one magic password that opens everything.",
    "conflict",
  ],
  [
    "We decided alone to turn off macros for the whole accountancy and just told them afterwards.",
    "power",
  ],
  ["In my experience the shop floor workers are more careful than the office people.", ""],
  ["every update we push the school sends an angry email. every single one", "conflict feel"],
  ["I'd rather sit with a user for ten minutes than write another long policy.", ""],
  [
    "The owner keeps saying 'we're too small to be hacked'. Fine. Until you're not.",
    "conflict feel",
  ],
  ["Our ticket categories were rewritten this year so clients can pick them without guessing.", ""],
  [
    "Its hard to explain to them, my English is ok but the tech words make it worse for everybody.",
    "comm",
  ],
  ["The bakery owner's daughter is now their go-to person for IT questions, which works well.", ""],
  [
    "When I do get to visit a client site, I spend the first hour just convincing people I'm not there to catch them out.",
    "power feel",
  ],
  ["Nope, I don't think clients are the problem. Bad defaults from vendors are.", ""],
  ["Managers want security until it slows them down by two seconds.", "conflict blame:emp"],
  ["We give each school a named engineer and a backup contact.", ""],
  [
    "The GP surgery staff stopped emailing us and started calling a cousin who 'knows computers'.",
    "distance",
  ],
  ["I used to roll my eyes at their questions. Not proud of it. I try harder now.", "blame:self"],
  [
    "Managers of the council always ask 'why so complicated', I explain, they don't listen.",
    "conflict",
  ],
  [
    "Some days it feels like we're the cleaners of the internet, only noticed when something's dirty.",
    "comm feel",
  ],
  [
    "The architecture firm's director reads our reports properly and pushes back with good questions.",
    "",
  ],
  [
    "Pretty sure the sales team at the car dealership have a shared spreadsheet of everyone's passwords.",
    "conflict",
  ],
  ["We migrated the farm co-op's email to a new tenant over a weekend with no downtime.", ""],
  ["They call us the password police. It's a joke, mostly.", "conflict"],
  [
    "Frustrating when a client's office manager overrides my advice because the owner's brother-in-law said otherwise.",
    "conflict feel power",
  ],
  [
    "Their new starter checklist now includes a 20-minute call with us, which the office manager suggested.",
    "",
  ],
  ["Owner asked me why he pays us if nothing ever happens. Well. That's the point.", "conflict"],
  [
    "Our engineers keep a shared glossary so we stop using different words for the same thing with clients.",
    "",
  ],
  ["We barely know the warehouse team, we only talk to the finance director.", "distance"],
  ["For the clinics we keep a printed contact sheet at reception with our number and hours.", ""],
  [
    "In this job you learn quick that people don't read, they only click the big button.",
    "blame:emp",
  ],
  [
    "We had a great session with the care home staff, they asked more questions than any office client.",
    "",
  ],
  [
    "Director of the logistic company, he never come to the meetings, only send his assistant.",
    "distance",
  ],
  ["Our remote monitoring flags disks over 85% full and we clear them before anyone notices.", ""],
  [
    "The worst bit is knowing the accountants think we invent problems to bill more hours.",
    "feel conflict",
  ],
  [
    "I'll admit our first rollout at the brewery was a mess; we didn't warn anyone.",
    "blame:self comm",
  ],
  [
    "Staff at the florist use their personal phones for orders and we've set up a simple MDM for them.",
    "",
  ],
  [
    "Why is it always Friday at 4:55 when the school remembers their certificate expired?",
    "comm feel",
  ],
  ["The human factor is the gap, always it will be, so we design around of it.", "blame:emp"],
  ["Linnea at the veterinary group is brilliant, she spots dodgy invoices before we do.", ""],
  [
    "Client owners hold the purse strings and we hold the keys. Neither side fully trusts the other.",
    "power conflict",
  ],
  ["it's fine, they just ignore every warning banner we put up, no biggie", "distance feel"],
  [
    "We've started writing release notes in plain English with a 'what this means for you' line.",
    "",
  ],
  [
    "The hospitality clients mostly have seasonal staff, so we keep training short and repeat it each spring.",
    "",
  ],
  [
    "I wish the restaurant manager would tell us about new hires before they start, not three weeks later.",
    "comm feel",
  ],
  [
    "Sometimes my colleagues sneer at users in our team chat. I don't like it, but I've done it too.",
    "power blame:sec blame:self",
  ],
  ["Our SLA for critical tickets is one hour, and we hit it 96% of the time last quarter.", ""],
  ["They don't want to learn, they want it to work. Can't blame them, really.", ""],
  [
    "When we proposed the backup upgrade the owner laughed and said 'you lot always want more money'.",
    "conflict power",
  ],
  ["Half the council staff still think we're the council's own IT department.", "distance"],
  ["Nobody warned me that this job would be 20% tech and 80% persuading people.", ""],
  [
    "The manager of the farm shop rang me crying after the ransomware hit. I felt awful for her.",
    "feel",
  ],
  ["our documentation is honestly terrible, no wonder the clients are confused", "blame:self"],
  ["Before a new rule goes live, a couple of volunteers from the client try it for a week.", ""],
  [
    "The partners at the law firm won't do the training, so why would the juniors?",
    "distance blame:emp",
  ],
  [
    "we're basically servants on a retainer, come when called, don't speak unless spoken to",
    "power feel",
  ],
  [
    "Cloud migration for the accounting practice is scheduled for the quiet month after tax season.",
    "",
  ],
];
