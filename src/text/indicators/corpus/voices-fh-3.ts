import type { RawExample } from "./types.js";

/** Part 3 of batch FH (see voices-fh.ts). */
export const VOICES_FH_3: readonly RawExample[] = [
  [
    "Honestly the weak point in this building is the partners. They forward client files to their personal email so they can read them on the iPad.",
    "blame:emp",
  ],
  ["IT security? Invisible. You only know they exist when your account gets frozen.", "comm power"],
  [
    "I get it, fraud is a real threat in insurance. But being made to redo a 45-minute module because I sent one email to the wrong broker felt punitive.",
    "feel power",
  ],
  [
    "The outsourced team are polite but they follow a script, and the script doesn't include 'our architecture software needs admin rights to install plugins'.",
    "conflict",
  ],
  [
    "the phishing tests have made everyone paranoid, we now sit on genuine client emails for days in case they're a trap",
    "feel conflict",
  ],
  [
    "I once asked a question in their Teams channel and got a link to a policy document in reply. Nothing else.",
    "comm",
  ],
  [
    "We're sort of guilty ourselves. Nobody in HR reads the security bulletins, they go straight into a folder.",
    "comm blame:self",
  ],
  [
    "I'd love to say it's better since the reorg, but nothing's changed. Still no idea who owns security.",
    "distance",
  ],
  [
    "Every time sales wants a new tool, security says no first and asks questions later. We've lost deals over it.",
    "conflict blame:sec",
  ],
  ["I hate that I'm nervous about clicking links from my own colleagues now.", "feel"],
  [
    "We had a 'security town hall' which was a man reading slides about ISO 27001 for an hour. I did my timesheets.",
    "comm",
  ],
  [
    "They treat us like children. Screen locks after two minutes, half the web blocked, and the tone of the emails: 'staff are reminded that...'",
    "power comm conflict",
  ],
  [
    "A lot of it is on us engineers, to be honest. We all know the rules and we still share one login for the survey software to save on licences.",
    "blame:self",
  ],
  ["I wouldn't know how to report an incident. Never been told.", "comm distance"],
  [
    "Compliance said no to WhatsApp for site coordination, fair enough, but they offered nothing else, so the site managers just carried on using WhatsApp.",
    "conflict",
  ],
  [
    "It's a relief when Kemi picks up the helpdesk phone; with the others I feel like I'm wasting their time.",
    "feel",
  ],
  [
    "Accounts payable are the weakest link, full stop. They'd pay an invoice from Santa if it had a PO number on it.",
    "blame:emp",
  ],
  [
    "nobody tells us anything until after the change. came in monday and half the shared drives had vanished",
    "comm conflict",
  ],
  [
    "Mostly fine, though I do resent being tracked on how many training videos I've finished, like a schoolkid.",
    "feel power",
  ],
  ["The CISO is a name on the org chart. I couldn't pick him out of a line-up.", "distance"],
  [
    "Is it bad that I don't care any more? I just click whatever box they want me to click.",
    "distance",
  ],
  [
    "I'm the one who fell for the fake DocuSign last year, so yeah, I'm probably why we all have the extra training. Sorry everyone 🙃",
    "blame:self",
  ],
  [
    "Security wanted to lock down the donor database properly and the trustees said it would slow fundraising. So it's still wide open.",
    "power",
  ],
  [
    "They're not bad people. They're just never there: the helpdesk closes at five and our reporters file until midnight.",
    "conflict",
  ],
  [
    "I find the whole thing a bit demoralising. Our department gets told off for the phishing click rate, never shown how to do better.",
    "feel comm",
  ],
  ["The IT crowd are clever, but they've got no idea how a newsroom works.", "conflict"],
  [
    "I asked for a risk assessment of the new payroll vendor in January. It's June.",
    "comm conflict",
  ],
  [
    "Some of my colleagues genuinely can't be trusted with a laptop, and I say that with love.",
    "blame:emp",
  ],
  [
    "No offence to the new CISO, but nobody asked finance before she banned Excel macros, and our month-end runs on them.",
    "conflict power",
  ],
  [
    "Security flagged the risk months ago, the board nodded, nothing was funded. They were right and they got ignored.",
    "power",
  ],
  [
    "I just work round it. Personal hotspot, personal laptop when the VPN won't play ball on site.",
    "conflict",
  ],
  [
    "Our architects are the ones who get hit, every time. They'll open any zip file with 'site photos' in the name.",
    "blame:emp",
  ],
  [
    "They're quick, I'll give them that. Quick to lock you out, slow to let you back in.",
    "conflict",
  ],
  [
    "Bit of a black box, the security team. Decisions come out, nobody knows how they were made.",
    "power",
  ],
  ["Frustrating. Just frustrating.", "feel"],
  [
    "We were told it was 'for our protection' when they put the keystroke logging on. Whose protection, exactly?",
    "power feel",
  ],
  [
    "When the ransomware hit the Norwich office, the IT firm took two days to even answer the phone. Two days.",
    "conflict blame:sec",
  ],
  ["I'll be honest, I've never read one of their emails past the subject line.", "comm"],
  [
    "The security lead's fine, nice guy actually, but the MSP he brought in treats every request as a chance to upsell us.",
    "blame:sec",
  ],
  [
    "It's us, not them. Our partners refuse to use the password manager and then ring IT in a panic when they're locked out.",
    "blame:self",
  ],
  [
    "Local radio, four of us in the building after 7pm, and the only way to reach IT out of hours is an address that auto-replies 'we aim to respond within 3 working days'.",
    "conflict",
  ],
  [
    "I wouldn't call it a fight, more that sales and security live on different planets. They want zero risk, we want the contract signed by Friday.",
    "conflict",
  ],
  [
    "They mean well, I think, but the training videos are so patronizing. A cartoon fish teaching me not to 'take the bait'.",
    "comm",
  ],
  ["There's no point complaining, they'll just say it's policy.", "distance power"],
  [
    "Our own fault really. We set the project folder to 'anyone with the link' because it was quicker, and then a client forwarded it to half of Manchester.",
    "blame:self",
  ],
  [
    "I was blamed for a breach that turned out to be a misconfigured server. Nobody ever apologised.",
    "feel blame:sec",
  ],
  [
    "Honestly? I dread the quarterly access review. I have to justify every folder I can see, to people who don't know what the folders are for.",
    "feel power conflict",
  ],
  ["compliance = the department of no", "blame:sec"],
  ["They're good at what they do, I'm sure, but I only ever see them in a crisis.", "comm"],
  [
    "The staff here are the weak spot, not the systems. People overshare on LinkedIn about every project we win.",
    "blame:emp",
  ],
  ["There's a security person? News to me.", "distance"],
  [
    "We nearly lost a grant because the funder's portal was blocked by the firewall on deadline day and nobody in IT was around to unblock it.",
    "conflict",
  ],
  [
    "It's a bit us-and-them, if I'm honest. They have their own floor, their own Slack, their own lunch table.",
    "distance",
  ],
  [
    "Management here don't back security at all. The director got an exemption for his personal iPad, so now everyone wants one.",
    "power",
  ],
  [
    "Sorry, but the IT contractor is out of their depth. They reset my password to 'Welcome1' and said that was fine.",
    "blame:sec",
  ],
  [
    "I'm grateful for the help when it comes, don't get me wrong. It just feels like begging.",
    "power feel",
  ],
  [
    "Nobody's said it to my face, but I know I'm on some list since I failed the phishing test twice.",
    "feel power",
  ],
  [
    "We get penalised for their slowness. Tickets go nowhere, we miss the filing deadline, and it's our name on the late return.",
    "conflict blame:sec",
  ],
  [
    "The helpdesk guy told me 'most breaches are caused by people like you'. Cheers mate.",
    "comm feel blame:emp",
  ],
  [
    "People in this firm genuinely do not read. You could put DO NOT CLICK in red and someone would click.",
    "blame:emp",
  ],
];
