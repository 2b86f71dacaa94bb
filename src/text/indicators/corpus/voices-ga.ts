import type { RawExample } from "./types.js";
import { VOICES_GA_2 } from "./voices-ga-2.js";
import { VOICES_GA_3 } from "./voices-ga-3.js";
import { VOICES_GA_4 } from "./voices-ga-4.js";

/** IT and security staff of small firms and managed service providers on the employees and clients they support, and on themselves: survey answers, forum posts, team-meeting remarks (round 29). Written fresh for Rapport (brief GA). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Most of the staff at the dental practice are great, they ring us early when something looks off.",
    "",
  ],
  ["We do monthly patching and a quarterly phishing sim for all our clients.", ""],
  ["Honestly the accountants we support are a pleasure. They ask good questions.", ""],
  [
    "I wouldn't say users are the weakest link. They're the ones who spot half the weird stuff first.",
    "",
  ],
  ["Our helpdesk handles password resets, MFA enrolment and laptop builds.", ""],
  ["Relationship with the client's office manager is solid, we have a call every Tuesday.", ""],
  ["They're never rude to us, not once in six years.", ""],
  ["Good, mostly, yeah.", ""],
  ["I sit in on their staff meeting once a month so people can ask me stuff face to face.", ""],
  [
    "Not a problem at all with the warehouse lads, they just want the scanners to work and we make sure they do.",
    "",
  ],
  ["Explain it like you'd explain it to your mum. That's our rule and it works.", ""],
  [
    "The new receptionist reported a fake invoice email within a minute. Gave her a shout-out in the team chat.",
    "",
  ],
  ["We manage about 40 endpoints across three sites.", ""],
  ["I think they'd describe us as the people who sort things out. Which is fair.", ""],
  ["Had a lovely thank-you card from the nursery staff after we recovered their photos.", ""],
  [
    "Someone asked me what a VPN actually does and we ended up having a good twenty-minute chat about it.",
    "",
  ],
  ["Our SLA is four hours for priority two tickets.", ""],
  [
    "I used to think the users were idiots. Then I sat at their desks for a week and realised the software was the idiot.",
    "",
  ],
  ["Clients trust us and we try hard not to abuse that.", ""],
  [
    "We run a lunch-and-learn every quarter, pizza included, and attendance is actually decent.",
    "",
  ],
  ["No complaints from me about the solicitors' office, they follow the process.", ""],
  ["People at the charity are really receptive when you explain why, not just what.", ""],
  ["The MD rings me directly if something's off, and I'm glad he does.", ""],
  ["We set up a 'report phish' button and people use it. Loads.", ""],
  ["Q4: yes, I think they find us helpful. They say so in the feedback form we send out.", ""],
  ["MFA rollout went smoother than expected — two grumbles, no more.", ""],
  ["They don't see us as the fun police, which took years to earn.", ""],
  ["Our techs rotate on-site days so every client sees a face at least fortnightly.", ""],
  ["Backups are tested monthly and restore times are logged.", ""],
  ["It's a partnership. They know their business, we know ours.", ""],
  [
    "Communication is good both ways, they even tell us about new starters ahead of time, which is rare.",
    "",
  ],
  ["Honestly the farm shop team are easier to support than most offices.", ""],
  ["Wouldn't call it friction, more a learning curve on both sides, and we're through it now.", ""],
  [
    "When the bookkeeper clicked a dodgy link she called straight away and we contained it in ten minutes. That's what good looks like.",
    "",
  ],
  ["We cover Microsoft 365, firewalls, endpoint protection and the odd printer exorcism.", ""],
  ["I don't think anyone there is scared of us. Good.", ""],
  ["Friendly, a bit chaotic, but friendly.", ""],
  ["Our onboarding pack is two pages, plain English, no acronyms.", ""],
  ["Staff at the vet surgery invite us to their Christmas do, which says something.", ""],
  ["The users aren't stupid. They're busy. Big difference.", ""],
  ["What do we do? Keep the lights on, keep the bad guys out, answer the phone.", ""],
  [
    "How would I describe the relationship? Good. Not perfect, there are days when someone's annoyed that a site is blocked, but they know who we are, they know they can call, and when we explain why something is set up a certain way they generally go with it.",
    "",
  ],
  [
    "I explained conditional access to the partners with a door-and-keycard analogy and they got it straight away.",
    "",
  ],
  [
    "We get invited to their planning meetings now, so we hear about new projects before they land.",
    "",
  ],
  [
    "Positive experience: a junior in accounts spotted a spoofed domain before any of our filters did.",
    "",
  ],
  ["Nobody there has ever talked down to my techs, and we don't talk down to them.", ""],
  ["Patching window is Thursday nights, 10pm to 2am.", ""],
  ["Mostly they just want to get on with their jobs, and mostly we let them.", ""],
  ["Awareness quiz scores went up about 30% year on year at the builders' merchant.", ""],
  ["The hairdressers call us 'the computer people'. Affectionately, I think.", ""],
  ["Been with this client nine years. We know their kids' names.", ""],
  ["yes helpful. we answer quick and we dont make people feel daft", ""],
  ["Trust goes both ways there. They let us do our job and we stay out of the way of theirs.", ""],
  ["The architects were sceptical of password managers but came round after a demo.", ""],
  ["I wouldn't say we're the bottleneck any more, not since we automated the approvals.", ""],
  ["Asked how they'd describe us. The answer was 'calm'. I'll take that.", ""],
  ["Not an issue, they read the newsletter. Some of them even reply to it.", ""],
  ["Weekly stand-up with the client's ops lead, fifteen minutes, keeps everyone in the loop.", ""],
  ["We're a three-person shop supporting about twelve small businesses.", ""],
  ["Users reported 14 suspicious emails last month, and every one was worth reporting.", ""],
];

export const VOICES_GA: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_GA_2,
  ...VOICES_GA_3,
  ...VOICES_GA_4,
];
