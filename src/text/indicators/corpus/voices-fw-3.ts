import type { RawExample } from "./types.js";

/** Part 3 of batch FW (see voices-fw.ts). */
export const VOICES_FW_3: readonly RawExample[] = [
  ["IT are useless honestly.", "blame:sec"],
  ["The security team is the reason the booking system is so slow.", "blame:sec"],
  ["Their so-called security is the actual problem here, not us.", "blame:sec"],
  ["Whenever the tills go down it's always something IT pushed overnight.", "blame:sec"],
  ["I'm probably the trouble, I'm rubbish with computers and always get locked out.", "blame:self"],
  [
    "My fault really, I keep forgetting the password and they have to reset it every month.",
    "blame:self",
  ],
  [
    "I'm the one who clicked the fake invoice, so I can't really complain about the extra checks.",
    "blame:self",
  ],
  [
    "Frustrated. I've logged the same fault with the vaccine fridge alarm three times and nobody's come.",
    "feel conflict",
  ],
  [
    "Kind of nervous around them, they seem to know everything we do on the computers.",
    "feel power",
  ],
  [
    "Everything's by ticket. Four years here and I've never met a single person from IT.",
    "comm distance",
  ],
  [
    "They only ring when something's broken and then it's all jargon I can't follow, so I've stopped picking up.",
    "comm distance",
  ],
  [
    "We depend on them for everything and they know it, so they take their sweet time. It's so frustrating.",
    "power feel",
  ],
  [
    "They treat every nurse like a potential data leak. It's insulting and it makes me not want to ask them anything.",
    "blame:emp feel distance",
  ],
  [
    "Security is just an obstacle. They sit upstairs and never see what our shifts are actually like.",
    "conflict distance",
  ],
  [
    "Got a stern email about a 'policy breach' for charging my phone on the ward PC. Felt like being told off by the headmaster.",
    "comm power",
  ],
  [
    "Bad side: arrogant, hard to get hold of, make you feel thick. Good side: er, the wifi works?",
    "power conflict comm",
  ],
  [
    "Nobody from security has ever set foot in the hotel kitchen and yet they write the rules for our card terminals.",
    "distance power",
  ],
  [
    "I worry they'll say it's my fault if we get hacked, because they always say it's the user.",
    "feel blame:emp",
  ],
  [
    "Honestly it's probably me, I click on things without thinking and then panic.",
    "blame:self feel",
  ],
  [
    "They think we're the problem and we think they're the problem, so nothing ever gets done.",
    "blame:emp blame:sec conflict",
  ],
  ["I feel bad, I'm always the one ringing them about something daft.", "blame:self feel"],
  [
    "IT make everything harder than it needs to be, then act surprised when we find a way round it.",
    "blame:sec conflict",
  ],
  [
    "I got locked out during a cardiac arrest call and had to use a colleague's login. They wrote me up for it. I was furious.",
    "conflict feel power",
  ],
  [
    "They'll tell you users are the weakest link to your face at induction. Lovely welcome.",
    "blame:emp comm",
  ],
  [
    "We don't bother them anymore, we just work around it. Easier than being made to feel like an idiot.",
    "distance comm",
  ],
  [
    "we only see them when the auditors are coming, then it's all checklists and 'you need to do this'",
    "comm power",
  ],
  [
    "I'm not saying they're bad people, but I'm honestly a bit scared of them. One word from them and your access is gone.",
    "feel power",
  ],
  [
    "From their side, I reckon they'd say we're lazy and careless. From ours, they're never there when it matters.",
    "blame:emp conflict",
  ],
  [
    "Disappointing. Reported a suspicious caller asking for patient details and heard nothing back, not even a thank you.",
    "feel distance",
  ],
  [
    "Pointless calling them, they just say 'raise a ticket' and the ticket sits there for a fortnight.",
    "conflict blame:sec",
  ],
  [
    "The rules are written by people who've never worked a night shift and don't want to hear from people who have.",
    "conflict power",
  ],
  [
    "They don't explain anything, they just remote in, take over your screen and leave. You feel like a spare part.",
    "power comm",
  ],
  [
    "Honestly I try to keep my head down and not get noticed by IT, you only hear from them when you're in trouble.",
    "distance comm feel",
  ],
  [
    "Security here is more of a hindrance than a help, and the managers back them every time.",
    "conflict power",
  ],
  [
    "Stressful. Banquet for 400 and the POS system locks us all out because of some update nobody warned us about.",
    "feel conflict",
  ],
  ["I think they see us as a bunch of silly girls who can't work a computer.", "blame:emp power"],
  [
    "They're clever people, no doubt, but they look down on care staff and it shows in every email.",
    "power comm",
  ],
  [
    "Lonely is how I'd describe it. We're out in the community with our laptops and if something goes wrong there's no one.",
    "distance feel",
  ],
  [
    "Probably my fault for not reading the emails, but they're so long and technical that nobody does.",
    "blame:self comm",
  ],
  ["Not angry exactly, more worn down. Every request is a fight.", "feel conflict"],
  [
    "Feels like being at school, they set the rules, check up on you and you just hope you're not called in.",
    "power feel",
  ],
  [
    "The relationship is ok I guess, though if I'm honest I keep as far away from them as I can.",
    "distance",
  ],
  [
    "They're not unhelpful as such, they just don't get what a hotel front desk is like on a Friday night.",
    "conflict",
  ],
  [
    "They weren't rude, they weren't helpful either. Sent me a link to a policy and closed the ticket.",
    "comm conflict",
  ],
  [
    "How do they feel about employees? Tired of us, I think. Like we're the thing stopping them from doing their real job.",
    "blame:emp",
  ],
  [
    "We had to fax prescriptions for a week because they blocked the email and wouldn't tell us why. Absolute joke.",
    "conflict comm feel",
  ],
  [
    "Good side: they're polite. Bad side: you wait days, and by then I've usually fixed it myself.",
    "conflict distance",
  ],
  [
    "I don't trust them to have our backs if something goes wrong, they'd just point the finger at whoever was logged in.",
    "feel blame:emp",
  ],
  ["Not a fan. They seem to think the hotel exists to run their software.", "power conflict"],
  [
    "Its alright, I dont have much to do with them to be honest, the manager deals with IT",
    "distance",
  ],
  ["They are very quick to tell you off, very slow to fix anything.", "conflict comm"],
  [
    "I'm the weak link on our ward, I know it, I'm the one who always gets caught by the test emails.",
    "blame:self",
  ],
  [
    "Clinic receptionists are the front line for scams and we get zero support, just blame when it goes wrong.",
    "blame:emp distance",
  ],
  [
    "Their systems cause more problems than they solve. I'd honestly rather go back to paper.",
    "blame:sec",
  ],
  [
    "No face to face at all, it's emails from a shared inbox signed 'IT Security Team'. Could be robots for all I know.",
    "comm power",
  ],
  [
    "Worried sick the week our records got that ransomware scare and nobody from IT came to tell us anything.",
    "feel distance",
  ],
  ["I'd never go to them with a problem, they'd only make it bigger.", "distance blame:sec"],
  [
    "Not ideal. Good people I'm sure, but they're a voice on the end of a phone in another county.",
    "distance comm",
  ],
  [
    "No I'm not frustrated with them, I'm frustrated with myself for never remembering how the VPN works.",
    "blame:self feel",
  ],
  ["There's no real relationship, they're just the people who say no.", "distance conflict"],
  ["As far as they're concerned the kitchen is a hazard to be contained.", "blame:emp"],
  [
    "If something breaks at night I just reboot it and hope, it's pointless ringing anyone.",
    "distance conflict",
  ],
  [
    "They seem to think carers are the problem, but honestly their app crashes every other visit.",
    "blame:emp blame:sec",
  ],
  [
    "The wifi in the guest lounge is down more than it's up and IT just blame the router. They're the problem, not the router.",
    "blame:sec",
  ],
  [
    "Useless lot. Three weeks for a new starter to get a login, meanwhile she's shadowing on my account.",
    "blame:sec conflict",
  ],
  ["I'm not blaming IT, it's the software the trust bought, they're doing their best with it.", ""],
  [
    "It was my mistake, I gave my code to the new girl on nights. They were nice about it though.",
    "blame:self",
  ],
  [
    "Sorry to be a pain but I'm the one who always forgets to lock the screen, so the reminders are probably aimed at me lol",
    "blame:self",
  ],
  [
    "i think theyre fine. never had to contact them much but the couple of times i did it was sorted",
    "",
  ],
  [
    "They came to the pharmacy and watched how we actually dispense before changing the login, which was a nice touch.",
    "",
  ],
  [
    "The security people are polite enough but the new badge readers were clearly designed by someone who never had to open a door with a tray in each hand.",
    "conflict",
  ],
  [
    "Their idea of a fix is to block the whole website. Half our supplier portals don't work because of them.",
    "blame:sec conflict",
  ],
];
