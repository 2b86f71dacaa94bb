import type { RawExample } from "./types.js";

/** Part 3 of batch EZ (see voices-ez.ts). */
export const VOICES_EZ_3: readonly RawExample[] = [
  [
    "We all got an email saying 'You failed the phishing test'. No explanation of what we missed, just a red banner.",
    "comm feel",
  ],
  [
    "The clinic's IT firm rings every few weeks to ask if anything is bothering us. Usually nothing is.",
    "",
  ],
  [
    "He set up a shared calendar for the salon and showed each of us how to use it. It saved so much arguing.",
    "",
  ],
  [
    "The new security software slows the order screens so much that the waiters queue at the terminal. We complained twice and nothing changed.",
    "conflict blame:sec",
  ],
  [
    "When I started, nobody told me there even was an IT provider. I found the number on a sticker under the router months later.",
    "distance",
  ],
  [
    "Our IT is Dave, the owner's brother-in-law. He's fine, he's just not really an IT person.",
    "blame:sec",
  ],
  ["I asked them to recover a deleted file and they did it before my coffee was cold.", ""],
  [
    "They treat the warehouse like an afterthought; the office gets new laptops, we get the leftovers that crash.",
    "power conflict",
  ],
  [
    "They audit our laptops every month and never share what they find. We just wait for a tap on the shoulder.",
    "power comm feel",
  ],
  [
    "Not every message is easy to read, but the IT woman always offers to go through it in person.",
    "",
  ],
  [
    "We're the ones who forget to lock the screens when we go on breaks, IT can't be everywhere.",
    "blame:self",
  ],
  [
    "Our teachers are the weak link, I'll say it, half of us still use 'school123'.",
    "blame:self blame:emp",
  ],
  [
    "The technician explained why we can't use personal memory sticks, and once I heard the reason it made sense.",
    "",
  ],
  [
    "The carers' phones get locked down so tight we can't even take a photo of a wound for the nurse.",
    "conflict",
  ],
  [
    "When our laptop was stolen from the van, IT wiped it remotely and had a new one ready by the next morning. Couldn't ask for more.",
    "",
  ],
  [
    "I message the IT guy on his mobile because the official helpdesk never answers. He doesn't like it, but it's the only way.",
    "conflict",
  ],
  [
    "It's a small school, so our IT technician also runs the after-school robotics club. The kids adore him.",
    "",
  ],
  [
    "Nobody in the kitchen reads IT emails. They're long, in English, and usually about things that don't affect us.",
    "distance comm",
  ],
  [
    "I complained once about the slow computer and was told it was 'user error'. Now I don't bother.",
    "blame:emp distance feel",
  ],
  [
    "The IT guy is part-time and works from home mostly. We write on a whiteboard what's wrong and he fixes it on Wednesdays.",
    "",
  ],
  [
    "They sent a 'security reminder' addressed to 'Dear User'. It felt like a letter from the tax office.",
    "comm",
  ],
  [
    "Sometimes I feel they want us to fail the tests so they can show the owner how bad we are.",
    "power feel",
  ],
  [
    "The chemistry of it is good: we bake, they keep the machines alive, and we send them leftover croissants.",
    "",
  ],
  [
    "We don't have a proper IT department, just an outside company the accountant found. They're competent, I just don't know them.",
    "distance",
  ],
  [
    "One warehouse manager told IT the pickers couldn't handle two-factor login. We handle it fine, thanks.",
    "blame:emp",
  ],
  [
    "Once they locked me out during a delivery run because my phone 'looked unusual' abroad. I spent two hours in a French lay-by with no route.",
    "conflict feel",
  ],
  [
    "Our security provider runs a short talk every quarter in the canteen, with cake. Attendance is actually good.",
    "",
  ],
  [
    "I think they see us as the people who break things. Honestly, sometimes we are.",
    "blame:emp blame:self",
  ],
  [
    "They never explain anything, they just remote in and the mouse starts moving on its own.",
    "comm power",
  ],
  ["The IT contractor wrote us a one-page guide with pictures. It's pinned above every till.", ""],
  ["The response time has improved a lot since last year, when tickets took weeks.", ""],
  ["I wouldn't say they're unfriendly, they're just not people we ever see.", "distance"],
  ["Our dental nurse found the fake invoice email and IT thanked her in front of everyone.", ""],
  ["Their monthly report is just a table of numbers, none of us can read it.", "comm"],
  [
    "We did not follow their advice on updates for a year, and then the booking system got hit. That was completely our doing.",
    "blame:self",
  ],
  [
    "The vet's IT is a freelancer who also does the horse clinic down the road. He's reachable and honest about what he can't do.",
    "",
  ],
  ["very patient man", ""],
  ["they upgraded all the tablets, smooth", ""],
  ["IT is a bit of a mystery to me honestly", "distance"],
  ["installed the new cameras and explained who can see them", ""],
  [
    "Staff here think IT is only for the office, but they helped set up our kitchen display too.",
    "",
  ],
  ["sorted my laptop over teamviewer in 10 min", ""],
  ["IT lady in Kraków office is super", ""],
  ["ticket still open since march", "conflict"],
  ["cant install anything without asking permission 3 times", "conflict power"],
  ["we barely know there names", "distance"],
  ["decent bunch", ""],
  ["robotic emails, no human behind", "comm"],
  ["they showed me how to spot scam texts", ""],
  ["i was embarassed when they found my password on a sticky note", "feel blame:self"],
  ["the forklift tablets finally work thanks to them", ""],
  ["annoying popups every hour from security app", "conflict feel"],
  ["monday visit is always useful", ""],
  ["he never says hi, just takes the pc", "comm"],
  [
    "The provider set up guest wifi for the café that's separate from our till network, and explained why in plain words.",
    "",
  ],
  [
    "Every time the alarm software beeps, the building site office panics because nobody knows what the messages mean.",
    "comm feel",
  ],
  [
    "Our IT man treats the receptionists like his personal assistants, fetching him passwords and coffee.",
    "power",
  ],
  [
    "They explained the new clock-in app to the whole shift in Spanish and English, which helped a lot.",
    "",
  ],
  [
    "Honestly I ignore most of their emails, there are too many and they all look the same.",
    "distance",
  ],
  ["At the nursery the IT support is a parent who volunteers, and he's been a godsend.", ""],
  [
    "Our security people love to say 'the user is always the weakest link', which really makes you want to help them.",
    "blame:emp feel",
  ],
  ["He checks in every Friday by phone, just to ask if anything's playing up.", ""],
  [
    "They installed a keylogger-type thing on the office machines and told us it was 'for our protection'.",
    "power comm",
  ],
  [
    "The IT firm is fine with the owner but on the shop floor we're invisible to them.",
    "power distance",
  ],
  ["The technician's instructions were clear enough that I set up the new printer myself.", ""],
  [
    "I think our IT supplier does a decent job, and the problems we have are mostly down to the old kit we refuse to replace.",
    "blame:self",
  ],
  [
    "They make us do a security course online every three months, and the questions are the same every time.",
    "conflict",
  ],
  [
    "The guy from the IT company called my manager instead of me about my own account, which felt odd.",
    "power",
  ],
  ["Once I understood the two-step login protects my payslip, I stopped grumbling about it.", ""],
  [
    "Whenever I ask for something, the answer is 'raise a ticket', even for a thirty-second question.",
    "conflict",
  ],
  [
    "In the farm office it's me and one laptop, and the IT help is a remote firm that picks up the phone. Works for us.",
    "",
  ],
  [
    "The first month with the new provider was rough, loads of outages, but they sorted it and it's been stable for a year.",
    "",
  ],
  ["I feel like I'm bothering them every time I call, they sound so tired.", "feel"],
  [
    "The IT company changed our email addresses without telling us. Customers' emails bounced for two days.",
    "comm conflict blame:sec",
  ],
  [
    "We're forty-odd drivers and we only hear from IT when a tracking unit goes offline.",
    "comm distance",
  ],
  [
    "They gave every hairdresser their own login for the booking screen, took one afternoon, no fuss.",
    "",
  ],
  [
    "Their rules make sense on paper, but in a kitchen with wet hands a fingerprint reader is a joke.",
    "conflict",
  ],
  ["My boss says IT knows best and we shouldn't question them, so we don't.", "power"],
  [
    "When a phishing email got through, the IT lad didn't shout at anyone. He just showed us the signs to look for.",
    "",
  ],
  [
    "Our little factory's IT is an old guy who comes when called. He grumbles a lot but nothing ever stays broken.",
    "",
  ],
  [
    "IT wrote back 'please clear your cache and cookies'. I'm a care assistant, I have no idea what that means.",
    "comm",
  ],
  ["I wouldn't call them arrogant. They're proud of their work, and they've earned it.", ""],
  [
    "We've been asking for a second card terminal for a year. IT says it's 'on the roadmap'.",
    "conflict",
  ],
  [
    "They rarely show their faces at the hotel. I've worked here six years and met one of them once.",
    "distance",
  ],
];
