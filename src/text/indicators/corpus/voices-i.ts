import type { RawExample } from "./types.js";
import { VOICES_I_2 } from "./voices-i-2.js";

/**
 * Security and IT staff, MSP engineers, data-protection leads and owners talking about each other and
 * about employees, plus some employees and interview notes; engineering, pharmacies, hotels,
 * start-ups, charities, councils, printing, transport, brokers, clinics, universities, architects.
 * Written fresh for Rapport (brief I).
 * Continued in voices-i-2.ts (one file per few hundred lines).
 */
const FIRST: readonly RawExample[] = [
  // Security and IT staff about employees and management
  [
    "We can buy every tool on the market and somebody in accounts will still find a way round it.",
    "blame:emp",
  ],
  ["Mutual suspicion.", "conflict power"],
  ["They're fine.", ""],
  [
    "I'm the only IT person for thirty-two staff, so I mostly meet people on the day their laptop dies.",
    "distance comm",
  ],
  [
    "Honestly it's not the users. Our sign-in asks for three separate codes and I'd get it wrong too.",
    "",
  ],
  [
    "Half the engineers keep their passwords in a spreadsheet on the shared drive and think I haven't noticed.",
    "blame:emp",
  ],
  [
    "The partners overrule me whenever a client wants drawings sent to a personal Gmail.",
    "power conflict",
  ],
  [
    "I dread Monday mornings at the pharmacy: a queue of locked tills and very cross pharmacists.",
    "feel conflict",
  ],
  [
    "Reception share one login because it's quicker, and I've given up arguing about it.",
    "distance conflict",
  ],
  [
    "Nobody in the drawing office has asked me a security question. Not once in four years.",
    "distance",
  ],
  ["If a single site manager opened one of my emails I think I'd faint.", "comm distance"],
  [
    "Our MSP engineer comes in monthly, has a coffee with whoever's around, and people actually tell him things.",
    "",
  ],
  ["Staff take a phishing simulation as a personal insult.", "conflict feel"],
  ["The owner took out cyber insurance and now treats my advice as optional.", "power"],
  ["I feel like the office nag. Same reminders, same blank faces.", "feel comm"],
  [
    "Users aren't stupid, they're busy. We keep designing for people who have ten spare minutes a year.",
    "",
  ],
  ["The planning team will open any attachment that claims to come from a developer.", "blame:emp"],
  ["Security at the clinic is whatever the practice manager decides over lunch.", "power"],
  [
    "We were the weak spot, if I'm honest. IT left the old VPN open for months after the migration.",
    "blame:self",
  ],
  ["I should have caught that fake invoice, it went straight through my filter.", "blame:self"],
  [
    "The helpdesk is just a queue now. I haven't spoken to a user face to face since March.",
    "comm distance",
  ],
  [
    "The press operators keep unplugging the patch server because it slows the print queue.",
    "conflict distance",
  ],
  ["Management want the certificate on the wall, not the work behind it.", "conflict"],
  [
    "The directors tear a strip off me when a backup fails and ignore me when I ask for a new NAS.",
    "power blame:sec",
  ],
  ["Students treat the campus network as their personal playground.", "blame:emp"],
  [
    "The lecturers I support are lovely, but they'll email exam papers to anyone who asks nicely.",
    "blame:emp",
  ],
  ["I'm exhausted. Three sites, one of me, and everyone wants it done yesterday.", "feel conflict"],
  [
    "Staff are our best sensors. Most of our incidents were spotted by reception, not by the tools.",
    "",
  ],
  ["People say they'll lock their screens and then don't. Every single audit.", "blame:emp"],
  [
    "The architects see encryption as the thing that slows their renders down, end of discussion.",
    "conflict",
  ],
  ["The partners won't do the training, so neither will anyone else.", "blame:emp distance"],
  [
    "We found out about the new booking platform when the invoice landed on my desk.",
    "comm distance",
  ],
  ["Honestly, the board listens to the auditors and not to me.", "power"],
  [
    "I write the guidance in plain English now. It took me years to stop writing like a firewall manual.",
    "",
  ],
  [
    "Every time I explain two-factor to the warehouse I can watch them switch off.",
    "comm distance",
  ],
  ["The sales director introduces me to clients as 'the department of no'.", "conflict power"],
  ["You can lead a pharmacist to a password manager...", "blame:emp"],
  ["The sales laptops stay unpatched for weeks because nobody ever restarts them.", "blame:emp"],
  ["Forty training modules later, the same three people still reply to every scam.", "blame:emp"],
  ["My job would be a doddle if there were no people involved.", "blame:emp"],
  [
    "We built a secure file share and the drafting team still send everything by WeTransfer.",
    "blame:emp distance",
  ],
  ["Honestly, the weakest link in this firm sits in the boardroom.", "blame:emp"],
  ["I used to call users the weakest link. Then I watched one try to use our expenses portal.", ""],
  [
    "Most of the mistakes I see are really mine: bad defaults, unclear prompts, a login page from 2009.",
    "blame:self",
  ],
  ["The design is the problem, not the nurse who clicked at 3 a.m. after a double shift.", ""],
  ["I don't blame anyone for recycling passwords when we force a change every thirty days.", ""],
  [
    "Every new starter at the practice asks for admin rights on day one, and every week I say no.",
    "conflict",
  ],
  ["QA and our security engineer can't agree on what 'done' means.", "conflict"],
  [
    "The hotel GM wants guest Wi-Fi with no password at all; I'd quite like to keep my job.",
    "conflict",
  ],
  [
    "Getting a USB port unlocked at the print works takes longer than printing the job.",
    "conflict",
  ],
  ["They want it secure, cheap and invisible, and they want it by Friday.", "conflict"],
  ["The finance director and I have agreed to disagree about two-factor on his phone.", "conflict"],
  ["IT here is a cost line on a spreadsheet, not a seat at the table.", "power"],
  ["I report to the office manager, who reports to the owner's wife, and she decides.", "power"],
  ["We get consulted after the contract's signed.", "power"],
  ["The surgeons get exceptions. The admin staff get the rules.", "power"],
  ["We're the plumbers. Nobody thinks about us until something floods.", "power distance"],
  ["The MD signs off every purchase over fifty quid, antivirus renewals included.", "power"],
  [
    "I can't question anything group IT does; they sit at head office and that's that.",
    "power distance",
  ],
  ["Most of the staff would walk past me in the corridor with no idea who I am.", "distance"],
  ["The night shift have never met anyone from IT.", "distance"],
  [
    "I work out of a server cupboard on the second floor. People forget I'm employed here.",
    "distance",
  ],
  [
    "Everyone has their own little workarounds and I've stopped pretending I don't know.",
    "distance",
  ],
  [
    "The sales team bought their own laptops on a company card; I couldn't tell you what's on them.",
    "distance",
  ],
  [
    "The student union runs its own mail server and won't tell us a thing about it.",
    "distance conflict",
  ],
  [
    "We had a breach in one of the labs and I first heard about it from a journalist.",
    "distance comm",
  ],
  ["Every call from the owner after 8 p.m. makes my stomach drop.", "feel"],
  ["Twelve years doing this and a thank-you would still be a novelty.", "feel"],
  ["Some nights I lie awake wondering which account is already compromised.", "feel"],
  [
    "It's soul-destroying to build a sensible process and watch it get bypassed on day two.",
    "feel distance",
  ],
  ["After the audit I felt like a schoolboy with a bad report card.", "feel power"],
  [
    "I was gutted. We'd planned the incident drill for weeks and the partners didn't turn up.",
    "feel distance",
  ],
  [
    "The team are frazzled: three outages in a week and a CEO who wants a post-mortem by lunch.",
    "feel conflict",
  ],
  ["All the board ever hears from me is red, amber or green.", "comm"],
  ["My updates come back from the MD with 'TL;DR?' and nothing else.", "comm"],
  [
    "Our notices go in the newsletter between the bake sale and the car park rota. Nobody reads them.",
    "comm distance",
  ],
  ["I only ever hear from the partners when something costs money.", "comm"],
  ["We tell them in the all-staff email. It's the only channel we've got.", "comm"],
  [
    "The first password policy was a disaster, my fault, so we rewrote it with the staff.",
    "blame:self",
  ],
  ["If I'm honest, we in IT made ourselves very hard to like.", "blame:self"],
  [
    "Our team wrote the clinical access rules without talking to the wards, so of course they're ignored.",
    "blame:self distance",
  ],
  ["The board think cyber is 'an IT thing', and I'm the IT thing.", "power distance"],
  ["Being the data protection lead here mostly means hearing 'just this once'.", "conflict"],
  ["People think GDPR is something I dreamt up to ruin their week.", "conflict"],
  [
    "The partners treat IT like the coffee machine: invisible until it's empty, then everyone complains.",
    "power distance",
  ],
  ["I love this charity, but nobody here thinks data is their problem.", "blame:emp distance"],
  [
    "Give the brokers a choice between a secure portal and an attachment and they'll pick the attachment every time.",
    "blame:emp",
  ],
  [
    "The consultants are the ones who fall for it, every phishing round, and they're the ones with client data.",
    "blame:emp",
  ],
  ["Our drivers aren't the risk. The depot PCs running an unsupported system are.", ""],
  [
    "The owner's son has admin rights because he asked nicely, and I wasn't allowed to argue.",
    "power",
  ],
  [
    "When I raise a risk at the leadership meeting I get a polite nod and the next agenda item.",
    "power comm",
  ],
  [
    "Managers at the council treat my risk register like a horoscope: interesting, not binding.",
    "power",
  ],
  ["The devs ship first and tell me afterwards, if at all.", "distance comm"],
  [
    "I'm fed up being the person who has to say no to every fun idea in a start-up.",
    "feel conflict",
  ],
  [
    "Honestly the accounts team are a liability; one of them posted a screenshot of the payroll system on LinkedIn.",
    "blame:emp",
  ],
  [
    "People don't report lost phones until they've bought a new one, so I'm always the last to know.",
    "distance blame:emp",
  ],
  [
    "There's a lot of eye-rolling when I turn up to the site meeting in a hard hat and a lanyard.",
    "conflict",
  ],
  ["The architects call me 'the fun sponge'. Affectionately, I think.", "conflict"],
  [
    "Patients' records are safer than they were, mainly because the receptionists told me what was broken.",
    "",
  ],

  // Managers and owners about security/IT staff and employees
  [
    "Our IT contractor speaks in acronyms and bills by the hour, so I've stopped asking him questions.",
    "comm distance",
  ],
  [
    "As owner I genuinely can't tell whether the MSP is any good. I just pay the invoice.",
    "power distance",
  ],
  [
    "Our security officer is thorough, a bit stiff, but I'd trust her with the keys to everything.",
    "",
  ],
  ["The IT lad is great with kit and hopeless with people.", "comm blame:sec"],
  ["Every request we send to IT comes back as 'not possible for compliance reasons'.", "conflict"],
  [
    "I run a pharmacy; the chain's IT desk decides everything and lets us know afterwards.",
    "power comm",
  ],
  [
    "Frankly the security consultants cost us a fortune and found nothing we didn't already know.",
    "blame:sec",
  ],
  ["They lock things down first and ask what we need second.", "conflict power"],
  [
    "I'm wary of emailing the MSP at all, because every question turns into a billable ticket.",
    "feel distance",
  ],
  ["Our head of IT is brilliant at explaining risk to the board in pounds and pence.", ""],
  ["Security is a black box to me, and the man holding it likes it that way.", "power distance"],
  [
    "I was livid when IT changed the door codes over the weekend and nobody passed on the new ones.",
    "feel comm conflict",
  ],
  ["Clinic manager: 'I feel like I need permission to buy a printer.'", "power"],
  [
    "The charity's volunteer IT man is a saint, but he's only in on Tuesdays, so anything urgent waits a week.",
    "conflict",
  ],
  ["My staff avoid the IT office like it's the headmaster's study.", "distance power"],
  [
    "The developers and our security engineer don't really talk any more, they leave comments on pull requests.",
    "distance comm",
  ],
  [
    "We hired a security lead at the start-up and, to my surprise, she's made us faster, not slower.",
    "",
  ],
  ["I'd be lying if I said I understood half of what our IT provider sends us.", "comm"],
  ["Security here means a PDF policy nobody has opened.", "comm distance"],
  ["We don't have a relationship with IT as such. They exist, we exist.", "distance"],
  [
    "When the ransomware hit, IT blamed the receptionist and the receptionist blamed IT. Nobody checked the backups.",
    "blame:emp blame:sec conflict",
  ],
  [
    "The security team talk to my staff as if they'd been caught smoking behind the bike sheds.",
    "comm power",
  ],
  ["I think my team are genuinely frightened of the security officer.", "feel power"],
  ["Our CTO overrides the security engineer whenever a deadline gets close.", "power conflict"],
  ["I don't think our IT lead has ever been asked for her view at a board meeting.", "power"],
  [
    "We outsourced security so we'd never have to think about it, and it shows.",
    "distance blame:self",
  ],
  [
    "As managing partner I'll own it: we ignored IT's warnings about that old server for two years.",
    "blame:self",
  ],
  ["Honestly I'm the worst offender. I still share my login with my PA.", "blame:self"],
  [
    "The transport office only sees the IT contractor on the days dispatch crashes.",
    "distance comm",
  ],
  ["The practice manager and I have a ten-minute check-in every Monday. It works.", ""],
  ["Our engineers are brilliant at maths and terrible at not clicking links.", "blame:emp"],
  [
    "The girls on the front desk will give a room number to anyone with a confident voice.",
    "blame:emp",
  ],
  [
    "If the brokers spent half as long reading the guidance as moaning about it, we'd be fine.",
    "blame:emp conflict",
  ],
  [
    "Our IT provider is quick to send an invoice and slow to send an explanation.",
    "comm blame:sec",
  ],
  [
    "The new data lead is useless. Three months in and she still can't tell me where our backups are.",
    "blame:sec",
  ],
  [
    "The security people are so busy protecting us from hackers that they've forgotten we have customers.",
    "conflict blame:sec",
  ],
  ["We pay the MSP well and they still treat every call like an interruption.", "power conflict"],
  [
    "IT and the sales floor have been at loggerheads since the phones were locked down.",
    "conflict",
  ],
  [
    "I'd like the security team to come and see how a kitchen works before they write rules for it.",
    "distance conflict",
  ],
  [
    "The engineering director sits in on incident reviews now, which has been useful for both sides.",
    "",
  ],
  ["The owner backs me when I say no, and that makes all the difference.", ""],
];

export const VOICES_I: readonly RawExample[] = [...FIRST, ...VOICES_I_2];
