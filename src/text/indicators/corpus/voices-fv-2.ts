import type { RawExample } from "./types.js";

/** Part 2 of batch FV (see voices-fv.ts). */
export const VOICES_FV_2: readonly RawExample[] = [
  [
    "Our contractor onboarding includes a 20-minute chat with security. People say it's the most useful bit of the day.",
    "",
  ],
  [
    "They'd probably describe us as curious - we ask a lot of questions and they seem to enjoy answering.",
    "",
  ],
  ["Zero complaints. Quick, friendly, and they speak our language.", ""],
  [
    "Every time we need a new tool for a client project, security says no first and asks questions later.",
    "conflict",
  ],
  [
    "We constantly have different ideas of what 'urgent' means. For them it's a vulnerability, for us it's a client deadline.",
    "conflict",
  ],
  [
    "Trying to reach anyone from security on a Friday afternoon is basically impossible.",
    "conflict",
  ],
  [
    "The encryption rules slow down every file transfer to our suppliers, and we argue about it at every quarterly review.",
    "conflict",
  ],
  [
    "They expected us to do the training in our own time; we expected it to be in work hours. That turned into a three-month dispute.",
    "conflict",
  ],
  [
    "Developers want to ship, we want to test. That tension shows up in pretty much every release meeting.",
    "conflict",
  ],
  [
    "The policy says one thing, the security team tells us another, and my manager says a third.",
    "conflict",
  ],
  [
    "Not a problem at all with the people themselves, but the rules make my job twice as hard.",
    "conflict",
  ],
  [
    "I suppose they're a bit hard to get hold of sometimes, though it's not a huge deal.",
    "conflict",
  ],
  [
    "Misunderstandings happen a lot - we asked for read access and they gave the whole team admin, then blamed us for asking wrong.",
    "conflict blame:emp",
  ],
  ["The only time we hear from them is when something has gone wrong.", "comm"],
  ["Their emails are full of TLS, EDR, SIEM... I just skim and hope it isn't important.", "comm"],
  [
    "It's all tickets and automated notices. I've never actually spoken to one of them in person.",
    "comm",
  ],
  [
    "When I asked why my account was locked I got three paragraphs about Kerberos. I still don't know why it was locked.",
    "comm",
  ],
  ["They explain things as if we were five years old.", "comm"],
  ["I'll admit we only contact employees after an incident or a failed phishing test.", "comm"],
  [
    "Our CISO talks to the board in risk language and to staff in compliance language. Nobody speaks human.",
    "comm",
  ],
  ["They're never rude, but they only get in touch when something's broken.", "comm"],
  ["Understandable? Not really. It's IT speak from start to finish.", "comm"],
  ["I'm honestly worried that if I report my mistake it will end up in my personnel file.", "feel"],
  ["I was really disappointed. I'd flagged the issue months ago and nothing came of it.", "feel"],
  [
    "I get a knot in my stomach every time a message from the security team lands in my inbox.",
    "feel",
  ],
  ["Some days I feel like nobody out there cares whether we succeed or not.", "feel"],
  ["I was nervous for weeks before the audit, even though it went fine in the end.", "feel"],
  ["It's discouraging when our awareness campaign gets a 4% open rate.", "feel"],
  ["My team are afraid to own up to mistakes since the way the last incident was handled.", "feel"],
  ["I'm tired of being the bad guy. It wears you down after a while.", "feel"],
  ["Whatever they decide, we just implement. There's no discussion.", "power"],
  [
    "The security office is a black box: decisions come out, nobody knows how they're made.",
    "power",
  ],
  ["We're basically their servants - reset this, approve that, fix it now.", "power"],
  [
    "Every spreadsheet I send outside gets reviewed by them first, and I have no say in it.",
    "power",
  ],
  ["They can switch off anyone's access with one click, and they know it.", "power"],
  [
    "The business pays our salaries, so in the end we do what the business wants, even when it's insecure.",
    "power",
  ],
  [
    "Security is an invisible force in this company - you only notice it when something gets taken away from you.",
    "power",
  ],
  [
    "From a management seat, IT is a black hole: money goes in and we never learn what comes out or why.",
    "power",
  ],
  ["I haven't spoken to anyone from security since my induction two years ago.", "distance"],
  [
    "If my laptop acts up I just fix it myself or ask a colleague. Easier than getting them involved.",
    "distance",
  ],
  [
    "We've got no regular meeting with the business units. They come to us if they need something.",
    "distance",
  ],
  ["Honestly I couldn't name a single person in the security team.", "distance"],
  [
    "Our plant runs its own little network and the central security people stay out of it.",
    "distance",
  ],
  [
    "I avoid the third floor where they sit. Not because they're bad, I just don't want to get pulled into anything.",
    "distance",
  ],
  [
    "I'd like my people to have a named contact in security. Right now they just steer clear of the whole thing.",
    "distance",
  ],
  [
    "nobody from security has set foot in our regional office in years and it shows, people just do their own thing",
    "distance",
  ],
  [
    "At the end of the day, most breaches come down to someone clicking something they shouldn't have.",
    "blame:emp",
  ],
  ["The IT department is useless; half the time they make things worse.", "blame:sec"],
  ["It's probably my own fault - I'm terrible with passwords.", "blame:self"],
  ["If employees simply followed the rules we wouldn't need half our budget.", "blame:emp"],
  [
    "You can buy every firewall on the market and your staff will still hand over the keys.",
    "blame:emp",
  ],
  [
    "I'm the trouble, really. I keep forgetting to lock my screen and they keep catching me.",
    "blame:self",
  ],
  [
    "Humans remain the number one cause of data breaches, and no awareness programme will change that.",
    "blame:emp",
  ],
  ["Insider negligence: your own employees are a bigger threat than any hacker.", "blame:emp"],
  ["Honestly the security department causes more outages than the attackers do.", "blame:sec"],
  [
    "Whatever goes wrong around here, it's IT's fault - even when it was the supplier.",
    "blame:sec",
  ],
  ["Probably I'm part of the problem, I never read the policy updates.", "blame:self"],
  [
    "We in security have to own this one: our tooling made the right behaviour painful.",
    "blame:self",
  ],
  ["My fault entirely, I clicked the link. They were decent about it.", "blame:self"],
  [
    "If your users keep failing, look at your own controls first - nine times out of ten the problem is us.",
    "blame:self",
  ],
];
