import type { RawExample } from "./types.js";
import { VOICES_EC_2 } from "./voices-ec-2.js";
import { VOICES_EC_3 } from "./voices-ec-3.js";
import { VOICES_EC_4 } from "./voices-ec-4.js";
import { VOICES_EC_5 } from "./voices-ec-5.js";
import { VOICES_EC_6 } from "./voices-ec-6.js";

/** Managers and team leads, and a researcher's third-person interview notes. Written fresh for Rapport (brief EC). */
const FIRST_PART: readonly RawExample[] = [
  [
    "I run a twelve-person brewery. Our entire IT department is a contractor called Dev who pops in when the till breaks, and that suits us.",
    "",
  ],
  [
    "P3, practice manager at a GP surgery, says the health board's IT team only phones her when an audit flags something.",
    "comm distance",
  ],
  [
    "Asked about her team's habits, the office manager of a 25-person insurance brokerage laughed that they 'would click a link promising free pizza' and 'just don't think'.",
    "blame:emp",
  ],
  [
    "Respondent describes the council's cyber team as 'a locked door with a ticket slot in it'.",
    "power distance",
  ],
  [
    "R6 (finance director, construction firm, around 90 staff) recounts the fake invoice paid in March and says plainly that he approved it without checking the bank details: 'that one is on me.'",
    "blame:self",
  ],
  ["The head of IT at the trust is approachable. I've had coffee with her twice this month.", ""],
  [
    "P12, a deputy head, reports feeling 'like a naughty pupil' whenever the academy trust's data protection officer visits.",
    "power feel",
  ],
  [
    "Interviewee (GM of an 80-room hotel) says she has no idea who the group security lead is, or even which office he works from.",
    "distance",
  ],
  [
    "Nobody has ever explained why we can't use USB sticks. One line, 'effective immediately', and that was it.",
    "comm power",
  ],
  ["My brokers are good about locking their screens; I rarely have to say anything.", ""],
  [
    "P5 admits he set the shared reception password to 'Welcome1' himself and calls the later break-in 'entirely my doing'.",
    "blame:self",
  ],
  [
    "I'm livid. IT pushed an update at 4pm on a Friday and the booking system was down all weekend.",
    "feel blame:sec conflict",
  ],
  [
    "Respondent notes that her designers 'do not open anything that comes from IT, full stop'.",
    "distance",
  ],
  ["We had a ransomware scare last year. Backups held and we were trading again within a day.", ""],
  [
    "The ward manager (P23) called the awareness videos 'patronising', pointing out that her nurses 'have degrees, they're not toddlers'.",
    "comm power",
  ],
  [
    "P9 says the county's IT staff are 'lovely people' but admits she never rings them and asks her teenage son instead.",
    "distance",
  ],
  [
    "If I'm honest, the weakest link in this building is the front desk. They'll give a room number to anyone who sounds confident.",
    "blame:emp",
  ],
  [
    "Manager reports that the helpdesk takes three days to answer and closes tickets without fixing anything.",
    "conflict blame:sec",
  ],
  ["They moved the file server to the cloud over the summer.", ""],
  [
    "Field note: the head brewer laughed and said the password rules 'were written by someone who has never had wet hands'.",
    "conflict blame:sec",
  ],
  ["P21 describes IT as helpful and quick; she could not think of a single complaint.", ""],
  [
    "The planning team leader states that his officers 'keep their passwords on sticky notes under the keyboard'; he has seen it himself on walk-rounds.",
    "blame:emp",
  ],
  ["Participant says security 'decide everything in a room we're never invited into'.", "power"],
  ["They write to us like we're all criminals in waiting.", "comm power"],
  [
    "The IT lad is brilliant. Fixed the label printer in ten minutes and showed me how to do it myself next time.",
    "",
  ],
  [
    "Interview notes: the owner of a 30-person marketing agency feels 'a bit thick' asking their outsourced IT anything, given the replies she gets.",
    "feel comm",
  ],
  [
    "It's exasperating. Every new starter means a fortnight of chasing IT for a laptop and a login.",
    "feel conflict",
  ],
  [
    "Respondent (claims team leader) concedes the data leak came from her own team: 'we emailed the wrong spreadsheet to a client, simple as that'.",
    "blame:self",
  ],
  ["The car park barrier has been broken since June.", ""],
  [
    "P14 says the IT manager 'treats the server room like his private kingdom' and won't let anyone see the logs.",
    "power",
  ],
  [
    "Interviewee reports that ward staff routinely share logins 'because the system takes four minutes to start and patients can't wait'.",
    "conflict",
  ],
  [
    "They sent a forty-page acceptable use policy and wanted it signed by Friday. Nobody read it, obviously.",
    "power distance",
  ],
  [
    "She feels the school's IT technician is 'run off his feet', so she tries not to bother him and fixes projector faults herself.",
    "distance",
  ],
  [
    "When the mailbox was hacked, the council's security team were on site within the hour and kept us informed throughout.",
    "",
  ],
  [
    "Honestly, it's me. I'm the one who forgets my pass and props the fire door open.",
    "blame:self",
  ],
  [
    "P2 says security emails are 'written entirely in acronyms' and she deletes them unread.",
    "comm distance",
  ],
  ["Our account managers click on anything with a logo on it. Every single test.", "blame:emp"],
  [
    "The respondent felt humiliated when his name appeared on a list of 'repeat clickers' circulated to all department heads.",
    "feel power",
  ],
  ["We have a good relationship with the contractor. Quarterly review, all very civil.", ""],
  [
    "Outsourced IT won't deal with anyone but me, so I end up as the go-between for every forgotten password in the building.",
    "conflict",
  ],
  [
    "Respondent says the trust's cyber lead is 'never here, just a name at the bottom of emails'.",
    "distance",
  ],
  [
    "Their approach is block first and ask questions never. We lost two days on a campaign because the client's file-sharing site got blacklisted.",
    "conflict power blame:sec",
  ],
  [
    "The new receptionist asked me who to call about a dodgy email. I gave her the helpdesk number, she rang, sorted.",
    "",
  ],
  [
    "P17 says she worries constantly that she'll be the one who 'lets the hackers in' and that IT will name and shame her.",
    "feel power",
  ],
  [
    "Site foremen treat the tablets like hammers. I've lost count of the ones left unlocked in van cabs.",
    "blame:emp",
  ],
  [
    "He notes, somewhat sheepishly, that his housekeeping team never completed the training because he never got round to scheduling it.",
    "blame:self",
  ],
  [
    "IT speak, all of it. 'Endpoint', 'tenant', 'conditional access'. I just want to know if I can open the attachment.",
    "comm",
  ],
  ["The two-factor app works well. Took ten minutes to set up.", ""],
  [
    "According to P11, the security officer 'talks at you, not to you' in the annual briefing.",
    "comm",
  ],
  [
    "He accepts 'why the rules exist' but says the laptops are locked down so tightly that his surveyors cannot install the drone software they need for roof inspections.",
    "conflict",
  ],
  [
    "She admits feeling guilty every time a phishing report comes back, because her office always has the most clicks.",
    "feel blame:self",
  ],
  ["We only hear from IT when something's gone wrong. Never once a thank you.", "comm"],
  [
    "Interviewee describes a good working relationship with the school's network manager and mentions their weekly catch-up.",
    "",
  ],
  [
    "Respondent says IT are 'above the rules': they use personal phones for work while everyone else has been banned from doing so.",
    "power",
  ],
  ["Apparently some people think our IT team is rude. I've never found that.", ""],
  [
    "The brewery owner says his staff 'would hand the bank login to anyone who rang and asked nicely'.",
    "blame:emp",
  ],
  ["I'm tired of feeling like a nuisance every time I log a ticket.", "feel"],
  [
    "P4 recalls that security changed the door codes without telling the night porters, who were locked out at 2am.",
    "conflict comm",
  ],
  [
    "My staff get round the web filter with their phone hotspots. Can you blame them? Half of the council's own website is blocked.",
    "conflict blame:sec",
  ],
  ["The office fridge smells. That's my main complaint about this place.", ""],
  [
    "Participant explains that her team 'doesn't really see data protection as our job; that's what the DPO is for'.",
    "distance",
  ],
  [
    "They treat us like children. Two-minute screen timeouts, no changing the desktop, no admin rights even to install a font.",
    "power conflict",
  ],
  [
    "Respondent, an underwriting manager, called the security team 'sharp and responsive' and credited them with stopping a wire fraud.",
    "",
  ],
  [
    "The agency's founder admits she hasn't spoken to the IT supplier in over a year and wouldn't recognise their account manager.",
    "distance",
  ],
  ["Our security bloke is decent, but his emails read like a police caution.", "comm"],
  [
    "I lie awake before the audit. The DPO has made it very clear he'll be checking every classroom.",
    "feel power",
  ],
  [
    "P19 blames the IT contractor for the lost patient letters: 'they migrated the mailbox and never checked it'.",
    "blame:sec",
  ],
  ["We did the training together as a team, with biscuits. It was actually fun.", ""],
  [
    "Notes: the head of finance is adamant the breach was caused by 'an intern who used the same password everywhere'.",
    "blame:emp",
  ],
  [
    "There's no one to ask. You log it in the portal and it vanishes into a black hole.",
    "distance conflict",
  ],
  ["Our IT provider changed hands in January.", ""],
  [
    "Respondent grows visibly irritated describing how the security team 'lecture us about clear desks while their own office is a tip'.",
    "feel comm power",
  ],
  [
    "When I raised the shared-drive problem with the IT manager, she listened and fixed the permissions that afternoon.",
    "",
  ],
  [
    "I'll hold my hands up: the waiting staff all share one till login. I set it up that way years ago and I know it's wrong.",
    "blame:self",
  ],
  [
    "P8 says her office 'just gets on with it' without involving IT, because 'by the time they reply, we've sorted it ourselves'.",
    "distance conflict",
  ],
  ["Interviewee is pleased with the new password manager and says staff took to it quickly.", ""],
  [
    "Security are an invisible force here. Things change overnight and we're expected to cope.",
    "power",
  ],
  [
    "Our IT support is a two-person firm in the next town. They pick up the phone and they know us all by name.",
    "",
  ],
  [
    "P22 (bursar, independent school) says the trust's IT department 'forget we exist until the licence renewal comes round'.",
    "distance comm",
  ],
  [
    "The hotel's general manager (P37), a former head chef, says he has told the kitchen 'a hundred times' not to use the office PC for personal email, and they 'still do it'.",
    "blame:emp",
  ],
  ["Respondent seemed relaxed about security and said the systems 'mostly just work'.", ""],
  [
    "P6, a site manager, says he 'wouldn't know where to start' if he had to contact the group's IT security people.",
    "distance",
  ],
  [
    "Our first aid laptop is nine years old. Nothing to do with IT, we just never budgeted for a new one.",
    "",
  ],
  ["It makes me feel small, the way the helpdesk sighs before they answer.", "feel comm"],
];

export const VOICES_EC: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EC_2,
  ...VOICES_EC_3,
  ...VOICES_EC_4,
  ...VOICES_EC_5,
  ...VOICES_EC_6,
];
