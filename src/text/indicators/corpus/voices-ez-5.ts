import type { RawExample } from "./types.js";

/** Part 5 of batch EZ (see voices-ez.ts). */
export const VOICES_EZ_5: readonly RawExample[] = [
  ["When I asked the IT desk for help with the new app, they sent me a forty-page manual.", "comm"],
  [
    "The boss checks our messages through the IT system. We all know it and we all hate it.",
    "power feel",
  ],
  ["My English is not very good and they always write to me simple, I am grateful.", ""],
  ["they ask before touching my pc, appreciate it", ""],
  ["IT talks to us like school kids", "comm feel"],
  ["mostly good, no complaints", ""],
  [
    "The security guy knows the name of every cleaner in the building, which is more than the managers do.",
    "",
  ],
  [
    "Some of the IT staff roll their eyes when you ask a question, so I ask my nephew instead.",
    "comm distance",
  ],
  ["They look after the cameras, alarms and the laptops for all three of our care homes.", ""],
  ["The new firm is keen; they even came to our summer barbecue.", ""],
  [
    "I forwarded a scam email to the whole team by accident, and the IT woman helped me write a note to everyone. I was mortified but she was lovely.",
    "feel blame:self",
  ],
  ["always pick up, even sundays", ""],
  ["the wifi in the barn works now, cheers to them", ""],
  ["IT updates: never understood one", "comm"],
  ["quite friendly guys", ""],
  ["they came same day for the dead server", ""],
  ["nobody from IT has ever been to our site", "distance"],
  ["always 'not our problem'", "blame:sec"],
  ["good explanations, no fancy words", ""],
  ["we were told off in front of customers", "comm"],
  ["helpful with the new tills", ""],
  ["blocked from my own work email for a week", "conflict"],
  ["nothing bad to say", ""],
  ["dont trust them with our messages", "power"],
  ["a bit slow but they always come through", ""],
  [
    "Every new starter at the garage gets a ten-minute chat with the IT contractor, and it sticks.",
    "",
  ],
  ["Our IT guy is a retired engineer who helps the village school three mornings a week.", ""],
  [
    "The rota software was set up by the provider in English and Turkish after we asked, which I didn't expect.",
    "",
  ],
  [
    "He fixes things without ever explaining what was wrong, so the same problem comes back every month.",
    "comm blame:sec",
  ],
  [
    "The security team in head office monitor our till logins and call the store manager if anything looks odd, which makes everyone tense.",
    "power feel",
  ],
  [
    "I asked for admin rights to install the label software and was refused without a reason.",
    "comm",
  ],
  [
    "The IT woman at our care group phones each home on Monday mornings to check on the tablets.",
    "",
  ],
  ["They don't talk down to us; if anything they're a bit shy.", ""],
  ["It's just a phone number on a sticker, I wouldn't know them if they walked in.", "distance"],
  [
    "I used to think the IT firm didn't care about us, but after they rebuilt the booking system in a weekend I changed my mind.",
    "",
  ],
  [
    "The kitchen team share passwords because it's faster, and IT has told us a hundred times not to. That's on us.",
    "blame:self",
  ],
  [
    "Their manuals are written for computer people, so the older staff give up and ask the young ones.",
    "comm",
  ],
  [
    "The provider's account manager visits quarterly and actually walks the warehouse floor with us.",
    "",
  ],
  [
    "IT rejected my request for a second screen, saying I didn't 'need' it. How would they know what I need?",
    "power conflict feel",
  ],
  [
    "Last year the technician barely spoke to us; since we started inviting him for lunch he's part of the team.",
    "",
  ],
  ["We never hear a thank-you, only warnings.", "comm"],
  [
    "The salon's IT is basically the card machine company and the booking app company, and both are fine.",
    "",
  ],
  ["In an emergency they're fantastic, the rest of the time we hardly need them.", ""],
  ["Pretty sure half of us ignore the security emails, they come every day.", "distance"],
  [
    "The IT people are right that our team is lax; we leave laptops unlocked on the shop counter.",
    "blame:self",
  ],
  [
    "The contractor once told our manager that dental nurses 'can't be trusted with admin rights'. She told us, and it stung.",
    "blame:emp feel power",
  ],
  ["He gives us his mobile number and says call any time, and he means it.", ""],
  [
    "The checklist they gave us for closing the shop includes logging off the tills, simple and sensible.",
    "",
  ],
  [
    "I don't know who set the rule that we can't charge phones from the PCs, but nobody asked us.",
    "power comm",
  ],
  [
    "The outside company replaced our old router and the internet in the dining room is finally usable.",
    "",
  ],
  ["A little impatient on the phone now and then, if I'm honest.", "comm"],
  [
    "When I mistyped a bank account and money went to the wrong supplier, IT helped the owner trace it without making me feel worse.",
    "",
  ],
  [
    "They put a camera facing our break room and said it was 'for security'. We don't believe them.",
    "power",
  ],
  [
    "We're a team of seven in a print shop; the IT help is a freelancer we've used for nine years and trust completely.",
    "",
  ],
  ["Asking them for anything feels like begging.", "power feel"],
  [
    "They write 'Dear colleague' but it's always a complaint about something we did.",
    "comm blame:emp",
  ],
  [
    "The technician shows every teacher how to lock their laptop before he leaves the room. Small thing, but it helps.",
    "",
  ],
  ["I used to be nervous calling the helpdesk. Not anymore, they're very relaxed now.", ""],
  [
    "The night staff can't reach anyone from IT after six, so when the door system fails we prop the door open.",
    "conflict",
  ],
  [
    "Our delivery firm's IT sends a monthly summary of what they did. Short, useful, no waffle.",
    "",
  ],
  ["I really don't get why they need access to our personal phones for the work email.", "power"],
  [
    "The IT lad is part-time and studies the rest of the week. He's quick and doesn't mind silly questions.",
    "",
  ],
  [
    "Sometimes I think we'd be better off without them, they create more problems than they solve.",
    "blame:sec",
  ],
  [
    "The IT company reviewed our setup and said the biggest risk was the old server, not the staff. Refreshing to hear.",
    "",
  ],
  [
    "The people who handle IT for our hotel are polite and quick, even if their English emails are a bit long.",
    "",
  ],
  [
    "The owner pays for IT by the hour, so we're told not to call unless it's urgent. We mostly just cope.",
    "distance",
  ],
  ["Some of our older butchers are a danger with email, they open every attachment.", "blame:emp"],
  [
    "Our technician organised a 'bring your phone' morning where he helped everyone set up two-step logins at their own pace.",
    "",
  ],
  [
    "They fixed it, but the way he sighed when he saw my desktop made me want to crawl under the table.",
    "feel comm",
  ],
  ["Everything works, the laptops are updated, the backups run. I can't ask for more.", ""],
  ["we dont see them but we dont need to", ""],
  ["the support is ok, sometimes confusing answers", "comm"],
  ["installed antivirus on the office pc", ""],
  ["they changed everything on friday, chaos monday", "conflict"],
  [
    "The garage IT firm installs the diagnostic updates on Sunday nights so the mechanics aren't held up.",
    "",
  ],
  ["Farm IT is me, my phone and a guy in town who answers texts. We're happy with that.", ""],
  [
    "Our IT bloke is a bit of a character, but when the fire panel software crashed at 2am, he was there in twenty minutes.",
    "",
  ],
  ["They treat us well; we treat them well. It's not complicated.", ""],
  [
    "The technician left a printed 'who to call' sheet in every classroom, with his photo so the kids recognise him.",
    "",
  ],
  ["They're competent, I'm sure, but I've never had a conversation with any of them.", "distance"],
  [
    "Last spring was bad, with the breach and all the new rules. Since the summer things have settled and they explain everything now.",
    "",
  ],
  [
    "Staff mistakes happen; the IT contractor sees it as his job to make them harder to make, not to point fingers.",
    "",
  ],
  [
    "The checkout staff think security is the owner's business, and IT doesn't try to change that.",
    "distance",
  ],
  ["they're sound", ""],
];
