import type { RawExample } from "./types.js";

/** Part 2 of batch FQ (see voices-fq.ts). */
export const VOICES_FQ_2: readonly RawExample[] = [
  [
    "A contractor told me straight: 'your team is why our project is late'. He wasn't entirely wrong.",
    "conflict blame:sec",
  ],
  [
    "I guess we're kinda remote from the shop floor. I couldn't name anyone in dispatch.",
    "distance",
  ],
  [
    "The account approval process makes people wait a week. They hate having to ask us for permission for everything.",
    "power conflict feel",
  ],
  ["I get anxious every time I see a ticket marked urgent from the MD's office.", "feel"],
  ["We tell people what to do and never why.", "comm"],
  [
    "I keep telling myself I should go talk to the teams in person, and I never do. Too busy firefighting.",
    "distance blame:self",
  ],
  ["sometimes I feel like users see us as the police", "power"],
  [
    "My predecessor spent three years shouting at people about passwords. Trust is gone and I'm inheriting that.",
    "conflict",
  ],
  [
    "Honestly the gap between what we say in policy and what people actually do is enormous.",
    "conflict",
  ],
  [
    "Staff feel checked up on. We audit their machines without telling them why.",
    "power comm feel",
  ],
  ["People just ignore our alerts. Pop-up fatigue is real.", "distance comm"],
  ["Users don't care about security until it's their bank account.", "blame:emp"],
  [
    "Nobody in the design studio comes to us anymore, they bought their own NAS and run it themselves.",
    "distance",
  ],
  ["We talk in acronyms. EDR, SIEM, DLP. We forget normal people don't.", "comm"],
  [
    "It's disappointing, we put on a lunch-and-learn with pizza and six people came.",
    "feel distance",
  ],
  [
    "The phishing simulations make people feel tricked and stupid. I probably overdid it, I designed them.",
    "feel blame:self",
  ],
  [
    "Honestly, a lot of our emails start with 'It has come to our attention'. That's a telling-off, not a conversation.",
    "comm",
  ],
  [
    "the ops manager refuses to install the agent on his laptop and goes over my head every time",
    "conflict power",
  ],
  ["I'm a bit worried staff think reporting a mistake gets them fired.", "feel"],
  [
    "Every new starter gets a compliance email they don't understand and a login they can't use. Great first day.",
    "comm",
  ],
  [
    "If I'm being critical, we built the whole access model around what's easy for us, not for them.",
    "blame:sec",
  ],
  [
    "Teachers keep asking why they can't install apps, and the answer 'because IT says so' isn't good enough.",
    "conflict power",
  ],
  [
    "The whole of legal basically avoids us. They'd rather email a file insecurely than raise a ticket.",
    "distance conflict",
  ],
  [
    "I think I'm part of the problem. I get short with people when they ask basic stuff.",
    "blame:self comm",
  ],
  [
    "You send a warning and people reply 'ok thx' and carry on doing exactly what you said not to.",
    "conflict",
  ],
  ["Staff get really defensive when we ask about an incident.", "conflict"],
  ["i'm tired of being the one who says no all day", "feel"],
  ["We don't really know each other, the business and us. Two separate worlds.", "distance"],
  ["Security sometimes hides behind the policy rather than explain it.", "comm blame:sec"],
  [
    "A guy in procurement told me he'd never been told who to contact if he got a dodgy email. That's on me.",
    "distance comm blame:self",
  ],
  ["Users in the branch offices feel forgotten, they see us once a year if that.", "distance feel"],
  [
    "Management sees users as a risk to be managed, not as colleagues. That attitude leaks into everything.",
    "blame:emp power",
  ],
  ["Users will always pick convenience over security, every time, no exceptions.", "blame:emp"],
  [
    "We roll out changes on a friday evening and then wonder why staff are furious on monday",
    "conflict blame:sec feel",
  ],
  [
    "When the system's down they panic and blame us, when it's up they forget we exist.",
    "conflict distance",
  ],
  [
    "The boss thinks cyber is 'an IT thing' and won't give us a minute in the leadership meeting.",
    "power",
  ],
  [
    "We can see every site a user visits and people know it. It does change how they look at us.",
    "power feel",
  ],
  ["It stings a bit when someone says 'oh you're from IT' in that tone.", "feel"],
  [
    "staff literally wedge the server room door open because the badge reader is slow. Been asking for a fix for months",
    "conflict",
  ],
  ["Presenting to the board is soul-destroying, I might as well talk to a wall.", "feel"],
  ["We don't ask users anything before changing their systems. We just do it.", "power"],
  ["I'm probably too blunt in my emails. People read them as angry.", "comm blame:self"],
  [
    "It's a constant tug of war between deadlines and controls, and the controls usually lose.",
    "conflict",
  ],
  ["A lot of helpdesk staff are quite scared of the big clients, we get shouted at a lot.", "feel"],
  [
    "Frankly our security awareness video was patronising. Cartoon hackers. Adults hated it.",
    "comm blame:sec",
  ],
  [
    "Look, I know the line is that people are the problem, but after fifteen years in this job I'd say most of our incidents came from us: a misconfigured share, a rule nobody could follow, a tool so awkward that people naturally found another way. We designed the workarounds into the system ourselves.",
    "blame:sec",
  ],
  [
    "Funny thing is, nobody in the building knows who we are. We took over from an outsourced provider eighteen months ago, there are four of us now, and people still email the old supplier's address or just ask whoever sits next to them instead of coming to us.",
    "distance",
  ],
  ["We moved everyone onto the password manager in February.", ""],
  ["All laptops have full-disk encryption now.", ""],
  ["I run IT for a 30-person architecture firm, just me and a part-timer.", ""],
  [
    "The new head of ops comes down to our office every Thursday and we just talk through what's bugging her team. Works brilliantly.",
    "",
  ],
  ["patching happens on the second tuesday of the month", ""],
  ["We use Microsoft Defender plus a third-party email filter.", ""],
  [
    "Honestly our relationship with the warehouse is great, they ping us on Teams and we sort it.",
    "",
  ],
  ["The staff here are really good at reporting phishing, we got 80 reports last month.", ""],
  [
    "It used to be a nightmare, everyone hated the helpdesk. Since we hired Priya it's turned right around.",
    "",
  ],
  [
    "People aren't the weakest link, they're our first line of defence. I genuinely believe that.",
    "",
  ],
  ["Our MFA rollout went smoothly, surprisingly.", ""],
  ["I don't think we're condescending at all. We try hard to keep things plain.", ""],
  ["Backups are tested quarterly.", ""],
];
