import type { RawExample } from "./types.js";

/** Security leads and IT managers in firms of 20-250 on what works and what doesn't with staff and the board (part 4). Written fresh for Rapport (brief BX). */
export const VOICES_BX_4: readonly RawExample[] = [
  ["The staff here are sharp. They caught a fake Microsoft login page before our filters did.", ""],
  ["I'm on the org chart under facilities. That tells you everything.", "power"],
  ["Honestly I've been lazy about thanking people who report things. That's on me.", "blame:self"],
  [
    "awareness sessions: nobody comes. awareness emails: nobody reads. awareness posters: someone nicks the blu-tack.",
    "distance",
  ],
  ["Honestly our MSP is great, proactive, they flag things to me before I even ask.", ""],
  ["I feel like I'm always apologising for decisions I didn't make.", "feel power"],
  ["Nobody hides mistakes here anymore. That took a deliberate effort from the top.", ""],
  ["With the hybrid setup I basically never see half the staff face to face.", "distance comm"],
  [
    "Most of my interactions are tickets. No faces, no names, just ticket numbers.",
    "comm distance",
  ],
  ["One of our admins told a user 'RTFM'. We had a long chat after that.", "blame:sec comm"],
  [
    "People are scared to admit they've clicked, because of how management react, not me.",
    "power distance",
  ],
  ["Really pleased with how the warehouse took to the new badge system. No grumbles at all.", ""],
  [
    "Got told to stop 'scaring people' after I shared a real attack we'd had. But they needed to know.",
    "power",
  ],
  [
    "The partners are absolutely convinced they're too clever to be phished. They aren't.",
    "blame:emp",
  ],
  [
    "I don't have a budget. I have a conversation with the FD every time I need something.",
    "power",
  ],
  ["The FD and I get on brilliantly these days. We talk numbers, not threats.", ""],
  [
    "Spent a week building a lovely awareness course. Completion rate 11%. I could cry.",
    "feel distance",
  ],
  [
    "I'm hopeless at selling security. I know what needs doing but I can't get the board excited.",
    "blame:self",
  ],
  [
    "I let the relationship with the board drift. Stopped asking for time, so they stopped giving it.",
    "blame:self distance",
  ],
  ["The culture here is 'ask forgiveness, not permission', and I'm the permission.", "conflict"],
  [
    "I've been sidelined since the new COO arrived. Meetings I used to attend just stopped inviting me.",
    "power",
  ],
  ["I think people like our security team. They bring us weird stuff all the time now.", ""],
  [
    "The designers keep emailing files to their personal accounts to work from home. Because our VPN is a joke.",
    "conflict blame:sec",
  ],
  [
    "People are too trusting. Someone rings claiming to be the bank and they just go along with it.",
    "blame:emp",
  ],
  [
    "Explained the new password policy three times in plain English and still got 'why are you doing this to us'.",
    "conflict",
  ],
  ["The champions pick the topic for each month's session. Turnout doubled.", ""],
  [
    "Sometimes I go a month without speaking to the MD. Then it's an emergency call at 11pm.",
    "comm distance",
  ],
  [
    "No one has ever been disciplined for reporting a phish here, and everyone knows it. That's the trick.",
    "",
  ],
  ["i feel like the office killjoy tbh", "feel"],
  ["It's hard when your own boss jokes about 'the fun police' in meetings.", "feel"],
  ["IT here have a reputation for being rude, and honestly it's earned.", "blame:sec"],
  ["The CEO's ex-military, takes security seriously and backs me completely.", ""],
  ["I'm probably guilty of assuming people know things they don't.", "blame:self comm"],
  ["I'd say 90% of staff would ring me straight away if something felt off.", ""],
  [
    "We've got a handful of people who will always click. It's basically a personality trait.",
    "blame:emp",
  ],
  [
    "It's a constant fight to get five minutes with the leadership team, and I'm supposed to be on it.",
    "power",
  ],
  [
    "Not proud of it, but I've pushed a few things through without explaining, just to get them done.",
    "blame:self comm",
  ],
  [
    "Our support contract means staff get a different face every time. Nobody builds any trust.",
    "distance blame:sec",
  ],
  ["The finance team are the best at this. Paranoid in the right way.", ""],
  [
    "Honestly I feel a bit useless. I recommend, nobody acts, and when it goes wrong I'm asked why.",
    "feel power",
  ],
  ["why is it always IT's fault when someone leaves their laptop on a train", "feel"],
  [
    "Sorry, but some people just shouldn't have admin rights, and those people are usually managers.",
    "blame:emp",
  ],
  [
    "Quarterly 'ask me anything' online, cameras off, anonymous questions. Surprisingly popular.",
    "",
  ],
  [
    "They don't come to me because I'm 'always busy'. I'm busy because they don't come to me.",
    "distance",
  ],
  [
    "I can hear myself getting preachy in sessions and I can see people switch off.",
    "blame:self distance",
  ],
  ["The security champions meet monthly and honestly they've become friends.", ""],
  ["Some champions volunteered just to get out of their day job for an hour. Fine by me.", ""],
  [
    "Our ops manager tells staff to 'just click yes' on every security prompt so they don't get slowed down.",
    "conflict blame:emp",
  ],
  ["the way leadership talk about 'the IT guys' is honestly demeaning", "power feel"],
  [
    "Got talked over in the board meeting by someone who'd read one article about AI.",
    "power feel",
  ],
  [
    "The board rang me when the supplier breach hit the news, to ask if we were affected. Proper engagement.",
    "",
  ],
  ["People report stuff to me now. Lots of false alarms, but I'll take those all day.", ""],
  ["We used to have a frosty IT-versus-everyone vibe. A new team lead fixed it within a year.", ""],
  ["The MSP's helpdesk makes people feel stupid. I've complained twice.", "blame:sec power"],
  [
    "Engineers won't accept anything from me unless I can prove it in code. Exhausting.",
    "conflict",
  ],
  ["Senior staff go round me to the MSP to get things unblocked.", "distance"],
  [
    "Our MSP happily unblocks sites for directors without telling me. Undermines the whole point.",
    "blame:sec power",
  ],
  ["I'm the only woman in IT here and some of the older directors talk down to me.", "power comm"],
  ["honestly most people are really nice about it once I explain why", ""],
  [
    "A member of staff cried because she thought she'd be sacked over a phishing click. That's on us as a company.",
    "power feel",
  ],
  [
    "I don't speak their language. I say 'endpoint', they say 'laptop'. I'm trying.",
    "comm blame:self",
  ],
  [
    "The practice manager shuts down every security conversation with 'we've never had a problem'.",
    "conflict",
  ],
  [
    "It's demoralising when you plan something for weeks and the MD cancels it that morning.",
    "feel",
  ],
  ["Staff get a small voucher for good reports. Cheap, effective.", ""],
  [
    "I sit in the middle of the open-plan on purpose. Hard to be the scary security guy when you share a bin.",
    "",
  ],
  ["I'd love to know how many incidents never reach me. I suspect it's a lot.", "distance feel"],
  [
    "Nobody reads the acceptable use policy and I don't blame them, it's 30 pages of legalese.",
    "comm blame:sec",
  ],
  ["I wrote that policy. I'm not proud of it.", "blame:self"],
  [
    "Our last pen test firm sent a junior who lectured the staff like schoolkids. Did us real damage.",
    "blame:sec comm",
  ],
  ["Once they see you fix things quickly, they trust you with the harder conversations.", ""],
  [
    "We're 60 people and I'm the whole security department plus half of IT. Nobody upstairs finds that odd.",
    "power",
  ],
  ["We put a security check into the project kickoff template, so I'm in from day one.", ""],
  ["Honestly can't fault the leadership team on this. They've backed every sensible request.", ""],
  [
    "Sales are the worst. They'll forward anything, open anything, install anything if it helps close a deal.",
    "blame:emp",
  ],
  ["My manager says I should be 'more commercial'. I think she means quieter.", "power"],
  ["I love this job on the days people come to me first. Those days are getting more common.", ""],
  ["Every new system gets a quick chat with me first. It's just how we do things now.", ""],
  [
    "When I arrived nobody would even make eye contact with IT. Now we have a Friday quiz team together.",
    "",
  ],
  [
    "I've made mistakes. Rolled out MFA with no warning and locked people out before a client deadline. They still mention it.",
    "blame:self conflict",
  ],
  ["People aren't scared of me. I made sure of that.", ""],
  [
    "The in-house IT team never documented anything, so every fix takes three times as long and staff blame me.",
    "blame:sec feel",
  ],
  ["honestly losing patience. same mistakes, same people, every single month", "feel blame:emp"],
  ["I'm the 'computer says no' guy. I hate that role.", "feel conflict"],
  ["IT and security sit with the customer team on Wednesdays. Lots of small wins.", ""],
  ["People are honest with me because I've never once got anyone in trouble.", ""],
  [
    "Maybe the silence is my fault. I never really made the effort to know people outside IT.",
    "blame:self distance",
  ],
  ["Reception tells me people call me 'the hall monitor'. Great.", "conflict"],
  [
    "Directors keep asking for admin rights 'just in case'. Saying no to your bosses is a special kind of fun.",
    "power conflict",
  ],
  ["Five-minute slot in the Friday all-hands. Light, funny, one message. Works.", ""],
  [
    "Our helpdesk closes tickets without checking anything's fixed. Staff have stopped bothering to raise them.",
    "blame:sec distance",
  ],
  ["I'm told about data breaches by our clients before our own staff tell me.", "distance"],
  [
    "It makes me feel small when the MD says 'just do your techy thing' and walks off.",
    "power feel",
  ],
  [
    "I genuinely think our staff are the best defence we have. They've proved it twice this year.",
    "",
  ],
  [
    "The comms team rewrote my breach notice and took out everything useful. I wasn't asked.",
    "power conflict",
  ],
  ["our directors are the worst offenders and the first to complain", "blame:emp conflict"],
  [
    "I hate that my phishing tests are probably the main reason some people dislike me.",
    "feel conflict",
  ],
  ["We invite staff to help design the next phishing test. They love tricking each other.", ""],
  [
    "They brought in a consultant to review 'security culture' and didn't tell me until he asked for my diary.",
    "power",
  ],
  [
    "Not being told things is the worst part. Not the attacks, not the hours. Not being told.",
    "feel distance",
  ],
  [
    "The managing partner calls me 'our computer man'. I'm a qualified security architect.",
    "power feel",
  ],
  [
    "We lost a good developer partly because we were so rigid about tooling. That's on us.",
    "blame:sec blame:self",
  ],
  ["The office manager and I swap notes on anything odd. Low-key, works.", ""],
  [
    "Security people in general are awful at explaining themselves. I was, for years.",
    "blame:sec comm blame:self",
  ],
  ["I'm exhausted from justifying backups to people who lost everything in 2019.", "feel"],
  ["The operations director is my biggest ally. Comes to me before any new system goes in.", ""],
  ["I honestly think I make people nervous and I don't know how to fix it.", "blame:self feel"],
  [
    "Staff ignore the external email banners. They've seen them so often they're wallpaper.",
    "distance",
  ],
  [
    "Our banners were overkill, every email had one. Of course people tuned out. Our fault.",
    "blame:sec",
  ],
  ["They say I'm paranoid. I say I read the news.", "conflict"],
  [
    "When things go well it's invisible. When they go badly it's my name on the incident report.",
    "feel",
  ],
  [
    "The MD told me to 'stop sending scary emails' to staff. So now I send nothing.",
    "power distance comm",
  ],
  [
    "i try to keep it light, i really do, but there's only so many times you can say 'please lock your screen' nicely",
    "feel blame:emp",
  ],
  [
    "One-to-one chats beat any training platform. Ten minutes at someone's desk changes how they see you.",
    "",
  ],
  [
    "The admin team keep a notebook of passwords in the drawer. When I asked about it they got very defensive.",
    "conflict blame:emp",
  ],
  [
    "The Manchester team have never met me. To them I'm a name on a blocked-site page.",
    "distance comm",
  ],
  ["I'd call it a good relationship with a couple of grumpy exceptions.", ""],
  ["Honestly not sure anyone would notice if I left.", "feel distance"],
  ["I'm my own worst enemy. I over-explain and people tune out.", "blame:self comm"],
  [
    "I feel I have to be perfect, because the moment I slip they'll say security doesn't know what it's doing.",
    "feel power",
  ],
  [
    "The dev lead and I have a great rapport. We argue constructively and he always brings me in early.",
    "",
  ],
  [
    "The warehouse staff said nobody had ever asked them about security. So I did. They had loads of ideas.",
    "",
  ],
  [
    "Tbh some of my IT colleagues are the worst offenders. Shared admin passwords, no MFA, 'we know what we're doing'.",
    "blame:sec",
  ],
  [
    "I was brought in to 'sort security', and now every change I propose needs three directors to agree.",
    "power conflict",
  ],
  [
    "It's tiring being treated like a suspect when I'm investigating an incident. I'm trying to help them.",
    "feel",
  ],
  [
    "I left my last firm because they only called me when something had exploded. Here they talk to me every week.",
    "",
  ],
];
