import type { RawExample } from "./types.js";

/**
 * Brief J continued (see voices-j.ts):
 * - What is good and bad about the relationship?
 * - How do security staff feel about employees?
 * - Mixed answers
 * - More feelings and power
 */
export const VOICES_J_2: readonly RawExample[] = [
  // What is good and bad about the relationship?
  ["Bad: they only ring when something's broken. Good: when it's broken, they ring.", "comm"],
  ["Good: they're quick. Bad: they're just as quick to blame us.", "blame:emp"],
  ["Good is the people. Bad is the process.", "conflict"],
  ["The good thing is they fix stuff fast. The bad thing, nothing.", ""],
  ["Bad: no say whatsoever in what gets rolled out. Good: it's usually rolled out well.", "power"],
  ["Good: none. Bad: all of it.", "conflict blame:sec"],
  ["Good that we've got someone. Bad that they're in another county.", "distance"],
  ["Bad is the fear. Everybody's frightened of failing the next test email.", "feel"],
  [
    "The good part is the monthly catch-up at the surgery. The bad part is it keeps getting cancelled.",
    "conflict",
  ],
  ["Bad: they talk over you. Good: they do know their stuff.", "comm"],
  ["Good: friendly faces at the Christmas do. Bad: that's the only time we see them.", "distance"],
  ["It's all fine, honestly. No complaints on either side.", ""],
  [
    "Bad is that we work around them rather than with them. Shared logins, personal phones, the lot.",
    "distance",
  ],
  ["Good: they're honest. Bad: they don't trust us an inch.", "power"],
  [
    "The bad is mostly on our side. We ignore the reminders and then moan when things go wrong.",
    "blame:self blame:emp",
  ],
  ["Good: they explain why. Bad: only after we've complained.", "comm conflict"],
  [
    "Good that they're firm about security, bad that they won't bend for a tiny practice with two vets.",
    "conflict",
  ],
  ["bad - everythings done by email. good - they reply to the emails", "comm"],
  ["Good: one less worry for me. Bad: can't think of anything.", ""],
  [
    "Bad is how little they know about what a removal firm does day to day. Good is they're trying to learn.",
    "distance",
  ],
  ["Good: the new lead actually visits. Bad: she's only been once so far.", "distance"],
  // How do security staff feel about employees?
  ["Slow on the uptake, all of us, in their view.", "blame:emp"],
  ["We're something to be put up with, I reckon.", "blame:emp feel"],
  ["Warmly, I think. They always stop for a natter by the kettle.", ""],
  [
    "Each of us is an incident that hasn't happened yet, as far as they're concerned.",
    "blame:emp power",
  ],
  ["Fed up with us. You can hear the sigh before they say hello.", "feel blame:emp"],
  ["We don't cross their minds, I'd guess.", "distance"],
  ["Protective. Like we're their responsibility, in a good way.", ""],
  ["They probably resent us. We're the reason they get called at 2am.", "feel blame:emp"],
  [
    "I'd guess they find the older staff hard work. Can't blame them, I'm one of them.",
    "blame:emp blame:self",
  ],
  ["Suspicious. They treat the temps like shoplifters.", "power blame:emp"],
  ["They don't rate us. You can tell from the tone of the emails.", "blame:emp comm"],
  ["Like we're children who'll eat the crayons.", "power blame:emp"],
  ["Fond, mostly. The ones who've been here a while know everyone by name.", ""],
  [
    "Frustrated, and honestly we earn it. Half the office still writes passwords on Post-its.",
    "feel blame:emp blame:self",
  ],
  ["Polite, but I think deep down we're users to them, not colleagues.", "distance"],
  ["Not sure they feel anything. It's all automated emails.", "comm distance"],
  ["They respect us. When we raised the shift problem they changed the rule within a week.", ""],
  // Mixed answers
  ["They're condescending. I run the accounts for a wholesaler, I'm not a toddler.", "comm power"],
  [
    "Useless. The backups failed for three months and nobody noticed until we needed them.",
    "blame:sec",
  ],
  ["There's always a knot in my stomach that the next scam gets through because of me.", "feel"],
  [
    "We can't install anything, can't change anything, can't even move the desktop icons.",
    "power conflict",
  ],
  ["Every month it's a new hoop. I've stopped jumping.", "conflict distance"],
  [
    "Their MFA rollout at the bus depot was a shambles. Drivers locked out at 5am with nobody to ring.",
    "blame:sec conflict",
  ],
  ["It's exhausting. Monday mornings are a wrestling match with the sign-in.", "feel conflict"],
  [
    "They decided nursery staff can't use phones for photos any more. Fine, but then give us a tablet.",
    "conflict power",
  ],
  ["My own fault I fell for the fake parcel text, I was rushing between clients.", "blame:self"],
  ["I just click OK on whatever pops up and get on with the day.", "distance"],
  [
    "Nobody told us the Wi-Fi password had changed. The whole gym found out when the class music cut out.",
    "comm conflict",
  ],
  ["I don't report things any more. Last time it turned into an inquisition.", "distance power"],
  ["They're lovely, but I'd never dare question one of their decisions.", "power"],
  ["The security guy at our software house is smart, funny and patient. Ten out of ten.", ""],
  [
    "We're developers, and they still treat us like we'll break something if we touch it.",
    "power blame:emp",
  ],
  [
    "Whoever wrote the rules has never had to get a boiler signed off on a customer's doorstep.",
    "distance conflict",
  ],
  ["I feel guilty every time I ask for help because they're so stretched.", "feel"],
  [
    "They sent a 'final warning' to the whole surgery about one door left propped open. Very dramatic.",
    "comm blame:emp",
  ],
  ["Pretty good overall. Not perfect, nothing ever is.", ""],
  ["Hand on heart, not one of them has ever been sniffy with me.", ""],
  ["Fair, not cold. They just don't do small talk.", ""],
  ["Nobody's ever blamed me for anything, even when I probably deserved it.", ""],
  [
    "It was a rocky start with the new MSP, but they've come in every fortnight since spring and it's much better now.",
    "",
  ],
  ["The tills are ancient, but that's down to the owner being tight, not IT.", ""],
  ["Low maintenance both ways. I ask for little and I get it.", ""],
  ["They save the jargon for each other. With us it's plain words.", ""],
  [
    "I'm not intimidated. I used to be, before our manager started joining the calls with them.",
    "",
  ],
  ["The phishing training was short and actually funny. Didn't mind it a bit.", ""],
  ["They answered on a Sunday when the opticians' booking page went down. That's service.", ""],
  ["Businesslike. No drama either way.", ""],
  ["Neither good nor bad, just there.", ""],
  [
    "We don't really need them. It's a twelve-person software shop and we all know what we're doing.",
    "",
  ],
  ["Their newsletter is genuinely readable, which I never expected from security.", ""],
  ["They can read our Teams chats and we can't even see our own login history.", "power"],
  ["Audits are for the secretaries. Partners somehow never get one.", "power"],
  ["You can't argue. Whatever compliance says, goes.", "power"],
  [
    "They spot-check the removal men's phones for the tracking app. Nobody checks the office.",
    "power",
  ],
  [
    "Every blocked website means writing a justification, like a kid writing lines in detention.",
    "power conflict",
  ],
  ["There's a sense of being watched for the first mistake.", "power feel"],
  ["Decisions get made at head office and the bakeries just get a memo.", "power comm"],
  ["All we ever get is a red banner across the intranet.", "comm"],
  ["Security emails me for one reason: I've messed up.", "comm"],
  ["The tone is pure primary school assembly.", "comm power"],
  ["I asked what 'conditional access' meant and got a link to Microsoft's website.", "comm"],
  [
    "The announcements go on the staffroom noticeboard, which nobody has looked at since 2019.",
    "comm",
  ],
  ["Annoyed, mainly. And a bit hurt that nobody thanked us for spotting the scam.", "feel"],
  ["I dread the yearly audit. Lose sleep over it.", "feel"],
  ["Disappointing. I expected more from a firm we pay that much.", "feel blame:sec"],
  [
    "Nights worry me. If the system falls over at 3am, there's no name on any list.",
    "feel distance",
  ],
  ["Every rule they bring in costs us ten minutes a patient.", "conflict"],
  ["We argue about the shared mailbox every single week.", "conflict"],
  ["Do it all their way and the first removal van leaves at lunchtime.", "conflict"],
  [
    "They won't let us email CVs to clients, and clients won't touch their portal. Stuck in the middle.",
    "conflict",
  ],
  ["My son sorts my laptop out. Simpler.", "distance"],
  ["Problems get sorted quietly in our team. IT would only make a meal of it.", "distance"],
  ["Whatever. As long as the card machine works I don't care.", "distance"],
  ["There's a bloke in a polo shirt who comes in sometimes. I think he's IT?", "distance"],
  [
    "They're the reason the website was down for two days. Expired domain. Basic stuff.",
    "blame:sec",
  ],
  ["Our last outage was their update. Our one before that was their update too.", "blame:sec"],
  [
    "Incompetent, frankly. They set up the new scanner so it emailed documents to the wrong address for a month.",
    "blame:sec",
  ],
  [
    "Security? They left the admin password on a sticky note behind the server cabinet.",
    "blame:sec",
  ],
  ["Passwords are my weak spot, I hold my hands up.", "blame:self"],
  ["Our team are the messy ones. We leave laptops unlocked all the time.", "blame:self blame:emp"],
  [
    "I'm the reason we all had the training, to be honest. I sent the payroll file to the wrong Sarah.",
    "blame:self",
  ],
  [
    "Some of the lads on the vans share the tablet PIN with anyone who asks. Security have a point there.",
    "blame:emp",
  ],
  [
    "The receptionists leave the practice system logged in all day. That's not IT's fault.",
    "blame:emp",
  ],
  [
    "My colleagues treat the phishing test like a joke, then wonder why we keep getting training.",
    "blame:emp",
  ],
  [
    "Our gym front desk hands the door code to anyone who says they've forgotten theirs.",
    "blame:emp",
  ],
  ["Yes.", ""],
  // More feelings and power
  [
    "Not helpful, no, and it's demoralising. You feel stupid before you've even finished explaining.",
    "feel",
  ],
  ["Nervous. I always think I'm about to be told off.", "feel"],
  [
    "A negative one? The week I thought I'd caused the breach. Couldn't eat. Turned out it wasn't even me.",
    "feel",
  ],
  ["They make me feel old and slow, if I'm honest.", "feel"],
  ["Bad: I'm on edge every time an email from them lands.", "feel"],
  ["They'd describe me as someone who panics. Which I do, around them.", "feel"],
  ["Fed up. Same fault with the scanner for a year and we're still waiting.", "feel conflict"],
  ["Exhausting to deal with. Every conversation turns into a fight.", "feel conflict"],
  [
    "Resentful, both ways. They think we're a drain, we think they're a handbrake.",
    "feel conflict blame:emp blame:sec",
  ],
  [
    "The receptionists have been properly rattled since the last audit. Two of them were in tears.",
    "feel power",
  ],
  [
    "It's soul-destroying to do everything right and still get the 'reminder' email with everyone else.",
    "feel comm",
  ],
  ["Ashamed, when they traced the spreadsheet of passwords back to me.", "feel blame:self"],
  [
    "A bit bitter, honestly. We caught the fake supplier email, not them, and they took the credit.",
    "feel",
  ],
  [
    "Stressed. If the dispatch system goes down I've got forty buses on the road and nobody to call.",
    "feel conflict",
  ],
  ["They feel sorry for us, I think, which is somehow worse.", "feel"],
  ["Went beetroot when my name came up as a 'clicker' in front of the whole branch.", "feel comm"],
  ["Worn down. I've stopped raising the printer issue because what's the point.", "feel distance"],
  [
    "The apprentices are terrified of them. They'd rather sit with a broken laptop than ring.",
    "feel distance",
  ],
  ["Uneasy. You never know what that new software is recording.", "feel power"],
  [
    "Irritated, because the same question gets a different answer depending on who picks up.",
    "feel conflict",
  ],
  [
    "It winds me up. They change the rules without a word and act surprised when we get them wrong.",
    "feel comm",
  ],
  [
    "Underappreciated. Nobody from IT has ever said thanks for the dodgy emails we forward.",
    "feel",
  ],
  ["Even a USB keyboard needs their sign-off.", "power"],
  [
    "A positive? They let me keep admin rights on my dev machine after I begged for a month.",
    "power conflict",
  ],
  ["They'd call us 'their users'. Like we belong to them.", "power"],
];
