import type { RawExample } from "./types.js";

/** Part 3 of batch FU (see voices-fu.ts). */
export const VOICES_FU_3: readonly RawExample[] = [
  [
    "The bigger the company, the dumber the users. That's been my experience in twenty years of consulting.",
    "blame:emp",
  ],
  [
    "I've been in rooms where the business heads openly mock our team as useless box-tickers.",
    "blame:sec feel",
  ],
  [
    "Employees see IT security as a tax on their day, and I'm tired of arguing the point.",
    "conflict feel",
  ],
  [
    "Our staff surveys show most people trust the security team and find us easy to reach. That wasn't true three years ago.",
    "",
  ],
  [
    "I'd describe our relationship with the business as cautious. Nobody's hostile, but nobody seeks us out either.",
    "distance",
  ],
  [
    "They see us as the police. We see ourselves as the fire brigade. It makes for awkward conversations.",
    "conflict",
  ],
  [
    "People don't trust us with their mistakes, and to be honest I wouldn't either, given how we've handled some.",
    "feel blame:sec",
  ],
  [
    "When I started here the CISO told me: never explain a control, it only invites debate.",
    "power comm",
  ],
  [
    "Staff can book fifteen minutes with any of us, no ticket needed. The slots fill up every week.",
    "",
  ],
  [
    "It is not a problem at all to get hold of us, but getting people to actually act on the advice is another matter.",
    "conflict",
  ],
  [
    "Our helpdesk is polite enough, though staff tell us the security pages on the intranet read like a legal contract.",
    "comm",
  ],
  [
    "Some users are careless, sure, but I've never seen a breach where only the user was to blame.",
    "",
  ],
  [
    "I think the sales people hate us. Every new CRM plug-in they want, we say wait.",
    "conflict feel",
  ],
  [
    "Security leaders need to get out of the SOC and onto the shop floor. Hiding behind dashboards helps nobody.",
    "distance",
  ],
  [
    "We send one annual training module and leave it at that. People have day jobs, and so do we.",
    "distance",
  ],
  [
    "Our vulnerability reports go straight to the team leads and the fixes mostly land within the sprint. It works.",
    "",
  ],
  [
    "I feel a bit like a servant to the business some days: fix this, unblock that, no thanks, no context.",
    "power feel",
  ],
  [
    "The business holds all the cards. We flag the risk, they accept it, and we clean up afterwards.",
    "power feel",
  ],
  [
    "Our staff aren't careless, they're just never told what good looks like. That's our failing.",
    "blame:sec",
  ],
  [
    "Shadow IT is everywhere because our procurement process takes four months. I don't blame the teams one bit.",
    "conflict blame:sec",
  ],
  [
    "Teams buy their own SaaS tools behind our back and then expect us to secure them when things go wrong.",
    "distance blame:emp conflict",
  ],
  [
    "I'd rather have ten staff reporting false alarms than one staying quiet because they're embarrassed.",
    "",
  ],
  [
    "A good security culture isn't about fear; people here ask us things because they know they won't be judged.",
    "",
  ],
  ["Our engineers speak to the product teams every day. There's no us and them.", ""],
  [
    "Frankly, most staff couldn't identify a phishing email if it was labelled PHISHING in red.",
    "blame:emp",
  ],
  [
    "We keep telling people, and they keep not listening. It's like talking to a wall.",
    "feel blame:emp comm",
  ],
  ["The perception that security is an obstacle is real, and it's partly earned.", "conflict"],
  [
    "I wouldn't call it a bad relationship, just a distant one. We don't really have reasons to talk outside incidents.",
    "distance comm",
  ],
  [
    "The security team are really approachable. I messaged them about a weird email and someone called me back within ten minutes.",
    "",
  ],
  [
    "Whenever I ask IT anything I get a wall of acronyms and a link to a policy nobody can read.",
    "comm",
  ],
  [
    "I'm honestly scared to report it if I click a bad link. I'd probably get hauled into a meeting.",
    "feel power",
  ],
  [
    "When the work laptop blocks something I just use my own. Easier than dealing with them.",
    "distance conflict",
  ],
  ["They're never condescending, even when my question is obviously a basic one.", ""],
  [
    "Honestly it's probably me. I'm hopeless with passwords and I keep locking myself out.",
    "blame:self",
  ],
  ["IT are useless. They block everything and fix nothing.", "blame:sec conflict"],
  [
    "We never see them. They're just the name on the email telling us our password expires.",
    "distance comm",
  ],
  [
    "Not a problem at all, they're friendly, but it takes three days to get any answer out of them.",
    "conflict",
  ],
  ["I feel like I have to beg for admin rights just to install a PDF reader.", "power"],
  ["they explained the new VPN in a way even my gran would get. top marks", ""],
  [
    "The only time I hear from security is when I've failed one of their fake phishing tests.",
    "comm",
  ],
  [
    "I think they see us as a bunch of idiots who can't be trusted with a USB stick.",
    "blame:emp feel",
  ],
  [
    "Good relationship, really. They pop by our floor now and then and ask how things are going.",
    "",
  ],
  [
    "I'd describe it as 'us and them'. They make the rules in their office and we live with the consequences.",
    "power distance",
  ],
  [
    "It's frustrating when a deadline is looming and a file I need is stuck in quarantine with no one to ask.",
    "feel conflict",
  ],
  ["I don't really have a relationship with them. I've never needed to.", "distance"],
  [
    "I don't understand half of what they send. Something about 'endpoint posture' - no idea what that means for me.",
    "comm",
  ],
  ["Their emails are short and clear these days, I actually read them.", ""],
  [
    "Positive experience: I lost my phone abroad and they wiped it and sorted a new one in a day, no lecture.",
    "",
  ],
  [
    "Negative experience: I asked why a site was blocked and got told 'policy' and nothing else.",
    "comm power",
  ],
  ["I'm a bit worried I'll get into trouble for the things I don't know I'm doing wrong.", "feel"],
  ["They'd probably describe us as a nuisance, to be honest.", "blame:emp"],
  ["I reckon they'd say we're fine, mostly, a few people who click on everything.", ""],
  [
    "Im the problem lol, I forward everything to them because Im never sure if its spam",
    "blame:self",
  ],
  ["They're helpful, though I always feel a bit stupid asking them things.", "feel"],
  [
    "The security people are a mystery to me. No idea who they are or what they actually do all day.",
    "power distance",
  ],
  [
    "Bad side: everything takes forever to get approved. Good side: when it's approved it just works.",
    "conflict",
  ],
  [
    "I used to think they were just there to say no, but after the training day I get why the rules exist.",
    "",
  ],
  [
    "They treat us like suspects. Every login gets logged and every download gets questioned.",
    "power feel",
  ],
  ["Not condescending exactly, but they do assume we know more than we do.", "comm"],
  [
    "I don't feel judged when I call them. They just fix it and tell me how to avoid it next time.",
    "",
  ],
  [
    "Our department stopped asking IT for anything. We found our own file-sharing tool and it works fine.",
    "distance",
  ],
  [
    "I get annoyed that they lock my screen after two minutes. It's like they don't know what our job involves.",
    "feel conflict",
  ],
  [
    "Security helped us set up the client portal properly. Honestly one of the better projects I've worked on.",
    "",
  ],
  [
    "They only come to our floor when something has gone wrong, and then it's like an inspection.",
    "comm power",
  ],
  [
    "I'm sure they're doing their best, but I've no clue how to contact them apart from raising a ticket.",
    "distance comm",
  ],
  ["I think they feel we don't take it seriously, which isn't entirely unfair.", "blame:self"],
  ["Very helpful. I can't think of a bad experience.", ""],
  [
    "They talk to us like we're children. 'Don't click the scary link' - thanks, I'm 45.",
    "comm feel",
  ],
  ["It's fine. I don't think about them much and they don't think about us.", "distance"],
  [
    "I was dreading telling them I'd emailed a spreadsheet to the wrong client, but they were kind about it and walked me through the fix.",
    "",
  ],
  [
    "Their rules make my job twice as hard and nobody there seems to care.",
    "conflict blame:sec feel",
  ],
  ["I'm not worried about them at all. They feel like part of the team.", ""],
  [
    "Whose fault is it when I fall for a scam email? Mine, I suppose. I should've looked more carefully.",
    "blame:self",
  ],
  ["The new guy in security actually comes to our stand-ups now. Big improvement.", ""],
  [
    "Honestly, dealing with IT security makes me feel powerless. I just wait and hope they approve it.",
    "power feel",
  ],
  ["I rarely need them, but when I do they're quick and clear.", ""],
  [
    "We've had a lot of clashes over the encryption rollout. They think we're lazy, we think they're out of touch.",
    "conflict blame:emp blame:sec",
  ],
  [
    "If I'm honest I just ignore most of their emails now. There are too many and they all sound the same.",
    "distance",
  ],
];
