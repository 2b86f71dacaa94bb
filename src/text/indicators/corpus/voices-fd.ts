import type { RawExample } from "./types.js";
import { VOICES_FD_2 } from "./voices-fd-2.js";
import { VOICES_FD_3 } from "./voices-fd-3.js";
import { VOICES_FD_4 } from "./voices-fd-4.js";
import { VOICES_FD_5 } from "./voices-fd-5.js";

/** Employees taking the other side's view: how security staff would describe the relationship and feel about employees (round 23). Written fresh for Rapport (brief FD). */
const FIRST_PART: readonly RawExample[] = [
  ["they'd probably call it a good relationship, we don't give them much grief", ""],
  ["Pretty friendly honestly", ""],
  ["They run the patching on Thursdays and set up the VPN for new starters.", ""],
  [
    "I think they see accounts as a sensible bunch; we always lock our screens and shred the printouts.",
    "",
  ],
  ["good side: Marta answers within the hour. bad side: cant think of one", ""],
  ["They would describe it as relaxed, we have coffee with them most Fridays.", ""],
  ["no idea, never really thought about it", ""],
  [
    "Honestly I'd say they're fond of the warehouse lads. We bring them cake when they fix the scanners.",
    "",
  ],
  ["They are not arrogant at all, they explain everything in plain words.", ""],
  [
    "The fake phishing test last spring annoyed people, but once they explained the reason everyone was fine with it.",
    "",
  ],
  ["ok i guess. they fix stuff", ""],
  [
    "As a ward manager I'd say they respect our time; updates are always scheduled around shift handover.",
    "",
  ],
  ["Slow to reply sometimes but always polite and it gets sorted", ""],
  [
    "They think of us in design as creative people who need a bit more freedom, and they give it to us within reason.",
    "",
  ],
  [
    "I think they feel employees are partners. The owner says security is everybody's job and they actually act like it.",
    "",
  ],
  ["Good: the new password manager. Bad: nothing major.", ""],
  ["In my first year I was scared to call them. Now I just pop my head in, no problem at all.", ""],
  ["They'd say we're one of the easier teams, we follow the checklist.", ""],
  ["we are 12 people, the security guy is also our IT guy, works fine", ""],
  ["They probably think our department is quite careful with client data, which is true.", ""],
  [
    "User mistakes happen everywhere, they told us, and the system should catch them before they matter.",
    "",
  ],
  ["Not distant at all, Jonas sits two desks from me.", ""],
  ["They handle the firewall and the door badges, that's all I know about their work.", ""],
  ["i think they like us", ""],
  [
    "The good side is they teach us instead of punishing. The bad side, maybe too many emails, but they are short and clear so I don't mind.",
    "",
  ],
  [
    "They see employees as the first line of defence and they send a thank-you when we report a phishing mail.",
    "",
  ],
  [
    "It used to feel like they only came round to tell us off, but the new team lead changed that completely.",
    "",
  ],
  ["they think we click everything lol", "blame:emp"],
  [
    "They'd say the sales team is a nightmare, always on hotel wifi and never updating anything.",
    "blame:emp",
  ],
  [
    "Probably they describe us as the people who never read their emails. And true, we don't, because they are full of acronyms.",
    "blame:emp distance comm",
  ],
  ["I only hear from them when my laptop gets flagged.", "comm"],
  ["whoever they are, i have never met one", "distance"],
  [
    "They think finance is careless. It makes me angry because we follow every single rule.",
    "blame:emp feel",
  ],
  ["good: nothing. bad: they block every website I need for research", "conflict blame:sec"],
  ["My account was locked for three days before anyone called me back.", "conflict"],
  [
    "They probably see us as children who need watching. Every click is logged and the managers get weekly reports.",
    "power",
  ],
  ["i feel stupid every time i ring them", "feel"],
  ['They\'d describe the relationship as "us cleaning up your mistakes", I think.', "blame:emp"],
  [
    "At our hotel the front desk people feel IT security decides everything without asking, like an invisible boss.",
    "power",
  ],
  [
    "Bad side is the language. My English is ok but the security newsletter uses words that are not normal English, I understand maybe half.",
    "comm",
  ],
  ["honestly we just fix things ourselves, quicker than opening a ticket", "distance"],
  [
    "They think employees are the weakest link, they literally put it on a slide at the kickoff.",
    "blame:emp",
  ],
  ["They look down on the workshop guys, you can hear it in how they talk to us.", "comm power"],
  [
    "I think they think our department is fine, but the bad side is I'm nervous for days before every audit.",
    "feel",
  ],
  [
    "We're a 40-person architecture office and the security contractor only shows up when there's been a breach.",
    "comm distance",
  ],
  [
    "They would say we are difficult. We'd say they are useless. So not great.",
    "blame:emp blame:sec conflict",
  ],
  ["Security? They're the reason I can't install anything.", "blame:sec conflict"],
  [
    "To be fair, the leak last year was our department's fault, we sent the file to the wrong client.",
    "blame:self",
  ],
  ["they dont explain why, just new rule new rule", "comm"],
  [
    "I think they feel we treat them like a helpdesk we can shout at. Maybe we do, a bit.",
    "power blame:self",
  ],
  ["Nobody in logistics knows who is responsible for security here.", "distance"],
  ["good: they are quick. bad: all the monitoring makes me feel like a suspect", "power feel"],
  ["They were rude to my colleague in the team chat and nobody apologised.", "comm"],
  ["Annoying. That's the word.", "feel"],
  [
    "I think they'd say the relationship is fine. From our side it's more that we avoid them unless the printer dies.",
    "distance",
  ],
  [
    "They see marketing as a risk because we use so many cloud tools, and every new tool takes six weeks to get approved.",
    "blame:emp conflict",
  ],
  ["Their training videos are made for people who already know everything.", "comm"],
  ["we wrote the passwords on post-its, our bad", "blame:self"],
  [
    "They think we're lazy. We think they're paranoid. Both a bit right maybe.",
    "blame:emp blame:sec blame:self",
  ],
  [
    'Bad: when I asked why we need two-factor on the till, the answer was "because policy".',
    "comm",
  ],
  ["good relation, no complain", ""],
  [
    "They would say we are a careful clinic. Patient files never leave the building and they know it.",
    "",
  ],
  ["Very helpful people, always.", ""],
  [
    "The security team is two people in our Lisbon office and they also look after the servers.",
    "",
  ],
  [
    "I believe they think the drivers are fine. We only use the tablet for delivery notes anyway.",
    "",
  ],
  ["They really don't talk down to us, even when the question is basic.", ""],
  ["good: fast. bad: -", ""],
  [
    "At the law firm they see the paralegals as reliable, we get asked to pilot new tools first.",
    "",
  ],
  ["they are ok with us", ""],
  [
    "A bit strict with the USB sticks, but they gave everyone a shared drive instead so it's not an issue.",
    "",
  ],
  [
    "When I joined I thought they were cold. After the move to the new office we sit together and it's totally different.",
    "",
  ],
  [
    "Employees are not the weakest link, our security lead says the weakest link is old software. I agree with him.",
    "",
  ],
  ["The good part is they come to our team meeting once a month and take questions.", ""],
  ["They check the camera system and renew the certificates every year.", ""],
  ["Would describe it as respectful on both sides.", ""],
  ["Our bakery has 30 staff and one IT person who also does security. She's lovely.", ""],
  ["I think they think we are improving. We had more incidents before, now almost none.", ""],
  ["nothing bad to say really", ""],
  ["They'd call us curious, we ask lots of questions and they seem to enjoy it.", ""],
  ["Bad side? Maybe the password length, but honestly I use the manager so I don't notice.", ""],
  ["In our call centre they treat agents like adults, which I did not expect.", ""],
  [
    "The audit last year was stressful, I admit, but this year they walked us through it beforehand and it was calm.",
    "",
  ],
  ["i'd say they trust us", ""],
  ["They set up my laptop in twenty minutes and showed me the VPN.", ""],
];

export const VOICES_FD: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FD_2,
  ...VOICES_FD_3,
  ...VOICES_FD_4,
  ...VOICES_FD_5,
];
