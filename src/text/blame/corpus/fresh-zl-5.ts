import type { RawBlameExample } from "./types.js";

export const FRESH_ZL_5: readonly RawBlameExample[] = [
  [
    "The agency warned that a careless click by any one of its forty thousand staff could undo years of investment.",
    true,
  ],
  ["The agency warned that years of underinvestment in its IT estate had left it exposed.", false],
  [
    "Experts say workers are the soft target hackers go for first, because they are easier to fool than machines.",
    true,
  ],
  [
    "Experts say attackers target workers first because email remains the easiest route past perimeter defences.",
    false,
  ],
  ["Charity fined after volunteer's sloppy handling of donor data.", true],
  ["Charity fined after failing to give volunteers any guidance on handling donor data.", false],
  [
    "The health service said frontline staff were praised for spotting and reporting the phishing campaign within hours.",
    false,
  ],
  [
    "Provide a simple, well-publicised way for anyone in the organisation to report a security concern without fear of blame.",
    false,
  ],
  ["Disgruntled workers pose a hidden danger inside every company, the study warns.", true],
  [
    "The study found most data leaks were accidental and linked to confusing file-sharing settings.",
    false,
  ],
  [
    "Human error accounts for the overwhelming share of reported personal data breaches, the commissioner's figures show.",
    false,
  ],
  [
    "Human error accounts for most reported breaches, the commissioner said, urging firms to crack down on sloppy staff.",
    true,
  ],
  ["Ministry official left classified papers on a train in latest embarrassing lapse.", true],
  [
    "Ministry's document handling procedures criticised after classified papers were found on a train.",
    false,
  ],
  ["Cyber essentials: keep your devices and software up to date.", false],
  ["Hospital hit by ransomware after nurse opened infected email, sources say.", true],
  ["Hospital hit by ransomware after attackers exploited an unpatched server, sources say.", false],
  [
    "Industry body urges firms to treat their workforce as an asset in cyber defence, not a liability.",
    false,
  ],
  [
    "Employees who ignore security rules should face disciplinary action, the guidance recommends.",
    true,
  ],
  [
    "Where staff repeatedly bypass a security rule, the guidance recommends reviewing whether the rule is workable.",
    false,
  ],
  [
    "The inquiry concluded the leak was caused by a junior officer who did not follow basic procedures.",
    true,
  ],
  [
    "The inquiry concluded that no single individual was to blame and that procedures had been unclear for years.",
    false,
  ],
  [
    "Phishing-resistant MFA should be prioritised for administrators and internet-facing services.",
    false,
  ],
  ["Columnist: Our data is only as safe as the dimmest person with a login.", true],
  ["Columnist: Our data is only as safe as the systems we've chosen not to replace.", false],
  ["Tech workers' lax attitudes put customer data at risk, survey says.", true],
  [
    "Survey says tech workers feel under-resourced and lack time to apply security fixes properly.",
    false,
  ],
  [
    "Avoid using fear-based messaging in awareness campaigns; it tends to reduce engagement.",
    false,
  ],
  [
    "Police say a clerk's failure to check the caller's identity allowed fraudsters to empty the accounts.",
    true,
  ],
  ["Police say fraudsters used deepfake audio convincing enough to fool experienced staff.", false],
  [
    "Rogue insiders are the nightmare scenario for every security chief, the documentary reveals.",
    true,
  ],
  [
    "The documentary follows the security team of a mid-sized firm through a real ransomware recovery.",
    false,
  ],
  ["Boards should ask not 'who clicked?' but 'why could one click do so much damage?'.", false],
  [
    "The breach happened because staff are simply too trusting, the company's spokesperson said.",
    true,
  ],
  [
    "The breach happened because a third-party supplier's credentials were stolen, the company's spokesperson said.",
    false,
  ],
  ["Schools told teachers are the weak link after string of pupil data leaks.", true],
  [
    "Schools told to stop using unsupported management software after string of pupil data leaks.",
    false,
  ],
  [
    "Organisations should assume that some phishing emails will get through and plan their response accordingly.",
    false,
  ],
  ["People are the problem: why your staff are still your biggest cyber risk.", true],
  ["People are not the problem: why your staff could be your strongest cyber asset.", false],
  [
    "The minister said public servants must take personal responsibility for lapses that endanger national security.",
    true,
  ],
  [
    "The minister announced funding to replace the department's decades-old case management system.",
    false,
  ],
  [
    "Log and monitor privileged access, and review accounts regularly for permissions that are no longer needed.",
    false,
  ],
  ["Airline blames employee for IT meltdown that stranded thousands of passengers.", true],
  [
    "Airline blames power supply failure for IT meltdown that stranded thousands of passengers.",
    false,
  ],
  [
    "Security awareness should be ongoing, relevant to people's roles, and measured by behaviour rather than quiz scores.",
    false,
  ],
  ["Editorial: When will companies accept that their workforce is the open door?", true],
  ["Editorial: When will companies accept that cheap outsourcing is the open door?", false],
  [
    "Workers who use personal email for company files are endangering everyone, a report warns.",
    true,
  ],
  [
    "Workers use personal email for company files when the approved file-sharing tool doesn't work on their devices, a report finds.",
    false,
  ],
  [
    "The guide notes that insiders can cause harm both deliberately and accidentally, and controls should address both.",
    false,
  ],
  ["Retail chain admits that an employee's password was the key that let hackers in.", true],
  [
    "Retail chain admits that its point-of-sale systems ran software that had not been updated since 2016.",
    false,
  ],
  ["Report: Nearly half of employees would click a link from an unknown sender.", false],
  [
    "Report: Nearly half of employees are clueless enough to click a link from an unknown sender.",
    true,
  ],
  [
    "A stronger security culture starts at the top; leaders should model the behaviour they ask of staff.",
    false,
  ],
  [
    "The watchdog said the user had 'no excuse' for sending the spreadsheet to the wrong address.",
    true,
  ],
  [
    "The watchdog said the council had 'no excuse' for failing to restrict who could send bulk spreadsheets externally.",
    false,
  ],
  [
    "The weakest link in the election system this year was a poorly configured voter registration database.",
    false,
  ],
  [
    "Election officials are the weakest link, warns expert, citing their failure to spot basic phishing.",
    true,
  ],
  [
    "Staff training matters, but technical measures such as DMARC and attachment sandboxing prevent far more phishing.",
    false,
  ],
  ["Cyber chief: 'We can build walls, but we can't stop our own people opening the gate.'", true],
  [
    "Cyber chief: 'We can build walls, but we still haven't replaced the gate we installed in 1998.'",
    false,
  ],
  ["Fraudsters thrive on the gullibility of ordinary employees, the fraud office said.", true],
  [
    "Fraudsters thrive on payment systems that allow transfers without a second approver, the fraud office said.",
    false,
  ],
  [
    "The guidance advises employers to create a no-blame reporting culture so that mistakes surface quickly.",
    false,
  ],
  [
    "Teachers, doctors and civil servants keep falling for the same obvious scams, and it's getting ridiculous.",
    true,
  ],
  [
    "The scam emails were tailored using leaked personnel records, making them unusually convincing.",
    false,
  ],
  [
    "Insider trading of customer data is rife, and companies are too soft on the employees doing it.",
    true,
  ],
  ["Companies are too slow to remove access when employees leave, the audit office found.", false],
  [
    "The audit office found that departments kept blaming staff for incidents that were caused by missing controls.",
    false,
  ],
  [
    "Government staff still write their passwords on Post-it notes, leaked photos reveal, in another embarrassing blunder.",
    true,
  ],
  [
    "Government systems still require passwords for services that could use single sign-on, the digital service said.",
    false,
  ],
  [
    "Users of the app were urged to update immediately after a flaw in its login process was disclosed.",
    false,
  ],
  [
    "Hackers didn't need to break in; a worker simply handed them the password over the phone, police said.",
    true,
  ],
  [
    "Analysis: The outage was not caused by a cyberattack or by staff error but by a faulty software update.",
    false,
  ],
  [
    "Businesses cannot afford to keep hiring people who don't understand basic cyber hygiene, the chamber of commerce said.",
    true,
  ],
  [
    "Businesses need clearer, cheaper cyber advice they can actually act on, the chamber of commerce said.",
    false,
  ],
  [
    "The ombudsman criticised the pension provider for blaming a customer who had been tricked by a cloned website.",
    false,
  ],
  [
    "Pension provider says customer who was tricked by a cloned website should have known better.",
    true,
  ],
  [
    "Clear labelling of external emails helps staff make better decisions about what to trust.",
    false,
  ],
  [
    "Cabinet office warns every civil servant is a target and too many are making it easy for the enemy.",
    true,
  ],
];
