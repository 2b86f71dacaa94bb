import type { RawExample } from "./types.js";
import { VOICES_EF_2 } from "./voices-ef-2.js";
import { VOICES_EF_3 } from "./voices-ef-3.js";
import { VOICES_EF_4 } from "./voices-ef-4.js";
import { VOICES_EF_5 } from "./voices-ef-5.js";
import { VOICES_EF_6 } from "./voices-ef-6.js";

/** Less often heard sectors, half in English as a second language. Written fresh for Rapport (brief EF). */
const FIRST_PART: readonly RawExample[] = [
  ["The co-op's IT man comes on Tuesdays and he always has time for a coffee and a question.", ""],
  [
    "For me is not clear what they want when they send the message about 'suspicious login'. Which login? I have only one.",
    "comm",
  ],
  [
    "We milk at five in the morning. The tablet in the parlour asks the password again every day, with the gloves wet, so my brother wrote it on the wall with a marker.",
    "conflict",
  ],
  [
    "Farmers will click anything that says 'subsidy payment'. I saw it three times this spring alone.",
    "blame:emp",
  ],
  [
    "They are sending always warnings in English, and half of the members in the co-op read only Polish.",
    "comm",
  ],
  [
    "Honestly I don't know who does the computers for the co-op. Somebody from the town, I think.",
    "distance",
  ],
  ["The feed-ordering system was down on Friday for about two hours.", ""],
  [
    "When the harbour office changed the Wi-Fi, nobody told the boats. We found out at sea, when the catch reports would not send.",
    "conflict comm",
  ],
  [
    "I was the one who put the USB stick from the fish auction in the office PC. After that, the virus. It was me, I know it.",
    "blame:self",
  ],
  [
    "The port's IT security guys look at us like smugglers every time we bring a laptop on board for the engine diagnostics.",
    "power feel",
  ],
  [
    "Good people in the IT of the port authority. When I asked, they answered me in Portuguese.",
    "",
  ],
  [
    "We are not having contact with them since the new contract. Only the automatic emails.",
    "distance comm",
  ],
  [
    "At the fishermen's meeting they explained the new quay cameras, who can see the videos and for how long. Clear enough for me.",
    "",
  ],
  ["The weather has been terrible for the crab season.", ""],
  ["Security at the co-op is one guy, Henrik, and he does his best with almost no budget.", ""],
  [
    "Henrik locked the grain scale computer for an update right in the middle of harvest intake. Forty trucks waiting in the yard.",
    "conflict blame:sec",
  ],
  [
    "If the fishermen just stopped sharing one password for the whole boat, half of my problems would disappear.",
    "blame:emp",
  ],
  [
    "Three times I asked for the access to the quota system, and every time they send me another form.",
    "conflict",
  ],
  ["He talks to me like I'm a child who broke a toy.", "comm power"],
  ["Fine. We don't need them often, and when we need them they come.", ""],
  [
    "The password rules came from head office in Rotterdam. Nobody asked the dockworkers if we can type twelve characters with frozen fingers at 4 am.",
    "power conflict",
  ],
  [
    "I feel stupid every time I call the helpdesk, because they sigh before I finish my sentence.",
    "feel comm",
  ],
  [
    "The port IT team is in the admin building. Six years I work here and I never went up there.",
    "distance",
  ],
  [
    "It was my mistake, I forwarded the invoice to the wrong address. They helped me fix it quickly.",
    "blame:self",
  ],
  [
    "We switched from emails to posters in the canteen, and the dockers actually read them now.",
    "",
  ],
  [
    "Every month a new phishing test. The older fishermen think it's a trap from the boss to fire them.",
    "feel power",
  ],
  [
    "Our cooperative is paying a company in the city for the IT. When something is broken we wait them two days, maybe three.",
    "conflict",
  ],
  [
    "The guy from the IT company is nice, but he speaks only in abbreviations. VPN, MFA, SSO... I just nod.",
    "comm",
  ],
  ["I don't answer their surveys anymore. For what? Nothing changes.", "distance feel"],
  ["We installed the new backup for the milk-quality records in March, no problems so far.", ""],
  ["Security people think we have all day. We have cows.", "conflict"],
  [
    "Last winter I lost my phone with the co-op app somewhere near the tractor shed. I told them the same day and they blocked it. My fault, but they were kind about it.",
    "blame:self",
  ],
  ["They decide everything in the central office and we only receive the result.", "power"],
  [
    "I make the night shift at the container terminal. IT is only in the day. In the night if the scanner login fails, we write the containers on paper and type them in the morning.",
    "conflict",
  ],
  ["Our IT support answers the phone. That's already more than my last job.", ""],
  [
    "Nobody explained why we can't use WhatsApp for the auction prices anymore. One day it was just not allowed.",
    "comm power",
  ],
  [
    "The fishermen's association has a very good relationship with the harbour master's IT staff. They even come to our yearly meeting.",
    "",
  ],
  [
    "I'm the security coordinator at the port. People see me coming and put their phones away like schoolkids caught by the teacher. It's a bit sad, really.",
    "power feel",
  ],
  [
    "Every time the security auditor comes to the packhouse I am nervous, also if I did nothing wrong.",
    "feel power",
  ],
  ["Me, I am the problem with computers. I forget always the new password.", "blame:self"],
  [
    "The farm workers are careless with the tablets. Left in the rain, left unlocked in the tractor, kids playing games on them.",
    "blame:emp",
  ],
  ["The manual for the new herd system is sixty pages. I read two.", "comm distance"],
  ["Mostly positive. They made the Wi-Fi in the greenhouse and really it works.", ""],
  [
    "They changed the greenhouse climate software without telling the growers. Two nights the tomatoes were too cold.",
    "conflict comm blame:sec",
  ],
  [
    "I have no idea what 'endpoint compliance' means and I'm too embarrassed to ask them.",
    "comm feel distance",
  ],
  ["We used to fight with them about the gate badges. Since Marta took over it's really fine.", ""],
  [
    "Before, the IT boys came down to the quay and talked with us. Now only tickets.",
    "distance comm",
  ],
  ["If you want a complaint, ask me about the canteen, not about IT.", ""],
  ["The harbour IT gave us the new radios and trained everybody in one afternoon.", ""],
  ["I don't trust them with my data. They can see everything on the work phone, no?", "power feel"],
  ["To be fair, the last phishing test was very good. Even I almost clicked.", ""],
  [
    "I clicked. Of course I clicked, it looked exactly like the fish auction invoice. Then the whole office knew it was me.",
    "blame:self feel",
  ],
  [
    "Useless. The antivirus they put on the office PC blocks the scale software every morning.",
    "blame:sec conflict",
  ],
  ["The seasonal pickers get a login for two months and most of them never use it.", ""],
  [
    "Seasonal workers share logins with each other, always. You can't stop it, they simply don't care.",
    "blame:emp",
  ],
  [
    "They are far from us, in the city, but they answer the phone and connect remotely in minutes. The distance is not a problem.",
    "",
  ],
  [
    "He made me feel like an idiot on the phone, asking three times if I had turned it off and on, in that voice.",
    "feel comm",
  ],
  [
    "Our co-op board decided on new security rules after the ransomware at the neighbour co-op. Seems reasonable to me.",
    "",
  ],
  [
    "In the fish plant the manager overrules the IT guy every time. Security is the last in the list here.",
    "power",
  ],
  [
    "At the port we have three badges, three systems, and nobody can tell me which office to call when one of them stops working.",
    "conflict distance",
  ],
  ["No problem with the IT. My problem is the boss.", ""],
  [
    "Honestly we write the alerts too technical. The dock workers can't understand them, and that is our fault, not theirs.",
    "blame:self comm",
  ],
  ["Now they send one short email per update, with a picture. Much better than before.", ""],
  [
    "I worry every time a message says 'your account will be suspended'. Is it them or is it a scam? I can't tell the difference anymore.",
    "feel comm",
  ],
  ["The vet software update went fine last week.", ""],
  [
    "The IT contractor treats us like farmers who understand nothing. Well, we are farmers, but we are not stupid.",
    "power feel",
  ],
  ["I know all three of them by name. Henrik even came to my daughter's wedding.", ""],
  [
    "Nobody wants to report a lost phone here, because then you get the lecture.",
    "comm distance feel",
  ],
  [
    "We had ransomware in the packing house in 2022. Since then they take it more seriously, and honestly so do we.",
    "",
  ],
  ["The IT lady at the co-op explains everything twice and never makes you feel slow.", ""],
  [
    "They approve the new programs only after many weeks. Meanwhile the harvest is finished already.",
    "conflict",
  ],
  [
    "The boat owners think cybersecurity is a city problem, not a fishing problem.",
    "distance blame:emp",
  ],
  [
    "I repaired the printer alone with a video on YouTube. It's more fast than to wait for them.",
    "distance conflict",
  ],
  ["Sometimes I think they forget we exist, out here on the northern quay.", "distance feel"],
  ["Good team. Very patient with old people like me.", ""],
  [
    "The skipper told me to switch off the tracking on the tablet. Then IT called him, very angry, and now the skipper is angry at me. I'm in the middle.",
    "conflict feel",
  ],
  ["Their rule is no personal USB sticks. It's clear and I follow it.", ""],
  ["They act like the laptop is theirs and I only borrow it.", "power"],
  [
    "We were late with the export certificates because the new login didn't work for the vet in Spain, and IT said it's not their problem.",
    "conflict blame:sec",
  ],
  [
    "People ask me sometimes if the IT lady at the co-op is strict. She is strict, yes, but she always tells you why, and when I had a problem with the milk quota upload at midnight before the deadline, she answered from her kitchen. I don't know many people who would do that for a farmer.",
    "",
  ],
  ["Our harbour IT was never arrogant with us, not one time.", ""],
  [
    "The IT company configured the boat tablets so badly that the GPS and the catch log fight each other. Every trip something freezes, and they say it's the sea.",
    "blame:sec conflict",
  ],
  [
    "The co-op's IT firm set the backup wrong and we lost three months of spraying records. They said sorry, but the records are gone.",
    "blame:sec",
  ],
  [
    "My uncle owns the factory and my cousin does the IT, so complaining about the computers means complaining at Sunday lunch. I just don't say anything.",
    "distance",
  ],
];

export const VOICES_EF: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_EF_2,
  ...VOICES_EF_3,
  ...VOICES_EF_4,
  ...VOICES_EF_5,
  ...VOICES_EF_6,
];
