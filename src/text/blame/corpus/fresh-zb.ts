import { FRESH_ZB_2 } from "./fresh-zb-2.js";
import { FRESH_ZB_3 } from "./fresh-zb-3.js";
import { FRESH_ZB_4 } from "./fresh-zb-4.js";
import type { RawBlameExample } from "./types.js";

/** Security vendors' press releases and white papers, industry survey reports and their press
 * coverage, conference panels, CISO interviews, awareness-training providers, government cyber
 * campaigns for small businesses, consultants' LinkedIn posts, textbook chapters on the human
 * factor. Written fresh for Rapport (brief ZB). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Our new release closes the gap that firewalls can't: the employee sitting at the keyboard.",
    true,
  ],
  [
    "The platform now supports passkeys across all major browsers, removing passwords from the login flow entirely.",
    false,
  ],
  [
    "Press release: survey finds 82% of IT leaders believe their own staff are the biggest threat to company data.",
    true,
  ],
  [
    "White paper: why the careless insider costs mid-market firms more than any external attacker.",
    true,
  ],
  [
    "Today we announce general availability of our managed detection service for firms with fewer than 250 seats.",
    false,
  ],
  [
    "Attackers don't hack in anymore. They log in, because somebody in accounts handed them the password.",
    true,
  ],
  [
    "Attackers increasingly log in with stolen session tokens rather than breaking in through vulnerabilities.",
    false,
  ],
  [
    "The report's central finding: organisations that patch within 14 days saw a third fewer incidents.",
    false,
  ],
  ["Headline: Half of office workers admit they would click a link promising a pay rise.", true],
  ["Your people are one tired Friday afternoon away from a ransomware outbreak.", true],
  [
    "We found that reporting rates doubled when the report button was placed directly in the mail client toolbar.",
    false,
  ],
  [
    "Respondents cited budget constraints as the main barrier to adopting multi-factor authentication.",
    false,
  ],
  ["Humans remain the soft underbelly of every network we assess.", true],
  [
    "The soft underbelly of most networks we assess is flat architecture with no segmentation.",
    false,
  ],
  ["Employees are not the weakest link; an unpatched VPN appliance is.", false],
  [
    "According to the survey, one in three employees reuses their work password on shopping sites, proving staff simply don't take security seriously.",
    true,
  ],
  [
    "According to the survey, one in three employees reuses a work password elsewhere, which is why we now issue a password manager to every starter.",
    false,
  ],
  [
    'Panel moderator: "So is it fair to say the user is still the problem?" Panellist: "No. The user is where our design failures become visible."',
    false,
  ],
  [
    "\"Honestly, my biggest worry isn't nation states, it's Dave in marketing,\" the CISO told the audience to laughter.",
    true,
  ],
  [
    "\"My biggest worry isn't any single person; it's how many systems still accept a password alone,\" the CISO said.",
    false,
  ],
  [
    "Awareness training that ends with a quiz nobody remembers is a compliance exercise, not a security control.",
    false,
  ],
  ["Stop trusting your staff to do the right thing. They won't. Automate it.", true],
  [
    "Automate the checks that people shouldn't have to remember, and save their attention for judgement calls.",
    false,
  ],
  [
    "Small business owner? Turn on two-step verification for your email today. It takes five minutes.",
    false,
  ],
  [
    "Back up your files, keep devices updated and use strong passphrases: three steps that stop most common attacks.",
    false,
  ],
  ["Every click is a risk. Every employee is a potential entry point. Is your team ready?", true],
  [
    "Our learners report feeling more confident about spotting scams after just four short modules.",
    false,
  ],
  [
    "Users will always choose convenience over security. Build accordingly, and assume they will let you down.",
    true,
  ],
  ["Users will choose the convenient path, so make the secure path the convenient one.", false],
  [
    "Textbook, chapter 7: the human factor encompasses perception, workload, training and organisational culture.",
    false,
  ],
  [
    "Chapter summary: people are inherently the least reliable component of any information system.",
    true,
  ],
  [
    "Research on security fatigue shows that excessive warnings reduce compliance over time.",
    false,
  ],
  ["It's not a technology problem. It's a people problem. It always has been.", true],
  [
    "It's rarely just a technology problem; it's usually a process nobody has looked at in five years.",
    false,
  ],
  [
    "LinkedIn post: I've done 40 incident responses this year. Root cause in 38 of them? Someone clicked.",
    true,
  ],
  [
    "LinkedIn post: I've done 40 incident responses this year. In most, the first click was the least interesting part of the story.",
    false,
  ],
  [
    "Insiders, malicious or merely negligent, now account for the majority of data loss events in our telemetry.",
    true,
  ],
  [
    "Our telemetry shows a sharp rise in credential-stuffing attempts against small retailers' web shops.",
    false,
  ],
  [
    "New research: staff who feel supported by IT are four times more likely to report a suspicious email.",
    false,
  ],
  ["Interns with admin rights: a horror story in three acts.", true],
  [
    "We removed local admin rights from every laptop and the helpdesk tickets went down, not up.",
    false,
  ],
  ["The weakest link in your security chain has a name badge and a lunch break.", true],
  ["If a single click can take down your company, the problem isn't the clicker.", false],
  [
    "Government campaign: Cyber criminals target small firms because they expect weaker defences. Check your settings today.",
    false,
  ],
  [
    "Finance teams are notoriously easy marks for invoice fraud, as our latest figures confirm.",
    true,
  ],
  [
    "Invoice fraud rose 40% last year; the firms least affected had a call-back rule for any change of bank details.",
    false,
  ],
  [
    "Whitepaper excerpt: Human error was implicated in 74% of breaches we reviewed, underscoring that employees are the root cause of most incidents.",
    true,
  ],
  [
    'Whitepaper excerpt: "Human error" appears in most breach reports, but the label often hides missing controls upstream.',
    false,
  ],
  [
    "Security is everyone's responsibility, and we're here to help every member of your team play their part.",
    false,
  ],
  ["Don't let one gullible employee bankrupt your business.", true],
  ["Protect your business from ransomware with offline backups tested every quarter.", false],
  ["Survey coverage: Remote workers 'more likely to ignore security rules', report claims.", true],
  [
    "Survey coverage: remote workers say unclear VPN instructions are their top security frustration.",
    false,
  ],
  ["The call is coming from inside the building. It always was.", true],
  [
    "We tell our customers: stop asking who clicked and start asking why the link got through.",
    false,
  ],
  [
    "No amount of tooling will save you from an employee determined to plug in a USB stick they found in the car park.",
    true,
  ],
  [
    "Disable autorun and block unknown USB storage by policy; it's a ten-minute change in most management consoles.",
    false,
  ],
  [
    "Staff are our first line of detection: last quarter they reported 60% of the phishing we caught.",
    false,
  ],
  [
    "Our phishing simulations consistently show that about a fifth of any workforce will hand over credentials on request.",
    true,
  ],
  [
    "Our phishing simulations show click rates fall steadily when feedback is immediate and free of shame.",
    false,
  ],
  [
    'The CISO said she had replaced the term "user error" with "design gap" in all post-incident reviews.',
    false,
  ],
  [
    "Let's be honest: most people can't tell a real login page from a fake one, and they never will.",
    true,
  ],
  [
    "Fake login pages are now pixel-perfect; even trained analysts struggle to tell them apart without checking the domain.",
    false,
  ],
  ['Keynote slide: "Humans: the vulnerability you can\'t patch."', true],
  ['Keynote slide: "Humans: the sensor network you already own."', false],
  ["Training alone won't fix your people. Only monitoring will.", true],
  [
    "Training alone won't stop phishing; pair it with filtering, MFA and a clear way to report.",
    false,
  ],
  ["We hired for passion. What we got was people who write their passwords on sticky notes.", true],
  ["A written password in a locked drawer is safer than a reused one in someone's head.", false],
  ["Report finding: 58% of SMBs have no documented incident response plan.", false],
  [
    "Report finding: most SMB employees simply do not care about cybersecurity, leaving owners exposed.",
    true,
  ],
  [
    "Poll of 2,000 workers: the majority would not know who to contact if they suspected a breach.",
    false,
  ],
  [
    "If your receptionist can be talked into resetting the CEO's password, you don't have a security team, you have a liability.",
    true,
  ],
  [
    "If a caller can get a password reset by sounding confident, the reset process needs a verification step.",
    false,
  ],
  [
    "The textbook frames users as active participants in security rather than obstacles to it.",
    false,
  ],
  ["Whatever you deploy, somebody in sales will find a way around it by Tuesday.", true],
  [
    "When sales staff keep working around a control, we treat it as a sign the control is blocking real work.",
    false,
  ],
  ['"Users are idiots" is not a threat model.', false],
  ["Let's face it, users are idiots, and our product is built on that assumption.", true],
  [
    "Executives are the worst offenders: they demand exceptions to every rule and then forward phishing to their assistants.",
    true,
  ],
  [
    "Executives are the most targeted group in our data, receiving six times as many spear-phishing attempts as average staff.",
    false,
  ],
  [
    "We measured it: the average employee takes 12 seconds to decide whether an email is safe.",
    false,
  ],
  ["Twelve seconds is all it takes for an untrained employee to destroy years of work.", true],
  ['Panellist: "People aren\'t broken. Our expectations of them are."', false],
  [
    'Panellist: "You can give staff all the training in the world and they\'ll still fall for a gift card scam."',
    true,
  ],
  [
    "Gift card scams succeed because they exploit urgency and authority, not because victims are foolish.",
    false,
  ],
  ["Our solution detects anomalous behaviour from compromised accounts within minutes.", false],
  [
    "Our solution detects when your employees are about to do something stupid, before they do it.",
    true,
  ],
  [
    "Half of all breaches involve stolen credentials, according to this year's industry report.",
    false,
  ],
  ["This year's report makes it clear that your workforce, not hackers, is the real danger.", true],
  ["Campaign poster: Think before you click. Report anything that looks odd.", false],
  ["Campaign poster: One careless click from you could cost everyone their jobs.", true],
  [
    "Our customers saw a 70% drop in successful phishing after deploying hardware security keys.",
    false,
  ],
  [
    "Every organisation has that one person who opens every attachment. Find them before the attackers do.",
    true,
  ],
  [
    'A CISO interview: "I stopped publishing a league table of who failed the phishing test. Reporting went up immediately."',
    false,
  ],
  ["Blaming staff after an incident mostly teaches them to hide the next one.", false],
  [
    "Most breaches, we've found, trace back to employees who knew the rules and ignored them anyway.",
    true,
  ],
  [
    "Most breaches we investigate trace back to a misconfigured cloud storage bucket or an exposed remote desktop port.",
    false,
  ],
  [
    "New hires are a gift to attackers: eager to please, unfamiliar with procedures, and quick to click.",
    true,
  ],
  [
    "New hires are targeted within days of updating their profile; give them a verified contact list on day one.",
    false,
  ],
  [
    "Textbook exercise: list three organisational factors that make errors more likely in a busy finance office.",
    false,
  ],
  [
    "Consultant post: after 20 years I've concluded that security would be easy if it weren't for the people.",
    true,
  ],
  [
    "Consultant post: after 20 years I've concluded that security gets easier the moment you involve the people doing the work.",
    false,
  ],
  [
    'The industry\'s obsession with "the human firewall" conveniently shifts responsibility from vendors to victims.',
    false,
  ],
];

export const FRESH_ZB: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZB_2,
  ...FRESH_ZB_3,
  ...FRESH_ZB_4,
];
