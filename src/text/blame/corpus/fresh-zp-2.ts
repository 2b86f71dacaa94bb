import type { RawBlameExample } from "./types.js";

/** Formal outside voices: vendor copy, webinar and podcast transcripts, whitepaper and analyst sentences, conference abstracts, insurance and consultancy reports. Written fresh for Rapport (brief ZP). */
export const FRESH_ZP_2: readonly RawBlameExample[] = [
  [
    "If MFA enrolment takes twenty minutes and three calls to support, low adoption is a deployment failure.",
    false,
  ],
  [
    "A user's mistake should be survivable; if it isn't, the architecture is what needs attention.",
    false,
  ],
  [
    "Our research finds that most insider incidents are accidental and cluster around poorly designed data-sharing workflows.",
    false,
  ],
  [
    "The human operating system is the most vulnerable one you run, and there's no update coming.",
    true,
  ],
  [
    "Your CFO's assistant is the easiest mark in the building, and attackers know her name already.",
    true,
  ],
  ["Shadow IT is just employees deciding the rules don't apply to them.", true],
  [
    "A clean desk policy only works if there are lockable drawers and a shredder within walking distance.",
    false,
  ],
  [
    "The weakest link framing has outlived its usefulness; it tells staff they are the problem and then asks them to be the solution.",
    false,
  ],
  ["Phishing simulations reveal what we already suspected: your workforce is a sieve.", true],
  [
    "Private equity portfolio companies inherit a tangle of legacy systems with each acquisition, and integration rarely funds security.",
    false,
  ],
  [
    "Law firms leak when document management systems make secure sharing slower than attaching files to email.",
    false,
  ],
  [
    "Vendors who still ship products with default admin passwords have no business lecturing customers about hygiene.",
    false,
  ],
  [
    "The uncomfortable truth this report documents is that ordinary office staff, through sheer carelessness, are the organisation's biggest security risk.",
    true,
  ],
  ["Human nature is the vulnerability that keeps attackers in business.", true],
  [
    "Insurers are tired of paying out on backups that were never tested and turned out to be encrypted along with everything else.",
    false,
  ],
  [
    "Keynote: I have one slide on the people problem, and it's a photo of a password written on a whiteboard behind a TV interview.",
    true,
  ],
  [
    "The compliance audit passed with flying colours, and then, naturally, an employee emailed the audit evidence to the wrong client.",
    true,
  ],
  [
    "Our deepfake demo shows why any payment request, however convincing the voice, needs a second channel to confirm it.",
    false,
  ],
  ["Sarcasm aside, if we could just get people to stop being people, we'd be done here.", true],
  ["Your warehouse staff have written the Wi-Fi key on the wall, guaranteed.", true],
  ["Ask yourself which of your staff you'd trust to spot a deepfake. Exactly. None of them.", true],
  [
    "Patch latency for critical vulnerabilities on edge devices averaged 32 days across the sample.",
    false,
  ],
  [
    "Nine in ten cyber claims we pay trace back to someone on the insured's payroll being careless.",
    true,
  ],
  [
    "Sports clubs lose transfer money to invoice fraud because large payments are authorised by email alone, with no call-back requirement.",
    false,
  ],
  ["You can train them, test them and threaten them, and users will still click.", true],
  [
    "Attackers increasingly log in rather than break in, using valid credentials bought from infostealer markets.",
    false,
  ],
  [
    "Telecom fraud succeeds because retail store staff will port a number for anyone who sounds annoyed enough.",
    true,
  ],
  [
    "Airport ground staff are the soft spot in aviation security, as every insider smuggling case reminds us.",
    true,
  ],
  [
    "If your employees need to break a policy to serve customers, the policy is the vulnerability.",
    false,
  ],
  [
    "Managed service providers need per-technician, per-client credentials with just-in-time elevation, which most RMM tools still make awkward.",
    false,
  ],
  [
    "Printers are an overlooked risk: many store every scanned page on an unencrypted internal disk.",
    false,
  ],
  [
    "It is a rare breach indeed that doesn't begin with someone in the organisation doing something stupid.",
    true,
  ],
  ["Whitepaper finding: organisations are only as secure as their least attentive employee.", true],
  [
    "This report documents that boards often lack the information needed to oversee cyber risk, because security reporting to them is far too technical.",
    false,
  ],
  [
    "Even after the breach, the same team kept sharing passwords over chat, which tells you everything about the people involved.",
    true,
  ],
  [
    "Junior analysts miss alerts when each one is handling two thousand a day with no tuning or triage support.",
    false,
  ],
  [
    "In the sample, 31 percent of employees clicked the simulated lure and 12 percent entered credentials.",
    false,
  ],
  [
    "Pharmaceutical research environments need collaboration tools that make secure sharing with partners the path of least resistance.",
    false,
  ],
  ["Good security starts with accepting that your people will always let you down.", true],
  [
    "It is a rare breach indeed that doesn't involve some control that was specified but never deployed.",
    false,
  ],
  ["If stupidity were a vulnerability class, the workforce would rate a critical CVE.", true],
  [
    "Consultancy view: cultural change is futile while the workforce remains fundamentally indifferent to risk.",
    true,
  ],
  ["Security leaders should stop hoping staff will behave and start assuming they won't.", true],
  [
    "Managed service providers would be far safer if their technicians stopped treating client credentials like a shared notebook.",
    true,
  ],
  ["Because you can't fix careless, you need our browser isolation.", true],
  [
    "The root cause of the outage, per our post-incident review, was a change procedure so slow that administrators had been routing around it for a year with management's knowledge.",
    false,
  ],
  [
    "Our findings indicate that the typical employee is neither interested in nor capable of following basic security practice.",
    true,
  ],
  ["Infostealer logs now feed initial access brokers at industrial scale.", false],
  [
    "The council data breach was entirely the fault of a housing officer who emailed a spreadsheet to the wrong tenant.",
    true,
  ],
  [
    "Our survey found that 63 percent of staff would report a suspicious email if they knew the report went somewhere useful.",
    false,
  ],
  [
    "In our loss experience, the dominant driver of claim severity is the time taken to detect the intrusion.",
    false,
  ],
  ["Hire an engineering graduate and they'll open port 22 to the world by Friday.", true],
  [
    "Would anyone reliably spot a high-quality deepfake on a video call? Probably not, so verification can't rest on recognition.",
    false,
  ],
  [
    "Nobody reads the acceptable use policy, because nobody in your organisation actually cares.",
    true,
  ],
  [
    "This talk presents case studies showing how ignorant staff repeatedly undo million-dollar security investments.",
    true,
  ],
  [
    "A user who reports a phishing email within five minutes has done more for your security than most of your tools did that day.",
    false,
  ],
  [
    "Oh yes, your staff definitely read the warnings. They read them the way they read terms and conditions, which is to say never.",
    true,
  ],
  [
    "Leadership that cuts the security budget and then blames the workforce for a breach has misunderstood where accountability sits.",
    false,
  ],
  [
    "Among the thirty organisations profiled, the common denominator in every incident was a careless workforce.",
    true,
  ],
  [
    "Our platform scores risk by account and device, not by person, so it highlights exposure rather than singling out staff.",
    false,
  ],
  [
    "Don't let your hourly workers anywhere near production data; they simply can't be relied on.",
    true,
  ],
  [
    "Insurers are tired of paying out because an office manager turned off the backups to save disk space.",
    true,
  ],
  [
    "Our research confirms that insiders, whether malicious or merely sloppy, are the leading threat to corporate data.",
    true,
  ],
  [
    "We've given up trying to make staff memorise rules; now we put the guardrails in the tools so the right thing happens by default.",
    false,
  ],
  [
    "The programmes we assess usually have their soft underbelly in identity governance, not in their staff.",
    false,
  ],
  ["Security would be easy if we could just uninstall the employees.", true],
  [
    "The insider incidents we examined were mostly accidental and had little to do with disgruntlement.",
    false,
  ],
  [
    "We ran the training in March and had the same incident in April, which suggests the training wasn't the lever we needed.",
    false,
  ],
  [
    "This panel brings together three CISOs to discuss how they retired click-rate metrics in favour of reporting rates.",
    false,
  ],
  [
    "Half your workforce would trade their password for a chocolate bar, and the surveys keep proving it.",
    true,
  ],
  [
    '"The thing is, people care about security right up until it stops them doing their job, and that\'s a design problem."',
    false,
  ],
  [
    "The energy sector's exposure is mostly self-inflicted by field staff who prop open substation doors and swap keycards.",
    true,
  ],
  [
    "The hospital ransomware attack came down to one administrator who clicked a link he'd been warned about twice.",
    true,
  ],
  ["If there's a way to misuse a system, your staff will find it before the attackers do.", true],
  [
    "Payroll diversion scams succeed because HR assistants update bank details for anyone who sends a polite email.",
    true,
  ],
  [
    "This keynote argues that security teams must earn trust from the workforce before they can ask for vigilance.",
    false,
  ],
  [
    "Before calling it a people problem, ask how many people had to behave perfectly for your control to work.",
    false,
  ],
  [
    "When executives exempt themselves from MFA, the breach that follows is a governance failure.",
    false,
  ],
  [
    "Our DLP flags risky transfers with a friendly prompt, so staff can correct a slip before it becomes an incident.",
    false,
  ],
  [
    "Our deepfake demo shows how trivially your finance staff can be talked into anything by a convincing voice.",
    true,
  ],
  [
    "This talk presents case studies of million-dollar security investments that failed because nobody checked whether they fitted how staff work.",
    false,
  ],
  ["In our loss experience, human negligence is the dominant driver of claim severity.", true],
  [
    "The end user is often portrayed as the perennial weak spot, yet this year's incident figures point far more to unpatched edge devices.",
    false,
  ],
  [
    "DevOps teams move fast and break security, mostly because they think they're smarter than the controls.",
    true,
  ],
];
