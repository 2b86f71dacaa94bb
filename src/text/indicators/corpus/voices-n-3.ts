import type { RawExample } from "./types.js";

/**
 * Brief N continued (see voices-n.ts):
 * - Security and IT at fault, from practitioners
 * - IT and security staff on the relationship
 */
export const VOICES_N_3: readonly RawExample[] = [
  // Security and IT at fault, from practitioners
  ["The previous MSP left every server on its default admin password. Shoddy work.", "blame:sec"],
  [
    "Plenty of IT shops point at users so they never have to fix their own broken builds.",
    "blame:sec",
  ],
  [
    "Security teams say no first and think later. It's lazy and it makes enemies.",
    "blame:sec conflict",
  ],
  [
    "Most compliance people I meet have never configured a single thing in their lives.",
    "blame:sec",
  ],
  [
    "Head office IT pushed a patch that bricked every till in the region. Again.",
    "blame:sec conflict",
  ],
  [
    "Our outsourced SOC sat on the alert for three days, then emailed us a PDF about it.",
    "blame:sec comm",
  ],

  // IT and security staff on the relationship
  [
    "Marketing won't copy us in on a new campaign until the landing page is already live.",
    "distance comm",
  ],
  [
    "Three years here and I couldn't tell you the name of a single person in logistics.",
    "distance",
  ],
  [
    "The partners see me as the chap who fixes the printer, not someone with a view on risk.",
    "power feel",
  ],
  [
    "Every attempt to pull admin rights ends up as a shouting match with one director or another.",
    "conflict",
  ],
  [
    "I get messages in capitals when the Wi-Fi drops and silence when it works for a year.",
    "comm feel",
  ],
  ["Nobody ever says thanks. You only hear from people once they're angry.", "feel comm"],
  ["Phishing test week, I'm the most unpopular person in the building.", "feel conflict"],
  [
    "If I say no, the account managers go straight to the MD and he overrules me.",
    "power conflict",
  ],
  [
    "I'm on call every other weekend and the business still files us under overheads.",
    "feel power",
  ],
  [
    "We send the advisories out. Whether a living soul reads them is anyone's guess.",
    "comm distance",
  ],
  [
    "After the last round of disciplinaries, staff simply stopped telling us about problems.",
    "distance power",
  ],
  [
    "I can see everyone's browsing and they know it. Conversations go quiet when I walk into the kitchen.",
    "power distance",
  ],
  [
    "There's a group chat where staff swap tips for getting past the web filter. I'm not in it, obviously.",
    "distance conflict",
  ],
  [
    "The ticket queue is the only conversation we have with the rest of the company.",
    "comm distance",
  ],
  [
    "We hide in the comms room, to be honest. It's quiet and nobody yells at you in there.",
    "distance feel",
  ],
  ["Ops say we slow them down, we say they cut corners, and round it goes.", "conflict"],
  ["I sent out a four-page advisory on a new CVE and got one reply: 'so what do I do?'", "comm"],
  ["Sole security hire, no peers, no team lunches. It gets isolating.", "feel distance"],
  [
    "They're convinced I read their emails for fun. I don't, but I could, and that's what sticks.",
    "power feel",
  ],
  ["I'm dreading the audit. Whatever they find, it's my name on it.", "feel"],
  [
    "Every change I propose needs signing off by three directors who don't follow a word of it.",
    "power conflict",
  ],
  ["Store managers dodge my calls because they assume I'm checking up on them.", "distance power"],
  [
    "We're the last to hear about a new starter, usually at half eight on their first morning.",
    "comm conflict",
  ],
  [
    "Gave a twenty-minute slot at the staff away day and half the room was scrolling their phones.",
    "distance feel",
  ],
  [
    "The consultants won't take a call from IT. Everything goes through their secretaries.",
    "distance power",
  ],
  [
    "I'm resentful, if I'm honest. We kept the place running through the outage and got a pizza.",
    "feel",
  ],
  [
    "The nickname round the office is 'the password police'. I laugh along, but it gets to me.",
    "feel power",
  ],
  [
    "Whenever a site gets blocked I'm the villain, even when the block came from the vendor.",
    "conflict feel",
  ],
  [
    "Staff argue every account lockout as if I personally sat there and locked them out.",
    "conflict",
  ],
  [
    "The field reps work round the VPN because it drops in every tunnel, and frankly I can't blame them.",
    "distance conflict",
  ],
  ["Our policy emails are written by legal and read by no one.", "comm"],
  ["We're never invited to project kick-offs. Just the post-mortems.", "distance comm"],
  [
    "Changes get announced on the intranet, which as far as I can tell nobody has visited since 2019.",
    "comm distance",
  ],
  ["The board wants a traffic-light dashboard, not a conversation.", "power comm"],
  [
    "HR decides what we're allowed to tell staff about monitoring. We're effectively gagged.",
    "power comm",
  ],
  [
    "I lie awake thinking about the day something gets through and the MD asks why I didn't stop it.",
    "feel power",
  ],
  [
    "People go to the office manager with IT questions rather than come down the corridor to us.",
    "distance",
  ],
  [
    "We used to visit every site monthly. Budget cuts ended that and we've drifted apart since.",
    "distance",
  ],
  ["Engineering treats security like a tax and pays it as late as it possibly can.", "conflict"],
  ["To the regional offices we're a phone number and a ticket reference.", "distance comm"],
  [
    "I used to fight every exception request. Now I just approve them, it's not worth the aggro.",
    "distance conflict",
  ],
  ["The sales director told me, in front of his team, to 'stick to the computers'.", "power comm"],
  [
    "I can't get half an hour with the leadership team, yet they'll spend an afternoon choosing the Christmas venue.",
    "power feel",
  ],
  [
    "When we blocked USB drives, the design studio held a meeting to complain about us. Not with us, about us.",
    "conflict distance",
  ],
  [
    "We know our advisories are stuffed with acronyms, but nobody has the time to rewrite them.",
    "comm",
  ],
  [
    "Staff see an email from security and assume they're in trouble before they've opened it.",
    "comm feel",
  ],
  ["The lads in the yard call me Big Brother. It's about half a joke.", "power"],
  ["I get talked over in every management meeting I'm allowed into.", "power feel"],
  [
    "We take the flak for every slow laptop, including the ones departments bought off Amazon.",
    "conflict feel",
  ],
  [
    "The moment I tighten anything, there's a queue of people moaning outside my door.",
    "conflict feel",
  ],
  ["I don't negotiate with users. The policy is the policy.", "power conflict"],
  ["They don't need to understand the controls. They need to follow them.", "power comm"],
  [
    "We only ever email the whole company when something's gone wrong, and people have noticed.",
    "comm",
  ],
  [
    "Honestly, I'd rather not meet the users. Every meeting turns into a complaints session.",
    "distance conflict",
  ],
  [
    "There's a real them-and-us between the SOC and the rest of the business, and we don't help it.",
    "distance conflict",
  ],
  [
    "Frustrating doesn't cover it. I flagged that server in March and was told to stop scaremongering.",
    "feel power",
  ],
  [
    "We're a cost line to the owners. They'd swap us for a cheaper MSP tomorrow if they could.",
    "power feel",
  ],
  [
    "I explain the risk, they nod, and nothing happens. I've stopped bothering with the long version.",
    "distance comm",
  ],
  [
    "The clinicians think we're bureaucrats who've never seen a patient, and they're not entirely wrong.",
    "conflict distance",
  ],
  ["Our compliance officer makes every call alone; even the CTO wouldn't dare push back.", "power"],
  [
    "The new hires are scared of us because of stories about the last security manager.",
    "feel power",
  ],
  ["I feel like a traffic warden. Nobody's ever pleased to see me coming.", "feel conflict"],
  ["The managers want me to monitor their teams' screens, and I hate being the spy.", "power feel"],
  [
    "We sent the new retention policy as a 30-page PDF with no summary. Unsurprisingly, silence.",
    "comm distance",
  ],
  [
    "Users raise tickets; we close tickets. I couldn't tell you if any of them like us.",
    "distance",
  ],
  ["People only discover IT exists when their password expires.", "distance comm"],
  [
    "The creatives hate every control we bring in and they make sure the MD hears about it.",
    "conflict power",
  ],
  [
    "I'm exhausted. Two of us, four hundred staff, and everyone thinks their issue is the urgent one.",
    "feel conflict",
  ],
];
