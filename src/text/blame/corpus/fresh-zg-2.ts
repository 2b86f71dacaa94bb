import type { RawBlameExample } from "./types.js";

/** MSP and IT-support company blogs, newsletters and helpdesk talk. Written fresh for Rapport (brief ZG). */
export const FRESH_ZG_2: readonly RawBlameExample[] = [
  [
    "In our experience as an MSP, ninety percent of the incidents we respond to start with a user doing something they were told not to do.",
    true,
  ],
  [
    "You can have the best endpoint protection on the market, but it can't stop Brenda in accounts from typing her password into a fake login page.",
    true,
  ],
  ["Our helpdesk motto: there's no patch for stupid.", true],
  ["End users are the soft underbelly of every network we manage.", true],
  ["Blog: Why your employees are your biggest cyber risk (and what to do about it).", true],
  [
    "We lock down every workstation we manage because, left to their own devices, users will install anything with a 'free' button.",
    true,
  ],
  [
    "Most of our tickets are self-inflicted. Someone clicked, someone downloaded, someone ignored the warning.",
    true,
  ],
  [
    "If you give staff admin rights, you're not running an IT environment, you're running a toy box.",
    true,
  ],
  [
    "The average employee will trade their password for a chocolate bar. We've seen the studies and we've seen it in the field.",
    true,
  ],
  ["Clients ask what the biggest threat to their network is. We point at the office.", true],
  ["Technology has come a long way. People haven't.", true],
  ["Let's be honest: most of your staff can't tell a phishing email from a newsletter.", true],
  [
    "We've cleaned up after enough 'I just clicked the link to see what it was' moments to know where the risk sits.",
    true,
  ],
  [
    "Users will always find a way to break whatever you build. Plan for it by taking the choice away.",
    true,
  ],
  [
    "Every single ransomware case we handled last year traced back to an end user. Every one.",
    true,
  ],
  [
    "Staff who work from home are a nightmare. Kids on the laptop, passwords on the fridge, the lot.",
    true,
  ],
  ["An untrained employee is a breach waiting to happen.", true],
  [
    "Your new marketing hire will connect their personal Dropbox to the company drive within a week. Guaranteed.",
    true,
  ],
  [
    "We tell clients to treat every user as already compromised, because most of them effectively are.",
    true,
  ],
  [
    "Sales teams are the worst offenders. They'll forward anything, sign up for anything, and reuse the same password everywhere.",
    true,
  ],
  ["The number one cause of data loss in SMEs? Staff. Not hackers, not hardware. Staff.", true],
  [
    "Give a user a choice between security and convenience and they'll pick convenience every time.",
    true,
  ],
  [
    "Remote monitoring lets us see exactly what your employees are doing, because trust isn't a security control.",
    true,
  ],
  [
    "Most businesses don't get hacked. They get let in by someone on the inside who didn't know better.",
    true,
  ],
  [
    "Our SOC analysts joke that the most dangerous piece of software on any network is the user.",
    true,
  ],
  [
    "Password policy exists because users cannot be trusted to pick anything better than 'Summer2024!'.",
    true,
  ],
  [
    "The receptionist is the most targeted person in your building, and usually the easiest to fool.",
    true,
  ],
  ["MSP tip: disable USB ports. Your staff will plug in whatever they find in the car park.", true],
  ["In 20 years of IT support, the one constant is that users will ignore the warning box.", true],
  ["We can secure your servers. We can't secure your people's common sense.", true],
  ["Security awareness is a losing battle with some staff; they simply don't care.", true],
  [
    "Your accounts team is the number one target, and sadly they're the number one pushover too.",
    true,
  ],
  ["Employee negligence is the single biggest threat facing small businesses today.", true],
  ["If a user can click it, a user will click it.", true],
  [
    "Most insider incidents we see aren't malicious. They're just careless people with too much access.",
    true,
  ],
  [
    "Staff think IT security is someone else's job, which is exactly why they're the problem.",
    true,
  ],
  ["After 400 incident calls, our engineers agree: the keyboard is fine, it's the operator.", true],
  [
    "Blocking social media isn't about control, it's about the fact that your staff will click on anything there.",
    true,
  ],
  [
    "Without strict monitoring, employees will leak company data, whether they mean to or not.",
    true,
  ],
  [
    "The ransomware at this client got in because a user disabled the antivirus to speed up their PC.",
    true,
  ],
  [
    "The ransomware at this client got in because the previous provider had excluded the whole C drive from antivirus scans.",
    false,
  ],
  [
    "The breach started, as usual, with a staff member who reused their work password on a gaming forum.",
    true,
  ],
  [
    "The breach started when a password leaked from a gaming forum and the client had never turned on MFA for remote access.",
    false,
  ],
  ["Users are the weakest link in your security chain.", true],
  ["Unmanaged devices are the weakest link in most of the networks we take over.", false],
  ["Your staff are the reason you'll get breached.", true],
  [
    "Your staff are the reason we found the breach so quickly: three of them reported the same odd email within minutes.",
    false,
  ],
  [
    "When we onboard a new client, the first thing we check is backups. The second is MFA. Neither depends on anyone's judgement.",
    false,
  ],
  [
    "Human error is inevitable. Our job as an MSP is to design systems where one mistake doesn't become a catastrophe.",
    false,
  ],
  [
    "We've stopped running 'gotcha' phishing simulations. They made clients' staff resentful and reporting rates dropped.",
    false,
  ],
  [
    "Most of the compromised accounts we saw last month were down to legacy authentication left enabled on Microsoft 365 tenants.",
    false,
  ],
  [
    "A good security culture is built by managers who model the behaviour, not by blaming the person who clicked.",
    false,
  ],
  ["Blog: Five settings every small business should turn on in Microsoft 365 today.", false],
  [
    "Staff aren't lazy for reusing passwords. They've been given forty accounts and no password manager.",
    false,
  ],
  [
    "Our helpdesk rule: thank anyone who reports a suspicious email, even if it turns out to be harmless.",
    false,
  ],
  [
    "Patching is still the most neglected control in small businesses, and that's usually down to nobody owning it.",
    false,
  ],
  [
    "If your security relies on every employee being perfect every day, it's not security, it's hope.",
    false,
  ],
  [
    "The most common root cause in our incident reports this year was exposed RDP, not phishing.",
    false,
  ],
  ["Users aren't the problem. Systems that require users to be flawless are.", false],
  [
    "We recommend conditional access policies so a stolen password alone isn't enough to get in.",
    false,
  ],
  [
    "Insider threat programmes can backfire in small firms. Watching staff too closely erodes the trust that gets incidents reported.",
    false,
  ],
  [
    "Attackers use AI to write flawless phishing emails now. Expecting staff to spot them by the grammar is outdated advice.",
    false,
  ],
  [
    "Case study: a law firm client's staff spotted a fake payment request because we'd set up an external email banner.",
    false,
  ],
  [
    "An employee clicked a malicious link. Our EDR isolated the device in 40 seconds. That's what defence in depth looks like.",
    false,
  ],
  [
    "We found an admin account with no MFA that the last IT company created 'temporarily' in 2019.",
    false,
  ],
  [
    "The weakest link is rarely a person. It's usually the gap between two systems nobody is responsible for.",
    false,
  ],
  [
    "Security training works best when it's short, relevant, and delivered by someone staff actually know.",
    false,
  ],
  [
    "Shadow IT usually means the official tools don't do the job. Ask your team why they're using something else.",
    false,
  ],
  [
    "Three quarters of the vulnerable devices we scan at new clients are printers and routers with default passwords.",
    false,
  ],
  [
    "We don't sell fear. We sell backups that work, patches that are applied and accounts that are protected.",
    false,
  ],
  [
    "Clients sometimes ask us to 'train the stupid out' of their staff. We tell them the staff aren't the issue.",
    false,
  ],
  [
    "The best security investment for a 20-seat business is usually a password manager and an hour showing people how to use it.",
    false,
  ],
  [
    "Phishing click rates fell by half at one client once we made the report button one click instead of four.",
    false,
  ],
  [
    "If your staff are sharing logins, check whether your software licence forces them to. Often it does.",
    false,
  ],
  [
    "Our monthly newsletter covers the latest scams doing the rounds, so your team knows what to look for.",
    false,
  ],
  [
    "Business email compromise is a finance process problem as much as an IT one. Callback verification stops most of it.",
    false,
  ],
  ["Error-prone processes produce errors. Fix the process before you retrain the person.", false],
  ["We audit admin rights quarterly. People change roles; access should follow.", false],
  [
    "Your team deserves tools that are secure by default, not a lecture after something goes wrong.",
    false,
  ],
  [
    "Outdated firmware on a VPN appliance caused more damage at our clients last year than every phishing email combined.",
    false,
  ],
  [
    "Staff in the clinics we support reported 140 suspicious emails last quarter. Only two led to anything.",
    false,
  ],
  [
    "We now configure every client laptop with automatic updates and full-disk encryption before it leaves our office.",
    false,
  ],
  [
    "Vendors ship software with insecure defaults and then sell awareness training that blames the customer's staff. Convenient.",
    false,
  ],
  ["Most employees want to do the right thing. Make the right thing easy.", false],
  [
    "MSPs themselves are a target. If attackers compromise our remote tools, they compromise our clients. We take that seriously.",
    false,
  ],
  [
    "A new user account should have the least access needed on day one. It's a setup decision, not a trust judgement.",
    false,
  ],
  [
    "When a client says 'our staff are useless with IT', we usually find a fifteen-year-old file server and no documentation.",
    false,
  ],
  [
    "We ask every new client's staff what frustrates them about IT. The answers usually point straight at the biggest risks.",
    false,
  ],
  [
    "Spam filtering, DNS filtering and attachment sandboxing catch the vast majority of threats before anyone sees them.",
    false,
  ],
  [
    "Blaming the user who clicked doesn't reduce risk; it just stops the next person from telling you.",
    false,
  ],
  [
    "Cloud misconfiguration, not people, accounted for most of the exposures we found in client audits.",
    false,
  ],
  [
    "We reviewed a client's 'human error' incident and found the real cause was a shared mailbox with 30 people who all had send-as rights.",
    false,
  ],
  [
    "Good onboarding includes a ten-minute security chat. New starters are often more careful than long-timers.",
    false,
  ],
  [
    "Remote workers aren't inherently risky. Unmanaged home routers and personal devices are, and those can be managed.",
    false,
  ],
  [
    "Another week, another client whose office manager approved an MFA prompt at 2am because 'it kept buzzing'. Sigh.",
    true,
  ],
  ["We can't stop users being gullible, so we stop them being able to do damage.", true],
  [
    "The hard truth most business owners don't want to hear: your team is your biggest vulnerability.",
    true,
  ],
  [
    "Some people simply aren't wired for security, and no amount of training will change that.",
    true,
  ],
  [
    "MFA fatigue attacks work because apps allow unlimited prompts. Number matching fixed it for our clients overnight.",
    false,
  ],
  [
    "We published our incident stats: 41% credential theft, 30% unpatched systems, the rest misconfiguration and supplier compromise.",
    false,
  ],
  [
    "A healthy help desk is one where people feel comfortable saying 'I think I've done something silly'.",
    false,
  ],
  [
    "Deleting a shared folder by mistake shouldn't be a disaster. That's what versioning and backups are for.",
    false,
  ],
  [
    "Blog: How we cut one client's support tickets by a third by fixing their printer setup and login process.",
    false,
  ],
  ["Users didn't choose to run unsupported Windows 7 machines. The budget did.", false],
];
