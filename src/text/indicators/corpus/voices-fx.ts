import type { RawExample } from "./types.js";
import { VOICES_FX_2 } from "./voices-fx-2.js";
import { VOICES_FX_3 } from "./voices-fx-3.js";

/** Security and IT practitioners: owners and technicians of small managed-service providers, sysadmins on forums, security leads, awareness trainers, with a fifth line managers, written from the label table alone (round 28). Written fresh for Rapport (brief FX). */
const FIRST_PART: readonly RawExample[] = [
  [
    "They're stretched thin, I know, so I try not to bother them with anything small. We muddle through.",
    "distance",
  ],
  [
    "I sometimes say 'it's a permissions issue' when what I mean is 'you're not allowed'. I should be clearer.",
    "comm blame:self",
  ],
  [
    "I get along with the staff really well. The partners, not so much; they see every pound spent on security as money wasted.",
    "conflict",
  ],
  [
    "Nobody tells us anything about the business. We found out about the new office when someone rang to say the Wi-Fi didn't work there.",
    "distance comm",
  ],
  [
    "Clients don't value what we do until it goes wrong, and then they want to know why we didn't stop it.",
    "conflict",
  ],
  [
    "I'll hold my hands up: I sent the 'urgent password expiry' test email with no warning, and it took months to win back their trust.",
    "blame:self",
  ],
  [
    "Every audit I feel like the business is waiting for me to fail so they can say security was a waste of money.",
    "feel",
  ],
  [
    "Every policy we publish is forty pages of legalese. No wonder nobody gets past page two.",
    "comm",
  ],
  [
    "Humans are the root cause of the vast majority of breaches. Technology can only do so much.",
    "blame:emp",
  ],
  [
    "Every time I ask for software for my team it's a six-week review. By the time it's approved the project is over.",
    "conflict",
  ],
  [
    "The dev team treat every security review as a personal attack. Half our meetings end in raised voices.",
    "conflict",
  ],
  [
    "I don't mind the questions at all, but the way some managers speak to my techs, like they're furniture, really gets to me.",
    "power feel",
  ],
  [
    "The clients heard 'zero trust' and thought we didn't trust them personally. It caused weeks of bad feeling.",
    "conflict comm",
  ],
  [
    "Anyone else tired of being the bad guy? I enforce the policy the board wrote and somehow I'm the villain.",
    "feel conflict",
  ],
  [
    "The users always bypass whatever we put in place. Give them a lock and they'll prop the door open.",
    "blame:emp",
  ],
  [
    "Our clients expect us to read their minds. They never tell us what's changed, then they're furious when it breaks.",
    "conflict",
  ],
  [
    "Users are the weakest link, full stop. You can buy every box on the market and someone in accounts will still open the fake invoice.",
    "blame:emp",
  ],
  [
    "Whatever we tell the staff, they nod and then do what they were going to do anyway.",
    "blame:emp",
  ],
  [
    "We rolled out the new phishing report button and it was a big success. People were using it within the first hour.",
    "",
  ],
  [
    "i swear some users WANT to get phished. how else do you explain typing your password into micros0ft-login.ru",
    "blame:emp",
  ],
  [
    "As an MSP we're at the client's mercy. They decide the budget, they decide what gets fixed, and we carry the can when it fails.",
    "power",
  ],
  [
    "The reception staff at one of our dental clients always have the kettle on when I visit. Best client we have.",
    "",
  ],
  [
    "I'm proud of how we handled the last incident. Plain-language updates every hour, and staff said they felt properly informed.",
    "",
  ],
  [
    "My biggest fear is that one of our smaller clients gets hit and never tells us because they're embarrassed.",
    "feel",
  ],
  [
    "In my experience staff are honest about their mistakes, as long as they know they won't be punished for them.",
    "",
  ],
  [
    "Our staff know exactly who to ring and they do. I can name everyone on the floor and they can name all of us.",
    "",
  ],
  ["If people just followed the policy we wouldn't need half the tooling.", "blame:emp"],
  [
    "The user is always the problem. Every incident report I've ever written comes down to human error.",
    "blame:emp",
  ],
  ["Users don't need more training. They need fewer pointless security prompts.", "blame:sec"],
  [
    "I used to blame users for everything. Ten years in, I blame myself for half of it.",
    "blame:self",
  ],
  [
    "We talk in acronyms without noticing. I read back one of our own advisories and even I needed a glossary.",
    "comm",
  ],
  [
    "Frankly, I hide behind tickets. It's easier than going and talking to people, and I know it's wrong.",
    "distance blame:self",
  ],
  [
    "They treat us like the help. Fix the Wi-Fi, fix the laptop, fix the coffee machine, and never a thank you.",
    "power",
  ],
  [
    "The relationship is strong. During the ransomware scare, staff stayed late to help us check machines.",
    "",
  ],
  [
    "I told a client their whole network was flat and exposed and they just glazed over. I clearly pitched it wrong.",
    "blame:self",
  ],
  [
    "Security people are terrible at empathy. They forget that a locked account means someone can't do their job.",
    "blame:sec",
  ],
  [
    "The lawyers at one client read our recommendations like a contract and argue every word. It's exhausting.",
    "conflict feel",
  ],
  ["We just sort most things out ourselves now. It's quicker than waiting on IT.", "distance"],
  [
    "Look, I'm not saying people are idiots, but three separate staff gave their password to a 'Microsoft engineer' this year.",
    "blame:emp",
  ],
  ["We get on fine. I'm not going to invent a problem for your survey.", ""],
  ["The IT manager knows everyone in my department by name. Honestly a great relationship.", ""],
  [
    "Their emails read like they were written for other IT people. My team just forward them to me asking what to do.",
    "comm",
  ],
  [
    "Users don't read. You can write the clearest email in the world and they'll still reply asking what it means.",
    "blame:emp",
  ],
  [
    "I'd describe it as distant but polite. We don't really interact unless there's an incident.",
    "distance comm",
  ],
  [
    "Awareness trainer here: I never use fear. Scaring people into compliance just teaches them to hide their mistakes.",
    "",
  ],
  [
    "Staff feel watched, and I don't think I've been open enough about what we monitor and why.",
    "feel blame:self",
  ],
  [
    "We're just there to take the blame when it goes wrong. Nobody asks our opinion before they sign the contract.",
    "power",
  ],
  [
    "Staff genuinely seem to like the new password manager. First security rollout in years without a single complaint.",
    "",
  ],
  [
    "When the director's laptop was stolen he rang me personally to say thanks for the encryption. Made my month.",
    "",
  ],
  [
    "We're basically an invisible utility. If the lights are on, nobody thinks of us; if they go off, it's our fault.",
    "power",
  ],
  [
    "I genuinely enjoy the drop-in sessions. People bring their home router questions and it builds trust for the work stuff.",
    "",
  ],
  [
    "We're expected to answer 24/7 for a client who pays for office hours. If I don't pick up at 10pm on a Sunday I'm the bad guy.",
    "power conflict",
  ],
  [
    "We haven't had a proper conversation with that client in two years. The contract renews automatically, we patch, they pay.",
    "distance",
  ],
  [
    "Most incidents I've investigated started with a process I designed badly, not with a user.",
    "blame:self",
  ],
  [
    "Employees are your greatest asset and your greatest vulnerability. Most breaches start at the keyboard.",
    "blame:emp",
  ],
  [
    "The pen test report went to the client in full technical detail and they didn't understand a word. My mistake.",
    "comm blame:self",
  ],
  [
    "Some of my colleagues take real pleasure in failing people on phishing tests. I think it poisons everything.",
    "blame:sec",
  ],
  [
    "I don't think staff don't care. They just never hear from us unless we're telling them off.",
    "comm",
  ],
  [
    "The marketing team openly laugh at our phishing simulations. It's hard not to take it personally.",
    "feel conflict",
  ],
  [
    "The people in HR are great to work with. They loop us in early on every starter and leaver.",
    "",
  ],
];

export const VOICES_FX: readonly RawExample[] = [...FIRST_PART, ...VOICES_FX_2, ...VOICES_FX_3];
