import type { RawExample } from "./types.js";

/** Employees on how often and how they reach security or IT staff, and what happened last time, mostly plain answers (round 19). Written fresh for Rapport (brief EL). */
export const VOICES_EL_2: readonly RawExample[] = [
  [
    "My request for a larger mailbox was declined because of storage limits, which they explained.",
    "",
  ],
  ["Security training is online, twenty minutes, and you have to pass a quiz at the end.", ""],
  [
    "I used to ask them things but I stopped after the third time I was told to read the manual.",
    "distance comm",
  ],
  ["The firewall was upgraded last month, we had one afternoon without internet.", ""],
  ["Once. When I started, to get my badge and login.", ""],
  ["Most of our IT problems are with the card reader at reception.", ""],
  [
    "Last week they called me to check if I had really logged in from abroad. I had, I was on holiday.",
    "",
  ],
  ["Our team leader says the IT lot are the reason nothing gets done on time.", "blame:sec"],
  ["We get a reminder email every 90 days to change passwords.", ""],
  ["The accountant's office has one server under the stairs that IT checks monthly.", ""],
  [
    "I needed an exception to send large drawings to a client. The security lead approved it for one month.",
    "",
  ],
  ["Every request needs a sign-off from someone at head office I've never met.", "power distance"],
  [
    "Contact is via a chat bot first. I have not reached a person in my last three tries.",
    "conflict distance",
  ],
  [
    "My last question was whether I could use my own phone for work email. The answer was yes, with the app.",
    "",
  ],
  ["We bring our laptops to IT for a check every six months.", ""],
  [
    "I speak to our IT contractor perhaps twice a term, usually about the interactive whiteboards.",
    "",
  ],
  ["After I reported the suspicious invoice, the security team blocked the sender's domain.", ""],
  ["no regular contact, we dont have a name for anyone there", "distance"],
  [
    "The last thing I requested was an extra licence for the design software. It took a week because of budget sign-off.",
    "",
  ],
  ["At the logistics hub the tablets are managed centrally and updated overnight.", ""],
  ["They send an email when the system is down. Otherwise silence.", "comm"],
  ["I asked for help moving my contacts to the new phone; Jonas did it while I waited.", ""],
  ["In the vet practice we log problems in a notebook and the IT man reads it on his visit.", ""],
  ["Usually by phone. Sometimes I walk over to their office in the annexe.", ""],
  [
    "When I asked for the reason behind the new rule, they said it was not for me to understand.",
    "comm power",
  ],
  ["Our IT policy was revised in January and everyone signed the new version.", ""],
  ["Last year I raised a ticket about slow internet; they replaced the router in the shop.", ""],
  [
    "I copy client files to a USB stick at night because the remote access keeps disconnecting.",
    "conflict",
  ],
  ["We have a standing fifteen-minute call with IT every Tuesday.", ""],
  ["Maybe ten times in five years. I'm not very technical and don't need much.", ""],
  ["The security team checks that clean desk rules are kept, usually on Friday afternoons.", ""],
  ["I asked for my old email archive to be restored and it came back complete, all folders.", ""],
  ["They decide which software we may use and we are not asked.", "power"],
  [
    "The helpdesk is outsourced to a company in another country. Calls are answered in English.",
    "",
  ],
  ["Requested a password manager licence for my team. Approved, rolled out in April.", ""],
  ["I've stopped reporting the spam because it is quicker to delete it myself.", "distance"],
  ["We contact IT by ticket, and there is an SLA of 4 hours for urgent issues.", ""],
  ["Last time the card machine froze, the support line talked me through a restart.", ""],
  ["Phishing tests are sent every two months and the results go to each manager.", ""],
  [
    "I asked them to install a PDF editor. They installed a different one from the approved list.",
    "",
  ],
  ["At the law firm, the IT manager also looks after the document management system.", ""],
  [
    "Every time I call, I get a different person and have to explain it all again from the start.",
    "conflict",
  ],
  ["I see them at the Christmas party, that's about it.", "distance"],
  [
    "Last request: new toner for the label printer. They asked me to explain why we print so much.",
    "power",
  ],
  [
    "Everyone in our section uses the same admin password so we don't have to wait for IT.",
    "conflict",
  ],
  ["The company has a policy that personal USB sticks are not allowed on work PCs.", ""],
  [
    "I emailed the security officer asking if a website was safe; she replied it was fine to use.",
    "",
  ],
  ["We contact them when needed, but most of us would rather not.", "distance"],
  ["It's in my nature to break things, I'm sure they're tired of my calls.", "blame:self"],
  ["The IT team are on the third floor, next to finance.", ""],
  [
    "Asked for a shared drive for the kitchen team's menus. IT said the chefs would only fill it with junk.",
    "blame:emp",
  ],
  [
    "In our software company the developers manage their own machines; security reviews them yearly.",
    "",
  ],
  ["My manager has to ask IT for me, I am not allowed to raise tickets myself.", "power"],
  ["Backups of the patient records run at 2am every night.", ""],
  [
    "The last time I asked them something they sent back a long reply with acronyms I didn't know.",
    "comm",
  ],
  ["Contact frequency: weekly. Method: email and the occasional Teams call.", ""],
  ["I went to the IT office to collect my new laptop and they set it up with me there.", ""],
  ["The alarm system at the farm is looked after by the installer, not by IT.", ""],
  ["They lock accounts after three failed logins. I had to phone to unlock it on Monday.", ""],
  ["Half of my requests are not even answered.", "conflict"],
  ["We have a yearly security awareness day with a quiz and coffee.", ""],
  [
    "the last thing was a new headset, ordered through IT, still hasn't come and I stopped asking",
    "distance conflict",
  ],
  ["For anything to do with access, Marisol in HR sends the form to IT.", ""],
  [
    "I'm worried every time I open an attachment now, in case IT sees it and reports me.",
    "feel power",
  ],
  ["The helpdesk changed their phone number in February. The new one is on the intranet.", ""],
  [
    "Last week I asked for a copy of the retention policy and it was in my inbox within an hour.",
    "",
  ],
  ["We are a small charity so our IT is a volunteer, Bernard, who comes in when we ask.", ""],
  [
    "Our requests are ranked by IT and ours are always last because we are a small branch.",
    "power",
  ],
  ["Email mostly, once or twice a month.", ""],
  [
    "I get anxious before every IT call because I never understand what they ask me to click.",
    "feel comm",
  ],
  [
    "Third new Wi-Fi password this month, and the night shift heard about it from the cleaners.",
    "conflict comm",
  ],
  [
    "I asked IT to review the new booking tool before we bought it; they checked it and said yes.",
    "",
  ],
  ["In the clinic, each doctor has a smart card to log in to the records system.", ""],
  ["No contact really. I wouldn't know where to find them.", "distance"],
  [
    "Last month I got a call from security because I had forwarded a file outside the company by mistake. We deleted it together.",
    "",
  ],
  ["The school has an IT technician three days a week and a remote service the other two.", ""],
  [
    "When my laptop was stolen from the car I reported it and they disabled it the same evening.",
    "",
  ],
  [
    "The security trainer opened with a slide saying people are the biggest risk in any firm, meaning us.",
    "blame:emp",
  ],
  ["Contact is through the office manager, who collects everyone's problems on Friday.", ""],
  [
    "I asked to have the blocked news site opened for work research. They unblocked it after checking.",
    "",
  ],
  ["The accounting software is updated by the vendor, and IT only checks it works afterwards.", ""],
  ["We wait for IT to reply, we cannot do anything on the system until they do.", "power"],
  ["i ask them maybe once a month, its usually about the shared calendar", ""],
  ["The security team published the incident report from the ransomware attempt in June.", ""],
];
