import type { RawExample } from "./types.js";

/** Third part of batch AF (see voices-af.ts). */
export const VOICES_AF_3: readonly RawExample[] = [
  [
    "They say it's for our protection, but every new rule seems to come from people who've never done our job.",
    "conflict power",
  ],
  [
    "New measure every month and never a single conversation about it. Just another email with a padlock icon.",
    "comm power",
  ],
  [
    "It's the feeling that I'm always one wrong move from a warning letter that gets to you.",
    "feel power",
  ],
  [
    "The accountancy's IT guy is nice enough, but I couldn't tell you when I last actually spoke to him.",
    "distance",
  ],
  [
    "I rang about the blocked login and got told it was 'working as intended'. Great, so I'm just stuck then.",
    "comm conflict",
  ],
  ["Every change seems to make the job harder and I'm sick of it.", "conflict feel"],
  [
    "Honestly, the rules don't annoy me. I'd rather they were a bit strict than lose client data.",
    "",
  ],
  ["We work round most of the rules now. The real work has to happen somehow.", "conflict"],
  [
    "IT turned on so many security features that the booking system stopped talking to the card machine.",
    "blame:sec conflict",
  ],
  [
    "I can never remember which rule applies to which device. I'm a liability, probably.",
    "blame:self",
  ],
  [
    "Whatever they bring in next, we'll hear about it from the cleaner before we hear it from IT.",
    "comm distance",
  ],
  [
    "I've given up having opinions about security. They'll do what they want regardless.",
    "distance power",
  ],
  ["The IT company we use has the manners of a parking warden.", "blame:sec"],
  [
    "It's embarrassing asking for help with the login thing when everyone else seems to manage.",
    "feel",
  ],
  [
    "I used to think security were the police of the office. Since the new manager started, they actually ask us first.",
    "",
  ],
  [
    "They brought in all this stuff after the break-in at the other branch, and suddenly we're all under suspicion.",
    "power",
  ],
  [
    "Our hotel's night porter can't open the safe-room door without ringing a security firm in another county.",
    "conflict",
  ],
  [
    "No one in security would ever think to ask a cook how the new tablet rules work in a hot kitchen.",
    "conflict power",
  ],
  [
    "Our IT people are dead keen on rules and not much good at making anything actually work.",
    "blame:sec",
  ],
  ["I have no idea who does security at the school. Some company, I think.", "distance"],
  ["Every new security measure gets sold as 'easy'. It never is.", "comm conflict"],
  [
    "I asked one question about the monitoring at the staff meeting and got the look. Never again.",
    "feel distance",
  ],
  ["It's my own fault I never understood the rules; I didn't read a word.", "blame:self distance"],
  [
    "I'm glad about the badge doors and the login codes. I feel safer, and the IT team don't make me feel stupid for asking.",
    "",
  ],
  [
    "Whenever something goes wrong, the IT firm blames the 'user' on the ticket. I'm the user. Cheers.",
    "blame:emp feel",
  ],
  ["Management seems to think we're the risk, not the hackers.", "blame:emp"],
  [
    "The security company gets paid whether the rules work for us or not, so why would they care?",
    "blame:sec",
  ],
  ["I'd ask about the new rules, but they make you feel like a nuisance.", "feel distance"],
  [
    "IT swore the new laptops would save us time. They've cost me hours, and that's IT's doing.",
    "blame:sec conflict",
  ],
  [
    "The owner made the changes after a breach at a mate's firm and told nobody why. We pieced it together later.",
    "comm power",
  ],
  [
    "When the rules were explained properly, nobody minded them. Nobody is frightened of IT here.",
    "",
  ],
  [
    "(receptionist) I take the phone ban, the badges, the codes in my stride. It's the tone of the emails that grates.",
    "comm feel",
  ],
  [
    "(logistics driver) I don't have time for their rules. I've got forty drops before noon.",
    "conflict distance",
  ],
  [
    "(charity volunteer) We were told we're the weakest link in the session. I wondered why I'd given up my Saturday.",
    "blame:emp feel",
  ],
  [
    "(law clerk) The firm's security rules feel designed to catch us out rather than keep anyone safe.",
    "power",
  ],
  [
    "(software developer) The endpoint agent kills my build times. I've raised it four times and been ignored four times.",
    "conflict power",
  ],
  [
    "(warehouse supervisor) I'm fine with security. Fine with IT. Just wish I saw them once a year.",
    "distance",
  ],
  [
    "(teacher) The school's new rules were explained in a letter, read aloud by the head, and nobody had a clue what half of it meant.",
    "comm",
  ],
  ["(pharmacist) I don't blame IT; the regulator forces most of this on everyone.", ""],
  [
    "(bakery shift lead) The tablets got locked down and the recipes vanished. IT said it was the staff's fault for saving them locally.",
    "conflict blame:emp",
  ],
  [
    "(accountant) I'm told I'm a risk. I've worked here longer than the entire IT department.",
    "blame:emp",
  ],
  ["(garage mechanic) I'm rubbish with passwords and codes. Always have been.", "blame:self"],
  [
    "(hotel receptionist) The badge printer is our job now, but nobody trained us. If it goes wrong, it's on us.",
    "power conflict",
  ],
  [
    "(school bursar) Our IT provider rolled out the new login during exam week. Unbelievable.",
    "blame:sec conflict",
  ],
  [
    "(dental nurse) I don't need IT people around. If the login misbehaves I google it or ask the girl at the next chair.",
    "distance",
  ],
  [
    "(care home manager) The monitoring software is sold to us as protection, but it mostly tells the owners who's on their break.",
    "power",
  ],
  [
    "(HR officer) The phishing test results land on my desk with a request to 'follow up'. I hate that part of the job.",
    "feel",
  ],
  [
    "(marketing assistant) Honestly, the training was useful. I spotted a fake invoice the next week.",
    "",
  ],
  [
    "(sales rep) The VPN, the codes, the locked laptop. Each one costs me a customer visit a week.",
    "conflict",
  ],
  [
    "(charity fundraiser) I don't feel there's any blame culture here. If you click the wrong link you just tell IT and they sort it.",
    "",
  ],
  [
    "(farm co-op clerk) Passwords, fine. Badge doors, fine. It's being treated as a suspect that I mind.",
    "power feel",
  ],
  [
    "(office junior) I accidentally set off the USB alarm on my first day. I wanted the floor to swallow me up.",
    "feel blame:self",
  ],
  [
    "(site foreman) The IT contractor doesn't return calls. We fix the rugged tablets ourselves now.",
    "conflict distance",
  ],
  [
    "(paralegal) Nobody ever explained what the clean desk audit is actually protecting. We just do it.",
    "comm",
  ],
  [
    "(retail manager) Security's only visit this year was to tell us off for the till passwords.",
    "comm distance",
  ],
  [
    "(IT apprentice) Everyone assumes I'm the one who invented the new rules. I just install what I'm told.",
    "power",
  ],
  [
    "(security officer) The new monitoring is a blunt instrument. It treats every employee as a suspect, and I argued against it.",
    "power",
  ],
  [
    "(office manager) We were never consulted on anything: phones, badges, passwords. It all lands from above.",
    "power",
  ],
  [
    "(bookkeeper) I'm not frightened of the phishing tests any more. I actually look forward to spotting them.",
    "",
  ],
  [
    "(software tester) The security team decides what's allowed, and they don't even pretend to ask.",
    "power",
  ],
  ["(kitchen porter) Not my business, security. I wash the pots.", "distance"],
  [
    "(nursery teacher) The new login is fine, really. No conflict with IT at all, they're lovely.",
    "",
  ],
  [
    "(logistics planner) I stopped reporting issues with the new scanners. They take weeks and nothing changes.",
    "distance",
  ],
  [
    "(accounts clerk) I resent being treated as a threat by people I've never even met.",
    "feel distance power",
  ],
  [
    "(legal secretary) The rules are fine. It's the snotty tone of the IT memos I can't stand.",
    "comm feel",
  ],
  [
    "(hotel housekeeper) Badge, code, password. I just want to clean the rooms. I get confused and then it's my fault.",
    "conflict feel blame:self",
  ],
  [
    "(security contractor) Nobody at the garage takes the badge doors seriously, so I'm there every month resetting the same codes.",
    "blame:emp",
  ],
  [
    "Nobody was punished for clicking the test email. They just showed us the tell-tale signs and moved on.",
    "",
  ],
  [
    "Our IT person never uses jargon when she explains the login codes. Plain English every time.",
    "",
  ],
  [
    "I was scared the monitoring would read my emails, but they showed us the settings and it doesn't.",
    "",
  ],
  ["Security never talks down to us about clean desks; it's a friendly nudge, nothing more.", ""],
  [
    "Some people say IT are useless. Ours sorted the laptop restrictions within a day, so I can't agree.",
    "",
  ],
  ["Failing the phishing test didn't make me feel stupid; it was a useful wake-up call.", ""],
  ["The badge doors aren't a problem at all once you get into the habit of tapping.", ""],
  ["I used to dread password day. Now it's once a year and the manager reminds us in person.", ""],
  [
    "The training video called staff the weakest link, but our trainer said she disagreed and explained why.",
    "",
  ],
  ["Nobody here blames anyone over the USB block. It was a sensible decision, well explained.", ""],
  [
    "(IT) Users aren't the enemy. Most of our reports of suspicious emails come from the front desk.",
    "",
  ],
  [
    "The IT manager asked each department what the lockdown would break before he switched it on.",
    "",
  ],
  [
    "The firewall and backups are handled by an outside firm; the office manager liaises with them.",
    "",
  ],
  ["Our staff handbook has a page on the phone policy, and a copy hangs in the break room.", ""],
  ["The login prompt appears once a day on office PCs and at every sign-in on the laptops.", ""],
  ["Training videos are assigned in January and have to be finished by the end of March.", ""],
  ["Clean desk checks are done by the office manager on the last Friday of the month.", ""],
  ["We have badge readers on the front door and the server cupboard, nowhere else.", ""],
  [
    "The phishing simulations go out quarterly and the results are shared as an anonymous total.",
    "",
  ],
  [
    "I've never felt watched by the monitoring. They use it for updates and virus checks, that's it.",
    "",
  ],
  [
    "The security consultant walked the sheds with us and asked what we actually do before suggesting anything.",
    "",
  ],
  [
    "I'm not worried about clicking the wrong thing any more. If in doubt, I forward it to IT and they reply within the hour.",
    "",
  ],
  [
    "Before the phone ban, they held a meeting and changed the plan twice based on what we said.",
    "",
  ],
  ["There's no them-and-us with IT here. We share the same kitchen and the same biscuits.", ""],
  ["I don't think IT broke anything with the new laptops; the old software was just ancient.", ""],
  [
    "I wasn't humiliated when I clicked the fake email. My manager laughed and said she'd done it too.",
    "",
  ],
  ["The password rule change was explained in three sentences, no acronyms. Perfect.", ""],
  ["I expected a lecture after I lost my badge. Instead I got a new one and a cup of tea.", ""],
  ["USB ports are disabled on all the shop PCs except the one in the back office.", ""],
  ["Our IT firm does the patching on Tuesday nights and the laptops restart themselves.", ""],
  [
    "(security lead) I wouldn't call users careless. They're busy, and our job is to make the safe way the easy way.",
    "",
  ],
  ["The new laptops are locked down, yes, but I've never once felt stuck or ignored.", ""],
  ["I'm never afraid to tell IT when I've messed up. They thank you for it.", ""],
  ["Honestly, the clean desk checks feel more like help than policing.", ""],
  ["The video on two-step login was short and funny and didn't make anyone feel dim.", ""],
  [
    "(IT) The two-step login took some getting used to, but people adapted quickly and the calls dried up after week one.",
    "",
  ],
  [
    "I'd heard horror stories about monitoring software at other firms. Ours is nothing like that.",
    "",
  ],
  ["Nobody forced the app on us. You can use a text message or a little key fob instead.", ""],
  ["Staff were asked to vote on where the badge readers should go. Small, but it helped.", ""],
  [
    "The garage owner sat down with the IT chap and the mechanics and worked out the USB exceptions together.",
    "",
  ],
  [
    "I don't feel like a suspect because of the badge logs. They're only checked after an incident, and we know that.",
    "",
  ],
  ["When the security tips email arrives, I read it. It's short and it's useful.", ""],
  ["Phishing tests happen. I don't lose sleep over them.", ""],
  [
    "The school's IT technician asked the teachers to pilot the new login before it went to everyone.",
    "",
  ],
  [
    "Nobody at the bakery resented the new tablet rules once we saw they stopped the card machine scam.",
    "",
  ],
  [
    "I clicked the test link on a busy morning. No excuses, I should have checked the sender.",
    "blame:self",
  ],
  ["Every time the badge door beeps red, it turns out I'm the one holding it wrong.", "blame:self"],
  ["If anyone's going to get us hacked, it'll be me, honestly.", "blame:self"],
  [
    "I let a stranger tailgate through the badge door last month. I still kick myself.",
    "blame:self",
  ],
  ["The monitoring flagged me for a dodgy download. Fair cop, I knew better.", "blame:self"],
  ["Our IT support couldn't set up a door badge if their lives depended on it.", "blame:sec"],
  ["Half the lockouts this year were caused by IT's own botched password sync.", "blame:sec"],
  [
    "The security firm's training was so bad it probably left us less safe than before.",
    "blame:sec",
  ],
  ["IT's phishing test went out to our clients by mistake. You couldn't invent them.", "blame:sec"],
  [
    "Every time the IT contractor 'tightens things up', something else in the practice stops working. They are the problem.",
    "blame:sec conflict",
  ],
  [
    "The monitoring tool the IT lot chose is a joke; it missed the actual virus and flagged a spreadsheet.",
    "blame:sec",
  ],
  ["(IT) Our users will read a password out to anyone who asks nicely on the phone.", "blame:emp"],
  ["Nobody in our shop has ever met the people who set these rules.", "distance"],
];
