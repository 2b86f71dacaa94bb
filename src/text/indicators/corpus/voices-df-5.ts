import type { RawExample } from "./types.js";

/** Very small firms whose security is an outside IT provider, the owner's relative or one overworked admin: owners, office managers and employees. Written fresh for Rapport (brief DF). */
export const VOICES_DF_5: readonly RawExample[] = [
  ["I don't find the IT people arrogant at all. Bit quiet, maybe, but that's fine.", ""],
  [
    "Our admin works mornings only, so we save non-urgent stuff for then. It's fine, we've adapted.",
    "",
  ],
  [
    "I spend half my week as the IT admin undoing shortcuts the team have taken to avoid logging in properly.",
    "conflict blame:emp",
  ],
  [
    "The IT rules are strict, and I think that's right for an accountancy. Clients trust us with everything.",
    "",
  ],
  [
    "He's the owner's son, so people were a bit sceptical at first, but he's actually really good.",
    "",
  ],
  [
    "The girls on reception keep turning off the antivirus because it slows the booking screen, so of course we got infected.",
    "conflict blame:emp",
  ],
  [
    "The only reason we can't take card payments this morning is because the IT company pushed an update at 8am on a Friday.",
    "conflict blame:sec",
  ],
  ["I run a tight ship, but the salespeople treat their laptops like tea trays.", "blame:emp"],
  ["Seeing their logo in my inbox gives me that Sunday-night feeling.", "feel"],
  [
    "The cyber insurance form had forty questions. Our IT firm filled in most of it for us, free of charge.",
    "",
  ],
  [
    "Got pulled up by the IT guy in front of the whole office for a weak password. Humiliating.",
    "comm feel",
  ],
  ["It's not exciting, IT, but ours is steady, and steady is what a small business needs.", ""],
  [
    "I was furious when the delivery van got broken into, but the tablet was encrypted so nothing leaked.",
    "",
  ],
  [
    "My brother-in-law does our IT for mates' rates and, frankly, you get what you pay for.",
    "blame:sec",
  ],
  [
    'I\'m dreading the "security review" next week. Feels like getting a school report.',
    "feel power",
  ],
  [
    "If they could tell me in advance when they're going to restart the server, that'd be lovely.",
    "comm",
  ],
  [
    "The provider has us over a barrel. Leaving costs more than staying, and they know it.",
    "power",
  ],
  ["The whole system is a mess because the last IT guy never documented anything.", "blame:sec"],
  [
    "Most of the lads in the workshop have never even logged into the system. They just ask me.",
    "distance",
  ],
  ["We're a family butchers. We don't have an IT department, we have a laptop and my son.", ""],
  [
    "Does anyone actually know what the IT company does for nine hundred quid a month? Because I don't.",
    "power distance",
  ],
  ["Quiet year on the IT front, which is how I like it.", ""],
  ["The IT guy's a bit blunt, but he's quick and he knows his stuff.", ""],
  ["My password was on a Post-it on my monitor for two years. Don't judge me.", "blame:self"],
  [
    'I read our admin password out over the phone to "the till company". It wasn\'t the till company.',
    "blame:self",
  ],
  ["They can switch off my phone from wherever they are. That gives me the creeps.", "feel power"],
  [
    "Our biggest security problem walks in at nine and leaves at half five. It's called staff.",
    "blame:emp",
  ],
  [
    "They explained why the old Windows machine had to go, showed me the costs, and let me decide. Fair.",
    "",
  ],
  [
    "My partner's brother does the IT for free, so I can't exactly complain, can I? He does what he likes.",
    "power",
  ],
  [
    "There's no conversation. It's just \"your account has been restricted pending review\".",
    "comm power",
  ],
  [
    "The IT company sent a lad to help us set up the new shop. Stayed late, didn't charge extra.",
    "",
  ],
  [
    "I switched the firewall off myself to get the new label printer working, then forgot to switch it back on. My bad.",
    "conflict blame:self",
  ],
  ['They never say what went wrong, just that it\'s "been escalated".', "comm"],
  [
    "Our admin, Lorraine, does the IT on top of the payroll and she's always happy to help if you catch her at lunch.",
    "",
  ],
  [
    "I kept the breach quiet for a day because I was scared they'd think it was my fault. Which it was.",
    "feel blame:self",
  ],
  [
    "Nobody likes the two-factor codes, but I'd rather that than get hacked like the garage next door.",
    "",
  ],
  [
    "I'm mortified, I sent the whole client list to the wrong Sarah. IT were kind about it but I still can't look them in the eye.",
    "feel blame:self",
  ],
  [
    "Every time there's an issue I assume I caused it, and usually I'm right, which is mortifying.",
    "feel blame:self",
  ],
  [
    'A bright red pop-up saying "THREAT DETECTED" and then nothing, no email, no call. I sat there shaking.',
    "comm feel",
  ],
  [
    'The last time the IT firm "updated" the booking system we lost a week of appointments. Useless.',
    "blame:sec",
  ],
  [
    "I blame everyone, honestly. Me for being cheap, the staff for being lazy, the IT bloke for not saying no.",
    "blame:emp blame:sec blame:self",
  ],
  [
    "The garage runs on two laptops and a printer older than my apprentice, and our IT woman keeps the whole lot patched.",
    "",
  ],
  ["I avoid asking him for anything, he always looks so put out.", "comm distance"],
  ["Ryan, who does our IT, came to the Christmas do. Good lad.", ""],
  [
    "The worst thing about our IT is the coffee machine next to the server cupboard, and that's hardly their fault.",
    "",
  ],
  [
    "I asked why we can't use personal Dropbox and she explained it properly. Made sense once I heard it.",
    "",
  ],
  [
    "I've asked four times what \"conditional access\" means and why it stops me logging in at the customer's house. No answer yet.",
    "conflict comm",
  ],
  [
    'The IT firm\'s migration wiped our customer notes. Two years of them. They called it "an unforeseen issue".',
    "conflict blame:sec",
  ],
  ["I'm fed up. Every time they 'fix' something, something else breaks.", "feel blame:sec"],
  [
    "The monitoring software on the company phones was explained at induction, and we signed for it. No surprises.",
    "",
  ],
  [
    "They've made a mess of it again, and I'm the one who has to tell the customers. I'm sick of it.",
    "feel blame:sec",
  ],
  [
    "Our provider called to say a password had been leaked online and walked me through changing it. Proper service.",
    "",
  ],
  [
    "We had a big row about the new CCTV, but the provider sat down with the staff, listened, and changed where the cameras point. Sorted.",
    "",
  ],
  [
    "If the staff were half as careful as they think they are, and the IT firm half as good as they think they are, we'd be fine.",
    "blame:emp blame:sec",
  ],
  ["Customers aren't the risk. Our own team leaving laptops in pubs is the risk.", "blame:emp"],
  ["You'd think a law firm would have careful staff. You'd be wrong.", "blame:emp"],
  ["I hate that I have to beg for a software licence like it's pocket money.", "feel power"],
  [
    "The provider changed the email server and our address book disappeared. Nobody warned us it would.",
    "comm power",
  ],
  [
    'I\'m so angry. They told us the new system would be "seamless". We lost two days of orders.',
    "feel blame:sec",
  ],
  [
    "The new hires are worse than the old ones. At least the old ones were scared of computers.",
    "blame:emp",
  ],
  ["Our IT provider causes more outages than they prevent, in my experience.", "blame:sec"],
  ["The accountancy software moved to the cloud in January. Took a bit of getting used to.", ""],
  ["There's never any \"how are you getting on\", it's just alerts and invoices.", "comm distance"],
  [
    "Nobody explained the new login system, so half of us were locked out by ten and the other half were on the phone to the helpdesk.",
    "conflict comm",
  ],
  ["The provider flagged a dodgy login from abroad and rang me straight away. Glad they did.", ""],
  ["The bookkeeper set up our IT years ago, and apart from one scare it's run sweetly.", ""],
  ["The firm that does our IT is two streets away and I can walk round if I need to.", ""],
  [
    "The company bank login lives on my phone, which has no lock screen. Should know better.",
    "blame:self",
  ],
  ["Security training? We were sent a link. I think some people clicked it.", "distance"],
  ["Our IT provider is essentially a phone number and an excuse.", "blame:sec"],
  [
    'Decisions come down from the IT company as done deals. "From Monday, USB sticks will be disabled." No discussion, no why.',
    "comm power",
  ],
  [
    "I was scared when I saw the ransom message pop up, but the provider had it contained by lunchtime. Can't thank them enough.",
    "",
  ],
  [
    "They're a bit pricey. We shopped around and stayed with them anyway, because they know our setup inside out.",
    "",
  ],
  [
    "Asked for help with the card reader. Got a link to a knowledge base article in German. Still doesn't work.",
    "conflict comm",
  ],
  ["Nothing's broken in months, touch wood, so they've had an easy year with us.", ""],
  [
    "The owner won't pay for the upgrade the IT guy keeps asking for, and then he shouts when it breaks.",
    "conflict power",
  ],
  [
    "Security's something the IT company does in the background. Not our business really.",
    "distance",
  ],
  [
    "The ransomware thing was my fault, plain and simple. I clicked the parcel notice without looking.",
    "blame:self",
  ],
  ["The risk isn't the tech, it's Barry. Lovely man, but Barry.", "blame:emp"],
  ["The website's been \"nearly fixed\" since March. It's September.", "conflict blame:sec"],
  [
    "Half my lads would give their bank PIN to anyone who sounded official on the phone.",
    "blame:emp",
  ],
  ['Another "critical update" that turned our booking system into a brick.', "blame:sec"],
  [
    "The provider makes the mistakes and we pay for the fixes, and there's nothing we can do about it.",
    "power blame:sec",
  ],
  ["I'd have to look it up to find out who handles our IT.", "distance"],
];
