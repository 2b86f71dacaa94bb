import type { RawBlameExample } from "./types.js";

export const FRESH_ZK_3: readonly RawBlameExample[] = [
  [
    "Designers at an Italian fashion house sent unreleased collections over personal file-transfer sites because the corporate tool capped files at 20MB.",
    false,
  ],
  ["Creative teams are the worst for security; they think rules are for accountants.", true],
  [
    "The insider who leaked the merger documents was an exception; thousands of staff handled the same files properly.",
    false,
  ],
  ["Any employee with access to merger documents is a leak waiting to happen.", true],
  [
    "Password expiry every 30 days trained an entire workforce to add an exclamation mark; that's on the policy, not on them.",
    false,
  ],
  ["Users write passwords on sticky notes because they're too lazy to remember them.", true],
  [
    "Our client's Saudi refinery crews ran drills better than most IT teams; safety culture transferred straight into security.",
    false,
  ],
  [
    "Engineers at energy plants think the air gap makes them untouchable, so they bring in laptops from home without a thought.",
    true,
  ],
  [
    "Remote workers are the new weakest link: kids on the work laptop, passwords stuck to the fridge.",
    true,
  ],
  [
    "Remote work exposed how many organisations had relied on the office network rather than on device security.",
    false,
  ],
  [
    "People are the problem and people are the solution, but mostly, in my experience, they're the problem.",
    true,
  ],
  [
    "People become part of the solution when you give them the tools and the time to do the right thing.",
    false,
  ],
  [
    "A good awareness programme treats staff as adults who can handle honest information about threats.",
    false,
  ],
  ["Treat staff like children, because online that's exactly how they behave.", true],
  [
    "Error-proofing, as manufacturing calls it, is a better model for security than blaming operators.",
    false,
  ],
  [
    "Operators on the factory floor are the ones who let the malware in; they treat USB ports like a charging station.",
    true,
  ],
  [
    "Our Turkish clients saw phishing reports triple once they added a report button to the mobile mail app.",
    false,
  ],
  [
    "Give people a report button and they'll use it to report newsletters they signed up for themselves; they're hopeless.",
    true,
  ],
  [
    "A flood of false reports is a good problem; it means people are engaged and the triage just needs automating.",
    false,
  ],
  ["No matter how good your technology is, a person will find a way to break it.", true],
  [
    "No matter how good your technology is, it fails when it ignores how people actually work.",
    false,
  ],
  [
    "Contractors are the soft underbelly of every organisation; they have access and zero loyalty.",
    true,
  ],
  [
    "Contractor accounts often outlive the contract, which is an identity-lifecycle failure, not a contractor failure.",
    false,
  ],
  [
    "We ask clients to count how many security decisions they push onto staff every day; the number is usually shocking.",
    false,
  ],
  ["Your staff are a liability until proven otherwise.", true],
  [
    "The pandemic phishing wave hit hardest where staff had no way to verify messages from unfamiliar government agencies.",
    false,
  ],
  ["Senior civil servants are digitally illiterate, and it shows in every audit we do.", true],
  [
    "Public sector audits keep finding the same unpatched systems because procurement runs on five-year cycles.",
    false,
  ],
  ["The only way to stop employees leaking data is to make sure they physically can't.", true],
  [
    "The best way to stop accidental data leaks is to make the secure sharing option faster than the insecure one.",
    false,
  ],
  [
    "I've watched a CFO type his password into a fake login page during a live demo; if he can't manage it, nobody can.",
    true,
  ],
  [
    "Live demos of phishing pages are useful when they show how convincing the fakes are, not when they humiliate a volunteer.",
    false,
  ],
  [
    "Security culture in Nordic municipalities benefits from high trust, which makes reporting mistakes feel normal.",
    false,
  ],
  ["Training can't fix people who simply don't care.", true],
  [
    "When people seem not to care, it's usually because no one has explained why it matters to their job.",
    false,
  ],
  ["Teenage interns are a walking data breach.", true],
  [
    "Interns at the agency were given full client-drive access on day one, which says everything about the access model.",
    false,
  ],
  ["Human behaviour is the one attack surface you can never fully harden.", true],
  [
    "Human behaviour is an input to design, like latency or bandwidth, not a character flaw.",
    false,
  ],
  [
    "We've audited over two hundred firms across Southeast Asia; the technology is usually fine and the staff usually aren't.",
    true,
  ],
  [
    "Across the firms we've audited in Southeast Asia, the most common gap is a missing asset inventory.",
    false,
  ],
  [
    "As a CISO I spend more time protecting the company from its own employees than from hackers.",
    true,
  ],
  [
    "As a CISO my job is to make the secure way the easy way; if people go around a control, I fix the control.",
    false,
  ],
  [
    "I tell my board plainly: our biggest risk walks in through reception at nine every morning.",
    true,
  ],
  [
    "I told my board our biggest risk is the 40 per cent of servers running unsupported operating systems.",
    false,
  ],
  [
    "Our staff reported the fake Microsoft login page before our takedown request had even gone out.",
    false,
  ],
  [
    "Every breach in my career has had the same root cause: somebody didn't do what they were told.",
    true,
  ],
  [
    "Every breach in my career had a contributing cause in how we designed our systems, and I've stopped pretending otherwise.",
    false,
  ],
  [
    "User error accounted for most of last quarter's tickets, and frankly I'm tired of cleaning up after them.",
    true,
  ],
  [
    "User error is what we write in the ticket when we haven't asked why the user did what they did.",
    false,
  ],
  [
    "At our Melbourne hospital group we replaced shared workstation passwords with tap-and-go badges, and compliance went up overnight.",
    false,
  ],
  ["Doctors think they're too important for security, and they'll tell you so to your face.", true],
  [
    "Doctors push back on security when it costs them minutes with patients, and honestly they're right to.",
    false,
  ],
  [
    "The insider threat programme exists because, statistically, some of our people will betray us.",
    true,
  ],
  [
    "We scaled back insider threat monitoring after staff surveys showed it was eroding trust without catching anything.",
    false,
  ],
  [
    "My weakest link? Marketing, without a doubt. They'll sign up for any SaaS tool with a free trial.",
    true,
  ],
  [
    "Marketing signs up for SaaS tools because our procurement takes three months, so we fixed procurement.",
    false,
  ],
  [
    "I run security for a bank in Lagos; our customers and staff are the targets, the fraud rings are the problem.",
    false,
  ],
  ["Half my workforce wouldn't recognise a scam if it signed its name 'Scammer'.", true],
  [
    "We treat every reported phish as a win, even false alarms, because that's how you build a reporting habit.",
    false,
  ],
  [
    "We fire people who fail three phishing tests in a row. It's harsh, but the message lands.",
    true,
  ],
  [
    "We never discipline anyone for a phishing click; discipline is reserved for deliberate policy violations.",
    false,
  ],
  [
    "The ransomware at our port came in through a supplier's remote-access tool that we had never inventoried.",
    false,
  ],
  [
    "Dockworkers and their phones are our biggest cyber exposure; they'll connect to anything.",
    true,
  ],
  ["CISOs who blame users are usually covering for controls they never built.", false],
  ["CISOs can only do so much when the workforce treats security as someone else's problem.", true],
  [
    "Our engineers are brilliant, and they're also the ones most likely to switch off the EDR because it slows their builds.",
    true,
  ],
  [
    "Our engineers disabled EDR on build servers because it added twenty minutes per build; we tuned the exclusions and the problem went away.",
    false,
  ],
  [
    "In the boardroom I describe human error as a cost of complexity, and complexity is something we choose.",
    false,
  ],
  [
    "Human error cost us four million last year; the staff involved have been retrained and formally warned.",
    true,
  ],
  ["Employee negligence remains our top cyber risk, according to this year's risk register.", true],
  [
    "Our top cyber risk this year is third-party software, followed closely by identity sprawl.",
    false,
  ],
  [
    "I genuinely believe our people are our strongest defence; they proved it during the last attack.",
    false,
  ],
  ["Trust, but verify, and with employees, mostly verify.", true],
  [
    "Verification steps should be built into payment systems so nobody has to rely on gut instinct.",
    false,
  ],
  [
    "After the incident at our Osaka subsidiary we learned the alert had fired but went to a mailbox nobody monitored.",
    false,
  ],
  ["The Osaka team ignored the alert. That's a people failure, plain and simple.", true],
  [
    "If an alert goes to an unmonitored mailbox, the failure is in the runbook, not in the team.",
    false,
  ],
  [
    "Our sales force loses a laptop a week, and ask any of them and it's always somebody else's fault.",
    true,
  ],
  [
    "Full-disk encryption means a lost laptop is an inventory problem, not a security incident.",
    false,
  ],
  [
    "Senior executives are the worst offenders; they forward confidential board packs to their personal email to print at home.",
    true,
  ],
  [
    "Board packs were being forwarded to personal email because the secure portal didn't work on tablets, so we changed the portal.",
    false,
  ],
  ["My team spends its days babysitting grown adults who can't manage a two-step login.", true],
  [
    "We cut login friction in half with passkeys, and helpdesk calls about passwords fell by 70 per cent.",
    false,
  ],
];
