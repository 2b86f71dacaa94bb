import type { RawExample } from "./types.js";

/** Part 2 of batch FB (see voices-fb.ts). */
export const VOICES_FB_2: readonly RawExample[] = [
  ["warehouse guys are my fave, honestly", ""],
  ["Nobody invites security to project kickoffs.", "distance"],
  ["the lawyers win every argument. every one", "power conflict"],
  ["patched 80 laptops over the weekend, no drama", ""],
  ["human error is a symptom not a cause", ""],
  ["felt like a narc running that audit", "power"],
  ["most of our people want to do the right thing", ""],
  ["Devs see us as the fun police.", "conflict"],
  ["three weeks, still no reply from facilities", "distance"],
  ["our team is too small to be everywhere, but we try", ""],
  ["ppl are scared to tell us when they click", "feel"],
  ["comms team helped us rewrite the alert, big improvement", ""],
  [
    "At our 12-person dental practice, I'm the IT person, the security person and the one who orders the printer ink.",
    "",
  ],
  [
    "Our vendor's slide deck has a cartoon of a user as a hole in a castle wall, and I refused to show it.",
    "",
  ],
  [
    "The honest reason we don't talk to the shop floor is that none of us speak Polish and most of them don't speak English.",
    "distance",
  ],
  [
    "Our users have learned to expect a lecture every time they call us, so they've stopped calling.",
    "comm distance",
  ],
  [
    "I spent an hour with the payroll clerk watching her workflow and came away with four fixes for our side.",
    "",
  ],
  ["I'd trust our receptionist with a suspicious phone call more than any filter we own.", ""],
  [
    "Security awareness vendors make their money by convincing CISOs that employees are idiots.",
    "blame:sec",
  ],
  [
    "The head of research told me my job is to say yes and fix whatever breaks afterwards.",
    "power",
  ],
  ["When someone reports a phish that turns out to be a real newsletter, we still thank them.", ""],
  ["I have never once had a user thank me for blocking something.", "feel"],
  ["Our people are not the problem; our ancient VPN is.", ""],
  [
    "Every quarter I present to the leadership team and every quarter they look at their phones.",
    "distance",
  ],
  [
    "Our warehouse staff share one login on the packing terminal because the scanner times out, and that's our design flaw, not theirs.",
    "blame:self",
  ],
  ["We're a six-person agency; security is a Slack channel and a lot of common sense.", ""],
  [
    "The marketing team signed up for eleven SaaS tools last quarter without telling anyone.",
    "blame:emp distance",
  ],
  ["I keep a bowl of sweets on my desk and it's the best security control I've ever deployed.", ""],
  ["The engineers in Pune rarely hear from us except in the annual compliance email.", "comm"],
  [
    "Our awareness training is written by lawyers, for lawyers, and everyone else clicks through it in four minutes.",
    "comm",
  ],
  [
    'The board wants a number for "human risk" and I\'m not convinced that number means anything.',
    "",
  ],
  [
    "Honestly I find the accounts team exhausting; every request is urgent and every rule is optional.",
    "feel blame:emp",
  ],
  [
    "The new starters in Toronto came in already using password managers, which made onboarding easy.",
    "",
  ],
  [
    "Frankly, if the partners keep forwarding client files to personal accounts, we will get fined and it will be their doing.",
    "blame:emp",
  ],
  ["We run blameless post-mortems, and that includes when the cause is a person.", ""],
  [
    "I'm the only one who reads the SIEM alerts, and nobody else here needs to know what a SIEM is.",
    "",
  ],
  [
    "We asked staff what annoyed them most about us. The top answer was that our emails all sound like threats, which stung, but they weren't wrong.",
    "comm feel blame:self",
  ],
  [
    "Our CFO got phished last year and nobody yelled at him. He now runs the finance team's fraud briefing himself.",
    "",
  ],
  [
    "I've been told by the COO not to \"bother\" department heads with security questions during Q4. So I don't, and then Q1 is a mess.",
    "power distance",
  ],
  [
    'The problem with "users are the weakest link" is that it lets the people who design systems off the hook. I design systems.',
    "blame:self",
  ],
  [
    "Our IT contractor shows up once a month and nobody knows his name. He has the keys to everything.",
    "distance power",
  ],
  [
    "We moved the security team's desks from the basement to the main floor. Questions went up fivefold within a month.",
    "",
  ],
  [
    "Half the hospital staff think I'm from the government. The other half think I'm from HR, which is worse.",
    "distance",
  ],
  [
    "Our policy says no personal devices, and every single consultant uses their personal phone anyway. At some point the policy is wrong, not the consultants.",
    "conflict blame:self",
  ],
  [
    "I used to think the sales team didn't care. Then I sat with them for a day and realised our VPN drops every time they leave a client site.",
    "blame:self",
  ],
  [
    "Our staff are sharp. Last month a junior accountant questioned a change-of-bank-details email and saved us forty grand.",
    "",
  ],
  [
    "They only ever hear from me when I'm announcing a new restriction. I wouldn't like me either.",
    "comm blame:self",
  ],
  [
    'A vendor tried to sell me "employee risk scoring" today. I don\'t want to rank my colleagues like credit applicants.',
    "",
  ],
  [
    "The operators at the water plant know their systems better than I ever will. My job is to ask them good questions.",
    "",
  ],
  [
    "I've stopped going to the all-staff meeting. Every time I stand up, people groan before I've said a word.",
    "distance feel",
  ],
  [
    "After the ransomware scare, the managing partner gave us a seat at the weekly partners' meeting. Game changer.",
    "",
  ],
  [
    "Users keep ignoring the banner that says EXTERNAL in red. At this point the banner is wallpaper, and that's our fault.",
    "blame:self",
  ],
  [
    "Some people in this firm will approve any MFA push if you send it enough times. They just want the buzzing to stop.",
    "blame:emp",
  ],
  [
    "We share a kitchen with the customer service team, and half my best tips come from chats by the kettle.",
    "",
  ],
  [
    "Our internal audit team treats every employee like a suspect. I'm security, and even I find it uncomfortable.",
    "power",
  ],
  [
    "I'll be honest, I feel looked down on by the surgeons. They sign the forms without reading them and wave me out of the room.",
    "feel power",
  ],
  ["users aren't stupid, our UX is", "blame:self"],
  ["not distant from staff at all, I sit w them", ""],
  ["the insider threat talk was solid, very humane", ""],
  ["accounts payable = my favourite humans", ""],
  ["they never listen. never.", "distance"],
  ["CEO rolled his eyes at my slide", "feel"],
  ["bit grumpy today but the team's been lovely", ""],
  ["awareness month went well actually", ""],
  ["i dont even know who runs the Leeds office", "distance"],
  ["no one reads the AUP. no one.", "distance"],
  ["hr always backs the employee, never us", "power"],
  ["Errors are data, not sins.", ""],
  ["staff here r honestly great", ""],
  ["sent the alert in plain english this time", ""],
  ["we dont blame, we fix", ""],
  ["director bypassed me and bought the tool anyway", "power"],
  ["being the only IT person in a 9-person office is lonely", "distance"],
  ["Engineers treat our tickets like spam.", "distance"],
  ['hate how ppl whisper "IT\'s here" when I walk in', "power feel"],
  ["the old guard still hates MFA", "feel"],
  ["Still learning who's who in the new Lisbon office, everyone's been welcoming", ""],
  ["security should be boring for users", ""],
  ["patient, kind, and always quick - our helpdesk tbh", ""],
  ["im the bottleneck, i know", "blame:self"],
  ["ppl ask me before installing stuff now 🎉", ""],
  [
    'The phrase "human firewall" makes me wince, because nobody asked the humans if they wanted to be one.',
    "",
  ],
  ["We built our incident form so a cleaner can fill it in on a phone in thirty seconds.", ""],
  [
    "I told the partners the audit log would show who opened which client file, and the room went cold.",
    "power feel",
  ],
];
