import type { RawBlameExample } from "./types.js";

export const FRESH_ZM_3: readonly RawBlameExample[] = [
  ["User unhappy we blocked Dropbox. User also the reason we blocked Dropbox.", true],
  [
    "User unhappy we blocked Dropbox; she needs to send large files to a client. Set her up with the approved transfer portal.",
    false,
  ],
  [
    "The CFO's PA will forward anything that has the CFO's name in the subject line. She's a liability.",
    true,
  ],
  [
    "The CFO's PA flagged the fake CFO email because the sign-off was wrong. Great catch, I've passed it to the threat intel folks.",
    false,
  ],
  [
    "Third lost laptop from the same team this year. Either they're careless or they're selling them.",
    true,
  ],
  [
    "Third lost laptop from the field team this year. They're on the road daily; at least BitLocker means it's a hardware loss, not a data one.",
    false,
  ],
  ['Call logged: "internet broken". Cause: user turned off Wi-Fi. Never change, Derek.', true],
  [
    'Call logged: "internet broken". Cause: DHCP scope exhausted on the third-floor VLAN. Expanded the scope.',
    false,
  ],
  [
    "Just so you know, the nurses' station shares one password and they'll fight you if you change it.",
    true,
  ],
  [
    "The nurses' station shares one password because logging in and out for every patient takes too long on the old terminals. Tap-and-go is in the capex bid.",
    false,
  ],
  [
    "Ugh, the new joiners. Day two and one has already put the guest Wi-Fi key on the office Instagram.",
    true,
  ],
  [
    "Day two for the new joiners and they've all done the security induction. Two of them already asked good questions about the clean desk policy.",
    false,
  ],
  [
    "Told the CEO he can't have an exception to MFA. He escalated to the board. We'll be cleaning that up in six months.",
    true,
  ],
  [
    "The CEO asked for an MFA exception; we gave him a YubiKey instead and he's been happy with it since.",
    false,
  ],
  [
    "User wanted to know why his account got locked. Typed his password 40 times with caps lock on. Didn't think to check.",
    true,
  ],
  [
    "User account locked 40 times overnight; traced to a password-spraying attempt from a hosting provider. Added the ranges to conditional access.",
    false,
  ],
  [
    "Site engineers are the worst for this, every single one of them has their password on their hard hat.",
    true,
  ],
  [
    "Site engineers can't use MFA apps with gloves on, so they're asking for exemptions. Trialling NFC badges on the tablets.",
    false,
  ],
  [
    'You could put a sign on the door saying "do not open to strangers" and someone in procurement would still open it.',
    true,
  ],
  [
    "Procurement gets the most supplier impersonation attempts by volume, which makes sense given who they talk to.",
    false,
  ],
  [
    'FYI: Jenny has "fixed" the printer by plugging it straight into the public IP range. Please keep her away from cables.',
    true,
  ],
  [
    "FYI: the printer was on a public IP because the ISP router reset to factory defaults after the power cut. Reconfigured and firewalled.",
    false,
  ],
  ["Nobody in this building locks their screen. It's like working in a petting zoo.", true],
  [
    "Screen lock timeout is currently 60 minutes on the legacy GPO. Bringing it in line with the 10-minute standard next week.",
    false,
  ],
  [
    "Users disable the VPN whenever it's slightly slow. They don't care, and they never will.",
    true,
  ],
  [
    "VPN throughput halves during the 9am rush; people drop it to get work done. Split tunnelling for Teams should fix most of it.",
    false,
  ],
  ["Patched 14 servers in the Tuesday window, 2 deferred pending app owner testing.", false],
  ["Reminder: cert for the intranet expires on the 14th, renewal request is with the CA.", false],
  [
    "Heads up, EDR flagged a PowerShell download cradle on FIN-LT-022. Isolated, user is fine, looks like a malvertising redirect.",
    false,
  ],
  [
    "Shout out to Priya in payroll who spotted the bank details change request was fake and phoned the supplier. Textbook.",
    false,
  ],
  [
    "Can someone check why the SIEM ingestion lag has been 40 minutes all morning? Parser looks backed up.",
    false,
  ],
  [
    "Helpdesk stat for the month: 62% of password resets were self-service after we turned on SSPR. Huge win.",
    false,
  ],
  [
    "Gateway blocked 18k phishing emails this week; 12 got through, 9 reported by staff within an hour.",
    false,
  ],
  [
    "Not a user problem. The app times out after 5 minutes and throws away the form, so people save drafts in Notepad on the desktop.",
    false,
  ],
  [
    "Vendor has confirmed the vulnerability; no fix yet, workaround is to disable the web admin interface. Done on all three units.",
    false,
  ],
  [
    "Rolling out passkeys to the pilot group Monday. Feedback from the test users was pretty positive.",
    false,
  ],
  [
    "Quick one: anyone know if the new DLP policy is catching OneDrive sync uploads or only web uploads?",
    false,
  ],
  [
    "Spotted the lookalike domain registration (our name with an rn instead of m). Submitted takedown and added to block list.",
    false,
  ],
  [
    "Talked to the ward manager. They want to do the right thing; the kit just makes it hard.",
    false,
  ],
  [
    'Moving the admin accounts to separate identities with no mailbox. Should kill the "admin reads email" risk for good.',
    false,
  ],
  [
    "Lots of people used the Report Phish button this week, which is great, but the queue has a 2-day backlog. Need another analyst on it.",
    false,
  ],
  [
    "The vendor's default admin password was still set on the CCTV NVR. Changed it and raised it with their account manager.",
    false,
  ],
  [
    "Our ticketing system auto-closes tickets after 3 days without user response, which is why the same issue keeps reopening.",
    false,
  ],
  [
    "Good news: the phishing test click rate is down, but more importantly the report rate tripled.",
    false,
  ],
  ["Backups verified: test restore of the finance share completed in 38 minutes.", false],
  ["Raised a change to disable legacy auth for the remaining 30 mailboxes. CAB Thursday.", false],
  [
    "Audit observation: in our experience the control environment here is sound; the weakness is the attitude of the staff who operate it.",
    true,
  ],
  [
    "Audit observation: the control environment is sound in design, but three key controls depend on manual steps with no evidence of performance.",
    false,
  ],
  [
    "We note that, despite repeated reminders, staff continue to disregard the acceptable use policy.",
    true,
  ],
  [
    "We note that the acceptable use policy was last reviewed in 2017 and refers to systems no longer in use.",
    false,
  ],
  [
    "Management letter point 4: personnel cannot be relied upon to follow the password policy and should be treated as an inherent risk.",
    true,
  ],
  [
    "Management letter point 4: the password policy is not technically enforced on the legacy ERP, so compliance depends on goodwill.",
    false,
  ],
  [
    "From our interviews it was clear that employees at this site do not take information security seriously.",
    true,
  ],
  [
    "From our interviews it was clear that employees at this site had not been told who to contact about a security concern.",
    false,
  ],
  ["The primary risk to this organisation is its own workforce.", true],
  [
    "The primary risk to this organisation is its reliance on a single unsupported line-of-business application.",
    false,
  ],
  [
    "Finding: the sampled users showed a cavalier attitude to data handling that no technical control will fully compensate for.",
    true,
  ],
  [
    "Finding: the sampled users handled data appropriately; however, the file share permissions would have allowed far wider access than they used.",
    false,
  ],
  ["In plain terms, your people are the hole in the fence.", true],
  ["In plain terms, your fence has a hole where the old VPN concentrator used to be.", false],
  [
    "We recommend disciplinary sanctions for repeat phishing simulation failures, as awareness alone has not changed behaviour.",
    true,
  ],
  [
    "We recommend against disciplinary sanctions for phishing simulation failures; they tend to reduce reporting, which is the behaviour you want.",
    false,
  ],
  [
    "Clinicians at the trust routinely circumvent security in the name of patient care, and this culture is the core risk.",
    true,
  ],
  [
    "Clinicians at the trust circumvent security when it delays patient care, which tells us the controls were designed without them.",
    false,
  ],
  [
    "As we say to every client: you can buy the best firewall on the market, but you can't patch stupid.",
    true,
  ],
  [
    "As we say to every client: you can buy the best firewall on the market, but if nobody owns the rule base it will rot.",
    false,
  ],
  [
    "The board should understand that the staff, not the technology, are what will get this firm breached.",
    true,
  ],
  [
    "The board should understand that the security team is two people covering 1,400 endpoints, and that is the root of most of our findings.",
    false,
  ],
  [
    "It was evident during the walkthrough that the accounts payable team will approve anything with a plausible logo.",
    true,
  ],
  [
    "It was evident during the walkthrough that accounts payable had no supplier master-data change control, so a convincing email was enough.",
    false,
  ],
  [
    "Staff turnover brings in people who have no idea how to behave securely, and they are your greatest exposure.",
    true,
  ],
  [
    "Staff turnover is high, and the induction contains no security content, so new starters learn practices from whoever sits next to them.",
    false,
  ],
  [
    "In the consultant's opinion, the insider threat from disgruntled and careless employees outweighs any external threat this company faces.",
    true,
  ],
  [
    "In the consultant's opinion, the company's insider threat programme is disproportionate and is damaging trust without measurable benefit.",
    false,
  ],
  [
    "Our social engineering test succeeded on eleven of twelve calls. Your staff will give their password to anyone with a confident voice.",
    true,
  ],
  [
    "Our social engineering test succeeded on eleven of twelve calls, largely because the helpdesk has no way to verify a caller's identity.",
    false,
  ],
  ["Frankly, your biggest control failure is the people you've hired.", true],
  [
    "Frankly, your biggest control failure is that nobody has reviewed the privileged access list since the last audit.",
    false,
  ],
  [
    "Executives consistently demanded exemptions from controls and then were, unsurprisingly, the ones compromised.",
    true,
  ],
  [
    "Exemptions granted to executives were not time-limited or reviewed, and two of the three compromised accounts held such exemptions.",
    false,
  ],
  [
    "Remote workers demonstrate poor judgement with company equipment and should be subject to tighter monitoring.",
    true,
  ],
  [
    "Remote workers were issued equipment without full-disk encryption during the 2020 rush, and 37 of those devices remain unencrypted.",
    false,
  ],
  [
    "Even where controls exist, the human factor undermines them: staff write down codes, share tokens and leave doors open.",
    true,
  ],
  [
    'The "human factor" label hides the real finding: the codes were eight characters, changed weekly, and the tokens were shared because there weren\'t enough.',
    false,
  ],
];
