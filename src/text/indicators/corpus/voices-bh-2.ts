import type { RawExample } from "./types.js";

/** Part 2 of 4 of VOICES_BH; see voices-bh.ts. */
export const VOICES_BH_2: readonly RawExample[] = [
  [
    "We're told off for using personal email, but the approved one bounces anything over 10MB.",
    "conflict power",
  ],
  [
    "Bit of a black box, the security lot. Things change and you don't know who decided.",
    "power distance",
  ],
  ["I've never felt talked down to. They're pretty good.", ""],
  ["It doesn't help that their only channel is the intranet page nobody reads.", "comm distance"],
  ["Data protection training is compulsory and, weirdly, quite interesting this year.", ""],
  [
    "Nobody told us the old instrument PCs were being pulled off the network until the mass spec couldn't send results.",
    "comm conflict",
  ],
  ["Frankly I'm sick of being treated like a risk.", "feel power"],
  [
    "Could they maybe tell us in advance before they push a Windows update to the stability chamber PCs?",
    "comm",
  ],
  [
    "I'm the one who lost a laptop on the train last year, so I'm hardly in a position to complain.",
    "blame:self",
  ],
  [
    "Our pharmacist manager gets on really well with the IT lead, so things go smoothly for us.",
    "",
  ],
  ["They never come down to the lab, everything happens through a portal.", "distance comm"],
  ["I'm not bothered really, it's just part of working in a regulated place.", ""],
  [
    "Ask for a shared folder for a new study: six weeks. Meanwhile the study has started.",
    "conflict",
  ],
  [
    "I felt a bit silly asking what 'two-factor' meant but the lady on the helpdesk was lovely about it.",
    "",
  ],
  ["They don't trust us, and it shows in every rule.", "power"],
  ["Sometimes I think the rules are written by people who've never handled a sample.", "distance"],
  ["every time i ask for something its 'not validated' end of conversation", "conflict comm"],
  ["Security is taken seriously here and I think that's right, we hold patient data.", ""],
  [
    "They spent the whole Teams call talking about 'attack surface' and 'lateral movement' and I had no idea what any of it meant for reception.",
    "comm",
  ],
  ["Colleagues share their passwords constantly. IT's not wrong to be paranoid.", "blame:emp"],
  ["I'd say the relationship is cordial. Not warm, not hostile.", ""],
  ["I honestly feel nervous logging into anything new in case I break it.", "feel"],
  [
    "Three different logins for three instruments, and IT won't sort single sign-on because of validation. I get it, but it's exhausting.",
    "conflict feel",
  ],
  ["It's the tone. Every message reads like a warning from the headmaster.", "comm power"],
  ["Whenever I've had an urgent problem someone has rung me back within the hour.", ""],
  [
    "The data protection rules are clear enough, I just wish we'd had a say in the retention periods.",
    "power",
  ],
  ["I haven't got the foggiest who to ask about the freezer alarm software.", "distance"],
  ["They'll fix your problem, then lock something else down on the way out.", "conflict"],
  ["They're honestly doing their best with what they've been given.", ""],
  [
    "I was accused of deleting data when it was the instrument software crashing. Nobody apologised when they found out.",
    "blame:emp feel power",
  ],
  [
    "We don't call them for small stuff any more, we ask the one tech who's good with computers.",
    "distance",
  ],
  [
    "Clinical coordinator: the eCRF, the IWRS, the EDC, the safety portal, each with their own password rules. IT says it's the sponsors, the sponsors say ask IT.",
    "conflict",
  ],
  ["Nice team. They put a little newsletter out that's actually readable.", ""],
  ["They've made it quite clear the lab is 'high risk' and that means us.", "blame:emp power"],
  [
    "I was worried the audit trail was a way to spy on us, but they explained it properly and it's not like that.",
    "",
  ],
  [
    "Can't print labels from the validated PC, can't install the label software on another PC. So we handwrite them.",
    "conflict distance",
  ],
  [
    "Why do I have to justify myself to a ticket queue to get access to a folder my own project created?",
    "power conflict",
  ],
  ["Our IT person is lovely but there's one of her and two hundred of us.", ""],
  ["Security lot are arrogant. They think they know our job better than we do.", "power blame:sec"],
  [
    "It's a bit patronising to make us redo the whole phishing course for opening one attachment.",
    "power feel",
  ],
  ["honestly no idea, i do deliveries", "distance"],
  [
    "Whenever we've pushed back on a rule they've actually changed it, like the screen lock on the ward.",
    "",
  ],
  [
    "They announce things in all-staff emails with subject lines like 'IMPORTANT ACTION REQUIRED' every week so nobody reads them any more.",
    "comm distance",
  ],
  ["I didn't know we even had a security team until the badge readers went in.", "distance"],
  ["Bit disappointing that they cancelled the lab walkround again.", "feel distance"],
  ["They listen. Doesn't mean they agree, but they listen.", ""],
  ["I'm tired of fighting for every bit of software I need for my PhD work.", "conflict feel"],
  [
    "When you finally get hold of someone they're great, it's the getting hold of them.",
    "conflict",
  ],
  ["They explain why, which is more than the last lot did.", ""],
  [
    "I had a data subject request land on my desk and the IT team just forwarded it back to me. Cheers.",
    "distance",
  ],
  ["They are absolutely fine. Nothing to add.", ""],
  [
    "The QA reviewers see every correction I make in the audit trail and it makes me feel watched, not by IT exactly, but still.",
    "power feel",
  ],
  ["Everything's a risk assessment. Want a second monitor? Risk assessment.", "conflict"],
  ["I've had nothing but good experiences with the helpdesk.", ""],
  [
    "The way they wrote the incident email made it sound like reception caused it, and we didn't.",
    "blame:emp comm feel",
  ],
  [
    "A shared instrument account is a terrible idea and I've told them so. They agreed and said there's no budget.",
    "",
  ],
  ["They only show up on the floor when an auditor's coming.", "distance comm"],
  [
    "I can never remember which system needs which password, so I'm locked out about once a week. Definitely a me problem.",
    "blame:self",
  ],
  ["Our relationship with IT got much better once they put someone on site two days a week.", ""],
  ["I think they genuinely don't know what a pharmacist does all day.", "distance"],
  [
    "Getting a new starter access to the LIMS is a week of chasing. Onboarding is a joke.",
    "conflict",
  ],
  ["It's intimidating having your screen remotely taken over with no warning.", "feel power"],
  [
    "They were really good about the encrypted email thing, gave us a one-page sheet with pictures.",
    "",
  ],
  ["why is everything a ticket. just come and look at it", "comm conflict"],
  ["They're a bit distant I'd say, not unfriendly.", "distance"],
  [
    "My line manager and the IT manager clearly can't stand each other, and the lab pays for it.",
    "conflict",
  ],
  [
    "We tend to fix instrument PC issues with the vendor directly and tell IT afterwards, if at all.",
    "distance",
  ],
  ["It's okay. They've been pretty reasonable when I've needed something unusual.", ""],
  [
    "Some days I feel like a prisoner on the lab PC. No internet, no USB, no nothing.",
    "power feel",
  ],
  ["The lab PCs are locked down, which is fair, they control instruments.", ""],
  ["They send you a link to a policy. Forty pages. That's their idea of an answer.", "comm"],
  ["I can't help thinking they'd rather we didn't exist.", "distance feel"],
  [
    "The receptionists get no training at all on data protection, we just pick it up and hope.",
    "distance",
  ],
  [
    "I was worried I'd get in trouble reporting that I'd emailed the wrong person, but they were calm and just helped me fix it.",
    "",
  ],
  ["It's always 'the users' in their emails. We have names.", "power comm"],
  ["They closed my ticket as 'user error'. It wasn't.", "blame:emp feel"],
  ["Not much contact, but when there is, it's professional.", ""],
  ["Honestly the security team are the only ones who reply on time around here.", ""],
  [
    "I'd love to know who signs off on these rules, because it's never anyone who works in the lab.",
    "power distance",
  ],
  [
    "They gave us a proper reason for the USB block, the malware on the old autoclave PC, and after that nobody moaned.",
    "",
  ],
  [
    "They're lovely but they can't fix anything. Every visit ends with 'I'll escalate that'.",
    "blame:sec",
  ],
  ["I used to avoid calling IT, now I just message Kasia and she sorts it.", ""],
  [
    "The validation team and security never talk to each other, so we get two sets of rules that contradict.",
    "conflict comm",
  ],
  ["I'm a bit scared of them, honestly.", "feel"],
  ["Nobody explains what changed. The lab PC just looks different on Monday.", "comm power"],
  ["Slow, bureaucratic, but not unkind.", "conflict"],
  ["Shared login on the flow cytometer works fine for us and IT has been sensible about it.", ""],
  ["They make me feel like I need permission to breathe.", "power feel"],
  ["i genuinely dont mind them, theyre sound", ""],
  ["If something goes wrong it's always the lab's fault, never the system.", "blame:emp feel"],
  ["I'd say they're more helpful than they get credit for.", ""],
  [
    "They want a ticket, a justification, a risk form and a manager approval to move a monitor. I give up.",
    "conflict distance",
  ],
  [
    "Our trial data is on an approved system and I trust that it's safe, that's their job and they do it.",
    "",
  ],
  ["The IT induction was ten minutes of 'don't do this' and then a signature.", "comm"],
  [
    "They've been decent about the old validated PCs, they put them on their own network instead of just ripping them out.",
    "",
  ],
  ["I once asked why and the answer was literally 'because security'.", "comm"],
  ["Feels like we're always the last to know.", "comm"],
  ["I'm embarrassed how often I forget my badge PIN.", "blame:self feel"],
  ["They're reachable, friendly and quick. Ten out of ten.", ""],
  [
    "Security people here don't seem to grasp that a blocked website can stop a patient's prescription.",
    "conflict",
  ],
  ["They audit us. Nobody audits them.", "power"],
  ["I just don't think they like us much.", "feel distance"],
  ["Good communication from them on the new data retention policy, short and clear.", ""],
  [
    "When the scanner in the van breaks I phone the depot manager, not IT. IT never answers the depot line.",
    "distance conflict",
  ],
  ["I don't see them as an obstacle, more as a safety rail.", ""],
  [
    "They went quiet for two weeks after the breach, we heard more from the newspaper than from them.",
    "comm distance",
  ],
  [
    "Researchers here just bypass everything with personal Dropbox and then complain that IT is strict. Can you blame IT?",
    "blame:emp",
  ],
  ["Honestly don't know, I've only been here a month and haven't dealt with them yet.", ""],
  [
    "The stability lab PCs haven't been touched since validation in 2016 and I'm honestly fine with that, they work.",
    "",
  ],
  ["I only found out the sample database had moved when my bookmark stopped working.", "comm"],
  [
    "They said they'd come and look at the shared login problem in January. It's October.",
    "conflict blame:sec",
  ],
  ["Pleasant, prompt, no drama.", ""],
  ["I feel like I'm bothering them every time I ring, so I don't ring.", "feel distance"],
  ["The head of IT once called the lab 'the wild west' in a meeting. We heard.", "blame:emp feel"],
  [
    "They did a drop-in session in the staff room with cake and answered every question. More of that please.",
    "",
  ],
  [
    "You can't get a straight answer about whether we're allowed to use the translation website for patient leaflets.",
    "comm",
  ],
  ["Honestly, I'm terrified of being the one who causes a data breach.", "feel"],
  [
    "QA owns the validated systems, IT owns the network, and nobody owns the problem when they don't talk.",
    "conflict",
  ],
  ["It's like writing letters to a castle.", "distance power"],
  ["The phishing simulations are a bit sneaky but I've learned a lot from them.", ""],
  [
    "Whatever we ask for, the answer's no, then we find out it was possible all along once the director asked.",
    "power conflict",
  ],
  [
    "The security guy is basically a rumour. I know he exists because of the emails.",
    "distance comm",
  ],
  ["My fault for storing the trial spreadsheet on my desktop, I know, I know.", "blame:self"],
  ["They've been brilliant with the night pharmacy team, someone is always on call.", ""],
  [
    "They block the supplier websites we need to check batch certificates. Every. Single. Week.",
    "conflict feel",
  ],
];
