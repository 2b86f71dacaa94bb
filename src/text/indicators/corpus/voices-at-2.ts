import type { RawExample } from "./types.js";

/** Bus and taxi dispatchers, office and site cleaners, security guards on "whoever does the computers". Written fresh for Rapport (brief AT, part 2). */
export const VOICES_AT_2: readonly RawExample[] = [
  [
    "Dispatch screens freeze on a Friday night and the out-of-hours number goes straight to voicemail. Makes my blood boil.",
    "conflict feel",
  ],
  [
    "Fridays I'm running forty cabs off one screen. If it locks me out I'm properly panicking.",
    "feel conflict",
  ],
  [
    "IT guy here is Paul. Paul knows his stuff. Paul never answers his phone after six.",
    "conflict",
  ],
  [
    "We share one login on the dispatch desk because that's how it was set up. Nobody's said otherwise.",
    "",
  ],
  ["Got told off for sharing the desk login. They set it up that way!", "conflict power"],
  ["I couldn't pick them out of a line-up.", "distance"],
  [
    "Someone from IT sat with us for a whole shift to see how dispatch works. First time ever. Really appreciated it.",
    "",
  ],
  [
    "They don't understand nights. Everything gets done 9 to 5 and we're left with whatever breaks at 2am.",
    "conflict distance",
  ],
  [
    "The drivers' phones need a PIN, the app needs a PIN, the card machine needs a PIN. I've got more PINs than teeth.",
    "conflict",
  ],
  ["Honestly IT are fine, it's the drivers that keep losing the phones.", "blame:emp"],
  [
    "Drivers leave the card machines on the seat with the engine running. IT can't fix stupid.",
    "blame:emp",
  ],
  [
    "Every update they push, the map goes weird for a week. Then they blame the drivers.",
    "blame:sec conflict",
  ],
  ["Who even are they? We get emails from 'ServiceDesk' and that's it.", "distance comm"],
  ["Been here eleven years. Never met one of them face to face.", "distance"],
  [
    "The email said 'credential rotation'. I had to ask my teenager what that meant. Felt about ninety.",
    "comm feel",
  ],
  ["I'm not techy at all so I'm always a bit scared to touch the settings.", "feel blame:self"],
  [
    "When the booking system went down they stayed on the phone with us the whole time. Couldn't fault them.",
    "",
  ],
  [
    "They only ring when they've found something we did. Never just to ask how it's going.",
    "comm power",
  ],
  ["I'd like a say in when they do the updates, that's all.", "power"],
  ["nobody asks the dispatchers anything. we just get told", "power comm"],
  ["Polite enough. Take their time, mind.", ""],
  [
    "I avoid ringing them, you end up on the phone an hour answering their questions.",
    "distance conflict",
  ],
  ["It's a bus depot. We've one computer in the canteen and it's older than me.", ""],
  [
    "Ticket machines update overnight and half the time the drivers can't log in at 5am. Nobody in IT is up at 5am.",
    "conflict",
  ],
  ["IT treat us like we're the help. Which is funny, because they're the help desk.", "power"],
  [
    "Had a chat with the new IT lass at the Christmas do. Lovely. First I knew we even had one.",
    "distance",
  ],
  ["The screens have a fingerprint login now. Works great, apart from when it's cold.", ""],
  [
    "When the system's down the drivers shout at us, we shout at IT, IT don't answer. Circle of life.",
    "conflict feel",
  ],
  ["Had to reset my password with twelve calls waiting. Why now?!", "conflict feel"],
  ["They sent us a poster about tailgating. We're a taxi office. It's one door.", "comm"],
  ["'IT department' is a generous name for one man and a broken printer.", "blame:sec"],
  [
    "I clean the offices at night. The IT man leaves a note on his desk saying DO NOT TOUCH. So I don't.",
    "",
  ],
  ["They told the cleaners not to unplug anything. We never did, but fine.", ""],
  [
    "Got accused of unplugging a server. I plugged the hoover into the only free socket. How was I to know?",
    "power feel",
  ],
  ["We sign in on a tablet at the front desk. Takes two seconds. No problem.", ""],
  ["Cleaning company, no computers. We've a group chat on our phones and that's it.", ""],
  [
    "The clock-in app needs an email address. Half the team don't have one. IT said 'make one'. Okay then.",
    "conflict comm",
  ],
  ["I am not good with the phone app, my daughter set it up for me.", "blame:self"],
  [
    "Nobody explains anything. You get a new password on a bit of paper and that's your lot.",
    "comm",
  ],
  ["They never say good morning. Walk straight past you. Makes you feel small.", "distance feel"],
  ["The IT men are very kind to me, they always say thank you when I do the bins.", ""],
  ["I don't speak English so well and the messages from IT are very hard for me.", "comm"],
  ["They think the cleaners will steal data. We steal biscuits, sometimes.", "power"],
  [
    "I was scared when the alarm screen showed an error, I thought I broke it. Nobody came to tell me it wasn't me.",
    "feel distance",
  ],
  [
    "They changed the door codes and forgot the cleaners. Stood outside an hour at five in the morning.",
    "comm conflict",
  ],
  [
    "Cleaning staff share the one phone to log the rooms. Someone always takes it home.",
    "blame:emp",
  ],
  ["IT? Is that the man with the ponytail? He's nice.", ""],
  ["Don't know them. Don't need them.", "distance"],
  ["The girl from IT showed me how to use the card on the door, she was very patient with me.", ""],
  ["Please make the writing bigger on the tablet. That's my whole answer.", ""],
  [
    "Found a funny USB stick under a desk and handed it in. They said thank you and gave me a chocolate.",
    "",
  ],
  [
    "Found a USB stick in the car park, gave it to reception. Never heard a word about it after.",
    "comm",
  ],
  ["They look at us like we're furniture.", "power"],
  ["It's not my job to think about computers, I'm glad somebody else does.", ""],
  ["always feel like im in trouble when the IT man speaks to me", "feel power"],
  [
    "Told them the tablet wasn't working and they asked 'did you charge it'. Yes. I'm not stupid.",
    "comm feel",
  ],
  [
    "I'm probably breaking some rule right now without knowing it, which worries me. Nobody's ever told us the rules.",
    "comm feel",
  ],
  [
    "We watch the cameras all night. The camera login hasn't changed in three years. Not my problem.",
    "distance",
  ],
  ["I'm security, and even I don't know who the IT security people are. Bit ironic.", "distance"],
  [
    "The CCTV software logs out every fifteen minutes. On a night shift. While I'm meant to be watching it.",
    "conflict",
  ],
  [
    "Asked IT to lengthen the timeout on the cameras. 'Policy.' That's all I got back.",
    "comm conflict",
  ],
  ["Honestly IT and us get on well, we share a kettle.", ""],
  ["The IT lot think guards are thick. We're not. Some of us have degrees.", "power feel"],
  [
    "They put the visitor sign-in on a tablet and didn't train us. Visitors had to show me how it worked. Embarrassing.",
    "comm feel",
  ],
  [
    "Our firm does the guarding, the client's IT do the systems. We're stuck in the middle and nobody talks to us.",
    "distance comm",
  ],
  [
    "If the barrier fails at 3am I'm on my own. There's a number but nobody answers.",
    "conflict distance",
  ],
  ["I fix most things myself with a paperclip and a reboot. Saves the phone call.", "distance"],
  ["Them upstairs don't know we exist until a door won't open.", "distance comm"],
  ["Good lads. Come down for a chat on nights sometimes, bring doughnuts.", ""],
  [
    "They lecture us on tailgating then hold the door for each other every morning.",
    "comm blame:sec",
  ],
  ["It's not that they're bad, it's that they're never there.", "distance"],
  ["I report everything. Every odd email, every USB stick. They seem to like that.", ""],
  ["Stopped reporting the odd emails, never got a reply anyway.", "distance comm"],
  ["I'm 62, I do my best with the tablet, it doesn't come natural to me.", "blame:self"],
  [
    "They monitor everything we type in the incident log. I've nothing to hide, but it's a bit much.",
    "power",
  ],
  [
    "Feel watched. Cameras on us, software on the laptop, even the radios get logged.",
    "power feel",
  ],
  ["It's a security company, of course the IT rules are strict. Makes sense to me.", ""],
  ["The rules make sense. The way they're explained doesn't.", "comm"],
  ["Sent a question to the helpdesk in March. It's October.", "conflict"],
  ["They fixed the camera login remotely in ten minutes while I was on the phone. Impressive.", ""],
  [
    "Bit of an us-and-them thing. They're upstairs in the warm, we're on the gate.",
    "distance power",
  ],
  [
    "I'm probably why they made us all do the phishing course. Clicked on a fake parcel email. Twice. Mortified.",
    "blame:self feel",
  ],
  [
    "IT manager came to the night shift last month and actually listened. Things changed after. Credit to him.",
    "",
  ],
  [
    "The keypad code is the year the building opened. Whoever chose that wants their head looking at.",
    "blame:sec",
  ],
  ["No issues to report.", ""],
  [
    "Supervisor says IT can see everything we do on the tablets, so I don't do anything on them.",
    "power distance",
  ],
  ["Half the guards couldn't tell you their own login. Me included.", "blame:emp blame:self"],
  ["They're fine. Wouldn't know them if they sat next to me on the bus.", "distance"],
  [
    "Nobody tells us anything until it's gone wrong, then it's 'why didn't you report it'.",
    "comm power",
  ],
  ["We radio the drivers, drivers radio us, IT doesn't come into it much.", ""],
  [
    "Had a password with a £ sign in it and the keypad didn't have a £ key. Took three days to sort.",
    "conflict",
  ],
  ["IT sent round a form about 'data classification'. We sweep buses.", "comm"],
  ["Why do I need a password to see the shift rota? Who's stealing the rota?", "conflict"],
  ["Don't get me started on the IT lot.", "feel"],
  ["They're very professional. A bit cold maybe, but they get it done.", ""],
  ["Cold and a bit superior, like we're bothering them just by existing.", "power feel"],
  [
    "When I started nobody showed me the tablet. I learnt by pressing buttons till something happened.",
    "distance comm",
  ],
  [
    "The taxi app support is a chatbot. I typed 'help' and it sent me a link about cookies.",
    "comm distance",
  ],
  [
    "I'm hopeless. Rang IT because the screen was blank. The screen was switched off.",
    "blame:self",
  ],
  [
    "I like that they check the drivers' phones. Stops them filling them with rubbish.",
    "blame:emp",
  ],
  [
    "They wiped my work phone without telling me. Lost all my contacts. Not even a text.",
    "comm power",
  ],
  ["Alright people. Bit quiet.", ""],
  ["we work nights they work days so basically we're two different companies", "distance"],
  [
    "Their answer to everything is 'have you logged a ticket'. I've logged eleven.",
    "comm conflict",
  ],
  [
    "Cleaners can't change our own building app password. Ask the supervisor, who asks IT, who ask who knows.",
    "power conflict",
  ],
  ["Our IT is okay. Could be better on nights. Could be worse.", ""],
  [
    "It's embarrassing, I had to ask a passenger how to restart the card reader because nobody ever trained us on it.",
    "feel comm",
  ],
  ["Never trained on any of it. Just told 'you'll pick it up'.", "comm"],
  ["I honestly thought the IT people were the ones who fix the lifts.", "distance"],
  ["Whoever does the computers, thank you, the new clock-in is loads easier.", ""],
  [
    "Someone keeps leaving the dispatch screen unlocked. It's not me. It's definitely Trev.",
    "blame:emp",
  ],
  [
    "The IT lads here are decent, but the rules come from a head office abroad and nobody here can change them.",
    "power",
  ],
  [
    "If I need something I ask Sandra on reception and she sorts it. Never dealt with IT.",
    "distance",
  ],
  [
    "Waiting forty minutes for a callback while the gate's stuck open is not security, is it.",
    "conflict",
  ],
  ["They're wonderful, actually. Came in on a Sunday when the cameras went down.", ""],
  [
    "The new dispatch screens are a big improvement, whoever picked them knew what they were doing.",
    "",
  ],
  ["No complaints about IT. Nights or days, someone picks up.", ""],
  [
    "They gave the cleaners our own logins last year, with a little card showing how. Very good.",
    "",
  ],
  ["The IT manager knows all of us by name, even the cleaners.", ""],
  ["They asked the guards what we wanted on the new camera screens before they bought them.", ""],
  ["Password changes are a pain but I understand why they do it.", ""],
  [
    "Used to be a nightmare getting a reset on nights, now there's an out-of-hours line that actually works.",
    "",
  ],
  ["Honestly? Most helpful people in the building.", ""],
  ["It's a shared tablet, we all use the same PIN, that's just how it's set up.", ""],
  ["When the radio system crashed they came in at 3am. No moaning, just fixed it.", ""],
  [
    "Bit scared of the helpdesk. Last time they had me read out every setting and then said I'd done it wrong.",
    "feel power",
  ],
];
