import type { RawExample } from "./types.js";

/** Part 3 of batch GO (see voices-go.ts). */
export const VOICES_GO_3: readonly RawExample[] = [
  ["They're a black box. Stuff gets blocked and nobody says who or why.", "comm power"],
  [
    "Their idea of onboarding was shipping a laptop to my house and emailing a 14-step checklist. Step 6 didn't work.",
    "comm",
  ],
  [
    "Tbh I'm scared to ask basic questions, the one time I did I got sent a link to a 'computers for beginners' course.",
    "comm feel",
  ],
  [
    "It's my own fault really, I kept putting off the encryption setup and then the laptop got stolen.",
    "blame:self",
  ],
  [
    "The HQ people get the security guy wandering round their desks. Us remote lot get a ticket number.",
    "comm",
  ],
  [
    "Every time I'm on a client's guest wifi I fight the VPN for ten minutes. Security say use your hotspot. My hotspot has no signal in a basement.",
    "conflict",
  ],
  [
    "They blame us for every incident, even the one that turned out to be their own misconfigured firewall.",
    "conflict blame:emp blame:sec",
  ],
  ["They probably think we're the problem. To be fair, sometimes we are.", "blame:emp blame:self"],
  ["In their eyes I'm a risk score on a dashboard, not a person.", "power blame:emp"],
  ["Genuinely don't understand half of what they say on the all-hands calls.", "comm"],
  [
    "Got a warning about 'impossible travel' because I flew to Madrid for a client. Felt like I'd been caught doing something.",
    "comm feel",
  ],
  ["They're overstretched, I know, but it means nobody ever gets back to you.", "conflict"],
  ["Not that they're rude or anything. It's just that we never actually talk.", "distance"],
  ["Communication is fine, but the rules are impossible to follow on the road.", "conflict"],
  ["They're nice enough on chat but I'm always worried I'm wasting their time.", "feel"],
  [
    "The IT consultant basically said sales people are why companies get hacked. Cheers mate.",
    "blame:emp",
  ],
  [
    "Some of the older contractors still stick their passwords on a post-it inside the laptop lid. Can't blame security for being twitchy.",
    "blame:emp",
  ],
  [
    "If I'm honest most incidents here are people like me cutting corners to hit a deadline.",
    "blame:emp blame:self",
  ],
  ["I feel thick every time I have to ask them to reset my MFA. Again.", "feel blame:self"],
  ["The security team decide, we comply. There's no consultation.", "power"],
  [
    "They can wipe my phone remotely. My personal phone. I signed it because I needed the job.",
    "feel power",
  ],
  ["They don't answer, full stop. I've had tickets open since March.", "conflict blame:sec"],
  ["Honestly no idea what they even do all day.", "distance blame:sec"],
  [
    "Whoever designed the laptop lockdown has never had to print a contract in a hotel lobby.",
    "conflict blame:sec",
  ],
  ["Face-to-face would help so much. You can't read tone in a Jira comment.", "comm"],
  [
    "I'm anxious every time that red shield pops up on the laptop. No idea if it's me or them.",
    "feel",
  ],
  ["It's not hostility, it's just absence. They're not around.", "distance"],
  [
    "When I started I waited a fortnight for my laptop. It was stuck at a depot, the tracking number they gave me was wrong, and I sat at home on my first two weeks of a contract unable to do anything at all. Nobody from security ever apologised or even acknowledged it, and I still feel sour about it.",
    "conflict feel",
  ],
  ["They talk to us like children. 'Please remember to lock your screen :)'", "comm power"],
  ["I think they see us as the enemy, to be honest.", "blame:emp"],
  [
    "Weird power thing where they can see my browser history but I can't even see the status of my own ticket.",
    "power",
  ],
  ["They're outsourced, and it shows. Nobody there knows our business.", "distance blame:sec"],
  [
    "I just work around it. Personal email when the attachment filter blocks something.",
    "conflict distance",
  ],
  ["They probably think I'm a pain. I do email a lot.", "blame:self"],
  [
    "Small firm, and the 'security team' is the owner's nephew who does it on Fridays. Good luck getting hold of him midweek.",
    "conflict",
  ],
  ["Contractors get the worst of it. Last to get access, first to get cut off.", "power"],
  ["Got treated like a suspect for plugging in my own mouse.", "feel power"],
  [
    "They send threats, basically. 'Failure to complete training will be escalated to your line manager.'",
    "comm power",
  ],
  ["Messaged them at 8am, got a reply at 4pm saying 'can you restart'. Day gone.", "conflict"],
  [
    "Hard to build a relationship with someone who only exists as a green dot in Teams.",
    "distance",
  ],
  ["They come across as arrogant, like our questions are beneath them.", "comm power"],
  [
    "MFA codes don't come through when I'm out in the sticks with no signal, and I'm told that's 'not a security issue'.",
    "conflict",
  ],
  ["We're basically their servants: do the training, tick the box, don't ask questions.", "power"],
  ["I'm terrified of the laptop getting stolen, mostly because of what they'd say.", "feel power"],
  ["Sometimes I think security exists to protect itself, not us.", "blame:sec"],
  ["Users are the weakest link, always have been. I say that as a user.", "blame:emp blame:self"],
  [
    "People here click on anything. I've watched them do it. Security aren't wrong to worry.",
    "blame:emp",
  ],
  [
    "Heard at a webinar: 'the biggest risk in any company is the person at the keyboard'. Hard to argue really.",
    "blame:emp",
  ],
  [
    "Honestly, us sales lot are a nightmare for security. We forward stuff to personal addresses all the time.",
    "blame:emp blame:self",
  ],
  ["They call it 'shadow IT'. I call it getting my job done.", "conflict"],
  [
    "When my last contract ended nobody revoked my access. Three months later I could still log in.",
    "blame:sec",
  ],
  ["The laptop arrived with someone else's account still on it. Reassuring.", "blame:sec"],
  ["Bit jealous of the office staff, they can just walk over and ask.", "comm"],
  ["I've given up raising things. Nothing ever happens.", "feel distance"],
  [
    "Our security person left and nobody told us who replaced them. Six months on I still don't know.",
    "comm",
  ],
  ["It's tense. Every request turns into a negotiation.", "conflict"],
  [
    "Mostly they're fine, but onboarding was a mess: laptop sent to my old address and nobody checked.",
    "blame:sec",
  ],
  [
    "I don't think they're bad people, I just think they've forgotten some of us aren't at a desk.",
    "conflict",
  ],
  ["Good relationship? Wouldn't know, never had one.", "distance"],
  ["Communication is all top-down. Announcements, never questions.", "comm"],
  [
    "I'm sure my constant lockouts get on their nerves, but nobody can remember a 16-character password on the go.",
    "conflict blame:self",
  ],
  [
    "They'd say we're careless. We'd say they're unhelpful. Probably both true.",
    "conflict blame:emp blame:sec",
  ],
  ["Not condescending exactly, but definitely a bit 'I'm busy, what now'.", "comm"],
  ["I don't mind the chat-only thing. What I mind is the three-day reply time.", "conflict"],
  [
    "my laptop got stuck in customs for 3 weeks and security said i couldnt use a personal machine meanwhile. so i just didnt work",
    "conflict power",
  ],
  ["It's us and them. Always has been.", "conflict"],
  ["They're a voice on a phone once a year for the audit. That's it.", "distance"],
  [
    "Every fix is 'raise a ticket', even when I'm stood in front of a client with a locked screen.",
    "conflict feel",
  ],
  ["Rather not have them noticing me, honestly. Head down.", "feel distance"],
  [
    "Reported a phishing email like we're told to, and instead of a thanks I got a stiff message asking why I'd opened it in the first place and whether I'd done the training. Won't bother next time, I'll just delete them quietly.",
    "feel distance blame:emp",
  ],
  ["Whenever something goes wrong the first assumption is that I did it.", "feel blame:emp"],
  ["Security is the department that says no and then goes offline.", "conflict blame:sec"],
  [
    "Explaining to them why I need to share files with a client is like talking to a wall.",
    "conflict feel",
  ],
  ["I get more help from YouTube than from our security people.", "distance blame:sec"],
  ["The MSP guy is friendly on the phone, but they only ever ring when the renewal's due.", "comm"],
  ["No complaints about the people, just the process: four forms for a VPN exception.", "conflict"],
  ["Honestly it's my own lack of tech knowledge that makes it hard, not them.", "blame:self"],
  [
    "I feel guilty every time I raise a ticket, like I'm adding to their pile. They're two people covering the whole company and I'm usually the one whose VPN profile has somehow broken again because I fiddled with settings I shouldn't have.",
    "feel blame:self",
  ],
  ["Their instructions are fine, I'm just rubbish at following them.", "blame:self"],
  ["Not sure they'd call it a relationship at all. More like monitoring.", "power"],
  ["they watch, we get watched", "power"],
  [
    "Lonely feeling when the laptop won't boot in a hotel at 11pm and there's no one to ring.",
    "feel distance",
  ],
  ["I wouldn't call it friction. More like we live in different worlds.", "distance"],
  ["Helpful? When you finally reach them, yes.", "conflict"],
  [
    "Everything's 'user error' in their replies, even when the fault is obviously on their side.",
    "comm blame:emp blame:sec",
  ],
  [
    "I don't hate them. I just think they've made remote work ten times harder than it needs to be.",
    "conflict blame:sec",
  ],
  ["i keep a spare personal laptop in the car now for when theirs refuses to connect", "distance"],
];
