import type { RawBlameExample } from "./types.js";

/** Security practitioners, consultants and IT staff on social media: sarcasm, memes in words, jokes at users' or vendors' expense, sincere defences of staff. Written fresh for Rapport (brief ZO). */
export const FRESH_ZO_2: readonly RawBlameExample[] = [
  [
    'Our own security team had "Summer2024" as the break-glass password. We found it in our own audit. Humbling, and now fixed.',
    false,
  ],
  [
    "Why hack the system when the staff will happily hand you the keys for a free pizza survey?",
    true,
  ],
  [
    "Why would attackers burn a zero-day when half of SMB edge devices are three major versions behind?",
    false,
  ],
  [
    "Thread: things I've learned from ten years of incident response. 1. Nobody clicks on purpose. 2. The logs you need are the ones you didn't keep.",
    false,
  ],
  [
    "Thread: things I've learned from ten years of incident response. 1. Somebody always clicked. 2. They always swear they didn't.",
    true,
  ],
  ['I swear the accounting department thinks "enable macros" is a personality trait.', true],
  [
    "Microsoft blocking internet macros by default did more for our security than five years of posters.",
    false,
  ],
  [
    'Stop making posters that say "YOU are the weakest link!" They don\'t change behaviour and they make people feel like suspects.',
    false,
  ],
  [
    "Can't wait for AI to replace the helpdesk, so the folks who call every Monday to reset the same password can ignore a bot instead of me.",
    true,
  ],
  [
    "Our helpdesk reset a password for a caller who knew the employee's birthday. The helpdesk followed the script we gave them. The script is the problem.",
    false,
  ],
  ["Sometimes the most dangerous device on the network is the one holding the mouse.", true],
  [
    "Sometimes the most dangerous device on the network is the smart TV in the boardroom nobody remembers buying.",
    false,
  ],
  [
    "Security awareness month: four weeks of reminding grown adults not to read their password to a stranger on the phone.",
    true,
  ],
  [
    "Security awareness month is the one time a year the security team remembers to thank the users who report stuff. Do it monthly.",
    false,
  ],
  [
    'Our DLP flagged someone emailing the entire client list to their personal Hotmail "to work on it at home". Sure.',
    true,
  ],
  [
    "If employees email files to personal accounts to work from home, your remote access is too painful. They're trying to do their jobs.",
    false,
  ],
  [
    'Law firms: where partners bill $900 an hour and still fall for "Hi, are you at your desk? Quick favour."',
    true,
  ],
  [
    "Law firms get hammered by BEC because they move client money by email under deadlines. The pressure is structural.",
    false,
  ],
  [
    "Insider threat programmes that treat every staff member as a suspect tend to produce exactly the resentment they're trying to prevent.",
    false,
  ],
  [
    "Every firm has that one guy who forwards every chain email. In security, we call him the initial access vector.",
    true,
  ],
  [
    "Posted our click-rate chart on LinkedIn and got 300 likes. Posted the chart showing reports went up and got 12. We reward the wrong story.",
    false,
  ],
  [
    'Ticket of the day: "the internet is broken". The network cable was plugged into the desk phone. This person has access to our payroll system.',
    true,
  ],
  [
    'Ticket: "I think I got hacked." Me: what happened? "I gave the guy the code from my phone, he said he was from IT." We have never phoned anyone, ever.',
    true,
  ],
  [
    "MSP owner here. We lost a client to ransomware last year and nobody clicked anything. It came through our RMM tool. Vendor compromise. Still stings.",
    false,
  ],
  [
    'Every MSP tech knows the feeling: you lock a client down, then the office manager calls asking for local admin "just for today" to install a coupon toolbar.',
    true,
  ],
  [
    'To everyone asking how to make employees "take security seriously": make the secure way the fast way and stop asking.',
    false,
  ],
  [
    "Honest question for the sub: at what point do you stop training people and accept that some of them will hand their password to anyone who asks nicely?",
    true,
  ],
  [
    'Honest question for the sub: at what point do we admit our "report phishing" flow is so clunky that nobody uses it?',
    false,
  ],
  [
    "The problem with our network isn't the switches. It's the forty-odd carbon-based peripherals attached to the keyboards.",
    true,
  ],
  [
    'Favourite root cause entry ever, written by a colleague in a post-incident review: "user was left unsupervised".',
    true,
  ],
  [
    'The root cause field in our incident template only offered "user error" and "other". Guess which got picked every time. We\'ve rewritten the template.',
    false,
  ],
  [
    "Sysadmin starter pack: a headset, cold coffee, and a building full of people who think the Recycle Bin is a backup.",
    true,
  ],
  [
    "Sysadmin starter pack: a headset, cold coffee, and a backup system that has never once been restore-tested.",
    false,
  ],
  [
    "We rolled out a USB block. Within a week three people in engineering had found ways around it and one of them bragged about it in Slack.",
    true,
  ],
  [
    "We rolled out a USB block without asking engineering what they use USB for. Turns out they flash devices all day. Our rollout, our mistake.",
    false,
  ],
  [
    "Developers treat security as a ticket someone else closes. Then they hardcode a token and push it on a Friday afternoon.",
    true,
  ],
  [
    "Developers can't fix what the scanner buries under 4,000 medium-severity findings. Triage it for them or don't bother sending it.",
    false,
  ],
  [
    'Clinic manager told me the front desk "doesn\'t do passwords". They all log in as one account called RECEPTION, which has existed since 2011.',
    true,
  ],
  [
    "A shared RECEPTION account at a clinic is what you get when the EHR vendor charges per named licence. Follow the money.",
    false,
  ],
  [
    "You can lead a horse to a password manager but you can't make it stop using its cat's name.",
    true,
  ],
  [
    "You can roll out a password manager, but if it won't autofill in the three apps users live in all day, they'll ignore it and they'll be right to.",
    false,
  ],
  [
    'Watched a law firm partner plug in a USB stick he found in the car park "to see whose it was". He genuinely thought he was being kind.',
    true,
  ],
  [
    "Found-USB tests measure human curiosity, which never changes. Disable autorun, block unknown mass storage, and curiosity stops mattering.",
    false,
  ],
  [
    'The receptionist forwarded the phishing email to the whole company asking "is this real?". Four people clicked the link in her forward.',
    true,
  ],
  [
    "The receptionist forwarded the phish to everyone asking if it was real, which tells me we never told anyone where to report things. Fixed now.",
    false,
  ],
  [
    "PSA: the weakest link in your network is sitting in a chair right now reading this, probably on a work laptop.",
    true,
  ],
  [
    "PSA: the weakest link in most small networks is a router admin page exposed to the internet with the default login. Go check yours.",
    false,
  ],
  [
    'Legal asked to be exempt from phishing tests because "we\'re too busy to be fooled". Reader, they were fooled.',
    true,
  ],
  [
    "Legal asked to be excluded from phishing tests because the fake emails landed during real filing deadlines. Fair point; we moved their window.",
    false,
  ],
  [
    "Some of the best surgeons in the country, and they'll still approve a login prompt from Romania at 3am.",
    true,
  ],
  [
    "Hospital security gets harder every year because every device on the ward ships with a vendor login nobody is allowed to change.",
    false,
  ],
  ['Three words that strike fear into any IT person: "I was just trying".', true],
  ['Three words that strike fear into any IT person: "end of support".', false],
  [
    'Found the source of the malware outbreak: the guy in procurement downloading "free" Excel templates from a site with eleven pop-ups.',
    true,
  ],
  [
    "Traced our malware outbreak to a poisoned search ad for a template site. The ad network served it to anyone who searched, including me.",
    false,
  ],
  [
    "Helpdesk friends: if you roll your eyes at every reset request, users stop calling, and then they stop calling about the weird email too.",
    false,
  ],
  [
    "Every year the same departments fail the phishing test. At this point I could publish the results without sending the emails.",
    true,
  ],
  [
    "Every year the same departments fail the phishing test. They're also the departments that get the most outside email. Funny how that works.",
    false,
  ],
  [
    'The amount of personal data I\'ve found on open SharePoint links because HR "just needed a quick link" would make a regulator faint.',
    true,
  ],
  [
    "If SharePoint's default sharing is \"anyone with the link\", that's a tenant setting, not an HR problem. Change the default.",
    false,
  ],
  [
    "Security tip: assume everyone in your office will eventually click a bad link. Tip two: assume it'll be the one who told you they'd never fall for it.",
    true,
  ],
  [
    "Security tip: assume some employee will eventually click a bad link, and design things so that one click can't take down the whole company.",
    false,
  ],
  [
    "At my last job the execs had a standing exemption from the clean-desk policy. Guess whose desk had the printed network diagram on it.",
    true,
  ],
  [
    'Vendor sales call: "Our AI detects 100% of threats." Me: "Including your own update server?" Silence.',
    false,
  ],
  [
    "The compliance framework requires annual training. It doesn't require the training to work. So guess what we bought.",
    false,
  ],
  [
    "Twenty years in security and I still almost clicked a fake parcel notice last week. It's not a stupidity issue. It's a volume issue. Humans get tired.",
    false,
  ],
  [
    "For every hour you spend threat modelling, someone in the office will spend five seconds undoing it.",
    true,
  ],
  [
    "For every hour you spend threat modelling, a vendor will spend five seconds adding an unauthenticated API to their product.",
    false,
  ],
  [
    "Our users treat the quarantine digest like a lucky dip. Release everything, see what's inside.",
    true,
  ],
  [
    "If a quarantine digest lets anyone release anything with one click, the digest is the problem. Lock down release for high-confidence phish.",
    false,
  ],
  [
    'Proudest moment of my career: a board member asking what "phishing" was after clicking on three of them.',
    true,
  ],
  [
    "Why does the finance director need domain admin? Nobody knows. Why did the finance director click the link? Everybody knows.",
    true,
  ],
  [
    "Why does the finance director have domain admin? Because nobody in IT ever ran an access review. That one's ours.",
    false,
  ],
  [
    "Clinicians aren't careless. They're working twelve-hour shifts on systems that log them out every four minutes.",
    false,
  ],
  [
    "Nurses will write the medication cabinet code on the cabinet. I've seen it on three wards in two different hospitals.",
    true,
  ],
  [
    "A ward writing the cabinet code on the cabinet tells you the code changes too often and nobody gave them a sane way to remember it.",
    false,
  ],
  [
    "Our remote staff think the VPN is optional. Optional in the same way seatbelts are optional.",
    true,
  ],
  [
    "Our remote staff skip the VPN because it drops every twenty minutes. We've logged 300 tickets. The vendor says it's working as designed.",
    false,
  ],
  [
    'Poll idea: what share of your incidents start with someone who "just wanted to check something"? I\'ll go first: most of them.',
    true,
  ],
  [
    "Insider incidents in small firms are rarely malicious. They're usually someone with too much access and nobody reviewing it.",
    false,
  ],
  [
    'Gave the office a talk on phone scams. Next morning someone read a one-time code to a caller claiming to be "the bank, calling about your bank".',
    true,
  ],
  [
    "If a one-time code can be read out to a caller, the code is doing too little. Phishing-resistant MFA exists for a reason.",
    false,
  ],
  [
    "Genuinely, the best attack surface reduction we could do is take email away from the sales team.",
    true,
  ],
  [
    "The best attack surface reduction we did this year was shutting down 14 forgotten subdomains. Nobody noticed they were gone.",
    false,
  ],
];
