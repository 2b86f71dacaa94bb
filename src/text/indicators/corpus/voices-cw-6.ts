import type { RawExample } from "./types.js";

/** Managers (team leads, department heads, ops/finance managers, owners of 10-250 staff firms) talking in interviews about IT/security people and their own staff. Written fresh for Rapport (brief CW). */
export const VOICES_CW_6: readonly RawExample[] = [
  [
    "My staff are convinced IT can read their messages. I've asked IT to clarify. Still waiting.",
    "power comm",
  ],
  [
    "The IT people have no idea how stressful it is to miss a shipment because an account got locked.",
    "feel conflict",
  ],
  ["We used to be scared of our IT director. He's retired. The new one's a sweetheart.", ""],
  ["I tell my team: if in doubt, ring IT. Nobody's ever been told off for asking.", ""],
  ["i tell my team if in doubt ring IT. they don't. they'd rather guess", "distance"],
  [
    "The CISO's town hall was an hour of fear and acronyms. My team came out more confused than they went in.",
    "comm feel",
  ],
  ["Our IT lead hides behind policy whenever something's awkward.", "comm blame:sec"],
  [
    "I had to approve a breach notification to the regulator. I barely understood what I was signing.",
    "power",
  ],
  [
    "They're so short-staffed I've stopped bothering them with little things. We muddle through.",
    "distance",
  ],
  ["Between my team and IT there's mutual respect. It took time, but it's there.", ""],
  ["The IT guys don't mix. Lunch on their own, Christmas drinks on their own.", "distance"],
  [
    "My staff make it worse by being rude to the helpdesk. I've told them twice.",
    "blame:emp conflict",
  ],
  [
    "I've been in the meeting where IT decided something about my team without me. Literally in the room. Nobody asked.",
    "power comm",
  ],
  [
    "It was my call to delay the patching until after the launch. It bit us. I own that.",
    "blame:self",
  ],
  [
    "The external auditors talked to IT for three days and to me for ten minutes. Then the findings were all about my department.",
    "comm power",
  ],
  [
    "Nobody likes the new badge readers, but IT explained them well and people have come round.",
    "",
  ],
  ["We don't have a problem with IT. We have a problem with the system they were told to buy.", ""],
  ["Our warehouse staff see IT as office people who've never lifted a box.", "distance"],
  ["Every single security email starts with 'as you should all know'. We didn't know.", "comm"],
  [
    "My senior people resent being told how to handle data by a 24-year-old. I'm not sure that's IT's problem.",
    "feel power",
  ],
  [
    "The IT team is honestly overcautious. My staff lose hours because of it.",
    "conflict blame:sec",
  ],
  ["We agreed a fast lane for urgent tickets from the shop floor. Works beautifully.", ""],
  ["Do I understand the security stack? No. Do I trust the people running it? Completely.", ""],
  ["Do I understand the security stack? No. Does anyone explain it to me? Also no.", "comm"],
  [
    "I've got one manager who's brilliant with IT and one who's at war with them. Guess which team has fewer problems.",
    "conflict",
  ],
  ["My gut says our staff are the risk, not the tech. IT agree.", "blame:emp"],
  [
    "IT says my staff are the risk. I reckon people are just easier to point at than systems.",
    "blame:sec",
  ],
  [
    "Nobody from security ever thanks my team for reporting things. They only get in touch when we miss something. It wears them down.",
    "comm feel",
  ],
  [
    "They gave my team a shout-out in the all-staff email for catching a scam. People were chuffed.",
    "",
  ],
  ["I have to take IT's word on everything. I hate that.", "power feel"],
  [
    "In a firm our size, 35 people, there's no 'IT and staff'. It's just Tom, and Tom's one of us.",
    "",
  ],
  ["The owner thinks security is IT's headache and nothing to do with him.", "distance"],
  [
    "I've started sitting with IT once a week to understand what they're up against. Should've done it years ago.",
    "blame:self",
  ],
  ["My team leads tell me IT treats them like second-class citizens.", "power"],
  ["Our security policies were written for a bank. We're a bakery with 40 staff.", "conflict"],
  ["If I'm honest we only call the MSP when we're desperate.", "distance"],
  [
    "Tickets get closed as resolved when nothing's resolved. My staff have stopped bothering to raise them.",
    "blame:sec distance",
  ],
  [
    "They spoke to the team like adults, explained the risks, and asked for ideas. Best session we've had.",
    "",
  ],
  ["My people aren't careless, they're rushed, and I'm the one rushing them.", "blame:self"],
  [
    "I'd like to know who actually decides what gets blocked. It's certainly not anyone I've met.",
    "power distance",
  ],
  ["Whoever decides what gets blocked clearly doesn't use the internet for work.", "blame:sec"],
  [
    "I wouldn't say we're close to IT. I wouldn't say we're not. They're there if we need them.",
    "",
  ],
  [
    "Getting a new starter set up takes IT two weeks. Meanwhile they sit there reading the handbook.",
    "conflict",
  ],
  ["I'm forever apologising to IT on behalf of my team. It's exhausting.", "blame:emp feel"],
  [
    "The IT manager called me 'a risk' in a meeting because I'd asked for an exception. I was stunned.",
    "power feel",
  ],
  [
    "We escalate to IT through a shared mailbox that feeds into another shared mailbox.",
    "comm distance",
  ],
  [
    "The contractor explained everything twice, slowly, without a hint of impatience. My admin team adore him.",
    "",
  ],
  [
    "My admin team adore the contractor but they're helpless without him. Bit worrying.",
    "power feel",
  ],
  ["I've noticed my staff won't challenge IT even when IT's plainly wrong.", "power"],
  ["IT made us all redo the training because one person failed. Collective punishment.", "power"],
  ["nobody's fault really. we're all just too busy to talk", "distance"],
  [
    "Security sits on the fourth floor, we're on the ground, and that's about how close we are.",
    "distance",
  ],
  [
    "IT has a seat at my weekly ops meeting. They don't always speak, but they hear everything.",
    "",
  ],
  ["The last pen test came back bad and IT spun it as user error. It wasn't.", "blame:sec"],
  ["Once a year I get asked to rate IT. I give them a five and nothing changes either way.", ""],
  [
    "We nearly lost a contract because IT wouldn't approve the client's file-sharing tool in time. Still raw about it.",
    "conflict feel",
  ],
  [
    "I was the one who stuck my password on a Post-it. IT found it. I deserved that conversation.",
    "blame:self",
  ],
  ["The security team has a great reputation with my staff. Nobody's scared of them.", ""],
  ["IT only ever turns up with bad news.", "comm"],
  ["I'm not sure the IT team likes us. Maybe I'm projecting.", "feel"],
  ["We've a security champion in each team now. Mine's the keenest person I've ever managed.", ""],
  ["The champion scheme died because IT never gave the champions anything to do.", "blame:sec"],
  [
    "I have genuinely no idea whether our IT provider is good or bad. How would I even know?",
    "power",
  ],
  [
    "Ops managers end up enforcing security rules we never agreed to. It puts us in an awkward spot with our teams.",
    "power conflict",
  ],
  ["Security asked for my team's input on the new policy and actually used some of it.", ""],
  [
    "Honestly the IT department is a closed shop. You can't get in, you can't find out anything.",
    "power distance",
  ],
  ["My team swear at the screen, not at IT. IT are fine.", ""],
  ["Could be better, could be worse. There's no bad blood.", ""],
  [
    "There's been bad blood since IT reported one of my team to HR over a personal email.",
    "conflict power",
  ],
  [
    "I don't understand the risk reports and I've been too embarrassed to say so for a year.",
    "feel comm",
  ],
  [
    "The MSP turned our weekly calls into monthly ones without asking. Now we hear nothing.",
    "comm distance",
  ],
  [
    "IT has the final word on every purchase over 500 quid, even non-tech ones. How did that happen?",
    "power",
  ],
  ["Staff treat IT like a vending machine. Ticket in, result out, no thanks.", "power"],
  [
    "Half my staff are remote and have literally never spoken to IT except through the portal.",
    "distance comm",
  ],
  ["I'd say the IT team are respected here. Not always understood, but respected.", ""],
  ["Frankly they're a bit smug. 'Have you tried restarting it?' in that voice.", "comm power"],
  [
    "My team will happily ignore a rule if nobody explains it. Can't say I'd do any different.",
    "conflict comm",
  ],
  [
    "The security lead rang me to warn about a test before it went out, so I could reassure my team. Thoughtful of her.",
    "",
  ],
  ["i like the IT team. they like us. thats it thats the interview", ""],
  [
    "We got through the audit because IT and my office manager worked late together for a week. Proper teamwork.",
    "",
  ],
];
