import type { RawExample } from "./types.js";

/** Employees on friction and on how security staff talk to them. Written for Rapport. */
export const EMPLOYEES_A: readonly RawExample[] = [
  [
    "Every time I need a new piece of software installed it takes three weeks and I miss my deadlines.",
    "conflict",
  ],
  [
    "The new password rules lock me out of the booking system twice a week. Customers wait while I reset it.",
    "conflict",
  ],
  [
    "Security blocks half the websites I need for research, so I end up using my own phone.",
    "conflict",
  ],
  [
    "They want us to encrypt every attachment but nobody showed us how, and clients cannot open the files.",
    "conflict comm",
  ],
  [
    "Honestly the security team feels like the department that stops things from happening.",
    "conflict",
  ],
  [
    "We keep clashing over USB sticks. Our engineers need them on site and IT just says no.",
    "conflict",
  ],
  [
    "Getting anything approved by security is a battle. You raise a ticket and it sits there for ages.",
    "conflict",
  ],
  [
    "IT's idea of how we work has nothing to do with how we actually work on the shop floor.",
    "conflict",
  ],
  [
    "They rolled out two-factor login in the middle of our busiest month without asking anyone.",
    "conflict power",
  ],
  ["The VPN drops every hour and when I ring them they say it's working as intended.", "conflict"],
  [
    "Their rules make sense on paper but in a busy ward they just slow everything down.",
    "conflict",
  ],
  [
    "there is a constant tug of war between getting orders out and ticking the security boxes",
    "conflict",
  ],
  ["I spend more time fighting the security software than doing my actual job", "conflict feel"],
  [
    "Trying to get hold of anyone from IT security is like trying to catch smoke.",
    "conflict distance",
  ],
  ["They're helpful enough once you reach them, the problem is reaching them at all.", "conflict"],
  [
    "Our sales team keeps sharing files through personal email because the official system is too slow.",
    "conflict",
  ],
  [
    "The screen locks after two minutes, which is ridiculous when you're reading a contract.",
    "conflict",
  ],
  [
    "The security people and the warehouse never agree on anything; it's the same argument every quarter.",
    "conflict",
  ],
  [
    "I asked three times for access to the shared drive for a client project and still nothing.",
    "conflict",
  ],
  [
    "They expect us to drop everything for their mandatory training right at month end.",
    "conflict",
  ],
  [
    "If I followed every security instruction to the letter, nothing would ever get shipped.",
    "conflict",
  ],
  [
    "Their expectations and ours are just miles apart. They think we sit at desks all day; we're out in vans.",
    "conflict distance",
  ],
  [
    "The approval process for new suppliers got so strict that we lost a customer over it.",
    "conflict",
  ],
  [
    "Whenever I mention a workaround they get defensive instead of asking why we needed one.",
    "conflict comm",
  ],
  [
    "They disabled copy and paste into the client portal and now invoices take twice as long.",
    "conflict",
  ],
  ["Our manager had to escalate to the director just to get the printers unblocked.", "conflict"],
  [
    "The whole thing feels like us against them, even though we want the same result.",
    "conflict distance",
  ],
  ["Tickets to IT security disappear into a black hole.", "conflict distance"],
  [
    "I have waited since March for an answer about whether I can use the scanner app.",
    "conflict comm",
  ],
  ["security keeps changing the rules and nobody tells us until something breaks", "conflict comm"],
  [
    "When I challenged the policy they just repeated it back to me, word for word.",
    "conflict comm",
  ],
  ["They talk in acronyms all the time. MFA, SSO, DLP... I just nod along.", "comm"],
  ["Their emails are full of technical terms nobody in accounts understands.", "comm"],
  [
    "I consider myself pretty good with computers but their instructions lose me after the first line.",
    "comm",
  ],
  ["They explain things as if we should already know how a firewall works.", "comm"],
  ["The security newsletter reads like it was written for other engineers, not for us.", "comm"],
  ["The only time IT security contacts me is when I've done something wrong.", "comm"],
  ["We only ever hear from them after an incident, never before.", "comm distance"],
  [
    "All our contact is through the ticket portal. I've never spoken to a human there.",
    "comm distance",
  ],
  ["He spoke to me like I was a child because I didn't know what a VPN was.", "comm power"],
  [
    "The security lead is quite patronising. Every answer starts with 'as I already explained'.",
    "comm power",
  ],
  ["When I asked a simple question about phishing I got a lecture and an eye roll.", "comm power"],
  [
    "Their warnings are written in capital letters with red text, it feels like being shouted at.",
    "comm feel",
  ],
  ["They never tell us why a rule exists, just that we must follow it.", "comm power"],
  ["Honestly I don't understand half of what they send round.", "comm"],
  ["the guidance is so wordy that people just skip to the end and click accept", "comm distance"],
  ["Nobody in my team can make sense of the data classification policy.", "comm"],
  [
    "They send generic warnings to the whole company instead of talking to the teams involved.",
    "comm distance",
  ],
  ["Their replies are one line long and usually just a link to a policy.", "comm"],
  ["It's all very techy, they assume everyone knows what encryption at rest means.", "comm"],
  ["The IT-speak is a barrier. My older colleagues simply give up reading.", "comm distance"],
  ["I emailed them twice about a suspicious message and never heard back.", "comm conflict"],
  ["They answer my questions with more questions, in words I have to google.", "comm"],
  ["They could really do with explaining things in plain English.", "comm"],
  [
    "When the breach happened we got a cold, legal-sounding email and nothing else.",
    "comm distance",
  ],
  ["There's no face-to-face contact at all, everything goes through a form.", "comm distance"],
  ["They were curt with me on the phone when I reported a lost laptop.", "comm"],
  ["Every conversation with them is about what went wrong, never about what went well.", "comm"],
  ["The training video was full of jargon and scary stories, not practical tips.", "comm feel"],
  ["i dont get their emails at all, too many abbreviations", "comm"],
  ["They speak a different language to the rest of us.", "comm distance"],
  ["The helpdesk guy sighed loudly when I couldn't find the settings menu.", "comm power"],
  ["Their tone in emails is quite sharp, like we are being told off.", "comm"],
  ["Can't they just say what they want us to do in normal words?", "comm"],
  ["I got a message saying my account was flagged, with no explanation at all.", "comm"],
  [
    "Communication from IT security is poor, we find out about changes when things stop working.",
    "comm conflict",
  ],
  ["They send reminders but never answer the questions we send back.", "comm"],
  [
    "They probably believe they're supportive, yet they speak to the ward staff as if we were slow-witted.",
    "comm power blame:emp",
  ],
  ["They made me feel thick for asking how to report a scam email.", "comm feel power"],
  ["The policies are written by lawyers for lawyers.", "comm"],
  ["IT keeps bouncing my ticket between teams and nobody owns it.", "conflict"],
  [
    "We needed a file transfer tool for a client and security took two months to say no.",
    "conflict",
  ],
  ["The rules around remote access clash with the way our field engineers work.", "conflict"],
  ["Their checks add a day to every purchase order. Finance is furious.", "conflict feel"],
  ["It's a running joke in the office that security is where good ideas go to die.", "conflict"],
  ["we literally cant do our jobs some days because of the restrictions", "conflict"],
  [
    "I've stopped suggesting improvements because they always shoot them down.",
    "conflict distance",
  ],
  ["The gap between what the policy says and what the job needs is enormous.", "conflict"],
  [
    "They lock down the laptops so tightly we can't even change the display settings.",
    "conflict power",
  ],
  ["Half the friction comes from them not knowing what our customers need.", "conflict"],
  ["They use such complicated language in the policy that my team gave up on it.", "comm"],
  ["Their explanations make my head spin.", "comm"],
  ["The security bulletin is basically a wall of text.", "comm"],
  ["They keep telling us off in all-staff emails for things a few people did.", "comm blame:emp"],
  ["The training was patronising, like cartoon characters for toddlers.", "comm"],
  ["If you ask them anything you get a reply in IT jargon and a ticket number.", "comm"],
  ["There is no dialogue, just announcements from on high.", "comm power"],
  ["We met the security team once, at the induction, and never again.", "distance"],
  ["Their tone is fine but the content is impenetrable.", "comm"],
  ["They don't explain, they just dictate.", "comm power"],
];
