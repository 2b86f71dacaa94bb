import type { RawExample } from "./types.js";

/** Part 3 of batch GD (see voices-gd.ts). */
export const VOICES_GD_3: readonly RawExample[] = [
  ["Great post. Our infosec team did the phishing debrief over pizza and nobody felt stupid.", ""],
  ["I always feel like I'm the problem whenever I ring the security line.", "feel blame:self"],
  ["They explain things in normal words. No acronyms, no drama.", ""],
  [
    "I wouldn't call it blame exactly, but the training makes it sound like every breach is our fault.",
    "blame:emp",
  ],
  ["Honestly a bit hurt that after ten years here they assumed I was the leak.", "feel power"],
  [
    "Roughly two thirds of the incidents we handled last year started with a phished credential.",
    "",
  ],
  [
    "Our service desk logged about 1,200 security questions last quarter, mostly 'is this email real?'",
    "",
  ],
  [
    "I'm frustrated with them, to be honest. Great people individually, but as a team they're a wall.",
    "conflict feel",
  ],
  ["Mistakes happen. What matters is how quickly someone feels able to tell you.", ""],
  [
    "MFA enrolment went from 40 to 97 percent once we explained the why instead of just the what.",
    "",
  ],
  ["People aren't the weakest link. They're the biggest sensor network you've got.", ""],
  [
    "Vendor blog: 'Your staff are your biggest liability. Our platform takes the human out of the loop.'",
    "blame:emp",
  ],
  ["Security analysts are burned out and, frankly, a bit bitter about users.", "feel"],
  ["Most people I know don't report dodgy emails, they just delete them.", "distance"],
  ["CISO on the panel: 'My job is helping the business say yes, safely.'", ""],
  ["The tone of those 'reminder' emails is like a headteacher scolding a class.", "comm power"],
  [
    "Security ignored my ticket for three weeks and then told me I'd filed it wrong.",
    "conflict blame:sec",
  ],
  ["Our SOC moved onto the same floor as finance and the questions just started flowing.", ""],
  [
    "When someone reports a phish within five minutes, that's a win, and we say so in the all-hands.",
    "",
  ],
  ["The CISO answers to the board, not to us. We're just the ones being controlled.", "power"],
  ["In our data insiders are a minority of incidents but a large share of the cost.", ""],
  [
    "It's exhausting. Training every quarter and the same twelve people fail the phishing test every time.",
    "feel blame:emp",
  ],
  ["Our phishing-test click rate fell from 18% to 6% over two years.", ""],
  [
    "Our biggest threat isn't a nation state, it's Dave in accounts with his sticky-note passwords.",
    "blame:emp",
  ],
  ["Every new tool request turns into a six-week standoff with infosec.", "conflict"],
  ["I know I'm the reason they had to reset everyone's password. I'd avoid me too.", "blame:self"],
  [
    "Every awareness vendor deck opens with a stat blaming staff and closes with a price.",
    "blame:sec",
  ],
  ["If people keep making the same mistake, look hard at the process they're stuck in.", ""],
  [
    "Our analysts are fed up that the same departments keep ignoring patch notices.",
    "feel distance",
  ],
  [
    "The email said my device was 'non-compliant with the CIS L1 baseline'. I'm a receptionist.",
    "comm",
  ],
  ["Security champions from each department meet the CISO's team once a month.", ""],
  [
    "Sales will fight you on every policy and then blame you when they get popped.",
    "conflict blame:emp",
  ],
  ["I've never felt judged when reporting something to our IT security folks.", ""],
  ["Relationship with security? Fine. Friendly. We have lunch sometimes.", ""],
  ["Employee here. The simulated phish was fair and the follow-up email was kind.", ""],
  [
    "reply: maybe if your security team didn't block half the tools we need, nobody would be 'bypassing' anything",
    "conflict blame:sec",
  ],
  ["I work in HR and our security person drops by every couple of weeks just for a chat.", ""],
  [
    "Dev reply: their scanner flags 400 'criticals' a week, none real, then they wonder why nobody listens.",
    "conflict blame:sec",
  ],
  [
    "It's like an invisible police force. You only find out they exist when you get caught.",
    "comm power",
  ],
  ["Employees are scared to report mistakes because they think they'll be fired.", "feel"],
  ["Critics say 'zero trust' has quietly turned into zero trust in your own staff.", "power"],
  ["PEBKAC. Every single ticket this week.", "blame:emp"],
  ["Humans are not a vulnerability you patch.", ""],
  [
    "The way they see it we're careless; the way we see it they're blockers. Neither side is listening.",
    "conflict blame:emp blame:sec",
  ],
  [
    "Talk recap: devs and security 'want the same outcome but keep talking past each other'.",
    "conflict",
  ],
  [
    "Don't tell me my people are the problem when your SSO breaks twice a week.",
    "conflict blame:sec",
  ],
  ["Shadow IT is what happens when people give up on asking.", "distance"],
  [
    "Security wants everything locked, the business wants everything yesterday. Guess who wins.",
    "conflict",
  ],
  ["Ninety percent of breaches come down to somebody doing something dumb.", "blame:emp"],
  ["Careless insiders cost us more than any hacker ever did.", "blame:emp"],
  ["honestly im probably the weakest link on my team, i never remember the rules", "blame:self"],
  [
    "Our security bulletins are written for auditors, not for the people who have to follow them.",
    "comm",
  ],
  ["No, I wouldn't call them arrogant. Busy, sure, but they always get back to you.", ""],
  ["Half the awareness content I see is written in acronyms no accountant has ever met.", "comm"],
  ["They treat every question like we should already know the answer.", "comm power"],
  [
    "Vendor slide, verbatim: 'Treat every employee as a potential threat actor.'",
    "power blame:emp",
  ],
  ["We're audited every quarter and never once asked what would actually help.", "power"],
  ["Honestly IT security here couldn't secure a shoebox. They just make rules.", "blame:sec"],
  [
    "Guilty. I used to write phishing debriefs like a telling-off. My fault people hated them.",
    "comm blame:self",
  ],
  ["Clear guidance beats clever slogans.", ""],
  [
    "Keynote line that stuck with me: 'Your employees spotted the intrusion before your tools did.'",
    "",
  ],
  ["I probably bring it on myself by never reading their emails.", "distance blame:self"],
  [
    "Podcast: guest argues 'human firewall' is a fine metaphor as long as you actually give people the tools.",
    "",
  ],
  [
    "Employee reply: I was the one who clicked the fake invoice last year. Still feel awful, and yeah, it was on me.",
    "feel blame:self",
  ],
  ["Asked what 'lateral movement' meant and got a sigh and a link.", "comm"],
  [
    "Not blaming anyone, but the people who left that bucket public were on the data team.",
    "blame:emp",
  ],
  ["Lock it all down. Users don't need admin rights, they need supervision.", "power blame:emp"],
  [
    "We lost a client demo because the conference room laptop was quarantined mid-call.",
    "conflict",
  ],
  [
    "Podcast note: guest says most staff want to do the right thing if someone makes clear what that is.",
    "",
  ],
  ["Let's be real, the average employee doesn't care about security and never will.", "blame:emp"],
  ["The report-phish button doubled our reports inside a month.", ""],
  [
    "Every exception has to be justified in writing and signed off by someone I've never met.",
    "comm power",
  ],
  ["Sales rep here. I reuse passwords, I know, I'm a walking breach.", "blame:self"],
  ["Our insider risk programme is transparent: employees can see what we monitor and why.", ""],
  ["Human error is a symptom. It is almost never the root cause.", ""],
  [
    "Insider incidents roughly split three ways: malicious, negligent, and compromised accounts.",
    "",
  ],
  ["The so-called human factor is usually a badly designed login page.", "blame:sec"],
  [
    "Twenty years in and I've seen far more damage from arrogant admins than from receptionists.",
    "power blame:sec",
  ],
  [
    "Hot take from twelve years in incident response: every time a report says 'human error' I go and look at what the human was asked to do. Usually it's approve forty MFA prompts a day, spot a near-perfect lookalike domain, and still hit a deadline. That isn't a people failure, it's a design failure we keep handing to people.",
    "blame:sec",
  ],
  ["I need their approval to install a PDF reader. A PDF reader.", "conflict power"],
  ["Per this year's breach report, 68% of breaches involved a non-malicious human element.", ""],
  [
    "Train them all you want, somebody will still plug in the USB stick they found in the car park.",
    "blame:emp",
  ],
  ["Survey finding: 41% of employees worry they'll be blamed personally for a breach.", "feel"],
  ["After that 'gotcha' phishing test half my team felt humiliated.", "feel"],
  [
    "I've stopped explaining. They don't get it anyway, so I just send the policy link.",
    "comm distance blame:emp",
  ],
  ["We stopped counting clicks and started counting reports.", ""],
  ["infosec speaks fluent jargon and zero plain english", "comm"],
];
