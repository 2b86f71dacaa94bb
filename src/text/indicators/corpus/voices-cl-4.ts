import type { RawExample } from "./types.js";

/** Team leaders and floor supervisors at small customer-service outsourcing firms. Written fresh for Rapport (brief CL). */
export const VOICES_CL_4: readonly RawExample[] = [
  [
    "As a TL I meet the IT lead every fortnight and we go through what's bugging the floor. It helps.",
    "",
  ],
  ["My agents will click any link that promises a shift swap, honestly.", "blame:emp"],
  [
    "The new QA screen-capture tool went live with no training for team leaders. We found out from the agents.",
    "comm",
  ],
  [
    "I'm the one who always forgets to run the clean desk check before I leave, my manager has had words.",
    "blame:self",
  ],
  [
    "Security rules written by people who have never managed a queue of forty calls waiting.",
    "blame:sec distance",
  ],
  ["Call recording is mandatory for our client contract, it's just part of the job.", ""],
  ["Our IT support are great, they even stay late on go-live nights.", ""],
  ["When I escalate an agent's locked account, IT act like I'm bothering them.", "power feel"],
  [
    "New starters are a massive risk, they don't know the rules and half of them leave in a month.",
    "blame:emp",
  ],
  ["Security is a brick wall between my team and the client's systems.", "conflict blame:sec"],
  ["I'm a team leader and I still don't understand half of what IT send me.", "comm blame:self"],
  ["It's fine, we have a clear escalation route and it usually gets sorted same day.", ""],
  ["I used to dread going to IT but Sam on the service desk changed all that.", ""],
  [
    "They pulled my whole team off the phones for a mandatory security video at 11am on a Monday. Peak time.",
    "conflict power",
  ],
  ["My agents get genuinely anxious when the monitoring software pings.", "feel"],
  ["I should have spotted the vishing call pattern sooner, I'm kicking myself.", "blame:self"],
  [
    "Team leaders are expected to police the clean desk rules but nobody told us what the rules are exactly.",
    "comm conflict",
  ],
  ["The IT team here are patient and they never make you feel silly.", ""],
  ["We get the client's security policy forwarded with 'please comply' and nothing else.", "comm"],
  ["A lot of our agents are young and frankly don't take data protection seriously.", "blame:emp"],
  ["IT just say no, no explanation, no alternative.", "blame:sec comm"],
  ["I honestly don't know who's in charge of security here. Maybe nobody?", "distance"],
  ["We lost an hour of calls because IT pushed an update mid-shift. Again.", "conflict blame:sec"],
  ["Nice to have IT on the floor during the migration, made everyone calmer.", ""],
  [
    "I probably trip more security alerts than anyone on my team, I'm always on the admin pages.",
    "blame:self",
  ],
  [
    "Agents hide their phones in their sleeves to take pictures of rota screens. They'll always find a way.",
    "blame:emp",
  ],
  ["I feel like the IT director sees us as cost centres, not people.", "power feel"],
  [
    "Compliance and IT are really helpful when we onboard a new client, they walk us through everything.",
    "",
  ],
  [
    "The security officer only shows up when something's gone wrong and someone needs a written warning.",
    "comm power",
  ],
  ["Our monitoring setup's reasonable. Agents know it's there and what it's for.", ""],
  [
    "Half the floor has no idea what the USB lock is protecting, they just think IT are being awkward.",
    "conflict comm",
  ],
  ["i think we're mostly to blame tbh, we rush and dont check the sender", "blame:self"],
  [
    "IT won't give team leaders admin rights to reset a headset, so every small thing is a ticket.",
    "power blame:sec",
  ],
  ["Helpful folk. Response times could be quicker but no real complaints.", ""],
  ["It's always the same three agents who get flagged for leaving screens unlocked.", "blame:emp"],
  ["I get on with IT fine, we've got a good working relationship.", ""],
  [
    "The whole site treats IT like a black box and IT seem happy to keep it that way.",
    "distance power",
  ],
  [
    "Security walked the floor taking photos of desks for a report and nobody explained why. Felt like a raid.",
    "comm feel power",
  ],
  ["Their 'quick fix' broke the wallboard and we didn't have queue stats for a week.", "blame:sec"],
  ["My bad, I approved an agent's access request without checking it properly.", "blame:self"],
  ["Not a problem at all with IT, but they never, ever answer the phone after four.", "distance"],
  [
    "Screen monitoring gets a bad rap but it's saved my agents in customer complaints more than once.",
    "",
  ],
  [
    "The people who cause the most security incidents are the managers, not the agents.",
    "blame:emp",
  ],
  ["IT sent a survey asking how they're doing. First time in five years. Appreciated it.", ""],
  [
    "I'm constantly frustrated that our tooling is years behind and IT say there's no budget.",
    "feel",
  ],
  [
    "They'll quote the ISO standard at you but won't come and look at the problem.",
    "comm distance blame:sec",
  ],
  ["I'm the first to admit I'm rubbish at remembering all the data handling steps.", "blame:self"],
  [
    "Our IT people actually ask us before they change anything on the floor. Very grateful for that.",
    "",
  ],
  [
    "Some team leaders just let agents share logins to hit targets. It's on us, really.",
    "blame:emp blame:self",
  ],
  [
    "The MFA app on personal phones caused a huge row with agents who didn't want work stuff on their own phone.",
    "conflict",
  ],
  ["Security team never says hello. Not once.", "distance"],
  ["Our IT are thin on the ground but they prioritise the phones, which is what matters.", ""],
  ["I felt humiliated when IT replied-all to point out my 'user error'.", "feel power comm"],
  ["They're good, they just need more staff.", ""],
  [
    "Every new restriction lands on my desk as a complaint from my team and I can't even explain it.",
    "conflict comm",
  ],
  [
    "Agents plug their phones into the PC to charge them every day. Tell them a hundred times, still do it.",
    "blame:emp",
  ],
  [
    "Security think we're all careless and they're not always wrong, but it's still grim being treated that way.",
    "blame:emp power feel",
  ],
  [
    "I stopped flagging issues with the QA tool because nothing ever changed.",
    "distance blame:sec",
  ],
  ["Absolutely no issues with the helpdesk, they're the best part of working here.", ""],
  [
    "The process to get a new starter set up is so slow that agents sit for two days reading policies.",
    "conflict",
  ],
  [
    "I always feel like the dumbest person in the room when I'm on a call with IT.",
    "feel blame:self",
  ],
  ["IT's view is that the floor is a liability to be contained.", "blame:emp power"],
  ["Decent relationship. Some grumbling about the clean desk audits but that's normal.", ""],
  ["I avoid the IT office, it's awkward going in there.", "distance feel"],
  ["Our security team is one guy who's amazing, he knows every agent by name.", ""],
  ["We never hear what happened after we report a suspicious caller. Never.", "comm distance"],
  ["Honestly, I cause half my own problems by skipping steps when we're busy.", "blame:self"],
  [
    "The software is locked down so hard we can't even change the font size, and the older agents can't read it.",
    "conflict blame:sec",
  ],
  ["Security treats TLs like informants rather than colleagues.", "power"],
  [
    "It's an outsourcer, the client sets the rules and our IT just does what it's told. Nothing personal.",
    "",
  ],
  [
    "When the call recording failed it was me who had to tell the client, IT just hid.",
    "blame:sec distance conflict",
  ],
  [
    "Our agents really do think the security training is a box-ticking exercise and skip through it.",
    "blame:emp distance",
  ],
  ["I get a knot in my stomach every time the 'security incident' subject line appears.", "feel"],
  [
    "IT helped me build a little cheat sheet for new starters on spotting phishing. Top people.",
    "",
  ],
  [
    "I'm not confident with the admin console, I always worry I'll lock someone out by accident.",
    "blame:self feel",
  ],
  [
    "They made us take our family photos off the desks for 'clean desk'. That was the day morale died.",
    "conflict feel power",
  ],
  ["Pretty neutral, I see them at the Christmas do and that's it.", ""],
  [
    "The IT manager speaks to team leaders, never to agents. Agents hear it third-hand.",
    "comm distance",
  ],
  ["Our helpdesk staff are clearly overworked and it shows in how blunt they are.", "comm"],
  ["We had a data breach scare and IT kept us updated every hour. Really well handled.", ""],
  ["The floor will always try to cut corners, that's why the controls are there.", "blame:emp"],
  ["I asked for the policy to be explained and got told I should already know it.", "comm power"],
  [
    "It's just annoying, the screen locks mid-sentence every time I read a disclosure.",
    "feel conflict",
  ],
  [
    "Security here seems more interested in catching people out than helping them.",
    "blame:sec power",
  ],
  ["They're really not the enemy people make them out to be.", ""],
  [
    "Agents don't go to IT, they come to me, and I don't go to IT either if I can help it.",
    "distance",
  ],
  ["Feel sorry for IT, they get all the blame and none of the thanks.", ""],
  [
    "I lost my laptop on the train last year, completely my fault, and IT were decent about it.",
    "blame:self",
  ],
  [
    "The security lead writes policies in a tower and emails them down like commandments.",
    "power comm distance",
  ],
  ["We get monthly stats on phishing clicks by team, which is fair, it keeps us honest.", ""],
  ["The biggest threat to our client data is bored agents on nights.", "blame:emp"],
  ["It's a two-week wait for a new headset. Two weeks.", "blame:sec"],
  [
    "TLs constantly argue with IT over who's responsible for logins on the payment line.",
    "conflict",
  ],
  ["IT are brilliant in a crisis but you never see them otherwise.", "distance"],
  ["I worry the recordings will be used against us rather than for training.", "feel power"],
  ["Security is there to protect customers and I respect that completely.", ""],
  [
    "Our operations director overrides IT whenever it suits the client, so nobody takes the rules seriously.",
    "blame:emp",
  ],
  [
    "Ugh, tried to move a chair and set off a 'tamper' alert on the desk PC. Whole thing was treated like a crime.",
    "feel conflict",
  ],
  ["IT replied in under ten minutes and even called back to check it worked.", ""],
  ["I've never once had IT explain a decision before it happened.", "comm power"],
  ["my team has given up on IT honestly, they just borrow each others kit", "distance"],
  [
    "Being new to leading a team I kept forgetting the access leaver process. That breach was on me.",
    "blame:self",
  ],
  ["Nobody bothers reading the acceptable use policy, me included.", "distance blame:self"],
  [
    "The agents feel spied on and security haven't done anything to change that feeling.",
    "feel blame:sec",
  ],
  [
    "We do a short joint session with IT every quarter on new scams targeting utility customers. Really good.",
    "",
  ],
  ["Security are basically gatekeepers who hold all the keys and let you know it.", "power"],
  ["IT always blame the network provider, the network provider always blames IT.", "blame:sec"],
  ["The IT team took our feedback on the dialler seriously and we saw changes within a month.", ""],
  ["Staff here would hand over their badge to anyone in a hi-vis vest.", "blame:emp"],
  ["I find IT hard to get hold of and then curt when you do.", "distance comm"],
  ["A few bumps with IT at the start of the contract but it's smooth now.", ""],
  [
    "It's me, I'm the problem, I always leave my headset plugged into the wrong port and then ring IT in a panic.",
    "blame:self",
  ],
  ["We rely on IT for absolutely everything and they know it.", "power"],
  ["Monitoring software makes agents paranoid and then their performance dips.", "feel"],
  [
    "Our IT manager comes to the floor every morning with a coffee and asks how the systems are. Love that.",
    "",
  ],
  [
    "They enforce the rules strictly on us but the directors get their own exemptions.",
    "power conflict",
  ],
  ["The helpdesk staff switch to jargon the moment they get defensive.", "comm"],
  ["Some of my team honestly don't think the rules apply to them.", "blame:emp"],
  ["Fair rules, explained well, applied to everyone. Can't ask for more.", ""],
  [
    "IT's 'solution' was to ban the thing that worked instead of fixing the thing that didn't.",
    "blame:sec conflict",
  ],
  ["I tend not to report near misses, feels like telling tales on my own team.", "distance"],
  ["Would say relationship with IT is good overall, the odd niggle but nothing serious.", ""],
  ["They're quick to close tickets and slow to actually fix things.", "blame:sec"],
  ["Agents swap desks every shift, so the clean desk rule honestly makes sense here.", ""],
  ["IT rotate someone onto the floor during the evening peak now, which we asked for.", ""],
];
