import type { RawExample } from "./types.js";
import { VOICES_X_2 } from "./voices-x-2.js";
import { VOICES_X_3 } from "./voices-x-3.js";

/**
 * Owners, managing directors and office managers of micro and small firms (1 to 60 staff), and
 * some of their staff, on security, their outside IT provider, insurers' and clients' rules.
 * Written fresh for Rapport (brief X). Part 1 of 3; the whole batch is exported as VOICES_X.
 */
const VOICES_X_1: readonly RawExample[] = [
  // Owners on their IT provider, freelancer or nephew; insurers' and clients' rules; staff
  [
    "We're completely at their mercy. If the IT company doubled the fee tomorrow I honestly don't know what we'd do.",
    "power feel",
  ],
  ["Every quarterly report they send is wall-to-wall acronyms. I nod along and file it.", "comm"],
  [
    "Three visits to fix one printer. I'm not convinced our IT people could find the on switch.",
    "blame:sec",
  ],
  [
    "The managed service lot are worth every penny. They ring before changing anything and explain it in plain English.",
    "",
  ],
  [
    "An email turns up saying the server will be down all Saturday. Nobody thought to ask whether Saturday suits a hotel.",
    "comm power conflict",
  ],
  ["Their patching always seems to land on our busiest morning of the week.", "conflict"],
  [
    "I couldn't tell you the name of a single person at the IT firm. It's just a ticket number to me.",
    "distance comm",
  ],
  [
    "The cyber side of things keeps me awake some nights, if I'm honest. One wrong click and the practice could be finished.",
    "feel",
  ],
  [
    "I'm a dinosaur with computers. Half the problems in this office start with me, let's be honest.",
    "blame:self",
  ],
  ["My reception staff will open any attachment that lands in their inbox. Any.", "blame:emp"],
  [
    "Our IT man is a freelancer who's looked after us for twelve years. Never had a cross word.",
    "",
  ],
  [
    "They hold every password we have. If they went bust we couldn't even get into our own website.",
    "power",
  ],
  [
    "I get a knot in my stomach whenever the phones play up, because I know what the callout will cost.",
    "feel",
  ],
  [
    "I asked a simple question about backups and got three paragraphs about RAID arrays and snapshots.",
    "comm",
  ],
  ["Whatever they did in the last update broke the till software. Again.", "blame:sec"],
  [
    "The new password rules mean my drivers can't get into the tablets at six in the morning. We've missed deliveries over it.",
    "conflict",
  ],
  [
    "We don't really speak to the IT company unless the internet goes down. Months can pass.",
    "distance",
  ],
  ["They sit down with me once a quarter and walk through what's changed. Very reassuring.", ""],
  ["Security is whatever the provider says it is. We don't get a vote.", "power"],
  [
    "It drives me up the wall, typing a code from my phone every time I log in while there's a queue at the counter.",
    "feel conflict",
  ],
  [
    "If we ever get hacked it'll be one of the lads in the workshop clicking on a fake parcel notice.",
    "blame:emp",
  ],
  [
    "I'm embarrassed to say I fell for a fake invoice last spring. Four thousand pounds gone, and that was on me.",
    "blame:self feel",
  ],
  ["I used to dread calling them, but the new account manager has changed all that.", ""],
  [
    "Their newsletters are pure scaremongering. Ransomware this, criminals that. I stopped opening them ages ago.",
    "comm",
  ],
  ["Security? That's what we pay the IT firm for. It's not something I think about.", "distance"],
  [
    "They're slow and dear, and when something really goes wrong it's usually because of something they touched.",
    "blame:sec",
  ],
  [
    "We asked for a shared folder the whole team could use. They refused on security grounds and offered nothing instead.",
    "conflict power",
  ],
  [
    "No complaints here. Tickets get picked up the same day and they tell you what they've done.",
    "",
  ],
  [
    "The only time we hear from them is when a licence is about to lapse and they want paying.",
    "comm",
  ],
  [
    "You feel a bit of a mug paying that retainer every month without really knowing what it buys.",
    "feel",
  ],
  [
    "My nephew set up the whole network and he's the only one who knows how it works. If he moves away we're stuck.",
    "power",
  ],
  ["The lad who does our IT is a student, but he's patient and writes everything down for us.", ""],
  [
    "When something breaks we ask the woman in accounts who's good with computers. We don't bother the IT chap.",
    "distance",
  ],
  [
    "The freelancer before this one left the router on its factory password. Absolute cowboy.",
    "blame:sec",
  ],
  ["I'm never quite sure I can trust him with the client files. He's family, but still.", "feel"],
  [
    "He does explain things, I suppose, but it's all ports and VLANs and I end up just saying yes.",
    "comm",
  ],
  [
    "He changes settings without telling anyone and then I find I can't print from my own laptop.",
    "power conflict",
  ],
  ["Our IT man comes in every Tuesday for coffee and a check-up. The staff are fond of him.", ""],
  [
    "Haven't seen the IT fellow in person since he installed the server. Three years, must be.",
    "distance",
  ],
  ["It's me, really. I keep putting off the updates he tells me to do.", "blame:self"],
  [
    "The insurer sent a forty-question form and said no cover unless we ticked every box. Felt like being back at school.",
    "power feel",
  ],
  [
    "Our biggest client insists on encrypted memory sticks, and not one machine on the shop floor will read them.",
    "conflict",
  ],
  [
    "The bank decides what security we need, the insurer decides, the client decides. I just pay for it.",
    "power",
  ],
  [
    "The Cyber Essentials process was a useful push, actually. Our provider talked us through every question.",
    "",
  ],
  [
    "I read the insurer's requirements three times and still couldn't tell you what privileged access management means for a six-person office.",
    "comm",
  ],
  [
    "The client's rules say no personal phones on site, but my pickers need their phones to do the job.",
    "conflict",
  ],
  [
    "The insurer's questionnaire assumes your staff are the soft spot, and with mine, frankly, they're right.",
    "blame:emp",
  ],
  [
    "We don't mind the client's security rules. They're sensible and the client paid for the training.",
    "",
  ],
  [
    "We end up printing the client's encrypted files just so the team can actually work from them.",
    "conflict",
  ],
  [
    "Half my staff still keep their passwords on sticky notes. I gave up telling them.",
    "blame:emp",
  ],
  [
    "The receptionists would read out their login to anyone who rang up sounding official.",
    "blame:emp",
  ],
  [
    "People like to say staff are the weakest link. Mine caught two phishing emails last month before I did.",
    "",
  ],
  [
    "It terrifies me that any one of fifteen people could sink the business with a single careless click.",
    "blame:emp feel",
  ],
  [
    "The younger ones are the worst. They'll plug in any USB stick they find lying about.",
    "blame:emp",
  ],
  [
    "My mechanics treat the diagnostic laptop like a toolbox. Greasy, shared logins, the lot.",
    "blame:emp",
  ],
  [
    "Nobody here reads the policy. They sign the sheet and carry on exactly as before.",
    "blame:emp",
  ],
  ["I trust my team. If something looks odd they come and tell me, and that's all I ask.", ""],
  [
    "I've made it clear that any breach caused by carelessness comes out of the culprit's bonus.",
    "blame:emp power",
  ],
  ["The technology's fine. It's the people using it that worry me.", "blame:emp feel"],
  [
    "We've never met anyone from the IT company. There's a phone number on a sticker under the monitor.",
    "distance",
  ],
  [
    "When you ring them they make you feel you've asked the stupidest question in the world.",
    "comm feel",
  ],
  [
    "Logging a ticket takes longer than the fix itself, so most of us just live with the fault.",
    "conflict distance",
  ],
  [
    "Whenever the IT company improves something, the scanner stops working for a week.",
    "blame:sec",
  ],
  [
    "I'm nervous touching the settings on my own PC in case it sets off some alarm at their end and I get a telling-off.",
    "feel power",
  ],
  [
    "Their helpdesk is lovely. They remote in, show you what went wrong and never make you feel daft.",
    "",
  ],
  [
    "We need the IT firm's permission to install a PDF reader. It takes a week and sometimes they simply say no.",
    "power conflict",
  ],
  [
    "If the laptop plays up I restart it and hope for the best. Ringing them isn't worth it.",
    "distance",
  ],
  [
    "Their emails always start with URGENT in capitals. After a while you just stop reading.",
    "comm",
  ],
  [
    "I'm hopeless with this stuff. Locked myself out twice last week and had to ring them both times, mortified.",
    "blame:self feel",
  ],
  // Dental practice, law office, bakery chain, logistics firm, small software house
  [
    "Dental practice manager here. Any security holes we have are probably down to me not keeping up.",
    "blame:self",
  ],
  [
    "Our dental software supplier is excellent. Same-day callbacks and they never talk over my head.",
    "",
  ],
  [
    "The practice software company sends updates with no notes at all. We find out what changed when the appointment screen looks different.",
    "comm power",
  ],
  [
    "The screens lock after two minutes, which is hopeless when you've got gloves on and a patient in the chair.",
    "conflict",
  ],
  ["Honestly, most of our downtime is caused by the IT people, not by any hacker.", "blame:sec"],
  [
    "I was scared of getting it wrong at first, but the IT company walked me through it and now I'm confident.",
    "",
  ],
  [
    "Law firm, eight fee earners. None of us has the faintest idea who looks after our IT day to day.",
    "distance",
  ],
  [
    "The partners sign off whatever the IT consultant recommends. Nobody here is in a position to question him.",
    "power",
  ],
  [
    "His reports read like a foreign language. Lots of red boxes and words like 'remediation'.",
    "comm",
  ],
  [
    "Solicitors are brilliant at law and terrible at email. Two of them forwarded a spoof wire request last year.",
    "blame:emp",
  ],
  [
    "There's a constant low-level dread about client money and email fraud. You never quite relax.",
    "feel",
  ],
  ["Our outsourced IT team are not a problem at all. They answer, they fix, they explain.", ""],
  [
    "The document system's new security setting means a ten-second wait on every file. Times that by a few hundred a day.",
    "conflict",
  ],
  [
    "I'm the weak spot, not my staff. I'm the one who clicks yes to everything without reading it.",
    "blame:self",
  ],
  [
    "We pay for premium support and get a lad reading from a script who can't fix anything.",
    "blame:sec",
  ],
  [
    "Bakery chain, five shops. The IT is run from head office and the shops never see or hear from them.",
    "distance",
  ],
  [
    "They blocked the card machine's update during the Christmas rush because it didn't meet their rules.",
    "conflict",
  ],
  [
    "The tills came with a laminated sheet of security rules. Nobody explained it, it's just stuck to the wall.",
    "comm",
  ],
  ["My shop managers are fed up to the back teeth with passwords changing every month.", "feel"],
  [
    "We had a scare with a dodgy email, and honestly the IT firm were brilliant. Sorted in an hour, no blame.",
    "",
  ],
  [
    "Head office decides which apps the shops can use. We've no say, even when it's our staff who have to use them.",
    "power",
  ],
  ["Saturday staff are sixteen. They'll tap whatever pops up on the tablet.", "blame:emp"],
  [
    "I don't know who our IT provider is, to be honest. My business partner deals with all that.",
    "distance",
  ],
  [
    "Our IT support promised the backups were running. They hadn't worked for four months.",
    "blame:sec",
  ],
  [
    "When I found out the backups hadn't run in months I was livid. That's their one job.",
    "feel blame:sec",
  ],
  [
    "Logistics firm, 40 staff. Our provider runs the depot network and they've never once let us down.",
    "",
  ],
  [
    "Drivers share a login on the handhelds because individual ones kept locking them out mid-route.",
    "conflict",
  ],
  [
    "The transport software vendor can switch us off remotely if we miss a payment. That's quite a thought.",
    "power",
  ],
  [
    "The haulage client's security team only ever contacts us to tell us we've failed something.",
    "comm",
  ],
  ["Out in the yard nobody thinks about IT security. That's an office thing.", "distance"],
  [
    "Warehouse lads leave the dispatch PC logged in all shift with the door wide open.",
    "blame:emp",
  ],
  [
    "I've heard owners moan that staff are the problem. Not here. My team are more careful than I am.",
    "",
  ],
  [
    "I've no business being the person in charge of security here. I barely know how to change my own password.",
    "blame:self",
  ],
  [
    "Small software house. The client's security people review every line we ship and can hold up a release on a whim.",
    "power conflict",
  ],
  [
    "Our client's VPN drops every half hour, so developers copy code to personal laptops just to get anything done.",
    "conflict",
  ],
  [
    "The client's security team write to us like we're naughty schoolchildren. It's very grating.",
    "comm feel",
  ],
  [
    "Their security team couldn't configure a firewall to save their lives, yet they lecture us.",
    "blame:sec comm",
  ],
  [
    "The client's security lead actually joins our stand-up once a month. Helpful, friendly, no jargon.",
    "",
  ],
  [
    "Honestly, as a developer I don't care about the compliance stuff. The office manager handles it.",
    "distance",
  ],
  [
    "One failed audit and the client could walk. So we do whatever they say, even when it's daft.",
    "power",
  ],
];

export const VOICES_X: readonly RawExample[] = [...VOICES_X_1, ...VOICES_X_2, ...VOICES_X_3];
