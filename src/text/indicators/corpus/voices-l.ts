import type { RawExample } from "./types.js";
import { VOICES_L_2 } from "./voices-l-2.js";

/**
 * Hard cases from employees, security/IT staff and managers: negation, contrast, hedges, positive
 * statements with gloomy words, indirect indicators, bodily feelings, mixed and rambling answers.
 * Written fresh for Rapport (brief L).
 * Continued in voices-l-2.ts (one file per few hundred lines).
 */
const FIRST: readonly RawExample[] = [
  // Negation and denial
  ["I can't think of one occasion when they've made anybody feel small.", ""],
  ["Not a single person on my shift is scared of the IT lads.", ""],
  ["Do we get the blame? No. Never have, touch wood.", ""],
  ["There's no us-and-them with infosec, they literally sit two desks over.", ""],
  ["I wouldn't describe our helpdesk as slow by any stretch.", ""],
  ["None of the reps has ever moaned to me about the cyber team.", ""],
  ["I've not once had to chase the MSP for anything this year.", ""],
  [
    "It's not like they hide in a back room. Priya's on the floor every morning with her coffee.",
    "",
  ],
  [
    "Users are not the problem here, and I'll argue with anyone on the board who says they are.",
    "",
  ],
  ["Nobody's been hauled into an office over a phishing test. That's just not how we do it.", ""],
  ["I don't resent the two-step login. Took a week to get used to, then forgot about it.", ""],
  ["No hard feelings towards IT whatsoever.", ""],
  ["There's no pecking order between us and the data protection lady, she's one of the team.", ""],
  ["Our staff aren't careless. If anything they over-report, which I'll take.", ""],
  ["Frustrated? Not really. The course drags a bit but that's the lot.", ""],
  ["Nobody on the security side has ever pulled rank on me.", ""],
  ["I don't get the sense that anyone's keeping tabs on what we do.", ""],
  ["None of that 'users are idiots' talk from our IT manager, thank goodness.", ""],
  ["We're not kept in the dark. Every change gets a mention in the Monday huddle.", ""],
  ["I can't say I've ever felt out of my depth talking to them.", ""],
  ["It isn't a them-versus-us thing in the slightest.", ""],
  ["Never been treated like a suspect, not even when my laptop went walkabout.", ""],
  ["Hostile? Our IT guy? He brings doughnuts on Fridays.", ""],
  ["Compliance made me nervous my first year. These days I pop in for a natter.", ""],
  ["Nothing's ever been sprung on us without warning, to be fair to them.", ""],
  ["No, I don't think head office looks down on the branches, whatever people say.", ""],
  ["I'm not angry with IT. I've just stopped bothering to report things.", "distance"],
  [
    "They don't shout, they don't need to. One look from the security manager and you know you're in trouble.",
    "power",
  ],
  [
    "Nobody's rude, exactly. You just only ever hear from them once you've done something wrong.",
    "comm",
  ],
  ["I wouldn't say they're unfriendly, but I couldn't name a single one of them.", "distance"],
  [
    "It's not that staff don't care. It's that not one of them opens the security bulletin.",
    "blame:emp",
  ],
  [
    "I'm not saying IT are bad people. I'm saying in six years they've never once asked what we need.",
    "power",
  ],
  [
    "We don't argue with compliance. There's no point, it's been decided before we hear of it.",
    "power distance",
  ],
  [
    "Oh, nobody blames the users here. They just name the person who clicked in the all-staff email.",
    "blame:emp comm",
  ],
  ["I don't have a problem with the security team. Never met them, so how could I?", "distance"],
  ["Scared of them? No. I've simply given up asking for anything.", "distance"],
  [
    "I'm not saying the sales floor is the problem. I'm saying every incident this year started on the sales floor.",
    "blame:emp",
  ],
  [
    "Nothing is ever refused as such. It just sits in 'under review' until you give up.",
    "conflict",
  ],
  ["It's not a power thing, it's just that we can't do anything without their sign-off.", "power"],

  // Contrast: the second half carries it
  ["Nice enough people, but a simple fix takes three weeks minimum.", "conflict"],
  ["Clever bunch. Shame nobody understands a word they say.", "comm"],
  [
    "The policy itself is sensible; the way it landed by email at nine on a Friday night wasn't.",
    "comm",
  ],
  [
    "The old MSP sent us scary emails in capital letters. The new one just rings up for a chat.",
    "",
  ],
  [
    "Rocky start with the new firewall, but the cyber team came and sat with every department until it worked.",
    "",
  ],
  [
    "I was livid when they locked my account, but they rang me within ten minutes and we sorted it together.",
    "",
  ],
  [
    "We had a proper row over the USB ban in the spring. These days it's a monthly coffee and it's fine.",
    "",
  ],
  [
    "The rules seemed pointless until they showed us the fake invoice that nearly got paid. Then it clicked.",
    "",
  ],
  ["Polite, responsive, quick. The catch is they decide everything without asking us.", "power"],
  ["Great at fixing laptops, hopeless at telling you why anything changed.", "comm"],
  ["Helpful people, I'd just never think of going to them.", "distance"],
  ["They reply fast. They also reply like you're five.", "comm power"],
  ["Lovely woman, our DPO. Terrifying emails, though.", "comm feel"],
  ["Tech-wise they're brilliant. People-wise it's a closed shop.", "distance"],
  [
    "IT did a decent job on the migration in the end, shame about the six weeks beforehand when nobody knew what was happening.",
    "comm",
  ],
  [
    "They were a nightmare last year, I won't lie, but since Sam took over it's like a different department.",
    "",
  ],
  [
    "Our users used to click on everything. Now their reporting rate frankly puts the IT team to shame.",
    "",
  ],
  ["I get on with the IT guys fine, it's the security bods upstairs I never see.", "distance"],
  [
    "They mean well. They just don't get what a Saturday in a garden centre looks like.",
    "conflict",
  ],
  ["Approachable? Yes. Reachable? Not before Thursday.", "conflict"],
  [
    "I used to dread the audit, but the new auditor actually asks how we work before telling us anything.",
    "",
  ],
  [
    "The training was well run and the trainer was lovely. Then came the letter saying our results would go on file.",
    "power",
  ],
  ["Fair enough on the rules, but why do we have to learn them from a poster in the loo?", "comm"],
  ["Their hearts are in the right place. Their ticket queue is in another postcode.", "conflict"],
  ["I know staff find the checks tedious, but nobody's ever told me they feel spied on.", ""],
  [
    "From our side the users can be hard work, but honestly they're the first to flag anything odd.",
    "",
  ],
  ["Everyone says the cyber team are arrogant. I found them patient and a bit shy, actually.", ""],
  [
    "Sure, the managers grumble about the VPN. They also use it every single day without issue.",
    "",
  ],
  [
    "Friendly on the phone, but every answer is 'we'll look into it' and then silence.",
    "comm conflict",
  ],
  ["Good tools, good intentions, no idea who any of us are.", "distance"],

  // Hedges and understatement
  ["Conversations with them tend to run in one direction, let's put it that way.", "comm"],
  ["I suppose infosec and the studio aren't what you'd call close.", "distance"],
  ["Let's just say the helpdesk isn't famous for its speed.", "conflict"],
  ["Their emails are... thorough. I tend to read the first line.", "comm"],
  ["It's fair to say the floor isn't queueing up to chat to compliance.", "distance"],
  ["Ringing them makes me a tiny bit twitchy, truth be told.", "feel"],
  ["We're perhaps slightly at their mercy whenever the server goes down.", "power"],
  ["They can be a little economical with the reasons behind things.", "comm"],
  ["Not the most patient bunch with the older staff, shall we say.", "comm"],
  [
    "On the whole I'd say our users are slightly too trusting of anything with a logo on it.",
    "blame:emp",
  ],
  ["Maybe I should have asked before installing it. Probably, yeah.", "blame:self"],
  ["The password rules are, shall we say, not written with people in gloves in mind.", "conflict"],
  ["I may have been a little short with the girl from IT. Not my finest hour.", "blame:self"],
  ["It's a smidge wearing, all the waiting around.", "feel conflict"],
  ["I'm mildly uneasy that they can see my browsing.", "feel power"],
  ["Slightly intimidating, the cyber director. Only slightly.", "feel power"],
  ["Not ideal that the only time we hear from them is after a breach.", "comm"],
  ["It could be argued that we're a touch dependent on one contractor.", "power"],
  ["Relations with the labs are, let's say, cordial at best.", "conflict distance"],
  ["There's perhaps a small gap between what they say and what we do.", "distance"],
  ["I'd venture that the drivers don't read a word of it.", "blame:emp"],
  ["Somewhat underwhelming, the support we get.", "blame:sec"],
  ["A bit of a sore point, the laptops. I'll leave it there.", "conflict"],
  ["Their updates have a habit of being, how to put it, very long and very technical.", "comm"],
  ["If I'm honest, we could probably have handled the rollout better ourselves.", "blame:self"],
  [
    "I might be a little out of touch with what the engineers actually need.",
    "blame:self distance",
  ],
  ["It's all a bit top-down, I'd say.", "power"],

  // Positive statements with gloomy words
  ["Since the amnesty week nobody's frightened to say 'I clicked it' any more.", ""],
  ["No blaming. You say what went wrong and they help you put it right.", ""],
  ["Our security lead kills the jargon before it ever gets to us.", ""],
  ["I used to dread the yearly audit; now it's over in an hour and there are biscuits.", ""],
  ["No more nagging emails, just a two-minute tip at the start of the team meeting.", ""],
  ["Never a lecture, never a raised voice, just 'show me what happened'.", ""],
  ["They knocked down the wall between the office and the workshop simply by turning up.", ""],
  ["Mistakes are treated as lessons here, not crimes.", ""],
  [
    "The phishing test caught me out, and honestly the follow-up was kind rather than humiliating.",
    "",
  ],
  ["Nothing to complain about, which is a strange thing to say about IT.", ""],
  ["Gone are the days of being locked out for a week.", ""],
  [
    "When I owned up to losing the phone, nobody shouted. They wiped it remotely and made me a tea.",
    "",
  ],
  ["Problems get fixed, not punished.", ""],
  [
    "My worry about the new monitoring went away once they showed us exactly what it can and can't see.",
    "",
  ],
  ["Stupid questions welcome, it says so on the helpdesk poster, and they mean it.", ""],
  ["They scrapped the monthly password change and not one person has missed it.", ""],
  ["Hardly any friction these days, which after last year is a minor miracle.", ""],
  ["Infosec stopped hiding behind tickets and started walking the floor.", ""],
  ["The fraud attempt was frightening, but the way IT handled it made us feel looked after.", ""],
  [
    "I sent a client file to the wrong address, they said it happens to everyone, and that was the end of it.",
    "",
  ],
  [
    "The reps were furious about the new tablets until IT spent a day on the road with them. Complete turnaround.",
    "",
  ],
  ["No 'gotcha' emails after the phishing test, just a short video for everybody.", ""],
  ["Nobody here treats a security slip as a sacking offence.", ""],
  ["I'm never afraid to ring the MSP, even at silly o'clock.", ""],
  ["Zero drama, zero finger-pointing, zero acronyms. Bliss.", ""],
  ["I stopped worrying about getting it wrong once I met the team.", ""],
  ["Nobody gets named and shamed. The incident review is about the process.", ""],
  ["Even grumbles sent to IT get a proper reply, normally before lunch.", ""],
  ["The scary-sounding 'security review' turned out to be a friendly chat over lunch.", ""],
  ["We don't suffer in silence any more, there's a Teams channel and they answer it.", ""],
  ["Before the new manager we were kept in the dark; now we're in the loop on everything.", ""],
  ["Our IT contractor never makes you feel daft, no matter how basic the question.", ""],

  // Power said indirectly
  ["Head office says jump, the branches ask how high.", "power"],
  ["Our views were invited after the contract had been signed.", "power comm"],
  ["You don't question the cyber team. You nod, and you go back to your desk.", "power"],
  ["What the security lead says goes. Nobody has ever tried otherwise.", "power"],
  ["Every site I visit ends up in a report on my line manager's desk.", "power"],
  ["We're the last to be consulted and the first to be audited.", "power"],
  ["They hold the keys. Literally and otherwise.", "power"],
  ["I need a form signed to change my own screensaver.", "power"],
  ["The consultants swept in, wrote the rules and swept out again.", "power distance"],
  [
    "My team fill in a request to install a calculator. I install whatever I like. Not a great look, is it.",
    "power",
  ],
  [
    "Compliance speaks, the partners nod, and the rest of us read about it on the intranet.",
    "power comm",
  ],
  ["Forget your badge and they treat it like a break-in.", "power"],
  ["Asking for admin rights feels like asking your dad for the car keys.", "power"],
  [
    "The directors won't let me anywhere near their laptops. Apparently the rules stop at the second floor.",
    "power conflict",
  ],
  [
    "I'm told what to protect by people who couldn't tell you what a server does, and pushing back isn't an option.",
    "power",
  ],
  ["Nobody voted for the new cameras. They just appeared over the weekend.", "power comm"],
  ["Our IT firm sends the bill and we pay it. What it's for is anyone's guess.", "power distance"],
  ["The sign-off sits with one man in Swindon and he doesn't do weekends.", "power conflict"],
  ["We're expected to be grateful for whatever kit trickles down from head office.", "power feel"],

  // Distance said indirectly
  ["I'd have to check the intranet to give you the security manager's name.", "distance"],
  ["On the ward we sort it among ourselves. Ringing IT is the very last resort.", "distance"],
  [
    "When the scanner plays up Kev gives it a whack. Nobody's rung the helpdesk in years.",
    "distance",
  ],
  ["Security is whoever sits upstairs.", "distance"],
  ["The cyber newsletter goes straight into a folder I've never opened.", "distance"],
  [
    "I only found out the warehouse had shared one password for two years when the auditor mentioned it.",
    "distance",
  ],
  ["We see them at the Christmas do. That's about the extent of it.", "distance"],
  ["They're in Leeds, we're in Truro, and that sums it up really.", "distance"],
  ["Honestly, whatever. They'll change it all again next month.", "distance"],
  ["Anything fiddly I take home and do on the family PC. Less grief all round.", "distance"],
  [
    "Reporting a dodgy email means a form, a ticket and a call back, so people just delete them.",
    "distance conflict",
  ],
  [
    "I could walk through the dispatch office tomorrow and not a soul would know who I was.",
    "distance",
  ],
  ["If they vanished tomorrow it'd be a month before anyone noticed.", "distance"],
  ["Cyber? That's a head office thing, surely.", "distance"],
  ["Last time I spoke to someone in IT was my induction. Four years ago.", "distance"],
  ["Whenever I've got a question I ask Jen in payroll. She seems to know.", "distance"],
  [
    "The lads have a WhatsApp group for work stuff because the official app is a faff. IT doesn't know.",
    "distance conflict",
  ],
  ["We've sort of stopped expecting anything from them.", "distance"],

  // Conflict said indirectly
  ["They always seem to schedule the updates for the morning payroll runs.", "conflict"],
  ["Getting one website unblocked takes longer than onboarding a new starter.", "conflict"],
  [
    "We've had the same ticket open since April. It's practically a member of staff now.",
    "conflict",
  ],
  ["The security sign-off turned a two-day job into a fortnight.", "conflict"],
  ["Sales want it yesterday, security want it never, and guess who has to referee.", "conflict"],
  ["Every meeting with compliance ends with both sides sure the other hasn't got it.", "conflict"],
  [
    "The tablet logs out after ninety seconds. Handy when you're midway through a resident's meds round.",
    "conflict",
  ],
  ["Apparently the client portal is a 'risk'. It's also how we get paid.", "conflict"],
  ["The helpdesk closed my ticket as resolved. It was not resolved.", "conflict"],
  [
    "Every time I switch something off for safety, someone in marketing switches it back on.",
    "conflict blame:emp",
  ],
  ["The new timesheet app went live the day the auditors arrived.", "conflict"],
  [
    "We plan the harvest around the weather; they plan the outages around their holidays.",
    "conflict",
  ],
  ["The rulebook assumes we all sit at desks. We sit in cabs.", "conflict"],

  // Feelings through the body or the situation
  ["My heart sinks when an email from compliance lands in my inbox.", "feel"],
  [
    "I held my breath for a week after forwarding that file to the wrong client.",
    "feel blame:self",
  ],
  ["I go hot and cold every time the phishing results come out.", "feel"],
  ["Couldn't sleep the night before the data audit.", "feel"],
  ["My hands were shaking when I rang to say I'd left the laptop on the train.", "feel blame:self"],
  [
    "I sat in the car park for ten minutes before I could go in and explain the red screen.",
    "feel",
  ],
  ["I've had a little cry in the stationery cupboard after a call with the MSP.", "feel"],
  ["Jaw clenched, every single time the VPN drops.", "feel conflict"],
  ["Running on coffee and spite here. The patching never stops.", "feel"],
  [
    "I want to put my head on the desk every time another 'urgent' security banner pops up.",
    "feel",
  ],
  ["Tight chest, every time a 'your account has been flagged' message appears.", "feel power"],
  [
    "Eleven years in this job and the new policy made me feel like a temp on day one.",
    "feel power",
  ],
  ["When the screen went red in front of the customer I wanted the floor to open up.", "feel"],
  ["I dread the Monday inbox. Forty complaints and not a single thank-you.", "feel"],
  [
    "When it all works nobody says a word, which is the point of the job, and it slowly gets you down.",
    "feel",
  ],
  ["My palms sweat just logging in to the finance system now.", "feel"],
  ["Everyone tiptoes round the IT manager, me included.", "feel power"],
  ["I physically winced when I saw the size of the new policy.", "feel comm"],
  ["I count to ten before I ring the helpdesk.", "feel"],
  ["That phishing email they sent as a test had me in bits for a day.", "feel"],
];

export const VOICES_L: readonly RawExample[] = [...FIRST, ...VOICES_L_2];
