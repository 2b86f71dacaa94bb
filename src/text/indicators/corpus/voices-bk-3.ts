import type { RawExample } from "./types.js";

/** Third part of brief BK: architecture, engineering-design and packaging staff on their IT-security people. */
export const VOICES_BK_3: readonly RawExample[] = [
  [
    "Our CAD workstations are locked down so tight we can't update the graphics drivers ourselves, so we wait. And wait. Like we can't be trusted with a driver update.",
    "conflict power",
  ],
  [
    "They're the reason we have proper backups. Before them it was a USB drive in someone's drawer.",
    "",
  ],
  [
    "Good at the tech, not so good at the people side. Things get explained in a way only they understand.",
    "comm",
  ],
  [
    "On my first day I had no login for three days and nobody from IT even said hello.",
    "distance conflict",
  ],
  [
    "They lectured our senior partner about his password and he hasn't spoken to them since.",
    "comm distance",
  ],
  ["The security rules apply to juniors. The partners get exceptions. Say no more.", "power"],
  ["I think they do a thankless job and mostly do it well.", ""],
  [
    "Our site engineers need tablets that work with no signal, and security made them connect to the VPN every time. Useless on site.",
    "conflict",
  ],
  ["They asked the site team what they actually needed before rolling out the new tablets.", ""],
  [
    "Honestly? Useless. Every problem I've raised has been closed without being fixed. I've stopped bothering.",
    "blame:sec distance",
  ],
  [
    "Tickets get marked 'resolved' when they're not. You reopen them and it starts all over again.",
    "conflict blame:sec",
  ],
  ["They're not bad people, they're just buried in work.", ""],
  ["We're a small practice, so 'security' is the IT contractor who comes in on Tuesdays.", ""],
  ["If it goes wrong on a Wednesday you're on your own until next Tuesday.", "conflict distance"],
  [
    "I fixed my own email filter because waiting for the contractor would've taken a week.",
    "distance",
  ],
  [
    "Colleagues come to me instead of them, because I'm quicker and I don't make them feel stupid.",
    "distance comm",
  ],
  ["My experience has been nothing but positive.", ""],
  [
    "The training was pitched at people who've never touched a computer. Felt patronising.",
    "comm power",
  ],
  ["They pitched the training well, not too basic, not too techy.", ""],
  ["They couldn't care less how we work.", "distance"],
  ["They'd say we're their favourite department. I'm fairly sure they say that to everyone.", ""],
  ["Bit of a love-hate thing.", "conflict"],
  [
    "A good relationship, and it got better once they stopped sending those threatening reminder emails.",
    "",
  ],
  [
    "The reminder emails have a threatening tone. 'Failure to comply will be reported.'",
    "comm power",
  ],
  [
    "They ask for feedback after every ticket and I've never once seen anything change. So I ignore the survey now.",
    "power distance",
  ],
  ["I'm sure they're good at their job. I just wouldn't know what their job is.", "distance"],
  ["Something to do with the firewall? And those training videos.", "distance"],
  [
    "Their main job seems to be saying no, and looking pleased with themselves about it.",
    "conflict power",
  ],
  ["They keep the bad guys out. I've never seen a bad guy, so I guess it works.", ""],
  [
    "MFA prompts at 2am during a deadline push, with my phone charging in the other room. Killing me.",
    "conflict feel",
  ],
  [
    "The font licensing rules they enforce came out of a genuine legal problem, so fair enough.",
    "",
  ],
  [
    "They removed fonts from everyone's machines without warning. Two books went to press with the wrong typeface substituted.",
    "conflict comm blame:sec",
  ],
  [
    "We're dependent on them for literally everything. Can't install a thing without their say-so.",
    "power conflict",
  ],
  ["It's their way or the highway.", "power"],
  ["I'd say they're fair. Strict, but fair.", ""],
  [
    "They've got a sense of humour about it, which helps. The phishing test results come with a cartoon.",
    "",
  ],
  [
    "I'm always a bit on edge when the security lead walks past, like he's checking my screen.",
    "feel power",
  ],
  ["He seems shy rather than rude, honestly.", ""],
  [
    "She explained a complicated incident in normal words at the all-hands. Best communication we've had from them.",
    "",
  ],
  ["they say 'endpoint' like we all know what that means", "comm"],
  ["Took me a year to work out 'the SOC' was a team and not a piece of software.", "comm distance"],
  ["Bleak. They think we're all idiots and they don't hide it.", "blame:emp power feel"],
  ["There's mutual eye-rolling, but it's affectionate.", ""],
  [
    "Our editor-in-chief refuses to use MFA and they let him off. So why should I bother? Really gets my back up.",
    "power feel",
  ],
  ["It's OK. It's not a relationship, it's a service.", "distance"],
  ["They're like the plumbing. You only think about them when something leaks.", "comm"],
  [
    "Every call I get a different person at the IT company and have to explain our setup from scratch.",
    "distance",
  ],
  ["I don't have the energy to fight them on it anymore.", "distance feel"],
  [
    "Explaining why we needed the large-format printer on the network was like talking to a wall. Exhausting.",
    "conflict feel",
  ],
  [
    "They're always busy. Always. You can see them through the glass with their headphones on. Getting their attention is hopeless.",
    "distance conflict",
  ],
  [
    "When my laptop was nicked from the car they had it wiped remotely and a new one ready by lunchtime. Impressive.",
    "",
  ],
  ["Good in a crisis, invisible the rest of the time, which is probably how it should be.", ""],
  ["Invisible until they need something from you. Then you get five emails.", "comm distance"],
  ["What do they do? Patch things, block things, nag people.", "comm"],
  [
    "They handle the security side of swapping CAD data with the engineering partners. Never had a problem.",
    "",
  ],
  ["I didn't even know we had a security policy until I broke it.", "distance comm"],
  [
    "They ran a session on the policy with real examples from our industry. Thirty minutes, no waffle.",
    "",
  ],
  ["The policy is forty pages. Nobody has read it. I'm not convinced they have.", "comm blame:sec"],
  ["Sometimes I feel silly asking, but that's on me, not them.", "feel blame:self"],
  ["I used to avoid asking them things but they've been really encouraging lately.", ""],
  ["We basically never see them unless a laptop needs replacing.", "distance comm"],
  ["What you'd expect really, polite emails and the odd grumble.", ""],
  [
    "I think the security team would say we're careless with client data. They'd be half right.",
    "blame:emp blame:self",
  ],
  [
    "Let's be honest, us designers are sloppy. I email client files to anyone who asks.",
    "blame:self",
  ],
  [
    "Hard to describe a relationship with someone you only know through automated emails.",
    "distance comm",
  ],
  [
    "I got reprimanded for sending a PDF to my personal email to work on at home. Fair enough, but the tone was nasty.",
    "comm power",
  ],
  [
    "Our security lead is brilliant at explaining risk in terms of money and deadlines, which is what the partners care about.",
    "",
  ],
  [
    "They scare the life out of you with statistics and then don't tell you what to actually do.",
    "comm feel",
  ],
  ["A bit paranoid, but I'd rather that than the alternative.", ""],
  [
    "Every printer in the building needs a badge swipe now. Took some getting used to, but fine.",
    "",
  ],
  [
    "The badge swipe on the proof printer adds a minute to every proof. Multiply that by two hundred proofs a day.",
    "conflict",
  ],
  ["They'd describe the relationship as 'developing'. Generous.", "distance"],
  ["From our side it's pretty good. From theirs, I don't know, I've never asked.", ""],
  [
    "Got a call asking if I really meant to log in from Portugal. I was in Portugal. Nice to know someone's paying attention though.",
    "",
  ],
  ["Someone rang to ask why I'd logged in at midnight. Felt very Big Brother.", "power feel"],
  ["They give the impression they'd rather users didn't exist.", "distance"],
  ["I call them 'the department of no' but I say it fondly.", ""],
  ["Fine, apart from the constant 'your password expires in 3 days' pop-ups.", ""],
  ["Understandable? Mostly. I still don't get what 'conditional access' means but it works.", ""],
  ["Honestly the bloke's a genius, I just wish he'd slow down when he explains things.", "comm"],
  ["He talks so fast and in so much shorthand that I nod along and hope for the best.", "comm"],
  ["I've learned more about security from them in a year than in my whole career.", ""],
  [
    "Every time I ring them I can hear the sigh before they say hello. Makes me feel about two inches tall.",
    "comm feel",
  ],
  ["They'd probably call it healthy. I'd call it one-sided.", "power"],
  [
    "They gave us colour-calibrated machines and left the monitor profiles alone when they locked everything down. Appreciated.",
    "",
  ],
  [
    "The security software reset our color profiles twice. Nobody on their end understood why that mattered.",
    "conflict blame:sec",
  ],
  ["They're on management's side, not ours.", "power"],
  [
    "I'm pretty sure they report everything we do back to the directors. It's unnerving.",
    "power feel",
  ],
  ["I once asked what data they actually collect on us and got a straight, complete answer.", ""],
  ["Asked what they monitor and got 'standard stuff'. Very reassuring. Not.", "comm power"],
  ["They do penetration testing, whatever that involves.", "distance"],
  [
    "They hired an outside team to try to break in and then told everyone the results in plain English. Really interesting.",
    "",
  ],
  [
    "I'm in accounts at a print firm and honestly the only time I deal with them is the yearly training.",
    "distance",
  ],
  ["As office manager I'm their main contact and we talk most days. Very easy to work with.", ""],
  [
    "As office manager I'm stuck in the middle between staff who want things and IT who say no.",
    "conflict",
  ],
  ["I feel for the IT guy, everyone shouts at him when things break.", "conflict"],
  ["They get pretty defensive when you point out something isn't working.", "conflict"],
  ["They're happy to be told they've got something wrong. Rare quality.", ""],
  [
    "The IT team and the creative director basically don't speak. It's awkward for everyone.",
    "distance conflict",
  ],
  ["There's no real relationship. They're a phone number on a sticker on my monitor.", "distance"],
  ["They're slow. Not unhelpful, just slow.", "conflict"],
  ["Quick to reply, slow to actually fix anything.", "conflict"],
  [
    "The best experience was when they came to my desk instead of talking me through it on the phone.",
    "",
  ],
  [
    "The worst was being talked through something on the phone for forty minutes using words I'd never heard.",
    "comm",
  ],
  ["I felt like an idiot on that call.", "feel"],
  ["Helpful the way a locksmith is helpful. You call, they open the door, they leave.", "distance"],
  [
    "It's very 'us and them'. They've got their own little room with a keypad on the door.",
    "distance power",
  ],
  ["They sit with us in the open-plan, which makes a big difference.", ""],
  [
    "I asked to join the security working group and they said yes straight away. Nice to have a say.",
    "",
  ],
];
