import { FRESH_V_2 } from "./fresh-v-2.js";
import type { RawBlameExample } from "./types.js";

/** First part of batch V (see FRESH_V below). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Ninety-something percent of breaches involve human error. Train your people or accept the losses.",
    true,
  ],
  [
    "It's time we retired the 'human firewall' slogan. People aren't firewalls and shouldn't have to be.",
    false,
  ],
  [
    "I'd trust an unpatched fifteen-year-old desktop with my data before I'd trust the average sales rep.",
    true,
  ],
  [
    "Security teams need to stop talking about people as a problem to be managed and start treating them as partners.",
    false,
  ],
  ["Employee wellbeing is a security issue: stressed, overloaded teams skip steps.", false],
  [
    "If employees spent as much time reading warnings as they do scrolling social media, we'd be fine.",
    true,
  ],
  ["Users will trade security for convenience every single time.", true],
  [
    "I hate saying it, but in my audits the human side fails far more often than the tech side.",
    true,
  ],
  [
    "Users don't ignore warnings because they're careless; they ignore them because nearly all warnings are false alarms.",
    false,
  ],
  [
    "Most small firms run on a single shared admin account. That's the vulnerability I find most often.",
    false,
  ],
  ["Careless insiders leak more data by accident than criminals steal on purpose.", true],
  [
    "Employees will always take the path of least resistance, even when it opens the door to attackers.",
    true,
  ],
  [
    "End users aren't stupid. They're busy, and our tools make security feel like an obstacle.",
    false,
  ],
  ["You can lead staff to training, but you can't make them think.", true],
  ["Our insiders caught the fraud; our audit software missed it entirely.", false],
  ["Complacent employees are a hacker's best friend.", true],
  [
    "Most employees think phishing happens to other people, which is exactly why it happens to them.",
    true,
  ],
  ["I'd rather have ten engaged staff than ten more security tools.", false],
  [
    "Our helpdesk staff are trained to say no to urgent requests, and management backs them every time.",
    false,
  ],
  ["Your users are your biggest attack vector. Treat them accordingly.", true],
  ["Users are the weakest link. Always have been, always will be.", true],
  ["Layer 8 issues account for most of my Monday mornings.", true],
  [
    "I'm a pen tester. When I get in through reception, my report blames the visitor procedure, not the receptionist.",
    false,
  ],
  [
    "Until employees start taking security seriously, every control we deploy is just a speed bump.",
    true,
  ],
  [
    "Most employees I interview know exactly which shortcuts are risky. They take them because the deadline is real and the risk feels abstract.",
    false,
  ],
  ["Phishing remains the most common initial access vector in our incident data.", false],
  [
    "The best phishing filter in the world can't stop Dave from typing his credentials into a form that says 'Micr0soft'.",
    true,
  ],
  [
    "Four out of five incidents at our SME clients were caused by employee carelessness, not clever hackers.",
    true,
  ],
  ["Employees are your biggest liability until you train them otherwise.", true],
  ["The insider threat is real, and it's probably someone you had lunch with this week.", true],
  [
    "I've never met a receptionist who wanted to let an attacker in. I've met plenty who were never given a procedure.",
    false,
  ],
  [
    "If you want people to care about security, show them how it protects them, not just the company.",
    false,
  ],
  ["A bored intern can undo a million-pound security budget in thirty seconds.", true],
  [
    "I've stopped being surprised by what people will hand over to a stranger with a clipboard and a hi-vis vest.",
    true,
  ],
  ["Human-centred security means asking why the workaround exists before banning it.", false],
  [
    "The insider threat isn't a spy; it's the bloke in logistics who emails spreadsheets home.",
    true,
  ],
  ["Blame culture makes every breach worse because people hide their mistakes.", false],
  [
    "People will always be the weakest part of security. The sooner we admit it, the sooner we can contain them.",
    true,
  ],
  [
    "Most of our incidents trace back to a user who couldn't be bothered to read the warning.",
    true,
  ],
  ["Our users spotted a compromised supplier account before any of our tools did.", false],
  [
    "Employees are my early warning system. Half our incidents this year started with a colleague saying 'this looks odd'.",
    false,
  ],
  ["We don't have an awareness problem. We have a 'nobody told us who to ask' problem.", false],
  [
    "Even after training, end users remain the Achilles' heel of every organisation I work with.",
    true,
  ],
  [
    "We've had no successful phishing in a year, thanks entirely to a team that reports everything.",
    false,
  ],
  [
    "I've learnt more about our real risks from chatting with the warehouse team than from any scanner.",
    false,
  ],
  ["Clear reporting routes cut our detection time from days to minutes.", false],
  ["Most 'human error' in incident reports is really a design flaw nobody wanted to own.", false],
  ["Humans are the problem in cybersecurity, and pretending otherwise is just PR.", true],
  [
    "There's a reason pilots aren't blamed for every crash anymore. Security should learn the same lesson.",
    false,
  ],
  [
    "It doesn't matter how good your controls are if the finance director wires fifty grand because an email said 'urgent'.",
    true,
  ],
  [
    "Password managers for every member of staff: the cheapest security upgrade a small firm can make.",
    false,
  ],
  [
    "Employees are the entry point for nine in ten attacks we see. They are the problem we need to solve.",
    true,
  ],
  ["The best security teams I know spend more time listening to staff than lecturing them.", false],
  ["Human error shows up in every incident report because it's the easiest box to tick.", false],
  ["Quarterly training completion rates tell you almost nothing about actual security.", false],
  [
    "Social engineering is a craft, and the best practitioners are genuinely hard to resist.",
    false,
  ],
  ["People follow the path their tools make easy. Change the tools and behaviour follows.", false],
  [
    "The email came from a real supplier's hacked account and referenced a real order. Nobody should be expected to catch that.",
    false,
  ],
  ["Employees can't be trusted with admin rights. Ever.", true],
  [
    "Ask any pentester: the quickest route to domain admin is a receptionist who just wants to be helpful.",
    true,
  ],
  [
    "Passwords are a terrible technology. Stop blaming people for failing at an impossible task.",
    false,
  ],
  [
    "The attacker didn't beat our people; they beat a process that assumed email was trustworthy.",
    false,
  ],
  ["Insiders cause more damage than any external hacker ever will.", true],
  ["If your employees fall for phishing, that's a people problem, not a technology problem.", true],
  ["Cyber insurance premiums for small businesses rose sharply again this year.", false],
  [
    "Most breaches I've investigated had a missing patch somewhere in the chain, usually one IT had known about for months.",
    false,
  ],
  [
    "Phishing tests that trick staff with fake bonus emails destroy trust and teach nothing.",
    false,
  ],
  ["I used to say users were the problem. Then I watched them try to connect to our VPN.", false],
  ["Users are idiots. I say it with love, but they are.", true],
  [
    "Security teams love to blame users. Users would love a security team that answered the phone.",
    false,
  ],
  ["The clickers will click. Our job is damage control.", true],
  [
    "Your employees reported 40% of the phishing we caught last quarter. They're your best sensor.",
    false,
  ],
  [
    "Insider threat, in my experience, is mostly about access that should have been removed months ago.",
    false,
  ],
  ["You can have a zero trust architecture, but it's your people who have zero clue.", true],
  ["The user isn't the enemy. The attacker is.", false],
  [
    "Humans aren't the weak point; they're the one component that can improvise when everything else fails.",
    false,
  ],
  [
    "Yes, design matters. But at some point employees have to take responsibility for clicking on obvious scams.",
    true,
  ],
  [
    "Our helpdesk got social-engineered because the verification process was a single question anyone could look up online.",
    false,
  ],
  ["Employee mistakes cost small businesses more than any cybercrime gang ever could.", true],
  [
    "User error? Or a login page with three different logos and a certificate warning we told everyone to ignore?",
    false,
  ],
  [
    "Firewalls, filters and endpoint tools have gaps. Your people fill those gaps every day without credit.",
    false,
  ],
  ["You'd be amazed what employees will tell a stranger who says they're from IT.", true],
  ["Our SOC analysts are drowning in alerts. That's a tooling problem we created.", false],
  [
    "Phishing-resistant MFA removes a whole class of attacks without asking anyone to be more vigilant.",
    false,
  ],
  [
    "The weakest link metaphor has done more damage to security culture than any piece of malware.",
    false,
  ],
  ["People don't change. They clicked in 2005 and they'll click in 2035.", true],
  [
    "Somewhere in your company right now, someone is forwarding customer data to their personal webmail. That's your real threat.",
    true,
  ],
  [
    "In a small shop the biggest threat is usually the owner's nephew who 'knows computers' and has admin on everything.",
    true,
  ],
  [
    "Forget zero-days. The most exploited vulnerability is an accounts clerk at 4.55pm on a Friday.",
    true,
  ],
  ["Most human errors in security come from people who think they know better.", true],
  ["Give people fewer decisions to make and they'll make better ones.", false],
  [
    "If your policy requires employees to break it to get their job done, your policy is the vulnerability.",
    false,
  ],
  ["Gamified training got our reporting rate from 8% to 60% in six months.", false],
  ["Your finance team is a gift-wrapped present for any fraudster with a spoofed domain.", true],
  ["Honestly, if I could remove humans from the equation I'd have a 100% secure network.", true],
  ["Slide 12: Why do breaches happen? Because someone, somewhere, didn't think.", true],
  [
    "Attackers spent three weeks researching our CFO before sending one perfectly timed email. That's skill, not luck.",
    false,
  ],
  ["The reason we still need antivirus is that users will download absolutely anything.", true],
  ["Slide 4: Your biggest risk logs in at 9am and leaves at 5.", true],
  ["Shadow IT exists because users think the rules don't apply to them.", true],
  [
    "Insiders are overwhelmingly loyal. Build your controls around that, with sensible checks for the rare exception.",
    false,
  ],
  ["People are the strongest control you have if you let them be.", false],
  ["The weakest spot in any small business network is whoever answers the phone.", true],
  [
    "If your staff don't report incidents, ask yourself what happened the last time someone did.",
    false,
  ],
  ["Blaming the user is the laziest root cause analysis there is.", false],
  [
    "A good security culture is when people know who to call and aren't scared to call them.",
    false,
  ],
  ["The attacker picked the lock? No. Someone in marketing handed them the key.", true],
  ["Employees are the primary cause of data breaches and they need to be held accountable.", true],
  ["Phishing succeeds because employees are too trusting and too lazy to check the sender.", true],
  [
    "When our accounts team paused a payment because the request felt off, they saved us eighty grand. Celebrate that.",
    false,
  ],
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
];

/**
 * Practitioners speaking for themselves: CISOs, consultants, awareness trainers, pen testers and
 * small-firm IT managers in blog posts, LinkedIn posts, podcasts, forums, talks and slides.
 * Written fresh for Rapport (brief V).
 */
export const FRESH_V: readonly RawBlameExample[] = [...FIRST_PART, ...FRESH_V_2];
