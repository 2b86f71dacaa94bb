import type { RawBlameExample } from "./types.js";

export const FRESH_ZF_2: readonly RawBlameExample[] = [
  [
    "The night shift guys leave their sessions logged in on the shared terminals. Every single night.",
    true,
  ],
  [
    "Shared terminals on the night shift now lock after three minutes idle and use badge tap to unlock. Works well.",
    false,
  ],
  [
    "Incident closed. Good teamwork from the service desk, network team and the finance manager who spotted the invoice change.",
    false,
  ],
  [
    "Let's be real, the awareness training is box-ticking. They'll forget it before lunch anyway.",
    true,
  ],
  [
    "Awareness training is box-ticking when it's an annual 45-minute video. Short monthly examples tied to real incidents work better.",
    false,
  ],
  [
    "Accounts payable paid a fake invoice for £48k. Somebody needs to lose their job over that.",
    true,
  ],
  [
    "Accounts payable paid a fake invoice for £48k. There was no dual approval step for bank detail changes. There is now.",
    false,
  ],
  [
    "Alert volume down 30% after tuning the impossible-travel rule to ignore our own VPN egress IPs.",
    false,
  ],
  [
    "Ops manager wants his own exemption from MFA because it 'slows him down'. This is why we can't have nice things.",
    true,
  ],
  [
    "The MFA prompt on the ops dashboard fires every fifteen minutes. No wonder the ops manager wants out. Extend the session.",
    false,
  ],
  [
    "Remote workers are a nightmare. Family using the work laptop, kids installing Minecraft mods, the lot.",
    true,
  ],
  [
    "For remote workers we issue managed laptops with app control. Family use is a policy question, and we answered it with a cheap personal tablet scheme.",
    false,
  ],
  ["If I had a pound for every time someone said 'I didn't think it would matter'...", true],
  [
    "The S3 bucket was public because the Terraform module defaulted to public-read. Module fixed, bucket locked, logs reviewed.",
    false,
  ],
  [
    "Pretty sure the only reason we haven't been hit harder is luck. And the fact that the attackers haven't met our sales team yet.",
    true,
  ],
  [
    "Pretty sure the only reason we haven't been hit harder is that the patching team has been quietly excellent for two years.",
    false,
  ],
  [
    "Audit finding on service accounts is valid. We own that. Remediation plan goes to the risk committee Thursday.",
    false,
  ],
  [
    "We spent a fortune on the SIEM and then marketing gave their agency full tenant admin. Money well spent.",
    true,
  ],
  [
    "We spent a fortune on the SIEM and nobody tuned it. Thousands of alerts a day, none of them read. That's a resourcing failure.",
    false,
  ],
  [
    "The dental practice on the high street? Receptionist keeps the practice manager's password in a Word doc called 'passwords'. On the desktop.",
    true,
  ],
  [
    "The dental practice's imaging software only runs as admin, so every chair-side PC is admin. That's the vendor's doing, not the staff's.",
    false,
  ],
  [
    "Client's bookkeeper got a fake DocuSign and typed her M365 password in. Third time this year. Some people can't be trained.",
    true,
  ],
  [
    "Client's bookkeeper got a fake DocuSign, didn't click it, and forwarded it to our phish inbox. Told her she's our favourite customer.",
    false,
  ],
  [
    "Rolled out Intune to the law firm. 42 devices enrolled, compliance policies applied, BitLocker keys escrowed.",
    false,
  ],
  [
    "Law firm partners are the worst clients. They want everything open and then blame us when it leaks.",
    true,
  ],
  [
    "The law firm partners pushed back on MFA until we switched them to passkeys. Now they don't even notice it.",
    false,
  ],
  [
    "Every small business I support has the same problem: the owner's nephew 'set up the network' and nobody changed the default router password.",
    true,
  ],
  [
    "Every small business I support has the same problem: ISP-supplied routers with remote management on by default and no firmware updates.",
    false,
  ],
  [
    "If the client's staff could just stop plugging random USB sticks in, half my callouts would disappear.",
    true,
  ],
  [
    "If the client would pay for a managed EDR instead of the free AV, half my callouts would disappear.",
    false,
  ],
  [
    "The charity's volunteers share one login for the donor database. That's a licensing cost problem; they can't afford per-seat.",
    false,
  ],
  [
    "The charity's volunteers share one login and write it on the back of the tablet. Volunteers don't care, it's not their data.",
    true,
  ],
  [
    "You can put every control in the world on a client site and the office manager will still disable the AV because it 'makes Outlook slow'.",
    true,
  ],
  [
    "Outlook was slow because the AV was scanning every PST on a network share. Excluded the path properly and performance is back.",
    false,
  ],
  [
    "Ticket note: user reports laptop running hot. Found crypto-miner installed via a cracked copy of Photoshop. User admitted downloading it. Classic.",
    true,
  ],
  [
    "Ticket note: laptop running hot. Found outdated BIOS and a failing fan. Replaced fan, updated firmware, closed.",
    false,
  ],
  [
    "Honestly the biggest risk at the accountancy firm is Margaret. Lovely woman, but she opens every attachment that says 'invoice'.",
    true,
  ],
  [
    "Honestly the biggest risk at the accountancy firm is the 2012 server running their practice software. It can't be upgraded without a licence they won't buy.",
    false,
  ],
  [
    "Onboarded a new client. Their previous MSP left RDP open to the internet on 3389. Fixing that first.",
    false,
  ],
  [
    "Onboarded a new client. Staff have been emailing each other passwords in plain text for years because 'it's internal'. Brilliant.",
    true,
  ],
  [
    "Client asked why their staff keep getting locked out. Lockout threshold was set to 3 attempts. Raised it to 10 with smart lockout.",
    false,
  ],
  [
    "Client staff keep getting locked out because they can't type a password correctly three times in a row. I don't know what to tell them.",
    true,
  ],
  [
    "The estate agents are lovely but they will give remote access to anyone who calls and says they're Microsoft.",
    true,
  ],
  [
    "Rolled out a signed support tool with a PIN check. Now if someone says they're from us, the client can verify in two seconds.",
    false,
  ],
  [
    "Construction client's site managers use personal phones for everything. That's a BYOD policy gap, so we're writing one with them.",
    false,
  ],
  [
    "Construction client's site managers lose a phone a month. They treat company data like it's a packet of crisps.",
    true,
  ],
  [
    "Backups for the vet clinic verified, restore test passed, 18 minutes RTO for the main file share.",
    false,
  ],
  [
    "The vet clinic's backups failed for three weeks because the practice owner unplugged the NAS to charge his phone. You couldn't make it up.",
    true,
  ],
  [
    "The vet clinic's backups failed for three weeks and our monitoring didn't alert. That's on us, we've fixed the check.",
    false,
  ],
  ["End users at this client are basically toddlers with email accounts.", true],
  [
    "End users at this client are pretty sharp. They reported the vishing calls before we'd even seen the campaign.",
    false,
  ],
  [
    "Why does every client with a breach say 'we're too small to be a target'? That attitude is the vulnerability.",
    true,
  ],
  [
    "Small clients often get hit not because they're targeted but because they're reachable. Automated scanning doesn't care about size.",
    false,
  ],
  [
    "Their finance director insisted on forwarding all his email to his Yahoo account. Then his Yahoo got popped. Shock.",
    true,
  ],
  [
    "We blocked external auto-forwarding at the transport rule level across all tenants. Should've been default years ago.",
    false,
  ],
  [
    "One of the hotel's night porters installed TeamViewer on the reservation PC so he could watch films remotely. Staff will do anything if they're bored.",
    true,
  ],
  [
    "The hotel's reservation PC ran an unsupported OS because the booking software vendor never certified anything newer.",
    false,
  ],
  [
    "Client's staff turned off Windows Update because it rebooted during a presentation once. Now we're 14 months behind.",
    true,
  ],
  [
    "Client's Windows Update was paused by a GPO left over from the previous provider. Removed it, devices catching up overnight.",
    false,
  ],
  [
    "Pitched passwordless to the architecture firm. Their staff loved it, fewer resets, fewer complaints.",
    false,
  ],
  [
    "Architecture firm staff share CAD licences by passing round one account. They know it's wrong, they just don't care.",
    true,
  ],
  [
    "The architecture firm shares one CAD account because the licensing model is per-named-user and they can't afford twelve seats. Raised it with the vendor.",
    false,
  ],
  [
    "The gym chain's front desk staff will hand over the Wi-Fi admin password if you ask nicely. Zero security instinct.",
    true,
  ],
  [
    "Rotated the gym chain's Wi-Fi admin creds and moved management onto the MSP VLAN so front desk never needs them.",
    false,
  ],
  [
    "What's the point securing their M365 tenant when the MD signs into it from every hotel business centre PC he comes across?",
    true,
  ],
  [
    "Set conditional access on the MD's account to managed devices only. He can still work from the hotel on his laptop.",
    false,
  ],
  [
    "Dear client, the reason your shared mailbox got compromised is that your team uses 'Summer2024!' for it. Regards, me, screaming internally.",
    true,
  ],
  [
    "The shared mailbox got compromised through a legacy IMAP endpoint that was never turned off. Disabled basic auth and reset the creds.",
    false,
  ],
  ["I've stopped being surprised. Give a user a button and they'll press it.", true],
  [
    "Give users one clear button to report phish and they'll use it. The client's report rate tripled once we added it to Outlook.",
    false,
  ],
  [
    "Technician handover: client site has a PBX with default creds on the web UI. Change them Monday, it's on the internal VLAN only for now.",
    false,
  ],
  [
    "These farm offices are impossible. They leave the one PC logged in as admin and let whoever's around use it.",
    true,
  ],
  [
    "The farm office only has one PC and four people who need it. Set up separate Windows profiles with fast user switching.",
    false,
  ],
  [
    "Nursery client's manager posted a photo of the new staff rota on Facebook with the door code visible in the background. Can't fix people.",
    true,
  ],
  ["Moved the nursery's door access to fobs, so a leaked code isn't a thing anymore.", false],
  [
    "The warehouse client's pickers all log in as 'picker1' on the handhelds. WMS vendor only supports one account per device.",
    false,
  ],
  [
    "Another client wants us to 'make their staff smarter'. Mate, we're an MSP, not a miracle worker.",
    true,
  ],
  [
    "Client asked for awareness training. We're doing short scenario sessions per department rather than a generic video.",
    false,
  ],
  [
    "Remote support session: user's desktop had 37 browser toolbars. Thirty-seven. How do you even manage that?",
    true,
  ],
  [
    "Browser extensions on client machines are now allow-listed via policy. Sorted out the toolbar mess across every site.",
    false,
  ],
  [
    "The pharmacy's staff use the dispensing PC for personal shopping on their breaks. Then act surprised when it's slow and full of malware.",
    true,
  ],
  [
    "The pharmacy has no separate break-room machine, so people use the dispensing PC. We've quoted a cheap kiosk for personal use.",
    false,
  ],
  [
    "Recruitment agency's consultants download every CV attachment without thinking. Recruiters are a phisher's dream.",
    true,
  ],
  [
    "Recruitment agencies are heavily targeted because opening attachments from strangers is literally the job. Sandbox the attachments.",
    false,
  ],
];
