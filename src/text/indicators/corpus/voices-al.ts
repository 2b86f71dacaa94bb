import type { RawExample } from "./types.js";
import { VOICES_AL_2 } from "./voices-al-2.js";
import { VOICES_AL_3 } from "./voices-al-3.js";
import { VOICES_AL_4 } from "./voices-al-4.js";

/** Staff of small law, accounting, architecture, estate agency, recruitment, marketing and consulting firms on their IT/security people. Written fresh for Rapport (brief AL). */
const FIRST_PART: readonly RawExample[] = [
  ["Our IT guy is a gem. Nothing is ever too much trouble.", ""],
  ["I only ever hear from them when I've done something wrong.", "comm"],
  [
    "Oh great, another mandatory module on password hygiene. Just what I needed at month end.",
    "feel comm",
  ],
  ["The managed service provider decides everything and we just get told.", "power"],
  [
    "We don't really have a relationship with them. They're a phone number on a sticker under the monitor.",
    "distance",
  ],
  ["Frankly they've been useless since the merger.", "blame:sec"],
  ["They're not perfect, but they listen, and they follow up.", ""],
  [
    "I had to explain three times that the client's deadline was 5pm today, not 'sometime this week'.",
    "conflict feel",
  ],
  [
    "Got told off by an automated email for using a USB stick. Not even a person, a robot.",
    "comm power",
  ],
  ["She speaks to me like I'm her gran.", "power comm"],
  [
    "honestly i just dont get any of it and im too embarrassed to keep asking",
    "feel blame:self distance",
  ],
  ["The partners like them. Us juniors barely know they exist.", "distance"],
  ["We went back and forth for weeks about whether I could have a second monitor.", "conflict"],
  [
    "I think the accounts team are more of a risk than any hacker, the way they share logins.",
    "blame:emp",
  ],
  ["They're very accommodating when we have a big filing deadline, they'll even stay late.", ""],
  [
    "Every 'quick question' turns into a ticket, a reference number and a three-day wait.",
    "comm conflict",
  ],
  ["I'm always a bit on edge when I see their number come up on my phone.", "feel"],
  ["It's fair to say they keep us safe. I sleep better knowing they're watching the systems.", ""],
  [
    "The policy came down from the IT firm and the partners signed it off. Nobody asked the people who actually use the systems.",
    "power",
  ],
  [
    "When the drawings server crashed two days before planning submission, they were nowhere to be found.",
    "conflict blame:sec",
  ],
  ["I wouldn't say they're unfriendly, just very... efficient.", ""],
  ["Does anyone actually know what IT does all day?", "distance"],
  ["Their emails are clear and short, which I appreciate.", ""],
  ["It's like dealing with a call centre in a parallel universe.", "distance comm"],
  [
    "I feel like a fool every time I have to admit I've forgotten my password again.",
    "feel blame:self",
  ],
  ["They're condescending. Full stop.", "comm power"],
  [
    "We used to get a lot of jargon from them but after we asked them to tone it down, they did.",
    "",
  ],
  [
    "They don't understand that a recruiter without a phone is a recruiter without a job.",
    "conflict",
  ],
  ["Everything is 'policy says'. Who wrote the policy? Where do I find it? Silence.", "power comm"],
  ["I'm genuinely worried that one wrong click from me could sink the practice.", "feel"],
  ["We're on the same side really. It just doesn't always feel like it.", "conflict"],
  ["Ours is a one-woman IT department and she's amazing, even with forty of us pestering her.", ""],
  [
    "The remote tech support is fine, honestly, and they'll come in person if it's something big.",
    "",
  ],
  [
    "They'll go out of their way for the senior partner but I can wait till Tuesday.",
    "power conflict",
  ],
  [
    "It's really the staff who are careless. IT keep telling us and we keep ignoring them.",
    "blame:emp",
  ],
  ["Bit annoyed they pushed updates during my client call, but otherwise fine.", "feel conflict"],
  ["Never had a problem with them.", ""],
  ["They have this attitude of 'we're the experts, don't question us'.", "power"],
  ["I found out we'd changed antivirus when a pop-up told me.", "comm"],
  ["I can't think of a single time they've let me down.", ""],
  [
    "The thing that grates is being treated like a suspect every time I request access to a client folder.",
    "power feel",
  ],
  ["Our IT people sit in a different building. We literally never see them.", "distance"],
  ["Whoever set up the new printer system should be ashamed of themselves.", "blame:sec"],
  [
    "My colleague Raj just fixes his own stuff now, he says it's quicker than getting IT involved.",
    "distance",
  ],
  [
    "They made a real effort to learn how our practice software works before touching it. Respect.",
    "",
  ],
  ["IT speak drives me bananas. Just tell me yes or no.", "comm feel"],
  [
    "As an accountant I get that they need controls. I just wish the controls made sense for our work.",
    "conflict",
  ],
  ["They're happy to help. That's all I've got to say, honestly.", ""],
  ["If you ask me, IT create as many problems as they solve.", "blame:sec"],
  [
    "I sort of feel like I'm on probation with them after the whole email forwarding thing.",
    "feel power",
  ],
  ["The young lad from the support company is ever so patient with me.", ""],
  [
    "I hate it when they answer with a link to the knowledge base instead of just answering.",
    "comm feel",
  ],
  [
    "Our IT consultant treats every conversation like a sales opportunity. Never simple advice.",
    "comm conflict",
  ],
  [
    "Security updates used to land at the worst possible time, but now they schedule them overnight.",
    "",
  ],
  ["There's a mutual respect there. They know we're busy, we know they're busy.", ""],
  ["To them we're just ticket numbers.", "distance power"],
  [
    "I asked a simple question about email encryption and got a lecture on data protection law. I'm a solicitor. I know data protection law.",
    "comm feel",
  ],
  ["We run the firm, they run the servers, and it works. No need to be best friends.", ""],
  ["The honest truth? I'm the weakest part of our security and I know it.", "blame:self"],
  ["They ask my opinion before changing anything on my machine, which I really like.", ""],
  ["It used to be a battle getting anything done, but the new MSP is far more flexible.", ""],
  [
    "Our branding agency needs fast file transfers and IT keep throttling them. We've had words.",
    "conflict",
  ],
  [
    "We got a memo saying 'staff negligence' was behind the data leak. Nice.",
    "blame:emp comm feel",
  ],
  ["I sometimes feel sorry for them, we must drive them mad.", "blame:emp"],
  ["They're brilliant with the technical stuff and rubbish with people.", "comm"],
  ["Every conversation with IT leaves me feeling slightly told off.", "feel comm"],
  ["I couldn't name a single person at our IT provider.", "distance"],
  ["No issues. They turn up, they're friendly, they fix it.", ""],
  [
    "Why is it that I need three approvals to get the design software but the partners get whatever they like?",
    "power conflict",
  ],
  ["I think they're fine, they work hard and they're fair with us.", ""],
  ["They never say 'sorry' when they get it wrong. Not once.", "blame:sec feel"],
  ["Half the time I feel like I'm nagging them.", "feel"],
  [
    "We once had a full-blown row over whether clients could send us documents from personal email accounts.",
    "conflict",
  ],
  ["I'm not sure they even know what an architect does.", "distance"],
  ["They took my concerns seriously and escalated it straight away. Can't ask for more.", ""],
  ["I feel like I'm under a microscope. Every download is logged and questioned.", "power feel"],
  ["The new security guy is alright actually, much more human than the last one.", ""],
  [
    "Everything they send us is in capital letters and red font. It's like being shouted at.",
    "comm feel",
  ],
  [
    "I've given up trying to get the scanner to work properly through them. I just use my phone.",
    "distance",
  ],
  ["Their attitude is that security is our problem, not theirs.", "blame:emp conflict"],
  ["They do quarterly reviews with us and actually listen to the feedback.", ""],
  ["It's like they've forgotten they work for us.", "power"],
  ["I'm always a bit worried they'll think I'm an idiot.", "feel"],
  [
    "I feel like IT set the rules and then leave us to deal with the consequences when clients complain.",
    "power conflict",
  ],
  ["I don't know what I'd call it. A good working relationship, I suppose?", ""],
  ["We asked them to attend our all-hands and they sent a slide deck instead.", "distance comm"],
  [
    "Got my laptop back from repair with all my settings wiped. Great work, lads.",
    "blame:sec feel",
  ],
  ["I'd say they're respectful. They never make you feel small.", ""],
  ["The rules are fine. It's the way they're enforced, like we're criminals.", "power feel"],
  ["Quick to blame the user, slow to check their own work.", "blame:sec conflict"],
  ["They're a bit of a mystery, the IT team. Nice, but a mystery.", "distance"],
  ["You can tell some of them have worked in offices like ours, they get it.", ""],
  [
    "He always takes time to explain what went wrong so I know for next time. Really appreciate that.",
    "",
  ],
  ["We're a small firm, IT is outsourced, and between visits they're a phone call away.", ""],
  [
    "They blame our old laptops, we blame their software. Round and round it goes.",
    "conflict blame:sec",
  ],
  [
    "I'm the dinosaur in the office, I admit it. Young Ellie from IT has the patience of a saint.",
    "blame:self",
  ],
  ["Whenever I'm stuck they're a call away, and they actually pick up.", ""],
  ["Being monitored all day makes me feel untrusted.", "power feel"],
  [
    "They just disappear for weeks at a time. Then suddenly we're all being asked to reset our passwords.",
    "distance comm",
  ],
  ["Totally fine, no complaints here.", ""],
  [
    "IT don't seem to understand that when I'm in court I can't just 'check my authenticator app'.",
    "conflict",
  ],
  ["I've never had a bad interaction. The odd slow one, but never bad.", ""],
  ["i swear they make it complicated on purpose", "comm feel"],
  ["We're the customers but it feels like we're begging for scraps.", "power feel"],
  ["They talk to the boss, not to us.", "distance power"],
  [
    "Every time they 'improve' something, I lose an hour figuring out what they've done.",
    "conflict comm",
  ],
  [
    "We went out for lunch with our IT support team last month, which was a nice way to say thanks.",
    "",
  ],
  ["I honestly don't think they know how stressful this job is.", "distance feel"],
  ["Their training assumes we're all born yesterday.", "comm power"],
  [
    "I got caught by the fake tax refund email and owned up straight away. They were fine about it, said that's what they want us to do.",
    "",
  ],
  ["I'm sick of being blamed for problems with their kit.", "feel blame:sec"],
  ["It's a bit one-way. They send instructions, we follow them.", "power comm"],
  [
    "When they explain things it's clear, patient, and no acronyms. Wish everyone was like that.",
    "",
  ],
  [
    "Our office manager has become the go-between because none of us want to deal with them directly.",
    "distance",
  ],
  ["I'm pretty sure they roll their eyes at my tickets.", "feel"],
  [
    "The security rules were brought in after the partners got spooked by a news story. No consultation.",
    "power comm",
  ],
  ["Nice enough people but they genuinely don't get what we need.", "conflict"],
  [
    "I'm just not good with tech and I feel bad for taking up so much of their time.",
    "blame:self feel",
  ],
  ["We're pretty lucky with ours, to be honest.", ""],
  [
    "They could have warned us before turning off the old file server. A bit of notice isn't much to ask.",
    "comm",
  ],
  ["If something breaks, I'll find a workaround before I call IT. It's just easier.", "distance"],
  ["The guy is super smart but you come away more confused than when you started.", "comm"],
  [
    "They've become a sort of invisible hand. Things change, we don't know why or who did it.",
    "power distance",
  ],
  ["They've never once made me feel silly. Even when I was, a bit.", ""],
  ["The temps and interns are the ones who let the viruses in, every time.", "blame:emp"],
  [
    "I was gutted when they said my files couldn't be recovered. No one had told me the backups weren't running.",
    "feel comm blame:sec",
  ],
  [
    "They stick to the rules but they'll explain them if you ask, and they'll bend where it's safe.",
    "",
  ],
  ["Good humoured, knowledgeable, and they turn up when they say they will.", ""],
  ["Who even are they? I've been getting their emails for a year.", "distance"],
  ["Working with them is honestly one of the easier parts of my job.", ""],
  ["I don't think they like us very much.", "feel distance"],
  [
    "When I told them the new system was slowing me down they actually came and sat with me for an hour to see. Good on them.",
    "",
  ],
  [
    "I'll be honest, I've never read a single one of their security bulletins.",
    "distance blame:self",
  ],
  ["They're like traffic wardens. Technically right, universally disliked.", "conflict feel"],
  ["They promised the new portal would be 'intuitive'. It is not.", "blame:sec"],
  ["We rely on them for literally everything, which is a bit unnerving.", "power feel"],
  ["Their texts about scam calls are really helpful, short and to the point.", ""],
  ["You know what? They've been really good this year. Less rules, more help.", ""],
];

export const VOICES_AL: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AL_2,
  ...VOICES_AL_3,
  ...VOICES_AL_4,
];
