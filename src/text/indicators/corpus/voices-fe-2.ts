import type { RawExample } from "./types.js";

/** Part 2 of batch FE (see voices-fe.ts). */
export const VOICES_FE_2: readonly RawExample[] = [
  ["I stopped asking. I fix it myself or live with it.", "distance"],
  ["The audit log review felt less like a check and more like an interrogation.", "power"],
  ["Happy with them.", ""],
  [
    "A very polite man from security came to fit the new door-entry system at the health centre and explained exactly why we needed it.",
    "",
  ],
  ["I'm constantly worried I'll click the wrong thing and get the whole clinic shut down.", "feel"],
  [
    "Some staff have been here thirty years and simply refuse to learn. Security can't fix that.",
    "blame:emp",
  ],
  ["the security guy is nice! rly patient", ""],
  [
    "Their portal is English-only and half our care staff read Polish or Romanian first. It's been raised twice.",
    "comm",
  ],
  ["They do what they're asked, on time.", ""],
  [
    "They blocked video calls with families for two days because of a 'configuration review'. Nobody at the hospice knew until relatives started ringing.",
    "conflict power comm",
  ],
  ["Too busy to think about cybersecurity. My bad.", "blame:self"],
  ["Regular monthly visits, short and to the point.", ""],
  [
    "Ah yes, the team that warns us about phishing from an address that looks exactly like phishing.",
    "comm blame:sec",
  ],
  ["I wouldn't describe them as distant, no. They're in the staffroom most lunchtimes.", ""],
  [
    "My manager had to forward my access request three times before anyone picked it up.",
    "conflict",
  ],
  [
    "The pharmacy chain's security team haven't needed to visit our branch; they answer emails within the hour.",
    "",
  ],
  ["Felt properly told off after the USB incident. Like being back at school.", "feel comm"],
  [
    "I'm a school business manager. The security contractor reviews our backups and firewall once a term.",
    "",
  ],
  ["Never seen them. Not once.", "distance"],
  [
    "They're overworked, honestly; two of them for 180 of us across five sites. I feel for them.",
    "",
  ],
  [
    "The new policy says we can't use WhatsApp for shift swaps, and nobody's said what we're meant to use instead.",
    "conflict comm",
  ],
  ["When the library catalogue went down, their lead came in on a Sunday to help. Top bloke.", ""],
  ["total waste of money that dept", "blame:sec"],
  ["honestly quite scared of them", "feel"],
  [
    "Security's fine. It's the vendor's rollout of the new patient record system that's made us all miserable.",
    "",
  ],
  [
    "They approve everything. Every app, every extension, every shared drive. You ask, you wait, you hope.",
    "power conflict",
  ],
  ["Oh they're wonderful at sending reminders. Less wonderful at answering them.", "comm conflict"],
  ["I assumed they'd be stuffy, but they're not. Really down to earth.", ""],
  [
    "People who work in councils aren't careless, they're just never given the time to be careful.",
    "",
  ],
  ["The training was online and you had to click through it. No chance to ask questions.", "comm"],
  [
    "Our data protection lead and the security officer share an office and pop round the departments weekly.",
    "",
  ],
  ["A bit cold, if I'm honest. You don't get a hello in the corridor.", "distance"],
  [
    "If you forget your card at the clinic, you're stuck in reception until someone from IT vouches for you. Happens weekly.",
    "conflict",
  ],
  ["They explain things. That's rare.", ""],
  [
    "Security rang to say my account was being used from Lagos. It wasn't me, and they sorted it within the hour. Felt very looked after.",
    "",
  ],
  ["we r fine with them", ""],
  [
    "Last year's encryption rollout at the college was chaotic, but they apologised and the follow-up has been excellent.",
    "",
  ],
  ["I couldn't pick our security manager out of a line-up.", "distance"],
  [
    "Our health visitors mostly work from their cars. The security team gave us a one-page guide that fits in the glovebox.",
    "",
  ],
  ["The agency's data team has one person for security and she is very organised.", ""],
  ["Ask them something simple, get a paragraph about zero trust.", "comm"],
  ["It's probably my fault I don't know them. I never go to the briefings.", "blame:self distance"],
  [
    "A storm knocked the internet out at our rural surgery for a day. Not IT's fault, and they kept us updated.",
    "",
  ],
  [
    "the filter blocks half the history curriculum. 'second world war' is apparently dodgy",
    "conflict",
  ],
  ["They're fair. If you make a mistake they help you fix it rather than report you.", ""],
  [
    "They expect us to lock our screens every time we step away from a dispensing counter that's two feet wide.",
    "conflict",
  ],
  ["Thanks for asking. It's all fine from my end.", ""],
  [
    "I once asked a question in their Teams channel and was corrected on my terminology before anyone answered it.",
    "comm",
  ],
  ["I'm a librarian; I issue guest Wi-Fi codes and they rotate them each week.", ""],
  ["Good stuff. Fast.", ""],
  [
    "Our pharmacy staff ignore the warnings now. There have been so many false ones.",
    "distance blame:sec",
  ],
  [
    "They turned up to the primary school's INSET day and ran a game about spotting scams. Staff loved it.",
    "",
  ],
  [
    "I was told off for using my own phone for two-factor when they'd never given me a work one.",
    "comm conflict",
  ],
  ["Nothing negative to say.", ""],
  ["Couldn't tell you. Different department, different floor, different world.", "distance"],
  [
    "The system is slow and the printer jams, but the people in IT security are genuinely kind.",
    "",
  ],
  [
    "Felt like a criminal when they asked to see my browser history after a false alert.",
    "feel power",
  ],
  [
    "Our deputy head jokes they're the 'Department of No'. He's not really joking.",
    "blame:sec conflict",
  ],
  ["I only hear their names when someone's in trouble.", "comm"],
  ["Lovely with our older library volunteers.", ""],
  [
    "Care workers in our homes are shattered by the end of a twelve-hour shift, so it's hardly surprising the odd logout gets forgotten.",
    "",
  ],
  ["Please just tell us why. We'd follow the rules if we understood them.", "comm"],
  [
    "The team sends a calm, jargon-free note whenever there's a scam doing the rounds in the county.",
    "",
  ],
  ["lovely people, if you like waiting", "conflict"],
  [
    "After the breach our chief executive publicly thanked the two security staff in the newsletter.",
    "",
  ],
  ["I'm a bit wary of them, to be honest.", "feel"],
  ["Staff write passwords on the back of their badges. I've seen it on three wards.", "blame:emp"],
  [
    "It's a small college; the security role is shared with network admin, and Tom covers both really well.",
    "",
  ],
  [
    "We got an email saying 'remediation required' with a link. I thought it was a scam. It was them.",
    "comm",
  ],
  ["They've always been straight with us about what they log and why.", ""],
  ["Nobody on the council's housing team has ever met them in person.", "distance"],
  [
    "The new sign-in at the dispensary adds about two minutes to every prescription. On a busy Monday that's an hour.",
    "conflict",
  ],
  ["I'm not sure 'relationship' is the word. We have their number.", "distance"],
  [
    "The security officer in our trust is really good at saying 'I don't know, let me find out'.",
    "",
  ],
  [
    "They used to be terrible. Now there's a named contact for every school in the trust and it works.",
    "",
  ],
  [
    "Our teaching assistants aren't allowed on the school laptops at all, so they do their planning on their own phones.",
    "conflict",
  ],
  [
    "They log absolutely everything, which I suppose is their job, but it does make you watch what you type.",
    "power",
  ],
  ["The only face-to-face we've had was when they came to take a laptop away.", "comm power"],
  ["id give them 10/10", ""],
  [
    "My own fault entirely. I shared my screen with the wrong tab open during a parents' call.",
    "blame:self",
  ],
  ["We don't interact much, but then we don't need to. Everything just works.", ""],
  ["ask a question, get sent a link to a policy", "comm"],
  [
    "The pharmacist who runs our branch is great at passing on what the security team say in plain words.",
    "",
  ],
  [
    "It annoys me that my access to patient notes gets switched off every time I change wards.",
    "feel conflict",
  ],
];
