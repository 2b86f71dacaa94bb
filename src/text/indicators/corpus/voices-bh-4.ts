import type { RawExample } from "./types.js";

/** Part 4 of 4 of VOICES_BH; see voices-bh.ts. */
export const VOICES_BH_4: readonly RawExample[] = [
  ["We can't even see our own audit trail without submitting a request.", "power conflict"],
  ["Really pleased with how they handled the move to the new building, hardly any downtime.", ""],
  ["A courier shouldn't need three passwords to confirm a drop-off, surely?", "conflict"],
  ["Feels a bit like they're marking our homework all the time.", "power feel"],
  ["They've started doing short videos instead of long emails, much better.", ""],
  [
    "I get flustered when they ask for my asset number over the phone. I never know where it is.",
    "feel blame:self",
  ],
  ["You only ever hear from security when there's been a 'near miss'.", "comm"],
  [
    "Nobody in IT understands that the chromatography software can't just be 'updated'. Validation exists.",
    "blame:sec conflict",
  ],
  ["They're helpful as long as it fits their process.", "conflict"],
  ["Proper professionals, the lot of them.", ""],
  [
    "Whenever I phone the helpdesk I get someone reading a script who doesn't know what a LIMS is.",
    "blame:sec comm",
  ],
  ["I did feel a bit told off by the phishing email results, but they were right.", "feel"],
  [
    "The shared instrument accounts are the lab's own doing, we fought for them years ago, IT just went along.",
    "",
  ],
  [
    "Some days it's easier to carry the samples over on paper than deal with the tracking system login.",
    "distance conflict",
  ],
  ["They seem a bit lost with anything clinical.", "blame:sec"],
  ["They respect us and we respect them. Simple.", ""],
  [
    "They never respond to the feedback surveys they send out, so why fill them in?",
    "distance comm",
  ],
  ["The rules feel imposed. Nobody consults.", "power"],
  ["The IT people are grand, the data protection officer is the one who terrifies me.", "feel"],
  ["When they explain the 'why', I'm fine. It's when they don't that it gets tense.", "comm"],
  ["The lab has a sort of unofficial IT person now because the real ones never come.", "distance"],
  ["Can't complain, they unlocked my account in two minutes at 6am.", ""],
  ["I worry the next audit will find something in the trail I didn't even know I'd done.", "feel"],
  ["There's zero flexibility. Not even for a one-off experiment.", "conflict"],
  ["They keep us informed, which matters more than people think.", ""],
  ["We're scolded for shared logins we never chose.", "power feel"],
  [
    "The new sponsor portal training from IT was the first time I understood what they were on about.",
    "",
  ],
  [
    "Honestly I think some of my colleagues deserve the lectures. Passwords on the fridge, seriously.",
    "blame:emp",
  ],
  ["They sent a 'reminder' about data protection that was basically a threat.", "comm power feel"],
  ["They'd rather close a ticket than solve a problem.", "blame:sec"],
  ["I'm sure they're busy, but a reply within the week would be nice.", "conflict"],
  ["I'm not sure what they think of us, we never really talk.", "distance"],
  ["They take a lot of stick from the lab and mostly don't deserve it.", ""],
  ["It's all very top-down. The lab's voice doesn't count.", "power"],
  ["We get on well enough. They even came to the Christmas do.", ""],
  [
    "They made the nurses do the data protection course in their own time. Resentment is putting it mildly.",
    "feel power",
  ],
  ["There's no one to ask when the courier app crashes on a Sunday.", "conflict distance"],
  [
    "I was really impressed with how clearly they explained what to do if we lose a patient file.",
    "",
  ],
  ["It's a relationship of necessity, not affection.", ""],
  [
    "Every time I try to explain what the lab needs, I can see their eyes glaze over.",
    "comm distance",
  ],
  [
    "My colleague got a formal warning for sharing her login, when the whole lab does it because there's only one account.",
    "power feel blame:emp",
  ],
  ["I reckon they do a hard job well.", ""],
  [
    "I've stopped asking about the weird error on the incubator PC. It's been there two years.",
    "distance",
  ],
  [
    "IT and QA both think the other is responsible for the instrument PCs. Nobody is.",
    "conflict distance",
  ],
  ["They're respectful of the fact that we're busy, they schedule things around clinic hours.", ""],
  ["It's always us who have to adapt. Never them.", "power conflict"],
  ["To be fair, they did warn us about the outage. I just didn't read it.", "blame:self"],
  ["Their tone in the incident email made me feel like a criminal.", "comm feel"],
  ["They're fine, but I'd like them to come down and see us more often.", "distance"],
  ["Getting software approved is like applying for planning permission.", "conflict"],
  ["We have a good rapport with the IT team, we have a laugh.", ""],
  [
    "I can't get a replacement keyboard without a director's sign-off, it's ridiculous.",
    "conflict power",
  ],
  [
    "They don't get why I need to email outside the company, and I don't get why they think that's weird.",
    "conflict comm",
  ],
  ["They're trying, I'll give them that.", ""],
  [
    "Always the same story, they blame the lab, the lab blames them.",
    "conflict blame:emp blame:sec",
  ],
  [
    "The lab PCs being offline is a pain, but I'd rather that than ransomware on the mass spec.",
    "",
  ],
  [
    "I'm quite shy so I don't like ringing them, I just wait for someone else to report it.",
    "distance feel",
  ],
  [
    "They gave me admin on the analysis PC for a week to install my software, then took it back. Sensible.",
    "",
  ],
  ["i get anxious every time theres a 'mandatory' email from them", "feel comm"],
  [
    "They don't seem to realise we have patients in front of us, not just a screen.",
    "distance conflict",
  ],
  ["They're good. Really. I don't know what else to say.", ""],
  [
    "It honestly feels like the rules are there to protect IT, not the patients.",
    "power blame:sec",
  ],
  [
    "We had an open Q&A with the security lead and she answered even the awkward questions. Refreshing.",
    "",
  ],
  [
    "Nobody ever tells the couriers anything, we're just given a new device and a PIN.",
    "comm distance",
  ],
  [
    "I'm not a fan of how they spring audits on us without saying what they're looking for.",
    "power comm",
  ],
  [
    "They are totally unreachable during month end, which is exactly when the lab needs them.",
    "conflict",
  ],
  ["They keep calling us 'end users'. I'm a pharmacist.", "power comm"],
  [
    "They helped us write a procedure for the shared logins so each person signs the logbook. Small thing, but it works.",
    "",
  ],
  [
    "The monitoring software slows the lab PCs to a crawl and nobody from IT will admit it.",
    "conflict blame:sec",
  ],
  ["I don't mind. It's their job to be careful.", ""],
  [
    "We had three incidents last year, all caused by people in our own department not thinking.",
    "blame:emp",
  ],
  ["They fixed the printer. That's about all I know about them.", "distance"],
  [
    "It's disheartening to put in a sensible request and have it rejected without a reason.",
    "feel comm power",
  ],
  ["When I get it wrong they're gentle about it, which helps a lot.", ""],
  ["They've made it harder to do the right thing than the wrong thing, honestly.", "conflict"],
  ["They explain it well enough, I'm just slow to pick up new systems.", "blame:self"],
  [
    "They never, ever come to the lab. We've got a chair with their name on it, as a joke.",
    "distance",
  ],
  ["Really efficient team, though communication could be warmer.", "comm"],
  [
    "I'm fed up with being treated as if my degree counts for nothing the moment I need a folder.",
    "feel power",
  ],
  ["They've been consistently helpful since I joined.", ""],
  ["Security training was pitched at kindergarten level.", "power comm"],
  [
    "When the eCRF went down the night before a monitor visit, someone from IT stayed late to help. I won't forget that.",
    "",
  ],
  ["I don't understand half of what they tell me, and I'm too embarrassed to ask.", "comm feel"],
  ["The people are fine, it's the process that kills you.", "conflict"],
  ["Frankly they're a bunch of box-tickers.", "blame:sec"],
  ["They've always been transparent with us about incidents.", ""],
  ["It's like the security team and the lab live on different planets.", "distance"],
  ["Sometimes I wonder whether they've read the SOPs they make us follow.", "blame:sec"],
  ["A minor gripe, the lock screen timer is too short, otherwise no issues.", "conflict"],
  ["They ring you only when you've failed something. Never a thank-you.", "comm power"],
  ["I like that they don't treat questions as stupid.", ""],
  [
    "They took away our shared lab drive without asking, now everyone's results are in their own folders and nobody can find anything.",
    "power conflict",
  ],
  ["Nice to know they're there, even if I've never needed them.", ""],
  ["The technicians have more or less given up on IT and help each other instead.", "distance"],
  [
    "I'm worried the new data rules will stop us publishing on time, and nobody from IT will discuss it.",
    "feel distance",
  ],
  ["Honestly, top marks. They turned round my account for the new trial in a day.", ""],
  [
    "They came across as pretty smug at the town hall, like they'd caught us all out.",
    "power feel",
  ],
  ["They're overcautious, but I'd rather overcautious than careless.", ""],
  ["They don't answer. They send surveys.", "distance comm"],
  [
    "Clinical trial assistant here: they set up my sponsor portal accounts before I'd even started. Impressive.",
    "",
  ],
  [
    "The validated dissolution software can't be touched without a change control, and IT handled that paperwork for us. Lifesaver.",
    "",
  ],
  ["honestly they r fine, no beef", ""],
  [
    "I think I'm the reason the lab got a second phishing course. Sorry, everyone.",
    "blame:self feel",
  ],
  [
    "Pretty sure I caused the outage by unplugging the wrong cable. They were nice about it, but still.",
    "blame:self",
  ],
  [
    "They're so wrapped up in their frameworks they've forgotten there's a lab to run.",
    "blame:sec distance",
  ],
  ["Couldn't organise a password reset in a brewery.", "blame:sec"],
  ["They explained the audit trail requirements better than our own QA did.", ""],
  ["Do they even know the night shift exists?", "distance"],
  [
    "The access review emails are baffling, I just click approve on everything because I can't tell what they're asking.",
    "comm distance",
  ],
  ["They seem decent enough people. Haven't had any bother.", ""],
  [
    "Our lab techs are wonderful with samples and careless with laptops, I'll be honest.",
    "blame:emp",
  ],
  [
    "Whoever set up the shared login on the sequencer clearly never had to use it, and now we're all stuck with it.",
    "blame:sec conflict",
  ],
  ["They walk past reception every morning and never say hello.", "distance feel"],
  ["I mess up the e-signature steps all the time, it's me, not the system.", "blame:self"],
  ["The helpdesk got my name right and remembered my last problem. Small thing, made my day.", ""],
  [
    "It stings when the security report singles out pharmacy for failing the phishing test, with no context.",
    "feel blame:emp",
  ],
  ["Security is not my favourite department, but they do keep us out of the news.", ""],
  [
    "I've been waiting since spring to hear whether my request for a separate instrument login was approved. Nothing.",
    "comm conflict",
  ],
  ["They treat us as grown-ups, which I appreciate.", ""],
  [
    "Every single request is met with suspicion, as if we're trying to sneak data out.",
    "power feel",
  ],
  ["No contact, no problems, no opinion.", ""],
  [
    "They could have asked the pharmacists before rolling out the new dispensing login, we'd have told them it won't work with gloves.",
    "power conflict",
  ],
  [
    "Our department is rubbish at reporting things, so I can see why security feels left in the dark.",
    "blame:emp",
  ],
  [
    "Genuinely useful team. They turned my panicked 'I think I've been hacked' call into a five-minute fix.",
    "",
  ],
];
