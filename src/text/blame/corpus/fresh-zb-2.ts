import type { RawBlameExample } from "./types.js";

/** Conference panels, CISO interviews and awareness-training providers, mostly. Written fresh for Rapport (brief ZB). */
export const FRESH_ZB_2: readonly RawBlameExample[] = [
  [
    'Asked what keeps him up at night, the CISO didn\'t hesitate: "Eleven hundred employees with email."',
    true,
  ],
  [
    "Asked what keeps her up at night, the CISO named the legacy payroll system nobody knows how to patch.",
    false,
  ],
  [
    "Our people-first awareness programme is built around short, relevant lessons delivered when they're actually useful.",
    false,
  ],
  [
    "Awareness is pointless; you cannot train curiosity out of human beings, so take their inboxes away.",
    true,
  ],
  [
    "Mid-session, a panellist joked that the most dangerous device in the building is the one between the chair and the keyboard.",
    true,
  ],
  ["Session abstract: moving from blame to learning in post-incident reviews.", false],
  ["We asked 500 CISOs to name their top risk. The most common answer was their own staff.", true],
  [
    "We asked 500 CISOs to name their top risk. Third-party software suppliers came first, followed by cloud misconfiguration.",
    false,
  ],
  [
    "Nobody gets fired for buying another tool. People do get fired for clicking, and frankly they should.",
    true,
  ],
  ["Firing someone for falling for a phish tells everyone else to keep quiet next time.", false],
  [
    "The trainer opened with: \"Raise your hand if you've ever clicked something you shouldn't. Good, me too.\"",
    false,
  ],
  [
    "Let's not sugar-coat it: your team is lazy about security because there's no consequence for being lazy.",
    true,
  ],
  [
    "There's usually a reason behind a workaround; ask about it before you write a policy against it.",
    false,
  ],
  [
    "In her interview, the CISO described the board as supportive but slow to fund identity projects.",
    false,
  ],
  [
    "Our gamified modules turn your biggest liability, your employees, into something slightly less dangerous.",
    true,
  ],
  [
    "Our gamified modules let teams compete on reporting suspicious emails, not on avoiding mistakes.",
    false,
  ],
  [
    "Developers are the new insider threat: they paste secrets into public repos every single day.",
    true,
  ],
  [
    "Secret scanning in the build pipeline catches leaked keys before they leave the developer's machine.",
    false,
  ],
  [
    '"The human is not the weakest link, the human is the only link that can adapt," argued the final speaker.',
    false,
  ],
  ['"We can harden servers, but we can\'t harden Brenda from payroll," the speaker quipped.', true],
  [
    "Phishing-resistant MFA removes the need for anyone in payroll to spot a fake login page.",
    false,
  ],
  [
    "Curriculum outline: Module 1, why attackers target people; Module 2, recognising pressure tactics; Module 3, how to report.",
    false,
  ],
  [
    "If your staff can't follow a simple rule like locking their screen, what hope is there for anything else?",
    true,
  ],
  [
    "Screens now lock automatically after five minutes of inactivity across all managed devices.",
    false,
  ],
  [
    "In the Q&A, someone asked whether blaming users ever helps. The panel's answer was a unanimous no.",
    false,
  ],
  [
    "In the Q&A, the panel agreed that users will never learn and technical controls are the only answer.",
    true,
  ],
  ["The average employee is a walking data breach waiting for the right email.", true],
  [
    "The average employee receives over a hundred emails a day and has seconds to judge each one.",
    false,
  ],
  [
    "Human error causes nearly every breach, which makes your people your single biggest risk.",
    true,
  ],
  [
    "Data breach statistics are often skewed by how investigators choose to categorise root causes.",
    false,
  ],
  [
    "Your staff are trying to get their jobs done. Security that gets in their way will be bypassed, and that's on us.",
    false,
  ],
  [
    "Your staff will bypass any security control that slows them down, so assume they are already doing it.",
    true,
  ],
  [
    "Our latest benchmark: organisations with a simple report-phishing button saw threats contained 40 minutes faster.",
    false,
  ],
  [
    "CISO roundtable takeaway: culture eats controls for breakfast, and culture starts with leadership.",
    false,
  ],
  [
    "CISO roundtable takeaway: staff are careless, executives are worse, and contractors are the worst of all.",
    true,
  ],
  [
    "Contractors often receive accounts with no expiry date; review third-party access every quarter.",
    false,
  ],
  [
    "Workers who use personal devices are basically inviting attackers in through the front door.",
    true,
  ],
  [
    "Personal devices used for work should be enrolled in basic management or kept off sensitive systems.",
    false,
  ],
  [
    '"People are the problem" is what you say when you haven\'t done the root cause analysis.',
    false,
  ],
  [
    "In twenty years of incident response, I have never met a breach that didn't start with a human screwing up.",
    true,
  ],
  [
    "The e-learning provider reports completion rates above 90% but notes completion says little about behaviour.",
    false,
  ],
  [
    "Your employees are literally handing attackers the keys. Our platform takes the keys away.",
    true,
  ],
  [
    "Our platform rotates keys automatically so that no single leaked credential stays useful for long.",
    false,
  ],
  [
    "Trainer's tip: praise people publicly when they report a phish, even if it turns out to be harmless.",
    false,
  ],
  [
    "Trainer's tip: name and shame the repeat clickers, nothing motivates like embarrassment.",
    true,
  ],
  [
    "The panel discussed whether cyber insurance premiums are driving better security or just more paperwork.",
    false,
  ],
  [
    "Why do smart people make dumb security decisions? Because they think it won't happen to them.",
    true,
  ],
  [
    "Why do smart people make risky security decisions? Often because the secure option isn't available or takes too long.",
    false,
  ],
  [
    'We built a culture where people feel safe saying "I think I clicked something" within minutes.',
    false,
  ],
  [
    "Staff who admit they clicked something are the exception; most try to cover it up, which tells you everything.",
    true,
  ],
  [
    "Breaches in the sector are overwhelmingly the result of unpatched internet-facing services, the interview revealed.",
    false,
  ],
  ['Bluntly, the CISO said, "Our people are the reason we had an incident last year."', true],
  ['"Our process failed the people using it," the CISO said of last year\'s incident.', false],
  [
    "Insider threat programmes should focus on access reviews and offboarding, not on surveillance of every keystroke.",
    false,
  ],
  ["Watch every keystroke. The insider you trust most is the one most likely to betray you.", true],
  [
    "A leaver's account that stays active for months is a process gap, not a personal failing.",
    false,
  ],
  [
    "Customer service reps will read out account details to anyone who sounds stressed enough.",
    true,
  ],
  [
    "Call centres need a verification script that staff can fall back on when a caller pushes hard.",
    false,
  ],
  ["Most of your people want to do the right thing; give them the tools and the time.", false],
  ["Most people do the bare minimum on security, and the bare minimum is never enough.", true],
  [
    "Slide 14: Humans = #1 attack vector. Solution: remove humans from the loop wherever possible.",
    true,
  ],
  [
    "Slide 14: top attack vectors this year: exposed RDP, phishing, vulnerable edge devices.",
    false,
  ],
  ["Security awareness month reminder: our helpdesk is open 24/7 if something looks off.", false],
  ["Security awareness month, again, because apparently nobody listened last year.", true],
  ["Our research suggests that shame-based training increases click rates in the long run.", false],
  ["The human factor isn't a bug in the system; it's what the system is for.", false],
  [
    "Accountants, lawyers and HR staff are the three groups attackers love most, because they'll open anything with an attachment.",
    true,
  ],
  [
    "Accountants, lawyers and HR staff receive attachments as part of their job, so sandbox attachments rather than ban them.",
    false,
  ],
  [
    "A panellist warned that security teams who treat colleagues as adversaries end up with adversarial colleagues.",
    false,
  ],
  ["Treat every colleague as a potential adversary. That's not paranoia, that's zero trust.", true],
  [
    "Zero trust means verifying every request; it says nothing about distrusting the people making them.",
    false,
  ],
  [
    'I\'ve seen a CFO approve a six-figure transfer because the email said "urgent". Executives are the easiest targets there are.',
    true,
  ],
  [
    "Require dual approval and a phone call for any transfer above a set threshold, regardless of who asks.",
    false,
  ],
  [
    "We interviewed 30 employees who had fallen for phishing. Every one had been multitasking under deadline pressure.",
    false,
  ],
  [
    "In the interview, the CISO said her team's biggest mistake was rolling out MFA without explaining why.",
    false,
  ],
  ["IT staff are the worst: they have the most access and the least patience for rules.", true],
  [
    "Privileged accounts deserve separate credentials and just-in-time access, whoever holds them.",
    false,
  ],
  ['The training provider\'s pitch: "Turn your weakest link into your strongest defence."', true],
  ["Their pitch went: \"Your staff aren't a weak link. Let's help them show it.\"", false],
  [
    "Users treat security prompts like speed bumps: an annoyance to be driven over as fast as possible.",
    true,
  ],
  [
    'Frequent security prompts train people to click "allow" without reading, so prompt only when it matters.',
    false,
  ],
  [
    "A show of hands: how many of you have a colleague you'd never trust with a password? Everyone. Exactly.",
    true,
  ],
  ["The panel's chair closed with a plea to measure reporting, not clicking.", false],
  [
    'Podcast guest: "Honestly the hardest part of my job is stopping smart people from doing stupid things."',
    true,
  ],
  [
    'Podcast guest: "The hardest part of my job is getting budget for things that only pay off if nothing happens."',
    false,
  ],
  [
    "People are curious, helpful and busy. Attackers know it, so we design controls that don't depend on perfection.",
    false,
  ],
  ["Helpful staff are a hacker's dream. Kindness is a vulnerability.", true],
  [
    "Our tabletop exercise showed the incident plan assumed a team that doesn't exist out of hours.",
    false,
  ],
  [
    "Millennials and Gen Z staff overshare on social media and hand attackers everything they need.",
    true,
  ],
  [
    "Public social media profiles make targeted phishing easier; brief staff on what attackers can find.",
    false,
  ],
  ["Behavioural science tells us that people respond better to clear norms than to fear.", false],
  [
    "Fear works. Tell staff a breach will be traced back to them and watch behaviour change overnight.",
    true,
  ],
  [
    "An employee who reports a mistake quickly has done the most valuable thing possible in that moment.",
    false,
  ],
  [
    "Ask any pen tester: the easiest way into a building is a smile and a clipboard, because staff never question anyone.",
    true,
  ],
  ["Ask any pen tester: a badge reader that props open for deliveries is an open door.", false],
  [
    "Our CISO roundtable found budget, skills shortages and legacy systems were the top three challenges.",
    false,
  ],
  ["Regulators increasingly expect boards, not front-line staff, to own cyber risk.", false],
  ["Frankly, the average user has the security instincts of a golden retriever.", true],
  ["A mature programme treats each human error as a signal to fix a system, not a person.", false],
  [
    "Older employees are a disaster waiting to happen; they simply don't understand the technology.",
    true,
  ],
  [
    "Older employees in our pilot reported phishing at the same rate as younger colleagues once the button was easy to find.",
    false,
  ],
  ['Interview excerpt: "I\'d rather have ten reports of nothing than one silent click."', false],
  [
    'Interview excerpt: "Give a user a choice between security and a cat video and you know which one wins."',
    true,
  ],
];
