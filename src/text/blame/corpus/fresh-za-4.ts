import type { RawBlameExample } from "./types.js";

/** Part 4 of 4 of FRESH_ZA; see fresh-za.ts. */
export const FRESH_ZA_4: readonly RawBlameExample[] = [
  [
    "Insurance report: loss ratios are highest among firms with no multi-factor authentication.",
    false,
  ],
  [
    "Insurance report: small-business losses are overwhelmingly self-inflicted by untrained and inattentive staff.",
    true,
  ],
  [
    "The client's staff were not at fault; the invoice fraud involved a compromised supplier mailbox.",
    false,
  ],
  [
    'Nightmare week: the new hire downloaded a "free PDF converter" and we spent two days cleaning up. Hopeless.',
    true,
  ],
  [
    "We now give new hires a list of approved tools so they don't go hunting for free converters.",
    false,
  ],
  ["Security here would be fine if it weren't for the humans.", true],
  [
    "Tweet: Installed a fancy new email filter. My colleagues responded by opening the junk folder and clicking everything in it.",
    true,
  ],
  ["Everything's fine on paper. Then you add people.", true],
  ["Weakest-link thinking got us nowhere; a reporting culture got us results.", false],
  [
    'Minutes: office manager raised that staff don\'t know what counts as "sensitive"; IT to produce examples.',
    false,
  ],
  [
    'Minutes: office manager raised that staff are sloppy with sensitive documents and need "a firm hand".',
    true,
  ],
  [
    "We ran a tabletop exercise with all eleven employees, and the bookkeeper had the best ideas.",
    false,
  ],
  [
    "Tabletop exercises are wasted on most of our staff; they just want to get back to their desks.",
    true,
  ],
  [
    'Social post: "Had a great session with our team on scam calls today, lots of good questions."',
    false,
  ],
  [
    'Social post: "Spent an hour teaching my team about scam calls. Ten minutes later one of them bought gift cards for a fake CEO."',
    true,
  ],
  [
    "Gift card scams exploit urgency and authority; our policy says nobody buys gift cards on an email request, ever.",
    false,
  ],
  [
    "Look, I love my staff, but I wouldn't trust them with the stationery cupboard key, never mind the server.",
    true,
  ],
  ["Remote workers are the Wild West. Who knows what they get up to on those home networks.", true],
  [
    "For remote workers we supply a company router and a managed laptop, which removes most of the guesswork.",
    false,
  ],
  [
    "Twenty years in IT support has taught me one thing: never assume anyone in the office read the email.",
    true,
  ],
  [
    "Our MSP keeps telling us people are the problem. I'm starting to think that's an excuse for their tooling.",
    false,
  ],
  [
    "Our MSP keeps telling us people are the problem, and after this month I'm inclined to agree.",
    true,
  ],
  [
    "Breach notice: we regret that customer data was exposed due to a configuration error by our hosting provider.",
    false,
  ],
  [
    "Breach notice: the data exposure resulted from an employee's negligence, and that individual has been dealt with.",
    true,
  ],
  ['Sysadmin meme: "Layer 8 issue detected."', true],
  [
    'Someone in every office thinks writing "confidential" in the subject line makes an email secure. Usually the one sending payroll.',
    true,
  ],
  [
    "We enabled sensitivity labels so the mail client encrypts messages marked confidential automatically.",
    false,
  ],
  [
    "Employee monitoring software was proposed; we rejected it as out of proportion for a firm our size.",
    false,
  ],
  [
    "We installed keystroke monitoring because frankly I don't believe my staff when they say they didn't click.",
    true,
  ],
  ["If there's a wrong way to do it, the admin office will find it.", true],
  [
    "The admin office found a flaw in our expense portal that exposed receipts publicly; we've patched it.",
    false,
  ],
  ["Leadership sets the tone, so our directors went first on MFA and the phishing drill.", false],
  ["Our apprentices report more scam emails than anyone; they grew up with this stuff.", false],
  ["Audit recommendation: introduce dual authorisation for supplier bank detail changes.", false],
  [
    "Audit recommendation: discipline staff who repeatedly fail phishing tests, as they represent an ongoing risk.",
    true,
  ],
  ["A user who reports a phishing email after clicking is doing exactly what we asked.", false],
  ["What do you call a room full of accountants and a phishing email? A breach.", true],
  [
    "The accountants asked for a safe way to receive client documents, so we set up a portal.",
    false,
  ],
  [
    "Inside job? Nah, the cleaners wouldn't know what a server was. It's the office lot I'd worry about.",
    true,
  ],
  ["Our cleaning contractor signs in and out, and the server room is keyed separately.", false],
  [
    "Podcast: your cleaner, your intern and your finance manager are all just open doors with names.",
    true,
  ],
  ['Headline: "Small firms say employees are their best early warning system."', false],
  ['Headline: "Your staff are the hackers\' favourite accomplices."', true],
  ['Headline: "Why blaming the user is bad for business."', false],
  ['Headline: "Small business owners: the threat is on your payroll."', true],
  ["Compliance requires that all employees complete annual data protection training.", false],
  [
    "We require annual training because, left to their own devices, our people would share client files on any messaging app going.",
    true,
  ],
  [
    "Staff started sharing files on a messaging app because our file-sharing tool was too slow; we replaced it.",
    false,
  ],
  [
    "Reality check for owners: the biggest threat to your data is whoever keeps the password on a Post-it.",
    true,
  ],
  ["Reality check for owners: if you haven't tested a restore, you don't have backups.", false],
  ["It's exhausting being the only adult in the room when it comes to passwords.", true],
  [
    "It's exhausting being the only IT person; I'd like a second pair of hands, not a new tool.",
    false,
  ],
  ["Job ad: we value a no-blame approach to incidents and expect our IT lead to model it.", false],
  [
    "Job ad: strong personality required to stand up to senior partners who think security doesn't apply to them.",
    true,
  ],
  [
    "Partners at the firm agreed to the same controls as everyone else, which helped adoption enormously.",
    false,
  ],
  ['Managed services pitch: "We protect you from hackers and from your own team."', true],
  [
    'Managed services pitch: "We handle patching, backups and monitoring so your team can focus on customers."',
    false,
  ],
  ["We don't need more controls, we need fewer idiots.", true],
  ["We don't need more controls, we need the ones we have actually switched on.", false],
  ["I'm tired of being told the user is the problem when nobody asked the user anything.", false],
  [
    "Ask any IT bloke at a small firm: the office is a minefield of people who think they know computers.",
    true,
  ],
  [
    "Most of our staff know their software better than I do, so I ask them before changing anything.",
    false,
  ],
  [
    "Review: the compromise originated from a password reused on a third-party site, an industry-wide problem.",
    false,
  ],
  [
    "Review: the compromise originated from an employee's inexcusable decision to reuse a password.",
    true,
  ],
  [
    "Password reuse is rational when you're asked to remember fifty passwords; give people a manager.",
    false,
  ],
  [
    "Audit note: management has little confidence in its own personnel's handling of data, and we share that view.",
    true,
  ],
  [
    'You can tell who the risk is in any office: whoever says "I\'m not very techy" with a smile.',
    true,
  ],
  [
    "Plenty of non-technical staff are excellent at spotting scams because they know what normal looks like.",
    false,
  ],
  ["All the security in the world can't stop Terry from Terry-ing.", true],
  ["Slide bullet: top risk this year is staff who think they know better than IT.", true],
  [
    "Our MFA rollout hit every account in a week because we sat with each person for five minutes.",
    false,
  ],
  [
    "Cyber insurer site visit: staff were friendly, knowledgeable and knew how to report an incident.",
    false,
  ],
  [
    "Cyber insurer site visit: staff showed a worrying casualness that we consider the firm's primary exposure.",
    true,
  ],
  [
    "The problem was never the employees; it was a remote desktop port left open by a previous contractor.",
    false,
  ],
  [
    "Ugh, marketing again. Shared the entire client list as a public link. Of course they did.",
    true,
  ],
  [
    "Public links were the default in our file tool; we've changed the default to internal-only.",
    false,
  ],
  ['"Be vigilant" is not a control. It\'s a wish.', false],
  ["Be vigilant, because the people around you are not.", true],
  [
    "Trust nobody in accounts payable with a change-of-bank-details request; they'll approve it without a second thought.",
    true,
  ],
  [
    "Change-of-bank-details requests now need a phone call and a second approver in accounts payable.",
    false,
  ],
  ["I hired a security person so I'd have someone to babysit the rest of the staff.", true],
  ["I hired a security person so our staff would have someone to ask.", false],
  [
    'Boss at the staff meeting: "I\'m sick of cleaning up after you lot. Think before you click."',
    true,
  ],
  [
    'Message from the owner: "Thank you all for being so careful; we\'ve had zero incidents this year."',
    false,
  ],
  ["Remember: a user is just a vulnerability with a coffee habit.", true],
  ["Remember: a user is someone with a job to do, and security should help them do it.", false],
  ["IT's job is to stop the staff hurting themselves, like childproofing a kitchen.", true],
  ["IT's job is to make secure working the default, not to police colleagues.", false],
  [
    "Client onboarding survey: 70% of respondents said they'd never received security guidance from their employer.",
    false,
  ],
  [
    "Employees' home routers are not our problem until they are, so we issue a VPN by default.",
    false,
  ],
  [
    "A single distracted worker can undo a six-figure security budget, and at small firms everyone is distracted.",
    true,
  ],
  ["Small firms don't have six-figure security budgets, and that's the real gap.", false],
  [
    'Forum: "Is it normal for an 8-person office to share one admin password? Asking because I just started."',
    false,
  ],
  [
    'Forum: "Our office shares one admin password because the owner can\'t be bothered to remember two. Send help."',
    true,
  ],
  [
    "Job listing: IT & Security Coordinator. You'll run our awareness programme and help colleagues feel confident online.",
    false,
  ],
  ["People are the perimeter now, and ours is full of holes.", true],
  [
    "Every ransomware case we worked on last year had the same patient zero: a bored office worker on a Friday afternoon.",
    true,
  ],
  ["People are the perimeter now, so we give them good tools and clear rules.", false],
  ["Error reports from the new scanner software go to the vendor automatically.", false],
  ["Human judgement caught the deepfake invoice call that our filters never saw.", false],
  [
    "Minutes: it was agreed that the incident arose from a gap in the purchasing procedure, not from individual fault.",
    false,
  ],
  [
    "Minutes: it was noted with regret that the incident arose once again from individual carelessness in purchasing.",
    true,
  ],
  ["Our staff aren't the problem; our lack of a plan is.", false],
  ["Insiders cause most leaks at small firms, so we treat every employee as a suspect.", true],
  [
    "Treating every employee as a suspect is a great way to make sure nobody tells you anything.",
    false,
  ],
];
