import type { RawExample } from "./types.js";
import { VOICES_BG_2 } from "./voices-bg-2.js";
import { VOICES_BG_3 } from "./voices-bg-3.js";
import { VOICES_BG_4 } from "./voices-bg-4.js";

/** Staff of small hotels, holiday parks, pubs, cafés, cinemas, sports clubs, event venues and tour operators on their IT/security people. Written fresh for Rapport (brief BG). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Yes, helpful. When the card machine at the bar died on a Saturday night Gary talked me through it on the phone in five minutes.",
    "",
  ],
  ["Helpful enough, I suppose. Things get sorted in the end.", ""],
  [
    "Helpful if you can get hold of them, which on a Sunday evening at a holiday park you can't.",
    "conflict",
  ],
  [
    "Nice enough but they're two hours away at head office, so it's all phone and email.",
    "comm distance",
  ],
  [
    "Not really. Every call is 'have you tried restarting it' and then they hang up.",
    "comm blame:sec",
  ],
  ["dunno what they actually do tbh, the guest wifi still drops every nite", "distance blame:sec"],
  ["They look after the tills, the booking system, the CCTV and the guest wifi.", ""],
  ["Mostly they set up the EPOS and change the passwords when someone leaves.", ""],
  ["I honestly couldn't tell you who our IT person is. Someone at the brewery?", "distance"],
  [
    "They take over your screen remotely without asking, mouse flying about, while you're in the middle of a guest's bill. Gives me the creeps.",
    "power feel",
  ],
  [
    "Very helpful. Priya came in on her day off when the ticketing went down before a premiere.",
    "",
  ],
  [
    "helpful yes but you have to log a ticket first even when the whole bar is down",
    "conflict comm",
  ],
  [
    "They get that we can't stop serving while they fiddle about, so they work round us. That's why I'd say yes.",
    "",
  ],
  [
    "I think they're meant to keep the guest data safe and stop us getting hacked. That's about as much as I know.",
    "distance",
  ],
  [
    "Yes, though I always feel a bit of an idiot ringing them, it's usually something obvious I've missed.",
    "feel blame:self",
  ],
  [
    "Sometimes. Depends who picks up, and half the time nobody does, so I end up sorting it myself.",
    "conflict distance",
  ],
  ["No. I've stopped ringing them, I just get the chef's son to look at it.", "distance blame:sec"],
  ["Helpful, but only ever by email, and the emails read like instruction manuals.", "comm"],
  ["Helpful in the sense that the system works. I never actually deal with them.", "distance"],
  [
    "What do they do? Lock the reception PC so we can't print boarding passes for guests anymore.",
    "conflict",
  ],
  [
    "They run the booking software, the key card system for the doors and the back-office laptops.",
    "",
  ],
  [
    "Our IT is one bloke called Dave who covers about twelve pubs. He's stretched thin but he's good.",
    "",
  ],
  [
    "They manage the firewall and all that. No idea what that involves but apparently it matters.",
    "",
  ],
  [
    "They do the card security forms once a year and treat it like an exam we're all going to fail.",
    "power blame:emp",
  ],
  ["From what I can tell they mostly send emails about phishing.", "comm"],
  [
    "Honestly no idea. Stuff gets fixed overnight and nobody tells us who did it or what.",
    "distance comm",
  ],
  [
    "They keep the ticket scanners working at the turnstiles on match days, which is no small job.",
    "",
  ],
  [
    "On event days they're on site setting up the wifi for the exhibitors and they're brilliant.",
    "",
  ],
  ["They work from a checklist. If your problem isn't on the checklist, tough.", "conflict"],
  ["Very by the book. Which I understand, but it's a café, not a bank.", "conflict"],
  [
    "Calm. Even when every screen in the cinema was stuck on the ad reel, Tom just quietly got on with it.",
    "",
  ],
  ["They come in, say nothing, fix it, leave. Works for me.", ""],
  [
    "A bit arrogant if I'm honest, sighs down the phone like we should already know. I hate ringing them.",
    "power feel",
  ],
  ["They talk to the manager, not to us. We're just the ones who use the stuff.", "power distance"],
  ["Friendly, patient, never makes you feel daft for asking.", ""],
  ["Always in a rush, one-line answer and the ticket's closed before you've read it.", "comm"],
  ["They do things properly, I'll give them that, but you never hear what they changed.", "comm"],
  [
    "They turn up, change the settings on the office PC and leave. Nobody asks us first, and then the printer stops working.",
    "power blame:sec",
  ],
  [
    "When the changing room PC got a virus they blamed the players straight away for downloading rubbish, didn't even check. Got everyone's backs up.",
    "blame:emp feel",
  ],
  [
    "Helpful, yes. They set up a separate wifi for the kids' club so the parents stopped complaining.",
    "",
  ],
  ["I'd say helpful because they explain things in plain English, not computer talk.", ""],
  [
    "Not unhelpful exactly, they just don't seem to think a pub is worth their time.",
    "power distance",
  ],
  [
    "Fairly helpful. I've learned not to mention the wifi though, you get a sigh and a speech about bandwidth and come away feeling thick.",
    "comm feel",
  ],
  ["The new lot are much better than the old company, who never answered the phone.", ""],
  [
    "Helpful? They're the reason I can't open a PDF from a supplier without asking permission.",
    "conflict power",
  ],
  ["They sort out the laptops for the tour guides and make sure the booking app works abroad.", ""],
  ["Honestly, I think their main job is telling us off about passwords.", "comm power"],
  [
    "They look after the server, apparently. I asked twice what that means, got a load of words I didn't follow, so I stopped asking.",
    "comm distance",
  ],
  [
    "Something to do with the cameras and the network. I'm front of house so it doesn't really touch me.",
    "distance",
  ],
  [
    "They're in charge of who gets access to what. Which is why I still can't see the rota after four months.",
    "conflict power",
  ],
  [
    "They handle the data protection side, which mostly means emails telling us what we're doing wrong.",
    "comm blame:emp",
  ],
  ["Quiet, efficient, a bit nerdy. Nice though.", ""],
  [
    "They work really fast but they don't explain, so next time it happens you're none the wiser.",
    "comm",
  ],
  [
    "Very professional. They always ring before they come so we can plan around the lunch rush.",
    "",
  ],
  ["They come across like they're doing us a favor.", "power"],
  ["they're ok. bit slow to reply sometimes but they get there", ""],
  ["Patient with older staff like me, which I appreciate more than they know.", ""],
  [
    "They can be short with you on the phone when it's busy, but they're never actually rude.",
    "comm",
  ],
  ["Helpful when it's something big. For the small stuff you're on your own.", "distance"],
  [
    "They don't really help, they just tell you it's a 'known issue' and leave it there.",
    "blame:sec comm",
  ],
  ["Not sure, I've only been here since the summer and haven't met them.", "distance"],
  [
    "They set up the new starters, which at a holiday park in April is about forty seasonal staff in a week. Fair play.",
    "",
  ],
  ["They check the CCTV is recording and that nobody can get into the card system. I think.", ""],
  ["You don't notice them, which I take to mean they're doing it right.", ""],
  ["When they're here they're great. Trouble is they're here twice a year.", "distance"],
  ["Helpful, and they never make you feel stupid, even when it was the plug.", ""],
  ["Sometimes helpful, but they make me nervous. I always think I've broken something.", "feel"],
  ["I'm useless with computers so I'm grateful they're patient with me.", "blame:self"],
  ["Why helpful? Because Marek actually answers his phone. That's rare.", ""],
  ["They answer within the hour, even at weekends, which for a pub is what matters.", ""],
  [
    "The club's IT is a volunteer, a retired engineer, and he does it for nothing. Can't complain.",
    "",
  ],
  [
    "They do the website and the gates, I think. We got a new gate reader and nobody told the stewards how it worked till the morning of the match.",
    "comm conflict",
  ],
  ["I know they exist because of the emails. I've never seen an actual human.", "comm distance"],
  ["They're in Leeds, we're on a campsite in Cornwall. Make of that what you will.", "distance"],
  ["Dry. Very dry. You ask a simple question and get a paragraph about protocols.", "comm"],
  ["They speak in letters. MFA, VPN, SSO. I just nod.", "comm"],
  ["Helpful in a crisis. Outside a crisis they don't want to know.", "comm distance"],
  [
    "A bit like the fire alarm people. You only see them when they're testing something.",
    "distance",
  ],
  ["They act like we're all one click away from getting the hotel hacked.", "blame:emp power"],
  ["Good communicators. A short message before any change and a short one after.", ""],
  ["They even made a laminated sheet for the bar on what to do if the till freezes.", ""],
  ["They don't really do anything for us on the floor, it's all office stuff.", "distance"],
  ["No clue. I pour pints.", "distance"],
  [
    "Cheerful in person, but the emails are all capitals and warnings, you'd think we'd robbed the place.",
    "comm power",
  ],
  ["Sharp with anyone who doesn't get it first time. The new starters dread ringing.", "comm feel"],
  [
    "honestly they're alright, just wish they'd tell us before updates so the tills don't restart mid service",
    "comm conflict",
  ],
  [
    "It's all through the ticket portal. I've never got the hang of it so I just don't bother reporting things.",
    "comm distance",
  ],
  [
    "Methodical. They write down every little thing we do wrong and it goes straight to the area manager. Makes you jumpy.",
    "power feel",
  ],
  ["Helpful to the managers, less so to the rest of us.", "power"],
  ["They don't seem to care much, to be honest. Fix it or don't, whatever.", "distance blame:sec"],
  ["Yes, because they don't just fix it, they show you so you can do it yourself next time.", ""],
  [
    "It's a contract firm. We ring, we wait, some lad we've never met logs in and does something, we never find out what.",
    "distance comm",
  ],
  [
    "They put the cameras in. Now every time the till's short the manager and IT sit and watch footage of us like it's a crime drama. Horrible feeling.",
    "power feel",
  ],
  ["Their job, as far as I can see, is to say no.", "conflict blame:sec"],
  ["They do a lot of their work overnight so they don't disturb the bar, which is thoughtful.", ""],
  [
    "I find them a bit intimidating, to be honest. I never know what to ask, so mostly I don't.",
    "feel distance",
  ],
  ["They're young and clever and they make me feel about a hundred.", "feel"],
  ["They don't come across as anything, I've never spoken to them.", "distance"],
  ["Relaxed. Jokes with the kitchen lads. Everyone likes him.", ""],
  ["Helpful most of the time, though weekend cover is a bit hit and miss.", ""],
  [
    "Definately helpful, they even sorted my own phone once when it wouldn't sync the rota app.",
    "",
  ],
  [
    "They rang me at home at 11pm to ask why I'd logged in from a new device. It was my new phone. Felt like being caught out.",
    "power feel",
  ],
  [
    "They can see everything we do on the work computers. Someone got pulled up for checking the football scores.",
    "power",
  ],
  [
    "Mostly payroll and table bookings, I think. Nobody's ever actually told us, we just get emails saying 'maintenance tonight'.",
    "distance comm",
  ],
  [
    "They run the online training once a year and then act shocked when someone still falls for a fake email. Makes you feel like a naughty schoolkid.",
    "blame:emp power feel",
  ],
  [
    "Not helpful. Three weeks for a printer. In a hotel. Where guests need invoices.",
    "blame:sec conflict",
  ],
  [
    "Helpful, but they're so much quicker with the owner's laptop than ours. You know where you stand, and it's at the back of the queue. Gets on my nerves.",
    "power feel",
  ],
  ["When they're good they're very good. When Steve's on holiday nothing gets done.", "conflict"],
  ["Cold. Not rude. Just cold.", "distance"],
  ["Like a teacher who's disappointed in you.", "power comm"],
  [
    "A total pain, they've blocked YouTube on the bar TV so we can't even put the music videos on.",
    "conflict feel",
  ],
  ["They're helpful but honestly I'd rather not bother them, they always seem busy.", "distance"],
  ["Their emails are clear, they use bullet points and they say exactly what we need to do.", ""],
  ["They work with the owner mainly. I just get told afterwards.", "power comm"],
  [
    "They're the ones who made us change our passwords every month. So, not popular.",
    "conflict feel",
  ],
  ["Approachable. I've got Kim's mobile and she doesn't mind a text.", ""],
  ["Turns up with a hoodie and headphones and doesn't speak to anyone. Strange vibe.", "distance"],
  ["Helpful? Yeah. Slow? Also yeah.", ""],
  [
    "They're good at the job, I just don't think they realize what a Friday night in here is like.",
    "conflict",
  ],
  ["They set up the scoring software for the cricket club and honestly it's been flawless.", ""],
  [
    "The booking platform is run from an office in another country. No idea who they are, I just know when it breaks we're the ones customers shout at.",
    "distance conflict",
  ],
  ["They try their best, it's just one person for three venues isn't enough.", ""],
  ["Helpful, but I always feel like I'm interrupting.", "feel"],
  ["Like a well-oiled machine. Log it, it's fixed, you get a note saying what they did.", ""],
];

export const VOICES_BG: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BG_2,
  ...VOICES_BG_3,
  ...VOICES_BG_4,
];
