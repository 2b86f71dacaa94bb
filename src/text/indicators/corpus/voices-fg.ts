import type { RawExample } from "./types.js";
import { VOICES_FG_2 } from "./voices-fg-2.js";
import { VOICES_FG_3 } from "./voices-fg-3.js";
import { VOICES_FG_4 } from "./voices-fg-4.js";

/** Employees of small and medium firms answering the survey's open questions: logistics, hotels, a law firm, construction, shops, a dental practice (round 24). Written fresh for Rapport (brief FG). */
const FIRST_PART: readonly RawExample[] = [
  ["They're good.", ""],
  ["Very helpful, sorted my laptop the same day.", ""],
  ["We have a lad called Deepak who comes round the branches on Tuesdays, he's sound.", ""],
  ["They run a fake phishing email every quarter and the results go to the store managers.", ""],
  [
    "The IT company we use is in Leeds, they look after the tills and the table booking system.",
    "",
  ],
  ["Emails are short and clear, usually three bullet points of what to do.", ""],
  ["Training is a 20 min video on the portal once a year.", ""],
  ["Good relationship. Friendly lot.", ""],
  [
    "When one of our dispatchers got a dodgy invoice email they had it blocked for the whole depot within the hour. Impressive tbh",
    "",
  ],
  [
    "They patched the card machines overnight so we didn't lose a single minute of breakfast service.",
    "",
  ],
  ["the rules make sense once you actually read them", ""],
  ["Mutual respect, I'd say.", ""],
  ["They explained two-factor to me like I was a normal person, which I appreciated.", ""],
  ["I think they like us, they even came to the Christmas do 😄", ""],
  [
    "Lisa from IT walked the whole front desk through the new key card system, very patient with us.",
    "",
  ],
  ["They are never condescending, even when I ask the same thing twice.", ""],
  ["The password manager was a bit of a faff to set up but fine really.", ""],
  ["It used to take a week to get a new starter a login, now it's ready before they arrive.", ""],
  [
    "We used to find out about outages from customers, but since the new IT manager started everyone gets a text first.",
    "",
  ],
  [
    "I suppose they spend the day watching alerts and updating things. Sounds dull but someone's got to do it.",
    "",
  ],
  ["Check backups, update PCs, answer our tickets. Normal IT stuff.", ""],
  ["Monthly newsletter with one tip in it, easy read.", ""],
  ["The press room PCs are managed remotely from the main office in Dudley.", ""],
  ["Good is they're quick. Bad is... honestly nothing springs to mind.", ""],
  ["They treat us like adults.", ""],
  [
    "When I clicked a phishing link they just helped me change my passwords, no telling off. Really appreciated that.",
    "",
  ],
  ["'User error' is a running joke between us and Gav in IT but nobody means anything by it.", ""],
  [
    "Our site managers have a direct number for the security guy and he picks up even at weekends.",
    "",
  ],
  ["Jargon-free, which is rare for IT people!", ""],
  ["A partnership, and I think they'd use the same word.", ""],
  [
    "The training used real recruitment examples, fake CVs with macros in them etc. Actually useful.",
    "",
  ],
  ["They feel fine about us I think. No drama either way.", ""],
  ["Weakest link? Not us, our warehouse team spotted the fake courier texts before anyone.", ""],
  ["Security staff = Marek, one man, and he's brilliant.", ""],
  ["got a call back within 15 mins when the booking system locked me out", ""],
  ["2FA on everything now. Took a week to get used to, no issues since.", ""],
  ["The rules are on the back of the staff room door. Short and sensible.", ""],
  ["They visit each garden centre twice a year to check the tills and the wifi.", ""],
  ["I think they see us as colleagues, not as a problem.", ""],
  ["They did a lunch-and-learn at the depot with bacon rolls, best training we've ever had.", ""],
  ["The VPN error messages are a bit cryptic but Tom made a one-page guide so it's fine.", ""],
  [
    "The dental software supplier handles security and our practice owner meets them every quarter.",
    "",
  ],
  ["Must spend a lot of time on the spam filter, we barely get any junk now.", ""],
  ["Clear. Plain English.", ""],
  [
    "When the till system went down in March they texted every branch manager an update every hour.",
    "",
  ],
  ["Relationship is good, we know them all by name.", ""],
  ["Approachable. Even the head of IT comes down to the kitchen for a chat now and then.", ""],
  ["i reckon they think we're alright, we dont give them much grief", ""],
  ["They asked for our feedback on the new rules before they rolled them out, which was nice.", ""],
  ["Ticket system works, usually answered same day.", ""],
  ["Good relationship with the MSP, they know our jobs and our sites.", ""],
  ["One of them recovered a client contract I thought I'd deleted for good. Lifesaver.", ""],
  ["Driver tablets update themselves overnight, we don't have to do anything.", ""],
  ["They send the partners a quarterly report on phishing attempts and what got blocked.", ""],
  [
    "The training quiz was quick and actually about booking holidays, not generic office stuff.",
    "",
  ],
  [
    "We're small so 'security staff' is really Priya in the office plus an outside firm. Both great.",
    "",
  ],
  ["Very responsive. 10/10", ""],
  ["Professional and friendly, I would say.", ""],
  [
    "We had one mix-up with the shared mailbox permissions, fixed the same morning and they apologised.",
    "",
  ],
  ["Never had a bad experience, to be fair to them.", ""],
];

export const VOICES_FG: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FG_2,
  ...VOICES_FG_3,
  ...VOICES_FG_4,
];
