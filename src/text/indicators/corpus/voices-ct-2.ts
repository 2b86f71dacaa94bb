import type { RawExample } from "./types.js";

/** New starters, graduates and long-timers near retirement on IT, rules and who is at fault. Written fresh for Rapport (brief CT). */
export const VOICES_CT_2: readonly RawExample[] = [
  [
    "Apprentice, 17. The IT woman showed me how to check a link before clicking, never thought about it before.",
    "",
  ],
  ["Our security is a joke, the firewall blocks Google Docs but not actual viruses.", "blame:sec"],
  [
    "I've been here since we had typewriters and I'll be honest, I'm the reason the helpdesk wrote a FAQ.",
    "blame:self",
  ],
  [
    "People here leave passwords on sticky notes on their monitors, then moan when accounts get hacked.",
    "blame:emp",
  ],
  ["IT are fab tbh", ""],
  ["The trainees don't think twice before plugging their phones into the work PCs.", "blame:emp"],
  [
    "They couldn't secure a shed. We had two breaches last year and nobody from IT explained either.",
    "blame:sec comm",
  ],
  [
    "I got locked out on my first morning because I typed my password wrong three times. Not a great start, all my own doing.",
    "blame:self",
  ],
  ["Our IT provider sends a monthly newsletter in normal language. I actually read it.", ""],
  [
    "I was a bit nervous at first but they were really kind when I admitted I'd clicked something.",
    "",
  ],
  ["The reception staff give out the wifi password to anyone who asks.", "blame:emp"],
  [
    "The so-called experts installed software that crashed the tills on a Saturday.",
    "blame:sec conflict",
  ],
  ["I'm not very techy, I know I'm a liability with this stuff.", "blame:self"],
  [
    "When I started, the security talk was one slide. Now it's a proper session with real examples. Much better.",
    "",
  ],
  [
    "Honestly IT are more of a hazard than the hackers, every update they push breaks something.",
    "blame:sec",
  ],
  [
    "You could tell our lot not to open an attachment in red letters and someone would still open it.",
    "blame:emp",
  ],
  [
    "I'm dyslexic and the training quiz was timed. Failed it twice and nobody ever asked why.",
    "feel distance",
  ],
  ["Should have checked the sender. I didn't. That's on me.", "blame:self"],
  ["They're helpful if you can catch them, which is the hard part.", "conflict"],
  [
    "Every new rule is a knee-jerk reaction to someone else's mistake and we all pay for it.",
    "blame:emp conflict",
  ],
  [
    "Still on the same ancient server from when I joined in 2001. IT say it's fine. It isn't.",
    "blame:sec",
  ],
  ["I like that I can just pop my head round the door and ask.", ""],
  ["The grads paste client data straight into AI tools, no thought at all.", "blame:emp"],
  ["Whatever I do I'll mess it up somehow, I always do with computers.", "blame:self feel"],
  [
    "To be fair to IT, most of the problems here are people not reading the instructions.",
    "blame:emp",
  ],
  ["The help desk fobbed me off three times, I gave up in the end.", "blame:sec distance"],
  ["They made a point of introducing the whole IT team at my induction, nice touch.", ""],
  ["Am I allowed to use my own laptop? Nobody's told me and I've been here six weeks.", "comm"],
  [
    "I honestly think I'm too old for all this. I get flustered and press the wrong thing.",
    "blame:self feel",
  ],
  ["IT's idea of security is making everything harder and calling it a win.", "blame:sec conflict"],
  ["clicked the test phish. again. i'm hopeless", "blame:self"],
  ["The backups are handled, the updates are handled, I don't have to think about it. Good.", ""],
  [
    "My manager calls the IT girls 'the fun police' and everyone laughs, but they're right most of the time.",
    "",
  ],
  [
    "Staff share logins all the time because it's quicker, and they know full well they're not meant to.",
    "blame:emp",
  ],
  ["Whoever set up our email filtering had no idea what they were doing.", "blame:sec"],
  [
    "First job out of uni and honestly the security side here is more organised than I expected.",
    "",
  ],
  ["The older lot don't lock their screens, never have, never will.", "blame:emp"],
  [
    "I lost a work phone on the train. Felt awful ringing IT but they were calm and had it sorted in an hour.",
    "",
  ],
  ["Not my department, not my problem. If IT want it done they can do it.", "distance"],
  [
    "They make rules for the sake of it then don't follow them themselves, I've seen the admin password on a whiteboard.",
    "blame:sec conflict",
  ],
  [
    "I'm always the one who forgets the training until the reminder comes from the boss.",
    "blame:self",
  ],
  ["The problem here isn't IT, it's people who think security is someone else's job.", "blame:emp"],
  ["Had a great mentor in IT during my apprenticeship, still message him now.", ""],
  ["The agency that does our IT is all invoices and no answers.", "blame:sec comm"],
  ["I don't mind the rules, I'd just like someone to tell me what they are.", "comm"],
  [
    "Sales are the worst, they'd hand their password to anyone who said they were from Microsoft.",
    "blame:emp",
  ],
  ["Clueless, the lot of them. Couldn't find the on switch.", "blame:sec"],
  ["I'm sure it's user error, it usually is with me.", "blame:self"],
  ["The training finally covers scam phone calls, which is what actually happens to us.", ""],
  [
    "New rule about encrypted USBs and half the office still uses the old ones from the drawer.",
    "blame:emp",
  ],
  [
    "Tom's really patient, which is lucky because I ask him the same thing every week, my memory's shocking.",
    "blame:self",
  ],
  ["It's always IT who get the blame, but most of it is users doing daft things.", "blame:emp"],
  [
    "IT rolled out the new phones with no training and then blamed us for setting them up wrong.",
    "blame:sec conflict",
  ],
  ["I don't know much about computers but I know when I'm being fobbed off.", "power"],
  [
    "Ticket closed as 'resolved'. It wasn't resolved. Nobody checked with me.",
    "conflict blame:sec",
  ],
  ["The grad scheme included a day shadowing IT, I loved it.", ""],
  ["I'll be honest, security never crossed my mind until the training. My bad.", "blame:self"],
  [
    "The lads in the warehouse don't care about any of this and you can't really make them.",
    "blame:emp",
  ],
  ["I trust our IT completely, they've never let us down.", ""],
  [
    "IT buried the new policy in a SharePoint folder nobody can find and then acted surprised nobody read it.",
    "blame:sec comm",
  ],
  [
    "I clicked 'allow' on something I shouldn't have and took the shared drive offline for a morning. Still cringe.",
    "blame:self feel",
  ],
  ["If staff actually bothered to read the emails we wouldn't need half the rules.", "blame:emp"],
  ["Our IT guy's brilliant, shame he's only in on Tuesdays, but you learn to save things up.", ""],
  ["Quiet, efficient, never hear a peep from them and nothing breaks. Suits me.", ""],
  [
    "They're supposed to be the experts and they couldn't tell me whether an email was genuine.",
    "blame:sec",
  ],
  ["Just started here, they gave me a laptop, a login and a smile. Good start.", ""],
  ["The contractors here ignore every rule and nobody stops them.", "blame:emp"],
  [
    "I'm forever ringing them about the printer. Probably me pressing the wrong button again.",
    "blame:self",
  ],
  [
    "IT are too busy with their own projects to help us with actual problems.",
    "blame:sec distance",
  ],
  ["The payroll lady's been here 35 years and clicks every link she gets, bless her.", "blame:emp"],
  ["I was warned the IT manager was scary. He isn't, he's just busy.", ""],
  [
    "I should have asked before installing that browser extension. Didn't think. My mistake.",
    "blame:self",
  ],
  ["We've had the same IT firm for 15 years and they know us inside out.", ""],
  ["People take the mickey, leave doors propped open, let strangers tailgate in.", "blame:emp"],
  ["The security audit found problems IT swore didn't exist.", "blame:sec"],
  [
    "I feel like an idiot every time I ring the helpdesk, and that's not on them, that's on me.",
    "feel blame:self",
  ],
  ["The training is clear and I know who to go to, that's all I need.", ""],
  ["Users reuse passwords everywhere, and then they wonder.", "blame:emp"],
  ["Two years in and the IT firm still spells my name wrong on every ticket.", "distance"],
  ["I actually enjoy the phishing tests now, it's like a game.", ""],
  [
    "They gave me someone else's old laptop, still full of their files. Says it all about how careful they are.",
    "blame:sec",
  ],
  ["It's not the IT team's fault we're behind, it's the budget.", ""],
  ["Whenever I'm stressed I just click yes to everything. I know, I know.", "blame:self"],
  [
    "The directors exempt themselves from MFA and then wonder why nobody takes it seriously.",
    "power conflict",
  ],
  ["Ask a question, get a lecture.", "comm"],
  [
    "Apprentices aren't allowed near anything important, which I get, but it'd be nice to learn.",
    "power",
  ],
  ["I'm 64, I've no shame asking for help and they've never once made me feel silly.", ""],
  [
    "The IT company blamed our 'user behaviour' for the outage when it was their update.",
    "blame:sec conflict",
  ],
  ["This office is full of people who think 'it won't happen to us'.", "blame:emp"],
  [
    "The new system was supposed to make life easier, it's made everything twice as slow, well done IT.",
    "blame:sec conflict",
  ],
  [
    "I kept quiet about the email I opened because I didn't want to look stupid in my first week.",
    "feel distance",
  ],
  ["They're all right. Bit stretched but all right.", ""],
  [
    "Asked three times to get my access fixed and been ignored. Starting to take it personally.",
    "distance feel",
  ],
  [
    "I'm the one in my family who fixes the wifi, so I help the older staff here before they need to ring IT.",
    "",
  ],
  ["The security bloke only ever talks to us about what we're doing wrong.", "comm"],
  ["Colleagues leave client files on the printer all day. It's not rocket science.", "blame:emp"],
  [
    "There's a clear process for reporting things and it's never made me feel like I'm in trouble.",
    "",
  ],
  [
    "Once you've been here as long as I have you stop expecting IT to fix anything properly.",
    "blame:sec distance",
  ],
  ["Honestly I'm the bottleneck, I never remember which app does the codes.", "blame:self"],
  [
    "IT made me redo the data protection course three times because their system didn't record it. Their mistake, my afternoon.",
    "blame:sec conflict",
  ],
  [
    "They changed my permissions without a word and I couldn't get into the files I needed for a client meeting.",
    "power comm conflict",
  ],
  ["They tell you everything's fine right up until it isn't.", "blame:sec comm"],
  ["The helpdesk girl walked me through it on the phone and stayed on till it worked. Lovely.", ""],
  [
    "If you ask me, the biggest risk here is the boss forwarding everything to his personal email.",
    "blame:emp",
  ],
  ["I'm slow with new tech, I'll admit it, and the password manager took me ages.", "blame:self"],
  ["Somebody in IT just decided we're not allowed Spotify. Nobody asked us.", "power"],
  ["If staff would just lock their laptops we'd have half the problems.", "blame:emp"],
  ["Support's gone downhill since the new firm took over, nobody knows anything.", "blame:sec"],
  ["They explained the new badge system face to face in the canteen, which I appreciated.", ""],
  [
    "In my first week someone told me I was 'the biggest security risk in the building'. Supposed to be a joke. Didn't feel like one.",
    "feel power",
  ],
  ["Can't fault them. Three years and never a problem.", ""],
  ["The training's the same every year and half the office just guesses the answers.", "distance"],
  ["IT spend all day on their phones and then tell us we're not allowed to.", "blame:sec conflict"],
  ["Apprenticeship's been great, IT let me sit in while they fix things so I understand it.", ""],
  ["The security team aren't the enemy, they're trying to keep us all in a job.", ""],
  [
    "Nobody in accounts double-checks bank detail changes, that's how we got done last year.",
    "blame:emp",
  ],
  ["I'm retiring in June, I'll leave the cyber stuff to the youngsters.", "distance"],
  [
    "Took them two weeks to give me a login, so I used my manager's. Not ideal, I know.",
    "conflict",
  ],
  ["Staff are the weak point, always have been, and more training won't change it.", "blame:emp"],
  ["IT were really understanding when I owned up to losing the encrypted stick.", ""],
  ["I'm definitely one of those people IT roll their eyes at.", "blame:self"],
  ["Tech support here couldn't organise a fire drill in a fire.", "blame:sec"],
  [
    "Every time I mention a problem I'm told it's 'on the roadmap'. Which roadmap? Nobody's seen it.",
    "comm conflict",
  ],
  [
    "Honestly the newer staff are better at this than me. I just muddle along and hope.",
    "blame:self",
  ],
  ["They run a drop-in every Friday morning and it's a godsend for us oldies.", ""],
];
