import type { RawExample } from "./types.js";

/** Part 3 of batch GC (see voices-gc.ts). */
export const VOICES_GC_3: readonly RawExample[] = [
  ["Says the reception staff 'dread' the phishing simulations.", "feel"],
  ["I get anxious every time there's a red banner on my screen. Am I in trouble?", "feel"],
  ["Fed up. Just fed up of chasing them.", "conflict feel"],
  ["Foreman admits to 'a bit of resentment on the shop floor'.", "feel"],
  ["I don't fear them, but I do feel a bit let down after last year.", "feel"],
  ["People are nervous to report anything in case it comes back on them.", "feel"],
  [
    "It makes me angry when my nurses get told off for something the system should've caught.",
    "comm feel blame:sec",
  ],
  [
    "They mean well, I'm sure, but my team is terrified of doing something wrong on the new system.",
    "feel",
  ],
  ["I'm not scared of them. Irritated, maybe.", "feel"],
  ["I keep expecting a telling-off whenever their name pops up in my inbox.", "comm feel"],
  [
    "Frustrating, because when you do finally get hold of someone they're brilliant.",
    "conflict feel",
  ],
  ["They don't trust us and we don't really trust them.", "conflict feel"],
  ["I worry my team hides mistakes rather than report them to security.", "feel distance"],
  [
    "It's mostly fine. The one real irritation is the password expiring every thirty days.",
    "conflict feel",
  ],
  [
    "When my drivers' phones got locked out mid-route, nobody from security even said sorry.",
    "conflict feel",
  ],
  ["We're at their mercy. If they say no, it's no.", "power"],
  [
    "They're a bit of an invisible force. Things change overnight and nobody knows who decided.",
    "power",
  ],
  [
    "Describes her team as 'on probation' with security since the data incident; every access request is checked twice.",
    "power",
  ],
  ["They decide what software we can have. We ask nicely and wait.", "power"],
  ["I feel like a servant asking the lord of the manor for a key.", "power"],
  [
    "Everything I do on that system is logged and reviewed. I get why, but it does feel like being watched.",
    "power",
  ],
  ["They can be arrogant. They know they hold all the cards.", "power"],
  ["Who are they, even? Decisions come from somewhere upstairs.", "power distance"],
  [
    "Retail ops manager: completely dependent on security for the till system, 'and they know it'.",
    "power",
  ],
  ["Foreman: 'They've got the keys to everything and we've got a ticket number.'", "power"],
  ["My job's to comply. Their job's to decide. That's the deal.", "power"],
  ["They audit my department's access every quarter like we're suspects.", "power blame:emp"],
  [
    "Claims nobody challenges security here; even directors go along with whatever they say.",
    "power",
  ],
  ["I have to justify every admin request to someone I've never met.", "comm power"],
  [
    "They're not arrogant exactly, but they're definitely the ones in charge and we're definitely the ones being checked.",
    "power",
  ],
  ["The security team answers to the board. We answer to the security team, apparently.", "power"],
  [
    "How do they feel about employees? Like we're a liability they have to manage.",
    "power blame:emp",
  ],
  ["My staff feel like suspects, which isn't great for morale.", "feel power"],
  [
    "I don't hate them. I just don't trust what they'll do with all that monitoring data.",
    "feel power",
  ],
  ["Their lead is lovely. The rest of them look straight through you.", "power"],
  [
    "We're the ones serving customers. They're the ones who decide whether we can.",
    "conflict power",
  ],
  ["Security assumes the worst of anyone on a zero-hours contract.", "power blame:emp"],
  [
    "Ops manager keeps calling them 'the men in the back room'; says their decisions feel arbitrary.",
    "power distance",
  ],
  ["My supervisors call them the Ministry. Says it all.", "power"],
  [
    "Finance manager sighs: 'We get audited by them more than by the actual auditors.'",
    "feel power",
  ],
  [
    "My nurses run a ward and get treated like they might walk off with the silverware.",
    "power blame:emp",
  ],
  ["Says the team 'just sort it ourselves now'; quicker than waiting on security.", "distance"],
  ["I don't really have a relationship with them. They're in another building.", "distance"],
  [
    "Says her team avoid raising tickets; they keep a shared spreadsheet of workarounds instead.",
    "distance",
  ],
  [
    "The lads keep a spare router in the stores for when the main one gets locked down. Don't tell security.",
    "distance",
  ],
  [
    "No regular contact with security. Sees them 'maybe once a year, at the fire drill'.",
    "distance",
  ],
  ["I keep my head down. If I don't bother them, they don't bother me.", "distance"],
  ["We haven't spoken properly since the reorganisation.", "distance"],
  ["Frankly I steer my team away from them. Less hassle.", "distance"],
  ["They're a name on the org chart, to me.", "distance"],
  ["Clinic manager unable to name anyone in the security team.", "distance"],
  ["If a laptop plays up, my supervisor restarts it and gets on. Nobody logs it.", "distance"],
  ["They do their thing, we do ours. Not hostile, just separate.", "distance"],
  ["Used to attend the security briefings; stopped going about a year ago.", "distance"],
  [
    "Not a problem at all, but I do wish they'd come down to the floor once in a while instead of emailing.",
    "comm distance",
  ],
  ["They're never rude. They're just never here.", "distance"],
  [
    "Said the relationship was 'fine' three times, then described avoiding the helpdesk for a month.",
    "distance",
  ],
  [
    "HR manager notes security 'never come to the people side'; data-breach disciplinaries land on HR with no input from them.",
    "distance",
  ],
  [
    "Workshop foreman bypasses IT for tool software updates: 'easier to ask forgiveness'.",
    "conflict distance",
  ],
  [
    "I'd love to have them round for a brew and a walk-through, but they never take us up on it.",
    "comm distance",
  ],
];
