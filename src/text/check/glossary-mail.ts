// Glossary: email security (sender checks, filtering, mailboxes, scams) and risky attachments.
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const MS = "Microsoft Learn";
const ATTACK = "MITRE ATT&CK techniques";
const MAIL_NIST = "NIST SP 800-177";
const SENDER_CHECK = "a check that an email really came from the sender it claims";
const HELD_LIST = "a shared list of mail servers known for sending junk";
const FAKE_CALL = "a scam email asking you to ring a number where fraudsters answer";
const NOT_SENT = "a reply saying an email could not be delivered";
const RESHAPE = "a filter that rebuilds attachments without any hidden active content";
const BRAND_LOGO = "a standard that shows a firm's logo beside its checked emails";
const MAIL_LOCK = "a setting that forces email between servers to travel scrambled";
const TAKEN_MAILBOX = "a criminal taking over a real work email account";
const SUPPLIER_MAIL = "a criminal using a supplier's hacked email to ask for payment";

export const MAIL_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(MAIL_NIST, [
    // Sender checks and the plumbing behind them.
    term("email authentication", SENDER_CHECK, {
      variants: ["sender authentication", "sender verification", "email sender authentication"],
    }),
    term("Sender Policy Framework", "a public list of the servers allowed to send our email"),
    term("DomainKeys Identified Mail", "a digital seal on emails that proves which firm sent them"),
    term(
      "Domain-based Message Authentication, Reporting and Conformance",
      "a setting telling other mail servers what to do with fake mail from us",
      { variants: ["Domain-based Message Authentication"] },
    ),
  ]),
  acronym("BIMI", BRAND_LOGO),
  acronym("MTA-STS", MAIL_LOCK, { source: MAIL_NIST }),
  term("enforced TLS", "refusing to send email unless the link to the other server is scrambled", {
    variants: ["forced TLS", "mandatory TLS", "TLS enforcement"],
  }),
  term("aggregate report", "a regular summary of who sent email using our name", {
    variants: ["DMARC report", "DMARC aggregate report"],
    technicalOnly: true,
  }),
  term("DNS record", "a public setting for a domain, such as where its email goes", {
    variants: [
      "DNS entry",
      "TXT record",
      "SPF record",
      "DKIM record",
      "DMARC record",
      "CNAME record",
    ],
  }),
  term("MX record", "the setting that says which server receives a domain's email", {
    variants: ["mail exchanger record", "mail exchange record"],
  }),
  term("reverse DNS", "looking up the name behind a server's number, used to vet mail servers", {
    variants: ["rDNS", "reverse lookup", "PTR record"],
  }),
  acronym("SMTP", "the standard way email is passed between mail servers"),
  acronym("IMAP", "a way for mail apps to read email kept on the server"),
  acronym("MTA", "a mail server that passes email on towards its recipient"),
  term("open relay", "a mail server that lets anyone send email through it", {
    variants: ["open mail relay"],
  }),
  term("email client", "the program or app you read your email in", {
    variants: ["mail client", "mail user agent"],
  }),
  term("email header", "the hidden technical details of an email, like the route it took", {
    variants: ["message header", "mail header", "internet headers", "full headers"],
  }),
  term(
    "envelope sender",
    "the hidden sender address servers use, which may differ from the visible one",
    {
      variants: ["envelope from", "return path", "bounce address"],
    },
  ),
  term("reply-to address", "the address your reply goes to, which may differ from the sender", {
    variants: ["reply-to header"],
  }),
  term("display name", "the sender name shown in your inbox, which anyone can set", {
    technicalOnly: true,
  }),
  term(
    "display name spoofing",
    "showing a trusted person's name on an email from another address",
    {
      variants: ["display name impersonation"],
    },
  ),
  term("cousin domain", "a web address made to look almost exactly like ours", {
    variants: ["look-alike domain", "doppelganger domain"],
  }),
  term("homoglyph", "a letter that looks like another, used to fake addresses", {
    variants: ["homoglyph attack", "homograph attack", "IDN homograph"],
  }),
  term("punycode", "a coding of web addresses with foreign letters, misused for lookalikes"),
  term("email alias", "an extra address that delivers to the same inbox", {
    variants: ["mail alias", "proxy address"],
  }),
  // Filtering, spoofing defences and quarantine.
  acronym("SEG", "the filter that checks all incoming email for scams and viruses"),
  term("anti-spoofing", "checks that block emails faking a trusted sender", {
    variants: ["anti-spoof", "spoof protection", "spoof intelligence"],
  }),
  term("anti-phishing", "protection that spots and blocks scam emails", {
    variants: ["anti-phishing policy", "anti-phishing filter", "anti-phish"],
  }),
  term(
    "impersonation protection",
    "a filter that spots emails pretending to be our staff or partners",
    {
      variants: [
        "impersonation detection",
        "anti-impersonation",
        "domain impersonation",
        "user impersonation",
      ],
    },
  ),
  term("sender reputation", "how trustworthy a sender looks, based on its past emails", {
    variants: ["domain reputation", "IP reputation", "email reputation", "reputation score"],
  }),
  acronym("RBL", HELD_LIST, { variants: ["DNSBL"] }),
  term("spam confidence level", "a score for how likely an email is to be junk", {
    source: MS,
    variants: ["spam score", "bulk complaint level"],
  }),
  acronym("SCL", "a score for how likely an email is to be junk", { source: MS }),
  term("greylisting", "briefly turning away mail from unknown senders to weed out junk", {
    variants: ["graylisting"],
  }),
  term("attachment filtering", "blocking risky kinds of attachment before they reach you", {
    variants: ["attachment blocking", "file type filter"],
  }),
  term("safe senders list", "senders whose emails always skip the junk filter", {
    variants: ["safe sender", "trusted senders list", "approved senders list"],
  }),
  term("URL rewriting", "changing links in emails so they are checked again when you click", {
    variants: [
      "link rewriting",
      "rewritten links",
      "link wrapping",
      "time-of-click protection",
      "click-time protection",
    ],
  }),
  term("sandbox analysis", "opening a suspicious file in a sealed-off test computer to watch it", {
    variants: ["sandbox detonation", "attachment sandboxing", "dynamic analysis"],
  }),
  term("content disarm and reconstruction", RESHAPE),
  acronym("CDR", RESHAPE, { technicalOnly: true }),
  term("quarantine release", "letting a held email through to your inbox after a check", {
    source: MS,
    variants: ["release from quarantine", "released from quarantine"],
  }),
  term("quarantine digest", "a regular email listing messages held back for checking", {
    variants: ["quarantine notification", "quarantine summary", "quarantine report", "spam digest"],
  }),
  term("post-delivery protection", "removing a harmful email from inboxes after it has arrived", {
    variants: ["post-delivery remediation", "zero-hour auto purge", "email clawback"],
  }),
  term("external sender warning", "a notice on emails that come from outside the company", {
    variants: [
      "external email banner",
      "external sender banner",
      "external sender tag",
      "external tag",
      "caution banner",
    ],
  }),
  term("tracking pixel", "a tiny hidden image that tells the sender when you open an email", {
    variants: ["spy pixel", "web beacon"],
  }),
  term(
    "backscatter",
    "bounce messages for emails you never sent, after someone faked your address",
  ),
  term("non-delivery report", NOT_SENT, {
    variants: [
      "non-delivery receipt",
      "non-delivery notification",
      "delivery status notification",
      "bounce message",
    ],
  }),
  // Mailboxes, rules and forwarding.
  term("mail flow", "the route emails take into, through and out of our systems", {
    source: MS,
    variants: ["mail routing", "email routing"],
  }),
  term("transport rule", "an automatic rule acting on emails as they pass our mail servers", {
    source: MS,
    variants: ["mail flow rule"],
  }),
  term("inbox rule", "an automatic rule that moves, deletes or forwards your emails", {
    source: ATTACK,
    variants: ["mailbox rule", "mail rule", "email rule", "hidden inbox rule"],
  }),
  term("auto-forwarding", "sending your emails on to another address automatically", {
    source: ATTACK,
    variants: [
      "autoforwarding",
      "automatic forwarding",
      "auto-forward",
      "auto-forwarded",
      "external forwarding",
      "forwarding rule",
    ],
  }),
  term("mailbox delegation", "permission for someone else to read or send from your mailbox", {
    source: MS,
    variants: [
      "delegate access",
      "delegated access",
      "Send As permission",
      "send on behalf permission",
    ],
  }),
  term("journaling", "automatically keeping a copy of every email for the records", {
    variants: ["email journaling", "journal rule"],
    technicalOnly: true,
  }),
  term("message trace", "a search of the mail system's records to follow one email", {
    source: MS,
    variants: ["message tracking", "mail trace"],
  }),
  term("email signing", "adding a digital seal to an email to prove who sent it", {
    variants: ["signed email", "message signing"],
  }),
  // Email scams by name.
  term("email account compromise", TAKEN_MAILBOX),
  acronym("EAC", TAKEN_MAILBOX),
  term("vendor email compromise", SUPPLIER_MAIL),
  acronym("VEC", SUPPLIER_MAIL),
  term(
    "thread hijacking",
    "an attacker replying inside a real email conversation to seem trusted",
    {
      variants: ["conversation hijacking", "email thread hijacking", "reply-chain attack"],
    },
  ),
  term("callback phishing", FAKE_CALL, {
    variants: ["callback scam", "telephone-oriented attack delivery"],
  }),
  term("email bombing", "flooding an inbox with thousands of emails to hide a real alert", {
    variants: ["mail bombing", "subscription bombing", "spam bombing", "list bombing"],
  }),
  term("HTML smuggling", "hiding a harmful file inside a web page attachment", { source: ATTACK }),
  term("out-of-band verification", "checking a request another way, like phoning a known number", {
    variants: ["out-of-band confirmation", "out-of-band check", "verify out of band"],
  }),
  // Files, documents and scripts.
  term("executable", "a file that runs a program when opened", {
    variants: ["executable file", "exe file"],
  }),
  term("double extension", "a file name with two endings that hides what kind of file it is", {
    variants: ["double file extension"],
  }),
  term(
    "password-protected archive",
    "a zipped file locked with a password, so scanners cannot look in",
    {
      variants: ["password-protected zip", "encrypted zip", "encrypted archive"],
    },
  ),
  term(
    "Protected View",
    "a read-only mode that opens files from outside without running their content",
    {
      source: MS,
    },
  ),
  term("enable content", "the button that lets hidden code in a document run", {
    variants: ["enable editing", "enable macros"],
  }),
  term("Mark of the Web", "a hidden tag on downloaded files that triggers extra safety checks", {
    source: MS,
    variants: ["MOTW", "MotW"],
  }),
  acronym("VBA", "the programming language behind Office macros"),
  term("VBScript", "an old Windows scripting language, often misused by attackers", {
    variants: ["VBS"],
  }),
  term("LNK file", "a Windows shortcut file, sometimes disguised to run commands", {
    variants: ["malicious shortcut"],
  }),
  term("batch file", "a file of commands that Windows runs one after another", {
    variants: ["bat file"],
  }),
  term("script execution", "running small command programs, often limited to stop attacks", {
    variants: ["script blocking", "script control", "malicious script", "scripting", "script file"],
  }),
  term("command line", "typing text commands to control a computer, instead of clicking", {
    variants: ["command prompt", "command-line interface", "cmd"],
  }),
  term(
    "DLL hijacking",
    "tricking a program into loading a harmful code file instead of the real one",
    {
      source: ATTACK,
      variants: ["DLL sideloading", "DLL search order hijacking"],
    },
  ),
];
