import type { RawExample } from "./types.js";

/** Technicians of outsourced IT providers on their clients' staff and owners (round 21). Written fresh for Rapport (brief ET). */
export const VOICES_ET_3: readonly RawExample[] = [
  [
    "If you're asking me whether employees are the biggest risk: no, unpatched edge devices are.",
    "",
  ],
  [
    "The pharmacy owner still doesn't know the difference between us and the software vendor, after four years.",
    "distance",
  ],
  ["Tomasz from the joinery brings us coffee when we're onsite, proper gent.", ""],
  [
    "We set the rules and the client staff just have to live with them, that's how the contract works.",
    "power",
  ],
  [
    "Honestly I feel a bit guilty, we pushed the clinic into a system their nurses hate.",
    "blame:self conflict",
  ],
  ["The school head only emails in capital letters. I've stopped taking it personally.", "comm"],
  ["Most of our clients are under 50 staff, the smallest is a two-person bookkeeping firm.", ""],
  ["Is there a way to make MFA less annoying for warehouse staff wearing gloves?", ""],
  [
    "The tech side of my job is easy. The bit where the owner ignores me for six months, then blames me, is the hard part.",
    "distance feel blame:emp",
  ],
  ["Feedback forms after our training sessions are mostly positive, average 4.3 out of 5.", ""],
  ["They see my company's logo on the email and delete it unread, I swear.", "distance"],
  [
    "We worked out with the hotel that night staff get a separate simpler login for the front desk.",
    "",
  ],
  [
    "You know what, the users have been right more often than us this year about what's broken.",
    "blame:self",
  ],
  ["Whatever we say, the manager do the opposite. Very difficult client for me.", "conflict feel"],
  ["Our weekly team meeting includes ten minutes on how each client relationship is going.", ""],
  [
    "Reception staff at the clinic write thier passwords on sticky notes under the keyboard, classic.",
    "conflict blame:emp",
  ],
  ["I feel like for them we are only a cost line.", "feel"],
  [
    "The software startup's devs are sharp and mostly set up their own security, which we review.",
    "",
  ],
  ["A client once asked if I could 'just hack' their ex-employee's account. No.", "conflict"],
  ["Ledgers at the accountancy are backed up to two locations and checked weekly.", ""],
  ["Without signature of finance director I cannot buy even a new switch.", "power"],
  ["We went from yearly audits to small monthly checks and the clients seem to prefer it.", ""],
  [
    "My fault, probably. I sent the migration notice as a PDF full of technical terms and nobody understood it.",
    "blame:self comm",
  ],
  ["Not once has the retail chain's owner asked how we're doing. It's all demands.", "power feel"],
  ["The charity's volunteers change every few months, so we keep a short welcome pack.", ""],
  [
    "People click. That's not a moral failing, it's just what people do, so the filter has to be good.",
    "",
  ],
  [
    "I dread Monday calls with the manufacturing client, it's forty minutes of complaints about us.",
    "feel conflict",
  ],
  ["The school's new business manager invited us to the staff meeting to introduce ourselves.", ""],
  ["They only remember us at renewal time and when the printer dies.", "comm distance"],
  ["We keep a one-page risk summary for every client, updated twice a year.", ""],
  [
    "I think the owners are scared of us, a bit, because they don't understand what we do.",
    "feel power",
  ],
  [
    "honestly the receptionists at the dentist are stars, they call us the moment something looks off",
    "",
  ],
  [
    "Our own sales team oversells, then the engineers take the heat from angry clients.",
    "blame:sec conflict",
  ],
  ["Customer data at the travel agency sits in a CRM we manage, with daily exports.", ""],
  [
    "Did I overreact when I locked the marketing manager's account? Maybe. She still hasn't forgiven me.",
    "blame:self conflict",
  ],
  [
    "Councillors don't think rules apply to them, that's been my experience anyway.",
    "blame:emp conflict",
  ],
  [
    "We're trialling a shared Teams channel with the logistics client so questions come in early, not in a panic.",
    "",
  ],
  [
    "So the office manager installs whatever she wants and then asks us why the laptop's slow.",
    "distance blame:emp",
  ],
  ["Good client, the farm. They listen, they pay, they ask before they buy kit.", ""],
  ["Being the person who says no all day wears you down.", "conflict feel"],
  [
    "Our escalation path goes engineer, team lead, then the account manager, who talks to the client owner.",
    "",
  ],
  [
    "They don't come to us, they just suffer with broken stuff for weeks. Found a printer that'd been jammed since March.",
    "distance",
  ],
  ["For me the users are not problem, the problem is no budget for new machines.", ""],
  ["We patch the hotel's booking terminals on Monday mornings when occupancy is lowest.", ""],
  [
    "Every client thinks they're the only client. Reply in ten minutes or you're 'ignoring' them.",
    "conflict feel",
  ],
  ["The accountants never call to chat, only to shout when the tax software fails.", "comm"],
  ["Sunita, our account manager, visits each client twice a year just to listen.", ""],
  ["I know we sound like robots in our emails, the templates are awful.", "comm blame:self"],
  [
    "The workshop lads share one email account for ordering parts and we've given up arguing.",
    "conflict",
  ],
  ["There is a good relation with the clinic, they always say thanks after the fix.", ""],
  [
    "What bugs me is the owner reading our reports and then asking his golf buddy for a second opinion.",
    "feel conflict",
  ],
  [
    "Our monitoring caught a brute-force attempt on the school's VPN last night; blocked automatically.",
    "",
  ],
  ["They'll click a link in a text message faster then they'll answer my email.", "blame:emp"],
  [
    "The council's IT liaison retired and nobody replaced her, so now we have no contact at all.",
    "distance",
  ],
  [
    "It's not the staff. It was never the staff. It's the ten-year-old firewall the owner refuses to replace.",
    "power blame:emp",
  ],
  ["We offer every client a free half-day workshop once a year and about half take it.", ""],
  [
    "dont know why but the law firm staff always apologise when they call, like they're bothering us",
    "power",
  ],
  [
    "Shorter passwords with MFA went down much better than the long ones we forced on the charity before.",
    "",
  ],
  [
    "We've made ourselves the gatekeepers of everything and now everyone resents the gate.",
    "power conflict blame:self",
  ],
  ["The bakery's till system is supported by the vendor; we just handle the network.", ""],
  ["Sorry, who is the contact now? Is the third office manager this year.", "distance"],
  ["I've had clients thank us for a breach we stopped, which is rare and really nice.", ""],
  ["Managers here think security is something we do to them, not with them.", "conflict power"],
  ["Client staff ask great questions when we sit with them, it's the emails that fail.", "comm"],
  [
    "It's exhausting explaining for the fifth time why we can't whitelist the owner's personal Gmail.",
    "feel conflict",
  ],
  ["The dental practice wanted a simpler backup report, so now it's a green or red tick.", ""],
  ["In the end the owner is the boss, if he say no, we cannot do anything.", "power"],
  ["We measure click rates per client but we never share individual names.", ""],
  ["I'll be honest, sometimes I think the staff are just lazy about security.", "blame:emp"],
  ["Lunchtime drop-ins at the manufacturing site were full of people with questions.", ""],
  [
    "The owner of shop never answer my emails, only when the till is broken he call me three times.",
    "comm distance",
  ],
  [
    "Whenever something breaks, the first thing the shop manager says is 'what did you lot change?'",
    "conflict blame:sec",
  ],
  ["We deliberately avoid words like 'endpoint' and 'tenant' with the farm clients.", ""],
  ["Not gonna lie, I hide from the school's deputy head when I'm on site.", "distance feel"],
  [
    "The new password rules at the council were drafted with two staff reps, and complaints dropped.",
    "",
  ],
  [
    "Clients pay for 'IT support' and then get angry when we support security instead of convenience.",
    "conflict feel",
  ],
  [
    "Ahmed at the taxi firm is a legend, learned the admin console himself so he can reset passwords.",
    "",
  ],
  ["The hotel staff groan when they see my lanyard.", "conflict feel"],
  [
    "We set up an internal wiki for the logistics client so staff can find answers without calling.",
    "",
  ],
  [
    "As the provider we have all the access and they have no visibility. That imbalance isn't healthy.",
    "power",
  ],
  [
    "The vet group's practice manager meets us every month, even when there's nothing to discuss.",
    "",
  ],
  ["Users don't read, users don't listen, users don't care. Rant over.", "blame:emp feel"],
  [
    "If I say something is risk, the director say 'you always say this'. So I stop saying.",
    "conflict feel",
  ],
  [
    "The car dealership sends tickets written in all lowercase with no punctuation and I love them for it",
    "",
  ],
];
