import type { RawExample } from "./types.js";
import { VOICES_GG_2 } from "./voices-gg-2.js";
import { VOICES_GG_3 } from "./voices-gg-3.js";
import { VOICES_GG_4 } from "./voices-gg-4.js";

/** Both sides on how things changed over time: problems fixed, still there or worse, new rules and tools, champions and drop-in sessions (round 30). Written fresh for Rapport (brief GG). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Since we started the Tuesday drop-in, people just wander over with their laptops and ask. It's been great.",
    "",
  ],
  [
    "Two years ago nobody knew who IT security even was. Now Priya's the face of it and everyone knows her.",
    "",
  ],
  [
    "The password manager rollout was painful for a fortnight and then nobody wanted to go back.",
    "",
  ],
  [
    "We used to get the monthly policy PDF. Now it's a five-minute chat at the team meeting, much better.",
    "",
  ],
  [
    "Our security champion in accounts has made a real difference, people ask her before they click.",
    "",
  ],
  ["They explain things in plain English now, which they definitely didn't when I started.", ""],
  ["honestly the drop in sessions are the best thing they've done", ""],
  [
    "Third year running the phishing sim. Click rate went from 30% to 6%, and staff now report the fakes within minutes.",
    "",
  ],
  [
    "When the VPN broke last month they rang me back within ten minutes and stayed on till it worked.",
    "",
  ],
  [
    "We're a twelve-person firm, security is one contractor who comes in Thursdays. Works fine for us.",
    "",
  ],
  [
    "I wouldn't say the relationship is bad, it's just different since the new manager, more relaxed.",
    "",
  ],
  ["They never talk down to us, not then, not now.", ""],
  [
    "At first I thought the champion thing was box-ticking, but Tom actually knows his stuff and he's patient.",
    "",
  ],
  ["Nothing much changed, they patch the machines overnight and that's about it.", ""],
  [
    "Security side: I stopped writing 'user error' in incident reports about a year ago. It changed how people talk to us.",
    "",
  ],
  [
    "They've started sending a short newsletter with real examples from our own inboxes, it's quite readable.",
    "",
  ],
  ["I think they like us more now that we report things instead of hiding them.", ""],
  ["Our IT guy retired and the new one is just as approachable, if not more.", ""],
  [
    "I used to dread asking because I thought they'd think I was stupid. Turns out they were just glad I asked.",
    "",
  ],
  [
    "I reported a dodgy invoice email and got a thank-you note from the head of security. Small thing, but it stuck with me.",
    "",
  ],
  [
    "They ask us what gets in the way before they bring in new rules, that's new and it's welcome.",
    "",
  ],
  [
    "Security lead here: the drop-in started as an experiment with three people turning up. Some weeks now it's standing room only.",
    "",
  ],
  ["The USB ban annoyed people for a month, now no one mentions it.", ""],
  ["I think they'd describe us as partners now. Five years ago maybe not.", ""],
  [
    "Getting locked out used to take a day to fix, now the self-service reset takes two minutes.",
    "",
  ],
  ["Not a problem at all. They're friendly and they're around.", ""],
  [
    "Our firm is tiny, the owner does the security stuff himself and he's good about explaining it.",
    "",
  ],
  [
    "Since the champion scheme started, the same three questions have stopped coming in to the helpdesk.",
    "",
  ],
  [
    "When I sent a file to the wrong client by mistake they helped me sort it out. No drama, no lecture.",
    "",
  ],
  ["It's gone from 'them' to 'us', honestly.", ""],
  ["Our CISO stands by the coffee machine on Friday mornings. Sounds silly, works.", ""],
  ["I'd say they respect us. They ask before they touch my machine.", ""],
  ["Phishing training is short and relevant now, with examples from our own sector.", ""],
  [
    "Vendor at a conference: 'stop calling people the weakest link, they're your best sensor network.' Couldn't agree more.",
    "",
  ],
  ["I was sceptical of the monthly lunch-and-learn but I've gone to every one this year.", ""],
  ["Security isn't the department of no any more, at least not for my team.", ""],
  [
    "We hired a part-time security person last year. Before that it was whoever knew most about computers.",
    "",
  ],
  ["They fixed the scan-to-email problem that was holding everyone up, and quickly too.", ""],
  ["Good: quick, kind, clear. Bad: nothing I can think of.", ""],
  ["Practitioner view: we measure reports now, not clicks. Reporting has tripled.", ""],
  ["My first year here they felt remote. Now they sit two desks away from me.", ""],
  [
    "The champion in our office is a receptionist, not techie at all, and that's exactly why people talk to her.",
    "",
  ],
  [
    "Got asked for feedback on the new VPN client before it went live, first time that's ever happened.",
    "",
  ],
  ["They still send the odd alert but it's short and tells you what to do.", ""],
  ["No negative experiences with them that I can remember.", ""],
  ["They handle access requests, laptop setup, and look into anything that seems off.", ""],
  ["I think they feel fine about us, they joke around with everyone at the Christmas do.", ""],
  [
    "Used to get told off for writing passwords down. Now we've got a manager for them and nobody needs to.",
    "",
  ],
  [
    "The no-self-install rule slowed me down at first, but requests come back same day, so no complaints.",
    "",
  ],
  ["With 8 of us in one room you just ask across the desk.", ""],
  ["They swapped the forty-page policy for a one-page checklist. I actually read it.", ""],
  [
    "Nobody gets named and shamed after the phishing tests any more, and people are much more willing to own up.",
    "",
  ],
  [
    "Security manager: after the merger we lost a lot of goodwill, but the champions won most of it back within a year.",
    "",
  ],
  ["They're helpful because they actually listen now, and they didn't always.", ""],
  ["cant think of anything bad, they sorted my phone in 5 mins", ""],
  ["They dropped the change-your-password-every-30-days rule and everyone was relieved.", ""],
  [
    "Security manager at a 40-person firm: people used to hide their mistakes from me. Now they ring me first. Took three years.",
    "",
  ],
  ["We've stopped saying 'no' and started saying 'here's how'. Fewer arguments all round.", ""],
  [
    "Pen tester: nine times out of ten I get in through a person, not a system. That doesn't make them stupid, it means the process is bad.",
    "",
  ],
  [
    "Security team lead: the champion programme cut our tickets by a third and I finally know people in finance by name.",
    "",
  ],
];

export const VOICES_GG: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GG_2,
  ...VOICES_GG_3,
  ...VOICES_GG_4,
];
