import type { RawExample } from "./types.js";

/**
 * Batch T, part 2: post-incident staff survey answers. Written fresh for Rapport (brief T).
 */
export const VOICES_T_2: readonly RawExample[] = [
  [
    "We sort out small problems ourselves. Calling the IT contractor costs money and takes days.",
    "distance",
  ],
  [
    "Truthfully I don't care much about the new rules. I'll do the minimum and get on with things.",
    "distance",
  ],
  ["They're a name on an email signature to me. I wouldn't know them in the street.", "distance"],
  [
    "After the lost laptop nobody ever came back to us. We just heard it was sorted, somehow.",
    "distance",
  ],
  [
    "I keep my head down. If there's a problem with the computer, I leave it for someone else to notice.",
    "distance",
  ],
  ["The security side feels like it belongs to another company. We just work here.", "distance"],
  [
    "Nobody on the night shift has ever met the IT people. They work office hours, we don't.",
    "distance",
  ],
  ["I'd rather Google it than bother asking the IT firm.", "distance"],
  [
    "We've not had a single conversation with anyone in charge of security since the incident.",
    "distance",
  ],
  [
    "To be honest most of us skimmed the new policy and forgot about it. It doesn't feel like ours.",
    "distance",
  ],
  [
    "The kitchen staff don't think of any of it as their business. Computers are the office's thing.",
    "distance",
  ],
  ["I only found out who our data protection contact is when I read the leak notice.", "distance"],
  ["I don't bother reporting dodgy emails any more. I just delete them.", "distance"],
  ["We've got an IT person? Since when?", "distance"],
  [
    "We never met the consultant. Everything after the ransomware came through a portal and a monthly email.",
    "distance comm",
  ],
  [
    "I avoid the IT office now. After how they spoke to my colleague, I'd rather sort things myself.",
    "distance feel",
  ],
  [
    "Decisions are made upstairs and filtered down. We don't feel part of any of it.",
    "distance power",
  ],
  [
    "IT is never around when the machines fail, so the workshop has its own spare laptop they don't know about.",
    "distance conflict",
  ],
  [
    "The IT firm's report put it down to 'user error' and that was the end of the analysis.",
    "blame:emp",
  ],
  [
    "Our MD keeps saying staff are the weakest link, at every meeting since the fraud.",
    "blame:emp",
  ],
  [
    "The security consultant said half our team would click on anything with a discount in the subject line.",
    "blame:emp",
  ],
  [
    "As the IT lead I'll say it plainly: most of our incidents start with someone who didn't read the warning.",
    "blame:emp",
  ],
  ["The partners made it very clear they think the receptionists caused the leak.", "blame:emp"],
  ["Management keeps saying people here are the problem, not the systems.", "blame:emp"],
  [
    "The IT contractor told us off-record that it's always the office staff who let these things in.",
    "blame:emp",
  ],
  [
    "I manage the network and frankly the users are careless. They reuse passwords and share them like biscuits.",
    "blame:emp",
  ],
  ["The lost laptop was down to sheer sloppiness by the sales rep, plain and simple.", "blame:emp"],
  [
    "We've had the training three times. If people still pay fake invoices, that's on them, not on IT.",
    "blame:emp",
  ],
  [
    "There's a feeling among the managers that warehouse staff just can't be taught this stuff.",
    "blame:emp",
  ],
  [
    "The message from above was clear: we paid that invoice because the finance team didn't pay attention.",
    "blame:emp",
  ],
  [
    "Our head teacher said staff are 'hopeless with technology' in front of the governors.",
    "blame:emp",
  ],
  ["Reading between the lines of the report, they think the drivers are the risk.", "blame:emp"],
  ["Our boss called the clerk who paid the invoice naive in front of everyone.", "blame:emp"],
  [
    "The consultant told the owner that people in retail just aren't disciplined enough for security.",
    "blame:emp",
  ],
  ["The IT people think we're the risk. You can hear it in how they talk to us.", "blame:emp"],
  [
    "From where I sit in IT, the weakest point is people who won't follow even the simplest rule.",
    "blame:emp",
  ],
  [
    "Being called the weakest link at the staff meeting stung. We're the ones keeping this place running.",
    "blame:emp feel",
  ],
  [
    "The owner blamed the night receptionist for the breach. She cried in the staff room afterwards.",
    "blame:emp feel",
  ],
  [
    "The IT guy explained the incident with the line 'users will always be users', and then a long sigh.",
    "blame:emp comm",
  ],
  [
    "The IT team have written us off as the problem, and to be honest we've stopped talking to them.",
    "blame:emp distance",
  ],
  [
    "As the admin I'm fed up. Every new control I put in, staff find a way around it and then blame me when it breaks.",
    "blame:emp conflict feel",
  ],
  [
    "The new policy reads like it was written to catch us out. Clearly they think staff are the threat.",
    "blame:emp power",
  ],
  [
    "Everyone now signs a form accepting responsibility for any breach. It says a lot about how they see us, and it scares people.",
    "blame:emp power feel",
  ],
  [
    "The IT firm broke the backups months ago and never noticed. That's why the ransomware hurt so much.",
    "blame:sec",
  ],
  ["Our so-called security provider couldn't even tell us which files had gone.", "blame:sec"],
  [
    "Honestly the incident was the IT contractor's doing. He left remote access wide open.",
    "blame:sec",
  ],
  ["IT broke email again while 'fixing' the phishing filter. Standard.", "blame:sec"],
  ["The people we pay to look after this stuff were asleep at the wheel.", "blame:sec"],
  [
    "If the tech team had done their job, that invoice would never have reached the inbox.",
    "blame:sec",
  ],
  [
    "The laptop wasn't even encrypted. That was IT's job, not the courier's and not mine.",
    "blame:sec",
  ],
  ["Our IT support is a one-man band who barely knows what a firewall is.", "blame:sec"],
  [
    "The new filter blocks our own newsletters but let the fake invoice straight through. Clueless.",
    "blame:sec",
  ],
  ["The security consultant's fix created more problems than the incident did.", "blame:sec"],
  [
    "I'm a manager and I'll be honest: our IT supplier is the weakest part of this business.",
    "blame:sec",
  ],
  [
    "They set up the shared folder so that anyone with the link could see the client list. That's on them.",
    "blame:sec",
  ],
  ["Every time they touch the server something else stops working.", "blame:sec"],
  [
    "The outside IT company took a fortnight to notice the breach. Useless doesn't cover it.",
    "blame:sec",
  ],
  [
    "Whoever configured the payroll system left default passwords on it. Amateur hour.",
    "blame:sec",
  ],
  ["Our IT provider is all invoices and no answers.", "blame:sec"],
  ["The tech support guy who set all this up clearly had no idea what he was doing.", "blame:sec"],
  [
    "The leak came from a misconfigured backup that IT set up. Then they ran a phishing course for us.",
    "blame:sec",
  ],
  [
    "I'm livid that our IT firm let this happen and still sent a bill for the weekend.",
    "blame:sec feel",
  ],
  [
    "I've lost all faith in the IT people. They caused the mess and then lectured us about passwords.",
    "blame:sec feel",
  ],
  [
    "The IT team caused the outage and then sent a jargon-stuffed email that explained nothing.",
    "blame:sec comm",
  ],
  [
    "Since the IT firm took over after the scare, nothing works properly and we spend hours on workarounds.",
    "blame:sec conflict",
  ],
  [
    "The IT provider made the mistake, yet they're the ones deciding what we can and can't do now.",
    "blame:sec power",
  ],
  [
    "The IT people blame us, we blame them. Honestly both sides had a hand in the invoice mess.",
    "blame:sec blame:emp",
  ],
  ["I was the one who paid the fake invoice. I should have known better.", "blame:self"],
  [
    "It was my laptop that went missing. I left it in the car, my own fault entirely.",
    "blame:self",
  ],
  ["I'm hopeless with computers, always have been. I probably let the virus in.", "blame:self"],
  ["I clicked the link. I keep telling myself I'm not an idiot, but I did click it.", "blame:self"],
  ["The leak traced back to a file I forwarded. I'm the weak point here.", "blame:self"],
  ["I reckon I'm part of the problem. I never read half the warnings.", "blame:self"],
  ["My password was the one they got in with. Easy to guess, I admit.", "blame:self"],
  [
    "I'm just not a tech person. Anything that goes wrong round here, chances are it's me.",
    "blame:self",
  ],
  [
    "I didn't lock my screen and someone walked off with a printout. That's down to me.",
    "blame:self",
  ],
  [
    "If anyone caused it, it was me, I signed off the supplier change without checking.",
    "blame:self",
  ],
  [
    "As the office manager I should have spotted it. I approved the new bank details.",
    "blame:self",
  ],
  [
    "I'll be honest, I was the careless one. I kept the client list on my personal email.",
    "blame:self",
  ],
  [
    "I always assume it's my mistake whenever the system flags something. Usually it is.",
    "blame:self",
  ],
  ["Thinking back, I ignored the pop-up warning. That one's on me.", "blame:self"],
  ["Probably me, to be honest. I'm the one who reuses the same password everywhere.", "blame:self"],
  ["I feel I let the team down by not reporting the strange call sooner.", "blame:self"],
  [
    "I was the one who paid the fake invoice. I still feel sick about it and keep thinking how stupid I was.",
    "blame:self feel",
  ],
  [
    "I'm so embarrassed. I lost the laptop on the train and it had the whole client list on it.",
    "blame:self feel",
  ],
  [
    "It was my account they used. I can't shake the guilt, and I dread the next audit.",
    "blame:self feel",
  ],
  [
    "I keep replaying it. My mistake, my click, and now everyone has to suffer the new rules.",
    "blame:self feel",
  ],
  [
    "I was the one who clicked, so now I have to get every email checked by the office manager. Fair enough, I suppose.",
    "blame:self power",
  ],
  [
    "I messed up once, so now I don't touch anything technical. I leave it all to the younger ones.",
    "blame:self distance",
  ],
  [
    "Yes, I opened the attachment, my fault. But IT should have blocked it long before it reached me.",
    "blame:self blame:sec",
  ],
  [
    "I know I'm the one who messed up, but being talked to like a child in front of the whole office didn't help.",
    "blame:self comm",
  ],
  [
    "Half the shop uses the old shared password anyway, because the new personal logins keep timing out mid-sale.",
    "conflict",
  ],
  [
    "Since the incident nobody can approve a refund without IT resetting a token, and IT only works weekdays.",
    "conflict",
  ],
  [
    "The IT contractor's follow-up was three pages of jargon. I gave up after the first paragraph.",
    "comm",
  ],
  [
    "We got a cartoon leaflet explaining passwords. Most of us have been doing this job for twenty years.",
    "comm",
  ],
  [
    "Truth be told I'm fed up with the whole security circus since the laptop went walkabout.",
    "feel",
  ],
  ["I get a knot in my stomach whenever the phone rings from an unknown number now.", "feel"],
  [
    "We found out about the new monitoring software from a line in the handbook update. Nobody asked.",
    "power",
  ],
  ["I honestly can't name a single person in charge of IT or security here.", "distance"],
  ["Not my job, really. I cut hair; the computers are the owner's headache.", "distance"],
  [
    "Nobody from security has ever visited the depot. We get a newsletter twice a year and that's it.",
    "distance comm",
  ],
  ["The IT partner summed up the fraud as 'another user falling for the obvious'.", "blame:emp"],
  [
    "Our IT people left the old laptops in a skip, and then acted surprised when one turned up online.",
    "blame:sec",
  ],
  ["My fault the ransomware got in. I plugged in my son's memory stick.", "blame:self"],
  ["Sometimes I feel stupid about all this. The others seem to get it and I don't.", "feel"],
  ["The office manager checks our desks every evening for papers left out. Like school.", "power"],
  ["The IT firm walked us through what happened, step by step, and answered every question.", ""],
  [
    "After the fake invoice they added a simple callback rule for new bank details. It takes two minutes and it makes sense.",
    "",
  ],
  ["Nobody blamed the bookkeeper. The owner said the process had a gap and fixed the process.", ""],
  [
    "I was scared at first, but the IT lad was calm and kind and I felt fine after talking to him.",
    "",
  ],
  [
    "They explained the ransomware attack without any jargon at all. Even my boss understood it.",
    "",
  ],
  [
    "Our practice manager sat down with each of us to go through the new rules. It felt like a conversation.",
    "",
  ],
  ["The new laptops are encrypted and set up to back up automatically overnight.", ""],
  ["We now have two-factor login on the accounts system.", ""],
  [
    "People say staff are the weakest link. I don't buy it, and neither did our IT manager when we talked.",
    "",
  ],
  [
    "I used to be nervous about ringing IT, but since the incident they've been really approachable.",
    "",
  ],
  ["It wasn't a problem at all to get my account restored. Half an hour and it was done.", ""],
  ["They never talked down to us, not once, even when we asked daft questions.", ""],
  ["The security person comes to our Monday meeting every month now. It helps a lot.", ""],
  ["We lost a laptop in March. It was encrypted, so it was reported and replaced.", ""],
  ["The new rules are fine. A bit more typing, nothing dramatic.", ""],
  [
    "After the scare we started a short weekly chat with the IT firm. I actually look forward to it.",
    "",
  ],
  [
    "Nobody was punished. They made it very clear that reporting quickly was the right thing to do.",
    "",
  ],
  ["The IT contractor thanked the warehouse lad for spotting the odd email. He was chuffed.", ""],
  ["I'm not worried. I know who to call and they pick up.", ""],
  ["The bakery now uses separate logins per shop. Took a week to get used to.", ""],
  ["Blame? None. The manager said it could have happened to anyone and moved on to fixing it.", ""],
  ["Our head of IT asked us to help write the new password guidance. Good idea, I thought.", ""],
  ["Client files are now stored in one place with access limited to each case team.", ""],
  ["The incident led to a proper offboarding checklist for leavers.", ""],
  [
    "They checked with every department before changing anything. Took longer, but nothing broke.",
    "",
  ],
  ["Honestly, the response was quick, clear and professional.", ""],
  ["We've got a simple one-page guide by each computer now. Plain English, very useful.", ""],
];
