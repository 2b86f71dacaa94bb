import type { RawExample } from "./types.js";

/** Part 4 of batch FA (see voices-fa.ts). */
export const VOICES_FA_4: readonly RawExample[] = [
  ['R2: "I\'d rather Google it than ask them."', "distance"],
  ['P10: IT "far away and not interested in us"', "distance"],
  [
    'P34, a chef, describes the security rules as "made by people who\'ve never worked a dinner service".',
    "conflict",
  ],
  [
    'The participant said the security team seem "nice enough". She has no strong feelings either way.',
    "",
  ],
  [
    'P22 says she is "terrified of breaking something" whenever an update asks her to restart.',
    "feel",
  ],
  ['Interviewee praises the provider\'s quarterly visit. "They actually ask how we work."', ""],
  [
    "P41 recalls a shouting match with IT over a locked laptop on the morning of a client pitch.",
    "conflict",
  ],
  [
    'P24 describes the helpdesk replies as "robotic". The templates never address what she actually asked.',
    "comm",
  ],
  ['R11 says security is "everyone\'s job" and gets on well with the team.', ""],
  ['P38 feels the IT staff "look down on admin" and "only respect the engineers".', "power"],
  [
    'Respondent admits the team got round the file-sharing rules "because it was easier", and that the leak was their own doing.',
    "blame:self",
  ],
  ['P43 - "honestly fine, no issues"', ""],
  ['P14 - "scary"', "feel"],
  ['R7: "brilliant, really"', ""],
  ['P45 calls them "the fun police"', "blame:sec"],
  ['P46: "jargon, jargon, jargon"', "comm"],
  ['Asked who looks after security, P50 shrugs: "someone in London?"', "distance"],
  [
    "According to P51, a veterinary nurse, the provider \"only rings when the bill's overdue or a backup's failed\".",
    "comm",
  ],
  ['P52 meets the IT lead weekly. She calls it "the most useful half hour of my week".', ""],
  [
    'The interviewee, a school bursar in Cape Town, says the district IT office "makes decisions for forty schools without asking a single one".',
    "power",
  ],
  [
    'Respondent, a junior solicitor, says she is "always a bit on edge" when IT messages her directly.',
    "feel",
  ],
  [
    "P53 explains that her team keeps a shared spreadsheet of workarounds for the things IT won't fix.",
    "distance conflict",
  ],
  ["P54 says she used to resent the clear-desk checks but now sees the point of them.", ""],
  [
    'P55 recounts asking a technician about file permissions. She was told it was "above her pay grade".',
    "power comm",
  ],
  [
    'Interviewee reports that the security team "actually thanked me" for flagging a suspicious email.',
    "",
  ],
  [
    "P56, a logistics coordinator, says the provider's ticket replies are \"full of abbreviations, and I never know if it's fixed or not\".",
    "comm",
  ],
  ['P57 thinks the IT staff are "overworked, not lazy". She is sympathetic.', ""],
  ['R12: USB logging is "a bit Orwellian"', "power"],
  ['P58: "never there when you need them"', "conflict"],
  [
    'The participant worries that any mistake of hers would end up "in some report to the director".',
    "feel power",
  ],
  ['P59 admits she has "ignored every single security email this year".', "distance"],
  [
    'P60 says her department is "hopeless with tech" and the IT team "deserve medals for putting up with us".',
    "blame:emp blame:self",
  ],
  [
    "In P61's account, the IT manager stormed in and accused the reception team of downloading malware. It turned out to be untrue.",
    "conflict blame:emp",
  ],
  ['P62 says there is "nothing to complain about" and that tech support is "really decent".', ""],
  [
    'R15 recalls that the old IT guy "made everyone feel thick", but the new firm is "patient and clear".',
    "",
  ],
  [
    'P63 reports that the new password rules were "sprung on us in a memo" with no reasons given.',
    "comm",
  ],
  [
    'P64 (pharmacist, Toronto) says the dispensing system locks after five idle minutes, "mid-prescription, with a queue at the counter".',
    "conflict",
  ],
  [
    'The interviewee calls the IT team gatekeepers: "you have to beg for anything".',
    "power conflict",
  ],
  ['P65: avoids IT, "too much hassle"', "distance"],
  ['P66 describes the security lead as "a bit intense, but genuinely on our side".', ""],
  ['P67 says she felt stupid asking how to encrypt a file, "so I just didn\'t".', "feel distance"],
  [
    'Respondent says IT "doesn\'t trust us with anything", pointing to the locked-down desktops.',
    "power feel",
  ],
  ["P68 reports that the provider's engineer visits monthly. \"He knows everyone's quirks.\"", ""],
  [
    'The participant, a shift lead at a meat-processing plant, says the IT people "have never been past the canteen".',
    "distance",
  ],
  [
    'P69 believes the breach was "IT\'s mess, not ours"; the firewall had been left open for months.',
    "blame:sec",
  ],
  [
    'P70 is scornful of the training: "made by someone who\'s never met a real employee".',
    "blame:sec",
  ],
  [
    'P72 feels the IT department "talks down" to the care staff while being "perfectly fine with management".',
    "comm power",
  ],
  ['P73: gets on with IT "because I bring biscuits"', ""],
  [
    'Respondent reports that failing a phishing test means compulsory retraining, which staff call "the naughty step".',
    "power",
  ],
  ['P74 says human error is "mostly bad design in disguise".', ""],
  [
    'P75 heads a small finance team. She says the IT lead "is a friend as much as a colleague".',
    "",
  ],
  ['P76 described the email about the data leak as "pure panic, no instructions".', "comm"],
  ['P77 recalls a security talk on scams. "Everyone actually enjoyed it."', ""],
  [
    'P78 admits to "a bit of an attitude" towards IT after losing a weekend\'s work, and says it was partly her fault for not saving.',
    "feel blame:self",
  ],
  [
    "Interviewee explains that the helpdesk only takes tickets through a portal she can't reach while locked out.",
    "conflict",
  ],
  ['P79: "IT are great. Security I\'ve never met."', "distance"],
  ['P80: "reliable, boring, exactly what you want"', ""],
  [
    'Respondent, a call-centre agent, says she is "sick of" being logged out every lunch break and losing her notes.',
    "feel conflict",
  ],
  ['P81 - "no problem at all" with IT', ""],
  [
    'P82 reports being "grilled" by security after sending a file to the wrong client, and still feels "watched" months later.',
    "power feel",
  ],
  ['P83 says "users" is "IT\'s word for idiots".', "blame:emp"],
  [
    'Interviewee says the IT contractor is "brusque but brilliant". Staff don\'t mind the manner.',
    "",
  ],
  ['P84 thinks security "assumes the worst about everyone".', "power"],
  [
    'P85 says that when the system crashed during the audit, IT "blamed the accountants for opening too many tabs".',
    "blame:emp",
  ],
  ['P86 describes daily stand-ups where an IT rep "is just part of the team".', ""],
  ['P88 says the IT staff "are a bit nerdy, sure, but always kind".', ""],
  [
    'Respondent reports that the new file classification labels "make no sense" and nobody has explained them.',
    "comm",
  ],
  [
    'P89 says she "feels like a criminal" every time she badges in and out of the records room.',
    "feel power",
  ],
  [
    'P90 admits the warehouse team "share one login because we\'re lazy, not because IT let us".',
    "blame:self",
  ],
  [
    'P91 credits a security analyst with staying late to recover her thesis files. "I\'d have lost a year otherwise."',
    "",
  ],
  [
    'P92 found security awareness week "patronising, with cartoons of stick men getting hacked".',
    "comm",
  ],
  ['P93: "no idea, never dealt with them"', "distance"],
  [
    'P94 says she and the IT manager "had words" about a blocked supplier site, but they sorted it out and now "get on fine".',
    "",
  ],
  ['P95: "a cold war" with security', "conflict"],
  ["P96 feels anxious every time the phishing-report button pings back with a result.", "feel"],
  [
    'According to P97, IT "decided we\'d all move to Teams, then told us the night before".',
    "power comm",
  ],
  [
    "P98 reports that the IT lead walks round the office each Friday. He asks if anyone needs anything.",
    "",
  ],
  [
    'P99, a baker, says the till software provider is "fine, basically invisible in a good way".',
    "",
  ],
  ['P100 says she no longer bothers reporting phishing because "nobody ever replies".', "distance"],
  [
    "Respondent felt blamed when IT's incident note went round with her name highlighted.",
    "feel blame:emp",
  ],
  ['P101 - "they\'re sound"', ""],
  ['P102, asked about the security team: "who?"', "distance"],
  ['R16: "fine, friendly, fast"', ""],
  ['P103 - "arrogant"', "power"],
];
