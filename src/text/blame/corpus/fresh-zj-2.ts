import type { RawBlameExample } from "./types.js";

export const FRESH_ZJ_2: readonly RawBlameExample[] = [
  ["Nobody got fired for clicking a link here, and honestly that's why reporting works.", false],
  ["Nobody got fired for clicking a link here, and honestly that's why they keep doing it.", true],
  [
    "We should be grateful when someone admits they clicked. That's an early warning, not a confession.",
    false,
  ],
  [
    'When someone "admits" they clicked it\'s usually three days later, after the damage. Typical.',
    true,
  ],
  [
    "Real talk: the staff caught more of the BEC attempts than the fancy AI email filter did.",
    false,
  ],
  [
    "Real talk: the AI email filter catches the stuff, then staff go into quarantine and release it themselves.",
    true,
  ],
  [
    "Clinicians aren't ignoring security. They're keeping patients alive on a login that times out every four minutes.",
    false,
  ],
  [
    "Clinicians just don't care about security, they'll share a login all shift if you let them.",
    true,
  ],
  [
    'Hot take: the "users are the problem" crowd have never had to do their actual jobs on our systems.',
    false,
  ],
  ["Hot take: if users weren't the problem, we wouldn't need half the tools in the stack.", true],
  [
    "Our auditors flagged 42 findings and only two had anything to do with a person doing something wrong.",
    false,
  ],
  ["Give me a network without users and I'll give you a network without breaches.", true],
  [
    "Give me a network without legacy Windows servers and I'll give you a network with half the breaches.",
    false,
  ],
  ["That breach? Contractor left an S3 bucket open. Contractors never read the policies.", true],
  [
    "That breach? The S3 bucket was public because the template defaulted to public. Terrible default.",
    false,
  ],
  [
    "Teaching the team about deepfake voice scams actually worked; two of them caught a fake CEO call last month.",
    false,
  ],
  [
    "Cyber Monday: the day our staff do their Christmas shopping on the work laptop with the same password as the VPN.",
    true,
  ],
  [
    "Look, attackers are smart, funded and persistent. Pretending this is about Linda clicking a link is lazy.",
    false,
  ],
  [
    "Look, it IS about Linda clicking a link. Every time. You can buy all the boxes you want.",
    true,
  ],
  ["The help desk is the front door and they're leaving it wide open with a smile.", true],
  [
    "Password expiry every 60 days is exactly how you get Spring2024! then Summer2024!. The policy did that, not the people.",
    false,
  ],
  ["lol finance clicked the sim again. same three people. every. month.", true],
  [
    'lol the sim platform sent the phish from our real domain and then marked everyone who opened it as "failed". not great',
    false,
  ],
  [
    'can someone remind marketing that "shared drive" doesn\'t mean "share with anyone who has the link"',
    true,
  ],
  [
    "can someone change the default on the shared drive so new links aren't \"anyone with the link\"? that's what keeps biting us",
    false,
  ],
  [
    'heads up: the new hire in ops already asked for domain admin "just in case". love the ambition',
    true,
  ],
  [
    "heads up: the onboarding template grants new hires in ops domain admin by default. fixing it now",
    false,
  ],
  ["who gave Kevin a laptop again", true],
  [
    "why does the new laptop image have bitlocker off on the whole batch? build pipeline bug?",
    false,
  ],
  [
    'another ticket from sales: "my computer got a virus from a website". which website, Dan. which one.',
    true,
  ],
  [
    "another ticket from sales about a malvertising popup. the ad network served it on a legit news site, nothing they could've done",
    false,
  ],
  [
    "pro tip: assume anyone in exec leadership will forward the board pack to their personal email",
    true,
  ],
  [
    "pro tip: give the board a secure portal that actually works on an iPad and they'll stop forwarding the pack to personal email",
    false,
  ],
  [
    "me: please don't plug in random USB sticks. also me, next day: finds six random USB sticks plugged in at reception",
    true,
  ],
  [
    "we left USB drop sticks in the car park for the exercise and 11 of 30 got handed in to security unplugged. honestly proud",
    false,
  ],
  [
    "phishing report from Jen in legal was spot on, header analysis and all. she should be on our team",
    false,
  ],
  [
    "the dev team pushed the .env to a public repo again. do they do it on purpose at this point?",
    true,
  ],
  [
    "the pre-commit hook that was meant to block .env files silently broke after the git upgrade. that's how it got pushed",
    false,
  ],
  ["incident closed. root cause: user. as always.", true],
  [
    "incident closed. root cause: SSO misconfig let old sessions survive a password reset. writing it up",
    false,
  ],
  ['anyone else\'s users treat the "this email came from outside" banner as wallpaper?', true],
  [
    "our external-sender banner shows on 90% of mail, including our own payroll provider, so of course it's wallpaper now",
    false,
  ],
  ["quick reminder: the weakest link in this company is whoever is reading this message 😇", true],
  [
    "quick reminder: report phish with the button, we'll thank you for every one, even the false alarms 🙏",
    false,
  ],
  ["HR sent a salary spreadsheet to the whole company. Again. I need a holiday.", true],
  [
    'HR\'s mail client autocompleted "All Staff" instead of "Alison Stafford". we really need to turn off autocomplete for distribution lists',
    false,
  ],
  [
    'no, the breach wasn\'t "sophisticated". someone at the front desk gave the caller the wifi password.',
    true,
  ],
  [
    "no, the breach wasn't \"sophisticated\", it was a known Fortinet bug we'd waited three weeks for a maintenance window to patch",
    false,
  ],
  ['if the users would stop installing "free PDF converters" the EDR would be bored', true],
  [
    "if the approved PDF tool wasn't locked behind a six-week licence request, nobody would go looking for free ones",
    false,
  ],
  [
    "someone just asked me if they can email their password to IT so we can \"check it's secure\". I'm fine. Everything's fine.",
    true,
  ],
  [
    "the old IT portal literally asked for your current password by email for resets. no wonder people think that's normal",
    false,
  ],
  [
    'manager asked to be exempt from MFA because it "slows him down". naturally his account was the one that got popped',
    true,
  ],
  [
    "MFA exemptions for execs were signed off as a policy exception three years ago and never reviewed. that's the real gap",
    false,
  ],
  [
    "tldr: the intern was not the threat, the intern was the person who spotted the rogue access point",
    false,
  ],
  ["tldr: hire interns, get incidents. every summer like clockwork", true],
  [
    "third floor treats the clean desk policy like a suggestion. found two printed password lists today 👀",
    true,
  ],
  [
    "the third floor printer keeps every scanned doc on an unencrypted disk, forever. that's a hardware problem, not a people problem",
    false,
  ],
  ['ok which genius clicked "accept" on the OAuth app that wants to read all mail', true],
  [
    'the OAuth consent screen doesn\'t explain what "read all mail" actually means. switching to admin consent only',
    false,
  ],
  [
    "stats from Q2: 73% of incidents started with vulnerable exposed services, 14% with phishing, the rest misc",
    false,
  ],
  [
    "stats from Q2: people are still the problem. 14% phishing, and the rest they somehow caused too",
    true,
  ],
  [
    'can we please stop calling the users "lusers" in the incident channel, they read the summaries',
    false,
  ],
  ['honestly "lusers" is generous for some of this lot', true],
  ["reminder that accounting will approve any invoice that has a logo on it", true],
  [
    "reminder that accounting's invoice workflow has no callback step for changed bank details. we're adding one this sprint",
    false,
  ],
  ["the SOC dashboards are useless, 40k alerts a day and we can't find the real ones", false],
  [
    "the SOC analysts are useless, they just close everything as false positive to hit their SLA",
    true,
  ],
  [
    "the SOC analysts close things as false positive because the SLA rewards closing fast. we built that incentive",
    false,
  ],
  ["guys the CEO just posted his boarding pass on LinkedIn. i can't", true],
  [
    "fyi the boarding pass barcode leaks the booking reference to anyone who scans it. airlines really need to fix that format",
    false,
  ],
  [
    "Carol in procurement has somehow reset her password 14 times this month. what is she doing",
    true,
  ],
  [
    "password reset count spiked this month because the new SSO enforces a 20-char minimum with no passphrase guidance. needs fixing",
    false,
  ],
  ["they'll never learn, just lock everything down and stop asking them", true],
  [
    "locking everything down just drove people to personal phones. we need to give them a sanctioned path instead",
    false,
  ],
  ["new policy idea: anyone who fails three sims loses email privileges. half joking", true],
  [
    "new policy idea: anyone who reports three real phish gets a coffee voucher. not joking, it works",
    false,
  ],
  ["found an AWS key in a Confluence page. authored by, you guessed it, the platform team", true],
  [
    "found an AWS key in a Confluence page. long-lived keys shouldn't exist in the first place, moving everything to roles",
    false,
  ],
  ["our users are honestly great, 200 reports this week and most were real", false],
  [
    "our users are honestly a liability, 200 reports this week and most were the company newsletter",
    true,
  ],
  [
    "remember when Steve plugged the conference freebie charger into a server in the comms room? good times 🙃",
    true,
  ],
  [
    "remember when the conference freebie chargers turned out to be malicious? that vendor never sponsored again",
    false,
  ],
  [
    "anyone know why the DLP blocks PDFs from the customer portal but lets .zip straight through? vendor support is clueless",
    false,
  ],
];
