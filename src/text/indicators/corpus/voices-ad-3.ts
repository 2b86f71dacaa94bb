import type { RawExample } from "./types.js";

/**
 * Professional and creative staff at small firms (lawyers, architects, designers, consultants,
 * researchers, accountants, journalists) on security/IT people and rules.
 * Written fresh for Rapport (brief AD), part 3.
 */
export const VOICES_AD_3: readonly RawExample[] = [
  [
    "There's a sort of quiet dread in the newsroom about the monitoring, the idea that somebody somewhere is reading over our shoulders.",
    "feel power",
  ],
  [
    "Users are the weak link, they say, and I suppose in my case they're right.",
    "blame:emp blame:self",
  ],
  [
    "Our concerns about the new client portal went into a ticket queue in April. The portal launched in May. The ticket is still open.",
    "conflict power",
  ],
  [
    "Our IT contractor is wonderful. She comes in every second Tuesday, has a coffee with whoever's around, and fixes the small things before they become big things.",
    "",
  ],
  [
    "They never talk down to us. When I asked what a VPN actually does, I got a straight, patient answer with no eye-rolling.",
    "",
  ],
  [
    "People say the users are the weakest link. I've never bought that, and to their credit neither has our security lead.",
    "",
  ],
  [
    "I used to be terrified of clicking the wrong thing, but after the workshop last spring I feel quite relaxed about it.",
    "",
  ],
  ["The managed file transfer service handles our biggest drawing sets without complaint.", ""],
  ["Our security person explains risks without any jargon at all, which is a rare skill.", ""],
  [
    "Blame isn't really part of the culture here. When I misaddressed an email, IT helped me recall it and we moved on.",
    "",
  ],
  [
    "The firm uses a password manager and single sign-on. Backups run nightly to an offsite provider.",
    "",
  ],
  ["The security team signs off new software within a day or two, which is more than fair.", ""],
  ["I'm not scared of phishing anymore. I know what to look for and I know who to call.", ""],
  [
    "No problem at all with the new laptops; they're faster than the old ones and the encryption is invisible.",
    "",
  ],
  [
    "IT visit the studio every month and ask what's getting in our way. It makes a real difference.",
    "",
  ],
  [
    "The newsroom has a dedicated channel for security questions, and someone usually answers within the hour.",
    "",
  ],
  [
    "I wouldn't call our IT people gatekeepers. They say yes far more often than no, and explain themselves when it's no.",
    "",
  ],
  [
    "The policy is short, written in plain English, and was drafted with input from the associates.",
    "",
  ],
  [
    "Our accountancy practice switched to a secure client portal in spring. Clients upload documents directly and we download them to the practice server.",
    "",
  ],
  [
    "Frankly the security training was better than I expected: short, funny, and it didn't treat us like children.",
    "",
  ],
  [
    "I've never once felt blamed when I reported something odd. They thank you for it, every time.",
    "",
  ],
  [
    "It's not a power thing here. The IT manager asks the partners and the partners ask the staff.",
    "",
  ],
  [
    "Some firms treat security as a police force. Ours feels more like a friendly neighbour who happens to know about locks.",
    "",
  ],
  [
    "The consultants we use are competent, responsive and, crucially, they turn up when they say they will.",
    "",
  ],
  ["Devices are enrolled in device management, and lost laptops can be locked remotely.", ""],
  [
    "There's a common line that lawyers are careless with data. In my experience that's unfair, and our IT team would agree.",
    "",
  ],
  [
    "It used to be a frustrating relationship, years ago, but the new provider has changed all that.",
    "",
  ],
  [
    "Security training is annual, takes about forty minutes, and covers phishing, passwords and handling client data.",
    "",
  ],
  ["I've never felt stupid asking IT a question, however basic.", ""],
  [
    "The researchers' data is stored on an encrypted server in the university's data centre, with access managed per project.",
    "",
  ],
  [
    "We know exactly who to go to: the IT coordinator sits two desks from me and always has time for questions.",
    "",
  ],
  [
    "I'm not anxious about security; it's one of the few things in this business that seems well run.",
    "",
  ],
  [
    "Whatever people say about IT being arrogant, ours consulted every department before choosing the new collaboration tool.",
    "",
  ],
  [
    "The rules make sense to me. When something's blocked, there's usually a good reason, and they tell you what it is.",
    "",
  ],
  ["Our designer workstations allow plugin installs from an approved list that IT maintains.", ""],
  [
    "The security lead's monthly update is two paragraphs, in plain language, with one practical tip.",
    "",
  ],
  [
    "Nobody was to blame for the outage last week; a power cut at the data centre took the hosting down for a few hours.",
    "",
  ],
  [
    "Two-factor authentication was introduced last year and, after a week or so, nobody noticed it any more.",
    "",
  ],
  [
    "The paper's IT support is a two-person firm that also looks after the printing presses' control systems.",
    "",
  ],
  [
    "We had a minor incident in March; it was handled calmly, explained clearly, and nobody was singled out.",
    "",
  ],
  ["I don't find the security people distant at all. I'd happily go for a drink with them.", ""],
  [
    "When I clicked a dodgy link last year, the IT lead said it happens to everyone and walked me through what to do. No lecture.",
    "",
  ],
  [
    "Our firewall and email filtering are handled by an external provider under a monthly contract.",
    "",
  ],
  [
    "The architects meet the IT consultant quarterly to review tools, licences and any upcoming changes.",
    "",
  ],
  ["Encryption of client files is automatic; I don't have to think about it.", ""],
  [
    "Access to the case management system is by role, reviewed every six months by the practice manager.",
    "",
  ],
  ["I appreciate that they explain changes ahead of time, usually with a short demo.", ""],
  [
    "Honestly, our security people have a thankless job and they do it with remarkable good humour.",
    "",
  ],
  ["It was never a question of us against them. We're one small team and IT is part of it.", ""],
  ["The office switched email providers in January. The migration took a weekend.", ""],
  ["I can't remember the last time anything security-related got in the way of my work.", ""],
  [
    "I don't think the security staff see us as the problem. They see the attackers as the problem, which is correct.",
    "",
  ],
  [
    "Research interviews are recorded on encrypted recorders and uploaded to the secure server the same day.",
    "",
  ],
  [
    "The new document management system lets us share files with clients through expiring links.",
    "",
  ],
  [
    "Sharing drawings with the contractor is straightforward now: a secure link, a password by text message, done.",
    "",
  ],
  [
    "Security at our firm is handled by the operations manager, with support from an outside consultancy.",
    "",
  ],
  ["The helpdesk's answers are clear and quick, and they never make you feel silly.", ""],
  [
    "Our head of IT spends an afternoon a month working from the design floor, just to see how we use things.",
    "",
  ],
  ["I'm not worried. If something goes wrong, I know the team has our backs.", ""],
  ["The partners take security seriously, and so do the associates. It's a shared job.", ""],
  [
    "Passwords must be at least twelve characters; the password manager generates them automatically.",
    "",
  ],
  [
    "Our journalists use an encrypted messaging app for sources; the IT team set it up on everyone's phone in an afternoon.",
    "",
  ],
  ["The clean-desk policy applies to the client meeting rooms only, which seems reasonable.", ""],
  ["The IT provider sends a monthly report summarising blocked threats and pending updates.", ""],
  [
    "There's no us-and-them. If anything it's the opposite: the IT staff are the most approachable people in the building.",
    "",
  ],
  ["A phishing simulation runs twice a year; results are shared only as overall percentages.", ""],
  [
    "Nobody lectures anyone. We have a short chat at the Monday meeting if there's something new.",
    "",
  ],
  [
    "The jargon used to baffle me, but our new consultant translates everything into ordinary language.",
    "",
  ],
  ["I'd describe our relationship with IT as easy-going and respectful, on both sides.", ""],
  [
    "Laptops lock after five minutes of inactivity, and the disks are encrypted with the built-in tools.",
    "",
  ],
  [
    "The accountancy uses a dedicated client portal for tax documents, hosted by the software vendor.",
    "",
  ],
  [
    "I wouldn't say I feel outside of it; I'm on the security working group and we meet every couple of months.",
    "",
  ],
  [
    "When the rules got in the way of a site visit, IT sorted out a temporary exception within the hour.",
    "",
  ],
  ["Our studio manager collects software requests and forwards them to the consultant.", ""],
  [
    "I've heard horror stories about arrogant IT departments at bigger firms. Ours is nothing like that.",
    "",
  ],
  [
    "IT didn't break a single thing during the upgrade, which, given the age of our systems, is a small miracle.",
    "",
  ],
  ["Freelancers get a guest account that expires automatically at the end of their contract.", ""],
  [
    "The security consultant asked us what annoyed us about the old setup before designing the new one.",
    "",
  ],
  [
    "The editor and the IT lead have lunch every Friday. Problems tend to get sorted over soup.",
    "",
  ],
  [
    "I have absolutely no complaints about the people; they're helpful, quick and good-humoured.",
    "",
  ],
  [
    "Our server room is a cupboard, but the cupboard is locked and the backups are tested monthly.",
    "",
  ],
  ["It's not that I don't care about security; I just trust the people doing it.", ""],
  ["The firm's acceptable use policy is two pages and was last updated in the spring.", ""],
  ["Client data stays in a European data centre, as our professional rules require.", ""],
  [
    "I asked whether I could use my own tablet for sketching, and within a day they'd set it up properly.",
    "",
  ],
  ["I was nervous about the new system at first, but it turned out simpler than the old one.", ""],
  ["Our IT contractor is a former architect himself, so he understands what we actually do.", ""],
  [
    "Security updates are installed overnight on Wednesdays, and we get a reminder the afternoon before.",
    "",
  ],
  [
    "When a scam was doing the rounds, the security lead came round desk by desk to show us an example. Very useful.",
    "",
  ],
  [
    "The weakest link theory doesn't hold up here. Our staff report more suspicious emails than any other firm our provider works with.",
    "",
  ],
  ["I wouldn't say they're invisible; I see them in the kitchen most mornings.", ""],
  [
    "The consultancy keeps client files on a cloud platform with access logs that the client can inspect.",
    "",
  ],
  ["No, the rules don't slow me down. I barely notice them.", ""],
  ["The accountant who handles IT for us is careful, methodical and happy to explain things.", ""],
  [
    "Being audited by IT sounded alarming, but it was a friendly half-hour review with some useful tips.",
    "",
  ],
  [
    "Every IT ticket I've ever raised turned out to be something I'd done myself, usually at six in the evening and in a hurry.",
    "blame:self",
  ],
  [
    "Put it this way: if there's a wrong button, I'll find it. Our consultant has the patience of a saint with me.",
    "blame:self",
  ],
  [
    "I'm the type who ignores the update reminders for weeks and then wonders why the laptop is sulking. That's me, not them.",
    "blame:self",
  ],
  [
    "Our IT partner's idea of a diagnosis is to reinstall everything and hope for the best. Competence is not the word that springs to mind.",
    "blame:sec",
  ],
  [
    "The picture desk gave up on the provider long ago; they're hopeless, so the photographers keep their own machines running.",
    "blame:sec distance",
  ],
  [
    "The data loss wasn't the reporters' doing, whatever the memo implied. The server had been misconfigured by the people paid to configure it.",
    "blame:sec",
  ],
  [
    "In the partners' meeting someone said the associates treat client confidentiality as a suggestion. Nobody disagreed.",
    "blame:emp",
  ],
  [
    "The security firm's line is that designers are reckless by nature, so every request we make is handled as a risk to be contained.",
    "blame:emp power",
  ],
  [
    "Security is somebody else's worry, as far as I'm concerned. I bill hours; I don't patch servers.",
    "distance",
  ],
  [
    "I think there's an IT person at the northern office? I've certainly never spoken to them.",
    "distance",
  ],
  [
    "I still cringe about the time I plugged in a memory stick I'd found in the car park. That was all me.",
    "blame:self feel",
  ],
  [
    "Our IT chap has a mug that says 'problem exists between keyboard and chair'. He brings it to client meetings.",
    "blame:emp",
  ],
];
