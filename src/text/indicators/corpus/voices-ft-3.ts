import type { RawExample } from "./types.js";

/** Part 3 of batch FT (see voices-ft.ts). */
export const VOICES_FT_3: readonly RawExample[] = [
  [
    "Interviewer note: P50 said, after some hesitation, 'I'm probably a nuisance to them', and that he now avoids contacting security at all.",
    "blame:self distance",
  ],
  ["They explain the why, not just the rule. That makes it much easier to follow.", ""],
  [
    "It's frustrating to learn every new rule and then watch them change it again a month later.",
    "feel",
  ],
  [
    "Interviewer note: P03 became frustrated describing a three-week wait for a software licence; called security 'the blockers'.",
    "feel conflict blame:sec",
  ],
  [
    "As a manager I'll admit some of my people are careless. Most incidents here start with someone clicking something they shouldn't.",
    "blame:emp",
  ],
  [
    "It's me, not them. I never read the security emails properly and then I'm surprised when things change.",
    "blame:self",
  ],
  [
    "Our team keeps a shared spreadsheet of workarounds so we don't have to go to security.",
    "distance",
  ],
  ["Mostly neutral. I skim the monthly newsletter and that's about the extent of it.", "distance"],
  ["They act like we're the weakest link in the whole company.", "blame:emp"],
  [
    "Security is this invisible force. Rules just appear, and nobody knows who wrote them or why.",
    "power",
  ],
  ["I've only dealt with them once, to reset my token, and it was quick and painless.", ""],
  [
    "Honestly the worst part is the jargon. The second worst is that they never seem to be around when you need them.",
    "comm conflict",
  ],
  ["It isn't them versus us. We're on the same side and it feels like it.", ""],
  ["How would they describe us? Probably as busy people who mostly try to do the right thing.", ""],
  [
    "I'm frustrated that security is nowhere to be found until something breaks, and then suddenly they're all over us.",
    "feel comm conflict",
  ],
  [
    "It's a one-way street: they tell, we do. I suppose that's their job, but it doesn't feel like a relationship.",
    "power",
  ],
  ["Sort of helpful. When you can reach them.", "conflict"],
  [
    "We're at their mercy when it comes to access. I once waited four days for a folder permission.",
    "power conflict",
  ],
  [
    "I'm scared to tell them when I make a mistake, because last time I got lectured in front of my whole team.",
    "feel comm",
  ],
  [
    "Honestly I'm the problem as much as they are - I ignore their warnings, and they explain things terribly.",
    "blame:self comm",
  ],
  ["I just sort things out myself these days. Easier than raising a ticket.", "distance"],
  [
    "I feel bad taking up their time with my stupid questions, so mostly I just don't ask.",
    "blame:self feel distance",
  ],
  ["i asked a simple question and got back three paragraphs of jargon plus a lecture", "comm"],
  ["I don't avoid them on purpose; I just never have a reason to talk to them.", "distance"],
  ["Not rude, no. But distant, and they only ever show up with bad news.", "distance comm"],
  [
    "Interviewer note: line manager (finance) says security is 'part of the furniture' in a good way; a named contact attends their team meeting every month.",
    "",
  ],
  [
    "I don't trust them and they don't trust us. It's been like that since the monitoring software went on our machines without warning.",
    "feel power",
  ],
  [
    "As a manager I find them easy to work with; they ask what my team actually needs before proposing controls.",
    "",
  ],
  ["They talk down to us, and then wonder why nobody comes to them.", "comm distance"],
  [
    "Honestly, users are the weak spot. You can buy all the tech you like, people will still write passwords on sticky notes.",
    "blame:emp",
  ],
  [
    "When I forwarded the wrong file to a client they helped me fix it calmly. No drama, no finger-pointing.",
    "",
  ],
  [
    "We used to have a security champion on our floor. Since she left nobody replaced her and we've drifted apart.",
    "distance",
  ],
  ["Kind of intimidating, to be honest. Probably not their fault.", "feel"],
  ["We don't really have contact with them. I couldn't name anyone in that team.", "distance"],
  [
    "Understandable? Not really. The policy documents read like contracts written by engineers.",
    "comm",
  ],
  [
    "What they tell us is understandable. The occasional acronym, but they're happy to spell it out.",
    "",
  ],
  ["There's a constant low-level anxiety about getting something wrong and being flagged.", "feel"],
  [
    "They decide, we comply, and the only time they contact us is to say we've broken something.",
    "power comm blame:emp",
  ],
  [
    "Interviewer note: P53 (team lead) said her staff are 'a bit scared' of security and route everything through her rather than contact them directly.",
    "feel distance",
  ],
  [
    "Interviewer note: P25 laughed and said 'I'm the reason the phishing stats look bad', then admitted she felt stupid after every test.",
    "blame:self feel",
  ],
  [
    "They're not a blocker. When we needed a new file-sharing tool they found an approved one within a day.",
    "",
  ],
  [
    "As a manager, I find it humiliating that my team's decisions get overruled by someone in security who has never met us.",
    "power feel",
  ],
  [
    "They only ever email to tell us off, and it's in language none of us understand.",
    "comm blame:emp",
  ],
  [
    "Don't blame the users - blame whoever designed a login process nobody can follow.",
    "blame:sec",
  ],
  [
    "They hold all the cards. We have to justify every request; they never have to justify anything.",
    "power",
  ],
  [
    "They're not arrogant exactly, but you definitely get the sense they're reviewing you rather than helping you.",
    "power",
  ],
  [
    "Their emails are short and clear. If there's a term I might not know they link to an explanation.",
    "",
  ],
  [
    "I feel small around them. They use words I don't know, don't bother explaining, and I don't dare ask.",
    "feel comm power",
  ],
  ["I'm probably the trouble, to be fair. I forget my password every other week.", "blame:self"],
  ["They don't talk down to anyone, from the interns to the board.", ""],
  [
    "Interviewer note: manager in HR said security 'only turns up when there's a fire', and otherwise her team never hears from them.",
    "comm distance",
  ],
  [
    "Nobody here thinks of the users as the problem. If a phishing mail gets through, the filter missed it too, and that's how they talk about it.",
    "",
  ],
  [
    "Interviewer note: P31 said security 'look at us like we're idiots', though he partly understood why given some colleagues' behaviour.",
    "blame:emp comm",
  ],
  [
    "I'm afraid our team will get blamed if anything leaks, even though we follow every rule.",
    "feel blame:emp",
  ],
  [
    "Interviewer note: P07 described the relationship as 'a partnership, mostly'. Said she pops by their desk when unsure and they always make time.",
    "",
  ],
  [
    "My team sees security as the people who say no. I try to defend them, but it's an uphill battle.",
    "conflict",
  ],
  ["They're the department of no. Half the problems we have, they caused.", "blame:sec"],
  [
    "I wouldn't say we depend on them in a bad way. It's like any other specialist team you go to for expertise.",
    "",
  ],
  [
    "Security keeps saying users are the problem. Meanwhile their own tooling falls over half the time.",
    "blame:emp blame:sec",
  ],
  [
    "Everything goes through the ticket system. In four years I've never actually met a single person from security.",
    "comm",
  ],
  [
    "We clash over remote access all the time. They think it's a risk, we think it's the only way to get anything done.",
    "conflict",
  ],
  ["They're not useless - they're just impossible to reach.", "conflict"],
  [
    "Honestly, not a problem at all. The rollout of the new VPN was explained in plain English and it just worked.",
    "",
  ],
  ["No jargon, no attitude, just help.", ""],
  [
    "We've stopped asking them for anything. They always say no, so we find our own way around it.",
    "distance conflict",
  ],
  [
    "I used to avoid them, but since they started the Thursday drop-in sessions I go most months.",
    "",
  ],
  [
    "From a manager's perspective the relationship is healthy. We have a named contact and a monthly check-in.",
    "",
  ],
  ["Honestly, the relationship wears me out. Every interaction is a battle.", "feel conflict"],
  [
    "The security team think they're above everyone. Ask a question and you get a sigh and a link to a 40-page policy.",
    "power comm",
  ],
  ["I was let down. They promised a fix by Friday and it never came.", "feel"],
  [
    "Interviewer note: P22 (manager) said his team's work is 'reviewed and signed off' by security like homework being marked.",
    "power",
  ],
  [
    "I've heard people say users are the weakest link, but our security team never says that - they call us their best sensors.",
    "",
  ],
  [
    "I'm not angry, just a bit disappointed that they never asked how the new system affects our work.",
    "feel",
  ],
  ["Half our deadlines slip because the security review queue is three weeks long.", "conflict"],
  ["Maybe I'm being unfair, but they seem a bit full of themselves.", "power"],
  [
    "They're not the enemy. But I do feel like a suspect under review every time I need a new app approved.",
    "power",
  ],
  [
    "I never felt they looked down on me. What bothers me is that they never come to see us in person, it's all email.",
    "comm",
  ],
];
