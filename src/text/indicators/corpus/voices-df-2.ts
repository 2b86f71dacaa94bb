import type { RawExample } from "./types.js";

/** Very small firms whose security is an outside IT provider, the owner's relative or one overworked admin: owners, office managers and employees. Written fresh for Rapport (brief DF). */
export const VOICES_DF_2: readonly RawExample[] = [
  [
    "The dodgy USB stick from the trade show was mine. I plugged it in. Nobody else to blame.",
    "blame:self",
  ],
  [
    "The admin checks up on us constantly, and fair enough, because half the team would let anyone in.",
    "power blame:emp",
  ],
  [
    "The kitchen fitter's office moved to new laptops this spring and the provider handled the data transfer overnight.",
    "",
  ],
  ["We don't really have IT. We have a guy. Somewhere.", "distance"],
  [
    "I rang about a dodgy email and they thanked me for checking. Made me feel like I'd done the right thing.",
    "",
  ],
  [
    "Being made to change my password every thirty days is doing my head in. I've run out of dog names.",
    "conflict feel",
  ],
  [
    "The drivers tape their PINs to the tablets and the admin rips them off. Every single week.",
    "conflict blame:emp",
  ],
  ["We just do whatever the IT people say. Don't really know who they are.", "power distance"],
  ["They're not cheap, but they're reliable and they pick up.", ""],
  [
    "We're too small for an IT department, so the provider is our IT department, and that works.",
    "",
  ],
  [
    'Every time I try to send the big architect drawings the email bounces for being too large, and IT just say "use the portal", which nobody outside the firm can open, so I end up driving a USB stick round to the client.',
    "conflict",
  ],
  [
    "My manager wants things done today, the IT company wants a ticket and three working days. I'm stuck in the middle.",
    "conflict",
  ],
  ["Setup took a weekend, everything worked on Monday, no complaints.", ""],
  [
    "The IT company reminded us our domain was about to expire. We'd have lost the website otherwise.",
    "",
  ],
  [
    "Half the shop has stopped ringing support. It's quicker to ask Jade, who's sixteen and knows phones.",
    "conflict distance",
  ],
  [
    "The staff hate the new entry system so they prop the fire door open, and the admin goes spare.",
    "conflict blame:emp",
  ],
  ["Their alerts come at 3am, in capitals, with no context. I wake up in a panic.", "comm feel"],
  ["He won't explain anything, because then we wouldn't need him. That's the game.", "comm power"],
  ["No complaints here. They're always friendly and they never rush you.", ""],
  [
    "The security scan runs at half two every day and the whole design package freezes, right in the middle of client calls.",
    "conflict",
  ],
  [
    "They told us not to use public Wi-Fi at the markets and gave us dongles instead. Good call.",
    "",
  ],
  ["The new antivirus is quieter than the old one and doesn't nag as much.", ""],
  ["I just fix things myself. YouTube's quicker than their helpdesk.", "conflict distance"],
  [
    "Their monthly invoice is clear and itemised, which is more than I can say for my suppliers.",
    "",
  ],
  ["Apprentices are the worst. Every USB stick they find goes straight in.", "blame:emp"],
  [
    "The biggest hole in our security is the apprentice's TikTok habit on the office PC.",
    "blame:emp",
  ],
  [
    "He's employed three days a week and works from home. Most of the staff think he's a rumour.",
    "distance",
  ],
  [
    "Got a new starter on Monday; IT forgot to set up her email. She spent the first week using mine.",
    "conflict blame:sec",
  ],
  [
    "I blame myself for hiring my mate's son to do the network, and I blame him for doing it like a school project.",
    "blame:sec blame:self",
  ],
  ["It's just me and my business partner. We do our own IT, and we're fine.", ""],
  [
    "The two-factor codes go to the owner's phone, so when he's on holiday none of us can log in. I'm at my wits' end.",
    "conflict feel",
  ],
  [
    'I\'d just like someone to explain it in normal words. Not "endpoint", not "MFA", just what do I press.',
    "comm",
  ],
  [
    "It makes me nervous that one man in Leeds has the keys to everything we own and I've never even met him.",
    "feel power distance",
  ],
  [
    'Our so-called IT support is a man who says "have you tried turning it off" and sends a bill.',
    "blame:sec",
  ],
  [
    "The password manager took a week to get used to. Now I can't imagine going back to the notebook.",
    "",
  ],
  [
    "Is our data safe? I asked that straight out, and they showed me exactly where the backups live.",
    "",
  ],
  ["It used to be a nightmare with the old company. The new one's grand.", ""],
  [
    "Our last IT company left every account with the same admin password. We only found out when the new lot started.",
    "blame:sec",
  ],
  [
    "Honestly, if they say something's dangerous, I believe them. They've never steered us wrong.",
    "",
  ],
  [
    "My sister-in-law runs the IT and she's the first to admit she's learning as she goes. We muddle through together.",
    "",
  ],
  [
    "We found out the CCTV was recording audio from a leaflet in the staff room. Nobody asked us.",
    "comm power",
  ],
  [
    "We changed providers in the spring. The handover was smooth and the new lot sent a welcome pack with everyone's logins.",
    "",
  ],
  [
    "The admin blocks every site she doesn't recognise, including our biggest customer's ordering portal.",
    "conflict power",
  ],
  [
    "No one told us why the file server was moving. One morning the S drive had a new letter and everyone panicked.",
    "comm feel",
  ],
  [
    "We're supposed to have a named contact at the provider. I've no idea who it is anymore.",
    "distance",
  ],
  ["I rang them about the printer and a lad called Tom sorted it remotely in five minutes.", ""],
  [
    "Both sides are as bad as each other. IT never explains, staff never listen.",
    "comm blame:emp blame:sec",
  ],
  ["Two-factor on the bank account was annoying for a week, now I don't notice it.", ""],
  ['Our provider\'s "24-hour support" is a voicemail box.', "conflict blame:sec"],
  [
    "They're hopeless at explaining and worse at fixing. I don't know what we pay them for.",
    "comm blame:sec",
  ],
  ["I needed a file recovered from last Tuesday, and they had it back to me before lunch.", ""],
  ["The upgrade was scheduled for the evening so it didn't disrupt the shop. Thoughtful.", ""],
  [
    "Bless them, they mean well, but half the office can't tell a real invoice from a fake one.",
    "blame:emp",
  ],
  [
    "The IT company says we're reckless, we say they're expensive and slow. We're probably both right.",
    "blame:emp blame:sec",
  ],
  ["Most of my team would rather ignore a warning than read it.", "blame:emp"],
  [
    'You can\'t train common sense into people. Our bookkeeper still thinks "password123" is clever.',
    "blame:emp",
  ],
  [
    "A customer's card details were nearly sent by email once; our admin caught it and showed us the proper way. No fuss.",
    "",
  ],
  ["Never been talked down to once. Daft questions and all.", ""],
  ["We don't have a relationship with them, really. They're a direct debit.", "distance"],
  ["I moaned about the new sign-in at first; now it's second nature.", ""],
  ["Our provider recommended a cheaper option than the one I asked for. Honest people.", ""],
  [
    'The "security awareness training" was a forty-minute video of a man reading slides. Nobody learned anything.',
    "comm",
  ],
  ["Our sales team treat the password policy like a suggestion.", "blame:emp"],
  ["I'm furious. They told us the backups were fine. They weren't.", "feel blame:sec"],
  [
    "The IT firm has the only admin password for our own server. We'd be stuffed if they went bust.",
    "power",
  ],
  ['All their messages end with "Regards, The Team". Which team? Who are you?', "comm distance"],
  [
    "Everything goes through the IT firm in Manchester. We can't even add a printer without them.",
    "power",
  ],
  [
    "Our tech support is my cousin Leanne, and she's more reliable than most companies I've used.",
    "",
  ],
  [
    "We're in a rural spot with terrible broadband; the IT guy found us a 4G backup that keeps the tills going.",
    "",
  ],
  [
    "\"We've applied a policy.\" That's what they told me when I asked why I can't open my own files.",
    "comm power",
  ],
  ["Our provider holds a drop-in hour on the first Thursday. Handy for little questions.", ""],
  [
    "They send instructions, not explanations. Do this, install that, don't touch this.",
    "comm power",
  ],
  ["Small firm, small IT bill, small problems. Happy days.", ""],
  [
    "The old server finally went to the tip last month. Everything's in the cloud now and it's been quiet.",
    "",
  ],
  [
    "The owner bought a new till system without telling our IT guy. Now he's expected to secure something he didn't choose.",
    "conflict power",
  ],
  [
    "I wrote the Wi-Fi password on the chalkboard by the till myself, so I can hardly complain when strangers use it.",
    "blame:self",
  ],
  [
    "Our office manager's password is her dog's name, and her dog's name is on her mug.",
    "blame:emp",
  ],
  ["They do a yearly talk on scams with biscuits. Best-attended meeting we have.", ""],
  [
    "Not once has anyone from the provider explained what the monthly charge actually covers.",
    "comm power",
  ],
  ["Our IT is handled by the landlord's provider as part of the rent, and it's been fine.", ""],
  [
    "Their spam filter eats half our customer enquiries. We've lost jobs over it and they say it's working as intended.",
    "conflict blame:sec",
  ],
  ["It's not the hackers that keep me up, it's my own staff's passwords.", "blame:emp"],
  ["Whenever something breaks, you can bet it started on the front counter.", "blame:emp"],
  [
    "It's embarrassing when the IT guy sees how some of my staff use their computers.",
    "feel blame:emp",
  ],
];
