// Glossary: attacks, scams and harmful software.
import {
  acronym,
  checkedIn,
  type GlossaryEntry,
  MITRE,
  NCSC,
  NIST,
  term,
} from "./glossary-entry.js";

export const THREAT_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(NCSC, [
    term("phishing", "fake messages that try to trick you into clicking or sharing details", {
      variants: ["phish", "phished"],
    }),
    term("spear phishing", "a fake message written just for you, to trick you", {
      variants: ["spearphishing"],
    }),
    term("whaling", "a fake message aimed at senior managers to trick them into paying"),
    term("smishing", "fake text messages that try to trick you"),
  ]),
  term("vishing", "scam phone calls from someone pretending to be a person you trust"),
  term("quishing", "a fake QR code that leads to a scam website"),
  term("pharming", "sending you to a fake website even when you typed the right address", {
    source: NCSC,
  }),
  term("ransomware", "harmful software that locks your files until a ransom is paid", {
    source: NCSC,
  }),
  term("malware", "harmful software, such as viruses", {
    variants: ["malicious software", "malicious code"],
  }),
  term("spyware", "hidden software that secretly watches what you do"),
  term("adware", "software that floods you with unwanted adverts"),
  term("scareware", "fake warnings that frighten you into installing or paying for something"),
  term("trojan", "harmful software disguised as something useful", {
    source: NCSC,
    variants: ["trojan horse"],
  }),
  term("worm", "harmful software that spreads by itself from computer to computer", {
    source: NCSC,
    technicalOnly: true,
  }),
  term("rootkit", "harmful software hidden so deep in a computer that it is hard to find"),
  term("keylogger", "hidden software that records everything you type", {
    variants: ["key logger", "keystroke logger"],
  }),
  term("infostealer", "harmful software that steals saved passwords and other data", {
    variants: ["info stealer"],
  }),
  term("botnet", "a network of hijacked computers used together for attacks", { source: NCSC }),
  term("zero-day", "a software flaw that attackers use before a fix exists", {
    variants: ["zeroday", "0-day", "0day"],
  }),
  term("zero-click", "an attack that works without you clicking anything"),
  term("exploit", "a way of using a software flaw to break in", {
    variants: ["exploit kit"],
    technicalOnly: true,
  }),
  term("payload", "the harmful part of an attack, such as the virus itself", {
    technicalOnly: true,
  }),
  term("dropper", "a small program that sneaks other harmful software onto a computer", {
    technicalOnly: true,
  }),
  term("wiper", "harmful software that deletes data for good", { technicalOnly: true }),
  term("fileless malware", "harmful software that runs in memory and leaves no files behind"),
  term("cryptojacking", "secretly using your computer to make cryptocurrency for someone else"),
  term("malvertising", "harmful adverts that spread malicious software"),
  term(
    "potentially unwanted program",
    "unwanted software that slipped in with something you installed",
    {
      variants: ["potentially unwanted application"],
    },
  ),
  acronym("PUP", "unwanted software that slipped in with something you installed"),
  term("remote access trojan", "harmful software that lets an attacker control your computer"),
  acronym("RAT", "harmful software that lets an attacker control your computer"),
  term("backdoor", "a secret way into a system that skips the normal login"),
  term("social engineering", "tricking people into giving away information or access", {
    source: NCSC,
    variants: ["social engineer", "social engineered"],
  }),
  term("pretexting", "inventing a believable story to trick someone into sharing information"),
  term(
    "business email compromise",
    "a criminal using a real or faked work email to request payments",
  ),
  acronym("BEC", "a criminal using a real or faked work email to request payments"),
  term("CEO fraud", "a fake message from the boss asking for an urgent payment"),
  term("credential stuffing", "trying passwords leaked from one website on many other websites"),
  term(
    "credential harvesting",
    "stealing usernames and passwords, often through fake login pages",
    {
      variants: ["credential theft", "credential phishing"],
    },
  ),
  term("brute-force attack", "guessing a password by trying huge numbers of combinations", {
    source: NCSC,
    variants: ["brute force", "brute-forcing", "brute-forced"],
  }),
  term("password spraying", "trying a few common passwords on many accounts", {
    variants: ["password spray"],
  }),
  term("dictionary attack", "guessing passwords from lists of common words"),
  term("man-in-the-middle", "someone secretly listening in between you and a website", {
    variants: ["man-in-the-middle attack", "machine-in-the-middle"],
  }),
  acronym("MITM", "someone secretly listening in between you and a website", {
    variants: ["MitM"],
  }),
  term("adversary-in-the-middle", "a fake login page that sits between you and the real one"),
  acronym("AiTM", "a fake login page that sits between you and the real one", {
    variants: ["AITM"],
  }),
  term("denial of service", "overloading a service so that real users cannot use it", {
    source: NCSC,
    variants: ["denial-of-service attack", "distributed denial of service"],
  }),
  acronym("DoS", "overloading a service so that real users cannot use it", { source: NCSC }),
  acronym("DDoS", "flooding a website from many computers so that it stops working", {
    variants: ["DDOS"],
  }),
  term("SQL injection", "sneaking harmful commands into a website's database through a form", {
    variants: ["SQLi"],
  }),
  term(
    "cross-site scripting",
    "tricking a website into running an attacker's code in your browser",
  ),
  acronym("XSS", "tricking a website into running an attacker's code in your browser"),
  acronym("CSRF", "tricking your browser into acting on a site where you are logged in"),
  term(
    "drive-by download",
    "harmful software that installs itself when you merely visit a website",
  ),
  term("watering hole attack", "infecting a website that a targeted group often visits", {
    source: NIST,
    variants: ["watering hole", "water-holing"],
  }),
  term("supply chain attack", "attacking a firm through one of its suppliers or products", {
    variants: ["supply chain compromise"],
  }),
  term("typosquatting", "fake web addresses that differ from real ones by a small typo", {
    variants: ["typo-squatting", "typosquat", "lookalike domain"],
  }),
  term("spoofing", "faking a sender's name, address or number so it looks trustworthy", {
    variants: ["spoof", "spoofed"],
  }),
  ...checkedIn(MITRE, [
    term("lateral movement", "an intruder moving from one computer to others inside the network", {
      variants: ["move laterally", "moved laterally", "moving laterally"],
    }),
    term(
      "privilege escalation",
      "an intruder gaining more powerful access than they started with",
      { variants: ["escalation of privilege", "elevation of privilege", "escalate privileges"] },
    ),
    term("command and control", "the hidden link attackers use to steer infected computers", {
      variants: ["command-and-control server"],
    }),
  ]),
  acronym("C2", "the hidden link attackers use to steer infected computers"),
  term("exfiltration", "secretly copying data out of the company", {
    source: MITRE,
    variants: ["exfiltrate", "exfiltrated", "exfiltrating", "data exfiltration", "exfil"],
  }),
  term(
    "advanced persistent threat",
    "a skilled, well-funded group that attacks a target over a long time",
  ),
  acronym("APT", "a skilled, well-funded group that attacks a target over a long time"),
  term("threat actor", "a person or group trying to attack us", {
    variants: ["malicious actor", "threat actors"],
  }),
  term("attack vector", "the route an attacker uses to get in", {
    variants: ["threat vector", "infection vector"],
  }),
  term("attack surface", "all the places where an attacker could try to get in"),
  term("indicator of compromise", "a clue that a system has been broken into", {
    variants: ["indicators of compromise"],
  }),
  acronym("IOC", "a clue that a system has been broken into", { variants: ["IoC"] }),
  acronym("TTP", "how attackers usually work: their methods and tools", {
    variants: ["TTPs"],
  }),
  term("kill chain", "the usual steps of an attack, from first contact to damage", {
    variants: ["cyber kill chain"],
  }),
  acronym("OSINT", "information gathered from public sources, like social media"),
  term("insider threat", "harm caused, on purpose or by accident, by someone inside the firm"),
  term("session hijacking", "an attacker taking over your logged-in session", {
    variants: ["session hijack", "session hijacked"],
  }),
  term("clickjacking", "hiding a harmful button underneath something you mean to click"),
  term("SIM swapping", "a criminal moving your phone number onto their own SIM card", {
    variants: ["SIM swap", "SIM swap fraud"],
  }),
  term("MFA fatigue", "flooding you with login approval requests until you tap yes", {
    variants: ["MFA bombing", "push bombing", "prompt bombing"],
  }),
  term("juice jacking", "harmful software spread through public phone charging points"),
  term("evil twin", "a fake wireless network that poses as a real one"),
  term("baiting", "leaving infected memory sticks or tempting offers around to trick people", {
    technicalOnly: true,
  }),
  term("tailgating", "following someone through a secure door without using your own pass", {
    variants: ["piggybacking"],
    technicalOnly: true,
  }),
  term("shoulder surfing", "someone reading your screen or keyboard over your shoulder"),
  term("deepfake", "a fake video or voice made by computer to impersonate someone", {
    variants: ["deep fake"],
  }),
  term("vulnerability", "a weakness that attackers could use", {
    variants: ["vuln", "vulns"],
  }),
  acronym("CVE", "a publicly listed software weakness with a reference number"),
  acronym("CVSS", "a score from 0 to 10 for how serious a software weakness is"),
  term(
    "remote code execution",
    "a flaw that lets an attacker run their own program on your computer",
  ),
  acronym("RCE", "a flaw that lets an attacker run their own program on your computer"),
  term("threat intelligence", "up-to-date information about attacks and attackers", {
    variants: ["threat intel", "cyber threat intelligence"],
  }),
  term("account takeover", "a criminal getting control of someone's account"),
  term("honeypot", "a decoy system set up to lure and study attackers"),
  term("sandbox", "a sealed-off space where suspicious files can run safely", {
    variants: ["sandboxing", "sandboxed"],
    technicalOnly: true,
  }),
  // Added in session 18: other editors marked these wherever they met them.
  term("in the wild", "already being used by real attackers"),
];
