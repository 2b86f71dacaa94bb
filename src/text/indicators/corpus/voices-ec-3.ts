import type { RawExample } from "./types.js";

/** Managers and team leads, and a researcher's third-person interview notes. Written fresh for Rapport (brief EC). */
export const VOICES_EC_3: readonly RawExample[] = [
  [
    "Speaking bluntly, the senior partner (P55) named the people in his office as 'the biggest risk we have', adding that 'the technology isn't the problem, they are'.",
    "blame:emp",
  ],
  [
    "P38 reports that the IT team 'mean well, but the emails are just noise', and says she set up a rule to file them away unread.",
    "comm distance",
  ],
  [
    "They switched off the shared calendar without asking a single department head. Apparently it was 'a risk'.",
    "power conflict",
  ],
  [
    "Respondent comments that the council's information security officer is 'the only person here who actually explains the why'.",
    "",
  ],
  [
    "Honestly, I feel like a burden every time I ring them. They never say so, but you can hear it.",
    "feel",
  ],
  [
    "The owner felt the IT contractor had 'taken the mick' by charging him to fix a problem they caused.",
    "blame:sec feel",
  ],
  [
    "Interviewee says she is 'not technical' and leaves all of that to Jason in IT, whom she trusts completely.",
    "",
  ],
  [
    "My team think phishing emails are obvious. Then they click on one about a parcel.",
    "blame:emp",
  ],
  [
    "P40 says the reception team 'work around' the visitor sign-in system because it 'crashes every time the printer jams'.",
    "conflict",
  ],
  [
    "When the clinical system went down, IT stayed until midnight to get us back up. I wrote to thank them.",
    "",
  ],
  [
    "Respondent (insurance office manager) explains that he's 'never sure whether an email from security is real or another one of their tests'.",
    "comm",
  ],
  [
    "P57 receives daily emails about 'critical vulnerabilities' and, unable to tell which ones matter, ignores the lot.",
    "comm distance",
  ],
  ["P42 describes IT as 'the people who say no and then go home at five'.", "conflict blame:sec"],
  ["The heating's been dodgy all winter. That's facilities, not IT.", ""],
  [
    "Notes: respondent says her department 'just isn't a priority' for IT and she has learned to stop asking.",
    "distance power",
  ],
  ["We had a data breach in 2021. The ICO was informed and nothing further came of it.", ""],
  [
    "I think I'm probably the reason our office is rubbish at this. I never take the training seriously, so why would they?",
    "blame:self",
  ],
  [
    "P11 notes that the new security lead has 'made a real effort' and visits every school in the trust each term.",
    "",
  ],
  [
    "The estimating manager explains that accounts lock after three wrong attempts and a reset takes a day, so his estimators 'lose a whole morning each time'.",
    "conflict",
  ],
  [
    "Respondent feels 'watched' since the firm installed email monitoring, and says nobody explained what it records.",
    "power feel comm",
  ],
  [
    "Our marketing assistants post client mock-ups on their personal Instagram. I've had two complaints this year.",
    "blame:emp",
  ],
  [
    "Security aren't the enemy. I wish my staff would stop treating them like it.",
    "conflict blame:emp",
  ],
  ["P16 says she 'honestly couldn't name' anyone in the council's ICT service.", "distance"],
  [
    "The DPO is very fair. She explained the retention rules properly and answered every question.",
    "",
  ],
  [
    "Our IT firm's engineer looked at the server cupboard and said, 'Who on earth set this up?' I did. Felt about two inches tall.",
    "feel blame:self comm",
  ],
  [
    "Interviewee says the helpdesk is 'only open nine to five, which is useless for a hotel'.",
    "conflict blame:sec",
  ],
  ["I'm fine with the rules. I just wish someone would tell us when they change.", "comm"],
  [
    "P45 explains that the construction firm's IT consists of 'a bloke called Gary and a spreadsheet', and that it works.",
    "",
  ],
  [
    "Frankly, IT here are arrogant. They think they're the cleverest people in the building.",
    "power",
  ],
  [
    "Respondent admits reusing her online banking password for the practice system and laughs: 'I'm exactly the person they warn you about.'",
    "blame:self",
  ],
  ["We got the Cyber Essentials certificate in February.", ""],
  [
    "They're never there when you need them. Ring at lunchtime and it goes straight to voicemail.",
    "conflict",
  ],
  [
    "The respondent's tone was warm when describing the IT technician, whom she called 'our Steve'.",
    "",
  ],
  [
    "P3 later adds that she's 'fed up of being treated like a suspect' each time she asks for new software.",
    "feel power",
  ],
  [
    "P61 mentions a deputy who 'forwards every chain email she receives' and says they have 'had words' about it.",
    "blame:emp",
  ],
  [
    "Honestly, I don't blame my staff for the phishing click. The email was flawless. Anyone would have fallen for it.",
    "",
  ],
  [
    "Honestly, I do blame my staff for the phishing click. The email had spelling mistakes in the subject line.",
    "blame:emp",
  ],
  [
    "Interview notes: participant (adult social care) says the security rules 'weren't designed for people visiting families in their homes', so she keeps paper notes on visits.",
    "conflict",
  ],
  [
    "The security team runs a drop-in clinic on Thursdays. I've been twice and found it useful both times.",
    "",
  ],
  ["P47 says IT treat her 'like the tea lady' whenever she asks for anything.", "power feel"],
  [
    "You never get a straight answer. Ask if something is allowed and it's 'depends on our risk appetite'.",
    "comm conflict",
  ],
  [
    "Respondent concedes that the missing laptops 'are on us, not IT; we never kept the asset register up to date'.",
    "blame:self",
  ],
  [
    "The group's IT director visited the brewery last month. Nice chap, asked lots of questions.",
    "",
  ],
  [
    "P25 says her team 'doesn't bother' with the secure file transfer system and just attaches things to ordinary emails.",
    "conflict",
  ],
  ["My own staff are fine. It's the agency temps who click everything.", "blame:emp"],
  [
    "The IT people are decent to us, but I get the sense they see us as a drain on their time.",
    "feel",
  ],
  [
    "Interviewee explains that the council's security training is online, takes twenty minutes, and most of her team finished it before the deadline.",
    "",
  ],
  [
    "Nobody told us the old shared drive was being switched off. Three years of site photos, gone from view overnight.",
    "comm conflict",
  ],
  [
    "The respondent believes his team are 'monitored far more closely than head office staff' and speaks of 'different rules for different people'.",
    "power",
  ],
  [
    "P18 reports that relations with the security team are 'cordial but distant', with contact limited to the annual audit.",
    "distance",
  ],
  [
    "It's a stupid rule and they know it. Nobody can tell me why we can't print on the ward.",
    "conflict comm blame:sec",
  ],
  ["We hired a part-time IT person last spring and it's made a big difference.", ""],
  [
    "Respondent recalls being 'lectured for fifteen minutes' in front of her team over a single unlocked screen.",
    "comm power feel",
  ],
  ["The security guy is fine. I just never see him.", "distance"],
  [
    "I'm the reason the training never happened last year. I kept pushing it back behind other priorities.",
    "blame:self",
  ],
  [
    "She says she 'wouldn't dream' of contacting security directly; everything goes through her line manager.",
    "distance",
  ],
  [
    "Head office have us complete a security checklist every Monday. It takes five minutes and I can see the point.",
    "",
  ],
  [
    "My chefs couldn't care less about cyber security. They'd prop the office door open for a delivery driver and walk off.",
    "blame:emp distance",
  ],
  [
    "P36 (deputy head) says she feels 'out of her depth' in meetings with the trust's IT team because 'they talk in acronyms and assume you follow'.",
    "feel comm",
  ],
  ["There's a lot of talk about AI tools at the moment. IT haven't issued any guidance yet.", ""],
  [
    "Respondent claims the IT contractor 'loses half of what we send them' and holds them responsible for the missing backups.",
    "blame:sec",
  ],
  ["Why do I have to fill out a form to get a new mouse? It's a mouse.", "conflict feel"],
  [
    "P50 describes the security team's monthly bulletin as 'actually quite funny' and says staff look forward to it.",
    "",
  ],
  ["The IT lead apologised in person when the email outage hit us. I appreciated that.", ""],
  [
    "Our practice has used the same IT support company since 2015. They're not flashy, but they turn up when we call and they don't make us feel daft.",
    "",
  ],
  [
    "P52, a ward manager, says she hears from the information governance team 'only when someone's looked at a record they shouldn't have'.",
    "comm",
  ],
  [
    "The respondent, who owns a small craft brewery, says he tells his bar staff to 'just be sensible' and otherwise doesn't lose sleep over security.",
    "",
  ],
  [
    "They announced a total ban on WhatsApp for work. My foremen run their whole day on WhatsApp. Nobody asked us.",
    "power conflict",
  ],
  [
    "Interviewee says she is 'a bit frightened' of the security manager, who once shouted at her in the corridor about a visitor badge.",
    "feel power comm",
  ],
  [
    "I've had more contact with the IT people this year than ever, because of the office move. All good.",
    "",
  ],
  ["My lot use 'Password123' and then act surprised when we get hacked.", "blame:emp"],
  [
    "P54 describes the council's security team as 'reasonable people who'll listen if you make a proper case'.",
    "",
  ],
  [
    "It's embarrassing, but I didn't know we even had a security policy until the auditor asked me for a copy.",
    "blame:self distance",
  ],
  [
    "Participant (agency account director) says the IT supplier 'talks down to the creatives as if they're children with crayons'.",
    "comm power",
  ],
  [
    "Guests' card details are handled by the payment provider, so we don't store anything sensitive on site.",
    "",
  ],
  [
    "The head of attendance says it 'drives her up the wall' that checking a single pupil's record takes three different passwords.",
    "feel conflict",
  ],
  [
    "Notes: respondent says she has 'given up' on the helpdesk and now asks a colleague in finance who 'knows computers'.",
    "distance",
  ],
  [
    "IT are fine until something goes wrong, and then somehow it's always our fault, never theirs.",
    "conflict blame:sec",
  ],
  [
    "P56 reports that she has regular one-to-ones with the practice's IT lead and finds them 'genuinely helpful'.",
    "",
  ],
  [
    "The security team seem to think we have nothing better to do than read their newsletters.",
    "comm",
  ],
  [
    "P65 admits giving a window fitter the password for the office network instead of the guest one, and 'holds her hands up' to it.",
    "blame:self",
  ],
  [
    "Respondent says the new badge readers 'work fine' and that the rollout was well communicated.",
    "",
  ],
  [
    "My office staff are the ones who bring the viruses in. Every time, it's someone downloading a 'free' PDF converter.",
    "blame:emp",
  ],
  [
    "She says she no longer reports suspicious emails because 'last time I got a three-paragraph reply telling me it was obviously spam'.",
    "distance comm",
  ],
];
