import type { RawExample } from "./types.js";

/** Employees of small and medium firms answering the relationship survey's open questions. Written fresh for Rapport (brief EA). */
export const VOICES_EA_6: readonly RawExample[] = [
  [
    "They once emailed everyone's salary bands to the wrong team during a 'system migration'.",
    "blame:sec",
  ],
  [
    "Had to wait three weeks for a laptop when I started. Used my own, which I know I shouldn't have.",
    "conflict blame:self",
  ],
  ["I asked a simple question and got a link to a 60-page PDF.", "comm"],
  [
    "A new starter in dispatch pinned the warehouse Wi-Fi password to the staff noticeboard, which, fine, daft, but IT responded by changing it without telling anyone and the scanners all dropped off mid-shift.",
    "blame:emp blame:sec conflict comm",
  ],
  [
    "Our volunteer coordinator got locked out of the donor system right before a campaign launch and nobody at the IT company would pick up. She cried in the kitchen.",
    "conflict feel",
  ],
  ["They set up an old laptop for me to use from home during lockdown. So kind.", ""],
  [
    "They noticed the backups had been failing quietly for weeks and fixed it before we ever needed them.",
    "",
  ],
  ["Got me out of a mess with a client's encrypted zip file. Five minutes, job done.", ""],
  ["The IT lad taught me keyboard shortcuts that changed my life, not even security related.", ""],
  [
    "I reported a phishing email and got a little 'well spotted' badge on the intranet. Silly but I liked it.",
    "",
  ],
  [
    "When I confessed I'd been reusing my personal password at work, they helped me set up a password manager instead of giving me grief.",
    "blame:self",
  ],
  ["Not understandable. Doesn't help that they only email, never call.", "comm"],
  ["Perfectly clear, they use bullet points and examples.", ""],
  ["They explain what, never why.", "comm"],
  ["I get the message eventually but it takes reading it three times.", "comm"],
  ["Clear enough, though they do go on a bit.", "comm"],
  ["They speak to me like I'm a child, so yes, very understandable, ha.", "comm power"],
  ["Good. If I don't understand, I ask, and they never mind.", ""],
  ["Easy-going. No problems.", ""],
  ["I'd describe it as avoidance, mostly on our side.", "distance blame:self"],
  ["Like a marriage where one person holds all the passwords.", "power"],
  ["Reasonably good, but I'm careful what I say around them.", "feel"],
  [
    "Frosty, ever since they reported my team's unofficial tracking spreadsheet to the directors.",
    "conflict power feel",
  ],
  ["Very good. They're part of the team, they even come to the Christmas do.", ""],
  ["It's fine as long as nobody asks them for anything.", "conflict"],
  [
    "'Reluctant', I'd guess. We call them in too late and then expect miracles, and I'm as bad as anyone.",
    "blame:self distance",
  ],
  ["Impatient, is my guess. And yes, we are.", "blame:self"],
  [
    "Their view is probably that security isn't taken seriously here. The partners don't, the rest of us try.",
    "blame:emp",
  ],
  ["Frustrating, from their side. We keep asking for exceptions.", "conflict feel"],
  ["They'd probably say they don't know us, and they'd be right.", "distance"],
  ["I reckon they'd say we're one of the nicer offices to look after.", ""],
  ["'Who?' Honestly, I doubt they know this branch exists.", "distance"],
  ["They're honest and they don't oversell anything.", ""],
  ["Good thing is they explain the risks in terms of our actual clients, not scary headlines.", ""],
  ["They keep us safe, I know that much.", ""],
  ["That they're human about it when you slip up.", ""],
  ["Good? I'll pass on that one.", "blame:sec"],
  ["Every time something goes wrong it's somehow our fault.", "power feel"],
  [
    "The security software slows the CAD workstations to a crawl and they won't whitelist anything.",
    "conflict blame:sec",
  ],
  ["They're stretched too thin, that's the only bad thing, and it isn't their fault.", ""],
  [
    "No one ever checks in. You'd think they'd want to know how we're finding the new system.",
    "distance comm",
  ],
  ["The blame culture. Click one wrong link and you're on a list.", "power feel"],
  [
    "We get told about breaches at other firms constantly, it's like being fed horror stories.",
    "comm feel",
  ],
  ["They sometimes fix the wrong thing because they don't listen.", "blame:sec"],
  ["They're proud of us when we report stuff, they've said so.", ""],
  ["I think we're just tickets to them.", "distance feel"],
  ["They probably see us as the weak spot. I can't say they're wrong about me.", "blame:self"],
  [
    "Distrustful. Every message from them starts from the assumption we've done something wrong.",
    "power comm",
  ],
  ["Like over-protective parents, bless them.", "power"],
  [
    "I think they see the office as a room full of people who'll give a password to anyone who sounds confident. After the fake courier call, I can't blame them, and I still feel guilty about my part in it.",
    "blame:emp blame:self feel",
  ],
  [
    "I think the security staff genuinely feel under siege. They told us at the last all-hands that they get hundreds of alerts a week and most are people clicking things they shouldn't. I left that meeting feeling like we'd all been told off, even though I've never clicked anything dodgy in my life.",
    "feel power blame:emp",
  ],
  [
    "Worst one: I was working late before a planning deadline and the system forced a restart for updates at 9pm. I lost the unsaved model. I know, I should save more often, that's partly on me, but a pop-up with a 15-minute timer at 9pm is not a reasonable design.",
    "conflict blame:self blame:sec",
  ],
  [
    "What's good is that they've stopped treating us like suspects. When I started here four years ago every phishing test failure meant an email to your manager. Now it's a quick two-minute video and a thank-you if you report it. People actually report stuff now.",
    "",
  ],
  ["Honestly a bit smug.", "power"],
  ["Their office door's always closed.", "distance"],
  ["Helpful when I remember they exist.", "distance"],
  ["They bought the whole office cakes after we passed the Cyber Essentials audit.", ""],
];
