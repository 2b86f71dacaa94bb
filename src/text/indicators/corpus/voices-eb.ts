import type { RawExample } from "./types.js";
import { VOICES_EB_2 } from "./voices-eb-2.js";
import { VOICES_EB_3 } from "./voices-eb-3.js";
import { VOICES_EB_4 } from "./voices-eb-4.js";
import { VOICES_EB_5 } from "./voices-eb-5.js";
import { VOICES_EB_6 } from "./voices-eb-6.js";

/** Security and IT staff on employees, managers and their own position: survey answers, interview quotes, workshop remarks. Written fresh for Rapport (brief EB). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Most people here are fine. They just want their laptop to work so they can get on and go home.",
    "",
  ],
  ["Users will click anything with a logo on it. Anything.", "blame:emp"],
  ["I'm the only IT person for 60 staff. It's busy, but I like it.", ""],
  ["We only hear from the sales floor when something's on fire.", "comm distance"],
  [
    "Honestly, the password policy I wrote in 2019 was too harsh. People wrote them on post-its and I can't blame them.",
    "conflict blame:self",
  ],
  [
    "Phishing sim results improved a lot this quarter; the reception team reported every single test.",
    "",
  ],
  [
    "I send a monthly security newsletter and the open rate is about 9 percent. I've stopped pretending anyone reads it.",
    "distance",
  ],
  ["The partners think the rules are for the associates, not for them.", "power"],
  [
    "When I walk onto the ward the nurses go quiet. They think I'm there to catch someone out.",
    "power distance",
  ],
  ["the helpdesk queue is fine this week", ""],
  [
    "I get it, I'm the guy who says no. But nobody invites me to a project kickoff until it's too late to change anything.",
    "conflict distance",
  ],
  [
    'Our CFO asked me to turn off MFA on his account because it "slows him down". I said no and it went straight to the CEO.',
    "conflict power",
  ],
  [
    "I know our alerts read like error logs. That's our doing, we've never had anyone on the team who can write for humans.",
    "comm blame:self",
  ],
  [
    "People are not stupid. They're busy, and we've made the secure option the slow one.",
    "conflict blame:self",
  ],
  [
    "The MSP we had before left the admin passwords in a shared spreadsheet. I spent my first month cleaning up after them.",
    "blame:sec",
  ],
  ["Good relationship with the warehouse lads. They ring me, I sort it, they bring me a brew.", ""],
  ["It's exhausting being the bad guy every single time.", "feel"],
  [
    "I do a fifteen-minute slot at the Monday team meeting once a month. People ask good questions.",
    "",
  ],
  [
    "Some of my colleagues say the users are idiots. I don't buy it; most of them are busy and careful enough.",
    "",
  ],
  [
    "The marketing team install whatever browser extension they fancy and then act all surprised when I remove it.",
    "conflict blame:emp",
  ],
  [
    "I'd rather people asked me a daft question. Instead they fix it themselves and tell me a week later, if at all.",
    "distance",
  ],
  [
    "When the ransomware hit, accounts payable were brilliant. They unplugged, they phoned us, they did exactly what we'd practised.",
    "",
  ],
  [
    "Management signed off the DLP tool without asking a single department head. Now I'm the one getting shouted at in the corridor.",
    "conflict feel power",
  ],
  ['tickets come in as "it\'s broken" with no detail. every time.', "comm"],
  ["I'm a bit of a nag, I'll admit. I probably send far too many reminders.", "comm blame:self"],
  [
    'Our director of operations treats me like his personal tech butler. "Can you just pop round and fix my printer at home?"',
    "power",
  ],
  [
    "We put the security team's photos on the intranet so people know who we are. It helped a lot.",
    "",
  ],
  [
    "If I'm honest I avoid the trading floor. They're loud, they're rude and they always want an exception.",
    "conflict feel distance blame:emp",
  ],
  [
    "Nobody told me the clinic had bought a new booking system until it was live. It had no MFA, obviously.",
    "distance",
  ],
  ["Staff satisfaction with IT support came out at 4.3 out of 5 this year.", ""],
  ["I think they see us as the people who take things away.", "conflict"],
  [
    "I was the one who pushed the update that broke everyone's VPN on payday. That one's on me.",
    "blame:self",
  ],
  [
    "We're a team of three covering four sites. People wait, they get annoyed, and honestly I get why they're annoyed.",
    "conflict feel",
  ],
  [
    "I used to take it personally when people ignored my advice. These days we talk it through and it's fine.",
    "",
  ],
  ["The board only cares about security the week after a breach is in the news.", "distance"],
  [
    'Every audit, same story: managers sharing their logins with their assistants because it\'s "easier".',
    "conflict blame:emp",
  ],
  [
    "I explain it in plain English. Don't reuse passwords, here's why, here's the tool. People respond to that.",
    "",
  ],
  [
    "I don't think users are the weakest link. I think they're the only link that can spot something odd.",
    "",
  ],
  [
    "Half my day is resetting passwords for people who won't use the self-service portal we built for them.",
    "blame:emp",
  ],
  [
    "Do people see us as approachable? Probably not. We sit on the fourth floor behind a badge door.",
    "distance",
  ],
  [
    "The new HR director came down to ask how she could help with awareness week. Really appreciated that.",
    "",
  ],
  [
    'When I say "lateral movement" in a meeting I can see eyes glazing over. I need to stop doing that.',
    "comm blame:self",
  ],
  [
    'Staff keep forwarding me phishing emails and asking "is this real?" Which is exactly what I want them to do.',
    "",
  ],
  [
    "I feel like a nuisance chasing department heads for their access reviews. They never reply to the first three emails.",
    "feel distance",
  ],
  [
    "Head office picks the tooling, we deploy it and take the flak at branch level.",
    "conflict power",
  ],
  [
    "The guys on the shop floor are sound. They'll tell you straight if something's rubbish, which I appreciate.",
    "",
  ],
  [
    "We lecture people. Let's be honest, the mandatory module is us lecturing people for forty minutes.",
    "comm blame:self",
  ],
  [
    "I get a bit nervous before the all-staff sessions. I'm not a natural presenter, that's all.",
    "",
  ],
  [
    "The doctors don't hate us, they just don't have time for us. Fair enough, they're saving lives.",
    "distance",
  ],
  [
    "Whenever I roll something out, the first I hear of a problem is a complaint to my boss, not to me.",
    "conflict distance",
  ],
  [
    "Our USB lockdown stopped the design team loading client files, so they started emailing them to their personal Gmail. Which is worse.",
    "conflict",
  ],
  [
    "We reviewed it as a team and agreed that was our mistake, not theirs. The USB rule has been changed.",
    "blame:self",
  ],
  ["I've been here twelve years. People know me, they know they can knock on my door.", ""],
  [
    "One user reported a fake Microsoft login page within two minutes of it landing. Gave her a shout-out at the town hall.",
    "",
  ],
  ["Some managers treat the security team as a box to tick the day before go-live.", "conflict"],
  ["I'm tired of being blamed for every outage, even the ones caused by the ISP.", "conflict feel"],
  [
    'Our messages to staff are cold. Subject line "MANDATORY ACTION REQUIRED" in capitals. I\'d ignore it too.',
    "comm distance blame:self",
  ],
  [
    "Nobody reads the acceptable use policy. Nobody. Not even the managers who signed it.",
    "distance",
  ],
  ["We have a Teams channel where anyone can ask anything. It's busy and mostly friendly.", ""],
  ["I worry that if something serious happens, people will be too scared to tell us.", "feel"],
  [
    "The engineers think they know better than me about their own laptops, and to be fair some of them do.",
    "conflict",
  ],
  [
    "As an MSP we're just \"the IT people\" to them. Most of the staff couldn't tell you my name.",
    "distance",
  ],
  [
    "The client's office manager is our main contact and she's great, she keeps everyone in the loop.",
    "",
  ],
  [
    "They call us when it's broken and never otherwise. Which is fine, that's literally what the contract is for.",
    "",
  ],
  [
    "I've been told I come across as condescending. I didn't mean to, but I can see it now.",
    "comm blame:self",
  ],
  [
    "Shadow IT is everywhere because procurement takes four months, and we're the ones who made it four months.",
    "conflict blame:self",
  ],
  [
    'A lot of our "awareness" content is stock photos of hackers in hoodies. No wonder nobody takes it seriously.',
    "comm blame:self",
  ],
  ["Finance would be lost without us and they know it.", "power"],
  [
    "I'm the security lead, but I sit with the customer service team two days a week. It changes how you see things.",
    "",
  ],
  ["I'm not the enemy. I just want to stop us ending up on the front page.", "conflict"],
  [
    "The dev team asked for admin rights, I said no, they escalated, the CTO overruled me. So what am I here for?",
    "conflict feel power",
  ],
  [
    "Retail staff turn over every few months, so we run a short induction for every new starter.",
    "",
  ],
  [
    "They don't tell us when someone leaves the company; we find out when the account has sat idle for three months.",
    "distance",
  ],
  [
    "I lost my temper with a user on the phone last week. Not proud of it. I rang back and apologised.",
    "blame:self",
  ],
  ["Honestly, some of these people shouldn't be allowed near a keyboard.", "blame:emp"],
  [
    "Our helpdesk staff are first line and they're brilliant. Security gets the credit, they do the work.",
    "",
  ],
  [
    "The security team dump new rules on us at the helpdesk with zero notice, and we're the ones who have to explain them to angry users.",
    "conflict comm blame:sec",
  ],
  ["We ran a lunch-and-learn on spotting scam texts and forty people turned up. Pizza helps.", ""],
  [
    "Sometimes I feel like the school caretaker. Everyone needs me, nobody asks what I think.",
    "feel power",
  ],
  [
    "Our biggest win this year was the logistics team asking us to review a supplier portal before they signed. They came to us, first time.",
    "",
  ],
  [
    "Um, the teachers? They're fine with us really. They just hate the content filter.",
    "conflict feel",
  ],
  [
    "The filter blocks half of YouTube during lessons and we've never properly explained why. That's a fair complaint.",
    "conflict comm blame:self",
  ],
  [
    "I patch the servers on Sunday nights so nobody's disturbed. Nobody knows I do it, and that's fine.",
    "",
  ],
  [
    "You know what gets me? The same people who skip the phishing training are the first to ring me screaming when their mailbox gets hijacked.",
    "conflict feel blame:emp",
  ],
];

export const VOICES_EB: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EB_2,
  ...VOICES_EB_3,
  ...VOICES_EB_4,
  ...VOICES_EB_5,
  ...VOICES_EB_6,
];
