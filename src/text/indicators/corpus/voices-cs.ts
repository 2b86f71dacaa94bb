import type { RawExample } from "./types.js";
import { VOICES_CS_2 } from "./voices-cs-2.js";
import { VOICES_CS_3 } from "./voices-cs-3.js";
import { VOICES_CS_4 } from "./voices-cs-4.js";

/** Employees, security staff and SME managers on each other, in short interview quotes (part 1). Written fresh for Rapport (brief CS). */
const FIRST_PART: readonly RawExample[] = [
  ["Honestly I only ever hear from the security guy when I've done something wrong.", "comm"],
  ["They talk in acronyms. MFA, SSO, EDR... I just nod and hope for the best.", "comm feel"],
  ["Our IT person sits two desks away and she's lovely, I just lean over and ask.", ""],
  [
    "I don't report the weird emails anymore, nobody ever gets back to me anyway.",
    "distance blame:sec",
  ],
  ["I feel like a kid being told off every time the phishing test results come out.", "feel power"],
  [
    "I'm terrible with this stuff, if anyone's going to let a hacker in it'll be me.",
    "blame:self feel",
  ],
  ["The new password rules mean I can't get into the client portal half the morning.", "conflict"],
  [
    "we just use my personal dropbox because the approved one takes ages to get access to",
    "conflict",
  ],
  ["They decide what software we can have and nobody asks us what we actually need.", "power"],
  [
    "It used to be a nightmare getting hold of anyone, but since Tom started it's been really good.",
    "",
  ],
  ["Users will click literally anything if it says invoice in the subject line.", "blame:emp"],
  [
    "I spend half my week cleaning up after people who ignored the warning banner, and it wears you down.",
    "blame:emp feel",
  ],
  ["Most of the staff here are pretty sensible, to be fair, they ask before they open things.", ""],
  ["I know they see me as the fun police, the guy whose job is to say no.", "conflict"],
  ["Nobody comes to me until it's already on fire.", "distance comm"],
  [
    "I'd love to do a proper session with each team but there's one of me and forty of them, so mostly they never see me.",
    "distance",
  ],
  [
    "Honestly I've stopped explaining why, I just push the policy out and they live with it.",
    "comm power",
  ],
  ["It's frustrating, you put the training together and half of them skip it.", "feel blame:emp"],
  [
    "If I'm honest, some of it is on me, I never explained the MFA rollout properly.",
    "blame:self comm",
  ],
  ["The accounts team are great, they forward anything dodgy straight to me.", ""],
  [
    "As the owner I don't really know what our IT contractor does all day, I just pay the invoice.",
    "distance",
  ],
  [
    "Security keeps slowing down the sales team and I get the complaints from both sides.",
    "conflict feel",
  ],
  ["My staff are the weak point, let's be honest, not the firewall.", "blame:emp"],
  ["We have a monthly catch-up with our IT provider and it works well for everyone.", ""],
  ["The IT firm sends us reports full of graphs I can't make head nor tail of.", "comm"],
  [
    "I'm probably the worst offender in the building, I reuse the same password everywhere.",
    "blame:self",
  ],
  [
    "I feel we're held hostage by them, they've got all the admin passwords and we don't.",
    "power feel",
  ],
  ["When something breaks, staff just sort it themselves rather than log a ticket.", "distance"],
  ["The IT lads are useless, three weeks for a new starter's laptop.", "blame:sec"],
  [
    "There's a bit of tension between IT and the warehouse, the lads there think the rules are for office people.",
    "conflict",
  ],
  ["She explains things in plain English, which I really appreciate.", ""],
  ["you ask a simple question and get a lecture back", "comm power"],
  [
    "I was mortified when I fell for the test email, genuinely wanted the floor to swallow me.",
    "feel blame:self",
  ],
  [
    "They lock the USB ports and then act surprised when we email files to our home accounts.",
    "conflict blame:sec",
  ],
  ["Not once has anyone from security come down to our floor. Not once.", "distance comm"],
  ["I wouldn't say there's a problem, it's just that I have no idea who to call.", "distance"],
  ["The helpdesk is quick, polite, and they don't make you feel thick.", ""],
  [
    'Every time I raise a ticket it gets closed with "resolved" and nothing\'s changed.',
    "blame:sec",
  ],
  ["People think security is my job and mine alone, not theirs.", "distance blame:emp"],
  [
    "I've learned the hard way that if you word an email too technically, nobody reads it.",
    "comm blame:self",
  ],
  [
    "There's this attitude among some staff that IT is the help, like we're there to fetch and carry.",
    "power feel",
  ],
  [
    "Half the directors share one login and look at me like I'm mad when I object.",
    "conflict blame:emp",
  ],
  [
    "I'll be honest, I avoid the office on days I know I'll have to tell people off.",
    "distance feel",
  ],
  ["Our relationship with the MSP is decent, they pick up the phone and they know our names.", ""],
  ["they blocked youtube. we use youtube for product training. nobody asked.", "conflict power"],
  ["I worry that if I report I clicked something they'll think I'm an idiot.", "feel power"],
  ["Look, I probably should have asked before installing it. That one's on me.", "blame:self"],
  [
    "If the lads in IT spent less time writing rules and more time fixing the printer we'd all be happier.",
    "blame:sec",
  ],
  ["It's a small firm, everyone knows everyone, and that includes the IT guy.", ""],
  ["The policies come down from on high and you just have to get on with it.", "power comm"],
  [
    "I spend a lot of time translating between what the security consultant says and what my team hears.",
    "comm",
  ],
  [
    "Frankly I'm scared of what would happen if we got hit, and I don't think IT has a plan.",
    "feel blame:sec",
  ],
  ["Fine overall. Maybe a bit slow sometimes but they get there.", ""],
  ["We pay a fortune for security and I couldn't tell you what we get for it.", "distance"],
  ["Staff don't understand that one bad click can cost us the business.", "blame:emp"],
  [
    "I asked for admin rights to install a plugin and got told no with zero explanation.",
    "comm power conflict",
  ],
  ["My job would be a lot easier if people just read the emails I send.", "blame:emp feel"],
  ["Honestly they're one of the nicer teams to deal with here.", ""],
  [
    "I get defensive when they question me about a login from abroad, it feels like an interrogation.",
    "feel power",
  ],
  [
    "We used to have real arguments over remote access, but we sat down and sorted a process out and it's fine now.",
    "",
  ],
  ["I just don't bother them anymore, I google it.", "distance"],
  [
    'The message said my device was "non-compliant" and that was it, no idea what to do.',
    "comm feel",
  ],
  ["They treat every user like a suspect.", "power blame:sec"],
  [
    "Whenever there's an incident the first question is who clicked, never why the filter let it through.",
    "blame:emp conflict",
  ],
  [
    "I should have budgeted for proper IT years ago, the mess we're in is my fault really.",
    "blame:self",
  ],
  ["The bloke from the IT company is brilliant, patient and never condescending.", ""],
  [
    "Our managers want security but don't want any of the inconvenience that comes with it.",
    "conflict",
  ],
  [
    "When I do walk round the office people suddenly go quiet, like I'm an auditor.",
    "distance feel",
  ],
  ["To be fair I'm the one who never turns up to the training.", "blame:self distance"],
  [
    "It's us against them sometimes, the developers want speed and security wants sign-off on everything.",
    "conflict",
  ],
  ["i honestly forget we even have a security person", "distance"],
  ["We get a newsletter from IT every quarter, it's short and actually useful.", ""],
  [
    "They reset my password and didn't tell me, I was locked out before a client call and it was humiliating.",
    "comm feel",
  ],
  ["Asking IT for anything feels like begging.", "power feel"],
  ["I'm not technical, so I just trust whatever they tell me to do.", "power"],
  [
    "Some of the older staff won't touch anything new, they'd rather write passwords on sticky notes.",
    "blame:emp",
  ],
  [
    "Communication isn't great, I'll admit. I tend to fire off an email and move on.",
    "comm blame:self",
  ],
  [
    "The MSP won't do anything without a signed change request, even for a five-minute job.",
    "conflict",
  ],
  ["the IT guy is nice enough but you'd never know what he actually does", "distance"],
  ["Having someone in-house who understands our work has made a massive difference.", ""],
  [
    "I kind of dread the annual security review, it always feels like I've failed an exam.",
    "feel power",
  ],
  ["The IT team sit on another floor and might as well be on another planet.", "distance"],
  [
    "Security isn't a blocker here, they're usually the ones suggesting a quicker way to do things.",
    "",
  ],
  [
    "Nobody asked the nurses before they brought in the auto-logout, and it's chaos on the ward.",
    "conflict power",
  ],
  ["Nobody tells me anything until after it's been decided.", "comm power"],
  ["I'm embarrassed to say I've no idea what our backup arrangements are.", "blame:self feel"],
  ["They're good people, just stretched. I don't blame them.", ""],
  ["You send a ticket and it vanishes into a black hole.", "blame:sec distance"],
  ["Some people here treat the security warnings like spam.", "blame:emp"],
  ["I feel sorry for our IT manager, everyone only calls her when they're angry.", "comm feel"],
  ["We don't really talk to them, they don't really talk to us, it sort of works.", "distance"],
  ["The consultant spoke to us like we were children.", "comm power feel"],
  [
    "It took six emails to get a shared folder set up and I ended up just using WhatsApp.",
    "conflict",
  ],
  ["It's my own fault, I ignored the update popup for a month.", "blame:self"],
  ["Users hide things from us, and I get it, they think they'll get in trouble.", "distance power"],
  ["Honestly I'd rather they told me when I've slipped up, I'd rather learn.", ""],
  [
    "Security is basically a tick-box exercise for our insurance, nobody really engages.",
    "distance",
  ],
  ["The engineers hate the VPN and keep finding ways round it.", "conflict blame:emp"],
  ["They phoned me directly to explain why my email was blocked, which was decent of them.", ""],
  ['Every conversation with them starts with "you shouldn\'t have".', "comm power"],
  [
    "I never know if I'm allowed to do something or not, the rules aren't written anywhere I can find.",
    "comm feel",
  ],
  ["Trust goes both ways and right now it isn't going either way.", "conflict feel"],
  ["The guy's a genius but he can't explain anything to a normal person.", "comm"],
  ["I keep meaning to ask about the new system but I don't want to bother them.", "distance feel"],
  ["I leave it to IT, it's not really my area.", "distance"],
  ["Our last provider was hopeless, this one's been great since day one.", ""],
  ["If staff got hacked it'd be because they didn't listen, plain and simple.", "blame:emp"],
  ["A bit of jargon now and then but they always explain if you ask.", ""],
  [
    "I honestly think half the problems are because I'm too trusting, I say yes to anything.",
    "blame:self",
  ],
  ["The security lead decides everything and the rest of us are just told.", "power"],
  [
    "I got pulled into a meeting about a file I shared and felt like I was on trial.",
    "feel power conflict",
  ],
  [
    "They never come to our site, it's always a remote session and a ticket number.",
    "distance comm",
  ],
  ["People come to me with problems now, which tells me we've built some trust.", ""],
  [
    "We argue about it every budget round, the IT side always wants more and can't say why.",
    "conflict comm",
  ],
  ["Our receptionist is sharper than most of the managers when it comes to scam calls.", ""],
  ["I can't keep up with all the rules, I just feel stupid.", "feel blame:self"],
  ["I've been told more than once that I'm 'difficult' because I ask why.", "conflict power"],
  ["The IT contractor is basically invisible unless something breaks.", "distance comm"],
  ["Bottom line, security people here are paid to say no.", "blame:sec"],
  [
    "I sent a warning about the fake supplier invoices and got two replies out of sixty people.",
    "distance blame:emp feel",
  ],
  [
    "We have a shared Teams channel with IT and it's genuinely helpful, questions get answered within minutes.",
    "",
  ],
  ["i just click ok on everything, i know i shouldnt", "blame:self"],
  ["They make decisions about our systems in a room we're never invited into.", "power distance"],
  [
    "Our office manager got us all a short session with the security firm and people actually enjoyed it.",
    "",
  ],
  [
    "Whenever I suggest a change, the IT provider tells me it's \"not best practice\" and that's the end of it.",
    "power comm conflict",
  ],
];

export const VOICES_CS: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CS_2,
  ...VOICES_CS_3,
  ...VOICES_CS_4,
];
