import type { RawExample } from "./types.js";

/** Employees of schools, councils, libraries and charities answering the survey's open questions about their IT and security staff. Written fresh for Rapport (brief DA). */
export const VOICES_DA_2: readonly RawExample[] = [
  [
    "They genuinely care about the kids' safety online; it comes through in everything they do.",
    "",
  ],
  ["They'd probably describe the relationship as non-existent, and they'd be right.", "distance"],
  ["Mostly they communicate through the staff bulletin, and it's fine, clear enough.", ""],
  [
    "We're told not to use Google Docs, but every partner agency sends us Google Docs. It's ridiculous and it makes us look foolish in meetings.",
    "conflict feel",
  ],
  ["Mostly fine. Can't complain.", ""],
  [
    "We asked to keep the old catalogue running alongside the new one for a month. They said no and that was that.",
    "power conflict",
  ],
  ["Our borough's IT team run drop-in sessions on Thursday afternoons; I've been twice.", ""],
  [
    "New rules appear on the intranet and we're expected to follow them, no discussion and no reasons given.",
    "power comm",
  ],
  ["They explain things once, patiently, and put it in writing afterwards.", ""],
  ["They're a bit like the weather: they change things and we adapt.", "power"],
  ["The training on ransomware was a bit long but it made sense.", ""],
  [
    "My positive experience was when they recovered a whole year of the archive's digitised photographs from a failed hard drive. I could have kissed them.",
    "",
  ],
  [
    "I complained loudly about the download being blocked, then found out it was carrying malware. Slightly awkward.",
    "conflict blame:self",
  ],
  [
    "I've lost entire lessons because the projector login times out and their fix is 'restart it'.",
    "conflict blame:sec",
  ],
  [
    "Half their emails are marked urgent, so none of them feel urgent. I've started ignoring the lot.",
    "comm distance",
  ],
  [
    "They remoted in to install an update while I was presenting to the cabinet member.",
    "conflict power",
  ],
  ["Management bypass the rules whenever they like and the IT lad just has to accept it.", "power"],
  [
    "The phishing test results were read out at the all-staff meeting by department. Humiliating.",
    "feel power",
  ],
  [
    "Their instructions are wrong half the time, so you follow them and it still doesn't work.",
    "comm blame:sec",
  ],
  ["Not much to say. They do their job, we do ours, and it works.", ""],
  [
    "I asked a simple question and got a reply that made me feel like I should already know. Patronising.",
    "comm feel",
  ],
  [
    "Our users are kind-hearted people who will give their password to anyone who asks nicely. That's the problem.",
    "blame:emp",
  ],
  ["They never come to staff briefings. We just get a bulletin.", "comm distance"],
  ["I resent having to justify every single request as if I'm up to something.", "power feel"],
  [
    "The council's cyber lead gives a talk at the annual staff day, and people actually queue to ask her questions afterwards.",
    "",
  ],
  ["Not the warmest people, but they know their stuff and they're fair.", ""],
  ["Their explanations make less sense than the problem.", "comm"],
  ["Ten years, and not one of them has ever introduced themselves to our team.", "distance"],
  [
    "The data protection officer came to our team meeting and answered questions for half an hour.",
    "",
  ],
  [
    "We wanted to know why the old Wi-Fi was turned off and got three different answers from three different people.",
    "conflict comm",
  ],
  [
    "The shared inbox got locked for 'suspicious activity' the day of the election count. Nobody could get hold of them and I was close to tears by lunchtime.",
    "conflict feel",
  ],
  ["I get quite anxious ringing the helpdesk because I never know the right words to use.", "feel"],
  [
    "They say one thing about passwords in the training and another in the emails, and then get cross when we get it wrong.",
    "conflict comm",
  ],
  [
    "We have to send a request form to use a memory stick for the school play video.",
    "power conflict",
  ],
  [
    "The SEN team keep getting their reports quarantined as 'suspicious' because of the file names.",
    "conflict",
  ],
  ["They use 'the user' in every email, like we're a category not people.", "comm"],
  [
    "I was furious when they wiped my desktop folder during the 'clean-up' without warning.",
    "feel power blame:sec",
  ],
  ["I should've asked before installing that app. Lesson learned.", "blame:self"],
  [
    "To be fair, most data breaches here have been someone in housing emailing the wrong tenant.",
    "blame:emp",
  ],
  ["I was really upset by how the investigation into my email account was handled.", "feel power"],
  [
    "I panicked and deleted the suspicious email instead of reporting it, and I felt awful afterwards.",
    "feel blame:self",
  ],
  ["The data breach training was dull, but it was clear.", ""],
  [
    "People here don't think about cybersecurity at all. It's just not on the radar, and the poor IT team seem to have given up trying to make anyone listen.",
    "distance power",
  ],
  [
    "My fault entirely, I left the laptop on the bus. The dressing-down I got from IT was something else, though.",
    "blame:self comm",
  ],
  [
    "Our IT lead told me teachers are the biggest risk because they'll plug in any USB stick a kid hands them, which is a bit rich given how often his own systems fall over.",
    "blame:emp blame:sec",
  ],
  ["IT's idea of support is turning it off and on again and closing the ticket.", "blame:sec"],
  ["I worry constantly that I'll be the one who lets a virus in and has to face them.", "feel"],
  ["The old system crashed constantly; the new one they chose hardly ever does.", ""],
  ["We're a tiny charity, so 'IT' is one part-time woman called Bev, and she's a treasure.", ""],
  [
    "Gutted when the whole term's coursework photos vanished in the server move and they shrugged.",
    "feel blame:sec",
  ],
  ["Many of our caseworkers treat security as someone else's job.", "blame:emp distance"],
  ["We could all do with more training, and IT are always offering it.", ""],
  ["I'd say they treat us as equals.", ""],
  ["If I'm being fair, they're good at what they do.", ""],
  ["Volunteers are the weak spot. They come and go and share logins like sweets.", "blame:emp"],
  ["Security? That's for the folk at the Civic Centre, not us in the branches.", "distance"],
  [
    "We only hear from them when there's a problem, and I couldn't name one of them.",
    "comm distance",
  ],
  ["Generally good. The odd slow week during term start, which is understandable.", ""],
  [
    "The school moved to Google Workspace in September. It was a big change, but the plan was shared in advance, there were drop-ins every lunchtime, and the technicians answered the same questions fifty times without complaint. I'd call that a success.",
    "",
  ],
  ["They've become a lot friendlier since they moved into the main office.", ""],
  ["The helpdesk hours are eight till six.", ""],
  [
    "Embarrassing, the time I had to ring them three times in one day about the same printer.",
    "feel",
  ],
  ["Not perfect, but they try, and they're always polite.", ""],
  ["Negative experience? Can't think of one, honestly.", ""],
  ["I feel policed. Every download, every site.", "power feel"],
  [
    "I think IT would say they're ignored until something breaks, and then everyone wants them at once.",
    "power",
  ],
  [
    "It's always the same three people in finance who fall for it, and the rest of us have to sit through the retraining.",
    "blame:emp",
  ],
  [
    "The registrars were moved to a new booking system with no notice and the old one was switched off the same day.",
    "conflict power",
  ],
  [
    "Honestly, plenty of people keep a personal laptop in the bag for when the work one refuses to let us in.",
    "conflict",
  ],
  [
    "The teachers are the worst for it, sharing passwords with TAs so they can take the register.",
    "blame:emp",
  ],
  [
    "Colleagues still forward chain emails in this day and age. IT must despair of us.",
    "blame:emp",
  ],
  ["Messages are understandable. I'd give them an eight.", ""],
  [
    "Every message is signed 'ICT Service' with no name, so you never know who's behind it.",
    "comm distance",
  ],
  [
    "We've got some very senior people here who think the rules don't apply to them, and IT don't have the clout to stop them.",
    "blame:emp power",
  ],
  [
    "Each ticket I log, I picture them rolling their eyes, so I've mostly stopped logging them.",
    "feel distance",
  ],
  [
    "Bit scary, really. You hear stories of people being disciplined over a single email.",
    "feel power",
  ],
  ["They took over from an outside contractor last year and it's been a clear improvement.", ""],
  ["Our IT manager admits when he doesn't know something, which I respect.", ""],
  ["I'm baffled by their emails, genuinely baffled.", "comm feel"],
  [
    "To nearly everyone here the security team is just an email address that sends scary messages.",
    "distance comm",
  ],
  [
    "Our security guy says management only listen after something's gone wrong, and by then it's too late.",
    "power blame:emp",
  ],
  ["I worry my questions are stupid, and some of them probably are.", "blame:self feel"],
  [
    "Really stressful trying to do payroll when the system keeps timing out every five minutes for 'security'.",
    "feel conflict",
  ],
  [
    "I don't lose sleep over security because they handle it well and tell us what we need to know.",
    "",
  ],
];
