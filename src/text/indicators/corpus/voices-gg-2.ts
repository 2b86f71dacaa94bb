import type { RawExample } from "./types.js";

/** Part 2 of batch GG (see voices-gg.ts). */
export const VOICES_GG_2: readonly RawExample[] = [
  [
    "We had no one for years. After the ransomware scare we took someone on part-time and it's been reassuring.",
    "",
  ],
  [
    "The new DLP tool blocks half the attachments I need to send to clients and nobody can tell me why. It drives me up the wall, worse than before.",
    "conflict feel",
  ],
  ["MFA is fine, but the new 15-minute session timeout is killing the warehouse team.", "conflict"],
  [
    "They brought in a rule that every external file share needs approval. Two projects stalled for weeks.",
    "conflict",
  ],
  [
    "The champion role got dumped on me on top of my actual job, and now people come to me angry about rules I didn't make.",
    "conflict feel",
  ],
  [
    "From the security side it's still a tug of war: sales wants everything open, we want it shut.",
    "conflict",
  ],
  [
    "The drop-in is at 10am, when the shop floor is busiest, so none of us can actually go.",
    "conflict",
  ],
  [
    "Since the outsourcing you can't reach anyone. Log a ticket, wait three days.",
    "conflict distance",
  ],
  [
    "They don't get that we have deadlines. Security says 'wait for review', the client says 'today'.",
    "conflict",
  ],
  [
    "The USB lockdown means our field engineers can't load firmware on site any more. Nobody thought to ask them.",
    "conflict",
  ],
  [
    "It got worse after the breach. Now every request is treated like we're trying to sneak something past them.",
    "conflict blame:emp",
  ],
  [
    "The misunderstandings have dropped a lot, but we still clash over working from personal laptops.",
    "conflict",
  ],
  [
    "As the only IT person in a 20-person firm I'm forever arguing with the partners about sharing logins.",
    "conflict",
  ],
  ["They still only get in touch when something's broken or someone's clicked something.", "comm"],
  [
    "The drop-in got cancelled after six months; it's back to emails with ticket numbers.",
    "comm distance",
  ],
  ["The new rule arrived as a one-line email with a link to a policy written in legalese.", "comm"],
  [
    "Every alert reads like it was written for other IT people. 'Anomalous lateral movement detected.' What am I meant to do with that?",
    "comm",
  ],
  ["The new head of security talks to us like children. The last one didn't.", "comm"],
  [
    "We've never met any of them face to face. It's all through the portal, even more so since covid.",
    "comm distance",
  ],
  ["Only time I hear from them is the yearly 'you failed the phishing test' email.", "comm"],
  [
    "They stopped doing the monthly walk-round. Now I only see their names in the subject line of warnings.",
    "comm distance",
  ],
  ["It's acronym soup. MFA I get. SASE, ZTNA, EDR? No idea, and nobody explains.", "comm"],
  [
    "Asked a simple question at the drop-in and got a lecture that made me feel thick.",
    "comm feel",
  ],
  ["Their emails have got friendlier, but they're still always bad news.", "comm"],
  ["Communication? Automated. You get a 'ticket closed' message and that's it, no human.", "comm"],
  [
    "Security analyst here. Honestly, we only have time to contact people when there's an incident. I know how that looks.",
    "comm",
  ],
  [
    "I'm still nervous every time I see an email from security. Thought the new training would fix that, it didn't.",
    "feel",
  ],
  [
    "The phishing simulations made people paranoid. Now half the office won't open genuine invoices.",
    "conflict feel",
  ],
  [
    "Disappointed, to be honest. They promised a champion per team and we've had nobody for a year.",
    "feel distance",
  ],
  ["It's exhausting. A new rule every month and never an explanation.", "comm feel"],
  [
    "Since the monitoring software came in I worry they're watching everything I type.",
    "feel power",
  ],
  [
    "Gutted they moved the drop-in online, it's just not the same without seeing people.",
    "comm feel",
  ],
  [
    "Security side: it's demoralising to roll out something genuinely useful and still be treated as the enemy.",
    "conflict feel",
  ],
  ["I used to be scared of them. Now I'm just annoyed.", "feel"],
  [
    "I'm afraid to report anything since a colleague got a formal warning over one phishing click.",
    "feel distance blame:emp",
  ],
  [
    "Feel let down. We asked for help with the client portal for months and got nowhere.",
    "conflict feel",
  ],
  ["The mood soured once they started publishing click rates per department.", "feel blame:emp"],
  [
    "I still get a sinking feeling when the security guy walks in. Old habit, he's actually alright now.",
    "feel",
  ],
  [
    "Security lead: it frustrates me that people still reuse passwords after three years of us telling them.",
    "feel blame:emp",
  ],
  [
    "Disheartening that all the work on the champion network fizzled out when the budget went.",
    "feel",
  ],
  ["Since the new tool went in, every download gets reviewed by someone I've never met.", "power"],
  [
    "They decide, we comply. That hasn't changed, and the champion scheme didn't change it either.",
    "power",
  ],
  ["I depend on them for everything now, I can't even install a font.", "power"],
  ["It feels like an invisible hand decides what I'm allowed to do.", "power"],
  ["Being a champion mostly means being the messenger for decisions made somewhere else.", "power"],
  ["They act like they're above us. Always have.", "power"],
  ["Small firms like ours are at the mercy of the MSP. If they say no, it's no.", "power"],
  [
    "IT manager: frankly the rules come from the insurer now, not from us. We're servants of a questionnaire.",
    "power",
  ],
  ["Nobody knows who's actually on the security team. Decisions just appear.", "power distance"],
  [
    "My access got pulled overnight after the audit with no warning. I had to beg to get it back.",
    "conflict power",
  ],
  ["We went from having admin rights to needing permission for a browser extension.", "power"],
  ["They can see everything I do and I can't see anything they do.", "power"],
  [
    "Security pro: the business treats us like the help desk. Do this, do that, and no seat at the table.",
    "conflict power",
  ],
  [
    "The new approval workflow means my manager and security both sign off my software. Like a kid asking for pocket money.",
    "feel power",
  ],
  [
    "The champion has no real say either, she just passes our requests up and waits like the rest of us.",
    "power",
  ],
  ["We just work around it now. Personal Dropbox for the big files, nobody asks.", "distance"],
  ["We don't really have any contact since they moved to head office.", "distance"],
  ["I fix most things myself these days, quicker than waiting.", "distance"],
  ["Small firm, no IT department. I google it and hope.", "distance"],
  [
    "Security team here: we've drifted away from the floor since going remote. We used to know everyone by name.",
    "distance",
  ],
];
