import type { RawExample } from "./types.js";

/** Part 2 of 5 of VOICES_BF; see voices-bf.ts. */
export const VOICES_BF_2: readonly RawExample[] = [
  [
    "He told me security is my problem, not his, and he's the one who signs the cyber insurance form.",
    "conflict distance",
  ],
  ["ugh the architects again. third 'urgent' ticket today, none of them urgent", "feel comm"],
  [
    "Their staff are surprisingly good at spotting phishing, better than some corporates I've worked with.",
    "",
  ],
  [
    "Honestly I'm a bit scared of the owner, he goes from nought to furious in seconds.",
    "feel power",
  ],
  ["We probably overcomplicate it. Most of them just want to know they're safe.", "blame:self"],
  [
    "The office manager fixes everything herself with forum posts and we only hear when it's truly wrecked.",
    "distance comm",
  ],
  ["Client relationship is fine, not warm, not cold, just transactional.", ""],
  ["The chef-owner hears 'security' and thinks 'cost'. Hard to get past that.", "conflict"],
  ["They like it when I bring pastries to the review. Cheap trick, works every time.", ""],
  ["Their bookkeeper clicked, entered her password, then clicked again to make sure.", "blame:emp"],
  [
    "I end up writing the same policy reminder in capital letters because nothing else gets read.",
    "comm feel",
  ],
  [
    "The owner makes all the calls and the staff have no say, so they just quietly work around whatever we set up.",
    "power distance",
  ],
  [
    "Explained the backup gap with a chart of days lost versus cost. He signed the upgrade the same day.",
    "",
  ],
  ["The dentist jokes that we nag, then thanks us at every review.", ""],
  ["Quiet year with the haulage firm, which is what good looks like for them.", ""],
  [
    "The practice manager and I get on really well, we've got each other's mobile numbers for emergencies.",
    "",
  ],
  [
    "Client asked me to sign an NDA, then to stay out of the building unless summoned.",
    "power distance",
  ],
  ["It isn't a people problem there, it's an ancient server problem.", ""],
  [
    "They treat the helpdesk like a vending machine: press button, expect fix, kick it if slow.",
    "power conflict",
  ],
  ["Some of my explanations are rubbish, I know that, I'm working on it.", "blame:self"],
  [
    "The garage owner listens to his accountant about risk, not to us. Fine, I brief the accountant.",
    "distance",
  ],
  ["Honestly, most of them are decent people who just have too much on.", ""],
  [
    "heads up, the florist owner is on the warpath again, apparently the card machine is our problem now",
    "conflict blame:sec",
  ],
  ["lol the kennels finally turned on MFA. only took 14 months", ""],
  ["who's on the estate agents today? brace yourself", "feel"],
  [
    "can someone else take the joinery call, I can't face another hour of him telling me how to do my job",
    "feel power",
  ],
  [
    "just had the nicest chat with the new practice manager at the physio, she actually wants training for her team",
    "",
  ],
  [
    "nobody at the charity answers the phone, I've left 4 voicemails about the expired cert",
    "distance",
  ],
  [
    "reminder: the accountants go quiet for 3 months then want everything done yesterday in January",
    "comm",
  ],
  [
    "pretty sure the guy at the print shop thinks 'the cloud' is an actual place in Slough",
    "blame:emp",
  ],
  [
    "owner wants us to whitelist his personal webmail on the shared mailbox. I said no, he said 'just do it'. escalating",
    "conflict power",
  ],
  [
    "ok I messed up the DNS change at the bakery, they were down 40 mins, my bad, writing it up",
    "blame:self",
  ],
  ["good news: the cafe staff reported the fake parcel text before anyone clicked 🎉", ""],
  [
    "removals company confirmed their new ops manager is our contact going forward, she seems sharp",
    "",
  ],
  ["the solicitors want us on call 24/7 for the price of a part-time cleaner", "power conflict"],
  ["ticket from the gym: 'fix it'. that's the whole ticket", "comm"],
  ["he called me 'the IT boy' in front of his whole team. I'm 41", "power feel"],
  ["to be fair the brewery office did everything we asked after the last scare", ""],
  [
    "not surprised the bookkeeper got phished, she uses the same password as the office wifi",
    "blame:emp",
  ],
  ["I feel bad, I promised the vet I'd ring back friday and completely forgot", "blame:self feel"],
  [
    "garden centre owner just emailed 'who are you people and why am I paying you'",
    "distance blame:sec",
  ],
  ["no drama from the opticians this month, quiet is good", ""],
  [
    "again they bypassed the vpn because it was 'too slow' and then asked why the file share was exposed",
    "conflict blame:emp",
  ],
  [
    "sent the risk summary to the dental group. read receipt says opened 4 seconds. so that's that",
    "distance",
  ],
  ["honestly the architects are fine once you get past the receptionist gatekeeping", ""],
  ["is it me or does the salon only ever email at 11pm in all caps", "comm"],
  [
    "he wants a quote, then a second quote, then wants us to match the guy from the pub",
    "conflict power",
  ],
  [
    "their old IT guy had the whole office on one domain admin account. genuinely scary",
    "blame:sec feel",
  ],
  ["the car dealership staff keep asking me if they're in trouble when I turn up", "feel power"],
  ["school office were great today, very patient while we moved everything", ""],
  [
    "please can someone explain to the MD that 'urgent' means something. 9 urgent tickets, 0 urgent",
    "comm feel",
  ],
  [
    "they'll listen to us about backups but anything with the word 'policy' in it gets binned",
    "distance",
  ],
  [
    "pharmacy owner asked if we can see what his staff do online. said yes technically. he got very interested",
    "power",
  ],
  ["owner just rang to say thanks for the quick fix. wild", ""],
  [
    "i gave the translation agency the 'why MFA' spiel in plain english and they got it straight away. progress",
    "",
  ],
  ["quick vent: I am not the florist's personal tech support for her tablet at home", "feel power"],
  [
    "honestly think we lost the caterers because we never visited, only ever emailed",
    "distance comm blame:self",
  ],
  [
    "the nursery manager cried on the call this morning, she thought she'd caused the whole outage. she hadn't",
    "feel",
  ],
  ["rule one with the garage: never use acronyms. he hangs up", "comm"],
  [
    "the dental staff share a single laptop and a single password and won't hear otherwise",
    "conflict blame:emp",
  ],
  ["tbh we could've explained the phishing test better, people felt tricked", "blame:self feel"],
  [
    "can't reach anyone at the surveyors, website says they're open, phones go to voicemail",
    "distance",
  ],
  ["love working with the gym tbh, owner is chill and actually trusts us", ""],
  ["our SOC alerts go to a generic inbox at the charity and nobody checks it", "distance comm"],
  ["the partner at the law firm thinks being rude is a negotiation tactic", "power conflict"],
  [
    "they asked us to remove the screen lock because 'it's annoying'. declined politely. sulking ensued",
    "conflict feel",
  ],
  [
    "weekly catch-up with the farm shop was actually useful today, sorted three things in 10 mins",
    "",
  ],
  [
    "whoever configured that NAS before us left it open to the internet with default creds",
    "blame:sec",
  ],
  [
    "dont worry about the marketing agency going quiet, they're just flat out with a product launch",
    "",
  ],
  [
    "i keep getting cc'd on arguments between the owner and his office manager about whose fault the outage was",
    "conflict",
  ],
  [
    "owner says he doesn't need training because he 'knows a scam when he sees one'. he clicked the test in 9 seconds",
    "blame:emp",
  ],
  ["the accountants actually read the newsletter! someone replied with a question", ""],
  ["feels like the salon only remembers we exist on invoice day", "distance feel"],
  [
    "he asked for 'the techy version' of the report, so I sent it, and now he's annoyed it's too techy",
    "comm conflict",
  ],
  [
    "staff at the kennels won't report stuff because the owner yells at whoever mentions a problem",
    "feel distance",
  ],
  ["i get on fine with the owner, it's the office manager who decides we're the enemy", "conflict"],
  ["kinda embarrassed, I used 'lateral movement' in a meeting with a baker", "feel comm"],
  ["they're not bad people, they just don't see why any of this matters until it costs them", ""],
  ["MD cancelled our review again. 4th time. I'm done rebooking it", "distance feel"],
  [
    "the removals firm ran their own 'cleanup' on the server and deleted the backups. cool cool cool",
    "blame:emp",
  ],
  [
    "owner wants every change explained to him personally before we touch anything, which I actually respect",
    "",
  ],
  [
    "who signed off the florist's firewall rules? because they're wide open and that's on us",
    "blame:self",
  ],
  [
    "honestly feels like the dental group are waiting for us to fail so they can switch provider",
    "feel",
  ],
  [
    "the physio new starter forms come through the day after the person starts. every single time",
    "comm",
  ],
  [
    "haha the bakery owner drew me a diagram of what he thinks the network is. not bad actually",
    "",
  ],
  [
    "they think we can see their passwords. we can't. trying to explain that is a whole thing",
    "power comm",
  ],
  [
    "owner at the print shop said he's paying for solutions not 'homework', so I'm just doing it myself",
    "distance power",
  ],
  [
    "architects want every new security measure to be invisible. understandable. impossible",
    "conflict",
  ],
  ["good call with the charity trustees, they asked sharp questions and took notes", ""],
  [
    "the office manager at the gym is the only one who ever reports anything, bless her",
    "distance",
  ],
  [
    "we told them to stop using the shared drive for payroll. they moved it to a USB stick. on the desk",
    "blame:emp",
  ],
  [
    "I think I came across as preachy in the training session, tone it down next time",
    "blame:self comm",
  ],
  [
    "the owner of the car place asked if we were 'the ones who broke the email'. no. still hurt",
    "feel blame:sec",
  ],
  ["they're polite but we're basically invisible to them, which is kind of the point?", "distance"],
  ["surveyors never say thanks, never complain either. fine by me", ""],
  [
    "salon wants us to log into their personal social media accounts and 'make them go viral'",
    "power",
  ],
  ["i'm nervous about the pharmacy audit, if they fail it'll look like we did nothing", "feel"],
  [
    "the brewery lads fixed the label printer themselves with a paperclip and told us about it later. respect honestly",
    "",
  ],
  [
    "zero replies to the end-of-life warning for the out-of-support PCs at the kennels. third email",
    "distance comm",
  ],
  ["he pays on time and leaves us alone. dream client", ""],
];
