import type { RawExample } from "./types.js";

/** Batch AC, part 2: security and IT staff voices. Written fresh for Rapport (brief AC). */
export const VOICES_AC_2: readonly RawExample[] = [
  [
    "Looking back, I treated the staff as a threat rather than as partners. That was my failing.",
    "blame:self",
  ],
  [
    "I used to think the users were the problem. Turns out it was me, with my ridiculous password rules.",
    "blame:self",
  ],
  ["I clicked a test phishing email myself. The one I'd written. Mortifying.", "blame:self feel"],
  [
    "I set the spam filter too tight and the practice lost two days of patient referrals. My error.",
    "blame:self",
  ],
  ["I've been too proud to ask for help, and the systems have suffered for it.", "blame:self"],
  [
    "I'm hopeless at documentation. If I got hit by a bus, nobody could run this place.",
    "blame:self",
  ],
  [
    "I deleted the wrong user account in the middle of payroll week. Not my finest hour.",
    "blame:self",
  ],
  [
    "Part of why people avoid me is down to me. I was short with them when I was overloaded.",
    "blame:self distance",
  ],
  ["I was too relaxed about admin rights at the start, and I'm paying for it now.", "blame:self"],
  [
    "I never tested a restore. I just assumed the backups worked. Lesson learned the hard way.",
    "blame:self",
  ],
  ["The email migration was my call and it went badly. I'll own that.", "blame:self"],
  [
    "Honestly, I hold myself responsible for the phishing incident. I never got round to the training I'd promised.",
    "blame:self",
  ],
  [
    "I'm a network guy who got handed security because nobody else wanted it, and it shows.",
    "blame:self",
  ],
  [
    "I keep putting off the risk assessment because it overwhelms me, and I know that's a failing.",
    "blame:self feel",
  ],
  [
    "The gap in the firewall was my doing. I opened it for a supplier and never closed it again.",
    "blame:self",
  ],
  [
    "I was quick to blame the receptionist, but truthfully I'd never shown her how to check a sender.",
    "blame:self",
  ],
  [
    "I lost my temper with a driver over a shared password. He didn't deserve it, I was the one in the wrong.",
    "blame:self",
  ],
  [
    "I don't blame myself for the breach. I flagged that risk in writing, twice, and it's all on record.",
    "",
  ],
  [
    "It wasn't my fault the server died. It was eleven years old and I'd asked for a new one three times.",
    "power",
  ],
  [
    "I made a mistake with the permissions last spring, fixed it within the hour, and we moved on. No drama.",
    "",
  ],
  [
    "The weak spot in this firm isn't the firewall, it's whoever opens attachments in the packing department.",
    "blame:emp",
  ],
  ["Half our staff would type their password into a toaster if it asked politely.", "blame:emp"],
  [
    "Every incident we've had traces back to somebody in the office doing something daft.",
    "blame:emp",
  ],
  [
    "The drivers share one login for the tracking system because they can't be bothered to remember their own.",
    "blame:emp",
  ],
  ["Our receptionist has fallen for three fake delivery notices this year. Three.", "blame:emp"],
  ["Train them all you like, they'll still write the PIN on the back of the card.", "blame:emp"],
  [
    "Users are the weakest link, I'll say it. Technology does what it's told; people don't.",
    "blame:emp",
  ],
  ["Some of the solicitors seem to think rules are for other people.", "blame:emp"],
  ["The sales team will click anything with the word 'invoice' in it.", "blame:emp"],
  [
    "If we get hacked, it won't be some genius in another country. It'll be Dave from accounts.",
    "blame:emp",
  ],
  ["People are lazy with passwords. Summer2024, every one of them.", "blame:emp"],
  [
    "Give the shop floor a USB stick from the car park and they'll plug it in to see whose it is.",
    "blame:emp",
  ],
  ["Most of my job is protecting the staff from themselves.", "blame:emp"],
  [
    "The partners are the worst offenders. They forward client files to their personal email and then act surprised.",
    "blame:emp",
  ],
  [
    "Our chefs will share the till password with anyone who asks nicely. Temps, delivery drivers, anyone.",
    "blame:emp",
  ],
  [
    "Human error, every single time. The tech has never once been the cause of a breach here.",
    "blame:emp",
  ],
  [
    "The teachers leave their laptops unlocked in classrooms full of fourteen-year-olds. What did they expect?",
    "blame:emp",
  ],
  [
    "It's always the same handful of people who fall for it. You could set your watch by them.",
    "blame:emp",
  ],
  ["People call staff the weakest link, but ours spot more scams than my filters ever do.", ""],
  [
    "Blaming users is lazy, in my view. Most of the mistakes I see come from rushed work, not stupidity.",
    "",
  ],
  [
    "I don't buy this 'human error' line. Our people make sensible choices when the tools let them.",
    "",
  ],
  ["Careless? Not our lot. They're careful, they're just busy.", ""],
  [
    "The kitchen staff are usually the first to forward me a weird email. They're brilliant at it.",
    "",
  ],
  ["Mistakes happen. When someone reports one quickly, I thank them, and I mean it.", ""],
  [
    "Our warehouse team reported a USB stick in the car park straight away. Didn't plug it in. Proud of them.",
    "",
  ],
  [
    "The office manager rang me within five minutes of clicking a dodgy link. Because she did, it cost us nothing.",
    "",
  ],
  ["People here tell me when they've messed up. That's worth more than any firewall.", ""],
  [
    "Our bakers aren't techy, but they've got good instincts. If something looks off, they ask.",
    "",
  ],
  ["I trust the staff. They're adults, and most of them are more careful than I am.", ""],
  ["The nurses are fantastic at reporting lost badges. Same day, every time.", ""],
  ["A new apprentice spotted a spoofed supplier email that got past me. I bought her a cake.", ""],
  ["We've built a culture where reporting a mistake gets you a thank-you, not a telling-off.", ""],
  ["The drivers text me a photo of anything odd on the tablets. Low-tech, but it works.", ""],
  ["The accountants ask before they install anything. Every single time. It's lovely.", ""],
  [
    "I've explained the difference between a real login page and a fake one four times this month. I'm running out of ways to say it.",
    "feel",
  ],
  ["It wears me down, answering the same question about passwords every Monday morning.", "feel"],
  [
    "I lie awake some nights thinking about what happens if the backups have quietly failed.",
    "feel",
  ],
  ["It's demoralising to be right about a risk and still be ignored.", "feel power"],
  [
    "I'm honestly scared that one day something big happens and I'm the one shown the door.",
    "feel power",
  ],
  ["I get a knot in my stomach every time the phone rings after eight.", "feel"],
  ["I'm fed up of being the bad guy for asking people to lock their screens.", "feel conflict"],
  [
    "It drives me up the wall when someone says 'I'm not techy' as if that excuses everything.",
    "feel blame:emp",
  ],
  ["I used to love this job. These days I mostly count the hours.", "feel"],
  [
    "The constant low-level dread never really switches off. You're always waiting for the next thing.",
    "feel",
  ],
  ["I feel like I'm shouting into a void.", "feel comm"],
  [
    "Honestly, I've stopped caring whether they use the password manager. I'm tired.",
    "feel distance",
  ],
  ["I get irritable with people, and I hate that about myself lately.", "feel"],
  [
    "I was properly shaken after the ransomware. Took me weeks to stop checking the logs at midnight.",
    "feel",
  ],
  ["Sometimes I feel like a fraud. Everyone assumes I know what I'm doing.", "feel"],
  ["I was nervous about presenting to the board, but they were kind and asked good questions.", ""],
  ["I used to dread Mondays here. Not any more, since we hired a second technician.", ""],
  [
    "I'm not worried about our staff. I'm worried about our suppliers, and that's a different conversation.",
    "",
  ],
  ["People think security staff are paranoid. I'm not, I just plan for bad days.", ""],
  [
    "I enjoy this job far more than I expected. The people are decent and the problems are interesting.",
    "",
  ],
  ["Annoyed? Me? Only with the printer.", ""],
  ["Sales think security is something I invented to stop them closing deals.", "conflict"],
  [
    "The marketing team put the customer list on a free file-sharing site because the VPN was 'too slow'.",
    "conflict blame:emp",
  ],
  ["Every time I tighten something, somebody has found a way round it by Thursday.", "conflict"],
  [
    "The chefs prop the office door open for deliveries. I fit a lock, they wedge a brick in it.",
    "conflict",
  ],
  [
    "Production wants the line PCs on the old Windows forever because the machine vendor says so. We argue about it every quarter.",
    "conflict",
  ],
  ["Operations and I want opposite things. They want uptime, I want patches.", "conflict"],
  ["The partners treat two-factor as a personal insult to their time.", "conflict"],
  ["Every change I make is 'getting in the way' of someone's real work.", "conflict"],
  [
    "The estimators keep the quotes on personal Dropbox accounts because the server is 'a faff'.",
    "conflict",
  ],
  [
    "I spend more time negotiating with department heads than actually securing anything.",
    "conflict",
  ],
  [
    "The fleet manager went over my head to get the tracking app installed on unmanaged phones.",
    "conflict power",
  ],
  [
    "Managers see me as the department of no. I'd like to be the department of 'yes, but safely'.",
    "conflict",
  ],
  [
    "Dispatch disabled the screen lock on their terminals because it timed out during calls. I only found out by accident.",
    "conflict distance",
  ],
  [
    "There's a running battle with the design team over admin rights. They win more than I do.",
    "conflict power",
  ],
  [
    "The farm co-op members refuse to use separate accounts. 'We've all known each other forty years' is the argument.",
    "conflict",
  ],
  [
    "The dentists won't wait thirty seconds for the encrypted laptop to boot, so they bring their own.",
    "conflict",
  ],
  ["Reception and I clash about the guest Wi-Fi roughly once a week.", "conflict"],
  [
    "The hotel manager wants guests on the same network as the tills because a second router 'looks messy'.",
    "conflict",
  ],
  [
    "I'm told I'm 'slowing the business down' every time I ask for a risk check before a launch.",
    "conflict",
  ],
  [
    "Payroll wanted me to email salary files in the clear because the portal is fiddly. We had words.",
    "conflict",
  ],
  [
    "We don't really clash, the departments and me. They explain what they need and I find a way to make it safe.",
    "",
  ],
  [
    "I thought sales would fight me on the new laptops, but they were the first to ask for them.",
    "",
  ],
  [
    "There used to be a lot of friction with the workshop, but since I started eating lunch with them it's gone.",
    "",
  ],
  [
    "Nobody works round the rules here, as far as I can tell, because the rules were written with them.",
    "",
  ],
  ["My boss communicates solely through forwarded emails with 'see below' at the top.", "comm"],
  ["The MD lectures me about being a team player every time I raise a risk.", "comm power"],
  [
    "When I present to the board I can see the moment I lose them. Too many acronyms, I know.",
    "comm",
  ],
  [
    "Our security notices come from the insurer's template and frankly they terrify people without telling them what to do.",
    "comm",
  ],
  ["Management talks to me like I'm a vending machine: request in, answer out.", "comm power"],
  [
    "The owner spoke to me like a child in front of the whole shop because the card machine was down.",
    "comm feel power",
  ],
  [
    "All I get from head office is a monthly spreadsheet and a list of complaints.",
    "comm distance",
  ],
  ["Requests arrive as one-line emails with no context. 'Fix the thing.' Which thing?", "comm"],
  ["The directors send me articles about hackers with no comment except 'are we covered?'", "comm"],
  [
    "Everything I hear about my performance comes second-hand from the office manager.",
    "comm distance",
  ],
  [
    "I've been told off by email, copied to the whole management team, for a patch that took the printers down.",
    "comm power",
  ],
  ["Our policy documents read like a legal contract. No wonder nobody opens them.", "comm"],
  [
    "My colleague sends out alerts in full capitals with red text. People now panic at every email from IT.",
    "comm feel",
  ],
  ["I can write a decent incident report, but I can't seem to make the partners read it.", "comm"],
  [
    "The posters in the staff room about phishing are so grim they look like a public health warning.",
    "comm",
  ],
  ["I try to write emails without any tech terms, and people actually read them now.", ""],
  [
    "I stopped saying 'phishing' and started saying 'fake emails', and suddenly everyone understood.",
    "",
  ],
  [
    "The director never talks down to me. She asks what she needs to know and then actually listens.",
    "",
  ],
  [
    "We have a ten-minute catch-up every Friday, me and the owner. No jargon, no drama, just what's coming up.",
    "",
  ],
  [
    "The staff say my newsletters are the only IT thing they read. Short, funny, no scare stories.",
    "",
  ],
  ["When I get a bit technical, people just ask me to say it again in plain words, and I do.", ""],
  ["Our general manager explains my requests to the team better than I ever could. Real gift.", ""],
  [
    "I've never set foot in the Leeds depot. I manage their machines from here and that's it.",
    "distance",
  ],
  ["Half the staff wouldn't recognise me if I walked into their office.", "distance"],
  [
    "The sales team never come to me. They ask whoever sits next to them, and I find out weeks later.",
    "distance",
  ],
  [
    "The directors aren't interested. Security is 'your department', and that's the end of the conversation.",
    "distance",
  ],
  [
    "I've stopped going to the staff meetings. Nothing I say there changes anything.",
    "distance power",
  ],
  ["Management don't much care how it's done, as long as the invoices go out.", "distance"],
  [
    "The night shift do their own thing. I don't think I've spoken to any of them in a year.",
    "distance",
  ],
  ["Our owner says cyber stuff isn't his job. That's what he's got me for.", "distance"],
  [
    "The farm managers fix their own laptops with whatever they find online. I hear about it when it's beyond rescue.",
    "distance",
  ],
  [
    "I work remotely for the whole group and never see anyone. It's tickets all the way down.",
    "distance comm",
  ],
  ["Staff think I live in the basement. To be fair, I sort of do.", "distance"],
];
