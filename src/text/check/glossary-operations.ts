// Glossary: security monitoring, fixing, planning and governance.
import { acronym, type GlossaryEntry, NCSC, term } from "./glossary-entry.js";

const WATCH_TOOL = "security software on each computer that spots and stops attacks";

export const OPERATIONS_TERMS: readonly GlossaryEntry[] = [
  term(
    "security information and event management",
    "a system that gathers security records in one place and raises alerts",
  ),
  acronym("SIEM", "a system that gathers security records in one place and raises alerts"),
  acronym("SOAR", "tools that handle common security alerts automatically"),
  term("endpoint detection and response", WATCH_TOOL),
  acronym("EDR", WATCH_TOOL),
  term(
    "extended detection and response",
    "security software that links alerts from computers, email and network",
  ),
  acronym("XDR", "security software that links alerts from computers, email and network"),
  term(
    "managed detection and response",
    "an outside team that watches our computers for attacks and responds",
  ),
  acronym("MDR", "an outside team that watches our computers for attacks and responds"),
  term("next-generation antivirus", "modern virus protection software", {
    variants: ["next-gen antivirus"],
  }),
  acronym("NGAV", "modern virus protection software"),
  term("endpoint protection", "security software installed on each computer", {
    variants: ["endpoint protection platform", "endpoint security"],
  }),
  acronym("EPP", "security software installed on each computer"),
  acronym("UEBA", "tools that spot unusual behaviour by people or devices"),
  term("vulnerability scanning", "automatically checking systems for known weaknesses", {
    variants: ["vulnerability scan", "vulnerability scanner"],
  }),
  term("vulnerability management", "finding and fixing weaknesses in our systems, all the time"),
  term("penetration test", "a hired, approved attempt to break in, to find weak spots", {
    source: NCSC,
    variants: [
      "penetration testing",
      "pen test",
      "pentest",
      "pentesting",
      "penetration tester",
      "pen tester",
    ],
  }),
  term("red team", "a team that plays the attacker to test our defences", {
    variants: ["red teaming", "red-team exercise"],
    technicalOnly: true,
  }),
  term("blue team", "the defenders who protect systems during a test", { technicalOnly: true }),
  term("threat hunting", "actively searching our systems for hidden attackers", {
    variants: ["threat hunt", "threat hunter"],
  }),
  term("incident response", "what we do to contain and fix a security problem", {
    variants: ["incident response plan", "incident response team", "incident handling"],
  }),
  acronym("IR", "what we do to contain and fix a security problem", { technicalOnly: true }),
  acronym("CSIRT", "the team that handles security problems when they happen", {
    variants: ["CIRT"],
  }),
  acronym("CERT", "a team that responds to computer security emergencies"),
  term("playbook", "a step-by-step plan for handling one kind of problem", {
    technicalOnly: true,
  }),
  term("runbook", "written step-by-step instructions for a routine technical task"),
  term("digital forensics", "investigating computers to find out what happened in an attack", {
    variants: ["forensics", "forensic analysis", "forensic investigation", "forensic image"],
  }),
  term("telemetry", "usage and status data that devices send back automatically"),
  term("audit log", "a record of who did what on a system, and when", {
    variants: [
      "audit trail",
      "event log",
      "log files",
      "security logs",
      "sign-in logs",
      "access logs",
    ],
  }),
  term("dwell time", "how long an attacker stays hidden inside before being found"),
  term("blast radius", "how much damage a single problem could cause"),
  term("single point of failure", "one part whose failure stops everything"),
  term("patch", "a software update that fixes a flaw", {
    source: NCSC,
    variants: ["patched", "patching"],
    technicalOnly: true,
  }),
  term("patch management", "keeping all software up to date with fixes", {
    variants: ["patch cycle", "patching cycle", "Patch Tuesday"],
  }),
  term("hotfix", "an urgent software fix", { variants: ["hot-fix"] }),
  term("firmware", "the built-in software that runs a device's hardware"),
  term("end of life", "no longer supported, so no more security fixes", {
    variants: ["end-of-life", "EOL", "end of support"],
    technicalOnly: true,
  }),
  term("legacy system", "an old system that is hard to update or protect", {
    variants: ["legacy software", "legacy application", "legacy IT"],
  }),
  term("hardening", "switching off unneeded features so a system is harder to attack", {
    variants: ["harden", "hardened", "system hardening"],
    technicalOnly: true,
  }),
  term("security baseline", "the minimum security settings every device must have", {
    variants: ["configuration baseline", "baseline configuration", "secure configuration"],
  }),
  term("CIS benchmark", "published checklists of safe settings for common systems", {
    variants: ["CIS controls"],
  }),
  term("misconfiguration", "a setting left wrong that creates a weakness", {
    variants: ["misconfigured", "mis-configured", "misconfig"],
  }),
  term(
    "business continuity plan",
    "our plan for keeping the business running during a disruption",
    {
      variants: ["business continuity planning", "business continuity"],
    },
  ),
  acronym("BCP", "our plan for keeping the business running during a disruption"),
  term("disaster recovery", "getting systems and data back after a serious failure", {
    variants: ["disaster recovery plan", "DR plan"],
  }),
  acronym("DR", "getting systems and data back after a serious failure", { technicalOnly: true }),
  term(
    "information security management system",
    "the firm's overall set of security rules, roles and checks",
  ),
  acronym("ISMS", "the firm's overall set of security rules, roles and checks"),
  term("chief information security officer", "the senior person in charge of information security"),
  acronym("CISO", "the senior person in charge of information security"),
  acronym("AUP", "the rules for using work computers, email and the internet"),
  term("risk appetite", "how much risk the firm is willing to accept", {
    variants: ["risk tolerance"],
  }),
  term("threat model", "a structured look at what could go wrong and how", {
    variants: ["threat modelling", "threat modeling"],
  }),
  term("remediation", "fixing the problem", {
    variants: ["remediate", "remediated", "remediating"],
  }),
  term("mitigation", "a step that reduces a risk", {
    variants: ["mitigate", "mitigated", "mitigating"],
  }),
  term("false positive", "an alarm about something that turned out to be harmless"),
  term("quarantine", "a holding area where suspicious emails or files are kept safely", {
    variants: ["quarantined", "quarantining"],
    technicalOnly: true,
  }),
  term("heuristics", "rules of thumb that security tools use to spot new threats", {
    variants: ["heuristic", "heuristic analysis"],
  }),
  term("signature-based detection", "spotting known harmful files by their fingerprints", {
    variants: ["virus signatures", "malware signatures", "signature updates"],
  }),
  term("application control", "only letting approved programs run", {
    variants: ["application allowlisting", "application whitelisting"],
  }),
  term("macro", "a small program inside a document that can run automatically", {
    source: NCSC,
    variants: ["macro-enabled"],
    technicalOnly: true,
  }),
  term("canary token", "a decoy file or link that raises an alarm when someone touches it", {
    variants: ["honeytoken"],
  }),
  term("DevSecOps", "building security into software development from the start"),
  acronym("SBOM", "a list of all the parts inside a piece of software"),
  acronym("SLA", "the agreed service level, such as how fast problems get fixed"),
  term("third-party risk", "risks that come from suppliers and partners", {
    variants: ["third-party risk management", "vendor risk management", "TPRM"],
  }),
  term("security posture", "how well protected the firm is overall", {
    variants: ["cyber posture", "cyber security posture", "cybersecurity posture"],
  }),
  term("cyber hygiene", "everyday good security habits", { variants: ["security hygiene"] }),
  term("cyber resilience", "the ability to keep working through an attack and recover"),
  term(
    "phishing simulation",
    "a harmless practice scam email that helps you learn to spot real ones",
    {
      variants: ["simulated phishing", "phishing test", "phishing exercise"],
    },
  ),
  term("infosec", "information security"),
  acronym("OS", "the main software that runs a computer, like Windows"),
  acronym("BIOS", "the basic start-up software built into a computer", { variants: ["UEFI"] }),
  term("Secure Boot", "a check that only trusted software starts when the computer switches on"),
  term("impossible travel", "logins from places too far apart for one person to reach in time", {
    variants: ["impossible-travel alert"],
  }),
  term("reimage", "wiping a computer and reinstalling everything from a clean copy", {
    variants: ["reimaged", "reimaging", "re-image", "re-imaged"],
  }),
  term("Intune", "Microsoft's tool for managing and securing work devices"),
  term("Windows Hello", "logging in to Windows with your face, fingerprint or a short code"),
  term(
    "tabletop exercise",
    "a practice run where managers talk through how they would handle an attack",
    {
      variants: ["tabletop"],
    },
  ),
  term("failover", "switching automatically to a standby system when the main one fails", {
    variants: ["fail over", "failing over"],
    technicalOnly: true,
  }),
  term("secret scanning", "automatically checking code for passwords and keys left in it"),
  term("pre-commit hook", "an automatic check that runs before a developer saves code changes"),
  term("dark web", "hidden websites, often used by criminals to trade stolen data", {
    variants: ["darknet", "dark net"],
  }),
  // Added after checking a sample security notice against the list.
  acronym("NAC", "a check that lets only approved devices onto the network", {
    variants: ["network access control"],
  }),
  term("tenant", "your organisation's own space in an online service", { technicalOnly: true }),
  term("baseline", "the standard settings every computer must have", { technicalOnly: true }),
  term("salting", "adding random data before scrambling passwords, so copies are harder to crack", {
    variants: ["salted"],
  }),
  acronym("RSA", "a common way of locking data with a pair of keys"),
  term("key rotation", "replacing secret keys on a regular schedule"),
  term("purple team", "attackers and defenders testing together to improve defences"),
  acronym("ABAC", "access decided by facts about the person and the situation"),
  acronym("MAM", "control over work apps on a personal phone"),
  acronym("PHI", "health information about a person"),
  acronym("NIS2", "the EU law on cyber security for important services"),
  acronym("CTI", "information about attackers and how they work"),
  term("rainbow table", "a ready-made list used to crack scrambled passwords"),
  term("buffer overflow", "a software flaw where too much data spills into other memory"),
  acronym("SHA-256", "a common way to make a unique fingerprint of data", {
    variants: ["SHA256", "SHA-1", "SHA1"],
  }),
  acronym("MD5", "an old way to fingerprint data, no longer safe"),
  acronym("ICS", "computers that control machines in factories and plants"),
  acronym("PaaS", "an online platform for running your own software"),
  acronym("CSPM", "a tool that checks cloud settings for mistakes"),
  acronym("SAST", "checking program code for security flaws"),
  acronym("DAST", "testing a running program for security flaws"),
  term("alert fatigue", "ignoring warnings because there are too many"),
  term("chain of custody", "a record of who handled evidence and when"),
  term("sinkhole", "redirecting harmful traffic to a safe dead end", { technicalOnly: true }),
  term("YubiKey", "a small USB key that proves it is you when you sign in"),
  term("PowerShell", "a Windows tool for running commands and scripts"),
  term("script kiddie", "an unskilled attacker using other people's tools"),
  acronym("CMDB", "the list of the company's IT equipment and systems"),
  term("vendor risk", "the risk that a supplier causes a security problem"),
  // Everyday words other editors marked in their technical sense (session 18): "profile" 13
  // times in 19, "logs" 10 in 19, "enrolment" 4 in 4. Reported only near technical words.
  term("profile", "the settings an app or device keeps for your account", { technicalOnly: true }),
  // Not "logging": staff are logging in and logging off all day.
  term("logs", "the records a system keeps of what happened and who did it", {
    technicalOnly: true,
  }),
  term("enrolment", "signing a device up so that IT can manage it", {
    variants: ["enrollment", "enrol", "enroll", "enrolled", "enrolling"],
    technicalOnly: true,
  }),
  term("kiosk", "a shared screen locked to one app, for anyone to use", { technicalOnly: true }),
  term("onboarding", "setting up a new person or device with what they need", {
    variants: ["onboarded", "offboarding", "offboarded", "offboard"],
    technicalOnly: true,
  }),
];
