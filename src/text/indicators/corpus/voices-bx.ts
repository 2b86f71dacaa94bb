import type { RawExample } from "./types.js";
import { VOICES_BX_2 } from "./voices-bx-2.js";
import { VOICES_BX_3 } from "./voices-bx-3.js";
import { VOICES_BX_4 } from "./voices-bx-4.js";

/** Security leads, part-time CISOs, IT managers and security champions in firms of 20-250 people, on staff and management. Written fresh for Rapport (brief BX). */
const FIRST_PART: readonly RawExample[] = [
  ["I only find out about new software when the invoice lands on my desk.", "power"],
  ["The MD bought a whole CRM without asking me once. I found out from the sales team.", "power"],
  [
    "Honestly the directors treat me as the bloke who fixes printers, not someone with a view on risk.",
    "power",
  ],
  [
    "Staff see me coming down the corridor and close their laptops. Like I'm a traffic warden.",
    "distance",
  ],
  ["We ran a lunch-and-learn on phishing, ordered pizza for thirty, four people came.", "distance"],
  ["I'm included in every procurement decision now, right from the shortlist stage.", ""],
  ["Users will click literally anything with the word invoice in it.", "blame:emp"],
  [
    "Our finance director asks me in for quarterly reviews and actually listens. That took two years to build.",
    "",
  ],
  [
    "I'm part-time, two days a week, so by the time I hear about something it's already been decided.",
    "power",
  ],
  ["People message me on Teams before they click a dodgy link now. That's a win.", ""],
  [
    "I think I came in too heavy in my first year. Lots of rules, no explanations. That's on me.",
    "blame:self comm",
  ],
  ["It's exhausting being the only person in the building who cares.", "feel"],
  [
    "Management want us invisible until something breaks, then it's all hands and 'why didn't you warn us'.",
    "comm conflict",
  ],
  ["I did warn them. In writing. Three times.", "feel"],
  ["The champions scheme has been brilliant, one person per team who people actually go to.", ""],
  ["Nobody reports anything. I learn about incidents from kitchen gossip.", "distance"],
  ["They call me Dr No in the office. Half joking.", "conflict"],
  [
    "Every time I say we need MFA on something the answer is 'will it slow the lads down'.",
    "conflict",
  ],
  ["To be fair, the team lead in the warehouse is always first to flag weird emails.", ""],
  [
    "Our MSP is frankly useless, tickets sit for a week and then they blame our firewall.",
    "blame:sec feel",
  ],
  [
    "I worry constantly that something's going on I don't know about, because nobody tells me.",
    "feel",
  ],
  ["Staff are the weakest link, simple as. The tech's fine, it's the people.", "blame:emp"],
  [
    "I used to think staff were the weakest link. Now I think we just never explained anything properly.",
    "comm blame:self",
  ],
  [
    "Had a really good chat with HR about how we word the phishing follow-up emails. Much softer now.",
    "",
  ],
  [
    "When someone fails the phishing test their manager gets cc'd. People hate it, I hate it, but the board insists.",
    "conflict feel power",
  ],
  [
    "I'm not invited to the senior leadership meeting. I send a report in, no idea if anyone reads it.",
    "power comm",
  ],
  ["honestly the staff here are great, they just want to get on with their jobs", ""],
  ["It's always the same departments, always the same excuses. Wears me down.", "blame:emp feel"],
  [
    "They've started sharing passwords in a spreadsheet again because the password manager 'takes too long'.",
    "conflict blame:emp",
  ],
  ["I get it, I'm the reason they can't use Dropbox. I'd be annoyed at me too.", "conflict"],
  [
    "I walk the floor every Tuesday morning. Coffee, no agenda. Best thing I've done in this job.",
    "",
  ],
  [
    "The CEO said 'just make it secure, I don't need the details'. Then he vetoes every budget line.",
    "power",
  ],
  ["I've stopped sending the monthly security newsletter. Open rate was 6%.", "distance"],
  ["I feel like a nag. Every message I send starts with 'please don't'.", "feel comm"],
  [
    "Marketing installed three browser extensions that were basically spyware, and when I asked, they said nobody told them not to.",
    "conflict blame:emp",
  ],
  ["Fair point though, nobody had told them. That one's on me.", "blame:self"],
  ["I'm the security lead on paper but I have no authority to actually stop anything.", "power"],
  ["Staff are a lot more switched on than people give them credit for.", ""],
  [
    "We binned the mandatory quiz and replaced it with ten-minute stories from real incidents. Attendance tripled.",
    "",
  ],
  ["Half the office has no idea who I am. I've been here 18 months.", "distance"],
  ["The board gives me a full agenda item every quarter and they read the pack beforehand.", ""],
  [
    "Got told off by the MD in front of everyone because his email got spoofed. Brilliant.",
    "power feel",
  ],
  ["They're not stupid, they're busy. That's what I keep telling the board.", ""],
  ["Reception are absolutely our first line of defence and they're brilliant at it.", ""],
  ["I send alerts in plain English now, no CVE numbers, no acronyms. Replies went way up.", ""],
  [
    "I reread my first year's emails recently. Acronym soup. No wonder nobody acted on them.",
    "comm blame:self",
  ],
  ["People only come to me after they've clicked it, never before.", "comm"],
  ["The ops director literally said 'security is your job, not mine'.", "distance"],
  ["nobody's afraid to tell me when they've messed up, which is exactly how it should be", ""],
  ["Give people a shortcut and they'll take it, security be damned.", "blame:emp"],
  [
    "The lab scientists think rules don't apply to them because they're doing Science.",
    "blame:emp",
  ],
  [
    "The IT manager before me used to lock accounts as a punishment. I'm still undoing that reputation.",
    "blame:sec power",
  ],
  ["Trust takes months to build and one clumsy lockout email can undo it.", ""],
  [
    "We had an incident last spring and the team reported it within ten minutes. Made me really proud.",
    "",
  ],
  ["The champions network basically runs itself now, honestly.", ""],
  ["people hide their mistakes because they think I'll get them sacked", "distance"],
  ["I'm not the police. I keep saying it. Nobody believes me.", "conflict feel"],
  [
    "The accountants are lovely but I swear they'd give their password to anyone with a nice phone voice.",
    "blame:emp",
  ],
  [
    "Drop-in hour on Thursdays, 2 till 3. Usually empty, sometimes one person with a printer question.",
    "distance",
  ],
  ["I keep hearing 'I didn't want to bother you'. Please, bother me!", "distance"],
  ["Walked the new starters round on day one and introduced myself to every team. Worth it.", ""],
  ["Our MD forwards me anything odd with 'worth a look?' and I love him for it.", ""],
  [
    "Our MD came to the phishing workshop, sat at the front, asked questions. Everyone else came the next time.",
    "",
  ],
  [
    "Some days I just fix things myself rather than go through the same argument again.",
    "distance",
  ],
  [
    "It's lonely. One person, 180 staff, and a board that thinks cyber is a line in the insurance policy.",
    "feel distance power",
  ],
  ["The new starters are great, they've grown up with MFA and don't moan about it.", ""],
  [
    "It's the old guard. Twenty years here, never needed a password manager, never will.",
    "blame:emp",
  ],
  [
    "I felt like a fraud running the session because half the room knew the systems better than I did.",
    "feel blame:self",
  ],
  ["MFA rollout went fine because we spent two weeks sitting with each team first.", ""],
  ["I sent the new policy out as a 14-page PDF. In hindsight, a mistake.", "comm blame:self"],
  ["Our phishing report rate beats the click rate three to one now.", ""],
  ["Sometimes I think the only way they'll listen is if we actually get hit.", "feel"],
  ["We get on. They ask, I answer, nobody panics.", ""],
  [
    "ok so the thing that actually worked: biscuits. genuinely. bring biscuits to the security briefing",
    "",
  ],
  [
    "The warehouse lads are sound, they just don't see what a phishing email has to do with them.",
    "distance",
  ],
  [
    "I've started asking teams what annoys them about IT before I tell them anything. Game changer.",
    "",
  ],
  [
    "The board asked for a one-page cyber summary and then asked why it was full of jargon. Fair enough, it was.",
    "comm blame:self",
  ],
  ["The FD treats every security request like I'm trying to pick her pocket.", "conflict"],
  [
    "I honestly don't know if staff trust me. They're polite but they don't tell me things.",
    "distance",
  ],
  ["They're polite to my face and then go to the MD to get exemptions.", "conflict"],
  ["The MD signs off every exception anyone asks for. So what's the point of me.", "power"],
  [
    "It's my fault really. I never explained why the USB block was there, I just switched it on.",
    "blame:self comm",
  ],
  ["Half of them reuse the same password everywhere and think that's clever.", "blame:emp"],
  [
    "Talked to customer service about the scam calls they get. They knew way more than me. Good session.",
    "",
  ],
  ["We have a security champion in every department now and people ask before they act.", ""],
  ["They never read the alert, they just click 'allow'. Every time.", "blame:emp"],
  [
    "I'm expected to be on call 24/7 on a part-time retainer. Nobody asks if that's reasonable.",
    "power",
  ],
  ["They only remember I exist when the auditors are coming.", "comm"],
  [
    "I'm treated as the compliance box-ticker rather than someone who actually protects the business.",
    "power",
  ],
  [
    "Developers think I'm there to slow them down. Sometimes I am, to be fair.",
    "conflict blame:self",
  ],
  ["I used to be kept out of everything. Since the restructure I'm in the room.", ""],
  [
    "I'm not a people person, I'll admit it. I'd rather sit with logs than run a workshop. Probably shows.",
    "blame:self",
  ],
  ["The biggest risk in this building walks in at nine and leaves at five.", "blame:emp"],
  [
    "Email from the CEO, subject line only: 'WHY IS EMAIL DOWN'. That's the extent of our communication.",
    "comm power",
  ],
  [
    "Morning standup with the IT and ops leads, fifteen minutes, every day. Honestly the best thing for trust.",
    "",
  ],
  [
    "I hate being seen as the person who says no. I want to be the person who says 'here's how'.",
    "feel",
  ],
  ["The staff survey said IT was 'unapproachable'. That stung.", "feel"],
  ["Staff will hand over MFA codes to anyone who asks nicely. I've seen it happen.", "blame:emp"],
  [
    "People love the new report-phish button. One click and they get a thank-you. Reports are up loads.",
    "",
  ],
  [
    "The engineers laughed through the whole awareness video. To be fair it was terrible.",
    "conflict blame:sec",
  ],
  ["Our outsourced SOC sends alerts nobody understands, including me.", "comm blame:sec"],
  ["I asked for 20 minutes at the all-hands. Got 3, at the end, after the raffle.", "power"],
  ["I'd say relations are decent. Not perfect. People generally flag stuff.", ""],
  [
    "I'm scared of the day we get ransomware, because I know I'll be blamed and I was never given the budget.",
    "feel",
  ],
  ["The board is supportive, I get what I ask for as long as I can explain it.", ""],
  [
    "Reception let a 'courier' wander round for twenty minutes. People just don't think.",
    "blame:emp",
  ],
  [
    "They see me as the police and honestly I don't blame them after how the last guy ran things.",
    "conflict blame:sec",
  ],
  [
    "Some managers actively tell their teams to skip the training because it's 'box ticking'.",
    "conflict distance blame:emp",
  ],
  ["i'm tired. been banging the same drum for three years", "feel"],
  ["We moved training into onboarding week and do it face to face. Much better reception.", ""],
  [
    "Honestly people here treat passwords like a nuisance, not the keys to the business.",
    "blame:emp",
  ],
  [
    "HR put out a 'cyber awareness' email without running it by me. It had a phishing-looking link in it.",
    "power",
  ],
  [
    "I'm always the bad guy when the tool blocks something. Never the hero when it stops an attack.",
    "feel conflict",
  ],
  [
    "Blame culture here is real. Whoever clicks gets a talking-to from their director. I've argued against it and lost.",
    "power conflict",
  ],
  [
    "Made a joke in the session about 'people who keep passwords on post-its' and a woman in the front row went bright red. Felt awful.",
    "feel blame:self",
  ],
  [
    "I'm the IT manager, the security lead, the DPO and I answer the phones. Not complaining. Well, a bit.",
    "feel",
  ],
  [
    "Good relationship with the partners. They ring me about weird emails before replying. That's all I want.",
    "",
  ],
  ["The directors' PAs are my best allies. They know everything and they actually listen.", ""],
  [
    "The shop floor won't touch anything with a login, they get a colleague to do it. Security nightmare.",
    "distance blame:emp",
  ],
  [
    "When someone reports a mistake I thank them first, every time, no matter what. It's paying off.",
    "",
  ],
  ["I report to the COO who reports to the CEO who doesn't read anything I write.", "distance"],
  [
    "Decisions about cloud storage get made over a pint by the directors. I hear about it on Monday.",
    "power",
  ],
  ["Why does everyone assume I'm judging them? I've clicked dodgy links too.", "feel"],
  ["Project managers loop me in at go-live, when it's far too late to change anything.", "power"],
  [
    "I swear our managers forward phishing emails to their whole team asking 'is this real?'",
    "blame:emp",
  ],
];

export const VOICES_BX: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BX_2,
  ...VOICES_BX_3,
  ...VOICES_BX_4,
];
