import type { RawExample } from "./types.js";
import { VOICES_T_2 } from "./voices-t-2.js";
import { VOICES_T_3 } from "./voices-t-3.js";

/**
 * Staff survey answers from small firms after a security incident (ransomware scare, fake
 * invoice paid, lost laptop, leaked client list): employees, team leads, some IT staff and
 * managers. Written fresh for Rapport (brief T).
 */
const FIRST_PART: readonly RawExample[] = [
  [
    "Since the ransomware scare we need two sign-offs to open attachments from new suppliers, so quotes sit for a day and customers go elsewhere.",
    "conflict",
  ],
  [
    "The USB ban means I can't carry drawings to the shop floor any more. We just photograph the screen with our phones now.",
    "conflict",
  ],
  [
    "After the laptop went missing they locked everything down. Half my tools stopped working and nobody could say when they'd be back.",
    "conflict",
  ],
  [
    "Every payment now needs a callback to confirm bank details. Sounds sensible, but suppliers in other time zones never answer.",
    "conflict",
  ],
  [
    "We're back to sharing one till login, because the new password rules take forever when there's a queue out the door.",
    "conflict",
  ],
  [
    "Locking the order tablet after every use at five in the morning with dough on your hands? Not happening.",
    "conflict",
  ],
  [
    "When the fake invoice surfaced I tried to reach the IT company for two days. Voicemail, then an auto-reply.",
    "conflict",
  ],
  [
    "They want fewer people with access to the client database, we need everyone in sales able to quote. Those two don't fit.",
    "conflict",
  ],
  [
    "The disk encryption makes the van laptops take ten minutes to boot, so the drivers just leave them running overnight.",
    "conflict",
  ],
  [
    "The new rules read like they were written for a head office. We're a cooperative; half of us are out in the fields with one bar of signal.",
    "conflict",
  ],
  [
    "The extra checks since the invoice fraud have slowed accounts payable to a crawl. Late fees are piling up.",
    "conflict",
  ],
  [
    "The shared drive locks me out every other week now, so the client list lives on a stick in my drawer. Not ideal, I know.",
    "conflict",
  ],
  [
    "Getting an exception signed off takes so long the job is finished before the answer arrives.",
    "conflict",
  ],
  [
    "The login codes go to phones that stay in the lockers during service, so the kitchen simply stopped checking the rota online.",
    "conflict",
  ],
  [
    "Somewhere wires got crossed: IT thought we'd asked them to close the shared folder, we thought they were closing the old archive.",
    "conflict",
  ],
  [
    "If the VPN drops on a Saturday night before a shipment leaves, there's nobody you can ring. Nobody.",
    "conflict",
  ],
  [
    "Teachers can't install anything on classroom laptops now, so a couple of lessons built around a free app just got dropped.",
    "conflict",
  ],
  [
    "Locking screens every time you step away from the chair sounds easy until you're doing it forty times a morning between patients.",
    "conflict",
  ],
  [
    "The email filter now quarantines half our supplier orders. I spend my mornings fishing them out instead of doing my actual job.",
    "conflict",
  ],
  [
    "It's security versus deadlines every single week since the leak, and deadlines win, quietly.",
    "conflict",
  ],
  [
    "Some of us just forward work emails to personal accounts now because the new webmail is unusable on a phone.",
    "conflict",
  ],
  [
    "Security wanted the warehouse scanners on a separate network. Operations said no. It's been stuck there since spring.",
    "conflict",
  ],
  [
    "Booking a guest in now takes three screens and a re-login. Reception staff keep a sticky note with the password by the desk.",
    "conflict",
  ],
  [
    "The lawyers and the IT consultant still disagree on whether client files can go on tablets, so everyone does what they like.",
    "conflict",
  ],
  [
    "Whatever they say about the new policy, it adds twenty minutes to every delivery run.",
    "conflict",
  ],
  [
    "The lockdown after the ransomware scare has doubled the time my work takes and frankly I'm at the end of my rope.",
    "conflict feel",
  ],
  [
    "I get why they tightened things, but being locked out of the stock system mid-stocktake had me ready to throw the laptop.",
    "conflict feel",
  ],
  [
    "Waiting three days for a password reset while orders stack up. It grinds you down.",
    "conflict feel",
  ],
  [
    "They rolled out the new approval chain without asking a single person in dispatch how orders actually flow.",
    "conflict power",
  ],
  [
    "Oh brilliant, another thirty-page acceptable use policy that nobody on the floor was consulted about.",
    "conflict power",
  ],
  [
    "IT decided overnight that nobody may use cloud storage. The design team relies on it for every client. Nobody asked us.",
    "conflict power",
  ],
  [
    "The new procedure came as a PDF full of acronyms and it contradicts what our manager told us the week before.",
    "conflict comm",
  ],
  [
    "Half the site ignores the new rules because they're a nuisance, and nobody from IT ever comes out to see it.",
    "conflict distance",
  ],
  [
    "The ransomware wasn't even the worst of it. The IT firm's restore took a week and wiped our March invoices.",
    "conflict blame:sec",
  ],
  [
    "They blocked personal phones on the shop wifi without a word of warning, and now we're supposed to just accept it. I'm livid.",
    "conflict power feel",
  ],
  ["All we got after the leak was one email with a link to a policy. No meeting, nothing.", "comm"],
  [
    "The only time the security people contact us is when something has already gone wrong.",
    "comm",
  ],
  [
    "The incident report they circulated was pure tech talk. Lateral movement, exfiltration vectors. I sell garden furniture.",
    "comm",
  ],
  ["The new guidance was a poster in the break room. That was the whole rollout.", "comm"],
  [
    "They explained the phishing attempt as if we were five years old. Slowly, with pictures.",
    "comm",
  ],
  [
    "I had to read the incident notice three times and I still don't know whether my own account was affected.",
    "comm",
  ],
  [
    "Nobody came to talk to us. Everything about the lost laptop was handled by ticket and automatic messages.",
    "comm",
  ],
  [
    "The follow-up training was a lecture: click here, don't click there, and never mind why.",
    "comm",
  ],
  [
    "Their update called it a 'category two data exposure event'. Just tell us the client list got out.",
    "comm",
  ],
  [
    "The warning email was written in capitals with three exclamation marks. People panicked rather than understood.",
    "comm",
  ],
  [
    "We only hear from the IT partner when something's gone wrong. There's never a call just to see how things are.",
    "comm",
  ],
  [
    "Each message about the new rules was from a no-reply address, so you couldn't even ask a question.",
    "comm",
  ],
  [
    "The consultant spoke to the staff meeting in a tone you'd use on a misbehaving teenager.",
    "comm",
  ],
  [
    "Half the team thought the phishing test was a real attack because the explanation afterwards made no sense.",
    "comm",
  ],
  [
    "It all came down to a ticket number and a one-line answer. No phone call, no visit, no explanation.",
    "comm",
  ],
  [
    "Their idea of communication after the fraud was a slideshow about cybercrime statistics read out word for word.",
    "comm",
  ],
  [
    "The all-staff message about the leak was so vague and ominous that people thought they'd be sued personally.",
    "comm feel",
  ],
  [
    "They lectured us for an hour after the fake invoice. I left feeling about two inches tall.",
    "comm feel",
  ],
  [
    "The way the IT contractor spoke to the receptionist afterwards, all sighs and eye-rolling, was humiliating to watch.",
    "comm feel",
  ],
  [
    "They sent a list of new rules by email with the line 'compliance is mandatory' and no contact name.",
    "comm power",
  ],
  [
    "There's no face behind any of it. Emails come from a generic address and I've never met the person who writes them.",
    "comm distance",
  ],
  [
    "The message to all staff basically said: one of you was careless, don't let it happen again.",
    "comm blame:emp",
  ],
  [
    "The training video kept repeating that humans are the biggest risk. Cheers, nice to be appreciated.",
    "comm blame:emp",
  ],
  [
    "Ever since the ransomware scare I hesitate before opening anything. Even emails from my own manager.",
    "feel",
  ],
  ["To be honest I still lose sleep over whether my details were in that leaked list.", "feel"],
  ["It's exhausting. Every new rule, every warning, every test. I'm just tired of it.", "feel"],
  ["I was properly shaken. Thought the whole business might go under.", "feel"],
  [
    "Now every attachment looks like a trap to me. My stomach drops when I see one from someone I don't know.",
    "feel",
  ],
  [
    "I'm disappointed, to be honest. I thought we were a firm that took care of these things.",
    "feel",
  ],
  ["Don't trust the IT company one bit after how they handled it.", "feel"],
  ["I'm nervous every time I take the work laptop home now. What if it goes too?", "feel"],
  ["There's a general unease in the office. Nobody quite knows what's safe any more.", "feel"],
  [
    "It's frankly galling to be told to change all our passwords again for the third time this year.",
    "feel",
  ],
  ["My hands were trembling when I rang the bank. I was sure I'd made it worse.", "feel"],
  [
    "I feel a bit silly admitting it, but I still break into a sweat whenever an invoice email lands.",
    "feel",
  ],
  [
    "The atmosphere afterwards was sour. People who used to chat with the IT lad just stopped.",
    "feel distance",
  ],
  ["Quite honestly the whole thing has left a bad taste.", "feel"],
  ["I'm on edge about the new rules. I'm sure I'll break one without realising.", "feel"],
  ["The phishing tests make me jumpy. I feel watched and a bit paranoid.", "feel"],
  ["I resent having to justify myself over something I had nothing to do with.", "feel"],
  [
    "I was mortified when my name came up in the incident review, even though it was only as a witness.",
    "feel",
  ],
  ["I worry constantly that one wrong click from me could shut the whole practice down.", "feel"],
  [
    "The owner said any repeat would be a disciplinary matter. Since then I'm frightened to open anything at all.",
    "feel power",
  ],
  [
    "After the fake invoice got paid, the accounts clerk was called in with the owner and the IT firm. She was shaking when she came out.",
    "feel power",
  ],
  ["We're all scared of being the next one hauled into the office over an email.", "feel power"],
  [
    "It feels like they're just waiting for someone to slip up so they can make an example of them.",
    "feel power",
  ],
  [
    "I'm honestly too nervous to call IT about anything now, so I just muddle through or ask my neighbour.",
    "feel distance",
  ],
  [
    "I'm furious that the IT company missed the warnings for weeks and then billed us for the clean-up.",
    "feel blame:sec",
  ],
  [
    "The director's speech made it clear he thinks we're all a liability. Pretty demoralising.",
    "feel blame:emp",
  ],
  ["The IT manager now decides who may use which program. We put in a request and wait.", "power"],
  [
    "Security reviews every email I send to clients outside the firm. I'm a senior associate.",
    "power",
  ],
  ["They can switch off my account from head office whenever they like, and they have.", "power"],
  ["Any breach of the new policy 'may result in dismissal'. That's in bold on page one.", "power"],
  ["IT doesn't ask, it announces. Decisions arrive finished.", "power"],
  [
    "We're completely at the mercy of the outside support company. If they say no, it's no.",
    "power",
  ],
  [
    "After the leak the partners brought in a consultant who acts like the police. Desks checked, drawers opened.",
    "power",
  ],
  [
    "They now monitor which websites everyone visits and the list goes straight to the owner.",
    "power",
  ],
  ["Our team lead argued against the new rules and was simply overruled.", "power"],
  [
    "As the IT person I get treated like the help. Fix this, fix that, and nobody listens when I warn them.",
    "power",
  ],
  [
    "Management decided the new process; the IT contractor was told to implement it, no discussion.",
    "power",
  ],
  ["I have to ask permission to install a calculator app. Permission!", "power"],
  [
    "Every laptop is now checked randomly by the office manager. It's like a spot search at customs.",
    "power",
  ],
  ["The security firm's report went to the board but staff were never allowed to see it.", "power"],
  ["It's their way or the door. That's how the new rules were sold to us.", "power"],
  [
    "If I want the firewall changed, I need the owner's signature. If the owner wants it changed, it's done in an hour.",
    "power",
  ],
  [
    "The staff who raised concerns in the review were basically told their opinion wasn't required.",
    "power",
  ],
  [
    "Management's conclusion was that staff can't be trusted with email, so every outside message is now held for review.",
    "power blame:emp",
  ],
  [
    "They now treat every employee as a suspect. Bag checks for USB sticks, honestly.",
    "power blame:emp",
  ],
  [
    "My line manager warned me that if I report another suspicious email that turns out to be nothing, it goes on my record. Now I say nothing.",
    "power feel",
  ],
  [
    "Warnings arrive from IT in the tone of a parking ticket: you have breached rule 4.2.",
    "power comm",
  ],
  [
    "We asked to keep the old scanner software for the farm weighbridge. The answer was no, with no reason given.",
    "power conflict",
  ],
  [
    "I couldn't tell you who handles security here. Some company in another city, I think.",
    "distance",
  ],
  ["I've never seen anyone from IT in the building. Not once in four years.", "distance"],
  ["Frankly the whole security thing is above my pay grade. I just do the deliveries.", "distance"],
  [
    "When my laptop started acting odd I asked the lad at the next desk. Quicker than raising a ticket.",
    "distance",
  ],
  ["Security? That's the owner's nephew's business. We don't get involved.", "distance"],
  ["I had no idea there'd been an incident until a client mentioned it.", "distance"],
];

export const VOICES_T: readonly RawExample[] = [...FIRST_PART, ...VOICES_T_2, ...VOICES_T_3];
