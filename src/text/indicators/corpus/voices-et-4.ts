import type { RawExample } from "./types.js";

/** Technicians of outsourced IT providers on their clients' staff and owners (round 21). Written fresh for Rapport (brief ET). */
export const VOICES_ET_4: readonly RawExample[] = [
  ["We used to blame users for every incident; now we look at our setup first.", ""],
  [
    "The owner of the catering business wants to see every email I send to his staff. Every one.",
    "power",
  ],
  ["Outside of incidents, I'd say we talk to most clients maybe twice a year.", "distance comm"],
  ["Our clients in retail mostly run on tablets, so updates are managed centrally.", ""],
  [
    "Please understand we're not trying to make life hard, we just can't let the clinic store patient files on USB sticks.",
    "conflict",
  ],
  [
    "Tired of being the scapegoat for a network the owner refused to pay for.",
    "feel blame:emp power",
  ],
  ["A shared inbox for security questions has worked well at the accountancy.", ""],
  [
    "They think security is a product we install once. It isn't, and we haven't explained that well.",
    "conflict blame:self",
  ],
  ["Staff at the primary school are more careful than teachers think they are.", ""],
  ["ugh the partners want 'zero friction' and 'zero risk' in the same sentence", "conflict feel"],
  ["We're recruiting a second engineer for the rural clients so response times improve.", ""],
  [
    "Nobody in the office knows what we actually do all month, and honestly that's partly on us.",
    "distance blame:self",
  ],
  ["Phishing tests at the logistics firm: 9% clicked in January, 3% in June.", ""],
  ["the shop owner calls me 'the computer boy' in front of his staff. I'm 41.", "power comm"],
  ["Our team now explains each change in a two-line Teams message before we make it.", ""],
  [
    "Honestly the relationship with the clinic is good, better than with some of my own colleagues.",
    "",
  ],
  [
    "Whatever the problem, for them it's IT's fault. The printer, the weather, whatever.",
    "blame:sec feel",
  ],
  ["We track which clients haven't logged a ticket in 90 days and ring them for a check-in.", ""],
  [
    "The clinic staff is very kind but they share the passwords like sharing a sandwich.",
    "conflict blame:emp",
  ],
  ["Our contract with the school renews each August after a review meeting.", ""],
  [
    "I think we are for them like the electricity, nobody think about it until it stop.",
    "comm distance",
  ],
  [
    "Maybe the problem is us, we never ask the users what they need before we change things.",
    "blame:self",
  ],
  [
    "At the brewery we installed a small label printer so staff can print their own Wi-Fi guest codes.",
    "",
  ],
  [
    "Owner of restaurant want that I fix his home printer also, for free, every week.",
    "power conflict",
  ],
  ["Workshop staff report suspicious emails by forwarding them to one address, and it works.", ""],
  [
    "Every incident report we write goes to the owner and disappears. No reply, nothing.",
    "distance comm",
  ],
  [
    "In my country we say the customer is king, here the customer is king and also the IT manager.",
    "power conflict",
  ],
  ["Renata keeps our client handover notes so tidy that anyone can pick up a ticket.", ""],
  ["You can't patch stupid, as my old boss used to say. I don't say it anymore.", ""],
  ["The farm's manager texts me pictures of error screens, which is actually really helpful.", ""],
  [
    "We are doing everything, they are doing nothing, and still they complain.",
    "conflict feel blame:emp",
  ],
  [
    "Took me two years to realise the hotel staff were scared to call us because we used to be so short with them.",
    "blame:self feel power",
  ],
  ["The accountancy uses a password manager now across all 14 staff.", ""],
  ["is it really so hard to lock your screen when you go for lunch??", "blame:emp feel"],
  ["We present the annual security review in person, with printouts, no slides.", ""],
  [
    "They keep the admin password in a drawer 'in case you're unreachable'. Fair, we were unreachable once.",
    "conflict blame:self",
  ],
  [
    "The director of the council service is polite but it's clear he sees us as a line in the budget, not a partner.",
    "power",
  ],
  ["After the ransomware scare, the charity asked for monthly check-ins and we agreed.", ""],
  [
    "Users at this law firm are honestly fine; the partners bypass everything.",
    "conflict blame:emp",
  ],
  ["We keep every client's network diagram in one place so any engineer can help.", ""],
  ["Always the same: no call for months, then panic call at 7 in the morning", "comm distance"],
  ["The staff is good, the owner is good, only the computers are old. Simple problem.", ""],
  [
    "Sometimes I just fix things quietly without telling the client, it's less hassle than explaining.",
    "distance power",
  ],
  [
    "They have no idea how many attacks we block each week, and we've never really shown them.",
    "distance blame:self",
  ],
  ["Our quarterly newsletter includes one real scam example from a client, anonymised.", ""],
  [
    "My manager at the MSP keeps promising clients a 'fully secure' setup. That's not a thing.",
    "blame:sec",
  ],
  ["Why would the staff care about security when their boss clearly doesn't?", "blame:emp"],
  ["The care home's night staff get a printed one-page guide near each terminal.", ""],
  [
    "Pressure from the owner to skip the backup test so the shop could open on time. We skipped it.",
    "power conflict",
  ],
  ["The software firm's CTO reviews our changes before we push them, which is fair.", ""],
  ["Honest answer? Some clients I've never spoken to, just their invoices.", "distance"],
  ["Our helpdesk takes calls in English and Polish, which helps two of the warehouse clients.", ""],
  [
    "the worst is when they say 'you are the expert, you decide' and then complain about what I decide",
    "conflict power",
  ],
  [
    "A receptionist at the dental surgery caught a fake invoice and we bought the whole team cake.",
    "",
  ],
  ["Look, people are always going to be the weakest link, that's just security 101.", "blame:emp"],
  ["We rewrote the acceptable use policy for the school in under two pages.", ""],
  ["I am worried the clinic nurses think I judge them when I check their devices.", "feel power"],
  [
    "The owners pick the cheapest option, then act surprised when the cheapest option breaks.",
    "blame:emp feel",
  ],
  [
    "Since we started sitting in on the weekly team huddle at the factory, tickets are clearer.",
    "",
  ],
  [
    "I guess they see us as the people who took away their admin rights, and that's accurate.",
    "conflict power",
  ],
  [
    "No, I don't blame the warehouse team for the breach. The scanner vendor left a default password in.",
    "",
  ],
  ["It's always my fault when the owner forgets his own password. Always.", "feel blame:sec"],
  ["We have a shared calendar with each client showing planned maintenance.", ""],
  [
    "Office manager at the solicitors only talk to us by email, never phone, never meeting.",
    "comm distance",
  ],
  ["Half our alerts at the logistics site turn out to be staff working late, which is fine.", ""],
  [
    "Honestly? We overcomplicate things. The clients just want the email to work and the data to be safe.",
    "blame:self",
  ],
  ["Clients don't see us like part of their team, for them we are 'the outsourced'.", "distance"],
  [
    "The trustees at the charity ask sensible questions about risk, better than many corporate boards.",
    "",
  ],
  [
    "It annoys me when the staff call our policies 'IT's rules', as if we made them up for fun.",
    "feel conflict",
  ],
  ["We publish our response times on the client portal so nobody has to guess.", ""],
  ["In practice the office manager decides who gets access, we just click the buttons.", "power"],
  ["Feels like we only get invited to meetings when there's bad news to deliver.", "comm feel"],
  ["Most of the shop staff are students on short contracts, so we keep everything simple.", ""],
  ["Yes the users make mistakes, but so do we, and ours are bigger.", "blame:self"],
  ["Our handover at the end of each contract includes all passwords, docs and a walkthrough.", ""],
  [
    "Every month, the same manager asks the same question in a different angry tone.",
    "feel conflict",
  ],
  [
    "The clinic owner doesn't trust the cloud, doesn't trust us, barely trusts her own staff.",
    "conflict",
  ],
  [
    "we put a QR code on every desk at the school that opens a ticket form, uptake has been good",
    "",
  ],
  [
    "Too much power sits with us honestly. If we vanished tomorrow the client couldn't get into anything.",
    "power",
  ],
  [
    "The volunteers at the food bank learned MFA faster than the staff at some of our law firms.",
    "",
  ],
  [
    "I get the feeling the owner checks up on us by asking his nephew to look at our work.",
    "power",
  ],
  [
    "Between us engineers we laugh about the clients sometimes, it's not nice, I know.",
    "blame:self power",
  ],
  [
    "They are nice people, really, but they treat the antivirus warning like a weather forecast.",
    "blame:emp",
  ],
  [
    "A manufacturing client asked us to run an open day to meet staff, which we're doing in May.",
    "",
  ],
];
