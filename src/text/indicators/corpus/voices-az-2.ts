import type { RawExample } from "./types.js";

/** Same survey, part 2: failing a phishing test and what follows. Written fresh for Rapport (brief AZ). */
export const VOICES_AZ_2: readonly RawExample[] = [
  [
    "I clicked the fake invoice and got a friendly two-minute video explaining what I'd missed. Fair enough.",
    "",
  ],
  [
    "Failed one test, got put on a list and had to redo the full training. Felt like detention.",
    "power feel",
  ],
  ["I failed the test and honestly, that's on me. I was rushing.", "blame:self"],
  ["When I failed, my manager was cc'd on the email. I was mortified.", "power feel"],
  ["Nothing really happens if you fail, you just get a short lesson.", ""],
  [
    "After failing twice I was called into a meeting with security and HR. For clicking a link.",
    "power feel",
  ],
  ["i clicked it. of course i did. i always click things", "blame:self"],
  ["They never shame anyone. Results are private between you and the team.", ""],
  [
    "My name came up in a team meeting as one of the people who'd 'fallen for it'. Humiliating.",
    "feel power",
  ],
  ["I failed a test once and felt stupid for days.", "feel blame:self"],
  ["Failing isn't punished here, which I think is why people own up.", ""],
  [
    "The follow-up training after a failed test is 45 minutes of the same slides. Punishment by PowerPoint.",
    "comm power",
  ],
  [
    "I was a repeat clicker and they were patient with me. Someone from the team sat with me for half an hour.",
    "",
  ],
  [
    "You fail, you get an automated email with a red banner. No human ever talks to you.",
    "comm distance",
  ],
  [
    "I think it's right that people who keep failing get extra training. Some folks just don't learn.",
    "blame:emp",
  ],
  ["Honestly, the fact I keep getting caught says more about me than about them.", "blame:self"],
  ["After I failed, nobody explained what the giveaways were. I was just told I'd failed.", "comm"],
  [
    "They sent me a 'you've been phished!' page with a cartoon fish. I laughed, then I learned something.",
    "",
  ],
  [
    "Failing felt like being caught cheating in an exam, even though I hadn't done anything wrong.",
    "feel power",
  ],
  ["It's only a test. I failed, I learned, I moved on.", ""],
  ["I'm scared that if I fail a third time it'll go on my performance review.", "feel power"],
  [
    "Failing a phishing test should be a learning moment, not a disciplinary matter. Here it's somewhere in between.",
    "power",
  ],
  ["The consequences would be proportionate if anyone told you what they were in advance.", "comm"],
  ["Our team lead got a list of everyone who failed and read it out. Lovely.", "power feel"],
  [
    "I typed my password into the fake page. Properly embarrassing, and totally my fault.",
    "feel blame:self",
  ],
  [
    "They treat a failed test like you've personally let the whole company down.",
    "power feel blame:emp",
  ],
  [
    "Failing is anonymous at team level, only you and the security team know. That's the right way.",
    "",
  ],
  [
    "Failed, got locked out of email until I'd done the module. Lost half a morning of client work.",
    "conflict power",
  ],
  ["I don't actually know what happens if you fail. Nobody's ever said.", "comm"],
  [
    "The email telling me I'd failed was so full of terms like 'credential harvesting' that I had to google half of it.",
    "comm",
  ],
  ["The feedback after failing was clear and kind. Couldn't ask for more.", ""],
  [
    "When I failed, Priya from security rang me just to check I was OK and walk me through it. Really decent of her.",
    "",
  ],
  [
    "fail once = extra training. fail twice = your manager knows. fail three times = who knows. scary",
    "feel power",
  ],
  [
    "I'm the one who always fails. I've basically accepted I'm hopeless with this stuff.",
    "blame:self feel",
  ],
  ["People who fail get treated like they're the reason we'll get hacked.", "blame:emp power"],
  ["I failed on purpose once just to see what happened. Nothing much, a quiz.", ""],
  [
    "I didn't even know I'd failed until three weeks later. By then I'd forgotten which email it was.",
    "comm",
  ],
  ["Failing taught me more than any training course did.", ""],
  [
    "They told me I failed, but my colleague who forwarded the same email to the whole team got nothing. Makes no sense.",
    "conflict",
  ],
  [
    "I think there should be consequences. Clicking links without thinking costs real money.",
    "blame:emp",
  ],
  ["I felt so dumb when the 'gotcha' page came up. Still think about it.", "feel blame:self"],
  [
    "The no-blame approach after a failed test is genuinely one of the better things about working here.",
    "",
  ],
  [
    "They publish a ranking of departments by click rate. Guess who's always bottom. Sales.",
    "power blame:emp",
  ],
  ["After failing, you're sort of marked. I notice the extra tests coming my way.", "power feel"],
  ["Failing didn't change anything for me, but it made me a bit more careful.", ""],
  [
    "They said 'this is a learning opportunity' in the same tone my dad used when I crashed the car.",
    "power comm",
  ],
  ["I wish failing came with a conversation rather than a compulsory video.", "comm distance"],
  ["The mandatory retraining after a fail is fine, it's short and to the point.", ""],
  ["I wasn't told what I did wrong, just that I'd done it.", "comm"],
  [
    "Failing felt awful at first, but the security team made clear it was about the email, not about me.",
    "",
  ],
  [
    "You fail a test and suddenly you're 'high risk' in some system. Nobody tells you how to get off that list.",
    "power comm",
  ],
  [
    "I failed because I was covering for two people and answering emails at speed. Maybe the problem isn't me.",
    "conflict",
  ],
  [
    "My own stupid fault for clicking a 'your parcel is waiting' email when I hadn't ordered anything.",
    "blame:self",
  ],
  [
    "Failing wouldn't be a big deal if their test platform didn't mark people who only previewed the email.",
    "conflict blame:sec",
  ],
  [
    "After my second fail they made me sign a form acknowledging the policy. Like a naughty child.",
    "power feel",
  ],
  [
    "The message after I failed started with 'Don't worry, lots of people clicked this one'. Nice touch.",
    "",
  ],
  ["Failing is a badge of shame in our office. People tease you for weeks.", "feel"],
  [
    "i didn't even click, i just opened it, and still got marked as failed?? how is that fair",
    "conflict feel",
  ],
  [
    "Some people fail every single test. At some point that's on them, not on security.",
    "blame:emp",
  ],
  ["I'd rather fail a test and learn than fail for real. No complaints.", ""],
  [
    "When I failed they suspended my access to the finance system 'as a precaution' for two days. Nobody asked if I had deadlines.",
    "power conflict",
  ],
  ["The follow-up was a quiz full of trick questions and I failed that too. Brilliant.", "feel"],
  [
    "Honestly the fail page was helpful. It pointed out the three things I should have noticed.",
    "",
  ],
  [
    "Being told off by email by someone I've never met doesn't teach me much.",
    "comm distance power",
  ],
  [
    "I don't think failing one test says anything about how careful someone is. The security team clearly thinks otherwise.",
    "blame:emp",
  ],
  [
    "I cried a bit after my second fail, if I'm honest. It felt like I was going to lose my job.",
    "feel power",
  ],
  [
    "They made it clear failing is expected and fine, the important thing is reporting it. Good message.",
    "",
  ],
  ["One of the security guys calls the people who fail 'clickers'. Not helpful.", "blame:emp comm"],
  ["I failed and the team thanked me for reporting it once I'd realised. Didn't expect that.", ""],
  [
    "No idea why I failed, the email looked exactly like our real supplier's and nobody has explained the difference.",
    "comm",
  ],
  ["Failed, shrugged, moved on.", ""],
  [
    "It's hard not to take it personally when you fail and get a generic 'be more vigilant' message.",
    "feel comm",
  ],
  ["The shame of failing is worse than any consequence they could hand out.", "feel"],
  ["They never punish, they educate. I respect that.", ""],
  ["I used to panic when I failed. Now I know they just want me to learn, so it's fine.", ""],
  [
    "If you fail a test you get another one within a week. It feels like being hunted.",
    "power feel",
  ],
  [
    "The older staff fail a lot and the training does nothing for them, it's all written for people who grew up online.",
    "comm",
  ],
  ["Not my finest moment, but I learned.", "blame:self"],
  ["Security never makes a fuss about a failed test. They just want you to report it.", ""],
  [
    "I was told I'd 'compromised the organisation' in a simulation. It was a fake email. Calm down.",
    "comm feel",
  ],
  [
    "Fail a test and you get an email from a no-reply address. Try asking it a question.",
    "comm distance",
  ],
  ["I think people here are too sensitive about failing. It's a test, not a verdict.", ""],
  [
    "They record who fails and I'm pretty sure it's used at promotion time, though nobody will confirm it.",
    "power comm",
  ],
  ["My fault, I was careless. Lesson learned.", "blame:self"],
  [
    "They're not trying to trap anyone. They want to find out where the training isn't working.",
    "",
  ],
  ["Every time I fail, I get the feeling they're disappointed in me personally.", "feel power"],
  ["The consequences of failing are spelled out in the policy, so at least it's predictable.", ""],
  ["Got caught by the fake Teams message. Felt like an idiot. Still do.", "feel blame:self"],
  [
    "Why does failing a test mean retraining but them losing a server for two days means nothing?",
    "blame:sec power",
  ],
  ["I clicked because I was tired and careless. No one to blame but me.", "blame:self"],
  [
    "They should make repeat offenders do more, honestly. It's not fair on the rest of us.",
    "blame:emp",
  ],
  [
    "Failing once got me on a 'watch list'. I only found out because my manager let it slip.",
    "power comm",
  ],
  [
    "i failed and nobody said a word to me about it. i only know from the dashboard",
    "comm distance",
  ],
  ["The fail page was so preachy I closed it before reading to the end.", "comm"],
  [
    "The test results went to the wrong managers last time. If we made that mistake we'd be sent on a course.",
    "blame:sec power",
  ],
  [
    "Failing felt like a slap on the wrist from people who've never done my job.",
    "power feel distance",
  ],
  [
    "Being told I'd failed in front of the whole team was hard, even if the trainer was kind about it after.",
    "feel",
  ],
  ["Didn't feel bad at all, the fake was brilliant.", ""],
  ["They make you feel like a criminal for a click.", "power feel"],
  [
    "Honestly, I failed because I skim everything. The follow-up course was right to call that out.",
    "blame:self",
  ],
  ["I've failed three of the last four. I'm clearly the problem at this point.", "blame:self"],
  ["Fail a test, get a lecture. Pass a test, silence. Hardly encouraging.", "comm"],
  [
    "They offered one-to-one coaching after I failed. I didn't take it, but it was nice to be offered.",
    "",
  ],
  ["What happens if you fail? Depends who you ask. Nobody seems to know the real rules.", "comm"],
  [
    "I passed every test but I still have to sit the same remedial course as the people who fail. Why?",
    "conflict",
  ],
  ["Failing doesn't scare me anymore. They've made it pretty clear it's about learning.", ""],
  [
    "When I failed, the email said 'please contact the security team'. I did. Nobody replied for a week.",
    "conflict comm",
  ],
  [
    "They talk about a 'just culture' but the first thing they did when I failed was loop in HR.",
    "power",
  ],
  [
    "I think being told off for failing would make me hide things, so I'm glad they don't do that.",
    "",
  ],
  ["it's a bit embarrasing to fail but nobody makes a thing of it", ""],
  ["They act as if one bad click undoes a decade of good work.", "power feel"],
  [
    "Failing is recorded but only used to target training, that's what they told us and I believe them.",
    "",
  ],
  ["Failed, got a passive-aggressive email, did a dull course. Standard.", "comm feel"],
  [
    "Honestly the people who fail over and over are the ones who'd ignore any training anyway.",
    "blame:emp",
  ],
  [
    "After I failed, my confidence with email just went. I now forward everything to IT to check.",
    "feel",
  ],
  ["Clicked. Reported it immediately. Got thanked. Good system.", ""],
  ["The failure notice reads like a charge sheet.", "comm power"],
  [
    "Failing means you have to do a test every week for a month. It's like being on probation.",
    "power",
  ],
  ["I'm the weak spot in our team, I know that. I just don't spot these things.", "blame:self"],
  [
    "They blamed 'user error' in the report even though the test email used our real logo and a lookalike domain.",
    "blame:emp conflict",
  ],
  [
    "Their fail page didn't load on my phone, so I got marked as not completing the training as well.",
    "conflict blame:sec",
  ],
  [
    "Every fail comes with a reminder that 'security is everyone's responsibility'. Is it theirs too?",
    "comm",
  ],
  ["It's fine to fail. It's not fine to hide it. That's the message and I agree with it.", ""],
  [
    "When you fail you have to explain yourself to your manager. Nobody explains anything to you.",
    "power comm",
  ],
  ["i got phished by our own security team lol. fair play to them", ""],
];
