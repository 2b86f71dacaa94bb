import type { RawExample } from "./types.js";

/** Mortgage brokers and appointed reps on network compliance, file audits and IT support. Written fresh for Rapport (brief CF). */
export const VOICES_CF_2: readonly RawExample[] = [
  ["Not a fan of the checks but I understand why they're there.", ""],
  [
    "My fault for not saving the client consent properly, compliance were right to fail the file.",
    "blame:self",
  ],
  [
    "Honestly the network's compliance team couldn't organise a piss-up in a brewery and we all suffer for it.",
    "blame:sec feel",
  ],
  [
    "They went through the phishing test results with us individually, no naming and shaming. Good.",
    "",
  ],
  ["It feels like they're looking for reasons to fail us.", "feel power"],
  [
    "Audit felt like a conversation rather than an interrogation. Big change from the old network.",
    "",
  ],
  ["'Remediation required.' Remediation of what? Just tell me what's wrong with the file.", "comm"],
  [
    "Embarrassed having to ask the client for the same bank statement three times because compliance keep rejecting the format.",
    "feel conflict",
  ],
  ["The security guy asked us what annoys us most before he changed anything. Respect.", ""],
  ["Honestly I'm hopeless with the tech, my daughter sets my phone up.", "blame:self"],
  ["Every new starter does the AML module in week one, then a refresher each January.", ""],
  [
    "Honestly it's grown up. Ten years ago compliance was a guy with a clipboard. Now they actually help.",
    "",
  ],
  [
    "I keep thinking the breach was my fault. Nobody's said it was, but I can't shake it.",
    "blame:self feel",
  ],
  [
    "It winds me up when colleagues leave client paperwork on the printer. We all get punished for it.",
    "blame:emp feel",
  ],
  [
    "Asked compliance a simple yes/no on gifted deposits. Three weeks and a flowchart later, still no answer.",
    "conflict comm",
  ],
  [
    "Compliance have all the authority and none of the accountability. If they get it wrong, we pay.",
    "power blame:sec",
  ],
  ["We attest to the T&C scheme quarterly through an online form.", ""],
  [
    "I've been told the call recording app 'doesn't support' my phone. It's a two-year-old iPhone. Sort it out.",
    "conflict blame:sec",
  ],
  [
    "The compliance lead sends a plain English summary with every policy change. I actually read them.",
    "",
  ],
  [
    "If the network wants to monitor my emails they can, I don't really think about it.",
    "distance",
  ],
  ["I just let the admin girl deal with IT, I don't have time.", "distance"],
  ["Quarterly compliance calls are useful, I get to ask things I'd never put in an email.", ""],
  [
    "I always feel like I'm about to get told off, probably because I normally deserve it.",
    "feel blame:self",
  ],
  [
    "They locked my account mid-application over a 'suspicious login'. It was me, in a different office. Took two days to unlock.",
    "conflict",
  ],
  ["compliance lady is lovely actually", ""],
  ["Some days it's a faff, most days it's fine.", ""],
  ["I'm the reason we had to have the data protection refresher. Long story.", "blame:self"],
  ["Honestly the annual security quiz is a nice change from the day job.", ""],
  [
    "Honestly scared of the FCA, and compliance make it worse by quoting fines at us every meeting.",
    "feel power",
  ],
  ["I'm worried I'll lose my permissions over a paperwork slip.", "feel"],
  [
    "they said i had 'excessive privilege escalation attempts'. i was trying to install the lender's affordability calculator.",
    "comm conflict",
  ],
  ["Sick of a compliance department that treats every broker like a criminal.", "feel power"],
  [
    "Every case I submit gets picked apart by someone who's never sat with a first-time buyer. Demoralising.",
    "power feel",
  ],
  [
    "Nine times out of ten when the system goes wrong it's because I've pressed something I shouldn't.",
    "blame:self",
  ],
  ["Drives me up the wall that the CRM logs me out every 15 minutes.", "feel conflict"],
  ["Call recording is on all the adviser lines. Clients are told at the start of each call.", ""],
  [
    "I don't question the IT provider. They know best, apparently, and I haven't the energy.",
    "distance power",
  ],
  ["MSP patches every second Tuesday, out of hours.", ""],
  [
    "The CRM and the compliance system don't talk to each other so I type everything twice. Whoever designed that wants shooting.",
    "conflict blame:sec",
  ],
  ["Grumbled about the new phone system at first. Fair play, it's better.", ""],
  [
    "I know I should attend the security training but I always find an excuse. My bad.",
    "blame:self distance",
  ],
  ["mostly fine, the odd slow day", ""],
  [
    "The compliance officer replies to questions with 'per our previous guidance' and a link. Never a straight answer, never a call.",
    "comm power",
  ],
  [
    "They made MFA mandatory on the sourcing system the same week as the rate changes. Zero awareness of our business.",
    "blame:sec conflict",
  ],
  ["Laptops are encrypted and USB ports are locked down. Standard for a firm our size.", ""],
  ["The IT firm fixed my email on a Sunday evening before a completion. Lifesavers.", ""],
  [
    "The 'secure' email system sends clients a link that expires before they've opened it. Genius.",
    "blame:sec",
  ],
  ["Feedback on my files is a score out of ten and a list of codes. No conversation.", "comm"],
  [
    "The ID verification tool keeps rejecting genuine passports and clients think I'm accusing them of fraud. Awful conversations.",
    "conflict feel",
  ],
  [
    "The laptop encryption update bricked my machine the morning of a client meeting. Thanks for nothing.",
    "conflict blame:sec",
  ],
  ["Client wanted to send ID over WhatsApp, I said no, they went to another broker.", "conflict"],
  ["Helpful, patient, and they don't make you feel daft.", ""],
  [
    "Our IT company couldn't explain what went wrong with the backup and still can't. Not filling me with confidence.",
    "blame:sec comm",
  ],
  [
    "They can freeze your pipeline on a whim. You learn to keep your head down and your files perfect.",
    "power",
  ],
  ["Neutral. We have an outsourced compliance firm, they visit twice a year.", ""],
  [
    "It's unnerving when they say 'we need to talk about case 4471' and won't say why until the call.",
    "feel comm",
  ],
  [
    "Admin staff here are too trusting, they'll give a password to anyone who says they're from IT.",
    "blame:emp",
  ],
  ["The network's compliance emails are written for lawyers, not brokers.", "comm"],
  [
    "Never had a proper conversation with our IT provider, just automated 'your ticket has been updated' emails.",
    "distance comm",
  ],
  ["Cyber security? That's above my pay grade mate.", "distance"],
  [
    "Used to dread the annual file audit. Since they started sharing the checklist in advance it's fine.",
    "",
  ],
  [
    "I haven't spoken to anyone at network compliance in over a year. Just automated case results.",
    "distance",
  ],
  [
    "The IT provider's updates land at 6pm on a Friday and assume we all know what 'conditional access' is.",
    "comm",
  ],
  ["I stopped asking IT anything because they never help. I google it now.", "distance blame:sec"],
  ["The only time I hear from the network is when a case has been failed.", "comm"],
  [
    "No point complaining about the portal, nobody at the network listens. I just work round it.",
    "distance blame:sec",
  ],
  [
    "Brokers are awful for sending passports over plain email. I've done it too.",
    "blame:emp blame:self",
  ],
  [
    "The claims system went down once last year, they had it back within the hour and kept us updated every fifteen minutes.",
    "",
  ],
  [
    "Livid. Lost a case because the e-signature tool timed out and compliance wouldn't accept a scan.",
    "conflict feel",
  ],
  [
    "Audit went fine, they even said the files were some of the best they'd seen. Made my week.",
    "",
  ],
  [
    "Nervous wreck before the annual competence assessment. They hold your whole career in their hands.",
    "feel power",
  ],
  [
    "Fed up of being told to 'just use the portal' when the portal won't take anything over 5MB and bank statements are 8MB.",
    "conflict feel",
  ],
  [
    "Our IT support is a two-man outfit down the road. They pop in, have a brew, fix it. Can't ask for more.",
    "",
  ],
  [
    "The compliance team at our network check the first five cases for every new broker, that's fair enough.",
    "",
  ],
  ["The IT guys are in India I think? Never really thought about it.", "distance"],
  [
    "They write 'as previously advised' when nobody previously advised anything. Infuriating.",
    "comm feel",
  ],
  [
    "They just announce stuff. New KYC form from Monday. No consultation with the people using it.",
    "comm power",
  ],
  [
    "Compliance pulled my sign-off rights for a fortnight over one missing document. The clients were left waiting, not them.",
    "conflict power",
  ],
  [
    "I literally had to drive to a client's house for a certified copy because the upload kept failing.",
    "conflict",
  ],
  ["i have no issue with IT", ""],
  ["When compliance call, you drop everything. You don't dare not to.", "power feel"],
  ["Network compliance are box tickers. Never advised a client in their lives.", "blame:sec"],
  [
    "Our compliance officer rings after every review to go through it properly, never just a score.",
    "",
  ],
  ["I've given up caring about the security emails. There's too many of them.", "distance"],
  ["We used to have a named contact at the IT firm. Now it's a chatbot.", "comm distance"],
  [
    "I hate that some faceless reviewer I've never met can stop my income with one click.",
    "power feel",
  ],
  ["The helpdesk's idea of support is 'restart and try again'. Every time.", "blame:sec"],
  [
    "The IT firm pick the cheapest option for themselves then tell us it's best practice.",
    "blame:sec power",
  ],
  ["Access is reviewed every six months and leavers are removed the same day.", ""],
  [
    "They changed the suitability letter template without telling anyone. Half the letters that week got failed.",
    "conflict comm",
  ],
  [
    "The IT firm used to take days to answer, now there's a named engineer who rings back the same morning.",
    "",
  ],
  [
    "Us brokers are the problem if we're honest. Myself included, I've shortcut things I shouldn't have.",
    "blame:emp blame:self",
  ],
  ["The network's IT helpdesk is brilliant, proper people who understand mortgages.", ""],
  [
    "Half the brokers treat compliance as the enemy and then act surprised when they get a visit.",
    "blame:emp conflict",
  ],
  [
    "Compliance sent me a 'reminder of obligations' the day after I questioned one of their decisions. Message received.",
    "power comm",
  ],
  ["Got told off in a group email for something one person did. Classic.", "comm power"],
  [
    "I emailed IT about the scanner on Monday and got a reply on Thursday asking what scanner.",
    "conflict comm",
  ],
  [
    "I don't log faults, I'm self-employed within the network, I just buy my own kit and crack on.",
    "distance",
  ],
  [
    "Most brokers don't read the compliance updates. Can't hold the network responsible for that.",
    "blame:emp distance",
  ],
  ["It's always the new brokers who try to cut corners on ID checks.", "blame:emp"],
  [
    "I sent a client's bank statements to the wrong solicitor. My heart stopped. Totally my cock-up.",
    "blame:self feel",
  ],
  ["IT set up the new laptops in a morning and everything worked. Proper job.", ""],
  ["There's a knot in my stomach whenever the network calls unannounced.", "feel power"],
  [
    "some of the older brokers still keep client files in the boot of the car. no wonder we get audited",
    "blame:emp",
  ],
  [
    "The data breaches in our network were all people, not systems. Wrong recipient, lost phone, that kind of thing.",
    "blame:emp",
  ],
  [
    "It's usually me that trips the data loss alerts, forgetting to mark things confidential.",
    "blame:self",
  ],
  ["Don't go to the compliance workshops. Same slides every year.", "distance"],
  ["Bit slow on tickets sometimes, but I've no real complaints.", ""],
  ["Checks are strict but I'd rather that than be the broker on the news.", ""],
  [
    "The network's compliance officer once spent an hour helping me with a tricky self-employed case. Above and beyond.",
    "",
  ],
  ["Fair enough really, it's clients' money and homes at stake.", ""],
  [
    "Gutted. Clicked a link in what looked like a lender email. IT had to wipe my laptop. Feel such an idiot.",
    "feel blame:self",
  ],
  ["As an appointed rep we do what the network says on systems and security. No vote.", "power"],
  ["The audit was tough but fair, and they told us exactly what good looks like.", ""],
  ["I should know the AML rules better than I do, that's on me.", "blame:self"],
  ["The document upload portal is the worst bit of software I've used in 20 years.", "blame:sec"],
  [
    "Quarterly attestation, annual CPD log, yearly credit and criminal checks. Just part of working in finance.",
    "",
  ],
  [
    "I'm the one who always forgets the vulnerability question on the fact find. They're right to chase me.",
    "blame:self",
  ],
  ["I only go near IT when I literally can't log in.", "distance"],
  ["Honestly I ignore most of it. Sign, tick, move on.", "distance"],
  [
    "Lender wants documents today, compliance wants them through the secure upload which is down. Who wins?",
    "conflict",
  ],
  [
    "Brokers will always find a way round the rules if it means getting a deal over the line.",
    "blame:emp",
  ],
  ["The night before a file audit I don't sleep. Every time.", "feel"],
  [
    "The IT firm won't give us our own data back without a fee. Hostage situation.",
    "power blame:sec",
  ],
  [
    "The self-employed brokers are the worst for security, they think the rules are for employees.",
    "blame:emp",
  ],
];
