import type { RawExample } from "./types.js";

/** Security and IT staff on employees, managers and their own position: survey answers, interview quotes, workshop remarks. Written fresh for Rapport (brief EB). */
export const VOICES_EB_6: readonly RawExample[] = [
  [
    "We talk to staff through the intranet and a monthly bulletin. Nobody reads either, and we picked both, so that's our own doing.",
    "distance blame:self",
  ],
  [
    "Helpdesk gets the brunt of it. Security makes a rule on Monday and we take fifty angry calls on Tuesday.",
    "conflict feel blame:sec",
  ],
  ['The sales team\'s attitude to security is "not my job".', "distance"],
  ["And to be fair, nobody ever made it their job. It's not in a single sales objective.", ""],
  [
    "I run a monthly ask-me-anything call. I get more questions about home Wi-Fi than about work, and I'm fine with that.",
    "",
  ],
  [
    'Sometimes I think my role is just to absorb blame. Anything goes wrong, "ask security".',
    "conflict feel",
  ],
  [
    "We made the onboarding checklist so long that managers skip the security section. Predictable, really.",
    "conflict blame:self",
  ],
  [
    "The factory floor supervisors are the people I trust most. Practical, no nonsense, and they tell me when a control won't work.",
    "",
  ],
  [
    "We genuinely don't know what half the departments do day to day. Hard to secure what you don't understand.",
    "distance",
  ],
  [
    "People say they feel watched since the DLP rollout. I can't entirely argue with that.",
    "feel power",
  ],
  [
    "Staff have stopped asking before they install things, because the answer was always no.",
    "conflict distance",
  ],
  [
    "The call handlers in the 999 control room can't afford a login delay, so we worked with them on tap-badge access. Took a year; they're happy.",
    "",
  ],
  [
    "When I first joined, the head of sales told me, \"Just don't get in our way.\" Six years on, we're mates.",
    "",
  ],
  ['The head of sales still tells me every quarter, "Just don\'t get in our way."', "conflict"],
  ["Internal audit treats IT as the prime suspect in every finding.", "power"],
  ["I feel guilty whenever a user loses a day's work to one of our updates.", "feel blame:self"],
  ["I don't get much thanks, but I don't need it. Things running smoothly is thanks enough.", ""],
  [
    "People only notice my team when the Wi-Fi drops. The other 360 days, nobody knows we exist.",
    "comm distance",
  ],
  [
    "The CEO won't do the training. He says he \"doesn't have time for cartoons\", and everyone saw the exemption.",
    "power",
  ],
  ["He's not wrong about the cartoons. Our training content is embarrassing.", "blame:self"],
  ["Being the new security lead means everyone's polite and nobody tells me anything.", "distance"],
  [
    "The accountants ask brilliant questions. Where does the data go, who can see it. I wish everyone did.",
    "",
  ],
  [
    "I've seen people in my own team sneer at colleagues who ask for help. It makes people stop asking, and then we've lost.",
    "comm distance blame:self",
  ],
  [
    "A new hire rang to ask if it was OK to report her own mistake. Of course it is. It took her three days to work up to ringing.",
    "feel",
  ],
  [
    "The researchers keep data on USB sticks in drawers because central storage is slow and badly explained. That's central IT's failure, not theirs.",
    "conflict comm blame:sec",
  ],
  [
    "Nobody argues with me much any more, which I take as a good sign. We settled most of it in the policy review.",
    "",
  ],
  ["My users are my customers. If a customer hates my product, that's my problem, not theirs.", ""],
  ["I'm kind of the scary guy. I turn up, something gets taken away.", "conflict power"],
  [
    'We\'ve been asked to produce an individual "risk score" for every employee. I pushed back; it would poison everything.',
    "power",
  ],
  [
    "I'm a team of one, firefighting every day. I know I come across as rushed and curt.",
    "comm blame:self",
  ],
  [
    "People do what they've been shown. Show them something better and they'll do that instead.",
    "",
  ],
  [
    "I spend a lot of energy managing my manager, who keeps signing off exceptions for his golf friends.",
    "conflict power",
  ],
  [
    "The MSP I replaced had a reputation for never turning up on site. I've made a point of being there every Tuesday.",
    "blame:sec",
  ],
  [
    "There's a kind of learned helplessness. People ring about things they could fix in two clicks, because we never showed them how.",
    "power blame:self",
  ],
  [
    "I wish the team leaders wouldn't apologise for their staff when they ring. There's no need. That's what I'm here for.",
    "",
  ],
  ["Management wanted zero tolerance for phishing clicks. We talked them out of it.", ""],
  [
    "Management wants zero tolerance for phishing clicks, and I've been told to implement it whether I agree or not.",
    "power",
  ],
  [
    "The old sysadmin kept everything in his head and then left. Nobody knows how the domain works.",
    "blame:sec",
  ],
  ["Honestly, people here are pretty switched on. I'm lucky.", ""],
  [
    "They nod along in the training and then do exactly the same thing the next day.",
    "distance blame:emp",
  ],
  [
    "I'm not good at the people side. I'd rather be in the server room, and staff can tell.",
    "distance blame:self",
  ],
  [
    "The receptionists at the surgery feel like they're always being told off by IT. Looking at our emails, I can see why.",
    "comm feel blame:self",
  ],
  ["Our security champions meet monthly. Most of the good ideas come from them, not from us.", ""],
  ["Legal and IT meet every fortnight. It's dull, but it keeps us aligned.", ""],
  [
    "People bypass the ticket system by emailing me directly, so I lose track and they think I've ignored them.",
    "conflict",
  ],
  [
    "It's frustrating that every time we tighten something, someone senior gets an exemption within a week.",
    "feel power",
  ],
  [
    "After the breach a lot of staff felt blamed. We should have been much clearer that it was a supplier's fault.",
    "comm feel blame:self",
  ],
  [
    "I don't know most of the people whose accounts I manage. That's the nature of a 900-seat estate.",
    "distance",
  ],
  [
    "My favourite user is the warehouse manager who emails me a thumbs-up every time a patch goes in. No idea why. Love it.",
    "",
  ],
  [
    "The app developers keep putting secrets in code repos despite four reminders. At some point it stops being a training problem.",
    "distance blame:emp",
  ],
  ["I run the tabletop exercises with the directors. They're surprisingly into it.", ""],
  [
    "In the exercise, the directors admitted they didn't know who to call if ransomware hit. That's ours to fix.",
    "distance blame:self",
  ],
  [
    "There's tension with the clinical leads over screen-lock timers, and it isn't going away.",
    "conflict",
  ],
  [
    "Staff are sometimes rude to the helpdesk, but usually because they've waited a full day for us.",
    "conflict blame:self",
  ],
  ["No one listens to IT until it's too late. Then they listen very hard.", "distance"],
  [
    "We've got a good thing going with the union: they review any monitoring policy before it goes live.",
    "",
  ],
  [
    "I was too proud to ask the office manager for help with the rollout comms. She'd have done it far better.",
    "blame:self",
  ],
  [
    "The regional directors asked for their own IT budget so they wouldn't \"need us\". We've clearly failed them somewhere.",
    "distance blame:self",
  ],
  [
    "People don't realise how much we can see on the network, and I think they'd be upset if they did.",
    "power",
  ],
  [
    "We hold a thank-you lunch for the top phishing reporters each quarter. Small thing, big difference.",
    "",
  ],
];
