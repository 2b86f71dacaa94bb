import type { RawBlameExample } from "./types.js";

export const FRESH_ZH_3: readonly RawBlameExample[] = [
  [
    "I don't judge people who fall for vishing calls. I just quietly wonder how they get through the rest of their day.",
    true,
  ],
  [
    "Our findings on password reuse are really findings about the absence of a company password manager.",
    false,
  ],
  [
    "Password reuse is a personal choice, and a frankly embarrassing one for people who handle client money.",
    true,
  ],
  [
    "I'd blame the VPN vendor long before I'd blame any of the people whose accounts were used.",
    false,
  ],
  [
    "I'd blame the VPN vendor, except the vendor didn't hold the password up to the webcam on a team call.",
    true,
  ],
  [
    "It's striking how often 'the user disabled antivirus' turns out to mean 'antivirus broke the app they needed'.",
    false,
  ],
  [
    "'The user disabled antivirus.' Of course they did. It was slowing down their online shopping.",
    true,
  ],
  [
    "Physical reviews always find propped doors near the smoking area, because the nearest card reader is on the far side of the building.",
    false,
  ],
  [
    "Every site has an unofficial entrance staff use because the official one is locked at odd hours. Map those and you learn a lot.",
    false,
  ],
  [
    "The attacker spent six weeks in that network. That's not a user problem, it's a monitoring problem.",
    false,
  ],
  [
    "The attacker spent six weeks in that network, all thanks to one person who thought an invoice from a total stranger looked legit.",
    true,
  ],
  [
    "Most breaches I investigate have several small failures lined up; the person who clicked is usually the least interesting one.",
    false,
  ],
  [
    "Most breaches I investigate have several small failures lined up, and every single one of them has a name attached.",
    true,
  ],
  [
    "Audit season reminds me how much compliance is paperwork that nobody in operations was ever given the hours to do.",
    false,
  ],
  [
    "Audit season is the one time operations teams get asked what slows them down, and their answers are usually spot on.",
    false,
  ],
  ["Your CFO isn't gullible. The deepfake voice was good enough to fool his own wife.", false],
  [
    "Your CFO authorised a transfer because a voice on the phone told him to. I'm sure he's very good at spreadsheets.",
    true,
  ],
  [
    "When I see admin accounts used for email, I look for why there's no separate account. Usually nobody ever provisioned one.",
    false,
  ],
  [
    "When I see admin accounts used for email, I know I'm dealing with sysadmins who think they're above all this.",
    true,
  ],
  [
    "There's a lot of contempt in this industry for ordinary staff, and I think it makes us worse at our jobs.",
    false,
  ],
  [
    "Empathy for users is very trendy. Empathy doesn't stop Brenda from wiring fifty grand to a stranger.",
    true,
  ],
  [
    "Configuration drift is where most of my findings come from. Nobody's fault exactly, just years of small undocumented changes.",
    false,
  ],
  [
    "Configuration drift? That's a polite phrase for admins changing things at five to five and never writing it down.",
    true,
  ],
  [
    "We put a QR code on a canteen poster. A few people scanned it, which mostly told us QR codes are an unsolved problem.",
    false,
  ],
  [
    "We put a QR code on a canteen poster promising free pizza. The results were about as depressing as you'd expect.",
    true,
  ],
  [
    "The client's staff did everything the policy told them to. The policy just hadn't been updated since the fax era.",
    false,
  ],
  [
    "The client's staff followed the policy whenever it suited them, which, from what I saw, wasn't often.",
    true,
  ],
  [
    "I test systems. People are part of the system, so when they fail I look at what the system asked of them.",
    false,
  ],
  ["I test systems, and the people are always the part of the system that breaks first.", true],
  [
    "A default-allow outbound firewall has done more for my red teams than any employee ever did.",
    false,
  ],
  [
    "Credential theft is at the root of most of my engagements, and the fix is almost always phishing-resistant MFA, not more slides.",
    false,
  ],
  [
    "Giving people a clear way to say 'I think I clicked something' is worth more than any training module.",
    false,
  ],
  [
    "When people say they didn't click, they often genuinely don't remember; link previews and auto-loading images blur what a click even is.",
    false,
  ],
  [
    "I've watched a SOC analyst miss a critical alert buried under nine hundred false positives. That's tuning, not negligence.",
    false,
  ],
  [
    "I've watched a SOC analyst ignore a critical alert so he could finish his lunch. Tuning is not the issue there.",
    true,
  ],
  [
    "A vendor pitched us 'AI to stop human error'. I asked which human errors, and they didn't have an answer.",
    false,
  ],
  ["I'd buy any product that stops my colleagues from being my colleagues, to be honest.", true],
  [
    "The shared mailbox had thirty people with full access because nobody ever designed a request process for it.",
    false,
  ],
  [
    "The shared mailbox had thirty people with full access, and I'd bet half of them forward things to their personal Gmail.",
    true,
  ],
  [
    "If you have to test people every month to keep them safe, maybe it's the email system that needs testing.",
    false,
  ],
  ["Breaches rarely need a genius. They need a mid-level manager who's in a hurry.", true],
  ["Breaches rarely need a genius. They need an exposed RDP port and a weak default.", false],
  [
    "I run IT for a dental practice. My biggest headache is imaging software that only works if everyone is a local admin.",
    false,
  ],
  [
    "I run IT for a dental practice. My biggest headache is the dentists, who treat the reception PC as their personal Netflix box.",
    true,
  ],
  [
    "We're an MSP. Most of our tickets are password resets, and most of those happen because the expiry emails look like phishing.",
    false,
  ],
  [
    "We're an MSP. Most tickets are password resets from people who remember every kid's birthday but not one password.",
    true,
  ],
  [
    "Let me put it this way: we've had the 'don't plug in random chargers' talk three times this year. Same faces every time.",
    true,
  ],
  [
    "We've given the 'don't plug in random chargers' talk three times, and I think the talk is the problem. It never explains why it matters.",
    false,
  ],
  [
    "Our office manager installed remote access software because a caller claimed to be from Microsoft. Nobody had ever told her we'd never ring like that.",
    false,
  ],
  [
    "Our office manager installed remote access software because a caller said he was from Microsoft. Bless her.",
    true,
  ],
  [
    "The shop floor has one PC and twelve people. Of course they share a login. What were we expecting?",
    false,
  ],
  [
    "The shop floor has one PC and twelve people, and somehow all twelve have managed to install a different game on it.",
    true,
  ],
  [
    "I'm a one-person IT department for eighty staff. When something goes wrong, it's usually because I never had time to set it up properly.",
    false,
  ],
  [
    "I'm a one-person IT department for eighty staff, which means eighty people breaking things and one person fixing them.",
    true,
  ],
  [
    "People forward work email to their personal accounts because our webmail won't load on a phone. I've asked for budget twice.",
    false,
  ],
  [
    "People forward work email to their personal accounts because, apparently, rules are more of a suggestion.",
    true,
  ],
  [
    "Every ticket marked 'urgent' from the partners' floor means someone up there has clicked something again.",
    true,
  ],
  [
    "Every ticket marked 'urgent' from the partners' floor turns out to be a sync fault in the document system we inherited in the merger.",
    false,
  ],
  [
    "Plenty of IT people roll their eyes at users. Then you sit next to one for a day and realise the software is the joke.",
    false,
  ],
  [
    "I've sat next to users for a whole day. It explained a lot, and none of it was flattering to them.",
    true,
  ],
  [
    "Our accountant keeps client files on USB sticks because the file share times out every ten minutes. I'd be fed up too.",
    false,
  ],
  [
    "Our accountant keeps client files on USB sticks, then loses them in a different coat pocket every season.",
    true,
  ],
  [
    "I don't call it user error when the 'share externally' button is the same size and colour as 'share internally'.",
    false,
  ],
  [
    "I call it user error when someone shares the whole payroll folder with the outside world. There's no other word for it.",
    true,
  ],
  [
    "The warehouse tablets use a four-digit PIN because the pickers wear gloves. That was a trade-off we agreed with them.",
    false,
  ],
  ["The warehouse tablets have a four-digit PIN, and it's 1234, because of course it is.", true],
  [
    "Staff downloading free PDF converters isn't recklessness. We never gave them a PDF editor.",
    false,
  ],
  [
    "Our backups live on a NAS in the same cupboard as the server because that's what the budget allowed. One fire and both are gone.",
    false,
  ],
  [
    "Most of our security issues come from a thirty-year-old building management system, not from anyone sitting at a desk.",
    false,
  ],
  [
    "Our receptionist flagged the fake courier before I'd even seen the email. She got a thank-you card and a seat at the next policy review.",
    false,
  ],
  [
    "The partners refused MFA for a year. Honestly, I don't blame them; the first rollout locked them out in the middle of a trial.",
    false,
  ],
  [
    "The partners refused MFA for a year. They're lawyers, so naturally they know everything about everything.",
    true,
  ],
  [
    "I don't get angry at people who fall for scams anymore. I got caught once myself, on a day I was exhausted.",
    false,
  ],
  [
    "I try not to get angry when people fall for scams. It's harder when it's the same person for the fourth time.",
    true,
  ],
  [
    "When a printer asks for a password that nobody was ever given, people leave it on the default. I would too.",
    false,
  ],
  [
    "Defaults survive because nobody owns the device. Give every box a named owner and the defaults start disappearing.",
    false,
  ],
  [
    "Our new starters get laptops on day three because of procurement, so they borrow a colleague's account. That's our failure, not theirs.",
    false,
  ],
  [
    "Our new starters borrow each other's accounts on day one, which tells you the sort of people we're hiring.",
    true,
  ],
  [
    "After an incident, people need support, not a hunt for someone to punish. That's the moment they decide whether to report next time.",
    false,
  ],
  [
    "After an incident I make sure everyone knows which department it came from. Nothing motivates like a bit of shame.",
    true,
  ],
  [
    "Our church volunteers run bookings on their own laptops. They've done nothing wrong; we never gave them anything else.",
    false,
  ],
  [
    "Our church volunteers run bookings on their own laptops, and I shudder to think what else they download on them.",
    true,
  ],
  [
    "I've fixed more incidents by renaming a confusing button than by sending reminder emails.",
    false,
  ],
  [
    "I've sent so many reminder emails I could have them tattooed on my forehead, and someone would still miss them.",
    true,
  ],
];
