// Glossary: forensics and evidence, recovery and continuity, and physical security.
import { acronym, checkedIn, type GlossaryEntry, NIST, term } from "./glossary-entry.js";

const FORENSICS = "NIST SP 800-86 forensics guide";
const CONTINGENCY = "NIST SP 800-34 contingency planning guide";
const CONTINUITY = "ISO 22300 continuity vocabulary";

const MTD = "the longest a system can be down before serious harm is done";
const MTPD = "the longest the business can cope with a disruption";

export const RECOVERY_TERMS: readonly GlossaryEntry[] = [
  // Forensics and evidence.
  term("disk image", "an exact copy of a whole disk, often kept as evidence", {
    source: FORENSICS,
    variants: [
      "drive image",
      "disk imaging",
      "forensic imaging",
      "forensic copy",
      "bit-for-bit copy",
      "bitstream image",
      "bit-stream copy",
    ],
  }),
  term("imaged", "copied in full for checking, or set up again from a master copy", {
    technicalOnly: true,
  }),
  term("golden image", "a clean master copy used to set up computers", {
    variants: ["gold image", "base image", "master image"],
  }),
  term("write blocker", "a device that lets investigators read a disk without changing it", {
    source: FORENSICS,
    variants: ["write-blocking", "write-blocked"],
  }),
  term("memory dump", "a copy of what a computer held in its working memory", {
    variants: ["memory capture", "memory image", "RAM capture", "RAM dump", "memory forensics"],
  }),
  term("volatile data", "information that disappears when a computer is switched off", {
    variants: ["volatile evidence", "volatile memory"],
  }),
  term("order of volatility", "collecting the evidence that vanishes fastest first", {
    source: "RFC 3227 evidence guidelines",
  }),
  term("timeline analysis", "putting events in order to see what happened when", {
    variants: ["super timeline", "supertimeline"],
  }),
  term("live response", "collecting evidence from a computer while it is still running", {
    variants: ["live forensics", "live acquisition"],
  }),
  term("artefact", "a trace left on a computer that shows what happened", {
    variants: ["artifact", "forensic artefact", "forensic artifact"],
    technicalOnly: true,
  }),
  term("forensically sound", "done so that the evidence stays unchanged and usable in court", {
    variants: ["forensic soundness"],
  }),
  // Recovery and continuity.
  term("maximum tolerable downtime", MTD, {
    source: CONTINGENCY,
    variants: ["maximum tolerable outage", "maximum acceptable outage"],
  }),
  acronym("MTD", MTD, { variants: ["MAO"], technicalOnly: true }),
  term("maximum tolerable period of disruption", MTPD, { source: CONTINUITY }),
  acronym("MTPD", MTPD, { source: CONTINUITY }),
  acronym("DRP", "our plan for getting systems back after a serious failure"),
  acronym("BCDR", "keeping the business running and getting systems back after a disruption", {
    variants: ["BC/DR"],
  }),
  ...checkedIn(CONTINGENCY, [
    term("hot site", "a ready standby site we can switch to straight away", {
      variants: ["hot standby"],
    }),
    term("warm site", "a standby site with some equipment, needing setup before use", {
      variants: ["warm standby"],
    }),
    term("cold site", "an empty standby location that needs equipment before use", {
      variants: ["cold standby"],
    }),
    term("alternate site", "a second location to work from if the main one is lost", {
      variants: ["alternate processing site", "recovery site", "DR site"],
    }),
  ]),
  term("geo-redundancy", "copies kept in more than one region in case one is lost", {
    variants: ["geo-redundant", "geographic redundancy"],
  }),
  term("replication", "copying data continuously to a second system", {
    variants: ["data replication"],
    technicalOnly: true,
  }),
  term("point-in-time recovery", "restoring data to how it was at a chosen moment", {
    variants: ["point-in-time restore", "PITR"],
  }),
  term("restore point", "a saved moment a computer can be taken back to", {
    variants: ["system restore point"],
  }),
  term("bare-metal recovery", "rebuilding a computer from nothing, system and all, from a backup", {
    variants: ["bare-metal restore", "bare-metal backup"],
  }),
  term("incremental backup", "a backup of only what changed since the last backup"),
  term("differential backup", "a backup of everything changed since the last full backup"),
  term("grandfather-father-son", "a schedule keeping daily, weekly and monthly backup copies", {
    variants: ["GFS rotation", "backup rotation"],
  }),
  term("offline backup", "a backup copy kept unplugged from every network", {
    variants: ["cold backup"],
  }),
  term("off-site backup", "a backup copy kept at a different location", {
    variants: ["offsite backup", "off-site copy", "offsite copy"],
  }),
  term("immutability", "being impossible to change or delete, even by an attacker", {
    variants: ["immutable", "immutable copy", "immutable snapshot"],
  }),
  term("write once, read many", "storage that can be written once and never changed", {
    variants: ["WORM storage", "WORM drive"],
  }),
  term("isolated recovery environment", "a sealed-off, clean place for restoring systems safely", {
    variants: ["clean room recovery", "cleanroom recovery", "cyber recovery vault", "cyber vault"],
  }),
  term("last known good", "a copy checked to be clean and working", {
    variants: ["known-good state", "known-good backup", "known-good copy", "known-good image"],
  }),
  term("degraded mode", "working with reduced features while a problem is fixed", {
    variants: ["degraded state"],
  }),
  term("DR test", "a practice run of getting systems back after a failure", {
    variants: ["DR drill", "DR exercise", "recovery test", "restore test", "failover test"],
  }),
  // Physical security.
  term("tailgate", "follow someone through a secure door without using your own pass", {
    variants: ["tailgated", "tailgater", "piggyback", "piggybacked"],
    technicalOnly: true,
  }),
  term("anti-passback", "a door rule that stops one pass being used twice to let others in", {
    variants: ["antipassback", "passback"],
  }),
  term("badge reader", "the panel by a door that you tap your pass on", {
    variants: ["door reader", "access reader", "proximity reader", "badge scanner"],
  }),
  term("badging", "tapping your pass on a door reader", {
    variants: ["badged in", "badged out", "badge swipe", "badge tap"],
  }),
  term("proximity card", "a door pass you hold near a reader", {
    variants: ["prox card", "proximity badge", "prox badge", "proximity fob"],
  }),
  term("smart card", "a plastic card with a chip, used to log in or open doors", {
    source: NIST,
    variants: ["smartcard"],
  }),
  acronym("RFID", "radio tags that let cards and labels be read without touching", {
    source: NIST,
  }),
  acronym("NFC", "short-range wireless used for tap-to-pay and door passes"),
  term("mantrap", "a small space between two locked doors that lets one person through", {
    variants: ["man trap", "security vestibule", "access control vestibule"],
  }),
  term("physical access control", "controls on who can enter buildings and rooms", {
    variants: ["physical access control system", "electronic access control"],
  }),
  term("visitor management system", "the system that signs visitors in and prints their passes", {
    variants: ["visitor management"],
  }),
  term("clear desk policy", "the rule to put papers away and lock your screen when you leave", {
    variants: ["clean desk policy", "clear screen policy"],
  }),
  term("privacy screen", "a cover that stops people beside you reading your screen", {
    variants: ["privacy filter"],
    technicalOnly: true,
  }),
  term("duress code", "a secret code that quietly signals you are being forced", {
    variants: ["duress alarm", "duress password", "duress button"],
  }),
  term("dumpster diving", "searching through rubbish for useful information", {
    variants: ["bin diving"],
  }),
  term("badge cloning", "copying someone's door pass or card with a hidden reader", {
    variants: ["card cloning", "RFID cloning", "cloned badge", "badge cloner"],
  }),
  term("hostile reconnaissance", "someone watching a site to plan an attack on it", {
    source: "NPSA guidance",
  }),
  acronym("NPSA", "the UK government body advising on protecting buildings and staff"),
  term("perimeter security", "protection around the outer edge of a site or network", {
    variants: ["security perimeter", "physical perimeter", "network perimeter"],
  }),
  term("fail-secure", "stays locked, or blocks access, if it fails or loses power", {
    variants: ["fail-closed"],
  }),
  term("maglock", "an electric magnet that holds a door shut", {
    variants: ["mag lock", "magnetic lock", "electromagnetic lock"],
  }),
  term("request to exit", "the button or sensor that unlocks a door from the inside", {
    variants: ["request-to-exit button", "REX button"],
  }),
  term("PIR sensor", "a motion sensor that detects body heat", {
    variants: ["PIR detector", "passive infrared sensor", "passive infrared detector"],
  }),
  term("two-person rule", "a rule that two people must take part in a sensitive task", {
    variants: ["two-person integrity", "dual control"],
  }),
  term("degaussing", "wiping magnetic storage with a strong magnet", {
    variants: ["degauss", "degaussed", "degausser"],
  }),
  acronym("BPSS", "the basic background checks for staff handling government information"),
  term("comms room", "the room that holds the network equipment", {
    variants: ["comms cupboard", "wiring closet", "network closet"],
  }),
];
