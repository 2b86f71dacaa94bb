import type { RawBlameExample } from "./types.js";

export const FRESH_ZJ_4: readonly RawBlameExample[] = [
  [
    'Podcast clip: "Look, some users are just dumb. You can say it. We\'re all friends here."',
    true,
  ],
  [
    "Agree with the OP: security awareness month is a box-ticking exercise run by vendors selling more boxes to tick.",
    false,
  ],
  [
    "Agree with the OP: security awareness month is pointless because staff have forgotten everything by November.",
    true,
  ],
  ["People want security until it takes an extra five seconds. Then they want it gone.", true],
  [
    "Security wants people to spend an extra five seconds on every action, forty times a day. Do the maths.",
    false,
  ],
  [
    "Every supply-chain attack we handled this year came through a third-party software update. Not a single click required.",
    false,
  ],
  [
    "Not sure why everyone's mad at SolarWinds when half of you let your staff install whatever they like anyway.",
    true,
  ],
  [
    "Your devs are a walking supply-chain risk. Typosquatted packages exist because devs can't spell.",
    true,
  ],
  [
    "Typosquatted packages thrive because registries allow near-identical names. Registry-side controls would help everyone.",
    false,
  ],
  [
    "The CFO forwarding the phishing email to the attacker to \"ask if it's legit\" is the funniest thing I've read today.",
    true,
  ],
  [
    'The CFO replied to the sender to check because our policy literally says "verify with the sender". It needs to say "verify out of band".',
    false,
  ],
  [
    "Lots of hot takes today blaming the employee in that breach. The company stored customer SSNs in a spreadsheet on a public share.",
    false,
  ],
  [
    "Lots of hot takes defending the employee in that breach. Mate, he emailed customer SSNs to his Gmail. No defence.",
    true,
  ],
  [
    'Someone replied "just train them harder". Training harder on a broken process is still a broken process.',
    false,
  ],
  [
    "Train them, test them, and if they still click, discipline them. That's how you build a culture.",
    true,
  ],
  [
    'Re: the "weakest link" poll, I voted "legacy systems". "Users" was the most popular answer, which says more about us than them.',
    false,
  ],
  ['Re: the "weakest link" poll, voted "users" obviously. Was there ever any doubt?', true],
  [
    "Teachers aren't careless, they're juggling 30 kids, 4 apps and a shared Chromebook cart. Expecting perfect hygiene is fantasy.",
    false,
  ],
  [
    "Teachers are a security nightmare. Passwords on the whiteboard, and the kids know them all.",
    true,
  ],
  ['Small-business owners are the worst. "Why would anyone hack me?" Then they get hacked.', true],
  [
    "Small businesses get hacked because the MSP market sells them a firewall and walks off. They deserve better.",
    false,
  ],
  [
    'The only thing more dangerous than malware is a user who thinks they\'re "good with computers".',
    true,
  ],
  [
    "The only thing more dangerous than malware is a security product running a kernel driver with a bad content update.",
    false,
  ],
  [
    "Agree. We stopped naming and shaming phish-clickers and reporting went through the roof.",
    false,
  ],
  [
    "We name and shame phish-clickers in the monthly newsletter. They hate it, but nobody wants to be on the list.",
    true,
  ],
  [
    'Every breach report says "human element in 74%" and people forget that includes misconfigurations caused by bad defaults.',
    false,
  ],
  [
    "74% of breaches involve the human element. Three quarters. Stop buying tools and start fixing people.",
    true,
  ],
  [
    "Retweet if you've ever found a password in a Teams chat. Now retweet if your colleague put it there. Yeah.",
    true,
  ],
  [
    "Retweet if your SSO vendor had an outage and you had to share passwords in Teams to keep the lights on.",
    false,
  ],
  ["Dear CISOs: your staff are trying. Your tooling is fighting them.", false],
  ["Dear CISOs: your staff aren't trying. Stop pretending they are.", true],
  [
    "Our call-centre staff spotted the SIM-swap fraud pattern days before the fraud engine did. Give them credit.",
    false,
  ],
  [
    "Call-centre staff will port anyone's number to a new SIM if they just say \"it's urgent\". That's the whole SIM-swap story.",
    true,
  ],
  [
    "The SIM-swap story is a telco process that lets a reseller port a number on a name and date of birth. Fix the process.",
    false,
  ],
  [
    'If your "awareness" training mocks people who click, don\'t be surprised when they stop telling you.',
    false,
  ],
  [
    "If people are too embarrassed to report clicking, good. Maybe next time they'll think first.",
    true,
  ],
  [
    "Love how every cyber insurer's questionnaire asks about MFA but never whether the vendor's MFA actually works.",
    false,
  ],
  [
    "Cyber insurers should just refuse to cover firms whose staff can't pass a basic phishing test.",
    true,
  ],
  [
    "Crypto bros get drained because they'll sign any transaction a Discord stranger sends them.",
    true,
  ],
  [
    "Crypto wallets get drained because blind signing shows users a hex blob instead of what they're approving.",
    false,
  ],
  [
    'Gen Z staff are the worst for this. They\'ll post their badge in a TikTok "day in the life".',
    true,
  ],
  [
    "Gen Z staff actually asked us for passkeys before we'd even planned them. Don't underestimate the new hires.",
    false,
  ],
  [
    'Hey @vendor, your "AI-powered" email security let through a phish from a sender domain spelled micros0ft. Cool cool.',
    false,
  ],
  [
    "Hey @vendor, your AI email security caught it; our user released it from quarantine, clicked, then entered creds. Not on you.",
    true,
  ],
  [
    "Nobody talks about how many breaches come from vendors' support accounts with standing access to your tenant.",
    false,
  ],
  [
    "Nobody talks about how many breaches come from staff who just don't care. Apathy is the real vuln.",
    true,
  ],
  [
    "Counterpoint to \"users are the last line of defence\": they shouldn't have to be. That's what defence in depth means.",
    false,
  ],
  ["Users are the last line of defence and most of them are asleep at the post.", true],
  ['Reply guy energy: "just don\'t click links". The whole job is clicking links, Kyle.', false],
  ["Just don't click links. It's not hard. Genuinely baffled how people get this wrong.", true],
  [
    'The "it was the intern" excuse after a breach is corporate cowardice. Interns don\'t design your access model.',
    false,
  ],
  [
    "It was the intern. It's always the intern. Nobody should give interns access to anything.",
    true,
  ],
  [
    "That 2FA bypass wasn't a user problem. The attacker proxied the real login page in real time. AiTM beats most people.",
    false,
  ],
  [
    'Love a breach that\'s "not a user problem". Sure. The user typed their creds into a page with the wrong URL, but sure.',
    true,
  ],
  [
    "Public Wi-Fi advice is mostly outdated; with HTTPS everywhere the bigger risk is the unpatched laptop.",
    false,
  ],
  [
    'Staff still connecting to "Free_Airport_WiFi" with the work laptop and doing payroll. Learned nothing.',
    true,
  ],
  [
    "Fediverse take: if you need a poster of a hooded hacker to scare staff, your message is already lost.",
    false,
  ],
  ["Fediverse take: stop coddling staff. Some of them need to be scared a bit.", true],
  [
    "Good reminder from the keynote that most breach costs come from slow detection, not initial access.",
    false,
  ],
  [
    "Keynote reminder that most breaches start with someone being an idiot. Room full of nods.",
    true,
  ],
  [
    "Nobody's saying users are perfect. We're saying designing for perfect users is the failure.",
    false,
  ],
  [
    "That Reddit thread of sticky notes found under keyboards is the best argument against ever letting staff pick passwords.",
    true,
  ],
  [
    "That Reddit thread of sticky notes found under keyboards is a great argument for passwordless. Nobody writes down a fingerprint.",
    false,
  ],
  [
    "Co-host: so who's to blame for this one? Me: honestly, the vendor shipping a management interface on the public internet by default.",
    false,
  ],
  [
    "Co-host: so who's to blame for this one? Me: the guy in accounts, obviously. Next question.",
    true,
  ],
  [
    'On the pod this week we\'re asking why "human error" always shows up in reports where the root cause was a missing control.',
    false,
  ],
  [
    "I had a CISO tell me on air that her staff caught more phishing than her gateway. Refreshing to hear.",
    false,
  ],
  [
    'I had a CISO tell me on air that his staff are "basically a liability with lanyards". He\'s not wrong.',
    true,
  ],
  [
    "Our guest made a great point: nobody designs a bridge assuming drivers never make mistakes. Why do we design systems that way?",
    false,
  ],
  [
    "Our guest made a great point: you can design the perfect bridge and some idiot will still drive off it.",
    true,
  ],
  ["Budget's the problem. We asked for two analysts and got a poster campaign.", false],
  [
    "Posters don't stop breaches. Neither do users, apparently, because they walk right past them and click anyway.",
    true,
  ],
  [
    "A deepfake CFO on a video call got 25 million out of a finance team. That's a terrifying attacker capability, not a dumb employee.",
    false,
  ],
  [
    "Deepfake or not, if you wire 25 million because a video call said so, you shouldn't be near the payment system.",
    true,
  ],
  [
    "Episode 112: the time a printer got us domain admin. Spoiler: nobody in the building did anything wrong.",
    false,
  ],
  [
    "Episode 113: the time an HR manager gave us domain admin by reading her password aloud on a Teams call. Spoiler: she did everything wrong.",
    true,
  ],
  [
    'The lesson from the MGM story for me is helpdesk identity verification, not "helpdesk staff are gullible".',
    false,
  ],
  [
    "The lesson from the MGM story is simple: helpdesk staff are gullible and attackers know it.",
    true,
  ],
  [
    'Listener question: "how do I stop my users being idiots?" Honestly, mate, you can\'t. Just limit the blast radius.',
    true,
  ],
  [
    'Listener question: "how do I stop my users being idiots?" Reframe it. Ask why the risky path is the easy one.',
    false,
  ],
  [
    "Honest confession: our worst incident last year was an EDR policy push that bricked 3,000 laptops. Tool problem, change-process problem.",
    false,
  ],
  [
    "Third-party risk is what keeps me up. Two of our last three incidents came through an MSP's compromised RMM tool.",
    false,
  ],
  [
    "Realistically? Zero-days are rare. The main threat to us walks in every morning and makes a coffee.",
    true,
  ],
  [
    "Realistically? Zero-days are rare. The main threat is n-days we haven't patched because of change freezes.",
    false,
  ],
];
