// Glossary: more everyday words that IT messages use in a technical sense (see
// glossary-senses.ts for the first set). Where the bare word is common in ordinary staff email
// ("route", "agent", "image", "client", "alerting", "signals", "retention", "enrol"), only
// technical phrases are listed; a bare word gets technicalOnly only when its everyday sense
// rarely meets a cue word ("upstream", "legacy", "runtime", "bandwidth").
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const MS = "Microsoft Learn";
const MDN = "MDN Web Docs";
const SPF = "IETF RFC 7208 (SPF)";
const DNS_RFC = "IETF RFC 1035 (DNS)";
const PCI = "PCI SSC guidance on e-commerce payment pages";
const NCSC_PENTEST = "NCSC guidance on penetration testing";

const HPP = "a card payment page run by the payment company, not by our website";
const DATA_BLOCKER = "a small adapter that lets a cable charge but not share data";
const ENROL = "sign your device up so the company can manage and protect it";

export const MORE_SENSES_TERMS: readonly GlossaryEntry[] = [
  // How software gets onto devices.
  term("push notification", "a message that pops up on your phone from an app", {
    variants: ["push alert"],
  }),
  term("pushed to your device", "installed or sent to devices automatically by the IT team", {
    variants: [
      ...["pushed to your laptop", "pushed to your phone", "pushed to your computer"],
      ...["pushed to all devices", "pushed to all laptops", "pushed via Intune"],
      ...["pushed through Intune", "pushed centrally", "push the update", "pushed the update"],
      ...["pushing the update", "push an update", "pushed an update"],
    ],
  }),
  term("enrol your phone", ENROL, {
    variants: [
      ...["enroll your phone", "enrol your laptop", "enroll your laptop", "enrol the device"],
      ...["enroll the device", "enrolled in Intune", "enrol in Intune", "enroll in Intune"],
      ...["Intune enrolment", "Intune enrollment", "enrolment profile", "enrollment profile"],
    ],
  }),
  term("de-provisioned", "had its accounts and access removed", { variants: ["de-provision"] }),
  term("reprovisioned", "set up again from scratch", {
    variants: ["re-provisioned", "reprovision", "re-provision", "reprovisioning"],
  }),
  term("system image", "a complete copy of a computer's setup, used to set up others", {
    variants: ["OS image", "Windows image", "machine image"],
  }),
  term("image the laptop", "wipe the laptop and reinstall our standard setup", {
    variants: [
      ...["image your laptop", "image the device", "image the machine", "image the computer"],
      ...["imaging the laptop", "imaging the device"],
    ],
  }),
  term("app packaging", "preparing an app so it can be installed automatically", {
    variants: ["packaged app", "app package"],
  }),
  term("feature update", "a big yearly Windows upgrade that adds new features", {
    technicalOnly: true,
  }),
  term("preview feature", "a feature its maker is still testing", {
    variants: ["preview build"],
  }),
  term("insider build", "an early test version of Windows or Office", {
    variants: ["Insider Preview", "insider channel"],
  }),
  term("device onboarding", "connecting a device to our security tools so it is watched", {
    variants: [
      ...["onboard the device", "onboarded device", "onboarded to Defender"],
      ...["Defender onboarding", "onboarding script"],
    ],
  }),
  // Device status and fleets.
  ...checkedIn(MS, [
    term(
      "compliance policy",
      "the rules a device must meet, like being up to date, to get access",
      {
        variants: ["Intune compliance policy"],
      },
    ),
    term("marked as non-compliant", "flagged because it doesn't meet our security rules", {
      variants: [
        ...["marked non-compliant", "flagged as non-compliant", "showing as non-compliant"],
        ...["shows as non-compliant", "showing non-compliant"],
      ],
    }),
    term("dynamic group", "a group whose members are added automatically by rules", {
      variants: ["dynamic membership", "dynamic distribution group"],
    }),
    term(
      "recovery key",
      "the long backup code that unlocks your laptop if it won't start normally",
      {
        variants: ["BitLocker recovery key", "BitLocker key", "FileVault recovery key"],
      },
    ),
  ]),
  term("stale device", "a device that hasn't connected for a long time", {
    variants: ["orphaned device"],
  }),
  term("device fleet", "all the devices we manage", {
    variants: ["laptop fleet", "fleet of devices", "fleet of laptops"],
  }),
  term("asset discovery", "finding every device and system we have, including forgotten ones", {
    variants: ["network discovery", "device discovery"],
  }),
  term("turn on Lockdown Mode", "switch on the phone setting that blocks risky features", {
    source: "Apple Support",
    variants: ["enable Lockdown Mode", "iPhone Lockdown Mode", "Apple Lockdown Mode"],
  }),
  term("legacy", "old but still in use", { technicalOnly: true }),
  term("legacy app", "an old program or device still in use, often hard to keep secure", {
    variants: [
      ...["legacy protocol", "legacy device", "legacy server", "legacy platform"],
      ...["legacy hardware", "legacy kit"],
    ],
  }),
  term("native app", "an app built for your device and installed, not used in a browser", {
    variants: ["native client", "native application"],
  }),
  term("cloud-native", "built from the start to run on rented online services"),
  term("runtime", "the software a program needs installed before it can run", {
    technicalOnly: true,
  }),
  term("thin client", "a simple computer that runs everything from a central server", {
    variants: ["zero client"],
  }),
  term("client machine", "the user's own computer, as opposed to the server", {
    variants: ["client PC", "client computer"],
  }),
  term("Windows service", "a program that runs in the background on Windows", {
    variants: ["background service", "system service"],
  }),
  // Physical kit and printing.
  term("follow-me printing", "your printing waits until you sign in at any printer", {
    variants: ["follow-me print", "pull printing", "pull print"],
  }),
  term("card release", "your printing waits until you tap your card or enter a code", {
    variants: [...["print release", "secure print release", "release station", "badge release"]],
  }),
  term("mass storage", "a device that holds files, like a memory stick", {
    variants: ["USB mass storage", "mass storage device"],
    technicalOnly: true,
  }),
  term("USB data blocker", DATA_BLOCKER, {
    variants: ["data blocker", "charge-only cable", "USB condom"],
  }),
  term("USB Rubber Ducky", "a fake memory stick that types commands when plugged in", {
    variants: ["rubber ducky attack"],
  }),
  term("Kensington lock", "a cable lock that ties a laptop to a desk", {
    variants: ["Kensington slot"],
  }),
  term("captive portal", "the web page you must accept before public Wi-Fi works"),
  // How systems talk to each other.
  term("upstream", "earlier in the chain, or the supplier we depend on", { technicalOnly: true }),
  term("downstream", "later in the chain: the systems that depend on this one", {
    technicalOnly: true,
  }),
  term("inbound rule", "a setting that allows or blocks connections coming in", {
    variants: ["inbound connection", "inbound access"],
  }),
  term("outbound rule", "a setting that allows or blocks connections going out", {
    variants: ["outbound connection", "outbound access"],
  }),
  term("routing", "how data finds its way from one place to another", { technicalOnly: true }),
  term("routing table", "the list a device uses to decide where to send data", {
    variants: ["route table", "static route", "default route"],
  }),
  term("origin server", "the main server where a website really lives", {
    variants: ["origin IP", "origin host"],
  }),
  ...checkedIn(MDN, [
    term("same-origin policy", "a browser rule that stops one website reading another's data", {
      variants: ["cross-origin", "cross-origin request"],
    }),
    acronym("CORS", "a rule letting a website say which other sites may read its data"),
    term("query string", "the part of a web address after the question mark"),
    term("iframe", "a window showing one website inside another website's page", {
      variants: ["inline frame", "payment iframe"],
    }),
    term("mixed content", "a secure page that also loads parts over an insecure connection"),
    term("subresource integrity", "a check that files loaded from other sites are untouched"),
    term("URL redirect", "an address that automatically sends you on to another", {
      variants: ["HTTP redirect", "301 redirect", "302 redirect"],
    }),
  ]),
  term("callback URL", "the web address a service sends you back to after a step", {
    variants: ["redirect URI", "redirect URL", "reply URL", "return URL"],
  }),
  term("native integration", "a ready-made link that lets two products share data", {
    variants: ["built-in integration", "out-of-the-box integration", "API integration"],
  }),
  term("integration account", "an account a linked app uses to reach our systems", {
    variants: ["integration user", "integration service account"],
  }),
  term("sync job", "a scheduled task that copies data between systems", {
    variants: ["sync cycle", "sync schedule", "sync interval", "sync run"],
  }),
  term("delta sync", "copying only what has changed since last time", {
    variants: ["incremental sync"],
  }),
  term("full sync", "copying everything again from scratch", {
    variants: ["full resync", "initial sync"],
  }),
  term("polling interval", "how often a system checks for something new", {
    variants: ["poll interval", "polling frequency"],
  }),
  term("DNS query", "a request asking where a web address points", {
    variants: ["DNS lookup", "DNS request"],
  }),
  term("SQL query", "a request for data from a database", {
    variants: ["database query", "db query"],
  }),
  acronym("KQL", "the search language for Microsoft's security records", { source: MS }),
  term("log query", "a search through the records systems keep", {
    variants: ["KQL query", "hunting query", "log search"],
  }),
  term("timeout", "when a system gives up waiting for a reply", { technicalOnly: true }),
  term("request timed out", "the system gave up waiting for a reply", {
    variants: ["connection timed out", "connection timeout", "request timeout"],
  }),
  term("rate limit", "a cap on how many requests are allowed in a set time", {
    source: "IETF RFC 6585 (status 429)",
    variants: ["rate-limited", "rate limiting", "API limit", "API rate limit", "HTTP 429"],
  }),
  term("storage quota", "the most storage space you are allowed", {
    variants: ["mailbox quota", "disk quota"],
  }),
  term("redirect loop", "the page keeps sending you round in circles and never loads", {
    variants: [
      ...["login loop", "sign-in loop", "authentication loop", "auth loop", "MFA loop"],
      ...["too many redirects", "redirected too many times"],
    ],
  }),
  term("open redirect", "a website flaw that sends visitors on to any address, even a scam", {
    source: "OWASP",
  }),
  // Email and web addresses.
  term("bounced email", "an email that came back undelivered", {
    variants: [
      ...["email bounced", "bounced message", "bounce-back email", "bounce-back message"],
      ...["bounceback email", "hard bounce", "soft bounce", "emails are bouncing"],
      ...["emails bouncing", "email is bouncing", "mail bouncing", "bouncing emails"],
    ],
  }),
  term("bounceback", "an automatic reply saying your email wasn't delivered"),
  ...checkedIn(SPF, [
    term("SPF include", "a line in our email settings approving another company to send as us", {
      variants: ["include mechanism"],
    }),
    term("SPF fail", "the email didn't come from a server allowed to send for that address", {
      variants: ["SPF hardfail", "hardfail", "SPF failure"],
    }),
    term("softfail", "the email probably didn't come from an approved server", {
      variants: ["SPF softfail"],
    }),
  ]),
  term(
    "DMARC policy",
    "our published instruction telling other mail systems what to do with fakes",
    {
      source: "IETF RFC 7489 (DMARC)",
      variants: ["DMARC enforcement", "DMARC reject", "DMARC quarantine"],
    },
  ),
  term("DKIM selector", "the label telling mail systems where to check our emails are genuine"),
  term("SMTP relay", "a server that passes our emails on to the internet", {
    variants: ["mail relay", "email relay", "relay host", "smarthost", "smart host"],
  }),
  term("safelisted", "added to a list of trusted senders or sites, so it isn't blocked", {
    variants: ["safelisting", "safelist"],
  }),
  ...checkedIn(DNS_RFC, [
    term("DNS A record", "a setting that points a web address or service to a server", {
      variants: ["AAAA record", "SRV record"],
    }),
    acronym("CNAME", "a setting that makes one web address point to another"),
    term("DNS zone", "the list of settings that points our web address to our services", {
      variants: ["zone file", "DNS zone file"],
    }),
    acronym("FQDN", "a computer's full name on the network, like server.example.com"),
    acronym("TLD", "the last part of a web address, like .com or .org"),
    term("top-level domain", "the last part of a web address, like .com or .org"),
    term("apex domain", "our main web address with nothing in front, like example.com", {
      variants: ["root domain", "naked domain", "bare domain", "zone apex"],
    }),
  ]),
  term("nslookup", "a command that looks up where a web address points"),
  term("whois", "the public record of who registered a web address", {
    variants: ["WHOIS lookup", "WHOIS record"],
  }),
  term("registrar lock", "a setting that stops anyone moving our web address elsewhere", {
    variants: ["domain lock", "transfer lock", "registry lock", "domain transfer lock"],
  }),
  term("EPP code", "the secret code needed to move a web address to another company", {
    variants: ["domain transfer code", "transfer authorisation code", "domain auth code"],
  }),
  term("SSL cert", "the website's digital ID, which gives it the padlock", {
    variants: ["TLS cert", "https cert", "website cert"],
  }),
  term("cert renewal", "replacing a website's digital ID before it runs out", {
    variants: ["renew the cert", "renewed the cert"],
  }),
  term("client certificate", "a digital ID on your device that proves it is one of ours", {
    variants: ["client cert", "machine certificate"],
  }),
  acronym("CMS", "the system used to edit a website's pages"),
  // Payments.
  ...checkedIn(PCI, [
    term("hosted payment page", HPP, {
      variants: ["hosted payment form", "hosted payment fields", "hosted checkout"],
    }),
    acronym("HPP", HPP),
  ]),
  // Storage and records.
  term("escrowed", "a spare copy kept safely with someone trusted, for recovery", {
    variants: ["escrowing"],
    technicalOnly: true,
  }),
  term("snapshotted", "copied exactly as it was at that moment"),
  term("replicated", "copied automatically to another place", { technicalOnly: true }),
  term("log pruning", "deleting old records automatically to save space", {
    variants: ["pruned logs", "prune the logs", "pruning job"],
  }),
  term("hard delete", "permanent deletion, with no way to get it back", {
    variants: ["hard-deleted", "hard deletion"],
  }),
  term("deduplication", "removing repeated copies of the same data", {
    variants: ["dedupe", "dedup", "de-duplication", "deduplicated", "deduped"],
  }),
  term("object lock", "a setting that stops stored files being changed or deleted for a while"),
  term("versioning", "keeping older copies each time a file changes", {
    variants: ["file versioning", "object versioning"],
  }),
  term("archive tier", "a storage level, priced by how quickly you need the data back", {
    variants: ["cool tier", "cold tier", "hot tier", "storage tier"],
  }),
  term("disk partition", "a separate section of a computer's drive", {
    variants: ["recovery partition", "system partition"],
  }),
  term("volume licensing", "buying many software licences at once under one agreement", {
    variants: ["volume licence", "volume license", "volume licensing agreement"],
  }),
  // Telemetry, fleets and alerts.
  term("telematics", "tracking kit in vehicles that reports location and driving", {
    variants: ["telematics unit", "telematics box", "telematics device", "vehicle telematics"],
  }),
  term("install the agent", "install the small program IT uses to manage or protect computers", {
    variants: [
      ...["agent installed", "agent install", "agent installation", "deploy the agent"],
      ...["agent version"],
    ],
  }),
  term("agent heartbeat", "the regular signal a device's security program sends to say it works", {
    variants: ["agent check-in", "device check-in"],
  }),
  term("alerting rule", "a setting that decides when the system warns us", {
    variants: ["alerting threshold", "alert threshold", "alerting policy", "alert condition"],
  }),
  term("detections", "things the security tools spotted and flagged", { technicalOnly: true }),
  term("detection engineering", "writing and improving the rules that spot attacks", {
    variants: ["detection engineer"],
  }),
  term("noisy rule", "a check that raises too many unimportant warnings", {
    variants: ["noisy detection", "noisy signature", "noisy alerting"],
  }),
  term("tune the alerts", "adjust the warnings so fewer false alarms come through", {
    variants: [
      ...["tuning the alerts", "tuned the alerts", "tune the rules", "tuning the rules"],
      ...["tuned the rules", "tune the detections", "tuning the detections"],
    ],
  }),
  term("log ingestion", "collecting the records systems keep into one place", {
    variants: ["data ingestion", "log ingest", "ingestion cost", "ingested logs"],
  }),
  term("observability", "being able to see how well a system works from its own data"),
  // Security tests.
  ...checkedIn(NCSC_PENTEST, [
    term("rules of engagement", "the agreed limits on what testers may do, and when", {
      technicalOnly: true,
    }),
    term("scoping", "agreeing exactly what will be tested or worked on", {
      variants: ["scoping call", "scoping document"],
      technicalOnly: true,
    }),
    term("test scope", "exactly which systems the testers may test", {
      variants: ["testing scope", "scope of testing", "in-scope systems", "out-of-scope systems"],
    }),
  ]),
];
