import type { RawExample } from "./types.js";

/** Part 2 of batch GC (see voices-gc.ts). */
export const VOICES_GC_2: readonly RawExample[] = [
  ["They worked out a shared-terminal login for the warehouse that actually fits shift work.", ""],
  [
    "They brought the encrypted USBs round to each bay themselves and showed people how to use them.",
    "",
  ],
  ["Our security officer does a little Q&A in the team huddle once a month.", ""],
  ["Relationship's good. Could always be better, but good.", ""],
  [
    "Finance lead credits security with catching a fake supplier bank-change request. 'Saved us forty grand.'",
    "",
  ],
  ["I wouldn't blame the users, and neither do they, which is refreshing.", ""],
  ["Not their fault, really. Their budget's been cut to the bone like everyone's.", ""],
  ["Says the security team 'never once' made her feel talked down to. Speaks warmly of them.", ""],
  [
    "Foreman complains any new kit for the workshop means 'three weeks of forms and back-and-forth' with security.",
    "conflict",
  ],
  [
    "They lock the USB ports and then my engineers can't load the CNC programs. We've been arguing about it for months.",
    "conflict",
  ],
  [
    "Says security block the courier portal every other week and dispatch grinds to a halt.",
    "conflict",
  ],
  [
    "They want us to lock the screen every time we step away. On a clinic front desk that's fifty times an hour.",
    "conflict",
  ],
  [
    "Says security can't be reached after four, which is exactly when the night shift starts.",
    "conflict",
  ],
  [
    "They think we're careless, we think they're in the way. That pretty much sums it up.",
    "conflict blame:emp blame:sec",
  ],
  ["Security is the department of no. That's how my team sees it.", "conflict blame:sec"],
  [
    "Finance manager: clashes every month-end because patches get scheduled while they close the books.",
    "conflict",
  ],
  [
    "HR manager describes a 'constant tug of war' over system access for temps and agency staff.",
    "conflict",
  ],
  ["Honestly they'd rather the business stopped than accept a single risk.", "conflict blame:sec"],
  ["Their idea of urgent and mine are on two different planets.", "conflict"],
  [
    "Ticket in on Monday, chased Wednesday, still nothing by Friday. Pharmacy fridge logger offline all week.",
    "conflict",
  ],
  [
    "Not every time, but often enough, the rules they write just don't fit how a warehouse works.",
    "conflict",
  ],
  [
    "They keep telling us to use the secure file transfer thing, but half our suppliers can't open it, so we're stuck in the middle.",
    "conflict",
  ],
  [
    "Misunderstandings, mostly. They say 'privileged account' and my lot hear 'posh login'.",
    "conflict comm",
  ],
  [
    "Foreman frustrated: engineers locked out of the diagnostic laptops twice this month after a policy push.",
    "conflict feel",
  ],
  [
    "Security sees our shared logins as a crime. We see them as the only way to run three shifts on two terminals.",
    "conflict",
  ],
  ["We get on personally. Professionally it's a daily tussle.", "conflict"],
  [
    "It's not that they're bad people. They just treat every request like it's an attack.",
    "conflict",
  ],
  ["There's a lot of 'computer says no' and nobody you can actually argue with.", "conflict power"],
  ["Waiting on security approval is where projects go to die.", "conflict blame:sec"],
  ["They'll fix it eventually. Eventually being the key word.", "conflict"],
  [
    "Clinic manager says security 'mean well', but the encryption rules mean the GPs can't open referral letters at home.",
    "conflict",
  ],
  [
    "They changed the leavers process without asking HR. We found out when a manager couldn't get into a dead account.",
    "conflict comm",
  ],
  ["The only time I hear from them is when one of my people has failed a phishing test.", "comm"],
  ["Says the security emails are 'all acronyms' and her receptionists delete them unread.", "comm"],
  [
    "Says IT never visit the warehouse; everything goes through the ticket system.",
    "comm distance",
  ],
  ["Has never met anyone from security in six years in the post.", "comm distance"],
  [
    "They talk to my team like they're kids. 'Now, what have we learned about attachments?'",
    "comm",
  ],
  ["It's all IT speak. I nod along and then ask my nephew what they meant.", "comm"],
  [
    "Contact is an automated alert saying 'your device is non-compliant'. That's the relationship.",
    "comm",
  ],
  ["They only turn up when something's broken or someone's in trouble.", "comm"],
  [
    "Practice manager says security updates arrive as long PDFs 'nobody in a clinic has time to read'.",
    "comm",
  ],
  [
    "Our security guy is nice enough but he can't explain anything without drawing the whole network.",
    "comm",
  ],
  [
    "I asked a simple question about email on my phone and got a lecture on zero trust architecture.",
    "comm",
  ],
  ["The tone is always 'you should have known better'.", "comm blame:emp"],
  ["They never say well done. You only hear from them when you get something wrong.", "comm"],
  ["It's a faceless mailbox. securityteam@ something or other.", "comm"],
  [
    "Asked how security come across. Pauses. 'Condescending. That's the word my supervisors use.'",
    "comm",
  ],
  ["They talk down to the cleaning staff especially, which I find really off.", "comm feel"],
  [
    "Finance manager calls the monthly 'risk bulletins' unreadable - 'written for other security people'.",
    "comm",
  ],
  [
    "They are never condescending, I'll give them that. But you only ever hear from them when it's bad news.",
    "comm",
  ],
  ["I wouldn't call it conflict. It's more that we don't speak the same language.", "comm"],
  ["The whole 'human firewall' poster campaign felt a bit patronising, if I'm honest.", "comm"],
  [
    "I end up translating security policies into plain English for my team because nobody else will.",
    "comm",
  ],
  ["They're good at their jobs. They're just not good at talking to normal people.", "comm"],
  [
    "The warehouse got told it's 'high risk'. Nobody explained what that means or why.",
    "comm blame:emp",
  ],
  [
    "My staff are frightened of them, honestly. Scared stiff of getting a 'you've been reported' email.",
    "feel",
  ],
  ["I'm worried that one day we'll get breached and all they'll say is 'told you so'.", "feel"],
  ["It's frustrating. We want to do the right thing and they make it so hard.", "conflict feel"],
  [
    "Disappointed, really. We were promised a named contact and it never happened.",
    "feel distance",
  ],
  ["Visibly annoyed talking about the laptop refresh: 'They just took them and left.'", "feel"],
];
