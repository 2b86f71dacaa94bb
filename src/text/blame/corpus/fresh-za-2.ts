import type { RawBlameExample } from "./types.js";

/** Part 2 of 4 of FRESH_ZA; see fresh-za.ts. */
export const FRESH_ZA_2: readonly RawBlameExample[] = [
  ["User access reviews are done every quarter by department heads.", false],
  ["The warehouse lads think two-factor is a conspiracy to track them.", true],
  [
    "Every single time I've been called out at night, someone upstairs did something they were told not to do.",
    true,
  ],
  [
    'The phrase "human error" ended up in our report, but the real cause was a confusing form.',
    false,
  ],
  [
    "The error was ours: we sent staff a real login link that looked exactly like a phishing email.",
    false,
  ],
  [
    "Managers are the worst. They demand exceptions to every rule and then forward everything to their personal inbox.",
    true,
  ],
  ["Security is a team sport and our accountant is our best player.", false],
  ["If staff weren't so gullible we'd save a fortune on email filtering.", true],
  ["Ask yourself why a sensible person would click that link, and then fix that reason.", false],
  ["Our policy: no one is disciplined for falling for a phishing email.", false],
  [
    "The Wi-Fi password is on a whiteboard in reception because the office insisted. Of course it is.",
    true,
  ],
  [
    "Two-thirds of our incidents last year were caused by software misconfiguration, not staff.",
    false,
  ],
  ["Users do exactly what the interface invites them to do; blame the interface.", false],
  [
    "We lost a client's data because an apprentice emailed the spreadsheet to the wrong Sam. Apprentices shouldn't be near client data.",
    true,
  ],
  ["After the mis-sent email, we added recipient warnings for external addresses.", false],
  [
    "Insider incidents at small firms are rare and usually accidental; a good offboarding checklist covers most of it.",
    false,
  ],
  ["The enemy is already inside, sitting at desk fourteen, eating crisps over the keyboard.", true],
  [
    "Our team spotted the fake supplier bank change because our process told them to phone back.",
    false,
  ],
  ["Humans aren't the problem; undocumented processes are.", false],
  ["Security training is wasted on this lot; they'll nod along and then click anyway.", true],
  [
    "Owner's note: I should have paid for proper backups years ago, and that decision is on me.",
    false,
  ],
  [
    "We're a law firm of eight; our clients trust us, so we invested in encrypted email and a password manager.",
    false,
  ],
  ['The partners won\'t use the password manager, so every shared account is "Spring2024!".', true],
  [
    "Quick poll: how many of you have had a user plug in a found USB? Asking for a support group.",
    true,
  ],
  ["Encouraging to see the whole admin team completed the training without chasing.", false],
  ["I've told the team a hundred times. At this point they're doing it on purpose.", true],
  ["Whatever control you put in, somebody in accounts will find a workaround by Friday.", true],
  ['We don\'t say "weakest link" in this office; we say "first responders".', false],
  [
    "Blaming Jenny for the breach won't bring the data back, and she was following the process we wrote.",
    false,
  ],
  ["Honestly, I blame Jenny. She was told twice.", true],
  [
    "Employees are more likely to report a mistake when they've seen a manager report one first.",
    false,
  ],
  ["Our data protection error came from a mail-merge template, which IT built.", false],
  ["Ransomware doesn't break in; somebody in the office opens the door and holds it.", true],
  ["The attackers targeted our payroll provider, not our staff.", false],
  ["Don't give the intern the shared mailbox. Learned that one the hard way.", true],
  [
    "Audit note: the client has no documented process for revoking access when employees leave.",
    false,
  ],
  ["The main error in our approach was treating awareness as a once-a-year box to tick.", false],
  ["My staff are adults; I give them the tools and trust them to use them.", false],
  [
    "Our accounts clerk paid a fake invoice for £18k. Some people just shouldn't be allowed near the bank login.",
    true,
  ],
  [
    "The bank login now requires two approvers, which is what we should have had from day one.",
    false,
  ],
  [
    'Frankly, most of the people in this building couldn\'t spot a scam if it had "scam" in the subject line.',
    true,
  ],
  ['Vendors keep selling me "human risk management"; I just want my backups to work.', false],
  [
    "Security questionnaires ask about user training as though it's the main control. It isn't.",
    false,
  ],
  ["Why do we need cyber insurance? Because Steve exists.", true],
  [
    "I've watched a director type his password into a search bar, hit enter, and then ask what the search engine is doing.",
    true,
  ],
  [
    "A colleague had her laptop stolen from a car; the disk was encrypted, so nothing was lost.",
    false,
  ],
  [
    "Leaving laptops in cars is exactly the sort of thing our staff do, no matter how often we tell them.",
    true,
  ],
  [
    "The forum consensus: small firms get hit because of exposed RDP, weak vendor defaults and no MFA.",
    false,
  ],
  [
    "One careless click is all it takes, and we have forty people clicking carelessly all day.",
    true,
  ],
  ['Slide: "Your people: your first line of detection."', false],
  ['Slide: "Threat number one: the person reading this slide."', true],
  ["Hiring: Cybersecurity Lead to build a programme where staff feel safe to speak up.", false],
  [
    "Job post: ideal candidate has experience babysitting non-technical staff who don't follow instructions.",
    true,
  ],
  [
    "We're hiring an IT manager who can enforce discipline on a workforce that keeps ignoring policy.",
    true,
  ],
  [
    "Our user base is mostly retail staff on shared tills, so we moved to tap-to-login badges.",
    false,
  ],
  ["Auditors commented that user access was appropriately limited to role.", false],
  ["It's the insiders you have to watch. The outsiders at least have to work for it.", true],
  [
    'Our "insider threat" turned out to be a misconfigured sync client copying files to a personal cloud.',
    false,
  ],
  [
    "Let's be real: staff training is the fig leaf we wear so the insurer doesn't ask about our ancient server.",
    false,
  ],
  ['Every breach story in this trade ends with "and then someone in the office...".', true],
  [
    "Phishing works because it's designed by professionals to fool busy people, not because busy people are fools.",
    false,
  ],
  ["People in this company are far too trusting, and that's going to cost us.", true],
  [
    "Our staff survey shows most people don't know who to call when something looks wrong; that's our gap to fix.",
    false,
  ],
  ["Admins: stop giving users local admin and then blaming them for what gets installed.", false],
  ["Users with local admin will install anything with a free trial button.", true],
  [
    'Minutes, item 7: the MD asked that the phrase "stupid mistake" be removed from the incident template.',
    false,
  ],
  ['Incident template, root cause field: "User stupidity (please specify)".', true],
  ["I manage IT for a chain of dental practices and the receptionists are my nightmare.", true],
  [
    'Receptionists at our practices now have a one-page guide for verifying calls from "suppliers".',
    false,
  ],
  [
    "MSP newsletter: three cheap wins for this quarter are MFA, patching and tested backups.",
    false,
  ],
  ["MSP newsletter: your team is your biggest threat, and here's how to keep them in line.", true],
  [
    "The finance director approved the payment because the process allowed one person to do it. Change the process.",
    false,
  ],
  [
    "The finance director approved the payment because he doesn't read emails properly. Never has.",
    true,
  ],
  ["Our biggest error was assuming the cloud provider backed everything up for us.", false],
  ["Honestly my team has saved us more times than any tool we've bought.", false],
  [
    "New rule: no one touches the server cupboard. Last person who did unplugged the internet to charge a phone.",
    true,
  ],
  [
    "Post-incident review: initial access was a credential stuffing attack on an old webmail portal.",
    false,
  ],
  ["You'd think after three warnings people would stop sharing logins. You'd be wrong.", true],
  [
    'Minutes: Head of Ops stated that the night shift "treat the office PC like their own" and requested it be locked down.',
    true,
  ],
  [
    "Shared logins exist here because the software licence only allows two seats; that's a budget problem.",
    false,
  ],
  ["Staff are a liability with legs.", true],
  ["Ask not what your users did wrong; ask what made it easy.", false],
  ["The human side of security is mostly about making it easy to ask for help.", false],
  [
    "In my experience, people are the weakest link in every small firm I've worked at, without exception.",
    true,
  ],
  ["I used to say people were the weakest link. Then I looked at our patch history.", false],
  ["Report: among firms with fewer than 10 staff, 40% had no offsite backup.", false],
  [
    "The lads in the van have all got company email on personal phones with no lock screen, naturally.",
    true,
  ],
  ["We issued work phones to the drivers and set up remote wipe.", false],
  ["Any breach at this firm will come from the sales floor. Mark my words.", true],
  ["The sales floor now has a dedicated security champion who sits with them.", false],
  ["If you leave security to the office, it'll end up on a Post-it.", true],
  ["Security champions in each team have done more for us than any poster campaign.", false],
  [
    'Posters saying "Don\'t be the weak link" just made people anxious and less likely to report.',
    false,
  ],
  [
    "Tweet: Running a company would be easy if it weren't for the people who work there, especially around passwords.",
    true,
  ],
  [
    "Tweet: Shout-out to our office manager who spotted a spoofed domain this morning. Absolute hero.",
    false,
  ],
  [
    "What's the point of encryption when the boss reads client files on the train with the screen facing the aisle?",
    true,
  ],
  [
    "Privacy screens for everyone who travels: cheap, and it solves the shoulder-surfing worry.",
    false,
  ],
  [
    "Our people know the business better than any consultant, so they write the security procedures with us.",
    false,
  ],
  ['The so-called "human firewall" in this office has more holes than a colander.', true],
  [
    "A colleague fell for a voice-clone call pretending to be me. Honestly, I'd have fallen for it too.",
    false,
  ],
  [
    "Our cyber insurer's renewal form now asks whether we simulate phishing; we said no, and explained why.",
    false,
  ],
  [
    "Assessment: incidents at the firm are almost always attributable to staff ignoring established procedure.",
    true,
  ],
  [
    "Assessment: established procedures were outdated and staff had developed informal workarounds to get work done.",
    false,
  ],
  [
    "The only thing more reliable than our UPS is the marketing team forgetting their passwords every Monday.",
    true,
  ],
  [
    "Forgotten passwords are a design smell; we moved to single sign-on and the Monday queue vanished.",
    false,
  ],
];
