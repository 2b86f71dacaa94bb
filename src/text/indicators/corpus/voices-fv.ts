import type { RawExample } from "./types.js";
import { VOICES_FV_2 } from "./voices-fv-2.js";
import { VOICES_FV_3 } from "./voices-fv-3.js";

/** Employees, IT security staff and managers in equal parts, from firms of different sectors and sizes, answering the survey's questions or describing the other side, written from the label table alone (round 27). Written fresh for Rapport (brief FV). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The security team answered my VPN question within an hour and explained it in plain English. Really helpful.",
    "",
  ],
  [
    "We have a monthly coffee session with the security folks and people actually turn up and ask questions.",
    "",
  ],
  [
    "Honestly they are never condescending, even when I ask something that must seem obvious to them.",
    "",
  ],
  [
    "From our side, most employees report phishing quickly, and that makes our job a lot easier.",
    "",
  ],
  ["Relationship? Good. They know us by name and we know them.", ""],
  [
    "Not a problem at all - the new password policy was explained at the all-hands and everyone got it.",
    "",
  ],
  ["They handle the patching schedule, review access requests and run incident response.", ""],
  [
    "I'd describe them as partners. When we launched the new clinic system they sat with the nurses for a whole week.",
    "",
  ],
  [
    "Employees are our best sensor network. Half our detections last year started with someone saying 'this looks odd'.",
    "",
  ],
  [
    "What they tell us is usually clear, and when it isn't I ask and they rephrase without any fuss.",
    "",
  ],
  ["I don't feel nervous about contacting them. It's like talking to any other colleague.", ""],
  ["Our staff are not the weakest link; they're the ones who spot what our tools miss.", ""],
  ["They run audits twice a year and post a short summary on the intranet afterwards.", ""],
  [
    "Positive experience: my laptop was stolen on a train and they had it wiped and a replacement ready the next morning. No lecture.",
    "",
  ],
  [
    "We treat the finance team as co-owners of the fraud controls, not as a risk to be managed.",
    "",
  ],
  ["Hard to think of a bad side, really. Maybe that the training videos run a bit long.", ""],
  [
    "The new head of security walks the warehouse floor every Friday and chats with the pickers.",
    "",
  ],
  ["There's no us-versus-them here. If something breaks, we fix it together.", ""],
  [
    "Mostly they send out a newsletter and run the phishing simulations. Fairly neutral from my point of view.",
    "",
  ],
  ["I wouldn't call them arrogant at all; they admit it when they don't know something.", ""],
  ["In my department people trust IT security and IT security trusts them back.", ""],
  ["Users make mistakes, sure, but so do we. Blaming them gets you nowhere.", ""],
  ["The explanation of the MFA rollout was short, jargon-free and had pictures. Loved it.", ""],
  ["As a manager I can pick up the phone and get the CISO the same day.", ""],
  [
    "We design controls around how people actually work, and we ask them before we change anything.",
    "",
  ],
  ["Staff at the branch see the security officer every week on her rounds.", ""],
  ["Helpful: 9 out of 10. They even followed up a week later to check the fix had held.", ""],
  [
    "I've heard horror stories from other firms about security acting like the police, but ours is nothing like that.",
    "",
  ],
  ["The human layer is your strongest control when it's trained and respected. Invest in it.", ""],
  [
    "Their emails used to be full of acronyms, but since last year they write like normal people.",
    "",
  ],
  ["i feel safe asking them 'stupid' questions tbh", ""],
  ["They do what they say they'll do. That's rare and I appreciate it.", ""],
  [
    "The security lead joins our sprint reviews, so concerns come up early rather than at go-live.",
    "",
  ],
  ["I'd say the relationship is respectful on both sides.", ""],
  ["Security staff answer tickets, employees raise them. Pretty standard setup.", ""],
  ["Our people want to do the right thing. Our job is to make the right thing the easy thing.", ""],
  ["Not once have I felt talked down to by the infosec team.", ""],
  ["Good side: they're approachable. Bad side: honestly can't think of one.", ""],
  [
    "They explained why USB sticks are blocked and offered an alternative the same day, so no real friction.",
    "",
  ],
  ["The team is small - three people for 400 staff - but they make time for everyone.", ""],
  [
    "I think they see us as colleagues who need a bit of support now and then, which is fair enough.",
    "",
  ],
  [
    "The trade press keeps calling users the problem. In my experience they're mostly the solution.",
    "",
  ],
  ["A positive experience: the analyst who handled my phishing report thanked me personally.", ""],
  [
    "Our sales team and the security team worked out the travel-laptop policy together over two workshops.",
    "",
  ],
  ["Neither side is perfect, but we talk regularly and sort things out.", ""],
  ["Understandable? Yes, mostly. The quarterly bulletin is written for non-techies.", ""],
  ["I used to be scared of getting the security lot involved. Not any more, they're lovely.", ""],
  ["Helpful and quick. Nothing more to add.", ""],
  ["Security sit on the same floor as us, so we see them at lunch every day.", ""],
  ["They're strict about badges, but they explain why and it makes sense to me.", ""],
  [
    "I'm a nurse; the IT security people came to our ward to show us how to spot fake emails. Very patient with us.",
    "",
  ],
  [
    "Managers here back the security team and the security team listens to managers. Works well.",
    "",
  ],
  ["Users aren't stupid. If they click, it's usually because the email was very convincing.", ""],
  ["The relationship is fine - not warm, not cold, just professional.", ""],
  ["We publish our response times and we hit them. Staff seem to like the predictability.", ""],
  [
    "They approve software requests within two days, usually with a note explaining the decision.",
    "",
  ],
  ["I'd be surprised if anyone here called them obstructive.", ""],
  ["I wouldn't say they're arrogant - maybe a bit reserved, but always polite.", ""],
  [
    "Security reports to me and honestly they're excellent. The only issue we have is budget, and that's on the board, not them.",
    "",
  ],
  [
    "I think most of the team genuinely respect the staff, even if we grumble about the odd careless click over coffee.",
    "",
  ],
];

export const VOICES_FV: readonly RawExample[] = [...FIRST_PART, ...VOICES_FV_2, ...VOICES_FV_3];
