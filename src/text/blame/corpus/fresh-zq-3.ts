import type { RawBlameExample } from "./types.js";

/** Inside voices: incident post-mortems, board and audit reports, awareness plans, policy rationales, ticket comments and team chat. Written fresh for Rapport (brief ZQ). */
export const FRESH_ZQ_3: readonly RawBlameExample[] = [
  [
    "Staff hide mistakes because the last three people who reported one were disciplined. Until that changes, we won't hear about incidents in time.",
    false,
  ],
  [
    "Everyone in ops has a 'temporary' workaround that's been running for four years. Lazy doesn't begin to describe it.",
    true,
  ],
  [
    "There are two kinds of organisations: those that design for human mistakes and those that are still surprised by them.",
    false,
  ],
  [
    "Post-mortem: AWS keys reached a public repo because we had no pre-commit secret scanning. Adding it to every repo template this sprint.",
    false,
  ],
  [
    "We could encrypt everything, segment everything and monitor everything, and still lose it all to one bored temp.",
    true,
  ],
  ["Honestly, the only insider risk model I trust is 'assume every employee is an idiot'.", true],
  [
    "Insider cases in 2024: one, a leaver who copied files in his notice period. Access is now reduced automatically when notice is given.",
    false,
  ],
  [
    "Tailgating test results: 8 of 10 attempts succeeded at reception. The lobby has no turnstiles and one person covering three doors; this is a staffing and layout issue.",
    false,
  ],
  [
    "You can buy the best firewall on the market and Dave from accounts will still find a way around it.",
    true,
  ],
  [
    "Audit report: the data breach was caused by an employee who acted with gross carelessness and disregard for policy.",
    true,
  ],
  [
    "Summer2024! meets our password policy, which tells you everything about our password policy.",
    false,
  ],
  [
    "UX review: the MFA enrolment screen had 'Skip for now' as its primary button. We swapped them so enrolling is the default path.",
    false,
  ],
  [
    "Awareness budget justification: staff reporting has become our fastest detection source, catching 40% of confirmed incidents before any tool.",
    false,
  ],
  [
    "Weary reminder for the team: no matter what we build, someone in procurement will email the vendor a spreadsheet of passwords.",
    true,
  ],
  [
    "Bottom line for the audit: segregation of duties is missing in three finance processes; remediation owners are assigned.",
    false,
  ],
  [
    "External auto-forwarding is now blocked at the tenant level; users needing holiday access have mobile email through the managed app.",
    false,
  ],
  [
    "Comms draft for all-staff: 'Thank you to the colleague who reported last week's fake invoice — your report stopped a £40,000 payment.'",
    false,
  ],
  [
    "Ticket: social media password exposed in a Slack community. Moving brand accounts to a shared-access tool so nobody handles the raw password.",
    false,
  ],
  [
    "Users reusing their work password on LinkedIn is the reason we got popped. End of story.",
    true,
  ],
  [
    "Annual report to trustees: incidents this year fell by a third after we introduced single sign-on and retired eleven separate logins.",
    false,
  ],
  [
    "Around 8% of staff passwords appeared in public breach corpuses during the check. Those accounts were forced to reset.",
    false,
  ],
  ["Yet again, the problem sat between the chair and the screen.", true],
  [
    "Charity volunteers are well-meaning but utterly clueless with donor data, and that's where our breach came from.",
    true,
  ],
  [
    "Awareness plan FY25 objective: reduce the number of gullible staff who hand over credentials to anyone with a convincing logo.",
    true,
  ],
  [
    "Insider threat remains our biggest risk. Most of our people would sell their login for a gift card if asked nicely.",
    true,
  ],
  [
    "The admin team's idea of security is hiding the server room key under the plant pot next to the door.",
    true,
  ],
  ["You can't fix users. You can only contain them.", true],
  [
    "Associates at this firm think security rules are for the paralegals. Three of them were caught sharing their credentials with assistants this month.",
    true,
  ],
  ["Our field engineers are cowboys with customer data.", true],
  [
    "Summary for the risk committee: the security posture is undermined by 140 unpatched internet-facing services, down from 210 last quarter.",
    false,
  ],
  [
    "Unapproved streaming apps appeared after we blocked the legitimate sports site during the World Cup. A reasonable policy beats a blanket block.",
    false,
  ],
  [
    "Nobody in this building reads warnings. You could put 'THIS WILL DELETE EVERYTHING' in red and they'd still click OK.",
    true,
  ],
  [
    "What we're dealing with isn't an APT, it's an employee who wanted to watch football at work and installed a dodgy streaming app.",
    true,
  ],
  [
    "Surprise, surprise: the new hire in facilities took a photo of the access card and posted it on Instagram.",
    true,
  ],
  [
    "You can't fix users because users aren't broken. Fix the things they have to work with.",
    false,
  ],
  [
    "The first rule of our awareness programme: assume every employee is going to get it wrong.",
    true,
  ],
  [
    "Post-mortem: we lost two days of orders because an employee couldn't be bothered to read the runbook.",
    true,
  ],
  [
    "When every dialog shows a warning, people learn to click through them. Fewer, rarer warnings are more effective.",
    false,
  ],
  ["Mistakes by users cause 90% of our tickets, and the other 10% are users lying about it.", true],
  [
    "The university's research staff are arrogant about security. They think a PhD makes them immune to phishing.",
    true,
  ],
  [
    "Sales floor laptop sample: 40 checked, all encrypted, 38 fully patched, two awaiting a reboot.",
    false,
  ],
  [
    "Fraud team write-up: yet another staff member fell for the 'urgent CEO request' routine. When will they learn?",
    true,
  ],
  [
    "Awareness plan FY25 objective: make reporting a suspicious message take one click, and respond to every report within an hour so people see it matters.",
    false,
  ],
  [
    "Insiders worry me less than over-permissioned service accounts, which nobody has looked at since 2019.",
    false,
  ],
  [
    "Logging gap: the file server's audit log was capped at 20 MB and overwrote itself roughly every six hours.",
    false,
  ],
  [
    "Post-mortem conclusion: the nurse's careless disposal of printouts in the general bin led directly to the data exposure.",
    true,
  ],
  [
    "Awareness plan, section 2: target the repeat offenders — the staff whose carelessness drags down everyone's scores.",
    true,
  ],
  [
    "People protect their bank cards because the bank makes it easy; we should learn from that when designing our own controls.",
    false,
  ],
  [
    "Report to governors: staff used an unapproved cloud service because the approved one had a 2 GB upload limit, unsuitable for video coursework.",
    false,
  ],
  [
    "A rogue router turned up on the clinic network; port security would have blocked it. Enabling 802.1X on all switch ports.",
    false,
  ],
  [
    "Dispensing terminals stay logged in because re-authenticating takes ninety seconds per prescription. Proximity login would fix it overnight.",
    false,
  ],
  [
    "Browser notification permissions are now disabled by policy for non-work sites; spam notifications were the top helpdesk complaint.",
    false,
  ],
  [
    "Employees at this bank report phishing within minutes on average; the fastest reports come from branches, not head office.",
    false,
  ],
  [
    "Post-mortem: the engineer committed AWS keys to a public repo. Careless, and frankly not the first time for him.",
    true,
  ],
  [
    "Production and staging shared the same credentials and their hostnames differed by one character. The environment design made the mistake easy to make.",
    false,
  ],
  [
    "Our students are the biggest threat to the campus network. Torrents, dodgy VPNs, cracked games, all of it.",
    true,
  ],
  [
    "Dispatch staff hand the CAD password over at shift change because accounts are per-console, not per-person. Per-person accounts are on the roadmap.",
    false,
  ],
  [
    "A short glossary of terms like ransomware and phishing in the intranet footer was the most-visited page we published this year.",
    false,
  ],
  [
    "Ground staff share badges at gates where only one reader works. Fixing the second reader is cheaper than disciplining anyone.",
    false,
  ],
  [
    "Security lead's note: the dispatch staff need to stop treating the CAD system password like a shift handover note. It's embarrassing.",
    true,
  ],
  [
    "Teachers in this district are the single largest security liability we have; they'll install any browser extension that promises free worksheets.",
    true,
  ],
  [
    "Awareness plan, section 2: no naming and shaming. Individual simulation results stay private between the employee and the programme team.",
    false,
  ],
  [
    "Quick rant: I spent all week building a secure file transfer and the first user emailed the file anyway.",
    true,
  ],
  [
    "Insider risk: the majority of our staff are one bad day away from doing something catastrophic with their access.",
    true,
  ],
  [
    "Dear diary: today a user asked if 'ransomware' was a brand of wireless mouse. We're doomed.",
    true,
  ],
  [
    "Teachers get phished via fake parent emails because parents use personal addresses that can't be verified. We're moving contact to the school app.",
    false,
  ],
  [
    "The regional office processes 3,000 invoices a month with two clerks. Fraud slips through where volume outruns verification.",
    false,
  ],
  ["The facilities guy who set the CCTV password to 'password' should be walked out today.", true],
  [
    "Junior doctors bypass controls when those controls slow down patient care. Involve them in designing the next ones.",
    false,
  ],
  [
    "Insiders, not outsiders, keep me up at night. Our own people are a bigger menace than any hacker group.",
    true,
  ],
  [
    "Shop floor staff flagged the fake 'head office' courier before we did. Worth telling them so.",
    false,
  ],
  ["There's a reason the regulator fined us and his name is on the incident ticket.", true],
  [
    "Engineers hardcode credentials because we never gave them a secrets manager that works in the CI pipeline.",
    false,
  ],
  [
    "Bluntly: the call centre is full of people who'd give a fraudster the keys if asked in the right accent.",
    true,
  ],
  [
    "Teammate in chat: 'staffroom USB drop test was a bit mean tbh — we've never told nurses what to do with found devices. can we do a poster instead'",
    false,
  ],
  [
    "Every breach I've investigated in twenty years began with someone who should have known better.",
    true,
  ],
  [
    "Somebody in the engineering team disabled the EDR agent 'because it slowed down builds'. I want names.",
    true,
  ],
  [
    "Lawyers open attachments from unknown parties every day because that's how litigation works. Detonation sandboxing is a better bet than warnings.",
    false,
  ],
  [
    "Satellite offices have no on-site IT and get security updates via a monthly newsletter nobody receives. That's a comms failure on our side.",
    false,
  ],
  [
    "The problem child is always HR. They open every CV attachment like it's a birthday present.",
    true,
  ],
  [
    "Construction site offices get temporary laptops with no device management. The foremen inherit a mess we haven't secured.",
    false,
  ],
  [
    "Note to self: never underestimate how many ways a user can misread a perfectly clear instruction.",
    true,
  ],
  [
    "Head of IT's quarterly note: endpoint patch compliance within 14 days reached 96%, up from 71%.",
    false,
  ],
  [
    "Janice in accounts reports more phishing than anyone on that floor. Maybe ask her what she looks for.",
    false,
  ],
];
