import type { RawExample } from "./types.js";

/** Part 4 of 4 of VOICES_AP; see voices-ap.ts. */
export const VOICES_AP_4: readonly RawExample[] = [
  ["We raise a ticket, they fix it, everyone's happy.", ""],
  ["People just don't take it seriously until it's their own email that gets hacked.", "blame:emp"],
  [
    "I'm gutted they blamed my team for the outage when it was their own update that failed.",
    "feel blame:sec",
  ],
  [
    "When IT rolls out an update they give us two days' notice and a short explainer. It's perfect.",
    "",
  ],
  ["The firm's growth has outpaced our IT setup, which isn't really anyone's fault.", ""],
  ["I got a 'friendly reminder' that felt about as friendly as a parking ticket.", "comm feel"],
  ["Whatever we ask for, the answer seems to depend on whether the IT manager likes you.", "power"],
  [
    "Our people are clicking on fewer phishing tests every quarter, which is really encouraging.",
    "",
  ],
  ["I must be the most annoying user they've got, I'm always breaking something.", "blame:self"],
  ["Security is mostly an email I delete on Mondays.", "distance"],
  ["They lock things down first and ask questions never.", "power conflict"],
  ["Managers are the worst; they demand exceptions and then ignore every warning.", "blame:emp"],
  ["Can't say I've noticed any tension, we all just get on with it.", ""],
  ["I dread the day something goes wrong and I have to face them.", "feel"],
  ["They've never once made me feel like it was my fault, even when it was.", ""],
  ["It's not that IT ignore us; they just can't be everywhere at once.", ""],
  ["Went to IT with a concern, left with a lecture.", "comm"],
  [
    "Our security contractor visits twice a year and sends an invoice the rest of the time.",
    "distance",
  ],
  ["Honestly, IT have been far more patient with me than I deserve.", "blame:self"],
  ["The password manager rollout was a shambles, and IT didn't even seem to notice.", "blame:sec"],
  [
    "We're a tiny team and I do security on top of my real job, so I don't chase people much.",
    "distance",
  ],
  ["The IT folks seem genuinely interested in how our work actually gets done.", ""],
  ["We need them more than they need us, and they know it.", "power"],
  [
    "I've been here five years and I still don't know the name of our security officer.",
    "distance",
  ],
  ["To their credit, they came round and apologised when the migration went wrong.", ""],
  [
    "I'm worried sick we'll fail the client audit because our staff won't follow basic rules.",
    "feel blame:emp",
  ],
  ["It's a relationship built entirely on automated emails.", "comm distance"],
  ["I honestly don't mind being monitored, it makes me feel safer.", ""],
  [
    "Every time they change something they forget to tell the night shift, who then can't log in.",
    "comm conflict",
  ],
  ["I wouldn't say I'm scared of them, more... careful around them.", "feel"],
  [
    "Our IT team treats every question as if it's the stupidest thing they've ever heard.",
    "comm power",
  ],
  [
    "Sure, go ahead and block video sites, it's not like I make training videos for a living.",
    "conflict feel",
  ],
  ["Security here has earned a lot of goodwill by being flexible when it matters.", ""],
  ["I tend to blame myself whenever the network slows down, which is silly, I know.", "blame:self"],
  ["They're the bottleneck for every project we run.", "conflict blame:sec"],
  ["I keep my head down and hope they never look at my browser history.", "feel power distance"],
  ["Management loves security in theory and hates it in practice.", "blame:emp"],
  ["We always feel listened to, even when the answer is still no.", ""],
  ["Our IT consultant is patronising and overpriced, in that order.", "comm"],
  ["The new firewall broke our card machines for a day, but IT owned it and fixed it fast.", ""],
  ["I don't know anyone in security and they don't know me. Works fine.", "distance"],
  ["Not once in three years has anyone from IT said thank you for reporting something.", "feel"],
  [
    "As an owner, I get the feeling our IT firm sees us as a small fish not worth their time.",
    "power distance",
  ],
  [
    "Our security officer briefs the leadership team every month and we always come away better informed.",
    "",
  ],
  [
    "I manage twenty people and nobody has ever told me what to do if one of them reports a breach.",
    "comm",
  ],
  ["I'm the one who pushed back on MFA, and I'll admit now I was wrong.", "blame:self"],
  [
    "They've asked me three times to stop forwarding work emails to my personal account and I still do it. Guilty.",
    "blame:self",
  ],
  ["Good people, terrible ticketing system.", ""],
  [
    "The ticketing system's fine, it's the people answering the tickets who are hopeless.",
    "blame:sec",
  ],
  [
    "Our head of IT has never once visited the shop floor, yet he writes all the rules for it.",
    "distance power",
  ],
  ["The security posters in the kitchen are actually quite funny.", ""],
  ["We argue, sure, but it's healthy arguing and we always land somewhere sensible.", ""],
  [
    "I'm tired of being the bad guy every time I enforce a rule the board signed off on.",
    "feel conflict",
  ],
  ["They've made reporting so much easier, it's one button in the mail client now.", ""],
  ["Honestly I think IT are scared of us users, they never come out of their office.", "distance"],
  [
    "The developers resent security reviews because they always land the day before a release.",
    "conflict feel",
  ],
  ["Our IT lady is wonderful, if a little too fond of the word 'protocol'.", ""],
  ["I'm sure they're good at their jobs. I'm just not sure what their jobs are.", "distance"],
  [
    "We're too small for a security team, so the office manager does it, and she's honestly excellent.",
    "",
  ],
  [
    "I don't see why I need permission from someone I've never met to open a spreadsheet from a client.",
    "power distance conflict",
  ],
  ["Security staff here are overcautious, sure, but I'd rather that than the alternative.", ""],
  [
    "Some people in this office would plug in a USB stick they found in the car park, no question.",
    "blame:emp",
  ],
  [
    "When I joined, nobody from IT even said hello; I got my login on a sticky note.",
    "distance comm",
  ],
  ["Please, just once, an email from IT that doesn't start with 'URGENT'.", "comm"],
  ["We had one bad experience with a contractor, switched providers, and haven't looked back.", ""],
  [
    "My manager says to ignore the security pop-ups because they slow us down, so we do.",
    "distance",
  ],
  [
    "I'm too old for all this two-factor business, and I'm sure they've worked that out.",
    "blame:self",
  ],
  ["Their security assessments are thorough and fair, and they explain every finding.", ""],
  [
    "I'm never quite sure if I'm talking to a person or a bot when I contact the helpdesk.",
    "comm distance",
  ],
  ["Why is it always my fault when the system goes down?", "power feel"],
  ["They're always on about 'user education', as if we're the ones who need fixing.", "power comm"],
  [
    "The IT guys laughed when I asked what a cookie was. Never asking them anything again.",
    "comm feel distance",
  ],
  ["We've no real complaints, they're a small team doing a big job.", ""],
  [
    "I'm the security manager and I'll hold my hands up: our comms have been poor this year.",
    "blame:self comm",
  ],
  [
    "Managers here sign everything off without reading it, then act shocked when something goes wrong.",
    "blame:emp",
  ],
  [
    "I was anxious about the new system, but the rollout was smooth and nobody got left behind.",
    "",
  ],
  ["Every time I see a message from security I assume I'm in trouble.", "feel power"],
  [
    "We get a quarterly security update from our provider, in plain words, and it's really useful.",
    "",
  ],
  ["Doesn't matter what we say, they've already decided, so why bother?", "power distance"],
  ["honestly IT are a godsend", ""],
  ["IT are a godsend, apparently, though I've yet to meet one of them.", "distance"],
  [
    "You phone them, you get voicemail. You email them, you get an auto-reply. Fantastic.",
    "conflict comm",
  ],
  [
    "I don't think I've ever been thanked by a user, but I've been shouted at plenty.",
    "conflict feel",
  ],
  ["Our team is honestly very security-minded; I rarely have to chase anyone.", ""],
  ["People click on anything with a discount code in it.", "blame:emp"],
  ["The relationship isn't bad, it's just nonexistent.", "distance"],
  ["If anything they're too patient with us.", ""],
  [
    "They closed my ticket as 'resolved' while the problem was still very much happening.",
    "blame:sec",
  ],
  ["It makes me nervous that I don't know what they can see on my computer.", "feel power"],
  ["They're quick to tell us off and slow to help.", "comm conflict"],
  ["Since we moved to a managed provider, I actually know who to call, and they pick up.", ""],
  ["The old security manager treated every question like an attack; thankfully he's moved on.", ""],
  [
    "I'd rather struggle for an hour than admit to IT I don't know how something works.",
    "distance feel",
  ],
  [
    "It's my own fault I got locked out, I ignored three reminders to change the password.",
    "blame:self",
  ],
  ["Our IT manager has never once made a fuss when I've had to ask for help twice.", ""],
  ["They're strict about passwords, and honestly I'm glad someone is.", ""],
  ["I'm not great with computers, but they never make me feel it.", ""],
  ["Whatever people say about IT, they've never let us down when it counted.", ""],
  ["Not the warmest bunch, but reliable as clockwork.", ""],
  ["Honestly, the only thing I'd change is the coffee in their office.", ""],
  ["As an owner I meet our security lead every fortnight and I always know where we stand.", ""],
  [
    "We used to go round them all the time, but since they started asking our opinion before rolling things out there's no need.",
    "",
  ],
  [
    "Our people aren't careless, they were just never shown how, and the new training fixed that.",
    "",
  ],
  ["I thought security would be a pain when I joined, and I was wrong.", ""],
  ["Quick, friendly, no condescension. What more do you want?", ""],
  ["The network's been dodgy all month, but that's the building's wiring, not the IT lads.", ""],
  ["From where I sit as a security analyst, the staff here are a pleasure to work with.", ""],
  [
    "They broke the payroll system during an update and then insisted it was user error.",
    "blame:sec conflict",
  ],
  [
    "Three people in IT and not one of them can set up a printer, yet they'll happily tell me off about my password.",
    "blame:sec comm",
  ],
  [
    "I'm too scared to tell the security guy I clicked a link, so I just deleted it and hoped.",
    "feel distance",
  ],
  [
    "We wait days for a reply, and when it comes it's two words and a ticket number.",
    "conflict comm",
  ],
  [
    "Honestly, our IT provider are clueless and I'm embarrassed I ever hired them.",
    "blame:sec feel",
  ],
  [
    "The staff here are hopeless with passwords and I've given up trying to teach them.",
    "blame:emp distance",
  ],
  [
    "Every time security rolls something out without asking us, something else breaks.",
    "power blame:sec",
  ],
  [
    "I keep getting flagged by their monitoring tool for perfectly normal work, and it's getting on my nerves.",
    "power feel",
  ],
  [
    "i feel like an idiot every time i call them and honestly its probably because i am one",
    "feel blame:self",
  ],
  [
    "They make us fill in a risk form for every new supplier, and the form itself is unreadable.",
    "conflict comm",
  ],
  [
    "The security contractor talks down to my staff and then bills me for the privilege.",
    "comm power",
  ],
  [
    "Users never tell us anything until it's a disaster, and by then it's too late to help.",
    "blame:emp distance",
  ],
  [
    "We don't actually know who's in charge of security, and nobody has ever told us.",
    "distance comm",
  ],
  ["I dread their emails; they're always either a warning or a telling-off.", "feel comm"],
  [
    "I'm sick of being the last to know when IT changes something I rely on every day.",
    "comm feel",
  ],
  [
    "Our IT guy is brilliant but unbearably smug, he knows we can't manage without him, and it drives me mad.",
    "power feel",
  ],
  [
    "They ignore our requests for weeks and then blame us for finding workarounds.",
    "conflict distance power",
  ],
  [
    "Not only are they impossible to reach, they clearly don't know what they're doing.",
    "conflict blame:sec",
  ],
];
