// Glossary: more names of IT and security products that reach staff messages (see
// glossary-products.ts for the first half). This file: firewalls, remote connections and web
// filters, email security, security training, monitoring, cloud platforms and Microsoft's admin
// tools, remote desktops, developers' platforms, scanning and attack tools, printing and the rest.
// Left out: names that are everyday words on their own (Box, Teleport, Umbrella, Horizon,
// Elastic, Intruder, Renovate, Postman, Egress alone: "egress" is already a glossary word),
// surnames (Jenkins), and names most office workers know (Zoom, Slack, Dropbox, WordPress).
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const VENDOR_DOCS = "vendors' own product pages";
const MICROSOFT_DOCS = "Microsoft Learn product documentation";
const CLOUD_DOCS = "AWS, Google Cloud and Microsoft Azure documentation";

const FIREWALL = "the box that guards our network's connection to the internet";
const FIREWALL_FIRM = "the company that makes our network security equipment";
const REMOTE_APP = "the app that connects you safely to the work network from elsewhere";
const OFFICE_NETWORK = "the company that makes our office Wi-Fi and network equipment";
const WEB_FILTER = "the service that checks the websites you visit and blocks dangerous ones";
const SAFE_ACCESS = "the service that protects your internet use and connects you to work systems";
const MAIL_FILTER = "the service that checks our email for scams and dangerous attachments";
const WRONG_PERSON = "the tool that warns you before you email the wrong person";
const SAFE_LINKS = "Microsoft's check that tests links in emails when you click them";
const SAFE_ATTACHMENTS = "Microsoft's check that tests email attachments before you get them";
const SEALED_MAIL = "a way of sending emails that only the right person can open";
const TRAINING = "the security training service that sends short courses and practice scam emails";
const REPORT_BUTTON = "the button in your email app for reporting suspicious emails";
const WATCHER = "the system that collects activity records and spots signs of an attack";
const ON_CALL = "the tool that alerts the staff on duty when something breaks";
const CHARTS = "a tool that shows charts of how our systems are running";
const NETWORK_WATCH = "a tool that watches our network and equipment for faults";
const SITE_CHECK = "a service that checks our website is working and warns us if not";
const AMAZON = "Amazon's service for renting servers and storage over the internet";
const GOOGLE = "Google's service for renting servers and storage over the internet";
const MICROSOFT = "Microsoft's service for renting servers and storage over the internet";
const DESKTOP = "the system that lets you use a work desktop remotely from any device";
const SERVER_SHARING = "software that runs many separate computers inside one real server";
const CODE_SITE = "the website where our software code is stored and worked on";
const CODE_CHECK = "a tool that checks our code and the parts it uses for security holes";
const CODE_STORE = "an online store of ready-made code that developers add to their software";
const WEB_HOST = "a company that runs websites and web apps on its servers for us";
const HOLE_SCANNER = "a tool that scans our systems for known security holes";
const ATTACK_TOOL = "a hacking tool that attackers often use once inside a network";
const PRINTING =
  "the system that manages office printing and releases prints when you tap your card";
const FILE_SHARING = "a service for storing and sharing work files online";
const PROOF = "a tool that checks our security setup to prove we meet standards";
const RATING = "a service that scores how secure a company looks from the internet";

export const VENDOR_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(VENDOR_DOCS, [
    // Firewalls, remote connections and web filters.
    term("Fortinet", FIREWALL_FIRM),
    term("FortiGate", FIREWALL, { variants: ["FortiOS"] }),
    term("FortiClient", REMOTE_APP, { variants: ["FortiClient VPN", "FortiClient EMS"] }),
    term("FortiAnalyzer", WATCHER),
    term("Palo Alto Networks", FIREWALL_FIRM, { variants: ["Palo Alto firewall", "PAN-OS"] }),
    term("Palo Alto", FIREWALL_FIRM, { technicalOnly: true }),
    term("GlobalProtect", REMOTE_APP),
    term("Prisma Access", SAFE_ACCESS, { variants: ["Prisma SASE"] }),
    term("SonicWall", FIREWALL, { variants: ["SonicWall firewall", "SonicOS"] }),
    term("NetExtender", REMOTE_APP, {
      variants: ["SonicWall NetExtender", "SonicWall Mobile Connect"],
    }),
    term("WatchGuard", FIREWALL, { variants: ["WatchGuard Firebox", "Firebox"] }),
    term("Sophos Firewall", FIREWALL, { variants: ["Sophos XG", "Sophos XGS", "Sophos UTM"] }),
    term("Cisco ASA", FIREWALL, { variants: ["Cisco Firepower"] }),
    term("Check Point", FIREWALL_FIRM, { technicalOnly: true }),
    term("Check Point firewall", FIREWALL, {
      variants: ["Check Point Harmony", "Harmony Endpoint"],
    }),
    term("pfSense", FIREWALL, { variants: ["OPNsense"] }),
    term("DrayTek", FIREWALL, { variants: ["DrayTek router", "Vigor router"] }),
    term("Meraki", OFFICE_NETWORK, { variants: ["Cisco Meraki", "Meraki dashboard"] }),
    term("UniFi", OFFICE_NETWORK, {
      variants: ["Ubiquiti", "UniFi controller", "UniFi Dream Machine"],
    }),
    term("Aruba Networks", OFFICE_NETWORK, { variants: ["HPE Aruba", "Aruba Instant On"] }),
    term("Juniper Networks", FIREWALL_FIRM, { variants: ["Juniper SRX"] }),
    term("Cisco AnyConnect", REMOTE_APP, { variants: ["AnyConnect", "Cisco Secure Client"] }),
    term("WireGuard", REMOTE_APP),
    term("OpenVPN", REMOTE_APP, { variants: ["OpenVPN Connect"] }),
    term("Tailscale", REMOTE_APP),
    term("NordLayer", REMOTE_APP),
    term("Twingate", REMOTE_APP),
    term("Zscaler", SAFE_ACCESS, { variants: ["Zscaler Client Connector", "Zscaler app"] }),
    term("Netskope", SAFE_ACCESS),
    term("Cloudflare WARP", SAFE_ACCESS, { variants: ["Cloudflare One", "WARP client"] }),
    term("Cloudflare", "the service in front of our website that speeds it up and protects it", {
      variants: ["Cloudflare Access", "Cloudflare Tunnel"],
    }),
    term("Cisco Umbrella", WEB_FILTER, { variants: ["OpenDNS"] }),
    term("DNSFilter", WEB_FILTER),
    term("WebTitan", WEB_FILTER),
    term("Smoothwall", WEB_FILTER),
    term("Censornet", WEB_FILTER),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Email security.
    term("Mimecast", MAIL_FILTER),
    term("Proofpoint", MAIL_FILTER, { variants: ["Proofpoint Essentials"] }),
    term("Barracuda", MAIL_FILTER, {
      variants: ["Barracuda Email Protection", "Barracuda Essentials"],
    }),
    term("Avanan", MAIL_FILTER, { variants: ["Check Point Harmony Email"] }),
    term("Abnormal Security", MAIL_FILTER, { variants: ["Abnormal AI"] }),
    term("Ironscales", MAIL_FILTER),
    term("Libraesva", MAIL_FILTER),
    term("SpamTitan", MAIL_FILTER),
    term("Hornetsecurity", MAIL_FILTER, { variants: ["365 Total Protection"] }),
    term("FortiMail", MAIL_FILTER),
    term("Cisco Secure Email", MAIL_FILTER, { variants: ["IronPort"] }),
    term("Tessian", WRONG_PERSON),
    term("Egress Protect", WRONG_PERSON, { variants: ["Egress Prevent", "Egress Defend"] }),
    term("Virtru", SEALED_MAIL),
  ]),
  ...checkedIn(MICROSOFT_DOCS, [
    term("Safe Links", SAFE_LINKS, { technicalOnly: true }),
    term("Safe Links policy", SAFE_LINKS, {
      variants: [
        "SafeLinks",
        "Microsoft Safe Links",
        "Defender Safe Links",
        "Safe Links protection",
      ],
    }),
    term("Safe Attachments", SAFE_ATTACHMENTS, { technicalOnly: true }),
    term("Safe Attachments policy", SAFE_ATTACHMENTS, {
      variants: ["Microsoft Safe Attachments", "Defender Safe Attachments"],
    }),
    term("Defender for Office 365", MAIL_FILTER, {
      variants: ["Microsoft Defender for Office 365", "Defender for Office"],
    }),
    acronym("MDO", MAIL_FILTER),
    term("Exchange Online Protection", "Microsoft's built-in filter for spam and dangerous email"),
    acronym("EOP", "Microsoft's built-in filter for spam and dangerous email"),
    term("Office 365 Message Encryption", SEALED_MAIL, {
      variants: ["Microsoft Purview Message Encryption", "Office Message Encryption"],
    }),
    term(
      "Microsoft Purview",
      "Microsoft's tools for labelling, keeping and protecting sensitive information",
      {
        variants: ["Purview", "Purview portal", "Microsoft Purview compliance portal"],
      },
    ),
    term(
      "Azure Information Protection",
      "Microsoft's tool for labelling and protecting sensitive files",
      {
        variants: ["AIP label", "AIP client"],
      },
    ),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Security awareness training.
    term("KnowBe4", TRAINING, { variants: ["KnowBe4 training"] }),
    term("Proofpoint Security Awareness", TRAINING, {
      variants: ["Proofpoint Security Awareness Training", "Wombat Security"],
    }),
    term("Hoxhunt", TRAINING),
    term("CybSafe", TRAINING),
    term("usecure", TRAINING),
    term("NINJIO", TRAINING),
    term("MetaCompliance", TRAINING),
    term("Boxphish", TRAINING),
    term("Infosec IQ", TRAINING),
    term("Mimecast Awareness Training", TRAINING, { variants: ["Mimecast Security Awareness"] }),
    term("Cofense", TRAINING, { variants: ["PhishMe", "Cofense Reporter"] }),
    term("Phish Alert Button", REPORT_BUTTON, { variants: ["Phish Alert"] }),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Monitoring, activity records and alerts.
    term("Splunk", WATCHER),
    term("Wazuh", WATCHER),
    term("QRadar", WATCHER, { variants: ["IBM QRadar"] }),
    term("LogRhythm", WATCHER),
    term("Sumo Logic", WATCHER),
    term("Graylog", WATCHER),
    term("Elasticsearch", WATCHER, { variants: ["Elastic Stack", "Elastic Security", "Kibana"] }),
    acronym("ELK", WATCHER, { variants: ["ELK stack"] }),
    term("Datadog", CHARTS),
    term("Grafana", CHARTS),
    term("New Relic", CHARTS),
    term("PagerDuty", ON_CALL),
    term("Opsgenie", ON_CALL),
    term("Nagios", NETWORK_WATCH),
    term("Zabbix", NETWORK_WATCH),
    acronym("PRTG", NETWORK_WATCH),
    term("Auvik", NETWORK_WATCH),
    term("Pingdom", SITE_CHECK),
    term("UptimeRobot", SITE_CHECK, { variants: ["Uptime Robot"] }),
  ]),

  ...checkedIn(MICROSOFT_DOCS, [
    term("Microsoft Sentinel", WATCHER, { variants: ["Azure Sentinel"] }),

    // Microsoft's online services and admin tools.
    acronym("M365", "Microsoft 365: our Microsoft email, files and Office apps", {
      variants: ["MS365"],
    }),
    acronym("O365", "Office 365, the older name for Microsoft 365", { variants: ["Office365"] }),
    term("Exchange Online", "Microsoft's email system that runs our work mailboxes", {
      variants: ["Exchange Server", "Microsoft Exchange", "Exchange admin center"],
    }),
    term("Azure", MICROSOFT, {
      variants: ["Microsoft Azure", "Azure portal", "Azure subscription"],
    }),
    term("Microsoft Graph", "the way programs read and change our Microsoft 365 data", {
      variants: ["Graph API", "Microsoft Graph API"],
    }),
    term("Power Automate", "Microsoft's tool for setting up automatic tasks between apps", {
      variants: ["Microsoft Flow", "Power Automate flow"],
    }),
    term("Power Apps", "Microsoft's tool for building simple business apps with little coding", {
      variants: ["PowerApps", "Power Platform"],
    }),
    term("Universal Print", PRINTING, { variants: ["Microsoft Universal Print"] }),

    // Remote desktops.
    term("Azure Virtual Desktop", DESKTOP, { variants: ["Windows Virtual Desktop"] }),
    acronym("AVD", DESKTOP, { variants: ["WVD"] }),
    term("Windows 365", "a Windows computer you use over the internet from any device", {
      variants: ["Windows 365 Cloud PC"],
    }),
    acronym("W365", "a Windows computer you use over the internet from any device"),
    term("Remote Desktop Services", DESKTOP, {
      variants: ["Remote Desktop Gateway", "RD Gateway", "RD Web Access", "RemoteApp"],
    }),
    acronym("RDS", DESKTOP),
    term("Terminal Services", DESKTOP, { variants: ["terminal server"] }),
    term("Hyper-V", SERVER_SHARING),
  ]),
  ...checkedIn(VENDOR_DOCS, [
    term("Citrix", DESKTOP, {
      variants: [
        "Citrix Workspace",
        "Citrix Receiver",
        "Citrix Gateway",
        "NetScaler",
        "Citrix ADC",
      ],
    }),
    term("VMware Horizon", DESKTOP, { variants: ["Horizon Client", "Omnissa Horizon"] }),
    term("Amazon WorkSpaces", DESKTOP, { variants: ["AWS WorkSpaces"] }),
    term("VMware", SERVER_SHARING, { variants: ["ESXi", "VMware ESXi", "vSphere", "vCenter"] }),
    term("Proxmox", SERVER_SHARING),
  ]),

  ...checkedIn(CLOUD_DOCS, [
    // Cloud platforms.
    acronym("AWS", AMAZON, { variants: ["AWS console", "AWS account"] }),
    term("Amazon Web Services", AMAZON),
    acronym("EC2", "a server rented from Amazon over the internet", { variants: ["EC2 instance"] }),
    acronym("S3", "Amazon's online file storage service"),
    term("CloudTrail", "Amazon's record of every change made in our Amazon account", {
      variants: ["AWS CloudTrail"],
    }),
    term("GuardDuty", "Amazon's service that spots signs of attack in our Amazon account", {
      variants: ["AWS GuardDuty", "Amazon GuardDuty"],
    }),
    acronym("GCP", GOOGLE),
    term("Google Cloud", GOOGLE, { variants: ["Google Cloud Platform", "Google Cloud console"] }),
    term(
      "Google Workspace admin",
      "the page where administrators manage our Google accounts and settings",
      {
        variants: ["Google Admin console", "Workspace admin console"],
      },
    ),
    term(
      "Google Vault",
      "Google's tool for keeping and searching old emails and files for legal reasons",
    ),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Developers' platforms and tools.
    term("GitHub", CODE_SITE, { variants: ["GitHub Actions", "GitHub Enterprise", "GitHub repo"] }),
    term("GitLab", CODE_SITE),
    term("Bitbucket", CODE_SITE),
    term("Azure DevOps", CODE_SITE, { variants: ["Azure Repos", "Azure Pipelines"] }),
    term("Atlassian", "the company that makes our team's task tracker and shared notes"),
    term("Jira", "the tool the team uses to track tasks and problems", {
      variants: ["Jira ticket", "Jira board"],
    }),
    term("Confluence page", "a page in our team's shared notes and guides", {
      variants: ["Confluence space", "Confluence wiki", "on Confluence", "in Confluence"],
    }),
    term("Confluence", "our team's shared notes and guides", { technicalOnly: true }),
    term("Dependabot", "a tool that warns about and updates outdated parts of our code"),
    term("Snyk", CODE_CHECK),
    term("SonarQube", CODE_CHECK, { variants: ["SonarCloud", "SonarQube Cloud"] }),
    term("Veracode", CODE_CHECK),
    term("GitGuardian", "a tool that finds passwords and keys left in our code"),
    term("npm", CODE_STORE, { variants: ["npm package", "npm registry"] }),
    term("PyPI", CODE_STORE),
    term("Docker", "a tool for packaging software so it runs the same on any computer", {
      variants: ["Docker Desktop", "Docker Hub", "Docker image"],
    }),
    term("Kubernetes", "a system that runs lots of packaged software across many servers", {
      variants: ["K8s"],
    }),
    term("Terraform", "a tool that sets up our online servers from written instructions", {
      variants: ["OpenTofu"],
    }),
    term("Ansible", "a tool that sets up and updates many servers from written instructions"),
    term("Visual Studio Code", "a program developers use to write code", {
      variants: ["VS Code", "VSCode"],
    }),
    term("Heroku", WEB_HOST),
    term("DigitalOcean", WEB_HOST),
    term("Vercel", WEB_HOST),
    term("Netlify", WEB_HOST),
    term("cPanel", "the control page for our website and web hosting account", {
      variants: ["Plesk"],
    }),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Scanning, testing and the tools attackers use.
    term("Shodan", "a search engine for devices and systems anyone can reach online", {
      variants: ["Censys"],
    }),
    term("Nessus", HOLE_SCANNER, { variants: ["Tenable Nessus", "Tenable One"] }),
    term("Qualys", HOLE_SCANNER),
    term("OpenVAS", HOLE_SCANNER, { variants: ["Greenbone"] }),
    term("Detectify", HOLE_SCANNER),
    term("Burp Suite", "a tool security testers use to probe websites for weak spots", {
      variants: ["Burp Pro", "Burp Collaborator"],
    }),
    term("Nmap", "a tool that lists the computers on a network and what they accept"),
    term("Wireshark", "a tool that records and shows the data passing over a network"),
    term("Metasploit", "a toolkit for testing whether known security holes can be used"),
    term("Kali Linux", "a version of Linux packed with hacking and testing tools"),
    term("Cobalt Strike", ATTACK_TOOL),
    term("Mimikatz", "a hacking tool that pulls passwords out of a computer's memory"),
    term("VirusTotal", "a website that checks a file or link against many virus scanners"),
    term("Have I Been Pwned", "a website that tells you if your email appeared in a data leak", {
      variants: ["HaveIBeenPwned"],
    }),
    acronym("HIBP", "a website that tells you if your email appeared in a data leak"),
    term("SecurityScorecard", RATING),
    term("BitSight", RATING),
    term("Vanta", PROOF, { variants: ["Vanta agent"] }),
    term("Drata", PROOF, { variants: ["Drata agent"] }),
    term("Secureframe", PROOF),
  ]),

  ...checkedIn(VENDOR_DOCS, [
    // Printing, file sharing and phones.
    term("PaperCut", PRINTING, {
      variants: ["PaperCut MF", "PaperCut NG", "PaperCut Hive", "Mobility Print"],
    }),
    term("PrinterLogic", PRINTING),
    term("uniFLOW", PRINTING, { variants: ["uniFLOW Online"] }),
    term("Egnyte", FILE_SHARING),
    term("ShareFile", FILE_SHARING, { variants: ["Citrix ShareFile"] }),
    term("Nextcloud", FILE_SHARING),
    acronym("3CX", "our internet phone system"),
    term("RingCentral", "our internet phone system"),
  ]),
];
