import { FRESH_ZJ_2 } from "./fresh-zj-2.js";
import { FRESH_ZJ_3 } from "./fresh-zj-3.js";
import { FRESH_ZJ_4 } from "./fresh-zj-4.js";
import { FRESH_ZJ_5 } from "./fresh-zj-5.js";
import type { RawBlameExample } from "./types.js";

/** Security people chatting informally at conferences, in the pub and on podcasts. Written fresh for Rapport (brief ZJ). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Honestly, you could send our finance lot a file called virus.exe and they'd double-click it twice to be sure.",
    true,
  ],
  [
    "Honestly, you could send our mail gateway a file called virus.exe and it'd wave it straight through.",
    false,
  ],
  ["Mate, the only firewall that never fails is unplugging Dave from accounts.", true],
  [
    'Mate, the firewall that keeps failing us is the one the vendor swore was "set and forget".',
    false,
  ],
  ["Why do we even bother with training? They'll forget it by the time the coffee's cold.", true],
  [
    "Why do we even bother with annual training? One slideshow a year was never going to change anything; short nudges work better.",
    false,
  ],
  [
    "Every incident I've worked this year, and I mean every one, came back to some muppet reusing their Netflix password.",
    true,
  ],
  [
    "Every incident I've worked this year came back to an internet-facing box nobody had patched since 2019.",
    false,
  ],
  [
    "Users reported that phish within four minutes. Four! Best SOC we've got is the front desk.",
    false,
  ],
  ["Our helpdesk will reset anyone's password if they sound sad enough on the phone.", true],
  [
    "Our helpdesk reset process has no identity check at all, so of course the social engineers love it.",
    false,
  ],
  [
    "Give a marketing intern admin rights and watch them install six browser extensions before lunch.",
    true,
  ],
  [
    "Give a vendor's agent admin rights by default and watch it phone home to six countries before lunch.",
    false,
  ],
  [
    "Nah, the weakest link isn't the users, it's a 30-day rotation policy that forces them to write passwords on sticky notes.",
    false,
  ],
  [
    "Sticky notes on monitors, in 2024. I genuinely don't know what we pay for awareness training if people still do that.",
    true,
  ],
  [
    "Sticky notes on monitors tell you one thing: the password rules are unusable. Fix the rules, not the people.",
    false,
  ],
  ["Bob from sales is basically a one-man APT at this point.", true],
  [
    "The APT we chased last year was patient, well funded and knew our network better than we did.",
    false,
  ],
  ["Users aren't stupid, they're busy. Design for busy.", false],
  ["Users aren't busy, they're stupid, and no amount of design fixes that.", true],
  [
    "Sure, let's trust the staff. What's the worst that could happen? Oh right, last Tuesday.",
    true,
  ],
  [
    "Sure, let's trust the vendor's SOC 2 report. What's the worst that could happen? Oh right, last Tuesday.",
    false,
  ],
  [
    "You know what our biggest threat actor is? People in the building with a badge and a grudge.",
    true,
  ],
  [
    "You know what our biggest risk actually is? A backup system nobody has ever restored from.",
    false,
  ],
  [
    'I swear half the company thinks MFA stands for "More Faffing Around" and approves every push just to make it stop.',
    true,
  ],
  [
    "MFA fatigue is an attack technique, not a user failing. Number matching fixed it for us overnight.",
    false,
  ],
  ["Can we just take email away from the execs? Genuinely. They're the ones clicking.", true],
  [
    "Can we just stop buying the cheapest EDR on the market every renewal? It's missed three things this quarter.",
    false,
  ],
  [
    'Spent the whole con hearing "humans are the weakest link" and not one talk on why the tooling makes them that way.',
    false,
  ],
  [
    "Spent the whole con nodding along, because yes, humans are the weakest link, and my users prove it every Monday.",
    true,
  ],
  [
    "Pub take: if your security depends on nobody ever clicking a link, your security is broken, not your staff.",
    false,
  ],
  [
    "Pub take: if your staff can't tell a fake invoice from a real one after three trainings, maybe they shouldn't be in finance.",
    true,
  ],
  [
    "Legal printed the M&A deck and left it on the train. Again. You can't make this stuff up.",
    true,
  ],
  [
    "Legal's document portal had no access logging at all, so we couldn't even tell who'd downloaded the M&A deck.",
    false,
  ],
  [
    "Ever notice how the people who complain loudest about the VPN are the ones who'd email the crown jewels to Gmail?",
    true,
  ],
  [
    "Ever notice how the VPN everyone complains about is the one that went down four times during quarter-end?",
    false,
  ],
  [
    "Attackers don't hack in anymore, they log in, with credentials stolen by infostealers on unmanaged devices.",
    false,
  ],
  [
    "Attackers don't hack in anymore, they log in, because Karen in HR gives her password to anyone who asks nicely.",
    true,
  ],
  [
    "The red team got in through the car park. Tailgated three times. Nobody questioned them. Nobody.",
    true,
  ],
  [
    "The red team got in through the car park because the badge reader on the side door had been broken for a year.",
    false,
  ],
  [
    'Shout-out to Priya in payroll who rang the CFO to double-check that "urgent" transfer. Saved us 400k.',
    false,
  ],
  [
    "Someone in payroll wired 400k because an email said URGENT in capitals. What do you even say to that?",
    true,
  ],
  [
    'Podcast hot take: most "human error" in breach reports is just an unlabelled design flaw.',
    false,
  ],
  [
    "Podcast hot take: most breaches are human error and we should stop pretending otherwise, people just don't care.",
    true,
  ],
  [
    "Honestly the devs are the worst. Secrets in public repos every other week, and they act surprised.",
    true,
  ],
  [
    "Honestly the secret-scanning tool is the worst. It flags test fixtures all day and missed the one real AWS key.",
    false,
  ],
  [
    "Nobody reads the warning banner. Why would they? It's shown them 400 false positives this month.",
    false,
  ],
  ["Nobody reads the warning banner because nobody here reads anything. Ever.", true],
  ["Best security control we ever bought? Locking Gary out of the admin panel.", true],
  [
    "Best security control we ever bought? Phishing-resistant keys. Credential phishing basically stopped.",
    false,
  ],
  [
    "Insider threat programmes mostly just teach people that the company doesn't trust them.",
    false,
  ],
  [
    "Insider threat is real and it's your own staff. Trust nobody who's handed in their notice.",
    true,
  ],
  ['Our CISO says "culture" a lot but won\'t fund a single extra head for the SOC.', false],
  [
    "The board asked why we got breached. Short answer: a vendor's remote access tool with a default password.",
    false,
  ],
  [
    "The board asked why we got breached. Short answer: someone in ops who thinks Summer2023! is a strong password.",
    true,
  ],
  ["Half my job is babysitting grown adults who can't be trusted with a USB stick.", true],
  ["Half my job is chasing vendors for patches they promised last quarter.", false],
  ["People will swap their password for a chocolate bar, there's literally a study.", true],
  [
    "That chocolate-bar password study gets quoted a lot, but it never checked whether anyone handed over a real password.",
    false,
  ],
  ["If the staff just did what they were told we'd have zero incidents.", true],
  ["If the asset inventory was even half accurate we'd have had half the incidents.", false],
  [
    'Phishing sims with "you failed" pop-ups just make people hate the security team. Ours are gone.',
    false,
  ],
  [
    "Our phishing sim click rate is 38%. Thirty-eight. I've basically given up on the humans.",
    true,
  ],
  [
    "Our phishing sim click rate dropped once we made reporting a one-click button. Easy beats preachy.",
    false,
  ],
  [
    "Lol, the real weakest link is a flat network where every laptop can talk to the domain controller.",
    false,
  ],
  ["The weakest link? Easy. Anyone with a keyboard and an opinion.", true],
  [
    "Shadow IT exists because the approved tools are rubbish. Nobody uses Dropbox to spite you.",
    false,
  ],
  ["Shadow IT exists because people think rules are for other people. Simple as.", true],
  [
    "Remote workers are a nightmare. Kids on the work laptop, passwords on the fridge, the lot.",
    true,
  ],
  [
    "Remote work didn't break security; home routers with firmware from 2016 and split tunnels did.",
    false,
  ],
  [
    "The ransomware crew were in for nine days before anything alerted. Nine days. That's on our detection, full stop.",
    false,
  ],
  [
    "The ransomware crew got in because somebody in logistics opened an attachment called invoice_final_FINAL.zip. Of course they did.",
    true,
  ],
  [
    "Conference lanyards with full names and job titles. Great OSINT for the pretexters. Just saying.",
    false,
  ],
  [
    "Attendees wear their corporate badges to the pub afterwards and then wonder why they get spear-phished.",
    true,
  ],
  [
    'We had one guy who\'d forward every suspicious email to the whole company asking "is this real?". Every single one.',
    true,
  ],
  [
    'We built a "report phish" button and reports tripled. Turns out people wanted to help, they just didn\'t know how.',
    false,
  ],
  [
    "Every year it's the same: some exec bypasses the controls because \"I'm the exception\".",
    true,
  ],
  [
    "Every year it's the same: budget gets cut in Q3 and the pentest gets pushed to next year.",
    false,
  ],
  ["You can lead a user to a password manager but you can't make them stop using Password1.", true],
  [
    "You can roll out a password manager, but if it doesn't autofill on the three apps people actually use, they won't adopt it.",
    false,
  ],
  [
    'Don\'t worry about the nation states, worry about Steve in facilities with his "helpful" attitude.',
    true,
  ],
  [
    "Don't worry about Steve in facilities, worry about the building management system with a public IP and a default login.",
    false,
  ],
  [
    "The problem is always between the chair and the keyboard, and the chair's usually in marketing.",
    true,
  ],
  [
    "PEBKAC jokes are fun until you realise you're blaming people for a login page that looks exactly like the phishing one.",
    false,
  ],
];

export const FRESH_ZJ: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZJ_2,
  ...FRESH_ZJ_3,
  ...FRESH_ZJ_4,
  ...FRESH_ZJ_5,
];
