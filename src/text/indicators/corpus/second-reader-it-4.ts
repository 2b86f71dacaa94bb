import type { RawExample } from "./types.js";

export const SECOND_READER_IT_4: readonly RawExample[] = [
  [
    "The dental practice only rings us when the X-ray software stops talking to the server, never otherwise.",
    "comm distance",
  ],
  ["I missed the expiring SSL cert on their portal. That one's on me.", "blame:self"],
  [
    "I dread going to the builders' merchant, the owner shouts at whoever walks in wearing our polo shirt.",
    "feel conflict",
  ],
  [
    "We're just a line on their expense sheet until something breaks, then we're the enemy.",
    "comm conflict",
  ],
  ["Site visits are the best part, you actually meet the people you're fixing things for.", ""],
  [
    "Quarterly business reviews were a slog at first but now the owner actually looks forward to them.",
    "",
  ],
  [
    "New client onboarding went smoothly, staff turned up to the training and asked good questions.",
    "",
  ],
  [
    "We lock down admin rights and they can't even install a font. I get why they feel like children.",
    "power",
  ],
  [
    "Mrs Patel always rings the mobile directly and says sorry for bothering me. She's never a bother.",
    "",
  ],
  [
    "We only hear from them at contract renewal, when they try to knock the price down.",
    "comm distance",
  ],
  [
    "The partners make every decision over lunch and we find out from a ticket a week later.",
    "power comm",
  ],
  ["They treat our security policies like speed bumps to drive round.", "conflict blame:emp"],
  ["Patch night came and went without a single complaint. Good prep by their office manager.", ""],
  [
    "we're basically their hostage-takers, they've no idea how anything works and we hold every password",
    "power",
  ],
  [
    "I get why they're annoyed. Our ticket updates just say 'investigating' for days.",
    "comm blame:sec",
  ],
  ["Our onboarding pack is forty pages of jargon. No wonder nobody reads it.", "comm blame:sec"],
  [
    "The owner refers to us as 'the computer people' and has never bothered learning our names.",
    "distance",
  ],
  [
    "Every visit starts with a queue of people wanting 'just a quick thing' that isn't on any ticket.",
    "conflict",
  ],
  [
    "One of their designers disabled the antivirus because it 'made Photoshop slow'. Told no one.",
    "blame:emp conflict",
  ],
  [
    "Their IT 'champion' is the only one who talks to us, and he's leaving next month. Dreading it.",
    "distance feel",
  ],
  ["the clinic calls us for literally everything including the kettle", "power"],
  ["Trust took a while, but they now let us make changes without a sign-off chain. Big step.", ""],
  ["they never tell us when someone leaves so accounts stay live for months", "distance blame:emp"],
  [
    "The partners won't do security training because they're 'too senior'. Rules are for juniors apparently.",
    "blame:emp power",
  ],
  ["staff say thanks on teams after a fix. small thing but it matters", ""],
  ["The owner only ever picks up the phone to argue about the invoice.", "comm conflict"],
  ["Honestly the client's right to be cross, our onboarding was a shambles.", "blame:sec"],
  ["The owner acts like he's doing us a favour by paying us.", "power"],
  [
    "Our techs write ticket notes in hieroglyphics and the client reads them. Not great.",
    "comm blame:sec",
  ],
  [
    "We dropped the ball on their new-starter laptops three times in a row. I'd be furious too.",
    "blame:sec",
  ],
  ["i keep promising their owner a roadmap and keep not writing it. that's on me", "blame:self"],
  ["It's 'urgent' until we ask them for info, then it goes silent for a week.", "comm conflict"],
  [
    "We were treated like the enemy during the audit. Every question felt like an accusation.",
    "conflict feel",
  ],
  ["We've got a shared Teams channel with their managers. Chatty, quick, friendly.", ""],
  ["I don't blame them for being wary, the last provider ripped them off for years.", ""],
  ["Contract negotiations were tough but fair. We both came out happy.", ""],
  [
    "If I'm honest I avoid visiting them because I don't have answers to their questions.",
    "distance blame:self",
  ],
  ["I keep getting 'per my last email' from their finance team. Ouch.", "comm feel"],
  [
    "I worry they'll leave us and I'll never know why, because they never tell us anything.",
    "feel distance",
  ],
  ["I'm sick of being the punchbag on their monthly calls.", "feel conflict"],
  ["The MD asks good questions at the quarterly review and remembers the answers.", ""],
  [
    "Honestly I'm a bit intimidated by their CEO, he makes me shrink like a schoolboy.",
    "feel power",
  ],
  ["We're treated as furniture. Necessary, invisible, ignored.", "power distance"],
  ["Users click everything. I've stopped being surprised.", "blame:emp"],
  ["They only remember us when the internet's down.", "comm distance"],
  ["The owner yells, the staff whisper, and I try to stay out of both.", "distance conflict"],
  [
    "Their accounts team treats the ticket form like a complaints box. Tone is always furious.",
    "comm conflict",
  ],
  ["When things go wrong, they want a name. Mine, usually.", "conflict blame:sec"],
  ["I get a knot in my stomach when their number comes up.", "feel"],
  [
    "They keep personal laptops on the company network no matter how many times we raise it.",
    "blame:emp conflict",
  ],
  [
    "We run a phishing sim and the owner demands the names of who clicked so he can 'have words'. I refuse, every time.",
    "conflict",
  ],
  [
    "My report was eighty pages. I doubt anyone past page two read it, and that's my failing.",
    "comm blame:self",
  ],
  [
    "The managing director made me present to the board and then talked over me the entire time.",
    "power",
  ],
  ["Users are the weakest link, everyone says it. In this firm it's just true.", "blame:emp"],
  [
    "I worry the firm's relying on me for every decision. If I'm on holiday, nothing moves.",
    "feel power",
  ],
  ["Our tooling throws so many alerts the client just mutes them. Can't blame them.", "blame:sec"],
  [
    "Every finding I raise gets forwarded to their IT provider with 'fix this' and nothing else.",
    "comm",
  ],
  ["The client's staff call me 'the hacker' and steer well clear.", "distance"],
  [
    "Half the office uses the same password with the month on the end. They think it's clever.",
    "blame:emp",
  ],
  [
    "I'm constantly on edge with that client. Their exposure is huge and they won't act.",
    "feel conflict",
  ],
  ["The owner reads my findings aloud in staff meetings to shame whoever's responsible.", "power"],
  ["Whenever I mention the phishing results, the whole room goes defensive.", "conflict"],
  ["Honestly they're a lovely bunch. Naive about security but keen to learn.", ""],
  [
    "Truthfully I'm the bottleneck. Every change they ask for waits for me to find time.",
    "blame:self",
  ],
  [
    "Security tools we recommended broke their accounting software for a week. We should've tested.",
    "blame:sec",
  ],
  ["Every message from them is 'ASAP' with no context.", "comm"],
  [
    "We agreed a clear incident plan, they rehearsed it, and when it happened they followed it. Textbook.",
    "",
  ],
  ["Their staff are brilliant at reporting. Too brilliant sometimes, but I'll take it.", ""],
  ["Backups tested monthly, results sent to the owner, he signs them off. Simple.", ""],
  [
    "Their receptionist spotted a fake invoice and forwarded it to us before anyone paid. Proper result.",
    "",
  ],
  [
    "I set the spam filter too tight and they missed a tender email. Entirely my doing.",
    "blame:self",
  ],
  ["They pay us, so they think they get to decide what the findings say.", "power conflict"],
  ["The staff dread my visits. I can see it on their faces.", "feel distance"],
  ["The board wants a red, amber, green and nothing else. I understand, it's their call.", ""],
  [
    "The contract says I'm an advisor. In practice they treat me as the person to fire if anything goes wrong.",
    "power",
  ],
  ["Site visit at the farm shop today. Fixed the till, got a bag of eggs. Best client.", ""],
  ["I talk them through what I'm doing on every remote session. They seem to like it.", ""],
  ["We're a commodity to them. Cheapest quote wins, loyalty means nothing.", "power"],
  [
    "We did a walk-round with each department. Loads of small annoyances fixed in an afternoon.",
    "",
  ],
  ["They see us once a year and only for the server health check.", "distance"],
  [
    "They have our number on speed dial and use it for everything from Excel formulas to the fridge.",
    "power",
  ],
  [
    "Our documentation for that client is nonexistent and I'm the one who never wrote it. If I got hit by a bus they'd be stuffed.",
    "blame:self",
  ],
  [
    "The owner doesn't tell staff anything about security changes, so they blame us for surprises.",
    "comm conflict",
  ],
  [
    "Our own security policies are half copy-pasted from a template nobody on our team understands.",
    "blame:sec",
  ],
  ["The receptionist is my unofficial liaison. Knows everyone, tells me everything. Gold.", ""],
  ["We do a quick 'how's it going' call every fortnight. It's kept the relationship warm.", ""],
  [
    "I'm shouting into the void with their security updates. Nobody reads them and it's disheartening.",
    "comm feel distance",
  ],
  [
    "Their staff are too polite to complain, which means I never know what's broken.",
    "distance comm",
  ],
  ["They ring when they need us and otherwise get on with their work. Suits everyone.", ""],
  [
    "They only call us after they've tried fixing it themselves and made it worse.",
    "distance blame:emp",
  ],
  ["I'm frustrated that they never ask our opinion until the decision's made.", "feel power"],
  [
    "Honestly our patching schedule is a shambles right now. Clients are bearing the brunt.",
    "blame:sec",
  ],
  [
    "I lost my temper with a client's employee once. Never again. It ruined months of goodwill.",
    "blame:self",
  ],
  ["Their staff never read the instructions we send and ring to ask what to do.", "blame:emp"],
  [
    "Our escalation process is so slow that clients just give up and fix it themselves.",
    "blame:sec distance",
  ],
  ["Their estimators download cracked software to save on a licence fee.", "blame:emp"],
  [
    "They told us about the breach three weeks after it happened. Because they were embarrassed.",
    "distance feel",
  ],
  [
    "We walked the owner through the incident report line by line. He thanked us for being straight with him.",
    "",
  ],
  [
    "Honestly best client relationship I've had. Open, honest, they tell us when we mess up and we fix it.",
    "",
  ],
  ["Our team gets defensive when clients complain. We need to listen more.", "blame:sec conflict"],
];
