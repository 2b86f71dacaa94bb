import type { RawExample } from "./types.js";

/** Service-desk agents, in-house and at an MSP, on VIPs jumping the queue, abuse and being blamed. Written fresh for Rapport (brief CO). */
export const VOICES_CO_2: readonly RawExample[] = [
  [
    "The CFO logs a ticket, emails my manager, and then rings me, all inside ninety seconds.",
    "power conflict",
  ],
  [
    "First job of the day is the same three people who forgot their passwords over the weekend.",
    "",
  ],
  [
    "I'm not allowed to tell a senior partner his laptop needs a rebuild, I have to 'suggest' it.",
    "power",
  ],
  ["Someone told me to 'just do my job' when I asked which floor they were on.", "conflict power"],
  ["Being sworn at is apparently just part of the role.", "conflict feel"],
  [
    "People ignore the auto-reply with the ticket number and just email again, and again.",
    "blame:emp",
  ],
  [
    "Honestly we deserve some of the stick, the ticket system sends people ten emails for one issue.",
    "blame:sec comm",
  ],
  ["The lads in the depot ring about once a year and every time it's lovely, pure gratitude.", ""],
  ["Can't count how many times I've been told 'you people are useless'.", "conflict feel"],
  [
    "Some managers use us as a threat, 'I'll get IT to check your browsing' sort of thing.",
    "power",
  ],
  [
    "I worry more about the quiet departments than the noisy ones, the quiet ones are hiding stuff.",
    "distance feel",
  ],
  ["Our users are mostly older and a bit nervous but very kind.", ""],
  ["The blame game after an incident is brutal, everyone points at the desk first.", "feel power"],
  [
    "When I took the job I didn't realise how much of it would be soaking up other people's anger.",
    "feel",
  ],
  [
    "Got a bunch of flowers from reception after I fixed the door entry system. Not even my area!",
    "",
  ],
  [
    "Asked her to describe the error and she said 'it's the usual one'. No idea what the usual one is.",
    "comm",
  ],
  ["They'll sit with a broken mouse for two weeks rather than call us.", "distance"],
  ["He thinks because he signs off the IT budget he owns us.", "power"],
  [
    "We moan about the users but we never actually ask them what they need from us.",
    "blame:sec distance",
  ],
  ["I'm always the one who answers, so I'm always the one who gets it in the neck.", "feel"],
  [
    "A partner demanded I unlock a leaver's mailbox right now, no approval. I did it. I shouldn't have.",
    "power blame:self",
  ],
  ["Compliments are rare but they're genuine when they come.", ""],
  ["Everyone in the office knows Kev from the desk, he's got a great rapport with people.", ""],
  ["The marketing team see every security control as us being difficult on purpose.", "conflict"],
  ["Calls go so much better on video, once they see a face they soften right up.", ""],
  [
    "Forty percent of our volume is the same dozen people, and to be fair most of it's our broken VPN.",
    "blame:sec",
  ],
  [
    "I'm honestly a bit frightened of the head of sales, she screams down the phone.",
    "feel power conflict",
  ],
  ["Nobody ever rings to tell us something's working.", "comm"],
  ["Overheard someone call us 'the department of no'. Stung a bit.", "feel conflict"],
  [
    "If someone gets phished, management ask what the desk did wrong before anything else.",
    "power feel",
  ],
  [
    "Users will share their login with a colleague rather than wait a day for us to set up access.",
    "blame:emp conflict",
  ],
  ["I've been on the desk eleven years, I know most of the company by voice.", ""],
  ["The execs get their own number to ring. The rest of us plebs share the main queue.", "power"],
  [
    "Someone called me a liar because the fix took longer than I'd said. Fair enough, I'd guessed wrong.",
    "blame:self conflict",
  ],
  ["I don't bother chasing the branch offices any more, they never get back to you.", "distance"],
  [
    "Our outage comms are one line saying 'issue under investigation'. No wonder they ring us.",
    "comm blame:sec",
  ],
  ["When someone finally says thank you after a week-long issue, it's weirdly emotional.", ""],
  [
    "We have a list of 'VIP users' and it's basically just whoever shouts loudest.",
    "power conflict",
  ],
  [
    "Some of the younger staff are really switched on, they send screenshots and steps, it's a joy.",
    "",
  ],
  ["I know I sound patronising sometimes. I'm working on it.", "blame:self comm"],
  [
    "People are embarrassed to ring about simple things, so they don't, and it gets worse.",
    "distance feel",
  ],
  ["Every audit finding lands on the desk even when a user caused it.", "power blame:emp"],
  ["The finance lot ring as a team, put us on speaker and all talk at once.", "conflict"],
  [
    "There's zero contact with their managers unless one of their people has complained.",
    "distance comm",
  ],
  [
    "A user told me she'd rather ask her son than ring us because we make her feel stupid.",
    "distance power",
  ],
  ["We're on first-name terms with most of the floor, it's a nice place to work.", ""],
  [
    "Some clients think they've bought a personal IT butler for the price of a coffee a day.",
    "power conflict",
  ],
  [
    "Clients who haven't rung in six months suddenly call with 'everything's down' and it's been broken for weeks.",
    "distance comm",
  ],
  ["Some clients are brilliant, they email a clear description and wait. Easy.", ""],
  ["I get anxious before I pick up the VIP line.", "feel power"],
  [
    "I don't understand half of what the security team sends round, so how are users meant to.",
    "comm blame:sec",
  ],
  [
    "The owner's wife does her online shopping on the company laptop and we're not allowed to say a word.",
    "power",
  ],
  ["nice when a client remembers your name", ""],
  [
    "I forgot to call a user back and she waited in all day. My fault, plain and simple.",
    "blame:self",
  ],
  [
    "They open a ticket, we ask a question, they never reply, then complain it wasn't fixed.",
    "distance conflict blame:emp",
  ],
  ["Little thing, but the reception team always ask how I am before launching into the issue.", ""],
  ["No amount of training stops people reusing the same password everywhere.", "blame:emp"],
  ["The MD rings, I jump. That's just how it works here.", "power"],
  [
    "Got screamed at by a client because their own broadband provider was down. Not even us.",
    "conflict feel blame:emp",
  ],
  ["Honest truth, first line is taking the blame for everyone else's mistakes.", "feel power"],
  [
    "The dental practices we look after are great, they book visits ahead and always have the kettle on.",
    "",
  ],
  [
    "We bill by the hour, so some clients won't ring until it's a disaster, to save money.",
    "distance",
  ],
  [
    "I'm pretty sure I'm the reason that client went elsewhere, I botched their email migration.",
    "blame:self feel",
  ],
  [
    "Our engineers can be arrogant with clients and I'm the one smoothing it over afterwards.",
    "blame:sec conflict",
  ],
  [
    "Clients hate our two-factor rollout and to be honest I think it was rushed.",
    "conflict blame:sec",
  ],
  ["Some users just want a human to listen for a minute before we fix anything. That's fine.", ""],
  [
    "The shouting I can take. It's the threats to get me sacked that get to me.",
    "feel power conflict",
  ],
  [
    "Managers want their tickets bumped and then moan that the service is slow for their team.",
    "power conflict",
  ],
  ["One lady has rung every Thursday for three years. We sort of look forward to it now.", ""],
  ["I'd love to visit the sites but we're never given the time, it's all remote.", "distance"],
  [
    "The moment security comes up, people go defensive like we're accusing them of something.",
    "conflict",
  ],
  [
    "Hand on heart, most of the tickets I see are from people who never read the instructions.",
    "blame:emp",
  ],
  ["I explain it step by step and still get 'can't you just do it for me'.", "conflict"],
  ["The worst is being put on hold by the user while they finish their other call.", "power"],
  [
    "Our on-call rota is a joke, callers wait hours and I'm the one who has to say sorry.",
    "blame:sec feel",
  ],
  [
    "A few months back we were getting real abuse from the night shift, but their manager stepped in and it's stopped.",
    "",
  ],
  [
    "Regulars are the best early warning we've got, if Jean can't print the print server's dying.",
    "",
  ],
  ["I never chase feedback because I don't want to hear it.", "distance feel blame:self"],
  [
    "We're told to be warm but every call is timed. Hard to be friendly with the clock ticking.",
    "power",
  ],
  ["Lots of calls start with 'sorry, this is probably a stupid question'. It never is.", ""],
  ["The solicitor I spoke to this morning treated me like a child.", "power feel"],
  ["I send a fix, they reply 'didn't work', no detail. Repeat five times.", "comm conflict"],
  ["We don't really know the client staff, just whoever signs the contract.", "distance"],
  ["I'm the new one so I get the difficult callers, which feels a bit like a test.", "feel power"],
  [
    "A client's office manager wrote me a LinkedIn recommendation after a rough month. Proper chuffed.",
    "",
  ],
  ["I'll admit I've hung up on someone. Not proud of it.", "blame:self conflict"],
  [
    "The people who most need the training are the ones who never turn up to it.",
    "blame:emp distance",
  ],
  ["We get blamed for Microsoft outages. Every time.", "conflict"],
  ["When the boss's son joined as an intern his tickets somehow always went to the top.", "power"],
  ["It's hard when a caller cries. Nobody trains you for that.", "feel"],
  ["Half the office still thinks IT reads their emails for fun.", "conflict"],
  [
    "Our security lead sends policy changes out at 5pm and leaves me to field the calls next morning.",
    "blame:sec comm feel",
  ],
  ["I prefer the chatty callers, even the ones who waffle a bit.", ""],
  ["They'd rather Google it and break it worse than ring us.", "distance blame:emp"],
  [
    "I messed up the permissions on the shared drive and half of HR could see payroll for a morning. Still feel sick about it.",
    "blame:self feel",
  ],
  [
    "Not sure why but the engineering team never contact us at all, they fix their own stuff.",
    "distance",
  ],
  ["She asked for 'someone more senior' about ten seconds after I said hello.", "power conflict"],
  ["A bit of banter with the regulars makes the job, genuinely.", ""],
  [
    "I didn't notice the warning in the log and it turned out to be the start of the breach. That one haunts me.",
    "blame:self feel",
  ],
  ["Users forget we're people too.", "feel"],
  [
    "Anything I write in a ticket can be used against me later, so I write as little as I can.",
    "feel comm",
  ],
  [
    "We used to argue with the warehouse constantly about the scanners, these days they're one of our easiest sites.",
    "",
  ],
  ["Truth is, our patching schedule causes a lot of the calls we get.", "blame:sec"],
  ["Some people just ring to vent and I let them, it's fine.", ""],
  ["The higher up the ladder, the less they think the rules apply to them.", "power conflict"],
  ["Nobody reports a lost phone until three days later.", "distance blame:emp"],
  [
    "The call centre staff get told off if they're on hold to us too long, so they get snappy. Not really their fault.",
    "conflict",
  ],
  [
    "We had a rough patch with the architects over file sizes but we sat down together and sorted it. Fine now.",
    "",
  ],
  ["i just say yes to the big bosses, easier than the fallout", "power distance"],
  ["The caller is polite, the fix is quick, nobody writes home about it. That's most days.", ""],
  [
    "I was too blunt with a new starter on her first morning and she's avoided us ever since.",
    "blame:self distance",
  ],
  [
    "A manager barged in mid-call and told me to hang up on the person I was helping.",
    "power conflict",
  ],
  [
    "Not one person from the sales office has ever rung to report a dodgy email. Not one.",
    "distance blame:emp",
  ],
  [
    "The security team never talks to us, we hear about new rules from the callers.",
    "comm distance blame:sec",
  ],
  ["Honestly, the abuse is rare here. Maybe one bad call a month.", ""],
  ["Even when it's clearly their mistake I feel like I have to apologise.", "power feel"],
  ["When I ask how they got the virus they say 'I didn't do anything'. Every time.", "blame:emp"],
  [
    "Regulars who ring about the same issue every week are usually right that we never fixed it.",
    "blame:sec",
  ],
  ["We get thanked more in the care homes than anywhere else we support.", ""],
  ["The phone rings and my heart rate goes up. That's where I am with this job.", "feel"],
  [
    "I don't get told when a ticket I escalated is resolved, so the user ends up telling me.",
    "comm blame:sec",
  ],
  [
    "Some callers spell everything out for me really slowly like I'm the one who doesn't understand.",
    "power conflict",
  ],
  [
    "I'm careful now, I write everything down, because last time I didn't and it was my word against a director's.",
    "feel power",
  ],
  [
    "Ticket comes in, gets auto-acknowledged, triaged within fifteen minutes. That's the target.",
    "",
  ],
  ["Half the 'broken' laptops are just unplugged.", "blame:emp"],
];
