import type { RawExample } from "./types.js";

/** Security consultants serving small firms: audits, pentests, phishing tests, advice ignored or taken. Written fresh for Rapport (brief CD). */
export const VOICES_CD_3: readonly RawExample[] = [
  [
    "We run a phishing sim and the owner demands the names of who clicked so he can 'have words'. I refuse, every time.",
    "conflict",
  ],
  ["Staff were genuinely curious during the awareness session. Loads of questions.", ""],
  [
    "Staff save everything to the desktop, never the server, then wail when the laptop dies.",
    "blame:emp",
  ],
  [
    "Their staff are convinced security is there to catch them out. Hard to undo that.",
    "conflict feel",
  ],
  [
    "I found admin credentials in a spreadsheet on the shared drive. Named 'passwords.xlsx'. Of course.",
    "blame:emp",
  ],
  [
    "My report was eighty pages. I doubt anyone past page two read it, and that's my failing.",
    "comm blame:self",
  ],
  [
    "The MD just wants the Cyber Essentials certificate on the wall. He doesn't care what's behind it.",
    "distance",
  ],
  [
    "Workshop with the finance team went really well. They now call us before paying any changed bank details.",
    "",
  ],
  ["The practice has a named contact for IT, she's organised and lovely to deal with.", ""],
  [
    "When I go on site, everyone scatters. Doors close. I'm the auditor, the one who decides their fate.",
    "distance power",
  ],
  [
    "The managing director made me present to the board and then talked over me the entire time.",
    "power",
  ],
  [
    "Honestly a lot of security advice out there is useless for a ten-person firm. Including some of ours.",
    "blame:sec",
  ],
  [
    "I got their risk rating wrong on the first pass and spooked them for nothing. Apologised.",
    "blame:self",
  ],
  ["They never followed up on a single finding. A year later, same holes.", "distance"],
  ["The owner asked me to explain ransomware like he's five. I did. Best meeting we've had.", ""],
  ["Users are the weakest link, everyone says it. In this firm it's just true.", "blame:emp"],
  [
    "Their staff are scared to report clicks because someone got disciplined last year.",
    "feel distance",
  ],
  ["Annual security review booked for March, they've already blocked the time out.", ""],
  [
    "We're the people they call when the insurer makes them, and not a minute before.",
    "comm distance",
  ],
  [
    "the receptionist shared her screen with a 'Microsoft engineer' for twenty minutes. nobody stopped her",
    "blame:emp",
  ],
  [
    "I worry the firm's relying on me for every decision. If I'm on holiday, nothing moves.",
    "power feel",
  ],
  ["Solid client. They implemented nine of ten recommendations within a quarter.", ""],
  [
    "Security gets called the department of no. I'm trying to be the department of 'yes, but safely', and it's working.",
    "",
  ],
  [
    "The owner's attitude is 'we're too small to be a target'. Every conversation is a fight to move him off that.",
    "conflict",
  ],
  ["I used a lot of jargon in the debrief and lost the room. Lesson learnt.", "comm blame:self"],
  [
    "Our tooling throws so many alerts the client just mutes them. Can't blame them.",
    "blame:sec distance",
  ],
  [
    "The CFO refuses MFA on his phone because 'it's personal'. He's the highest-value target in the building.",
    "conflict blame:emp",
  ],
  [
    "Like an intruder the whole week of the audit. Nobody offered so much as a chair. Horrible.",
    "feel distance",
  ],
  ["Clear scope, clear contact, clear sign-off. Their ops manager ran it like clockwork.", ""],
  ["Their staff will hand their password to anyone who sounds official on the phone.", "blame:emp"],
  [
    "Every finding I raise gets forwarded to their IT provider with 'fix this' and nothing else.",
    "comm",
  ],
  [
    "I'm embarrassed that my phishing template got mistaken for a real attack and caused panic in their office.",
    "blame:self feel",
  ],
  [
    "The partners think security training is beneath them. Only the juniors attend.",
    "blame:emp distance",
  ],
  [
    "After the incident their whole team came to the debrief and asked how to help. Brilliant response.",
    "",
  ],
  [
    "We tell them what to do, they do it, nobody asks why. I'm not sure that's a relationship.",
    "power",
  ],
  ["The client's staff call me 'the hacker' and steer well clear.", "distance"],
  [
    "They want the tick box, not the advice. I've given up trying to convince them otherwise.",
    "distance",
  ],
  [
    "I've had staff cry in front of me after a phishing test. The way the owner handled it was awful.",
    "feel power",
  ],
  [
    "Some of the fault for their breach sits with me. I signed off backups I never actually tested.",
    "blame:self",
  ],
  ["I don't mind the questions. It means they care.", ""],
  [
    "Half the office uses the same password with the month on the end. They think it's clever.",
    "blame:emp",
  ],
  [
    "Used to be a nightmare account. New owner, totally different relationship, really positive.",
    "",
  ],
  [
    "Frankly our vulnerability scanner report is gibberish to a small business. We just send it anyway.",
    "comm blame:sec",
  ],
  [
    "Their office manager emails me 'is this safe?' about every link. A lot, but I'd rather that than the alternative.",
    "",
  ],
  ["They brought us in after the breach and treated us like suspects.", "conflict"],
  ["I'm constantly on edge with that client. Their exposure is huge and they won't act.", "feel"],
  ["The new operations director actually wants to understand the risks. Game changer.", ""],
  [
    "We told them their backups weren't immutable. They said 'what does that mean' and I realised I'd never explained.",
    "comm blame:self",
  ],
  [
    "They'll happily pay for the assessment and then refuse every fix because it costs money.",
    "conflict",
  ],
  ["We don't always agree on priorities, but we hash it out and move on.", ""],
  [
    "The owner reads my findings aloud in staff meetings to shame whoever's responsible.",
    "power feel",
  ],
  ["I keep my reports to two pages now. Response rate tripled.", ""],
  ["they treat security like the dentist, only come when it hurts", "comm"],
  [
    "I'm pretty sure their staff disabled the endpoint agent on half the laptops. Nobody will say who.",
    "blame:emp conflict",
  ],
  [
    "The consultancy I work for pushes ISO 27001 on clients that don't need it. It makes us look like sharks and I hate it.",
    "blame:sec feel",
  ],
  ["Whenever I mention the phishing results, the whole room goes defensive.", "conflict"],
  [
    "Every breach we've cleaned up at that firm started with someone opening an attachment they shouldn't have.",
    "blame:emp",
  ],
  ["Their IT lead and I have a great working relationship. We disagree openly and sort it.", ""],
  [
    "Clients hear 'critical vulnerability' and panic. Then hear the price and relax into denial.",
    "feel distance",
  ],
  [
    "I made a glib remark about their password policy in front of their staff. Should never have done that.",
    "blame:self comm",
  ],
  ["Honestly they're a lovely bunch. Naive about security but keen to learn.", ""],
  [
    "The owner gave the marketing intern global admin because it was 'easier'. I nearly fell off my chair.",
    "blame:emp",
  ],
  ["They think we're selling fear. Some of my colleagues are, to be fair.", "blame:sec"],
  ["Our calls are always them asking how little they can get away with.", "conflict"],
  [
    "The staff aren't stupid, they're overloaded. Give them a better process and they'll follow it.",
    "",
  ],
  [
    "Truthfully I'm the bottleneck. Every change they ask for waits for me to find time.",
    "blame:self",
  ],
  ["I explain risks in pounds and pence now. The owner gets it straight away.", ""],
  ["They never make me out to be a nuisance when I need them to reboot something.", ""],
  [
    "I'd love more face time with their staff, but it's all remote calls and PDFs now.",
    "distance comm",
  ],
  ["The owner checks my timesheets line by line and queries every fifteen minutes.", "power"],
  [
    "Security tools we recommended broke their accounting software for a week. We should've tested.",
    "blame:sec",
  ],
  [
    "Their accounts assistant reported a dodgy invoice within five minutes. Proudest I've been of a client.",
    "",
  ],
  ["They won't let me talk to the actual users. I only ever see the directors.", "distance power"],
  ["I'm worried I come across as preachy. I see them tune out when I start.", "feel blame:self"],
  ["The owner still thinks MFA is a gimmick. We go round in circles.", "conflict"],
  ["Every message from them is 'ASAP' with no context.", "comm"],
  ["The directors listen, they budget, they follow through. Rare in this size of firm.", ""],
  [
    "When I flagged the open RDP port, their IT guy said I was scaremongering. Two months later, ransomware.",
    "conflict blame:sec",
  ],
  ["Staff write their passwords on the bottom of the keyboard. Every. Single. Desk.", "blame:emp"],
  [
    "I'm a bit useless to them. I hand over recommendations and then I'm gone. No idea what happens.",
    "distance",
  ],
  [
    "We agreed a clear incident plan, they rehearsed it, and when it happened they followed it. Textbook.",
    "",
  ],
  [
    "I misread their licence count and they got billed for twenty seats they don't use. My error.",
    "blame:self",
  ],
  [
    "The founder insisted on keeping his personal Gmail for company business, overruling everyone.",
    "conflict blame:emp",
  ],
  [
    "I shouldn't have rushed the scoping call. I missed half their estate and the test was half useless.",
    "blame:self",
  ],
  [
    "Our standard engagement letter is impenetrable. Clients sign it without reading and feel tricked later.",
    "comm blame:sec",
  ],
  ["Their staff are brilliant at reporting. Too brilliant sometimes, but I'll take it.", ""],
  [
    "The owner hears the word 'breach' and goes pale. He's properly scared and I don't know how to reassure him.",
    "feel",
  ],
  ["Honestly nobody there reads anything longer than a text message.", "blame:emp"],
  ["Password manager rollout went well. Only two people needed a second walkthrough.", ""],
  ["We're the bad guys every time a new control goes in.", "conflict"],
  ["Backups tested monthly, results sent to the owner, he signs them off. Simple.", ""],
  [
    "Their office manager books a security catch-up with me every quarter without prompting. Love it.",
    "",
  ],
  ["I'm never treated like an outsider there. They include me in the team lunch.", ""],
  [
    "I got defensive when they questioned my findings, and that made it worse.",
    "blame:self conflict",
  ],
  [
    "The directors decide what's in scope and don't tell the staff a test is happening. Causes chaos.",
    "power comm",
  ],
  [
    "Their receptionist spotted a fake invoice and forwarded it to us before anyone paid. Proper result.",
    "",
  ],
  [
    "Pretty galling when their head of finance explained phishing to me like I was new, after I'd run their training.",
    "feel power",
  ],
  [
    "Their staff think every security email from us is spam. Sometimes it is, our templates are dreadful.",
    "comm blame:sec",
  ],
  ["It took a year, but they now see us as allies rather than inspectors.", ""],
  [
    "The owner wants the phishing test 'harder' so he can catch people out. That's not the point.",
    "conflict power",
  ],
  [
    "I set the spam filter too tight and they missed a tender email. Entirely my doing.",
    "blame:self",
  ],
  [
    "i dont think they trust us at all, and honestly the previous consultants gave them every reason not to",
    "blame:sec conflict",
  ],
  [
    "Remote-only assessments mean I never meet the people I'm judging. Sits wrong with me.",
    "distance",
  ],
  [
    "Their HR manager came to me asking how to support a staff member who'd been scammed. Really thoughtful.",
    "",
  ],
  ["Owners want quick wins. I give them quick wins. Everyone's happy.", ""],
  ["They pay us, so they think they get to decide what the findings say.", "power conflict"],
  [
    "I think users get too much stick. Most of the breaches I see are misconfigurations, not people.",
    "",
  ],
  ["Our awareness course is so boring even I fall asleep in it.", "blame:sec"],
  [
    "Some clients want the detail, some just want to know it's handled. This one's the second sort, and that's fine.",
    "",
  ],
  ["After I explained the 'why', the MD became our biggest champion.", ""],
  ["The staff dread my visits. I can see it on their faces.", "feel"],
  [
    "They never tell me when they change providers, so my findings go to the wrong people.",
    "distance comm",
  ],
  [
    "Their owner said 'you're not telling me how to run my business'. I wasn't. I was telling him how to stop losing it.",
    "conflict power",
  ],
  ["My mistake: I assumed they knew what a VPN was. Lost the whole meeting.", "blame:self comm"],
  [
    "Useful feedback session, they told us what they hated about our reports and we changed them.",
    "",
  ],
  ["The board wants a red, amber, green and nothing else. I understand, it's their call.", ""],
  ["Honestly staff just hit 'allow' on every pop-up to make it go away.", "blame:emp"],
  ["I'm frustrated. They hired us for advice and ignore it all.", "feel distance"],
  [
    "Our firm bills for every little question, so the client stops asking. Stupid policy.",
    "blame:sec distance",
  ],
  ["I get on with their IT person brilliantly, we text each other memes.", ""],
  [
    "The contract says I'm an advisor. In practice they treat me as the person to fire if anything goes wrong.",
    "power feel",
  ],
  ["Three emails, no reply, then a panicked call on a Friday night. Standard.", "distance comm"],
  [
    "We should stop calling users the weakest link. It isn't fair and it isn't true at most of my clients.",
    "",
  ],
  [
    "The new practice manager asked for a plain-English summary. I should have been doing that all along.",
    "blame:self comm",
  ],
  ["It's a grown-up relationship. They challenge us, we challenge them, nobody sulks.", ""],
];
