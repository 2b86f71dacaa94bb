import type { RawBlameExample } from "./types.js";

export const FRESH_ZM_5: readonly RawBlameExample[] = [
  [
    "The problem with our change control is that emergency changes take longer to approve than normal ones, so admins avoid using it.",
    false,
  ],
  [
    "Can I just say for the record that the shared mailbox would be fine if the office managers stopped giving the password to everyone.",
    true,
  ],
  [
    "The shared mailbox has one password because delegated access wasn't set up during the migration. Fixing that this sprint.",
    false,
  ],
  ["Post-mortem take: whatever we build, staff will break it.", true],
  [
    "Post-mortem take: whatever we build, we should test it with the people who have to use it before go-live.",
    false,
  ],
  ["Nobody in operations reads the policies we publish, so what's the point.", true],
  [
    "Nobody in operations can find the policies we publish; they're on an intranet page three menus deep.",
    false,
  ],
  ["We've got a real user problem in the Birmingham branch. They simply don't care.", true],
  [
    "We've got a real tooling problem in the Birmingham branch: they're still on the 2016 image with no EDR.",
    false,
  ],
  [
    "Just caught a manager emailing the customer list to his new employer. Insiders are the real enemy.",
    true,
  ],
  [
    "Just caught a large export to a personal address from a leaver's account; access should have been cut at resignation, not at last day.",
    false,
  ],
  ["Finance: 3 clicks. HR: 2 clicks. Sales: 19 clicks. I rest my case about sales.", true],
  [
    "Sales received the most simulation emails by far, so raw click counts aren't comparable across departments.",
    false,
  ],
  [
    "Please can we get the cleaners retrained, they keep leaving the comms room unlocked. I've given up asking nicely.",
    true,
  ],
  [
    "The comms room lock was swapped to a key the cleaning contractor also holds. Requested a separate lock and access log.",
    false,
  ],
  ["Users are like toddlers with scissors. You can't give them anything sharp.", true],
  ["I don't trust the accounts team with anything more complicated than a calculator.", true],
  ["If the customer service lot could read, we'd have had half the incidents.", true],
  [
    'Another week, another employee falling for the "your mailbox is full" scam. At this point it\'s natural selection.',
    true,
  ],
  ["Let's be honest with the board: no control survives contact with the average employee.", true],
  ["Warning the staff doesn't work. Punishing them might.", true],
  [
    "Ops director asked why we need EDR. I said because your team downloads cracked software. He didn't laugh.",
    true,
  ],
  [
    "Every other week a PA somewhere in the building hands over the boss's calendar to a caller claiming to be from a travel agency.",
    true,
  ],
  ['Our staff treat the "report phishing" button like a garnish. They\'d rather just click.', true],
  [
    "Gave the marketing team a password manager. They stored the master password in it. And in a Word doc. And on a Post-it.",
    true,
  ],
  [
    "It's not that they don't know better, it's that they don't care. That's the real problem with our users.",
    true,
  ],
  ["The developers left an API key in a public GitHub repo. Again. They just don't think.", true],
  [
    "An API key ended up in a public GitHub repo because secret scanning wasn't enabled on the organisation account. Turned it on and rotated the key.",
    false,
  ],
  ["You can spend millions on security and some muppet in HR will still open the ZIP file.", true],
  [
    "HR keep emailing payslips to the wrong people. Someone there needs to be held accountable.",
    true,
  ],
  [
    "HR payslip emails go to the wrong people because the mail merge picks up outdated addresses from the old payroll extract.",
    false,
  ],
  [
    "If our exec team was half as careful with their phones as they are with their expense claims, we'd never have had this.",
    true,
  ],
  ["Most of my job is protecting this company from the people who work here.", true],
  ["Shadow IT exists because staff are disobedient, plain and simple.", true],
  [
    "Shadow IT exists because the approved tools don't do what people need and the request process takes three months.",
    false,
  ],
  [
    "Whoever keeps plugging personal phones into the lab PCs to charge them, stop it. You know who you are, and so do the logs.",
    true,
  ],
  [
    "The temps are a menace. Two weeks in and one of them has already shared the door code on a group chat.",
    true,
  ],
  ["Our people are the attack surface. Everything else is secondary.", true],
  ["In my professional opinion, most breaches are caused by stupidity, not sophistication.", true],
  [
    "In my professional opinion, most breaches we handle are caused by unpatched, internet-facing systems, not sophistication.",
    false,
  ],
  [
    "I've stopped asking why users do these things. The answer is always the same: because they can.",
    true,
  ],
  ['The security team can\'t fix a workforce that thinks "password1" is a clever choice.', true],
  ["Security would be a lot easier if we could just fire the clickers.", true],
  ["She's been phished twice this quarter. At what point do we stop calling it an accident?", true],
  [
    "She's been targeted twice this quarter, probably because her role is listed on the website. Adding her to the VIP protection policy.",
    false,
  ],
  [
    "Quick summary for you: no data lost, affected laptop reimaged, root cause was a drive-by download from an ad network on a news site.",
    false,
  ],
  [
    "Attaching the monthly dashboard. Patching compliance is up to 94%; the remaining 6% are lab devices we can't touch without the vendor.",
    false,
  ],
  [
    "The ask: £18k for hardware keys for the 60 most targeted staff. It would have stopped both incidents this year.",
    false,
  ],
  [
    "The staff survey shows people want to do the right thing but don't know what the right thing is in half the scenarios we asked about.",
    false,
  ],
  [
    "To be clear, the outage wasn't caused by anyone on the team. The cloud provider's DNS went down across the region.",
    false,
  ],
  [
    "Email to the CIO: we cannot reach our patch SLA with current headcount. Either we add an engineer or we formally accept the risk.",
    false,
  ],
  [
    "The supplier has admitted their support engineer's laptop was compromised, and that was how the attacker reached our environment.",
    false,
  ],
  [
    "Happy to report that the phishing campaign targeting the board was caught by three separate people before anyone clicked.",
    false,
  ],
  [
    "Network segmentation would have contained this to one VLAN. It's been in the roadmap since 2021 and keeps getting deprioritised.",
    false,
  ],
  [
    "Minor incident overnight: brute-force attempts against the OWA login, all blocked by lockout policy. No action needed.",
    false,
  ],
  [
    "The new MFA rollout had a 98% enrolment rate in the first week, mainly because the floor walkers sat with people and helped.",
    false,
  ],
  [
    'Honestly, I think our "human firewall" slogan does more harm than good. It makes staff feel like the blame is theirs by default.',
    false,
  ],
  [
    "The root cause is our own design: the delete button sits right next to the save button, with no undo.",
    false,
  ],
  [
    "Attacker group appears financially motivated; TTPs match a known access broker selling to ransomware affiliates.",
    false,
  ],
  [
    "Our annual phishing test is a poor measure. It's one email, once a year, and the template changes every time.",
    false,
  ],
  ["Encryption at rest is enabled on all production databases as of this morning.", false],
  [
    "Told the team in stand-up: no blame on the migration failure. We missed a dependency in planning, that's on all of us collectively, process-wise.",
    false,
  ],
  [
    "The vendor's security questionnaire answers don't match what we found in their SOC 2 report. Escalating to procurement.",
    false,
  ],
  [
    "Can we make sure the thank-you email to the facilities team goes out? They spotted the rogue device in the meeting room.",
    false,
  ],
  [
    "Risk accepted by the COO on 3 March for the legacy payroll server; documented in the register with a review date.",
    false,
  ],
  [
    "Post-mortem summary: the alert worked, the runbook worked, and the on-call analyst just didn't bother to look until morning.",
    true,
  ],
  [
    "Audit note: the head of facilities treats security requirements as optional suggestions, and his team follows his lead.",
    true,
  ],
  [
    'Ticket: user requests admin rights "to install a printer". Denied. Last time we said yes he installed a crypto miner.',
    true,
  ],
  [
    "You can give staff a password manager, MFA and SSO, and they will still write something on a napkin.",
    true,
  ],
  [
    "Incident cause: a support engineer got chatty on the phone and confirmed our VPN hostname to a random caller. Loose lips, as ever.",
    true,
  ],
  [
    "Email to line manager: Tom has now failed five consecutive simulations. I don't think he's trainable.",
    true,
  ],
  ['The biggest risk on our register should really just say "staff".', true],
  [
    "Among the analysts the running joke is that the most dangerous malware walks in wearing a lanyard.",
    true,
  ],
  [
    "The only reason the hospital got hit is that somebody on the admin side can't resist opening CVs from strangers.",
    true,
  ],
  [
    "Consultant's view: in small firms like yours, the owner's own carelessness is usually the root of everything we find.",
    true,
  ],
  ['Chat: "who approved the any-any firewall rule?" "Dave." "Of course it was Dave."', true],
  ["People are the problem. Process and technology are just how we contain them.", true],
  [
    "The call handlers will confirm anybody's date of birth if you sound upset enough. Customer first, security never.",
    true,
  ],
  [
    "Our lab researchers think security is an insult to their intelligence and behave accordingly.",
    true,
  ],
  [
    "Until staff stop treating the company network like their living room, no amount of tooling will save us.",
    true,
  ],
  ["Root cause: staff negligence. Recommended action: written warnings for all involved.", true],
  [
    "The board keeps asking for cyber solutions, but the cyber problem is sitting in every office chair on this floor.",
    true,
  ],
  [
    "Let's not kid ourselves that the engineers are better than the users; they're just careless with more privileges.",
    true,
  ],
  ["Pentest debrief: every weakness we exploited was opened up by an employee being lazy.", true],
];
