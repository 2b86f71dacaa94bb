import type { RawExample } from "./types.js";
import { VOICES_GB_2 } from "./voices-gb-2.js";
import { VOICES_GB_3 } from "./voices-gb-3.js";

/** Employees of small and medium firms in retail, logistics, accounting and estate agencies answering the survey's open questions, some in second-language English (round 29). Written fresh for Rapport (brief GB). */
const FIRST_PART: readonly RawExample[] = [
  ["Helpful. Always answer the phone.", ""],
  ["They sorted my laptop the same afternoon, no fuss.", ""],
  ["Our IT is outsourced to a company in Leeds, they look after the firewall and the backups.", ""],
  ["Good relationship I would say.", ""],
  ["Never had a problem with them tbh", ""],
  ["They are not condescending at all, they explain everything in normal words.", ""],
  [
    "Steve comes in every Tuesday and does a walk round the office, asks if anything is playing up.",
    "",
  ],
  ["They set up the two step login on our phones and showed everyone how to use it.", ""],
  ["yes they are helpful", ""],
  ["They manage the tills, the card machines and the wifi in both shops.", ""],
  [
    "When we had the phishing email last year they rang round everyone within the hour, very calm about it.",
    "",
  ],
  ["Easy to understand, they dont use big words.", ""],
  ["I'd call it friendly. They'd probably say the same.", ""],
  ["The training session in March was actually quite fun, they made a quiz out of it.", ""],
  ["Our security person is also our office manager, she's great and very approachable.", ""],
  ["They do the password resets, new laptops, leavers' accounts, that kind of thing.", ""],
  ["Response time is good, usually within the hour.", ""],
  ["I can't think of a negative experience.", ""],
  [
    "Positive: they recovered a whole folder of client accounts I thought I'd deleted for good.",
    "",
  ],
  [
    "Some people moan about the password changes but honestly it takes two minutes and I get why we do it.",
    "",
  ],
  ["They explain why a rule exists, not just that it exists. I appreciate that.", ""],
  ["Quite understandable, maybe 8 out of 10.", ""],
  ["Mutual respect I think. We need them, they need us to follow the rules, it works.", ""],
  [
    "The man from the IT company is very patient with me, my english is not perfect but he take his time.",
    "",
  ],
  ["They never make you feel stupid for asking, which I was worried about when I started.", ""],
  ["No complaints. Tickets get closed quickly.", ""],
  ["They're part of the team really, come to the Christmas do and everything.", ""],
  [
    "We have a monthly call with them where they go through any alerts and what they mean for us.",
    "",
  ],
  ["Not a problem at all, they're always reachable on Teams.", ""],
  ["I would describe it as professional and friendly.", ""],
  ["They check the CCTV and the door entry system too, not just the computers.", ""],
  ["helpful yes because they fix stuff quick", ""],
  [
    "They encrypted all the lettings files after GDPR came in and took us through what had changed.",
    "",
  ],
  ["I think they see us as colleagues, not as a risk.", ""],
  ["At the depot the IT guy knows all the drivers by name, he's sound.", ""],
  ["The scam warning emails are short and to the point, I actually read them.", ""],
  ["It's a small firm so it's one person, Priya, and she's brilliant.", ""],
  [
    "They installed the new scanners at the warehouse and stayed till the night shift had tested them.",
    "",
  ],
  ["Never been talked down to, even when I locked myself out three times in one week.", ""],
  ["Relationship: good. Bad about it: nothing really.", ""],
  ["They come across as calm and knowledgeable.", ""],
  ["They look after the Sage server and check the backups run every night.", ""],
  ["positive experience - they spotted a fake invoice email before anyone paid it", ""],
  ["Sometimes they're busy but they always phone back the same day.", ""],
  [
    "They're always saying we're the first line of defence and they thank people who report stuff, so I think they feel good about us.",
    "",
  ],
  [
    "They gave us a one page sheet on what to do if something looks dodgy. It's stuck on the fridge in the kitchen.",
    "",
  ],
  ["They have a really good manner with the older negotiators who aren't confident with tech.", ""],
  ["Our MSP does the patching out of hours so it doesn't disrupt the shop.", ""],
  ["I'd say 50/50, they know the tech, we know the business, and we meet in the middle.", ""],
  ["Very understandable. If I don't get something I ask and they explain again.", ""],
  ["Friendly, quick, knows his stuff.", ""],
  ["They are helpful because they listen first before telling you what to do.", ""],
  ["The new starter induction includes an hour with IT, which I thought was a nice touch.", ""],
  ["I used to be a bit nervous about asking but not any more, they're very down to earth.", ""],
  [
    "they do antivirus and the email filter, and every quarter they check who has access to the client folders",
    "",
  ],
  ["Not arrogant at all. Just busy people doing a job.", ""],
  ["We message them on WhatsApp if it's urgent and they answer.", ""],
  ["They're strict about USB sticks but fair enough, we handle a lot of bank details.", ""],
  ["Helpful, yes. Why? Because they treat a dumb question like a normal question.", ""],
  ["Security is one of the hats our IT guy wears, he also does the phones and the printers.", ""],
];

export const VOICES_GB: readonly RawExample[] = [...FIRST_PART, ...VOICES_GB_2, ...VOICES_GB_3];
