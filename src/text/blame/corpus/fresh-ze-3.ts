import type { RawBlameExample } from "./types.js";

/** Security journalists, news reports and industry analyst reports. Written fresh for Rapport (brief ZE). */
export const FRESH_ZE_3: readonly RawBlameExample[] = [
  ["Once again, a breach traced back to an employee who clicked a link they shouldn't have.", true],
  [
    "Analysts say human error remains the Achilles heel of corporate security, with careless staff behind most incidents.",
    true,
  ],
  [
    "The report's conclusion is blunt: employees are the weakest link and companies must treat them accordingly.",
    true,
  ],
  [
    "The lesson of the case, experts say, is that any employee with access is a potential insider threat.",
    true,
  ],
  ["Most CISOs we spoke to agreed: their own staff are the biggest risk they face.", true],
  ["The city's systems were crippled because one clerk opened a booby-trapped invoice.", true],
  ["Careless workers are costing companies billions, a new industry study claims.", true],
  [
    "It was, as so often, a human failure: a staff member who ignored every warning on the screen.",
    true,
  ],
  [
    "Hospital staff continue to treat cyber security as an afterthought, leaving patient data exposed.",
    true,
  ],
  [
    "Negligent insiders now outnumber malicious hackers as a source of breaches, the firm warns.",
    true,
  ],
  [
    "Security experts warn that the biggest threat to your company may be sitting in the next cubicle.",
    true,
  ],
  [
    "The bank's losses began with an employee who fell for a fake CEO phone call, a classic failure of judgement.",
    true,
  ],
  [
    "Despite years of training, users still fall for the same tired tricks, the report finds.",
    true,
  ],
  [
    "Remote employees have become the soft target, their lax home habits opening doors for attackers.",
    true,
  ],
  [
    "Analysts describe the human factor as the 'unpatchable vulnerability' in enterprise security.",
    true,
  ],
  [
    "In the end, it wasn't sophisticated hacking. Someone just left the password in a shared document.",
    true,
  ],
  [
    "The ministry's leak was pinned on a junior official who emailed the spreadsheet to the wrong list.",
    true,
  ],
  ["Staff complacency, not technology, is the root cause, the auditor concluded.", true],
  [
    "'Why hack a system when you can hack a person who isn't paying attention?' a senior analyst told us.",
    true,
  ],
  [
    "The firm's report labels employees 'the human vulnerability' and urges tighter monitoring of staff.",
    true,
  ],
  ["The school's IT manager admitted teachers routinely ignore security rules.", true],
  [
    "Investigators say the leak happened because a contractor couldn't be bothered to follow protocol.",
    true,
  ],
  [
    "Cyber criminals are exploiting the gullibility of employees at a record pace, according to the quarterly threat report.",
    true,
  ],
  ["Experts agree the weakest link remains the person in front of the screen.", true],
  ["Many small businesses have no idea their own staff are their biggest cyber liability.", true],
  [
    "The analyst firm predicts that by 2027 most incidents will stem from employees failing to follow basic rules.",
    true,
  ],
  ["The pipeline shutdown began, as so many do, with one worker's sloppy password habits.", true],
  ["Insider incidents have risen sharply as disloyal employees cash in on stolen data.", true],
  [
    "It's the same story every time: an untrained, overconfident user and a malicious attachment.",
    true,
  ],
  [
    "Employee carelessness was a factor in most incidents studied, the report says, calling staff 'a persistent liability'.",
    true,
  ],
  ["Finance departments, sources say, remain dangerously naive about invoice fraud.", true],
  [
    "Airline staff reportedly shared passwords on a group chat, in what one expert called 'breathtaking negligence'.",
    true,
  ],
  ["Human stupidity, one forensic investigator told us with a sigh, is the common thread.", true],
  [
    "The council's statement was unambiguous: the breach was down to a member of staff who 'failed to exercise due care'.",
    true,
  ],
  [
    "Gen Z workers are the riskiest generation in the office, careless with data and blasé about passwords, the survey suggests.",
    true,
  ],
  [
    "Executives, it turns out, are the worst at security: reusing passwords and demanding exemptions.",
    true,
  ],
  ["The vendor's whitepaper calls the average employee 'an accident waiting to happen'.", true],
  [
    "Once again, 'human error' appears in the breach notice, and once again a staff member is made the reason.",
    true,
  ],
  [
    "Workers who plug personal devices into corporate networks are a growing menace, the report warns.",
    true,
  ],
  ["The report notes, almost wearily, that users simply do not learn.", true],
  [
    "A rogue insider with a grudge did more damage than any foreign hacking group this year, the analysis concludes, urging firms to watch their people.",
    true,
  ],
  ["IT staff, of all people, were found using 'admin' as a password.", true],
  ["'Your people will betray you, mostly by accident,' the analyst quipped.", true],
  ["The breach that exposed 2 million records came down to one employee's sheer laziness.", true],
  [
    "Humans will always be the problem, the panel agreed, so the only answer is to remove them from the loop.",
    true,
  ],
  ["Staff at the agency were described as 'cavalier' about classified material.", true],
  [
    "The breach began with a vulnerability in the file transfer appliance that the vendor had known about for months.",
    false,
  ],
  [
    "Researchers argue the 'weakest link' narrative lets companies avoid spending on secure design.",
    false,
  ],
  [
    "The report found that users reported phishing faster than automated tools detected it in a third of cases.",
    false,
  ],
  [
    "Analysts say insider threat programmes often damage trust and rarely catch malicious actors.",
    false,
  ],
  [
    "The investigation concluded the clerk followed the written procedure; the procedure itself was flawed.",
    false,
  ],
  [
    "Human error was cited in the breach notice, but documents show staff had warned management about the system for two years.",
    false,
  ],
  [
    "The survey found employees want more security training, not less, but say current courses are irrelevant to their jobs.",
    false,
  ],
  ["Budget cuts left the council's IT team with two people to look after 4,000 devices.", false],
  [
    "Experts point out that the ransomware group had been selling access to the network on criminal forums for weeks.",
    false,
  ],
  [
    "The analyst firm now recommends measuring secure behaviour enablement instead of click rates.",
    false,
  ],
  [
    "According to the study, organisations with blame-free reporting contained incidents 30% faster.",
    false,
  ],
  [
    "The hospital's staff were praised by regulators for spotting the intrusion and isolating affected wards.",
    false,
  ],
  [
    "Default passwords on internet-facing cameras remain a manufacturer problem, the regulator said.",
    false,
  ],
  [
    "The bank's losses began with a deepfake call so convincing that its own fraud team later failed to tell it apart.",
    false,
  ],
  [
    "Security researchers say the phrase 'human error' in breach notices often hides decisions made by executives.",
    false,
  ],
  [
    "The leak was traced to a misconfigured database built under a contract that contained no security requirements.",
    false,
  ],
  [
    "The report counts more than 2,300 vulnerabilities exploited in the wild this year, a new record.",
    false,
  ],
  [
    "Insider incidents remain rare in absolute terms, the data shows, and most are unintentional.",
    false,
  ],
  [
    "One analyst told us the industry 'sells fear of employees because it's easier than fixing products'.",
    false,
  ],
  ["The study found that a well-designed reporting button doubled user reporting rates.", false],
  ["Attackers increasingly bypass people entirely, targeting exposed edge devices.", false],
  [
    "The pipeline shutdown began with a legacy VPN account that lacked multi-factor authentication, an exception the board had signed off.",
    false,
  ],
  [
    "Workers interviewed said they bypassed the VPN because it disconnected every twenty minutes.",
    false,
  ],
  [
    "Regulators fined the company for failing to patch a known flaw, not for the employee who clicked.",
    false,
  ],
  [
    "The analyst report concludes that employees are not the weakest link when given usable tools.",
    false,
  ],
  [
    "Most of the exposed records came from an API the vendor had left without authentication.",
    false,
  ],
  [
    "The school's IT manager said teachers follow security rules when the rules fit into a lesson timetable.",
    false,
  ],
  [
    "The council's post-incident review found chronic understaffing, not individual carelessness.",
    false,
  ],
  ["Security journalists have grown wary of breach notices that blame a single employee.", false],
  [
    "The survey showed 72% of employees had reported at least one suspicious email in the past year.",
    false,
  ],
  [
    "Researchers found that mandatory 90-day password changes led to predictable, weaker passwords.",
    false,
  ],
  [
    "The agency's staff had flagged the handling problem with classified material in three internal memos.",
    false,
  ],
  ["The breach involved a supply-chain compromise in a widely used software update.", false],
  [
    "Gen Z workers reported suspicious messages at higher rates than any other age group, the survey suggests.",
    false,
  ],
  [
    "Executives were targeted with tailored lures built from months of reconnaissance, investigators say.",
    false,
  ],
  [
    "The analyst firm warns that surveillance-heavy insider programmes can breach employment law.",
    false,
  ],
  [
    "Experts say 'human error' is often the last link in a chain of organisational failures.",
    false,
  ],
  [
    "Users in the study made safer choices when warnings explained the specific risk in plain language.",
    false,
  ],
  [
    "The report praises frontline staff at the utility for noticing unusual remote sessions.",
    false,
  ],
  [
    "Criminal groups now use large language models to write flawless phishing emails in dozens of languages.",
    false,
  ],
  [
    "The vendor quietly patched the flaw without notifying customers, leaving them exposed for weeks.",
    false,
  ],
  [
    "IT staff at the company had requested funding for a password manager three years running, and were refused.",
    false,
  ],
  [
    "Analysts note a decline in successful phishing at firms that rolled out phishing-resistant MFA.",
    false,
  ],
  [
    "The airline's crews had no sanctioned way to share rota information, so they used a group chat.",
    false,
  ],
  [
    "The breach notice blamed 'human error', but the error was a system that emailed the file automatically.",
    false,
  ],
  [
    "Insider risk, the report argues, is best managed through fair treatment and clear offboarding.",
    false,
  ],
  [
    "Small businesses are being hit by automated scanning tools that probe every IP address within hours.",
    false,
  ],
  ["The investigation found the password had been hardcoded by the software supplier.", false],
  [
    "Security awareness budgets rose 12% this year while spending on secure design fell, the analysts note.",
    false,
  ],
  [
    "The ministry's leak stemmed from an email client that autocompleted the wrong distribution list, a known defect.",
    false,
  ],
  [
    "Finance teams hit by invoice fraud say the lack of a verification procedure left them exposed.",
    false,
  ],
  ["The contractor had never been given the protocol, an internal email reveals.", false],
  [
    "Humans remain essential to detection, the report says, catching social engineering that filters miss.",
    false,
  ],
  [
    "The report warns that the 'weakest link' framing discourages staff from coming forward.",
    false,
  ],
  [
    "Researchers tracked how attackers chained three flaws in the router firmware to gain remote access.",
    false,
  ],
  [
    "The outage was caused by a faulty update pushed by a security vendor, not by any user action.",
    false,
  ],
  [
    "Staff described the security team as helpful and quick to respond, a finding the report calls unusual.",
    false,
  ],
  [
    "The analyst firm's new model for user risk focuses on exposure and privilege, not on blaming behaviour.",
    false,
  ],
  [
    "Hospital staff say they were never given encrypted devices, despite requests dating back to 2019.",
    false,
  ],
];
