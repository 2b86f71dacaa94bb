import type { RawExample } from "./types.js";
import { VOICES_BJ_2 } from "./voices-bj-2.js";
import { VOICES_BJ_3 } from "./voices-bj-3.js";
import { VOICES_BJ_4 } from "./voices-bj-4.js";

/** Field engineers, meter readers, surveyors, installers, depot staff and office coordinators at small energy, water, telecom and facilities firms, on their IT/security people. Written fresh for Rapport (brief BJ). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The job app logs me out every time I drive through the valley and lose signal, then I'm sat in a lay-by retyping my password with frozen fingers.",
    "conflict feel",
  ],
  ["Tablet's been solid this year, no complaints.", ""],
  ["Never met anyone from IT. Couldn't tell you if they're two people or twenty.", "distance"],
  [
    "They fixed my badge within the hour when I was stuck outside the pumping station. Fair play.",
    "",
  ],
  ["Honestly I just reboot it and hope, there's no point ringing the depot.", "distance"],
  [
    "When I rang about the lone worker fob they spoke to me like I'd never held a phone before.",
    "comm power",
  ],
  ["probably my fault, i keep forgetting to charge the thing overnight", "blame:self"],
  ["Remote support is decent. The lad on the phone walked me through it step by step.", ""],
  [
    "Every email from them is a wall of acronyms. MFA, MDM, VPN, I just delete them.",
    "comm distance",
  ],
  ["I'm dreading the new app rollout, last time we lost two days of readings.", "feel"],
  ["They decide what goes on our tablets and we find out when it's already changed.", "power comm"],
  ["Can't say I've ever had a problem with them.", ""],
  [
    "IT only phones when I've done something wrong, like left the tablet in the van overnight.",
    "comm",
  ],
  [
    "Half the field team can't be trusted with a password, according to the IT bloke at the Christmas do.",
    "blame:emp",
  ],
  [
    "The site badges are a nightmare. Three different systems across our water sites and none of them talk to each other.",
    "conflict",
  ],
  ["They're a bit slow on tickets but they always get there.", ""],
  [
    "I felt like an idiot when the reset took them five seconds and I'd been struggling for an hour.",
    "feel",
  ],
  [
    "Security locked the USB ports so I can't download the logger data from the flow meters. We've asked three times. Nothing.",
    "conflict",
  ],
  ["The depot IT team are sound, always ask how the job's going.", ""],
  ["Who even is IT? It's a phone number on a sticker on the back of my tablet.", "distance"],
  ["They treat the field lot like kids who'll break anything you hand them.", "power blame:emp"],
  [
    "Lone worker device buzzes every 20 minutes asking if I'm OK. Handy in the tunnels, to be fair.",
    "",
  ],
  [
    "Useless. Absolutely useless. Rang four times about the GPS and they told me to restart it four times.",
    "blame:sec",
  ],
  ["The app timed out mid-survey and I lost forty photos. I could've cried.", "conflict feel"],
  ["Not perfect but they do listen when you push back.", ""],
  [
    "Got a telling-off email for connecting to the café wifi. Where else am I meant to upload in a dead zone?",
    "conflict comm",
  ],
  ["I don't bother reporting the badge glitches anymore, I just buzz the site office.", "distance"],
  [
    "I know roughly what the IT team do day to day, they put a little update on the noticeboard.",
    "",
  ],
  [
    "They're friendly enough when you catch them in person, which is about once a year.",
    "distance",
  ],
  [
    "Mobile data cap runs out by the 20th every month and then I'm writing readings on paper again.",
    "conflict",
  ],
  ["IT rang to check the new tablet case was OK. Nice touch.", ""],
  [
    "They watch everything we do on the tablets, location, apps, the lot. Feels a bit Big Brother.",
    "power feel",
  ],
  [
    "The lone worker thing triggered an alarm when I was in a basement and nobody called for forty minutes. Scary, thinking about it.",
    "feel",
  ],
  [
    "Our IT guy, Dev, actually came out to the depot and sat with us for a morning. Made a big difference.",
    "",
  ],
  [
    "Every time I ask a question I get a link to a policy document. Makes you feel like you're bothering them.",
    "comm feel",
  ],
  [
    "I'm hopeless with the tech side, I'll admit it, the lads half my age run rings round me.",
    "blame:self",
  ],
  [
    "They changed the password rules again and didn't tell anyone in the field. Found out at 6am on a job.",
    "comm conflict",
  ],
  [
    "Remote support wanted me to read out a twelve-digit code while I was up a pole, and got shirty when I asked him to repeat it.",
    "conflict comm",
  ],
  ["The IT lot are always polite, never once been short with me.", ""],
  [
    "Some of us are careless with the tablets, I'll be honest, they get left on van dashboards in August.",
    "blame:emp",
  ],
  [
    "Nobody asked us whether the new job app works for meter readers. It doesn't.",
    "power conflict",
  ],
  ["I like that they text me before they push an update now instead of just doing it.", ""],
  ["I avoid ringing them. You get the feeling you're a nuisance.", "distance feel"],
  [
    "Security is what stops me closing a job on time, basically, and they couldn't care less.",
    "conflict distance",
  ],
  ["It's only ever bad news from them. Phishing warning, breach warning, policy update.", "comm"],
  ["I have to ask permission to install a torch app. A torch app.", "power conflict"],
  ["They've been good since they hired someone who actually used to work in the field.", ""],
  [
    "The badge readers at the reservoir sites work maybe half the time and IT say it's not their department, so we've stopped asking.",
    "conflict distance",
  ],
  ["You're just a ticket number to them, and it gets to you after a while.", "distance feel"],
  ["I worry I'll get in trouble if I report that I clicked a dodgy link.", "feel power"],
  [
    "Didn't know we had a security team until I got the phishing test email, which they then marked me down on.",
    "distance power",
  ],
  ["They do a quick session at the quarterly toolbox talk, short and to the point.", ""],
  [
    "The tablet's locked down so hard I can't even change the brightness or the color settings. In full sun it's unreadable.",
    "conflict",
  ],
  ["Honestly they're stretched thin, two people covering five depots, I don't blame them.", ""],
  ["they never pick up after 4 and half our jobs run till 7", "conflict"],
  ["I get talked to like a trainee and I've been doing this twenty-two years.", "comm power"],
  ["Phone support's alright, and emails get answered the same day too.", ""],
  ["I don't really need them much, the kit just works.", ""],
  [
    "The new rugged tablets are heavy but they survive being dropped in a trench, so no complaints from me.",
    "",
  ],
  [
    "Got a three-page email about 'endpoint compliance' and I still don't know what I'm meant to do.",
    "comm",
  ],
  ["Sometimes I feel daft asking, so I just Google it on my own phone.", "feel distance"],
  [
    "They blamed me for the tablet getting a virus. I'd only used it for the job app.",
    "blame:emp conflict",
  ],
  ["They're clever people, no question, they just live in a different world from us.", "distance"],
  [
    "The lone worker app drains the battery by lunchtime so I turn it off. Probably shouldn't.",
    "conflict distance",
  ],
  ["Good lot. They sorted my data SIM on a Sunday.", ""],
  [
    "I'm always on edge when the tablet says 'contact your administrator'. Who is that? Where are they?",
    "feel distance",
  ],
  ["IT think we're all thick. You can hear it in their voice on the phone.", "blame:emp comm"],
  ["Nothing much to say, they keep the systems running.", ""],
  [
    "We had a proper row at the depot when they took the group WhatsApp off our work phones.",
    "conflict",
  ],
  ["Single sign-on came in last year, one login for everything now. Lovely.", ""],
  [
    "When they visited they actually listened and changed the timeout on the job app. Credit where it's due.",
    "",
  ],
  ["Security lad turned up unannounced to audit our van laptops like we were suspects.", "power"],
  ["I'm not techy and I think they forget that most of us aren't.", "comm"],
  [
    "The helpdesk is in another county. They've never seen the inside of one of our vans.",
    "distance",
  ],
  [
    "Their instructions assume you're sat at a desk with two screens, not standing in the rain.",
    "comm conflict",
  ],
  ["I was embarrassed when they had to remote in and saw all my messy files.", "feel"],
  [
    "They're approachable. I've got the number of the lady who does the tablets and she always answers.",
    "",
  ],
  [
    "Office coordinator here: I spend half my week translating IT emails for the field staff.",
    "comm distance",
  ],
  [
    "The app logs you out after 15 minutes of no activity. A meter read in a block of flats can take longer than that just finding the cupboard.",
    "conflict",
  ],
  ["No real contact, no real problems either.", "distance"],
  ["I think they do a good job given what they've got.", ""],
  ["If the badge doesn't work I climb the fence. Don't tell them.", "distance conflict"],
  [
    "Whenever there's an incident it's always the field staff's fault, never the systems.",
    "blame:emp conflict",
  ],
  [
    "The MDM thing they installed reports where I am every minute. I didn't sign up for that.",
    "power feel",
  ],
  [
    "Got a bollocking from IT for writing my PIN on tape on the back of the tablet. Fair enough, really.",
    "blame:self comm",
  ],
  [
    "I can't reach anyone when I'm stuck on a remote site with no data and a locked tablet.",
    "conflict",
  ],
  ["They sent a video for the training this time instead of a PDF, much easier to follow.", ""],
  ["Do they know we exist out here?", "distance"],
  ["Our IT contractor only talks to the managers. We never see or hear from him.", "distance comm"],
  ["I used to dread calling them. New team's miles better.", ""],
  [
    "It's like dealing with a bank. Forms, reference numbers, a call back in 48 hours.",
    "comm conflict",
  ],
  ["I'm sure half the problems are us pressing the wrong buttons.", "blame:self"],
  [
    "The surveying software needs admin rights to update and only IT have them, so it sits out of date for months.",
    "conflict power",
  ],
  [
    "They call it a 'lone worker solution'. I call it a pager that beeps at me in the loft.",
    "feel",
  ],
  ["Quick to respond, clear, no fuss.", ""],
  [
    "I tried to explain the signal problem and he just kept saying 'works fine on my end'.",
    "conflict comm",
  ],
  [
    "They don't trust us with anything. Not even the wifi password at the depot. It's insulting, frankly.",
    "power feel",
  ],
  [
    "There's a security poster in the canteen. That's about the extent of our relationship.",
    "distance comm",
  ],
  ["I've no issues, they've always been helpful when I've rung.", ""],
  [
    "Felt humiliated when they read out my failed phishing test in front of the whole depot.",
    "feel power",
  ],
  [
    "IT decided we'd all move to the new app on a Monday with no training. Chaos.",
    "power conflict",
  ],
  [
    "To be fair, most of the lockouts are from people typing their password wrong five times, me included.",
    "blame:emp blame:self",
  ],
  ["If they're in the building they'll always pop over for a chat.", ""],
  [
    "I don't understand half of what the remote support guy says and I'm too embarrassed to ask him to repeat it.",
    "comm feel",
  ],
  [
    "Our installers have given up logging faults. They just swap tablets between themselves.",
    "distance",
  ],
  [
    "The IT manager comes to the depot every couple of months and has a cuppa with whoever's in.",
    "",
  ],
  ["Sure, they've rules, but they explain why, which helps.", ""],
  [
    "Security team blocked the manufacturer's site we need for firmware downloads. Took two weeks to unblock and nobody would tell us why.",
    "conflict comm",
  ],
  ["Calls me 'mate' and then tells me I've breached policy. Lovely.", "comm feel"],
  [
    "Anxious every time the tablet updates overnight, in case the job app won't open in the morning.",
    "feel",
  ],
  ["They're nice people. Not always first to pick up, but they always ring back.", ""],
  ["I don't think about IT at all, to be honest. It just works.", ""],
  [
    "Went round them and bought my own mobile hotspot. Worked better than anything they gave us.",
    "distance",
  ],
  [
    "They made me feel like a criminal for plugging my phone into the tablet to charge it.",
    "feel power",
  ],
  [
    "How am I supposed to do two-factor with no phone signal at the bottom of a borehole?",
    "conflict",
  ],
  ["Not their fault, the budget's tiny.", ""],
  [
    "Every bit of contact from IT is an automated email. I don't think I've ever spoken to a human.",
    "comm distance",
  ],
  ["They're brilliant with the office lot. Us in the field, less so.", "distance"],
  [
    "Turned up at the depot with new badges, explained the new system over a brew, took questions. Textbook.",
    "",
  ],
  ["I'm the one who always loses the lone worker fob. They must be sick of me.", "blame:self"],
  [
    "IT's answer to everything is 'raise a ticket'. I've never heard one of their voices.",
    "comm distance",
  ],
  ["It feels like we work for them, not the other way round.", "power"],
  [
    "They're useless at anything outside office hours, which is when we need them.",
    "blame:sec conflict",
  ],
  ["I reckon the security rules are there for a reason even if they're a pain.", ""],
];

export const VOICES_BJ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BJ_2,
  ...VOICES_BJ_3,
  ...VOICES_BJ_4,
];
