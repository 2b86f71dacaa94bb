import type { RawExample } from "./types.js";
import { VOICES_AP_2 } from "./voices-ap-2.js";
import { VOICES_AP_3 } from "./voices-ap-3.js";
import { VOICES_AP_4 } from "./voices-ap-4.js";

/** Staff, managers, owners and security people in small and medium firms, on each other. Written fresh for Rapport (brief AP). */
const FIRST_PART: readonly RawExample[] = [
  ["Nobody from IT has ever made me feel stupid for asking.", ""],
  [
    "I wouldn't call them unfriendly, I just couldn't pick any of them out of a line-up.",
    "distance",
  ],
  ["Oh brilliant, another all-caps email telling us not to click on things.", "comm feel"],
  ["He fixed my laptop in ten minutes and told me what had gone wrong in plain English.", ""],
  ["Half our staff would hand over their password to anyone who asked nicely.", "blame:emp"],
  [
    "The VPN drops every afternoon, but that's the ancient hardware, not the people running it.",
    "",
  ],
  ["Used to dread logging a ticket; these days Priya rings me back within the hour.", ""],
  ["I don't blame IT for the breach, that one was entirely on me.", "blame:self"],
  ["They're helpful enough, but you only ever hear from them when something's on fire.", "comm"],
  [
    "I sign off their budget every year and still couldn't tell you what most of it pays for, which makes me a bit uneasy.",
    "distance feel",
  ],
  ["I don't avoid them, I've just never needed them.", ""],
  [
    "Can't install so much as a PDF reader without begging for admin rights, and the answer is usually no.",
    "conflict power",
  ],
  ["Is a reply before the deadline really too much to ask?", "conflict feel"],
  ["The phishing test made me look like a fool in front of my whole team.", "feel power"],
  ["Honestly the security lads are great, no complaints here.", ""],
  [
    "Our users treat every warning box as something to click past as fast as humanly possible.",
    "blame:emp",
  ],
  [
    "I just sort it out myself now rather than wait three days for someone to turn up.",
    "distance conflict",
  ],
  ["They never talk down to us, and I really appreciate that.", ""],
  ["I get a bit jittery whenever the IT manager heads towards my desk.", "feel"],
  ["It's not their fault the firewall is ancient, the board won't pay to replace it.", ""],
  ["Every new starter gets half an hour with our security person and it genuinely works.", ""],
  ["The password rules change every quarter and nobody ever says why.", "comm"],
  ["I feel watched. Every site I visit gets logged and somebody reads the logs.", "power feel"],
  [
    "Security here is one bloke called Dave and I've met him exactly once, at the Christmas do.",
    "distance",
  ],
  [
    "Frankly, if people read the emails we send, half these incidents wouldn't happen.",
    "blame:emp",
  ],
  ["they sorted it fast tbh", ""],
  ["Wow, two weeks to reset a password, truly world-class service.", "conflict blame:sec"],
  ["The team means well, but their training sessions go right over my head.", "comm"],
  [
    "They could lock us out of everything tomorrow and nobody would ask our opinion first. That's a scary thought.",
    "power feel",
  ],
  [
    "I run a twelve-person shop and our IT contractor feels more like a partner than a supplier.",
    "",
  ],
  [
    "Users only ring us after they've made it worse trying to fix it on their own.",
    "blame:emp distance",
  ],
  ["I'd rather eat my keyboard than phone the helpdesk again.", "distance feel"],
  [
    "Our security lead isn't arrogant in the slightest, she's one of the most approachable people in the building.",
    "",
  ],
  ["The login portal is painfully slow, but that's the vendor's doing, not our IT team's.", ""],
  ["Got told off by email for plugging in a USB stick. No chat, just a telling-off.", "comm power"],
  [
    "I'm hopeless with anything technical, so I probably generate more tickets than the rest of the floor combined.",
    "blame:self",
  ],
  [
    "Every all-hands turns into a lecture where we're treated like naughty schoolkids.",
    "comm power",
  ],
  ["It's fine, they're a tad slow now and then but always polite about it.", ""],
  ["If our IT guy is off sick the whole office grinds to a halt, and he knows it.", "power"],
  ["Getting new software approved takes longer than the project we needed it for.", "conflict"],
  [
    "I was worried I'd be in trouble for reporting the dodgy email, but they actually thanked me.",
    "",
  ],
  [
    "Management here thinks security is a product you buy once, not something you practise.",
    "blame:emp",
  ],
  ["Their monthly newsletter is actually readable now, which is a big step up.", ""],
  [
    "I live in fear of being the one who clicks the wrong link and takes the whole network down.",
    "feel",
  ],
  [
    "Tickets disappear into a void and come back closed without a single word of explanation.",
    "comm",
  ],
  ["Our sysadmin is lovely, it's the ten-year-old server that ruins my day.", ""],
  [
    "I'm not saying they're useless. I'm saying I've stopped expecting anything from them.",
    "distance",
  ],
  ["When they say 'endpoint hardening' I just nod and hope for the best.", "comm"],
  ["To be fair, they always explain why a rule exists when you ask.", ""],
  [
    "As a manager I'm expected to enforce rules I wasn't consulted on and don't fully understand.",
    "power comm",
  ],
  [
    "Security blocked the file-sharing site the day before our client pitch. Lovely timing.",
    "conflict feel",
  ],
  ["I feel like a suspect every time my account gets flagged.", "feel power"],
  ["People reuse the same password for everything and then act surprised.", "blame:emp"],
  [
    "Not perfect, but they listen and they follow up, which is more than I can say for most departments.",
    "",
  ],
  ["the helpdesk number just rings out. every time.", "conflict"],
  ["Our security officer sends out a quiz every month and, weirdly, people enjoy it.", ""],
  ["They're so busy being right that they forget we've got actual jobs to do.", "conflict power"],
  [
    "I think it was my fault the shared drive got encrypted, I opened that attachment.",
    "blame:self",
  ],
  ["There's no friction at all, we have a coffee with IT every other Friday.", ""],
  ["Their emails read like legal disclaimers; I give up after the first line.", "comm distance"],
  [
    "I used to think they were out to get us, but after the workshop I get why the rules exist.",
    "",
  ],
  ["Staff see us as the people who say no, and honestly some days I can't blame them.", "conflict"],
  ["The new expenses software crashes twice a day and I could honestly scream.", ""],
  ["They treat the owner like royalty and the rest of us like a risk to be managed.", "power"],
  [
    "I'm the owner and I'll admit I'm the worst offender for writing passwords on sticky notes.",
    "blame:self",
  ],
  ["Our IT chap is never condescending, even when I ask the same thing for the fifth time.", ""],
  [
    "I'm honestly scared of them. One mistake and it goes straight to your line manager.",
    "feel power",
  ],
  [
    "Support is brilliant on the phone, shame you can never actually get them on the phone.",
    "conflict",
  ],
  ["The new MFA app is clunky, but the security team walked everyone through it personally.", ""],
  ["We found out about the new rules when our logins stopped working.", "comm conflict"],
  ["I don't mind the rules, I mind being the last to hear about them.", "comm"],
  ["Seriously, who decided we needed to change passwords every thirty days?", "power"],
  ["They're a decent bunch, I suppose, even if I rarely see them.", "distance"],
  ["I don't feel judged by them at all; if anything, they're the least judgy people here.", ""],
  [
    "Whenever there's an incident the first question is always 'who clicked it?', never 'why did it get through?'",
    "power",
  ],
  ["honestly i just ask kev in accounts, he knows more than IT does", "distance blame:sec"],
  [
    "The security audit felt like being marked on an exam nobody told us we were sitting.",
    "power comm",
  ],
  ["I've never had a bad experience with them, though I've only dealt with them twice.", ""],
  ["They rolled out full-disk encryption over a weekend and everything just worked on Monday.", ""],
  ["Look, I know I'm a liability with email, I click on everything.", "blame:self"],
  ["Our contractor speaks to me like I'm five and bills me like I'm a bank.", "power comm"],
  ["No drama, no lectures, they just get on with it.", ""],
  ["Most of our team couldn't tell a phishing email from a birthday card.", "blame:emp"],
  [
    "I was too embarrassed to admit I'd lost the laptop, so I waited a week before telling anyone.",
    "feel distance",
  ],
  ["We've got a security guy? News to me.", "distance"],
  [
    "The firewall blocks half the sites I need for research, and appealing it is a three-form process.",
    "conflict",
  ],
  ["To be honest it's not the IT staff, it's the procedures head office hands down to them.", ""],
  [
    "I'm the only IT person for eighty staff and most of them only say hello when the printer's jammed.",
    "comm",
  ],
  [
    "Our provider finally swapped their techy forty-page reports for a one-page summary, and it's great.",
    "",
  ],
  ["They always answer, they just never answer the question I asked.", "comm"],
  ["I'm fed up of being treated like a criminal for wanting to use my own phone.", "feel power"],
  ["The owner overrides every security decision I make if it slows down sales.", "power conflict"],
  ["Security? They're fine. I've not had to deal with them, which is kind of the point.", ""],
  ["I feel a bit daft asking them things, but they never make me feel daft.", ""],
  [
    "I honestly dread the annual security training, it's three hours of being told off.",
    "feel comm",
  ],
  [
    "We tried to get IT to come to our team meeting once; they sent a slide deck instead.",
    "distance comm",
  ],
  [
    "People here are careless with laptops, simple as that; three have gone missing this year.",
    "blame:emp",
  ],
  ["They're not unreachable exactly, you just have to know which chat channel to lurk in.", ""],
  ["Their reply to my question was 'see KB0042'. That's it. That was the whole reply.", "comm"],
  [
    "Our security team works closely with every department, it's one of the things I like about working here.",
    "",
  ],
  [
    "I know I should report the odd strange email but I never do, can't be bothered with the form, which is on me, really.",
    "distance blame:self",
  ],
  [
    "There's always some new block or restriction, and I'm tired of fighting for basic access.",
    "conflict feel",
  ],
  [
    "The IT lead used to be really prickly, but since the new hire joined they've both been a joy.",
    "",
  ],
  [
    "Every time I've asked for help I've been made to wait, then made to feel like a nuisance.",
    "conflict feel",
  ],
  ["Our users aren't stupid, they're just busy, and we try to keep that in mind.", ""],
  [
    "They put posters about tailgating in the lift. That's the full extent of their outreach.",
    "comm distance",
  ],
  ["We're a family business; our IT woman comes to lunch with us most days.", ""],
  [
    "It makes me anxious that one person holds all the admin passwords and nobody else understands the setup.",
    "feel power",
  ],
  ["We butt heads every single week about remote access.", "conflict"],
  [
    "I used to go around IT for everything; since they set up the self-service portal I don't need to.",
    "",
  ],
  [
    "I run the firm and I'll be honest, I don't understand a word our security consultant says, and it makes me feel a fool in my own company.",
    "comm feel",
  ],
  ["They do a good job, I just wish they'd tell us before they reboot things.", "comm"],
  ["Sales don't care about security until their own account gets hijacked.", "blame:emp"],
  ["Why does every answer from IT come with a sigh?", "comm"],
  [
    "I'm a bit wary of them, if I'm honest; they seem to know everything we do online.",
    "feel power",
  ],
  ["Fair play to them, they came in at midnight when the server died.", ""],
  [
    "Management keeps overruling my recommendations, and then asks me why we got breached.",
    "power blame:emp",
  ],
  ["What they do is a bit of a black box to me, but it works, so I'm not complaining.", "distance"],
  ["I've cried in the toilets after an IT meeting. Not my finest hour.", "feel"],
  ["They don't lecture, they ask questions, and you end up working out the answer yourself.", ""],
  [
    "Since the new manager started, security has gone from a brick wall to a team we can actually talk to.",
    "",
  ],
  [
    "We get a policy PDF once a year and that's our whole relationship with security.",
    "comm distance",
  ],
  [
    "The security guy's lovely but he's stretched across four sites, so good luck catching him.",
    "conflict",
  ],
  ["I feel like a burden every time I log a ticket.", "feel"],
  [
    "It's not that we don't trust them, it's that we've never actually been introduced.",
    "distance",
  ],
];

export const VOICES_AP: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AP_2,
  ...VOICES_AP_3,
  ...VOICES_AP_4,
];
