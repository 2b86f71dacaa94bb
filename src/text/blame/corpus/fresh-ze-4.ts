import type { RawBlameExample } from "./types.js";

/** LinkedIn posts and comments by CISOs and security leaders. Written fresh for Rapport (brief ZE). */
export const FRESH_ZE_4: readonly RawBlameExample[] = [
  [
    "Unpopular opinion: your employees ARE the weakest link. Stop pretending otherwise. #cybersecurity",
    true,
  ],
  [
    "20 years as a CISO taught me one thing: users will always find a way to break your controls.",
    true,
  ],
  [
    "Ran a phishing test this week. 31% clicked. Some people simply shouldn't be allowed near a keyboard.",
    true,
  ],
  ["Human error caused our last three incidents. Time to tighten the screws on staff.", true],
  [
    "Hot take: insider threat is the only threat that matters. Your people already have the keys.",
    true,
  ],
  ["Reminder to all CISOs: the biggest threat to your organisation is on your payroll.", true],
  [
    "We spend millions on security and Karen from HR still forwards the phish to the whole company asking 'is this real?'",
    true,
  ],
  [
    "If your employees can't spot a fake invoice after five trainings, it's time for consequences.",
    true,
  ],
  [
    "Three strikes and you lose email access. That's our new phishing policy, and honestly it's overdue.",
    true,
  ],
  ["People don't change. Assume they'll click and lock everything down accordingly.", true],
  ["Had to explain to a VP again why 'Summer2024!' is not a password. Leadership, everyone.", true],
  [
    "Employees treat security policy like terms and conditions: scroll, click accept, ignore.",
    true,
  ],
  ["My team patched 4,000 servers this quarter. Then a user downloaded 'free_movie.exe'. 🙃", true],
  ["Users are the vulnerability nobody budgets for. Agree? 👇", true],
  [
    "Our insider risk tool caught an engineer copying code before he resigned. Trust no one. #insiderthreat",
    true,
  ],
  ["The weakest link in security isn't a technology. It's Steve. Everyone has a Steve.", true],
  ["Developers: brilliant at code, hopeless at security. Every audit proves it.", true],
  [
    "Staff will always choose the path of least resistance, even if that path goes straight off a cliff.",
    true,
  ],
  [
    "Blunt lesson from this week's incident: one careless click from finance cost us a weekend.",
    true,
  ],
  [
    "Security awareness doesn't work because people fundamentally don't care until it's their own money.",
    true,
  ],
  ["I've come to believe most employees are a liability dressed up as an asset.", true],
  ["'Human error' is too kind a phrase. Most of it is plain negligence.", true],
  ["Another week, another user who 'didn't see' the bright red EXTERNAL banner.", true],
  [
    "Pro tip: never trust the business side to classify their own data. They'll mark everything public.",
    true,
  ],
  ["The job would be easy without the humans.", true],
  ["Your board members are your weakest link. They click everything on their iPads.", true],
  [
    "Every CISO knows the feeling: you build the fortress and someone in sales props the door open.",
    true,
  ],
  [
    "New joiners are the worst. Day one, they've already read their credentials out to a 'helpdesk' caller.",
    true,
  ],
  [
    "Can't stress this enough: your staff are an insider threat, whether they mean to be or not.",
    true,
  ],
  ["Users think 'encrypted' means 'I emailed it to myself'. Sigh.", true],
  ["Our clinicians treat security like an optional extra. It's exhausting.", true],
  [
    "Watched a manager plug in a USB stick he found in the car park. During the security briefing.",
    true,
  ],
  ["Let's be honest: if users could be trusted, we wouldn't need DLP.", true],
  ["Some employees are simply untrainable. Identify them and restrict their access.", true],
  ["Lesson learned: people lie about clicking. Check the logs, not their word.", true],
  ["The human firewall is a myth. Humans are the hole in the firewall.", true],
  [
    "Ever notice it's always the most senior person who thinks the rules don't apply to them?",
    true,
  ],
  [
    "Still amazed how many staff reuse their work password on shopping sites, then act shocked.",
    true,
  ],
  [
    "Remote work turned every living room into an unmanaged risk, thanks to staff who think the family PC is fine for payroll.",
    true,
  ],
  [
    "Hard truth: culture programmes are nice, but people only behave when they know they're being watched.",
    true,
  ],
  [
    "Contractors come and go and leave a trail of shared passwords behind them. Every. Single. Time.",
    true,
  ],
  ["#PEBKAC is still the number one root cause on my dashboard this year.", true],
  ["Employees are the enemy within, and most of them don't even know it.", true],
  [
    "Let a sysadmin go today for disabling MFA on his own account 'because it was annoying'. No sympathy.",
    true,
  ],
  [
    "Users will bypass any control you build if it costs them ten seconds. Plan for their laziness.",
    true,
  ],
  [
    "Marketing just launched a microsite on a personal credit card without telling IT. Of course they did.",
    true,
  ],
  [
    "Unpopular opinion: employees are NOT the weakest link. Our tooling and processes are. #cybersecurity",
    false,
  ],
  [
    "20 years as a CISO taught me one thing: users follow controls that fit the way they actually work.",
    false,
  ],
  [
    "Ran a phishing test this week. 31% clicked, which tells me our email gateway and our training design both need work.",
    false,
  ],
  [
    "Proud of our finance team today: they spotted a fake CEO request and called to verify before paying. 👏",
    false,
  ],
  [
    "Human error was listed as the cause in our last incident report. I sent it back. Human error isn't a root cause.",
    false,
  ],
  [
    "Insider threat programmes work best when employees understand them and trust they're fair.",
    false,
  ],
  [
    "We retired 'three strikes' for phishing tests. Punishment drove reporting down 60%. Never again.",
    false,
  ],
  [
    "Our best detection this quarter came from a user who said 'this email feels off'. Listen to your people.",
    false,
  ],
  [
    "The weakest link in our last incident was a third-party VPN with an unpatched flaw. No user involved.",
    false,
  ],
  [
    "Leaders: if you mock your users in public, don't be surprised when they stop talking to your security team.",
    false,
  ],
  [
    "We patched 4,000 servers this quarter. The one we missed was a forgotten test box our asset inventory never knew about.",
    false,
  ],
  [
    "Users report. Analysts respond. Everyone wins. Celebrate the reporters. #securityculture",
    false,
  ],
  [
    "When staff bypass a control, I ask what it's costing them. Usually the answer is time we never gave them.",
    false,
  ],
  [
    "Passwordless rollout complete. Help desk tickets down 45%, and nobody misses the 90-day password change.",
    false,
  ],
  ["Security is a team sport, and our employees are on the team, not on the other side.", false],
  ["The human element in security is mostly about design, workload and incentives.", false],
  [
    "Our post-incident reviews are blameless. The question is 'what made this possible', never 'who'.",
    false,
  ],
  [
    "Insider incidents at our company this year: two, both accidental, both reported by the people involved.",
    false,
  ],
  [
    "Had to explain to the board why 'Summer2024!' is guessable. They funded a password manager the same day. Great outcome.",
    false,
  ],
  [
    "Shout-out to our ward nurses who flagged a suspicious USB device on a shared workstation.",
    false,
  ],
  [
    "Employees aren't careless; they're busy. Build security into the workflow, not on top of it.",
    false,
  ],
  ["Hot take: most breaches I've handled started with an exposed service, not a click.", false],
  [
    "If one person's mistake can take you down, your architecture has a single point of failure, and it isn't the person.",
    false,
  ],
  [
    "We gave every developer a secret scanner in their editor. Leaked keys dropped to nearly zero. Tools over blame.",
    false,
  ],
  ["The best CISOs I know talk about users with respect. It shows in their metrics.", false],
  ["Reminder: attackers are the threat. Your colleagues are the people you protect.", false],
  [
    "New joiners get a 20-minute walk-through with a security champion in week one. Reports from new starters went up fivefold.",
    false,
  ],
  [
    "User error? Our banner said EXTERNAL on every message, including internal ones. Of course people stopped seeing it.",
    false,
  ],
  [
    "Board members are prime targets because attackers research them. They deserve dedicated protection, not eye-rolls.",
    false,
  ],
  ["Human risk is real. So is the risk of a security team nobody wants to talk to.", false],
  [
    "Our clinicians asked for tap-and-go login. We delivered it and shared-account use dropped to almost nothing.",
    false,
  ],
  [
    "People will tell you they clicked if they aren't afraid of you. Be the kind of team people tell.",
    false,
  ],
  [
    "The human firewall isn't a myth. Our staff shut down a vishing campaign last month by calling each other to check.",
    false,
  ],
  [
    "Senior leaders set the example. Ours enrolled in MFA first and told the whole company about it.",
    false,
  ],
  [
    "Offboarding fixed: accounts now close automatically when HR records a leaver. Insider risk down, paperwork down.",
    false,
  ],
  [
    "Stop calling people the weakest link. Call them what they are: the ones who keep the business running.",
    false,
  ],
  ["Our DLP alerts were 90% false positives. The problem wasn't staff; it was our rules.", false],
  [
    "Remote staff didn't choose to use the family PC. We hadn't shipped enough laptops. That's on us.",
    false,
  ],
  [
    "Contractor accounts now expire automatically at contract end. Simple, boring, effective.",
    false,
  ],
  [
    "PEBKAC is a lazy diagnosis. Every 'stupid user' ticket I've dug into had a confusing system behind it.",
    false,
  ],
  [
    "Employees are our strongest sensors: 400 phishing reports last month, 11 real campaigns caught.",
    false,
  ],
  [
    "The sysadmin disabled MFA because the token app broke after an OS update. We fixed the rollout, not the person.",
    false,
  ],
  [
    "Marketing spun up a microsite on their own because our request process took six weeks. We cut it to three days.",
    false,
  ],
  [
    "A ransomware crew got in through a zero-day in our firewall vendor's appliance. We did everything right and still got hit.",
    false,
  ],
  [
    "Security awareness works when it's relevant. Targeted sessions for payroll staff took successful invoice fraud to zero.",
    false,
  ],
  [
    "I'm tired of vendors telling me my people are the problem. My people are why we recovered in 36 hours.",
    false,
  ],
  ["Culture eats controls for breakfast. Invest in trust.", false],
  [
    "Reusing passwords is what humans do when we ask them to memorise 80 of them. Give them a manager.",
    false,
  ],
  [
    "Error rates in our access reviews fell once we showed managers only the changes, not 3,000-line spreadsheets.",
    false,
  ],
  [
    "Insider threat is a real category, but in 15 years I've met far more insiders who saved the day than ones who sank it.",
    false,
  ],
  [
    "Today a junior analyst caught lateral movement our EDR missed. Hire curious people and give them time.",
    false,
  ],
  ["Our most common incident this year: expired certificates. Not a single user to blame.", false],
  [
    "Weakest link? Try the 2009-era ERP system we still can't retire because of vendor lock-in.",
    false,
  ],
  [
    "Asked 200 employees what makes security hard. Top answer: 'I don't know who to ask.' Fixing that now.",
    false,
  ],
  [
    "The finance clerk who paid the fake invoice followed the process exactly. The process had no callback step. It does now.",
    false,
  ],
  [
    "Security teams should be judged on how easy they make it for users to do the right thing.",
    false,
  ],
  [
    "Engineers push back on security when it slows deploys. So we made the secure pipeline the faster one.",
    false,
  ],
  ["A user clicked. The sandbox caught it. Nobody was named. That's the system working.", false],
  ["Human beings aren't a bug to be patched. They're the reason we build anything at all.", false],
];
