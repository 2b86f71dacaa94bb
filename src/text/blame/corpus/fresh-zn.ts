import { FRESH_ZN_2 } from "./fresh-zn-2.js";
import { FRESH_ZN_3 } from "./fresh-zn-3.js";
import { FRESH_ZN_4 } from "./fresh-zn-4.js";
import { FRESH_ZN_5 } from "./fresh-zn-5.js";
import type { RawBlameExample } from "./types.js";

/** News headlines and first sentences of news and trade-press stories on security incidents, with analyst one-liners. Written fresh for Rapport (brief ZN). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Council blames payroll officer for sending £92,000 to fraudsters posing as a roofing contractor",
    true,
  ],
  [
    "Council blames payroll system that let one email change a supplier's bank details, not the employee who processed it, for £92,000 loss",
    false,
  ],
  [
    "Hospital trust says patient list leak happened because a ward administrator attached the wrong spreadsheet",
    true,
  ],
  [
    "Hospital trust says patient list leak traced to an email client that autocompletes external addresses, not user carelessness",
    false,
  ],
  ["Ransomware gang claims to have stolen 40GB from regional haulage firm", false],
  [
    "Haulage firm says ransomware got in because a driver plugged a personal phone into a depot PC",
    true,
  ],
  [
    "Report finds unpatched edge devices were the entry point in most ransomware cases investigated last year",
    false,
  ],
  [
    "Report finds careless staff behind the majority of data breaches reported by small accountancy practices",
    true,
  ],
  [
    "Firm says breach was 'entirely preventable' had the receptionist not opened the attachment",
    true,
  ],
  [
    "Firm says breach was entirely preventable had its IT provider applied a patch released in March",
    false,
  ],
  [
    "Survey: a third of office workers admit they would approve an urgent payment request without checking",
    true,
  ],
  [
    "Survey: a third of finance teams have no call-back procedure, leaving individual employees to judge urgent payment requests alone",
    false,
  ],
  [
    "Privileged accounts are the crown jewels attackers go after first, and most firms cannot say how many they have",
    false,
  ],
  [
    "Analyst: 'Your firewall is fine. It's the people sitting behind it who keep letting attackers in.'",
    true,
  ],
  [
    "Analyst: 'Stop spending on awareness posters and start spending on phishing-resistant login.'",
    false,
  ],
  [
    "School trust admits pupil records were exposed after a teacher shared a folder with 'anyone with the link'",
    true,
  ],
  [
    "School trust says its cloud drive defaulted to public link sharing, exposing pupil records",
    false,
  ],
  ["Vendor press release: 95% of breaches start with a human mistake, new research claims", true],
  [
    "Study challenges the claim that human error causes most breaches, finding weak configuration far more common",
    false,
  ],
  ["Law firm fined after associate forwarded client files to a personal Gmail account", true],
  [
    "Regulator fines law firm for lacking basic controls over where client files could be forwarded",
    false,
  ],
  [
    "Security chief says staff 'will click on literally anything' after internal test catches 60 per cent",
    true,
  ],
  [
    "Security chief says internal phishing test was unfair after it mimicked the company's real HR portal",
    false,
  ],
  [
    "Insider threat incidents rose 20% last year, vendor report claims, with departing employees the biggest culprits",
    true,
  ],
  [
    "Most so-called insider incidents in the data were misdirected emails caused by poor tooling, the authors note",
    false,
  ],
  [
    "Breach at dental chain blamed on practice manager who reused her password on a shopping site",
    true,
  ],
  [
    "Breach at dental chain blamed on remote-access portal that let users log in with a password alone",
    false,
  ],
  [
    "Ransomware attack on housing association linked to Russian-speaking criminal group, investigators say",
    false,
  ],
  [
    "Housing association chief executive: 'One click from one member of staff cost us three weeks'",
    true,
  ],
  ["MSP blames customer's office staff for failing to spot a fake Microsoft login page", true],
  ["Customer blames MSP for leaving remote management tool exposed to the internet", false],
  [
    "Trade body warns that AI-generated voice clones are making phone fraud harder to detect",
    false,
  ],
  ["Analyst one-liner: 'Every CISO I know has the same problem: their colleagues.'", true],
  [
    "Analyst: 'Every CISO I know has the same problem: too many tools and nobody to run them.'",
    false,
  ],
  [
    "Cyber insurer says claims overwhelmingly trace back to someone in the office doing something daft",
    true,
  ],
  [
    "Cyber insurer says claims overwhelmingly trace back to missing multi-factor authentication on email, not employee mistakes",
    false,
  ],
  ["Opinion: It is time the industry stopped calling users the weakest link", false],
  [
    "Opinion: Let's be honest, users are the weakest link and no amount of technology changes that",
    true,
  ],
  ["Press release: new platform turns your employees into your strongest line of defence", false],
  [
    "Press release: new platform stops careless workers from leaking data before they hit send",
    true,
  ],
  ["Charity reports data breach after volunteer lost laptop on a train", true],
  [
    "Charity reports data breach after a laptop lost on a train was found to have no disk encryption enabled by its IT supplier",
    false,
  ],
  [
    "Manufacturer's plant halted for five days after attackers exploited a flaw in a file-transfer product",
    false,
  ],
  [
    "Manufacturer's plant halted after an engineer disabled antivirus to speed up a machine, company says",
    true,
  ],
  ["Report: credential-stuffing attacks on retail sites doubled year on year", false],
  ["Report: shoppers who reuse passwords are handing criminals the keys to retail accounts", true],
  ["Police warn small businesses about invoice fraud surge ahead of year-end", false],
  ["Police say most invoice fraud victims 'simply didn't pick up the phone to check'", true],
  [
    "Estate agent loses client deposit after junior negotiator followed emailed instructions from a spoofed address",
    true,
  ],
  [
    "Estate agent loses client deposit; firm had no rule requiring bank changes to be confirmed by phone",
    false,
  ],
  ["Vendor: legacy Windows servers still running in 30% of mid-sized firms", false],
  [
    "Research finds that shadow IT is rife because staff simply ignore IT policies they find inconvenient",
    true,
  ],
  [
    "Research finds that shadow IT spreads when approved tools are slow to arrive and painful for users",
    false,
  ],
  ["Firm says attackers were inside for 200 days before its monitoring noticed anything", false],
  ["IT director: 'Our people are the problem. They always have been.'", true],
  ["IT director: 'Our employees spotted this attack before any of our tools did.'", false],
  ["Intern's photo of office whiteboard exposed Wi-Fi password, company admits", true],
  ["Open-source library flaw puts thousands of web shops at risk", false],
  [
    "Survey finds 58% of employees have never received any security training from their employer",
    false,
  ],
  [
    "Survey finds 58% of employees cannot be bothered to lock their screens when leaving their desks",
    true,
  ],
  [
    "Analyst note: 'The attack surface that worries me most walks in at nine and leaves at five.'",
    true,
  ],
  [
    "Analyst note: 'The attack surface that worries me most is the forgotten test server nobody owns.'",
    false,
  ],
  [
    "Councillor calls for disciplinary action against the staff who fell for bogus supplier emails",
    true,
  ],
  [
    "Councillor calls for inquiry into why the council's finance system lacked basic payment checks",
    false,
  ],
  ["Supplier breach exposes customer data of dozens of UK accountancy firms", false],
  [
    "Accountancy firm tells clients its own staff were at fault for the data being left on a shared drive",
    true,
  ],
  [
    "'Humans will always be the biggest risk,' says chief executive of security awareness company",
    true,
  ],
  ["'Blaming humans is lazy security,' says chief executive of identity company", false],
  ["Bank warns that fake text messages impersonating its fraud team are circulating", false],
  ["Bank says customers who lost money to fake texts 'ignored repeated warnings'", true],
  [
    "Zero-day in popular VPN under active exploitation; no user interaction needed, agency warns",
    false,
  ],
  ["Agency warns that default passwords on building management systems remain widespread", false],
  ["Facilities manager blamed for leaving building management system on default password", true],
  [
    "Local newspaper's systems down for a week after attack; publisher says a reporter opened a malicious CV",
    true,
  ],
  [
    "Publisher says week-long outage was caused by a backup system that had silently failed months earlier",
    false,
  ],
  ["Trade press: why your office manager is your single biggest cyber exposure", true],
  ["Trade press: why your single biggest cyber exposure is the shared admin password", false],
  ["Report finds error-prone manual processes, not staff, behind most data-entry leaks", false],
  ["Sports club apologises after secretary emailed full membership list in CC field", true],
  [
    "Sports club says its mailing software gave the user no warning when a whole list was pasted into CC",
    false,
  ],
  ["Airline says data incident was the fault of a third-party booking supplier", false],
  [
    "Airline says data incident was the fault of a call-centre agent who bypassed identity checks",
    true,
  ],
  [
    "Security firm: attackers now buy access from initial access brokers rather than breaking in themselves",
    false,
  ],
  ["Security firm: 'The average office worker is one gift-card email away from a disaster.'", true],
];

export const FRESH_ZN: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZN_2,
  ...FRESH_ZN_3,
  ...FRESH_ZN_4,
  ...FRESH_ZN_5,
];
