import type { RawExample } from "./types.js";

/** Staff of small and medium firms telling short stories about their IT/security people, part 2. Written fresh for Rapport (brief BB). */
export const VOICES_BB_2: readonly RawExample[] = [
  [
    "At the garage we share one computer for parts orders and IT changed the login to individual accounts without warning. Three mechanics stood around for half an hour on a busy Monday. When I rang to ask, they said there had been an email, which none of us ever read because we're under cars all day.",
    "conflict comm",
  ],
  [
    "The woman who handles security for our chain of pharmacies visits each branch once a quarter. She always asks what's annoying us and actually writes it down. I look forward to it, weirdly.",
    "",
  ],
  [
    "I once asked why we can't use Dropbox and got a fifteen-minute monologue about data sovereignty. I nodded along. I still don't know the answer.",
    "comm",
  ],
  [
    "They're helpful enough, but I've noticed they only talk to the partners properly. The rest of us get a canned reply.",
    "power comm",
  ],
  [
    "Positive experience: our physio clinic moved to a new booking system and the IT contractor sat at reception with us for the whole first day. Any glitch, she fixed it there and then.",
    "",
  ],
  [
    "i feel like i'm always apologising to them. sorry to bother you, sorry it's me again. they're nice about it but i still feel like a pest",
    "feel",
  ],
  [
    "Our newest warehouse lads keep plugging random USB sticks into the scanners, so honestly I understand why IT got strict. It's not them, it's us.",
    "blame:emp",
  ],
  [
    "The helpdesk reply was 'Have you tried turning it off and on again?' for the third time in a week. I had. Three times. They clearly don't read the tickets.",
    "blame:sec",
  ],
  [
    "When our accounts got hacked, IT kept it very hush-hush. We only found out from a client who'd received a dodgy invoice from our address. That was embarrassing and I still don't know what happened.",
    "comm feel",
  ],
  ["It's a good relationship. I know who to call, they know my name, and problems get fixed.", ""],
  [
    "They installed something called DLP on our machines and now I can't attach drawings bigger than 10MB. I'm an architect. Everything is bigger than 10MB.",
    "conflict",
  ],
  [
    "Last year I was given a formal warning after the IT team flagged my internet usage. I'd been looking up medical stuff for my mum. Nobody asked me first, it just went straight to HR.",
    "power",
  ],
  ["Honestly I don't think about them much. My computer works, my emails arrive.", ""],
  [
    "I would say we have mutual respect. They don't treat me like I'm dim, and I don't dump silly tickets on them.",
    "",
  ],
  [
    "The security bloke calls himself a 'cyber evangelist' and every conversation with him is a sermon. I've started taking the long way round to the kitchen so I don't pass his desk.",
    "comm distance",
  ],
  [
    "My laptop got stolen from my car and I was terrified I'd lose my job. IT were brilliant, calm, and didn't make me feel like a criminal. Took the fear right out of it.",
    "",
  ],
  [
    "They're never around. Their office is always empty and the phone goes to voicemail. I think they're mostly remote now but nobody told us.",
    "conflict distance",
  ],
  [
    "I asked for help setting up a scanner for the reception desk. The tech guy rolled his eyes, said 'it's plug and play', and walked off. It wasn't plug and play.",
    "comm",
  ],
  [
    "The IT staff are genuinely nice people. But their emails are impenetrable, all acronyms and version numbers, and I usually have to ask a colleague to translate.",
    "comm",
  ],
  [
    "I'm a nurse at a care home and the new tablet system was rushed in. The IT rep was sympathetic, came back twice, and by week three it was actually working well.",
    "",
  ],
  [
    "We aren't allowed to speak to the security team directly. Everything goes through our office manager, who then emails them. It's like passing notes through a teacher.",
    "distance power",
  ],
  [
    "They blamed the outage on 'someone opening an attachment', and it turned out to be a power cut at their data centre. No apology.",
    "blame:emp",
  ],
  [
    "One of the IT guys noticed I was squinting at my screen and sorted me a bigger monitor without me asking. Small thing, made my month.",
    "",
  ],
  [
    "I'm not confident with computers and I'd rather struggle on than ring them. They're not unkind. I just feel daft explaining what I've done.",
    "distance feel",
  ],
  [
    "There's a lot of back-and-forth about the shared drive permissions. We need to see client files, they want everything locked down, and we end up in long email threads nobody wins.",
    "conflict",
  ],
  [
    "The security training was done by someone from head office over video, camera off, reading slides. I can't tell you a single thing I learned.",
    "comm",
  ],
  [
    "We had a cracking IT guy, Sam, who left last year. The new lot are fine, just not the same.",
    "",
  ],
  [
    "I told them the new password rules were making people write passwords down and they basically said that's our problem. Well, it's their problem when it gets stolen.",
    "conflict blame:emp",
  ],
  [
    "They answered my question within five minutes on a bank holiday. I didn't even expect a reply until Tuesday.",
    "",
  ],
  [
    "I think they're honestly a bit scared of us. When we complain in a group they go very quiet and then send an email later.",
    "distance comm",
  ],
  [
    "I once fixed the office wifi myself by restarting the router because IT said they'd 'get to it'. Three days later someone emailed asking if it was still down.",
    "distance blame:sec",
  ],
  [
    "They put a camera in the server room and a sign-in sheet on the stationery cupboard because it's next to it. Now we have to sign in to get a pen.",
    "power conflict",
  ],
  ["Not much to report. Occasional hiccups, quick fixes, no drama.", ""],
  [
    "I felt completely humiliated when they read out anonymised examples of bad passwords at the all-hands, because one was clearly mine. Everyone laughed. I changed it that afternoon.",
    "feel blame:emp",
  ],
  [
    "I have a good laugh with the IT team. They send memes about phishing that actually stick in your head.",
    "",
  ],
  [
    "They couldn't fix the till at the café for two days and we had to turn away card payments over a weekend. Lost a fair bit of money. Their only message was 'escalated to vendor'.",
    "conflict comm",
  ],
  [
    "I like that they don't hide behind the helpdesk. If you wander over, they'll help, even if it's not officially their job.",
    "",
  ],
  [
    "My manager and the IT lead clearly don't get along, and we're stuck in the middle. Every request becomes a political thing.",
    "conflict",
  ],
  [
    "They once emailed me at 11pm to say my account had been suspended 'pending investigation'. No detail. I didn't sleep. In the morning it turned out to be an automated false alarm.",
    "comm feel",
  ],
  [
    "The security team are faceless. You get pop-ups, policies and blocked sites, but you never meet a human.",
    "distance power",
  ],
  [
    "When I started at the law firm the IT manager gave me a proper hour-long induction, showed me the systems, and told me to come find him anytime. I did, often, and he never seemed bothered.",
    "",
  ],
  [
    "I'm sure it's something I'm doing wrong, but the scanner never sends to my email. I've stopped asking and just take photos on my phone.",
    "blame:self distance",
  ],
  [
    "They decided we don't need local admin rights anymore. Great in theory, but now the lab software can't update and we sit waiting for them for every single patch.",
    "conflict power",
  ],
  ["They are okay. A bit robotic in their emails, but they get things done.", "comm"],
  [
    "I got locked out right before an exam board submission and the IT lead stayed late to get me back in. I genuinely think she saved my job that day.",
    "",
  ],
  [
    "they call it 'zero trust' and boy do they mean it. i don't think they trust any of us to use a stapler",
    "power blame:emp",
  ],
  [
    "The IT contractor we use is very sharp but bills for every call, so the boss told us to only ring if it's on fire. So we don't ring.",
    "distance",
  ],
  [
    "I reported that a former employee still had access to the client database. They fixed it the same day and sent a proper thank-you. Felt good to be taken seriously.",
    "",
  ],
  [
    "Negative: they wiped my phone remotely when I reported it lost, including all my personal photos, and nobody had told me that would happen. I was gutted.",
    "comm feel",
  ],
  [
    "The relationship's a bit like with the council. You fill in forms, you wait, and eventually something happens or it doesn't.",
    "distance",
  ],
  [
    "I like the new guy, he's from our side of the business originally so he gets why we need things quickly. The old team never did.",
    "",
  ],
  [
    "Whenever there's a breach warning, it's the receptionists who get the extra training and the dirty looks. As if the directors never click anything.",
    "blame:emp power",
  ],
  [
    "Our IT is run by the owner's nephew. He's nice enough but clearly out of his depth; we had the same email problem for six months.",
    "blame:sec",
  ],
  [
    "They asked for volunteers to be 'security champions' in each team and I signed up. Now I meet them monthly and I actually understand why they do what they do.",
    "",
  ],
  [
    "I sent a ticket about the shared mailbox and got a reply two weeks later asking if it was still an issue. It wasn't, because I'd given up and set up a workaround.",
    "comm distance",
  ],
  [
    "It's fine day to day, but when something big goes wrong you can feel the tension in the room. They get defensive and we get shouty.",
    "conflict",
  ],
  [
    "I'm scared of them, honestly. Not as people, but because they can see everything and I don't really know what they do with it.",
    "feel power",
  ],
  [
    "They came and did a talk at our team day with real stories of scams that hit businesses like ours. It was the first security thing that didn't send me to sleep.",
    "",
  ],
  ["they're ok i guess. never really talk to them", "distance"],
  [
    "The security lead is brilliant but intimidating. He knows so much that I feel like I'm wasting his time with my little questions.",
    "feel power",
  ],
  [
    "When I joined the bakery I didn't even get an email account for three weeks. I kept asking my manager, who kept asking IT, and nobody seemed to know whose job it was.",
    "conflict distance",
  ],
  [
    "They handled a really dodgy situation with a client's data very professionally. Calm, clear instructions, no finger-pointing. I was impressed.",
    "",
  ],
  [
    "My colleague Lena keeps sending client files to her personal email to work at weekends. IT warned her twice. I don't blame them for being on her case.",
    "blame:emp",
  ],
  [
    "They patched our machines at 2pm on a Friday without notice, right in the middle of a client deadline. My machine restarted and I lost an hour's work. I wanted to scream.",
    "conflict comm feel",
  ],
  ["No complaints. They're straightforward and if something can't be done they tell you why.", ""],
  [
    "The IT team changed the phone system and now nobody can transfer calls. When I asked, they said we hadn't 'completed the training module'. Which nobody told us existed.",
    "blame:emp comm",
  ],
  [
    "I'm a bit of a dinosaur with tech so I really rely on them. They've been good, though sometimes I feel like I'm asking for the moon when I just want a printer to work.",
    "blame:self power",
  ],
  [
    "They fixed a problem I'd had for months in ten minutes once someone finally came to my desk. Why couldn't that have happened in March?",
    "conflict",
  ],
  [
    "I can't name anything negative. When my screen cracked they replaced it the next morning and didn't even ask how it happened.",
    "",
  ],
  [
    "They're very protective of 'their' network. Asking for a new device to be connected feels like asking for a kidney.",
    "power conflict",
  ],
  [
    "The IT manager called me 'sweetheart' while explaining my own job software to me. I know that software better than he does.",
    "comm power",
  ],
  [
    "It has gotten a lot better since they started sitting in the open office with us instead of in the back room. Now you can just ask.",
    "",
  ],
  [
    "I worry that if I report my own mistakes I'll get in trouble, so I sit on them and hope. I know that's the wrong way round.",
    "feel distance blame:self",
  ],
  [
    "Our security policy is a forty-page document in the shared drive. No one's read it. IT acts like we've all memorised it.",
    "comm",
  ],
  ["It's a professional relationship. We don't socialise but they're courteous and quick.", ""],
  [
    "When I forgot my password for the fourth time that month, the tech said 'again?' and laughed. I laughed too but it stung a bit.",
    "feel",
  ],
  [
    "My line manager ended up being told off by IT for something I did. That felt awful. I should have been the one to take the heat.",
    "blame:self feel",
  ],
  [
    "Our IT team runs a 'tech clinic' every Wednesday lunchtime where you bring your laptop and ask anything. I've learned loads.",
    "",
  ],
  [
    "The security folk seem to live in a different world. They talk about threat actors and attack surfaces while we're trying to get a delivery out the door.",
    "comm conflict",
  ],
  [
    "Honestly, I think they're overwhelmed and underpaid. When it goes wrong it's usually not their fault, it's the budget.",
    "",
  ],
  [
    "They took our team's shared login for the social media accounts and replaced it with individual accounts, which was a hassle for a week. Now I see why and I'm fine with it.",
    "",
  ],
  [
    "I asked a question in the IT chat channel and got a thumbs-up emoji. That was the whole response. Still no idea if anyone's doing anything.",
    "comm",
  ],
  [
    "Positive and negative. Positive: they're good at fixing things. Negative: they never tell you they've fixed it, so you find out by accident.",
    "comm",
  ],
  [
    "I don't think the owner trusts them and they don't trust us, so everyone's a bit on edge. You can feel it when they walk into a meeting.",
    "conflict feel",
  ],
  [
    "They were amazing when the building flooded. Servers moved, everyone working from home by lunch, not a single file lost.",
    "",
  ],
  [
    "The people who do our IT work for a company in another city. I've never met them. Emails come signed 'The Support Team'.",
    "distance",
  ],
  [
    "I had to get permission from IT to use a colour printer. A colour printer. For a marketing agency.",
    "power conflict",
  ],
  [
    "They're always courteous but there's a bit of 'we know best' about them. You don't really get to push back.",
    "power",
  ],
  [
    "I was nervous asking about the new system because I'd heard they were short with people. Turned out Hanna was lovely and really patient.",
    "",
  ],
  [
    "The phishing test email looked exactly like our payroll notice. Half the office clicked. IT seemed almost pleased with themselves, like they'd caught us out.",
    "blame:emp power",
  ],
  [
    "I'd rather wait for Mo from accounts to have a look than raise a ticket. He's quicker and he doesn't make you fill in a form.",
    "distance",
  ],
  [
    "When I raised a concern about staff data being in an unencrypted spreadsheet, the IT lead thanked me and sorted it within a day. Felt like my opinion mattered.",
    "",
  ],
  [
    "The helpdesk is in a different time zone so by the time they're online I've been stuck for half the day. It's really wearing me down.",
    "conflict feel",
  ],
  [
    "They're competent, I'll give them that. But they only ever speak to us when we've broken a rule.",
    "comm",
  ],
  [
    "In our dental practice it's one outside company, and they've been really reliable for years. Same two people every time, which helps.",
    "",
  ],
  [
    "i just feel stupid. every time. i don't know the words they use and i don't want to ask",
    "feel comm",
  ],
  [
    "They fixed the issue, but the engineer made a comment about how 'people like me' always break things. I'm not sure what he meant, but I didn't like it.",
    "blame:emp feel",
  ],
  [
    "It was going badly for a while, with lots of arguments about the remote access rules. Then we had a sit-down meeting and worked out a compromise. Much calmer since.",
    "",
  ],
  [
    "They set my screen to lock after two minutes. I'm a lab tech with gloves on half the day. I've asked, they've said no, end of story.",
    "conflict power",
  ],
  ["Pretty good. They're human about things, which isn't always the case with IT people.", ""],
];
