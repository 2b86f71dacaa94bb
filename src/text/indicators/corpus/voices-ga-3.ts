import type { RawExample } from "./types.js";

/** Part 3 of batch GA (see voices-ga.ts). */
export const VOICES_GA_3: readonly RawExample[] = [
  [
    "They never tell us anything unless it's broken. New starter? Found out when she rang for a password.",
    "comm",
  ],
  ["Users hear from us when they've failed a phishing test, and that's about it.", "comm"],
  [
    "The warehouse guys are friendly enough, but they only ring when a scanner's dead, so every call starts in a bad mood.",
    "comm",
  ],
  ["The only feedback we ever get is the one-star survey after a bad day.", "comm"],
  [
    "Team meeting notes: agreed we need to stop closing tickets with one-word replies, users read it as rude.",
    "comm",
  ],
  [
    "She asked me to explain ransomware and I gave her a lecture on encryption. Watched her eyes glaze over.",
    "comm",
  ],
  ["Honestly our end-of-month reports are unreadable, even to me.", "comm"],
  [
    "All our contact with them goes through the ticket portal. I've never met most of them.",
    "comm distance",
  ],
  [
    "We're remote-only for that client. Couldn't tell you what any of them look like.",
    "comm distance",
  ],
  [
    "No regular check-ins. We hear from them at renewal time and when the server falls over.",
    "comm distance",
  ],
  ["They fix stuff themselves and we only find out once it's properly broken.", "comm distance"],
  ["Relationship? What relationship. I close tickets for people I've never met.", "comm distance"],
  [
    "I'm not convinced they understand a word I say in the quarterly review. They nod, they sign, they leave.",
    "comm distance",
  ],
  ["Their boss speaks to us like we're the cleaners.", "comm power"],
  ["That law firm treats us like we're beneath them, and the juniors pick up on it.", "comm power"],
  [
    "We're invisible until something breaks, then suddenly we're the most important people in the building.",
    "comm power",
  ],
  [
    "Some of the older techs here talk to users like they're five. Makes me cringe.",
    "comm blame:sec",
  ],
  [
    "Whoever wrote our helpdesk scripts made us sound like robots, and users can tell.",
    "comm blame:sec",
  ],
  [
    "My manager won't let us spend time explaining anything, it's close the ticket and move on. No wonder they hate us.",
    "comm blame:sec",
  ],
  ["I dread the Monday morning calls from the estate agents.", "feel"],
  [
    "Genuinely worried one of their front desk staff is going to wire fifty grand to a scammer.",
    "feel",
  ],
  ["I get anxious every time the MD's name pops up on my phone.", "feel"],
  ["Honest answer: I don't think they like us much.", "feel"],
  [
    "Bit disheartening when you spend a week building training and three people turn up.",
    "feel distance",
  ],
  ["I'm scared to push the new policy because the client might just walk.", "feel power"],
  [
    "The client's staff are afraid to admit mistakes to us in case it gets back to the boss.",
    "feel power",
  ],
  ["I feel like a servant half the time. 'Can you just...' No, I can't just.", "feel power"],
  ["I do worry they're too reliant on us. If we went bust tomorrow they'd be stuck.", "feel power"],
  [
    "Honestly I think the owner is a bit afraid of us. Like we know things about his business he doesn't.",
    "feel power",
  ],
  [
    "The phishing sim results went to the MD with names attached. Didn't go down well with the staff, and I get why.",
    "feel power",
  ],
  [
    "Staff at the clinic are scared of getting in trouble, so they hide their mistakes and we find them weeks later.",
    "feel distance",
  ],
  ["To the partners we're the help. Fetch, fix, don't ask questions.", "power"],
  [
    "They can't do anything without us, not even add someone to a shared mailbox. That's not healthy.",
    "power",
  ],
  [
    "Users have to ask permission for everything, install a font, plug in a mouse. I'd hate working like that.",
    "power",
  ],
  [
    "Staff there think we watch everything they do. We don't, but we could, and they know it.",
    "power",
  ],
  [
    "We're on call for the owner's personal iPad too. You don't say no to the person signing the invoices.",
    "power",
  ],
  ["They treat the helpdesk like a vending machine. Ticket in, fix drops out.", "power"],
  [
    "We go through their mailboxes after an incident and I know it feels like being investigated.",
    "power",
  ],
  [
    "Nobody at the firm really knows what we do. We're just 'IT', some force in the background that makes the emails work.",
    "power",
  ],
  ["The owner treats my techs like his personal staff. Errands, basically.", "power"],
  [
    "We hold every admin password, they hold none. Deliberate, but it means they're totally dependent on us.",
    "power",
  ],
  ["Bottom of the food chain at this place. The partners don't even learn my name.", "power"],
  [
    "The users have no say in any of it. We decide, they comply. I'm not sure that's right.",
    "power",
  ],
  [
    "Forum question: anyone else's clients treat them as free tech support for their home printers as well?",
    "power",
  ],
  [
    "Staff there think we're spying on them, and the monitoring the client asked for is honestly over the top.",
    "power",
  ],
  [
    "The client holds the contract over our heads whenever we push back on anything.",
    "conflict power",
  ],
  ["We're the first people they shout at and the last people they thank.", "conflict power"],
  [
    "The owner only speaks to me through his PA. Years now, and never one direct conversation.",
    "power distance",
  ],
  ["Haven't set foot in their office since lockdown.", "distance"],
  [
    "Half the staff at the hotel ask the night porter instead of logging a ticket with us.",
    "distance",
  ],
  [
    "We don't really have a relationship with the users. We have one with the office manager and she passes things on.",
    "distance",
  ],
  [
    "The designers set up their own Dropbox without telling us. Shadow IT is alive and well.",
    "distance",
  ],
  ["The users at the branch office basically pretend we don't exist.", "distance"],
  ["I'd rather fix it after hours so I don't have to talk to anyone.", "distance"],
  [
    "We stopped doing on-site visits to save money and I think we lost something there.",
    "distance",
  ],
  ["Not one person from the client came to the security briefing. Not one.", "distance"],
  [
    "Our team keeps to itself. Back room with the servers, and that's how everyone seems to like it.",
    "distance",
  ],
  ["Not hostile exactly. They just don't want us there.", "distance"],
  [
    "I wouldn't call it conflict. But there's a wall, and nobody on either side climbs it.",
    "distance",
  ],
  ["Nobody at the agency reads our emails. Nobody.", "distance"],
];
