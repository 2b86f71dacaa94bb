import type { RawBlameExample } from "./types.js";

export const FRESH_ZK_4: readonly RawBlameExample[] = [
  [
    "Staff at our Dubai office reported a fake airline-crew portal on the first morning it appeared.",
    false,
  ],
  ["I've yet to meet a user who wouldn't trade their password for a chocolate bar.", true],
  [
    "Those old 'password for a chocolate bar' surveys say more about survey design than about people.",
    false,
  ],
  [
    "Insiders caused us more damage than any external attacker last year, and I don't expect that to change.",
    true,
  ],
  [
    "Most of what we log as insider incidents are misdirected emails, which we now catch with a thirty-second send delay.",
    false,
  ],
  ["If I could remove the people from the process, I'd have no incidents at all.", true],
  ["I'd rather remove steps from the process than remove people's judgement from it.", false],
  [
    "Our finance team stopped a CEO-fraud payment because a clerk thought the tone was off. That's instinct we want to protect.",
    false,
  ],
  [
    "Our finance team nearly paid a fake invoice for £400,000. I genuinely don't know what they were thinking.",
    true,
  ],
  [
    "The weakest link at our university is the academics who insist on running their own servers under their desks.",
    true,
  ],
  [
    "Research groups run their own servers because central IT never offered them what they needed; that gap is ours.",
    false,
  ],
  [
    "Security is everyone's responsibility, and far too many of our colleagues are shirking it.",
    true,
  ],
  [
    "'Security is everyone's responsibility' is often code for 'nobody in particular is accountable'.",
    false,
  ],
  [
    "Our Polish service centre had the lowest click rate in the group after it started a peer-champions network.",
    false,
  ],
  [
    "You can't patch stupid, as my old boss used to say, and twenty years later I still agree with him.",
    true,
  ],
  ["'You can't patch stupid' is the laziest sentence in our industry.", false],
  [
    "Warehouse staff photographed the Wi-Fi password on the wall and posted it in a group chat. Unbelievable.",
    true,
  ],
  [
    "If the Wi-Fi password is on the wall, the warehouse needs a separate guest network, not a lecture.",
    false,
  ],
  [
    "Helpdesk staff will reset the password for anyone who calls and sounds stressed, and the attackers know it.",
    true,
  ],
  [
    "Helpdesk resets were exploited because our verification script relied on information anyone could find on LinkedIn.",
    false,
  ],
  [
    "The root cause analysis found the privileged account had no MFA because of a legacy integration exception granted in 2017.",
    false,
  ],
  ["Root cause: an administrator who thought he was above the rules.", true],
  [
    "Our employees in India and Brazil flagged the vishing campaign within the hour, and we shared their write-up group-wide.",
    false,
  ],
  ["We'd be fine if our people would just stop helping the attackers do their jobs.", true],
  [
    "I've told the board that 'human error' will no longer appear as a root cause in any incident report.",
    false,
  ],
  [
    "It's exhausting: we buy the best tools, and our staff still find new ways to become the breach.",
    true,
  ],
  [
    "Outsourcing our SOC made us faster at detection and slower at understanding our own business.",
    false,
  ],
  ["I measure my team on mean time to contain, not on how many employees clicked a test.", false],
  [
    "Click rates are the only metric that matters, because the click is where every breach starts.",
    true,
  ],
  [
    "Agricultural cooperatives in Kenya were hit by fake buyer portals; the fix was verifying buyers centrally, not lecturing farmers.",
    false,
  ],
  [
    "Co-op clerks will trust any WhatsApp message that mentions a payment, and the fraudsters have worked that out.",
    true,
  ],
  [
    "A developer on our Seoul team caught a malicious dependency because she noticed a strange install script.",
    false,
  ],
  ["Developers will pull any package off the internet if it saves them five minutes.", true],
  [
    "Dependency attacks exploit an ecosystem built on implicit trust; that's an industry-level problem.",
    false,
  ],
  [
    "I've stopped calling people the weakest link in my talks; the slide got laughs, but it never helped anyone.",
    false,
  ],
  [
    "I'll keep saying it on stage: people are the weakest link, and pretending otherwise is naive.",
    true,
  ],
  [
    "Insider-trading investigations at our brokerage mostly reveal weak entitlement reviews, not a culture of crooks.",
    false,
  ],
  ["Brokers will bend any rule if there's a bonus at the end of it.", true],
  [
    "When we tightened USB controls, the complaints told us exactly which workflows we had forgotten to support.",
    false,
  ],
  [
    "When we tightened USB controls, the complaints told us exactly who had been smuggling data out.",
    true,
  ],
  [
    "Incidents at the airline dropped after we gave ground staff dedicated devices instead of shared kiosks.",
    false,
  ],
  [
    "Ground staff at the airport are our biggest risk; they log into everything on shared kiosks and never log out.",
    true,
  ],
  ["Our biggest risk is the budget cycle that keeps deferring the identity project.", false],
  [
    "If anyone on my team says 'the user did it' in a post-incident review, I ask them what the system did first.",
    false,
  ],
  ["Nine times out of ten, the user did it.", true],
  [
    "Cyber insurance questionnaires ask about training completion as if it were a control; it's a proxy at best.",
    false,
  ],
  [
    "We make training mandatory because people won't do anything security-related unless they're forced.",
    true,
  ],
  ["We made training optional and short, and completion went up because people chose it.", false],
  ["The only people who ask me to loosen security are the people who cause the incidents.", true],
  [
    "People ask me to loosen security when it blocks their work, and those requests are my best source of design feedback.",
    false,
  ],
  [
    "Our Indonesian subsidiary was hit because a domain controller had exposed RDP to the internet for two years.",
    false,
  ],
  ["In the end every cyber incident is a human failure; machines only do what they're told.", true],
  [
    "Every cyber incident involves humans somewhere, including the attacker and whoever designed the system.",
    false,
  ],
  [
    "Sharing passwords over Slack is a habit of the younger staff; they see no difference between work and play.",
    true,
  ],
  ["We put a secrets-sharing tool inside Slack, and password pasting stopped within weeks.", false],
  [
    "Payroll-diversion fraud targets HR inboxes, so we added a cooling-off period for bank-detail changes.",
    false,
  ],
  ["HR will change anyone's bank details if the email has a smiley face in it.", true],
  [
    "I love my staff, but I wouldn't trust them with a password manager, let alone admin rights.",
    true,
  ],
  [
    "I trust my staff with admin rights on test machines, because the sandbox is built to absorb mistakes.",
    false,
  ],
  [
    "Cyber maturity in Gulf energy firms has grown fast because boards fund security as a safety issue.",
    false,
  ],
  ["The board wants to know who clicked, and I give them a name every time.", true],
  [
    "The board wants to know who clicked; I tell them that's the wrong question and show them what failed around the click.",
    false,
  ],
  ["Hackers didn't break in; an employee held the door open.", true],
  ["Hackers didn't need an employee's help; they walked in through an unpatched gateway.", false],
  [
    "The leak at the ministry was caused by a civil servant who left classified files on a train.",
    true,
  ],
  [
    "Leaks pinned on individual civil servants often hide years of underfunded records management.",
    false,
  ],
  [
    "Human error, not hackers, was behind the exposure of 200,000 voter records, officials said.",
    true,
  ],
  [
    "Officials blamed 'human error' for the voter-record exposure, but the database had no access controls at all.",
    false,
  ],
  [
    "Once again an insider, this time a disgruntled IT contractor, has brought a city's water systems to a halt.",
    true,
  ],
  [
    "The water utility's remote-access software had one shared password used by every contractor for years.",
    false,
  ],
  [
    "Staff at the Brazilian retailer fell for a fake IT support call, handing over the keys to 40 million customer records.",
    true,
  ],
  [
    "The Brazilian retailer's breach was enabled by a helpdesk process with no identity verification at all.",
    false,
  ],
  ["For all the talk of AI, the biggest threat to your company is still Dave from accounts.", true],
  [
    "For all the talk of people being the problem, the biggest breaches this year came from unpatched software.",
    false,
  ],
  [
    "Research suggests employees who report phishing are worth more than any filter upgrade.",
    false,
  ],
  [
    "A new survey finds half of UK workers would hand their password to a stranger for a coffee voucher.",
    true,
  ],
  [
    "Survey headlines about workers 'selling passwords' rarely survive a look at the methodology.",
    false,
  ],
  [
    "The NHS trust's breach was traced back to a receptionist who clicked on a fake delivery email.",
    true,
  ],
  [
    "The NHS trust's breach was traced back to a supplier with remote access and no multi-factor authentication.",
    false,
  ],
  ["Cybersecurity's worst-kept secret: it's the users, stupid.", true],
  [
    "Cybersecurity's worst-kept secret: the industry sells products that don't work as advertised.",
    false,
  ],
  [
    "Experts warn that employees are pasting trade secrets into public chatbots without a second thought.",
    true,
  ],
  [
    "Companies without an approved AI tool are effectively forcing staff to use public chatbots for work.",
    false,
  ],
  [
    "The casino hack began with a phone call to a helpdesk whose reset process had no meaningful identity check.",
    false,
  ],
];
