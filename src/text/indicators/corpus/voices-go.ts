import type { RawExample } from "./types.js";
import { VOICES_GO_2 } from "./voices-go-2.js";
import { VOICES_GO_3 } from "./voices-go-3.js";

/** Remote and hybrid workers, field sales staff, contractors and freelancers on security staff they rarely or never meet (round 32). Written fresh for Rapport (brief GO). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The security guy set up my laptop over a Teams call and walked me through every step. Couldn't have been easier.",
    "",
  ],
  ["Never met him in person, but he's always answered within the hour.", ""],
  [
    "Laptop came by courier, already encrypted, with a one-page guide taped to the lid. Worked first time.",
    "",
  ],
  ["They run the VPN, manage our accounts and send out the phishing tests.", ""],
  ["I'm fully remote so it's all Slack, and honestly that suits me fine.", ""],
  ["Not once have they made me feel stupid for asking something.", ""],
  ["Our security person is a contractor too, she works two days a week for us.", ""],
  ["Helpful, yes. They explain why a rule exists instead of just quoting the policy at you.", ""],
  ["I've got a really good rapport with Dave even though we've only ever spoken on video.", ""],
  [
    "When my laptop was nicked from the car outside a client's, they wiped it remotely and had a new one to me in two days. No lecture, just sorted.",
    "",
  ],
  [
    "They do onboarding for new starters, handle the MFA tokens and check who has access to what.",
    "",
  ],
  ["Very understandable, they write in plain English.", ""],
  ["I wouldn't say there's any tension at all.", ""],
  ["Relationship? Friendly. We swap dog photos in the team chat.", ""],
  ["I think they'd describe us as mostly sensible people who need the odd reminder.", ""],
  ["They're not the department of no, whatever people say about security.", ""],
  [
    "Chat-only contact sounds cold but she's really warm in writing, checks back the next day to see if the fix held.",
    "",
  ],
  [
    "I'm a freelancer, they gave me a separate account with limited access, which is fair enough.",
    "",
  ],
  [
    "Positive experience: I reported a dodgy invoice email and had a thank-you from the head of IT within ten minutes.",
    "",
  ],
  ["They hold a short online session every quarter and it's actually quite interesting.", ""],
  ["It's a two-person team looking after forty of us spread over three countries.", ""],
  ["The VPN used to be flaky but they switched providers and it's been solid since.", ""],
  ["Security here is one bloke called Marek and he's brilliant.", ""],
  ["They answer tickets, patch our machines overnight and send a monthly newsletter.", ""],
  ["I don't see them as an obstacle at all; the checks take thirty seconds.", ""],
  [
    "As a field rep I'm rarely online in office hours, but they set up an out-of-hours number and it's always been answered.",
    "",
  ],
  ["Jargon? Not really. If they use a technical term they explain it.", ""],
  ["They feel like colleagues, not police.", ""],
  ["Hybrid here - I'm in Tuesdays and the security lead usually sits with our team that day.", ""],
  ["I'd say they think of us fondly.", ""],
  ["My onboarding was a 45-minute call with screen share and that was it. Very smooth.", ""],
  ["Good: fast, patient, never judgemental. Bad: honestly can't think of anything.", ""],
  ["Contractor here. Had my access on day one, which is rare in my experience.", ""],
  ["They don't talk down to anyone, even the older reps who struggle with tech.", ""],
  [
    "We've had the odd disagreement about USB sticks but it never got heated and we found a workaround together.",
    "",
  ],
  ["They look after the password manager and the laptop fleet.", ""],
  ["I've never met them face to face and it honestly hasn't mattered.", ""],
  ["yes helpful. quick on chat", ""],
  [
    "The starter pack they post out is really well done: laptop, security key, and a card with the helpdesk number.",
    "",
  ],
  [
    "Last spring I clicked a link in what looked like a courier notice, realised straight away and pinged them on chat. They were calm about it, reset my password, checked the laptop remotely while I made a coffee, and said reporting it quickly was exactly the right thing to do.",
    "",
  ],
  ["They seem to genuinely like helping people.", ""],
  ["There's a weekly drop-in video call, optional, and I go most weeks.", ""],
  ["Understandable enough. Sometimes I read it twice, but that's the topic, not them.", ""],
  [
    "Our security is outsourced to an MSP and the named contact they gave us is very responsive.",
    "",
  ],
  ["Neutral really. It's a professional relationship and it works.", ""],
  [
    "The VPN drops sometimes in hotels, but that's hotel wifi, and they gave me a hotspot as backup.",
    "",
  ],
  ["I get on with them very well, we even had a pint when I was at HQ for the Christmas do.", ""],
  ["They check in once a month on a call to see if anything's bugging us.", ""],
  ["Approachable. Even over chat you can tell they don't mind questions.", ""],
  ["Security role: access reviews, device management, incident response, training.", ""],
  ["I'd describe it as a partnership, honestly.", ""],
  ["The 2FA rollout was well explained, short videos and a FAQ.", ""],
  ["They are never condescending, which I can't say for every IT team I've freelanced for.", ""],
  ["Shipped a replacement charger overnight to my hotel in Leeds. Legends.", ""],
  ["I feel safer knowing they're keeping an eye on things.", ""],
  ["Most of my contact is through the ticket portal and it works well.", ""],
  [
    "They explained phishing using examples that looked like our real client emails, which made it click.",
    "",
  ],
  ["I'm in touch with them maybe once a month and that's plenty, things just work.", ""],
  ["Lovely people. Wish every company had them.", ""],
  ["They even helped me set up my home router, which they didn't have to do.", ""],
];

export const VOICES_GO: readonly RawExample[] = [...FIRST_PART, ...VOICES_GO_2, ...VOICES_GO_3];
