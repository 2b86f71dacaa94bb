import type { RawExample } from "./types.js";

/** Part-time CISOs, IT managers and security champions on trust, blame and being kept out of the loop (part 3). Written fresh for Rapport (brief BX). */
export const VOICES_BX_3: readonly RawExample[] = [
  [
    "cant get anyone on the board to sign off the incident plan, its been sat there since march",
    "distance",
  ],
  ["Feel like I'm shouting into a void.", "feel distance"],
  ["Security, legal and finance sit down together for every new supplier. Works really well.", ""],
  ["People are actually quite good at spotting phishing now. Better than me some days.", ""],
  [
    "I'm fairly sure the sales director thinks I'm personally responsible for the spam filter eating his emails.",
    "conflict",
  ],
  ["And to be fair, I did tune it far too aggressively.", "blame:self"],
  [
    "When something goes wrong it's 'why didn't IT stop it'. When nothing goes wrong it's 'what do we pay IT for'.",
    "conflict feel",
  ],
  ["I've given up on all-staff sessions. Groups of five or six, that's where people open up.", ""],
  ["staff just dont read anything longer than a text message", "blame:emp"],
  ["The Monday huddle gives me two minutes. I use it for one tip. People remember it.", ""],
  ["My slides are dull. I know they're dull. I keep meaning to fix them.", "blame:self"],
  ["I was told I 'make people nervous'. I think it was meant as a complaint.", "feel"],
  [
    "The sales director is now my loudest advocate. He got phished last year and came straight to me.",
    "",
  ],
  ["I wish someone on the board would actually champion this. I feel very alone.", "feel"],
  [
    "People here would plug in any USB stick they found in the car park, I'd put money on it.",
    "blame:emp",
  ],
  [
    "Our people are careless, simple as that. Laptops left in cars, fire doors propped open.",
    "blame:emp",
  ],
  [
    "Every quarter I run a session with real examples from our own inboxes. Always a good turnout.",
    "",
  ],
  [
    "Kept out of the acquisition due diligence, then asked to integrate their network in two weeks.",
    "power",
  ],
  ["I get on with everyone personally. Professionally they see me as an obstacle.", "conflict"],
  ["I suppose I've got a bit cynical about staff. Too many repeat clickers.", "blame:emp"],
  [
    "the directors are lovely in person but every security email I send gets archived unread",
    "distance",
  ],
  [
    "Security is now the first item on every leadership meeting agenda, five minutes. Took ages but it's there.",
    "",
  ],
  [
    "Frankly the external pen testers made us look stupid in front of the board and then billed us for the privilege.",
    "blame:sec feel",
  ],
  ["Drop-in sessions are small but the conversations are really good.", ""],
  ["I find staff mostly want to do the right thing, they just need it to be easy.", ""],
  [
    "If the secure option is harder they won't use it. I've stopped fighting that and started making it easier.",
    "",
  ],
  ["The MD hired his nephew to 'do the IT' and now I have to work around him.", "power conflict"],
  [
    "I'm the security champion for my team. Honestly people just see me as the one who nags about lanyards.",
    "conflict",
  ],
  [
    "Being the champion has made a couple of colleagues a bit cold with me. Didn't expect that.",
    "distance",
  ],
  [
    "Some of my own team think I've gone over to the dark side since I took on the security bit.",
    "conflict",
  ],
  ["Leadership are good. Ask the right questions. Occasionally a bit late, but fine.", ""],
  [
    "Sent a friendly reminder about locking screens and got a reply-all: 'who made you the screen police?'",
    "conflict",
  ],
  [
    "We in IT have a habit of closing tickets as 'user error'. It's lazy and it shows.",
    "blame:sec",
  ],
  [
    "Reporting rate on phishing tests went from almost nothing to about 60%. Mostly because we stopped shaming people.",
    "",
  ],
  [
    "I was the guy who sent the 'YOU HAVE FAILED' emails, and people still remember it. Deservedly.",
    "blame:self comm",
  ],
  [
    "I should have spent my first six months listening. I spent them writing policies nobody wanted.",
    "blame:self",
  ],
  [
    "Staff are fine. Management's the issue, every request is a no without a conversation.",
    "power comm",
  ],
  [
    "they think phishing training insults their intelligence. then they click.",
    "blame:emp conflict",
  ],
  [
    "I've been rubbish at keeping people updated during outages. They're left guessing.",
    "blame:self comm",
  ],
  ["The team leads are my eyes and ears. Couldn't do it without them.", ""],
  ["I was described as 'scary' in a 360 review. I'm five foot two.", "power"],
  [
    "I was the one who pushed the USB ban through without asking the design team. That row was my fault.",
    "blame:self conflict",
  ],
  [
    "Got a shout-out from the CEO at the summer party for the phishing work. Didn't expect that.",
    "",
  ],
  ["I'm constantly anxious about what I don't know.", "feel"],
  ["ive stopped bothering to escalate stuff, nothing happens anyway", "distance"],
  [
    "We do 'security stories' at the start of all-staff. Someone tells a near miss. People love it.",
    "",
  ],
  [
    "My predecessor never left his office. People genuinely didn't know we had a security person.",
    "blame:sec distance",
  ],
  ["The partners don't want to hear about risk. They want to hear 'it's fine'.", "conflict"],
  ["I'm often the last to know and the first to be blamed.", "power feel"],
  ["Most of the 'user errors' I investigate turn out to be our own bad setup.", "blame:sec"],
  ["I used the word 'exfiltration' in a staff session and lost the whole room.", "comm blame:self"],
  ["Finance won't let me run phishing tests on them because they're 'too busy'.", "conflict"],
  [
    "The CEO runs half his life through personal Gmail and there's nothing I can do about it.",
    "power blame:emp",
  ],
  ["New MD is brilliant. First week she asked me to walk her through our biggest risks.", ""],
  ["I get a lot of 'can you just make an exception this once'. It's never once.", "conflict"],
  [
    "Sometimes I think I'm too soft. I let people get away with things because I want them to like me.",
    "blame:self",
  ],
  [
    "I've had a manager shout at me because I revoked a leaver's access on their last day.",
    "conflict",
  ],
  [
    "Most of my contact with staff is telling them something's broken or they've done something wrong. Not great.",
    "comm blame:self",
  ],
  ["We have an open-door policy and I mean it. People use it.", ""],
  [
    "Security questionnaires from clients go to sales, who fill them in without asking me. Terrifying.",
    "distance feel",
  ],
  ["We do a quick 'what went well' after every incident and staff actually join in.", ""],
  [
    "The alert emails I set up are all caps and bright red. No wonder people panic.",
    "blame:self comm",
  ],
  ["The people who most need the training are the ones who never come.", "distance blame:emp"],
  ["Reception reported a tailgater last week. I made a big fuss of her, in a good way.", ""],
  [
    "The relationship with management is grown-up. We disagree sometimes and we talk it through.",
    "",
  ],
  ["Our managing director doesn't use MFA. Says it's 'for the staff'.", "power blame:emp"],
  [
    "The lab manager told his team not to bother with my survey. Only found out because one of them told me.",
    "distance",
  ],
  ["A few people definitely see me as a snitch.", "conflict"],
  ["Nobody from the exec team has ever sat down with me to understand what I do.", "distance"],
  [
    "The last pen test report went straight to the MD and I never saw it. Only knew it existed from the invoice.",
    "power",
  ],
  ["I wish I didn't get so defensive whenever someone questions a control.", "feel blame:self"],
  [
    "Someone in marketing said 'that's IT's problem' when I flagged a suspicious login on their own account.",
    "distance blame:emp",
  ],
  ["I'm lucky, the owner gets it. He was phished at his last company.", ""],
  [
    "Honestly I'm the weak link. I'm stretched across too many jobs to do any of them well.",
    "blame:self feel",
  ],
  [
    "Onboarding includes a 20-minute chat with me. People remember my face. Makes a huge difference.",
    "",
  ],
  [
    "The director of engineering thinks security should report to him. Constant turf war.",
    "conflict",
  ],
  [
    "MFA, password manager, the lot. Rolled out with barely a murmur because we explained it first.",
    "",
  ],
  [
    "I give the same talk every year and I can see people mouthing along. My fault, time for a rewrite.",
    "blame:self distance",
  ],
  [
    "Can't get the warehouse shift to any session. Timings never work and their manager won't release them.",
    "distance conflict",
  ],
  ["It took a breach at a competitor for the board to give me a meeting.", "power"],
  [
    "Go in waving policies and you lose them. Go in asking what's annoying them and you win them.",
    "",
  ],
  ["staff hide shadow IT from me like teenagers hiding cigarettes", "distance blame:emp"],
  ["To be honest I'm a bit scared of our CEO. I soften everything I tell him.", "feel power"],
  [
    "The senior team treat an incident as a PR problem, not something to learn from. I'm just told to keep quiet.",
    "power conflict",
  ],
  ["I appreciate it when staff push back. Usually means I've explained something badly.", ""],
  [
    "Our third-party IT support were brilliant during the migration. Kept everyone updated constantly.",
    "",
  ],
  [
    "Email from the COO: 'Not now.' That was the whole reply to my ransomware briefing.",
    "comm power",
  ],
  ["I'm honestly fed up with being treated like the help.", "feel power"],
  [
    "the teams that trust me tell me everything, the ones that dont tell me nothing. its that simple",
    "",
  ],
  [
    "One of the devs pushed an API key to a public repo and tried to fix it himself rather than tell me.",
    "distance",
  ],
  [
    "I understand why. The last person who owned up to a mistake here got hauled in front of the directors.",
    "power",
  ],
  ["Users. Honestly. Can't live with them, can't firewall them.", "blame:emp"],
  [
    "No pay rise in three years and I'm expected to be grateful we have a security budget at all.",
    "power feel",
  ],
  [
    "We ran a 'hack yourself' workshop where people tried guessing each other's passwords. Loudest, happiest session we've had.",
    "",
  ],
  [
    "Some managers use my phishing results as a disciplinary tool. I never meant them for that.",
    "power",
  ],
  [
    "Morale in IT is low and staff can tell. We're not exactly welcoming right now.",
    "feel blame:sec",
  ],
  ["I think my team comes across as arrogant, and honestly some of them are.", "blame:sec power"],
  ["Our IT guy talks to people like they're idiots. I've had to have words.", "blame:sec comm"],
  [
    "Wrote a two-line Teams message explaining why we were blocking a site. Zero complaints. Length matters.",
    "",
  ],
  ["The number of times I've heard 'I didn't think it mattered'. It all matters.", "blame:emp"],
  ["I'm invited to leadership meetings now. Took a near miss, but I'm in.", ""],
  ["The board asked me to present and then spent the whole slot on their phones.", "distance"],
  ["Interns get a security buddy for their first month. Simple, and they love it.", ""],
  [
    "I took the easy route and let the MSP deal with staff directly. Now nobody knows who I am. My doing.",
    "blame:self distance",
  ],
  ["The policy's two pages now, written with staff. People have actually read it.", ""],
  ["I'm too quick to assume the worst about people. I know that about myself.", "blame:self"],
  ["It's the directors' PAs who click on everything, and nobody wants to say it.", "blame:emp"],
  [
    "Someone ripped down the phishing poster in the kitchen and drew a moustache on my photo.",
    "conflict",
  ],
  ["We swapped the scary posters for ones staff designed themselves. Nobody's defaced those.", ""],
  ["i reckon people see me as helpful rather than the police now. took a while", ""],
  [
    "Got asked to 'just quickly' check a supplier's security the day before the contract was signed. Again.",
    "power",
  ],
  [
    "People keep telling me I'm doing a great job. Then they ignore every recommendation.",
    "feel distance",
  ],
  [
    "There's a real fear of IT here. People apologise before they even tell me what's wrong.",
    "power",
  ],
  [
    "I've worked hard at being less intimidating. Jeans, open questions, no lectures. It's working.",
    "",
  ],
  [
    "The awareness platform our insurer made us buy is dreadful. Staff hate it, I hate it.",
    "blame:sec feel",
  ],
  [
    "Our awareness vendor's content is patronising. Cartoon hackers, for grown adults.",
    "blame:sec comm",
  ],
  ["Quite honestly I avoid the sales floor. It's just complaints.", "distance"],
  [
    "Nobody reads the IT newsletter, I know that, but the three who do always reply. That's something.",
    "",
  ],
  ["It's hard to build trust when you're only on site every other Thursday.", "distance"],
  [
    "People here assume security is someone else's job. Usually mine. Sometimes the MSP's. Never theirs.",
    "distance blame:emp",
  ],
  ["Tried to bring in a clear desk policy. The partners laughed and carried on.", "conflict"],
  ["The MD backed me publicly on the MFA rollout, which ended the grumbling overnight.", ""],
  ["I get why they resent the monitoring. I'd resent it too.", "conflict"],
  [
    "My worst habit is firing off one-line emails when I'm stressed. They come across as cold.",
    "comm blame:self",
  ],
  ["Sometimes I just want someone to say thanks when nothing happens.", "feel"],
];
