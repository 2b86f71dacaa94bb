import type { RawExample } from "./types.js";

/** HR and production managers caught between their teams and IT/security. Written fresh for Rapport (brief BS). */
export const VOICES_BS_2: readonly RawExample[] = [
  [
    "HR holds the most sensitive data in the building and we weren't told about the breach until the next day.",
    "comm",
  ],
  [
    "Our IT manager walked me through the new starter checklist so accounts are ready on day one. Works brilliantly.",
    "",
  ],
  [
    "On the shop floor nobody reads emails, so the security notices just go nowhere.",
    "comm distance",
  ],
  [
    "I lost a candidate's CV on a memory stick on the train. Had to report myself. Mortifying.",
    "blame:self feel",
  ],
  [
    "The line operators share one login on the terminal because IT won't give us more licences.",
    "conflict blame:sec",
  ],
  ["IT phoned to ask before they touched the rota system. First time ever, appreciated.", ""],
  ["Honestly I'm terrified of the GDPR side. One wrong email and it's my job.", "feel"],
  [
    "Every leaver form I send, IT takes a week to close the account. Auditors love that.",
    "conflict blame:sec",
  ],
  ["Our supervisors treat security as an office thing, not a factory thing.", "distance blame:emp"],
  ["Same two people on the helpdesk for years, they know our kit better than we do.", ""],
  [
    "They introduced badge access on the line and nobody on nights was told. Half the shift stuck outside at 10pm.",
    "comm conflict",
  ],
  ["The IT lad on site is brilliant with the older workers, really patient.", ""],
  [
    "Our payroll clerk opened an attachment from 'the pension provider'. Of course she did.",
    "blame:emp",
  ],
  [
    "I've started doing my own Excel fixes rather than raising a ticket. Life's too short.",
    "distance",
  ],
  [
    "HR gets the stick for slow onboarding, but it's IT that takes ten days to make an email account.",
    "blame:sec conflict",
  ],
  [
    "They made us switch to a new HR system with three weeks' notice and never asked what we needed from it.",
    "power conflict",
  ],
  [
    "The security team ran a workshop for managers on handling personal data. Useful, and nobody was made to look stupid.",
    "",
  ],
  [
    "When something breaks on the line at 2am, IT's answer is 'log a ticket'.",
    "conflict blame:sec",
  ],
  ["I hate that I have to ask permission to see my own team's training records.", "power feel"],
  [
    "my fault the disciplinary notes ended up in the wrong folder, i dragged and dropped without looking",
    "blame:self",
  ],
  ["They speak to me like I'm a child. 'Have you tried turning it off?' Yes, Gary.", "comm power"],
  [
    "We have a monthly joint meeting between production, HR and IT now. Problems get sorted before they blow up.",
    "",
  ],
  [
    "Operators stick the PLC password on a post-it on the panel. I've given up telling them.",
    "blame:emp distance",
  ],
  [
    "Our IT provider is hopeless with anything that isn't a laptop. The line kit baffles them.",
    "blame:sec",
  ],
  [
    "Who decides these policies? I've been a manager eight years and never met them.",
    "power distance",
  ],
  ["It's not IT's fault, we never involve them until something's already on fire.", "blame:self"],
  ["The helpdesk is fine. Polite, gets there eventually.", ""],
  [
    "I get a red-flag email every time one of my team fails a phishing test, but no idea what I'm meant to do about it.",
    "comm",
  ],
  [
    "The audit log showed I'd opened a grievance file I shouldn't have. Honest mistake, still felt like a criminal.",
    "blame:self feel",
  ],
  [
    "They'll fix the CEO's iPad in five minutes. My line terminal's been down three days.",
    "power conflict",
  ],
  [
    "Our IT consultant sends the monthly patch schedule in plain language. Little thing, big help.",
    "",
  ],
  ["Everything from IT is acronym soup. MDM, SSO, DLP. I run a warehouse.", "comm"],
  [
    "Forklift drivers don't need email, but the policy says everyone needs MFA on a phone they don't have.",
    "conflict",
  ],
  ["Frankly some of my staff shouldn't be let near a computer.", "blame:emp"],
  [
    "I avoid the IT office. Last time I went in they sighed at me before I'd opened my mouth.",
    "distance power",
  ],
  ["The new exit process is good, accounts are closed the same day.", ""],
  [
    "I worry the welfare notes we keep aren't secure, but I don't know who to ask.",
    "feel distance",
  ],
  [
    "Security wanted a risk assessment for a barcode printer. A barcode printer.",
    "conflict blame:sec",
  ],
  [
    "I approve overtime, leave, expenses and now apparently cloud app access. Nobody trained me for the last one.",
    "power",
  ],
  [
    "production runs on a PC from 2009 that IT pretends not to know about, works though",
    "distance",
  ],
  ["Our HR team keeps interview notes on personal phones. I know. I know.", "blame:emp"],
  [
    "IT said no to the tablet scheduling app, then six months later rolled out almost the same thing themselves.",
    "conflict power",
  ],
  ["I genuinely feel stupid every time I have to ring them.", "feel power"],
  [
    "They explained why the policy changed, gave us a month, and checked in halfway. That's how it should be done.",
    "",
  ],
  ["IT pop by the line office most weeks just to see how the terminals are behaving.", ""],
  ["The shop floor sees IT as the people who come and take things away.", "blame:sec"],
  [
    "I was the one who pushed to skip the security training this year to hit targets. Regret that now.",
    "blame:self",
  ],
  ["My deputy keeps emailing payroll files unencrypted. Third warning.", "blame:emp"],
  [
    "We had a near miss with a spoofed bank change on payroll and IT talked me through it calmly. Really reassuring.",
    "",
  ],
  [
    "Getting an answer out of IT used to be like pulling teeth. Not anymore, they've really turned it round.",
    "",
  ],
  ["Security walks me through the annual access review for my team. Twenty minutes, job done.", ""],
  [
    "I'm mortified the auditors found my team's shared HR inbox password written on the whiteboard.",
    "feel blame:emp",
  ],
  ["They're good people, just stretched thin.", ""],
  ["Change requests need a line on why, which is fair enough, and they turn them round fast.", ""],
  [
    "I stopped reporting the scanner faults. They said it was user error the last three times.",
    "distance conflict",
  ],
  [
    "IT just turned up and swapped every workstation on the line without a word to me.",
    "power comm",
  ],
  ["Onboarding is smoother since IT and HR started sharing a checklist.", ""],
  ["I'm constantly chasing them. It's exhausting.", "conflict feel"],
  ["honestly our night shift would let anyone in if they had a hi-vis vest", "blame:emp"],
  [
    "No one from IT has ever set foot on the factory floor. To them we're a row on a spreadsheet.",
    "distance power",
  ],
  ["The security guy gave a talk to supervisors about tailgating, short and to the point.", ""],
  [
    "I should've asked IT before buying that survey tool on my card. Now it's a whole incident.",
    "blame:self",
  ],
  [
    "Why am I the one explaining the password policy to seventy staff when I barely understand it myself?",
    "comm power",
  ],
  ["They announced the email retention change in an all-staff at 5pm on a Friday. Lovely.", "comm"],
  [
    "My own fault we failed the access audit, I'd been rubber-stamping the quarterly review for two years.",
    "blame:self",
  ],
  ["Nothing to report really, IT sort things when we ask.", ""],
  [
    "The HR data lives in three systems and nobody in IT will say which one is the official one.",
    "comm conflict",
  ],
  ["I get anxious whenever IT emails me directly, it's never good news.", "feel comm"],
  [
    "We keep a paper copy of the rota because I don't trust the system they gave us.",
    "conflict blame:sec",
  ],
  ["i'm rubbish with tech and the team know it, they go to my 2ic", "blame:self"],
  ["I ask, they decide. That's the relationship.", "power"],
  ["Our IT provider sends a friendly monthly summary and calls if anything looks odd.", ""],
  ["Line leads pass USB sticks between machines like it's nothing.", "blame:emp"],
  [
    "Security doesn't get production at all, they'd stop the line to patch a PC.",
    "conflict blame:sec",
  ],
  ["My recruiters download every CV to their desktops and never delete a single one.", "blame:emp"],
  ["Got a curt 'request denied' with no reason. Asked why, no reply.", "comm"],
  [
    "Part of me thinks the training should be compulsory and part of me knows my team would just skip the videos anyway.",
    "blame:emp",
  ],
  ["IT were slow a couple of years ago, now they're quick and they tell you what's happening.", ""],
  ["When the ransomware scare hit the other site, IT had every manager briefed by lunchtime.", ""],
  [
    "Embarrassing to admit but I only found out about the clean desk policy when I was written up for it.",
    "feel comm",
  ],
  [
    "I don't want to be the manager who brought the network down, so I don't touch anything.",
    "feel distance",
  ],
  [
    "They asked for feedback on the rota system and actually changed the shift view because of it.",
    "",
  ],
  ["HR and IT agreed together who can see employee files. Took a while but it's sensible.", ""],
  ["The weekly IT drop-in on site is handy, the lads actually use it.", ""],
  ["Our engineers are brilliant with machines and clueless with email scams.", "blame:emp"],
  [
    "I waited nine days for a password reset while a new starter sat there doing nothing.",
    "conflict blame:sec",
  ],
  ["The policy updates come with a three-line summary at the top now. I actually read them.", ""],
  ["They treat every question as if I've already broken something.", "feel power"],
  ["The IT manager admitted the rollout was rushed and apologised to the team. Respect.", ""],
  [
    "I signed the access review without checking it properly. Audit found two ex-employees still active.",
    "blame:self",
  ],
  [
    "The MES update broke the packing station printers and no one from IT was on site until Tuesday.",
    "conflict distance",
  ],
  [
    "They tell us to report suspicious emails, then the report button sends back a robot reply.",
    "comm",
  ],
  ["I don't think they like us much.", "feel distance"],
  ["Security approvals are a black hole. Things go in, nothing comes out.", "blame:sec conflict"],
  ["Honestly, a decent bunch. They come when you call.", ""],
  [
    "My team's scared of the phishing tests. They think they'll be disciplined if they fail.",
    "feel power",
  ],
  ["New access form is one page. Whoever simplified it deserves a medal.", ""],
  [
    "If I'm honest I'm the reason our team's on the 'at risk' list, I never did my training.",
    "blame:self",
  ],
  [
    "The agency temps get full network access because nobody in IT knows how to set up a restricted profile.",
    "blame:sec",
  ],
  [
    "I'm so frustrated I could scream. Third time this month the time clocks are down.",
    "feel conflict",
  ],
  ["A bit slow sometimes, but they're fine overall.", ""],
  ["They never say what we did right, only what we did wrong.", "comm"],
  [
    "My supervisors leave the line PCs logged in all shift under whoever started first.",
    "blame:emp",
  ],
  ["IT sent an engineer out on a Sunday when the packing line went down. Above and beyond.", ""],
  ["The data protection officer is easy to talk to and never makes a drama out of a question.", ""],
  ["Staff upload payslips to WhatsApp groups to 'help' each other. Unbelievable.", "blame:emp"],
  [
    "IT and production have a standing Tuesday call now. Small problems don't get a chance to grow.",
    "",
  ],
  ["We're fine with IT. It's the head-office security people who are a nightmare.", "blame:sec"],
  [
    "I keep meaning to book a session with IT about our HR files and keep not doing it.",
    "distance blame:self",
  ],
  ["They rolled back the update when we said it was causing problems. Quick and sensible.", ""],
  ["Got told 'that's a business decision, not ours'. Then whose is it?", "distance conflict"],
  [
    "Every audit I feel sick for a week. Not because we've done anything wrong, because I can't prove we haven't.",
    "feel",
  ],
  [
    "IT doesn't understand that HR can't just 'wait until Monday' on a dismissal.",
    "conflict blame:sec",
  ],
  [
    "the security team are a bit like the tax man, you only hear from them when you owe something",
    "comm",
  ],
  [
    "I'm the bottleneck. The team send me approvals and I sit on them because I don't understand the requests.",
    "blame:self",
  ],
  [
    "Some of the older lads on the floor refuse point blank to use the new sign-in app.",
    "blame:emp",
  ],
  [
    "IT never asked production what hours we work before setting the maintenance window. Right in the middle of second shift.",
    "power conflict",
  ],
  [
    "Half the tickets I raise turn out to be me not reading the instructions. I'll own that.",
    "blame:self",
  ],
  [
    "Security came to the site, walked the floor, and asked the operators what gets in their way. Proper listening.",
    "",
  ],
  ["There's no face to any of it. Just a portal and a timer.", "comm distance"],
  ["I'd fail a phishing test myself if I'm honest. I click everything.", "blame:self"],
  [
    "I'm fed up being caught between a team that wants things yesterday and an IT desk that says six weeks.",
    "conflict feel",
  ],
  [
    "Our HR assistant forwarded the whole salary file to the wrong Sarah. IT handled it really well though.",
    "blame:emp",
  ],
  ["The new policy on personal phones makes sense, and they explained why.", ""],
  ["Rules come from IT, HR helps roll them out, and we agree the wording together first.", ""],
];
