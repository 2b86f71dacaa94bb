import type { RawExample } from "./types.js";
import { VOICES_EO_2 } from "./voices-eo-2.js";
import { VOICES_EO_3 } from "./voices-eo-3.js";
import { VOICES_EO_4 } from "./voices-eo-4.js";
import { VOICES_EO_5 } from "./voices-eo-5.js";

/** Employees on their negative and positive experiences with security or IT staff, many plain (round 20). Written fresh for Rapport (brief EO). */
const FIRST_PART: readonly RawExample[] = [
  ["Not really, the IT desk fixed my laptop screen within a day last spring.", ""],
  [
    "When my account was locked in January I waited three days because nobody answered the helpdesk line.",
    "conflict",
  ],
  [
    "positive one: Marek from IT set up the new scanner at reception and showed us how to use it",
    "",
  ],
  ["I have never had any negative experience with them.", ""],
  ["We get an email from security only when someone clicked a phishing link.", "comm"],
  ["The password reset took about ten minutes over the phone.", ""],
  [
    "At the clinic we keep the patient files on the shared drive and IT checks the backups every Friday.",
    "",
  ],
  ["I don't know who the security person for our branch is.", "distance"],
  [
    "Positive: the phishing training in March was short and the examples were from our own sector.",
    "",
  ],
  [
    "Negative, yes. The auditor from head office went through my desk drawers while I was at lunch.",
    "power",
  ],
  ["not that i remember", ""],
  ["They replaced my USB stick with an encrypted one after the audit.", ""],
  [
    "In the warehouse we share one login on the scanner terminal because getting separate accounts takes weeks.",
    "conflict",
  ],
  ["Our IT contractor is coming the first Monday of every month.", ""],
  [
    "Yes, once. I asked about the new VPN and the answer was a page of acronyms I still do not understand.",
    "comm",
  ],
  ["The security team sent a checklist before the school inspection, which helped.", ""],
  ["No negative experiences so far, I started in September.", ""],
  ["Every new laptop at the accounting firm comes with disk encryption switched on.", ""],
  ["I fix most printer problems myself now rather than raise a ticket.", "distance"],
  ["Hmm, positive maybe when Dana restored a deleted folder for me in about an hour.", ""],
  ["For me is normal experience, nothing bad, nothing special.", ""],
  ["The multi-factor codes come by text message to our work phones.", ""],
  ["Each time a warning pops up I assume my name goes into a report to security.", "power feel"],
  ["We had a ransomware scare in 2022; the files were restored from the nightly backup.", ""],
  [
    "IT asked us to stop using personal phones for client photos, and gave us two tablets instead.",
    "",
  ],
  ["The rule is that any software install needs approval from the head office IT manager.", ""],
  [
    "Approval for new software goes to someone in head office I have never spoken to, and the answer comes back yes or no with no reason.",
    "power distance",
  ],
  ["Positive: the helpdesk now has a chat window, which is quicker than calling.", ""],
  [
    "Staff here click on anything that says invoice, so I understand why IT is strict.",
    "blame:emp",
  ],
  [
    "The firewall blocks some supplier websites; we ask IT to unblock them and it usually happens the same day.",
    "",
  ],
  ["Not really negative. The training is long but it is once a year.", ""],
  [
    "I have my own list of passwords at home because the password app logs me out on the farm computer.",
    "conflict",
  ],
  ["Our council office changed to badge entry in October.", ""],
  ["Last year a security guy came to talk about phishing, I thought it was good.", ""],
  ["None that I can recall.", ""],
  ["They told me off in front of the whole team for leaving my screen unlocked.", "comm power"],
  ["The IT team is two people and they cover four restaurants.", ""],
  ["Only time IT phones me is to say my mailbox is full.", "comm"],
  [
    "I had a good experience when Priya walked me through setting up the authenticator on my phone.",
    "",
  ],
  ["Our charity uses a volunteer for IT and he comes in on Thursdays.", ""],
  ["i just dont ask them anything anymore", "distance"],
  ["Software updates are pushed overnight, so the laptop restarts by itself sometimes.", ""],
  [
    "Once, they wiped my phone remotely after I reported it lost. It was found the next day. That is the process, so fine.",
    "",
  ],
  [
    "Yes, the security lead said the accounting team were the weakest link in the company at the all-hands.",
    "blame:emp comm",
  ],
  ["No problem with them at all, they are helpful.", ""],
  ["The audit in May found two shared passwords on sticky notes at the front desk.", ""],
  [
    "Positive experience, the new badge system was explained at a staff meeting with time for questions.",
    "",
  ],
  ["The managers get admin rights and the rest of us have to ask them for every install.", "power"],
  ["we had a phishing test in june and i failed it, then i did the short course", ""],
  ["I fail the phishing tests every time, I'm probably the reason they run them.", "blame:self"],
  ["Backups of the design files are kept in a second office across town.", ""],
  [
    "They answered my question about encrypting email attachments by sending a guide, which worked.",
    "",
  ],
  ["Neither really. I just use the systems.", ""],
  ["Nobody from security has visited our depot since the merger.", "distance"],
  ["The helpdesk number is on the back of our badges.", ""],
  [
    "Good experience: after the laptop theft they had me working on a loan machine the same afternoon.",
    "",
  ],
  [
    "IT people don't understand how is kitchen working, they want passwords typed while we wear gloves.",
    "conflict",
  ],
  ["Passwords must be changed every 90 days at our practice.", ""],
  [
    "I was not told why my access to the client folder was removed, it just stopped working on Tuesday.",
    "comm power",
  ],
  [
    "Not negative. Positive, yes, small things like them fixing the projector before a parent evening.",
    "",
  ],
  ["We lock the server cupboard and the key is kept by the office manager.", ""],
  ["Negative experience no, but I think they dont know my name.", "distance"],
  ["Security training is on e-learning site, it take about forty minutes.", ""],
  [
    "The new rule about USB sticks came in April, and IT handed out encrypted drives to the sales staff.",
    "",
  ],
  [
    "Our team keeps drafts in a personal cloud folder because the document system times out during long edits.",
    "conflict",
  ],
  ["Ask Tomasz, he deals with them, I don't.", "distance"],
  ["IT visited the farm office in spring to install a new router.", ""],
  ["Nothing negative, i've only needed them twice in four years.", ""],
  ["Positive: Ahmed stayed late to move my files when I changed departments.", ""],
  ["When I report something suspicious, I never hear back what happened to it.", "comm"],
  ["The antivirus scan runs at noon on Wednesdays.", ""],
  [
    "Yes, my laptop was taken for a check and I got it back after two weeks without any explanation.",
    "power comm",
  ],
  ["no, they're fine", ""],
  ["The policy document is twelve pages and is on the intranet under HR.", ""],
  [
    "Once they installed monitoring software on our machines; we found out from a pop-up.",
    "power comm",
  ],
  ["Last month the shared drive was moved to the cloud and the folder names stayed the same.", ""],
  ["I would rather ask my colleague than the helpdesk, it's faster.", "distance"],
  [
    "A positive one was the open morning where the security team showed how fake invoice emails look.",
    "",
  ],
  ["The logistics planners have read-only access to the billing system.", ""],
  [
    "Yes it was a bad one, they treated my question like I was stupid, used words like endpoint and sandbox.",
    "comm",
  ],
  ["Since January all visitors sign in on a tablet at reception.", ""],
  ["My manager had to sign a form so I could use a USB stick for the school trip photos.", ""],
  ["I think the outside IT company does a decent job for the price.", ""],
  ["We wait for head office to approve every new supplier login, sometimes a month.", "power"],
];

export const VOICES_EO: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EO_2,
  ...VOICES_EO_3,
  ...VOICES_EO_4,
  ...VOICES_EO_5,
];
