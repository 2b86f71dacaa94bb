import type { RawExample } from "./types.js";
import { VOICES_CJ_2 } from "./voices-cj-2.js";
import { VOICES_CJ_3 } from "./voices-cj-3.js";
import { VOICES_CJ_4 } from "./voices-cj-4.js";

/** Office and operations staff at logistics, wholesale and manufacturing firms answering open survey questions. Written fresh for Rapport (brief CJ). */
const FIRST_PART: readonly RawExample[] = [
  // Q: "How would you describe your contact with the IT / security people?"
  ["Honestly? I only hear from them when the system has flagged something on my PC.", "comm"],
  [
    "Fine. Dave from IT pops into the transport office most Tuesdays and asks if anything's playing up.",
    "",
  ],
  ["what contact. i've worked in dispatch 4 years and never met any of them", "distance"],
  ["They talk to us like we're children who can't be trusted with a mouse.", "comm power"],
  ["Pretty good, they answer the ticket same day usually.", ""],
  [
    "It's all tickets. You log it, it disappears into a black hole, and three weeks later it's closed as 'resolved' without anyone speaking to me.",
    "comm distance blame:sec",
  ],
  [
    "Friendly enough but they're based at head office, so we just muddle on by ourselves at the depot.",
    "distance",
  ],
  ["I dread ringing them. The last guy sighed at me the whole call.", "feel power"],
  [
    "Used to be a nightmare with the old outsourced lot, the new in-house team are really approachable.",
    "",
  ],
  ["Mostly emails with subject lines in capitals telling us what we've done wrong.", "comm"],
  [
    "They're always stopping us doing our jobs - blocked USB, blocked the label printer driver, blocked the carrier portal.",
    "conflict blame:sec",
  ],
  ["Limited, which suits me. I don't bother them and they don't bother me.", "distance"],
  ["Polite, professional, a bit formal maybe but nothing to complain about.", ""],
  ["Every time I speak to them I come away feeling thick.", "feel power"],
  [
    "They're never rude, I'll give them that, just impossible to get hold of after 4pm when the night shift starts.",
    "conflict",
  ],
  [
    "We have a good laugh with them actually. Sam sorted my Outlook while telling me about his allotment.",
    "",
  ],
  ["Non-existent unless I've messed up, which to be fair I do quite a lot.", "comm blame:self"],
  ["One-way. They send out a newsletter nobody reads and that's about it.", "comm distance"],
  [
    "A bit us-and-them. Office on the mezzanine, warehouse on the floor, IT somewhere in the cloud.",
    "distance",
  ],
  [
    "They know their stuff and explain it without the jargon, which I appreciate as I'm not techy.",
    "",
  ],
  ["Its ok i guess", ""],
  [
    "They decide what we can install and we just have to live with it, nobody asks the planners what we actually need.",
    "power conflict",
  ],
  [
    "Honestly they're the reason our picking lists printed late all last week, so not great.",
    "blame:sec",
  ],
  ["We've got a WhatsApp group with the IT guy, it works well, he answers even on Saturdays.", ""],
  [
    "Strained. Since the phishing test thing people in accounts don't really trust them.",
    "conflict feel",
  ],
  ["I'm probably their worst customer, I forget my password every Monday.", "blame:self"],
  ["They act like the network belongs to them and we're just borrowing it.", "power"],
  [
    "Contact is through the service desk abroad, they read from a script and half the time don't understand what a consignment note is.",
    "comm conflict",
  ],
  ["Rarely see them, but when we do it's pleasant.", ""],
  [
    "I wouldn't say there's a relationship. They're an invisible department that changes things overnight.",
    "power distance",
  ],
  ["Good. Can't fault them.", ""],
  [
    "Half the drivers have never even heard of the IT team, they just ask me in the office.",
    "distance",
  ],
  [
    "They get annoyed when you can't describe the problem in their language, but how would I know what a DNS is.",
    "comm feel",
  ],
  [
    "Honestly the problem is us, people in sales click on everything and then moan when IT locks things down.",
    "blame:emp",
  ],
  ["Reasonable. Response could be quicker on the shop floor terminals but they're stretched.", ""],
  ["Frosty.", "conflict"],
  ["They're nice people but they speak a different language to us, acronyms everywhere.", "comm"],
  [
    "I go to Marek in the end office instead, he's not IT but he knows computers and doesn't make a big thing of it.",
    "distance",
  ],
  ["Much better since they started doing the walk-round on Thursdays.", ""],
  ["They treat us like suspects. Every download gets questioned.", "power"],
  ["Feels like I'm always asking for permission to do my own job.", "power conflict"],
  [
    "Only ever via the ticket system, never a face, never a name, just 'Service Desk'.",
    "comm distance",
  ],
  ["Couldn't tell you who they are to be honest, not really my area.", "distance"],
  ["Mostly positive, the lad who did our scanner rollout was brilliant and patient.", ""],
  [
    "Frustrating. You explain the forklift terminals need to stay logged in all shift and they just repeat the policy at you.",
    "feel conflict comm",
  ],
  ["They're useless. Took them nine days to reset a password.", "blame:sec"],
  ["I've never had a bad experience.", ""],
  [
    "I feel a bit stupid around them, it's my own fault for not keeping up with tech.",
    "feel blame:self",
  ],
  ["ok when it's Priya, awful when it's anyone else", "conflict"],
  [
    "They'll fix things when you ask, but they never explain what they did, so next time you're stuck again.",
    "comm",
  ],
  ["Genuinely helpful. They even came in on a bank holiday when the WMS went down.", ""],
  ["Weekly stand-up with them now, about 10 minutes, covers anything that's come up.", ""],
  ["Nobody from security has ever set foot in the goods-in office.", "distance"],
  [
    "Contact is basically them telling my manager about me rather than talking to me.",
    "comm power",
  ],
  [
    "Depends on mood. Some days you get a sarcastic reply to a perfectly normal question.",
    "comm feel",
  ],
  ["They're the department of no.", "conflict blame:sec"],
  ["Warm enough, I know them by name and they know me.", ""],
  [
    "Being honest, the warehouse staff are the weak point, they share logins on the handhelds all day long.",
    "blame:emp",
  ],
  [
    "I don't really have contact. If it breaks I turn it off and on and get on with it.",
    "distance",
  ],
  [
    "They seem to think we've got all day to wait for a call back while lorries are queuing at the gate.",
    "conflict",
  ],

  // Q: "What, if anything, stops you from reporting something suspicious or a security problem?"
  ["Nothing really, I just forward it to the phishing address and they thank me.", ""],
  ["Fear of getting someone in trouble, mostly myself.", "feel"],
  [
    "Last time I reported something I got a lecture about not opening the attachment. So now I just delete stuff.",
    "feel distance comm",
  ],
  ["Can't be bothered honestly, it takes ages and nothing happens.", "distance"],
  ["I don't want to look stupid if it turns out to be nothing.", "feel"],
  ["The reporting form asks for things I don't understand like 'header information'.", "comm"],
  ["Nothing stops me. They've made it one button in Outlook and they always reply.", ""],
  ["Not my job, I'm here to plan routes, not police emails.", "distance"],
  [
    "Time. When you've got 40 loads going out before 2pm you're not stopping to fill in a security form.",
    "conflict",
  ],
  ["They'll just blame the user anyway, so why put your hand up.", "feel power"],
  [
    "I never know if it actually got to anyone. No reply, no acknowledgement, nothing.",
    "comm distance",
  ],
  ["Honestly I assume IT already knows, they see everything.", "distance power"],
  [
    "I did it once, they took my laptop for three days, I couldn't do invoices. Never again.",
    "conflict feel",
  ],
  ["Embarrassment. I'd clicked it before I realised.", "feel blame:self"],
  ["Nothing, I report everything, even stuff that's probably fine. Better safe.", ""],
  ["Nobody told me how. Is there a number?", "comm"],
  [
    "The guys on nights won't report anything, they just want to get home, you can't make them care.",
    "blame:emp distance",
  ],
  ["I'm worried it'll end up on my record.", "feel power"],
  ["I'm rubbish with computers, I wouldn't know what's suspicious and what isn't.", "blame:self"],
  ["Nothing now. We used to get told off, but the new manager made it clear there's no blame.", ""],
  [
    "The IT lads would laugh at me, they did when Jen reported the fake courier email.",
    "feel power",
  ],
  ["It feels like grassing on my colleagues.", "feel"],
  [
    "Pointless. Reported a dodgy USB stick in the canteen, nobody ever came to get it.",
    "blame:sec distance",
  ],
  ["Mostly uncertainty. Is it IT or my line manager or facilities? Nobody's clear.", "comm"],
  ["i dont really see the point, they dont listen", "distance blame:sec"],
  ["It's quick and easy, two clicks, so nothing stops me.", ""],
  ["The portal is down half the time, I gave up.", "blame:sec distance"],
  ["My supervisor says not to bother IT with little things, so I don't.", "distance power"],
  [
    "Worrying that I'll have done something wrong and it'll cost the company money.",
    "feel blame:self",
  ],
  [
    "I'd report it but I'd want someone to actually talk to me, not just a reference number.",
    "comm",
  ],
  [
    "Honestly people here don't know what a phishing email looks like, they wouldn't notice to report it.",
    "blame:emp",
  ],
  ["Nothing, I'm comfortable going to them.", ""],
  ["The way they react, like you've personally let the side down.", "feel power"],
  [
    "Language. My English is okay but their emails about security are very hard, so I don't know what to report.",
    "comm",
  ],
  ["I sort it out myself mostly. Delete, block sender, move on.", "distance"],
  ["I'm not sure it's worth the hassle with everyone being so busy at month end.", "distance"],
  [
    "I'd rather ask a colleague first, going straight to security feels like a big deal.",
    "distance feel",
  ],
  [
    "They make you fill out a 12-field form for a spam email, it's ridiculous.",
    "conflict blame:sec",
  ],
  ["Nothing really stops me, though I sometimes wonder if it helps.", ""],
  ["Because they'll lock the account and then I can't print the delivery notes.", "conflict"],
  [
    "If I report a colleague's mistake they get a formal warning, I don't want that on my conscience.",
    "feel power",
  ],
  ["I'm always the one who spots them, so I'm fine reporting, IT know me by now.", ""],
  [
    "The drivers will forward anything to anyone, they'd never report it, they don't see it as their problem.",
    "blame:emp distance",
  ],
  ["Being told 'that's obviously a phishing email' in a tone. Not obvious to me.", "comm feel"],
  [
    "Fear, honestly. We had someone let go after a breach and no one explained why.",
    "feel power comm",
  ],
  ["There's no one on site, and I'm not ringing a call centre about a weird email.", "distance"],
  [
    "Not a thing. The security lead made a point of coming to each shift and saying please report, even if you're unsure.",
    "",
  ],
  [
    "I just assume it's my fault if something's weird, so I try to fix it quietly.",
    "blame:self distance",
  ],
  [
    "We're told we're the weakest link in every training, so reporting feels like admitting it.",
    "feel blame:emp",
  ],
  ["Mostly laziness on my part if I'm honest.", "blame:self distance"],
  [
    "They never tell us what happened after, so it feels like shouting into a void.",
    "comm distance",
  ],
  ["Nothing. It's easy.", ""],
  ["The worry that the whole line stops while they investigate.", "feel conflict"],
  ["I don't report because half the warnings are their own tests anyway.", "distance"],
  ["My manager doesn't like us going over his head to IT.", "power"],
  ["I'd report it but I don't want to be the one who holds up the shipment.", "conflict"],
  ["No barrier, our office manager collects anything odd and passes it on.", ""],
  [
    "They've never once thanked anyone for reporting. Only ever a telling-off if you miss something.",
    "comm feel",
  ],
  ["Forgetting, really. It's not top of mind when the phones are going.", "distance"],
  [
    "The new starters on the packing line don't care, they treat security as an office thing.",
    "blame:emp distance",
  ],
  ["I think they have it under control, they caught the last one before any of us did.", ""],
];

export const VOICES_CJ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CJ_2,
  ...VOICES_CJ_3,
  ...VOICES_CJ_4,
];
