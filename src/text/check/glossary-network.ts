// Glossary: networks, the web, email plumbing and online services.
import { acronym, type GlossaryEntry, NCSC, term } from "./glossary-entry.js";

const SCRAMBLED_LINK = "the technology that scrambles data between your browser and a website";

export const NETWORK_TERMS: readonly GlossaryEntry[] = [
  acronym("VPN", "a secure private link to the office network over the internet"),
  term("virtual private network", "a secure private link to the office network over the internet"),
  term("firewall", "a filter that blocks unwanted traffic between networks", {
    source: NCSC,
    variants: ["firewalled"],
  }),
  term("next-generation firewall", "a smarter filter that blocks unwanted network traffic", {
    variants: ["next-gen firewall"],
  }),
  acronym("NGFW", "a smarter filter that blocks unwanted network traffic"),
  term("web application firewall", "a filter that protects a website from common attacks"),
  acronym("WAF", "a filter that protects a website from common attacks"),
  term("proxy", "a go-between computer that your web traffic passes through", {
    variants: ["proxy server", "web proxy"],
    technicalOnly: true,
  }),
  acronym("DNS", "the internet's address book, turning website names into numbers"),
  term("DNS filtering", "blocking known bad websites by their name", {
    variants: ["DNS filter", "protective DNS"],
  }),
  term("IP address", "a number that identifies a device on the internet"),
  acronym("IP", "a number that identifies a device on the internet", {
    technicalOnly: true,
  }),
  term("MAC address", "the fixed hardware number of a network device"),
  acronym("TLS", SCRAMBLED_LINK),
  acronym("SSL", "older technology that scrambles data between your browser and a website"),
  acronym("HTTPS", "a web address with a padlock, meaning the connection is scrambled"),
  term("SSL certificate", "a website's digital identity card, which gives you the padlock", {
    variants: ["TLS certificate", "digital certificate"],
  }),
  term("certificate", "a digital identity card for a website, person or computer", {
    source: NCSC,
    technicalOnly: true,
  }),
  term("certificate authority", "an organisation that issues digital identity cards for websites", {
    variants: ["certification authority"],
  }),
  term(
    "public key infrastructure",
    "the system of digital identity cards that lets computers trust each other",
  ),
  acronym("PKI", "the system of digital identity cards that lets computers trust each other"),
  acronym("WPA2", "the scrambling that protects a wireless network", { variants: ["WPA3", "WPA"] }),
  acronym("SSID", "the name of a wireless network"),
  term("network segmentation", "splitting a network into parts so trouble in one cannot spread", {
    variants: ["segmented network", "microsegmentation", "micro-segmentation"],
  }),
  term("segmentation", "splitting a network into parts so trouble in one cannot spread", {
    technicalOnly: true,
  }),
  acronym("VLAN", "a separate virtual network inside the office network"),
  acronym("DMZ", "a fenced-off part of the network for services the public can reach"),
  term("intrusion detection system", "a system that watches the network for signs of a break-in"),
  acronym("IDS", "a system that watches the network for signs of a break-in"),
  term("intrusion prevention system", "a system that spots and blocks break-in attempts"),
  acronym("IPS", "a system that spots and blocks break-in attempts"),
  term("open port", "a network doorway left open that attackers could use"),
  term("remote desktop protocol", "a way to control a computer remotely over the network"),
  acronym("RDP", "a way to control a computer remotely over the network"),
  acronym("SSH", "a secure way for administrators to control computers remotely"),
  acronym("SFTP", "a secure way to send files between computers"),
  acronym("FTP", "an old, unprotected way to send files between computers"),
  acronym("LAN", "the local network inside the office"),
  acronym("WAN", "the network that links offices over long distances"),
  term("network traffic", "the data travelling across the network"),
  term("packet sniffing", "secretly capturing data as it travels over a network", {
    variants: ["packet sniffer"],
  }),
  term("endpoint", "a laptop, phone or other device that connects to the network", {
    variants: ["endpoint device", "end user device", "end-user device"],
  }),
  term("end-to-end encryption", "only you and the recipient can read the messages", {
    variants: ["end-to-end encrypted"],
  }),
  acronym("E2EE", "only you and the recipient can read the messages"),
  term("URL filtering", "blocking dangerous or unsuitable websites by their address"),
  term("secure web gateway", "a filter between staff and the web that blocks dangerous sites"),
  acronym("SWG", "a filter between staff and the web that blocks dangerous sites"),
  acronym("CASB", "a tool that watches and controls how staff use online apps"),
  acronym("SASE", "security services delivered online, wherever staff work"),
  term("egress filtering", "checking and blocking data as it leaves the network"),
  acronym("SPF", "an email setting that stops others sending mail that pretends to be from us"),
  acronym("DKIM", "a digital seal on our emails that proves they really came from us"),
  acronym("DMARC", "an email setting that tells others what to do with fake mail from us"),
  term("email gateway", "the filter that checks all incoming email for scams and viruses", {
    variants: ["secure email gateway", "mail gateway"],
  }),
  acronym("S/MIME", "a way to sign emails and scramble them"),
  acronym("PGP", "a way to scramble emails and files so only the recipient can read them"),
  term("allowlist", "a list of approved items; everything else is blocked", {
    variants: [
      "whitelist",
      "allow list",
      "whitelisted",
      "allowlisted",
      "whitelisting",
      "allowlisting",
    ],
  }),
  term("denylist", "a list of blocked items", {
    variants: ["blacklist", "blocklist", "blacklisted", "blocklisted", "deny list"],
  }),
  term("geo-blocking", "blocking logins or traffic from certain countries", {
    variants: ["geoblocking", "geofencing", "geo-fencing"],
  }),
  acronym("URL", "web address", { variants: ["URI"] }),
  acronym("ISP", "your internet provider"),
  term("managed service provider", "the outside company that looks after our computers"),
  acronym("MSP", "the outside company that looks after our computers"),
  term("managed security service provider", "an outside company that watches our security for us"),
  acronym("MSSP", "an outside company that watches our security for us"),
  term(
    "security operations centre",
    "the team that watches our systems for attacks around the clock",
    {
      variants: ["security operations center"],
    },
  ),
  acronym("SOC", "the team that watches our systems for attacks around the clock"),
  term("jump server", "a guarded computer that administrators must pass through to reach servers", {
    variants: ["jump box", "jump host", "bastion host"],
  }),
  acronym("API", "a way for programs to talk to each other"),
  term("API key", "a secret code that lets a program use an online service"),
  term(
    "internet of things",
    "everyday devices connected to the internet, like cameras or smart speakers",
    {
      source: NCSC,
    },
  ),
  acronym("IoT", "everyday devices connected to the internet, like cameras or smart speakers", {
    source: NCSC,
    variants: ["IOT"],
  }),
  term("operational technology", "the computers that run machines and equipment"),
  acronym("OT", "the computers that run machines and equipment", { technicalOnly: true }),
  acronym("SCADA", "computer systems that control machines, plants and utilities"),
  term("software as a service", "software you use online instead of installing it", {
    source: NCSC,
  }),
  acronym("SaaS", "software you use online instead of installing it", {
    source: NCSC,
    variants: ["SAAS"],
  }),
  acronym("IaaS", "renting servers and storage online from a provider"),
  term("S3 bucket", "an online storage area on Amazon's servers"),
  term("hypervisor", "software that runs several virtual computers on one physical machine"),
  acronym("VDI", "a work desktop that runs on our servers and that you reach over the internet", {
    variants: ["virtual desktop infrastructure"],
  }),
  acronym("CDN", "a network of servers that delivers a website quickly from near the visitor"),
  acronym("HSTS", "a website setting that forces browsers to use the secure padlock connection"),
  acronym("CSP", "a content security policy or a cloud service provider; say which"),
  term(
    "content security policy",
    "a website setting that limits which scripts may run on its pages",
  ),
  acronym("NTLM", "an old Windows way of checking logins that attackers can abuse"),
  term("beaconing", "an infected computer regularly calling home to an attacker's server", {
    variants: ["beacon", "beacons"],
    technicalOnly: true,
  }),
  term("domain", "your organisation's web address, or the network its computers share", {
    variants: ["domains"],
    technicalOnly: true,
  }),
  term("split tunnelling", "letting some traffic skip the secure link to the office", {
    variants: ["split tunneling", "split tunnel", "split-tunnel"],
  }),
  term("full tunnel", "sending all traffic through the secure link to the office", {
    variants: ["full tunnelling", "full tunneling", "force tunnel", "forced tunnelling"],
  }),
  term("egress", "data leaving our network", { technicalOnly: true, variants: ["egress traffic"] }),
  term("network segment", "a separate part of the network, walled off from the rest", {
    variants: ["segregated network", "network segregation"],
  }),
  term(
    "client isolation",
    "a setting that stops devices on one wireless network seeing each other",
    {
      variants: ["client-isolated", "AP isolation"],
    },
  ),
  term("IT estate", "all the computers, devices and systems we run", {
    variants: [
      "device estate",
      "server estate",
      "laptop estate",
      "technology estate",
      "digital estate",
    ],
  }),
  term("subnet", "one section of a network", { variants: ["subnetwork", "subnetting"] }),
  term("host", "a computer or server on the network", { variants: ["hosts"], technicalOnly: true }),
  term("gateway", "the device that links one network to another", { technicalOnly: true }),
  term("appliance", "a ready-made box that does one network or security job", {
    technicalOnly: true,
  }),
  term("perimeter", "the edge of our network, where it meets the internet", {
    technicalOnly: true,
  }),
  term("port forwarding", "opening a way in from the internet to one device inside", {
    variants: ["port forward", "port forwards", "port-forwarded"],
  }),
  term("management interface", "the settings page used to control a device or system", {
    variants: ["admin interface", "admin panel"],
  }),
  acronym("Mbps", "megabits per second: how fast a connection is", { variants: ["Gbps", "Kbps"] }),
  term("scope", "what the rules, the audit or the work cover", {
    variants: ["in scope", "out of scope", "in-scope", "out-of-scope"],
    technicalOnly: true,
  }),
  term("web filtering", "blocking websites that are harmful or not allowed at work", {
    variants: ["web filter", "content filtering"],
  }),
  term("in transit", "while it travels over a network", { technicalOnly: true }),
  term("estate", "all of our computers, devices and systems", { technicalOnly: true }),
  acronym("PLC", "the small computer that controls a machine on the line", {
    technicalOnly: true,
  }),
];
