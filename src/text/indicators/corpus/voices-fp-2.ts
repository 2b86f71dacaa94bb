import type { RawExample } from "./types.js";

/** Part 2 of batch FP (see voices-fp.ts). */
export const VOICES_FP_2: readonly RawExample[] = [
  ["I work in the finance team at the council and we're all on laptops now.", ""],
  ["Probably my own fault for not reading the emails properly, they do send a lot.", "blame:self"],
  ["I completed the online GDPR module last month.", ""],
  [
    "There's definitely a 'them and us' feeling between the office staff and the IT department.",
    "conflict distance",
  ],
  [
    "Someone told me there used to be rows about the firewall years ago, but that was before my time and I've not seen anything like it.",
    "",
  ],
  [
    "The data protection officer sends out long circulars quoting legislation and section numbers and then tells us off for not following them. I've never actually met her, I wouldn't know her if she walked past my desk.",
    "comm distance",
  ],
  [
    "I've been told off twice for plugging my phone in to charge. Nobody has ever explained why it's a problem.",
    "comm power",
  ],
  [
    "I gave up asking the helpdesk for anything, my son sorts out my work laptop at weekends.",
    "distance",
  ],
  [
    "The IT lot at county hall are a faceless department, you send a form off and something happens eventually. Or it doesn't.",
    "distance power",
  ],
  ["Patient records are on the clinical system, which is hosted externally I think.", ""],
  [
    "They decide the rules somewhere up in head office and we just get told, nobody ever asks the receptionists how it works on the front desk.",
    "power",
  ],
  ["I think it's a sensible balance between security and getting on with the job.", ""],
  ["We keep paper files in a locked cabinet and the key stays with the office manager.", ""],
  [
    "The firewall blocks half the legal research sites we need, and getting an exception is like pulling teeth.",
    "conflict",
  ],
  ["I don't find them condescending at all, they're just busy.", ""],
  ["It's the IT department that causes most of our downtime, not hackers.", "blame:sec"],
  [
    "People in this office are far too trusting, they'd let a stranger in a hi-vis jacket walk straight into the server cupboard.",
    "blame:emp",
  ],
  ["Not a problem at all.", ""],
  [
    "When the system went down during school reports week we couldn't get hold of anyone for a whole day.",
    "conflict",
  ],
  [
    "A lot of people in the office are just careless, leaving their screens unlocked when they go for lunch.",
    "blame:emp",
  ],
  [
    "Its always the same, they send a long email nobody reads and then get cross with us when we dont follow it",
    "comm conflict",
  ],
  [
    "The security officer is very remote. I've only ever seen him on a Teams call with his camera off.",
    "distance",
  ],
  [
    "The IT contractor we pay for is frankly useless, half the problems we have are caused by their updates.",
    "blame:sec",
  ],
  ["It's quite worrying that they can see every website I visit on my work laptop.", "feel"],
  [
    "We rely completely on an outside IT company. When the clinical system froze on a Monday with a full waiting room I rang four times and got voicemail every time. In the end the practice manager restarted everything herself and I was close to tears by lunchtime.",
    "power conflict feel",
  ],
  [
    "Honestly I think I'm just too old for all this technology, it's not their fault.",
    "blame:self",
  ],
  ["Another email telling us we're all a risk. Thanks for the vote of confidence.", "comm feel"],
  [
    "They ran a drop-in session in the library where you could bring your own phone and get help setting up the authenticator app. Really nice touch.",
    "",
  ],
  ["They act like they own the network and we're just guests on it.", "power"],
  ["Security isn't something I think about much, it just works in the background.", ""],
  [
    "As a teacher I get why the rules exist, but when I'm in front of thirty Year 9s and the laptop wants a code from my phone, which I'm not allowed to have out in class, I look ridiculous and end up borrowing a colleague's login.",
    "conflict feel",
  ],
  ["I have admin rights on my own machine because I manage the website.", ""],
  ["The helpdesk are never rude, they're always patient with me.", ""],
  [
    "I've started saving files on a USB stick because the shared drive is so slow and locked down. I know I'm not supposed to.",
    "conflict",
  ],
  ["Fair play to them, the security emails have got a lot shorter and clearer this year.", ""],
  ["They're not arrogant in the slightest, quite the opposite.", ""],
  [
    "Sometimes I feel a bit stupid ringing the helpdesk, they explain things like I'm five years old.",
    "feel comm",
  ],
  ["We had a ransomware scare in 2021 but it was contained quickly.", ""],
  [
    "The admin staff here are honestly a liability with email, no matter how often it's explained to them.",
    "blame:emp",
  ],
  ["They treat the teaching staff like naughty pupils when it comes to passwords.", "power"],
  ["I'm comfortable reporting anything odd, they thank you for it.", ""],
  ["honestly i think they make up half the rules to justify there jobs", "blame:sec"],
  [
    "The way the IT manager speaks to reception staff is quite condescending, if I'm being honest.",
    "comm",
  ],
  [
    "We are totally dependent on one external contractor and if he's on holiday nothing gets fixed.",
    "power conflict",
  ],
  ["Meetings about security are once a term and they're fairly relaxed.", ""],
  ["The new password manager took a week to get used to but I like it now.", ""],
  ["We use encrypted email for anything sent to the court.", ""],
  ["The IT department's attitude is 'we know best', full stop.", "power"],
  ["Our IT lead is also the deputy head, so we see him every day.", ""],
  ["They never ask how we actually work before rolling out a new system.", "power"],
  [
    "I couldn't tell you the name of a single person in our IT support, they're just an email address to me.",
    "distance",
  ],
  [
    "The security team seem to think they're above the rest of us - they don't come to staff events and they don't answer emails from anyone below manager level.",
    "power distance",
  ],
  [
    "They lecture us at every inset day about cyber threats like we're schoolchildren, which is ironic given where we work.",
    "comm power",
  ],
  [
    "I'll admit I'm hopeless with this stuff, I've had my password reset three times this month.",
    "blame:self",
  ],
  [
    "We're not treated as adults. Everything is locked down and you need a grown-up from IT to unlock it.",
    "power",
  ],
  [
    "The helpdesk is impossible to reach after 3pm, and that's exactly when the surgery gets busy setting up for evening clinic.",
    "conflict",
  ],
  ["They came to our charity's away day and did a fun quiz on scams. Everyone enjoyed it.", ""],
  ["There's no point asking, you just get sent a link to a policy document.", "comm distance"],
  [
    "They changed the printer settings without telling anyone and we spent a morning unable to print prescriptions.",
    "comm conflict",
  ],
  [
    "To be honest I just don't bother reporting things anymore, nothing ever comes of it.",
    "distance",
  ],
];
