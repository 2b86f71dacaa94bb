import type { RawExample } from "./types.js";

/**
 * Brief K continued (see voices-k.ts):
 * - Interview notes
 * - Owners and managers about their IT and security people
 * - IT and security teams owning their part
 * - Practitioners on management and colleagues: feelings, power, distance, communication
 */
export const VOICES_K_2: readonly RawExample[] = [
  // Interview notes
  [
    "Interviewee (IT manager, haulage) says drivers 'would lend a stranger their tablet for a fiver'.",
    "blame:emp",
  ],
  [
    "Interviewee, sole IT admin at a solicitors', describes the fee earners as 'toddlers with admin rights'.",
    "blame:emp power",
  ],
  [
    "Interviewee says he hears from the partners only on days a fee earner can't get in.",
    "comm distance",
  ],
  [
    "Interviewee became tearful describing the weekend she spent restoring backups on her own after the attack.",
    "feel",
  ],
  ["Interviewee insisted the staff are 'fine, honestly, it's the software that's rubbish'.", ""],
  [
    "Interviewee (compliance) described the sales floor as 'a daily exercise in damage limitation'.",
    "blame:emp",
  ],
  [
    "Interviewee said she feels like the school prefect nobody wants at the party.",
    "feel distance",
  ],
  [
    "Interviewee described management as 'supportive in the meeting and absent afterwards'.",
    "distance",
  ],
  [
    "Interviewee (security officer) says staff now forward anything odd and she thanks every one of them personally.",
    "",
  ],
  [
    "Interviewee, owner of a print shop, says his IT man 'talks like a manual' and he just nods along.",
    "comm",
  ],
  [
    "Interviewee says his team lost the MFA argument and were told to 'stop being difficult'.",
    "power conflict comm",
  ],
  [
    "Interviewee (IT lead, charity) blamed himself for not explaining the new sign-in before it went live.",
    "blame:self comm",
  ],
  [
    "Interviewee says users 'just don't care' and that his reminders go straight in the bin.",
    "blame:emp distance",
  ],
  [
    "Interviewee, a pen tester, said the receptionist who let him in 'did exactly what a good receptionist should'.",
    "",
  ],
  [
    "Interviewee reports an easy, informal relationship with the workshop; they ring her about anything.",
    "",
  ],
  ["Interviewee (owner) called his IT provider 'expensive, slow and usually wrong'.", "blame:sec"],
  ["Interviewee (MSP) calls his clients' staff 'the best alarm system they've got'.", ""],
  [
    "Interviewee, head of IT at a college, says lecturers 'hear a new rule and immediately start negotiating'.",
    "blame:emp conflict",
  ],
  [
    "Interviewee visibly tensed when asked about the CEO and said only 'we don't really speak'.",
    "distance feel",
  ],

  // Owners and managers about their IT and security people
  [
    "Our IT guy is brilliant, but getting a straight answer out of him is like pulling teeth.",
    "comm",
  ],
  [
    "I run a bakery with forty staff and the IT contractor has never asked what we actually do here.",
    "distance",
  ],
  [
    "The security consultant reduced my office manager to tears over a spreadsheet. We didn't renew.",
    "comm feel",
  ],
  [
    "The cyber people talk down to my team and then wonder why nobody tells them anything.",
    "comm distance",
  ],
  [
    "I honestly don't know what our MSP does all month, and I suspect they prefer it that way.",
    "power distance",
  ],
  [
    "Our IT manager is a gatekeeper. Every new tool needs his blessing and he's rarely feeling generous.",
    "power conflict",
  ],
  ["I'm frightened of getting client data wrong and ending up in the local paper.", "feel"],
  ["Frankly the security audit was money down the drain. Lots of red, no help.", "blame:sec"],
  ["My IT lead says no a lot and never says why.", "comm conflict"],
  ["Our head of IT now sits in on the weekly ops meeting and it's made a huge difference.", ""],
  [
    "Truth is, the biggest risk in this firm was me: I refused the two-factor thing for a year because it irritated me.",
    "blame:self",
  ],
  ["Our MSP will put out a fire, but they'll never mention they smelled smoke.", "comm"],
  [
    "The compliance officer sends me forty-page policies with a note saying 'please ensure all staff comply'.",
    "comm",
  ],
  ["The IT firm we had before were cowboys; every account had the same password.", "blame:sec"],
  [
    "Our IT woman is in every team's group chat now and people message her before they click. Best hire we've made.",
    "",
  ],
  [
    "My staff are hopeless with passwords. I've seen 'Summer2024' on three different monitors.",
    "blame:emp",
  ],
  [
    "The reps will give their login to their assistant, their assistant's cousin, anyone really.",
    "blame:emp",
  ],
  ["My managers think security is IT's job, and IT thinks it's mine.", "conflict distance"],
  [
    "As a director I've never sat down with our security person. I probably ought to.",
    "distance blame:self",
  ],
  [
    "I feel held to ransom by the IT contractor; he's the only one who knows the admin passwords.",
    "power feel",
  ],
  [
    "If IT spent less time writing rules and more time fixing the Wi-Fi, we'd all be a lot happier.",
    "blame:sec conflict",
  ],
  [
    "When the IT lad explains a problem, I nod, he nods, and neither of us knows what the other meant.",
    "comm",
  ],
  [
    "I don't trust my own staff near the bank portal, so every payment goes through me.",
    "blame:emp power",
  ],
  ["Our security adviser is an email address. I've never heard his voice.", "distance comm"],
  ["They're quick, polite and they explain things in my language. No complaints.", ""],
  [
    "Our previous security officer set rules nobody could follow and then went on long leave. We're still unpicking it.",
    "blame:sec",
  ],
  [
    "The MSP missed an expired certificate for a month and then billed us for fixing it.",
    "blame:sec",
  ],
  [
    "Head office's cyber lot wouldn't spot a breach if it sent them a calendar invite.",
    "blame:sec",
  ],
  [
    "The outsourced monitoring people sent us three hundred alerts and missed the one that mattered.",
    "blame:sec",
  ],
  [
    "Our IT department is the reason people use personal email. Nothing they give us works.",
    "blame:sec conflict",
  ],
  ["The partners call our IT lead 'the computer girl' in front of clients.", "power comm"],
  [
    "I trust my IT guy completely, which is probably the problem, because I can't check anything he does.",
    "power",
  ],
  [
    "The head office security team announce changes on the intranet, and we hear about them when the tills go down.",
    "comm conflict",
  ],
  [
    "I put off ringing IT support because every call ends with me apologising for existing.",
    "feel distance",
  ],
  [
    "Management wanted keystroke logging on the call centre. I argued them out of it and they listened.",
    "",
  ],

  // IT and security teams owning their part
  ["I'm embarrassed by how long it took us to notice the compromised mailbox.", "blame:self feel"],
  ["We had the alerts. We just didn't look at them. That one's on our team.", "blame:self"],
  [
    "The helpdesk team is burnt out, and it's starting to show in the tone of our replies.",
    "feel comm blame:self",
  ],
  [
    "We wrote our phishing guidance in solid jargon and then moaned that nobody followed it.",
    "blame:self comm",
  ],
  [
    "Staff keep their distance from us, and given how we used to speak to them, that one's on us.",
    "distance blame:self",
  ],
  [
    "I lost my temper with a user over a shared password last week, and I'm not proud of it.",
    "blame:self feel conflict",
  ],
  [
    "If staff think of us as blockers, that's a reputation we put real effort into.",
    "blame:self conflict",
  ],
  [
    "The locked-down laptops were our idea, and they've cost the field team hours every week.",
    "blame:self conflict",
  ],
  [
    "The policy update went out as a ninety-page attachment at four on a Friday. My mistake.",
    "comm blame:self",
  ],

  // Practitioners on management and colleagues: feelings, power, distance, communication
  ["Staff suddenly take phone calls when they see me coming with a laptop.", "distance"],
  [
    "Five years and nobody has said thanks for the backups, but I'll hear about it the day they fail.",
    "feel",
  ],
  [
    "I dread the monthly report to the owner. He's hunting for someone to blame before he's read page one.",
    "feel power",
  ],
  [
    "The finance director signs off my hires and has never once asked what the role is for.",
    "power distance",
  ],
  [
    "Developers route round the security review because it takes three weeks, and I can't really argue.",
    "distance conflict",
  ],
  ["The site lads think I'm from head office and clam up whenever I visit.", "distance power"],
  [
    "They asked me to 'keep it brief and non-technical', then complained my summary lacked detail.",
    "conflict comm",
  ],
  ["Sales think I'm paranoid; I think they're naive. We're both partly right.", "conflict"],
  [
    "The monitoring software makes staff feel watched, and honestly, they are being watched.",
    "power feel",
  ],
  [
    "I get talked over in every project meeting until something breaks, and then mine is the first name called.",
    "power comm",
  ],
  [
    "What gets to me is the resentment: we work nights to keep things running and get called blockers by day.",
    "feel conflict",
  ],
  [
    "I feel like a traffic warden. Everyone resents me and nobody admits they need me.",
    "feel conflict",
  ],
  [
    "Every payroll run since the fake bank-change email last spring, I've felt sick until it clears.",
    "feel",
  ],
  [
    "Each phishing report makes me wince a little; I'm waiting for the one that didn't get reported.",
    "feel",
  ],
  [
    "Seven years of warnings, and the first time anyone listened was after the ransom note.",
    "feel power",
  ],
  ["Our MSP's monthly report is a PDF of graphs with no words in it.", "comm"],
  [
    "I translate everything the pen testers write into normal English before the owner will look at it.",
    "comm",
  ],
  [
    "The managing partner treats me like a butler: summoned when needed, invisible the rest of the time.",
    "power distance",
  ],
  [
    "Users don't report problems. They fix it themselves or pretend it never happened.",
    "distance blame:emp",
  ],
  [
    "I've gone quiet in the leadership meeting. Nobody picks up what I say anyway.",
    "distance power",
  ],
  [
    "I'm shattered. Two of us cover six offices and the owner still thinks we're overstaffed.",
    "feel power",
  ],
  ["The architects argue with every restriction like it's a planning appeal.", "conflict"],
  [
    "My emails go unanswered for days, but if a laptop is slow I get three calls in an hour.",
    "comm conflict",
  ],
  [
    "I'm not allowed to talk to staff directly; everything has to go through their line managers.",
    "power comm distance",
  ],
];
