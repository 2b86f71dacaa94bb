import type { RawExample } from "./types.js";

/** Employees, managers and security staff describing the relationship, many plainly (round 19). Written fresh for Rapport (brief EN). */
export const VOICES_EN_5: readonly RawExample[] = [
  [
    "At the depot we write the door code on the back of the door so new temps can get in.",
    "conflict",
  ],
  ["Cooperation is good and quick.", ""],
  ["The security team works from 7 to 4, and after that calls go to an outside service.", ""],
  ["Passwords are checked against a list of leaked ones when you change them.", ""],
  ["I think they find me annoying, I phone for every little thing.", "blame:self"],
  ["The veterinary practice uses a cloud system for client records.", ""],
  ["Cool, not close, but fine.", "distance"],
  ["Our IT support is three hours' drive away, so everything goes by phone.", "distance"],
  ["There is a register of all laptops and who has them.", ""],
  ["They answer emails but it takes a while.", ""],
  ["The other side sees us as customers, I'd say, which is how it should be.", ""],
  ["I don't understand half the security rules, so I follow the ones I remember.", "comm conflict"],
  ["The new data retention policy came in on 1 July.", ""],
  ["Meetings with IT are scheduled every second Thursday.", ""],
  ["Good, they even sent someone on a Saturday when the server died.", ""],
  [
    "Security blocked the whole marketing team's access to social media without a word to the team leader.",
    "power comm",
  ],
  ["The relation is professional, we meet them at the monthly meeting and they are correct.", ""],
  [
    "Sometimes I am afraid to ask IT because my english is not so good and they answer very fast with many technical words.",
    "feel comm",
  ],
  [
    "In my view the IT team is the reason our tills go down every month, not the shop staff.",
    "blame:sec",
  ],
  [
    "Our clinic's IT support is included in the software contract, and they answer the phone in English and Polish.",
    "",
  ],
  [
    "I'm frustrated that every request for a new account at the school takes three weeks.",
    "feel conflict",
  ],
  [
    "It annoys the warehouse staff that the scanners log them out every twenty minutes, and they tell IT so.",
    "feel conflict",
  ],
  ["What's good: they're flexible about the timing of updates during exam weeks.", ""],
  [
    "From where I sit, the rules are written by people who have never worked a shift on the ward.",
    "conflict distance",
  ],
  ["Honestly I'm the weak link, I click on things without reading them.", "blame:self"],
  ["A normal relationship, I would say, same as with the cleaners or the caterers.", ""],
  ["they check what we do on the computer but we dont know what they check", "power"],
  ["Our external IT firm is useless, they just block sites and send invoices.", "blame:sec"],
  ["The bakery's order system was upgraded in November and took one afternoon.", ""],
  [
    "Sales keep asking me to switch off the email filter for their clients; I said no four times this quarter.",
    "conflict",
  ],
  [
    "Worried, to be honest, because the last audit named my team and nobody explained what we did wrong.",
    "feel comm",
  ],
  ["they are nice, always they say hello when they come to fix something", ""],
  [
    "For the contact with security we must go through our manager, we cannot write them direct.",
    "power",
  ],
  [
    "As the only IT person at the charity, I don't think staff know I also handle security.",
    "distance",
  ],
  ["Last year the IT team held two drop-in sessions at the library on the new login system.", ""],
  [
    "The partners call IT only when their email stops working; otherwise there's no contact.",
    "comm distance",
  ],
  [
    "I'm disappointed that the new rules were announced by email with no chance to ask questions.",
    "feel comm",
  ],
  ["Staff who work from home sign an extra form about keeping documents locked away.", ""],
  [
    "People at the agency treat the security checks as box-ticking and click through the training in five minutes.",
    "conflict blame:emp",
  ],
  [
    "It's probably my fault the laptop got infected, I installed a game for my son on it.",
    "blame:self",
  ],
  [
    "Good sides are that they're local and know the building. The bad side would be the price of the contract, which the director brings up every year when the budget is set.",
    "",
  ],
  [
    "The security manager decides who gets admin rights, and nobody else knows the criteria.",
    "power",
  ],
  ["Access badges are colour-coded: blue for staff, yellow for contractors, red for visitors.", ""],
  [
    "Half of our receptionists keep a paper list of passwords in the drawer, because they have six systems.",
    "conflict",
  ],
  ["IT never comes out to the farm, we send photos of the error and wait.", "distance power"],
  ["I'm in accounts, and I speak to IT most weeks about the client portal.", ""],
  [
    "Their messages are long and full of abbreviations, so people in the workshop just delete them.",
    "comm",
  ],
  ["The logistics firm keeps a list of approved USB drives, currently 23 of them.", ""],
  ["I find the security people a bit cold, to be honest.", "feel"],
  [
    "Staff avoid the IT office because they'll get a talk about passwords before they get any help.",
    "distance comm",
  ],
  [
    "We haven't had a data breach since the new firewall went in, according to the yearly report.",
    "",
  ],
  ["At head office they decide the rules, in the shops we only do as they say.", "power"],
  [
    "When we had to stop using WhatsApp for rota changes, the chefs made a new group on their own phones anyway.",
    "conflict",
  ],
  ["Hard to describe. It's just how work is.", ""],
  [
    "Security thinks the accountants are careless; the accountants think security doesn't understand deadlines.",
    "conflict blame:emp",
  ],
  ["The council's IT unit publishes its service hours and response times on the intranet.", ""],
  ["Every website we visit is logged by the IT team and the director gets the list.", "power"],
  ["Most problems come from users who don't read the instructions, in my experience.", "blame:emp"],
  [
    "It's a relationship of mutual help; the security coordinator asks us for feedback after every training.",
    "",
  ],
  ["I'm nervous every time a phishing test result comes out, in case my name is on it.", "feel"],
  ["Newer staff don't know there is a security team at all.", "distance"],
];
