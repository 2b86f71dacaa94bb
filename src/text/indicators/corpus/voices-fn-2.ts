import type { RawExample } from "./types.js";

/** Part 2 of batch FN (see voices-fn.ts). */
export const VOICES_FN_2: readonly RawExample[] = [
  [
    "If the system is that fragile it's their job to fix it, not mine to remember sixteen-character passwords that change every month.",
    "blame:sec conflict",
  ],
  [
    "Their spam filter eats genuine emails from clients and lets the obvious scams straight through. Great job, really.",
    "blame:sec",
  ],
  [
    "The new door access system was supposed to make life easier. Six months on, half the doors don't recognise our cards and IT says it's a facilities issue.",
    "blame:sec",
  ],
  ["I know I should lock my screen, I just forget. That one is on me, not them.", "blame:self"],
  [
    "Honestly I'm the weak link in this office. I still keep my passwords in a notebook in the top drawer.",
    "blame:self",
  ],
  [
    "It was my own fault, I opened the attachment without checking who it came from. The IT guys were very patient about it.",
    "blame:self",
  ],
  [
    "I feel stupid because I never understand the security updates, and at my level I really should.",
    "blame:self feel",
  ],
  [
    "Probably I am the problem, I don't read the emails from IT properly. But there are so many of them.",
    "blame:self",
  ],
  [
    "I should have reported the lost phone straight away instead of waiting until Monday. I was embarrassed, and that made it worse.",
    "blame:self feel",
  ],
  [
    "Most of my problems with the systems are my own doing, to be honest. I don't take the time to learn them properly.",
    "blame:self",
  ],
  [
    "I once emailed a spreadsheet with tenant details to the wrong address. It still bothers me, and I'm the one who caused it.",
    "blame:self feel",
  ],
  [
    "Maybe I am too old for all this technology. The young ones manage, so the fault must be with me.",
    "blame:self",
  ],
  [
    "They were helpful once I finally got through, I'll say that. But getting through took four days and two escalations.",
    "conflict",
  ],
  [
    "I used to think they were just busy. Now I think they simply don't care about the branch offices.",
    "distance blame:sec",
  ],
  [
    "In the old days we had Marek, who knew everyone and came round with biscuits. Since the outsourcing it's a portal and a ticket reference, and honestly I miss him.",
    "distance feel",
  ],
  [
    "The training was fine. The problem is that afterwards nobody explains why the rules change every few months, we just get a pop-up.",
    "comm",
  ],
  [
    "I'm not afraid of them, no. I'm afraid of making a mistake and being named in the incident report, which is different.",
    "feel",
  ],
  [
    "Do they talk down to us? Sometimes, yes, though I don't think they notice they're doing it.",
    "comm",
  ],
  [
    "Is the relationship good? On paper. In reality we only meet them at the annual audit, and they are not there to make friends.",
    "distance",
  ],
  [
    "They call it 'zero trust'. From where I sit it means they don't trust us, and by now we don't trust them either.",
    "blame:emp conflict",
  ],
  [
    "I've given up asking. Whatever the question, the answer is a link to a policy, so now I sort things out myself or leave them.",
    "distance",
  ],
  [
    "Friendly people, really, when you see them at the Christmas party. Which is the only time we do see them.",
    "distance",
  ],
  [
    "The security officer is brilliant, I mean it. But there's one of her for eleven hundred staff, so in practice you never get hold of her.",
    "distance conflict",
  ],
  [
    "They're quick to tell us off when we do something wrong and slow to explain how to do it right.",
    "comm power",
  ],
  [
    "Sometimes I feel like a child asking permission to leave the room, every little thing needs a request form and an approval.",
    "power",
  ],
  [
    "Our solicitors bill by the hour and the new sign-in process adds minutes to every task. Nobody in IT seems to grasp what that costs us.",
    "conflict blame:sec",
  ],
  [
    "I don't want to sound ungrateful, they fixed my laptop in an hour last week. It's more that I never know what the security team is actually doing or why.",
    "power",
  ],
  [
    "I don't know who they are, honestly. In my previous company in Munich the IT sat with us, here they are only an email signature.",
    "distance",
  ],
  [
    "The rules are good, the way they're enforced isn't. No warning, no explanation, just a locked account and a form to fill in.",
    "comm",
  ],
  [
    "We were blamed for the data leak at first, and later it turned out to be a misconfigured server. Nobody came back to apologise to our team.",
    "blame:emp blame:sec",
  ],
  [
    "I think I'm partly to blame for the distance, I never go to their drop-in sessions. But they don't exactly make them inviting either.",
    "blame:self distance",
  ],
  [
    "Honestly I was terrified after I clicked that link, I thought I'd be sacked. They were decent about it, but that fear doesn't just go away.",
    "feel blame:self",
  ],
  [
    "Annoying is the word. Not the people, the process: four approvals for a licence that costs twelve pounds.",
    "feel conflict",
  ],
  [
    "It's probably my fault for not keeping up, but the security changes come so fast that I always feel one step behind and a bit stupid.",
    "blame:self feel",
  ],
  [
    "You raise a concern and it disappears. Weeks later a decision arrives from somewhere above and you can't tell if anyone read what you wrote.",
    "power comm",
  ],
  [
    "The contractors we work with think our IT is a joke, and frankly on bad days so do I.",
    "blame:sec",
  ],
  [
    "They seem to think anyone outside IT is a risk to be managed rather than a colleague.",
    "blame:emp power",
  ],
  [
    "We're audited, logged, tested with fake phishing emails, and then asked in a survey why morale is low.",
    "power",
  ],
  [
    "The security lead is clever but hard to follow, and he never comes down to the ground floor where customer services actually sit.",
    "comm distance",
  ],
  [
    "They explained it to me three times and I still got it wrong, so I suppose that's on me. Though maybe three different explanations didn't help.",
    "blame:self comm",
  ],
  [
    "Blame culture, pure and simple. When something breaks IT blames the users and the users blame IT, and nothing gets fixed.",
    "blame:emp blame:sec conflict",
  ],
  [
    "The staff in our repairs team are quite careless with their phones, and I include myself in that.",
    "blame:emp blame:self",
  ],
  [
    "After the breach everybody got an email saying 'some staff' had been careless. We all knew they meant the finance office, and it felt like being told off in public.",
    "blame:emp feel",
  ],
  ["Who are they, even?", "distance"],
  [
    "Our reception staff will let anyone tailgate through the door if they smile nicely. No amount of training fixes that.",
    "blame:emp",
  ],
  [
    "I reused an old password on a shopping site and that's how they got into my account. Entirely my own doing.",
    "blame:self",
  ],
  [
    "Two years of 'we're looking into it' about the same broken shared calendar. At some point you have to admit they're just not very good.",
    "blame:sec",
  ],
  [
    "The security team runs a drop-in session every Thursday in the library foyer, and they are genuinely good at explaining things without making you feel slow.",
    "",
  ],
  ["Passwords for the housing management system expire every 60 days.", ""],
  [
    "I wouldn't say they talk down to us. They're technical people, of course, but they make an effort.",
    "",
  ],
  [
    "There's a bit of jargon in their emails sometimes, but honestly it doesn't bother me, I just ask.",
    "",
  ],
  [
    "Two years ago we never saw them. Now there's a named security contact for each directorate and she comes to our team meeting every month.",
    "",
  ],
  ["Multi-factor authentication was introduced for all staff in March.", ""],
  ["They are never condescending, even when I ask the same question for the third time.", ""],
  [
    "When our office moved, IT came in on the Saturday to set up the desks themselves. I was impressed.",
    "",
  ],
  [
    "I used to be scared of the phishing tests. Now they're almost a game, and our team compares scores at the end of the month.",
    "",
  ],
  [
    "Is security an obstacle? Not really. Most of the rules make sense once someone explains the reason behind them.",
    "",
  ],
  [
    "In my previous job in Warsaw the IT people were very distant, but here it is different, they know my name.",
    "",
  ],
  ["Access requests go through the line manager first and then to the service desk.", ""],
  [
    "Do I feel checked or controlled? No, I don't think so. The monitoring is described in the policy and it seems reasonable.",
    "",
  ],
];
