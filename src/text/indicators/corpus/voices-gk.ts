import type { RawExample } from "./types.js";
import { VOICES_GK_2 } from "./voices-gk-2.js";
import { VOICES_GK_3 } from "./voices-gk-3.js";
import { VOICES_GK_4 } from "./voices-gk-4.js";

/** Owners and staff of micro firms whose IT is a contractor, a service provider or a relative (round 31). Written fresh for Rapport (brief GK). */
const FIRST_PART: readonly RawExample[] = [
  ["Our IT guy, Dev, comes in every other Tuesday and checks the backups. Never had an issue.", ""],
  ["The MSP set up two-factor on all our email accounts last spring.", ""],
  ["My nephew does our computers. He's patient with me, explains things twice if I need it.", ""],
  [
    "Helpful? Yes. They answer the phone and they know our practice management software inside out.",
    "",
  ],
  ["They look after the card machine and the booking system, that's about it.", ""],
  ["Not jargon-y at all, which surprised me.", ""],
  [
    "When the shop laptop got a nasty pop-up, Karen from the support firm talked me through it on the phone in ten minutes.",
    "",
  ],
  ["We pay a monthly fee and they handle updates, antivirus and the firewall.", ""],
  ["I'd describe it as a good working relationship, they know us all by name.", ""],
  ["They'd probably say we're a low-maintenance client, which is fair.", ""],
  [
    "The contractor did a little training session for the three of us over lunch, with sandwiches. Actually useful.",
    "",
  ],
  ["Nobody here has ever felt talked down to by them.", ""],
  ["I wouldn't say they're hard to reach - there's a ticket thing but I mostly just ring Sam.", ""],
  ["People assume outsourced IT means nobody cares. Not our experience at all.", ""],
  ["Positive experience: they spotted a fake invoice email before I paid it.", ""],
  [
    "They check in quarterly, go over what's changed, any new staff accounts, that sort of thing.",
    "",
  ],
  ["Their explanations are plain English. If I don't get it, I say so, and they try again.", ""],
  ["Relationship? Friendly. Like the bloke who services our boiler, except for computers.", ""],
  ["I think they like working with small places like ours, less red tape.", ""],
  [
    "Passwords are in a password manager now, the IT lady set it up for each of us individually.",
    "",
  ],
  [
    "We're a charity shop run mostly by volunteers, and the man who does our IT is a volunteer too. Works fine.",
    "",
  ],
  ["He set up a separate wifi for customers so the till isn't on the same network.", ""],
  [
    "The dental software vendor handles patient data security; our local IT firm handles the rest.",
    "",
  ],
  ["I don't know much about it, but what they tell me makes sense.", ""],
  ["Good: quick. Bad: nothing really comes to mind.", ""],
  ["They came in on a Saturday when the server died, no fuss whatsoever.", ""],
  ["How do they feel about us? Like any client, I'd guess. Respectful.", ""],
  ["Once a year they send a checklist and we go through it together at the front desk.", ""],
  ["It's my husband who does the computers. He's actually pretty good at it.", ""],
  ["Not condescending, not pushy. Just gets on with it.", ""],
  [
    "I asked whether we needed cyber insurance and they gave me a straight answer and a couple of names to call.",
    "",
  ],
  ["What do they do? Backups, email, the website, and they keep the laptops patched.", ""],
  ["At first I worried it'd be all jargon, but no, it's been fine.", ""],
  [
    "The contractor rang me personally when that big ransomware thing was in the news, just to reassure us.",
    "",
  ],
  ["Understandable? Mostly yes. Sometimes I write it down so I remember.", ""],
  ["They're a two-man band like us, so they get it.", ""],
  [
    "Solicitor here. Our IT provider is on call and actually picks up, even on a Friday evening.",
    "",
  ],
  ["We have a WhatsApp group with the IT bloke. Works brilliantly.", ""],
  ["Could they be cheaper? Sure. But they're reliable and they never make us feel stupid.", ""],
  ["I'd say we trust each other.", ""],
  [
    "Plumbing firm, eight vans. The MSP manages the tablets the lads use on jobs and it just works.",
    "",
  ],
  [
    "Not a problem at all, they're easy to deal with and they explain why they want a change before making it.",
    "",
  ],
  ["Our bookkeeper recommended them. Three years now and we're still with them.", ""],
  [
    "He wrote out a one-page sheet on what to do if we get a dodgy email. It's pinned up by the kettle.",
    "",
  ],
  ["Do they come across as arrogant? No, quite the opposite.", ""],
  ["They review our setup every six months and send a short summary I can actually read.", ""],
  ["If I'm honest, the relationship's better than the one with our landlord.", ""],
  [
    "The salon's booking app is all in the cloud, so the security side is mostly the vendor's job.",
    "",
  ],
  ["They phoned ahead before remote-accessing my PC, which I appreciated.", ""],
  ["Our practice manager liaises with the IT company; she says they're very responsive.", ""],
  ["They fixed the printer. They always fix the printer.", ""],
  [
    "I was nervous about losing patient records, so they sat down with me and showed me exactly where the backups live.",
    "",
  ],
  ["We see them face to face at least twice a year, usually over a coffee.", ""],
  [
    "The bakery's only got two computers, so there's not a lot for them to do, but when there is, they're on it.",
    "",
  ],
  ["Security training was a short video and a quiz. Painless.", ""],
  ["My son-in-law set up the new router and labelled all the cables. Very tidy.", ""],
  ["They probably think we're a bit old-fashioned, but in a kind way.", ""],
  ["No, we're never made to feel like we're the problem.", ""],
  ["We rely on them, sure, but it's a partnership, not them bossing us about.", ""],
  ["Approachable. would recommend", ""],
];

export const VOICES_GK: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GK_2,
  ...VOICES_GK_3,
  ...VOICES_GK_4,
];
