import type { RawBlameExample } from "./types.js";

/** Fourth part of brief ZC: analysts, insurers, threat reports, columnists, trainers, keynotes, CSOs. */
export const FRESH_ZC_4: readonly RawBlameExample[] = [
  ["Half your office would hand a stranger the Wi-Fi password for a free doughnut.", true],
  [
    "Our penetration testers walked into three client offices last month just by carrying a ladder and looking busy. Nobody challenged them.",
    true,
  ],
  [
    "Report: physical intrusion tests succeeded most often where visitor sign-in was handled by an unattended tablet.",
    false,
  ],
  ["Let's call it what it is: the average employee is a liability with a keycard.", true],
  [
    "Awareness Month: wear your badge, and it's fine to politely ask someone without one who they're visiting.",
    false,
  ],
  [
    "Threat report summary: the human element was involved in most breaches, chiefly through mistakes, misuse and being conned.",
    true,
  ],
  [
    "Threat report summary: ransomware affiliates increasingly steal data before encrypting it, raising extortion pressure.",
    false,
  ],
  [
    "The modern knowledge worker has been trained by years of pop-ups to click 'Allow' on absolutely everything.",
    true,
  ],
  [
    "Permission prompts have become so frequent that clicking 'Allow' is the rational response; the design is at fault.",
    false,
  ],
  ['CSO quoted: "We had the controls. What we didn\'t have was staff who gave a damn."', true],
  [
    "Insurance pitch: Your employees mean well. Unfortunately, meaning well doesn't stop wire fraud.",
    true,
  ],
  [
    'Keynote: "Every organisation gets the users it deserves, and most of you deserve better training budgets."',
    false,
  ],
  [
    "Columnist: I asked a room of CISOs who had ever clicked a phishing test. Every hand went up.",
    false,
  ],
  [
    "Frankly, our biggest security gap is a workforce that can't be bothered to lock a laptop.",
    true,
  ],
  ["Module 9 summary: lock your device, use MFA, report anything unusual. That's it.", false],
  [
    "Most of your staff couldn't pick a phishing email out of a line-up if it had a skull and crossbones on it.",
    true,
  ],
  [
    "Analysts: large language models have made phishing lures more fluent, reducing the value of spotting typos.",
    false,
  ],
  ["Employees are always the ones who open the door; the hacker just knocks.", true],
  [
    "Threat report: attackers reused credentials leaked from unrelated consumer sites to access corporate mailboxes.",
    false,
  ],
  [
    "And who reused those credentials? Your staff, because a unique password per site is apparently too much to ask.",
    true,
  ],
  [
    "Certification exam: the primary purpose of a security awareness programme is to change behaviour, not to assign fault.",
    false,
  ],
  ['Keynote slide: "Firewalls: 99.9% effective. Employees: 0%."', true],
  [
    "The insurer's claims chief said most small-business claims stem from ordinary staff who simply don't think before they act.",
    true,
  ],
  ["Awareness Month: We've made reporting easier. One button, no forms, no blame.", false],
  ["If there's a way to do something insecurely, an end user will find it before lunch.", true],
  [
    "Columnist: The industry calls it 'shadow IT'. Users call it 'getting my work done because the approved tool doesn't work'.",
    false,
  ],
  [
    "Shadow IT is what happens when staff decide they know better than the security team, and they never do.",
    true,
  ],
  [
    "Analyst data: companies that gave staff a sanctioned file-sharing tool saw unsanctioned use drop by two thirds.",
    false,
  ],
  ["E-learning: Remember, the security team is here to help you, not to catch you out.", false],
  [
    "Truth is, your people are gullible, overworked and distracted, and that's a winning combination for a scammer.",
    true,
  ],
  [
    "Overworked and distracted staff are a signal that workload, not character, is the risk to manage.",
    false,
  ],
  [
    "Report: three of the five largest incidents in our sample stemmed from unpatched file-transfer servers.",
    false,
  ],
  [
    "The CSO joked that he'd happily replace the entire sales floor with a well-configured API.",
    true,
  ],
  [
    "Columnist: every time a security leader jokes about replacing staff, a few more incidents go unreported.",
    false,
  ],
  ["Cyber insurer tagline: Protect your business from the people inside it.", true],
  ["Cyber insurer tagline: Cover that understands how real businesses actually work.", false],
  [
    "Certification course: insider threat programmes must balance monitoring with privacy and employee trust.",
    false,
  ],
  [
    "Insiders: can't live with them, can't run a business without them, can't stop them leaking everything.",
    true,
  ],
  [
    "Threat report: supply-chain compromises affected fewer firms but caused the largest average losses.",
    false,
  ],
  [
    'Keynote: "Attackers only need one person to make a mistake, and trust me, you employ that person. Several of them."',
    true,
  ],
  [
    "Analysts: passwordless rollouts stall mostly over legacy applications, not user resistance.",
    false,
  ],
  [
    "Users resist every security change because they're creatures of habit who'd rather be hacked than inconvenienced.",
    true,
  ],
  [
    "Users resisted the change because we announced it on a Friday with no instructions; that one's on us.",
    false,
  ],
  ["Headline: Phishing test reveals staff at regional hospital 'clicked on everything'", true],
  [
    "Headline: Hospital scraps punitive phishing tests after nurses complain of being tricked during emergencies",
    false,
  ],
  ['Tweet: "Your employees are the perimeter now. God help you."', true],
  ["Tweet: \"Reminder that 'the user clicked a link' is how email is supposed to work.\"", false],
  [
    "Security chief: the breach happened because a manager ignored three separate warnings, and that's the whole story.",
    true,
  ],
  [
    "Awareness campaign: 'Be a human firewall' replaced with 'Be a human sensor' after staff feedback.",
    false,
  ],
  [
    "Course scenario debrief: the attacker succeeded because the employee was careless with verification, not because the process failed.",
    true,
  ],
  [
    "Course scenario debrief: the attacker succeeded because the approval process allowed a single person to change bank details.",
    false,
  ],
  ["Analysts concede the 'weakest link' narrative sells more products than it explains.", false],
  [
    "Report: employees are responsible for the overwhelming majority of data-loss events, mostly through sheer carelessness.",
    true,
  ],
  [
    "Nobody reads the acceptable use policy. Nobody. And then they act shocked when they get fired for breaking it.",
    true,
  ],
  [
    "We rewrote our acceptable use policy to fit on one page because nobody could be expected to read twelve.",
    false,
  ],
  ['Podcast: "The thing about users is they\'re basically toddlers with admin access."', true],
  [
    'Podcast: "The thing about users is they\'re adults with jobs to do, and security is one of many things competing for their attention."',
    false,
  ],
  [
    "Insurance brochure: Statistically, your biggest risk isn't a hacker. It's the person at the next desk.",
    true,
  ],
  [
    "Your IT guy's password is probably his dog's name followed by 123, and the attackers already know the dog's name.",
    true,
  ],
  [
    "Columnist: If your IT team is one overstretched person, don't blame him for everything; fund him.",
    false,
  ],
  [
    "E-learning: Think you've spotted a scam call? Hang up and call back on a number you already know.",
    false,
  ],
  [
    "Millennials and Gen Z staff overshare everything online, and that makes them a walking reconnaissance package.",
    true,
  ],
  [
    "Analysts found no meaningful difference in phishing susceptibility between age groups once role and workload were controlled.",
    false,
  ],
  [
    "The old guard are no better: senior partners who still print client files and leave them on the train.",
    true,
  ],
  [
    "Keynote: stop designing for the ideal user who reads every warning; design for the real one who's rushing to a meeting.",
    false,
  ],
  [
    "The real one rushing to a meeting is exactly who'll sink your company, so restrict everything they touch.",
    true,
  ],
  [
    'CSO in an interview: "Human error? Sure. But the humans were working inside systems I signed off on."',
    false,
  ],
  [
    "Awareness Month: Spot the difference between these two login pages. Hint: look at the address bar.",
    false,
  ],
  ["Employees will sell you out for a gift card. Literally. We've seen it in the claims.", true],
  [
    "Threat report: attackers offered cash to employees at telecom firms in exchange for SIM swaps.",
    false,
  ],
  [
    "Security columnist: When insiders are bribed, ask why so few controls stood between one employee and the customer records.",
    false,
  ],
  [
    "The trouble is that staff just don't take security seriously until it's their own bank account.",
    true,
  ],
  [
    "Certification handbook: human factors engineering applies to security interfaces as much as to cockpits.",
    false,
  ],
  [
    "Report: firms that reward reporting see employees flag suspicious emails three times as often.",
    false,
  ],
  ["Frankly, your people are the reason your cyber premium went up.", true],
  [
    "Your premium went up because claim costs rose across the market, not because of anything your staff did.",
    false,
  ],
  [
    "The helpdesk staff will reset a director's MFA for anyone who sounds flustered and important.",
    true,
  ],
  [
    "The helpdesk script now requires a callback to the number on file before any MFA reset.",
    false,
  ],
  [
    'Keynote: "Users are like water. They will find every crack in your security and pour straight through it."',
    true,
  ],
  [
    "Analysts: small firms increasingly buy security as a bundle with their managed IT contract.",
    false,
  ],
  ["Staff can't be trusted with USB sticks, so we glue the ports shut. Problem solved.", true],
  [
    "Column: Awareness posters about 'human error' hang in offices where the printer still stores every scanned passport.",
    false,
  ],
  ["Ask any incident responder: it's always a user. Always.", true],
  [
    "Ask any incident responder what they saw first, and it's usually an alert nobody had time to investigate.",
    false,
  ],
  ["E-learning: This module is available in six languages and with screen-reader support.", false],
  [
    "Our underwriters call it the 'Friday afternoon factor': staff who've mentally clocked off and will click on anything.",
    true,
  ],
  [
    "Threat report: attacks on small firms peak on Friday afternoons and holiday weekends, when responders are thin on the ground.",
    false,
  ],
  [
    "People are the problem, people have always been the problem, and no vendor on this stage can change that.",
    true,
  ],
  [
    'CSO quoted: "I\'m proud of how our people handled the outage. Nobody panicked and nobody cut corners."',
    false,
  ],
  ["Your marketing department installs browser extensions like they're collecting stickers.", true],
  [
    "Analyst note: browser extension marketplaces remain poorly vetted, putting ordinary users at risk.",
    false,
  ],
  [
    "Certification practice: a tabletop exercise tests the plan, the roles and the communication, not individual blame.",
    false,
  ],
  [
    "The weakest link in cybersecurity is, and will always be, the person who thinks it can't happen to them.",
    true,
  ],
  [
    "Columnist: \"It can't happen to us\" is a leadership failure long before it's an employee one.",
    false,
  ],
  [
    "Threat report: remote access trojans were hidden inside fake job-application documents sent to HR.",
    false,
  ],
  ["HR will open any CV you send them, which makes them the easiest mark in the building.", true],
  [
    "HR opens CVs because that's literally their job, so the safe-viewing setup has to come from IT.",
    false,
  ],
  [
    "Awareness Month finale: thank you to everyone who took part, asked questions and helped us improve.",
    false,
  ],
  [
    "Newsflash: the human firewall is on fire, and your employees are the ones holding the matches.",
    true,
  ],
  [
    'Keynote: "We spent years training users to distrust email, then sent them 40 legitimate emails a day with links in them."',
    false,
  ],
  [
    "Insurer white paper: most funds-transfer-fraud claims trace back to an employee who didn't bother to pick up the phone.",
    true,
  ],
  [
    "Analysts warn that deepfake voice fraud will test verification processes more than individual judgement.",
    false,
  ],
  [
    "Whatever you do, don't let accounts payable anywhere near an email with the word 'urgent' in it.",
    true,
  ],
  [
    "Columnist: Blaming the clicker is easy. Asking why one click could take down the whole network is harder and more useful.",
    false,
  ],
  ["The only secure employee is one who's been locked out of everything.", true],
  [
    "E-learning final screen: You've completed your security training for this year. See you next time!",
    false,
  ],
  [
    "At the end of the day, cybersecurity is a people problem, and your people are the problem.",
    true,
  ],
];
