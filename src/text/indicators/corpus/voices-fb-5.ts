import type { RawExample } from "./types.js";

/** Part 5 of batch FB (see voices-fb.ts). */
export const VOICES_FB_5: readonly RawExample[] = [
  [
    "Our users are brilliant at spotting fake parcel texts. They get a dozen a week at home, so they're basically professionals.",
    "",
  ],
  [
    "The sales floor treats password rotation like a personal insult. To be fair, ninety-day rotation is a bad rule and we're dropping it.",
    "conflict blame:self",
  ],
  [
    "We asked the retail staff what would make security easier. They said fewer logins, so we cut it from five to two.",
    "",
  ],
  [
    "In my last job the security team had a wall of shame with the names of people who failed phishing tests. I quit partly because of it.",
    "power blame:emp blame:sec",
  ],
  [
    "Nobody in the Stockholm office has heard of our incident hotline. I checked by asking twelve people at random.",
    "distance",
  ],
  [
    "Our CEO tells new hires on day one that reporting a mistake is never punished here, and he means it.",
    "",
  ],
  [
    "I'll admit I'm condescending sometimes. When someone asks what a browser is for the fourth time, my patience runs out.",
    "comm feel blame:self",
  ],
  [
    "Our team isn't remote from staff. We're in the same open-plan office and people wander over all day.",
    "",
  ],
  [
    "I've been doing this 20 years and the users have never been the problem. Bad defaults, rushed projects and silent tools have.",
    "",
  ],
  [
    "The project managers schedule go-lives without telling us, then blame us when security signs off late.",
    "conflict blame:emp blame:sec",
  ],
  [
    "I don't feel ignored by management anymore. Since the audit finding, they come to me first.",
    "",
  ],
  [
    "Most of the agency's designers have never spoken to anyone from security, and I think they'd rather keep it that way.",
    "distance",
  ],
  [
    "We rebuilt the leaver process after a departing employee kept access for six months. That was our miss, not his.",
    "blame:self",
  ],
  [
    "Here's my unpopular opinion: some users genuinely are reckless, and pretending otherwise doesn't help them or us.",
    "blame:emp",
  ],
  ["security isn't a people problem, it's a design problem", ""],
  ["the kitchen staff asked for a security poster lol, done", ""],
  ["no clue what half the depts even do", "distance"],
  ["morning tea w the claims team, 10/10", ""],
  ["they only call when the wifi's down", "comm"],
  ["never had a rude word from the teachers", ""],
  ["shadow IT everywhere. everywhere.", "distance"],
  ["People make mistakes. Systems should expect it.", ""],
  ["i kinda dread the partner meetings ngl", "feel"],
  ["helped the CFO set up a password manager, he loved it", ""],
  ["the care workers are so good about lockscreens", ""],
  ["my emails = wall of acronyms, working on it", "comm blame:self"],
  ["phishing sim results are private, always", ""],
  ["ops director said no. no reason given", "power comm"],
  ["staff trust us, which is the whole point", ""],
  ["nobody from security at the xmas party again", "distance"],
  ["we try to say yes more than no", ""],
  ["blocked youtube, got 40 angry emails", "conflict feel"],
  ["admins at the school are superstars", ""],
  [
    "Our charity's volunteers rotate every few months, so we keep security to three rules they can remember.",
    "",
  ],
  [
    'I\'ll be on the panel arguing that "user error" should be retired as a category in incident reports.',
    "",
  ],
  [
    "The dentists in our group practice ignore the IT person completely until the X-ray software stops working.",
    "comm distance",
  ],
  [
    "Employees aren't the weakest link; they're the only link that can notice something is off.",
    "",
  ],
  [
    "The board signs off security budgets without ever asking us what we need, then asks why we didn't stop the breach.",
    "power blame:sec",
  ],
  ["We give every department a named contact in IT, with a photo, so nobody has to guess.", ""],
  [
    "Our regional manager in Manila handles half our phishing reports herself and forwards us only the tricky ones.",
    "",
  ],
  [
    "I admit I went in too hard with the new rules and the warehouse team felt punished.",
    "feel blame:self",
  ],
  ["When someone reports a lost laptop at 2am, they get a thank-you, not a form.", ""],
  [
    "The quant team thinks they're smarter than our controls, and they might be, which is the problem.",
    "conflict",
  ],
  ['We have a rule that nobody in security says "PEBKAC", even as a joke.', ""],
  [
    "I'm not going to pretend I enjoy the monthly call with the property managers; it's forty minutes of complaints about the VPN.",
    "feel conflict",
  ],
  [
    "A user reported our own pen-test email within ninety seconds, and we gave her a gift card.",
    "",
  ],
  [
    'Our security team deliberately avoids the word "insider" when talking about our own staff.',
    "",
  ],
  [
    "The engineering leads rewrote our secure-coding checklist, and it's better than the one we wrote.",
    "",
  ],
  [
    "The call-centre agents are sharp; when someone claims to be a manager, they check the staff directory.",
    "",
  ],
  [
    "Nobody outside the server room has read our incident response plan, including the people named in it.",
    "distance",
  ],
  [
    "The receptionist says she can never get hold of anyone in IT, and frankly she's right.",
    "conflict blame:self",
  ],
  [
    "I never feel like I'm talking down to our staff; if anything, they teach me how the business works.",
    "",
  ],
  [
    "The managing director wants weekly reports on who visited which websites, and I hate producing them.",
    "power feel",
  ],
  [
    "I run IT for a 25-person law office in Dublin. Everyone knows where my desk is and most days someone stops by with a question.",
    "",
  ],
  [
    'The staff used to call our old data-protection training "the scary video". We binned it last spring and nobody misses it.',
    "",
  ],
  [
    "Humans make errors. Good systems make those errors cheap. That's most of my talk in one line.",
    "",
  ],
  [
    'I get an email from the CEO\'s assistant every week asking me to whitelist something "just this once". I say no, and then the CEO calls me.',
    "conflict power",
  ],
  [
    "Most of our nurses have never met anyone from the security team. We're in a different building and honestly we don't make the trip.",
    "distance blame:self",
  ],
  [
    "We stopped treating our contract cleaners as a risk and started treating them as eyes. They report tailgaters more than anyone.",
    "",
  ],
  [
    "The developers deserve better tools from us. Every time they hit a blocked package, they lose an afternoon.",
    "conflict blame:self",
  ],
  [
    "I was worried the factory staff would resent the new badge readers. They actually asked for them after the tool theft.",
    "",
  ],
  [
    "Security people love to complain that users don't listen. Maybe stop talking in CVE numbers.",
    "comm blame:sec",
  ],
  [
    "Our HR lead and I meet every fortnight. She tells me what's worrying staff; I tell her what's worrying me.",
    "",
  ],
  [
    "The finance manager treated me like a suspect when I asked to see the payment approval process. Two weeks later she called me about a fraud attempt.",
    "power",
  ],
  [
    "I've been told I sound like a robot in our security updates. I reread one and agreed.",
    "comm blame:self",
  ],
  [
    "We're a 7-person studio in Melbourne. Security is me, a password manager and a shared checklist, and it honestly works.",
    "",
  ],
  [
    "Every rule we've announced only by email has flopped. Every rule we've explained at a team meeting has stuck.",
    "",
  ],
  [
    "I used to roll my eyes at the sales team. After shadowing their calls for a week, I don't anymore.",
    "",
  ],
  [
    "Our parent company's security team in the US sends us policies with no context and no Spanish translation. We find out about new rules when something stops working.",
    "comm power",
  ],
  [
    "Frankly, the engineering managers think security is someone else's job. Until that changes, we're just cleaning up after them.",
    "blame:emp",
  ],
  [
    "No one at our firm is afraid of IT, and that's on purpose. We've never disciplined anyone for a phishing click.",
    "",
  ],
  [
    "Our team has a habit of fixing problems silently and never telling the person what happened. They do the same thing again, and we fix it again.",
    "distance comm blame:self",
  ],
  [
    "The operators at the port know more about physical security than any consultant I've hired. I just make sure their badges work.",
    "",
  ],
  [
    'Some colleagues in security still talk about "idiot users" at meetups. I\'ve stopped going to those meetups.',
    "blame:emp",
  ],
  [
    "Our staff in Bogotá asked for the awareness course in Spanish. It took us a month, and completion went from 30% to 95%.",
    "",
  ],
  [
    "The surgeons have their own IT budget and buy whatever they want. We're told about it when it needs to join the network.",
    "power distance",
  ],
  [
    "I'm honestly not worried about our staff. They're careful, they ask, and when they slip up they tell us straight away.",
    "",
  ],
  [
    "We sign every security alert with the name of the person who wrote it and a phone number. People call, and that's the point.",
    "",
  ],
  [
    "I explained zero trust to the partners with a hotel key card analogy, and they kept asking follow-up questions for twenty minutes.",
    "",
  ],
  [
    "I don't think users are careless. I think they're busy, and we make them choose between the deadline and the rule.",
    "blame:self conflict",
  ],
  [
    'The accounts team once called me the "bringer of bad news". Fair at the time; we\'ve since started sharing the good stuff too.',
    "",
  ],
  [
    "There's a lot of us-and-them between IT and the field engineers. They think we sit around all day, and we think they break everything.",
    "conflict blame:emp blame:sec",
  ],
  [
    "The intern set up the new guest Wi-Fi under my supervision. Nice work, and we'll write up the steps for the wiki.",
    "",
  ],
];
