import type { RawExample } from "./types.js";

/** Part 2 of 3 of SECOND_READER; see second-reader.ts. */
export const SECOND_READER_2: readonly RawExample[] = [
  ["Every time I tighten something, somebody has found a way round it by Thursday.", "conflict"],
  ["They leave laptops on the passenger seat and then act surprised.", "blame:emp"],
  [
    '"Please action the MFA enrolment per the CA policy baseline." That was the whole email. Nobody in the studio had the faintest idea what to do.',
    "comm",
  ],
  [
    "(IT) Users aren't the enemy. Most of our reports of suspicious emails come from the front desk.",
    "",
  ],
  [
    "Security here is, well, they're part of every standup, so it's, um, it doesn't feel like us and them. It just doesn't.",
    "",
  ],
  [
    "(nursery teacher) The new login is fine, really. No conflict with IT at all, they're lovely.",
    "",
  ],
  ["Properly wound up about the new sign-in.", "feel"],
  ["Truth is I panic when anything pops up on the screen I don't recognise.", "feel"],
  ["If it breaks I turn it off and on. Don't bother ringing anyone.", "distance"],
  ["Security lead says staff mostly mean well; mistakes come from bad design, not bad people.", ""],
  ["The password rules changed in March. We got a short text explaining why.", ""],
  [
    "Honestly the head teacher backs me every time. If I say a laptop can't go home unencrypted, that's the end of it.",
    "",
  ],
  [
    "We use a password manager now. The IT partner set it up and showed each of us how it works.",
    "",
  ],
  [
    "Our bakers aren't techy, but they've got good instincts. If something looks off, they ask.",
    "",
  ],
  ["They're careful and thorough, which I appreciate given the client files we hold.", ""],
  ["Clueless. Tried to fix the scales by updating the wifi.", "blame:sec"],
  [
    "If I push back on a director I'm 'being difficult'. If I don't, it's my head when something goes wrong.",
    "conflict power",
  ],
  [
    "The new approval step for invoices adds a day to every payment. Suppliers are not happy.",
    "conflict",
  ],
  ["I'll get the blame for it, I always do when something goes wrong on the van.", "blame:emp"],
  [
    "The phone support bloke made me feel like an idiot for not knowing what a browser is.",
    "comm feel",
  ],
  ["Can the next training be a real person in the room instead of a video?", "comm"],
  ["The IT company don't lecture us. They ask how we work and fit around it.", ""],
  ['Parts manager blames himself for the ransomware: "I opened it, simple as that."', "blame:self"],
  ["Oh great, another 30-page policy nobody asked us about.", "conflict power"],
  [
    "I used to hate the password changes, but now we have a password manager and I never think about it.",
    "",
  ],
  ["zero drama, zero jargon, 10/10", ""],
  ["They run the systems from head office. We've never had a visit at the branch.", "distance"],
  ["Security isn't my job, I'm here to bake bread.", "distance"],
  [
    "Honestly, I'm the biggest security risk in the clinic. I share my login with the receptionist so she can book.",
    "blame:self",
  ],
  ['School business manager: "I used to think IT were just there to say no. I was wrong."', ""],
  ["The audit failed because IT hadn't patched the server they told us was patched.", "blame:sec"],
  [
    "I used to be terrified of clicking the wrong thing, but after the workshop last spring I feel quite relaxed about it.",
    "",
  ],
  [
    "I was the one who left the client folder shared publicly for a month. Not my proudest moment.",
    "blame:self",
  ],
  ["Once a month they send a short tips email. It's fine, readable even.", ""],
  [
    "I think they'd say reception is sloppy with passwords, which stings because some of us really do try.",
    "feel blame:emp",
  ],
  ["Our relationship with the sales office is, let's say, lively.", "conflict"],
  ["Useless, if you ask me, and they probably know that's what we think.", "blame:sec"],
  [
    "They work remotely and we never see them in person. Everything goes through the ticket portal.",
    "comm distance",
  ],
  ["The data protection officer is one of the partners, and she's easy to talk to.", ""],
  [
    "Small software house. The client's security people review every line we ship and can hold up a release on a whim.",
    "power",
  ],
  [
    "The VPN is so slow we just, um, we email stuff to our personal accounts. I know, I know we shouldn't.",
    "conflict",
  ],
  [
    "teachers end up being tech support for each other bc the tech team is never around",
    "distance",
  ],
  ["They'd say it's top-down and that's how they like it.", "power"],
  [
    "Our MD keeps saying staff are the weakest link, at every meeting since the fraud.",
    "blame:emp",
  ],
  ["Understandable, but so long that I skim them and hope for the best.", "comm"],
  ["Love the new shared calendar.", ""],
  [
    "I feel like an afterthought. Office people get new kit, we get the hand-me-downs.",
    "feel power",
  ],
  [
    "The client's rules say no personal phones on site, but my pickers need their phones to do the job.",
    "conflict",
  ],
  [
    "We're, um, we're sort of the servants, aren't we. Fix this, fix that, and never a thank you. It does grate.",
    "feel power",
  ],
  [
    "We've sort of given up on the official way. Um, we've got a WhatsApp group and we share stuff on there.",
    "conflict",
  ],
  ["Volunteers come and go and half of them use their own email for charity business.", ""],
  [
    "Security officer admits she made things worse by announcing the breach in a panicky all-staff email.",
    "comm blame:self",
  ],
  [
    "The staff who raised concerns in the review were basically told their opinion wasn't required.",
    "power",
  ],
  ["I reckon they'd say the relationship is good, they've told me as much.", ""],
  ["Most incidents start with someone not thinking.", "blame:emp"],
  ["Not my department, mate.", "distance"],
  [
    "According to our software house's security lead, testers are \"the ones who'll eventually get us breached\". Lovely team spirit.",
    "blame:emp",
  ],
  ["Training was short and actually useful.", ""],
  [
    "I keep my head down. If there's a problem with the computer, I leave it for someone else to notice.",
    "distance",
  ],
  [
    'Coop treasurer: the auditor\'s IT checklist "made us look like fools"; she resents it.',
    "feel power",
  ],
  ["We meet the team leads every fortnight and go through whatever's annoying them about IT.", ""],
  ["I felt really stupid when they showed me I'd fallen for the fake parcel email.", "feel"],
  ["I feel useless when I can't fix something straight away.", "feel"],
  [
    "I rely on them completely, which is a bit scary when they're only in two days a week.",
    "feel power",
  ],
  ["Truthfully, the IT side is the weak link here, not the staff.", "blame:sec"],
  ["They audit our desks at night and leave little notes. Creepy.", "feel power"],
  ["Only time I hear from IT is a red email saying I failed some test.", "comm"],
  [
    "The hotel runs a cloud booking system; the IT partner looks after the wifi and the key card machines.",
    "",
  ],
  [
    "Honestly they probably think I'm hopeless with computers, and they're not wrong.",
    "blame:self",
  ],
  [
    "They locked my account in the middle of payroll week because I'd got my password wrong three times. Took two days to unlock.",
    "conflict",
  ],
  ["I'm not bothered about the USB block, I never use memory sticks anyway.", ""],
  [
    "I was, honestly, gutted, after the card thing. I felt like I'd let the whole hotel down. Really gutted.",
    "feel blame:self",
  ],
  ["not frustrating at all, they answer quick", ""],
  ["Support is patient. I forget things constantly and they never make a fuss.", ""],
  ["They run the backups and the firewall, and they send a note if anything changes.", ""],
  ["its professional, polite, to the point", ""],
  ["Someone from IT came and showed us the new tills. Really helpful.", ""],
  [
    "The previous IT manager was a nightmare to deal with, but the new one has completely turned it round.",
    "",
  ],
  ["They're not exactly known for their bedside manner.", "comm"],
  [
    "There's a real mood of resentment on the floor whenever a new restriction comes in.",
    "conflict feel",
  ],
  [
    "The dental nurses are sharper about fake emails than most of the IT people I've worked with.",
    "blame:sec",
  ],
  ["Scares me, honestly.", "feel"],
  [
    "we were told in the training that 'humans are the biggest threat' and honestly that stuck with me in a bad way, like thanks, we come in every day and keep this place going. the trainer was nice otherwise and the bit about fake invoices was genuinely useful, caught one last month",
    "feel blame:emp",
  ],
  [
    "The clean desk score gets posted on the noticeboard by team. Nobody wants to be the one dragging it down.",
    "feel power",
  ],
  ["It's lonely being the only one who cares whether the backups actually ran.", "feel distance"],
  [
    "They broke it and then sent an email saying, um, we are aware of an issue. Aware! You caused it!",
    "feel blame:sec",
  ],
  ["good and bad like anywhere i suppose", ""],
  [
    "I thought I'd be in trouble, um, when I reported it, but they thanked me. Actually thanked me.",
    "",
  ],
  [
    "Our IT lad, he's a sweetheart, um, never once made me feel daft for asking something basic.",
    "",
  ],
  [
    "The security lead asked our team to help write the new home-working rules. Felt like we had a real say.",
    "",
  ],
  ["We had a breach last year. Not anybody's fault, really, and they handled it calmly.", ""],
  [
    "its all fine until something breaks, then its panic stations and u realise nobody knows who is responsible for what. our outsourced IT company is good when they turn up but its like 2 days later and we've already cobbled something together ourselves by then",
    "conflict distance",
  ],
  ["We can patch software. We can't patch people.", "blame:emp"],
  [
    "I asked my team whether they felt IT treated them as the problem. To my relief, they said no.",
    "",
  ],
  ['Warehouse clerk: "I\'m a walking security risk, me. I lose everything."', "blame:self"],
  [
    "honestly the security bloke scares the juniors, nobody wants to ask him anything",
    "feel distance",
  ],
  ["My boss communicates solely through forwarded emails with 'see below' at the top.", "comm"],
  ["They blame the users for everything, but that's just the IT way, isn't it?", "blame:emp"],
  [
    "The owner's son 'helps out' with IT. He broke the email filters last week and I got the blame.",
    "blame:emp blame:sec",
  ],
  [
    "The badge readers track when we come and go, and I'm not sure who's looking at that.",
    "feel power",
  ],
  ["If you get locked out three times they report you to your manager. Like a schoolkid.", "power"],
  [
    "We've never met anyone from the IT company. There's a phone number on a sticker under the monitor.",
    "distance",
  ],
  ["I ask the girl on the next till. She knows the tablets better than anyone.", "distance"],
  ["I avoid the IT office. Easier to work it out myself.", "distance"],
  ["Every change I make is 'getting in the way' of someone's real work.", "conflict"],
  ["IT's broken the tills again.", "blame:sec"],
  ["Approachable. I've never once felt silly asking them something.", ""],
  [
    "If we ever get hacked it'll be one of the lads in the workshop clicking on a fake parcel notice.",
    "blame:emp",
  ],
  [
    "We're tied into a five-year contract with a provider who can't keep the internet running. Nothing I can do about it.",
    "power blame:sec",
  ],
  ["They told us it was a targeted attack on the sector, not anything we did wrong.", ""],
  ["im the reason we got the virus last year, still feel bad", "feel blame:self"],
  ["ugh IT again", "feel"],
  ["People here tell me when they've messed up. That's worth more than any firewall.", ""],
  [
    "I'm annoyed with myself more than anyone. I knew the supplier's account was dodgy and I let it slide.",
    "feel blame:self",
  ],
  [
    "I'm, um, I'm terrible with passwords. Terrible. I use the same one for everything, I know, it's my own doing.",
    "blame:self",
  ],
  ["Dread the fake phishing emails. Feels like a trap every morning.", "feel"],
  ["Not a problem at all, they treat us fine.", ""],
  [
    'Every message from security starts with "It has come to our attention". Nobody reads past that without feeling told off.',
    "comm",
  ],
  [
    "The new document management system lets us share files with clients through expiring links.",
    "",
  ],
  ["We've got an IT person? Since when?", "distance"],
  [
    "Our MD once said users were the biggest risk. After a year of working with them, he doesn't say that any more.",
    "",
  ],
  ["Some of the temps would click on anything, honestly.", "blame:emp"],
  ["Getting a software request approved is a bit like applying for a visa.", "conflict power"],
  ["I imagine we're just numbers on a ticket screen to them.", "distance"],
  [
    'Security engineer admits the devs see him as "the department of no" and says he can\'t really blame them.',
    "conflict",
  ],
  [
    "They'd probably describe it as a bit awkward. They're nice enough but I never know what to say to them.",
    "distance",
  ],
  ["I don't trust the VPN. I do my banking on my own phone, separate.", "feel"],
  [
    "Yes, I opened the attachment, my fault. But IT should have blocked it long before it reached me.",
    "blame:sec blame:self",
  ],
  [
    "The good side is that nothing ever goes wrong. The bad side is we never see them, so nobody knows what they even do.",
    "distance",
  ],
  [
    "Nobody at the bakery is scared of the IT contractor, he usually stays for a coffee and a chat.",
    "",
  ],
  ["didnt feel embarrassed at all, they said it happens to everyone", ""],
  [
    "No, I wouldn't say there's any blame, um, culture. If you mess up, you tell them, and they just help.",
    "",
  ],
  [
    "Apparently the, um, the front desk girls are the, like, the soft target. That's the phrase the consultant used.",
    "blame:emp",
  ],
  ["Waited three weeks for a new keyboard. Three weeks.", "conflict"],
  ["Says she was nervous about the new laptops at first, but the handover session settled it.", ""],
  [
    'Bakery supervisor: IT notices are all capitals and red warnings; every week reads "like the world\'s ending".',
    "comm",
  ],
  [
    "Nobody from security has ever visited the depot. We get a newsletter twice a year and that's it.",
    "comm distance",
  ],
  [
    "Nearly all our contact with staff goes through the ticket system. I rarely speak to anyone.",
    "comm distance",
  ],
  [
    "I've lost all faith in the support firm. Whatever they touch seems to get worse.",
    "feel blame:sec",
  ],
  [
    "It drives me up the wall, typing a code from my phone every time I log in while there's a queue at the counter.",
    "conflict feel",
  ],
];
