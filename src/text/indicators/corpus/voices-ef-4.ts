import type { RawExample } from "./types.js";

/** Less often heard sectors, half in English as a second language. Written fresh for Rapport (brief EF). */
export const VOICES_EF_4: readonly RawExample[] = [
  ["Our project manager explains the security rules to new translators very clearly.", ""],
  ["Security at the agency is one consultant, two days a week. I never spoke to him.", "distance"],
  [
    "It was my fault, I sent the French version to the German client. No hacking, just a tired Friday.",
    "blame:self",
  ],
  [
    "They use the word 'incident' for everything. A wrong attachment is an 'incident' and you get a form with twelve questions.",
    "comm conflict",
  ],
  ["I feel they see us freelancers as the risk, always us.", "feel power"],
  [
    "Ground staff here. When check-in goes down, the IT helpdesk is in another city and there's a queue on the phone.",
    "conflict distance",
  ],
  ["Our station IT tech Jonas is the best, he knows every printer by name.", ""],
  [
    "Every ramp agent has the same password for the baggage scanners, because IT set it up like that. Their idea, not ours.",
    "blame:sec",
  ],
  [
    "Ramp agents leave the handheld scanners on the belt loader, in the rain, everywhere. Then they call us and say 'IT broke it'.",
    "blame:emp",
  ],
  [
    "When my access badge for the systems expires, nobody tells me. I find out at 5 am when the gate computer refuses me and the flight is boarding.",
    "conflict comm",
  ],
  [
    "Honestly the rules are necessary. But the way they explain them, like we are criminals, no.",
    "power comm",
  ],
  [
    "I was the one who lost the gate tablet. I reported it, they wiped it remotely, done.",
    "blame:self",
  ],
  [
    "The airline's IT is in Dublin and we are in a small airport in Portugal. We are not having contact, only tickets in English.",
    "distance comm",
  ],
  [
    "When the departure control system is slow the passengers shout at me, and I cannot even call IT because always the line is busy.",
    "conflict feel",
  ],
  ["The new boarding app is good. The training was short and practical.", ""],
  [
    "They pushed an update the night before the summer schedule started. The first morning nothing worked.",
    "blame:sec conflict",
  ],
  [
    "IT said no to the new CAT tool because it's 'not approved'. Approved by who? When? No answer.",
    "comm power",
  ],
  [
    "I am nervous to ask them anything, my English is not so good and they answer very fast.",
    "feel comm",
  ],
  [
    "The agency owner and the IT consultant decide everything. We find out from the email.",
    "power",
  ],
  ["I like that the IT guy speaks Spanish with me. Small thing, big difference.", ""],
  [
    "They treat us ground staff like second class. The pilots get new iPads, we get the old ones and a lecture.",
    "power feel",
  ],
  ["The old handhelds are slow, but they told us they will replace them next year.", ""],
  [
    "The in-house translators are careful. The problem is the freelance network: three hundred people, three hundred home computers.",
    "blame:emp",
  ],
  ["The security emails I don't read. If it's important, my PM will tell me.", "distance"],
  [
    "Their security questionnaire for freelancers has forty questions. My other agencies ask five.",
    "conflict",
  ],
  [
    "Sometimes I feel like an intruder in the agency's systems, even though they hired me.",
    "feel power",
  ],
  [
    "Every year we ask the freelancers how the portal works for them. Most answer, and we change things.",
    "",
  ],
  [
    "The portal is logging me out after ten minutes. One long sentence of legal German, it takes ten minutes.",
    "conflict",
  ],
  [
    "We were hacked through one freelancer's email, and the agency sent a letter to all of us like we were all guilty.",
    "power feel",
  ],
  [
    "The breach started in one freelancer's mailbox, so from next month we require MFA for everyone.",
    "",
  ],
  [
    "The ground handling manager says IT never listens, and I agree with him, they never listen.",
    "comm",
  ],
  [
    "I think I'm the problem. I never remember which of the five systems needs which password.",
    "blame:self",
  ],
  ["Five systems, five passwords, five expiry dates. Who designed this?", "conflict blame:sec"],
  [
    "On night shift there is nobody from IT at the airport, but the on-call number always answers, even at 3 am.",
    "",
  ],
  ["The airline's IT people are always correct with me. Strict, but correct.", ""],
  [
    "The IT guy walks through the check-in hall without saying good morning, checks the printers and leaves. Like we are furniture.",
    "comm feel",
  ],
  [
    "The crew scheduling software is slow. It's an old product, the vendor is the problem there.",
    "",
  ],
  [
    "The station manager and IT had a big fight about the shared login on the lost-and-found PC. We still use the shared login.",
    "conflict",
  ],
  [
    "I received a phishing test about a free flight and I clicked on it. My colleagues were laughing at me one week long.",
    "blame:self",
  ],
  [
    "They sent the phishing test results to all managers, with names. That's not training, that's shaming.",
    "power feel",
  ],
  [
    "Translators don't need to be IT experts. That's why we keep the rules few and we explain each one.",
    "",
  ],
  [
    "We have no idea who the security team is. A name on the email, 'InfoSec', that's all.",
    "distance",
  ],
  [
    "Their warnings come in so many languages that the English is hidden at the end of the page.",
    "comm",
  ],
  ["I find them cold. Never they say thank you when we report something.", "comm feel"],
  [
    "A colleague from check-in reported a fake email and IT sent her a small thank-you card. Nice gesture.",
    "",
  ],
  [
    "Ramp staff don't care about cyber, they care about turnaround time. I'm the same, honestly.",
    "distance",
  ],
  [
    "IT decided to block personal phones on the airport Wi-Fi. Now in the break room we have no connection at all.",
    "power conflict",
  ],
  [
    "The translators keep asking for exceptions. 'Just this once, the client is in a hurry.' Always just this once.",
    "blame:emp conflict",
  ],
  ["We complain, they don't change nothing. So we stopped complaining.", "distance feel"],
  [
    "My PM once told the IT consultant his rules cost us a client. He said it's not his problem. Since then they don't talk.",
    "conflict distance",
  ],
  ["Security at the agency is simple: VPN, encrypted drive, that's it. Easy.", ""],
  [
    "The encrypted drive died and I lost one day of work. Nobody could help me before Monday.",
    "conflict",
  ],
  [
    "It annoys me that they control the logs of what we translate. It's like somebody reads behind my shoulder.",
    "feel power",
  ],
  ["IT checks the logs only when there is an alert. They told us this clearly at onboarding.", ""],
  [
    "'Ground staff are the weakest link,' the airline's IT director said in a meeting. We were sitting in the room.",
    "blame:emp feel power",
  ],
  [
    "Honestly, we in IT underestimated how hard the summer is for the ground crews. We should have known better.",
    "blame:self",
  ],
  ["We never meet them. Even the Christmas lunch they make separate.", "distance"],
  [
    "The self-service kiosks are IT's baby. When they fail we do the check-ins by hand, and IT says it's the network, not them.",
    "blame:sec conflict",
  ],
  [
    "I always forgot to lock the screen at the gate. Once a passenger saw the passenger list. I felt terrible, it was my fault.",
    "blame:self feel",
  ],
  [
    "The IT team asked us for feedback before building the new baggage app. First time in ten years.",
    "",
  ],
  [
    "They want a ticket for everything, even for 'the mouse is dead'. So I walk to the storeroom and take a new mouse myself.",
    "conflict distance",
  ],
  ["The agency's security training is in-house and translated into six languages. Respect.", ""],
  [
    "Their rules protect the client, not us. When something goes wrong, the translator is alone.",
    "power feel",
  ],
  [
    "The airline's IT and the airport's IT are two separate teams, and I deal mostly with the airline one.",
    "",
  ],
  ["Why I need a twenty-character password for a printer? Nobody can explain me.", "comm conflict"],
  [
    "I am freelance since fifteen years and this is the first agency that called me to explain their security rules personally.",
    "",
  ],
  ["Every Monday a new 'important notice'. I stopped opening them in March.", "comm distance"],
  [
    "During the storm the baggage system failed, and IT came down to the hall and worked with us until midnight.",
    "",
  ],
  [
    "They speak with the station manager, never with us. We hear everything second hand.",
    "distance comm",
  ],
  [
    "The IT consultant once said in a meeting that translators 'only copy-paste anyway'. Nobody forgot it.",
    "feel power",
  ],
  ["If I have a problem with the portal I call Lina from IT and it's solved the same day.", ""],
  [
    "I'm scared I will lose the contract for one mistake with a client file. The rules are so strict, and what happens if you break one is never explained.",
    "feel power comm",
  ],
  ["The luggage belt broke again, but that's the airport's maintenance, not IT.", ""],
  [
    "The CAT tool server they chose crashes every time two translators open the same glossary. Anyone who knows the job would know this tool is not for teams.",
    "blame:sec",
  ],
  ["They were never rude with me, even when I called five times in the same day.", ""],
  [
    "Airline IT bought gate scanners that don't read boarding passes on phones with cracked screens. That's half of the passengers. Brilliant choice.",
    "blame:sec conflict",
  ],
  [
    "The computers on the sorting line are covered in dust and IT says it's our fault for not cleaning them. We are not computer cleaners.",
    "conflict blame:emp",
  ],
  [
    "Night shift at the recycling plant: if the weighbridge PC fails, I write the trucks on paper until the morning, because there is nobody to call.",
    "conflict",
  ],
  [
    "The workers plug their phones into the control room PC to charge them. I told them a hundred times.",
    "blame:emp feel",
  ],
  ["Our IT is an external firm. They are good, they come when we call.", ""],
  [
    "The museum's collection database is run by the university IT. We are a small museum, so we wait in the line with everybody else.",
    "power conflict",
  ],
  [
    "The curators want to share the image archive with everyone, everywhere. Then they complain when the pictures get copied.",
    "blame:emp",
  ],
  [
    "I'm a conservator, not a hacker. Why I need three passwords to see a photo of a vase?",
    "conflict",
  ],
  [
    "Our museum's IT man retired, and we still call his mobile when something breaks. He always helps.",
    "",
  ],
];
