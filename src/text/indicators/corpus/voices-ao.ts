import type { RawExample } from "./types.js";
import { VOICES_AO_2 } from "./voices-ao-2.js";
import { VOICES_AO_3 } from "./voices-ao-3.js";
import { VOICES_AO_4 } from "./voices-ao-4.js";

/** Teachers, school office staff and council employees on school, trust and council IT (part 1). Written fresh for Rapport (brief AO). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Council IT changed the password rules over half-term, not one email reached the school office, and we spent Monday locked out.",
    "comm conflict",
  ],
  [
    "Priya on the helpdesk is lovely, talks you through it step by step without making you feel thick.",
    "",
  ],
  [
    "Locked out three times this week. Three. I've got thirty Year 4s waiting while I ring a call centre.",
    "conflict feel",
  ],
  ["I always fall for their fake phishing emails, I'm hopeless at spotting them.", "blame:self"],
  ["The password thing is a faff but I understand why they do it, no complaints really.", ""],
  ["Who actually runs IT for the trust? I genuinely don't know.", "distance"],
  ["The safeguarding video was fine, the cyber one was forty minutes of acronyms.", "comm"],
  [
    "Getting the 'you failed the simulated phishing test' email made me feel like I'd been sent to the head's office.",
    "feel power",
  ],
  ["Our technician comes in Tuesdays and Thursdays and is happy to answer daft questions.", ""],
  [
    "USB sticks are banned so I email lesson resources to my Gmail, which I suspect is worse.",
    "conflict distance",
  ],
  [
    "They've never once asked teachers what we actually need, then wonder why we work around them.",
    "power distance",
  ],
  [
    "Half the staffroom still uses Summer2023! as their password, so I can see why IT despair of us.",
    "blame:emp",
  ],
  [
    "Whiteboard froze mid-lesson, I logged a ticket, got a reply eleven days later saying 'resolved'.",
    "conflict comm",
  ],
  ["The network manager is always around at lunch if you need him.", ""],
  ["I don't bother reporting the laptop any more, I just restart it till it behaves.", "distance"],
  ["It's fine. They do their job, we do ours.", ""],
  [
    "They talk to you like you've never seen a keyboard before, and I've taught computing for twelve years.",
    "comm power",
  ],
  ["i dont understand half of what council IT put in their emails tbh", "comm"],
  ["Our business manager and IT do a joint security briefing each September, it's useful.", ""],
  [
    "I panic every time the screen says my password expires in 3 days, because I know I'll forget the new one and be locked out on a Monday.",
    "feel",
  ],
  ["I'm sure they're lovely people but we're just a ticket number to them.", "distance"],
  [
    "The head gets a report of who clicked the phishing link. That's not training, that's surveillance. Makes my skin crawl.",
    "power feel",
  ],
  [
    "They did a short session in a staff meeting and actually explained why, which helped a lot.",
    "",
  ],
  [
    "Every new term something else gets blocked. YouTube, then Google Drive, then the exam board site.",
    "conflict",
  ],
  ["I felt so stupid asking for the third reset in a month.", "feel blame:self"],
  [
    "The outsourced helpdesk can't fix anything, they just escalate and close the call.",
    "blame:sec",
  ],
  ["To be fair they sorted my email on my phone within ten minutes.", ""],
  [
    "Nobody explained two-factor, a code just started appearing on my phone and I thought I'd been hacked.",
    "comm feel",
  ],
  [
    "We're not allowed admin rights to install a printer driver. A printer driver!",
    "conflict power",
  ],
  [
    "The office shares one login for the pupil database because getting individual accounts took months.",
    "distance conflict",
  ],
  ["The council's security team are perfectly pleasant and they actually pick up the phone.", ""],
  ["They're not condescending at all, they just explain it plainly.", ""],
  [
    "Who decides these rules? It feels like some faceless committee at the civic centre.",
    "power distance",
  ],
  ["I worry I'll be the one who lets the ransomware in and the whole school goes down.", "feel"],
  [
    "Our IT guy assumes any problem is user error before he's even looked, and he's wrong about half the time.",
    "blame:emp blame:sec",
  ],
  [
    "Lockouts are rare now since they brought in the self-service reset, it used to be a nightmare.",
    "",
  ],
  [
    "Posters in the toilets about phishing. That's the extent of our contact with them.",
    "comm distance",
  ],
  ["Training videos are fine, I put them on while I mark.", ""],
  [
    "Their email said 'please action the MFA enrolment via the SSPR portal' and I just stared at it.",
    "comm",
  ],
  ["If I'm honest I don't read the security emails, they all look the same.", "distance"],
  [
    "Felt watched when they said they could see our browsing history on school laptops at home.",
    "power feel",
  ],
  ["Good team, responsive, a bit stretched across too many schools but they get there.", ""],
  [
    "They locked the supply teacher out for the whole day and all the cover had to be rearranged.",
    "conflict",
  ],
  ["me and computers dont mix, most of my tickets are probably my own doing", "blame:self"],
  ["It's their job to keep us safe, and mostly they do.", ""],
  ["They act like the systems belong to them and we're lucky to be allowed on them.", "power"],
  [
    "Our SBM argued with council IT for a week about remote access for the finance assistant.",
    "conflict",
  ],
  [
    "I got a lecture about tailgating at the door from a man I'd never seen before.",
    "comm distance",
  ],
  ["Not much contact, but when we need them they're there.", ""],
  [
    "I was mortified when my name was on the 'clicked the link' list read out at briefing.",
    "feel power",
  ],
  ["Honestly? They're brilliant. Nothing is too much trouble.", ""],
  [
    "Three different passwords for the register, the MIS and email, all expiring on different dates. My head's spinning.",
    "conflict feel",
  ],
  [
    "The helpdesk is in another county and they have no idea what a school day looks like.",
    "distance conflict",
  ],
  [
    "Our trust's new cyber lead came round every classroom to say hello, which was a nice touch.",
    "",
  ],
  [
    "It's always 'you should have known' after the fact, never a heads-up before.",
    "comm blame:emp",
  ],
  ["I just ask my teenage son now, it's quicker than the helpdesk.", "distance"],
  [
    "Annoys me that the TAs can't get onto the shared drive when the rules say they have to record interventions there.",
    "conflict feel",
  ],
  ["They seem to think teachers are careless with data. Some are, to be fair.", "blame:emp"],
  ["Can't say I've ever had a bad experience.", ""],
  [
    "We find out about changes from the kids before IT tell us, which is a bit humiliating really.",
    "comm feel",
  ],
  ["The phishing tests are sneaky but I suppose that's the point.", ""],
  [
    "Clueless. They pushed an update on results day and the whole office ground to a halt.",
    "blame:sec conflict",
  ],
  ["I'd rather struggle on my own than ring them and be made to feel an idiot.", "distance feel"],
  [
    "The IT manager sits on SLT and gets a say over things that have nothing to do with IT.",
    "power",
  ],
  [
    "The new password length rule is fine, and the passphrase tip they gave was actually useful.",
    "",
  ],
  ["Ticket, ticket, ticket. Would it kill them to pop down the corridor?", "comm distance"],
  ["I dread the annual training quiz, I always fail it first time.", "feel blame:self"],
  ["They never make you feel silly for asking.", ""],
  ["Can't plug in the visualiser without a request form. Lesson's over by then.", "conflict"],
  ["Whoever writes the council IT bulletins has never met a human being.", "comm"],
  [
    "The monitoring software flagged a pupil's essay on a war poem and the DSL had to chase it up. Bit of a farce.",
    "conflict",
  ],
  ["They're fine, I've no real opinion on them to be honest.", ""],
  [
    "It's the head who decides what IT does, not the other way round, and that's how it should be.",
    "",
  ],
  ["Not rude, just very short. 'Reset done.' and that's your lot.", "comm"],
  [
    "I used my own laptop for reports because the school one took twenty minutes to boot, and got a telling off for it.",
    "conflict power distance",
  ],
  [
    "Everyone knows the office password, it's on a post-it behind the photocopier. We're our own worst enemy.",
    "blame:emp",
  ],
  ["Nobody ever told us who to call at a weekend when the CCTV login failed.", "comm distance"],
  ["Decent service overall.", ""],
  [
    "They blamed reception for the breach when it was their own firewall setting.",
    "blame:sec conflict",
  ],
  ["I feel a bit nervous opening any attachment now, even from parents.", "feel"],
  ["The e-safety lead and the IT tech work well together and keep us in the loop.", ""],
  ["Honestly I don't even know if our IT is the council or a private firm now.", "distance"],
  [
    "When my account got disabled on maternity leave nobody warned me, I found out trying to log in for a KIT day. I was in bits.",
    "comm feel",
  ],
  ["They make decisions about our classrooms without ever setting foot in one.", "power distance"],
  ["We got a certificate for completing the cyber training, which was a nice little touch.", ""],
  ["The techie sighs every time I ask something, so I've stopped asking.", "comm distance"],
  ["Honestly the lockouts are my own fault, I keep typing my old password.", "blame:self"],
  ["They're really good at putting things in plain English, which I appreciate.", ""],
  ["Wouldn't know them if they walked in.", "distance"],
  ["Slow, unhelpful, and then surprised when people find workarounds.", "blame:sec distance"],
  [
    "I forwarded a parent's email to my home account once and they explained nicely why that's a problem.",
    "",
  ],
  [
    "The cyber training assumes we've all got a PA and a corner office. We've got a laminator and a broken kettle.",
    "conflict",
  ],
  ["They've never been anything but patient with me.", ""],
  ["I feel like we're on permanent probation with IT.", "power feel"],
  ["Our admin team spends more time resetting passwords than doing admin.", "conflict"],
  [
    "It'd be nice if the security people came to a staff meeting once a year instead of sending a PDF.",
    "distance comm",
  ],
  [
    "Can I be honest? I think they look down on support staff, so we go to the teachers for help instead.",
    "power distance",
  ],
  ["the new wifi thing is much better, they sorted it quick", ""],
  [
    "I sometimes worry the monitoring picks up my personal emails on the school laptop.",
    "feel power",
  ],
  ["They scheduled the updates for the holidays so nothing interrupted SATs prep this year.", ""],
  ["IT is IT. You ring, they fix it, end of.", ""],
  ["The trust's data protection officer is approachable and always replies the same day.", ""],
  [
    "Why can a Year 9 get round the filter in five minutes when I can't get onto a museum website?",
    "conflict blame:sec",
  ],
  [
    "The phishing simulation used the head's name and loads of us fell for it. We looked like right idiots.",
    "feel",
  ],
  ["They never ask, they just tell. New rule, effective Monday.", "power comm"],
  ["I'm not technical so I just do what they say and it seems to work out.", ""],
  ["Our IT support is two people covering nine schools, so I don't blame them for being slow.", ""],
  ["Complete waste of space, that helpdesk.", "blame:sec"],
  [
    "I ended up in tears in the office after being locked out on the morning of an Ofsted visit.",
    "feel conflict",
  ],
  ["We don't really see them, but the systems work, so I'm happy.", ""],
  [
    "Every email from council IT starts with 'URGENT' so none of them feel urgent any more.",
    "comm",
  ],
  ["I'd like to think I'm careful but I did click that fake parcel delivery one.", "blame:self"],
  ["The rules are sensible. Lock your screen, don't share passwords. Not rocket science.", ""],
  [
    "Our deputy just shares her login with the cover supervisor because an account request takes weeks.",
    "distance conflict",
  ],
  ["Feels like they're checking up on us rather than helping.", "power"],
  [
    "I really like that they put one short tip in the weekly bulletin rather than a massive policy.",
    "",
  ],
  ["A quiet chap, the tech, but never unhelpful.", ""],
  ["It's never the system's fault according to them.", "blame:emp"],
  ["Mostly they're good. One or two can be short with you when they're busy, but who isn't.", ""],
  ["I haven't a clue what 'conditional access' means and the email didn't explain it.", "comm"],
  [
    "We've learned to keep quiet about problems because reporting them just makes more work for us.",
    "distance",
  ],
  ["They trust us to be sensible, and we are.", ""],
  [
    "You wait on hold forty minutes, then some kid tells you to clear your cache. Useless.",
    "conflict blame:sec",
  ],
  ["The school business manager is our go-between, we never deal with IT directly.", "distance"],
  ["I'm embarrassed to say I still don't know how to send an encrypted email.", "feel blame:self"],
];

export const VOICES_AO: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AO_2,
  ...VOICES_AO_3,
  ...VOICES_AO_4,
];
