import type { RawExample } from "./types.js";
import { VOICES_EE_2 } from "./voices-ee-2.js";
import { VOICES_EE_3 } from "./voices-ee-3.js";
import { VOICES_EE_4 } from "./voices-ee-4.js";
import { VOICES_EE_5 } from "./voices-ee-5.js";
import { VOICES_EE_6 } from "./voices-ee-6.js";

/** Hard cases: negation, contrast, past against present, hedges, questions, irony, reported speech. Written fresh for Rapport (brief EE). */
const FIRST_PART: readonly RawExample[] = [
  ["Never once have they made me feel stupid for asking a basic question.", ""],
  [
    "No jargon, no lecturing, no drama. The new security lead just pulls up a chair and sorts it out with you.",
    "",
  ],
  [
    "Not that they're rude, but every email from the security desk reads like a clause from a mortgage contract.",
    "comm",
  ],
  ["I used to dread the phishing simulations; these days I quite enjoy catching them out.", ""],
  [
    "They used to ask us before changing anything. Now a banner appears on Monday morning and that's that.",
    "power",
  ],
  [
    "I suppose they mean well, but I honestly couldn't name a single person on the security team.",
    "distance",
  ],
  [
    "Oh brilliant, a forced password reset on the morning of the quarterly close. Exactly what I needed.",
    "conflict feel",
  ],
  ["The canteen runs out of the vegetarian option by half twelve every single day.", ""],
  ["Maybe it's just me, but I find the security team easier to talk to than HR.", ""],
  [
    "Half the incidents we open start with someone plugging in a USB stick they found in the car park.",
    "blame:emp",
  ],
  [
    "My manager reckons IT are arrogant. Three years sitting next to them and I've never seen it.",
    "",
  ],
  ["My manager says their bulletins are unreadable, and frankly she's right.", "comm"],
  [
    "They lock my account every fortnight and nobody ever says why. I'm fed up to the back teeth.",
    "conflict comm feel",
  ],
  ["The lockout was my own doing; I kept typing the old password into the VPN.", "blame:self"],
  ["Is there a way to request a second monitor through the IT portal?", ""],
  [
    'Why would I raise a ticket? Last time I did, it sat in the queue for nine days, got closed as "no fault found", and I still had to fix it myself in the end. Now I just search the error message and sort it out on my own.',
    "conflict distance blame:sec",
  ],
  ["Who exactly decided we can't install our own fonts? Nobody asked the design team.", "power"],
  [
    "Hardly a week goes by without someone from security dropping into our stand-up, and it genuinely helps.",
    "",
  ],
  ["We hardly ever see anyone from security on this floor.", "distance"],
  ["They rolled out hardware keys to the finance team last month.", ""],
  [
    "Since the hardware keys arrived, the warehouse lads just leave one plugged into the shared PC all day.",
    "conflict",
  ],
  [
    "I get a knot in my stomach whenever something from the security office lands in my inbox.",
    "feel",
  ],
  [
    "The audit took two full days, although the auditors were patient and explained every finding.",
    "",
  ],
  [
    "Although I respect what they're doing, software approval takes six weeks and my project can't wait that long.",
    "conflict",
  ],
  [
    "The outage on Tuesday was down to IT pushing an untested patch, and they still won't admit it.",
    "blame:sec",
  ],
  ["The Wi-Fi drops in meeting room 4 because the building is basically a concrete bunker.", ""],
  [
    'We don\'t get explanations, we get instructions. "Complete by Friday." Full stop.',
    "comm power",
  ],
  [
    "As an analyst I'm worn out by people who'll click anything with \"invoice\" in the subject line.",
    "feel blame:emp",
  ],
  ["Not once in six years has the service desk failed to ring me back the same day.", ""],
  ["Their monthly newsletter goes straight into my archive folder, unread.", "distance"],
  [
    "Even so, I'd rather have strict rules than live through another ransomware week like the one in 2021.",
    "",
  ],
  [
    "Knowing they can see every site I visit makes me feel like a teenager whose parents read his diary.",
    "feel power",
  ],
  [
    "I'm probably the reason they added that extra warning banner, after my little mishap with the payroll spreadsheet.",
    "blame:self",
  ],
  [
    "Great session today. The trainer didn't patronise anyone and the examples came from our own sector.",
    "",
  ],
  [
    "Great session, if you enjoy sixty slides of acronyms that nobody in the room understood.",
    "comm",
  ],
  [
    "The sales team keeps using personal cloud storage because the approved share chokes on video files.",
    "conflict",
  ],
  ["I don't think the security team are the enemy. They're just doing a job, same as us.", ""],
  [
    "Whoever tuned the spam filter should be embarrassed; it quarantines our biggest client every week and we miss orders.",
    "conflict blame:sec",
  ],
  [
    'I run a small IT team, and some department heads treat us like personal butlers: reset this, fetch that, right now, and never a please. Then at the quarterly review they complain we\'re not "strategic". It wears you down, honestly.',
    "feel power",
  ],
  ["The only time a department head phones me is when their inbox is down.", "comm distance"],
  ["The lift in block C has been out since March and facilities don't seem bothered.", ""],
  ["I always feel like a nuisance when I ring them, even though they're perfectly polite.", "feel"],
  [
    "IT blocked the booking system on the day of our biggest event, then spent three hours blaming the vendor. Furious doesn't cover it.",
    "conflict feel blame:sec",
  ],
  ["Would it be possible to get the authenticator app on my work tablet as well?", ""],
  [
    'Can anyone translate the latest security bulletin into English? "Lateral movement vectors"? Seriously?',
    "comm",
  ],
  [
    "They can read our chats; we can't even see their ticket queue. Hardly a level playing field.",
    "power",
  ],
  [
    "Security used to feel like a faceless department. Now Priya comes to our team meeting every month.",
    "",
  ],
  [
    "Priya used to join our meetings every month. Now I've no idea who covers our team.",
    "distance",
  ],
  ["Frankly, our own staff are the weakest link, and I say that as their manager.", "blame:emp"],
  [
    "Some of my colleagues on the security team call users the weakest link. I think that's lazy; most people are doing their best.",
    "",
  ],
  [
    "I suppose we're part of the problem; the drivers, me included, all share the depot login.",
    "blame:self",
  ],
  [
    "The fifteen-minute screen lock is fine in an office, but on the line it means gloves off, log in, gloves on, forty times a shift.",
    "conflict",
  ],
  [
    "My laptop is seven years old and takes ages to boot. It's due to be replaced next quarter anyway.",
    "",
  ],
  [
    'They sent a "mandatory" training link that didn\'t work, then a reminder scolding us for not completing it.',
    "comm blame:sec",
  ],
  ["Hardly anyone grumbles about the new VPN. It just works.", ""],
  [
    "It's demoralising. We work nights on the security desk to keep this place safe and nobody so much as says thanks.",
    "feel",
  ],
  ["We don't get a vote. Security decides and we comply.", "power"],
  [
    "The CISO's all-staff video spoke to us like naughty schoolchildren. Patronising and, frankly, insulting.",
    "comm feel power",
  ],
  ["Not my department, not my concern. Security is IT's problem.", "distance"],
  ["I'm stressed about the tender deadline, but that's nothing to do with IT.", ""],
  [
    "I clicked the fake parcel-delivery link last week and I still feel like an idiot.",
    "feel blame:self",
  ],
  ["The two-minute refresher modules are the only training I actually finish.", ""],
  [
    "Our engineers share one admin account because requesting individual ones takes a month.",
    "conflict",
  ],
  [
    "Funny how the security team exempted themselves from the USB ban. Rules for us, not for them.",
    "power",
  ],
  ["You ask a simple question and get a link to a ninety-page standard.", "comm"],
  [
    "To be fair, the new password manager is the first tool they've given us that saves time rather than wasting it.",
    "",
  ],
  [
    "The car park barrier swallowed my pass again this morning, which made me late for the nine o'clock, which meant I missed the coffee. None of that is the security team's fault, to be clear; the barrier is older than most of the graduates.",
    "",
  ],
  [
    "We've asked three times why calls with the Berlin office keep getting blocked. Still no answer, still blocked.",
    "conflict comm",
  ],
  [
    "Every time we tighten the email rules, someone in marketing forwards the lot to their Gmail.",
    "conflict blame:emp",
  ],
  [
    "When I reported a dodgy email, Marcus from security thanked me personally. Small thing, but it mattered.",
    "",
  ],
  ["I'm a bit scared of them, to be honest, so I avoid asking anything.", "feel distance"],
  ["I was a bit scared of them at first, to be honest. Not any more.", ""],
  [
    "Is it really too much to expect the people who run the firewall to know which ports our payroll system uses?",
    "blame:sec",
  ],
  ["Are the security team on the third floor or the fifth? I need to drop off a laptop.", ""],
  [
    '"Because we said so" seems to be the entire justification for the new retention policy.',
    "comm power",
  ],
  [
    "Speaking as the security manager, our team wrote the BYOD policy in a hurry during the pandemic and it shows: half of it contradicts the other half, and staff have been guessing ever since. That's our fault, not theirs, and this time we're rewriting it with people from each department.",
    "comm blame:self",
  ],
  [
    "Our head of IT sat with the nurses for a whole shift to see how the login screens work in practice.",
    "",
  ],
  [
    "I'm genuinely worried they'll think I'm incompetent if I report another mistake.",
    "feel power",
  ],
  [
    "Honestly, I'd rather ask Dave in accounts than bother the IT desk; he usually knows.",
    "distance",
  ],
  ["Users. Can't live with them, can't stop them emailing passwords in plain text.", "blame:emp"],
  ["I wouldn't say they're perfect, but I've never had a reason to complain.", ""],
  [
    "We were told on Friday afternoon that the old CAD tool would be blocked on Monday. No consultation, half our drawings still in it, and I'm livid.",
    "conflict feel power",
  ],
  [
    "Nobody enjoys changing passwords, but one long passphrase a year is a big improvement on the old rules.",
    "",
  ],
  [
    "I hate Mondays, the trains and the printer on level 3. Security doesn't even make the list.",
    "",
  ],
];

export const VOICES_EE: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EE_2,
  ...VOICES_EE_3,
  ...VOICES_EE_4,
  ...VOICES_EE_5,
  ...VOICES_EE_6,
];
