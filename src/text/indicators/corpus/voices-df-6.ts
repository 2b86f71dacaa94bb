import type { RawExample } from "./types.js";

/** Very small firms whose security is an outside IT provider, the owner's relative or one overworked admin: owners, office managers and employees. Written fresh for Rapport (brief DF). */
export const VOICES_DF_6: readonly RawExample[] = [
  [
    "The backup drive is swapped every Friday by whoever locks up. It's on the checklist with the bins.",
    "",
  ],
  [
    "Nobody bothers raising tickets anymore; we just work round whatever's broken.",
    "conflict distance",
  ],
  ["I set the password to the shop's name. I know. I know.", "blame:self"],
  [
    "Two different people from the provider gave me two different answers about whether we need encryption. I gave up.",
    "conflict comm",
  ],
  [
    "Their new rule is no personal phones in the workshop for security. Half our measuring apps are on personal phones. Genius.",
    "conflict blame:sec",
  ],
  [
    "The only way to get the stock system to work on the tablets was to turn off the thing IT turned on. So we did.",
    "conflict",
  ],
  ["We got a new firewall, and the only thing anyone noticed was that the Wi-Fi got faster.", ""],
  [
    "Most of the team wouldn't know there was an IT company if it wasn't on the invoice.",
    "distance",
  ],
  [
    'Every "improvement" from the provider adds a step to my day. Never removes one.',
    "conflict blame:sec",
  ],
  ["I had to think for a second who our IT provider even is. Something Solutions?", "distance"],
  [
    "I keep apologising to the IT lady. I feel like I'm always the one causing her extra work.",
    "feel blame:self",
  ],
  [
    "I insisted on keeping the old Windows XP machine for the embroidery software. So yes, the blame sits with me.",
    "blame:self",
  ],
  [
    "My nephew set up the Wi-Fi for the shop and put a separate one in for customers, which was sensible.",
    "",
  ],
  [
    "I run a small florist's and I'm the one who let the IT contract lapse because money was tight. Then the email got hacked in Valentine's week and I had to go crawling back to them. I still feel sick about it, and I know it was my decision.",
    "feel blame:self",
  ],
  [
    "There was a scam call pretending to be our IT company. Our real IT company had warned us about exactly that the week before.",
    "",
  ],
  [
    "It drives me mad that I have to ring a call centre and prove who I am to reset a password when I'm the one who owns the business.",
    "feel power",
  ],
  [
    "The receptionists share one login because it's quicker, and there's nothing I can do to stop them.",
    "conflict power",
  ],
  ["Security? It's not really something we think about in a flower shop.", "distance"],
  ["I shared my login with the temp. Bad idea, I know.", "blame:self"],
  ["I keep my head down and stay off their radar. Easier that way.", "distance"],
  [
    "I'm terrified I'll be the one who gets us hacked. I'm the least techy here by a mile.",
    "feel blame:self",
  ],
  ["I'm not a techy person, but I've never felt silly asking them something.", ""],
  [
    "It frightens me how much we rely on one man who might get hit by a bus tomorrow.",
    "feel power",
  ],
  ["The nephew's been doing our IT for free for years. Wouldn't swap him.", ""],
  ['The "expert" they sent couldn\'t find the power button on our plotter.', "blame:sec"],
  ["He decides what's \"safe\" and what isn't. None of us know on what basis.", "comm power"],
  [
    "IT say the users are the problem, the users say IT is the problem. In a nine-person office. Marvellous.",
    "conflict blame:emp blame:sec",
  ],
  [
    "We've stopped using the shared calendar because the security settings mean half of us can't see it on our phones.",
    "conflict",
  ],
  [
    "Our cleaner asked why the screens lock after five minutes. I told her, and she said that made sense.",
    "",
  ],
  [
    "I'd rather not deal with them at all, if I'm honest. Every conversation leaves me feeling thick.",
    "feel distance",
  ],
  [
    "Our part-timers come and go so fast that nobody bothers learning the rules. Then they leave with a laptop.",
    "blame:emp",
  ],
  [
    "I'm at the end of my rope with our IT company. They've known about the booking screen freezing since before Easter, they've sent three different engineers, each one undoes what the last one did, and every visit lands on the invoice. It's costing us customers and I'm left answering for it.",
    "conflict feel blame:sec",
  ],
  [
    "I never told IT when I changed phones, which is why nobody could reach me about the breach. Entirely my doing.",
    "distance blame:self",
  ],
  [
    "Ravi does our IT and the accounts, and he's always very clear about which hat he's wearing.",
    "",
  ],
  [
    "It wears me down, reminding grown adults not to write the alarm PIN on the whiteboard.",
    "feel blame:emp",
  ],
  [
    "We all ignored the warning email, me included, because it looked like every other warning email.",
    "blame:emp blame:self",
  ],
  ["A few of the older staff still won't touch the password manager. Says it all.", "blame:emp"],
  [
    "I'm sure it was me who left the back office PC logged in overnight. I'm usually the last out.",
    "blame:self",
  ],
  [
    "The IT lady talked me through setting up the new phone on a video call. Patient as anything.",
    "",
  ],
  ["Our admin, Joy, is run ragged, but she always gets back to you by the end of the day.", ""],
  [
    "I don't bother them, they don't bother me. I wouldn't know what to say to them anyway.",
    "distance",
  ],
  [
    "We're a six-person practice and we need the provider's permission to install a PDF reader. It took them nine days.",
    "conflict power",
  ],
  [
    "I'd be too embarrassed to ring them with something that small, so I just live with it.",
    "feel distance",
  ],
  [
    "To be fair, I didn't tell the IT firm we'd taken on three new staff, so of course they had no logins on day one.",
    "conflict blame:self",
  ],
  [
    "We've got a locked cabinet for the server and a key that only two people hold. Seems right.",
    "",
  ],
  [
    "The owner asked the IT guy to come to our team meeting to explain the new phones. He did, with slides, and answered every question.",
    "",
  ],
  [
    "The provider refused to let us use WhatsApp for customer photos, even though that's how every single customer sends them.",
    "conflict power",
  ],
  [
    "The day the card machines stopped I was panicking, queue out the door on the Saturday before Christmas. Our IT lad was at his kid's football but answered anyway, talked me through switching to the backup router over the phone, and we were taking payments again within fifteen minutes. Can't ask for more than that.",
    "",
  ],
  [
    "We keep the shared password on a sticky note under the keyboard because the system logs you out every ten minutes and the girls can't serve customers like that.",
    "conflict",
  ],
  [
    "Nobody in this office reads an email past the subject line, so of course they fall for the fake ones.",
    "blame:emp",
  ],
  [
    "Our bookkeeping files got encrypted because I saved them to my personal laptop instead of the server. Lesson learned the hard way.",
    "blame:self",
  ],
  ["Good people, bad software. The software's not their fault.", ""],
  [
    "Every new starter gets half an hour with our IT person on day one. Just a chat and a login.",
    "",
  ],
  ["We never see them. Stuff just gets fixed overnight, or it doesn't.", "distance"],
  [
    "Partly my fault for not updating, partly theirs for not reminding me. Either way the laptop's toast.",
    "blame:sec blame:self",
  ],
  [
    'They send a "monthly security digest" that nobody asked for and nobody reads.',
    "comm distance",
  ],
  ['They talk in tickets, priorities and SLAs. I talk in "the till won\'t open".', "comm"],
  [
    "If we get hacked it'll be through the front desk, guaranteed. They'll open anything with a logo on it.",
    "blame:emp",
  ],
  [
    "I'm the office manager. Security's meant to be my job too, and I've let it slide.",
    "blame:self",
  ],
  [
    "The trouble is, the drivers all share one tablet and one PIN and think it's hilarious.",
    "blame:emp",
  ],
  [
    "I can't fault them on the security side. The website design is another story, but that's a different company.",
    "",
  ],
  ["It unsettles me that they can see everything on my screen whenever they like.", "feel power"],
  ["Whatever they did to the Wi-Fi on Tuesday, it's been rubbish since.", "blame:sec"],
  ["Gary decides what software we're allowed and that's that; we don't get a say.", "power"],
  [
    "You don't ask the IT company questions, you get told things. That's how it works here.",
    "comm power",
  ],
  [
    "Our problem is people, not computers. Someone always knows someone else's password.",
    "blame:emp",
  ],
  [
    "I find the whole thing intimidating. I avoid calling unless the place is on fire.",
    "feel distance",
  ],
  ["We've stopped reporting the odd pop-ups. Nothing ever happens when we do.", "distance"],
  [
    "Nobody at our firm knows what the IT contract actually says. The provider does, and that's how they like it.",
    "power distance",
  ],
  ["I'd rate them seven out of ten. Good at fixing, a bit slow at answering emails.", ""],
  [
    "We run a small print shop, twelve staff, one IT contract, and it covers everything we need.",
    "",
  ],
  ["Ordered a new laptop Monday, set up and on my desk by Wednesday.", ""],
  [
    "Locked out of the till laptop on a Saturday morning with a queue of customers out the door, and the helpdesk doesn't open till Monday. I was livid, and I've still not had a proper explanation of why it happened in the first place.",
    "conflict feel",
  ],
  ["Put a link in front of our team and someone will click it. Every time.", "blame:emp"],
  ["I reckon if our IT company went bust we wouldn't notice for a month.", "distance"],
  ["Our IT man retired and recommended his replacement, who's been just as good.", ""],
  [
    'I was mortified when the IT man saw my desktop. Two hundred files called "new document".',
    "feel",
  ],
  [
    'The password rules came on a laminated sheet with no explanation. Just "comply".',
    "comm power",
  ],
  [
    "The owner's nephew has admin on everything and he's nineteen. We just have to trust him.",
    "power",
  ],
  [
    "Every problem we've had this year traces back to something the provider set up wrong.",
    "blame:sec",
  ],
];
