import type { RawExample } from "./types.js";
import { VOICES_GJ_2 } from "./voices-gj-2.js";
import { VOICES_GJ_3 } from "./voices-gj-3.js";

/** IT-security staff answering a survey about employees: how employees see them and how they feel about employees (round 31). Written fresh for Rapport (brief GJ). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Most staff here are genuinely keen to do the right thing, they just need to know what that is.",
    "",
  ],
  [
    "Honestly I think they see us as approachable. People drop by my desk with questions all the time.",
    "",
  ],
  ["We run phishing simulations quarterly and the click rate has roughly halved in two years.", ""],
  ["I'd say it's mutual respect, mostly.", ""],
  [
    "They're not the weakest link, they're our early warning system. Half our incidents get reported by staff.",
    "",
  ],
  ["We handle access requests, endpoint protection, awareness training and incident response.", ""],
  [
    "I don't think anyone here sees us as the fun police anymore, not since we moved onto the open-plan floor.",
    "",
  ],
  ["When someone reports a suspicious email I thank them personally, every time.", ""],
  [
    "The finance team invited us to their away day last month. First time ever, and it was really nice.",
    "",
  ],
  ["They'd probably describe us as helpful, if a bit busy.", ""],
  ["I like the people here. Genuinely.", ""],
  ["Compared to my last job the staff here are brilliant at reporting things quickly.", ""],
  [
    "There's a Teams channel where anyone can ask a security question, and they usually get an answer within the hour.",
    "",
  ],
  ["I think they'd say we explain things clearly. We work hard at avoiding acronyms.", ""],
  ["Nothing bad to report really.", ""],
  ["What would I change? More budget for training, that's about it.", ""],
  [
    "One of us sits in on every new starter induction, so everyone meets a face from security on day one.",
    "",
  ],
  ["Most people get why MFA matters now; the grumbling died out after the first month.", ""],
  ["Our security champions in each department are the best thing we ever did.", ""],
  ["Relationship? Friendly. We know most people by first name.", ""],
  ["When the ransomware scare hit, staff were calm and followed the playbook to the letter.", ""],
  ["The good: people trust us. The bad: honestly can't think of much.", ""],
  [
    "How would they describe it? I'd like to think as a partnership rather than policing. We sit with teams when they plan new projects, we ask what they need before we say anything about controls, and most of the time we find a way to get them there safely. It isn't perfect, but it's good.",
    "",
  ],
  ["We review firewall rules and approve software requests, mostly.", ""],
  ["Our score in the internal service survey was 4.2 out of 5, which I was pleased with.", ""],
  ["Not condescending, I hope. We make a real effort to meet people where they are.", ""],
  ["tbh employees here are pretty sound, they ask before they click", ""],
  ["We do lunch-and-learns every other Friday and they're usually full.", ""],
  ["I feel protective of our staff. They're the ones the attackers go after, not us.", ""],
  ["They come to us early now, before buying a tool, which saves everyone grief.", ""],
  ["People might moan about password rules but nobody's hostile.", ""],
  ["Yes, helpful. We fix things and we explain why.", ""],
  ["My job is basically translating risk into plain English for the rest of the business.", ""],
  ["Users are customers, not suspects. That's how I try to think about it.", ""],
  ["Marketing in particular are great, they always loop us in on new vendors.", ""],
  ["There's no fear of us, which is exactly how I want it.", ""],
  ["I'd keep things as they are, honestly. It works.", ""],
  ["They'd say we're a bit nerdy but nice.", ""],
  ["Every phishing report gets a human reply from the SOC, not an auto-response.", ""],
  ["We're a team of four covering about 900 people.", ""],
  ["I enjoy the awareness side of the job more than the technical side, to be honest.", ""],
  [
    "Best moment this year: a receptionist stopped a tailgater at the door. We bought her a cake.",
    "",
  ],
  [
    "I don't hold it against anyone who clicks a well-made phish. I nearly fell for one myself.",
    "",
  ],
  ["Our CISO has a monthly slot at the all-hands and people actually ask questions.", ""],
  ["They have real jobs to do; security is our job, not theirs, and I respect that.", ""],
  ["Never had a complaint about our tone, as far as I know.", ""],
  [
    "We moved the service desk next to the kitchen. Best decision ever, people just chat to us now.",
    "",
  ],
  ["relationship is good, could always be better but good", ""],
  ["Us and the developers get on really well these days, we pair on threat modelling.", ""],
  ["I think most employees feel safer knowing we're around.", ""],
  ["Every policy change gets a two-minute explainer video before it goes live.", ""],
  ["I wouldn't call them the weakest link. I'd call them the most targeted.", ""],
  ["They're sharper about social engineering than vendors give them credit for.", ""],
  ["What's good: openness. People tell us when they mess up, and that's gold.", ""],
  ["We don't really have 'users', we have colleagues.", ""],
  ["Pretty standard setup: SOC, governance and risk, and one awareness lead.", ""],
  ["People ask me about their home wifi, which I take as a compliment.", ""],
  [
    "Not a problem at all, from what I see. There's the odd grumble about VPN speed or about having to approve a login on their phone, but people are friendly about it, they ask us why, we explain, and that's usually the end of it.",
    "",
  ],
  ["Loads of them say hi in the corridor now, which never used to happen.", ""],
  ["Most incidents get reported within ten minutes, usually by the person who clicked.", ""],
];

export const VOICES_GJ: readonly RawExample[] = [...FIRST_PART, ...VOICES_GJ_2, ...VOICES_GJ_3];
