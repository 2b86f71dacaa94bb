// Glossary: IT shorthand and chat idiom. Clipped words and abbreviations that hurried IT staff,
// developers and IT providers' engineers type to each other ("pw", "authz", "fw rule", "no
// repro", "escalated to L2") and that reach staff messages when notes are pasted or forwarded.
// Left out on purpose: chat words that are not IT jargon (pls, thx, tl;dr, w/, LGTM, IIRC),
// everyday office abbreviations (WFH, BAU, EOD), "workaround" and "closing as resolved" (plain
// English). "sso'd", "mfa'd" and "2fa'd" cannot be listed: an apostrophe ends a term in the
// matcher, and the upper-case forms ("SSO'd") are already caught by the acronyms.
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const ITIL = "ITIL 4 glossary (AXELOS)";
const MS = "Microsoft Learn";
const MDN = "MDN Web Docs";
const NCSC_PENTEST = "NCSC guidance on penetration testing";

const SECOND_LINE = "specialist IT staff who take problems the help desk cannot fix";
const THIRD_LINE = "the most specialist engineers, for the hardest problems";
const PAW = "a locked-down computer used only for powerful admin tasks";
const EUC = "the computers, apps and support that staff use day to day";
const MFD = "an office printer that also scans, copies and emails";
const BAS = "software that runs safe, pretend attacks to test our defences";
const BSOD = "a crash that shows a blue error screen and restarts the computer";
const KEDB = "the IT team's list of known faults and their workarounds";
const PEBKAC = "a joke blaming the user for a fault; best not used with staff";

export const SHORTHAND_TERMS: readonly GlossaryEntry[] = [
  // Passwords, sign-in and accounts.
  // No everyday sense to guard against: "pw" is always a password.
  term("pw", "password"),
  term("your pwd", "your password", {
    variants: ["new pwd", "old pwd", "temp pwd", "admin pwd", "the pwd for", "pwd is"],
  }),
  term("passwd", "password", { variants: ["pword", "pswd", "passwrd"] }),
  term("pw reset", "changing your password", {
    variants: ["pwd reset", "pw change", "pwd change", "pw expiry", "pwd expiry"],
  }),
  term("pw manager", "a password manager: an app that stores your passwords safely", {
    variants: ["pwd manager"],
  }),
  term("u/n", "username"),
  term("un/pw", "your username and password", { variants: ["user/pass", "uname/pw"] }),
  term("auth", "the sign-in check, or permission to do something"),
  term("authn", "checking who you are when you sign in"),
  term("authz", "checking what you are allowed to see or do"),
  term("reauth", "sign in again", { variants: ["reauthed", "re-authed"] }),
  term("MFA prompt", "the request on your phone to confirm it's really you signing in", {
    variants: [
      ...["MFA request", "MFA challenge", "MFA notification", "MFA push"],
      ...["2FA prompt", "2FA request", "2FA push", "push prompt", "push request"],
      ...["push approval", "Authenticator push", "Authenticator prompt"],
    ],
  }),
  term("MFA reset", "setting up your extra sign-in check again from scratch", {
    variants: [
      "reset your MFA",
      "reset MFA",
      "MFA re-registration",
      "re-register MFA",
      "2FA reset",
    ],
  }),
  term("magic link", "a sign-in link sent by email, used instead of a password"),
  term("admin account", "an account with extra powers to change settings", {
    variants: ["admin creds", "admin password", "admin login", "admin user", "admin acct"],
  }),
  term("domain admin", "an account that controls every computer and account we have", {
    variants: ["DA account"],
  }),
  term("svc account", "an account used by a program, not a person", { variants: ["svc acct"] }),
  term("run as admin", "start the program with full control of the computer", {
    variants: ["run as administrator", "runas"],
  }),
  ...checkedIn(MS, [
    term("app registration", "a record that lets an app sign in and use our data", {
      variants: ["app reg"],
    }),
    term("managed identity", "a built-in login one online system uses to reach another"),
    acronym("PAW", PAW),
    term("privileged access workstation", PAW),
  ]),
  acronym("JWT", "a signed digital pass that proves to a website who you are", {
    source: "IETF RFC 7519",
  }),
  acronym("SCIM", "a standard way to create and remove accounts in other apps automatically", {
    source: "IETF RFC 7644",
  }),
  // Clipped words for teams, places and things.
  term("mgmt", "management"),
  term("acct", "account"),
  term("svc", "service"),
  term("env", "environment: a copy of a system, such as the live or test one", {
    technicalOnly: true,
  }),
  term("prod env", "the live system that staff and customers use", {
    variants: ["production env", "live env"],
  }),
  term("test env", "a practice copy of a system, used for testing", {
    variants: ["dev env", "uat env", "staging env", "non-prod env", "qa env"],
  }),
  term("deps", "other people's code that our software relies on", { technicalOnly: true }),
  term("pkg", "a bundle of software, ready to install", { technicalOnly: true }),
  term("db server", "the computer that holds a database", {
    variants: ["database server", "db host"],
  }),
  term("prod db", "the live database", {
    variants: ["production db", "production database", "live db"],
  }),
  term("eng team", "the engineering team", { variants: ["eng manager", "eng lead"] }),
  term("non-eng", "staff outside the engineering team"),
  term("sec team", "the security team", { variants: ["secteam"] }),
  term("sec review", "a security check", { variants: ["sec sign-off", "sec approval"] }),
  term("appsec", "keeping our own software and websites safe from attack", {
    variants: ["app sec"],
  }),
  term("netsec", "keeping our networks safe from attack"),
  term("cybersec", "cyber security", { variants: ["cyber sec"] }),
  term("gw", "the box that connects our network to the internet", { technicalOnly: true }),
  term("firewall rule", "a setting that allows or blocks certain connections", {
    variants: ["fw rule", "fw change", "fw exception", "firewall exception", "firewall change"],
  }),
  term("pwsh", "a window for typing commands to control the computer"),
  term("cron", "a timer that runs a task on a schedule", {
    variants: ["crontab"],
    technicalOnly: true,
  }),
  term("daemon", "a program that runs quietly in the background", { technicalOnly: true }),
  term("reg key", "a setting stored in Windows' central list of settings", {
    variants: ["regkey", "reg edit", "reg hack", "registry hack", "registry tweak"],
  }),
  term("hosts file", "a file on the computer that overrides where web addresses point"),
  term("localhost", "this computer itself, as its own programs see it"),
  term("ssh into", "connect to a server from elsewhere to type commands on it", {
    variants: ["ssh in", "ssh onto", "sshed into", "sshed in"],
  }),
  term("remote into", "connect to your computer from elsewhere to help", {
    variants: ["remote onto", "remoted into", "remoted onto"],
  }),
  // Network shorthand.
  term("static IP", "a fixed internet address that does not change", {
    variants: ["static IP address", "fixed IP", "fixed IP address"],
  }),
  acronym("DHCP", "the system that gives each device its network address automatically"),
  acronym("NAT", "sharing one internet address among many devices inside our network"),
  acronym("MPLS", "a private network link rented from a telecoms company"),
  term("SD-WAN", "software that manages the links between our offices over the internet"),
  term("leased line", "a dedicated internet connection just for our building"),
  term("IPv6", "a numbering system for internet addresses", { variants: ["IPv4"] }),
  term("latency", "the delay before data arrives", { technicalOnly: true }),
  term("bandwidth", "how much data a connection can carry at once", { technicalOnly: true }),
  term("packet loss", "data going missing on the network, making calls choppy"),
  term("jitter", "uneven delays on a connection that make calls choppy", {
    technicalOnly: true,
  }),
  term("uplink", "the connection from a local network up to a bigger one"),
  term("traceroute", "a test that shows each step data takes to reach a site", {
    variants: ["tracert"],
  }),
  term("ping test", "a quick check that a device answers over the network", {
    variants: ["ping the server", "pinged the server", "ping check"],
  }),
  // Faults and fixes.
  term("borked", "broken"),
  term("hard reboot", "forcing the computer off and on, for example with the power button", {
    variants: ["hard restart"],
  }),
  term("cold boot", "starting the computer from fully switched off"),
  term("boot loop", "the computer keeps restarting and never finishes starting up", {
    variants: ["bootloop", "reboot loop", "restart loop", "boot looping"],
  }),
  acronym("BSOD", BSOD),
  term("blue screen of death", BSOD),
  term("kernel panic", "a crash of the computer's core software, forcing a restart"),
  term("hard refresh", "reloading the web page fully, ignoring saved copies", {
    variants: ["force refresh", "hard reload"],
  }),
  term("clear your cache", "delete the copies of web pages your browser has saved", {
    variants: [
      ...["clear the cache", "clear cache", "cleared the cache", "clearing the cache"],
      ...["clear your browser cache", "clear browser cache"],
    ],
  }),
  ...checkedIn(MDN, [
    term("404 error", "the web page could not be found", {
      variants: ["error 404", "HTTP 404", "404 not found", "404 page"],
    }),
    term("500 error", "the website hit a problem on its side", {
      variants: [
        ...["error 500", "HTTP 500", "internal server error", "502 error", "503 error"],
        ...["504 error", "502 bad gateway", "503 service unavailable", "504 gateway timeout"],
      ],
    }),
    term("403 error", "you don't have permission to open that page", {
      variants: ["error 403", "HTTP 403", "403 forbidden", "401 error", "401 unauthorized"],
    }),
  ]),
  term("stack trace", "the technical error details a program shows when it crashes", {
    variants: ["stacktrace", "traceback"],
  }),
  term("memory leak", "a fault that makes a program use more and more memory"),
  term("race condition", "a fault that appears when two things happen in the wrong order"),
  term("edge case", "an unusual situation", { variants: ["corner case"] }),
  term("happy path", "what happens when everything goes as planned"),
  acronym("PEBKAC", PEBKAC),
  term("layer 8 issue", PEBKAC, { variants: ["layer 8 problem", "layer 8 error"] }),
  // Developers' shorthand.
  term("force push", "overwriting the shared copy of code, wiping out others' recent changes", {
    variants: ["force pushed", "force pushing"],
  }),
  term("rebase", "rewriting the history of code changes to tidy it", {
    variants: ["rebased", "rebasing"],
  }),
  term("refactor", "rewriting code to tidy it without changing what it does", {
    variants: ["refactoring", "refactored"],
  }),
  term("failed build", "the automatic assembly of the software did not work", {
    variants: ["broken build", "build failed", "failing build", "build failure", "red build"],
    technicalOnly: true,
  }),
  term("flaky test", "an automatic test that passes or fails at random"),
  term("semver", "numbering versions so that the size of each change is clear", {
    variants: ["semantic versioning"],
  }),
  term("microservices", "software split into many small parts that run separately", {
    variants: ["microservice", "micro-services"],
  }),
  term("serverless", "run by the provider, without us looking after any servers"),
  acronym("YAML", "a plain-text format for settings files"),
  term("regex", "a pattern for finding or checking text", {
    variants: ["regular expression", "regexp"],
  }),
  term("dogfooding", "using our own product ourselves before customers do"),
  // Tickets, support levels and service reviews.
  acronym("L1", "a support level: 1 is the help desk, 3 the most specialist", {
    variants: ["L2", "L3"],
    technicalOnly: true,
  }),
  term("2nd line team", SECOND_LINE, {
    variants: [
      ...["2nd line engineer", "second-line team", "second-line engineer"],
      ...["escalated to 2nd line", "escalate to 2nd line", "passed to 2nd line"],
      ...["escalated to second line", "escalate to second line"],
    ],
  }),
  term("3rd line team", THIRD_LINE, {
    variants: [
      ...["3rd line engineer", "third-line team", "third-line engineer"],
      ...["escalated to 3rd line", "escalate to 3rd line", "passed to 3rd line"],
      ...["escalated to third line", "escalate to third line"],
    ],
  }),
  term("log a call", "contact the IT help desk", {
    variants: ["logged a call", "raise a call", "raised a call"],
  }),
  term("INC number", "the reference number of your IT ticket", {
    variants: ["INC ref", "INC reference", "INC ticket"],
  }),
  acronym("RITM", "a request number in the IT ticket system"),
  term("priority 1 incident", "a problem ranked by urgency; 1 is the most urgent", {
    variants: [
      ...["priority 2 incident", "priority 3 incident", "priority one incident"],
      ...["severity 1 incident", "severity 2 incident", "severity one incident"],
      ...["P1 incident", "P2 incident", "P3 incident"],
    ],
  }),
  term("within SLA", "within the time we promised to respond or fix", {
    variants: ["inside SLA", "SLA clock", "SLA timer", "SLA target", "SLA window"],
  }),
  term("no repro", "we could not make the problem happen again", {
    variants: ["cannot repro", "could not repro", "unable to repro", "cant repro", "couldnt repro"],
  }),
  term("wontfix", "we have decided not to fix this"),
  term("first-time fix", "solved at the first contact, with no follow-up needed", {
    variants: ["first-time fix rate", "first-contact resolution", "first-call resolution"],
  }),
  term("awaiting third party", "waiting for another company to act", {
    variants: [
      ...["awaiting 3rd party", "pending third party", "pending 3rd party"],
      ...["awaiting vendor", "pending vendor"],
    ],
  }),
  term("truck roll", "sending an engineer to your site"),
  term("deskside", "in person, at your desk", { variants: ["deskside support", "deskside visit"] }),
  term("post-mortem", "a review after something went wrong, to learn lessons", {
    variants: ["postmortem"],
    technicalOnly: true,
  }),
  term("war room", "a room or call where a team handles a crisis together", {
    technicalOnly: true,
  }),
  acronym("RFO", "a report explaining why a service stopped working"),
  ...checkedIn(ITIL, [
    acronym("PIR", "a review after a problem or change, to learn what went wrong"),
    term("known error", "a known fault with a workaround, still waiting for a proper fix", {
      technicalOnly: true,
    }),
    acronym("KEDB", KEDB),
    term("known error database", KEDB),
    term("problem record", "a ticket tracking the hidden cause behind repeated faults", {
      variants: ["problem ticket", "problem management"],
    }),
    term("major incident", "a serious problem affecting many people, handled urgently", {
      technicalOnly: true,
    }),
    acronym("MIM", "the team or person running the response to a serious outage"),
    acronym("SLO", "a target for how reliably a service should run"),
    acronym("OLA", "an agreement between internal teams on how fast they help each other"),
  ]),
  // IT providers' roles, contracts and services.
  acronym("SPOC", "the one person to contact"),
  acronym("SDM", "the person at our IT provider who looks after our service"),
  acronym("QBR", "a review meeting with a supplier every three months"),
  acronym("SOW", "the document listing exactly what a supplier will do, and the price"),
  acronym("MSA", "the main contract with a supplier, which later orders sit under"),
  term("co-managed IT", "our IT team and an outside provider share the work", {
    variants: ["co-managed service"],
  }),
  term("vCISO", "a part-time security chief hired from an outside firm", {
    variants: ["virtual CISO", "fractional CISO"],
  }),
  term("vCIO", "a part-time IT director hired from an outside firm", {
    variants: ["virtual CIO", "fractional CIO"],
  }),
  acronym("EUC", EUC),
  term("end-user computing", EUC),
  acronym("EUD", "a laptop, phone or tablet that staff use"),
  acronym("MFD", MFD, { variants: ["MFP"] }),
  term("multi-function device", MFD, {
    variants: ["multifunction device", "multi-function printer", "multifunction printer"],
  }),
  // Security testing and awareness shorthand.
  term("vuln scan", "an automatic check for known weaknesses", {
    variants: ["vuln scanning", "vuln scanner", "vuln report"],
  }),
  term("pentester", "a security tester we hire to try to break in"),
  acronym("VAPT", "checking for weaknesses, then trying to break in to prove them"),
  acronym("EPSS", "a score of how likely a weakness is to be attacked soon", {
    source: "FIRST EPSS documentation",
  }),
  acronym("CNAPP", "one tool that checks the security of everything we run online"),
  term("IR plan", "our plan for handling a cyber attack"),
  acronym("VDP", "our public page telling researchers how to report security flaws to us"),
  term("phish sim", "a practice scam email we send to test staff", {
    variants: ["phishing sim", "phish test"],
  }),
  term("repeat clicker", "someone who often clicks links in our practice scam emails", {
    variants: ["serial clicker"],
  }),
  term("adversary emulation", "a test that copies a real attacker's known methods", {
    variants: ["adversary simulation", "threat emulation"],
  }),
  acronym("BAS", BAS),
  term("breach and attack simulation", BAS),
  term("attack path", "the chain of steps an attacker could use to reach something valuable"),
  term("credentialed scan", "a check for weaknesses run with a login, so it sees more", {
    variants: ["credentialled scan", "authenticated scan"],
  }),
  ...checkedIn(NCSC_PENTEST, [
    term("black-box testing", "testing with no inside knowledge, as an outside attacker would", {
      variants: ["black-box test"],
    }),
    term("grey-box testing", "testing with some inside knowledge, such as a normal login", {
      variants: ["gray-box testing", "grey-box test", "gray-box test"],
    }),
    term("white-box testing", "testing with full inside knowledge, including designs and code", {
      variants: ["white-box test"],
    }),
    term("physical pen test", "a test where hired testers try to get into our buildings", {
      variants: ["physical penetration test", "physical security test"],
    }),
    term("get-out-of-jail letter", "a signed letter proving testers may try to break in"),
  ]),
  // Clipped words that other editors marked (session 18).
  term("comms", "messages, or the way we send them"),
  term("req", "request", { variants: ["reqs"] }),
  term("msg", "message", { variants: ["msgs"] }),
  term("perf", "speed, how fast it runs"),
  term("compat", "whether it works with our other systems", { variants: ["compat mode"] }),
  term("anon", "anonymous, without your name"),
];
