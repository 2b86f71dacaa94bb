import type { RawExample } from "./types.js";

/** Data protection and compliance officers and security managers at a meetup or in short posts (round 21). Written fresh for Rapport (brief EW). */
export const VOICES_EW_4: readonly RawExample[] = [
  [
    "Our ops director and I have a coffee every Friday. It's the best security control we have.",
    "",
  ],
  ["They mean well, but ask them to report something and they'll wait until Monday.", "blame:emp"],
  ["i dont think the staff know what a DPO does. some think i'm from HR", "distance"],
  ["We tell every team exactly how long a request will take, and we stick to it.", ""],
  [
    "The IT lead decides our tools, our budget and our schedule, and I'm meant to be 'independent'.",
    "power",
  ],
  ["I'm not sure our messaging works. People nod, then do the same thing.", "blame:emp"],
  [
    "The factory's maintenance crew now logs every remote vendor session in a paper book by the door.",
    "",
  ],
  ["Every March the council cuts something, and it's always training first.", "power"],
  [
    "I used to think users were the weakest link. Then I read our own firewall config.",
    "blame:self",
  ],
  ["Our staff handbook has a one-page section on data, written with the union rep.", ""],
  [
    "Nobody in hospitality has time for a 40-minute module. We knew that and made one anyway.",
    "blame:self",
  ],
  ["The dev team ships on Fridays and tells us on Mondays.", "distance conflict"],
  [
    "We have a rota so someone from security is always reachable by phone during opening hours.",
    "",
  ],
  [
    "It is very lonely to be the only person who cares about data in a company of 300.",
    "feel distance",
  ],
  ["Most of our people would rather ask a colleague than ask us. I understand why.", "distance"],
  ["A good week for me is one where nobody notices I'm here.", ""],
  [
    "Clinic managers expect me to say yes on the phone without reading the contract. I won't.",
    "conflict",
  ],
  ["Our schools share one data protection officer, me, across six sites.", ""],
  [
    "Some colleagues are afraid to tell me they sent something to the wrong address. That's on me.",
    "feel blame:self",
  ],
  [
    "Honestly? The managers are the worst offenders. They want exceptions for themselves first.",
    "blame:emp conflict",
  ],
  [
    "Our IT provider isn't the fastest, but they explain things patiently, which matters more to me.",
    "",
  ],
  ["We invented our own jargon and now we're surprised nobody speaks it.", "comm blame:self"],
  ["Each branch manager gets a one-page security summary every quarter, no acronyms.", ""],
  ["If you ask me, the board only understands risk when it has a pound sign in front.", "conflict"],
  ["The staff at the depot call me 'the auditor' even when I come to help.", "power"],
  [
    "Our accountants asked for a lunchtime session on scams targeting their parents. We ran two.",
    "",
  ],
  [
    "My manager sometimes doesn't even know what I'm working on, and I'm not sure he wants to.",
    "distance",
  ],
  [
    "They'll write the client's bank details on a post-it if it saves them logging in again.",
    "blame:emp conflict",
  ],
  ["We asked the warehouse what slows them down, and fixed the top three things.", ""],
  ["It's a bit embarrassing, but I don't know most of the kitchen staff by name.", "distance"],
  [
    "Security in our company is decided by whoever shouts loudest in the management meeting.",
    "power",
  ],
  ["The software team runs its own secret scanning and shares results with us weekly.", ""],
  ["Again the users. Again the phishing. I am tired, I tell you.", "blame:emp feel"],
  ["Hopefully the new data champions scheme will give us a contact in every department.", ""],
  [
    "We announce changes by email with a subject line nobody opens: 'Policy Update v3.2'.",
    "comm blame:self",
  ],
  ["After eight years in compliance I've learned most people want to do the right thing.", ""],
  [
    "Finance keeps buying software on a credit card and I only find out at renewal.",
    "distance conflict",
  ],
  [
    "Perhaps we're too quick to say no. A 'not yet, let's find a way' might land better.",
    "blame:self",
  ],
  ["Our retail team at the flagship store ran the smoothest access review we've ever had.", ""],
  ["In the meetings, my director is speaking over me when I talk about the risks.", "power"],
  [
    "The fact that staff are scared of us isn't respect, it's a failure on our side.",
    "feel power blame:self",
  ],
  ["Tuesdays I sit in the ward office for an hour so nurses can ask me things in person.", ""],
  ["Let's be honest, nobody joins a logistics company to think about data protection.", ""],
  [
    "IT here treats my data mapping questions like an interruption to their real work.",
    "conflict feel",
  ],
  ["People assume we read their messages. We have neither the time nor the interest.", "power"],
  ["Our farm clients mostly need help with one thing: keeping the accounts laptop patched.", ""],
  [
    "Kindly, the managers must understand that security is not my hobby, it is their risk also.",
    "conflict",
  ],
  [
    "We are only five in the security team, and the company have 600 workers. So we choose our battles.",
    "",
  ],
  [
    "Sometimes staff come to me close to tears because they clicked something. That shouldn't happen.",
    "feel power",
  ],
  ["I keep a spreadsheet of every 'why can't I' question, it tells me where our rules hurt.", ""],
  ["the managers ask me for a yes or a no, they don't want the explanation", "conflict"],
  ["Our lawyers draft the privacy notices; I make sure a 14-year-old could understand them.", ""],
  [
    "Truth is, my team thinks the rest of the firm is a bit hopeless with tech. I try not to.",
    "blame:emp",
  ],
  [
    "When the boss is not in the office, nobody decides anything on security, we just wait.",
    "power",
  ],
  ["Our council's IT and information governance teams now share one weekly stand-up.", ""],
  [
    "Between us, I'm a bit scared of what the night cleaning contractor sees. Doors, screens, paper.",
    "feel",
  ],
  [
    "Can I say something unpopular? Most of our incidents are caused by rushed staff, not evil hackers.",
    "blame:emp",
  ],
  ["The shop managers are my eyes and ears. I couldn't do this job without them.", ""],
  ["At my firm we only meet the IT contractor once a year, at the contract review.", "distance"],
  ["It is my fault also, I write long emails with many technical words.", "comm blame:self"],
  ["Our new MFA prompt shows the location of the login, so people can spot fakes.", ""],
  [
    "Directors sign the risk acceptance form without reading it. Then they ask me why we got fined.",
    "conflict blame:emp",
  ],
  [
    "I'd love to say we're partners with the business. Most days we're the complaints desk.",
    "conflict feel",
  ],
  ["We let each school choose its own training date, which helped attendance a lot.", ""],
  ["In this firm nobody asks the DPO, they ask the internet.", "distance"],
  [
    "The night manager at the hotel has the best instincts for social engineering I've ever seen.",
    "",
  ],
  [
    "We push rules down, nobody pushes feedback back up. That's a design flaw in us.",
    "power blame:self",
  ],
  [
    "If someone leaves a work laptop in the car again, I'm not sure I can stay polite about it.",
    "feel blame:emp",
  ],
  ["How many of you have a named contact in every department? We have eleven, one per team.", ""],
  [
    "The owner wants me to check staff browsing history. I don't like that role at all.",
    "power feel",
  ],
  [
    "Doctors don't like to be told anything by someone who is not a doctor, and I am not.",
    "power conflict",
  ],
  ["Data protection isn't about saying no. Most of my answers are 'yes, and here's how'.", ""],
  [
    "The procurement team found a supplier storing our data abroad and flagged it before I did.",
    "",
  ],
  ["we've trained them five times. five. still the same click rate", "blame:emp feel"],
  ["I think I was hired to be the name on the form, not to change anything.", "power feel"],
  ["Every new app request gets an answer within five working days, yes or no with reasons.", ""],
  ["My colleagues from IT are very closed. They do not explain, they only decide.", "power comm"],
  ["Retail is hard: high turnover, shared tills, and seasonal staff. We design for that.", ""],
  [
    "I admit I avoid the sales floor. It's always an argument about the CRM export.",
    "distance conflict",
  ],
  ["Our incident response plan names a deputy for every role, including me.", ""],
  [
    "Management don't see us until something is on fire, then we're suddenly very important.",
    "comm distance",
  ],
  [
    "There's an unspoken belief here that security slows everything down. Hard to argue when approvals take a fortnight.",
    "conflict blame:self",
  ],
  ["The manufacturing apprentices asked the best questions at our last session.", ""],
  ["Please don't think I see colleagues as the enemy. I see the phishers as the enemy.", ""],
];
