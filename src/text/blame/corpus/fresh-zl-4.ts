import type { RawBlameExample } from "./types.js";

export const FRESH_ZL_4: readonly RawBlameExample[] = [
  [
    "Banks should design authentication flows that work for older customers, rather than blaming them when fraud happens.",
    false,
  ],
  [
    "Every audit, every pentest, it's finance who lets us in. They'll open anything with 'urgent' in the subject line.",
    true,
  ],
  [
    "Every audit, every pentest, it's the finance system that lets us in: legacy, unpatched, and exempt from every change freeze.",
    false,
  ],
  [
    "I've stopped being surprised by what staff do with a company laptop. Nothing is too dumb.",
    true,
  ],
  [
    "I've stopped being surprised by how many company laptops ship without full-disk encryption switched on.",
    false,
  ],
  [
    "Security awareness doesn't work because most people are simply not capable of the vigilance it requires.",
    true,
  ],
  [
    "Security awareness doesn't work if it asks people for constant vigilance that no human can sustain for eight hours a day.",
    false,
  ],
  ["Trust nobody. Especially not the people on your own payroll.", true],
  ["Trust nobody by default, including devices and services on your own network.", false],
  [
    "Our red team got domain admin in two hours. The blue team spotted it in forty minutes. Credit where it's due.",
    false,
  ],
  [
    "Our red team got domain admin in two hours because some admin reused his Netflix password. Admins are the worst.",
    true,
  ],
  [
    "The CISO who blames staff for every breach is usually the one who never asked them what slowed them down.",
    false,
  ],
  [
    "Post-mortems should be blameless, but let's be real, someone screwed up and everybody knows who.",
    true,
  ],
  [
    "Blameless post-mortems surface far more of the real contributing factors than disciplinary ones do.",
    false,
  ],
  [
    "People will share their password with a stranger for a chocolate bar. There are studies proving it.",
    true,
  ],
  [
    "That chocolate-bar password study is often misquoted; nobody verified that the passwords people gave were real.",
    false,
  ],
  [
    "The human element featured in most breaches this year, largely through stolen credentials and pretexting.",
    false,
  ],
  ["Why spend money on tools when the person who'll undo it all is sitting on your payroll?", true],
  ["Your employees are smarter than your security policies assume.", false],
  [
    "Your employees are dumber than your security policies assume, and that's saying something.",
    true,
  ],
  [
    "Security people love to call users stupid. In my experience, users are tired, not stupid.",
    false,
  ],
  ["Users aren't tired, they're careless. Stop making excuses for them.", true],
  [
    "Teenage hackers got into that telecom by phoning the help desk, and the help desk just handed over the keys like a bunch of clowns.",
    true,
  ],
  [
    "Teenage hackers got into that telecom by phoning the help desk, which had no identity verification step for password resets.",
    false,
  ],
  [
    "On this blog I've argued for years that 'insider threat' is mostly a branding exercise for monitoring software.",
    false,
  ],
  ["On this blog I've argued for years that every employee is a breach waiting to happen.", true],
  ["Nurses share logins because they're sloppy. I don't care how busy the ward is.", true],
  [
    "Nurses share logins because the workstation takes three minutes to log in and a patient is crashing.",
    false,
  ],
  [
    "One of the best security engineers I ever hired came from the help desk; she knew exactly where users struggled.",
    false,
  ],
  ["If your people were competent, you wouldn't need half the controls you're paying for.", true],
  ["If your controls were usable, you wouldn't need half the exceptions you're approving.", false],
  ["The weakest link in that breach was a supplier portal with no MFA, full stop.", false],
  [
    "Attackers love your staff's social media habits: birthdays, pets, job titles, it's all out there because people overshare.",
    true,
  ],
  [
    "Attackers mine public information about organisations, so keep org charts and internal email formats off public pages.",
    false,
  ],
  ["Password managers remove the single biggest reason people reuse passwords: memory.", false],
  ["Human beings are fundamentally insecure devices with a terrible patch cycle.", true],
  [
    "Human beings are remarkably good at spotting things that look wrong, if you give them a moment to look.",
    false,
  ],
  [
    "In the talk I'll show how a single overworked administrator can't possibly review four thousand alerts a day.",
    false,
  ],
  [
    "In the talk I'll show how a single lazy administrator ignored four thousand alerts a day and let the attackers walk in.",
    true,
  ],
  [
    "Everybody wants to blame the intern, but the intern had production access because someone senior granted it.",
    false,
  ],
  ["Interns are a walking data leak. Never give them real access.", true],
  [
    "Passkeys finally remove the phishable secret from the login, which is better than any amount of user training.",
    false,
  ],
  ["Honestly, the fastest way to improve security would be to fire the repeat clickers.", true],
  ["Firing repeat clickers just teaches everyone else to hide their mistakes.", false],
  [
    "Most of the data breaches I write about on this blog involve a cloud bucket someone forgot to lock down.",
    false,
  ],
  [
    "Most of the data breaches I write about on this blog come down to some careless admin who should never have had the job.",
    true,
  ],
  [
    "The quickest win for most small firms is turning on automatic updates and MFA, not another training course.",
    false,
  ],
  [
    "Workers think cybersecurity is IT's problem, and that attitude is exactly why they're the weak spot.",
    true,
  ],
  [
    "When workers think cybersecurity is IT's problem, that's usually because IT told them so for twenty years.",
    false,
  ],
  [
    "Insiders with legitimate access are hard to detect, which is why least privilege matters more than monitoring.",
    false,
  ],
  ["Stop trying to educate users. They're uneducable. Lock everything down instead.", true],
  ["Locking everything down without explanation generates more shadow IT, not less.", false],
  [
    "I trust my team. They've caught more attacks in the last year than any product we bought.",
    false,
  ],
  ["Every year I present the same finding: your people failed, again.", true],
  ["Every year I present the same finding: default passwords on network gear, again.", false],
  [
    "The call centre will give out anything if you sound annoyed enough. They're trained to please, not to think.",
    true,
  ],
  [
    "Call centres give out data when callers sound annoyed because their scripts and targets reward de-escalation above all else.",
    false,
  ],
  [
    "Nobody reads the acceptable use policy, and honestly I can't blame them; it's forty pages of legalese.",
    false,
  ],
  [
    "Nobody reads the acceptable use policy because nobody here takes their responsibilities seriously.",
    true,
  ],
  [
    "Someone always asks me how to stop users behaving like users. The honest answer: you can't, so keep them away from anything important.",
    true,
  ],
  [
    "Give people a shared drive and within a month there's a spreadsheet of every customer's card number sitting on it.",
    true,
  ],
  ["Careless staff to blame for most data breaches, study finds.", true],
  ["Unpatched software to blame for most data breaches, study finds.", false],
  [
    "Organisations should make it easy for staff to report suspicious messages, and should thank them when they do.",
    false,
  ],
  [
    "Employees remain the primary vulnerability in the public sector, the minister told the committee.",
    true,
  ],
  [
    "Outdated legacy systems remain the primary vulnerability in the public sector, the minister told the committee.",
    false,
  ],
  [
    "Human error was cited in the regulator's report as the cause of the mishandled patient records.",
    true,
  ],
  [
    "The regulator's report found the patient records were mishandled because the hospital's email system auto-completed the wrong distribution list.",
    false,
  ],
  [
    "Do not rely on users to detect phishing as your only defence; combine technical controls at several layers.",
    false,
  ],
  ["Council worker's blunder exposes thousands of residents' addresses.", true],
  ["Council's outdated software exposes thousands of residents' addresses.", false],
  [
    "Staff who fall for scams are the single greatest risk facing small businesses today, the trade body warned.",
    true,
  ],
  [
    "Small businesses often lack the budget for basic controls such as backups and MFA, the trade body warned.",
    false,
  ],
  [
    "Guidance: Users should be given the minimum access rights they need to perform their role.",
    false,
  ],
  [
    "Insider threats are among the most dangerous risks an organisation can face, because those people already hold the keys.",
    true,
  ],
  [
    "An effective insider risk programme should protect employees' privacy and be transparent about what is monitored.",
    false,
  ],
  ["The report describes employees as 'the weakest link' in national cyber defences.", true],
  [
    "The report argues that describing employees as 'the weakest link' discourages them from reporting incidents.",
    false,
  ],
  [
    "Security teams should design policies around how people actually work rather than how they ought to work.",
    false,
  ],
  ["Bank blames customer negligence for wave of fraud losses, refuses refunds.", true],
  [
    "Regulator tells bank it cannot blame customers for fraud enabled by its own weak authentication.",
    false,
  ],
  [
    "A single employee's mistake let hackers into the port operator's network, investigators said.",
    true,
  ],
  [
    "Investigators said hackers entered the port operator's network through a vulnerability disclosed eight months earlier.",
    false,
  ],
  [
    "Forcing regular password expiry tends to produce weaker passwords, and current guidance no longer recommends it.",
    false,
  ],
];
