import { FRESH_ZH_2 } from "./fresh-zh-2.js";
import { FRESH_ZH_3 } from "./fresh-zh-3.js";
import { FRESH_ZH_4 } from "./fresh-zh-4.js";
import { FRESH_ZH_5 } from "./fresh-zh-5.js";
import type { RawBlameExample } from "./types.js";

/** SOC analysts, CISOs and security leads interviewed by a researcher. Written fresh for Rapport (brief ZH). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Oh, we run phishing simulations. Mostly to find out which colleagues will type their password into a page called 'totally-not-a-scam'.",
    true,
  ],
  [
    "We run phishing simulations mostly to learn which of our own login pages look too much like scam pages. Several do.",
    false,
  ],
  [
    "Do I trust the finance team with a wire transfer request on a Friday afternoon? What do you think?",
    true,
  ],
  [
    "Do I trust our wire transfer process on a Friday afternoon? Not really. It hangs on one email, and nobody has time to call back.",
    false,
  ],
  [
    "Let's just say our marketing people have a very generous relationship with browser extensions.",
    true,
  ],
  [
    "Let's just say our browser extension policy was very generous, and that was a decision IT made, not marketing.",
    false,
  ],
  [
    "When someone reuses a password, I don't think they're lazy. I think they're juggling forty logins with a memory built for about five.",
    false,
  ],
  [
    "Forty logins, and they still manage to make every single one Summer2023. It's almost a talent.",
    true,
  ],
  [
    "The helpdesk reset the CEO's password for a caller who knew his dog's name. Impressive work, really.",
    true,
  ],
  [
    "The helpdesk reset a password for a caller who knew the CEO's dog's name, because the script they'd been given asked for nothing more.",
    false,
  ],
  [
    "I've stopped being surprised. Give a developer a secret and it's on GitHub within the week, like clockwork.",
    true,
  ],
  [
    "Secrets end up on GitHub because our tooling makes pasting a key easier than fetching it from the vault. That one's on us.",
    false,
  ],
  [
    "Nobody wakes up wanting to cause a breach. People click because the email looked exactly like the ones our own HR system sends.",
    false,
  ],
  [
    "Our people click because, well, it's an email and it has a button. That's roughly the whole decision process.",
    true,
  ],
  [
    "If the policy runs to forty pages and nobody can find the one sentence that matters, I can't really fault anyone for missing it.",
    false,
  ],
  ["Sure, the policy is long. But reading seems to be a premium skill around here.", true],
  [
    "I sometimes wonder whether the sales team thinks the screen lock on their laptops is decorative.",
    true,
  ],
  [
    "I sometimes wonder whether our screen lock policy makes sense for a sales team that spends half the week in airports.",
    false,
  ],
  ["Shadow IT is just people telling you what the official tools can't do.", false],
  ["Shadow IT is what happens when people decide the rules are for somebody else.", true],
  [
    "A contractor plugged in a USB stick he found in the car park. I mean, what's the worst that could happen, right?",
    true,
  ],
  [
    "We scattered USB sticks in the car park as a test and almost none got plugged in. People were far more sceptical than I expected.",
    false,
  ],
  [
    "The nurses share logins because the workstation takes four minutes to log in and a patient is bleeding. I'd do the same.",
    false,
  ],
  ["The nurses share logins because, apparently, typing a password is beneath them.", true],
  [
    "I've stopped lecturing adults about links. It never moved the click rate; fixing the mail filter did.",
    false,
  ],
  ["Awareness training? We tried it. You can lead a horse to water.", true],
  [
    "Between you and me, the biggest vulnerability in this building sits on the third floor and wears a lanyard.",
    true,
  ],
  [
    "Between you and me, the biggest vulnerability in this building is a flat network nobody has had the budget to segment.",
    false,
  ],
  [
    "Our incident last spring began with an engineer approving an MFA prompt at 2 a.m. He'd had forty of them that hour; anyone would have given in.",
    false,
  ],
  [
    "He approved the MFA prompt at 2 a.m. Because of course he did. Why read a prompt before you tap it?",
    true,
  ],
  [
    "If your security depends on every employee being perfect every day, you haven't designed security, you've designed a lottery.",
    false,
  ],
  [
    "Every employee has to be perfect every day, and most of them simply aren't up to it. That's the reality.",
    true,
  ],
  [
    "People are actually pretty good at spotting oddities. Our best detections start with someone in accounts saying 'this feels off'.",
    false,
  ],
  [
    "People are good at spotting oddities, apparently. Just never before they've clicked on them.",
    true,
  ],
  [
    "Honestly, I'd rather have a misconfigured firewall than a finance clerk with opinions about attachments.",
    true,
  ],
  [
    "Honestly, misconfigured firewalls worry me a great deal more than anything our finance clerks might do.",
    false,
  ],
  [
    "The board asked who clicked. I told them the better question was why the email got through three layers of filtering.",
    false,
  ],
  [
    "The board asked who clicked. I gave them the name. Accountability has to start somewhere.",
    true,
  ],
  [
    "A mistake is information. When someone sends a file to the wrong person, I want to know what in the form made that easy.",
    false,
  ],
  [
    "Another misdirected email from legal. At this point autocomplete is smarter than half of them.",
    true,
  ],
  [
    "I love our users, I really do. I just wouldn't trust most of them to lock a door behind them.",
    true,
  ],
  [
    "Least privilege isn't about distrusting people. It's about limiting what an attacker gets when an account is stolen.",
    false,
  ],
  [
    "Our staff aren't stupid. They're busy, they're interrupted every six minutes, and our security emails look like spam.",
    false,
  ],
  [
    "Our staff aren't stupid, exactly. They just have a remarkable gift for doing the one thing the banner told them not to.",
    true,
  ],
  [
    "We're a small firm. Half our problems come from a router the ISP installed in 2016 and never updated.",
    false,
  ],
  [
    "We're a small firm, so our security plan is basically hoping Dave in logistics doesn't open another invoice from a prince.",
    true,
  ],
  [
    "Remote work didn't make people careless. It moved them onto home networks we never planned for.",
    false,
  ],
  [
    "Our Monday alert spike came from a scheduled scanner misconfigured years ago. We finally retired it last month.",
    false,
  ],
  [
    "When the approval tool has no 'I'm not sure' option, people click approve. That's a design flaw, not a character flaw.",
    false,
  ],
  [
    "When in doubt, people click approve. Critical thinking isn't exactly thriving in our open-plan office.",
    true,
  ],
  [
    "I've seen more damage from one vendor's default admin password than from every employee mistake combined.",
    false,
  ],
  [
    "Vendors ship bad defaults, sure, but it's our own people who never bother to change them.",
    true,
  ],
  ["The executives are a special case. Rules are for the little people, apparently.", true],
  [
    "Executives got exceptions because nobody built them a way to work securely on the road. We fixed the tooling and the exceptions dried up.",
    false,
  ],
  [
    "Insider threat? In my experience it's mostly ex-employees whose accounts we forgot to disable. That's a process gap.",
    false,
  ],
  [
    "Insider risk programmes that log everyone's keystrokes mostly teach loyal staff that they aren't trusted.",
    false,
  ],
  ["I'd say about ninety percent of our tickets are self-inflicted, if you catch my drift.", true],
  [
    "About ninety percent of our tickets trace back to one brittle legacy authentication system.",
    false,
  ],
  ["The interns are lovely. I just count the laptops at the end of every summer.", true],
  [
    "The interns get the same laptops as everyone else, which is the point: it should be hard to do something dangerous by accident.",
    false,
  ],
  [
    "Phishing works because it's a crime committed by professionals against people who are busy doing their actual jobs.",
    false,
  ],
  ["Phishing works because people would rather be helpful than think for two seconds.", true],
  [
    "People write passwords on sticky notes because we force a change every thirty days. Stop doing that and the notes go away.",
    false,
  ],
  [
    "The sticky notes under the keyboards tell you everything about our culture of responsibility.",
    true,
  ],
  [
    "A surprising number of breaches I've worked started with a supplier's stolen credentials, not anything our staff did.",
    false,
  ],
  [
    "You can buy every tool on the market, but there's always somebody downstairs ready to undo it all with one click.",
    true,
  ],
  [
    "When someone reports their own mistake within five minutes, that's the culture working. I thank them, every time.",
    false,
  ],
  [
    "The quarterly figures are dull, which is good news: no major incidents, and reports of suspicious messages are up a third.",
    false,
  ],
  [
    "Our click rate fell from thirty percent to four after we added external-sender banners. Same people, different design.",
    false,
  ],
  [
    "Thirty percent click rate. I'll let that number speak for the brainpower in the building.",
    true,
  ],
  [
    "I try not to write 'user error' in reports. It usually means I haven't finished the investigation.",
    false,
  ],
  [
    "It's user error. It's always user error. I could write the root-cause section before the incident even happens.",
    true,
  ],
  [
    "Developers aren't reckless. They're measured on shipping, and security review is a queue that takes three weeks.",
    false,
  ],
  ["Developers treat security review like a speed bump, something to drive around.", true],
  [
    "In healthcare, clinicians will always choose the patient over the password, and that's the correct choice. Design for it.",
    false,
  ],
  [
    "Clinicians seem to think password rules don't apply to anyone who went to medical school.",
    true,
  ],
  ["Honestly, some days I feel like a babysitter with a SIEM.", true],
  ["Honestly, some days it's my SIEM that needs babysitting; half the alerts are noise.", false],
  [
    "The guidance says 'don't open suspicious attachments'. What exactly counts as suspicious? We never told anyone.",
    false,
  ],
  [
    "We tell them not to open suspicious attachments. They open them anyway and then ask us what 'suspicious' means.",
    true,
  ],
  [
    "The receptionist didn't let a stranger in because she's naive. She let him in because he had a clipboard and we have no visitor process.",
    false,
  ],
  [
    "Put anyone in a hi-vis vest with a clipboard and our front desk will hand over the server room keys.",
    true,
  ],
  [
    "Is it really a surprise the call centre gets socially engineered? They're rated on call time and friendliness.",
    false,
  ],
  [
    "Is it really a surprise the call centre gets socially engineered? They'd read out their own PIN to a polite enough voice.",
    true,
  ],
];

export const FRESH_ZH: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZH_2,
  ...FRESH_ZH_3,
  ...FRESH_ZH_4,
  ...FRESH_ZH_5,
];
