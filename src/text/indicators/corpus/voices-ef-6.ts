import type { RawExample } from "./types.js";

/** Less often heard sectors, half in English as a second language. Written fresh for Rapport (brief EF). */
export const VOICES_EF_6: readonly RawExample[] = [
  ["The lab owner shouts at IT, IT sends a long email back, nothing changes.", "conflict comm"],
  [
    "I am ceramist, not IT. All these updates that restart the furnace software in the middle of a firing, it's too much.",
    "conflict",
  ],
  ["Fine, I have no complaints about IT.", ""],
  [
    "Our milling machine software needs Windows 7. IT wants to remove it. Who pays the new machine, them?",
    "conflict",
  ],
  ["We agreed with IT to isolate the old milling PC from the network. Good compromise.", ""],
  ["Honestly I am not thinking about them. They are not part of my day.", "distance"],
  [
    "Dental technicians think they're too small to be attacked. They are exactly the right size.",
    "blame:emp",
  ],
  [
    "I feel embarrassed when I call the IT firm. The young guy answers like I'm his grandmother.",
    "feel comm",
  ],
  [
    "They wrote in the report that the breach was caused by 'user behaviour'. Meaning me. Nobody talked to me first.",
    "blame:emp feel power",
  ],
  [
    "At the harbour the new Wi-Fi works on all the boats now, because they tested it boat by boat.",
    "",
  ],
  [
    "The pharmacy rota app asks us to accept new terms every week. Nobody reads them, we press accept.",
    "comm distance",
  ],
  [
    "In our vineyard the weather station sends data to the co-op server. IT set it up and it just works.",
    "",
  ],
  [
    "The co-op wants every member to use the new portal for the payments. My father is 78. He calls me, I call them, nobody answers.",
    "conflict",
  ],
  [
    "We warned the co-op members a dozen times about fake payment emails. Still, two of them paid a fake invoice.",
    "blame:emp",
  ],
  [
    "I was the one who paid the fake invoice. The email looked exactly like the co-op's. I felt so stupid.",
    "blame:self feel",
  ],
  [
    "Our family factory has a real IT person only since three years. Before, it was my father with a screwdriver.",
    "",
  ],
  [
    "Since the nephew is doing the IT we must ask permission for everything, also for a new keyboard.",
    "power conflict",
  ],
  [
    "They didn't tell us that they are reading the emails. We discovered it in the disciplinary meeting.",
    "power comm feel",
  ],
  ["At the bus depot the new card readers are quick and nobody complains.", ""],
  [
    "I don't know what they do all day and they don't know what we do. It's fine like that.",
    "distance",
  ],
  [
    "They sent the phishing training to the drivers at eleven at night. Some drivers thought it was a real attack and panicked.",
    "comm feel",
  ],
  [
    "Our IT volunteer quit because we kept ignoring her advice. Now we have nobody, and honestly it's our own fault.",
    "blame:self distance",
  ],
  [
    "The museum's IT guy is great, but he's the only one, and when he is on holiday everything waits.",
    "conflict",
  ],
  ["They made the portal work on Mac this spring. Much easier for me now.", ""],
  [
    "Security is always saying no. No to Dropbox, no to WeTransfer, no to the client's own system. Then how do I deliver?",
    "conflict",
  ],
  [
    "We say no to WeTransfer because last year a client's files ended up online. We explained it twice. Some people still use it.",
    "conflict blame:emp",
  ],
  ["The airline's IT sends a monthly 'cyber tip' with a cartoon. Nice and easy to read.", ""],
  ["Their monthly 'cyber tip' cartoon is a bit patronising, like we're in primary school.", "comm"],
  [
    "I'm afraid to plug anything in. Last time the alarm went off and two people from IT came running. Very embarrassing.",
    "feel",
  ],
  ["After the USB thing, I have the feeling I'm on a list.", "feel power"],
  [
    "We log each lab case in two systems because IT doesn't allow the integration. Double work, every day.",
    "conflict",
  ],
  [
    "Management bought the software, IT must support it, and we must use it. Nobody asked anybody.",
    "power",
  ],
  [
    "One time I entered in the IT office and they looked at me like I came in the wrong house.",
    "feel distance",
  ],
  [
    "Dental technicians are very precise in their work and very careless with passwords. Funny, no?",
    "blame:emp",
  ],
  ["IT is not the enemy. Sometimes the deadline is the enemy.", ""],
  ["Maybe I'm old-fashioned, but I liked the days before all these computers.", ""],
  [
    "When the security audit came, the owner hid the old PCs in the storage room. We laughed, but we were nervous.",
    "conflict feel",
  ],
  ["The port authority gave every fishing boat a laminated card with the IT number. Useful.", ""],
  ["The number on the card never answers. We call the harbour master instead.", "conflict"],
  [
    "Their rules are made for computers in offices, not for a boat moving in the waves.",
    "conflict",
  ],
  [
    "The greenhouse growers leave the climate PC on remote access with no password so they can check it from home. I lose sleep over it.",
    "blame:emp feel",
  ],
  [
    "The growers asked us for remote access months ago and we said no. No wonder they found their own way. We should have offered something.",
    "blame:self conflict",
  ],
  ["The small things I don't report anymore. It's not worth their sighing.", "distance feel"],
  [
    "After the reorganisation they sent everybody a photo and phone number of their IT contact. Simple, useful.",
    "",
  ],
  [
    "The bus company's security team made the drivers' login shorter after we complained. They listened.",
    "",
  ],
  [
    "Security wins every argument, because they can always say 'risk'. End of discussion.",
    "power conflict",
  ],
  [
    "The sports club asked me to help with the website because I'm 'the young one'. I'm 29 and a plumber.",
    "",
  ],
  [
    "Our IT provider wants money for every call, so we don't call. We ask to the teenage son of the boss.",
    "distance",
  ],
  ["I never understood a single email from IT. Not one, in eight years.", "comm"],
  [
    "They're polite, they're fast, but they never explain what was wrong. Next time, same problem.",
    "comm",
  ],
  ["The lab's IT contract was renewed. Same firm, same price.", ""],
  [
    "The curators treat our museum's security officer like a troublemaker. Every time he raises something, they roll their eyes and keep going. I feel sorry for him.",
    "conflict",
  ],
  [
    "The pharmacy chain's IT sends a thank-you email after every audit. It's automatic, but still.",
    "",
  ],
  [
    "I lost the paper with the passwords. It was in my notebook, maybe I left it in the tram. I had to tell them and I was shaking.",
    "blame:self feel",
  ],
  [
    "We do the security e-learning in groups at the airport: one person clicks, everybody signs. Nobody takes it seriously.",
    "distance",
  ],
  ["They make us feel like the problem. Always the user, never the system.", "feel power"],
  [
    "The problem here is the users, full stop. Give them a button and they will press it.",
    "blame:emp",
  ],
  [
    "We in IT should go to the floor more often. We sit behind screens and then wonder why nobody trusts us.",
    "blame:self distance",
  ],
  ["At the harbour we got new cameras with number plate reading, for the trucks. Fine for me.", ""],
  [
    "They put tracking on the delivery vans of the lab. Nobody said what they do with the data.",
    "power comm",
  ],
  ["The new IT manager is very open. She asked everybody what annoys them. Big change.", ""],
  [
    "The IT guy is a nice person, but I avoid him because every conversation becomes a lecture.",
    "distance comm",
  ],
  ["We are fine with the rules. We only want to know the reason for them.", "comm"],
  [
    "A dental practice sent us a scan file with malware in it. Not our fault, not IT's fault. Bad luck.",
    "",
  ],
  [
    "The blocked sites list includes the website of our own client. I told them in January. It's May.",
    "conflict blame:sec",
  ],
  ["You can write that security is too slow. It is too slow.", "conflict blame:sec"],
  ["Their messages used to be full of acronyms. Since last year they write normal sentences.", ""],
  [
    "I wish they come one time to the lab. One visit. To see the furnaces, to see the dust.",
    "distance",
  ],
  ["I trust them. When something is strange I call, they check, no drama.", ""],
  ["In my first year I hid from the IT people, I don't know why. Now we have lunch together.", ""],
  [
    "I'll be honest, I expected to hate the new system. The lab is chaos, cases come in from forty practices, and I thought IT would make everything slower. But they sat with us for two days, watched how we work, and the version we got actually fits. I'm not used to that.",
    "",
  ],
  [
    "Our IT company promised the scanner integration for March. It's October. Every month a new excuse.",
    "blame:sec conflict",
  ],
  ["Nobody from IT has ever lectured me. They just show you how.", ""],
];
