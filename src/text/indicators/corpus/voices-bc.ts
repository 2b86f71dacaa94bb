import type { RawExample } from "./types.js";
import { VOICES_BC_2 } from "./voices-bc-2.js";
import { VOICES_BC_3 } from "./voices-bc-3.js";
import { VOICES_BC_4 } from "./voices-bc-4.js";

/** Staff of small remote-first and hybrid firms who rarely or never meet their IT/security people in person. Written fresh for Rapport (brief BC). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The VPN drops every time my video call goes past forty minutes, and the answer is always 'reconnect'.",
    "conflict comm",
  ],
  [
    "Laptop arrived in a padded envelope with a sticky note saying 'ring us'. Ring who?",
    "comm distance",
  ],
  ["Honestly the new laptop came set up and ready, I just logged in and it worked.", ""],
  ["I've never heard any of their voices.", "distance comm"],
  ["locked out again in lisbon, nobody awake at HQ to reset me", "conflict"],
  ["Their chat support is faster than any helpdesk I had in an office job.", ""],
  ["I feel a bit daft asking the same VPN question every month.", "feel blame:self"],
  [
    "We're told home Wi-Fi must use WPA3, which my landlord's router doesn't even do, so I'm technically breaking the rules every day.",
    "conflict",
  ],
  ["They send a quarterly email about phishing that reads like a legal notice.", "comm"],
  [
    "No idea who actually runs security here. A contractor in another country, I think?",
    "distance",
  ],
  [
    "Three days without a laptop because the courier left it with a neighbour, not IT's fault really.",
    "",
  ],
  [
    "The person on chat, Priya I think, walked me through BitLocker recovery at eleven at night her time. Above and beyond.",
    "",
  ],
  ["They only ever message me when my device has 'fallen out of compliance'.", "comm"],
  [
    "It's a bit like having a landlord you've never met who keeps changing the locks.",
    "power distance",
  ],
  ["I do wonder if they look at my browser history over the VPN.", "feel power"],
  ["Personal phone for two-factor is fine by me, I get why.", ""],
  [
    "We're not allowed to plug anything into the work laptop, so I can't use my own headset for client calls. Makes me look unprofessional.",
    "conflict feel",
  ],
  [
    "Most of what they write goes over my head: 'split tunnelling', 'conditional access', 'MDM posture'.",
    "comm",
  ],
  [
    "They probably think I'm the one who keeps clicking the test phishing emails. They'd be right.",
    "blame:self",
  ],
  ["I've given up raising tickets about the slow VPN, I just tether to my phone.", "distance"],
  [
    "Support replies overnight because they're in a different time zone, which is fine, it's in my inbox by morning.",
    "",
  ],
  ["The security lead does a short video every month, it's actually quite watchable.", ""],
  [
    "Got a stern message for using hotel Wi-Fi in Nairobi. What was I supposed to do, not work?",
    "conflict comm",
  ],
  ["They treat us like we'd hand the client files to anyone who asked nicely.", "blame:emp power"],
  [
    "Translation memory tools won't install without an admin password, and getting one takes a ticket and two days.",
    "conflict power",
  ],
  ["IT is one guy called Tom who lives in Leeds. Lovely, slightly overworked.", ""],
  [
    "Nobody told us the VPN certificate was expiring, so on Monday half the team couldn't log in.",
    "comm conflict",
  ],
  ["i just use my own laptop for the quick stuff tbh, the work one takes ages to boot", "distance"],
  ["They're polite, they're quick, I have no complaints.", ""],
  [
    "When my account locked in Tokyo I felt completely stranded, nothing opened and the helpdesk was asleep.",
    "feel conflict",
  ],
  ["Not sure what they'd say about me. Probably that I'm one of the easy ones.", ""],
  ["If anything they're too nice about my constant password resets.", ""],
  [
    "The onboarding call with IT was genuinely friendly and they explained why the disk encryption matters.",
    "",
  ],
  ["Every policy update is a PDF attached to an email with no summary.", "comm"],
  ["We had a ransomware scare last year and they handled it calmly and kept everyone posted.", ""],
  [
    "Why does the laptop need to restart for updates exactly when I'm presenting to a funder?",
    "conflict",
  ],
  ["I'm sure they're competent, I just couldn't tell you a single thing they do.", "distance"],
  ["They locked the USB ports and now I post printouts to myself. Brilliant.", "conflict"],
  [
    "Feels like they decide things in a room somewhere and we find out when stuff stops working.",
    "power comm",
  ],
  ["Wish they'd do a quick video call once a year, just to put faces to names.", "distance"],
  [
    "Our IT contractor is rubbish. Took a week to ship a replacement charger.",
    "blame:sec conflict",
  ],
  ["I did forward a scam email to the security inbox and got a thank-you within the hour.", ""],
  ["The worry is constant: one wrong click and they'll see it on some dashboard.", "feel power"],
  ["The rule is: no family members using the work laptop. Fair enough.", ""],
  [
    "When they ask for a screenshot I honestly don't know how to take one on the new machine, it's embarrassing.",
    "feel blame:self",
  ],
  ["To be fair, the VPN used to be awful and since the switch in spring it's been solid.", ""],
  ["They speak to me like I'm twelve whenever I ask about the password manager.", "comm power"],
  [
    "We were told personal devices must have 'an approved endpoint agent'. What is that, and who approves it?",
    "comm",
  ],
  [
    "If my laptop dies on a Friday in Auckland, I'm basically offline until Monday evening.",
    "conflict",
  ],
  ["Chat-only is fine. I prefer typing anyway.", ""],
  [
    "It's weird that someone can wipe my laptop remotely and I wouldn't even know their surname.",
    "power distance",
  ],
  ["The security person is very patient with me, even when I ask the same thing twice.", ""],
  ["tickets vanish into a void", "conflict"],
  [
    "Posted laptop came with a printed one-pager in plain English. Good idea, whoever did that.",
    "",
  ],
  [
    "I'm the person who once emailed the whole client list to the wrong address, so I don't blame them for being strict.",
    "blame:self",
  ],
  [
    "Geoblocking on the finance app means I can't do invoices when I'm visiting my mum in Brazil.",
    "conflict",
  ],
  [
    "Our IT folks are three time zones behind, so by the time they're up my day is half wasted.",
    "conflict",
  ],
  ["I don't think they trust any of us with admin rights, and maybe they're right.", "power"],
  ["Some of the warnings they send are quite scary, all red text and capitals.", "comm feel"],
  ["Never been made to feel stupid by them, which I can't say about previous jobs.", ""],
  [
    "A colleague clicked a fake invoice and now we all have to do monthly training. Thanks, Gary.",
    "blame:emp",
  ],
  ["Support is great. Policy is the problem.", "conflict"],
  [
    "I've worked here two years and I have never once had a conversation with anyone in security.",
    "distance",
  ],
  [
    "They answered my ticket with a link to a forty-page document. That was the whole reply.",
    "comm",
  ],
  [
    "Honestly I'm terrified of losing the laptop on a train, the email about what happens if you do was very ominous.",
    "feel comm",
  ],
  ["I tend to just wait for things to fix themselves rather than bother them.", "distance"],
  ["The home Wi-Fi checklist was sensible and took ten minutes.", ""],
  ["They get very defensive if you suggest the VPN is the problem.", "conflict"],
  ["I don't mind the monitoring software, I have nothing to hide.", ""],
  ["It's creepy that they can see when I'm idle.", "power feel"],
  [
    "We're a charity of twelve people. 'IT' is a freelancer we pay by the hour, so nobody wants to call him.",
    "distance",
  ],
  ["They fixed my mic over screen share in five minutes, which I'd spent a whole morning on.", ""],
  ["Every message from IT starts with 'URGENT' so I've stopped reading them.", "comm distance"],
  ["I'd like to think they see me as reasonable. I follow the rules, mostly.", ""],
  [
    "Being told off by a bot in Slack for sharing a file externally felt pretty humiliating.",
    "feel comm",
  ],
  [
    "Who decided we can't use Google Drive for supplier invoices? Nobody asked the people who actually do the invoices.",
    "power conflict",
  ],
  ["the lockout after 3 wrong pw is brutal when your keyboard is set to german", "conflict"],
  ["I'm hopeless with this stuff and they know it.", "blame:self"],
  ["Good people, bad tools.", ""],
  [
    "The laptop was stuck at customs for nine days and IT kept saying 'any day now' without actually chasing it.",
    "blame:sec comm",
  ],
  ["Their weekly status post is short and useful. More teams should do that.", ""],
  ["I only know the security team exists because of the phishing tests.", "distance comm"],
  [
    "I tried to explain our client's file-sharing requirement and got a lecture on data sovereignty instead.",
    "comm conflict",
  ],
  [
    "Sometimes I think they forget there are actual humans at the other end of the tickets.",
    "distance",
  ],
  [
    "They gave me a loaner phone for the conference trip with everything preloaded. Super thoughtful.",
    "",
  ],
  ["I worry the one IT guy will leave and nobody will know the passwords.", "feel"],
  ["It's the waiting that kills me. Reset requests sit for hours.", "conflict feel"],
  [
    "My manager says to go through her rather than contact IT directly, so I've never actually talked to them.",
    "distance",
  ],
  ["I was abroad and the MFA prompt kept going to my old SIM. Sorted in one chat, no drama.", ""],
  [
    "They audit our laptops every quarter and send each of us a 'score'. Mine's always amber.",
    "power",
  ],
  ["I don't feel looked down on, just a bit ignored.", "distance"],
  [
    "The rule about not working from cafés is unrealistic for people who travel for fieldwork.",
    "conflict",
  ],
  ["They must find us exhausting, to be honest.", ""],
  [
    "The IT contractor talks in acronyms and I nod along and then google everything afterwards.",
    "comm",
  ],
  ["Honestly a bit scared to admit I used my personal email to send a draft once.", "feel"],
  ["The password rules change every six months and nobody says why.", "comm"],
  ["Our security consultant is brilliant on calls, explains things with cooking analogies.", ""],
  ["ticket closed as 'resolved' when it very much isn't", "blame:sec conflict"],
  ["They're a name in the email signature. That's all I know.", "distance"],
  [
    "The shipping box had a prepaid return label for the old laptop. Small thing, made life easy.",
    "",
  ],
  [
    "As a part-timer in a different country I feel like an afterthought when they roll things out.",
    "feel distance",
  ],
  [
    "I asked why we need a VPN at all for a cloud app and got 'because policy'. Not helpful.",
    "comm conflict",
  ],
  ["They have every right to check our devices, it's the company's data.", ""],
  ["I get the sense they think remote staff are a security risk by default.", "blame:emp"],
  ["Lockouts happen, they sort them. No complaints.", ""],
  [
    "The laptop is so locked down I can't even change the display language for my Spanish clients.",
    "conflict power",
  ],
  ["I feel like I'm bothering them every time I message, even though it's their job.", "feel"],
  [
    "Half our staff use their own phones for Teams and nobody in IT seems to know or care.",
    "distance",
  ],
  ["They were upfront when the breach happened and told us exactly what data was involved.", ""],
  [
    "There's no way to speak to a person. It's a form, then an email, then silence.",
    "comm conflict",
  ],
  [
    "I've started keeping a spare charger and a backup hotspot because I can't count on them when I'm travelling.",
    "distance",
  ],
  ["Our IT lead schedules her calls to fit my Sydney mornings, which I really appreciate.", ""],
  ["They're quick to pin everything on the home router.", "conflict"],
  [
    "The only IT person I know is a profile picture of a cartoon owl, and he replies in abbreviations.",
    "distance comm",
  ],
  [
    "When I was locked out in Dubai, the security lead called me on WhatsApp within ten minutes. I was impressed.",
    "",
  ],
  ["Their tone in the all-staff email after the phishing test was pretty smug.", "comm"],
  ["I always feel like I'm being graded.", "power feel"],
  ["Fair rules, explained clearly, and they actually respond to feedback.", ""],
  [
    "The new encryption thing made my ancient laptop unusable and they just said 'budget request pending'.",
    "conflict comm",
  ],
  ["Maybe it's me, but I never understand the instructions they send.", "comm blame:self"],
  ["They're overstretched, not useless.", ""],
  [
    "The office people get new kit in person; we remote folk get it three weeks later in a box.",
    "distance",
  ],
  ["I'm in Lima, they're in Lisbon, and somehow it works fine.", ""],
  ["No complaints about the VPN since they moved to the new provider.", ""],
];

export const VOICES_BC: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BC_2,
  ...VOICES_BC_3,
  ...VOICES_BC_4,
];
