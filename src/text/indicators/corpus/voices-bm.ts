import type { RawExample } from "./types.js";
import { VOICES_BM_2 } from "./voices-bm-2.js";
import { VOICES_BM_3 } from "./voices-bm-3.js";
import { VOICES_BM_4 } from "./voices-bm-4.js";

/** Staff at nurseries, private schools, tutoring centres, driving schools, care agencies and small colleges on whoever looks after their IT and security. Written fresh for Rapport (brief BM). */
const FIRST_PART: readonly RawExample[] = [
  ["Our IT man comes in on Tuesdays and he's lovely with the children and with us.", ""],
  [
    "We're a nursery of fourteen staff and the IT is done by a firm in the next town. I have never met any of them.",
    "distance",
  ],
  [
    "The new rule is the room tablets have to be locked in the office at night. Fair enough, they've got photos of the kids on them.",
    "",
  ],
  [
    "Every time I log into the learning journal thing it wants a new password and I just end up writing it on a post-it in the drawer.",
    "conflict",
  ],
  ["He speaks to us like we're the toddlers.", "comm power"],
  [
    "I asked why we can't email parents photos anymore and got a two-page document about data controllers. I still don't know why.",
    "comm",
  ],
  [
    "Honestly they've been brilliant since we moved to the new system, quick to reply and very patient.",
    "",
  ],
  [
    "If something breaks at the driving school I just ring my brother-in-law, it's quicker than waiting for the IT company.",
    "distance",
  ],
  ["We only ever hear from the IT lot when someone's clicked on something they shouldn't.", "comm"],
  ["I'm terrified I'll be the one who sends a safeguarding report to the wrong parent.", "feel"],
  [
    "She explained the two-step login thing on a staff training morning with actual examples. Made sense for once.",
    "",
  ],
  [
    "Bit of a closed book, our IT guy. Nice enough but you never know what he's actually doing.",
    "power distance",
  ],
  [
    "The carers' phones got locked down overnight and nobody could open the rota app at 7am. Chaos.",
    "conflict comm",
  ],
  ["I feel daft asking him the same thing twice but he never makes me feel daft, to be fair.", ""],
  [
    "They decide what software we can have and we find out when it's already installed.",
    "power comm",
  ],
  ["I don't really know who does the security here, I assume someone at head office.", "distance"],
  [
    "Our bursar doubles as the IT person and to be honest she's run ragged, you can't get hold of her.",
    "conflict",
  ],
  ["It's always our fault apparently. Staff this, staff that. Never the system.", "blame:emp feel"],
  [
    "I'm rubbish with technology so I'm probably the reason half their tickets exist lol",
    "blame:self",
  ],
  [
    "The driving instructors all share one login for the booking system and the IT company keeps telling us off about it but won't set up separate ones.",
    "conflict blame:sec",
  ],
  ["They're great. Rude? Never. Slow? Sometimes, but they always get there.", ""],
  [
    "Got an email that just said 'Your device is non-compliant, action required'. Action what? Which device?",
    "comm",
  ],
  [
    "We had a phishing email go round the whole college and the IT manager sent an all-staff telling us we were 'the biggest risk to this institution'. Charming.",
    "blame:emp comm feel",
  ],
  [
    "Asked for help with the projector in the sports hall three weeks ago. Still waiting.",
    "conflict blame:sec",
  ],
  [
    "As a manager I'd say our IT provider is fine, responsive, reasonably priced, does what the contract says.",
    "",
  ],
  [
    "He's only ever in the office with the door shut, I wouldn't know what to say to him.",
    "distance",
  ],
  [
    "I wish someone would just tell us plainly what we're allowed to put on WhatsApp and what we're not.",
    "comm",
  ],
  [
    "the tablets are a nightmare, they log you out every 2 mins and you lose your obs",
    "conflict feel",
  ],
  [
    "Our IT support is a lad called Dean who's about nineteen and talks very fast. Lovely but I catch about half of it.",
    "comm",
  ],
  [
    "They check our emails, I know they do, and it makes me not want to write anything honest.",
    "power feel",
  ],
  ["The owner set all this up herself and she's quite good actually, she's patient.", ""],
  [
    "Feel like I'm being watched all the time with the new monitoring software. It's a tutoring centre, not a bank.",
    "power feel conflict",
  ],
  ["We don't bother reporting dodgy emails any more, nothing ever comes back.", "distance"],
  ["I probably should have noticed that email was fake. That one's on me.", "blame:self"],
  [
    "They talk about 'endpoints' and 'MFA' and 'conditional access' and the room just glazes over.",
    "comm",
  ],
  ["Our IT contractor is very good at explaining things without making you feel stupid.", ""],
  [
    "Nobody asked the carers whether the new app works with gloves on. It doesn't.",
    "power conflict",
  ],
  ["I find them a bit intimidating to be honest.", "feel power"],
  [
    "Passwords have to be changed every month and have to be twelve characters with a symbol. I've given up remembering them.",
    "conflict feel",
  ],
  [
    "The security person visits each term, walks round, checks screens are locked, chats to everyone. It's nice.",
    "",
  ],
  ["If I'm honest, I've stopped going to IT with problems. I ask the younger staff.", "distance"],
  ["They treat us as if we're all idiots who'll lose a laptop on the bus.", "power blame:emp feel"],
  ["He fixed the wifi in the baby room within an hour. Hero.", ""],
  [
    "Emails from IT come in at 11pm on a Sunday telling us something is changing Monday morning.",
    "comm conflict",
  ],
  ["I suppose they have a hard job with all of us using our own phones.", ""],
  [
    "I got told off in front of the whole staffroom for leaving my laptop unlocked. Mortified.",
    "feel power comm",
  ],
  ["Our IT is outsourced to a company that does about fifty schools. We're a number.", "distance"],
  ["What does the IT person actually do all day? Genuine question.", "distance blame:sec"],
  ["They're approachable and they don't use big words. Can't ask for more.", ""],
  [
    "Safeguarding files have to go in the locked folder now and honestly it's made me feel a lot better about it.",
    "",
  ],
  [
    "The lady who does our GDPR stuff is a bit of a dragon, everyone's scared of her.",
    "feel power",
  ],
  [
    "The college's IT team are never there after 4, and that's when all the evening classes start.",
    "conflict distance",
  ],
  ["I've got no idea if I'm doing it right and there's no one to ask.", "feel distance"],
  [
    "They locked USB sticks without telling anyone and I had a whole term's lesson plans on one.",
    "comm conflict feel",
  ],
  ["Tbh they're pretty chill. If you mess up they just sort it.", ""],
  [
    "Whenever something goes wrong the first question is 'what did you click?' like it's always us.",
    "blame:emp feel",
  ],
  ["They're a tiny firm and very personal, you always speak to the same person.", ""],
  [
    "The security policy was a forty-page PDF we had to sign. Nobody read it. They know nobody read it.",
    "comm distance",
  ],
  ["It's not that they're unkind, it's that they're never around.", "distance"],
  ["Our managers bow to whatever IT says. We get no say.", "power"],
  [
    "We asked for a simple shared calendar and they said it was 'a data protection risk'. That was the end of the conversation.",
    "conflict power comm",
  ],
  [
    "I love how she always asks how the kids are before she starts fiddling with the computers.",
    "",
  ],
  [
    "Our care coordinator gets really stressed every time the IT firm changes something because the rota disappears for a day.",
    "feel conflict",
  ],
  [
    "They must think we've nothing better to do than sit through hour-long e-learning about cyber.",
    "conflict power",
  ],
  ["I'm just glad someone knows what they're doing because I certainly don't.", "blame:self"],
  ["Not the most chatty bloke but he's reliable.", ""],
  [
    "My instructors complain that IT never picks up, so they just text me and I try to fix it myself.",
    "distance conflict",
  ],
  ["The parent email rules make sense when he explains them. It's just he rarely does.", "comm"],
  [
    "Useless. Absolutely useless. We pay them a fortune and the printer still doesn't work.",
    "blame:sec feel",
  ],
  [
    "I've been embarrassed more than once ringing them because I didn't know the name of the thing I was asking about.",
    "feel",
  ],
  ["There's a nice trust between us now. It wasn't always like that but it is now.", ""],
  [
    "They schedule laptop updates for after school so lessons aren't interrupted. Took them a while but they got there.",
    "",
  ],
  ["The IT bloke only talks to the head, never to the staff.", "distance power"],
  ["I don't mind the rules, it's being lectured about them that gets to me.", "comm feel"],
  [
    "We got a poster in the staffroom about phishing. That's the sum total of the training.",
    "comm distance",
  ],
  ["Me and the IT lady get on really well, she's the first person I go to.", ""],
  [
    "Apparently I'm not allowed to use my own phone to photograph children's work anymore but the setting tablet hasn't worked since September.",
    "conflict",
  ],
  [
    "They audit our laptops twice a year and it does feel a bit like being inspected.",
    "power feel",
  ],
  ["It's kind of them to put up with my questions, I ask loads.", ""],
  ["No-one has explained why the shared drive was wiped and it's been a month.", "comm feel"],
  ["They just say no. To everything. No explanation.", "conflict comm power"],
  ["I've never seen the IT person in my life. I think they're in Leeds?", "distance"],
  ["The new support desk is much better than the last lot, who were a joke.", ""],
  [
    "Whoever decided the tablets should need a six-digit PIN has never tried to do it with a toddler climbing on them.",
    "conflict",
  ],
  ["I always feel like I'm bothering him.", "feel"],
  [
    "It's hard to know what's a real problem and what I've done wrong. I usually assume I've done it wrong.",
    "blame:self",
  ],
  [
    "Our IT company sent a 'security awareness' quiz and then emailed each manager a league table of who failed. Not ok.",
    "power feel blame:emp",
  ],
  ["He's patient, plain-spoken, and doesn't make a fuss when you've done something silly.", ""],
  ["Support is by ticket only. You can't even phone.", "comm distance"],
  [
    "I don't think they understand what a care worker's day looks like at all.",
    "conflict distance",
  ],
  ["Asking them anything is easy, they're always about at lunch.", ""],
  [
    "We had a ransomware scare last year and our IT guy was there at 6am sorting it out. I'll never forget that.",
    "",
  ],
  ["I don't trust them with our data if I'm honest, they've got it wrong before.", "blame:sec"],
  ["The password manager they set up has been a life saver, genuinely.", ""],
  [
    "The IT contractor came in, changed everything, and left. Didn't say a word to any of us.",
    "comm distance power",
  ],
  ["I asked a simple question and got a reply full of initials I'd never heard of.", "comm"],
  [
    "I've made mistakes with parent emails before, I'm sure they think I'm a liability.",
    "blame:self feel",
  ],
  ["The owner's nephew does the IT. Make of that what you will.", "blame:sec"],
  ["They're friendly but there's a sense that they'd rather we didn't touch anything.", "power"],
  [
    "Once the system crashed during Ofsted week and IT didn't answer for two days. I was in tears.",
    "feel conflict blame:sec",
  ],
  [
    "We're told not to save things on the desktop and she showed us where to save them instead, which helped.",
    "",
  ],
  ["Decent people. They just have too many clients.", ""],
  ["I'd never report anything to them, I'd go to my manager first, she knows them.", "distance"],
  [
    "Feels like they make the rules for a big office, not a nursery with sand on the keyboard.",
    "conflict",
  ],
  ["he's alright", ""],
  [
    "Every training session starts with 'most breaches are caused by staff'. Thanks, I feel great now.",
    "blame:emp feel comm",
  ],
  [
    "If there's a problem with the safeguarding software I know exactly who to phone, the number's on a card by the desk.",
    "",
  ],
  ["I get the feeling they think teachers are a bit dim.", "power feel"],
  [
    "Our admin team sit with the IT person every fortnight to go through things. Works really well.",
    "",
  ],
  ["We can't install anything without asking, and asking takes a week.", "conflict power"],
  ["The messages from IT are so short they're almost rude. 'Done.' 'No.' 'Restart it.'", "comm"],
  ["I worry constantly that I'm going to cause a data breach.", "feel"],
  [
    "We used to fight with them about the laptops constantly. New manager, new approach, it's fine now.",
    "",
  ],
  ["They don't ask us, they tell us.", "power"],
  [
    "The IT company blames our old computers, we blame them, and nothing gets fixed.",
    "conflict blame:sec",
  ],
  ["He's a bit of a legend among the staff, always has time.", ""],
  ["It took one quick call to get my account unlocked. Impressive.", ""],
  ["I just don't think about IT really. It works or it doesn't.", ""],
  [
    "Our IT lead is quite strict about phones in the rooms, but the reasons are good and she explains them.",
    "",
  ],
  ["I hate that I have to ask permission to change my own desktop background.", "power feel"],
  [
    "When I started, the IT lady sat me down and went through the security basics in twenty minutes. Perfect.",
    "",
  ],
  ["They don't really do people, they do computers.", "comm distance"],
  ["I feel quite protected by them actually.", ""],
];

export const VOICES_BM: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BM_2,
  ...VOICES_BM_3,
  ...VOICES_BM_4,
];
