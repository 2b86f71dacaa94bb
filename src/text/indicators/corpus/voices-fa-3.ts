import type { RawExample } from "./types.js";

/** Part 3 of batch FA (see voices-fa.ts). */
export const VOICES_FA_3: readonly RawExample[] = [
  [
    "I'll be fair: half our tickets are from people who haven't read the email that answers their question.",
    "blame:emp",
  ],
  [
    "We gave them an impossible brief: secure everything, block nothing. They did their best.",
    "blame:self",
  ],
  ["They're quick, they're clear, and they don't make you feel thick.", ""],
  [
    "The incident report came in English. My team in Lyon mostly reads French, and nobody understood it.",
    "comm",
  ],
  ["The staff call the monitoring software Big Brother, and they're not joking.", "power"],
  ["The access requests are maybe a touch bureaucratic.", "conflict"],
  ["The IT firm fixed our booking system in under an hour on Christmas Eve. Heroes.", ""],
  ["I keep telling my team to ring IT. They keep not doing it.", "distance"],
  [
    "Since the breach, security reviews every attachment we send out, and contracts have slowed to a crawl.",
    "power conflict",
  ],
  ["provider's the only reason we passed the audit tbh", ""],
  [
    "We made the mistake of letting everyone be an admin. IT warned us. We didn't listen.",
    "blame:self",
  ],
  [
    "People are nervous about owning up to clicking a bad link, because the last person who did got a written warning.",
    "feel power",
  ],
  [
    "Everything's done by remote session now. We haven't seen an actual human from the provider since Covid.",
    "distance",
  ],
  [
    "Our IT manager spends a day with the dispatchers every quarter just to watch how they work. The dispatchers think he's one of them now.",
    "",
  ],
  ["the security team thinks we're all careless", "blame:emp"],
  [
    "My staff say the security team only shows up after an incident, never before.",
    "comm distance",
  ],
  [
    "Shift supervisor's view: three wrong passwords and you're locked out is fine in an office, but it's a nightmare at 4am with nobody around to unlock you.",
    "conflict",
  ],
  ["No, I don't think our people fear IT at all. They treat them like mates.", ""],
  ["The security guidance is 60 pages long. Nobody has read it, me included.", "distance"],
  [
    "The IT contractor took it personally when I questioned his invoice. He's been short with my staff ever since.",
    "conflict",
  ],
  ["its always OUR fault according to them", "blame:emp"],
  ["Our head of security runs a no-stupid-questions drop-in every Wednesday and it's packed.", ""],
  [
    "I run a small accountancy firm in Nairobi. The provider is good, but they assume we know far more than we do.",
    "comm",
  ],
  ["new starters' accounts always ready before day one", ""],
  [
    "The first I heard of the new data policy was my team being locked out of the shared drive.",
    "comm conflict",
  ],
  [
    "I wish they'd come and stand behind a pharmacy counter for an hour before writing the rules.",
    "distance",
  ],
  [
    "If I'm honest, the IT staff here get treated like the help. That's on management, not on them.",
    "power blame:self",
  ],
  ["The security team isn't hated, exactly. They're just never invited to anything.", "distance"],
  [
    "Our people resent being filmed every time they go through the server room door. Two of them have complained to me.",
    "power feel",
  ],
  [
    "We're a six-person design agency. IT is a freelancer who answers WhatsApp at midnight. Can't fault her.",
    "",
  ],
  ["helpdesk never picks up", "conflict"],
  ["great bunch, very patient", ""],
  [
    'P23 says the helpdesk "always gets back to me by lunchtime". She has worked there six years.',
    "",
  ],
  [
    'The interviewee, a payroll clerk, describes the security team as "the people who send the scary emails".',
    "comm feel",
  ],
  [
    "Respondent recalls waiting two days to have her account unlocked, during which she couldn't submit anyone's timesheets.",
    "conflict",
  ],
  ['P11: "they\'re lovely"', ""],
  [
    'P3 is a warehouse team leader. He says he fixes most things himself "because by the time IT rings back the shift\'s over".',
    "distance conflict",
  ],
  [
    'Interviewee (junior architect, 26) says the IT consultant "makes me feel stupid for not knowing what a VPN is".',
    "feel comm",
  ],
  [
    "R14 describes a friendly relationship. The IT staff eat lunch with the sales team most days.",
    "",
  ],
  ['P9 notes that contact with security only happens "when you\'ve done something wrong".', "comm"],
  [
    "P31 says she \"wouldn't dream\" of telling IT she'd clicked a link. She fears she would lose her job.",
    "feel power",
  ],
  [
    'Interviewee believes most breaches come from "people like me who don\'t think before clicking".',
    "blame:self blame:emp",
  ],
  ['P2 (legal secretary): "polite, quick, never patronising"', ""],
  ['R5 says the MFA rollout "came out of nowhere" and nobody explained what it was for.', "comm"],
  ["P18 laughs: \"IT? We've got a guy. He's great.\"", ""],
  [
    "The participant is a site engineer. He complains that the disk encryption adds ten minutes to every start-up in the field.",
    "conflict",
  ],
  ['P40 feels watched at work: "they can see everything we type, apparently".', "power"],
  [
    'Respondent says IT support is "a bit slow, but they always get there and they\'re nice about it".',
    "",
  ],
  [
    'P27 reports that the security team "talks in acronyms". She nods along without following.',
    "comm",
  ],
  [
    'P6 was embarrassed when her name appeared on a circulated list of staff who had "failed" the phishing test.',
    "feel power",
  ],
  [
    'Interviewee (shop manager, Melbourne) says the IT team "are never around when the tills go down on a Saturday".',
    "conflict",
  ],
  ['P15 used to be scared of the IT director, "but he\'s mellowed, we get on now".', ""],
  ["R22 avoids the helpdesk altogether. She asks her teenage son instead.", "distance"],
  ['P33: questions treated as "an admission of guilt"', "power"],
  ['P19, nurse: IT "genuinely part of the ward"', ""],
  [
    "Respondent is angry that a new rule stopped her sending patient letters to her home printer when she works late.",
    "feel conflict",
  ],
  ['P8 thinks the security people "see us as the enemy".', "power blame:emp"],
  [
    'P12 credits the IT lead\'s monthly lunchtime sessions with making security feel "less like homework".',
    "",
  ],
  [
    'P21 blames herself for the ransomware incident: "I opened it, I should have known."',
    "blame:self",
  ],
  [
    'Interviewee owns a bakery with eight staff. She says the provider "never explains anything, just invoices".',
    "comm",
  ],
  ['P36 says settings "just change overnight and you never find out who decided".', "power"],
  ['P4 - "never met them"', "distance"],
  ['R10 describes IT as "the people who stop us working".', "conflict blame:sec"],
  [
    'The interviewee, a payroll officer, finds the security warnings "confusing but probably necessary".',
    "comm",
  ],
  ['P17 says she has a good laugh with the helpdesk: "they know me by my voice now".', ""],
  [
    'Respondent felt "like a suspect" when IT asked to take her laptop away after a malware alert. It came back a week later with no explanation.',
    "feel power comm",
  ],
  ['P25 says employees are "the first line of defence, not the weakest link".', ""],
  [
    "P30 sees security as \"somebody else's job\" and says he doesn't read the bulletins.",
    "distance",
  ],
  [
    "P1, a dispatcher, says the helpdesk script \"treats you like an idiot. 'Is it plugged in?'\"",
    "comm",
  ],
  ['R3 describes the security manager as approachable and "always happy to explain".', ""],
  [
    'P28 complains the VPN drops every twenty minutes. "Nobody over there seems to care."',
    "conflict blame:sec",
  ],
  [
    'The participant (HR assistant, Stockholm) says she was "a bit nervous" of IT at first, but they quickly put her at ease.',
    "",
  ],
  ['P13: "we muddle through, IT is a last resort"', "distance"],
  [
    'P35 recalls arguing with the security officer about sharing a folder with a client, until he "pulled rank".',
    "conflict power",
  ],
  [
    "R8 reports real frustration at redoing the same training module for the third time because her progress was lost.",
    "feel",
  ],
  [
    'Interviewee finds the security posters "condescending". "It\'s like we\'re back in primary school."',
    "comm",
  ],
  [
    'P16 describes her relationship with the IT provider as "purely transactional, and that\'s fine".',
    "",
  ],
  [
    'P37 felt "humiliated" when a technician read her password out loud in the open-plan office.',
    "feel",
  ],
  [
    'Respondent works in accounts payable. She thinks her colleagues "will click anything with a parcel logo on it".',
    "blame:emp",
  ],
  ['P5 says the IT team "went out of their way" to set up her screen reader.', ""],
  [
    'Interviewee says security messages "arrive like tax demands": formal, threatening, and with no way to reply.',
    "comm",
  ],
  ['P44 doesn\'t think IT are arrogant, "just very busy people".', ""],
  [
    'P26 says the IT contractor is "the boss\'s mate", so nobody dares complain about him.',
    "power",
  ],
  [
    'P39 reflects that her team "was sloppy" with passwords before the audit. She thinks IT were right to push.',
    "blame:self",
  ],
];
