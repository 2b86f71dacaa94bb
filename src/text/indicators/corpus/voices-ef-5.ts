import type { RawExample } from "./types.js";

/** Less often heard sectors, half in English as a second language. Written fresh for Rapport (brief EF). */
export const VOICES_EF_5: readonly RawExample[] = [
  ["The new access system for the storage rooms was explained well in the staff meeting.", ""],
  [
    "The security manager of the museum never comes down in the workshops. We see him only on the website.",
    "distance",
  ],
  [
    "I feel like we are always on trial. Every time a file is missing from the shared drive, they ask the volunteers first.",
    "feel power",
  ],
  [
    "I deleted the folder with the exhibition labels by accident. It was me. IT recovered most of it.",
    "blame:self",
  ],
  [
    "IT at head office pushed a new reporting app on the truck drivers without checking if the drivers even have smartphones.",
    "power",
  ],
  ["Very happy with the IT support. Quick, no stupid questions.", ""],
  [
    "They send warnings about 'credential harvesting'. In a recycling plant, harvesting means something else.",
    "comm",
  ],
  [
    "When the scale system crashed, IT said restart. We restarted, three times. Then they said they need a week.",
    "conflict blame:sec",
  ],
  [
    "The attendants at the museum front desk don't lock the PC. Visitors could read the donor list.",
    "blame:emp",
  ],
  ["Honestly, I never had a reason to call IT security. Nothing bad happened to me.", ""],
  [
    "The old IT manager came to the staff meeting to explain things. The new one sends a notice and that's it.",
    "comm distance",
  ],
  [
    "I worry they can read everything I write from the museum email. Also to my family.",
    "feel power",
  ],
  ["We gave the cleaning team accounts on the work-order system and it works well.", ""],
  [
    "Users at the plant reuse the same password everywhere. I found the same one on fourteen accounts.",
    "blame:emp",
  ],
  [
    "The machine operators think IT is just for the office. When the sorting robot gets a virus, suddenly it's our problem.",
    "distance blame:emp",
  ],
  ["The IT firm sends invoices faster than it sends technicians.", "blame:sec"],
  ["I'm not a nuisance, I'm just asking for a computer that works.", "feel conflict"],
  [
    "They put a filter on the internet. Now I cannot open the auction sites where we check the value of donated objects.",
    "conflict",
  ],
  ["The filter was adjusted the day after we explained about the auction sites.", ""],
  ["The director decides, IT executes, and we read about it in the newsletter.", "power comm"],
  [
    "The security audit at the plant was stressful, but the auditor was fair and explained everything.",
    "",
  ],
  [
    "The auditor treated the shift leaders like schoolboys, asking the same question five times.",
    "power comm",
  ],
  [
    "I left the control room open with the screen on. The manager was right to be angry.",
    "blame:self",
  ],
  [
    "For me the IT people are like ghosts. Things change in the night and nobody saw them.",
    "distance power",
  ],
  [
    "They speak with English words all the time, patch, deploy, rollback. My colleagues from Eritrea understand nothing.",
    "comm",
  ],
  [
    "Our security person Beatriz is so nice, she learned some words of Tigrinya to greet the sorting team.",
    "",
  ],
  [
    "The museum educators want Wi-Fi for the kids' tablets everywhere, IT says no for security. It's a war every year.",
    "conflict",
  ],
  ["Now the kids' Wi-Fi is a separate network. The educators are happy, we are happy.", ""],
  [
    "Too many rules for a small museum. We are eight staff and the policy is thirty pages.",
    "conflict",
  ],
  [
    "The IT guy wrote to my boss that I'm 'a repeat offender' because I clicked on two test emails. That word hurt me.",
    "feel power blame:emp",
  ],
  ["Yes, I clicked on two of the tests. I'm not proud. I'm more careful now.", "blame:self"],
  [
    "The cameras on the sorting line are for safety, they told us, and they showed us exactly who can see the videos.",
    "",
  ],
  [
    "The cameras are 'for safety', but the manager used the videos to check our breaks.",
    "power feel",
  ],
  [
    "Since the cyberattack at the other plant, IT is nervous and they make everybody nervous.",
    "feel",
  ],
  ["Nobody answers the helpdesk at weekends, and the museum is open at weekends.", "conflict"],
  [
    "Weekend shift, no IT, so we have a list of tricks from the old technician taped next to the PC.",
    "distance",
  ],
  [
    "They never say what they're doing. A new box appears in the server room and that's it.",
    "comm power",
  ],
  [
    "The exhibition team was late with the digital screens because IT needed six weeks to approve them. Six weeks!",
    "conflict feel",
  ],
  [
    "We needed six weeks because the vendor didn't send the documents. But everyone blames IT first.",
    "feel",
  ],
  [
    "The museum volunteers are mostly retired, and many are better with computers than I expected.",
    "",
  ],
  [
    "I don't want to disturb them for small things. They are always busy with the big projects.",
    "distance",
  ],
  [
    "At the plant everyone got an email account, but nobody on the floor uses it. Messages from IT just disappear.",
    "distance",
  ],
  [
    "The shift supervisors print the passwords for the new workers and hang the list in the locker room. I found it myself.",
    "blame:emp",
  ],
  [
    "I'm frustrated. Five times I asked for the scanner in the archive and they answered 'it's in the queue'.",
    "feel conflict",
  ],
  ["My colleagues say IT at the museum is slow. I think it's just that they're a team of one.", ""],
  ["They don't say thank you, they don't say sorry. Just 'ticket closed'.", "comm"],
  [
    "We didn't update the digitisation PC for two years because we were afraid to lose the colour calibration. Our choice, our risk, and it went wrong.",
    "blame:self",
  ],
  ["There's the IT world and there's the shop floor. We meet only at accidents.", "distance comm"],
  ["IT put new screens in the control room. Much better.", ""],
  ["I am tired to explain them that a recycling plant is not an office.", "feel conflict"],
  [
    "They really listened when we said the gloves don't work on the touchscreens. Now we have styluses.",
    "",
  ],
  ["Every email from them says ACTION REQUIRED. I don't know anymore which ones are real.", "comm"],
  [
    "Our head of security calls the workers 'human error with legs'. Funny for him, not for us.",
    "blame:emp feel",
  ],
  ["We are guilty too. The curatorial team never told IT which files are sensitive.", "blame:self"],
  ["The art handlers scan the crates with the app, and it works offline now, thanks to IT.", ""],
  [
    "After three wrong tries the account is locked, and to unlock you need the manager, who is in holidays.",
    "conflict",
  ],
  [
    "Sometimes I say the computer is broken, so I don't need to use their new system.",
    "conflict distance",
  ],
  [
    "When I started in security here I thought the operators were careless. Now I see the tools we gave them are bad.",
    "blame:self",
  ],
  ["Not much contact, because not much goes wrong. They're nice.", ""],
  ["I don't understand why the gallery attendants can't have email. Who decided this?", "power"],
  ["The digitisation project went smoothly thanks to IT. Really good collaboration.", ""],
  [
    "They ask us to report phishing, then they answer 'thanks, this one is legitimate' in a tone like we are idiots.",
    "comm feel",
  ],
  [
    "The plant manager ignores every security recommendation we make. We write them anyway, for the record.",
    "power",
  ],
  [
    "People say the IT lady is cold. With me she was always warm, she even remembers the names of my kids.",
    "",
  ],
  [
    "The operators here are proud people. If you lecture them, they stop listening. So we ask instead of telling.",
    "",
  ],
  [
    "They gave the sorting team tablets but no protective cases. The first week, three fell into the shredder line.",
    "blame:sec",
  ],
  [
    "Two tablets fell into the shredder line. That was me and my colleague, careless, we admit it.",
    "blame:self",
  ],
  ["The storm damaged the roof of the depot and we lost some paperwork.", ""],
  ["With them it's like we are always guilty until we prove the opposite.", "power feel"],
  [
    "I call them, they say send an email. I send an email, they say open a ticket. I give up.",
    "conflict feel",
  ],
  ["The museum is small, we all know the IT guy, he plays bass in the staff band.", ""],
  ["Honestly, I don't think about security at all. That's their job.", "distance"],
  [
    "At first I thought the new badge system for the archive was just more control. Then the conservators explained that two objects went missing last year and nobody could say who had been in the room. Since then I see it differently, and the IT team answered all our questions in a special meeting.",
    "",
  ],
  [
    "The IT firm installed the new weighbridge software on a Friday and went home. Saturday nothing worked and their phone was off.",
    "blame:sec conflict",
  ],
  ["I had a silly question about the shared calendar and the IT guy never made me feel silly.", ""],
  [
    "Dental lab here. The CAD stations may not go online because of the IT rules, so we move the scan files with USB sticks. Safer? I doubt it.",
    "conflict blame:sec",
  ],
  [
    "The technicians bring USB sticks from home to move the scans. That's exactly how we got the ransomware.",
    "blame:emp",
  ],
  [
    "That USB stick was mine. I didn't know there was anything on it. I feel terrible.",
    "blame:self feel",
  ],
  ["Our IT partner set up the scanner network in one weekend. Very professional.", ""],
  [
    "The dentists send us patient scans by normal email. IT says it's not allowed, but the dentists are our clients, what can we do?",
    "conflict",
  ],
  [
    "We are six persons in the lab and the IT company treats us like a big hospital, with forms for everything.",
    "conflict",
  ],
  [
    "I never met the people of the IT firm. They connect from far and move my mouse.",
    "distance power",
  ],
  ["Sometimes the mouse moves alone, it's IT fixing something. They could warn before.", "comm"],
  ["The IT technician always calls before he connects remotely. Good manners.", ""],
];
