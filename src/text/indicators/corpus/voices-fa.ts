import type { RawExample } from "./types.js";
import { VOICES_FA_2 } from "./voices-fa-2.js";
import { VOICES_FA_3 } from "./voices-fa-3.js";
import { VOICES_FA_4 } from "./voices-fa-4.js";
import { VOICES_FA_5 } from "./voices-fa-5.js";
import { VOICES_FA_6 } from "./voices-fa-6.js";

/** Managers and team leads, and a researcher's interview notes in the third person (round 22). Written fresh for Rapport (brief FA). */
const FIRST_PART: readonly RawExample[] = [
  ["our IT guy is brilliant, honestly", ""],
  [
    "Tomasz from the provider comes in every second Thursday and the girls in the front office save their questions up for him. It works well for a firm our size.",
    "",
  ],
  [
    "I run a dental practice with nine staff, and the receptionists dread ringing the support line because the first thing they're asked is whether they've tried switching it off and on again.",
    "feel comm",
  ],
  [
    "The managed service firm patches the servers overnight. They email me a one-page report at the end of each month.",
    "",
  ],
  ["nobody here knows who our security contact even is", "distance"],
  ["My warehouse lads would click a link promising free pizza, no question.", "blame:emp"],
  [
    "When the new password rules went in, two of my drivers couldn't get into the route planner for an entire morning shift. We're a courier firm outside Leipzig with 35 staff.",
    "conflict",
  ],
  [
    "Honestly, the outage last spring was on us. I'd told the provider not to bother with the second backup to save a few quid.",
    "blame:self",
  ],
  ["they only ring me when somethings gone wrong", "comm"],
  [
    "The provider's alerts are full of CVE numbers and severity scores. I just forward them on without understanding a word, and nobody in the office knows what they mean either.",
    "comm",
  ],
  [
    "Head of department at a university here. Every software request my researchers make goes through a security review that can take three weeks, and by then the grant deadline has usually passed.",
    "conflict power",
  ],
  ["Their emails are a bit stiff but they always pick up the phone and sort it.", ""],
  [
    "I used to think the IT lot looked down on us. Since Priya took over the helpdesk that's completely changed.",
    "",
  ],
  ["staff are scared stiff of the phishing tests", "feel"],
  [
    "The phishing simulations were our idea, not IT's, and I think we pitched them badly. People felt tricked.",
    "blame:self feel",
  ],
  [
    "Our outsourced IT blocked USB sticks across the whole clinic without checking with me, and now the vets can't get images off the old X-ray machine.",
    "power conflict",
  ],
  [
    "Shift supervisor at a call centre in Cork: the agents get on fine with desktop support, they're out on the floor most days. It helps that they know everyone by name.",
    "",
  ],
  [
    "To be fair to the security team, most of our incidents started with someone on my team ignoring a warning.",
    "blame:emp",
  ],
  ["no idea what they actually do all day", "distance"],
  [
    "The consultant walked the whole office through the new VPN over coffee and cake, and it went down really well.",
    "",
  ],
  [
    "Every time I ask for admin rights on my own laptop I get a lecture about least privilege instead of an answer.",
    "comm conflict",
  ],
  [
    "My team has stopped logging tickets. They just ask Darren in accounts, who's good with computers.",
    "distance",
  ],
  ["I feel like a fool every time I ring them", "feel"],
  [
    "We're fourteen people at an architecture studio and the IT firm treats us as a nuisance for asking about licences. We pay them a monthly retainer, mind.",
    "power",
  ],
  [
    "Security gets copied on everything, and sometimes I wonder whether they're watching the network or watching us.",
    "power",
  ],
  ["No complaints about the provider.", ""],
  ["Response times are fine, about twenty minutes for anything urgent", ""],
  [
    "The hotel's night staff can't reach anyone from IT after six, so when the key card system froze at 2am they had to let guests into rooms by hand.",
    "conflict",
  ],
  [
    "Office manager, 30-person recruitment agency. The consultants think the security training is a waste of an afternoon, and I can't blame them; it's the same video every year.",
    "blame:sec",
  ],
  ["the new MFA thing is fine once you get used to it", ""],
  [
    "They changed the Wi-Fi password and told nobody. Half the kitchen tablets went offline in the middle of lunch service.",
    "comm conflict",
  ],
  ["Our people are the weakest link and IT knows it.", "blame:emp"],
  [
    "Weakest link? Rubbish. Every incident we've had came from a server the provider set up wrong.",
    "blame:sec",
  ],
  ["I don't think there's any bad feeling at all, they just sit in a different building.", ""],
  [
    "When the ransomware scare hit, the security lead stood up in the canteen and explained exactly what had happened and what to look out for. People really appreciated that.",
    "",
  ],
  [
    "My staff are terrified of getting something wrong and being named in the incident report. That's what happened to a colleague last year.",
    "feel power",
  ],
  [
    "I think we made their job harder. We kept buying software on the company card without telling them.",
    "blame:self",
  ],
  ["Nice people, but 'endpoint posture' means nothing to a pharmacist.", "comm"],
  ["hard to fault them tbh", ""],
  [
    "Practice manager at a GP surgery in Leeds: our clinicians see the IT people as the ones whose job is to say no.",
    "conflict blame:sec",
  ],
  [
    "The provider wanted a list of every device in the building by Friday, and nobody explained what it was for. I'm still not sure.",
    "comm",
  ],
  [
    "Group HQ in Frankfurt audits our branch twice a year, and the staff here treat it like a visit from the police.",
    "power",
  ],
  [
    "We share a Teams channel with the IT company and they answer there within the hour, usually with a gif. Staff love it.",
    "",
  ],
  ["honestly we ignore most of their emails", "distance"],
  [
    "I asked three times for a shared drive for the bid team. In the end we just used personal Dropbox accounts.",
    "conflict",
  ],
  [
    "Our contractor is slow, sure, but he knows the setup inside out and never makes anyone feel daft.",
    "",
  ],
  ["rules written for a bank, not an 11-person bakery", "conflict"],
  ["The IT lead turns up to the Monday stand-up every week, so problems come out early.", ""],
  [
    "I'm the problem really. I keep leaving my token at home and then getting shirty with them for locking me out.",
    "blame:self",
  ],
  [
    "Head of finance at a housing association, 180 staff. My team logs everything through the portal and gets a reply the same day.",
    "",
  ],
  ["they treat us like we're stealing data", "power feel"],
  [
    "The MSP picked a new antivirus without asking anyone, and we only found out when it started quarantining our drawings. We're a surveying firm, twelve people.",
    "power conflict",
  ],
  [
    "We lost two hours of the pay run because a certificate expired and nobody at the provider had noticed.",
    "blame:sec",
  ],
  ["open-door policy on security and people actually use it", ""],
  [
    "I worry the nurses won't report a lost phone because they think they'll be in trouble for it.",
    "feel power",
  ],
  ["The IT firm sends a newsletter every month. I doubt a single person opens it.", "distance"],
  [
    "The helpdesk is in Manila and with the time difference my Vancouver team almost never speaks to anyone there live. Everything goes through email tickets.",
    "distance",
  ],
  ["IT support is one person, Sandra, and she's a star.", ""],
  [
    "One of my assistants was in tears after security emailed her about a 'data handling breach'. She'd forwarded a recipe to her sister.",
    "feel power",
  ],
  ["Our old provider was dreadful. We switched in January and it's night and day.", ""],
  [
    "The lads on the shop floor think cyber stuff is for the office, and frankly so do I.",
    "distance",
  ],
  ["No, I wouldn't call them unapproachable. Gruff, maybe, but they'll help anyone who asks.", ""],
  ["the security briefings are a bit jargon heavy at times", "comm"],
  [
    "The security people assume everyone here is an idiot and write their guidance accordingly. You can tell from the tone.",
    "comm blame:emp",
  ],
  ["we had a breach in 2022. my password. reused everywhere", "blame:self"],
  [
    "IT blocked WhatsApp Web and the sales team lost their main channel to customers in Brazil overnight. It took a week to get an exception.",
    "conflict",
  ],
  [
    "We have a quarterly review with the provider, in person, and I always come out knowing more than when I went in. Worth every penny.",
    "",
  ],
  [
    "I asked the consultant why we needed encrypted laptops and got a forty-slide deck back.",
    "comm",
  ],
  ["They're never rude. Just very busy.", ""],
  ["couldnt print for a week. nobody came", "conflict"],
  ["love our IT team", ""],
  ["too many pop ups so staff just click yes", "blame:emp blame:sec"],
  [
    "I run a nursery in Auckland with twelve staff. Our IT is a bloke called Rewi who comes whenever we call, and the teachers adore him.",
    "",
  ],
  [
    "The security team never gives a reason. The new rule just appears in everyone's inbox.",
    "comm",
  ],
  ["we dont really talk to them", "distance"],
  [
    "The dispatchers get flustered when the system logs them out mid-call, and it's happened three times this month.",
    "feel conflict",
  ],
  [
    "Our head of IT shouts. There's no other way to put it. The junior staff won't go near his office.",
    "conflict distance",
  ],
  [
    "The provider is in Johannesburg and we're in Cape Town, so we've never met them in four years, but it's honestly never been a problem.",
    "",
  ],
  [
    "Managers like me are half the problem; we sign off exception requests without reading them. Then we act surprised when something gets through.",
    "blame:self",
  ],
  [
    "The auditors from head office go through our laptops like customs officers going through a suitcase.",
    "power",
  ],
  [
    "Security brought in a two-minute screen lock. The lab techs wear gloves, so they spend half the day peeling them off to type passwords.",
    "conflict",
  ],
  ["the guy from IT says 'users' like its an insult", "comm"],
  ["Anyone on my team would tell you the IT people are helpful and easy to find.", ""],
  [
    "The provider's engineer is patient even with the older partners who still print out their emails. I've never heard a sharp word from him.",
    "",
  ],
];

export const VOICES_FA: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_FA_2,
  ...VOICES_FA_3,
  ...VOICES_FA_4,
  ...VOICES_FA_5,
  ...VOICES_FA_6,
];
