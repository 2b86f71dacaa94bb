import type { RawExample } from "./types.js";

/** Security and IT staff on employees, managers and their own position: survey answers, interview quotes, workshop remarks. Written fresh for Rapport (brief EB). */
export const VOICES_EB_4: readonly RawExample[] = [
  [
    "Helpdesk here. Security never tells us about changes until users are already on the phone to us.",
    "comm blame:sec",
  ],
  [
    "The security team are lovely, but they genuinely don't know what a normal working day looks like for our users.",
    "distance",
  ],
  ["I wear a hi-vis in the depot so people know who I am. Sounds silly, it works.", ""],
  [
    "I could do a lot more to explain why we block things. I tend to just block them.",
    "comm blame:self",
  ],
  [
    "The finance people are terrified of getting anything wrong, which honestly makes them great at security.",
    "",
  ],
  ["Some staff act like I personally invented MFA to ruin their mornings.", "conflict feel"],
  [
    "Care workers use their own phones for rotas because our app doesn't work offline. Can't say I blame them.",
    "conflict",
  ],
  ["The app not working offline is our failure, full stop.", "blame:self"],
  ["We're seen as support, not partners. Nobody asks our view before buying software.", "power"],
  ["Had a lovely email from the school office thanking us for rescuing the exam files.", ""],
  ["The users? Honestly, they're the best bit of the job.", ""],
  [
    "Execs want the iPad, the personal Gmail and the home printer connected, and they want it now.",
    "conflict power",
  ],
  [
    "When I get defensive with users it's usually because I'm tired, not because they did anything wrong.",
    "blame:self",
  ],
  [
    "People at the branches don't know our names, and most of us couldn't tell you theirs either.",
    "distance",
  ],
  [
    "We rolled out the password manager with a half-hour demo for each team. Uptake was over 80 percent.",
    "",
  ],
  [
    'We sent a company-wide email saying "Do not open attachments from unknown senders." That is our entire awareness programme.',
    "comm blame:self",
  ],
  [
    'I wish the production managers would just pick up the phone instead of raising a ticket that says "call me".',
    "comm",
  ],
  [
    "The nurses are run off their feet. If logging in takes forty seconds they'll share a session, and fixing that is our job, not theirs.",
    "conflict blame:self",
  ],
  [
    "The people in legal are pedantic, but usefully so. They read every word of the policy and tell me where it's wrong.",
    "",
  ],
  ["Sometimes I think the company would rather have no IT than pay for decent IT.", "feel"],
  [
    "I'm frustrated that my warnings about the old firewall were ignored until the breach.",
    "feel distance",
  ],
  ["Ops staff bypass the proxy with their own hotspots. We know, they know we know.", "conflict"],
  [
    "I've been on the helpdesk for eight months and nobody from security has ever spoken to me.",
    "distance",
  ],
  ["I send new starters a welcome note with my mobile number. Most never use it, but some do.", ""],
  [
    "Shop floor staff get shouted at by customers all day. The last thing they need is me shouting about passwords, so I don't.",
    "",
  ],
  [
    "People don't bring us their problems because we've been known to escalate to their managers.",
    "power distance blame:self",
  ],
  [
    "The accounting partner still prints every email and leaves them on his desk. Client data everywhere.",
    "blame:emp",
  ],
  [
    'I never say "user error" out loud any more. It\'s almost always a design problem somewhere.',
    "",
  ],
  [
    "There is a design problem, and it's that people don't read the screen before clicking OK.",
    "blame:emp",
  ],
  [
    "Our relationship with the franchisees is contractual and distant. We only really speak at renewal time.",
    "distance",
  ],
  ["The site leads trust me, and that took two years of showing up.", ""],
  ['Every request starts with "sorry to bother you". I don\'t know how to fix that.', "feel"],
  ["We block personal webmail. It has caused exactly zero complaints, surprisingly.", ""],
  [
    'Our logging is so detailed that when someone asks "did you see what I did?", the honest answer is yes. That freaks people out.',
    "feel power",
  ],
  [
    "Explaining macro risk to a 62-year-old bookkeeper who's used the same spreadsheet since 1998. Wish me luck.",
    "blame:emp",
  ],
  ["She turned out to be the best in the company at spotting dodgy macros, as it happens.", ""],
  ['Staff hear "IT" and think "lecture". That\'s how we\'ve trained them.', "comm blame:self"],
  [
    "The MSP won't give us admin on our own tenant. I have to raise a ticket with them to add a shared mailbox.",
    "conflict power blame:sec",
  ],
  ["I'm sure the lab folk think I'm a jobsworth. I am, a bit. It's the job.", "conflict"],
  [
    "When something breaks at night, the on-call engineer is me. People are kind about it; they only ring if it's serious.",
    "",
  ],
  [
    "Senior managers sign the policy, then ask me for an exception the same afternoon.",
    "conflict power",
  ],
  [
    "I answer the same Wi-Fi password question forty times a week. Put it on a poster? They don't read posters.",
    "feel distance",
  ],
  [
    "Most of our incidents last year came from one very unlucky department. We helped them out, no finger-pointing.",
    "",
  ],
  [
    "I'm embarrassed by how long our access requests take. People shouldn't have to chase us.",
    "conflict blame:self",
  ],
  ["There's a fear that asking IT a question ends up on your record somewhere.", "feel power"],
  [
    "The surgeons want zero-click logins. Fair enough. We just can't give them that yet.",
    "conflict",
  ],
  [
    'Support staff get treated like servants by some of the directors. "Fetch my charger." Seriously.',
    "power",
  ],
  ["Our security quiz has a 95 percent pass rate. It's probably too easy, but still.", ""],
  [
    "Ha, the quiz has a 95 percent pass rate because people share the answers on WhatsApp.",
    "conflict",
  ],
  ["I keep the jargon out. If I can't explain it to my mum, it doesn't go in the email.", ""],
  [
    "A client's office manager once told me I'm the only IT person who talks like a human. Best compliment I've had.",
    "",
  ],
  [
    "Users take security advice from TikTok more seriously than from us. I can't compete with that.",
    "feel distance",
  ],
  ["We're far too reactive. We only engage staff after an incident.", "comm blame:self"],
  [
    "The project managers treat the security review as optional. Until the client asks for the pen test report.",
    "conflict",
  ],
  [
    "Yes, we can see your screen during remote support. No, we don't look when you're not in a session.",
    "",
  ],
  ['It hurts a bit when people talk about "IT" as if we\'re a vending machine.', "feel power"],
  [
    "We're a charity; people are here for the cause, not for IT. I try to keep my asks small and rare.",
    "",
  ],
  [
    "The volunteers share accounts because they rotate every week and we never set up anything better. Our doing.",
    "conflict blame:self",
  ],
  ["No one from IT went to the new office opening. People noticed.", "distance"],
  [
    "There's mutual respect with the facilities team. They hold doors for my kit, I fix their badge readers.",
    "",
  ],
  [
    "Most of my job is translating between what the auditors want and what people will actually do.",
    "",
  ],
  [
    "I keep my distance from staff on purpose. Get too friendly and they'll expect favours.",
    "distance",
  ],
  [
    "The quality team are nitpicky about software validation and it drives my team mad, though they're usually right.",
    "feel",
  ],
  ['A user told me I\'d "saved her job" by recovering a deleted folder. That stays with you.', ""],
  [
    'We ran a survey and the top complaint was "IT talks down to us". Ouch, but fair.',
    "comm blame:self",
  ],
  [
    "Everyone in the design studio knows my name and my coffee order. That's the relationship I want.",
    "",
  ],
  ["Our SOC analysts have never set foot in the office they protect.", "distance"],
  ["People like the new self-service portal. Fewer calls, faster fixes.", ""],
  [
    "At the council we've got 1,400 staff and a security team of four. I know maybe fifty of them by name. The rest know us as the people who send the scary emails about phishing.",
    "comm distance",
  ],
  [
    "Look, I'll be straight with you. When the hotel group got hit, my first instinct was to blame the front desk. Then I read the logs, and it was a contractor account we'd forgotten to disable. My team's mess.",
    "blame:self",
  ],
  [
    "The journalists here need to talk to sources on all sorts of apps, and I'd rather help them do it safely than pretend I can stop it.",
    "",
  ],
  [
    "The newsroom treats any restriction as censorship. Try telling an editor he can't install an app.",
    "conflict",
  ],
  [
    "Fintech is funny. Everyone's technical, so everyone reckons they're a security expert. Most of them aren't.",
    "blame:emp",
  ],
  [
    "We rotate a security person into each squad's stand-up once a week. The devs actually ask us things now.",
    "",
  ],
  [
    "I used to dread the quarterly access review with the department heads. These days it's twenty minutes and everyone comes prepared.",
    "",
  ],
  [
    "I still dread the quarterly access review. Half the heads don't show up and the other half sign off without looking.",
    "feel distance blame:emp",
  ],
  [
    "We've got a good working relationship with the union reps. They raised the monitoring concerns early and we adjusted.",
    "",
  ],
  [
    "People say IT is arrogant here. I've worked in three other places and this is the humblest team I've seen.",
    "",
  ],
  [
    "What I hear in the corridors is that we're unreachable. That's fair. The phone line goes to voicemail half the day.",
    "conflict blame:self",
  ],
  [
    'The lecturers don\'t see why they should care. "I teach medieval history, why would anyone hack me?"',
    "distance",
  ],
  [
    "Someone did hack him, as it turned out. They used his account to phish his whole department.",
    "",
  ],
  [
    "Our drivers get a text from the security team maybe twice a year, and both times it's to tell them off.",
    "comm power",
  ],
  [
    'I\'m aware our notices are pretty bossy. "You must", "you are required to". I\'m trying to soften them.',
    "comm blame:self",
  ],
  [
    "The dispatchers have a point: every security step we add makes their screen slower to load, and they're on the clock.",
    "conflict",
  ],
];
