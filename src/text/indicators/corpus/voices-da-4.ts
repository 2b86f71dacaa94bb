import type { RawExample } from "./types.js";

/** Employees of schools, councils, libraries and charities answering the survey's open questions about their IT and security staff. Written fresh for Rapport (brief DA). */
export const VOICES_DA_4: readonly RawExample[] = [
  ["There's a poster by the kettle with their extension and a photo of each of them.", ""],
  ["Very understandable messages, plain English, and they always say who to contact.", ""],
  [
    "The first I heard of the new email filtering was when my emails stopped arriving.",
    "comm conflict",
  ],
  ["I always leave a call with them feeling slightly worse about myself.", "feel"],
  [
    "They want two weeks' notice for a new starter account, but we often recruit volunteers the day before an event.",
    "conflict",
  ],
  ["Our data got lost in the migration and IT have still not owned up to it.", "blame:sec"],
  [
    "Honestly I was sceptical of the new council-wide system, and I grumbled plenty in the first fortnight, but IT ran training sessions at every depot, including for the early shift, and it works better than the old one did. Credit where it's due.",
    "",
  ],
  ["They would say we're a bit chaotic, which is fair, we're a primary school.", ""],
  ["Their messages are clear enough, usually with screenshots.", ""],
  ["They write 'please action per the attached SOP' and I don't know what an SOP is.", "comm"],
  [
    "Our food bank volunteers don't have any contact with IT at all; I'm the go-between.",
    "distance",
  ],
  [
    "Annoying beyond words: the system logs me out midway through writing a child protection report.",
    "conflict feel",
  ],
  [
    "The parking team needed a software update for the new regulations and it took until after the rules came in.",
    "conflict",
  ],
  ["They're really helpful, mostly because they explain what they're doing while they do it.", ""],
  [
    "I'm uneasy that they can turn on my webcam. I've been told they can't, but who knows.",
    "feel power",
  ],
  ["They're the gatekeepers. If they don't like your idea, it doesn't happen.", "power"],
  [
    "It's exasperating. They set up the new tills wrong and we took cash only for a fortnight.",
    "blame:sec feel",
  ],
  ["They explained why we needed the encryption, which made it easier to accept.", ""],
  [
    "I'm the reason we had the phishing training, to be honest. I gave my details to a fake Microsoft page.",
    "blame:self",
  ],
  ["I felt belittled by the way he explained it.", "feel comm"],
  ["Intimidated is the word. I always feel I'm about to be told off.", "feel power"],
  ["Disappointed they didn't warn us about the outage on food distribution day.", "feel comm"],
  ["In a library authority this size, you'd think we'd know them. We don't.", "distance"],
  [
    "Honestly, it's usually the senior managers who ignore the rules, not the frontline, and IT are too wary of them to say anything.",
    "blame:emp power",
  ],
  ["IT are the bottleneck for every project we try.", "conflict blame:sec"],
  [
    "All the messages arrive at 5pm on a Friday with 'ACTION REQUIRED' in the subject, so the weekend starts with a knot of worry.",
    "comm feel",
  ],
  ["I'd say trusting. We trust them and they trust us.", ""],
  [
    "The new security messages come with a little cartoon, which sounds silly but they actually get read.",
    "",
  ],
  ["Our IT manager told me he's 'just the help' and the directors don't listen to him.", "power"],
  [
    "The decisions come from somewhere above, and we just have to live with whatever they choose.",
    "power",
  ],
  ["They listened to our feedback on the login screen and changed it. Brilliant.", ""],
  ["The new sign-in app was a pain for a week, then I forgot about it.", ""],
  ["I hate that they can switch off my account remotely without telling me.", "feel power"],
  [
    "The constant 'urgent security alert' emails make me nervous, I never know which ones actually matter.",
    "comm feel",
  ],
  [
    "They're untouchable. Nobody's allowed to question the IT manager, not even the chief executive.",
    "power",
  ],
  ["We used to have an IT technician on site. Now it's a phone number in Manchester.", "distance"],
  ["IT can override anything the head decides, which seems backwards for a school.", "power"],
  ["The firewall blocks gaming sites, which is fair enough in a school.", ""],
  [
    "Our chief exec gave IT free rein after the ransomware scare, and we've lost a say in anything.",
    "power",
  ],
  [
    "Most of us just work around the problem rather than reporting it. Nobody expects a reply, and the last time I reported something I was told it was user error.",
    "distance blame:emp",
  ],
  ["I'd rather struggle on than ring them.", "distance"],
  ["I'd rather ask my son than ring the helpdesk.", "distance"],
  [
    "We asked for the reading app for months. No yes, no no, just silence, and eventually we bought it ourselves on a card.",
    "conflict comm",
  ],
  ["The IT team has the final say on everything, including things that aren't technical.", "power"],
  ["They sent the cyber security policy as a 60-page PDF with no summary.", "comm"],
  [
    "Their security tips email goes out every week and nobody reads it, it's enormous.",
    "comm distance",
  ],
  ["Once they explained why we were getting new laptops, it made total sense.", ""],
  [
    "The instructions for the new authenticator were a screenshot of a screenshot with no words.",
    "comm",
  ],
  [
    "Our network manager says he's not listened to by the senior leadership team, and the teachers ignore his emails anyway.",
    "power blame:emp",
  ],
  ["Their messages are short and to the point. I like that.", ""],
  ["They don't consult, they announce.", "comm power"],
  [
    "The children's centre needed a printer by Monday and procurement plus IT approval meant it came in six weeks.",
    "conflict",
  ],
  ["My own stupidity, I used the same password as my Amazon account.", "blame:self"],
  [
    "We've stopped telling them about problems because it just leads to more restrictions.",
    "distance conflict",
  ],
  ["They sometimes take a while, but they always follow up to check it worked.", ""],
  [
    "I get annoyed with them, then I feel guilty for getting annoyed, because they're clearly overworked.",
    "feel",
  ],
  ["I feel a bit silly whenever I need them, like I ought to manage on my own.", "feel"],
  ["I'm probably not the best person to ask, I keep well away from all that.", "distance"],
  [
    "We're a charity shop. IT is a laptop in the back room and a nephew who knows computers.",
    "distance",
  ],
  [
    "The online payments page was down for the whole council tax deadline. IT's fault, not ours.",
    "blame:sec",
  ],
  [
    "They cancelled the class Zoom link mid-lesson because it hadn't been 'approved'.",
    "conflict power",
  ],
  ["Fed up. Three tickets open and not one has been touched.", "feel conflict"],
  [
    "We've got staff who've worked here thirty years and refuse to learn anything new. IT can only do so much.",
    "blame:emp",
  ],
  ["I'd call it a tug of war. They want things secure, we want things to work.", "conflict"],
  ["We get a monthly email with three security tips; I read it on the bus.", ""],
  ["I'm slow with new tech, and they've always been willing to go over things a second time.", ""],
  ["They're based in the same building as us, so I just pop up if I need something.", ""],
  [
    "I feel like a servant asking for scraps. 'Please may I have access to the minutes folder.'",
    "power feel",
  ],
  ["Curt. 'Ticket closed.' That's all you get.", "comm"],
  [
    "I always feel like I'm the only one who doesn't get what they're on about; they speak a different language.",
    "feel comm",
  ],
  ["Short, sharp and rather rude, their emails.", "comm"],
  [
    "We sort our own tech problems in the parish office. There's no one to call anyway.",
    "distance",
  ],
  [
    "They're like a faceless authority. Rules arrive, no one knows who wrote them.",
    "power distance",
  ],
  ["It feels demeaning to need permission to plug in a mouse.", "feel power"],
  ["They use plain language and no acronyms, which I really value.", ""],
  [
    "It drives me mad that I can't open a donor's Word document without three warnings and a quarantine.",
    "conflict feel",
  ],
  ["Friendly lot. Bit nerdy, in a good way.", ""],
  ["I've never had a reply that actually answered the question I asked.", "comm"],
  ["Their alerts are all red and capital letters; it's like living with a car alarm.", "comm feel"],
  ["Honestly I'm scared to touch anything in case I break it and they have to come out.", "feel"],
  [
    "We're in a portakabin at the far end of the site and IT just don't come down here.",
    "distance",
  ],
  ["When I asked why the site was blocked I got a link to a forty-page policy.", "comm"],
  [
    "We were told to stop using our own laptops at home but not offered any alternative or explanation.",
    "comm conflict",
  ],
  ["I felt really stupid asking what a browser was.", "feel"],
];
