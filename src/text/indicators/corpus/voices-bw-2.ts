import type { RawExample } from "./types.js";

export const VOICES_BW_2: readonly RawExample[] = [
  ["Care workers aren't paid enough to care about cyber security, and you can tell.", "blame:emp"],
  ["All fine here really.", ""],
  [
    "They finally put a second PC in the dispensary so we've stopped sharing logins. Much better.",
    "",
  ],
  [
    "My manager checks my email activity, which is fine I suppose but it's a bit Big Brother.",
    "power feel",
  ],
  ["We have a named contact at the IT company now and she's been great.", ""],
  ["Sent three tickets about the scanner, all closed with 'no fault found'.", "blame:sec comm"],
  [
    "The out-of-hours support number goes to a call centre who don't know what EMIS is.",
    "blame:sec",
  ],
  [
    "Reception always gets told about new rules before they come in, our manager is good like that.",
    "",
  ],
  [
    "Think I'm the reason we had the data breach review, I sent the wrong letter. Still sick about it.",
    "blame:self feel",
  ],
  ["The IT company are arrogant and it shows.", "power blame:sec"],
  [
    "They're at head office but they phone every branch once a month to check in, which is nice.",
    "",
  ],
  [
    "Practice manager snapped at me for 'fiddling' with the settings when I was only trying to make the font bigger.",
    "conflict feel",
  ],
  ["Security matters, patient records are sensitive, I don't mind the extra steps.", ""],
  [
    "A lot of our nurses reuse the same password for everything, I've seen it written in diaries.",
    "blame:emp",
  ],
  ["I keep getting those 'your password expires in 3 days' emails and I genuinely panic.", "feel"],
  ["Our vet practice got a new PMS and training was a PDF. Just a PDF.", "comm blame:sec"],
  [
    "Whoever set up the group login for the care home iPads should have their head examined.",
    "blame:sec",
  ],
  [
    "I don't think IT understand what it's like when a resident is falling and the tablet wants a PIN.",
    "conflict",
  ],
  ["They never explain why, they just say no.", "comm power"],
  [
    "If the system goes down we've got a paper fallback and IT talk us through getting back up. Works well.",
    "",
  ],
  [
    "Half the time I don't know if I've done something wrong or if the computer's just broken.",
    "feel",
  ],
  [
    "Staff keep charging their phones off the surgery PCs and then wonder why IT get cross with us.",
    "blame:emp conflict",
  ],
  [
    "Ours is a small team and the IT lad is one of us, comes to the Christmas do and everything.",
    "",
  ],
  ["I'm the weak link, I'll be honest, I've never understood any of it.", "blame:self"],
  [
    "The care planning app logs you out every five minutes so we've all just got the same PIN written on the medication trolley.",
    "conflict",
  ],
  [
    "Our home manager is great, if the tablet plays up she's on the phone to the supplier straight away.",
    "",
  ],
  ["Head office IT treat the homes like an afterthought.", "distance blame:sec"],
  ["Night staff never report anything, they just reboot it and carry on.", "distance blame:emp"],
  [
    "I'm rubbish at remembering which password goes with which system, there's about nine of them.",
    "blame:self",
  ],
  [
    "The IT contractor speaks to the manager, never to the carers who actually use the kit.",
    "distance power",
  ],
  ["I used to get a knot in my stomach phoning them, not any more, they're lovely now.", ""],
  ["They came in, swapped the router, explained what they'd done in plain words. Spot on.", ""],
  [
    "Got pulled up for taking a photo of a wound on my own phone, but the home's camera has been broken for months and nobody fixed it.",
    "conflict blame:sec",
  ],
  [
    "Agency staff get given the shift leader's login because IT take a fortnight to set up accounts.",
    "conflict blame:sec",
  ],
  ["carers dont read emails from it, they go straight in the bin", "distance"],
  ["Honestly, they talk to you like you're one of the residents, not the staff.", "power comm"],
  [
    "Nobody explained why the old tablets were taken away, one day they were just gone.",
    "comm power",
  ],
  [
    "I'm not confident with tech at all and it shows, I'm always the one asking the daft questions.",
    "blame:self feel",
  ],
  ["Our deputy manager is the 'IT person' and she's really good at it, patient with everyone.", ""],
  [
    "Residents' records on a laptop that goes home with the manager every night. I've said it's wrong but nothing changes.",
    "conflict feel",
  ],
  ["It's a good system and the support line is helpful if you're patient with the hold music.", ""],
  [
    "The bloke from the IT company turns up unannounced, unplugs things, and leaves without telling anyone what he did.",
    "comm power",
  ],
  [
    "There's no point raising it, the manager will just say 'that's how head office want it'.",
    "distance power",
  ],
  [
    "Carers are the biggest risk to data, not hackers, they leave tablets on the lounge tables with notes open.",
    "blame:emp",
  ],
  [
    "Honestly I'm ashamed I still can't do the e-learning on my own, my daughter does it for me.",
    "blame:self feel",
  ],
  ["Bit slow to get things fixed sometimes but they always get there in the end.", ""],
  [
    "The MAR system updates and we have to work it out between ourselves at handover.",
    "distance comm",
  ],
  [
    "It's like being tested every time I log in. One wrong click and you're on a report.",
    "feel power",
  ],
  [
    "Whoever set the password rules has never tried typing twelve characters with a resident waiting for the toilet.",
    "conflict blame:sec",
  ],
  [
    "We got a stern email from head office about 'unacceptable security behaviour' sent to all 40 homes. No idea what it was about.",
    "comm feel",
  ],
  ["The IT team are approachable and come out to the home at least once a month.", ""],
  ["I don't get involved with the computer side, I'm here for the residents.", "distance"],
  [
    "Keeps happening: I forget to log out, the next carer signs under my name, then I get pulled up for it. My own fault I suppose.",
    "blame:self",
  ],
  ["They made us do cyber training in our own time, unpaid.", "power conflict"],
  [
    "Half the staff have English as a second language and the security emails are full of jargon nobody gets.",
    "comm",
  ],
  ["I used to be nervous about the tablets but the trainer was so patient, I'm fine now.", ""],
  [
    "There's one shared email login for the nurses' station and it drives the manager mad, but what else can we do.",
    "conflict",
  ],
  ["IT support are based in another county but they know every one of us by name.", ""],
  ["They never act like we're a bother, which makes a change from the last lot.", ""],
  ["Every single fault gets put down to 'user error'. Every single one.", "conflict blame:sec"],
  [
    "Staff leave the office door open with the computer logged in, and then act surprised when things go missing.",
    "blame:emp",
  ],
  [
    "Was really stressful when the system went down during the CQC visit and I couldn't reach anyone.",
    "feel conflict",
  ],
  [
    "If I'm honest, I click on things without reading them properly. I know I shouldn't.",
    "blame:self",
  ],
  ["Our IT is provided through the council contract and they're brilliant, very responsive.", ""],
  [
    "Being spoken to like an idiot by a 22-year-old on the helpdesk is not my favourite part of the job.",
    "power feel",
  ],
  ["The rules change constantly and the only way you find out is when you're locked out.", "comm"],
  [
    "Honestly the carers are so careless with the tablets I'm embarrassed when the IT man comes in.",
    "blame:emp feel",
  ],
  [
    "The regional manager checks our logins remotely and sends snotty emails if we've been idle.",
    "power comm",
  ],
  ["Honestly the new system's been a godsend, less paper, less chasing.", ""],
  [
    "It's exhausting having to justify why we need a second laptop to people who've never been on a care floor.",
    "conflict feel",
  ],
  [
    "I'm useless at this stuff, I should probably have asked for more training but I was too embarrassed.",
    "blame:self feel",
  ],
  ["We never see anyone from IT, it's all remote.", "distance comm"],
  ["Managers think carers are thick and IT just goes along with it.", "power"],
  ["The helpdesk are hit and miss but mostly fine.", ""],
  ["They put a screen lock on the office PCs and explained why at handover, nobody minded.", ""],
  [
    "Night shift can't get any support after 6pm, so when the eMAR crashes we just guess.",
    "conflict blame:sec",
  ],
  ["The manager changed the Wi-Fi password and didn't tell anyone. Very on brand.", "comm"],
  [
    "I've stopped asking IT for anything, they make it clear you're bothering them.",
    "distance feel",
  ],
  [
    "Kitchen staff have access to the same drive as the nurses. I flagged it, was told 'not a priority'.",
    "blame:sec comm",
  ],
  ["Can be a bit of a faff but I understand why.", ""],
  [
    "My colleague got a written warning for sharing her login when it was the only way to get meds signed off in time.",
    "conflict power",
  ],
  ["Carers don't care about passwords, they care about residents, and fair enough.", "distance"],
  [
    "I let my login get passed round the care team because I couldn't say no. Stupid of me.",
    "blame:self",
  ],
  ["It's mostly my fault the tablets are a mess, I never close the apps.", "blame:self"],
  ["We've had the same account manager for years and she actually visits.", ""],
  [
    "They're all very nice but it's all jargon and I'm too polite to say I've no idea.",
    "comm feel",
  ],
  ["The owners see IT as a cost and so do we, to be honest, nobody's bothered.", "distance"],
  [
    "We had a phishing email that looked like it came from the CQC, nearly everyone clicked. We're a soft target.",
    "blame:emp",
  ],
  [
    "The IT company have to approve every new staff member's access, it takes days and the manager has to beg.",
    "power conflict",
  ],
  ["Once you get to know them they're alright, really.", ""],
  ["The computers run us rather than the other way round.", "power"],
  [
    "They sent a survey asking how satisfied we were with IT support. Nobody answered because we've never had any.",
    "distance blame:sec",
  ],
  ["I'm a nurse, not a computer person, and I get shouted at for both.", "feel power"],
  [
    "Someone from IT came to the staff meeting and asked what annoyed us. First time ever, and it helped.",
    "",
  ],
  [
    "Most of the carers are on their phones all shift anyway, so what's the point of locking down the PCs.",
    "blame:emp distance",
  ],
  [
    "That awful moment when the screen says your account's been flagged and you've no idea why.",
    "feel comm",
  ],
  [
    "Only the manager can reset passwords, so if she's off and you're locked out you're just stuck.",
    "power",
  ],
  ["I'd never tell IT I clicked a dodgy link, I'd be in so much trouble.", "distance feel"],
  ["The supplier updated the software mid-medication round. Absolute chaos.", "conflict blame:sec"],
  ["i think were doing ok with it", ""],
];
