// Glossary: everyday words that IT messages use in a technical sense ("session", "traffic",
// "policy"). Where the bare word is common in ordinary staff email, only technical phrases are
// listed; a bare word gets technicalOnly, and is listed at all, only when its everyday sense
// rarely meets a cue word.
import { acronym, checkedIn, type GlossaryEntry, NIST, term } from "./glossary-entry.js";

const ICO = "ICO guidance";
const MS = "Microsoft Learn";
const SANITISING = "NIST SP 800-88 media sanitisation guide";

const CONSOLE = "the screen or web page administrators use to manage a system";
const CONTROLLER = "the organisation that decides why and how personal data is used";
const PROCESSOR = "a supplier that handles personal data for us, on our instructions";
const STANDING = "powerful access that stays switched on all the time, not just when needed";
const ZERO_STANDING = "nobody keeps powerful access; it is given only when needed";
const SURFACE = "finding and tracking everything of ours reachable from the internet";
const POSTURE = "a tool that keeps checking our settings for security weaknesses";
const EXPOSURE = "continually finding and fixing the weak spots attackers could reach";
const SPARE = "spare equipment or copies kept ready, so work carries on if one part fails";
const VAULT = "a locked, secure store for passwords and keys";
const BUCKET = "an online storage area for files, rented from a provider";
const AP = "a box that provides the wireless network in part of a building";

export const SENSES_TERMS: readonly GlossaryEntry[] = [
  // Sessions, traffic, consoles, agents and clients.
  term("active session", "a place where you are still signed in, like a browser or phone", {
    variants: ["user session", "login session", "sign-in session", "browser session"],
  }),
  term("web traffic", "the data travelling between our computers and the internet", {
    variants: ["internet traffic", "inbound traffic", "outbound traffic", "malicious traffic"],
  }),
  term("suspicious traffic", "unusual data travelling over our network, perhaps an attack", {
    variants: ["encrypted traffic", "traffic logs", "DNS traffic"],
  }),
  term("console", CONSOLE, { technicalOnly: true }),
  term("security console", CONSOLE, {
    variants: ["web console", "cloud console", "console access", "EDR console"],
  }),
  term("agent software", "a small program installed on each computer to manage or protect it", {
    variants: ["software agent", "management agent", "backup agent", "security agent"],
  }),
  term("agentless", "works without installing anything extra on each computer", {
    variants: ["agent-based"],
  }),
  term("user agent", "the label your browser sends saying which browser and system it is", {
    variants: ["user-agent string", "user agent string"],
  }),
  term("client software", "the program on your computer that connects to a service", {
    variants: ["desktop client", "VPN client", "thick client"],
  }),
  // Logs and logging.
  term("enable logging", "keep automatic records of what happens on a system", {
    variants: ["logging enabled", "turn on logging", "verbose logging"],
  }),
  term("logging and monitoring", "keeping records of activity and watching them for problems", {
    variants: ["logged and monitored", "logged and audited", "log monitoring"],
  }),
  term("log entry", "one line in the automatic record a system keeps of what happened", {
    variants: ["log data", "log review", "log analysis", "log source", "log retention"],
  }),
  term("system log", "the automatic record a computer or device keeps of what happened", {
    variants: ["server log", "firewall log", "proxy log", "VPN log"],
  }),
  // Media, storage and drives.
  term("storage media", "anything that holds data: disks, memory sticks, tapes or cards", {
    variants: ["backup media", "portable media", "storage medium", "media rotation"],
  }),
  term("media sanitisation", "wiping or destroying disks so their data cannot be recovered", {
    source: SANITISING,
    variants: ["media sanitization", "media disposal", "media destruction"],
  }),
  term("crypto-shredding", "making data unreadable for good by destroying its only key", {
    source: SANITISING,
    variants: ["cryptographic erase", "cryptographic erasure", "crypto erase"],
  }),
  term("bucket", BUCKET, { technicalOnly: true }),
  term("storage bucket", BUCKET, {
    variants: ["cloud bucket", "public bucket", "open bucket", "blob storage", "object storage"],
  }),
  term("mount point", "the place where a drive or shared folder joins a computer", {
    variants: ["mount the drive", "mounted drive", "mount the share", "mounted volume"],
  }),
  term("encrypted volume", "a disk, or a section of one, that the computer treats as a drive", {
    variants: ["storage volume", "disk volume", "system volume", "boot volume"],
  }),
  term("file path", "the exact location of a file or folder, written out in full", {
    variants: ["folder path", "network path", "UNC path"],
  }),
  term("file extension", "the letters after the dot in a file name, showing its type", {
    variants: ["file name extension", "filename extension"],
  }),
  term("disk clone", "an exact copy of a whole drive, made to move or rescue its data", {
    variants: ["drive clone", "cloned drive", "cloned disk", "disk cloning"],
  }),
  term("shadow copy", "an earlier version of your files that Windows saves automatically", {
    variants: ["volume shadow copy"],
  }),
  term("peripheral device", "an extra gadget plugged into a computer, like a mouse or webcam", {
    variants: ["computer peripherals", "USB peripherals"],
  }),
  term("tether", "connect a laptop to the internet through your phone", {
    variants: ["tethering", "tethered"],
    technicalOnly: true,
  }),
  term("mobile hotspot", "sharing your phone's internet connection with a laptop", {
    variants: ["personal hotspot", "phone hotspot", "hotspotting"],
  }),
  // Security controls, policies, environments and boundaries.
  term("security control", "a safeguard, such as a rule, setting or check, that reduces a risk", {
    source: NIST,
    variants: ["technical control", "administrative control", "internal control"],
  }),
  term("preventive control", "a safeguard that stops a problem, or one that spots it later", {
    source: NIST,
    variants: ["preventative control", "detective control", "corrective control"],
  }),
  term("mitigating control", "a safeguard that reduces the harm a risk could do"),
  term("control framework", "an organised list of safeguards we check ourselves against", {
    variants: ["controls framework", "control set", "control library", "control objective"],
  }),
  term("control gap", "a safeguard that is missing or not working", {
    variants: ["control weakness", "control deficiency"],
  }),
  term("device policy", "a set of rules the IT team applies centrally to devices or logins", {
    variants: ["configuration policy", "policy assignment", "policy engine", "policy push"],
  }),
  term("IT environment", "all our computer systems and networks taken together", {
    variants: ["technology environment", "cloud environment", "hybrid environment"],
  }),
  term("security boundary", "the line between what one set of security rules covers and not", {
    source: NIST,
    variants: ["trust boundary", "authorisation boundary", "authorization boundary"],
  }),
  term("security zone", "a part of the network with its own level of trust and rules", {
    variants: ["trust zone", "network zone", "trusted zone", "untrusted zone"],
  }),
  term("walled garden", "a closed system that lets in only approved apps or content", {
    technicalOnly: true,
  }),
  // Privileges, elevation and vaults.
  term("elevation", "switching to admin rights for a short time to do one task", {
    technicalOnly: true,
  }),
  term("elevated access", "admin rights switched on for a short time to do one task", {
    source: MS,
    variants: ["elevated account", "elevation request", "request elevation", "run elevated"],
  }),
  term("standing privilege", STANDING, {
    source: MS,
    variants: ["standing access", "standing admin rights", "standing admin access"],
  }),
  term("zero standing privilege", ZERO_STANDING, { variants: ["zero standing access"] }),
  acronym("ZSP", ZERO_STANDING),
  term("shadow admin", "an account with admin powers that nobody noticed it had", {
    variants: ["shadow administrator"],
  }),
  term("perms", "access rights: what you are allowed to see or change", {
    variants: ["privs"],
    technicalOnly: true,
  }),
  term("password vault", VAULT, {
    variants: ["credential vault", "key vault", "password vaulting", "credential vaulting"],
  }),
  term("vault", VAULT, { variants: ["vaulted", "vaulting"], technicalOnly: true }),
  term("keys to the kingdom", "access that would let someone control everything important"),
  term("zombie account", "an old account still switched on though nobody uses it", {
    variants: ["ghost account", "ghost user"],
  }),
  // Visibility, signals and noise.
  term("visibility into", "being able to see what is happening on our systems", {
    variants: ["visibility across", "network visibility", "device visibility", "visibility gap"],
  }),
  term("blind spot", "a part of our systems that our security tools cannot see", {
    technicalOnly: true,
  }),
  term("risk signal", "a clue a security tool uses to judge whether something is risky", {
    variants: ["sign-in signal", "threat signal", "security signal", "identity signal"],
  }),
  term("alert noise", "so many unimportant alerts that the important ones get missed", {
    variants: ["noisy alert", "signal-to-noise ratio", "alert storm"],
  }),
  term("flapping", "switching quickly back and forth between working and failing", {
    technicalOnly: true,
  }),
  term("detection coverage", "how many of our devices or systems a tool actually watches", {
    variants: ["EDR coverage", "agent coverage", "logging coverage", "monitoring coverage"],
  }),
  term("block mode", "whether a security tool actually blocks things or only watches", {
    variants: ["enforcement mode", "enforce mode", "monitor mode", "detect-only mode"],
  }),
  term("tripwire", "a hidden alarm that goes off when someone touches something", {
    technicalOnly: true,
  }),
  // Surface, posture, hygiene, exposure, footprint and estate.
  term("threat surface", "all the places where an attacker could try to get in", {
    variants: ["exposure surface", "external attack surface"],
  }),
  term("attack surface management", SURFACE, {
    variants: ["external attack surface management"],
  }),
  acronym("EASM", SURFACE),
  term("posture management", POSTURE, {
    variants: ["security posture management", "data security posture management"],
  }),
  acronym("DSPM", POSTURE, { variants: ["SSPM"] }),
  term("identity posture", "how well something meets our security rules right now", {
    variants: ["compliance posture", "cloud posture", "patch posture"],
  }),
  term("password hygiene", "good everyday habits that keep passwords, accounts and devices safe", {
    variants: ["account hygiene", "identity hygiene", "patch hygiene", "IT hygiene"],
  }),
  term("exposure management", EXPOSURE, {
    variants: ["continuous threat exposure management"],
  }),
  acronym("CTEM", EXPOSURE),
  term("internet exposure", "being reachable, or visible, from anywhere on the internet", {
    variants: ["internet-exposed", "exposed to the internet", "publicly exposed"],
  }),
  term("data exposure", "data left where people who should not see it could reach it", {
    variants: ["credential exposure", "externally exposed"],
  }),
  term("internet-facing", "reachable by anyone on the internet", { variants: ["web-facing"] }),
  term("digital footprint", "everything about us that can be found online", {
    variants: ["online footprint", "internet footprint", "external footprint"],
  }),
  term("footprinting", "an attacker gathering everything they can find about a target"),
  term("Windows estate", "all the computers or systems of one kind that we run", {
    variants: ["Mac estate", "endpoint estate", "cloud estate", "application estate"],
  }),
  term("tech stack", "the set of software and tools we use together", {
    variants: ["technology stack", "software stack", "security stack", "IT stack"],
  }),
  term("tool sprawl", "more tools, apps or accounts than anyone can keep track of", {
    variants: ["SaaS sprawl", "app sprawl", "cloud sprawl", "identity sprawl"],
  }),
  term("security debt", "known security fixes that have been put off and are piling up"),
  // Servers, instances, shells and networks.
  term("cloud instance", "one running copy of a server or program", {
    variants: ["server instance", "database instance", "virtual instance", "compute instance"],
  }),
  term("shell access", "a text window for typing commands straight into a computer", {
    variants: ["remote shell", "command shell", "shell script", "shell command"],
  }),
  term("reverse shell", "a hidden link that lets an attacker type commands on a computer", {
    variants: ["bind shell", "shellcode"],
  }),
  term("software package", "a bundled file that installs a program", {
    variants: ["installation package", "installer package", "install package", "MSI package"],
  }),
  term("standard build", "the standard setup, or version, of the software on a device", {
    variants: ["corporate build", "OS build", "Windows build"],
  }),
  term("update channel", "the stream of updates a device is set to receive", {
    variants: ["release channel", "servicing channel", "beta channel", "preview channel"],
  }),
  term("canary release", "trying a change on a small group first, before everyone gets it", {
    variants: ["canary deployment", "canary group", "canary ring", "flighting"],
  }),
  term("headless", "running without a screen or a visible window", { technicalOnly: true }),
  term("headless server", "a computer or browser that runs with no screen or window", {
    variants: ["headless browser"],
  }),
  term("Linux box", "a computer, usually a server", { variants: ["Windows box", "dev box"] }),
  term("in prod", "in the live system that staff and customers use", {
    variants: ["into prod", "prod system", "prod data"],
  }),
  term("availability zone", "one of a provider's separate data centre locations", {
    variants: ["cloud region", "hosting region"],
  }),
  term("network backbone", "the main high-speed links that join our networks together", {
    variants: ["backbone network"],
  }),
  term("edge device", "equipment where our network meets the internet, like a router", {
    variants: ["network edge", "edge router", "edge appliance"],
  }),
  term("network switch", "a box that links computers together on the office network", {
    variants: ["core switch", "access switch", "managed switch", "PoE switch"],
  }),
  term("wireless access point", AP, { variants: ["Wi-Fi access point", "WiFi access point"] }),
  term("tunnel", "a protected connection that carries data through another network", {
    variants: ["tunnelled", "tunneled", "tunnelling", "tunneling"],
    technicalOnly: true,
  }),
  term("TLS handshake", "the first exchange where two computers agree how to talk securely", {
    variants: ["SSL handshake", "handshake failure"],
  }),
  // Keys, certificates and trust.
  term("root certificate", "the master digital certificate that others are checked against", {
    variants: ["root CA", "root cert", "intermediate certificate", "certificate chain"],
  }),
  term("root of trust", "the starting point a computer trusts in order to check the rest", {
    source: NIST,
    variants: ["hardware root of trust", "trust anchor", "trust store", "certificate store"],
  }),
  term("certificate pinning", "an app trusting only one specific certificate for a site", {
    variants: ["cert pinning", "pinned certificate", "SSL pinning"],
  }),
  term("key escrow", "a copy of a secret key held safely by a trusted party", {
    source: NIST,
    variants: ["escrowed key", "recovery key escrow"],
  }),
  term("secure enclave", "a sealed-off part of a chip that keeps secrets safe from the rest", {
    variants: ["trusted execution environment"],
  }),
  // Attack words.
  term("phishing lure", "the bait in a scam message, such as a fake invoice", {
    variants: ["lure document", "email lure", "malicious lure"],
  }),
  term("malware family", "one type of harmful software and its close versions", {
    variants: ["malware strain", "malware variant", "ransomware family", "ransomware strain"],
  }),
  term("establish persistence", "an attacker setting up a way to keep access after restarts", {
    variants: ["maintain persistence", "gain persistence", "persistence mechanism"],
  }),
  term("zombie computer", "a hijacked computer that attackers control from afar", {
    variants: ["zombie PC", "zombie device", "zombie machine"],
  }),
  term("credential dumping", "stealing saved passwords from a computer's memory or files", {
    source: "MITRE ATT&CK techniques",
    variants: ["credential dump", "password dump", "hash dump"],
  }),
  term("relay attack", "an attacker reusing or passing on a captured login to get in", {
    variants: ["NTLM relay", "SMB relay", "replay attack"],
  }),
  // Data, records and classification.
  term("data dump", "a raw copy of a system's data or memory, taken in one go", {
    variants: ["database dump", "dump file", "crash dump"],
  }),
  term("data lake", "a large central store of company data kept for analysis", {
    variants: ["data warehouse", "data store", "datastore"],
  }),
  term("data spill", "sensitive information ending up somewhere it should not be", {
    source: NIST,
    variants: ["data spillage", "information spillage"],
  }),
  term("protective marking", "a label on a document showing how sensitive it is", {
    variants: ["protectively marked", "security marking", "classification marking"],
  }),
  acronym("OFFICIAL-SENSITIVE", "a government label for information that needs extra care", {
    source: "UK Government Security Classifications",
  }),
  ...checkedIn(ICO, [
    // Data protection roles.
    term("processor", "a supplier handling personal data for us; for computers, the main chip", {
      technicalOnly: true,
    }),
    term("acts as a processor", PROCESSOR, {
      variants: ["act as a processor", "acting as a processor", "acts as processor"],
    }),
    term("acts as a controller", CONTROLLER, {
      variants: ["act as a controller", "acting as a controller", "acts as controller"],
    }),
    term("independent controller", CONTROLLER, {
      variants: ["controller-to-controller", "controller-to-processor", "controller or processor"],
    }),
    term(
      "processing activity",
      "a use of personal data: collecting, storing, sharing or deleting",
      { variants: ["processing operation", "lawful processing", "processing of personal data"] },
    ),
    term("process personal data", "use personal data in any way, including storing or sharing it", {
      variants: ["processes personal data", "processed personal data", "processing personal data"],
    }),
  ]),
  // Resilience and operations shorthand.
  term("system redundancy", SPARE, {
    variants: ["network redundancy", "hardware redundancy", "power redundancy"],
  }),
  term("redundant server", SPARE, { variants: ["redundant power supply", "redundant hardware"] }),
  term("fault tolerance", "able to keep working when one part breaks", {
    variants: ["fault-tolerant"],
  }),
  term("power cycle", "switch it off, wait a moment, then switch it back on", {
    variants: ["power-cycled", "power cycling"],
    technicalOnly: true,
  }),
  term("bounce the server", "restart the server", {
    variants: ["bounced the server", "bounce the service", "bounced the service"],
  }),
  term("nuke and pave", "erase the computer completely and set it up again from scratch", {
    variants: ["wipe and reload", "wipe and rebuild", "wipe and reimage"],
  }),
  term("break-fix", "repairs done only once something breaks, rather than ongoing care"),
  term("remote hands", "staff at the data centre who do hands-on tasks for us", {
    variants: ["smart hands"],
  }),
  term("bricked", "broken so badly that the device no longer starts", { technicalOnly: true }),
  term("lift and shift", "moving a system online as it is, without redesigning it", {
    variants: ["lifted and shifted"],
    technicalOnly: true,
  }),
];
