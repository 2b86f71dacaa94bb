import { SECOND_READER_IT_2 } from "./second-reader-it-2.js";
import { SECOND_READER_IT_3 } from "./second-reader-it-3.js";
import { SECOND_READER_IT_4 } from "./second-reader-it-4.js";
import type { RawExample } from "./types.js";

/**
 * A second reader's labels for 400 statements by security and IT staff about the people they
 * serve (100 each from batches BR, BX, CC and CD, the voices the detector reads worst), given
 * only the label definitions and never the batch authors' labels. Not training data: see
 * second-reader.ts and agreement.ts.
 */
const FIRST_PART: readonly RawExample[] = [
  ["Nobody says good morning to me until their printer jams.", "comm distance"],
  ["Password resets Monday morning, every Monday. Fine, it's the job.", ""],
  ["i just fix it myself now, explaining takes longer than doing", "distance"],
  ["Managers seem to think security is a product you buy once.", "conflict blame:emp"],
  ["Most people are reasonable if you sit down with them for five minutes.", ""],
  ["The directors ask good questions about IT at the quarterly review.", ""],
  ["Got through the audit with no findings, and the staff genuinely helped.", ""],
  [
    "I should have trained people before turning on the new filter, that one's on me.",
    "blame:self",
  ],
  [
    "Not really any friction, people mostly leave us to get on with it and we leave them to theirs.",
    "distance",
  ],
  ["I stopped sending the monthly tips email, what's the point.", "distance feel"],
  ["Users are fine. It's the processes that are broken, and we're fixing them together.", ""],
  [
    "They hide their shadow IT from us because we said no once, three years ago.",
    "conflict distance",
  ],
  ["Most days the relationship is grand, to be honest.", ""],
  ["There's a real trust there now, they tell me when they've clicked something dodgy.", ""],
  ["I don't get involved with what the marketing lot install anymore.", "distance"],
  ["Honestly I avoid the design floor.", "distance"],
  ["Every phishing test I run, the same six people fail. Every single one.", "blame:emp feel"],
  ["It works. They ask, I fix, everybody goes home.", ""],
  [
    "We've got a Slack channel with staff that's actually fun, people post the weird emails they got.",
    "",
  ],
  [
    "They write their passwords on post-its under the keyboard. In this day and age.",
    "blame:emp feel",
  ],
  ["Tickets pile up and that's on me, I'm disorganised.", "blame:self"],
  ["They're convinced I read their emails, and honestly that hurts a bit.", "conflict feel"],
  ["Look, some people are just careless. Training doesn't fix careless.", "blame:emp"],
  [
    'Our alerts to staff say things like "anomalous auth event detected". No wonder they panic.',
    "comm feel blame:sec",
  ],
  ['they only email "URGENT!!!" with no context and expect me to read minds', "comm conflict"],
  [
    'Ninety percent of my calls start with "sorry to bother you". I wish they didn\'t feel they had to say that.',
    "power",
  ],
  ["A woman in payroll brought us cake after we recovered her files. Little things like that.", ""],
  ["Directors ring after five sometimes, it's usually fair enough.", ""],
  ["The chat widget works really well; people ask quick questions they'd never phone about.", ""],
  ["Our satisfaction scores are actually good, 4.6 out of 5.", ""],
  [
    "Some callers are terrified they've broken something and I try really hard to calm them down.",
    "feel",
  ],
  ['They call us "the IT people" like we\'re not in the same company.', "distance"],
  ["Our ticketing system sends auto-replies that read like a parking fine.", "comm blame:sec"],
  [
    "Users would rather ask the person next to them than us. Even when the person next to them is clueless.",
    "distance blame:emp",
  ],
  ["Shadowing the sales team for a day changed how I talk to them, for the better.", ""],
  ["Honestly some of these people couldn't find the on switch.", "blame:emp"],
  [
    "We've got three different ways to reach us and people pick the wrong one every time, probably because we never explained.",
    "comm blame:sec",
  ],
  ["i miss the days when the office was small and everyone just came over", "distance feel"],
  [
    "They expect us to know their system better than they do. We've never even been trained on it.",
    "conflict",
  ],
  [
    "They clicked the link, entered the password, then called to ask if it was a scam.",
    "blame:emp",
  ],
  ["Helpdesk got asked for its opinion in the tooling review, which was a nice surprise.", ""],
  [
    'Every time we close a ticket they reopen it with "still not working" and nothing else.',
    "comm conflict",
  ],
  ["We're never consulted, just told, and it's so deflating.", "power feel"],
  ["Honest answer? We're a bit of a black box to them and we like it that way.", "distance power"],
  ["Someone pointed out at the all-hands that we closed 3,000 tickets last year. Felt good.", ""],
  [
    "We had a proper sit-down with the call centre managers and sorted the access issues in an hour.",
    "",
  ],
  [
    "Honestly the users aren't the problem half the time, I am. I over-complicate everything.",
    "blame:self",
  ],
  ["Users are getting better, slowly. The click rate halved this year.", ""],
  [
    "Called back a user to check everything was fine and she was really touched. We should do it more.",
    "",
  ],
  ["We're the reason nothing gets done, according to the project managers.", "conflict blame:sec"],
  [
    "As the security officer I'm the one who says no, so I get left off the invite list.",
    "conflict distance",
  ],
  [
    "People use their personal Gmail for client files and think nobody notices.",
    "conflict blame:emp",
  ],
  ["They think encryption is why their laptop's slow. It isn't.", "conflict"],
  ["People roughly know what I do, and that's enough for me.", ""],
  [
    "I'm worried that one day I'll miss something and they'll all say \"where was security?\"",
    "feel",
  ],
  ["I get angry too fast in those meetings, I need to work on that.", "blame:self feel"],
  ["They see me as the compliance police.", "conflict"],
  ["When I ask for an hour of someone's time for a review, they give it without fuss.", ""],
  ['My emails about suspicious logins just get "ok thanks".', "comm distance"],
  ["Security gets a slot at every board meeting now, which I never expected.", ""],
  ["I'm pretty sure they think I'm paranoid.", "conflict"],
  ['It\'s always "IT broke it", never "I clicked yes on an update at 4:59".', "blame:emp conflict"],
  [
    'They asked for a file share. I gave them a file share. Now they want it "like Google".',
    "conflict",
  ],
  ["Once they realised I'm not there to catch them out, people relaxed a lot.", ""],
  [
    "People are genuinely embarrassed after failing a phishing test and we probably handle that badly.",
    "feel blame:sec",
  ],
  ["Most people are happy enough as long as the wifi works.", ""],
  ["People click through certificate warnings without a second thought.", "blame:emp"],
  ["If a manager wants something, it happens. If I want something, it's a business case.", "power"],
  ["I hate that my first instinct is to assume the worst of users.", "blame:self feel"],
  [
    "Our department sends out the most condescending training videos. I cringe watching them.",
    "comm feel blame:sec",
  ],
  ["We don't speak their language and we've never tried.", "comm blame:sec"],
  ["Regular one-to-ones with the office manager keep things grounded.", ""],
  [
    "honestly I'm scared of the CFO, he questions every line of the budget like I'm stealing",
    "feel power",
  ],
  ["I don't bother flagging minor stuff to management anymore.", "distance"],
  [
    "Security meetings get cancelled first whenever the diary's tight. Not surprised anymore, just disappointed.",
    "feel distance",
  ],
  ["Honest to god, it's a good place to do IT. People are nice.", ""],
  [
    "I'm outsourced, so I'm there Tuesdays. The rest of the week they're on their own and they resent it.",
    "distance feel",
  ],
  [
    "I wrote the incident report in full tech-speak and the board just stared at me.",
    "comm blame:self",
  ],
  ["The team is brilliant at reporting, genuinely, they're my early warning system.", ""],
  ["The managers don't want to hear about risk, they want to hear \"it's done\".", "conflict"],
  ["Went to the Christmas party and got dragged onto the dance floor by accounts. Good crowd.", ""],
  [
    "i kinda gave up being the friendly IT guy after the third time someone went over my head",
    "distance power feel",
  ],
  ["Users don't care about security until it's their own bank account.", "blame:emp"],
  ["The partners' attitude is \"just make it work\" and it's not that simple.", "conflict"],
  ["Management treats security incidents as my personal failure.", "blame:sec power"],
  ["I can be a bit of a gatekeeper, I'll admit it.", "blame:self"],
  ["I've got a free hand to run IT how I see fit, within budget.", ""],
  [
    'The operations manager forwards my emails to the owner with "is this necessary?"',
    "power conflict",
  ],
  ["No real complaints. Occasionally someone's grumpy before coffee, that's all.", ""],
  ["Most people don't know we exist until they can't log in.", "comm distance"],
  ["I think they find me intimidating and I don't know how to fix that.", "feel power"],
  ["People here really look out for each other, including looking out for dodgy emails.", ""],
  [
    "The MD walks past IT every day and has never once stopped to say hello. I've stopped expecting it, but it still stings.",
    "distance feel",
  ],
  ["Being the bad news bearer every time is wearing me down.", "feel comm"],
  [
    "We put too much on people, twelve rules and four tools, and then act shocked when they get it wrong.",
    "blame:sec",
  ],
  ["The staff are nicer to me than I probably deserve, I'm not great at replying.", "blame:self"],
  ['Whenever someone senior wants an exception, I\'m told to "find a way".', "power conflict"],
  ["The users are the firewall we can't patch.", "blame:emp"],
  [
    "The accounts manager and I had a row about the new approval process, but we're alright now.",
    "",
  ],
  [
    "We only ever show up with bad news; no wonder they wince when they see us.",
    "comm feel blame:sec",
  ],
];

export const SECOND_READER_IT: readonly RawExample[] = [
  ...FIRST_PART,
  ...SECOND_READER_IT_2,
  ...SECOND_READER_IT_3,
  ...SECOND_READER_IT_4,
];
