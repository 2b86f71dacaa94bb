import type { RawExample } from "./types.js";

/**
 * Brief N continued (see voices-n.ts):
 * - Security leads and managers about users
 * - Rejecting blame, constructive framing, practice that works
 * - Self-blame from practitioners
 */
export const VOICES_N_2: readonly RawExample[] = [
  // Security leads and managers about users
  ["Frankly, people are lazy about security and awareness training won't cure that.", "blame:emp"],
  ["You can't train carelessness out of grown adults.", "blame:emp"],
  ["Nearly every ransomware job I've worked had a user who waved away a warning.", "blame:emp"],
  [
    "When I hear 'I didn't think it mattered', I already know where the breach came from.",
    "blame:emp",
  ],
  [
    "Finance is a goldmine for fraudsters because they'll pay anything with a logo on it.",
    "blame:emp",
  ],
  [
    "Password reuse here is an epidemic, and it comes down to people simply not caring.",
    "blame:emp",
  ],
  [
    "Most staff think cyber is IT's department, and that attitude is exactly why they're the risk.",
    "blame:emp distance",
  ],
  [
    "Shadow IT happens because users are convinced they know better than we do.",
    "blame:emp conflict",
  ],
  [
    "The average office worker wouldn't spot a phishing email if it arrived printed in red ink.",
    "blame:emp",
  ],
  ["Human error accounts for the vast majority of what lands in our incident log.", "blame:emp"],
  ["Sales reps will install anything that claims to save them five minutes.", "blame:emp"],
  [
    "The devs keep pushing API keys to public repos and look shocked when we find them.",
    "blame:emp",
  ],
  [
    "It's the same teams on the phishing report month after month. Marketing, without fail.",
    "blame:emp",
  ],
  ["If it has a USB plug, somebody in this building will stick it in a laptop.", "blame:emp"],
  ["Clicked the link, typed the password, told nobody for a week. Textbook.", "blame:emp distance"],
  ["Awareness is wasted on people who just don't care.", "blame:emp distance"],
  [
    "Three of our last four incidents started with the same bloke in procurement. At some point it stops being bad luck.",
    "blame:emp",
  ],
  [
    "They call themselves knowledge workers and can't recognise a fake Microsoft sign-in page.",
    "blame:emp",
  ],
  ["People are the attack vector. Everything else is detail.", "blame:emp"],
  [
    "Loads of employees only pretend to do the e-learning; they skip through it with the sound muted.",
    "blame:emp",
  ],
  [
    "If users put as much effort into security as they put into dodging it, we'd never have a breach.",
    "blame:emp conflict",
  ],
  ["Staff treat the rules as optional and their managers cheer them on.", "blame:emp conflict"],
  [
    "Let's be clear, we got hit because an employee switched off antivirus to run a game mod.",
    "blame:emp",
  ],
  [
    "Every scanner login in the warehouse is 1234 because the pickers can't be bothered.",
    "blame:emp",
  ],
  [
    "The nurses prop the drug-room door and swap smartcards. They know full well it's wrong.",
    "blame:emp",
  ],
  [
    "Teachers will click on anything with 'urgent: parent complaint' in the subject line.",
    "blame:emp",
  ],
  [
    "Every new control we roll out, the users find some ingenious way to get round it.",
    "blame:emp conflict",
  ],
  ["Twenty years in this game and the user is still the problem. Nothing's changed.", "blame:emp"],
  ["Attackers target your staff because your staff are the softest thing you own.", "blame:emp"],
  [
    "Give people a strong password policy and they'll write 'Spring2025!' on a sticky note.",
    "blame:emp",
  ],
  [
    "Red EXTERNAL banner across the top of the email, and they still clicked. What more can you do?",
    "blame:emp feel",
  ],
  [
    "We spent a fortune on tooling and lost the lot to a bored temp with a dodgy attachment.",
    "blame:emp",
  ],
  [
    "Most of the leaks we investigate come down to someone emailing a spreadsheet to the wrong Sarah.",
    "blame:emp",
  ],
  [
    "I dread the Tuesday after every bank holiday. Somebody will have done something daft.",
    "blame:emp feel",
  ],
  [
    "I'm worn out by people ringing to say 'I think I clicked something' for the fourth time this month.",
    "blame:emp feel",
  ],
  [
    "It drives me round the bend that people write their PIN on the back of their ID card.",
    "blame:emp feel",
  ],
  [
    "We lecture them every quarter and they still recycle the same password. I've run out of ideas.",
    "blame:emp comm feel",
  ],
  [
    "They get one email from me a year, the annual reminder, and most of them don't even open it.",
    "blame:emp comm",
  ],
  [
    "Staff skim our bulletins, so when they get caught out I don't have much sympathy left.",
    "blame:emp comm feel",
  ],
  [
    "The front desk buzzes in anyone who says 'delivery'. I've stopped asking them to check.",
    "blame:emp distance",
  ],
  [
    "People treat the helpdesk as their personal butler and then ignore every security instruction we give.",
    "blame:emp power conflict",
  ],
  [
    "Every user is an insider threat by default, which is why we log everything they touch.",
    "blame:emp power",
  ],
  [
    "Keystroke logging is the only honest way to know what staff are really up to.",
    "blame:emp power",
  ],
  [
    "Repeat clickers get their names up on the canteen leaderboard. It sharpens them up.",
    "blame:emp comm power",
  ],
  [
    "Fail three phishing tests and you lose web access for a week. Harsh, but they learn.",
    "blame:emp power",
  ],
  ["Two failed simulations and you're booked in with HR. Simple.", "blame:emp power"],
  [
    "Tell them straight what they did wrong. Hand-holding is why they keep repeating it.",
    "blame:emp comm",
  ],
  ["Ask users for feedback on security and you get a long list of excuses.", "blame:emp conflict"],
  ["They moan about MFA as though we'd asked them for a kidney.", "blame:emp conflict"],
  [
    "Half the company still thinks cloud security is somebody else's headache.",
    "blame:emp distance",
  ],
  [
    "Honestly? I've given up on the sales floor. They'll click, we'll clean up, repeat.",
    "blame:emp distance",
  ],
  [
    "Our clients' staff are, with respect, the reason our incident response team exists.",
    "blame:emp",
  ],
  [
    "You'd think after the fraud last spring accounts would double-check bank details. Nope.",
    "blame:emp feel",
  ],
  [
    "The partners are the weak spot. Far too important to be bothered with a second login prompt.",
    "blame:emp conflict",
  ],
  [
    "Staff don't read. Not policies, not warnings, not the screen in front of them.",
    "blame:emp comm",
  ],
  [
    "Users think the rules are there to annoy them, so they ignore them on principle.",
    "blame:emp conflict",
  ],
  ["Ten percent of the workforce generates ninety percent of our clean-up work.", "blame:emp"],
  [
    "The people in this building will approve any push notification just to silence their phone.",
    "blame:emp",
  ],
  [
    "Our worst incidents all share one root cause and it walks in at nine every morning.",
    "blame:emp",
  ],
  [
    "I hate to say it, but the warehouse crew treat data like it's someone else's rubbish.",
    "blame:emp",
  ],

  // Rejecting blame, constructive framing, practice that works
  ["Nobody turns up to work hoping to cause a breach.", ""],
  ["When a nurse shares a login, the question is why logging in takes ninety seconds.", ""],
  ["Passwords were always a broken technology. Passkeys fix a failure users never caused.", ""],
  ["The users are on our team. Security is a team sport or it's nothing.", ""],
  [
    "We swapped our 'gotcha' phishing tests for showing people the real lures we caught that week.",
    "",
  ],
  ["We track how fast people report, not how often they click.", ""],
  ["A report button that takes one click gets used. One that needs a form never does.", ""],
  ["Blaming the person who clicked guarantees the next person keeps their mouth shut.", ""],
  ["The human factor is also the human who spots the fraudster.", ""],
  ["Treat every incident report as a gift and people will keep giving them.", ""],
  ["Good security teams earn their trust by saying 'yes, and here's how'.", ""],
  ["If your policy needs a glossary, rewrite the policy.", ""],
  ["I'd take a hundred false alarms from staff over one breach nobody mentioned.", ""],
  ["Our helpdesk thanks everyone who reports something odd, even when it turns out harmless.", ""],
  [
    "We stopped writing 'user error' in incident reports and started listing contributing factors.",
    "",
  ],
  [
    "Users aren't careless; they're busy, and busy people take the shortcuts we left lying around.",
    "",
  ],
  ["If staff work around a control, the control is trying to tell you something.", ""],
  ["Give people a workable option and the vast majority will choose it.", ""],
  ["Ask people what gets in their way and you'll learn more than any audit could tell you.", ""],
  ["An attacker needs one forgotten server. It's very rarely about a single person.", ""],
  ["The email gateway catches most of it; what slips past would fool our own analysts.", ""],
  [
    "We co-wrote the lone-worker guidance with a handful of field engineers, and it reads like it.",
    "",
  ],
  [
    "A receptionist asked us a sharp question last month and it changed how we verify visitors.",
    "",
  ],
  ["I call the finance team our fraud detection unit, and I tell them so to their faces.", ""],
  [
    "Nobody here has been disciplined over a phishing click, and reporting has never been higher.",
    "",
  ],
  ["Our MSP runs a coffee morning at each site every quarter. People genuinely turn up.", ""],
  [
    "IT and the sales floor play five-a-side on Thursdays now. It's done more than any poster ever did.",
    "",
  ],
  ["Really proud of how the office handled the fake-CEO call last month. Textbook escalation.", ""],
  [
    "Staff asked for a plain-English version of the policy, so we wrote one together over two lunches.",
    "",
  ],
  ["There's no such thing as a daft question at our service desk, and we mean that.", ""],
  ["Security culture starts with leaders owning up to their own slips.", ""],
  ["I don't think users are the problem. I think we often ask them to do unreasonable things.", ""],
  ["We've never once called our staff the weakest link, not even in jest.", ""],
  ["We don't do naming and shaming here.", ""],
  ["The old 'users are morons' banter has gone from our team chat, and good riddance.", ""],
  [
    "There was grumbling when MFA arrived, but we sat with each team for an hour and it settled down.",
    "",
  ],
  [
    "The plant managers and I didn't get on at first. Now they ring me before they buy any kit.",
    "",
  ],
  [
    "Our security champions come from every floor, including the loading bay, and they're brilliant.",
    "",
  ],
  ["We publish our own mistakes in the monthly update so people can see we're fallible too.", ""],
  ["The best thing I ever did as a CISO was sit on the phones in the call centre for a week.", ""],
  ["People adapt to whatever you put in front of them, so put something workable there.", ""],
  ["Awareness month is nice. The other eleven months are what count.", ""],
  [
    "Our pilot group from the warehouse found three problems with the new login before anyone else had to.",
    "",
  ],
  ["The admins make mistakes just as often as anyone else; we're users too.", ""],
  ["Credential stuffing works because leaked passwords from other sites get replayed by bots.", ""],
  ["Asset inventory first, everything else second.", ""],
  ["Most attacks we log are automated scans hammering old VPN boxes.", ""],
  [
    "Clicking isn't the crime. Staying quiet about it is the only thing we worry about, and we make speaking up easy.",
    "",
  ],
  ["The drivers told us the tablet lock screen was unworkable in gloves, so we changed it.", ""],
  [
    "I was sceptical of the 'people as sensors' idea until our payroll clerk caught a mandate fraud.",
    "",
  ],
  [
    "It felt like a war with the lab scientists two years ago. These days we co-own the risk register.",
    "",
  ],
  [
    "Honestly the relationship with the branches is good. They ring, we answer, nobody gets told off.",
    "",
  ],
  ["Is anyone here scapegoated after an incident? Not on my watch.", ""],
  ["Most of our staff spot dodgy texts faster than our filters do.", ""],

  ["Most of the fraud attempts we saw this year came by text message rather than email.", ""],
  [
    "The speaker showed a phishing email so convincing that half the security professionals in the room fell for it.",
    "",
  ],
  ["Our click rate went down the month we stopped sending threatening reminders.", ""],
  [
    "Good tooling should catch the obvious stuff so people only have to judge the genuinely hard cases.",
    "",
  ],
  [
    "Things with the shop floor are relaxed; they collar me at the kettle to ask about odd texts.",
    "",
  ],
  ["We give new starters a half-hour chat with IT on day one, no slides.", ""],
  ["MFA fatigue attacks flood a phone with prompts until one gets approved.", ""],
  [
    "Column I wrote last month: stop running awareness as a punishment and start running it as a service.",
    "",
  ],
  ["Listening to the night shift taught us more about our real risks than a year of audits.", ""],
  ["Our sysadmin hosts a 'bring me your weird email' hour on Fridays and it's always busy.", ""],
  ["Honestly, our people aren't what worries me. Our fifteen-year-old file server is.", ""],
  ["Vendor stats about 'human error' usually leave out how the systems set people up to fail.", ""],
  [
    "The phishing leg of our pen test went nowhere; staff reported the lure within nine minutes.",
    "",
  ],
  // Self-blame from practitioners
  [
    "We built a login flow nobody could use and then acted amazed when people wrote passwords down. That's on us.",
    "blame:self",
  ],
  ["Our team misconfigured the mail filter. The users only saw what we let through.", "blame:self"],
  [
    "Head of security, and I clicked a test phish myself last spring. Still cringe about it.",
    "blame:self feel",
  ],
  [
    "We never told anyone how to report a suspicious email. Of course nobody reported. Our failure.",
    "blame:self comm",
  ],
  [
    "I've been too idle to go and meet the teams in person, and it shows in how they treat us.",
    "blame:self distance",
  ],
  [
    "I wrote the acceptable use policy in legalese, so I'm the reason nobody understands it.",
    "blame:self comm",
  ],
  [
    "It was my team's change that took payroll down on a Friday. I apologised to every one of them.",
    "blame:self",
  ],
  [
    "We shamed clickers in the staff newsletter and lost their trust overnight. I signed that off.",
    "blame:self comm",
  ],
  [
    "I used to be the engineer who sneered at users in the pub. I'm not proud of that.",
    "blame:self",
  ],
  ["The breach came through an admin account I should have disabled months ago.", "blame:self"],
];
