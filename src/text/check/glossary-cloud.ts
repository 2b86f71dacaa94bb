// Glossary: cloud services, Microsoft 365 and Google Workspace administration, device management.
import { acronym, checkedIn, type GlossaryEntry, NIST, term } from "./glossary-entry.js";

const MS = "Microsoft Learn";
const GOOGLE = "Google Workspace Admin Help";
const APPLE = "Apple Platform Deployment guide";
const ANDROID = "Android Enterprise help";
const NIST_MOBILE = "NIST SP 800-124 (mobile devices)";

const VM = "a computer that exists only as software, running on a bigger machine";
const DAAS = "a work desktop that runs online and that you reach from any device";
const BYOK = "we hold the keys that unlock our data stored with an online provider";
const PIM = "powerful admin rights given only for a short time, on request";
const IRM = "protection that stays with a document and limits who can open or copy it";
const OU = "a group of accounts or devices that share the same settings";
const UPN = "your work sign-in name, which looks like an email address";
const DIRECTORY = "the system that holds staff accounts and their access rights";
const EMM = "tools that manage and secure work phones, tablets and their apps";
const OTA = "sent to a device wirelessly, without plugging it in";

/** Entries whose meaning was checked in one source, so each line need not repeat it. */
export const CLOUD_TERMS: readonly GlossaryEntry[] = [
  // Cloud services in general.
  term("on-premises", "in our own building, not online", { variants: ["on-prem", "on-premise"] }),
  ...checkedIn(NIST, [
    term("public cloud", "online services shared by many customers of one provider"),
    term("private cloud", "online services run for our organisation alone"),
    term("hybrid cloud", "a mix of our own servers and rented online services", {
      variants: ["hybrid infrastructure", "hybrid setup"],
    }),
    term("infrastructure as a service", "renting servers and storage online from a provider"),
    term("platform as a service", "an online platform for running your own software"),
    term("virtual machine", VM),
  ]),
  acronym("VM", VM),
  term("multi-cloud", "using more than one online provider", { variants: ["multicloud"] }),
  term("cloud service provider", "the company that runs an online service we use", {
    variants: ["cloud provider", "cloud vendor"],
  }),
  term("desktop as a service", DAAS, { variants: ["cloud PC", "hosted desktop"] }),
  acronym("DaaS", DAAS),
  term("shared responsibility model", "which security tasks the provider does, and which we do", {
    variants: ["shared responsibility"],
  }),
  term("migration", "moving our data or systems to a new place or service", {
    variants: ["migrate", "migrated", "migrating", "migrates"],
    technicalOnly: true,
  }),
  term("cutover", "the moment we switch from the old system to the new", {
    variants: ["cut-over"],
  }),
  term("data residency", "the country where our data is stored"),
  term("data sovereignty", "our data being under the laws of where it is kept"),
  term("high availability", "set up to keep working even if one part fails"),
  term("soft delete", "deleted but still recoverable for a while", { variants: ["soft-deleted"] }),
  term("purge", "delete for good", { variants: ["purged", "purging"], technicalOnly: true }),
  term("uptime", "the share of time a service is working"),
  term("maintenance window", "a planned time when a service may be unavailable"),
  term("degraded performance", "working, but slower or with some features missing", {
    variants: ["degraded service", "service degradation"],
  }),
  term("service health", "whether an online service is working normally", {
    variants: ["service health dashboard", "status page"],
  }),
  term("throttling", "a service slowing down on purpose because it is overloaded", {
    variants: ["throttled", "throttle"],
    technicalOnly: true,
  }),
  term("add-in", "an extra feature added into a program such as Outlook or Word"),
  term("cloud access security broker", "a tool that controls how staff use online apps"),
  term("secure access service edge", "security services delivered online, wherever staff work"),
  term("unsanctioned app", "an app used for work without the company's approval", {
    variants: ["unsanctioned application", "shadow SaaS", "unapproved SaaS"],
  }),
  term("client-side encryption", "scrambling data on your own device before it goes online", {
    variants: ["client-side encrypted"],
  }),
  term("customer-managed keys", BYOK, {
    variants: ["customer-managed key", "bring your own key", "hold your own key"],
  }),
  acronym("BYOK", BYOK, { variants: ["HYOK"] }),
  term("sync client", "the program that keeps your files in step online"),

  // Tenants, admin roles, licences and change notices.
  term("tenant-wide", "for everyone in our organisation's online services", {
    variants: ["tenant-level", "across the tenant"],
  }),
  term("multi-tenant", "shared by many customers, each kept apart from the others", {
    variants: ["multitenant", "multi-tenancy", "multitenancy"],
  }),
  ...checkedIn(MS, [
    term("admin centre", "the settings website where administrators manage our online services", {
      variants: ["admin center", "admin console", "admin portal", "management console"],
    }),
    term("admin role", "a set of administrator powers given to an account", {
      variants: ["administrator role", "directory role", "role assignment"],
    }),
    term("global administrator", "the most powerful admin account, which controls everything", {
      variants: ["global admin", "super admin", "super administrator", "company administrator"],
    }),
    term("break-glass account", "a spare emergency admin account, kept locked away", {
      variants: ["breakglass account", "emergency access account"],
    }),
    term("privileged identity management", PIM),
    term("delegated administration", "letting our IT provider manage our settings", {
      variants: ["delegated admin", "delegated administrator", "delegated admin privileges"],
    }),
    term("secure score", "a score showing how well our security settings are set up"),
    term("security defaults", "a basic set of security settings switched on for everyone"),
    term("report-only mode", "a rule on trial: it records what it would do, but blocks nothing", {
      variants: ["report-only", "audit mode"],
    }),
  ]),
  acronym("PIM", PIM),
  term("staged rollout", "a change switched on for one group at a time", {
    variants: ["phased rollout", "staged roll-out", "phased roll-out"],
  }),
  term("general availability", "officially released and fully supported", {
    variants: ["generally available"],
  }),
  term("public preview", "an early test version of a feature that anyone can try", {
    variants: ["private preview"],
  }),
  term("licence assignment", "giving a person the right to use a paid service", {
    variants: ["license assignment", "assigned licence", "assigned license", "unlicensed user"],
  }),
  term("per-seat licence", "a price charged for each person who uses the software", {
    variants: ["per-seat", "per-user licence", "per-user license", "per-seat license"],
  }),
  term("stale account", "an account nobody uses any more", {
    variants: ["dormant account", "orphaned account", "orphan account"],
  }),

  // Sharing, permissions, labels and guests.
  ...checkedIn(MS, [
    term("sharing link", "a link that gives others access to a file or folder", {
      variants: ["share link", "shareable link"],
    }),
    term("anyone link", "a link that lets anyone who has it open the file, without signing in", {
      variants: ["anyone with the link", "anonymous link", "anonymous sharing link"],
    }),
    term("organisation-wide link", "a link that works only for colleagues signed in at work", {
      variants: ["organization-wide link", "company-wide link"],
    }),
    term("specific people link", "a link that works only for the people you name"),
    term("inherited permissions", "access rights copied automatically from the folder above", {
      variants: ["permission inheritance", "unique permissions", "broken inheritance"],
    }),
    term("security group", "a named group of accounts that are given the same access"),
    term("sensitivity label", "a tag that marks how confidential a document is and protects it", {
      variants: ["sensitivity labelling", "sensitivity labeling", "sensitivity labelled"],
    }),
    term("auto-labelling", "the system tagging documents as confidential automatically", {
      variants: ["auto-labeling", "automatic labelling", "automatic labeling", "auto-labelled"],
    }),
    term("retention label", "a tag that says how long a document must be kept"),
    term("information barrier", "a block that stops certain groups sharing files or chatting"),
    term("litigation hold", "keeping someone's emails and files unchanged for a legal case", {
      variants: ["legal hold", "in-place hold"],
    }),
    term("eDiscovery", "searching emails and files for a legal case or investigation", {
      variants: ["e-discovery", "electronic discovery"],
    }),
    term("guest access", "letting people from outside the company into our shared spaces", {
      variants: ["guest sharing"],
    }),
    term("guest user", "an account for someone outside the company, such as a supplier", {
      variants: ["guest account", "external user", "B2B guest"],
    }),
    term("cross-tenant access", "settings for how our accounts work with other organisations", {
      variants: ["cross-tenant"],
    }),
    term("entitlement management", "managing bundles of access that people can ask for", {
      variants: ["access package"],
    }),
  ]),
  term("link expiry", "a shared link stops working after a set date", {
    variants: ["expiring link"],
  }),
  term("permission level", "how much someone may do with a file: view, comment or edit"),
  term("over-permissioned", "given more access than the job needs", {
    variants: ["overprivileged", "over-privileged", "excessive permissions", "overly permissive"],
  }),
  term("privilege creep", "access that quietly builds up as people change roles", {
    variants: ["permission creep", "access creep"],
  }),
  term("site owner", "the person who manages a team's shared online space", {
    technicalOnly: true,
  }),
  term("co-authoring", "several people editing one document at once", {
    variants: ["coauthoring"],
  }),
  term("information rights management", IRM, { variants: ["rights management"] }),
  acronym("IRM", IRM),
  term("external collaboration", "working with people outside the company in our online tools", {
    variants: ["external collaboration settings", "B2B collaboration"],
  }),
  term("federation", "linking two organisations' systems so logins or chats work across them", {
    source: NIST,
    variants: ["federated", "identity federation", "federated identity"],
    technicalOnly: true,
  }),
  term("entitlement", "something a person is allowed to access or use", { technicalOnly: true }),
  ...checkedIn(GOOGLE, [
    term("organisational unit", OU, { variants: ["organizational unit", "org unit"] }),
    acronym("OU", OU),
    term("context-aware access", "rules that allow access depending on your device and place"),
  ]),

  // Identity platform.
  term("directory service", "the central list of staff accounts", { variants: ["user directory"] }),
  term("directory sync", "copying staff accounts from our own servers to the online service", {
    variants: ["directory synchronisation", "directory synchronization", "dirsync"],
  }),
  acronym("AAD", DIRECTORY),
  acronym("AD", DIRECTORY, { technicalOnly: true }),
  term("domain-joined", "a work computer linked to the company's central account system", {
    variants: ["domain join", "joined to the domain", "Azure AD joined", "Entra joined"],
  }),
  ...checkedIn(MS, [
    term("hybrid joined", "a work computer linked to both our own servers and online accounts", {
      variants: ["hybrid join", "hybrid Azure AD joined", "hybrid Entra joined"],
    }),
    term("user principal name", UPN),
    acronym("UPN", UPN),
    term("service principal", "an account that an app uses to reach our systems", {
      variants: ["workload identity", "non-human identity", "app identity"],
    }),
    term("app consent", "agreeing to let an app see or use your account's data", {
      variants: ["consent prompt", "consent screen"],
    }),
    term("admin consent", "an administrator approving an app's access for the whole company", {
      variants: ["admin consent request", "tenant-wide consent"],
    }),
    term("consent phishing", "a fake app that asks you to give it access to your account", {
      variants: ["illicit consent grant", "OAuth phishing"],
    }),
    term("sign-in frequency", "how often you must sign in again"),
    term("named location", "a place, such as an office network, that our login rules trust", {
      variants: ["trusted location", "trusted IPs", "trusted IP range"],
    }),
    term("risky sign-in", "a login that looks suspicious, for example from an unusual place", {
      variants: ["sign-in risk", "risky user", "risky login"],
    }),
    term("legacy authentication", "older sign-in methods that skip the second check", {
      variants: ["legacy auth", "basic authentication", "basic auth"],
    }),
    term("modern authentication", "current sign-in methods that support the extra login check", {
      variants: ["modern auth"],
    }),
    term("Temporary Access Pass", "a time-limited code for setting up your sign-in methods"),
    term("security info", "the phone numbers and apps you use to prove it is you", {
      variants: ["MFA registration", "MFA enrolment", "MFA enrollment"],
    }),
  ]),
  term("connected app", "an outside app you have allowed to use your account", {
    variants: ["third-party app access", "OAuth app", "authorised app", "authorized app"],
  }),
  term("access token", "a digital pass that lets an app act for you for a while", {
    variants: ["refresh token", "bearer token"],
  }),
  term("session token", "a stored digital pass that keeps you logged in to a website", {
    variants: ["session cookie", "authentication cookie", "auth cookie"],
  }),
  term("token theft", "a criminal copying the digital pass that keeps you signed in", {
    variants: ["token replay", "cookie theft", "pass-the-cookie"],
  }),
  term("device code phishing", "a scam that gets you to type a code that signs an attacker in", {
    variants: ["device code flow", "device code authentication"],
  }),
  term("CA policy", "a rule that allows logins only from trusted devices or places"),
  term("authentication method", "a way of proving it is you, such as an app or a code", {
    variants: ["auth method", "sign-in method"],
  }),
  term("step-up authentication", "an extra login check before a sensitive action", {
    variants: ["step-up auth"],
  }),
  term("reauthenticate", "prove it is you again by signing in", {
    variants: ["re-authenticate", "reauthentication", "re-authentication", "re-auth"],
  }),
  term("passwordless", "signing in without typing a password, for example with a fingerprint", {
    variants: ["password-less", "passwordless sign-in"],
  }),
  term("app password", "a special password for old apps", { variants: ["app-specific password"] }),

  // Mobile and device management.
  term("unified endpoint management", "one tool that manages and secures all work devices", {
    variants: ["endpoint management"],
  }),
  term("mobile application management", "control over work apps on a personal phone"),
  ...checkedIn(NIST_MOBILE, [
    term("enterprise mobility management", EMM),
    acronym("EMM", EMM),
    acronym("COPE", "a company-owned phone that you may also use personally"),
    acronym("COBO", "a company-owned phone used only for work"),
    term("device attestation", "a check that a device is genuine and has not been tampered with", {
      variants: ["hardware attestation", "device health attestation"],
    }),
  ]),
  acronym("CYOD", "choosing your work phone or laptop from an approved list"),
  term("managed device", "a device the company controls and keeps secure", {
    variants: ["company-managed device", "corporate-managed device"],
  }),
  term("unmanaged device", "a device the company does not control, such as a home computer", {
    variants: ["unmanaged laptop", "unmanaged phone"],
  }),
  term("managed app", "a work app the company controls on your phone", {
    variants: ["managed application"],
  }),
  term("device posture", "whether a device passes our security checks right now", {
    variants: ["device posture check", "posture check", "posture assessment", "device trust"],
  }),
  term("device enrolment", "signing a device up so the company can manage and protect it", {
    variants: [
      ...["device enrollment", "MDM enrolment", "MDM enrollment", "enrolled device"],
      ...["enrol your device", "enroll your device", "re-enrol", "re-enroll"],
      ...["unenrol", "unenroll", "unenrolled"],
    ],
  }),
  ...checkedIn(MS, [
    term("app protection policy", "rules that protect work data inside apps on a phone", {
      variants: ["MAM policy"],
    }),
    term("device compliance", "whether a device meets our security rules", {
      variants: ["device compliance policy", "compliance state"],
    }),
    term("compliant device", "a device that meets our security rules", {
      variants: ["non-compliant device", "noncompliant device", "marked as compliant"],
    }),
    term("selective wipe", "deleting only work data from a phone, leaving personal data alone", {
      variants: ["enterprise wipe", "app wipe", "corporate wipe"],
    }),
    term("known folder move", "automatically saving your Desktop and Documents folders online", {
      variants: ["known folder redirection"],
    }),
  ]),
  ...checkedIn(APPLE, [
    term("user enrolment", "a way to manage only the work data on your own iPhone", {
      variants: ["user enrollment", "account-driven user enrolment"],
    }),
    term("configuration profile", "a settings file that lets the company manage your device", {
      variants: ["management profile", "MDM profile", "config profile", "device profile"],
    }),
    term("supervised device", "a company iPhone or iPad with extra controls switched on", {
      variants: ["supervised mode"],
    }),
    term("lost mode", "a locked state for a lost phone that shows a contact message"),
    term("activation lock", "a lock that stops anyone else setting up a lost phone"),
  ]),
  ...checkedIn(ANDROID, [
    term("zero-touch enrolment", "new work devices set themselves up when first switched on", {
      variants: ["zero-touch enrollment", "zero-touch deployment", "automated device enrollment"],
    }),
    term("work profile", "a separate, locked area on your phone for work apps and data", {
      variants: ["work partition"],
    }),
    term("fully managed device", "a work phone the company controls completely"),
  ]),
  term("remote support session", "an IT person seeing or controlling your screen to help you", {
    variants: ["remote assistance", "remote support tool"],
  }),
  term("kiosk mode", "a device locked to run only one app or a few", {
    variants: ["kiosk device", "single-app mode", "dedicated device"],
  }),
  term("remote lock", "locking a lost device over the internet", {
    variants: ["remotely lock", "remotely locked"],
  }),
  term("device wipe", "erasing everything on a device, as if new from the factory", {
    variants: ["full wipe", "full device wipe", "factory wipe"],
  }),
  term("device restrictions", "settings that switch off some device features, like the camera"),
  term("per-app VPN", "a secure private link used only by certain work apps"),
  term("always-on VPN", "a secure private link that switches on whenever you are online"),
  term("device certificate", "a digital identity card that proves a device belongs to us"),
  term("decommission", "take a device or system out of use for good", {
    variants: ["decommissioned", "decommissioning"],
  }),
  term("push out", "send and install automatically on all devices", {
    variants: ["pushed out", "pushing out"],
    technicalOnly: true,
  }),
  term("over-the-air update", `an update ${OTA}`, { variants: ["over-the-air", "OTA update"] }),
  acronym("OTA", OTA),
  acronym("IMEI", "the unique identity number of a mobile phone"),
  acronym("eSIM", "a phone's built-in digital version of a plastic phone card"),
];
