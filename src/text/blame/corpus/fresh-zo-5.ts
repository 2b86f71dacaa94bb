import type { RawBlameExample } from "./types.js";

/** Security practitioners, consultants and IT staff on social media: sarcasm, memes in words, jokes at users' or vendors' expense, sincere defences of staff. Written fresh for Rapport (brief ZO). */
export const FRESH_ZO_5: readonly RawBlameExample[] = [
  [
    "Nonprofit IT volunteer here: our board members keep donor data in personal Gmail because the org never bought them accounts. That's a licensing problem, not a user problem.",
    false,
  ],
  [
    "Nonprofit IT volunteer here: the fundraising team would share the donor database with a cat if the cat promised a gift.",
    true,
  ],
  ["The user is not the enemy. The enemy is the enemy. Write that on the SOC wall.", false],
  [
    "A SOC analyst's lament: our tools are brilliant, our detections are tuned, and none of it matters because users keep reading their codes out over the phone.",
    true,
  ],
  [
    "A SOC analyst's lament: our tools generate 9,000 alerts a day and we have two analysts. Something will slip, and it won't be a user's fault.",
    false,
  ],
  ["If security depended on common sense, we'd be fine. Sadly it depends on the office.", true],
  [
    "If your security depends on common sense, your architecture is the problem. Common sense doesn't scale to 300 emails a day.",
    false,
  ],
  [
    'Meme: a hyper-secure door with a retina scanner, a keypad and three locks, and a sticky note on it reading "code is 4411, back in 5 mins, Trish".',
    true,
  ],
  [
    'Meme: a tiny sandcastle labelled "our budget" facing a tsunami labelled "the cyber insurance renewal questionnaire".',
    false,
  ],
  [
    "Remote workers: because nothing says security like running payroll on café Wi-Fi next to a stranger with a laptop.",
    true,
  ],
  [
    "Public Wi-Fi is far less dangerous than it used to be; nearly everything is encrypted now. Worry about your unpatched laptops instead.",
    false,
  ],
  [
    "The only reason we got breached was someone in HR opening a fake CV. Everything else held.",
    true,
  ],
  [
    "The fake CV got through because HR's whole job is opening attachments from strangers. We've since moved CV intake into a sandboxed portal.",
    false,
  ],
  [
    "Honestly, I'd rather defend against a nation-state than against the sales team's latest \"quick workaround\".",
    true,
  ],
  [
    "An auditor once asked me to prove a negative: that no data had ever left the building. I'm still thinking about it.",
    false,
  ],
  ["The human factor is not a bug to patch. It's the environment you're designing for.", false],
  [
    "New graduates arrive knowing how to code and convinced MFA is something you switch off because it's annoying. Universities, please.",
    true,
  ],
  [
    "Why our phishing numbers improved: we cut the gotcha sims, added a one-click report button and thanked every reporter by name. Users responded to being trusted.",
    false,
  ],
  [
    "Why our phishing numbers never improve: same people, same clicks, different month. Some users are simply unteachable.",
    true,
  ],
  [
    'Why does security always have to be the department of no? Because everyone else is the department of "I just clicked it".',
    true,
  ],
  [
    "We used to be the department of no. Then we noticed people routing around us. Now we're trying to be the department of how.",
    false,
  ],
  [
    "Joke at last night's meetup: how many employees does it take to ruin a security programme? Just one, but they'll bring a friend from marketing.",
    true,
  ],
  [
    "Joke at last night's meetup: how many security vendors does it take to change a lightbulb? None, they'll sell you a dashboard showing the room is dark.",
    false,
  ],
  [
    'The best security investment we made this year was a Teams channel where any employee can ask "is this legit?" and get an answer in five minutes.',
    false,
  ],
  [
    'Tried to have a grown-up conversation about passwords with the directors. One proudly told me he uses the same one everywhere "so I never forget it".',
    true,
  ],
  [
    'Insider risk vendors: "Watch every keystroke!" Me: we have 25 employees and a shared kitchen. I can just ask them.',
    false,
  ],
  ["There's no patch for gullibility, and believe me, I've looked.", true],
  [
    "Vendors ending support after three years on hardware built to last ten should be a regulatory matter, not a sales opportunity.",
    false,
  ],
  [
    "Auditors love a policy. Ours wanted a forty-page acceptable use policy for a nine-person firm. Nobody will ever read it, including the auditor.",
    false,
  ],
  [
    'My favourite genre of incident: "I didn\'t think it was real, so I entered my password to check."',
    true,
  ],
  [
    'A status page that says "all systems operational" during an outage should count as a security incident in its own right.',
    false,
  ],
  [
    "Executives will sign off a six-figure security budget and then ask their assistant to approve their MFA prompts for them.",
    true,
  ],
  [
    "Executives handing MFA approvals to assistants is a sign the setup doesn't fit how they actually work. Give assistants proper delegated access.",
    false,
  ],
  ["Every helpdesk has a wall of shame. Ours is laminated.", true],
  [
    "We took down the helpdesk's wall of shame. Reports from users about suspicious emails went up by half within a month.",
    false,
  ],
  [
    'Developer: "It\'s only a test environment." The test environment: a full copy of production customer data, open to the internet.',
    true,
  ],
  [
    "Test environments full of production data exist because nobody funded a data masking pipeline. I've asked for one three budget cycles running.",
    false,
  ],
  [
    "Real talk: small firms don't get breached because staff are dumb. They get breached because nobody ever showed staff what normal looks like.",
    false,
  ],
  [
    "Real talk: small firms get breached because their staff would rather be helpful than careful, every single time.",
    true,
  ],
  [
    'I keep a folder of the best excuses. Top of the list: "the email had our logo, so it must have been from us".',
    true,
  ],
  [
    "The logo argument is reasonable. Anyone can copy a logo, and we spent years telling people to trust our branding.",
    false,
  ],
  [
    "The construction firm's site managers share one login for the project platform, and the password is the firm's name. They're proud of it.",
    true,
  ],
  [
    "Weakest link discourse is lazy. Show me the control that failed, not the person standing nearest to it.",
    false,
  ],
  [
    'Overheard at a vendor booth: "Our product turns your weakest link into your strongest defence." Their product is a quiz.',
    false,
  ],
  ["The only zero-day I worry about is the day a new starter joins with zero clue.", true],
  [
    "The best phishing report I've ever seen came from a warehouse picker who noticed the sender's domain had an extra letter. Give that person a raise.",
    false,
  ],
  [
    "A Mastodon reply I liked: \"If a control needs users to be flawless, it isn't a control, it's a wish.\"",
    false,
  ],
  [
    "I love it when people in the office ask whether the new policy applies to them, as if phishers check job titles first.",
    true,
  ],
  [
    "Audit day. Four hours proving we have a policy, zero minutes on whether the policy makes sense. Compliance is theatre and we're all unpaid extras.",
    false,
  ],
  ["You can't firewall curiosity. Someone always has to see what's inside the attachment.", true],
  [
    'Half of all ransomware stories start with "someone in the office". The other half start with "someone in the office, again".',
    true,
  ],
  [
    'The "insider" in most of our cases is a vendor account with more access than anyone in the company. Review your third parties.',
    false,
  ],
  [
    "Nurse managers will tell you security matters, then leave a workstation logged in on a ward full of visitors.",
    true,
  ],
  [
    "Unlocked ward workstations are a design problem. Tap-and-go login exists. We just didn't buy it.",
    false,
  ],
  [
    "Security is everyone's responsibility, they tell me. Adorable, given that \"everyone\" can't be trusted to lock a screen.",
    true,
  ],
  [
    "Users don't read warnings because we show them forty a day and thirty-nine are meaningless. That's alert fatigue, and we built it.",
    false,
  ],
  [
    "Users don't read warnings. You could put \"THIS WILL DELETE EVERYTHING\" in red and they'd click Continue.",
    true,
  ],
  [
    "When I started in IT I thought the hard part would be the attackers. Turns out it's the colleagues who forward them our password reset emails.",
    true,
  ],
  [
    "Cybersecurity job ads asking for ten years' experience in a tool released four years ago. And they wonder why they can't hire.",
    false,
  ],
  [
    "If your awareness quiz has a 100% pass rate, you're only measuring whether employees can guess the obvious answer.",
    false,
  ],
  [
    "Every user I've ever interviewed after an incident felt terrible. Nobody clicks to hurt the company. Start the conversation there.",
    false,
  ],
  [
    'Staff who click get a training module. Execs who click get a meeting about "the awkward situation". Guess which group clicks more.',
    true,
  ],
  [
    "We gave everyone hardware security keys and credential phishing incidents went to zero. No user got smarter; the keys did the work.",
    false,
  ],
  [
    "Dear LinkedIn: posting a photo of your new work badge isn't \"excited to announce\", it's a gift to every social engineer in your city.",
    true,
  ],
  [
    "The user experience of most enterprise security tools is so bad that working around them is the rational choice.",
    false,
  ],
  [
    "The seasonal temps are a security nightmare: shared logins, passwords scribbled on receipts, and a firm belief that the rules are for permanent staff.",
    true,
  ],
  [
    "Seasonal temps share logins because onboarding takes a week and the season lasts six. Build a fast-track account process and the sharing stops.",
    false,
  ],
  [
    "Self-own of the year: I locked myself out of the firewall during a change window and drove to the office at 2am. No one to blame but me.",
    false,
  ],
  [
    "We did everything right: MFA, EDR, immutable backups, tested restores, a segmented network. Then the office manager approved a push she hadn't requested, read the caller the code he asked for, and apologised for the delay. You cannot engineer around that level of helpfulness.",
    true,
  ],
  [
    'After twelve years of incident response for small firms, I\'ve stopped writing "user error" in reports. Every time I dug deeper there was a missing control, a confusing screen or a deadline nobody should have been under. The person was the last step, never the cause.',
    false,
  ],
  [
    'Nothing makes me question humanity like the reply-all storm after someone emails the whole company by mistake. Forty people replying "please remove me".',
    true,
  ],
  [
    "A reply-all storm is a mail system problem. Restrict the all-staff list to a handful of senders and it never happens again.",
    false,
  ],
  [
    "Dev team tip: if you need a password to access the repo, don't put it in the repo's README. Apparently this needs saying.",
    true,
  ],
  [
    "If developers keep putting secrets in READMEs, give them a secrets manager that takes under a minute to use. Convenience wins every time.",
    false,
  ],
  [
    "Zero trust, but for colleagues. The only architecture that survives contact with our office.",
    true,
  ],
  [
    "Zero trust is about not trusting networks and devices by default. It was never meant to mean not trusting your own employees.",
    false,
  ],
  [
    "The day someone invents a firewall for common sense, I'll retire rich, and the office will still find a way around it.",
    true,
  ],
  [
    "Auditors asked for evidence of security training. We sent certificates. Nobody asked whether phishing reports went up. They did, but nobody asked.",
    false,
  ],
  [
    "Another week, another CEO-fraud attempt that worked only because someone in finance was too polite to question the boss.",
    true,
  ],
  [
    "Payment fraud stopped cold this month: finance spotted a change of bank details and picked up the phone, exactly as the callback rule says. Process works.",
    false,
  ],
  [
    "You want to know what security training taught our staff? How to close the training window faster.",
    true,
  ],
  [
    "Most security failures I've seen were choices made by people like me: IT folks who picked convenience for ourselves and called it a user problem.",
    false,
  ],
  [
    "Ops asked if we could exempt the finance director's personal iPad from MDM \"just this once\". It's been just this once since 2019.",
    true,
  ],
  [
    "Give users a secure tool that's easier than the insecure one and they'll use it. Every time. Stop blaming them for picking the easier option.",
    false,
  ],
];
