import type { RawExample } from "./types.js";

/** Shop-floor, depot, site and field staff answering open survey questions about their IT/security team. Written fresh for Rapport (brief CV). */
export const VOICES_CV_4: readonly RawExample[] = [
  [
    "They help. Then they give you a little talk about how you shouldn't have needed help. Every time.",
    "comm power",
  ],
  ["I wouldn't know, I've never needed them and I'd rather keep it that way.", "distance"],
  [
    "When the cold store sensors went offline over the weekend, security spotted the weird traffic before we even noticed. Helpful is an understatement.",
    "",
  ],
  [
    "Making sure nobody steals the formulas. We're a paint manufacturer, the recipes are everything. So they watch the lab staff like hawks, which the lab staff hate.",
    "power feel",
  ],
  [
    "Honestly I think their job is to cover themselves. If something goes wrong they can point at the training we all ticked.",
    "blame:sec blame:emp",
  ],
  [
    "Keep the network safe, yeah. They don't touch the machines on the line, that's the engineers, and the two lots can't stand each other.",
    "conflict feel",
  ],
  [
    "Only through the supervisors. We're not allowed to contact them directly, which is daft.",
    "distance power conflict",
  ],
  ["Good. They asked me to test the new handheld login before it went live. Felt listened to.", ""],
  ["they dont. they send stuff. we do stuff.", "comm distance"],
  [
    "I reported a strange USB stick in the post and they sent someone to collect it, then emailed the whole site saying 'someone' fell for it. I didn't fall for anything, I reported it!",
    "conflict comm feel",
  ],
  [
    "My worst was when they made me sit next to them while they went through my browser history. Never been so embarrassed, it was all holiday stuff.",
    "feel power",
  ],
  ["Bad experience? Not with them. With the software they buy, loads. Not their fault though.", ""],
  [
    "Good one was the password manager they gave us. Took ten minutes to show me, now I don't have forty post-its.",
    "",
  ],
  ["Can't remember a specific one. Just lots of small 'done, thanks' moments.", ""],
  [
    "Mate of mine in packing got phished and they didn't shame him at all, they just fixed it and moved on. Respect.",
    "",
  ],
  ["Yes. They always ask 'does that make sense?' and mean it.", ""],
  [
    "Mostly it's the word soup. I read 'mandatory conditional MFA enrolment' and switched off.",
    "comm",
  ],
  [
    "They say one thing, then the poster in the canteen says something else, then the supervisor says a third thing.",
    "comm",
  ],
  [
    "Not really, it makes me anxious because I'm never sure if I've done the thing they asked or not.",
    "comm feel",
  ],
  ["They're easy to talk to but the written stuff is heavy going.", "comm"],
  [
    "Transactional. You need something, you log it, you get it, nobody says hello.",
    "comm distance",
  ],
  [
    "Pretty good, they come in for a brew on their site visits and have a moan about head office like the rest of us.",
    "",
  ],
  [
    "We avoid them. Not because they're bad, just nobody wants to be the one who called security.",
    "distance",
  ],
  ["Tense. There's history. The lads haven't forgotten the camera thing.", "conflict feel"],
  [
    "Like being a tenant with a strict landlord who lives abroad. Rules arrive, landlord doesn't.",
    "power distance",
  ],
  ["They'd say it's great. They'd be wrong.", "conflict"],
  [
    "They'd say we're hard to reach. Fair, we're on the road all day and don't check email.",
    "distance",
  ],
  ["They'd probably say 'the warehouse? oh yeah, them'.", "distance"],
  ["They'd say friendly, I'd say friendly.", ""],
  [
    "They'd say they're always having to chase us about the training. They're right, I'm three months late.",
    "blame:self conflict",
  ],
  ["Good: they know their stuff. Bad: they assume we know it too.", "comm"],
  [
    "Good: quick. Bad: when they're quick it's because they've remoted in and changed something without saying.",
    "comm power",
  ],
  [
    "Good bits outweigh the bad. Bad bit is mainly the yearly training, which talks down to you something chronic, but it's short.",
    "comm",
  ],
  ["The bad is we hear about breaches at other firms before we hear anything from ours.", "comm"],
  [
    "I reckon they find us a bit exhausting. Fair enough, the amount of stuff we break.",
    "feel blame:emp",
  ],
  [
    "They treat us as the enemy. Everything's locked down like we're the hackers.",
    "power blame:emp",
  ],
  [
    "I think they like us. Hard to tell, they're quiet people and they never come down to the floor.",
    "distance",
  ],
  [
    "They rate the pickers highly. They said so at the town hall, we report more phishing than accounts do.",
    "",
  ],
  ["I don't think they think of us as employees, more as endpoints.", "distance"],
  ["Yeah helpful, though theres always a form", ""],
  ["They're helpful the way a traffic warden is helpful.", "conflict power"],
  ["They're good. I've had worse at other firms, much worse.", ""],
  ["What's their job? Don't ask me, ask them. I've only ever seen the emails.", "distance comm"],
  [
    "Making sure the scales and the stock system can't be tampered with, since those are money.",
    "",
  ],
  ["Saying no politely, mostly.", "conflict"],
  [
    "They come to our morning huddle once a month and do a two-minute thing. I like it, keeps it normal.",
    "",
  ],
  [
    "We raise it, they reply 'resolved' and close it before anything's actually fixed. So you raise it again.",
    "conflict blame:sec",
  ],
  ["Direct message on Teams, usually. Quick and easy.", ""],
  [
    "I was told to reinstall my navigation app three times by three different people. None of them had actually looked at my phone.",
    "comm blame:sec",
  ],
  [
    "They reported me to HR for using my personal email to send a delivery photo when the work one was down. HR laughed it off, but still. Felt like a criminal.",
    "power feel conflict",
  ],
  ["I don't have one. Haven't had much to do with them.", "distance"],
  [
    "Good one: after the flood at the unit, they had us back online from a portacabin within a day.",
    "",
  ],
  [
    "When my dad died and I missed the training deadline, they just quietly extended it. No fuss.",
    "",
  ],
  [
    "the guy who came out to set up the site cameras was lovely, explained everything to the old foreman twice without getting shirty",
    "",
  ],
  ["Got it first time. They used a picture of a fishing hook, easy.", ""],
  [
    "Not always. The instructions for the VPN assumed I had a laptop. I have a tablet and a van.",
    "comm conflict",
  ],
  ["They're getting better at it. Last year it was all jargon, this year it's normal words.", ""],
  ["Very. They don't do the jargon thing at all.", ""],
  ["Patchy. Good people, patchy contact.", "distance"],
  ["Friendly enough, but you wouldn't call them if you could avoid it.", "distance"],
  ["It's a bit like the dentist. You know they're good for you but you dread the visit.", "feel"],
  ["Solid. They know we've got a job to do and they fit around it.", ""],
  ["They'd say they've tried everything to get us engaged. And they have, to be fair.", "distance"],
  [
    "They'd say it's their hardest site. 200 agency staff, and they reckon every one of them is a walking data leak.",
    "blame:emp",
  ],
  [
    "They'd say 'positive'. They say everything's positive. Meanwhile nobody on the floor could tell you one of their names.",
    "distance",
  ],
  ["They'd probably say we're a pain. And we'd say they are. Swings and roundabouts.", "conflict"],
  ["Good: they don't micromanage. Bad: they're invisible until an audit.", "comm distance"],
  [
    "The good thing is it's improved since they moved a guy into the warehouse office. The bad thing is he's only there Tuesdays.",
    "",
  ],
  ["Good relationship, bad timing. Every update seems to land during peak.", "conflict"],
  ["Good and bad? It's just a relationship, there's days.", ""],
  [
    "I think they see us as the weak spot. Every slide at the training has a picture of a confused warehouse worker.",
    "blame:emp",
  ],
  ["They seem to like the drivers. They always ask how the routes are going.", ""],
  [
    "Honestly, I think they're a bit scared of the shop floor. They hurry through like it's a minefield.",
    "distance feel",
  ],
  ["I've never felt judged by them, which is more than I can say for some managers.", ""],
  ["They think we're all on our phones all day doing nothing. We're not.", "blame:emp conflict"],
  ["Most of them are alright. One of them's a bit of a know-it-all.", "power"],
  [
    "Helpful, yes. Fast, no. Last ticket took nine days and I'd already fixed it myself by then.",
    "conflict distance",
  ],
  [
    "they helped me when i got locked out but made me feel like an idiot in the process",
    "comm feel",
  ],
  ["Sound lads. Always help out.", ""],
  [
    "Stopping ransomware. Our sister plant got hit and was down for a fortnight, so we all get it now.",
    "",
  ],
  ["Honestly, I think they're there so the bosses can say they have a security team.", "blame:sec"],
  ["It's a job I wouldn't want. Everyone moans at you.", ""],
  [
    "We fill in the form, they say it's been escalated, then silence. You never know if anyone read it.",
    "comm power",
  ],
];
