import type { RawExample } from "./types.js";

/**
 * Brief H continued (see voices-h.ts):
 * - Libraries
 * - Call centres
 * - Nonprofits
 * - Line managers
 * - IT and security voices
 * - Hedges, sarcasm, understatement
 * - Mixed praise and complaint
 * - Power without the word
 * - Distance without the word
 * - Feelings without the word
 * - Blame towards security
 * - Blame towards self
 * - Blame towards employees
 * - Negated, resolved, or genuinely positive
 * - More feelings, power and distance
 * - More without any indicator
 */
export const VOICES_H_2: readonly RawExample[] = [
  // Libraries
  [
    "The council's IT department decides which public PCs get updated and when. We just hang 'out of order' signs.",
    "power",
  ],
  ["Patrons ask me for help with scams and I've nobody to ask myself.", "distance"],
  [
    "Library staff are lovely but clueless about security, and I count myself in that.",
    "blame:emp blame:self",
  ],
  [
    "The council's cyber team finally came to our branch meeting after years of nothing. They were actually nice, and they've been back since.",
    "",
  ],
  ["Every ticket I log gets closed automatically after five days, fixed or not.", "conflict"],

  // Call centres
  [
    "Screens recorded, calls recorded, keystrokes recorded. We're watched more closely than the customer data is protected.",
    "power",
  ],
  [
    "Team leaders are told to 'remind' us about clear desks every week. It's like being back at school.",
    "power comm",
  ],
  ["Two years here and never once had a reply from the security inbox.", "comm conflict"],
  [
    "Agents get disciplined for failing the phishing tests, and the tests are built to be failed.",
    "power blame:emp",
  ],
  [
    "I was on the phones when we got hacked and the IT manager came down, sat with us and answered every question. Best they've ever been.",
    "",
  ],
  [
    "They change the login process without warning and we lose the first half hour of shift every time.",
    "conflict comm",
  ],
  ["Security here is an invisible thing. Rules appear, rules disappear.", "power"],
  [
    "We get a fake phishing email, somebody clicks, and then the whole floor gets a passive-aggressive reminder. Every month.",
    "comm blame:emp",
  ],

  // Nonprofits
  [
    "We're a charity of twelve people and our 'IT department' is a volunteer on Tuesdays. He does his best.",
    "",
  ],
  ["I worry constantly that we'll lose donor data on my watch.", "feel"],
  [
    "The funder's security questionnaire was eighty questions of jargon. We guessed half the answers.",
    "comm",
  ],
  [
    "Our IT contractor lectures the volunteers about passwords like naughty children. Some of them are 75.",
    "comm power",
  ],
  ["The shop volunteers keep leaving the till laptop logged in overnight.", "blame:emp"],

  // Line managers
  [
    "As a manager I'm piggy in the middle: my team hate the rules and IT can't stand my team.",
    "conflict feel",
  ],
  [
    "I've given up asking IT for anything on behalf of my team. I just buy what we need on the company card.",
    "distance",
  ],
  [
    "To the security people my department is a hazard on a register, not a group of colleagues.",
    "blame:emp power",
  ],
  ["We meet the IT lead monthly and it's a proper two-way conversation.", ""],
  [
    "I'm meant to enforce rules I don't understand, handed down by people I've never met.",
    "power distance comm",
  ],
  [
    "Honestly the managers are worse than the staff. I've seen directors read passwords out in meetings.",
    "blame:emp",
  ],
  [
    "IT send me a monthly list of who failed the phishing test. I've no idea what they expect me to do with it.",
    "comm",
  ],

  // IT and security voices
  [
    "From the IT side: people only ring us when it's on fire, and then they're furious that it's on fire.",
    "comm conflict",
  ],
  [
    "I look after three dental practices. Nobody read a thing I emailed, so now I go in person once a month and it's night and day.",
    "",
  ],
  [
    "Users will always find a way round whatever we put in. Might as well not bother.",
    "blame:emp distance",
  ],
  ["Some staff treat me like a butler. 'Fix it now', no please, no thanks.", "power"],
  [
    "I'm the only IT person for sixty staff and I'm knackered. Things slip, and that's on me.",
    "feel blame:self",
  ],
  [
    "We get on well with the office. The warehouse is harder, we're hardly ever over there.",
    "distance",
  ],

  // Hedges, sarcasm, understatement
  ["Oh they're wonderful, if you enjoy waiting a fortnight for a mouse.", "conflict"],
  ["Maybe it's just me but their emails always read a bit like a telling-off.", "comm"],
  ["I suppose they're helpful, in the sense that they eventually reply.", "conflict"],
  ["Sort of useless, but nice about it.", "blame:sec"],
  ["Not sure they'd describe us at all, I doubt they know we exist.", "distance"],
  ["They'd probably call us a nuisance. Fair enough, we probably are.", "blame:emp blame:self"],
  ["Great, as long as you don't need them after five.", "conflict"],
  [
    "Their communication is understandable once Gary in accounts has translated it for you.",
    "comm",
  ],
  ["Yes, helpful. Why? Because they don't make a drama out of anything.", ""],
  ["Is their communication understandable? Mostly, apart from the bits that matter.", "comm"],
  ["Describe the relationship: nonexistent, and I'm fine with that.", "distance"],
  ["Are they helpful? When you can find them.", "conflict"],
  ["Keep themselves to themselves, that lot. Wouldn't know what they're working on.", "distance"],

  // Mixed praise and complaint
  [
    "Lovely woman who does the training, but the system she's training us on is a shambles.",
    "conflict",
  ],
  [
    "The MSP fixed everything in the end, but for three days nobody told us what was going on.",
    "comm",
  ],
  ["They reply fast, but the replies explain nothing.", "comm"],
  [
    "They know their stuff, I just wish they didn't make me feel like a dunce for asking.",
    "feel comm",
  ],
  ["Good people, terrible timing. Updates during our busiest hour, every time.", "conflict"],
  [
    "Bad experience: got a 'final warning' email about training I'd already done. Good experience: it was sorted with one quick call.",
    "comm",
  ],
  ["They're friendly, they're local and they pick up the phone. Can't ask for more.", ""],
  [
    "Whenever I raise a concern it gets taken as a complaint about them personally.",
    "conflict comm",
  ],

  // Power without the word
  ["Whatever the cyber team decides on a Monday, we're living with by Tuesday.", "power"],
  ["You don't question compliance here. You just don't.", "power"],
  ["They can see everything on our screens. We can't see a thing of theirs.", "power"],
  ["It feels like we work for IT, not the other way round.", "power"],
  ["If they say the laptop stays in the building, it stays in the building. End of.", "power"],
  ["No say whatsoever in the new booking system, it was bought before any of us saw it.", "power"],
  ["Their idea of consultation is telling us the go-live date.", "power comm"],
  [
    "I'd like to call it a partnership, but really it's them announcing things and us scrambling to keep up, and if we fall behind we hear about it.",
    "power comm",
  ],
  [
    "What was a bad experience? They remotely wiped my phone without asking because I'd missed an update.",
    "power comm",
  ],

  // Distance without the word
  ["Where do they sit? No clue. Names? Also no clue.", "distance"],
  ["These days I just google it and sort it myself.", "distance"],
  ["I keep my head down and leave them out of it.", "distance"],
  ["I wouldn't know where to start if I needed them.", "distance"],
  [
    "They arrived, swapped every PC, and left. No handover, no explanation, no goodbye.",
    "comm distance",
  ],

  // Feelings without the word
  ["My heart sinks when I see the IT logo at the top of an email.", "feel"],
  ["It wears you down, being told no all the time.", "feel conflict"],
  ["Bit gutted that our ideas for the rota app went nowhere.", "feel power"],
  [
    "My face was burning when the manager put the click rates up on the screen with our names next to them.",
    "feel power",
  ],
  [
    "The cyber team are annoyed with us, we're annoyed with them, and nobody says it out loud.",
    "feel conflict",
  ],
  [
    "I'm a bit wary of them to be honest. They know a lot about what we all do online.",
    "feel power",
  ],
  [
    "I find the ticket system humiliating. You pick a category, none fit, and it bounces back marked 'wrong category'.",
    "feel conflict",
  ],

  // Blame towards security
  ["Nine times out of ten the fault turns out to be something the IT company broke.", "blame:sec"],
  ["The security lot couldn't organise a fire drill in a fire.", "blame:sec"],
  ["Our IT guy is a lovely bloke but he hasn't a clue about security, if I'm honest.", "blame:sec"],
  [
    "The breach happened because the MSP left an old admin account open. Not us, for once.",
    "blame:sec",
  ],
  [
    "Their filter waves every scam straight through and blocks the supplier invoices. Genius.",
    "blame:sec conflict",
  ],
  [
    "If you make the login take four steps, people will leave it logged in all day. That's on IT.",
    "blame:sec",
  ],
  [
    "The previous cyber firm were a waste of money, we did their job for them half the time.",
    "blame:sec",
  ],

  // Blame towards self
  ["The parcel text got me. Completely my doing, I wasn't paying attention.", "blame:self"],
  [
    "Honestly I'm probably the biggest risk in this office, I leave my laptop all over the place.",
    "blame:self",
  ],
  [
    "How would they describe me? Probably 'the one who always forgets her password'. Fair.",
    "blame:self",
  ],

  // Blame towards employees
  ["Pretty sure they've got us down as a bit slow.", "blame:emp"],
  [
    "Our receptionist flatly refuses to use the password manager and nobody can make her.",
    "blame:emp",
  ],

  // Negated, resolved, or genuinely positive
  ["I've asked some proper daft questions and nobody has ever rolled their eyes.", ""],
  ["I'm not nervous about reporting mistakes here, they actually thank you.", ""],
  ["I used to just work round them, but since they started the Friday drop-ins I go and ask.", ""],
  ["No friction to speak of. They do their bit, we do ours.", ""],
  ["The IT people aren't remote at all, they have lunch with us in the canteen.", ""],
  ["Not much jargon, and when there is some they stick a little glossary at the bottom.", ""],
  ["I expected them to be stuffy but they're a good laugh.", ""],
  [
    "There were arguments when the new system came in, but that's all settled now and it works.",
    "",
  ],
  ["I rang about a dodgy text and they were brilliant, checked it while I waited.", ""],
  [
    "Good experience: they recovered a deleted client folder in twenty minutes and didn't make me feel bad about it.",
    "",
  ],
  ["What do they do? Passwords, laptops, the door fobs, and the odd training session.", ""],
  ["Our relationship with the helpdesk is pretty businesslike, which suits me fine.", ""],

  // More feelings, power and distance
  [
    "Honestly it's demoralising. We do the work and they just find fault with it.",
    "feel blame:emp",
  ],
  [
    "I get butterflies whenever the helpdesk rings me back, in case I've done something wrong.",
    "feel",
  ],
  [
    "Makes my blood boil when the till update wipes the price overrides and nobody from IT picks up.",
    "feel conflict",
  ],
  ["I enjoyed the job more before every click got logged.", "feel power"],
  ["Fed up of being the office guinea pig for every new login scheme.", "feel power"],
  [
    "A bit hurt, honestly, that they went over my head to my boss about one forwarded email.",
    "feel power",
  ],
  ["Petrified of the word 'breach'. Nobody has ever explained what counts as one.", "feel comm"],
  [
    "It's lonely on nights when the system goes down and there's nobody on call to ring.",
    "feel distance",
  ],
  ["I feel a bit silly asking them anything, so mostly I don't.", "feel distance"],
  ["I find them intimidating. One stood behind me while I typed my password in.", "feel power"],
  ["Dreading the new rollout after how the last one went.", "feel conflict"],
  ["Sick to the back teeth of 'have you tried restarting it'.", "feel comm"],
  [
    "Resentful, if I'm honest. They got a shiny new office and we're still on the old PCs.",
    "feel power",
  ],
  [
    "Embarrassing when the client's sat in front of you and the login won't take your code.",
    "feel conflict",
  ],
  [
    "So many scare emails now that I hesitate before opening anything, even from my own team.",
    "feel",
  ],
  [
    "Nobody mentioned the card reader supplier had changed, and I nearly had a panic attack when the screen went blank mid-payment.",
    "feel comm",
  ],
  ["Exhausting. Every tiny change is a fight with head office IT.", "feel conflict"],
  [
    "I'm nervous of them. Couldn't tell you why, they just seem to hold all the cards.",
    "feel power",
  ],
  [
    "I'd love to say I trust them, but after the mess they made of the backups I don't, and it worries me.",
    "feel blame:sec",
  ],
  [
    "Disappointed. They promised the new starters a proper induction on the systems and it never happened.",
    "feel conflict",
  ],
  ["The hygiene and data audit left the whole kitchen on edge for a week.", "feel"],
  [
    "I always feel on trial when they come round, like they're hoping to catch someone out.",
    "feel power",
  ],
  [
    "Our site lead is scared stiff of the IT director and won't raise a thing with him.",
    "feel power distance",
  ],
  [
    "Annoyed that the school bought laptops that can't connect to the classroom projectors. Has anyone from IT ever stood in a classroom?",
    "feel blame:sec",
  ],
  ["Gets on my nerves how they sign every reply with a ticket number and no name.", "feel comm"],
  ["They bought a whole new phone system without asking a single person who uses it.", "power"],
  [
    "Never bothered learning who's on the team, the faces change every six months anyway.",
    "distance",
  ],
  ["I get round the blocked sites with my phone's hotspot. Easier than asking.", "distance"],
  ["Waiting for a callback from the MSP has become a running joke on reception.", "conflict"],
  ["I don't really think about the security people. Out of sight, out of mind.", "distance"],

  // More without any indicator
  ["They're patient with our older volunteers, which means a lot.", ""],
  ["Our IT lady pops into the staffroom at break on Wednesdays. Easy to catch her.", ""],
  ["Straightforward people. You ask, you get an answer you can understand.", ""],
  ["They run the backups, look after the network and make sure our laptops are up to date.", ""],
  [
    "The garage booking system is looked after by the software company. Haven't needed them much.",
    "",
  ],
  [
    "After the scam email went round, the manager handed out a printed one-pager. Clear as anything.",
    "",
  ],
  ["Not intimidating in the slightest, the IT lad is about twenty and dead friendly.", ""],
  ["They explained the new door fobs at the toolbox talk. No complaints.", ""],
  ["Our compliance officer is strict but fair, and she listens.", ""],
  ["I don't think they'd blame us, they've always said reporting early is what matters.", ""],
  ["At first the MSP felt a bit faceless, but now we've a named engineer who actually visits.", ""],
  ["The rules annoy me a little, but I get why a solicitor's office needs them.", ""],
  ["Very clear. Short emails, plain words, one thing to do.", ""],
  ["Approachable. I asked about my home wifi once and they helped anyway.", ""],
  ["Our office manager is the go-between with IT and she makes it work.", ""],
  ["They were calm and kind when I owned up to opening the dodgy attachment.", ""],
];
