import type { RawBlameExample } from "./types.js";

export const FRESH_ZL_2: readonly RawBlameExample[] = [
  [
    "No vendor will tell you this, but the biggest hole in your security is probably a product you bought from a vendor.",
    false,
  ],
  [
    "Every organisation gets the employees it trains, and most organisations barely train them at all.",
    false,
  ],
  [
    "Employees know the rules perfectly well, they just choose not to follow them. That's a discipline issue.",
    true,
  ],
  [
    "Employees often don't know the rules because they're buried in a policy portal nobody can find.",
    false,
  ],
  ["Your cleaners have keys to every office and zero security awareness. Think about that.", true],
  [
    "Physical access for contractors and cleaning staff should be included in your threat model and access reviews.",
    false,
  ],
  [
    "If you want to see where the breach came from, look for the employee who thought the rules didn't apply to them.",
    true,
  ],
  [
    "If you want to see where the breach came from, look for the alert that fired three weeks earlier and nobody had capacity to triage.",
    false,
  ],
  ["The best security awareness programmes treat staff as partners, not suspects.", false],
  ["Staff are suspects until cleared. That's not paranoia, that's modern security.", true],
  ["Job-hoppers take your data with them every time they leave; assume it's already gone.", true],
  [
    "Offboarding checklists that revoke access on the last day prevent most data walking out with departing staff.",
    false,
  ],
  ["Security professionals who sneer at users are part of the problem.", false],
  ["Security professionals who defend users are in denial about the problem.", true],
  [
    "Some people just shouldn't be allowed near a computer, and unfortunately a lot of them work in your company.",
    true,
  ],
  [
    "Some systems just shouldn't be exposed to the internet, and unfortunately a lot of them are.",
    false,
  ],
  [
    "A weakest-link mindset leads to buying more monitoring instead of fixing the processes people struggle with.",
    false,
  ],
  ["Whatever your security budget is, your people will find a way to waste it.", true],
  [
    "Whatever your security budget is, make sure part of it goes on usability testing of your own controls.",
    false,
  ],
  [
    "Leaving your laptop unlocked in the office is how breaches start, and people do it every day without a second thought.",
    true,
  ],
  [
    "Marketing will upload the customer list to any free tool that promises a prettier chart. They never ask, they never learn.",
    true,
  ],
  [
    "Employees remain the weakest link in any security chain, no matter how much you spend on technology.",
    true,
  ],
  [
    "Calling employees the weakest link is a convenient way for security teams to avoid looking at their own design decisions.",
    false,
  ],
  [
    "Human error is behind the vast majority of breaches, which makes your own staff your single biggest risk.",
    true,
  ],
  [
    "Human error is usually a symptom of a badly designed system rather than its root cause.",
    false,
  ],
  [
    "Your users are the attack surface. Every inbox is an open door waiting for someone careless to walk through it.",
    true,
  ],
  [
    "Our platform takes the human out of the equation, because the human is where things go wrong.",
    true,
  ],
  [
    "Our platform takes the guesswork out of patching, because manual patch cycles are where things go wrong.",
    false,
  ],
  [
    "You can buy the best firewall on the market and one bored employee will still click the link.",
    true,
  ],
  [
    "If one click can take down your whole network, the problem is your architecture, not the person who clicked.",
    false,
  ],
  ["Users are lazy by nature, and attackers know it.", true],
  ["Attackers are patient by nature, and defenders often underestimate that.", false],
  [
    "Staff simply cannot be trusted to spot a well-crafted phish, so we take that decision out of their hands entirely.",
    true,
  ],
  [
    "Even trained staff will sometimes miss a well-crafted phish, so layer your email filtering rather than relying on any single control.",
    false,
  ],
  ["Treat every employee as a potential insider threat until they prove otherwise.", true],
  [
    "Insider threat programmes built on blanket surveillance tend to erode the very trust they depend on.",
    false,
  ],
  ["Human error: the one vulnerability no vendor can patch.", true],
  ["Default credentials: the one vulnerability vendors keep shipping year after year.", false],
  [
    "Give a user admin rights and they'll have installed three browser toolbars and a crypto miner by lunch.",
    true,
  ],
  [
    "Removing local admin rights cut our malware incidents by more than half without any change in user behaviour.",
    false,
  ],
  [
    "Your employees are your first line of defence, and in our data they catch more phishing than the filters do.",
    false,
  ],
  [
    "Your employees are your first point of failure, and in our data they fall for more phishing than the filters catch.",
    true,
  ],
  [
    "In our customer base, users reported the simulated campaign within four minutes on average, well before any tool flagged it.",
    false,
  ],
  ["Most employees don't care about security. They care about getting home at five.", true],
  [
    "Most employees care about security; they just don't have time for a policy that adds twenty minutes to every task.",
    false,
  ],
  ["Negligent insiders cost organisations more than malicious outsiders ever will.", true],
  [
    "Misconfigured cloud storage cost organisations more last year than any single ransomware gang.",
    false,
  ],
  [
    "The weakest link isn't the code, it's the person who approved the wire transfer without thinking.",
    true,
  ],
  [
    "The weakest link in that fraud case was a payment process that allowed a single person to approve a wire transfer.",
    false,
  ],
  [
    "Show me a company with excellent technical controls and I'll show you an employee busy working around them.",
    true,
  ],
  [
    "When employees work around a control, that tells you the control is broken for the way they actually work.",
    false,
  ],
  [
    "People will reuse the same password across every site they touch. That's just who people are.",
    true,
  ],
  [
    "Password reuse is what happens when you ask people to remember ninety credentials; give them a manager.",
    false,
  ],
  ["No security stack survives contact with a user who thinks IT is just being paranoid.", true],
  ["No security stack survives contact with a vendor that ships updates unsigned.", false],
  ["The biggest threat to your data is sitting at a desk in your own office right now.", true],
  ["The biggest threat to your data is an exposed remote desktop port you forgot you had.", false],
  ["Zero trust means you stop assuming your people know what they're doing.", true],
  ["Zero trust means you stop granting access based on network location alone.", false],
  [
    "Ninety-one percent of cyberattacks start with a phishing email, according to industry figures.",
    false,
  ],
  [
    "Ninety-one percent of cyberattacks start with a phishing email, which tells you exactly how gullible the average worker is.",
    true,
  ],
  ["We built our DLP product because, frankly, you can't trust staff with sensitive files.", true],
  [
    "We built our DLP product to catch accidental sends early, so that a slip of the autocomplete doesn't become a reportable breach.",
    false,
  ],
  [
    "Your receptionist is often the first to notice a tailgater, so give them a clear way to raise it.",
    false,
  ],
  ["The user is always the last to know and the first to click.", true],
  [
    "Security awareness training works best when it's short, relevant and doesn't punish people for reporting.",
    false,
  ],
  ["Training is wasted on most users; they forget everything the minute the video ends.", true],
  [
    "Annual click-through training is wasted money; nobody retains a forty-minute video watched once a year.",
    false,
  ],
  [
    "Insiders accounted for around a fifth of the incidents in our annual dataset, most of them accidental.",
    false,
  ],
  ["Honestly, the best security control is fewer humans touching the system.", true],
  [
    "Honestly, the best security control is fewer standing privileges sitting in the system.",
    false,
  ],
  [
    "Every help desk in the country has been socially engineered by now, because help desk staff just want to be helpful and they never think twice.",
    true,
  ],
  [
    "Help desks get socially engineered because their procedures reward speed over verification, and that is a management choice.",
    false,
  ],
  [
    "Executives are the worst offenders; they demand exemptions and then forward everything to their personal Gmail.",
    true,
  ],
  [
    "Executive exemptions from MFA are a governance failure, and boards should stop signing them off.",
    false,
  ],
  ["It only takes one careless worker to bring a hospital to its knees.", true],
  ["It only takes one unpatched VPN appliance to bring a hospital to its knees.", false],
  [
    "Developers are the new insider threat: they paste secrets into public repos and never learn.",
    true,
  ],
  [
    "Secrets end up in public repos because our tooling makes it easy; pre-commit scanning fixes most of it.",
    false,
  ],
  ["The human firewall is a myth. People are porous.", true],
  [
    "The human firewall metaphor is a poor one, because it puts the burden on staff to stop what the perimeter let through.",
    false,
  ],
  ["Users are the reason we can't have nice things in IT.", true],
  [
    "Our users flagged the fake invoice before the finance system did, and they deserve the credit.",
    false,
  ],
  [
    "Remote workers are a nightmare: unsecured home routers, kids on the work laptop, passwords shared with the spouse.",
    true,
  ],
];
