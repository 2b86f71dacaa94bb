import type { RawExample } from "./types.js";

/** Part 3 of 4 of VOICES_BH; see voices-bh.ts. */
export const VOICES_BH_3: readonly RawExample[] = [
  ["I'm happy with how they treat us. Respectful.", ""],
  ["Couldn't tell you one thing they've done for the clinic this year.", "distance blame:sec"],
  [
    "Hate the new rule where the lab PCs lock when you walk away from the badge reader. Hate it.",
    "feel conflict",
  ],
  [
    "The data protection lead came to our team meeting and actually asked us where patient data goes. Felt like a real conversation.",
    "",
  ],
  ["There's a feeling they're watching every keystroke. Maybe they are.", "power feel"],
  ["Short emails, no context, lots of capital letters.", "comm"],
  [
    "The helpdesk script asks if I've restarted it. I'm running a forty-hour sequence, I can't restart it.",
    "conflict comm",
  ],
  ["I'm not technical but they never make me feel like that matters.", ""],
  [
    "Asking for a new instrument to go on the network is a six-month saga involving three committees.",
    "conflict",
  ],
  [
    "They're condescending. 'Did you read the policy?' Yes. That's why I'm asking.",
    "comm power feel",
  ],
  ["Nobody on my team knows who to call if a laptop with patient data goes missing.", "distance"],
  [
    "I used to dread the audit trail reviews but IT built a report that makes them painless. Credit where due.",
    "",
  ],
  ["i always think im going to get fired for clicking the wrong thing", "feel"],
  [
    "The changes are sprung on us with no warning, then we're blamed when we don't follow them.",
    "comm blame:emp power",
  ],
  [
    "The shared courier account for the tracking portal is a mess but that's the client's fault, not our IT.",
    "",
  ],
  ["Our IT team are brilliant. Unsung heroes.", ""],
  ["I wish someone would just sit with us for a day before writing another policy.", "distance"],
  [
    "They seem nice enough, but they live on the third floor and we're in the basement lab, so who knows.",
    "distance",
  ],
  ["They treat every clinical coordinator like a potential leak.", "power"],
  [
    "I had to explain GxP to the IT contractor. Twice. He still didn't get why he couldn't just reinstall the software.",
    "blame:sec conflict",
  ],
  [
    "When the LIMS went down during a batch release they kept us updated every half hour. Very reassuring.",
    "",
  ],
  [
    "I went round them and got the vendor to enable the export, and nobody has noticed.",
    "distance",
  ],
  [
    "I don't think they realise how stressful it is when the sample tracker is down and patients are waiting.",
    "feel conflict",
  ],
  ["They've been very clear about what we can and can't put in email. Appreciated.", ""],
  ["You raise a concern, you get a form. You fill the form, you get silence.", "comm distance"],
  [
    "The lab's shared inbox has forty people on it and IT still won't let us have separate ones.",
    "conflict power",
  ],
  ["I'm probably too cautious, I ask them about every odd email, but they never seem to mind.", ""],
  [
    "Half of our researchers think security is beneath them. That's where the risk is, not IT.",
    "blame:emp",
  ],
  ["Honestly, I get on fine with them.", ""],
  [
    "I can't even open the instrument manual PDF on the lab PC, so I look it up on my phone.",
    "conflict distance",
  ],
  ["Every time there's a new rule, it's a surprise. Never a heads-up.", "comm"],
  [
    "Their 'quick question' emails are never quick and never a question, they're orders.",
    "comm power",
  ],
  [
    "I'm frustrated that data protection always trumps actually getting results to patients in time.",
    "feel conflict",
  ],
  ["Not their fault the validated software can't be updated, it's the regulations.", ""],
  [
    "They keep changing the VPN and I keep losing access to the remote monitoring visits.",
    "conflict",
  ],
  ["They're invisible until they need a signature on a form.", "distance comm"],
  ["Really good at explaining, especially Dev, he draws little diagrams.", ""],
  ["Feels like we have to beg.", "power feel"],
  [
    "The only thing I know about IT security is the screen saver that says 'Lock it when you leave it'.",
    "distance comm",
  ],
  ["I was nervous about the new access cards but they walked us through it and it's fine.", ""],
  [
    "They made a mess of the migration and we spent weeks re-entering calibration records by hand.",
    "blame:sec conflict",
  ],
  ["Every problem is 'user behaviour' according to their report. Every single one.", "blame:emp"],
  ["It's a bit of a standoff with them most of the time.", "conflict"],
  ["I'd trust them with my data, no question.", ""],
  [
    "I'm a receptionist, they talk to me like I've never seen a computer before.",
    "power comm feel",
  ],
  ["Look, I know I'm bad at remembering passwords, they've been patient about it.", "blame:self"],
  ["They could just tell us what's coming. A one-line email a week in advance would do.", "comm"],
  ["They clearly don't trust the lab staff and honestly the feeling is mutual.", "power distance"],
  ["They quietly fixed the audit trail timestamps after I flagged it, and even thanked me.", ""],
  ["It's a fight every time. Every single time.", "conflict feel"],
  ["They're usually around the building so it's easy to grab someone.", ""],
  [
    "The data protection guidance changes every few months and nobody flags what's different.",
    "comm",
  ],
  [
    "I tried to report a suspicious USB stick in the car park and nobody knew who to give it to.",
    "distance",
  ],
  ["They're smart people who don't seem to care about the lab at all.", "distance blame:sec"],
  ["I think the IT team do a cracking job considering the ancient kit they're stuck with.", ""],
  [
    "Our pharmacy system vendor and our IT team point at each other for every fault, and we wait.",
    "conflict",
  ],
  ["Decisions come down from somewhere. No idea who. Never anyone we've met.", "power distance"],
  ["Honestly I feel stupid whenever I have to ask them anything.", "feel"],
  ["They're much better since the new manager started, they actually reply now.", ""],
  ["Locked-down lab PC, shared login, no internet. It's 2005 in here.", "conflict"],
  ["I'm just glad someone's keeping an eye on the patient records.", ""],
  [
    "We were never told that the shared drive would be wiped after a year. Lost half a study's raw data.",
    "comm conflict feel",
  ],
  ["The helpdesk talk through your problem with you, not at you.", ""],
  ["I don't bother raising tickets any more. Life's too short.", "distance"],
  [
    "They're fine, but they could do with remembering we're the ones who actually make the product.",
    "power",
  ],
  ["They lecture, they don't explain. There's a difference.", "comm power"],
  [
    "Ask them something and they reply three days later with a link to the ticket you already raised.",
    "comm conflict",
  ],
  [
    "We share one login on the cell counter, which the inspector wasn't happy about, and IT acted like it was our idea.",
    "blame:emp conflict",
  ],
  ["Mostly I feel sorry for them, they get shouted at all day.", ""],
  ["They're invisible when things work, which is how it should be.", ""],
  ["I asked about encrypting a USB for a conference poster and they were super helpful.", ""],
  [
    "The instrument PCs have been off the domain for years, so we basically run them ourselves.",
    "distance",
  ],
  [
    "It's a bit much being told to 'take more care' when the email looked identical to a real one.",
    "feel power",
  ],
  ["They've no idea what goes on in the wards, zero.", "distance"],
  ["I'll be honest, I'm the weak spot on our team, I fall for everything.", "blame:self"],
  [
    "The IT lead and our QA manager meet every fortnight now and you can tell, things move faster.",
    "",
  ],
  [
    "They seem to think our job is to serve the security policy rather than the patients.",
    "power conflict",
  ],
  ["Why am I reading about a new rule on a poster in the lift?", "comm"],
  ["They're alright. Could be worse.", ""],
  ["Security here is a department of no. You learn not to ask.", "conflict distance"],
  ["The data-protection quiz made me anxious, I kept second-guessing myself.", "feel"],
  ["They've always been pretty kind when I've admitted mistakes.", ""],
  [
    "Lab PCs get locked so tightly that we can't even change the time zone for the sample logger.",
    "conflict",
  ],
  ["I don't think they'd recognise me if I walked past them in the corridor.", "distance"],
  [
    "The emails are full of things like 'privileged access management' and 'least privilege'. Just tell me what to click.",
    "comm",
  ],
  [
    "When we asked for a separate login on each instrument, they said yes and had it done in a month.",
    "",
  ],
  [
    "It's quite demoralising to be reminded every week that we're the biggest threat.",
    "feel blame:emp",
  ],
  [
    "Some of our scientists leave laptops unlocked in the canteen. Can't say IT is being unreasonable.",
    "blame:emp",
  ],
  ["I've never had a bad experience. Never had much of an experience at all really.", ""],
  ["They seem to make decisions about the lab without anyone from the lab in the room.", "power"],
  ["There's a sort of 'them and us' feeling, definitely.", "distance"],
  ["IT support is brilliant here, can't praise them enough.", ""],
  [
    "They broke the link between the balance and the LIMS and then told us we'd changed a setting. We hadn't.",
    "blame:sec blame:emp",
  ],
  [
    "I'm not sure who I'd tell if I thought there'd been a breach. Probably my manager?",
    "distance",
  ],
  ["Their emails come at the very last minute. 'From tomorrow, all staff must...' Thanks.", "comm"],
  ["Honestly, I think we get along. They're patient with the older staff.", ""],
  [
    "They asked us to review their draft guidance for the lab before sending it out. First time ever. Nice touch.",
    "",
  ],
  ["I'm sick of justifying why a research scientist needs Python.", "feel conflict"],
  ["I can never get hold of anyone after four o'clock, and the lab runs till ten.", "conflict"],
  ["They're reliable. Not chatty, but reliable.", ""],
  [
    "The new rules on emailing patient results are so strict that we've gone back to faxing. Faxing!",
    "conflict",
  ],
  ["Their attitude is 'you wouldn't understand'. Maybe try me.", "power comm"],
  [
    "I don't like that they can see which records I opened, it feels a bit big brother.",
    "power feel",
  ],
  ["They give good reasons for the lockdowns, even if I don't always like them.", ""],
  [
    "I keep thinking, if I mess up the audit trail it's my licence on the line, not theirs.",
    "feel power",
  ],
  ["Nobody from IT has ever asked how our day is going, it's all transactional.", "distance comm"],
  ["They're a decent bunch. The tools they make us use, less so.", ""],
  [
    "Locked out again because I got my password wrong three times. My brain just doesn't do passwords.",
    "blame:self",
  ],
  ["Honestly they're quite good at owning their mistakes, which I respect.", ""],
  [
    "They wrote to us about the new retention rules in a letter that sounded like it came from a solicitor.",
    "comm",
  ],
  ["The kit in the pathology lab is so old that IT just pretend it doesn't exist.", "distance"],
  [
    "The 'security awareness month' was six emails and a quiz. Nobody I know did the quiz.",
    "comm distance",
  ],
  [
    "I sometimes feel they'd be happier if we just stopped working so nothing could go wrong.",
    "conflict feel",
  ],
  [
    "They've got a small team and they've been upfront about what they can and can't do. That's fair.",
    "",
  ],
  [
    "We asked why the validated PC can't be upgraded and they actually explained the whole revalidation cost. Eye-opening.",
    "",
  ],
  ["Apparently the lab is 'non-compliant' but nobody's said with what.", "comm"],
  ["They always seem rushed when they come down. In, fix, out, no chat.", "distance"],
  [
    "They put the fear of god into everyone about GDPR and now nobody will share anything, even with the people who need it.",
    "feel conflict",
  ],
  ["I'd call the relationship good. Occasional grumbles, but good.", ""],
  ["I don't know the names of anyone in security and they don't know mine.", "distance"],
  [
    "They're overbearing. Everything's monitored, everything's logged, everything's questioned.",
    "power",
  ],
  [
    "Our IT team's incompetence cost us a week of samples when the freezer alerts weren't set up.",
    "blame:sec",
  ],
  ["I rarely need them, and when I do, they're sound.", ""],
  ["They just say no and expect us to figure out the rest.", "conflict power"],
];
