import type { RawExample } from "./types.js";
import { VOICES_CC_2 } from "./voices-cc-2.js";
import { VOICES_CC_3 } from "./voices-cc-3.js";
import { VOICES_CC_4 } from "./voices-cc-4.js";

/** IT helpdesk staff, sysadmins and one-person IT departments in small firms, on staff, managers and the job. Written fresh for Rapport (brief CC). */
const FIRST_PART: readonly RawExample[] = [
  ["Most people here are decent about reporting stuff, they just email me or walk over.", ""],
  ["users will click literally anything that says invoice", "blame:emp"],
  ["I only ever hear from anyone when the printer's dead or the wifi drops.", "comm distance"],
  [
    "The MD pushed back on MFA at first, but once I showed him what happened to a firm down the road he made it mandatory for everyone.",
    "",
  ],
  ["Honestly I dread Monday mornings, the queue is a wall of angry tickets.", "feel"],
  ["Half the office hides problems from me until it's too late to fix them properly.", "distance"],
  [
    "I probably come across as grumpy. That's on me, I'm stretched thin and it shows.",
    "blame:self feel",
  ],
  ["We have a ten-minute chat with each new starter about passwords and phishing, works well.", ""],
  [
    "Finance keep forwarding files to their personal gmail to work at home and then act shocked when I say no",
    "conflict blame:emp",
  ],
  [
    "The outsourced SOC sends alerts in pure gibberish and I have to translate it for the boss.",
    "comm blame:sec",
  ],
  [
    "I'm the only IT person, but we've got an MSP on standby for when I'm off, so it's not all on me.",
    "",
  ],
  ["Most people say please and thank you. Low bar maybe, but it's met.", ""],
  [
    "Managers back me up when I need to enforce something. Rare in this line of work, I know I'm lucky.",
    "",
  ],
  ["nobody reads the security emails. i can see the open rates. its like 8%", "distance"],
  [
    "I'll admit my emails are too technical, I forget not everyone knows what a VPN is.",
    "comm blame:self",
  ],
  ["Sales team think security is just me being difficult on purpose.", "conflict"],
  [
    "Previous IT guy left everything with admin rights and no docs, and people still compare me to him because he 'never said no'.",
    "blame:sec conflict",
  ],
  ["It's fine. People are friendly, they bring me cake when I fix things.", ""],
  [
    "When they screw up they don't tell me, they ask a colleague to 'have a go' first and then I get the mess.",
    "distance blame:emp",
  ],
  ["New software requests come to me with a short form, I check it, we decide together.", ""],
  ["I feel like a nag. Every conversation I have with staff is me telling them off.", "comm feel"],
  ["Clean handovers, clear tickets, polite people. Can't complain.", ""],
  ["Ticket says 'doesnt work'. That's it. That's the whole ticket.", "comm"],
  [
    "I've stopped chasing people to do updates, if they want to get hacked that's their problem",
    "distance blame:emp",
  ],
  [
    "Our security policy was written by head office lawyers and honestly nobody including me understands it.",
    "blame:sec comm",
  ],
  [
    "I sit in a room at the back by the server cupboard, most staff have never seen me.",
    "distance",
  ],
  ["We do a monthly coffee drop-in where anyone can ask anything. Usually five or six come.", ""],
  ["My boss asks what I need and then actually finds the money. Can't ask for more than that.", ""],
  [
    "Embarrassing, but I got phished last year myself. Hard to preach after that.",
    "blame:self feel",
  ],
  [
    "The warehouse lads share one login for everything and laugh when I bring it up.",
    "blame:emp conflict",
  ],
  ["I used to get shouted at weekly. Since we changed the onboarding it's been calm for ages.", ""],
  ["Honestly some days I just want to unplug everything and walk out.", "feel"],
  ["Directors follow the same rules as everyone else here, which makes my job much easier.", ""],
  [
    "Staff don't report suspicious emails, they just delete them. So I never know what's hitting us.",
    "distance",
  ],
  [
    "I send a quarterly update on what's changed and why. People actually reply with questions, which is nice.",
    "",
  ],
  ["The helpdesk script makes us sound like robots. I hate reading it out.", "comm blame:sec"],
  [
    "we're seen as the department of no, and to be fair we say no a lot without explaining",
    "conflict comm blame:sec",
  ],
  ["People are scared of me. I think I've been too harsh in the past.", "power blame:self"],
  [
    "They only come to me as a last resort, after googling and breaking it further.",
    "distance blame:emp",
  ],
  [
    "A manager once asked me to read his team's emails. I explained why I couldn't and he took it well.",
    "",
  ],
  ["We get a fixed IT budget each April and I decide how it's spent.", ""],
  ["Good relationship with most. The odd grumble about password expiry, nothing serious.", ""],
  [
    "I avoid the sales floor, every time I walk through someone grabs me for a five-minute job that takes an hour.",
    "distance conflict",
  ],
  ["My fault really, I rolled out the new VPN on a Friday with no warning.", "blame:self"],
  [
    "The security vendor's dashboard flags everything red and the boss panics and rings me at home.",
    "blame:sec feel",
  ],
  ["people lie about what they clicked. every time.", "blame:emp"],
  [
    "I'm treated like the office handyman. Change a lightbulb, fix the coffee machine, reset the firewall.",
    "power",
  ],
  [
    "The CEO did the phishing training himself and talked about it at the all-hands. Massive help.",
    "",
  ],
  ["I get thanked maybe once a year. mostly it's silence until something breaks.", "comm feel"],
  ["Decisions on IT spending get made within a week, usually in a five-minute chat.", ""],
  ["i worry constantly that we'll get ransomware and it'll be on me", "feel"],
  ["Our MSP takes four days to answer and staff think that's me being lazy.", "blame:sec conflict"],
  [
    "No one tells me when people leave. I found an ex-employee's account still active eight months later.",
    "distance comm",
  ],
  [
    "Marketing installs whatever browser plugins they like and gets annoyed when I remove them.",
    "conflict blame:emp",
  ],
  [
    "I try to explain without jargon, draw diagrams on the whiteboard. Most people seem to get it.",
    "",
  ],
  ["Honestly I could be better at following up. Tickets sit with me too long.", "blame:self"],
  ["Finance used to see security as a cost, now the finance director is my biggest supporter.", ""],
  ["I don't bother going to staff meetings anymore, nobody asks IT anything.", "distance"],
  [
    "There's a sort of us-and-them thing. They see me as the enforcer and keep well clear.",
    "conflict distance",
  ],
  [
    "Our password rules are ridiculous, 16 chars changed monthly, no wonder they write them on post-its. head office insists.",
    "blame:sec power",
  ],
  ["Nice crowd. They report stuff quickly and the boss listens when I flag risks.", ""],
  [
    "they think i can see everything they do on their screens. i can't, but it makes them weird around me",
    "power distance",
  ],
  ["The board asks about IT once a year, when the insurance form comes in.", "distance"],
  [
    "I feel guilty saying no to people, so I end up making exceptions I shouldn't.",
    "blame:self feel",
  ],
  ["Ops manager sends me tickets in all caps. Every one.", "comm"],
  ["The new laptop rollout went smoothly, people were patient.", ""],
  [
    "We lock things down so hard that people can't do their jobs. Then they find workarounds. Then we lock those down.",
    "conflict blame:sec",
  ],
  ["Admin passwords live in a vault and two of us have access, so nothing depends on just me.", ""],
  [
    "When someone reports a phish I reply within minutes and say thanks. Reporting has gone up a lot.",
    "",
  ],
  ["Reception put the wifi password on a sign in the window. lovely.", "blame:emp"],
  ["I'm kept out of every meeting where they decide on new systems.", "power distance"],
  [
    "Explaining MFA to the partners was like talking to a wall. They nodded and then ignored it.",
    "comm power",
  ],
  [
    "Staff come to me with problems pretty early now. Took a couple of years to build that trust.",
    "",
  ],
  [
    "If I'm honest I hide behind the ticket system so I don't have to talk to people.",
    "distance blame:self",
  ],
  ["HR loop me in on leavers the same day. Works like clockwork.", ""],
  ["I know they moan about me at lunch. I've heard it.", "feel"],
  [
    "Security alerts from the cloud provider are written for a 500-person team. We are one person. Me.",
    "comm blame:sec",
  ],
  [
    "Field engineers never connect to the VPN because it's slow, and yes it's slow because nobody will pay for a better one.",
    "conflict power",
  ],
  ["They mostly ignore me till something's on fire", "distance"],
  ["i'm not great with people tbh. fixing things is easier than talking", "blame:self distance"],
  [
    "Frankly the security awareness course we bought is patronising rubbish. No wonder people hate it.",
    "blame:sec",
  ],
  ["Boss trusts my judgement and signs off what I ask for. Pretty rare I gather.", ""],
  [
    "It's exhausting being polite to people who've just ignored the exact thing you warned them about.",
    "feel blame:emp",
  ],
  ["Nobody's ever once asked how I'm doing.", "distance feel"],
  [
    "Users reuse the same password everywhere and then act like IT let them down when their account gets taken.",
    "blame:emp conflict",
  ],
  [
    "Our helpdesk closes tickets before the user confirms it's fixed. I'd be annoyed too.",
    "blame:sec",
  ],
  [
    "When I push updates I just schedule them overnight and don't tell anyone. Easier than arguing.",
    "power comm",
  ],
  ["Security is seen as my hobby rather than the company's problem.", "distance"],
  ["They're a good bunch. Occasional eye-rolls at the lock-screen rule but they do it.", ""],
  [
    "Partners can be demanding but they're fair, and they've never had a go at me in front of clients.",
    "",
  ],
  [
    "my manager forwards me complaints about me without any context, just 'please fix'",
    "comm power",
  ],
  ["I over-explain. I can see people's eyes glaze over. Need to work on that.", "comm blame:self"],
  ["The younger staff ask before installing things, which I really appreciate.", ""],
  [
    "Two people in accounts got the same fake CEO email and neither mentioned it to me. I found it in the logs.",
    "distance",
  ],
  ["Some days I feel invisible, other days I'm the villain.", "feel"],
  ["Policy and practice line up pretty well here, management walk the talk.", ""],
  [
    "The ticket portal is clunky, our fault, we picked it. People just ring my mobile instead.",
    "blame:sec conflict",
  ],
  ["I meet each department head once a month for half an hour. Keeps things smooth.", ""],
  ["dont get me started on the directors and their personal devices", "feel"],
  [
    "I'd rather fix it myself quietly than have another conversation about why the rule exists.",
    "distance",
  ],
  [
    "There was a lot of tension after we locked down USB drives, but we talked it through and it's fine now.",
    "",
  ],
  ["Every time there's an incident, the first question is who in IT messed up.", "conflict feel"],
  ["i have a say in the budget now which is new and honestly great", ""],
  ["I write the phishing test reports in plain language now, and managers actually read them.", ""],
  ["staff treat MFA prompts like spam, just approve whatever pops up", "blame:emp"],
  [
    "I wish I'd pushed harder for a second IT hire. I let the boss talk me out of it.",
    "blame:self power",
  ],
  ["I don't think anyone thinks I'm snooping. I explained early on what I can and can't see.", ""],
  [
    "Hybrid working killed it. I haven't seen half the staff in person for a year, it's all Teams pings.",
    "distance comm",
  ],
  ["Admin rights requests go through me and the boss hasn't once overridden me.", ""],
  [
    "The managed security people change firewall rules without telling me and then I get the angry calls.",
    "blame:sec comm conflict",
  ],
  ["When I explain the why, people mostly go along with it.", ""],
  ["I lose my temper sometimes on the phone. Not proud of it.", "blame:self feel"],
  [
    "People wait until they're desperate to log a ticket because they 'didn't want to bother me'.",
    "distance",
  ],
  ["We do ten minutes of security at every monthly staff meeting, the owner insisted on it.", ""],
  ["honestly it's a good place to work, the IT side is respected", ""],
  ["The partners think cybersecurity is something you buy once and forget about.", "distance"],
  ["I got a 'well done' email from the MD after the audit. Made my week.", ""],
  ["not a traffic warden situation at all, people actually thank me for the reminders", ""],
  [
    "When I ask people to lock their screens they act like I'm accusing them of something.",
    "conflict",
  ],
  [
    "Our old security team was a bunch of cowboys, and the reputation stuck to me.",
    "blame:sec feel",
  ],
  [
    "Emails from me got ignored, so now I just walk round and tell people face to face. Works much better.",
    "",
  ],
  ["i have no idea if anyone actually reads the acceptable use policy. i doubt it", "distance"],
  [
    "Reset the passwords for shared accounts, told nobody, got twenty angry calls. Lesson learned, my bad.",
    "blame:self comm conflict",
  ],
  ["I'm respected, mostly. The odd person treats me like a vending machine.", ""],
];

export const VOICES_CC: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CC_2,
  ...VOICES_CC_3,
  ...VOICES_CC_4,
];
