import type { RawBlameExample } from "./types.js";

/** Inside voices: incident post-mortems, board and audit reports, awareness plans, policy rationales, ticket comments and team chat. Written fresh for Rapport (brief ZQ). */
export const FRESH_ZQ_6: readonly RawBlameExample[] = [
  [
    "Sales staff reuse passwords because they juggle fourteen separate logins. A password manager rollout for that team is approved for Q3.",
    false,
  ],
  [
    "Sharing standard, why it exists: external sharing requires a business reason field so we can audit patterns, not to slow people down.",
    false,
  ],
  ["The most advanced persistent threat we face is an employee with a deadline.", true],
  ["It's not the hackers who worry me, it's our own sales team.", true],
  [
    "Audit observation: school office PCs have no screen-lock timeout configured, leaving pupil records visible when staff are called away.",
    false,
  ],
  [
    "A nation-state actor is unlikely to target a regional building society; our realistic threats are commodity ransomware and invoice fraud.",
    false,
  ],
  [
    "The call-centre script requires agents to confirm card details aloud, which the pen tester exploited. Rewriting the script to remove that step.",
    false,
  ],
  ["Patient zero was a radiographer who thought a QR code on a poster was from IT.", true],
  ["In my experience users are basically children with admin rights.", true],
  [
    "The EDR agent was adding six minutes to every build. Engineering has asked for exclusions; let's tune it before people start disabling it.",
    false,
  ],
  [
    "Insider threat briefing: assume your colleagues are potential adversaries; statistically, some of them are.",
    true,
  ],
  [
    "Ticket #4471: user reported the phish within four minutes, which let us pull it from 300 other inboxes. Sending her a thank-you note.",
    false,
  ],
  [
    "Ops workarounds last for years because fixing them never gets prioritised. That's a backlog decision, made above ops.",
    false,
  ],
  [
    "The data leak happened because a pricing file was shared via a public link that never expires. Links now expire after seven days.",
    false,
  ],
  [
    "Warehouse crew left the scanner admin PIN on a sticky note on the scanner. Of course they did.",
    true,
  ],
  ["The finance team's approach to security can be summed up as 'click yes and hope'.", true],
  [
    "#secops: who in finance keeps forwarding invoices to their personal hotmail? third DLP alert today. these people never learn",
    true,
  ],
  [
    "Airside doors get propped open during baggage surges because the badge readers take eight seconds. Faster readers are being fitted.",
    false,
  ],
  [
    "Ticket comment: user 'forgot' the policy on removable media for the fifth time. At this point forgetting is a choice.",
    true,
  ],
  ["Security would be pointless if it weren't for the users; they're who it's for.", false],
  [
    "Bank branch staff are too trusting. A man in a hi-vis vest walked into the server cupboard and nobody asked a thing.",
    true,
  ],
  ["The trouble with our teachers is they think they're too clever to be phished.", true],
  [
    "Audit report: the data breach followed an employee's slip that three missing controls failed to catch: DLP, access review and encryption.",
    false,
  ],
  [
    "Password rotation every 30 days pushes people into predictable increments. Dropping forced rotation, per current guidance.",
    false,
  ],
  [
    "Plant operators have zero interest in security; they prop the control room door open every shift.",
    true,
  ],
  [
    "Remediation plan item 3: remove local admin from accounting staff, who have repeatedly shown they can't be trusted with it.",
    true,
  ],
  ["Our users are, to put it kindly, the reason the SOC never sleeps.", true],
  [
    "Consultants on site are the worst — they plug their own laptops into anything with an Ethernet port.",
    true,
  ],
  [
    "Weary SOC note: if it's Monday morning, someone in sales has reset their password to last week's password plus one.",
    true,
  ],
  [
    "Insider access review complete: 212 accounts had permissions beyond their role, mostly from moves between departments that were never processed.",
    false,
  ],
  [
    "Error budgets for change management are a technical metric; they say nothing about whose fault an outage is.",
    false,
  ],
  [
    "Branch review: the branch followed its local process, which had drifted from the group standard with no one noticing for three years.",
    false,
  ],
  [
    "Night shift monitoring is one person covering three consoles. Alerts get missed because that's not a survivable workload.",
    false,
  ],
  [
    "The stupidest thing about phishing is that it works, because our staff are exactly as clueless as the attackers hope.",
    true,
  ],
  [
    "Figures for the board: 74% of this year's incidents were caused by staff who couldn't follow simple instructions.",
    true,
  ],
  [
    "Pension administrators get genuine data requests by email daily; a portal with verified requesters removes the guesswork.",
    false,
  ],
  [
    "Management report: the logistics team handles customs data across six systems with no consistent classification labels; the rules vary by system.",
    false,
  ],
  [
    "Call centre agents are measured on call time; verification steps lengthen calls, so they get skipped. Change the metric.",
    false,
  ],
  [
    "Teammate in chat: 'another day, another nurse who thinks the USB in the staffroom is a gift from the trust'",
    true,
  ],
  [
    "Not one person on the claims team noticed the invoice bank details had changed. That's a team asleep at the wheel.",
    true,
  ],
  [
    "Policy rationale: USB ports are disabled because employees cannot be trusted to avoid plugging in whatever they find in the car park.",
    true,
  ],
  [
    "The junior doctors bypass every control we give them and then complain when things break.",
    true,
  ],
  [
    "Statement to staff: 'The colleague who reported the recent incident did exactly the right thing. If you make a mistake, tell us — quickly and without fear.'",
    false,
  ],
  ["People are busy, not stupid. Threat model accordingly.", false],
  [
    "Let the record show the courier drivers have now lost nine handheld devices this year, each with customer addresses on it. Careless doesn't cover it.",
    true,
  ],
  [
    "Staff at the call centre would read out customer card numbers to anyone who asked politely. The pen test proved it.",
    true,
  ],
  [
    "The cleaning contractor's staff wander into every office at night and poke at whatever's left on the desks. Nobody should trust them.",
    true,
  ],
  [
    "lol marketing just emailed the entire customer list to a 'partner' who turned out to be a gmail address. can't make this up",
    true,
  ],
  [
    "Singapore admin team audit findings recur because they run the same manual checklist we retired elsewhere two years ago.",
    false,
  ],
  [
    "Ha. 'Sophisticated attack.' It was a guy in purchasing who typed his password into a fake DocuSign page.",
    true,
  ],
  [
    "DM to a colleague: just watched a guy in legal type his password into the Teams chat. in the general channel. i give up",
    true,
  ],
  [
    "Visitors and consultants have nowhere to connect except open network ports. A guest network and NAC policy fix this without confrontation.",
    false,
  ],
  [
    "marketing asked us how to share the customer list with an agency safely — good on them for asking first. setting up a secure transfer link now",
    false,
  ],
  [
    "The cause: a human. Specifically, a human who thought a 'missed parcel' text was worth entering card details for, on a work phone.",
    true,
  ],
  [
    "Chat: QA needs to work from home on batch records and there's no approved way to do it. can we get them VDI instead of chasing emails",
    false,
  ],
  [
    "Fraud team write-up: CEO-impersonation requests are up 300%. Payment verification now requires a call to a known number regardless of seniority.",
    false,
  ],
  [
    "Again I have to explain to the C-suite that their own assistants are the easiest way into the company.",
    true,
  ],
  ["Our weakest defence is the people who use our systems every day.", true],
  [
    "The weakest part of our supply chain is the logistics partner whose portal still uses shared accounts.",
    false,
  ],
  [
    "Ticket comment: third laptop this year with coffee in the keyboard and a password taped underneath. Same department. Same shrug.",
    true,
  ],
  [
    "Audit observation: school office staff display a casual disregard for safeguarding data, leaving pupil records on unattended screens.",
    true,
  ],
  [
    "Reply on the same ticket: the removable media policy lives on page 34 of a 60-page handbook. Nobody forgets something they were never realistically told.",
    false,
  ],
  [
    "Passwords keep appearing on the medication cart because the EHR forces a re-login every five minutes on shared terminals. We need tap-badge login, not another reminder email.",
    false,
  ],
  [
    "Chat: someone typed their password into Teams — happens when the login box pops up behind the chat window. get them to rotate it and let's not make a thing of it",
    false,
  ],
  ["Human weakness is the attacker's favourite exploit, and ours has plenty.", true],
  [
    "Users shouldn't have local admin by default, not because they're children but because malware runs with whatever rights the user has.",
    false,
  ],
  [
    "Quarterly report: phishing click rate rose to 14%, showing our staff remain dangerously gullible despite repeated training.",
    true,
  ],
  [
    "Risk assessment: human error is likely in any manual process of this volume, so the control should be automated reconciliation.",
    false,
  ],
  [
    "Staff classify documents badly when there are seven levels. Three labels and sensible defaults got us to 90% accuracy.",
    false,
  ],
  [
    "Secrets scanning across 1,400 repositories found 62 live credentials, 41 of them in test fixtures copied from an old internal template.",
    false,
  ],
  ["There's no patch for gullibility, and our front office has plenty of it.", true],
  [
    "Ticket #4471 closed. Same user, third phishing click this quarter. Recommend removing her email access until she completes remedial training.",
    true,
  ],
  [
    "A data science GPU cluster was exposed without authentication because the default template opened the endpoint publicly. Template fixed, guardrail policy added.",
    false,
  ],
  [
    "Airline ground staff routinely share badge access with each other. Discipline is the only language that works.",
    true,
  ],
  ["Our insider cases prove the point: give staff access and some of them will abuse it.", true],
  [
    "The finance team gets more targeted fraud attempts than any other team; they deserve stronger payment controls, not more suspicion.",
    false,
  ],
  [
    "Credential stuffing succeeded because the VPN had no MFA; reused passwords are inevitable at scale and we designed as if they weren't.",
    false,
  ],
  [
    "Blocking things by default works best when you also tell staff why and give them a quick route to ask for exceptions.",
    false,
  ],
  [
    "The first rule of our awareness programme: never run a simulation you'd be embarrassed to explain to the staff it targeted.",
    false,
  ],
];
