import type { RawExample } from "./types.js";

/**
 * Second half of batch R: in-house IT and security staff on employees and on their own role.
 * Written fresh for Rapport (brief R).
 */
export const VOICES_R_2: readonly RawExample[] = [
  // (continued)
  [
    "The partners ignore every rule and nobody can say a word. The juniors get written up for the same thing.",
    "power",
  ],
  ["Nothing gets installed without our say-so. Staff have to ask us for a new font.", "power"],
  [
    "We decide the rules in a meeting and tell everyone afterwards. I know that's not ideal.",
    "power",
  ],
  [
    "I've raised the server issue in four reports. The owner reads the first line and moves on.",
    "power",
  ],
  ["My budget request came back cut in half, with a note telling me to 'be creative'.", "power"],
  ["Head office writes the policy and we just enforce it. None of us were asked.", "power"],
  [
    "Staff can't do anything without raising a ticket with us. They're completely at our mercy.",
    "power",
  ],
  ["We log everything people do on the network, and I'm not sure they realise.", "power"],
  [
    "I'm at the bottom of the pecking order until something breaks, then suddenly I'm the most important person in the building.",
    "power",
  ],
  ["In the staff's eyes, we're the people who say no from behind a locked door.", "power"],
  ["Honestly, we have more control over people's working day than we probably should.", "power"],
  ["The owner treats IT as his personal assistant. I've set up his smart fridge.", "power"],
  ["Some of the lads call us the thought police. Half joking.", "power"],
  [
    "We answer to the operations director, who openly says security is a tax on the business.",
    "power",
  ],
  [
    "The finance director signs off every purchase, so security waits behind new chairs for the canteen.",
    "power conflict",
  ],
  [
    "Sales bring in the money, so when they want an exception they get one, whatever I say.",
    "power conflict",
  ],
  [
    "They bought the new system over my head and now expect me to make it secure after the fact.",
    "power conflict",
  ],
  [
    "We're told about decisions rather than asked, so we've stopped turning up to the meetings.",
    "power distance",
  ],
  [
    "To most staff we're an invisible force that changes their passwords and disappears.",
    "power distance",
  ],
  // how they communicate
  ["I know my emails are full of acronyms. I forget other people don't speak it.", "comm"],
  [
    "We only really turn up when something's gone wrong, so of course people groan when they see us.",
    "comm",
  ],
  [
    "Our posters are a bit much: hooded hackers and red warning triangles. I doubt they help.",
    "comm",
  ],
  ["I over-explain and end up sounding like a schoolteacher. I can hear myself doing it.", "comm"],
  ["My manager writes security notices that read like legal threats.", "comm"],
  [
    "We send a warning email and tick the box. Whether anyone understands it is another matter.",
    "comm",
  ],
  ["We probably come across as preachy. Every message starts with 'you must'.", "comm"],
  [
    "The password policy is written for auditors, not for the people who have to follow it.",
    "comm",
  ],
  [
    "Half my messages are 'do not' and the other half are 'you failed to'. I'd skip them too.",
    "comm",
  ],
  [
    "We tell people to 'stay vigilant' without ever saying what that looks like on a busy Tuesday.",
    "comm",
  ],
  [
    "Someone asked what a certificate warning meant and my colleague told her to look it up. Not great.",
    "comm",
  ],
  ["Our incident notices are so vague that people assume the worst.", "comm"],
  ["The only feedback staff get from us is a red mark on the phishing report.", "comm"],
  ["We're quite good at telling people off and not so good at telling them why.", "comm"],
  ["If I'm honest, the handbook reads like a manual for a nuclear plant.", "comm"],
  ["I tried explaining encryption to the shop managers and lost them in the first minute.", "comm"],
  [
    "Nearly all our contact with staff goes through the ticket system. I rarely speak to anyone.",
    "comm distance",
  ],
  [
    "The annual training is a forty-minute video of someone reading slides. Nobody watches past minute five.",
    "comm distance",
  ],
  ["The only time the factory hears from us is a mass email after an incident.", "comm distance"],
  ["The group security team communicates entirely through compliance forms.", "comm distance"],
  ["We don't really have a relationship with the staff. We have a ticket queue.", "comm distance"],
  [
    "New starters get a login and a leaflet, and we might not meet them for a year.",
    "comm distance",
  ],
  ["Our emails basically say: do this by Friday or your account gets locked.", "comm power"],
  [
    "The IT rules come down from the head office as a PDF, and we're expected to just comply.",
    "comm power",
  ],
  // friction and workarounds
  ["Sales and I clash every quarter over laptops on the trade-show stand.", "conflict"],
  ["People see two-factor as one more thing slowing them down at the till.", "conflict"],
  [
    "They forward work email to their personal accounts to get round the attachment limit.",
    "conflict",
  ],
  [
    "The bakers wedge the server cupboard open because it's the warmest spot for proving dough.",
    "conflict",
  ],
  ["Every time we block an app, marketing finds another one that does the same thing.", "conflict"],
  [
    "The vets all use one login because the timeout kept throwing them out mid-consultation.",
    "conflict",
  ],
  ["When we blocked USB sticks, the production floor was up in arms for a month.", "conflict"],
  ["Staff think we exist to stop them working.", "conflict"],
  [
    "There's a constant tug of war between 'get the order out' and 'check the bank details'.",
    "conflict",
  ],
  [
    "The lockout rule catches the night porter twice a week, so he's started leaving the PC logged in overnight.",
    "conflict",
  ],
  [
    "Marketing wanted a free file-sharing site, I said no, and it turned into a row in front of the whole office.",
    "conflict",
  ],
  ["Users say the VPN makes everything crawl, and they're not wrong.", "conflict"],
  ["Our rules made sense on paper. In a busy shop they just get in the way.", "conflict"],
  [
    "People think we can read their emails for fun. It's a misunderstanding we can't seem to shift.",
    "conflict",
  ],
  [
    "Drivers photograph the delivery lists on their own phones because the tablets don't work in the yard.",
    "conflict",
  ],
  ["Whatever I lock down, somebody has found a way round it by Friday.", "conflict"],
  ["Production and security want opposite things, and production usually wins.", "conflict"],
  ["Every change I make is met with a chorus of 'why now?'.", "conflict"],
  [
    "The encrypted email thing? Nobody uses it. They just send attachments the old way.",
    "conflict",
  ],
  ["Our relationship with the sales office is, let's say, lively.", "conflict"],
  [
    "I'm the only IT person for four shops, so getting hold of me can take days.",
    "conflict distance",
  ],
  [
    "People avoid asking permission and just do it, because asking us takes too long.",
    "conflict distance",
  ],
  ["Oh good, another director who wants his own rules. Can't wait.", "conflict feel"],
  [
    "The chefs get properly cross when the till logs them out mid-service, and I can't blame them.",
    "conflict feel",
  ],
  // distance and indifference
  ["Most staff wouldn't recognise me if I walked past them.", "distance"],
  ["I haven't been to the northern depot in over a year.", "distance"],
  ["When a printer breaks they ring a cousin who 'knows computers' instead of us.", "distance"],
  ["The kitchen staff never contact us. I honestly don't know if that's good or bad.", "distance"],
  ["We sit in a back room at the end of the corridor and people forget we exist.", "distance"],
  ["I'm contracted two days a week. To most of them I'm a phone number on a sticker.", "distance"],
  ["Security is someone else's job as far as the floor is concerned.", "distance"],
  ["They don't care, as long as their email works.", "distance"],
  [
    "I ran a drop-in session last spring. Two people came, one of them for the biscuits.",
    "distance",
  ],
  ["I know the staff by their ticket numbers more than their faces.", "distance"],
  ["People fix their own problems with whatever they find online and never tell us.", "distance"],
  [
    "Honestly, I'd rather stay in my room and get on with the work than go out and chat.",
    "distance",
  ],
  [
    "Most of them ask the office manager, not us. She's become the unofficial helpdesk.",
    "distance",
  ],
  ["Nobody on the shop floor could tell you who looks after security here.", "distance"],
  ["Security just isn't on their radar.", "distance"],
  ["The night staff at the hotel have probably never seen anyone from IT in person.", "distance"],
  ["They shrug and say 'not my department' whenever I bring it up.", "distance"],
  ["We work from head office; the branches are names on a spreadsheet to us.", "distance"],
  [
    "People keep their heads down when I'm around, then ask a colleague once I've gone.",
    "distance",
  ],
  ["The volunteers change so often I've given up trying to get to know them.", "distance"],
  // blaming their own side, predecessors and suppliers
  ["Our old IT contractor left the firewall on factory settings for four years.", "blame:sec"],
  ["Head office IT pushed an update that froze every till on a Saturday morning.", "blame:sec"],
  [
    "The previous IT manager gave everyone admin accounts. We're still cleaning up after him.",
    "blame:sec",
  ],
  ["If I'm honest, half our outages last year were caused by us, not by users.", "blame:sec"],
  ["We broke email twice this month. That one's on us.", "blame:sec"],
  [
    "The consultants we paid for the audit produced a hundred pages nobody could act on.",
    "blame:sec",
  ],
  ["Group IT couldn't organise a fire drill in a burning building.", "blame:sec"],
  ["My colleague on networks likes to make changes at four on a Friday and go home.", "blame:sec"],
  ["When people say 'IT broke it again', they're usually right.", "blame:sec"],
  [
    "The security vendor's tool flags so many false alarms that we've stopped looking at it.",
    "blame:sec",
  ],
  ["Honestly, IT here has caused more downtime than any hacker ever has.", "blame:sec"],
  [
    "The bloke before me never wrote anything down. It's like inheriting a haunted house.",
    "blame:sec",
  ],
  ["Our web agency left admin passwords in a spreadsheet on the public site.", "blame:sec"],
  [
    "The staff think we're incompetent, and after last winter's backup failure I can't really argue.",
    "blame:sec",
  ],
  ["Our IT partner's idea of security is a yearly invoice.", "blame:sec"],
  [
    "The helpdesk we outsource to is clueless. They read from a script and escalate everything.",
    "blame:sec",
  ],
  ["The team I inherited had no idea what they were doing with the cloud accounts.", "blame:sec"],
  ["A lot of what people call user error is really our bad setup.", "blame:sec"],
  [
    "Head office IT are a law unto themselves and about as useful as a chocolate teapot.",
    "blame:sec",
  ],
  [
    "The software house that built our booking system left holes you could drive a tractor through.",
    "blame:sec",
  ],
  [
    "We rolled out the new password rules without testing them and locked out the whole finance team.",
    "blame:sec conflict",
  ],
  [
    "The managed service provider takes three days to answer and then closes the ticket unresolved.",
    "blame:sec conflict",
  ],
  [
    "Users complain that IT makes everything harder. Some days I'd say they've got a point.",
    "blame:sec conflict",
  ],
  [
    "We set up the shared drive badly, so people ended up emailing files around. That's our fault.",
    "blame:sec conflict",
  ],
  [
    "I think users have every right to be annoyed with us. Our helpdesk has been a shambles.",
    "blame:sec feel",
  ],
  [
    "I'm embarrassed by our team. We promised a fix in a day and it took three weeks.",
    "blame:sec feel",
  ],
  [
    "It's maddening: the group security team sends alerts about systems we don't even use.",
    "blame:sec feel",
  ],
  [
    "The outsourced helpdesk is worse than useless. Staff have given up calling it.",
    "blame:sec distance",
  ],
  [
    "The so-called security team at head office has never visited a single branch.",
    "blame:sec distance",
  ],
  ["I'll be straight: our team isn't very good at explaining, or at listening.", "blame:sec comm"],
  [
    "Our security lead talks to people like they're five. No wonder they don't like us.",
    "blame:sec comm",
  ],
  ["If users are confused, that's usually because we built something confusing.", "blame:sec"],
  // blaming themselves
  [
    "I forgot to renew the certificate and the booking site was down for a day. Entirely my fault.",
    "blame:self",
  ],
  ["I'm probably the bottleneck. Everything waits for me.", "blame:self"],
  ["The backups weren't tested because I kept putting it off. That's on me.", "blame:self"],
  ["Some days I think I'm the problem, not them.", "blame:self"],
  ["I didn't push hard enough for the budget. I should have made more noise.", "blame:self"],
  ["I was too proud to ask for help with the migration, and it went badly.", "blame:self"],
  [
    "My fault, really: I set up the new starters in a rush and gave them far too many permissions.",
    "blame:self",
  ],
  ["I'm a cables-and-servers person, not a people person, and it shows.", "blame:self"],
  [
    "If staff don't report things, that's probably down to how I've reacted in the past.",
    "blame:self",
  ],
  [
    "I scheduled the laptop updates for nine in the morning. Genius. Whole office down for twenty minutes.",
    "blame:self",
  ],
  ["I'm the one who approved the cheap router. I own that.", "blame:self"],
  [
    "I should have seen the fake invoice coming. I'd read about exactly that scam the week before.",
    "blame:self",
  ],
  ["It was me who left the server room key in the door. Not the cleaners. Me.", "blame:self"],
  ["I'm hopeless at following up tickets once the urgent bit is done.", "blame:self"],
  [
    "I set the spam filter too tight and customers' orders went missing. That was my doing.",
    "blame:self",
  ],
  [
    "I keep promising myself I'll write proper instructions and I never get round to it.",
    "blame:self",
  ],
  ["Half of the mess in the shared folders is mine, if we're honest.", "blame:self"],
  [
    "I clicked on one of our own test phishing emails. I've never lived it down.",
    "blame:self feel",
  ],
  [
    "When a scam gets through, I take it personally. I feel I've let everyone down.",
    "blame:self feel",
  ],
  ["I feel useless when I can't fix something straight away.", "blame:self feel"],
  ["Looking back, I made people afraid to report things. I'd snap at them.", "blame:self feel"],
  ["I still cringe about the time I wiped the wrong laptop.", "blame:self feel"],
  ["I'm not great at explaining things, and I know that's part of the problem.", "blame:self comm"],
  [
    "I didn't explain why we were changing the Wi-Fi, so of course nobody understood. I messed that up.",
    "blame:self comm",
  ],
  [
    "Six years here and I'm still rubbish at writing anything people want to read.",
    "blame:self comm",
  ],
  ["I come across as grumpy and I know it puts people off asking.", "blame:self comm"],
  [
    "I'm not good at the soft stuff. I explain things the way I'd explain them to another engineer.",
    "blame:self comm",
  ],
  [
    "I made the password rules far too strict. My mistake, and people paid for it.",
    "blame:self conflict",
  ],
  [
    "I lost my temper with the warehouse manager over the shared login. Not my finest hour.",
    "blame:self conflict",
  ],
  ["I'm too quick to say no. It's become a habit and I'm not proud of it.", "blame:self conflict"],
  [
    "I keep saying I'll visit the branches and never do. I can't blame them for not knowing me.",
    "blame:self distance",
  ],
  [
    "A lot of the distrust is my doing. I used to report people to their managers without talking to them first.",
    "blame:self power",
  ],
];
