import type { RawExample } from "./types.js";
import { VOICES_AI_2 } from "./voices-ai-2.js";
import { VOICES_AI_3 } from "./voices-ai-3.js";

/**
 * Office employees of small and medium firms (finance, insurance, property, recruitment, travel,
 * marketing) answering the questionnaire's open questions about their security/IT staff.
 * Written fresh for Rapport (brief AI).
 */
const FIRST_PART: readonly RawExample[] = [
  ["Helpful when you can actually get hold of them, which is maybe once a week.", "conflict"],
  ["Yes, very. The woman who looks after our laptops will sit with you until it works.", ""],
  [
    "Not really. You log a ticket and hear nothing for days, so most of us just ask whoever sits nearest.",
    "conflict distance",
  ],
  [
    "Helpful? They're the reason half my mornings disappear. Every update breaks the booking system.",
    "blame:sec conflict",
  ],
  [
    "They're polite enough, I suppose, but I couldn't tell you what they actually do all day.",
    "distance",
  ],
  ["Generally yes. I've never once felt silly asking them something basic.", ""],
  ["No. Asking them anything feels like confessing to a crime.", "feel power"],
  [
    "Sort of helpful. They fix the thing but make you feel like an idiot for breaking it.",
    "comm feel",
  ],
  [
    "Helpful in theory. In practice they're a shared service in another city and we're just a ticket number.",
    "distance comm",
  ],
  ["Very helpful, and quick. Our renewals team would be lost without them.", ""],
  ["I don't bother them anymore. Easier to google it or ask the girl on reception.", "distance"],
  ["Not helpful. Incompetent is the word I'd use, if I'm honest.", "blame:sec"],
  ["Mostly, yes. They're stretched thin, it's not their fault there are only two of them.", ""],
  ["Helpful, but they do talk to you as if you were twelve.", "comm"],
  ["Are they helpful? Who are 'they'? I genuinely don't know who does security here.", "distance"],
  ["They're helpful because they actually listen before suggesting anything.", ""],
  [
    "Yes, helpful. They showed me how to spot a spoofed sender address and I've caught two since.",
    "",
  ],
  ["Helpful, yes. Not always fast, but always thorough.", ""],
  [
    "I suppose they're helpful, but I always feel like I'm interrupting something more important.",
    "feel",
  ],
  [
    "Helpful if you speak their language. Otherwise expect a lot of blank looks both ways.",
    "comm conflict",
  ],
  ["Pretty good, I'd say. I get what I need.", ""],
  ["No complaints. I've never had to wait more than an hour.", ""],
  [
    "Good side: they're knowledgeable. Bad side: you have to beg to get them to do anything.",
    "power conflict",
  ],
  [
    "Why would I ask them? The guy who sits next to me knows more and doesn't sigh at me.",
    "distance comm",
  ],
  ["I'd rather work out the problem myself than wait for them.", "distance conflict"],
  ["They're the first people I'd call if a client's card details looked wrong.", ""],
  ["Honestly? No. I've fixed more of my own laptop problems than they have.", "distance blame:sec"],
  ["Yes. They never make anyone feel hopeless for asking.", ""],
  ["Backups, the firewall, new starters' accounts, and the phishing tests every quarter.", ""],
  ["As far as I can tell they mostly say no to things.", "conflict power"],
  ["They set the rules about passwords and USB sticks, and check that we follow them.", ""],
  [
    "Mostly they monitor what we do. I assume they can read our emails, and that's a bit unnerving.",
    "power feel",
  ],
  ["No idea. Something with servers. They're in the basement.", "distance"],
  [
    "They look after the CRM, the phones and the client portal, and run our security training each spring.",
    "",
  ],
  [
    "They decide which software we're allowed to use, without asking the people who actually have to use it.",
    "power conflict",
  ],
  [
    "They keep us safe from scams, honestly. The fake invoice last year would have cost us a fortune without them.",
    "",
  ],
  [
    "They blame us for everything that goes wrong and then take forever to fix it.",
    "blame:emp conflict",
  ],
  ["I think they write the policies. Nobody reads them though, me included.", "distance"],
  ["Two people, one part-time. They handle everything from laptops to the alarm codes.", ""],
  [
    "They manage the devices, the email filtering and who can get into the policy admin system.",
    "",
  ],
  [
    "They update the laptops, keep an eye on logins from odd places and sort out the Wi-Fi for events.",
    "",
  ],
  ["They set up the secure portal we use to swap documents with landlords.", ""],
  [
    "What do they do? Change things overnight and leave us to find out in the morning.",
    "power comm",
  ],
  [
    "Outsourced. A company somewhere up north. I've never spoken to a human there.",
    "distance comm",
  ],
  [
    "Bit of a black box. Things happen to my laptop at night and nobody tells me why.",
    "power comm",
  ],
  [
    "Honestly I couldn't say. I've been here two years and nobody from security has ever said hello.",
    "distance",
  ],
  ["They approve or refuse every app we want to use. Mostly refuse.", "power conflict"],
  [
    "They do the monthly patching and the password resets. Oh, and they run the simulated phishing.",
    "",
  ],
  [
    "The security lead sits in every project meeting and has the final word, even on marketing things that have nothing to do with him.",
    "power",
  ],
  [
    "They're basically a box-ticking cost so the insurer stays happy. I don't see what else they add.",
    "blame:sec",
  ],
  ["They come across as a bit superior. Like we're lucky they bother with us.", "power"],
  ["Calm, friendly, patient. Genuinely nice people.", ""],
  ["Always rushed. You get half a sentence and then they're off to the next fire.", "conflict"],
  ["Like traffic wardens, to be honest. Waiting to catch you out.", "power"],
  ["Professional but cold. Everything by email, you never actually see a face.", "comm distance"],
  [
    "They work in their own bubble and seem to forget the rest of us have clients to serve.",
    "conflict distance",
  ],
  [
    "Every email from them is full of warnings and capital letters. It puts the fear of God into people.",
    "comm feel",
  ],
  [
    "They come across well. No jargon, no lectures, they just sort it and explain what happened.",
    "",
  ],
  [
    "They work hard, I'll give them that, but they don't really get what our team does.",
    "conflict",
  ],
  ["A bit like the weather. Things change and nobody tells you why.", "power comm"],
  ["They come across as easy-going. You can pop over any time.", ""],
  ["It's a small team but they know all of us by name.", ""],
  ["Friendly, relaxed, and they don't mind daft questions.", ""],
  ["I've found them approachable since my first week.", ""],
  [
    "They seem nice enough from a distance. I've only met one of them once, at the summer party.",
    "distance",
  ],
  ["Condescending. The last training session started with 'this is a mouse'.", "comm"],
  ["They never ask us anything. They just tell.", "power comm"],
  ["I'm a bit nervous around the security bloke. He's very abrupt.", "feel comm"],
  ["Not scary at all. More like friendly neighbours than police.", ""],
  ["Someone warned me they'd be arrogant. They aren't, not in the slightest.", ""],
  ["They don't lecture, they don't panic, they just sort things out.", ""],
  ["They aren't invisible. They sit on our floor and eat lunch with us.", ""],
  ["They're so worried about hackers they forget we have work to do.", "conflict"],
  [
    "They never seem to be in. The office is empty most days and the phone just rings out.",
    "conflict distance",
  ],
  [
    "Very by-the-book. If it isn't in the procedure, the answer is no, and there's no one to appeal to.",
    "power conflict",
  ],
  ["Intimidating, if I'm honest. You feel like you're in the headmaster's office.", "feel power"],
  ["Organised and sensible. They give notice before any changes.", ""],
  ["They're not gatekeepers. If something's blocked they'll explain why and often unblock it.", ""],
  [
    "I clicked a link in a fake parcel email and was made to redo the whole training in front of my team. Humiliating.",
    "feel power",
  ],
  [
    "My laptop was wiped without warning because of 'a policy'. Three weeks of work gone.",
    "power conflict",
  ],
  [
    "They locked my account the morning of a big pitch. Took four hours to get anyone on the phone.",
    "conflict",
  ],
  [
    "I reported a suspicious email and got a reply telling me I should have known better. I haven't reported one since.",
    "comm blame:emp distance",
  ],
  [
    "They rolled out two-factor on a Friday afternoon and half the office couldn't log in on Monday. Classic.",
    "blame:sec conflict",
  ],
  [
    "My manager was copied into an email about my 'risky behaviour'. I'd forwarded a spreadsheet to my own address so I could work from home.",
    "power conflict",
  ],
  [
    "I asked why the travel booking site was blocked and was told 'because it is'. That was the whole answer.",
    "power comm",
  ],
  [
    "They made me feel stupid for not knowing what a VPN was. I'm in marketing, why would I?",
    "feel comm",
  ],
  [
    "A phishing test that looked exactly like the CEO's bonus announcement. People were furious, me included.",
    "feel conflict",
  ],
  [
    "Our scanner sent documents to an address nobody monitored for a year. Nobody in IT noticed. That tells you enough.",
    "blame:sec",
  ],
  [
    "Not with them exactly. With myself, when I fell for a fake login page. I still feel daft about it.",
    "blame:self feel",
  ],
  ["Nothing bad has ever happened between us, touch wood.", ""],
  ["A negative experience? Honestly none. Not one.", ""],
  [
    "I phoned about a suspicious invoice and got a forty-minute talk on email headers. I only wanted to know whether to pay it.",
    "comm",
  ],
  [
    "They were meant to 'consult' us about the remote access rules. The rules came out the week after, unchanged.",
    "power",
  ],
  [
    "My manager had to escalate to the MD just to get me into the client folder. Ridiculous.",
    "power conflict",
  ],
  ["A colleague was disciplined over a phishing click. Nobody here has forgotten it.", "power"],
  ["They blocked LinkedIn. In a recruitment firm. That says it all.", "conflict"],
  [
    "They rolled out a new password policy in the busiest week of the year without asking anyone.",
    "power conflict",
  ],
  [
    "I asked a simple question in the team chat and got a link to a thirty-page policy back. No actual answer.",
    "comm",
  ],
  [
    "When the booking engine crashed in peak season it turned out IT had let a certificate expire. Of course.",
    "blame:sec",
  ],
  [
    "They installed an update during month-end close and the finance system fell over. Twice.",
    "blame:sec conflict",
  ],
  ["The breach last year? Their misconfigured server, not anyone in the office.", "blame:sec"],
  [
    "When client data went astray the first question was which of us had done it, not how it happened.",
    "blame:emp power",
  ],
  [
    "Clients ring us livid because they can't open our encrypted attachments, and IT won't budge.",
    "conflict power",
  ],
  [
    "We had a laptop stolen from a car and they were brilliant about it. No blame, just practical help.",
    "",
  ],
  [
    "When I panicked after opening a dodgy attachment, the security lead came over, calmed me down and didn't make a fuss.",
    "",
  ],
  [
    "I wasn't punished when I fell for the test. I got a short video to watch and that was that.",
    "",
  ],
  [
    "I had heard the security lead was hard to reach, but he answered my message within minutes.",
    "",
  ],
  [
    "My bad experience was entirely self-inflicted: I saved client files to my personal cloud and got a very polite email about it.",
    "blame:self",
  ],
  [
    "I let my daughter use my work laptop once and it picked up a virus. Totally my mistake.",
    "blame:self",
  ],
  [
    "My own carelessness caused the one incident I've been part of. I'd left my laptop unlocked at a viewing.",
    "blame:self",
  ],
  [
    "The lockout was entirely my doing. Wrong password five times before my first coffee.",
    "blame:self",
  ],
  ["They took my admin rights away overnight. No email, no warning, just gone.", "power comm"],
  [
    "A contractor they hired set the backups to overwrite themselves. We only found out when we needed one.",
    "blame:sec",
  ],
  [
    "They emailed the entire client list to the wrong distribution group. And they lecture us about care.",
    "blame:sec comm",
  ],
  [
    "It took three weeks to get a new starter a working login. She sat there reading the handbook.",
    "conflict blame:sec",
  ],
  [
    "I was told off in front of a client for plugging my phone into the meeting room screen.",
    "power feel comm",
  ],
  ["They set up my home office in a day when my kid was ill. Brilliant.", ""],
  [
    "They asked our team how we actually handle client passports before changing the process, which I liked.",
    "",
  ],
  ["Plenty. The password manager they chose actually makes my life easier.", ""],
  ["They run a lunch-and-learn every couple of months. Pizza helps.", ""],
  ["Once a month one of them sits with our team for an hour and takes questions.", ""],
  ["The time they recovered a deleted proposal ten minutes before the deadline. Heroes.", ""],
  [
    "They spotted someone logging into my email from abroad and rang me straight away. Very reassuring.",
    "",
  ],
  [
    "Positive? I'm struggling. Maybe when the Wi-Fi got fixed, but that took eight months.",
    "conflict",
  ],
  [
    "They helped me set up a safer way to send contracts to overseas candidates. Took an afternoon, saved weeks.",
    "",
  ],
  [
    "When I admitted I'd replied to a scam text, they thanked me for speaking up. That stuck with me.",
    "",
  ],
  ["Not very. Their emails read like instruction manuals for a nuclear plant.", "comm"],
  ["Perfectly understandable. They write like normal people.", ""],
  ["Half of it is acronyms. MFA, SSO, EDR... I nod and hope for the best.", "comm"],
  [
    "I understand the words, I just don't understand why any of it matters to someone who sells holidays.",
    "comm distance",
  ],
  ["Clear enough. When they do use a technical term they explain it, which I appreciate.", ""],
  [
    "'URGENT: your account may be compromised.' Then it turns out to be a routine reset. I nearly had a heart attack.",
    "comm feel",
  ],
  ["I skim them. They all sound the same and most don't apply to me.", "distance"],
  ["Understandable if you're in IT. We're not.", "comm"],
  [
    "Written for lawyers, not for us. Every sentence has three clauses and a threat at the end.",
    "comm power",
  ],
  ["Better than it used to be. They dropped the jargon after we complained, fair play.", ""],
  ["Honestly I don't read them. If it's important someone will tell me.", "distance"],
  ["Clear and short. A few lines, what to do, who to ask.", ""],
  ["Their written guides have screenshots, which I love.", ""],
  ["The emails aren't confusing at all. Short and to the point.", ""],
  ["Their jargon used to baffle me, but they've got much better at plain English.", ""],
  [
    "Nobody has ever explained anything to me in person. It's all automated emails.",
    "comm distance",
  ],
  ["Their warnings are so over the top that I've stopped taking them seriously.", "comm distance"],
  ["Patronising. 'Remember, never share your password!' Yes, thanks, I'm fifty-two.", "comm feel"],
];

export const VOICES_AI: readonly RawExample[] = [...FIRST_PART, ...VOICES_AI_2, ...VOICES_AI_3];
