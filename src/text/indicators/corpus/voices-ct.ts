import type { RawExample } from "./types.js";
import { VOICES_CT_2 } from "./voices-ct-2.js";
import { VOICES_CT_3 } from "./voices-ct-3.js";
import { VOICES_CT_4 } from "./voices-ct-4.js";

/** Apprentices, graduates, new starters and long-serving staff near retirement in small firms. Written fresh for Rapport (brief CT). */
const FIRST_PART: readonly RawExample[] = [
  [
    "First week as an apprentice and the IT guy sat with me for an hour setting everything up. Couldn't have been nicer.",
    "",
  ],
  [
    "I've been here 31 years and I still don't know the name of whoever runs our IT now, it's some company in Leeds.",
    "distance",
  ],
  ["honestly scared to ask them anything in case they think the new girl is thick", "feel power"],
  [
    "Back in the day Dave did the computers and you just shouted across the office. Now it's a ticket number and a three day wait.",
    "conflict distance",
  ],
  [
    "The password rules change every year and nobody explains why, we just get an email saying comply by Friday.",
    "comm",
  ],
  [
    "I clicked a dodgy link in my second week and I still feel sick thinking about it.",
    "feel blame:self",
  ],
  ["The young ones will click on anything that says free, that's the real risk here.", "blame:emp"],
  ["Induction included a proper security session, short and actually useful.", ""],
  [
    "They talk to me like I'm a child because I'm sixty-two and don't use the cloud thing.",
    "comm power",
  ],
  [
    "Our IT contractor is brilliant, explains it in plain English and never makes you feel daft.",
    "",
  ],
  [
    "MFA on everything now, locked out twice a week, can't do my job and it drives me up the wall",
    "conflict feel",
  ],
  ["I don't bother reporting the weird emails anymore, nobody ever replies.", "distance"],
  [
    "Asked for admin rights to install the CAD software for my course and got a flat no, no reason given.",
    "conflict power comm",
  ],
  ["I'm probably the worst for forgetting my password, poor IT must be sick of me.", "blame:self"],
  [
    "Security training is a video you click through while doing something else, nobody actually watches it.",
    "distance",
  ],
  [
    "The IT manager is completely useless, he's been here longer than me and still can't fix the printer.",
    "blame:sec",
  ],
  [
    "Graduate here. Everyone says ask if unsure, and when I actually did they were really patient.",
    "",
  ],
  ["It's all acronyms. SSO, VPN, EDR. I nod along and then google it in the toilets.", "comm feel"],
  [
    "We used to have a laugh with the IT lads. Now they're outsourced and it's just a portal.",
    "distance",
  ],
  ["Don't know who to ask. Genuinely. Nobody told me on my first day.", "distance"],
  ["They treat us like criminals, every USB stick logged and checked.", "power"],
  ["I think they're right to be strict, we hold customer bank details.", ""],
  ["The only time I hear from IT is when my laptop's flagged for an update I've ignored.", "comm"],
  ["I'm forty years in, I've seen them come and go, and this lot are the best we've had.", ""],
  [
    "Apprentices get the oldest laptops and the least access, and we're always last in the queue for help.",
    "power",
  ],
  [
    "Half the staff here couldn't spot a phishing email if it had PHISHING in the subject line.",
    "blame:emp",
  ],
  [
    "Felt really stupid asking how to connect to the VPN but he just showed me, no fuss at all.",
    "",
  ],
  ["They lock things down without asking anyone who actually does the work.", "power conflict"],
  ["Honestly I'd rather fix it myself off YouTube than wait for them.", "distance"],
  [
    "I retire in March and I'm not learning another new system, they can forget it.",
    "distance conflict",
  ],
  ["It's me, I'm the weak link. I write my passwords on a post-it.", "blame:self"],
  [
    "The phishing test 'caught' me and I got put on remedial training in front of the whole team. Mortifying.",
    "feel power",
  ],
  [
    "Our security person is approachable, sits in the kitchen at lunch and chats with everyone.",
    "",
  ],
  ["nobody from IT has ever introduced themselves to me in 8 months", "distance"],
  ["Emails from IT are just walls of text in capitals. I delete them.", "comm distance"],
  ["They're a bunch of box tickers, none of it actually makes us any safer.", "blame:sec"],
  ["The policy document is 40 pages. I signed it. Didn't read it. Nobody does.", "distance"],
  [
    "When I started in 1987 there was one computer and it was locked in the boss's office. Simpler times.",
    "",
  ],
  [
    "Asked a question on the IT Teams channel and got a link to a help article and a thumbs up. Thanks I guess.",
    "comm",
  ],
  [
    "I get nervous whenever my screen does something odd because I assume it's my fault.",
    "feel blame:self",
  ],
  ["Training was actually fun this year, the quiz with prizes got people talking.", ""],
  [
    "The older staff just ignore the rules and IT let them get away with it because they can't be bothered to argue.",
    "blame:emp blame:sec",
  ],
  [
    "They make you feel like you're wasting their time even when it's their system that broke.",
    "feel power",
  ],
  ["I don't think it's their fault, they're one person for 80 of us.", ""],
  [
    "Can't open attachments from our own suppliers because of the filter, so people just forward stuff to their gmail.",
    "conflict",
  ],
  ["Every time I ask for help I'm told 'it's working on my end'.", "conflict"],
  [
    "As an apprentice I don't really get a say, IT decides what I can use and that's that.",
    "power",
  ],
  [
    "The IT lead took time to explain why we can't use personal phones for work email. Made sense once he said it.",
    "",
  ],
  ["i always break something, it's like a talent", "blame:self"],
  ["They only show up for the annual audit then vanish again.", "distance comm"],
  [
    "I'm embarrassed how little I know about computers compared to the graduates.",
    "feel blame:self",
  ],
  ["Users are honestly the biggest problem, not the hackers.", "blame:emp"],
  ["No complaints. Quick, friendly, fixes stuff.", ""],
  [
    "The rules feel like they were written for a bank, not a garden centre with twelve staff.",
    "conflict",
  ],
  [
    "When something goes wrong they decide who's to blame first and fix it second.",
    "power blame:sec",
  ],
  ["I'd never own up to a mistake, not after what happened to Jen.", "feel distance"],
  ["They sent an email at 4pm saying all old laptops get wiped at 5. That was it.", "comm power"],
  ["Training's fine. Bit long. Does the job.", ""],
  [
    "I used to be frightened of the IT department but Sarah changed all that when she took over.",
    "",
  ],
  ["The sec team thinks everyone outside their little bubble is an idiot.", "power"],
  ["Honestly why bother asking, they'll just say no", "distance"],
  ["graduates come in thinking they know it all and install whatever they like", "blame:emp"],
  [
    "Forty years I've done payroll and now some lad half my age tells me I'm a security risk because I printed a payslip.",
    "power conflict",
  ],
  [
    "The helpdesk is offshore and reads from a script, they don't understand what we actually do here.",
    "comm conflict",
  ],
  ["They've been brilliant about my eyesight, bigger screens and everything, no fuss.", ""],
  [
    "I panicked and switched the computer off when the ransom warning popped up and now I'm worried I made it worse.",
    "feel blame:self",
  ],
  ["IT is a black box. Stuff happens, we're not told why.", "power comm"],
  ["I kind of dread the monthly security email. It's always a telling-off.", "feel comm"],
  ["Three weeks to get a login in my first job. Sat reading the handbook for days.", "conflict"],
  ["The MD overrides IT whenever it suits him so the rules mean nothing.", "conflict"],
  ["Nothing to report really, it all just works.", ""],
  ["I wouldn't say I'm close to them but they're always polite and they get back to you.", ""],
  ["The security lady's lovely but she speaks a different language.", "comm"],
  ["Nobody told us about the new VPN, it just stopped working on Monday.", "comm conflict"],
  ["I mostly ask the other apprentices instead, easier than bothering IT.", "distance"],
  ["The boss makes us do the training but never does it himself.", "power"],
  ["They're not condescending at all, I've always felt comfortable asking.", ""],
  [
    "I've been told off twice for leaving my screen unlocked, fair enough, I'm rubbish at remembering.",
    "blame:self",
  ],
  ["It's like walking on eggshells with them, one wrong word and you're written up.", "feel power"],
  [
    "Some of the old hands here still share one password for the whole accounts team. Madness.",
    "blame:emp",
  ],
  ["Useless. Took my laptop for a week and gave it back with the same fault.", "blame:sec"],
  ["Got a shout-out for reporting a phishing email in my first month, felt quite proud.", ""],
  ["They don't see what the rules do to our day. Two logins just to check stock.", "conflict"],
  ["If I'm stuck I just work around it. Asking takes longer than the task.", "distance conflict"],
  ["the cyber training made me more anxious not less, now im scared of every email", "feel"],
  ["Mate in IT explained it properly over a coffee, way better than the course.", ""],
  ["I'm honestly a bit intimidated by the head of IT. He never smiles.", "feel power"],
  ["They answer quicker than they used to, now there's a proper phone line.", ""],
  ["We don't see IT. They're a name on an email signature.", "distance"],
  [
    "I don't understand half of what they write in the change notices and I'm too embarrassed to ask.",
    "comm feel",
  ],
  [
    "Staff just don't read anything, you could send them the answer and they'd still ring.",
    "blame:emp",
  ],
  ["Three different people told me three different rules about saving files.", "comm conflict"],
  ["My fault entirely, I reused my personal password and it got leaked.", "blame:self"],
  [
    "The new starter pack had the IT contact, the rules and a little checklist. Really helpful.",
    "",
  ],
  ["They block every website I need for research then ask why I'm slow.", "conflict blame:sec"],
  ["I've stopped asking because I always feel like a nuisance.", "distance feel"],
  [
    "I remember when IT would come round with biscuits and check on everyone. Those days are long gone.",
    "distance",
  ],
  ["We get on. They do their thing, I do mine, and when I need them they're there.", ""],
  ["I hate the feeling of being watched, every keystroke logged.", "feel power"],
  ["Nobody explained what 'quarantined' meant, I thought I'd been sacked.", "comm feel"],
  [
    "IT only seem to care about their own targets, not whether we can get our jobs done.",
    "conflict blame:sec",
  ],
  [
    "I'm the oldest in the office and I definitely slow everyone down with my tech questions.",
    "blame:self",
  ],
  ["They respond to tickets well within a day. I've no complaints.", ""],
  ["The rules are fine, people here just don't follow them.", "blame:emp"],
  ["Being an apprentice you get treated like the office gofer by everyone, IT included.", "power"],
  [
    "The cyber bloke gave a talk and said 'human firewall' about twelve times. Nobody knew what he meant.",
    "comm",
  ],
  ["i cried after the phishing test email. thought i'd lost the company money", "feel blame:self"],
  ["They're slow, rude and never where you need them.", "blame:sec comm"],
  ["Our IT chap retired last year and the new firm doesn't get any of our quirks.", "conflict"],
  ["I asked for help once and he sighed so loud the whole office heard.", "comm feel"],
  ["Genuinely feel safe here, the security setup is well thought through.", ""],
  ["It took them a fortnight to reply, by which point I'd fixed it myself.", "distance"],
  ["I don't do the online training, I get my grandson to click through it.", "distance"],
  ["Security is everyone's job, and the way they put it across makes sense to me.", ""],
  ["They don't trust us with anything, not even changing our own desktop background.", "power"],
  ["Worried I'll get in trouble for something I don't even know I've done.", "feel"],
  [
    "The grads on my floor leave their laptops open in the café downstairs. Drives me mad.",
    "blame:emp feel",
  ],
  ["Pointless system, pointless people running it.", "blame:sec"],
  [
    "The manager checks our browser history and brings it up in one-to-ones. Feels creepy.",
    "power feel",
  ],
  ["Onboarding was quick, everything worked on day one.", ""],
  ["They keep saying 'just raise it with us' but when you do, silence.", "distance"],
  ["I used to be the one who broke everything, but the patient help I got turned me round.", ""],
  ["There's no IT person on site, just a number to ring, and it goes to voicemail.", "distance"],
];

export const VOICES_CT: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CT_2,
  ...VOICES_CT_3,
  ...VOICES_CT_4,
];
