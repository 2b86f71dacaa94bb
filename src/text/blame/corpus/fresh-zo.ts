import { FRESH_ZO_2 } from "./fresh-zo-2.js";
import { FRESH_ZO_3 } from "./fresh-zo-3.js";
import { FRESH_ZO_4 } from "./fresh-zo-4.js";
import { FRESH_ZO_5 } from "./fresh-zo-5.js";
import type { RawBlameExample } from "./types.js";

/** Security practitioners, consultants and IT staff on social media: sarcasm, memes in words, jokes at users' or vendors' expense, sincere defences of staff. Written fresh for Rapport (brief ZO). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Six months hardening the perimeter, and someone in payroll held the door open in four seconds because the subject line said URGENT in caps.",
    true,
  ],
  [
    "Six months hardening the perimeter, and the vendor's VPN appliance held the door open because of a bug they'd known about since spring.",
    false,
  ],
  [
    "Fun game: send a fake gift card email to the whole office and count the minutes before the first reply. My record is ninety seconds.",
    true,
  ],
  [
    "Fun game: count how many of our security vendors' own admin portals still don't support MFA. My record is four out of seven.",
    false,
  ],
  [
    "Our phishing sim had a 38% click rate. Thirty-eight. I'm not running a security program, I'm running a daycare.",
    true,
  ],
  [
    "Our phishing sim had a 38% click rate, which mostly tells me the sim was designed to trick users rather than teach them anything.",
    false,
  ],
  [
    "You can buy the best firewall money can buy and it will still lose to Dave from sales and his love of free USB sticks.",
    true,
  ],
  [
    "Stop calling users the weakest link. They're the only part of the system that actually reports anything weird.",
    false,
  ],
  [
    "Asked the interns to stop posting photos of their desks. Next day: a photo of the whiteboard with the Wi-Fi password on it. Progress.",
    true,
  ],
  [
    "If anyone can read the Wi-Fi password off a whiteboard in a photo, the real issue is that your Wi-Fi runs on one shared password.",
    false,
  ],
  [
    'Executives want every security control except the ones that apply to them. MFA? "Too slow." Then they wonder why their mailbox got taken over.',
    true,
  ],
  [
    "Executives get targeted more because their names are on the website and their approvals move money. That's attacker economics, not a character flaw.",
    false,
  ],
  [
    'Meme I made for the team channel: the dog sitting in the burning room, labelled "staff after clicking the invoice link", sipping coffee.',
    true,
  ],
  [
    'Meme for the team channel: a guy sweating over two buttons, one labelled "patch prod on Friday", the other "explain the breach on Monday". That\'s us. Every week.',
    false,
  ],
  [
    "Nurses share badge logins because it's faster. Every audit, same finding. At some point it's not a training gap, it's a choice.",
    true,
  ],
  [
    "Nurses share badge logins because the tap-in takes forty seconds and a patient is crashing. Fix the forty seconds, not the nurse.",
    false,
  ],
  [
    "The developers committed the AWS keys to a public repo. Again. Third time this year. I'm starting to think it's a hobby.",
    true,
  ],
  [
    "Developers keep leaking keys because our pipeline has no secret scanning and our own docs tell them to paste keys into a config file. That's on us.",
    false,
  ],
  [
    'Hot take: "human error" in an incident report usually means nobody looked further than the last person to touch the keyboard.',
    false,
  ],
  [
    "Hot take: most breaches aren't sophisticated. Somebody just typed their password into a page that looked vaguely like Microsoft.",
    true,
  ],
  [
    "Forum question: how do I stop people writing passwords on sticky notes? You don't. You buy a shredder and pray.",
    true,
  ],
  [
    "If your password policy pushes users to write passwords on sticky notes, the policy is what's broken.",
    false,
  ],
  [
    "Why do we even bother with awareness training? Half the staff fast-forward the video and the other half forget it by lunch.",
    true,
  ],
  [
    "Why do we bother with annual awareness training? One forty-minute video in January can't compete with 250 days of real email.",
    false,
  ],
  [
    'Q&A at the meetup: "What\'s the single biggest risk in a small firm?" Speaker, without hesitating: "The people who work there." Room laughed. Nobody disagreed.',
    true,
  ],
  [
    'Q&A at the meetup: "What\'s the biggest risk in a small firm?" Speaker: "Unpatched edge devices and flat networks." Refreshingly boring answer.',
    false,
  ],
  [
    "Nothing humbles you like watching the CFO approve a wire transfer because the email signature had the right logo.",
    true,
  ],
  [
    "Nothing humbles you like watching your own security team fall for the red team's pretext call. We wrote the playbook and still bit.",
    false,
  ],
  [
    'Users will click anything. Anything. I sent one that literally said "do not click this" and got a 12% click rate.',
    true,
  ],
  [
    "The users who clicked our test link also reported it within ten minutes. That's the number I care about, and it went up this quarter.",
    false,
  ],
  [
    "Patch Tuesday: fine. Click Wednesday: whoever in marketing opens the attachment I warned everyone about on Tuesday.",
    true,
  ],
  [
    "Patch Tuesday arrived, the vendor's patch broke the print server, and the vendor's fix for the patch broke the VPN. Highlight of my week.",
    false,
  ],
  [
    "Our biggest vulnerability has a lanyard, a mug that says World's Best Boss, and admin rights.",
    true,
  ],
  [
    "Our biggest vulnerability is a 2014 NAS in a closet that nobody owns and everyone is afraid to reboot.",
    false,
  ],
  [
    "Compliance said we're secure because we ticked 212 boxes. The attacker didn't read the checklist.",
    false,
  ],
  [
    "The auditor asked for a screenshot proving we have antivirus. I sent one. He was satisfied. I was not.",
    false,
  ],
  [
    'Reception let a guy in a hi-vis vest walk straight into the server room. He said he was there for "the thing". That was enough.',
    true,
  ],
  [
    "A guy in a hi-vis vest walked into our server room because the badge reader has been broken since March and the work order is still open.",
    false,
  ],
  [
    "Training is pointless when the accounts team treats every email from a Gmail address claiming to be the CEO as gospel.",
    true,
  ],
  [
    "Accounts paid a fake invoice because a bank-detail change was accepted by email with no callback. That's a process error, not a people problem. We've added the callback.",
    false,
  ],
  [
    'Every time a vendor says their product "eliminates human risk", I check the price. It\'s always a lot.',
    false,
  ],
  [
    "Honestly, the tech is the easy part. It's the people that keep me up at night. You can patch a server; you can't patch Greg.",
    true,
  ],
  [
    "Honestly, the people are the easy part. It's the 40 SaaS apps nobody approved and nobody can inventory that keep me up at night.",
    false,
  ],
  [
    "The sales team reused the same password across the CRM, LinkedIn and a fantasy football site. Guess which one leaked.",
    true,
  ],
  [
    "Password reuse is what happens when you give an employee 60 logins and no password manager. Buy the password manager.",
    false,
  ],
  [
    "Some days I think our entire security posture depends on whether Linda remembers not to open zip files from strangers.",
    true,
  ],
  [
    "Our entire security posture shouldn't depend on any one employee remembering anything. That's what controls are for.",
    false,
  ],
  [
    "Conference talk title I'd pay to see: \"Your Staff Are Smarter Than Your Email Filter (They Aren't)\".",
    true,
  ],
  [
    'Conference talk title I\'d pay to see: "Your Email Filter Let It Through, Then Blamed the Recipient".',
    false,
  ],
  [
    "Reminder that the same people who can't find the reply-all button are somehow experts at disabling the antivirus.",
    true,
  ],
  [
    "If users can disable the antivirus, that's a permissions decision somebody in IT made. Start there.",
    false,
  ],
  [
    "Every ransomware post-mortem I read: sophisticated group, nation-state tooling, and step one was someone opening a Word doc called invoice_final_FINAL.",
    true,
  ],
  [
    "Every ransomware post-mortem I read: initial access through an RDP port exposed to the internet for two years. No clicking required.",
    false,
  ],
  [
    "Users aren't stupid. Your login flow has four redirects, three domains and a popup asking for their password again. Of course they can't tell real from fake.",
    false,
  ],
  [
    "Taught the office about tailgating on Monday. By Wednesday someone was holding the door for a courier with no parcel, no uniform and no idea which floor he wanted.",
    true,
  ],
  [
    '"Security awareness" vendors love click-rate charts because they sell the cure for the disease they measure.',
    false,
  ],
  [
    "The warehouse crew thinks the firewall is a literal wall. I'd laugh if one of them hadn't plugged a personal router into the switch.",
    true,
  ],
  [
    "Somebody plugged a personal router into the warehouse switch because the official Wi-Fi doesn't reach the loading dock. Extend the Wi-Fi.",
    false,
  ],
  ["Our weakest link is whoever is sitting in the chair on any given day.", true],
  [
    "The weakest link in our setup turned out to be a backup job that had been silently failing since the storage migration.",
    false,
  ],
  [
    'Tried explaining MFA fatigue to leadership. Our managing partner approved eleven push prompts at 2am "to make them stop".',
    true,
  ],
  [
    "MFA fatigue works because push approvals without number matching are bad design. Turn on number matching before you blame a single user.",
    false,
  ],
  [
    "I don't need a threat intel feed. I need a feed of who in HR is about to open a CV called resume.exe.",
    true,
  ],
  [
    "I don't need another threat intel feed. I need one that doesn't bill per indicator and bury the ten that matter under ten thousand.",
    false,
  ],
  ['Whoever said "trust but verify" never worked with a sales team at quarter-end.', true],
  [
    "Our incident response plan said to call the on-call number. The on-call number was mine. I was on a plane. Lesson learned about single points of failure.",
    false,
  ],
  [
    "New policy idea: anyone who clicks a phishing test wears the dunce cap at Monday standup. Kidding. Mostly.",
    true,
  ],
  [
    "Please don't publicly shame employees who click phishing tests. You're teaching them to hide the next real click from you.",
    false,
  ],
  [
    "The interns have discovered that the guest Wi-Fi and the finance share are on the same VLAN. They discovered it by torrenting onto it.",
    true,
  ],
  [
    "The guest Wi-Fi and the finance share sitting on the same VLAN is a network design failure, full stop. Whoever found it did us a favour.",
    false,
  ],
  [
    "Executive protection programme, day one: convincing the CEO that his dog's name plus his birth year is not a password.",
    true,
  ],
  [
    "Executives travel constantly and get ten times the targeting. Give them hardware keys and a concierge helpdesk, not a lecture.",
    false,
  ],
  ["Human error is a conclusion, not a root cause. Ask why the error was so easy to make.", false],
  [
    "We could stop 90% of incidents overnight if people would just read the sender address before clicking. They won't, but we could.",
    true,
  ],
  [
    'Genuinely wondering whether the marketing drive password is "Marketing1!" or "Marketing2!" this quarter. Place your bets.',
    true,
  ],
  [
    'If the marketing drive has a shared password that rotates to "Marketing2!", someone in IT set that up. Move it to SSO.',
    false,
  ],
  [
    "The dental practice I consult for had the receptionist's login on a Post-it on the monitor. The monitor faced the waiting room.",
    true,
  ],
  [
    "The dental practice I consult for runs its patient system on an unsupported OS because the imaging vendor won't certify anything newer.",
    false,
  ],
  [
    'Auditor: "Do you have a removable media policy?" Me: "Yes." Auditor: "Great." Nobody asked whether it\'s enforced. Compliance theatre at its finest.',
    false,
  ],
  [
    "Incident summary for the board, plain English edition: someone in logistics typed their credentials into a fake DocuSign page and that's why we were down for three days.",
    true,
  ],
  [
    "Incident summary for the board: the fake DocuSign page was hosted on a cloud domain our filter trusts, and the stolen session wasn't bound to a device.",
    false,
  ],
  [
    "Half my job is technical. The other half is undoing whatever the office does when I'm not looking.",
    true,
  ],
  [
    "Half my job is technical. The other half is translating vendor marketing into what the product actually does, which is usually less.",
    false,
  ],
  [
    'The password was "Summer2024". In winter. The person who chose it sits on our security committee.',
    true,
  ],
];

export const FRESH_ZO: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZO_2,
  ...FRESH_ZO_3,
  ...FRESH_ZO_4,
  ...FRESH_ZO_5,
];
