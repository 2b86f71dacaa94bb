import type { RawBlameExample } from "./types.js";

export const FRESH_ZM_4: readonly RawBlameExample[] = [
  [
    "Despite a well-funded awareness programme, the workforce remains stubbornly resistant to good practice.",
    true,
  ],
  [
    "The awareness programme consists of one annual video; completion is 96% but nobody we interviewed could recall its content, which is a programme design issue.",
    false,
  ],
  [
    "Our red team walked in carrying a ladder and a hi-vis vest. Nobody stopped them. Your people are trained to be polite, not secure.",
    true,
  ],
  [
    "Our red team walked in with a ladder and hi-vis vest. There was no visitor process for contractors, so staff had nothing to check them against.",
    false,
  ],
  ["The human layer is where this organisation fails every test we throw at it.", true],
  [
    "Human error accounted for a minority of the incidents in scope; the majority were caused by misconfiguration and missing patches.",
    false,
  ],
  ["We observed a pervasive culture of carelessness among administrative staff.", true],
  [
    "We observed that administrative staff were under sustained workload pressure, with security tasks routinely the first to be dropped.",
    false,
  ],
  ["Ultimately, security here fails because staff can't be bothered.", true],
  [
    "Ultimately, security here fails because it costs staff time that nobody has budgeted for.",
    false,
  ],
  [
    "Scope: external and internal infrastructure, Microsoft 365 tenant, and a sample of 40 endpoints across two sites.",
    false,
  ],
  [
    "We were pleased to see that incident reporting is well understood; staff at all levels knew how to report and did so.",
    false,
  ],
  [
    "The disaster recovery plan has not been tested in the audit period and key recovery time objectives are unvalidated.",
    false,
  ],
  [
    "Critical: internet-facing management interface on the core firewall, reachable with default credentials.",
    false,
  ],
  ["We found the IT team candid and cooperative throughout the engagement.", false],
  [
    "Third-party access is granted through a shared vendor account with no expiry and no logging of individual sessions.",
    false,
  ],
  [
    "The organisation has no asset inventory, so neither we nor management can say how many systems are in scope for patching.",
    false,
  ],
  [
    "Phishing simulation data should not be used to rank individuals; the variance between campaigns is far larger than between people.",
    false,
  ],
  [
    "Security decisions are being taken by the IT manager alone, with no route to the board for risk acceptance.",
    false,
  ],
  [
    "The cyber insurance questionnaire was answered optimistically; MFA is described as universal, but we found 212 accounts without it.",
    false,
  ],
  [
    "Recommendation: replace annual awareness training with short, role-specific guidance delivered at the point of need.",
    false,
  ],
  [
    "Data retention rules are not applied; the oldest personal data we found dated from 2004.",
    false,
  ],
  [
    "Staff we spoke to were keen to help and often asked for clearer guidance on what counts as confidential.",
    false,
  ],
  [
    "Logging is enabled but logs are not reviewed, and alerts from the firewall are delivered to a mailbox with 41,000 unread messages.",
    false,
  ],
  [
    "The outsourced provider's contract contains no security obligations and no right to audit.",
    false,
  ],
  ["We would characterise the security culture as positive but under-resourced.", false],
  [
    "Segregation of duties is not possible in a finance team of two; compensating controls such as dual sign-off should be considered.",
    false,
  ],
  [
    "Your penetration test from last year listed the same three critical findings; none have been remediated, and none had an owner assigned.",
    false,
  ],
  [
    "The organisation's reliance on personal devices for MFA places an unfair burden on staff who do not wish to install work apps on their phones.",
    false,
  ],
  [
    "We saw evidence that staff challenge unfamiliar visitors at the main entrance; the side door by the loading bay has no equivalent control.",
    false,
  ],
  [
    "Privileged accounts are used for daily work because the tiered admin model was never completed after the project lost funding.",
    false,
  ],
  [
    "The service desk is measured on call handling time, which directly rewards skipping identity verification.",
    false,
  ],
  [
    "Security awareness is reasonable; the gaps we found are predominantly in infrastructure configuration and change control.",
    false,
  ],
  [
    "Insider threat is a real category of risk, but the evidence here points to compromised credentials, not malicious staff.",
    false,
  ],
  [
    "Management should accept responsibility for the risk decisions that led to the end-of-life systems remaining in production.",
    false,
  ],
  [
    "The supplier of the payroll system has not applied security updates to its hosted platform in over a year, per their own release notes.",
    false,
  ],
  [
    "We've seen it a hundred times: you roll out a good tool and the users find a way to break it within a week.",
    true,
  ],
  ["Bluntly, the problem in this building is the humans in it.", true],
  [
    "Any security programme here will fail until the staff grow up and start taking responsibility.",
    true,
  ],
  [
    "The weakest link in your supply chain isn't a supplier. It's your own purchasing team, who will believe any email with an invoice attached.",
    true,
  ],
  [
    "People will trade their password for a chocolate bar. We proved that in your lobby on Tuesday.",
    true,
  ],
  [
    "Your partners forward confidential files to their spouses to print. That is the risk, not Russia.",
    true,
  ],
  ["Half your staff couldn't tell a phishing email from a birthday card.", true],
  ["The IT manager's sloppiness is the single biggest finding in this report.", true],
  [
    "Hi Mark, quick update: the breach was caused by the usual suspect, an employee who couldn't resist a free gift card link.",
    true,
  ],
  [
    "Hi Mark, quick update: the breach came in through a supplier's compromised mailbox, so the email came from a genuine address we trust.",
    false,
  ],
  [
    "I'd strongly suggest we stop investing in awareness training. Our staff are simply not capable of learning it.",
    true,
  ],
  [
    "I'd suggest we shift spend from awareness training to phishing-resistant MFA; it removes the need for staff to spot every fake.",
    false,
  ],
  [
    "Can we discuss naming and shaming repeat clickers at the all-hands? Nothing else seems to work with this lot.",
    true,
  ],
  [
    "Can we discuss thanking the people who report phishing at the all-hands? Recognition seems to work better than anything we've tried.",
    false,
  ],
  ["Sorry to be blunt, but the night shift are a security disaster waiting to happen.", true],
  [
    "Sorry to be blunt, but the night shift has no on-site IT cover, so anything that breaks at 2am stays broken until morning.",
    false,
  ],
  [
    "Given how often the sales team loses devices, I'd recommend they only get thin clients from now on.",
    true,
  ],
  [
    "Given how much the sales team travels, I'd recommend we move them to thin clients so a lost device is just a hardware cost.",
    false,
  ],
  [
    "Update for the steering group: as predicted, users have found a workaround to the new DLP rules within 48 hours. They always do.",
    true,
  ],
  [
    "Update for the steering group: the new DLP rules blocked a legitimate payroll upload, so payroll found a workaround. We've adjusted the rule.",
    false,
  ],
  [
    "The way I see it, every employee is a potential insider threat and should be monitored as one.",
    true,
  ],
  [
    "The way I see it, treating every employee as a potential insider threat makes them less likely to tell us when something goes wrong.",
    false,
  ],
  ["Jim, I hate to say it, but your team is the reason our audit score dropped.", true],
  [
    "Jim, our audit score dropped mainly because we couldn't evidence quarterly access reviews; the tooling to do them doesn't exist yet.",
    false,
  ],
  ["Our staff are basically a welcome mat for social engineers.", true],
  [
    "Our switchboard is basically a welcome mat for social engineers: it transfers anyone to anyone, no questions asked, by design.",
    false,
  ],
  [
    "Just a heads up that the new starters in customer services seem to lack basic sense around handling card details.",
    true,
  ],
  [
    "Just a heads up that the new starters in customer services were never shown the PCI handling procedure; it fell out of the induction pack.",
    false,
  ],
  [
    "Legal are the worst offenders for sending unencrypted documents. They think they're above the rules.",
    true,
  ],
  [
    "Legal send unencrypted documents because the encryption add-in crashes Word on their template-heavy files. Vendor ticket open.",
    false,
  ],
  ["Every time we make it easier, the users get lazier.", true],
  ["Every time we made it easier, reporting went up and incidents came down.", false],
  ["Boss, honestly, the tech is fine. It's the people. It's always the people.", true],
  ["Boss, honestly, the people are fine. It's the twelve-year-old file server.", false],
  [
    "Not being funny, but the graduate intake treats phishing tests like a game of whack-a-mole and click everything.",
    true,
  ],
  [
    "Not being funny, but the graduate intake reported more of the phishing test than any other group. They're sharp.",
    false,
  ],
  ["If you want a secure company, hire fewer people.", true],
  [
    "Managers in this place sign off access requests without reading them, then act shocked when a junior can see the HR folder.",
    true,
  ],
  [
    "Access requests land with managers with no description of what the permission actually grants, so they approve blind.",
    false,
  ],
  ["My two cents: the biggest vulnerability in IT will always be the user.", true],
  [
    "My two cents: the biggest vulnerability in IT is assuming the user is the biggest vulnerability.",
    false,
  ],
  [
    "Following up on the incident: the call centre agent read out the customer's full card number to a caller he hadn't verified. Frankly he should be gone.",
    true,
  ],
  [
    "Following up on the incident: the call centre script had no verification step for callbacks, and the agent followed the script.",
    false,
  ],
  [
    "People choose convenience over security every single time; they're wired that way and we have to lock everything down accordingly.",
    true,
  ],
  [
    "People choose convenience over security when security is inconvenient, which tells us where to focus our design effort.",
    false,
  ],
  ["You'd think doctors would be clever enough not to reuse passwords. You'd be wrong.", true],
  [
    "Doctors reuse passwords because they have 14 systems with 14 different login rules. Single sign-on would fix most of that.",
    false,
  ],
  [
    "The problem with our admins is they're cowboys. Every one of them thinks he's the exception to change control.",
    true,
  ],
];
