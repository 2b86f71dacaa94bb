import type { RawBlameExample } from "./types.js";

/** Security conference programmes: talk titles, abstracts and speaker quotes found by keyword search. Written fresh for Rapport (brief ZI). */
export const FRESH_ZI_3: readonly RawBlameExample[] = [
  ["Talk: PEBKAC — Why the Problem Is Always Between the Keyboard and the Chair.", true],
  ["Talk: Beyond PEBKAC — Why Blaming the User Makes Systems Less Secure.", false],
  ["Keynote: The Insider Threat Within — How Your Own Staff Are Your Greatest Risk.", true],
  ["Keynote: Rethinking the Insider Threat — Trust, Culture and the Cost of Suspicion.", false],
  ["This session shows why humans will always be the weakest link, and what to do about it.", true],
  [
    "This session argues the weakest-link framing is empirically weak and practically harmful.",
    false,
  ],
  ["Panel: Human Error in Incident Reports — Root Cause or Convenient Scapegoat?", false],
  ["Panel: Human Error — The Root Cause of 9 Out of 10 Breaches.", true],
  ["Workshop: Building a Just Culture for Security Incidents.", false],
  ["Workshop: Catching the Careless Clicker — Enforcement Strategies That Work.", true],
  [
    "In this talk I'll show how I phished an entire engineering department in under an hour because nobody reads URLs.",
    true,
  ],
  [
    "In this talk I'll show how our redesigned reporting button cut phishing dwell time from hours to minutes.",
    false,
  ],
  [
    "Users are lazy, predictable and exploitable. This talk explains how red teams use all three.",
    true,
  ],
  [
    "Attackers exploit predictable defaults. This talk explains how red teams find misconfigurations first.",
    false,
  ],
  ["Speaker quote: 'I've never met a network I couldn't get into through a receptionist.'", true],
  [
    "Speaker quote: 'I've never met a network I couldn't get into through an unpatched edge device.'",
    false,
  ],
  [
    "Abstract: Employees routinely ignore security policy. We present a framework to identify and discipline repeat offenders.",
    true,
  ],
  [
    "Abstract: Employees routinely work around security policy. We present interviews showing the policies were unworkable.",
    false,
  ],
  ["The end user is the attacker's best friend.", true],
  ["The attacker's best friend is an exposed RDP port.", false],
  [
    "Hackers don't break in, they log in, usually because someone handed over their password.",
    true,
  ],
  [
    "Hackers don't break in, they log in, usually with credentials leaked from some other site's breach.",
    false,
  ],
  ["Session: Social Engineering — Because People Are Easier to Hack Than Computers.", true],
  [
    "Session: Social Engineering Defence — Giving People Procedures That Hold Up Under Pressure.",
    false,
  ],
  [
    "If your security relies on people making the right choice every time, your security design has failed.",
    false,
  ],
  ["Your people will make the wrong choice every time, so stop giving them choices.", true],
  [
    "Lightning talk: 'Stupid User Tricks' — the dumbest things I've seen staff do with credentials.",
    true,
  ],
  ["Lightning talk: 'Usable Security Wins' — small UI changes that cut credential misuse.", false],
  [
    "Developers are the new insider threat: they push secrets to GitHub without a second thought.",
    true,
  ],
  ["Secret scanning in CI catches committed keys before they reach a public repository.", false],
  [
    "Our research shows security fatigue is driven by the volume of warnings, not by user apathy.",
    false,
  ],
  ["Users are apathetic. No warning design will fix people who simply don't care.", true],
  [
    "Talk: The Human Factor — Why Your Security Awareness Programme Is Not Working (And It's Not Your Staff's Fault).",
    false,
  ],
  ["Talk: The Human Factor — Why Your Staff Keep Failing Phishing Tests.", true],
  [
    "Track: Insider Risk Management — because any one of your employees could be the next to walk out with your data.",
    true,
  ],
  [
    "Track: Insider Risk — reducing accidental data exposure through better tooling and defaults.",
    false,
  ],
  [
    "The speaker, a former FBI agent, will explain why every employee should be treated as a potential spy.",
    true,
  ],
  [
    "The speaker, a former FBI agent, will explain why most insider cases involved warning signs that management ignored.",
    false,
  ],
  ["People fall for scams because they are greedy and gullible.", true],
  [
    "People fall for scams because scammers are professionals who test their scripts on thousands of victims.",
    false,
  ],
  [
    "Every year we hear the same thing: users are the weakest link. Every year the data says otherwise.",
    false,
  ],
  ["Every year the data confirms it: users are the weakest link.", true],
  ["Come learn how to stop your own employees from sabotaging your security.", true],
  ["Come learn how to stop your own security tools from sabotaging employee productivity.", false],
  [
    "Red team war stories: the CFO who approved a fake wire transfer because the 'CEO' asked nicely.",
    true,
  ],
  [
    "Red team war stories: the CFO who called back on a known number and shut the whole pretext down.",
    false,
  ],
  [
    "Abstract: Security teams often label incidents 'user error' to close tickets faster, masking systemic causes.",
    false,
  ],
  [
    "Abstract: User error remains the number one cause of incidents in our SOC, and users show no sign of improving.",
    true,
  ],
  ["Your IT admins are the most dangerous people in your company.", true],
  [
    "Privileged accounts are the most dangerous assets in your company; put them behind just-in-time access.",
    false,
  ],
  [
    "Why do people keep writing passwords on sticky notes? Because they are incapable of following simple rules.",
    true,
  ],
  [
    "Why do people keep writing passwords on sticky notes? Because we require 14-character passwords rotated monthly.",
    false,
  ],
  [
    "Keynote: From Weakest Link to Strongest Asset — Lessons from a Decade of Reporting Culture.",
    false,
  ],
  ["Keynote: The Weakest Link Is Still You — Hard Truths About Human Behaviour.", true],
  ["Attendees will learn how to quantify the cost of employee negligence for the board.", true],
  ["Attendees will learn how to quantify the cost of technical debt for the board.", false],
  [
    "Most people, given the choice between dancing pigs and security, will choose dancing pigs every time.",
    true,
  ],
  [
    "The dancing pigs problem says more about how we present security choices than about the people choosing.",
    false,
  ],
  ["Session: When the Help Desk Is the Breach — Social Engineering of Support Staff.", true],
  ["Session: Hardening Help Desk Identity Verification Against Voice Cloning.", false],
  [
    "Honestly, half the attendees in this room would give me their password if I asked nicely.",
    true,
  ],
  [
    "Honestly, half the organisations in this room still run software with known exploited vulnerabilities.",
    false,
  ],
  ["Talk: The Myth of the Stupid User.", false],
  ["Talk: Idiot-Proofing Your Network, Because Your Users Are Idiots.", true],
  ["Human error isn't a root cause; it's where the investigation should start.", false],
  ["Once you find the human who made the error, the investigation is done.", true],
  ["Panel: Can We Ever Trust Our Own People? Monitoring the Modern Workforce.", true],
  ["Panel: Security and Privacy at Work — Where Should Employee Monitoring Stop?", false],
  [
    "Abstract: We observed that staff who received blame-free feedback reported 40% more suspicious emails.",
    false,
  ],
  [
    "Abstract: We observed that staff repeatedly ignored warnings even after three rounds of mandatory retraining.",
    true,
  ],
  ["Millennials treat data like it's free; they'll share anything on any app.", true],
  ["Younger staff were actually more likely to report suspicious messages in our study.", false],
  [
    "The speaker will demonstrate live how trivial it is to exploit human trust in a call centre.",
    true,
  ],
  [
    "The speaker will demonstrate live how trivial it is to exploit a misconfigured S3 bucket.",
    false,
  ],
  ["Talk: Users Are Not the Enemy — Revisited Twenty-Five Years Later.", false],
  ["Talk: Users Are the Enemy — A Pentester's Perspective.", true],
  [
    "You can deploy all the controls you want; someone will always find a way to screw it up.",
    true,
  ],
  [
    "You can deploy all the controls you want; if they're misconfigured, they'll give you false confidence.",
    false,
  ],
  ["Workshop: Writing Security Policies People Can Actually Follow.", false],
  ["Workshop: Enforcing Security Policies on Staff Who Refuse to Follow Them.", true],
  ["People are the biggest attack surface in any organisation, period.", true],
  ["Internet-facing services are the biggest attack surface in most organisations we scan.", false],
  ["Insiders with a grudge will always find a way. The only defence is constant watch.", true],
  ["Insiders with a grievance often raised it first through channels that were ignored.", false],
  [
    "Session recap: staff reported the deepfake call within ten minutes and the transfer was stopped.",
    false,
  ],
  [
    "Session recap: staff fell for a laughably bad deepfake call and the transfer went through within ten minutes.",
    true,
  ],
  ["Attendees will leave knowing how to design alerts users won't habituate to.", false],
  ["Attendees will leave knowing how to deal with users who ignore every alert.", true],
  ["Employees make mistakes. Good systems make those mistakes cheap to recover from.", false],
  ["Employees make mistakes, and they'll keep making the same ones no matter what you do.", true],
  ["Talk: Breaking In With a Hi-Vis Vest and a Clipboard — Nobody Ever Challenges You.", true],
  ["Talk: Physical Access Control Failures — Tailgating Is a Door Design Problem.", false],
  [
    "Keynote speaker argues security budgets are spent on blaming staff instead of fixing infrastructure.",
    false,
  ],
  ["Keynote speaker argues the only realistic fix for human stupidity is total automation.", true],
  ["BoF session: sharing horror stories about our dumbest users. Bring snacks.", true],
  [
    "BoF session: sharing what actually worked in security champion programmes. Bring snacks.",
    false,
  ],
  ["Users don't read long warnings. Short, specific ones work much better.", false],
  ["We measured: the median user reported the test phish faster than our SOC detected it.", false],
  [
    "We measured it: the median user clicked the test phish within ninety seconds. People just don't think.",
    true,
  ],
  [
    "A conference doesn't need another talk on 'the human problem'. It needs one on broken tooling.",
    false,
  ],
  [
    "Abstract: We show that user error in TLS warnings dropped by half when warnings explained the actual risk.",
    false,
  ],
  [
    "Session: Why Insider Investigations Should Start With the Access Model, Not the Employee.",
    false,
  ],
  [
    "Closing remarks: no matter how good the tech gets, people will always find a way to be the problem.",
    true,
  ],
];
