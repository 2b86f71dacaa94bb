import type { RawBlameExample } from "./types.js";

/** Formal outside voices: vendor copy, webinar and podcast transcripts, whitepaper and analyst sentences, conference abstracts, insurance and consultancy reports. Written fresh for Rapport (brief ZP). */
export const FRESH_ZP_4: readonly RawBlameExample[] = [
  [
    "Banks that still allow SMS one-time codes for high-value transfers share responsibility when customer accounts are drained.",
    false,
  ],
  [
    "Good security starts with accepting that your controls will sometimes let people down, and planning for that.",
    false,
  ],
  [
    "Retail breaches often start with shared till credentials that the point-of-sale vendor made impossible to individualise.",
    false,
  ],
  ["If your staff keep making the same mistake, the mistake is in the process.", false],
  [
    "Executive summary: the assessment identified widespread staff carelessness as the principal weakness in the client's security posture.",
    true,
  ],
  [
    "Shipping firms have discovered that crew members are the cheapest way onto a vessel's network.",
    true,
  ],
  [
    "Because no one can vet every link, our browser isolation opens risky pages well away from your network.",
    false,
  ],
  [
    "QR code phishing is growing because mail filters cannot read a URL embedded in an image, so it reaches inboxes untouched.",
    false,
  ],
  [
    "Phishing-resistant MFA reduced account takeover incidents to near zero across the organisations we monitor.",
    false,
  ],
  [
    "Manufacturers are being ransomed through flat networks where an infected office PC can reach the production line.",
    false,
  ],
  [
    "Our red team got domain admin in four hours, mostly because the help desk will reset anybody's password for a sob story.",
    true,
  ],
  [
    "People are not the problem; they are the environment in which every security control has to operate.",
    false,
  ],
  ["Smishing works because people will tap any link that claims their parcel is delayed.", true],
  [
    "Around one in five incidents in the dataset began with stolen credentials, according to the methodology appendix.",
    false,
  ],
  [
    "The study counted 2,300 incidents attributed to misdelivery, most involving email auto-complete.",
    false,
  ],
  [
    "Our platform exists because your employees will keep opening invoices from strangers no matter how many times you tell them not to.",
    true,
  ],
  [
    "Attackers love a Monday morning, when half-asleep staff will approve anything to clear their inbox.",
    true,
  ],
  [
    "Ask anyone in security which threat keeps them awake and they'll say the same thing: their own staff.",
    true,
  ],
  [
    "Offshore contact centres are a leaking tap of customer data, and the agents in them couldn't care less.",
    true,
  ],
  [
    "Our analysis of 1,200 incident reports found that misdirected email was the most common category of breach reported to the regulator.",
    false,
  ],
  ["Roughly 40 percent of organisations surveyed still do not enforce MFA on email.", false],
  [
    "Whatever the product, the failure mode is always the same: someone in the business did something unwise.",
    true,
  ],
  [
    "Data classification fails because employees can't be bothered to tick a box marking a document confidential.",
    true,
  ],
  [
    "Investigators found that the leak stemmed from an employee's arrogance in assuming the rules didn't apply to her.",
    true,
  ],
  [
    "Technologists build walls; users dig tunnels when the gate is locked during the hours they need to get through it.",
    false,
  ],
  [
    "Most policies we audit were written by the security team for the security team, and it shows.",
    false,
  ],
  [
    'A file called "salaries_2025.xlsx" is bait designed to be irresistible, so macros in files from the internet should be blocked outright.',
    false,
  ],
  [
    "An enterprise can have perfect controls on paper and still be undone if those controls are never tested against real operating conditions.",
    false,
  ],
  [
    "The claim arose when a staff member, ignoring repeated instructions, opened a macro-enabled attachment from an unknown sender.",
    true,
  ],
  [
    "Training content that mocks victims of phishing teaches staff to hide mistakes, not avoid them.",
    false,
  ],
  [
    "Analysts estimate that through 2026 most security failures will stem from the negligence of end users.",
    true,
  ],
  [
    "The analyst consensus is clear: people cannot be trusted with sensitive data, and the human factor is the gaping hole in enterprise defence.",
    true,
  ],
  ["The night-shift nurse is your hospital's open back door.", true],
  [
    "Attackers exploit trust, urgency and authority, which are features of any functioning workplace rather than defects in the people who work there.",
    false,
  ],
  [
    "Year after year, our survey respondents name staff behaviour as their weakest area, and year after year the staff prove them right.",
    true,
  ],
  [
    "Our red team got domain admin in four hours, mostly because the service desk had no identity verification process to follow when resetting passwords.",
    false,
  ],
  [
    "Among the thirty organisations profiled, the common denominator in every serious incident was a flat, unsegmented network.",
    false,
  ],
  [
    'Podcast transcript: "Look, users don\'t read. They never read. You put a warning in red and they click straight through it."',
    true,
  ],
  ["The breach report reads like a catalogue of staff incompetence from start to finish.", true],
  [
    "Abstract: We measure how interface cues affect phishing susceptibility and find that external-sender banners halve click rates.",
    false,
  ],
  [
    "What our cyber range shows is that teams who have rehearsed an incident make calmer, faster decisions.",
    false,
  ],
  ["Ask any pentester: the easiest way into a bank is through its tellers.", true],
  [
    "Security cultures fail when the only time staff hear from the security team is after they've done something wrong.",
    false,
  ],
  [
    "When a nurse shares a login, ask what clinical pressure made that the only workable option at three in the morning.",
    false,
  ],
  [
    "Zero trust architecture assumes any identity can be compromised, which removes the need to assume the worst about any particular employee.",
    false,
  ],
  [
    "Local admin rights on endpoints are a standing risk, and removing them is an IT decision rather than a user failing.",
    false,
  ],
  [
    "The claim arose after a macro-enabled attachment executed on a workstation where macro blocking had never been configured.",
    false,
  ],
  [
    "In operational technology environments, the biggest hazard is a plant engineer who bridges the control network to the office LAN so he can check it from his desk.",
    true,
  ],
  [
    "Our keynote speaker put it bluntly: the biggest threat to your company works in your company.",
    true,
  ],
  [
    "Our CISO roundtable agreed on one thing: budgets follow headlines, not risk, and that distorts every programme.",
    false,
  ],
  [
    "This session covers practical ways to make reporting a suspicious email take one click and earn a thank-you instead of a lecture.",
    false,
  ],
  [
    'Every SOC analyst should welcome the call that starts with "I just clicked on something", because an early report is worth more than any sensor.',
    false,
  ],
  [
    "Webinar takeaway: reduce the number of security decisions staff must make, and the number of bad decisions falls with it.",
    false,
  ],
  [
    "The hospital ransomware attack spread across forty sites because backups and clinical systems shared the same domain credentials.",
    false,
  ],
  [
    "If there's a way to misuse a system, attackers will find it, so threat-model the workflow and not just the code.",
    false,
  ],
  [
    "Human-centred security design starts from what people actually do at work, not what a policy says they should do.",
    false,
  ],
  ["An old CISO once told me the firewall blocks the attackers and the staff unblock them.", true],
  [
    "AI copilots will surface every document with overly broad permissions, so fix the permission model before deployment.",
    false,
  ],
  [
    "Insider risk and insider threat are not the same thing, and conflating them alienates the staff you depend on.",
    false,
  ],
  [
    "BYOD programmes need containerisation so that a lost personal phone can be wiped of company data without touching family photos.",
    false,
  ],
  [
    "Seventy-four percent of breaches in this dataset involved a human element, including social engineering, errors and misuse.",
    false,
  ],
  [
    "People just don't listen: we ran the training in March and had the same incident in April.",
    true,
  ],
  [
    "Security awareness is necessary but not sufficient; a control that depends on every person being alert every day is a weak control.",
    false,
  ],
  [
    "Security teams sometimes create the very shadow IT they complain about by taking six weeks to approve a file-sharing tool.",
    false,
  ],
  [
    "Attackers don't hack in anymore; your staff let them in through the front door and hold it open.",
    true,
  ],
  [
    "Every organisation has that one employee who reuses their banking password on the corporate VPN, and usually there are hundreds of them.",
    true,
  ],
  ["Accounts payable will pay anything with a logo on it.", true],
  [
    "After twenty-five years in this field, I've stopped expecting users to learn; I just plan around their incompetence.",
    true,
  ],
  ["Departing employees walk out with your data every single time; assume the worst.", true],
  [
    "Most data leaks we handle trace back to rules that nobody could realistically follow while getting their job done.",
    false,
  ],
  ["Keynote abstract: Why your most loyal employees are also your most dangerous ones.", true],
  [
    "Credential phishing kits now proxy MFA in real time, so even careful, well-trained staff can be caught.",
    false,
  ],
  ['A podcast guest summed it up: "We keep building smarter systems for dumber users."', true],
  [
    "Good security awareness treats staff as allies with useful knowledge about how work really gets done.",
    false,
  ],
  [
    "After twenty-five years in this field, I've stopped expecting training to fix things; I plan for mistakes because everyone makes them, including me.",
    false,
  ],
  [
    "Cloud providers could eliminate an entire class of data exposure by making private storage the only default.",
    false,
  ],
  [
    "Supply chain attacks are rising because a single compromised update can reach thousands of customers at once.",
    false,
  ],
  [
    "The telemetry shows attackers moving from initial foothold to domain admin in a median of under two days.",
    false,
  ],
  [
    'Podcast transcript: "When warnings fire fifty times a day, clicking through becomes a trained reflex. That\'s on whoever tuned the alerts."',
    false,
  ],
  ["The usability of security tools is itself a security control, and it is rarely tested.", false],
  [
    "The most sophisticated attack we saw all year was a phone call to a help desk agent who believed every word.",
    true,
  ],
  [
    "The IT helpdesk is a social engineer's playground, staffed by people who'd rather be nice than be right.",
    true,
  ],
  ["Cybersecurity would be a solved problem if it weren't for the people.", true],
  [
    "You can buy the finest EDR on the market and still get owned by an intern who disables it because it slows down his games.",
    true,
  ],
];
