import type { RawBlameExample } from "./types.js";

/** Security practitioners, consultants and IT staff on social media: sarcasm, memes in words, jokes at users' or vendors' expense, sincere defences of staff. Written fresh for Rapport (brief ZO). */
export const FRESH_ZO_3: readonly RawBlameExample[] = [
  [
    "The site crew's idea of device security is leaving the tablet in the van with the window down.",
    true,
  ],
  [
    "Site tablets got left in vans because there was nowhere secure to put them on site. We bought lockboxes. Losses dropped to zero.",
    false,
  ],
  [
    "I'm not saying our staff are the problem. I'm just saying every incident this year had a staff member in it.",
    true,
  ],
  [
    "Every incident this year involved an employee because employees are involved in everything. That's not a finding, it's a tautology.",
    false,
  ],
  [
    'Spent the morning explaining to a manager that "Company123" is not a strong password just because it starts with a capital letter.',
    true,
  ],
  [
    "Length beats complexity. If your policy still demands a capital, a number and a symbol, you're training users to type Company123!.",
    false,
  ],
  [
    "We're a 40-person firm with one IT person and thirty-nine people who each believe they're the exception to every rule.",
    true,
  ],
  [
    "We're a 40-person firm with one IT person, a shoestring budget and a cyber insurance questionnaire that assumes we have a SOC.",
    false,
  ],
  [
    'Heard at the bar after the conference: "The perfect network is one with nobody logged in." Everyone raised a glass.',
    true,
  ],
  [
    'Heard at the conference: a vendor calling their product "zero trust" while it needed a shared admin password. Everyone laughed.',
    false,
  ],
  [
    "Mocking users on this sub is easy. Building systems that don't need them to be perfect is the actual job.",
    false,
  ],
  [
    "Security by obscurity is bad, but have you tried security by hoping the staff never notice the button exists?",
    true,
  ],
  [
    'If I had a pound for every time someone said "but it came from a colleague" about an email that obviously didn\'t, I could retire.',
    true,
  ],
  [
    '"But it came from a colleague" is completely reasonable when the colleague\'s mailbox was compromised. The email really did come from them.',
    false,
  ],
  [
    "Onboarding checklist: laptop, badge, and an office bet on how many weeks until the new hire reuses their streaming password.",
    true,
  ],
  [
    "Every new employee should get a password manager and a hardware key on day one. Habits form in the first week.",
    false,
  ],
  [
    "The interns made a public Trello board for the client project. With credentials in the card descriptions. For convenience.",
    true,
  ],
  [
    "The interns used a public Trello board because nobody told them which tools were approved or gave them access to the approved one. Onboarding failure.",
    false,
  ],
  [
    'The "human firewall" is a marketing phrase. People aren\'t firewalls, and asking them to be one is how you end up with burnout and blame.',
    false,
  ],
  [
    'Monday: the dental assistant calls to say her screen wants bitcoin, right after she opened the attachment "to see what it was".',
    true,
  ],
  [
    "Files encrypted on a Monday morning at a dental practice means the attacker had all weekend to move around. Where was the alerting?",
    false,
  ],
  [
    "Our CEO's assistant has opened every phishing simulation we've ever sent. I'm convinced she thinks they're newsletters.",
    true,
  ],
  [
    "Our CEO's assistant gets 400 emails a day, half with attachments from strangers, because that's literally her job. Sandbox the attachments.",
    false,
  ],
  [
    "The auditor flagged our password rotation as every 90 days instead of 60. NIST dropped forced rotation years ago. The auditor did not care.",
    false,
  ],
  [
    "Pro tip: never announce a new security tool. Half the office will be looking for a way around it before lunch.",
    true,
  ],
  [
    "Pro tip: tell the office before you deploy a new security tool. Surprise blocks create shadow IT faster than anything.",
    false,
  ],
  [
    "Our biggest insider risk isn't malice. It's Brian in facilities, who means well, and who has been given a laptop.",
    true,
  ],
  [
    "Our biggest insider risk turned out to be a contractor account nobody disabled when the project ended. Offboarding, not malice.",
    false,
  ],
  [
    "One sure thing in security: however many layers you build, someone will walk through all of them on the phone with a stranger.",
    true,
  ],
  [
    "One sure thing in security: however many layers you build, some vendor will ship a hardcoded backdoor password.",
    false,
  ],
  [
    "Blaming the clicker is like blaming the patient for getting sick in a hospital with no handwashing stations.",
    false,
  ],
  [
    "I'm starting to think security awareness training is group therapy for IT people who've given up on the staff.",
    true,
  ],
  [
    "I'm starting to think security awareness training exists for the insurance renewal. The insurer asks, we show a certificate, nobody checks outcomes.",
    false,
  ],
  [
    'Marketing installed six browser extensions to "boost productivity". Two were scraping session cookies. Productive indeed.',
    true,
  ],
  [
    "Browser extension sprawl is an admin policy problem. Allowlist them centrally and the whole category disappears.",
    false,
  ],
  [
    "A user asked me whether the padlock in the browser means the site is safe. She had already typed in her card details.",
    true,
  ],
  [
    'Decades of telling people "look for the padlock" taught users the padlock means safe. That advice aged badly, and it was ours.',
    false,
  ],
  ["People are the root cause of everything. Fires, floods, phishing. Especially phishing.", true],
  [
    "Root cause analysis that stops at a person is just finding someone to blame. Keep asking why until you hit something you can fix.",
    false,
  ],
  [
    "Our weekly team meeting is mostly us reading aloud what the office tried to do that week. Better than TV.",
    true,
  ],
  [
    "Our weekly team meeting opens with one good catch by a user outside IT. Best ten minutes of the week.",
    false,
  ],
  [
    "Security teams that treat every user as a threat shouldn't be surprised when users treat the security team as one.",
    false,
  ],
  [
    'Panel moderator: "What keeps you up at night?" CISO of a regional bank: "Tellers. Lovely people. Will believe anyone with a confident voice."',
    true,
  ],
  [
    'Audience question at the keynote: "If the tools are so good, why do breaches keep rising?" Speaker, after a pause: "Because we sell tools, not outcomes." Best answer of the day.',
    false,
  ],
  [
    'Speaker slide: a castle with a moat, walls and archers, and one guard lowering the drawbridge for a pizza delivery. Caption: "your staff".',
    true,
  ],
  [
    'Speaker slide: a castle with a moat and walls, and the enemy strolling in through a tunnel the builders left for the plumbing. Caption: "your legacy VPN".',
    false,
  ],
  [
    'Q: "How do you get buy-in from staff?" A: "You don\'t. Staff will never care, so you take away their admin rights and let them complain." Big applause.',
    true,
  ],
  [
    'Q: "How do you get buy-in from employees?" A: "Ask them what slows them down, fix one of those things, then ask for something back."',
    false,
  ],
  [
    'Podcast guest, deadpan: "We spent a quarter of a million on detection and response, and our first real alert was the office manager asking if she should pay the ransom from petty cash."',
    true,
  ],
  [
    'Podcast guest on incident costs: "Nobody budgets for the forensic firm. Then the invoice arrives and the insurer argues about every line."',
    false,
  ],
  [
    'Keynote line that got the biggest laugh: "Attackers don\'t break in anymore. Your accountants log them in."',
    true,
  ],
  [
    'Keynote line I wish got a bigger laugh: "Attackers don\'t break in anymore, they log in, because we still let a password be the only thing in the way."',
    false,
  ],
  [
    'The room full of CISOs nodding when the speaker said "you can\'t fix stupid" tells you everything about how our industry sees its own users.',
    false,
  ],
  [
    'Conference swag this year: a stress ball shaped like a brain, labelled "for your end users, since they didn\'t bring one".',
    true,
  ],
  [
    "Conference swag this year: a stress ball shaped like a padlock, from a vendor whose own product had three critical CVEs that month.",
    false,
  ],
  [
    'Talk abstract: "Ten years of red teaming and the front desk has never once asked for ID." Standing room only.',
    true,
  ],
  [
    'Talk abstract: "What we learned running a bug bounty on a budget of zero". Mostly that vendors don\'t answer email.',
    false,
  ],
  [
    "Q&A: someone asked whether staff are the weakest link. She said the weakest link is whoever designed a system that breaks when one person has a bad day.",
    false,
  ],
  [
    "Q&A: someone asked the speaker if he trusts staff with security decisions. He said he trusts them with the coffee order, and even that's a stretch.",
    true,
  ],
  [
    'A vendor at the expo told me their awareness platform "fixes human error". I asked for the study. He gave me a tote bag.',
    false,
  ],
  [
    'LinkedIn post with 40k likes: a keyboard with a password taped underneath. Caption: "Found during my audit. This is why we can\'t have nice things."',
    true,
  ],
  [
    "LinkedIn post I actually respect: a CISO admitting her team caused an outage with a firewall rule error, and explaining what they changed.",
    false,
  ],
  [
    "Every security conference has a talk about how users are the problem, and every time the room leaves a bit more cynical and no safer.",
    false,
  ],
  [
    'Said on stage, to laughter: "Our retail staff would hand the till keys to anyone wearing a lanyard."',
    true,
  ],
  [
    'Said on stage, to silence: "Our stores share one login per till because the POS vendor charges per seat. We made that choice, not the shop floor."',
    false,
  ],
  [
    'Fireside chat takeaway: the founder calls his sales floor "basically an open door", and from what I saw on the tour, he isn\'t wrong.',
    true,
  ],
  [
    "Fireside chat takeaway, paraphrasing a founder who has been breached twice: small firms don't need more tools. They need the five they already pay for configured properly, a named owner for each one, and a backup they have actually restored at least once this year.",
    false,
  ],
  [
    'Breakout session title: "Herding Cats: Security Culture When Your Users Don\'t Read Email". Spoiler: the cats won.',
    true,
  ],
  [
    'Breakout session title: "The Security Team Was the Problem". Best talk I saw all year, and the speaker was talking about her own team.',
    false,
  ],
  [
    'Heckler at the back: "Just fire the clickers!" Half the room laughed; the other half looked like they\'d already tried it.',
    true,
  ],
  [
    'Someone at the back shouted "just fire the clickers!" and the speaker replied, "Then you\'ll have a company of employees who hide their mistakes." Mic drop.',
    false,
  ],
  ['Vendor keynote promised "autonomous security". The demo crashed. Twice.', false],
  [
    'Real question at a healthcare security forum: "How do we stop doctors forwarding patient files to their personal Gmail?" Panel\'s honest answer: "You mostly can\'t."',
    true,
  ],
  [
    'Real question at a healthcare security forum: "Why do doctors forward files to Gmail?" Panel: "Because the hospital\'s secure transfer tool needs a VPN that doesn\'t work on phones."',
    false,
  ],
  [
    'Running joke at our consultancy: the first thing we ask a new client is "how many staff do you have?" and the second is "so, how many attack vectors?"',
    true,
  ],
  [
    'Running joke at our consultancy: every client\'s risk register says "cyber" on line one, likelihood "medium", and nobody knows what it means.',
    false,
  ],
  [
    'Slide at a regional meetup: a bar chart titled "Causes of our incidents". One bar. Labelled "Them".',
    true,
  ],
  [
    'Slide at a regional meetup: "If you remember one thing: turn on logging before you need it." The whole room took a photo.',
    false,
  ],
  [
    'If your threat model lists "users" as a threat actor, you\'ve confused the people you protect with the people you protect them from.',
    false,
  ],
  [
    "Consultant confession: I stopped running awareness sessions for small clients because it felt like lecturing a room that had already decided security was my job, not theirs, and would forget every word before the sandwiches arrived. Now I just lock things down and let them grumble.",
    true,
  ],
  [
    "Consultant confession: I sold awareness sessions for years knowing they barely moved the numbers. The money was good. The outcomes weren't.",
    false,
  ],
  [
    'Overheard at the expo hall, from a CIO: "We don\'t have a security problem, we have a staff problem." His colleague just nodded.',
    true,
  ],
  [
    'Overheard at the expo hall: "We don\'t have a security problem, we have a procurement problem. We buy whatever the last vendor demoed."',
    false,
  ],
  [
    'Panellist on ransomware: "Most of our clients got hit because somebody in the back office opened the wrong attachment. It really is that simple."',
    true,
  ],
];
