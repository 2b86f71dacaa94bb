import type { RawExample } from "./types.js";

/** Part 2 of batch FU (see voices-fu.ts). */
export const VOICES_FU_2: readonly RawExample[] = [
  [
    "We don't name and shame anyone for failing a simulation, and reporting rates have doubled since we stopped.",
    "",
  ],
  [
    "We publish the names of the departments with the worst phishing scores on the intranet. A bit of shame works wonders.",
    "blame:emp power",
  ],
  [
    "Our analysts speak a language the rest of the company simply doesn't, and we've never really tried to translate.",
    "comm",
  ],
  [
    "I'll admit our advisories are full of CVE numbers and acronyms nobody outside the team understands.",
    "comm",
  ],
  [
    "The security bulletin now has a two-line summary in plain English at the top. Feedback has been really positive.",
    "",
  ],
  ["Sometimes I think the staff resent us, and sometimes I can't blame them.", "feel"],
  [
    "We're not here to police people. We're here so they can work safely without having to think about it too much.",
    "",
  ],
  ["Security is a team sport, and the team includes everyone with a badge.", ""],
  [
    "The problem with users is that they think security is someone else's job. Usually mine.",
    "blame:emp",
  ],
  [
    "It's demoralising. We block a thousand attacks a day and all anyone remembers is that we made them reset a password.",
    "feel",
  ],
  [
    "I genuinely like our staff. They're curious, and they ask good questions at the lunch-and-learns.",
    "",
  ],
  ["Most incidents I've handled came from unclear processes, not from careless people.", ""],
  [
    "If your security depends on nobody ever making a mistake, you don't have security, you have hope.",
    "",
  ],
  [
    "The old guard in our SOC still refer to staff as lusers. I've asked them to stop, without much success.",
    "blame:emp",
  ],
  [
    "Our relationship with HR is good. They tell us about leavers in time and we help them with their investigations.",
    "",
  ],
  [
    "We don't have a relationship with the shop floor at all. They're on shift, we're on days, and the two never meet.",
    "distance",
  ],
  [
    "People work around us because we make things hard. That's a design failure on our part.",
    "conflict blame:sec",
  ],
  [
    "I'm worried our staff will click on the first convincing deepfake that comes along, and there's nothing we can do about it.",
    "feel blame:emp",
  ],
  [
    "Engineering ignores our reviews, then comes running when the pen test fails.",
    "conflict comm blame:emp",
  ],
  [
    "We review every app request centrally. Teams wait, sometimes weeks, but that's the price of control.",
    "power conflict",
  ],
  [
    "Departments have to justify every single exception to us in writing, and most get rejected.",
    "power",
  ],
  ["The business is our customer. If they can't get their work done, we've failed.", ""],
  [
    "We're a small team and we can't be everywhere, so a lot of staff have simply never spoken to any of us.",
    "distance",
  ],
  [
    "Our security team is a black box to most of the company. Decisions come out; reasons don't.",
    "power comm",
  ],
  ["I'm not saying people are dumb. I'm saying they're human, and humans are easy to fool.", ""],
  ["People are gullible, lazy and distracted. Design your controls accordingly.", "blame:emp"],
  [
    "There's no point consulting staff on security changes. They'll just object to everything.",
    "blame:emp distance conflict",
  ],
  [
    "The legal team and security actually get on well; we write the data handling rules together.",
    "",
  ],
  [
    "Every town hall I get five minutes to talk about security and people visibly switch off.",
    "distance feel",
  ],
  [
    "We hired a comms person for the security team and suddenly people understood what we were asking.",
    "",
  ],
  ["Some days I feel like a parking warden. Nobody is pleased to see me.", "feel conflict"],
  [
    "Employees are not the problem, but complacency is. And complacency lives in every department, including ours.",
    "",
  ],
  [
    "Insiders cause more damage than outside hackers ever will, so watch your people closely.",
    "blame:emp power",
  ],
  [
    "Half my week is spent chasing managers for access reviews they never finish on time.",
    "conflict",
  ],
  [
    "Users lie on the training quiz, share passwords with their team and then act surprised when we find out.",
    "blame:emp",
  ],
  [
    "The nurses aren't careless. They share logins because the system takes four minutes to switch user during a shift.",
    "blame:sec",
  ],
  ["The clinical staff share logins because they refuse to follow basic rules.", "blame:emp"],
  [
    "I'm not frustrated with staff at all, but I am frustrated with a budget that never lets us fix the tools they complain about.",
    "",
  ],
  [
    "When a developer pushes back on us now, I go and sit with them. Nine times out of ten we agree within the hour.",
    "",
  ],
  [
    "Honestly I avoid the trading floor. Every visit turns into a list of grievances about blocked sites.",
    "distance conflict",
  ],
  [
    "We deliberately keep the detection rules secret from staff. The less they know the better.",
    "power",
  ],
  ["Our users are our first line of defence, not our last line of failure.", ""],
  [
    "It's never the users' fault. OK, sometimes it's the users' fault. But mostly it's ours.",
    "blame:sec",
  ],
  [
    "The frontline staff are brilliant. It's middle management that treats security as someone else's problem.",
    "blame:emp",
  ],
  [
    "We meet the operations leads every Tuesday, and when something goes wrong they call us first, not last.",
    "",
  ],
  [
    "I fear the day one of our interns accidentally shares the whole customer database on a public link.",
    "feel blame:emp",
  ],
  [
    "The helpdesk tells people to 'clear their cache and re-auth their token' and wonders why nobody follows up.",
    "comm",
  ],
  ["We talk down to people. I've heard analysts on calls sighing at basic questions.", "comm"],
  [
    "None of my team would ever sigh at a basic question. Basic questions are how we find the gaps.",
    "",
  ],
  [
    "Security teams are often arrogant, and that arrogance makes employees hide their mistakes.",
    "power feel blame:sec",
  ],
  ["Staff are terrified of our audits, which is a sign we've got the tone wrong.", "feel power"],
  [
    "Our audits are collaborative. Teams see the findings before anyone else and help write the fixes.",
    "",
  ],
  [
    "We don't expect staff to become experts. We just want them to tell us when something looks odd, and they do.",
    "",
  ],
  [
    "I don't bother going through the business for approval any more. I just fix the misconfigurations myself and move on.",
    "distance",
  ],
  [
    "The board wants metrics on human error, so we count clicks. It turns people into numbers on a blame chart.",
    "blame:emp",
  ],
  ["Every major breach in the last decade had a human at its root. Change my mind.", "blame:emp"],
  [
    "Users don't read warnings. We've proven it. So we've stopped writing them.",
    "blame:emp distance",
  ],
  ["I'm not sure staff even know we exist until something gets blocked.", "comm distance"],
  [
    "We might be the most disliked department in the building, and I understand why.",
    "feel conflict",
  ],
  [
    "Our employees are smart people doing hard jobs; the least we can do is not waste their time.",
    "",
  ],
];
