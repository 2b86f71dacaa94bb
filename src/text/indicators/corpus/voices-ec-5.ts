import type { RawExample } from "./types.js";

/** Managers and team leads, and a researcher's third-person interview notes. Written fresh for Rapport (brief EC). */
export const VOICES_EC_5: readonly RawExample[] = [
  ["Security sent me a certificate for completing the training. Nice touch.", ""],
  [
    "We have no idea who watches the CCTV at head office, or what they do with it.",
    "power distance",
  ],
  [
    "P86 explains that her team 'stopped ringing the helpdesk' after being 'passed from pillar to post' too many times.",
    "distance conflict",
  ],
  [
    "P75, head of customer service at a mid-sized insurer, spoke with evident discomfort about last year's breach. The attacker got in through her department's shared inbox, whose password had been written on a sticky note everyone knew about. She says she 'feels guilty about it every day' and that she should have closed that inbox years ago.",
    "feel blame:self",
  ],
  ["The IT manager and I disagree on plenty, but we respect each other and we sort it out.", ""],
  [
    "They sent a survey asking how they could improve. Then nothing happened. Same as last year.",
    "blame:sec",
  ],
  [
    "Interviewee says the new intranet makes security guidance 'much easier' to find than the old one did.",
    "",
  ],
  [
    "They talk to us like we're suspects. 'Explain why you accessed this file.' I'm the bloody manager.",
    "power comm feel",
  ],
  [
    "My housekeepers don't have work email at all, so they get their security briefings on paper at the start of shift.",
    "",
  ],
  [
    "P88, office manager at a 60-person insurer, says she 'couldn't care less' what security thinks and 'just gets the job done'.",
    "distance conflict",
  ],
  ["Whoever is in charge of the school's IT, I've never been introduced to them.", "distance"],
  [
    "Respondent recalls a dispute in which the IT firm insisted the printer fault was 'user error' and refused to come out for a fortnight.",
    "conflict blame:sec",
  ],
  ["Quick, polite, and they always ring back. No complaints.", ""],
  [
    "I worry my estimators will be the ones who get us hacked. Not because they're stupid; they're always rushing and never check the sender.",
    "feel blame:emp",
  ],
  [
    "P90 (council waste services) describes the ICT team as 'distant but efficient' and notes the two teams 'rarely cross paths'.",
    "distance",
  ],
  ["We updated our privacy notice after a guest asked about it.", ""],
  [
    "P77 reports that security cancelled the Friday lunchtime training she had arranged without telling her, then marked her team as non-compliant.",
    "comm power conflict",
  ],
  [
    "Interviewee says she feels 'a bit silly' whenever she has to ask security for help, though she adds they 'have always been kind'.",
    "feel",
  ],
  [
    "My team are good with the basics: they lock screens, they shred paper, they challenge strangers.",
    "",
  ],
  [
    "The IT director's ban on personal phones in the brewhouse has gone down like a lead balloon with my brewers.",
    "power conflict",
  ],
  [
    "P92 says she 'honestly has no opinion' about the security team because they 'don't really come into' her day-to-day work.",
    "distance",
  ],
  ["The password manager rollout went better than I expected. Only two people needed help.", ""],
  [
    "Respondent blames the council's outsourced IT provider for 'three data incidents in two years, all from sloppy configuration'.",
    "blame:sec",
  ],
  [
    "I'm a bit embarrassed to say we've never done any security training. That's down to me.",
    "blame:self",
  ],
  [
    "P94 says she 'just ignores' the pop-up security reminders because 'there are six a day and they all say the same thing'.",
    "comm distance",
  ],
  ["We had a phishing email last week. Someone reported it, IT blocked the sender, done.", ""],
  [
    "The way they speak to the older staff is shocking. Slow and loud, as if they're addressing a child.",
    "comm power feel",
  ],
  [
    "Interview notes: head of maths says IT are 'always around, always friendly', and she'd 'trust them with anything'.",
    "",
  ],
  [
    "My receptionists give the Wi-Fi password to anyone who asks, including people who aren't even guests.",
    "blame:emp",
  ],
  [
    "The respondent expresses disappointment that the security team didn't attend the staff consultation, 'even though it was about their own policy'.",
    "feel distance",
  ],
  [
    "Honestly the rules are fine. My issue is the people enforcing them. There's no give at all.",
    "conflict power",
  ],
  ["There were roadworks outside all week, which made deliveries a nightmare.", ""],
  [
    "P96 says the IT team 'act like we're lucky they bother to help' and describes a 'culture of condescension'.",
    "power comm",
  ],
  [
    "We let our IT support contract lapse for three months last year. My oversight entirely.",
    "blame:self",
  ],
  [
    "Interviewee says she has contacted security twice this year, both times about new starters, and both times it was 'quick and easy'.",
    "",
  ],
  [
    "My PA clicked a link in an email that looked exactly like our bank's. IT caught it before anything happened.",
    "",
  ],
  ["Security don't trust us, and they make sure we know it.", "power"],
  [
    "Respondent reports his site staff 'lose at least one tablet a month', usually 'left on a wall or chucked in a skip'.",
    "blame:emp",
  ],
  ["The relationship with IT is better than it was. We've got a named contact now.", ""],
  [
    "She finds the security lead's manner 'quite cold': everything comes by email, 'even when he's sitting across the corridor'.",
    "comm distance",
  ],
  [
    "P98 says the trust's IT team 'never explain the reasons', which leaves her staff 'resentful of every new rule'.",
    "comm feel",
  ],
  ["We're a small agency; most of the security side is handled by the cloud services we use.", ""],
  [
    "I think the problem is me. I've never pushed the team to report incidents, so they don't.",
    "blame:self",
  ],
  ["It's a nightmare getting hold of them. Phone, email, Teams, nothing.", "conflict"],
  [
    "Interviewee describes IT as 'pretty good' but says their 'tone in emails can come across as a bit curt'.",
    "comm",
  ],
  ["Head office are rolling out new laptops to all the hotels in the spring.", ""],
  [
    "The teachers are terrified of GDPR. They think one wrong email and the DPO will report them.",
    "feel power",
  ],
  [
    "Respondent (practice manager) says IT support 'genuinely listen' and have adapted the settings for the reception desk.",
    "",
  ],
  [
    "They never come to our meetings, they never answer our emails, and then they're surprised we don't follow the rules.",
    "distance conflict",
  ],
  [
    "P100 concedes her team 'are not angels', citing shared logins and unlocked screens, and says 'it's on us as much as on IT'.",
    "blame:self",
  ],
  [
    "I don't think the IT people are bad, they're just invisible. You forget they exist.",
    "distance",
  ],
  [
    "Our IT supplier sent a technician to walk the site with me and label every cable. Brilliant afternoon's work.",
    "",
  ],
  [
    "We're a family-run hotel with 35 staff. The IT side is handled by a firm in Exeter: they set up the booking system, the tills and the Wi-Fi, and twice a year they come in, check everything over and have a cup of tea with us. I genuinely can't think of a complaint.",
    "",
  ],
  [
    "P102 says the new security manager at the insurer has 'changed the mood completely' by holding open Q&A sessions.",
    "",
  ],
  ["They always seem to think we're trying to get away with something.", "power"],
  [
    "Respondent (head of year) admits she 'can't remember the last time' she opened an IT bulletin and has no intention of starting.",
    "distance",
  ],
  [
    "P79 (sales manager, insurer) says her reps keep leaving phones in taxis; IT locks them quickly, but 'it's the reps who are the problem'.",
    "blame:emp",
  ],
  [
    "I'd give IT eight out of ten. They lose marks for slow replies in August, but then everyone's on holiday.",
    "",
  ],
  [
    "Interview notes: P104 (planning officer) recalls the council's security team 'rolling out Windows Hello without a word' and spending her first morning unable to log in.",
    "comm conflict",
  ],
  ["Honestly, cyber security isn't something my team thinks about. We make beer.", "distance"],
  [
    "We handle a lot of medical data on claims, so the security team check our processes every quarter. It's thorough and fair.",
    "",
  ],
  ["I'm completely dependent on them. If our IT guy is off sick, the business stops.", "power"],
  [
    "P106 says she stopped asking IT for anything after being told her request was 'not a business priority'.",
    "distance power",
  ],
  ["That phishing incident in April was my fault. I was rushing and I clicked.", "blame:self"],
  [
    "Respondent describes a warm relationship with the school business manager, who 'doubles as the IT person'.",
    "",
  ],
  [
    "It's a long story, but the brewery's till supplier went bust and we had to change systems in a hurry.",
    "",
  ],
  [
    "P108 notes that her team find the security training 'patronising in the extreme', 'aimed at people who've never seen a computer'.",
    "comm power",
  ],
  [
    "I'm afraid to ask IT anything in the team meeting, because the lead makes a joke of it in front of everyone.",
    "feel comm power",
  ],
  [
    "The council's security team has a new Teams channel for questions. It's actually quite busy.",
    "",
  ],
  [
    "Staff will always be the problem. You can patch a server; you can't patch Karen in accounts.",
    "blame:emp",
  ],
  [
    "Interviewee reports she 'always felt supported' by the security team during the subject access request backlog.",
    "",
  ],
  [
    "Every month there's a new thing. New app, new login, new rule. My staff are worn out by it.",
    "conflict feel",
  ],
  [
    "P110 blames herself for the 'culture of silence' around incidents in her department: 'I made it clear I didn't want problems brought to me.'",
    "blame:self",
  ],
  ["They've never once asked how the rules affect us on the ward.", "power"],
  [
    "Our site managers are brilliant at reporting lost kit. Every loss goes on the log the same day.",
    "",
  ],
  [
    "Respondent says the DPO is 'invisible until there's a breach, and then suddenly she's everywhere'.",
    "comm distance",
  ],
  [
    "I'm disappointed in my own team. They all knew the rule and still let a stranger walk into the server room.",
    "blame:emp feel",
  ],
  ["We get a short update from IT every Friday. Three bullet points, plain English. Perfect.", ""],
  [
    "P112 says the IT team 'won't come out to the satellite clinics', so everything is done over the phone, 'which never works'.",
    "conflict distance",
  ],
  [
    "I'll admit I've given my login to my deputy when I'm on leave. I know we shouldn't.",
    "blame:self",
  ],
  ["The receptionist who spotted the fake CEO email got a thank-you card from the IT team.", ""],
  [
    "Respondent says she has 'no idea what half the security acronyms mean' and that 'nobody has ever bothered to explain them'.",
    "comm",
  ],
  [
    "I'm tired of being told off by a computer. Red banners, warning pop-ups, 'this action has been logged'. It's like working in a prison.",
    "power feel comm",
  ],
  ["Interviewee (hotel operations manager) says IT 'are always good-humoured, even at 3am'.", ""],
];
