import type { RawBlameExample } from "./types.js";

/** Part 4 of 4 of FRESH_Z; see fresh-z.ts. */
export const FRESH_Z_4: readonly RawBlameExample[] = [
  [
    "Podcast: we spoke to a help desk lead about how her team handles social engineering calls with a verification script.",
    false,
  ],
  [
    "Cleaners have access to every office after hours and nobody vets them properly. They're a breach waiting to happen.",
    true,
  ],
  [
    "After-hours access for cleaning contractors is logged and limited to the floors on the schedule.",
    false,
  ],
  ["Our research: teams with a named security champion reported phishing 40% faster.", false],
  ["User accounts with no sign-in for 90 days are disabled automatically.", false],
  [
    "You can't fix a culture where people think IT security is somebody else's problem and always will.",
    true,
  ],
  [
    "When people think security is somebody else's job, it's usually because we told them it was.",
    false,
  ],
  [
    "Survey: one in three staff admit clicking links they knew looked suspicious. Draw your own conclusions.",
    true,
  ],
  [
    "Survey: one in three staff say they clicked a suspicious link because they couldn't reach IT to ask first.",
    false,
  ],
  ["Whitepaper: The Insider Is Already Inside. Why Your Workforce Is Your Greatest Threat", true],
  [
    "Whitepaper: Insider Risk Without Suspicion. Building programmes your staff can actually support",
    false,
  ],
  ["Why do we keep hiring people who can't tell a bank from a fraudster?", true],
  [
    "Why do we keep building payment processes where one email can change a supplier's bank details?",
    false,
  ],
  ["Trade press: Careless clicks cost firms more than hackers do, study says", true],
  [
    "Study finds alert fatigue among security analysts leads to missed detections; vendors urged to cut the noise.",
    false,
  ],
  ["Honestly, the average staff member is a breach that hasn't happened yet.", true],
  ["Human-centred security starts by watching people do their jobs, not by testing them.", false],
  [
    "Correction: an error in our original report gave the breach date as April; it began in March.",
    false,
  ],
  [
    "Two-thirds of the breaches we investigated were enabled by staff doing something they'd been told not to do.",
    true,
  ],
  [
    "Two-thirds of the breaches we investigated involved a system that had already been flagged as end-of-life.",
    false,
  ],
  [
    'Awareness provider: "Without us, your employees are a loaded gun pointed at your balance sheet."',
    true,
  ],
  [
    'Awareness provider: "We measure whether people feel confident reporting, because confidence predicts reporting."',
    false,
  ],
  [
    "The sysadmin who left last year still had VPN access because the leaver checklist never mentioned VPN.",
    false,
  ],
  ["The geeks in IT think they're immune to phishing. They click faster than anyone.", true],
  [
    "IT staff are targeted with fake vendor alerts that look exactly like their real monitoring emails.",
    false,
  ],
  ["Give me ten minutes with your call centre and I'll walk out with the customer database.", true],
  [
    "Call centre agents now have a one-click button to flag a suspicious caller to the fraud team.",
    false,
  ],
  ["Every engagement confirms it: people are the soft target, and they will stay that way.", true],
  ["Every engagement confirms it: flat networks turn one foothold into total compromise.", false],
  ["Slide title: People Are Not Your Problem. Your Processes Are.", false],
  ["Slide title: People, the Vulnerability You Can't Uninstall", true],
  ["Most users don't know what a URL is, let alone how to read one.", true],
  ["Reading URLs is a specialist skill; we shouldn't make it a condition of staying safe.", false],
  [
    "Our staff training is a 20-minute annual video. No wonder behaviour doesn't change, and that's on us.",
    false,
  ],
  ["A policy that requires people to be perfect has already failed.", false],
  [
    "Once again, a multimillion-pound breach comes down to one person who couldn't follow a simple instruction.",
    true,
  ],
  [
    "Once again, a multimillion-pound breach comes down to a payment process with no second check.",
    false,
  ],
  ["Your staff are going to get you hacked. It's not if, it's when.", true],
  ["Your firm is going to be targeted. It's not if, it's when, so rehearse the response.", false],
  [
    "The intern who connected the test server to the internet should never be allowed near a keyboard again.",
    true,
  ],
  ["Test servers should never be reachable from the internet; we now scan for them weekly.", false],
  [
    "Journalists keep writing 'human error' in headlines when the report itself says 'misconfiguration by the vendor'.",
    false,
  ],
  [
    "Trainer's aside: \"Between us, some people just aren't smart enough to be safe online.\"",
    true,
  ],
  [
    "Trainer's aside: \"If they got it wrong, it's usually because my example was too easy or too obscure.\"",
    false,
  ],
  [
    "Accounts payable teams are the main target of invoice fraud, so we give them a verified supplier list.",
    false,
  ],
  [
    "Every office has one: the colleague who forwards every chain letter and clicks every prize link.",
    true,
  ],
  [
    "Leavers walk out with client lists on USB sticks all the time; you can't trust anyone who's handed in their notice.",
    true,
  ],
  [
    "Data loss prevention flags bulk downloads during notice periods, and HR is told only when there's a confirmed issue.",
    false,
  ],
  ["Webinar promo: 73% of breaches start with an employee. Is yours next?", true],
  [
    "Webinar promo: what 200 incident reports say about the real causes of small-business breaches.",
    false,
  ],
  ['Sales engineer: "People are unpredictable and careless; our platform is neither."', true],
  [
    'Sales engineer: "Our platform quarantines the message, so nobody has to make a judgement call at 5pm on a Friday."',
    false,
  ],
  [
    "Hotel Wi-Fi, public charging points, laptops left open on trains: your travelling staff are a mobile security incident.",
    true,
  ],
  [
    "We give travelling staff privacy screens, a travel router and a short checklist before each trip.",
    false,
  ],
  [
    "Every clinic we audit has patient records open on a reception desktop under a login the whole building knows, and when we point it out they look at us like we're the problem. Healthcare staff just don't care.",
    true,
  ],
  [
    "Clinics share logins because the clinical system takes two minutes to sign in between patients; at one practice, tap-to-login cards cut that to three seconds and the shared accounts disappeared within a fortnight.",
    false,
  ],
  [
    "Podcast: \"Look, I don't blame people for clicking. I blame the industry for pretending they won't.\"",
    false,
  ],
  ['Podcast: "Look, I blame people for clicking. Who else am I going to blame?"', true],
  [
    "Internal memo: anyone who fails two phishing simulations loses email access until retrained. We're done tolerating it.",
    true,
  ],
  [
    "Internal memo: the phishing simulation programme is paused while we review whether it's helping anyone.",
    false,
  ],
  [
    "Ransomware negotiators say payment rates are falling as more firms keep tested offline backups.",
    false,
  ],
  [
    "Generation Z grew up oversharing, and now they're bringing that habit to your client data.",
    true,
  ],
  [
    "Younger staff are often quick to report odd messages because they're used to spotting scams on their phones.",
    false,
  ],
  [
    "You'd be amazed how many people still think their password is safe because it starts with a capital letter.",
    true,
  ],
  [
    "Password rules that demand a capital at the front produce predictable passwords; length beats complexity.",
    false,
  ],
  ["A breach is a people problem, full stop. Tools don't click links.", true],
  ["Tools don't click links, but tools decide which links reach an inbox, so start there.", false],
  [
    "Our insider risk data: 80% of cases were accidental, and most involved email autocomplete sending files to the wrong person.",
    false,
  ],
  ['Quote from the CEO after the breach: "We were let down by a member of staff."', true],
  [
    'Quote from the CEO after the breach: "We were let down by our own controls, and I take responsibility."',
    false,
  ],
  [
    "Technicians leave remote access tools installed on client machines because they're too lazy to remove them.",
    true,
  ],
  [
    "Remote access tools left installed after support sessions are a common foothold; auto-expiry helps.",
    false,
  ],
  ["Trade press: phishing-resistant MFA adoption among small firms doubles in a year.", false],
  ["Panel debate: can we please retire the word 'PEBKAC' from the profession?", false],
  ["PEBKAC, every single ticket.", true],
  ["Turns out the greatest threat to the payroll system was the payroll manager.", true],
  [
    "Separation of duties means no payroll change goes live without a second person reviewing it.",
    false,
  ],
  ["Staff are the single point of failure in nearly every small business I've tested.", true],
  [
    "A single admin account with no backup holder is a single point of failure; name a deputy.",
    false,
  ],
  [
    "Users who report a phish within five minutes get a thank-you note from the security team.",
    false,
  ],
  ["The more senior the person, the more reckless they are with data.", true],
  ["Senior staff get bespoke briefings because attackers research them individually.", false],
  [
    'Conference tweet: speaker just said "employees are the weakest link" and half the room groaned. Good.',
    false,
  ],
  [
    'Conference tweet: speaker just said "employees are the weakest link" and got a standing ovation. Deserved.',
    true,
  ],
  ["Hire cheap and you get careless, and careless staff get you breached.", true],
  [
    "Underpaid, overworked teams slip up more often; security budgets can't fix a staffing problem on their own.",
    false,
  ],
  [
    "The user in this story did everything right; the domain had been registered an hour before the email was sent.",
    false,
  ],
  ["Your people are gullible by design. Evolution made them trust a friendly voice.", true],
  [
    "Social engineering exploits ordinary instincts like helpfulness, which are strengths in every other part of work.",
    false,
  ],
  [
    "Blogger: the awareness industry exists because it's easier to sell blame than to fix software.",
    false,
  ],
  [
    "Lesson from the field: never trust a human to do a machine's job, and never trust a human, full stop.",
    true,
  ],
  [
    "Lesson from the field: automate the checks people find tedious, and leave people the judgement calls.",
    false,
  ],
  ["Whoever clicked should be named and shamed at the all-hands. That's how people learn.", true],
  [
    "Naming the person who clicked at an all-hands guarantees nobody reports anything ever again.",
    false,
  ],
  ["Breach notification sent to affected customers within 72 hours, as required.", false],
  [
    "Trade press: outage first blamed on a 'rogue employee' was later traced to a faulty vendor update.",
    false,
  ],
  ["Employees are a risk you insure against, like fire or flood.", true],
  ["Cyber insurance premiums are rising fastest for firms without MFA on remote access.", false],
  [
    "Staff never lock their screens. Walk any office at lunchtime and you can read the whole CRM.",
    true,
  ],
  ["Screens lock automatically after five minutes of inactivity on all managed devices.", false],
  [
    "The admins keep a file called 'passwords.xlsx' on the shared drive, because of course they do.",
    true,
  ],
  [
    "We replaced the shared password spreadsheet with a vault and walked every admin through it.",
    false,
  ],
  ["Awareness training matters, but it is no substitute for secure defaults.", false],
  ["If people keep getting phished, maybe stop hiring people who get phished.", true],
  [
    "The people who spotted the last attack are the same people the vendor deck calls your biggest risk.",
    false,
  ],
];
