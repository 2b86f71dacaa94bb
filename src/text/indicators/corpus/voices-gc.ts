import type { RawExample } from "./types.js";
import { VOICES_GC_2 } from "./voices-gc-2.js";
import { VOICES_GC_3 } from "./voices-gc-3.js";
import { VOICES_GC_4 } from "./voices-gc-4.js";

/** Managers and team leads on how their teams and the security people get on, a quarter as interviewers' notes (round 29). Written fresh for Rapport (brief GC). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Ops manager says the security lead comes to the Monday stand-up most weeks and 'the lads actually ask him things now'.",
    "",
  ],
  [
    "Finance and the security team get on fine. They walk us through anything new before it lands.",
    "",
  ],
  [
    "Practice manager describes the security officer as 'patient with the receptionists'. No complaints raised.",
    "",
  ],
  ["They're not condescending at all, never have been.", ""],
  ["I wouldn't say there's friction. They explain the why, and my team appreciates that.", ""],
  [
    "Recalls the phishing scare: security rang him within ten minutes and stayed on the line until it was sorted.",
    "",
  ],
  ["They run the password reset kiosk and manage the door badges for the whole site.", ""],
  ["Security? Firewalls, laptops, fobs, the CCTV server. That's their patch as far as I know.", ""],
  ["Foreman says the IT contractor visits the workshop monthly and checks over the tablets.", ""],
  ["Good relationship. Honestly no drama.", ""],
  [
    "HR manager explains the leavers routine: HR sends the list, security disable accounts same day. She is happy with it.",
    "",
  ],
  ["I'd describe it as a partnership, and I think they'd say the same if you asked them.", ""],
  ["They used plain English in the last training, which my warehouse team really liked.", ""],
  ["People used to be scared of them, but that's changed completely since Priya took over.", ""],
  [
    "Asked whether security see staff as a risk. Replies: 'No, they call us their eyes and ears, and they mean it.'",
    "",
  ],
  ["Helpful, yes. They pick up the phone.", ""],
  [
    "The clinic had a ransomware drill last spring and the security team ran it with us, not at us.",
    "",
  ],
  [
    "Finance manager mentions her AP clerks forward suspicious invoices to security and 'get a thank-you every time'.",
    "",
  ],
  ["Not a problem at all. They're part of the furniture here.", ""],
  ["I can't think of a negative experience, to be honest.", ""],
  ["They do the access reviews every quarter and I sign off the list for my department.", ""],
  ["Operations manager keen to stress that the security team 'never make you feel stupid'.", ""],
  [
    "The MFA rollout was explained properly, with a drop-in session in the canteen over two lunchtimes.",
    "",
  ],
  [
    "When one of my drivers lost a handheld they were calm about it, just wiped it remotely and issued another.",
    "",
  ],
  ["I think they like us, actually. They brought cake for awareness week.", ""],
  ["Understandable? Mostly, yeah. If it isn't, I ask and they put it another way.", ""],
  ["What's good is I know exactly who to call. Sam's on first-name terms with half my team.", ""],
  [
    "Says the relationship has 'matured' over three years; monthly catch-up with the deputy CISO is now routine.",
    "",
  ],
  [
    "Practice manager: security set up the secure scanner for patient letters and trained reception on it step by step.",
    "",
  ],
  ["No, I wouldn't say we're kept at arm's length. Quite the opposite.", ""],
  ["They're approachable. Busy, sure, but approachable.", ""],
  [
    "We had a bloke click a bad link and security were brilliant - no shouting, just fixed it and explained what happened.",
    "",
  ],
  ["Payroll system access is controlled by them and we agree the roles together.", ""],
  ["They sit in on our incident reviews when it's relevant.", ""],
  [
    "In the workshop we've got a laminated sheet from them about USB sticks on the wall. Simple, and it works.",
    "",
  ],
  [
    "HR manager calls the relationship 'respectful both ways'. Could not recall a bad experience.",
    "",
  ],
  ["Honestly? Most responsive team in the building.", ""],
  ["I was worried they'd be the fun police. They're not.", ""],
  ["Their awareness emails are short and to the point, which I appreciate.", ""],
  [
    "They asked us what gets in the way before they changed the VPN. That's rare, in my experience.",
    "",
  ],
  ["Every new starter in finance gets twenty minutes with someone from security on day one.", ""],
  ["I'd call it collegial.", ""],
  [
    "Foreman laughed at the question about conflict: 'What conflict? They sort my tablets, I sort their desk chairs.'",
    "",
  ],
  ["They treat my receptionists like adults.", ""],
  [
    "Admits the jargon used to lose her; says the new head of security writes 'in normal words'.",
    "",
  ],
  ["They do the pen tests and then come and talk us through the results in person.", ""],
  ["Nothing bad to say. Genuinely.", ""],
  [
    "Data protection sits with them and the DPO; we see both at the quarterly governance meeting.",
    "",
  ],
  ["My team trusts them. Took a while, but we're there.", ""],
  ["How would they describe us? Cooperative, I'd hope. I think they would.", ""],
  [
    "The security people are just colleagues. Same canteen, same car park, same moans about the coffee.",
    "",
  ],
  ["Clinic manager says the security officer 'knows every nurse by name'.", ""],
  [
    "They run phishing tests, but results go to managers privately and nobody gets named and shamed.",
    "",
  ],
  ["We don't always agree, but it's a grown-up conversation and we land somewhere sensible.", ""],
  ["If I need something I message Tom on Teams and usually hear back within the hour.", ""],
  [
    "Positive experience: they helped us tidy up the shared drive permissions before the audit, no fuss at all.",
    "",
  ],
  [
    "Warehouse supervisor says the security staff are on the shop floor most days. Sees that as a plus.",
    "",
  ],
  [
    "Asked what security do here. Ops manager: 'Patching, monitoring, training, and answering my daft questions.'",
    "",
  ],
  ["It isn't them versus us. Never has been in this branch.", ""],
  ["I'd say they're helpful because they listen before they lecture.", ""],
];

export const VOICES_GC: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GC_2,
  ...VOICES_GC_3,
  ...VOICES_GC_4,
];
