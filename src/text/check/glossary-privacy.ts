// Glossary: privacy law and payment card security.
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const ICO = "ICO guidance";
const PCI = "PCI SSC glossary";
const FIN = "FCA Handbook";

const TRANSFER_CLAUSES = "standard contract wording that protects personal data sent abroad";

export const PRIVACY_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(ICO, [
    // Privacy law: roles and agreements.
    term(
      "joint controller",
      "one of several organisations that together decide how personal data is used",
      { variants: ["joint data controller"] },
    ),
    term("sub-processor", "a supplier's own supplier that also handles our personal data", {
      variants: ["subprocessor", "sub-processing", "subprocessing"],
    }),
    term(
      "data processing agreement",
      "the contract setting how a supplier may handle our personal data",
      { variants: ["data processing addendum", "processor agreement", "data processing terms"] },
    ),
    term(
      "data sharing agreement",
      "a written agreement on how two organisations share personal data",
      { variants: ["information sharing agreement", "data sharing protocol"] },
    ),
    term("supervisory authority", "a country's official data protection regulator", {
      variants: ["lead supervisory authority", "data protection authority"],
    }),
    acronym("PECR", "the rules on marketing messages, cookies and similar tracking"),
  ]),
  term("ePrivacy", "the European rules on cookies, tracking and marketing messages", {
    variants: ["ePrivacy Directive", "ePrivacy Regulation", "e-privacy"],
  }),
  acronym("CCPA", "a Californian law giving people rights over their personal data", {
    variants: ["CPRA"],
  }),
  ...checkedIn(ICO, [
    // Privacy law: lawful use of personal data.
    term("lawful basis", "the legal reason that allows us to use someone's personal data", {
      variants: ["lawful bases", "legal basis", "legal bases", "lawful basis for processing"],
    }),
    term(
      "legitimate interest",
      "a lawful reason to use data when people would reasonably expect it",
      { variants: ["legitimate interests assessment"] },
    ),
    acronym("LIA", "a check that using data for our own purposes is fair to people"),
    term("vital interests", "using personal data to protect someone's life"),
    term("public task", "using personal data to carry out official public duties"),
    term(
      "special category data",
      "especially sensitive personal data, such as health, religion or ethnicity",
      {
        variants: [
          "special category",
          "special categories of personal data",
          "special category personal data",
          "special categories of data",
        ],
      },
    ),
    term("criminal offence data", "personal data about crimes, convictions or suspected offences", {
      variants: ["criminal offense data"],
    }),
    term(
      "technical and organisational measures",
      "the practical safeguards we use to protect personal data",
      {
        variants: [
          "technical and organizational measures",
          "appropriate technical and organisational measures",
        ],
      },
    ),
    acronym("TOMs", "the practical safeguards we use to protect personal data"),
    // Privacy law: principles and people's rights.
    term("data minimisation", "collecting and keeping only the personal data we really need", {
      variants: ["data minimization"],
    }),
    term("purpose limitation", "using personal data only for the reason it was collected"),
    term("storage limitation", "keeping personal data no longer than we need it"),
    term("privacy by design", "building privacy protection into a project from the start", {
      variants: ["data protection by design", "privacy by default", "data protection by default"],
    }),
    term("fair processing notice", "the notice telling people how we use their personal data", {
      variants: ["fair processing information"],
    }),
    term("records of processing activities", "our list of what personal data we hold and why", {
      variants: ["record of processing activities", "record of processing"],
    }),
    acronym("ROPA", "our list of what personal data we hold and why", { variants: ["RoPA"] }),
  ]),
  term("data mapping", "recording where personal data comes from, goes to and who handles it", {
    variants: ["data map", "data flow map", "data flow mapping", "information flow mapping"],
  }),
  ...checkedIn(ICO, [
    term(
      "data subject rights",
      "people's rights over their personal data, and their requests to use them",
      { variants: ["data subject request"] },
    ),
    term("right to erasure", "a person's right to have their personal data deleted", {
      variants: ["right to be forgotten", "erasure request"],
    }),
    term("right to rectification", "a person's right to have wrong personal data corrected", {
      variants: ["rectification request"],
    }),
    term(
      "restriction of processing",
      "pausing our use of someone's data while a question is settled",
      { variants: ["right to restrict processing", "right to restriction"] },
    ),
    term("data portability", "a person's right to take their data to another provider", {
      variants: ["right to data portability"],
    }),
    term(
      "automated decision-making",
      "decisions about people made by computer with no human involved",
      { variants: ["automated individual decision-making"] },
    ),
    term("profiling", "using personal data to predict someone's behaviour or preferences", {
      technicalOnly: true,
    }),
    term("soft opt-in", "emailing existing customers about similar products unless they said no"),
  ]),
  term("privacy impact assessment", "a check of privacy risks before a new project starts"),
  acronym("PIA", "a check of privacy risks before a new project starts"),
  term("notifiable breach", "a data breach serious enough that we must tell the regulator", {
    source: ICO,
    variants: ["reportable breach", "notifiable data breach", "reportable data breach"],
  }),
  term("de-identification", "removing details that show who the data is about", {
    variants: ["de-identified", "deidentified", "de-identify"],
  }),
  term("re-identification", "working out who supposedly anonymous data is about", {
    variants: ["re-identified", "re-identify", "reidentification"],
  }),
  term("anonymised", "with every detail that could identify a person removed", {
    source: ICO,
    variants: ["anonymized", "anonymise", "anonymize", "anonymising", "anonymizing"],
  }),
  term("redaction", "blacking out sensitive parts of a document before sharing it", {
    variants: ["redact", "redacted", "redacting"],
  }),
  ...checkedIn(ICO, [
    // Privacy law: international transfers.
    term(
      "international transfer",
      "sending personal data to, or letting it be seen from, another country",
      {
        variants: [
          "international data transfer",
          "restricted transfer",
          "cross-border transfer",
          "cross-border data transfer",
        ],
      },
    ),
    term("third country", "a country outside the area covered by our data protection law", {
      technicalOnly: true,
    }),
    term(
      "adequacy decision",
      "an official finding that another country protects personal data well enough",
      { variants: ["adequacy regulations", "adequacy finding"] },
    ),
    term("standard contractual clauses", TRANSFER_CLAUSES, {
      variants: ["model clauses", "model contractual clauses"],
    }),
    acronym("SCC", TRANSFER_CLAUSES),
    term("International Data Transfer Agreement", TRANSFER_CLAUSES, {
      variants: ["International Data Transfer Addendum", "UK Addendum"],
    }),
    acronym("IDTA", TRANSFER_CLAUSES),
    term("transfer risk assessment", "a check that personal data sent abroad will still be safe", {
      variants: ["transfer impact assessment"],
    }),
    term(
      "binding corporate rules",
      "approved internal rules for moving personal data between a group's companies",
    ),
    acronym("BCR", "approved internal rules for moving personal data between a group's companies"),
  ]),
  term(
    "Data Privacy Framework",
    "an arrangement letting personal data go to approved American companies",
    {
      variants: ["EU-US Data Privacy Framework", "data bridge"],
    },
  ),
  ...checkedIn(PCI, [
    // Payment security.
    term("cardholder data", "the card number, name and expiry date on a payment card"),
    acronym("CHD", "the card number, name and expiry date on a payment card"),
    term("cardholder data environment", "the systems and people that handle card details"),
    acronym("CDE", "the systems and people that handle card details"),
    term(
      "sensitive authentication data",
      "the card's security code, PIN or chip data, never to be stored",
    ),
    acronym("SAD", "the card's security code, PIN or chip data, never to be stored"),
    term("primary account number", "the long number on a payment card"),
    acronym("PAN", "the long number on a payment card"),
    term("card verification value", "the three- or four-digit security code on a payment card", {
      variants: ["card verification code", "card security code"],
    }),
    acronym("CVV", "the three- or four-digit security code on a payment card", {
      variants: ["CVV2", "CVC", "CVC2", "CV2"],
    }),
  ]),
  term("tokenised", "with the real card number or data replaced by a harmless stand-in", {
    variants: ["tokenized", "tokenise", "tokenize"],
  }),
  term("payment token", "a stand-in code used instead of the real card number", {
    variants: ["card token", "network token", "network tokenisation", "network tokenization"],
  }),
  acronym("PCI SSC", "the card industry body that sets the security rules for card payments"),
  term("PCI compliance", "meeting the card industry's security rules", {
    variants: ["PCI compliant", "PCI DSS compliance", "PCI DSS compliant", "PCI-compliant"],
  }),
  ...checkedIn(PCI, [
    term(
      "scope reduction",
      "cutting down the systems that handle card details, so fewer need checks",
      { variants: ["descoping", "de-scoping", "descope", "descoped"] },
    ),
    term(
      "Qualified Security Assessor",
      "an approved auditor who checks that we follow the card security rules",
    ),
    acronym("QSA", "an approved auditor who checks that we follow the card security rules"),
    term(
      "Approved Scanning Vendor",
      "an approved firm that scans our internet-facing systems for weaknesses",
    ),
    acronym("ASV", "an approved firm that scans our internet-facing systems for weaknesses"),
    term("Report on Compliance", "the full yearly audit report on our card security"),
    acronym("ROC", "the full yearly audit report on our card security", { variants: ["RoC"] }),
    term("Attestation of Compliance", "our signed statement that we meet the card security rules"),
    acronym("AOC", "our signed statement that we meet the card security rules", {
      variants: ["AoC"],
    }),
    term(
      "point-to-point encryption",
      "card details scrambled all the way from the card machine to the bank",
    ),
    acronym("P2PE", "card details scrambled all the way from the card machine to the bank"),
    term("PIN entry device", "the card machine where customers type their PIN"),
    acronym("PED", "the card machine where customers type their PIN"),
  ]),
  acronym("POS", "the till or card machine", { variants: ["EPOS", "ePOS"] }),
  term("virtual terminal", "a web page where staff type in card details to take a payment"),
  acronym("MOTO", "card payments taken by post or over the phone"),
  acronym("EMV", "the chip-and-PIN standard for payment cards", { variants: ["EMV chip"] }),
  term("3-D Secure", "the extra check your bank asks for when you pay online", {
    variants: ["3D Secure", "3DSecure"],
  }),
  acronym("3DS", "the extra check your bank asks for when you pay online", {
    variants: ["3DS2"],
  }),
  term(
    "strong customer authentication",
    "the banking rule requiring two checks before an online payment",
    {
      source: FIN,
    },
  ),
  acronym("PSD2", "the European rules for online payments and banking"),
  term("payment service provider", "the company that handles card payments for us"),
  acronym("PSP", "the company that handles card payments for us"),
  term(
    "payment gateway",
    "the service that passes card payments from our till or website to the bank",
  ),
  term("acquiring bank", "the bank that receives card payments on behalf of a business", {
    variants: ["acquirer", "merchant acquirer"],
  }),
  acronym("BIN", "the first digits of a card number, which identify the bank"),
  term("address verification service", "a check that the billing address matches the card"),
  acronym("AVS", "a check that the billing address matches the card"),
  term("velocity check", "a check that blocks too many payments or attempts in a short time", {
    variants: ["velocity rule", "velocity limit"],
  }),
  term("transaction monitoring", "automatically watching payments for signs of fraud"),
];
