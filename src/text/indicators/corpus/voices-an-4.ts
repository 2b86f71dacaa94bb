import type { RawExample } from "./types.js";

/** Part 4 of 4 of VOICES_AN; see voices-an.ts. */
export const VOICES_AN_4: readonly RawExample[] = [
  [
    "School business manager describes the MSP account manager as 'charming in the sales meeting, vanished since'.",
    "distance",
  ],
  [
    "Nurse practitioner: IT changed the login screen overnight, no warning, clinic ran forty minutes late.",
    "conflict comm",
  ],
  ['Owner (bakery, 3 sites): "I trust them completely. Maybe too much, but there we are."', ""],
  ["Volunteer treasurer says IT reports are 'written for other IT people, not for me'.", "comm"],
  [
    "Sous chef: the kitchen tablet locks every five minutes, he has started taping a note with the PIN to it.",
    "conflict distance",
  ],
  ["P12 (youth charity): 'nobody tells us anything until the emails stop working'.", "comm"],
  ["Clinic director thinks the IT consultant is competent and says so repeatedly.", ""],
  [
    "Site foreman (construction) called the IT rules 'a nonsense for people in offices'.",
    "conflict",
  ],
  [
    "Primary teacher worries she'll be 'named and shamed' after clicking a test phishing email.",
    "feel power",
  ],
  [
    "Founder: the infosec guy 'thinks we're all idiots, and honestly some days he's right'.",
    "blame:emp",
  ],
  [
    "Dispensing assistant (pharmacy): says the IT helpdesk are patient with her, never make her feel daft.",
    "",
  ],
  ["Office manager feels she can't push back on anything the consultant recommends.", "power"],
  [
    "Garden centre manager: the tills were down all Saturday and IT 'didn't pick up till Monday'.",
    "conflict blame:sec",
  ],
  [
    "Note: P6 (estate agency) sarcastic — 'oh they're very responsive, took a fortnight to reset my password'.",
    "conflict feel",
  ],
  [
    "Sales rep (SaaS startup) says he just uses his personal phone for client files, it's easier than asking.",
    "distance",
  ],
  ['Head teacher: "The technicians and I have a coffee every Friday. It works."', ""],
  [
    "Receptionist at physio clinic: the IT emails are 'all SSO this and MFA that', she deletes them.",
    "comm distance",
  ],
  [
    "Hotel owner believes his staff are the problem: 'write passwords on the till, every one of them'.",
    "blame:emp",
  ],
  [
    "P8 (charity shop manager): she sent a query to the central IT team in spring, still waiting.",
    "conflict",
  ],
  [
    "Plasterer's business partner: IT is 'a cost I don't understand and can't argue with'.",
    "power",
  ],
  ["Kitchen porter: doesn't use a computer at work. Nothing to say.", ""],
  ["Practice manager describes a 'good, grown-up relationship' with the IT supplier.", ""],
  [
    "Developer says security reviews block releases for days and nobody explains what's wrong.",
    "conflict comm",
  ],
  [
    "Charity programme officer: 'I dread opening the laptop after an update, something always moves'.",
    "feel",
  ],
  [
    "School receptionist says the IT contractor 'sighs down the phone' whenever she calls.",
    "comm feel",
  ],
  [
    'Owner-manager (events company): "they don\'t answer to me, they answer to the parent company".',
    "power",
  ],
  ["P4 (boutique): never had a problem with IT, 'touch wood'.", ""],
  [
    "Care worker admits she shares her login with the agency staff because the IT lot 'take forever' to set them up.",
    "conflict distance",
  ],
  [
    "Security contractor (schools trust) says teachers 'just don't care' about data protection.",
    "blame:emp",
  ],
  [
    'Clinic receptionist: "Maybe I\'m asking stupid questions, but they make it feel that way."',
    "feel comm",
  ],
  [
    "Restaurant manager said the IT agency is 'great when you can find them', which is rarely.",
    "conflict distance",
  ],
  [
    "Bookkeeper (trades firm) says the new IT person is 'a breath of fresh air, talks to you like a human'.",
    "",
  ],
  [
    "Student services officer felt humiliated when her name came up in the phishing report.",
    "feel power",
  ],
  [
    "P10 (landscaping firm): doesn't bother reporting laptop faults any more, just restarts it.",
    "distance",
  ],
  ["Startup COO: 'the security guy and the engineers are at each other constantly'.", "conflict"],
  [
    "Deputy manager (care home) says IT 'used to be a nightmare, now they come in every Tuesday'.",
    "",
  ],
  ["Shop owner says the POS provider 'decides everything, we just get told'.", "power comm"],
  [
    "Youth worker: the IT volunteer is lovely but 'explains things in a language I don't speak'.",
    "comm",
  ],
  [
    "Interview 14, finance officer: 'the IT people are fine, it's the policies that drive me up the wall'.",
    "conflict feel",
  ],
  ["Vet nurse says she feels stupid every time she has to ring the helpdesk.", "feel"],
  [
    "Operations lead (hospitality group): the security team 'has never set foot in one of our kitchens'.",
    "distance",
  ],
  [
    "Managing director feels the IT firm 'holds us to ransom, they have all the passwords'.",
    "power feel",
  ],
  ["Teacher says the technician is 'brilliant and overworked, not his fault it's slow'.", ""],
  [
    'Dental nurse: "I know it was me who let the virus in. I still think about it."',
    "blame:self feel",
  ],
  [
    "Security lead at clinic network complains that managers 'sign off exceptions without reading them'.",
    "blame:emp",
  ],
  [
    "P3 (retail, stockroom): the scanner guns break weekly and IT 'just send another one, no one asks why'.",
    "conflict",
  ],
  [
    "Charity director describes the IT trustee as 'a bit of a bulldozer, but well meaning'.",
    "power",
  ],
  ["Coffee shop owner: 'I do the IT myself, always have, it's a small shop'.", ""],
  [
    'Engineer (startup) on the security lead: "he\'s the only one who says no and he never says why".',
    "conflict comm",
  ],
  [
    "Admin at architects' practice: IT provider 'was rubbish for years', new one is 'night and day'.",
    "",
  ],
  ["Parish council clerk worries she's 'breaking some rule' every time she saves a file.", "feel"],
  ["Hairdresser: 'it's all above my head, I leave it to Dan'.", "blame:self"],
  [
    "P7 (school bursar) says the trust's central IT 'treat schools like branches of a bank, not partners'.",
    "power",
  ],
  [
    "HR lead (startup): security posters appeared in the kitchen, 'no one from the team ever came to talk'.",
    "comm distance",
  ],
  [
    "Dental practice owner says his IT consultant 'gets impatient if you don't know the terms'.",
    "comm feel",
  ],
  ["Retail assistant, shrugging: IT have never done anything wrong by her.", ""],
  ['Chef-patron: "IT are the reason we lost a night\'s bookings. Full stop."', "blame:sec"],
  ["Community centre manager: no contact with IT at all unless the Wi-Fi dies.", "distance comm"],
  [
    "Note: P11 repeatedly said 'I'm not techy' as a reason not to raise issues.",
    "blame:self distance",
  ],
  [
    "Security contractor (retail chain) says store managers are 'mostly sensible, they ask when they're unsure'.",
    "",
  ],
  ["Receptionist (vet): the IT company are 'polite, prompt, no complaints'.", ""],
  [
    "Project manager (software house): security sign-off 'always lands the day before the client demo'.",
    "conflict",
  ],
  ["Playgroup leader embarrassed she had to ask three times how to log in.", "feel"],
  ["Owner (courier firm) describes the IT man as 'my right hand, I'd be lost without him'.", ""],
  [
    "P6 (hospital charity shop): IT 'talk down to you, like you should already know'.",
    "comm power",
  ],
  [
    "Clinic manager: staff have given up asking for printer fixes and walk to the other building instead.",
    "distance",
  ],
  [
    "Head of maths: the internet filter blocks half the resources, appeals go 'into a black hole'.",
    "conflict comm",
  ],
  [
    "Plumbing firm admin: the IT firm's invoices are 'double Dutch' but their engineer is nice.",
    "comm",
  ],
  ["Startup CEO: the security hire 'is good but the engineers feel policed'.", "power feel"],
  ["Bursar praises the IT manager for explaining the budget 'in pounds, not in acronyms'.", ""],
  ["Care home owner says her staff 'can't be trusted with a USB stick'.", "blame:emp"],
  ["Office administrator (charity): the IT contractor 'did a great job' with the office move.", ""],
  [
    "P2 (clinic): she resents being made to do another training module 'because someone else clicked'.",
    "feel",
  ],
  [
    "Trades firm owner: the IT company decides what software they use, 'we don't get a vote'.",
    "power",
  ],
  [
    "Events coordinator says IT 'only speaks to you through tickets, like a vending machine'.",
    "comm distance",
  ],
  [
    "Pharmacy manager admits she 'could be better' about passwords but says IT never nag.",
    "blame:self",
  ],
  ["Note: P9 (hotel reception) smiled, said the IT lady 'sorted it in two minutes, lovely'.", ""],
  [
    "Developer lead: security tooling 'fails builds for nonsense and there's no one to ask at 6pm'.",
    "conflict",
  ],
  [
    "Charity fundraising manager felt 'spied on' when IT mentioned they'd seen her browsing history.",
    "feel power",
  ],
  ["School cook: never needs IT, no opinion.", ""],
  ["Receptionist at osteopath says the consultant 'makes out we're all morons'.", "feel power"],
  ["Owner (pet shop): 'my IT fella is honest, tells me when I don't need to spend'.", ""],
  [
    "Senior carer: the new tablet system was 'forced on us', no one from IT asked how rounds work.",
    "conflict power",
  ],
  [
    "Startup engineer says the security person 'is more interested in compliance checklists than in us'.",
    "distance",
  ],
  [
    "Bakery manager: passwords written on a whiteboard because 'IT keep changing the rules'.",
    "conflict",
  ],
  [
    "Interviewee (plumber's office) said, unprompted, 'I'm the weak spot, I know that'.",
    "blame:self",
  ],
  ["Practice nurse: the IT person is 'lovely, just run off her feet'.", ""],
  ["Hotel GM says the security consultant's report was 'forty pages of gibberish'.", "comm"],
  [
    "Teaching assistant avoids the IT office because 'they make you feel like you're wasting their time'.",
    "distance feel",
  ],
  [
    "Retail owner thinks staff are careless with the stock system 'and then blame the IT people'.",
    "blame:emp",
  ],
  [
    "P5 (charity): the IT provider blames users for everything, 'never their kit, always us'.",
    "blame:emp",
  ],
  ["Gym manager: not a problem with IT, 'they're quick, they're cheap'.", ""],
  [
    "Admin (electrical contractor) says the IT firm 'fob us off with the junior every time'.",
    "conflict distance",
  ],
  [
    "Security officer (school trust): teachers 'see me as the enemy, which I understand'.",
    "conflict",
  ],
  ["Clinic receptionist feels she has no say in which systems she has to use.", "power"],
  ["Startup designer: gets on fine with the security lead, 'he actually asks what we need'.", ""],
  ["Landscaper: 'computers aren't my thing, so I just stay out of it'.", "blame:self distance"],
  [
    "Deputy manager (nursery) worried about what the IT supplier can see on the staff laptops.",
    "feel power",
  ],
  ["P1 (tradesman's wife, does the books): the IT company is helpful and never patronising.", ""],
  [
    "Software founder: the contractor pen-tester 'lectured the team like schoolkids'.",
    "comm power",
  ],
  [
    "Housing charity officer: the IT lead 'doesn't reply unless the director is copied in'.",
    "power distance",
  ],
  [
    "Shop supervisor says staff 'get a telling-off from head office IT' if a till is left logged in.",
    "power",
  ],
  ["Clinic owner: relationship with IT 'perfectly fine, nothing to report'.", ""],
  ["Barista: the IT guy fixed the Wi-Fi and showed her how to restart the router herself.", ""],
  ["Charity admin says IT problems are 'always our fault in their eyes'.", "blame:emp"],
  ["P13 (school): the network manager was 'a bit gruff at first', is much better now.", ""],
  ["Warehouse lead: IT turn up to fix things and leave without a word to anyone.", "comm distance"],
  [
    "Security consultant (hospitality) says owners 'only ring when they've already been hit'.",
    "comm",
  ],
  [
    'Finance manager: "I feel like I\'m begging every time I need something from IT."',
    "feel power",
  ],
  [
    "Dental receptionist: \"Oh, I'm hopeless, I'd ring them for everything if I could\".",
    "blame:self",
  ],
  [
    "Startup ops manager thinks the security tooling is 'over the top for eleven people'.",
    "conflict",
  ],
  ["P8 (surgery) describes the IT trainer as 'patient, funny, really good'.", ""],
  ["Dental practice manager: 'they were slow to start with, they've sorted themselves out'.", ""],
  ["Teaching assistant: the technicians 'explain it without making you feel thick'.", ""],
  ["Roofing firm owner: IT is outsourced, invoiced monthly, 'does what it says on the tin'.", ""],
  [
    "Startup CTO: the security contractor sits in on planning 'so nothing lands as a surprise'.",
    "",
  ],
  [
    "P15 (gift shop): asked whether IT were ever unhelpful, she said 'not that I can remember'.",
    "",
  ],
  [
    "Hotel chef: 'the IT chap came into the kitchen to see how we use the screens, first time anyone has'.",
    "",
  ],
  ["Charity finance officer describes the IT provider as 'boring in the best way'.", ""],
  ["Clinic nurse: 'whatever you ask, they never make a thing of it'.", ""],
  [
    "Estate agent: the IT firm's account manager 'rings every quarter to check in, which is nice'.",
    "",
  ],
  [
    "Security lead (small agency) says the designers 'report odd emails straight away now, it's great'.",
    "",
  ],
  ["P16 (plasterer): 'no problems. Why would there be?'", ""],
  ["School office manager: 'we had a rocky patch after the migration, all fine now'.", ""],
  [
    "Restaurant owner: the IT support contract 'is clear, the people are clear, no complaints'.",
    "",
  ],
];
