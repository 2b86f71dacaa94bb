import type { RawExample } from "./types.js";

/** Security and compliance leads in small consultancies and law practices, on partners, consultants and support staff. Written fresh for Rapport (brief CP). */
export const VOICES_CP_4: readonly RawExample[] = [
  [
    "Consultants live on client sites and only remember we exist when their laptop dies.",
    "distance comm",
  ],
  ["We in security have a habit of being smug, I'll admit it.", "blame:sec"],
  ["I'm genuinely fond of the team here, they're patient with me.", ""],
  [
    "The directors want ISO 27001 on the website but won't give anyone time to do the work.",
    "conflict",
  ],
  ["My department's emails read like threats. I need to fix that.", "comm blame:sec"],
  ["People avoid asking because our IT team has a reputation for sighing.", "blame:sec distance"],
  [
    "Associates install browser extensions for every little thing. No idea what half of them do.",
    "blame:emp",
  ],
  [
    "I was mortified at the staff meeting; nobody could name a single point from the policy I'd sent that week.",
    "feel distance",
  ],
  ["We meet the heads of practice every month. It's useful, genuinely.", ""],
  ["Partners hand me a problem on Friday afternoon and expect a solution Monday morning.", "power"],
  [
    "Our MSP sends a different engineer every visit and none of them know the firm.",
    "blame:sec distance",
  ],
  [
    "I overreacted to the last phishing click and I think people are now scared to come forward.",
    "blame:self feel distance",
  ],
  ["The consultants hate the VPN and they're right, it's awful.", "blame:sec feel"],
  ["I'm trying to be more visible, walking round, having coffee with people. It's helping.", ""],
  [
    "The senior partner doesn't believe in cyber risk. Thinks it happens to other firms.",
    "blame:emp conflict",
  ],
  ["Training is one-way. I talk, they click 'next'.", "comm"],
  ["I'm the bottleneck, everything needs my approval and I'm slow.", "blame:self power"],
  [
    "The bid team shares client documents through personal Dropbox because our system is a pain.",
    "conflict blame:sec",
  ],
  ["Staff ask me before they try anything new now. Really nice change.", ""],
  ["Nobody except the office manager has ever asked me how they could help.", "distance"],
  ["I worry constantly that one bad click will take the whole practice down.", "feel"],
  ["The equity partners decide, the rest of us implement, me included.", "power"],
  ["I've been told my training is 'a bit preachy'. Fair.", "blame:self comm"],
  ["Our old security manager wrote the rules to cover himself, not to help anyone.", "blame:sec"],
  [
    "Consultants on client sites plug into whatever network's going. They don't think twice.",
    "blame:emp",
  ],
  ["We've got a real partnership with HR on joiners and leavers.", ""],
  [
    "When I push back, I'm 'not commercial'. When something goes wrong, I'm 'not careful enough'.",
    "conflict power feel",
  ],
  [
    "The staff forum asked for more notice before phishing tests and we agreed. Reasonable request, reasonable people.",
    "",
  ],
  [
    "A lot of it is on me; I never built relationships outside the partners' room.",
    "blame:self distance",
  ],
  [
    "Our support firm answers with copy-paste knowledge base links. People gave up on them.",
    "blame:sec comm distance",
  ],
  ["Not much to say, it's fine. People are sensible.", ""],
  ["The trainees think I'm a partner's spy.", "power"],
  ["I feel let down when the same person fails the phishing test three times.", "feel blame:emp"],
  ["Policies get emailed, signed, filed. Nobody talks about them.", "distance"],
  [
    "The managing director once called security 'a tax on doing business'. He's since become its loudest supporter.",
    "",
  ],
  [
    "IT here has a bit of a superiority complex, me included if I'm honest.",
    "blame:sec blame:self power",
  ],
  ["Reporting went up once we stopped asking 'who clicked?'.", ""],
  ["The consultants think I don't understand client work. Maybe I don't.", "conflict blame:self"],
  [
    "Staff talk to me about their kids, their holidays, and sometimes their dodgy emails. Good balance.",
    "",
  ],
  [
    "Our helpdesk is so slow people buy their own dongles and adapters on expenses.",
    "blame:sec conflict distance",
  ],
  ["I'm stuck between partners who want freedom and insurers who want controls.", "conflict feel"],
  [
    "I don't think the junior staff know I exist, which is probably my fault.",
    "distance blame:self",
  ],
  ["They treat my risk register like a doomsday diary.", "conflict"],
  ["Good people, good partners, and a budget that actually matches the risk. I'm lucky.", ""],
  [
    "Support staff are scared of breaking things, so they never touch settings. I think that's our doing.",
    "feel blame:sec",
  ],
  [
    "The engagement managers can't be bothered with encryption, they 'trust the client'.",
    "blame:emp distance",
  ],
  [
    "I got ignored for a year about the shared mailbox passwords, then there was an incident and suddenly it's my fault.",
    "power conflict feel",
  ],
  ["My drop-in is quiet some weeks, but the people who come are the ones who need it.", ""],
  ["I'm honest about my own mistakes in training and it's made people more honest with me.", ""],
  [
    "The finance director queries every request, which is his job, and he's approved most of them.",
    "",
  ],
  [
    "I talk to the practice leads, but I never actually hear from the people on the ground.",
    "distance",
  ],
  [
    "When I explain things I end up sounding condescending. I can hear myself doing it.",
    "comm power blame:self",
  ],
  [
    "There's an us-and-them feeling between fee earners and the back office, and I'm back office.",
    "distance power",
  ],
  ["A consultant rang me from the airport to report a stolen phone within the hour. Textbook.", ""],
  [
    "Our IT provider makes staff feel stupid, and then wonders why no one reports anything.",
    "blame:sec power distance",
  ],
  [
    "I feel guilty every time I roll out a new control because I know it'll slow people down.",
    "feel blame:self",
  ],
  [
    "The partners bring their own devices, their own apps and their own rules.",
    "blame:emp conflict",
  ],
  ["The firm is small enough that I know everyone by name. It makes a difference.", ""],
  [
    "A lot of security people, me among them, forget that staff have a day job.",
    "blame:sec blame:self",
  ],
  ["I only get invited to meetings after the decisions are made.", "power"],
  [
    "Staff forward me suspicious emails and I don't always get back to them. That's on me.",
    "blame:self comm",
  ],
  ["Senior associates treat the training as beneath them.", "blame:emp"],
  ["I'm sick of explaining the same thing every single month.", "feel"],
  [
    "The directors listen, they fund what I ask for within reason, and they ask good questions.",
    "",
  ],
  [
    "It's all email. I'm on a different floor and it might as well be a different city.",
    "distance comm",
  ],
  [
    "The legal assistants are terrified of the partners finding out about a mistake, so they come to me on the quiet.",
    "feel power",
  ],
  [
    "Our monthly security report goes to the board and I've never had a single question back.",
    "distance",
  ],
  [
    "I probably made them hate MFA by rolling it out in the middle of year end. Bad timing, my call.",
    "blame:self conflict",
  ],
  ["No complaints from me. People try hard.", ""],
  ["The firm's IT partner assumes everyone's technical. They're not.", "blame:sec comm"],
  ["People hide their personal devices from me, like I'm going to confiscate them.", "distance"],
  ["I feel a bit useless when the partners say no to the things that matter.", "feel power"],
  [
    "The account directors think data protection is something you do at the end of a project.",
    "blame:emp conflict",
  ],
  [
    "We had a near-miss with a fake CEO email and the PA who spotted it got a bottle of wine. Good culture.",
    "",
  ],
  [
    "Our policies were written to pass audits, not to be understood. That's the compliance side, which is me.",
    "blame:self blame:sec comm",
  ],
  ["Fee earners and IT barely speak unless there's a fire.", "distance comm"],
  [
    "My team's answer to everything is 'raise a ticket'. I'm starting to hate the phrase myself.",
    "blame:sec comm feel",
  ],
  ["Junior consultants are great, it's the partners who need babysitting.", "blame:emp"],
  ["There's a lot of goodwill here. Even when people are annoyed they're fair.", ""],
  ["I've noticed people go quiet when I walk into the kitchen.", "distance power"],
  [
    "The founders set security direction over dinner and I get a WhatsApp the next morning.",
    "power comm",
  ],
  ["I was too quick to call staff careless in my first report. It wasn't fair.", "blame:self"],
  [
    "When clients ask about our security, the partners answer confidently themselves. They know the setup.",
    "",
  ],
  ["honestly im just tired", "feel"],
  [
    "The MSP says it's always the users, the users say it's always the MSP. I'm stuck in the middle.",
    "conflict",
  ],
  ["Our consultants are sharp and sceptical, which makes them hard to phish. Love it.", ""],
  ["The only feedback I ever get is when a control stops someone working.", "comm conflict"],
  ["Some of the older partners call me 'the boy' even though I'm 41.", "power feel"],
  ["We've got champions in each team now and it's changed how people talk to me.", ""],
  ["I don't have a seat at the table, I have a chair by the door.", "power"],
  ["Most incidents come from people being rushed, not stupid.", ""],
  ["I've had staff tell me they'd rather lose a day's work than call IT.", "distance"],
  ["Annual training is dull and I built it. I know.", "blame:self"],
  ["The partners hand security to me entirely and never look at it again.", "distance"],
  [
    "Staff find the security team's Teams channel about as friendly as a tax return.",
    "comm blame:sec",
  ],
  [
    "Project leads now start the impact assessment themselves before they ask me. Didn't used to be like that.",
    "",
  ],
  ["The admin team are my eyes and ears. They trust me and I'd back them every time.", ""],
  [
    "Annoyed at myself for not spotting the unpatched server before the pen testers did.",
    "blame:self feel",
  ],
  [
    "There's a real fear of being the one who caused a breach, and I don't know how to shift it.",
    "feel",
  ],
  [
    "The IT lead before me ran things like a bunker. We're still tunnelling out.",
    "blame:sec distance",
  ],
  ["Honestly, they're on top of it. I rarely need to chase.", ""],
  ["The consultants keep client data on laptops far longer than the contract allows.", "blame:emp"],
  [
    "I catch myself sighing when someone asks a basic question. I hate that.",
    "blame:self feel comm",
  ],
  ["The managing partner listens to the IT contractor over me every time.", "power"],
  ["I always assumed people would read the policies. That was naive of me.", "blame:self distance"],
  ["Partners ring my mobile at ten at night and expect an answer.", "power"],
  ["We're a good team, me and the office manager. She knows everyone, I know the systems.", ""],
  ["I send the breach stats every quarter. Silence.", "distance"],
  [
    "The biggest problem in security is security people who can't talk to humans.",
    "blame:sec comm",
  ],
  [
    "Support staff ask permission for everything, even things they don't need to. I think they're intimidated.",
    "power feel",
  ],
  ["I think I've lost the trust of the tax team after the last rollout.", "blame:self distance"],
  ["I'm not sure the partners know what a DPO does, and they don't want to.", "distance"],
  [
    "Fee earners don't get why I can't just 'turn off' the retention policy for one matter.",
    "conflict",
  ],
  ["Had a lovely thank-you from a secretary after I helped her with a scam text her mum got.", ""],
  [
    "The directors get a wall of jargon from our IT supplier and then ask me what it means. I'm the interpreter.",
    "comm blame:sec",
  ],
  ["I feel like security is my personal crusade and nobody else signed up.", "feel distance"],
  [
    "I messed up the offboarding for a departing partner and his access lingered for a month.",
    "blame:self",
  ],
  [
    "Our helpdesk logs every call as user error. That tells you how they see people.",
    "blame:sec power",
  ],
  ["It's a respectful relationship. I don't dictate and they don't dismiss.", ""],
  ["People only remember security exists the week after a news story.", "distance"],
  ["The assistants worry they'll be sacked for clicking a link.", "feel power"],
  [
    "A partner told clients the email outage was down to me, with me standing right there. Never apologised.",
    "power feel conflict",
  ],
  [
    "I'm frustrated with my own team, they'd rather write rules than talk to people.",
    "blame:sec feel comm",
  ],
  ["Staff treat password managers like a burden I invented to annoy them.", "conflict"],
  ["Nothing's perfect, but people here care about client confidentiality and it shows.", ""],
  [
    "Our new paralegal asked if she could sit in on the incident review. Best question I've had all year.",
    "",
  ],
];
