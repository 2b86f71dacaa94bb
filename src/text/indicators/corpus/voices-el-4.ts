import type { RawExample } from "./types.js";

/** Employees on how often and how they reach security or IT staff, and what happened last time, mostly plain answers (round 19). Written fresh for Rapport (brief EL). */
export const VOICES_EL_4: readonly RawExample[] = [
  ["I am the reason half our tickets exist, I keep deleting things by accident.", "blame:self"],
  ["Monthly. There is a short IT update in the staff briefing.", ""],
  [
    "Our surgery's IT is provided by the health board and they have a phone line for practices.",
    "",
  ],
  ["I asked them to look at why the website form was sending spam; they added a captcha.", ""],
  [
    "IT keep saying we need more training, as if the problems were all caused by us.",
    "blame:emp conflict",
  ],
  ["On the production floor the PCs are shared and use a single login per line.", ""],
  ["Last Friday I got a message that my mailbox was nearly full, so I archived old folders.", ""],
  ["I rarely talk with them, mostly I read the instructions they send out.", ""],
  [
    "They made the decision to remove local admin without asking any team what they needed.",
    "power",
  ],
  ["Requests for new accounts have to be made five working days before the start date.", ""],
  ["I rang about the camera system at the yard gate and they sent an engineer on Monday.", ""],
  ["Our contact at IT left in spring and we were not told who replaced him.", "distance comm"],
  ["The guest Wi-Fi is separate from the staff network and the password changes weekly.", ""],
  [
    "Last time I asked, they gave me read access to the folder but not edit, which was what I needed.",
    "",
  ],
  [
    "Talking to security feels like being questioned, so I keep it short or don't call.",
    "power distance",
  ],
  ["Every two weeks I meet IT for the project status call about the new system.", ""],
  ["The old fax machine was finally removed in October.", ""],
  [
    "i asked if i could plug in my camera to upload photos of the site, they said yes via the kiosk pc",
    "",
  ],
  ["They don't come to our branch, everything is done by phone or remote.", "distance"],
  ["Firmware on the tills is updated by the supplier every quarter.", ""],
  ["I asked Yusuf in IT for help with mail rules and he showed me over Teams.", ""],
  [
    "Our security officer writes the incident log, and it is shared with the board each quarter.",
    "",
  ],
  [
    "When I asked for access to the old case files, I was told to ask someone senior to request it on my behalf.",
    "power",
  ],
  [
    "Contact with IT? They are somewhere in the other building, I couldn't tell you a name.",
    "distance",
  ],
  ["The new starter laptops come with the security software already installed.", ""],
  [
    "Last month I asked for a cable for the projector in room 4, and the technician made a joke about teachers and technology.",
    "comm",
  ],
  [
    "My colleagues just bring their own laptops to site because the company ones are too restricted to run the survey software.",
    "conflict",
  ],
  ["Reports on blocked websites are produced weekly by the filtering system.", ""],
  ["Once in a while, maybe when a new person joins the team.", ""],
  ["We hear from them twice a year, when the audit is due.", "distance"],
  ["I needed a new token for the bank portal. IT ordered it and it arrived by courier.", ""],
  ["There are two people in IT for 180 staff, so tickets are handled in order.", ""],
  ["I asked a simple question and they replied with a link to a 40-page policy.", "comm"],
  [
    "Our hospitality group uses the same booking software in all hotels, managed by one IT team.",
    "",
  ],
  [
    "Last time it was the scanner at the front desk. IT said it was the supplier's job, the supplier said it was IT's, and it stayed broken for a month.",
    "conflict",
  ],
  ["Employees here don't read anything, so IT has to make the rules simple.", "blame:emp"],
  ["Email is checked by a filter before it reaches our inboxes.", ""],
  [
    "I requested the software for the new label machine. Installed after a quick security check.",
    "",
  ],
  [
    "The last two times I asked for something, nobody replied, so I sorted it with a free tool from the internet.",
    "conflict distance",
  ],
  ["Contact is mostly by phone, because I'm in the van all day.", ""],
  ["The security team ran a tabletop exercise with the managers in February.", ""],
  [
    "Last request: files from my old laptop to the new one. I did it myself over the weekend rather than book a slot.",
    "distance",
  ],
  [
    "Our school rules say pupils' data can only be stored on the school system, not on personal devices.",
    "",
  ],
  [
    "I am in touch with the IT office when the register PCs need updating, maybe every second month.",
    "",
  ],
  [
    "Asked them to recover an email I deleted in error. It was in the recycle folder, they showed me where.",
    "",
  ],
  ["Our requests have to be written in their format or they are sent back.", "power conflict"],
  ["The IT manager visits the depot on the last Thursday of each month.", ""],
  ["They phoned me after I failed the phishing test and went through the email with me.", ""],
  ["never met them, the whole thing is done by email from another office", "distance"],
  ["New laptops are ordered through IT and take about two weeks.", ""],
  ["When the power went out, the server shut down safely and IT checked it the next morning.", ""],
  [
    "I asked for a local copy of the customer database for a trade show and was refused because of the data rules.",
    "",
  ],
  ["Security does a walk-round every quarter to check screens are locked.", ""],
  ["Whenever I ask for something I feel like I'm bothering them.", "feel power"],
  ["The helpdesk has a queue number system. I was number 6 last time.", ""],
  ["In our accounting firm, the partners approve any new software before IT installs it.", ""],
  [
    "I wanted voicemail forwarded to my mobile; the decision went to a committee that meets quarterly.",
    "power",
  ],
  ["We don't bother logging the small stuff, we live with it.", "distance"],
  ["By ticket, and sometimes they come to the desk if it's hardware.", ""],
  ["IT recently switched us to a new email provider. The move took one weekend.", ""],
  [
    "I asked for access to the CCTV recordings for an incident at the shop and had to fill in a data request form.",
    "",
  ],
  ["Contact with them is very little, I think maybe three times since I work here.", ""],
  [
    "Our tickets from the farm shop go to the bottom because we are not the main business.",
    "power",
  ],
  ["The school network blocks games and social media during lessons.", ""],
  ["Last time the internet was down, they rang the provider and it came back by noon.", ""],
  [
    "I can't open the files the suppliers send, so I take them home and print them there.",
    "conflict",
  ],
  ["Security updates are pushed automatically and the PC restarts at 7pm.", ""],
  ["She showed me how to set up the authenticator app when I asked. Took five minutes.", ""],
  ["They only talk to us through the portal, there's no number to call.", "distance comm"],
  ["Every member of staff signs the acceptable use policy when they join.", ""],
  ["Asked for Zoom on my work laptop. They said we use Teams, so I use Teams.", ""],
  ["The last audit was in September and covered passwords and backups.", ""],
  [
    "I just ask my son when something goes wrong with the work laptop, it's faster than IT.",
    "distance conflict",
  ],
  [
    "About weekly, I post in the chat channel, and the answers usually assume I know what a proxy is.",
    "comm",
  ],
  [
    "When I requested a new account for a locum, the IT desk needed a copy of her contract first.",
    "",
  ],
  ["Our software team runs its own security reviews every sprint.", ""],
  [
    "They changed the file server structure over Easter and no one could find anything on Tuesday.",
    "comm conflict",
  ],
  ["There is an IT drop-in session every Wednesday from 2 to 4 at the council offices.", ""],
  [
    "Last month I asked if the conference room screen could be wireless. The reply was mostly about protocols and certificates and I still don't know if it's a yes.",
    "comm",
  ],
  [
    "I leave the hard questions to younger colleagues, I'm hopeless with this and it's not the IT people's fault.",
    "blame:self",
  ],
  ["Printers now need a badge tap before printing.", ""],
  ["contact is by teams mostly and its fine", ""],
  [
    "We're told what we can do with our own computers by people who have never seen our work.",
    "power distance",
  ],
  ["The backup server is in a different building from the main server.", ""],
];
