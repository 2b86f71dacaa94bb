import type { RawBlameExample } from "./types.js";

/** Formal outside voices: vendor copy, webinar and podcast transcripts, whitepaper and analyst sentences, conference abstracts, insurance and consultancy reports. Written fresh for Rapport (brief ZP). */
export const FRESH_ZP_5: readonly RawBlameExample[] = [
  [
    "QR code phishing is exploding, and it's because people will scan anything taped to a parking meter.",
    true,
  ],
  [
    "Interns: cheap, eager, and completely unaware that they just emailed the customer database to the wrong address.",
    true,
  ],
  [
    "When the help desk is rewarded for speed and punished for friction, social engineering becomes a management issue.",
    false,
  ],
  [
    "Somewhere right now an employee is typing their password into a form because it had a nice logo on it.",
    true,
  ],
  [
    "Calling people the weakest link is lazy analysis; it skips over the systems that put them in an impossible position.",
    false,
  ],
  [
    "Sixty-eight percent of the breaches we investigated involved a non-malicious action by a person, such as a mis-sent email or a reused credential.",
    false,
  ],
  [
    "Keynote line: we spend millions on detection and then let Dave from accounts plug in a USB stick he found in the car park.",
    true,
  ],
  ["BYOD programmes just give careless staff another device to lose.", true],
  [
    "Crypto exchanges keep losing funds to employees who fall for fake job offers with malware attached.",
    true,
  ],
  [
    "Report summary: in seven of ten cases losses were driven by delayed detection rather than by the initial intrusion.",
    false,
  ],
  ["User behaviour is the number one cause of security incidents, full stop.", true],
  [
    "Management that rewards speed above all else should not be surprised when staff skip the security steps.",
    false,
  ],
  [
    "Even after the breach, the team kept sharing passwords over chat because no shared vault had ever been provisioned for them.",
    false,
  ],
  [
    "Whitepaper finding: organisations that measure reporting rates instead of click rates see faster containment of phishing incidents.",
    false,
  ],
  [
    "Travelling staff connect to any hotel Wi-Fi they find and then wonder why their laptops are compromised.",
    true,
  ],
  ["Password reuse is a character flaw, and your workforce has it in abundance.", true],
  [
    "Call centre agents are trained to be helpful, and helpfulness is precisely the weakness attackers exploit in these people.",
    true,
  ],
  [
    "Remote work widened the attack surface through unmanaged home routers and personal devices, which companies chose not to budget for.",
    false,
  ],
  [
    "Charities are targeted because volunteers are easily fooled and rarely follow instructions.",
    true,
  ],
  [
    "Endpoint agents that noticeably slow down machines will be disabled, so performance budgets belong in the procurement criteria.",
    false,
  ],
  [
    "Treating humans as bugs to be patched has produced a decade of training spend with very little measurable return.",
    false,
  ],
  [
    "Law firms leak because associates forward client files to their personal accounts so they can work from the sofa.",
    true,
  ],
  [
    "Our findings indicate that staff follow security practice when it fits their workflow and bypass it when it doubles the time a task takes.",
    false,
  ],
  [
    "We deploy controls to protect the organisation from its staff, because experience says that's where the damage comes from.",
    true,
  ],
  [
    "Security by obscurity failed again when the attackers simply read the vendor's public documentation.",
    false,
  ],
  [
    "Are users really the problem, or are they just easier to blame than the architecture we built?",
    false,
  ],
  [
    "This talk walks through a full exploitation chain against an unpatched VPN appliance, from initial access to domain compromise.",
    false,
  ],
  [
    "The unfortunate truth is that most employees are one urgent-sounding email away from giving up the keys to the kingdom.",
    true,
  ],
  [
    "Municipal governments get hit again and again because they run decades-old systems on budgets that cannot fund replacements.",
    false,
  ],
  [
    "Supply chain attacks are rising, but your own staff downloading cracked software remains the bigger worry.",
    true,
  ],
  [
    "Hotel chains leak guest data because front-desk staff will read out booking details to any caller.",
    true,
  ],
  [
    "Incident responders should document contributing conditions such as staffing, time pressure and tooling, not just who clicked.",
    false,
  ],
  [
    "The end user remains the perennial weak spot, as this year's incident figures painfully confirm.",
    true,
  ],
  [
    "Developers, left to their own devices, will commit secrets to a public repository before lunch.",
    true,
  ],
  [
    "Manufacturers are being ransomed because shop-floor workers plug their phones into the HMI to charge them.",
    true,
  ],
  ["Humans are the bug that no vendor can patch.", true],
  [
    "Mobile sales staff need full-disk encryption and remote wipe by default so a lost laptop stays an inconvenience rather than an incident.",
    false,
  ],
  [
    "Our research shows the organisations with the fewest serious breaches are those where staff report errors within an hour.",
    false,
  ],
  [
    "Data classification fails when it depends on manual labelling; automatic classification at creation time performs far better.",
    false,
  ],
  [
    "This keynote will explain why, after twenty years of tooling, the human remains the softest target in any enterprise.",
    true,
  ],
  [
    "In operational technology environments, engineers bridge networks because remote monitoring was never provided through a sanctioned path.",
    false,
  ],
  [
    "Frontline retail staff cannot be trusted to spot card skimmers, so don't bother asking them.",
    true,
  ],
  [
    '"I\'ll say it on air: these giveaway scams land because brands have trained customers to expect prizes from unverified accounts."',
    false,
  ],
  [
    "Security awareness training in hospitals works best when it is short, role-specific and scheduled around shifts rather than bolted onto them.",
    false,
  ],
  [
    "Analyst note: the primary cause of identity compromise remains user carelessness with credentials.",
    true,
  ],
  [
    "Contractor access should expire automatically when the engagement ends; most lingering accounts we find are a provisioning gap.",
    false,
  ],
  [
    "A routine software update became a week-long outage because the rollback procedure had never been tested.",
    false,
  ],
  [
    "Tabletop exercises reveal gaps in decision rights far more often than gaps in anyone's knowledge.",
    false,
  ],
  ["Staff are the soft underbelly of every security programme we assess.", true],
  [
    "Our platform scores every employee's risk level, because frankly some of them are accidents waiting to happen.",
    true,
  ],
  [
    "Voice phishing against service desks has surged since attackers started using scripts harvested from leaked internal wikis.",
    false,
  ],
  [
    "Regulators increasingly fine companies for breaches where basic technical measures were absent, rather than for isolated mistakes by individuals.",
    false,
  ],
  [
    "The cleaner, the temp and the courier all walk past your server room, and one of them will hold the door for a stranger.",
    true,
  ],
  ["Clerical errors by sloppy staff expose more patient records than hackers ever will.", true],
  ["We built our product on a simple premise: never trust the user to make the right call.", true],
  [
    "Sticky notes on monitors are what you get when password rules demand complexity that no memory can hold.",
    false,
  ],
  ["The new hire is the most dangerous person in any company for their first ninety days.", true],
  [
    "Data scientists are a compliance nightmare; they'll copy production data onto their laptops without a second thought.",
    true,
  ],
  [
    "SaaS admin consoles bury critical permission settings, and most of them default to allowing everything.",
    false,
  ],
  [
    "Cyber insurance applications ask whether staff are trained, but claims correlate far more with whether MFA and EDR were in place.",
    false,
  ],
  [
    '"I\'ll say it on air: most users are one free iPad giveaway away from handing over their credentials."',
    true,
  ],
  [
    "Let's be honest on this webinar: users are lazy, and they will pick Summer2024! for a password every single time.",
    true,
  ],
  ["Shadow IT is usually a signal that the approved tools don't do what people need.", false],
  [
    "Offboarding gaps, such as accounts left active for weeks, explain much of the data loss attributed to departing staff.",
    false,
  ],
  [
    "Doctors are notoriously the worst at security; they'll share a login with the whole ward if it saves them ten seconds.",
    true,
  ],
  ["The typical office worker is a phishing success story waiting to happen.", true],
  [
    "The problem with cloud security in one sentence: defaults that made storage public and consoles that hid the setting three menus deep.",
    false,
  ],
  [
    "An insider programme that starts with surveillance rather than support will find the wrong people and miss the right ones.",
    false,
  ],
  [
    "DevOps teams move fast, so security checks have to run inside the pipeline at the same speed or they'll be routed around.",
    false,
  ],
  ["Your sales team would sell the VPN password for a warm lead.", true],
  [
    "People are gullible, plain and simple, and attackers figured that out long before we did.",
    true,
  ],
  [
    "Much of the reconnaissance attackers need is published by companies themselves, in org charts, press releases and job adverts listing their tech stack.",
    false,
  ],
  [
    "Report summary: insider carelessness, not external attackers, drove the losses in seven of ten cases.",
    true,
  ],
  [
    'Every SOC analyst knows that the call always starts with "I just clicked on something" from someone who should know better.',
    true,
  ],
  [
    "The breach report reads like a catalogue of alerts that fired and were never triaged because the SOC was running at half strength.",
    false,
  ],
  [
    'School administrators are catnip for scammers; they\'ll believe any email from the "district office".',
    true,
  ],
  [
    "Operator error was recorded as the cause, but the console allowed a destructive command with no confirmation step.",
    false,
  ],
  [
    "Frankly, the average security warning is written so badly that ignoring it is a rational response.",
    false,
  ],
  [
    "Humans are good at spotting oddities when they have context, which is why user reports often beat automated detection.",
    false,
  ],
  [
    "The staff member who fell for the lure was doing exactly what the organisation had trained them to do: act fast for senior colleagues.",
    false,
  ],
  [
    "Frankly, the average user treats a security warning the way a toddler treats a plate of broccoli.",
    true,
  ],
  ["Technologists build walls; users dig tunnels under them out of sheer laziness.", true],
  [
    "Podcast: \"I've never met a receptionist who wanted to let an intruder in; I've met plenty who were never told what to check.\"",
    false,
  ],
  [
    "School districts are attractive to scammers because lookalike domains are cheap and many districts lack DMARC enforcement.",
    false,
  ],
];
