import type { RawExample } from "./types.js";
import { VOICES_FS_2 } from "./voices-fs-2.js";
import { VOICES_FS_3 } from "./voices-fs-3.js";

/** Employees of small and medium firms (offices, agencies, shops, clinics, workshops) answering the survey's open questions about the security staff, written from the label table alone (round 27). Written fresh for Rapport (brief FS). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Very helpful. Our IT guy sorted out my email on the phone within ten minutes and explained what he was doing.",
    "",
  ],
  ["They are helpful when you finally get hold of them, but that can take days.", "conflict"],
  ["honestly pretty helpful, no complaints", ""],
  [
    "Helpful? Not really. Every request gets a no first and a reason later, if at all.",
    "conflict blame:sec",
  ],
  ["The outside company that does our IT is fine. Quick, polite, they know their stuff.", ""],
  ["They help, but you always feel like you're bothering them with stupid questions.", "feel comm"],
  ["I never need them so I can't really say.", ""],
  ["Our practice manager handles IT and she's always willing to help, even on a busy Monday.", ""],
  ["They are not unhelpful exactly, I just don't know who to contact half the time.", "conflict"],
  ["Helpful enough, though I'd rather sort things myself than ring them.", "distance"],
  ["Very. They came in on a Saturday when our till system got locked up.", ""],
  [
    "When something breaks they're great. The rest of the year we never hear from them.",
    "distance",
  ],
  [
    "Not helpful at all. The contractor charges by the hour so nobody dares to call.",
    "feel distance conflict",
  ],
  [
    "They're helpful, no doubt, but they treat us like kids who can't be trusted with a password.",
    "comm blame:emp",
  ],
  [
    "I'd say 7/10. Answer tickets fairly quick but the answers are sometimes hard to follow.",
    "comm",
  ],
  ["They do their best with what they've got, there's only two of them for the whole company.", ""],
  ["Helpful and patient, never once made me feel silly for asking.", ""],
  ["Helpful if you're a manager. If you're on the shop floor, you wait.", "power conflict"],
  ["Hard to say helpful or not, I've only dealt with them once for a new laptop.", ""],
  [
    "They fixed the printer thing but took forever to reply to my email about the weird link I got, which worried me.",
    "conflict feel",
  ],
  ["No idea what they actually do all day, they sit in a room nobody goes into.", "distance power"],
  ["They install updates, look after backups and do the phishing training once a year.", ""],
  ["They work remotely, we only ever see them as a name on an email.", "comm distance"],
  [
    "I think they monitor everything we do on our computers but nobody has ever told us what exactly.",
    "power feel",
  ],
  [
    "They run the network and the firewall and they check the logins. They explain it at the staff meeting every quarter.",
    "",
  ],
  ["Mostly they send out warnings and rules. Don't click this, don't plug that in.", "comm"],
  [
    "They mostly react to problems. Nobody is looking at the bigger picture as far as I can tell.",
    "",
  ],
  [
    "As far as I know they keep the systems running and do the security stuff in the background, which is how it should be.",
    "",
  ],
  [
    "they do audits of our desks and tell off whoever left a password on a postit",
    "power blame:emp",
  ],
  [
    "Our IT person works part time and tries to fit everything into two days a week. Impressive really.",
    "",
  ],
  ["They decide what software we can use without asking us what we need.", "power conflict"],
  ["They work through tickets in order. Fair system, no shortcuts for anyone.", ""],
  ["I'm not sure they do anything. Things break and stay broken.", "blame:sec"],
  ["They come in monthly, check the machines, have a coffee with us and go. I like that.", ""],
  [
    "They write policies in a language only they understand and then expect us to follow them.",
    "comm conflict",
  ],
  [
    "Negative experience: I clicked on a fake invoice and was terrified to tell anyone. When I did, they were lovely about it.",
    "feel blame:self",
  ],
  [
    "I got shouted at on the phone for using a USB stick from a client. Nobody had ever told me not to.",
    "comm feel blame:emp",
  ],
  [
    "The new password rules locked me out three times in one week and I couldn't see patients' notes. Security really gets in the way of care here.",
    "conflict feel",
  ],
  [
    "My account was disabled while I was on holiday and no one told me why. Came back to nothing.",
    "conflict power comm",
  ],
  [
    "I reported a suspicious email and never heard back. Not sure if anyone even read it.",
    "distance comm",
  ],
  ["Can't think of a negative one honestly.", ""],
  [
    "A colleague was named in an email to the whole office for failing the phishing test. Humiliating.",
    "blame:emp comm feel",
  ],
  [
    "They wiped my laptop without backing up my designs first. Two weeks of work gone and they shrugged.",
    "blame:sec feel",
  ],
  ["The only bad thing was a slow response once during a busy period, understandable.", ""],
  [
    "When the ransomware scare happened we were told nothing for a whole day. We just sat there not knowing if we could work.",
    "feel comm power",
  ],
  ["I asked why we couldn't use Dropbox and got a lecture instead of an answer.", "comm conflict"],
  [
    "Bad experience: I lost my phone with work email on it and was worried sick I'd be fired. In the end it was no big deal.",
    "feel blame:self",
  ],
  [
    "They blocked the website we use to order parts. Took a week to unblock, meanwhile we were ringing suppliers like it's 1995.",
    "conflict",
  ],
  ["I don't have a negative experience with them but I've heard plenty from others.", ""],
  [
    "Was made to feel like a criminal for forwarding a document to my own gmail to work from home.",
    "feel blame:emp power",
  ],
  [
    "The MFA rollout was a mess. No training, just an email full of acronyms and a deadline.",
    "comm conflict",
  ],
  [
    "Once they remoted into my screen while I was with a customer, without asking. Felt spied on.",
    "power feel",
  ],
  [
    "Positive: when my email got hacked, the guy walked me through everything and didn't make me feel stupid at all.",
    "",
  ],
  [
    "They set up a password manager for everyone and actually sat with each of us to show how it works.",
    "",
  ],
  ["They explained why the updates matter in plain English, first time I actually got it.", ""],
  ["Can't think of a positive one, sorry.", ""],
  [
    "The best was when they came to our team meeting and asked what annoys us about the systems. Nobody ever asked before.",
    "",
  ],
  ["Positive experience? They replaced my broken keyboard quickly. That's about it.", ""],
  [
    "She noticed my account was logging in from abroad before I did and locked it. Saved us a lot of trouble.",
    "",
  ],
  ["They once admitted a rule was silly and changed it after we complained. Respect.", ""],
];

export const VOICES_FS: readonly RawExample[] = [...FIRST_PART, ...VOICES_FS_2, ...VOICES_FS_3];
