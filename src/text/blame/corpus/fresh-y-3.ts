import type { RawBlameExample } from "./types.js";

/** Part 3 of 3 of FRESH_Y; see fresh-y.ts. */
export const FRESH_Y_3: readonly RawBlameExample[] = [
  [
    "Users should be able to report a suspicious message with a single button and receive prompt thanks for doing so.",
    false,
  ],
  ["Awareness training keeps failing because users simply do not listen.", true],
  ["Surveys of employees show that most would report an incident if they knew how.", false],
  [
    "Our new endpoint detection product uses behavioural analysis to identify suspicious processes.",
    false,
  ],
  ["User experience and security are not opposites; well-designed controls support both.", false],
  [
    "The human factor is widely regarded as the weakest link in the chain of information security controls.",
    true,
  ],
  [
    "Think your account may be compromised? Change your password and contact IT; we are here to help.",
    false,
  ],
  [
    "The sales department's disregard for the rules has made it the origin of most of our incidents.",
    true,
  ],
  [
    "Participants who received just-in-time guidance made safer choices than those who received annual training.",
    false,
  ],
  [
    "Repeat offenders who click simulated phishing links will lose external email, since they represent an unacceptable risk to the firm.",
    true,
  ],
  ["People are the problem, and the human layer must be hardened like any other.", true],
  [
    "An insider incident response plan should involve legal, HR and communications stakeholders from the outset.",
    false,
  ],
  [
    "Any user found to have caused a data incident through inattention will forfeit their annual bonus.",
    true,
  ],
  ["People are lazy about passwords, and attackers know it.", true],
  ["Volunteers and part-time workers are a chronic soft spot in charity data protection.", true],
  [
    "Personal devices may be used for work email provided the device management profile is installed.",
    false,
  ],
  [
    "Security mistakes are inevitable in any busy workplace, and systems should be designed to catch them.",
    false,
  ],
  [
    "Employees who report phishing attempts are one of the most valuable sources of threat intelligence an organisation has.",
    false,
  ],
  [
    "The most convincing phishing messages are crafted by well-resourced criminal teams who research their targets carefully.",
    false,
  ],
  [
    "This lecture explains why the weakest-link label is a poor model of how people behave in organisations.",
    false,
  ],
  ["Report lost or stolen devices to the service desk as soon as possible, day or night.", false],
  [
    "We find that compliance rises when security tasks are integrated into existing workflows rather than added on top.",
    false,
  ],
  [
    "The company monitors all communications because staff cannot be relied upon to protect confidential information voluntarily.",
    true,
  ],
  [
    "Warehouse operatives who leave terminals logged in constitute an ongoing and entirely avoidable threat.",
    true,
  ],
  ["Incident post-mortems should focus on what happened and why, not on who is to blame.", false],
  [
    "Whoever left that memory stick in the car park knew somebody in this building would plug it in.",
    true,
  ],
  [
    "Organisations should avoid blaming employees who fall for phishing, because doing so discourages reporting.",
    false,
  ],
  ["Users of the public portal can now sign in with a passkey instead of a password.", false],
  [
    "Overloaded staff working to tight deadlines make more slips, so workload should be managed as a security control.",
    false,
  ],
  ["The security policy must be approved by the board and communicated to all staff.", false],
  [
    "Each user shall be assigned a unique identifier so that actions can be traced to an individual account.",
    false,
  ],
  ["Security awareness works best when delivered in short, regular and relevant sessions.", false],
  [
    "Chapter 6 introduces symmetric and asymmetric encryption and the trade-offs between them.",
    false,
  ],
  ["Thank you for reporting! Every report helps us protect our colleagues and our clients.", false],
  ["The finance team is invariably the department that pays the fake invoice.", true],
  ["People can become a powerful defence when they are trusted, informed and supported.", false],
  [
    "Insider misuse accounted for the largest share of losses, underscoring that the enemy is frequently already inside the perimeter.",
    true,
  ],
  [
    "Screen 3 of 12: Users like you are responsible for over ninety per cent of security incidents.",
    true,
  ],
  [
    "Employees did exactly what the process asked of them; the process itself was exploitable.",
    false,
  ],
  [
    "Breach statistics leave little doubt: the human is the attack vector of choice because the human is easy.",
    true,
  ],
  ["Our systems are secure. Our people are not.", true],
  ["Users exhibit a persistent inability to grasp even simple security concepts.", true],
  [
    "Forced periodic password changes lead users to choose predictable passwords and should be discontinued.",
    false,
  ],
  [
    "Lazy password habits among users remain the single greatest obstacle to effective access control.",
    true,
  ],
  ["The CIA triad refers to confidentiality, integrity and availability.", false],
  ["User behaviour is the primary vulnerability exploited by modern adversaries.", true],
  [
    "Fines under the data protection regime are calculated with reference to the seriousness and duration of the infringement.",
    false,
  ],
  [
    "Insider risk programmes should emphasise support and early intervention rather than blanket surveillance.",
    false,
  ],
  [
    "The typical user ignores certificate warnings, clicks through every dialog and shares accounts with colleagues.",
    true,
  ],
  [
    "Staff will not face disciplinary action for reporting a security incident in good faith, including their own mistakes.",
    false,
  ],
  [
    "Layer eight of the network stack, the person, is where most networks are actually breached.",
    true,
  ],
  ["End users are the principal vector for malicious software entering the estate.", true],
  [
    "Our findings confirm that employee negligence is the principal predictor of security incidents in small firms.",
    true,
  ],
  [
    "New employees receive a security induction covering reporting routes, device handling and where to ask for help.",
    false,
  ],
  [
    "Survey data reveal widespread apathy toward security among employees, which we identify as the main driver of compromise.",
    true,
  ],
  ["A trusted person with access is the most dangerous threat of all.", true],
  ["Human nature being what it is, staff will always choose convenience over security.", true],
  [
    "Line managers are responsible for ensuring their teams have received the required training.",
    false,
  ],
  [
    "The study found that most clerical employees could not be trusted to handle confidential data without close supervision.",
    true,
  ],
  [
    "A supply chain compromise allowed the adversary to push malicious updates to thousands of customers.",
    false,
  ],
  [
    "The firm shall provide staff with the equipment and time necessary to comply with this policy.",
    false,
  ],
  ["Most breaches start with someone just like you. Don't let it be you.", true],
  [
    "Teachers and school administrators are routinely duped by fraudulent emails, which makes schools easy prey.",
    true,
  ],
  [
    "Employees will be held personally liable for any financial loss arising from their negligent handling of company data.",
    true,
  ],
  [
    "Staff are a vital part of our defence, and this course aims to give them confidence rather than fear.",
    false,
  ],
  ["Full-disk encryption protects data if a laptop is lost or stolen.", false],
  ["You are the biggest threat to our security. Think before you click.", true],
  [
    "The average user will trade a password for a bar of chocolate, as street surveys have repeatedly demonstrated.",
    true,
  ],
  ["Interns and new starters are walking vulnerabilities until proven otherwise.", true],
  [
    "Clicked something you shouldn't have? Tell us straight away; you will not be in trouble.",
    false,
  ],
  [
    "We argue that human fallibility, rather than technical weakness, is the chief obstacle to secure organisations.",
    true,
  ],
  [
    "Effective security awareness respects people's intelligence and explains the reasons behind the advice.",
    false,
  ],
  [
    "Humans are remarkably good at noticing when something feels off, a capability machines still struggle to match.",
    false,
  ],
  ["Quiz: What is the number one cause of cyber incidents? Correct answer: human error.", true],
  [
    "Defence in depth layers several independent controls so that no single failure leads to compromise.",
    false,
  ],
  [
    "Users are not permitted to install software, as past experience shows they cannot be trusted to judge its safety.",
    true,
  ],
  [
    "Employees are the soft underbelly of the enterprise, exploited far more easily than any firewall.",
    true,
  ],
  [
    "The old saying that users are the weakest link is lazy thinking that lets system designers off the hook.",
    false,
  ],
  [
    "A worrying share of the workforce are security liabilities: users who click first and think later.",
    true,
  ],
  [
    "Users were locked out because the identity provider failed during the upgrade, not because of anything they did.",
    false,
  ],
];
