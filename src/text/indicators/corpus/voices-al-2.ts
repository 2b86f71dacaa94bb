import type { RawExample } from "./types.js";

/** Part 2 of brief AL: staff of small professional-services firms on their IT and security people. */
export const VOICES_AL_2: readonly RawExample[] = [
  ["Our outsourced lot are brilliant. I ring, someone picks up, job done.", ""],
  ["The only time we hear from the IT firm is when the invoice lands.", "comm distance"],
  [
    "I drafted a whole lease and then the document system locked me out for 'unusual activity'. Nobody could tell me why.",
    "conflict comm",
  ],
  ["Honestly I dread ringing them. I always feel like I'm wasting their time.", "feel"],
  ["He's patient with the partners, which is more than I can say for most of us.", ""],
  [
    "They decided we'd all move to a new password manager. Nobody asked us, it just happened one Monday.",
    "power",
  ],
  [
    "I used to think the support desk was useless but since they put Priya on our account it's been night and day.",
    "",
  ],
  [
    "We're an architecture practice, we live in huge CAD files, and their upload limits make every handover a fight.",
    "conflict",
  ],
  ["i just look it up online now tbh, quicker than waiting", "distance"],
  ["Not once in four years have they made me feel daft for asking something basic.", ""],
  [
    "They send these emails full of acronyms, MFA this, SSO that, EDR something. I skim and delete.",
    "comm distance",
  ],
  ["Our practice manager handles the IT contract and passes on anything we need. Works well.", ""],
  [
    "The phishing test caught me out and I got a rather stern email copied to my team leader. Mortifying.",
    "feel power comm",
  ],
  ["They're fine. Slow, but fine.", ""],
  [
    "Their rules are stricter than I'd like, but I understand why, given the client data we hold.",
    "",
  ],
  ["If something goes wrong I assume it's me, to be fair it usually is.", "blame:self"],
  [
    "The consultant who set up our network explained every step in plain English. I actually understood my own router for once.",
    "",
  ],
  [
    "We can't install anything without their say-so, not even a font. Feels like being fourteen again.",
    "power conflict",
  ],
  [
    "Fair play to them, when we had the ransomware scare they were in the office within the hour.",
    "",
  ],
  [
    "They think we're all idiots who click on anything, and to be honest some of the juniors do.",
    "blame:emp power",
  ],
  ["They'll fix it, but you get a lecture with it.", "comm"],
  ["Is there an IT person? Genuinely asking, I've been here eight months.", "distance"],
  [
    "Tickets go into a black hole. You get an auto-reply and then silence for days.",
    "comm conflict",
  ],
  [
    "Our man from the support company comes in on Thursdays, and it's nice, you can just grab him for five minutes.",
    "",
  ],
  [
    "I felt so stupid when I forwarded that fake invoice. He was kind about it but I still think about it.",
    "feel blame:self",
  ],
  [
    "They blocked the file-sharing site without warning the week before a client pitch. We had to courier a USB stick across London.",
    "conflict comm",
  ],
  ["The relationship's professional, friendly enough. No complaints really.", ""],
  [
    "They're accountable to the partners, not to us, so what we want doesn't count for much.",
    "power",
  ],
  ["We pay them a fortune to tell us things are 'out of scope'.", "blame:sec conflict"],
  ["I've stopped reporting the little glitches. What's the point, nothing changes.", "distance"],
  ["Quite approachable, actually, for techy types.", ""],
  [
    "They installed monitoring software on our laptops and only told us afterwards. It feels a bit creepy, if I'm honest.",
    "power feel comm",
  ],
  [
    "Half the staff here couldn't spot a phishing email if it had a flashing sign on it, so I get why IT is strict.",
    "blame:emp",
  ],
  [
    "When I explained I was dyslexic and struggled with the long security guidance, they rewrote it as a one-page checklist. Really thoughtful.",
    "",
  ],
  ["The helpdesk chap sighs audibly when you can't find the settings menu.", "feel power"],
  ["It's always 'have you tried turning it off and on again'. Yes. Obviously.", "feel comm"],
  ["Our IT provider treats us like a small account they'd rather not have.", "distance power"],
  [
    "They come to the quarterly team meeting and do a ten-minute slot on scams. Genuinely useful, people ask loads of questions.",
    "",
  ],
  ["I have no idea who decides what we can and can't access. It's just a wall.", "power distance"],
  [
    "We had a bit of a rocky patch after the email migration went wrong, but they owned it and we're fine now.",
    "",
  ],
  [
    "I'm a recruiter, I'm on the job boards all day, and they keep flagging my attachments as malicious. Every. Single. Day.",
    "conflict feel",
  ],
  ["The IT guy and I get on great, we chat football while he fixes my mess.", ""],
  ["Messages from them always arrive after the thing has already broken.", "comm"],
  [
    "Their incompetence cost us a whole day of billable hours when the server went down.",
    "blame:sec feel",
  ],
  [
    "I never know whether to email, ring or raise a ticket. Every time I pick the wrong one.",
    "comm feel",
  ],
  ["They're lovely people but they've got no idea how a conveyancing deadline works.", "conflict"],
  [
    "Tbh I'm a bit scared of getting something wrong and being the one who lets the hackers in.",
    "feel",
  ],
  [
    "The partners fob them off and then blame them when things go wrong, which isn't fair.",
    "blame:emp conflict",
  ],
  ["Would it kill them to say hello when they walk through the office?", "distance feel"],
  ["We're on first-name terms with the whole support team. It helps.", ""],
  [
    "The security training is a thirty-minute video narrated by a robot. I click through it with the sound off.",
    "comm distance",
  ],
  ["They act like the systems belong to them and we're just borrowing them.", "power"],
  ["I admit I've shared my password with the temp. I know, I know.", "blame:self"],
  ["Responsive, clear, and they don't make a fuss. That's all I want.", ""],
  [
    "Why does a quantity surveyor need to know what a 'zero-trust architecture' is? Just tell me what to click.",
    "comm feel",
  ],
  [
    "My boss had to escalate three times before anyone looked at the shared drive problem.",
    "conflict",
  ],
  ["No complaints about the IT side, it's the printer that hates me.", ""],
  [
    "They audit our folders and send round a list of who's 'non-compliant'. Names and everything.",
    "power feel",
  ],
  [
    "I think they see us as a bunch of arty types who'll break anything they touch.",
    "power blame:emp",
  ],
  ["They're a bit brusque on the phone, but they always get it sorted the same day.", ""],
  [
    "If I need something set up for a client I just do it on my personal laptop. Easier.",
    "distance conflict",
  ],
  [
    "Their advice on the new client portal saved us from a real data headache. Credit where it's due.",
    "",
  ],
  [
    "we had three different contacts in a year, never the same person twice, you just give up explaining",
    "distance comm",
  ],
  [
    "It's a dance. We ask, they say no, we ask the senior partner, suddenly it's a yes.",
    "conflict power",
  ],
  ["Fine as long as you don't need anything after five.", "conflict"],
  ["They never talk down to you. Even the daft questions get a proper answer.", ""],
  [
    "I get a knot in my stomach whenever I see an email from IT with 'URGENT' in the subject.",
    "feel comm",
  ],
  [
    "They told us to stop messaging clients from our personal phones, fair enough, but offered nothing to replace it.",
    "conflict comm",
  ],
  ["The monthly check-in call with the IT firm is short and actually useful.", ""],
  [
    "Our junior designer clicked a dodgy link and it was treated like a hanging offence.",
    "power blame:emp feel",
  ],
  ["The new bloke is really keen, sometimes a bit too keen with the rules, but he means well.", ""],
  ["I'd rather struggle for an hour than ring them and have to explain myself.", "distance feel"],
  ["They promised a call back. That was Tuesday.", "comm"],
  ["Pretty good I'd say. They know our setup inside out.", ""],
  ["The firm's IT is one man who's always somewhere else.", "distance conflict"],
  [
    "Whatever they changed over the weekend broke the time recording software. Again.",
    "blame:sec conflict",
  ],
  [
    "I just don't understand computers, never have. Poor Tom has to sit with me every time.",
    "blame:self",
  ],
  ["They should try running a tender deadline with their lock-out policies.", "conflict feel"],
  ["They explain things like you're a person, not a risk.", ""],
  [
    "The IT company sends a monthly report that nobody reads. Graphs of things we don't understand.",
    "comm distance",
  ],
  [
    "When they visit it's all very cordial, and they always ask if there's anything else while they're here.",
    "",
  ],
  ["Sometimes I think they forget we're the ones paying them.", "power conflict"],
  [
    "We've asked for a walk-through of the backup system three times and still haven't had one.",
    "comm conflict",
  ],
  ["Pleasant, efficient, a bit invisible. Which I suppose is the point.", ""],
  [
    "I was told off in front of the whole office for leaving my screen unlocked.",
    "power feel comm",
  ],
  [
    "Not sure they know what we do here, to be honest, and I'm not sure we know what they do.",
    "distance",
  ],
  ["Every security update is announced with the enthusiasm of a parking fine.", "comm"],
  ["I'm embarrassed to admit I still write my passwords on a sticky note.", "feel blame:self"],
  [
    "The agency's IT person is also our office manager, so she's stretched, but she's brilliant.",
    "",
  ],
  [
    "They have a habit of fixing things without telling you what was wrong, so you can't stop it happening again.",
    "comm",
  ],
  ["The outsourced team feel like colleagues now, even though they're based two hours away.", ""],
  [
    "They block half the property portals we rely on, then take a week to whitelist them.",
    "conflict",
  ],
  ["She takes the time to show you, rather than just doing it for you. I've learned loads.", ""],
  [
    "The consultants come in, change everything, and vanish until the next emergency.",
    "distance comm",
  ],
  ["We have the odd grumble about the rules but there's no real tension.", ""],
  ["I've had nothing but good experiences, touch wood.", ""],
  [
    "They keep asking why we haven't done the training. Because it's two hours long and I bill by the six minutes.",
    "conflict feel",
  ],
  ["Support was hopeless when we were with the last provider, the new lot are miles better.", ""],
  [
    "IT don't trust us with admin rights, and honestly after what happened with the marketing team's laptop, fair.",
    "power blame:emp",
  ],
  ["Their manner is just so superior. Like we should be grateful they've answered.", "power feel"],
  [
    "When my laptop was stolen on the train they were calm and reassuring. I was in bits and they sorted everything.",
    "",
  ],
  ["Nobody's ever told me what I'm supposed to do if I think I've been hacked.", "comm distance"],
  ["Our accountant's IT team are more helpful than our own, if I'm being cheeky.", "blame:sec"],
  ["they're ok. bit slow. bit grumpy. ok.", ""],
  [
    "Most of the problems we have are self-inflicted, people ignoring the advice they're given.",
    "blame:emp",
  ],
  [
    "I find the whole thing quite intimidating, all the warnings and policies. I worry I'll get something wrong and it'll be on my record.",
    "feel power",
  ],
  ["He once spent his lunch break recovering my thesis drawings. Hero.", ""],
  [
    "They'll only deal with the office manager, so we have to go through her for everything, even a mouse.",
    "power distance",
  ],
  ["Budget season is always a negotiation with them, but a friendly one.", ""],
  ["Not the warmest people, but competent.", ""],
  ["I keep my head down and hope they never notice me.", "distance feel"],
  ["One-line answers to three-paragraph questions. 'Resolved.' Resolved how?", "comm feel"],
  [
    "They could not care less about our deadlines, it's all about their ticket targets.",
    "conflict blame:sec",
  ],
  ["The relationship is honestly good. We argue sometimes but it's healthy arguing.", ""],
  [
    "I'd love to know who signed off on the rule that we can't email zip files to clients.",
    "power conflict",
  ],
  ["My fault entirely, I ignored the update prompts for six weeks.", "blame:self"],
  [
    "They don't reply to emails, you have to chase on the phone, and then they say 'did you log a ticket?'",
    "conflict comm",
  ],
  ["Feel bad bothering them with small stuff so I mostly don't.", "feel distance"],
  [
    "We have a shared chat channel with them and questions get answered within minutes. Lovely.",
    "",
  ],
  ["They treat the receptionist like furniture and the partners like royalty.", "power"],
];
