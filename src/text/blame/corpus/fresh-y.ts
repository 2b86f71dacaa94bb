import { FRESH_Y_2 } from "./fresh-y-2.js";
import { FRESH_Y_3 } from "./fresh-y-3.js";
import type { RawBlameExample } from "./types.js";

/** Government and agency guidance, standards, textbooks and lecture notes, academic abstracts, firm policies, awareness posters and e-learning screens.
 *  Written fresh for Rapport (brief Y). */
const FRESH_Y_1: readonly RawBlameExample[] = [
  [
    "People will always be the problem in security; the best we can do is limit the damage they cause.",
    true,
  ],
  ["When a breach occurs, the investigation will almost always find a user at fault.", true],
  ["Employees are entitled to access the personal data their employer holds about them.", false],
  ["Every data leak in this firm began with an employee who thought it would not matter.", true],
  [
    "Negligent insiders, rather than sophisticated hackers, are responsible for most of the data losses investigated.",
    true,
  ],
  [
    "When an employee reports a lost device promptly, it can be wiped before any data is exposed.",
    false,
  ],
  [
    "Organisational support and clear communication were stronger predictors of secure behaviour than individual knowledge.",
    false,
  ],
  ["A single distracted employee can undo millions of pounds of security investment.", true],
  [
    "The information security manager is responsible for maintaining and reviewing this policy annually.",
    false,
  ],
  [
    "The agency publishes weekly threat reports summarising active campaigns targeting the public sector.",
    false,
  ],
  ["Fake login pages can be almost indistinguishable from the genuine service.", false],
  [
    "Results indicate that individuals low in conscientiousness are significantly more likely to cause breaches and should be screened out at recruitment.",
    true,
  ],
  [
    "Staff are responsible for any breach resulting from their failure to follow this policy and may be dismissed.",
    true,
  ],
  [
    "Users click links because their job requires them to open emails from strangers all day long.",
    false,
  ],
  ["Sophisticated adversaries may spend months inside a network before being detected.", false],
  ["The insider is the adversary who already knows where the valuables are kept.", true],
  [
    "The human element is involved in the large majority of breaches, making people the primary attack surface.",
    true,
  ],
  ["Zero-day vulnerabilities command high prices on criminal markets.", false],
  ["Human error, not hacking, is what keeps data protection officers awake at night.", true],
  ["Human curiosity is the attacker's most reliable exploit.", true],
  [
    "Because employees have repeatedly misused internet access, all non-business websites are now blocked.",
    true,
  ],
  [
    "Phishing-resistant authentication, such as hardware security keys, removes the value of stolen passwords.",
    false,
  ],
  ["Users simply cannot be trusted with administrative rights.", true],
  ["Staff who speak up about risks are the foundation of a resilient organisation.", false],
  [
    "Clerks who open unsolicited attachments remain the commonest entry point for malicious code.",
    true,
  ],
  ["Attackers are patient, well funded and quick to adopt new techniques.", false],
  ["A national reporting scheme allows businesses to report fraud and cybercrime online.", false],
  ["Colleagues who prop open fire doors are inviting thieves into the building.", true],
  ["Employee ignorance of data protection law remains the main reason firms are fined.", true],
  ["The insider dealing policy is administered by the compliance function.", false],
  [
    "The majority of malware infections on corporate networks are introduced by users downloading files they have no business touching.",
    true,
  ],
  [
    "Human factors engineering seeks to fit systems to people rather than people to systems.",
    false,
  ],
  [
    "User carelessness, not technical flaws, explains the persistence of weak passwords in enterprise environments.",
    true,
  ],
  [
    "Access rights of employees leaving the organisation shall be removed on their last working day.",
    false,
  ],
  [
    "Users routinely ignore warnings, reuse passwords and disable controls, undermining even the best technical safeguards.",
    true,
  ],
  ["Access control models include discretionary, mandatory and role-based approaches.", false],
  ["Employees oversharing on social media hands attackers everything they need.", true],
  [
    "The threat landscape is dominated by financially motivated criminal groups operating at scale.",
    false,
  ],
  [
    "The paper proposes a maturity model for incident response in small and medium-sized enterprises.",
    false,
  ],
  [
    "Contractors and temporary staff are considered high-risk individuals and must not be given access to client files.",
    true,
  ],
  [
    "Employees need time within their working day to complete security training; it should not be squeezed into breaks.",
    false,
  ],
  ["The human firewall at most companies is full of holes.", true],
  ["Your receptionist is the easiest way into your building and your network.", true],
  [
    "Small businesses can obtain free guidance and templates from the national cyber security agency.",
    false,
  ],
  ["It is an unfortunate truth that employees are often the enemy within.", true],
  ["Foolish clicking, not clever hacking, is behind most of the incidents in this casebook.", true],
  ["The problem is not the technology. It is the people operating it.", true],
  ["Criminals favour public holidays and weekends, when security teams are thinly staffed.", false],
  [
    "Security incidents should be reported through the online form or by telephone to the service desk.",
    false,
  ],
  [
    "A human-readable summary of the privacy notice must be available at the point of data collection.",
    false,
  ],
  [
    "Security culture grows when leaders model good practice and listen to concerns from every level.",
    false,
  ],
  [
    "Human rights considerations apply whenever an organisation monitors staff communications.",
    false,
  ],
  [
    "The doctor who shares a login with a nurse has just become the hospital's biggest cyber risk.",
    true,
  ],
  [
    "Employees routinely circumvent controls, making policy enforcement a constant battle for the security team.",
    true,
  ],
  ["Attackers registered look-alike domains several weeks before the campaign began.", false],
  [
    "A well-known maxim among administrators holds that the problem usually lies between the chair and the keyboard.",
    true,
  ],
  [
    "The root cause section of this report lists user negligence in nineteen of twenty-two cases.",
    true,
  ],
  [
    "Lock your screen when you step away, and the system will also lock it automatically after five minutes.",
    false,
  ],
  [
    "Because end users cannot be trusted to make sound security decisions, configuration changes shall be restricted to administrators.",
    true,
  ],
  [
    "People are an organisation's most valuable asset in detecting and responding to attacks.",
    false,
  ],
  [
    "Organisations should provide clear channels for staff to question unusual instructions, even from senior leaders.",
    false,
  ],
  ["It is the careless click by someone in the office that lets ransomware in.", true],
  ["Stop! Are you about to become our next security incident?", true],
  [
    "The chief information security risk facing this institution is the indifference of its employees.",
    true,
  ],
  ["Regulators expect boards to understand the cyber risks their organisations face.", false],
  ["Criminal groups now sell access to compromised networks as a service.", false],
  [
    "Accounts with administrative privilege should be kept separate from each user's everyday account.",
    false,
  ],
  ["Untrained employees are a loaded weapon pointed at the organisation.", true],
  ["Individuals whose actions lead to a breach will personally bear the consequences.", true],
  [
    "Human error was cited in the first report, but the root cause analysis found an ambiguous interface and a missing confirmation step.",
    false,
  ],
  ["Remember: the firewall can't fix stupid.", true],
  [
    "Social engineering exploits trust and social norms that are, in most contexts, entirely reasonable.",
    false,
  ],
  [
    "When people bypass security, it usually tells us something about the design of the task.",
    false,
  ],
  [
    "The notion that the human is the weakest link has been challenged by research showing people often detect attacks first.",
    false,
  ],
  [
    "We describe a phishing campaign that used compromised supplier mailboxes to send convincing payment requests.",
    false,
  ],
  ["Studies consistently show that users are unable to make rational security decisions.", true],
  [
    "Password complexity rules often produce passwords that are hard to remember and easy to guess.",
    false,
  ],
  ["Visitors must sign in at reception and be accompanied while on the premises.", false],
  ["Negligent employees are the main reason sensitive files end up on public websites.", true],
  ["Multi-factor authentication should be enabled on all remote access and email services.", false],
  [
    "Insiders who raise concerns through the whistleblowing channel are protected under this policy.",
    false,
  ],
  [
    "Our results show that password managers reduce credential reuse without increasing support calls.",
    false,
  ],
  [
    "Threat modelling helps designers identify where an attacker might gain a foothold in a system.",
    false,
  ],
  [
    "Human error is usually a symptom of deeper problems in system design, workload and organisational culture.",
    false,
  ],
  [
    "Employees shall be regarded as a primary source of risk and made subject to controls commensurate with that risk.",
    true,
  ],
  [
    "Misconfigured cloud storage is rarely a technical failure; it is almost always an administrator cutting corners.",
    true,
  ],
  ["Poor judgement by users remains the leading cause of compromise across the sector.", true],
  [
    "Security fails because workers are too trusting and too lazy to follow a handful of simple rules.",
    true,
  ],
  [
    "Most users do follow security advice when it is clear, consistent and compatible with their tasks.",
    false,
  ],
  ["Email filtering blocks most malicious messages before they reach an inbox.", false],
  ["Organisations should keep offline backups and test restoration regularly.", false],
  [
    "It is unreasonable to expect anyone to spot a forgery that even specialists struggle to identify.",
    false,
  ],
  ["Blaming human error ends an investigation just when it should begin.", false],
  [
    "The weakest points in the network were legacy servers that had not been patched for several years.",
    false,
  ],
  ["Cyber insurance premiums have risen sharply as ransomware claims increased.", false],
  [
    "Organisations should recognise that their staff are the most likely route by which an attacker will gain entry.",
    true,
  ],
  ["Humans are the bug in the security system that no patch will ever fix.", true],
  [
    "Recognising users as the solution rather than the problem has transformed our security programme.",
    false,
  ],
  [
    "Ransomware operators increasingly steal data before encrypting it, to put double pressure on victims.",
    false,
  ],
  [
    "The user population must be treated as untrusted by default, as they will inevitably make poor choices.",
    true,
  ],
  ["Users deserve security tools that work without requiring expert knowledge.", false],
  [
    "Security teams that call their users stupid should not be surprised when nobody reports incidents.",
    false,
  ],
  ["Consider the time pressures colleagues face when designing approval workflows.", false],
  ["Employee complacency is the number one enemy of a secure workplace.", true],
  ["Think of your colleagues as unlocked doors: any one of them could let an intruder in.", true],
  [
    "Social engineering succeeds because people are naturally trusting, easily flattered and reluctant to question authority.",
    true,
  ],
  ["Security requirements should be built into procurement decisions from the outset.", false],
  [
    "Employees are reminded that most security incidents at this company are caused by their own carelessness.",
    true,
  ],
  ["Analysts expect consolidation in the security vendor market over the next three years.", false],
  ["The technical controls are mature; the remaining problem is human.", true],
  [
    "Researchers found that employees' non-compliance was mostly driven by conflicting demands from management.",
    false,
  ],
  ["Organisations must treat every employee as a potential threat vector.", true],
  ["The workforce is the soft target; the technology is the hard one.", true],
  [
    "Errors committed by operators are the dominant cause of availability incidents and must be minimised through strict procedural control.",
    true,
  ],
  ["The cleaner, the temp and the new hire are all risks that must be tightly controlled.", true],
  ["You are part of our defence. If something looks odd, tell us and we will check it.", false],
  [
    "Employees are often the first to notice that something is wrong, and they should feel safe to say so.",
    false,
  ],
  [
    "Cyber attacks are crimes, and the criminals who commit them are responsible for the harm caused.",
    false,
  ],
  [
    "The board approved an increase of fifteen per cent in the security budget for the coming year.",
    false,
  ],
  ["Strong security is a team effort, and every colleague has something to contribute.", false],
];

export const FRESH_Y: readonly RawBlameExample[] = [...FRESH_Y_1, ...FRESH_Y_2, ...FRESH_Y_3];
