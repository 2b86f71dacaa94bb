import type { RawExample } from "./types.js";

/** Hard cases: negation, contrast, past against present, hedges, questions, irony, reported speech. Written fresh for Rapport (brief EE). */
export const VOICES_EE_2: readonly RawExample[] = [
  [
    "The hospital's IT team came down to A&E at 3am when the triage screens froze. Can't fault them.",
    "",
  ],
  [
    "Logging into three separate systems before I can see a patient's chart isn't patient care, it's paperwork.",
    "conflict",
  ],
  [
    "The card readers fail so often that the night shift just leaves one nurse logged in for the whole ward.",
    "conflict",
  ],
  [
    "Doctors are the worst for it. Brilliant people, but they'll approve any sign-in prompt that pops up on their phone.",
    "blame:emp",
  ],
  [
    "I wouldn't call our doctors careless; they're busy, and my job in security is to make the safe way the easy way.",
    "",
  ],
  [
    "Mrs Okafor from IT explained the new sign-in in plain language and even printed a little card for the staff room.",
    "",
  ],
  [
    'I teach Year 3. The school\'s IT notices are written for people with a computing degree, and when I asked the network manager what one of them meant, he sighed and said it was "all in the email". I felt about as welcome as a wasp at a picnic.',
    "comm feel",
  ],
  [
    "Every time the e-safety audit comes round I lie awake convinced I've done something wrong.",
    "feel",
  ],
  [
    "The security team enforce every rule on the associates and quietly wave the partners through.",
    "power",
  ],
  ["Our IT contractor billed us six hours to reset a router. Six.", "blame:sec"],
  [
    "Our office manager deals with IT for the whole practice, and she's never had to chase anything.",
    "",
  ],
  [
    "The only message I've had from security this year was an automated warning that my password expires.",
    "comm distance",
  ],
  [
    "We're a team of four in a regional depot. Head office security might as well be on the moon.",
    "distance",
  ],
  [
    "To be honest, the warehouse is lax about badges, and as shift lead I've let it slide.",
    "blame:self",
  ],
  [
    "Every week I find the server room door wedged open with a fire extinguisher so someone can nip out for a smoke.",
    "conflict blame:emp",
  ],
  [
    "Head office sends a new store safety poster every quarter; we pin it up by the stockroom door.",
    "",
  ],
  [
    "Five minutes of security training sounds harmless until you're the only one on the till on a Saturday.",
    "conflict",
  ],
  [
    "I can't say I've ever had a bad experience with them, apart from the ancient printers, which aren't their fault.",
    "",
  ],
  [
    "We have to justify every website we want unblocked, as if we're kids asking for extra screen time.",
    "conflict power",
  ],
  ['It stings when the people you\'ve helped for years call you "the department of no".', "feel"],
  [
    "People used to call us the department of no. To be fair, we've learned to say yes a lot more often.",
    "",
  ],
  ["They've never once come to our site. It's all tickets and auto-replies.", "comm distance"],
  ["The regional IT engineer knows every one of our drivers by name.", ""],
  [
    "They wiped my phone remotely without a word of warning because I'd missed an update. I lost photos of my daughter, nobody apologised, apparently that's policy, and I'm still upset.",
    "conflict comm feel power",
  ],
  ["Hardly the most exciting part of the job, checking firewall logs, but somebody has to.", ""],
  ["Honestly, the security team's risk register is a work of fiction.", "blame:sec"],
  [
    "If people stopped writing their passwords on sticky notes under the keyboard, my job on the service desk would be half as hard.",
    "blame:emp",
  ],
  [
    "I'm not angry at them. I'm just tired of feeling like a suspect in my own office.",
    "feel power",
  ],
  [
    "I was angry when they took admin rights away, I'll admit. Six months on, I can't say I miss them.",
    "",
  ],
  ["Security awareness week? Must have missed it. Again.", "distance"],
  [
    "The escape room they ran for cyber month was the most fun I've had at work all year, and not a lecture in sight.",
    "",
  ],
  ["I don't mind the rule. I mind that nobody told us about it until we got flagged.", "comm"],
  ["They audit our laptops, our browsing, our email. Who audits them?", "power"],
  [
    "We pushed that update at nine on a Monday morning. In hindsight, completely our fault.",
    "blame:self",
  ],
  [
    "Pushing an update at nine on a Monday morning is exactly why people roll their eyes at IT.",
    "blame:sec",
  ],
  ["The council's IT team are stretched thin, but they've never once left us in the lurch.", ""],
  [
    'The new document classification tool adds four clicks to every letter, so most of us just pick "public" for everything.',
    "conflict",
  ],
  [
    "I'll be blunt: the finance team are a liability. Three wire-fraud near misses this year, each time a \"CEO\" writing from a Gmail address, and each time they'd skipped the call-back check we agreed in January. When we raise it, their director says we're slowing the business down.",
    "conflict blame:emp",
  ],
  [
    "Some days our users drive me up the wall, I won't lie. They ignore ten warnings and then ask why the laptop's slow.",
    "feel blame:emp",
  ],
  [
    "Our users aren't stupid. They're busy, and the phishing emails are getting very, very good.",
    "",
  ],
  [
    "I've worked here eight months and I still don't know who to call if my laptop gets nicked.",
    "distance",
  ],
  [
    "I've only been here eight months, but I know exactly who to call: the number's on the back of our badges.",
    "",
  ],
  [
    'Their idea of "communication" is a PDF attached to an email with the subject line "FYI".',
    "comm",
  ],
  ["We found out the VPN was being replaced by reading the vendor's press release.", "comm power"],
  ["I grumbled about the VPN change at the time, but the new one connects in seconds.", ""],
  [
    "I manage the platform team. Developers here routinely switch off the endpoint agent during builds because it doubles compile times, and security knows it. Instead of tuning the agent, they send a monthly email reminding us it's a disciplinary offence. So the agent stays off, the emails keep coming, and nobody actually talks.",
    "conflict comm power distance",
  ],
  [
    "Developers think the rules don't apply to them. They disable the agent, then act shocked when we notice.",
    "conflict blame:emp",
  ],
  ["Is the security team hiring? I'd love to move across from the service desk.", ""],
  ["Hand on heart, nobody in that team has ever made me feel small.", ""],
  [
    "Do they have any idea how small it makes you feel when they read your mistakes out at the all-hands?",
    "feel power",
  ],
  [
    "The breach came through my inbox. I know that. I don't need reminding every single week.",
    "comm feel blame:self",
  ],
  ["I suppose there are rules, but honestly I never notice them day to day.", ""],
  [
    'Their "quick security review" of our new supplier has now taken longer than the contract negotiation.',
    "conflict",
  ],
  ["Our procurement rules are a nightmare, but that's finance's doing, not security's.", ""],
  [
    'I got an email in red capitals telling me I had "FAILED" the phishing test. Lovely. Really motivating.',
    "comm feel",
  ],
  [
    "When I failed the phishing test, the follow-up email was kind and actually explained what I'd missed.",
    "",
  ],
  ["Their drop-in clinic is Tuesdays at ten. I've never been and don't plan to.", "distance"],
  [
    "It's like an invisible force: things change overnight and nobody knows who decided or why.",
    "comm power",
  ],
  ["Gym membership went up again. Nothing to do with IT, I just needed to moan.", ""],
  [
    "The new DLP tool flags our own quarterly report as confidential and stops us sending it to the regulator. Whoever set it up didn't think.",
    "conflict blame:sec",
  ],
  ["Could be my imagination, but the security lot seem a lot friendlier since the merger.", ""],
  ["Maybe it's just me, but I get nervous every time one of them walks over to my desk.", "feel"],
  [
    "We can send all the reminders we like; if people reuse the same password everywhere, there's only so much we can do.",
    "blame:emp",
  ],
  [
    "Sixteen emails about the same patch in one week. I stopped reading after the fourth.",
    "comm distance",
  ],
  ["They send one short email a month, and it's usually worth reading.", ""],
  [
    "That data leak came from our team's shortcut, not the IT department. We should own it.",
    "blame:self",
  ],
  [
    "I'm a senior engineer and I have to ask a 24-year-old in security for permission to install a compiler. It's humiliating.",
    "feel power",
  ],
  [
    "Not the most glamorous meeting of my week, but the security review is always civil and short.",
    "",
  ],
  ["I haven't opened anything from the security mailbox since about 2022.", "distance"],
  [
    "The rule makes sense on paper; in practice we can't send scans to the surveyors without breaking it.",
    "conflict",
  ],
  ["The rule seemed daft at first, yet it stopped a fake invoice getting through in April.", ""],
  [
    'They changed the expenses login, told nobody, and then put the outage down to "user error". Classic.',
    "comm blame:sec",
  ],
  ["I've no strong feelings about IT either way. The laptop works, the email works.", ""],
  [
    "Honestly, the thing that slows me down is the ancient VPN concentrator in the Leeds office, and IT have been asking for budget to replace it for years.",
    "",
  ],
  [
    "It's not that they've done anything wrong, exactly. I just always come away from their calls feeling slightly told off.",
    "feel",
  ],
  [
    "Our school's network manager is the calmest man alive. Nothing rattles him, not even Year 9.",
    "",
  ],
  [
    "As the lowest-paid person in the office, I'm the one whose laptop gets randomly checked. Funny, that.",
    "power",
  ],
  ["Do we still need to encrypt USB sticks if they only hold the menu for the staff party?", ""],
  [
    "The new hot-desking app is confusing, but that's an HR rollout, nothing to do with the security team.",
    "",
  ],
  [
    "When our clinic got a suspicious call claiming to be from the bank, security talked the receptionist through it calmly.",
    "",
  ],
  [
    "I don't always understand why a rule exists, so I ask, and so far they've always had a good answer.",
    "",
  ],
  ["A laptop was stolen from a car in March; it was encrypted, so no data was lost.", ""],
  [
    "Credit where it's due: the SOC caught the credential-stuffing attempt before any of us noticed a thing.",
    "",
  ],
  [
    'Oh, I love a good "URGENT ACTION REQUIRED" email that gives no clue what the action is.',
    "comm",
  ],
];
