import type { RawExample } from "./types.js";

/** Staff of international small and medium firms writing in English as a second language: simple grammar, literal phrasing, some words from their own language. Written fresh for Rapport (brief DD). */
export const VOICES_DD_2: readonly RawExample[] = [
  ["Aku takut, if I report I click a bad link they will tell my manager.", "feel power"],
  ["Not their fault, the budget is small and they do their best.", ""],
  [
    "I give up to explain to the managers why we need update the servers. They only listen when something explode.",
    "power feel",
  ],
  [
    "Front desk staff don't care, they write the guest WiFi password and the admin password on the same paper.",
    "blame:emp distance",
  ],
  ["My team leader say IT is useless, he fix all our laptops himself.", "blame:sec distance"],
  ["They send the new policy by email only. No meeting, no training, just attachment.", "comm"],
  ["We speak with IT every Friday in the stand-up. Good for both side.", ""],
  [
    "Sometimes I am a little afraid of them, I don't know why. Maybe because they know everything about my computer.",
    "feel power",
  ],
  [
    "Container tracking app crash again after IT update, and customers call me angry all day.",
    "blame:sec conflict",
  ],
  [
    "I think our security guy feel alone. Nobody listen to him in the management meeting.",
    "power feel",
  ],
  ["They are very professional and always answer in my language, in Spanish, that help a lot.", ""],
  ["I was stressed about the audit but the IT team prepare everything for us, no problem.", ""],
  ["Maybe a little distant, the IT team, but when you need them they come.", "distance"],
  [
    "IT changed the shared drive letters last week. They sent the new map one week before, so no surprise.",
    "",
  ],
  ["The rules for external drives make sense, we had virus from USB before.", ""],
  [
    'Who decide we cannot install Zoom? Nobody know, the email just say "by security decision".',
    "power comm",
  ],
  ["Today IT replace my keyboard, the old one the letter A not working.", ""],
  [
    "The guys from security only appear when there is audit. Rest of the year, nothing.",
    "distance",
  ],
  [
    "I was afraid to say I lose my phone with company email inside. I wait two days before tell them.",
    "feel",
  ],
  [
    "Every person in this office share the same login for the customs portal. I told them many times, nobody listen.",
    "blame:emp power",
  ],
  [
    "I like that the IT team put posters in the canteen with easy tips, in English and in Thai.",
    "",
  ],
  [
    "Their answer always come next day. For hotel, next day is too late, the guest already leave.",
    "conflict",
  ],
  ["The IT director never say hello in corridor. Like we are invisible for him.", "power distance"],
  ["Sorry, I don't really know about IT things, I just use the computer.", ""],
  [
    "Our IT provider charge us for every small question, so my boss say don't call them.",
    "distance",
  ],
  ["When I was new I was scared of computers, now I'm fine, the IT team teach me slowly.", ""],
  [
    "It's my mistake, I gave the password on the phone to a man who say he is from Microsoft.",
    "blame:self",
  ],
  [
    'Every new hire in the kitchen get computer account with password "Hotel123". This is what management want, not me.',
    "power",
  ],
  ["They make new rule, every laptop must encrypt. For me, ok, no problem.", ""],
  [
    "Honestly, IT is the reason our project in Poland was late three weeks. They took forever to open the server.",
    "blame:sec conflict",
  ],
  [
    "I am sick of being the bad guy. Every time I say no to something, they go to the boss and boss say yes.",
    "feel power",
  ],
  ["Ask to IT? No, I ask Minh, he is good with computer and sit next to me.", "distance"],
  ["The MFA app is a little annoying, but I know it protect us.", ""],
  ['Their emails always say "as per policy section 4.2" but I never see this policy.', "comm"],
  [
    "When I join the company, the IT girl sit with me one hour to set up everything. Very welcome feeling.",
    "",
  ],
  [
    "Developers keep asking me for exceptions, like rules are for other people only.",
    "blame:emp conflict",
  ],
  ["I feel they look down on us in logistics because we are not university people.", "power"],
  ["Is ok, we don't need them much. Our systems are simple.", ""],
  [
    "Our night auditor try to reset the PMS password and IT in Europe was sleeping. He wait until 7 am, no check-out possible.",
    "conflict",
  ],
  [
    "The security team sends the phishing test, then they publish the names of people who click. Very shame for us.",
    "feel power",
  ],
  ["Why they need to check my browser history? I am not a criminal.", "power feel"],
  ["We have a good relationship, they even come to our team party last December.", ""],
  ["The helpdesk number is somewhere on the intranet, I never try to find it.", "distance"],
  [
    "I don't understand what they want from us. One week they say use cloud, next week they say don't use cloud.",
    "comm conflict",
  ],
  [
    'Jujur, I think they are lazy. Ticket closed without fixing, only write "cannot reproduce".',
    "blame:sec comm",
  ],
  ["Printer in the loading bay is working again since Tuesday.", ""],
  [
    "Users in this hotel are not stupid, they are just too busy. I must make security easy for them.",
    "",
  ],
  [
    "I feel bad because I bother IT with same question about the scanner again and again.",
    "feel blame:self",
  ],
  ["IT is far, in the head office. We are only a small branch, they forget about us.", "distance"],
  [
    "I have to justify to IT every software I need, like a student asking teacher for permission to go toilet.",
    "power",
  ],
  ["Our security officer is from Germany, very strict, but fair. I respect him.", ""],
  [
    "The lady from IT answer my question with a link to a 30-page manual. Thanks for nothing.",
    "comm feel",
  ],
  [
    "We told IT many times the shipping software need update. They say is not priority.",
    "conflict power",
  ],
  [
    "If the warehouse don't follow the rules, one day all our client data will leak, and everyone will say is IT fault.",
    "blame:emp",
  ],
  ["We only talk when something is broken. Otherwise, nobody call nobody.", "comm distance"],
  [
    "My manager took the blame for the data leak, but really it was me who send the file to wrong customer.",
    "blame:self",
  ],
  ["The server room is on the second floor.", ""],
  [
    "They changed my laptop to new model without asking, all my shortcuts gone, I lost half day.",
    "power conflict",
  ],
  ["Scared of them, honestly.", "feel"],
  ['IT doesn\'t explain why, they just say "for security". This is not an answer.', "comm"],
  [
    "I think people in my team ignore the security emails because there are too many of them.",
    "comm distance",
  ],
  [
    "We are 12 people in the Ho Chi Minh office and the IT support is one freelancer who come on Tuesdays. It works okay.",
    "",
  ],
  [
    "The IT team always blame us, the users, for everything. Even when the server fail by itself.",
    "blame:sec conflict",
  ],
  ["I don't want to look like idiot, so I never ask IT. I google and try myself.", "feel distance"],
  ["Our auditor say the IT security is good level now.", ""],
  [
    "The import team always want to install some Chinese tool to talk with suppliers. When I say no, they look at me like I am their enemy.",
    "conflict",
  ],
  ["The new IT intern speak Portuguese like me, is very easy to talk.", ""],
  [
    "IT kill every good idea we have. New app? No. New tablet? No. Cloud? No.",
    "blame:sec conflict",
  ],
  [
    "I think I click the wrong link yesterday, and I didn't tell anyone. Is my fault if something happen.",
    "blame:self",
  ],
  [
    "Pinagod ako ng helpdesk, they pass my ticket to five people and every person ask same question.",
    "conflict feel",
  ],
  ["Security rules here are normal, same like my last company.", ""],
  [
    "The IT manager only talk with the directors. For us simple staff, he send his assistant.",
    "power distance",
  ],
  [
    "It's a shame, really, when auditor find the password file on shared drive. Our department is the reason for the bad report.",
    "blame:self feel",
  ],
  ['They are always "in a meeting". I go three times to their office, nobody there.', "conflict"],
  [
    "I am tired of explaining to IT what a bill of lading is. They don't understand our business.",
    "conflict feel",
  ],
  [
    "Every month we have lunch with the security guy, he tell us stories about hackers. Interesting.",
    "",
  ],
  [
    "The CEO use his own Gmail for contracts, and I am supposed to protect this company? Impossible.",
    "blame:emp power",
  ],
  ["After the cyber training I understand more why they are so strict. Now is fine for me.", ""],
  [
    'Whenever we ask the IT vendor for a change in the booking software, they answer with a long document full of words like "scope" and "change request" and "SLA", and then nothing happens for weeks, while our front desk continues to do double work on paper.',
    "comm conflict",
  ],
  ["No IT here, we fix ourselves.", "distance"],
  [
    "Our drivers use the same tablet for everything, games, YouTube, the delivery app. It's a disaster for me.",
    "blame:emp feel",
  ],
  [
    "IT people are clever, but they speak another language. Not English, not Arabic, IT language.",
    "comm",
  ],
  ["My boss check with IT what time I login and logout. Like in a prison, really.", "power feel"],
  ["We ask for a second monitor two months ago. Still waiting.", "conflict"],
];
