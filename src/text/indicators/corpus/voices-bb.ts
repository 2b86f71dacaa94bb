import type { RawExample } from "./types.js";
import { VOICES_BB_2 } from "./voices-bb-2.js";
import { VOICES_BB_3 } from "./voices-bb-3.js";
import { VOICES_BB_4 } from "./voices-bb-4.js";

/** Staff of small and medium firms telling short stories about their IT/security people. Written fresh for Rapport (brief BB). */
const FIRST_PART: readonly RawExample[] = [
  [
    "When my laptop died the morning of a big client pitch, Tomasz from IT came in early and had me running on a loaner by nine. He didn't make me feel silly for not having backups, just showed me how to turn them on. I still owe him a coffee.",
    "",
  ],
  [
    "I asked for access to the shared drive for a new project and it took eleven days. Nobody told me why, the ticket just sat at 'pending'. By the time it came through the deadline was gone and I'd borrowed a colleague's login, which I know I shouldn't have.",
    "conflict comm distance",
  ],
  [
    "Honestly it's fine. They pop by the warehouse every couple of weeks, and the upgrades go smoothly.",
    "",
  ],
  [
    "I clicked a fake delivery email last spring and it was completely my own fault. The security lady rang me, and instead of telling me off she walked me through what to look for next time. I was mortified but she was kind.",
    "feel blame:self",
  ],
  [
    "They lecture. Every single time I ring about the printer I get five minutes on password hygiene before anyone looks at the actual problem.",
    "comm",
  ],
  [
    "Relationship? I couldn't tell you the name of a single person in that department. I think they're in the other building.",
    "distance",
  ],
  [
    "Our IT guy, Dev, is a gem. He explains things like he's talking to a human being, no acronyms, and if he doesn't know he says so.",
    "",
  ],
  [
    "The new rule blocking USB sticks landed without warning the day before a trade show. I had the whole presentation on one and had to rebuild it in a panic on my phone. Nobody even sent an email first.",
    "conflict comm feel",
  ],
  [
    "They were a bit slow to get back to me, but when they did the fix was perfect. I'd call it a decent working relationship.",
    "",
  ],
  [
    "I get the sense they think we're all idiots who'll click anything. The training videos they send are pitched at about a seven-year-old level.",
    "comm power blame:emp",
  ],
  [
    "negative experience: none really. positive: they set up my home office in an afternoon when my kid was sick and I had to work from home.",
    "",
  ],
  [
    "I'm just not a computer person and I know I drive them mad. Last month I locked myself out three times in a week and I could hear the sigh down the phone.",
    "blame:self",
  ],
  [
    "The firewall blocks half the supplier websites I need for quotes. I've asked three times to get them whitelisted and each time it's 'we'll look into it'. In the end I just use my own phone for those.",
    "conflict distance",
  ],
  [
    "There was a ransomware scare at the surgery and the IT contractor was on site within the hour. They kept us updated every thirty minutes in plain English. I was impressed, really.",
    "",
  ],
  [
    "Whenever they reply it's three lines of abbreviations, MFA this, SSO that, endpoint something. I just say thanks and hope it sorts itself out.",
    "comm",
  ],
  [
    "They found out I'd been forwarding work emails to my Gmail and I got called into a meeting with my manager and the security lead. I understand why it was wrong, but being hauled in like a schoolboy was humiliating.",
    "power feel",
  ],
  [
    "Not much to say, really. They do their thing, we do ours, and we rarely cross paths.",
    "distance",
  ],
  [
    "Positive: Martina noticed my account was being logged into from abroad and locked it before anything happened. She rang me personally to explain. I felt looked after.",
    "",
  ],
  [
    "I asked a simple question about whether I could use a free PDF tool and got a reply quoting the acceptable use policy, section 4.2. No yes, no no, just the section number.",
    "comm",
  ],
  [
    "They messed up the email migration and we lost two weeks of client correspondence. Nobody from IT apologised, they just said the old server was 'not fit for purpose'. I've stopped trusting anything they roll out.",
    "blame:sec feel",
  ],
  [
    "Good, mostly. We have a chat channel with them and someone usually answers within ten minutes.",
    "",
  ],
  [
    "Our security manager does a walk round the shop floor every Monday and asks if anything's bugging us. It's a small thing but it means people actually tell him stuff.",
    "",
  ],
  [
    "It's all tickets, tickets, tickets. I've worked here two years and never once spoken to a real person from IT. If I need something urgent I ask Gary in accounts who sort of knows computers.",
    "comm distance",
  ],
  [
    "I was dreading the phishing test results because I'd definitely clicked. They published a league table by department. We came last and my boss made a joke about it in front of everyone.",
    "feel power",
  ],
  [
    "They once remote-controlled my screen without asking while I was mid-email to a client. Mouse just started moving. I nearly had a heart attack.",
    "power feel",
  ],
  [
    "Nothing negative. They're patient with the older staff, which I appreciate because my mum works here too.",
    "",
  ],
  [
    "I'll be honest, half the problems are us. People in our office write passwords on sticky notes and then act surprised when IT gets strict.",
    "blame:emp",
  ],
  [
    "When I started they gave me a laptop, a password, and a forty-page PDF. That's been about the extent of our contact.",
    "comm distance",
  ],
  [
    "the guy who does our IT is lovely but he's only in on thursdays so if anything breaks on a friday you're stuck til next week",
    "conflict",
  ],
  [
    "My experience was positive overall. I needed special software for the CNC machine and they researched it, tested it, and installed it themselves. Took a week but they kept me posted.",
    "",
  ],
  [
    "They made everyone change to sixteen-character passwords every 30 days. I asked why and got told 'because it's policy'. It felt like talking to a wall.",
    "comm power",
  ],
  [
    "I reported a suspicious email and got a thank-you note with a little explanation of what the scam was. It made me want to report more.",
    "",
  ],
  [
    "I don't bother reporting things anymore. Last time I flagged something weird on my screen I got interrogated for twenty minutes like I'd done it on purpose.",
    "distance blame:emp",
  ],
  [
    "They're a bit of a mystery, to be honest. Things just change on my computer overnight, icons vanish, and nobody explains.",
    "comm power",
  ],
  [
    "It's better than it was. A couple of years ago they were rude and slow, but the new team lead changed everything, and now they even do lunchtime Q&As.",
    "",
  ],
  [
    "I needed my phone reset urgently on a Saturday for a wedding we were catering. Got an out-of-office. Spent the whole event without access to the booking system and it was chaos.",
    "conflict",
  ],
  [
    "Positive: the IT person noticed I always struggled with the VPN and wrote me a little step-by-step sheet with screenshots. I still have it pinned to my wall.",
    "",
  ],
  [
    "I feel like a nuisance every time I call. They're never rude, exactly, but there's this tone.",
    "feel",
  ],
  [
    "They blocked WhatsApp Web on the office computers, which is how we talk to our drivers. Took a month of arguing with them to get an exception.",
    "conflict",
  ],
  [
    "I'm terrible with tech, I'll admit it, and they've never once made me feel stupid. Rashid especially, he just laughs and says everyone does it.",
    "blame:self",
  ],
  [
    "Our IT provider is outsourced and I couldn't pick any of them out of a lineup. We email a helpdesk address and things happen, eventually.",
    "distance",
  ],
  [
    "The security audit felt like being investigated. They went through our browser histories and a couple of people were named in the report. Nobody on my team wanted to speak to them afterwards.",
    "power distance",
  ],
  ["They do a quarterly newsletter with tips. It's actually readable and sometimes funny.", ""],
  [
    "Frankly they are useless. Three visits to fix the same docking station and it still drops the second monitor.",
    "blame:sec",
  ],
  [
    "When they rolled out two-factor authentication, someone came to each desk and set it up with us. Took five minutes and I understood what it was for. Great approach.",
    "",
  ],
  [
    "The only time I ever hear from them is when I've done something wrong. An automated email saying my 'behaviour has been flagged'. Lovely.",
    "comm power",
  ],
  [
    "I get anxious whenever the laptop shows a security warning because I never know if it's me who broke something. I'd rather ask a colleague than IT, they seem so busy and important.",
    "feel distance",
  ],
  ["They're good. Not flashy, not chatty, just reliable.", ""],
  [
    "I asked whether I could bring my own tablet for site surveys and was told no without any reason. I brought it anyway and just don't connect it to the wifi.",
    "conflict distance",
  ],
  [
    "I think they work hard and are understaffed. There are two of them for ninety people, so sometimes things wait, and that's fair enough.",
    "",
  ],
  [
    "It was my mistake, I left my laptop on a train. I expected a telling-off but the IT manager just wiped it remotely, got me a new one and said these things happen. I was so relieved.",
    "blame:self",
  ],
  [
    "they talk to you like you're a child. 'now, what did we say about clicking links?' i'm 54 years old.",
    "comm power",
  ],
  [
    "Last winter the server went down during payroll week and IT were completely unreachable, phones off. Our finance manager was in tears. Not their finest hour.",
    "conflict feel",
  ],
  [
    "They set up a password manager for the whole office and ran a short workshop. Before that I had every password in a notebook. Massive improvement.",
    "",
  ],
  [
    "No face-to-face at all. It's posters in the kitchen telling us to 'Think Before You Click' and a monthly email nobody reads.",
    "comm distance",
  ],
  [
    "I had a genuine question about whether an attachment from a supplier was safe and waited two days for an answer. By then I'd opened it anyway because the order needed to go through.",
    "conflict distance",
  ],
  [
    "I'd describe it as respectful. They ask before they change anything on my machine and they explain why.",
    "",
  ],
  [
    "Every few months there's a new rule and no one asks the people doing the actual work. We found out we couldn't use the label printer anymore when we tried to print labels.",
    "conflict power",
  ],
  [
    "The security consultant who came in was arrogant, full stop. Wouldn't make eye contact with the admin staff, only spoke to the directors.",
    "power distance",
  ],
  [
    "positive: they fixed my email on my phone while i waited, took 2 mins. negative: nothing really",
    "",
  ],
  [
    "I suppose it's a bit one-sided. They decide, we adapt. Not that it's caused me any real problems.",
    "power",
  ],
  [
    "I got an email saying my mailbox would be deleted unless I verified it, and I almost did. Turned out it was the IT team's own phishing test. I felt tricked and a bit stupid, and nobody followed up to explain.",
    "feel comm",
  ],
  [
    "They're friendly when you see them in the kitchen. I just wish I knew what they actually did all day.",
    "distance",
  ],
  [
    "The new expense software they picked is a nightmare and they won't hear a word against it. We spend more time fighting it than doing the claims.",
    "conflict",
  ],
  [
    "I rang about a weird pop-up and the lad on the phone stayed on with me for forty minutes until it was gone. He was patient and even apologised for the hold music.",
    "",
  ],
  [
    "My manager told me not to bother IT with small things because 'they get grumpy'. So I Google everything and fix it myself.",
    "distance",
  ],
  [
    "Their instructions for the VPN read like a legal contract. I printed them, read them twice, still didn't get in. Had to ask my teenage son.",
    "comm distance",
  ],
  ["They're always there when we need them. I've honestly got nothing bad to say.", ""],
  [
    "I had a bad week where my account kept locking and I was convinced they were watching me for something. Turned out it was an old phone still trying the old password. They were decent about it, but I spent days worrying.",
    "feel",
  ],
  [
    "They treat IT like their kingdom. You have to beg for admin rights to install a font.",
    "power conflict",
  ],
  [
    "Experience was good. I asked for a second monitor and they had it on my desk by the afternoon with a note saying 'enjoy'.",
    "",
  ],
  [
    "The security team sent a company-wide email about a data leak that basically pointed at our team without naming us. Everyone knew. It was mortifying and nobody had even talked to us first.",
    "blame:emp feel comm",
  ],
  ["I've never had a negative experience. They're very approachable and don't use tech-speak.", ""],
  [
    "When I told them the shared calendar wasn't syncing, they said it was 'user error' before even looking. It wasn't. It was a bug they'd introduced.",
    "blame:emp blame:sec",
  ],
  ["Neutral, I'd say. They answer tickets in a day or two, which is fine for what I need.", ""],
  [
    "I hate the monitoring software. I know they can see every site I visit and I feel watched all day, like I can't even check the news at lunch.",
    "power feel",
  ],
  [
    "The IT team are always changing things and never telling us until it's broken. Monday mornings are a lottery.",
    "comm conflict",
  ],
  [
    "The lady from IT came to our team meeting to explain the new backup system and stayed to answer questions. She even brought biscuits. Best IT meeting I've ever been to.",
    "",
  ],
  [
    "I accidentally deleted a client folder and panicked. I was too embarrassed to tell IT so I tried to recover it myself for hours. Eventually I confessed and they got it back from backup in ten minutes.",
    "feel distance",
  ],
  [
    "Nobody knows what the security person's name is. We just call him 'the firewall guy'.",
    "distance",
  ],
  [
    "They've been good to me. When my father died they sorted out remote access within a day so I could work from his house while we dealt with everything.",
    "",
  ],
  [
    "They sent us a quiz on security and then emailed everyone's scores to our line managers. Mine was 60% and I got a 'chat' about it. Felt like school.",
    "power",
  ],
  [
    "Our IT manager is a bit gruff but he'll drop everything if you're actually stuck. I like him.",
    "",
  ],
  [
    "i asked 4 times for the shared printer to be fixed. 4 times. still broken. they just close the ticket",
    "blame:sec",
  ],
  [
    "I'm probably the worst person in the office for this stuff. I reuse passwords, I lose my token, I forget to lock my screen. They must dread seeing my name.",
    "blame:self",
  ],
  [
    "There was a time they gave me admin access for a project and then took it away without telling me, mid-install. Broke the software for a week. Still not sure who decided.",
    "power comm",
  ],
  [
    "Great. Our security lead explains the why behind every rule, and if a rule doesn't work for us he's actually willing to change it.",
    "",
  ],
  [
    "The onboarding was just a login sheet. I had no idea there even was an IT department for the first three months.",
    "distance",
  ],
  [
    "I appreciate that they care about security. I just wish they'd ask how we actually work before locking things down, because the warehouse scanners kept getting blocked for a week.",
    "conflict power",
  ],
  [
    "Got told off in a group email for 'careless behaviour' because I'd plugged my phone into my laptop to charge it. Nobody had ever told me that was a problem.",
    "blame:emp comm",
  ],
  ["They're fine. Kind of invisible, but fine.", "distance"],
  [
    "Positive: when I reported that I'd given my password on a fake site, they thanked me for being quick and fixed it in minutes. Nobody made a fuss.",
    "",
  ],
  [
    "They fixed my problem but then went over my head to my manager to report that I'd installed an unapproved app. I would've removed it if they'd just asked me.",
    "power",
  ],
  [
    "The IT bloke is the only person in the building who can fix the till system, and he knows it. You have to ask nicely and wait until he's finished his coffee.",
    "power",
  ],
  [
    "I've had nothing but help from them. They even taught me keyboard shortcuts that save me an hour a week.",
    "",
  ],
  [
    "I worry constantly that I'll be the one who gets us hacked. The training made it sound like one wrong click could sink the company, and I'm not great with computers.",
    "feel blame:self",
  ],
  [
    "They rolled out new laptops and half of us couldn't open our old files. Their answer was to send a link to a knowledge base article. Thanks, very helpful.",
    "comm conflict",
  ],
  [
    "I rarely need them, which is a compliment: nothing ever breaks, and when it does they're quick.",
    "",
  ],
  [
    "Our IT is one guy, Piotr, who also does the accounts. He's stretched thin, and sometimes I have to wait, but he's honest about it and always gets there.",
    "",
  ],
  [
    "The security team sit behind a locked door with a sign that says 'Authorised Personnel Only'. I've worked here four years and never been in. I don't think they want to be found.",
    "distance power",
  ],
];

export const VOICES_BB: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BB_2,
  ...VOICES_BB_3,
  ...VOICES_BB_4,
];
