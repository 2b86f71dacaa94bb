import type { RawExample } from "./types.js";

/** Staff of law firms, accountancies, insurers, estate agents and architects, careful formal register with hedges and contrasts. Written fresh for Rapport (brief CX). */
export const VOICES_CX_5: readonly RawExample[] = [
  [
    "Our head of security insisted on reviewing every access request personally, which created a bottleneck that nobody dared question.",
    "power conflict",
  ],
  [
    "Were I to be critical, I would say the IT department is somewhat invisible. But when they are needed, they appear.",
    "distance",
  ],
  ["I don't resent the security checks. I actually find them rather reassuring.", ""],
  [
    "The honest truth is that I would sooner ask a colleague for help than bother IT, and I think most people here are the same.",
    "distance",
  ],
  [
    "What irks me is not the rule but the assumption behind it, which is that we are all idiots.",
    "feel blame:emp power",
  ],
  [
    "I was impressed by how quickly they spotted that my account had been compromised. I hadn't noticed a thing.",
    "",
  ],
  [
    "Some days I think the security team would rather the firm lost a client than bent a rule.",
    "conflict",
  ],
  [
    "I'd put it this way: they know a great deal about us, and we know very little about them.",
    "power distance",
  ],
  [
    "The IT team handled my data subject access request for a client with great care and kept me informed at every stage.",
    "",
  ],
  [
    "Admittedly I never read the policy. Then again, nobody ever asked me to, or told me where to find it.",
    "blame:self comm",
  ],
  [
    "There's an expectation that we should know the policies by heart, and it's rather daunting when one is new.",
    "feel",
  ],
  [
    "I would say communication is good in one direction only. We hear a great deal from them; they hear very little from us.",
    "comm",
  ],
  [
    "On the subject of security, I'm afraid I've been something of a liability this year, with two lost phones and a misdirected email.",
    "blame:self",
  ],
  [
    "Our IT manager apologised personally for the outage, explained the cause, and told us what would change. One couldn't ask for more.",
    "",
  ],
  [
    "There is, I'm sorry to say, a culture of pointing at the user for everything here, even when the system is plainly at fault.",
    "blame:emp blame:sec",
  ],
  [
    "It's not that they're unhelpful; it's that one must first prove one has tried everything oneself.",
    "conflict",
  ],
  [
    "Our office in Cardiff has a far better relationship with IT than we do, chiefly because their IT person actually sits there.",
    "distance",
  ],
  [
    "The two-factor codes drive me to distraction, I don't mind admitting, but I appreciate the team took the time to explain why they're needed.",
    "feel",
  ],
  [
    "Nobody lectures anyone here. If you make a mistake, you're shown how to avoid it next time, and that's that.",
    "",
  ],
  [
    "The IT people have become rather defensive since the audit, and conversations with them are now noticeably more guarded.",
    "conflict distance",
  ],
  ["It seems to me that IT are consulted on everything and accountable for nothing.", "power"],
  ["The guidance on working from home was sensible and arrived in good time.", ""],
  [
    "I daresay the security staff have their reasons. It would simply be nice to be told what they are.",
    "comm",
  ],
  [
    "I wasn't worried, exactly, when the alert came through. More resigned. It's the third time this quarter.",
    "feel",
  ],
  [
    "The IT team's weekly drop-in session has been a great success; there's usually a queue of people with coffee and questions.",
    "",
  ],
  [
    "Whilst I wouldn't want to single anyone out, a certain senior partner's approach to email attachments keeps the IT team awake at night.",
    "blame:emp",
  ],
  [
    "I have asked, politely, on several occasions, for the reasoning behind the ban on personal cloud storage. The answer is always 'policy'.",
    "comm",
  ],
  ["The IT team do not, in my experience, make anyone look small. Quite the reverse.", ""],
  [
    "I've stopped telling IT when things go wrong with the scanner; I just reboot it and carry on.",
    "distance",
  ],
  [
    "They've locked down our machines so tightly that I have to ask permission to change my desktop wallpaper. It's like being fourteen again.",
    "power conflict",
  ],
  ["I'm afraid I don't have a view. I'm in the office two days a week and rarely need help.", ""],
  [
    "It would be fair to say there was a difficult period after the breach, with a great deal of finger-pointing on both sides, but I think we've all moved on.",
    "",
  ],
  [
    "The data retention rules were explained to us in a five-minute video that raised more questions than it answered, and there's no one obvious to ask.",
    "comm distance",
  ],
  [
    "Were it not for the helpdesk's persistence, I doubt I'd ever have got my head round the new document system.",
    "",
  ],
  [
    "I don't believe for a moment that the breach was the admin team's doing, whatever the report implies. They were following the process they had been given.",
    "blame:sec",
  ],
  [
    "It can seem as though the firm is run for the convenience of the IT department rather than the clients.",
    "power",
  ],
  [
    "Whilst I admire their thoroughness, I do sometimes dread the inevitable follow-up email after I've raised something.",
    "feel",
  ],
  [
    "If anything, I think we rely on IT a bit too much. They're so good that nobody bothers to learn the basics.",
    "power",
  ],
  ["I'd say they are friendly, capable and a bit overworked, like the rest of us.", ""],
  [
    "Whilst the partners are unfailingly polite to the IT team in person, the way they speak about them behind closed doors is another matter.",
    "blame:sec",
  ],
  [
    "During busy season, the last thing anyone wants is a forced restart in the middle of a tax return. It happened twice this January, with no warning either time.",
    "conflict comm",
  ],
  ["In fairness to the IT team, the move to paperless working has been remarkably smooth.", ""],
  [
    "I've worked here eight years and I honestly couldn't tell you where the IT team sit.",
    "distance",
  ],
  [
    "With the greatest respect, I don't think it is my job to know the difference between a firewall and a proxy, and I'd rather not be quizzed on it.",
    "comm",
  ],
  [
    "It's awkward, frankly. I know I ought to report my own mistakes, but I'm not sure I trust them to handle it discreetly, so more often than not I don't.",
    "feel distance",
  ],
  ["The audit team have always got on well with IT. We speak the same language, more or less.", ""],
  [
    "I confess I forwarded a client's tax records to my personal email to finish at home. I knew it wasn't allowed.",
    "blame:self conflict",
  ],
  [
    "Our security policies read as though they were written by lawyers for lawyers, which is ironic given that we are accountants.",
    "comm",
  ],
  [
    "I'm a little weary, on balance, of being reminded that I am the firm's 'first line of defence', as though it were my fault whenever something slips through.",
    "feel blame:emp",
  ],
  [
    "The IT helpdesk number goes to a call centre in another county, and one has to explain the firm's entire structure before anyone can help.",
    "distance conflict",
  ],
  [
    "I think our claims team and the IT team have a genuinely good working relationship. There's mutual respect.",
    "",
  ],
  [
    "There's a perception, which I don't entirely share, that IT are lazy. My experience is that they're overwhelmed.",
    "blame:sec",
  ],
  [
    "I'm not sure anyone would notice if the security team vanished overnight, which may be a compliment or may not.",
    "distance",
  ],
  [
    "It is unsettling to discover, only after the event, that one's emails had been quarantined for three days without any notification.",
    "feel comm",
  ],
  [
    "Our IT manager has a wonderful knack for making complicated things sound simple without making us sound simple.",
    "",
  ],
  [
    "If I'm candid, there's a degree of snobbery on both sides: the accountants think IT are technicians, and IT think the accountants are luddites.",
    "power blame:emp",
  ],
  [
    "I spent an afternoon trying to get the new scanner software to work rather than ask for help. I'm not sure why; pride, probably.",
    "distance",
  ],
  [
    "The information security team is, in fairness, very small, and they do a great deal with very little.",
    "",
  ],
  [
    "Whilst I understand the reasons for the clean desk policy, the overnight inspections are rather reminiscent of a school dormitory.",
    "power",
  ],
  [
    "I suppose I'd describe myself as mildly terrified of accidentally causing a data breach, and the training hasn't helped.",
    "feel",
  ],
  [
    "Our broker team is spread across five branches, and the IT staff are essentially voices on the end of a phone.",
    "comm distance",
  ],
  ["I don't consider myself technical, but I have never been patronised by anyone in IT.", ""],
  [
    "I made an error with the access permissions on a shared folder and the IT team quietly corrected it without a fuss. I was very grateful.",
    "blame:self",
  ],
  [
    "The fee earners' view, broadly, is that IT is a cost centre that occasionally gets in the way.",
    "conflict power",
  ],
  [
    "Whilst we hear a great deal about 'cyber resilience', I'm not sure anyone has ever explained what it means for someone in payroll.",
    "comm",
  ],
  [
    "Some of my colleagues seem to think security is someone else's job entirely, and act accordingly.",
    "blame:emp",
  ],
  [
    "I would welcome more contact, actually. At present it's all tickets and automated replies.",
    "comm distance",
  ],
  [
    "It has been a difficult year, and IT have taken more than their share of flak for problems that were not of their making.",
    "conflict",
  ],
  [
    "I was made to retake the data protection module because I 'completed it too quickly'. I'm a fast reader, that's all, and I found it faintly insulting.",
    "power feel",
  ],
  [
    "The IT director attends our monthly team meetings, which I think is rather unusual and very welcome.",
    "",
  ],
  [
    "Whilst I'd not go so far as to say morale is affected, the constant reauthentication is a source of low-level irritation for the whole department.",
    "feel conflict",
  ],
  ["My honest view? IT are fine. Security are a closed shop.", "power distance"],
  [
    "I was devastated to learn my laptop had been the entry point for the attack, though the team were at pains to say it could have been anyone's.",
    "feel",
  ],
  ["Good, on the whole. The odd misunderstanding, quickly cleared up.", ""],
  [
    "Requests for new software go to a committee that meets quarterly. By the time it approves anything, the engagement is over.",
    "conflict power",
  ],
  [
    "To be fair, I can't really hold them responsible for the outage; it was the electricity supplier. But the silence from IT while it went on was deafening.",
    "comm",
  ],
  [
    "I'm afraid I'm one of those people who just clicks 'remind me later' forever. IT must despair of me.",
    "blame:self",
  ],
  [
    "The security team sends out a quiz every month and publishes the league table. It's meant to be fun; it isn't.",
    "power feel",
  ],
  ["No one here is afraid of IT. If anything, they're a bit afraid of us.", "feel power"],
  [
    "I would say the relationship is transactional: I need something, I raise a ticket, it eventually happens.",
    "comm",
  ],
  [
    "Our senior partner is the one who refuses to use two-factor authentication, so it is hardly surprising others follow suit.",
    "blame:emp conflict",
  ],
  [
    "Their technical competence is beyond question. Their grasp of how a busy practice actually runs is, I'm sorry to say, rather less secure.",
    "conflict blame:sec",
  ],
  [
    "I'd never thought about the security team one way or another until this survey, to be honest.",
    "distance",
  ],
  [
    "The IT team hosted a lunch-and-learn on scams targeting accountants, and it was one of the most useful hours I've spent this year.",
    "",
  ],
];
