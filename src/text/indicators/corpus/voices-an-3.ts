import type { RawExample } from "./types.js";

/** Part 3 of 4 of VOICES_AN; see voices-an.ts. */
export const VOICES_AN_3: readonly RawExample[] = [
  ["Office manager (architect firm): describes the MSP as 'responsive, clear, reasonable'.", ""],
  ["Security lead (edtech startup) says sales 'hide their shadow tools from me'.", "distance"],
  [
    "Teacher: the laptop rebooted for an update mid-lesson, thirty kids watching, 'mortifying'.",
    "feel conflict",
  ],
  ["Practice manager says the new IT contract 'took the stress out of it'.", ""],
  ["Sous chef: 'IT sends rules, we send burgers. Different worlds.'", "distance"],
  [
    "Fundraiser: the security volunteer 'sends terrifying emails about hackers with no advice'.",
    "comm feel",
  ],
  [
    "Founder (small app studio) says the security contractor 'holds everything up with paperwork'.",
    "conflict",
  ],
  ["Clinic admin: 'I'm sure it's my fault, I'm always the one it breaks for'.", "blame:self"],
  [
    "Shop floor manager: IT 'decide the rota for updates without checking our opening hours'.",
    "power conflict",
  ],
  ["School business manager: the IT provider 'explains the contract line by line, very open'.", ""],
  [
    "P5 (charity): she stopped asking the IT trustee anything after he snapped at her in a meeting.",
    "distance feel",
  ],
  ["Hotel owner: 'my staff are the risk, not the tech'.", "blame:emp"],
  [
    "Barber: the card reader app company is 'hard to get hold of, but when you do they're sound'.",
    "conflict",
  ],
  ["Warehouse manager thinks IT 'don't rate us' and it shows.", "feel power"],
  [
    "Note: participant (plumbing firm) insisted things are 'fine, honestly fine' with the IT firm.",
    "",
  ],
  [
    "Developer: the security team 'rejects our requests with a ticket number and no human'.",
    "comm conflict",
  ],
  ["Teaching assistant: 'they don't talk to TAs, only teachers'.", "distance power"],
  ["Clinic director describes the security consultant as 'strict, in a useful way'.", ""],
  [
    "P3 (estate agents): 'I just use Gmail on my phone now, easier than fighting the IT system'.",
    "distance conflict",
  ],
  ["Volunteer (hospice shop): 'they're always so busy I don't like to bother them'.", "distance"],
  ["Startup security hire says founders 'ignore everything until a customer asks'.", "blame:emp"],
  [
    "Head of department feels the network manager 'treats us like children who'll break things'.",
    "power feel",
  ],
  ["Restaurant manager: 'we've a good lad for IT, he's around most days'.", ""],
  [
    "Receptionist (opticians) annoyed the IT company reset everyone's passwords 'without a heads up'.",
    "feel comm",
  ],
  [
    "Contractor's admin: the IT firm's engineer is 'lovely', the company behind him 'a shambles'.",
    "blame:sec",
  ],
  ["P14 (school): 'the techs are the nicest people in the building'.", ""],
  [
    "Charity manager says IT 'send messages full of words like endpoint and tenant, I just ignore them'.",
    "comm distance",
  ],
  [
    "Owner (cleaning company): completely reliant on one IT freelancer, 'if he goes under, so do we'.",
    "power feel",
  ],
  [
    "Kitchen manager: IT swapped the ordering system, 'nobody showed us, we lost a week of stock'.",
    "conflict comm",
  ],
  ["Practice nurse: 'they're good, they come quickly, I've nothing bad to say'.", ""],
  [
    "Security person (small SaaS) says he gets on with everyone 'as long as I don't mention MFA'.",
    "conflict",
  ],
  ["School IT manager admits staff 'probably find me a bit intense'.", ""],
  [
    "Admin (community garden charity) feels 'out of her depth' in every conversation with the IT volunteer.",
    "feel comm",
  ],
  [
    "P6 (physio clinic): the IT supplier 'decided we didn't need backups, without asking'.",
    "power blame:sec",
  ],
  ["Pub manager: 'I'm not blaming them, it's an old system, they do their best'.", ""],
  ["Charity finance lead says the auditors and IT 'gang up' on the office team.", "power feel"],
  [
    "Startup engineer avoids the security channel, 'it's just warnings and shouting'.",
    "distance comm",
  ],
  [
    "Hotel receptionist says IT once fixed something by remote control while she watched, 'magic'.",
    "",
  ],
  [
    "Operations director (retail) says managers 'see security as head office being difficult'.",
    "conflict",
  ],
  ["Dental receptionist worried the IT firm 'will think I'm an idiot' if she asks again.", "feel"],
  ["Trades firm owner: 'my IT chap tells me what to buy, I buy it'.", "power"],
  [
    "Interviewer note: P2 (nursery) became animated — 'they never ask us anything, they just tell us'.",
    "power comm",
  ],
  [
    "Hotel head of sales: the IT lot 'don't answer emails, you have to catch them in the corridor'.",
    "conflict distance",
  ],
  ["School secretary: 'I don't understand a word, but the man is very kind'.", "comm"],
  [
    "Founder (biotech startup) believes the lab staff 'couldn't care less about security'.",
    "blame:emp",
  ],
  ["P9 (café): 'the IT guy? Bit of a know-it-all. Knows it all, fair play.'", ""],
  [
    "Charity programme lead says staff go round IT by buying their own software on expenses.",
    "distance",
  ],
  ["Clinic nurse: she felt 'blamed and alone' after the email incident.", "feel blame:emp"],
  ["Garage foreman: 'never needed them. If the diagnostic kit breaks, the maker fixes it'.", ""],
  [
    "Retail admin: IT changed the shared drive 'and now nobody can find anything, nobody was told'.",
    "conflict comm",
  ],
  [
    "Security consultant (trades): 'these guys work with their hands, I don't expect them to love passwords'.",
    "",
  ],
  [
    "Startup PM: the security lead is 'impossible to pin down, always in another meeting'.",
    "conflict distance",
  ],
  ["Deputy manager (pharmacy) says IT 'speak to us like we're the problem'.", "comm blame:emp"],
  [
    "Volunteer: 'I feel so thick with computers, and the IT man doesn't help that'.",
    "blame:self feel",
  ],
  ["P13 (boutique hotel): the owner does IT, 'so I just ask him over breakfast'.", ""],
  [
    "Charity ops manager says the outsourced helpdesk 'closes tickets before anything's fixed'.",
    "conflict blame:sec",
  ],
  ["Teacher: 'I'm sure IT have a plan, I've just never been told what it is'.", "comm"],
  ["Clinic practice manager: 'our IT contractor and I sort things out over a cuppa'.", ""],
  [
    "Bar owner felt 'ripped off and talked down to' by a previous IT firm, the new one is better.",
    "",
  ],
  [
    "Engineer (startup): 'we're audited by our own security guy every sprint, feels like school'.",
    "power feel",
  ],
  ["Retail assistant: she doesn't report phishing emails, 'just delete them, easier'.", "distance"],
  ["School business manager says the trust IT team 'speak at us, not with us'.", "comm power"],
  ["Owner (joinery): 'the IT fella is decent, bit pricey'.", ""],
  [
    "P10 (clinic): the locum doctors 'get locked out every week and IT just shrug'.",
    "conflict blame:sec",
  ],
  ["Charity volunteer felt 'so stupid' when the IT trustee rolled his eyes at her.", "feel power"],
  [
    "Security lead (restaurant group) says the managers 'are lovely but hopeless with passwords'.",
    "blame:emp",
  ],
  ["Developer: the security reviews are 'actually useful, he explains why'.", ""],
  ["Dental nurse: the IT firm's emails 'come after the change has already happened'.", "comm"],
  ["Head of English: 'if the network manager's off, the school grinds to a halt'.", "power"],
  [
    "P4 (catering company): says her boss and the IT contractor 'decide everything over golf'.",
    "power distance",
  ],
  ["Startup founder: 'the security guy is brilliant, though he could smile more'.", ""],
  ["Clinic admin says she 'lies awake' worrying she's leaked patient data by mistake.", "feel"],
  [
    "Café owner: the IT consultant 'treated me like I was stupid', she found someone else.",
    "feel power",
  ],
  ["Facilities manager (school): 'IT and us get on. We cover for each other.'", ""],
  [
    "P8 (startup): the security Slack bot 'is the only contact we have with security'.",
    "comm distance",
  ],
  [
    "Accountant: the IT firm once blamed her for a server failure, 'in front of the partners'.",
    "blame:emp feel",
  ],
  ["Salon receptionist: 'no complaints, they sorted the booking app the same day'.", ""],
  [
    "Hotel bar manager: 'the IT woman never talks down to anyone, she's brilliant with the older staff'.",
    "",
  ],
  [
    "P15 (charity): used to dread calling IT, 'but since Priya took over it's a different story'.",
    "",
  ],
  [
    "Startup engineer: security reviews 'take a day, which is fair enough for what they catch'.",
    "",
  ],
  [
    "Clinic receptionist, matter-of-fact: IT visit on the first Monday of each month to check the machines.",
    "",
  ],
  ["Garage owner: 'not the cheapest, not the fastest, but I'd not swap them'.", ""],
  ["School technician says staff 'come to me with anything, I like that'.", ""],
  [
    "Butcher's shop: card machine and laptop, support comes with the kit, 'never given it a thought'.",
    "",
  ],
  ["Care home deputy: 'I wouldn't say they're perfect, but they do listen when we push back'.", ""],
  ["Note: P16 (yoga studio) had no comment on IT beyond 'it's just me and a laptop'.", ""],
  ["Finance lead (startup): security asks 'sensible questions, not gotchas'.", ""],
  ['Pharmacy owner: "Rude? No, never. Blunt sometimes, which I prefer."', ""],
  [
    "Volunteer coordinator says the IT volunteer set up a group chat so anyone can ask, 'and people do'.",
    "",
  ],
  [
    "P1 (café owner): happy with the arrangement, the card machine people and the IT man both answer the phone.",
    "",
  ],
  [
    "Salon manager says she 'wouldn't dream' of asking the IT firm a question, they charge by the quarter hour.",
    "distance",
  ],
  [
    'Head of year: "they decided to block YouTube over half term. Nobody asked us. Half my lesson plans use it."',
    "conflict power",
  ],
  [
    "Clinic admin lead: the IT supplier is friendly enough but everything has to go through a ticket, no phone number.",
    "comm",
  ],
  [
    "Security engineer (startup, 30 staff) thinks the marketing team will click anything 'with a free pizza in the subject'.",
    "blame:emp",
  ],
  [
    "Joiner's office manager: the laptop encryption thing was explained clearly and she felt fine about it.",
    "",
  ],
  [
    "Charity CEO worries the IT auditor will judge her personally when he finds the weak passwords.",
    "feel power",
  ],
  [
    'Pub landlord, laughing: "the IT lad? Lovely fella. No idea what he says half the time."',
    "comm",
  ],
  [
    "Note: respondent hesitated, then said the security officer makes her 'feel like a suspect'.",
    "feel power",
  ],
  ["Shop assistant: logs in, sells stuff, logs out. No view on IT either way.", ""],
  [
    "Developer (fintech startup) admits he disabled the endpoint agent on his machine because it slowed compiles.",
    "conflict distance",
  ],
  [
    'Nursery manager: "if something goes wrong it\'s always us, never the system, never them".',
    "blame:emp",
  ],
  ["Deputy head describes the network manager as 'the one who says no'.", "conflict"],
  [
    "Garage owner says his IT contractor 'bills for things I didn't ask for and I can't check any of it'.",
    "power",
  ],
  [
    "Optician's receptionist, quietly: it's probably me, I'm not good with the screens.",
    "blame:self",
  ],
  [
    "P3 (hotel night porter): never met anyone from IT, gets instructions on a laminated sheet.",
    "distance comm",
  ],
  [
    "HR officer (social enterprise) says the IT lead runs monthly drop-ins and she goes to most of them.",
    "",
  ],
  [
    "Hospice fundraiser: the security training felt like a telling-off, 'finger wagging for an hour'.",
    "comm feel",
  ],
  ["CTO on his own team: 'security's everyone's job here, we talk about it at standup'.", ""],
  [
    "Warehouse supervisor thinks the IT firm are 'clueless, they broke the scanners twice in a month'.",
    "blame:sec",
  ],
  ["Practice nurse says she is 'petrified' of the new records system audit log.", "feel power"],
  ["Electrician (trades firm, 8 staff): IT? 'the boss's wife does it, she's sound'.", ""],
  [
    "Teacher: asks the technician directly rather than use the helpdesk form, which she's never seen answered.",
    "distance",
  ],
  [
    "Marketing lead (startup) said the security person 'only shows up in Slack to tell someone off'.",
    "comm power",
  ],
  ['Café shift lead: "the IT guy is fine. Bit quiet. Fine."', ""],
  [
    "Volunteer at food bank: the tech volunteer explained the new logins with a printed guide and stayed to help.",
    "",
  ],
  [
    "Accountant (two-partner practice) resents paying for 'a service that treats us like a nuisance'.",
    "feel power",
  ],
  [
    "Retail manager says complaints about IT have 'more or less dried up' since the new provider came in.",
    "",
  ],
  ["P5 (school office): the IT man is 'wonderful with the kids, less so with us'.", "conflict"],
  [
    "Restaurant GM says his managers share one login because getting separate accounts took six weeks last time.",
    "conflict distance",
  ],
  ["Security lead (clinic group) says receptionists are 'where every breach starts'.", "blame:emp"],
  [
    "Admin (roofing firm) blames the IT company for losing the quotes folder; no backup, she says, 'their one job'.",
    "blame:sec",
  ],
  ["Startup founder concedes the security contractor is 'annoying but usually right'.", "feel"],
  [
    'Church hall bookings volunteer: "I\'m useless with it, I always get my grandson to do the computer bits".',
    "blame:self distance",
  ],
  ["P2 (florist): the IT support line is cheerful and explains things in normal words.", ""],
  [
    "Interviewer note — participant visibly tense discussing the phishing test results, said he felt 'set up'.",
    "feel power",
  ],
];
