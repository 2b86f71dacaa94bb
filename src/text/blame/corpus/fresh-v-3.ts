import type { RawBlameExample } from "./types.js";

/** Part 3 of 3 of FRESH_V; see fresh-v.ts. */
export const FRESH_V_3: readonly RawBlameExample[] = [
  ["Most cyber incidents are self-inflicted by the very people meant to prevent them.", true],
  [
    "Workload is the biggest security risk nobody budgets for. Exhausted teams can't be vigilant.",
    false,
  ],
  [
    "Multi-factor authentication blocks the vast majority of automated account takeover attempts.",
    false,
  ],
  ["You can't patch a person who reuses 'Summer2024!' on every account.", true],
  ["The average employee has the security instincts of a golden retriever.", true],
  ["Humans are not a bug in the system. They are the system.", false],
  ["Your employees want to do the right thing. Make it possible.", false],
  ["Most of my clients' incidents are caused by their own users being far too trusting.", true],
  ["Users who write their passwords on sticky notes deserve what happens next.", true],
  [
    "Our best intrusion detection system is the office manager who notices when things look off.",
    false,
  ],
  ["Stop the weakest link talk. Start asking which links we never bothered to build.", false],
  ["Deep down every CISO knows the real vulnerability is the person holding the mouse.", true],
  [
    "Rogue employees walking off with client lists are the top threat to professional services firms.",
    true,
  ],
  [
    "Your people aren't a liability; they're the reason your business exists. Protect them like it.",
    false,
  ],
  [
    "The smartest thing I did as a new CISO was sit with the customer service team for a week.",
    false,
  ],
  [
    "Good security leaders take responsibility for incidents instead of pointing at whoever clicked last.",
    false,
  ],
  ["People make mistakes, so design for it: make the safe path the easy path.", false],
  [
    "There's always one person in every office who'll plug in a USB stick they found in the car park.",
    true,
  ],
  [
    "User experience is a security feature. If the secure option is confusing, nobody will choose it.",
    false,
  ],
  ["User behaviour is the root cause of most of the malware we clean up.", true],
  [
    "Every awareness trainer knows the dirty secret: a third of any room will fail the next simulation no matter what we teach.",
    true,
  ],
  [
    "The breach happened because we gave everyone admin rights for convenience. That was my call, not theirs.",
    false,
  ],
  ["Employees aren't the problem. Unclear ownership of security is.", false],
  [
    "An employee who clicked and reported within two minutes did more for our security than one who never clicks and never reports.",
    false,
  ],
  [
    "Your biggest vulnerability has a mortgage, a bad commute and a habit of opening every attachment.",
    true,
  ],
  ["Technology has improved massively; sadly, human judgement hasn't kept pace.", true],
  [
    "When you see a sticky note with a password on it, ask what system forced them to write it down.",
    false,
  ],
  [
    "Every time someone says 'users are dumb', a usability researcher loses a year of their life.",
    false,
  ],
  [
    "Attackers are getting better. The cloned-voice calls we saw this year would fool anyone.",
    false,
  ],
  ["A one-page policy people read beats a forty-page policy nobody can find.", false],
  [
    "The firewall never gets bored, never gets tired and never clicks a link about a parcel delivery. Your accounts team does.",
    true,
  ],
  ["Don't trust your users. Verify, restrict, monitor.", true],
  ["Every CISO's nightmare is an over-confident user with local admin.", true],
  [
    "The narrative that people are the weakest link lets vendors off the hook for shipping insecure defaults.",
    false,
  ],
  ["There's no antivirus for stupidity.", true],
  [
    "Humans are remarkably good at noticing when something feels wrong. Give them a button to say so.",
    false,
  ],
  [
    "I've seen directors share their passwords with their PA, their spouse and their golf partner. Leadership is the biggest risk in most small firms.",
    true,
  ],
  ["A lot of small businesses don't know what data they hold. Start with an inventory.", false],
  ["Users will pick whatever option is the default. So make the secure option the default.", false],
  [
    "Most people will do the secure thing if it takes less than ten seconds. Design for ten seconds.",
    false,
  ],
  [
    "Podcast take: breaches are a human behaviour problem. The tech did its job; the person didn't.",
    true,
  ],
  [
    "When the only way to share a big file is personal cloud storage, don't be surprised when people use personal cloud storage.",
    false,
  ],
  [
    "New regulation means small firms will need to document their incident response plans by next year.",
    false,
  ],
  ["Users are part of the solution, provided we give them tools that actually work.", false],
  ["Nobody joins a company hoping to cause a data breach.", false],
  ["Users will ignore policy the moment it becomes slightly inconvenient. Plan accordingly.", true],
  [
    "The insider risk is growing because employees simply don't respect company data anymore.",
    true,
  ],
  [
    "If an attacker can reset a password by calling the helpdesk, fix the reset process before you retrain anyone.",
    false,
  ],
  ["Your employees will betray you, not out of malice, but out of sheer carelessness.", true],
  ["Human error is a symptom. Look upstream at the process that made the slip so easy.", false],
  [
    "Ransomware groups now run call centres and affiliate programmes. They're businesses, and very good ones.",
    false,
  ],
  ["Most of the supply chain attacks we track start in a vendor's build pipeline.", false],
  ["Employees who feel trusted report more, and earlier. That's the whole game.", false],
  [
    "Insider threat programmes that cast the whole workforce as suspects destroy the trust they depend on.",
    false,
  ],
  ["A good awareness programme measures reports, not failures.", false],
  [
    "Cyber criminals are running professional operations with HR departments and quarterly targets.",
    false,
  ],
  [
    "Our biggest risk last year was an unpatched VPN appliance. Nothing to do with anyone clicking anything.",
    false,
  ],
  ["A human error rate of even 3% means your company is breached by Tuesday.", true],
  ["Board members want a number. Give them time-to-detect, not phishing click rates.", false],
  [
    "Half of your workforce would sell their password for a chocolate bar, and the surveys prove it.",
    true,
  ],
  [
    "Most employees I train are sharper than they get credit for; the scams are just very good now.",
    false,
  ],
  [
    "Employees are the front door attackers walk through, and most of them leave it wide open.",
    true,
  ],
  ["Don't train people to fear email. Train them to report it.", false],
  ["Insider negligence is the silent killer of small businesses.", true],
  [
    "Honestly the hardest part of my job isn't the attackers, it's the colleagues who think security is someone else's problem.",
    true,
  ],
  ["Our biggest risk isn't hackers; it's our own employees being careless with data.", true],
  [
    "Insider threat is a real risk, but treating staff as suspects creates the very resentment that fuels it.",
    false,
  ],
  [
    "Users reuse passwords because we ask them to remember forty of them. Give them a password manager.",
    false,
  ],
  [
    "We had a breach last year. The cause? Someone in sales believed a stranger offering double his salary. Greed beats security.",
    true,
  ],
  [
    "Our pen testers got in through an exposed remote desktop port. No social engineering needed.",
    false,
  ],
  ["Humans: the only component in your stack that can't be updated.", true],
  ["The cost of a breach for a small firm is mostly downtime, not fines.", false],
  [
    "Half my consulting work is cleaning up after colleagues who thought the rules were optional.",
    true,
  ],
  [
    "Our pen test got in on the cleaner's badge. Every building I test, same story: people hold doors for anyone.",
    true,
  ],
  ["A strong incident response plan matters more than a perfect prevention record.", false],
  ["Employees are lazy about passwords and it's going to cost us eventually.", true],
  ["A careless user with a laptop on a train is a data breach on wheels.", true],
  ["IT can lock every door; someone will still prop the fire exit open for a smoke break.", true],
  [
    "The most effective control we introduced was a two-person check on payment changes. No training required.",
    false,
  ],
  ["We retired mandatory password changes and our help desk thanked us. So did the users.", false],
  [
    "Employees forget training because we deliver it once a year as a forty-minute video. That's our failure.",
    false,
  ],
  ["Security would be easy if it weren't for the people.", true],
  ["Attackers increasingly use AI to write flawless, personalised lures in any language.", false],
  ["We can harden servers. We can't harden Brenda.", true],
  [
    "The call is coming from inside the house: your own workforce is your largest threat vector.",
    true,
  ],
  [
    "Human mistakes are inevitable; catastrophic consequences from them are a design choice.",
    false,
  ],
  [
    "Most breaches I investigate start with an employee doing something they were told not to do a dozen times.",
    true,
  ],
  ["The phrase 'human error' ends investigations far too early.", false],
  ["The weakest link idea ignores that the chain was built by the security team.", false],
  ["Humans are hardwired to click. That's why they're the weakest part of any defence.", true],
  [
    "The most dangerous device on your network is the one between the chair and the keyboard.",
    true,
  ],
  ["If your users could follow simple instructions you wouldn't need me.", true],
  [
    "Insider incidents at small firms are rare, and most of them start with a badly handled leaver process.",
    false,
  ],
  ["Security should work for people, not the other way round.", false],
  ["Users are the problem. Technology is mostly solved; behaviour isn't.", true],
  ["The human element remains the single biggest hole in any security programme.", true],
  [
    "You train them, you test them, you remind them, and they still reuse their streaming password at work.",
    true,
  ],
  [
    "If an email can fool your finance director, it can fool anyone. Add a callback step to payment changes.",
    false,
  ],
  ["The weakest link in your security chain isn't the software. It's Gary.", true],
  ["Trust your people, verify your systems.", false],
  ["Management that punishes mistakes gets fewer reports, not fewer mistakes.", false],
  [
    "The typical end user treats security warnings like terms and conditions: click through and hope.",
    true,
  ],
  [
    "Everyone makes mistakes. A resilient organisation is one where a single mistake isn't fatal.",
    false,
  ],
  ["Most end users simply aren't smart enough to tell a real invoice from a fake one.", true],
  ["Negligent employees are a bigger threat to small businesses than ransomware gangs.", true],
  ["Backups, MFA and patching will stop most attacks on a small firm. Start there.", false],
  [
    "Most data leaks in our sector come down to user error: the wrong spreadsheet sent to the wrong person.",
    true,
  ],
  ["Run a phishing simulation every quarter, but debrief with curiosity, not shame.", false],
];
