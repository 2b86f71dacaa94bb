import type { RawExample } from "./types.js";

/** IT and security staff in small firms chatting among themselves about the employees they support (team chat). Written fresh for Rapport (brief CU). */
export const VOICES_CU_5: readonly RawExample[] = [
  [
    "There's a bakery chain I support where the managers and I are on first-name terms. Nothing gets missed there.",
    "",
  ],
  [
    "If I'm not invited to the planning meeting, I'm the first one pointed at when the launch goes wrong.",
    "distance power",
  ],
  [
    "The staff aren't hostile, they're just wary. We turn up with bad news more often than good.",
    "comm feel",
  ],
  [
    "I always say: never make someone look small for asking a question. Which means I had to unlearn a lot.",
    "blame:self",
  ],
  [
    "Ten years of being treated like the office handyman does things to your self-esteem.",
    "power feel",
  ],
  [
    "Nobody at that firm had any idea their IT was outsourced. They thought 'the system' just did things on its own.",
    "distance power",
  ],
  [
    "Honestly the staff are fine. It's management who sign the phishy invoice 'because it looked urgent'.",
    "blame:emp",
  ],
  [
    "The best security champion I ever had was a receptionist. She knew everyone and everyone trusted her.",
    "",
  ],
  [
    "We rely on a single champion at each client, and when she leaves everything falls apart. That's a design failure on our side.",
    "power blame:sec",
  ],
  [
    "I work for a charity. Staff are overworked and the last thing they want is another lecture from IT.",
    "comm",
  ],
  [
    "We did a whole session on phishing for the charity volunteers and they ran it like a quiz show. Brilliant afternoon.",
    "",
  ],
  [
    "I don't hold clicking against anyone. The emails are good these days. I've nearly fallen for a couple myself.",
    "",
  ],
  [
    "Lovely people, but I'd trust a golden retriever with a hardware token before some of them.",
    "blame:emp",
  ],
  [
    "Small firms don't have security cultures. They have whoever's loudest on the day.",
    "power conflict",
  ],
  [
    "We did an anonymous survey of client staff and the top word used to describe us was 'remote'. Fair.",
    "distance",
  ],
  [
    "When I joined, staff thought IT was 'that number you ring'. Now they know my name. Took showing up in person.",
    "",
  ],
  [
    "Honestly I'm tired of being the one adult in the room who cares about backups.",
    "feel blame:emp",
  ],
  [
    "Every time something breaks it's 'IT's fault', even when it's the vendor, the ISP or the weather.",
    "conflict feel",
  ],
  [
    "There's a fine line between 'helpful' and 'doormat', and small-firm IT lives on the wrong side of it.",
    "power",
  ],
  [
    "The owner calls me 'my IT man' in front of clients. Not 'our IT lead', 'my IT man'. Says it all really.",
    "power",
  ],
  [
    "It's strange. I know more about these people's files than their managers do, and I've never met most of them.",
    "distance power",
  ],
  [
    "The dental receptionists are the best at spotting phone scams. They hear a hundred patients a day.",
    "",
  ],
  [
    "I think our industry loves a story about a stupid user because it means we don't have to change anything.",
    "blame:sec",
  ],
  [
    "Yes, some people are careless. No, running a shame list at the all-hands doesn't fix it. I tried. Awful idea.",
    "blame:emp blame:self",
  ],
  [
    "Went to a client site for the first time in a year. Three people asked if I was new.",
    "distance",
  ],
  [
    "We are stretched so thin that 'relationship building' happens in the five minutes before a reboot finishes.",
    "distance feel",
  ],
  [
    "I've accepted that in most small firms I'm part of the furniture. Useful furniture.",
    "distance",
  ],
  ["My clients trust me and I trust them. That's rare, and I don't take it for granted.", ""],
  [
    "The firms where we clash the most are the ones where the owner uses us as the bad cop for his own rules.",
    "power conflict",
  ],
  [
    "I get the silent treatment from the design team every time we enforce a policy the director asked for.",
    "conflict distance",
  ],
  [
    "The hard bit isn't the tech. The hard bit is getting a meeting with someone who can decide anything.",
    "power",
  ],
  [
    "One owner told me, 'you're the expert, don't bother me with details'. Then sacked us after the breach.",
    "power",
  ],
  [
    "I used to be scared of the partners at the law firm. Now we have a monthly coffee and it's genuinely good.",
    "",
  ],
  [
    "No, I don't think staff avoid us. They avoid the portal, which is a different thing, and honestly the portal deserves it.",
    "blame:sec",
  ],
  ["If I had a pound for every 'I didn't think it mattered' I'd retire tomorrow.", "blame:emp"],
  [
    "Someone asked me at a client why we 'make everything so complicated'. I didn't have a great answer.",
    "conflict blame:sec",
  ],
  [
    "I'm one person covering three offices. Nobody's getting a relationship, they're getting a fix and a wave.",
    "distance",
  ],
  [
    "Generally positive. Most colleagues are polite and patient, and they tell me when something looks wrong.",
    "",
  ],
  [
    "I enjoy the work. The people I support are appreciative and I get on well with most departments.",
    "",
  ],
  [
    "I only ever hear from the other departments when something has broken or someone wants an exception.",
    "comm",
  ],
  [
    "Too much of my week is spent chasing people to complete the same training they ignored last year.",
    "blame:emp feel",
  ],
  [
    "I wish management would back us up when we enforce a policy instead of quietly making exceptions for their friends.",
    "power conflict",
  ],
  [
    "Relations with the sales team have improved a lot since we started sitting in on their Monday stand-up.",
    "",
  ],
  ["We used to have constant arguments with the sales team. These days it's mostly friendly.", ""],
  [
    "We still have constant arguments with the sales team. Nothing has really changed since last year's survey.",
    "conflict",
  ],
  [
    "Sometimes I worry that people see me as a nag rather than someone trying to keep them safe.",
    "feel conflict",
  ],
  [
    "I'd say I'm treated as a service desk, not as part of the team. Requests come in, nobody asks how we're doing.",
    "power distance",
  ],
  [
    "Nobody treats me like a servant here. People ask politely and say thanks. I know that's not the case everywhere.",
    "",
  ],
  [
    "Maybe it's just me, but the operations staff seem to go quiet whenever I walk into their area.",
    "distance feel",
  ],
  [
    "I don't think people avoid IT on purpose. We're just on a different floor and rarely cross paths.",
    "distance",
  ],
  [
    "No, I don't avoid the users. I actually like the walk round the building, it's the best part of my day.",
    "",
  ],
  [
    "I avoid the third floor when I can. Every trip turns into six unlogged 'quick questions'.",
    "distance conflict",
  ],
  [
    "My main frustration is that decisions about security tools are made by directors who never ask us.",
    "power feel",
  ],
  ["The people I support respect me. Leadership, much less so.", "power"],
  [
    "It's hard to explain risk to people who think 'it won't happen to us'. I've mostly stopped trying.",
    "conflict blame:emp",
  ],
  [
    "I sometimes use too much jargon. A colleague in HR pointed it out kindly and I'm working on it.",
    "comm blame:self",
  ],
  [
    "We don't do a good job of explaining why rules exist. We just send the rule.",
    "comm blame:sec",
  ],
  ["Colleagues are usually receptive when we explain the reason behind a change in person.", ""],
  ["Colleagues are receptive in person. By email, they ignore us entirely.", "comm distance"],
  [
    "I get the sense some staff think we're monitoring everything they type. We aren't, but we've never said so clearly.",
    "power comm blame:sec",
  ],
  [
    "We're dependent on the managing director to approve every purchase over £200. Security tools sit in his inbox for weeks.",
    "power",
  ],
  [
    "Management supports security work and usually approves what we ask for with a clear business case.",
    "",
  ],
  [
    "Staff are generally careless with sensitive documents. Printouts get left on the printer every single day.",
    "blame:emp",
  ],
  [
    "People leave printouts because the secure-print release takes three minutes to load. Fix the printer and the problem goes away.",
    "blame:sec",
  ],
  ["Happy with the new ticket system. It helps me keep track and users seem to find it easy.", ""],
  [
    "The new ticket system means I never actually talk to anyone. Just forms in, forms out.",
    "comm distance",
  ],
  [
    "Honestly my biggest problem is myself. I procrastinate on the user-facing stuff because I find it awkward.",
    "blame:self distance",
  ],
  [
    "I take it personally when someone complains about IT in the all-staff channel. I know I shouldn't.",
    "feel conflict",
  ],
  [
    "People are too scared to admit mistakes to us. I'd rather they told me straight away.",
    "feel distance",
  ],
  [
    "Colleagues report their mistakes quickly and without fuss. That's the single best thing about working here.",
    "",
  ],
  [
    "The directors treat us like an insurance policy: resented until the day they need it.",
    "power feel",
  ],
  [
    "I don't think staff are the weakest link. Our legacy systems are, and everyone in IT knows it.",
    "blame:sec",
  ],
  [
    "Staff are absolutely the weakest link, and no amount of training seems to change that.",
    "blame:emp",
  ],
  [
    "I'd like more face-to-face time with the teams we support. At the moment it's all Teams messages and tickets.",
    "comm distance",
  ],
  [
    "I enjoy the variety. One day it's the accountants, the next it's the drivers. Everyone's been welcoming.",
    "",
  ],
  [
    "The drivers see us as the people who put trackers in their vans. We didn't choose that, the board did.",
    "power conflict",
  ],
  [
    "When something goes wrong, the business looks at IT first, before asking any questions.",
    "conflict",
  ],
  [
    "I was wrong about the password expiry policy and I defended it for far too long.",
    "blame:self",
  ],
  [
    "The biggest source of stress is being expected to be available at all hours by a few senior staff.",
    "power feel",
  ],
  [
    "The same two or three people generate half our tickets. I don't resent them, they're just not confident with tech.",
    "",
  ],
  [
    "The same two or three people generate half our tickets because they refuse to learn anything. It's wearing.",
    "blame:emp feel",
  ],
  [
    "Our team tends to lecture people after incidents. I've been guilty of it and it doesn't help.",
    "comm blame:sec blame:self",
  ],
  ["I think employees see security as something done to them, not with them.", "power distance"],
  ["Can't think of anything to add. Work with staff is fine.", ""],
];
