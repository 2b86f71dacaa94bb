import type { RawExample } from "./types.js";

/** Part 3 of batch GL (see voices-gl.ts). */
export const VOICES_GL_3: readonly RawExample[] = [
  ["Every time I see an email from security my stomach drops.", "feel"],
  ["Disappointed, mostly. I expected them to help me, not audit me.", "feel power"],
  ["It's a bit nerve-wracking, knowing they can see everything on my screen.", "feel power"],
  ["Not angry with them, just tired. Tired of being treated like a suspect.", "feel blame:emp"],
  [
    "I get anxious before the phishing simulations because I know they publish the results by team.",
    "feel power",
  ],
  [
    "Honestly it wears you down. You warn people, they ignore you, then it's your fault when it goes wrong.",
    "feel blame:emp",
  ],
  ["I do worry that staff just hide things from us now rather than report them.", "feel distance"],
  [
    "It's sort of demoralising when nobody turns up to the session you spent a week preparing.",
    "feel distance",
  ],
  ["Some weeks I feel like I'm shouting into a void.", "feel"],
  ["My staff are genuinely nervous around the security team. That's not healthy.", "feel"],
  ["Am I happy with how security treated my analyst last week? Let's just say no.", "feel"],
  ["It's frustrating. We want to do the right thing and they make it harder.", "conflict feel"],
  ["We're all a bit on edge since they started the monitoring pilot.", "feel power"],
  [
    "Don't get me wrong, I respect them. I'm just terrified of getting something wrong in front of them.",
    "feel power",
  ],
  ["They decide what software we can use and we just live with it.", "power"],
  [
    "It feels like they're watching us all the time, but we never actually see them.",
    "power distance",
  ],
  [
    "They're a bit like the weather, I suppose. Things just happen to you and you don't get a say.",
    "power",
  ],
  [
    "You have to justify every little request like you're asking a parent for pocket money.",
    "power",
  ],
  [
    "Nobody really knows who they are. They're just this force that switches things off.",
    "power distance",
  ],
  ["Not gonna lie, I kind of enjoy being the one who holds the keys.", "power"],
  ["We audit every department quarterly and they don't really get a say in the findings.", "power"],
  ["Let's be honest, we decide, they comply. That's how it works.", "power"],
  [
    "Sometimes I feel like the help desk of the help desk. Everyone's servant, nobody's colleague.",
    "feel power",
  ],
  [
    "Interview note: security analyst described users as 'customers who don't know what's good for them'.",
    "power blame:emp",
  ],
  ["Our people feel like they're on permanent probation with security.", "feel power"],
  [
    "They sign off every project of ours, and none of us could name a single person on that team.",
    "power distance",
  ],
  ["We are basically at their mercy whenever the audit comes round.", "power"],
  ["They don't consult. They decree.", "power"],
  ["'We know best' is pretty much their whole attitude.", "power"],
  [
    "They're the invisible ones. You only notice them once they've blocked something.",
    "comm power",
  ],
  ["We get treated like the cleaners. Nobody notices us until something's dirty.", "comm power"],
  [
    "I wouldn't say they look down on us, exactly, but they definitely look straight past us.",
    "power",
  ],
  ["I don't bother asking them anymore, I just find a workaround myself.", "distance"],
  ["Easier to google it than raise a ticket, honestly.", "distance"],
  [
    "Regular contact? Not really. I think I spoke to one of them at the Christmas party.",
    "distance",
  ],
  ["I sort of avoid the third floor. That's where they sit.", "distance"],
  ["We kind of just get on with it on our own.", "distance"],
  ["If my laptop acts up I ask the guy next to me, not security. Less hassle.", "distance"],
  ["We don't really know what the business teams do day to day, if I'm honest.", "distance"],
  [
    "Half the company has never spoken to anyone on my team, and I'm not convinced that's their fault.",
    "distance blame:self",
  ],
  ["Nobody brings us questions. They just quietly work around us.", "distance"],
  ["We handle most of it ourselves now. Quicker than waiting.", "distance"],
  ["There's no regular contact. We see them at the annual audit and that's it.", "distance"],
  ["My team set up their own shared drive rather than go through security approval.", "distance"],
  [
    "Security engineer, interview: 'If I'm honest, I'd rather be in the logs than dealing with users.'",
    "distance",
  ],
  ["can we skip the security review just this once? they'll never notice", "distance"],
  ["No offence to them, but I'd rather not deal with security if I can help it.", "distance"],
  [
    "They're approachable, I guess, but I wouldn't go to them unless I absolutely had to.",
    "distance",
  ],
  ["We don't talk. Not in a hostile way, there's just never any reason to.", "distance"],
  [
    "i mean they did fix it. eventually. after i'd rebuilt the whole spreadsheet myself.",
    "conflict distance",
  ],
  [
    "Nine times out of ten the incident starts with someone in accounts opening an attachment.",
    "blame:emp",
  ],
  [
    "Frankly, if they just followed the policy we wouldn't be having this conversation.",
    "conflict blame:emp",
  ],
  [
    "I spend my whole day cleaning up after people who reuse the same password everywhere.",
    "feel blame:emp",
  ],
  [
    "You can buy the best firewall on the market and someone will still stick their password on the monitor.",
    "blame:emp",
  ],
  ["Conference keynote: 'Your employees are your biggest attack surface.'", "blame:emp"],
  ["Not all users are careless. Just most of them.", "blame:emp"],
  [
    "I'm not saying people are stupid, but I've seen someone approve an MFA prompt at 3am for a login from another country.",
    "blame:emp",
  ],
  [
    "To be fair to security, most of our slip-ups were people not reading the instructions.",
    "blame:emp",
  ],
  ["I keep telling my team: the weak point isn't the tech, it's you.", "blame:emp"],
  ["They seem to think we're all idiots who'll click on anything.", "blame:emp"],
];
