import type { RawExample } from "./types.js";

/** Staff of international small and medium firms writing in English as a second language: simple grammar, literal phrasing, some words from their own language. Written fresh for Rapport (brief DD). */
export const VOICES_DD_6: readonly RawExample[] = [
  ["The IT team gave each department a \"security champion\". In our team it's me, I'm proud.", ""],
  [
    "I hate to be the one who always say no. People in the company think I'm the enemy.",
    "feel conflict",
  ],
  ["Thanks for the quick fix yesterday, the label printer is perfect now.", ""],
  [
    "My team in Colombo is scared of the security audit. Last time two people got warning letter.",
    "feel power",
  ],
  ["The IT manager's office door is always open, you can walk in.", ""],
  ["I'm the fool who sent the salary file to all staff. Now IT must clean it.", "blame:self feel"],
  ["They put so many locks on the system, it's easier to do the work on paper.", "conflict"],
  ["Useless, this IT department.", "blame:sec"],
  ["Is not my business, security. I'm chef.", "distance"],
  ["When IT came, they explained the problem in simple words, I understood everything.", ""],
  [
    "The developers hide their tools from us, because they know we will say no. So we find out only at the audit.",
    "blame:emp conflict",
  ],
  [
    'The letter from IT about "policy violation" made me shake. I only used USB to print boarding passes.',
    "feel comm",
  ],
  [
    "IT don't want to hear about our problems, they want only tickets with correct category.",
    "conflict comm",
  ],
  [
    "Last month a firewall rule was wrong, we reviewed it together with operations and improved the process.",
    "",
  ],
  ["In our factory office we don't have problems with IT at all.", ""],
  [
    "They don't reply on Teams, they don't reply on email. I go to their room, nobody. Where are they?",
    "conflict distance",
  ],
  ["I'm frustrated with myself, not with IT. I should learn the system better.", "blame:self"],
  [
    "IT change the Wi-Fi name every few months without telling front desk, and guests are shouting at us.",
    "comm conflict",
  ],
  ["Our hotel uses a cloud PMS, so IT mostly handles the network and the WiFi.", ""],
  ["Our IT people are very good, just too few for 300 people. Not their fault.", ""],
  [
    'Everything from IT is "mandatory", "immediately", "final warning". Sounds like army.',
    "comm power",
  ],
  [
    'Since the new monitoring tool came, my manager receive a report of how many minutes I am active on the computer. IT say it is for security only, but last week my manager asked me why I was "idle" for forty minutes. I was in the toilet. I feel humiliated.',
    "power feel",
  ],
  ["Nobody in IT knows my name, and I don't know theirs.", "distance"],
  ["The new check-in kiosks were installed by IT in one night, very smooth.", ""],
  ["Meeting with IT this morning was productive, we agreed on new backup plan.", ""],
  [
    'The import department always think their work is more important than security. Every exception request is "urgent".',
    "blame:emp conflict",
  ],
  [
    "In my seven years here I think I spoke with somebody from IT maybe two times, both when I started. Since then, if my computer has a problem, my colleague Siti helps me or I restart it and wait. I don't even know where their office is now.",
    "distance",
  ],
  [
    "Sometimes I'm frustrated with the slow internet in the warehouse, but that's the provider, IT already complained to them.",
    "",
  ],
  [
    "IT fixed the booking screen, but next day it was broken again. Every week the same.",
    "blame:sec",
  ],
  ["Maybe I'm too old for these computers. IT is patient with me, always.", ""],
  ['Our driver app crashes and IT say "use it less". Very helpful advice, thank you.', "blame:sec"],
  ["IT in our company is only a phone number. I never saw the faces.", "distance comm"],
  ["I told the IT guy my problem in my broken English and he was patient, no rush.", ""],
  ['The security team calls us "the human risk". Nice name, no?', "comm feel"],
  ["They never talk down to us. Even the director of IT speak to us like colleagues.", ""],
  ["We send the IT team a cake for Christmas, they send us back a thank-you video.", ""],
  [
    "For each small thing I must ask, wait, explain, wait again. Like a beggar, I tell you.",
    "power feel",
  ],
  [
    "I am the only security person for three warehouses, and honestly the people are my biggest problem. They prop open the server room door for air, they give passwords to the truck drivers, and when I complain they laugh. I go home tired every single day.",
    "blame:emp feel",
  ],
  ["I don't read their updates. If something important, someone will tell me.", "distance"],
  ["The IT team in Cebu is very good in English and also in Cebuano, so easy.", ""],
  [
    "I asked why we cannot use personal USB, and the security lead explained me the story of the last virus. Now I understand.",
    "",
  ],
  [
    "When we ask IT why the site is blocked, they send a screenshot of the policy. No human explanation.",
    "comm",
  ],
  ["My fault again, sorry IT.", "blame:self"],
  ["They approved my request in two hours. Surprise, surprise, but nice.", ""],
  [
    "IT ask us to report problems but when we do, they behave like we complain too much.",
    "conflict comm",
  ],
  [
    "The security officer send me warning email with my manager in CC for one small mistake. I felt small.",
    "comm power feel",
  ],
  ["We have no idea who maintain our servers. Somebody in the cloud, I guess.", "distance"],
  ["IT is too busy with head office to care about the port office.", "distance"],
  ["Our company's IT policy document was updated in March.", ""],
  ["The IT staff eat with us in the canteen, we talk about football more than computers.", ""],
  ["Not IT's fault this time. The electricity cut, and the UPS is too small.", ""],
  [
    "IT reset my computer without asking, all my customer templates gone. I cried a little.",
    "power feel",
  ],
  [
    "I'm not angry at IT, I understand they are only three people. But management should hire more.",
    "",
  ],
  ["The new manager asked IT to join our weekly meeting, so now we talk every Monday.", ""],
  ["Honestly, no complaints. They are a small team doing big work.", ""],
  ["Honestly, the IT people scare me a bit with their serious faces.", "feel"],
  [
    "Our users are fine. Well, except for the guy in purchasing who clicks everything.",
    "blame:emp",
  ],
  ["IT thinks we are children who cannot be trusted with a computer.", "power"],
  [
    "I don't understand the password rules, it's all numbers and symbols and they don't explain why.",
    "comm",
  ],
  [
    "The team from security gave a very clear talk about scams by phone, I shared it with my mother.",
    "",
  ],
  [
    "Nobody trust IT after the big email crash last month. They still didn't explain what happened.",
    "blame:sec comm",
  ],
  ["The encryption on the laptops is automatic, I don't even notice it.", ""],
  [
    'I put a sticker on the server: "do not touch". Next day, someone from housekeeping unplug it for the vacuum.',
    "blame:emp",
  ],
  ["The help from IT is fast when the boss is asking. When we ask, slow.", "power conflict"],
  ["I wish IT would come to our office sometimes, not only send emails.", "comm distance"],
  ["I'm okay with the rules. Some are annoying but they have reasons.", ""],
  ["They took my admin rights like punishment, for one mistake.", "power"],
  [
    "Sometimes I feel like the only person in the company who care about security. Very lonely job.",
    "feel distance",
  ],
  ["Our IT partner answer tickets in 24 hours, this is in the contract, and they respect it.", ""],
  ['IT says "you should know this already". How? Nobody teach me.', "comm feel"],
  [
    "We create our own shared drive on Dropbox because the official one is too slow. IT doesn't know.",
    "conflict distance",
  ],
  [
    "My colleague was nervous about the phishing test, but the result was private, only she saw it.",
    "",
  ],
  ["Since I got a warning, I avoid the IT people in the canteen.", "distance feel"],
  ["Security newsletter arrived this morning.", ""],
  ["The last two breaches were from our own employees, both times a password reused.", "blame:emp"],
  [
    "I'm afraid of the new AI monitoring. They say it's only for security, but who knows.",
    "feel power",
  ],
  ["I report the fake email to security and they thank me personally. Made my day.", ""],
  [
    "We asked four times for a simple change on the firewall so our partner in Ghana can upload the invoices, and four times the security team rejected without meeting us, so finally the partner sends them by personal email, which is of course much worse.",
    "conflict power",
  ],
  [
    "Whatever happens, it's always \"contact your local IT\", but we don't have local IT.",
    "distance conflict",
  ],
  ["Our security lady is tough but I think she is right most of the time.", ""],
];
