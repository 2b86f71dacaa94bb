import type { RawExample } from "./types.js";

/** Part 3 of 5 of VOICES_AX; see voices-ax.ts. */
export const VOICES_AX_3: readonly RawExample[] = [
  ["Employee apathy is the silent killer of security programmes.", "blame:emp distance"],
  ["Interviewees in accounts said the lockouts made them dread Monday mornings.", "feel conflict"],
  [
    "The CIO we spoke to was refreshingly candid: 'We used to treat staff as suspects. We got it wrong.'",
    "",
  ],
  [
    "Leadership teams tend to engage with cyber only after a competitor gets hit.",
    "power distance",
  ],
  [
    "Some practitioners secretly enjoy the mystique. It makes them feel important.",
    "blame:sec power",
  ],
  [
    "Organisations that invest in their people see fewer incidents. That's not marketing, it's in the data.",
    "",
  ],
  [
    "Many small-business owners told us they find their IT provider intimidating to deal with.",
    "feel power",
  ],
  ["If your security messaging needs a glossary, it's failed.", "comm"],
  [
    "Staff surveyed said they'd rather ask a colleague than risk looking stupid in front of IT.",
    "feel distance",
  ],
  [
    "The head of security at a housing association told us her team now holds drop-in sessions every Thursday.",
    "",
  ],
  [
    "Most insider incidents are accidental, not malicious, but that doesn't make them any less costly.",
    "blame:emp",
  ],
  ["Practitioners warn that heavy-handed monitoring erodes trust faster than any breach.", "power"],
  [
    "There's a growing recognition that the security team itself can be the bottleneck.",
    "conflict blame:sec",
  ],
  [
    "With remote work, many security teams have lost the hallway conversations that used to keep them connected.",
    "distance",
  ],
  [
    "Employees trust their IT team more than they did five years ago, according to our annual survey.",
    "",
  ],
  [
    "Several CISOs told us they feel like they're constantly having to justify their existence.",
    "power feel",
  ],
  [
    "The weakest password in the building usually belongs to whoever complains loudest about the password policy.",
    "blame:emp",
  ],
  [
    "Staff at the firm described the monthly security update as 'a wall of text we scroll past'.",
    "comm distance",
  ],
  ["Good security teams act as advisers to the business, not gatekeepers.", ""],
  [
    "A regional accountant told us the new MFA rollout caused 'a week of absolute chaos' at the front desk.",
    "conflict",
  ],
  ["Our customers' staff report suspicious emails at three times the industry average.", ""],
  [
    "Many employees see security as something that happens to them, not something they're part of.",
    "distance power",
  ],
  ["It's easy to mock users. It's harder to build something they can actually use.", ""],
  [
    "In the companies we studied, security staff reported feeling isolated from the rest of the workforce.",
    "distance feel",
  ],
  [
    "Security teams that never leave their dashboards will never understand how work actually gets done.",
    "distance blame:sec",
  ],
  [
    "Users are the biggest variable in any security equation, and the hardest to control.",
    "blame:emp power",
  ],
  [
    "The managing director we interviewed said his IT lead is 'the calmest person in the building during a crisis'.",
    "",
  ],
  [
    "When people are afraid of IT, they hide things. When they trust IT, they tell you everything.",
    "",
  ],
  [
    "Practitioners at smaller firms often lack a seat at the table, relegated to a line item in the operations budget.",
    "power",
  ],
  [
    "Every security tool we sell is only as good as the person who ignores its warnings.",
    "blame:emp",
  ],
  [
    "Our research highlights a striking gap between how security teams think they're seen and how staff actually see them.",
    "distance",
  ],
  ["Most staff we surveyed said they know exactly who to call, and they call.", ""],
  ["One CISO described a 'them and us' attitude that took years to dismantle.", "conflict"],
  [
    "People don't ignore security because they're lazy. They ignore it because it's been made boring.",
    "blame:sec",
  ],
  [
    "There's still an attitude in some teams that users simply can't be trusted with anything.",
    "power blame:sec",
  ],
  ["Security practitioners who spend time on the shop floor report fewer disputes with staff.", ""],
  [
    "A top complaint from employees: security tickets get closed without anyone explaining what happened.",
    "comm",
  ],
  [
    "The best CISOs we know are boring in the best possible way: predictable, reachable, human.",
    "",
  ],
  [
    "Many employees quietly admit they don't really understand what their security team does all day.",
    "distance",
  ],
  [
    "In one firm, the IT lead told us he'd given up trying to get staff to lock their screens.",
    "distance blame:emp",
  ],
  ["Human behaviour is a factor in most incidents, but it's rarely the root cause.", ""],
  ["Some boards see the CISO as a compliance box to tick, nothing more.", "power"],
  [
    "Staff reported that one particular admin 'makes you feel like a criminal for asking for a USB stick'.",
    "feel power",
  ],
  [
    "Our partner MSPs report a real shift: clients are now asking to be involved in security decisions.",
    "",
  ],
  [
    "The security team's reputation around the office was, in the words of one employee, 'the people who shout'.",
    "comm conflict",
  ],
  [
    "Sysadmins describe being on call around the clock, with management noticing only when something breaks.",
    "power comm",
  ],
  ["Users are not your enemy. Attackers are.", ""],
  [
    "Practitioners admit that security teams haven't always made it easy for people to do the right thing.",
    "blame:self",
  ],
  [
    "We found that employees who'd had a friendly chat with IT were twice as likely to report a suspicious email.",
    "",
  ],
  ["user put in a ticket saying 'internet broken'. the internet. all of it.", "blame:emp"],
  [
    "honestly my users are great, they report everything, even stuff that's obviously fine. I'll take it.",
    "",
  ],
  [
    "Owner overrode the USB policy because his son needed to print a school project. Again.",
    "power conflict",
  ],
  [
    "anyone else feel like the only time management talks to you is when something's down?",
    "comm feel",
  ],
  ["I've given up sending the monthly tips email. Open rate was 4%.", "distance"],
  [
    "We're a 40-person shop and I'm the entire IT department. Nobody knows what I do until they can't print.",
    "distance power",
  ],
  [
    "PSA: be nice to your users. They're the ones who'll call you at 7am when something looks weird.",
    "",
  ],
  [
    "Boss asked me to 'just turn off the firewall for a bit' so his vendor could connect. No.",
    "conflict",
  ],
  [
    "Had a lady in HR apologise six times during a password reset. I felt awful, we must come across as terrifying.",
    "feel blame:self",
  ],
  [
    "Just found out sales has been using their personal Dropbox for client contracts for two years.",
    "distance",
  ],
  ["Dunno why I bother writing documentation, nobody reads it lol", "distance feel"],
  ["Users aren't dumb, they're just not IT people, same way I'm not an accountant.", ""],
  [
    "Management approved the budget for the new backup system on the first ask. Still in shock.",
    "",
  ],
  ["my users treat me like a vending machine. ticket in, fix out, no hello", "power"],
  [
    "CFO clicked a fake DocuSign link and then told everyone IT should have blocked it. Cool cool.",
    "blame:emp feel",
  ],
  [
    "The number of people who still think 'Password1!' is clever is genuinely depressing.",
    "blame:emp feel",
  ],
  ["I stopped using acronyms in my all-staff emails and suddenly people started replying.", ""],
  [
    "Anyone got tips on getting a stubborn owner to take backups seriously? He says we've never needed them.",
    "power",
  ],
  [
    "Our MSP takes three days to answer a ticket, so the office manager just fixes things herself and tells me later.",
    "distance conflict",
  ],
  [
    "Rant incoming. Third time this month the CEO has demanded admin rights 'because it's my company'.",
    "conflict power",
  ],
  ["Not gonna lie, most of the staff here are pretty security-savvy now. Took a while.", ""],
  ["They don't hate us, they just don't think about us at all.", "distance"],
  [
    "Sat in on a team meeting for the first time in a year. Learned more about how they actually work than from any ticket.",
    "",
  ],
  [
    "The marketing guy reused his work password on a forum that got breached. Shocker.",
    "blame:emp",
  ],
  [
    "Nobody told IT about the office move until the week before. We're always last to hear.",
    "distance power",
  ],
  [
    "i explain MFA, they nod, then ask me to turn it off the next day. every single time",
    "conflict",
  ],
  ["We ran a lunch-and-learn on scams with pizza. Best turnout we've ever had.", ""],
  ["Boss reads my risk reports about as often as he reads the fire safety notices.", "power"],
  [
    "Honestly I'm the problem half the time. I explain things way too technically and then get annoyed they don't get it.",
    "blame:self comm",
  ],
  [
    "Users will literally plug in a USB they found in the car park. Studies prove it, and so does my Tuesday.",
    "blame:emp",
  ],
  [
    "Getting a bit tired of being treated as the help desk AND the security team AND the guy who moves desks.",
    "feel power",
  ],
  [
    "Our receptionist spotted a spoofed email from the MD before our filters did. Absolute legend.",
    "",
  ],
  ["i feel like a nag. every email i send is 'please don't do X'", "comm feel"],
  [
    "Got told in my review that I'm 'not a team player' because I refused to share the admin password.",
    "power conflict",
  ],
  [
    "nobody calls anymore, they just post in the general channel that 'something's weird' and wait",
    "distance",
  ],
  [
    "Half the office thinks I can see their browser history in real time. I can't. I wouldn't want to.",
    "power",
  ],
  ["It's a small company, everyone knows me, they wave, they bring me cake. Zero complaints.", ""],
  [
    "The owner's attitude is basically 'you're the IT guy, make it work, don't bother me with details'.",
    "power distance",
  ],
  [
    "Why does every user think the spam filter is personally out to get them?",
    "blame:emp conflict",
  ],
  ["The dentist practice I support genuinely listens. When I say patch, they patch.", ""],
  [
    "Went to the directors with a breach risk. Got told to 'stop scaremongering'.",
    "power conflict",
  ],
  [
    "Security awareness training here is a 45 minute video everyone plays on mute in another tab.",
    "distance",
  ],
  [
    "People forget IT staff are human too. I had someone shout at me about a printer for ten minutes.",
    "feel conflict",
  ],
  ["It's not users, it's us. We keep buying tools that make their day harder.", "blame:self"],
  ["Staff at my place genuinely ask before installing stuff now. Didn't used to.", ""],
  [
    "No face to face at all since we went remote. I'm just an email signature to these people.",
    "distance comm",
  ],
  [
    "Boss wants me to monitor everyone's keystrokes. I said no. Hoping I still have a job Monday.",
    "power feel",
  ],
  [
    "Had to walk a partner through the difference between 'reply' and 'forward'. Twice.",
    "blame:emp",
  ],
  [
    "Anyone else's users assume every weird pop-up is IT testing them? Ours are paranoid since the last sim.",
    "feel",
  ],
  ["Honestly the sales team and I get on fine. We compromise.", ""],
  ["I don't bother asking for training budget anymore, answer's always no.", "power distance"],
];
