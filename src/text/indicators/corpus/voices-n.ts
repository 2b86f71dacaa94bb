import type { RawExample } from "./types.js";

/**
 * Security practitioners, vendors, conference speakers, trade-press writers and IT staff on people
 * and security: user blame, its rejection, neutral threat facts, and IT's side of the relationship.
 * Written fresh for Rapport (brief N).
 */
export const VOICES_N: readonly RawExample[] = [
  // Terse
  ["PEBKAC, every time.", "blame:emp"],
  ["Layer eight problem.", "blame:emp"],
  ["Clickers gonna click.", "blame:emp"],
  ["Allies, mostly.", ""],
  ["Civil enough.", ""],
  ["Outnumbered and ignored.", "feel distance"],
  ["Glorified nannies for grown-ups.", "blame:emp power"],
  ["Taken for granted.", "feel"],
  ["Cat and mouse with our own staff.", "conflict"],
  ["Pretty healthy, these days.", ""],

  // Vendor blogs and marketing copy
  [
    "Your employees are the unlocked side door that criminals stroll straight through.",
    "blame:emp",
  ],
  [
    "Ninety-one per cent of attacks begin with a staff member opening an email they had no business opening.",
    "blame:emp",
  ],
  [
    "Criminals have stopped hacking servers. They hack Dave in accounts now, because Dave is easier.",
    "blame:emp",
  ],
  [
    "Install the priciest firewall money can buy and someone in payroll will still read their password out to a stranger on the phone.",
    "blame:emp",
  ],
  [
    "Our platform removes the human from the decision, because the human is where decisions go wrong.",
    "blame:emp",
  ],
  [
    "Research we commissioned found the typical office worker is three times likelier to trigger a breach than any strain of malware.",
    "blame:emp",
  ],
  ["The human firewall leaks like a sieve, and no vendor will tell you otherwise.", "blame:emp"],
  [
    "Blog headline this week: 'Your Biggest Cyber Risk Just Badged In For The Early Shift'.",
    "blame:emp",
  ],
  [
    "Careless staff cause more leaks than hackers, according to our poll of 500 IT decision makers.",
    "blame:emp",
  ],
  [
    "Whitepaper line I keep seeing: 'Every employee is a potential breach.' Lovely way to talk about your colleagues.",
    "",
  ],
  [
    "The vendor's pitch boiled down to 'your people are a liability, buy our monitoring and watch them'.",
    "blame:emp power",
  ],
  ["Stolen session cookies from infostealer malware let attackers skip MFA entirely.", ""],
  ["Phishing kits can now clone a bank's login page in under a minute.", ""],
  [
    "Voice-cloning tools have got cheap enough that small-time fraudsters use them to impersonate finance directors.",
    "",
  ],
  ["This quarter's lures mostly pose as parcel couriers and the tax office.", ""],
  [
    "Invoice fraud losses climbed again this year, largely through compromised supplier mailboxes.",
    "",
  ],
  [
    "Most intrusions we responded to last year began with an unpatched edge device, not a click.",
    "",
  ],
  ["Vendors that sell fear of staff rarely sell anything that actually helps staff.", ""],
  [
    "As a vendor we were part of the problem. Our ads told buyers their own workforce was the enemy.",
    "blame:self",
  ],
  ["Half the exhibitors at this expo couldn't secure a shoebox.", "blame:sec"],
  [
    "The awareness modules most vendors sell are box-ticking slideware that nobody remembers a week later.",
    "blame:sec",
  ],

  // Conference talks and panels
  ["There is no software update for human stupidity, folks.", "blame:emp"],
  ["If you want the size of your attack surface, count your headcount.", "blame:emp"],
  [
    "Speaker got a big laugh with 'users are toddlers with admin rights' and I sat there feeling a bit sick.",
    "blame:emp power",
  ],
  [
    "Put a pop-up between a user and a funny video and the video wins, every single time.",
    "blame:emp",
  ],
  [
    "You can make it idiot-proof and the organisation will simply promote a more creative idiot.",
    "blame:emp",
  ],
  [
    "Stop calling your users the weakest link. They're the ones keeping the lights on while you patch.",
    "",
  ],
  ["Human error is a design failure wearing a name badge.", ""],
  [
    "If one tired person clicking one link can sink the company, the company was built to sink.",
    "",
  ],
  ["Make the secure route the shortest route and people will take it without being told.", ""],
  [
    "People are your best early-warning sensors, provided you thank them instead of punishing them.",
    "",
  ],
  [
    "The panel agreed on one thing: blame culture is the biggest single barrier to incident reporting.",
    "",
  ],
  [
    "Best talk of the day argued that the phrase 'insider threat' poisons the trust you need most.",
    "",
  ],
  [
    "Your staff aren't the weakest link, they're the most attacked link. Those are different things.",
    "",
  ],
  ["Calling staff the weak point is a confession that you never spent a penny on them.", ""],
  ["Security should feel like a seatbelt, not a speed bump.", ""],
  [
    "One speaker admitted she used to call users idiots in her slides. She said she'd been the problem all along.",
    "blame:self",
  ],
  [
    "Our profession spent twenty years scaring people and blaming clickers, and it's the profession that got it wrong.",
    "blame:sec",
  ],
  [
    "Too many CISOs hide behind frameworks and maturity scores instead of fixing anything.",
    "blame:sec",
  ],
  [
    "Infosec is an arrogant trade, and you can hear it in every awareness campaign we write.",
    "blame:sec power",
  ],
  ["The talk's whole argument was that defaults should make doing nothing the safe option.", ""],
  ["Reward reports, never punish clicks. That was the entire slide, and it was enough.", ""],
  [
    "A recruiter's job is to open attachments from strangers. Telling them not to is telling them not to work.",
    "",
  ],
  [
    "Attackers are full-time professionals. Expecting a receptionist to out-think them unaided is unfair.",
    "",
  ],
  [
    "The Q&A turned into a row between the red-teamers and the awareness people about whether users are the problem.",
    "conflict",
  ],

  // Trade press and interviews
  [
    "Every breach write-up I edit says the same thing eventually: somebody, somewhere, clicked.",
    "blame:emp",
  ],
  ["Humans remain the leading cause of data loss, year after year after year.", "blame:emp"],
  [
    "Negligent employees now cost businesses more than external attackers, the report concludes.",
    "blame:emp",
  ],
  [
    "Remote working has turned every kitchen table into a data breach waiting to happen.",
    "blame:emp",
  ],
  [
    "Younger staff overshare their entire lives online, and social engineers are grateful for it.",
    "blame:emp",
  ],
  [
    "Statistically speaking, your next incident is already sitting in your open-plan office.",
    "blame:emp",
  ],
  ["A bored call-centre agent is the cheapest exploit money can buy.", "blame:emp"],
  ["The 'it won't happen to me' attitude among staff is itself the vulnerability.", "blame:emp"],
  [
    "Trade mags love a 'dumb user' headline because it's easier than writing about broken software.",
    "",
  ],
  ["Interviewed CISO: 'I assume people will slip up, so I build systems that survive it.'", ""],
  ["Supply-chain compromises are growing faster than any other category in our incident data.", ""],
  ["Ransomware crews now loiter inside networks for weeks before they encrypt anything.", ""],
  [
    "Today's phishing is grammatically spotless and personalised from scraped LinkedIn profiles.",
    "",
  ],
  [
    "Breaches start in lots of places: open storage buckets, stale accounts, stolen tokens, occasionally a click.",
    "",
  ],
  [
    "The study found training works best in short bursts tied to what people actually do all day.",
    "",
  ],
  [
    "Interviewee, a hospital security lead: 'Doctors treat controls as an insult, then share one login across the ward.'",
    "blame:emp conflict",
  ],
  [
    "Executives are the worst offenders: exempt from every control, then they forward board papers to their Gmail.",
    "blame:emp conflict",
  ],
  [
    "Asked what keeps him awake, the security director said simply: 'our own people'.",
    "blame:emp feel",
  ],
  [
    "She told the reporter her team 'spends more time cleaning up after colleagues than chasing hackers'.",
    "blame:emp",
  ],

  // Pen testers and red teamers
  [
    "On physical tests, reception is always our way in. A hi-vis vest and a confident nod does it.",
    "blame:emp",
  ],
  [
    "People hold the door for anyone carrying two coffees. Tailgating is embarrassingly easy.",
    "blame:emp",
  ],
  [
    "We left USB sticks labelled 'redundancies' in the car park. Eleven got plugged in by lunchtime.",
    "blame:emp",
  ],
  [
    "Staff will trade their password for a bar of chocolate. We've literally tested it.",
    "blame:emp",
  ],
  ["Send a parcel notification at lunchtime and a third of the building bites.", "blame:emp"],
  [
    "The CEO's assistant is the most targeted person in the firm and, honestly, she's a pushover.",
    "blame:emp",
  ],
  [
    "Our test got in through a fake helpdesk call, which tells you more about the verification process than about the person who answered.",
    "",
  ],
  [
    "I write up the technical findings first. The 'staff clicked' bit is rarely the root cause.",
    "",
  ],

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

  // Security and IT at fault, from practitioners
  ["The previous MSP left every server on its default admin password. Shoddy work.", "blame:sec"],
  [
    "Plenty of IT shops point at users so they never have to fix their own broken builds.",
    "blame:sec",
  ],
  [
    "Security teams say no first and think later. It's lazy and it makes enemies.",
    "blame:sec conflict",
  ],
  [
    "Most compliance people I meet have never configured a single thing in their lives.",
    "blame:sec",
  ],
  [
    "Head office IT pushed a patch that bricked every till in the region. Again.",
    "blame:sec conflict",
  ],
  [
    "Our outsourced SOC sat on the alert for three days, then emailed us a PDF about it.",
    "blame:sec comm",
  ],

  // IT and security staff on the relationship
  [
    "Marketing won't copy us in on a new campaign until the landing page is already live.",
    "distance comm",
  ],
  [
    "Three years here and I couldn't tell you the name of a single person in logistics.",
    "distance",
  ],
  [
    "The partners see me as the chap who fixes the printer, not someone with a view on risk.",
    "power feel",
  ],
  [
    "Every attempt to pull admin rights ends up as a shouting match with one director or another.",
    "conflict",
  ],
  [
    "I get messages in capitals when the Wi-Fi drops and silence when it works for a year.",
    "comm feel",
  ],
  ["Nobody ever says thanks. You only hear from people once they're angry.", "feel comm"],
  ["Phishing test week, I'm the most unpopular person in the building.", "feel conflict"],
  [
    "If I say no, the account managers go straight to the MD and he overrules me.",
    "power conflict",
  ],
  [
    "I'm on call every other weekend and the business still files us under overheads.",
    "feel power",
  ],
  [
    "We send the advisories out. Whether a living soul reads them is anyone's guess.",
    "comm distance",
  ],
  [
    "After the last round of disciplinaries, staff simply stopped telling us about problems.",
    "distance power",
  ],
  [
    "I can see everyone's browsing and they know it. Conversations go quiet when I walk into the kitchen.",
    "power distance",
  ],
  [
    "There's a group chat where staff swap tips for getting past the web filter. I'm not in it, obviously.",
    "distance conflict",
  ],
  [
    "The ticket queue is the only conversation we have with the rest of the company.",
    "comm distance",
  ],
  [
    "We hide in the comms room, to be honest. It's quiet and nobody yells at you in there.",
    "distance feel",
  ],
  ["Ops say we slow them down, we say they cut corners, and round it goes.", "conflict"],
  ["I sent out a four-page advisory on a new CVE and got one reply: 'so what do I do?'", "comm"],
  ["Sole security hire, no peers, no team lunches. It gets isolating.", "feel distance"],
  [
    "They're convinced I read their emails for fun. I don't, but I could, and that's what sticks.",
    "power feel",
  ],
  ["I'm dreading the audit. Whatever they find, it's my name on it.", "feel"],
  [
    "Every change I propose needs signing off by three directors who don't follow a word of it.",
    "power conflict",
  ],
  ["Store managers dodge my calls because they assume I'm checking up on them.", "distance power"],
  [
    "We're the last to hear about a new starter, usually at half eight on their first morning.",
    "comm conflict",
  ],
  [
    "Gave a twenty-minute slot at the staff away day and half the room was scrolling their phones.",
    "distance feel",
  ],
  [
    "The consultants won't take a call from IT. Everything goes through their secretaries.",
    "distance power",
  ],
  [
    "I'm resentful, if I'm honest. We kept the place running through the outage and got a pizza.",
    "feel",
  ],
  [
    "The nickname round the office is 'the password police'. I laugh along, but it gets to me.",
    "feel power",
  ],
  [
    "Whenever a site gets blocked I'm the villain, even when the block came from the vendor.",
    "conflict feel",
  ],
  [
    "Staff argue every account lockout as if I personally sat there and locked them out.",
    "conflict",
  ],
  [
    "The field reps work round the VPN because it drops in every tunnel, and frankly I can't blame them.",
    "distance conflict",
  ],
  ["Our policy emails are written by legal and read by no one.", "comm"],
  ["We're never invited to project kick-offs. Just the post-mortems.", "distance comm"],
  [
    "Changes get announced on the intranet, which as far as I can tell nobody has visited since 2019.",
    "comm distance",
  ],
  ["The board wants a traffic-light dashboard, not a conversation.", "power comm"],
  [
    "HR decides what we're allowed to tell staff about monitoring. We're effectively gagged.",
    "power comm",
  ],
  [
    "I lie awake thinking about the day something gets through and the MD asks why I didn't stop it.",
    "feel power",
  ],
  [
    "People go to the office manager with IT questions rather than come down the corridor to us.",
    "distance",
  ],
  [
    "We used to visit every site monthly. Budget cuts ended that and we've drifted apart since.",
    "distance",
  ],
  ["Engineering treats security like a tax and pays it as late as it possibly can.", "conflict"],
  ["To the regional offices we're a phone number and a ticket reference.", "distance comm"],
  [
    "I used to fight every exception request. Now I just approve them, it's not worth the aggro.",
    "distance conflict",
  ],
  ["The sales director told me, in front of his team, to 'stick to the computers'.", "power comm"],
  [
    "I can't get half an hour with the leadership team, yet they'll spend an afternoon choosing the Christmas venue.",
    "power feel",
  ],
  [
    "When we blocked USB drives, the design studio held a meeting to complain about us. Not with us, about us.",
    "conflict distance",
  ],
  [
    "We know our advisories are stuffed with acronyms, but nobody has the time to rewrite them.",
    "comm",
  ],
  [
    "Staff see an email from security and assume they're in trouble before they've opened it.",
    "comm feel",
  ],
  ["The lads in the yard call me Big Brother. It's about half a joke.", "power"],
  ["I get talked over in every management meeting I'm allowed into.", "power feel"],
  [
    "We take the flak for every slow laptop, including the ones departments bought off Amazon.",
    "conflict feel",
  ],
  [
    "The moment I tighten anything, there's a queue of people moaning outside my door.",
    "conflict feel",
  ],
  ["I don't negotiate with users. The policy is the policy.", "power conflict"],
  ["They don't need to understand the controls. They need to follow them.", "power comm"],
  [
    "We only ever email the whole company when something's gone wrong, and people have noticed.",
    "comm",
  ],
  [
    "Honestly, I'd rather not meet the users. Every meeting turns into a complaints session.",
    "distance conflict",
  ],
  [
    "There's a real them-and-us between the SOC and the rest of the business, and we don't help it.",
    "distance conflict",
  ],
  [
    "Frustrating doesn't cover it. I flagged that server in March and was told to stop scaremongering.",
    "feel power",
  ],
  [
    "We're a cost line to the owners. They'd swap us for a cheaper MSP tomorrow if they could.",
    "power feel",
  ],
  [
    "I explain the risk, they nod, and nothing happens. I've stopped bothering with the long version.",
    "distance comm",
  ],
  [
    "The clinicians think we're bureaucrats who've never seen a patient, and they're not entirely wrong.",
    "conflict distance",
  ],
  ["Our compliance officer makes every call alone; even the CTO wouldn't dare push back.", "power"],
  [
    "The new hires are scared of us because of stories about the last security manager.",
    "feel power",
  ],
  ["I feel like a traffic warden. Nobody's ever pleased to see me coming.", "feel conflict"],
  ["The managers want me to monitor their teams' screens, and I hate being the spy.", "power feel"],
  [
    "We sent the new retention policy as a 30-page PDF with no summary. Unsurprisingly, silence.",
    "comm distance",
  ],
  [
    "Users raise tickets; we close tickets. I couldn't tell you if any of them like us.",
    "distance",
  ],
  ["People only discover IT exists when their password expires.", "distance comm"],
  [
    "The creatives hate every control we bring in and they make sure the MD hears about it.",
    "conflict power",
  ],
  [
    "I'm exhausted. Two of us, four hundred staff, and everyone thinks their issue is the urgent one.",
    "feel conflict",
  ],
];
