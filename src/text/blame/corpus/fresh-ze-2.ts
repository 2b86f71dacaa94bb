import type { RawBlameExample } from "./types.js";

/** Conference talks, keynote sound bites and panel remarks. Written fresh for Rapport (brief ZE). */
export const FRESH_ZE_2: readonly RawBlameExample[] = [
  [
    "I always open my talks the same way: the problem sits between the keyboard and the chair.",
    true,
  ],
  ["You can't patch stupid, and believe me, we've tried.", true],
  [
    "Every red team engagement I've run, the easiest way in was a bored employee with a helpful attitude.",
    true,
  ],
  ["Humans are the weakest link. That's not cynicism, that's my incident log.", true],
  ["Give a developer admin rights and by lunch there's a crypto miner on the build server.", true],
  ["The insider threat isn't a theory. It's the guy in sales who's leaving next month.", true],
  ["Users are like toddlers with credit cards: they'll tap yes on anything that flashes.", true],
  ["Tell people not to plug in a random USB stick and they'll plug in two.", true],
  [
    "Your CEO is your biggest risk. He'll approve a wire transfer from an email signed 'sent from my iPhone'.",
    true,
  ],
  ["Nine times out of ten, the root cause is a human being doing something dumb.", true],
  ["Staff will trade their password for a chocolate bar. We tested it. Twice.", true],
  ["Employees are lazy about security because they think it's someone else's job.", true],
  ["The human is the vulnerability. Everything else is just a delivery mechanism.", true],
  ["Nurses share logins on every ward I've audited. They just don't care.", true],
  ["You want a slide on insider risk? Here it is: a photo of your own staff.", true],
  [
    "Our biggest attack surface walks out of the building every evening and comes back with new bad ideas.",
    true,
  ],
  ["The weakest link has a name, a badge and a lunch break.", true],
  ["Teachers will write the admin password on the whiteboard if you let them.", true],
  ["Users don't read. Users don't think. Users click.", true],
  ["Problem exists between chair and keyboard. PEBKAC still explains most of my tickets.", true],
  ["Your people are gullible, and attackers are counting on it.", true],
  ["If I could remove one thing from every organisation, it'd be the end user.", true],
  [
    "Give someone a password policy and they'll write the password on a sticky note under the keyboard.",
    true,
  ],
  ["Security awareness? Most employees are aware. They just can't be bothered.", true],
  ["Every insider is one grudge away from exfiltration.", true],
  ["The cloud didn't leak the data. Bob leaked the data. Bob made the bucket public.", true],
  ["Engineers think security rules are for other people.", true],
  ["I tell boards: your firewall is fine, your people are the hole.", true],
  [
    "Humans: the only component in your stack that can be socially engineered, bribed and bored at the same time.",
    true,
  ],
  ["Half the breaches I investigate, the staff knew better and did it anyway.", true],
  ["Admins are the worst. They disable logging because it's 'noisy'.", true],
  ["Training is pointless; people forget it by the coffee break.", true],
  [
    "When the phishing test came back, 40% of the legal department had clicked. Lawyers, who read contracts for a living.",
    true,
  ],
  [
    "Look around this room: half of you reuse passwords, and you're the security people. Now imagine accounting.",
    true,
  ],
  ["Frankly, the user is the malware delivery system.", true],
  ["Stupid users make smart attackers look like geniuses.", true],
  [
    "Your employees will leave a laptop in a taxi faster than you can say full-disk encryption.",
    true,
  ],
  ["Never give interns production access. They will drop a table just to see what happens.", true],
  ["Humans are a bug in the security model, and there's no Patch Tuesday for them.", true],
  ["Human error isn't an accident. It's a habit.", true],
  [
    "I've never seen a breach that didn't have a careless employee somewhere in the timeline.",
    true,
  ],
  ["Your users are the threat actor you pay a salary to.", true],
  [
    "Marketing will sign up for any SaaS tool with a free trial and upload the customer list on day one.",
    true,
  ],
  [
    "Managers are lazy about access reviews; they click approve on everything without reading.",
    true,
  ],
  ["Call it what it is: the average user is a liability with a login.", true],
  [
    "I want to retire the phrase 'weakest link'. It has done more damage to security culture than any exploit.",
    false,
  ],
  ["Human error is where an investigation should start, not where it ends.", false],
  ["When we stopped blaming users in post-incident reviews, reporting tripled.", false],
  [
    "Insider threat programmes built on suspicion produce exactly the disengaged insiders they fear.",
    false,
  ],
  [
    "The user didn't fail. The design asked them to make a security decision they had no information to make.",
    false,
  ],
  [
    "In aviation, pilot error is the beginning of a safety investigation. Security should learn from that.",
    false,
  ],
  ["Your employees are not a vulnerability. Your onboarding process might be.", false],
  ["'Users Are Not the Enemy' came out in 1999, and our industry is still relearning it.", false],
  [
    "Attackers are professionals. They have A/B testing, call centres and quarterly targets.",
    false,
  ],
  [
    "My team's best detection last year was a receptionist who thought a caller sounded wrong.",
    false,
  ],
  ["If one click can take down your hospital, the problem isn't the click.", false],
  [
    "Security fatigue is real: people facing forty prompts a day are being failed by the systems, not failing them.",
    false,
  ],
  [
    "We measured it: staff who got a thank-you for reporting were three times more likely to report again.",
    false,
  ],
  [
    "Let's talk about the weakest link in most networks I test: flat architecture with no segmentation.",
    false,
  ],
  ["Human beings are remarkably good at spotting anomalies when you let them.", false],
  [
    "Insider risk is mostly about offboarding. Revoke access on the last day and half your problem vanishes.",
    false,
  ],
  ["Blame culture hides incidents. Just culture surfaces them.", false],
  [
    "Our red team got in through an unpatched Exchange server on day one. We didn't need to phish anyone.",
    false,
  ],
  [
    "Error messages written for engineers get ignored by everyone else, and that's a writing problem.",
    false,
  ],
  [
    "Security teams need to earn the trust of the workforce before asking for their vigilance.",
    false,
  ],
  ["The users did exactly what the intranet told them to do. The intranet was compromised.", false],
  [
    "Every time a vendor says 'humans are the weakest link', ask what their product does when the human is right.",
    false,
  ],
  [
    "We replaced annual training with short monthly sessions co-written by staff, and engagement went up.",
    false,
  ],
  [
    "Password rules that force monthly changes produce weaker passwords. That's on the rule writers.",
    false,
  ],
  ["The people on the shop floor know where the security gaps are. Ask them.", false],
  [
    "Ransomware crews buy initial access from brokers. It's a supply chain, and it's industrialised.",
    false,
  ],
  ["Employees who feel safe admitting mistakes are your fastest incident detection.", false],
  [
    "A CFO approving a fake invoice under deadline pressure is a process gap: no callback, no second approver.",
    false,
  ],
  [
    "We found 14,000 exposed admin panels on the internet last month. Almost all were running vendor defaults.",
    false,
  ],
  [
    "Insider cases in our dataset were overwhelmingly accidental and resolved through coaching.",
    false,
  ],
  ["Usable security isn't a luxury. It's the only kind that actually gets used.", false],
  ["Stop asking 'who clicked?' and start asking 'why did it reach them?'", false],
  [
    "The breach report named the junior admin. It should have named the board that denied the staffing request.",
    false,
  ],
  ["Humans are adaptive; a good security programme works with that instead of against it.", false],
  [
    "Our help desk now verifies every reset by callback, and social engineering there hasn't succeeded since.",
    false,
  ],
  ["Weakest-link thinking makes you invest in surveillance instead of resilience.", false],
  ["Most users want clear guidance and a fast way to ask. Give them both.", false],
  [
    "The exploit chain used three vulnerabilities in the vendor's firmware. No user interaction required.",
    false,
  ],
  ["When staff bypass a control, treat it as feedback on the control.", false],
  [
    "Security leaders set the tone. If you sneer at users on stage, your team sneers at them at work.",
    false,
  ],
  [
    "Human error is a symptom. Look for the deadline, the understaffing, the confusing screen behind it.",
    false,
  ],
  ["Shadow IT tells you where your official tools are failing people.", false],
  ["The attacker spent six weeks researching the target. The employee had six seconds.", false],
  [
    "Our most successful control of the year was a big red report button that staff actually liked.",
    false,
  ],
  [
    "We gave every user a hardware key and credential phishing stopped showing up in our incident reviews.",
    false,
  ],
  [
    "Insider threat is a legitimate risk, but a small one compared with unpatched edge devices.",
    false,
  ],
  [
    "The nurses shared logins because the login took 90 seconds and a patient was crashing. Fix the login.",
    false,
  ],
  [
    "Teachers wrote the password on the whiteboard because IT gave a class of thirty one shared account.",
    false,
  ],
  [
    "The bucket went public because the deployment template defaulted to public. Fix the template.",
    false,
  ],
  [
    "Developers had admin rights because the build tooling wouldn't run without them. That's the real finding.",
    false,
  ],
  [
    "Sticky-note passwords are a rational response to policies demanding twelve unique passwords changed monthly.",
    false,
  ],
  ["People are not the problem; people are the reason any of this matters.", false],
  ["Users aren't stupid. They're busy, and attackers exploit busy.", false],
  [
    "The biggest risk in this room isn't your employees. It's the assumption that the perimeter still exists.",
    false,
  ],
  [
    "Our tabletop exercise showed the weak point was escalation: nobody knew who could authorise shutting the network down.",
    false,
  ],
  ["An engaged employee is worth more than another dashboard.", false],
  [
    "Error budgets work for reliability engineering. Security should allow for mistakes the same way.",
    false,
  ],
  [
    "The legal team clicked because the lure was a perfect copy of their court filing system's notification.",
    false,
  ],
];
