import type { RawExample } from "./types.js";
import { VOICES_FN_2 } from "./voices-fn-2.js";
import { VOICES_FN_3 } from "./voices-fn-3.js";
import { VOICES_FN_4 } from "./voices-fn-4.js";

/** Office employees in professional services, local government, universities, housing and utilities: longer answers with contrast, hedges, irony and past against present, some in second-language English (round 25). Written fresh for Rapport (brief FN). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The new rules on file transfer mean I can't send drawings to the contractor directly any more, so something that took five minutes now takes half a morning. Security may be right in principle, but the job still has to get done.",
    "conflict",
  ],
  [
    "When payroll locked me out on the last day of the month I rang the service desk three times and nobody picked up until the next morning. Great timing.",
    "conflict",
  ],
  [
    "We asked for a shared folder with our partner universities and were told it was 'not within policy'. Nobody offered an alternative, they just said no and closed the ticket.",
    "conflict blame:sec",
  ],
  [
    "I think they expect us to read every policy update carefully, and we expect them to just make the systems work. Neither side is wrong exactly, but we are not on the same page.",
    "conflict",
  ],
  [
    "The USB ban on the meter-reading laptops was announced on a Friday and applied on the Monday. The field teams found out when the devices stopped working.",
    "conflict power",
  ],
  [
    "They are polite enough, I'll give them that. But every software request sits in a queue for weeks and the project deadline doesn't move.",
    "conflict",
  ],
  [
    "Our housing officers need to take photos on site and the mobile policy blocks half the apps they'd use. We end up having the same argument with IT every quarter.",
    "conflict",
  ],
  [
    "Security isn't the enemy, I know that. Still, in this building they're known as the department of no, and not entirely as a joke.",
    "conflict blame:sec",
  ],
  [
    "During exam board week we need access to the marks system fast, but approval goes through two managers and then IT. It is a fight every single year.",
    "conflict",
  ],
  [
    "There was a misunderstanding with the security team about encrypting emails to tenants, they thought I meant internal mail. It took a week to untangle and I'm still not sure they understood what we needed.",
    "conflict",
  ],
  [
    "The only time we hear from the security people is when something has gone wrong. I'd struggle to remember a message from them that wasn't a warning.",
    "comm",
  ],
  [
    "Their emails are full of acronyms, MFA, SSO, DLP, and I'd guess half the office deletes them unread.",
    "comm",
  ],
  [
    "I asked how to send a large file safely and got a reply about 'egress controls'. I still don't know what I was supposed to do.",
    "comm",
  ],
  [
    "In my country we say this is talking from above. The IT man explains to me like I am a child who never saw a computer before.",
    "comm power",
  ],
  [
    "We have never met anyone from information security face to face. Everything is a ticket number or an automated message.",
    "comm distance",
  ],
  [
    "The acceptable use policy is forty pages long and I'm fairly sure nobody in our team understood it, including our manager, who is supposed to sign it off.",
    "comm",
  ],
  [
    "They send a monthly security newsletter, which is fine in principle, but it reads like it was written for other IT people.",
    "comm",
  ],
  [
    "To be fair, the helpdesk staff are lovely on the phone. The security team are a different story: they answer in jargon and assume you know what a certificate chain is.",
    "comm",
  ],
  [
    "Communication only goes one way. They announce, we comply, and if you reply to the announcement it bounces back from a no-reply address.",
    "comm power",
  ],
  [
    "Maybe it is my English, but the instructions for the new VPN I could not follow at all, there are too many technical words and no pictures.",
    "comm",
  ],
  [
    "They're not rude, I wouldn't say that. They just explain everything in a tone that makes you feel slow for asking.",
    "comm feel",
  ],
  [
    "Every time a 'suspicious sign-in' warning appears I get a knot in my stomach, even when it turns out to be me on the train wifi.",
    "feel",
  ],
  [
    "I'm quite anxious about opening anything now. Since the last training every email feels like it could be a trap.",
    "feel",
  ],
  [
    "It's frustrating, really. I'm a chartered engineer with twenty years' experience and I have to wait for permission to install a unit converter.",
    "feel power",
  ],
  [
    "We flagged the weak password reset process to IT months ago and nothing happened, then it turned up in the audit report as a finding against our team. I was disappointed, to be honest.",
    "feel blame:sec",
  ],
  [
    "The simulated phishing emails make me feel stupid. I fell for one in January and got an automatic message telling me to redo the whole course.",
    "feel",
  ],
  [
    "Not angry, exactly. More worn down by it, the constant pop-ups and password changes and the sense that it never ends.",
    "feel",
  ],
  [
    "I worry that I'll be the one who lets the ransomware in. That thought follows me around more than it should.",
    "feel blame:self",
  ],
  [
    "It irritates me a little that the security team gets to decide which browser I use, but I'd rather not make a fuss about it.",
    "feel power",
  ],
  [
    "They decide, we find out afterwards. Nobody asked the finance team before macros were switched off across the whole council, and our budget models stopped working overnight.",
    "power conflict",
  ],
  [
    "Every document I send outside the firm is scanned and some get held for review. I feel a bit like a suspect in my own job.",
    "power",
  ],
  [
    "IT is like an invisible hand here: settings change overnight and you never find out who decided or why.",
    "power",
  ],
  [
    "We are completely dependent on them. If the one person who manages the research data platform is on leave, the grant submission just waits.",
    "power",
  ],
  [
    "Some of them are, how do you say, a bit arrogant? They know the systems and they like it that you don't.",
    "power",
  ],
  [
    "I'm an equity partner and I had to ask a junior technician, twice, for admin rights on my own laptop. Declined, no explanation given.",
    "power",
  ],
  [
    "My access to the tenant database is reviewed every quarter and each time I have to justify why I need it, like a schoolchild explaining missing homework.",
    "power",
  ],
  [
    "The firewall team's word is final. You can escalate if you like, but in four years I've never seen it change anything.",
    "power",
  ],
  [
    "I wouldn't call them bullies, that's too strong. But we have to ask nicely and wait, and they can say no without giving a reason.",
    "power",
  ],
  [
    "I couldn't tell you the name of a single person in the security team. I'm not even sure which floor they're on.",
    "distance",
  ],
  [
    "The last time anyone from IT security came out to the treatment works was before the pandemic.",
    "distance",
  ],
  [
    "When my scanner stopped sending to email I fixed it myself with a video on YouTube. Raising a ticket takes longer than just doing it.",
    "distance",
  ],
  [
    "We mostly work around them. If we need something we ask Dave in facilities, he knows a bit about computers and, unlike IT, he answers his phone.",
    "distance",
  ],
  [
    "There's no regular contact at all. We'd only see them if there had been a breach, and thankfully there hasn't.",
    "distance",
  ],
  [
    "Security is somewhere in head office. For us in the area offices they're more of a rumour than a department.",
    "distance",
  ],
  [
    "I avoid calling the helpdesk if I possibly can. I'd rather ask a colleague, even if it takes twice as long.",
    "distance",
  ],
  [
    "If I saw something suspicious I honestly wouldn't know who to contact. There's an email address somewhere on the intranet, I think.",
    "distance",
  ],
  [
    "They moved the IT team to the shared service centre in another city three years ago, and since then it's as if they don't exist for us.",
    "distance",
  ],
  [
    "Half of our problems come from staff reusing the same password for everything. Let's be honest about that.",
    "blame:emp",
  ],
  [
    "Academics are the worst for it. They'll forward an obvious phishing email to the whole department asking 'is this real?'",
    "blame:emp",
  ],
  [
    "People here will click on anything with 'invoice' in the subject line. You can't really blame IT for being strict with us.",
    "blame:emp",
  ],
  [
    "'Users are the weakest link' was the first slide of my induction, word for word. Welcome to the organisation.",
    "blame:emp feel",
  ],
  [
    "The head of security told the all-staff meeting that most incidents are 'caused by carelessness in the business'. A lovely way to motivate people.",
    "blame:emp feel",
  ],
  [
    "Our team leaves laptops unlocked all the time in the open-plan area. If I were IT I wouldn't trust us with anything either.",
    "blame:emp",
  ],
  [
    "You can tell from the training slides that they assume we're all careless and just waiting to leak something.",
    "blame:emp",
  ],
  [
    "The surveyors are the problem, not the system. They share logins in the van because it's quicker.",
    "blame:emp",
  ],
  [
    "Every time there's an incident the report says 'human error', which in practice means us, never the system or the people who built it.",
    "blame:emp",
  ],
  [
    "Useless. The VPN drops every hour and the answer from the desk is always 'have you restarted your router?'",
    "blame:sec feel",
  ],
  [
    "Their own patch caused the outage, and then they sent us all an email reminding us to stay vigilant.",
    "blame:sec",
  ],
  [
    "They lost three days of my casework when they migrated the shared drive, and nobody even said sorry.",
    "blame:sec",
  ],
  [
    "The security rules were written by people who have never had a tenant shouting down the phone at five o'clock on a Friday.",
    "blame:sec conflict",
  ],
];

export const VOICES_FN: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FN_2,
  ...VOICES_FN_3,
  ...VOICES_FN_4,
];
