import { FRESH_ZP_2 } from "./fresh-zp-2.js";
import { FRESH_ZP_3 } from "./fresh-zp-3.js";
import { FRESH_ZP_4 } from "./fresh-zp-4.js";
import { FRESH_ZP_5 } from "./fresh-zp-5.js";
import { FRESH_ZP_6 } from "./fresh-zp-6.js";
import type { RawBlameExample } from "./types.js";

/** Formal outside voices: vendor copy, webinar and podcast transcripts, whitepaper and analyst sentences, conference abstracts, insurance and consultancy reports. Written fresh for Rapport (brief ZP). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Session token theft bypasses most forms of MFA, hence the growing interest in device-bound credentials.",
    false,
  ],
  [
    'Keynote: "Your attackers have done their homework. Your employees haven\'t even read the memo."',
    true,
  ],
  ["Stop your employees from becoming tomorrow's headline. Book a demo.", true],
  [
    "Shipping firms face distinctive risks because vessel systems are patched only in port and often share satellite links with crew Wi-Fi.",
    false,
  ],
  [
    "There's an old joke in our industry that the most dangerous thing on any network is the user, and it's not really a joke.",
    true,
  ],
  [
    "Browser extensions should be allow-listed centrally; it isn't reasonable to expect staff to audit the permissions of each one.",
    false,
  ],
  [
    "University IT staff will tell you privately that faculty are the most reckless population they support.",
    true,
  ],
  [
    "Cyber insurers increasingly price policies on the assumption that the insured's workforce is the likeliest point of failure.",
    true,
  ],
  [
    "Most help desk social engineering succeeds against teams measured on call time rather than on verification.",
    false,
  ],
  [
    "Our gamified training is optional, short and built with staff input, and completion is still high.",
    false,
  ],
  [
    "Junior analysts miss alerts because they lack the attention to detail this work demands.",
    true,
  ],
  [
    "Security teams spend their days protecting users from attackers who specialise in exploiting ordinary good faith.",
    false,
  ],
  [
    "Security cultures fail because most employees see the rules as someone else's job and behave accordingly.",
    true,
  ],
  [
    "Hotel chains leak guest data when property management systems give every front-desk login access to the entire guest history.",
    false,
  ],
  [
    "Attackers are patient, well-funded and professional; expecting untrained staff to outwit them alone is a strategy failure.",
    false,
  ],
  [
    "Security leaders should stop hoping any single control will hold and start layering defences so that no one mistake is fatal.",
    false,
  ],
  ["Your contractors are a liability walking around with a lanyard.", true],
  [
    "Much of what gets labelled user error is really a vendor shipping a confusing interface and calling the result a training problem.",
    false,
  ],
  [
    "Consultancy recommendation: replace annual compliance modules with brief prompts delivered at the moment a risky action occurs.",
    false,
  ],
  [
    "Security products that require expert configuration and then blame the customer for misconfiguration have a design problem.",
    false,
  ],
  [
    "Frontline retail staff spot card skimmers faster when they have a thirty-second tamper check at the start of each shift.",
    false,
  ],
  [
    "Underwriters now ask about phishing-resistant MFA, privileged access management and tested restores before quoting.",
    false,
  ],
  [
    "Temporary staff are often provisioned by cloning a senior colleague's account, which is how they end up with a director's access.",
    false,
  ],
  [
    "Ask any pentester: the easiest way into a bank is usually an unpatched server nobody owns.",
    false,
  ],
  [
    "Every employee is a potential insider threat, and your security model should treat them that way.",
    true,
  ],
  [
    "We recommend clients assume that at least one in ten employees will hand over credentials on request, because that's what people do.",
    true,
  ],
  [
    "We've seen enough incidents to know that trusting staff judgement is the biggest gamble in security.",
    true,
  ],
  [
    "Gift card fraud thrives on the authority gradient in offices; a standing rule that no manager ever requests gift cards removes the ambiguity.",
    false,
  ],
  [
    "Finance teams need out-of-band verification for payment requests; expecting them to spot a perfect spoof by eye sets them up to fail.",
    false,
  ],
  [
    "The people I've met on the front line of phishing attacks are usually the ones who spotted it first and didn't know who to tell.",
    false,
  ],
  [
    "This abstract presents a field study of hospital staff workarounds and the clinical pressures that produce them.",
    false,
  ],
  [
    "Ninety percent of the cyber claims we reviewed involved the absence of at least one baseline control listed on the application form.",
    false,
  ],
  [
    "We've given up trying to make staff care; the best we can do is lock everything down so they can't break it.",
    true,
  ],
  [
    "Passkeys remove phishable secrets from the login flow entirely, which is a bigger gain than any amount of password guidance.",
    false,
  ],
  [
    "Customers reuse the same password everywhere and then blame the bank when their accounts are drained.",
    true,
  ],
  [
    "The clean desk policy exists because, left to themselves, office workers would leave customer files on the photocopier all week.",
    true,
  ],
  [
    "Eighty-two percent of the breaches in our study involved a control failure that had been flagged in a previous audit.",
    false,
  ],
  [
    "User behaviour analytics should spot compromised accounts, not be used to rank staff by how risky they seem.",
    false,
  ],
  [
    "Printers aren't the risk; the people who print confidential reports and leave them in the tray are.",
    true,
  ],
  [
    "Phishing simulations reveal more about the quality of the lure than about the workforce, and the results should be read that way.",
    false,
  ],
  [
    "In every tabletop we run, the weakest point turns out to be an unclear chain of command once the incident is declared.",
    false,
  ],
  [
    "Operator error sank this plant's network, and that operator should never have been near the console.",
    true,
  ],
  [
    "If you've ever wondered why ransomware keeps winning, look at how many organisations still expose RDP to the internet.",
    false,
  ],
  [
    "In hospitals, a common weak spot is shared workstations that take two minutes to log into, so clinicians leave them signed in.",
    false,
  ],
  ["Employees are your greatest asset and, let's face it, your greatest liability.", true],
  [
    "Let's be honest on this webinar: if your password policy produces Summer2024!, the policy is what needs rewriting.",
    false,
  ],
  [
    "Pharmaceutical researchers are brilliant scientists and hopeless custodians of their own intellectual property.",
    true,
  ],
  [
    "Defence contractors invest heavily in classified networks and then lose blueprints because an engineer wanted to work on the train.",
    true,
  ],
  [
    "Our customers tell us the biggest challenge isn't technology; it's getting budget for the people to run it properly.",
    false,
  ],
  [
    "The vendor's advisory came nine days after exploitation began, leaving customers no chance to respond.",
    false,
  ],
  [
    "MFA fatigue attacks work because push prompts without number matching give users nothing meaningful to judge.",
    false,
  ],
  [
    "The root cause of the outage, per our post-incident review, was an administrator who could not be bothered to follow the change procedure.",
    true,
  ],
  [
    "Give your employees a one-click way to report suspicious mail and a human reply within minutes. Book a demo.",
    false,
  ],
  [
    "An enterprise can have perfect controls on paper and still be undone by one bored clerk with a grudge.",
    true,
  ],
  [
    "Keynote abstract: How loyal employees become the earliest warning system your organisation has, if you let them.",
    false,
  ],
  [
    "Organisations must accept that people are part of the system, and design controls that hold up when someone is tired, rushed or new.",
    false,
  ],
  [
    "Remote workers have turned every kitchen table into an open door for attackers, mostly through their own negligence.",
    true,
  ],
  ["Legacy NTLM authentication remains enabled in most of the environments we assessed.", false],
  [
    "The clearest predictor of breach cost in our data was whether the organisation had an incident response plan that had been exercised.",
    false,
  ],
  [
    "Tired of manual remediation? Automate containment of compromised endpoints with our platform.",
    false,
  ],
  [
    "We reviewed 300 post-incident reports and found that those naming an individual as root cause rarely recommended any systemic fix.",
    false,
  ],
  [
    "We recommend clients assume credentials will be stolen eventually and design access so that a single stolen password is never enough.",
    false,
  ],
  ["The average workforce is a collection of unlocked doors with names and job titles.", true],
  [
    "Underwriters now view the insured's employees as the single largest uninsurable variable in cyber risk.",
    true,
  ],
  [
    "Smishing works because delivery firms themselves send legitimate texts with shortened links, which teaches everyone to trust them.",
    false,
  ],
  [
    "Attack surface management found an average of 47 forgotten internet-facing assets per client.",
    false,
  ],
  [
    "Our incident data show that clicks on simulated phishing drop sharply once a visible report button is added to the mail client.",
    false,
  ],
  [
    "The reality is that modern phishing pages are pixel-perfect copies hosted on legitimate cloud domains, so phishing-resistant MFA matters more than visual inspection.",
    false,
  ],
  [
    "Abstract: We demonstrate that end users remain hopelessly susceptible to even low-effort social engineering.",
    true,
  ],
  [
    "Our gamified training exists because, frankly, adults won't learn security unless you treat them like children.",
    true,
  ],
  [
    "Whitepaper excerpt: staff negligence remains the root cause in most of the data loss events examined.",
    true,
  ],
  [
    "Your agency temps have the access of a director and the security awareness of a golden retriever.",
    true,
  ],
  [
    "Secret scanning in the pipeline catches leaked keys before they ship, which is fairer than expecting developers never to slip.",
    false,
  ],
  [
    "Retail breaches almost always start with a store worker who can't keep a till password to themselves.",
    true,
  ],
  [
    "Careless staff turned a routine software update into a week-long outage by ignoring the maintenance window.",
    true,
  ],
  [
    "Our platform exists because invoice fraud now arrives from compromised supplier accounts that no reasonable employee could tell apart from the real thing.",
    false,
  ],
  [
    "Phishing remained the most commonly reported initial access vector, followed by exploitation of public-facing applications.",
    false,
  ],
  [
    "Whitepaper excerpt: data loss events in this study most often involved unencrypted removable media issued without any usage policy.",
    false,
  ],
  [
    "Treating every employee as a potential insider threat erodes the trust that security reporting depends on.",
    false,
  ],
  [
    "The council data breach involved a spreadsheet with hidden tabs, a risk the software never surfaced to the housing officer who sent it.",
    false,
  ],
  [
    "Keynote line: the most secure organisations I've worked with treat a reported mistake as free threat intelligence.",
    false,
  ],
  [
    '"The thing is, people are just not wired to care about security, and they never will be."',
    true,
  ],
  [
    "Crypto exchanges keep losing funds because hot wallet keys sit on machines that ordinary staff also use for email.",
    false,
  ],
  [
    "The energy sector's physical exposure is concentrated in remote sites where access controls were never upgraded.",
    false,
  ],
];

export const FRESH_ZP: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZP_2,
  ...FRESH_ZP_3,
  ...FRESH_ZP_4,
  ...FRESH_ZP_5,
  ...FRESH_ZP_6,
];
