import type { RawExample } from "./types.js";

/** Part 3 of batch GB (see voices-gb.ts). */
export const VOICES_GB_3: readonly RawExample[] = [
  [
    "Worried they'll blame me if anything goes wrong, so I keep my head down and don't ask.",
    "feel distance",
  ],
  ["They hold all the keys. We can't even reset our own passwords.", "power"],
  ["Nobody knows who they actually are. They're just 'IT', like the weather.", "power distance"],
  [
    "The lad from the IT firm is quite arrogant, acts like he's doing us a favour by turning up.",
    "power",
  ],
  ["We're always on the back foot, they're the experts so who are we to argue.", "power"],
  [
    "They are like invisible police of the computer. You only know they exist when something is blocked.",
    "comm power",
  ],
  ["We get monitored, reviewed, tested. As far as I can see nobody ever reviews them.", "power"],
  ["It's not a relationship really, they're a service we pay for and that's it.", "distance"],
  ["Dont talk to them much. No need.", "distance"],
  [
    "When the email or the printer plays up I just restart things myself, easier than waiting.",
    "distance",
  ],
  ["There's no regular contact. I couldn't tell you the name of anyone in IT.", "distance"],
  ["I keep my distance, they keep theirs, works fine.", "distance"],
  ["we use our own gmail for some stuff because asking IT takes forever", "conflict distance"],
  ["The branch manager fixes most things, we only go to IT as a last resort.", "distance"],
  [
    "Honestly the weakest point is us. People reuse passwords, share logins on the tills, leave screens unlocked.",
    "blame:emp",
  ],
  [
    "They act like every breach in the world is down to users. Have they ever tried to run a shop?",
    "conflict blame:emp",
  ],
  [
    "The consultant at the training literally opened with 'you are the weakest link'. Great way to start.",
    "comm blame:emp",
  ],
  [
    "Their systems are so clunky people have to find workarounds, then they blame us for using them.",
    "conflict blame:emp blame:sec",
  ],
  ["They're slow, they're expensive and they don't understand logistics.", "blame:sec"],
  ["If IT actually did their job properly we wouldn't need half these rules.", "blame:sec"],
  ["The security guy is the reason nobody can work from home properly.", "conflict blame:sec"],
  [
    "We got done by a fake supplier invoice and the email filter didn't catch it. What do we pay them for?",
    "blame:sec",
  ],
  ["Pointless. They tick boxes for the insurance and that's it.", "blame:sec"],
  ["I should pay more attention to their emails, I know that, my bad.", "blame:self"],
  [
    "I got caught by the phishing test twice, I'm the reason we all had to do extra training. Feel really bad.",
    "feel blame:self",
  ],
  ["It's probably me not them, I'm not a techy person and I get lost.", "blame:self"],
  ["I am the trouble for them I think, always I forget the steps.", "blame:self"],
  [
    "Honestly embarrassed, I let someone follow me in through the back door and it turned out to be a test.",
    "feel blame:self",
  ],
  ["If something goes wrong its usually cos I rushed it, not their fault.", "blame:self"],
  [
    "They brought in a rule that you can't forward work emails to your personal account. Sounds fine, but half our landlords only reply to my personal number, so now I'm breaking the rules daily just to do lettings. Nobody from IT ever asked how we actually work.",
    "conflict comm",
  ],
  [
    "We had a ransomware scare and instead of helping they sent round a long email about who had clicked what. Felt like a witch hunt.",
    "comm feel blame:emp",
  ],
  ["I think they see us as a nuisance. We probably are a bit.", "blame:emp blame:self"],
  ["How would they describe it? Probably 'users who never read anything'.", "blame:emp"],
  [
    "They'd say we're hard work. We'd say they're never around. Both true probably.",
    "distance blame:emp",
  ],
  ["They think we're careless, we think they're paranoid.", "conflict blame:emp blame:sec"],
  ["Bad: they only speak to us when there's a problem. Good: they fix it fast.", "comm"],
  ["I don't understand most of what they say and I'm too embarrassed to ask.", "comm feel"],
  ["The depot has no IT person on site. You ring a number at head office and hope.", "distance"],
  [
    "They come across a bit superior, like the rest of us wouldn't understand anyway.",
    "comm power",
  ],
  [
    "There's a feeling in the office that they're watching us, one of them mentioned someone's browsing history in a team meeting.",
    "feel power",
  ],
  ["Whenever the IT company visits it's to tell us off about something.", "comm blame:emp"],
  [
    "I try to fix it myself first because the last time I asked they made me feel thick.",
    "comm feel distance",
  ],
  ["They're clever people but they live in a different world from the shop floor.", "distance"],
  [
    "in my country we have IT person in the office, here is only email to company, nobody come",
    "comm distance",
  ],
  ["Its always 'user error'. Never once been their fault apparently.", "blame:emp blame:sec"],
  ["The security policy is 40 pages. Nobody in a 12 person office is reading that.", "comm"],
  [
    "They blocked our Rightmove uploads for a week because of some certificate thing and didn't tell anyone.",
    "conflict comm",
  ],
  ["I'm always nervous when I see their name in my inbox.", "comm feel"],
  ["Feel like they don't trust us at all.", "feel blame:emp"],
  [
    "The support line keeps you on hold for 40 minutes while you've got customers waiting. Infuriating.",
    "conflict feel",
  ],
  ["I gave up reporting things. Nothing happens anyway.", "distance blame:sec"],
  [
    "Whenever we say a rule is impossible in the warehouse they say 'it's mandatory' and that's the end of it.",
    "conflict power",
  ],
  [
    "We depend on them for literally everything, even adding a new starter to the rota system.",
    "power",
  ],
  [
    "It's frustrating that a 23 year old contractor decides whether the whole accounts team can work that day.",
    "feel power",
  ],
  [
    "The security lady is fine but the rules she brings in make every job twice as long.",
    "conflict",
  ],
  ["Honest answer? They're a necessary evil.", "conflict"],
  [
    "They did a surprise clean desk check one evening and left notes on people's chairs. Nobody liked that.",
    "feel power",
  ],
  [
    "The MFA keeps logging me out of Xero halfway through a reconciliation, I've asked three times for help and got nowhere.",
    "conflict",
  ],
  ["They probably think I'm stupid. Maybe I am with this stuff.", "feel blame:self"],
  ["Feel a bit guilty for ringing them so often.", "feel blame:self"],
  [
    "I left my laptop on the train last year. Totally on me. They were fine about it.",
    "blame:self",
  ],
  [
    "the problem is me, I dont read english fast so the security emails take me long time and I skip them",
    "blame:self",
  ],
  ["I'm the weak link in our office, I admit it.", "blame:self"],
  [
    "They answer questions with more questions. 'What's your endpoint ID?' I don't know mate, it's the laptop.",
    "conflict comm",
  ],
  ["Zero face time. I only know them as a logo on an email signature.", "comm distance"],
  [
    "Their way of dealing with us is a Teams message at 7pm saying 'URGENT do not open attachments'. That's it, no context.",
    "comm",
  ],
  [
    "Most of the staff at the shop don't care about security, they just want to get through the shift.",
    "blame:emp",
  ],
  ["Users are always going to be the problem, IT can only do so much.", "blame:emp"],
  [
    "Our receptionist gave the wifi password to a delivery driver, so yeah, we don't help ourselves.",
    "blame:emp",
  ],
  [
    "Some of the agents let clients use their logged-in laptops at viewings. That's on us, not IT.",
    "blame:emp",
  ],
  [
    "They set rules that make no sense for a warehouse, like locking the screen after 2 minutes when you're scanning pallets.",
    "conflict blame:sec",
  ],
  ["IT security here is a joke, it's one guy who also does the website.", "blame:sec"],
  ["I'm scared I'll be the one who lets the hackers in.", "feel"],
  ["It worries me that we rely on one contractor who nobody else understands.", "feel power"],
  ["They don't feel like part of the company. They're just someone we phone.", "distance"],
  [
    "He fixed it, but the way he said 'who told you to do that?' made me feel about five years old.",
    "comm feel",
  ],
  [
    "We hear from them when audit season comes round and they need sign-off on everything. Rest of the year, silence.",
    "comm distance",
  ],
  ["Unreachable at weekends, and weekends are our busiest trading days.", "conflict"],
  [
    "They said the slowdown was down to 'user behaviour on the network'. Meaning us watching videos at lunch I suppose.",
    "comm blame:emp",
  ],
  ["They're not rude, but they never explain why, they just say do it.", "comm power"],
  ["I don't blame them, but I don't really talk to them either.", "distance"],
  ["Never condescending, I'll give them that. Just impossible to get hold of.", "conflict"],
  ["Nice people, it's the rules that drive me mad.", "conflict feel"],
  ["Not arrogant, but definitely in charge. We do what they say.", "power"],
  [
    "They don't treat us like the weakest link, which I appreciate, but honestly some of us are.",
    "blame:emp",
  ],
  [
    "Personally no issues, but the warehouse team are always moaning that IT slow everything down.",
    "conflict",
  ],
  [
    "Accounts get disabled, sites get blocked, and you never find out who did it or why. Like an invisible force.",
    "comm power",
  ],
  ["I hate asking because he turns it into a lecture.", "comm feel"],
  [
    "They did a cyber security talk at the staff meeting, half of it was graphs about threat actors. I switched off after five minutes.",
    "comm distance",
  ],
];
