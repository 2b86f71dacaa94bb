import type { RawExample } from "./types.js";
import { VOICES_AQ_2 } from "./voices-aq-2.js";
import { VOICES_AQ_3 } from "./voices-aq-3.js";
import { VOICES_AQ_4 } from "./voices-aq-4.js";

/** Security and IT staff in firms of 50-250 (ISOs, IT managers, helpdesk leads, a compliance officer, a virtual CISO) on the staff and managers they serve. Written fresh for Rapport (brief AQ). */
const FIRST_PART: readonly RawExample[] = [
  ["Honestly, the warehouse lads are my favourite people in this building.", ""],
  ["Phishing sim last month: click rate went up. Up. I could have cried.", "blame:emp feel"],
  ["They call me the fun police, and about half of them are joking.", "power"],
  [
    "Board signed off the risk acceptance without reading my paper, as usual. Not one of them has ever asked me a question.",
    "power distance",
  ],
  ["HR loop me in on every leaver before their last day, which makes my life so much easier.", ""],
  ["I do a walkabout most Tuesday mornings, coffee in hand, just to be seen.", ""],
  [
    "I've been here two years and there are people on the second floor who think I'm a contractor.",
    "distance",
  ],
  ["The MD overruled MFA for sales because it 'slows the closers down'.", "power conflict"],
  [
    "Nobody came to the lunch-and-learn except Dave, and he came for the wraps. Bit deflating, honestly.",
    "distance feel",
  ],
  ["If I can't explain a rule in one sentence, I probably shouldn't be enforcing it.", ""],
  ["I slip into acronyms without noticing and I can see their eyes glaze over.", "comm blame:self"],
  [
    "Engineering treat every new control as a personal insult, and honestly it wears me down.",
    "conflict feel",
  ],
  [
    "Most of my contact with staff is when their account's locked. Not exactly a relationship.",
    "comm distance",
  ],
  [
    "The incident in March was a reused password. People just don't learn, and it drives me up the wall.",
    "blame:emp feel",
  ],
  ["I never blame whoever clicked. That email would have fooled me too.", ""],
  ["Finance are brilliant. If I can put a number on a risk, they'll back me.", ""],
  [
    "It's exhausting being the person everyone sighs at when I walk into a meeting.",
    "feel conflict",
  ],
  [
    "The awareness posters have been up so long someone's drawn a moustache on the padlock.",
    "distance",
  ],
  ["Our e-learning is forty minutes of clip art, and honestly I'd click through it too.", "comm"],
  ["I picked that training vendor and it's dreadful. That one's on me.", "blame:self"],
  [
    "sales have found a way round the USB block already lol, every control is a puzzle to beat for them",
    "distance conflict",
  ],
  [
    "I'm a virtual CISO, so I'm in two days a month and most staff have no idea who I am.",
    "distance",
  ],
  [
    "Customer services are lovely. They forward anything dodgy straight to us and say thanks when we reply.",
    "",
  ],
  [
    "I get the sense the directors see me as a cost centre with a lanyard, and it stings.",
    "power feel",
  ],
  [
    "Every time I pull a log someone assumes I'm reading their private messages, and then they go quiet around me for days.",
    "power distance",
  ],
  ["Not every incident is somebody's fault, and I try hard not to make it sound like it is.", ""],
  [
    "The helpdesk gets shouted at daily. My lead had someone swear at her over a password reset on Monday and she went home shaking.",
    "conflict feel",
  ],
  ["I'd rather someone report a mistake late than never, so I thank them every single time.", ""],
  [
    "People don't report stuff because last time they did, my predecessor made them feel like idiots.",
    "distance comm blame:sec",
  ],
  [
    "Marketing are a nightmare, every week it's a new app they've already signed up to with their work email.",
    "conflict distance",
  ],
  ["I meet the department heads once a quarter. It's not enough, but it's something.", ""],
  ["I send the monthly tips email. I have no idea if anybody reads it.", "comm distance"],
  [
    "The board asked for a cyber update, gave me five minutes at the end of a three-hour meeting, then ran out of time.",
    "power distance",
  ],
  [
    "Half the incidents I see, the person was rushing under pressure. I don't hold it against them.",
    "",
  ],
  ["Quite a few of the staff are scared of me, which is the last thing I want.", "feel power"],
  ["My job is mostly translating. Security-speak into normal English and back again.", ""],
  [
    "I'll admit I sent a policy update that was three pages of legalese. Nobody read it and I don't blame them.",
    "comm blame:self",
  ],
  ["Production hate us. Genuinely. Every change window is a fight.", "conflict feel"],
  ["The new CFO actually asked me to lunch to understand what I do.", ""],
  [
    "Why would they listen to me? I'm the person who took their local admin rights away.",
    "conflict power",
  ],
  ["Nothing I say gets through unless the MD repeats it. Then suddenly it's gospel.", "power"],
  ["I used to call users the problem. Now I call them sensors, and they've earned it.", ""],
  ["our helpdesk SLA is a joke, i know, people wait days", "conflict blame:sec"],
  ["Accounts payable spotted the fake invoice before I did. I bought them cake.", ""],
  ["I'm tired of being the one who always says no.", "feel conflict"],
  [
    "Staff think security is something that happens to them, not something they're part of.",
    "distance",
  ],
  [
    "Every single incident this year traced back to someone ignoring a warning they'd been shown twice.",
    "blame:emp",
  ],
  ["I try to sit with a different team for an afternoon each month, laptop and all.", ""],
  [
    "The partners here treat IT like the office plumber: invisible until something leaks.",
    "power comm",
  ],
  ["If I'm honest, I avoid the third floor. They just argue.", "distance conflict"],
  ["Our awareness week had a quiz with prizes, and people actually got competitive. Loved it.", ""],
  [
    "Someone always asks why they can't just write the password on a post-it, and honestly it's a fair question to answer properly.",
    "",
  ],
  [
    "The compliance hat and the security hat don't sit well together; people think I'm there to catch them out, so they clam up when I walk in.",
    "power distance",
  ],
  [
    "I'm the compliance officer, so to most of them I'm the person who sends the nagging emails.",
    "comm",
  ],
  [
    "The vCISO thing works better than I expected. I'm not in the building much, but the managers know they can ring me.",
    "",
  ],
  ["Legal came to me first when they got a weird email. That never used to happen.", ""],
  [
    "Three people in dispatch share one login and I've given up arguing about it.",
    "distance conflict",
  ],
  [
    "I think people are honestly afraid of clicking anything now, and that's my fault for how hard I pushed.",
    "feel blame:self",
  ],
  ["They skip the training, fail the sim, then complain the sim was unfair.", "blame:emp conflict"],
  [
    "Our IT manager and I sit with the office managers every fortnight; it's the best hour of my week.",
    "",
  ],
  ["I'm told I'm 'very thorough', which I think means annoying.", "conflict"],
  [
    "Honestly the managers are worse than the staff. They want exemptions for everything.",
    "blame:emp conflict",
  ],
  ["When the CEO got phished, suddenly security had a budget.", "power"],
  [
    "I don't think the board is against me, they just don't always understand what they're signing.",
    "",
  ],
  [
    "You could run the whole awareness budget for a year on what the sales kickoff spends on balloons.",
    "power",
  ],
  ["The lads in the workshop always offer me a brew. Couldn't ask for better.", ""],
  ["I get the odd 'thanks for catching that', and it keeps me going.", ""],
  ["I've stopped sending reminders to the directors, it never changes anything.", "distance power"],
  [
    "Thirty tickets a day, and a third are people who've locked themselves out again after ignoring the expiry warning. We're glorified key-cutters.",
    "blame:emp power",
  ],
  ["I worry that one day someone will hide a mistake from me because they're embarrassed.", "feel"],
  ["They don't ask, they just do it and tell us after. Every project.", "distance power"],
  ["Reception are my early warning system. Anything odd at the door, I know within minutes.", ""],
  ["I honestly think most of the staff couldn't pick me out of a line-up.", "distance"],
  [
    "Design are a lovely bunch but they see any restriction as an attack on creativity.",
    "conflict",
  ],
  [
    "The ops director has told me, to my face, that security is a tax on getting things done.",
    "conflict",
  ],
  [
    "I write everything at a reading age of twelve now. Complaints about the policies dropped by half.",
    "",
  ],
  [
    "It's not their fault, the VPN is awful, and I'm sick of asking the board for a new one.",
    "power feel",
  ],
  [
    "Our managing partner just doesn't see why we need a security person at all, and says so in front of my team.",
    "power conflict",
  ],
  [
    "Payroll got caught by a fake CEO email and I made a point of telling her it could have happened to anyone.",
    "",
  ],
  [
    "Some people only talk to me when they need something unblocked. The rest of the time I'm invisible.",
    "comm distance",
  ],
  [
    "i swear if one more person forwards me a phishing email asking 'is this real?' AFTER clicking it",
    "blame:emp feel",
  ],
  [
    "The quarterly all-hands gives me ten minutes, always last, always after half the room has left for lunch.",
    "distance power",
  ],
  [
    "I don't get asked. Things just arrive: new systems, new suppliers, and I find out from an invoice.",
    "power distance",
  ],
  ["The board listen now. It took a ransomware scare at a competitor, but they listen.", ""],
  ["Facilities think I'm paranoid. Maybe I am.", "conflict"],
  ["Staff here are sharp. They spot the odd stuff more often than our filters do.", ""],
  ["Most of what I send out is too long, too late, and nobody asked for it.", "comm blame:self"],
  [
    "Turns out 'please complete the mandatory module' in an email with no context isn't very motivating.",
    "comm",
  ],
  [
    "The younger staff are the worst for it, they'll install anything and never tell us.",
    "blame:emp distance",
  ],
  [
    "I'm the only security person for 180 people. I can't know them all, and they can't know me.",
    "distance",
  ],
  [
    "Lab staff and I have a standing monthly coffee. They bring me problems before they're problems.",
    "",
  ],
  ["Our helpdesk lead is the reason people trust IT here.", ""],
  [
    "Whenever I propose something, the answer is 'let's revisit next quarter'. It's been eight quarters.",
    "power",
  ],
  ["I feel like a babysitter some days.", "power feel"],
  ["People assume I'm judging them. I'm really not, I've made every mistake going.", "power"],
  ["The helpdesk queue is where the relationship actually lives, and ours is pretty healthy.", ""],
  ["They reported the lost laptop within the hour, which is exactly what we ask. Brilliant.", ""],
  [
    "Every 'urgent' request from sales lands at 4:55 on a Friday, and they're livid when it isn't done by five.",
    "conflict feel",
  ],
  ["I hate that the only time I'm visible is when something's gone wrong.", "feel comm"],
  ["We did an escape-room style training and even the cynics in accounts enjoyed it.", ""],
  ["Honestly the board trusts me more than I probably deserve.", ""],
  [
    "The warehouse manager keeps his password on the monitor and laughs when I mention it.",
    "blame:emp conflict",
  ],
  [
    "I've written off the directors' PAs; they forward everything to their personal Gmail and I've lost that battle.",
    "distance blame:emp",
  ],
  [
    "I'm on a retainer, so my relationship is mostly with the IT manager. The staff don't really see me.",
    "distance",
  ],
  [
    "They see the block page and think I personally decided they can't watch the cricket at lunch.",
    "conflict power",
  ],
  ["I'd like to be less of a mystery to people. Working on it.", "distance"],
  ["Most people here mean well. They're just busy.", ""],
  ["Asked the MD for ten minutes at the leadership offsite. Got told 'maybe next year'.", "power"],
  [
    "The new starters are great. I get them on day one, before they've picked up any bad habits.",
    "",
  ],
  [
    "Whenever something breaks it's 'IT's fault', even when it's the supplier's outage.",
    "blame:sec conflict",
  ],
  ["I try not to say 'users'. They're colleagues.", ""],
  [
    "There's a running joke that I'm the person who stops the fun. It's funny until it isn't.",
    "power feel",
  ],
  ["my team is great, the problem is there's three of us and 240 of them", "distance"],
  ["Audit season turns me into the bad guy overnight.", "power conflict"],
  ["People are surprisingly open with me once they realise I won't report them to their boss.", ""],
  [
    "The operations team and I used to clash weekly. Now we plan changes together and it's calm.",
    "",
  ],
  [
    "I was too harsh in my first year. I lectured. I'd do it very differently now.",
    "comm blame:self",
  ],
  ["I can't get the partners to do the training. They say they're too senior.", "power"],
  [
    "Honestly, if someone clicks, the filter failed first. That's my stuff, not theirs.",
    "blame:self",
  ],
  ["They're nice enough to my face. What they say in the kitchen, I dread to think.", "feel"],
  ["I've got one champion in every department now and they're worth their weight in gold.", ""],
  [
    "Tickets, tickets, tickets. I haven't spoken to an actual human outside IT all week.",
    "comm distance",
  ],
  ["The board nodded the policy through. Whether anyone read it is another matter.", "distance"],
  ["We're a 90-person firm and I know nearly everyone by name, which helps.", ""],
  ["The sales director told his team to 'just ignore IT' on a call I was on.", "conflict distance"],
];

export const VOICES_AQ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AQ_2,
  ...VOICES_AQ_3,
  ...VOICES_AQ_4,
];
