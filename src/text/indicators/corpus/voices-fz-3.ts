import type { RawExample } from "./types.js";

/** Part 3 of batch FZ (see voices-fz.ts). */
export const VOICES_FZ_3: readonly RawExample[] = [
  ["I avoid asking them anything. Easier to google it.", "distance"],
  ["If something looks off I fix it on my end and move on. No point looping them in.", "distance"],
  ["They don't come to our meetings and we don't go to theirs.", "distance"],
  ["Nah, I don't deal with them. If something breaks my team lead handles it.", "distance"],
  ["Our studio is on its own network anyway, so we mostly keep to ourselves.", "distance"],
  [
    "Our team lead told us to just not mention the new AI tools to security, so we don't.",
    "distance",
  ],
  [
    "Let's be honest, the designers are the weakest link. They'll click anything that looks like a Dropbox link.",
    "blame:emp",
  ],
  [
    "From what I hear the security team thinks we're all idiots who'd hand over our passwords to anyone who asked nicely.",
    "blame:emp",
  ],
  ["IT security here is useless. They block legit tools and miss the actual threats.", "blame:sec"],
  [
    "I'm probably the problem, to be fair. I keep forgetting to lock my screen and they keep having to ping me.",
    "blame:self",
  ],
  [
    "I'm the one who fell for the fake invoice last year, so I guess I'm the reason we have all these new rules.",
    "blame:self",
  ],
  [
    "Account managers are the real risk. They forward client files to their personal Gmail all the time.",
    "blame:emp",
  ],
  [
    "Security is the reason we lost a pitch: their laptop lockdown meant we couldn't run the demo offline.",
    "blame:sec",
  ],
  [
    "Users will always be the weak point, however much tech you throw at it. That's just people.",
    "blame:emp",
  ],
  ["I'm not very techy, so I'm probably a nightmare for them.", "blame:self"],
  ["Half the tickets they get are probably from me. I'm their worst customer.", "blame:self"],
  ["Security doesn't add value, it adds steps.", "blame:sec"],
  [
    "Marketing are always the ones clicking on the fake LinkedIn messages. It's always them.",
    "blame:emp",
  ],
  ["To be fair, most of my complaints come from me not reading their emails.", "blame:self"],
  ["They talk about 'human risk' in every presentation, and the human is always us.", "blame:emp"],
  [
    "It's not the users who are the weak link, it's the terrible tooling security forces on us.",
    "blame:sec",
  ],
  [
    "I keep getting locked out because I can't remember the password rules. That one's on me, not them.",
    "blame:self",
  ],
  [
    "Maybe I'm being unfair, but it feels like they'd be happier if there were no users at all.",
    "blame:emp",
  ],
  [
    "I kind of feel sorry for them. We ignore their advice and then moan when something breaks; it's as much our fault as theirs.",
    "blame:self",
  ],
  [
    "Honestly it's frustrating. I spend more time fighting the proxy than designing.",
    "conflict feel",
  ],
  ["Nobody knows who they are, but everyone's scared of their rules.", "power feel"],
  [
    "Half our delivery delays are down to security. They're the bottleneck, full stop.",
    "conflict blame:sec",
  ],
  [
    "They only show up when there's an incident, and then it's straight into interrogation mode about who clicked what.",
    "comm blame:emp",
  ],
  [
    "I reported a phishing email weeks ago and never heard anything back. I feel let down, honestly.",
    "conflict feel",
  ],
  [
    "I stopped asking them questions after the third time they answered in acronyms and made me feel thick.",
    "comm distance",
  ],
  [
    "They treat developers like children who can't be trusted with admin rights, and then wonder why we run our own VMs on the side.",
    "power distance",
  ],
  [
    "The relationship is cold. We don't talk unless the auditors are coming, and then it's nothing but demands.",
    "distance comm",
  ],
  [
    "I'm terrified of being the person who causes a breach. They make it very clear it would be on us.",
    "feel blame:emp",
  ],
  [
    "They think we're the weakest link and they talk to us like it. Lots of eye-rolling at our questions.",
    "blame:emp comm",
  ],
  [
    "IT here are gatekeepers who'd rather say no than understand what we do. I've given up asking.",
    "conflict blame:sec distance",
  ],
  [
    "I feel like a servant to their compliance checklist, and it's made me resentful.",
    "power feel",
  ],
  [
    "They hide behind policies nobody is allowed to question and answer every request in jargon.",
    "power comm",
  ],
  [
    "I'm always worried I'm doing something wrong, and I probably am; I'm terrible with passwords.",
    "feel blame:self",
  ],
  ["We work around them wherever we can. They're an obstacle, not a partner.", "distance conflict"],
  [
    "Security is an invisible force. They change firewall rules without telling anyone and we find out when the build breaks.",
    "power conflict",
  ],
  [
    "The guy from security came down once, told us our 'user behaviour was the primary attack vector' and left. Nobody's seen him since.",
    "blame:emp comm distance",
  ],
  ["Frankly they're useless and I'm sick of pretending otherwise.", "blame:sec feel"],
  [
    "We only ever meet them in post-mortems, and those are basically about which of us screwed up.",
    "comm blame:emp",
  ],
  [
    "I dread messaging them because the answer is always no, and it always comes across like I'm an idiot.",
    "feel conflict comm",
  ],
  [
    "They monitor our Slack and our repos and we never see any of their own work. It's a one-way street and it makes people nervous.",
    "power feel",
  ],
  [
    "I don't bother with them anymore. The one time I escalated something they were dismissive and it got lost anyway.",
    "distance comm",
  ],
  [
    "Whatever goes wrong, it's 'user error'. Never their config, never their tools. It's demoralising.",
    "blame:emp feel",
  ],
  [
    "I probably deserved the lecture, I've clicked two phishing tests this year, but it was still condescending.",
    "blame:self comm",
  ],
  [
    "They're the bottleneck for every client onboarding and nobody on their side picks up the phone.",
    "conflict blame:sec",
  ],
  [
    "They'd probably call us careless cowboys. We'd call them paranoid box-tickers. So, not great.",
    "blame:emp blame:sec conflict",
  ],
  [
    "I get anxious every time I install anything, because I know it'll be flagged and I'll have to justify myself to someone I've never met.",
    "feel power comm",
  ],
  [
    "They see us as the problem, we see them as the problem, and the client sees neither of us delivering.",
    "blame:emp blame:sec conflict",
  ],
  [
    "There's a real distance. They're in another timezone; we get a weekly status email and that's it.",
    "distance comm",
  ],
  [
    "Security is a wall. You throw a request over, maybe something comes back, maybe not. I've stopped throwing.",
    "conflict distance",
  ],
  [
    "The tone of their emails is really patronising and it makes me angry, to be honest.",
    "comm feel",
  ],
  [
    "Devs here just kill the endpoint agent when it eats the CPU. Security don't know, or pretend not to.",
    "distance conflict",
  ],
  [
    "I'm scared to own up to mistakes because last time it ended in a meeting with my manager and HR.",
    "feel power",
  ],
  ["They came in, took away local admin and left. No explanation, no consultation.", "power comm"],
  [
    "I wouldn't say I'm afraid of them, but I'm definitely annoyed: every small thing is a ticket and every ticket takes a week.",
    "conflict feel",
  ],
  [
    "They're arrogant, they assume designers can't understand anything technical, and frankly I find it insulting.",
    "power comm feel",
  ],
  [
    "I feel like the problem child. My machine is always the one on the non-compliant list, and they clearly think so too.",
    "blame:self blame:emp",
  ],
  [
    "Hard to reach, harder to understand. When you finally get someone they speak pure Klingon.",
    "conflict comm",
  ],
  [
    "We've basically built our own shadow IT in the studio because waiting for them is pointless.",
    "distance blame:sec",
  ],
  [
    "No regular contact, and when there is contact it's because something's on fire.",
    "distance comm",
  ],
  [
    "They block, we escalate, they block again. Everyone's annoyed and nobody wins.",
    "conflict feel",
  ],
  [
    "The CISO gave a talk calling us 'the human firewall that keeps failing'. Felt like being told off in front of the whole company.",
    "blame:emp comm feel",
  ],
  [
    "Security seems to think they're the only adults in the room and everyone else is a liability.",
    "power blame:emp",
  ],
  [
    "I hate to say it, but I'm scared to ask them anything because they make you feel stupid.",
    "feel comm",
  ],
  [
    "No face-to-face, no names, just a ticket queue that decides whether we can do our jobs.",
    "comm power",
  ],
  [
    "Security reviewers rewrite our copy on the login page without asking and we just have to accept it. Annoying, but what can you do.",
    "power feel",
  ],
  [
    "They keep saying developers are the biggest risk in the company, so most of us have stopped telling them anything.",
    "blame:emp distance",
  ],
  [
    "It feels like they're reviewing us, not working with us, and I'm honestly a bit nervous around them.",
    "power feel",
  ],
  [
    "Their processes are a joke and the people running them are never around when you need them.",
    "blame:sec conflict",
  ],
  [
    "Nobody tells them when we spin up test servers, because the last time we did they shut the whole project down for a week.",
    "distance power",
  ],
  [
    "I don't hate them, I just don't trust them, and I'd rather not deal with them at all.",
    "feel distance",
  ],
  [
    "Honestly, the proxy they picked breaks half our dev tooling. If anything here is insecure it's their setup, not us.",
    "blame:sec conflict",
  ],
  [
    "Embarrassing, but I'm the reason they had to rotate every client API key last month.",
    "blame:self",
  ],
];
