import type { RawExample } from "./types.js";

/** Part 3 of 5 of VOICES_BF; see voices-bf.ts. */
export const VOICES_BF_3: readonly RawExample[] = [
  ["opticians complained the new login screen 'looks like a bank'. took that as a compliment", ""],
  [
    "honestly I reckon the school office is scared of us, they apologise every time they raise a ticket",
    "feel power",
  ],
  [
    "owner insisted we keep his admin account without MFA because he's 'the boss'",
    "power conflict",
  ],
  ["they only loop us in after they've already bought the software", "distance comm"],
  ["rang the caterers just to check in and they assumed something had been hacked", "comm"],
  ["let's be honest, our ticketing system is a nightmare for them too", "blame:self"],
  [
    "nobody at the recruitment agency knows that we're the IT company, they think we're the phone company",
    "distance",
  ],
  ["got told off by the garden centre owner for parking in his spot. small things", ""],
  ["he thinks every slow PC is a hack. every single one", "comm feel"],
  ["spent the whole morning undoing what the owner's son did to the router", "blame:emp"],
  [
    "tried to explain the breach notification rules, she just said 'you handle it'. ok then",
    "distance power",
  ],
  ["law firm wants weekly written updates but never replies to any of them", "distance comm"],
  ["I like that the physio owner pushes back, it makes our recommendations better", ""],
  [
    "please stop scheduling the bakery updates at 5am, they start at 4 and we keep wrecking their morning",
    "blame:self conflict",
  ],
  ["they call the helpdesk 'the complaints line' which honestly tracks", "conflict"],
  ["owner of the kennels hung up on me mid-sentence again", "conflict comm"],
  ["trust with the dental group is better since we started monthly onsite visits", ""],
  ["half their staff think 'the IT people' are a single bloke called Dave", "distance"],
  ["printer driver update broke everything at the estate agents and yes that was us", "blame:self"],
  ["feels like I'm grovelling every time I ask the MD for a 10 min slot", "power feel"],
  ["got a 'per my last email' from a client who never sent a last email", "comm"],
  ["the nursery staff are brilliant at spotting weird emails, better than us tbh", ""],
  [
    "he said if we cost him another sale with our 'blocking nonsense' he's switching",
    "conflict feel",
  ],
  ["the kennels owner asked for a 'what to do if' card for reception, drafting one now", ""],
  [
    "warehouse staff treat the shared PC like public property, cookies logged in everywhere",
    "blame:emp",
  ],
  ["rebooked the vet review, they actually showed up and were engaged, nice change", ""],
  ["honestly the owner wants us to be invisible until he needs someone to shout at", "power comm"],
  ["we should stop calling them 'users' in front of them. they noticed", "comm"],
  ["their IT champion left and now there's literally no one who talks to us", "distance"],
  [
    "owner asked me to 'just sort it' so I sorted it. now he's asking why we changed things without asking",
    "conflict power",
  ],
  [
    "I'm worried the solicitors are hiding incidents from us because they're worried about the insurer",
    "feel distance",
  ],
  ["good lord the surveyors' intern opened an .exe called invoice.pdf.exe", "blame:emp"],
  ["quick one: the caterers renewed for another 2 years and said nice things about us", ""],
  [
    "the old provider charged them for 'security' and did nothing, so of course they're sceptical of us",
    "blame:sec",
  ],
  ["took the recruitment agency through their renewal, no surprises, signed on the spot", ""],
  ["salon owner said I explained it better than her bank did. win", ""],
  [
    "honestly the gap is ours, we never ask how they actually work before we lock stuff down",
    "blame:self conflict",
  ],
  [
    "every time I suggest a change at the garage I get the same 'we've always done it this way'",
    "conflict",
  ],
  ["the architects' office manager sends us flowers at christmas lol", ""],
  ["no one from the pharmacy turned up to the training, not one person", "distance"],
  [
    "MD asked me whether I'd personally go to jail if they got breached. made for an awkward silence",
    "feel",
  ],
  ["dentist now calls me before clicking anything sketchy, which is exactly what we wanted", ""],
  ["he reads every email I send as an attempt to upsell him", "conflict"],
  ["not gonna lie, the brewery are the only client I actually look forward to visiting", ""],
  ["client went to the pub quiz team for IT advice before calling us. again", "distance"],
  [
    "Account note: owner prefers a phone call to email, keep it under ten minutes, no acronyms.",
    "",
  ],
  [
    "Handover: do not send the finance director anything longer than three lines, he won't read it.",
    "comm",
  ],
  [
    "Client contacts us exclusively when something has already gone wrong. No proactive engagement in 18 months.",
    "comm distance",
  ],
  ["Root cause: staff member approved an MFA prompt she did not initiate.", "blame:emp"],
  [
    "Root cause: our monitoring threshold was set too high and we missed the disk filling up. Our error.",
    "blame:self",
  ],
  ["Relationship status: strong. Owner attends every review and follows up on actions.", ""],
  [
    "Note for whoever picks this up: the office manager can be abrupt on the phone but she's fair.",
    "",
  ],
  [
    "Owner has asked, again, for staff browsing reports. Flagged to account manager as a concern.",
    "power",
  ],
  [
    "Warning: MD tends to make promises to his staff about IT changes before checking with us.",
    "conflict comm",
  ],
  ["Client declined the backup upgrade in writing. Risk accepted by owner, documented.", ""],
  [
    "Client declined the backup upgrade, then complained loudly when the restore took three days.",
    "conflict blame:emp",
  ],
  [
    "Staff are reluctant to raise tickets; several said they 'didn't want to bother us'.",
    "distance feel",
  ],
  [
    "Tone of the last three emails from the practice manager has been increasingly hostile.",
    "conflict feel",
  ],
  [
    "No named IT contact at the client. Requests arrive from whoever happens to be at the front desk.",
    "distance",
  ],
  ["Engineer visit went well, team asked lots of questions about home Wi-Fi security.", ""],
  [
    "Previous provider left no documentation whatsoever. Passwords recovered from a spreadsheet on the desktop.",
    "blame:sec",
  ],
  [
    "Incident traced to the owner's personal laptop, which he refuses to let us manage.",
    "blame:emp conflict",
  ],
  [
    "Owner became upset when told his email had been accessed from abroad, seemed to think we were accusing him.",
    "feel",
  ],
  [
    "Recommend an in-person visit; everything with this client has been through tickets for a year and trust is thin.",
    "distance comm",
  ],
  ["Client responded positively to the plain-language risk summary. Keep using that format.", ""],
  [
    "Escalation: owner threatened to withhold payment unless we removed the login lockout policy.",
    "conflict power",
  ],
  [
    "The bookkeeper is anxious about 'doing something wrong'. Reassure her, keep instructions step by step.",
    "feel",
  ],
  [
    "Phishing simulation results: 7 of 9 staff clicked. Repeat offenders are the same as last quarter.",
    "blame:emp",
  ],
  [
    "Phishing simulation results: 1 of 12 clicked, and she reported it herself straight afterwards.",
    "",
  ],
  [
    "Engineer note: I should have checked the licence count before the rollout, that's why two people were locked out.",
    "blame:self",
  ],
  ["Owner describes us to his staff as 'the people who stop you doing things'.", "conflict"],
  [
    "Client contact: office manager, very organised, keeps her own log of every ticket we close.",
    "",
  ],
  [
    "Client uses the emergency line for password resets. Have explained twice. Will explain again.",
    "comm feel",
  ],
  [
    "She said she feels talked down to by our engineers. Fair point, addressing with the team.",
    "comm feel",
  ],
  ["Owner was quite apologetic after the incident, said he should have listened in March.", ""],
  [
    "Account at risk: owner feels he's paying for nothing because nothing ever happens.",
    "feel blame:sec",
  ],
  ["Communication style: owner wants bullet points, staff want screenshots. Both reasonable.", ""],
  ["Staff asked us for a proper PDF editor instead of hunting for free ones online. Approved.", ""],
  [
    "We are effectively making all security decisions for this client; owner has no interest in being consulted.",
    "power distance",
  ],
  ["Relationship improved significantly after the onsite lunch-and-learn.", ""],
  ["Onsite visit cancelled by client for the fifth consecutive month.", "distance"],
  [
    "Owner copied his solicitor into a routine ticket about printer access. Tense.",
    "conflict power",
  ],
  ["Client expected us to know about the new branch office without being told.", "comm conflict"],
  [
    "Our quarterly report to this client is 22 pages of graphs. Nobody there reads it and honestly I don't blame them.",
    "comm blame:self",
  ],
  ["The practice manager is our best ally there, she champions every change we suggest.", ""],
  [
    "Note: be careful how you phrase anything about the data leak, the staff member involved is mortified.",
    "feel",
  ],
  [
    "Incident review: user error, but the training we delivered was six months late.",
    "blame:emp blame:self",
  ],
  [
    "Owner insists on seeing every staff member's password. Refused, explained why, he was unhappy.",
    "power conflict",
  ],
  [
    "Staff used to call IT 'the department of no'. Since we started explaining the why, that's stopped.",
    "",
  ],
  ["Decision maker is hard to pin down but responsive once reached.", ""],
  [
    "They've hired a freelancer to 'do security' without telling us, discovered when our agent got uninstalled.",
    "distance comm",
  ],
  [
    "Client treats the service agreement as unlimited onsite labour, including moving furniture.",
    "power",
  ],
  [
    "Owner seemed embarrassed to admit he'd shared his password with a supplier. Handled it gently.",
    "feel",
  ],
  ["Low engagement, but low incident rate. Not worried.", "distance"],
  ["No issues this quarter. Client happy, engineer happy.", ""],
  ["Every change request we raise sits in the owner's inbox for weeks.", "distance"],
  [
    "Owner overrode the office manager's decision to enforce MFA. Staff now unsure who to listen to.",
    "power conflict",
  ],
  [
    "The new receptionist was a bit overwhelmed by our onboarding email; I'll walk her through it in person.",
    "comm",
  ],
  ["Client description in CRM says 'difficult'. Having met them, I'd say 'busy and stressed'.", ""],
  [
    "We promised a four-hour response and took two days. Owner's anger is justified.",
    "blame:self feel",
  ],
];
