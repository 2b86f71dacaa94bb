import type { RawExample } from "./types.js";

/** Part 3 of batch FE (see voices-fe.ts). */
export const VOICES_FE_3: readonly RawExample[] = [
  ["Approachable, and never make you feel silly.", ""],
  ["The agency's security team is a black box. Decisions come out, nothing goes in.", "power comm"],
  [
    "Mostly good, though I wish they'd stop writing 'obviously' in their emails. It isn't obvious to me.",
    "comm",
  ],
  ["They set up the new nursery iPads in a morning and labelled each one by room.", ""],
  ["I think most of us don't really know what they do all day.", "distance"],
  [
    "The consultants called our staff 'the biggest risk surface' in the whole council. In a room full of staff.",
    "blame:emp comm",
  ],
  ["Very supportive during my first week at the clinic.", ""],
  ["Security feels like something that's done to us, not with us.", "power"],
  ["I always feel like I'm wasting their time.", "feel"],
  [
    "Phones ringing, patients waiting, and the card reader drops out. Not the security team, the bank's terminal.",
    "",
  ],
  ["They seem to think we're out to get round everything.", "power"],
  ["good. quick. nice", ""],
  [
    "The monthly phishing report lists everyone who clicked. By name. To the whole directorate.",
    "power",
  ],
  [
    "The team were honest with us after the outage and explained what went wrong without pointing fingers.",
    "",
  ],
  [
    "Mildly irritating that the school login times out every ten minutes in the middle of a lesson.",
    "feel conflict",
  ],
  [
    "I'm the practice manager; I escalate anything odd to the security contractor and they phone back within the day.",
    "",
  ],
  [
    "To be fair, library staff don't always lock the staff PC. We're all guilty of it.",
    "blame:self",
  ],
  ["Security's bark is worse than its bite. Nice people once you meet them.", ""],
  ["They write like lawyers.", "comm"],
  ["Have asked four times for the exam software to be allowed. Four.", "conflict"],
  ["I suppose they're around somewhere.", "distance"],
  ["They were quick to apologise when a patch knocked out the blood test printer.", ""],
  [
    "We're a nursery of twelve staff and our IT security is an outside firm who visit twice a year. That suits us.",
    "",
  ],
  [
    "I hate ringing them. You always get someone who makes you repeat your staff number three times and then sighs.",
    "feel comm",
  ],
  [
    "Our security lead has a ten-minute slot in the weekly clinic huddle. Short, useful, no jargon.",
    "",
  ],
  ["They never tell us when something's changed. You just find a new button one morning.", "comm"],
  [
    "IT security at the council is a joke. Took them a month to act on a phishing campaign we'd reported on day one.",
    "blame:sec",
  ],
  ["It's alright, they're alright.", ""],
  [
    "The care home owners told the security firm our staff can't be trusted with email, so now we don't get email.",
    "blame:emp power",
  ],
  ["I'm embarrassed to say I don't know what half the alerts mean.", "feel comm"],
  [
    "A woman from security sat with me for an hour and rebuilt my laptop profile, explaining every step.",
    "",
  ],
  ["Security? Oh, they only exist when the auditors are in.", "distance"],
  ["The college's IT security team run a stall at the staff wellbeing fair every June.", ""],
  ["I feel watched. Not in a protective way.", "power feel"],
  ["Good people with too much to do. Responses are slow but you can see why.", ""],
  ["Even the head has no admin rights on her laptop.", "power"],
  [
    "We had a fake supplier invoice last month, and it was my colleague who caught it, thanks to their training.",
    "",
  ],
  [
    "I've given up reporting suspicious emails. Nobody ever says thanks or even confirms they got it.",
    "distance comm",
  ],
  ["Lovely team. Honestly.", ""],
  [
    "The security team came to our library's coding club and helped the kids make strong passwords.",
    "",
  ],
  ["i dont get their emails at all", "comm"],
  ["Our clinic manager worries more about them than about hackers.", "feel"],
  [
    "It's been a brutal winter with flu and half the staff off sick. IT has been one of the few things not going wrong.",
    "",
  ],
  ["They asked our opinion before changing the prescribing login. First time anyone has.", ""],
  [
    "It's like dealing with a vending machine. You put a ticket in and hope something comes out.",
    "distance",
  ],
  [
    "To be fair, most of the problems are caused by us clicking things without thinking.",
    "blame:self",
  ],
  ["We see the security officer at every staff briefing and she always stays for questions.", ""],
  ["Patronising. Every single training module.", "comm"],
  ["responsive and know their stuff", ""],
  [
    "I've been 'reminded' about the clear desk policy four times this term, each time by an unsigned email.",
    "comm",
  ],
  ["It's a shame we only meet them at induction. After that you're on your own.", "distance"],
  [
    "When I got scammed on my personal account, they helped me even though it wasn't a work thing.",
    "",
  ],
  ["I think users just need to take responsibility. Security can only do so much.", "blame:emp"],
  ["They set rules for the clinic without ever having seen a clinic.", "power conflict"],
  ["Whenever something breaks, they say it's our fault before they've even looked.", "blame:emp"],
  ["Not bad at all. A bit formal, but that's the council for you.", ""],
  [
    "The vendor of our dispensing robot is impossible to reach; the security team actually chased them for us.",
    "",
  ],
  [
    "Their password rules are so strict that staff keep getting locked out during ward rounds.",
    "conflict",
  ],
  [
    "Honestly dreading the annual audit. They go through everything and you never know what they'll pick on.",
    "feel power",
  ],
  ["Security gave us a laminated card with who to call. Still on my fridge at home.", ""],
  [
    "I'm a supply teacher at four different schools. I have no idea who handles security in any of them.",
    "distance",
  ],
  ["It's very much them and us.", "distance"],
  [
    "Their newsletter is actually funny. Last month's was about a fake parcel scam and had a cartoon.",
    "",
  ],
  [
    "I asked for help with a suspicious text and they didn't reply until it had already cost me 200 pounds in gift cards.",
    "conflict blame:sec",
  ],
  ["They were very clear with us when they moved the pharmacy onto the new network.", ""],
  ["nah theyre ok", ""],
  [
    "I was told my 'behaviour had triggered an alert' and that was the end of the explanation.",
    "comm power",
  ],
  ["We're lucky. Our security guy was a nurse before, so he actually gets it.", ""],
  ["The school's security provider sends termly reports to governors, and they're readable.", ""],
  [
    "They installed monitoring software on the care home tablets without telling staff. We found out from a resident's daughter.",
    "power comm",
  ],
  ["Rain flooded the basement server room at the library, and they had us back up by lunch.", ""],
  ["I've never had a problem with them. Quite the opposite.", ""],
  ["ugh. another 'mandatory' module", "feel"],
  [
    "Staff get phishing tests that look exactly like real NHS emails and then get marked down for clicking. It feels like a trap.",
    "power",
  ],
  [
    "Our security lead at the agency publishes a short 'why we did this' note for each new rule.",
    "",
  ],
  [
    "They're lovely, truly. But I've had a ticket open since the summer about our shared mailbox and no one will own it.",
    "conflict",
  ],
  ["A bit distant, maybe. I couldn't name one of them.", "distance"],
  [
    "The physio clinic only has eight staff, so security is done by the owner's brother. He's good.",
    "",
  ],
  [
    "We set up our own shared drive for rotas because asking IT for a folder takes weeks.",
    "distance conflict",
  ],
  [
    "Security told the whole staff room we were 'the reason the school got hacked'.",
    "blame:emp comm",
  ],
  ["i just do what they say, no point arguing", "power"],
  [
    "The training this year was delivered by a real person and had time for questions. Much better.",
    "",
  ],
  ["No problems. Good lot.", ""],
  [
    "They act like the clinic exists to serve their policy rather than the other way round.",
    "power blame:sec",
  ],
];
