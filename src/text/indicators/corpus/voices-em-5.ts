import type { RawExample } from "./types.js";

/** Security and IT staff on their work, how employees reach them and the people they support, mostly plain answers (round 19). Written fresh for Rapport (brief EM). */
export const VOICES_EM_5: readonly RawExample[] = [
  ["The receptionists know my mobile number by heart.", ""],
  [
    "Employee laptops report their location once a day to the management console, which staff don't know about.",
    "power",
  ],
  ["Accounts of leavers are disabled on the last day until 5pm.", ""],
  [
    "When I ask why they didn't report something earlier, they say they didn't want to bother me.",
    "distance",
  ],
  ["Security updates for the tills come from the vendor and I just approve them.", ""],
  ["Around harvest the office is empty and I make most of upgrades then.", ""],
  [
    "Our hospitality staff speak six languages between them, so the guides are mostly pictures.",
    "",
  ],
  [
    "The developers treat my security checks as paperwork and skip them when a release is late.",
    "conflict blame:emp",
  ],
  ["I work 3 days in the week for this company, other days for another client", ""],
  ["A laptop was left on a train in January; it was encrypted, so no data was exposed.", ""],
  [
    "I can't get people from the school office to come to training unless the head orders it.",
    "conflict",
  ],
  ["Internet traffic is filtered at the gateway and logged for 30 days.", ""],
  [
    "Contact is through the ticket portal, and the portal is in English only, which some of the cleaners can't read.",
    "comm",
  ],
  ["The landscaping crew don't have email accounts, just the scheduling app.", ""],
  ["Shared mailbox passwords changed again this month as part of the rotation.", ""],
  ["I also run the yearly cyber insurance questionnaire, about 80 questions.", ""],
  [
    "The previous provider left us with no documentation and admin passwords on a spreadsheet.",
    "blame:sec",
  ],
  ["Account requests need a signed form from the department head.", ""],
  ["I wish staff would ask before plugging things in, but most don't.", "conflict"],
  ["A regular week is about 50 tickets for 120 users.", ""],
  [
    "The council's customer services team handle a lot of personal data and are trained twice a year.",
    "",
  ],
  [
    "Honestly I'm a bit afraid of the directors, so I don't push the security budget as much as I should.",
    "feel power",
  ],
  ["Phone calls are logged like tickets by who answers.", ""],
  ["There is a security champion in each of the three restaurants.", ""],
  ["i have never been to the northern office, everything is by remote", "distance"],
  ["The print room staff are quick to call if anything looks odd on the screen.", ""],
  [
    "People keep a spare key card in their drawer in case they forget theirs, against the rules.",
    "conflict",
  ],
  ["All laptops were moved to the new operating system version in the summer break.", ""],
  [
    "For the accountancy practice, the main job is keeping the tax software and client portal secure.",
    "",
  ],
  [
    "My emails about security are written by the compliance team and I don't think anyone understands them, me included.",
    "comm",
  ],
  [
    "The hotel's night manager calls me about once a month, usually about the key card encoder.",
    "",
  ],
  [
    "Staff phones are not allowed in the clean room, so the operators check email at break on a shared PC.",
    "",
  ],
  ["They think of me as head office's spy, honestly.", "power"],
  [
    "Most employees are receptive, especially since Dilnoza in accounts spotted the fake invoice last year.",
    "",
  ],
  ["New VPN client rolled out Monday, guide sent Friday, three questions so far", ""],
  [
    "Nobody told me the shop was opening a new branch until the week before, so the tills weren't ready.",
    "conflict comm",
  ],
  ["Our security training is a 30-minute video with a quiz at the end.", ""],
  [
    "I keep a list of who's failed the phishing tests and the director asks for it before appraisals.",
    "power",
  ],
  [
    "In the clinic the reception team are on the phone constantly, so I email them rather than call.",
    "",
  ],
  ["Monday to Friday, 8 to 4, with one evening a month for maintenance.", ""],
  ["The kitchen porters and most of the cleaners never use a computer at work.", ""],
  [
    "Most of the trouble I deal with is self-inflicted by staff who don't read warnings.",
    "blame:emp",
  ],
  ["People at this firm are thoughtful and they ask good questions at training.", ""],
  ["Exceptions to the USB rule are approved by the operations director and logged.", ""],
  ["I don't know the teachers names, only the usernames of them.", "distance"],
  ["Each department has a folder with permissions set by its manager.", ""],
  ["They reach me through their manager, who sends a summary email on Fridays.", ""],
  [
    "After the last outage I was told not to make any change without the owner's written okay.",
    "power",
  ],
  ["Guest devices go on a separate VLAN with a bandwidth limit.", ""],
  ["most of them are on the road delivering, I see them at the depot at 6am if at all", "distance"],
  ["The school's safeguarding lead and I meet each half term about filtering.", ""],
  ["Every phishing report gets a reply from me within the day.", ""],
  [
    "Staff here don't see the point of the rules and I haven't done a good job explaining it.",
    "conflict blame:self",
  ],
  ["In June the insurer asked for MFA on all remote access, done by August.", ""],
  ["The sales floor uses shared tablets that reset every evening.", ""],
  [
    "There are days I avoid the staff room so I don't get stopped with five printer questions.",
    "distance",
  ],
  ["The farm manager, Rhodri, keeps the admin password in a sealed envelope in the safe.", ""],
  ["March's audit found two inactive accounts; both were removed the same day.", ""],
  [
    "I'm contracted by the trust, so staff see a different engineer depending on the week.",
    "distance",
  ],
  ["Honest, hard-working people; most of them have been here over ten years.", ""],
  [
    "The accounts team was told about the new approval step by a pop-up, without any meeting or email first.",
    "comm",
  ],
  ["We keep spare laptops pre-configured for new starters, usually three at a time.", ""],
  ["Email or phone.", ""],
  [
    "Staff at the bakery are not complaining much, they are asking me when they need and I come.",
    "",
  ],
];
