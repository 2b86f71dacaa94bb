import type { RawExample } from "./types.js";

/** Credit union counter and back-office staff on audits, security rules and the IT provider. Written fresh for Rapport (brief CF). */
export const VOICES_CF_3: readonly RawExample[] = [
  [
    "The IT company's engineer stayed late to move us to the new office over a weekend. Zero downtime Monday.",
    "",
  ],
  ["No one from IT has ever asked us what we think of the systems.", "distance power"],
  [
    "They never come on site. Everything's remote and they don't explain what they're doing on your screen.",
    "comm distance",
  ],
  ["Compliance visit was on Wednesday. Went ok.", ""],
  ["No real issues. It's a small team, we all muck in.", ""],
  ["Nobody reads the IT policy. It's in a drawer somewhere.", "distance"],
  [
    "Our IT provider decides what's urgent. Apparently our loans system being down isn't.",
    "power blame:sec",
  ],
  [
    "Members come in wanting a loan sorted today and the new ID checks add twenty minutes. Queue out the door.",
    "conflict",
  ],
  [
    "The compliance consultant charges a fortune and mostly copies the regulator's website. Galling.",
    "blame:sec feel",
  ],
  ["Never been to one of the IT surgeries. Can't see the point.", "distance"],
  ["I'm scared of the new monitoring. Everything we type is logged now.", "feel power"],
  ["The credit union's 'IT person' is the treasurer's nephew. Need I say more.", "blame:sec"],
  ["They haven't once made me feel like a suspect, even during the fraud investigation.", ""],
  [
    "At first I found the audit trail requirements tedious, but they've helped me answer client complaints quickly.",
    "",
  ],
  ["Our manager sits with new staff for the data protection module. Really supportive.", ""],
  [
    "New compliance manager does a walk round every morning, just to say hello. Feels less like them and us.",
    "",
  ],
  ["I'm sure I'm the one they mean when they say 'some staff'.", "blame:self"],
  ["I'm always the one who forgets to lock the cash drawer AND the screen. Oops.", "blame:self"],
  [
    "The compliance manual contradicts itself in three places. Nobody's fixed it in two years.",
    "blame:sec",
  ],
  ["Audits are just part of the job. They come, they check, they go.", ""],
  [
    "Colleagues keep propping the server room door open for air, then argue with IT when they're told off. We're the problem here.",
    "blame:emp conflict",
  ],
  [
    "The auditors insisted on a process change that the manager agreed to without asking the counter staff. Now it takes twice as long.",
    "conflict power",
  ],
  [
    "Not once have I felt judged for reporting a phishing email, even when I'd already clicked it.",
    "",
  ],
  ["The directors did the phishing training alongside everyone else. Nobody was above it.", ""],
  [
    "Honestly, staff here open every attachment going. It's a miracle nothing's happened.",
    "blame:emp",
  ],
  ["I leave all that to head office.", "distance"],
  ["Compliance don't just police, they coach. I've learned loads.", ""],
  ["We had a breach scare in 2021 and the calm way IT handled it won a lot of people over.", ""],
  [
    "Encrypted email to clients is automatic now, no extra clicks. Whoever set that up, thank you.",
    "",
  ],
  [
    "You feel like a servant to the system. It tells you what to do, and the IT company tells it what to tell you.",
    "power feel",
  ],
  ["Board members get exceptions to the password rules. Staff don't. Funny that.", "power"],
  [
    "The weak point isn't the firewall, it's us lot on the counter being chatty on the phone.",
    "blame:emp",
  ],
  [
    "We had to stop using the shared mailbox over a 'security review'. Members' emails bounced for a week.",
    "conflict",
  ],
  ["The annual training was pitched right, real examples from credit unions, not banks.", ""],
  [
    "The IT provider insisted on a new password manager, then couldn't work out how to set it up for us.",
    "blame:sec conflict",
  ],
  ["Annoyed I have to redo the AML course every year when nothing's changed.", "feel"],
  ["Our adviser manual covers the GDPR side in five pages. Clear as you like.", ""],
  [
    "So annoyed, the IT firm took the shared printer off the network 'for security' and never put it back.",
    "feel blame:sec",
  ],
  ["Worry about scams hitting our members and us not spotting it. Keeps me up.", "feel"],
  ["no issues with security tbh, it's all pretty sensible", ""],
  ["The compliance team actually thanked us after the audit. Made a difference.", ""],
  [
    "The compliance officer can suspend your system access pending investigation. She's done it. It hangs over you.",
    "power feel",
  ],
  ["Clean desk checks happen Friday afternoons. Takes two minutes.", ""],
  ["Half my tickets are me forgetting my password. Sorry, IT.", "blame:self"],
  ["I was worried the new MFA would slow me down with clients. It didn't.", ""],
  ["A new data protection officer started in June and she's been excellent.", ""],
  ["The compliance officer isn't scary at all, people just assume she will be.", ""],
  ["Honestly I thought the monitoring would feel intrusive but I've never noticed it.", ""],
  [
    "The auditors talk to the manager in the back office and we're left wondering what they're saying about us.",
    "power feel",
  ],
  ["Can't fault the IT lad, patient as anything with the older staff.", ""],
  [
    "The firewall blocks the regulator's own website. You couldn't make it up.",
    "conflict blame:sec",
  ],
  ["Member ID is checked against two documents for any loan over a thousand pounds.", ""],
  [
    "Their 'user guide' for the new system was written by someone who's never met a user.",
    "comm blame:sec",
  ],
  ["The mortgage network's IT helpline is 24/7 and they actually pick up.", ""],
  [
    "I'd rate our IT support eight out of ten. Quick, friendly, occasionally a bit slow on Fridays.",
    "",
  ],
  [
    "It's maddening when the system times out in the middle of a loan interview and I have to start again with the member watching.",
    "conflict feel",
  ],
  ["There's a shared inbox for suspicious emails and someone always replies with a thank you.", ""],
  [
    "Used to feel like IT and the advisers were on different planets. Monthly catch-ups fixed that.",
    "",
  ],
  [
    "Frustrated that I can't help an elderly member because the system wants a text code sent to a phone she doesn't have.",
    "feel conflict",
  ],
  ["The compliance manager watches us like a hawk during month end. Nerve-racking.", "feel power"],
  ["IT talk in riddles. 'Endpoint posture check failed.' My laptop's fine??", "comm"],
  [
    "The IT provider sends 'service notifications' that nobody on the counter can make sense of.",
    "comm",
  ],
  ["It's humiliating having your emails read back to you in a compliance meeting.", "feel power"],
  ["They do watch emails, but they told us exactly what they look for and why. Fair enough.", ""],
  [
    "When I got a dodgy call claiming to be from the bank, IT thanked me for flagging it and warned the whole team.",
    "",
  ],
  ["Policies are on the intranet with a one-page summary for each.", ""],
  ["The clean desk inspections make me feel like I'm back at school.", "feel power"],
  [
    "Moved to a new IT package through the network last spring. Big improvement on the old setup.",
    "",
  ],
  [
    "Exasperating. Three warnings about fake invoice emails and someone in accounts still paid one.",
    "blame:emp feel",
  ],
  [
    "I never go to IT with problems because I'm sure it'd turn out to be user error. Mine, as usual.",
    "blame:self distance",
  ],
  ["We're told, not asked. New procedures just appear in the shared drive.", "comm power"],
  [
    "Our core banking supplier is slow, expensive and never picks up the phone.",
    "blame:sec conflict",
  ],
  ["Loss adjusters share photos with us through the claims portal and it works fine.", ""],
  [
    "Every audit I convince myself they'll find something I did wrong. They usually do.",
    "blame:self feel",
  ],
  ["Things are much better since we got a proper managed service. Before it was chaos.", ""],
  [
    "Volunteers are lovely but they're the biggest security risk we have. Passwords on the monitor.",
    "blame:emp",
  ],
  ["If I'm honest the breaches we've had were staff sharing logins to save time.", "blame:emp"],
  ["I'm a part-timer on the counter. IT and compliance don't really involve us.", "distance"],
  [
    "Members' data is only as safe as the person on the counter, and some of us aren't careful.",
    "blame:emp",
  ],
  [
    "The office manager treats us all like kids who can't be trusted near a USB stick, and judging by some of my colleagues she's got reason.",
    "blame:emp power",
  ],
  ["The helpdesk hours are 9 to 5. We open till 7. Useless.", "blame:sec conflict"],
  ["We have a weekly ten-minute huddle where compliance share one tip. It works.", ""],
  [
    "I sent the board pack to the wrong email list. Wanted the ground to swallow me up.",
    "blame:self feel",
  ],
  [
    "I'm so ashamed, I left my work phone in a taxi with every client's number on it.",
    "blame:self feel",
  ],
  [
    "Worst day at work was realising the breach notification was about a spreadsheet I'd sent. I still feel terrible.",
    "blame:self feel",
  ],
  ["Really no complaints. The team's small and everyone knows who to ask.", ""],
  [
    "The new card reader system crashed on payday Friday. IT's answer was 'we'll look at it Monday'.",
    "conflict blame:sec",
  ],
  ["Our IT volunteer from the board is brilliant, explains everything in plain English.", ""],
  ["Good audit this year. The feedback was constructive.", ""],
  [
    "Got a 'security advisory' about a vulnerability in something I've never heard of. Do I need to do anything? No idea.",
    "comm",
  ],
  ["The board signs off IT changes and the counter staff are the last to know.", "power"],
  [
    "Nobody told us the member app was going down for maintenance. Phones rang all morning.",
    "conflict comm",
  ],
  [
    "Most of our volunteers couldn't care less about data protection, they come in for the chat.",
    "distance blame:emp",
  ],
  [
    "We're a credit union of eleven staff and our IT provider still treats us like their biggest client.",
    "",
  ],
  ["I'm tired of chasing IT. I've just stopped.", "feel distance"],
  [
    "Rang the IT provider, they said ring the software supplier, supplier said ring the IT provider. Nobody owns anything.",
    "conflict blame:sec",
  ],
  ["The compliance review found two gaps in my files. Fair cop, and they helped me fix them.", ""],
  ["compliance are sound tbh. strict but sound", ""],
  [
    "The new managed service provider came in, met everyone, and explained what they'd be changing. Refreshing.",
    "",
  ],
  ["Part-timers don't do the training properly, they just click through it.", "blame:emp"],
  [
    "Tellers argue with every new control, and then the same tellers fall for the phone scams.",
    "blame:emp conflict",
  ],
  [
    "The audit report was full of terms like 'control deficiency' and I felt like I'd failed an exam.",
    "comm feel",
  ],
  ["The IT firm are slow sometimes but they always get there.", ""],
  [
    "We don't talk to IT, we talk to the manager, who talks to IT. Chinese whispers.",
    "distance comm",
  ],
  [
    "Staff complain about the MFA but they're the ones who caused the last incident.",
    "blame:emp conflict",
  ],
  [
    "The software house that runs our loans system treats us like a nuisance because we're small.",
    "blame:sec power",
  ],
  [
    "I'm not very good with computers, I worry I'll be the one who lets the side down.",
    "blame:self feel",
  ],
  ["Our IT bloke will sketch it on a napkin if you don't get it. Lovely man.", ""],
  ["Meh. Another system, another login. Whatever.", "distance"],
  ["I know where to go if something looks off. Ring Tom, he sorts it.", ""],
  ["Locked out again. Third time this week. I genuinely think I'm the problem.", "blame:self"],
  [
    "The manager says we can't be trusted with internet access on the counter PCs. Maybe he's right.",
    "blame:emp power",
  ],
  ["Head of compliance emails 'see me' and nothing else. Ruins your afternoon.", "power comm feel"],
  [
    "I have to ask permission for everything now, and honestly after my last mess-up I probably should.",
    "blame:self power",
  ],
  ["I never change my password until it forces me to. I know, I know.", "blame:self"],
  ["Probably me being dense but I still don't understand how the VPN works.", "blame:self"],
  ["Nothing to report really. IT just works.", ""],
  ["The compliance officer is a former teller, she gets it.", ""],
  ["Compliance sign off every pension transfer report before it goes out. That's the process.", ""],
  ["Every IT email is signed 'The Service Desk'. Never a name.", "comm distance"],
  [
    "Got told 'this is a serious matter' about a misfiled form, no further detail. Didn't sleep.",
    "feel comm",
  ],
  ["I get anxious every time the auditors are in, even though our tills are always right.", "feel"],
  ["I don't report the phishing emails any more. Nobody ever replies anyway.", "distance"],
  ["Payroll files go through a four-eyes check before the BACS submission.", ""],
  [
    "Our IT provider does a yearly visit, takes us all for coffee and asks what annoys us. Nice touch.",
    "",
  ],
];
