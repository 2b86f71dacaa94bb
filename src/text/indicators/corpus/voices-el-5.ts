import type { RawExample } from "./types.js";

/** Employees on how often and how they reach security or IT staff, and what happened last time, mostly plain answers (round 19). Written fresh for Rapport (brief EL). */
export const VOICES_EL_5: readonly RawExample[] = [
  [
    "I reported a lost badge on Monday and was asked to write a statement for the security manager explaining myself.",
    "power",
  ],
  [
    "Their answer to every request is a new rule, so our team now keeps its own spreadsheet off the system.",
    "conflict",
  ],
  ["Usually I go through the service desk, though for big things I email the IT lead, Sunita.", ""],
  ["Our policy says customer card data is never stored on shop computers.", ""],
  ["Honestly, our IT department is the main reason projects here run late.", "blame:sec"],
  ["We get a reminder about the security training every week until it's completed.", ""],
  ["IT is in the head office three hours away and the support is only by phone.", "distance"],
  ["My team lead checks with IT before any of us installs anything, even updates.", ""],
  ["Twice. Both times for the VPN token.", ""],
  [
    "I asked to borrow a spare laptop for a course and was told to use my own computer, which the policy doesn't allow.",
    "conflict",
  ],
  ["Security is something the IT people do to us, not with us.", "power distance"],
  ["The new rule from this month: no files on the desktop, everything on the shared drive.", ""],
  [
    "Last week I phoned about a pop-up asking for my password; they said it was real and part of the update.",
    "",
  ],
  [
    "We rely completely on the outside company; if they don't come, the clinic can't check in patients.",
    "power",
  ],
  ["Contact happens a few times a term, mostly about the exam software.", ""],
  ["There's a screen in the staff room that shows open IT incidents.", ""],
  ["I asked them to explain the new MFA thing and they sent a video, which helped.", ""],
  ["When the rules changed I wasn't told and found out when my login stopped working.", "comm"],
  ["Our logistics team scans parcels with handhelds that IT resets every night.", ""],
  ["Haven't had a reason to contact them since I joined in July.", ""],
  [
    "The last time I asked for help I was told I should have known better than to open that email.",
    "blame:emp comm",
  ],
  ["Server room access is limited to the IT manager and the operations director.", ""],
  [
    "Last month I requested a second account for testing, and security wanted to know what I was really testing.",
    "power",
  ],
  ["My contact is mostly with Liesel, who does IT for the whole group of practices.", ""],
  ["I get nervous calling them, in case they find something I did wrong on my PC.", "feel"],
  ["Passwords for the shared accounts are kept in a password manager, not on paper.", ""],
  [
    "The last request was about HR system access for a new supervisor; she worked six weeks without it.",
    "conflict",
  ],
  ["IT is not really involved with us, we run our own little setup at the greenhouse.", "distance"],
  ["Support tickets are answered in the order they arrive, unless marked urgent.", ""],
  ["i raise maybe 1 ticket per quarter, always the same issue with the docking station", ""],
  ["Staff laptops are checked for encryption every month by a script.", ""],
  [
    "They told me last time to stop calling and use the form, even for urgent things.",
    "comm conflict",
  ],
  ["We have a yearly meeting with the IT supplier to review the contract.", ""],
  [
    "Asked about the policy on using AI tools. The reply said only the approved one, and named it.",
    "",
  ],
  ["Most contact is when my account gets locked after the holidays.", ""],
  [
    "The security people check our emails, we know that, so nobody writes anything personal.",
    "power",
  ],
  ["The lab's instruments are connected to a separate PC that IT doesn't touch.", ""],
  [
    "I requested a standing desk PC mount last spring. It's probably lost because I filled in the form wrong again.",
    "blame:self",
  ],
  [
    "Our management says most breaches start with careless staff, and the training says the same.",
    "blame:emp",
  ],
  ["Phone first, then they send a ticket confirmation by email.", ""],
  ["Last Thursday a technician swapped the broken keyboard in the dispensary.", ""],
  ["We learn about incidents from the news, not from our own security team.", "comm distance"],
  ["The board receives a security report twice a year from the IT manager.", ""],
  [
    "My last request was to add a colleague to a distribution list. The form needed her employee number and nobody could tell me what it was.",
    "conflict",
  ],
  [
    "I asked how to report a suspicious text message, and they said forward it to the security mailbox.",
    "",
  ],
  [
    "In practice we decide ourselves what to install and tell IT later, if at all.",
    "conflict distance",
  ],
  ["The helpdesk takes calls in Polish and English since the new contract.", ""],
  ["Every laptop is tagged with an asset number that IT records.", ""],
  ["Contact is only when there's a problem, which isn't often.", ""],
  [
    "They blamed the slowness on how we use the system, but it was the server.",
    "blame:emp conflict",
  ],
  ["Last year IT moved the old paper files to a scanning company and destroyed the originals.", ""],
  [
    "We asked for a faster line to the farm office and the request is with the regional manager.",
    "",
  ],
  ["I don't have contact. My supervisor does.", "distance"],
  ["Our IT contractor answered my question about the website cookie banner in one email.", ""],
  [
    "We used to have a weekly IT visit but it stopped last year and nothing replaced it.",
    "distance",
  ],
  ["A new firewall rule blocked the courier's tracking site for a day, then they fixed it.", ""],
  ["For me it is about every ten days, a quick chat at their desk.", ""],
  [
    "Last request was a login for the new temp in reception. It came the day she left, so she used mine.",
    "conflict",
  ],
  [
    "The security team's decisions come from somewhere above them and they can't explain them either.",
    "power comm",
  ],
  [
    "Each department has a folder on the shared drive and the head of department controls access.",
    "",
  ],
  [
    "Our branch manager says security are paid to say no, and that is how most of us see them.",
    "blame:sec",
  ],
  ["I reported the broken lock on the records room in January; it was fixed in February.", ""],
  [
    "Frankly I'm fed up asking, the same three requests have been open since spring.",
    "feel conflict",
  ],
];
