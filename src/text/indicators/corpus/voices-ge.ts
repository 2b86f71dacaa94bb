import type { RawExample } from "./types.js";
import { VOICES_GE_2 } from "./voices-ge-2.js";
import { VOICES_GE_3 } from "./voices-ge-3.js";

/** IT and security practitioners among themselves: team chat, incident reviews, a meetup, a forum for lone admins (round 30). Written fresh for Rapport (brief GE). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Had a lovely chat with finance today, they actually asked how to spot the invoice scam before it hit. Made my week.",
    "",
  ],
  ["Our reception team reports every dodgy email. Best sensors we've got.", ""],
  ["Not gonna lie, the users here are great. They ask before they click.", ""],
  [
    "We do drop-in sessions every other Thursday, coffee and questions, and people actually turn up.",
    "",
  ],
  ["Patch window is Tuesday night, standard stuff.", ""],
  ["MFA rollout went fine, maybe three tickets total.", ""],
  [
    "The marketing lead used to fight us on USB sticks, but honestly she's now our biggest advocate.",
    "",
  ],
  [
    "I wouldn't call them the weakest link at all. Most of them are just busy and want to do the right thing.",
    "",
  ],
  ["Nobody here is afraid to tell us they clicked something, and that's the whole point.", ""],
  ["Sole admin for a 40-person charity. I know everyone by name, which helps a lot.", ""],
  [
    "Incident review: user reported the phish within four minutes, SOC contained it, good outcome all round.",
    "",
  ],
  ["We never talk down to people on the helpdesk. It's the one rule I'm strict about.", ""],
  ["Ops and security have a weekly stand-up now. Works well.", ""],
  ["Vendor support was actually quick for once, fair play to them.", ""],
  ["Our CFO sits in on the quarterly risk review and asks sharp questions.", ""],
  ["It's not a them-and-us thing here, we sit on the same floor.", ""],
  ["Password manager adoption is at 85%.", ""],
  [
    "Users asked for a plain-English version of the acceptable use policy so we wrote one. Took an afternoon.",
    "",
  ],
  ["I explain the why, not just the rule. Folks get on board much quicker that way.", ""],
  [
    "The warehouse lads taught me more about their workflow than any requirements doc ever did.",
    "",
  ],
  ["Got a thank-you card from accounts after the ransomware scare. It's pinned above my desk.", ""],
  ["Honestly? Good relationship. They trust us, we trust them.", ""],
  ["We rotate a security champion through each department, seems to be working.", ""],
  ["Reminder: the awareness module is due end of month.", ""],
  ["People aren't the problem, they're the ones who spot the weird stuff first.", ""],
  ["Not once this year has anyone hidden an incident from us.", ""],
  ["What's the retention on the SIEM logs again, 90 days?", ""],
  ["Our network team and the security folks get on surprisingly well these days.", ""],
  ["I walk the floors every Monday morning. Five minutes per team, and they all know my face.", ""],
  [
    "tbh the dev team are more security-minded than we are sometimes, and I mean that as praise",
    "",
  ],
  ["Zero friction on the new laptop builds, people were happy.", ""],
  ["Phish sim click rate dropped from 18 to 6 percent and reporting went way up.", ""],
  [
    "She asked whether the QR code on the parking notice was legit. That's exactly the instinct we want.",
    "",
  ],
  ["The manager backed us on the admin rights change and explained it to his team himself.", ""],
  ["Lone admin here, small law firm. The partners listen when I raise things. Lucky, I know.", ""],
  ["We moved to plain-language alerts: no acronyms, just what happened and what to do next.", ""],
  ["Auditor was reasonable, gave us time to fix the findings.", ""],
  ["Six years on this desk and never once had a user be rude to me about a lockout.", ""],
  ["Not a problem at all with the sales team, they pick things up fast.", ""],
  ["Anyone know a decent asset inventory tool for under 50 seats?", ""],
  ["Users aren't stupid. They're optimising for getting their job done, same as we are.", ""],
  ["Our helpdesk gets a shout-out at the all-hands every quarter.", ""],
  ["We hold a short retro after every incident and invite the affected staff along.", ""],
  ["Contractors get the same onboarding as staff, including a walk-through with me.", ""],
  ["I like our users. There, I said it.", ""],
  ["It was hostile years ago. Now it's just colleagues helping each other out.", ""],
  ["Security gave us a clear yes or no within a day. Can't complain.", ""],
  ["Jargon? We banned it from the comms templates last year.", ""],
  ["Kudos to HR for looping us in on leavers early.", ""],
  ["Backup restore test passed.", ""],
  ["Mostly the calls are how-do-I questions, which is fine, that's what we're here for.", ""],
  [
    "People pop in with worries about their personal phones too. I don't mind, it builds trust.",
    "",
  ],
  ["the CEO did the phishing training first and posted his score lol. set the tone nicely", ""],
  ["Staff survey says we're seen as helpful and easy to reach. I'll take it.", ""],
  [
    "Vendors aren't villains. Most of their engineers are doing their best under bad constraints.",
    "",
  ],
  ["I'd describe it as a partnership. We don't always agree but we do talk.", ""],
  ["Rolled out passkeys to the pilot group this week.", ""],
  ["New starter asked great questions during induction.", ""],
  ["The nurses have zero spare time, so we designed tap-to-login around them. Works a treat.", ""],
  ["Weakest link? Nah. Best early warning system we've got.", ""],
];

export const VOICES_GE: readonly RawExample[] = [...FIRST_PART, ...VOICES_GE_2, ...VOICES_GE_3];
