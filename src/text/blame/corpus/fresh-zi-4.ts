import type { RawBlameExample } from "./types.js";

/** Trade press and news articles: headlines, pull quotes and analyst comments found by keyword search. Written fresh for Rapport (brief ZI). */
export const FRESH_ZI_4: readonly RawBlameExample[] = [
  ["Council data breach blamed on employee who emailed spreadsheet to wrong address.", true],
  [
    "Council data breach traced to email autocomplete feature that suggested the wrong address.",
    false,
  ],
  ["Hospital IT chief: 'Our doctors treat passwords like an optional extra.'", true],
  [
    "Hospital IT chief: 'Our doctors share logins because the system takes four minutes to log in, and patients can't wait.'",
    false,
  ],
  [
    "Analyst: human error will remain the leading cause of cyber incidents for the foreseeable future.",
    true,
  ],
  [
    "Analyst: 'human error' is often a label applied after the fact to failures in process and design.",
    false,
  ],
  ["Retailer says rogue insider stole customer records and sold them online.", false],
  [
    "Retailer boss: 'You simply can't trust anyone who works on the shop floor with customer data.'",
    true,
  ],
  ["Police force fined after 'careless' officer left unencrypted laptop on a train.", true],
  [
    "Police force fined after failing to encrypt laptops issued to officers, regulator says.",
    false,
  ],
  ["Employees are still the weakest link, survey of IT leaders finds.", true],
  [
    "Survey finds employees want clearer guidance, not more rules, on handling sensitive data.",
    false,
  ],
  [
    "'It only takes one idiot,' says the chief executive of a firm hit by ransomware last spring.",
    true,
  ],
  [
    "'It only took one unpatched server,' says the chief executive of a firm hit by ransomware last spring.",
    false,
  ],
  ["Cybersecurity experts warn staff are the Achilles heel of British businesses.", true],
  [
    "Cybersecurity experts warn outdated software is the Achilles heel of British businesses.",
    false,
  ],
  ["Bank's outage caused by engineer's fat-finger mistake, sources say.", true],
  [
    "Bank's outage caused by a change process that let an untested script run in production, review finds.",
    false,
  ],
  ["Staff who fail phishing tests three times should be fired, says security chief.", true],
  [
    "Firing staff who fail phishing tests makes them hide real incidents, warns security chief.",
    false,
  ],
  ["Opinion: We need to stop treating users as the enemy of security.", false],
  ["Opinion: Users have had twenty years of training. At some point it's on them.", true],
  [
    "The breach happened because an employee ignored three separate security warnings, investigators said.",
    true,
  ],
  [
    "The breach happened because three separate security warnings were sent to an unmonitored mailbox, investigators said.",
    false,
  ],
  ["Universities struggle with cyber hygiene as students and staff ignore basic advice.", true],
  [
    "Universities struggle with cyber hygiene as decentralised IT leaves thousands of devices unmanaged.",
    false,
  ],
  ["Insider threat cases rose 40% last year, report says.", false],
  [
    "Insider threat: your own people are now the biggest danger to your business, report warns.",
    true,
  ],
  ["Tech columnist: 'Grandma clicks on everything, and so does your accounts department.'", true],
  [
    "Tech columnist: 'Scam texts now look identical to real delivery notices; stop mocking people who fall for them.'",
    false,
  ],
  [
    "Small business owners say their staff are too careless to be trusted with company laptops.",
    true,
  ],
  [
    "Small business owners say they can't afford managed IT, leaving laptops without updates.",
    false,
  ],
  [
    "Regulator: organisations cannot blame individual staff for failures of security culture.",
    false,
  ],
  [
    "Company spokesperson: 'This was the act of a single careless employee and does not reflect our security posture.'",
    true,
  ],
  [
    "Company spokesperson: 'We take full responsibility; our controls should have prevented this.'",
    false,
  ],
  ["Law firms are a soft target because lawyers think they're too clever to be conned.", true],
  [
    "Law firms are a soft target because they hold valuable data and often run thin IT teams.",
    false,
  ],
  ["CISO interview: 'I don't lose sleep over hackers. I lose sleep over my own users.'", true],
  [
    "CISO interview: 'I don't lose sleep over users. I lose sleep over the systems I haven't got visibility into.'",
    false,
  ],
  ["Human error blamed for exposure of thousands of voter records.", true],
  ["Misconfigured cloud storage exposed thousands of voter records, contractor admits.", false],
  [
    "Ransomware gang got in after a staff member fell for a fake Microsoft login page, the company said.",
    true,
  ],
  [
    "Ransomware gang got in using a known flaw in the company's file transfer software, the company said.",
    false,
  ],
  [
    "Security researcher: people are the only vulnerability that attackers can exploit for free.",
    true,
  ],
  [
    "Security researcher: vendors keep shipping default passwords, and attackers exploit them for free.",
    false,
  ],
  [
    "Experts say workers' bad habits, from password reuse to public Wi-Fi, are fuelling cybercrime.",
    true,
  ],
  ["Experts say password reuse persists because most sites still don't support passkeys.", false],
  ["Airline blames baggage system chaos on staff member who 'pressed the wrong button'.", true],
  [
    "Airline's baggage system chaos exposed a single point of failure with no rollback, engineers say.",
    false,
  ],
  ["Feature: Meet the employees who caught a nation-state phishing campaign.", false],
  ["Feature: Meet the employees who let a nation-state phishing campaign walk right in.", true],
  [
    "Study finds fines and public shaming do not reduce repeat clicking on simulated phishing.",
    false,
  ],
  [
    "Study finds a small group of serial clickers are responsible for most phishing compromises and should be restricted.",
    true,
  ],
  [
    "Columnist: 'People will sell their employer's secrets for the price of a weekend in Spain.'",
    true,
  ],
  [
    "Columnist: 'Espionage recruitment works on lonely, overworked people who feel undervalued; fix the workplace.'",
    false,
  ],
  [
    "Manufacturer's plant halted after an operator plugged a USB stick found in the car park into a control PC.",
    true,
  ],
  [
    "Manufacturer's plant halted because control PCs had USB ports enabled and no application allowlisting.",
    false,
  ],
  ["Trade body: smaller firms are not the weak link; they're the under-resourced link.", false],
  [
    "Trade body chair: 'Smaller suppliers are sloppy, and they're dragging the whole supply chain down.'",
    true,
  ],
  ["Healthcare staff continue to snoop on celebrity records despite repeated warnings.", true],
  [
    "Hospital introduces break-glass logging, and inappropriate record access drops sharply.",
    false,
  ],
  [
    "Whistleblower says management ignored her security concerns for two years before the breach.",
    false,
  ],
  [
    "Whistleblower was a disgruntled insider who should never have been given access, says firm.",
    true,
  ],
  ["Report: remote workers are three times more likely to cause a breach.", true],
  [
    "Report: breaches at remote-first firms linked to unmanaged personal devices, not the workers themselves.",
    false,
  ],
  [
    "Charity's donor list leaked after volunteer fell for a scam; trustees say volunteers 'just don't get security'.",
    true,
  ],
  ["Charity's donor list leaked after volunteers were given a shared login with no MFA.", false],
  ["'We're only as strong as our dumbest employee,' bank CEO tells investors.", true],
  ["'We're only as strong as our least-patched system,' bank CEO tells investors.", false],
  [
    "Minister blames 'hopelessly careless' official for secret documents left on a park bench.",
    true,
  ],
  [
    "Government department admits it had no secure way for officials to carry classified papers between buildings.",
    false,
  ],
  ["Editorial: Stop blaming the intern.", false],
  [
    "Editorial: Interns should never be trusted with anything more sensitive than the coffee order.",
    true,
  ],
  [
    "Kids these days overshare everything online, and now they're bringing that habit to work.",
    true,
  ],
  ["Young staff are often the first to spot a scam because they've grown up with them.", false],
  ["Cloud provider blames customer for misconfiguring storage bucket.", true],
  [
    "Cloud provider changes default bucket setting to private after years of accidental exposures.",
    false,
  ],
  ["Pharmacist jailed for accessing patient data without authorisation.", false],
  [
    "Insurers increasingly ask whether MFA was enforced on remote access before paying out on breach claims.",
    false,
  ],
  [
    "Insurer: 'Most claims we see come down to somebody who couldn't be bothered to check the sender.'",
    true,
  ],
  ["Insurer: 'Most claims we see come down to missing MFA on remote access.'", false],
  ["Schools told teachers are the weak point in protecting pupil data.", true],
  [
    "Schools told their data protection guidance is too complex for busy teachers to follow.",
    false,
  ],
  [
    "Crypto exchange hacked after employee downloaded a fake job offer PDF; CEO calls it 'inexcusable'.",
    true,
  ],
  [
    "Crypto exchange hacked via fake job offer PDF; CEO says the hot wallet should never have been reachable from a laptop.",
    false,
  ],
  ["Poll: 62% of employees say they have received no security training in the past year.", false],
  [
    "Poll: staff admit to reusing passwords, proving they simply can't be trusted to manage their own credentials.",
    true,
  ],
  [
    "Energy firm's engineers routinely bypass safety interlocks, and that attitude has spread to cybersecurity.",
    true,
  ],
  [
    "Energy firm's engineers bypass interlocks that trip constantly; fixing false trips fixed the problem.",
    false,
  ],
  [
    "Veteran journalist hacked after reusing a password from a 2012 breach; colleagues call it careless.",
    true,
  ],
  [
    "Newsroom rolls out hardware security keys for all journalists after targeted phishing campaign.",
    false,
  ],
  ["Interview: 'Every user is an insider threat until proven otherwise.'", true],
  [
    "Interview: 'Calling every user an insider threat is a quick way to lose your best people.'",
    false,
  ],
  [
    "IT manager at logistics firm: 'Drivers lose tablets weekly. They don't respect company kit.'",
    true,
  ],
  [
    "IT manager at logistics firm: 'Drivers lose tablets weekly, so we made sure a lost tablet can be wiped in seconds.'",
    false,
  ],
  [
    "Phishing email got past filters and staff, but the finance team's callback rule stopped the fraud.",
    false,
  ],
  ["Quote of the week: 'Artificial intelligence is no match for natural stupidity.'", true],
  [
    "Data watchdog says most reported breaches involve mis-sent emails and urges firms to add recipient checks.",
    false,
  ],
  [
    "Security chief says staff at the agency are 'blissfully ignorant' and treat classified systems like Facebook.",
    true,
  ],
  [
    "Study: employees given a quick way to report suspicious emails catch attacks hours before automated tools.",
    false,
  ],
  ["Startup founder admits breach was his own fault for skipping MFA to save money.", false],
  [
    "Union warns keystroke monitoring of call-centre workers is being sold as insider threat protection.",
    false,
  ],
  [
    "Hotel chain says front-desk staff handed guest data to a caller posing as head office, calling them 'naive'.",
    true,
  ],
  [
    "Report: weakest links in the supply chain are unsupported legacy systems at small suppliers.",
    false,
  ],
  [
    "Court hears IT contractor left firm's backups exposed for months after warnings were ignored by managers.",
    false,
  ],
  ["Security vendor apologises after ad mocking 'dumb employees' sparks backlash.", false],
];
