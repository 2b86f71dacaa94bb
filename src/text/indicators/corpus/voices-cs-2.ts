import type { RawExample } from "./types.js";

/** Employees, security staff and SME managers on each other, in short interview quotes (part 2). Written fresh for Rapport (brief CS). */
export const VOICES_CS_2: readonly RawExample[] = [
  [
    "When I started here nobody even told me there was an IT person, I found out by accident three months in.",
    "distance comm",
  ],
  [
    "Our sysadmin will happily sit with you for twenty minutes to show you how something works.",
    "",
  ],
  [
    'It\'s always "the users" this and "the users" that, as if we\'re some sort of problem to be managed.',
    "power feel",
  ],
  ["Staff reuse passwords, share them, write them down, you name it.", "blame:emp"],
  [
    "Frankly I don't have the time to read every security email, I've got a business to run.",
    "distance",
  ],
  [
    "The firewall blocked our biggest customer's website for two days and nobody in IT seemed bothered.",
    "conflict blame:sec",
  ],
  ["I'm a bit nervous around the IT manager, he's quite sharp with people.", "feel power"],
  ["Everyone here is very good about locking their screens now, it's become a habit.", ""],
  ["Might be me being thick but I still don't get what two-factor is for.", "blame:self comm"],
  ["I'm not going to lie, I get fed up being the bad guy.", "feel conflict"],
  ["They've never once asked for our feedback on any of the systems.", "power distance"],
  ["honestly no complaints, they're sound", ""],
  [
    "the new laptop policy is a joke, can't install anything, can't print from home, how am i supposed to work",
    "conflict feel",
  ],
  ["I tell them and tell them and it goes in one ear and out the other.", "blame:emp comm"],
  [
    "It's my responsibility as the director and I've let it slide, I'll hold my hands up.",
    "blame:self",
  ],
  [
    "They're polite, I'll give them that, but I couldn't tell you a single one of their names.",
    "distance",
  ],
  ["I only see the IT folk at the Christmas party.", "distance"],
  ["The security team here are approachable, you can just message them on chat.", ""],
  [
    'We get these automated warnings that say "violation detected" and my heart sinks every time.',
    "comm feel",
  ],
  ["Most incidents start with someone in a hurry who didn't stop to think.", "blame:emp"],
  [
    "I kept quiet about losing my phone for a week because I was scared of the fallout.",
    "feel distance blame:self",
  ],
  [
    "A lot of the friction comes from me, I don't always explain the why behind the rules.",
    "blame:self conflict comm",
  ],
  [
    "The IT company treats us like a small account that isn't worth their time.",
    "power feel blame:sec",
  ],
  [
    "There were teething problems with the new system but IT were on hand the whole first week.",
    "",
  ],
  ["If you ask them a question they answer a different one, in a language I don't speak.", "comm"],
  [
    "I genuinely don't think our staff care about security, it's just not on their radar.",
    "blame:emp distance",
  ],
  [
    "I'm not saying they're bad at their jobs, but they're never there when you need them.",
    "distance blame:sec",
  ],
  [
    "Security wants everything locked down, sales wants to close deals on their phones in airports, and I'm stuck in the middle.",
    "conflict",
  ],
  [
    "It's a bit embarrassing but I call my nephew when the computer goes wrong rather than IT.",
    "distance feel",
  ],
  ["We're on first-name terms with the whole IT team, it's really relaxed.", ""],
  ["i think they think we're all idiots tbh", "feel power"],
  ["The IT manager and I have a coffee every Friday and go through what's coming up.", ""],
  ["They put the new policy on the intranet and expected everyone to just know.", "comm"],
  [
    "I dread having to ask for anything because I know I'll get a load of questions back.",
    "feel power",
  ],
  [
    "When something goes wrong they look for a scapegoat, and it's never one of them.",
    "blame:sec conflict",
  ],
  [
    "I'll be honest, I'm the one who kept pushing back on MFA, and that was a mistake.",
    "blame:self",
  ],
  [
    "People don't report incidents because they think it's pointless, and sometimes they're right.",
    "distance blame:sec",
  ],
  [
    "They installed monitoring on all our machines without telling anyone, and people were furious.",
    "power comm feel",
  ],
  [
    "The security audit was a bit daunting at first, but the auditor was friendly and it went fine.",
    "",
  ],
  ["Employees are the single biggest risk we have, no question.", "blame:emp"],
  ["I send an email, I get a ticket number, I wait. That's the relationship.", "distance comm"],
  ["Some days I feel more like a babysitter than a security engineer.", "feel blame:emp power"],
  [
    "We've got a really good bloke, he explains things using analogies about locks and keys and it just clicks.",
    "",
  ],
  [
    "I'm worried we're one click away from disaster and nobody but me seems to care.",
    "feel blame:emp distance",
  ],
  [
    "The password expiry every 30 days drives everyone mad, so they just add a 1 on the end.",
    "conflict blame:sec",
  ],
  [
    "Half the time I don't know whether an email is from IT or a scammer, they look the same.",
    "comm feel",
  ],
  ["Our IT guy is brilliant but he's one person and we lean on him far too much.", ""],
  ["the security training is a video you click through while doing something else", "distance"],
  ["I asked what the new policy meant for my team and the answer was a 40-page PDF.", "comm"],
  [
    "Our outsourced IT decide when updates happen, we just wake up to a restarted machine.",
    "power comm",
  ],
  [
    "I'm not great at saying \"I don't know\", so I probably come across as arrogant to the staff.",
    "blame:self power",
  ],
  ["We've had no major issues, touch wood, and the team's always responsive.", ""],
  ["I won't pretend otherwise, the staff think I'm paranoid.", "conflict feel"],
  ["Can never get hold of anyone after 4pm.", "distance blame:sec"],
  [
    "I feel like I have to justify every request to them, like a child asking for pocket money.",
    "power feel",
  ],
  [
    "Honestly the biggest security risk in this firm is probably me, I'm always in a rush.",
    "blame:self",
  ],
  ["The clients expect us to be secure, and frankly my staff aren't up to it.", "blame:emp"],
  ["IT told me off in front of the whole team for plugging in a USB stick.", "power feel comm"],
  ['We set up a "no silly questions" rule with IT and it\'s worked brilliantly.', ""],
  [
    "Their emails are all capitals and exclamation marks, like we're in trouble before we've even read them.",
    "comm feel",
  ],
  ["There's a lot of eye-rolling on both sides, if I'm honest.", "conflict"],
  [
    "I've stopped raising concerns because nothing ever happens with them.",
    "distance blame:sec feel",
  ],
  ["The director just overrules security whenever it's inconvenient for him.", "power conflict"],
  ["Don't know who our IT people are. Don't really need to.", "distance"],
  ["I thought security would be a pain but they've actually made my job easier.", ""],
  [
    "Every time there's a breach in the news the boss panics and we get another rule.",
    "conflict feel",
  ],
  ['They explain things by saying "for compliance reasons", which tells me nothing.', "comm"],
  ["I honestly feel like I'm treated as a threat rather than a colleague.", "feel power"],
  ["When people do report things I make a point of thanking them.", ""],
  [
    "I think we in IT have been a bit precious about our knowledge, to be honest.",
    "blame:self power",
  ],
  [
    "My team get annoyed with me because I'm the one who has to enforce IT's rules.",
    "conflict feel",
  ],
  ["staff just dont read. simple as", "blame:emp"],
  ["There was a time when I'd dread calling IT, but the new team are lovely.", ""],
  ["We only speak when there's an outage or an audit, never just to check in.", "comm distance"],
  [
    "I'd rather work around the system than spend a day arguing with IT about it.",
    "conflict distance",
  ],
  ["I'm the reason we got that ransomware scare, I opened the attachment.", "blame:self feel"],
  ["The contractor talks down to my office staff, and I've had to have a word.", "power comm"],
  ["Our IT policies are sensible and most people understand why they're there.", ""],
  ["I don't trust the staff with admin access and they know it.", "power blame:emp"],
  ["Nobody from IT has ever asked me how I actually do my job.", "distance power"],
  ["I can never tell if they're annoyed with me or that's just how they write.", "comm feel"],
  ["Security is everyone's job here and people genuinely seem to believe that.", ""],
  [
    "The management team sign off on rules they then refuse to follow themselves.",
    "blame:emp conflict",
  ],
  ["They block something new every week and we find out when it stops working.", "conflict comm"],
  ["Maybe I'm too soft on the staff, I let things go that I shouldn't.", "blame:self"],
  ["We're lucky, our IT lead came up through the business so she knows how we work.", ""],
  ["If I'm being really honest, I'm a little intimidated by the whole thing.", "feel"],
  ["There's no one to talk to, just a portal and a chatbot.", "distance comm blame:sec"],
  [
    "Whenever I raise a risk the board looks at me like I'm trying to spend their money.",
    "conflict power feel",
  ],
  ["The security awareness posters are a bit cheesy but they do the job.", ""],
  ["They say security is important but they never explain why it matters to us.", "comm"],
  ["Honestly the IT firm seem more interested in selling us things than helping.", "blame:sec"],
  ["we just share the one password for the supplier portal, everyone knows it", ""],
  [
    "The sales team are the worst, they'll approve any login prompt just to make it go away.",
    "blame:emp",
  ],
  [
    "I was too proud to ask for help with the new system and ended up making a mess of it.",
    "blame:self distance",
  ],
  ["There's a real them-and-us feel between the office and IT.", "conflict distance"],
  ["Our IT team are very good at explaining what went wrong without making anyone feel bad.", ""],
  [
    "I feel a bit useless when the IT person has to fix the same thing for me again.",
    "blame:self feel",
  ],
  ["It feels like IT doesn't trust us, and honestly it's mutual.", "conflict feel"],
  [
    "After we had that scare, we started a short monthly chat with the whole team and it really helped.",
    "",
  ],
  ["They send the phishing test emails and then shame people in the results.", "power feel comm"],
  [
    "It's a bit of a struggle to get staff to take me seriously when I'm half their age.",
    "power conflict",
  ],
  ["I just keep my head down and hope the scanners don't flag anything.", "distance feel"],
  ["The IT consultant's report was thorough and he walked us through every page.", ""],
  ["If something goes wrong I assume it's something I did.", "blame:self"],
  ["My worry is that people are too scared of me to admit their mistakes.", "feel power distance"],
  ["IT never admit when they've got it wrong.", "blame:sec"],
  ["Trust is pretty good these days, people will tell me if they've messed up.", ""],
  ["I've given up asking for a second screen, it's been six months.", "distance conflict"],
  [
    "Our owner thinks security is a waste of money until something goes wrong.",
    "blame:emp conflict",
  ],
  ["It's honestly fine. I don't think about IT much and they don't think about me.", "distance"],
  [
    "They've got a reputation for being difficult, and I'm not sure it's undeserved.",
    "blame:sec conflict",
  ],
  ["I'm always apologising to them for bothering them.", "power feel"],
  ["Can't say I've ever had a bad experience with our IT support.", ""],
  ["The rules are written by people who've never done my job.", "power blame:sec"],
  ["We all just keep quiet and use our own phones when the system's down.", "distance conflict"],
  [
    "I'm the bottleneck, everything security related waits on me and I know it annoys people.",
    "blame:self conflict",
  ],
  [
    "The new MSP came in, introduced themselves to every single person, and it made a real difference.",
    "",
  ],
  ['We get told to "raise a ticket" for everything, even just a question.', "comm distance"],
  [
    "Sometimes I think the staff would rather lose the data than sit through another training session.",
    "blame:emp feel",
  ],
  [
    "I asked a simple question and got a reply copied to my manager. Felt like I was being reported.",
    "power feel comm",
  ],
  [
    "The IT side and the ops side don't talk, and I'm as guilty as anyone for letting that happen.",
    "distance blame:self",
  ],
  ["ngl the IT guy is a legend, sorted my laptop on a saturday", ""],
  [
    "They forced us onto a new system mid-quarter and the whole office lost a week.",
    "conflict power blame:sec",
  ],
];
