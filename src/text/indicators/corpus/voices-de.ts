import type { RawExample } from "./types.js";
import { VOICES_DE_2 } from "./voices-de-2.js";
import { VOICES_DE_3 } from "./voices-de-3.js";
import { VOICES_DE_4 } from "./voices-de-4.js";
import { VOICES_DE_5 } from "./voices-de-5.js";
import { VOICES_DE_6 } from "./voices-de-6.js";

/** Hard cases from any voice: negation, contrast, hedges, irony, rhetorical questions, reported speech, past against present, complaints that are not about the relationship. Written fresh for Rapport (brief DE). */
const FIRST_PART: readonly RawExample[] = [
  ["Never rude, not once.", ""],
  ["Not rude exactly, but every reply reads like a parking fine.", "comm"],
  [
    "The new laptops are slow as treacle, but that's procurement's doing, not the security lot.",
    "",
  ],
  [
    "Fine, the VPN is secure, but it cuts me off from the CAD server half the day and I'm fed up with losing work to it.",
    "conflict feel",
  ],
  ["Maybe a bit distant, I suppose, but that's how big firms are.", "distance"],
  [
    "It used to be a nightmare getting a ticket answered; these days it's a couple of hours at most.",
    "",
  ],
  ["Getting a ticket answered was a nightmare last year, and it still is.", "conflict"],
  ["Would they even ask us before switching off the USB ports? They didn't last time.", "power"],
  ["Would anyone on our floor recognise the head of security in the lift? I doubt it.", "distance"],
  ["My manager says IT are the reason the launch slipped, and frankly he's right.", "blame:sec"],
  ["My old firm let us install our own tools. Here I have to beg for a PDF reader.", "power"],
  [
    "At my last place the helpdesk was offshore and nobody answered; here they pick up on the second ring.",
    "",
  ],
  ["Lovely people, shame their emails need a dictionary.", "comm"],
  [
    "Half of finance would hand their password to anyone holding a clipboard, honestly.",
    "blame:emp",
  ],
  ["I still feel awful about the ransomware scare; it started on my machine.", "feel blame:self"],
  ["Raining again. Brilliant.", ""],
  ["Is it just me, or is the canteen coffee getting worse?", ""],
  [
    'They sent six "URGENT: suspicious activity" emails this week and my stomach drops every single time.',
    "comm feel",
  ],
  [
    "We email drawings to our personal accounts because the portal won't take anything over ten megabytes.",
    "conflict",
  ],
  ["I've no idea who our IT people are. There's a web form, and that's the lot.", "distance"],
  ["I've never avoided them; if something looks odd I ring straight away.", ""],
  ["I wouldn't call them, no. Priya on my team usually knows the fix.", "distance"],
  ["It's a bit unnerving knowing they can see every site I visit.", "power feel"],
  [
    "Nobody explained why the old file share was closed. One morning it was simply gone.",
    "comm power",
  ],
  ["Sure, the two-factor thing was annoying for a week; now I don't even notice it.", ""],
  [
    "I dread the quarterly phishing test. It always feels like I'm being set up to fail.",
    "feel power",
  ],
  ["Printing broke again after their update. Every single time they touch something.", "blame:sec"],
  [
    "The Wi-Fi in the Leeds office is patchy, but it's a Victorian building, what do you expect.",
    "",
  ],
  [
    "Security is ignored here; the board signed the cloud contract without even asking us.",
    "power",
  ],
  [
    "As the only security person on site, I'm shouting into a well. The directors nod and nothing happens.",
    "power feel",
  ],
  [
    "Honestly it's exhausting. Staff will click literally anything that promises a gift card.",
    "blame:emp feel",
  ],
  ['"Please refer to the policy" is their answer to every question I\'ve ever asked.', "comm"],
  ["They walked me through the new password manager in person, which I appreciated.", ""],
  ["They talk to us like toddlers who've found the scissors drawer.", "comm power"],
  ["Praise where it's due: Friday's incident was handled brilliantly.", ""],
  ["Brilliant at fixing things, hopeless at telling you what they've actually fixed.", "comm"],
  [
    "We keep an unmanaged spare laptop under the desk for demos, because the locked-down one can't run the client's software.",
    "conflict",
  ],
  ["Security? Not my problem.", "distance"],
  [
    "IT says it's user error, the users say IT broke it, and meanwhile the printer stays broken.",
    "conflict blame:emp blame:sec",
  ],
  [
    "I was absolutely terrified when my phone was nicked on the train home, because it had every client contact on it, but by the time I'd got in and rung them they'd already wiped it remotely and ordered a replacement. Couldn't ask for more.",
    "",
  ],
  ["I feel a bit stupid every time I have to ask for yet another password reset.", "feel"],
  ["Honestly, half my tickets exist because I don't read the instructions.", "blame:self"],
  ["There's no point complaining about the lifts, they've been out since March.", ""],
  [
    "Took eleven days to get access to the project drive. The kickoff happened without me.",
    "conflict",
  ],
  [
    "I waited two weeks for a licence for one plug-in and nearly lost the client. I'm still angry about it.",
    "conflict feel",
  ],
  ["They decide which software we're allowed and there's no appeal.", "power"],
  ["The security team ran a lunchtime session on scams; surprisingly fun, actually.", ""],
  ["The only time I hear from them is when my account's been flagged for something.", "comm"],
  ["We never see them. They're in another building, possibly another country.", "distance"],
  ["Every keystroke logged, apparently. It's more like school than a workplace.", "power"],
  ["I don't think they're arrogant at all; they're just stretched thin.", ""],
  ["My colleague reckons they think they're above the rest of us, and he's not wrong.", "power"],
  [
    "It's always someone in marketing plugging in a USB stick they found in the car park.",
    "blame:emp",
  ],
  ["I'm fuming. The patch they pushed overnight wiped all my Outlook rules.", "blame:sec feel"],
  ["Our helpdesk isn't perfect, but they're the best I've worked with.", ""],
  [
    "They want twenty-character passwords, we want to log in before the coffee goes cold. Guess who wins.",
    "conflict power",
  ],
  [
    'Apparently there was "anomalous lateral movement" on our subnet. No idea what that means and nobody said.',
    "comm",
  ],
  ["Ringing the service desk makes me anxious; I never know what I'm supposed to say.", "feel"],
  ["I'd rather search online for an hour than raise a ticket.", "distance"],
  ["If I had a problem I'd just pop over to their desk; they sit right there.", ""],
  [
    "I'm embarrassed to admit I reused my bank password at work. Entirely my own fault.",
    "blame:self feel",
  ],
  ["Security training was dull, but necessary, I guess.", ""],
  ["Whenever we ask for an exception it turns into a three-week argument.", "conflict"],
  ["Jargon, jargon, jargon. Every email.", "comm"],
  ["Not once have they talked down to me, and I ask some daft questions.", ""],
  [
    "Nobody asked us. IT swapped the expense system overnight and our old claims vanished.",
    "power blame:sec",
  ],
  ["Couldn't name a single one of them.", "distance"],
  ["They do a lot behind the scenes that we never notice, which is exactly how it should be.", ""],
  ["I felt like a suspect when they questioned me about a download I never made.", "feel power"],
  ["If the network goes down again during quarter-end, that's on them, not us.", "blame:sec"],
  ['I asked what "least privilege" meant and got a link to a forty-page PDF.', "comm"],
  ["The weather's been grim and my train was late, but at least the login worked first time.", ""],
  [
    "Speaking for the security side: the guidance is clear, people just don't read it.",
    "blame:emp",
  ],
  [
    "Rather than wait another month for IT to approve a proper project space, we just set up our own shared folder on a free cloud service, invited the client, and got on with it. Nobody's said anything, so presumably nobody's noticed.",
    "conflict distance",
  ],
  [
    "I'll admit I used to think they were arrogant, locked away on the fourth floor sending out stern emails, but after working side by side with them on the audit last autumn I changed my mind completely; they're thoughtful and genuinely funny.",
    "",
  ],
  ["They can lock my account from anywhere and I'd never be told why.", "power comm"],
  ["Disappointing, really. I expected a lot more from a team that size.", "feel"],
  ["Their messages are so clipped I genuinely can't tell whether I'm in trouble.", "comm"],
  ["They explained why the block was there and offered a workaround. Fair enough.", ""],
  [
    "They're the reason we can't ship on time: every release waits for a security sign-off nobody can get.",
    "blame:sec conflict",
  ],
  ["To be fair, there's no relationship to speak of. We don't talk.", "distance"],
  [
    "I was the one who left the laptop on the bus, so I can hardly complain about the new rules.",
    "blame:self",
  ],
  ["Slow laptops, cramped desks, but IT isn't the problem here.", ""],
  [
    "Security has zero clout in this company. Sales overrides them whenever a deal's at stake.",
    "power",
  ],
];

export const VOICES_DE: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_DE_2,
  ...VOICES_DE_3,
  ...VOICES_DE_4,
  ...VOICES_DE_5,
  ...VOICES_DE_6,
];
