import type { RawExample } from "./types.js";

/** Part 5 of batch FC (see voices-fc.ts). */
export const VOICES_FC_5: readonly RawExample[] = [
  ["Our team was too quick to say no, and people learned to stop asking.", "blame:self distance"],
  [
    "I could have been clearer that the laptop policy was temporary; I let rumours fill the gap.",
    "blame:self comm",
  ],
  ["My updates go out as PDFs attached to emails. I wouldn't read them either.", "comm blame:self"],
  ["The alerts we send are written by the vendor and sound like a legal threat.", "comm"],
  ["Staff only see me in a crisis, so they associate me with bad news.", "comm"],
  ["The directors talk to me in short orders over email, never a conversation.", "comm power"],
  ["I've heard our MSP's explanations described as \"IT soup\". Fair.", "comm"],
  ["they only call when the till freezes", "comm"],
  ["Most of what I say goes out on a Friday email with no chance to reply.", "comm"],
  ['someone always "forgets" to invite me to the planning meeting', "distance"],
  ["nobody from the Lisbon hotel has called me in months", "distance"],
  ["the surgeons book around me, never through me", "distance"],
  ["i find out about new systems from the invoices", "distance power"],
  ["IT gets the blame whenever the tills lag", "blame:sec"],
  ["people think we make the rules to look busy", "blame:sec"],
  ["feels like im always the bad guy", "feel"],
  ["frustrated is the word, most weeks", "feel"],
  ["sick of being the one who says no", "feel conflict"],
  ['a dev told me security is "theatre"', "conflict blame:sec"],
  ["they act like im their butler", "power"],
  ["too much jargon from me probably", "comm blame:self"],
  [
    "The opticians' staff are quick to report odd emails. Last week two of them flagged the same fake courier message within a minute of each other.",
    "",
  ],
  [
    "I see myself as a colleague, not a gatekeeper. When someone needs an exception, we talk it through and usually find a safe way.",
    "",
  ],
  [
    "The solar firm's office team invited me to their Christmas quiz. I lost, but it says something about how we get on.",
    "",
  ],
  [
    'When I started, people were wary of the "new IT guy". A year in, they wave me over to ask about their kids\' tablets.',
    "",
  ],
  [
    "We had a tense few months after the password change, but it settled once I added the password manager. No one mentions it now.",
    "",
  ],
  [
    "Most contact is through a shared Teams channel. It's informal, people use emojis, and questions get answered within the hour.",
    "",
  ],
  [
    "At the law firm the secretaries are the real security team. They know every client's voice and will ring back to check any odd request.",
    "",
  ],
  [
    "I'm sometimes told I'm too cautious, but it's said with a smile and we always land somewhere reasonable.",
    "",
  ],
  [
    "They once called me a nerd in the staff newsletter. I took it as a compliment, and I think it was meant as one.",
    "",
  ],
  [
    "Our incident last autumn was a stolen phone. The owner reported it from the police station, and we wiped it before lunch.",
    "",
  ],
  [
    "I'd describe the relationship as friendly and practical. They tell me what they need, and I tell them what I can do.",
    "",
  ],
  [
    "The freight company's staff are mostly over fifty and very careful. They'd rather call me than guess.",
    "",
  ],
  [
    "Honestly I don't see employees as a risk to be managed. They're the people the systems are for.",
    "",
  ],
  [
    "The bakery chain's shop managers get a five-minute call from me every fortnight. It's short, but it keeps us in touch.",
    "",
  ],
  [
    "Our human-factors training is built around real examples from this office, with permission. Staff said it felt relevant for once.",
    "",
  ],
  [
    "I'm a two-day-a-week contractor for a small software house. The developers are sharp and mostly self-sufficient, which suits us both.",
    "",
  ],
  [
    "I was worried the clinicians would resent the new login system. They didn't; they asked for it to be faster, and we made it faster.",
    "",
  ],
  ["We do a quick survey after every ticket. Satisfaction sits around 4.6 out of 5.", ""],
  [
    "The weakest-link idea doesn't match what I see. Our receptionist stopped a social-engineering call last month that would have fooled me.",
    "",
  ],
  [
    "After the break-in at the depot, the facilities side and the IT side were the same person, me, and staff were great about the disruption.",
    "",
  ],
  [
    "Some people are slower with tech than others, which is normal, and they're never shy about asking.",
    "",
  ],
  ["The warehouse lads joke that I live in the server cupboard. We get on fine.", ""],
  [
    "I meet the department heads once a quarter to go through risks in plain terms. They bring their own worries to the table, which helps.",
    "",
  ],
  ["People here don't avoid me. If anything they over-report, which I'd take any day.", ""],
  [
    "Used to feel like a firefighter, but since we hired a second person I actually get time to visit the teams.",
    "",
  ],
  ["Every incident report gets a thank-you from me, whatever it turns out to be.", ""],
  [
    "At our translation agency most people work remotely, so we have a video drop-in on Wednesday mornings. Usually three or four people join.",
    "",
  ],
  [
    "Our incident this year was a misconfigured shared folder. A junior spotted it, told her manager, and her manager told me the same afternoon.",
    "",
  ],
  ["a bit slow on updates sometimes but they do them", ""],
  ["good banter with the sales floor", ""],
  ["no one ignores the alerts, ive checked", ""],
  ["fine relationship, boring even", ""],
  ["support calls down by half this year", ""],
  ["they even thanked me at the AGM", ""],
  ["Staff seem relaxed around me.", ""],
  ["It's going well, touch wood.", ""],
  ["I'm on first-name terms with everyone.", ""],
  ["they're good about locking screens now", ""],
  ["quiet year, staff did great", ""],
  ["I reckon they mostly like me.", ""],
  ["old problems with the MSP are behind us now", ""],
  [
    "The fitness club managers call me only when a door reader fails, and then they're impatient. We never talk about anything else.",
    "comm conflict",
  ],
  [
    "I put the new access policy on the intranet. Three weeks later nobody had opened the page.",
    "distance",
  ],
  [
    "When the auditor came, the director made it clear I'd be the one answering for any findings, not him.",
    "power",
  ],
  [
    "Our museum volunteers share passwords because they think nobody would bother attacking a museum.",
    "blame:emp",
  ],
  [
    "I spent a weekend rebuilding a server and on Monday the only comment was that the shared drive felt slow.",
    "feel",
  ],
  [
    "The owner's nephew has admin rights and uses them to install games. I've been told not to raise it again.",
    "power blame:emp",
  ],
  [
    'The developers chose a cloud service without telling me, then asked me to "just secure it" the day before launch.',
    "conflict distance",
  ],
  [
    "I'm embarrassed by how long our offboarding takes. People keep access for weeks after they leave, and that's my process.",
    "blame:self feel",
  ],
  ["They think the two of us in IT spend the day on our phones.", "blame:sec"],
  ["I send warnings, people nod, and nothing changes.", "distance"],
  [
    'The care home managers call me "the computer man" and don\'t really want to know more.',
    "distance",
  ],
  [
    "Our phishing training was a one-hour lecture with slides. People left more confused than they came in.",
    "comm blame:self",
  ],
  ["they cc me on everything except the stuff that matters", "distance"],
  ["angry calls every time the printer jams", "feel"],
  ["management wants logs on everyone, staff hate it", "power"],
  ["i dont get told when someone new starts", "distance"],
  ["people hide their mistakes from me", "distance"],
  ["the lab manager questions every ticket i close", "power"],
  ["they say we speak another language", "comm"],
];
