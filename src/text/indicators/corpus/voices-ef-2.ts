import type { RawExample } from "./types.js";

/** Less often heard sectors, half in English as a second language. Written fresh for Rapport (brief EF). */
export const VOICES_EF_2: readonly RawExample[] = [
  ["Our pharmacy chain rolled out badge login at the tills last year.", ""],
  [
    "The badge login at the till needs twenty seconds. When you have ten people in the queue and a baby is crying, it's too long, so we leave the till logged in all the day.",
    "conflict",
  ],
  [
    "Pharmacists leave the dispensing screen unlocked the whole day. One day a customer will read somebody's prescription over the counter.",
    "blame:emp",
  ],
  [
    "They send always warnings about data protection, but nobody ever came to see how a small pharmacy really works.",
    "comm distance",
  ],
  [
    "I got a formal warning because I emailed a prescription to my private address to print at home. I understand now. It was stupid from me.",
    "blame:self",
  ],
  [
    "Regional IT treats the pharmacies like bank branches. We are health workers, not tellers.",
    "power",
  ],
  [
    "When the new compliance module came, there was one webinar at seven in the evening. Nobody from my branch attended.",
    "distance",
  ],
  ["The compliance officer is always friendly and she answers until the next morning.", ""],
  [
    "In the factory the machines are from the nineties and the software too. IT told us they can't patch them. Fine, at least it's honest.",
    "",
  ],
  [
    "For me is difficult the English in the security training. I press next, next, next until the end.",
    "comm distance",
  ],
  ["Our IT manager Rolf thinks everybody in production is an idiot.", "power"],
  [
    "I'm in production planning. When the ERP freezes I call Rolf and he fixes it in minutes. No drama.",
    "",
  ],
  [
    "The new rule says no phones on the factory floor. They didn't ask us, and our own supervisor calls us on the phone.",
    "power conflict",
  ],
  [
    "Honestly, we rushed the phone ban and never asked the floor first. As IT lead, that's my mistake.",
    "blame:self",
  ],
  ["I feel watched. They know when I log in, when I log out, what I print.", "power feel"],
  [
    "The pharmacy IT helpdesk is in another country and I never know what hours they are open.",
    "distance conflict",
  ],
  [
    "Staff write the till password on a sticky note under the keyboard. Every branch. Every single one.",
    "blame:emp",
  ],
  ["Good training this year. Short videos and a quiz, nothing too heavy.", ""],
  ["They only call when I did something wrong. Never just to say hello.", "comm distance"],
  [
    "The son of the boss made all the network himself. It works, mostly. When it doesn't, he is offended if you tell him.",
    "conflict",
  ],
  [
    "Every update of the label printer software breaks something else. I don't know how they test it, or if they test it.",
    "blame:sec conflict",
  ],
  [
    "I am afraid to tell them that I deleted the folder. Last time Mr Berger was shouting to me in front of all the office.",
    "feel power",
  ],
  ["I deleted a folder by mistake and told IT. They restored it from backup within an hour.", ""],
  [
    "I was the one who let the supplier's laptop on our Wi-Fi. The whole line stopped because of the malware. I still feel bad when I walk past the packaging machine.",
    "blame:self feel",
  ],
  [
    "The people at head office decide which software we may use, and none of them ever worked one day in a pharmacy.",
    "power",
  ],
  [
    "They use words like 'least privilege' and 'segmentation'. I'm a pharmacy technician, please.",
    "comm",
  ],
  [
    "The IT contractor comes one time per month. Between his visits we are alone with the machines.",
    "distance",
  ],
  [
    "I prefer to fix things myself. They take too long and they make you feel small.",
    "distance conflict feel",
  ],
  [
    "The welding department has its own PC and nobody from IT ever touched it. I think they don't know it exists.",
    "distance",
  ],
  [
    "It's a family business, so security is mostly my aunt saying 'be careful' in the Monday meeting.",
    "",
  ],
  ["The pharmacists in my branch take data protection very seriously, more than I expected.", ""],
  [
    "Central IT pushed a new stock system on all forty pharmacies in one week, in the middle of flu season.",
    "power conflict",
  ],
  [
    "The IT team said sorry for the outage and explained what was wrong. This I appreciated a lot.",
    "",
  ],
  [
    "Their emails always start with URGENT, so now when they write URGENT I ignore it.",
    "comm distance",
  ],
  [
    "We want to help, but the branch staff don't even open the tickets we send them.",
    "distance blame:emp",
  ],
  [
    "Nobody in the factory knows what the IT consultant actually does. He comes, he sits in the office with the door closed, he leaves.",
    "distance power",
  ],
  [
    "For security they removed the admin rights. Now I cannot install the driver for the new scale and I'm waiting already one week.",
    "conflict",
  ],
  [
    "Always I am the one who forgets to log out. They make jokes about it, but I know it's me.",
    "blame:self",
  ],
  [
    "Our pharmacist-in-charge calls the new policy 'written for lawyers', and after page one I have to agree with her.",
    "comm",
  ],
  [
    "In the break room there's a lot of talk that IT looks down on us. Personally, every time I needed them they were kind.",
    "",
  ],
  ["Clear emails now, short, in our language. Much better than before.", ""],
  [
    "Since they put the camera on the controlled-drugs cabinet and linked it to the login, the team feels like suspects.",
    "power feel",
  ],
  ["I asked why the USB ports are blocked. The answer was 'policy'. That's all.", "comm power"],
  [
    "They're probably doing their best, but I still don't know who to call when the label printer dies at six in the morning.",
    "distance",
  ],
  [
    "The chain's security team sent a fake phishing email about free flu shots for staff. Half of us clicked. We felt tricked, honestly.",
    "feel",
  ],
  [
    "Half the branches clicked on the flu shot test. People just don't look at the sender.",
    "blame:emp",
  ],
  ["Night shift in the factory, nobody for IT. We restart and we pray.", "conflict"],
  ["I quite like the security guy. He brings sweets when he does the training.", ""],
  ["I didn't know we had a security team until the audit.", "distance"],
  ["The security newsletter is short now, one page, and I actually read it.", ""],
  [
    "The IT guy is alone for 120 people and the owner won't pay for help. I feel sorry for him, honestly.",
    "",
  ],
  ["When I call, they answer 'did you read the instructions?' like I'm a schoolboy.", "comm power"],
  [
    "In the pharmacy you have maybe a minute for each patient. Two-factor login every single time is a joke for us.",
    "conflict",
  ],
  [
    "Every pharmacy has a local 'IT person', who is just the youngest employee. That's me. Nobody from central ever called me.",
    "distance",
  ],
  ["We trained the branch managers and now they train their own teams. It works pretty well.", ""],
  [
    "I feel guilty each time the security mail says someone in 'your region' clicked. Maybe it was me?",
    "feel",
  ],
  ["The factory's IT is the owner's nephew. You don't say no to him.", "power"],
  ["Sincerely, I don't care about the cyber stuff. I make cardboard boxes.", "distance"],
  [
    "We shout at them, they shout at us, then we eat together at Christmas. It's a family factory.",
    "conflict",
  ],
  ["I asked one simple question and got a link to a forty-page policy. Thanks a lot.", "comm feel"],
  [
    "The quality lab PC got infected because the technicians brought games on USB sticks. Every time the same story with them.",
    "blame:emp",
  ],
  ["Our scanner in the warehouse is very old and slow. Not IT's fault, it's just old.", ""],
  [
    "They are blocking the websites of our own suppliers. For ordering spare parts I must use my private phone.",
    "conflict",
  ],
  [
    "Head office sends the security rules as a PDF signed by someone I never met, and we must sign it back.",
    "power distance",
  ],
  [
    "When the inspectors came, our IT man stayed late with us to prepare everything. Without him we would have failed.",
    "",
  ],
  [
    "I had a question about the e-prescription system and the security officer came personally the next day. Impressive.",
    "",
  ],
  [
    "Honestly, in our plant the problem is not the users. We never had budget for security, that's a management decision.",
    "",
  ],
  [
    "Nobody reads the phishing alerts. I could write anything in there and nobody would notice.",
    "distance blame:emp",
  ],
  [
    "The new password must be fourteen characters. I have it on a paper in my wallet, what else can I do?",
    "conflict",
  ],
  ["Funny thing, the IT guy and I went to school together. So it's easy to ask him anything.", ""],
  [
    "I am tired that they treat me like a suspect every time the stock count is not correct.",
    "feel power",
  ],
  ["The software for the compounding lab was approved quickly. No complaints.", ""],
  [
    "They told us after. The new firewall was already installed when the email arrived.",
    "comm power",
  ],
  [
    "I don't report anymore the slow connection. They never answer, so for what.",
    "distance conflict",
  ],
  ["Our IT partner lives in the same village. If something breaks, he's here in ten minutes.", ""],
  ["Management and IT decide, we apply. That's how it is in this factory.", "power"],
  [
    "It was my team that skipped the updates because of the deadline. We caused the outage, not IT.",
    "blame:self",
  ],
  [
    "Their helpdesk chatbot understands nothing. I type my problem, it sends me the same article again.",
    "comm blame:sec",
  ],
  [
    "The ERP training was long but useful, and the trainer spoke slowly for the Turkish colleagues.",
    "",
  ],
  [
    "I was a bit worried when the chain announced a central security team, because at my old pharmacy 'central' meant rules from people who never saw a counter. But they came to visit, one of them stood behind the till with us for a whole morning, and after that they changed the login. I have nothing bad to say.",
    "",
  ],
  [
    "The label printers worked ten years until IT 'improved' the driver. Now every third label prints crooked and they say it's the paper.",
    "blame:sec",
  ],
  [
    "The drivers' tablets update sometimes during the route. For ten minutes you cannot sell a ticket.",
    "conflict",
  ],
  ["Dispatch has good contact with IT, they sit on the same floor.", ""],
  [
    "Bus drivers share the ticket machine PIN with everybody. We change it, two days later it's on a note in the cabin.",
    "blame:emp",
  ],
];
