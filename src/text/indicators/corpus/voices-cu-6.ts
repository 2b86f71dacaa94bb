import type { RawExample } from "./types.js";

/** IT and security staff in small firms chatting among themselves about the employees they support (team chat). Written fresh for Rapport (brief CU). */
export const VOICES_CU_6: readonly RawExample[] = [
  ["N/A, no real issues.", ""],
  [
    "Honestly the business units push back on everything. Every control needs a three-week negotiation.",
    "conflict feel",
  ],
  [
    "Business units push back, but usually with good reasons. We learn a lot from the arguments.",
    "conflict",
  ],
  [
    "I'm anxious whenever the finance director emails. It's never good news and always my problem.",
    "feel power",
  ],
  [
    "The relationship with finance is strong. We run a joint fraud-awareness session every quarter.",
    "",
  ],
  [
    "Nobody outside IT knows what the security analyst role actually does. I've been asked if I fix printers.",
    "distance",
  ],
  [
    "I'd like leadership to stop introducing us as 'the people who'll tell you off if you click something'.",
    "power comm",
  ],
  [
    "In honesty, we in IT can be a bit arrogant. We assume people don't know things they know perfectly well.",
    "blame:sec comm",
  ],
  [
    "There's an us-and-them culture. I'm not sure which side started it but both keep it going.",
    "conflict blame:sec blame:emp",
  ],
  [
    "When I started, people were wary of IT. Now they come to us first. It took consistency, not magic.",
    "",
  ],
  [
    "Staff work around the controls constantly and management doesn't care enough to stop them.",
    "conflict power blame:emp",
  ],
  ["I can't enforce anything without a director's backing, and I rarely get it.", "power"],
  [
    "Our team is small and overstretched, which means the human side gets neglected. People notice.",
    "distance blame:sec",
  ],
  [
    "Positive overall. Some friction with the creative team over software installs, but we've agreed a process.",
    "",
  ],
  [
    "The creative team still install whatever they want despite the agreed process. I've given up escalating.",
    "conflict feel",
  ],
  ["I don't think we talk down to people. If anything, we assume too much knowledge.", "comm"],
  ["We don't talk down to people, and we explain things clearly. I'm proud of that.", ""],
  [
    "Some of my colleagues in IT absolutely talk down to staff. I've seen the emails.",
    "comm blame:sec",
  ],
  [
    "I wish people would just ask before they do something risky. A five minute chat saves a week of cleanup.",
    "distance",
  ],
  [
    "I worry every day that someone will wire money to a fake supplier and it'll land on me.",
    "feel power",
  ],
  ["The accounts team are the most security-aware people in the company. Credit to them.", ""],
  [
    "I'm tired of being told security is 'everyone's responsibility' when in practice it's only mine.",
    "feel power",
  ],
  [
    "Employees are friendly to my face and then complain about 'IT' to their managers.",
    "conflict feel",
  ],
  [
    "I think the complaints are mostly fair. We've had a rough year with outages and they've been patient.",
    "blame:sec",
  ],
  [
    "I'm embarrassed by how long the laptop refresh took. People were working on five-year-old machines because of us.",
    "feel blame:sec",
  ],
  [
    "Most complaints I get are about slow laptops and the Wi-Fi, which are budget issues rather than anything personal.",
    "",
  ],
  [
    "We get ignored until a customer demands a security questionnaire. Then suddenly we're essential for a week.",
    "distance power",
  ],
  [
    "I'm never consulted on new projects, just handed them to secure after launch.",
    "distance power conflict",
  ],
  ["I've been consulted on every new project this year. Real change from before.", ""],
  ["I get on with everyone, but there's always a line. I'm 'IT', not one of them.", "distance"],
  ["Staff will tell the cleaner about a problem before they tell IT.", "distance"],
  ["It's my job to make security easy, and I haven't done that well enough yet.", "blame:self"],
  [
    "Honestly a lot of users just don't care. They'd share their password with a stranger for a coffee voucher.",
    "blame:emp",
  ],
  ["Users care more than we give them credit for. They just don't know who to ask.", "distance"],
  [
    "I sometimes dread the Monday morning queue, mostly because of how some people talk to us.",
    "feel conflict",
  ],
  [
    "Most people are patient and kind, even when things are broken. I appreciate it more than they know.",
    "",
  ],
  [
    "I'd like the CEO to mention security in a positive way just once, instead of only after an incident.",
    "power comm",
  ],
  [
    "Staff only find out about us through the mandatory training, which is dull and generic. Not a great first impression.",
    "comm distance blame:sec",
  ],
  [
    "We replaced the generic training with short sessions run by our own team. People actually turn up now.",
    "",
  ],
  ["Employees treat the helpdesk like a shop counter. Demand, wait, complain.", "power conflict"],
  [
    "When I ask for information to diagnose an issue, I get 'it just doesn't work'. Every time.",
    "comm feel",
  ],
  [
    "I think I come across as curt on tickets. Working on writing more like a human.",
    "comm blame:self",
  ],
  [
    "Leadership treats security as an IT problem, and IT as a cost centre. Both make my work harder.",
    "power",
  ],
  ["Leadership takes security seriously and includes me in quarterly planning.", ""],
  [
    "I find it demoralising when people bypass the rules and then come to us to fix the damage.",
    "feel conflict blame:emp",
  ],
  ["The MFA rollout went better than expected. Plenty of questions but no real resistance.", ""],
  [
    "The MFA rollout met huge resistance from senior staff who insisted they were 'too busy' for it.",
    "conflict power",
  ],
  [
    "I'd rather have one honest conversation with a department head than send another policy document.",
    "comm",
  ],
  [
    "We rely on department heads to pass messages on, and most don't. Staff hear about changes when their login stops working.",
    "comm",
  ],
  [
    "The rest of the company probably doesn't know what we do. That's partly on us for never telling them.",
    "distance blame:sec",
  ],
  [
    "Being the only security person means I'm either invisible or the villain. There's no middle setting.",
    "distance conflict feel",
  ],
  [
    "I like that people here come and grab me for a chat at my desk instead of logging a ticket for everything.",
    "",
  ],
  [
    "People grab me at my desk instead of logging tickets, which means nothing gets tracked and I get interrupted constantly.",
    "conflict",
  ],
  [
    "I'm worried that our warehouse staff have no idea what to do if they spot something suspicious.",
    "feel distance",
  ],
  ["Honestly I think we could be friendlier. We're a bit of a closed shop.", "distance blame:sec"],
  [
    "We're a closed shop because every time we open up, someone takes advantage and asks for admin rights.",
    "distance blame:emp",
  ],
  ["No complaints. Everyone has been great this year.", ""],
  [
    "Staff seem to think we have some secret kill switch for their accounts. We don't, but the rumour persists.",
    "power",
  ],
  [
    "I have to ask permission from three managers to do something that takes ten minutes. It's infantilising.",
    "power feel",
  ],
  [
    "I worry our policies treat staff like suspects. Most of them have never done anything wrong.",
    "power feel",
  ],
  [
    "Some staff absolutely should be treated as suspects, given what we've found on their machines.",
    "blame:emp power",
  ],
  [
    "I get frustrated when I'm spoken to like the person who fixes the kettle. But it's rare.",
    "power feel",
  ],
  [
    "Sometimes it's me who's short with people. Long days make me impatient and that's not their fault.",
    "blame:self",
  ],
  [
    "Our security updates go out as a monthly email with a long list of CVE numbers. I doubt anyone outside IT reads past line one.",
    "comm",
  ],
  [
    "I'd say our relationship with the clinical staff is good. They're busy, but they respect what we do.",
    "",
  ],
  [
    "Clinical staff don't have time to talk to us, so we end up guessing what they need and getting it wrong.",
    "distance blame:sec",
  ],
  [
    "They only notice security when it gets in the way. Nobody notices the attacks that didn't happen.",
    "conflict distance",
  ],
  [
    "I think I'm too quick to assume people did something wrong when a ticket comes in. I should ask first.",
    "blame:self",
  ],
  [
    "Nobody ever reads the onboarding pack I spent a month writing. I'm not sure it's even handed out.",
    "comm distance feel",
  ],
  [
    "I think our team gets a fair hearing from the business these days. Big change from three years ago.",
    "",
  ],
  [
    "We depend on HR for leavers and joiners, and HR depends on managers who forget. So we're last in a broken chain.",
    "power comm",
  ],
  ["Employees are honestly a pleasure to support. It's the vendors that make my life hard.", ""],
  [
    "If I could change one thing, it's that people would tell us early. Small problems get big while they're being hidden.",
    "distance",
  ],
  [
    "I sometimes catch myself sighing at simple questions. People can hear that and it's not fair on them.",
    "blame:self comm",
  ],
  [
    "They don't need to understand DNS. They need to know who to call, and right now most of them don't.",
    "distance",
  ],
  ["Can't say anything bad about the people here. Sometimes frustrating, always decent.", "feel"],
  [
    "i'd just like one week where nobody calls me 'the IT' like i'm a piece of equipment",
    "power feel",
  ],
  [
    "The office manager and I have a standing Thursday catch-up. Half our problems get solved before they become tickets.",
    "",
  ],
  [
    "Our weekly 'who's clicked what' report goes to line managers. I'm not convinced that's helping anyone trust us.",
    "power blame:sec",
  ],
  [
    "The engineers on site fix their own kit and only tell us after. It's not hostility, it's habit.",
    "distance",
  ],
];
