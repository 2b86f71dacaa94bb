// Glossary: logging in, identities and who may access what.
import { acronym, type GlossaryEntry, NCSC, NIST, term } from "./glossary-entry.js";

const SECOND_CHECK = "a second check when you log in, like a code sent to your phone";

export const ACCESS_TERMS: readonly GlossaryEntry[] = [
  term("multi-factor authentication", SECOND_CHECK, {
    source: NIST,
    variants: ["multifactor authentication", "multi-factor auth", "multi-factor verification"],
  }),
  acronym("MFA", SECOND_CHECK, { source: NIST }),
  term("two-factor authentication", SECOND_CHECK, {
    source: NCSC,
    variants: ["two-factor auth", "2-factor authentication", "two-factor verification"],
  }),
  acronym("2FA", SECOND_CHECK, { source: NCSC }),
  term("two-step verification", SECOND_CHECK, {
    variants: ["2-step verification", "two-step authentication"],
  }),
  acronym("2SV", SECOND_CHECK),
  term(
    "phishing-resistant MFA",
    "a login check that fake websites cannot trick, like a security key",
  ),
  term(
    "number matching",
    "typing the number from your screen into the phone app to approve a login",
  ),
  term("authentication", "checking that you really are who you say you are", {
    variants: ["authenticate", "authenticated", "authenticating"],
  }),
  term("authenticator app", "a phone app that shows your login codes", {
    variants: ["authenticator", "authentication app"],
  }),
  term("single sign-on", "one login that gets you into all your work apps"),
  acronym("SSO", "one login that gets you into all your work apps"),
  term(
    "identity and access management",
    "the system that controls who can use which accounts and files",
  ),
  acronym("IAM", "the system that controls who can use which accounts and files"),
  term(
    "privileged access management",
    "extra protection for the most powerful accounts, like admin accounts",
  ),
  acronym("PAM", "extra protection for the most powerful accounts, like admin accounts"),
  term("least privilege", "giving each person only the access they need for their job", {
    source: NIST,
    variants: ["principle of least privilege", "least-privilege access", "least privileged access"],
  }),
  term("zero trust", "never trusting a device or login automatically, even inside the office", {
    source: NIST,
    variants: ["zero-trust security", "zero trust architecture"],
  }),
  acronym("ZTNA", "checking every connection to work apps instead of trusting the office network"),
  term(
    "role-based access control",
    "access rights given by job role rather than person by person",
    {
      variants: ["role-based access"],
    },
  ),
  acronym("RBAC", "access rights given by job role rather than person by person"),
  term("access control list", "a list of who may open or change something"),
  acronym("ACL", "a list of who may open or change something"),
  term("credentials", "your username and password, or other login details", {
    source: NCSC,
    variants: ["credential", "login credentials"],
  }),
  term("passkey", "a way to log in with your phone or fingerprint instead of a password"),
  term("security key", "a small device you plug in or tap to prove it is you", {
    variants: ["hardware key", "hardware token", "security token", "physical key"],
  }),
  term("token", "a login code, device or digital pass that proves who you are", {
    technicalOnly: true,
  }),
  acronym("FIDO2", "a standard for logging in with a security key or fingerprint", {
    variants: ["FIDO"],
  }),
  acronym("OTP", "a code that works only once, for a single login"),
  acronym("TOTP", "a login code from an app that changes every 30 seconds"),
  term("biometrics", "using your fingerprint or face to log in", {
    variants: ["biometric", "biometric authentication"],
  }),
  term("conditional access", "rules that allow logins only from trusted devices or places", {
    variants: ["conditional access policy"],
  }),
  term("privileged account", "an account with powerful rights, like changing system settings", {
    variants: ["privileged access", "privileged user"],
  }),
  term("admin rights", "permission to install software and change settings", {
    variants: [
      "administrator rights",
      "admin privileges",
      "administrator privileges",
      "admin access",
      "local admin",
      "elevated privileges",
      "elevated rights",
    ],
  }),
  term("service account", "an account used by software rather than by a person"),
  term("identity provider", "the service that checks your login for many apps"),
  acronym("IdP", "the service that checks your login for many apps"),
  acronym("LDAP", "a system for looking up users and their access rights"),
  acronym("OAuth", "lets one app use your account elsewhere without seeing your password", {
    variants: ["OAUTH", "OAuth2"],
  }),
  acronym("SAML", "a standard that lets one login work across many services"),
  term("OpenID Connect", "a standard that lets one login work across many services"),
  acronym("OIDC", "a standard that lets one login work across many services"),
  term("Kerberos", "the way Windows networks check logins behind the scenes"),
  term("just-in-time access", "powerful access given only for the hours it is needed", {
    variants: ["JIT access"],
  }),
  term(
    "self-service password reset",
    "a way to reset your own password without calling the help desk",
  ),
  acronym("SSPR", "a way to reset your own password without calling the help desk"),
  term("account lockout", "your account is blocked for a while after too many wrong passwords", {
    variants: ["lockout policy", "lockout threshold"],
  }),
  term("deprovisioning", "removing a person's accounts and access when they leave", {
    variants: ["deprovision", "deprovisioned", "de-provisioning"],
  }),
  term("provisioning", "setting up accounts and access for a person", {
    variants: ["provisioned"],
    technicalOnly: true,
  }),
  term("access review", "a regular check that people still need the access they have", {
    variants: ["user access review", "access recertification"],
  }),
  term("segregation of duties", "splitting a task so that no single person can do it all alone", {
    variants: ["separation of duties"],
  }),
  term("joiners, movers and leavers", "the steps for staff who start, change role or leave", {
    variants: ["joiner-mover-leaver", "joiners movers leavers", "JML"],
  }),
  term("session timeout", "being logged out automatically after some time without activity"),
  term("jailbreaking", "removing a phone's built-in protections", {
    variants: ["jailbreak", "jailbroken", "jailbroke", "rooted phone", "rooted device", "rooting"],
  }),
  term("sideloading", "installing apps from outside the official app store", {
    variants: ["sideload", "sideloaded", "side-loading"],
  }),
  term("group policy", "central settings that are pushed to all work computers", {
    variants: ["group policies", "group policy object"],
  }),
  acronym("GPO", "central settings that are pushed to all work computers"),
  acronym("LAPS", "a tool that gives each computer its own changing admin password"),
  acronym("UAC", "the Windows prompt that asks before a program makes changes"),
  term("read access", "permission to open and view, but not change", {
    variants: ["read-only access", "view access"],
  }),
  term("write access", "permission to change or delete, not just view", {
    variants: ["edit access", "read-write access", "read/write access"],
  }),
  term("passphrase", "a password made of several ordinary words", {
    variants: ["pass phrase"],
    source: NCSC,
  }),
];
