import type { RawExample } from "./types.js";

export const VOICES_CA_2: readonly RawExample[] = [
  [
    "The office manager is our 'IT person' because she once fixed the photocopier. She's fed up, and half the staff can't even be bothered to restart before they ring her.",
    "feel blame:emp",
  ],
  [
    "They actually listened when we said the filter was blocking the RE sites, changed it the same day.",
    "",
  ],
  [
    "Central IT made a rule, we broke it to get reports done, they made a stricter rule. Round and round.",
    "conflict",
  ],
  ["I never know if an email from IT is real or a test, so I ignore them all.", "distance"],
  [
    "MIS training was a video, but there was a Q&A with the trust trainer afterwards which sorted my questions.",
    "",
  ],
  [
    "I dread the annual data protection quiz, I always fail a question and get sent the module again.",
    "feel blame:self",
  ],
  ["Great lot at the trust. Pleasant, quick, no jargon.", ""],
  [
    "Truth is I never read the instructions IT send, then I ring them in a flap. My own fault.",
    "blame:self",
  ],
  [
    "IT are happy to tell us what we did wrong but never what we should do instead.",
    "comm blame:sec",
  ],
  ["The trust's 'digital strategy' was presented to us as a done deal.", "power"],
  [
    "Some staff here genuinely can't be trusted with a shared drive, and I include myself in that.",
    "blame:emp blame:self",
  ],
  [
    "I think we're all a bit scared of the network manager. He's not rude exactly, just very short with people.",
    "feel comm",
  ],
  ["A tech told me 'it's a user error' in front of my class. Mortifying.", "feel power"],
  ["We have an IT meeting once a half-term with the trust and it's actually useful.", ""],
  [
    "I'm not being funny but if they answered the phone people wouldn't go round them.",
    "conflict blame:sec",
  ],
  [
    "Our IT technician asked every department what they needed before the summer. First time anyone's asked, and it showed.",
    "",
  ],
  ["data protection is just a stick to beat us with", "power"],
  ["They're not in the building every day but you'd never know it, always quick on Teams.", ""],
  [
    "They blocked our school Instagram login with no warning the day before the open evening.",
    "conflict",
  ],
  ["The helpdesk guy was really kind when I admitted I'd clicked a link. No judgement at all.", ""],
  [
    "Anything I ask, the answer's 'raise a ticket'. I'm standing right next to you!",
    "conflict comm",
  ],
  [
    "Users ignore every warning we send, so what's the point of sending them?",
    "blame:emp distance",
  ],
  ["I can't keep up with all the rules and feel guilty about it constantly.", "feel blame:self"],
  [
    "Honestly the old provider was a nightmare but the trust's own team are a breath of fresh air.",
    "",
  ],
  [
    "The trust's IT team couldn't find a bug in a sleeping bag. Same fault three terms running.",
    "blame:sec",
  ],
  ["Our IT is a retired volunteer called Derek and he's a saint.", ""],
  [
    "We share an IT provider with three other charities and we're always last in the queue.",
    "power",
  ],
  [
    "The GDPR stuff has made me so nervous about the supporter database I barely touch it.",
    "feel distance",
  ],
  [
    "I'm a volunteer coordinator and I spend half my week resetting volunteers' passwords, which they forget weekly, because the provider won't deal with non-staff.",
    "conflict distance blame:emp",
  ],
  ["Trustees signed a contract with an IT firm none of us had met.", "power"],
  [
    "Volunteers will give their password to anyone who asks nicely. Bless them, but honestly.",
    "blame:emp",
  ],
  [
    "The provider sends a monthly report full of graphs and acronyms. I file it unread.",
    "comm distance",
  ],
  [
    "i messed up the mailchimp list and emailed 2000 donors someone elses name. still mortified",
    "blame:self feel",
  ],
  [
    "Our account manager at the IT company actually came to the charity shop to see how the tills work. Really impressed.",
    "",
  ],
  [
    "I asked if we could use Dropbox for the volunteers and got a flat no, no reason given.",
    "comm conflict",
  ],
  [
    "They know we've got no money and always suggest the cheapest way to do things. Appreciated.",
    "",
  ],
  [
    "Data protection officer is one of our trustees, she's ace, always happy to talk it through.",
    "",
  ],
  ["We only hear from the IT company when an invoice is due or something's been hacked.", "comm"],
  [
    "I'm frightened of being the one who causes a breach, we hold details of vulnerable people.",
    "feel",
  ],
  ["Honestly the IT firm are a waste of money, we'd do better with a teenager.", "blame:sec"],
  ["Our chief exec's son set up the network and now nobody dares change anything.", "power feel"],
  ["I've stopped logging tickets, I just ring Derek at home.", "distance"],
  [
    "Fundraising team ignore every single data rule and then wonder why we get complaints.",
    "blame:emp",
  ],
  [
    "The helpdesk is in another city but they always know which of the charities I'm from and what kit we've got.",
    "",
  ],
  [
    "It was chaos two years ago, now we've got a proper contract and a named engineer. Night and day.",
    "",
  ],
  [
    "They speak a different language. 'Tenant', 'conditional access', 'endpoint'. I run a food bank.",
    "comm",
  ],
  [
    "Volunteers can't get onto the rota system half the time, the provider's never fixed it, and I'm the one who gets shouted at.",
    "conflict feel blame:sec",
  ],
  [
    "I'd rather put it on a spreadsheet on my own laptop than fight the system, I know that's bad.",
    "conflict blame:self",
  ],
  [
    "The provider's engineer was patient with our eighty-year-old treasurer, walked him through everything.",
    "",
  ],
  ["They decided we needed a new CRM and we found out at the trustees' meeting.", "power"],
  [
    "If I ask something I usually realise halfway through the sentence that it's a daft question. Sorry, Derek.",
    "blame:self",
  ],
  ["I feel like a beggar asking for a new laptop.", "power feel"],
  [
    "Trustee here. Honestly most staff have no idea how much risk they take with email.",
    "blame:emp",
  ],
  ["I'm not techy at all, I'm sure I drive them mad.", "blame:self"],
  [
    "The shared drive is a mess because nobody from the provider ever set it up properly.",
    "blame:sec",
  ],
  ["We're told to encrypt everything and then given no way to do it.", "conflict comm"],
  ["Nice bunch. Bit slow at Christmas but who isn't.", ""],
  ["the data protection training made it sound like we'd go to prison for a typo", "feel comm"],
  ["Our 'IT guy' is the finance manager's husband. When they fell out, so did our email.", "power"],
  ["I don't know who's responsible for what and nobody seems to want to tell me.", "comm distance"],
  [
    "The provider locked a volunteer out for 'suspicious activity' — she was logging in from the hospice. Clueless.",
    "conflict blame:sec",
  ],
  ["We have a quarterly call with the IT firm and they're genuinely interested in what we do.", ""],
  ["It's not my job to understand servers. I support refugees.", "distance"],
  ["When things go wrong they find a way to make it our fault.", "conflict blame:sec"],
  ["I keep forgetting to use the secure email for referrals. That's on me.", "blame:self"],
  [
    "Every time I call they ask for my customer number, which I have never once been given.",
    "conflict comm",
  ],
  [
    "The provider fixed our Wi-Fi at the hub and then came back a week later to check it was still OK. Above and beyond.",
    "",
  ],
  ["Honestly a bit scared of the IT company. They make you feel thick for asking.", "feel power"],
  ["Our shop volunteers write the till password on the till. What can you do.", "blame:emp"],
  [
    "We got a letter from the ICO after a volunteer emailed a list without BCC. Everyone's been on edge since.",
    "blame:emp feel",
  ],
  ["They never ask us, they just tell us.", "power"],
  [
    "Some of the older volunteers are honestly afraid of the computer, and the provider's remote-control thing scares them more.",
    "feel",
  ],
  [
    "The IT firm is fine, it's us lot that don't follow the instructions. Me included.",
    "blame:emp blame:self",
  ],
  ["I found out we had a 'cyber policy' when I was told I'd broken it.", "comm"],
  ["they're ok really", ""],
  ["The provider's portal is simple, you just type what's wrong and someone calls back.", ""],
  [
    "I hate having to ask, I always feel like I'm bothering them with my own silly mistakes.",
    "feel blame:self",
  ],
  [
    "Board of trustees approve everything IT-wise, and they're all seventy. It's a nightmare to get anything changed.",
    "power",
  ],
  ["Our engineer Sam explains things without a shred of jargon. I wish everyone was like Sam.", ""],
  ["The 'person who knows about computers' in our office is me, and I really don't.", "blame:self"],
  [
    "Someone finally explained why we can't use our own phones for helpline texts and it made total sense.",
    "",
  ],
  [
    "We wanted to try a new volunteering app and IT said it 'hadn't been through security review'. That was eight months ago.",
    "conflict blame:sec",
  ],
  [
    "I don't report half the things because it's usually my own silly fault and I don't want to look stupid.",
    "distance feel blame:self",
  ],
  [
    "Staff share logins all the time because the licences cost too much. Everyone knows, nobody says.",
    "conflict",
  ],
  ["Data protection here is taken seriously and explained properly, which I really value.", ""],
  [
    "The provider wouldn't talk to me because I'm 'only a volunteer', even though I manage the whole shop.",
    "power",
  ],
  ["Support by email only. You can't have a conversation with an email.", "comm distance"],
  [
    "The IT company overcharge us for everything and still can't get the email working on the shop tablet.",
    "blame:sec",
  ],
  [
    "Annoying that every password needs changing every month. I just add a number.",
    "conflict feel",
  ],
  ["Fundraisers think data protection is something that happens to other people.", "blame:emp"],
  ["Honestly, no complaints. They respond fast and they're polite.", ""],
  [
    "When our server died the provider's engineer said 'well, you didn't renew the backup'. Nobody told us it needed renewing!",
    "conflict blame:sec",
  ],
  ["It's a bit awkward, our IT lead is also a trustee so you can't really complain.", "power"],
  [
    "I never know the right words to describe the problem, so I probably waste their time.",
    "blame:self",
  ],
  [
    "They're mostly remote, but the engineer comes to the AGM every year and says hello to everyone.",
    "",
  ],
  ["We had a breach last year because of me. I still think about it.", "blame:self feel"],
  ["The provider takes ages but our contract is the cheapest, so you get what you pay for.", ""],
  ["I'm tired of being the unpaid IT person for the whole charity.", "feel"],
  [
    "IT said the volunteers' laptops must have a 14-character password. Half of them can't remember their own postcode.",
    "conflict blame:emp",
  ],
  [
    "The new starter pack includes a proper IT induction with the provider now. Much better than when I joined.",
    "",
  ],
];
