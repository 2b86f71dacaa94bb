import type { RawExample } from "./types.js";

/** MSP account managers on contracts, renewals and client owners and staff. Written fresh for Rapport (brief CD). */
export const VOICES_CD_2: readonly RawExample[] = [
  ["The owner only ever picks up the phone to argue about the invoice.", "comm conflict"],
  ["Renewal meeting went great. They added two sites and asked for more training days.", ""],
  [
    "I've been their account manager for three years and I've met the MD once, at a funeral.",
    "distance",
  ],
  [
    "I'm probably the weakest link in that relationship, to be honest. I never follow up.",
    "blame:self",
  ],
  [
    "I'm always apologising for the helpdesk. We overpromise every single time and it wears me out.",
    "feel blame:sec",
  ],
  ["Honestly the client's right to be cross, our onboarding was a shambles.", "blame:sec"],
  [
    "Their office manager is sharp, organised and keeps a list ready for our QBRs. Makes my job easy.",
    "",
  ],
  ["We're the supplier. We're there to be told what to do and invoiced against.", "power"],
  [
    "I sent the security roadmap in October. Still no reply. I've stopped expecting one.",
    "distance",
  ],
  [
    "They call us about everything, the blinds, the coffee machine, the car park barrier. Nothing's 'not IT' to them.",
    "conflict",
  ],
  ["The owner acts like he's doing us a favour by paying us.", "power"],
  ["We speak their language now: money, downtime, risk. Technical stuff stays with the techs.", ""],
  ["Users ignore the update prompt for weeks, then complain their laptop's slow.", "blame:emp"],
  [
    "I got the pricing wrong on their renewal and had to go back cap in hand. Mortifying.",
    "blame:self feel",
  ],
  ["Contract's rolling monthly, so we earn their business every month. Keeps us sharp.", ""],
  [
    "Our techs write ticket notes in hieroglyphics and the client reads them. Not great.",
    "comm blame:sec",
  ],
  [
    "I hate the renewal call with that lot. Every year it's the same threats to leave.",
    "feel conflict",
  ],
  ["They're quite happy to let us make the decisions. Maybe too happy, but it works.", ""],
  ["The MD told me straight: 'I don't care how, just keep us off the news.' Fair brief.", ""],
  ["i think they forget we exist between outages tbh", "comm distance"],
  [
    "We dropped the ball on their new-starter laptops three times in a row. I'd be furious too.",
    "blame:sec",
  ],
  [
    "Their staff get round our VPN with personal Dropbox accounts because the VPN's so slow.",
    "conflict blame:sec",
  ],
  ["One of the partners emails me in all caps. Every time. Even 'THANKS'.", "comm"],
  ["The owner likes to remind us who signs the cheques.", "power"],
  [
    "Got a handwritten thank-you card from their admin team after the office move. Pinned it above my desk.",
    "",
  ],
  ["i keep promising their owner a roadmap and keep not writing it. that's on me", "blame:self"],
  ["honestly they're no trouble. a few tickets a week, all sensible", ""],
  ["Half their office still thinks 'Password1!' is a strong password.", "blame:emp"],
  [
    "The client's operations manager and I get on really well. We have a pint after the quarterly review.",
    "",
  ],
  [
    "I didn't chase the contract renewal and it lapsed. They went a month uncovered because of me.",
    "blame:self",
  ],
  [
    "It's 'urgent' until we ask them for info, then it goes silent for a week.",
    "conflict distance",
  ],
  [
    "Our own contracts are so vague nobody knows what's included, us least of all.",
    "blame:sec conflict",
  ],
  [
    "The owner refuses to speak to anyone but me, so techs can't get answers without going through me.",
    "power distance",
  ],
  ["When they say 'we'll think about it' it means no, and they won't tell us why.", "comm"],
  ["Clients are usually reasonable if you're honest about what went wrong.", ""],
  [
    "We were treated like the enemy during the audit. Every question felt like an accusation.",
    "conflict",
  ],
  [
    "The staff are terrified of breaking anything, so they come to us to quietly fix things before anyone notices.",
    "feel",
  ],
  [
    "I'm the one who oversold them the 'fully managed' package. Honestly my fault they expected miracles.",
    "blame:self conflict",
  ],
  [
    "Their director signs whatever I put in front of him without reading it. Makes me uneasy.",
    "distance feel",
  ],
  [
    "They call to complain about response times but then don't answer when the tech calls back.",
    "conflict",
  ],
  ["We've got a shared Teams channel with their managers. Chatty, quick, friendly.", ""],
  [
    "I had to explain 'zero trust' to the owner and he thought I meant we didn't trust him. Took a while to undo.",
    "comm conflict",
  ],
  [
    "The client ignores every recommendation in our report and then asks why they got hacked.",
    "blame:emp conflict",
  ],
  ["We onboarded six new starters for them this month. All ready on day one.", ""],
  ["the owner demands a named tech on site every tuesday and sulks if its anyone else", "conflict"],
  ["I don't blame them for being wary, the last provider ripped them off for years.", "blame:sec"],
  [
    "Our satisfaction score from them went up twelve points after we started monthly check-ins.",
    "",
  ],
  [
    "Their practice manager won't reply to emails from anyone junior. Only me, only phone.",
    "power comm",
  ],
  ["It's like we're always on trial with them, and they're the judge.", "feel power"],
  [
    "They never log a ticket, just tell me at the renewal that 'things have been bad all year'.",
    "distance comm",
  ],
  ["Contract negotiations were tough but fair. We both came out happy.", ""],
  [
    "I honestly think our techs look down on their staff. It shows in the ticket notes.",
    "power blame:sec",
  ],
  [
    "Their staff aren't afraid to tell us when something's bugging them, which I actually value.",
    "",
  ],
  [
    "Their HR lady never tells us when people start or leave, then blames us for slow setup.",
    "distance conflict blame:emp",
  ],
  ["I love this account. They're demanding but they say thank you.", ""],
  [
    "If I'm honest I avoid visiting them because I don't have answers to their questions.",
    "distance blame:self",
  ],
  [
    "We're told off in front of their staff whenever something breaks. It's humiliating.",
    "power feel",
  ],
  [
    "Nobody there has ever read our acceptable use policy and I don't blame them, it's ten pages of legalese.",
    "comm blame:sec",
  ],
  ["Change freeze over Christmas, agreed with the partners in November. No drama.", ""],
  ["Their owner invited our whole team to the Christmas do. That's a good client.", ""],
  ["I keep getting 'per my last email' from their finance team. Ouch.", "comm"],
  [
    "They see us as a cost, not a partner. Every conversation starts with 'why is this so expensive'.",
    "conflict",
  ],
  [
    "Their staff just don't care about security. Passwords on post-its, screens unlocked, the lot.",
    "blame:emp",
  ],
  [
    "We used to get constant complaints from them, but since the new service desk it's been quiet in a good way.",
    "",
  ],
  [
    "The owner watches our techs' every keystroke during remote sessions and questions each one.",
    "power",
  ],
  [
    "I worry they'll leave us and I'll never know why, because they never tell us anything.",
    "feel distance",
  ],
  [
    "Our billing is a mess. They get three invoices a month and none match the contract.",
    "blame:sec",
  ],
  [
    "We have a standing 'no surprises' rule with them: if it's going to cost, they hear it first.",
    "",
  ],
  ["Clients never call to say it's all working. You only hear the bad stuff.", "comm"],
  ["Site visit Thursday: swapped two switches, checked the UPS, had lunch with the team.", ""],
  ["I'm sick of being the punchbag on their monthly calls.", "feel conflict"],
  [
    "They tell the techs one thing and me another, then act surprised we're confused.",
    "conflict comm",
  ],
  [
    "The practice wants everything done through a single gatekeeper who's part-time and unreachable.",
    "distance conflict",
  ],
  ["I think I talk to them too much like an engineer. Their eyes glaze over.", "comm blame:self"],
  ["The owner said we were 'the best money he's spent on the business'. Made my week.", ""],
  ["The MD asks good questions at the quarterly review and remembers the answers.", ""],
  [
    "Getting sign-off for anything takes six weeks and four emails to people who don't reply.",
    "distance conflict",
  ],
  [
    "We push updates and they find out when their screen restarts. Zero warning. Our fault, that.",
    "comm blame:sec",
  ],
  [
    "They hired an in-house 'IT person' who countermands everything we set up, and the owner backs him every time.",
    "conflict power",
  ],
  [
    "Their in-house IT guy is out of his depth and won't admit it. We clean up after him weekly.",
    "blame:sec",
  ],
  [
    "Honestly I'm a bit intimidated by their CEO, he makes me shrink like a schoolboy.",
    "feel power",
  ],
  ["The client's happy, we're happy. Boring in the best way.", ""],
  ["Every time there's a data breach in the news, the owner rings me in a panic.", "feel"],
  ["People there approve every MFA prompt that pops up, even at 3am.", "blame:emp"],
  [
    "I was too slow to tell them about the outage. They heard it from their own customers first. That's on me.",
    "blame:self comm",
  ],
  ["We're treated as furniture. Necessary, invisible, ignored.", "distance power"],
  [
    "Monthly report shows what we fixed, what's coming, what it costs. No jargon. They like it.",
    "",
  ],
  [
    "They insist on paper change-approval forms signed by the owner, who's never in the office.",
    "conflict",
  ],
  [
    "Our techs keep promising callbacks that don't happen. I'm sick of apologising for them.",
    "blame:sec feel",
  ],
  ["the owner's wife runs the office and she's brilliant, always knows what's going on", ""],
  ["Users click everything. I've stopped being surprised.", "blame:emp"],
  ["They escalate straight to our CEO over trivial stuff to make a point.", "power conflict"],
  [
    "Forgot to tell them about the maintenance window. Phones went dead mid-morning. My bad.",
    "blame:self",
  ],
  [
    "Our proposal was full of acronyms and the owner asked if I was trying to bamboozle him. Fair.",
    "comm blame:self",
  ],
  ["It's mostly good. Occasional grumble about response times, nothing serious.", ""],
  ["They only remember us when the internet's down.", "comm"],
  [
    "I'm frustrated that they keep hiring without telling us. New starters sat with no laptop for three days.",
    "feel distance",
  ],
  [
    "Their managing partner treats our advice as optional and our invoices as negotiable.",
    "conflict power",
  ],
  ["We used to fight about scope all the time. A clear schedule of works fixed that.", ""],
  ["Honestly the client's staff are more patient with us than we deserve.", "blame:sec"],
  ["The owner yells, the staff whisper, and I try to stay out of both.", "conflict distance"],
  ["They never tell us about new software they buy. We discover it when it breaks.", "distance"],
  ["I'd call it a real partnership. They loop us in on plans months ahead.", ""],
  [
    "We got blamed for their phishing incident even though the user typed their password into a fake page.",
    "conflict blame:emp",
  ],
  [
    "I'm invisible on that account. The emails go out and nothing comes back, and it gets to me.",
    "feel distance",
  ],
  [
    "Their accounts team treats the ticket form like a complaints box. Tone is always furious.",
    "conflict comm",
  ],
  [
    "We keep sending them the same five recommendations and they keep ignoring them. I'm losing the will.",
    "distance feel",
  ],
  [
    "I made them feel stupid in the kickoff meeting without meaning to. Took months to recover.",
    "blame:self power",
  ],
  [
    "They're a bit old-fashioned, they like a phone call rather than an email. That's fine by me.",
    "",
  ],
  [
    "The MD picks software from trade-show freebies, then expects us to support it all.",
    "power conflict",
  ],
  ["When things go wrong, they want a name. Mine, usually.", "conflict"],
  ["We had a rough patch after the migration but we talked it through and we're solid now.", ""],
  ["We lost their confidence after that outage and frankly we earned it.", "blame:sec"],
  [
    "Contract review was civil. They pushed back on price, we explained, they accepted. Normal business.",
    "",
  ],
  [
    "Their owner won't let staff talk to us directly. Everything goes through him and he's always busy.",
    "power distance",
  ],
  ["I get a knot in my stomach when their number comes up.", "feel"],
  [
    "honestly the security audit we sold them was pointless box-ticking and they knew it",
    "blame:sec",
  ],
  ["The client's operations director appreciates straight answers, so that's what she gets.", ""],
  ["If I don't chase them, I'd never hear from them. If I do chase, I'm a pest.", "distance"],
  [
    "Our helpdesk told their CFO to 'turn it off and on again' in a tone. He has not forgiven us.",
    "comm blame:sec",
  ],
  [
    "They keep personal laptops on the company network no matter how many times we raise it.",
    "blame:emp conflict",
  ],
  [
    "We can't win. Lock it down and they're furious, leave it open and we're negligent.",
    "conflict",
  ],
  ["Their bookkeeper sends me a Christmas card every year. Sweet.", ""],
  ["Their director genuinely listens. Rare, and I appreciate it.", ""],
  [
    "I still cringe about the time I forgot their board meeting and rang in from the car.",
    "blame:self feel",
  ],
];
