import type { RawExample } from "./types.js";

/** Mixed IT support voices, part 4: tired, sarcastic, kind, proud and fair-minded answers. Written fresh for Rapport (brief BD). */
export const VOICES_BD_4: readonly RawExample[] = [
  ["Oh yes, they adore me. Right up until I ask them to restart.", "conflict"],
  ["Decent people, rubbish passwords.", "blame:emp"],
  [
    "We meet the client's staff in person twice a year at the kit audit, and they're always friendly.",
    "",
  ],
  ["It's exhausting being the only person who thinks about this stuff.", "feel distance"],
  ["Nobody's ever been rude to me here. Confused, often. Rude, never.", ""],
  ["The managing partner calls me 'our tech' like I'm a piece of equipment.", "power"],
  ["I'd call the relationship respectful. We don't always agree but we talk it out.", ""],
  [
    "Honestly, the sheer number of people who reply-all to the phishing warning is a phishing warning in itself.",
    "blame:emp",
  ],
  [
    "I find it hard to explain risk without sounding like a doom merchant, so I probably frighten people more than I should.",
    "comm blame:self feel",
  ],
  ["They want security that's invisible and free. So do I, mate.", "conflict"],
  [
    "I'm in the office three days a week and I eat lunch with whoever's in. That's where I hear what's really going on.",
    "",
  ],
  ["If I get a thank-you it's usually from someone about to leave the company.", "feel"],
  [
    "The owner's attitude after an incident is: fix it, tell me it's fixed, don't tell me how. Works for both of us.",
    "",
  ],
  ["They just don't care. Not in a nasty way. It's just not on their radar.", "distance blame:emp"],
  ["Management only wants to hear from me when the insurance renewal is due.", "comm power"],
  [
    "I'm proud of our response times. Under fifteen minutes for most calls and the users notice.",
    "",
  ],
  ["We're the people they swear at, basically.", "conflict power"],
  ["Is it normal to get a complaint because the new monitor is 'too big'? Asking for me.", ""],
  ["Half of them think MFA stands for something rude, judging by what they call it.", "conflict"],
  [
    "The hardest bit is when I can see a problem coming and nobody will give me the time to deal with it.",
    "power feel",
  ],
  ["They're open with me. That took a while, and a lot of not shouting.", ""],
  [
    "After the phishing incident our manager told the client it was 'an engineer error'. It wasn't. We didn't argue.",
    "blame:sec power",
  ],
  [
    "People avoid eye contact when I walk past with a laptop under my arm. They think I've come for theirs.",
    "distance feel",
  ],
  [
    "I'd describe most of the staff as trusting and eager to please, which is exactly what scammers love.",
    "blame:emp",
  ],
  ["Our users send in tickets at 4am and expect me to reply at 4:05.", "conflict"],
  ["I probably expect too much from them. They're accountants, not sysadmins.", "blame:self"],
  [
    "We visit every client in person at least monthly and it's the bit of the job I'd fight to keep.",
    "",
  ],
  ["The directors treat security spend like a grudge purchase.", "power conflict"],
  [
    "Someone cried on the phone to me last week because they thought they'd broken the server. They hadn't. I felt awful for them.",
    "feel",
  ],
  [
    "They bypass the guest wifi by using the staff password, which they share with everyone.",
    "distance blame:emp",
  ],
  [
    "The relationship with the users is fine. The relationship with management is where it gets complicated.",
    "",
  ],
  ["Nobody tells you how much of this job is reassuring people.", ""],
  [
    "They're suspicious of anything IT rolls out, because the last rollout was a disaster. That one's on us.",
    "conflict blame:self",
  ],
  [
    "I only hear from the Leeds office when the printer's jammed. Otherwise it's radio silence.",
    "comm distance",
  ],
  ["I'd love to say they respect my time. They don't.", "power feel"],
  ["Kind, funny, chaotic. That's the staff.", ""],
  [
    "When I brought in the new rule on personal USBs, the owner backed me in front of everyone. Ended the argument on the spot.",
    "",
  ],
  [
    "Our client contact talks down to our junior engineers and I've had to step in twice.",
    "power comm",
  ],
  [
    "I keep my explanations short now. People seem happier with three sentences than three pages.",
    "",
  ],
  [
    "The ones who complain loudest about security are the ones who click the most links.",
    "blame:emp conflict",
  ],
  ["Can't say I blame them for hating the VPN. I hate the VPN.", ""],
  ["No one from the board has ever visited the IT room. It's a cupboard, but still.", "distance"],
  [
    "I worry I've made people too nervous to click anything, including legitimate invoices.",
    "feel blame:self",
  ],
  [
    "They ring me directly on my mobile, bypass the ticket queue entirely, and then ask why nobody else knows about it.",
    "distance conflict",
  ],
  ["The best part of my day is walking someone through something and watching it click.", ""],
  [
    "Management's line after any incident is 'let's not dwell on it'. So we never learn anything.",
    "distance power",
  ],
  ["A lot of users see me as a gatekeeper. Fair, really. That's partly the job.", ""],
  [
    "We're contracted for remote support only, so the staff have never seen my face. I'm a voice and an email address.",
    "distance comm",
  ],
  ["They're lovely but utterly helpless with anything that isn't Outlook.", "blame:emp"],
  ["Honestly I think the staff respect me. Management sees me as an overhead.", "power"],
  [
    "I've been shouted at for things the software vendor did. Comes with the badge.",
    "blame:sec feel",
  ],
  [
    "There's a lot of goodwill here. They forgive the slow days because the fast days are fast.",
    "",
  ],
  [
    "The hardest part is not knowing what they're actually doing with the data until something leaks.",
    "distance feel",
  ],
  [
    "I'd say fifty-fifty. Half see me as a colleague, half see me as a cost centre with a lanyard.",
    "power",
  ],
  [
    "The new finance system was bought without asking me, and I found out when they asked me to 'secure it by Monday'.",
    "power comm",
  ],
  ["the owner is brilliant, he just says 'your call' and means it", ""],
  ["Staff think the training is patronising. Having sat through it, I agree with them.", "comm"],
  [
    "When I mess up, I say so in the team chat. People have started doing the same, which I'm quietly proud of.",
    "",
  ],
  ["They seem to think IT is a magic box that I'm deliberately keeping shut.", "conflict power"],
  ["Most complaints are about speed, not people. That feels like a win.", ""],
  [
    "The client's IT lead used to be hostile. Now we have a weekly call and he's one of my favourite people to work with.",
    "",
  ],
  [
    "I don't think anyone here would notice if the security alerts stopped. That's the bit that scares me.",
    "distance feel",
  ],
  [
    "Reception signs for my parcels and tells me who's been asking for me. Couldn't do the job without her.",
    "",
  ],
  [
    "After an incident, nothing. No debrief, no thanks, no questions. Just silence until the next one.",
    "comm distance",
  ],
  ["They hand me laptops covered in crumbs and say 'it's just slow'.", "blame:emp"],
  [
    "I have to beg for every licence. Literally write a paragraph on why a person needs antivirus.",
    "power feel",
  ],
  [
    "They're generally fair with me. When I'm wrong they say so, when I'm right they mostly admit it.",
    "",
  ],
  ["People ring me about problems they've had for weeks. Weeks! Why wait?", "distance feel"],
  [
    "We get brought in after the client has tried to fix it themselves with a YouTube video.",
    "distance blame:emp",
  ],
  ["I'm the one they come to first now, not last. That took three years.", ""],
  [
    "The owner thinks cyber attacks only happen to big companies, and I'm the paranoid one for disagreeing.",
    "conflict power",
  ],
  ["Some days I feel more like a babysitter than an engineer.", "power feel"],
  [
    "We run a two-minute security tip at the Monday meeting. Short, no jargon, no scolding. People look forward to it, oddly.",
    "",
  ],
  [
    "They don't understand what I say and I don't understand what they need. Classic.",
    "comm conflict",
  ],
  ["My boss has my back, no question. He took the heat from a client over a decision I made.", ""],
  [
    "They bring in their kids' tablets for me to look at. It's sweet and they trust me, so I do it.",
    "",
  ],
  [
    "Sarcastic answer: they think I'm a wizard. Honest answer: they think I'm a wizard who's slightly rubbish at magic.",
    "blame:sec",
  ],
  ["i'm the last person anyone tells anything to", "comm distance"],
  ["Respectful, patient, curious. Honestly one of the better places I've supported.", ""],
  ["The board reviews my security report once a year and asks why it costs so much.", "power"],
  [
    "Incidents here end with a polite email from the MD to everyone saying 'be careful out there'. That's the whole process.",
    "comm distance",
  ],
  ["I get it wrong sometimes and the staff are remarkably forgiving about it.", ""],
  [
    "When I suggest a change, the first response is always 'why?', then 'who says?', then 'do we have to?'.",
    "conflict",
  ],
  [
    "I'm anxious every time I go on holiday because there's nobody to cover, and the boss won't pay for anyone.",
    "feel power",
  ],
  [
    "Staff hide their mistakes because the last IT manager made a show of them. I'm still undoing that.",
    "distance blame:sec",
  ],
  ["They bring me problems early these days. Best change in the whole five years.", ""],
  [
    "Every meeting with the client ends with them wanting more for less, and our manager agreeing to it.",
    "power conflict",
  ],
  ["Some folks here are technophobes, and that's okay. I'd rather they ask than guess.", ""],
  [
    "I sit at the far end of the building and I think that's part of why people don't come to me.",
    "distance",
  ],
  [
    "Everyone is very polite but nobody takes the annual training seriously. They click through it at double speed.",
    "distance blame:emp",
  ],
  [
    "I've started going round the desks once a week with no agenda. Small talk turns into tickets turns into trust.",
    "",
  ],
  ["They act like security is a personal vendetta I've got against their convenience.", "conflict"],
  [
    "We had a proper blameless review after the outage. Even the CEO admitted he'd delayed the upgrade.",
    "",
  ],
  ["I get the sense management would rather not know the risks, so they don't ask.", "distance"],
  [
    "It's a bit galling when the external auditor says exactly what I've been saying for two years and suddenly it's urgent.",
    "feel power",
  ],
  [
    "Some of our engineers are brilliant with machines and hopeless with people. I include myself in that.",
    "blame:sec blame:self",
  ],
  [
    "They think I sit in judgement on them. Honestly, I'm just trying to keep the lights on.",
    "power",
  ],
  [
    "The operations manager sends me a summary of every new starter a week in advance. Pure gold.",
    "",
  ],
  [
    "They save up problems for when I'm on site instead of ringing the helpdesk. It means my site days are chaos but I don't mind.",
    "",
  ],
  [
    "Getting anything approved takes so long that by the time it's signed off, the threat's moved on.",
    "power conflict",
  ],
  ["Do they trust me? I think so. They hand me their phones without a second thought.", ""],
  ["I'm given responsibility for everything and authority over nothing.", "power"],
  [
    "People are quick to assume the worst of IT. One slow morning and we're 'useless'.",
    "blame:sec",
  ],
  [
    "I'd rather have one honest user who tells me they clicked than ten who pretend they didn't.",
    "",
  ],
  ["i have literally never met the CEO. we've emailed. twice.", "distance"],
  [
    "The staff are mostly nice to me, but they talk about 'IT' like it's the weather. Something that happens to them.",
    "distance power",
  ],
  ["It's hard to stay kind when the same person has been phished three times.", "feel blame:emp"],
  [
    "The culture here is good. People say 'sorry, my fault' and I say 'no worries, let's fix it'.",
    "",
  ],
  [
    "No budget for training means I end up doing it myself on a Friday afternoon and nobody turns up.",
    "distance power",
  ],
  [
    "I do think some users see me as a bit stuck-up. I'm shy, but they wouldn't know that.",
    "power",
  ],
  [
    "After last year's breach, management actually gave me a second person. Things are so much better.",
    "",
  ],
  ["The client's MD forwards our emails to his son for a 'second opinion'.", "power"],
  ["Users here are fine. It's my own team that drives me up the wall, honestly.", "feel"],
  ["A lot of them thank me in person, which you don't get much of in this job.", ""],
  ["They'll do anything to avoid logging a ticket. Anything.", "distance"],
  ["Management treats every outage as a personal betrayal.", "power feel"],
  ["Very little contact. I'm in a different county.", "distance"],
  [
    "Some of my own colleagues are dismissive of users and it makes our jobs harder. They're not idiots and shouldn't be treated like idiots.",
    "blame:sec power",
  ],
  ["I wish I could spend more time with people and less time with dashboards.", ""],
  [
    "They're reluctant to admit they don't understand. I've learned to ask 'what did you see on the screen?' instead of 'what did you do?'.",
    "",
  ],
  [
    "Frankly I feel like the company's insurance policy: paid for, resented, only wanted when disaster strikes.",
    "feel comm power",
  ],
  ["Pretty happy, all things considered. Could do with a bigger budget, but who couldn't.", ""],
  [
    "They never read the instructions I write. I've started making one-page guides with pictures and that helps.",
    "",
  ],
  ["Most of what goes wrong is down to people being in a rush. Not stupidity. Pressure.", ""],
  [
    "When the email went down the whole office was lovely about it. Someone brought me a coffee while I worked.",
    "",
  ],
  [
    "I can't get anyone senior to care until there's a headline about another company.",
    "distance power",
  ],
  [
    "My emails are full of bits and bytes, and I can see why people delete them unread.",
    "comm blame:self",
  ],
  [
    "The staff are great. Management is absent. I'm somewhere in the middle, holding it together.",
    "distance",
  ],
  [
    "They think I'm being awkward when I ask for a second approval on bank changes. I'm being careful.",
    "conflict",
  ],
  [
    "Not a lot of face time, but the phone calls are warm and we know each other's kids' names.",
    "",
  ],
  [
    "Honestly, I'd describe them as people who'd rather be doing their actual job, and I get that completely.",
    "",
  ],
];
