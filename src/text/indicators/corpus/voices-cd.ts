import type { RawExample } from "./types.js";
import { VOICES_CD_2 } from "./voices-cd-2.js";
import { VOICES_CD_3 } from "./voices-cd-3.js";
import { VOICES_CD_4 } from "./voices-cd-4.js";

/** MSP field technicians on client sites, tickets and the people behind them. Written fresh for Rapport (brief CD). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The dental practice only rings us when the X-ray software stops talking to the server, never otherwise.",
    "comm",
  ],
  ["Sarah at reception always has the kettle on when I turn up. Lovely site to visit.", ""],
  [
    "Owner signs the contract then acts like we're his personal butlers at 11pm on a Sunday.",
    "power",
  ],
  ["honestly half the tickets are 'printer broken' and it's just out of paper", "blame:emp"],
  ["I missed the expiring SSL cert on their portal. That one's on me.", "blame:self"],
  [
    "We haven't heard from the accountants since March. No tickets, no calls, nothing. Either all's perfect or they've given up on us and I'm quietly worried.",
    "distance feel",
  ],
  ["Monthly review with the practice manager, half an hour, coffee, done. Works well.", ""],
  [
    "They forward me phishing emails asking if they're real, which is exactly what we asked them to do.",
    "",
  ],
  [
    "The MD told his staff to share one admin login because MFA 'slows them down'. We argued for an hour.",
    "conflict blame:emp",
  ],
  [
    "I dread going to the builders' merchant, the owner shouts at whoever walks in wearing our polo shirt.",
    "feel conflict",
  ],
  [
    "Our helpdesk queue is so backed up that clients wait three days for a password reset. Embarrassing, frankly.",
    "blame:sec feel",
  ],
  [
    "I gave their office manager the wrong instructions and locked half the staff out. All on me.",
    "blame:self",
  ],
  [
    "Clients hear 'conditional access policy' and glaze over, and to be fair I never explain it properly.",
    "comm blame:self",
  ],
  [
    "Good relationship with the solicitors. They trust us to patch on Friday nights and never make a fuss.",
    "",
  ],
  [
    "We're just a line on their expense sheet until something breaks, then we're the enemy.",
    "comm conflict",
  ],
  [
    "I closed their ticket without checking the fix worked. Rookie mistake, my fault.",
    "blame:self",
  ],
  [
    "they literally cannot change their own wallpaper without raising a ticket, we've made them that dependent",
    "power",
  ],
  [
    "Everything gets decided by the owner's nephew who 'knows computers'. We just get told.",
    "power",
  ],
  [
    "I got chewed out because the Wi-Fi dropped during their Zoom pitch. Wasn't even our kit, it was the landlord's.",
    "conflict",
  ],
  ["Site visits are the best part, you actually meet the people you're fixing things for.", ""],
  [
    "Remote-only contract now, I haven't been to their office in two years and couldn't pick the staff out of a lineup.",
    "distance",
  ],
  ["Not once has their office manager been rude to any of our lads.", ""],
  [
    "They bought their own NAS off Amazon and plugged it in without telling us. Found it during an audit.",
    "distance conflict",
  ],
  [
    "Honestly I'm a nag to them. Every email I send is another reminder to update something, and I'm sick of being that person.",
    "feel comm",
  ],
  [
    "Quarterly business reviews were a slog at first but now the owner actually looks forward to them.",
    "",
  ],
  [
    "Our security stack flags so many false positives the clients have stopped believing any of it.",
    "blame:sec",
  ],
  ["the sales team share logins like they're sharing biscuits", "blame:emp"],
  ["We talk through the office manager only. Never speak to the actual staff.", "distance comm"],
  [
    "Told them twice in writing the backups were failing. Nobody replied. Now the server's dead and somehow it's our fault.",
    "distance conflict feel",
  ],
  [
    "New client onboarding went smoothly, staff turned up to the training and asked good questions.",
    "",
  ],
  ["It's a bit of a love-hate thing with the estate agents but mostly love, honestly.", ""],
  [
    "I used too much jargon in the incident call and the owner just went quiet. Should've known better.",
    "comm blame:self",
  ],
  ["They pay us to say no to things and then hate us for saying no.", "conflict"],
  ["the vet practice is brilliant, they call early, describe the problem clearly, say thanks", ""],
  [
    "We lock down admin rights and they can't even install a font. I get why they feel like children.",
    "power",
  ],
  ["Honestly our ticket portal is a maze. I wouldn't use it either.", "blame:sec"],
  [
    "The CFO copied my boss into a complaint over a two-minute delay. Like being reported to the teacher. Mortifying.",
    "power feel conflict",
  ],
  [
    "They went with the cheapest contract and now expect the premium service. Every month the same argument.",
    "conflict",
  ],
  [
    "Staff hide problems because they think they'll get in trouble for breaking something.",
    "distance feel",
  ],
  [
    "Mrs Patel always rings the mobile directly and says sorry for bothering me. She's never a bother.",
    "",
  ],
  ["a ticket titled 'HELP' with no body text. classic", "comm"],
  [
    "The previous MSP left them with no documentation and a domain admin password on a sticky note. Cowboys.",
    "blame:sec",
  ],
  [
    "I worry about that client constantly. One ransomware hit and they're done, and they won't spend a penny.",
    "feel conflict",
  ],
  [
    "The owner doesn't trust us with the finance PC, so it sits unpatched under his desk.",
    "conflict",
  ],
  [
    "We only hear from them at contract renewal, when they try to knock the price down.",
    "comm distance",
  ],
  ["Friendly bunch. A bit chaotic, but they listen.", ""],
  [
    "Being the IT guy means you're invisible when it works and the villain when it doesn't.",
    "comm feel",
  ],
  [
    "I should've pushed harder on MFA before the breach. I let it slide because they moaned, and I hate that I did.",
    "blame:self feel",
  ],
  ["They speak to me like I'm the hired help. Which I suppose I am.", "power"],
  [
    "The partners make every decision over lunch and we find out from a ticket a week later.",
    "power distance",
  ],
  ["Their receptionist keeps a paper list of everyone's passwords 'for emergencies'.", "blame:emp"],
  ["Honestly the users aren't the weak link there, the process is. They're doing their best.", ""],
  ["It was rocky the first year, lots of shouting, but now we're like part of the team.", ""],
  [
    "I can't get hold of anyone there with authority. Every request for sign-off just vanishes.",
    "distance conflict",
  ],
  ["They treat our security policies like speed bumps to drive round.", "conflict blame:emp"],
  ["i pity the staff honestly, our lockdown is way stricter than it needs to be", "feel blame:sec"],
  [
    "Our account manager promised them a same-day response and never told the techs. Now they're furious.",
    "blame:sec conflict",
  ],
  [
    "Eight users, eight hundred tickets a year. They call about everything and I mean everything.",
    "blame:emp",
  ],
  ["They never call. I only know they exist because the invoice gets paid.", "distance"],
  ["Patch night came and went without a single complaint. Good prep by their office manager.", ""],
  [
    "I'm scared to touch their ancient accounting server. If it dies, I'm the one they'll hang.",
    "feel",
  ],
  ["The owner's son overrides every decision we make. 'Dad said it's fine.'", "power conflict"],
  ["We did a lunch-and-learn on phishing and twelve of fifteen staff showed up. Chuffed.", ""],
  [
    "They asked what a 'tenant' was and I realised I'd been talking nonsense at them for a year.",
    "comm blame:self",
  ],
  [
    "we're basically their hostage-takers, they've no idea how anything works and we hold every password",
    "power",
  ],
  [
    "Their warehouse team wedge the comms cabinet door open because it gets hot. Every single visit.",
    "blame:emp",
  ],
  ["Polite emails, clear tickets, always approve changes within a day. Dream client.", ""],
  [
    "Contract says four-hour response. They think that means four-hour fix. Cue monthly row.",
    "conflict",
  ],
  [
    "Nobody introduces me when I'm on site. I just sort of hover awkwardly by the server cupboard.",
    "distance feel",
  ],
  [
    "I get why they're annoyed. Our ticket updates just say 'investigating' for days.",
    "comm blame:sec",
  ],
  [
    "they used to ring me at home, we sorted out a proper out-of-hours number and it's been fine since",
    "",
  ],
  ["We don't get thanked, we get our invoices disputed. Wears you down.", "feel conflict"],
  [
    "The director rang my personal phone at midnight about a printer. When I didn't answer he escalated to my boss.",
    "power conflict",
  ],
  [
    "they're lovely but I haven't had a proper conversation with any of them in months, it's all automated alerts",
    "distance comm",
  ],
  ["Our onboarding pack is forty pages of jargon. No wonder nobody reads it.", "comm blame:sec"],
  [
    "I honestly think they've got the measure of it now. Phishing reports are up and clicks are down.",
    "",
  ],
  [
    "Tickets come in through the portal, we triage by priority, client gets an update within the hour.",
    "",
  ],
  [
    "We keep being told 'just make it work' with no budget. Nobody asks us what it'd actually take.",
    "power conflict",
  ],
  [
    "I messed up the mailbox migration for their sales team and they lost a week of emails. Still sick about it.",
    "blame:self feel",
  ],
  [
    "The owner refers to us as 'the computer people' and has never bothered learning our names.",
    "distance",
  ],
  [
    "Their office manager and I have a standing Tuesday call. Fifteen minutes, saves us both hours.",
    "",
  ],
  ["If I suggest anything new, the answer is 'we've always done it this way'.", "conflict"],
  ["Their staff would rather suffer a broken laptop for a week than raise a ticket.", "distance"],
  [
    "We pushed a policy that broke their CAD software for two days. Our change process failed them.",
    "blame:sec",
  ],
  [
    "Every visit starts with a queue of people wanting 'just a quick thing' that isn't on any ticket.",
    "conflict",
  ],
  ["It's fine. Some clients need more hand-holding than others, that's the job.", ""],
  [
    "The practice manager talks to me like I'm stupid because I'm younger than her kids.",
    "power feel",
  ],
  ["honestly i'm the reason half their tickets get reopened, i rush the fixes", "blame:self"],
  [
    "They've stopped inviting us to the planning meetings. We find out about new offices when the lease is signed.",
    "distance power",
  ],
  [
    "One of their designers disabled the antivirus because it 'made Photoshop slow'. Told no one.",
    "blame:emp conflict",
  ],
  [
    "It used to be that they only called to complain. Now they ring just to say things are running well.",
    "",
  ],
  ["I'm constantly anxious on that account. The owner's temper is unpredictable.", "feel"],
  ["We send a security newsletter every month. Open rate on that client is zero.", "distance comm"],
  ["Their staff plug in any USB stick they find in the car park. Genuinely any.", "blame:emp"],
  [
    "Their IT 'champion' is the only one who talks to us, and he's leaving next month. Dreading it.",
    "distance feel",
  ],
  [
    "They're dependent on us for everything, and I don't think that's healthy for either side.",
    "power",
  ],
  [
    "I'm sure they think we're a bunch of overpaid button pushers. Some days they're not wrong.",
    "blame:sec",
  ],
  ["Staff respect the clean desk rule now. Took a year but it stuck.", ""],
  [
    "We turned up for a patch window and the owner was furious we hadn't called. We had emailed. Nobody there reads emails.",
    "conflict comm",
  ],
  ["the clinic calls us for literally everything including the kettle", "blame:emp"],
  ["Our MFA rollout was badly explained, I'll own that. I wrote the comms.", "blame:self comm"],
  [
    "We're the ones who get blamed when their intern deletes a shared folder.",
    "blame:emp conflict",
  ],
  ["The owner thinks security is a scam we invented to sell more licences.", "conflict"],
  ["I'm pretty sure the admin staff are scared of me. They go quiet when I walk in.", "feel power"],
  ["Trust took a while, but they now let us make changes without a sign-off chain. Big step.", ""],
  [
    "The owner isn't technical and doesn't pretend to be. He asks, we explain, he decides. Fair.",
    "",
  ],
  ["I dunno, they seem happy enough. Low ticket volume, pay on time.", ""],
  [
    "Not gonna lie, our remote support tool is clunky and they hate installing it every time.",
    "blame:sec conflict",
  ],
  ["The accounts lady calls me 'the IT boy'. I've been doing this fifteen years.", "power feel"],
  ["they never tell us when someone leaves so accounts stay live for months", "distance blame:emp"],
  ["It's all portal now. I miss actually knowing the people.", "distance feel"],
  [
    "When the breach happened, the owner asked me straight whose fault it was. Honestly, some of it was mine.",
    "blame:self feel",
  ],
  ["I explain in plain English now. No acronyms. Clients noticeably calmer.", ""],
  ["Maybe a bit needy now and then, but they're a good client overall.", ""],
  [
    "The partners won't do security training because they're 'too senior'. Rules are for juniors apparently.",
    "conflict blame:emp",
  ],
  [
    "We had a blazing row about the cost of replacing their Windows 7 machines. Still not resolved.",
    "conflict",
  ],
  ["Talking to their director is like talking to a wall. He nods and does nothing.", "distance"],
  [
    "Our helpdesk scripts make us sound like robots. Clients hate it and so do I.",
    "comm blame:sec feel",
  ],
  [
    "Monthly site visit, walk the floor, ask how everyone's getting on. Old school but it works.",
    "",
  ],
  ["staff say thanks on teams after a fix. small thing but it matters", ""],
  [
    "The owner decided to move to a new cloud system over the weekend and rang Monday asking us to 'make it work'.",
    "power conflict",
  ],
  [
    "I avoid calling that client because every call turns into a complaint session.",
    "distance conflict",
  ],
  ["They're not careless, just busy. I can't blame them for skipping the training.", ""],
  ["I forgot to renew their domain. Site down for a morning. Grovelling email sent.", "blame:self"],
];

export const VOICES_CD: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CD_2,
  ...VOICES_CD_3,
  ...VOICES_CD_4,
];
