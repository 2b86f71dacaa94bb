import type { RawExample } from "./types.js";
import { VOICES_BH_2 } from "./voices-bh-2.js";
import { VOICES_BH_3 } from "./voices-bh-3.js";
import { VOICES_BH_4 } from "./voices-bh-4.js";

/** Staff of medium-sized health, pharma and lab firms on their security/IT team. Written fresh for Rapport (brief BH). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our HPLC workstation runs an operating system older than some of the interns, and I understand why nobody's allowed to patch it.",
    "",
  ],
  [
    "Asked why the USB ports on the dissolution tester PC are disabled and got back a SOP number. That was the whole reply.",
    "comm",
  ],
  [
    "Three of us share one login on the plate reader because the vendor only sold one seat, and IT just shrugs about it.",
    "distance",
  ],
  ["The audit trail has saved my skin more than once when QA queried a reintegration.", ""],
  [
    "Who actually is on the security team? Genuine question, I've been here four years.",
    "distance",
  ],
  ["They're friendly enough if you catch them at the coffee machine.", ""],
  [
    "I dread the yearly data protection module, it's forty slides of someone reading legislation at us.",
    "comm feel",
  ],
  [
    "The dispensing terminal locks after ninety seconds idle, so I'm typing my password sixty times a shift with a queue at the counter.",
    "conflict",
  ],
  [
    "tbh the password for the centrifuge pc is on a sticky note under the keyboard, everyone knows it",
    "distance",
  ],
  [
    "Someone from IT spent a whole morning in the lab watching how we use the balance software before they changed anything. Made a real difference.",
    "",
  ],
  ["They decide on Friday, we find out Monday when nothing logs in.", "power comm"],
  [
    "I'm hopeless with the LIMS and I'm pretty sure the helpdesk groans when my name pops up.",
    "blame:self feel",
  ],
  [
    "It took eleven days to get my account unlocked on the eCRF system and I had two patient visits in that window.",
    "conflict",
  ],
  [
    "Every email from them starts with 'Per 21 CFR Part 11' and I stop reading right there.",
    "comm",
  ],
  ["I feel like a suspect every time I need an exception for the mass spec PC.", "power feel"],
  [
    "They explained the electronic signature change in a ten-minute huddle on the ward and it made total sense.",
    "",
  ],
  ["The only time I hear from IT is when they think I've done something wrong.", "comm power"],
  [
    "We just stopped reporting the freezer monitoring glitches, nothing ever came of it.",
    "distance",
  ],
  [
    "Honestly they're stretched thin, two people for three sites, and they still pick up the phone.",
    "",
  ],
  [
    "QA and IT argue over every change request and the lab sits in the middle waiting for weeks.",
    "conflict",
  ],
  [
    "I'm a courier, I scan barcodes and get signatures, I've never once spoken to anyone in IT.",
    "distance",
  ],
  [
    "The scanner app logs me out between every drop, and when I rang about it they told me to raise a ticket. From my van.",
    "conflict comm",
  ],
  [
    "Grateful for them, really. When the ransomware thing hit the hospital down the road they had us locked down before lunch.",
    "",
  ],
  ["They treat the lab like a nursery, we can't even change the desktop background.", "power"],
  ["Sometimes I wonder if any of them has ever set foot in a clean room.", "distance"],
  [
    "Nobody asked the pharmacists before the controlled drugs register went electronic. We were simply informed.",
    "power",
  ],
  [
    "Got told off in front of the whole office for leaving my screen unlocked. I wanted the floor to swallow me.",
    "power feel",
  ],
  [
    "After the phishing test they came and showed us real examples, no names, no finger pointing. Good session.",
    "",
  ],
  [
    "I'm scared to touch anything on the validated PCs in case it triggers a deviation with my name on it.",
    "feel",
  ],
  ["A bit slow sometimes but they do get there.", ""],
  ["Absolutely useless. Three weeks to install a printer driver.", "blame:sec"],
  ["I think they're overloaded, not incompetent.", ""],
  ["The new MFA made sense once Priya walked me through it at my desk.", ""],
  ["Half of what they send is acronyms. SIEM, DLP, EDR... I take blood for a living.", "comm"],
  ["they never tell us anything until its already broken", "comm"],
  ["If I'm honest I find them a little intimidating.", "feel"],
  ["Very approachable, you can just wander over and ask.", ""],
  [
    "We got a poster about tailgating. A poster. That's been the entire engagement this year.",
    "comm distance",
  ],
  [
    "My own fault, I clicked the fake invoice in the test and now I'm on the extra training list.",
    "blame:self",
  ],
  [
    "Clinical staff will click on literally anything, I don't blame IT for locking it all down.",
    "blame:emp",
  ],
  [
    "Research data has to go on the approved share and the approved share has been full since March.",
    "conflict",
  ],
  ["Our IT guy knows every instrument in the building by serial number, it's slightly spooky.", ""],
  [
    "I asked for admin rights to install a free stats package and got treated like I'd asked for the safe combination.",
    "power conflict",
  ],
  [
    "Nobody has ever explained why the validated spreadsheet templates are locked, they just are.",
    "comm",
  ],
  [
    "Used to think they were the fun police, but after the inspection I get why the audit trail matters.",
    "",
  ],
  ["Relationship's fine. Not close, but fine.", ""],
  [
    "I get a knot in my stomach before the quarterly access review, like I'm about to be caught out.",
    "feel power",
  ],
  ["They check who opened which patient record and I'm glad someone does.", ""],
  [
    "Receptionist here. Asked three times for the booking screen to stop timing out, each ticket just quietly closed itself.",
    "conflict",
  ],
  ["It was nice that they asked us to try the new sample tracking screens before go-live.", ""],
  [
    "We end up photographing the screen because the validated PC won't export, which is surely worse than a PDF, but nobody listens.",
    "distance conflict",
  ],
  ["I don't really have an opinion, I barely need them.", ""],
  ["They talk to us like we're going to leak the trial database out of spite.", "power feel"],
  ["Good people. Bad tools, but good people.", ""],
  [
    "The instrument login is shared, so when the audit trail flags an edit nobody knows who did it, and IT blames all of us.",
    "blame:emp power",
  ],
  ["I'd rather ask the vendor engineer than our own IT, he actually answers.", "distance"],
  [
    "It feels like they're in a different building. Oh wait, they are. A different country, actually.",
    "distance",
  ],
  ["Our site lead from IT joins the lab meeting once a month and it's genuinely useful.", ""],
  ["Is it normal to need four approvals to get a mouse replaced?", "conflict"],
  ["They do explain things, you just have to ask twice.", ""],
  ["I've given up asking, I just use my phone for anything the lab PC blocks.", "distance"],
  ["Honestly they make me feel stupid. Every question gets a little sigh.", "feel power"],
  [
    "The pharmacy robot went down on a Saturday and nobody from IT could be reached until Monday.",
    "conflict",
  ],
  ["They're not the enemy, the regulator is.", ""],
  ["What even is 'data classification level 3'? The email didn't say.", "comm"],
  [
    "I worry constantly that I'll send a patient letter to the wrong address and it'll be a reportable breach.",
    "feel",
  ],
  ["We have a good laugh with the helpdesk lads, they know their stuff.", ""],
  [
    "Change control for a validated system takes months and IT acts like that's our problem.",
    "conflict",
  ],
  [
    "The lab manager fights with them every single week about the chromatography data system.",
    "conflict",
  ],
  ["Not once has anyone from security asked what we actually need.", "power distance"],
  [
    "They're patient with me, which is more than I deserve some days, I'm a disaster with passwords.",
    "blame:self",
  ],
  [
    "Whenever there's an incident the all-staff email is basically 'someone in the lab did something stupid'.",
    "blame:emp comm",
  ],
  ["The data protection officer is brilliant, she explains everything in plain English.", ""],
  [
    "I never know if an email is from our real IT or a phishing test, so I just ignore all of them.",
    "distance",
  ],
  ["Locked-down PCs are annoying but I've seen what happens at places without them.", ""],
  ["They're rude. Short answers, no greeting, ticket closed.", "comm blame:sec"],
  ["A bit too keen on rules maybe, but they've never been unpleasant to me.", ""],
  ["My manager has to request everything on my behalf, like I'm twelve.", "power"],
  ["It's fine, I suppose. I just keep my head down.", "distance"],
  [
    "IT doesn't understand that a deviation in GMP isn't a minor thing, it's days of paperwork for me.",
    "conflict",
  ],
  ["lol what security team", "distance"],
  ["Security's fine. The LIMS is the problem, and that's a vendor thing.", ""],
  ["I felt humiliated when they read out the phishing results by department.", "feel power"],
  [
    "They helped me set up pseudonymised exports for the study and were really kind about my silly questions.",
    "",
  ],
  [
    "If the audit trail needs a reason for every single change, at least give us a drop-down instead of making us type essays.",
    "conflict",
  ],
  ["Every request goes into a void. Ticket number, then silence.", "comm distance"],
  [
    "They won't let us use the instrument's own network backup, so results sit on the local disk for weeks. Brilliant.",
    "conflict blame:sec",
  ],
  ["Ask them something simple and you get a lecture on ransomware.", "comm"],
  ["I know Tom and Sadia by name and they know me, which helps a lot.", ""],
  ["They've never once been condescending to me.", ""],
  [
    "I'd like them to come to a study start-up meeting once, just to see what we deal with.",
    "distance",
  ],
  [
    "The clinical trial coordinators are basically on their own with the sponsor portals.",
    "distance",
  ],
  [
    "I'm probably the reason they added the pop-up warning about external email, to be fair.",
    "blame:self",
  ],
  ["It's like dealing with customs officers. Papers, please.", "power"],
  [
    "Why does the dispensary PC need a reboot every morning to install updates we never asked for?",
    "conflict power",
  ],
  ["They're quick on the phone and they don't make you feel daft.", ""],
  [
    "Annoyed, mostly. Every fix they roll out breaks something else on the bench.",
    "feel blame:sec",
  ],
  [
    "They picked a password policy that nobody on the ward can actually follow with gloves on.",
    "conflict",
  ],
  ["Helpful, but only over email. I've never heard anyone's voice.", "comm distance"],
  [
    "We had a proper sit-down with them about shared logins on the analysers and came up with a badge tap. Works well.",
    "",
  ],
  [
    "I spent forty minutes on hold while the courier van was idling outside with samples warming up.",
    "conflict feel",
  ],
  [
    "The validated system can't be changed, fine, but could someone at least tell us when it's going to be revalidated?",
    "comm",
  ],
  ["Security people here are decent. Overworked, but decent.", ""],
  ["They assume we're all careless, and to be honest some of my colleagues are.", "blame:emp"],
  [
    "Got an email at 11pm saying my access to the trial master file was revoked. No explanation.",
    "comm power",
  ],
  ["I think they see us as the problem to be managed, not people to work with.", "power"],
  [
    "My supervisor laughs at me because I still ring IT for the shared drive, but I'm just not a computer person.",
    "blame:self feel",
  ],
  ["A nice chap came and fixed the label printer in ten minutes, very chatty.", ""],
  ["Audit trails don't bother me. If I did it right, there's nothing to hide.", ""],
  ["If the QC analyser logs out mid-run one more time I'm going to scream.", "feel conflict"],
  [
    "They reply in a language I don't speak. 'Your endpoint is non-compliant.' What does that mean for me at 7am?",
    "comm",
  ],
  ["Never seen them, never needed them.", ""],
  [
    "Some of the techs leave the shared login open all shift, and then everyone wonders why IT is strict.",
    "blame:emp",
  ],
  ["It's a very one-way street. They tell, we comply.", "power comm"],
  ["I feel quite well looked after, actually.", ""],
  [
    "I'm always second-guessing whether I'm allowed to email a result to a GP, and the guidance doesn't help.",
    "feel comm",
  ],
  ["Not sure what they do all day, to be honest.", "distance"],
  [
    "Last year was rough with the migration, but this year they've been much better at warning us.",
    "",
  ],
  [
    "It is a bit embarrassing when your account gets flagged and your whole team can see it on the dashboard.",
    "feel power",
  ],
  ["I've learnt to just reboot it myself and hope, nobody comes anyway.", "distance"],
  ["They're polite. That's about all I can say.", ""],
  ["The security team honestly couldn't configure a toaster.", "blame:sec"],
  [
    "When I explained why we need the balance connected to the LIMS, they listened and found a way. Took a while but they did.",
    "",
  ],
  [
    "The courier handhelds are locked so hard we can't even adjust the brightness in the sun.",
    "conflict",
  ],
];

export const VOICES_BH: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_BH_2,
  ...VOICES_BH_3,
  ...VOICES_BH_4,
];
