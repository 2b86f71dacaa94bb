// Glossary: endpoint and malware defences, drivers, removable media and patching.
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const MS = "Microsoft Learn";
const ATTACK = "MITRE ATT&CK techniques";
const HOST_IPS = "software on a computer that spots and blocks break-in attempts";
const EXTRA_SUPPORT = "paid extra years of security fixes after normal support ends";
const KNOWN_USED = "a public list of software flaws that attackers are known to use";
const PROOF = "sample code showing that a software flaw can really be used";
const COPY_ALL_FIXES = "one update that includes all the earlier fixes too";
const STACK = "an update to the part of Windows that installs other updates";
const DRIVER = "software that lets a computer use a piece of hardware, like a printer";

export const ENDPOINT_TERMS: readonly GlossaryEntry[] = [
  // Antivirus and endpoint detection internals.
  acronym("AV", "antivirus software", { technicalOnly: true }),
  term("antimalware", "software that finds and removes harmful programs", {
    variants: ["anti-malware"],
  }),
  term("virus definitions", "the latest list of known threats that the virus checker uses", {
    variants: [
      "definition update",
      "definition file",
      "signature file",
      "signature database",
      "detection signature",
      "antivirus signature",
      "AV signature",
      "security intelligence update",
    ],
  }),
  term("scan engine", "the part of the security software that checks files", {
    variants: ["scanning engine", "detection engine", "antivirus engine", "AV engine"],
  }),
  term("real-time protection", "checking files all the time, as they are opened or saved", {
    variants: ["realtime protection", "real-time scanning", "on-access scanning", "on-access scan"],
  }),
  term("scan exclusion", "a file or folder the virus checker is told to skip", {
    variants: [
      "antivirus exclusion",
      "AV exclusion",
      "exclusion list",
      "folder exclusion",
      "path exclusion",
    ],
  }),
  term("exclusion", "a file or folder the security software is told to skip", {
    technicalOnly: true,
  }),
  term("behavioural detection", "spotting threats by what a program does, not what it looks like", {
    variants: [
      "behavioral detection",
      "behaviour-based detection",
      "behavior-based detection",
      "behavioural analysis",
      "behavioral analysis",
      "behaviour monitoring",
      "behavior monitoring",
    ],
  }),
  term(
    "cloud-delivered protection",
    "checking suspicious files with the vendor's online service for quicker answers",
    {
      source: MS,
      variants: ["cloud-based protection", "cloud lookup"],
    },
  ),
  term("file reputation", "whether a file is known to be safe or harmful, from vendor data", {
    variants: ["reputation check", "reputation-based protection"],
  }),
  term("tamper protection", "a setting that stops anyone switching off the security software", {
    source: MS,
    variants: ["anti-tamper", "tamper-proof"],
  }),
  term(
    "attack surface reduction",
    "settings that block common tricks attackers use, like risky macros",
    {
      source: MS,
      variants: ["ASR rule", "attack surface reduction rule"],
    },
  ),
  acronym("ASR", "settings that block common tricks attackers use, like risky macros", {
    technicalOnly: true,
  }),
  term("exploit protection", "settings that make software flaws harder to use for break-ins", {
    variants: ["exploit prevention", "exploit mitigation"],
  }),
  term("host-based firewall", "a filter on the computer itself that blocks unwanted connections", {
    variants: ["host firewall", "personal firewall", "local firewall", "Windows Firewall"],
  }),
  term("host-based intrusion prevention", HOST_IPS, {
    variants: [
      "host intrusion prevention",
      "host-based intrusion detection",
      "host intrusion detection",
    ],
  }),
  acronym("HIPS", HOST_IPS),
  term("rollback", "undoing changes, such as restoring files or an earlier version", {
    variants: ["roll back", "rolled back", "rolling back"],
    technicalOnly: true,
  }),
  term("process injection", "hiding harmful code inside a normal running program", {
    source: ATTACK,
    variants: ["code injection", "DLL injection", "process hollowing"],
  }),
  term("obfuscation", "disguising code so it is hard to read or detect", {
    source: ATTACK,
    variants: ["obfuscated", "obfuscate", "obfuscating"],
  }),
  term("polymorphic malware", "harmful software that keeps changing its code to avoid detection", {
    variants: ["polymorphic", "metamorphic malware"],
  }),
  term("scheduled task", "a job the computer runs automatically at set times", {
    source: ATTACK,
    variants: ["task scheduler", "cron job"],
  }),
  term("Windows registry", "the Windows store of system and program settings", {
    variants: ["registry key", "registry value", "registry setting", "regedit"],
  }),
  term("EICAR test file", "a harmless dummy file used to check virus protection works", {
    variants: ["EICAR file", "EICAR string"],
  }),
  acronym("PUA", "unwanted software that slipped in with something you installed"),
  term("grayware", "software that is unwanted or risky, though not plainly harmful", {
    variants: ["greyware"],
  }),
  term("bloatware", "unwanted software that comes already installed on a new device", {
    variants: ["crapware", "preinstalled bloatware"],
  }),
  // Devices, drivers and removable media.
  term("device driver", DRIVER, {
    variants: [
      "kernel driver",
      "driver update",
      "unsigned driver",
      "signed driver",
      "driver software",
    ],
  }),
  term("driver", DRIVER, { technicalOnly: true }),
  term(
    "bring your own vulnerable driver",
    "loading a flawed but trusted driver to switch off security software",
  ),
  acronym("BYOVD", "loading a flawed but trusted driver to switch off security software"),
  term("driver signing", "a check that only drivers from verified makers can load", {
    variants: ["driver signature enforcement"],
  }),
  term("code signing", "a maker's digital seal showing software is genuine and unchanged", {
    variants: ["code-signing certificate", "signed code"],
  }),
  term("unsigned code", "software without a maker's digital seal, so its origin is unproven", {
    variants: ["unsigned software", "unsigned executable", "unsigned app"],
  }),
  term("device health", "whether a device has its updates and protection switched on", {
    variants: ["device health check", "health attestation"],
  }),
  term("device control", "settings that limit which memory sticks and gadgets can be plugged in", {
    variants: [
      "USB device control",
      "USB blocking",
      "USB lockdown",
      "removable media control",
      "peripheral control",
    ],
  }),
  term("autorun", "a feature that starts a program when a disk or stick is plugged in", {
    variants: ["auto-run", "autoplay"],
  }),
  term("encrypted USB stick", "a memory stick that scrambles its contents and needs a password", {
    variants: [
      "encrypted USB",
      "encrypted USB drive",
      "encrypted memory stick",
      "hardware-encrypted drive",
    ],
  }),
  term("BadUSB", "a rigged memory stick or cable that acts as a keyboard to type commands", {
    variants: ["Bad USB", "malicious USB"],
  }),
  term("bootkit", "harmful software hidden in the code that starts a computer", {
    variants: ["boot kit", "UEFI rootkit", "firmware rootkit"],
  }),
  ...checkedIn(MS, [
    // Patching, support and firmware.
    term("cumulative update", COPY_ALL_FIXES, {
      variants: ["cumulative patch", "update rollup", "monthly rollup", "security rollup"],
    }),
    term("quality update", "the regular update with security and reliability fixes"),
    term("servicing stack update", STACK),
    acronym("SSU", STACK),
  ]),
  term("service pack", "a large bundle of updates and fixes for a product"),
  term("security advisory", "a maker's notice about a software flaw and how to fix it", {
    variants: ["security bulletin", "vendor advisory", "vendor bulletin"],
  }),
  term("KB article", "a numbered Microsoft page describing one specific update", {
    variants: ["KB number", "KB update"],
  }),
  term("update deferral", "putting off an update for a set time", {
    source: MS,
    variants: ["deferral period", "defer updates", "deferred updates"],
  }),
  term("update ring", "a group of devices that gets updates at the same stage", {
    source: MS,
    variants: ["deployment ring", "pilot ring"],
  }),
  term("patch compliance", "how many devices have the latest fixes installed", {
    variants: ["patch level", "patch status", "patch coverage"],
  }),
  term("unpatched", "missing the latest security fixes", {
    variants: ["un-patched", "unpatched system", "unpatched software"],
  }),
  term("time to patch", "how long it takes to install a fix after its release", {
    variants: ["mean time to patch", "patch latency"],
  }),
  term("third-party patching", "updating software from other makers, like browsers and readers", {
    variants: ["third-party updates", "third-party patch"],
  }),
  term("silent install", "installing software in the background with no pop-ups", {
    variants: ["silent installation", "silently installed", "unattended install", "push install"],
  }),
  term("virtual patching", "blocking attacks on a flaw with a filter until the real fix is in", {
    variants: ["virtual patch"],
  }),
  term("exploited in the wild", "already being used by attackers in real attacks", {
    variants: ["actively exploited", "under active exploitation", "exploitation in the wild"],
  }),
  term("known exploited vulnerabilities", KNOWN_USED, {
    source: "CISA KEV catalogue",
    variants: ["KEV catalog", "KEV catalogue"],
  }),
  acronym("KEV", KNOWN_USED, { source: "CISA KEV catalogue" }),
  term("proof of concept", PROOF, {
    variants: ["proof-of-concept exploit", "proof-of-concept code"],
    technicalOnly: true,
  }),
  acronym("PoC", PROOF),
  term("weaponised", "turned into a working attack tool", {
    variants: ["weaponized", "weaponise", "weaponize", "weaponisation", "weaponization"],
  }),
  ...checkedIn(MS, [
    term("extended support", EXTRA_SUPPORT, {
      variants: ["extended security updates", "extended support period"],
    }),
    acronym("ESU", EXTRA_SUPPORT),
    term("mainstream support", "the years in which a product still gets new features and fixes"),
  ]),
  term("unsupported software", "software that no longer gets fixes from its maker", {
    variants: [
      "unsupported version",
      "unsupported operating system",
      "out of support",
      "out-of-support",
    ],
  }),
  term("deprecated", "being phased out: it still works for now but will be removed", {
    variants: ["deprecate", "deprecation", "deprecating"],
  }),
  term("sunset", "retire; stop offering a product or service", {
    variants: ["sunsetting", "sunsetted", "sunset date"],
    technicalOnly: true,
  }),
  term("firmware update", "an update to the built-in software that runs a device's hardware", {
    variants: [
      "firmware upgrade",
      "firmware patch",
      "BIOS update",
      "UEFI update",
      "flash the firmware",
    ],
  }),
  term("microcode", "low-level instructions inside a processor, updated to fix chip flaws", {
    variants: ["microcode update", "CPU microcode"],
  }),
  acronym("OEM", "the company that made the device"),
  term("n-day", "a known software flaw whose fix exists but is not yet installed", {
    variants: ["n-day vulnerability", "n-day exploit"],
  }),
];
