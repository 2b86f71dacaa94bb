import type { RawExample } from "./types.js";

/** Managers and team leads, and a researcher's third-person interview notes. Written fresh for Rapport (brief EC). */
export const VOICES_EC_2: readonly RawExample[] = [
  [
    "Interviewee blames herself for the lost memory stick with pupil reports on it: 'I took it home against the rules.'",
    "blame:self",
  ],
  [
    "R41 (studio manager, marketing agency) says IT refused to whitelist the print supplier's portal and, when she asked why, sent back nothing but a policy clause number.",
    "conflict comm",
  ],
  [
    "P31 says relations with IT improved a lot once they started coming to the monthly team meeting.",
    "",
  ],
  [
    "Two people in my claims team fell for the same fake DocuSign in one week. I despair, I really do.",
    "blame:emp feel",
  ],
  ["The council's IT strategy is decided by a board none of us has ever met.", "power distance"],
  [
    "Respondent (agency director, 45 staff) reports that his creatives use personal Dropbox accounts because the approved tool 'chokes on video files'.",
    "conflict",
  ],
  [
    "We were told the change came from 'the centre'. Nobody from the centre has ever set foot in this school.",
    "power distance",
  ],
  [
    "P43 finds the security team 'quite intimidating' and would 'rather not ask than look stupid'.",
    "feel distance",
  ],
  [
    "She credits the IT lead with spotting the fraudulent supplier email before any money went out.",
    "",
  ],
  [
    "Notes: owner describes the outsourced IT firm as 'cowboys' who installed the wrong firewall and billed him twice for it.",
    "blame:sec",
  ],
  [
    "Honestly, our kitchen porters are more careful with passwords than the managers are, me included.",
    "blame:emp blame:self",
  ],
  [
    "P10 says the cyber awareness module 'took an hour and told me nothing I didn't already know'.",
    "blame:sec",
  ],
  [
    "They ring me, very politely, whenever there's a suspicious login on one of my team's accounts. Good system.",
    "",
  ],
  [
    "Our receptionists are the front line and they've had the least training. That's a management failing, and I'm management.",
    "blame:self",
  ],
  ["Respondent says the IT department 'act like they own the building'.", "power"],
  ["We moved offices in April.", ""],
  [
    "P26 is anxious about the new monitoring software and says she 'doesn't know what they can see' on her screen.",
    "feel power",
  ],
  [
    "She complains that every question she puts to IT is answered with a link to a knowledge-base article 'that doesn't answer it'.",
    "comm conflict",
  ],
  [
    "The care home's activities coordinator says the IT people are 'friendly enough, but you never see them'.",
    "distance",
  ],
  [
    "The brewery's operations lead sums up the relationship with IT as 'they do their thing, we do ours', and says there is little contact beyond that.",
    "distance",
  ],
  [
    "Interviewee recalls the DPO running a lunchtime session on scams that staff 'genuinely enjoyed'.",
    "",
  ],
  [
    "If security spent half as much time fixing the Wi-Fi as they do sending warnings, we'd all be happier.",
    "blame:sec comm",
  ],
  [
    "P15 reports that her team keep minor incidents from IT 'because you get a grilling and a form to fill in'.",
    "distance power",
  ],
  [
    "The lads on site think cyber security is something that happens to other firms.",
    "blame:emp distance",
  ],
  ["Our new IT contractor started in September and seems keen.", ""],
  [
    "Respondent says she was 'told off like a child' for forwarding a work email to her home account.",
    "power feel",
  ],
  [
    "Interviewee, head of housekeeping, says the property system's password changes 'every thirty days, so everyone writes it on the linen cupboard door'.",
    "conflict",
  ],
  [
    "I was the one who plugged in the free USB stick from the trade show. Cost us a week.",
    "blame:self",
  ],
  ["They're good, they're just stretched. One technician between four schools.", ""],
  ["P28 describes the information governance team as 'the department of no'.", "conflict"],
  [
    "I send IT a message, I get an automated reply, then silence for a week. It's maddening.",
    "feel conflict comm",
  ],
  [
    "Participant has no complaints about IT and says 'they're the one department that actually answers the phone'.",
    "",
  ],
  [
    "The underwriting manager (P45) was careful to say her team are 'bright people', but described a pattern in which they open macro-enabled spreadsheets from brokers they have never dealt with, assuming that anything arriving through the usual channel must be safe. She sees her staff, not the technology, as the main exposure, and said so twice.",
    "blame:emp",
  ],
  [
    "The security lead presented the audit findings to the board before showing them to me. I learned about my own department's failings from the chairman.",
    "power comm",
  ],
  [
    "P33 says the IT team were 'incredibly patient' when she locked herself out three times in one morning.",
    "",
  ],
  [
    "Respondent says no one on the planning team knows what the security team actually does all day.",
    "distance power",
  ],
  [
    "I'm genuinely scared of getting something wrong and ending up in one of their incident reports.",
    "feel power",
  ],
  ["The beer delivery app crashed on Tuesday. Vendor bug, nothing to do with our IT guy.", ""],
  [
    "Interview notes: manager says her team are 'great with patients, hopeless with computers' and she spends her week resetting their passwords.",
    "blame:emp",
  ],
  [
    "Our firewall blocks LinkedIn. We're a marketing agency. You do the maths.",
    "conflict blame:sec",
  ],
  [
    "She says she felt embarrassed asking the same question twice because the technician had answered 'in a language I don't speak'.",
    "feel comm",
  ],
  [
    "We have a weekly stand-up with the IT provider and it's honestly the most useful half hour of my week.",
    "",
  ],
  [
    "P7 says she avoids the IT desk because the staff there 'make you feel like you've wasted their morning'.",
    "distance feel",
  ],
  [
    "Respondent, a revenues team leader, blames the breach on 'a member of staff who ignored every warning we gave'.",
    "blame:emp",
  ],
  [
    "The deputy head admits she should have reported the stolen laptop at once; she waited two days 'out of embarrassment' and now regards the delay as her own failing.",
    "blame:self",
  ],
  ["Security changed the expenses login without a word of warning.", "comm"],
  [
    "He explains that his team leaders 'haven't got time for cyber' during the wedding season.",
    "distance",
  ],
  ["I didn't get the training invite because it went to spam. Nobody's fault really.", ""],
  [
    "P13 calls the security team 'faceless': she has only ever dealt with them through a web form.",
    "distance comm",
  ],
  [
    "Our nurses would rather write notes on paper than wait for the system to unlock. Who can blame them?",
    "conflict",
  ],
  [
    "The security manager spoke at our staff away-day and people were queuing to ask him questions afterwards.",
    "",
  ],
  ["Interviewee feels the IT team 'look down on' front-of-house staff.", "power"],
  [
    "Respondent takes responsibility for the department's weak password culture: 'I set the tone, and the tone was lax.'",
    "blame:self",
  ],
  ["We renewed the antivirus licence in May.", ""],
  ["Half my office would fail a phishing test if the email was written in crayon.", "blame:emp"],
  [
    "P20 reports the IT contractor 'talks only to the owner' and ignores requests from anyone else.",
    "power distance",
  ],
  [
    "Our head of IT sends a short, plain-English newsletter every month. People actually read it.",
    "",
  ],
  [
    "According to the contact-centre manager, screen-recording software was put on the call handlers' PCs and nobody was told until the union found out.",
    "power comm",
  ],
  [
    "Participant sighs: 'I just don't think about security. That's their job, not mine.'",
    "distance",
  ],
  [
    "The managing director mentioned that the agency's IT partner was recommended by a client and has been 'solid'.",
    "",
  ],
  ["I've given up reporting things. Nothing happens anyway.", "distance blame:sec"],
  [
    "P24 describes a 'constant low-level irritation' with IT that she can't pin on any single incident.",
    "feel",
  ],
  [
    "My bar staff leave the card terminal logged in all night. I've stopped mentioning it.",
    "blame:emp",
  ],
  [
    "Respondent notes that her school's safeguarding lead and IT technician work closely and meet every Monday.",
    "",
  ],
  [
    "IT told me the issue was 'user error'. It turned out to be their own misconfigured mail rule.",
    "blame:sec",
  ],
  [
    "She states she was never told why her access to the shared case folder was removed.",
    "comm power",
  ],
  [
    "We fail every audit on the same point and I keep promising it'll be fixed. That's my failure, not theirs.",
    "blame:self",
  ],
  [
    "Interviewee reports waiting six weeks for a replacement badge and working on a colleague's card in the meantime.",
    "conflict",
  ],
  [
    "The IT helpdesk moved to an offshore provider this year. The people are polite, it's just a different setup.",
    "",
  ],
  ["I'd love to know who actually makes these rules. Nobody ever owns up.", "power distance"],
  [
    "P30 reports no particular issues with security and describes the team as 'pretty invisible, in a good way'.",
    "",
  ],
  [
    "We're a forty-bed nursing home. The IT contract is with a local firm and, touch wood, they've been good to us for six years.",
    "",
  ],
  [
    "Oh brilliant, another mandatory e-learning module. Just what my teachers need in exam week.",
    "conflict feel",
  ],
  [
    "P35 (head of sixth form) says the network manager 'has never once come down to the staff room'.",
    "distance",
  ],
  ["I used to dread calling IT. Since the new team came in, it's been painless.", ""],
  [
    "Respondent says she wasn't afraid of the security team at first; she is now, after watching a colleague get disciplined over a lost phone.",
    "feel power",
  ],
  [
    "My site agents are careful. They lock the tablets and they report anything odd. Credit to them.",
    "",
  ],
  [
    "Interviewee says the IT manager is 'clever, no doubt, but can't explain anything without a whiteboard and twenty minutes'.",
    "comm",
  ],
  [
    "The cleaners here have better security habits than my solicitors. At least they don't click links.",
    "blame:emp",
  ],
  [
    "Participant admits: 'The whole mess with the shared mailbox started because I gave my login to a temp. I didn't think.'",
    "blame:self",
  ],
  [
    "Our group IT team is in Manchester. I've never met any of them, but the tickets get done.",
    "distance",
  ],
  [
    "Our group IT team is in Manchester. We have a call every fortnight and I know them all by first name.",
    "",
  ],
  [
    "She says the new password rules were 'dropped on us from a great height' with no consultation.",
    "power",
  ],
  [
    "It's a small brewery. If the computer breaks, I turn it off and on again, and if that doesn't work I ring my nephew.",
    "",
  ],
];
