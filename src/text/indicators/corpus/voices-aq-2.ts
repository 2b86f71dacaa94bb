import type { RawExample } from "./types.js";

/** Security and IT staff in medium-sized firms on the people they serve, part 2. Written fresh for Rapport (brief AQ). */
export const VOICES_AQ_2: readonly RawExample[] = [
  ["Shout-out to logistics for reporting that parcel scam, three of them independently.", ""],
  [
    "How do I get people to care about patching their phones when they don't patch anything else?",
    "blame:emp feel",
  ],
  ["I've been asked to stop 'scaring people' in the newsletter.", "comm"],
  ["My boss backs me, completely. That's rare and I know it.", ""],
  ["Every audit finding goes into a report that the board files and forgets.", "distance power"],
  ["The admin team are honestly the best at spotting fraud calls. Years of practice.", ""],
  [
    "I dread the Monday after a phishing test. The complaints, the sulking, the 'gotcha' accusations.",
    "feel conflict",
  ],
  ["It's not the staff I struggle with, it's the managers who model the bad habits.", "blame:emp"],
  ["we've had the same 'think before you click' poster up since 2019", "comm"],
  [
    "If the rules stop people doing their job, the rules are wrong. I tell my team that constantly.",
    "",
  ],
  [
    "The board treats my risk register like a weather forecast: interesting, not actionable.",
    "power",
  ],
  ["I'm their friend until I have to say no. Then I'm 'security'.", "conflict power"],
  [
    "People here will sit on a suspicious email for a week rather than 'bother' me, which honestly terrifies me.",
    "distance feel",
  ],
  [
    "I've got a great relationship with the customer success lot; they invite me to their socials.",
    "",
  ],
  [
    "I'll be blunt: most of our incidents are people doing exactly what they were told not to.",
    "blame:emp",
  ],
  [
    "Our last pen test found more holes in IT's own setup than anything the staff did.",
    "blame:sec",
  ],
  ["The helpdesk is the friendly face. I'm the one who turns up with bad news.", "comm"],
  ["Whenever I explain MFA I use the house key and alarm code thing, and it lands every time.", ""],
  ["The MD calls me 'the paranoid one' in meetings. Affectionately, I think.", ""],
  ["I spend more time justifying security to the board than actually doing security.", "power"],
  [
    "Honestly some departments I've barely visited. Warehouse two, for instance. Never been.",
    "distance",
  ],
  [
    "They say IT never answers, but our average response is under an hour. Perception's a funny thing.",
    "conflict",
  ],
  ["I'm outsourced, and I feel it. Nobody invites me to anything.", "distance feel"],
  [
    "The people who complain loudest about the rules are always the ones who've been exempted from them.",
    "blame:emp conflict",
  ],
  [
    "I set up a Teams channel just for 'is this dodgy?' questions. Busiest channel in the company now.",
    "",
  ],
  [
    "Our compliance training completion is 98 percent and nobody could tell you a single thing from it.",
    "comm",
  ],
  [
    "The MD wanted me to find out who leaked the salary spreadsheet by reading everyone's email. I said no.",
    "power conflict",
  ],
  ["I can't be everywhere. So I trust people, and mostly they deserve it.", ""],
  [
    "i genuinely dont understand how someone types their password into a site called micros0ft-login",
    "blame:emp",
  ],
  ["I'm still embarrassed about the mass lockout I caused in January.", "feel blame:self"],
  [
    "Sales ops are brilliant. Sales themselves treat me like a speed bump and dodge my calls.",
    "conflict distance",
  ],
  ["The board's attitude is 'we're too small to be a target'. We're not.", "conflict"],
  ["People in the branch offices don't know I exist, and I can't blame them.", "distance"],
  ["Our HR director and I co-present the induction. Makes it feel less like a lecture.", ""],
  ["I've been told my emails sound like threats. I reread a few. They do.", "comm blame:self"],
  [
    "Whenever the boss wants something set up on his personal iPad, I'm basically his butler.",
    "power",
  ],
  ["It's a two-way thing. I learn more from the floor than they learn from me.", ""],
  [
    "Incidents here are rarely about one person. It's process, pressure and tools, in that order.",
    "",
  ],
  [
    "They think I've got a magic kill switch for their inbox, and then they're cross when I don't.",
    "conflict",
  ],
  [
    "You spend a week on a policy and the CEO emails the whole firm telling people to ignore it 'for now'.",
    "power conflict",
  ],
  [
    "I run fortnightly drop-in sessions. Usually two or three people come, and they're good chats.",
    "",
  ],
  [
    "Creative asked to be exempt from the browser controls 'for inspiration'. I laughed, then realised they were serious.",
    "conflict",
  ],
  ["People hide things from IT here. They think we'll get them into trouble.", "distance power"],
  ["The way our old provider spoke to staff, no wonder they hate IT.", "blame:sec feel"],
  ["Our helpdesk folks know half the company's kids' names. That's the relationship I want.", ""],
  [
    "Nobody tells me when projects start. I find out at go-live, usually when it's broken.",
    "distance power",
  ],
  [
    "I don't mind being the bad cop if someone else gets to be the good cop. Nobody volunteers.",
    "power",
  ],
  ["Some days I wonder why I bother.", "feel"],
  [
    "If a colleague reports something within five minutes, I'll take that over a perfect click rate any day.",
    "",
  ],
  ["A manager told me their team 'doesn't have time for security this year'.", "conflict"],
  [
    "I run the awareness stuff, but honestly it's a tick-box for the insurer and everybody knows it.",
    "distance",
  ],
  ["The accountants are sceptical but fair. Convince them with evidence and they'll follow.", ""],
  ["When they do get in touch, it's because something's already on fire.", "comm"],
  ["I'll happily spend twenty minutes with someone on their home router. Goodwill pays back.", ""],
  ["There's one director who copies the whole board into every complaint about IT.", "conflict"],
  ["I know people think I'm a bit of a nag. Fair enough.", "comm"],
  [
    "Most staff read the tips I put in the Friday round-up. They tell me at the coffee machine.",
    "",
  ],
  ["I'm judged on the click rate, so the click rate is all the board ever asks about.", "power"],
  [
    "Honestly, IT here was a mess for years and the staff have every right to be sceptical.",
    "blame:sec",
  ],
  ["The office manager is my closest ally. She knows everyone and she gets things done.", ""],
  [
    "Account managers keep sharing client files from personal Dropbox and act surprised when I flag it.",
    "blame:emp conflict",
  ],
  ["I felt awful phishing the reception team. They were so upset.", "feel"],
  ["We publish a one-page 'why we do this' for every rule. It stopped a lot of arguments.", ""],
  ["The board wants zero incidents and zero friction. Pick one.", "conflict"],
  [
    "They go round me and ask the MSP directly, so I only find out when the bill arrives.",
    "distance comm",
  ],
  ["I'm learning to say 'we' instead of 'you' in my emails. Small thing, big difference.", ""],
  ["Do they even know what I do? Genuinely asking.", "distance"],
  [
    "Product managers see me as the department of no. Can't say I've always helped with that.",
    "conflict blame:self",
  ],
  ["I've never once been thanked by the board. Criticised plenty.", "feel power"],
  [
    "Clinic staff have zero patience for locked screens, and frankly neither would I in their shoes.",
    "conflict",
  ],
  ["Honestly, the chats with the night shift are some of the best conversations I have here.", ""],
  [
    "Three reminders, a calendar invite and a personal visit, and he still hasn't done the training. I'm at the end of my rope.",
    "blame:emp feel",
  ],
  ["I'd love regular time with staff but I'm firefighting every single day.", "distance"],
  ["If someone gets phished, I sit with them and we look at it together. No lecture.", ""],
  ["The relationship with the board is fine. Polite. Not much more.", "distance"],
  [
    "Warehouse staff think the scanners crashing is a security thing. It isn't, but I get the blame anyway.",
    "blame:sec conflict",
  ],
  ["we did the security quiz at the christmas party and it was genuinely fun", ""],
  [
    "I'm the only one who ever mentions risk in leadership meetings, and they just move on.",
    "power distance",
  ],
  ["The engineers know more than me about their systems. I ask, they teach. It works.", ""],
  ["People see a ticket closed and assume nothing was done. Maybe we should explain more.", "comm"],
  ["The board thinks I'm expensive. They haven't priced a ransom.", "power"],
  [
    "Marketing told me they 'forgot' to tell me about the new CRM. Third time. I'm done being polite about it.",
    "distance feel",
  ],
  ["Honestly I'm scared to run another phishing test after the backlash.", "feel conflict"],
  ["I think we're respected. Not loved, but respected.", ""],
  ["Sometimes I feel like I'm talking to a wall. A very polite wall.", "feel distance"],
  [
    "Staff here mostly get it. It's the one or two who don't that keep me up at night.",
    "feel blame:emp",
  ],
  ["I get called in like a firefighter, then sent away till the next fire.", "comm distance"],
  ["The partners don't have to follow the rules they sign off. That sends a message.", "power"],
  ["Quality came to me with a risk I hadn't spotted. Proper partnership.", ""],
  [
    "We rolled out the password manager with cake and a demo; uptake was 80 percent in a month.",
    "",
  ],
  [
    "I'm not sure anybody outside IT has read our security policy. I don't blame them, it's 40 pages.",
    "comm",
  ],
  [
    "Every time I make a rule simpler, someone finds a way to ignore it anyway.",
    "blame:emp distance",
  ],
  [
    "My predecessor ran security like a prison. I'm still undoing that reputation.",
    "power blame:sec",
  ],
  ["I see the managers every month at the ops review. It's become a useful habit.", ""],
  ["Some teams I'll never win over. That's OK.", "distance"],
  ["The helpdesk gets praised in the staff survey every year, which is lovely.", ""],
  [
    "There's a feeling on the shop floor that IT only serves head office. They're not wrong.",
    "distance blame:sec",
  ],
  [
    "My director said 'just make it work' and walked off before I'd finished the sentence.",
    "power comm",
  ],
  ["I'm proud of how fast people report things now. Two years ago nobody did.", ""],
  ["I don't have the authority to make anyone do anything. I persuade or I fail.", "power"],
  ["Research are wonderful people with absolutely no respect for the USB policy.", "blame:emp"],
  [
    "We ran a no-blame review after the breach and it was the first time people talked honestly.",
    "",
  ],
  [
    "Honestly, the worst thing for the relationship is when IT changes something overnight and doesn't tell anyone.",
    "comm blame:sec",
  ],
  ["It hurts a bit when people assume I'm out to get them.", "feel power"],
  ["I keep meaning to get round the satellite offices. Haven't managed it this year.", "distance"],
  ["The CEO is a genuine advocate now. She opens every all-hands with a security minute.", ""],
  [
    "I don't think our IT manager has spoken to the shop floor since he was hired.",
    "distance blame:sec",
  ],
  [
    "The board overruled me on data retention. Which is fine, it's their risk. I just wish they'd read the paper.",
    "power",
  ],
  ["Staff have no idea how much we stop before it reaches them, and that's sort of the point.", ""],
  ["I'm honestly fed up of chasing the same five people for the same training.", "feel blame:emp"],
  ["There's a lot of goodwill here. People want to do the right thing.", ""],
  ["Someone printed my awareness email and pinned it up with 'TL;DR' scrawled across it.", "comm"],
  [
    "They're polite to me in person and then raise a grievance about the web filter.",
    "conflict distance",
  ],
  ["Honestly, my own team sometimes forgets that the users aren't the enemy.", "blame:sec"],
  ["The admin staff ask brilliant questions. Better than the managers, honestly.", ""],
  [
    "I suspect half the laptops have apps on them I'll never hear about, and that keeps me awake.",
    "distance feel",
  ],
  ["Going into the office every Thursday changed everything for me. People drop by now.", ""],
  ["Every decision I make has to go through a committee that meets twice a year.", "power"],
  [
    "Don't get me wrong, I like the people. I just don't think they take any of this seriously.",
    "blame:emp",
  ],
  [
    "The branch managers ring me about everything with a plug on it, and honestly I don't mind.",
    "",
  ],
  [
    "i told them about the parcel scam three times in a month and still got the 'nobody warned us' email",
    "blame:emp conflict",
  ],
  ["Security owns the risk here, legally, but I don't own a single budget line.", "power"],
  ["I'm friends with a few of the staff outside work. That helps more than any poster.", ""],
  ["I never raise my voice, never name anyone in emails, and people notice.", ""],
  ["Honestly I feel like I've lost the sales team for good.", "feel distance"],
];
