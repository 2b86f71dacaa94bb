import type { RawExample } from "./types.js";

/** Part 3 of batch GI (see voices-gi.ts). */
export const VOICES_GI_3: readonly RawExample[] = [
  ["We're like kids asking permission to put a weather app on the work phone.", "feel power"],
  ["They can see our browsing history, we don't get to see anything of theirs.", "power"],
  [
    "Interviewer's note: the yard clerk described security as 'the people upstairs who switch things off' and said she is never told why.",
    "comm power",
  ],
  ["They act like they own the place. Arrogant with it.", "power"],
  [
    "We're completely dependent on them. If they don't unlock the account, the lorry doesn't leave.",
    "power",
  ],
  ["An invisible force, that's what they are. Things just change overnight.", "power"],
  ["I feel like I'm on probation every time they audit my laptop.", "feel power"],
  ["They're the gods of the password, we're the peasants.", "power"],
  [
    "Respondent, a shift supervisor, said operators feel 'watched and marked' by the security team, who 'never explain their scores'.",
    "comm feel power",
  ],
  ["You go to them cap in hand.", "power"],
  ["They report us to our managers but there's no one we can report them to.", "conflict power"],
  [
    "Head office security sets the rules for us in the sticks and never asks what it's like here.",
    "power distance",
  ],
  [
    "It's not a partnership, we're just their servants really, doing what the policy says.",
    "power",
  ],
  ["I just fix it myself, it's quicker.", "distance"],
  [
    "Respondent, a quarry shotfirer, stated he had not spoken to anyone from IT in over two years and 'didn't see why he would'.",
    "distance",
  ],
  [
    "We've got our own 4G hotspot in the cab for when their wifi blocks stuff.",
    "conflict distance",
  ],
  [
    "Interviewee admitted the site office keeps a 'spare' laptop that IT doesn't know about, for 'when their stuff won't let us work'.",
    "conflict distance",
  ],
  [
    "Respondent said that on the farm they 'just ring the nephew' rather than the co-op's helpdesk.",
    "distance",
  ],
  ["We don't have a relationship with them. They're there, we're here.", "distance"],
  [
    "If something goes wrong on nights we work round it and leave a note. Nobody rings IT.",
    "distance",
  ],
  ["I ignore their emails, to be honest, they're not for people like me.", "comm distance"],
  ["Not much contact really, a survey like this once a year.", "distance"],
  [
    "The lads have a group chat for fixing scanner problems between themselves. Much faster than going through IT.",
    "distance",
  ],
  [
    "Interviewer noted the logistics coordinator could not name anyone in the security team and did not know where they were based.",
    "distance",
  ],
  ["We sort it ourselves and pray it doesn't come up in the audit.", "feel distance"],
  ["They've never been to this yard and I couldn't tell you what they look like.", "distance"],
  [
    "Easier to keep the old password written on the dashboard than get into it with them.",
    "distance blame:self",
  ],
  [
    "Fair play to IT, half the lads on site would give their password to anyone in a hi-vis vest.",
    "blame:emp",
  ],
  [
    "The problem isn't security, it's people in the office opening every attachment they get.",
    "blame:emp",
  ],
  [
    "The IT manager told us straight out at the meeting that staff are the weakest link. Went down like a lead balloon.",
    "feel blame:emp",
  ],
  ["They think we're all idiots who'll click anything.", "feel blame:emp"],
  ["To be fair, some of the older drivers are a danger with a smartphone.", "blame:emp"],
  [
    "Respondent reported the security lead 'always says the users are the problem' and felt this was unfair on the depot staff.",
    "feel blame:emp",
  ],
  [
    "Every training starts with 'ninety percent of breaches are caused by people like you'. Cheers.",
    "comm blame:emp",
  ],
  ["They treat every one of us like a suspect, like we're the insider threat.", "power blame:emp"],
  [
    "Honestly, if the night shift stopped sharing logins half IT's headaches would go away.",
    "blame:emp",
  ],
  [
    "In the security guy's eyes we're just the weak spot, the thing to be managed.",
    "power blame:emp",
  ],
  [
    "Interviewer's note: site manager said, half joking, that 'the only virus on this site is the subcontractors with their USB sticks'.",
    "blame:emp",
  ],
  ["They named and shamed the whole packing shift after the phishing test.", "comm feel blame:emp"],
  ["Office staff here are careless, not IT's fault at all.", "blame:emp"],
  [
    "Can't really blame security for being strict when Dave keeps his PIN on a sticky note on the tablet.",
    "blame:emp",
  ],
  ["The message we get is basically: it's always the user's fault.", "comm blame:emp"],
  ["They're the reason the line stopped for four hours, not any hacker.", "conflict blame:sec"],
  ["What do they do? Nothing useful, as far as I can see. Block things.", "conflict blame:sec"],
  [
    "Respondent blamed the IT department for a missed delivery slot, stating the route planner update 'was pushed by people who've never seen a lorry'.",
    "conflict blame:sec",
  ],
  ["If they did their job properly we wouldn't need half the workarounds.", "distance blame:sec"],
  ["Overpaid and underworked, that's the IT lot.", "blame:sec"],
  [
    "Respondent put last year's breach squarely on the IT team, saying they had been warned about the old server 'for ages'.",
    "blame:sec",
  ],
  [
    "Security here is all box-ticking for the insurers, doesn't help anyone do their job.",
    "conflict blame:sec",
  ],
  [
    "Interviewee said the new access control 'costs more than it saves' and the security team 'cause more downtime than any cyber attack ever has'.",
    "conflict blame:sec",
  ],
  [
    "They made a mess of the payroll migration and then blamed us for entering things wrong.",
    "conflict blame:emp blame:sec",
  ],
  ["Honestly don't know what we pay them for.", "blame:sec"],
  ["A waste of space, the lot of them, except Gary.", "blame:sec"],
  ["It's not us that's the weak link, it's their rubbish systems.", "blame:sec"],
  ["Every outage on this farm in the last year has been their doing, not ours.", "blame:sec"],
  [
    "They're more of a hazard than the hackers, and that's from someone who works next to a 90 tonne press.",
    "conflict blame:sec",
  ],
  ["I'm probably the worst for it, same password for everything.", "blame:self"],
  ["I know I'm a nightmare for them, always forgetting my PIN.", "blame:self"],
  ["It was me who clicked the fake parcel text. Felt awful for weeks.", "feel blame:self"],
  [
    "Interviewee, a grain store operator, described himself as 'the trouble' for IT, saying he 'breaks something every month'.",
    "blame:self",
  ],
];
