import type { RawExample } from "./types.js";
import { VOICES_AA_2 } from "./voices-aa-2.js";

/**
 * Employees imagining how security/IT staff see them and their relationship, plus some
 * security staff imagining how employees see them. Written fresh for Rapport (brief AA).
 */
const FIRST_PART: readonly RawExample[] = [
  ["They'd probably say we're the weak spot in the whole setup.", "blame:emp"],
  ["Honestly? They think we'll open any attachment that promises a free voucher.", "blame:emp"],
  [
    "Whenever something goes wrong on the network, the first question from IT is which of us did it.",
    "blame:emp",
  ],
  ["They assume it's user error before they've even looked at the logs.", "blame:emp"],
  ["Probably as a constant battle to stop us breaking things.", "blame:emp conflict"],
  [
    "I think they'd say reception is sloppy with passwords, which stings because some of us really do try.",
    "blame:emp feel",
  ],
  ["In their eyes the warehouse lot are the leak, full stop.", "blame:emp"],
  ["They'd call us risky. Every single newsletter hints at it.", "blame:emp comm"],
  ["Fine, I'd guess. We don't see much of them but there's no bad blood.", "distance"],
  ["I'd guess they like us well enough. They always stop for a chat at the coffee machine.", ""],
  ["They'd probably describe it as friendly. A few of us go to the pub quiz with them.", ""],
  [
    "Good, I think. They asked the drivers what actually works on the road before changing the tablets.",
    "",
  ],
  ["They'd say it's fine, and from where I sit it is.", ""],
  ["Relationship is a strong word. I couldn't pick them out of a line-up.", "distance"],
  ["They'd probably say there isn't one, and they'd be right.", "distance"],
  ["Distant but polite, I'd say. Like neighbours who only nod at each other.", "distance"],
  ["I imagine they'd describe it as us against them, to be honest.", "conflict"],
  [
    "Tense. They want everything locked down and we need to actually get orders out of the door.",
    "conflict",
  ],
  [
    "Probably that we're always trying to dodge their rules. We are, because the rules slow the kitchen down.",
    "conflict",
  ],
  [
    "They'd say we don't take security seriously. We'd say they don't take our deadlines seriously.",
    "conflict blame:emp",
  ],
  [
    "A tug of war, basically. They pull one way, the production schedule pulls the other.",
    "conflict",
  ],
  [
    "They'd say it's a partnership. Funny, because nobody asked us about the new badge system.",
    "power",
  ],
  ["I think they'd call it supportive. I'd call it being told what to do.", "power"],
  ["They'd say it's top-down and that's how they like it.", "power"],
  ["They probably see themselves as the grown-ups in the room.", "power"],
  [
    "They'd say we never read their emails. Maybe if the emails were in plain English we would.",
    "comm blame:emp",
  ],
  [
    "I think they'd say communication is good. It's mostly automated warnings in capital letters, though.",
    "comm",
  ],
  [
    "They'd probably say they keep us informed. Informed of what, I couldn't tell you, it's all acronyms.",
    "comm",
  ],
  ["They only get in touch when the audit flags something with my name on it.", "comm"],
  ["Probably as a one-way street: they send, we're supposed to obey.", "comm power"],
  [
    "I'd guess they'd say we're a pain. Half our tickets are marked low priority and left for a week.",
    "blame:emp conflict",
  ],
  [
    "Ask them and they'd say they're always available. Try getting hold of someone on a Saturday shift.",
    "conflict",
  ],
  [
    "They'd probably describe it as calm. We just don't bother them, we sort things out ourselves.",
    "distance",
  ],
  ["They'd say we get along, and I honestly think we do.", ""],
  [
    "They don't treat us as the weakest link, they've said so at the staff meeting and meant it.",
    "",
  ],
  ["Some people say users are the main risk. Our IT manager says the opposite, and loudly.", ""],
  ["I used to think they blamed us for every virus, but that's not how it is any more.", ""],
  [
    "There was a time I'd have said us versus them. Not now, the new lead has changed all that.",
    "",
  ],
  ["They'd say it's a two-way street, and it is. They listen and we listen.", ""],
  [
    "Respectful, I think. They ask the nurses before they change anything on the ward computers.",
    "",
  ],
  ["They'd probably call us partners. We helped them write the new password guidance.", ""],
  ["Honestly it's fine. They run the backups and the firewall and we run the shop.", ""],
  ["They look after the servers, we look after the patients. That's about it.", ""],
  ["They're contracted in two days a week. Nothing more to say really.", ""],
  ["I suppose they'd say it's improving. It is.", ""],
  ["They'd probably say we're a bit disorganised but well-meaning. Fair enough.", ""],
  ["Mutual respect, mostly. Nobody is perfect on either side.", ""],
  [
    "They'd probably describe it as a bit awkward. They're nice enough but I never know what to say to them.",
    "feel",
  ],
  [
    "They'd call it a working relationship. Working in the sense that we work around them.",
    "conflict",
  ],
  ["Frosty. The last meeting ended with the head of sales walking out.", "conflict feel"],
  ["Like a landlord and tenants. They own the systems, we just live in them.", "power"],
  ["I honestly don't know how they'd describe it. I don't know who they are.", "distance"],
  [
    "They'd say we ask the same questions over and over. They'd be right, I never remember.",
    "blame:self",
  ],
  [
    "If they say we're the problem, well, in my case they'd have a point. I clicked the fake parcel link.",
    "blame:self",
  ],
  [
    "Honestly they probably think I'm hopeless with computers, and they're not wrong.",
    "blame:self",
  ],
  [
    "I'd imagine I'm on their list of people to keep an eye on. I've locked myself out four times this month.",
    "blame:self",
  ],
  [
    "They'd say it's fine. I'm the one who makes it hard, I always forget the new rules.",
    "blame:self",
  ],
  ["They're more patient with me than I deserve. I'm a dinosaur with this stuff.", "blame:self"],
  [
    "I'd guess they'd say we're a nuisance. I know I am, I ring them about everything.",
    "blame:self",
  ],
  [
    "The shared drive got encrypted last spring because of me, so I doubt I'm their favourite person.",
    "blame:self",
  ],
  [
    "They'd probably say it's a mess, and the mess is partly mine, I never did that training.",
    "blame:self",
  ],
  [
    "I think they'd describe me as a liability and I'd struggle to disagree after the invoice thing.",
    "blame:self",
  ],
  [
    "I'd guess they think we're fine. I'm the one who gets flustered and messes it up.",
    "blame:self feel",
  ],
  [
    "I feel like a fool every time I have to ring them, and I bet they think so too.",
    "blame:self feel",
  ],
  [
    "It's my own fault they don't trust me with admin rights, I broke the booking system once.",
    "blame:self power",
  ],
  [
    "They'd say the trouble comes from their end as often as ours, if they were honest.",
    "blame:sec",
  ],
  [
    "They'd describe it as good. I'd describe them as people who couldn't fix a printer to save their lives.",
    "blame:sec",
  ],
  ["Every time they 'improve' something the booking system falls over for a day.", "blame:sec"],
  ["They'd probably admit half our outages come from their own updates.", "blame:sec"],
  [
    "Whatever they think of us, the last data scare was their misconfigured server, not anyone in accounts.",
    "blame:sec",
  ],
  [
    "They'd say we're careless. Meanwhile they left the guest Wi-Fi password on a sticky note in the lobby.",
    "blame:sec blame:emp",
  ],
  [
    "They think we're the risk. The only breach we ever had was an admin account with the password 'admin'.",
    "blame:sec blame:emp",
  ],
  ["Useless, if you ask me, and they probably know that's what we think.", "blame:sec"],
  [
    "They'd say we break things. Funny how the tills only crash the morning after one of their patches.",
    "blame:sec blame:emp",
  ],
  [
    "They'd probably describe it as rocky. Mostly because their new VPN has made working from home a nightmare.",
    "blame:sec conflict",
  ],
  ["Clueless, the lot of them, and I think they know we think that.", "blame:sec"],
  [
    "If there's a problem with the scanners it's because IT bought cheap ones, not because the pickers are clumsy.",
    "blame:sec",
  ],
  [
    "Their contractor wiped the practice calendar last year. They've never owned up to it.",
    "blame:sec",
  ],
  ["I'd guess they like us fine.", ""],
  ["I think they look down on us a bit. We're just shop floor to them.", "power"],
  [
    "They see the part-timers as the weakest bit of the chain. You can tell from the way they talk to us.",
    "blame:emp comm",
  ],
  ["I reckon they think we're thick.", "blame:emp"],
  [
    "I suspect they think the teaching assistants are the ones who let the viruses in.",
    "blame:emp",
  ],
  ["They probably don't think about us at all, to be honest.", "distance"],
  ["They don't know us and we don't know them. Feelings don't come into it.", "distance"],
  ["I imagine we're just numbers on a ticket screen to them.", "distance"],
  [
    "I get the impression they'd rather we didn't exist, then the network would be perfect.",
    "blame:emp",
  ],
  ["They think well of us, I believe. The IT woman always thanks us for reporting odd emails.", ""],
  ["They respect us, I'd say. When I made a mistake nobody made me feel small.", ""],
  ["Fondly, I hope! We feed them cake every time they come in.", ""],
  ["I don't think they see us as a problem. They've told us we're their early warning system.", ""],
  ["They're not the blaming type, even when the phishing test caught half the office.", ""],
  ["I've never once felt stupid asking them something, and I ask some daft things.", ""],
  ["They treat us as colleagues, nothing less.", ""],
  ["They never lecture anyone. They just sit with you till it makes sense.", ""],
  ["I used to be scared of ringing the helpdesk. Not any more, they're lovely.", ""],
  ["I don't think they feel anything in particular. They do their job, we do ours.", ""],
  ["They probably think we're reasonable. We don't give them much grief.", ""],
  [
    "Honestly I think they're fond of the night shift, we're the only ones who bring them biscuits.",
    "",
  ],
  ["Nobody here feels policed. It's more like having a helpful neighbour.", ""],
  ["I'd say they trust us. They gave us a say in how the new door codes would work.", ""],
  ["Jargon used to be a problem, but our new IT person explains everything in normal words.", ""],
  [
    "People joke that users are the weakest link, but our security lead says that's lazy thinking.",
    "",
  ],
  [
    "They don't blame anyone. When the ransomware scare happened they just fixed it and ran a short session.",
    "",
  ],
  ["Not a problem at all, they treat us fine.", ""],
  ["No fear, no drama. If you mess up, you tell them and they sort it.", ""],
  ["Nobody's ever made me feel stupid there, and I've given them plenty of reason.", ""],
  [
    "I can't imagine them thinking badly of us. They're too busy to care either way, in a good way.",
    "",
  ],
  [
    "I think they'd feel we're dragging our feet on the new login thing, and they're fed up with asking.",
    "feel conflict",
  ],
  ["Annoyed, mostly. You can hear the sigh down the phone.", "feel"],
  ["They're sick of us, I'd say. And frankly the feeling is mutual.", "feel conflict"],
  ["I worry they think I'm the one who'll get us hacked.", "feel blame:emp"],
  ["Honestly, I'm a bit intimidated by them. They seem so sure of themselves.", "feel power"],
  ["I find it galling. They treat us like we don't know our own jobs.", "feel power"],
  ["They make me feel like an idiot for asking the simplest question.", "feel comm"],
  ["I get anxious every time an email from them turns up in my inbox.", "feel comm"],
  [
    "Slightly embarrassed to admit it, but I'm scared of clicking the wrong thing ever since their warning.",
    "feel",
  ],
  ["I wouldn't trust them as far as I could throw them.", "feel"],
  ["I'm never sure if I'm going to be told off. It puts me on edge.", "feel power"],
  ["I'd guess they think we should understand their tech talk by now.", "comm"],
  ["They talk to us like we're six.", "comm"],
  ["All we get from them is posters about phishing and the odd angry email.", "comm distance"],
  ["The only time they speak to me is to say I've done something wrong.", "comm"],
  [
    "They'd probably say they explain things clearly. Nobody on the farm understood a word of the last memo.",
    "comm",
  ],
  [
    "Honestly I think they feel explaining things to us is a waste of their time.",
    "comm blame:emp",
  ],
  ["Patronising. Every reply starts with 'As previously advised'.", "comm"],
  [
    "Everything comes through the ticket system. I've never heard one of their voices.",
    "comm distance",
  ],
  ["Their warnings are so vague you don't know whether to panic or ignore them.", "comm feel"],
  ["They think a scary red banner on every email is communication.", "comm"],
  ["Condescending. Like a sat-nav that sighs when you take the wrong turn.", "comm"],
  [
    "They'd say they keep us in the loop. The loop is a monthly PDF nobody can open on a phone.",
    "comm",
  ],
  ["They mean well, I think, but they talk in riddles. MFA, SSO, endpoint this and that.", "comm"],
  [
    "We only hear from them after something's gone wrong, and then it's a telling-off.",
    "comm power",
  ],
  ["They'd probably say we never reply. Their emails are three screens long.", "comm"],
  [
    "The messages are confusing. Half the time I can't tell whether it's a real warning or a test.",
    "comm feel",
  ],
  ["They think they own the place. We just borrow the computers.", "power"],
  ["They decide everything and tell us after. That's how they like it.", "power"],
  ["Nobody asks us. The new rules just appear on a Monday.", "power"],
  ["I think they see us as people to be managed, not people to be asked.", "power"],
  ["They're the gatekeepers. If they say no, it's no, no discussion.", "power"],
  ["You can't install a calculator without their blessing.", "power"],
  [
    "They'd probably say they're here to serve. Doesn't feel like that when you're waiting on their approval for a font.",
    "power conflict",
  ],
  ["They see us as subordinates, even though half of us are senior to them.", "power"],
  [
    "They're an invisible force, really. Things change on your screen overnight and nobody says who did it.",
    "power comm",
  ],
  ["Arrogant, I'd say. They know best, always.", "power"],
  [
    "Our opinion counts for nothing. They overruled the whole kitchen team on the tablets.",
    "power",
  ],
  ["We're at their mercy when the system goes down, and they know it.", "power"],
  [
    "They probably think we're always trying to get round the rules. Well, the rules get in the way.",
    "conflict",
  ],
  ["They'd say we're obstructive. We'd say the same about them.", "conflict"],
  [
    "Twenty minutes to log into the stock system every morning. That's the relationship in a nutshell.",
    "conflict",
  ],
  [
    "They think we share passwords to be naughty. We share them because the system only lets one person in.",
    "conflict blame:emp",
  ],
  ["I think they see us as the obstacle. And we see them as the obstacle. Fun.", "conflict"],
  ["You can never reach anyone when you actually need them.", "conflict"],
  ["Lots of misunderstandings. They thought we wanted more locks, we wanted fewer.", "conflict"],
  [
    "They'd probably say we're difficult. Try doing a delivery round with a tablet that logs you out every ten minutes.",
    "conflict",
  ],
  [
    "The USB rule makes no sense for the dental x-ray machine, so everyone just ignores it.",
    "conflict",
  ],
  ["Honestly they probably think of us as that department who always pushes back.", "conflict"],
  ["They're unreachable after five, and half our work happens after five.", "conflict distance"],
];

export const VOICES_AA: readonly RawExample[] = [...FIRST_PART, ...VOICES_AA_2];
