import type { RawExample } from "./types.js";

/** Family estate agencies and farm shops: partners, negotiators, shop staff, the relatives who do the IT. Written fresh for Rapport (brief CH). */
export const VOICES_CH_3: readonly RawExample[] = [
  [
    "Estate agency, family run. Our IT is Dad's old business partner who semi-retired to Spain.",
    "",
  ],
  [
    "Trying to get support from someone in Spain when the listings portal's down on a Saturday is a nightmare.",
    "conflict",
  ],
  [
    "We're negotiators, not techies. Every new system feels like it's designed to trip us up.",
    "conflict feel",
  ],
  ["Mum picked the CRM but she trialled it with all of us first.", ""],
  [
    "I feel guilty whenever I ring my brother about the computers, he's got his own job to do.",
    "feel",
  ],
  [
    "Agents send photos of keys and ID documents over WhatsApp and no amount of telling stops them.",
    "blame:emp",
  ],
  ["I'll admit I've sent a client's passport scan over WhatsApp. I know, I know.", "blame:self"],
  ["The local IT firm talks about 'compliance' and 'GDPR posture' and I just nod.", "comm"],
  ["I ask them what it means and they explain it again, slower, no fuss.", ""],
  ["Honestly our IT woman is a star. Explains things on a level, never condescending.", ""],
  ["She rings every month just to check in, which no other supplier bothers to do.", ""],
  [
    "The negotiators never tell me when their laptop's playing up, they just borrow someone else's.",
    "distance blame:emp",
  ],
  [
    "The office manager monitors our emails and drops hints in meetings to keep us in line.",
    "power",
  ],
  ["It's intimidating. You feel like every message is being read.", "feel power"],
  ["Farm shop here. IT is my neighbour's son, Josh. He's 17.", ""],
  ["Josh is 17 and more reliable than the last firm we paid.", ""],
  [
    "We depend on a teenager for our card payments and stock. Bit scary when you say it out loud.",
    "feel power",
  ],
  [
    "The till went down during the Christmas turkey collections so we took cash and wrote everything in a book.",
    "",
  ],
  ["Josh writes everything down for us in a little book by the till, which is handy.", ""],
  ["My husband built the website and I'm not allowed to touch it in case I 'break it'.", "power"],
  ["I probably would break it, to be fair.", "blame:self"],
  [
    "It annoys me that I can't even change the opening hours on our own website without him.",
    "feel power",
  ],
  [
    "The girls on the shop counter are lovely but they'd hand the card machine to anyone who asked nicely.",
    "blame:emp",
  ],
  [
    "Our IT is the computer shop in the market town and they're genuinely good, know us all by name.",
    "",
  ],
  ["They're a forty minute drive but most things they fix remotely anyway.", ""],
  [
    "Nobody from the IT company has ever set foot in our farm shop. All over the phone.",
    "distance comm",
  ],
  ["Phone support's fine with me, they talk me through it slowly.", ""],
  [
    "I'm rubbish, I know I'm rubbish, sorry, I say that every single time I ring them.",
    "blame:self feel",
  ],
  ["And they're so nice about it, honestly.", ""],
  [
    "The partner who does IT at our agency sends one-line emails. 'Don't do that.' Don't do what?",
    "comm",
  ],
  ["He gives straight answers, even if it's 'I don't know, I'll find out'.", ""],
  ["The senior partner had us vote between two property systems. Nice to be asked.", ""],
  ["Nobody dares tell him the property software is awful.", "power feel"],
  [
    "Security rules mean I can't open client documents on my phone when I'm out at viewings, and buyers want answers there and then, so I forward everything to my personal email and just hope nobody ever asks.",
    "conflict",
  ],
  ["Everyone does it, the rules are unworkable for people out on the road.", "conflict blame:sec"],
  [
    "Our IT man thinks estate agents are idiots, and says so. Jokingly. But still.",
    "blame:emp power",
  ],
  [
    "Maybe we are idiots, half the office fell for that fake portal login email.",
    "blame:emp blame:self",
  ],
  [
    "The lettings team avoid the IT person completely, they ask the receptionist instead.",
    "distance",
  ],
  [
    "Receptionist's become the unofficial helpdesk, which isn't her job, and she's fed up to the back teeth.",
    "feel",
  ],
  [
    "I only ever see our IT guy when he's come to take something away or lock something down.",
    "comm power",
  ],
  ["Nice lad, but every visit ends with less access than we had before.", "power"],
  [
    "Since we brought in a password manager, life's easier. Took some convincing but it's good.",
    "",
  ],
  ["My daughter set us up on it and patiently got everyone onto it. Proud of her.", ""],
  [
    "The farm shop computer has one login, 'shop', and the password's on a note under the keyboard.",
    "",
  ],
  [
    "When I mentioned that note, the owner laughed it off. Nobody's going to hack a farm shop, apparently.",
    "distance",
  ],
  [
    "I'm genuinely worried we're an easy target, with cards going through that old till and the password stuck under the keyboard, and nobody here takes it seriously when I bring it up.",
    "feel distance",
  ],
  [
    "We had the IT company in to train us and they were patronising from start to finish.",
    "comm power",
  ],
  ["Felt like being back at school. Waste of a morning.", "feel blame:sec"],
  [
    "Tried to tell my dad the card reader needed updating. He said I was fussing. It packed up the next Saturday.",
    "conflict",
  ],
  [
    "He still won't admit I was right, and I still don't think he knows what he's doing with it.",
    "conflict blame:sec",
  ],
  ["Our IT support is very responsive, I'd recommend them to anyone.", ""],
  ["I just feel like a burden every time I mess something up and have to ask.", "feel blame:self"],
  [
    "The branch manager says it's the computers, the IT firm says it's us. Round and round.",
    "conflict blame:sec blame:emp",
  ],
  [
    "If I'm honest, most of our IT problems are caused by me clicking things too fast.",
    "blame:self",
  ],
  ["The IT guy never asks what we actually need, he just decides.", "power"],
  [
    "Front desk raise the same slow-system issue every week and IT just close the ticket.",
    "blame:sec conflict",
  ],
  ["I've stopped bothering to tell them. Nothing changes.", "distance"],
  [
    "Farmers' market days the Wi-Fi dies and my brother says it's 'the signal', not his problem.",
    "conflict blame:sec",
  ],
  [
    "Every Monday the owner reads out who clicked the test emails, who left their screen unlocked, who wrote a password down, with everyone sat there listening. Humiliating, and it doesn't make anyone more careful.",
    "power feel blame:emp",
  ],
  ["I hate the new two-factor thing, I spend half the morning waiting for codes.", "feel conflict"],
  ["It's fine really, just takes getting used to.", ""],
  ["Our valuer is a genius with houses and a menace with a laptop.", "blame:emp"],
  [
    "The agency's IT consultant comes in once a month and we can book ten minutes each with him.",
    "",
  ],
  ["He speaks to the partners, not us. We're not worth explaining things to.", "power comm"],
  ["I'm the one who deleted the shared folder. Still can't believe I did it.", "blame:self feel"],
  ["I get on really well with the lad who does our IT, we have a laugh.", ""],
  [
    "Customers at the farm shop ask about our card security and I honestly can't answer. Nobody's told me.",
    "comm",
  ],
  [
    "Nobody's asked me about card security in the shop yet, but I'd know who to ask if they did.",
    "",
  ],
  [
    "The IT firm sent a 12-page security policy. Nobody's read it. Nobody's going to.",
    "distance comm",
  ],
  [
    "My sister's husband does our IT and I can tell him straight when something's rubbish, he takes it well.",
    "",
  ],
  ["I'd never tell him his setup is rubbish. It is, though.", "blame:sec"],
  [
    "The owner says we need to 'take ownership' of security, but won't spend a penny on it.",
    "conflict",
  ],
  [
    "We had the security check for the lettings licence and the IT firm walked us through every bit of it.",
    "",
  ],
  ["We're told to report suspicious emails but nobody says who to.", "comm"],
  ["so i just forward them to my boss and she never replies", "distance comm"],
  ["Mum's convinced every pop-up is a hacker and rings me in a panic ten times a week.", "feel"],
  [
    "As the son who does the IT, I'll be honest, the staff are the biggest risk we've got.",
    "blame:emp",
  ],
  [
    "I set rules because I have to, and then everyone looks at me like I'm the bad guy.",
    "conflict feel",
  ],
  [
    "I'd like more backing from Dad when I tell people to stop sharing passwords. He just shrugs.",
    "distance",
  ],
  ["Being the family IT person is thankless. They only ring when it's broken.", "comm feel"],
  ["I'm the owner and I do the IT. Nobody tells me anything until it's a disaster.", "distance"],
  ["Mind you, I probably don't make it easy for them to come to me.", "blame:self"],
  ["The farm shop's online ordering was set up by a local web chap and he's excellent.", ""],
  ["He comes to the Christmas do every year, part of the family now.", ""],
  [
    "We pay a monthly fee and they've not done a single thing we can see. Waste of money.",
    "blame:sec",
  ],
  ["The IT company treat us like a cash cow. Slow to fix, quick to invoice.", "blame:sec"],
  [
    "Can't get anyone to look at it for a week and I've got completions to process.",
    "conflict blame:sec",
  ],
  [
    "My fault the listings went out with the wrong prices, I ignored the update warning.",
    "blame:self",
  ],
  ["Lettings team each have their own portal login now, took an afternoon to set up.", ""],
  [
    "The managing partner sat with me and explained why we'd changed the setup. Appreciated that.",
    "",
  ],
  [
    "We're told off for using USB sticks but given no other way to get photos off the camera.",
    "conflict",
  ],
  [
    "The IT firm's answer to everything is 'not supported'. Then what are we paying for?",
    "blame:sec",
  ],
  ["They locked the scanner to one PC. One. In an office of nine.", "conflict blame:sec"],
  [
    "The IT guy said to 'raise a ticket'. I'm a farm shop. We don't have tickets. We have a notebook.",
    "comm conflict",
  ],
  ["Communication's fine, they always let us know before they do updates.", ""],
  ["Never had a reason to complain, honestly.", ""],
  [
    "Nothing against them, but I don't think they understand what an estate agent's day looks like.",
    "conflict",
  ],
  ["I keep my head down. If something breaks I wait for someone else to notice.", "distance"],
  [
    "My fault, I never read the emails about updates, then wonder why things look different.",
    "blame:self distance",
  ],
  [
    "The boss put monitoring software on our laptops. We found out when one of us spotted it in task manager.",
    "power comm",
  ],
  [
    "Honestly half my IT problems are me being impatient and clicking everything twice.",
    "blame:self",
  ],
  ["They're quick, friendly and they know the agency software inside out.", ""],
  ["I'm made to feel like I'm wasting his time. He sort of sighs at the screen.", "feel power"],
  [
    "We don't need the IT firm's security add-ons. It's a shop selling eggs. They just want the upsell.",
    "blame:sec distance",
  ],
  [
    "The new card terminal's checks hold up the queue and customers moan at me, not the bank.",
    "conflict feel",
  ],
  [
    "The IT company put every incident in their report down to 'user behaviour'. That's us, apparently.",
    "blame:emp",
  ],
  ["My uncle does the computers and treats questions like a personal insult.", "power"],
  [
    "I asked our IT woman why my emails were going to quarantine and she actually came down and showed me. Lovely.",
    "",
  ],
  [
    "Everyone's scared of the senior partner's son, he's the one with all the passwords.",
    "feel power",
  ],
  [
    "Seasonal staff at the farm shop get a ten minute run-through on the till and that's their training.",
    "",
  ],
  [
    "We used to have screaming rows about the computer; since we got a proper firm in it's been calm.",
    "",
  ],
  [
    "The helpline keeps saying 'have you tried clearing your cache' like that means anything to me.",
    "comm",
  ],
  [
    "I'm the least techy person here and it shows. I'm always the one who locks myself out.",
    "blame:self",
  ],
  [
    "Our agents are out all day and IT's all set up for people sat at desks. Doesn't work for us at all.",
    "conflict blame:sec",
  ],
  ["Whoever set up our systems has clearly never done a viewing in the rain.", "blame:sec"],
  [
    "We all just work around it. Personal phones, personal email, whatever gets the sale.",
    "conflict",
  ],
  [
    "I keep forgetting to log out of the portal on the shared PC. I'm the worst for it.",
    "blame:self",
  ],
  [
    "Once a year there's a fake phishing email and whoever clicks gets named in the group chat.",
    "power blame:emp",
  ],
  ["Named last year. Felt like the class dunce.", "feel blame:self"],
  [
    "Staff here are fine with tech, it's whoever set up the software that needs a talking to.",
    "blame:sec",
  ],
  ["The local IT man is a friend of the family so we can't exactly sack him.", "blame:sec power"],
  [
    "The shop tills update themselves overnight and sometimes don't come back on. Nobody's responsible for that, apparently.",
    "blame:sec",
  ],
  ["Last winter was bad but the new support contract's sorted it. Touch wood.", ""],
  ["Rather ring my nephew than any paid helpline. He's never once made me feel thick.", ""],
  [
    "The negotiators would give their password to anyone who rang claiming to be from the portal.",
    "blame:emp",
  ],
];
