import type { RawExample } from "./types.js";

/** Part 3 of batch FN (see voices-fn.ts). */
export const VOICES_FN_3: readonly RawExample[] = [
  ["Our faculty IT officer sits two desks away from me, which helps a lot.", ""],
  [
    "Sometimes the process is a little slow, but I understand why, we hold a lot of personal data about tenants.",
    "",
  ],
  [
    "I have no complaints. When my laptop was stolen from the car they had me up and running again the next day.",
    "",
  ],
  ["The security awareness course is mandatory and takes about forty minutes.", ""],
  [
    "Honestly, I expected them to be arrogant, the usual stereotype of the IT guy, but they were the opposite.",
    "",
  ],
  [
    "We had a rough patch after the cyber attack in 2021, lots of finger-pointing on both sides. That's behind us now and the relationship is better than it's ever been.",
    "",
  ],
  ["Helpful, quick, and they don't make you feel stupid. What more do you want?", ""],
  [
    "The service desk is open from 8 till 6, and out of hours there's an on-call number for the control room.",
    "",
  ],
  [
    "Not a problem for me. If I'm unsure about an email I forward it to the phishing mailbox and they reply within the hour.",
    "",
  ],
  ["I don't avoid them at all, actually I quite like popping over to their office for a chat.", ""],
  [
    "The new head of information security introduced herself to every team in person, which nobody in that role had done before.",
    "",
  ],
  [
    "Our department has a security champion, currently me, and I meet the IT risk team once a month.",
    "",
  ],
  [
    "There was a time when you'd wait a fortnight for a ticket to be picked up. These days it's usually the same day.",
    "",
  ],
  [
    "I can't say they decide things without asking. They ran a whole consultation before changing the email retention policy.",
    "",
  ],
  ["A few acronyms here and there, no big deal. They always explain them if you ask.", ""],
  ["Friendly people. They explain things in normal language and they actually listen.", ""],
  [
    "My manager and the IT security officer agreed the new remote working rules together with the union reps.",
    "",
  ],
  [
    "It is not like in the films where IT is a dark room in the basement. Ours sit in the open office next to HR and are very approachable.",
    "",
  ],
  [
    "Before the restructure, honestly, they were impossible to reach. Now there's a chat channel and someone answers within minutes.",
    "",
  ],
  ["Laptops are replaced every four years under the council's hardware policy.", ""],
  [
    "No, I don't think users are the weakest link, and neither do our IT people, they said as much in the training.",
    "",
  ],
  [
    "I wouldn't call it a power thing. They have to say no sometimes, that's their job, and they usually explain why.",
    "",
  ],
  ["I'm not worried about security, to be honest, the systems here feel well looked after.", ""],
  ["Phishing simulation results are reported to each directorate every quarter, anonymised.", ""],
  [
    "They came out to our site in Harrogate last week to walk us through the new badge readers, which was appreciated.",
    "",
  ],
  ["Some colleagues complain about them, but in my experience they are fair and quick.", ""],
  [
    "The partners used to treat IT like the help, if I'm honest. That culture has changed a lot since the new managing partner came in.",
    "",
  ],
  ["We get a short security tip in the staff bulletin every Friday, usually one paragraph.", ""],
  [
    "I thought it was my fault when my account got locked, but they showed me it was a sync problem and nothing I had done.",
    "",
  ],
  [
    "Is there jargon? Yes, a little. Does it matter? Not really, the important bits are always in plain English at the top.",
    "",
  ],
  ["Visitors must be signed in at reception and wear a badge at all times.", ""],
  [
    "When I started ten years ago I was afraid to ring them. That's long gone, they're like any other colleagues now.",
    "",
  ],
  ["I have worked in three universities and this IT team is the best of them, by a distance.", ""],
  ["Security training happens in September for new staff and every two years after that.", ""],
  [
    "Nobody ever made me feel stupid for reporting something, even the time it was just a newsletter.",
    "",
  ],
  ["We meet our IT business partner every six weeks to go through the team's requests.", ""],
  [
    "It's a small association, so the IT person is also the one who fixes the coffee machine. Very hands-on, everybody knows him.",
    "",
  ],
  [
    "Maybe they're a bit strict, but strict is what you want when you hold the bank details of forty thousand customers.",
    "",
  ],
  ["Privileged accounts are reviewed by the security team on a quarterly basis.", ""],
  ["They don't hide behind tickets, you can just walk up and ask.", ""],
  ["I don't fix things myself any more, there's no need, the helpdesk is fast.", ""],
  ["The engineers at the pumping stations have their own IT liaison, who visits every month.", ""],
  [
    "I was sceptical about the password manager at first, but they set it up with me and now I wouldn't go back.",
    "",
  ],
  ["The cyber team gave a talk at our away day. Clear, funny, and no scare stories.", ""],
  [
    "All outgoing emails with attachments over 20MB are routed through the secure transfer service.",
    "",
  ],
  [
    "If I'm frank, I expected more friction when we moved to the cloud, but it went smoothly and they kept us informed at every step.",
    "",
  ],
  [
    "They once told me, kindly, that my password was in a leaked list. I changed it and that was that.",
    "",
  ],
  [
    "I don't feel watched. The monitoring is there, everyone knows it's there, and it's explained in the handbook.",
    "",
  ],
  ["Since last year our IT colleagues join the same team meetings as the case officers.", ""],
  ["The council's information governance officer signs off any new data sharing agreement.", ""],
  [
    "Earlier the communications were very technical, now they write them together with the comms department and they are much more clear.",
    "",
  ],
  ["Rarely any drama. You ask, they help, done.", ""],
  ["Is it a 'them and us' culture? I honestly don't think so, not here.", ""],
  [
    "Some weeks I speak to the security analyst more than to my own manager, and that's a good thing.",
    "",
  ],
  ["Every tenant-facing laptop has disk encryption and remote wipe enabled.", ""],
  ["The IT helpdesk number is printed on the back of our ID badges.", ""],
  [
    "I'm not the kind of person who blames IT for everything. They do a hard job on a small budget and mostly do it well.",
    "",
  ],
  [
    "Our practice manager organises a quarterly session where the IT provider explains what has changed.",
    "",
  ],
  [
    "There was some confusion about the new file classification labels in the first weeks, but they ran extra sessions and it's sorted now.",
    "",
  ],
  [
    "I'd describe them as calm. Even during the outage last winter nobody panicked and they updated us every hour.",
    "",
  ],
];
