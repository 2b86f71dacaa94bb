import type { RawBlameExample } from "./types.js";

/** Textbook chapters on the human factor, white papers and a mix of the other speakers. Written fresh for Rapport (brief ZB). */
export const FRESH_ZB_4: readonly RawBlameExample[] = [
  [
    "Learning objectives: by the end of this chapter you should be able to explain why the user is the primary source of security failure.",
    true,
  ],
  [
    "Learning objectives: by the end of this chapter you should be able to distinguish slips, lapses and mistakes, and the design responses to each.",
    false,
  ],
  [
    "As the chapter argues, no cryptographic scheme can survive an operator who will reveal the key when asked nicely.",
    true,
  ],
  [
    "Case study 9.2 examines how a hospital redesigned its login process after nurses began sharing accounts to save time.",
    false,
  ],
  [
    "Case study 9.3 shows how one careless nurse compromised the records of an entire hospital.",
    true,
  ],
  [
    "The author notes that compliance budgets are often spent on controls that users actively route around.",
    false,
  ],
  [
    "Review question: why do end users persistently ignore even the clearest security warnings?",
    true,
  ],
  [
    "Review question: what factors in interface design influence whether a warning is noticed and understood?",
    false,
  ],
  [
    "Figure 4.1 depicts the employee as the outermost and most porous layer of the defence-in-depth model.",
    true,
  ],
  [
    "Figure 4.1 depicts defence in depth: perimeter, network, host, application and data layers.",
    false,
  ],
  ["Social engineering works because humans are hard-wired to be exploited.", true],
  [
    "Social engineering exploits ordinary cues like authority, urgency and reciprocity that serve us well most of the time.",
    false,
  ],
  [
    'The textbook devotes an entire chapter to the "dumb user" stereotype and why it has hindered the field.',
    false,
  ],
  [
    "Put simply, the chapter concludes, end users are the bug that security engineers will never be allowed to fix.",
    true,
  ],
  [
    "Further reading: studies on usable authentication and the cost of password policies to productivity.",
    false,
  ],
  [
    "The literature is consistent: most users cannot be relied upon to make sound security decisions.",
    true,
  ],
  [
    "The literature suggests users make reasonable cost-benefit decisions given the information and time they have.",
    false,
  ],
  [
    "Key term: insider threat, a risk posed by people with legitimate access, whether through malice or accident.",
    false,
  ],
  ["Key term: wetware, the squishy, error-prone component that breaks every secure system.", true],
  [
    "White paper: eliminating human risk through continuous behavioural monitoring of every employee.",
    true,
  ],
  [
    "White paper: a practical guide to reducing standing privileges in small IT environments.",
    false,
  ],
  [
    "Executive summary: the organisations in our sample that suffered the largest losses had the least attentive workforces.",
    true,
  ],
  [
    "Executive summary: the organisations in our sample that suffered the largest losses lacked tested backups.",
    false,
  ],
  [
    "Our appliance inspects every outbound file, because you can't rely on staff not to email spreadsheets to their personal accounts.",
    true,
  ],
  [
    "Data loss prevention rules flag files with payment card numbers before they leave the network.",
    false,
  ],
  [
    "Press release: Company X launches AI assistant that stops employees from making costly mistakes they'd otherwise inevitably make.",
    true,
  ],
  [
    "Press release: new integration brings one-click phishing reporting to mobile mail apps.",
    false,
  ],
  [
    "Industry veteran: \"In every org chart I've ever seen, the riskiest box is labelled 'staff'.\"",
    true,
  ],
  [
    "Industry veteran: \"The riskiest box on any network diagram is the one labelled 'legacy, do not touch'.\"",
    false,
  ],
  [
    "Frankly, expecting the average office worker to spot a deepfake voice call is unreasonable.",
    false,
  ],
  [
    "The average office worker will believe a deepfake of their boss without a second thought. That's the scary part.",
    true,
  ],
  [
    "Agree a code word for urgent payment requests so staff can verify a caller who sounds like the boss.",
    false,
  ],
  [
    "There's a special kind of user who reports the phishing test and then clicks the real phish an hour later.",
    true,
  ],
  [
    "No patch exists for an employee who thinks the phishing test is the only phish they'll ever get.",
    true,
  ],
  [
    "Your users are creative, just not in ways you'd like: they'll find seven ways to disable the VPN.",
    true,
  ],
  [
    "When users disable the VPN, check whether it breaks video calls; ours did, and fixing it ended the problem.",
    false,
  ],
  [
    "A significant share of cloud data exposures stem from default settings that providers have since changed.",
    false,
  ],
  [
    "A significant share of cloud data exposures stem from sloppy admins who can't read a permissions page.",
    true,
  ],
  ["Shadow IT usually points to a real business need that approved tools aren't meeting.", false],
  ["Panel: can AI finally save us from our own users?", true],
  ["Panel: what AI changes, and doesn't, for small business security.", false],
  ["It's 2024 and people are still plugging in random USB sticks. Humanity was a mistake.", true],
  [
    "The awareness provider publishes its content under an open licence so small firms can reuse it free of charge.",
    false,
  ],
  ["Executives who refuse MFA are the single biggest risk in most of the firms I advise.", true],
  [
    "In most firms I advise, the biggest gap is MFA on legacy email protocols that bypass the modern login.",
    false,
  ],
  [
    "Onboarding pack: here's how to spot a scam, who to tell, and why you'll never be in trouble for asking.",
    false,
  ],
  [
    "Onboarding pack: remember, you are the biggest security risk this company has. Act like it.",
    true,
  ],
  [
    'The breach was attributed to a "rogue employee", a phrase that ended the inquiry before it began.',
    false,
  ],
  [
    "The breach was the work of a rogue employee, and no control on earth could have stopped him.",
    true,
  ],
  [
    "Our data indicates that a small number of employees account for the vast majority of risky clicks, so target them.",
    true,
  ],
  [
    "Our data indicates that risky clicks cluster around specific email templates, so we tuned the filters for those.",
    false,
  ],
  [
    "Speaker's opening line: \"Hands up if you trust your colleagues. Now put them down, you shouldn't.\"",
    true,
  ],
  [
    "Speaker's opening line: \"Every person in this room has been phished at least once. That's not a confession, it's a statistic.\"",
    false,
  ],
  ["Help desks are a soft target: agents reset passwords for anyone who asks politely.", true],
  [
    "Help desks need identity checks that don't rely on information an attacker can find online.",
    false,
  ],
  [
    "Interview: the CISO credits a receptionist with stopping last year's most serious social engineering attempt.",
    false,
  ],
  [
    "Interview: the CISO says last year's most serious incident came down to a receptionist who wasn't paying attention.",
    true,
  ],
  [
    "Survey respondents who worked more than 50 hours a week were twice as likely to report having made a security mistake.",
    false,
  ],
  ["Overworked or not, people who make security mistakes need to face consequences.", true],
  [
    "We recommend a no-blame reporting policy, written down and signed by the managing director.",
    false,
  ],
  [
    "Policy text: any employee found to have caused a breach through negligence will be subject to disciplinary action.",
    true,
  ],
  [
    "Policy text: employees must report suspected security incidents to the IT service desk as soon as possible.",
    false,
  ],
  [
    "Quarterly newsletter: welcome to our two new IT support staff, who will be handling device rollouts.",
    false,
  ],
  [
    "Quarterly newsletter: yet again, the phishing test shows that half of you weren't paying attention.",
    true,
  ],
  ["It's tempting to blame the person who clicked. Resist it.", false],
  ["I don't blame the hackers. I blame the people who let them in.", true],
  ["Hackers exploit trust, and your employees hand it out like free samples.", true],
  [
    "Attackers exploit trust relationships between suppliers and customers; verify changes out of band.",
    false,
  ],
  [
    "Vendor blog: why your people are your greatest security asset, with practical steps to support them.",
    false,
  ],
  [
    "Vendor blog: why your people are your greatest security liability, and what our platform does about it.",
    true,
  ],
  [
    "Security teams should spend as much time listening to staff as they do instructing them.",
    false,
  ],
  ["Trust nobody in accounts. They'll click it. They always click it.", true],
  ["The audit found staff had shared mailbox passwords with half the building, as usual.", true],
  ["Ultimately, firewalls don't cause breaches. Employees do.", true],
  ["Ultimately, the question isn't who clicked but why one click was enough.", false],
  [
    "Passwords fail because people choose terrible ones and then share them with half the office.",
    true,
  ],
  [
    "Passwords fail at scale because they can be phished, reused and guessed; that's why passkeys matter.",
    false,
  ],
  ["You can lead a user to training, but you can't make them think.", true],
  [
    "Micro-learning, delivered at the point of need, outperformed annual training in our twelve-month study.",
    false,
  ],
  [
    "The trouble with human beings is that they're human. And that's why you'll get breached.",
    true,
  ],
  [
    "Being human isn't a vulnerability; building systems that require superhuman vigilance is.",
    false,
  ],
  [
    "Keynote recap: the speaker argued the industry has spent two decades blaming users for vendors' usability failures.",
    false,
  ],
  [
    "Keynote recap: the speaker argued that until users stop being careless, no investment will be enough.",
    true,
  ],
  [
    "Our research team found that most employees would sell their work password for less than £100.",
    true,
  ],
  [
    "Our research team found that employees who were offered a password manager adopted it within a week.",
    false,
  ],
  ["If there's a way to get it wrong, an employee will find it.", true],
  [
    "If there's a way to get it wrong, assume someone eventually will, and design so the damage is contained.",
    false,
  ],
  ["Careless. Curious. Compromised. Meet your workforce.", true],
  ["Curious, helpful, busy: meet the people your security programme is supposed to serve.", false],
  [
    "The government scheme offers part-funded cyber health checks for firms with under 50 staff.",
    false,
  ],
  [
    "Local business owners, take note: the hacker you should fear most is the temp you hired last week.",
    true,
  ],
  ['CISO interview: "I spend half my budget protecting the company from its own staff."', true],
  [
    'CISO interview: "I spend half my time translating risk into language the board can act on."',
    false,
  ],
  [
    "Sad but true: a staff member with a grudge can do more damage in an afternoon than a hacker can in a year.",
    true,
  ],
  [
    "Offboarding checklists should revoke access on the last day, including shared accounts and API keys.",
    false,
  ],
  ["Everyone makes mistakes. Our job is to make them cheap.", false],
  ["Ignorance, apathy and arrogance: the three reasons your staff will get you breached.", true],
  [
    "Unclear instructions, missing tools and time pressure: the three reasons staff end up working around security.",
    false,
  ],
  [
    "Moral of the story: never underestimate the ability of users to undo years of security engineering in a single afternoon.",
    true,
  ],
  ["Moral of the story: test your restore process before you need it.", false],
  [
    "The people in your organisation are not the problem to be solved; they're the reason you're solving it.",
    false,
  ],
  ["Human nature is the one exploit that never gets patched, and every employee carries it.", true],
  ["Security culture improves when leaders admit their own near-misses in front of staff.", false],
  ["Textbook sidebar: the so-called PEBCAK problem, or why the user is usually the fault.", true],
  [
    'Survey finds staff "routinely" ignore security advice, with one in five admitting they never read IT emails at all.',
    true,
  ],
];
