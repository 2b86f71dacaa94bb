import type { RawExample } from "./types.js";

export const VOICES_BW_3: readonly RawExample[] = [
  ["Reported a suspicious email and IT rang me back within ten minutes to say thanks.", ""],
  ["I know I'm the problem, my password's been the same since 2018.", "blame:self"],
  ["Our manager sorts all the IT and she's very organised, I've no complaints.", ""],
  [
    "IT keep insisting on things that don't fit a 24-hour care setting at all.",
    "conflict blame:sec",
  ],
  [
    "I get a bit panicky when they remote in and take over, I never know what they're looking at.",
    "feel power",
  ],
  ["Group logins on the iPads because buying individual licences was 'too expensive'.", "conflict"],
  [
    "The older carers are scared of the tablets and the younger ones are too casual with them. Neither's great.",
    "blame:emp",
  ],
  ["They're hard to get hold of, but when you do they're very good.", ""],
  ["We get spoken to about security only after something's gone wrong.", "comm"],
  ["I honestly think IT think we're all idiots.", "power"],
  ["I just ask my colleague, it's quicker than IT and she doesn't make me feel daft.", "distance"],
  [
    "The new clocking-in system tracks where we are. Nobody asked if we were OK with that.",
    "power",
  ],
  ["We've got someone on site one day a week now and it's made a real difference.", ""],
  [
    "Lost a whole care plan because the app didn't save and IT said I must have done something wrong. I didn't.",
    "conflict blame:sec feel",
  ],
  ["Security? We've got a lock on the office door, that's about it.", "distance"],
  ["My manager's quite good at explaining why the rules are there.", ""],
  ["When they fix something they leave a little note saying what they changed, which I love.", ""],
  [
    "Receptionists forward everything to their own Gmail so they can read it at home, I've given up saying anything.",
    "blame:emp distance",
  ],
  [
    "Whoever decided on a 90-day password change clearly doesn't have to remember it on a night shift.",
    "conflict blame:sec",
  ],
  [
    "I shared my login with a new starter because she was in tears and had no access. I'd do it again.",
    "conflict",
  ],
  ["The helpline lady is always cheerful, it really makes a difference.", ""],
  ["They're polite enough but I always come away like I've been a nuisance.", "feel power"],
  ["Staff write their PINs on the back of their ID badges. I've seen it loads.", "blame:emp"],
  [
    "I don't trust myself with any of it, I'm scared I'll delete someone's history.",
    "blame:self feel",
  ],
  ["Training's decent, short videos, you can do it on your phone.", ""],
  [
    "When the tablets went down for two days we got a text every morning saying what was happening. Can't ask for more.",
    "",
  ],
  ["We're the bottom of the pile, IT fix head office first and homes last.", "power"],
  [
    "The IT company charge the owner for every call so we're told not to ring them.",
    "distance power",
  ],
  ["Honestly bit fed up with being told off for things the system makes us do.", "feel conflict"],
  [
    "The district nurses can't get on our Wi-Fi, so they hotspot off their own phones. Nobody's fixed it in a year.",
    "conflict blame:sec",
  ],
  ["it's me, I'm the weak link lol", "blame:self"],
  ["Pretty standard setup, login, PIN, lock screen when you walk away.", ""],
  [
    "They installed the cameras and the door fobs without a word to staff, we found out from a resident's daughter.",
    "comm power",
  ],
  [
    "Carers will give their password to anyone who asks nicely on the phone, that's the honest truth.",
    "blame:emp",
  ],
  [
    "I should have asked for help sooner instead of sitting on the problem for a week, that's on me.",
    "blame:self distance",
  ],
  ["Sometimes slow, never rude.", ""],
  ["I cry sometimes after shifts where the tablets wouldn't work, it's that stressful.", "feel"],
  ["IT chap is lovely but sees our home as a 'problem site'.", "power"],
  ["I know exactly who our IT provider is, their number's on every PC and they answer.", ""],
  [
    "They never ask us how the system works in practice, they just tell us what to do.",
    "power comm",
  ],
  ["Locking the screen every time is annoying, but I've got used to it.", ""],
  [
    "We're supposed to use the shared drive but it's so slow everyone just emails stuff to themselves.",
    "conflict",
  ],
  ["The e-learning used to make me nervous but the new modules are short and clear.", ""],
  [
    "My bad memory has locked me out about a dozen times this year, they must be sick of hearing my name.",
    "blame:self feel",
  ],
  [
    "Proper induction on all the systems when I started, a whole afternoon with the practice manager.",
    "",
  ],
  ["New manager asked for our feedback on IT and actually acted on it, really refreshing.", ""],
  ["I don't know why we bother, the IT people don't listen.", "distance blame:sec"],
  ["It's fine now. It wasn't last year.", ""],
  [
    "The care home IT is run by the owner's son from his flat in Spain and you can imagine how that goes.",
    "distance blame:sec",
  ],
  [
    "Pharmacy head office pushed an update to the tills during the Saturday rush. Nobody warned us.",
    "comm conflict",
  ],
  ["Our dental software supplier are really good, you ring, you get a human, problem sorted.", ""],
  [
    "The dentist shares his login with the nurse so she can write up his notes, and he's the one who lectures us about security.",
    "blame:emp",
  ],
  [
    "I'm always worried I'll give out the wrong patient's details because the screen's so cluttered.",
    "feel",
  ],
  [
    "The locum pharmacists never have their smartcards so we end up logging them in under ours.",
    "conflict blame:emp",
  ],
  [
    "IT is a phone number on a sticker on the monitor, and honestly that's all we need, they always answer.",
    "",
  ],
  [
    "Some of the dental nurses don't lock their screens when the patient in the chair can see everything.",
    "blame:emp",
  ],
  ["We got a new practice management system and honestly the training was excellent.", ""],
  [
    "The area manager is also 'the IT', so you can't complain about the IT without complaining about your boss.",
    "power",
  ],
  [
    "I'm the one who always forgets to log out of the PMR, the pharmacist has given up reminding me.",
    "blame:self",
  ],
  ["They use words like 'endpoint' and 'MFA' like everyone knows what that means.", "comm"],
  ["Support are slow but friendly.", ""],
  [
    "Dispensing system crashed on a Monday morning, the helpline said 'high call volumes' for two hours.",
    "conflict blame:sec",
  ],
  ["Honestly our head office IT couldn't organise a piss-up in a brewery.", "blame:sec"],
  ["I get embarrassed asking the same question twice, so I just don't.", "feel distance"],
  ["The practice owner reads our emails, I'm pretty sure. Nobody says it, but.", "power feel"],
  ["Data security is taken seriously here and I think that's right, patients trust us.", ""],
  [
    "Too many passwords, I'll be honest, I just use the same one with a different number at the end.",
    "conflict blame:self",
  ],
  ["They only phone when the backup's failed, and then it's like it's our fault.", "comm conflict"],
  ["Head office visit our branch every couple of months and ask how the systems are working.", ""],
  [
    "Hygienists come and go and half of them are still on the system months after they've left. Nobody checks.",
    "distance",
  ],
  [
    "The IT consultant was very clear about what we needed to do for the DSP toolkit, really helpful.",
    "",
  ],
  ["I dread the annual security audit, it's like a school inspection.", "feel power"],
  [
    "Honestly our staff are more likely to leak data by chatting at the counter than by any computer thing.",
    "blame:emp",
  ],
  [
    "When something breaks I just turn it off and on and hope. I don't want to bother anyone.",
    "distance",
  ],
  ["We'd reported the card reader problem twenty times before anyone came.", "conflict blame:sec"],
  [
    "Patient records on a USB stick in a drawer. The principal dentist won't hear a word about it.",
    "power",
  ],
  ["I'm a bit scared of the IT guy if I'm honest, he's very abrupt.", "feel comm"],
  ["it works. mostly.", ""],
  [
    "They decided to block WhatsApp Web and that's how the dentists talk to the lab. Nobody asked.",
    "power conflict",
  ],
  ["Pharmacy staff will open literally any email with NHS in the subject line.", "blame:emp"],
  [
    "My own fault, I let a 'BT engineer' into the back office without checking his ID.",
    "blame:self",
  ],
  [
    "They're nice enough but it's always 'log a ticket' and then nothing for days.",
    "conflict blame:sec",
  ],
  [
    "The receptionists all share one login because the software's licensed per user and the owner won't pay for more.",
    "conflict power",
  ],
  [
    "New IT provider actually came in and spent a morning watching how we work. Made a big difference.",
    "",
  ],
  ["Every update comes with a short video of what's moved, which is handy.", ""],
  [
    "I was mortified when the IT firm sent the whole practice a screenshot of the phishing link I'd clicked.",
    "feel power",
  ],
  [
    "I'd rather ask the pharmacist's teenage son than the helpdesk, he actually explains things.",
    "distance comm",
  ],
  ["Staff are the biggest risk in any business, and pharmacy's no different.", "blame:emp"],
  ["Practice manager gets the IT stuff done, doesn't always explain it, but it gets done.", ""],
  [
    "The phone system and the computer system are two different companies and each one says it's the other.",
    "conflict blame:sec",
  ],
  ["IT just isn't something we think about until the screen goes blue.", "distance"],
  [
    "Clicked a link in a fake invoice and the whole pharmacy was offline for a day. That one's all on me.",
    "blame:self feel",
  ],
  ["They talk down to the counter staff but they're all smiles with the pharmacist.", "power comm"],
  ["Password policy is sensible and they gave us a good explanation of why.", ""],
  [
    "The IT lot at head office have absolutely no idea what a busy community pharmacy looks like.",
    "conflict blame:sec",
  ],
  ["i never know who to ask about computer stuff so i just dont", "distance"],
  [
    "Constant pop-ups telling us we're 'at risk' with no idea what we're supposed to do about it.",
    "comm feel",
  ],
  [
    "I'm probably the worst in the practice for leaving my screen unlocked, I just forget.",
    "blame:self",
  ],
  [
    "The owner says cyber security is overblown and refuses to pay for proper support.",
    "blame:sec",
  ],
  ["Dental nurse here, the IT company has never once asked what we need.", "power distance"],
];
