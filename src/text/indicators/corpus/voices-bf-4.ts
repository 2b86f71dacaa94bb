import type { RawExample } from "./types.js";

/** Part 4 of 5 of VOICES_BF; see voices-bf.ts. */
export const VOICES_BF_4: readonly RawExample[] = [
  [
    "Client claimed the breach was our fault; logs show an employee disabled the antivirus.",
    "blame:sec blame:emp",
  ],
  [
    "Staff member cried when told her account sent spam overnight, thought she'd be fired.",
    "feel power",
  ],
  ["Owner listens to advice when it's framed in pounds, not in threats.", ""],
  [
    "Account manager has not spoken to the client in person since onboarding three years ago.",
    "distance",
  ],
  ["The director routinely refers to our engineers as 'the help'.", "power"],
  [
    "All communication from the client is via a shared inbox, no one signs their emails.",
    "comm distance",
  ],
  [
    "Owner wanted an explanation of the vulnerability scan; gave him the top three items in plain terms, he actioned two.",
    "",
  ],
  [
    "Delicate: owner's brother-in-law insists he can run their IT cheaper and keeps undermining our recommendations.",
    "conflict power",
  ],
  ["Client has started asking good questions about supplier risk. Worth nurturing.", ""],
  [
    "Client's team felt blindsided by the new device policy. We sent one email the day before. Not good enough.",
    "comm blame:self",
  ],
  [
    "Weekly call is mostly the owner venting about his staff. Useful intel, exhausting.",
    "feel blame:emp",
  ],
  [
    "They won't tell us when people leave, so ex-staff keep their accounts for months.",
    "comm blame:emp",
  ],
  [
    "Staff are terrified of the owner, which means they hide mistakes from him and from us.",
    "feel distance power",
  ],
  [
    "Honest assessment: we've treated this client as low priority and they can tell.",
    "blame:self distance",
  ],
  ["The owner treats a patch window as a personal insult.", "conflict"],
  ["Owner signed off the incident response plan and actually read it first. Rare.", ""],
  ["Please do not argue with the MD on calls. Note it, agree to review, move on.", "conflict"],
  [
    "Site has no reception; staff sort out their own IT issues and we hear about it at renewal.",
    "distance",
  ],
  ["Their team responded well to the short video explainers instead of the PDF guides.", ""],
  [
    "Client has not installed updates on the reception PC in two years. Refuses to allow reboots during opening hours, which is always.",
    "conflict blame:emp",
  ],
  ["Owner took the tabletop exercise seriously and invited the whole team. Great session.", ""],
  [
    "The partners see IT spend as our profit, not their protection. Relationship feels adversarial.",
    "conflict feel",
  ],
  ["Engineer's tone in the last email was too blunt; apologised to the client.", "blame:self comm"],
  ["Client does not want to be 'lectured' about security any more, quote.", "comm conflict"],
  ["Admin rights reviewed with the owner line by line; he removed two accounts himself.", ""],
  ["Owner is supportive but completely dependent on us for even basic decisions.", "power"],
  [
    "Manager's assistant screens every call, so it takes days to reach anyone who can approve anything.",
    "distance",
  ],
  ["Client is reasonable about security, haggles a bit on cost, which is understandable.", ""],
  [
    "Warned them about the unsupported firewall in writing on three occasions. Failure occurred as predicted.",
    "blame:emp",
  ],
  ["Relationship note: we get on, we just rarely talk.", "distance"],
  [
    "Office manager mentioned she 'hates bothering' us, so small problems pile up.",
    "distance feel",
  ],
  [
    "Owner asked us to quietly remove a staff member's access before telling her she was let go.",
    "power",
  ],
  [
    "Client was wary of upselling at first; after a year of us talking them out of things they didn't need, that's gone.",
    "",
  ],
  ["Very appreciative client. Sends biscuits. Listens to us. Low maintenance.", ""],
  [
    "Our engineer left the client's server room unlocked. Apologised. Procedure updated.",
    "blame:self",
  ],
  ["Staff complained that our security awareness course made them feel stupid.", "feel comm"],
  [
    "Incident was nobody's fault in particular; an unlucky zero-day in their accounting software.",
    "",
  ],
  ["The owner speaks to our engineers like misbehaving apprentices.", "power"],
  [
    "Client contacts only when there's a crisis and then expects us to drop everything.",
    "comm power",
  ],
  [
    "Client's previous IT person was a part-timer who left everything half done; they still think all IT people are like that.",
    "blame:sec distance",
  ],
  [
    "Owner said he's 'sick of being nagged' by our automated reminders. Reducing frequency.",
    "comm feel",
  ],
  ["Trust rebuilt after last year's outage; they now raise concerns early.", ""],
  ["They're happy to hear bad news as long as it comes with a plan.", ""],
  ["Staff ignored the pop-up warning because 'it always says that'.", "blame:emp"],
  [
    "Director prefers to hear from the MSP owner, not the engineers. Won't talk to anyone he considers junior.",
    "power distance",
  ],
  [
    "We did not explain the risk clearly enough before the owner declined the upgrade. Revisit.",
    "blame:self comm",
  ],
  [
    "Client team happily takes part in monthly phishing tests and competes for lowest click rate.",
    "",
  ],
  ["Owner demanded the engineer's personal mobile number. Declined. Tension.", "power conflict"],
  ["Review meeting took twenty minutes; everything green, owner thanked the team.", ""],
  [
    "The client's office manager has basically become our unpaid IT lead and she's exhausted.",
    "feel",
  ],
  ["Owner now checks the client portal weekly and asks about anything amber.", ""],
  ["The owner believes the firm is 'too small to be targeted'. Educating slowly.", "conflict"],
  ["Client hadn't realised we monitor their backups every night. Said it was reassuring.", ""],
  [
    "Incident caused by a contractor plugging in a personal USB drive, against the written policy.",
    "blame:emp",
  ],
  ["Owner is worried we'll judge him for how messy their file shares are. We won't.", "feel power"],
  ["Asked for feedback; owner said 'you're invisible, which is how I like it'.", ""],
  [
    "Sent four emails about the domain renewal. Domain expired. Client now very upset with us.",
    "distance feel",
  ],
  ["Owner micromanages every ticket and demands hourly updates on minor issues.", "power conflict"],
  ["New office manager is keen and has asked for a monthly catch-up. Booked.", ""],
  ["Client is annoyed that the new email filter quarantines supplier invoices.", "conflict feel"],
  ["I'd classify this client as low trust, low contact, high risk.", "distance feel"],
  ["We overpromised on the migration timeline. Client goodwill dented.", "blame:self"],
  ["The owner explains our advice to his staff better than we do, honestly.", ""],
  [
    "Users routinely leave the back office PC logged in as admin so 'anyone can use it'.",
    "blame:emp",
  ],
  ["Owner has gone quiet since the price rise. Might be shopping around.", "distance feel"],
  [
    "Staff have taken to messaging our engineer on his mobile instead of raising tickets, which is fine until he's on holiday.",
    "",
  ],
  [
    "Owner said he'd rather be breached than 'pay for that nonsense'. Noted in writing.",
    "conflict",
  ],
  [
    "When I do a risk assessment for a ten-person firm, the owner usually hears 'you're doing it wrong' no matter how gently I say it.",
    "power feel",
  ],
  ["Most owners I work with are genuinely curious once you stop scaring them.", ""],
  [
    "I've had clients pay for a pen test and then refuse to read the findings because they didn't like the colour red.",
    "distance",
  ],
  ["Honestly the staff are rarely the problem. It's the setup they inherited.", "blame:sec"],
  [
    "The accounting firm I advise treats every recommendation as an insult to their professionalism.",
    "conflict feel",
  ],
  [
    "There's one owner who texts me photos of suspicious letters, not just emails. I love that, it means he's thinking.",
    "",
  ],
  [
    "You can tell the difference between a client who wants security and one who wants a certificate for the wall.",
    "",
  ],
  [
    "I spent an hour building a threat model for the clinic and the manager asked if it could be a single slide. Fair, but it stung.",
    "comm feel",
  ],
  [
    "Some of these business owners talk to consultants like we're selling double glazing.",
    "conflict power",
  ],
  [
    "If I'm honest, we consultants are part of the problem. We write reports for other consultants, not for a shop owner.",
    "blame:self comm",
  ],
  [
    "The staff at the veterinary group were so relieved when I said 'you're not stupid, the email was really convincing'.",
    "",
  ],
  ["The clients who only call when they're on fire are the ones I lose sleep over.", "comm feel"],
  [
    "I asked who owned the firewall and the office manager had the contract, the login and the renewal date ready. Impressive.",
    "",
  ],
  [
    "Their employees have been burned by a strict IT manager before, so they brace themselves when I arrive.",
    "feel blame:sec",
  ],
  ["We find the same holes every year because nobody at the company owns fixing them.", "distance"],
  [
    "The founder calls me 'the auditor' in a tone that's, let's say, not affectionate.",
    "power feel",
  ],
  [
    "I used to think users were the weakest part. After fifteen years I think it's mostly bad defaults and worse training.",
    "blame:sec",
  ],
  [
    "Some days it's like being a fire brigade that's only allowed in once the roof has gone.",
    "comm",
  ],
  ["Good relationship with the print firm, they invite me to their summer barbecue.", ""],
  [
    "The business owner literally said 'you're here to make the insurer happy, not to change anything'.",
    "conflict power",
  ],
  [
    "Staff wouldn't look me in the eye during the interviews, they thought I was there to find out who'd messed up.",
    "feel power",
  ],
  [
    "I try to explain risk as 'how many days could you survive without your customer list'. That usually lands.",
    "",
  ],
  [
    "It's always someone in accounts who wires money to a fake supplier. Every year, a different firm, same story.",
    "blame:emp",
  ],
  [
    "I'm a bit ashamed I didn't spot the exposed admin panel in the first assessment.",
    "feel blame:self",
  ],
  [
    "The clients who push back hardest often end up the most secure, because they actually engage.",
    "",
  ],
  [
    "He wanted me to name and shame the staff who failed the phishing test in the all-hands meeting. I refused.",
    "power conflict",
  ],
  ["No, I wouldn't say they ignore advice. They prioritize, which is different.", ""],
  [
    "The owner never attends the readout. He sends his PA, who sends me a thumbs up emoji.",
    "distance comm",
  ],
  [
    "To be blunt, a lot of small business staff think security is someone else's job and behave accordingly.",
    "blame:emp distance",
  ],
  [
    "I've got clients who'd rather take a small risk than annoy their best salesperson, and honestly I get it.",
    "",
  ],
  [
    "They hired us after a breach and were very keen, then the enthusiasm faded after about six weeks.",
    "distance",
  ],
  [
    "The managing partner told me IT people are all 'overpaid box-tickers'. I nodded and carried on.",
    "blame:sec feel",
  ],
  [
    "Most incidents I investigate at small firms come down to the owner having no process, not any one person clicking.",
    "",
  ],
];
