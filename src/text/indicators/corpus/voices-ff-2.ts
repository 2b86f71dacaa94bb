import type { RawExample } from "./types.js";

/** Part 2 of batch FF (see voices-ff.ts). */
export const VOICES_FF_2: readonly RawExample[] = [
  ["security champions call went well, 11 people turned up", ""],
  [
    "we rolled out the new DLP with zero warning. that's why they're furious",
    "blame:self comm conflict",
  ],
  ["just had a lovely chat with the new finance director about risk", ""],
  ["whoever set 'Password1' on the scanner admin, I will find you", "blame:emp feel"],
  ["legacy system can't do MFA, accepted risk, documented", ""],
  [
    "If your incident reports keep saying 'user error', you've stopped investigating. Keep asking why until you reach a control.",
    "",
  ],
  [
    "We spent years calling people the weakest link and then wondered why they stopped talking to us.",
    "blame:self distance",
  ],
  [
    "Honestly, most of the breaches I've worked started with someone who just didn't care about the rules. Nobody forced them, they just couldn't be bothered.",
    "blame:emp",
  ],
  [
    "Our board gives us ten minutes a year. Ten minutes, to cover ransomware, supply chain and compliance.",
    "distance",
  ],
  [
    "I run security for a 60-person architecture practice, and the partners are genuinely engaged. They ask about risk before I do.",
    "",
  ],
  [
    "People aren't the weakest link; they're the most attacked link, and we hand them terrible tools. Give them a password manager and watch what happens.",
    "blame:self",
  ],
  [
    "Look, employees will click anything with a gift card in it. You design around that.",
    "blame:emp",
  ],
  ["I think our profession confuses being strict with being effective.", "blame:self"],
  ["The business here only phones us after a regulator letter arrives.", "comm"],
  [
    "We measure click rates because they're easy, not because they mean anything. Nobody on my team can tell you what a good number is.",
    "blame:self",
  ],
  [
    "The insider cases I've handled were mostly people who were burnt out, not malicious. That changed how I run investigations.",
    "",
  ],
  [
    "Nobody on the exec team could tell you what we actually do all day. Most of them have never met my analysts.",
    "distance",
  ],
  [
    "I've been overruled on every risk decision that cost money this year. The cheap ones, they let me have.",
    "power",
  ],
  [
    "It's humiliating, frankly, to present a critical finding and watch the COO check his phone.",
    "feel distance",
  ],
  [
    "Our developers are excellent at security when we give them the time. These days we usually do.",
    "",
  ],
  ["Security people love their acronyms and then complain that nobody listens.", "comm blame:sec"],
  [
    "I'd rather have ten false alarms reported than one silent click. Reporting is a habit, and habits die if you punish them.",
    "",
  ],
  [
    "In a 15-person law firm the security team is me, part-time, and the senior partner trusts me completely.",
    "",
  ],
  [
    "The clerk who wired the money wasn't careless; our approval process had no second check. That gap was ours to close.",
    "blame:self",
  ],
  [
    "Frankly, some staff treat policies as optional, and until HR backs us, nothing changes.",
    "blame:emp power",
  ],
  [
    "We treat every employee like a suspect and then act surprised that they hide mistakes from us.",
    "blame:self power distance",
  ],
  [
    "My team sits two floors below everyone else and we never get invited to anything. I found out about the office move from the cleaners.",
    "distance",
  ],
  ["I used to think users were idiots. Then I spent a week doing the claims team's job.", ""],
  ["Users are the attack surface, full stop.", "blame:emp"],
  [
    "I'm not sure the business knows our team exists until the email stops working.",
    "distance comm",
  ],
  ["Every time we say no without explaining why, we lose a bit of trust.", "blame:self comm"],
  [
    "Our awareness programme is built with the HR team and it's honestly been a joy. They know the staff, we know the threats.",
    "",
  ],
  [
    "When the CFO says a risk is acceptable, it's acceptable; my job is to make sure she understands it.",
    "",
  ],
  [
    "I'll be blunt: the biggest risk in most firms is a tired person at five on a Friday. They reuse a password, click a link, wave someone through. It adds up.",
    "blame:emp",
  ],
  [
    "Human error turns up in most breach reports because it's the last box anyone ticks. Ask a second question and you usually find a broken process.",
    "",
  ],
  [
    "The MD once told me, in front of my team, that security is 'a cost centre with opinions'.",
    "power conflict",
  ],
  [
    "Nobody likes being told their spreadsheet is a risk, and we tend to say it badly.",
    "blame:self comm",
  ],
  [
    "Our SOC and the frontline staff have a weekly coffee, and reports have tripled. It's cheap and it works.",
    "",
  ],
  [
    "Some of my peers talk about staff as if they're the enemy. I find that embarrassing.",
    "blame:self",
  ],
  [
    "People reuse passwords because we made them change them every 30 days. That one's on us.",
    "blame:self",
  ],
  [
    "Our engineers trust us because we sit in their sprint reviews. We don't review from a distance.",
    "",
  ],
  [
    "I've never once been asked by leadership what keeps me up at night. They ask for a slide, never a conversation.",
    "distance",
  ],
  ["The March phish click wasn't a person failing, it was our filter failing.", "blame:self"],
  [
    "A receptionist stopped a tailgater last month, and I made sure the CEO heard about it. Credit where it's due.",
    "",
  ],
  ["You can't patch people, so stop trying and start designing.", ""],
  ["Staff don't read policies. I don't blame them; ours run to forty pages.", "blame:self"],
  ["Some days I feel like a parking warden nobody asked for.", "feel conflict"],
  [
    "We run tabletop exercises with the warehouse managers twice a year. Last one was a flooded depot scenario, and they ran it better than we did.",
    "",
  ],
  [
    "The business sees us as the department of no, and we earned that reputation.",
    "conflict blame:self",
  ],
  [
    "If people just followed the process, we'd have had zero incidents last year. It's not complicated.",
    "blame:emp",
  ],
  [
    "In my experience, the people who break rules are usually trying to serve a customer. Bend a rule for a client once and you'll get it.",
    "",
  ],
  [
    "Leadership nodded through my presentation, then cut the budget line the next morning. Nobody called to explain.",
    "power comm",
  ],
  [
    "There's a real loneliness to being the only security person in a 120-person firm.",
    "feel distance",
  ],
  [
    "We're trialling plain-English alerts, and calls to the helpdesk have dropped. Turns out people read short sentences.",
    "",
  ],
  [
    "Our insider threat programme is a policy, a log review and a lot of conversations. Not a fancy tool in sight.",
    "",
  ],
  [
    "I've stopped writing 'user failed to' in post-mortems; I write 'the process allowed'. Small change, big difference to who comes forward.",
    "",
  ],
  [
    "Half the phishing clicks come from the same five people, and they know who they are. I've stopped being polite about it.",
    "blame:emp comm",
  ],
  [
    "Honestly, we make people feel stupid when they report something that turns out harmless.",
    "blame:self feel comm",
  ],
  [
    "Our field engineers have better instincts for fraud than my analysts do. They talk to customers every day.",
    "",
  ],
  [
    "I'm proud that our nurses see us as colleagues, not auditors. That took about two years of turning up.",
    "",
  ],
  ["On the show today: why 'user error' is such a lazy conclusion.", ""],
  [
    "I always say the problem with computers is the people using them. Get rid of the people and you get rid of the risk.",
    "blame:emp",
  ],
  ["Can I be honest? I dread the monthly risk meeting, because nobody listens.", "feel distance"],
  ["We joke about PEBKAC, but the joke wears thin when it's the head of HR clicking.", "blame:emp"],
  [
    "Awareness used to be a yearly video here; now it's five-minute chats in team meetings. Attendance is up and so are reports.",
    "",
  ],
  [
    "My honest take: most employees simply don't care, and fear is the only thing that works.",
    "blame:emp power",
  ],
  [
    "I came from the army, so it took me a while to stop giving orders and start asking questions. My first team will tell you I was insufferable.",
    "",
  ],
  [
    "Every ransomware case I've worked had a human in it somewhere, sure, and a missing backup too. Blame the human and you miss the backup.",
    "",
  ],
  [
    "Our CISO reports to the CFO, so every conversation ends up being about cost. Risk only gets heard when it comes with a price tag.",
    "power",
  ],
  ["The lab staff call me Doctor No. I've kind of earned it.", "conflict blame:self"],
  [
    "I love the small firms. You know the receptionist's kid's name, and she tells you when something looks odd.",
    "",
  ],
  [
    "The real insider threat is the admin account nobody remembers creating. That one's an IT housekeeping problem, not a people one.",
    "",
  ],
  [
    "I get properly angry when a vendor calls our people 'the weakest link' in a sales deck. They're the ones who spot half our incidents.",
    "",
  ],
  ["Users will always pick convenience. Always. So we lock everything down.", "blame:emp"],
  [
    "We send alerts that read like a kernel panic and wonder why nobody acts on them.",
    "comm blame:self",
  ],
  [
    "Management pays for the tool, not the people to run it, then asks why it's noisy. It's maddening.",
    "conflict feel",
  ],
  [
    "I spent an hour with a bakery owner going through her till system, best afternoon of my year.",
    "",
  ],
  [
    "When a nurse tells me the screen lock is killing her workflow, I believe her. Then we go and fix the timeout together.",
    "",
  ],
  [
    "Our developers hide things from us, because the last time they told us, we escalated to their VP.",
    "distance blame:self power",
  ],
  ["I don't really know anyone outside IT, if I'm honest.", "distance"],
  [
    "You know what gets me? Being cc'd on the incident after legal has already decided what to say.",
    "power feel",
  ],
  ["People aren't stupid. They're busy.", ""],
  [
    "Insiders are rarely villains; mostly they're people who got a bad email at a bad time. Treat them like suspects and they'll act like ones.",
    "",
  ],
  ["My mate calls users 'the attack vector with a lunch break'.", "blame:emp"],
];
