import type { RawExample } from "./types.js";

/**
 * Professional and creative staff at small firms (lawyers, architects, designers, consultants,
 * researchers, accountants, journalists) on security/IT people and rules.
 * Written fresh for Rapport (brief AD), part 2.
 */
export const VOICES_AD_2: readonly RawExample[] = [
  [
    "Our security lead calls us 'the attack surface'. I think he means it affectionately. I'm not sure.",
    "blame:emp",
  ],
  [
    "Apparently people are the biggest risk the firm has. That was slide one, and the rest of the deck followed from it.",
    "blame:emp",
  ],
  [
    "It's always the users. Server falls over: users. Mail bounces: users. I sometimes wonder whether the users are secretly running the servers.",
    "blame:emp",
  ],
  [
    "The IT manager told the board that we'd be perfectly secure if staff could be trusted to read an email properly.",
    "blame:emp",
  ],
  [
    "The consultants clearly regard journalists as chaotic liabilities who'd click a link from a stranger if it promised a scoop.",
    "blame:emp",
  ],
  [
    "Sadly our own people are the weak point. Half the office reuses the same password for everything, and I don't see that changing.",
    "blame:emp",
  ],
  [
    "Some colleagues will click absolutely anything. I've watched a senior associate open an attachment called invoice.exe.",
    "blame:emp",
  ],
  [
    "There's a feeling that we're regarded as suspects first and colleagues second.",
    "blame:emp power",
  ],
  [
    "The security awareness course assumes we're all idiots, which is odd given they hired us for our judgement.",
    "blame:emp comm",
  ],
  [
    "Whenever there's a scare, an all-staff email goes out reminding us to be careful, never explaining what went wrong on their side.",
    "blame:emp comm",
  ],
  [
    "In their post-mortem, human error was listed as the root cause of four out of five incidents. The fifth was 'unknown'.",
    "blame:emp",
  ],
  [
    "The researchers are treated as a standing hazard to the data, as though we hadn't been handling sensitive interviews for twenty years.",
    "blame:emp",
  ],
  [
    "I was told at interview that the biggest security problem in an architecture firm is architects. The interviewer was the IT director.",
    "blame:emp",
  ],
  [
    "The outsourced helpdesk couldn't configure a shared mailbox for three weeks. I'm not convinced they could configure a toaster.",
    "blame:sec",
  ],
  [
    "Every upgrade the IT firm does breaks something in the accounts software. You could set your calendar by it.",
    "blame:sec",
  ],
  [
    "The backup they'd assured us was running had not run since March. We found out when we needed it.",
    "blame:sec",
  ],
  [
    "Most of our problems are caused by the security tools themselves. The antivirus slows the machines to a crawl and flags our own templates as malware.",
    "blame:sec conflict",
  ],
  [
    "I've come to the conclusion that our IT contractor is learning on the job: on our job, at our expense.",
    "blame:sec",
  ],
  [
    "They installed a firewall that blocked the court's e-filing system on the morning of a hearing. Brilliant work.",
    "blame:sec conflict",
  ],
  [
    "The so-called expert spent an hour on my laptop and left it worse than he found it.",
    "blame:sec",
  ],
  [
    "If the security people had done their jobs, that phishing email would never have reached my inbox in the first place.",
    "blame:sec",
  ],
  ["Our IT lot are lovely people, but they couldn't secure a garden shed.", "blame:sec"],
  [
    "The outage last week? The provider pushed out an update without testing it. Again.",
    "blame:sec",
  ],
  [
    "I'd trust IT more if they didn't lose my access rights every time they 'tidy up' the permissions.",
    "blame:sec",
  ],
  [
    "Whoever set up the document system had clearly never met a lawyer. It's a mess, and it's their mess.",
    "blame:sec",
  ],
  [
    "The whole migration was botched from start to finish, and somehow the IT firm sent us an invoice for the overtime.",
    "blame:sec",
  ],
  [
    "Honestly, the most serious security incident we've had was caused by the security contractor leaving an admin account wide open.",
    "blame:sec",
  ],
  [
    "The consultants produce beautiful reports and no working solutions. The report on our network is longer than our network.",
    "blame:sec",
  ],
  [
    "Half of what IT calls 'user error' turns out, on inspection, to be their own misconfiguration.",
    "blame:sec",
  ],
  [
    "Everything worked on Friday. IT 'improved' it over the weekend. Nothing works on Monday.",
    "blame:sec",
  ],
  [
    "The password manager they chose locks everyone out about once a month. Nobody else's seems to.",
    "blame:sec",
  ],
  [
    "I did forward the fake invoice to accounts myself, so whatever I think of the rules, that one is on me.",
    "blame:self",
  ],
  [
    "I'm a liability with technology, I know it. If anyone is going to let the wolves in, it'll be me.",
    "blame:self",
  ],
  [
    "I was the one who left the client folder shared publicly for a month. Not my proudest moment.",
    "blame:self",
  ],
  [
    "I'm hopeless with passwords. I forget them, I write them down, I reuse them. The IT lad deserves better than me.",
    "blame:self",
  ],
  [
    "I keep thinking the scare last month was my fault, even though nobody said so. I'd clicked something that morning.",
    "blame:self feel",
  ],
  ["Truth is, the weakest link in this office is probably the person typing this.", "blame:self"],
  [
    "I'm old-fashioned and a bit of a dinosaur with all this. Most of the problems IT sorts out for me are ones I caused.",
    "blame:self",
  ],
  [
    "I sent the draft accounts to a client with the same surname as ours. Entirely my own doing, and I felt sick about it for a week.",
    "blame:self feel",
  ],
  [
    "I'm embarrassed to admit I fell for the test phishing email twice. Twice! Same trick.",
    "blame:self feel",
  ],
  [
    "Most of what goes wrong on my computer is me fiddling with settings I shouldn't touch.",
    "blame:self",
  ],
  [
    "I reckon if we ever get hacked it'll be through my inbox. I'm the one who signs up for every webinar going.",
    "blame:self",
  ],
  [
    "I'm the reason we have the two-factor rule. Long story, involving a cafe and an unlocked laptop.",
    "blame:self",
  ],
  [
    "My own fault, really: I ignored three warnings about the update and then lost a day's drawings.",
    "blame:self",
  ],
  [
    "I'm not good with any of this. Whenever there's a problem, my first assumption is that I've broken it somehow.",
    "blame:self",
  ],
  [
    "I ought to know better at my age. I've been told a hundred times about public wifi and I still use it.",
    "blame:self",
  ],
  [
    "I suspect I'm the office's biggest security risk. I open everything, and I'm too trusting by half.",
    "blame:self",
  ],
  [
    "That incident with the client list? I set up the sharing link. I'd like to blame the software, but I can't.",
    "blame:self",
  ],
  [
    "I'm rubbish at spotting fakes. The last one had a spelling mistake in the sender's name and I still missed it.",
    "blame:self",
  ],
  [
    "The new login prompt appears roughly every forty minutes. By the third one in an afternoon of billing I'm ready to hurl the laptop across the room.",
    "conflict feel",
  ],
  [
    "We had a compulsory lunchtime session where a consultant explained to a room of chartered accountants, very slowly, what a password is. I've rarely felt so small.",
    "comm feel",
  ],
  [
    "Frankly it grates. I'm trusted with seven-figure escrow accounts but not with installing a PDF reader.",
    "feel power",
  ],
  [
    "Oh marvellous, another forty-page acceptable use policy that nobody asked us about, effective from Monday.",
    "conflict power",
  ],
  [
    "I've never met the people who run our security. They exist for me as a signature block at the bottom of slightly threatening emails.",
    "comm distance",
  ],
  [
    "The file-sharing platform IT picked can't handle a two-gigabyte drawing set, which any architect could have told them if they'd bothered to ask.",
    "conflict blame:sec",
  ],
  [
    "I find the whole IT side intimidating, so I just don't engage with it. If something breaks, I wait and hope it fixes itself.",
    "feel distance",
  ],
  [
    "It stings to be described in a board paper as 'the human vulnerability'. We're the ones bringing in the fees.",
    "blame:emp feel",
  ],
  [
    "You get the sense that if you make one mistake the whole weight of the firm will come down on you, so people keep quiet.",
    "feel power",
  ],
  [
    "They reorganised the shared drive over a weekend and the only notice was an email headed 'FYI'. Monday was chaos.",
    "conflict comm",
  ],
  [
    "I don't bother with the helpdesk anymore. They've never fixed anything I reported, so why waste the time?",
    "distance blame:sec",
  ],
  [
    "I clicked the link, typed my password, and then realised. The sinking feeling was awful, and it was entirely my doing.",
    "blame:self feel",
  ],
  [
    "The tone of the helpdesk is so curt I feel like I'm bothering them just by existing.",
    "comm feel",
  ],
  [
    "We stopped asking IT for new tools ages ago. The answer is always no, so the team finds free alternatives and gets on with it.",
    "conflict distance",
  ],
  [
    "The new monitoring was introduced 'because staff cannot be relied upon', according to the memo. That's us, then.",
    "power blame:emp",
  ],
  [
    "I'm livid, honestly. They lost a week of the archive and the best they could offer was 'these things happen'.",
    "feel blame:sec",
  ],
  [
    "Being told by someone half my age that I can't email my own client their own contract is an experience I'd rather not repeat.",
    "conflict feel power",
  ],
  [
    "Every training module begins by telling us that most breaches are our fault, then spends twenty minutes on things a child knows.",
    "comm blame:emp",
  ],
  [
    "I'm a bit scared of getting it wrong, so I avoid the security stuff entirely and hope nobody notices.",
    "distance feel",
  ],
  [
    "They never ask us anything. Policies appear, tools vanish, and the people making the calls have never sat in on a single project meeting.",
    "power distance",
  ],
  [
    "The spam filter is so badly tuned that it quarantines the court listings every morning and waves the obvious scams straight through.",
    "conflict blame:sec",
  ],
  [
    "I left the security briefing feeling about twelve years old, having been warned about strangers and sweets.",
    "feel comm",
  ],
  [
    "I'm useless with this kind of thing, so I leave it all to my assistant and stay well out of it.",
    "blame:self distance",
  ],
  [
    "We were overruled on the editing software by people who have never edited anything. It still irks me every single day.",
    "conflict power feel",
  ],
  [
    "They audit our browser histories because, in their words, 'people can't be trusted'.",
    "blame:emp power",
  ],
  [
    "When I asked why I couldn't share a folder with a client, I got a reply citing clause 4.3.2 of a policy. Not a reason, a clause.",
    "comm conflict",
  ],
  [
    "Security makes me feel out of my depth, so I nod along in the meetings and then put it out of my mind.",
    "feel distance",
  ],
  [
    "The security firm behaves as if it owns the place, and yet every problem we've had this year traces back to its own setup.",
    "blame:sec power",
  ],
  [
    "I'm fed up with the two-factor app. I'm in a basement archive with no signal and I literally can't open my own notes.",
    "conflict feel",
  ],
  [
    "When the security manager speaks to us it's always a lecture, never a discussion. We listen, he leaves.",
    "comm power",
  ],
  [
    "The phishing simulation results were emailed round with the clear subtext that the creative team are the problem.",
    "blame:emp comm",
  ],
  ["I've no idea who decides these things, and I gather I'm not meant to know.", "distance power"],
  [
    "I know I shouldn't be syncing client files to my personal laptop, and if it goes wrong that's on me, but it's the only way I meet deadlines.",
    "blame:self conflict",
  ],
  [
    "There's a suspicion hanging over us, as if the partners think every leak must have been one of the associates. It's demoralising.",
    "feel blame:emp",
  ],
  [
    "IT think we bypass the rules because we're careless. We bypass them because they stop us working.",
    "conflict blame:emp",
  ],
  [
    "Our requests are answered, eventually, with a yes or a no and never a why. It's like petitioning a minor monarch.",
    "power comm",
  ],
  [
    "I've lost all faith in the support firm. Whatever they touch seems to get worse.",
    "blame:sec feel",
  ],
  [
    "We get a generic email from a no-reply address four times a year. That's the entirety of our relationship with the security team.",
    "distance comm",
  ],
  [
    "After I mis-sent that file I was certain I'd be sacked. I still think it was my fault, but the dread of what they'd do was worse.",
    "blame:self feel power",
  ],
  [
    "When the expense tool rejected my login for the third time, a colleague submitted my claims under his account. Nobody in IT ever knew.",
    "conflict distance",
  ],
  [
    "Their warning emails are written in such apocalyptic terms that I now skim past them, which is probably the opposite of the intended effect.",
    "comm",
  ],
  [
    "The mandatory VPN drops every twenty minutes. That's not a security measure, that's a faulty product they refuse to replace.",
    "blame:sec conflict",
  ],
  [
    "It's humiliating having to ask permission to install a font. I have a degree in typography.",
    "power feel",
  ],
  [
    "I feel like an idiot every time I have to ring them. I'm sure it's something I've done.",
    "feel blame:self",
  ],
  [
    "They talk in acronyms to disguise the fact that they don't actually know what's wrong.",
    "comm blame:sec",
  ],
  [
    "The IT contractor doesn't really deal with us; he deals with the office manager and tells her we're the risk.",
    "distance blame:emp",
  ],
  [
    "My laptop was wiped remotely because I'd missed a compliance check. Three days of interview transcripts, gone, on someone's say-so.",
    "power conflict",
  ],
];
