import type { RawExample } from "./types.js";

/** IT staff and network managers in FE and sixth-form colleges, on lecturers, admin teams and college managers. Written fresh for Rapport (brief CM). */
export const VOICES_CM_2: readonly RawExample[] = [
  [
    "Lecturers think the firewall exists to annoy them personally. Given how the last network manager set it up, they had a point.",
    "conflict blame:sec",
  ],
  [
    "Our principal actually walks round the IT office once a month and asks what we need. Rare.",
    "",
  ],
  ["Exams office only contact us the day before an exam, every single series.", "comm"],
  [
    "Construction lecturers share one login for the whole workshop PC. I've stopped fighting it.",
    "blame:emp",
  ],
  ["Most of the staff wouldn't know a phishing email if it introduced itself.", "blame:emp"],
  ["I'm invisible until the wifi drops in the main hall.", "comm feel"],
  [
    "The new VP for curriculum bought a whole LMS without speaking to IT. We're still picking up the pieces.",
    "power",
  ],
  ["If I'm honest our service desk is slow and people are right to moan about it.", "blame:sec"],
  ["Admissions team are a delight. They report anything odd straight away.", ""],
  [
    "College managers treat IT as part of the team, not a vending machine. Took years but we got there.",
    "",
  ],
  [
    "I get why lecturers hate MFA on their own phones. We never offered them anything else.",
    "blame:sec conflict",
  ],
  [
    'They don\'t come to us. They go to the student who "knows computers" in their class. Quicker than our helpdesk, to be honest.',
    "distance blame:sec",
  ],
  [
    "hairdressing dept bought their own booking system on a credit card. found it during an audit",
    "distance",
  ],
  [
    "I'm probably part of the problem. I've been here so long I forget what's obvious to me isn't to them.",
    "blame:self comm",
  ],
  [
    "We sat with the finance team for a week when we moved them to the new system. Best week of the year.",
    "",
  ],
  [
    'Every security email we send has a subject line like "IMPORTANT ACTION REQUIRED" and people have learnt to ignore them. Our own doing.',
    "blame:self comm",
  ],
  ["Lecturers asked for evening support and we gave them a late rota. Works well.", ""],
  [
    'The HR director emailed my boss about my "attitude" because I politely asked her to stop sharing her password with her PA, and now every request from HR comes with my line manager copied in. Great for morale.',
    "conflict power feel",
  ],
  ["Staff don't report lost laptops because they think they'll get in trouble.", "distance feel"],
  [
    "Our team of four support 600 staff across three campuses. Of course they barely see us.",
    "distance",
  ],
  ['I get called "the IT police" in the staff Teams chat. Not sure it\'s a joke.', "conflict"],
  [
    "Honestly the senior team are supportive. Cyber's on the risk register and they take it seriously.",
    "",
  ],
  [
    "tutors keep asking us to whitelist random sites, no context, just a url and 'asap' lol",
    "comm conflict",
  ],
  ["Lecturers. Biggest vulnerability we've got.", "blame:emp"],
  [
    "The vibe from leadership is IT is a cost centre and we should be grateful to have jobs.",
    "power feel",
  ],
  [
    "I once explained a VLAN to a curriculum manager for twenty minutes. She just wanted to know if the printer would work.",
    "comm blame:self",
  ],
  ["Apprenticeship team are brilliant, they invite us to their team meetings once a term.", ""],
  [
    "We banned personal USBs expecting a riot. Art department just asked for more OneDrive space. Fair.",
    "",
  ],
  [
    'Nobody in the admin block has ever once asked me how my day is going. Just "is it fixed yet".',
    "comm feel",
  ],
  [
    "A lecturer wrote the wifi password on the whiteboard for his students. Then the guest network, then the staff one.",
    "blame:emp",
  ],
  [
    "I'm anxious about the next Ofsted because I know staff don't know what to say about online safety.",
    "feel",
  ],
  [
    "The college's outsourced SOC sends alerts in language even I struggle with. Useless for explaining to staff.",
    "blame:sec comm",
  ],
  [
    "Lecturers reckon IT decides everything behind closed doors. To be fair, we sort of do.",
    "power blame:self",
  ],
  [
    "Tickets go quiet in summer term, people just live with broken kit rather than ask. Our response times don't exactly encourage them.",
    "distance blame:sec",
  ],
  [
    'We run lunchtime "IT clinics" in the staff room. Tea, biscuits, people come with questions.',
    "",
  ],
  [
    "The principal's PA is the real gatekeeper. If she doesn't like you, your project's dead.",
    "power",
  ],
  [
    "Sometimes I reset MFA for people without checking it's really them, because the alternative is an hour-long row.",
    "blame:self",
  ],
  ["The engineering staff know their networking and they're happy to help us out. Good lot.", ""],
  [
    "We told everyone about the new password policy three times. Still got forty calls on day one asking what happened.",
    "blame:emp",
  ],
  [
    "Used to be open war between IT and the teaching staff. New director changed that, we talk now.",
    "",
  ],
  [
    "Teaching staff never come up to the IT office. It's on the third floor, can't say I'm surprised.",
    "distance",
  ],
  ["Every time I mention Cyber Essentials in a meeting I watch faces drop.", "feel"],
  [
    "Honestly, our acceptable use policy is eleven pages of legalese. Nobody has read it, including me.",
    "blame:sec comm",
  ],
  [
    "The deputy principal texts me at midnight when her iPad won't sync. Like I'm her personal butler.",
    "power",
  ],
  [
    "Faculty admins are the unsung heroes, they help us get things across to lecturers in normal words.",
    "",
  ],
  ["Staff report viruses straight away because they know they'll get a loaner the same day.", ""],
  [
    "Managers ignore our risk reports until something goes wrong and then ask why we didn't warn them.",
    "conflict power",
  ],
  [
    "I tried to get the sports lecturers on board with the new MDM and got laughed out of the room. Went in with a 30-slide deck, my own fault really.",
    "conflict blame:self",
  ],
  [
    "My emails are curt because I write forty a day. People read that as rude, and I get it.",
    "blame:self comm",
  ],
  ["fine. boring even.", ""],
  ["Lecturers say the block page makes them look stupid in front of students.", "conflict"],
  [
    "Our security manager never leaves his office and talks only in policy numbers.",
    "blame:sec comm distance",
  ],
  ["The college treats IT like the plumbing. Nobody thinks about us until it floods.", "comm"],
  ["Most staff know who's in the IT team by name. Small college, helps.", ""],
  [
    "When the exam board portal locked out, the exams officer went straight to the principal instead of calling us.",
    "distance conflict",
  ],
  ["I've built a really good relationship with the library team. They're my eyes and ears.", ""],
  [
    "Staff don't read the IT bulletins. We don't read their curriculum newsletters either, to be fair.",
    "distance blame:self",
  ],
  [
    "People here don't automatically assume it's IT's fault, which is refreshing after my last job.",
    "",
  ],
  [
    "I'm the one who forced the password manager through last spring. Rushed it, no training, a two-line email and a deadline, and honestly people are still cross with me about it, which I understand.",
    "blame:self conflict feel",
  ],
  [
    "Clerical staff used to apologise every time they rang. Now they just say what's wrong, which is how it should be.",
    "",
  ],
  [
    "The catering manager refuses to update the till software, says it worked fine in 2015.",
    "blame:emp",
  ],
  ["Good relationship with the HE lecturers, they're tech-savvy and patient.", ""],
  [
    "I'm not going to chase people to report phishing. If they don't care I can't make them.",
    "distance blame:emp",
  ],
  [
    "Staff bring us broken laptops with a post-it that says \"doesn't work\". That's the whole brief.",
    "comm blame:emp",
  ],
  [
    "Senior leadership want all the benefits of cloud but won't fund the security to go with it.",
    "conflict",
  ],
  [
    "IT doesn't get a seat at the table when they plan new courses. We find out in August.",
    "power",
  ],
  [
    "Frustrating term. Three data breaches, all the same department, all emails to the wrong person.",
    "feel blame:emp",
  ],
  ["When I explain something, the business studies team take notes. Love them.", ""],
  [
    "The marketing team sign up to every free SaaS tool going and never tell us. We find the invoices later.",
    "distance blame:emp",
  ],
  [
    "Lecturers don't see me as the one who takes their toys away. More the one who finds them better toys.",
    "",
  ],
  [
    "I honestly think our IT rules are too strict. I'd break them too if I was teaching.",
    "blame:sec",
  ],
  ["People only notice us when the network goes down, never the 364 days it doesn't.", "comm"],
  [
    'Our director of IT speaks to staff like they\'re children, all-staff emails full of capitals and "as previously advised", and it rubs off on how they see the rest of us on the helpdesk.',
    "blame:sec comm power",
  ],
  ["mostly fine. the odd grumpy lecturer but that's life", ""],
  [
    "I dread open evenings. Every manager wants something set up and nobody tells us until the afternoon.",
    "feel comm",
  ],
  ['Nobody reads the change notices so every update "came out of nowhere".', "comm distance"],
  [
    "The finance director checks every ticket we close against the time log. Like being audited daily.",
    "power",
  ],
  [
    "We ran a phishing sim and the results went to line managers. Lecturers felt named and shamed. My call, wouldn't do it that way again.",
    "blame:self feel",
  ],
  [
    "Quite a few staff just fix things themselves from YouTube videos and then call us when it's really broken.",
    "distance",
  ],
  [
    "I have a weekly coffee with the head of student services, no agenda, just what's bugging her team and what's coming up on ours, and we solve more in that hour than in a month of tickets.",
    "",
  ],
  [
    'The principal calls us "the geeks" in whole-staff briefings. Everyone laughs. I don\'t.',
    "power feel",
  ],
  ["Lecturers are patient with the queue. They know we're doing our best.", ""],
  [
    "Admin staff are scared of the new DLP popups, they think it means they've done something illegal.",
    "feel comm",
  ],
  [
    "Our security awareness slides are awful. Stock photos of hooded hackers. No wonder staff tune out.",
    "blame:sec",
  ],
  ["To be fair, the staff are patient with us. We're short-staffed and they know it.", ""],
  ["The sixth form team use personal Dropbox for coursework despite three warnings.", "blame:emp"],
  ['Contact from management is an email with "see below" and a forwarded complaint.', "comm"],
  ["I'm too quick to say no, I think. It's become a reflex.", "blame:self"],
  ['I\'ve been asked to "just quickly" restore a file that was deleted in 2019.', "conflict"],
  [
    "We were left out of the college's new strategy entirely. Digital is page one, IT isn't mentioned.",
    "power",
  ],
  ["No complaints here, genuinely.", ""],
  ['Lecturers talk about "the IT people" like we\'re a different species.', "distance"],
  [
    "I got told off by the vice principal in front of her whole team for a server outage that wasn't ours.",
    "power feel conflict",
  ],
  [
    "Staff reuse their college password everywhere. We found it in three breach dumps.",
    "blame:emp",
  ],
  ["I spend a morning a term in classrooms seeing how lecturers use the kit. Best thing I do.", ""],
  [
    "When our network team changed the wifi they emailed a 12-step guide full of SSIDs and certificates. Staff were lost.",
    "comm blame:sec",
  ],
  [
    "The business manager wants IT to say yes to everything, quickly and cheaply, and then when it goes wrong we're the ones who carry the can in front of the governors.",
    "power conflict",
  ],
  ["Never had a problem with the teaching staff. Genuinely nice bunch.", ""],
  [
    'A lecturer told me the antivirus was "spying for the government". Couldn\'t talk her round.',
    "conflict",
  ],
  ["I try to explain the why, not just the what. Mostly it lands.", ""],
  [
    "The network is one big flat mess because I never had time to segment it. That's on me.",
    "blame:self",
  ],
  ["Managers forward us staff complaints without ever talking to us about them first.", "comm"],
  [
    "I don't think staff are afraid of us. They know we've got better things to do than read their emails.",
    "",
  ],
  ["Honestly our ticketing system is awful, I wouldn't use it either.", "blame:sec"],
  [
    'Lecturers want admin rights "to install one thing". That one thing is always a game for the students.',
    "blame:emp",
  ],
  [
    "Relationship with the curriculum managers is grand now, we did a lot of listening last year.",
    "",
  ],
  ["The only time the dean emails IT is to copy in the principal.", "comm power"],
  ['I avoid the staff canteen at lunch now. Too many "while I\'ve got you" moments.', "distance"],
  ["Some lecturers are convinced MFA is a way of tracking their hours.", "conflict"],
  [
    "A receptionist gave out a student's timetable to a random caller. Nobody had ever trained her not to.",
    "blame:emp",
  ],
  [
    "I'm always the last to know about new starters. They turn up Monday, account requested Monday.",
    "comm conflict",
  ],
  [
    "Our IT director never explains decisions to staff, just sends a one-line email. We get the flak.",
    "blame:sec comm",
  ],
  [
    "Frankly the older lecturers scare me a bit. They've been here 30 years and don't take kindly to change.",
    "feel power",
  ],
  [
    "The new MIS rollout went really well, mainly because the admin team were involved from day one.",
    "",
  ],
  ["We're seen as the \"no\" department. Can't argue, we say no a lot.", "conflict blame:self"],
  [
    "staff just dont bother logging tickets anymore because they think we wont get to them",
    "distance",
  ],
  [
    "Had a lecturer in tears because her laptop died with her marking on it. I felt terrible I hadn't set up her backup properly.",
    "feel blame:self",
  ],
  ["The creative arts faculty look after their own Macs and keep us in the loop. Works fine.", ""],
  ["Monthly IT reps meeting works really well. One person per department, twenty minutes.", ""],
  [
    "We're always being compared to their home broadband. \"Why is it faster at home?\" Because it is, our network's ancient.",
    "conflict blame:sec",
  ],
  [
    "Lecturers ignore the security warnings because IT has cried wolf too many times.",
    "distance blame:sec",
  ],
  ["It's a good place. Staff say hi in the corridor, they know my name.", ""],
  [
    "The estates team and IT haven't spoken properly in two years, and the cabling shows it.",
    "distance conflict",
  ],
  [
    "I'm scared to tell the principal we're not compliant. She'll shoot the messenger.",
    "feel power",
  ],
  [
    'Every new project lands on us finished, go-live date already announced to staff, contract signed, no budget for support, and the first we hear of it is a meeting invite titled "IT implementation".',
    "power conflict",
  ],
];
