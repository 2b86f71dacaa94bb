import type { RawExample } from "./types.js";

/** Part 5 of batch FA (see voices-fa.ts). */
export const VOICES_FA_5: readonly RawExample[] = [
  ['P104: "too many rules"', "conflict"],
  ['P105: "no complaints"', ""],
  ['R17 - "they\'re good people"', ""],
  ['P106, asked about IT: "fine, really"', ""],
  ['P107: "sorted within the hour"', ""],
  ['P108 - "always friendly"', ""],
  ['P109 calls the helpdesk "brilliant"', ""],
  ['P110: "they explain things properly"', ""],
  ["P138: IT does the backups and the laptops", ""],
  ['R18: weekly IT drop-in, "handy"', ""],
  ['P112: "never had an issue"', ""],
  ['P113 says IT is "approachable"', ""],
  ['P114 - "patient with me"', ""],
  ['P115: security "not scary at all"', ""],
  ["P139 - uses the helpdesk about twice a month", ""],
  ['P116 - "they\'re on our side"', ""],
  ['P117: "quick on Teams"', ""],
  ['P118 used to avoid IT; "not now"', ""],
  ['P119: "they know their stuff"', ""],
  ["R25: provider on site every Monday", ""],
  ['P120: IT team "part of the family"', ""],
  ["P140: security team of three, all in-house", ""],
  ['P122: "not distant at all"', ""],
  ['P123, payroll: "they always call back"', ""],
  ['P124 - "kind and clear"', ""],
  ["P141 mostly emails IT, occasionally rings", ""],
  ['P125: "nothing to report, all good"', ""],
  ['P126 says security "gets it"', ""],
  ['P127: "easy to talk to"', ""],
  ['P128 - "fixed it same day"', ""],
  ['P129: "I trust them"', ""],
  ['R23 - "zero problems this year"', ""],
  ['P130: "condescending? no"', ""],
  ['P131, receptionist: "lovely lot"', ""],
  ['P132 - "they listen"', ""],
  ["P142: sees IT at the Friday huddle", ""],
  ['P134: "honestly great"', ""],
  ['R24 - "fine. fine. no issues"', ""],
  ['P135: IT "always about"', ""],
  ['P136 - "really supportive"', ""],
  ['P137: "they\'re mates"', ""],
  [
    "P143 works in a 15-person translation agency in Leipzig. IT is one external contractor who visits on Mondays.",
    "",
  ],
  [
    'R26 describes the security team as "visible". They run a stall at the all-hands every quarter.',
    "",
  ],
  [
    'P144 is a hotel night manager. She says the on-call IT number "has never once gone unanswered".',
    "",
  ],
  [
    'The interviewee had expected IT to be "stuffy". She found them "down to earth" and easy to talk to.',
    "",
  ],
  [
    'P145 remembers the old provider as "a nightmare". Since the switch two years ago, she says, things have been calm.',
    "",
  ],
  [
    "P146 says the training mentions \"insider risk\" once. She didn't take it personally and doesn't think her colleagues did either.",
    "",
  ],
  [
    'P147, a pharmacy technician in Cork, describes IT support as "steady". Tickets are picked up the same morning.',
    "",
  ],
  [
    'P148 says she was annoyed by the new login screens at first. "Honestly, I don\'t notice them any more."',
    "",
  ],
  [
    'R27 has worked with the same IT engineer for nine years. She calls him "part of the furniture, in a good way".',
    "",
  ],
  [
    'P149 finds the security team "quite formal" in writing. She adds that they always reply and she has never felt judged.',
    "",
  ],
  [
    "Respondent, a logistics planner in Rotterdam, sends the helpdesk about five requests a month. None has taken longer than a day.",
    "",
  ],
  [
    'P150 describes the security lead as someone who "explains the why". She gives the USB policy as an example.',
    "",
  ],
  ['P151 does not see IT as an obstacle. "They\'ve never stopped me doing my job."', ""],
  [
    'P152 says her team chats to the IT staff in the kitchen most mornings. "You\'d hardly know they were a separate department."',
    "",
  ],
  [
    'The participant, a foreman, first found the security rules "a faff". After a near miss on another site he says he "gets it now".',
    "",
  ],
  [
    "P153 runs reception at a vet clinic. The provider installed the new phone system over a weekend so the clinic didn't lose a day.",
    "",
  ],
  [
    "R28 reports phishing by forwarding it to a shared address. She usually gets a thank-you within the hour.",
    "",
  ],
  [
    'P154 describes the IT team as "nerdy but sweet". When she spilled coffee on a keyboard, they laughed with her, not at her.',
    "",
  ],
  [
    'The interviewee says the firm\'s two security staff "sit in the middle of the open-plan floor". People drop by with questions all day.',
    "",
  ],
  ['P155 says IT set up her laptop and phone before her first day. "Everything just worked."', ""],
  ["P156 says she doesn't feel watched. \"They've told us exactly what's logged and why.\"", ""],
  [
    'R29, a payroll assistant in Wellington, says the provider\'s engineer "talks like a normal person". She has his direct line.',
    "",
  ],
  [
    'P157 notes the IT lead runs a short session for every new starter. She found it "useful and not preachy".',
    "",
  ],
  [
    "P158 says her team used to work around the shared-drive rules. Once IT reorganised the folders with them, the workarounds stopped.",
    "",
  ],
  [
    'The participant describes security as "a team like any other". She has lunch with one of the analysts most Fridays.',
    "",
  ],
  [
    'P159 recalls being nervous the first time she reported a mistake. The response was "completely calm", and she says she\'d do it again without hesitating.',
    "",
  ],
  [
    "P160 explains that IT handles laptops, phones and door badges. Security is a separate two-person team in the same office.",
    "",
  ],
  [
    'P161 tried to raise a problem with the expenses system three times. In the end she "stopped trying", because the replies were "all in code".',
    "comm distance",
  ],
  [
    'R30, a kitchen manager, says the security team "only appear to tell us off". She keeps her head down when they visit now.',
    "comm distance",
  ],
  ["IT's solid. no complaints from the floor", ""],
  ["provider answers in minutes", ""],
  ["my staff like them, simple as", ""],
  ["never had a falling out with IT", ""],
  ["security bloke's sound", ""],
  ["not distant at all, they're next door", ""],
  ["they back up nightly and test restores monthly", ""],
  ["we've got 3 in IT for 90 staff", ""],
  [
    "I manage a 25-bed care home outside Adelaide. The IT firm visits fortnightly and the carers chat to the engineer like he's a regular.",
    "",
  ],
  [
    "Owner of a small joinery firm, eight staff. Our IT is a local lad who set everything up and checks in twice a year.",
    "",
  ],
  [
    "Some staff were wary of the new monitoring at first. After the security lead explained in a team meeting exactly what's logged, the grumbling stopped.",
    "",
  ],
  [
    "Our head of IT started doing Friday lunches with each department. It's made a real difference.",
    "",
  ],
  [
    "People here call them the computer wizards, and it's meant kindly. They get invited to the Christmas do every year.",
    "",
  ],
  [
    "We're a 70-person logistics firm in Hamburg. The security team is two people, and both of them sit with the planners.",
    "",
  ],
];
