import type { RawExample } from "./types.js";

/** Staff of international small and medium firms writing in English as a second language: simple grammar, literal phrasing, some words from their own language. Written fresh for Rapport (brief DD). */
export const VOICES_DD_4: readonly RawExample[] = [
  [
    'Since six months we don\'t have an IT person in the hotel. The manager say "call Bangkok".',
    "distance",
  ],
  [
    "Every time there is new rule, our department is last to know. We find out when something is blocked.",
    "comm conflict",
  ],
  [
    "I'm scared of getting the phishing test wrong again, my name was on the list last time.",
    "feel",
  ],
  ["Mashallah, the new IT head is very humble, he ask us what we need.", ""],
  ["They think we are stupid. Maybe some of us are, but not all.", "comm power"],
  [
    "I'm the one who give the virus to the whole office last year. Still people joke about it.",
    "blame:self",
  ],
  ["IT never answer the phone. Email is the only way, and email take days.", "conflict comm"],
  [
    "The managers in the Cairo office respect the security rules more than anyone, they set example.",
    "",
  ],
  ["We bought software from a vendor without asking IT. Easier that way.", "conflict distance"],
  ["Why they need so many passwords? Is crazy. I'm so frustrated.", "feel conflict"],
  ['The guy from IT talk to me like I am his servant: "bring me the laptop, now."', "power comm"],
  ["IT? Never seen them.", "distance"],
  [
    "They remove admin rights from all developers in one night. Our build pipeline broke and nobody warn us.",
    "power conflict comm",
  ],
  ["Honest opinion: IT are professional, they solve fast.", ""],
  ["To contact IT I need to fill a form with 15 fields. For a broken mouse!", "conflict feel"],
  ["The employees always think security is someone else's job.", "blame:emp distance"],
  ["I never meet IT people face to face. Only the voice on the phone.", "comm distance"],
  [
    "Bro, the IT team is the reason we cannot work from home. Everything is blocked.",
    "blame:sec conflict",
  ],
  ["They fix my email yesterday, but nobody explain me what was the problem.", "comm"],
  [
    'Last month we had a shipment of frozen fish waiting in the port because the customs system need a certificate and IT say the renewal is "in progress". Four days in progress. The client cancel the contract and my boss shout at me, not at them. I was so angry.',
    "blame:sec conflict feel",
  ],
  ["The IT team here is small but they know everybody by name.", ""],
  [
    "Our managers don't understand IT security. When I present the risks they look at their phones.",
    "power",
  ],
  ["It's fine with IT. When I call, they pick up.", ""],
  [
    "We received a warning because someone forward a file to Gmail. They don't say who, so everybody feel guilty.",
    "comm feel",
  ],
  [
    "Last week, guest data was stolen because reception staff open a fake invoice. Again the staff.",
    "blame:emp",
  ],
  ["I don't know what the IT department does all day.", "distance"],
  [
    "The security team push a forced restart in the middle of my customs declaration. I lost everything.",
    "conflict power",
  ],
  ["Fine, IT is helpful, but the security officer is another story, very arrogant.", "power"],
  [
    "When we opened the new hotel in Zanzibar, the IT team from Nairobi came for one full week, they installed everything, trained the reception girls in Swahili and English, and left their phone numbers on the wall. Until today we call them like family.",
    "",
  ],
  ["I feel bad for them, nobody say thank you when everything works.", ""],
  ["Sometimes I wonder, would IT even notice if our branch close tomorrow?", "distance"],
  ["The hackers attacked our competitor, not us, thanks to God and to our IT.", ""],
  [
    "Warehouse team always forget to log out the shared PC. I put a note, they ignore it.",
    "blame:emp",
  ],
  ['When something go wrong, the first thing IT ask is "what did YOU do?"', "comm"],
  ["Our company is small, no IT team. The owner's nephew do everything.", ""],
  ["Security rules make my job slower, but it's ok, I understand.", ""],
  [
    "They told my manager I visit shopping sites, instead to talk with me first. Why like this?",
    "power comm",
  ],
  ["I hide the small problems from IT, I don't want them to think I'm careless.", "distance feel"],
  ["Our IT people never attend the department meetings. They live in their own world.", "distance"],
  [
    "Our security lead is fantastic, she explain everything with patience, even to the old drivers.",
    "",
  ],
  ["The new password rules came from the head office in Oslo. Nobody here was asked.", "power"],
  ["Is a lot of rules, yes. But I sleep better knowing the guest credit cards are protected.", ""],
  [
    "I make a complaint to the IT manager and after that, my tickets take even longer. Coincidence?",
    "power conflict",
  ],
  ["My English is bad, so I'm shy to call the helpdesk in Ireland.", "feel"],
  ["The IT manager answer my WhatsApp even during his holiday, I told him to rest.", ""],
  [
    "The hotel chain's IT is in Paris. They never visit, we only see their name in email signature.",
    "distance",
  ],
  ["We lost two hours of work because of power cut. IT was also waiting, like us.", ""],
  ["The support from IT is quick when I ask in the chat.", ""],
  ["Everyone knows our IT guy, Juan. He is always around the dock with his coffee.", ""],
  [
    "Our users share screens with customers and forget the password is visible. Every week the same story.",
    "blame:emp",
  ],
  ["We have to wait for IT to approve even a simple font install. Ridiculous.", "conflict power"],
  [
    "I plugged the unknown USB from the trade fair, so yes, that virus was on me. Lesson learned.",
    "blame:self",
  ],
  ["They don't say hi, they don't say bye, only \"ticket number please\".", "comm"],
  ["The development team leads and the security team have a weekly sync, it helps a lot.", ""],
  ["My fear is always the same: I do something wrong and IT report me to HR.", "feel power"],
  [
    "We don't know the security people, and they don't know our work. Two different planets.",
    "distance",
  ],
  ["Every year the same boring e-learning, click next, next, next. I hate it so much.", "feel"],
  ["Is normal that IT check the laptops once a year. Nothing special.", ""],
  [
    "IT people speak to the managers in nice voice, and to us cleaners like we are nothing.",
    "power comm",
  ],
  ["They asked our opinion before choosing the new handheld scanners.", ""],
  [
    "Honestly I am a little scared of Mr. Okafor from security. He always find something wrong.",
    "feel power",
  ],
  ["Our Wi-Fi in the hotel lobby is managed by a company in Kuala Lumpur.", ""],
  [
    "They lock USB ports on all PCs, so now we send files with WeTransfer. Is this more secure? I don't think.",
    "conflict",
  ],
  [
    "The accountants never lock their computer. Open, with the bank website, and they go for lunch.",
    "blame:emp",
  ],
  [
    "I try once to explain IT our problem with the scanners. He didn't listen, he was looking at his phone.",
    "comm",
  ],
  ["If I get a strange email, I forward to security, they reply same day. Good system.", ""],
  [
    'The managers said to me, "don\'t make problems, security can wait". So I wait, and we got hacked.',
    "power blame:emp",
  ],
  [
    "IT made a change to the email server and now half of my customer emails go to spam. Nobody admit it.",
    "blame:sec conflict",
  ],
  ["I feel nobody in IT care about our small office in Mombasa.", "distance feel"],
  [
    "When I have problem, first I ask my neighbor, then Google, and only last I call IT.",
    "distance",
  ],
  ["Our IT is strict, true, but they also bring pizza to the security training.", ""],
  [
    "I'm tired, every day the same question from the same people: how to reset password. They don't listen.",
    "blame:emp feel",
  ],
  ["The security director never answer the emails from us, only from the CEO.", "power"],
  ["Every Thursday the IT person from the regional office visits our branch.", ""],
  [
    "I accidentally delete the shared folder, it was my fault, and IT restore it. Thank god.",
    "blame:self",
  ],
  [
    "After the breach they send us 10 emails in 2 days, each more scary than the other.",
    "comm feel",
  ],
  ["Let's be honest, the IT department here is a decoration.", "blame:sec"],
  ["New staff receive laptop on the first day, all installed. Very professional.", ""],
  [
    "They don't tell what is happening during outage. We stand with the customer and say \"system problem\", that's all we know.",
    "comm conflict",
  ],
  [
    "I don't ask for new tools anymore. The answer is always no, so why lose time.",
    "distance power",
  ],
  [
    "Sometimes I think the IT people don't like us in operations, and honestly it makes me sad.",
    "feel",
  ],
  [
    "When the tracking system fail, IT spend one hour to find who is responsible instead to fix it.",
    "blame:sec conflict",
  ],
  ["Good team, no complaints.", ""],
  [
    "Sales people are our biggest risk, honestly. They click, they share, they lose phones.",
    "blame:emp",
  ],
];
