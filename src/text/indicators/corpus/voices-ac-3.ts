import type { RawExample } from "./types.js";

/** Batch AC, part 3: security and IT staff voices. Written fresh for Rapport (brief AC). */
export const VOICES_AC_3: readonly RawExample[] = [
  [
    "After the last reshuffle nobody told me who my line manager was for about four months.",
    "distance comm",
  ],
  ["The teachers avoid me in the corridor in case I ask about their passwords.", "distance"],
  ["I keep to myself, if I'm honest. Less contact means fewer complaints.", "distance"],
  ["The surgeons think cybersecurity is somebody else's problem, ideally mine.", "distance"],
  ["The partners have never once asked what I actually do all day.", "distance"],
  ["People would rather ring their nephew than log a ticket with me.", "distance"],
  [
    "The charity's volunteers don't know there's an IT person at all. They just assume it works by magic.",
    "distance",
  ],
  ["I barely speak to the finance side. We share a building and that's about it.", "distance"],
  [
    "Security isn't on anyone's radar here except mine. I'm a department of one in every sense.",
    "distance feel",
  ],
  [
    "I don't go to the Christmas do any more. I'm not really part of the team, just the support.",
    "distance feel",
  ],
  [
    "The accountants would rather struggle on with a broken laptop for a week than come and ask me.",
    "distance",
  ],
  ["I walk the floor every Tuesday and have a coffee with the packing team.", ""],
  ["I know everybody here by name, and they all know where to find me.", ""],
  [
    "I used to hide in the server room all day. These days I sit with the customer service team and it's far better.",
    "",
  ],
  ["The boss includes me in the Monday huddle like any other department head.", ""],
  [
    "Oh wonderful, another forty-page policy from head office that nobody here was asked about and nobody will read.",
    "comm power feel",
  ],
  [
    "The partners decided on a new practice system over dinner, and now I'm blamed because it doesn't talk to the old one.",
    "power blame:sec",
  ],
  [
    "I asked for help twice, heard nothing, and then got a curt email asking why the project was late.",
    "comm power",
  ],
  [
    "Our MD thinks the staff are idiots and that I'm overpaid. I'm not sure which of us he respects less.",
    "blame:emp blame:sec",
  ],
  [
    "The warehouse staff don't trust me since I took their shared login away, and honestly I can see why.",
    "feel conflict",
  ],
  [
    "I'm worn out from fighting the owner over money and then being told off when something breaks.",
    "feel power blame:sec",
  ],
  [
    "Nobody asks, nobody listens, and when it goes wrong, everybody knows exactly whose fault it is: mine.",
    "power blame:sec",
  ],
  [
    "People hide their mistakes from me because the last manager used to name and shame them at meetings.",
    "distance power",
  ],
  [
    "They act like I'm the police. Nobody wants to tell me anything in case they get written up.",
    "power distance",
  ],
  ["The staff are scared of me, I think. They go quiet when I walk in.", "power distance"],
  ["I don't want to be feared. I want people to come to me before they click, not after.", ""],
  [
    "Our line managers use the phishing test results to tell people off. I hate it, and it's killing reporting.",
    "power feel",
  ],
  [
    "I'm told security is 'everyone's responsibility' and in practice that means it's nobody's except mine.",
    "distance",
  ],
  [
    "The bakery manager insists on one password for every shop. When I object I'm 'overcomplicating things'.",
    "conflict power",
  ],
  [
    "The director blames the staff, the staff blame IT, and I just keep my head down.",
    "blame:emp blame:sec distance",
  ],
  [
    "When I raised the issue with old admin accounts, my boss rolled his eyes and said 'not this again'.",
    "comm power",
  ],
  [
    "I worry constantly that a customer's card details will leak through the old tills, and nobody above me seems bothered.",
    "feel distance",
  ],
  [
    "The receptionists think I'm out to catch them. I'm not, but I get why it feels that way.",
    "power",
  ],
  [
    "The owner's son 'helps out' with IT. He broke the email filters last week and I got the blame.",
    "blame:sec power",
  ],
  [
    "It's exhausting being both the expert nobody listens to and the scapegoat everyone points at.",
    "feel power blame:sec",
  ],
  ["I feel useless. I know what needs doing and I'm not allowed to do it.", "feel power"],
  [
    "Our staff mean well but they're careless with devices. I've given up lecturing them.",
    "blame:emp distance",
  ],
  [
    "I sent a plain-English guide to everyone, and the only response was a complaint that it was too long.",
    "comm feel",
  ],
  [
    "Our department used to be a joke, I'll admit. We've had to earn back people's trust one fix at a time.",
    "blame:sec",
  ],
  [
    "The boss shouts at me over a frozen screen and then ignores me when I explain why.",
    "comm power",
  ],
  [
    "The partners roll their eyes when I talk about risk. To them I'm just the worrier in the corner.",
    "power comm",
  ],
  [
    "I'm annoyed with myself more than anyone. I knew the supplier's account was dodgy and I let it slide.",
    "feel blame:self",
  ],
  ["The logistics lads call me 'the fun police'. They're joking, mostly.", "power"],
  [
    "I hate that staff feel they have to ask permission for every little thing. It's not what I wanted.",
    "power feel",
  ],
  [
    "Even after the incident, the directors only half listened. They wanted a quick fix, not a change.",
    "power",
  ],
  [
    "I keep raising the same three risks at every meeting and it's like talking to a wall.",
    "power comm",
  ],
  [
    "When I joined I was told the staff were 'a liability'. I found them quick to learn and keen to help.",
    "",
  ],
  [
    "Our MD once said users were the biggest risk. After a year of working with them, he doesn't say that any more.",
    "",
  ],
  [
    "I used to be terrified of getting it wrong in front of the partners. Now I just tell them what I know and don't know.",
    "",
  ],
  [
    "There's no blame culture here. When the server went down, the first question was how to help, not whose fault.",
    "",
  ],
  ["I was worried the board would shoot down the training budget. They doubled it.", ""],
  [
    "People say IT is always the problem. In this firm it honestly isn't, and the staff tell me so.",
    "",
  ],
  [
    "Jargon is a problem in IT generally, but our team works hard to avoid it and I think it shows.",
    "",
  ],
  ["I never feel talked down to by management. If anything they overestimate what I can do.", ""],
  [
    "The owner doesn't understand the technical side and doesn't pretend to. He just asks what I need.",
    "",
  ],
  ["We had a phishing scare last year. Nobody was scolded, we just learned from it together.", ""],
  ["I look after the network, the backups and the phones for a firm of about thirty people.", ""],
  ["Most of my week is account changes, laptop builds and checking the overnight backup logs.", ""],
  ["We moved the garage's booking and invoicing to a cloud system last spring.", ""],
  ["I report to the finance director, and we review the risk register every quarter.", ""],
  ["The practice has two sites, one server each, and a shared line to the lab.", ""],
  ["I started as a helpdesk technician and moved into security about four years ago.", ""],
  ["Our annual phishing exercise runs in March, followed by a short refresher for everyone.", ""],
  ["The accountancy uses a mix of desktops at the office and laptops for the partners.", ""],
  [
    "Password resets are done through a self-service portal now, which frees up a lot of my time.",
    "",
  ],
  ["I meet with the school's business manager once a term to go over spending and risks.", ""],
  ["The hotel has separate networks for guests, staff and the tills.", ""],
  [
    "We're an eight-person software house, so security is shared between me and the lead developer.",
    "",
  ],
  [
    "Our charity uses donated laptops, so a lot of my time goes into wiping and setting them up.",
    "",
  ],
  ["The co-op's weighbridge system runs on its own isolated machine.", ""],
  [
    "I check the firewall logs each morning and escalate anything unusual to our support provider.",
    "",
  ],
  ["We encrypt every laptop before it leaves the building, and staff sign for them.", ""],
  ["Each new starter gets half an hour with me on their first day to set up their accounts.", ""],
  ["The law office keeps paper files in a locked room and digital ones on a managed system.", ""],
  [
    "Our pharmacy assistants reuse the same password on every system because it's 'easier'. Every audit, same finding.",
    "blame:emp",
  ],
  [
    "You put a lock on it, and somebody in accounts will write the code on a post-it beside it.",
    "blame:emp",
  ],
  [
    "The real threat here is the staff's habit of saying yes to anyone who sounds official on the phone.",
    "blame:emp",
  ],
  [
    "Frankly the younger staff are the worst. They'll install any app that promises free stickers.",
    "blame:emp",
  ],
  [
    "The weakest link argument doesn't hold up here. Our people have stopped every scam that got past the filters.",
    "",
  ],
  [
    "I'm never lectured by the partners. They ask questions and leave the technical calls to me.",
    "",
  ],
  [
    "I was frustrated in my first year, no doubt. Since the new MD arrived, that's completely gone.",
    "",
  ],
  [
    "Nobody here is careless with data. They're just human, and the systems are forgiving enough.",
    "",
  ],
  ["The boss isn't a gatekeeper at all. If I make a case, he signs it off the same week.", ""],
  ["Nobody's ever made me feel stupid for asking a question here, from the owner down.", ""],
  ["It's not a battle with the workshop any more. They've come round to the new tablets.", ""],
  [
    "I don't see any conflict between security and getting the orders out. We've made them fit together.",
    "",
  ],
  ["The staff aren't the problem and never were. The old shared drive was.", ""],
  [
    "Our team meets with the branch managers once a month, and they raise issues before they become emergencies.",
    "",
  ],
  [
    "I wasn't blamed for the outage, and I didn't expect to be. The owner knows how these things go.",
    "",
  ],
  [
    "The dental nurses are sharper about fake emails than most of the IT people I've worked with.",
    "",
  ],
];
