import type { RawBlameExample } from "./types.js";

/** Part 3 of 4 of FRESH_ZA; see fresh-za.ts. */
export const FRESH_ZA_3: readonly RawBlameExample[] = [
  [
    'Dear all, the email about the "updated holiday rota" was a scam. If you clicked, tell IT; you\'re not in trouble.',
    false,
  ],
  [
    "Dear all, for the THIRD time, do NOT click links in emails about parcels. Some of you clearly aren't listening.",
    true,
  ],
  ["Staff turnover is high, so we automated account provisioning and removal.", false],
  ["High turnover means a constant stream of clueless new starters poking at things.", true],
  ["New starters get a buddy for their first month, including for security questions.", false],
  ["We budget £40 per head per year for security training, which the insurer accepted.", false],
  [
    "Honestly, the insurer was right: our people were the problem, and we've let half of them go.",
    true,
  ],
  ['Don\'t say "the user did it"; say "the system let it happen".', false],
  ["The system let it happen because the user was too lazy to read the warning.", true],
  [
    "Employee error appears in 12% of our claim files, far behind unpatched systems and stolen credentials.",
    false,
  ],
  [
    'Claims adjuster: "We see it every week: some junior in accounts wires the money and the firm\'s insurance pays."',
    true,
  ],
  [
    "Most small firm losses come from business email compromise that no amount of vigilance would have reliably caught.",
    false,
  ],
  [
    "Insider risk isn't about suspecting your team; it's about limiting what any one account can do.",
    false,
  ],
  [
    "Podcast: the average employee is one free pizza voucher away from giving up their credentials.",
    true,
  ],
  [
    "Podcast: we interviewed twenty office managers and most said security advice is contradictory and confusing.",
    false,
  ],
  [
    "I've got a user who prints every email, including the ones marked confidential, and leaves them on the printer.",
    true,
  ],
  [
    "Secure print release ended the confidential-printout problem without anyone being told off.",
    false,
  ],
  [
    "Frankly our HR team are too soft; they'll email payroll data to anyone who sounds upset.",
    true,
  ],
  ["HR now verifies any bank detail change by phoning the number on file.", false],
  [
    'Minutes: MD expressed frustration that "people here think security is somebody else\'s job".',
    true,
  ],
  [
    "Minutes: agreed to make security a standing item so everyone hears updates, not just IT.",
    false,
  ],
  [
    "Our audit score rose after we simplified the password policy rather than tightening it.",
    false,
  ],
  ["The audit score fell because staff keep writing down passwords. It's like herding cats.", true],
  ["If I could replace the front office with a robot, our attack surface would halve.", true],
  [
    "Automating invoice approval removed a tedious step that nobody had time to do properly.",
    false,
  ],
  ["It's not the hackers that keep me up at night, it's the people I sign paycheques for.", true],
  [
    "It's not the staff that keep me up at night, it's the out-of-support server in the loft.",
    false,
  ],
  ["The weakest link in small business security is usually the budget line.", false],
  [
    "Security job ad: \"Must be able to explain to staff, repeatedly and slowly, why they can't use their dog's name as a password.\"",
    true,
  ],
  [
    "Our last pen test got in through a forgotten test account, not through anyone on staff.",
    false,
  ],
  [
    "The pen tester phoned reception, said he was from IT, and got a password in under two minutes. Says it all about reception.",
    true,
  ],
  [
    "The pen tester got a password by phone, so we introduced a callback rule and rehearsed it with reception.",
    false,
  ],
  ["User feedback drove the redesign of our remote access setup.", false],
  ["People who complain about MFA are the same people who'll be first to get hacked.", true],
  ["Complaints about MFA told us the prompts were too frequent, so we tuned them.", false],
  ["You know what stops phishing? Firing the next person who falls for it.", true],
  ["Firing people for falling for phishing just teaches everyone else to stay quiet.", false],
  [
    "We rank departments by phishing click rate and publish it on the intranet to shame the worst.",
    true,
  ],
  [
    "We stopped publishing click rates by department because it was pitting teams against each other.",
    false,
  ],
  [
    "I'm the only IT person at a 60-person firm, and most days I'm fighting my own colleagues, not hackers.",
    true,
  ],
  [
    "I'm the only IT person at a 60-person firm, and my colleagues are the ones who tell me when something is off.",
    false,
  ],
  [
    "Mandatory training completion is 98%, but everyone still clicks, so what's the point of them?",
    true,
  ],
  [
    "Training completion means nothing if the training is a dull video; we rewrote ours around real examples.",
    false,
  ],
  [
    "Ever notice that incidents spike after the Christmas party? Draw your own conclusions about our staff.",
    true,
  ],
  [
    "Incidents spike in December because attackers time campaigns around invoices and deliveries.",
    false,
  ],
  [
    "The older staff are hopeless with technology, so they're always the ones who get caught.",
    true,
  ],
  ["Age has nothing to do with it; our youngest hire fell for the same text as our oldest.", false],
  ["Every firm has one person who'll click absolutely anything. We have six.", true],
  [
    'MSP ticket note: "Client user deleted the shared folder again. Third time. Recommend removing their access entirely."',
    true,
  ],
  [
    'MSP ticket note: "Restored the shared folder from snapshot; suggested version history training for the team."',
    false,
  ],
  ["Why secure the network when the office leaves the back door propped open for smokers?", true],
  ["We fitted a self-closing door to the smoking area exit after the audit.", false],
  ['Whoever said "trust but verify" never met our admin team; skip the trust.', true],
  [
    "Verification steps should apply to everyone, including the owner, so nobody feels singled out.",
    false,
  ],
  ["Report finding: over half of small firms rely on a single person for all IT decisions.", false],
  [
    "Report finding: the principal security risk in small firms is the carelessness of their own personnel.",
    true,
  ],
  [
    "Our firm got phished because a paralegal wanted to look helpful. Paralegals are a soft touch.",
    true,
  ],
  [
    "A paralegal flagged the spoofed client email because the matter number was wrong. Great catch.",
    false,
  ],
  ["If you can't secure your people, don't bother securing your servers.", true],
  [
    "Human-centred security means asking staff what gets in their way before writing the policy.",
    false,
  ],
  [
    "We have a culture problem: people here simply don't take security seriously and never will.",
    true,
  ],
  ["Cyber is simple; the people we hire make it complicated.", true],
  [
    "Our IT policy is 40 pages long; nobody has read it, and that's our fault for writing 40 pages.",
    false,
  ],
  ["Our IT policy is short and clear, and staff still can't be bothered to follow it.", true],
  ['Error: "Access denied" on the shared calendar, fixed by reapplying group permissions.', false],
  ["Every helpdesk has a frequent flyer. Ours has managed to get ransomware twice.", true],
  [
    "One laptop got reinfected because the same old plugin kept reinstalling itself; we've now blocked it centrally.",
    false,
  ],
  [
    'Dumbest thing I saw this week: a client\'s owner emailing his passwords to himself with the subject line "passwords".',
    true,
  ],
  ["Small firms are easy targets because attackers automate scans for known flaws.", false],
  [
    "Small firms are easy targets because their staff are trusting and nobody double-checks anything.",
    true,
  ],
  ["The user is not the enemy; the default settings are.", false],
  [
    "Cyber Essentials audit passed; remaining actions relate to firmware updates on two switches.",
    false,
  ],
  [
    "Half our warehouse can't tell the difference between a text from the bank and one from a scammer.",
    true,
  ],
  ["Banks send texts that look like scams, so we tell staff to phone the bank directly.", false],
  ["Security awareness? In this office? Don't make me laugh.", true],
  [
    "Security awareness here is decent; the gaps are mostly in how we store shared credentials.",
    false,
  ],
  [
    'Internal email: "Whoever set up forwarding to their personal inbox, please come and see me. You know who you are."',
    true,
  ],
  [
    'Internal email: "We found an auto-forwarding rule on one account that the user didn\'t create. Password reset done, thanks for your patience."',
    false,
  ],
  [
    "Nobody here reads anything longer than a text message, so security notices go straight in the bin.",
    true,
  ],
  [
    "We moved security notices into a two-line chat message, and people actually read them now.",
    false,
  ],
  ["Employees are not a threat vector; they are the people we're trying to protect.", false],
  [
    'The phrase "insider threat" made my team feel watched, so we talk about "data handling" instead.',
    false,
  ],
  ["My biggest insider threat is my own brother-in-law, who I made operations manager.", true],
  [
    "Family businesses carry real risk when relatives get admin access by default; role-based access fixes it.",
    false,
  ],
  [
    "Advert: Junior IT Officer wanted. Duties include resetting passwords, patching laptops and supporting colleagues.",
    false,
  ],
  ["Advert: Security Officer wanted to police a workforce that thinks rules are optional.", true],
  [
    "Honestly our users are pretty good. It's the third-party payroll portal that worries me.",
    false,
  ],
  [
    "Everyone here thinks they're too smart to be phished, and that arrogance is exactly why we get phished.",
    true,
  ],
  [
    "Anyone can be phished, including security professionals, which is why we don't shame it.",
    false,
  ],
  [
    "My take after 15 years as an MSP: technology fails less often than your clients' staff do.",
    true,
  ],
  [
    "My take after 15 years as an MSP: most disasters were avoidable with backups that were actually tested.",
    false,
  ],
  [
    "Don't let the design team near the finance share; they'll drag-and-drop it into oblivion.",
    true,
  ],
  ["We split the finance share into its own permission group after an accidental move.", false],
  ["Audit trail showed the file was deleted by a scheduled script, not by an employee.", false],
  [
    "It's always the nice ones. The nice ones will hold the door for anybody carrying a clipboard.",
    true,
  ],
  [
    "Tailgating happens when doors are heavy and people are polite; we installed a turnstile.",
    false,
  ],
  [
    "Vendors love telling us employees are the weakest link; funny how that sells their training.",
    false,
  ],
  ["Our security stack is solid. Our people? Not so much.", true],
  [
    "Staff wellbeing matters for security too; exhausted people make mistakes, so we fixed the rota.",
    false,
  ],
  ["I've given up on the office. Lock every laptop down so tight they can't do any damage.", true],
  [
    "We locked laptops down so tightly that staff couldn't work, so we rolled it back and talked to them.",
    false,
  ],
  [
    "Forum reply: sounds like your real problem is the boss who demands exceptions, not the firewall.",
    true,
  ],
  [
    "Forum reply: sounds like your real problem is that nobody is responsible for IT; get an MSP.",
    false,
  ],
  [
    "Let's be honest, the only reason we need DLP is because our team can't keep anything to themselves.",
    true,
  ],
  [
    "We use DLP rules mainly to catch accidental card numbers in emails, which happens to everyone.",
    false,
  ],
];
