import type { RawExample } from "./types.js";
import { VOICES_FE_2 } from "./voices-fe-2.js";
import { VOICES_FE_3 } from "./voices-fe-3.js";
import { VOICES_FE_4 } from "./voices-fe-4.js";
import { VOICES_FE_5 } from "./voices-fe-5.js";

/** Employees in healthcare, education and the public sector, with sarcasm, understatement and mixed answers (round 23). Written fresh for Rapport (brief FE). */
const FIRST_PART: readonly RawExample[] = [
  ["Our practice manager rings them and they sort it the same afternoon, every time.", ""],
  ["pharmacy till locked me out again, 3hrs for a reset", "conflict"],
  [
    "The weather wrecked the school trip and the new timetable software from the vendor is a nightmare, but the IT security lads are fine.",
    "",
  ],
  [
    "I honestly couldn't tell you who does security for the council. Someone in another building, I think.",
    "distance",
  ],
  ["Great people. Absolutely no idea what their emails mean though.", "comm"],
  ["They've never once made me feel daft for asking.", ""],
  [
    "Every message from them starts with URGENT and ends with a threat about disciplinary action.",
    "comm power",
  ],
  ["nurses here will click anything promising free coffee lol", "blame:emp"],
  [
    "I run the front desk at a dental surgery in Leeds; they set up our card readers and the new Wi-Fi.",
    "",
  ],
  [
    "Last spring I clicked a fake invoice, my own stupid fault, and felt sick for a week worrying they'd report me to the head.",
    "feel blame:self",
  ],
  [
    "Bit slow on tickets in September, but that's every school's IT in September and they always get there.",
    "",
  ],
  ["We only ever hear from them after something's gone wrong.", "comm"],
  [
    "They decided to block USB sticks across every library branch overnight. Nobody asked the branch managers, and half our community printing runs off sticks.",
    "power conflict",
  ],
  [
    "The care home rota is killing me this month, three night shifts in a row. Security stuff's the least of my worries, they're sound.",
    "",
  ],
  ["Honestly? A bit intimidating. You feel like you're being marked.", "feel power"],
  ["id rather google it than ring them tbh", "distance"],
  [
    "Our security officer comes to every staff meeting at the clinic and explains things with examples from our own inbox.",
    "",
  ],
  [
    "The training video called us 'the human firewall' and then spent twenty minutes explaining why we're failing at it.",
    "comm blame:emp",
  ],
  [
    "Those password rules were ours, not IT's. We made them far too fiddly and people wrote them on post-its.",
    "blame:self",
  ],
  [
    "Used to dread their phishing tests. Since they started explaining the results in person, it's actually been quite fun.",
    "",
  ],
  ["theyre basically the fun police", "blame:sec"],
  [
    "I asked why our nursery tablets can't install the parent app and the ticket was closed with one word: 'policy'.",
    "comm conflict",
  ],
  [
    "Two people cover security for the whole district council, which is about 240 of us. They do well given that.",
    "",
  ],
  [
    "Our IT-security woman is brilliant, although I did once wait a fortnight for a new token and missed two home visits because of it.",
    "conflict",
  ],
  ["Reporting a dodgy email feels like confessing to something.", "feel power"],
  [
    "The vendor's e-prescribing update crashed twice on Monday; IT security had nothing to do with it and helped us roll back.",
    "",
  ],
  ["not sure we have any?", "distance"],
  [
    "I've worked at this college nine years and never had a conversation with anyone from security that wasn't about a breach.",
    "comm",
  ],
  ["The helpdesk girl in security talks to me like I'm eighty. I'm thirty-four.", "comm"],
  [
    "Mrs Okafor from the trust's security team visits our pharmacy every quarter and checks how we're getting on.",
    "",
  ],
  ["they mean well i suppose. shame nothing they send makes sense", "comm"],
  [
    "Our school has about 60 staff and the security contractor visits on the first Tuesday of each month.",
    "",
  ],
  [
    "I got a pop-up saying my activity had been 'flagged for review' and nobody has ever told me what I did.",
    "power comm",
  ],
  [
    "Frankly the teachers here are the problem. Half of them share their logins with supply staff.",
    "blame:emp",
  ],
  ["The weekly bulletin is long, but it's written in plain English and I actually read it.", ""],
  [
    "They're never rude, never condescending. Just slightly hard to get hold of at half-term, which is fair enough.",
    "",
  ],
  ["Feel stupid every time I ring them about the VPN.", "feel"],
  [
    "In the library we just restart the kiosk ourselves now, nobody bothers logging it.",
    "distance",
  ],
  [
    "It was my team's fault the patient list got emailed out. We skipped the check they'd asked us to do.",
    "blame:self",
  ],
  [
    "Security team at the agency? Faceless. Emails from a shared inbox, signed 'InfoSec'.",
    "comm distance",
  ],
  ["lol good luck getting a reply before friday", "conflict"],
  [
    "They handled the ransomware scare at our care group calmly and kept everyone informed hour by hour.",
    "",
  ],
  [
    "It's not that they're unhelpful. It's that by the time help arrives, the clinic's finished.",
    "conflict",
  ],
  [
    "I'm buried in marking and reports right now, so I skim every email, security ones included. That's on me.",
    "blame:self",
  ],
  [
    "The consultant they brought in spoke about 'lateral movement' and 'EDR telemetry' for an hour to a room full of receptionists.",
    "comm",
  ],
  [
    "Our head of IT security at the county council is approachable and keeps a biscuit tin on her desk for anyone who drops in.",
    "",
  ],
  ["Scared of them? No. Slightly in awe maybe.", ""],
  [
    "They treat every pharmacist like a suspect because one locum once plugged in a phone.",
    "power",
  ],
  ["Nursery staff aren't techy and they know it, so they ask. Works fine.", ""],
  ["Every time I ask why, I get 'compliance'.", "comm"],
  [
    "Honestly the security people have made this school less safe by locking everything down so hard that teachers use personal Gmail instead.",
    "blame:sec conflict",
  ],
  [
    "Weather's been awful and the boiler's broken again, but no, nothing to report about IT security.",
    "",
  ],
  [
    "I was angry when they wiped my laptop without warning. Three years of lesson plans, gone.",
    "feel power",
  ],
  [
    "Users in this trust don't read anything longer than a text message, that's just the reality.",
    "blame:emp",
  ],
  ["monthly drop in sessions at the clinic, always someone there", ""],
  ["i dont know their names tbh, just the ticket number", "distance"],
  [
    "They've improved a lot. Last year I'd have said arrogant; this year they actually asked our ward what we needed.",
    "",
  ],
  ["Clear, calm and quick. Would recommend if they were a restaurant.", ""],
  [
    "They lock the student laptops down so hard I can't even show a YouTube clip in class.",
    "conflict",
  ],
  ["theyre fine, no issues", ""],
  [
    "Our two-person security team at the library service runs a short quiz every term. I came second last time.",
    "",
  ],
  ["The messages are all acronyms. MFA, SSO, DLP. I'm a speech therapist.", "comm"],
  [
    "When our GP surgery got hit by a scam call, the security lead rang each of us personally afterwards to go through it.",
    "",
  ],
  ["Nobody from security has set foot in this building since I joined in 2019.", "distance"],
  [
    "theyre so helpful. esp love being locked out on a saturday shift with nobody on call",
    "conflict",
  ],
  [
    "The rules themselves make sense. The way they're announced, like commandments from above, doesn't.",
    "comm power",
  ],
  [
    "I teach Year 4; the security people configure our Chromebooks and look after the web filtering.",
    "",
  ],
  [
    "Embarrassing, really, to fail the phishing test in front of the whole department when they read the scores out.",
    "feel power",
  ],
  [
    "I don't think they'd say it to our faces, but you can tell they think care workers are thick.",
    "blame:emp power",
  ],
  ["Any problems get fixed the same day. The team know most of us by first name.", ""],
  [
    "Our council moved to a new HR system and it's dreadful, but that's the supplier, not the security folk.",
    "",
  ],
  [
    "we just share the one login at the pharmacy counter, easier than asking them for more",
    "distance",
  ],
  ["Slightly over-technical now and then, perhaps.", "comm"],
  ["They've been really patient with me, and I'm not good with computers at all.", ""],
  ["Submitted a request for a new staff laptop in March. It's October.", "conflict"],
  [
    "The security people at the agency are polite, but I'm always aware they can read everything I send.",
    "power",
  ],
  ["Great team, no issues, keep it up.", ""],
  [
    "I never report anything now, because last time I did I got a forty-minute lecture about 'vigilance'.",
    "comm distance",
  ],
  [
    "Parents' evening, Ofsted next week, and the photocopier's dead. IT security isn't on my radar, to be honest, and that's fine.",
    "",
  ],
  ["nervous whenever their name pops up in my inbox", "feel"],
  [
    "Our practice had a breach in 2021 because our reception staff gave out passwords over the phone. That was us, not them.",
    "blame:self",
  ],
  ["Security-wise we're looked after by the trust's central team, and they're responsive.", ""],
  [
    "Why does a nursery with eight staff need a 30-page acceptable use policy? Nobody could explain.",
    "comm",
  ],
  ["Always friendly on the phone.", ""],
];

export const VOICES_FE: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FE_2,
  ...VOICES_FE_3,
  ...VOICES_FE_4,
  ...VOICES_FE_5,
];
