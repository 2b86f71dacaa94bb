import type { RawExample } from "./types.js";

/** Customer service team leads and supervisors caught between their agents and IT/security. Written fresh for Rapport (brief BS). */
export const VOICES_BS_3: readonly RawExample[] = [
  [
    "Our call centre lives and dies by the CRM and IT patches it at 9am on a Monday.",
    "conflict blame:sec",
  ],
  [
    "The IT lead spent an afternoon on the phones with us to see what the agents deal with. Massive respect.",
    "",
  ],
  [
    "Agents read card numbers out loud across the room. I've told them a hundred times.",
    "blame:emp",
  ],
  ["I'm nervous every time a customer asks us to email them their account details.", "feel"],
  [
    "IT blocked screen-sharing and didn't tell us. Found out on a live call with an angry customer.",
    "comm conflict",
  ],
  [
    "We raise a priority ticket and it gets downgraded by someone we've never spoken to.",
    "power distance",
  ],
  [
    "honestly i should have spotted the fake callback number, I'm the one who trained the team on it",
    "blame:self",
  ],
  [
    "They're responsive, they're friendly, and they don't make you feel stupid. Can't ask for more.",
    "",
  ],
  ["The call recording retention thing: three emails, three different answers.", "comm"],
  ["My team don't report weird calls any more. They say nothing comes of it.", "distance"],
  ["IT act like the customer isn't their problem. It is, actually.", "conflict blame:sec"],
  ["My agents will happily read a password out to anyone claiming to be from IT.", "blame:emp"],
  ["The helpdesk calls back when they say they will. Every time.", ""],
  [
    "Security wants us to verify every caller with five questions. Average handle time went through the roof.",
    "conflict",
  ],
  ["IT come down to the contact centre every Thursday. The agents love it.", ""],
  [
    "It's humiliating asking IT for the third time to unlock an account while the customer waits on the line.",
    "feel power",
  ],
  ["My new starters will give out anything to a caller who sounds confident.", "blame:emp"],
  [
    "Got an email saying my team was 'non-compliant with DLP controls'. Had to ask what DLP even was.",
    "comm",
  ],
  ["I used to dread ringing IT. New manager over there changed all that.", ""],
  ["They treat customer service like a bunch of kids who can't be trusted with a mouse.", "power"],
  [
    "I forgot to remove a leaver from the shared inbox for two months. Audit caught it. My bad.",
    "blame:self",
  ],
  ["Asked for a new macro in the ticketing tool and IT had it built by the afternoon.", ""],
  [
    "Our IT outsourcer is useless on telephony. A laptop shop pretending to run a call centre.",
    "blame:sec",
  ],
  ["Honestly scared about what the agents paste into that AI chatbot.", "feel blame:emp"],
  [
    "They took away the team's ability to send attachments and replaced it with a portal customers can't work out.",
    "conflict blame:sec",
  ],
  [
    "There's a proper escalation number now for out-of-hours outages. Used it twice, answered both times.",
    "",
  ],
  [
    "The policy says agents can't take payments over chat. Nobody told the customers, or me.",
    "comm conflict",
  ],
  ["I'm tired of apologising to customers for systems I have no say over.", "feel power"],
  [
    "We've been waiting since January for headsets that work with the new softphone. January.",
    "conflict blame:sec",
  ],
  [
    "The monthly IT briefing is worth going to, they keep it short and it's aimed at people like me.",
    "",
  ],
  [
    "When we had the breach scare, security sat with my team leads and scripted what to tell customers. Really helped.",
    "",
  ],
  [
    "They only ever talk to us through the ticket system, never an actual conversation.",
    "comm distance",
  ],
  ["The team lead before me wrote passwords on the rota sheet. I inherited a mess.", "blame:emp"],
  [
    "IT says it's a process issue, process says it's an IT issue, and I've got 40 calls waiting.",
    "conflict distance",
  ],
  [
    "Approvals for my team's tools go to a security lead I know well. She asks good questions and says yes more than no.",
    "",
  ],
  ["They're great, honestly, quick to sort the phones when they drop.", ""],
  [
    "I'm ashamed I didn't catch it earlier. Two agents shared a login for months on my watch.",
    "blame:self feel",
  ],
  [
    "IT rewrote their updates for the front line after we asked. Short, friendly, agents actually read them.",
    "",
  ],
  ["Seems like security thinks every agent is a data thief in waiting.", "power"],
  ["Agents are the front door and they leave it wide open.", "blame:emp"],
  ["Why do I need a director to approve a browser extension for spellcheck?", "conflict power"],
  ["the sysadmin is nice enough but you only see him when something's broken", "comm"],
  ["I keep the team's workarounds quiet so IT doesn't shut them down.", "distance conflict"],
  [
    "Honestly, I'm the weak spot. I approve everything my team asks for without reading it.",
    "blame:self",
  ],
  [
    "IT gave us a two-minute heads-up before the phone system migration. Two minutes.",
    "comm conflict",
  ],
  ["Really nice to get a thank-you from security when one of my agents reported a scam call.", ""],
  ["It's always 'the user' this, 'the user' that. We're people.", "power feel"],
  ["My agents are more worried about the phishing tests than actual phishing.", "feel"],
  [
    "Every time the CRM freezes, the helpdesk asks if we've cleared our cache. Every. Time.",
    "conflict comm",
  ],
  ["I don't understand half of what IT says, and I'm too embarrassed to keep asking.", "comm feel"],
  [
    "Audit found customer data in personal email accounts. Three of mine. Disappointed in them.",
    "blame:emp feel",
  ],
  [
    "IT and security are separate teams here and they don't talk to each other, never mind us.",
    "distance",
  ],
  [
    "We were properly consulted on the new call recording rules. For once it was a two-way thing.",
    "",
  ],
  [
    "Whole weekend shift locked out because of an expired certificate. Nobody from IT picked up.",
    "conflict blame:sec",
  ],
  ["I've stopped asking for anything. The answer's always no.", "distance power"],
  [
    "One of my team gave a caller the manager's mobile number. Nice lad, no common sense.",
    "blame:emp",
  ],
  [
    "I end up playing translator between my agents and IT, and I don't speak either language well.",
    "comm",
  ],
  ["We had a good retrospective with IT after the outage. Honest on both sides.", ""],
  ["they explained the new password rules in plain words and gave everyone a month. no fuss", ""],
  ["It's a bit like being a tenant. You ask the landlord nicely and hope.", "power"],
  ["I panicked when I saw the audit email had my name in the subject line.", "feel"],
  [
    "IT have the attitude that if the customer can't log in that's our problem.",
    "distance blame:sec",
  ],
  [
    "Nobody asked us before they switched the live chat provider. It's slower and customers hate it.",
    "power conflict",
  ],
  ["Our IT person pops in most mornings. We sort little things before they get big.", ""],
  ["I was too proud to ask for help with the new reporting tool. Wasted two weeks.", "blame:self"],
  [
    "The agents find it easier to use their own phones for customer photos. Yes, I know.",
    "conflict",
  ],
  ["The monthly security report for my team is one page and tells me exactly what to chase.", ""],
  ["Absolutely sick of the 'per policy' replies.", "feel comm"],
  ["Security doesn't trust us. We don't trust security. Neat.", "conflict distance"],
  [
    "They were brilliant when a customer tried to socially engineer one of my agents. Walked us through everything.",
    "",
  ],
  [
    "We get invited to IT planning whenever it touches our systems. That's new and it's welcome.",
    "",
  ],
  ["half the team think 2FA is optional", "blame:emp"],
  ["Ticket closed, issue not fixed. Reopen, closed again. On and on.", "conflict blame:sec"],
  ["I'm worried my team will get in trouble for something the system did.", "feel power"],
  ["It's mostly fine. Occasionally they're slow on Fridays.", ""],
  [
    "The security manager once told me 'your people are the problem'. Haven't asked him anything since.",
    "distance",
  ],
  [
    "We're trained to be helpful and then hauled in for being too helpful to a scammer.",
    "conflict power",
  ],
  ["My fault for assuming IT knew we'd moved to a 24/7 rota. Never told them.", "blame:self"],
  [
    "Agents here reuse one password for everything, including their home banking. I've seen the sticky notes.",
    "blame:emp",
  ],
  [
    "It's frustrating explaining the same issue to three different people in IT in one day.",
    "feel conflict",
  ],
  [
    "Some agents don't lock their screens when they go for a smoke. Drives me mad.",
    "blame:emp feel",
  ],
  [
    "I requested an exception for our after-hours team six weeks ago. Not even an acknowledgement.",
    "comm conflict",
  ],
  [
    "The helpdesk phone menu was a maze until they added a 'phones are down' option. Sorted now.",
    "",
  ],
  ["Honestly the best part of the new system is that IT trained us in person.", ""],
  [
    "They've got all the keys, all the passwords, and none of the accountability.",
    "power blame:sec",
  ],
  [
    "I used to ask colleagues rather than wait for IT. No need now, they're back to you within minutes.",
    "",
  ],
  ["A kind word would help. Instead we get warnings in red font.", "comm feel"],
  ["My team are pretty savvy, they report dodgy emails straight away.", ""],
  [
    "I'm the one who told the team it was fine to use the free transcription app. It wasn't.",
    "blame:self",
  ],
  ["IT's idea of customer service is worse than ours on a bad day.", "blame:sec"],
  ["The supervisors aren't trusted with basic admin tasks and they know it.", "power feel"],
  [
    "Agents get walked out if they breach data rules but IT left the same data on an open share for a year.",
    "blame:sec power",
  ],
  ["Security rang me personally to explain why they'd blocked a site. Didn't expect that.", ""],
  [
    "I feel stupid, I genuinely didn't know the customer database had an audit trail.",
    "feel blame:self",
  ],
  ["Nobody in IT ever says 'good job'. Only 'you've been flagged'.", "comm"],
  ["IT freeze all changes over the holiday peak now, which is exactly what we asked for.", ""],
  ["We have a shared channel with IT on Teams. Usually get an answer within the hour.", ""],
  ["ugh, don't get me started on IT", "feel"],
  ["My agents think the rules are for other departments.", "blame:emp distance"],
  [
    "Truthfully I'm half the reason my team's security scores are bad, I never make time to go through them.",
    "blame:self",
  ],
  [
    "I asked once why the system logs us out every 15 minutes. Got a paragraph about 'session hygiene'.",
    "comm",
  ],
  ["Can't complain. When the phones go, they're on it.", ""],
  [
    "The customer complaint was about a data mistake my team made. I took it personally. Still do.",
    "blame:emp feel",
  ],
  ["The security lead decides what tools we get based on a spreadsheet I've never seen.", "power"],
  [
    "My staff are frightened of the new monitoring software. I can't reassure them because nobody's explained it to me.",
    "feel comm",
  ],
  [
    "I told my team the slow logins weren't worth reporting. Turned out it was malware. Yeah. Me.",
    "blame:self",
  ],
  [
    "They were quick to tell me off about the shared mailbox but slow to give us individual ones.",
    "conflict blame:sec",
  ],
  ["We all went through the security training together, including IT. Properly a team thing.", ""],
  [
    "I'm constantly on edge waiting for the next 'urgent action required' email from IT.",
    "feel comm",
  ],
  [
    "It's my own doing, I never asked for training on the admin side so I muddle through.",
    "blame:self distance",
  ],
  ["Agents click 'remember password' on every shared terminal.", "blame:emp"],
  [
    "Security answer to the ops director and she makes sure they talk to us before anything changes.",
    "",
  ],
  ["I was surprised how approachable the new IT manager is.", ""],
  ["If I go over my quota on the shared drive, IT emails my director, not me.", "power comm"],
  [
    "IT put someone on call at weekends once we made the case. Haven't had a weekend outage go unanswered since.",
    "",
  ],
  ["Honestly I find the whole security thing overwhelming.", "feel"],
  [
    "I'm the one who didn't escalate the dodgy call in time. Could've been a lot worse.",
    "blame:self",
  ],
  ["Their knowledge base articles are actually really clear now.", ""],
  ["Sometimes I wonder if anyone in security has ever spoken to a customer.", "distance blame:sec"],
  ["They restrict everything and then wonder why people find ways round.", "conflict blame:sec"],
  [
    "I heard about the new policy from IT a week before the agents did, so I could prep them. Good.",
    "",
  ],
  ["Staff here honestly couldn't care less about security.", "blame:emp distance"],
  ["Good service. Not much else to say.", ""],
  [
    "The escalation path is: me, my manager, their manager, someone in IT who's on leave.",
    "conflict blame:sec",
  ],
  [
    "I was too scared to admit I'd lost the laptop so I waited two days. Stupid.",
    "blame:self feel",
  ],
];
