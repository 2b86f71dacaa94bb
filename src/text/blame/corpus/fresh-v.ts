import { FRESH_V_2 } from "./fresh-v-2.js";
import { FRESH_V_3 } from "./fresh-v-3.js";
import type { RawBlameExample } from "./types.js";

/** First part of batch V (see FRESH_V below). */
const FRESH_V_1: readonly RawBlameExample[] = [
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
];

export const FRESH_V: readonly RawBlameExample[] = [...FRESH_V_1, ...FRESH_V_2, ...FRESH_V_3];
