import type { RawExample } from "./types.js";

/** Contact-centre agents on call recording, screen monitoring and locked-down desktops. Written fresh for Rapport (brief CL). */
export const VOICES_CL_2: readonly RawExample[] = [
  [
    "The screen recording thing pops up a little red dot and nobody ever explained what it actually captures.",
    "comm",
  ],
  [
    "IT here are sound, if the softphone dies mid-call they remote in before the customer even notices.",
    "",
  ],
  [
    "I had a debtor screaming at me and the headset cut out, and the IT guy just said 'log a ticket' without looking up.",
    "conflict comm feel",
  ],
  [
    "Honestly I'm the reason half the password resets happen on our floor, I never remember the new one.",
    "blame:self",
  ],
  [
    "They lock every USB port because of one idiot on nights who copied a customer list.",
    "blame:emp",
  ],
  ["security team sit upstairs, never seen them on the floor once in two years", "distance"],
  ["Clean desk checks are fine, takes me thirty seconds at the end of the shift.", ""],
  [
    "We're not allowed a pen and paper but the CRM times out every four minutes, so you tell me how I'm meant to take a reference number.",
    "conflict blame:sec",
  ],
  [
    "I feel watched all day. Not by my team leader, by some person in IT I've never met who can see my screen.",
    "feel power distance",
  ],
  [
    "Our IT lad Dean came down and sat with us for a whole morning to see why the dialler kept dropping. Made a real difference.",
    "",
  ],
  [
    "The email said 'endpoint DLP policy enforced per ISO control A.8' and that was it. No idea what changed.",
    "comm",
  ],
  ["I stopped reporting the lag on my screen, nothing ever happens anyway.", "distance blame:sec"],
  ["Agents share logins the second you turn your back, they don't care.", "blame:emp"],
  ["got a warning for leaving a post-it with a postcode on it. a POSTCODE.", "conflict feel"],
  [
    "I always feel like I've done something wrong when the security manager walks past.",
    "feel power",
  ],
  [
    "Probably my fault, I clicked the link in that fake 'payroll' email they sent as a test.",
    "blame:self",
  ],
  [
    "They decide what we can and can't have on our desktops and we just find out on Monday morning.",
    "power comm",
  ],
  ["The phishing tests are a bit annoying but I get why they do them.", ""],
  [
    "When the recording server went down, nobody told us for three hours and we kept taking card payments.",
    "comm conflict",
  ],
  ["IT treat us like children who can't be trusted with a calculator app.", "power blame:sec"],
  [
    "I'm useless with the new system, I keep putting notes in the wrong field and then IT have to fix it.",
    "blame:self",
  ],
  ["the helpdesk number goes to voicemail every single time", "distance blame:sec"],
  [
    "Security used to be a nightmare here but since Priya took over they actually explain things.",
    "",
  ],
  [
    "I'm scared to touch anything in the settings in case it gets flagged and I'm pulled into a meeting.",
    "feel power",
  ],
  [
    "If I need a website unblocked for a customer's energy supplier I ask my TL, I don't bother with IT.",
    "distance",
  ],
  [
    "Our agents would give their password to anyone who sounded official on the phone, that's the truth.",
    "blame:emp",
  ],
  [
    "We have a monthly five-minute security huddle with the IT manager, it's quick and actually useful.",
    "",
  ],
  [
    "I get a pop-up in red capitals telling me I've breached policy and no one to ask what I did.",
    "comm feel",
  ],
  [
    "They changed the screen lock to two minutes. Two. While you're reading out terms and conditions.",
    "conflict",
  ],
  [
    "As a team leader I'm stuck in the middle, the floor hates the rules and IT won't explain them to anyone.",
    "conflict comm",
  ],
  [
    "Felt proper embarrassed when security called me out in front of my whole team for my screen being unlocked.",
    "feel power",
  ],
  ["I know I'm the weak link, I'm terrible at spotting dodgy emails.", "blame:self"],
  ["They're very approachable actually, I just message on Teams and someone answers.", ""],
  ["Nobody from IT has ever asked us what we need, they just roll stuff out.", "power distance"],
  ["the USB lock is fine, we don't need them anyway", ""],
  [
    "I used my phone to photo a customer's meter reading because the upload tool was blocked. Not proud of it.",
    "conflict blame:self",
  ],
  ["Security is an obstacle to hitting my handle time, plain and simple.", "conflict"],
  [
    "Every time our supervisor monitors a call live I lose my train of thought, it's nerve-racking.",
    "feel",
  ],
  [
    "Nobody on our floor reads the security emails, they go straight in the bin.",
    "distance blame:emp",
  ],
  ["IT only ever come down when someone's been caught doing something.", "comm"],
  [
    "They explained the call recording rules to us in plain English at induction, no complaints.",
    "",
  ],
  [
    "The IT contractor talks to us like we're thick. 'Have you tried, you know, restarting it?'",
    "comm power feel",
  ],
  ["Not my job to report a suspicious call, I just transfer it and move on.", "distance"],
  ["Our security officer is lovely, brings biscuits when he does the clean desk walk.", ""],
  [
    "It's the agents who are the risk, not the systems. They'll read a card number out loud across the floor.",
    "blame:emp",
  ],
  ["I sometimes don't lock my screen when I go to the loo, I know I should.", "blame:self"],
  [
    "Whoever designed the MFA on the collections system has never had to take sixty calls a day.",
    "blame:sec conflict",
  ],
  ["I don't even know who our IT people are. There's a form.", "distance"],
  [
    "They said 'it's been escalated to tier two' and I genuinely didn't know if that meant fixed or not.",
    "comm",
  ],
  ["The security lead is arrogant, he thinks he runs the place.", "power blame:sec"],
  [
    "I'd rather sit with a broken headset all day than go through the ticket process again.",
    "distance feel",
  ],
  [
    "We got told off as a whole team because one person plugged a phone charger into the PC.",
    "conflict power",
  ],
  ["Helpdesk is slow on Mondays but otherwise pretty good.", ""],
  [
    "Our back office was never told the shared drive was moving, half our templates just vanished.",
    "comm conflict",
  ],
  [
    "It's frustrating when you're trying to help a vulnerable customer and the system blocks the charity's website.",
    "feel conflict",
  ],
  [
    "I'm always the one who forgets the clean desk rule, there's usually a mug and a lanyard left out.",
    "blame:self",
  ],
  [
    "I didn't report the weird caller asking for account passwords because I didn't want the hassle.",
    "distance",
  ],
  ["IT sent the new headset policy as a 14-page PDF. Who reads that between calls?", "comm"],
  ["They never condescend to us, which is more than I can say for some managers.", ""],
  ["Staff here click anything with a free voucher in it, I've seen it happen.", "blame:emp"],
  [
    "There's this feeling that IT is an invisible force that decides everything and we just live with it.",
    "power distance",
  ],
  [
    "I asked why we can't use our own pens and got 'it's policy'. That's not an answer.",
    "comm conflict",
  ],
  ["Team leaders get the security briefings, agents get a one-line email.", "comm power"],
  ["I feel stupid ringing the helpdesk so I just google it.", "feel distance blame:self"],
  [
    "They caught a real phishing attack last month and told everyone straight away what to look for. Good job.",
    "",
  ],
  [
    "I'm constantly worried I'll say the wrong thing on a recorded call and it'll get played back in a review.",
    "feel",
  ],
  [
    "The new VPN broke the dialler for home workers and IT said it wasn't their problem.",
    "conflict blame:sec distance",
  ],
  ["Users here are the biggest risk, you can lock down all the USBs you want.", "blame:emp"],
  ["Honestly the monitoring doesn't bother me, I've got nothing to hide.", ""],
  ["There's never any face to face with IT, everything's by ticket number.", "comm distance"],
  ["I keep leaving my badge at home and having to get buzzed in, it's on me.", "blame:self"],
  ["They make you feel like a suspect. Every USB, every print job, every website.", "power feel"],
  ["security r just there to say no", "blame:sec"],
  ["IT and the floor don't talk. Full stop.", "distance"],
  [
    "Got an automated email saying my account was 'non-compliant'. Non-compliant with what?",
    "comm feel",
  ],
  ["Mostly fine. Sometimes a bit slow to reply to tickets, but fine.", ""],
  [
    "The back office can't print remittances because of the new print rules and the collections team blame us.",
    "conflict",
  ],
  ["We have to ask permission for literally everything, even a second monitor.", "power"],
  [
    "I'm not techy so I always assume it's something I've done when the system crashes.",
    "blame:self feel",
  ],
  [
    "Our TL set up a WhatsApp group to share account notes because the CRM search is so bad. IT went mad.",
    "conflict",
  ],
  [
    "Agents write passwords on their keyboards. Every week on the clean desk sweep we find three or four.",
    "blame:emp",
  ],
  [
    "I wish IT would come and see what our day is actually like before they change things.",
    "distance",
  ],
  ["They fixed my login in two minutes and didn't make me feel daft. Nice change.", ""],
  [
    "When the security guy talks you can feel everyone go quiet, he's a bit intimidating.",
    "power feel",
  ],
  ["IT is that department that says no and then goes home at five.", "blame:sec distance"],
  [
    "I get really anxious about the screen monitoring, like someone's reading over my shoulder.",
    "feel",
  ],
  [
    "Our outsourcing client insists on all these rules and our IT just repeats them without explaining.",
    "comm",
  ],
  [
    "It's a bit of a faff having to empty your pockets at the door but it's a debt company, I get it.",
    "",
  ],
  [
    "I tried to tell them the recording misses the first ten seconds of every call and got nowhere.",
    "conflict distance",
  ],
  ["i always mess up the two factor thing, its me not them", "blame:self"],
  ["Security think we're all fraudsters waiting for a chance.", "power blame:sec"],
  ["We only hear from the compliance team when there's an audit coming.", "comm distance"],
  ["Our people would plug in a USB they found in the car park, no question.", "blame:emp"],
  [
    "I was mortified when IT played back my call in a training session without asking me first.",
    "feel power",
  ],
  ["They're helpful when you finally get hold of them. Emphasis on finally.", "distance"],
  ["Clean desk policy is just normal now, nobody moans about it.", ""],
  ["The IT manager replied to my question with a link to the policy and nothing else.", "comm"],
  [
    "The locked-down browser means I can't look up a customer's bank sort code, so I have to put them on hold and ask a colleague.",
    "conflict",
  ],
  [
    "I'm a bit ashamed but I still don't know how to tell if an email is a scam.",
    "blame:self feel",
  ],
  [
    "Every change comes with no warning and no explanation, and if you ask they act like you're questioning them.",
    "comm power",
  ],
  ["The IT team are a decent bunch, they join our Friday quiz sometimes.", ""],
  ["Whenever I call IT they sigh before I've finished the sentence.", "comm feel"],
  ["Honestly the rules are fine, it's the people who keep ignoring them.", "blame:emp"],
  [
    "The floor sees security as the enemy, and security sees the floor as a liability.",
    "conflict blame:emp blame:sec",
  ],
  [
    "I've given up asking about the whitelist, I just tell customers I can't open their link.",
    "distance",
  ],
  ["Our TL always backs IT up even when the rule is clearly daft.", "power"],
  ["Frustrated beyond words that a simple headset swap takes a week.", "feel blame:sec"],
  ["If it's broken I just use my mate's desk, easier than waiting for IT.", "distance"],
  [
    "I never know if the alerts on my screen are real or a test and no one will tell me.",
    "comm feel",
  ],
  [
    "They listen to feedback. We said the screen lock was too short and they changed it within a fortnight.",
    "",
  ],
  [
    "It was my mistake, I forwarded a customer spreadsheet to my personal email to finish at home.",
    "blame:self",
  ],
  [
    "The security people are never on the phones, they don't get the pressure.",
    "distance conflict",
  ],
  ["IT just feels like a different company in the same building.", "distance"],
  [
    "half the team leaders dont lock their own screens and then lecture us lol",
    "blame:emp conflict",
  ],
  [
    "I got a ticket closed as 'user error' without anyone even talking to me.",
    "comm power blame:sec",
  ],
  [
    "It's reassuring that calls are recorded, protects us when a customer lies about what we said.",
    "",
  ],
  [
    "I was too nervous to admit I'd clicked the link so I didn't tell anyone for a day.",
    "feel distance blame:self",
  ],
  [
    "The IT guy wouldn't even look at my screen, just told me what to type over my shoulder, really fast.",
    "comm",
  ],
  [
    "Agents are the weakest link, that's just how it is in a call centre with our staff turnover.",
    "blame:emp",
  ],
  ["We don't dare question a security decision, you'd be marked as difficult.", "power feel"],
  ["IT aren't perfect but they're honest when they mess up.", ""],
  ["I think I'm just too old for all this tech, I slow everybody down.", "blame:self"],
  [
    "When the card payment screen froze nobody in IT picked up for forty minutes and I had a queue of angry customers.",
    "feel distance blame:sec",
  ],
  [
    "Nobody cares about security on the late shift, they just want to go home.",
    "blame:emp distance",
  ],
  ["New starters get a proper walkthrough of the lockers and the clean desk rules on day one.", ""],
];
