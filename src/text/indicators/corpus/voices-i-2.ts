import type { RawExample } from "./types.js";

/**
 * Brief I continued (see voices-i.ts):
 * - Employees
 * - Interview notes
 * - Positive and neutral, mixed sectors
 * - More feelings, both directions
 * - More answers with no indicator
 */
export const VOICES_I_2: readonly RawExample[] = [
  // Employees
  ["I apologise three times before I get to my actual question when I phone IT.", "feel power"],
  [
    "The new laptop policy arrived as a forty-page attachment. I'll read it on holiday, maybe.",
    "comm distance",
  ],
  ["IT never explain why, they just say no.", "comm conflict"],
  [
    "I got the blame for the breach because my password was on a list. Nobody mentioned the supplier's leak.",
    "blame:emp",
  ],
  [
    "I keep a spare keycard in my drawer because a replacement takes three days.",
    "distance conflict",
  ],
  ["No complaints, the helpdesk sorted my phone within the hour.", ""],
  [
    "Housekeeping were never told about the new card locks and spent a week stuck outside rooms.",
    "comm conflict",
  ],
  ["I don't ask IT anything these days, my nephew sorts my laptop.", "distance"],
  ["They track our browsing and then tell us it's for our own protection.", "power"],
  ["Care staff here feel watched rather than helped.", "power feel"],
  ["Honestly? I stopped forwarding dodgy emails because no one ever wrote back.", "distance comm"],
  ["Mine was the click that started it. I was eating lunch and not really looking.", "blame:self"],
  ["I'm probably the reason they tightened the rules.", "blame:self"],
  ["Our team messed up the client list export, not IT. Let's be fair to them.", "blame:self"],
  ["Security people at the uni are a bunch of box-tickers.", "blame:sec"],
  [
    "Their new VPN drops every twenty minutes and they keep insisting it's our home broadband.",
    "conflict blame:sec blame:emp",
  ],
  [
    "ugh the new timesheet login is a nightmare and IT wont admit its broken",
    "conflict feel blame:sec",
  ],
  ["pretty sure IT reckon we're all a bit dim lol", "blame:emp"],
  ["secuirty team r ok but slow", "conflict"],
  ["Their 'awareness week' was three emails and a quiz nobody finished.", "comm"],
  [
    "The helpdesk at the transport authority calls you 'caller' on the phone. Not even your name.",
    "comm distance",
  ],
  ["I'd honestly rather get a parking ticket than an email from compliance.", "feel"],
  ["Nice enough people, but getting hold of them is a job in itself.", "conflict"],
  ["I appreciate them, I just wish I saw them when nothing was broken.", "comm distance"],
  ["The MSP is competent. Cold, but competent.", "distance"],
  ["Can't fault the tech, can fault the attitude.", "comm"],
  ["Our IT manager is a gatekeeper, and you'd better come bearing the right paperwork.", "power"],
  ["Oh sure, they 'value our feedback'. They valued it straight into the bin.", "comm power"],
  [
    "Staff at the dispensary share a smartcard because half the readers are broken.",
    "conflict distance",
  ],
  ["Us and them, basically.", "conflict distance"],
  ["Adversarial, mostly.", "conflict"],
  ["Cordial.", ""],
  ["Good. Quick. Polite.", ""],
  ["Nothing to flag, really.", ""],
  ["Not perfect, but better than my last job by a mile.", ""],
  ["I've never once felt judged for asking a daft question.", ""],
  ["He explained it in that tone, you know, like I'd never seen a keyboard before.", "comm"],
  ["We're the ones who get a telling-off; the partners get a quiet word.", "power"],
  [
    "The IT guy makes me nervous, to be honest. He sighs before you've finished the sentence.",
    "feel comm",
  ],
  [
    "Honestly it's exhausting. Every month there's a new hoop to jump through before I can open a patient file.",
    "feel conflict",
  ],

  // Interview notes
  ["Interviewee says the helpdesk only phones when a licence is about to run out.", "comm"],
  ["Participant describes the security officer as 'polite but unreachable'.", "distance conflict"],
  ["Notes: office manager believes IT 'hide behind tickets'.", "comm distance"],
  [
    "Respondent, a hotel night manager, fixes the guest Wi-Fi himself rather than wait for Monday.",
    "distance conflict",
  ],
  ["Interviewee became visibly irritated when the password expiry rules came up.", "feel conflict"],
  [
    "Participant, a structural engineer, said the security review is 'where good ideas go to die'.",
    "conflict blame:sec",
  ],
  ["Interviewee felt the IT contractor had been patient and clear throughout the migration.", ""],
  [
    "Participant reported no contact with the data protection lead in the past year and saw no need for any.",
    "distance",
  ],
  ["Respondent described the MSP as 'the people who send the scary emails'.", "comm feel"],
  ["Practice manager says the GP partners ignore IT advice unless an auditor repeats it.", "power"],
  ["Interviewee laughed: 'Security? That's Dave. Dave left in June.'", "distance"],
  [
    "Participant, a security analyst, insisted the incidents came from a confusing intranet rather than careless staff.",
    "",
  ],
  ["Notes: IT admin repeatedly referred to users as 'the problem tier'.", "blame:emp"],
  [
    "Participant admitted her own development team had pushed credentials to a public repository twice.",
    "blame:self",
  ],
  [
    "Interviewee, a charity fundraiser, wasn't sure the organisation had an IT policy at all.",
    "distance",
  ],
  ["The broker's compliance officer said staff 'treat the rules as suggestions'.", "blame:emp"],
  [
    "Respondent felt the council's IT department picks software without consulting a single social worker.",
    "power",
  ],
  ["Participant said meetings with security 'always end in raised voices'.", "conflict"],
  [
    "Interviewee got a written warning for clicking a test email and called the whole thing humiliating.",
    "power feel blame:emp",
  ],
  ["Notes: participant said 'they' about IT throughout, never a single name.", "distance"],
  [
    "Participant believes the IT team is competent but 'allergic to explaining themselves'.",
    "comm",
  ],
  ["Interviewee was proud that her pharmacy team caught a fake supplier call last month.", ""],
  [
    "Participant described the university security team as approachable and quick to admit mistakes.",
    "",
  ],
  [
    "Respondent, an IT technician at a printing firm, said the owner 'only remembers my name when the RIP server goes down'.",
    "power distance feel",
  ],
  [
    "Interviewee (security officer, insurance broker) sighed that 'people will always be people' and that training is largely wasted.",
    "blame:emp feel",
  ],
  [
    "Participant said the MSP engineer explained the outage in a way even the directors understood.",
    "",
  ],
  [
    "Data protection lead reports that staff hide small breaches because they fear a disciplinary.",
    "distance feel",
  ],
  [
    "Interviewee, an architect, called the IT provider 'a voice on the phone we're slightly afraid of'.",
    "distance feel",
  ],
  [
    "Notes: the clinic's IT lead feels his warnings only count once something has already gone wrong.",
    "power feel",
  ],

  // Positive and neutral, mixed sectors
  ["I like the people here. They ask before they plug anything in.", ""],
  ["Our security officer sits in the open-plan office on purpose.", ""],
  [
    "A driver sent me a photo of a USB stick he'd found instead of plugging it in. Proud moment.",
    "",
  ],
  ["Neutral, I suppose. They do their job, we do ours.", ""],
  ["The press room and IT meet in the middle when we need to, and it's fine.", ""],
  [
    "It was tense when the new rules came in, but the IT manager spent a week on the shop floor and it settled.",
    "",
  ],
  ["Our start-up's security is one engineer and a Slack channel, and honestly it works.", ""],
  ["Our data protection lead explains GDPR better than the lawyers do.", ""],
  [
    "The council's IT team came out to the depot to set up the tablets themselves. Much appreciated.",
    "",
  ],
  ["I wouldn't call users careless. They're doing ten jobs and ours is the eleventh.", ""],
  ["IT changed the booking screens after the front desk complained. Credit where it's due.", ""],
  [
    "We had rows in the first year, but now the MSP engineer knows everyone by their first name.",
    "",
  ],
  ["The clinic's IT support answer within the hour and speak normal English.", ""],
  ["I trust staff to report things, and mostly they do.", ""],
  ["Security gave the lab a budget for proper storage instead of another rule. Nice change.", ""],
  ["The brokers are sharp on fraud calls, sharper than me some days.", ""],
  ["I don't think anyone here feels talked down to by IT any more.", ""],
  ["The IT manager at the print works runs a five-minute slot in every toolbox talk.", ""],
  ["Our admin asked the receptionists to test the new login before rollout. Smart move.", ""],
  ["They're a small team but they know every department by name.", ""],

  // More feelings, both directions
  ["Nervous wreck every time the auditors are in.", "feel"],
  ["It stings when the MD thanks the cleaners at the Christmas do and forgets IT exist.", "feel"],
  ["I'm sick of being cast as the villain at every all-hands.", "feel conflict"],
  ["Users ring my personal mobile in a panic at weekends and I'm starting to resent it.", "feel"],
  ["Resentment, quietly, on both sides.", "feel conflict"],
  [
    "The pharmacists are properly anxious about the new prescribing login, and I can't say I blame them.",
    "feel",
  ],
  [
    "It's demoralising to hear 'computer says no' jokes about my team every single day.",
    "feel conflict",
  ],
  ["Staff are stressed by the monitoring and they've told me so, loudly.", "feel power conflict"],
  ["I get irritated when people say 'I'm not technical' as if that settles it.", "feel blame:emp"],
  [
    "There's a low hum of frustration between the lab and central IT that never quite goes away.",
    "feel conflict",
  ],
  ["I worry the trustees want a policy to show the funder, not one anybody follows.", "feel"],
  [
    "Disappointed, mostly. I'd hoped the new provider would explain more than the last one.",
    "feel comm",
  ],
  [
    "Interviewee sounded weary; she has sent the same reminder about shared logins for three years.",
    "feel comm",
  ],
  ["Honestly I'm embarrassed to ring IT after last time.", "feel distance"],
  ["Anxious. That's how any email headed 'URGENT SECURITY NOTICE' makes me feel.", "feel comm"],

  // More answers with no indicator
  ["Solid. No drama.", ""],
  [
    "Our IT person at the charity runs a drop-in every other Friday and people genuinely turn up.",
    "",
  ],
  [
    "Users aren't the weakest link here; the weakest link was a supplier portal with no two-factor.",
    "",
  ],
  [
    "The managing director asked me to present at the partners' away day. First time in six years.",
    "",
  ],
  [
    "When a porter reported a tailgater at the ward door, the security manager thanked him by name.",
    "",
  ],
  ["They handle the servers, the backups and the odd lost phone.", ""],
  ["We disagree sometimes, the security officer and I, but we sort it out over a coffee.", ""],
  [
    "The insurance brokers were the ones who suggested call-back checks on bank changes, and they were right.",
    "",
  ],
  ["I'd say the relationship is healthy. Boring, even.", ""],
  ["Our engineers treat security reviews as part of design now, not a hurdle at the end.", ""],
  [
    "Interviewee said the MSP engineer 'always asks what we're trying to do before saying yes or no'.",
    "",
  ],
  [
    "I've never felt that IT think we're stupid, which is more than I can say for my last firm.",
    "",
  ],
  ["The hotel's new IT coordinator walks the floor every morning. Staff like her.", ""],
  [
    "Respondent noted that the university now includes a student rep on the security working group.",
    "",
  ],
  ["Friendly lot. I know where they sit and I use it.", ""],
];
