import type { RawBlameExample } from "./types.js";

/** Part 3 of 4 of FRESH_Z; see fresh-z.ts. */
export const FRESH_Z_3: readonly RawBlameExample[] = [
  ["Backups were immutable and offline, so the restore took hours rather than weeks.", false],
  ["Bar staff will read a card number aloud across a packed room and think nothing of it.", true],
  [
    "Card payments at the bar now happen on handheld terminals, so nobody needs to read numbers aloud.",
    false,
  ],
  ["Mr Average Employee doesn't want to be secure. He wants to go home at five.", true],
  [
    "Most employees want to do the right thing; they just need the right thing to be obvious.",
    false,
  ],
  [
    "The error rate on the manual invoice approval step was high, so we automated the supplier bank-detail check.",
    false,
  ],
  [
    "Leaked credentials in public repos aren't an accident. They're what happens when developers can't be bothered.",
    true,
  ],
  [
    "Secret scanning on every commit catches keys before they leave the laptop, which is kinder than catching them after.",
    false,
  ],
  [
    "Every awareness course I've sat through treats me as a liability to be managed. No wonder nobody listens.",
    false,
  ],
  ["One careless click from someone in HR and your whole payroll is in a stranger's hands.", true],
  [
    "HR holds some of the most sensitive data in the firm, so its systems get the strictest access controls.",
    false,
  ],
  ['Podcast: "Honestly, the whole problem with security is Karen in accounts."', true],
  [
    "We sent the same phishing email to every department; click rates were nearly identical, which suggests the email drove the result, not the audience.",
    false,
  ],
  [
    "The real threat isn't some foreign hacking group. It's Gary in procurement with his fourteen browser toolbars.",
    true,
  ],
  [
    "State-backed groups rarely bother with small firms directly; they compromise suppliers and service providers instead.",
    false,
  ],
  ["Humans are the weakest link and always will be.", true],
  ["Humans are the weakest link only if you build systems that need them to be perfect.", false],
  ["Slide bullet: • Make the secure path the default path", false],
  [
    "IR responder: the client's own staff deleted the logs trying to 'tidy up' before we arrived. Classic.",
    true,
  ],
  [
    "IR responder: we ask clients not to power off machines before we arrive, and we put that in the contract in bold.",
    false,
  ],
  ["The fastest-growing threat to your business is the person you hired last month.", true],
  [
    "Hiring checks should be proportionate; screening every cleaner like a spy helps nobody.",
    false,
  ],
  [
    'Awareness vendor: "Our research shows staff in their twenties are the most reckless with company data."',
    true,
  ],
  [
    'Keynote closing line: "Your people noticed the last three incidents before your tools did. Act like it."',
    false,
  ],
  [
    "Podcast intro: the ransomware crew that hit three dental practices in a month, and how remote support software let them in.",
    false,
  ],
  [
    "The average employee thinks 'the cloud' is somewhere in the sky and treats your data accordingly.",
    true,
  ],
  [
    "Plain-language classification labels helped staff choose the right storage without having to ask IT.",
    false,
  ],
  [
    "Give people admin rights and they will install every free PDF converter on the internet.",
    true,
  ],
  [
    "Removing local admin rights cut malware infections by two thirds, and nobody's day got harder.",
    false,
  ],
  ["Trade press: Sloppy staff habits cost small firms billions, insurer warns", true],
  [
    "Trade press: an insurer's estimate of losses from 'staff habits' rests on a survey of 500 firms and should be read with caution.",
    false,
  ],
  ["You know what the biggest risk is? It's the person reading this slide.", true],
  ["The biggest risk in this incident was a single shared admin account with no logging.", false],
  ['Marketing blog: "Stop letting your employees gamble with your reputation."', true],
  ["Security teams should ask staff what gets in their way before writing the next policy.", false],
  [
    "IT managers at small firms switch off logging because it fills the disk, then act shocked when we can't reconstruct anything.",
    true,
  ],
  [
    "Logging is often switched off at small firms because storage costs money; we provide a free retention tier for that reason.",
    false,
  ],
  [
    'From the report: "The initial vector was a user-opened attachment; however, macro execution should have been blocked by policy."',
    false,
  ],
  [
    "Every physical test reminds me that a hi-vis jacket beats any firewall, because people are sheep.",
    true,
  ],
  [
    "Hi-vis jackets and clipboards work on everyone, security teams included; the fix is a visitor process, not a scolding.",
    false,
  ],
  [
    "The executives are the worst. They demand security and then forward board papers to their spouses.",
    true,
  ],
  [
    "Executives are prime targets for whaling, so their accounts get extra monitoring and hardware keys.",
    false,
  ],
  [
    "Mobile users install apps from anywhere and grant every permission without reading a word.",
    true,
  ],
  [
    "Mobile device management lets us separate work data from personal apps without reading anyone's messages.",
    false,
  ],
  ["Fact: if your staff can be fooled, they will be, and they can always be fooled.", true],
  [
    "Anyone can be fooled by a good enough lure, including the people who write the training.",
    false,
  ],
  [
    "Report finding: organisations that punish phishing failures see lower reporting rates within six months.",
    false,
  ],
  [
    "Half your staff would sell their credentials for a hundred quid. The other half would do it for fifty.",
    true,
  ],
  [
    "The market for stolen credentials is driven mostly by infostealer malware, not by staff selling access.",
    false,
  ],
  ["Whoever set up that shared mailbox with no MFA should be walked out of the building.", true],
  [
    "The shared mailbox lacked MFA because our legacy mail client didn't support it; we've since migrated.",
    false,
  ],
  [
    "Ops engineers are cowboys: they change production firewall rules at 2am and tell no one.",
    true,
  ],
  ["Change management for firewall rules now requires a second approver, even at 2am.", false],
  ["Headline: 'Human firewall' fails again as staff fall for fake bonus emails", true],
  ["Headline: Staff spot fake bonus emails and alert IT within minutes", false],
  [
    "The thing about the public sector is that nobody there gets fired for a breach, so nobody there cares.",
    true,
  ],
  ["Public sector bodies face the same threats with smaller budgets and older systems.", false],
  ["If your training isn't working, maybe it's the training.", false],
  ["If your training isn't working, maybe it's the trainees.", true],
  ["Users are the sensors we never have to buy.", false],
  ["Users are the malware we never have to buy.", true],
  [
    "Webinar: Why employees ignore security advice, and what that tells you about the advice.",
    false,
  ],
  ["Webinar: Why employees ignore security advice, and how to make them pay for it.", true],
  [
    "Incident responders see the same thing every time: someone, somewhere, did something dumb.",
    true,
  ],
  [
    "Incident responders see the same thing every time: a known vulnerability left unpatched for months.",
    false,
  ],
  ["Phishing-resistant sign-in means nobody has to tell a real login page from a fake one.", false],
  ["Ask any pen tester: reception is the soft underbelly of every building.", true],
  [
    "Lone workers in branch offices need the same support as head office, and usually get far less.",
    false,
  ],
  ["There is no patch for gullibility.", true],
  ["There is no patch for a process that relies on one person never making a mistake.", false],
  [
    "Memo to all staff: the recent incident was not your fault, and we're changing how payment approvals work.",
    false,
  ],
  [
    "Memo to all staff: the recent incident was caused by someone in this office who ignored the rules. Don't let it be you.",
    true,
  ],
  ["#infosec hot take: users aren't the problem, incentives are.", false],
  ["#infosec hot take: the problem is, and always has been, the people.", true],
  ["Clicks happen. Plan for them.", false],
  ["Staff click. Firms pay.", true],
  [
    "Employee wellbeing and security are linked: exhausted teams make more slips, so we fixed the rota.",
    false,
  ],
  ["Your employees are a liability with a payroll number.", true],
  ["A culture where people can admit errors is worth more than any tool we sell.", false],
  [
    "Bring-your-own-device was a mistake, because people can't be trusted to keep their own phones updated.",
    true,
  ],
  [
    "Our BYOD policy requires a supported OS version and a screen lock; we check both at enrolment.",
    false,
  ],
  [
    "Pentest summary: three critical findings, all related to outdated firmware on network appliances.",
    false,
  ],
  ["Pentest summary: technical controls held up well; unfortunately the staff did not.", true],
  [
    "Awareness course module 3: recognising urgency and authority cues in unexpected requests.",
    false,
  ],
  ["Awareness course module 3: how not to be the idiot who gets the company hacked.", true],
  ["The weakest link? In our data it was a VPN concentrator nobody had patched since 2019.", false],
  ["There's a reason attackers go after people: they're cheaper to break than software.", true],
  [
    "Attackers go after people because that's where money decisions get made; protect the decisions, not just the inboxes.",
    false,
  ],
  [
    "Shop-floor staff are hopeless with gift card scams; they'll load a thousand pounds onto cards for any caller claiming to be head office.",
    true,
  ],
  [
    "Gift card scams at the tills dropped once head office published a simple rule: we will never ask you to buy gift cards.",
    false,
  ],
  ['Keynote: "Trust nobody in your organisation. Especially the nice ones."', true],
  ["Zero trust is about verifying every request, not about distrusting your colleagues.", false],
  [
    "Charity volunteers are the softest targets in the sector, and they know nothing about data protection.",
    true,
  ],
  [
    "Charities often rely on volunteers with shared devices, so we offer free setup guides written for non-specialists.",
    false,
  ],
  ["Editorial: It is time we stopped treating the workforce as the enemy within.", false],
  ["Editorial: The enemy within is real, and it's sitting at the desk next to you.", true],
  [
    "Pen test note: domain admin obtained by Kerberoasting a service account whose weak password was set in 2016.",
    false,
  ],
  [
    "Pen test note: no technical exploit needed; the office manager read the Wi-Fi password out to us over the phone.",
    true,
  ],
  [
    "Threat actors increasingly abuse legitimate remote monitoring tools, which security products often allow by default.",
    false,
  ],
  [
    "Same story at every small firm: the owner's nephew set up the network, botched it, and nobody has dared touch it since.",
    true,
  ],
  [
    "Small firms often lack in-house IT, so the network reflects whoever had time to set it up; that's a resourcing gap.",
    false,
  ],
  [
    "Plenty of people in this room blame users. I used to. Then I watched one of them try to use our VPN client.",
    false,
  ],
  ["Another day, another employee handing the crown jewels to a stranger on the phone.", true],
  [
    "Caller verification scripts give staff permission to say no, which is what most of them wanted all along.",
    false,
  ],
  [
    'Podcast host, laughing: "So his password was literally his name and the year? Brilliant. Just brilliant."',
    true,
  ],
];
