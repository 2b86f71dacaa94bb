import type { RawExample } from "./types.js";

/** Managers and team leads, and a researcher's third-person interview notes. Written fresh for Rapport (brief EC). */
export const VOICES_EC_6: readonly RawExample[] = [
  [
    "Staff see the IT team as a separate world. They eat separately, sit separately, barely say hello.",
    "distance",
  ],
  [
    "P114, a brewery co-founder, says the IT contractor 'set up the backups wrong and we lost a month of orders'.",
    "blame:sec",
  ],
  ["The new visitor system at reception is simple to use and guests seem to like it.", ""],
  [
    "When I challenged the new rule, I got an email from the IT director with my boss copied in. Point made, I suppose.",
    "power conflict",
  ],
  [
    "Respondent reflects that her own reluctance to 'bother' IT probably made the outage worse: 'I sat on it for a day.'",
    "blame:self distance",
  ],
  ["It's fine. They're fine. We just don't talk much.", "distance"],
  ["Our account handlers click 'allow' on everything. Cookies, macros, the lot.", "blame:emp"],
  [
    "P116 says the schools' IT service 'made the effort to learn everyone's names', which she 'really appreciated'.",
    "",
  ],
  [
    "Security people think they're the only ones who care about data. We're nurses. We care about it more than anyone.",
    "power",
  ],
  [
    "The construction director says he's 'perfectly happy' with how the firm's IT people handle security.",
    "",
  ],
  ["Interviewee says the helpdesk's scripted replies 'make you want to scream'.", "comm feel"],
  [
    "They're brilliant technically. Socially, not so much. You get the answer, but you also get the eye-roll.",
    "comm power",
  ],
  [
    "P118 attributes the council's last breach to 'an officer who took files home on a personal laptop against every instruction'.",
    "blame:emp",
  ],
  ["I asked for help setting up a new printer and the technician came the same day.", ""],
  [
    "P81 says dealing with the trust's IT makes her anxious, because 'you never know whether you'll get a helpful person or a lecture'.",
    "feel comm",
  ],
  [
    "The hotel's general manager comments that her front-desk staff are 'much sharper' about phone scams since the training.",
    "",
  ],
  [
    "Respondent says he is 'constantly chasing' the IT provider and 'paying for the privilege'.",
    "conflict blame:sec",
  ],
  [
    "My team avoid calling IT because they'll be told to 'describe the problem in the portal first'. So they don't describe it anywhere.",
    "distance conflict",
  ],
  ["We have an annual pen test. The report's technical, but the tester walks us through it.", ""],
  [
    "P120 suspects she's 'on a list' after reporting three false alarms, and now keeps suspicious emails to herself.",
    "power feel distance",
  ],
  [
    "The security team could do with a bit of humility. They got the migration wrong and never apologised.",
    "blame:sec power",
  ],
  ["Head office IT manage our domain and email; we just use it.", ""],
  [
    "Our school secretaries are excellent with data. Better than most of the senior team, myself included.",
    "blame:self",
  ],
  [
    "Respondent explains that staff at the care home 'don't see IT as part of the team' and call them 'the computer people'.",
    "distance",
  ],
  [
    "The MFA prompt pops up on my phone fifteen times a day. I've started approving them without looking.",
    "conflict",
  ],
  [
    "Interviewee says there have been 'no real tensions' with security since the new head of IT joined two years ago.",
    "",
  ],
  [
    "I told IT the phishing training clashed with parents' evening. They said it was mandatory and the deadline stood.",
    "conflict power",
  ],
  [
    "P122 remarks that her team 'have been drilled well' and now challenge every unexpected payment request.",
    "",
  ],
  [
    "I'm the one who should have set up the backups. I assumed IT had done it, and I never asked.",
    "blame:self",
  ],
  ["Frankly the security emails are wallpaper. Nobody even sees them any more.", "comm distance"],
  [
    "Respondent says the trust's cyber lead 'has been a godsend' during the move to cloud records.",
    "",
  ],
  [
    "We got flagged for 'non-compliance' because two people hadn't watched a video. No conversation, just a red line on a dashboard for the whole board to see.",
    "power comm",
  ],
  ["The agency switched from Google to Microsoft last year. Took a while to get used to.", ""],
  [
    "P124 feels 'a bit abandoned' since the council outsourced its IT, saying 'there's no one you can just pop in and see any more'.",
    "feel distance",
  ],
  [
    "The owner of the microbrewery describes his brewers as 'careless with anything digital' and recalls finding the tablet by the mash tun with the accounts left open.",
    "blame:emp",
  ],
  ["IT gave us a clear timetable for the upgrade and stuck to it.", ""],
  ["The security team are always right, apparently. Even when they're not.", "power blame:sec"],
  [
    "Interviewee recalls IT 'telling everyone off' in an all-staff email for a mistake one person made, and says it 'went down badly'.",
    "comm feel",
  ],
  ["There's a new office manager starting next month; she'll be the main contact for IT.", ""],
  [
    "P126 says she no longer trusts the IT contractor after they 'reset everyone's passwords by text message, in plain sight'.",
    "blame:sec",
  ],
  [
    "I'll admit our staff have got better. Two years ago they'd click anything; now they ask first.",
    "",
  ],
  [
    "I'll admit our staff have got worse. Two years ago they'd at least ask; now they click anything.",
    "blame:emp",
  ],
  [
    "Respondent says her claims team 'find the security people easy to talk to' and often drop by their desks.",
    "",
  ],
  [
    "We flagged the shared drive permissions months ago. Security ignored us until a client's file turned up in the wrong folder.",
    "blame:sec distance",
  ],
  [
    "P128 (deputy practice manager) admits she panics when IT ring her: 'My first thought is always, what have I done?'",
    "feel power",
  ],
  [
    "Wedding season is our busiest time, so we avoid IT changes between May and September. IT agreed to that straight away.",
    "",
  ],
  [
    "Honestly, a lot of it is on us. My team ask IT for exceptions constantly and then moan when things break.",
    "blame:self conflict",
  ],
  [
    "Interview notes: P130, owner of a 14-person marketing agency, says she 'wouldn't know the IT company's number without looking it up'.",
    "distance",
  ],
  ["Our IT support company ran a quiz at the Christmas party. My team won. Hard to beat that.", ""],
  [
    "Respondent spoke at length about the week the hospital's clinical system was down. She described the IT team as 'heroic', said they updated ward managers every hour, and felt the experience had brought the two groups closer together. She had 'no criticism at all' of how it was handled.",
    "",
  ],
  [
    "P132, who runs the kitchen at a 120-room hotel, explains that he used to clash with IT over the ordering tablets, but 'we sorted it out over a pint' and they now get on well.",
    "",
  ],
  [
    "What frustrates me is that my own surveyors treat IT as the enemy. I've had lost tablets hidden for days because the lads were scared of a telling-off, when IT could have wiped them in minutes. Half of that fear is their doing, and half is mine for never backing IT up.",
    "feel blame:emp distance blame:self",
  ],
];
