import type { RawExample } from "./types.js";

/** Part 2 of batch EZ (see voices-ez.ts). */
export const VOICES_EZ_2: readonly RawExample[] = [
  [
    "Whenever the hotel wifi goes down, guests shout at us and the IT company won't send anyone until Monday.",
    "conflict feel",
  ],
  [
    "The technician at our primary school always stays after the bell to help teachers with the projector.",
    "",
  ],
  [
    "Every login to the stock system now kicks me out after five minutes, so I spend my shift typing passwords.",
    "conflict",
  ],
  ["Honestly the outside IT people are more helpful than our own managers.", ""],
  [
    "The email about the new rules was four pages long and I still don't know what I'm supposed to do differently.",
    "comm",
  ],
  [
    "We got a warning letter from IT because someone in packing forwarded a customer list, and now we all feel watched.",
    "power feel",
  ],
  ["I get on fine with Kenji, he speaks normal words and shows you on the screen.", ""],
  [
    "If I'm being fair, some of the problems are our fault because we share passwords on the night shift.",
    "blame:self",
  ],
  [
    "They reinstalled the dental x-ray software overnight and everything was ready when we opened.",
    "",
  ],
  [
    "The care home manager says carers are careless with the tablets, but nobody showed us how to lock them.",
    "blame:emp comm",
  ],
  [
    "A man from IT came to my desk, took my laptop away, and nobody told me why for a week.",
    "comm power feel",
  ],
  [
    "We only have a part-time IT helper and he comes Thursday mornings, which is enough for a shop our size.",
    "",
  ],
  [
    "Their helpdesk is outsourced to a call centre that reads from a script and can't see our system.",
    "blame:sec",
  ],
  ["Sometimes maybe a little too formal in the emails, but the man himself is friendly.", "comm"],
  [
    "I stopped reporting small issues because every ticket got closed as 'cannot reproduce'.",
    "distance blame:sec",
  ],
  ["The new firm replaced the old one last year; before that it was chaos, now it's calm.", ""],
  [
    "It felt like they checked my browser history just to find something to tell the boss.",
    "power feel",
  ],
  [
    "A user in accounts was phished last month and IT handled it without naming or shaming anyone.",
    "",
  ],
  [
    "We restaurant people work nights and weekends, IT works nine to five, so we never overlap.",
    "distance conflict",
  ],
  [
    "He's younger than my son and talks to me like I'm a child. I just nod and ask my colleague later.",
    "comm distance feel",
  ],
  [
    "At our vet clinic the IT contractor visits once a quarter. He checks the backups, updates the machines and has a coffee with us.",
    "",
  ],
  [
    "The scanner guns on the loading bay were updated without telling anyone. Two drivers left late because the labels wouldn't print.",
    "conflict comm",
  ],
  ["I don't think they're arrogant. They just have a lot on and we're one of thirty clients.", ""],
  [
    "Last winter I thought the IT lady was cold with us. Turned out she was covering for two people; since spring she's back to herself and always helpful.",
    "",
  ],
  [
    "You ask a simple question and get a lecture about phishing. I know about phishing, I just wanted the printer to work.",
    "comm conflict",
  ],
  [
    "We run a small joinery shop, nine of us. The IT is an old school friend who set it up years ago and checks in by phone every month.",
    "",
  ],
  [
    "Our IT supplier blocks the WhatsApp we use with customers, so the girls just use their own phones. It's probably less safe but we have to talk to clients.",
    "conflict blame:self",
  ],
  [
    "Honestly the staff here are the weak spot. People write passwords on the fridge in the break room.",
    "blame:emp",
  ],
  [
    "The security guy from head office visits once a year, walks around with a clipboard and leaves. Nobody knows what he writes down.",
    "power distance",
  ],
  [
    "If the till locks up on a busy Saturday, I'm on the phone 40 minutes listening to hold music. By then the queue is out the door.",
    "conflict feel",
  ],
  [
    "They call it 'human error' whenever something breaks. It's never their system apparently.",
    "blame:sec feel",
  ],
  [
    "I asked why we can't use Google Drive anymore and got a link to a document in German legal language.",
    "comm",
  ],
  [
    "Our hairdressing group shares one IT person across four salons. She's brilliant and answers WhatsApp even on Sundays.",
    "",
  ],
  [
    "The factory floor PCs have stickers saying 'Do not touch, call IT'. Nobody ever calls, we just work around them.",
    "distance",
  ],
  ["no complaints, they do their job", ""],
  ["the new guy actually asks us what we need", ""],
  ["they leave notes in the shared folder, short and clear", ""],
  ["he gets annoyed if you call twice", "feel"],
  ["We don't need them often, but when something breaks they're there fast.", ""],
  ["The helpdesk form asks for an 'asset tag' and I don't even know what that is.", "comm"],
  [
    "We used to have a nightmare provider but we switched in January and the new lot are lovely.",
    "",
  ],
  [
    "I wouldn't say they talk down to us, they just use a few too many acronyms, which we ask about.",
    "comm",
  ],
  [
    "Our delivery app crashes on older phones and IT's answer was 'buy a newer phone'.",
    "conflict blame:sec",
  ],
  [
    "They put monitoring software on the office PCs without saying anything; I found out from the icon in the corner.",
    "power comm",
  ],
  ["I know I should report the odd emails, I just never get round to it.", "blame:self"],
  [
    "The builder's office has one laptop and one IT man who comes if you pay him, and we rarely do.",
    "distance",
  ],
  [
    "To be honest it's our fault the system got messy, we kept installing our own apps. The IT lad cleaned it up without a word of blame.",
    "blame:self",
  ],
  [
    "The restaurant group sent every waiter a security quiz in the middle of a Saturday service. I still don't know what it was about.",
    "conflict comm",
  ],
  [
    "IT told the owner that the cooks were 'a risk' for using personal phones in the kitchen. We only use them for recipes and timers.",
    "blame:emp feel",
  ],
  [
    "The provider never says who is coming. A different person each time, and none of them know our setup.",
    "distance blame:sec",
  ],
  [
    "Our school IT is outsourced to the council. Requests take weeks, so teachers bring in their own laptops.",
    "conflict distance",
  ],
  [
    "It's a fair relationship. We tell them what's broken, they tell us what we did, nobody gets upset.",
    "",
  ],
  ["They are not scary, just busy. I'm sure they'd help if I asked.", ""],
  [
    "The IT manager once reviewed my emails in front of my supervisor. I haven't felt the same about work since.",
    "power feel",
  ],
  [
    "Jobs like changing the toner we do ourselves; anything with the network goes to the contractor.",
    "",
  ],
  ["for me is ok, he help always", ""],
  ["the IT man is coming every month, very kind", ""],
  ["nobody explain us nothing", "comm"],
  ["they speak only with the boss", "comm power"],
  ["i am afraid to break something", "feel"],
  ["system block me again 3rd time today", "conflict"],
  ["good service, fast answer", ""],
  ["we fix ourself mostly", "distance"],
  ["IT girl always smile, very nice", ""],
  ["every mail from them is a warning", "comm"],
  ["when printer not work we call, they come", ""],
  ["they think we steal data", "power"],
  ["no problem with them", ""],
  [
    "Our greenhouse in the Netherlands has one IT contractor who set up the climate computers and checks them remotely.",
    "",
  ],
  [
    "In the flower packhouse the new fingerprint clock-in was installed by IT, and nobody asked us if we agreed to give fingerprints.",
    "power",
  ],
  ["The hotel in Lisbon changed provider and now the front desk system is much faster.", ""],
  [
    "The pub's till guy is from a company in Dublin, and he's always on the other end of the phone when we need him.",
    "",
  ],
  [
    "I typed my password wrong too many times and the whole kitchen couldn't print orders for an hour, so that one's on me.",
    "blame:self",
  ],
  ["Our IT support speaks to us only by ticket numbers, never a name or a voice.", "comm"],
  ["I once asked the technician to explain the backup, and he drew it on a napkin for me.", ""],
  [
    "They called me in to 'discuss my internet use' like I'd done something terrible, and it was a recipe site.",
    "power feel",
  ],
  ["He is very clever but when he explains, I understand maybe half.", "comm"],
  ["The apprentices are the problem, they download games on the workshop PC.", "blame:emp"],
  [
    "We are 40 people in the factory and I don't think one of us has met the IT person.",
    "distance",
  ],
  ["It's a two-person firm that does our IT and they know our business inside out.", ""],
  [
    "The password rules are so complicated that everybody writes them in a notebook, which kind of defeats the point.",
    "conflict",
  ],
  ["Maybe they could be a little quicker on Saturdays, but otherwise no issues at all.", ""],
  ["I get a bit nervous when the IT man stands behind me watching what I type.", "feel"],
  ["My first year here I found the IT team intimidating; now I go to them for everything.", ""],
];
