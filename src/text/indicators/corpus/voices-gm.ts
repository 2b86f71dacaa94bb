import type { RawExample } from "./types.js";
import { VOICES_GM_2 } from "./voices-gm-2.js";
import { VOICES_GM_3 } from "./voices-gm-3.js";
import { VOICES_GM_4 } from "./voices-gm-4.js";

/** Employees of law, accountancy, consulting, architecture and recruitment firms describing the relationship, and how the security staff would describe it, in longer answers (round 32). Written fresh for Rapport (brief GM). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Cordial but distant. I couldn't name anyone on the security team and I doubt they could name me, which is fine right up until something breaks at 11pm the night before a filing deadline.",
    "distance",
  ],
  [
    "They'd probably say we're a nightmare. Partners forwarding obvious phishing emails to the whole department asking 'is this real??' I don't think they're wrong, to be fair, I've done it myself.",
    "blame:emp blame:self",
  ],
  [
    "Good: they respond fast and they don't make a fuss. Bad: nothing much really, the onboarding module was a bit long but that's hardly a complaint.",
    "",
  ],
  [
    "Honestly it's a good relationship. Our security lead sits on our floor two days a week and you can just wander over and ask whether a link looks dodgy. No question gets treated as stupid.",
    "",
  ],
  [
    "Nonexistent. Four years here and the only contact I've had with security is the annual phishing simulation, which I'm told I passed. Couldn't tell you what any of them look like.",
    "distance",
  ],
  [
    "They see us as the weakest link, full stop. Every email from them reads like we're suspects: 'users must not', 'users are reminded', 'non-compliance will be reported to your line manager'.",
    "comm blame:emp",
  ],
  [
    "As a recruiter I live on LinkedIn and the job boards, and every few months one of them gets blocked by the web filter. Each time I raise a ticket, justify why I need it and wait two days. It's an obstacle course.",
    "conflict",
  ],
  [
    "I'm probably their worst customer, I lose my token about twice a year. They're very patient with me though, which I appreciate more than they know.",
    "blame:self",
  ],
  [
    "I feel watched rather than helped. They can see everything I do on my laptop and I have no idea who they are, what they look at or what happens to it.",
    "feel power",
  ],
  [
    "They'd describe it as 'good, users are engaged', because they count how many of us finished the e-learning. Nobody here has actually spoken to one of them in years.",
    "distance",
  ],
  [
    "Not a problem at all, really. The odd password reset is a bit of a pain but they sort it within minutes and they're always cheerful about it.",
    "",
  ],
  [
    "Frustrating. I had a client deliverable stuck in email quarantine for a whole afternoon and nobody in security would pick up the phone. By the time it was released the client had chased twice and my partner was not impressed.",
    "conflict feel",
  ],
  [
    "The good thing is they never make you feel stupid. The less good thing is they're stretched, three people for six hundred staff, so occasionally you wait. I don't hold that against them.",
    "",
  ],
  [
    "I avoid them if I can. If something looks odd on my machine I'll restart it and hope for the best rather than log a ticket and sit through a lecture.",
    "comm distance",
  ],
  [
    "They talk in acronyms. DLP, MFA, EDR, SIEM... I'm a tax adviser, I have no idea what any of that means and I don't think it has ever occurred to them that I wouldn't.",
    "comm",
  ],
  [
    "Mutual respect, I'd say. They understand that client confidentiality is the whole basis of what we sell, so in the end we're on the same side and both of us know it.",
    "",
  ],
  [
    "A bit like pupil and headmaster. They set the rules, we get told off when we break them, and there's no discussion about whether the rules make sense for how we actually work.",
    "comm power",
  ],
  [
    "Worried, honestly. Since the ransomware attack at a rival firm everyone's on edge, and security keep sending alarming emails without ever saying what we should actually do differently.",
    "comm feel",
  ],
  [
    "They would say we're cooperative, and I'd agree. We do what's asked, they explain why it's asked, and when something goes wrong both sides deal with it calmly instead of pointing fingers.",
    "",
  ],
  [
    "Good overall, though I'll admit I'm the one who keeps forgetting to lock my screen when I go to the printer. They've caught me twice now and left a polite sticky note.",
    "blame:self",
  ],
  [
    "Our security lot are useless. They block perfectly legitimate client sites and let actual spam straight through to my inbox.",
    "conflict blame:sec",
  ],
  [
    "It's not that they're rude, they're never rude. It's just that I never see them. To me the security team is an email address and a ticket number.",
    "comm distance",
  ],
  [
    "Bad: the VPN drops every time I'm working at a client site and the answer is always 'works fine on our end', ticket closed. Good: er, they're polite about it?",
    "conflict",
  ],
  [
    "Transactional. I need something, I raise a ticket, it gets done. That suits me perfectly well, I don't need a relationship with them beyond that.",
    "",
  ],
  [
    "They'd probably call us architects a pain, because we need huge file transfers to contractors and keep finding workarounds like personal WeTransfer accounts. Which, yes, is exactly what they told us not to do.",
    "blame:emp blame:self",
  ],
  [
    "The consultants here think of security as the department of no. Any new tool a client asks us to use, the answer is no, then maybe in six weeks after a risk assessment nobody reads.",
    "conflict",
  ],
  [
    "Never had a bad experience with them. They ran a lunch-and-learn on phishing last spring that was actually fun, with real examples sent to our own firm.",
    "",
  ],
  [
    "We only hear from them when there's been an incident or someone's in trouble. I can't think of a single positive thing they've ever communicated to the office.",
    "comm",
  ],
  ["I think they think we're idiots.", "blame:emp"],
  [
    "Pretty dependent, to be honest. If my access to the document management system breaks I can't bill a single hour, and I'm entirely at the mercy of whoever happens to pick up the queue that day.",
    "power",
  ],
  [
    "One of our partners openly calls IT security 'a cost centre that exists to slow us down'. Most of the associates quietly agree with him, even if they wouldn't say it in a meeting.",
    "conflict blame:sec",
  ],
  [
    "Relationship? I don't think there is one. They do their thing somewhere in the building, I do mine, and in three years our paths have crossed exactly once, at a fire drill.",
    "distance",
  ],
  [
    "Good: clear guidance before I travelled, they gave me a clean loaner laptop for the China trip and briefed me in ten minutes. Bad: nothing I can think of.",
    "",
  ],
  [
    "I'm a bit scared of them. Last year a colleague clicked a fake invoice and was hauled into a meeting with HR in the room. Nobody here wants to be next.",
    "feel power",
  ],
  [
    "They're not the problem, we are. Half the office uses the same password with a different number on the end and then acts surprised when accounts get compromised.",
    "blame:emp blame:self",
  ],
  ["Friendly enough on the rare occasions we speak. The rare part is the issue.", "distance"],
  [
    "They'd call it 'a partnership', that's the word on every slide they present. It doesn't feel much like a partnership when you're informed of a decision a week after it was made.",
    "power",
  ],
  [
    "Excellent. Our CISO came to the partners' away day and explained the threats in plain English with real cases from our sector. People actually listened, which is rare at an away day.",
    "",
  ],
  [
    "I think they see themselves as gatekeepers and the rest of us as the barbarians at the gate.",
    "power blame:emp",
  ],
  [
    "Slightly tense. We want speed, they want control, and by now both sides are a bit sick of the other.",
    "conflict feel",
  ],
  [
    "I've stopped reporting suspicious emails. The last three times I got an auto-reply and then nothing at all. What's the point?",
    "feel distance",
  ],
  [
    "They explain things well. When I asked why we can't use USB sticks, one of them walked me through what happened at a firm down the road. It made complete sense after that.",
    "",
  ],
  [
    "Bad: the mandatory courses every quarter. Good: I suppose I can now spot a phishing email from across the room, so they've clearly done something right.",
    "",
  ],
  [
    "Distant but professional. They answer when asked and they're perfectly civil, but if I'm honest I'd like to see more of them around the office rather than just their names at the bottom of policy emails.",
    "distance",
  ],
  [
    "They don't understand how an audit works. The policies are written for someone at a desk in our own building, then we're on site at a client with no wifi and the policy is impossible to follow.",
    "conflict",
  ],
  [
    "I'd say good; they'd probably say 'could do better'. I did click the test link in March, so I can't really argue.",
    "blame:self",
  ],
  [
    "Equals? No. They can lock my account at any moment and I can't do a thing about it, and in eleven years I've never once been asked for input on a policy that affects my work.",
    "power",
  ],
  ["It is what it is. I don't need them and they don't need me.", "distance"],
  [
    "They respond to tickets within the hour and they'll stay on the line until it's sorted, even if that means staying late. Can't fault them.",
    "",
  ],
  [
    "Every conversation with them starts with what I did wrong. Never 'thanks for reporting it', always 'why did you open it in the first place'.",
    "comm blame:emp",
  ],
  [
    "The whole thing makes me anxious. I'm never sure whether I'm breaking some rule I've never heard of, and I only find out when a warning pops up.",
    "feel",
  ],
  [
    "Not bad, not great. The people themselves are nice enough and always reply politely; the systems they've put in are clunky, but I accept that's probably a budget thing rather than their fault.",
    "",
  ],
  [
    "Humans are always going to be the weak point, so I actually appreciate the training. I'd rather be told off in a simulation than be the one who brings the whole firm down.",
    "blame:emp",
  ],
  [
    "Good, honestly. Not once have they talked down to me, even when I asked what I now realise was an embarrassingly basic question about attachments.",
    "",
  ],
  [
    "They'd say 'fine', but they'd mean 'nobody reads our emails'. Which is fair, I don't.",
    "distance blame:emp blame:self",
  ],
  [
    "No real relationship. Everything goes through the general IT helpdesk, and I've no idea whether the actual security people are in London, Mumbai or at an outsourced vendor somewhere.",
    "distance",
  ],
  [
    "The bad bit is how they roll things out. MFA arrived over a weekend with a two-line email, and on Monday half the office couldn't log in before client calls.",
    "conflict comm",
  ],
  [
    "I do feel like a servant to the system. I fill in the forms, I do the training, I ask permission for every piece of software, and nobody ever asks what would work for us.",
    "power",
  ],
  [
    "I quite like them, actually. One of them helped me set up my home router at no notice when I was locked out the evening before a hearing. Above and beyond.",
    "",
  ],
  [
    "They treat every request as a threat. I asked for access to a shared folder for a six-week secondment and got a twelve-question risk form back.",
    "conflict",
  ],
];

export const VOICES_GM: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GM_2,
  ...VOICES_GM_3,
  ...VOICES_GM_4,
];
