import type { RawExample } from "./types.js";

/** Support staff and on-call people in small software agencies on their security person or team. Written fresh for Rapport (brief BY). */
export const VOICES_BY_3: readonly RawExample[] = [
  [
    "Support gets the angry client call when security locks someone out, and we can't even see why.",
    "conflict power",
  ],
  ["Our security engineer joins the on-call handover every Monday, really helps.", ""],
  [
    "On-call pages from the WAF at 3am and security's phone goes to voicemail. Every time.",
    "conflict blame:sec",
  ],
  [
    "I reset a client's 2FA without verifying them properly. Security was right to flag it.",
    "blame:self",
  ],
  ["Security built a verification script for support calls. Clear, quick, works.", ""],
  ["The sec team treats support like the help desk for their own mistakes.", "power blame:sec"],
  [
    "Honestly most of our support staff would hand over a password to anyone with a sad story.",
    "blame:emp",
  ],
  [
    "I don't escalate security stuff anymore, it just gets bounced back to me.",
    "distance conflict",
  ],
  ["Got a ticket closed with 'not a security issue' and nothing else. Cool.", "comm"],
  ["We've got a shared runbook with security for account takeovers. Really solid.", ""],
  [
    "Support is the last to know about every security change and the first to get yelled at.",
    "comm power",
  ],
  ["Security is useless at 2am. They just say 'we'll look in the morning'.", "blame:sec"],
  ["I get why they lock things down, our team is sloppy with shared logins.", "blame:emp"],
  [
    "I'm the one who forwarded the phishing email to the whole support queue asking 'is this legit?'. Oops.",
    "blame:self",
  ],
  ["On-call is calm these days. Alerts are tuned and security's responsive.", ""],
  ["Security never explains what they changed. Customers ask me and I look clueless.", "comm feel"],
  [
    "We asked for read-only access to logs so we could help customers. Denied, no reason given.",
    "power comm conflict",
  ],
  ["I'm worried every time I touch a customer account that I'm breaking some audit rule.", "feel"],
  ["Support and security have a Friday call. It's the most useful 15 mins of my week.", ""],
  [
    "They're so far removed from customers, they don't get what a lockout costs us.",
    "distance blame:sec",
  ],
  [
    "We don't even bother telling security about suspicious calls now. What's the point.",
    "distance",
  ],
  [
    "Security's whole vibe is 'support staff are the weakest link'. Which stings, but... sometimes.",
    "blame:emp feel",
  ],
  ["I fell for the fake Zendesk login page in the phishing test. Twice.", "blame:self"],
  ["They only email support when an audit needs evidence from us.", "comm"],
  ["Our security lead once spent an hour teaching me how to spot spoofed domains. Legend.", ""],
  [
    "The on-call escalation path to security is a Google doc last edited in 2021.",
    "blame:sec distance",
  ],
  [
    "It's humiliating having to ask security to unlock my own account in front of the whole team.",
    "feel power",
  ],
  [
    "Support isn't invited to incident reviews. We just get a summary weeks later.",
    "distance comm",
  ],
  ["I'm not a techie, and they make sure I know it.", "power comm"],
  [
    "Security blocked screen-sharing tools and now support can't help customers properly.",
    "conflict blame:sec",
  ],
  ["Sure, sometimes slow to reply, but when it matters they're there.", ""],
  ["Not always in the office, but they always reply within the hour.", ""],
  [
    "I'd love to say we're a team but it's more like they're the referees and we're the players getting carded.",
    "power conflict",
  ],
  [
    "We had a rough patch after the breach scare but the sec team really rebuilt trust with support.",
    "",
  ],
  ["The on-call sec person answered in like 4 mins on a Sunday. Impressed.", ""],
  [
    "Support agents share one admin login 'for speed'. Security hates it and they're right.",
    "blame:emp",
  ],
  [
    "I panicked and wiped a customer's data thinking it was a threat. Security had to clean up my mess.",
    "blame:self feel",
  ],
  ["Tickets to security go into a void.", "conflict blame:sec"],
  ["Access to the billing system is granted per role now. Straightforward.", ""],
  ["Security reviews our macros and canned replies now. Bit of a faff but fair.", ""],
  ["I feel like security sees support as the cheap seats.", "power feel"],
  [
    "Customers call in upset about the new login flow and security won't even look at our feedback.",
    "conflict blame:sec",
  ],
  ["Security's incident reports come with a plain-English summary on top. Love that.", ""],
  ["Honestly the support team is a phishing buffet, we answer every email.", "blame:emp"],
  ["security wrote 'pls rotate' on my ticket. rotate what??", "comm"],
  [
    "The audit checklist for the client came with a walkthrough from security, made it painless.",
    "",
  ],
  ["It's not my job to vet callers, I'm here to fix their problems.", "distance"],
  [
    "They decided support can't use personal phones for 2FA, then gave us no work phones.",
    "power conflict",
  ],
  [
    "I messed up the access revocation for a leaver. Security fixed it, didn't make a fuss.",
    "blame:self",
  ],
  ["We barely see security. Different time zone, different Slack.", "distance"],
  [
    "Every time security gets involved, the customer gets angrier and I'm stuck in the middle.",
    "conflict feel",
  ],
  ["Security gave support a two-hour workshop on social engineering. Actually useful.", ""],
  [
    "Support staff write customer passwords on sticky notes. I've seen it. Security hasn't, yet.",
    "blame:emp",
  ],
  ["They explain things like we should already know. We don't.", "comm power"],
  ["I'm so tired of being treated like a suspect whenever I open a customer record.", "feel power"],
  ["The sec team is solid. A bit overworked, but solid.", ""],
  [
    "Security's incident comms are a mess, we learn about outages from customers.",
    "comm blame:sec",
  ],
  ["I just quietly fix account issues myself rather than loop in security.", "distance"],
  ["My bad on the leaked macro, I pasted an API token into a public reply.", "blame:self"],
  ["Security's rules made sense once Ana sat with us and explained them.", ""],
  ["On-call with them is fine, clear escalation, nobody points fingers.", ""],
  ["We have a named security contact for each client account, which helps a lot.", ""],
  [
    "I resent that they get credit for passing the audit when support did half the evidence work.",
    "feel conflict",
  ],
  ["It's a small agency, so security is Tom, and Tom is great.", ""],
  ["Security has no clue what support actually deals with day to day.", "blame:sec distance"],
  ["I feel dumb every time they reply to my question with a link to the policy.", "feel comm"],
  ["We're the ones who'll click the bad link, I know, I know.", "blame:emp blame:self"],
  ["Customer data export requests go through security now, takes a day, no big deal.", ""],
  [
    "I'm nervous raising anything with security because last time I got a lecture.",
    "feel distance comm",
  ],
  ["They decide what tools support gets and we just live with it.", "power"],
  [
    "Honestly, security here just creates work for support and calls it protection.",
    "blame:sec conflict",
  ],
  ["The new laptop image is fine, a few teething issues, sorted quickly.", ""],
  [
    "They take forever on access changes and then tell us off for using workarounds.",
    "conflict blame:sec",
  ],
  [
    "Any time I make a security mistake it's announced in the channel. Feels like public shaming.",
    "feel power",
  ],
  [
    "It was my password that got stuffed in the breach. I'd reused it from an old forum. Yeah.",
    "blame:self",
  ],
  [
    "Support gets security training once a year, which is about as often as we hear from them.",
    "distance",
  ],
  ["The security team is approachable. I'd message them about anything.", ""],
  ["They think anyone outside engineering is a liability.", "blame:emp power"],
  [
    "Security announced the new access request system via a 12-slide deck. Nobody understood it.",
    "comm",
  ],
  ["Security people are sound. Occasionally grumpy on a Monday, who isn't.", ""],
  ["The problem isn't security, it's that half of us never finish the training.", "blame:emp"],
  [
    "I get anxious on-call knowing security won't pick up if it's something serious.",
    "feel conflict",
  ],
  ["We've stopped asking, we just assume the answer is no.", "distance power"],
  [
    "Support escalated a data leak and security said we'd 'misread the logs'. We hadn't.",
    "conflict blame:sec",
  ],
  ["The security lead comes to our team lunch once a month. Small thing, big difference.", ""],
  [
    "I should've flagged that weird refund request sooner. Sat on it because I didn't want to look stupid.",
    "blame:self feel distance",
  ],
  ["Every message from security starts with 'URGENT'. Now none of them feel urgent.", "comm"],
  ["I used to avoid security, but since the new lead started I message them all the time.", ""],
  [
    "Nobody asked support before changing the password reset flow. We found out from angry customers.",
    "power comm",
  ],
  ["I trust our security team, they've had our backs in every client audit.", ""],
  ["Security acts like support is a liability they're forced to tolerate.", "power blame:emp"],
  [
    "Our people click 'allow' on every browser prompt. No amount of training fixes that.",
    "blame:emp",
  ],
  ["Was a bit sceptical about the new MFA setup but it's been painless.", ""],
  [
    "They did a lunch-and-learn on password managers. Half the support team signed up that afternoon.",
    "",
  ],
  ["Security writes the rules, support takes the heat. Classic.", "power conflict"],
  [
    "I broke the SSO for our biggest client by editing the wrong config. Security pulled an all-nighter for me.",
    "blame:self",
  ],
  [
    "They answer every question with a question. 'What's the business justification?' For a mouse driver?",
    "conflict comm",
  ],
  ["Embarrassed to admit I don't know how to report an incident here.", "feel distance"],
  ["Some days I think security just doesn't like people.", "blame:sec feel"],
  [
    "The sec team sends us a weekly 'threats we've seen' post. Short, readable, actually helps.",
    "",
  ],
  ["We bring up issues, they nod, nothing happens.", "distance blame:sec"],
  ["I've had nothing but good experiences with security here.", ""],
  [
    "The support lead keeps granting agents admin rights 'temporarily'. Security's nightmare.",
    "blame:emp",
  ],
  [
    "They bypass support entirely and email customers about security issues directly. We look incompetent.",
    "conflict feel",
  ],
  ["Whatever security says goes. Nobody questions it, not even the founders.", "power"],
  ["Can't say I've ever had a problem, they're quick and friendly.", ""],
  ["Fair play to them, the on-call rota is shared evenly and they pull their weight.", ""],
  [
    "Security only messages when we've done something wrong, never when we've done it right.",
    "comm feel",
  ],
  [
    "The pen test hit our support portal and I'd set up the weak password reset. Lesson learned.",
    "blame:self",
  ],
  ["Nothing to report really. Security does security, quietly and well.", ""],
  [
    "Security made the call to cut off a client mid-conversation without telling us why.",
    "power comm",
  ],
  ["Our security team runs tabletop exercises with support. Great practice.", ""],
  ["It's frustrating that security can't give a straight yes or no.", "feel comm"],
  ["We're a small shop. Security is one guy, he does his best, no complaints.", ""],
  [
    "Security is asleep at the wheel, honestly, the client found the bug before they did.",
    "blame:sec",
  ],
  [
    "I'm the one who always forgets to lock my laptop at the coworking space. Guilty.",
    "blame:self",
  ],
  [
    "Colleagues share client logins over WhatsApp and act surprised when security cracks down.",
    "blame:emp",
  ],
  ["The way they talk to the support team is so patronising.", "comm power"],
  ["Did the audit for the retail client, security gave us templates, honestly a breeze.", ""],
  ["Their only feedback is a red mark on a compliance dashboard.", "comm"],
  ["Not scared of them at all. They're the people I'd call first if something went wrong.", ""],
  ["They were really kind when I admitted I'd clicked a dodgy link. No shame at all.", ""],
  [
    "Security can't be reached on weekends and we're supposed to handle incidents alone.",
    "conflict distance",
  ],
  [
    "Our security folks have gotten so much better at explaining. Big change from two years ago.",
    "",
  ],
];
