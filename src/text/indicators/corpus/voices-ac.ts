import type { RawExample } from "./types.js";
import { VOICES_AC_2 } from "./voices-ac-2.js";
import { VOICES_AC_3 } from "./voices-ac-3.js";

/**
 * Security and IT staff and IT managers in small and medium firms, talking about management,
 * colleagues and employees. Written fresh for Rapport (brief AC).
 */
const FIRST_PART: readonly RawExample[] = [
  [
    "The owner signed the new till contract without asking me, then wanted to know why the card readers weren't patched.",
    "power",
  ],
  [
    "I said no to shared logins at the front desk. The general manager said yes. Guess which one we have now.",
    "power conflict",
  ],
  [
    "Every proposal I write goes to the finance director, who cuts it in half without reading past page one.",
    "power",
  ],
  [
    "My recommendations sit under 'nice to have' until something goes wrong, and then I'm asked why I didn't push harder.",
    "power blame:sec",
  ],
  [
    "Our MD sees me as the person who unjams the printer, not someone who belongs in the room when we choose suppliers.",
    "power",
  ],
  [
    "The boss switched off the account lockout because his nephew kept getting locked out. That's how decisions get made here.",
    "power",
  ],
  [
    "Nobody asked IT before they bought the new warehouse scanners. We found out when the boxes turned up.",
    "power",
  ],
  ["I don't get a vote. I get a deadline.", "power"],
  [
    "The directors will take the insurance broker's word over mine, even when he's repeating what I told them six months ago.",
    "power",
  ],
  [
    "If I push back too hard on the partners, I do worry whether my contract gets renewed.",
    "power feel",
  ],
  [
    "Honestly the head teacher backs me every time. If I say a laptop can't go home unencrypted, that's the end of it.",
    "",
  ],
  [
    "Our operations director asks my opinion before buying anything with a plug on it. Took years, but we got there.",
    "",
  ],
  [
    "I'm consulted now, not just informed after the fact. That's a big change from when I started.",
    "",
  ],
  [
    "They call it a discussion, but the decision was made at the golf club before I walked in.",
    "power",
  ],
  ["Whatever I recommend, the answer depends on what mood the owner's in that morning.", "power"],
  [
    "I'm the security manager on paper. In practice I'm whoever gets told what was decided.",
    "power",
  ],
  [
    "The partners voted to keep everyone as local admin. I was allowed to take the minutes.",
    "power",
  ],
  [
    "I was hired to set the rules and then told the rules couldn't inconvenience any of the directors.",
    "power conflict",
  ],
  [
    "It's their company, I get that, but it would be nice to be asked before they sign up for yet another cloud app.",
    "power",
  ],
  [
    "My manager trusts my judgement. When I say we need to delay a rollout, she delays it, no argument.",
    "",
  ],
  [
    "I don't feel overruled at all. The owner and I disagree sometimes and we talk it through like adults.",
    "",
  ],
  [
    "The board asked me to present the risk register and then spent the whole slot discussing the car park.",
    "power",
  ],
  ["I sometimes feel like the hired help. Fix it, keep quiet, go back downstairs.", "power feel"],
  [
    "They snap their fingers and expect me to come running, whatever I'm in the middle of.",
    "power",
  ],
  ["I'm basically a servant with admin rights.", "power"],
  ["Security here is a line in the budget that gets trimmed first, every single year.", "power"],
  [
    "We're a cost centre, full stop. Sales brings the money in, I spend it, that's how the board sees it.",
    "power",
  ],
  [
    "I asked for a proper backup system for two years. We got one the week after the ransomware.",
    "power",
  ],
  [
    "The security budget this year is roughly what the owner spent on the Christmas party. I'm not bitter. Much.",
    "power feel",
  ],
  [
    "Forty pounds a month for a password manager was 'too much', but the new coffee machine sailed through.",
    "power",
  ],
  [
    "To be fair, when I showed the directors what a day of downtime costs, they funded the new firewall without a fuss.",
    "",
  ],
  [
    "Our finance manager actually gets it. She sees the backups as insurance, not as an expense.",
    "",
  ],
  ["I have to justify every licence as if I'm buying myself a holiday.", "power"],
  ["Funny how there's never money for security until the bank starts asking questions.", "power"],
  ["The cheapest quote wins, every time, and I'm the one who lives with it afterwards.", "power"],
  [
    "We run the clinic's patient records on a server older than some of the nurses. Replacing it keeps getting 'pushed to next quarter'.",
    "power",
  ],
  [
    "I'm not complaining about the budget. It's modest, but it's agreed with me and it's predictable.",
    "",
  ],
  [
    "When money's tight the first thing the partners cut is my training. Then they're surprised I'm behind the times.",
    "power",
  ],
  ["Every spending request needs three signatures. For a USB hub.", "power"],
  [
    "Apparently a breach is hypothetical but the cost of preventing it is very real, according to our MD.",
    "power conflict",
  ],
  ["The only time the partners want to talk to me is when email is down.", "comm"],
  [
    "My manager remembers I exist when something's on fire. The rest of the time, silence.",
    "comm distance",
  ],
  [
    "I get summoned upstairs when there's a problem. Never to hear that a month went by without one.",
    "comm",
  ],
  ["Nobody reads my monthly report. They read the incident email, though, every word.", "comm"],
  [
    "After the fake-invoice scam cost us eight grand, suddenly I had the directors' full attention. For about a fortnight.",
    "power",
  ],
  ["It took a burglary and a stolen laptop for anyone to care about disk encryption.", "power"],
  [
    "Six months of warnings, nothing. One hacked social media account and they want a strategy by Friday.",
    "power conflict",
  ],
  [
    "When things work, I'm invisible. When they break, I'm the most popular man in the building.",
    "comm",
  ],
  [
    "The owner phones me at home on Sunday only ever with bad news. I've started dreading his name on the screen.",
    "comm feel",
  ],
  [
    "My boss checks in with me every Monday, whether or not anything's wrong. It makes a real difference.",
    "",
  ],
  [
    "I'm meant to do security, the helpdesk, the phones, the CCTV and apparently the coffee machine too.",
    "power",
  ],
  [
    "People expect me to fix a laptop, roll out two-factor and reset the door codes before lunch, and they get snippy when I can't.",
    "conflict",
  ],
  [
    "There's one of me and eighty of them. Something always has to wait, and whoever's waiting is cross with me.",
    "conflict",
  ],
  ["I'm knackered. Every week there's a new emergency that was entirely predictable.", "feel"],
  ["Some days I go home and just sit in the car for ten minutes before I can face anyone.", "feel"],
  ["The workload is fine, honestly. We're a small office and people are patient with me.", ""],
  [
    "Everything is urgent. The new starter's account, the director's iPad, the VAT portal. All of it, now.",
    "conflict",
  ],
  [
    "I haven't taken a full week off in three years because nobody else can do what I do.",
    "feel power",
  ],
  [
    "The lab manager wanted the whole network redesigned over a weekend, with no downtime and no budget.",
    "conflict power",
  ],
  ["I'm expected to be an expert in everything from printers to GDPR on a junior salary.", "power"],
  [
    "I've got a list of forty things to fix and the list grows faster than I can work through it. It gets to you.",
    "feel",
  ],
  [
    "Being the only IT person in a firm this size is lonely. There's no one to sanity-check my decisions.",
    "feel",
  ],
  [
    "Whenever the Wi-Fi drops it's 'IT broke it again', even when it's the landlord's router in the cellar.",
    "blame:sec",
  ],
  [
    "The new booking system was the owner's choice, but when it crashed on a Saturday, somehow that was my fault.",
    "blame:sec power",
  ],
  [
    "If nothing happens, they wonder what I'm paid for. If something happens, they wonder what I'm paid for.",
    "blame:sec",
  ],
  [
    "Whatever goes wrong, from the till to the car park barrier, the first question is 'what has IT done now'.",
    "blame:sec",
  ],
  [
    "After the breach, the owner told the staff meeting that IT had dropped the ball. Nobody mentioned he'd refused the budget.",
    "blame:sec power",
  ],
  ["Blame the IT guy. It's practically a tradition here.", "blame:sec"],
  [
    "The board thinks the IT department is a black hole that swallows money and produces nothing.",
    "blame:sec",
  ],
  ["The owner thinks IT is money down the drain and tells me so to my face.", "blame:sec comm"],
  [
    "When the invoices went out twice, the accounts manager told everyone it was an IT glitch. It was her spreadsheet.",
    "blame:sec blame:emp",
  ],
  [
    "The auditors wrote that IT 'lacks basic controls', and the partners have quoted it at me ever since.",
    "blame:sec",
  ],
  [
    "Our insurance form asked whether the IT function was adequately resourced. The MD laughed out loud.",
    "blame:sec",
  ],
  [
    "I don't think IT was at fault for the outage. It was a power cut, and the UPS did exactly its job.",
    "",
  ],
  [
    "Nobody blamed me when the server died. The directors knew it was old and we'd planned to replace it.",
    "",
  ],
  [
    "Staff joke that the helpdesk stands for 'help, desperately'. I laugh along but it stings.",
    "blame:sec feel",
  ],
  [
    "The partners call our outsourced IT firm 'the clowns', and to be honest they haven't earned a better name.",
    "blame:sec",
  ],
  [
    "Our previous IT contractor left the admin passwords on a sticky note in the server cupboard. We're still cleaning up after him.",
    "blame:sec",
  ],
  [
    "Our own department caused last month's outage, no use pretending otherwise. We pushed an update on a Friday afternoon.",
    "blame:sec",
  ],
  [
    "The managed service provider takes three days to answer a ticket and then closes it without fixing anything.",
    "blame:sec",
  ],
  [
    "Our security consultant charged a fortune for a report that was mostly a template with our logo pasted on.",
    "blame:sec",
  ],
  [
    "My colleague in IT changes firewall rules and never writes anything down. It's caught us out twice.",
    "blame:sec",
  ],
  [
    "Some of these outages are on us. We've been sloppy with change control, and the staff pay for it.",
    "blame:sec",
  ],
  [
    "The staff have a nickname for our helpdesk. It isn't kind, and I can't say it's unfair.",
    "blame:sec",
  ],
  [
    "The last security guy locked everyone out of their own files and then went on holiday. I inherited the hatred.",
    "blame:sec feel",
  ],
  ["Head office IT can't get a replacement laptop to our branch in under a month.", "blame:sec"],
  ["The new IT lad set up the backups wrong and nobody noticed for six months.", "blame:sec"],
  [
    "Security at group level is a joke. A binder of policies and one bloke who's never around.",
    "blame:sec distance",
  ],
  [
    "The head office helpdesk treats every caller like an idiot, and frankly that's their failing, not the users'.",
    "blame:sec comm",
  ],
  [
    "When I joined, the server room was a cupboard of tangled cables and my predecessor's old sandwiches. No wonder nothing worked.",
    "blame:sec",
  ],
  [
    "Our web developer hard-coded the database password in the site. Twice. After being told.",
    "blame:sec",
  ],
  [
    "The firm we pay for monitoring missed the break-in completely. We found it because a customer rang us.",
    "blame:sec",
  ],
  ["Our outsourced support is fine. Not exciting, but they pick up the phone and sort things.", ""],
  [
    "My predecessor gets a lot of stick, but he kept this place running on nothing for ten years. I won't criticise him.",
    "",
  ],
  [
    "The other IT guy and I work well together. We cover each other's holidays and never point fingers.",
    "",
  ],
  [
    "Half the problems I deal with were made by IT people before me who thought documentation was optional.",
    "blame:sec",
  ],
  [
    "I'll be honest, the helpdesk team here is not up to it. Tickets bounce around for weeks.",
    "blame:sec",
  ],
  [
    "The so-called cyber specialist the owner hired off a trade show spent two days here and broke the VPN.",
    "blame:sec",
  ],
  [
    "The IT company we used before us treated the firm like a cash machine and fixed nothing properly.",
    "blame:sec",
  ],
  [
    "Our team's reputation is poor, and mostly we earned it: slow replies, half-finished projects.",
    "blame:sec",
  ],
  [
    "Our IT partner's engineers are patronising on the phone. I've had complaints from three departments.",
    "blame:sec comm",
  ],
  [
    "That breach was my fault. I left the remote access port open after testing and forgot about it.",
    "blame:self",
  ],
  [
    "I should have spotted the fake invoice. I'd spent a month telling everyone else how to.",
    "blame:self",
  ],
  [
    "I rolled out the new password rules far too fast. People struggled, and that's on me.",
    "blame:self",
  ],
  [
    "I'm not great at explaining things to non-technical people, and I know that's part of the problem.",
    "blame:self comm",
  ],
  [
    "I probably frightened people off with that first training session. Far too many horror stories.",
    "blame:self comm",
  ],
  [
    "I forgot to renew the certificate and the booking site went dark for a day. Entirely my mistake.",
    "blame:self",
  ],
  ["I'm the bottleneck. Everything waits for me and I'm too slow.", "blame:self"],
  [
    "I should have pushed harder for offsite backups. I let the owner talk me out of it.",
    "blame:self power",
  ],
];

export const VOICES_AC: readonly RawExample[] = [...FIRST_PART, ...VOICES_AC_2, ...VOICES_AC_3];
