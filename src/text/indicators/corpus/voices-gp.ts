import type { RawExample } from "./types.js";
import { VOICES_GP_2 } from "./voices-gp-2.js";
import { VOICES_GP_3 } from "./voices-gp-3.js";

/** Employees and IT staff of small international firms writing English as a second language (round 32). Written fresh for Rapport (brief GP). */
const FIRST_PART: readonly RawExample[] = [
  ["The security team is very helpful, they explain me always why a rule is existing.", ""],
  ["What they do? Phishing trainings, firewall, the laptops encryption. This is what I know.", ""],
  ["Is good relation. When I have question I go to third floor and ask Tomasz, he helps me.", ""],
  ["I had never a bad experience with them, not one time in five years.", ""],
  ["They are not arrogant at all, in contrary, very patient with us older people.", ""],
  ["Understandable enough. Sometimes I must ask twice but they don't mind it.", ""],
  ["Our security officer comes every month to the team meeting for ten minutes, is useful.", ""],
  [
    "I clicked on a strange link, I called them, in 20 minutes was solved and nobody shouted at me. Very positive.",
    "",
  ],
  ["I would say the relation is normal, professional.", ""],
  ["They say us thank you when we report suspicious mails. This is nice from them.", ""],
  [
    "Before I thought they are only the police of the company, but it is not true, they are colleagues like us.",
    "",
  ],
  ["The new password manager they introduced make my life easier, honestly.", ""],
  [
    "We sit together in the kitchen at lunch, talk about football and sometimes also about security.",
    "",
  ],
  ["Helpful? Yes. Because they are answering fast and with simple words.", ""],
  ["They wrote a guide in Portuguese and English for the home office setup, very clear one.", ""],
  ["In our firm the security is two persons, Ahmed and Julia, both very friendly.", ""],
  ["They will describe the relationship as good, I think, same like me.", ""],
  ["Not any problem with them, really, they are part of the team.", ""],
  ["Security awareness training is once per year, 45 minutes, online.", ""],
  ["The communication is clear and without technical words, I like this.", ""],
  ["From my side as admin: the employees are not the weakest link, they are our best sensors.", ""],
  ["When I joined, Priya from security sat with me on first day and showed everything.", ""],
  ["I think they respect us and we respect them.", ""],
  ["Good: fast. Bad: nothing special.", ""],
  ["They check the access rights every quarter and the managers must confirm.", ""],
  ["Honestly I cannot say anything negative, they are always reachable on Teams.", ""],
  ["yes helpfull, why not", ""],
  ["The MFA was a bit new for everybody but they explained step by step and now is fine.", ""],
  ["We have a security champion in every department. For finance it is me.", ""],
  [
    "Once they came personally to my desk for fixing the certificate problem, very kind of them.",
    "",
  ],
  [
    "How they feel about employees? Like partners, I believe. At least this is how they behave.",
    "",
  ],
  ["It's not like in my old company where IT was the enemy. Here is different, more open.", ""],
  [
    "I am working in IT security myself, and I must say people here ask before they click, which is great.",
    "",
  ],
  ["They do their job, we do ours, and when we need each other it works without drama.", ""],
  ["Every quarter they organise coffee morning where you can ask anything you want.", ""],
  ["Security team handles incidents, the trainings and the ISO audit.", ""],
  ["I never felt stupid when asking them something.", ""],
  ["Our CISO says in every all-hands that mistakes happen and reporting early is what counts.", ""],
  ["My experience is only positive, from the beginning.", ""],
  [
    "They are not invisible, you see them everywhere, in corridor, in meetings, at the Christmas party.",
    "",
  ],
  ["Monthly newsletter from security is short and has funny examples, I read it always.", ""],
  ["Rules are strict but reasonable, and they explain the reason behind.", ""],
  ["In our German office is normal to have good contact with Datenschutz and IT, here also.", ""],
  ["The phishing simulation was fair, after it they sent explanation, not punishment.", ""],
  ["Relationship? Like with any other department, friendly.", ""],
  [
    "I asked for admin rights for one tool, they said no but they offered alternative which works even better.",
    "",
  ],
  ["Their jargon is not a problem at all, they always translate to normal language.", ""],
  ["They visit our branch in Kraków two times per year and make a workshop.", ""],
  ["Mostly I contact them for new accounts and for the badge.", ""],
  ["Security people here are humble, they say openly they also learn from us.", ""],
  ["Every ticket gets the answer same day.", ""],
  ["We are small company so the security guy is also the IT guy, he does everything.", ""],
  ["Clear, friendly, on time.", ""],
  ["Not once they made me feel like dumb user.", ""],
  ["Our security lead is from Brazil like me, sometimes we speak Portuguese, it's cozy.", ""],
  ["The USB policy was decided in a workshop together with us, not only by them.", ""],
  ["They published FAQ on intranet, it answers most questions before I even need to ask.", ""],
  [
    "As IT person I enjoy when colleagues come to me with weird emails, it means the training is working.",
    "",
  ],
  ["Kindly note that the security team has always reverted on time to my queries.", ""],
  [
    "They are strict, yes, but I would not call it a problem, it's their job and they do it kindly.",
    "",
  ],
];

export const VOICES_GP: readonly RawExample[] = [...FIRST_PART, ...VOICES_GP_2, ...VOICES_GP_3];
