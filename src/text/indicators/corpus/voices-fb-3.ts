import type { RawExample } from "./types.js";

/** Part 3 of batch FB (see voices-fb.ts). */
export const VOICES_FB_3: readonly RawExample[] = [
  [
    "Most days the only message our staff get from IT is an automated warning in red capital letters.",
    "comm",
  ],
  ["Our brewery has 35 staff and I know every one of them by first name, including the dog.", ""],
  [
    "Every phishing test we run, the same three people in procurement click, and they're starting to resent me for it.",
    "blame:emp feel",
  ],
  [
    "When the clinic manager asked me to explain ransomware, I did it with a padlock and a shoebox, and she got it straight away.",
    "",
  ],
  [
    "I'd describe our relationship with the lab scientists as cordial but entirely transactional: they email, we answer, nothing else.",
    "distance",
  ],
  [
    "Our engineering VP said, in front of the whole team, that security is why we ship late.",
    "conflict blame:sec",
  ],
  ["I don't think our team is condescending, and the feedback survey backs that up.", ""],
  [
    'We publish a plain-language monthly "what we blocked and why" note, and people actually reply to it.',
    "",
  ],
  ["The way our CISO talks about staff, you'd think they were an invading army.", "blame:emp"],
  ['Calling a mis-sent email an "insider incident" is how you make people hide the next one.', ""],
  ["Our warehouse manager phones me directly whenever a USB stick turns up, which I love.", ""],
  [
    "I've been at this charity for three years and I've never been invited to a programme meeting.",
    "distance",
  ],
  [
    "Our rollout emails are full of acronyms because I write them at midnight, and that's on me.",
    "comm blame:self",
  ],
  ["Our shop-floor team is disciplined about badges; nobody lets a stranger through.", ""],
  [
    'Two of our developers refused the secure coding course, saying they "don\'t need babysitting".',
    "conflict",
  ],
  ["I like our users, and I think most security people quietly do too.", ""],
  ["We don't monitor personal browsing and we say so clearly in the handbook.", ""],
  [
    "People assume I'm judging their passwords when they call, so they apologise before they even say hello.",
    "feel power",
  ],
  [
    "Our Frankfurt team hasn't seen anyone from security in person since before the pandemic.",
    "distance",
  ],
  ["The helpdesk tickets from the sales floor are rude, short and always marked critical.", "feel"],
  ["I'm proud of how quickly the school office staff picked up the new sign-in process.", ""],
  [
    "In truth, our security team decides policy in a room with no one from operations in it.",
    "power",
  ],
  [
    "Yes, an employee clicked the link. She also reported it within two minutes, which is why we caught it.",
    "",
  ],
  [
    "I've sat through too many conference talks where the speaker gets a laugh by mocking a user's password. It's cheap, and it makes our job harder.",
    "blame:sec",
  ],
  [
    "My team is four people for 240 staff across three countries. We can't be everywhere, so we picked a security champion in each office and they've been brilliant.",
    "",
  ],
  [
    "The operations director wants every new control signed off by him first. In practice that means nothing gets signed off.",
    "power",
  ],
  [
    "I was frustrated with the design team for months. Then I realised I'd never once asked them what they needed.",
    "blame:self",
  ],
  [
    "Our end users are doctors, and doctors don't like being told what to do by a 26-year-old. I get it, but patient data is still patient data.",
    "conflict",
  ],
  [
    "We send staff a short video whenever we change a rule, explaining the why. It's the most-watched thing on our intranet.",
    "",
  ],
  [
    "The truth is we built this security programme for auditors, not for the people who work here. It shows.",
    "blame:self",
  ],
  [
    "People here are scared of the word \"incident\". They'd rather wipe a laptop themselves than tell us it's acting weird.",
    "feel distance",
  ],
  [
    "I don't agree that security teams are arrogant. We're mostly tired and understaffed, which can look similar from outside.",
    "",
  ],
  [
    "The executives get exceptions to every rule and the admin staff get none. Everyone notices.",
    "power",
  ],
  [
    "Our user base is 60 seasonal farm workers with shared tablets. We designed everything around that, not around a policy template.",
    "",
  ],
  [
    'I posted on the forum asking how to stop users plugging in random chargers. Someone replied "ask them why", which was annoyingly good advice.',
    "",
  ],
  [
    "Users will do the secure thing if it's the easy thing. That's a design brief, not an accusation.",
    "",
  ],
  [
    'Our managing director introduced me at the staff party as "the guy who reads your emails". Everyone laughed, and nobody spoke to me for the rest of the night.',
    "power",
  ],
  [
    "Honestly the developers are fine to work with. Occasionally prickly about code review, but they always come round.",
    "",
  ],
  [
    "I've been accused of spying on the customer service team because their screen-time report goes to their manager. That report isn't even ours.",
    "conflict power",
  ],
  [
    'We changed "violation" to "issue" in every security email. Small thing, but people stopped panicking when they saw our name.',
    "",
  ],
  [
    "The partners at my firm pay for the best tools money can buy and then share one password for the client portal. I've run out of ways to explain why that's bad.",
    "blame:emp feel",
  ],
  [
    "I spent ten years treating users as a problem to manage. I'd like those ten years back.",
    "blame:self",
  ],
  ["your employees are your biggest risk. book a demo", "blame:emp"],
  ["humans: not a bug", ""],
  ["zero-click, zero-blame. that's the goal", ""],
  ["ppl just dont care about security here", "blame:emp"],
  ["wish i got invited to things", "distance"],
  ["finance director still won't take my calls", "distance"],
  ["super proud of our mailroom team", ""],
  ["CISO blamed the intern on LinkedIn. yikes", "blame:emp"],
  ["they think 2FA is a band", "blame:emp"],
  ["weekly standup w ops, v useful", ""],
  ["our jargon is the real vuln", "comm blame:self"],
  ["nobody came to the drop-in session", "distance"],
  ["I talk to the nurses at every shift change", ""],
  ["Staff: 1, ransomware: 0", ""],
  ["I'm not in their world, they're not in mine", "distance"],
  ["Legal vetoed the phishing test. Cool cool", "power"],
  ["insiders are mostly just tired people", ""],
  ["honestly they're scared of us", "feel"],
  ["new intranet page for security FAQs is live", ""],
  ['users mashing "allow" on every popup 🙃', "blame:emp"],
  ["my boss undermines me in every meeting", "power"],
  ["blame-free reporting works, full stop", ""],
  ["quietly fixed sales' laptops again, they never knew", "distance"],
  ["admin team are switched on", ""],
  ["we talk at them, not with them", "comm blame:self"],
  [
    'Press release: "Our AI finally removes the weakest link, your people, from email security."',
    "blame:emp",
  ],
  [
    'Our survey asked security staff how they felt about employees, and "mostly fond" was the top answer.',
    "",
  ],
  [
    "If someone in HR calls me, it's because a leaver still has access, never just to chat.",
    "comm",
  ],
  [
    "The IT desk at our 80-person logistics firm is open 7am to 7pm, and the drivers use it a lot.",
    "",
  ],
  [
    "I explained the new USB policy to the accountants and they looked at me like I'd confiscated their staplers.",
    "conflict feel",
  ],
  [
    "On the record: we don't think employees are the problem, and we don't sell to companies that do.",
    "",
  ],
  [
    "The architects ignore our messages because we send twelve a week; that's on us.",
    "distance blame:self",
  ],
  ["I trust my colleagues, and my security design assumes they'll sometimes have a bad day.", ""],
  ["Truthfully, the board only remembers I exist when there's a breach in the news.", "comm"],
  [
    "Somebody in our Sydney office keeps taping their password under the keyboard and I'm about to lose it.",
    "blame:emp feel",
  ],
  [
    'The head chef at our restaurant group calls me "the password police" and refuses to log out of the till.',
    "conflict",
  ],
  [
    "Our quarterly town halls now include a five-minute security slot, and people ask real questions.",
    "",
  ],
  [
    "We spend all our energy on tools and almost none talking to the people who use them.",
    "distance blame:self",
  ],
  ["This year's graduate engineers have been brilliant about reporting odd emails.", ""],
  [
    'Quote for the article: "Most breaches I\'ve investigated trace back to a process gap, not a person."',
    "",
  ],
  ["In my experience, the people who click are usually the busiest, not the dumbest.", ""],
  [
    "I had to escalate to the managing partner just to get ten minutes with the litigation team.",
    "conflict",
  ],
];
