import type { RawExample } from "./types.js";

export const VOICES_CA_5: readonly RawExample[] = [
  [
    "I'm a caretaker at one of the schemes. I'm not allowed a work email, so I have to ring the office for everything.",
    "power",
  ],
  [
    "The tennis club committee treat the membership database as their personal property.",
    "power blame:emp",
  ],
  [
    "IT sent an email saying 'unauthorised software detected on your device, it will be removed'. It was the rent calculator the whole team uses.",
    "comm conflict",
  ],
  ["I'm slow with tech, I know, but they're very patient with me.", ""],
  ["The association's IT team are in a different building but they pop over whenever we ask.", ""],
  [
    "I was told I'd 'failed' the phishing simulation by an automated email with a link to more training. Cheers.",
    "comm feel",
  ],
  ["Housing staff are terrible for leaving laptops unlocked in cars. I've seen it.", "blame:emp"],
  ["Our IT business partner meets with each team every quarter. It's made a real difference.", ""],
  ["I'd honestly rather not deal with IT at all.", "distance"],
  ["They're always 'working on it'. For months.", "blame:sec"],
  [
    "The rugby club chairman won't let anyone else have the password for the club email. Says it's for security.",
    "power",
  ],
  [
    "I got a right telling off for photographing a damp problem on my own phone. Tenant's bathroom, no faces. Felt like a criminal.",
    "power feel",
  ],
  ["No one's unfriendly, just very busy.", ""],
  [
    "The new system locks me out if I type the password wrong twice and then I wait for IT to reset it, sometimes a whole morning.",
    "conflict",
  ],
  ["We have an IT champion on every team now. Mine's great, she sits two desks away.", ""],
  [
    "It's always us who carry the can for breaches, never the clunky systems that made the mistake easy.",
    "blame:sec",
  ],
  [
    "I'm scared to click anything since I fell for the last phishing test. Idiot.",
    "feel blame:self",
  ],
  [
    "A coach emailed the whole junior squad's medical info to the parents' group. I had to do the apologising and I was mortified.",
    "blame:emp feel",
  ],
  ["Whoever designed the repairs app has never been up a ladder in the rain.", "blame:sec"],
  ["IT rang me to check I'd got the new phone working. Didn't expect that, really nice.", ""],
  ["There's an IT steering group with a frontline rep on it, so our views do get heard.", ""],
  ["i'm the one that always forgets my fob and has to get buzzed in lol", "blame:self"],
  ["The way IT talk about 'users' makes it clear what they think of us.", "power"],
  [
    "Central IT sent a survey asking how they're doing. Nice touch, and they shared the results.",
    "",
  ],
  ["Honestly I've given up asking. I just get on with it.", "distance"],
  [
    "When the income team complained about the new portal IT just said 'it's been signed off'.",
    "power",
  ],
  ["I don't think the committee even knows what GDPR stands for.", "blame:emp"],
  ["The IT trainer was lovely, went at my pace.", ""],
  ["I worry I'm going to be the reason we end up in the paper.", "feel"],
  [
    "They made the password rules so strict everyone writes them on the back of their ID badge.",
    "conflict blame:sec",
  ],
  ["Head office IT are good people in a difficult job.", ""],
  ["We raised the tablets not working in tower blocks six times. Nothing.", "blame:sec distance"],
  [
    "Our football club's social media was hacked and the guy who set it up just shrugged.",
    "distance blame:sec",
  ],
  ["IT came out on a day of visits with us last month, said it really opened their eyes.", ""],
  [
    "I know I'm meant to use the secure upload for tenant documents but I forget and just email them.",
    "blame:self",
  ],
  [
    "The data protection team answered my question in an hour with a clear yes or no. Shocked but delighted.",
    "",
  ],
  ["IT speak to housing staff like we're a security risk first and colleagues second.", "power"],
  [
    "If the tablet fails on a visit I write it all on paper and type it up back at the office later, I'm not going to stand in a tenant's front room on hold to IT for twenty minutes",
    "distance",
  ],
  [
    "The bowls club's computer is a 2009 laptop only Maureen understands, and she's happy to show anyone.",
    "",
  ],
  ["They're a bit jargony but they do try.", ""],
  ["I feel so frustrated that every fix takes a week when tenants are waiting.", "feel blame:sec"],
  [
    "The neighbourhood team do our own thing with spreadsheets because the system's useless and IT won't change it.",
    "conflict blame:sec",
  ],
  ["Never felt talked down to by IT, they're decent.", ""],
  ["Every email from the security team starts with 'It has come to our attention'.", "comm"],
  ["The new starters click everything, you can see the panic on IT's faces.", "blame:emp"],
  ["Club coaches see the safeguarding software as red tape and avoid it.", "distance blame:emp"],
  ["I nearly cried when I lost the day's visit notes after a forced update.", "feel conflict"],
  [
    "Since the restructure there's an IT person based in each office. Makes all the difference.",
    "",
  ],
  ["We need their permission for everything. Even a new mouse.", "power"],
  ["I'm sure IT think I'm a complete numpty, and honestly they've got a point.", "feel blame:self"],
  [
    "The club's volunteers won't do the data training because they 'only do it for fun'.",
    "blame:emp distance",
  ],
  [
    "Our repairs team will plug any old charger they find into a work laptop. No idea what's safe.",
    "blame:emp",
  ],
  [
    "The repairs scheduler crashes daily and we're told it's a 'user behaviour issue'.",
    "conflict blame:sec",
  ],
  ["They fixed the tablet in ten minutes when I came in. Good as gold.", ""],
  ["There's an email if you're in trouble and silence otherwise.", "comm"],
  [
    "We asked for a system that works offline for the rural patches. We got told to 'find a hotspot'.",
    "conflict comm",
  ],
  ["I dread having to tell IT I've lost something. Last time it went on my file.", "feel power"],
  ["Lovely bloke, our IT guy at the rowing club, sorts it all for free.", ""],
  [
    "Honestly half the staff here would read a tenant their password over the phone if the caller sounded official.",
    "blame:emp",
  ],
  ["Wish IT would come out on a visit with us once, they'd see what we deal with.", "distance"],
  ["Being watched by monitoring software all day makes me feel like a suspect.", "power feel"],
  [
    "I'm the club welfare officer and GDPR terrifies me. Kids' data, medical notes, all on a volunteer's laptop.",
    "feel",
  ],
  [
    "The director overrides IT's rules for himself and expects us to follow them. Typical.",
    "power",
  ],
  [
    "I'm not going to pretend I understand all of it, I just do what the email says and it's fine.",
    "",
  ],
  ["IT decide the big stuff but they consult us first, and they do listen.", ""],
  ["Tbh they've been great this year.", ""],
  [
    "It took three calls and a manager to get my account unlocked. Mind you, I'd locked it myself twice that week.",
    "conflict blame:self",
  ],
  ["The association's head of IT has never met a tenant. It shows.", "distance blame:sec"],
  ["I keep getting it wrong and then feeling awful about it.", "blame:self feel"],
  ["No jargon, no fuss, sorted the same day. Can't ask more.", ""],
  [
    "The coaches use WhatsApp for everything because the club's official app is rubbish.",
    "conflict blame:sec",
  ],
  ["Owning up to a dodgy click felt like confessing to a crime.", "feel power"],
  [
    "The new repairs system was meant to save time. It adds twenty minutes to every job. Cheers, IT.",
    "blame:sec",
  ],
  [
    "Our membership secretary knows the system inside out and always helps, I'd be lost without her.",
    "",
  ],
  ["I know most of the IT team by name now, which helps.", ""],
  [
    "Emails from IT are short and say exactly what to do. Wish every department wrote like that.",
    "",
  ],
  [
    "The association brought in data protection champions and it's worked, people actually ask questions now.",
    "",
  ],
  ["They just said no. No explanation, no alternative.", "comm conflict"],
  ["i feel like a spare part whenever IT come round, they talk to my manager not me", "power feel"],
  [
    "Frankly staff are careless with data and it's only luck we've not had a bigger breach.",
    "blame:emp",
  ],
  ["It's reassuring to know IT are watching out for us.", ""],
  ["The IT team here aren't arrogant at all, they're very down to earth.", ""],
  [
    "They make you do a course every time you trip up, like being kept behind after school.",
    "power",
  ],
  [
    "Our housing officers forward work emails to their personal Gmail so they can read them on the bus. Every one of them.",
    "blame:emp",
  ],
  ["I've lost two work phones this year. IT must think I'm a walking disaster.", "blame:self"],
  [
    "The club's IT is held together by goodwill and one retired engineer, and that's fine by us.",
    "",
  ],
  [
    "They said my laptop couldn't be fixed because I'd 'installed unauthorised extensions'. I didn't know what an extension was.",
    "comm",
  ],
  ["I'm worried the new system means they can see everything I do.", "feel power"],
  ["I'll admit I'm part of the problem. I never read the security emails.", "blame:self distance"],
  [
    "Tenancy officers don't have time for IT's training modules, and IT don't seem to care.",
    "conflict",
  ],
  ["Got my new laptop on day one, all set up. Impressed.", ""],
  [
    "Whenever there's an outage the only update is on the intranet. Which is down.",
    "comm blame:sec",
  ],
  ["I don't get angry with them any more, I just expect nothing.", "distance feel"],
  [
    "Volunteers get the finger pointed at them for every data slip at this club, but the committee's 'IT lead' never trained any of us.",
    "blame:sec conflict",
  ],
  ["Honestly it's been better since they started doing drop-ins on Fridays.", ""],
  ["I feel stupid asking, so I don't.", "feel distance"],
  [
    "They brought in Wi-Fi for the clubhouse and even sorted a separate one for guests. Spot on.",
    "",
  ],
  ["Everything from IT is an instruction, never a conversation.", "comm"],
  [
    "If the contractor sees you struggling he'll take the mouse off you without a word. Makes you feel useless.",
    "power feel",
  ],
];
