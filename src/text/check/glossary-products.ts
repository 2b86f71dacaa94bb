// Glossary: names of IT and security products that small and medium organisations use and that
// IT providers drop into staff messages ("approve the Duo push", "Huntress flagged your laptop").
// Each suggestion names the kind of tool, so the writer can say that instead. This file: sign-in,
// password managers, admin rights, security software on computers, device management, remote
// support and IT providers' tools, backup. Networks, email, training, monitoring, cloud,
// developers' and scanning tools are in glossary-vendors.ts.
// Left out: names nearly every office worker knows (Outlook, Teams, OneDrive, Zoom, Dropbox,
// Norton, McAfee, Microsoft 365 itself), names that are everyday words on their own (Keeper,
// Ping, Sentinel, Falcon, Halo, Expel, Rescue, Spanning), and names already in the glossary
// (Intune, BitLocker, FileVault, YubiKey, Windows Hello, PowerShell).
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const VENDOR_DOCS = "vendors' own product pages";
const MICROSOFT_DOCS = "Microsoft Learn product documentation";
const APPLE_DOCS = "Apple Platform Deployment guide";

const SIGN_IN = "the service that checks it is really you when you sign in to work apps";
const SIGN_IN_APP = "the phone app that asks you to approve work sign-ins";
const CODE_APP = "the phone app that shows the short code you type when signing in";
const MS_ACCOUNTS = "Microsoft's system for staff accounts and sign-ins";
const PASSWORDS = "our password manager, the app that stores your passwords safely";
const ADMIN_PASSWORDS =
  "the system that guards the most powerful passwords and hands them out when needed";
const APPROVE_APPS = "the tool that blocks any program we have not approved";
const ASK_ADMIN = "the tool you use to ask permission to install software";
const SECURITY_APP = "the security software that watches your computer for viruses and attacks";
const SECURITY_FIRM = "the company that makes our computer security software";
const WATCH_TEAM =
  "the outside security team that watches our computers for attacks, day and night";
const MS_SECURITY = "Microsoft's security software that protects our computers";
const MS_WATCH = "Microsoft's security service that spots attacks on our computers and accounts";
const DEVICES = "the system we use to set up and look after work devices";
const MACS = "the system we use to set up and look after work Macs";
const APP_SHOP = "the app on work computers where you install approved programs";
const MS_UPDATES = "the Microsoft system that sends updates to our Windows computers";
const REMOTE = "the tool our support team uses to see and control your screen";
const LOOK_AFTER = "the tool our IT support uses to look after and update computers remotely";
const SUPPORT_FIRM = "a company whose tools IT support providers use to manage computers";
const HELP_DESK = "the system our support team uses to track your requests for help";
const BACKUP = "the service that keeps backup copies of our files and systems";
const BACKUP_365 = "the service that keeps extra copies of our Microsoft email and files";
const BACKUP_BOX = "the storage box in our office that holds shared files and backup copies";
const ONLINE_STORAGE = "an online storage service, often used to keep backup copies";
const INVENTORY = "the tool that keeps a list of all our computers and equipment";

export const PRODUCT_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(VENDOR_DOCS, [
    // Signing in.
    term("Okta", SIGN_IN, { variants: ["Okta dashboard", "Okta tile", "Okta account"] }),
    term("Okta Verify", SIGN_IN_APP, { variants: ["Okta FastPass"] }),
    term("Cisco Duo", "the sign-in check that asks you to approve logins on your phone", {
      variants: ["Duo Security", "Duo push", "Duo prompt", "Duo MFA", "Duo 2FA", "Duo app"],
    }),
    term("Duo Mobile", SIGN_IN_APP),
    term("Duo", "the sign-in check that asks you to approve logins on your phone", {
      technicalOnly: true,
    }),
    term("Ping Identity", SIGN_IN, { variants: ["PingID", "PingOne", "PingFederate"] }),
    term("OneLogin", SIGN_IN),
    term("JumpCloud", "the system that holds staff accounts and signs you in to work devices"),
    term("Auth0", "a service that handles sign-ins for websites and apps"),
    term("Google Authenticator", CODE_APP),
    term("Authy", CODE_APP, { variants: ["Twilio Authy"] }),
    term("FortiToken", CODE_APP, { variants: ["FortiToken Mobile"] }),
    term("AuthPoint", SIGN_IN_APP, { variants: ["WatchGuard AuthPoint"] }),
    term("SecurID", "the code from a small key fob or app that you type when signing in", {
      variants: ["RSA SecurID", "SecurID token"],
    }),
    term("Yubico", "the company that makes small key-shaped devices you tap to sign in safely"),
    term("Titan Security Key", "Google's small key-shaped device you tap to sign in safely", {
      variants: ["Titan key", "Google Titan key"],
    }),
    term("Specops", "the tool that checks new passwords and lets you reset your own", {
      variants: ["Specops Password Policy", "Specops uReset"],
    }),
  ]),
  ...checkedIn(MICROSOFT_DOCS, [
    term("Microsoft Entra", MS_ACCOUNTS, {
      variants: ["Entra", "Entra admin center", "Entra admin centre", "Entra portal"],
    }),
    term(
      "Azure AD Connect",
      "the tool that copies staff accounts from our office servers to Microsoft's",
      {
        variants: ["Entra Connect", "Entra Connect Sync", "AAD Connect"],
      },
    ),
    term(
      "Active Directory Federation Services",
      "the Microsoft server that signs you in to online apps",
      {
        variants: ["AD FS"],
      },
    ),
    acronym("ADFS", "the Microsoft server that signs you in to online apps"),
    term(
      "Global Secure Access",
      "Microsoft's service that connects you safely to work systems from anywhere",
      {
        variants: ["Entra Private Access", "Entra Internet Access"],
      },
    ),
    term(
      "DirectAccess",
      "Microsoft's older way of connecting laptops to the office network from anywhere",
    ),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Password managers.
    term("Bitwarden", PASSWORDS),
    term("1Password", PASSWORDS),
    term("LastPass", PASSWORDS),
    term("Dashlane", PASSWORDS),
    term("Keeper Security", PASSWORDS, {
      variants: ["Keeper Password Manager", "Keeper vault", "Keeper app"],
    }),
    term("NordPass", PASSWORDS),
    term("RoboForm", PASSWORDS),
    term("KeePass", PASSWORDS, { variants: ["KeePassXC"] }),
    term("Passbolt", PASSWORDS),
    term("Proton Pass", PASSWORDS),
    term("Zoho Vault", PASSWORDS),
    term("Enpass", PASSWORDS),
    term("Passportal", "the password store our IT support uses for our accounts", {
      variants: ["N-able Passportal"],
    }),

    // Admin rights and approved programs.
    term("CyberArk", ADMIN_PASSWORDS),
    term("Delinea", ADMIN_PASSWORDS, { variants: ["Thycotic", "Secret Server"] }),
    term(
      "BeyondTrust",
      "the tool that lets support see your screen and controls who can change settings",
      {
        variants: ["Bomgar", "BeyondTrust Remote Support"],
      },
    ),
    term("ThreatLocker", APPROVE_APPS),
    term("Admin By Request", ASK_ADMIN),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Security software on computers, and the teams that watch it.
    term("CrowdStrike", SECURITY_APP, {
      variants: ["CrowdStrike Falcon", "Falcon sensor", "Falcon agent"],
    }),
    term("SentinelOne", SECURITY_APP, { variants: ["Sentinel One", "S1 agent"] }),
    term("Sophos", SECURITY_FIRM, { variants: ["Sophos Central", "Intercept X"] }),
    acronym("ESET", SECURITY_FIRM, { variants: ["ESET PROTECT", "ESET Endpoint Security"] }),
    term("Bitdefender", SECURITY_APP, { variants: ["GravityZone", "Bitdefender GravityZone"] }),
    term("Huntress", WATCH_TEAM, { variants: ["Huntress agent"] }),
    term("Malwarebytes", SECURITY_APP, { variants: ["ThreatDown"] }),
    term("Webroot", SECURITY_APP),
    term("Trellix", SECURITY_FIRM),
    term("Trend Micro", SECURITY_FIRM, { variants: ["Apex One", "Trend Vision One"] }),
    term("Cylance", SECURITY_APP, { variants: ["CylancePROTECT"] }),
    term("Carbon Black", SECURITY_APP, { variants: ["VMware Carbon Black"] }),
    term("Cortex XDR", SECURITY_APP),
    term("WithSecure", SECURITY_FIRM, { variants: ["F-Secure"] }),
    term("Heimdal", SECURITY_FIRM, { variants: ["Heimdal Security"] }),
    term("Blackpoint", WATCH_TEAM, { variants: ["Blackpoint Cyber"] }),
    term("Arctic Wolf", WATCH_TEAM),
    term("Red Canary", WATCH_TEAM),
    term("Secureworks", WATCH_TEAM, { variants: ["Taegis"] }),
    term("eSentire", WATCH_TEAM),
    term("Field Effect", WATCH_TEAM, { variants: ["Field Effect MDR"] }),
    term("Rapid7", "the company whose tools find security holes and spot attacks for us", {
      variants: ["InsightVM", "InsightIDR"],
    }),
    term("Darktrace", "the system that watches our network and email for unusual activity"),
  ]),
  ...checkedIn(MICROSOFT_DOCS, [
    term("Microsoft Defender", MS_SECURITY, {
      variants: ["Windows Defender", "Defender Antivirus", "Microsoft Defender Antivirus"],
    }),
    term("Defender", MS_SECURITY, { technicalOnly: true }),
    term("Defender for Endpoint", MS_WATCH, { variants: ["Microsoft Defender for Endpoint"] }),
    acronym("MDE", MS_WATCH),
    term("Defender for Business", MS_WATCH, { variants: ["Microsoft Defender for Business"] }),
    term("Defender XDR", MS_WATCH, {
      variants: ["Microsoft Defender XDR", "Microsoft 365 Defender", "Defender portal"],
    }),
    term("Advanced Threat Protection", MS_WATCH, {
      variants: ["Defender ATP", "Office 365 ATP", "Microsoft Defender ATP"],
    }),
    acronym("ATP", MS_WATCH),
    term("Defender for Identity", "Microsoft's service that spots attacks on our staff accounts", {
      variants: ["Microsoft Defender for Identity"],
    }),
    acronym("MDI", "Microsoft's service that spots attacks on our staff accounts"),
    term("Defender for Cloud Apps", "Microsoft's service that watches how staff use online apps", {
      variants: ["Microsoft Defender for Cloud Apps", "Microsoft Cloud App Security"],
    }),
    acronym("MCAS", "Microsoft's service that watches how staff use online apps", {
      variants: ["MDCA"],
    }),
    term(
      "Defender for Cloud",
      "Microsoft's service that checks our online servers for security problems",
      {
        variants: ["Microsoft Defender for Cloud", "Azure Security Center"],
      },
    ),
    term("SmartScreen", "the Windows warning shown before a risky download or website", {
      variants: ["Microsoft Defender SmartScreen", "Windows SmartScreen"],
    }),
  ]),

  ...checkedIn(MICROSOFT_DOCS, [
    // Device management: setting up and looking after work computers and phones.
    term(
      "Windows Autopilot",
      "Microsoft's service that sets up a new work laptop when first switched on",
      {
        variants: ["Autopilot profile", "Autopilot enrolment", "Autopilot enrollment"],
      },
    ),
    term("Autopilot", "Microsoft's service that sets up a new work laptop when first switched on", {
      technicalOnly: true,
    }),
    // "Company Portal" alone is left out: other editors left it unmarked eight times in eight
    // (session 18), as staff install their apps from it and know it by that name.
    term("Intune Company Portal", APP_SHOP),
    term("Software Center", APP_SHOP, { variants: ["Software Centre"] }),
    acronym("SCCM", DEVICES, { variants: ["MECM"] }),
    term("Configuration Manager", DEVICES, {
      variants: [
        "ConfigMgr",
        "System Center Configuration Manager",
        "Microsoft Endpoint Configuration Manager",
      ],
    }),
    term("Endpoint Manager", DEVICES, { variants: ["Microsoft Endpoint Manager"] }),
    acronym("WSUS", MS_UPDATES),
    term("Windows Update for Business", MS_UPDATES, {
      variants: ["Windows Autopatch", "Autopatch"],
    }),
  ]),
  ...checkedIn(APPLE_DOCS, [
    term(
      "Apple Business Manager",
      "Apple's service that links our Macs, iPhones and iPads to our company",
      {
        variants: ["Apple School Manager", "Apple Business Essentials"],
      },
    ),
    term("Managed Apple ID", "a work Apple account that the company controls", {
      variants: ["Managed Apple Account"],
    }),
    term("Apple Configurator", "Apple's tool for setting up many iPhones and iPads at once"),
    term("iCloud Keychain", "Apple's built-in password store on iPhone, iPad and Mac"),
    term("Time Machine", "the Mac's built-in tool for making backup copies", {
      technicalOnly: true,
    }),
  ]),
  ...checkedIn(VENDOR_DOCS, [
    term("Jamf", MACS, { variants: ["Jamf Pro", "Jamf Now", "Jamf School", "Jamf Connect"] }),
    term("Kandji", MACS),
    term("Mosyle", MACS),
    term("Addigy", MACS),
    term("Hexnode", DEVICES),
    term("Workspace ONE", DEVICES, { variants: ["VMware Workspace ONE", "AirWatch"] }),
    term("MaaS360", DEVICES, { variants: ["IBM MaaS360"] }),
    term("Ivanti", DEVICES, { variants: ["MobileIron", "Ivanti Neurons"] }),
    term("ManageEngine", DEVICES, { variants: ["Endpoint Central", "Desktop Central"] }),
    term("Samsung Knox", "Samsung's tools for setting up and securing work phones"),
    term("Android Enterprise", "Google's way of setting up and managing work Android phones"),
    term("PDQ Deploy", "the tool IT uses to install software on many computers at once", {
      variants: ["PDQ Inventory", "PDQ Connect"],
    }),
    term("Automox", "the tool that installs updates on our computers automatically"),
    term("Action1", "the tool that installs updates on our computers automatically"),
    term("Lansweeper", INVENTORY),
    term("Snipe-IT", INVENTORY),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Remote support and IT providers' own tools.
    term("TeamViewer", REMOTE, { variants: ["TeamViewer QuickSupport", "TeamViewer ID"] }),
    term("AnyDesk", REMOTE, { variants: ["AnyDesk ID", "AnyDesk address"] }),
    term("ScreenConnect", REMOTE, {
      variants: ["ConnectWise Control", "ConnectWise ScreenConnect"],
    }),
    term("Splashtop", REMOTE),
    term("LogMeIn", REMOTE, {
      variants: ["LogMeIn Rescue", "GoTo Resolve", "GoToAssist", "GoTo Assist"],
    }),
    term("RustDesk", REMOTE),
    term("Zoho Assist", REMOTE),
    term("Chrome Remote Desktop", REMOTE),
    term("Quick Assist", "the Windows app that lets our support team see and control your screen", {
      technicalOnly: true,
    }),
    acronym("VNC", REMOTE, { variants: ["RealVNC", "TightVNC", "UltraVNC", "VNC Viewer"] }),
    acronym("RMM", LOOK_AFTER, { variants: ["RMM agent", "RMM tool"] }),
    term("remote monitoring and management", LOOK_AFTER, { variants: ["RMM platform"] }),
    term("NinjaOne", LOOK_AFTER, { variants: ["NinjaRMM", "Ninja RMM"] }),
    term("Datto RMM", LOOK_AFTER, { variants: ["Datto agent"] }),
    term("Datto", "the company that makes our backup and computer management tools"),
    term("Kaseya", SUPPORT_FIRM, { variants: ["Kaseya VSA"] }),
    term("N-able", SUPPORT_FIRM, {
      variants: ["N-central", "N-sight", "SolarWinds RMM", "N-able RMM"],
    }),
    term("ConnectWise", SUPPORT_FIRM, {
      variants: ["ConnectWise Automate", "ConnectWise Manage", "ConnectWise RMM", "LabTech"],
    }),
    term("SolarWinds", "the company that makes tools for watching networks and servers"),
    term("Atera", LOOK_AFTER),
    term("Syncro", LOOK_AFTER, { variants: ["SyncroMSP"] }),
    term("SuperOps", LOOK_AFTER),
    term("Pulseway", LOOK_AFTER),
    term("PSA tool", HELP_DESK, { variants: ["PSA platform", "PSA system", "PSA software"] }),
    term("Autotask", HELP_DESK, { variants: ["Autotask PSA", "Datto Autotask"] }),
    term("HaloPSA", HELP_DESK, { variants: ["Halo PSA", "HaloITSM", "Halo ITSM", "HaloDesk"] }),
    term("ConnectWise PSA", HELP_DESK),
    term("Freshservice", HELP_DESK, { variants: ["Freshdesk"] }),
    term("Zendesk", HELP_DESK),
    term("ServiceNow", HELP_DESK),
    term("Jira Service Management", HELP_DESK, { variants: ["Jira Service Desk"] }),
    term("ServiceDesk Plus", HELP_DESK, { variants: ["ManageEngine ServiceDesk Plus"] }),
    term("SysAid", HELP_DESK),
    term("TOPdesk", HELP_DESK),
    term("Spiceworks", HELP_DESK),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Backup.
    term("Veeam", BACKUP, {
      variants: ["Veeam Backup", "Veeam Agent", "Veeam Backup for Microsoft 365"],
    }),
    term("Acronis", BACKUP, { variants: ["Acronis Cyber Protect", "Acronis True Image"] }),
    term("Backblaze", ONLINE_STORAGE, { variants: ["Backblaze B2"] }),
    term("Wasabi", ONLINE_STORAGE, { technicalOnly: true }),
    term("Datto SIRIS", BACKUP, {
      variants: ["SIRIS", "Datto ALTO", "Datto BCDR", "Datto backup"],
    }),
    term("Datto SaaS Protection", BACKUP_365, { variants: ["Backupify"] }),
    term("Synology", BACKUP_BOX, {
      variants: ["DiskStation", "Hyper Backup", "Active Backup for Business"],
    }),
    acronym("QNAP", BACKUP_BOX),
    acronym("NAS", "a storage box on the network that holds shared files or backup copies", {
      variants: ["NAS drive", "NAS box"],
    }),
    term(
      "network-attached storage",
      "a storage box on the network that holds shared files or backup copies",
    ),
    term("Carbonite", BACKUP),
    term("Druva", BACKUP),
    term("Axcient", BACKUP),
    term("Cove Data Protection", BACKUP, { variants: ["N-able Cove", "Cove backup"] }),
    term("Redstor", BACKUP),
    term("Commvault", BACKUP),
    term("Rubrik", BACKUP),
    term("Backup Exec", BACKUP, {
      variants: ["Veritas Backup Exec", "NetBackup", "Veritas NetBackup"],
    }),
    term("Arcserve", BACKUP, { variants: ["StorageCraft", "ShadowProtect"] }),
    term("Unitrends", BACKUP),
    term("CrashPlan", BACKUP),
    term("IDrive", BACKUP),
    term("AvePoint", BACKUP_365),
    term("SkyKick", BACKUP_365),
    term("Dropsuite", BACKUP_365),
    term("Keepit", BACKUP_365),
  ]),
];
