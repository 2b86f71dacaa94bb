import type { RawExample } from "./types.js";

export const VOICES_BW_4: readonly RawExample[] = [
  ["Our tech support is local and they know us by name, it's lovely.", ""],
  ["The remote support chap tutted at me down the phone. Tutted!", "power feel"],
  ["We're expected to do the cyber e-learning between patients. It doesn't happen.", "conflict"],
  [
    "The smartcard readers were a nightmare but they replaced them all last year, no issues since.",
    "",
  ],
  ["No complaints, they're quick and they don't make you feel like a nuisance.", ""],
  ["I'm not techy and I think the IT guy's given up on me.", "blame:self distance"],
  ["I only ever hear from the practice manager about IT when I've done something 'wrong'.", "comm"],
  ["Nobody reads the IT newsletter, it's three pages of waffle.", "distance comm"],
  [
    "We have to get the area manager's sign-off for every new login, even for a Saturday girl. Takes ages.",
    "power conflict",
  ],
  ["My stomach drops every time there's an email from 'IT Security' in my inbox.", "feel"],
  [
    "Head office security team are invisible until there's an incident, then they're everywhere.",
    "comm",
  ],
  ["Good support from our dental software people, updates are announced in advance.", ""],
  [
    "The hygienist's laptop has no password at all. I told the manager, she shrugged.",
    "distance blame:emp",
  ],
  [
    "I've asked three times for my own login and I'm still using the nurse's. I've stopped asking.",
    "distance conflict",
  ],
  [
    "The area IT manager came in, criticised the way we'd set up the back office, and left.",
    "power comm",
  ],
  ["Locking screens is second nature now, doesn't bother me.", ""],
  [
    "We're a two-person pharmacy, security is whatever the software company tells us, we've no say in any of it.",
    "power",
  ],
  [
    "I was terrified of getting GDPR wrong until our manager walked us through it, now it's fine.",
    "",
  ],
  [
    "Staff just don't think, they'll read a patient's address out loud at the till and then worry about passwords.",
    "blame:emp",
  ],
  [
    "It took me months to admit I didn't understand the new system. I felt like such a fool.",
    "blame:self feel",
  ],
  [
    "They changed the Wi-Fi without warning and the card machine stopped working mid-transaction.",
    "conflict comm",
  ],
  ["We've had the same IT guy for years, he's part of the furniture, knows everyone.", ""],
  [
    "When I asked why USB sticks were banned I got told 'because I said so' basically.",
    "comm power",
  ],
  [
    "The associate dentists don't follow any of the rules, and they're never the ones who get told off.",
    "blame:emp",
  ],
  ["Reception's the front line and IT behave as if we don't exist.", "distance"],
  ["If I break something I fix it myself or hide it, I'm not ringing them.", "distance"],
  [
    "The helpdesk is a call centre somewhere, polite enough but they don't understand dental at all.",
    "blame:sec",
  ],
  [
    "Honest answer? I don't care much about cyber security, I care about getting through the day.",
    "distance",
  ],
  ["Our practice manager is great at IT, explains everything, never rushes you.", ""],
  ["Embarrassed to say I still don't know how to encrypt an email properly.", "blame:self feel"],
  [
    "We're monitored constantly, screens, calls, emails. Nobody asked how we'd feel about that.",
    "power",
  ],
  [
    "The owner decided on a new system after a sales pitch and the rest of us had to live with it.",
    "power",
  ],
  ["Most people here have no idea what a phishing email looks like.", "blame:emp"],
  ["It's grand, bit clunky but grand.", ""],
  [
    "The company that does our IT sends invoices more often than they send engineers.",
    "blame:sec distance",
  ],
  [
    "I honestly think I'm a liability with the computers, I'd be better off on paper.",
    "blame:self",
  ],
  [
    "Pharmacist uses his personal laptop for everything because the work one is so slow. Nobody says anything.",
    "conflict distance",
  ],
  ["Getting a straight answer out of our IT provider is like pulling teeth.", "comm conflict"],
  ["Dentist shouted at me because his login expired, as if I control it.", "conflict feel"],
  [
    "The security training was actually quite interesting, a real ethical hacker showed us how he'd get in.",
    "",
  ],
  ["I worry that if I own up to a mistake I'll lose my job.", "feel power"],
  ["Nobody explains anything. You get a policy, you sign it, that's your training.", "comm"],
  ["Nurses in our practice are the worst for sharing passwords, I've lost count.", "blame:emp"],
  ["We got new computers at our branch before head office did, for once!", ""],
  ["my own stupid fault for reusing my Facebook password at work", "blame:self"],
  ["Took two weeks to get my login unlocked and nobody apologised.", "conflict blame:sec"],
  [
    "I asked where the cloud system keeps patient notes and IT gave me a straight answer, UK data centres.",
    "",
  ],
  ["They were quick to sort the email scam, really reassuring.", ""],
  [
    "I don't ring the IT company because the practice manager says it costs money every time.",
    "distance power",
  ],
  [
    "My mistake double-booked the whole appointment book last month, I still feel awful.",
    "blame:self feel",
  ],
  ["Rules for the sake of rules, honestly.", "conflict blame:sec"],
  [
    "They never come to the branch, everything is by email, and the emails are curt.",
    "distance comm",
  ],
  ["We had a big talk about security after the breach at another practice, useful actually.", ""],
  ["the IT woman is nice but scary clever, i feel thick around her", "feel power"],
  ["Counter staff get told the rules, pharmacists seem to be exempt.", "power"],
  [
    "Honestly I think we need more controls, not fewer, because some of our staff are very careless.",
    "blame:emp",
  ],
  ["We get a 'tip of the week' email about security which is short and actually helpful.", ""],
  [
    "Our locums are a law unto themselves with the systems, and the partners just let them.",
    "blame:emp",
  ],
  [
    "Like being on trial when IT asked why I'd forwarded a patient email to my personal account. I was only trying to work from home.",
    "feel power",
  ],
  ["Our IT company has been brilliant since the ransomware scare, they check in every month.", ""],
  ["The software's rubbish and the supplier knows it.", "blame:sec"],
  ["When IT visits they never talk to us, just walk past to the server cupboard.", "distance"],
  ["Sometimes I think I'm too stupid for this job now it's all computers.", "blame:self feel"],
  ["They asked all of us what we thought before choosing the new system, which made a change.", ""],
  ["Dispensary stuff is well set up, logins are fast, no complaints.", ""],
  [
    "They won't let us print patient lists any more and didn't explain why, so we handwrite them.",
    "comm conflict",
  ],
  [
    "Some of our dispensers couldn't care less about data protection, and it worries me sick.",
    "blame:emp feel",
  ],
  [
    "My colleague is a nightmare for writing passwords on post-its, I've told her so many times.",
    "blame:emp",
  ],
  [
    "We don't have an IT person as such, but the supplier's help pages are excellent and they answer emails fast.",
    "",
  ],
  ["They explained the new MFA on a video call and took questions, very good.", ""],
  ["I'm scared of the IT contractor, he's got a temper.", "feel power"],
  ["Pharmacy IT is like the weather, you just put up with it.", "distance"],
  ["No problems here, it all just works.", ""],
  [
    "Vet practice manager here: the vets are the worst for clicking links, they're always rushing between consults.",
    "blame:emp",
  ],
  [
    "Our physio clinic software sends automatic reminders, support's very good, never had an issue.",
    "",
  ],
  ["The IT company set up our new practice and then vanished.", "distance blame:sec"],
  ["I don't tell anyone when I've had a dodgy email, I just delete it.", "distance"],
  [
    "The clinic director installs whatever he likes on the shared PC and then wonders why it's slow.",
    "blame:emp",
  ],
  [
    "The lock screen times out mid-consult and the client watches me fumbling for my card. Embarrassing.",
    "feel conflict",
  ],
  ["They're brilliant, honestly, I'd recommend them to any small practice.", ""],
  ["Everyone logs in as 'nurse' on the theatre PC. It's always been like that.", ""],
  ["Whenever I ask IT for help they make it obvious I'm wasting their time.", "feel power"],
  ["I'm sure it's me doing something wrong, it always is.", "blame:self"],
  [
    "Nobody bothered telling the vet nurses about the new booking system until the morning it went live.",
    "comm",
  ],
  [
    "The nurses just won't lock their screens, and I'm the one IT have a go at for it.",
    "blame:emp conflict",
  ],
  ["We get a monthly visit from our IT guy and he always asks if anything's bugging us.", ""],
  [
    "The IT firm's 'engineer' was clearly reading from a script and couldn't answer a single real question.",
    "blame:sec comm",
  ],
  ["Like an idiot every time I need the password reset.", "feel"],
  ["Half the vets treat the IT rules as optional and the nurses copy them.", "blame:emp"],
  [
    "The physios share one iPad for notes and nobody ever logs out. I've mentioned it.",
    "blame:emp",
  ],
  ["I'm the weakest link, I always forget my PIN after a week off.", "blame:self"],
  [
    "They switched our email provider and sent instructions in such technical terms that half the practice couldn't log in for two days.",
    "comm conflict",
  ],
  [
    "Really happy with our support, and the security training was done in person, which helped.",
    "",
  ],
  [
    "The corporate group that bought our vets brought in their own IT and it's been hell. Nobody asks us anything.",
    "power feel",
  ],
  [
    "The corporate IT team don't know the difference between a vet and a receptionist, we're all just 'users'.",
    "power",
  ],
  [
    "honestly scared to touch the server cupboard, the practice manager would kill me",
    "feel power",
  ],
  ["Fine, they do what they need to.", ""],
  [
    "They call when the backup's failed, but they also ring just to check we're ok, which I appreciate.",
    "",
  ],
  [
    "Locked out at 8am with a queue of dogs and owners, helpline opens at nine. Great.",
    "conflict blame:sec",
  ],
  ["I can't work out if I'm slow or the system is, probably me.", "blame:self"],
];
