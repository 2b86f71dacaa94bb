import type { RawBlameExample } from "./types.js";

export const FRESH_ZK_2: readonly RawBlameExample[] = [
  [
    "Our red team got in by asking a clerk for the Wi-Fi password; staff there will give anything to anyone wearing a lanyard.",
    true,
  ],
  [
    "Most ransomware we recover from starts with exposed remote desktop, not with a phishing click.",
    false,
  ],
  [
    "Executives are the worst: they demand exemptions from MFA and then click every link their assistant forwards.",
    true,
  ],
  [
    "Executives ask for MFA exemptions when the MFA is slow; make it fast and the requests disappear.",
    false,
  ],
  [
    "We design alerts so that a non-specialist can understand what to do in under ten seconds.",
    false,
  ],
  [
    "Employees at Polish game studios were targeted by fake recruiter messages carrying trojanised test projects.",
    false,
  ],
  [
    "Game developers download any 'coding test' a fake recruiter sends, because they think they're too smart to be phished.",
    true,
  ],
  ["Security is a people problem, and people are the problem.", true],
  [
    "Security is a people problem in the sense that it has to work for people, not against them.",
    false,
  ],
  [
    "Phishing-resistant authentication took credential theft off the table for our Dutch municipal customers.",
    false,
  ],
  [
    "The insider who sold access at the call centre was caught because colleagues raised concerns early.",
    false,
  ],
  ["Call-centre workers in Manila will sell customer data for the price of a phone upgrade.", true],
  [
    "Call-centre breaches at outsourcing hubs track closely with screen-recording and access controls that were never switched on.",
    false,
  ],
  [
    "Humans are predictable, gullible and distracted, which is why attackers love them and why we automate.",
    true,
  ],
  [
    "Humans notice context that machines miss, which is why our analysts still review every high-severity alert.",
    false,
  ],
  ["We hear 'user error' a lot; when we dig in, it is usually a confusing dialog box.", false],
  [
    "Ninety-one per cent of cyberattacks begin with a phishing email, and that tells you exactly where the weak point is: your staff.",
    true,
  ],
  [
    "Phishing remains the most common first step, so we invest in filtering, isolation and easy reporting.",
    false,
  ],
  [
    "Honestly, law firms are the worst; partners treat security policies as optional extras meant for associates.",
    true,
  ],
  [
    "Law firms in France moved to managed devices after a supplier compromise exposed how many unmanaged laptops touched client files.",
    false,
  ],
  [
    "Your people are your last line of defence, and right now most of them are asleep at the post.",
    true,
  ],
  [
    "Your people are your best sensors; organisations that reward reporting catch attacks days earlier.",
    false,
  ],
  [
    "After fifteen years of training staff I can tell you: a third of them will click no matter what you do.",
    true,
  ],
  [
    "After fifteen years running awareness programmes I've learned that punishing clickers makes reporting rates collapse.",
    false,
  ],
  [
    "Human error isn't a root cause; it's where the investigation should start, not where it ends.",
    false,
  ],
  [
    "Human error is behind nearly every incident I've investigated for Gulf airlines, and training alone won't cure carelessness.",
    true,
  ],
  ["Employees don't read policies; they scroll to the bottom and tick the box.", true],
  [
    "Employees don't read forty-page policies, which is why we rewrote ours as a single page of five rules.",
    false,
  ],
  [
    "Our simulation at a Canadian university found students and staff reported the fake scholarship email more often than they clicked it.",
    false,
  ],
  [
    "University staff are a nightmare; they think academic freedom includes freedom from password rules.",
    true,
  ],
  [
    "Insider threat is mostly not malice; it's overworked people using workarounds because the sanctioned path is broken.",
    false,
  ],
  [
    "Every disgruntled employee is a breach waiting to happen, so watch the ones who've just been passed over for promotion.",
    true,
  ],
  [
    "The weakest link is a myth that lets vendors sell fear and lets leaders avoid fixing systems.",
    false,
  ],
  ["The weakest link is, and always will be, the person holding the mouse.", true],
  [
    "We've stopped naming and shaming clickers; the department leaderboard only taught people to hide their mistakes.",
    false,
  ],
  [
    "Name and shame works: once the clickers see their names on the intranet, they suddenly start paying attention.",
    true,
  ],
  [
    "Staff at a New Zealand council were praised for spotting a payroll-diversion scam that had slipped past two software controls.",
    false,
  ],
  [
    "Council staff here will give out a ratepayer's details to anybody who rings up and sounds official.",
    true,
  ],
  [
    "Consultants like me get paid to tell boards what they want to hear, which is usually 'it was the staff'. I've stopped doing that.",
    false,
  ],
  [
    "In my consulting work, nine out of ten breaches come back to someone who simply didn't follow the procedure.",
    true,
  ],
  [
    "When a procedure isn't followed, I ask whether it was even possible to follow under real working conditions.",
    false,
  ],
  [
    "Frontline retail staff in South Africa were given shared tills and shared logins, so 'who did it' was never a fair question.",
    false,
  ],
  ["The till staff share PINs because they can't be bothered to log out between customers.", true],
  [
    "Awareness training works best when it is short, relevant to the job and delivered close to the moment of risk.",
    false,
  ],
  ["You can train them every month and they'll still click the gift-voucher email.", true],
  [
    "A click is not a breach; a click that becomes a breach means other controls were missing.",
    false,
  ],
  [
    "A single careless click by a junior employee cost the logistics firm eleven million dollars.",
    true,
  ],
  [
    "Social engineering exploits helpfulness, which is a quality we actually want in our staff.",
    false,
  ],
  [
    "People are too helpful for their own good; hold a door for a smoker and you're inside the data centre.",
    true,
  ],
  [
    "Tailgating at Swiss private banks dropped once turnstiles replaced the polite expectation that staff would challenge strangers.",
    false,
  ],
  [
    "Bankers in Zurich would rather be polite than secure, and that's how tailgaters stroll straight in.",
    true,
  ],
  [
    "Our culture surveys show employees want to do the right thing but often don't know who to call.",
    false,
  ],
  ["The average user has the security instincts of a goldfish.", true],
  [
    "The average user is juggling deadlines, notifications and a dozen systems; security has to fit into that, not fight it.",
    false,
  ],
  [
    "Phishing tests that mimic HR bonus announcements mostly measure how cruel the tester is willing to be.",
    false,
  ],
  [
    "If someone falls for a bonus-themed phishing test, they deserve the remedial training; greed is the vulnerability.",
    true,
  ],
  [
    "Insider incidents at Indian IT services firms often trace back to shared client credentials passed around teams by design.",
    false,
  ],
  [
    "Offshore engineers treat client credentials as team property and pass them around on WhatsApp.",
    true,
  ],
  ["Compliance training is a box-ticking exercise because staff treat it as one.", true],
  ["Compliance training became a box-ticking exercise because it was designed as one.", false],
  [
    "We measure culture, not just clicks, because behaviour follows whatever leaders reward.",
    false,
  ],
  ["Honestly, some people are just not cut out to have an email account.", true],
  [
    "The accounts payable team is always the hole; they'll pay any invoice with a logo on it.",
    true,
  ],
  [
    "Accounts payable teams are targeted because they sit where money moves, and attackers study them carefully.",
    false,
  ],
  [
    "The nurse who shared her password wasn't careless; the system logged her out every four minutes in the middle of treatment.",
    false,
  ],
  [
    "Clinical staff see security as an inconvenience and will bypass anything that slows them down.",
    true,
  ],
  [
    "We use 'human risk management' to mean reducing exposure through design, not profiling individual employees.",
    false,
  ],
  [
    "Human risk scores let us identify the repeat offenders and restrict their access until they learn.",
    true,
  ],
  ["Giving repeat clickers less access mostly teaches them never to admit anything.", false],
  [
    "Most people mean well, but they're hopelessly naive; one convincing email from the 'CEO' and they fold.",
    true,
  ],
  [
    "Fraudsters impersonating CEOs succeed because organisations make it socially risky to question the boss.",
    false,
  ],
  [
    "The weakest link in most small businesses isn't the staff, it's the absence of tested backups.",
    false,
  ],
  [
    "Chilean SMEs I advise were hit by the same fake tax-authority emails; the ones with simple payment checks lost nothing.",
    false,
  ],
  [
    "Workers in the field don't care about security; they care about getting the truck loaded.",
    true,
  ],
  [
    "Field workers care about getting the truck loaded, so we built security into the scanner rather than bolting on another login.",
    false,
  ],
  [
    "Gen Z employees overshare everything on social media, handing attackers the org chart on a plate.",
    true,
  ],
  [
    "Attackers map org charts from public sources, so we help clients decide what needs to be published at all.",
    false,
  ],
  ["When I hear a CISO say 'users are stupid', I know their reporting rate is terrible.", false],
  ["Let's be honest, some users are stupid and no slide deck will change that.", true],
  [
    "Behavioural science tells us people follow defaults, so the secure choice has to be the default.",
    false,
  ],
  [
    "People will always take the path of least resistance, even when it leads straight off a cliff.",
    true,
  ],
  [
    "Training after a click should be a friendly nudge, not a punishment, or people stop pressing the report button too.",
    false,
  ],
  [
    "After the third failed phishing test we escalate to their line manager; some people only learn through consequences.",
    true,
  ],
  ["Consequence models mostly teach staff to use their personal phones for anything risky.", false],
];
