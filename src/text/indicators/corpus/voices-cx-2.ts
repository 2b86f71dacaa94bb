import type { RawExample } from "./types.js";

/** Staff of law firms, accountancies, insurers, estate agents and architects, careful formal register with hedges and contrasts. Written fresh for Rapport (brief CX). */
export const VOICES_CX_2: readonly RawExample[] = [
  [
    "I cannot say I have any particular relationship with the IT team, good or bad. We simply don't overlap.",
    "distance",
  ],
  [
    "Our loss adjusters work in the field and are consistently left off the security briefings, which are scheduled for office hours only.",
    "comm",
  ],
  [
    "I gather there was some friction between the planning team and IT over the CAD licences, but I believe it has been resolved amicably.",
    "",
  ],
  [
    "Forgive me if this sounds harsh, but the security team's idea of consultation is to tell us what they have already decided.",
    "power comm",
  ],
  [
    "On the whole I think the staff here are rather sensible about security. The odd lapse, certainly, but no more than one would expect.",
    "",
  ],
  [
    "I have had to send client documents from my personal email on more than one occasion because the firm's system rejects attachments over a certain size, and nobody will tell me the limit.",
    "conflict comm",
  ],
  [
    "They have been very patient with me. I am hopeless with technology and I know it.",
    "blame:self",
  ],
  [
    "The phishing simulation results were circulated to all heads of department, with names. I found that quite humiliating, to be honest.",
    "power feel",
  ],
  [
    "Communication has improved enormously since they began the monthly bulletin, which is short, readable and occasionally funny.",
    "",
  ],
  [
    "While they are undoubtedly clever, I'm not convinced the IT team understand what a surveyor actually does all day, and the tools they choose reflect that.",
    "conflict blame:sec",
  ],
  [
    "I would rather struggle with a problem for an hour than ring the helpdesk and be made to look an idiot.",
    "distance comm",
  ],
  ["I am not aware of any tension. If there were, I suspect I would have heard about it.", ""],
  [
    "The new laptop is sluggish and the battery lasts about two hours, but that is the manufacturer's doing rather than anyone's here.",
    "",
  ],
  [
    "The policy itself is sensible; it is the manner of its delivery, one curt email sent at six on a Friday, that caused the upset.",
    "comm feel",
  ],
  [
    "Our security consultant assumes every instance of non-compliance is wilful. Sometimes it's simply that the rules were never explained to us.",
    "comm power",
  ],
  [
    "If I am frank, the main reason I don't involve IT is that by the time they respond, the client has moved on.",
    "distance conflict",
  ],
  [
    "To be fair to all concerned, the breach last year was nobody's fault in particular, and the post-mortem was handled without finger-pointing.",
    "",
  ],
  [
    "I am not entirely comfortable that the IT manager can read every email I send, although I understand why he must be able to.",
    "feel power",
  ],
  [
    "I've raised the matter of the shared drive permissions three times, politely, and have yet to receive anything beyond an automated acknowledgement.",
    "comm conflict",
  ],
  ["It is a cordial relationship, punctuated by occasional mutual bafflement.", "conflict"],
  [
    "Our practice manager deals with the IT company, so frankly I have never needed to speak to them.",
    "distance",
  ],
  ["The helpdesk team are unfailingly polite and, in my experience, quick to help.", ""],
  [
    "There's a sense in which we are all slightly afraid of the compliance and security people, which I don't think is healthy for either side.",
    "feel power",
  ],
  [
    "I failed the phishing test twice, which I put down to reading emails on my phone between viewings; entirely my own doing.",
    "blame:self",
  ],
  [
    "I would gently suggest that the IT team occasionally ask us what we need, rather than deciding on our behalf.",
    "power",
  ],
  ["I rather like our IT manager. He's dry, but he takes the trouble to explain himself.", ""],
  [
    "Our claims handlers have been told, more or less in those words, that they are the biggest risk to the business. It did not go down well.",
    "blame:emp feel",
  ],
  [
    "They took my concerns seriously and amended the policy, which I thought showed real respect.",
    "",
  ],
  [
    "I've no quarrel with security as such. My quarrel is with being locked out of my account every time I travel to see a client abroad.",
    "conflict",
  ],
  [
    "It is hard to have much of a view; I have spoken to someone from IT perhaps twice in four years.",
    "distance",
  ],
  [
    "The IT director is a charming man at the Christmas party and quite unreachable for the remaining fifty-one weeks.",
    "conflict distance",
  ],
  [
    "I don't think the partners set a good example. Half of them forward work to personal accounts, and IT can do nothing to stop them.",
    "conflict power blame:emp",
  ],
  [
    "Having worked at a much larger firm, I can say that we are very lucky with the people we have here.",
    "",
  ],
  [
    "Every so often there is an alarming all-staff email about a breach at some other firm, with no indication of what, if anything, we are supposed to do differently.",
    "comm",
  ],
  [
    "I'm a little guilty about the number of tickets I raise, if I'm honest, though they've never once complained.",
    "",
  ],
  [
    "Whilst the training was useful, the quiz at the end, which recorded our scores against our names, struck me as unnecessarily punitive.",
    "power",
  ],
  [
    "We're on first-name terms with the whole team. I'd go as far as to call a couple of them friends.",
    "",
  ],
  [
    "I do not mean to be unkind, but I have more faith in my own judgement about a suspicious email than in theirs.",
    "blame:sec",
  ],
  [
    "The engineers are lovely; it is simply that nobody ever tells us when maintenance will take the system down, so we find out mid-completion.",
    "comm conflict",
  ],
  [
    "I sometimes think the fee earners forget that the IT contractor is a professional too, and not someone to be summoned with a bell.",
    "power",
  ],
  [
    "It took a near miss with a fraudulent change of bank details for anyone here to take the security team seriously. Since then, relations have been excellent.",
    "",
  ],
  [
    "I'd characterise the relationship as polite but remote. We exchange pleasantries in the lift and that is about the extent of it.",
    "distance",
  ],
  [
    "To be fair, the underwriting platform upgrade went smoothly, and the IT team stayed late to make sure it did.",
    "",
  ],
  [
    "It pains me to say it, as I like them personally, but the security team's handling of the ransomware scare was chaotic from start to finish.",
    "blame:sec",
  ],
  [
    "Whilst I understand that lettings agents are a target for fraud, the assumption seems to be that we will fall for anything, and it is rather wearing.",
    "blame:emp feel",
  ],
  [
    "We have a standing fortnightly call with the IT lead, which is genuinely useful and never overruns.",
    "",
  ],
  [
    "If I'm being candid, I have never once read a security bulletin to the end. They are too long and too frequent.",
    "comm distance",
  ],
  [
    "There's no animosity whatsoever. We just work in different worlds and rarely have cause to meet.",
    "distance",
  ],
  [
    "I was told I had breached policy by saving a valuation to my desktop. Fair enough, but no one had ever told me that was prohibited.",
    "comm",
  ],
  ["The IT team have the patience of saints, given some of the questions I've put to them.", ""],
  [
    "Not their fault at all, but I do find security matters rather stressful, and I tend to put off dealing with them.",
    "feel distance",
  ],
  [
    "It would help enormously if the people writing the policies had ever sat in a branch on a Saturday morning with a queue of buyers.",
    "conflict",
  ],
  [
    "Whilst I am sure they mean well, being sent a certificate of 'remedial training completion' was a touch like being kept behind after school.",
    "power",
  ],
  ["Our security officer is, by a wide margin, the most approachable person in the building.", ""],
  [
    "Having been here two years, I could not name a single member of the IT team, which perhaps says something.",
    "distance",
  ],
  [
    "I get the sense that our IT provider regards us as a contract to be serviced rather than people to be helped.",
    "distance",
  ],
  [
    "Honestly the biggest security risk in this office is Colin, and Colin would be the first to admit it.",
    "blame:emp",
  ],
  [
    "I don't think the brokers are careless. They're busy, and the systems punish busyness.",
    "conflict",
  ],
  [
    "I was mortified when my account was used to send spam to half our clients. The team were very understanding, I must say.",
    "feel",
  ],
  [
    "Rather than wait for IT, several of the negotiators have set up their own shared folder on a consumer service, which I suspect nobody in IT knows about.",
    "conflict distance",
  ],
  ["There's very little jargon, to their credit. When there is, they explain it.", ""],
  [
    "It does seem to me that IT answers to nobody but itself. Requests vanish, decisions appear, and we are not told why.",
    "power comm",
  ],
  [
    "I'm slightly embarrassed to admit this, but I still don't understand what the second password prompt is for.",
    "feel",
  ],
  [
    "In fairness to the architects, the rules on file transfer were changed three times in a year; small wonder people lost track.",
    "comm",
  ],
  [
    "I used to find them intimidating, if I'm honest, but the new team lead has changed the atmosphere completely.",
    "",
  ],
  [
    "There are times when I think the security team would be happiest if none of us had access to anything at all.",
    "conflict",
  ],
  [
    "I must confess I find the tone of the monthly reminders faintly patronising, though I accept the content is sound.",
    "comm",
  ],
  [
    "They fixed my laptop, returned it the same afternoon and left a note explaining what they'd done. Exemplary.",
    "",
  ],
  [
    "My concern is that when something does go wrong, the first instinct of IT is to find out who clicked, rather than why the email got through.",
    "blame:emp power",
  ],
  [
    "I rang the helpdesk on Monday and was told someone would call back. It is now Thursday.",
    "conflict",
  ],
  [
    "On reflection, I think the fault was largely mine; I had ignored three reminders to update before the system locked me out.",
    "blame:self",
  ],
  [
    "I suppose I would say we are a little afraid of them, in the way one is afraid of the tax inspector: not because they are unpleasant, but because they can do a great deal of damage.",
    "feel power",
  ],
  [
    "The office is small enough that everyone knows the IT chap. He's part of the furniture, in the nicest possible way.",
    "",
  ],
  [
    "It is disappointing, after all the talk of partnership, that we were not consulted at all on the new device policy.",
    "feel power",
  ],
  [
    "The helpdesk uses a ticketing system that assigns a number and then, as far as I can tell, nothing else.",
    "comm blame:sec",
  ],
  [
    "Whilst I accept I am not the most technical person, I do think I deserve a straight answer when I ask why my access has changed.",
    "comm",
  ],
  [
    "No one here would dream of calling the security team obstructive. They've been flexible when it mattered.",
    "",
  ],
  [
    "The only time I've heard from the information security manager was an email informing me that I had 'triggered an alert'. No further explanation.",
    "comm power",
  ],
  [
    "To be fair to them, they are hugely outnumbered, and I am sure they are doing their best; but the queue for anything non-urgent is now measured in weeks.",
    "conflict",
  ],
  [
    "I think we get on well, though I'd admit that's partly because we don't see a great deal of one another.",
    "distance",
  ],
  [
    "There was some grumbling when personal phones were banned from the network, but the IT team held a session to explain why and most people came round.",
    "",
  ],
  ["I have been known to write my passwords on a post-it. I know, I know.", "blame:self"],
  [
    "The security team's presentations assume a level of technical knowledge that most of the partners, frankly, do not possess.",
    "comm",
  ],
  [
    "I find it quite demoralising that every new system IT introduces seems to add steps rather than remove them.",
    "feel conflict",
  ],
];
