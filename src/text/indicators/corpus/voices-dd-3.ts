import type { RawExample } from "./types.js";

/** Staff of international small and medium firms writing in English as a second language: simple grammar, literal phrasing, some words from their own language. Written fresh for Rapport (brief DD). */
export const VOICES_DD_3: readonly RawExample[] = [
  [
    'When I ask why the website is blocked, the answer was "ask your manager". My manager don\'t know either.',
    "comm conflict",
  ],
  ["They help me recover a deleted Excel from last year, I almost cry from happy.", ""],
  [
    "If they don't want to help, ok, I find another way. There is always another way.",
    "conflict distance",
  ],
  [
    "I'm embarrassed to say, but I still don't know how to use the VPN. I never ask because they will think I'm slow.",
    "feel distance",
  ],
  ["The relationship with IT? Is fine. Not best friends, not enemies.", ""],
  ["Phishing emails are getting smarter every month, this is why the training is useful.", ""],
  [
    "The guests complain WiFi is slow and front office blame me. But the hotel owner never pay for better line.",
    "power conflict",
  ],
  [
    "Honestly I never read the IT announcements, it's all about patches and things I don't use.",
    "distance",
  ],
  ["They always write in capital letters. DO NOT. NEVER. Feel like being shouted at.", "comm feel"],
  ["The new colleague in IT come from Kenya, he is very funny, everybody like him.", ""],
  [
    "Our IT is so slow that my team use free online converters for the client files. I know is not allowed.",
    "conflict",
  ],
  [
    "I always feel IT is watching. Even when I type a personal message, I think twice.",
    "power feel",
  ],
  [
    "The supervisor says IT department caused the hotel to lose the booking.com connection for one day.",
    "blame:sec",
  ],
  [
    "It is my bad, I use the same password for the hotel system and my Facebook, and Facebook was hacked.",
    "blame:self",
  ],
  ["I think employees are not the weakest link, the weakest link is bad processes.", ""],
  ["Their policy for laptop is fine, I don't feel any problem.", ""],
  [
    "Five different passwords, change every 60 days. Everyone write them in the notebook, of course.",
    "conflict",
  ],
  [
    'I ask IT for help with Excel macro and they tell me "not our job". Then whose job?',
    "conflict comm",
  ],
  [
    "We are in Durban, IT is in London. Time difference is small, but the distance is big, if you understand me.",
    "distance",
  ],
  [
    "Nobody consult the IT team before they buy the new warehouse software. Then they expect me to make it secure in one week.",
    "power conflict",
  ],
  [
    "Sometimes the VPN drop in the port area, it's the signal there. IT already put a new antenna.",
    "",
  ],
  ["They told me sorry for the delay and gave me a loan laptop. Good service.", ""],
  [
    "Every request need approval from IT, then approval from manager, then IT again. Is like bureaucracy from my country.",
    "conflict power",
  ],
  ["Sometimes I think my questions are too stupid for them.", "feel"],
  [
    "Security people here are like a black box. Things go in, decisions come out, nobody know how.",
    "power",
  ],
  ["IT speak only in acronyms.", "comm"],
  ["The network will be down Saturday from 10 pm to 2 am for maintenance.", ""],
  ["My mistake, I turn off the antivirus because the game was slow. Now they know.", "blame:self"],
  [
    "They don't come to our building at all. Even for the new employee setup, they do remote.",
    "distance comm",
  ],
  [
    "I am IT, and I feel invisible. People remember me only when the internet is down.",
    "feel comm",
  ],
  [
    'Sales always say "IT make us lose the client". But sales never tell us what the client need.',
    "conflict blame:emp",
  ],
  ["The new ticket system is easier than old one, I can see where my request is.", ""],
  ["Ah, IT. Nice guys. Very busy, always running.", ""],
  [
    'The security department in head office make a new rule that all laptops must be returned every Friday for scan. Nobody explained why, nobody asked if our drivers are even in the office on Friday, they just send the schedule with the word "mandatory" in red.',
    "power comm",
  ],
  [
    "When the trucks GPS stop working, IT say is the vendor, vendor say is IT. Nobody fix, two days.",
    "conflict",
  ],
  [
    "Our procedure is simple: if you see something strange, you call the number on the sticker, the security team answers, asks a few questions, and usually in one hour they tell you if it was real or not. Most of the time it was nothing, and nobody makes you feel bad for asking.",
    "",
  ],
  ["Vale, the new laptops are heavy, but they are fast.", ""],
  [
    "I don't trust them, to be honest. They say data is safe but they never show anything.",
    "feel comm",
  ],
  [
    "Our people take laptops home and let their kids play on it. Then they are surprised when it's infected.",
    "blame:emp",
  ],
  ["Every time I see the IT number on my phone, my stomach hurt.", "feel"],
  ["The IT guy in Chennai office is my friend, we eat lunch together.", ""],
  [
    "No one explained us the new system. One morning we come and everything is different.",
    "comm power",
  ],
  [
    "They want us to report every suspicious email, but when we report, nobody reply. So why I report?",
    "comm distance",
  ],
  [
    "I am the security officer but I have no authority. I can only recommend, the director decide.",
    "power",
  ],
  ["Working with the IT team is easy, they join our planning meetings.", ""],
  [
    "Sometimes the rules are too much. To send one file to client, I need 4 steps and a password by SMS.",
    "conflict",
  ],
  [
    "Insha'Allah next year we get the new ERP, IT is preparing the migration plan with each department.",
    "",
  ],
  [
    "Our team have WhatsApp group for computer problems, we help each other, IT not inside.",
    "distance",
  ],
  [
    "I tell the manager about the phishing risk for one year, he laugh. Now we lose 20,000 euro.",
    "power blame:emp",
  ],
  ["Our freight forwarding software is from a vendor in Shenzhen; IT manage the licences.", ""],
  [
    "I wasn't angry with IT, I was angry with myself for forgetting the laptop in the taxi.",
    "blame:self",
  ],
  ["The system update is scheduled for Thursday night.", ""],
  ["IT department is full of rules but empty of help.", "blame:sec"],
  ["I'm worried that if I say the truth about the lost USB, I will lose my job.", "feel power"],
  [
    "Staff here think IT is magic. They break everything and expect I fix in 5 minutes.",
    "blame:emp conflict",
  ],
  [
    "We don't have contact with the security team. I think they are in another country, maybe India?",
    "distance",
  ],
  [
    "They explain the new rule in the morning briefing, with example from our own hotel. Very clear.",
    "",
  ],
  ['They make me feel like a child with their "Did you try to restart?"', "comm power feel"],
  [
    "It was my fault the payroll file was shared public, I didn't check the settings.",
    "blame:self",
  ],
  ["No, I wouldn't say I avoid IT. I just don't need them often.", ""],
  [
    "Every change in the ERP, nobody from IT ask us, the users, what we think. Then the system doesn't fit our work.",
    "power conflict",
  ],
  ["Cold emails, no hello.", "comm"],
  [
    "When the auditor come, the IT manager act like we are the problem. But his servers are the old ones.",
    "blame:sec conflict",
  ],
  [
    "I am a bit afraid to use the new system, maybe I break something and IT will be angry.",
    "feel",
  ],
  ["Our IT is very good at saying no. For saying yes they need 3 weeks.", "blame:sec conflict"],
  ["Sometimes I go to the IT room just to say hello and bring them some kuih.", ""],
  [
    "Users don't read. I write one simple email, and still 20 people call me asking the same thing.",
    "blame:emp",
  ],
  ["The booking engine went down, but IT restore it in 30 minutes. Guests didn't notice.", ""],
  [
    "I feel the security team don't trust us, they think every employee is a potential thief.",
    "power feel",
  ],
  ["We never hear from them unless we did something wrong.", "comm"],
  ["Jo, I don't know, IT is IT. They do their thing, we do our thing.", "distance"],
  ["In my old company, IT was horrible. Here is different, they listen.", ""],
  [
    "The firewall block the shipping line's portal every Monday morning. Every Monday I call, every Monday same story.",
    "conflict feel",
  ],
  ["Calling IT makes me sweat.", "feel"],
  ["When I came to Bangkok office, the IT guy give me tour of all the systems. Very kind.", ""],
  [
    "The IT manager is always right, even when he is wrong. You cannot discuss with him.",
    "power conflict",
  ],
  ["They do not respond on weekends, but our warehouse works 7 days.", "conflict"],
  [
    "Managers ignore my reports. Only after the hack, suddenly everyone want to talk with me.",
    "power comm",
  ],
  [
    "I will be honest, I don't care about cybersecurity. I care about delivering on time.",
    "distance",
  ],
  ["The new policy is strict but they made a video in Bahasa, so everybody understand.", ""],
  ["Is the staff who make the mistakes, not the system. The system is good.", "blame:emp"],
  [
    "I hate to call the helpdesk. First 20 minutes music, then someone who read from script.",
    "feel conflict",
  ],
  ["I don't always agree with the IT decisions, but they always explain, so we can discuss.", ""],
  [
    "Yes we had the ransomware last year and it was a very scary week for everybody, the ships were waiting and the phones rang all day, but the IT team worked day and night, kept us informed every two hours, and we recovered without paying anything.",
    "",
  ],
];
