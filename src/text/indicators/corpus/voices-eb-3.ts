import type { RawExample } from "./types.js";

/** Security and IT staff on employees, managers and their own position: survey answers, interview quotes, workshop remarks. Written fresh for Rapport (brief EB). */
export const VOICES_EB_3: readonly RawExample[] = [
  ['We deliberately stopped using the word "user" in our comms. They\'re colleagues.', ""],
  [
    "Some of the lads on the helpdesk roll their eyes at every call from the care homes. I get it, it's the same five problems over and over.",
    "feel",
  ],
  [
    "The care home managers are overworked and the tablets are ancient. Nobody's at fault there.",
    "",
  ],
  [
    "The previous IT provider set every client up with the same local admin password. Every single one.",
    "blame:sec",
  ],
  [
    "I've had staff cry on the phone because they thought they'd be sacked for clicking a link.",
    "feel power",
  ],
  [
    "We made sure everyone knows: report it and you will never be in trouble for it. Reporting went up threefold.",
    "",
  ],
  ["There's still this idea that IT sits upstairs judging everyone's browsing history.", "power"],
  [
    'Leadership wants a "security culture" but won\'t give me ten minutes at the all-hands.',
    "conflict",
  ],
  [
    'I finally got five minutes at the all-hands and the CEO introduced me as "the person who stops you having fun".',
    "conflict feel",
  ],
  [
    "The remote sales reps connect from hotel Wi-Fi without the VPN because it drops every ten minutes. Can't blame them. It's a rubbish VPN and we chose it.",
    "conflict blame:self",
  ],
  [
    'When staff message me on Slack I try to answer within the hour, even if it\'s just "on it".',
    "",
  ],
  [
    "Email from us gets ignored. Walk over to someone's desk and it's sorted in two minutes.",
    "distance",
  ],
  [
    "People assume IT knows every app inside out. I don't know how your CRM's mail merge works, Karen.",
    "conflict feel",
  ],
  [
    "Being the only IT person means you're everyone's friend right up until you say no.",
    "conflict",
  ],
  [
    "The agency's creative team think passwords are optional. Their idea of a strong one is the client's name plus 123.",
    "blame:emp",
  ],
  [
    "We do post-incident reviews with the people affected. No blame, just what happened and what we change.",
    "",
  ],
  [
    "I wish I didn't sound like a robot in writing. Face to face I'm fine, but my emails are terse.",
    "comm blame:self",
  ],
  [
    "Security should be invisible when it works. The trouble is, invisible also means nobody knows who to ring.",
    "distance",
  ],
  [
    "The surveyors out in the field have no idea who we are. To them we're a voice on the phone telling them to restart.",
    "distance",
  ],
  [
    "I get the feeling the managers only pretend to care about security when the auditors are in the building.",
    "distance blame:emp",
  ],
  ["Honestly, I think we get a fair hearing from most departments.", ""],
  [
    "The research staff wanted full admin on every machine. When I said no, one of the professors wrote to the vice-chancellor about me.",
    "conflict power",
  ],
  [
    "We're forever the bottleneck. Access requests sit with my team for a week because we're short-staffed and we don't prioritise them.",
    "conflict blame:self",
  ],
  [
    "I'm the one who botched the mailbox migration. People lost calendar entries for a week and I heard about it, rightly.",
    "blame:self",
  ],
  [
    'When someone reports a phish they get an automated "thanks" with a ticket number. That\'s it. We should do better than that.',
    "comm blame:self",
  ],
  ['It\'s frustrating that people use the "report phishing" button as a spam folder.', "feel"],
  ["The warehouse manager and I have a standing coffee every fortnight. Saves a lot of grief.", ""],
  [
    "I've been called an arrogant prick by a VP. To my face. In a meeting about printer access.",
    "conflict feel",
  ],
  [
    'Maybe I was arrogant. I\'d told him twice that his request was "not how it works" without ever saying why.',
    "comm blame:self",
  ],
  [
    "Our SOC vendor emails alerts straight to staff with no context. People panic and call me at home.",
    "comm feel blame:sec",
  ],
  [
    "There's no relationship at all between security and the shop staff. They're on rotas, we're nine to five, we never overlap.",
    "distance",
  ],
  [
    "The store managers are actually pretty sharp on physical security. Sharper than head office, frankly.",
    "",
  ],
  ["People here don't hate IT. They've just given up expecting much from us.", "feel distance"],
  [
    "We've got a security champion in each department now. Twelve volunteers, which I didn't expect.",
    "",
  ],
  [
    "I'm fed up being the fall guy when a project misses its date because nobody looped security in until week ten.",
    "conflict feel blame:emp",
  ],
  [
    "Half the staff think \"the cloud\" means it's backed up. I don't blame them; nobody ever told them otherwise.",
    "comm",
  ],
  ["The marketing manager pushes, I push back, and we land somewhere sensible. It works.", ""],
  [
    "If I'm honest, the helpdesk shields the security team from the users. We rarely talk to anyone directly.",
    "distance",
  ],
  ["We get on fine with the lawyers. They know we're not interested in reading their files.", ""],
  ["Interns are the worst. They'll plug in anything they find in the car park.", "blame:emp"],
  ["The intern who found a USB stick in the car park brought it straight to us. Textbook.", ""],
  [
    "There's a running joke that I live in the server room. I sort of do. People don't really see me otherwise.",
    "distance",
  ],
  [
    "I'd like staff to feel they can ask me anything without looking stupid. I don't think we're there yet.",
    "feel",
  ],
  [
    'Our awareness course talks down to people. "Don\'t click on links!" Thanks, very helpful, well done us.',
    "comm blame:self",
  ],
  ["I haven't had a single complaint about the new password manager. Shocked, honestly.", ""],
  [
    "When budgets get cut, security training is the first thing to go, and then the execs ask why people keep falling for scams.",
    "blame:emp",
  ],
  [
    "Every time I enforce a rule, someone senior finds a way round it and tells everyone else they can too.",
    "conflict power",
  ],
  [
    "The consultants have a lot of clout in this hospital. If one of them says a system's in the way, it goes.",
    "conflict power",
  ],
  [
    "I never speak to the night cleaners, yet they're the ones who see the unlocked screens at 2am.",
    "distance",
  ],
  [
    'We need to stop writing "as per policy 4.2.1" in our replies. It means nothing to anyone.',
    "comm blame:self",
  ],
  ["Nobody outside my team understands what I actually do, and I've accepted that.", "distance"],
  [
    "Most people here are careful. The handful who aren't get a friendly chat, not a disciplinary.",
    "",
  ],
  [
    "HR refuses to put security in onboarding, so new starters only ever meet me once they've broken something.",
    "conflict comm",
  ],
  [
    "I think the call-centre staff are scared of me. I'm six foot four and I only turn up when something's gone wrong.",
    "comm feel",
  ],
  ["The accountants take every security question as an accusation.", "conflict"],
  ["Very proud of the finance team. Eighteen months without a successful phish.", ""],
  [
    "I used to think the operations team were careless. Turns out they shared an account because we'd never given them individual ones.",
    "blame:self",
  ],
  [
    "The big problem is I can't see what people need until it's already a complaint.",
    "comm distance",
  ],
  ["Our MSP engineer is great. Shows up, explains things, leaves notes.", ""],
  [
    "The security lead before me was hated. Staff still flinch when I introduce myself.",
    "feel blame:sec",
  ],
  [
    "Security awareness month went fine. Decent turnout, a few good questions, nothing dramatic.",
    "",
  ],
  [
    "A manager asked me to pull his team's browsing logs to see who was slacking. I refused. That isn't what monitoring is for.",
    "conflict power",
  ],
  ["I will die on the hill of not making people change their passwords every thirty days.", ""],
  [
    "Our stance on personal phones is confusing, I'll admit. Even my own team give different answers.",
    "comm blame:self",
  ],
  ["We're tolerated. Not liked, not hated. Tolerated.", "feel"],
  [
    "The bakery staff don't care about IT, and why would they? They care about the ovens.",
    "distance",
  ],
  [
    "i feel like nobody reads the outage notices and then they ring to ask if there's an outage",
    "distance",
  ],
  ['When I joined, staff had a nickname for the IT office: "the bunker". It\'s stuck.', "distance"],
  [
    "I explained the new badge rules at each team huddle. Took a week, but nobody was surprised on the day.",
    "",
  ],
  ["The board treats cyber as my problem, full stop. It isn't. It's a business risk.", "distance"],
  [
    "We keep telling people to report suspicious emails and then take three days to reply. No wonder they've stopped bothering.",
    "distance blame:self",
  ],
  [
    "Friday drinks are where I learn what people really think of IT. Mostly it's fine. Occasionally, ouch.",
    "",
  ],
  ["Good people, mostly.", ""],
  ["They don't read anything we send.", "distance"],
  ["Too many tickets, not enough hands. Standard.", ""],
  ["Staff are generally cooperative.", ""],
  ["Managers think the rules don't apply to them.", "power"],
  ["We're understaffed and users feel it. Long waits, short answers.", "conflict comm"],
  ["Relations are okay. Better than last year.", ""],
  ["Users are lazy about updates. Postpone, postpone, postpone.", "blame:emp"],
  ["We forced overnight restarts and the update backlog cleared. No drama.", ""],
  [
    "The forced overnight restarts wiped a day of unsaved work for two architects. We should have warned them.",
    "conflict blame:self",
  ],
  ["Nobody ever says thank you. You only hear from anyone when it goes wrong.", "comm feel"],
  [
    "Our security team writes policy from an ivory tower and the helpdesk eats the consequences.",
    "power blame:sec",
  ],
];
