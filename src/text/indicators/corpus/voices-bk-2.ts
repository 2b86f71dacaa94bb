import type { RawExample } from "./types.js";

/** Second part of brief BK: newsroom, publishing and print staff on their IT-security people. */
export const VOICES_BK_2: readonly RawExample[] = [
  ["As a sub-editor I mostly see them when the CMS login breaks. They're quick about it.", ""],
  ["They keep our sources safe, which for journalists is a big deal. I'm grateful.", ""],
  ["The encrypted messaging setup they did for the investigations desk was genuinely useful.", ""],
  [
    "They wanted to scan every freelancer's laptop before it could connect. Half our freelancers just stopped coming in.",
    "conflict distance",
  ],
  [
    "Our photographers share one password for the archive. Security knows and pretends not to.",
    "distance",
  ],
  ["They said the SIEM had flagged me. I had to google what a SIEM is.", "comm"],
  [
    "Got flagged for downloading a press kit from a 'suspicious' domain. It was the ministry's own website. Then I had to justify myself to them like a naughty schoolboy.",
    "conflict power",
  ],
  [
    "Felt like I was being accused of something when they rang me about that download.",
    "feel power",
  ],
  [
    "They apologised when the filter blocked a legitimate press release, and whitelisted the domain that afternoon.",
    "",
  ],
  [
    "The web filter blocks half the sites we need for stories. Extremism, drugs, weapons, that IS the news beat. Getting one unblocked means begging.",
    "conflict power",
  ],
  [
    "I do my research on my personal laptop because the work one blocks everything.",
    "distance conflict",
  ],
  [
    "I don't think they have the faintest idea what a journalist actually does, and they've never once asked.",
    "conflict distance",
  ],
  [
    "They sat in on an editorial meeting to understand how we work. First time ever. It helped.",
    "",
  ],
  ["Ugh. Another mandatory training module.", "feel"],
  ["The training module was actually short and relevant this year, credit where it's due.", ""],
  ["Our IT is one person, Raj, and he's great, but security is one of twenty things he does.", ""],
  [
    "The owner brought in a consultant who came in, wrote a report and left. Nobody ever saw the report.",
    "power distance",
  ],
  ["No idea what the rules are. There's a policy somewhere, I think.", "distance comm"],
  ["They're friendly in the kitchen and scary in their emails.", "comm feel"],
  [
    "Their emails are all URGENT in capitals and half the time it's a routine update. Gives me palpitations for nothing.",
    "comm feel",
  ],
  [
    "When there was an actual incident last year they were upfront and told us exactly what had happened.",
    "",
  ],
  [
    "They told us about the breach three weeks after it happened. Three weeks. I was livid.",
    "comm feel",
  ],
  [
    "Print floor here. They don't really come down. Everything's by email, and half the lads never check email.",
    "comm distance",
  ],
  [
    "The IT guy writes a security tip of the week on the whiteboard in the print room. It's oddly charming.",
    "",
  ],
  ["I find them a bit condescending.", "comm"],
  ["Never condescending, never rude. Just busy.", ""],
  ["They talk to us like we're about to break something expensive.", "comm power"],
  [
    "I got told off in front of the whole studio for leaving my screen unlocked. Mortifying.",
    "comm power feel",
  ],
  ["The screen-lock reminders are a bit much but I get it.", ""],
  [
    "If the server goes down they're amazing. If you want to talk about why we can't use Google Drive, forget it.",
    "conflict",
  ],
  [
    "We asked for a shared drive our clients could use and got a no, no explanation.",
    "conflict comm",
  ],
  ["They actually listen. We pushed back on the password expiry and they dropped it.", ""],
  [
    "Nobody asked the architects before they changed the backup schedule, and now the overnight renders get interrupted.",
    "power conflict",
  ],
  ["They're like the weather. Nothing you can do about it.", "power"],
  ["I get on with them well, my partner works in IT so I'm used to the way they talk.", ""],
  [
    "The way they explain things is fine for me but my older colleagues really struggle with it.",
    "comm",
  ],
  ["Clear, friendly, no drama.", ""],
  [
    "Half the time I haven't a clue what they want me to do, so I forward it to my manager.",
    "comm distance",
  ],
  [
    "I'm bad with this stuff. I'm the one who forgets the password manager password. Every time.",
    "blame:self",
  ],
  [
    "I feel terrible, I was the one who opened the fake invoice that caused the whole mess in March.",
    "blame:self feel",
  ],
  ["After the invoice thing they didn't name anyone, which I thought was decent of them.", ""],
  [
    "They named the people who failed the phishing test in an all-staff email. Brutal.",
    "power feel",
  ],
  [
    "I wish they'd just tell us what they're doing. Things change and we find out by accident.",
    "comm",
  ],
  [
    "They're really helpful with the CAD licence server, which technically isn't even security.",
    "",
  ],
  [
    "Sometimes I think they enjoy catching people out with the fake phishing emails, and honestly I resent the whole thing.",
    "power feel",
  ],
  ["The fake phishing emails are sneaky but they've made me much more careful, to be fair.", ""],
  ["Tolerable. Like a neighbour you nod at.", "distance"],
  ["They'd say it's a partnership. I'd say it's more of a chain of command.", "power"],
  [
    "They'd probably say we don't take it seriously enough. And maybe we don't.",
    "blame:emp blame:self",
  ],
  [
    "We don't report stuff because the last person who did got grilled for an hour.",
    "distance power",
  ],
  ["Reporting things is easy, there's a button in Outlook now.", ""],
  ["It's all tickets and auto-replies. I've never heard a human voice from them.", "comm distance"],
  [
    "The woman who runs security is really down to earth. She came from a print background herself.",
    "",
  ],
  [
    "Fifteen years here and I've seen three security people come and go. None of them stayed long enough to learn our names.",
    "distance",
  ],
  [
    "The IT provider swaps our contact every few months, so there's no relationship to speak of.",
    "distance",
  ],
  [
    "Dreadful. The new endpoint software slowed the Macs to a crawl and they insisted it was our setup.",
    "conflict blame:emp",
  ],
  [
    "It took them two months to admit the antivirus was what kept crashing InDesign.",
    "blame:sec conflict",
  ],
  ["They admitted they got it wrong with the antivirus and rolled it back, which I respect.", ""],
  [
    "I'd be nervous telling them I'd clicked something. I'd probably try and fix it myself first.",
    "feel distance",
  ],
  ["I'd tell them straight away, they've always been decent about it.", ""],
  ["Feels a bit like them versus us sometimes.", "conflict"],
  ["There's no them and us here, it's a small company, everyone mucks in.", ""],
  [
    "Honestly they seem a bit lost themselves. I asked about the client's encryption requirements and got three different answers.",
    "blame:sec comm",
  ],
  ["They're competent, I'll give them that. Warm and cuddly, less so.", ""],
  ["a bit robotic in how they talk but they know their stuff", ""],
  [
    "I asked a simple question and got back a paragraph about zero trust architecture. I didn't ask again.",
    "comm distance",
  ],
  ["They used to send essays. Now it's three bullet points. Much better.", ""],
  [
    "Half the studio still has admin rights because nobody ever took them away, so I'm not sure what they actually do.",
    "distance",
  ],
  ["I genuinely couldn't tell you their names.", "distance"],
  ["They check in with each team every quarter to ask what's getting in the way. Nice touch.", ""],
  ["They never check how a change lands with us. It's rolled out and that's that.", "power comm"],
  [
    "I get why they're strict, we've got drawings for a hospital on our server, but some days it's a real drag.",
    "conflict",
  ],
  [
    "Positive experience: they recovered a whole set of drawings from backup after someone saved over them. Saved the project.",
    "",
  ],
  [
    "Negative experience: I asked for help sending big files to a contractor, got told 'not our problem, use the approved tool', and the approved tool caps out at 2GB.",
    "conflict comm",
  ],
  ["The approved file transfer tool is a running joke. Nobody uses it.", "distance conflict"],
  [
    "I feel like my job's on the line every time one of those fake phishing emails lands.",
    "feel power",
  ],
  ["I'm probably oversensitive, but their emails make me feel like a suspect.", "feel power"],
  [
    "Honestly, I'm the problem. I can never remember the VPN steps. I feel such a fool ringing them every week.",
    "blame:self feel",
  ],
  ["They're good with the Windows people. The Mac crowd gets a shrug.", "distance"],
  ["They're approachable, you just have to pick your moment.", ""],
  [
    "It's like the dentist. Necessary, not enjoyable, and I only go when it hurts.",
    "comm distance",
  ],
  ["They'd say we only call them when things are on fire. True.", "comm"],
  ["They sit in the other building and might as well be on another planet.", "distance"],
  [
    "The head of IT sits in the management meetings, so decisions about us get made without us. Then we get an email.",
    "power comm",
  ],
  ["I think they're a bit scared of us. They never come down to the print floor.", "distance"],
  ["They speak a different language. Like getting instructions from the moon.", "comm"],
  ["when they explain stuff in person it makes sense, the emails not so much", "comm"],
  ["Written instructions with screenshots. Even I could follow them.", ""],
  ["I'm not a tech person at all, so I'm probably not the best judge.", ""],
  ["I'm too old for all this, I just do what they tell me.", "blame:self power"],
  [
    "They set up two-factor on the client portal and walked every single client through it. Above and beyond.",
    "",
  ],
  [
    "The client portal logins are a nightmare and it's us the clients ring to complain, not them.",
    "conflict",
  ],
  ["No complaints. They're the reason we passed the client's security audit.", ""],
  [
    "We failed a client audit and they pinned it on the designers for using personal Dropbox accounts. Nobody had ever told us not to.",
    "blame:emp comm",
  ],
  ["In fairness we did use personal Dropbox accounts. That one's on us.", "blame:self"],
  [
    "I tried the drop-in once but it was just the two of them talking to each other about servers.",
    "distance comm",
  ],
  ["They're not unfriendly. They're just not really there.", "distance"],
  [
    "Our relationship with security is the yearly training and the odd scary email.",
    "distance comm",
  ],
  ["They'd probably call it 'fine' and then go back to their screens.", "distance"],
  [
    "How would they describe us? Probably as 'the creatives'. In inverted commas. With an eye roll.",
    "power blame:emp",
  ],
  [
    "Everything needs a form now. Nearly a form to request a form. So people just stopped asking.",
    "conflict distance",
  ],
  ["My manager calls them 'the fun police'. So that's the relationship.", "conflict"],
  [
    "I've never once had a bad experience with them, which I can't say about most of our suppliers.",
    "",
  ],
  [
    "I asked why we couldn't use a certain plugin and they explained the risk with a real example. Changed my mind.",
    "",
  ],
  [
    "They lock things down and leave us to deal with the fallout with clients. It's maddening.",
    "conflict feel",
  ],
  ["Sometimes I wonder if they know we're a packaging firm and not a bank.", "conflict"],
  ["It's a bit cold. Professional, but cold.", "distance"],
  ["They came across as arrogant at first but they've softened a lot.", ""],
  ["Tense. Since the ransomware scare everyone's on edge around them.", "feel conflict"],
  [
    "My stomach drops every time I see an email from them, I assume I've done something wrong.",
    "feel comm",
  ],
  [
    "They only email when something's wrong, so their name in my inbox gives me a little jolt.",
    "comm feel",
  ],
];
