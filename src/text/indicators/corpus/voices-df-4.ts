import type { RawExample } from "./types.js";

/** Very small firms whose security is an outside IT provider, the owner's relative or one overworked admin: owners, office managers and employees. Written fresh for Rapport (brief DF). */
export const VOICES_DF_4: readonly RawExample[] = [
  ["A friend in the trade looked over our IT contract and said it was fair value.", ""],
  ["If our IT man quit tomorrow we wouldn't be able to get into our own bank account.", "power"],
  ["They lock things down, we can't do our jobs, they shrug. Simple as.", "conflict blame:sec"],
  [
    "Disappointed doesn't cover it. We paid for \"managed security\" and they didn't notice the breach for a month.",
    "feel blame:sec",
  ],
  ["It's the waiting that gets me. Not knowing if they've even seen my email.", "conflict feel"],
  [
    "Our IT people are a bit like the tax office: you know they're there, and you'd rather not find out more.",
    "distance",
  ],
  ["Our admin took the time to move my mum's old email onto the new system. Very kind of her.", ""],
  ["Some of the staff here scare me more than any hacker would.", "feel blame:emp"],
  [
    'I clicked "allow" on something I didn\'t understand because I wanted the pop-up to go away.',
    "blame:self",
  ],
  [
    "We can't get a second screen for the designer because the IT firm \"doesn't support\" that model. It's a monitor.",
    "conflict",
  ],
  [
    "You can put all the security you want on it, but Kev will still leave the van tablet unlocked on the dashboard.",
    "blame:emp",
  ],
  ["It doesn't occur to anyone here to ask IT. They just google it or leave it.", "distance"],
  [
    'Every problem is "user error" to them. Sometimes it is, fine. Often it\'s them.',
    "blame:emp blame:sec",
  ],
  [
    'I asked them whether the new software is safe and got "depends on your risk appetite". I sell cakes.',
    "comm",
  ],
  [
    "Three laptops, three years, no updates, because I kept cancelling the engineer's visits. Nobody to blame but myself.",
    "blame:self",
  ],
  [
    "Our IT bloke comes in on the first Monday of the month and checks the backups, and that suits us fine.",
    "",
  ],
  [
    "Tuesday's outage was the internet provider, not our IT people. They chased it for us anyway.",
    "",
  ],
  [
    "Brand new tills went in over the bank holiday, staff trained on the Tuesday, and not a single hiccup since.",
    "",
  ],
  [
    "My daughter set the security up on the tills, then wrote a one-page guide in big letters for the Saturday staff. Lovely.",
    "",
  ],
  [
    "The IT guy acts like the server room is his private kingdom. We're not even allowed in to fetch the spare toner.",
    "conflict power",
  ],
  [
    "The security policy is two pages and written in English. I've read worse tenancy agreements.",
    "",
  ],
  [
    "I rang the helpdesk at 7pm expecting voicemail and a real person answered. Shocked, in a good way.",
    "",
  ],
  [
    "The new provider came in, introduced themselves to all eight of us, and left a card on every desk.",
    "",
  ],
  [
    "The owner's brother-in-law looks after the network and he's dead good, whatever people say about family doing favours.",
    "",
  ],
  ["They sent one email about the new rules, one reminder, and that was it. No drama.", ""],
  [
    "The admin acts like we're all suspects. Fair enough maybe, given some of them, but still.",
    "power blame:emp",
  ],
  ["Turns out the leak was my old work email. Which I never closed. So, yeah, me.", "blame:self"],
  [
    'They installed a "security upgrade" that broke the label printer and then charged us to fix it.',
    "conflict blame:sec",
  ],
  [
    "The new rule means I can't take the laptop home, so I'm back here at nine at night doing estimates. Thanks a bunch.",
    "conflict feel",
  ],
  ["My fault we were down for a day. I unplugged the wrong box to charge my phone.", "blame:self"],
  [
    "They took away our admin rights, then couldn't install the software we needed themselves. Unbelievable.",
    "conflict blame:sec",
  ],
  [
    '"Please refer to the attached policy document v3.2." That was the entire reply to my question.',
    "comm",
  ],
  ["I can't say I understand all of it, but I trust them to get on with it.", ""],
  [
    "I know I'm the weak spot. I reuse the same password for everything and I can't break the habit.",
    "blame:self",
  ],
  [
    "You tell the girls in the salon to log out and they look at you like you've asked them to do their taxes.",
    "blame:emp",
  ],
  ["Phone, email or they'll pop in, whatever works for us. They're flexible like that.", ""],
  [
    "My boss overrode the IT guy and gave the new sales rep full access to everything. The IT guy just sighed.",
    "power",
  ],
  [
    "The IT company's fine, I suppose, but I couldn't pick any of them out of a line-up.",
    "distance",
  ],
  ["Someone at the provider picks up by the third ring. I've timed it, out of boredom.", ""],
  ["A bit of a faff, the new login, but I can see why they did it.", ""],
  [
    "We lost power for a day and nothing was lost. The backup thing they set up actually works.",
    "",
  ],
  [
    "The admin blames us for everything, we blame her, and meanwhile the scanner still doesn't scan.",
    "conflict blame:emp blame:sec",
  ],
  [
    "The rules on USB sticks annoyed me at first, but after the joinery down the road lost their drawings to a virus, I get it.",
    "",
  ],
  [
    "When the card machine died, the IT firm lent us a spare within the hour. Can't fault that.",
    "",
  ],
  [
    "I paid the fake invoice. My fault entirely. I still haven't told the IT guys, I can't face them.",
    "feel distance blame:self",
  ],
  [
    "I've stopped using the work email on my phone because the security app drains the battery by lunchtime.",
    "conflict",
  ],
  [
    "The emails are all in capitals with red exclamation marks. Everything's an emergency with them.",
    "comm",
  ],
  [
    "We can't even change the shop's own Instagram password without raising a ticket with them.",
    "conflict power",
  ],
  [
    "We got a scary letter from the bank about fraud, rang our IT company, and they calmed everyone down and checked everything.",
    "",
  ],
  [
    '"Per our SLA, P3 incidents are addressed within 72 business hours." I just wanted the printer to work.',
    "conflict comm",
  ],
  [
    "We pay a flat fee each month and if something goes wrong they're usually on it within the hour.",
    "",
  ],
  [
    "I feel stupid and it's my own fault, I should have read the instructions they sent.",
    "feel blame:self",
  ],
  [
    "I get their monthly email, skim the headlines and file it. Nothing alarming, which is nice.",
    "",
  ],
  [
    "Everyone just uses their own phones for work now. Easier than dealing with the IT setup.",
    "conflict distance",
  ],
  ["When IT's working you forget it exists, and ours mostly works.", ""],
  ["The admin said no to the browser extension and told me exactly why. Fair enough.", ""],
  [
    "Last year the shared drive was a jungle. The provider tidied it into folders with us, and now I can find things.",
    "",
  ],
  [
    "Our receptionist holds all the passwords because she's the only one who understands them. The rest of us just ask nicely.",
    "power",
  ],
  ["Our IT contract renews in April. I'll probably just renew it.", ""],
  ["The provider's account manager remembers my kids' names. Small thing, but nice.", ""],
  ["Couldn't tell you when we last spoke. Probably the invoice dispute in 2022.", "distance"],
  [
    "They helped us choose a card machine that worked with our stock system. Saved me a headache.",
    "",
  ],
  [
    "As office manager of a twenty-strong plumbing firm I deal with the IT provider most weeks. They're not perfect, nobody is, but when I raise something they listen, they give me a realistic date, and they usually hit it.",
    "",
  ],
  [
    "I'm the owner and I keep putting off the upgrades because of the cost. That's on me.",
    "blame:self",
  ],
  ["It took them three visits to plug in a router. Three.", "blame:sec"],
  [
    "We don't really have \"security staff\". We have Pete, and he's also the van driver. Works for us.",
    "",
  ],
  [
    "They lecture me about phishing like I'm a child, and it makes me want to click on things just to spite them.",
    "comm feel power",
  ],
  [
    "Staff keep saving customer files to the desktop instead of the shared drive, and then act surprised when IT can't recover them.",
    "blame:emp",
  ],
  [
    "I let my son play games on the office PC. That's how the virus got in. Don't tell IT.",
    "distance blame:self",
  ],
  ["They speak to me like I'm ninety. I'm forty-two and I run a business.", "comm feel"],
  [
    "Mum's partner set all the passwords up and won't tell anyone what they are \"for security\". We have to ask him for everything.",
    "power",
  ],
  [
    "If I'd spent half as long on our passwords as I spend on Instagram, we'd never have been hacked.",
    "blame:self",
  ],
  [
    "The new admin asked each of us what slows us down before changing anything. First time anyone's asked.",
    "",
  ],
  [
    "I signed off on the cheapest provider without asking a single question. So when it went wrong, who do I blame? Me.",
    "blame:self",
  ],
  ["We've never needed them much. Half the time I forget we have them.", "distance"],
  ["The admin keeps a spare laptop ready for when someone's breaks. Clever idea.", ""],
  ["They don't lecture. They show you, then they let you try.", ""],
  [
    "Our \"IT guy\" is the owner's cousin and he's the reason the tills crash every Saturday.",
    "blame:sec",
  ],
  [
    "I got told off in an email with my manager copied in, for plugging my phone in to charge. Not even a hello.",
    "comm power",
  ],
  [
    "I'm embarrassed how long it took me to turn on the two-factor they kept asking about. Pure stubbornness on my part.",
    "feel blame:self",
  ],
  ["The admin has the final word on everything tech. Even the owner asks her permission.", "power"],
  [
    "I should have set it up properly from day one. Instead I let everyone share the same login because it was easy.",
    "blame:self",
  ],
  [
    "The lads keep plugging their phones into the CNC machine's PC and the admin keeps having a go at them. It's constant.",
    "conflict blame:emp",
  ],
  [
    "Half the time it's me that forgets to lock the screen, and the other half it's the apprentices.",
    "blame:emp blame:self",
  ],
];
