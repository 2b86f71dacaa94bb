import type { RawExample } from "./types.js";

/** Part 2 of batch FM (see voices-fm.ts). */
export const VOICES_FM_2: readonly RawExample[] = [
  [
    "Honestly security is often the obstacle here. We built a process nobody can follow, then blamed people for not following it.",
    "blame:sec conflict",
  ],
  [
    "The helpdesk closes tickets without fixing them to hit the SLA. Users have noticed, believe me.",
    "blame:sec",
  ],
  ["Half the 'user errors' I investigate turn out to be our own misconfigured rules.", "blame:sec"],
  [
    "Our security team is brilliant at writing policies and useless at helping anyone follow them.",
    "blame:sec",
  ],
  [
    "We made the password policy so painful that people had to write them down. That's on us, not them.",
    "blame:sec",
  ],
  [
    "Central IT takes three weeks to approve a keyboard. No wonder people think we're a joke.",
    "blame:sec conflict",
  ],
  [
    "The consultancy we hired produced a 200-page risk report and not one recommendation we could use.",
    "blame:sec",
  ],
  [
    "If a user clicks a phishing link our filters let through, whose failure is that really? Ours first.",
    "blame:sec",
  ],
  [
    "we keep pushing updates at 10am on weekdays and then wonder why everyone hates IT",
    "blame:sec feel",
  ],
  [
    "Our outsourced SOC sends alerts nobody can act on, in language nobody understands, and bills us for the privilege.",
    "blame:sec comm",
  ],
  [
    "I'm the weak spot here. I clicked a test phish from our own vendor last month. Embarrassing.",
    "blame:self feel",
  ],
  [
    "It's my own fault people don't report things. I snapped at someone last year and word got round.",
    "blame:self distance",
  ],
  [
    "I should have explained the MFA change in person instead of sending a 2am email. That one's on me.",
    "blame:self comm",
  ],
  [
    "I never made time to visit the other sites. If they don't know who I am, that's my doing.",
    "blame:self distance",
  ],
  [
    "I overcomplicate everything when I explain it. My partner says the same thing.",
    "blame:self comm",
  ],
  ["I left an admin session open on a shared PC. Me. The security guy.", "blame:self"],
  [
    "I set the phishing sim up so harshly that people felt tricked. My mistake, and it cost us trust.",
    "blame:self feel",
  ],
  [
    "the backup job failed for a week and i didnt notice. i'm the one who should've caught it",
    "blame:self",
  ],
  [
    "I get short with people when I'm swamped, then wonder why they stop calling. Bit of a me problem, probably.",
    "blame:self distance",
  ],
  [
    "I keep catching myself blaming users when it turns out to be my own config that's wrong.",
    "blame:self",
  ],
  [
    "I'm too slow on tickets, I know. People deserve better than a three-day wait.",
    "blame:self conflict",
  ],
  [
    "Probably my fault the training flopped. I read slides aloud for 45 minutes and called it awareness.",
    "blame:self comm",
  ],
  [
    "I didn't document the firewall changes, so when I was off sick nobody could do anything. Entirely my fault.",
    "blame:self",
  ],
  [
    "If nobody in accounts understands the backup policy, maybe I just wrote it badly.",
    "blame:self comm",
  ],
  [
    "I'm the bottleneck, honestly, and I know it. Every access request, every firewall change, every new laptop sits in my queue because I never set up delegation or wrote anything down, so when people say IT takes forever they're not wrong, and that's mostly down to me.",
    "blame:self",
  ],
  [
    "my bad - forgot to warn the night shift about the reboot and they lost two hours of work",
    "blame:self",
  ],
  [
    "They think I'm arrogant. Maybe I am a bit; I do tend to change things without asking anyone.",
    "power blame:self",
  ],
  [
    "The MD introduces me to clients as 'our computer boy'. I have a master's in information security.",
    "power feel",
  ],
  [
    "Users never call until it's on fire, and by then they're furious and I'm the punchbag.",
    "distance feel conflict",
  ],
  [
    "Our ticket portal asks 14 questions before you can submit. So people just walk over to Dave instead, and Dave is drowning.",
    "conflict blame:sec",
  ],
  ["Explained it three times, slowly. Still 'oh I'm not techy'. I give up.", "feel blame:emp"],
  [
    "Security at this firm is one guy in another time zone who answers emails on Thursdays.",
    "distance blame:sec",
  ],
  [
    "I've stopped escalating risks to the directors. They nod, minute it, and do nothing.",
    "power distance",
  ],
  [
    "The ward staff think we're a faceless department in the basement. To be fair, we are in the basement.",
    "distance",
  ],
  [
    "Every control I roll out gets a 'thanks for making my job harder' email. I understand why, but it wears you down.",
    "conflict feel",
  ],
  ["Management won't let me phish-test the senior team. Only the juniors get tested.", "power"],
  [
    "My techs talk to users like they're toddlers. Three complaints this month alone.",
    "comm power blame:sec",
  ],
  [
    "staff hide incidents because they're scared of being disciplined. can't say i blame them after how HR handled the last one",
    "feel distance",
  ],
  ["To most users I'm a wizard who can't be questioned. That's not healthy either.", "power"],
  [
    "Our CISO has never once walked the shop floor. He runs security from a slide deck.",
    "distance blame:sec",
  ],
  [
    "i'm worried someone in payroll will fall for a CEO fraud call and honestly i can't train it out of them",
    "feel blame:emp",
  ],
  [
    "Oh sure, the board loves hearing from security. About as much as they love the dentist.",
    "feel",
  ],
  ["Do users avoid us? Yes. They'd rather google it for an hour than ring.", "distance"],
  ["Are we hard to reach? Honestly, yes. One phone line, two of us, nine sites.", "conflict"],
  ["Do I blame the staff? Partly, yeah. Some of them just don't care.", "blame:emp"],
  [
    "They're polite enough, but every conversation with finance ends with 'can't you just turn it off?'",
    "conflict",
  ],
  [
    "Helpful bunch, the nurses, but they share logins at the station like it's a biscuit tin.",
    "blame:emp",
  ],
  [
    "I asked for an extra pair of hands in March. Still waiting. Nobody's said no, nobody's said anything.",
    "power feel",
  ],
  ["We rotate service account passwords quarterly and log every change in the vault.", ""],
  ["MFA has been enforced on all Microsoft 365 accounts since March.", ""],
  ["Phishing sim click rate last quarter: 4.1%. Report rate: 38%.", ""],
  ["I refuse to call users the weakest link. They report more incidents than our tools catch.", ""],
  ["We walk round every office on the first Tuesday of the month. No agenda, just coffee.", ""],
  ["Honestly the staff here are great. If something looks off they ring me straight away.", ""],
  ["Helpdesk: 7am to 7pm, weekdays.", ""],
  ["Laptops are encrypted with BitLocker and the recovery keys are escrowed centrally.", ""],
  ["I wouldn't say users are careless. They're busy, which is different.", ""],
  [
    "We used to email people only when something broke. Now there's a monthly five-minute security coffee and it's packed.",
    "",
  ],
  ["Do people avoid us? Not really. Most of them pop in when they need something.", ""],
  ["The awareness session is 20 minutes, in person, at the start of each team meeting.", ""],
];
