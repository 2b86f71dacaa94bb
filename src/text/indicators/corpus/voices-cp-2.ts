import type { RawExample } from "./types.js";

/** Data-protection and security leads in small accountancy practices and mixed professional firms. Written fresh for Rapport (brief CP). */
export const VOICES_CP_2: readonly RawExample[] = [
  [
    "The MSP's ticket portal is so clunky that staff email me instead and I forward it on. I'm basically a human router.",
    "blame:sec feel",
  ],
  [
    "Partners at accountancy firms think they're too senior to be phished. They're not.",
    "blame:emp",
  ],
  ["We avoid training in busy season, which staff appreciate, and catch up in May.", ""],
  ["The audit juniors are sharp, they spotted the fake invoice before I did.", ""],
  ["I'm honestly a bit scared of the senior partner.", "feel power"],
  ["We in IT made it worse by locking everything down without explaining why.", "blame:sec comm"],
  [
    "Our awareness vendor's videos are so patronising I'm ashamed to send them out.",
    "blame:sec comm feel",
  ],
  [
    "The payroll team keeps a spreadsheet of passwords on the shared drive and defends it to the hilt.",
    "blame:emp conflict",
  ],
  ["i do a ten minute slot at the away day, its never the highlight but nobody groans either", ""],
  ["Bookkeepers message me on Teams any time, no formality, I like that.", ""],
  [
    "I can't get the partners to agree to a policy review meeting. Diaries are always 'full'.",
    "distance",
  ],
  [
    "They hear 'data protection' and they hear 'more admin', and honestly, fair enough.",
    "conflict",
  ],
  [
    "It's my fault really, I never explained why we moved to the new file share.",
    "blame:self comm",
  ],
  [
    "Tax staff are stretched in January, so I keep out of their way and they thank me for it in February.",
    "",
  ],
  [
    "The practice manager passes things to me and the staff never speak to me directly.",
    "distance",
  ],
  ["Staff are honest with me, that's the main thing. Mistakes get reported.", ""],
  [
    "When HMRC changed the gateway login everything broke and I got forty angry emails in an hour.",
    "conflict feel",
  ],
  ["half of them don't know my name tbh, I'm just 'the IT person'", "distance"],
  [
    "Our last IT provider ghosted us mid-migration and the staff still bring it up whenever anything goes wrong.",
    "blame:sec feel",
  ],
  ["I was shocked how many people admitted they'd never opened the handbook.", "distance"],
  ["Honestly, the people here are careful. I've worked at far worse places.", ""],
  [
    "Client managers forward attachments to personal email to print at home. I've asked, they shrug.",
    "blame:emp distance",
  ],
  [
    "I think I talk down to people without meaning to. One of the trainees told me.",
    "comm blame:self power",
  ],
  ["Partners insist on being exempt from the USB block. Every single one.", "power blame:emp"],
  ["Trust is good. They let me test things on their machines without any fuss.", ""],
  [
    "Nobody's paid a fake supplier yet, and the accounts team check every bank detail change by phone.",
    "",
  ],
  [
    "Our helpdesk company insists everything goes through tickets, so nobody reports small stuff anymore.",
    "blame:sec distance",
  ],
  [
    "The managing partner reads my board report and asks me to 'simplify it'. Fair enough, I write too technically.",
    "comm blame:self",
  ],
  [
    "Uptake on the optional modules surprised me, nearly half the firm did the home-security one.",
    "",
  ],
  ["They used to see me as head office police. Now I get invited to team drinks.", ""],
  ["The juniors are terrified of the phishing test results going to their manager.", "feel power"],
  ["It's got a lot better since we stopped naming and shaming.", ""],
  [
    "Fee earners share a client folder with 'anyone with the link' because it's quicker than asking me.",
    "conflict",
  ],
  ["I get an email every few weeks from the senior partner, usually in capitals.", "comm"],
  ["I'm not great at saying no nicely, which doesn't help.", "blame:self comm"],
  [
    "The bookkeeping team fixed their own shared mailbox permissions rather than ask me. Made a right mess.",
    "distance blame:emp",
  ],
  ["A good week is one where nobody needs me. That's sort of the goal.", ""],
  [
    "Every time I suggest a change the partners ask what it'll cost in chargeable hours.",
    "conflict",
  ],
  [
    "Our outsourced SOC sends alerts nobody here understands, me included some days.",
    "comm blame:sec",
  ],
  ["I enjoy the monthly catch-up with the office manager, we actually get things done.", ""],
  ["Staff hide mistakes because the last incident ended in a disciplinary.", "distance feel power"],
  ["The tax partner said, quote, 'cybersecurity is your job, not mine'.", "distance"],
  ["My emails are walls of text. No wonder nobody reads them.", "comm blame:self"],
  ["I'm treated as a cost centre, not a colleague.", "power feel"],
  ["Training completion is 100% this year and people really got into the scam call module.", ""],
  [
    "The accounts assistants apologise constantly when they ring me, like they're bothering me.",
    "power",
  ],
  ["Two partners refuse MFA on their phones. Privacy, they say.", "conflict blame:emp"],
  [
    "Nobody tells me about new clients with special data requirements until it's already an issue.",
    "comm",
  ],
  ["I do feel like the firm would fold if I left, and that's not healthy for anyone.", "power"],
  ["Overall people are good with it, a couple of stragglers.", ""],
  [
    "Annoyed doesn't cover it. Third time this month someone's emailed a client list unencrypted.",
    "feel blame:emp",
  ],
  ["When I started, staff didn't know there was a DPO. Now they do, and they use me.", ""],
  ["The senior managers treat any security question as an accusation.", "conflict feel"],
  [
    "I'm a bit of a hermit, I'll admit. I don't get out on the floor enough.",
    "blame:self distance",
  ],
  [
    "Our IT supplier's engineer is short with the admin staff and they've started avoiding him.",
    "blame:sec comm distance",
  ],
  ["People don't report near-misses. They fix it themselves and hope.", "distance"],
  ["we had one phishing incident this year and it was reported within 4 minutes, v proud", ""],
  [
    "We cleared out the policy folder last year, twelve documents down to four. Much easier for everyone.",
    "",
  ],
  [
    "I asked for a budget line for awareness training and got told to 'find something free'.",
    "power",
  ],
  ["They all know who to call and they do call.", ""],
  ["Staff assume I'm reading their emails. I'm not, but try telling them that.", "power conflict"],
  ["I don't think the consultancy arm even knows we have a breach procedure.", "distance"],
  [
    "Being called 'paranoid' by a partner in front of the whole office was humiliating.",
    "feel power conflict",
  ],
  [
    "Firm-wide messages about security come from me and only me, and I don't think that's working.",
    "comm",
  ],
  ["Most of the fee earners are decent about it once you explain the why.", ""],
  [
    "Our Microsoft partner changed the sharing settings overnight without telling anyone. Chaos, and I looked incompetent.",
    "blame:sec comm feel",
  ],
  ["The cleaners have better password habits than the partners, honestly.", "blame:emp"],
  [
    "I get plenty of face time with the teams, the office is small and everyone eats lunch together.",
    "",
  ],
  [
    "This firm gets security right because the partners take it seriously. Rare, in my experience.",
    "",
  ],
  ["I've been known to lecture. I'm trying not to.", "blame:self comm"],
  ["Every clever shortcut someone finds is another hole I have to close.", "conflict"],
  ["The old MFA app was a nightmare and I pushed it anyway. That one's on me.", "blame:self"],
  ["Trainees aren't shy about saying when the policy makes no sense, which I appreciate.", ""],
  [
    "No one reads the policies, and frankly no one reads the engagement letters either.",
    "distance",
  ],
  [
    "The partners pay lip service to security, then forward client data to their accountant brother-in-law.",
    "blame:emp",
  ],
  ["Quiet month. Two password resets and a question about a suspicious text.", ""],
  ["i dont think i get thanked ever, only shouted at", "feel comm"],
  ["They work around me rather than with me.", "distance"],
  [
    "Colleagues got the breach notification email and thought it was a phishing test. My wording was awful.",
    "comm blame:self",
  ],
  [
    "The managing partner signed up a cloud vendor over golf. I found out from the invoice.",
    "power",
  ],
  ["Staff will always pick convenience, that's just human nature.", "blame:emp"],
  [
    "I sometimes wonder if anyone would notice if I stopped sending the newsletter.",
    "distance feel",
  ],
  ["We started drop-in sessions on Thursdays and they're surprisingly busy.", ""],
  [
    "The external IT guys use so many acronyms even I have to google them afterwards.",
    "comm blame:sec",
  ],
  ["Partners don't see me as a peer. I'm support staff in their eyes.", "power"],
  ["Honestly? Relationships are fine. The problem is time, not people.", ""],
  ["Staff keep asking me to whitelist sites and get cross when I say no.", "conflict"],
  ["I dread the call from reception on Monday mornings.", "feel"],
  [
    "When ransomware hit a firm down the road, suddenly everyone wanted to talk to me. Lasted a week.",
    "distance",
  ],
  ["The secretaries feel looked down on by IT, and they're not wrong.", "power blame:sec"],
  [
    "Our incident plan was written by consultants and nobody here understands it.",
    "blame:sec comm",
  ],
  ["I'm as guilty as the staff. I never checked whether the training stuck.", "blame:self"],
  ["The bookkeepers are lovely, they bring me cake when I fix their scanner.", ""],
  [
    "Security meetings get cancelled whenever a client needs something, which is every time.",
    "distance",
  ],
  ["Fee earners don't think of client data as data. It's just 'the file'.", "blame:emp"],
  ["It really stings when a partner goes round me straight to the MSP.", "feel power distance"],
  ["The partners respect the DPO role here, I'm in the room for decisions.", ""],
  ["The consultants are the worst for it, always on hotel wifi, always 'in a rush'.", "blame:emp"],
  ["My reminders are all stick and no carrot. I know.", "comm blame:self"],
  ["We don't see each other, we just swap tickets.", "distance comm"],
  ["Honest answer, I'm frustrated. Same mistakes every quarter.", "feel blame:emp"],
  [
    "One partner calls me 'the fun police' in meetings. Laughs all round, except from me.",
    "feel power conflict",
  ],
  ["The audit seniors actually read the policy, which surprised me in a good way.", ""],
  [
    "Staff say the previous security lead made them feel stupid for asking, and I'm still paying for it.",
    "blame:sec power",
  ],
  ["The insurer's questionnaire actually started some good conversations with the partners.", ""],
  ["Training is ok. People complete it.", ""],
  ["The payroll manager won't let me near her machine. Says she doesn't trust IT.", "conflict"],
  ["If I push too hard they'll just go to the partners and I'll lose.", "power"],
  ["The tech is overcomplicated and that's down to us, not them.", "blame:sec"],
  ["Mostly I feel respected.", ""],
  [
    "A fee earner shouted at me down the phone because his laptop was updating before a hearing.",
    "conflict feel",
  ],
  ["they dont want to hear it so they dont ask", "distance"],
  ["I'm embarrassed our breach log has two entries. I know there have been more.", "feel distance"],
  ["The compliance emails I send are written for regulators, not for people.", "comm blame:self"],
  ["The partners are supportive. The associates roll their eyes.", "conflict"],
  ["I worry that my job is mostly theatre.", "feel"],
  ["When I raise a risk the answer is always 'noted', and nothing happens.", "power"],
  [
    "Staff handbook got rewritten in plain English last spring, with help from two of the secretaries.",
    "",
  ],
  [
    "I'm proud of the culture here. Staff will challenge a suspicious caller without being told to.",
    "",
  ],
  [
    "The helpdesk closes tickets without checking with staff, and then the complaints land on my desk.",
    "blame:sec conflict",
  ],
  [
    "There's no real way for staff to raise concerns with me except corner-of-the-kitchen chats.",
    "distance",
  ],
  [
    "Our IT provider's engineer is on site Wednesdays and people save their questions up for him.",
    "",
  ],
  [
    "Shame on me, I never followed up after the phishing test, so nobody learned anything from it.",
    "blame:self",
  ],
  [
    "We do a five-minute security slot in every monthly team meeting now. People look forward to it, weirdly.",
    "",
  ],
];
