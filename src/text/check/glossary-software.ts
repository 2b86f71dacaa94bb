// Glossary: software development, the software supply chain and AI tools.
import { acronym, type GlossaryEntry, NIST, term } from "./glossary-entry.js";

const NIST_AI = "NIST AI 100-2 adversarial AI taxonomy";
const OWASP_LLM = "OWASP Top 10 for LLM applications";
const SSDF = "NIST SP 800-218 (SSDF)";

const PIPELINE = "the automatic steps that test software and put it live";
const LANGUAGE_MODEL = "an AI system trained on huge amounts of text to write replies";
const DEV_KIT = "a ready-made toolkit for building software that works with a product";
const TEST_BY_USERS = "a final check by real users that a new system does what they need";

export const SOFTWARE_TERMS: readonly GlossaryEntry[] = [
  // Building software: code, its parts and where it lives.
  term("source code", "the written instructions that make up a program", {
    variants: ["codebase", "code base"],
  }),
  term("dependency", "a ready-made piece of outside code that our software relies on", {
    variants: ["third-party dependency", "transitive dependency", "third-party code"],
    technicalOnly: true,
  }),
  term("dependency confusion", "tricking build tools into fetching a fake package instead of ours"),
  term("software library", "a ready-made bundle of code that programmers reuse", {
    variants: ["code library", "third-party library", "open-source library", "JavaScript library"],
  }),
  term("open source", "software whose code is public and free for anyone to reuse", {
    variants: ["open-source software", "open-source code", "open-source project"],
  }),
  acronym("OSS", "software whose code is public and free for anyone to reuse"),
  term("package manager", "a tool programmers use to download and install ready-made code"),
  term("package registry", "an online store where programmers download ready-made code", {
    variants: ["package repository", "container registry", "artifact repository"],
  }),
  term("malicious package", "a harmful download disguised as useful ready-made code", {
    variants: ["compromised package", "poisoned package", "rogue package"],
  }),
  term("slopsquatting", "publishing harmful code under a made-up name that AI tools suggest", {
    variants: ["package hallucination", "hallucinated package"],
  }),
  term("repository", "a shared online folder that holds a project's code and history", {
    variants: ["repo", "code repository", "git repository"],
    technicalOnly: true,
  }),
  term("version control", "a system that records every change to code or files", {
    variants: ["version control system", "source control"],
  }),
  term("pull request", "a proposed change to code, waiting for someone to check it", {
    variants: ["merge request"],
  }),
  term("branch protection", "rules that stop unchecked changes reaching the main code"),
  term("version pinning", "fixing software to one exact, checked version", {
    variants: ["pinned version", "lock file", "lockfile"],
  }),
  term("code review", "another programmer checking code changes before they are used", {
    variants: ["peer code review"],
  }),
  term("paste site", "a website where people post text publicly, sometimes leaked data"),
  term("portable app", "a program that runs without being installed, often from a memory stick", {
    variants: ["portable application"],
  }),
  term("freeware", "free software downloaded from the internet", { variants: ["shareware"] }),
  term("cracked software", "illegal copies of paid software with the licence check removed", {
    variants: ["cracked app", "software crack", "keygen", "pirated software"],
  }),
  term("end-user licence agreement", "the licence terms you accept before using software", {
    variants: ["end-user license agreement"],
  }),
  acronym("EULA", "the licence terms you accept before using software"),
  term("software development kit", DEV_KIT),
  acronym("SDK", DEV_KIT),
  term("integrated development environment", "the program programmers write and test code in"),
  acronym("IDE", "the program programmers write and test code in"),
  term("low-code", "building simple apps by dragging blocks instead of writing code", {
    variants: ["no-code", "low-code platform", "no-code platform"],
  }),
  term("citizen developer", "a staff member who builds simple apps without being a programmer"),
  term("robotic process automation", "software robots that repeat routine computer tasks"),
  acronym("RPA", "software robots that repeat routine computer tasks"),
  acronym("JSON", "a plain-text format programs use to swap data"),
  acronym("HTML", "the code that web pages are written in"),
  acronym("SQL", "the language programs use to ask a database for data"),
  acronym("GUI", "the windows, buttons and menus you click on screen"),
  term("back end", "the behind-the-scenes part of a system that users do not see", {
    variants: ["backend", "server side"],
    technicalOnly: true,
  }),
  term("front end", "the part of a system that users see and click on", {
    variants: ["frontend"],
    technicalOnly: true,
  }),
  term("kernel", "the core of the operating system that controls the hardware", {
    variants: ["kernel-level"],
    technicalOnly: true,
  }),
  term("user interface", "what you see and click on screen"),
  acronym("UI", "what you see and click on screen"),
  term("changelog", "a list of what changed in each version of a program"),
  term("feature flag", "a switch that turns a new feature on or off without an update", {
    variants: ["feature toggle"],
  }),

  // Releasing software: pipelines, environments and going live.
  term("continuous integration", "automatically testing and releasing each code change", {
    variants: ["continuous delivery", "continuous deployment"],
  }),
  acronym("CI/CD", PIPELINE, { variants: ["CICD"] }),
  term("CI/CD pipeline", PIPELINE, {
    variants: ["build pipeline", "deployment pipeline", "release pipeline", "DevOps pipeline"],
  }),
  term("build server", "the computer that automatically turns code into finished software", {
    variants: ["build agent", "build system"],
  }),
  term("DevOps", "developers and system staff working as one team to release software"),
  term("production environment", "the live system that staff and customers actually use", {
    variants: ["production system", "production server", "live environment"],
  }),
  term("staging environment", "a copy of the live system used for final tests", {
    variants: ["staging server", "staging site", "pre-production"],
  }),
  term("dev environment", "a separate copy of a system where programmers build and test", {
    variants: ["development environment", "non-production environment", "test environment"],
  }),
  term("user acceptance testing", TEST_BY_USERS, { variants: ["user acceptance test"] }),
  acronym("UAT", TEST_BY_USERS),
  term("go-live", "the day a new system starts being used for real", {
    variants: ["go-live date"],
    technicalOnly: true,
  }),
  term("code freeze", "a period when no changes to systems are allowed", {
    variants: ["change freeze"],
  }),
  term("long-term support", "a version that keeps getting fixes for several years"),
  acronym("LTS", "a version that keeps getting fixes for several years"),
  term("container", "a packaged app bundled with everything it needs to run", {
    variants: ["containerised", "containerized", "containerisation", "containerization"],
    technicalOnly: true,
  }),
  term("container image", "the packaged copy of an app that a container starts from"),
  term("infrastructure as code", "setting up servers and networks from written files"),
  acronym("IaC", "setting up servers and networks from written files"),
  term("configuration drift", "settings slowly changing away from what was agreed", {
    variants: ["config drift"],
  }),
  term("config file", "a file that holds a program's settings", {
    variants: ["configuration file", "config"],
  }),
  term("environment variable", "a setting stored outside a program's code", {
    variants: ["env var", "env file"],
  }),

  // Secure development and supply chain checks.
  term("software supply chain", "all the outside code, tools and suppliers that go into software", {
    variants: ["software supply-chain security"],
  }),
  term("software bill of materials", "a list of all the parts inside a piece of software", {
    source: NIST,
  }),
  term("software composition analysis", "checking the outside code a program uses for known flaws"),
  acronym("SCA", "a check of outside code parts, or a bank's extra login check; say which"),
  term("software development life cycle", "the stages of planning, building and running software", {
    source: SSDF,
    variants: ["software development lifecycle", "secure development lifecycle"],
  }),
  acronym("SDLC", "the stages of planning, building and running software", { variants: ["SSDLC"] }),
  term("secure by design", "built with security in mind from the start", {
    variants: ["secure by default"],
  }),
  term("shift left", "checking for security problems earlier in a project", {
    variants: ["shifting left", "shifted left"],
  }),
  term("secure coding", "writing program code in ways that avoid common security flaws", {
    variants: ["secure coding practices"],
  }),
  term("input validation", "checking that what people type into a form is safe", {
    variants: ["input sanitisation", "input sanitization"],
  }),
  term("static analysis", "automatically checking code for mistakes without running it", {
    variants: ["static code analysis", "code scanning", "linter", "linting"],
  }),
  term("fuzzing", "feeding a program random input to see if it breaks", {
    variants: ["fuzz testing", "fuzzer"],
  }),
  term("technical debt", "shortcuts in old work that must be fixed later", {
    variants: ["tech debt"],
  }),
  acronym("CWE", "a catalogue number for a type of software weakness", { source: "MITRE CWE" }),
  term("command injection", "sneaking harmful commands into a program through its input"),
  term("web shell", "a hidden page on a hacked server that lets attackers control it", {
    variants: ["webshell"],
  }),
  term("bug bounty", "a reward paid to outsiders who report security flaws", {
    variants: ["bug bounty programme", "bug bounty program"],
  }),
  term("coordinated vulnerability disclosure", "the agreed way for outsiders to report flaws", {
    variants: ["responsible disclosure", "vulnerability disclosure policy"],
  }),
  term("code escrow", "a copy of a supplier's code held by a third party in case they fail", {
    variants: ["source code escrow", "software escrow"],
  }),

  // Code signing and trust.
  term("verified publisher", "a software maker whose identity has been checked", {
    variants: ["unverified publisher", "unknown publisher", "publisher verification"],
  }),
  term("revoke", "cancel, so that it no longer works", {
    variants: ["revoked", "revoking", "revocation"],
    technicalOnly: true,
  }),

  // Secrets in code.
  term("creds", "login details"),
  term("hardcoded", "written straight into a program's code instead of kept separately", {
    variants: ["hard-coded", "hardcode", "hardcoding"],
  }),
  term("exposed secret", "a password or key accidentally left where others can see it", {
    variants: ["leaked secret", "hardcoded secret", "hard-coded secret", "secrets in code"],
  }),
  term("client secret", "a password an app uses to prove who it is to another service"),
  term("SSH key", "a secret key file administrators use to log in to servers", {
    variants: ["SSH private key"],
  }),
  term("rotate", "replace a password or key with a new one", {
    variants: ["rotated", "rotating", "secret rotation"],
    technicalOnly: true,
  }),
  term("root access", "full control of a computer, above normal admin rights", {
    variants: ["root privileges", "superuser", "sudo"],
  }),

  // APIs and connecting services.
  term("API endpoint", "a web address a program uses to ask a service for data"),
  term("API gateway", "the front door that checks and routes requests to a service"),
  term("REST API", "a common way for programs to talk to each other over the web", {
    variants: ["RESTful API"],
  }),
  term("API token", "a secret code that lets a program act for you in a service", {
    variants: ["personal access token"],
  }),
  term("webhook", "an automatic message one service sends another when something happens"),
  term("third-party integration", "a link that lets an outside app share data with ours", {
    variants: ["app integration"],
  }),
  term("connector", "a link that lets one service reach your data in another", {
    variants: ["data connector"],
    technicalOnly: true,
  }),
  term("web scraping", "automatically copying large amounts of information from websites", {
    variants: ["data scraping", "screen scraping", "web scraper"],
  }),
  term("web crawler", "a program that automatically visits and copies web pages", {
    variants: ["crawler", "AI crawler"],
  }),
  acronym("CAPTCHA", "the test that checks you are a person, not a program", {
    variants: ["reCAPTCHA"],
  }),

  // Browsers and add-ons.
  term("browser extension", "a small add-on that gives your web browser extra features", {
    variants: ["browser add-on", "web extension", "Chrome extension"],
  }),
  term("plug-in", "a small add-on that gives a program extra features", {
    variants: ["plugin"],
    technicalOnly: true,
  }),
  term("developer mode", "a setting that turns off some safety checks so programmers can test"),
  term("force-install", "installed centrally by the IT team, so you cannot remove it", {
    variants: ["force-installed", "force-installing", "forced install"],
  }),
  term("browser hijacker", "unwanted software that changes your browser's home page or search", {
    variants: ["browser hijacking", "search hijacker"],
  }),
  term("browser fingerprinting", "identifying you from your browser's settings, without cookies", {
    variants: ["device fingerprinting", "browser fingerprint"],
  }),
  term("cache", "copies of pages and files your browser keeps to load faster", {
    variants: ["cached", "caching", "browser cache"],
    technicalOnly: true,
  }),

  // AI tools.
  term("large language model", LANGUAGE_MODEL),
  acronym("LLM", LANGUAGE_MODEL),
  term("generative AI", "AI tools that create text, pictures, audio or video", {
    variants: ["gen AI", "GenAI", "generative artificial intelligence"],
  }),
  term("machine learning", "computers learning patterns from examples instead of fixed rules"),
  term("deep learning", "a kind of machine learning that uses very large models"),
  term("neural network", "a computer system loosely modelled on how the brain learns"),
  acronym("OCR", "software that reads text from pictures or scanned pages", {
    variants: ["optical character recognition"],
  }),
  term("multimodal", "able to handle text, pictures and sound together"),
  term("foundation model", "a large, general AI model that other tools are built on", {
    variants: ["frontier model", "base model"],
  }),
  term("prompt engineering", "carefully wording instructions to get better answers from AI", {
    variants: ["AI prompt", "prompt engineer"],
  }),
  term("system prompt", "hidden instructions that tell an AI tool how to behave", {
    variants: ["system instructions", "system message"],
  }),
  term("prompt injection", "hidden instructions in text that trick an AI tool into misbehaving", {
    source: NIST_AI,
    variants: ["indirect prompt injection", "prompt injection attack", "prompt hacking"],
  }),
  term("jailbreak prompt", "wording that tricks an AI tool into ignoring its safety rules", {
    source: OWASP_LLM,
    variants: ["AI jailbreak", "LLM jailbreak"],
  }),
  term("hallucination", "an AI tool stating something false as if it were fact", {
    variants: ["hallucinate", "hallucinated", "hallucinating", "AI hallucination", "confabulation"],
    technicalOnly: true,
  }),
  term("grounding", "making an AI tool base its answers on trusted documents", {
    technicalOnly: true,
  }),
  term("retrieval-augmented generation", "an AI tool looking up our documents before it answers"),
  term("training data", "the examples an AI tool learned from", {
    variants: ["training dataset", "training set", "model training"],
  }),
  term("fine-tuning", "extra training that adapts an AI model to one task", {
    variants: ["fine-tune", "fine-tuned"],
    technicalOnly: true,
  }),
  term("inference", "an AI model producing an answer", { technicalOnly: true }),
  term("context window", "how much text an AI tool can take in at once", {
    variants: ["token limit", "context length"],
  }),
  term("knowledge cutoff", "the date after which an AI tool knows nothing new", {
    variants: ["knowledge cut-off", "training cutoff"],
  }),
  term("vector database", "a store that lets AI tools find documents by meaning", {
    variants: ["vector store", "vector embedding", "embeddings"],
  }),
  term("semantic search", "searching by meaning rather than exact words"),
  term("agentic AI", "AI tools that take actions on their own, not just answer", {
    variants: ["AI agent", "agentic", "autonomous agent"],
  }),
  acronym("MCP", "a standard way to connect AI tools to other apps and data", {
    variants: ["MCP server"],
  }),
  term("model context protocol", "a standard way to connect AI tools to other apps and data"),
  term("shadow AI", "AI tools used for work without approval", {
    variants: ["unsanctioned AI", "unapproved AI"],
  }),
  term("data poisoning", "slipping bad examples into an AI tool's training to corrupt it", {
    source: NIST_AI,
    variants: ["model poisoning", "training data poisoning"],
  }),
  term("adversarial attack", "input crafted to fool an AI system", {
    source: NIST_AI,
    variants: ["adversarial input", "adversarial example", "adversarial prompt"],
  }),
  term("model drift", "an AI tool's answers getting worse as the world changes"),
  term("explainability", "being able to see why an AI tool gave its answer", {
    variants: ["explainable AI"],
  }),
  term("human in the loop", "a person checks the AI tool's work before it counts", {
    variants: ["human-in-the-loop review", "human oversight"],
  }),
  term("zero data retention", "the provider deletes what you type straight after answering"),
  term("synthetic data", "made-up data that looks real, used for testing or training"),
  term("vibe coding", "having an AI tool write software with little human checking"),
  term("AI notetaker", "an AI tool that joins meetings to record and summarise them", {
    variants: ["AI note-taker", "meeting bot", "notetaker bot"],
  }),

  // Deepfakes and faked media.
  term("voice cloning", "copying someone's voice with AI so it can say anything", {
    variants: ["voice clone", "cloned voice", "AI voice cloning"],
  }),
  term("synthetic media", "pictures, audio or video made or changed by AI", {
    variants: ["synthetic voice", "synthetic video", "AI-generated media"],
  }),
  term("face swap", "replacing one person's face with another's in a photo or video", {
    variants: ["face swapping", "face-swapped"],
  }),
  term("cheapfake", "a misleading video or photo made with simple editing, not AI", {
    variants: ["shallowfake", "cheap fake"],
  }),
  term("liveness detection", "a check that a real, live person is in front of the camera", {
    variants: ["liveness check"],
  }),
  term("content credentials", "a tamper-evident label showing how a picture or video was made", {
    variants: ["C2PA"],
  }),
];
