import type { RawExample } from "./types.js";
import { VOICES_BS_2 } from "./voices-bs-2.js";
import { VOICES_BS_3 } from "./voices-bs-3.js";
import { VOICES_BS_4 } from "./voices-bs-4.js";

/** Finance and sales team leads caught between their teams and IT/security. Written fresh for Rapport (brief BS). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Month-end close and IT picks that exact week to force password resets on my whole team. Every quarter, without fail.",
    "conflict feel",
  ],
  [
    "Our IT contact sat in on audit prep and explained the access review better than I could have.",
    "",
  ],
  [
    "I sign off the access requests but half the time I've no idea what the permissions actually do, I just approve.",
    "blame:self",
  ],
  [
    "Security flagged a supplier bank detail change that turned out to be fraud. Saved us forty grand. Can't fault them.",
    "",
  ],
  [
    "Asked IT to help with audit evidence and they'd already pulled half of it. Lovely surprise.",
    "",
  ],
  [
    "They decided the payment portal needs a hardware token. Nobody asked finance, we found out from a banner on the login page.",
    "power comm",
  ],
  ["honestly my lot will click anything with 'invoice' in the subject line", "blame:emp"],
  [
    "I was the one who forwarded the fake CEO email to accounts payable. still cringe about it",
    "blame:self feel",
  ],
  ["We've a fortnightly catch-up with the IT lead now. Makes a real difference.", ""],
  [
    "The sales reps dodge the VPN by emailing quotes to their personal gmail. I've stopped fighting it tbh.",
    "conflict distance",
  ],
  ["Four years as AP supervisor and I've never met anyone from security.", "distance"],
  ["Every ticket I raise gets closed with 'working as designed' and not one word more.", "comm"],
  [
    "Dreading the audit. If they find the shared login on the bank portal it's my name on it.",
    "feel blame:self",
  ],
  ["IT are fine. Slow on the big stuff, quick on the small stuff, which is how it should be.", ""],
  ["My senior clerk still writes the bank portal PIN on the inside of her diary.", "blame:emp"],
  ["They treat us like we're the risk and they're the grown-ups.", "power"],
  [
    "Security is where good ideas go to die. Three months to approve a new CRM plugin.",
    "blame:sec conflict",
  ],
  [
    "We asked for a read-only view of the ledger for the sales leads and they set it up the same afternoon.",
    "",
  ],
  ["I don't report the weird pop-ups anymore. Nothing ever happens when I do.", "distance"],
  [
    "Half my quarter's pipeline sat in a locked CRM because someone in IT changed a setting over the weekend. No warning.",
    "conflict comm",
  ],
  [
    "Feels like I have to justify every single request like I'm asking for a pay rise.",
    "power feel",
  ],
  ["the new expense system is actually decent, credit where due", ""],
  ["My reps think security training is a box to tick, and to be fair so do I.", "distance"],
  [
    "I got told off in front of my whole team on a Teams call for plugging in a USB stick. Humiliating.",
    "feel power",
  ],
  ["The IT guy explains things in plain English and never makes you feel thick for asking.", ""],
  [
    "Their emails read like legal notices. 'Non-compliance will be escalated.' Escalated to who?",
    "comm",
  ],
  [
    "Honestly I'm probably the weakest link in this department, I reuse the same password everywhere.",
    "blame:self",
  ],
  [
    "Audit wants evidence of quarterly access reviews. IT says that's a finance job. Finance says it's IT's. Guess who's stuck in the middle.",
    "conflict distance",
  ],
  ["They're never rude, just impossible to get hold of after 4pm.", "conflict"],
  ["Sales would happily give a client the admin password if it closed a deal.", "blame:emp"],
  [
    "Got an approval request for 'elevated SAML entitlement, tenant-wide scope'. Approved it. Hope that was right.",
    "comm feel",
  ],
  [
    "We sort our own laptop problems now. Quicker than waiting for a callback that never comes.",
    "distance blame:sec",
  ],
  ["the helpdesk lady knows all my team by name, lovely", ""],
  [
    "Managers get asked to 'own' security but we get zero say in any of the rules.",
    "power conflict",
  ],
  ["Our IT is one bloke three days a week and somehow it all works. He's a legend.", ""],
  [
    "I worry every time I approve a payment run that something's been tampered with and I'd never spot it.",
    "feel",
  ],
  [
    "They just switched off macros. Our whole forecasting model runs on macros. Found out Monday morning.",
    "conflict power",
  ],
  [
    "Had a proper sit-down with security about the card payments audit, they were really patient with us.",
    "",
  ],
  [
    "The team leader before me used to just share her login with temps. I'm still untangling that mess.",
    "blame:emp",
  ],
  [
    "Whenever I ask why, the answer is 'policy'. Which policy? Nobody can tell me.",
    "comm conflict",
  ],
  [
    "Exceptions go to one named person in security and she usually decides within a couple of days.",
    "",
  ],
  ["I'm embarrassed to ask the same question twice so I just guess.", "feel distance"],
  ["No complaints. They're responsive and they tell us what's coming.", ""],
  [
    "The blocked websites list blocks half our customer portals. We've been asking for a fix since March.",
    "conflict blame:sec",
  ],
  ["truth is I skim every IT notice, so half my surprises are my own doing", "blame:self"],
  [
    "They locked my top rep's account mid-pitch because she logged in from a client's office. Lost the deal, probably.",
    "conflict",
  ],
  [
    "It's my fault really, I never pass the security bulletins on to the team. Too busy.",
    "blame:self distance",
  ],
  ["IT talks to the directors. We get told afterwards.", "power comm"],
  [
    "Security sends a one-page summary with every policy change now, which my team actually reads.",
    "",
  ],
  ["Frankly the IT team are the reason our month-end runs late.", "blame:sec"],
  ["Used to hate raising tickets, they'd bounce around for days. New system's much better.", ""],
  [
    "My people are scared to tell IT when they've clicked something, in case it goes on their record.",
    "feel distance",
  ],
  ["It's always the same two in accounts who get caught by the phishing sims.", "blame:emp"],
  ["They'll say yes to anything if the MD asks. If I ask it's six forms.", "power conflict"],
  [
    "A simple 'thanks for flagging' would go a long way. Instead you get a ticket number and silence.",
    "comm",
  ],
  ["We've agreed a change freeze around quarter end with IT. Works well.", ""],
  ["IT moved their cover to 7pm once I explained sales doesn't stop at 5. Easy win.", ""],
  [
    "Sometimes I think they forget there's a business here, not just a network.",
    "conflict blame:sec",
  ],
  [
    "i panic every time the auditors ask for a system report because i dont know how to pull it and i dont want to bug IT again",
    "feel distance",
  ],
  [
    "The security lead came to our team meeting to talk about fraud calls. Short, practical, people actually listened.",
    "",
  ],
  ["Frustrating. That's the word. Everything with them is frustrating.", "feel blame:sec"],
  [
    "Nobody in finance was consulted on the new data retention rule and now we can't keep invoices as long as HMRC says we must.",
    "conflict power",
  ],
  [
    "They speak a different language. 'Endpoint posture non-compliant.' Just tell me if my laptop's broken.",
    "comm",
  ],
  [
    "I should have pushed back harder when they rolled out the new approval workflow. I didn't, and now my team pay for it.",
    "blame:self conflict",
  ],
  [
    "my reps save customer data on their desktops no matter how many times I tell them",
    "blame:emp",
  ],
  [
    "Our IT partner is external but they know our systems inside out and they pick up the phone.",
    "",
  ],
  ["The new MFA thing took a day to get used to. Fine now.", ""],
  [
    "I'm basically a messenger boy, passing on rules I don't understand to people who don't want them.",
    "power comm",
  ],
  [
    "When the sales system went down during the bid deadline, IT were on the phone with me within ten minutes.",
    "",
  ],
  ["Security says no, then goes quiet. No alternative, no explanation.", "comm blame:sec"],
  [
    "Team leads aren't on the security distribution list. We hear about incidents from the gossip.",
    "distance comm",
  ],
  [
    "Half the team just prints things out because the file share permissions are a nightmare.",
    "conflict",
  ],
  [
    "I'm scared of them, honestly. The head of IT has a way of making you feel like an idiot.",
    "feel power",
  ],
  ["Not their fault, we never tell them what we need until the last minute.", "blame:self"],
  ["They always explain the why, even when the answer's no.", ""],
  ["I reckon our IT manager has no idea what finance actually does all day.", "distance"],
  [
    "Got praised by the auditors for our segregation of duties. Most of that was IT's work, to be honest.",
    "",
  ],
  [
    "Whole team lost access to the pricing tool the morning of a big tender. Someone 'tidied up' groups.",
    "conflict blame:sec",
  ],
  ["I don't bother escalating anymore, I just let the temps use my login.", "distance conflict"],
  ["Why does expensing a £9 app need two approvals and a risk assessment?", "conflict"],
  ["IT were brilliant when my laptop got stolen at the conference. Sorted a new one by lunch.", ""],
  [
    "It makes me anxious that I'm signing the quarterly attestation for systems I can't even see into.",
    "feel power",
  ],
  [
    "People in my team treat passwords like birthday cards, pass them round and everyone signs.",
    "blame:emp",
  ],
  [
    "They're polite, I'll give them that, but you never hear from them unless there's a breach.",
    "comm",
  ],
  ["I'm hopeless with this stuff, my team know more than me about the new portal.", "blame:self"],
  [
    "IT have no idea how commission works, so every change they make to the CRM breaks the reports.",
    "blame:sec conflict",
  ],
  ["Shared mailbox request went in Monday, live Tuesday. No drama.", ""],
  [
    "Our account manager at the IT company comes in once a quarter and actually asks how things are going.",
    "",
  ],
  ["the firewall rules are a black box and whoever owns them answers to no one", "power"],
  ["The security awareness videos are fine. A bit long.", ""],
  [
    "I had to explain to a client why we couldn't accept their file. IT couldn't explain it to me, so I made something up.",
    "comm conflict",
  ],
  [
    "Sales staff are the worst for this. Anything for a quick win, security be damned.",
    "blame:emp",
  ],
  ["We've got a named contact in IT for finance now, Priya, and she's great.", ""],
  [
    "I keep forgetting to revoke leavers' access. Audit picked it up twice now. That's on me.",
    "blame:self",
  ],
  [
    "Admin rights for the new reporting add-in took one email and a short chat about why. Reasonable.",
    "",
  ],
  [
    "Annoyed doesn't cover it. They rolled back our update halfway through the payment run.",
    "feel conflict",
  ],
  ["Our IT lead joins the finance team lunch on Fridays. Small thing but it helps.", ""],
  [
    "Whenever there's an incident the first question is always 'which of your people did it'.",
    "conflict power",
  ],
  [
    "I approve exceptions for my team without really understanding the risk, because what else can I do.",
    "blame:self power",
  ],
  ["My AP clerks would approve a payment to Mickey Mouse if the invoice looked tidy.", "blame:emp"],
  ["Security pushed back on our cloud accounting move, and looking back they were right to.", ""],
  ["I'm sick of being the bad guy for enforcing rules I didn't write.", "feel power"],
  [
    "If I'm honest, I'm the one who told the team to ignore the 'update now' pop-ups. That one's mine.",
    "blame:self",
  ],
  [
    "They fixed the bank feed in twenty minutes and sent a note explaining what went wrong. Perfect.",
    "",
  ],
  ["I'd rather struggle for an hour than ring the helpdesk and get a lecture.", "distance comm"],
  ["Our sales director shouts at IT, IT goes slower for sales. Everyone loses.", "conflict"],
  [
    "The audit finding was about my team's spreadsheets, and honestly they deserved it.",
    "blame:emp",
  ],
  ["Honestly the helpdesk is the least helpful desk in this building.", "blame:sec"],
  ["I think they resent us. Every request is treated like an imposition.", "conflict feel"],
  ["The help desk has been really good this year, much quicker turnaround.", ""],
  [
    "My mistake, I let a sales rep take the demo laptop home with customer data on it.",
    "blame:self",
  ],
  ["The IT team moved onto our floor last year. Best thing that's happened, honestly.", ""],
  [
    "I'm the one who gets the call when someone in my team clicks a dodgy link. Never a call when they spot one.",
    "comm",
  ],
  ["Security is just a cost centre that says no.", "blame:sec"],
  [
    "We worked out a sensible exception process with IT for the overseas reps. Took a few meetings but it's solid.",
    "",
  ],
  [
    "I'm nervous raising anything because last time it turned into a formal incident with my name on it.",
    "feel distance",
  ],
  ["If I email IT before ten I usually have an answer by lunch.", ""],
  [
    "Honestly the finance team is a bigger risk than any hacker, we approve payments on a phone call.",
    "blame:emp blame:self",
  ],
  [
    "The data handling guide they wrote for finance is clear and short. wish every policy was like it",
    "",
  ],
  ["The IT contractor we pay a fortune for couldn't set up a shared calendar.", "blame:sec"],
  ["Friendly team. Can't fault them.", ""],
  ["The audit was fine, IT had everything ready before we even asked.", ""],
  [
    "Our commission spreadsheets live on a USB stick in my drawer because the shared drive is locked down so tight nobody can use it.",
    "conflict",
  ],
  [
    "Quarterly refresher on fraud calls from security, twenty minutes, always something useful in it.",
    "",
  ],
  [
    "My team hide mistakes from IT, and honestly I can't say I'm surprised, the reaction is always over the top.",
    "distance blame:sec",
  ],
];

export const VOICES_BS: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BS_2,
  ...VOICES_BS_3,
  ...VOICES_BS_4,
];
