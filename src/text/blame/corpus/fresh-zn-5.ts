import type { RawBlameExample } from "./types.js";

/** News headlines and first sentences of news and trade-press stories on security incidents, with analyst one-liners. Written fresh for Rapport (brief ZN). */
export const FRESH_ZN_5: readonly RawBlameExample[] = [
  [
    "Opinion: Security awareness training has become an industry for blaming users after the fact",
    false,
  ],
  [
    "Columnist: I've stopped being surprised by what staff will do with a spreadsheet of customer data",
    true,
  ],
  [
    "Backups that sit on the same network as production are not backups; they are a second target, the advisory warns.",
    false,
  ],
  [
    "End users will always choose convenience over security, a product manager told the webinar audience.",
    true,
  ],
  [
    "Consultant: 'Give users a secure option that is also the easy option and they take it, almost every time.'",
    false,
  ],
  [
    "Managed service providers have become the favoured route into small firms, with one compromise opening dozens of clients.",
    false,
  ],
  ["'Our receptionist gave away the keys to the kingdom,' says hacked firm's founder", true],
  ["Hacked firm's founder admits he overruled IT on buying MFA to save money", false],
  ["Sloppy staff habits cost UK firms billions, vendor-funded study claims", true],
  [
    "Vendor-funded studies blaming employee sloppiness should be treated with caution, academics say",
    false,
  ],
  [
    "Shadow AI tools are a data leakage risk, as text users paste into public chatbots may be retained, analysts warn.",
    false,
  ],
  ["Staff pasting confidential data into chatbots, and they don't care who sees it", true],
  [
    "The most dangerous device on most office networks is the printer nobody has updated since installation.",
    false,
  ],
  [
    "Analyst: 'In ten years of incident response I've never seen a breach where somebody didn't do something stupid first.'",
    true,
  ],
  [
    "Responder: flat networks and missing logs turn minor intrusions into company-ending events",
    false,
  ],
  ["Survey: IT teams spend a fifth of their week cleaning up after colleagues' mistakes", true],
  ["Phishing kits sold as a service now bypass most SMS codes in real time", false],
  [
    "Expert: humans are hard-wired to click, so stop expecting them not to and design systems that survive it",
    false,
  ],
  ["Human error behind three quarters of cloud data leaks, says cloud security start-up", true],
  ["Cloud defaults, not human error, behind most data leaks, researchers counter", false],
  ["Trade press: Are your staff secretly your biggest cyber risk? Spoiler: yes", true],
  ["Trade press: Five signs your backup strategy won't survive ransomware", false],
  [
    "Expert warns: legacy operational technology cannot be patched and should never touch the internet",
    false,
  ],
  [
    "Analyst: 'The insider is more dangerous than any hacker, because they already have the password.'",
    true,
  ],
  [
    "Analyst: 'Insider is a lazy label; most cases we see are broken permissions, not bad people.'",
    false,
  ],
  ["Payroll fraud at care home traced to manager who ignored two warning emails", true],
  ["Criminals target care homes with fake agency-staff invoices, police warn", false],
  [
    "Penetration tester: 'I've never failed to get in by phoning the helpdesk and sounding tired.'",
    true,
  ],
  [
    "Helpdesk password reset processes that rely on knowledge questions are trivial to abuse, a security guide warns.",
    false,
  ],
  [
    "Report: user-reported phishing has doubled, with staff now catching attacks before filters do",
    false,
  ],
  ["Employee who fell for deepfake CFO call 'should have checked', says firm", true],
  ["Deepfake CFO call fooled finance team despite all the right checks, firm says", false],
  ["People remain the problem, says security chief who has spent £2m on tools", true],
  [
    "Cyber chief: the problem in our organisation is not the employees, it's that we never gave them a way to report mistakes without fear",
    false,
  ],
  [
    "Analyst: 'Unsupported operating systems are the silent killers of SME security budgets.'",
    false,
  ],
  [
    "Commentator: Let's stop pretending. Some people simply should not be allowed near a computer at work.",
    true,
  ],
  ["Attackers hijack abandoned domains to intercept emails meant for defunct suppliers", false],
  ["Staff to blame, council says", true],
  [
    "Misconfigured collaboration workspace exposed client lists for months, researcher finds",
    false,
  ],
  ["Whitepaper: 'The user is, and always has been, the soft target'", true],
  [
    "Whitepaper: user behaviour analytics generates more false positives than real findings at small firms",
    false,
  ],
  [
    "Consultant: 'Most of my clients' staff think cyber security is a sticker on the laptop.'",
    true,
  ],
  ["Consultant: 'Small firms buy a product once and assume the job is done for ever.'", false],
  [
    "Firmware vulnerabilities in cheap network cameras give attackers a foothold on thousands of office networks.",
    false,
  ],
  ["Employees ignoring update prompts leave firms exposed, warns patching vendor", true],
  ["Patching vendor admits its update prompts were confusing and 'far too easy to dismiss'", false],
  [
    "Survey firm: one in five employees has clicked a link they knew looked suspicious 'just to see'",
    true,
  ],
  [
    "Survey firm: one in five organisations has no way for employees to report a suspicious email",
    false,
  ],
  [
    "Credential stuffing is cheap, automated and works because passwords alone are not enough",
    false,
  ],
  ["Analyst: 'Staff are the easy way in. Attackers know it; so should you.'", true],
  [
    "Trade press: three-quarters of ransomware victims were running at least one internet-facing system with a known exploited flaw",
    false,
  ],
  ["Warehouse staff blamed after ransomware spread from unattended scanner PC", true],
  ["Security vendor chief executive: 'Humans are the bug in every system we've ever built.'", true],
  [
    "Security researcher: 'The bug isn't humans. It's systems built as if humans never make mistakes.'",
    false,
  ],
  ["Spelling-mistake advice now obsolete", false],
  ["IT manager says colleagues 'treat the firewall like a suggestion'", true],
  [
    "Encryption keys stored next to the data they protect found in a third of audited cloud setups",
    false,
  ],
  [
    "Trade press: It's time finance teams took responsibility for the invoice scams they keep falling for",
    true,
  ],
  ["Trade press: Invoice fraud thrives where payment approvals depend on a single inbox", false],
  ["Analyst one-liner: 'You can't firewall gullibility.'", true],
  ["Analyst one-liner: 'Unmonitored privileged accounts are where breaches go to grow.'", false],
  ["Careless clicks by staff cost average small business £4,200, bank study says", true],
  ["Average ransomware recovery cost for small firms tops £25,000, excluding lost trade", false],
  [
    "Columnist: I love my colleagues, but I wouldn't trust half of them with a stapler, let alone an admin password",
    true,
  ],
  [
    "Columnist: The admin password shouldn't be something anyone is trusted with; that's what just-in-time access is for",
    false,
  ],
  [
    "'It only takes one idiot', says MP calling for compulsory cyber training in public bodies",
    true,
  ],
  [
    "MP says public bodies' ageing IT, not employee error, is to blame for repeated breaches",
    false,
  ],
  [
    "Expert: a strong password policy is undermined every time someone writes the password on a Post-it, which they always do",
    true,
  ],
  [
    "Expert: forced complexity rules push users to predictable patterns; length and a password manager work better",
    false,
  ],
  ["Mobile device management adoption still below 40% at firms under 50 staff", false],
  ["Report: helpdesk staff reset passwords for impostors in seven out of ten test calls", true],
  [
    "Vendor: SMS codes can be intercepted through SIM swaps; app-based codes or hardware keys are safer",
    false,
  ],
  ["Employee training pays off as reported phishing rises and clicks fall, council finds", false],
  ["Graduate's LinkedIn post revealed internal system names to attackers, firm says", true],
  ["Bank clerk's blunder let fraudster empty pensioner's account, ombudsman rules", true],
  ["Ombudsman orders bank to refund scam victim, criticising its weak fraud checks", false],
  ["The user did everything right and still got phished: here's how the attack worked", false],
  [
    "Staff negligence now the leading cause of reported breaches in education, sector body says",
    true,
  ],
  [
    "Opinion: The user is the one part of the system you can't upgrade, so plan around their stupidity",
    true,
  ],
  [
    "Analyst: 'Sad but true: your people will hand over anything to someone who asks nicely and says it's urgent.'",
    true,
  ],
  ["Office workers' obsession with free Wi-Fi is a hacker's dream, warns VPN maker", true],
  [
    "Trade press: Your marketing team is installing browser extensions you've never heard of, and they'll keep doing it",
    true,
  ],
  ["Quote of the week: 'Security would be easy if it weren't for the people.'", true],
  [
    "Analyst: 'Staff treat phishing tests like a game and real emails like a chore, which is exactly backwards.'",
    true,
  ],
];
