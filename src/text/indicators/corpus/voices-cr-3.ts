import type { RawExample } from "./types.js";

/** Admin and support staff answering survey questions on warnings, phishing tests, mistakes and workarounds. Written fresh for Rapport (brief CR). */
export const VOICES_CR_3: readonly RawExample[] = [
  // Q5: How do you feel about security warnings and phishing tests?
  ["I don't mind the phishing tests. Caught me once and I've been more careful since.", ""],
  [
    "They feel like a trap. Designed to catch us out so someone can put numbers in a report.",
    "power feel",
  ],
  [
    "I failed one and got enrolled on mandatory training with my manager copied in. Humiliating.",
    "feel power",
  ],
  ["The warnings pop up so often I click OK without reading them now.", "distance"],
  ["I think the tests are fair. People here really do click on everything.", "blame:emp"],
  [
    "The fake email was about a pay rise. Sent to payroll. During a pay freeze. That was just cruel.",
    "feel conflict",
  ],
  [
    "Every external email has a big red banner now. Our suppliers are all external. So every email is red.",
    "conflict",
  ],
  [
    "Honestly I'm terrified of failing one. I check every email three times and it slows me right down.",
    "feel conflict",
  ],
  ["I quite like them, it's a bit of a game in our office who spots it first.", ""],
  [
    "They sent a test pretending to be HR announcing redundancies. We had to deal with the panic. Nobody warned us.",
    "conflict power feel",
  ],
  ["Warnings are fine, it's the tone. 'YOU HAVE BEEN PHISHED' in giant letters.", "comm feel"],
  ["I click everything, I'm awful at spotting them. Failed about four now.", "blame:self"],
  ["The tests feel like checking up on us rather than teaching us anything.", "power"],
  ["Useful, I think. You get a short explanation afterwards of what you should have spotted.", ""],
  [
    "I don't trust any email now, including the real ones from IT. Which is sort of ironic.",
    "feel",
  ],
  [
    "The warnings are constant and vague. 'This message may be suspicious.' Well, is it or isn't it?",
    "comm",
  ],
  ["If you fail, your name goes on a list. They deny it but everyone knows.", "power feel"],
  ["Good idea, but the follow-up training is patronising.", "comm power"],
  ["I reported one of their tests and got a 'well spotted' email back. Small thing, but nice.", ""],
  ["Annoying, but I understand why. It's the world we live in.", "feel"],
  [
    "I failed one while covering reception on my own with a queue of visitors. Nobody took that into account.",
    "feel conflict",
  ],
  ["staff WILL click on things, the tests just prove it", "blame:emp"],
  [
    "I'm so worried about clicking something bad that I ask colleagues to open attachments for me.",
    "feel",
  ],
  [
    "They should spend less time tricking us and more time fixing the things that are actually broken.",
    "blame:sec",
  ],
  ["Phishing tests don't bother me. I delete anything I'm not expecting.", ""],
  [
    "The fake parcel one got me. Reception gets real parcel emails all day. Of course I clicked.",
    "conflict feel",
  ],
  ["My fault, every time. I'm rubbish at spotting them and I know it.", "blame:self feel"],
  ["There are so many warnings I've stopped seeing them.", "distance"],
  ["No explanation when you fail, just a link to a thirty-minute course.", "comm"],
  ["The tests are fine. Three a year, no names named, results shared by team only.", ""],
  [
    "I actually asked for more tests for my team after we nearly paid a fake invoice. Worth it.",
    "",
  ],
  [
    "The warnings are written for IT people. 'Untrusted certificate.' What am I meant to do with that?",
    "comm",
  ],
  ["It's fine now, they've toned down the gotcha approach and made it about learning.", ""],
  [
    "We joke about it, but some people here genuinely get upset when they fail one. That's not right.",
    "feel",
  ],
  ["Honestly couldn't care less. If I click, I click.", "distance"],
  [
    "I failed a test in my first week and the follow-up was a friendly two-minute video. No drama.",
    "",
  ],
  [
    "The tests showed me how easy it is to get caught. I'm more careful now and grateful for it.",
    "",
  ],
  ["I don't like being tested on something I was never properly taught.", "comm feel"],
  [
    "They seem to enjoy catching people out. Results get shared round like a league table.",
    "power feel blame:sec",
  ],
  ["I'm constantly second-guessing myself. Is this real? Is that real? It's exhausting.", "feel"],
  ["Most people in this building are too trusting, so honestly the tests are needed.", "blame:emp"],
  [
    "I clicked a fake one and felt so stupid I didn't tell anyone, just quietly did the course.",
    "feel blame:self distance",
  ],
  ["Not a fan. But the real scams have got scarier, so I see why they do it.", ""],
  ["The warning banners have gone from useful to wallpaper.", "distance"],
  [
    "Their warnings about CEO fraud are good. I'm a PA and I've had two real attempts this year.",
    "",
  ],
  ["i always fail them lol. hopeless", "blame:self"],
  [
    "A test that looks exactly like our real payroll provider isn't a test, it's a trick. We're meant to trust that provider.",
    "conflict blame:sec",
  ],

  // Q6: What happens when you make a mistake, like clicking a link or emailing the wrong person?
  [
    "I report it straight away and they sort it. No finger-pointing, just fix it. I really appreciate that.",
    "",
  ],
  [
    "I sent a payslip to the wrong person once. IT's reply was so cold I still feel sick thinking about it.",
    "feel comm",
  ],
  ["Depends who picks it up. Some are kind, some make you feel like a criminal.", "feel power"],
  ["I'd try to fix it myself before telling anyone, to be honest.", "distance"],
  ["I keep it quiet. The last person who owned up got talked about for weeks.", "feel distance"],
  [
    "Everyone assumes it's the user's fault first. Even when the system sent it to the wrong list.",
    "blame:emp conflict",
  ],
  [
    "I panicked when I clicked a dodgy link, but the guy on the phone was calm and talked me through it.",
    "",
  ],
  [
    "I'm always the one who messes up. I'm sure they roll their eyes when my name comes up.",
    "blame:self feel",
  ],
  [
    "You get an email from security, your manager gets copied in, then there's a meeting. For one click.",
    "power comm",
  ],
  ["Nothing happens. Nobody even noticed, which worries me more.", "feel"],
  ["I'd own up. They've been fair with me in the past.", ""],
  [
    "When I messed up a distribution list they fixed it and suggested a setting so it wouldn't happen again. Proper help.",
    "",
  ],
  [
    "I'd rather own a mistake to my manager than to IT. My manager won't lecture me.",
    "power comm distance",
  ],
  ["It was 'we covered this in the training'. Yes, a year ago, in a video.", "comm blame:emp"],
  ["The mistake was mine, I'll admit. I was rushing and didn't check the address.", "blame:self"],
  [
    "Every mistake is treated as an Incident with a capital I. Forms, meetings, the lot.",
    "power conflict",
  ],
  [
    "They said it was down to me for forwarding a virus that their own filter let through.",
    "blame:sec blame:emp conflict",
  ],
  [
    "I made a right mess of the shared drive permissions once and they fixed it without a word of judgement.",
    "",
  ],
  ["I feel awful every time. I know I'm the weak spot in this office.", "blame:self feel"],
  [
    "Mistakes get fed back months later in an audit report. By then I can't remember what happened.",
    "comm distance",
  ],
  ["I was told it was 'a training issue'. Which I think means me.", "blame:emp feel"],
  ["The response is usually fine. It's the waiting to hear back that's horrible.", "feel"],
  ["I just don't tell them any more. It's easier.", "distance"],
  ["Honestly they've been understanding. I'm the one who beats myself up.", "blame:self"],
  [
    "They said I'd caused a 'breach'. I didn't know what that meant till I looked it up, then I properly panicked.",
    "comm feel",
  ],
  [
    "When I clicked a bad link the first thing they said was 'thanks for telling us so fast'. Made owning up easy.",
    "",
  ],
  [
    "People make mistakes here because they're overworked, not stupid, but security never sees that.",
    "blame:sec conflict",
  ],
  [
    "I was called into a room with my line manager and someone from IT I'd never met. Felt like a disciplinary.",
    "power feel",
  ],
  ["Mine was fixed quickly and they checked in a week later to see I was ok. Very human.", ""],
  [
    "I'm the kind of person who always emails the wrong Sarah. I've just accepted it.",
    "blame:self",
  ],
  [
    "People hide mistakes here because they're scared of IT. That's the real risk if you ask me.",
    "feel distance",
  ],
  ["It was my fault and they were professional about it. Lesson learned.", "blame:self"],
  [
    "They talked about 'remediation' and 'containment' and I just wanted to know if I was in trouble.",
    "comm feel",
  ],
  [
    "Someone in accounts paid a fake supplier last year. The whole office was treated like suspects afterwards.",
    "blame:emp power feel",
  ],
  ["Nothing dramatic. Quick call, password reset, done.", ""],
  ["You're made to feel like you've personally let the whole company down.", "feel power"],
  [
    "I sent the salary spreadsheet to the whole team instead of my manager. Worst day of my working life, and entirely my own doing.",
    "blame:self feel",
  ],

  // Q6b: Do you ever work around the security rules? Why?
  [
    "Yes. I email files to my personal address to work from home because the VPN is so unreliable.",
    "conflict blame:sec",
  ],
  ["No, never. Not worth the risk.", ""],
  ["We share one login on reception because getting everyone their own took months.", "conflict"],
  ["Sometimes I write passwords down. There are too many and they change too often.", "conflict"],
  [
    "I photograph documents on my own phone because the scanner's been broken since March and nobody's fixed it.",
    "conflict blame:sec",
  ],
  ["I used to, but since they made file sharing easier I don't need to.", ""],
  ["Everyone works around something. The rules don't match the job.", "conflict"],
  ["I'd never dream of it, I'm terrified of getting caught.", "feel power"],
  [
    "When the MD wants a file on his personal iPad I'm not going to argue with the MD. IT can argue with him.",
    "conflict power",
  ],
  ["Yes, and I'm not proud of it. I'm just too slow with the proper way.", "blame:self conflict"],
  [
    "People here do whatever's quickest. They don't care about security at all.",
    "blame:emp distance",
  ],
  ["Not really, the rules here are pretty sensible.", ""],
  [
    "I use WhatsApp with suppliers because Teams is blocked for external people. I asked, got no answer.",
    "conflict comm",
  ],
  [
    "Facilities props the fire door open for deliveries because the badge system keeps failing. Security know and do nothing.",
    "conflict blame:sec",
  ],
  ["Not deliberately. But I don't know all the rules, so who knows.", "comm"],
  ["I did once and felt guilty for a week. Told IT in the end and they were nice about it.", ""],
  [
    "Only because it's the only way to get payroll out on time. They leave us no choice.",
    "conflict blame:sec",
  ],
  [
    "I don't bother asking permission any more. The answer's always no, so I just find another way.",
    "distance conflict",
  ],
  [
    "We all use the same password for the shared mailbox. It's on a post-it. Nobody's ever told us not to.",
    "comm",
  ],
  ["i dont work around anything, i just dont use the system", "distance"],
  [
    "Yes, but I'd stop tomorrow if they gave us something that actually worked.",
    "conflict blame:sec",
  ],
  ["I'd rather not answer that one, in case it gets back to them.", "feel power"],
  ["No. I asked IT for a proper solution and they set one up within a week.", ""],
  ["Not me, but the temps do. Nobody gives them logins for days so they borrow ours.", "conflict"],
  [
    "Sometimes I forward stuff to my Gmail. I know I shouldn't. I'm just lazy about it.",
    "blame:self",
  ],
  [
    "They know we do it. They just pretend not to, because fixing it would mean talking to us.",
    "distance blame:sec",
  ],

  // Q6c: What do you think of the company-wide security messages?
  [
    "They're needed. Some people in this building would give their bank details to anyone who asked nicely.",
    "blame:emp",
  ],
  ["Fine. Short, readable, occasionally even funny.", ""],
  [
    "They're pitched at the lowest common denominator, which I suppose is fair given who clicks.",
    "blame:emp",
  ],
  ["I read them. Then I forget them. That's my failing, not theirs.", "blame:self"],
  ["Good. Last month's one about fake invoices stopped us paying one.", ""],
  [
    "They go on about 'human error' as if it's the only risk. Their own servers went down twice last month.",
    "blame:sec blame:emp",
  ],
  [
    "Honestly the warnings are necessary, my colleagues open anything with URGENT in the subject line.",
    "blame:emp",
  ],
  ["I like the monthly one with a real example. Makes it feel less abstract.", ""],
  ["I'm the sort who needs reminding every week, so I don't mind them at all.", "blame:self"],
  [
    "Every message starts 'Unfortunately some colleagues have...' We know who they mean. Us.",
    "blame:emp feel",
  ],
  ["Reasonable. Not too many, not too few.", ""],
  [
    "The last one said 'users remain our biggest vulnerability'. Lovely thing to read over your cornflakes.",
    "blame:emp feel",
  ],
  ["theyre ok, i skim them, im terrible for that", "blame:self distance"],
  [
    "The posters in the kitchen work better than the emails, honestly. People actually look at them.",
    "",
  ],
  ["Useful. You can tell they've put thought into making them readable for non-techy people.", ""],
];
