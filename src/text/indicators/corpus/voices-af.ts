import type { RawExample } from "./types.js";
import { VOICES_AF_2 } from "./voices-af-2.js";
import { VOICES_AF_3 } from "./voices-af-3.js";

/**
 * Employees, IT/security staff, consultants and managers on specific security measures and how
 * they were brought in. Written fresh for Rapport (brief AF).
 */
const FIRST_PART: readonly RawExample[] = [
  [
    "The login codes arrived one Monday with no warning, and half the warehouse couldn't clock in until lunchtime.",
    "conflict",
  ],
  [
    "They walked us through the two-step login at the staff meeting, answered every daft question, and nobody grumbled after that.",
    "",
  ],
  [
    "I half suspect the approval app lets them peek at my personal messages. Nobody has ever told us otherwise.",
    "feel",
  ],
  ["Honestly the authenticator app is fine. Takes two seconds.", ""],
  [
    "I locked myself out three times in one week with the code thing. I'm just not built for this.",
    "blame:self",
  ],
  [
    "Our practice manager set up the login codes herself in the end, because the IT company never answered her emails.",
    "conflict distance",
  ],
  ["The email about 'conditional access policies' might as well have been in Latin.", "comm"],
  [
    "From the IT side: staff keep approving login prompts they never triggered. They'll tap yes to anything that pops up on their phone.",
    "blame:emp",
  ],
  [
    "If your phone dies out on a delivery run you're stuck, and the helpdesk stops answering at five.",
    "conflict",
  ],
  ["I don't mind the extra code. The IT lad explained why we need it and it made sense.", ""],
  [
    "Two-factor on the till? At seven in the morning with a queue of customers? Whoever dreamt that up has never worked a shift.",
    "conflict",
  ],
  [
    "The prompts keep coming at night and I lie there wondering whether someone's trying to get into my account.",
    "feel",
  ],
  [
    "Nobody asked whether the kitchen staff even have smartphones before making the app compulsory.",
    "power",
  ],
  [
    "Our firm's IT provider switched on multi-factor login and then went on holiday. Brilliant planning.",
    "blame:sec",
  ],
  ["I keep fumbling the six digits and it times out. My own clumsiness, really.", "blame:self"],
  [
    "Is the code thing still on? I wouldn't know, my colleague logs in for me most mornings.",
    "distance",
  ],
  ["MFA went in smoothly here. We had a week's notice, a short demo and a number to ring.", ""],
  [
    "(security contractor) We explained the login change at three separate briefings and people still say it came out of nowhere. Nobody reads anything.",
    "blame:emp",
  ],
  [
    "The approval pop-up asks 'Was this you?' and I never know what the right answer is. It makes me jumpy.",
    "comm feel",
  ],
  [
    "I was nervous about the new login at first, but the office manager sat with me and now it's second nature.",
    "",
  ],
  [
    "We got MFA because some manager at head office read an article. Nobody on the farm was consulted.",
    "power",
  ],
  [
    "The code app is another thing that makes me feel slow next to the younger ones.",
    "feel blame:self",
  ],
  [
    "Whenever the login fails, IT's answer is 'reinstall the app'. That's all they've got.",
    "blame:sec",
  ],
  [
    "When the codes stopped working on the school laptops, the teachers just shared one account between them.",
    "conflict",
  ],
  [
    "Every sixty days I have to invent a new password, so now it lives on a sticky note under the keyboard. What else do they expect?",
    "conflict",
  ],
  [
    "The password rules changed overnight and the only notice was a pop-up about 'complexity requirements'.",
    "comm",
  ],
  [
    "Our senior partner says the forced password changes are the IT firm being behind the times, and he's probably right.",
    "blame:sec",
  ],
  ["They dropped the forced password changes after a few of us asked. Good to be listened to.", ""],
  [
    "(IT) Users pick Summer2024! and think they've been clever. Then they're shocked when the account gets guessed.",
    "blame:emp",
  ],
  [
    "I never get the new password right first time. It's me, not the system, I know that.",
    "blame:self",
  ],
  ["Nobody here knows who sets the password policy. It just happens to us.", "distance power"],
  [
    "Password changes every month mean I just add one to the number at the end. Everyone does.",
    "conflict",
  ],
  [
    "The new rules came in a PDF called 'Credential Hygiene Standard v3'. I didn't get past the title.",
    "comm",
  ],
  [
    "I used to hate the password changes, but now we have a password manager and I never think about it.",
    "",
  ],
  [
    "Asked why passwords need changing so often and was told 'because that's the policy'. End of conversation.",
    "comm power",
  ],
  [
    "It's a bit humiliating ringing the helpdesk for the fourth reset this year. You can hear them sighing.",
    "feel",
  ],
  [
    "The password policy is written by people who sit in front of one computer all day, not the six machines I use on the workshop floor.",
    "conflict",
  ],
  ["Passwords expire, we change them, that's the job. I don't give it any thought.", ""],
  [
    "Frankly, whoever set ninety-day expiry should be made to live with it on a shared reception PC.",
    "blame:sec",
  ],
  ["I'll admit the reset was my own fault, I ignored three reminders.", "blame:self"],
  [
    "The reminder emails all look like phishing, so I delete them and then I'm locked out.",
    "conflict comm",
  ],
  [
    "(IT lead) I spent a morning unlocking accounts because people ignore the expiry warnings. Every quarter, same story.",
    "blame:emp",
  ],
  [
    "They blocked the USB ports and my label printer stopped working. Took a week to get it back.",
    "conflict",
  ],
  [
    "The lab techs used to swap files on memory sticks. Now they email them to their personal accounts instead.",
    "conflict",
  ],
  ["I'm not bothered about the USB block, I never use memory sticks anyway.", ""],
  [
    "When I asked why my stick didn't work I got a ticket number and a link to a policy document. Not one human sentence.",
    "comm",
  ],
  [
    "The IT manager came down in person to explain the USB change and found an approved drive for our photographer. Decent of him.",
    "",
  ],
  [
    "(security lead) Half the malware we've cleaned up came from someone's kid's memory stick plugged into an office PC.",
    "blame:emp",
  ],
  [
    "Blocking ports is IT's answer to everything: lock it down and let the rest of us struggle.",
    "conflict blame:sec",
  ],
  [
    "The USB ban means the vet nurses now walk X-ray images across the yard on a laptop. Progress.",
    "conflict",
  ],
  [
    "I plugged in my own stick after the ban without thinking and got an automatic warning. Stupid of me.",
    "blame:self",
  ],
  ["I never found out why the USB ports were switched off. I just stopped trying.", "distance"],
  [
    "The machine on the packing line needs a USB key for its updates, and nobody from security has ever been out here to see that.",
    "distance conflict",
  ],
  ["The USB lock is fine. They set up a shared folder first, so we didn't lose anything.", ""],
  [
    "A warning about 'removable media exfiltration risk' flashed up and scared the life out of our receptionist.",
    "comm feel",
  ],
  [
    "(IT) Staff were copying whole client databases onto sticks and leaving them in their coats. Blocking the ports wasn't optional.",
    "blame:emp",
  ],
  [
    "The USB shutdown was announced in the same email as the Christmas party. Guess which bit people read.",
    "comm",
  ],
  [
    "Nobody complains about the USB block here; it was discussed at the team meeting and we agreed to it.",
    "",
  ],
  [
    "I clicked the fake parcel email and ended up on a list that went straight to my manager.",
    "power",
  ],
  ["After failing the phishing test I was so embarrassed I didn't tell anyone for days.", "feel"],
  [
    "When I click one of the practice emails, I get a short page explaining what I missed. No drama.",
    "",
  ],
  [
    "They tricked us with a fake bonus email right before Christmas. People were genuinely upset.",
    "feel",
  ],
  [
    "(IT) Our click rate on the last simulation was forty percent. Some of them will open literally anything with a link in it.",
    "blame:emp",
  ],
  ["I fell for the test email twice. Hopeless, honestly.", "blame:self"],
  [
    "Those who clicked had to sit a two-hour course in the evening, unpaid. That's a punishment, whatever they call it.",
    "power",
  ],
  [
    "People love saying staff are the weakest link, but it was our receptionist who spotted the real scam email.",
    "",
  ],
  [
    "The security firm sent the phishing results as a spreadsheet with our names highlighted in red. That's how we learned there'd been a test.",
    "comm power",
  ],
  [
    "(security officer) If someone clicks on a test, I go and have a coffee with them. Nobody gets named.",
    "",
  ],
  [
    "I'm wary of reporting a suspicious email now in case it's a test and I look like an idiot.",
    "feel",
  ],
  [
    "I deleted a real supplier invoice because I thought it was one of their traps. Cost us a late fee.",
    "conflict",
  ],
  [
    "(managing director) The phishing results proved what I suspected: our people are the biggest hole in the fence.",
    "blame:emp",
  ],
  [
    "The phishing tests are run by an outside company. I couldn't tell you who they are or what they do with the results.",
    "distance",
  ],
  ["Clicked the fake link, got a cartoon fish saying 'Gotcha!'. Very grown-up.", "comm"],
  ["I don't hold it against IT. The test caught me, and that's exactly what it's for.", ""],
  [
    "The warning page after I clicked was full of words like 'credential harvesting'. I still don't know what I did wrong.",
    "comm",
  ],
  ["I was the only one in accounts who clicked. I felt so thick.", "feel blame:self"],
  [
    "They made the fake email look like it came from our own director. That's not a test, that's a trap.",
    "feel",
  ],
  [
    "(IT admin) I don't enjoy running phishing tests. I end up being the villain of the office for a week.",
    "feel conflict",
  ],
  [
    "We used to have a bad click rate, and nobody got hauled over the coals for it; the rate just improved with practice.",
    "",
  ],
  [
    "The fake emails come from 'Security Awareness Team'. I've never met a single member of this team.",
    "distance",
  ],
  [
    "Useless test. IT sent it from an address that was obviously fake and then bragged about how few of us fell for it.",
    "blame:sec",
  ],
  [
    "After the test, a few of the drivers stopped reading email altogether. They ring the office instead.",
    "distance",
  ],
  [
    "Phishing drills? Our dental nurses barely have time to eat lunch. Nobody cares about that.",
    "conflict",
  ],
  [
    "(security consultant) In my experience, whoever clicks the test is usually the person who was too busy to think. That's on the workload, not the worker.",
    "",
  ],
  [
    "They installed monitoring on our laptops without a word. I only noticed because the fan never stops now.",
    "power",
  ],
  [
    "The partners explained the monitoring tool over lunch and showed us exactly what it records and what it doesn't. Fair enough.",
    "",
  ],
  ["Monitoring is fine by me. It caught a real intrusion last spring and nobody lost data.", ""],
  [
    "(IT) If staff didn't browse dodgy sites on work machines, we wouldn't need monitoring at all.",
    "blame:emp",
  ],
  [
    "The monitoring agent slowed my till so badly that customers were queueing out the door.",
    "conflict",
  ],
  [
    "We got an alert saying 'anomalous behaviour detected on your endpoint'. I thought I'd been hacked; it was a software update.",
    "comm feel",
  ],
  [
    "They know every site I visit but I couldn't name a single person in that department.",
    "distance power",
  ],
  [
    "The monitoring software is how head office keeps an eye on us. Security has nothing to do with it.",
    "power",
  ],
  ["Honestly, I'd forgotten the monitoring was even there until you mentioned it.", ""],
  [
    "IT's monitoring tool flagged our own payroll upload as a threat and froze it on payday. Not their finest hour.",
    "blame:sec conflict",
  ],
  [
    "(IT) I didn't want the keystroke logging; the owners insisted. My objections weren't even minuted.",
    "power",
  ],
  [
    "The monitoring policy is eleven pages. I signed it because the alternative was not getting my laptop.",
    "power",
  ],
  [
    "Nobody explained the monitoring, so the rumour in the warehouse is that they watch us through the webcams.",
    "comm feel",
  ],
  [
    "I suppose the monitoring makes sense for a law firm, but it would have been nice to be told rather than finding out.",
    "comm",
  ],
  [
    "It doesn't scare me that they monitor the laptops. They were upfront about it from day one.",
    "",
  ],
  [
    "I put tape over the webcam after they installed the monitoring. Paranoid, maybe, but I don't trust them.",
    "feel",
  ],
  [
    "(security analyst) We see everything, and people still think they can get away with installing pirated software.",
    "blame:emp",
  ],
  [
    "When the monitoring flagged my account, nobody asked me about it; they just told my boss.",
    "power",
  ],
  [
    "A clean-desk inspector left a yellow card on my chair because of a mug and a diary. Like being back at school.",
    "power comm",
  ],
  [
    "The clean desk checks happen at night, so we never see who does them. Just the notes in the morning.",
    "distance",
  ],
  ["I don't mind clearing my desk, but the checks feel like a gotcha rather than help.", "power"],
  [
    "Our office manager does the clean-desk round with us, chatting, not writing anyone up. Works fine.",
    "",
  ],
  [
    "(security) Every Friday I find client files left open on desks. People just don't think.",
    "blame:emp",
  ],
  [
    "Clean desk rules in a bakery office. Where do they want us to keep the flour orders, in a safe?",
    "conflict",
  ],
  ["I keep forgetting to lock the drawer before I leave. Entirely my own doing.", "blame:self"],
  [
    "The clean desk score gets posted on the noticeboard by team. Nobody wants to be the one dragging it down.",
    "power",
  ],
  ["Clean desk makes sense with patient records around. Nobody needed to be told twice.", ""],
  [
    "The clean desk policy came from the insurer, passed down by IT, and none of them ever set foot in our workshop.",
    "power distance",
  ],
];

export const VOICES_AF: readonly RawExample[] = [...FIRST_PART, ...VOICES_AF_2, ...VOICES_AF_3];
