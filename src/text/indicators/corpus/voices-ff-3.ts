import type { RawExample } from "./types.js";

/** Part 3 of batch FF (see voices-ff.ts). */
export const VOICES_FF_3: readonly RawExample[] = [
  [
    "We sent a scary all-staff email about ransomware and got forty panicked calls. That one was on us.",
    "comm feel blame:self",
  ],
  [
    "I'd say the relationship with the trading desk is the best it's been in years. They invite us to their morning huddle now.",
    "",
  ],
  ["I honestly feel like the business just tolerates us.", "feel"],
  [
    "Half my job is translating CVSS scores into 'should I worry?' for managers. I actually enjoy it.",
    "",
  ],
  ["Staff ignore our warnings because we cried wolf for years.", "blame:self distance"],
  ["The old team used to shame clickers in a league table. We scrapped that on day one.", ""],
  [
    "We caught the insider because a colleague of his felt comfortable coming to us. That trust took years.",
    "",
  ],
  ["I'm not the boss of anybody's inbox. I'm a service.", ""],
  [
    "The board hears 'cyber' and glazes over; I've tried pictures, stories, numbers, and nothing lands.",
    "distance",
  ],
  ["I've lost sleep over being the one blamed for a breach I flagged a year ago.", "feel power"],
  [
    "Some days I think the only people who read our policy are the auditors. Everyone else signs it unread.",
    "distance",
  ],
  [
    "We now ask every team what slows them down before we write a control. It's slower up front and much faster later.",
    "",
  ],
  [
    "Ninety percent of our alerts are someone just doing their job in a slightly weird way. Investigate kindly.",
    "",
  ],
  ["Cheeky answer: the biggest threat to a company is its own staff.", "blame:emp"],
  ["Our team's mood has been rough since the restructure; we feel invisible.", "feel distance"],
  ["Good security people are basically translators.", ""],
  [
    "I got into security to protect people, not to police them. If I ever start policing, I'll quit.",
    "",
  ],
  [
    "The phishing test with the fake bonus email was the worst idea we ever had. Staff felt tricked.",
    "blame:self feel",
  ],
  [
    "One 250-person manufacturer we look after hasn't seen an IT person on the plant floor in a year. The staff there sort out their own kit.",
    "distance",
  ],
  [
    "Human factors is its own discipline, and most of us in security never studied it. We design for the user we imagine, not the one we have.",
    "blame:self",
  ],
  [
    "I'll admit I sometimes enjoy catching someone out on a phish test. That's not great.",
    "blame:self power",
  ],
  ["Our support engineers explain things without making anyone feel small.", ""],
  [
    "Initial access: credential phishing email opened by an employee in accounts payable. Credentials entered on a lookalike portal at 09:14.",
    "",
  ],
  ["Root cause: the user ignored three separate warning banners.", "blame:emp"],
  [
    "Contributing factor: MFA exemption granted to the sales director by the COO, against security advice.",
    "power",
  ],
  ["Our on-call analyst did not escalate in time because our runbook was unclear.", "blame:self"],
  [
    "Staff member reported the suspicious login within ten minutes, limiting impact. Good instinct, quick action.",
    "",
  ],
  [
    "Lessons learned: we did not tell the night shift about the password change.",
    "blame:self comm",
  ],
  [
    "The employee involved cooperated fully and is not considered at fault. They followed the process they were given.",
    "",
  ],
  ["Timeline shows the helpdesk reset the password without verifying the caller.", "blame:sec"],
  ["Again, a careless user. Recommend disciplinary action.", "blame:emp power"],
  ["Business owner declined the recommended segmentation in Q2 on cost grounds.", "power"],
  ["Note: the user was in the fourteenth hour of a double shift. Fatigue was a factor.", ""],
  ["Security was not consulted on the vendor onboarding.", "distance"],
  [
    "Detection delayed 6 hours; the SOC alert was auto-closed by a tuning rule we wrote.",
    "blame:self",
  ],
  [
    "Employees in the affected team were briefed in person the following morning. Questions were answered on the spot.",
    "",
  ],
  ["No evidence of malicious insider activity was found.", ""],
  [
    "Finding: branch staff did not know who to call in IT, so they rebooted the server themselves.",
    "distance",
  ],
  ["Recommendation: stop sending incident notices as PDF attachments that nobody opens.", "comm"],
  ["Once more the procedure was not followed by the operator.", "blame:emp"],
  ["Impact: 3 mailboxes accessed, no data exfiltration confirmed.", ""],
  [
    "Our first alert to staff used technical language and caused confusion; several people replied to the attacker's address.",
    "comm blame:self",
  ],
  ["Contractor kept admin access for 8 months after leaving. Offboarding gap, ours.", "blame:self"],
  [
    "Morale in finance is low since the incident; several staff say they feel watched.",
    "feel power",
  ],
  ["Nobody in management answered the 02:00 escalation page.", "distance"],
  ["Action: HR and security to hold a joint Q&A with the claims team. Date to be confirmed.", ""],
  ["User clicked. User entered creds. User approved push. User.", "blame:emp"],
  ["The clinic manager was extremely helpful in reconstructing the timeline.", ""],
  [
    "The lure was convincing; we would not expect staff to spot it. The sender domain differed by one letter.",
    "",
  ],
  [
    "First draft attributed root cause to 'human error'; revised after review to 'missing approval control'.",
    "",
  ],
  [
    "The team lead argued that the control blocked month-end processing, and switched it off.",
    "conflict",
  ],
  [
    "Several employees said they had reported similar emails before and never heard back.",
    "comm distance",
  ],
  ["Reviewer note: section 4 reads as blaming the receptionist, please rewrite.", ""],
  ["The developer pushed the key to a public repo despite two prior trainings.", "blame:emp"],
  ["Our escalation path depended on one person, who was on leave.", "blame:self"],
  [
    "Staff were afraid to report the lost laptop because of last year's disciplinary case.",
    "feel power",
  ],
  [
    "Post-incident survey: 70% of affected staff rated the IT response clear and helpful. Two respondents asked for more notice next time.",
    "",
  ],
  ["Exception raised by security twice and overruled by the programme board both times.", "power"],
  [
    "Operational impact: warehouse scanners offline 3 hours while the segment was isolated. Manual logging was used as a fallback.",
    "",
  ],
  [
    "Observation: security learned about the new site only when its firewall started alarming.",
    "distance",
  ],
  ["Patient-facing staff handled the downtime procedures well.", ""],
  [
    "Shared passwords in the kitchen once again. Site management refuses to enforce anything.",
    "blame:emp power",
  ],
  [
    "Account owner was notified by phone and walked through the reset. No further access detected.",
    "",
  ],
  [
    "We locked out 40 users without notice during containment, which caused understandable anger.",
    "blame:self feel comm",
  ],
  ["Access review completed; 12 stale accounts removed.", ""],
  ["Summary: a new starter in sales, two days in and untrained, fell for a standard lure.", ""],
  [
    "I'd describe my style as approachable; I spend a lot of time on the floor with people. Most problems are easier to solve standing next to someone.",
    "",
  ],
  ["My weakness? I get impatient with people who keep making the same mistake.", "feel blame:emp"],
  [
    "In my last role I cut phishing clicks by running short sessions inside each department. Fifteen minutes, their examples, their inboxes.",
    "",
  ],
  ["Honestly, I think users are the biggest vulnerability in any organisation.", "blame:emp"],
  [
    "A time I disagreed with management? They rejected my MFA proposal and I had to live with it.",
    "power",
  ],
  [
    "If a control stops people working, they'll route around it, and that's my fault, not theirs.",
    "blame:self conflict",
  ],
  ["I believe in explaining the why behind every rule.", ""],
  ["Where I am now, the security team is a bit cut off from the rest of the business.", "distance"],
  ["Biggest risk? Careless staff and unpatched laptops, in that order.", "blame:emp"],
  [
    "I handle pushback by listening first, then looking for a compromise. Most of the time the person pushing back has a point.",
    "",
  ],
  ["My current manager doesn't really get security, so I mostly work on my own.", "distance"],
  [
    "Conflict? Sales and I clashed over USB ports. We landed on encrypted drives and everyone's happy.",
    "",
  ],
  [
    "I'd want to meet every team lead in my first month. Names, faces, and what they actually do all day.",
    "",
  ],
  ["What frustrates me most is writing reports that nobody reads.", "feel distance"],
  ["I'm good at translating technical risk for non-technical people.", ""],
  ["I've been the 'no' guy in the past and I'm still working on it.", "blame:self conflict"],
  [
    "For a firm of 40 people, I think insider threat gets overhyped. Your real risk is probably a shared admin password.",
    "",
  ],
  [
    "I'd start by asking staff which security rules annoy them most. Then I'd fix the worst one first.",
    "",
  ],
];
