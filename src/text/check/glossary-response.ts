// Glossary: monitoring, incident response, recovery, forensics and physical security.
import { acronym, checkedIn, type GlossaryEntry, MITRE, NIST, term } from "./glossary-entry.js";

const IR_GUIDE = "NIST SP 800-61 incident handling guide";
const MS = "Microsoft Learn";

const NDR = "tools that watch network traffic for attacks and help stop them";
const ITDR = "tools that spot and stop attacks on user accounts";
const FIM = "watching important files and raising an alert when they change";
const PACKETS = "a recording of network traffic, kept for later study";
const IOA = "a sign that an attack is happening right now";
const MTTD = "the average time it takes to spot a problem";
const MTTA = "the average time before someone picks up an alert";
const MTTC = "the average time taken to stop a problem spreading";
const NOC = "the team that watches the network and keeps it running";
const RCA = "finding the underlying reason a problem happened";
const AAR = "a meeting after an exercise or problem to learn lessons";

export const RESPONSE_TERMS: readonly GlossaryEntry[] = [
  // Monitoring and the security operations centre.
  term("triage", "sorting alerts or problems to decide which to deal with first", {
    variants: ["triaged", "triaging"],
    technicalOnly: true,
  }),
  term("alert triage", "sorting security alerts to decide which need action first", {
    variants: ["incident triage", "triage queue"],
  }),
  term("true positive", "an alert that turned out to be a real problem"),
  term("false negative", "a real problem that the security tools missed", { source: NIST }),
  term("detection rule", "a rule telling security software what counts as suspicious", {
    variants: ["detection logic", "detection content", "analytics rule", "alert rule", "SIEM rule"],
  }),
  term("event correlation", "linking related records from different systems to spot an attack", {
    variants: ["log correlation", "alert correlation", "correlation rule", "correlation engine"],
  }),
  term("alert tuning", "adjusting security rules so they raise fewer pointless alerts", {
    variants: ["detection tuning", "rule tuning"],
  }),
  term("alert suppression", "deliberately silencing alerts about a known, harmless activity", {
    variants: ["suppression rule", "suppressed alert"],
  }),
  term("log management", "collecting, storing and searching computers' activity records", {
    variants: [
      "log aggregation",
      "log collection",
      "log collector",
      "log forwarding",
      "log forwarder",
      "centralised logging",
      "centralized logging",
    ],
  }),
  term("syslog", "a standard way for devices to send activity records to one place"),
  term(
    "user and entity behaviour analytics",
    "tools that spot unusual behaviour by people or devices",
    {
      variants: [
        "user and entity behavior analytics",
        "user behaviour analytics",
        "user behavior analytics",
        "behavioural analytics",
        "behavioral analytics",
      ],
    },
  ),
  term(
    "security orchestration, automation and response",
    "tools that handle common security alerts automatically",
  ),
  term("anomaly detection", "spotting activity that differs from what is normal", {
    variants: [
      "anomalous activity",
      "anomalous behaviour",
      "anomalous behavior",
      "anomalous login",
    ],
  }),
  term("atypical travel", "logins from two places too far apart for one person", { source: MS }),
  term("SOC analyst", "a member of the security team who checks alerts", {
    variants: ["tier 1 analyst", "tier 2 analyst", "tier 3 analyst", "L1 analyst", "L2 analyst"],
  }),
  acronym("NOC", NOC),
  term("network operations centre", NOC, { variants: ["network operations center"] }),
  term("SecOps", "the team running day-to-day security monitoring and response"),
  term("crown jewels", "the firm's most valuable data and systems", { technicalOnly: true }),
  term("single pane of glass", "one screen that shows everything in one place"),
  term("alert enrichment", "adding background details to an alert so it can be checked faster", {
    variants: ["enriched alert"],
  }),
  term("threat landscape", "the kinds of attacks happening at the moment"),
  term("threat feed", "a regularly updated list of known harmful addresses and files", {
    variants: ["threat intelligence feed", "threat intel feed", "intel feed", "IOC feed"],
  }),
  acronym("ISAC", "a group where firms in one sector share warnings about attacks", {
    source: NIST,
  }),
  term("indicator of attack", IOA, { variants: ["indicators of attack"] }),
  acronym("IOA", IOA, { variants: ["IoA"] }),
  term("detonation", "opening a suspicious file in a safe test space to see what it does", {
    variants: ["detonate", "detonated", "detonating"],
    technicalOnly: true,
  }),
  term("reverse engineering", "taking software apart to see how it works", {
    variants: ["reverse engineer", "reverse-engineered", "malware analysis", "malware analyst"],
  }),
  term("compromise assessment", "a check for signs that attackers are already inside"),
  term("assume breach", "planning as if attackers are already inside", {
    variants: ["assumed breach"],
  }),
  term("breakout time", "how fast an intruder moves from the first computer to others"),
  term("network detection and response", NDR),
  acronym("NDR", NDR),
  term("identity threat detection and response", ITDR),
  acronym("ITDR", ITDR),
  term("file integrity monitoring", FIM),
  acronym("FIM", FIM),
  acronym("HIDS", "software that watches one computer for signs of a break-in"),
  acronym("NIDS", "a system that watches network traffic for signs of a break-in"),
  term(
    "deep packet inspection",
    "examining the contents of network traffic, not just where it goes",
    {
      source: NIST,
    },
  ),
  term("packet capture", PACKETS, { variants: ["full packet capture"] }),
  acronym("PCAP", PACKETS),
  term("endpoint agent", "the small security program running on each computer", {
    variants: ["EDR agent", "EDR sensor", "monitoring agent"],
  }),
  term("watchlist", "a list of names or addresses the security tools keep an eye on", {
    technicalOnly: true,
  }),
  term("auto-remediation", "problems fixed automatically by software", {
    variants: ["automated remediation", "auto-remediate", "auto-remediated"],
  }),
  // Response-time measures and priorities.
  term("mean time to detect", MTTD, {
    variants: ["mean time to detection", "mean time to identify"],
  }),
  acronym("MTTD", MTTD, { variants: ["MTTI"] }),
  term("mean time to respond", "the average time from spotting a problem to acting on it", {
    variants: ["mean time to response"],
  }),
  acronym("MTTR", "the average time to respond to, or recover from, a problem"),
  term("mean time to recover", "the average time to get a system working again", {
    variants: ["mean time to recovery", "mean time to repair", "mean time to restore"],
  }),
  term("mean time to acknowledge", MTTA),
  acronym("MTTA", MTTA),
  term("mean time to contain", MTTC, { variants: ["mean time to containment"] }),
  acronym("MTTC", MTTC),
  acronym("P1", "a priority level; 1 is the most urgent", {
    variants: ["P2", "P3", "P4"],
    technicalOnly: true,
  }),
  term("sev1", "a severity level; 1 is the most serious", {
    variants: ["sev 1", "sev2", "sev 2", "sev3", "sev 3", "sev4", "sev 4"],
  }),
  // Incident response.
  term("containment", "stopping a problem from spreading further", {
    source: IR_GUIDE,
    technicalOnly: true,
  }),
  term("eradication", "removing every trace of the attacker from our systems", {
    source: IR_GUIDE,
    variants: ["eradicate", "eradicated", "eradicating"],
    technicalOnly: true,
  }),
  term("host isolation", "cutting a computer off from the network so a problem cannot spread", {
    variants: [
      "device isolation",
      "endpoint isolation",
      "network isolation",
      "network-isolated",
      "isolate the device",
      "isolate the host",
      "isolated host",
    ],
  }),
  term("incident commander", "the person leading the response to a serious problem"),
  term("incident bridge", "a standing call where the response team works together", {
    variants: ["bridge call", "major incident bridge"],
  }),
  term("out-of-band", "by a separate route, such as phone, in case email is being watched", {
    variants: ["out-of-band communication", "OOB"],
  }),
  term("IR retainer", "a contract with outside experts on standby to help after an attack", {
    variants: ["incident response retainer"],
  }),
  acronym("DFIR", "investigating and handling security attacks"),
  acronym("IRP", "our written plan for handling security problems", { source: IR_GUIDE }),
  term("root cause analysis", RCA, { source: NIST }),
  acronym("RCA", RCA),
  term("post-incident review", "a meeting after a problem to learn what to do better", {
    source: IR_GUIDE,
    variants: ["post-incident report", "post-incident analysis", "blameless post-mortem"],
  }),
  term("after-action review", AAR, { source: NIST, variants: ["after-action report"] }),
  acronym("AAR", AAR),
  term("hot wash", "a quick team debrief straight after an exercise or incident", {
    variants: ["hotwash"],
  }),
  acronym("TTX", "a practice run where managers talk through how they would handle an attack"),
  term("call tree", "a list saying who phones whom in an emergency", {
    variants: ["call cascade"],
  }),
  term("escalation matrix", "a table of who to contact, and when, as a problem grows", {
    variants: ["escalation path"],
  }),
  term(
    "break-glass access",
    "emergency admin access kept locked away for when normal logins fail",
    {
      source: MS,
      variants: ["break-glass procedure", "break-glass credentials", "firecall account"],
    },
  ),
  term("credential rotation", "replacing passwords and keys with new ones", {
    variants: [
      "password rotation",
      "rotate credentials",
      "rotated credentials",
      "rotate passwords",
    ],
  }),
  term("session revocation", "signing an account out on every device at once", {
    source: MS,
    variants: ["revoke sessions", "revoke all sessions", "token revocation", "revoke tokens"],
  }),
  term("compromised account", "an account or device that someone else has got into", {
    variants: [
      "account compromise",
      "compromised credentials",
      "compromised mailbox",
      "compromised device",
      "compromised host",
      "compromised system",
    ],
  }),
  term("compromise", "a break-in where someone gets into a system or account", {
    variants: ["compromised"],
    technicalOnly: true,
  }),
  ...checkedIn(MITRE, [
    term("initial access", "how the attacker first got in"),
    term("defence evasion", "tricks an attacker uses to avoid being noticed", {
      variants: ["defense evasion", "detection evasion", "EDR evasion"],
    }),
    term("reconnaissance", "an attacker studying a target before attacking", {
      variants: ["recon"],
    }),
  ]),
  term("foothold", "a first piece of access an attacker can build on", { technicalOnly: true }),
  term("living off the land", "attackers using a computer's own built-in tools to stay unnoticed", {
    variants: ["LOTL", "LOLBin", "LOLBAS"],
  }),
  term("decryptor", "a tool that unlocks files scrambled by ransomware", {
    variants: ["decrypter", "decryption tool"],
  }),
];
