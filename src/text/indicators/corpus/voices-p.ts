import type { RawExample } from "./types.js";
import { VOICES_P_2 } from "./voices-p-2.js";

/**
 * Employees of small and medium firms answering the open questions of an online questionnaire
 * about their security/IT staff (first part). Written fresh for Rapport (brief P).
 */
const FIRST_PART: readonly RawExample[] = [
  // Are they helpful, and why (or why not)
  ["Yes, very. Whenever my laptop plays up someone comes over within the hour and sorts it.", ""],
  ["Helpful enough, I suppose, when you can actually get hold of one of them.", "conflict"],
  [
    "Not really. You log a ticket and hear nothing for a week, by which time I've found a way round it myself.",
    "conflict distance",
  ],
  [
    "They're patient with me, which helps, because I'm hopeless with anything technical.",
    "blame:self",
  ],
  ["Mostly yes. The two of them in the back office know the systems inside out.", ""],
  [
    "Helpful, but you always come away feeling you've wasted their time with a silly question.",
    "feel",
  ],
  ["I wouldn't know. Six years here and I've never once dealt with them.", "distance"],
  [
    "They helped me get the card reader working at the front desk and didn't make me feel daft about it.",
    "",
  ],
  [
    "No. They decide what we're allowed to install and that's the end of the conversation.",
    "power",
  ],
  [
    "When the till system went down on a Saturday they picked up the phone straight away. Can't fault them.",
    "",
  ],
  ["Helpful if you speak their language. If you don't, good luck.", "comm"],
  [
    "Yes, though I'm always a bit nervous ringing them in case it turns out I caused the problem.",
    "feel",
  ],
  ["Partly. Quick with passwords, useless with anything harder than that.", "blame:sec"],
  ["They are helpful because they actually ask what we need before changing things.", ""],
  ["Honestly no, they make every simple job take three times as long.", "conflict"],
  ["Our IT contractor is friendly and explains things in plain words, so yes.", ""],
  [
    "I just ask the girl on reception instead, she knows more than they do anyway.",
    "distance blame:sec",
  ],
  ["Helpful? They're the reason half our printers don't work.", "blame:sec"],
  [
    "I'd say yes. The new lad in IT stayed late to recover a file I'd deleted by mistake, entirely my own doing.",
    "blame:self",
  ],
  ["Not helpful. It feels like they're there to catch us out rather than help us.", "power"],
  ["Can't say, we outsource all of it and I've no idea who the people are.", "distance"],
  [
    "They were kind when I flagged a dodgy email, told me I'd done exactly the right thing by asking.",
    "",
  ],
  ["The practice manager does the IT and she's always happy to help, even on her lunch break.", ""],
  ["Yes. In a law office you can't afford downtime and they know it.", ""],
  [
    "Sort of. They help, but you feel like you're pushing in ahead of something more important.",
    "feel",
  ],
  ["Not in my experience. They put up barriers and then vanish.", "conflict distance"],
  [
    "They're helpful to the partners. The rest of us wait our turn, however long it takes.",
    "power",
  ],
  ["I'm sure they'd help if I asked, I just never think to.", "distance"],
  ["Very. Our garage runs on one ancient PC and they somehow keep it alive.", ""],
  ["Helpful, once you've jumped through all the hoops of the request form.", "conflict"],
  ["Yes, although I always feel a bit of a fool explaining what I've done.", "feel"],
  ["Yes. They never make you feel guilty for asking, however basic it is.", ""],
  ["I'm not the sharpest with technology so I try not to bother them.", "blame:self distance"],
  [
    "Not very. The previous IT firm was a joke, nothing got fixed, it just got 'escalated'.",
    "blame:sec",
  ],
  ["Helpful? They couldn't find a fault if it came with a label on it.", "blame:sec"],
  ["Kind, yes. Competent, I'm less sure.", "blame:sec"],
  [
    "I'm the kind of person who forgets a password within a day, so I'm always the one ringing them.",
    "blame:self",
  ],
  // What they do here
  ["They look after the server, the backups and the antivirus.", ""],
  ["Passwords, laptops, the website, the card machines. Pretty much anything with a plug.", ""],
  ["No idea really. Something with firewalls? We never see what they do.", "distance"],
  ["Mainly they send out warnings about emails and tell us off when we click on things.", "comm"],
  ["They set up our accounts, sort the phones and run the patient records system.", ""],
  ["From what I can tell, mostly they block websites and say no to things.", "conflict power"],
  [
    "They check our emails and browsing, I think. Feels a bit like being watched all day.",
    "power feel",
  ],
  [
    "Our accountant's nephew does it part-time. He manages the network and the backups on a Sunday.",
    "",
  ],
  [
    "They keep the ordering system running and make sure the till data gets to head office securely.",
    "",
  ],
  [
    "They write the policies. Nobody here has ever read one, to be honest, it's not really our concern.",
    "distance",
  ],
  [
    "Audits. They come round twice a year, go through our desks and write up who left what lying about.",
    "power",
  ],
  ["Updates, licences, the Wi-Fi for guests and the key cards for the rooms.", ""],
  [
    "I think they deal with the security of the cloud stuff, but honestly it's a bit of a mystery to me.",
    "distance",
  ],
  [
    "They handle the firewall, the VPN for people working from home and the cameras in the warehouse.",
    "",
  ],
  ["I couldn't tell you, apart from resetting my password now and then.", "distance"],
  ["Looking after the school network, the filtering for the pupils and the staff laptops.", ""],
  [
    "They decide which software we're allowed, which sites we can visit and when we can update. Basically they run the place.",
    "power",
  ],
  ["Patching, monitoring, and the odd penetration test the insurers ask for.", ""],
  [
    "They make sure the X-ray machine and the appointment book don't get hacked, as far as I know.",
    "",
  ],
  ["Deciding what we can and can't do, mostly, without ever telling us why.", "power"],
  ["I honestly couldn't say. Something behind the scenes.", "distance"],
  [
    "They do the security side of code reviews and look after the scanning tools in our build pipeline.",
    "",
  ],
  [
    "They audit our laptops remotely. Sometimes the mouse moves on its own, which is creepy.",
    "power feel",
  ],
  ["Keeping the donor database safe, which matters a lot for a charity like ours.", ""],
  ["They send the monthly 'don't click this' newsletter that nobody opens.", "distance"],
  ["Setting up new starters, closing accounts for leavers, checking the backups ran.", ""],
  ["A small team of three, plus an outside firm for the big projects.", ""],
  ["They manage the laptops, the phones and the door entry system.", ""],
  ["They're in charge of the cyber insurance paperwork as well as the tech.", ""],
  // How they work and come across
  ["Calm, organised, friendly. They always explain what they're about to do before doing it.", ""],
  ["Very professional, if a bit reserved.", ""],
  ["They come across like traffic wardens, only there to hand out penalties.", "power"],
  ["A bit superior, to be honest. Sighs when you ask anything.", "comm power"],
  [
    "They roll changes out overnight without a word, and in the morning half the shortcuts have moved.",
    "power",
  ],
  [
    "They work remotely and we never see them in person. Everything goes through the ticket portal.",
    "comm distance",
  ],
  ["Friendly lot. Always up for a chat in the kitchen.", ""],
  ["Rushed off their feet. You can tell they haven't got time for us.", "conflict"],
  [
    "Efficient but cold. You get a ticket number and a template reply, never an actual conversation.",
    "comm",
  ],
  [
    "Down to earth. Our IT manager used to work on the shop floor, so he gets how things are for us.",
    "",
  ],
  ["They seem to make decisions in their own bubble and then just announce them.", "power"],
  [
    "Honestly they come across as a bit lost. Every fix seems to break something else.",
    "blame:sec",
  ],
  ["Approachable. I've never once felt silly asking them something.", ""],
  ["Like they're doing us a favour every time they answer the phone.", "power"],
  ["Methodical. Slow, but you know it'll be done properly.", ""],
  ["Stern. They treat a forgotten badge like a criminal offence.", "power"],
  ["They're careful and thorough, which I appreciate given the client files we hold.", ""],
  ["Always in a hurry, always on the phone, never quite finishes a sentence to you.", "conflict"],
  ["Patronising. 'Have you tried turning it off and on again?' in that tone.", "comm"],
  ["Relaxed and easy-going, nothing is ever too much trouble.", ""],
  ["Very by-the-book. If it's not in a ticket, it doesn't exist.", "comm"],
  ["They seem a bit nervous around the directors and a bit bossy with the rest of us.", "power"],
  ["Honestly like a secret service. Nobody knows what they're doing or why.", "power distance"],
  ["Competent. They don't make a fuss and problems just go away.", ""],
  ["Clueless, frankly. The last one couldn't set up a shared calendar.", "blame:sec"],
  ["Lovely in person, but their emails read like threats.", "comm"],
  ["Gruff, but fair. You get used to it.", ""],
  ["Nobody here thinks of them as the police. They're colleagues like anyone else.", ""],
  ["Nice enough people, but not very good at their job, if I'm honest.", "blame:sec"],
  [
    "The outsourced helpdesk reads from a script and gets it wrong half the time.",
    "blame:sec comm",
  ],
  ["Whatever they touch seems to stop working for a day or two.", "blame:sec"],
  // A negative experience
  ["None at all, really.", ""],
  [
    "They locked my account in the middle of payroll week because I'd got my password wrong three times. Took two days to unlock.",
    "conflict",
  ],
  [
    "I reported a phishing email and got a reply saying I should have known better. I won't bother reporting the next one.",
    "comm blame:emp distance",
  ],
  [
    "A new system was brought in over a weekend with no training. We lost a whole Monday of orders trying to work it out.",
    "conflict",
  ],
  [
    "When I asked why we couldn't use the shared drive from home I was told it was 'above my pay grade'.",
    "power comm",
  ],
  [
    "I clicked on a fake parcel link and felt like an absolute idiot. They were nice about it, but still.",
    "blame:self feel",
  ],
  [
    "The engineer wiped my laptop without asking and I lost three years of lesson plans.",
    "power blame:sec",
  ],
  ["Nothing bad. The odd wait for a fix, but that's normal anywhere.", ""],
  [
    "They sent round an email naming the people who had failed the phishing test. I was on it. Humiliating.",
    "feel blame:emp",
  ],
  [
    "Once a guy from IT shouted at me for plugging in my own USB stick. I still dodge him in the corridor.",
    "feel distance",
  ],
  [
    "They blamed the virus on our department when it turned out their own update had let it in.",
    "blame:emp blame:sec",
  ],
  ["Waited three weeks for a new keyboard. Three weeks.", "conflict"],
  [
    "My access to the stock system got removed when I changed roles and nobody told me. I found out with a customer standing there.",
    "conflict",
  ],
  [
    "They told the whole office off in a meeting because one person left a laptop in a car. Felt like being back at school.",
    "comm blame:emp",
  ],
  [
    "The two-factor thing they forced on us doesn't work in the cold store because there's no signal. Nobody asked us.",
    "conflict power",
  ],
  [
    "Their 'fix' for the slow internet was blocking YouTube, which we use for training videos. Genius.",
    "conflict blame:sec",
  ],
  [
    "I had a virus on my laptop and honestly it was my fault, I'd downloaded something I shouldn't have.",
    "blame:self",
  ],
  [
    "I asked a simple question and got a three-paragraph reply full of acronyms. I still don't know the answer.",
    "comm",
  ],
  [
    "Went to them about a suspicious call and they laughed it off. Made me feel stupid for raising it.",
    "comm feel",
  ],
  ["Can't think of one. They've been reliable.", ""],
  [
    "My screen got locked during a client call because of a forced update. Embarrassing and totally avoidable.",
    "conflict feel",
  ],
  [
    "They accused me of sharing my password. I hadn't. It took weeks to clear my name.",
    "blame:emp power",
  ],
  ["I got a formal warning for a phishing test. A warning! For a test!", "power feel"],
  [
    "Our laptops were taken away for 'security checks' and came back a week later with half the software missing.",
    "conflict blame:sec",
  ],
  [
    "I lost a morning's work because I forgot to save before the forced restart. My own silly fault.",
    "blame:self",
  ],
  [
    "I asked for a USB stick to take files to a client and it turned into a two-week saga of forms.",
    "conflict",
  ],
  [
    "The new password rules meant the whole reception team wrote theirs on a sticky note. Then we got a lecture for it.",
    "conflict comm",
  ],
  ["Someone from IT went through my desk while I was on holiday. Nobody asked.", "power"],
  [
    "Their antivirus flagged our accounting software as a threat at year end. Chaos.",
    "conflict blame:sec",
  ],
  [
    "I reported a problem twice and nobody came. In the end I fixed it myself with a video online.",
    "conflict distance",
  ],
  ["Nothing dramatic. A bit of a wait once or twice.", ""],
  [
    "I was told I'd 'caused a breach' when I'd just forwarded an email to my own address. I was shaking.",
    "blame:emp feel",
  ],
  [
    "There was a data leak and the first question was which of us had done it, not how it happened.",
    "blame:emp",
  ],
  [
    "They changed the Wi-Fi password and forgot to tell the night shift, who spent hours locked out of the scanners.",
    "conflict",
  ],
  [
    "I forwarded a confidential file to the wrong client last spring. Completely my mistake, and I still cringe.",
    "blame:self feel",
  ],
  [
    "The negative experience was entirely my doing. I plugged in a free memory stick from a trade fair.",
    "blame:self",
  ],
  ["They made a mess of the migration and we spent weeks re-entering data.", "blame:sec conflict"],
  [
    "I got caught by the fake boss email and gave away the bank details before I thought twice. Should have known.",
    "blame:self",
  ],
  [
    "Every time they 'improve' something, our stock system falls over for a day.",
    "blame:sec conflict",
  ],
  [
    "They installed a spam filter that binned our own customers' orders for a fortnight. Nobody noticed but us.",
    "blame:sec conflict",
  ],
  [
    "Our one real breach was down to them. An old server left open that nobody had checked in years.",
    "blame:sec",
  ],
  [
    "The so-called experts had left the admin password as the default. I only found out by accident.",
    "blame:sec feel",
  ],
  ["They break the email roughly once a week and then act as if we did it.", "blame:sec blame:emp"],
  [
    "When the office got that virus I was sure it was something I'd opened. I'm still not sure it wasn't.",
    "blame:self feel",
  ],
  // A positive experience
  [
    "When the ransomware scare was in the news they came round every desk and explained what to look out for. Really reassuring.",
    "",
  ],
  ["They recovered the whole client database after the server died. Saved our bacon.", ""],
  [
    "The IT woman sat with me for an hour and set up my phone so I could work from the farm office.",
    "",
  ],
  [
    "I thought I'd sent payroll details to the wrong address. They recalled it within minutes and didn't make a fuss.",
    "",
  ],
  [
    "Can't think of a positive one. Every time I've dealt with them it's been a battle.",
    "conflict",
  ],
  ["They asked our drivers how the tablets are actually used before choosing new ones.", ""],
  [
    "The training they ran was short, funny and actually relevant to what we do in the care home.",
    "",
  ],
  ["I admitted I'd clicked a link and they thanked me for owning up. No drama at all.", ""],
  [
    "When I was off sick they made sure my inbox was handled without anyone getting into my personal stuff.",
    "",
  ],
];

/** The whole of batch P: both parts together. */
export const VOICES_P: readonly RawExample[] = [...FIRST_PART, ...VOICES_P_2];
