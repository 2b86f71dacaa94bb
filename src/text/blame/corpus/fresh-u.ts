import { FRESH_U_2 } from "./fresh-u-2.js";
import { FRESH_U_3 } from "./fresh-u-3.js";
import { FRESH_U_4 } from "./fresh-u-4.js";
import type { RawBlameExample } from "./types.js";

/**
 * Batch U: security vendors' marketing lines, product pages and press releases, then report
 * findings, headlines, trade press and talks. Written fresh for Rapport (brief U); split into
 * four files to keep each short.
 */
const FRESH_U_1: readonly RawBlameExample[] = [
  [
    "Your people are clicking their way into a breach. Our platform stops them before they do.",
    true,
  ],
  ["Every inbox in your company is one bored intern away from a ransomware incident.", true],
  ["Stop trusting users to spot fakes. Our filter decides, so they don't have to.", true],
  ["Built for security teams who are tired of cleaning up after careless colleagues.", true],
  ["Our awareness platform turns employees into an active layer of detection.", false],
  ["Human risk is the new perimeter: measure it, score it, shrink it.", true],
  ["Give your users a one-click report button and watch your phishing response time drop.", false],
  ["Lock it down: the only safe laptop is one your employees can't install anything on.", true],
  ["Zero-trust access that protects data without slowing anyone down.", false],
  ["Passwords fail because people are lazy. Passwordless fixes people.", true],
  [
    "Passwords fail because they ask the impossible of memory. Passwordless removes the burden.",
    false,
  ],
  [
    "Meet the endpoint agent that assumes every employee will eventually open the wrong attachment.",
    true,
  ],
  [
    "Your finance team will wire money to anyone with a convincing signature block. We make sure they can't.",
    true,
  ],
  [
    "Email security that catches what filters miss, so your staff can get on with their day.",
    false,
  ],
  ["Backups that restore in minutes when ransomware hits, tested every night.", false],
  [
    "Insider threat detection: because the person most likely to leak your data already has a badge.",
    true,
  ],
  [
    "Data loss prevention that flags a risky transfer and explains the policy to the employee in plain language.",
    false,
  ],
  ["The weakest spot in your defences isn't a who, it's a what: your unpatched VPN.", false],
  ["Your biggest threat surface walks through reception at nine every morning.", true],
  ["Attackers don't break in, they log in, using the credentials your team hands them.", true],
  ["Attackers don't break in, they log in. Phishing-resistant MFA closes that door.", false],
  ["Security awareness training people actually enjoy, in five minutes a month.", false],
  ["Training alone won't fix employees who simply don't care.", true],
  [
    "Make every user a sensor: suspicious-email reports from staff feed straight into your SOC.",
    false,
  ],
  ["Your employees are the heroes of your security story. Give them the tools to act.", false],
  [
    "Gullible employees cost UK businesses millions every year. Find out how exposed you are.",
    true,
  ],
  [
    "Browser isolation: let people browse freely while malicious code runs far away from your network.",
    false,
  ],
  [
    "One careless download can bring down your whole network. Our sandbox makes sure it never gets the chance.",
    true,
  ],
  ["Human error causes most breaches. Automate it out of the loop.", true],
  ["Automate repetitive patching so your IT team can focus on work that matters.", false],
  [
    "Shadow IT thrives because approved tools are slow. Our catalogue makes the secure option the fast one.",
    false,
  ],
  [
    "Your users are plugging in USB sticks they found in the car park. Are you sure you want to rely on them?",
    true,
  ],
  [
    "Phishing simulations tailored to each department's real workflows, not generic templates.",
    false,
  ],
  ["Stop letting end users decide what's safe to open.", true],
  ["We help security leaders build cultures where people report mistakes without fear.", false],
  [
    "Your people aren't the problem; your onboarding is. We redesign access so it's secure by default.",
    false,
  ],
  ["The human firewall is failing. Replace it with one that never gets tired.", true],
  ["Humans will always be curious. Our link scanner lets them be curious safely.", false],
  ["Identity governance that removes leftover access the moment someone changes role.", false],
  [
    "Disgruntled staff are walking out with your client lists. Our DLP sees every file they touch.",
    true,
  ],
  ["A user-friendly console that small IT teams can run without hiring a specialist.", false],
  ["Reduce the risk your employees pose with continuous behaviour scoring.", true],
  [
    "Credential stuffing attacks rose sharply last year. Protect your login pages with bot detection.",
    false,
  ],
  ["Don't let one distracted click on a Friday afternoon cost you the company.", true],
  ["Secure email gateway, now with AI-powered impersonation detection.", false],
  ["Your team is brilliant at their jobs. They shouldn't have to be security experts too.", false],
  ["Most employees can't tell a real invoice from a forged one. Our software can.", true],
  ["Give employees a password manager and the reuse problem largely disappears.", false],
  ["Fix the human layer: the one vulnerability no scanner can patch.", true],
  ["Patch management for mixed Windows and Mac estates, without the spreadsheets.", false],
  ["Cyber insurance readiness checklists, built together with underwriters.", false],
  ["Protect your business from the people who work in it.", true],
  ["Awareness content written by people who have actually worked a help desk.", false],
  [
    "Our platform spots the employees most likely to fall for a scam and restricts their access automatically.",
    true,
  ],
  [
    "Microlearning nudges that arrive right when someone is about to share a file externally.",
    false,
  ],
  [
    "Teams who feel trusted report more suspicious emails. Our programme is built on that finding.",
    false,
  ],
  ["Your accounts department is an open door for invoice fraud.", true],
  ["Monitor privileged accounts for signs of compromise in real time.", false],
  ["Treat every user as a potential breach and you'll never be caught off guard.", true],
  [
    "Users don't need more warnings; they need fewer, clearer ones. We cut alert noise at the source.",
    false,
  ],
  [
    "You can train them all you like; someone will still type their password into a fake page.",
    true,
  ],
  [
    "Insiders aren't villains: most data leaks start with a tool that made the wrong thing easy.",
    false,
  ],
  [
    "The average worker is a walking phishing target. Our gateway stands between them and disaster.",
    true,
  ],
  [
    "Managed detection and response, staffed around the clock by analysts in your time zone.",
    false,
  ],
  ["Security that works with your staff, not against them.", false],
  [
    "Humans: still the easiest system to hack. Our simulations prove it, department by department.",
    true,
  ],
  ["Stop blaming users. Start fixing the login flow that confuses them.", false],
  ["Mobile device management that keeps company data separate from personal photos.", false],
  [
    "Your receptionist will hold the door for anyone carrying a box. Book a physical test with our red team.",
    true,
  ],
  ["Protect remote workers on any network with an always-on secure connection.", false],
  [
    "Because employees will always ignore the rules, our controls don't ask them for permission.",
    true,
  ],
  ["A simple reporting button that thanks staff every time they flag something odd.", false],
  ["Curb the chaos caused by users who reuse the same password everywhere.", true],
  ["Vulnerability scanning that prioritises what attackers actually exploit.", false],
  ["End users are the last line of defence, and our coaching treats them that way.", false],
  ["Let's be honest: your people are your biggest liability online.", true],
  ["Our takedown service removes lookalike domains before their emails reach an inbox.", false],
  ["Human-centred security design: fewer prompts, smarter defaults, happier staff.", false],
  ["Your workforce is your first line of defence. We help it act like one.", false],
  ["Don't let a trusting temp undo millions in security spend.", true],
  ["The riskiest app in your company is the one running between each employee's ears.", true],
  [
    "Continuous monitoring flags user accounts that sign in from two continents within an hour.",
    false,
  ],
  [
    "Sick of being let down by your own team? Automate the decisions they keep getting wrong.",
    true,
  ],
  ["Security awareness for the real world: no gotchas, no shaming, just practical habits.", false],
  ["Unpredictable humans make unpredictable breaches. Predict them with our risk engine.", true],
  ["Our email banner tells staff when a message comes from outside, without crying wolf.", false],
  ["Encrypted file sharing so your team never has to email a spreadsheet again.", false],
  ["Outsmart the attackers, and your own clumsy colleagues while you're at it.", true],
  ["Policy templates for small firms, written in language employees can actually follow.", false],
  ["Every employee is a potential point of failure. Our platform monitors them all.", true],
  [
    "Your cleaners, your contractors, your CFO: any of them could be the fool who lets the attackers in.",
    true,
  ],
  ["Secure-by-default configurations for the cloud services small businesses already use.", false],
  ["Single sign-on that cuts the number of passwords each employee has to remember to one.", false],
  [
    "Some errors can't be trained away. Our AI catches the blunders your team will inevitably make.",
    true,
  ],
  [
    "Social engineering is the attacker's craft. Our threat intelligence tracks how it evolves.",
    false,
  ],
  ["Staff turnover creates access sprawl. We close old accounts automatically.", false],
  ["Employees are, frankly, the cheapest exploit an attacker will ever buy.", true],
  ["Eliminate the human weak spot from your payment approvals.", true],
  [
    "Technology is ready. Users are not. Our platform bridges the gap by taking the decision away from them.",
    true,
  ],
  [
    "Our platform gives every user a personal dashboard showing which of their accounts still need MFA.",
    false,
  ],
  [
    "Human analysts still outperform automated triage on novel attack patterns, so we keep them in the loop.",
    false,
  ],
  ["Release notes: fixed an error that caused scheduled scans to skip network shares.", false],
  ["Users can now approve sign-ins with a fingerprint instead of typing a code.", false],
  [
    "Your office is full of well-meaning humans who will happily open the door to criminals. We keep it shut.",
    true,
  ],
  [
    "Error messages that explain what went wrong, so people can fix problems without calling IT.",
    false,
  ],
  [
    "You trust them with your customers. Should you trust them with your network? Probably not.",
    true,
  ],
  ["Vendor survey finds two thirds of breaches traced back to employee negligence.", true],
  ["New research: careless employees remain the top cause of data loss for mid-sized firms.", true],
  [
    "Company announces Series B funding to expand its cloud security posture platform into Europe.",
    false,
  ],
  [
    "Security firm launches free toolkit to help small businesses set up multi-factor authentication.",
    false,
  ],
];

export const FRESH_U: readonly RawBlameExample[] = [
  ...FRESH_U_1,
  ...FRESH_U_2,
  ...FRESH_U_3,
  ...FRESH_U_4,
];
