import { FRESH_X_2 } from "./fresh-x-2.js";
import { FRESH_X_3 } from "./fresh-x-3.js";
import type { RawBlameExample } from "./types.js";

/** IT people in forums, social media, meetups, newsletter columns and trade-press comments: sysadmin rants, help-desk war stories, and users' defenders.
 * Written fresh for Rapport (brief X). */
const FRESH_X_1: readonly RawBlameExample[] = [
  [
    "We spend six figures on tooling and it all falls apart because someone in sales reuses 'Summer2023!' everywhere.",
    true,
  ],
  ["Leadership that treats security as IT's job alone gets the incidents it deserves.", false],
  ["Most data breaches start with an employee doing something dumb.", true],
  [
    "The weakest link framing is outdated; people are a layer of defence if you let them be.",
    false,
  ],
  ["Our staff don't need more rules. They need fewer, clearer ones.", false],
  ["Our staff are so trusting it's almost sweet. Almost.", true],
  [
    "The team reuses one password for the VPN, the payroll site and their gym. Of course we got breached.",
    true,
  ],
  ["It's not the tech that fails, it's the human using it.", true],
  ["Ransomware crews are moving faster; dwell time is down to days.", false],
  [
    "Cyber insurance questionnaires have gotten brutal. Fifty questions about backups alone.",
    false,
  ],
  [
    "Our HR lead forwarded the fake CEO email to the whole company asking if it was real. Then replied to it.",
    true,
  ],
  ["The firewall is fine. The people sitting behind it are the hole.", true],
  ["Users only bypass controls that get in the way of their work. Fix the workflow.", false],
  [
    "Pro tip: assume every user will fall for the phish and architect around their gullibility.",
    true,
  ],
  [
    "The breach report blamed 'carelessness'. Read it closely and the real story is a missing approval step.",
    false,
  ],
  ["Every user is one bad day away from becoming a breach.", true],
  ["Every security team knows the end user is the soft target.", true],
  [
    "Moved all our shared passwords into a vault. Took an afternoon, should have done it years ago.",
    false,
  ],
  ["Our people aren't the weak spot; the twenty-year-old accounting package is.", false],
  ["You can't fix human nature, so limit what humans can touch.", true],
  ["You can patch servers. You can't patch Brenda from accounts.", true],
  ["The disgruntled guy in ops with domain admin keeps me up at night more than any APT.", true],
  [
    "Stop treating your colleagues like suspects. They notice, and they stop telling you things.",
    false,
  ],
  ["Stop buying tools. Your real problem is employees who can't spot a fake invoice.", true],
  [
    "Our backup restore test failed last month. Glad we found out on a Tuesday and not mid-incident.",
    false,
  ],
  [
    "Employees who clicked our phishing test got a friendly tip, not a lecture. Reporting went up threefold.",
    false,
  ],
  ["Every new hire is a fresh attack surface.", true],
  [
    "Honestly staff are our biggest risk, and anyone who says otherwise has never worked a help desk.",
    true,
  ],
  [
    "Top cause of incidents at our place: somebody doing exactly what they were told not to do.",
    true,
  ],
  ["Some folks shouldn't be allowed email. I'm only half joking.", true],
  ["If the password policy needs a flowchart, the policy is wrong.", false],
  ["Most of our team are careful and kind. The security program should reflect that.", false],
  ["Staff are the soft underbelly of every network I've ever audited.", true],
  [
    "Gave the warehouse team tablets. Within a week two of them had malware from 'free games'.",
    true,
  ],
  [
    "Shared logins at the clinic exist because switching accounts takes four minutes. Fix the software.",
    false,
  ],
  ["The end user is the zero-day that never gets patched.", true],
  ["I don't care who clicked. I care how fast we found out and what we changed afterwards.", false],
  ["Our employees are a liability. Sad but true.", true],
  ["PEBKAC. Every single ticket this week was PEBKAC.", true],
  [
    "Calling employees the weakest link lets vendors off the hook for shipping insecure defaults.",
    false,
  ],
  [
    "Every user here gets a hardware key on day one. Phishing for passwords just doesn't work anymore.",
    false,
  ],
  ["Our staff are the reason the breach was contained in an hour instead of a week.", false],
  ["Give a user an inch of permissions and they'll install a crypto miner.", true],
  [
    "Phishing is a numbers game for attackers; plan for detection and containment, not perfection.",
    false,
  ],
  [
    "When security gets in the way of patient care, nurses will route around it. Fix the workflow, not the nurses.",
    false,
  ],
  [
    "Most incidents I investigate trace back to a decision made in a meeting, not a click at a desk.",
    false,
  ],
  ["'Human error' is what we write when we don't want to look at our own procedures.", false],
  ["Every ransomware case I've worked traced back to one careless employee.", true],
  ["Cheap routers with hardcoded credentials are a scandal nobody talks about.", false],
  ["95% of breaches are caused by human error, so the answer is obvious: fix the people.", true],
  [
    "Tabletop exercise this week. Turns out our escalation list had three people who left two years ago.",
    false,
  ],
  ["Users treat passwords like gym towels: shared around and never changed.", true],
  [
    "The default admin password on that camera system is printed on the box. That's the vendor's fault.",
    false,
  ],
  [
    "It's not a people problem when the approved file-sharing tool has a 10MB limit. Folks will find another way.",
    false,
  ],
  [
    "We got breached because IT left an old test server online with default creds. That one was on us.",
    false,
  ],
  ["Security awareness month is coming. Let's make it less scolding this year.", false],
  ["Alert fatigue is real for the security team too. We miss things when we're swamped.", false],
  [
    "Insiders aren't the issue at most small shops; shared admin accounts and zero logging are.",
    false,
  ],
  ["The weakest point in any network is the employee who thinks IT is overreacting.", true],
  ["Sysadmin rule number one: assume your coworkers will do the dumbest possible thing.", true],
  ["Phishing kits are sold as a service now, complete with customer support.", false],
  [
    "If your staff need twelve clicks to report a suspicious email, you'll get zero reports.",
    false,
  ],
  ["Layer 8 issues, as always. The tech is solid, the meatware is not.", true],
  ["Employees are basically insider threats who haven't gotten around to it yet.", true],
  [
    "Humans spotted the deepfake voice call because it sounded off. The tools missed it completely.",
    false,
  ],
  ["Human factors research says alert fatigue is a design problem, not a character flaw.", false],
  [
    "Employee monitoring software is a privacy nightmare and rarely catches anything useful.",
    false,
  ],
  [
    "Users responded brilliantly during the outage; they switched to the paper process without being asked.",
    false,
  ],
  ["Don't let the marketing fool you, the insider is your biggest threat.", true],
  ["Human firewall is a cringe term, but the idea that staff can help defend is right.", false],
  ["The user is always the problem. Ask any help desk tech.", true],
  [
    "I'm tired of the 'humans are the weakest link' line. Give people tools that work and they'll use them.",
    false,
  ],
  ["Meetup notes: great talk on making incident reviews blameless. Slides are up.", false],
  ["Teach a man to phish and he'll have your bookkeeper's credentials by lunch.", true],
  [
    "QR code phishing, fake invoices, SMS lures: attackers keep innovating while we keep blaming whoever clicked.",
    false,
  ],
  [
    "Anyone else seeing a spike in fake voicemail notifications this week? Filters aren't catching them.",
    false,
  ],
  ["I'd trust a random stranger over our own users with the VPN config.", true],
  ["Users don't need to be experts. They need a clear way to ask 'is this legit?'", false],
  ["The insider threat is real: your own staff are more dangerous than any outside hacker.", true],
  [
    "The help desk should be somewhere folks come early, not a place they avoid until it's too late.",
    false,
  ],
  [
    "Our office manager runs the best security onboarding I've seen, and she's not even in IT.",
    false,
  ],
  ["Shadow IT exists because employees think the rules don't apply to them.", true],
  ["Best security investment we made: a 'report it' button in the mail client.", false],
  ["Our newsletter this month: how to set up passkeys on your phone in five minutes.", false],
  ["Employee headcount isn't a security metric. Patching cadence is.", false],
  ["Human stupidity is infinite and my firewall rules are not.", true],
  ["People are the problem. Humans, specifically.", true],
  [
    "Our receptionist handed the 'phone company technician' the server room key. No ID asked. Nothing.",
    true,
  ],
  ["Human beings are the vulnerability no vendor can patch.", true],
  ["Frankly, the average user is a security incident waiting to happen.", true],
  ["Protip for fellow sysadmins: thank people when they report stuff. It compounds.", false],
  [
    "Honestly the human side of security is the fun part. People want to do the right thing.",
    false,
  ],
  ["Colleagues aren't a problem to be managed; they're the people we're here to protect.", false],
  ["Stop calling users the weakest link. They're the only ones who reported the phish.", false],
  ["The weakest link in our company is the executive team. They ignore every rule we write.", true],
  ["Remote employees are a nightmare. Public wifi, shared laptops, zero discipline.", true],
  ["Security teams that yell at people for clicking end up with people who stop reporting.", false],
  [
    "We rolled out a password manager. Users kept a spreadsheet of passwords on the desktop anyway.",
    true,
  ],
  ["Staff open every attachment labelled 'invoice'. Every single one. Without fail.", true],
  ["You can have the best EDR in the world and one user will still enable the macro.", true],
  [
    "I'd rather have a user who reports a mistake than one who hides it. Blame kills reporting.",
    false,
  ],
  [
    "Staff are my early warning system. Half our incidents were first reported by someone in accounts.",
    false,
  ],
  [
    "Our insider threat program caught three people copying files out this year. Trust no one.",
    true,
  ],
  [
    "An attacker spent weeks crafting that lure. Saying the employee 'should have known' ignores how good it was.",
    false,
  ],
  ["Our employees are the best intrusion detection system we've got.", false],
  ["Users who feel safe admitting a misclick give us hours of head start on incidents.", false],
  ["Employee negligence costs companies more than hackers do.", true],
  [
    "Human error accounts for most breaches; that's why we record employees' screens all day.",
    true,
  ],
  [
    "Whenever an employee opens with 'I'm not technical', I know the next sentence is a security incident.",
    true,
  ],
  ["Awareness sessions should feel like a conversation, not a courtroom.", false],
  ["Managers are the worst. They demand exceptions to every policy and then get phished.", true],
  ["Honestly, 'user error' should just be preprinted on our incident report template.", true],
  ["Human error is behind nearly every incident I've dealt with in fifteen years.", true],
  ["Regulators want incident reports within 72 hours. Make sure you know who writes them.", false],
  ["End users will bypass any control you put in front of them if it saves ten seconds.", true],
  ["Can we please stop pretending training works? Users click anyway.", true],
  ["The average office worker has the security instincts of a golden retriever.", true],
  ["Our employees caught the wire fraud attempt before any tool flagged it.", false],
  ["Breach notification laws keep shifting. Worth a call with your lawyer once a year.", false],
  ["Users aren't stupid, they're busy. Big difference.", false],
];

export const FRESH_X: readonly RawBlameExample[] = [...FRESH_X_1, ...FRESH_X_2, ...FRESH_X_3];
