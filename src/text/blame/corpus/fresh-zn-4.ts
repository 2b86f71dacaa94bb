import type { RawBlameExample } from "./types.js";

/** News headlines and first sentences of news and trade-press stories on security incidents, with analyst one-liners. Written fresh for Rapport (brief ZN). */
export const FRESH_ZN_4: readonly RawBlameExample[] = [
  [
    "A manufacturer of garden furniture in Lincolnshire says attackers spent three weeks moving quietly through its network, using a remote access tool left behind by a former IT supplier, before triggering ransomware across every server on the Friday evening of a bank holiday weekend.",
    false,
  ],
  [
    "A plumbing merchant says its accounts assistant 'should have known better' than to change a supplier's bank details on the strength of a single email.",
    true,
  ],
  [
    "Thousands of small firms are still running accounting software that stopped getting security updates two years ago, a scan shows.",
    false,
  ],
  [
    "The head of a cyber security trade body has said that the public are 'hopelessly naive' about online fraud.",
    true,
  ],
  [
    "The head of a fraud prevention body has said banks, not customers, should carry the cost of authorised push payment scams.",
    false,
  ],
  [
    "A marketing agency says a freelancer's reused password gave attackers access to client social media accounts.",
    true,
  ],
  [
    "Researchers have found that many small-business routers sold in the past three years ship with remote administration switched on.",
    false,
  ],
  [
    "Hotel chain says guest card data was stolen after a night manager installed a 'free' remote support tool at a caller's request.",
    true,
  ],
  [
    "Payment card skimming code was found on the booking pages of four independent hotels, all built by the same web agency.",
    false,
  ],
  [
    "A councillor has said the authority's data breach happened because 'people can't be bothered to read their emails properly'.",
    true,
  ],
  [
    "A councillor has said the authority's data breach happened because its IT department ignored warnings from auditors for two years.",
    false,
  ],
  [
    "Attacks on law firms are expected to increase as criminals target conveyancing funds, the sector's regulator says.",
    false,
  ],
  [
    "A logistics company has introduced a 'click of shame' leaderboard naming staff who fail phishing simulations.",
    true,
  ],
  [
    "A logistics company has scrapped its phishing simulations after employees said the fake emails damaged trust in real HR messages.",
    false,
  ],
  [
    "Newsletter: the phrase 'sophisticated attack' usually means somebody in the office gave their password to a stranger.",
    true,
  ],
  [
    "Newsletter: the phrase 'sophisticated attack' usually means a firm is hiding how long it left a known flaw unpatched.",
    false,
  ],
  [
    "An optician chain said a store employee photographed customer records on a personal phone and shared them in a group chat.",
    true,
  ],
  [
    "Several employee groups have criticised a proposal to install monitoring software on every work laptop.",
    false,
  ],
  [
    "Human resources departments are the weak spot, says a recruiter, because they open attachments from strangers without a second thought.",
    true,
  ],
  [
    "A major password manager has disclosed that attackers accessed encrypted vault backups.",
    false,
  ],
  [
    "In the trade press this week: user error is overrated as a cause of breaches, and misconfigured defaults are underrated.",
    false,
  ],
  [
    "In the trade press this week: users are still the biggest security hole, whatever the vendors of 'human-centred' tools say.",
    true,
  ],
  [
    "A hospital's IT director told MPs the system failure was caused by clinicians who refused to log out of shared terminals.",
    true,
  ],
  [
    "Shared clinical terminals in emergency departments were never designed for fast individual logins, a health IT body says.",
    false,
  ],
  [
    "The insider who leaked the customer database was a disgruntled sales manager who had been given notice, the company alleges.",
    true,
  ],
  [
    "Insider risk programmes that treat every employee as a suspect do more harm than good, a workplace psychologist argues.",
    false,
  ],
  [
    "A cyber security awareness charity says small firms must 'make employees the solution, not the problem'.",
    false,
  ],
  [
    "'Humans are the problem,' read the slide a vendor showed on its trade show stand this week.",
    true,
  ],
  [
    "A vendor's trade show slide blaming people for breaches drew heckles from visitors, who called pinning it on human nature lazy marketing.",
    false,
  ],
  [
    "A ransomware group used a known flaw in backup software to delete restore points before encrypting servers, responders say.",
    false,
  ],
  [
    "A police force has admitted an officer searched its database for information about a neighbour.",
    true,
  ],
  [
    "Police forces are being urged to audit who can search national databases after several misuse cases.",
    false,
  ],
  [
    "Half the breaches at small firms we investigate happen because somebody wanted to get a job done quickly and cut a corner, says a forensics firm.",
    true,
  ],
  [
    "Most small firms we investigate have never turned on logging, which makes it impossible to say how attackers got in, says a forensics firm.",
    false,
  ],
  [
    "An energy supplier said customers whose accounts were taken over had 'used the same password everywhere'.",
    true,
  ],
  [
    "Credential-stuffing attacks against utility customer portals rose sharply over the winter, an industry security group reports.",
    false,
  ],
  [
    "An IT support company says a bookkeeper at a client firm installed a fake browser update that turned out to be ransomware.",
    true,
  ],
  [
    "Fake browser update pages are being injected into compromised legitimate websites to spread malware, researchers warn.",
    false,
  ],
  [
    "A restaurant group says a shift supervisor left the back-office PC logged in overnight, letting a former worker steal card data.",
    true,
  ],
  [
    "Card payment terminals at restaurants remain a target for criminals, a payments industry body warns.",
    false,
  ],
  [
    "Columnist: Another year, another survey telling us employees are gullible. It says more about the surveyors than the staff.",
    false,
  ],
  [
    "Columnist: Another year, another survey confirming what we all know: staff are gullible and always will be.",
    true,
  ],
  [
    "Cyber security budgets at SMEs are forecast to grow 9% next year, driven by insurance requirements.",
    false,
  ],
  [
    "A parish council lost its entire email archive after the clerk deleted the only admin account by accident.",
    true,
  ],
  [
    "A parish council lost its entire email archive because its free email plan kept no backups and had no recovery option.",
    false,
  ],
  [
    "The agency's annual review says state-backed hackers are increasingly targeting small suppliers to reach larger firms.",
    false,
  ],
  [
    "The consultancy's head of training says staff at small companies 'treat passwords like birthday cards to be passed round'.",
    true,
  ],
  [
    "An audit of a national museum's systems found dozens of user accounts belonging to people who had left years ago.",
    false,
  ],
  [
    "A national museum's trustees have blamed collections staff for leaving a donor database exposed on a public website.",
    true,
  ],
  [
    "Security researchers found the museum's donor database exposed by a web server the supplier misconfigured at installation.",
    false,
  ],
  [
    "A trade magazine survey found that IT managers rate their colleagues' security awareness at an average of three out of ten.",
    true,
  ],
  [
    "A trade magazine's readers voted ransomware the top concern for the coming year, ahead of AI-driven fraud.",
    false,
  ],
  [
    "Staff at a quarter of small firms still use the same password for the office Wi-Fi and the payroll system, a study claims.",
    true,
  ],
  [
    "'We had the right tools, we just had the wrong people,' the chief executive of a hacked payments start-up told investors.",
    true,
  ],
  [
    "'We had the wrong tools and the wrong priorities, and that is on me,' the chief executive of a hacked payments start-up told investors.",
    false,
  ],
  [
    "A report by a think tank warns that proposals to criminalise employees who cause data breaches would discourage people from reporting them.",
    false,
  ],
  [
    "Human error was to blame for the exposure of 12,000 voter records, the electoral services office has said.",
    true,
  ],
  [
    "The electoral services office says a spreadsheet export tool that silently included hidden columns, not human error, exposed 12,000 voter records.",
    false,
  ],
  [
    "Attackers used a stolen session token to bypass MFA at a property management firm, its incident report says.",
    false,
  ],
  [
    "A property management firm has praised its lettings team as 'the first and last line of defence' after they stopped a fraud attempt.",
    false,
  ],
  [
    "Charity sector column: nobody wants to say it, but volunteers are a data protection disaster waiting to happen.",
    true,
  ],
  [
    "A volunteer-run food bank has won an award for its simple, well-documented approach to handling client data.",
    false,
  ],
  [
    "The newly merged firm blamed 'legacy habits among staff' for the rash of misdirected emails since the merger.",
    true,
  ],
  [
    "The newly merged firm said two email systems with clashing user directories caused the rash of misdirected emails since the merger.",
    false,
  ],
  [
    "Employees at the manufacturer were unaware the attack had happened until the canteen tills stopped working, reports say.",
    false,
  ],
  [
    "'Security is everyone's job' posters have gone up across the department, prompting some staff to ask who is paying for the new laptops.",
    false,
  ],
  ["Analyst: 'Identity is the new perimeter, and most firms have left the gate wide open.'", false],
  [
    "Analyst: 'Give a workforce a shortcut and they'll take it every single time, security be damned.'",
    true,
  ],
  ["Bosses say staff can't tell a phishing email from a pay slip", true],
  ["Ransomware crews shift to data theft only, skipping encryption altogether", false],
  [
    "Domain admin accounts are the most valuable user accounts on any Windows network and the least watched.",
    false,
  ],
  [
    "Old, forgotten VPN user accounts are a bigger danger than any zero-day, says incident responder",
    false,
  ],
  [
    "The human factor remains the Achilles heel of cyber defence, the conference keynote declared.",
    true,
  ],
  ["Workers leave laptops in taxis at record rate, insurer claims", true],
  ["Laptops without full-disk encryption still common at small firms, insurer finds", false],
  ["Analyst note: the average SME has 14 cloud apps with admin users nobody has reviewed.", false],
  ["'Weakest link' label for staff is outdated and harmful, says professional body", false],
  ["Trade press: The weakest link is, surprise, still the person reading the email", true],
  [
    "Vendor press release: Every employee is a potential insider threat. Our platform watches them all.",
    true,
  ],
  [
    "Analyst: 'If a phishing email can bring down your company, that's an architecture problem, not a user problem.'",
    false,
  ],
  [
    "Unmanaged APIs are now the fastest-growing attack surface in mid-market firms, a research note says.",
    false,
  ],
  [
    "Expert: 'Nobody reads warnings. Nobody. You could put a skull on the screen and they'd still press OK.'",
    true,
  ],
  ["Firm blames 'rogue employee' for leak of merger documents", true],
  ["Document-sharing platform flaw let outsiders view private folders, researchers say", false],
];
