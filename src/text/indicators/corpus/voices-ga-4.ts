import type { RawExample } from "./types.js";

/** Part 4 of batch GA (see voices-ga.ts). */
export const VOICES_GA_4: readonly RawExample[] = [
  ["Some days I think the staff there would rather lose their data than phone us.", "distance"],
  ["Three site visits cancelled on us this month. I don't think they want to see us.", "distance"],
  ["They got the owner's son-in-law in to fix the Wi-Fi instead of calling us.", "distance"],
  ["We send the monthly report and hear nothing back. Not even a read receipt.", "distance"],
  [
    "The last MSP left them one admin account called 'admin' with the company name as the password. No wonder they don't trust IT people.",
    "blame:sec",
  ],
  [
    "A lot of the 'users are the weakest link' talk is just security people covering for bad tooling.",
    "blame:sec",
  ],
  [
    "If one click on a link can wreck the network, that's a failure of whoever designed the network, not the user.",
    "blame:sec",
  ],
  ["Our own engineers are the worst for reusing passwords, honestly.", "blame:sec"],
  ["Security vendors love blaming the user because it sells training courses.", "blame:sec"],
  [
    "Users are the weakest link? Rubbish. They're the people our industry never bothered to train properly.",
    "blame:sec",
  ],
  [
    "The tech who set up their email never documented a thing and then left. Cheers for that.",
    "blame:sec",
  ],
  [
    "Our escalation team are useless. Tickets sit there for days and I'm the one taking the angry calls.",
    "conflict blame:sec",
  ],
  [
    "The previous guy locked everything down so hard they couldn't do their jobs. We're still undoing the damage.",
    "conflict blame:sec",
  ],
  [
    "Honestly some of my colleagues are arrogant with users and it undoes months of good work.",
    "power blame:sec",
  ],
  [
    "Some of our engineers enjoy being gatekeepers a bit too much, if I'm honest.",
    "power blame:sec",
  ],
  [
    "IT people overcomplicate everything. Twenty years in this job and I include myself.",
    "blame:sec blame:self",
  ],
  ["I'm probably the problem. I get short with people when I'm busy.", "blame:self"],
  ["I assumed they knew what phishing was. That one's on me.", "blame:self"],
  ["I know I come across as the grumpy IT guy. I'm working on it.", "blame:self"],
  [
    "Looking back, the breach was partly my fault. I never pushed hard enough for MFA on the owner's account.",
    "blame:self",
  ],
  [
    "Half the friction is my fault. I roll things out on a Friday afternoon with no warning.",
    "conflict blame:self",
  ],
  [
    "I'll be honest, I put way too much jargon in my reports. Nobody reads past page one.",
    "comm blame:self",
  ],
  [
    "I catch myself saying 'just clear your cache' like everyone knows what that means.",
    "comm blame:self",
  ],
  [
    "I've been guilty of talking down to users. Saw a recording of one of my trainings and wanted to crawl under the desk.",
    "comm blame:self",
  ],
  [
    "My fault entirely. Wrote the instructions in tech-speak and then wondered why nobody followed them.",
    "comm blame:self",
  ],
  [
    "Bad habit of mine: I fix things without explaining, so nobody learns and they keep needing me for everything.",
    "power blame:self",
  ],
  ["Sometimes I think I'm the bottleneck. Everything waits on me.", "power blame:self"],
  [
    "I let their calls go to voicemail more than I should. They deserve better.",
    "distance blame:self",
  ],
  [
    "Self-assessment, since we're being honest in this survey: I'm terrible at keeping clients updated between problems. I do the work, I close the ticket, and I never tell anyone what changed or why. They probably think we've vanished half the year.",
    "distance blame:self",
  ],
  [
    "I worry I've made them scared to call. I was pretty sharp with the bookkeeper last time.",
    "feel blame:self",
  ],
];
