import type { RawExample } from "./types.js";

/** Part 4 of batch GK (see voices-gk.ts). */
export const VOICES_GK_4: readonly RawExample[] = [
  [
    "They rolled out two-factor with no warning and the whole team was locked out on a Monday morning.",
    "conflict blame:sec",
  ],
  [
    "I actually like the guy, but I avoid him because every call turns into a sales pitch.",
    "distance",
  ],
  ["Bad: we only hear from them at renewal time. Good: they fix things fast.", "comm"],
  ["I'm sure I'm on their list of difficult clients.", "blame:self"],
  [
    "How would they describe us? Probably 'the bakery that keeps getting phished'.",
    "blame:emp blame:self",
  ],
  ["Nobody from the IT side has ever asked what we actually do all day.", "distance"],
  ["They speak to my husband, not me, even though it's my salon.", "comm power"],
  ["Their 'security awareness' emails read like threats.", "comm feel"],
  ["Feels a bit like being told off by the headmaster.", "comm power"],
  [
    "Honestly they're a black box. Money goes in, nothing comes out that I can see.",
    "power blame:sec",
  ],
  ["I keep my head down and hope nothing breaks.", "feel distance"],
  [
    "They'll tell you it's user error every single time, even when the server's literally smoking.",
    "blame:emp blame:sec",
  ],
  [
    "The practice software people are fine. The phone system people are a nightmare to get hold of.",
    "conflict",
  ],
  ["Not once have they been condescending. Slow, yes. Very slow.", "conflict"],
  [
    "The contractor leaves sticky notes on my monitor saying LOCK YOUR SCREEN in capitals.",
    "comm blame:emp",
  ],
  [
    "I trust my nephew completely, which is maybe the problem, because I've no idea what he's actually doing.",
    "power",
  ],
  [
    "We're a six-person law office and they treat us like a bank. Lectures, audits, forms.",
    "conflict power",
  ],
  ["Everything's a 'risk' with them. Taking on a new nail tech is a 'risk'.", "conflict"],
  [
    "It's hard to stay cross when he brings biscuits, but I do wish he'd tell us before he changes things.",
    "power",
  ],
  [
    "My staff think the IT people are spies, honestly. They go quiet when the laptop guy comes in.",
    "feel power",
  ],
  ["The only feedback we ever get is a red FAILED on the phishing test results.", "comm blame:emp"],
  ["I used to ask questions. Now I just let him get on with it.", "distance"],
  [
    "I lie awake thinking about ransomware and the MSP just says 'you're covered'. Covered how?",
    "comm feel",
  ],
  ["Our IT man is a brilliant bloke but he thinks we're all idiots.", "blame:emp"],
  [
    "They think security is their job and doing the work is ours, and never the twain shall meet.",
    "conflict distance",
  ],
  [
    "I'm embarrassed to ring them, I always think it'll be something obvious.",
    "feel distance blame:self",
  ],
  ["Contact is basically zero unless the antivirus flags something.", "comm distance"],
  [
    "We had a phishing test and the results got read out at the staff meeting. Names and all.",
    "power blame:emp",
  ],
  ["Honestly it's been a slog with this lot since day one.", "conflict feel"],
  [
    "They're never around when you need them and always around when they want to sell you something.",
    "conflict blame:sec",
  ],
  [
    "They gave the dentist admin rights and the rest of us nothing, so we go to her for everything.",
    "power",
  ],
  ["Whoever set up the email for us has clearly never worked in a shop.", "blame:sec"],
  ["If it goes wrong I just switch it off and on again and don't tell anyone.", "distance"],
  [
    "Polite enough on the phone but you can tell they're reading off a script, no idea who we are.",
    "comm",
  ],
  ["It's like they're guarding a castle and we're the peasants outside.", "conflict power"],
  [
    "Worried sick the week they moved our patient records to the cloud and told us nothing.",
    "comm feel",
  ],
  [
    "Charity shop here. Head office IT don't answer emails from us little branches.",
    "conflict power",
  ],
  ["No face-to-face, ever. I wouldn't know them if they walked in.", "comm"],
  ["I genuinely think they resent small clients like us.", "feel"],
  [
    "The lads reckon the IT firm are a waste of money and just work around them.",
    "distance blame:sec",
  ],
  ["Every complaint gets 'that's a policy thing'. Whose policy? Theirs.", "conflict power"],
  [
    "We're a small dental practice, four chairs, and the IT company has been with us since we opened. They come in when the software needs upgrading, they talk to the nurses as well as the dentists, and when something goes wrong they ring back within the hour. I couldn't ask for more.",
    "",
  ],
  [
    "Honestly the worst bit is that I never know if what they've done is right. They log in remotely, things change on my screen, a report turns up a week later full of terms I don't understand, and I pay it because what else am I going to do?",
    "comm power",
  ],
  [
    "My brother-in-law does our IT as a favour, which is lovely, but it means I can't really push back when he's spent three weeks promising to sort the email, so I end up fixing it myself at midnight off some forum post.",
    "feel power distance",
  ],
  [
    'Interview note: owner of a plumbing firm said the MSP are "fine when you finally get hold of them", but the scheduling tablets were locked out for days after a policy change nobody had mentioned, and the lads now keep a paper diary "because you can\'t rely on them".',
    "conflict comm distance blame:sec",
  ],
  [
    "Asked about the salon's relationship with IT, she laughed and said there isn't one really: her cousin set up the laptop in 2019, nobody has touched it since, and if it breaks she'll just buy another.",
    "distance",
  ],
];
