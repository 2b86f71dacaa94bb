import type { RawExample } from "./types.js";

/** Employees of schools, councils, libraries and charities answering the survey's open questions about their IT and security staff. Written fresh for Rapport (brief DA). */
export const VOICES_DA_3: readonly RawExample[] = [
  [
    "They stick around to check it actually works before they leave. Small thing, makes a difference.",
    "",
  ],
  [
    "I was scared when the office was burgled and the laptops taken, but IT had everything wiped and replaced in a day.",
    "",
  ],
  ["Whoever designed the password reset process has never had to use it.", "blame:sec"],
  [
    "Whatever they did to the Wi-Fi over Christmas, it's been worse since, and when we ask they say nothing has changed.",
    "blame:sec comm",
  ],
  ["The hospice IT man knows every nurse by name and always asks after the patients.", ""],
  [
    "The VPN drops every twenty minutes and IT insist it's our home broadband. It isn't.",
    "conflict blame:sec",
  ],
  ["A mixed experience: slow on some things, brilliant on others.", ""],
  [
    "My colleagues couldn't care less about security, they'd leave the door open if you let them.",
    "blame:emp distance",
  ],
  [
    "The head's assistant has to approve any website unblock, then IT, then the trust. Three layers to watch a YouTube clip.",
    "power conflict",
  ],
  ["Being honest, I think they'd say we're improving.", ""],
  ["They helped me set up text-to-speech for a pupil with dyslexia.", ""],
  ["I'm the problem, I always forget to restart for updates.", "blame:self"],
  ["They admit when something's their mistake. That counts for a lot.", ""],
  [
    "The positive experience: they unlocked my account within a minute at 7.50am before school.",
    "",
  ],
  ["Helpful and patient with the older volunteers, who are not confident with tablets.", ""],
  ["Invisible, unaccountable, and slightly sinister.", "power distance"],
  [
    "They're never there when you need them and when they are, they make it worse.",
    "conflict blame:sec",
  ],
  [
    "I'm tired of them blaming the software supplier for everything when it's their setup that's wrong.",
    "blame:sec feel",
  ],
  ["I'll hold my hands up, I ignored the update warnings for weeks.", "blame:self"],
  ["I'm not really bothered about security, that's their job not mine.", "distance"],
  ["It's a parent-child relationship and we're the children.", "power"],
  [
    "The emails are full of terms like 'endpoint' and 'MFA enrolment' and nobody in the office knows what that means. I feel a fool asking.",
    "comm feel",
  ],
  [
    "Honestly the council's IT department is the reason the planning portal is down every other Monday, and they never tell us when it'll be back.",
    "blame:sec comm",
  ],
  ["Anxious, I suppose. Always waiting to be caught out by them.", "feel"],
  [
    "The registration app stopped working on the minibus trip and the support line was closed.",
    "blame:sec conflict",
  ],
  ["Their newsletter is written for other techies, not for people who run a food bank.", "comm"],
  [
    "They never say what the change is for. Just that it's happening, usually on a Friday, and we're expected to cope.",
    "comm power",
  ],
  [
    "The trust's IT team makes the calls, the school just gets told, and we've never even been introduced to them.",
    "power distance",
  ],
  [
    "I honestly don't like dealing with them, so I leave it to our office manager.",
    "feel distance",
  ],
  [
    "The IT manager lectures us in every briefing as though we're schoolchildren, and we're a school.",
    "comm power",
  ],
  ["I don't mind the two-factor thing now, it takes five seconds.", ""],
  ["I'm not sure how they'd describe us. Probably 'busy'.", ""],
  ["Strengths: knowledgeable, calm. Weaknesses: they're stretched thin.", ""],
  [
    "They took admin rights away from the whole music department and now I can't update the notation software. Felt like being grounded.",
    "power conflict feel",
  ],
  [
    "We had a scare with a fake invoice from a 'supplier' last year and I was shaking, but the IT manager was calm, walked me through what to do, reported it, and nobody made me feel bad about it at all.",
    "",
  ],
  ["To be fair, I ignored three emails telling me to change my password.", "blame:self"],
  [
    "Still cringing about the time I called them because the monitor was switched off at the wall.",
    "feel blame:self",
  ],
  [
    "The IT team answers to the trust, not to our head, so there's nothing we can do if they say no. It's frustrating beyond belief.",
    "power feel",
  ],
  ["Whenever they 'improve' something it gets worse, and I'm tired of it.", "blame:sec feel"],
  ["They trust us with admin rights on the classroom PCs, which I think is brave of them.", ""],
  [
    "We're a small branch library, we never see anyone from IT. If the printer jams, Maureen fixes it.",
    "distance",
  ],
  [
    "The archive reading room computers need a staff password for every catalogue search, so researchers queue while we type it in.",
    "conflict",
  ],
  [
    "We're at the mercy of whoever is on the helpdesk that day. Some days you get help, some days you get a lecture.",
    "power comm",
  ],
  ["I'd describe them as approachable, especially Femi.", ""],
  ["Not sure. I don't have much to do with them, but when I do it's fine.", "distance"],
  ["They answered my ticket on a Sunday, which I didn't expect.", ""],
  [
    "I'm nervous of asking them anything after last time, so I muddle through on my own.",
    "feel distance",
  ],
  [
    "I was called into a meeting about a website I'd visited on my lunch break. It felt so invasive.",
    "power feel",
  ],
  ["Would I call them? Yes, without hesitation.", ""],
  [
    "I'm overwhelmed by the number of security emails. I just delete them now.",
    "feel comm distance",
  ],
  ["Most of us don't engage with IT beyond resetting passwords.", "distance"],
  [
    "We ended up using our personal WhatsApp for the youth club rota because the official system was blocked on the laptops.",
    "conflict",
  ],
  [
    "They probably think we're all hopeless, and fair enough: half the staff room still writes passwords on post-its.",
    "blame:emp",
  ],
  [
    "I got a very sharp email for forwarding a newsletter to my personal account. I was mortified.",
    "comm feel",
  ],
  ["There's no point asking them, it's quicker to do it myself.", "distance blame:sec"],
  ["Acronym soup, every single email.", "comm"],
  ["They'd probably say we're demanding but fair, which sounds about right.", ""],
  ["Jargon. Pure jargon.", "comm"],
  [
    "It was my fault the donor spreadsheet went to the wrong Sarah. IT were good about it.",
    "blame:self",
  ],
  ["The security audit felt like being inspected rather than supported.", "power"],
  ["Yes, helpful. They gave me a loan laptop within the hour when mine died.", ""],
  [
    "The laptops take twenty minutes to boot after every update and there's no way to defer it before a lesson. Whoever set that up has never taught a class.",
    "conflict blame:sec",
  ],
  ["Their messages are understandable nine times out of ten. The tenth, I just ask.", ""],
  ["Honestly, a bit afraid of getting it wrong in front of them.", "feel"],
  [
    "The encrypted email system won't open on the social workers' phones and IT say that's 'by design'.",
    "conflict blame:sec",
  ],
  [
    "The laptop that was stolen from my car was encrypted, so it was a nuisance rather than a disaster, and IT had me working again by lunchtime.",
    "",
  ],
  ["If the laptop dies out on the mobile library route, we're on our own.", "distance"],
  [
    "If there's a virus, look for whoever downloaded the free screensaver. There's always one.",
    "blame:emp",
  ],
  ["I'm always on edge when they remote into my screen.", "feel"],
  [
    "I'm at my wits' end with the printers. Every fix from IT lasts about a day.",
    "feel blame:sec conflict",
  ],
  [
    "We got a one-line email saying our personal phones would now need 'device management'. What does that even let them see?",
    "comm power",
  ],
  [
    "The web filter is strict, but they'll unblock a site within the day if you explain what it's for.",
    "",
  ],
  [
    "The helpdesk closes at four and the after-school clubs run till six. Whose bright idea was that?",
    "conflict blame:sec",
  ],
  [
    "They closed my ticket as 'user error' when the system had clearly crashed for the whole floor.",
    "blame:sec conflict",
  ],
  [
    "The school's website went down during admissions week and IT said it wasn't their system. It is.",
    "conflict blame:sec",
  ],
  ["The positive was when they set up a separate safe network for the youth group.", ""],
  ["Uncomfortable. I never know where I stand with them.", "feel"],
  ["Nobody in the charity understands what IT actually does, so whatever they say goes.", "power"],
  ["The relationship is polite but distant.", "distance"],
  ["Whenever there's an incident we find out from the local paper before we hear from IT.", "comm"],
  [
    "The council's cyber team are technically consultants, and they don't have to answer to anyone here.",
    "power",
  ],
  ["Their helpdesk chat is quick and the people on it are friendly.", ""],
  ["It's a good relationship. We know each other by first names.", ""],
  ["They're slow to reply on email but very fast on the phone.", ""],
];
