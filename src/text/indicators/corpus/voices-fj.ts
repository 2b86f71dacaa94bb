import type { RawExample } from "./types.js";
import { VOICES_FJ_2 } from "./voices-fj-2.js";
import { VOICES_FJ_3 } from "./voices-fj-3.js";
import { VOICES_FJ_4 } from "./voices-fj-4.js";

/** In-house and outsourced IT and security staff, a part-time security officer, managers and directors, on working with employees and each other (round 24). Written fresh for Rapport (brief FJ). */
const FIRST_PART: readonly RawExample[] = [
  ["Sometimes I think people would rather lose a day's work than ask me for help.", "distance"],
  ["People are lovely, but nobody turns up to the sessions unless lunch is free.", "distance"],
  [
    "Nobody warns you how personally people take it. I lock a shared folder for perfectly good reasons and suddenly I'm the person who 'doesn't trust' the design team, and the frost lasts for weeks.",
    "conflict feel",
  ],
  [
    "Who's our IT contact these days? No idea, somebody at the MSP I think. And I manage twelve people.",
    "distance",
  ],
  [
    "The MD still uses a password with his dog's name in it and gets grumpy when I mention it.",
    "blame:emp conflict",
  ],
  [
    "Our provider's quarterly report is forty pages of CVE numbers and I can't pass any of it on to the other directors.",
    "comm",
  ],
  ["We have a no-blame rule for reporting phishing. It works.", ""],
  ["Oh yes, they absolutely LOVE hearing from me. Can't get enough of my emails.", "comm feel"],
  ["Our IT guy is brilliant, but he can't explain anything without six acronyms.", "comm"],
  ["The warehouse lads are brilliant, they ring me the second a scanner does something odd.", ""],
  [
    "Who cut the security budget two years running? Me, the managing director. I know, I know.",
    "blame:self power",
  ],
  ["Blame doesn't come into it. Someone clicks, we reset the password, we move on.", ""],
  ["I used to get angry. Now I just log it and move on.", "distance"],
  [
    "The incident summaries land with me in operations, and they're clear enough for a non-techie like me.",
    "",
  ],
  ["Staff were curious about the passkeys pilot and a few even volunteered.", ""],
  ["The solicitors are sharp. They pick up on phishing quicker than most clients I support.", ""],
  ["Eight security champions, one per department, and we meet for half an hour each month.", ""],
  ["Nobody's ever shouted at me here.", ""],
  ["Our CFO asked for a security briefing on her own initiative, which I loved.", ""],
  ["the MFA rollout was a bit bumpy but fine really, two days of questions and done", ""],
  ["The board got the pen test report in May. As far as I know it's still unread.", "power"],
  ["Three of us covering 24/7 for a logistics firm. Something will give eventually.", "feel"],
  [
    "I'm never made to feel like the 'no' department here; they ask before they buy any software.",
    "",
  ],
  [
    "Sales keep asking me to allow their personal Dropbox so they can share decks with clients.",
    "conflict",
  ],
  ["Being the department of no isn't a role I chose, but here we are.", "conflict"],
  ["We do a tabletop exercise with the leadership team once a year.", ""],
  ["My manager thinks security is something I get round to on Fridays if there's time.", "power"],
  [
    "I used to get ignored in board meetings, but since the ransomware scare at our competitor they give me a slot every month.",
    "",
  ],
  ["Team leaders in the call centre do a two-minute security tip at their morning huddle.", ""],
  [
    "Our managed service provider is competent, I'm sure, but everything goes through a portal, answers come back two days later in language I have to google, and I've never spoken to the same person twice, so I've more or less given up asking.",
    "comm distance",
  ],
  ["People in the lab are careful by training, they treat data a bit like samples.", ""],
  [
    "My biggest worry is that someone gets caught out and is too ashamed to tell me.",
    "feel distance",
  ],
  ["I meet the HR manager every fortnight to go through leavers and joiners.", ""],
  [
    "Nobody notices when nothing goes wrong, which is the whole point of the job, and it stings a little.",
    "feel",
  ],
  ["staff treat the awareness module as something to click through while eating lunch", "distance"],
  [
    "We moved from KeePass to 1Password Business last spring and about 90% had set it up within a month.",
    "",
  ],
  [
    "Just the IT contractor, so I don't get invited to anything, I hear about changes from the receptionist.",
    "comm power",
  ],
  ["Part-time ISO, two days a week. Mostly policy review and supplier questionnaires.", ""],
  ["Users are the weakest link, simple as.", "blame:emp"],
  [
    "Half the office still thinks the IT company is 'that bloke Steve' who left in 2019.",
    "distance",
  ],
  ["The owner's nephew has domain admin and nobody will take it off him.", "power"],
  [
    "Our outsourced helpdesk closes tickets as 'resolved' when nothing's been done.",
    "blame:sec comm",
  ],
  [
    "I can see everything they do on their laptops and they know it. Makes things awkward.",
    "power",
  ],
  ["user error happens, that's what backups are for 🙂", ""],
  ["That breach was on us. We'd left RDP open and I knew about it.", "blame:self"],
  [
    "As a team leader I get why it's there, but the VPN drops every hour so my people just switch it off to finish a call.",
    "conflict",
  ],
  [
    "Honestly the security lot at head office make it worse, they send threats instead of help.",
    "blame:sec comm",
  ],
  ["When someone forwards me a scam I reply with a thank-you and a line on what gave it away.", ""],
  ["Our finance team spotted the fake invoice before I did, full credit to them.", ""],
  ["If a client complains about a delay, somehow it's always IT's fault.", "conflict feel"],
  ["I send a monthly bulletin. Pretty sure about six people open it.", "comm"],
  ["A tenner for every real phish reported. Cheapest control we have.", ""],
  ["They'll plug in literally anything they find in the car park.", "blame:emp"],
  ["Staff turnover is low, so most people know me by name.", ""],
  ["Staff see me as the police. The room goes quiet when I walk in.", "power distance"],
  ["I explain most things with car analogies and it seems to land with the sales team.", ""],
  [
    "We run phishing simulations every quarter and the click rate has dropped to about four percent.",
    "",
  ],
  ["Incidents come to light weeks later because the team sorted it 'themselves'.", "distance"],
  ["People don't report phishing any more, they just delete it.", "distance"],
  ["Our provider in Bristol picks up within three rings, every single time.", ""],
];

export const VOICES_FJ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FJ_2,
  ...VOICES_FJ_3,
  ...VOICES_FJ_4,
];
