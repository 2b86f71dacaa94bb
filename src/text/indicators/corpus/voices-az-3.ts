import type { RawExample } from "./types.js";

/** Same survey, part 3: whether the team explains itself; training, audits, access reviews. Written fresh for Rapport (brief AZ). */
export const VOICES_AZ_3: readonly RawExample[] = [
  ["They explain the reasons behind most rules, which makes them easier to follow.", ""],
  [
    "The training is once a year, forty minutes, click next until it ends. Nobody learns anything.",
    "comm",
  ],
  [
    "Access reviews: my manager gets a spreadsheet of what I can access and ticks boxes. Seems reasonable.",
    "",
  ],
  [
    "Every few months I lose access to a folder I use daily because of some review, and getting it back takes a week.",
    "conflict",
  ],
  [
    "Nobody explains the audits. People in suits appear, ask for screenshots, disappear.",
    "comm distance power",
  ],
  [
    "The security team publishes a short newsletter each month in plain English. I actually read it.",
    "",
  ],
  [
    "The training uses so many acronyms I feel like I need a dictionary. MFA, SSO, DLP, EDR...",
    "comm",
  ],
  [
    "They always explain why a change is happening. Sometimes at length, but better than nothing.",
    "",
  ],
  ["Explain themselves? They don't even say hello.", "comm distance"],
  ["The mandatory training is dull but the content is sensible.", ""],
  [
    "Audit season means three weeks of people asking for evidence nobody told us we needed to keep.",
    "conflict comm",
  ],
  [
    "When they changed the password rules, there was a clear email, an FAQ and a drop-in session. Textbook.",
    "",
  ],
  [
    "Rules just appear. One day USB ports work, next day they don't, no warning.",
    "conflict comm power",
  ],
  [
    "I once asked why we couldn't use a certain file-sharing site and got a genuinely thoughtful answer.",
    "",
  ],
  ["The explanation for everything is 'compliance'. That's not an explanation.", "comm"],
  [
    "The access review took away my admin rights without asking. Now I raise a ticket for every install.",
    "conflict power",
  ],
  ["Training is compulsory and so is the feeling of being patronised.", "comm feel"],
  ["The annual training this year was actually interactive and short. Good improvement.", ""],
  ["They talk to us like we're five years old in those training videos.", "comm power"],
  [
    "The audit last year found nothing wrong in our team and security made a point of thanking us.",
    "",
  ],
  ["I don't understand half of what they send. 'Endpoint hardening'? Sounds painful.", "comm"],
  ["They're good at explaining if you ask. They just rarely offer.", "comm"],
  ["Communication from security is clear, timely and not preachy. Rare combination.", ""],
  [
    "The training quiz has questions that have nothing to do with my job in the warehouse.",
    "conflict",
  ],
  [
    "Access reviews seem a bit of a box-ticking exercise, but I suppose they catch the odd leftover account.",
    "",
  ],
  ["Nobody tells us when an audit is happening until the day before.", "comm"],
  ["They ran a lunch session on why we do phishing tests. Free sandwiches and it made sense.", ""],
  ["If they explained themselves more, maybe people wouldn't resent them so much.", "comm feel"],
  ["The security policy is 47 pages and written like a tax form. I've read two.", "comm"],
  [
    "When I asked why my access was removed, I was sent a link to the policy. Not an answer.",
    "comm",
  ],
  ["They do explain things, in a language that isn't quite English.", "comm"],
  [
    "The security team came to our department meeting to explain the new monitoring. Questions were answered properly.",
    "",
  ],
  ["They explain after the fact, once we've already tripped over the new rule.", "comm conflict"],
  ["I'm fine with the training. It's a reminder, not a revelation.", ""],
  ["The training's tone is basically 'don't be an idiot'. Thanks.", "comm blame:emp"],
  [
    "I like that they show real examples of attacks on companies like ours. Makes it feel real.",
    "",
  ],
  [
    "Audits make everyone tense. The security people turn into inspectors for a month.",
    "feel power",
  ],
  ["Explanations come on posters in the kitchen. That's about it.", "comm distance"],
  [
    "The access review removed rights from the wrong people. Their spreadsheet, their mistake.",
    "blame:sec",
  ],
  [
    "Had a question about the monitoring policy, emailed twice, no reply. So I stopped asking.",
    "conflict distance",
  ],
  ["They don't need to explain every decision to me. I trust them to know their job.", ""],
  ["New rule, no explanation, enforced immediately. That's their style.", "comm power"],
  [
    "The training module crashed halfway through and I had to start again. Twice. Then got a reminder for being late.",
    "conflict feel",
  ],
  ["Clear instructions, reasonable deadlines, friendly reminders. The training is well run.", ""],
  [
    "They sent a memo about 'zero trust'. Half the office thought it meant they didn't trust us. Maybe it does.",
    "comm power",
  ],
  [
    "Whenever I ask the security team something, they answer in plain words. Never made me feel silly.",
    "",
  ],
  ["The auditors treated us like suspects, and security just stood there and let them.", "power"],
  [
    "Training reminders every two days until you finish. Like being nagged by a robot.",
    "comm feel",
  ],
  [
    "They explained the access review properly the first time, so now everyone knows what to expect.",
    "",
  ],
  ["I had no idea what an 'access recertification' was until I asked a colleague.", "comm"],
  ["A short explanation goes a long way, and to be fair they usually give one.", ""],
  [
    "Why do I need to do data protection training every year when I haven't touched customer data in five years?",
    "conflict",
  ],
  ["They don't explain, they announce.", "comm power"],
  ["I'm glad the training is mandatory, it means everyone has the same basics.", ""],
  [
    "The audit team interviewed me about my password habits. Felt like a police interview.",
    "power feel",
  ],
  ["Honestly the explanation emails are too long. Give me three bullet points.", "comm"],
  [
    "The training this year was made by our own security team, not bought in, and you could tell. Much more relevant.",
    "",
  ],
  [
    "I asked why the monitoring was introduced and the answer was 'because the board said so'. Great.",
    "comm power",
  ],
  [
    "The access review caught that I still had access to my old team's drive. Fair enough, I didn't need it.",
    "",
  ],
  [
    "They make new rules in a room somewhere and we hear about them when something stops working.",
    "power comm conflict",
  ],
  ["Training's fine. Better than it used to be, anyway.", ""],
  ["I wish the training told us what to actually do, not just what to be afraid of.", "comm"],
  ["They once explained a policy change with a diagram that made it more confusing.", "comm"],
  ["The audit results were shared with the whole company, warts and all. Respect.", ""],
  [
    "I get the sense they think explaining things to us is a waste of breath because we wouldn't get it anyway.",
    "comm blame:emp",
  ],
  [
    "Mandatory training on a Friday afternoon with a hard deadline. Who plans this?",
    "conflict feel",
  ],
  ["I don't mind audits. It's good someone checks the checkers.", ""],
  [
    "Whenever I lose access to something, I have to guess whether it's a bug or a new rule.",
    "comm conflict",
  ],
  ["There's a security channel on our chat where they answer questions fast. Really useful.", ""],
  [
    "The training videos are so cheesy that people watch them on mute while doing other work.",
    "comm",
  ],
  [
    "They explain themselves well in person. Problem is, we almost never see them in person.",
    "distance",
  ],
  [
    "They said monitoring was about threat detection, not productivity, and then productivity stats showed up in a manager meeting.",
    "power comm",
  ],
  ["I think they do a decent job of keeping us informed. Not perfect, but decent.", ""],
  [
    "Three different emails about the same policy change, each saying something slightly different.",
    "comm",
  ],
  [
    "The access review email looked so much like a phishing test that I reported it. Turns out it was real.",
    "comm",
  ],
  ["Plain language, short videos, one quiz. Whoever designed this year's training, thank you.", ""],
  [
    "The auditors asked questions I couldn't answer and I felt like I was failing an exam I didn't know about.",
    "feel power",
  ],
  ["The explanations are there on the intranet if you go looking for them.", ""],
  [
    "When the firewall started blocking our design tools, we got a one-line email saying 'for security reasons'.",
    "comm conflict",
  ],
  [
    "I used to think the rules were arbitrary, until the security lead took ten minutes to explain them. Now they make sense.",
    "",
  ],
  ["They explain things like they're reading from a legal contract.", "comm"],
  [
    "Being told 'it's policy' when you ask 'why?' is what makes people work around the rules.",
    "comm conflict",
  ],
  ["I honestly don't know what the security team does between audits.", "distance"],
  ["The training has a section on reporting mistakes that's genuinely reassuring.", ""],
  [
    "I get a yearly email asking me to confirm my access is correct. I have no idea what half the system names mean.",
    "comm",
  ],
  [
    "We had a proper Q&A after the audit findings came out. Felt like they cared what we thought.",
    "",
  ],
  ["They explain, but only to managers. The rest of us get the leftovers.", "comm power distance"],
  [
    "The annual training is the same as last year with a new logo. Does anyone on their side even look at it?",
    "blame:sec",
  ],
  [
    "If there's a reason behind a rule, they'll tell you. If there isn't, they'll say that too. Appreciate the honesty.",
    "",
  ],
  ["they never explain anything and then act surprised when we ignore the rules", "comm conflict"],
  ["Training completion is tracked and chased by name. Shame by spreadsheet.", "power feel"],
  [
    "The security team answers questions in the training chat within minutes. Didn't expect that.",
    "",
  ],
  ["Audits feel like something done to us rather than with us.", "power"],
  ["Some of the rules don't make sense to me but I assume there's a reason.", ""],
  [
    "Every explanation ends with a threat: 'failure to comply may result in disciplinary action'.",
    "comm power",
  ],
  [
    "The access review was announced at the all-hands, then half our team got locked out of the shared drive anyway.",
    "conflict",
  ],
  ["I'm not technical and the training assumes I am.", "comm"],
  ["They're improving. This year's training actually asked for our feedback.", ""],
  [
    "We had to prove to the auditors that we lock our screens. Staged photos. Ridiculous.",
    "conflict",
  ],
  ["I'd like them to explain what they do with the data they collect on us. That's all.", "comm"],
  ["The cyber training is a good refresher, I always pick up something new.", ""],
  ["It's all 'you must', never 'here's why'.", "comm"],
  ["The people running the audits were polite and quick. No drama.", ""],
  [
    "Lost access to the CRM after a review. Took four days and three managers to get it back. Sales targets don't pause.",
    "conflict",
  ],
  [
    "When they explain, it's usually good. When they don't, it's usually because they're firefighting.",
    "",
  ],
  ["The security awareness posters have been up so long nobody sees them anymore.", "comm"],
  [
    "Do they explain themselves? Sort of. In a PDF. On a SharePoint site. Somewhere.",
    "comm distance",
  ],
  ["They gave us a one-page cheat sheet on spotting phishing. Still pinned above my desk.", ""],
  ["Nobody's ever asked us what we think of the training.", "power"],
  ["Explanations are fine. Tone is the problem. Always slightly scolding.", "comm"],
  [
    "The training was adapted for the factory floor this year, shorter and on tablets. Big step up.",
    "",
  ],
  ["Audit findings get put down to 'staff behaviour' every year. Never the systems.", "blame:emp"],
  ["I feel like the training is written to cover them legally, not to help us.", "comm"],
  [
    "I had a question about a suspicious text and the team explained it patiently over the phone. Lovely.",
    "",
  ],
  ["Our security lead explains things well but she's one person for 200 of us.", "distance"],
  ["The mandatory training isn't exciting, but it's harmless and quick.", ""],
  [
    "When my access was cut during the review, nobody told me. I found out when I couldn't open payroll on payday.",
    "comm conflict feel",
  ],
  ["Honestly I think they explain things better than most departments here.", ""],
  ["I don't read the security emails anymore, they're all the same.", "distance comm"],
  [
    "Training deadlines are strict, but their own deadline for answering my access request apparently isn't.",
    "conflict blame:sec",
  ],
  [
    "The auditors found an issue with my team's shared password. Security helped us fix it without any fuss.",
    "",
  ],
  ["Every explanation comes with a link to another explanation.", "comm"],
  [
    "I was asked to justify why I needed access to files I've used for six years. By someone who joined last month.",
    "power feel",
  ],
  [
    "They took the time to explain the monitoring to the night shift separately. Small thing, but it mattered.",
    "",
  ],
  [
    "We only ever hear from them when there's training overdue or an audit coming.",
    "comm distance",
  ],
];
