import type { RawBlameExample } from "./types.js";

/** Office managers, in-house IT, accountants, forum posters. Written fresh for Rapport (brief ZD), part 2. */
export const FRESH_ZD_2: readonly RawBlameExample[] = [
  [
    "Office manager here. I've stopped sending the phishing tips email because nobody on this floor reads past the subject line.",
    true,
  ],
  [
    "Office manager here. We moved the phishing tips into the Monday huddle and people actually ask questions now.",
    false,
  ],
  [
    "Accountant's note to clients: if an email changes a supplier's bank details, phone the supplier on a number you already hold.",
    false,
  ],
  [
    "Half my clients' bookkeepers would pay an invoice from the Easter Bunny if it had a PDF attached.",
    true,
  ],
  [
    "Forum post: our new hire clicked a link on day two. Day two! Where do they find these people?",
    true,
  ],
  [
    "Forum post: new hire reported a dodgy link on day two. Credit to whoever did her induction.",
    false,
  ],
  [
    "The router we inherited still had the factory admin password. That one's on me, not the team.",
    false,
  ],
  [
    "Honestly, the biggest threat to my business is Steve in dispatch and his inability to log out of anything.",
    true,
  ],
  [
    "Trade association guide, section 4: enable multi-factor authentication on email before anything else.",
    false,
  ],
  [
    "You can buy the best firewall on the market and Karen in payroll will still hand over her password to a stranger on the phone.",
    true,
  ],
  [
    "Our MSP contract now includes quarterly restore tests, which is more than we ever did ourselves.",
    false,
  ],
  ["Users are lazy. Give them a rule and they'll find the shortcut by lunchtime.", true],
  [
    "When users take shortcuts, it usually means the official route is too slow. Fix the route.",
    false,
  ],
  [
    'Newsletter headline: "Small firms, big targets: why attackers love businesses with no IT department"',
    false,
  ],
  ['Newsletter headline: "Your staff are the open door. Here\'s how to shut it."', true],
  [
    "I run a twelve-person practice and I'd trust every one of them to flag a weird email before I would.",
    false,
  ],
  [
    "The warehouse lads share one login for the stock system and think it's hilarious when I complain.",
    true,
  ],
  [
    "The warehouse shares one login because the stock system licence only allows one seat. We're pricing an upgrade.",
    false,
  ],
  [
    "In-house IT tip: turn on automatic updates for browsers; nobody should have to remember to do it.",
    false,
  ],
  [
    "Every ransomware job we've cleaned up this year started with someone in the office doing something daft.",
    true,
  ],
  [
    "Every ransomware job we've cleaned up this year involved an unpatched remote access box facing the internet.",
    false,
  ],
  [
    "Is it really a training problem when the bank's real emails look exactly like the scams?",
    false,
  ],
  [
    "Our reception staff can't tell a courier from a con artist, so visitors now wait outside.",
    true,
  ],
  [
    "Visitors now sign in at reception and wear a lanyard; it's a simple routine and the team runs it well.",
    false,
  ],
  [
    "Accountants see it constantly: the finance clerk who trusts any email that mentions the boss's name.",
    true,
  ],
  [
    "Accountants see it constantly: payment fraud that succeeds because there's no second approver on transfers.",
    false,
  ],
  ['Slide bullet: "Humans: the vulnerability you can\'t patch"', true],
  ['Slide bullet: "People spot what filters miss — give them an easy way to report it"', false],
  [
    "My staff treat the shared drive like a skip. Payroll files, passports, the lot, open to everyone.",
    true,
  ],
  [
    "Nobody ever told staff where sensitive files should live, so of course they ended up on the shared drive.",
    false,
  ],
  [
    "We've had zero incidents since we put the whole team through a half-day workshop. Small cost, big change.",
    false,
  ],
  ['Local IT shop sign: "We fix computers. We can\'t fix the person using it."', true],
  [
    'Podcast remark: "In small shops the owner is also the IT department, the HR department and the cleaner. Something gives."',
    false,
  ],
  [
    'Podcast remark: "Nine times out of ten the breach is somebody in accounts who couldn\'t resist an attachment."',
    true,
  ],
  ["If your security only works when people are perfect, it doesn't work.", false],
  [
    "Don't waste money on training; the receptionist will forget it by Friday. Spend it on filtering.",
    true,
  ],
  ["We spend on both filtering and training, because neither is enough alone.", false],
  [
    "Insider threats? In a firm of eight? Sorry, I'm not treating my colleagues like suspects.",
    false,
  ],
  [
    "After the last incident I've realised you simply can't trust employees with admin rights, full stop.",
    true,
  ],
  ["We removed local admin rights from all laptops, and we explained why before we did it.", false],
  [
    "Our sales team reuses the same password everywhere because they're too idle to use the manager we pay for.",
    true,
  ],
  [
    "Our sales team reuses passwords because the manager we bought didn't work on their phones. Switched products, problem gone.",
    false,
  ],
  ["Report finding: 61% of surveyed small firms had no written incident response plan.", false],
  [
    "Report finding: careless employees were behind most data losses at firms under 50 staff.",
    true,
  ],
  [
    'Tweet from a local MSP: "Patch Tuesday is here. We\'ve got you covered, go enjoy your coffee."',
    false,
  ],
  [
    'Tweet from a local MSP: "Patch Tuesday is here. Your users are still the unpatched bit."',
    true,
  ],
  [
    "The card terminal supplier never told us to change the default PIN. Found out the hard way.",
    false,
  ],
  [
    'Bless them, but the older staff think "the cloud" is weather and click whatever pops up.',
    true,
  ],
  [
    "Some of our longest-serving staff are the quickest to question odd requests; experience counts.",
    false,
  ],
  ["Association guide: name one person responsible for backups and check them monthly.", false],
  [
    "Association guide: assume your employees will get it wrong and design every process around their mistakes.",
    true,
  ],
  [
    "Design your processes so a single mistake can't empty the account. That's not distrust, it's good engineering.",
    false,
  ],
  [
    "We called it a cyber attack in the insurance claim. Really it was Darren plugging in a USB stick he found in the car park.",
    true,
  ],
  [
    "The insurer asked whether we had MFA, offline backups and an admin account separate from daily use. We had one of three.",
    false,
  ],
  [
    "Ask yourself honestly: would you notice a lookalike domain with one letter swapped, at 5pm on a Friday?",
    false,
  ],
  ["Our people aren't stupid, they're busy. Attackers count on busy.", false],
  ["Our people are the weak link. Always have been, always will be.", true],
  [
    "Calling staff the weak link is an excuse used by people who never bothered to set up MFA.",
    false,
  ],
  [
    "I've told the team a hundred times not to open Word files from strangers. They nod and then do it anyway.",
    true,
  ],
  [
    "We now block macros in Office files from the internet, so nobody has to make that call.",
    false,
  ],
  [
    "Honestly the interns are a liability; they post photos of the office with passwords on the whiteboard in the background.",
    true,
  ],
  [
    "We moved the Wi-Fi password off the whiteboard and onto a printed card at reception. Simple fix.",
    false,
  ],
  [
    "Memo to all staff: from Monday, laptops must be locked when you leave your desk. Ctrl+L or Windows+L.",
    false,
  ],
  [
    "Memo to all staff: following yet another avoidable incident caused by carelessness, laptops must be locked at all times.",
    true,
  ],
  ['Small business forum: "What\'s the cheapest way to back up four PCs offsite?"', false],
  [
    'Small business forum: "How do I stop my idiot employees from installing random browser toolbars?"',
    true,
  ],
  [
    "Application allow-listing stopped the toolbar problem without anyone needing a lecture.",
    false,
  ],
  [
    "The trouble with SMEs isn't technology, it's that staff think security is someone else's job.",
    true,
  ],
  [
    "The trouble with SMEs is that security genuinely is nobody's job, because nobody was ever given it.",
    false,
  ],
  [
    "We're a bakery. Our biggest cyber worry is the ordering tablet, and the supplier patches it for us.",
    false,
  ],
  [
    "Half our breaches were self-inflicted: the team emailing client files to their personal Gmail.",
    true,
  ],
  [
    "Staff emailed files home because remote access kept dropping. We fixed the VPN and it stopped.",
    false,
  ],
  [
    "Our bookkeeper spotted the fake invoice because the VAT number didn't match. Bought her lunch.",
    false,
  ],
  [
    "Forget hackers in hoodies, the real danger is the bloke in accounts with a weak password and a short temper.",
    true,
  ],
  [
    'Managed-service pitch: "We monitor your network around the clock so you can focus on your customers."',
    false,
  ],
  [
    'Managed-service pitch: "Your employees are one click from disaster. We stand between them and the bill."',
    true,
  ],
  [
    "Some of these ransomware groups run help desks better than ours. That's who we're up against.",
    false,
  ],
  [
    "Why do we bother with an acceptable use policy when half the staff can't be bothered to read two pages?",
    true,
  ],
  [
    "We cut the acceptable use policy from eleven pages to one, and people actually signed it knowing what it said.",
    false,
  ],
  ["Users lost the plot during the migration and started saving everything to the desktop.", true],
  [
    "The migration plan didn't say where files should go, so users did their best. Our fault for the vague plan.",
    false,
  ],
  [
    "Question for the group: do your cleaners have keys to the server cupboard, and should they?",
    false,
  ],
  ["The cleaners unplugged the server to hoover, again. You cannot make this stuff up.", true],
  [
    "We put the server in a locked rack with a proper UPS, so nobody can unplug it by accident.",
    false,
  ],
  ["Trust nobody in the building. That's the only rule that has ever worked for me.", true],
  [
    "Trust is fine; verification is better. Call back on a known number before changing payment details.",
    false,
  ],
  [
    "A phishing simulation is useful if you treat the results as data about your email, not a league table of fools.",
    false,
  ],
  [
    "We publish the phishing simulation failures on the staff noticeboard. A bit of shame works wonders.",
    true,
  ],
  ["Shaming people for failing a test just teaches them to hide the next real mistake.", false],
  [
    "I'm an accountant, not a techie, but I can tell you most client frauds start with a lax member of staff.",
    true,
  ],
  [
    "I'm an accountant, not a techie, but I can tell you most client frauds I see exploit the same gap: no call-back check.",
    false,
  ],
  ["It's not rocket science: no MFA, no backup, no chance.", false],
  [
    "People say human error like it's a force of nature. Mostly it's a badly designed screen.",
    false,
  ],
  [
    "Human error is the number one reason small businesses get breached, and you can't train it out of them.",
    true,
  ],
  ["Our admin assistant found the open Wi-Fi issue before our IT contractor did.", false],
  [
    "Two-thirds of the calls to our help desk are people who have locked themselves out for the third time this week. Hopeless.",
    true,
  ],
  [
    "Two-thirds of our help desk calls were lockouts, so we added self-service reset. Calls halved.",
    false,
  ],
  ["Users will always be the soft target; criminals know it and so should you.", true],
  [
    "Criminals go after whatever's softest: sometimes that's a person, often it's an unpatched VPN.",
    false,
  ],
  [
    "The pharmacy team gets a five-minute security refresher each month, timed to the quiet mid-morning slot.",
    false,
  ],
  ['Whoever said "security is everyone\'s responsibility" never met our sales floor.', true],
  ["Security is everyone's responsibility, but someone still has to own the backups.", false],
];
