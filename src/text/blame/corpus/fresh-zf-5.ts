import type { RawBlameExample } from "./types.js";

export const FRESH_ZF_5: readonly RawBlameExample[] = [
  [
    "If the phishing simulation is harder than real phishing, all you've measured is how good your red team is at lying.",
    false,
  ],
  [
    "The phishing sims are honestly easy and people still bite. I think some of them just like clicking.",
    true,
  ],
  [
    "The Citrix gateway was exposed for two weeks after the advisory. We didn't have an asset owner on record for it.",
    false,
  ],
  [
    "Our biggest risk is the IT team's own admins. They're arrogant and think the rules don't apply to them.",
    true,
  ],
  [
    "Our biggest risk is that three admins hold all the knowledge. If one of them leaves, nobody knows how the backup system works.",
    false,
  ],
  ["Staff are just a bag of credentials waiting to be stolen.", true],
  [
    "Credentials get stolen from infostealer logs mostly. Unmanaged personal devices are where they leak from.",
    false,
  ],
  [
    "People keep using personal devices for work because they're lazy and can't be bothered to carry the work laptop.",
    true,
  ],
  [
    "People use personal devices for work because the work laptop weighs 2.4 kilos and takes six minutes to boot. Buy better laptops.",
    false,
  ],
  [
    "Zero trust is basically the admission that we can't trust a single one of our own staff.",
    true,
  ],
  [
    "Zero trust is about not trusting the network location, not about distrusting colleagues. It's a design principle for systems.",
    false,
  ],
  ["I genuinely love our service desk. They catch more weird stuff than the SIEM does.", false],
  [
    "I love the service desk, but they'd reset the Pope's password if someone rang up with a convincing accent.",
    true,
  ],
  ["EDR, MFA, backups, segmentation. Get those four right and you're ahead of most.", false],
  [
    "We could have EDR, MFA, backups and segmentation and still lose it all to Karen in accounts. That's the truth nobody wants to say.",
    true,
  ],
  [
    "Security budgets get cut first and then everyone acts surprised. That's a leadership failure.",
    false,
  ],
  [
    "The board doesn't get it, the staff don't get it, nobody gets it. I'm just here to clean up after them.",
    true,
  ],
  ["The board actually asked good questions this quarter. Someone's been reading.", false],
  [
    "Don't let them near the config. Users touching config is how every outage I've ever had started.",
    true,
  ],
  [
    "Most outages I've had started with an untested change pushed at 5pm on a Friday by an automated pipeline.",
    false,
  ],
  ["Every single time. The one day you don't check, somebody does something dumb.", true],
  [
    "The Log4j scramble taught us we had no software inventory worth the name. SBOMs are on the roadmap now.",
    false,
  ],
  [
    "Employees are an insider threat whether they mean to be or not. Treat every one of them as one.",
    true,
  ],
  [
    "Most 'insider threat' cases we see are accidents caused by confusing sharing settings, not malice.",
    false,
  ],
  [
    "Insider threat monitoring tools are popular with management, but they rarely catch anything the access logs wouldn't.",
    false,
  ],
  [
    "Passwords on post-its, laptops left in cars, tailgating at the door. It's all the same problem: people who don't care.",
    true,
  ],
  [
    "Passwords on post-its, laptops left in cars, tailgating at the door. It's all the same problem: controls that make the secure option the slow option.",
    false,
  ],
  ["If users weren't so gullible we'd have half the workload.", true],
  ["If the mail gateway wasn't so permissive we'd have half the workload.", false],
  [
    "That outsourced developer left a debug endpoint in prod that dumped the whole user table. Offshore devs, what do you expect.",
    true,
  ],
  [
    "A debug endpoint made it into prod because the release checklist doesn't include a config diff. Adding one.",
    false,
  ],
  [
    "I told the CFO his assistant would be the one to get us breached. Six months later, guess what.",
    true,
  ],
  [
    "The CFO's assistant handles more sensitive email than most execs and gets zero extra protection. We're fixing that with a VIP policy.",
    false,
  ],
  ["Vendors keep selling 'human risk platforms' like staff are a disease to be monitored.", false],
  [
    "Our human risk score dashboard is great. Now I can see exactly which idiots to keep an eye on.",
    true,
  ],
  [
    "Our human risk dashboard mostly tells us which teams get the most external email. That's exposure, not negligence.",
    false,
  ],
  [
    "People will always choose convenience over security. Always. Design for that, don't fight it.",
    false,
  ],
  [
    "People will always choose convenience over security, which is why they can't be given the choice.",
    true,
  ],
  [
    "Nobody clicked anything in the last incident. An API key in a mobile app bundle was extracted and abused.",
    false,
  ],
  [
    "The hospital's clinicians ignore every security control as soon as it slows them down. Arrogant lot.",
    true,
  ],
  [
    "Clinicians bypass controls that add thirty seconds to a login when a patient is crashing. That's a clinical safety issue for us to solve.",
    false,
  ],
  [
    "Good news from the quarterly review: reported phish outnumbered clicked phish for the first time.",
    false,
  ],
  ["Give staff an inch and they'll set up a public Google Drive full of customer passports.", true],
  [
    "Public link sharing is now disabled for the customer-data site collection. External sharing goes through an approval flow.",
    false,
  ],
  [
    "Apparently the new intern found our test environment creds in a public Trello board. Good catch, and that board is now private.",
    false,
  ],
  [
    "Apparently the new intern put our test environment creds on a public Trello board. Interns, man.",
    true,
  ],
  [
    "Honestly most of the damage comes from well-meaning people who just don't think before they act.",
    true,
  ],
  [
    "Honestly most of the damage comes from well-meaning processes that nobody has revisited in ten years.",
    false,
  ],
  [
    "Attackers registered a typo domain of our main supplier two days before the invoice fraud attempt.",
    false,
  ],
  ["We are one bored receptionist away from a breach at any given moment.", true],
  [
    "We are one expired certificate away from an outage at any given moment. Need to automate renewals.",
    false,
  ],
  ["Why do we even have a security team when the staff do whatever they want anyway?", true],
  [
    "Good security teams aren't the department of no. They make the secure path the easy path.",
    false,
  ],
  [
    "People who click on links in texts from 'the bank' honestly deserve what happens to them.",
    true,
  ],
  [
    "Smishing is hard to defend against on personal phones. We focus on making sure a stolen password alone gets you nothing.",
    false,
  ],
  [
    "The engineering managers are the worst for it. They think their team is too clever to need controls.",
    true,
  ],
  [
    "The engineering managers asked for threat modelling workshops. Best session we've run all year.",
    false,
  ],
  [
    "Every time someone asks me what keeps me up at night I say 'our users' and everyone laughs. I'm not joking.",
    true,
  ],
  [
    "What keeps me up at night is the unmanaged OT kit in the plant that nobody's allowed to reboot.",
    false,
  ],
  [
    "The human element is the most exploited attack vector, and you can't fix it, you just have to lock everything down around it.",
    true,
  ],
  [
    "The human element shows up in most breach reports because 'human' gets used for anything from phishing to misconfigured cloud storage. It's a vague category.",
    false,
  ],
  ["It's exhausting. You build them a secure file share and they still use WeTransfer.", true],
  [
    "They use WeTransfer because the secure file share caps uploads at 25MB. Raised the cap to 5GB; WeTransfer usage dropped.",
    false,
  ],
  [
    "Staff treat the security team like traffic wardens. They resent us, so they'll do the opposite of what we ask out of spite.",
    true,
  ],
  [
    "Staff treat the security team like traffic wardens because we spent years saying no without explaining why. That's on us.",
    false,
  ],
  [
    "Had a beer with their IR lead. Says every one of their cases this year started with a user doing something daft.",
    true,
  ],
  [
    "Had a beer with their IR lead. Says every one of their cases this year started with an edge device nobody patched.",
    false,
  ],
  [
    "The phishing report button is the best money we've spent. Cheap, and it turns staff into early warning.",
    false,
  ],
  [
    "Managers are terrible for it. They'll share their login with their PA so they don't have to deal with the inbox.",
    true,
  ],
  [
    "Delegate access for PAs is built into Exchange. Nobody had told the managers, so they shared passwords. Now they use delegation.",
    false,
  ],
  ["There's no firewall for human stupidity, that's the only thing I'm sure of.", true],
  [
    "There's no firewall rule that fixes bad identity hygiene. Start with stale accounts and excessive group memberships.",
    false,
  ],
  [
    "Password spraying against the legacy Exchange endpoint, 1,200 attempts an hour, all from residential proxies.",
    false,
  ],
  [
    "If the call centre staff weren't so desperate to be helpful, the social engineers would have nothing to work with.",
    true,
  ],
  [
    "The call centre's KPIs reward closing calls fast. Social engineers exploit that pressure. Change the KPI, not the people.",
    false,
  ],
  [
    "Nine out of ten people will hand their password to a stranger for a chocolate bar. Seen it with my own eyes.",
    true,
  ],
  [
    "Retro action list: enable number matching, tighten conditional access, review legacy auth exceptions. No user action items.",
    false,
  ],
  [
    "I'm going home. If anyone in marketing installs another Chrome extension, don't call me.",
    true,
  ],
  [
    "Going home. Change freeze starts Monday, so anything urgent needs CAB approval by Friday noon.",
    false,
  ],
  [
    "Cheers to another week of cleaning up after people who think 'enable content' is a suggestion.",
    true,
  ],
  [
    "Every department has one. The guy who thinks the VPN is optional and the laptop is his personal property.",
    true,
  ],
  ["Honestly the attackers barely have to try. Our people do half the work for them.", true],
  [
    "Ask any pen tester: the fastest way in is still the person on the front desk. Every time.",
    true,
  ],
  [
    "Operations staff hate change, so they sabotage every security rollout by complaining until it's rolled back.",
    true,
  ],
];
