import type { RawExample } from "./types.js";
import { VOICES_DD_2 } from "./voices-dd-2.js";
import { VOICES_DD_3 } from "./voices-dd-3.js";
import { VOICES_DD_4 } from "./voices-dd-4.js";
import { VOICES_DD_5 } from "./voices-dd-5.js";
import { VOICES_DD_6 } from "./voices-dd-6.js";

/** Staff of international small and medium firms writing in English as a second language: simple grammar, literal phrasing, some words from their own language. Written fresh for Rapport (brief DD). */
const FIRST_PART: readonly RawExample[] = [
  ["IT guy in our warehouse is very kind, he fix my scanner same day.", ""],
  [
    "They change the WiFi password and nobody tell us. Whole morning the drivers cannot print the delivery notes.",
    "conflict comm",
  ],
  [
    "I am afraid to call helpdesk, my English not so good and they speak very fast with technical words.",
    "feel comm",
  ],
  ["They watch everything we do.", "power"],
  [
    "Honestly I don't know who is IT in this company. When my laptop slow I ask my cousin.",
    "distance",
  ],
  ["Users here will click every link, even the one saying you win iPhone.", "blame:emp"],
  ["Password policy now is 14 characters, start from next month.", ""],
  [
    "The data leak at our Jakarta branch started with me. I sent the customer list to a fake email address that look exactly like our partner in Surabaya. IT was kind about it, but inside I still feel terrible, I cannot forget it.",
    "blame:self feel",
  ],
  [
    "For VPN access I wait two weeks. Two weeks! Meanwhile the client in Rotterdam is shouting at me.",
    "conflict feel",
  ],
  [
    "We have a monthly coffee meeting with the IT team, very useful, I learn about phishing there.",
    "",
  ],
  [
    "They are like police here. Every USB I put, they already know and send me warning.",
    "power comm",
  ],
  [
    "The server crashed on Friday night, but by Saturday morning IT had everything running again.",
    "",
  ],
  ["The reception computer is old but it works fine for check-in.", ""],
  ["I wish they explain why we cannot use WhatsApp for guests. Nobody say the reason.", "comm"],
  ["No problem with IT, really. They are busy people, same like us.", ""],
  [
    "Every time the system is down, it is because IT make some update without tell anyone.",
    "blame:sec power comm",
  ],
  [
    "I am the only IT person for 80 staff and management never approve my budget. Honestly, some days I want to quit.",
    "power feel",
  ],
  ["Ticket system is in English only, so my team in Da Nang prefer to just call me directly.", ""],
  ["To be fair they never make us feel stupid when we ask simple question.", ""],
  [
    "We never see them. Their office is in Singapore, for us they are just a email address.",
    "distance",
  ],
  ["Ticket open since March. Still nothing.", "conflict"],
  ["The new IT lady come to each floor and introduce herself, very nice gesture.", ""],
  ["Aiyo, again the training video about phishing. One hour, same thing as last year.", "feel"],
  ["They talk to us like children: don't do this, don't do that, no explanation.", "power comm"],
  ["I fix my printer problems myself, YouTube is faster than the helpdesk.", "distance"],
  [
    "The software team in Bangalore works for our German client, the security team sits in Frankfurt, and between them there is no meeting, no call, nothing, only an annual audit report in PDF that nobody opens until the client asks for it.",
    "distance comm",
  ],
  [
    "When the ransomware hit the Hamburg branch, the IT team work all night and save our data. Respect.",
    "",
  ],
  [
    "Is embarrassing, I forget my password three times this week and must call them every time.",
    "feel",
  ],
  ["Sales team is always the problem, they share passwords like sharing snacks.", "blame:emp"],
  [
    "The CFO override my decision about admin rights. So why they hire security officer then?",
    "power feel",
  ],
  ["My English is not perfect but IT always patient with me.", ""],
  ["They send 5 emails per day with RED WARNING title. Now nobody read it.", "comm"],
  ["I don't care about these security rules, my job is ship containers, not IT.", "distance"],
  [
    'IT block the Chinese supplier website because it is "risky", so now how I order the parts?',
    "conflict",
  ],
  ["Backup is every night at 2 o'clock.", ""],
  [
    "I was worried when my account got locked, but helpdesk call me back in five minutes. Very good.",
    "",
  ],
  [
    "Sometimes I think they are watching our screen all the time. It make me nervous to even open Facebook at lunch.",
    "power feel",
  ],
  [
    "Developers here think security is my job only. They push code with passwords inside and then cry when audit fail.",
    "blame:emp conflict",
  ],
  ["I never had a problem with them, maybe because I never need them.", ""],
  ["Who is our security officer? I think there is one, I am not sure.", "distance"],
  [
    "They installed new antivirus over the weekend. Monday everything slow, nobody ask us first.",
    "power conflict",
  ],
  ["Ya, the helpdesk is ok. Sometimes slow, but ok.", ""],
  [
    "I dread the quarterly audit. The security manager look at my desk like I am criminal.",
    "feel power",
  ],
  ["Our boss tell us: don't bother IT, they are too busy. So we don't.", "distance"],
  ['The reply I get was one line: "Not possible. Policy." That\'s it.', "comm"],
  ["Thanks to the new password manager I don't write passwords on paper anymore.", ""],
  [
    "Hotel staff rotate so fast, I train them on security and after two months they are gone. Is not their fault.",
    "",
  ],
  ["I feel I must beg them for every small thing, like install a PDF reader.", "power feel"],
  [
    'IT again broke the booking system with their "upgrade". Front desk had to write reservations on paper.',
    "blame:sec conflict",
  ],
  ["Last year was chaos with IT, but the new team is really good, problem solved.", ""],
  [
    "Khalas, I stop asking IT. I just use my personal laptop for the customer presentations.",
    "distance conflict",
  ],
  ["The security officer in our Lagos office answer emails very fast, even on Sunday.", ""],
  ["Bueno, they explain the MFA thing with pictures, even my old colleague understand.", ""],
  [
    'In the meeting the IT manager use words like "endpoint" and "zero trust" and everyone just nod.',
    "comm",
  ],
  [
    "I think I am the weak point. I always forget to lock my screen when I go to the smoking area.",
    "blame:self",
  ],
  [
    "Warehouse guys put the password on sticker on the monitor. Every time I remove, next day is back.",
    "blame:emp conflict",
  ],
  [
    "I was angry about the flight delay, not about IT, they gave me the mobile hotspot quickly.",
    "",
  ],
  ["Our security audit found three weak passwords. We changed them the same day.", ""],
  [
    "Nobody from IT ever come to the hotel in Phuket. Only when the server is dead they fly in.",
    "distance comm",
  ],
  [
    "My colleague got phishing mail, IT call her in the office and shout at her in front of everyone.",
    "comm power",
  ],
  ["We have one IT guy, Ramesh, everybody know him, he is part of family.", ""],
  [
    "I open ticket on Monday, today is Thursday and no answer. The truck cannot leave without the label printer.",
    "conflict",
  ],
  ["When they call me I am always nervous, I think, what I did wrong now?", "feel comm"],
  ["Management think security is cost only. They cut my team from three to one person.", "power"],
  ["Our system was hacked in 2021. Now we have two-factor for everything.", ""],
  [
    "Staff in finance are the worst, they open every invoice from everyone, even from Nigeria prince.",
    "blame:emp",
  ],
  [
    "I don't know the name of anybody in IT. Is strange, no? Three years in this company.",
    "distance",
  ],
  [
    "The IT people treat us like servants of the system, we must adapt to the software, never the opposite.",
    "power",
  ],
  ["Honestly they are helpful. A little bit strict, but I understand why.", ""],
  [
    "Pues, the rule say no personal phones in warehouse. But the scanner not work, so everybody use phone anyway.",
    "conflict",
  ],
  [
    "My boss forward me the security newsletter, I delete it without reading. Too long.",
    "distance",
  ],
  [
    'They say "read the policy document". Is 40 pages, in English, with legal words. Who read this?',
    "comm",
  ],
  ["I feel stupid each time I ask about the VPN, the guy sigh before he answer.", "feel comm"],
  [
    "IT and us in operations, we always fight about the admin rights. They say no, we say we need it for the work.",
    "conflict",
  ],
  ["I attended the security awareness day, it was fun, there was quiz with prizes.", ""],
  ["If I have a problem with my email I would ask IT, they are close to my desk.", ""],
  [
    "Our IT is a ghost. Things change on the computer in the night and nobody knows who did.",
    "power distance",
  ],
  ["The new firewall is installed in the Dubai office.", ""],
  [
    "Is always me who break something. IT people know my name already, haha, not in good way.",
    "blame:self feel",
  ],
  [
    "The software developers in Kyiv office think security review is a joke and skip it when deadline come.",
    "blame:emp conflict",
  ],
  ['Why every email from IT start with "URGENT"? My heart jump every time.', "comm feel"],
  ["I think the security manager is good person, but he never leave his room.", "distance"],
  [
    "The helpdesk hours are 9 to 5 Manila time, but our night shift in the hotel has nobody to call.",
    "conflict",
  ],
  [
    "They lock my account because I travel to Vietnam for the supplier visit, and nobody tell me before.",
    "conflict comm",
  ],
];

export const VOICES_DD: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_DD_2,
  ...VOICES_DD_3,
  ...VOICES_DD_4,
  ...VOICES_DD_5,
  ...VOICES_DD_6,
];
