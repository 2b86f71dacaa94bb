import type { RawExample } from "./types.js";

/** Managers (team leads, department heads, ops/finance managers, owners of 10-250 staff firms) talking in interviews about IT/security people and their own staff. Written fresh for Rapport (brief CW). */
export const VOICES_CW_4: readonly RawExample[] = [
  [
    "Our head of IT presented the budget in plain numbers, with what each line protects. Easiest approval I've ever done.",
    "",
  ],
  [
    "My team get treated like suspects every time a file goes missing, and they resent it.",
    "power feel",
  ],
  [
    "The security lead came to our team meeting and asked what annoyed us about the rules. Then he changed two of them.",
    "",
  ],
  [
    "I can't get IT to prioritise my department. We're always behind payroll and the directors.",
    "conflict",
  ],
  ["Nobody in my department could tell you who the data protection officer is.", "distance"],
  ["She's our DPO, she sits two desks from me, and she's been a godsend during the audit.", ""],
  [
    "I thought the auditors were coming for us. Turns out IT had flagged our team as high risk without telling me.",
    "comm power",
  ],
  [
    "The IT contractor only talks to the owner. The rest of us are an afterthought.",
    "power distance",
  ],
  [
    "I'm the owner and yes, I'm the one the contractor talks to. I should share more with the team. That's on me.",
    "blame:self",
  ],
  [
    "My staff don't report phishing any more because last time someone did, IT took her laptop away for two days.",
    "distance conflict",
  ],
  [
    "The whole office was told to change passwords 'immediately' with no reason given. Cue panic.",
    "comm feel",
  ],
  [
    "IT said 'trust us'. I do, mostly. But it's not much of an answer to give an auditor.",
    "comm power",
  ],
  ["Our network guy is a genius and a terrible teacher. Both things are true.", "comm"],
  ["kinda think our it team hates us tbh", "feel"],
  [
    "My operations staff are practical people. If the secure way takes longer they'll find another way, and I won't always stop them.",
    "conflict",
  ],
  [
    "If security makes the job harder, that's a security problem, not a people problem.",
    "blame:sec",
  ],
  ["If people keep making the same mistake, maybe the people are the problem.", "blame:emp"],
  [
    "I have no idea what IT does with the logs of my team's browsing. Nobody's ever said.",
    "power comm",
  ],
  ["IT showed my team exactly what gets logged and what doesn't. Cleared up a lot of rumours.", ""],
  ["I've never once had a one-to-one with anyone from security. In six years.", "distance"],
  ["The MSP sends me a monthly report. It's all green. I don't know what green means.", "comm"],
  [
    "Whenever anything goes wrong it's IT's fault, according to my team. They're quick to point fingers and I don't always stop them.",
    "conflict blame:self",
  ],
  [
    "IT are overworked and I'm one of the reasons. Every request from me is marked urgent.",
    "blame:self",
  ],
  ["Lovely, but they talk to us like we're five.", "comm power"],
  [
    "We had a breach in 2021. IT handled it, but nobody ever explained to us what happened, and people are still uneasy about it.",
    "comm feel",
  ],
  [
    "I approved a zero-trust project last quarter. I've nodded through every meeting about it and I still couldn't explain it.",
    "power",
  ],
  ["I'm not bothered by the jargon. I just ask what it means, and they tell me.", ""],
  [
    "Our IT is outsourced to a firm two hundred miles away. We've never met any of them.",
    "distance",
  ],
  [
    "Our outsourced IT drive over every quarter, walk the floor and chat. People look forward to it.",
    "",
  ],
  ["My team see security awareness week as a punishment.", "feel power"],
  ["Good relationship overall. The odd grumble, nothing serious.", ""],
  [
    "Staff are frightened of getting something wrong and being named in the monthly report.",
    "feel power",
  ],
  [
    "When the ransomware hit our supplier, our IT lead called every manager personally. I won't forget that.",
    "",
  ],
  [
    "Our security chap has a habit of replying-all to point out people's mistakes. Publicly. Every time.",
    "comm power",
  ],
  [
    "I told my team to stop moaning about the VPN and just use it. IT is right on this one.",
    "conflict",
  ],
  ["IT support is a form on the intranet. No phone number, no name, no face.", "comm distance"],
  [
    "The security people are like the tax office. You only hear from them when you're in trouble.",
    "comm power",
  ],
  [
    "I run a dental lab with twelve people. The IT bloke is also my brother-in-law. Works fine, mostly.",
    "",
  ],
  [
    "Honestly the worst part is the waiting. My staff wait for IT, I wait for IT, the customers wait for us.",
    "conflict feel",
  ],
  [
    "I was too proud to ask what a firewall rule was. Approved it anyway. It broke our card terminal.",
    "blame:self power",
  ],
  [
    "Our IT manager and my operations manager fell out two years ago and they still only talk through me.",
    "conflict distance",
  ],
  [
    "The IT team are lovely. My sales staff are the ones who make it awkward, always demanding, never thanking.",
    "blame:emp power",
  ],
  [
    "I'm worried my people are too scared to ask IT for help, and I'm not sure how to fix that.",
    "feel distance",
  ],
  [
    "We trialled a no-finger-pointing rule for reporting mistakes. Reports tripled. IT and my team both love it.",
    "",
  ],
  ["They decide what software we're allowed. They don't ask what we need.", "power comm"],
  ["It's a bit us and them, I'd say. Not hostile, just separate.", "distance"],
  ["It's us and them, and it's getting nastier.", "conflict distance"],
  ["Our security team reports straight to the CEO and acts like it.", "power"],
  [
    "My assistant does more IT support than IT does. She just taught herself all of it.",
    "distance blame:sec",
  ],
  [
    "I've got people who've worked here ten years and still can't lock their screen. I'm not defending that.",
    "blame:emp",
  ],
  ["Sorry, but 'users are the weakest link' is lazy. Ours are smart. The systems are clunky.", ""],
  [
    "We're audited twice a year and every time it's a surprise to my team because IT never passes on the dates.",
    "comm blame:sec",
  ],
  ["I asked for a plain-English summary of the pen test and had one within a day. Brilliant.", ""],
  ["there's no point asking IT, they'll just say it's a security risk", "conflict distance"],
  [
    "Honestly? Some of my staff treat the IT team like servants. I've had to step in.",
    "power blame:emp",
  ],
  [
    "The IT guys are invisible until something breaks, and then they're everywhere.",
    "comm distance",
  ],
  [
    "We approved the budget for a security officer, hired one, and I still don't know what she's working on.",
    "comm distance",
  ],
  ["Our IT lead sends a weekly two-line update. 'Fixed this, working on that.' Perfect.", ""],
  [
    "The new access policy means my team leads have to ask permission to see their own team's files. It's insulting.",
    "power feel",
  ],
  ["I get the reasoning behind the new access policy. IT walked us through it. It's fine.", ""],
  ["My people aren't stupid, they're busy. IT keeps forgetting the difference.", "blame:sec"],
  [
    "I'm caught in the middle. My team hate the rules, IT won't bend, and I'm the one everyone shouts at.",
    "conflict feel",
  ],
  ["Security folk here are a law unto themselves.", "power"],
  [
    "They shut down my team's shared inbox without warning over 'suspicious activity'. No follow-up since.",
    "comm power",
  ],
  [
    "I didn't read the security policy before signing it. I don't think anyone in management did.",
    "blame:self",
  ],
  ["The helpdesk staff are patient with my older workers. Really patient.", ""],
  ["My older workers get talked down to by the helpdesk. It upsets them.", "comm feel"],
  [
    "We're a 60-person architecture practice. One IT guy, no security person. Nobody seems worried, which worries me.",
    "feel",
  ],
  [
    "I sort most problems out myself before IT even hears about them. Quicker that way.",
    "distance",
  ],
  [
    "One of my team leaders calls IT the department of no. I've heard him say it in front of clients.",
    "conflict blame:sec",
  ],
  ["I side with IT nine times out of ten. My team would be shocked to hear it.", ""],
  ["IT and I disagree on risk appetite. We argue it out, we settle, we move on. It's healthy.", ""],
  [
    "Security won't tell me how they picked the staff who got the extra monitoring. That bothers me.",
    "power comm feel",
  ],
  ["We never see the security team, and to be honest we don't miss them.", "distance"],
  [
    "I have asked IT to join our planning days for two years. They never come. It's disheartening.",
    "distance feel",
  ],
  ["The CIO is polite to me and rude to my staff. I've noticed.", "power"],
  [
    "my team's fine with IT, it's me who gets irritated if i'm honest. i want things faster than they can do them",
    "feel blame:self",
  ],
  [
    "Compliance wants everything in writing. My engineers want to talk. They meet in the middle, badly.",
    "conflict comm",
  ],
  [
    "Our auditors praised the working relationship between IT and operations. That was nice to hear.",
    "",
  ],
  [
    "What bugs me is being asked to enforce rules I don't understand. I look like a fool to my own team.",
    "comm feel",
  ],
  [
    "IT wanted a week of downtime in our busiest month. We fought over it, they moved it. Fair play.",
    "conflict",
  ],
  [
    "The security lead presented to the whole department. Clear, short, no scare tactics. People asked questions!",
    "",
  ],
  ["We're told 'security reasons' about everything. It's become a joke.", "comm"],
  [
    "My junior staff think IT is watching every keystroke. Nobody's told them otherwise.",
    "power comm",
  ],
];
