import type { RawExample } from "./types.js";

/**
 * Batch T, part 3: post-incident staff survey answers. Written fresh for Rapport (brief T).
 */
export const VOICES_T_3: readonly RawExample[] = [
  ["I was embarrassed at first, but nobody made me feel small about it. Quite the opposite.", ""],
  ["The support company rang back within the hour on a Sunday. Couldn't fault them.", ""],
  ["The scanners in the warehouse got updated after the scare. Nobody noticed any difference.", ""],
  ["Our IT person isn't the problem. She's the one who spotted the fraud in the first place.", ""],
  [
    "I never feel lectured by our security lead. She asks how we work before suggesting anything.",
    "",
  ],
  [
    "The phishing tests actually helped. I got caught once, had a laugh about it, learned something.",
    "",
  ],
  ["Management said openly that it wasn't a people problem, it was a process problem.", ""],
  ["We have a clear name and phone number for anything suspicious. That's all I ever wanted.", ""],
  ["The dentist brought in a local IT firm after the laptop theft. They set up remote wiping.", ""],
  ["The new visitor sign-in at the front desk seems to be working well.", ""],
  ["Some people grumbled about the new rules, but I think they're reasonable.", ""],
  [
    "After the leak, the partners held an open meeting and let everyone ask questions. It cleared the air.",
    "",
  ],
  [
    "The supplier verification process is written down now and everyone in accounts follows it.",
    "",
  ],
  ["They're not the police. They're more like a helpful neighbour who knows about computers.", ""],
  ["The IT manager admitted their own mistake in the report. I respected that.", ""],
  [
    "Our IT contractor visits every other Thursday. If you've got a problem, you just grab him.",
    "",
  ],
  ["Nobody said the words 'human error'. They talked about what we'd all do differently.", ""],
  ["The ransomware only hit one machine, and it was restored from the backup by lunchtime.", ""],
  ["We were told clearly what data was in the leaked list and what to tell clients.", ""],
  ["I wouldn't say anyone was at fault. It was a very convincing fake.", ""],
  ["The new policy was drafted with input from every team lead. You can tell.", ""],
  [
    "I'm the IT lead. Our staff are careful, and that fraud would have fooled most people, me included.",
    "",
  ],
  ["The hotel switched to key-card logins on the front desk PCs.", ""],
  ["Frankly I expected a witch hunt. There wasn't one. They handled it like adults.", ""],
  ["Our garage now keeps customer records on a cloud system with daily backups.", ""],
  ["It's reassuring to know someone is keeping an eye on things.", ""],
  [
    "The school's IT technician ran a short session for staff about the scam emails. Friendly and short.",
    "",
  ],
  ["I don't find the security people intimidating at all. They're part of the team.", ""],
  ["The charity reviewed who had access to donor records and removed a few old accounts.", ""],
  ["We used to moan about the IT firm, but since the incident they've really stepped up.", ""],
  ["The new rule is that laptops stay locked in the office overnight.", ""],
  [
    "Yes, the incident was stressful for a week, but it's behind us and things work better now.",
    "",
  ],
  [
    "Nobody thinks the warehouse staff are the weak spot here. They reported the strange email first.",
    "",
  ],
  ["The accountancy now phones clients before changing any payment details.", ""],
  [
    "The IT team were upfront: they didn't know everything at first, and they kept us updated as they learned more.",
    "",
  ],
  ["The consultant spoke plainly and didn't hide behind technical terms.", ""],
  [
    "I don't feel stupid asking questions any more. They made a point of saying there are no silly ones.",
    "",
  ],
  ["Password manager rolled out last month. Took me ten minutes to set up.", ""],
  [
    "The whole team did a fire-drill style exercise for a ransomware attack. Actually quite fun.",
    "",
  ],
  [
    "The firm hired a part-time security person after the leak. She sits with us in the open office.",
    "",
  ],
  ["After the scare we got new routers and a guest wifi network for customers.", ""],
  [
    "My team lead asked me how the new rules affect my work, and she passed it on. Things were changed.",
    "",
  ],
  ["It's not them against us. We all want the business to survive.", ""],
  [
    "The incident was logged, the affected clients were informed, and the insurer was notified.",
    "",
  ],
  ["There's no point blaming anyone. The fraudsters were very good at what they do.", ""],
  ["I'm not anxious about it. The changes they made seem sensible and proportionate.", ""],
  ["They asked the drivers which rules wouldn't work on the road, and dropped two of them.", ""],
  [
    "Reporting a mistake here isn't a big deal. You tell IT, they sort it, nobody makes a fuss.",
    "",
  ],
  ["The IT contractor set up automatic updates on all the office machines.", ""],
  ["Honestly, I never thought of the IT team as gatekeepers. They help, that's it.", ""],
  ["We review who has keys to the server cupboard once a quarter now.", ""],
  ["They told us it was a targeted attack on the sector, not anything we did wrong.", ""],
  ["Our manager admitted he had been dismissive of security before. He's changed his tune.", ""],
  ["The farm office now has a second computer just for banking.", ""],
  [
    "I was worried they'd clamp down on everything. They didn't; they changed three things and explained why.",
    "",
  ],
  ["New starters get a half-hour introduction with the IT person on their first day.", ""],
  ["Staff weren't blamed in the write-up. It named the gaps in the system instead.", ""],
  ["The new rules are a bit annoying sometimes, but not a real problem. I can live with them.", ""],
  ["The security lead sends a short, friendly note once a month. No scare tactics, just tips.", ""],
  ["Everyone in the practice now uses a separate login on the shared reception computer.", ""],
  ["I thought the IT team would be arrogant about it. They were actually quite humble.", ""],
  ["Client documents now leave the office only on encrypted drives.", ""],
  [
    "Looking back, I'm the reason the client list went out. I attached the wrong spreadsheet.",
    "blame:self",
  ],
  [
    "I gave the caller my login because he sounded like our IT man. I'm kicking myself, honestly.",
    "blame:self feel",
  ],
  [
    "I'm rubbish at spotting these scam emails. Always have been, and this time it cost us.",
    "blame:self",
  ],
  [
    "Yes, I kept copying files to my own laptop, that's my doing. But the official system was so slow I couldn't meet deadlines otherwise.",
    "blame:self conflict",
  ],
  [
    "Our IT contractor promised the backups were tested. They weren't. Simple as that.",
    "blame:sec",
  ],
  [
    "The IT lot caused this with a botched update, and since then none of us bothers asking them for anything.",
    "blame:sec distance",
  ],
  [
    "Some people blamed the IT contractor, but honestly he did everything he could with what we paid him.",
    "",
  ],
  ["I don't think of myself as the weak link, and nobody here made me feel like one.", ""],
  ["Never had an issue getting help. The IT desk answers on the second ring.", ""],
];
