import type { RawExample } from "./types.js";

/** Payroll bureau and small insurer staff on attestations, monitoring and the compliance officer. Written fresh for Rapport (brief CF). */
export const VOICES_CF_4: readonly RawExample[] = [
  [
    "IT moved us to a new email system the week before year end. Who plans that?",
    "blame:sec conflict",
  ],
  ["Once a year the auditors come, I answer their questions, they leave happy. Easy.", ""],
  [
    "We're the smallest client the IT firm has. We get looked at last and never asked.",
    "power distance",
  ],
  ["It's always a human. Never the tech. Someone in the team will click eventually.", "blame:emp"],
  ["Happy enough. Wouldn't change anything.", ""],
  [
    "Terrified of getting the auto-enrolment pension file wrong now there's an audit trail on everything.",
    "feel",
  ],
  [
    "We're a payroll bureau with forty clients and our IT provider treats us like we're lucky to have them.",
    "power blame:sec",
  ],
  [
    "The outsourced IT company has been 'investigating' the shared drive issue since March.",
    "blame:sec",
  ],
  ["They never make you feel stupid for asking. Which is good because I ask a lot.", ""],
  ["Honestly the weak link here is probably me, I'm terrible with passwords.", "blame:self"],
  ["I probably should learn how the encryption works but I leave it to Karen.", "distance"],
  [
    "The underwriting director and IT picked the new claims system between them. We got a demo the day before go-live.",
    "power comm",
  ],
  [
    "Payroll clerks are the prime target for fraud and half of them would change bank details on the strength of one email.",
    "blame:emp",
  ],
  [
    "The data loss prevention tool blocks payroll files from going to the actual clients. The whole business is sending payroll files.",
    "blame:sec conflict",
  ],
  ["Staff here need things locked down, otherwise they'd install anything.", "blame:emp"],
  [
    "The insurer's head office security team overrule anything we ask for locally. We're a branch, so.",
    "power",
  ],
  ["I'm forever forgetting which portal needs which password. My own doing.", "blame:self"],
  ["Whatever they decide, fine, I'll just follow it.", "distance"],
  [
    "Group IT never listen to us in the branches. They build it for head office and we make do.",
    "blame:sec power",
  ],
  ["Audit was smooth. Good prep from compliance helped.", ""],
  [
    "Asked why the claims portal rejects PDFs over 2MB. IT said 'by design'. Great, thanks.",
    "conflict comm",
  ],
  [
    "The compliance officer insists on paper audit trails AND the digital ones. Double the work for no reason.",
    "conflict blame:sec",
  ],
  [
    "It was my password that got leaked, I'd used it on a shopping site. Mortified.",
    "blame:self feel",
  ],
  ["Compliance here run a monthly lunch and learn. Turnout is actually good.", ""],
  [
    "Received: 'Your account has been flagged for review.' Nothing else. For two days.",
    "comm feel",
  ],
  ["It's exhausting fighting the IT firm for every little change.", "feel conflict"],
  [
    "Stressful knowing one mistake on a BACS file could cost a client thousands, and the extra security steps make it worse not better.",
    "feel conflict",
  ],
  [
    "The phishing test results were emailed to the whole office with names. Humiliating.",
    "feel power",
  ],
  ["quick, friendly, sorted", ""],
  [
    "The compliance officer and IT manager came round and asked each of us what slows us down. Then fixed some of it.",
    "",
  ],
  [
    "No matter how good the controls, someone in this office will hand their login to a temp.",
    "blame:emp",
  ],
  ["Good relationship with the IT firm. They know our payroll deadlines and plan around them.", ""],
  ["Our IT provider never talks down to us, even when the question is daft.", ""],
  ["The annual security review is a box-ticking exercise but a quick one. No bother.", ""],
  [
    "Their MFA rollout was a shambles. Codes going to old phone numbers, no support line.",
    "blame:sec conflict",
  ],
  [
    "Got flagged by the monitoring for printing a whole client file. I did do it, and I feel awful.",
    "blame:self feel",
  ],
  [
    "It terrifies me how casual some of the advisers are with client data. One day it'll bite us.",
    "blame:emp feel",
  ],
  ["Most of the phishing test failures were in accounts. Not surprised.", "blame:emp"],
  [
    "Stopped raising tickets for the slow laptop, I just bring my own and email stuff to it.",
    "conflict distance",
  ],
  ["Can't say I've ever had a bad experience with the support desk.", ""],
  ["IT make the calls, we live with them. Long since stopped arguing.", "power distance"],
  [
    "Underwriters moan about the controls but they're the ones emailing quote files to personal addresses.",
    "blame:emp conflict",
  ],
  [
    "I turned off the antivirus because it kept slowing my spreadsheets down. Stupid, I know, got caught.",
    "blame:self conflict",
  ],
  [
    "The IT firm's 'upgrade' wiped everyone's saved BACS templates. Brilliant.",
    "blame:sec conflict",
  ],
  ["Staff don't read the IT emails and then complain nobody told them.", "blame:emp"],
  [
    "The encrypted payslip system is so awkward that employees ring us for their passwords every month. We spend more time on that than on payroll.",
    "conflict blame:sec",
  ],
  ["Staff need supervising with client data. Simple as that.", "blame:emp"],
  ["Compliance and IT meet every month and a staff rep sits in. Decent setup.", ""],
  [
    "We're told to verify every bank detail change by phone, but the phones are on a system IT keep breaking.",
    "conflict blame:sec",
  ],
  [
    "The IT provider walked us through the new backup routine before payroll week. Really appreciated the timing.",
    "",
  ],
  [
    "Our IT provider won't let us use the client's own payroll portal because it's 'not approved'. It's the client's system!",
    "conflict blame:sec",
  ],
  ["I hate phoning the helpdesk. Makes me feel incompetent.", "feel power"],
  [
    "The claims handlers need to stop downloading attachments from 'customers' they've never heard of.",
    "blame:emp",
  ],
  ["Our IT company's in another city and we only ever see their logo on invoices.", "distance"],
  ["The IT guy fixed my dual screen and showed me how to do it myself next time. Lovely.", ""],
  [
    "Being told to 'justify your business need' for Excel macros after fifteen years doing payroll is a bit much.",
    "power feel",
  ],
  ["To be fair the compliance officer has been patient with me, I'm new to insurance.", ""],
  ["Compliance issue edicts. Capital letters, bold, 'non-negotiable'.", "comm power"],
  ["No one explains anything, so I stopped asking.", "distance comm"],
  ["Insurance admin staff are the soft target and they know it.", "blame:emp"],
  [
    "I don't bother the IT provider with small stuff, it's easier to just live with it.",
    "distance",
  ],
  [
    "They asked us to 'action the remediation items in the portal'. There's no portal. There's a spreadsheet.",
    "comm conflict",
  ],
  ["Barely know the compliance officer really, we nod in the corridor.", "distance"],
  ["It's a strict place, rules everywhere, but the people enforcing them are kind.", ""],
  ["Truth be told most of the incidents in our team were mine.", "blame:self"],
  [
    "The compliance team send out 'expectations' rather than asking how things actually work on the floor.",
    "comm power",
  ],
  [
    "Scared to admit I'd clicked something. The last person who did got hauled in front of the directors.",
    "feel power",
  ],
  ["Claims team and IT sit on the same floor now. Easier all round.", ""],
  [
    "The claims handlers need to share photos with loss adjusters and every approved tool blocks big images.",
    "conflict",
  ],
  ["The bureau owner walks us through every security change in the Monday meeting.", ""],
  [
    "Livid that a payroll run went out late because IT picked that morning for a forced reboot.",
    "feel conflict blame:sec",
  ],
  ["It's so demoralising when the only feedback from compliance is the mistakes.", "comm feel"],
  ["Small insurer, small team. The CISO is also the finance director. Surprisingly, it works.", ""],
  [
    "The outsourced IT firm keep sending different engineers who don't know our setup. Maddening.",
    "blame:sec feel",
  ],
  [
    "The 'gentle reminder' emails from compliance are anything but gentle. Makes me anxious.",
    "feel comm",
  ],
  [
    "IT responded within ten minutes when a client's payroll file looked dodgy. Exactly what you want.",
    "",
  ],
  [
    "We sign an attestation every quarter saying we've followed every policy. It feels like signing your own charge sheet.",
    "power feel",
  ],
  [
    "Changed an employee's bank details off a spoof email last year. Still can't believe I did it.",
    "blame:self feel",
  ],
  [
    "I'd never call the compliance team obstructive, they've found ways to say yes when I expected a no.",
    "",
  ],
  ["Payroll week plus an audit visit. I'm running on fumes and dread.", "feel"],
  ["Neutral. We do the training, pass the test, carry on.", ""],
  ["Sick of paying a managed service provider who tells us to google it.", "blame:sec feel"],
  [
    "The old hands here fight every change and then point the finger at IT when something breaks.",
    "blame:emp conflict",
  ],
  ["Frustrated. Two hours on hold with the IT provider during month end.", "feel conflict"],
  ["Don't report stuff because I assume it's me doing something wrong.", "blame:self distance"],
  [
    "Bypassed the upload portal and emailed the payslips direct because I was in a rush. My fault entirely, compliance were right to pull me up.",
    "blame:self conflict",
  ],
  ["The sales team here treat data protection as a suggestion.", "blame:emp"],
  ["Frustrating that the careless few get everyone locked down.", "blame:emp feel"],
  ["Compliance checks are tedious but honestly they've saved me from a couple of howlers.", ""],
  [
    "They track how long we're away from our desks. I've never felt so untrusted in a job.",
    "power feel",
  ],
  ["The security newsletter goes straight to my archive folder.", "distance"],
  [
    "They gave us a 'cyber awareness session' that was basically an hour of sales pitch for their other services.",
    "blame:sec",
  ],
  ["I'm afraid to push back on the compliance officer, she's the owner's wife.", "feel power"],
  [
    "Don't bother with the helpdesk. They never know anything about our claims system.",
    "blame:sec distance",
  ],
  [
    "Every time there's a warning email about data handling I assume it's about me. Usually it is.",
    "feel blame:self",
  ],
  ["Fine. Not exciting, not terrible. IT is IT.", ""],
  [
    "RTI submission due at 5, MFA token expired at 4:45. Nobody at the IT company picking up.",
    "conflict",
  ],
  ["i hate the monitoring software. you can sense it watching", "feel"],
  ["Attest or be disciplined. That's the choice every quarter.", "power"],
  [
    "Every payroll run gets double-checked by compliance now and it feels like they think we're thieves.",
    "feel power",
  ],
  ["the helpdesk lady knows everyone by name, love her", ""],
  [
    "Security want laptops locked in a drawer overnight. Half of us work from home two days a week. Doesn't add up.",
    "conflict",
  ],
  ["We find out about system changes from the login screen.", "comm"],
  ["They've made it easy to report a suspicious email. One button. I use it.", ""],
  ["I keep my head down. Compliance do their thing, I do mine.", "distance"],
  [
    "IT blocked the payroll software's auto-update. We had to beg them to allow it before the tax year change.",
    "conflict power",
  ],
  [
    "The IT provider's emails are just bullet points of instructions. No context, no sign-off, nothing.",
    "comm",
  ],
  ["I'm the sort of person who needs things explained three times. Poor IT.", "blame:self"],
  ["Honestly if we got hacked I'd bet on it being someone in claims.", "blame:emp"],
  ["Proper respect between us and the IT team. They ask before changing things.", ""],
  ["I process payroll. Security is someone else's problem.", "distance"],
  [
    "The claims team keep using their own Dropbox because the approved file share is too slow. Compliance would have a fit.",
    "conflict",
  ],
  ["Was sceptical about password managers, now I wouldn't go back.", ""],
  ["The cyber insurance questionnaire made us tidy up loads of things. Good thing, honestly.", ""],
  [
    "Nobody here reports anything. People would rather sit on a dodgy email than admit they opened it.",
    "blame:emp distance",
  ],
  ["They use so many acronyms I keep a cheat sheet. SSO, MDM, DLP, SOC. Please.", "comm"],
  ["'Policy exception denied.' No reason, no alternative, nothing.", "comm power"],
  [
    "The security team at the insurer's head office only speak in ISO 27001 clause numbers.",
    "comm",
  ],
  [
    "The compliance monitoring report just said 'concerns noted'. Which concerns? I've been worrying all week.",
    "comm feel",
  ],
  [
    "Compliance wouldn't let me take a client call on my mobile. Lost the client. Still fuming.",
    "conflict feel",
  ],
  [
    "I'm embarrassed how often I have to ask for the VPN to be reset. They must be sick of me.",
    "feel blame:self",
  ],
  [
    "I can't remember the last time anyone from IT spoke to the payroll team. It all goes through the office manager.",
    "distance",
  ],
  [
    "They can remote into my machine any time without asking. I've seen the mouse move on its own.",
    "power",
  ],
  ["Honestly good people, the IT lot. Just stretched thin.", ""],
  [
    "Whoever decided we need a 30-second screen lock has never had to read a policy wording.",
    "blame:sec conflict",
  ],
];
