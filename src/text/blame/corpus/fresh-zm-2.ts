import type { RawBlameExample } from "./types.js";

export const FRESH_ZM_2: readonly RawBlameExample[] = [
  [
    "The user did everything right, including checking the sender, which had been spoofed from a compromised supplier mailbox.",
    false,
  ],
  [
    "Credential stuffing succeeded against the customer portal because rate limiting was applied per IP rather than per account.",
    false,
  ],
  [
    "Human error is a symptom in this timeline. The cause is that a destructive action had no confirmation step.",
    false,
  ],
  [
    "Attacker dwell time was 23 days; we have since onboarded the domain controllers to the SIEM, which were missing from the original scope.",
    false,
  ],
  [
    "Three of the five staff who received the lure reported it. That's a better rate than our email gateway managed.",
    false,
  ],
  [
    "The vendor's remote support tool was left installed after the project ended and was the entry point.",
    false,
  ],
  [
    "The ransomware note referenced a leak site; as of writing no data from this incident has appeared there.",
    false,
  ],
  [
    "Our runbook assumed a single region failure. This was a provider-wide control plane issue, which we had not modelled.",
    false,
  ],
  [
    "The service desk agent followed the documented reset process to the letter; the process did not require identity verification for contractors.",
    false,
  ],
  [
    "Security budget for endpoint hardening was cut by 40% this year, and the gap this incident exploited was on that list.",
    false,
  ],
  [
    "The on-call engineer escalated correctly at 02:10; the escalation path pointed to a manager who had left the company.",
    false,
  ],
  [
    "Containment was delayed because the EDR console licence had lapsed and renewal sat in procurement for a month.",
    false,
  ],
  [
    "We recommend replacing shared admin passwords with a PAM vault and just-in-time elevation.",
    false,
  ],
  [
    "The attacker's lure referenced a real internal project, which suggests reconnaissance via LinkedIn and the public planning portal.",
    false,
  ],
  [
    "The employee who spotted the odd login notification and called us at 11pm is the reason this is a minor incident and not a major one.",
    false,
  ],
  [
    "Key finding: the cloud storage bucket was public because the Terraform module we reused set ACLs to public-read by default.",
    false,
  ],
  ["Blame isn't a useful output of a post-mortem. Fixes are.", false],
  [
    "We identified the misconfiguration during a routine review; no evidence of access by unauthorised parties.",
    false,
  ],
  [
    "The insider risk alert was a false positive triggered by a legitimate bulk export for the year-end audit.",
    false,
  ],
  [
    "Impact: 3 hours of degraded email, no data loss. Cause: a certificate pinned in the mail relay config was rotated by the provider without notice.",
    false,
  ],
  [
    "Process gap: there was no owner for the legacy file server, so nobody patched it and nobody was told to.",
    false,
  ],
  [
    "The loss happened because Gary in accounts, who has been told four times, still keeps his passwords on a Post-it under the keyboard.",
    true,
  ],
  [
    "Root cause: a staff member with no business in that folder went looking anyway. Curiosity is a threat and should be treated like one.",
    true,
  ],
  [
    "Every single incident this quarter traces back to someone not reading before they clicked.",
    true,
  ],
  [
    "It doesn't matter how much we spend on tooling while the people using it are this sloppy.",
    true,
  ],
  [
    "The sales director shared his screen with the client while the password spreadsheet was open. You cannot make this stuff up.",
    true,
  ],
  [
    "The merger leak came from staff gossiping in a public Teams channel. They just can't help themselves.",
    true,
  ],
  [
    "Impact was limited only because the attacker got bored before our users did anything even dumber.",
    true,
  ],
  [
    "Theatre staff keep propping the server room door open as a shortcut, and they'll keep doing it until someone is disciplined.",
    true,
  ],
  [
    "Users will always find a way around a control if it saves them ten seconds; this incident is just the latest proof.",
    true,
  ],
  ["Again, the problem wasn't the firewall. It was Brian.", true],
  [
    "Root cause: the end user. Secondary cause: the end user's manager, who told her to ignore the warning.",
    true,
  ],
  [
    "The new hire emailed the full payroll file to the wrong Sarah. We need to stop hiring people who can't check an address field.",
    true,
  ],
  ["If the staff here had half a brain between them we would not be writing this report.", true],
  [
    "Honestly, the attacker barely had to try; our own people opened the door and held it for them.",
    true,
  ],
  [
    "Remote workers are the soft spot. Once they're at home they treat the company laptop like the family iPad.",
    true,
  ],
  [
    'Ticket #4471: user "accidentally" deleted the shared drive again. Restored from backup. Third time. Suggest read-only for this person forever.',
    true,
  ],
  [
    "Ticket #4471: shared drive deleted after a sync client bug propagated a local folder removal. Restored from backup; vendor case opened.",
    false,
  ],
  ["Closing as user error. She doesn't read the prompts, she just clicks whatever's blue.", true],
  [
    'Closing. The prompt wording was ambiguous ("OK" deleted, "Cancel" kept); raised a UX bug with the app team.',
    false,
  ],
  ["lol guess who clicked the DocuSign phish. yep. the same guy from last month", true],
  [
    "heads up, the DocuSign phish going round today is really good, it's using our actual logo and a real vendor name",
    false,
  ],
  ["Asked the user to reboot. She unplugged the monitor. I give up.", true],
  [
    "User reports laptop slow after update; confirmed indexing service stuck at 100% CPU, known issue in this build. Rolled back.",
    false,
  ],
  [
    'Note for the next shift: the guy at desk 14 will call you about his "hacked" account. It isn\'t hacked, he just keeps forgetting his password.',
    true,
  ],
  [
    "Note for the next shift: desk 14 has a genuine lockout loop caused by an old password cached in the mail app on his phone. Walk him through removing it.",
    false,
  ],
  [
    "Staff in the Leeds office are a nightmare. They'd hand their badge to a pigeon if it asked nicely.",
    true,
  ],
  [
    "Leeds office badge readers are still on the old firmware, so tailgating alerts aren't firing. Vendor visit booked for Tuesday.",
    false,
  ],
  [
    "Resolved: user had written the new password on the back of the laptop. Removed sticker, reset password, sighed.",
    true,
  ],
  [
    "Resolved: user couldn't remember the 16-character rotating password we force every 30 days. Moved her group onto passphrases and dropped forced rotation per NCSC guidance.",
    false,
  ],
  [
    "Can we please just take admin rights off the devs? Every time they have it, something ends up on the network that shouldn't be.",
    true,
  ],
  [
    "Can we get the devs a proper sandboxed environment? They need admin for their work and right now the only place to get it is on the corporate laptop.",
    false,
  ],
  [
    "PSA: do not trust anyone in the exec suite to follow the clean desk policy. I found the board pack on a printer at 8pm.",
    true,
  ],
  [
    "PSA: the secure print release on floor 6 is broken, so everything prints immediately. Board pack was sitting in the tray at 8pm. Facilities ticket raised.",
    false,
  ],
  ["Honestly the users are our biggest threat, more than any APT.", true],
  ["Honestly our biggest threat this year was an unpatched Exchange box, not any APT.", false],
  ['Got another "is this a virus?" call. It was the Windows update. These people.', true],
  [
    'Got a "is this a virus?" call about the new update banner. Fair question, it looks a lot like the scareware pop-ups. Asked comms to send a heads-up next time.',
    false,
  ],
  [
    'Ticket notes: user claims she "didn\'t do anything". Logs show she did several things, all of them wrong.',
    true,
  ],
  [
    "Ticket notes: user's account showed sign-ins from two countries; she was on leave. Session tokens revoked, likely infostealer on her home PC.",
    false,
  ],
  [
    'The receptionist gave out the CEO\'s mobile number to a "journalist" again. Someone needs to sit her down.',
    true,
  ],
  [
    "Reception doesn't have a directory policy for media calls, so they're making it up on the spot. Drafted a one-pager for them.",
    false,
  ],
  [
    'He insists he needs USB access for "presentations". He\'s the one who brought in the infected stick last year.',
    true,
  ],
  [
    "Approved USB access exception for the training team, encrypted drives only, reviewed quarterly.",
    false,
  ],
  [
    "Honest question: how do you protect an org from people who reply to the phishing email to ask if it's real?",
    true,
  ],
  [
    "Actually love it when people reply to the phish asking if it's real, it means they were suspicious. We should make the report button that easy.",
    false,
  ],
  [
    "Marketing has installed Canva, Grammarly, three AI note takers and a crypto wallet this month. They're a walking supply chain attack.",
    true,
  ],
  [
    "We have no approved list of SaaS tools, so marketing installs whatever gets the job done. Let's give them a catalogue before we give them a lecture.",
    false,
  ],
  [
    "Teams chat from ops: \"if we force MFA the warehouse lads will just share the phone\". They're not wrong, they're impossible.",
    true,
  ],
  [
    "The warehouse has one shared phone per shift, so app-based MFA doesn't fit. Looking at hardware tokens on lanyards instead.",
    false,
  ],
  [
    'Found three "Copy of Copy of passwords FINAL.xlsx" files on the sales share. Staff just cannot be trusted with secrets.',
    true,
  ],
  [
    "Found password spreadsheets on the sales share; they had no password manager licence. Rolling one out to the team this week.",
    false,
  ],
  [
    "Tell me again why we let the partners pick their own laptops. They'll have the bloatware, the torrent client and the unlocked bootloader.",
    true,
  ],
  [
    "Partner laptops are outside MDM because they're personally owned under the old agreement. Proposing company-issued devices at the next refresh.",
    false,
  ],
  [
    "Marking as won't fix. The fix is for the user to stop being an idiot and I can't deploy that via Intune.",
    true,
  ],
  [
    "Marking as won't fix on our side; it's a bug in the vendor's client that they've confirmed for the next release.",
    false,
  ],
  [
    "Another one forwarded the whole thread to their personal Hotmail. People treat company data like holiday photos.",
    true,
  ],
  [
    "Auto-forwarding to external domains was still enabled at the tenant level. Blocked it with a transport rule this morning.",
    false,
  ],
  [
    "If I have to explain the difference between a link and an attachment to a grown adult one more time I'll resign.",
    true,
  ],
  [
    "Ran a 15-minute session on link previews with the admin team; several said it was the first time anyone had shown them how to hover.",
    false,
  ],
  [
    'classic. shift manager "lent" his login to the new starter so she didn\'t have to wait for an account',
    true,
  ],
  [
    "new starter accounts take four days to provision, so shift managers are lending logins. Can we get that down to same day?",
    false,
  ],
  ['It is always, always the people who say "I\'m not very technical" who click the link.', true],
  [
    "People who say \"I'm not very technical\" are often the first to report a phish, in my experience. They're more cautious, not less.",
    false,
  ],
];
