import type { RawExample } from "./types.js";
import { VOICES_CA_2 } from "./voices-ca-2.js";
import { VOICES_CA_3 } from "./voices-ca-3.js";
import { VOICES_CA_4 } from "./voices-ca-4.js";
import { VOICES_CA_5 } from "./voices-ca-5.js";

/** Teachers, TAs, office staff, bursars and caretakers in schools and academy trusts, on the trust's central IT, the contracted tech and data-protection rules. Written fresh for Rapport (brief CA). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our tech at the trust, Priya, is brilliant — she came in on an inset day to sort the interactive boards.",
    "",
  ],
  [
    "Central IT blocked YouTube again mid-lesson and I looked an idiot in front of 30 Year 8s staring at a grey box.",
    "conflict feel",
  ],
  [
    "You log a ticket with the trust and it just vanishes. No reply, no nothing.",
    "distance blame:sec",
  ],
  [
    "honestly i just ask Mr Okafor in science, he knows about computers and the trust never picks up",
    "distance",
  ],
  [
    "The GDPR training was a slideshow read out by someone from head office who clearly didn't want to be there.",
    "comm",
  ],
  [
    "I'm terrified of sending a parent's email to the wrong family again. I did it once and ended up in a data breach meeting.",
    "feel blame:self",
  ],
  ["Tickets are answered within a day usually. Fine.", ""],
  [
    "They changed the password rules over half term and told nobody. Came back Monday and half the staff were locked out.",
    "comm conflict",
  ],
  [
    "The trust decides which laptops we get, which apps we're allowed, which sites we see. We're never asked.",
    "power",
  ],
  [
    "I always manage to break the register system, it's embarrassing, I'm sure the techs dread my name popping up.",
    "blame:self feel",
  ],
  [
    "Teachers will click on literally anything with 'urgent' in the subject line, it's exhausting cleaning up after them.",
    "blame:emp feel",
  ],
  ["The central IT lot are useless. Three weeks for a projector bulb.", "blame:sec"],
  [
    "Our network manager pops into every department meeting once a term to see what we need. Really appreciated.",
    "",
  ],
  [
    "Got an email saying my account showed 'anomalous sign-in activity, remediate via MFA re-enrolment'. Panicked. Probably my fault for ignoring the last three.",
    "comm feel blame:self",
  ],
  [
    "We used to wait weeks for anything, but since the trust put a tech on site two days a week it's been so much better.",
    "",
  ],
  [
    "I don't bother reporting the slow PCs any more, nothing happens, they're hopeless.",
    "distance blame:sec",
  ],
  [
    "The business manager has to get sign-off from the trust for a £12 app. Feels like we're children.",
    "power feel",
  ],
  [
    "Whenever I ask for admin rights to install something for the SEN kids I get a lecture on security.",
    "conflict comm",
  ],
  [
    "Caretaker here. Nobody from IT ever speaks to me, I just find new boxes on the wall.",
    "distance",
  ],
  ["the trust it people are lovely tbh, slow but lovely", ""],
  [
    "I shared the SEND list on a personal Google Drive because the school system wouldn't let me share with the speech therapist. I know, I know.",
    "conflict blame:self",
  ],
  ["They treat us like we're all one click away from a ransomware attack.", "power"],
  [
    "Our data protection officer is shared across twelve schools but she always answers within a day.",
    "",
  ],
  [
    "I'm rubbish with the MIS so I just write everything on paper and let the office put it in.",
    "blame:self distance",
  ],
  [
    "Head office sent a policy update that was eleven pages of legal language and 'please confirm you have read'.",
    "comm",
  ],
  [
    "When the Wi-Fi died during Ofsted, the trust's engineer was on site in forty minutes. Can't fault them.",
    "",
  ],
  [
    "Why does it need three logins and a code on my phone just to take the register? Lesson's started by the time I'm in.",
    "conflict",
  ],
  [
    "Phishing test emails go out and then the names of who clicked get sent to the head. That's just humiliating.",
    "power feel",
  ],
  [
    "Staff here are the weakest link, full stop. Passwords on Post-its on the monitor.",
    "blame:emp",
  ],
  [
    "I asked the tech if he could explain the backup thing in plain English and he did, no fuss.",
    "",
  ],
  [
    "The trust's IT director has never set foot in our school, decisions come down from on high.",
    "power distance",
  ],
  [
    "i feel so stupid ringing the helpdesk, they sigh before i've finished the sentence",
    "feel power",
  ],
  ["Honestly our IT person is the best thing about this job.", ""],
  [
    "We got told off for using WhatsApp for the parents' group, but nobody's offered an alternative that actually works.",
    "conflict blame:sec",
  ],
  ["If something breaks I google it first. Asking the trust is a last resort.", "distance"],
  [
    "IT sends an all-staff email only when there's been an incident, and then it reads like a telling-off.",
    "comm",
  ],
  [
    "Every September they reimage the laptops, and this year they emailed a checklist first so nobody lost their bookmarks. Progress!",
    "",
  ],
  ["Security is important, I get it, and they're patient when I forget my MFA phone.", ""],
  ["The network manager talks to me like I'm a child because I teach reception.", "power"],
  ["They don't get that a teacher can't wait 48 hours for a fix, the lesson is now.", "conflict"],
  [
    "I keep locking myself out, it's me not them, I can never remember which password goes where.",
    "blame:self",
  ],
  ["Whoever set up the printers at the trust should be banned from computers.", "blame:sec"],
  [
    "I'm the one who 'knows about computers' so I get every question in the staffroom, and then IT tell me off for fiddling.",
    "conflict",
  ],
  [
    "Tech visits are scheduled, we know when they're coming, and there's a list by the office to add jobs to.",
    "",
  ],
  [
    "People here do read the data protection emails, mostly because they're short and to the point.",
    "",
  ],
  [
    "When I reported a dodgy email the trust replied 'noted' and that was it. Why bother next time?",
    "comm distance",
  ],
  [
    "Our TA plugged in a USB from home and brought the whole suite down. Some people shouldn't be allowed near a computer.",
    "blame:emp",
  ],
  [
    "I worry every time I take marking home on the laptop that I'm breaking some rule I've never been told about.",
    "feel comm",
  ],
  ["They're fine, honestly.", ""],
  [
    "IT blocked the site for our Holocaust unit because of a keyword filter and took a week to unblock it. I was livid.",
    "conflict feel blame:sec",
  ],
  ["No one at central ever explains why, it's just 'policy'.", "comm"],
  [
    "I just avoid the shared drive now, I keep my resources on a stick. Probably not allowed. I'm a terrible example.",
    "distance blame:self",
  ],
  ["Nice that the new tech actually says hello in the corridor, the last one never did.", ""],
  [
    "Every time the central team 'upgrades' something we lose a week of functionality.",
    "blame:sec",
  ],
  [
    "I'm a bit embarrassed that I still need help connecting to the projector after six years.",
    "blame:self feel",
  ],
  [
    "Bursar here. The trust makes me justify every licence renewal in writing as if I'm trying to steal something.",
    "power",
  ],
  ["Support staff don't get training on any of it, so of course we make mistakes.", "blame:sec"],
  [
    "They're not in the building, they're not on the phone, they're an email address.",
    "distance comm",
  ],
  [
    "The trust, the filter company and the LA all do different bits, but there's one number to ring and they route it. Works.",
    "",
  ],
  ["I got a call from IT to say well done for reporting the phishing email. Made my week!", ""],
  [
    "They said my old laptop was 'not compliant with the estate baseline'. Whatever that means, I just want it to turn on.",
    "comm feel",
  ],
  ["it's always the teachers fault according to IT", "conflict"],
  ["The kids know more than I do about the laptops, which is not saying much.", "blame:self"],
  [
    "Our tech comes round with biscuits on his first visit of the year and goes room to room. Lovely man.",
    "",
  ],
  [
    "I had to get the headteacher to email the trust before anyone would look at my ticket.",
    "power",
  ],
  [
    "Honestly scared of the new data protection audit. If they find the old spreadsheets on my desktop I'm done.",
    "feel",
  ],
  [
    "Central IT couldn't organise a login for a supply teacher if their lives depended on it.",
    "blame:sec",
  ],
  ["Don't ask Gary from the trust anything before 10, he'll bite your head off.", "comm feel"],
  [
    "Every new thing we're given comes with no training and a helpdesk number that goes to voicemail.",
    "comm distance",
  ],
  ["A bit slow to reply sometimes but they always get there.", ""],
  [
    "We aren't allowed to plug our own phones in to charge in case of 'data exfiltration'. It's a phone charger.",
    "conflict",
  ],
  [
    "I'm the SBM and I'm basically the IT department between visits because no one else will touch it.",
    "distance",
  ],
  [
    "Staff kept forwarding school email to personal accounts so now it's blocked, and honestly fair enough.",
    "blame:emp",
  ],
  [
    "They made us do the cyber training in our own time and then chased us like naughty pupils when we hadn't.",
    "power",
  ],
  [
    "Nobody thanks the IT lad, but he's there at 7am every day fixing our mess. Mine mostly.",
    "blame:emp blame:self",
  ],
  ["I don't understand half of what the DPO says and I've stopped pretending I do.", "comm"],
  [
    "The trust IT team did a drop-in session in the library, I learned more in an hour than in three years.",
    "",
  ],
  [
    "If you question anything they say 'it's a safeguarding requirement' and the conversation's over.",
    "power comm",
  ],
  ["New starter here, nobody told me who does IT. Still don't know.", "comm distance"],
  ["I just feel like a nuisance every time I log a job.", "feel power"],
  [
    "IT said we can't use Canva with student data, explained why, and found us a version that's allowed. Fair.",
    "",
  ],
  [
    "Half the time the laptop's not broken, I've just plugged the wrong cable in. I'm convinced it's them and it's me.",
    "blame:self",
  ],
  [
    "the new MFA thing was explained well and the tech sat with anyone who needed help. good job.",
    "",
  ],
  [
    "Our IT support is contracted, they come once a fortnight, and in between there's a phone line that actually gets answered.",
    "",
  ],
  ["I was named in a staff briefing for a phishing click. Never felt so small.", "power feel"],
  [
    "The trust's helpdesk portal makes you pick from 40 categories before you can say what's wrong. Whoever designed it has never met a teacher.",
    "conflict blame:sec",
  ],
  ["Teachers are the worst for passwords, they reuse the same one for everything.", "blame:emp"],
  ["I honestly think the trust IT team are brilliant and under-resourced.", ""],
  [
    "They lock the laptops down so hard I can't even change the screen brightness. Am I not trusted with brightness?",
    "power",
  ],
  [
    "I'm scared to turn the server cupboard thing off and on again in case I take the whole school offline. Knowing me, I would.",
    "feel blame:self",
  ],
  [
    "When I asked why we can't use personal phones for photos of work, the DPO actually explained it properly. Made sense.",
    "",
  ],
  [
    "They roll changes out over the summer and send a short 'what's new' note before we're back. Helpful.",
    "",
  ],
  ["I'd rather stay late and fix it myself than wait for central.", "distance"],
  [
    "Some of my colleagues treat the school laptop like a family PC — kids' games, Netflix, the lot. No wonder they break.",
    "blame:emp",
  ],
  ["It's the head who decides, not IT, and I'm fine with that. They explain things.", ""],
  [
    "Sorry, I know I'm the one who always forgets to lock my screen. Got told off again.",
    "blame:self",
  ],
  ["There's a real us-and-them thing between the trust office and the schools.", "distance"],
  ["I don't even know what our IT provider looks like. Faceless.", "distance"],
  [
    "Their emails are all capitals and exclamation marks. 'DO NOT OPEN ATTACHMENTS!!!' Feels like being shouted at.",
    "comm feel",
  ],
  [
    "I asked for help with a spreadsheet and got told it's 'not an IT issue'. Then whose issue is it?",
    "conflict distance",
  ],
];

export const VOICES_CA: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CA_2,
  ...VOICES_CA_3,
  ...VOICES_CA_4,
  ...VOICES_CA_5,
];
