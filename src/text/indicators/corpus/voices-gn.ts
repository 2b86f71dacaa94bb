import type { RawExample } from "./types.js";
import { VOICES_GN_2 } from "./voices-gn-2.js";
import { VOICES_GN_3 } from "./voices-gn-3.js";

/** Security and IT staff of hospitals, universities, councils and housing associations on staff, students and senior management, mostly in a formal register (round 32). Written fresh for Rapport (brief GN). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The Trust's clinical staff have, on the whole, engaged constructively with the new access-control arrangements.",
    "",
  ],
  [
    "Relations between the information security function and the academic schools are, I think it fair to say, good.",
    "",
  ],
  [
    "We attend the ward managers' meeting every month and it is genuinely useful in both directions.",
    "",
  ],
  [
    "Phishing simulation click rates fell again in Q3; the committee requested no further action.",
    "",
  ],
  [
    "It was noted that the Dean of Students had offered to co-present the induction security session.",
    "",
  ],
  ["Tenancy officers are quick to flag anything odd. Credit where it's due.", ""],
  ["The Board received the annual cyber assurance report and thanked the team for its work.", ""],
  [
    "Not once have the consultants been dismissive when we've asked for ten minutes at their audit meeting.",
    "",
  ],
  ["Friction with the estates lads? Not really, no. They ring, we sort it, everyone's happy.", ""],
  ["The security team runs a drop-in clinic on Thursday lunchtimes in the library foyer.", ""],
  ["Students are, frankly, a good deal more savvy than we tend to give them credit for.", ""],
  ["Members noted that the password manager rollout had been completed ahead of schedule.", ""],
  [
    "We do not regard staff as the weakest link; in our experience they are the best early-warning system we have.",
    "",
  ],
  [
    "Consultation feedback from ward sisters was broadly supportive of the proposed removable media policy.",
    "",
  ],
  ["Cordial and improving, I'd say.", ""],
  [
    "The registrars were sceptical about MFA at first, but once it had been explained properly they adopted it without fuss.",
    "",
  ],
  ["Quite honestly, the payroll team are a pleasure to work with.", ""],
  [
    "No concerns were raised regarding the conduct of the security team during the incident response.",
    "",
  ],
  [
    "Responsibility for day-to-day data protection queries sits with the Information Governance Manager.",
    "",
  ],
  [
    "Following the tabletop exercise, directors remarked that the briefing had been clear and free of jargon.",
    "",
  ],
  ["The Caldicott Guardian and the head of cyber security meet fortnightly.", ""],
  ["Staff survey 2023: 78% agreed or strongly agreed that IT security staff are approachable.", ""],
  ["Good working relationship. Nothing further to add.", ""],
  ["Mostly fine tbh.", ""],
  ["Three FTE covering two campuses and a teaching hospital site.", ""],
  [
    "We've had no complaints about tone since the alert templates were rewritten with the comms team.",
    "",
  ],
  [
    "It would be inaccurate to describe clinicians as resistant. Their priority is patient care, as it should be, and they have been reasonable with us throughout.",
    "",
  ],
  [
    "The matron on Ward 7 now forwards anything suspicious as a matter of routine, which is marvellous.",
    "",
  ],
  ["The Audit and Risk Committee welcomed the revised acceptable use policy.", ""],
  ["They trust us and we trust them, broadly speaking.", ""],
  [
    "I don't think we're seen as the police here. People seem to understand what we're for and why.",
    "",
  ],
  [
    "ACTION: Head of Information Security to circulate revised guidance to all heads of department by 30 June.",
    "",
  ],
  [
    "Day to day it's patching, vulnerability scans, some awareness work and a lot of firewall change requests.",
    "",
  ],
  ["The Director of Nursing chairs our steering group and is properly engaged with it.", ""],
  [
    "Best experience this year: a porter spotted someone tailgating into the server corridor and challenged them, politely and firmly. Textbook.",
    "",
  ],
  ["New starter sessions are run jointly with HR and feedback has been consistently positive.", ""],
  [
    "Academic colleagues have heavy workloads and, in fairness, they do make time for us when we ask.",
    "",
  ],
  ["All staff-facing communications are reviewed for plain English before they go out.", ""],
  ["I've no complaints about the housing repairs team whatsoever, they're sound.", ""],
  ["Governors asked for an update on the insider-risk programme at the next meeting.", ""],
  ["Functional and professional, which is what it ought to be.", ""],
  [
    "Nobody is disciplined for reporting their own mistake, and we repeat that at every session.",
    "",
  ],
  [
    "It is pleasing to report a marked rise in the number of self-reported incidents, which we regard as a sign of trust.",
    "",
  ],
  [
    "Not a problem at all with the GP trainees; they pick things up fast and ask good questions.",
    "",
  ],
  [
    "We see ourselves as enablers, and I believe most departments would agree with that description.",
    "",
  ],
  ["PhD students are consulted annually on research data storage requirements.", ""],
  [
    "Our neighbourhood officers are out on the estates all day, so we go to them rather than expecting them to come to us.",
    "",
  ],
  [
    "Would they call us helpful? I'd like to think so, and the pulse survey suggests they would.",
    "",
  ],
  ["Information security is a standing item on the Executive Management Team agenda.", ""],
  ["The librarians are among our strongest allies, to be honest.", ""],
  ["Any difficulties with the pharmacy team were resolved amicably at the time.", ""],
  [
    "Computer Science offered a couple of postgrads to help with the internal pen test, which was kind of them.",
    "",
  ],
  [
    "Clear, patient, never condescending, that was how one ward clerk described the analyst who helped her.",
    "",
  ],
  [
    "There was some initial grumbling about the badge readers, but honestly the frontline staff have been brilliant since.",
    "",
  ],
  [
    "Senior management have backed the awareness programme with real money this year, which is unusual and very welcome.",
    "",
  ],
  [
    "The service desk and the security team share an office, which makes hand-offs straightforward.",
    "",
  ],
  ["Feedback from the Students' Union on the revised monitoring statement was positive.", ""],
  ["The risk register entry for phishing was downgraded from red to amber.", ""],
  ["Lecturers ask sensible questions at briefings. I rather enjoy them.", ""],
  [
    "I wouldn't say there's any 'us and them' at this hospital. We eat in the same canteen and people just come and ask.",
    "",
  ],
];

export const VOICES_GN: readonly RawExample[] = [...FIRST_PART, ...VOICES_GN_2, ...VOICES_GN_3];
