// Evaluation set for the jargon finder: realistic security emails and snippets written for
// this project, each with the words a plain-language editor would mark for explanation.
// Each listed string marks every whole-word, same-case occurrence in its text. Some texts
// carry decoys ("the IT team", "a patch of grass", "a token of thanks") that must stay
// unmarked, and a few have no jargon at all.

export interface JargonSample {
  id: string;
  text: string;
  jargon: readonly string[];
}

export const JARGON_EVAL_SET: readonly JargonSample[] = [
  {
    id: "mfa-rollout",
    text: "Hi all, from Monday we are switching on MFA for every email account. When you log in you will be asked to approve the sign-in in the authenticator app on your phone. The IT team will be in the kitchen at 10am to help anyone set it up.",
    jargon: ["MFA", "authenticator app"],
  },
  {
    id: "edr-deployment",
    text: "We are replacing our old antivirus with an EDR agent on all endpoints. The agent sends telemetry to our SOC, which will triage alerts around the clock. You might see a short reboot prompt on Thursday.",
    jargon: ["EDR", "endpoints", "telemetry", "SOC"],
  },
  {
    id: "phishing-warning",
    text: "We have seen a wave of phishing emails pretending to be from our bank. Some contain a link to a credential harvesting page that looks just like the real login screen. If you entered your password, tell the service desk straight away.",
    jargon: ["phishing", "credential harvesting"],
  },
  {
    id: "vpn-travel",
    text: "If you are working from a hotel or a café, please connect to the VPN before opening any client files. Public Wi-Fi can be watched by anyone nearby, and the VPN keeps your connection private.",
    jargon: ["VPN"],
  },
  {
    id: "patch-tuesday",
    text: "Microsoft released a patch for a zero-day vulnerability in Outlook this week. Attackers are already using an exploit for it. Please restart your laptop tonight so the update can install.",
    jargon: ["patch", "zero-day", "vulnerability", "exploit"],
  },
  {
    id: "friendly-no-jargon",
    text: "Thank you to everyone who reported the fake parcel-delivery texts last week. Because you told us quickly, we could warn the whole office within an hour. Keep it up, and remember: if something feels odd, just forward it to us.",
    jargon: [],
  },
  {
    id: "decoys-it-team",
    text: "The IT department is moving to the second floor. It will be closed on Friday. As a token of thanks for your patience, there will be cake. We also need to patch up the carpet near the lifts.",
    jargon: [],
  },
  {
    id: "ransomware-incident",
    text: "On Tuesday a supplier was hit by ransomware. Their files were encrypted and the attackers are threatening to leak customer data. We have no sign of lateral movement into our network, and our backups are stored offline.",
    jargon: ["ransomware", "encrypted", "lateral movement"],
  },
  {
    id: "least-privilege-policy",
    text: "Access to finance systems follows the principle of least privilege. Admin rights are granted only through privileged access management, and every request is reviewed under our segregation of duties rules.",
    jargon: [
      "principle of least privilege",
      "Admin rights",
      "privileged access management",
      "segregation of duties",
    ],
  },
  {
    id: "byod-policy",
    text: "Under the BYOD policy you may read work email on your own phone, but only after it is enrolled in MDM. This lets us remotely wipe company data if the phone is lost, without touching your photos.",
    jargon: ["BYOD", "MDM", "remotely wipe"],
  },
  {
    id: "email-auth",
    text: "We have finished setting up SPF, DKIM and DMARC for our domain. In plain terms, it is now much harder for criminals to send emails that look as if they came from us.",
    jargon: ["SPF", "DKIM", "DMARC"],
  },
  {
    id: "siem-project",
    text: "The SIEM project is nearly complete. All firewall and Active Directory logs now flow into one place, and the SOAR playbooks will quarantine a device when an IOC matches.",
    jargon: ["SIEM", "firewall", "Active Directory", "SOAR", "playbooks", "quarantine", "IOC"],
  },
  {
    id: "training-social-engineering",
    text: "This month's training covers social engineering: how scammers use pretexting, vishing and smishing to get you to share information. It takes about fifteen minutes and you can do it at your desk.",
    jargon: ["social engineering", "pretexting", "vishing", "smishing"],
  },
  {
    id: "cloud-storage",
    text: "Please store client documents in the cloud storage area we set up, not on USB sticks. Files there are protected with encryption at rest and in transit.",
    jargon: ["cloud", "encryption at rest"],
  },
  {
    id: "weather-decoy",
    text: "The office party is on the terrace if the cloud cover lifts. Bring a jacket, and sign the card for Priya before it goes around the desks.",
    jargon: [],
  },
  {
    id: "password-reset",
    text: "You can now reset your own password through SSPR instead of calling us. You will need to register a phone number first, which takes two minutes.",
    jargon: ["SSPR"],
  },
  {
    id: "pen-test",
    text: "An outside company will run a penetration test on our website next week. They may find misconfigurations or open ports, and we will fix anything serious before the audit for Cyber Essentials.",
    jargon: ["penetration test", "misconfigurations", "open ports", "Cyber Essentials"],
  },
  {
    id: "zero-trust-strategy",
    text: "Our three-year plan moves us to a zero trust model with ZTNA replacing the old VPN, conditional access on every login, and network segmentation between the shop floor and the office.",
    jargon: ["zero trust", "ZTNA", "VPN", "conditional access", "network segmentation"],
  },
  {
    id: "gdpr-reminder",
    text: "Customer names, addresses and order histories count as PII under the GDPR. If you need to share a spreadsheet with a supplier, ask the DPO first so we can check a DPA is in place.",
    jargon: ["PII", "GDPR", "DPO", "DPA"],
  },
  {
    id: "incident-report-form",
    text: "If you think your account has been compromised, fill in the incident report form. We will check the audit logs, reset your credentials and let you know what we found.",
    jargon: ["audit logs", "credentials"],
  },
  {
    id: "ddos-outage",
    text: "Our online shop was down for two hours on Saturday because of a DDoS attack. Our hosting provider has now put a WAF in front of the site.",
    jargon: ["DDoS", "WAF"],
  },
  {
    id: "bec-finance",
    text: "Finance staff: watch out for business email compromise. Criminals take over or spoof a supplier's mailbox and ask for bank details to be changed. Always phone the supplier on a number you already have before changing anything.",
    jargon: ["business email compromise", "spoof"],
  },
  {
    id: "legacy-windows",
    text: "The two old PCs in the warehouse run an end-of-life version of Windows that no longer gets security fixes. We will replace them next month; until then they are kept off the main network.",
    jargon: ["end-of-life"],
  },
  {
    id: "macro-warning",
    text: "Never enable macros in documents that arrive by email, even if the file asks you to. Macros are small programs, and attackers use them to run malware on your computer.",
    jargon: ["macros", "Macros", "malware"],
  },
  {
    id: "sso-portal",
    text: "All our apps now sit behind single sign-on. Log in once through the SSO portal with your usual password and 2FA, and you will not need separate passwords for payroll or the rota.",
    jargon: ["single sign-on", "SSO", "2FA"],
  },
  {
    id: "tls-certificate",
    text: "The certificate on our booking website expires on the 30th. If customers see a browser warning about TLS before then, please let the web team know.",
    jargon: ["certificate", "TLS"],
  },
  {
    id: "backup-policy",
    text: "We follow the 3-2-1 backup rule and keep one immutable backup that even an administrator cannot delete. Our RTO for the order system is four hours.",
    jargon: ["3-2-1 backup rule", "immutable backup", "RTO"],
  },
  {
    id: "plain-lock-screen",
    text: "When you leave your desk, press the Windows key and L to lock your screen. It takes a second and stops anyone passing from reading your emails.",
    jargon: [],
  },
  {
    id: "supply-chain",
    text: "After the recent supply chain attack on a payroll provider, we are reviewing third-party risk for every supplier that can reach our data. Expect a short questionnaire.",
    jargon: ["supply chain attack", "third-party risk"],
  },
  {
    id: "mfa-fatigue",
    text: "Some staff have received dozens of login approval requests in a row. This is called MFA fatigue: the attacker already has your password and hopes you will tap Approve. If it happens, tap Deny and call us.",
    jargon: ["MFA fatigue"],
  },
  {
    id: "usb-policy",
    text: "Removable media such as USB sticks are blocked on company laptops by our DLP software. If you need to move a large file, use the shared drive instead.",
    jargon: ["Removable media", "DLP"],
  },
  {
    id: "mixed-decoys",
    text: "It was great to see so many of you at the IT drop-in. We patched a few laptops, handed out a token of appreciation to our best phishing reporters, and answered questions about the new VPN.",
    jargon: ["patched", "phishing", "VPN"],
  },
  {
    id: "soc-weekly-summary",
    text: "Weekly summary from the security team: we blocked 312 phishing emails at the email gateway, investigated two impossible-travel alerts from Azure AD, and found one laptop beaconing to a known C2 server. The device was isolated and reimaged.",
    jargon: [
      "phishing",
      "email gateway",
      "impossible-travel",
      "Azure AD",
      "beaconing",
      "C2",
      "reimaged",
    ],
  },
  {
    id: "infrastructure-upgrade",
    text: "This weekend we are upgrading the hypervisor that hosts our file servers and moving remote staff onto VDI. The firmware on the core switches will also be updated, so expect short outages on Saturday.",
    jargon: ["hypervisor", "VDI", "firmware"],
  },
  {
    id: "audit-findings",
    text: "The auditors found that several service accounts have passwords that never expire and that NTLM is still enabled. We will rotate those credentials and move to Kerberos only by the end of the quarter.",
    jargon: ["service accounts", "NTLM", "credentials", "Kerberos"],
  },
  {
    id: "new-laptop-setup",
    text: "Your new laptop arrives with BitLocker already turned on and is enrolled in Intune. When you first sign in, you will be asked to set up Windows Hello and register a FIDO2 key.",
    jargon: ["BitLocker", "Intune", "Windows Hello", "FIDO2"],
  },
  {
    id: "threat-intel-note",
    text: "Threat intel from the NCSC shows a group using password spraying against small firms, followed by token theft to bypass MFA. Our conditional access rules already block logins from outside the UK.",
    jargon: [
      "Threat intel",
      "NCSC",
      "password spraying",
      "token theft",
      "MFA",
      "conditional access",
    ],
  },
  {
    id: "website-hardening",
    text: "The web agency has added a CSP header, turned on HSTS and moved the site behind a CDN. They also ran a vulnerability scan and fixed two XSS issues in the contact form.",
    jargon: ["CSP", "HSTS", "CDN", "vulnerability scan", "XSS"],
  },
  {
    id: "continuity-exercise",
    text: "Next Wednesday the management team will run a tabletop exercise based on our BCP. We will walk through a scenario where ransomware takes out the order system and test whether our RPO and RTO targets are realistic, including failover to the DR site.",
    jargon: ["tabletop exercise", "BCP", "ransomware", "RPO", "RTO", "failover", "DR site"],
  },
  {
    id: "oauth-consent",
    text: "Be careful with emails asking you to grant an app access to your Microsoft account. This OAuth consent phishing does not steal your password; it gets a token that lets the attacker read your mailbox even after you change your password.",
    jargon: ["OAuth", "phishing", "token"],
  },
  {
    id: "developer-secrets",
    text: "A developer accidentally pushed API keys to a public GitHub repository. We have revoked the keys, turned on secret scanning, and added a pre-commit hook so it cannot happen again.",
    jargon: ["API keys", "secret scanning", "pre-commit hook"],
  },
  {
    id: "dark-web-monitoring",
    text: "Our monitoring service found two staff email addresses in a credential dump on the dark web. Both people have changed their passwords, and we have checked the sign-in logs for brute-force attempts.",
    jargon: ["credential dump", "dark web", "sign-in logs", "brute-force"],
  },
  {
    id: "shadow-it-saas",
    text: "We have noticed several teams paying for SaaS tools on personal cards. This shadow IT means company data ends up in places we cannot protect or back up, so please talk to us before signing up.",
    jargon: ["SaaS", "shadow IT"],
  },
  {
    id: "warehouse-decoys",
    text: "The flooring firm will harden the warehouse floor with a new coating next week. The van's payload limit is three tonnes, so please split large deliveries. We will sandbox the new rota idea with one team first.",
    jargon: [],
  },
  {
    id: "office-decoys",
    text: "Please send questions for the investor call to IR by Friday. Dr Patel has approved OT for the night shift. Let's exploit the good weather for the staff picnic, and bring something to share.",
    jargon: [],
  },
];
