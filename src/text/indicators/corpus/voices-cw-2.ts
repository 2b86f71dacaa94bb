import type { RawExample } from "./types.js";

/** Managers (team leads, department heads, ops/finance managers, owners of 10-250 staff firms) talking in interviews about IT/security people and their own staff. Written fresh for Rapport (brief CW). */
export const VOICES_CW_2: readonly RawExample[] = [
  ["We had a ransomware scare. IT handled it calmly and kept me updated hourly. Textbook.", ""],
  [
    "Every time I escalate, I get a reply full of jargon and a ticket number, and I end up more wound up than when I started.",
    "comm feel",
  ],
  [
    "The lads on site don't even know we have an IT department. They think the laptops fix themselves.",
    "distance",
  ],
  ["i think we get on alright, maybe a bit distant but nobody's rude", "distance"],
  [
    "Our IT contractor's invoice went up 30 percent and I approved it because I didn't know what to push back on. Kicking myself now.",
    "power blame:self",
  ],
  [
    "The security people treat a lost badge like a crime scene, and my staff are nervous wrecks about it.",
    "power feel",
  ],
  ["My people hide mistakes from IT because they're afraid of the fallout.", "feel distance"],
  ["Nobody hides mistakes from IT here. They've never once made anyone look small.", ""],
  [
    "My team ignore the warnings because there are forty a day. Who could hold that against them?",
    "conflict blame:sec",
  ],
  [
    "The new DLP tool blocks half our client attachments. Sales are furious and so am I.",
    "conflict feel",
  ],
  ["We had a few rows about the VPN when it came in. That's long settled.", ""],
  ["I don't see the point of our security meetings. They read slides at us for an hour.", "comm"],
  ["Our IT lead sits in on my team meetings once a month. Best decision we made.", ""],
  ["Looking back, I signed off on a policy I never read, and my staff paid for it.", "blame:self"],
  [
    "The security team is one guy in Leeds. I've spoken to him once, on a conference call.",
    "distance",
  ],
  [
    "He's clever, I'll give him that, but my team come away from every chat with him thinking they're idiots.",
    "feel comm",
  ],
  [
    "They want me to justify every software licence in writing. For a twelve-quid app.",
    "power conflict",
  ],
  [
    "Staff moan that IT is slow. I've looked at the queue: two people for 180 staff. That's my budget decision.",
    "blame:self",
  ],
  ["I have to beg the MSP for a status update during outages. Beg.", "power comm"],
  [
    "My team actually enjoy the phishing quizzes. The IT guys made them into a league with prizes.",
    "",
  ],
  [
    "A league table of who clicked the phishing link? Pinned on the wall? My staff were humiliated.",
    "feel power",
  ],
  [
    "The new rule is no personal phones on the shop floor. No discussion, just an email on Monday.",
    "comm power",
  ],
  [
    "IT decided we were moving to a new CRM and told us the day before. My sales team revolted.",
    "comm power conflict",
  ],
  ["They're responsive if you're a director. If you're a receptionist, good luck.", "power"],
  [
    "Our IT team are the nicest people in the building, and I'd say that even if they weren't listening.",
    "",
  ],
  ["i honestly dont know who to call if something goes wrong on a weekend", "distance"],
  ["There's a number on a sticker. I've never dialled it.", "distance"],
  [
    "I'm the bottleneck, to be fair. IT send me things to approve and they sit in my inbox for weeks.",
    "blame:self",
  ],
  [
    "My team think IT are spying on them. I don't think they are, but I can't prove it either, and it makes them jumpy.",
    "power feel",
  ],
  [
    "The pen test results came to me as a forty-page PDF with no summary. I didn't read it.",
    "comm",
  ],
  ["Our head of IT argues with my managers in meetings. Not nastily, but constantly.", "conflict"],
  ["They get defensive the second you suggest something could be better.", "conflict"],
  [
    "Nobody wants to be the person who reports their own mistake. There's a lot of fear around it.",
    "feel",
  ],
  [
    "We did a joint workshop, my team and IT, and people were laughing by the end. Really good.",
    "",
  ],
  [
    "Between you and me, I sometimes keep things from IT so they don't shut projects down.",
    "conflict distance",
  ],
  ["Their service is fine. My frustration is with the board, who keep refusing the budget.", ""],
  ["Security is an afterthought here and that's management's fault, meaning mine.", "blame:self"],
  ["They fixed my laptop in ten minutes and showed my PA how to do it next time.", ""],
  ["The compliance officer and my ops team are like cat and dog.", "conflict"],
  ["We don't need them much. When we do, they're quick.", ""],
  [
    "I had to sign that my team had completed the training. Half hadn't. I signed anyway. Not proud of it.",
    "blame:self",
  ],
  [
    "As practice manager I sit between the dentists and the IT company. Both sides think I'm on the other one's team.",
    "conflict",
  ],
  [
    "The IT firm we use for the surgery is great. Same engineer every time, knows the nurses by name.",
    "",
  ],
  [
    "Our nurses are scared stiff of the patient system since IT threatened a disciplinary over a data slip.",
    "feel power",
  ],
  ["the it guy is nice enough but i never know what hes on about", "comm"],
  [
    "Hotel owner here. Reception needs the booking system working at 3am. The IT contractor works nine to five.",
    "conflict",
  ],
  [
    "The partners get white-glove IT support. Paralegals wait days, and they're sick of it.",
    "power feel",
  ],
  [
    "I've asked IT three times to explain why my team can't install a PDF reader. Three non-answers.",
    "comm conflict",
  ],
  [
    "We're a charity with 25 staff and one part-time IT volunteer. I can hardly complain, he does it for free.",
    "",
  ],
  ["Honestly the volunteer who does our IT is a saint, but he does lecture people.", "comm"],
  ["My site managers lose tablets like socks. IT is right to be annoyed with us.", "blame:emp"],
  [
    "The school's network manager and the teaching staff barely speak. He's in his cupboard, they're in classrooms.",
    "distance",
  ],
  ["Our teachers see the network manager as the man who says no.", "conflict"],
  [
    "I run a depot. Drivers' tablets lock after three wrong PINs and IT takes a day to unlock them. Trucks sit idle.",
    "conflict",
  ],
  ["I'm not technical and the security consultant knows it. He uses that.", "power"],
  ["ok so maybe I'm biased but our IT team r the best in the group", ""],
  [
    "It took a data breach for the IT lead and me to have our first real conversation. Shameful on both sides.",
    "blame:self blame:sec",
  ],
  [
    "I get an automated email every morning listing blocked logins. I have no idea what I'm supposed to do with it.",
    "comm",
  ],
  [
    "My accounts team get round the two-factor by keeping the token in a drawer. Everybody knows.",
    "conflict",
  ],
  [
    "I'm not going to pretend my team are angels. They reuse passwords, they share screens with client data up. IT has a point.",
    "blame:emp",
  ],
  [
    "The IT people are very approachable. My apprentice asks them daft questions all day and they never sigh.",
    "",
  ],
  [
    "We used to have an IT manager who sighed at every question. People stopped asking. The new one is the opposite.",
    "",
  ],
  ["Every security change comes as a mass email at 5pm on a Friday.", "comm"],
  [
    "I'm embarrassed to admit I don't know what our backup arrangement is. I just assumed IT had it covered.",
    "feel blame:self",
  ],
  ["Our owner trusts the IT contractor completely. I'm not sure anyone checks his work.", "power"],
  [
    "The shop floor think the new cameras are IT's way of watching them. It's created real tension.",
    "power conflict",
  ],
  ["Security put a banner on every external email. After a month people stopped noticing it.", ""],
  ["I asked for a named contact at the MSP and got a generic support address.", "comm distance"],
  [
    "The MSP gave us a named account manager and she rings me every month. Real person, real answers.",
    "",
  ],
  [
    "They run the audit, they write the findings, they decide the fixes. I just get told the bill.",
    "power comm",
  ],
  [
    "Our finance director approves security spend based on how scary the number in the proposal is.",
    "power",
  ],
  [
    "It's embarrassing, but I clicked the test phishing email myself. Had to own up in front of the whole team.",
    "blame:self feel",
  ],
  [
    "My team was a bit resentful when IT took admin rights away, but honestly I think it was the right call.",
    "feel",
  ],
  ["Took admin rights away and didn't tell a soul. Monday morning was chaos.", "comm conflict"],
  ["Our IT lead is a sweetheart but she's never in. She covers four sites.", "conflict distance"],
  [
    "They asked my opinion before rolling out the new VPN. First time anyone had. Small thing, big difference.",
    "",
  ],
  ["My managers say IT behave like they own the company.", "power"],
  [
    "Let's be fair, my lot make IT's job impossible. They want everything yesterday and won't read a single instruction.",
    "blame:emp",
  ],
  [
    "The instructions IT send are unreadable, so I'm not surprised my lot don't read them.",
    "comm blame:sec",
  ],
  ["We don't have arguments with IT. We don't have anything with IT, really.", "distance"],
  ["I don't avoid the IT team. I just don't need them often.", ""],
  ["Honestly I avoid the IT team. Every visit ends with me getting another job.", "distance"],
  [
    "My reception team are the first line against scams, and they're sharp. They catch more than the filters do.",
    "",
  ],
  [
    "Whenever security finds something they go straight to my director, not me. I find out second hand.",
    "comm power",
  ],
];
