import type { RawExample } from "./types.js";
import { VOICES_ES_2 } from "./voices-es-2.js";
import { VOICES_ES_3 } from "./voices-es-3.js";
import { VOICES_ES_4 } from "./voices-es-4.js";
import { VOICES_ES_5 } from "./voices-es-5.js";

/** In-house security and IT leads of small and mid-size firms on employees and their own job (round 21). Written fresh for Rapport (brief ES). */
const FIRST_PART: readonly RawExample[] = [
  ["We're a team of two for about 180 staff across three warehouses.", ""],
  ["Most of my week goes on patching, access requests and the odd laptop rebuild.", ""],
  ["The only time anyone in accounts calls me is when something's already on fire.", "comm"],
  [
    "Before I was giving them one hour lecture about passwords, now we do ten-minute sessions at Monday meeting.",
    "",
  ],
  ["To the nurses I'm basically the guy who says no.", "conflict"],
  ["i dont think the partners even know my name tbh", "distance"],
  [
    "Maybe we made the VPN too hard to use, so people started emailing files to their private accounts.",
    "blame:self conflict",
  ],
  [
    "The teachers are brilliant about reporting odd emails, I get two or three forwarded a day.",
    "",
  ],
  ["It's exhausting being the bad guy every time a rule changes.", "feel conflict"],
  [
    "Budget for anything security goes through the finance director and he decides, full stop.",
    "power",
  ],
  ["We send a short phishing test every quarter and share the click rate with each team.", ""],
  [
    "I know I slip into jargon. Someone asked me what MFA was and I realised I'd said it twenty times in that meeting.",
    "comm blame:self",
  ],
  ["What do the farm hands think of IT? No idea, I've never asked them.", "distance"],
  [
    "Our kitchen staff is changing every season, so the most of our security work is in onboarding.",
    "",
  ],
  ["Management only listens to me after an incident, never before.", "comm feel"],
  ["Our outsourced helpdesk is slow, and the staff take it out on me.", "blame:sec conflict"],
  ["I sit in the open office with the sales team, so people just lean over and ask.", ""],
  ["nobody reads the security bulletin. i checked the open rate, its 9 percent", "distance"],
  ["We introduced a password manager in March and about 70 percent of staff use it now.", ""],
  ["Sometimes I feel like a servant with admin rights.", "power feel"],
  [
    "The clinic manager decides which rules apply to the doctors, and mostly it's none of them.",
    "power conflict",
  ],
  ["Do they find me approachable? I hope so, but I genuinely don't know.", ""],
  [
    "Every time when I block a USB stick, somebody go straight to the MD for unblock it.",
    "conflict power",
  ],
  ["Two volunteers from each shop test new rules before we roll them out.", ""],
  ["I'm tired of writing policies that nobody opens.", "feel distance"],
  [
    "Our devs treat security review as a box to tick before the Friday release.",
    "conflict blame:emp",
  ],
  ["The drivers use shared tablets, so we moved to badge login last year.", ""],
  ["Frankly I'm scared one wrong click in payroll could sink us.", "feel"],
  [
    "We probably came across as the fun police when we first started, that's on us.",
    "blame:self conflict",
  ],
  ["Councillors think the rules are for officers, not for them.", "conflict blame:emp"],
  ["I meet every department head once a month for half an hour, no agenda, just questions.", ""],
  ["They see a warning pop up and they just click through, like it's an advert.", "blame:emp"],
  [
    "Our IT contractor hasn't answered a ticket in a week and I look useless in front of staff.",
    "blame:sec feel conflict",
  ],
  ["Phishing reports went from 4 a month to about 30 since we added the report button.", ""],
  ["I explained certificate pinning to the owner and watched his eyes glaze over.", "comm"],
  ["Staff here is sensible. Mistakes happen but they tell me fast.", ""],
  ["The receptionists spot dodgy callers better than any tool we have", ""],
  ["I'm only ever invited to meetings when there's been a breach.", "comm"],
  [
    "Hospitality people work nights and weekends, I work nine to five, so we barely overlap.",
    "distance",
  ],
  ["Nobody has local admin rights. I decided that on my own and never asked the teams.", "power"],
  ["What's a realistic click rate for a firm our size? I'd genuinely like to know.", ""],
  [
    "The accountants work around every control in tax season, and I can't really blame them.",
    "conflict",
  ],
  [
    "i probably should explain things more simply, my emails read like a vendor manual",
    "comm blame:self",
  ],
  ["The warehouse floor has one shared PC and it's locked down hard.", ""],
  ["Whatever I propose, the answer from the owners is 'next year'.", "power"],
  ["People here hide mistakes because they're afraid I'll report them.", "feel power distance"],
  ["Our school has 60 staff and one part-time technician, which is me.", ""],
  ["They call IT the 'computer says no' department. Fair enough, sometimes.", "conflict"],
  ["The sales lads share one login for the CRM and think I don't know.", "conflict"],
  ["I love this team. They bring me coffee and broken laptops in equal measure.", ""],
  [
    "Mfa was rolled out without asking anyone and honestly that was my mistake.",
    "blame:self power",
  ],
  ["Backups run nightly and we test a restore on the first Tuesday of each month.", ""],
  ["Explaining risk to the vets is like shouting into a well.", "comm feel"],
  ["The boss signs off on my budget, so his laptop gets whatever exceptions he wants.", "power"],
  ["I would say relation is fine, a little bit distant maybe, but fine.", "distance"],
  ["Our new starters get a one-page guide and a chat with me on day one.", ""],
  [
    "Security is everyone's job, they say. In practice it's mine alone, and when it goes wrong it's my fault.",
    "feel",
  ],
  ["The charity's volunteers use their own phones and I can't control that at all.", ""],
  [
    "Keep it simple, I tell myself, and then I write 'endpoint detection' in a staff email.",
    "comm blame:self",
  ],
  [
    "They ignore the training, then they're shocked when their account gets taken over.",
    "blame:emp",
  ],
  [
    "We swapped the annual compliance video for short stories from real incidents here, and people actually talk about them.",
    "",
  ],
  ["Line managers expect me to spy on their teams' browsing and I refuse.", "conflict power"],
  ["I honestly don't know what the drivers think of us.", ""],
  ["Patching is 92 percent on time this quarter, up from 75.", ""],
  ["The owner's nephew does 'IT' on weekends and undoes half my changes.", "blame:sec conflict"],
  ["For me the users is not problem, the problem is old software nobody update.", ""],
  ["Half the office still thinks I can read their emails whenever I like.", "power"],
  ["We hold a drop-in hour every Thursday in the staff room.", ""],
  [
    "Is it annoying when they bypass the proxy? Sure. Is it surprising? Not really, our proxy is awful.",
    "conflict feel blame:self",
  ],
  [
    "I report to the operations director, who forwards anything technical to me unread.",
    "distance",
  ],
  ["Our developers are careful people, they spot dodgy dependencies before I do.", ""],
  ["People only remember my name when the printer breaks.", "comm"],
  [
    "Back then we locked everything down without asking anyone and people hated us for it; now we ask the team leads first, explain the reason, and it's been much calmer for everyone.",
    "",
  ],
  ["It drives me mad that the partners forward client files to their Gmail.", "feel conflict"],
  [
    "Some days I feel like I'm the only adult in the building when it comes to data.",
    "blame:emp feel",
  ],
  ["the cooks dont care about passwords and honestly why would they", ""],
  ["Our retention policy keeps CCTV for 30 days and access logs for a year.", ""],
  ["Whenever I speak at the all-hands, I can see people checking their phones.", "distance"],
  ["The head teacher trusts me completely, which is nice but also a lot of pressure.", ""],
];

export const VOICES_ES: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_ES_2,
  ...VOICES_ES_3,
  ...VOICES_ES_4,
  ...VOICES_ES_5,
];
