import type { RawExample } from "./types.js";
import { VOICES_CN_2 } from "./voices-cn-2.js";
import { VOICES_CN_3 } from "./voices-cn-3.js";
import { VOICES_CN_4 } from "./voices-cn-4.js";

/** Employees of small and medium firms (retail, logistics, dental, accounting, manufacturing) on their information-security staff. Written fresh for Rapport (brief CN). */
const FIRST_PART: readonly RawExample[] = [
  [
    "I've worked here four years and I couldn't tell you what the security guy looks like.",
    "distance",
  ],
  ["Our practice manager handles access requests and it usually gets done the same day.", ""],
  [
    "Honestly I see Priya from IT most mornings at the coffee machine and she'll ask if the new VPN is behaving.",
    "",
  ],
  [
    "They only turn up at my desk when something's gone wrong, never just to say hello.",
    "comm distance",
  ],
  [
    "When I clicked that fake invoice link I rang them straight away and nobody made me feel bad about it.",
    "",
  ],
  [
    "We lock screens, we badge in, we report odd emails with the phish button. That's about it.",
    "",
  ],
  [
    "I clicked a dodgy link last spring and I still feel sick thinking about it, I just know I'm the weak spot in this office.",
    "feel blame:self",
  ],
  ["Their emails read like they're written for other IT people, I understand maybe half.", "comm"],
  [
    "The USB ban means I can't take drawings to the client site, so we just email them from personal accounts, which is worse.",
    "conflict",
  ],
  ["If I messed up I'd probably just try to fix it myself before anyone noticed.", "distance"],
  [
    "our warehouse lads will plug in anything they find in the car park, no wonder IT despairs",
    "blame:emp",
  ],
  [
    "Security here is basically one man who says no to everything and explains nothing.",
    "conflict comm blame:sec",
  ],
  [
    "They ran a phishing test and then named the people who failed in the staff meeting. I was one of them. Never again will I tell them anything.",
    "feel power distance",
  ],
  ["Quarterly training is short and actually relevant to what we do in the kitchen office.", ""],
  ["Two-factor on the till system, fine, it took a week to get used to.", ""],
  [
    "I don't get why I need to change my password every 60 days and nobody has ever told me.",
    "comm",
  ],
  [
    "Tickets go into a black hole. You log it, nothing, then three weeks later it's closed with 'resolved'.",
    "conflict comm blame:sec",
  ],
  ["They treat us like children who can't be trusted with a laptop.", "power"],
  [
    "The new MFA prompts come at the worst moment, when I'm with a patient at reception.",
    "conflict",
  ],
  ["Dave in IT is brilliant, explains things like a normal human being.", ""],
  ["I'm hopeless with computers, if there's ever a breach it'll be me, guaranteed.", "blame:self"],
  ["Not once has anyone from security come down to the shop floor.", "distance"],
  [
    "they locked my account over the weekend and no one told me why, found out monday at 7am with a lorry waiting",
    "conflict comm",
  ],
  ["It's not my job to worry about hackers, that's what we pay them for.", "distance"],
  [
    "Would I tell them if I'd sent a file to the wrong client? Yes, and I did once, and they were calm and quick about it.",
    "",
  ],
  [
    "Frankly the biggest risk in this firm is the partners who share passwords on sticky notes.",
    "blame:emp",
  ],
  ["Bit of jargon now and then, but if you ask they'll happily explain it again.", ""],
  [
    "Security decided we can't use WhatsApp with suppliers, no discussion, just an email on a Friday afternoon.",
    "power comm",
  ],
  [
    "I get anxious every time the 'suspicious login' banner pops up, I assume I've broken something.",
    "feel blame:self",
  ],
  [
    "We have a monthly fifteen-minute security catch-up in the canteen, and people actually turn up.",
    "",
  ],
  ["They're friendly enough but I honestly have no idea what they do all day.", "distance"],
  [
    "The web filter blocks half the supplier sites I need. I've given up asking them to unblock anything.",
    "conflict distance",
  ],
  ["I'd rather ask my nephew than ring IT, he doesn't make me feel thick.", "feel power distance"],
  ["Whenever they explain something they sigh first.", "comm power"],
  ["They do trust us, I think. Nobody checks our browsing and they said so openly.", ""],
  [
    "Owning up to a mistake here isn't a big deal. They care about fixing it, not about who did it.",
    "",
  ],
  [
    "Half the office reuses the same password for everything, me included, so I can't blame IT for nagging.",
    "blame:emp blame:self",
  ],
  [
    "The security team is in another city and we only ever see them on a Teams call when there's an incident.",
    "distance comm",
  ],
  ["Their policy document is forty pages of acronyms.", "comm"],
  [
    "I feel watched, to be honest. The screen monitoring software went in without anyone asking us.",
    "feel power",
  ],
  [
    "They fixed my hacked email within an hour and then sat with me to show me what happened. Really appreciated it.",
    "",
  ],
  [
    "Our IT contractor is useless, takes days to do anything and then it's wrong.",
    "blame:sec conflict",
  ],
  ["I'm always the one who forgets to lock my screen, I know it's on me.", "blame:self"],
  [
    "people here just click 'allow' on everything without reading, then moan when IT tightens it up",
    "blame:emp",
  ],
  ["Security is a box-ticking exercise, it's there for the insurance, not for us.", "blame:sec"],
  [
    "Meeting them face to face for the first time at the Christmas do changed a lot, I'd happily email them now.",
    "",
  ],
  [
    "I sent the payroll file to the wrong Sarah and was too embarrassed to tell anyone for two days.",
    "feel distance blame:self",
  ],
  ["Don't really think about them. They're there, we're here.", "distance"],
  [
    "The password rules are so strict everybody writes theirs on the back of the keyboard.",
    "conflict",
  ],
  ["You can't just pop in, you have to raise a ticket to even talk to a person.", "conflict comm"],
  ["Honestly they're more patient with me than my own manager is.", ""],
  ["They make decisions about our systems and we find out when stuff stops working.", "power comm"],
  ["I worry that if I report a mistake it goes in some file on me.", "feel power"],
  [
    "The drivers share one tablet login, always have, IT keeps telling us off, and they're probably right.",
    "blame:emp",
  ],
  ["IT speak. Endpoint this, MFA that. Just tell me which button.", "comm feel"],
  ["They set up my home laptop properly when I started working remotely, no complaints.", ""],
  [
    "It takes so long to get new software approved that the project's over before it's allowed.",
    "conflict blame:sec",
  ],
  ["I'm not scared of them at all, they're just colleagues who know more about computers.", ""],
  ["We've got a 'no blame' line for reporting phishing and I've used it three times.", ""],
  [
    "I'd never go to them with a mistake. You'd end up as the example in next month's training.",
    "distance feel",
  ],
  [
    "When the new rules came in there was a short session first, and they took questions till we ran out.",
    "",
  ],
  ["Security's maybe a bit slow sometimes but they always come through in the end.", ""],
  [
    "The lab techs ignore the warnings because they've seen a thousand of them.",
    "blame:emp distance",
  ],
  ["Passwords go in the manager app, two-step on email, encrypted laptops. Standard stuff.", ""],
  ["I didn't report the weird pop-up, I just restarted and got on with it.", "distance"],
  [
    "The IT lady is lovely but I always feel a bit stupid around her, that's my fault not hers.",
    "feel blame:self",
  ],
  [
    "Went to them about a weird text claiming to be the bank. Took two minutes and they thanked me.",
    "",
  ],
  ["We get a monthly newsletter from security. I delete it without reading.", "distance"],
  [
    "Honestly, they've never once been condescending, even when I've asked the same thing three times.",
    "",
  ],
  ["Every time I need admin rights I have to justify myself like I'm in court.", "power conflict"],
  [
    "The security bloke turned up unannounced and went through our desks looking for passwords, felt like a raid.",
    "power feel",
  ],
  ["Our office manager says staff are 'the biggest hole in the fence'. Nice.", "blame:emp feel"],
  ["There's no one to ask on the night shift, you just muddle through on your own.", "distance"],
  [
    "They actually asked us what was slowing us down before rolling out the new login. First time anyone's asked.",
    "",
  ],
  ["Bit of a them-and-us thing going on. They sit upstairs, we're on the floor.", "distance"],
  ["i know i should update my phone but i never do, it's me not them", "blame:self"],
  [
    "I was frustrated at first with the encrypted email but it's fine now, takes two extra seconds.",
    "",
  ],
  [
    "the vpn drops every twenty minutes and they say it's my wifi. it's not my wifi.",
    "conflict blame:sec",
  ],
  [
    "No, I wouldn't say they're watching us. They've explained what they log and why, and it's not much.",
    "",
  ],
  [
    "Security rules were made by someone who's never worked a till on a Saturday.",
    "conflict blame:sec",
  ],
  ["I don't bother telling them about spam anymore, nothing ever happens.", "distance blame:sec"],
  ["When they walk us through breaches at other firms it's useful, makes me think twice.", ""],
  [
    "The security lead does a walk round every Thursday, says hi, asks if anything's bugging us.",
    "",
  ],
  [
    "Our receptionist forwards anything that says 'urgent', bless her, that's how we got the ransomware.",
    "blame:emp",
  ],
  [
    "The person who does security also does the printers, the phones and the website. He's never free.",
    "conflict",
  ],
  [
    "I've no idea who to contact if something looks off. Is there even a security person?",
    "distance",
  ],
  [
    "They were kind when I admitted I'd left my laptop on the train. Sorted within the hour, remote wipe and all.",
    "",
  ],
  [
    "It's embarrassing ringing them because they always ask 'have you restarted it' in that tone.",
    "feel comm power",
  ],
  [
    "We're a dental practice of nine people, the 'security team' is an outside company we've never met.",
    "distance",
  ],
  ["Every new rule arrives as an all-staff email in capitals.", "comm"],
  [
    "I'm the one who got us locked out of the booking system. Twice. I'm a liability, honestly.",
    "blame:self feel",
  ],
  ["Management trusts IT, IT doesn't trust us, and we're stuck at the bottom.", "power"],
  ["I get on with them. We have a laugh.", ""],
  [
    "They made us do a course that had nothing to do with our work, generic American videos.",
    "blame:sec",
  ],
  [
    "Argument every single time about shared mailboxes. They want it one way, clients need it another.",
    "conflict",
  ],
  [
    "Would I admit I clicked it? Probably not. They'd lock my account and I'd lose a day's work.",
    "distance conflict",
  ],
  [
    "our team leader keeps saying 'you lot are the risk', makes you feel like a criminal",
    "blame:emp feel power",
  ],
  ["Good people, just stretched thin. Two of them for 180 staff.", ""],
  ["They lecture, they don't listen.", "comm power"],
  ["Security stuff? I leave that to the young ones.", "distance"],
  ["The training was genuinely good, the guy used examples from our own industry.", ""],
  [
    "They write policies nobody reads and then blame us when we don't follow them.",
    "blame:sec comm",
  ],
  [
    "I asked why we need a separate login for the CAD server and the answer was 'policy'. That's it.",
    "comm power",
  ],
  ["Whenever I lose a file I assume it's my fault and don't even ask.", "blame:self distance"],
  ["Used to dread calling IT, the old guy was awful. New team is night and day.", ""],
  [
    "I can't send big files to the printers so I use my own Dropbox. Don't tell them.",
    "conflict distance",
  ],
  ["It was a bit us-and-them a few years back. Not now, they sit with us in the open plan.", ""],
  ["the security girl is sound, she even came to the warehouse at 5am to sort the scanners", ""],
  [
    "We're an accounts firm and I'd say most of us are careless with attachments. Me too.",
    "blame:emp blame:self",
  ],
  ["They're invisible until they're angry.", "distance comm"],
  [
    "Their answer is always 'no' first and 'maybe' after a fortnight of emails.",
    "conflict blame:sec",
  ],
  [
    "Having Tom sit in on our weekly stand-up has made a massive difference, we ask him stuff as it comes up.",
    "",
  ],
  ["Not really bothered about security, we make furniture, who'd hack us?", "distance"],
  ["Every laptop in the site office has the password on a sticker. Ask anyone.", "blame:emp"],
  [
    "Security won't let us install the plugin the client insists on, so we either lose the job or break the rules.",
    "conflict",
  ],
  [
    "The guy from the managed service company is polite and answers within the hour, can't fault him.",
    "",
  ],
  ["I lie awake sometimes wondering if I've let a virus in.", "feel blame:self"],
  ["They're nice when you see them, problem is you never see them.", "distance"],
  ["I'm expected to know what 'SSO token expired' means?", "comm feel"],
  [
    "we get told off in the group chat if we leave a door badge on the desk. publicly.",
    "power comm feel",
  ],
  [
    "If people here just stopped opening zip files from strangers, half our problems would vanish.",
    "blame:emp",
  ],
  [
    "I reported a scam text and got a thank-you from the security lead in person. Small thing but nice.",
    "",
  ],
  [
    "The helpdesk is abroad and the line is awful, I can never work out what they want me to do.",
    "comm conflict",
  ],
  ["I don't really understand what they protect us from, but I'm sure it's important.", ""],
  ["They never explain the why, so people find ways around it.", "comm conflict"],
];

/** All four parts of brief CN. */
export const VOICES_CN: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CN_2,
  ...VOICES_CN_3,
  ...VOICES_CN_4,
];
