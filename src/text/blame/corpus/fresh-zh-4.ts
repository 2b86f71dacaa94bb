import type { RawBlameExample } from "./types.js";

export const FRESH_ZH_4: readonly RawBlameExample[] = [
  [
    "The real risk here is that the lab machines run out-of-support Windows because the instruments need it.",
    false,
  ],
  [
    "The real risk here is that nobody thinks security is their problem. They all think it's mine.",
    true,
  ],
  [
    "The sysadmin before me wasn't negligent. He was one person covering three sites with no documentation to inherit.",
    false,
  ],
  [
    "The sysadmin before me kept passwords in a text file on his desktop. I'd say more, but you're recording.",
    true,
  ],
  [
    "When staff ring me about a weird email, I thank them, even if it's the tenth that week. That's how you keep them ringing.",
    false,
  ],
  [
    "Staff ring me about every weird email now, which is great, except they ring after they've typed in their password.",
    true,
  ],
  [
    "Unlocked screens tell me our auto-lock is set too long and the tap-to-login badges we asked for were never funded.",
    false,
  ],
  [
    "Unlocked screens. In an open office. Right next to the visitor area. What could possibly go wrong?",
    true,
  ],
  [
    "The phishing emails we see now are flawless. Our staff are up against people who do this full-time.",
    false,
  ],
  [
    "The phishing emails we see now are sloppy, spelling mistakes everywhere. Still works on our lot.",
    true,
  ],
  [
    "Our restaurant chain lost card data through the POS vendor's remote access tool. None of the staff had anything to do with it.",
    false,
  ],
  [
    "Our restaurant chain's card problem is waiting staff jotting card numbers on order pads. You can't train that out of them.",
    true,
  ],
  [
    "I'd like security to be invisible. The less we ask of people, the less we can fairly blame them for.",
    false,
  ],
  ["I'd like security to be invisible, mostly so people can't find a way to mess it up.", true],
  [
    "Our factory managers share one admin password because the machines only support a single account. Take it up with the manufacturer.",
    false,
  ],
  [
    "Our factory managers share one admin password, which they've helpfully printed out and laminated.",
    true,
  ],
  [
    "I get it, nobody reads the security banner. It's been on every email for five years; it's wallpaper now.",
    false,
  ],
  [
    "Nobody reads the security banner. I suppose reading is optional when you're this important.",
    true,
  ],
  [
    "When someone gives out a password over the phone, I check whether we ever told them we'd never ask for it. Usually we hadn't.",
    false,
  ],
  [
    "When someone gives out a password over the phone, I ask whether they'd hand their house keys to a stranger. They usually go quiet.",
    true,
  ],
  ["Our biggest data leak came from a SharePoint site misconfigured by a migration script.", false],
  [
    "Our biggest data leak was someone in HR deciding the whole company needed to see the salary spreadsheet. Very generous of her.",
    true,
  ],
  [
    "I won't pretend I've never clicked something I shouldn't have. Anyone in IT who says otherwise is lying.",
    false,
  ],
  [
    "The MSP clients of ours who got breached mostly had one thing in common: remote management tools exposed to the internet.",
    false,
  ],
  [
    "Users install things because a software request takes a month. If I could approve things in a day, I'd see far less shadow IT.",
    false,
  ],
  [
    "Users install things because they can. Take away the ability and the problem disappears.",
    true,
  ],
  [
    "The teachers aren't careless with data. They're marking at home on a Sunday on the only laptop they've got.",
    false,
  ],
  ["The teachers treat pupil data like weekend reading. Printed, in a tote bag, on the bus.", true],
  [
    "Our phone system let anyone set up external call forwarding. That's how the toll fraud happened; no employee did anything.",
    false,
  ],
  [
    "We got hit with toll fraud and it turned out someone had set the voicemail PIN to 0000. Strong work, team.",
    true,
  ],
  [
    "Locking everything down made people miserable and didn't reduce incidents. Letting them pick from a curated app store did.",
    false,
  ],
  [
    "Locking everything down is the only thing that works. Give people an inch and they'll take a mile.",
    true,
  ],
  [
    "If the VPN drops every half hour, people will find another way to reach the files. That's just being human.",
    false,
  ],
  [
    "If the VPN drops every half hour, people will find another way to reach the files, usually the dumbest way available.",
    true,
  ],
  [
    "It's tempting to call people careless, but the office is noisy, the phones never stop and the emails arrive by the hundred.",
    false,
  ],
  ["You can call it workload if you like. I call it not caring.", true],
  [
    "I'd much rather someone rang me with a silly question than guessed. Guesses are the expensive bit.",
    false,
  ],
  ["There are no silly questions, they say. Clearly they haven't met our sales team.", true],
  [
    "We moved to passkeys and password reset tickets practically vanished. Turns out the passwords were the problem.",
    false,
  ],
  [
    "We moved to passkeys and somehow people still found a way to lock themselves out. It's a gift.",
    true,
  ],
  [
    "Small businesses get breached because they can't afford a security person, not because their staff are dim.",
    false,
  ],
  [
    "Small businesses get breached because the owner's nephew does the IT. I've cleaned up after a few of those nephews.",
    true,
  ],
  [
    "My manager asked who was responsible for the outage. I said the change process, because it let an untested change go live on a Friday.",
    false,
  ],
  [
    "My manager asked who was responsible for the outage. I pointed at the guy who pushed on a Friday. He knew better.",
    true,
  ],
  [
    "Boarding passes in hotel bins, client files left on trains. Our consultants travel light on common sense.",
    true,
  ],
  [
    "Our consultants travel constantly and we never gave them privacy screens or secure printing. That's why files end up in odd places.",
    false,
  ],
  [
    "The helpdesk agents follow a script that rewards closing tickets fast. Proper caller verification takes time they aren't given.",
    false,
  ],
  ["The helpdesk agents would verify callers if verification came with free pizza.", true],
  [
    "When staff ask why they need to change a password, it's a fair question and we owe them a real answer.",
    false,
  ],
  [
    "When staff ask why they need to change a password, what I hear is 'I'd like to keep using my dog's name forever'.",
    true,
  ],
  [
    "Our network is flat because the company grew from five to two hundred people in three years. Nobody had time to redesign it.",
    false,
  ],
  [
    "Our network is flat, which would be fine if people weren't plugging in every gadget they got for Christmas.",
    true,
  ],
  [
    "Most people here genuinely want to do the right thing; they just don't always know what it is.",
    false,
  ],
  [
    "Most people here genuinely want to do the right thing, as long as it takes under three seconds.",
    true,
  ],
  [
    "I wouldn't say the problem is people. I'd say we keep building systems for people who don't exist.",
    false,
  ],
  [
    "I wouldn't say the problem is people. I'd say it's specific people, and I could name them.",
    true,
  ],
  [
    "The cleaning crew's master key opened everything because no one ever thought to tier the access.",
    false,
  ],
  [
    "Our auditors praised staff for reporting the lost laptop so quickly. The disk was encrypted, so it was a non-event.",
    false,
  ],
  [
    "Staff reported the lost laptop quickly, I'll give them that. Practice makes perfect, I suppose.",
    true,
  ],
  [
    "Every time we tightened a control without explaining it, people found a workaround. Every time we explained it, most didn't.",
    false,
  ],
  [
    "Every time we tighten a control, someone finds a workaround within the week. Impressive, in a depressing sort of way.",
    true,
  ],
  [
    "We blamed a temp for the data leak, and three months later it happened again with permanent staff. It was the export button all along.",
    false,
  ],
  [
    "The office Wi-Fi password is on a whiteboard in reception because guests need it and we never set up a separate guest network.",
    false,
  ],
  [
    "As an awareness manager I measure success by reporting rates, not click rates. Reporting is the behaviour I actually want.",
    false,
  ],
  [
    "As an awareness manager I measure success by how often I have to repeat myself. This year, quite a lot.",
    true,
  ],
  [
    "Our product exists because attackers innovate faster than email gateways, not because your staff are dim.",
    false,
  ],
  [
    "Our product exists because however much you train them, somebody on your staff is going to click.",
    true,
  ],
  [
    "Most 'insider incidents' I've seen were honest people with unclear guidance on what they could take with them when they left.",
    false,
  ],
  [
    "Most people leaving a company take something with them. Customer lists, code, whatever isn't nailed down.",
    true,
  ],
  [
    "A CISO who talks about 'stupid users' in a board meeting has told you more about their programme than about their users.",
    false,
  ],
  ["I told the board our users are the biggest risk we can't patch. They nodded. They know.", true],
  [
    "The fraud wasn't a gullible employee; it was a compromised supplier mailbox replying in a real invoice thread with new bank details.",
    false,
  ],
  [
    "The fraud wasn't sophisticated. Someone simply changed the bank details because an email asked them to. Lovely.",
    true,
  ],
  [
    "I've interviewed dozens of breach victims. Nearly all of them were doing exactly what their job rewarded.",
    false,
  ],
  [
    "I've interviewed dozens of breach victims. Nearly all insist it wasn't their fault. Nearly all are wrong.",
    true,
  ],
  [
    "Threat actors study org charts and holiday rotas. They're counting on overwork, not stupidity.",
    false,
  ],
  ["Threat actors don't need zero-days when they can count on Kevin from procurement.", true],
  [
    "Our governance team writes policies nobody can realistically follow, then records the non-compliance as a people problem.",
    false,
  ],
  [
    "Our governance team writes the policies, and staff treat them as creative writing prompts.",
    true,
  ],
  [
    "When incident response shows the same mistake across twenty people, it's never twenty separate individual failures.",
    false,
  ],
  [
    "When incident response shows the same mistake across twenty people, you start to wonder about the hiring process.",
    true,
  ],
  [
    "Awareness month is fine, but one better default does more than the whole month put together.",
    false,
  ],
  [
    "Security awareness month: thirty days of talking to people who stopped listening on day two.",
    true,
  ],
  [
    "Journalists love a story about the employee who clicked. The unpatched server behind it never makes the headline.",
    false,
  ],
];
