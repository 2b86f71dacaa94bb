// Glossary: developers' and IT projects' words that reach staff messages: version control and
// releases, test and live copies of systems, project and change vocabulary, and the shorthand
// of day-to-day IT operations. Neighbours already elsewhere: repository, pull request, rollback,
// hotfix, deployment, staging and production environments, go-live, code freeze, cutover,
// uptime, maintenance window, failover, DNS record (glossary-software, -cloud, -endpoint, -mail).
import { acronym, checkedIn, type GlossaryEntry, term } from "./glossary-entry.js";

const GIT = "Git glossary";
const SCRUM = "Scrum Guide";
const ITIL = "ITIL change types (ServiceNow docs)";
const DNS_GUIDES = "DNS hosting guides";

const SPRINT = "a short, fixed block of team work, often two weeks long";
const LIVE = "the live system that staff and customers use";
const CHANGE_BOARD = "the group that reviews and approves changes to systems";
const TIME_TO_LIVE = "how long a looked-up web address is remembered before being checked again";
const OUT_OF_BOX = "the setup screens shown when a new computer is first switched on";
const SERVICE_DEAL = "the agreed standard of service, such as how fast problems are fixed";
const TICKET = "a request for help, logged with the IT team";

export const PROJECTS_TERMS: readonly GlossaryEntry[] = [
  ...checkedIn(GIT, [
    // Version control: saving, sharing and combining code changes.
    term("git commit", "a saved set of code changes, with a note of what changed", {
      variants: ["code commit", "commit message", "commit hash", "commit ID", "latest commit"],
    }),
    term("commit history", "the record of every change made to the code", {
      variants: ["git history", "git log", "commit log", "repo history"],
    }),
    term("git push", "sending saved code changes to the shared online copy", {
      variants: ["pushed to the repo", "push to the repo", "code push", "pushed the code"],
    }),
    term("merge conflict", "two changes to the same code that clash and must be sorted out"),
    term("merge into main", "add approved changes to the main copy of the code", {
      variants: ["merged into main", "merge to main", "merged to main", "merged into master"],
    }),
    term("main branch", "the main, approved copy of a project's code", {
      variants: ["master branch", "default branch"],
    }),
    term("feature branch", "a separate working copy of code for changes not yet approved", {
      variants: ["release branch", "code branch", "git branch", "branching strategy"],
    }),
  ]),
  acronym("PR", "a proposed change to code, waiting for someone to check it", {
    technicalOnly: true,
  }),
  term("fork", "a separate copy of a project that is developed on its own", {
    source: GIT,
    variants: ["forked", "forking"],
    technicalOnly: true,
  }),
  term("revert", "undo a change and go back to the earlier version", {
    variants: ["reverted", "reverting"],
    technicalOnly: true,
  }),

  // Releases and version numbers.
  term("release notes", "a list of what is new or fixed in a version", {
    variants: ["release note"],
  }),
  term("release candidate", "a version that may become the final one if testing goes well"),
  term("major version", "a big new version that may change how things work", {
    variants: ["major release", "major upgrade"],
  }),
  term("minor version", "a small new version with fixes and small changes", {
    variants: ["minor release", "point release", "patch release", "maintenance release"],
  }),
  term("version bump", "moving software up to a newer version number", {
    variants: ["bump the version", "bumped the version", "bump a version", "bumped to version"],
  }),
  term("N-1", "the version just before the newest one", { variants: ["N-2"] }),
  term("breaking change", "a change that stops older setups or add-ons from working"),
  term("backwards compatible", "still works with older versions and files", {
    variants: ["backward compatible", "backwards compatibility", "backward compatibility"],
  }),
  term("roll forward", "fix a problem with a new change instead of undoing the old one", {
    variants: ["rolled forward", "rolling forward", "fix forward"],
  }),
  term("rollback plan", "the steps to undo a change if it goes wrong", {
    variants: ["roll-back plan", "back-out plan", "backout plan"],
  }),
  term("build number", "the exact version number of a piece of software", {
    variants: ["build version", "latest build", "test build", "nightly build"],
  }),
  acronym("CI", "the automatic checks that run on every code change"),
  term("pipeline", "the automatic steps that test software and put it live", {
    technicalOnly: true,
  }),
  term("emergency patch", "an urgent fix installed outside the usual schedule", {
    variants: ["out-of-band patch", "out-of-band update", "emergency update"],
  }),

  // Testing.
  term("regression", "something that worked before but broke after a change", {
    variants: ["regressed"],
    technicalOnly: true,
  }),
  term("regression testing", "re-checking that old features still work after a change", {
    variants: ["regression test"],
  }),
  term("smoke test", "a quick check that the main features work after a change", {
    variants: ["smoke testing", "smoke tested", "sanity test", "sanity testing"],
  }),
  term("load testing", "checking a system copes when many people use it at once", {
    variants: ["load test", "performance testing", "performance test", "stress testing"],
  }),
  acronym("QA", "checking quality before release, or the team that does the testing"),
  term("debugging", "finding and fixing faults in a program", {
    variants: ["debug", "debugged", "debug mode", "debug logging"],
  }),
  term("steps to reproduce", "what you did just before the problem, so IT can see it happen", {
    variants: ["repro steps", "repro", "reproduce the issue", "reproduce the problem"],
  }),

  // Environments: the live system and its test copies.
  term("dev", "the programmers, or their working copy of a system", {
    variants: ["dev team", "dev work"],
    technicalOnly: true,
  }),
  term("prod", LIVE, {
    variants: ["prod environment", "prod server", "in production", "into production"],
    technicalOnly: true,
  }),
  term("push to production", "put a change live", {
    variants: ["push to prod", "pushed to prod", "pushed to production", "promoted to production"],
  }),
  term("staging", "the test copy of a system used for final checks", { technicalOnly: true }),
  term("non-prod", "the test copies of a system, not the live one", {
    variants: ["non-production", "nonprod"],
  }),
  term("pre-prod", "a copy of the live system used for final tests", { variants: ["preprod"] }),
  term("test tenant", "a separate practice copy of our online services, for trying changes", {
    variants: ["sandbox tenant", "dev tenant", "demo tenant"],
  }),
  term("environment file", "a file holding a program's settings, often with passwords", {
    variants: ["dotenv"],
  }),
  term("connection string", "a line of settings, often with a password, linking a program to data"),
  term("spin up", "set up and start a new server or service", {
    variants: ["spun up", "spinning up", "spin down", "spun down"],
    technicalOnly: true,
  }),
  term("infra", "the servers, networks and systems everything runs on", { technicalOnly: true }),
  term("ops", "the team that keeps systems running day to day", {
    variants: ["ops team", "IT ops"],
    technicalOnly: true,
  }),
  term("sysadmin", "the person who runs and looks after the company's servers", {
    variants: ["sys admin", "system administrator", "systems administrator"],
  }),

  ...checkedIn(SCRUM, [
    // Project vocabulary.
    term("sprint", SPRINT, { technicalOnly: true }),
    term("sprint planning", SPRINT, {
      variants: ["sprint review", "sprint goal", "next sprint", "this sprint", "current sprint"],
    }),
    term("sprint retrospective", "a team meeting to look back at recent work and improve", {
      variants: ["sprint retro", "team retro", "retro meeting"],
    }),
    term("backlog", "the list of work waiting to be done", {
      variants: ["product backlog", "sprint backlog"],
      technicalOnly: true,
    }),
    term("scrum", "a way of organising team work in short, planned blocks", {
      variants: ["scrum master", "scrum team"],
      technicalOnly: true,
    }),
    term("daily stand-up", "a short daily team meeting to share progress", {
      variants: ["stand-up meeting", "standup meeting", "daily standup", "daily scrum"],
    }),
  ]),
  term("scope creep", "a project slowly growing beyond what was agreed"),
  term("RAID log", "a project list of risks, assumptions, issues and dependencies", {
    variants: ["RAID register"],
  }),
  acronym("RAID", "spreading data over several disks so that one can fail safely"),
  term("hypercare", "a period of extra support just after a new system goes live", {
    variants: ["hyper-care", "hypercare period"],
  }),
  term("go/no-go decision", "the final decision on whether to go ahead", {
    variants: ["go/no-go", "go/no-go meeting"],
  }),
  term("big bang cutover", "switching everyone to the new system at once", {
    variants: ["big bang migration", "big-bang rollout", "big bang go-live"],
  }),
  term("migration wave", "one group of people moved to the new system at a time", {
    variants: ["rollout wave", "deployment wave"],
  }),
  term("floorwalker", "a helper in the office to answer questions about a new system", {
    variants: ["floor walker"],
  }),
  term("post-implementation review", "a review after a change to check it worked as planned"),

  // Change control.
  term("change request", "a formal request to make a change to a system", {
    source: ITIL,
    variants: ["request for change", "change ticket", "change record"],
  }),
  acronym("RFC", "a formal request to change a system, or a published internet standard"),
  ...checkedIn(ITIL, [
    acronym("CAB", CHANGE_BOARD),
    term("change advisory board", CHANGE_BOARD, {
      variants: ["change approval board", "change board"],
    }),
    acronym("ECAB", "a small group that approves urgent changes quickly"),
    term("emergency change", "an urgent change approved outside the usual schedule", {
      variants: ["emergency change request", "expedited change"],
    }),
    term("standard change", "a routine, low-risk change that is approved in advance", {
      variants: ["pre-approved change"],
    }),
  ]),
  term("change control", "the formal process for approving changes to systems", {
    variants: ["change management process", "change control process"],
  }),
  term("change window", "a planned time slot when changes to systems are made", {
    variants: ["release window", "deployment window", "cutover window", "implementation window"],
  }),
  term("blackout window", "a period when no changes to systems are allowed", {
    variants: ["blackout period", "change blackout"],
  }),
  term("patch window", "the set time when updates are installed and computers restart", {
    variants: ["patching window", "update window", "reboot window", "restart window"],
  }),
  acronym("ITIL", "a widely used rulebook for running IT services"),
  acronym("ITSM", "how the IT team runs its services and handles requests"),

  // Tickets, support levels and service agreements.
  term("support ticket", TICKET, {
    variants: ["helpdesk ticket", "help desk ticket", "ticket number", "ticketing system"],
  }),
  term("auto-close", "closed automatically if nobody replies", {
    variants: ["auto-closed", "autoclose", "auto-closure"],
  }),
  term("awaiting user", "waiting for your reply before work continues", {
    variants: ["pending user", "awaiting customer", "pending customer", "awaiting requester"],
  }),
  term("resolver group", "the team responsible for fixing your request", {
    variants: ["resolver team", "assignment group"],
  }),
  term("first-line support", "the help desk staff who take your request first", {
    variants: ["1st line support", "level 1 support", "tier 1 support", "L1 support"],
  }),
  term("second-line support", "specialist IT staff who take problems the help desk cannot fix", {
    variants: ["2nd line support", "level 2 support", "tier 2 support", "L2 support"],
  }),
  term("third-line support", "the most specialist engineers, for the hardest problems", {
    variants: ["3rd line support", "level 3 support", "tier 3 support", "L3 support"],
  }),
  term("service level agreement", SERVICE_DEAL, { variants: ["service-level agreement"] }),
  term("SLA breach", "missing the agreed time for responding or fixing a problem", {
    variants: ["SLA breached", "breached SLA", "missed SLA", "out of SLA", "SLA miss"],
  }),
  term("support tier", "the level of support we pay for, such as how fast they respond", {
    variants: ["service tier", "SLA tier"],
  }),
  term("service credit", "money off the bill when a supplier misses the agreed service level"),
  term("end user", "the people who use a system day to day, like you"),

  // IT operations shorthand: availability and outages.
  term("downtime", "time when a system is unavailable", {
    variants: ["unplanned downtime", "unplanned outage"],
    technicalOnly: true,
  }),
  term("planned downtime", "a set time when a system will be unavailable", {
    variants: ["scheduled downtime", "downtime window", "planned outage", "scheduled outage"],
  }),
  term("at-risk period", "a time when a service may be disrupted while work goes on", {
    variants: ["at-risk window", "service at risk"],
  }),
  term("five nines", "working 99.999% of the time, down only minutes a year", {
    variants: ["four nines", "three nines"],
  }),
  term("failback", "switching back to the main system once it is fixed", {
    variants: ["fail back", "failed back", "failing back"],
  }),
  term("redundancy", "spare equipment or copies that take over if one part fails", {
    technicalOnly: true,
  }),
  term("redundant system", "a spare that takes over automatically if the main one fails", {
    variants: ["redundant power", "redundant connection", "redundant link", "built-in redundancy"],
  }),
  term("load balancer", "equipment that shares traffic across several servers", {
    variants: ["load balancing", "load-balanced"],
  }),
  term("snapshot", "a saved copy of a system or disk at one moment", { technicalOnly: true }),

  ...checkedIn(DNS_GUIDES, [
    // Web addresses and certificates.
    term("DNS propagation", "the wait while an address change spreads across the internet"),
    term("propagation", "the wait while a change spreads across the internet", {
      variants: ["propagate", "propagated", "propagating"],
      technicalOnly: true,
    }),
    acronym("TTL", TIME_TO_LIVE),
    term("time to live", TIME_TO_LIVE),
    term("nameserver", "the server that holds the address records for our web domain", {
      variants: ["name server", "NS record"],
    }),
    term("DNS resolver", "the service that looks up web addresses for your computer", {
      variants: ["recursive resolver", "DNS server"],
    }),
    term("resolver", "the service that looks up web addresses for your computer", {
      technicalOnly: true,
    }),
  ]),
  term("flush DNS", "clear your computer's stored list of web addresses", {
    variants: ["flush the DNS", "flush your DNS", "DNS flush", "flushdns"],
  }),
  term("domain registrar", "the company we pay to hold our web address", {
    source: DNS_GUIDES,
  }),
  term("subdomain", "a web address inside our main one, such as shop.example.com", {
    variants: ["sub-domain"],
  }),
  term("wildcard certificate", "one certificate that covers every web address under our domain", {
    variants: ["wildcard cert", "wildcard SSL certificate"],
  }),
  term("cert", "a digital certificate that proves a website or device is genuine", {
    technicalOnly: true,
  }),
  term("certificate expiry", "the date a security certificate stops working unless renewed", {
    variants: ["expired certificate", "cert expiry", "certificate renewal", "expiring certificate"],
  }),

  // Files, drives and new devices.
  term("mapped drive", "a shared network folder that shows up as a drive letter", {
    variants: ["mapped network drive", "network drive", "drive mapping", "map a drive"],
  }),
  term("network share", "a shared folder on a server that staff reach over the network", {
    variants: ["file share", "SMB share"],
  }),
  term("home drive", "your personal storage folder on the company network", {
    variants: ["H drive", "personal drive"],
  }),
  term("synced library", "a shared online folder copied to your computer and kept up to date", {
    variants: ["synced folder"],
  }),
  term("document library", "a team's shared online space for files"),
  term("sync conflict", "a problem keeping your files in step with the online copy", {
    variants: ["sync error", "sync issue"],
  }),
  term("first boot", "the first time a new computer is switched on", {
    variants: ["first start-up", "first startup", "initial boot"],
  }),
  term("out-of-box experience", OUT_OF_BOX, { source: "Microsoft Learn" }),
  acronym("OOBE", OUT_OF_BOX, { source: "Microsoft Learn" }),
  term("pre-enrolled", "already registered with our device management before it reaches you", {
    variants: ["pre-enrolment", "pre-enrollment", "pre-registered", "pre-provisioned"],
  }),
  term(
    "white glove provisioning",
    "your device is set up by IT or the supplier before it arrives",
    {
      variants: ["white-glove deployment", "white glove pre-provisioning"],
    },
  ),
  term("hardware refresh", "replacing old computers with new ones", {
    variants: ["laptop refresh", "device refresh", "tech refresh", "PC refresh", "refresh cycle"],
  }),
  term("asset tag", "the label with a number that identifies a company device", {
    variants: ["asset number", "asset label"],
  }),
  term("pending restart", "an update is waiting for the computer to restart", {
    variants: ["pending reboot", "reboot pending", "restart pending"],
  }),
  term("decom", "switch off and remove an old system", { variants: ["decomm", "decommed"] }),
];
