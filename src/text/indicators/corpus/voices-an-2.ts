import type { RawExample } from "./types.js";

/** Part 2 of 4 of VOICES_AN; see voices-an.ts. */
export const VOICES_AN_2: readonly RawExample[] = [
  ["Garage owner feels 'completely in the dark' about what the IT firm does.", "feel distance"],
  ["P8 (software startup): 'the security guy did a lunch-and-learn, it was genuinely fun'.", ""],
  ["Retail manager blames head office IT for a week of lost card payments.", "blame:sec"],
  [
    "Volunteer receptionist (community centre): she's 'too scared to touch anything' on the PC.",
    "feel",
  ],
  ["Hotel GM: 'IT and my team are on first-name terms, always have been'.", ""],
  [
    "Note: P2 (care agency) said managers 'sign whatever the IT firm puts in front of them'.",
    "power",
  ],
  [
    "Head of department: the technician is 'kind, but you need a dictionary to follow him'.",
    "comm",
  ],
  [
    "Startup PM says security 'only talks to us after an incident, then never again'.",
    "comm distance",
  ],
  ["Clinic owner: 'my staff are careless, IT can only do so much'.", "blame:emp"],
  ["Bar staff: 'IT? They're fine, I think? Never really needed them.'", ""],
  [
    "P11 (charity): her worry is less the hackers and more 'being told off by our own IT'.",
    "feel power",
  ],
  ["Electrician (small firm): 'the IT bloke's alright, bit full of himself'.", "power"],
  [
    "Deputy manager (nursery): the IT firm 'fixed the cameras fast and showed me the settings'.",
    "",
  ],
  [
    "Finance assistant (school trust) says IT 'treat every question like a ticket to be closed'.",
    "comm",
  ],
  ["Owner (dog groomer): 'the IT woman is patient, she's never rushed me'.", ""],
  ["Hotel manager says the security audit 'made us feel like criminals'.", "feel power"],
  ["P4 (clinic): IT told staff the breach was 'a human error issue', meaning them.", "blame:emp"],
  ["Startup founder admits 'our security guy is right and we're wrong, mostly'.", "blame:self"],
  [
    "School receptionist: IT changes 'never explained, you just come in and it's different'.",
    "comm",
  ],
  ["Retail owner: the EPOS support is 'brilliant, 24/7, real humans'.", ""],
  [
    "Site manager (scaffolding firm): 'office IT rules don't fit site work, they won't budge'.",
    "conflict power",
  ],
  ["Charity volunteer: 'I feel like a bother every time I email him'.", "feel"],
  ["P5 (dental lab): the IT contractor 'is good, knows our machines, comes when asked'.", ""],
  [
    "Security contractor (retail) says shop managers 'hide incidents from me because they think they'll get shouted at'.",
    "distance feel",
  ],
  ["Teacher: 'IT are the last people I'd go to, I'd rather work it out myself'.", "distance"],
  ["Clinic manager: the old IT firm was 'arrogant and slow', the new one is 'a relief'.", ""],
  [
    "Startup engineer says security 'won't look at anything without a Jira ticket in triplicate'.",
    "conflict comm",
  ],
  ["Pub manager: IT 'only appear when the owner's in'.", "distance power"],
  ["Note: P3 (hospice) said she is 'embarrassed to keep asking the same thing'.", "feel"],
  ["Office admin (plumbers): the IT company 'are the ones who decide, really, not us'.", "power"],
  ["P14 (startup): 'our security person is part of the team, same lunch table'.", ""],
  [
    "Hotel receptionist: 'I'm probably the reason they changed the password rules, to be fair'.",
    "blame:self",
  ],
  ["Deputy head says IT 'never explain the why, only the what'.", "comm"],
  ["Charity manager thinks the IT volunteer is 'well meaning but out of his depth'.", "blame:sec"],
  ["Dental receptionist: 'very approachable, the IT guys, they even remember my name'.", ""],
  ["Warehouse supervisor: 'IT act like they're doing us a favour'.", "power feel"],
  [
    "Sous chef, lowercase in the survey box: 'it people never come to the kitchen, we just deal'.",
    "distance",
  ],
  ["Head teacher: the IT contractor 'is good value and responsive, I'd recommend him'.", ""],
  ["Startup CTO: 'the security contractor thinks we're all amateurs'.", "blame:emp feel"],
  [
    "Clinic receptionist: IT 'change my access without telling me and then I look incompetent'.",
    "comm feel power",
  ],
  ["P12 (hair salon): no IT contact, the booking app company 'just works'.", ""],
  [
    "Owner (print shop) annoyed that the IT firm 'talks to me like a child about my own business'.",
    "feel power comm",
  ],
  [
    "Charity admin says she 'daren't' install anything without asking, and asking takes weeks.",
    "power conflict",
  ],
  ["Security lead (startup) finds the founders 'refreshingly willing to listen'.", ""],
  ["P1 (florist, follow-up): still happy with the IT support, 'no change, still good'.", ""],
  ["P15 (bike shop): 'the IT lad drops by when he's passing, checks the backups, has a brew'.", ""],
  ["Charity director: 'our IT partner treats us like a proper client even though we're tiny'.", ""],
  [
    "Clinic receptionist: she keeps the IT support number on a sticky note and 'they always answer'.",
    "",
  ],
  ["Software lead: the security person 'asks before he changes anything, every time'.", ""],
  ["Hotel owner: 'they're not condescending at all, which surprised me'.", ""],
  ["Teacher: 'the network manager puts up with a lot from us, fair play to him'.", ""],
  [
    "Garage admin: passwords were a battle 'a couple of years back', now everyone uses the manager app without fuss.",
    "",
  ],
  ["P16 (hospice): 'I know exactly who to ask, she's two doors down'.", ""],
  ["Nursery owner: IT is 'one of the few things I don't worry about'.", ""],
  [
    "Security contractor (trades firm): 'the lads are practical, once they see the point they just do it'.",
    "",
  ],
  ["Bakery owner, in the survey box: 'no issues with IT, good service'.", ""],
  [
    "Hairdresser: the IT firm 'rang to say I'd caused the virus, I was in bits, I still don't know what I did'.",
    "blame:emp feel comm",
  ],
  [
    "Accounts manager (charity) says the IT contractor 'only calls to tell us off for something we didn't know was a rule'.",
    "comm power",
  ],
  ["P1 (hardware store): the IT firm 'never once made me feel thick', she says.", ""],
  [
    "Operations manager (brewery): IT decisions are made at group level and 'we hear about them afterwards'.",
    "power comm",
  ],
  [
    'Head chef: "security? that\'s the padlock on the walk-in" — no awareness of an IT security role.',
    "distance",
  ],
  [
    "Nursery practitioner says the IT helpdesk is kind but 'answers questions I didn't ask'.",
    "comm",
  ],
  ["CTO: the contracted CISO 'sends a monthly PDF and that's the relationship'.", "comm distance"],
  [
    "Charity trustee worries the volunteers will 'get the blame from IT' for the lost donor list.",
    "feel blame:emp",
  ],
  [
    "Dental hygienist: the patient system crashes mid-appointment, IT 'say it's our network'.",
    "conflict",
  ],
  ["School librarian describes the technicians as 'helpful lads, always pop in'.", ""],
  [
    "P6 (carpentry firm): owner says he's 'too old for all this' and avoids the IT man's calls.",
    "blame:self distance",
  ],
  ["Startup product lead: infosec 'is a department of no', he says, only half joking.", "conflict"],
  [
    "Retail supervisor felt 'small' when the regional IT manager corrected her in front of the team.",
    "feel power",
  ],
  [
    "Hotel reservations agent: 'there's a chap in IT, I've seen him at the Christmas do'.",
    "distance",
  ],
  ["GP practice manager says IT consultant is 'worth every penny', visits fortnightly.", ""],
  [
    "Interview 7 (charity): the director believes staff 'treat cyber like someone else's problem'.",
    "blame:emp",
  ],
  [
    "Electrician's office: the new IT company 'answered the phone on the first ring, nearly fell off my chair'.",
    "",
  ],
  [
    "Bar supervisor: the till login expires mid-service and 'IT think that's a feature'.",
    "conflict",
  ],
  [
    "Physiotherapist: too embarrassed to admit to IT she'd forgotten her password again.",
    "feel distance",
  ],
  [
    "Security analyst (startup): 'the devs think I'm the fun police, and I don't blame them'.",
    "conflict",
  ],
  ["Teacher: IT send out a newsletter 'that nobody reads, including me'.", "comm distance"],
  [
    "Owner (guest house): 'I pay them, so they do what I say' — describes the IT contractor as 'the help'.",
    "power",
  ],
  [
    "Care coordinator says the IT team 'are always shifting the goalposts on passwords'.",
    "conflict",
  ],
  ["P3 (deli): asked about IT support, laughed, 'what support?'", "distance"],
  ["Volunteer manager (animal charity) says the IT volunteer is 'a saint, honestly'.", ""],
  ["Clinic admin: 'I dread the phone call where they tell me what I did wrong'.", "feel power"],
  ["Startup founder on his devs: 'they're smart but lazy about secrets in the code'.", "blame:emp"],
  [
    "Garage receptionist: IT left the booking system broken for a week 'and acted like it was fine'.",
    "blame:sec conflict",
  ],
  ["Pastry chef: no idea how the computers work, no problems with the people who fix them.", ""],
  ["Deputy head: the new filtering rules came in 'without a word to the teachers'.", "comm power"],
  ["Bookkeeper feels 'a bit silly' asking basic questions but says IT never mind.", "feel"],
  [
    "Restaurant owner: the IT company 'knows more about my business than I do, which worries me'.",
    "power feel",
  ],
  [
    "P2 (software agency): security lead 'treats every PR like evidence in a trial'.",
    "power conflict",
  ],
  [
    "Receptionist (chiropractor): 'honestly they're great, I just wish I understood them better'.",
    "comm",
  ],
  [
    "Trades firm owner blames the IT firm for the email hack: 'that's what I pay them for'.",
    "blame:sec",
  ],
  ["Hospice nurse: the IT trainer 'made it simple, didn't rush anyone'.", ""],
  [
    "Youth club leader says she fixes the laptops herself with YouTube videos rather than wait.",
    "distance conflict",
  ],
  [
    "Security contractor (dental group): 'the practices are good at phoning when in doubt, that's all I ask'.",
    "",
  ],
  [
    "Office manager (surveyors) felt talked down to: 'he spelled out \"Control, Alt, Delete\" for me'.",
    "comm feel",
  ],
  ["School bursar: the IT manager 'is on our side, fights for budget for us'.", ""],
  ["Bartender, texting style in notes: 'it guy ok i guess never see him'.", "distance"],
  [
    "Finance officer (charity) says the consultant 'won't put anything in writing, just tells you on the phone'.",
    "comm",
  ],
  [
    "Startup engineer: 'our security person sits in the same room, we talk all day, it's fine'.",
    "",
  ],
  ["Clinic manager on the IT provider: 'they do the minimum, then send a bill'.", "blame:sec"],
  ["Care worker feels 'watched' since the new monitoring software arrived.", "feel power"],
  ["P4 (wine bar): the EPOS people are 'patient with me, I'm a disaster with tech'.", "blame:self"],
  ["Head of science: the tech team 'always say it's a user problem'.", "blame:emp"],
  [
    "Hotel manager: IT updates happen 'at the worst possible times, every single time'.",
    "conflict",
  ],
  ["P8 (charity shop volunteer): happy, 'the Wi-Fi works and the till works'.", ""],
  ["Software founder admits the contractor is 'a bit abrasive', but 'he's kept us safe'.", ""],
  ["Salon owner says the IT man 'comes in, mutters, fixes, leaves'.", "comm distance"],
  [
    "School receptionist: was 'shaking' after being told she'd caused the data breach.",
    "feel blame:self",
  ],
  ["Accounts assistant (roofing): 'I'd never argue with the IT lot, they know best'.", "power"],
  [
    "Security officer (clinic chain) calls the practice managers 'the easiest people in the world to phish'.",
    "blame:emp",
  ],
  ["P7 (takeaway owner): 'IT? my cousin. He's good.'", ""],
  [
    "Primary teacher: staff 'have stopped reporting the projector faults, it never gets fixed'.",
    "distance blame:sec",
  ],
  ["Startup ops: the security lead 'decides things in a doc no one can see'.", "power comm"],
  ["Dental practice owner: 'They're straight with me, which I value'.", ""],
  ["Charity caseworker felt 'a bit patronised' by the data protection session.", "feel comm"],
  [
    "Builder's merchant manager says IT 'don't understand the yard, they've never been out here'.",
    "distance conflict",
  ],
  [
    "Clinic receptionist: she writes passwords in her diary because 'I'm rubbish at remembering'.",
    "blame:self",
  ],
  ["P9 (school IT technician himself): 'teachers mostly treat us well, a few shout'.", ""],
  [
    "Retail owner: the cloud provider's support 'talks to you like a machine reading a script'.",
    "comm",
  ],
  ["Startup COO: security and product 'get on better since we put them on the same squad'.", ""],
  ["Cook at care home: 'I don't touch the computers, thank God'.", ""],
  ["Interviewee (florist) said the IT contractor 'makes me feel like an old woman'.", "feel power"],
  [
    "Events manager: the IT firm's response time 'is a joke', three days for an urgent ticket.",
    "conflict blame:sec",
  ],
  ["P11 (accountancy practice) says the partners 'never listen when IT warns them'.", "blame:emp"],
  ["Waiter: 'no one ever explained the tablet, we worked it out'.", "comm distance"],
];
