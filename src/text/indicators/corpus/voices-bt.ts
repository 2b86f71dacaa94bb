import type { RawExample } from "./types.js";
import { VOICES_BT_2 } from "./voices-bt-2.js";
import { VOICES_BT_3 } from "./voices-bt-3.js";
import { VOICES_BT_4 } from "./voices-bt-4.js";

/** Analyst's interview notes and paraphrases: employees, security staff and managers in small firms. Written fresh for Rapport (brief BT). */
const FIRST_PART: readonly RawExample[] = [
  ["P4 says IT only turns up when something breaks.", "comm"],
  ["Respondent feels talked down to by the helpdesk.", "comm power"],
  ["Manager describes security team as helpful and quick.", ""],
  [
    "P2 (dental receptionist): \"I don't ring them unless the card machine's dead, no point.\"",
    "distance",
  ],
  [
    "Office manager at a joinery firm says the outsourced IT guy is 'brilliant, explains everything in plain English'.",
    "",
  ],
  [
    "P11 admits she reuses one password everywhere and reckons she'd 'be the one to get us hacked'.",
    "blame:self",
  ],
  [
    "Security lead at a freight firm: 'the drivers will click anything with a tracking number in it'.",
    "blame:emp",
  ],
  [
    "Interviewee said the new MFA rollout doubled the time it takes to log a delivery; staff now share one phone for codes.",
    "conflict",
  ],
  [
    "R7, accounts clerk, visibly anxious about the phishing test she failed last spring, says 'that was all on me'.",
    "feel blame:self",
  ],
  ["Bakery owner has never met whoever does their IT, it's all a ticket portal.", "distance comm"],
  ["P9 feels IT 'decide things in a back room and we just find out on Monday'.", "power comm"],
  [
    "Helpdesk response times were an issue in 2021, P3 says it's been 'night and day' since the new contract.",
    "",
  ],
  [
    "Sysadmin at a vet practice says the vets treat him 'like the bloke who fixes the printer, that's it'.",
    "power",
  ],
  ["p14 - 'honestly they're lovely, never make you feel daft for asking'", ""],
  [
    "Respondent no longer reports suspicious emails, just deletes them: 'not my job to chase it'.",
    "distance",
  ],
  [
    "Estate agency manager frustrated that security 'blocks every site our clients send us links to'.",
    "feel conflict blame:sec",
  ],
  ["P6 avoids IT entirely.", "distance"],
  ["Works closely with the IT contractor, they have a coffee every other Thursday.", ""],
  [
    "Interviewee (architecture practice) says the security emails are 'pure gibberish, acronyms all the way down'.",
    "comm",
  ],
  ["P17 worried she'll lose her job if she admits clicking the link.", "feel power"],
  [
    "IT manager at a recruitment agency: consultants 'see security as something that happens to other people'.",
    "blame:emp distance",
  ],
  ["Says the password policy is explained clearly at induction and repeated each year.", ""],
  [
    "R12 says the MSP 'never answers the phone, you email into a void and hope'.",
    "distance blame:sec",
  ],
  [
    "Respondent laughed, said she's 'the office technophobe' and IT probably dreads her calls.",
    "blame:self",
  ],
  ["Owner of a garage: the IT firm 'talk to me like I'm a child'.", "comm power"],
  ["P8 finds the security team approachable, has their mobile numbers.", ""],
  [
    "Notes - P22 embarrassed about having to ask for her password reset a third time, calls herself 'useless'.",
    "feel blame:self",
  ],
  [
    "Security officer (care home group) sighs about carers writing the door codes on post-its: 'they just don't care'.",
    "blame:emp feel",
  ],
  ["P5 says they argued for two weeks over whether he could install a PDF editor.", "conflict"],
  [
    "Interviewee described the IT lead as 'a bit of a mystery, nobody knows what he actually does'.",
    "power distance",
  ],
  ["Clear, friendly comms from IT during the server move - P19 was impressed.", ""],
  ["R3: 'we only hear from them when we've done something wrong'", "comm"],
  [
    "Accountant says she uses her personal Gmail for big files because the shared drive 'never works and nobody fixes it'.",
    "conflict blame:sec",
  ],
  [
    "P13 says he feels watched since the monitoring software went in, like 'they're checking up on us'.",
    "power feel",
  ],
  ["Manager at a print shop says security rules are 'sensible, we helped write them'.", ""],
  [
    "Sysadmin admits he sometimes 'can't be bothered' to explain changes to the warehouse staff.",
    "comm distance",
  ],
  [
    "respondent felt stupid after the training session, said the trainer 'rolled his eyes at questions'",
    "feel power comm",
  ],
  ["P21: scary lot.", "feel"],
  [
    "Florist owner relies entirely on her nephew for IT and 'wouldn't know where to start' without him.",
    "power",
  ],
  ["Analyst note: P10 speaks warmly of the helpdesk, mentions a named technician twice.", ""],
  [
    "Office manager says IT 'are always right, apparently, even when the system's clearly broken'.",
    "power conflict",
  ],
  [
    "P15 dreads the monthly security newsletter: 'just a list of things we're doing wrong'.",
    "feel comm",
  ],
  [
    "Says the firewall blocks the supplier portal so the team uses their phones on 4G instead.",
    "conflict",
  ],
  [
    "Security contractor: 'honestly, the partners are the biggest risk, they won't do MFA'.",
    "blame:emp conflict",
  ],
  ["P24 thinks the IT lad is 'sound, just really busy'.", ""],
  ["R9 says nobody from IT has been to the branch office in over a year.", "distance"],
  [
    "Interviewee blames herself for the ransomware scare: 'I opened it, I should've known'.",
    "blame:self feel",
  ],
  [
    "P7 says the helpdesk 'never once asked what we actually need before changing stuff'.",
    "power comm",
  ],
  ["Respondent felt the security audit was fair and well explained.", ""],
  ["Brewery manager: 'IT's a black box. They say jump, we jump.'", "power"],
  [
    "P16 gave up on raising tickets - 'they close them without reading'.",
    "distance blame:sec feel",
  ],
  ["Describes relationship with IT as 'fine, nothing to report really'.", ""],
  [
    "Sysadmin (law firm) says fee earners 'treat me like their personal servant, fetch this, fix that'.",
    "power feel",
  ],
  [
    "P28 said she'd 'rather struggle on than ask them', didn't want to look thick.",
    "distance feel",
  ],
  ["Admin says the monthly drop-in session with IT is 'really handy'.", ""],
  [
    "Warehouse supervisor calls the security rules 'made up by someone who's never done a night shift'.",
    "conflict blame:sec",
  ],
  ["P1 recalls arguments with the old IT firm; new one is 'much better, they listen'.", ""],
  [
    "R14 annoyed that emails from IT arrive at 6pm on a Friday with changes 'effective immediately'.",
    "feel comm",
  ],
  [
    "Security lead concedes staff aren't trained well enough, says 'that's on us, not them'.",
    "blame:self",
  ],
  ["p30 cant remember last time she spoke to anyone in IT", "distance"],
  [
    "Interviewee says she's 'always the one who breaks the shared calendar' and apologises every time she calls.",
    "blame:self",
  ],
  [
    "Manager at a charity says the volunteer coordinators 'just ignore the data rules, they think it's bureaucracy'.",
    "blame:emp conflict",
  ],
  [
    "P20 says IT 'speak a different language' and she nods along without understanding.",
    "comm power",
  ],
  ["Owner happy with the managed service, monthly report 'short and readable'.", ""],
  [
    "P12 feels she has to justify every request to IT 'like I'm asking for a pay rise'.",
    "power conflict",
  ],
  ["Respondent angry that his laptop was wiped without warning.", "feel comm power"],
  [
    "Analyst: P25 hesitant, kept saying 'I'm probably doing it wrong' when describing file sharing.",
    "blame:self",
  ],
  [
    "IT contractor says he only hears from the salon when the booking system is down.",
    "comm distance",
  ],
  ["P18 describes security team as 'the department of no'.", "blame:sec conflict"],
  ["Says the new intranet FAQ has cut down the silly questions, in a good way.", ""],
  [
    "Respondent (engineering workshop) fixes his own PC problems, 'quicker than waiting for them'.",
    "distance",
  ],
  [
    "Security manager finds it 'exhausting' repeating the same warnings to the sales team.",
    "feel blame:emp",
  ],
  ["P27: 'they never explain why, just send a rule'", "comm power"],
  ["Describes IT as 'part of the team, they come to our Friday drinks'.", ""],
  ["P31 worried that if she reports a lost phone she'll 'get a telling off'.", "feel power"],
  [
    "Interviewee says staff have stopped mentioning problems because 'nothing ever happens anyway'.",
    "distance blame:sec",
  ],
  ["Manager at a dental group calls the IT provider 'a necessary evil'.", "blame:sec"],
  ["P26 - face to face visits from IT every fortnight, appreciated.", ""],
  [
    "R5 admits she turned off the antivirus 'because it was slowing me down' and feels bad about it now.",
    "blame:self feel conflict",
  ],
  [
    "Sysadmin frustrated: 'I send clear instructions and half of them don't read past the first line'.",
    "feel blame:emp",
  ],
  [
    "P33 says the IT woman is 'terrifying, in a professional way', doesn't like bothering her.",
    "feel distance",
  ],
  ["Interviewee notes security training is 'boring but fair enough'.", ""],
  [
    "Office manager says there's 'constant low-level bickering' between finance and IT over access rights.",
    "conflict",
  ],
  [
    "P35 claims IT 'hide behind the ticket system' so nobody has to talk to them.",
    "distance comm blame:sec",
  ],
  [
    "Respondent (hotel front desk): 'I'm not techy, I'm sure half the problems are me'.",
    "blame:self",
  ],
  ["P2 again stressed she trusts the IT lead completely.", ""],
  [
    "Security officer says the managers 'override every rule when it suits them'.",
    "conflict blame:emp power",
  ],
  ["R10 embarrassed to admit she doesn't know what the VPN is for.", "feel blame:self"],
  [
    "Note: P29 says IT communication 'used to be dreadful', improved since they hired a comms person.",
    "",
  ],
  ["P36 says the contractor 'walks in, fixes it, walks out, doesn't say a word'.", "comm distance"],
  ["Interviewee feels security 'treats every employee as a suspect'.", "power feel blame:sec"],
  [
    "Manager (plumbing firm): 'IT's just not something the lads think about, not their problem'.",
    "distance",
  ],
  ["P37 finds the helpdesk staff patient and kind.", ""],
  [
    "Respondent says there was a shouting match over the USB ban last year and it's 'still raw'.",
    "conflict feel",
  ],
  ["Sysadmin says he 'doesn't expect thanks, just for people not to click stuff'.", "blame:emp"],
  ["P38 feels helpless when the system goes down, 'totally at their mercy'.", "power feel"],
  ["Describes the quarterly security briefing as short, clear and useful.", ""],
  ["P40 says the IT team 'don't even know our names'.", "distance"],
  [
    "Interviewee thinks she's 'too old for all this' and blames herself for slowing the team down.",
    "blame:self feel",
  ],
  ["Says security team 'block first, ask questions never'.", "blame:sec power"],
  ["R6 likes that IT sends a plain-English summary after each incident.", ""],
  [
    "Practice manager: the GP partners 'won't listen to IT, they think they know better'.",
    "blame:emp conflict",
  ],
  ["P41 - calls IT only as a last resort, prefers googling.", "distance"],
  ["Respondent said no problems, no complaints, IT 'just quietly gets on with it'.", ""],
  [
    "P42 annoyed the helpdesk replies with 'have you tried restarting' to everything.",
    "feel blame:sec comm",
  ],
  [
    "Security lead says he feels 'like a nag' and that people avoid him in the kitchen.",
    "feel distance",
  ],
  [
    "P43 says she's 'a liability with email' and double-checks everything because of it.",
    "blame:self",
  ],
  ["Interviewee describes IT as 'a bit slow sometimes, but they always get there'.", ""],
  [
    "Owner (landscaping business) says the cloud provider changed settings 'without a word to anyone'.",
    "comm power",
  ],
  [
    "P44 thinks security is 'mostly box ticking that gets in the way of actual work'.",
    "conflict blame:sec",
  ],
  [
    "Note: P45 was anxious during the interview, asked twice if IT would see the transcript.",
    "feel power",
  ],
  ["Says her manager and IT 'gang up' on her when she asks for admin rights.", "power conflict"],
  ["Retail manager finds IT responsive, never had a problem.", ""],
  ["P46 doesn't bother locking her screen, 'nobody's going to check'.", "distance"],
  [
    "IT contractor says small firm staff are 'lovely people but hopeless with passwords'.",
    "blame:emp",
  ],
  [
    "Interviewee ashamed that she fell for the fake invoice, 'I should have rung them first'.",
    "feel blame:self",
  ],
  ["R11 describes quarterly one-to-ones with the security lead, finds them helpful.", ""],
  ["P47 said the IT bloke 'sighs down the phone' whenever she calls.", "comm feel power"],
  [
    "Manager says the new ticketing system means she 'never speaks to an actual human'.",
    "comm distance",
  ],
  ["Respondent felt reassured after IT explained the breach honestly.", ""],
  ["P48 says the security team are 'invisible until they want something'.", "distance comm"],
  [
    "Says they all just use the same login on the shop till because IT 'never set up separate accounts'.",
    "conflict blame:sec",
  ],
  [
    "P49 worries constantly about 'doing something wrong and bringing the whole system down'.",
    "feel blame:self",
  ],
  ["Interviewee says IT and the design team 'just don't get each other'.", "conflict"],
  ["P50 (farm office): 'not really an IT sort of place, we muddle through'.", "distance"],
  [
    "Security lead said staff are 'actually pretty good now', reporting went up after the awareness week.",
    "",
  ],
  [
    "R13 says she was never told the old laptop would be collected, and lost her files.",
    "comm feel",
  ],
];

export const VOICES_BT: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BT_2,
  ...VOICES_BT_3,
  ...VOICES_BT_4,
];
