import type { RawBlameExample } from "./types.js";

export const FRESH_ZJ_5: readonly RawBlameExample[] = [
  [
    'The guest reckons "security culture" is often just code for "blame the staff". I think she\'s right more often than not.',
    false,
  ],
  ["Security culture means people knowing it's on them. If they click, they own it.", true],
  ["Pub chat verdict: passwords were the mistake, not the people using them.", false],
  ["Pub chat verdict: people are the mistake. Passwords were fine.", true],
  [
    'When the real Microsoft login and the phishing kit look pixel-identical, "just check the page" is not serious advice.',
    false,
  ],
  [
    "Half the audience at my talk admitted they'd clicked a phish at least once. Security pros. That's the point.",
    false,
  ],
  [
    "Small charities get hit because they run on donated laptops and volunteer IT, not because their people are careless.",
    false,
  ],
  [
    "Charity volunteers are lovely people and a total security disaster. They'll let anyone in and share every login.",
    true,
  ],
  [
    "The regulator's fine cited the lack of encryption and logging. Not one line about staff behaviour.",
    false,
  ],
  [
    'Whenever I hear "we\'re a people business", I hear "we\'ve got two hundred unlocked laptops and nobody cares".',
    true,
  ],
  [
    "We had a retail client where shop staff shared one till login because the tills took three minutes to switch users. We fixed the tills.",
    false,
  ],
  [
    "Engineers treat prod like their personal sandbox. No wonder we get outages and breaches.",
    true,
  ],
  [
    "Engineers have standing prod access because there's no break-glass process and on-call needs it at 3am. Build the process.",
    false,
  ],
  [
    "OT side is the same: operators aren't reckless, the HMI password is printed on the panel by the integrator.",
    false,
  ],
  [
    'OT operators are reckless. They\'ll plug a laptop from home into the PLC network and call it a "quick fix".',
    true,
  ],
  [
    'Co-host\'s theory: most "careless employees" are just employees with deadlines and no sanctioned tool.',
    false,
  ],
  [
    "My theory: most employees are careless because there's no consequence. Add consequences.",
    true,
  ],
  [
    "Fun episode with an ex-attacker. He said the hardest targets were companies where staff felt safe reporting mistakes.",
    false,
  ],
  [
    "Fun episode with an ex-attacker. He said he'd never need malware as long as there are call centres full of people desperate to be helpful.",
    true,
  ],
  [
    "Cloud misconfigurations are mostly a tooling and defaults story. Nobody sets out to make a bucket public.",
    false,
  ],
  ["Cloud misconfigs? That's just admins who can't read. The docs are right there.", true],
  [
    'The "clicked the link" framing ignores that the link was in a genuine thread hijacked from a supplier\'s inbox.',
    false,
  ],
  [
    "That phishing email had typos in the subject line. If your staff fall for that, I don't know what to tell you.",
    true,
  ],
  [
    "Attackers are hosting lures on legit services now: SharePoint, DocuSign, Google Forms. Filters struggle and so would anyone.",
    false,
  ],
  [
    "Pub rant: the vendor charged us extra for SSO. SSO! And then wonders why people reuse passwords.",
    false,
  ],
  [
    "Pub rant: we gave people SSO and they still reuse passwords everywhere else. You can't win with these people.",
    true,
  ],
  [
    "I asked a room of IT managers who'd been blamed for a breach that was really a budget decision. Every hand went up.",
    false,
  ],
  [
    'Hallway chat: staff aren\'t the problem, the "urgent" culture that rewards replying in 30 seconds is.',
    false,
  ],
  [
    'Hallway chat: a guy from a bank told me their traders will happily WhatsApp client data because "it\'s faster". Traders, eh.',
    true,
  ],
  [
    "Bank traders used WhatsApp because the approved messaging app didn't work on their phones. Regulators fined the banks, fairly.",
    false,
  ],
  [
    "The dumbest thing you can do after a breach is fire the person who clicked. You've just taught everyone to hide it.",
    false,
  ],
  [
    "We fired the guy who clicked and honestly the office has been much more careful since. Sends a message.",
    true,
  ],
  [
    "Quick stat from our IR caseload: 61% of initial access was exploitation of public-facing apps, 22% valid accounts, 9% phishing.",
    false,
  ],
  [
    "Every time I do an IR job it's the same story: someone opened something they shouldn't have. People never change.",
    true,
  ],
  [
    "Lovely moment at the school workshop: an eight-year-old explained phishing better than most vendor decks.",
    false,
  ],
  [
    "Tried explaining phishing to the partners at a law firm. They billed me for the hour and then clicked the test anyway. Lawyers.",
    true,
  ],
  [
    "Law firms get targeted because they hold M&A secrets and client money. That's attacker economics, not lawyer stupidity.",
    false,
  ],
  [
    "Guest from a hospital trust: clinicians log in and out hundreds of times a shift, and tap-and-go badges fixed the shared-login problem.",
    false,
  ],
  [
    "Honestly the single biggest security improvement we ever made was taking local admin off everyone. People can't be trusted with it.",
    true,
  ],
  [
    "Honestly the single biggest security improvement we ever made was taking local admin off everyone. Malware just stopped being able to persist.",
    false,
  ],
  [
    "That breach at the council wasn't one clerk's fault. They were running Windows Server 2008 with no budget to migrate.",
    false,
  ],
  [
    "Councils get breached because the staff there have never taken security seriously and never will.",
    true,
  ],
  [
    "Every SOC analyst I know is burnt out from alert volume. That's a tooling and staffing failure, not an analyst failure.",
    false,
  ],
  ['Podcast banter: "What\'s the most secure computer?" "One no employee has ever touched."', true],
  [
    'Podcast banter: "What\'s the most secure computer?" "One the vendor hasn\'t pushed an update to yet."',
    false,
  ],
  [
    "Weirdly, the department that got phished least was the one whose manager thanked people for every report.",
    false,
  ],
  [
    "Weirdly, the department that got phished most was the one full of people who think they're too clever to fall for it.",
    true,
  ],
  [
    "Good security is boring: patching, backups, MFA, segmentation. None of it requires perfect people.",
    false,
  ],
  ["Good security would be easy if it weren't for the people. Simple as that.", true],
  [
    "Attacker dwell time is still weeks in most of the cases we see. That's visibility, not behaviour.",
    false,
  ],
  [
    'Okay but hear me out: what if we stopped calling reporters "victims" and started calling them "sensors"?',
    false,
  ],
  ['What if we stopped calling users "victims"? Half the time they\'re accomplices.', true],
  [
    'Journalists keep writing "hacked by an employee\'s mistake". The mistake was a domain admin account with no MFA.',
    false,
  ],
  [
    'Journalists keep writing "sophisticated attack" when it was some admin reusing his password on a gaming forum. Call it what it is.',
    true,
  ],
  [
    "I interviewed a CEO whose company lost everything to ransomware. He admitted the backups had never been tested, and owned it.",
    false,
  ],
  [
    'The question isn\'t "who clicked?", it\'s "why could one click encrypt the file server?"',
    false,
  ],
  ['The question is always "who clicked?" and the answer is always someone in sales.', true],
  [
    "Security keys cost £25 each. A breach costs millions. Yet the procurement workflow took nine months to approve them.",
    false,
  ],
  [
    "We handed out security keys to everyone and half of them lost theirs within a week. Honestly, some people.",
    true,
  ],
  [
    "We handed out security keys and lost maybe 3% in the first year. Spares in the drawer, no drama.",
    false,
  ],
  [
    'Hallway gossip: the "malicious insider" in that case turned out to be an admin whose session cookie had been stolen.',
    false,
  ],
  [
    "Hallway gossip: the insider in that case was a disgruntled admin, and it's always a disgruntled admin. Watch your IT people.",
    true,
  ],
  [
    'Accessibility matters here too. CAPTCHAs and tiny MFA codes lock people out, and then they get called "non-compliant".',
    false,
  ],
  [
    "Older staff just don't get it. Can't use an authenticator, won't use a password manager. Forget it.",
    true,
  ],
  [
    "Older staff got the hang of passkeys faster than the 2FA apps, because there's nothing to type. Design wins again.",
    false,
  ],
  [
    "Everyone wants to talk AI threats. Our actual problem is 4,000 unmanaged endpoints and no CMDB.",
    false,
  ],
  [
    "Everyone wants to talk AI threats. Our actual problem is staff pasting customer data into ChatGPT because they can't be bothered to think.",
    true,
  ],
  [
    "Staff pasted data into public chatbots because we hadn't given them an approved one. We fixed that and usage moved overnight.",
    false,
  ],
  [
    "Good pentest debrief today: the client's staff challenged us at every door, so we got in via an unauthenticated Jenkins instead.",
    false,
  ],
  [
    "Pentest debrief today: staff held the door, found us a desk, and someone lent me their login. Bless them. Useless.",
    true,
  ],
  [
    'Reminder that a lot of "user error" is actually a UI that puts Reply All right next to Reply in the same colour.',
    false,
  ],
  [
    "Drinks after the talk and a CISO says: \"My users aren't the enemy, they're the reason we exist.\" Loved that.",
    false,
  ],
  [
    'Drinks after the talk, a CISO says "my users are the enemy, I just haven\'t told them yet." Got a big laugh. Also true.',
    true,
  ],
  [
    "Ransomware negotiators say gangs target firms with cyber insurance. That's business-model analysis, not victim-blaming.",
    false,
  ],
  [
    "There's a reason attackers love conference wifi: the official network used a shared WPA2 key printed on every badge.",
    false,
  ],
  [
    'Podcast mailbag: "my boss wants me to blame staff in the incident report". Don\'t. Write what actually failed.',
    false,
  ],
  [
    'Podcast mailbag: "should I name the employee in the incident report?" Yes, honestly. Accountability matters.',
    true,
  ],
  [
    "Data point: after we dropped forced password rotation, reset tickets fell by a third and weak-password findings fell too.",
    false,
  ],
  [
    'Procurement bought a "next-gen" firewall and nobody budgeted for anyone to configure it. It\'s still on defaults.',
    false,
  ],
  [
    "Our interns are the best threat hunters on the team. Fresh eyes notice weird stuff everyone else has stopped seeing.",
    false,
  ],
  [
    "You know what social engineering really is? Exploiting kindness. Attackers are the villains there, not the kind receptionist.",
    false,
  ],
  ["Staff are a walking attack surface. Each one is a door with a smiley face on it.", true],
  [
    "Staff are a sensor network with 2,000 nodes. Treat reports like telemetry and you'll see attacks sooner.",
    false,
  ],
  [
    'If your incident review ends at "user clicked", you\'ve stopped at the first of the five whys.',
    false,
  ],
];
