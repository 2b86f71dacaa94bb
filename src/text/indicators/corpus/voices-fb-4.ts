import type { RawExample } from "./types.js";

/** Part 4 of batch FB (see voices-fb.ts). */
export const VOICES_FB_4: readonly RawExample[] = [
  ["We never hear from the Lagos office unless a laptop has been stolen.", "comm"],
  [
    "I've stopped sending the monthly tips email because the open rate was four percent.",
    "distance",
  ],
  ["I've never felt unwelcome in any department here, even the grumpy ones.", ""],
  [
    "Our MSP treats our staff like morons and I've started looking for a new provider.",
    "power blame:sec",
  ],
  [
    "Every time we tighten a rule, the Munich team finds a new workaround within a week.",
    "conflict",
  ],
  ["Our people aren't careless, they're overloaded.", ""],
  [
    "The first thing I did as the new IT manager was ask every team lead what annoyed them about IT.",
    "",
  ],
  [
    "I'm fed up with explaining to the directors why they can't have an exception to MFA.",
    "feel conflict",
  ],
  [
    "Our old awareness vendor ended every module with a cartoon of a confused employee. We switched to one that shows real colleagues telling real stories.",
    "",
  ],
  [
    "I don't hide in the server room. I take my laptop to the canteen two days a week and people drop by with questions.",
    "",
  ],
  [
    "We used to get angry emails every time we blocked a site. Now the block page explains why and offers a one-click appeal, and the anger's mostly gone.",
    "",
  ],
  [
    'Our IT director signs every email "Regards, IT". No name, no face, no phone number. People think we\'re a bot.',
    "comm distance",
  ],
  [
    "The warehouse staff pay for our mistakes, honestly. Every time we push an update mid-shift, the scanners go down and they miss their targets.",
    "blame:self conflict",
  ],
  [
    "I am genuinely afraid of the CEO. He shouts, and he decides on security purchases after one round of golf with a vendor.",
    "feel power",
  ],
  [
    "Forum reply: before you buy another tool, go and watch someone do their actual job for a morning. You'll learn more than from any dashboard.",
    "",
  ],
  [
    "Our sales team runs their whole pipeline through WhatsApp. We've asked, nudged and begged, and they still won't switch.",
    "conflict blame:emp",
  ],
  [
    "Nobody outside IT knows what our team actually does. Honestly, I'm not sure we've ever told them.",
    "distance comm blame:self",
  ],
  [
    "Our staff know they can tell us about a mistake without getting into trouble. We've proved it a dozen times.",
    "",
  ],
  [
    "I used to write security notices the way I write threat reports. A secretary took me aside and translated one for me, and I've written them her way ever since.",
    "",
  ],
  [
    "The production managers don't hate us. They just have forty other priorities, and we're number forty-one.",
    "distance",
  ],
  [
    "We told people the new monitoring was for malware only. Then a manager used the logs in a disciplinary, and trust collapsed overnight.",
    "power feel",
  ],
  [
    "I work for a 15-person NGO in Nairobi. I'm part-time IT, and the programme staff are the nicest users I've ever had.",
    "",
  ],
  [
    "The senior consultants think security rules are for the juniors. They've said it to my face.",
    "blame:emp",
  ],
  [
    "Some mornings I wonder if anyone would notice if the security team disappeared. Probably not until the first breach.",
    "distance",
  ],
  ["Employee mistakes happen here like anywhere. We log them, fix the process and move on.", ""],
  [
    "After the phishing test, a woman from accounts came to my desk in tears because she thought she'd be fired. I'd never felt worse about my job.",
    "feel power blame:self",
  ],
  [
    "I run a two-person security team for a chain of pharmacies. The pharmacists are methodical people, which makes them great with a checklist.",
    "",
  ],
  [
    "Honestly, marketing is the department I avoid. Every conversation turns into a fight about some new plugin.",
    "distance conflict",
  ],
  ["ID10T error lol", "blame:emp"],
  ["staff r lovely here in Cork", ""],
  ["layer 8 issue, closing ticket", "blame:emp"],
  ["no one's a weak link, it's a chain of bad defaults", ""],
  ["the lab ppl never call us, they just google it", "distance"],
  ["IT = invisible till it breaks, apparently", "comm"],
  ["tbh I like being the approachable one", ""],
  ["execs exempt, interns locked down. make it make sense", "power"],
  ["onboarding now includes a coffee w security", ""],
  ["ugh, procurement again", "feel"],
  ["the accountants just get it. love them", ""],
  ["people hide their mistakes from us", "distance"],
  ["our CISO has never met the sales team", "distance"],
  ["fixed the printer, made a friend", ""],
  ["nobody asked ops before we changed the badge system", "power blame:self"],
  ["drivers text me pics of weird emails, love it", ""],
  ["the VP thinks I'm his personal IT butler", "power"],
  ["talked to the night crew for an hour, good stuff", ""],
  ["user training? more like user blaming", "blame:sec"],
  ["honestly the staff are more patient w us than we deserve", "blame:self"],
  ["first phish report from the kitchen staff 👏", ""],
  ["finance keeps emailing passwords in plaintext smh", "blame:emp"],
  ["a couple of teams were frosty at first, all good now", ""],
  ["i never know what the design team is working on", "distance"],
  ["reported phish count up 3x since we stopped naming clickers", ""],
  [
    'Our MSP\'s monthly report calls every mis-sent email a "user-originated data loss event", which nobody outside IT understands.',
    "comm",
  ],
  [
    "I visit each of our five depots in São Paulo state once a month, and the managers now save their questions for me.",
    "",
  ],
  [
    'The CTO publicly said our team "slows everything down", and now engineers quote him at me.',
    "conflict blame:sec",
  ],
  ['We deliberately use the word "colleague" instead of "user" in every policy we write.', ""],
  ["I feel like I'm constantly begging grown adults to lock their screens.", "feel blame:emp"],
  [
    "When our office manager in Kraków reported a weird login, she did it in Polish with screenshots, and it was the clearest report I've had all year.",
    "",
  ],
  [
    "Our security team works nights in a different time zone, so the Tokyo staff have literally never seen us.",
    "distance",
  ],
  [
    "The real insider threat at our company is a permissions model nobody has reviewed since 2014.",
    "",
  ],
  [
    "The academics in our department ignore every IT notice on principle, and some of them are proud of it.",
    "distance blame:emp",
  ],
  [
    "Our customer service agents get a two-minute security tip at the start of each shift, read out by their own team lead.",
    "",
  ],
  [
    "I send policy updates as PDFs with no summary, and I know nobody reads past page one.",
    "comm blame:self",
  ],
  [
    "The factory floor supervisors see me as head office's spy, and I can't really argue with how it looks.",
    "power",
  ],
  [
    'Our security culture survey came back with "approachable" as the most common word for the IT team.',
    "",
  ],
  [
    'The marketing director keeps forwarding me articles about security teams being "business prevention units".',
    "conflict blame:sec",
  ],
  ["My whole job is making the secure way the lazy way for busy people.", ""],
  ["I've never been asked my opinion on a single business decision in six years here.", "power"],
  ['Calling people "the human layer" makes them sound like drywall.', ""],
  [
    "The doctors at our Cape Town clinic are sceptical of IT but always polite, and they do follow the rules.",
    "",
  ],
  [
    "I worry every day that one exhausted nurse will open the wrong attachment and take the whole ward offline.",
    "feel",
  ],
  [
    "We had a rough year with the dev team, but the joint threat-modelling sessions have turned it around.",
    "",
  ],
  ["Our security emails come from a no-reply address, so any question just disappears.", "comm"],
  ["A partner at our firm told me that if I want respect I should bring in some revenue.", "power"],
  ["Employee behaviour is usually a rational response to the tools they've been given.", ""],
  [
    "The logistics coordinators are the best security people in the building, and none of them work in security.",
    "",
  ],
  ["I resent how often I'm the last to know about a new system going live.", "feel distance"],
  [
    "Our IT team is three people in Monterrey supporting 200 staff. We're stretched, but the staff are patient and we've never had a nasty complaint.",
    "",
  ],
  [
    "Conference hot take: if your security programme depends on people never making errors, you don't have a programme. You have a wish.",
    "",
  ],
  [
    "The drivers don't have email, so our security notices never reach them. We've been meaning to fix that for two years.",
    "comm distance blame:self",
  ],
  [
    'We ran a "bring your weird email" afternoon with cake. Thirty people turned up with printouts, and we found two live phishing campaigns.',
    "",
  ],
  [
    "I can't get a meeting with the head of HR. When I finally do, she sends a deputy with no authority to agree to anything.",
    "distance power",
  ],
  [
    "I'm tired of being the bad guy. Every rule I enforce came from the board, but I'm the face people see.",
    "feel power",
  ],
];
