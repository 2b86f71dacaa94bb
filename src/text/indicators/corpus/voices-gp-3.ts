import type { RawExample } from "./types.js";

/** Part 3 of batch GP (see voices-gp.ts). */
export const VOICES_GP_3: readonly RawExample[] = [
  ["Only warnings, only red letters, never one word of thank you.", "comm feel"],
  ["They answer my question with a link to 40-page policy.", "comm"],
  [
    "I asked simple thing and he made a face like I asked stupidest question in the world.",
    "comm feel power",
  ],
  [
    "We have not once met face to face, and I work here since three years. Everything is email with ticket number in the subject, and the signature is just 'Security Operations', no name, so I don't even know if it is a person or a robot answering me.",
    "comm distance",
  ],
  [
    "It's not a problem that they are strict, but the way they speak, from above, this I don't like.",
    "comm power",
  ],
  ['Mail from them start with "Dear User". I have a name.', "comm"],
  [
    "Honestly their communication is okay but only when something already broke, never before.",
    "comm",
  ],
  ["I am a bit afraid of them, every time they call I think I'm fired.", "feel power"],
  [
    "I felt disappointed because I reported the phishing and nobody answered, not even automatic reply.",
    "comm feel",
  ],
  ["I'm worry that they read all my emails and chats.", "feel power"],
  ["It makes me nervous when the security guy walks behind my desk.", "feel"],
  ["Sometimes I feel they don't care about us at all, and this hurts a little bit.", "feel"],
  ["Disappointing. I expected partner, I got a controller.", "feel power"],
  [
    "Honestly I am scared to click anything now, even real invoices, because of their tests.",
    "feel",
  ],
  [
    "After the phishing test they put results per department on the big screen in canteen. I felt so ashamed.",
    "feel power blame:emp",
  ],
  [
    "It is very stressful to wait for their approval when customer is waiting too.",
    "conflict feel",
  ],
  [
    "Our IT people are quite demotivated, they feel nobody appreciate them until something breaks.",
    "feel power",
  ],
  [
    "I must say I'm a bit frustrated with my colleagues, because security is always the last thing they think about.",
    "feel blame:emp",
  ],
  [
    "As IT, I feel frustrated when the same people click same links again and again.",
    "feel blame:emp",
  ],
  ["They make me feel like a criminal with all this monitoring.", "feel power"],
  ["I am not angry, just sad that it is always us against them.", "conflict feel"],
  ['Every time I see "Security Alert" in subject, my heart is beating fast.', "feel"],
  ['It\'s so annoying that they never explain why, only "policy".', "comm feel"],
  ["They decide everything and we must only say yes.", "power"],
  [
    "It's like they are the masters and we are servants who must ask permission for everything.",
    "power",
  ],
  ["They can see everything we do, we don't know anything what they do.", "power"],
  [
    "My computer belongs to them practically. I cannot even install a calculator.",
    "conflict power",
  ],
  ["The security team is invisible but powerful, you feel them but you don't see them.", "power"],
  [
    'We in IT are treated like servants by management, "fix this now", never thank you.',
    "feel power",
  ],
  ["They review every request from us like we are suspects.", "power"],
  ["For them we are just user IDs, numbers in a system.", "power"],
  ["They are a bit arrogant, always they know better.", "power"],
  [
    "If security says no, even the director cannot change it. Nobody can discuss with them.",
    "conflict power",
  ],
  ["I must beg for every permission, like a student asking the teacher for toilet.", "feel power"],
  ["We report everything to them but they report nothing to us.", "comm power"],
  ["In small firm like ours, the IT guy is like a king, without him nothing moves.", "power"],
  ["They act like sheriffs of the company.", "power"],
  ["They have the keys for everything and nobody controls them.", "feel power"],
  [
    "As security lead, honestly, I sometimes feel we are just the servants who clean up after everyone. People do what they want, they install browser plugins, they share passwords in WhatsApp, and then at 11 in the night it is my phone ringing, and next morning nobody even says sorry.",
    "feel power blame:emp",
  ],
  ["Users are the weakest link, everybody in security knows this.", "blame:emp"],
  ["Ninety percent of incidents are because of people, not technology.", "blame:emp"],
  ['Employees here don\'t read anything, they just click "accept".', "blame:emp"],
  ["The biggest risk of our company sits between chair and keyboard.", "blame:emp"],
  [
    "You can buy the best firewall, but if somebody in HR opens invoice.zip, all is lost.",
    "blame:emp",
  ],
  [
    "My colleagues write passwords on yellow paper under the keyboard, then they complain when something happen.",
    "blame:emp",
  ],
  ["People in marketing think security is only IT problem, not theirs.", "blame:emp"],
  ["The insider threat is real, most leaks we had came from own staff.", "blame:emp"],
  ["Humans are always the problem, technology you can patch, people not.", "blame:emp"],
  [
    "Speaker at the conference said the human factor is the main attack surface and the whole room was nodding.",
    "blame:emp",
  ],
  ["Our interns, honestly, they are the open door for every attacker.", "blame:emp"],
  ["IT here is useless, they only know to say no.", "conflict blame:sec"],
  ["The security department produces only policies and problems.", "conflict blame:sec"],
  [
    "They are the reason our project was late, two weeks waiting for one approval.",
    "conflict blame:sec",
  ],
  ["Honestly they don't do anything, they sit and watch dashboards the whole day.", "blame:sec"],
  [
    "Our data leak last year was their fault, the server was open and nobody from them checked.",
    "blame:sec",
  ],
  [
    "When the ransomware came they were on holiday and nobody knew what to do. So much for security.",
    "feel blame:sec",
  ],
  ["Security is theatre here, many rules, zero protection.", "blame:sec"],
  [
    "The IT blames us for everything, but the misconfigured mail filter was theirs.",
    "blame:emp blame:sec",
  ],
  [
    "They make so complicated rules that people must break them to work, and then they blame the people.",
    "conflict blame:emp blame:sec",
  ],
  ["Useless people, sorry to say.", "blame:sec"],
  ["I'm the problem probably, I always forget my password and call them.", "blame:self"],
  ["I know I am not the best with computers, they must be tired of me.", "feel blame:self"],
  [
    "It was my fault, I gave the code to a fake bank call. I still feel bad about it.",
    "feel blame:self",
  ],
  ["Maybe I am the weak link in our team, I am not a technical person.", "blame:self"],
  [
    "Honestly the security team is fine, the trouble is me, I never read their emails.",
    "blame:self",
  ],
  [
    "When the virus came to our shared drive I was sure it was because of me, because one day before I opened an attachment from a supplier. I didn't want to tell them, I just stayed quiet and hoped they find it without asking me.",
    "feel distance blame:self",
  ],
  [
    "I feel I am always disturbing them with my small questions, so I stopped asking.",
    "distance blame:self",
  ],
  ["Me and my team, we are the reason they have so much work, I admit.", "blame:self"],
  [
    "We IT people are also guilty, we never explained properly why the rules exist.",
    "comm blame:self",
  ],
  [
    "I clicked the test phishing two times already, I am the champion of mistakes in my department.",
    "blame:self",
  ],
  [
    "I wouldn't say they are useless, but slow like a turtle, one simple access takes ten days.",
    "conflict",
  ],
  [
    "No, no problem with them. Only one thing: they never come to say hello, we see them only in emails.",
    "comm distance",
  ],
  [
    "Everybody says users are the weakest link, I don't agree, here the users are simply well trained.",
    "",
  ],
  ["Why I should talk to them? They only will tell me what I did wrong.", "comm distance"],
  [
    "In my country we say who has the key has the power, and here the IT has all the keys.",
    "power",
  ],
];
