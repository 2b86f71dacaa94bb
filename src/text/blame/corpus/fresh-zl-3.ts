import type { RawBlameExample } from "./types.js";

export const FRESH_ZL_3: readonly RawBlameExample[] = [
  [
    "Remote work expanded the attack surface mainly through unmanaged devices and legacy VPN concentrators.",
    false,
  ],
  ["Ransomware crews don't need zero-days when they have your employees.", true],
  [
    "Ransomware crews don't need zero-days when vendors leave known flaws unpatched for months.",
    false,
  ],
  [
    "A policy nobody can follow is a policy that has already failed, whatever the audit says.",
    false,
  ],
  [
    "We write the policies; staff ignore them; then they act surprised when they get breached.",
    true,
  ],
  [
    "Employee error showed up in our breach dataset mostly as misdelivery: emails and documents sent to the wrong person.",
    false,
  ],
  [
    "Employee error is the cockroach of cybersecurity: you'll never get rid of it, so contain it.",
    true,
  ],
  ["People are not the problem; unclear processes and impossible workloads are.", false],
  ["People are the problem. Always have been, always will be.", true],
  [
    "Clicking a link should never be enough to compromise an organisation, and if it is, that's a design defect.",
    false,
  ],
  ["Clicking links is basically the national sport in most finance departments.", true],
  [
    "Our research shows reporting rates rise sharply when staff receive a thank-you rather than a reprimand.",
    false,
  ],
  ["You have to name and shame repeat clickers, otherwise they never learn.", true],
  ["Naming and shaming repeat clickers backfires: people stop reporting anything at all.", false],
  [
    "Contractors are the soft underbelly of every enterprise. They'll plug in any USB stick they find.",
    true,
  ],
  [
    "Contractor accounts are the soft underbelly of many enterprises because nobody deprovisions them when the contract ends.",
    false,
  ],
  ["Insider risk management is about understanding context, not assuming malice.", false],
  ["A malicious insider is just an employee who hasn't been caught yet.", true],
  [
    "The sales team will sell the customer database for a better commission, given half a chance.",
    true,
  ],
  [
    "The sales tool exported the full customer database by default, which is how the list ended up on a forum.",
    false,
  ],
  [
    "We shouldn't be surprised people pick weak passwords when the system forces a change every thirty days.",
    false,
  ],
  ["Why do people still pick Password123? Because they don't think, that's why.", true],
  ["The user is not the enemy. The user is the customer of the security team.", false],
  ["Let's be honest: the user is the enemy, they just don't know it.", true],
  [
    "MFA fatigue attacks succeed because push approvals were designed without number matching, not because users are stupid.",
    false,
  ],
  [
    "MFA fatigue works because users will tap approve on anything just to make the buzzing stop.",
    true,
  ],
  ["Shadow IT exists because employees are reckless and think rules are for other people.", true],
  [
    "Shadow IT usually exists because the approved tools are slow, clunky or missing altogether.",
    false,
  ],
  ["The real weakest link in most breaches we handle is an unmonitored service account.", false],
  ["Good security teams measure how quickly people report, not how often they click.", false],
  [
    "If your staff were half as careful with data as they are with their lunch orders, we'd be out of business.",
    true,
  ],
  [
    "If our product were half as easy to use as a lunch-ordering app, people would use it properly.",
    false,
  ],
  [
    "Security is a people problem dressed up as a technology problem, and the people are failing.",
    true,
  ],
  [
    "Security is a people problem in the sense that it needs people to design systems that people can actually use.",
    false,
  ],
  [
    "Our threat intel shows the group gained access through an exposed Citrix gateway, not through any employee action.",
    false,
  ],
  [
    "It's always the same story: some employee downloads a cracked app and the whole domain goes down.",
    true,
  ],
  ["Compliance checklists rarely reflect how data actually moves through an organisation.", false],
  ["Board members are the laziest users in the building and the most targeted.", true],
  [
    "Board members are among the most targeted users in the building, so give them dedicated support, not extra rules.",
    false,
  ],
  [
    "Patch the edge devices first; that is where most of the intrusions we responded to began.",
    false,
  ],
  [
    "Phishing simulations should teach, not trap. Tricking staff with fake bonus emails mostly teaches them to distrust IT.",
    false,
  ],
  ["You can't patch a system nobody owns, and half the estate we audit has no named owner.", false],
  [
    "I've done this for twenty years and I can tell you: the user will always find a way to break it.",
    true,
  ],
  [
    "I've done this for twenty years and the most reliable detection I've ever seen was a nurse who thought an email looked odd.",
    false,
  ],
  [
    "Raise your hand if your users have ever reported a phish before your SIEM fired. Yes, most of the room.",
    false,
  ],
  [
    "Raise your hand if your users have ever clicked the same phish twice in one week. Yes, everyone.",
    true,
  ],
  [
    "Humans are the weakest link. That's not an opinion, that's twenty years of incident data.",
    true,
  ],
  [
    "Humans aren't the weakest link; they're the most attacked link, and that's a very different thing.",
    false,
  ],
  ["Blaming the user is what we do when we can't be bothered to fix the interface.", false],
  ["The user clicked because the user doesn't think. End of analysis.", true],
  [
    "In every red team engagement, reception lets us in. Every single time. They just don't care who walks past.",
    true,
  ],
  [
    "In every red team engagement, we get in through the badge readers, because nobody has updated their firmware since 2014.",
    false,
  ],
  [
    "Let's stop saying 'human error' in post-incident reviews and start asking what made the error likely.",
    false,
  ],
  [
    "Half my keynote is just screenshots of what employees type into ChatGPT. The audience laughs, then they cry.",
    true,
  ],
  [
    "Generative AI tools need clear data-handling guidance, because employees are using them whether we approve them or not.",
    false,
  ],
  [
    "Insider threat is the elephant in the room: the people you hired are the ones who'll burn you.",
    true,
  ],
  [
    "The insider threat literature overstates malice; most cases we reviewed were accidents in badly designed workflows.",
    false,
  ],
  ["My talk today is called 'Your Users Are Idiots', and by the end you'll agree with me.", true],
  [
    "My talk today is about why we should retire the phrase 'users are idiots' from our industry for good.",
    false,
  ],
  [
    "Every blue teamer knows the sinking feeling of seeing a ticket that starts with 'I clicked on something'.",
    false,
  ],
  [
    "Every blue teamer knows the ticket that starts with 'I clicked on something' came from the same five morons as last month.",
    true,
  ],
  [
    "If you make security hard, people will route around it. That's not defiance, that's rational behaviour.",
    false,
  ],
  [
    "People route around security because they're selfish and think deadlines matter more than the company's survival.",
    true,
  ],
  [
    "The weakest link is actually the security team's own jargon, which nobody outside the team understands.",
    false,
  ],
  ["Security culture is built by leaders who admit their own mistakes first.", false],
  [
    "Employees will sell their credentials for a couple of hundred dollars on a Telegram channel. Loyalty is dead.",
    true,
  ],
  [
    "Ransomware groups now openly recruit insiders on forums, which is a labour-market problem as much as a security one.",
    false,
  ],
  [
    "We ran a USB drop test in the car park. Sixty percent plugged them in. Sixty percent! What is wrong with people?",
    true,
  ],
  [
    "We ran a USB drop test in the car park, and the real finding was that endpoints still auto-mounted unknown storage.",
    false,
  ],
  ["The day we stopped punishing clicks, our reporting rate tripled.", false],
  ["Users don't read warnings. They never have. They see a dialog and they smash OK.", true],
  [
    "Users don't read warnings because we've trained them, with ten thousand false alarms, that warnings don't matter.",
    false,
  ],
  [
    "Your biggest cyber risk walks through the front door every morning with a coffee in hand.",
    true,
  ],
  [
    "Your biggest cyber risk is probably the software supplier that has admin access to every server you own.",
    false,
  ],
  [
    "I call it the PEBKAC principle: problem exists between keyboard and chair. Ninety percent of tickets, guaranteed.",
    true,
  ],
  [
    "Ninety percent of our tickets turned out to be a single misconfigured proxy, not users doing anything wrong.",
    false,
  ],
  ["Error is normal. Resilient systems assume it and recover gracefully.", false],
  ["Error is normal for users, which is exactly why you can never let them near production.", true],
  [
    "Social engineers don't hack computers, they hack people, and people are embarrassingly easy to hack.",
    true,
  ],
  [
    "Social engineers exploit helpfulness and authority, which are traits organisations actively reward in their staff.",
    false,
  ],
  [
    "Developers treat security as someone else's job and then wonder why their app is on the front page.",
    true,
  ],
  ["Developers ship insecure code when the only metric their manager tracks is velocity.", false],
  [
    "As a blogger I get emails every week from people who fell for a scam, and honestly they are often the smartest people in the room.",
    false,
  ],
  [
    "Old people and phones are a disaster; they should not be allowed anywhere near online banking.",
    true,
  ],
];
