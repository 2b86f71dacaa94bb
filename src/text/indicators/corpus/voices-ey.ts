import type { RawExample } from "./types.js";
import { VOICES_EY_2 } from "./voices-ey-2.js";
import { VOICES_EY_3 } from "./voices-ey-3.js";
import { VOICES_EY_4 } from "./voices-ey-4.js";
import { VOICES_EY_5 } from "./voices-ey-5.js";

/** Office staff in law and accounting firms, insurers, agencies, councils and charities, answering the survey's open questions (round 22). Written fresh for Rapport (brief EY). */
const FIRST_PART: readonly RawExample[] = [
  ["yes very helpful, sorted my vpn in 5 min", ""],
  ["They set up MFA on everyone's phones, run the backups and handle new starters' laptops.", ""],
  ["helpful when you can actually get hold of them", "conflict"],
  [
    "Honestly yes. Our IT security guy at the council walked me through the phishing report button twice without making me feel daft.",
    "",
  ],
  ["They patch the servers overnight and check the firewall logs, as far as I know.", ""],
  ["no idea what they do tbh, never met them", "distance"],
  ["Helpful? Only if you count a ticket closed with 'working as intended' as help.", "blame:sec"],
  [
    "They are helpful because they explain the reason behind a rule instead of just enforcing it.",
    "",
  ],
  [
    "They manage the document system permissions so each client matter stays walled off from the others.",
    "",
  ],
  [
    "I think they see us as a bunch of people who will click on anything with a gift card in it.",
    "blame:emp",
  ],
  [
    "They'd probably call it a partnership. I'd call it a hostage situation with better coffee.",
    "power",
  ],
  ["They answer fast, I'll give them that. The answer is just always no.", "conflict"],
  ["they treat us like suspects", "power"],
  ["friendly and calm, never make you feel stupid", ""],
  [
    "Our security lead at the charity reads every email I send to donors before it goes out. Feels like being marked by a teacher.",
    "power",
  ],
  ["emails full of acronyms nobody here gets", "comm"],
  ["Clear enough. They send a short summary in plain English after every incident.", ""],
  [
    "I was nervous when I reported clicking a bad link, but Aoife just thanked me for telling her quickly and fixed it.",
    "",
  ],
  ["We only hear from them when someone has messed up.", "comm"],
  [
    "They block USB sticks, so I can't take drawings to site meetings with the planners. Nobody asked the architects first.",
    "conflict power",
  ],
  ["decent lot, bit nerdy", ""],
  ["Polite but distant: we email, we never actually talk.", "distance comm"],
  [
    "In their eyes we're the weakest link, and in our office they're probably right.",
    "blame:emp blame:self",
  ],
  [
    "Phishing tests every quarter, password resets, locking down the shared drives, vetting suppliers.",
    "",
  ],
  [
    "The awareness training is good, short videos with real examples from insurance claims fraud.",
    "",
  ],
  [
    "I got locked out of the claims system on a Friday afternoon and nobody picked up until Monday.",
    "conflict",
  ],
  ["I don't bother asking any more, I just google it and fix it myself.", "distance"],
  [
    "They think we're idiots. You can hear it in how they say 'have you tried reading the guidance'.",
    "blame:emp comm",
  ],
  ["fine. no complaints", ""],
  [
    "Their messages are understandable, except when they forward vendor alerts without saying what they mean for us.",
    "comm",
  ],
  [
    "I used to dread their audits, but since Pieter took over they're more of a chat over coffee.",
    "",
  ],
  ["They come across as a bit arrogant, to be honest.", "power"],
  [
    "One time they remote-accessed my laptop without a word and I watched the mouse move on its own. Creepy.",
    "power feel",
  ],
  ["Good relationship. There's a Teams channel and they answer within the hour.", ""],
  ["they're helpful bc they actually pick up the phone", ""],
  ["How would they describe us? Probably as 'the users'. Said with a sigh.", "blame:emp"],
  [
    "I felt really stupid after the phishing simulation, the follow-up email named the department.",
    "feel",
  ],
  [
    "They run the encryption on our laptops and check that candidate data from the recruitment database isn't leaving the building.",
    "",
  ],
  ["Honestly I think they like us. They bring biscuits to the training sessions.", ""],
  ["Thorough, which is great until your new starter waits nine days for a laptop.", "conflict"],
  ["i'm their worst customer, forget my password monthly", "blame:self"],
  ["Not distant at all, Ravi sits two desks from me.", ""],
  [
    "They know everything we do online. Nobody told us what they log, and I'm not going to ask.",
    "power comm distance",
  ],
  ["Pleasant, patient, and they explain things with analogies I can follow.", ""],
  ["We had a ransomware scare last spring and they had everyone back working by lunch.", ""],
  ["it's them and us really", "distance"],
  ["They'd say the relationship is great. They've never asked us.", "comm"],
  [
    "They do the security reviews for new software; we put in a request and get a yes or no within a week.",
    "",
  ],
  [
    "Takes them a day or two sometimes, fair enough, they're only two people and they always sort it.",
    "",
  ],
  [
    "Security support is outsourced to a company in another city; I've never spoken to the same person twice.",
    "distance",
  ],
  ["I think they feel a bit sorry for us. We're not techy and they know it.", ""],
  ["they r great", ""],
  [
    "I was told off in front of the team for leaving my screen unlocked. Fair point, but the delivery was humiliating.",
    "comm feel blame:self",
  ],
  [
    "They keep the website and client portal patched and bring in an outside firm for a penetration test once a year.",
    "",
  ],
  ["Communication is fine, short emails, one action per email.", ""],
  [
    "Every new tool I want for design work needs a form, a risk assessment and three weeks. By then the project is done.",
    "conflict",
  ],
  ["nobody knows who they are", "distance"],
  [
    "We have a good laugh with them at the Christmas do, and they're just as approachable the rest of the year.",
    "",
  ],
  ["They come across as people who'd rather be left alone with their screens.", "distance"],
  ["Mostly positive. Bit of friction around the new password policy but that's settled now.", ""],
  [
    "When my mum's email got hacked, Sipho helped me secure it on his lunch break even though it wasn't work.",
    "",
  ],
  ["Their newsletter is in proper Dutch, no jargon, and people actually read it.", ""],
  ["I'm scared of them if I'm honest. Every email from security makes my stomach drop.", "feel"],
  ["They look at us like a risk to be managed, not colleagues.", "blame:emp"],
  [
    "Half the incidents are our own fault, we share passwords over WhatsApp.",
    "blame:self blame:emp",
  ],
  ["They set the rules and we find out by the rules breaking something.", "power comm conflict"],
  ["Helpful, yes. Patient, very.", ""],
  [
    "As far as I can tell, the two of them handle firewall, email filtering, the phones and also the printers.",
    "",
  ],
  ["i avoid them lol", "distance"],
  [
    "Nice people, but they talk in riddles. I nod and then ask my colleague what they meant.",
    "comm",
  ],
  [
    "Our Melbourne office got a load of phishing tests right before EOFY. Terrible timing, we were flat out and it just added stress.",
    "conflict feel",
  ],
  [
    "During load shedding the VPN kept dropping and security wouldn't let us use personal hotspots. We simply couldn't work.",
    "conflict",
  ],
  ["They explained POPIA in a 20-minute session that was actually interesting.", ""],
  ["emails written for IT people not us", "comm"],
  [
    "My account was suspended for 'unusual activity' while I was on holiday in Spain and nobody told me why, just that it was policy.",
    "comm conflict",
  ],
  ["I've never had a bad experience. They're quick and they don't judge.", ""],
  [
    "They rolled out a password manager and spent an afternoon going desk to desk to set it up with each of us.",
    "",
  ],
  ["If I'm honest, I'd rather fix a mistake quietly than explain it to them.", "distance"],
  ["communication? mostly fine. sometimes a bit heavy on acronyms", "comm"],
  [
    "They once emailed the whole firm that 'someone' had downloaded malware. Everyone knew it was me. I didn't leave my desk all day.",
    "feel",
  ],
  [
    "The partners tell them what to do, so it's not really their fault the rules are daft.",
    "conflict",
  ],
  ["They're good at explaining why, which makes me more willing to follow the rules.", ""],
  [
    "In our kommune office they pin plain-language tips on the kitchen noticeboard. Works better than any email.",
    "",
  ],
  [
    "Security flagged my email to a client as a data leak because of an attachment. It took two days to release and the client went elsewhere.",
    "conflict blame:sec",
  ],
];

export const VOICES_EY: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EY_2,
  ...VOICES_EY_3,
  ...VOICES_EY_4,
  ...VOICES_EY_5,
];
