import type { RawExample } from "./types.js";
import { VOICES_AD_2 } from "./voices-ad-2.js";
import { VOICES_AD_3 } from "./voices-ad-3.js";

/**
 * Professional and creative staff at small firms (lawyers, architects, designers, consultants,
 * researchers, accountants, journalists) on security/IT people and rules.
 * Written fresh for Rapport (brief AD).
 */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our CAD files are too big for the approved transfer service, so half the studio quietly uses a personal cloud account to get drawings to the engineers on time.",
    "conflict",
  ],
  [
    "Every time a client sends a zipped dossier, the mail filter swallows it and I lose the morning chasing a quarantine release instead of drafting the contract.",
    "conflict",
  ],
  [
    "Security and the partners want opposite things: they want everything locked down, we want to answer a client within the hour. Nobody has reconciled that.",
    "conflict",
  ],
  [
    "The press deadline is at nine. The laptop decides at eight forty-five that it needs to restart for a mandatory patch. You can imagine how that goes.",
    "conflict",
  ],
  [
    "We're told not to use messaging apps with sources, but the approved one doesn't work on the sources' phones. So reporters use whatever works and say nothing.",
    "conflict",
  ],
  [
    "Renders time out because the network scanner inspects every file as it leaves the building. A job that took ten minutes now eats the whole lunch break.",
    "conflict",
  ],
  [
    "I understand why USB sticks are blocked. I also understand that the planning office only accepts submissions on a stick. These two facts are at war.",
    "conflict",
  ],
  [
    "The research team keeps a spare unmanaged laptop under a desk precisely because the official ones can't run half the statistical packages we need.",
    "conflict",
  ],
  [
    "The audit client wanted the files by Friday; the portal IT picked rejects anything over 25 megabytes. Guess which requirement won.",
    "conflict",
  ],
  [
    "Whenever I actually need the security chap to approve something, he is on leave, in a meeting, or 'working remotely', which means unreachable.",
    "conflict",
  ],
  [
    "There's a standing joke in the practice that the fastest way to get anything done is to not ask IT whether you're allowed to do it.",
    "conflict",
  ],
  [
    "The clean-desk rule was designed for a call centre, not an architecture studio where the desk is the work. We ignore it, politely.",
    "conflict",
  ],
  [
    "Our consultants write their reports on trains. Remote access requires a hardware token that lives in a drawer at the office. Work it out.",
    "conflict",
  ],
  [
    "Blocking the stock image sites 'for safety' meant the designers simply started downloading at home and emailing the files to themselves.",
    "conflict",
  ],
  [
    "We spent two months arguing over whether the newsroom could have admin rights to install audio plugins. Two months, for a podcast.",
    "conflict",
  ],
  [
    "Password rules change every quarter, and every quarter the receptionist and I invent a new, slightly sillier way of remembering them.",
    "conflict",
  ],
  [
    "I asked for a fortnight's notice before the email migration; we got it on the Thursday before a tender deadline.",
    "conflict",
  ],
  [
    "They mean well, I'm sure, but each new control lands on my desk as another half-hour of admin I can't bill to anyone.",
    "conflict",
  ],
  [
    "The encrypted email add-in crashes Outlook whenever I attach a scanned deed, so I send the deeds unencrypted and hope for the best.",
    "conflict",
  ],
  [
    "The video team needs to share rough cuts with clients. Security says no public links. Clients say no accounts. We're in the middle holding a hard drive.",
    "conflict",
  ],
  [
    "Getting a new plotter onto the network took longer than designing the building it was meant to print.",
    "conflict",
  ],
  [
    "Twice this year I've had to postpone a client call because the conferencing tool we're allowed to use wasn't the one the client was allowed to use.",
    "conflict",
  ],
  [
    "The only memo I've ever had from IT began with 'It has come to our attention' and ended with a list of things I had apparently done wrong.",
    "comm",
  ],
  [
    "Their explanation of why my font folder was quarantined contained the words heuristic, sandbox and signature, and left me none the wiser.",
    "comm",
  ],
  [
    "Messages about security arrive as a poster by the kettle and a ticket number. I have never had an actual conversation with a person about any of it.",
    "comm",
  ],
  [
    "We hear from the security firm precisely once a year, the week after something has gone wrong somewhere else in the building.",
    "comm",
  ],
  [
    "The policy document is forty pages of acronyms. I'm a lawyer, I read dense text for a living, and even I gave up on page six.",
    "comm",
  ],
  [
    "The phishing bulletin this month was so alarming in tone that two of our older partners stopped opening email from anyone they didn't know, clients included.",
    "comm",
  ],
  [
    '"Please action the MFA enrolment per the CA policy baseline." That was the whole email. Nobody in the studio had the faintest idea what to do.',
    "comm",
  ],
  [
    "IT communicates by changing things overnight and letting us discover them in the morning.",
    "comm",
  ],
  [
    "They only surface when a report flags me. No hello, no context, just a screenshot of my browser history and a question mark.",
    "comm power",
  ],
  [
    "The training video had a voice-over that sounded like it was narrating a true-crime documentary. One mildly useful point, made in the most ominous way possible.",
    "comm",
  ],
  [
    "When I ask a simple question I get a link to a knowledge base article that answers a different question.",
    "comm",
  ],
  [
    "The helpdesk replies arrive in capitals, signed with a ticket reference and no name. It's like corresponding with a parking fine.",
    "comm",
  ],
  ["Our IT contractor explains things to us the way you'd explain traffic to a spaniel.", "comm"],
  [
    "Every notice about a new rule opens with a paragraph on consequences and only mentions the actual rule somewhere near the bottom.",
    "comm",
  ],
  [
    "I have received more emails about security this quarter than from my own head of department, and understood fewer of them.",
    "comm",
  ],
  [
    "The quarterly security newsletter can be summarised as: something awful happened to someone, it could be you, do better.",
    "comm",
  ],
  [
    "It's all written in the passive voice: 'devices will be enrolled', 'access will be revoked'. By whom? When? Nobody says.",
    "comm",
  ],
  ["They hold a 'lunch and learn' which is mostly lunch and being told off.", "comm"],
  [
    "I now hover over every link for about ten seconds before clicking. It's a low-level dread that follows me through the whole inbox.",
    "feel",
  ],
  [
    "After the fake parcel email caught half the office, I found myself almost afraid to open anything with an attachment, even from my own mother.",
    "feel",
  ],
  [
    "It wears you down, the constant sense that any click could be the one that brings the firm to a halt.",
    "feel",
  ],
  [
    "Honestly I find the whole subject exhausting and a bit grim. I'd rather not think about it at all, and yet I can't stop thinking about it.",
    "feel",
  ],
  [
    "I get a small jolt of panic whenever a pop-up mentions certificates. I have no idea whether it's trivial or the end of the world.",
    "feel",
  ],
  [
    "My stomach drops every time the 'suspicious sign-in' message comes up, even when I know perfectly well it was me on the train wifi.",
    "feel",
  ],
  [
    "There's a kind of simmering irritation in the studio about all this that never quite boils over but never goes away either.",
    "feel",
  ],
  [
    "I was let down, frankly. We raised the file-sharing issue in January and were promised a fix; it's now October.",
    "feel",
  ],
  [
    "I don't entirely believe what they tell us about the monitoring. They say it's only looking for malware; I'd like to think so.",
    "feel",
  ],
  [
    "It's maddening to be asked to change a password I changed three weeks ago, for reasons nobody can give me.",
    "feel",
  ],
  [
    "I'm slightly embarrassed to say I still don't know what the little padlock icon means, and I'm too old to ask now.",
    "feel",
  ],
  [
    "Doing anything security-related on my laptop makes me nervous in the way a dentist's waiting room does.",
    "feel",
  ],
  [
    "I'll admit to a certain resentment. They get thanked when nothing happens; we get the extra steps.",
    "feel",
  ],
  [
    "The whole thing leaves me uneasy. I'm never sure whether I've done enough or whether something is quietly leaking out of the building.",
    "feel",
  ],
  [
    "I'm worried sick that one of our freelancers will have a compromised laptop and we'll be the ones explaining it to the client.",
    "feel",
  ],
  [
    "I feel faintly ridiculous typing a six-digit code to open a spreadsheet of lunch orders.",
    "feel",
  ],
  ["I lose patience with it all by about Wednesday.", "feel"],
  [
    "A couple of the junior designers are genuinely spooked by the monitoring software, convinced it records every keystroke.",
    "feel",
  ],
  [
    "The uncertainty gnaws at me. Is this email a test? Is it real? Will I be marked down if I report a genuine one?",
    "feel power",
  ],
  [
    "Decisions about which tools the newsroom may use are taken in a room none of us are invited into, and we learn the outcome when something stops working.",
    "power",
  ],
  [
    "The security contractor signs off every software licence. A studio full of senior architects, and we need permission to buy a plug-in.",
    "power",
  ],
  [
    "It's the gatekeeping that rankles. One person holds the admin password and guards it like the crown jewels.",
    "power feel",
  ],
  [
    "They run phishing tests and then publish a league table of who clicked, department by department. It's less like training than a pillory.",
    "power",
  ],
  [
    "We were informed, not consulted. That's been the pattern for every change since the new provider arrived.",
    "power",
  ],
  [
    "I put in a request for a second monitor eight months ago. It's still 'pending review', whatever that means.",
    "power",
  ],
  [
    "There is a faintly colonial air to how the group IT team treats the regional offices: they decide, we comply.",
    "power",
  ],
  [
    "If you're caught using an unapproved app, the email goes to your line manager before it comes to you. That's the culture.",
    "power",
  ],
  [
    "Security here is an invisible hand. Things appear and disappear on my machine and nobody ever says who decided.",
    "power",
  ],
  [
    "The editor wanted a particular transcription service; IT said no, and that was the end of it, editor or not.",
    "power",
  ],
  [
    "Everything we do online is logged and reviewed by a firm we've never met, in a country I couldn't name.",
    "power distance",
  ],
  [
    "The IT manager has the final say on what counts as a legitimate business need. Apparently my judgement of my own business doesn't count.",
    "power",
  ],
  ["We are, essentially, tenants on our own laptops.", "power"],
  [
    "I'm afraid to admit mistakes, because the last person who reported a misdirected email got a formal warning.",
    "feel power",
  ],
  [
    "Our views on the new document system were requested after the contract was signed, which tells you how much they counted.",
    "power",
  ],
  [
    "They treat us like a support act for their infrastructure rather than the reason it exists.",
    "power",
  ],
  [
    "The researchers have been told that any dataset leaving the server needs written approval from IT, who have no idea what the data even is.",
    "power",
  ],
  [
    "One of the security consultants told our senior partner, in front of staff, that the partner's preferences were 'not a factor'.",
    "power",
  ],
  [
    "I honestly couldn't tell you who looks after our security. Someone in another office, I think, or possibly an outside firm.",
    "distance",
  ],
  [
    "When my VPN broke I asked the junior in the next room rather than raise a ticket. Quicker, and he doesn't make me feel like a nuisance.",
    "distance",
  ],
  [
    "Security isn't my department. I draw buildings. If someone wants to worry about firewalls, that's their business.",
    "distance",
  ],
  [
    "I've been at the firm for six years and have never once seen the IT contractor in person. They're a phone number and a logo.",
    "distance",
  ],
  [
    "To be frank, I keep my head down and steer clear of the IT people. Every interaction seems to end with more work for me.",
    "distance",
  ],
  [
    "When something odd happens on my laptop I restart it and carry on. Telling anyone hasn't really occurred to me.",
    "distance",
  ],
  [
    "The whole security thing happens somewhere above my head. I'm not involved and, to be honest, I don't mind.",
    "distance",
  ],
  [
    "We have our own little repair culture in the newsroom: if something breaks, the sub-editors fix it between them and IT never hears about it.",
    "distance",
  ],
  [
    "I genuinely don't know if we have a security policy. If we do, nobody's shown it to me.",
    "distance",
  ],
  [
    "The last time anyone from IT set foot in the studio was when they installed the wifi, and that was before the pandemic.",
    "distance",
  ],
  [
    "It's a bit like the building's sprinkler system. Presumably someone maintains it. I've never wondered who.",
    "distance",
  ],
  [
    "Our accountant colleague in the corner is the unofficial IT department. Everyone goes to him; nobody goes to the real one.",
    "distance",
  ],
  ["I've stopped reading the security updates. They pile up in a folder I never open.", "distance"],
  [
    "Cybersecurity is one of those things that happen to larger firms. Frankly, it doesn't seem to have much to do with a practice of nine people.",
    "distance",
  ],
  ["Couldn't care less, to be honest, as long as my files open in the morning.", "distance"],
  [
    "I've no idea what the IT team does all day, and I suspect they have no idea what I do either.",
    "distance",
  ],
  [
    "We're a satellite office; the security people are at head office and might as well be on the moon.",
    "distance",
  ],
  [
    "I search the error message online and sort it out myself. Contacting support is the very last resort.",
    "distance",
  ],
  [
    "Our IT provider's stance, stated more or less openly, is that lawyers are the hole in the hull and their job is to stop us sinking the ship.",
    "blame:emp",
  ],
  [
    "At the induction the security consultant said, with a smile, that ninety percent of breaches start between the chair and the keyboard. Lovely welcome.",
    "blame:emp",
  ],
  [
    "The view from IT seems to be that designers will install anything with a pretty icon. It's insulting and, admittedly, not entirely wrong.",
    "blame:emp feel",
  ],
  [
    "The partners blame the trainees for every scare. Whenever something odd happens, the first question is which junior clicked it.",
    "blame:emp",
  ],
  [
    "After the incident, the report put it down to 'staff carelessness', full stop, as if the system had played no part in it.",
    "blame:emp",
  ],
];

export const VOICES_AD: readonly RawExample[] = [...FIRST_PART, ...VOICES_AD_2, ...VOICES_AD_3];
