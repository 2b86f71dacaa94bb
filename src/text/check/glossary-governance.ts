// Glossary: standards, audits, regulation, risk management and payment fraud.
// Privacy law and payment card security are in glossary-privacy.ts.
import { acronym, checkedIn, type GlossaryEntry, NIST, term } from "./glossary-entry.js";

const ISO = "ISO/IEC 27000 vocabulary";
const SOC = "AICPA guidance";
const NHS = "NHS England guidance";
const RISK = "ISO Guide 73 risk vocabulary";
const FCA = "FCA Handbook";
const FRAUD = "UK Finance fraud guidance";
const MONEY_CHECKS = "checks that stop criminals using the firm to hide stolen money";
const EU = "EU NIS2 Directive";

export const GOVERNANCE_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(ISO, [
    // Standards, certification and audits.
    term("Statement of Applicability", "a list of which security safeguards we use, and why"),
    acronym("SoA", "a list of which security safeguards we use, and why"),
    term("Annex A controls", "the list of safeguards in the main information security standard", {
      variants: ["Annex A control"],
    }),
    term(
      "ISO 27002",
      "guidance that explains each safeguard in the information security standard",
      { variants: ["ISO/IEC 27002", "ISO27002"] },
    ),
    term("ISO 27701", "an international standard for managing personal data and privacy", {
      variants: ["ISO/IEC 27701", "ISO27701"],
    }),
    term(
      "certification audit",
      "the independent check that decides whether we get the certificate",
    ),
  ]),
  term("certification body", "the independent firm that audits us and issues the certificate", {
    variants: ["accredited certification body"],
  }),
  term("surveillance audit", "a yearly check-up audit that keeps our certificate valid", {
    variants: ["surveillance visit"],
  }),
  ...checkedIn(ISO, [
    term("nonconformity", "a place where we do not meet the standard or our own rules", {
      variants: ["non-conformity", "nonconformance", "non-conformance"],
    }),
    term(
      "major nonconformity",
      "a serious gap the auditor found that must be fixed to keep the certificate",
      { variants: ["major non-conformity", "major nonconformance", "major non-conformance"] },
    ),
    term("minor nonconformity", "a small gap the auditor found that we must fix", {
      variants: ["minor non-conformity", "minor nonconformance", "minor non-conformance"],
    }),
  ]),
  term("opportunity for improvement", "a suggestion from the auditor, not a failing", {
    variants: ["opportunities for improvement"],
  }),
  acronym("OFI", "a suggestion from the auditor, not a failing"),
  term("audit finding", "a problem or gap that an auditor found"),
  term("corrective action", "the fix we make so a problem does not happen again", {
    source: ISO,
    variants: ["corrective action plan", "corrective and preventive action"],
  }),
  acronym("CAPA", "fixing a problem and stopping it from happening again"),
  term("control owner", "the person responsible for making sure a safeguard works"),
  term("compensating control", "a different safeguard used when the usual one is not possible", {
    source: NIST,
    variants: ["compensating security control"],
  }),
  term("gap analysis", "comparing what we do now with what the standard requires", {
    variants: ["gap assessment"],
  }),
  term("maturity model", "a scale for how well developed our security practices are", {
    variants: ["maturity level", "maturity assessment", "maturity rating"],
  }),
  term("attestation", "a formal signed statement that something is true or done", {
    variants: ["attest", "attested", "attesting", "self-attestation", "self-attest"],
  }),
  term("right to audit", "our right, in the contract, to check a supplier's security", {
    variants: ["right-to-audit clause", "audit rights"],
  }),
  term("security assurance", "evidence that our security works as intended", {
    variants: ["information assurance", "supplier assurance", "vendor assurance"],
  }),
  acronym("SOX", "American rules on financial reporting checks for listed companies", {
    variants: ["SOx"],
  }),
  ...checkedIn(SOC, [
    acronym("SOC 1", "an audit report on a supplier's safeguards that affect our accounts", {
      variants: ["SOC1"],
    }),
    term("Type II report", "an audit report checking that safeguards worked over several months", {
      variants: ["Type 2 report", "SOC 2 Type II", "SOC 2 Type 2", "SOC2 Type II", "SOC2 Type 2"],
    }),
    term("Type I report", "an audit report checking safeguards are designed well on a single day", {
      variants: ["Type 1 report", "SOC 2 Type I", "SOC 2 Type 1", "SOC2 Type I", "SOC2 Type 1"],
    }),
    term("trust services criteria", "the areas a supplier security audit covers, such as privacy", {
      variants: ["trust service criteria", "trust services principles"],
    }),
    term("bridge letter", "a supplier's letter covering the time since its last audit report", {
      variants: ["gap letter"],
    }),
  ]),
  acronym("IASME", "the organisation that runs the government-backed Cyber Essentials scheme"),
  term("self-assessment questionnaire", "a form where we answer questions about our own security"),
  acronym("SAQ", "the card industry's yearly self-check form for smaller businesses", {
    source: "PCI SSC glossary",
  }),
  acronym("CREST", "a body that approves firms that do break-in testing and incident help"),
  term(
    "Cyber Assessment Framework",
    "the government's checklist for security at essential services",
    {
      source: "NCSC guidance",
    },
  ),
  acronym("CAF", "the government's checklist for security at essential services", {
    source: "NCSC guidance",
  }),
  term("Cybersecurity Framework", "a widely used American framework for organising security work", {
    source: NIST,
    variants: ["Cyber Security Framework", "NIST Cybersecurity Framework", "NIST CSF"],
  }),
  term("governance, risk and compliance", "managing our rules, risks and legal duties together", {
    variants: ["governance, risk, and compliance"],
  }),
  acronym("GRC", "managing our rules, risks and legal duties together"),
  term(
    "three lines of defence",
    "a model splitting who runs, oversees and independently checks risk",
    {
      variants: ["three lines of defense", "3 lines of defence", "three lines model"],
    },
  ),
  acronym("RACI", "a chart of who does, approves, advises on and is told about each task"),
  acronym("RAG", "a red, amber or green rating of how things are going", {
    variants: ["RAG status", "RAG rating"],
  }),
  acronym("BAU", "normal day-to-day work"),
  // NIS2 and other regulation.
  term(
    "NIS Regulations",
    "the law on cyber security for essential services such as energy and health",
    {
      variants: ["NIS Directive", "Network and Information Systems Regulations"],
    },
  ),
  ...checkedIn(EU, [
    term(
      "essential entity",
      "an organisation the European cyber security law treats as most critical",
    ),
    term(
      "important entity",
      "an organisation covered by the European cyber security law, with lighter checks",
    ),
    term("competent authority", "the official body that regulates us under this law", {
      variants: ["national competent authority"],
    }),
  ]),
  acronym("DORA", "European rules on keeping banks' and insurers' systems resilient"),
  term("Cyber Resilience Act", "a European law setting security rules for products with software"),
  acronym("FCA", "the financial services regulator"),
  term(
    "operational resilience",
    "the ability to keep important services running through disruption",
    {
      source: FCA,
    },
  ),
  term("impact tolerance", "the most disruption a key service may suffer before serious harm", {
    source: FCA,
  }),
  acronym("ICT", "computers, phones, networks and the software that runs on them"),
  ...checkedIn(NHS, [
    // Health and public sector information governance.
    term("information governance", "the rules and habits for handling information properly"),
    acronym("IG", "the rules and habits for handling information properly"),
    term("Caldicott Guardian", "the senior person who protects patients' confidential information"),
    term("Senior Information Risk Owner", "the senior manager accountable for information risk"),
    acronym("SIRO", "the senior manager accountable for information risk"),
    term(
      "information asset owner",
      "the manager responsible for a set of information and its risks",
      { variants: ["asset owner"] },
    ),
    acronym("IAO", "the manager responsible for a set of information and its risks"),
    term(
      "Data Security and Protection Toolkit",
      "the yearly online self-check of data security for health and care",
    ),
    acronym("DSPT", "the yearly online self-check of data security for health and care"),
  ]),
  term("data owner", "the manager who decides who may use a set of data"),
  term("data custodian", "the team that stores and protects data for its owner", {
    variants: ["data steward"],
  }),
  // Risk management.
  term("inherent risk", "the risk before any safeguards are in place", {
    variants: ["gross risk"],
  }),
  term("residual risk", "the risk that remains after our safeguards", {
    source: NIST,
    variants: ["net risk"],
  }),
  ...checkedIn(RISK, [
    term("risk owner", "the manager accountable for dealing with a risk"),
    term("risk treatment", "deciding what to do about a risk: reduce, avoid, share or accept it", {
      variants: ["risk treatment plan", "risk response"],
    }),
    term("risk acceptance", "a manager formally agreeing to live with a risk", {
      variants: ["accepted risk", "risk accepted", "risk acceptance form"],
    }),
  ]),
  term("risk transfer", "passing a risk to someone else, for example an insurer", {
    variants: ["risk transference", "risk sharing"],
  }),
  term("risk exception", "approved permission to skip a security rule for a set time", {
    variants: ["security exception", "policy exception", "risk waiver", "policy waiver"],
  }),
  term("risk matrix", "a coloured chart showing which risks are most serious", {
    variants: ["risk heat map", "risk heatmap"],
  }),
  term("key risk indicator", "a measure that warns early when a risk is growing"),
  acronym("KRI", "a measure that warns early when a risk is growing"),
  term(
    "business impact analysis",
    "working out how badly losing each service would hurt the firm",
    {
      variants: ["business impact assessment"],
    },
  ),
  acronym("BIA", "working out how badly losing each service would hurt the firm"),
  term("enterprise risk management", "managing all of the firm's risks together in one process"),
  acronym("ERM", "managing all of the firm's risks together in one process"),
  term("risk-based approach", "putting effort where the risks are greatest"),
  term("risk posture", "how much risk the firm is carrying overall"),
  term("CIA triad", "the three aims of security: keep data private, accurate and available", {
    variants: ["confidentiality, integrity and availability"],
  }),
  term("defence in depth", "several layers of protection, so one failure is not enough", {
    source: NIST,
    variants: ["defense in depth", "layered security", "layered defence", "layered defense"],
  }),
  term("concentration risk", "relying too heavily on one supplier or system"),
  term("fourth-party risk", "risk from our suppliers' own suppliers", {
    variants: ["fourth party", "nth-party risk"],
  }),
  // Payment fraud and financial crime checks.
  term("card skimming", "copying card details with a hidden device on a card reader", {
    source: FRAUD,
    variants: ["card skimmer", "skimming device", "ATM skimming"],
  }),
  term("skimming", "copying card details with a hidden device on a card reader", {
    source: FRAUD,
    variants: ["skimmer"],
    technicalOnly: true,
  }),
  term("shimming", "a thin hidden device in a card slot that reads chip cards", {
    variants: ["shimmer", "card shimmer"],
    technicalOnly: true,
  }),
  term("formjacking", "hidden code on a checkout page that steals card details", {
    variants: ["e-skimming", "web skimming", "digital skimming"],
  }),
  term("card-not-present fraud", "fraud using stolen card details online or by phone", {
    source: FRAUD,
    variants: ["card not present", "CNP fraud"],
  }),
  acronym("CNP", "a card payment made online or by phone, without the card itself"),
  term("carding", "criminals testing stolen card numbers with small purchases", {
    variants: ["card testing", "card-testing attack", "carder"],
  }),
  term("BIN attack", "criminals guessing valid card numbers by trying many in a row", {
    variants: ["card enumeration"],
  }),
  term("chargeback", "a card payment reversed by the bank after the customer disputes it"),
  term("friendly fraud", "a customer wrongly disputing a real purchase to get money back", {
    variants: ["first-party fraud", "chargeback fraud"],
  }),
  ...checkedIn(FRAUD, [
    term("authorised push payment fraud", "a criminal tricking someone into sending them money", {
      variants: ["authorized push payment fraud", "authorised push payment scam"],
    }),
    acronym("APP fraud", "a criminal tricking someone into sending them money", {
      variants: ["APP scam"],
    }),
    term("mandate fraud", "a criminal asking us to change a supplier's bank details", {
      variants: [
        "invoice redirection fraud",
        "payment diversion fraud",
        "payment redirection fraud",
      ],
    }),
  ]),
  term("payroll diversion", "a criminal asking to change a staff member's bank details for wages", {
    variants: ["payroll diversion fraud", "direct deposit fraud"],
  }),
  term("Confirmation of Payee", "a check that the account name matches before you pay", {
    source: FRAUD,
  }),
  acronym("CoP", "a check that the account name matches before you pay", { source: FRAUD }),
  term("callback verification", "phoning a known number to confirm a payment request is real", {
    variants: ["callback check", "callback procedure", "call-back verification"],
  }),
  term("dual authorisation", "two people must approve a payment before it is sent", {
    variants: ["dual authorization", "dual approval", "four-eyes principle", "four-eyes check"],
  }),
  term("money mule", "someone who lets criminals move stolen money through their account", {
    source: FRAUD,
    variants: ["money muling", "mule account"],
  }),
  ...checkedIn(FCA, [
    term("know your customer", "checking who a customer really is"),
    acronym("KYC", "checking who a customer really is"),
    term("customer due diligence", "checks on a customer's identity and how risky they are", {
      variants: ["enhanced due diligence"],
    }),
    acronym("CDD", "checks on a customer's identity and how risky they are", { variants: ["EDD"] }),
    term("anti-money laundering", MONEY_CHECKS),
    acronym("AML", MONEY_CHECKS),
    term("politically exposed person", "someone in a public role whose money needs extra checks"),
    acronym("PEP", "someone in a public role whose money needs extra checks"),
    term(
      "suspicious activity report",
      "a report to the authorities about possible money laundering",
    ),
    term(
      "sanctions screening",
      "checking people and payments against official lists of banned parties",
      { variants: ["sanctions check"] },
    ),
  ]),
];
