import type { RawExample } from "./types.js";
import { VOICES_FO_2 } from "./voices-fo-2.js";
import { VOICES_FO_3 } from "./voices-fo-3.js";

/** Interview notes and quotes from staff of factories, building sites, depots, drivers and field engineers, first person and in the interviewer's third person (round 26). Written fresh for Rapport (brief FO). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The tablet logs me out every ten mins and I'm stood on a scaffold with gloves on. Who thought that was a good idea",
    "conflict feel",
  ],
  [
    "We just write the terminal password on a bit of tape on the side of the screen, otherwise the night shift cant get in",
    "conflict",
  ],
  [
    "P3 says the USB ban stopped him loading the CNC programs and the line lost half a shift waiting on IT.",
    "conflict",
  ],
  [
    "Rang the helpdesk at 6am from site, nobody picks up till half eight. By then the crew's been stood round for two hours.",
    "conflict",
  ],
  [
    "They want two factor on the phone but half the lads don't get signal out on the motorway job.",
    "conflict",
  ],
  [
    "Respondent describes a row with the security officer over the forklift scanners being locked down.",
    "conflict",
  ],
  ["honestly the security stuff just slows the whole depot down", "conflict"],
  [
    "Drivers share one login for the handhelds because getting individual accounts set up took months.",
    "conflict",
  ],
  [
    "IT think we sit at desks all day. We don't. Half there rules make no sense on a building site.",
    "conflict",
  ],
  [
    "P7 admits the team sends drawings over personal WhatsApp because the approved app won't open big files.",
    "conflict",
  ],
  [
    "When the scanner packed in I couldn't get anyone from IT for three days, so we went back to paper.",
    "conflict",
  ],
  [
    "There was a proper shouting match in the canteen between our foreman and the IT guy about the camera policy",
    "conflict",
  ],
  [
    "The policy says one thing and the site manager says another, and we're stuck in the middle of it.",
    "conflict",
  ],
  [
    "a bit of a clash sometimes, they want everything locked and we need the trucks out the gate",
    "conflict",
  ],
  [
    "Field engineer says the encryption update bricked his laptop halfway through commissioning a chiller at a hospital. He rang support, waited forty minutes on hold, and the only answer he got was to drive it back to base so they could look at it. Base is 200 miles away. He finished it on paper.",
    "conflict",
  ],
  ["Only time we hear from IT is when somebody's clicked something they shouldnt have.", "comm"],
  [
    "The emails they send are full of stuff like 'endpoint remediation'. I just delete them.",
    "comm",
  ],
  [
    "P2 says the security team have never once come out to the plant, it's all done by email.",
    "comm distance",
  ],
  [
    "They talk to you like you're five. 'Do you know what a password is?' Yes mate, I do.",
    "comm power",
  ],
  [
    "Got a message saying my 'device is non-compliant'. No idea what that means or what I'm meant to do.",
    "comm",
  ],
  [
    "Respondent notes the security briefings are someone reading slides at them for an hour.",
    "comm",
  ],
  [
    "Nobody told us they were changing the login on the gate terminals, we turned up monday and couldn't clock in",
    "comm conflict",
  ],
  ["they send the phishing test results round like a telling off from the headmaster", "comm"],
  ["Its always a ticket number back, never an actual person", "comm distance"],
  [
    "I'd like someone to just explain it in normal words. Sometimes it's a bit technical for us lot.",
    "comm",
  ],
  ["The cyber posters in the break room, nobody on the line understands a word of them.", "comm"],
  [
    "Im honestly scared to open attachments now in case I'm the one who gets the whole plant shut down",
    "feel",
  ],
  ["It does my head in, the amount of times I have to reset this password", "feel"],
  ["P6 feels watched since the tracking software went on the vans.", "feel power"],
  ["Makes you feel thick when you ring them and they sigh down the phone at you.", "feel comm"],
  [
    "Bit annoying if I'm honest, the tablets lock every time you put them down to lift something",
    "feel conflict",
  ],
  ["Respondent says she worries she'll get in trouble if she reports a lost phone.", "feel"],
  ["Frustrating. I just want to do the job and the system won't let me.", "feel conflict"],
  [
    "Disappointed really. We asked for proper training on the new kit and got sent a link to a video.",
    "feel comm",
  ],
  ["Nervous every time a pop up comes on the terminal, you never know if its real", "feel"],
  ["The whole cameras and logging thing gives me the creeps a bit.", "feel"],
  ["We have to ask permission to install a calculator app. A calculator!", "power"],
  [
    "P9 says IT decide what the depot gets without asking anyone who actually works there.",
    "power",
  ],
  ["they treat us like kids who cant be trusted with a USB stick", "power"],
  [
    "Everything I do on the tablet gets reviewed by someone in head office I've never met.",
    "power distance",
  ],
  ["It's their way or nothing really, we just wait for them.", "power"],
  [
    "Respondent describes the security team as 'the people upstairs' who make rules and then disappear.",
    "power distance",
  ],
  ["If the IT bloke says no then it's no, doesn't matter if the pour is delayed", "power conflict"],
  ["Feels like we work for the system rather than it working for us.", "power"],
  [
    "We cant even change the screen brightness on the shared terminals without an admin login.",
    "power",
  ],
  ["Wouldn't know who to call in IT if I needed to. Never met any of them.", "distance"],
  ["I just sort it myself now, quicker than waiting.", "distance"],
  ["P11 stopped forwarding the dodgy emails, says nothing ever happens when he does.", "distance"],
  ["Don't really bother with IT anymore, the lads show each other.", "distance"],
  ["Interviewer notes the site team could not name anyone in the security function.", "distance"],
  ["I keep my head down, dont want them looking at my stuff", "distance feel"],
  [
    "We're a long way from head office and I suppose it shows, we kind of do our own thing out here.",
    "distance",
  ],
  ["Haven't spoken to anyone from IT face to face in about two years.", "distance"],
  ["To be fair some of the lads will click on anything that says free", "blame:emp"],
  [
    "P1, a site supervisor, thinks the drivers are the weak spot - they leave the handhelds in unlocked cabs.",
    "blame:emp",
  ],
  ["The IT manager said users are the biggest risk and always will be.", "blame:emp"],
  [
    "Half the people here write their PIN on the back of their badge, what do you expect",
    "blame:emp",
  ],
  ["Security lead says the shop floor staff just don't care about passwords.", "blame:emp"],
  [
    "Honestly people are careless, we had someone leave the site laptop on the roof of a van and drive off.",
    "blame:emp",
  ],
  [
    "Respondent (IT support) says engineers ignore every warning and then ring up when it's broke.",
    "blame:emp",
  ],
];

export const VOICES_FO: readonly RawExample[] = [...FIRST_PART, ...VOICES_FO_2, ...VOICES_FO_3];
