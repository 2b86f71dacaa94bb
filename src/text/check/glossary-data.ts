// Glossary: protecting data, devices, backups, and the laws and standards around them.
import { acronym, type GlossaryEntry, NCSC, term } from "./glossary-entry.js";

export const DATA_TERMS: readonly GlossaryEntry[] = [
  term("encryption", "scrambling data so only people with the key can read it", {
    source: NCSC,
    variants: ["encrypt", "encrypted", "encrypting", "encrypts"],
  }),
  term("decryption", "unscrambling data with the right key", {
    variants: ["decrypt", "decrypted", "decrypting"],
  }),
  term("encryption at rest", "scrambling stored data so a stolen disk cannot be read", {
    variants: ["encrypted at rest", "data at rest"],
  }),
  term("encryption in transit", "scrambling data while it travels over a network", {
    variants: ["encrypted in transit", "data in transit"],
  }),
  term("full-disk encryption", "scrambling everything on a laptop so a thief cannot read it", {
    variants: ["disk encryption", "device encryption", "FDE"],
  }),
  term("BitLocker", "the Windows tool that scrambles everything on a laptop"),
  term("FileVault", "the Mac tool that scrambles everything on a laptop"),
  term("hashing", "turning data into a fingerprint that cannot be turned back"),
  term("hash", "a fingerprint of data that cannot be turned back into the data", {
    variants: ["hashed"],
    technicalOnly: true,
  }),
  term("encryption key", "the secret that locks and unlocks scrambled data", {
    variants: ["decryption key", "private key", "public key"],
  }),
  term("key management", "looking after the secret keys that lock and unlock data"),
  term("cryptography", "the science of scrambling and unscrambling information", {
    variants: ["cryptographic"],
  }),
  term("plaintext", "readable, unscrambled text", {
    variants: ["cleartext"],
    technicalOnly: true,
  }),
  term(
    "digital signature",
    "an electronic seal proving who sent something and that it is unchanged",
    {
      variants: ["digitally signed"],
    },
  ),
  term("checksum", "a short code that shows whether a file has changed"),
  term("metadata", "hidden details stored with a file, like its author and date"),
  term("data loss prevention", "tools that stop sensitive data leaving the company by mistake", {
    variants: ["data leakage prevention", "data leak prevention"],
  }),
  acronym("DLP", "tools that stop sensitive data leaving the company by mistake"),
  term("data classification", "labelling information by how sensitive it is", {
    variants: ["information classification", "classification scheme"],
  }),
  term(
    "personally identifiable information",
    "personal details that can identify someone, like a name or address",
  ),
  acronym("PII", "personal details that can identify someone, like a name or address"),
  acronym("GDPR", "the data protection law for personal information in the UK and EU", {
    variants: ["UK GDPR"],
  }),
  acronym("DPA", "the UK Data Protection Act, or a data processing agreement; say which"),
  term("data controller", "the organisation that decides why and how personal data is used"),
  term("data processor", "an organisation that handles personal data on someone else's behalf"),
  term("data subject", "the person the information is about"),
  term("data protection impact assessment", "a check of privacy risks before a new project starts"),
  acronym("DPIA", "a check of privacy risks before a new project starts"),
  term("data protection officer", "the person responsible for data protection in the firm"),
  acronym("DPO", "the person responsible for data protection in the firm"),
  term("subject access request", "a person's request to see the data we hold about them", {
    variants: ["data subject access request"],
  }),
  acronym("SAR", "a person's request to see the data we hold about them", {
    variants: ["DSAR"],
  }),
  term("data retention", "how long we keep information before deleting it", {
    variants: ["retention policy", "retention period", "retention schedule"],
  }),
  term("anonymisation", "removing details so that nobody can be identified", {
    variants: ["anonymization"],
  }),
  term("pseudonymisation", "replacing names with codes so people are not directly identified", {
    variants: ["pseudonymization", "pseudonymised", "pseudonymized"],
  }),
  term("tokenisation", "replacing sensitive data, like card numbers, with harmless stand-ins", {
    variants: ["tokenization"],
  }),
  term("data masking", "hiding parts of sensitive data, like all but the last card digits"),
  term("sanitisation", "securely wiping data so that it cannot be recovered", {
    source: NCSC,
    variants: ["sanitization", "data sanitisation"],
  }),
  term("immutable backup", "a backup copy that nobody can change or delete, not even attackers", {
    variants: ["immutable storage"],
  }),
  term("air gap", "keeping a computer or backup completely cut off from any network", {
    variants: ["air-gapped", "airgapped", "air gapped"],
  }),
  term("recovery point objective", "how much recent data we could afford to lose"),
  acronym("RPO", "how much recent data we could afford to lose"),
  term("recovery time objective", "how long we can manage without a system"),
  acronym("RTO", "how long we can manage without a system"),
  term("3-2-1 backup rule", "three copies of data, on two kinds of storage, one kept elsewhere", {
    variants: ["3-2-1 rule", "3-2-1 backup"],
  }),
  term("bring your own device", "using your own phone or laptop for work", { source: NCSC }),
  acronym("BYOD", "using your own phone or laptop for work", { source: NCSC }),
  term(
    "mobile device management",
    "software that lets the firm secure and manage work phones and laptops",
  ),
  acronym("MDM", "software that lets the firm secure and manage work phones and laptops"),
  acronym("UEM", "one tool that manages and secures all work devices"),
  term("remote wipe", "erasing a lost phone or laptop over the internet", {
    variants: ["remotely wipe", "remotely wiped"],
  }),
  term("removable media", "memory sticks, memory cards and other portable storage", {
    variants: ["removable storage", "removable devices"],
  }),
  term("shadow IT", "apps and devices used for work without the IT team knowing"),
  term("asset inventory", "a list of all the firm's devices, software and data", {
    variants: ["asset register", "asset management"],
  }),
  acronym("PCI DSS", "the card industry's security rules for taking card payments", {
    variants: ["PCI-DSS", "PCI"],
  }),
  term("ISO 27001", "an international standard for managing information security", {
    variants: ["ISO/IEC 27001", "ISO27001"],
  }),
  term(
    "Cyber Essentials",
    "a UK government-backed scheme showing a firm has basic security in place",
    {
      variants: ["Cyber Essentials Plus"],
    },
  ),
  acronym("SOC 2", "an audit report showing that a supplier handles data securely", {
    variants: ["SOC2"],
  }),
  acronym("NIST", "the US standards body whose security guidance many firms follow"),
  acronym("NCSC", "the UK's National Cyber Security Centre"),
  acronym("ICO", "the UK's data protection regulator, the Information Commissioner's Office"),
  acronym("CISA", "the US government's cyber security agency"),
  acronym("OWASP", "a charity that publishes guidance on website security"),
  acronym("HIPAA", "the US law that protects patients' health information"),
  acronym("HSM", "a locked-down device that stores secret keys"),
  acronym("TPM", "a security chip inside a computer that protects keys and passwords"),
  acronym("KMS", "a service that stores and manages the secret keys that unlock data"),
  acronym("AES", "a widely used method for scrambling data"),
  term("secrets management", "keeping passwords and keys used by software in a secure vault", {
    variants: ["secrets manager", "secrets vault"],
  }),
  term(
    "hardcoded credentials",
    "passwords written into software, where anyone who looks can find them",
    {
      variants: ["hard-coded credentials", "hardcoded passwords", "hard-coded passwords"],
    },
  ),
];
