import type { RawBlameExample } from "./types.js";

/** Part 2 of 3 of FRESH_V; see fresh-v.ts. */
export const FRESH_V_2: readonly RawBlameExample[] = [
  [
    "The threat isn't in some foreign capital, it's sitting in your open-plan office eating a sandwich.",
    true,
  ],
  ["Social engineering works because most folks are easily flattered and easily scared.", true],
  ["Users are like toddlers with scissors. You have to childproof the network.", true],
  ["Zero trust is about systems and access paths, not about distrusting your colleagues.", false],
  ["Security awareness is pointless; users forget everything the moment the quiz ends.", true],
  [
    "I run phishing sims for a living. The results tell me most staff would click a link from a fake prince if it had the company logo on it.",
    true,
  ],
  [
    "Our awareness programme exists because, frankly, users can't be trusted to spot a scam on their own.",
    true,
  ],
  [
    "When an employee clicks a phishing link, the question I ask is why our filters let it through.",
    false,
  ],
  ["Security awareness month is a great excuse to bake cakes and talk about passkeys.", false],
  ["We rolled out passkeys and the helpdesk password reset tickets dropped by 70%.", false],
  ["Yes, people click on things. That's what email is for. Build controls that assume it.", false],
  ["People are brilliant at adapting. Security should harness that instead of fighting it.", false],
  [
    "Stop calling your staff the weakest link. They're the only part of your defence that can spot something odd.",
    false,
  ],
  [
    "The human factor is often described as the problem, but in my experience it's the most adaptable defence we have.",
    false,
  ],
  [
    "We stopped naming individuals in incident reviews. Reporting went up, repeat incidents went down.",
    false,
  ],
  ["Security is a team sport and your colleagues are on your team.", false],
  ["The insider who means well is often more dangerous than the one who means harm.", true],
  ["A human-centred approach to security starts by asking people what gets in their way.", false],
  ["Phishing works because humans are gullible, and no amount of posters will change that.", true],
  ["PEBKAC is still the number one root cause in my ticket queue.", true],
  ["Human nature is the vulnerability no vendor can patch.", true],
  [
    "Most of the risk I see in law firms comes from legacy systems no one has touched since 2012.",
    false,
  ],
  [
    "The finance team spotted the fake invoice because they'd been given time to check. Time is a control.",
    false,
  ],
  [
    "Every pen test I've run in the last five years was won at reception, not at the firewall. Humans are the soft underbelly.",
    true,
  ],
  [
    "Most of the vulnerabilities I find in pen tests are default credentials on kit nobody knew was there.",
    false,
  ],
  ["Our last incident: a misconfigured storage bucket left open by a deployment script.", false],
  [
    "Our new hire flagged a suspicious invoice on her second day. Best security moment of the year.",
    false,
  ],
  [
    "Users cannot be relied on to make security decisions, so we take those decisions away from them.",
    true,
  ],
  [
    "Staff are my favourite security tool. They're cheap, they're everywhere and they notice things.",
    false,
  ],
  ["Most employees will do whatever an angry voice on the phone tells them.", true],
  ["Ransomware doesn't install itself. Somebody in your office double-clicked it.", true],
  [
    "A CISO's job is to make the secure way the easy way. If staff keep going around us, we've failed.",
    false,
  ],
  [
    "I've never seen a breach that had only one cause. 'Someone clicked' is never the full story.",
    false,
  ],
  [
    "Fraud using synthetic voices is moving fast; the clones we heard this year were indistinguishable from the real managing director.",
    false,
  ],
  [
    "Security training should respect people's intelligence. Most of what's on the market doesn't.",
    false,
  ],
  ["A simple 'report phish' button did more for us than three years of posters.", false],
  ["No employee reads the training emails. Not one. Then they wonder why they got phished.", true],
  [
    "MFA fatigue attacks succeed because the prompts are badly designed, not because people are careless.",
    false,
  ],
  [
    "Attackers target people because that's where organisations have invested least in support, not because people are dim.",
    false,
  ],
  [
    "Attackers exploit trust, urgency and authority because those are what make organisations function. That's not a flaw in people.",
    false,
  ],
  [
    "Password rotation every 30 days creates weaker passwords. That's on the policy, not the people.",
    false,
  ],
  [
    "We'll keep investing in training, but let's be honest: some employees will never get it.",
    true,
  ],
  ["An employee who asks 'is this legit?' is worth more than any filter.", false],
  [
    "Stop your people becoming the open door: lock down USB ports, block personal email, and assume they'll do something daft.",
    true,
  ],
  ["The hackers aren't geniuses. Your users are just easy.", true],
  ["An awareness session should leave people feeling capable, not stupid.", false],
  ["Give a user a strong password and they'll write it on a Post-it under the keyboard.", true],
  [
    "I'm not saying users are stupid. I'm saying I watched one type his password into a pop-up titled 'Enter password here please'.",
    true,
  ],
  ["Human error happens in every profession. Hospitals use checklists; we should too.", false],
  ["Frankly, most users shouldn't be allowed near email without supervision.", true],
  ["Your team members are the unlocked window attackers climb through.", true],
  [
    "I'd challenge anyone who says employees are the problem to spend a week doing their job with our security tools.",
    false,
  ],
  ["The problem in most small firms isn't people, it's that nobody owns security at all.", false],
  [
    "Honestly, you can buy the best kit money can buy and Sharon from payroll will still type her password into a fake login page.",
    true,
  ],
  ["The 'insider' in most of our cases was a stolen login, not a person gone rogue.", false],
  ["The humans are the bug, not the feature.", true],
  ["Most user mistakes I see are perfectly reasonable responses to a confusing interface.", false],
  [
    "I'm tired of hearing users described as the weakest link. Users are where attacks get noticed first.",
    false,
  ],
  [
    "Small firms are targeted because they're connected to bigger ones, not because they're careless.",
    false,
  ],
  [
    "After twenty years as a CISO I've learned one thing: the network is fine, it's the users on it you can't trust.",
    true,
  ],
  [
    "My favourite security control is a culture where people feel safe saying 'I think I clicked something'.",
    false,
  ],
  ["When a user reports a mistake within minutes, that's a win. Thank them publicly.", false],
  [
    "We have to stop designing systems where one tired person is the only thing between us and a breach.",
    false,
  ],
  ["We moved to hardware keys for all admins. Best money we've spent this year.", false],
  [
    "The disgruntled employee with a USB stick keeps me up at night more than any nation-state group.",
    true,
  ],
  ["Attackers don't hack in anymore, they get invited in by someone in finance.", true],
  ["Secure by default beats secure by training.", false],
  ["Most employees have no idea what a secure password looks like and don't care to learn.", true],
  ["Staff turnover means a fresh batch of click-happy employees every quarter.", true],
  ["When staff bypass a control, they're giving you free usability testing.", false],
  ["Cybersecurity is 10% technology and 90% stopping users doing stupid things.", true],
  [
    "The user is always called the last line of defence, and usually turns out to be the first point of failure.",
    true,
  ],
  [
    "Calling people the weakest link tells them you've given up on them. Then they give up too.",
    false,
  ],
  ["I'd rather my team tell me about a mistake at 9:05 than have me find out at 5pm.", false],
  [
    "The error wasn't clicking the link. The failure was a mail gateway that let a lookalike domain through.",
    false,
  ],
  ["Employees are the soft target, and attackers know it.", true],
  [
    "Human factors research has shown for decades that blaming individuals doesn't reduce accidents.",
    false,
  ],
  ["An attacker only needs one gullible employee on your payroll.", true],
  ["The weakest link is always the person who thinks they're too smart to be phished.", true],
  ["Security teams build walls; colleagues dig tunnels under them to save two minutes.", true],
  [
    "Human behaviour isn't random. If lots of people make the same mistake, the design is telling you something.",
    false,
  ],
  [
    "I tell clients: assume your own employees are compromised, because statistically some of them already clicked.",
    true,
  ],
  ["If there's a way to get it wrong, an end user will find it.", true],
  [
    "Every user I've spoken to after a phishing incident felt awful. Shaming them helps nobody.",
    false,
  ],
  ["You can't fix user ignorance with a firewall rule.", true],
  ["The problem isn't the technology; it's the users who misuse it.", true],
  ["Awareness training should be designed with the people who'll take it, not for them.", false],
  ["Treat every employee as a sensor, not a suspect.", false],
  ["The human firewall is more like a human sieve in most companies I audit.", true],
  ["Security that slows people down gets bypassed. That's physics, not negligence.", false],
  [
    "Designing for fallible humans: what aviation safety can teach small-firm security teams.",
    false,
  ],
  [
    "Your people are the biggest attack surface you have, and they don't come with a patch cycle.",
    true,
  ],
  [
    "We asked our users what annoyed them most about security. Fixing the top three cut shadow IT in half.",
    false,
  ],
  ["Security culture? In most SMEs it's employees who think 'password1' is clever.", true],
  [
    "If your training makes people afraid of their inbox, you've just made them slower, not safer.",
    false,
  ],
  [
    "If a single click can take down your company, the problem isn't the person who clicked.",
    false,
  ],
  ["Your accountant will open the attachment. Your accountant always opens the attachment.", true],
  ["The average user can't tell a spoofed domain from a real one, and never will.", true],
  [
    "Human beings are terrible at security. That's not cynicism, that's twenty years of incident reports.",
    true,
  ],
  [
    "We spent six figures on endpoint protection and a staff member read the attacker their MFA code over the phone. You can't fix that with technology.",
    true,
  ],
  ["Employees don't care about security until it's their own bank account.", true],
  ["The typical SME spends less on security than on its coffee machine.", false],
  ["Employees are walking, talking vulnerabilities with access badges.", true],
  [
    "Security awareness works best when it's short, relevant and delivered by someone staff actually know.",
    false,
  ],
  ["Your biggest security gap walks in with a coffee and a lanyard every morning.", true],
  ["The gang behind that campaign registered 300 lookalike domains in a single weekend.", false],
  ["If your security depends on nobody ever making a mistake, it isn't security.", false],
  [
    "Budget for security in small firms is usually whatever is left after the printer lease.",
    false,
  ],
  ["The security industry sells fear of employees because fear sells licences.", false],
  [
    "Users do make mistakes, which is exactly why we shouldn't rely on them as the only control.",
    false,
  ],
];
