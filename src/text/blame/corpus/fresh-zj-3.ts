import type { RawBlameExample } from "./types.js";

export const FRESH_ZJ_3: readonly RawBlameExample[] = [
  [
    'the contractors keep copying prod data to their laptops for "testing". no discipline whatsoever',
    true,
  ],
  [
    "the contractors copy prod data because there's no masked test dataset. we've been asking for one for a year",
    false,
  ],
  ['one day I\'ll write a book called "Things Staff Have Clicked" and retire', true],
  [
    "one day I'll write a book called \"Things Vendors Called Critical That Weren't\" and retire",
    false,
  ],
  ["exec assistant booked the CEO's travel through a phishing site. how do you even", true],
  [
    "the travel booking site got compromised upstream and served a fake payment page to everyone. exec assistant spotted it first",
    false,
  ],
  ['anyone who says "I\'m not a target" is the target. and also the problem', true],
  [
    'the "I\'m not a target" thing is on us, our training never shows what real targeting looks like',
    false,
  ],
  [
    "the policy portal has a 40-page acceptable use doc in legalese. of course nobody opens it",
    false,
  ],
  ["people don't read the acceptable use policy because people don't read. full stop.", true],
  [
    "warehouse staff share one login because the scanner takes 90 seconds to log in and out. can't blame them",
    false,
  ],
  ["warehouse staff share one login because they can't be bothered. standard.", true],
  [
    'sales wants the email filter turned off because "clients say their emails bounce". yes, Trevor, that\'s the malware',
    true,
  ],
  [
    "the email filter bounced a client's contract because it was a password-protected zip. we should detonate those in a sandbox, not block them",
    false,
  ],
  ['guess who\'s been texting 2FA codes to "IT support" on WhatsApp. go on, guess', true],
  ["SMS 2FA is interceptable and phishable, time to drop it for passkeys", false],
  [
    "the bigger risk is the leadership team, not the attackers. they do more damage by accident",
    true,
  ],
  ["the bigger risk is we've got no EDR on the Linux estate at all. attackers know that", false],
  ["good catch by the night shift, they isolated the host before the ransomware spread", false],
  ["the night shift slept through the alert. literally, I think", true],
  [
    "the night-shift pager never went off; the integration token had expired. nobody on shift did anything wrong",
    false,
  ],
  [
    "the helpdesk just read someone's MFA recovery code out over the phone to a random caller. i'm going to lie down",
    true,
  ],
  [
    'the helpdesk script says to read recovery codes to "verified" callers but verification is just DOB. rewriting the script',
    false,
  ],
  ["ugh, users. that's the message.", true],
  ["ugh, vendors. that's the message.", false],
  [
    "counterpoint: our users flagged the supply-chain compromise before our threat intel feed did",
    false,
  ],
  [
    'the "humans are the last line of defence" slide in the vendor deck really means "our product won\'t catch it"',
    false,
  ],
  [
    "someone in HR re-enabled macros on the whole team's machines because the payroll template \"didn't work\". sure, why not",
    true,
  ],
  [
    "the payroll template needs macros to work, so we've signed it and allowed signed macros only. problem solved for HR",
    false,
  ],
  ["every time we fix something, someone in the business finds a creative way to break it", true],
  ["every time we fix something, a Windows update quietly reverts the registry setting", false],
  [
    "engineers love sharing screenshots of prod dashboards in public channels. tokens in the URL bar and everything",
    true,
  ],
  [
    "the dashboard puts session tokens in the URL, which means any screenshot leaks them. that's a bug, filing it",
    false,
  ],
  ["if stupidity were a CVE, our sales floor would be a 10.0", true],
  [
    'if "default credentials on the VPN appliance" were a CVE it\'d be a 10.0. oh wait, it was',
    false,
  ],
  [
    "quick poll: who's still using the same password since they joined? be honest. (I already know it's most of you)",
    true,
  ],
  [
    "quick poll: would a password manager seat help you? we've got licences for everyone now",
    false,
  ],
  [
    "thank you to the 40 people who reported the fake DocuSign this morning, we blocked it company-wide in 12 minutes",
    false,
  ],
  [
    "40 people reported the fake DocuSign and 6 still entered their creds. six. after the warning went out",
    true,
  ],
  [
    "the fake DocuSign came from a legit DocuSign account, so the link was genuine. no filter would have caught that",
    false,
  ],
  ["you can't patch people but you can definitely firewall the marketing department", true],
  [
    "people aren't unpatchable, they just need the update delivered in under two minutes and in plain English",
    false,
  ],
  [
    'Replying to the "humans are the weakest link" post: humans are the only link that ever reports anything. Weird flex to insult them.',
    false,
  ],
  [
    "This. Users are the weakest link and always will be. No tech fixes a person who wants to click.",
    true,
  ],
  ["Ratio'd for saying \"you can't patch stupid\" in 2024? Good. Retire that line.", false],
  ["Still say it: you can't patch stupid. And there's a LOT of unpatched stupid out there.", true],
  [
    "Hard disagree. Your staff didn't \"fall for it\", the attacker used your actual supplier's compromised mailbox.",
    false,
  ],
  [
    "Hard disagree. If your staff fall for a supplier email asking to change bank details, that's on them. Pick up the phone.",
    true,
  ],
  [
    "Thread 🧵 on why blaming the user after every breach guarantees you'll never hear about the next one early:",
    false,
  ],
  [
    "Thread 🧵 on the dumbest things my users have done this year. Buckle up, number 4 involves a fax machine.",
    true,
  ],
  ['Every "insider threat" vendor on here is selling surveillance with a nice font.', false],
  [
    "Insider threat vendors are right about one thing: your employees are the risk. Act like it.",
    true,
  ],
  [
    "Reddit sysadmins know: the call is coming from inside the building, and it's Brenda, and she wants her toolbar back.",
    true,
  ],
  [
    "r/sysadmin take: Brenda wants the toolbar because the approved browser breaks the ordering portal. Fix the portal.",
    false,
  ],
  [
    "LinkedIn comment: Great post! We find people are the #1 vulnerability in every organisation we audit.",
    true,
  ],
  [
    "LinkedIn comment: Great post! We find unmanaged internet-facing assets are the #1 issue in nearly every org we audit.",
    false,
  ],
  [
    'Honestly impressed by the nurse who challenged our fake "IT guy" during the test. Asked for ID and called the desk.',
    false,
  ],
  [
    "Ran a physical test at a hospital, walked in with a clipboard and a hi-vis. Nobody batted an eye. People are so trusting it's painful.",
    true,
  ],
  [
    "Ran a physical test at a hospital: every badge-controlled door had a fire exit next to it that facilities had wedged open for ventilation.",
    false,
  ],
  [
    "Blaming the user for reusing a password when you force 14 different logins a day is peak security theatre.",
    false,
  ],
  [
    "Blaming the user for reusing a password is completely fair. They're adults. Use a different one.",
    true,
  ],
  ["Your employees aren't your weakest link. Your patch cycle is.", false],
  ["Your patch cycle isn't your weakest link. Your employees are. Fight me.", true],
  [
    "Fun fact: the first person to spot the Log4j exploitation in our logs was a junior admin in her second week.",
    false,
  ],
  [
    'Fun fact: the junior admin in his second week turned off logging to "save disk space". Fun for everyone.',
    true,
  ],
  [
    "Imagine thinking the problem is the attackers when your own staff hand over the keys every week.",
    true,
  ],
  [
    "Imagine thinking the problem is your staff when attackers are buying initial access to your network for $500 on a forum.",
    false,
  ],
  ["Ransomware gangs don't need zero-days. They've got your accounts payable team.", true],
  [
    "Ransomware gangs don't need zero-days. They've got your unpatched VPN concentrator and RDP open on 3389.",
    false,
  ],
  [
    'Quote-tweeting this because it\'s so true: "Your firewall is only as good as the idiot behind the keyboard."',
    true,
  ],
  [
    'Quote-tweeting this because it\'s so wrong: "Your firewall is only as good as the idiot behind the keyboard." The firewall had an auth bypass.',
    false,
  ],
  [
    'Mastodon reply: security people who sneer at "normies" should try using their own login flow on a phone.',
    false,
  ],
  [
    "Mastodon reply: normies will never get it. That's why we lock things down and don't ask.",
    true,
  ],
  ["The survey says 60% of staff admit to reusing passwords. The other 40% are lying.", true],
  [
    "The survey says 60% of staff reuse passwords, which mostly tells you 60% of companies haven't given them a password manager.",
    false,
  ],
  [
    'Shoutout to the receptionist who refused to let the "fire inspector" in without a call to facilities. Hero.',
    false,
  ],
  [
    "My favourite pentest finding is always the receptionist. Never fails. Smile, look busy, walk in.",
    true,
  ],
  [
    "Zoom-bombing wasn't users being careless; meeting IDs were guessable and passcodes were off by default.",
    false,
  ],
  [
    "Zoom-bombing happened because people posted meeting links on public Twitter. Every. Single. Time.",
    true,
  ],
  ["Bold of you to assume your execs won't approve the MFA prompt at 3am while half asleep.", true],
  [
    "Bold of you to assume push MFA without number matching is phishing-resistant. It isn't.",
    false,
  ],
  [
    'If I had a pound for every time a "sophisticated attack" was actually Gareth sharing his screen with the password manager open…',
    true,
  ],
  [
    'If I had a pound for every time a "sophisticated attack" was actually an unauthenticated API endpoint…',
    false,
  ],
  [
    'Podcast clip: "Stop saying users are dumb. They\'re doing their jobs with the tools we gave them."',
    false,
  ],
];
