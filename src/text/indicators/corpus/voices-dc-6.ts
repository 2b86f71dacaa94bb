import type { RawExample } from "./types.js";

/** Security and IT staff, and the managers above them, on employees and on their own position: survey answers and interview quotes. Written fresh for Rapport (brief DC). */
export const VOICES_DC_6: readonly RawExample[] = [
  ["Satisfaction: ninety-one percent.", ""],
  ["It's frustrating to be held accountable for risks I'm not allowed to fix.", "power feel"],
  ["It's a small firm. If something breaks, they shout across the office and I come over.", ""],
  ["I expected pushback on the clean desk policy and got none.", ""],
  [
    "Getting shouted at by a consultant surgeon at 7am is not what I signed up for.",
    "feel conflict",
  ],
  [
    "Every shared mailbox we've audited has at least one former employee still on it, because managers never tell us about leavers.",
    "blame:emp",
  ],
  [
    "The architects hate the file size limit, and I don't blame them, but every week someone shouts at the helpdesk over it.",
    "conflict feel",
  ],
  ["The hospital's switchboard knows me by voice. Good working relationship.", ""],
  [
    "Finance wants the invoices approved by email; we want them in the portal. Neither side budges.",
    "conflict",
  ],
  [
    "We're located in a different building, and to most people that might as well be a different company.",
    "distance",
  ],
  [
    "Managers want a report of everything their team does online, and I'm uneasy being used as a surveillance service.",
    "power feel",
  ],
  [
    "I'll be honest, the only time most staff hear from us is when we're telling them their password has expired.",
    "comm",
  ],
  ["We were wrong about the USB ban for the marketing team and we lifted it. No harm done.", ""],
  [
    "A trainee solicitor challenged me about the encryption rule in a session, and she had a point. We updated the guidance.",
    "",
  ],
  ["We started a monthly drop-in session in the canteen; turnout is small but steady.", ""],
  ["The call centre staff handle customer card data every day, and they take it seriously.", ""],
  ["It's always the same three departments that fail the phishing drills.", "blame:emp"],
  [
    "We're the ones who get hauled in front of the board after an incident, not the person who clicked.",
    "power",
  ],
  ["The helpdesk reply templates are cold. 'Your request has been closed' and that's it.", "comm"],
  ["We're furniture to them.", "distance"],
  [
    "People would rather wait for Karl from accounts to fix their printer than log a ticket with us.",
    "distance",
  ],
  [
    "Our biggest fan is the receptionist, who explains the visitor Wi-Fi rules better than we do.",
    "",
  ],
  [
    "Our own admin account was the one compromised. Hard to lecture users after that.",
    "blame:self",
  ],
  ["The helpdesk introduced a callback option and the complaints about waiting disappeared.", ""],
  ["The break-in at the depot was frightening, but the police and our team handled it well.", ""],
  [
    "I couldn't tell you what half the departments actually do day to day, and that's our failing.",
    "distance blame:self",
  ],
  [
    "We tend to announce changes the day they happen, and then wonder why there's a flood of calls.",
    "comm",
  ],
  ["I asked the night porters what would make reporting easier, and we built it.", ""],
  [
    "It's depressing how many people think a padlock icon means a website is safe.",
    "blame:emp feel",
  ],
  ["I find it a bit galling that users get a say in the tools but security doesn't.", "feel power"],
  ["We moved to single sign-on in spring; it removed six passwords from most people's day.", ""],
  ["People trust us with their embarrassing mistakes now. That took time.", ""],
  ["Some of the best security ideas we've had came from the mail room.", ""],
  ["We tell staff what not to do, but hardly ever what to do instead.", "comm"],
  ["Most employees learn about security from the news, not from us.", "distance"],
  [
    "Staff were wary of the new endpoint software at first, so we ran a few demos. Now nobody mentions it.",
    "",
  ],
  ["People learn about outages from each other, not from us.", "comm"],
  [
    "The leaflet we designed used the word 'adversary' six times. We meant well.",
    "comm blame:self",
  ],
  ["Our instructions for the new VPN were a PDF of screenshots from a different version.", "comm"],
  ["I hear from the shop managers weekly, usually with a quick question and a thank-you.", ""],
  [
    "The onboarding session now includes twenty minutes with someone from our team, and new starters seem to like it.",
    "",
  ],
  [
    "Being overruled by someone who can't spell 'encryption' does something to your morale.",
    "power feel",
  ],
  [
    "We said no to the new CRM plugin and never said why, so sales assumed we were just being awkward.",
    "conflict comm",
  ],
  ["We run a 'no stupid questions' hour on Thursdays. It's popular.", ""],
  ["I've never been shouted at by a user here. Disagreed with, plenty.", ""],
  ["Our security champions network has a volunteer in every department now.", ""],
  [
    "Staff are afraid to report lost phones because last time someone did, HR got involved and it turned into a disciplinary. That wasn't our doing, but from the outside it looks exactly like security reporting you to your manager, so people sit on it for days.",
    "feel power",
  ],
  [
    "The engineers keep disabling the endpoint agent because it slows their builds, and we keep turning it back on. It's been going on for eighteen months, and neither side has ever sat down to work out a configuration both of us could actually live with.",
    "conflict",
  ],
  [
    "We replaced the old ticket form with a chat window and a real person behind it. Calls went down.",
    "",
  ],
  ["They meet us twice: joining, leaving.", "distance"],
  ["I don't think anyone dreads calling us; we're pretty approachable.", ""],
  ["Keypad on our door. Says it all.", "distance"],
  [
    "Our phishing warnings read like legal notices; I wrote most of them, so that's on me.",
    "comm blame:self",
  ],
  ["The interns are the ones plugging in random chargers they found in the car park.", "blame:emp"],
  [
    "It's soul-destroying to write a risk assessment and have it dismissed with one line from the COO.",
    "feel power",
  ],
  [
    "Every exception request lands with me, and I approve or refuse it alone. That's too much for one person to decide.",
    "power",
  ],
  ["Honestly, IT ops are the ones who leave ports open and then blame users.", "blame:sec"],
  ["People mostly accept the rules once they understand the reason.", ""],
  [
    "I didn't test the backup restore, and when we needed it, it didn't work. My fault entirely. The office manager lost a week of scanned invoices and never once raised her voice at me, which somehow made it worse.",
    "blame:self",
  ],
  ["People still make mistakes, but they tell us straight away now.", ""],
  ["Our helpdesk is on first-name terms with nearly everyone in sales.", ""],
  ["We don't get many complaints, and the ones we do get are usually fair.", ""],
  [
    "The board signed off the exemption for the sales director over my head, and I found out from his assistant.",
    "power comm",
  ],
  ["People are fed up with logging in three times a day, and to be fair so am I.", "conflict feel"],
  ["The new MFA app works; people complained for a few days and then forgot about it.", ""],
  [
    "I had a worried call from a teacher who thought she'd been hacked; it was a false alarm and she was relieved.",
    "",
  ],
  [
    "The legal team pushed back on a policy, we talked it through, and we changed it. That's how it should work.",
    "",
  ],
  [
    "We got the email retention settings wrong at first and a few people lost folders they needed. We restored everything within a day, sent a plain note explaining what happened, and I think that honesty did more for us than getting it right first time would have.",
    "",
  ],
  ["I'm proud of how quickly people reported the fake parcel texts.", ""],
  [
    "The accountants' deadline week always collides with our patch window, and there's always a row.",
    "conflict",
  ],
  [
    "Every time the phone rings after 6pm, my stomach drops; it's always a director with a crisis.",
    "feel",
  ],
  [
    "It drives me up the wall when the marketing team signs up for yet another free design tool behind our backs.",
    "feel conflict",
  ],
  ["We're in the open-plan area now, next to HR, and people drop by all the time.", ""],
  [
    "Our last CISO wrote policies nobody could follow, and that's why people stopped reading them.",
    "blame:sec comm",
  ],
  [
    "New hires seem to think our slot is the fun part of induction, mainly because of the fake phishing quiz.",
    "",
  ],
  ["People don't always love the rules, but they don't fight us on them either.", ""],
  ["People in the lab are sharp; they spotted the fake delivery notice before our filter did.", ""],
  [
    "The chief executive uses his personal iPad for board papers and has made it clear the topic is closed.",
    "power blame:emp",
  ],
  ["Do I worry about insider threats? Of course. It's my job. But I trust most people here.", ""],
];
