import type { RawExample } from "./types.js";

/** Staff of international small and medium firms writing in English as a second language: simple grammar, literal phrasing, some words from their own language. Written fresh for Rapport (brief DD). */
export const VOICES_DD_5: readonly RawExample[] = [
  ["IT guys in the Pune office are very kind, even at midnight they pick up.", ""],
  [
    "The system admin change the router settings himself, no one knows why, and the scanners lose connection.",
    "power conflict",
  ],
  [
    "I don't feel comfortable to tell IT I installed the Chinese translation app. Maybe they get angry.",
    "feel",
  ],
  [
    "They treat the help requests from the branch like lower priority. Head office always first.",
    "power conflict",
  ],
  ['My manager say "the IT people are lazy, just wait". So we wait.', "blame:sec conflict"],
  ["I'm sorry for the IT team. It's me who keep forgetting the password.", "blame:self"],
  ["My manager and the IT lead are old friends from university.", ""],
  ["Our technology team is small but very responsive. Five stars.", ""],
  [
    "I lost my temper with the helpdesk yesterday, I'm not proud. But three days with no email!",
    "feel conflict",
  ],
  ["Nobody of us know what the security team is working on. They are a mystery.", "distance power"],
  ["If the IT say no, nobody can argue. Not even my director.", "power"],
  [
    "I go to IT with problem, they send me to my manager, manager send me to IT. Like football.",
    "conflict",
  ],
  ["The cyber insurance require the MFA, this is why we have it now.", ""],
  ['Dear IT, please use normal words. "Certificate chain error" means nothing for me.', "comm"],
  ["Our new system admin from Egypt is very polite and always explain step by step.", ""],
  [
    "Security team publish a short newsletter, one page, with a cartoon. I read it every month.",
    "",
  ],
  [
    "Hotel staff always give the WiFi password to anyone who ask, even the back-office one.",
    "blame:emp",
  ],
  [
    "I'm the reason the server was down, I pulled the wrong cable during cleaning. Very sorry.",
    "blame:self",
  ],
  [
    "I waited in the queue for IT support 45 minutes, then the call dropped. I want to scream.",
    "conflict feel",
  ],
  [
    "The IT woman came to our floor to explain the new printers, everybody asked questions, it was nice.",
    "",
  ],
  ["The helpdesk is in Kraków, but they speak good English and answer fast.", ""],
  ["Between us and IT there is no relationship. There is only the ticket system.", "distance"],
  [
    "We work around their rules every day. If we follow everything, the ship leaves without our cargo.",
    "conflict",
  ],
  [
    "They blame us for every incident, but they never train us. How can we know?",
    "blame:sec conflict",
  ],
  ["They decide, we obey.", "power"],
  ["The people in IT are friendly but I never see them outside of problems.", "distance"],
  [
    "I'm afraid that one day I will be the one who click the bad link and everyone in IT will talk about me.",
    "feel",
  ],
  ["IT restored my files after the crash, very grateful.", ""],
  [
    "I said many times, the marketing team must stop using personal Dropbox. They don't listen, they say IT is paranoid.",
    "blame:emp conflict",
  ],
  [
    "The audit was stressful for everybody, but the security officer helped us prepare the papers.",
    "",
  ],
  [
    "They changed the whole email system and told us on the same day. In the afternoon.",
    "comm power",
  ],
  [
    "A bit annoying, the security guy, always reminding us to lock the screen. But he is right.",
    "",
  ],
  ["When the system is slow I just restart, I never tell IT. They are busy anyway.", "distance"],
  [
    "The IT team answer in German even when I write in English. I use Google Translate for everything.",
    "comm",
  ],
  [
    "We used to fight a lot with the IT department, but since the new manager come, it's much better.",
    "",
  ],
  ["I forgot my badge today, the guard let me in after checking with IT. No problem.", ""],
  [
    "I'm the IT, and the management see me like a plumber. Call only when there is water on the floor.",
    "power comm",
  ],
  ["We have a good system: the team leader collect the problems and go to IT once a week.", ""],
  [
    "IT install the camera software on our laptops without explaining. Now we all think they watch us.",
    "power comm",
  ],
  [
    "I'm really fed up with the security popups. Every five minutes something to accept.",
    "feel conflict",
  ],
  ["To be honest, I forget we even have a security team.", "distance"],
  [
    "They always need screenshot, log file, ticket number. I just want somebody to come and look.",
    "conflict comm",
  ],
  [
    "My colleague lost the client's container list because he used a free file converter. I warned him.",
    "blame:emp",
  ],
  ["IT department is very fair here, no favoritism between departments.", ""],
  ["Helpdesk fast, friendly. Good.", ""],
  [
    "The owner decide to buy the cheapest antivirus against my advice. When we get infected, it will be my fault again.",
    "power feel",
  ],
  ["The old email system was terrible, the new one is much more stable.", ""],
  ["Nobody likes changing passwords, but here it's only twice per year.", ""],
  ["They listen to the developers, they never listen to us in QA.", "power"],
  [
    'Our team in Lima call the IT "los fantasmas", the ghosts, because nobody see them.',
    "distance",
  ],
  ["My supervisor check with IT what websites I visit. Is not fair.", "power feel"],
  ['The helpdesk guy called me "sweetie". Very unprofessional, I didn\'t like it.', "comm feel"],
  ["We had a big phishing attack and our staff reported it quickly. I'm proud of them.", ""],
  ["IT said the update will take 20 minutes, it took 25. Close enough.", ""],
  [
    "IT don't understand that hotel never sleeps. They plan updates at 8 pm, when check-in is busiest.",
    "conflict",
  ],
  [
    "I ask a simple question, I receive a long answer full of technical words and a link. I still don't know.",
    "comm",
  ],
  ["Our security person is on the board now, and they listen to her.", ""],
  ["Users click everything. Everything!", "blame:emp"],
  ["Me, I ignored the update message for months. Then the laptop was hacked.", "blame:self"],
  ["I don't call IT. Last time they made me feel like an idiot.", "distance feel"],
  ["I really like the new IT guy, he answer in Tagalog when I don't understand.", ""],
  [
    "The container terminal system was offline one day because of the port authority, not our IT.",
    "",
  ],
  ['IT is the department of "no". No, no, and later maybe.', "blame:sec conflict"],
  [
    "Security training is in the evening, after 10 hours shift. Of course nobody is happy.",
    "conflict feel",
  ],
  [
    "The IT crew replaced all the routers in the depot over the weekend, on Monday everything worked better.",
    "",
  ],
  ["I'm scared to admit, but I still write my password under the keyboard.", "blame:self"],
  [
    "Our chief of security sit on the 10th floor, we in the warehouse never see him, not one time in five years.",
    "distance",
  ],
  [
    'Users never read the error message, they just call me and say "it\'s not working".',
    "blame:emp",
  ],
  ["Talking to IT is like taking an exam for me, my hands are sweating.", "feel power"],
  [
    "After the new manager, IT come to every department to ask what problems we have. Big change.",
    "",
  ],
  [
    "The rule say no cloud storage, but the customer send files only by Google Drive. What we do? We use it.",
    "conflict",
  ],
  ["They don't even read the ticket. They answer something totally different.", "blame:sec comm"],
  [
    "I'm IT, I just want people to call me before they do something stupid, not after.",
    "blame:emp",
  ],
  ["The IT team came to the hotel's 20 years party and danced. Everybody loved it.", ""],
  [
    "They made a decision to block all the personal email and we find out from the IT newsletter.",
    "power comm",
  ],
  ['No one in my team really know what "phishing" is. They just nod in the training.', "distance"],
  [
    'It makes me angry when IT says "this is user error". Sometimes it is, but not always.',
    "feel conflict",
  ],
  [
    "I'm new here, I don't know yet who is IT. Someone told me there is a guy called Arjun.",
    "distance",
  ],
  ["Our import documents must go through the secure portal, and it works most of the time.", ""],
  [
    "When I have a question about the booking system, I message Kofi from IT and he answer in minutes.",
    "",
  ],
  ["Security people have hard job, everybody want exceptions and sometimes they must say no.", ""],
  ['I blame myself, I was in hurry and pressed "enable macros" on the fake invoice.', "blame:self"],
  [
    "Our boss tell the IT guy to give him admin rights and he did, even though is against the policy. What can he do?",
    "power",
  ],
  ["We are happy with IT since they moved the helpdesk to our building.", ""],
];
