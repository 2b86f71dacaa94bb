import type { RawExample } from "./types.js";

/** Security and IT staff, and the managers above them, on employees and on their own position: survey answers and interview quotes. Written fresh for Rapport (brief DC). */
export const VOICES_DC_3: readonly RawExample[] = [
  ["I'd never blame a user for that phishing click. The email was very convincing.", ""],
  ["Five stars from finance. Printed it.", ""],
  [
    "The compliance team writes the rules and we just have to enforce them, whether they make sense or not.",
    "power",
  ],
  [
    "Department heads sign off their own software purchases, so we learn about new systems when they break.",
    "power conflict",
  ],
  [
    "I still feel awkward walking onto the sales floor after the phishing test results came out.",
    "feel",
  ],
  [
    "Whether a risk gets fixed depends on which director is shouting loudest, not on what we recommend.",
    "power",
  ],
  [
    "We've never had a proper conversation with the shop managers; everything goes through head office.",
    "distance",
  ],
  [
    "Our training videos are full of terms like 'lateral movement' and 'exfiltration'; I can see people's eyes glaze over.",
    "comm",
  ],
  ["The branches run themselves. We hear from them maybe twice a year.", "distance"],
  ["Angry? No, I'm not angry at users. Puzzled sometimes.", ""],
  [
    "The research grant required a specific cloud service that we hadn't approved, and it became a three-month stand-off.",
    "conflict",
  ],
  [
    "I explained the new policy at the branch meeting and got two sensible questions. Good day.",
    "",
  ],
  [
    "The message that went out about the breach was so vague that people assumed the worst.",
    "comm",
  ],
  ["I'm tired of shouting into the void. Nobody responds to anything we send.", "feel distance"],
  [
    "The engineers think we're slowing them down deliberately, and there's a real edge to the sprint reviews now.",
    "conflict feel",
  ],
  ["People only know us as the voice on the other end when the printer jams.", "distance"],
  [
    "The hospital trust made us roll out the new login system in three weeks, and the wards have been fighting it ever since. Nurses tap in and out forty times a shift, the readers fail when they're wearing gloves, and every complaint lands on my team, who had no say in the timeline.",
    "conflict power",
  ],
  [
    "The quarterly access review is a nightmare. Managers resent it, they tick 'approve' on every line without reading, and we chase them for weeks while the auditors chase us. Nobody on either side thinks it's working, and yet here we are again every March.",
    "conflict feel",
  ],
  ["We hold a short retro after each incident and invite the people affected.", ""],
  ["Users are, frankly, exhausting.", "feel blame:emp"],
  [
    "The previous IT manager set everything up with the same admin password, and we're still cleaning up after him.",
    "blame:sec",
  ],
  ["The midwives taught us more about shared workstations than any consultant.", ""],
  [
    "A nurse on the night ward flagged a suspicious USB stick to us last month, and we made a point of thanking her publicly.",
    "",
  ],
  ["Nobody calls us anymore; they just google the fix or ask whoever sits nearest.", "distance"],
  ["The relationship isn't perfect, but it's honest.", ""],
  [
    "I'm wary of raising anything with the clinical directors; one bad meeting and you're done.",
    "feel power",
  ],
  ["The new starter pack has a one-page guide with photos of everyone on the service desk.", ""],
  ["Whatever people say about IT, they turned up when it mattered.", ""],
  [
    "I was the one who approved the vendor, and when their portal leaked our data I felt sick about it.",
    "blame:self",
  ],
  ["We keep a list of all the times a user caught something we missed. It's long.", ""],
  [
    "Truthfully, I've started to find users a bit tiresome, and I don't like that about myself.",
    "feel blame:emp",
  ],
  [
    "I read back some of our old announcements and they are cold, legalistic, and a bit smug.",
    "comm blame:self",
  ],
  [
    "There's a fear among the older staff of breaking something, and I think it stops them calling us.",
    "feel distance",
  ],
  ["Most of our incidents come down to people being in a hurry and clicking first.", "blame:emp"],
  [
    "If there's a weak link here, it's the people who reuse their work password everywhere.",
    "blame:emp",
  ],
  ["Our users taught us a lot about what actually works.", ""],
  [
    "Reported incidents went up last year, but that's because people are reporting more, which is what we wanted.",
    "",
  ],
  [
    "The words we use, 'tenant', 'endpoint', 'posture', mean nothing to the people we're talking to.",
    "comm",
  ],
  ["I'll be honest, I get nervous when a senior person calls me directly.", "feel power"],
  ["Our previous penetration testers missed something a teenager found in a weekend.", "blame:sec"],
  ["Small team, good people on both sides.", ""],
  [
    "I get genuinely tired of explaining, for the fortieth time, that 'Password1!' is not a strong password.",
    "feel blame:emp",
  ],
  ["The agency staff surprised me; they were the first to report the fake CEO email.", ""],
  [
    "Engineers roll their eyes when we walk into the stand-up, and I can't say I blame them given what we've made them do.",
    "conflict feel blame:self",
  ],
  [
    "Once a quarter I walk round every floor with a notebook and ask people what's annoying them about IT. Half of it is small stuff like a sticky keyboard, but now and then someone describes a workaround that would have become an incident. It's the most useful thing I do.",
    "",
  ],
  [
    "Staff don't care where their files go as long as they can open them on the train.",
    "distance blame:emp",
  ],
  ["It's demoralising when someone you helped on Monday bad-mouths the team on Friday.", "feel"],
  [
    "The moment we relaxed the attachment filter, someone in procurement opened a zip file from a stranger.",
    "blame:emp",
  ],
  [
    "I don't think most people here could name a single security rule, and they don't think they need to.",
    "distance blame:emp",
  ],
  ["Nobody's perfect; we get things wrong and so do they, and mostly we sort it out.", ""],
  [
    "Our team has no seat at the table when projects are planned; we're called in to sign them off.",
    "power",
  ],
  ["Our new helpdesk lead used to work in the branches. She gets it.", ""],
  [
    "People send us tickets that just say 'it doesn't work', we reply asking what 'it' is, and three days later they're furious.",
    "conflict comm feel",
  ],
  [
    "The finance director now forwards suspicious emails to us before opening them, which is a big change from two years ago, when she told me at a leaving do that security was a tax on getting anything done. The fake invoice that nearly got through changed her mind.",
    "",
  ],
  ["Honestly, I couldn't put a face to the majority of accounts I manage.", "distance"],
  ["I'm not worried about how staff see us; I'm worried about unpatched routers.", ""],
  [
    "The classic problem: someone sets up a rule to forward everything to their personal account and forgets it exists.",
    "blame:emp",
  ],
  [
    "The school office staff are careful with pupil data; they're better than some banks I've worked at.",
    "",
  ],
  ["We only ever talk to the marketing team when they've broken something.", "comm"],
  [
    "If people stopped emailing spreadsheets to their personal Gmail, I'd have half the incidents I do now.",
    "blame:emp conflict",
  ],
  [
    "We keep asking the architects to stop storing drawings on USB sticks and they keep explaining that clients demand it.",
    "conflict",
  ],
  [
    "The all-caps 'URGENT' emails we send about patches have people panicking over nothing.",
    "comm feel",
  ],
  ["Most of my day is patching, and I'm happy it's invisible.", ""],
  [
    "The recruiters were so cross about the blocked LinkedIn messaging that they took it to the managing director.",
    "conflict feel",
  ],
  ["Our only channel to staff is an email signed 'InfoSec', no names.", "comm distance"],
  ["I'm fairly sure most employees think IT and security are the same three people.", "distance"],
  [
    "Yes, we're strict about USB sticks, and the lab staff get why: they handle patient samples.",
    "",
  ],
  ["Nobody comes to our lunchtime sessions. We've stopped running them.", "distance"],
  ["Half our incidents come from people approving MFA prompts they didn't trigger.", "blame:emp"],
  ["People are told 'it's policy' and nothing more; I wouldn't accept that either.", "comm"],
  [
    "We stopped visiting the depots after the budget cuts, and I think we lost them then.",
    "blame:self distance",
  ],
  ["We rushed the MFA rollout and skipped the pilot; that's why it went so badly.", "blame:self"],
  ["We've never been on the radar of the production teams. They fix their own kit.", "distance"],
  [
    "The developers in our own IT department are worse than any user for leaving secrets in code.",
    "blame:sec",
  ],
  ["There was tension when we rolled out the clean desk rule, but it settled within a month.", ""],
  [
    "It rankles that the board listens to an outside consultant saying the exact thing I said last year.",
    "power feel",
  ],
  ["The audit found some gaps, and the staff helped us close them faster than I expected.", ""],
  [
    "The helpdesk contractor keeps reopening old vulnerabilities by reimaging machines from an ancient template.",
    "blame:sec",
  ],
  [
    "Infrastructure pushed a Windows update that broke the label printers in every branch, and the shop managers were rightly annoyed.",
    "conflict feel blame:sec",
  ],
  [
    "The warehouse lads are great; they rang straight away when a stranger tried the loading door.",
    "",
  ],
  ["Some departments have never invited us to a single team meeting.", "distance"],
  ["I over-engineered the access request form, and it's why people hate it.", "blame:self feel"],
  [
    "There's no relationship to speak of; we're a service and they're customers, and we rarely meet.",
    "distance",
  ],
  [
    "People turn off their VPN the minute it's inconvenient, and then wonder why the auditors flag them.",
    "blame:emp conflict",
  ],
];
