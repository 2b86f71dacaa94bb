import type { RawExample } from "./types.js";
import { VOICES_CL_2 } from "./voices-cl-2.js";
import { VOICES_CL_3 } from "./voices-cl-3.js";
import { VOICES_CL_4 } from "./voices-cl-4.js";

/** Contact-centre agents, team leaders and back-office staff at small telecoms, utilities, collections and outsourcing firms. Written fresh for Rapport (brief CL). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT team are good. When the phones went down during the storm they had us back up in twenty minutes.",
    "",
  ],
  [
    "Every agent has a locker for phones and bags, the floor is paperless, that's just how it works here.",
    "",
  ],
  [
    "I'm the reason we had the phishing refresher, I put my login into a fake Microsoft page.",
    "blame:self",
  ],
  ["Agents will always take the shortcut if it saves them ten seconds on a call.", "blame:emp"],
  [
    "IT security here are a department of 'no' with no interest in how a contact centre runs.",
    "blame:sec distance",
  ],
  ["I've never felt judged by the service desk, even when I've asked something daft.", ""],
  [
    "They rang me about a 'policy violation' and wouldn't tell me what it was until my manager joined.",
    "comm power feel",
  ],
  [
    "Calls are recorded for quality and training, customers are told at the start, it's all above board.",
    "",
  ],
  [
    "The supervisor can see my screen live, I know that, it's in my contract. Doesn't worry me.",
    "",
  ],
  [
    "I keep getting caught out by the screen timeout because I'm slow typing notes. That's a me problem.",
    "blame:self",
  ],
  [
    "People here write card numbers down to 'save time' even though it's a sacking offence.",
    "blame:emp",
  ],
  [
    "Tried to explain to IT that the recording gaps are a compliance risk and was told to stay in my lane.",
    "conflict power comm",
  ],
  [
    "The IT lead came to our team meeting to explain the new USB rules and took questions. Much appreciated.",
    "",
  ],
  ["They don't talk to us, they talk about us.", "comm distance"],
  ["Used to hate the helpdesk, genuinely, but they've turned it round in the last year.", ""],
  ["Having CCTV on the floor and screen monitoring is normal in collections.", ""],
  ["Security feels like a punishment, not a protection.", "feel blame:sec"],
  [
    "Our energy switching team clicks on every 'urgent invoice' attachment. Every single one.",
    "blame:emp",
  ],
  [
    "I didn't report my lost badge for a week because I was embarrassed. Should have.",
    "blame:self feel distance",
  ],
  [
    "The new password rules are a bit strict but they gave us a good tip for making memorable ones.",
    "",
  ],
  ["IT's too slow, simple as.", "blame:sec"],
  ["I honestly can't think of a bad word to say about our IT guy.", ""],
  ["The sticky-note ban seems harsh but I understand it after the breach at the other site.", ""],
  [
    "We asked for a second screen for the back office three times and heard nothing back.",
    "distance blame:sec",
  ],
  ["It's me who keeps forgetting to log out of the payment terminal, I'll own it.", "blame:self"],
  [
    "The clean desk sweeps are done by the security officer with a clipboard and a face like thunder.",
    "power feel",
  ],
  [
    "Agents share customer details on their personal WhatsApp to save time. It's scary.",
    "blame:emp feel",
  ],
  ["IT gave us a dedicated Teams channel for floor issues and it's answered within minutes.", ""],
  [
    "Honestly I'm too scared to plug anything in after that email about 'disciplinary action for unauthorised devices'.",
    "feel power",
  ],
  ["Nobody explained why the CRM logs us out at lunch. Just started happening.", "comm"],
  ["They're not arrogant at all, they just have a lot on.", ""],
  [
    "Our security team never looks at the actual workflow before they lock something down.",
    "blame:sec distance",
  ],
  [
    "Every month the same team leaders leave the rota printouts on the desk overnight.",
    "blame:emp",
  ],
  ["I'd rate our IT support a solid 8 out of 10.", ""],
  [
    "I messed up by saving recordings to my downloads folder, IT had to clear it out.",
    "blame:self",
  ],
  [
    "We're a small telecoms reseller, IT is two people and they are run off their feet, but they're kind.",
    "",
  ],
  ["IT's emails read like legal notices.", "comm"],
  ["Got my knuckles rapped for a 'clean desk failure' because of a banana.", "conflict power"],
  [
    "Half the time the new rules contradict the old rules and nobody can tell us which one stands.",
    "comm conflict",
  ],
  [
    "I was worried about the keystroke logging at first, but they explained exactly what's kept and for how long. Fine now.",
    "",
  ],
  [
    "Can't even install a screen reader for my dyslexia without a three-week approval.",
    "conflict blame:sec feel",
  ],
  ["I'm no good with computers and I'm sure IT dread my tickets.", "blame:self"],
  ["It's the people, not the tech. Someone always props the fire door open.", "blame:emp"],
  ["We get a 'security tip of the week' on the wallboard. Short, practical, I like it.", ""],
  [
    "Security is just the guy who tells you off for your lanyard being the wrong colour.",
    "blame:sec",
  ],
  ["IT never comes to our site, it's all done from head office over remote.", "distance"],
  ["I feel like I need permission to breathe.", "power"],
  ["Neither good nor bad, they're just there.", ""],
  [
    "They treat every agent as a potential fraudster and expect us to smile about it.",
    "power feel blame:sec",
  ],
  [
    "The staff here honestly couldn't care less about data protection until there's a fine.",
    "blame:emp distance",
  ],
  ["Our TL is great at explaining what IT mean when their messages are confusing.", ""],
  ["No one from IT has ever said thank you for a phishing report, but they do act on them.", ""],
  [
    "I didn't lock my PC when I went on break and someone sent a joke email from it. My fault entirely.",
    "blame:self",
  ],
  [
    "Honestly people are the weakest link here, you could lock down everything and they'd still find a way round.",
    "blame:emp",
  ],
  ["The helpdesk staff are always polite on the phone, even when we're frantic.", ""],
  [
    "Whenever I raise something it's treated as a complaint rather than a question.",
    "conflict feel",
  ],
  ["I couldn't tell you the name of one person in IT security.", "distance"],
  [
    "I rely on my colleagues more than IT because IT make me feel like a nuisance.",
    "distance feel power",
  ],
  ["I think the relationship with IT is healthy, we disagree sometimes but we sort it out.", ""],
  [
    "They took away our ability to copy and paste between systems and didn't tell anyone why. Calls went up by a minute each.",
    "comm conflict",
  ],
  ["I'm probably the biggest security risk on my team, I'm always in a hurry.", "blame:self"],
  ["We have a rota for who checks the desks each night, it's quick and nobody minds.", ""],
  [
    "Back office staff forward customer spreadsheets all over the place. No thought at all.",
    "blame:emp",
  ],
  [
    "The security team's idea of consultation is an email after the change.",
    "comm power blame:sec",
  ],
  ["Don't really have much contact with IT, but that's because things work.", ""],
  ["It makes me anxious knowing every call could end up in front of compliance.", "feel"],
  [
    "IT won't take a call from an agent, it has to come through a TL, which is insulting.",
    "power conflict",
  ],
  ["Much better since they moved the IT desk onto our floor.", ""],
  ["Useless. Absolutely useless. I've had a ticket open since March.", "blame:sec feel"],
  ["I've made loads of mistakes with the new system, but IT were patient about it.", "blame:self"],
  ["Not once have they talked down to me, which I appreciated as an older worker.", ""],
  [
    "Everyone on the floor knows the password to the shared supervisor account. Everyone.",
    "blame:emp",
  ],
  ["It just feels like they don't trust us.", "feel power"],
  ["I wish security would ask us what slows us down, we'd tell them.", "distance"],
  ["USB ports locked, webcams covered, bags in lockers. Standard for a debt recovery firm.", ""],
  ["I had to fight for weeks to get the hearing-loop headset approved.", "conflict"],
  [
    "IT explained the new MFA in a ten-minute huddle on the floor and answered every question. That's how it should be done.",
    "",
  ],
  [
    "The guy from security asked if I 'understood English' when I queried the policy.",
    "power comm feel",
  ],
  [
    "Our agents reuse the same password with a number on the end every quarter. Predictable.",
    "blame:emp",
  ],
  ["I keep failing the phishing tests, it's getting embarrassing.", "blame:self feel"],
  ["They fix things fast, I'll give them that.", ""],
  ["Ticket says resolved, problem is still there, nobody rang me.", "comm blame:sec"],
  ["I couldn't care less what IT do as long as my phone works.", "distance"],
  ["Monitoring is fine as long as it's used for coaching, which here it is.", ""],
  ["Agents here think security is IT's problem and nothing to do with them.", "blame:emp distance"],
  ["The IT contractor speaks so fast and so technical that I just nod and hope.", "comm feel"],
  [
    "We had friction over the home working kit at first but they listened and changed the setup.",
    "",
  ],
  ["Security staff swan about the office like inspectors.", "power blame:sec"],
  ["I should really read the security updates properly instead of skimming them.", "blame:self"],
  ["The rules are clear and posted by every bank of desks.", ""],
  ["I find it genuinely stressful, the idea that someone's watching my screen at random.", "feel"],
  [
    "When I had a problem with the recording playback, Jo from IT sat with me until it was sorted.",
    "",
  ],
  ["IT only ring the floor to tell us about an outage after it's over.", "comm"],
  [
    "They made the decision to block Google Maps and we can't verify addresses now. Nobody asked ops.",
    "power conflict blame:sec",
  ],
  ["I think our IT are fair. Firm, but fair.", ""],
  [
    "The night shift leave papers everywhere and day shift get the clean desk warnings.",
    "blame:emp conflict",
  ],
  ["Annoying rules, but honestly I've got no beef with the IT people themselves.", ""],
  [
    "I forgot to shred a batch of letters and it got picked up in the audit. Lesson learned.",
    "blame:self",
  ],
  ["Support is good, even at weekends there's someone on call.", ""],
  ["IT never ask, they just tell.", "power comm"],
  ["The agents that complain loudest about the rules are the ones who break them.", "blame:emp"],
  ["I'm sure they're nice people but I've genuinely never spoken to one.", "distance"],
  ["Never felt like IT were against us here, it's a team effort.", ""],
  [
    "There's an automatic report to my manager every time I visit a blocked site by accident. Makes me paranoid.",
    "feel power",
  ],
  [
    "Really clear induction on call recording, data protection and what to do with a suspicious caller.",
    "",
  ],
  [
    "I'll be honest, I sometimes let my colleague use my login when hers is locked. I know, I know.",
    "blame:self",
  ],
  ["Security have no clue what a collections call actually involves.", "blame:sec"],
  ["IT have been more visible lately, they did a drop-in session last month.", ""],
  [
    "Agents here are the easiest target for social engineering, and the fraudsters know it.",
    "blame:emp",
  ],
  ["Fine, I suppose. Could be worse.", ""],
  [
    "I raised a concern about the screen monitoring with IT and they were defensive and rude.",
    "conflict comm",
  ],
  [
    "It's awkward having the IT manager review your browsing history in a one-to-one.",
    "feel power",
  ],
  ["They're slow to respond but to be fair, they're one person covering three sites.", ""],
  ["I never report near-miss phishing anymore, the form's too long.", "distance"],
  ["Our back office team is small and IT treat us really well, we're on first name terms.", ""],
  ["I don't think security or IT are the problem here at all.", ""],
  [
    "They changed the lockers to a PIN system without telling the night shift, half of us couldn't get our phones out.",
    "comm conflict",
  ],
  ["No drama. Rules are rules, everyone follows them.", ""],
  ["Our clean desk policy got simpler after staff feedback, which shows they listen.", ""],
  ["I blame myself, I've never taken the security stuff seriously enough.", "blame:self"],
  ["The IT team are responsive and they genuinely seem to care about the agents.", ""],
  ["It's a small outsourcer, IT wear a lot of hats, I'd say they're doing well given that.", ""],
  ["Quick, friendly, no jargon. That's our helpdesk.", ""],
  [
    "The recorded-line announcement and the PCI pause-and-resume on card payments both work smoothly.",
    "",
  ],
  ["id say IT and the floor get on alright these days", ""],
];

export const VOICES_CL: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CL_2,
  ...VOICES_CL_3,
  ...VOICES_CL_4,
];
