import type { RawExample } from "./types.js";
import { VOICES_DA_2 } from "./voices-da-2.js";
import { VOICES_DA_3 } from "./voices-da-3.js";
import { VOICES_DA_4 } from "./voices-da-4.js";
import { VOICES_DA_5 } from "./voices-da-5.js";
import { VOICES_DA_6 } from "./voices-da-6.js";

/** Employees of schools, councils, libraries and charities answering the survey's open questions about their IT and security staff. Written fresh for Rapport (brief DA). */
const FIRST_PART: readonly RawExample[] = [
  [
    "We had a proper disagreement about whether volunteers should get email accounts. We still haven't resolved it.",
    "conflict",
  ],
  [
    "Their 'guides' are written so badly that we made our own in the staff room.",
    "comm blame:sec distance",
  ],
  [
    "They act like they own the place and the rest of us are guests who might steal the spoons.",
    "power blame:sec",
  ],
  [
    "Half the staff have their passwords on a sticky note because the rules make them impossible to remember.",
    "conflict",
  ],
  [
    "We were told the archive scanner must go on a separate network. No one asked how we use it, and now it can't save to the catalogue.",
    "conflict power",
  ],
  [
    "I'm sick of being locked out because I mistyped my password once after the summer holiday.",
    "feel conflict",
  ],
  ["I appreciate that they explain the 'why' behind the rules in the induction.", ""],
  ["They came in over half-term to rewire the ICT suite, very grateful.", ""],
  ["Sometimes slow, but they always get there.", ""],
  ["Our volunteers are lovely but security-wise they're a liability.", "blame:emp"],
  [
    "Their reply to my complaint was so dismissive that I didn't bother following it up.",
    "comm distance",
  ],
  ["They rebuilt my laptop in a morning after I spilled coffee on it, and didn't make a fuss.", ""],
  ["It's a two-way street. We help them by reporting things and they help us.", ""],
  ["They set the rules, check we follow them, and report us if we don't.", "power"],
  [
    "They wear lanyards saying 'Ask me about IT' at the staff conference, which is a bit cheesy, but it works.",
    "",
  ],
  ["They sent out an instruction to 'clear your cache' without saying how.", "comm"],
  [
    "Staff will click anything with the word 'invoice' in it, frankly, and then act surprised when IT get strict. I include myself in that.",
    "blame:emp blame:self",
  ],
  [
    "I asked them to explain the difference between a virus and phishing, and they did, without any fuss.",
    "",
  ],
  [
    "I've never reported anything because I'm always afraid it's my fault.",
    "feel blame:self distance",
  ],
  [
    "The new booking system double-booked the main hall for two weddings, and IT said it was a 'training issue'.",
    "conflict blame:sec",
  ],
  ["I'd describe them as reliable.", ""],
  [
    "I argued with them about the blocked site and it turned out I'd typed the address wrong. Oops.",
    "conflict blame:self",
  ],
  ["They don't get much credit, but they keep the whole thing running.", ""],
  ["They gave a talk at the staff inset day about online safety and it was genuinely useful.", ""],
  ["I'm embarrassed to say I've had my password reset five times this year.", "blame:self feel"],
  [
    "It's maddening, the two-factor code comes to my phone and I'm not allowed my phone in the classroom.",
    "feel conflict",
  ],
  ["I'd ask them if I had a problem, yes.", ""],
  ["They made the switch to the new phone system surprisingly painless.", ""],
  ["The password policy changed in the spring, we now need twelve characters.", ""],
  [
    "I needed a form fixed for the food bank referrals and it was bounced between three teams for a month.",
    "conflict blame:sec",
  ],
  ["The photocopier in the office is ancient, but that's the budget, not the technicians.", ""],
  [
    "I kept bypassing the VPN to make it faster, which I now realise was a bad idea. They were pretty cross.",
    "blame:self conflict",
  ],
  ["They gave every class a little talk about passwords, and the kids loved it.", ""],
  ["I find them cold, and it puts me off asking.", "comm distance"],
  [
    "The security rule says no personal phones on the ward, but the two-factor codes come to personal phones.",
    "conflict",
  ],
  ["Honestly, they do a hard job well with very few people.", ""],
  ["Our site has one visit a term from the technician, and that's it.", "distance"],
  ["They showed me how to use the password manager and now I actually use it.", ""],
  ["They're helpful because they're local; the technician grew up in the village.", ""],
  [
    "They changed the shared drive structure over the weekend without asking a single department, and I spent Monday morning hunting for the safeguarding folder, absolutely livid.",
    "power feel conflict",
  ],
  [
    "There's a shared Teams channel where we can ask quick questions, and someone usually replies within the hour.",
    "",
  ],
  [
    "Their replies are one line, 'resolved', no explanation of what was wrong, and half the time it isn't resolved.",
    "comm blame:sec",
  ],
  ["I liked that they asked us what we thought before buying the new tablets.", ""],
  [
    "Our outreach workers need to access files on site visits, but offline access is switched off 'for security'.",
    "conflict",
  ],
  [
    "It took three weeks to get the new SENCO access to the safeguarding system, she couldn't do her job in the meantime, and when I chased it I was told to stop emailing and wait my turn.",
    "conflict comm",
  ],
  ["It used to be awful, honestly. Since the new manager started it's been fine.", ""],
  ["They came to the foodbank warehouse to set up the scanner and stayed for a cup of tea.", ""],
  ["If something goes wrong I phone Tom and he talks me through it. Lovely man.", ""],
  ["Would I say they're helpful? Mostly, yes.", ""],
  ["They would say we're a friendly school. I think that's true.", ""],
  [
    "It feels like they're watching over our shoulders all the time. I'm a grown adult, I don't need my browsing history checked.",
    "power feel",
  ],
  ["I don't know what they do all day, and I don't really need to.", "distance"],
  [
    "Our security officer says she's fighting a losing battle because nobody above her takes it seriously and the staff just click through warnings.",
    "power blame:emp distance",
  ],
  [
    "Honestly we make their lives hard. I've lost two passwords this term and I'm not the worst.",
    "blame:self blame:emp",
  ],
  ["Stressful. Every conversation with them feels like a test.", "feel"],
  ["Security is something that happens somewhere else, not really in our world.", "distance"],
  ["I was annoyed the first week with the new login, but that's gone now.", ""],
  [
    "Security rules are strict in the registrars' office, because of the birth and death records, and to be honest I'd be worried if they weren't.",
    "",
  ],
  ["They're slow but thorough. I'd take that over fast and sloppy.", ""],
  [
    "They wrote the phishing warning with a typo in the link, which is exactly what they tell us to look out for.",
    "blame:sec comm",
  ],
  [
    "They decide what software we can have and they always pick the cheapest, then blame us when it doesn't work.",
    "blame:sec power",
  ],
  [
    "IT say the problem is teachers leaving laptops unlocked; teachers say the problem is IT. Round and round.",
    "blame:emp blame:sec conflict",
  ],
  [
    "I don't like that a man I've never met can look at my screen any time he likes.",
    "power feel distance",
  ],
  ["Fundraisers will install anything that promises more donations.", "blame:emp"],
  [
    "People here think security is IT's problem, so they don't lift a finger.",
    "distance blame:emp",
  ],
  [
    "The new library management system was rolled out by people who've clearly never issued a book. It's been a nightmare.",
    "blame:sec feel",
  ],
  [
    "Disappointed, really. They promised the library kiosks would be fixed by Easter and it's July.",
    "feel blame:sec",
  ],
  ["I can't remember a negative experience, and I've been here since 2015.", ""],
  ["We have a 'digital champion' in each team so we don't have to bother IT.", "distance"],
  ["Their messages make me feel like a suspect.", "feel power"],
  ["Their texts just say 'Action needed, see email' and the email says 'see portal'.", "comm"],
  [
    "I was so frustrated when my account got locked the morning of parents' evening and nobody answered the phone until eleven.",
    "conflict feel",
  ],
  [
    "Someone in revenues and benefits always manages to fall for the test phishing, every single round, and then we all get the same patronising follow-up email.",
    "blame:emp comm",
  ],
  [
    "Teachers want everything unblocked, IT want everything blocked, and the children just find a proxy anyway.",
    "conflict",
  ],
  [
    "They only get in touch when there's been a breach or a warning, never just to say hello, and honestly it makes me jumpy whenever their name pops up in my inbox.",
    "comm feel",
  ],
  [
    "Everything we do on the library PCs is logged and the staff were never asked if that was okay.",
    "power",
  ],
  [
    "The housing officers need to photograph damp on their phones but photos can't be uploaded from personal devices.",
    "conflict",
  ],
  [
    "Their updates on the intranet are short, with a 'what this means for you' section. Very useful.",
    "",
  ],
  ["They check in with our office once a fortnight to see if anything needs doing.", ""],
  [
    "The security lead once told our whole staff meeting that 'people are the problem'. Charming.",
    "blame:emp comm",
  ],
  ["The managers in social care are the ones who demand exceptions to every rule.", "blame:emp"],
  [
    "The door entry cards stopped working after their 'improvement' and we were locked out of our own building.",
    "blame:sec conflict",
  ],
  ["We don't have regular contact. They're a sort of background presence.", "distance"],
  [
    "They're remote in every sense; they decide things for us from an office two counties away.",
    "distance power",
  ],
];

export const VOICES_DA: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_DA_2,
  ...VOICES_DA_3,
  ...VOICES_DA_4,
  ...VOICES_DA_5,
  ...VOICES_DA_6,
];
