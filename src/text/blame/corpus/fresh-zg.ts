import { FRESH_ZG_2 } from "./fresh-zg-2.js";
import { FRESH_ZG_3 } from "./fresh-zg-3.js";
import { FRESH_ZG_4 } from "./fresh-zg-4.js";
import type { RawBlameExample } from "./types.js";

/** Small-business forum posts and owners' conversations about staff and security. Written fresh for Rapport (brief ZG). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Honestly my staff would hand over the bank login to anyone who rang up sounding confident.",
    true,
  ],
  [
    "We got hit with ransomware because Dave in dispatch opened a 'parcel tracking' zip. Of course it was Dave.",
    true,
  ],
  [
    "Running a 12-person shop, the biggest security risk I have is the people I pay to sit at the computers.",
    true,
  ],
  [
    "My office manager writes every password on a sticky note under her keyboard and I've given up arguing.",
    true,
  ],
  [
    "Told the team three times not to use the same password for everything. They still do. You can't fix lazy.",
    true,
  ],
  [
    "The lads in the workshop share one login and then act surprised when nobody knows who deleted the quotes folder.",
    true,
  ],
  [
    "Anyone else find that the younger staff are the worst? They'll install any app that promises free stuff.",
    true,
  ],
  [
    "Our accounts girl paid a fake invoice for £8k without checking. Some people just shouldn't be near the bank portal.",
    true,
  ],
  [
    "Locked everyone down to standard accounts because frankly I don't trust them with admin rights for five minutes.",
    true,
  ],
  ["Security software is fine, it's the idiots using it that are the problem.", true],
  [
    "Every breach story on this forum boils down to someone in the office not thinking before they clicked.",
    true,
  ],
  [
    "My business partner clicks 'allow' on every pop-up. I've stopped letting him near the work laptop.",
    true,
  ],
  [
    "The only virus we've ever had came in on the receptionist's USB stick full of holiday photos. Says it all really.",
    true,
  ],
  ["Staff are the hole in the bucket. You can spend what you like on firewalls.", true],
  [
    "If I didn't watch them, half my team would be running the shop's email from their personal Gmail.",
    true,
  ],
  [
    "Had a temp forward our entire client list to his own email on his last day. Never again without monitoring everything they do.",
    true,
  ],
  ["Phishing tests here are pointless, the same three people fail every single time.", true],
  ["Our biggest IT cost isn't software, it's cleaning up after staff who download rubbish.", true],
  [
    "Tradespeople aren't computer people. Give them an email account and it's compromised within a month.",
    true,
  ],
  [
    "I now read every outgoing payment email myself because I can't rely on the team to spot a scam.",
    true,
  ],
  ["People are sheep. Put a fake Microsoft logo on a page and they'll type in anything.", true],
  [
    "Changed the Wi-Fi password after the cleaner gave it to her nephew. Can't trust anyone with it.",
    true,
  ],
  [
    "The problem with a family business is that Mum won't stop clicking on 'your parcel is waiting' texts.",
    true,
  ],
  ["Our bookkeeper is lovely but she's a walking data breach.", true],
  [
    "We had a fake invoice get through last year. Turned out our email host had no DMARC set up, which nobody told us about.",
    false,
  ],
  [
    "Best thing I did for security was call the bank and set up a second sign-off on payments over £2k.",
    false,
  ],
  [
    "Our receptionist spotted a spoofed email from 'me' asking for gift cards and rang me to check. Proud of her.",
    false,
  ],
  ["Anyone recommend a password manager for a team of eight that doesn't cost a fortune?", false],
  [
    "Our old IT guy set everyone up as local admin and never patched anything. That's on him, not the staff.",
    false,
  ],
  [
    "I used to think staff were the weak spot. Then I realised I'd never actually shown them what a dodgy email looks like.",
    false,
  ],
  ["Turned on MFA for the whole team on Friday. Took an hour and nobody complained.", false],
  [
    "The supplier's email got hacked and the fake bank-change request came from their real address. Not much my team could have done.",
    false,
  ],
  [
    "We lost a morning's work to ransomware because the backup drive had been full since March and the software never warned anyone.",
    false,
  ],
  [
    "Staff are not the enemy here. They're the ones who actually notice when something looks off.",
    false,
  ],
  [
    "Our insurer asked if we do security training. We didn't, so we booked a half-day and the team actually enjoyed it.",
    false,
  ],
  [
    "Is it normal for a website host to not offer two-factor login in 2024? Feels like that's their problem, not ours.",
    false,
  ],
  [
    "If your staff are using personal phones for work, give them a proper work phone. That's a budget decision, not a staff failing.",
    false,
  ],
  [
    "Forum tip: set up a shared mailbox for invoices so one person isn't the only check on every payment.",
    false,
  ],
  [
    "We keep a printed list of who to call if the systems go down. Sounds old-fashioned, saved us last winter.",
    false,
  ],
  [
    "The scam call to our office was good. Caller ID showed the bank's real number. I'd have fallen for it too.",
    false,
  ],
  [
    "Does anyone else's accounting software still allow passwords like 'password1'? Astonished it's allowed.",
    false,
  ],
  [
    "Our staff flagged more dodgy emails this quarter than last, which I take as a good sign.",
    false,
  ],
  [
    "Got a quote from an MSP that was mostly scare stories about 'human error'. Went with someone who actually looked at our setup.",
    false,
  ],
  [
    "The card machine provider left the default admin password on the terminal. Found out from our bank, not from them.",
    false,
  ],
  [
    "My team isn't the weak point. The weak point is the ten-year-old server in the back room that nobody owns.",
    false,
  ],
  [
    "We asked staff what annoyed them about the IT setup. Half the workarounds disappeared once we fixed those.",
    false,
  ],
  [
    "A user clicked a link, the filter caught the payload, and we spent ten minutes talking about it over coffee. That's how it should work.",
    false,
  ],
  [
    "Running a café, our main security job is keeping the till system updated and the guest Wi-Fi separate. That's it.",
    false,
  ],
  [
    "Small firms get targeted because criminals know we don't have IT departments, not because our people are daft.",
    false,
  ],
  ["Our accountant had a breach and our details leaked with theirs. Nothing we did wrong.", false],
  [
    "I'd rather have a team that admits to clicking something than one that hides it out of fear.",
    false,
  ],
  [
    "The new starter asked why we email passwords to each other. Good question. We don't anymore.",
    false,
  ],
  [
    "We put a note on every invoice telling customers to phone us before paying new bank details. Cut out a whole class of scam.",
    false,
  ],
  [
    "Human error happens. We built our payment process so one mistake can't empty the account.",
    false,
  ],
  [
    "Don't bother with scary posters in the kitchen. A five-minute chat in the Monday meeting does more.",
    false,
  ],
  [
    "Anyone know if Cyber Essentials is worth it for a four-person firm? Insurer keeps mentioning it.",
    false,
  ],
  [
    "The fake DocuSign looked identical to the real one. When genuine emails look that shoddy, people can't tell the difference.",
    false,
  ],
  [
    "My staff are careful. The problem is the software that nags them so much they stop reading warnings.",
    false,
  ],
  ["Lost a laptop on the train. Disk was encrypted, so it was just an expensive annoyance.", false],
  ["We stopped blaming whoever clicked. Reports went up straight away.", false],
  ["The payroll scam got through because our finance lady didn't ring to check.", true],
  [
    "The payroll scam got through because we never wrote down that bank changes need a phone check.",
    false,
  ],
  [
    "Our tills got infected because the staff browse the internet on them during quiet spells.",
    true,
  ],
  [
    "Our tills got infected because the EPOS vendor hadn't patched the Windows build in three years.",
    false,
  ],
  ["Employees are the weakest link, always have been, always will be.", true],
  [
    "People say employees are the weakest link. In my shop they're the first to notice when something's wrong.",
    false,
  ],
  ["Typical apprentice, emailed the whole customer spreadsheet to the wrong Dave.", true],
  [
    "Our data leak happened because Outlook autocompleted the wrong Dave and there was no delay on sending.",
    false,
  ],
  [
    "Insider threat? In a firm of six? I trust my team, I just make sure nobody can move money alone.",
    false,
  ],
  [
    "In a firm of six, the insider threat is real. One disgruntled employee could wipe us out, so I log everything they do.",
    true,
  ],
  [
    "Half my staff think 'the cloud' is a place. I wouldn't trust them to lock a door, let alone a server.",
    true,
  ],
  [
    "Half my staff didn't know what 'the cloud' was, so we spent an afternoon showing them where their files actually live.",
    false,
  ],
  [
    "Spent £3k on a firewall and my sales guy still gave his password to a bloke on the phone.",
    true,
  ],
  ["Don't let the staff choose their own passwords. Trust me. It'll be their dog's name.", true],
  ["Staff are a liability with email, plain and simple.", true],
  [
    "We had to block Facebook on the office PCs because the team kept clicking on 'win a free iPad' quizzes.",
    true,
  ],
  ["Whoever invented letting staff use their own laptops never met my staff.", true],
  [
    "The real firewall in a small business is the owner checking everything, because the staff won't.",
    true,
  ],
  [
    "For any other small firms reading: the scam that got us was a lookalike domain, one letter off. Check for them, don't blame your team.",
    false,
  ],
  ["Our IT support contract didn't include backups. Nobody told us until we needed them.", false],
  [
    "Asked the team to report anything weird. Got three reports in a week, one was a real phishing attempt.",
    false,
  ],
  [
    "A member of staff left and we forgot to close their account for six months. That was our process failing, not them.",
    false,
  ],
  [
    "Microsoft 365 security defaults were off on our tenant. Turning them on blocked most of the junk logins.",
    false,
  ],
  ["If a four-person team can't work securely without breaking rules, the rules are wrong.", false],
  [
    "The biggest risk for a shop like mine is a website plugin nobody has updated since launch.",
    false,
  ],
  [
    "Criminals are professionals now. They research who pays the invoices and write emails that sound exactly like your suppliers.",
    false,
  ],
  ["I asked my staff to lock their screens. They do, because I do it too.", false],
  [
    "Passwords aren't working for small firms. Too many accounts, too many rules. Something has to give on the tech side.",
    false,
  ],
  [
    "Our bookkeeper caught an altered invoice because the VAT number didn't match. Sharp as anything.",
    false,
  ],
  [
    "Error messages in our booking system are so vague that staff just click through them. We've asked the vendor to fix it.",
    false,
  ],
  [
    "Honest question: why does every security salesman open with 'your employees are your biggest risk'? Feels like a sales line.",
    false,
  ],
  ["A cleaner isn't a threat. An unlocked server cupboard is.", false],
  [
    "We separated the shop Wi-Fi from the office network after our IT chap explained how easy it was to jump across.",
    false,
  ],
  ["Nobody in my firm is paid to be a security expert. That's why we pay someone who is.", false],
  [
    "The breach at our letting agency leaked our tenancy details. Not much a tenant can do about that.",
    false,
  ],
  [
    "You could give my team a course every week and they'd still click the Amazon voucher email.",
    true,
  ],
  ["The receptionist is the front door, and in our case the front door is wide open.", true],
  [
    "Rule one of running a small firm: assume someone in the office has already given the password away.",
    true,
  ],
  [
    "Our shared drive got encrypted because someone on the team opened a CV from a 'job applicant'. Honestly, how gullible can you be.",
    true,
  ],
  ["Ninety percent of my IT headaches start between the chair and the keyboard.", true],
  [
    "My husband does the books and he's the reason we've had two scam payments. He believes every email.",
    true,
  ],
  [
    "I gave the staff a simple rule for invoices and they ignored it the first busy Friday. Rules are wasted on some people.",
    true,
  ],
  [
    "Staff turnover is our biggest risk. Every new hire is another person who'll click something stupid.",
    true,
  ],
  [
    "A scam email that fooled my office manager also fooled me, the accountant and our IT firm. It was just that good.",
    false,
  ],
  [
    "Told my staff it's fine to hang up on anyone claiming to be the bank. They do it now without a second thought.",
    false,
  ],
];

export const FRESH_ZG: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZG_2,
  ...FRESH_ZG_3,
  ...FRESH_ZG_4,
];
