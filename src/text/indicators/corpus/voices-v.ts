import type { RawExample } from "./types.js";
import { VOICES_V_2 } from "./voices-v-2.js";
import { VOICES_V_3 } from "./voices-v-3.js";

/**
 * Middle managers and team leads caught between their staff and the security/IT people, plus
 * some of their staff on the manager's role. Written fresh for Rapport (brief V), part 1 of 3.
 */
const VOICES_V_1: readonly RawExample[] = [
  // Passing on rules they didn't write
  [
    "I get the new policy on a Friday afternoon and I'm expected to roll it out to twelve drivers by Monday. Nobody asked me whether it was workable.",
    "conflict power",
  ],
  [
    "Half my job now is forwarding IT's announcements to the shop floor and rewriting them so people can actually follow them.",
    "comm",
  ],
  [
    "The password rules came down from head office with no explanation, so when my staff ask why, I've nothing to tell them.",
    "comm power",
  ],
  ["I pass the rules on. Whether they make any sense is honestly not my concern.", "distance"],
  [
    "Our IT coordinator sends the quarterly reminder and then sits with each team for ten minutes to go through it. Works well.",
    "",
  ],
  [
    "When a new rule comes in, the security lead walks me through the reasoning first so I can answer my team's questions.",
    "",
  ],
  [
    "I'm the messenger for rules I'd never have written, and the team shoots the messenger.",
    "conflict",
  ],
  [
    "Every time they change the VPN setup my night shift can't log in, and I'm the one taking the calls at two in the morning.",
    "conflict",
  ],
  [
    "Locking the tills after two idle minutes sounds sensible in an office. At a busy checkout it just means queues out the door.",
    "conflict",
  ],
  [
    "I had to tell the kitchen team they can't use their own phones for the ordering app any more. The grumbling hasn't stopped in a month.",
    "conflict feel",
  ],
  [
    "Our practice manager explained the new rules on patient records in plain words at the Monday huddle. Nobody had a problem with it.",
    "",
  ],
  [
    "Head office writes it, IT enforces it, and I'm told to make it stick. At no point does anyone ask the people doing the work.",
    "power",
  ],
  [
    "The new rule says no customer files leave the building, but half my surveyors work from the van. Go figure.",
    "conflict",
  ],
  [
    "The policy document is forty pages. I doubt the person who wrote it has read it twice.",
    "comm",
  ],
  [
    "Rolling out another round of rules to a team that's already stretched thin makes my stomach turn, if I'm honest.",
    "feel",
  ],
  [
    "The rules changed last spring and, to be fair, they came with a one-page summary my team actually read.",
    "",
  ],
  [
    "Policies arrive from the group IT team in another city. We've never met them and they've never been here.",
    "power distance",
  ],
  [
    "We were told to encrypt every laptop by the end of the month, right in the middle of stocktake.",
    "conflict",
  ],
  [
    "I enforce the clean-desk rule because I'm told to, but on a building site it's frankly a bit of a joke.",
    "conflict",
  ],
  [
    "I don't write the policies, but I'm always invited to comment on the drafts, and they do listen.",
    "",
  ],
  // Defending staff
  [
    "When IT wanted to name the nurse who opened the phishing email in the staff bulletin, I put my foot down. She did what anyone would have.",
    "blame:emp power",
  ],
  [
    'The security report listed my warehouse team as "the main risk area". They\'re forklift drivers who check email twice a week.',
    "blame:emp",
  ],
  [
    "I keep having to remind the IT contractor that my people aren't idiots, they're just busy.",
    "blame:emp",
  ],
  [
    "Apparently my team is high risk because we click links. We're the sales team. Clicking links is half the job.",
    "blame:emp conflict",
  ],
  [
    "I defend my staff in those meetings, but honestly a couple of them would open anything with a gift voucher in the subject line.",
    "blame:emp",
  ],
  [
    "One of my lads reported a dodgy email and IT thanked him personally. He was chuffed for a week.",
    "",
  ],
  [
    "After the incident the IT manager made a point of saying in front of everyone that it wasn't my assistant's fault. I respected that enormously.",
    "",
  ],
  [
    "My staff are scared that if they own up to a mistake they'll be disciplined, so they hide it and I find out weeks later.",
    "feel power",
  ],
  [
    "I told the security team that if they want people to report mistakes, they have to stop treating every report like a crime scene.",
    "power conflict",
  ],
  [
    'The phrase "user error" gets used in every incident review, and it\'s always my users they mean.',
    "blame:emp",
  ],
  [
    'It gets my back up when the IT consultant talks about "educating" my staff, as though they\'re the problem to be fixed.',
    "blame:emp feel",
  ],
  [
    "Every post-mortem from IT ends with the same conclusion: someone on the front desk did something silly.",
    "blame:emp",
  ],
  [
    "I've never once heard our IT manager put a breach down to staff. He always looks at what the system let them do.",
    "",
  ],
  [
    "To hear the security people talk, you'd think my cashiers spend all day trying to break things.",
    "blame:emp",
  ],
  [
    'They asked me to "identify the weak points" in my team. I said I\'m not handing them a list of names.',
    "blame:emp power",
  ],
  [
    "Our security officer says the staff are the best sensor we've got. My team likes hearing that.",
    "",
  ],
  [
    'The new monitoring software was justified to me with the line "your staff can\'t be trusted with the internet".',
    "blame:emp",
  ],
  [
    "They seem to think the teachers are the risk. Teachers have enough on without being treated as a liability.",
    "blame:emp",
  ],
  // Asking for exceptions
  [
    "I asked for one exception for the label printer. Three forms, two weeks, and a lecture on risk appetite.",
    "conflict comm",
  ],
  [
    "To get a USB port unlocked for the engineers I had to justify it to someone who's never set foot in the workshop.",
    "power distance",
  ],
  [
    "Exception requests go into a queue and you hear nothing. Eventually you stop asking and find your own way round.",
    "conflict distance",
  ],
  [
    "Our IT partner always asks what we're trying to achieve before saying yes or no. Usually we find a safe way together.",
    "",
  ],
  ["They decide. We comply. That's the relationship.", "power"],
  [
    "I've given up asking for exceptions. The answer is no before I've finished the sentence.",
    "power",
  ],
  [
    "Whether my team gets the tools it needs depends entirely on what mood the IT manager is in that day.",
    "power",
  ],
  ["The exception process is fine, honestly. Short form, answer within a day.", ""],
  ["It's like applying to a landlord for permission to hang a picture.", "power"],
  [
    "I needed the planning software on two more machines before the harvest. By the time IT approved it, harvest was over.",
    "conflict",
  ],
  [
    "I begged for a week to get the shared mailbox opened up for the temps. Infuriating doesn't cover it.",
    "conflict feel",
  ],
  ["Asking security for anything feels like petitioning a court.", "power"],
  [
    "If I waited for approval every time the line needs a software change, we'd never ship anything.",
    "conflict",
  ],
  [
    "I asked whether the reps could sync their calendars to their phones, and IT set it up safely the same afternoon.",
    "",
  ],
  [
    "You go cap in hand, you explain, you wait, and then someone you've never met says no. It's demoralising.",
    "power feel",
  ],
  ["We only got the exception after a customer complained. Funny how that works.", "conflict"],
  // Translating jargon
  [
    'I spend meetings translating. IT says "endpoint hardening", I tell the team "they\'re locking down your laptops".',
    "comm",
  ],
  [
    "The email said something about MFA enrolment via the IdP portal. Three of my staff rang me to ask if it was a scam.",
    "comm",
  ],
  [
    "Their announcements read like they were written for other IT people. My bakers just delete them.",
    "comm distance",
  ],
  [
    "I don't mind the acronyms; our security lead always puts a plain one-line version at the top.",
    "",
  ],
  ["I don't understand half of what they send either. I nod and forward it.", "comm"],
  ["When I ask them to explain in normal words, they sigh as if I'm a child.", "comm"],
  [
    "There's a sort of IT dialect in every message, and it makes you feel thick for not speaking it.",
    "comm feel",
  ],
  ["The new IT person actually talks like a human being. Big change from the last one.", ""],
  ['"Lateral movement", "attack surface", "zero trust". I run a hotel laundry, mate.', "comm"],
  ["Their training video could have been in Latin for all my drivers got out of it.", "comm"],
  [
    "The warning about the data breach was so vague and so alarming that half my team thought they'd be sued personally.",
    "comm feel",
  ],
  [
    "I've become the unofficial interpreter between the accounts office and IT. It's not in my job description.",
    "comm",
  ],
  [
    "There was a lot of jargon in the first draft, but when I pointed it out they rewrote the whole thing in plain English.",
    "",
  ],
  [
    'They wrote "please remediate non-compliant devices". Took me twenty minutes to work out they meant "update your phones".',
    "comm",
  ],
  [
    "It isn't that they're unfriendly. It's that nobody outside IT can follow a word they say.",
    "comm",
  ],
  [
    'The notice just said "critical vulnerability, act now" with no instructions. My staff were in a flap all morning.',
    "comm feel",
  ],
  // Arranging meetings, contact
  [
    "I tried for two months to get someone from security to come to our team meeting. Still waiting.",
    "conflict distance",
  ],
  [
    "We have a standing half-hour with the IT lead every month. Most useful meeting in my diary.",
    "",
  ],
  ["They come to the site when there's been a breach, never otherwise.", "comm distance"],
  ["I arranged a lunch-and-learn with the IT team. The staff loved it and asked for another.", ""],
  [
    "I don't think I've ever met anyone from the security team in person. It's all tickets.",
    "distance comm",
  ],
  [
    "Getting IT into a room with my team is harder than getting the managing director in.",
    "conflict distance",
  ],
  [
    "Nobody on my team would recognise our security officer if she walked past them in the corridor.",
    "distance",
  ],
  ["The IT firm is somewhere up north. We've a phone number and that's about it.", "distance"],
  [
    "When the card machine died on a Saturday there was nobody at IT to answer. We took cash and hoped.",
    "conflict",
  ],
  ["The only time IT turns up at the depot is to tell us off about something.", "comm"],
  [
    "I couldn't tell you who's responsible for security here. Someone at head office, presumably.",
    "distance",
  ],
  [
    "The IT manager sits with us every other Thursday now. People actually bring her their little worries.",
    "",
  ],
  [
    "We used to have a security contact for our branch. She left, and no one's mentioned a replacement.",
    "distance",
  ],
  [
    "All we get is the poster in the staff room and a yearly email. That's the whole conversation.",
    "comm",
  ],
  [
    "You raise a ticket, it gets closed, the issue's still there. Raise it again, closed again.",
    "conflict",
  ],
  [
    "I was sceptical at first, but the monthly drop-in with the security team has been worth every minute.",
    "",
  ],
  [
    "I suggested a joint session with IT. My team said they'd rather not, and honestly I didn't push.",
    "distance",
  ],
  // Praise and neutral
  ["Our IT lad stayed late to get the new tablets working before the inspection. Top bloke.", ""],
  ["The sysadmin is patient, answers my daft questions and never makes me feel stupid.", ""],
  [
    "If I'm unsure about an email, I forward it to our IT woman and she tells me within minutes.",
    "",
  ],
  [
    "She picks up the phone, explains what went wrong and follows up the next day. Can't fault her.",
    "",
  ],
  ["The IT contractor handles the backups and the firewall; I handle the rota.", ""],
  ["Security is one item on our monthly team agenda, alongside health and safety and stock.", ""],
  [
    "I liaise with IT on access rights when someone joins or leaves. It takes about ten minutes each time.",
    "",
  ],
  [
    "The security lead asked me which of the new rules would hurt our workflow before they were finalised. That's how it should be.",
    "",
  ],
  [
    "People say the users are the weakest link. Not in my experience; my team spot more scams than the filter does.",
    "",
  ],
  [
    "I used to dread the IT audits, but the new team makes them feel like a conversation rather than an inspection.",
    "",
  ],
  ["I wouldn't say there's any friction between us and IT. They're stretched, same as we are.", ""],
  [
    "Our IT support company sends someone out every fortnight to check the machines at the farm shop.",
    "",
  ],
  [
    "When the clinic moved to the new records system, IT ran three sessions at times that suited the shifts.",
    "",
  ],
  [
    "I was worried the new login process would slow the ward down. It didn't, and IT kept checking in with us.",
    "",
  ],
  [
    "No blame, no drama: when I clicked a bad link, the IT guy just reset my password and showed me what to look for.",
    "",
  ],
  ["Our security person never lectures. She asks questions and lets you work it out.", ""],
  [
    "The jargon used to put people off, but the IT team now run every notice past one of our admin staff first.",
    "",
  ],
  ["Honestly, it's not the disaster people make out. Our IT folk are decent and reachable.", ""],
  ["Managers meet the IT lead quarterly to go over incidents and upcoming changes.", ""],
  [
    "The team leaders here pass on security updates at the start of each shift, two minutes, job done.",
    "",
  ],
  [
    'I\'d never heard of a "security champion" until last year. Now I am one, and I quite enjoy it.',
    "",
  ],
  [
    "I don't feel caught in the middle, to be honest. IT trusts me to decide what works for my team.",
    "",
  ],
  ["They never talk down to us, which I know isn't the case everywhere.", ""],
  ["Security isn't a problem for us at all. The rules are sensible and someone explains them.", ""],
];

/** The whole of batch V (all three parts). */
export const VOICES_V: readonly RawExample[] = [...VOICES_V_1, ...VOICES_V_2, ...VOICES_V_3];
