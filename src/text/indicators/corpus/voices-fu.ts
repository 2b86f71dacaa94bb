import type { RawExample } from "./types.js";
import { VOICES_FU_2 } from "./voices-fu-2.js";
import { VOICES_FU_3 } from "./voices-fu-3.js";

/** Security vendors, conference speakers, trade-press columnists and in-house security officers on employees and users, and how security staff see the relationship, with a quarter employees' answers, written from the label table alone (round 27). Written fresh for Rapport (brief FU). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Humans remain the weakest link in any security chain, and no firewall can patch human stupidity.",
    "blame:emp",
  ],
  ["Your employees are your largest attack surface. Every inbox is an unlocked door.", "blame:emp"],
  [
    "Over ninety percent of breaches start with someone in accounts clicking something they shouldn't have.",
    "blame:emp",
  ],
  [
    "Users will always pick convenience over security, which is why we lock everything down and don't bother asking them.",
    "blame:emp power",
  ],
  [
    "Honestly, I dread the Monday after a bank holiday. Half the company will have clicked on something.",
    "feel blame:emp",
  ],
  [
    "The business treats us like a speed bump. Every control we roll out is met with a barrage of complaints.",
    "conflict",
  ],
  [
    "We only ever hear from sales when a laptop is locked or a deal is stuck in vendor review.",
    "comm",
  ],
  [
    "I mostly reach staff through the policy portal. I can't remember the last time I actually sat down with anyone from marketing.",
    "comm distance",
  ],
  [
    "We don't do walk-throughs any more. If a department wants an exception, it files a ticket and we decide.",
    "distance power",
  ],
  ["Staff don't need to understand why. They need to comply.", "power"],
  [
    "It's exhausting explaining the same MFA steps for the fifth time and still getting the same question back.",
    "feel",
  ],
  ["People call us the department of no. Fair enough, some weeks we are.", "conflict"],
  [
    "Our CISO likes to say the real vulnerability sits between the keyboard and the chair.",
    "blame:emp",
  ],
  ["Another day, another pile of PEBKAC tickets. You can't patch users.", "blame:emp"],
  [
    "We've stopped asking teams what they need; we push the config from the console overnight and they find out in the morning.",
    "distance power",
  ],
  [
    "Most staff have no idea what we do, and frankly that's how it should be. Good security is invisible.",
    "power",
  ],
  [
    "Our service desk answers in plain language, and we test every security notice on a couple of non-technical colleagues before it goes out.",
    "",
  ],
  [
    "When the ransomware scare hit, it was the warehouse crew who pulled the network cables first. They were brilliant.",
    "",
  ],
  [
    "Our staff aren't the weakest link. They report more of the phishing we catch than any of our tools do.",
    "",
  ],
  [
    "In my experience employees want to do the right thing if you give them a workable way to do it.",
    "",
  ],
  [
    "We run a monthly drop-in at the canteen, and people genuinely turn up with questions about their home routers and their kids' phones.",
    "",
  ],
  [
    "The finance team spotted a fake invoice before our mail filter did. Credit where it's due.",
    "",
  ],
  [
    "I've stopped saying 'users'. They're colleagues, and most of them are pretty sharp about risk.",
    "",
  ],
  [
    "If one click from a receptionist can take down the company, that's our architecture failing, not her.",
    "blame:sec",
  ],
  [
    "Blaming people for phishing is lazy. We built the system that lets a single email do that much damage.",
    "blame:sec",
  ],
  [
    "It's not that employees are careless. They're overloaded, and our controls add to the load.",
    "conflict",
  ],
  [
    "Security awareness training is mostly theatre, because people simply don't listen.",
    "blame:emp",
  ],
  [
    "Security awareness training is mostly theatre, and that's on the people who design it, not the people forced to sit through it.",
    "blame:sec",
  ],
  [
    "Talk to any red teamer: the fastest way in is still a friendly phone call to someone who wants to be helpful.",
    "blame:emp",
  ],
  [
    "The weakest link? No. People are the strongest sensor network you'll ever have, if you treat them with respect.",
    "",
  ],
  [
    "I'd love to say we have a partnership with the business, but mostly we're the people who show up after an incident.",
    "comm",
  ],
  [
    "Developers see us as a gate that slows every release, and we see them as the reason we're up at 3 a.m. patching.",
    "conflict blame:emp",
  ],
  [
    "Every time we tighten the proxy, engineering finds a way round it. It's an arms race with our own colleagues.",
    "conflict",
  ],
  [
    "I get genuinely anxious when the board asks about insider risk, because I know how little our staff care.",
    "feel blame:emp",
  ],
  [
    "We sent the new classification policy out three times. Nobody read it. I don't know what else we can do.",
    "feel blame:emp",
  ],
  [
    "Our job is to protect the company from attackers and, frankly, from its own employees.",
    "blame:emp",
  ],
  [
    "Treat every user as a potential insider threat until proven otherwise. That's what zero trust means.",
    "blame:emp power",
  ],
  [
    "Zero trust is about devices and sessions, not about distrusting your colleagues. I wish vendors would stop selling it that way.",
    "",
  ],
  [
    "We monitor every keystroke on privileged machines, and people are told nothing about what we flag.",
    "power",
  ],
  [
    "Honestly we don't have time for coffee chats with departments. We have alerts to triage.",
    "distance",
  ],
  [
    "The marketing people think they know better than us about cloud tools. They don't.",
    "conflict blame:emp",
  ],
  [
    "I sat with the claims team for a week and learned more about real risk than in a year of dashboards.",
    "",
  ],
  [
    "When staff push back on a control, I take it as data. Usually they've found something we got wrong.",
    "",
  ],
  [
    "Some of my colleagues in security talk about employees with real contempt, and it shows in how they write policies.",
    "power",
  ],
  [
    "Our phishing simulations had a twelve percent click rate, which tells me people are the problem we can't firewall.",
    "blame:emp",
  ],
  [
    "Our phishing simulations had a twelve percent click rate, which mostly tells me our lures were unrealistically good.",
    "",
  ],
  [
    "End users are like toddlers with loaded weapons. You childproof the environment because you can't reason with them.",
    "blame:emp power",
  ],
  [
    "I don't think the accountants are stupid. I think we ask them to make security decisions we should have made for them upstream.",
    "",
  ],
  [
    "We publish a quarterly newsletter, but I have no idea if anyone outside IT reads it. Nobody ever writes back.",
    "distance",
  ],
  ["The only time the regional offices ring us is when something is already on fire.", "comm"],
  [
    "We never meet the field engineers in person. Everything goes through the ticketing queue.",
    "comm distance",
  ],
  [
    "I've lost count of the times a manager has told me our rules are stopping their team from hitting targets.",
    "conflict",
  ],
  ["Frankly I'm fed up with being treated as the reason projects are late.", "feel conflict"],
  [
    "The business sees us as an overhead that says no. We see them as reckless. Neither view is entirely wrong.",
    "conflict",
  ],
  [
    "Employees aren't the enemy, but they aren't our friends either. They're a risk to be managed.",
    "blame:emp",
  ],
  [
    "Our role is advisory; the business owns the risk and makes the call. We just make sure they understand it.",
    "",
  ],
  [
    "We have a champion in every department and they meet with us fortnightly. It's made a huge difference to how policies land.",
    "",
  ],
  [
    "People complain our password rules are absurd. To be fair, the 90-day rotation was absurd, and we've dropped it.",
    "",
  ],
  [
    "I find it disappointing how little the sales division cares about the data it carries around on laptops.",
    "feel blame:emp",
  ],
  [
    "There's a lot of fear of us, I think. People don't report incidents because they expect to be punished.",
    "feel power",
  ],
];

export const VOICES_FU: readonly RawExample[] = [...FIRST_PART, ...VOICES_FU_2, ...VOICES_FU_3];
