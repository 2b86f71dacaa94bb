import type { RawExample } from "./types.js";
import { VOICES_CG_2 } from "./voices-cg-2.js";
import { VOICES_CG_3 } from "./voices-cg-3.js";
import { VOICES_CG_4 } from "./voices-cg-4.js";

/** Hybrid and remote staff, part-timers, contractors and freelancers at small firms. Written fresh for Rapport (brief CG). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The VPN drops every time my kids start streaming, and the only answer I ever got was 'upgrade your broadband'.",
    "conflict comm",
  ],
  [
    "Honestly the IT guy set up my home office over a video call and it took twenty minutes, brilliant.",
    "",
  ],
  ["I've worked here eighteen months and never once seen the IT person's face.", "distance comm"],
  [
    "laptop arrived by courier with a sticky note saying 'password in email'. that was my onboarding",
    "comm distance",
  ],
  ["Whenever the VPN breaks I just tether to my phone and don't tell anyone.", "distance conflict"],
  ["They're in Manila and I'm in Leeds, so by the time they reply my day's over.", "conflict"],
  [
    "I'm a contractor, so I have to ask permission for every little thing, even installing a font.",
    "power",
  ],
  [
    "Part-timers like me always miss the security briefings because they're on Tuesdays and I work Thu-Fri.",
    "distance",
  ],
  ["Their onboarding doc for remote staff was clear, short and actually worked first time.", ""],
  [
    "Honestly most of our remote lot would plug in a USB stick they found in a car park.",
    "blame:emp",
  ],
  [
    "I'm always the one who locks myself out of the VPN, I just can't keep track of the token thing.",
    "blame:self",
  ],
  [
    "It's my fault really, I use my personal phone for everything and never set up the work profile.",
    "blame:self",
  ],
  [
    "The MFA app on my own phone feels like it's watching me, and nobody explained what it can see.",
    "feel comm",
  ],
  [
    "Why should I put their management software on my own phone? They don't pay my phone bill.",
    "conflict power",
  ],
  [
    "When I left the last contract they wiped my personal phone along with the work email. Photos of my kids, gone.",
    "feel power blame:sec",
  ],
  ["Offboarding was a form and a prepaid courier bag. Fine, quick, no drama.", ""],
  [
    "I get emails from 'IT Security' at 3am my time, all red text and acronyms, and no one to ask.",
    "comm distance",
  ],
  ["The helpdesk is 9 to 5 UK time. I'm in Vancouver. You do the maths.", "conflict distance"],
  ["Never had an issue, the home Wi-Fi setup guide they sent was spot on.", ""],
  [
    "I don't report the weird popups anymore, nobody ever got back to me the first three times.",
    "distance",
  ],
  [
    "honestly scared to tell them I let my partner use the work laptop for a bit",
    "feel blame:self",
  ],
  ["They decide which apps I can use without ever asking what my job actually involves.", "power"],
  ["IT is a shared mailbox. I've no idea if it's one person or ten.", "distance power"],
  [
    "The security team here is pointless, they block Dropbox and then clients can't send me files.",
    "blame:sec conflict",
  ],
  ["Remote staff are the weak spot, they're on dodgy café Wi-Fi half the day.", "blame:emp"],
  [
    "Our IT contractor rang me personally to walk me through the new VPN — really appreciated it.",
    "",
  ],
  ["It's not my job to patch my home router, I'm a bookkeeper.", "distance"],
  [
    "I felt like an idiot asking how to reach the shared drive from home, the way he sighed at me.",
    "feel comm power",
  ],
  [
    "Three weeks without a working laptop when I started. I was basically paid to sit there.",
    "conflict",
  ],
  ["They only get in touch when the monitoring flags my laptop as 'non-compliant'.", "comm"],
  ["non-compliant with what though?? the message never says", "comm feel"],
  ["The guy who does our IT is great, answers WhatsApp on a Sunday if needed.", ""],
  ["I work four hours a day and half of it goes on re-authenticating.", "conflict"],
  [
    "If I'm honest I probably caused the breach, I forwarded that invoice to my Gmail to print it.",
    "blame:self",
  ],
  [
    "We're hybrid but IT only comes in on Mondays and I'm home Mondays, so we never cross paths.",
    "distance",
  ],
  ["It used to be chaos getting remote access, but since the new setup it's been smooth.", ""],
  ["They talk to contractors like we're burglars who happen to have a key.", "comm power"],
  ["I'm a bit nervous about the VPN logging everything I do, including my lunch browsing.", "feel"],
  [
    "Access got cut the day my contract ended, at 9am, mid-invoice. Nobody warned me.",
    "comm power",
  ],
  ["Fair enough they revoke access promptly, that's what they should do.", ""],
  ["I stopped asking for help, I just google it and fix it myself.", "distance"],
  ["The 'IT guy' is the MD's nephew who lives in Spain. Good luck.", "blame:sec distance"],
  ["Every update breaks the printer at home and apparently that's my problem.", "conflict"],
  [
    "Staff working from home simply don't take security seriously, they think the kitchen table is safe.",
    "blame:emp",
  ],
  [
    "I think the rules are sensible, I just wish I'd had them explained rather than emailed.",
    "comm",
  ],
  [
    "Tickets from remote workers get closed with 'cannot reproduce'. Of course you can't, you're not in my house.",
    "conflict comm",
  ],
  ["My line manager chases me about security training but IT never says a word to me.", "distance"],
  [
    "I'm honestly terrified of clicking the wrong thing when I'm alone at home with no one to check.",
    "feel",
  ],
  [
    "When I worked in the office I could just pop over. Now it's a ticket and a three-day wait.",
    "distance conflict",
  ],
  [
    "Posted laptop came with everything pre-installed and a handwritten welcome card. Lovely touch.",
    "",
  ],
  [
    "They made me sign a policy saying they can inspect my personal phone. As a freelancer. For a six-week gig.",
    "power conflict",
  ],
  ["I never know who to ask, so I ask the receptionist, who asks her son.", "distance"],
  ["it's probably me, I'm rubbish with tech and the home setup confuses me", "blame:self"],
  [
    "They don't understand that I can't just 'restart the router', it's the landlord's.",
    "conflict",
  ],
  ["Security here is basically one man saying no over email.", "power blame:sec"],
  ["Decent support. Response times are OK given there's only two of them.", ""],
  ["The helpdesk covers both our time zones now, which fixed most of my complaints.", ""],
  ["No one told me the VPN was changing, I just couldn't log in on Monday.", "comm"],
  ["Contractors are always the ones reusing passwords, it's well known.", "blame:emp"],
  [
    "Really anxious when the laptop says 'your device is managed by your organisation', feels like a camera in my living room.",
    "feel power",
  ],
  ["I've never felt looked down on by IT, even when I ask very basic stuff.", ""],
  [
    "They send the same phishing test to everyone and then name-and-shame the part-timers who failed.",
    "power feel",
  ],
  ["My fault, I let the laptop sit unplugged for a month so it missed every update.", "blame:self"],
  [
    "I log my hours in a different time zone and their systems keep locking me out as a 'suspicious sign-in'.",
    "conflict",
  ],
  ["Explained it to me like I'm five, then used three acronyms I didn't know.", "comm power"],
  [
    "We're told to use the VPN, but it's so slow I do client calls off it, everyone does.",
    "conflict",
  ],
  ["Nobody from IT has ever asked remote people what actually works for us.", "power distance"],
  ["our IT support is literally a ticket form that emails into the void", "blame:sec distance"],
  ["The onboarding checklist had the IT contact's name and mobile — made a big difference.", ""],
  ["I dread the quarterly laptop check-in, it feels like an audit of me personally.", "feel power"],
  [
    "Frankly, freelancers shouldn't get access to the client database at all, they come and go.",
    "blame:emp",
  ],
  [
    "IT tell us to report anything odd, but the form wants a ticket category and asset tag I've never seen.",
    "comm conflict",
  ],
  ["I'm embarrassed to admit I've been using the same password since I joined.", "feel blame:self"],
  ["Half our remote people never install the updates, then wonder why things break.", "blame:emp"],
  [
    "I work nights from Auckland and there's simply nobody there when it breaks.",
    "conflict distance",
  ],
  ["The IT lady does a monthly video drop-in for home workers, it's actually quite nice.", ""],
  ["They sent a spare charger overnight when mine died on a trip. Impressed.", ""],
  ["Seems like whatever I do at home is wrong according to them.", "power feel"],
  ["I've had three different 'IT contacts' in a year, never met any of them.", "distance"],
  [
    "They locked my account while I was on a plane and it took two days to unlock because of the time zone.",
    "conflict",
  ],
  ["Not a problem with security as such, it's just that nobody answers the phone.", "distance"],
  ["I guess I'm one of the risky ones, I do work on the train.", "blame:self"],
  [
    "They posted me a laptop with a UK keyboard to France. I asked for a swap, got a link to a policy PDF.",
    "comm conflict",
  ],
  ["Fine. They do what they need to. I do my job.", ""],
  ["Dealing with our IT firm is like talking to a wall that charges by the hour.", "blame:sec"],
  ["The new starter packs for remote hires are excellent now, used to be a nightmare.", ""],
  [
    "I feel like a second-class employee because I'm part-time, I get the old laptop and the last slot for help.",
    "power feel",
  ],
  [
    "Every time I ask for admin rights to install something for a client, it's a flat no and no reason.",
    "power comm",
  ],
  ["Our security people are genuinely worried about home networks and I get why.", ""],
  ["i just use my own laptop tbh, the work one takes 10 mins to boot and vpn", "conflict"],
  ["Contractors never read the onboarding security stuff, let's be real.", "blame:emp"],
  ["I panicked when I lost the YubiKey and didn't tell anyone for a week.", "feel distance"],
  [
    "They treat the freelancers as an afterthought, we find out about changes when things stop working.",
    "comm power",
  ],
  ["Good clear emails about the move to the new VPN, with screenshots. More of that please.", ""],
  [
    "I'm the reason we had to redo the whole MFA rollout, I kept approving prompts I didn't trigger.",
    "blame:self",
  ],
  ["they never explain WHY, just 'for security reasons'", "comm"],
  [
    "I'm not going to bother them with a small thing when I'm only here two days a week.",
    "distance",
  ],
  ["I don't need much from IT and when I do it's handled, which suits me.", ""],
  [
    "The MD decides what we can install, IT just enforces it, and neither talks to the remote team.",
    "power distance",
  ],
  ["Not once have they been rude to me, and I've asked some daft things.", ""],
  ["I'm worried that if my home Wi-Fi gets hacked I'll be the one who gets blamed.", "feel"],
  ["They assume I'm the problem every time something breaks on my end.", "conflict power"],
  ["Security training for home workers is twenty minutes once a year, short and relevant.", ""],
  ["the helpdesk person was patient and didn't make me feel dumb at all", ""],
  [
    "Working split shifts, I always seem to be locked out right when the only IT person goes home.",
    "conflict",
  ],
  [
    "Users just ignore the VPN warnings, you could put them in flashing red and they'd click past.",
    "blame:emp",
  ],
  [
    "I asked for a second screen for home. Got a reply three weeks later: 'not in policy'.",
    "comm power",
  ],
  [
    "Fixing my own laptop is quicker than explaining it to someone on a different continent.",
    "distance",
  ],
  [
    "IT security here is a box-ticking exercise that makes my job harder and protects nobody.",
    "blame:sec conflict",
  ],
  ["I'm a bit slow with the new login app, but they've been patient about it.", ""],
  ["Our IT provider sends a short monthly update for hybrid staff, which I actually read.", ""],
  ["Joining was smooth, leaving was smooth. Can't ask for more.", ""],
  [
    "I felt so stupid when I realised I'd been on the guest Wi-Fi for a month and that's why nothing synced.",
    "feel blame:self",
  ],
  [
    "They moved our files to a new system and told the office staff in a meeting. Remote people got nothing.",
    "comm distance",
  ],
  [
    "Every request I make as a contractor needs sign-off from my 'sponsor', who is on holiday.",
    "power conflict",
  ],
  [
    "Security's fine, the real problem is the staff who write passwords on the back of the laptop.",
    "blame:emp",
  ],
  [
    "I keep meaning to ask about securing my home router but it feels like a silly question.",
    "feel distance",
  ],
  ["Quick, friendly, and they remember my name even though I'm part-time.", ""],
  [
    "It's the same story every time: they push a change, my VPN dies, and I'm the one who has to chase.",
    "conflict blame:sec",
  ],
  ["They are genuinely helpful but do use a lot of jargon, I usually have to ask twice.", "comm"],
  ["i don't think they even know I exist tbh, I'm a freelancer on a rolling contract", "distance"],
  [
    "Hardware refresh for remote staff was well organised, new kit arrived before the old one was collected.",
    "",
  ],
  ["No idea who approves access. I just wait until it appears.", "power distance"],
  ["I've never once been asked for feedback on any of the IT setup.", "distance"],
];

export const VOICES_CG: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CG_2,
  ...VOICES_CG_3,
  ...VOICES_CG_4,
];
