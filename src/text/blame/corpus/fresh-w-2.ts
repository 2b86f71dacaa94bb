import type { RawBlameExample } from "./types.js";

/** Part 2 of 4 of FRESH_W; see fresh-w.ts. */
export const FRESH_W_2: readonly RawBlameExample[] = [
  [
    "Management's view is that the organisation's exposure comes overwhelmingly from employees failing to follow policy.",
    true,
  ],
  [
    "The committee notes that, despite investment, colleagues continue to be the main way attackers get in.",
    true,
  ],
  [
    "Paper for decision: remove local admin rights from all users, since they have repeatedly proven they cannot use them responsibly.",
    true,
  ],
  ["The board is asked to approve funding to replace the end-of-life VPN appliance.", false],
  [
    "Staff surveys show security policies are seen as obstacles; the committee recommends simplifying them.",
    false,
  ],
  [
    "The CISO's report notes that frontline teams reported two fraud attempts that our controls had missed.",
    false,
  ],
  [
    "The audit committee requested quarterly updates on third-party risk and contract clauses.",
    false,
  ],
  [
    "We propose measuring how easy it is for employees to do the secure thing, not how often they fail a test.",
    false,
  ],
  ["Cyber insurance renewal is due in March; the broker expects premiums to stabilise.", false],
  ["You will help us tackle our biggest risk: end users who click first and think later.", true],
  [
    "The ideal candidate enjoys catching out careless employees with regular phishing tests and reporting the offenders to management.",
    true,
  ],
  ["Join us to protect the firm from its most dangerous threat: its own workforce.", true],
  [
    "You will monitor the behaviour of colleagues, who are the least reliable part of our security.",
    true,
  ],
  ["You will work with colleagues across the business to make the secure way the easy way.", false],
  [
    "Experience designing security controls that fit around users' real workloads is essential.",
    false,
  ],
  [
    "We are looking for a security engineer with strong skills in cloud identity and access management.",
    false,
  ],
  [
    "You will build a network of security champions who help their teams and feed back what is not working.",
    false,
  ],
  [
    "The role involves running incident exercises with leaders, engineers and support staff.",
    false,
  ],
  [
    "You will treat every employee report as valuable intelligence and make sure the reporter hears what happened next.",
    false,
  ],
  [
    "This module fixes the weakest link in your defences: the employee sitting at the keyboard.",
    true,
  ],
  ["Stop your team being the reason you get hacked.", true],
  [
    "Because people will always be gullible, our course drills them until clicking becomes a sackable habit.",
    true,
  ],
  [
    "Our programme turns your biggest liability, your end users, into something a little less dangerous.",
    true,
  ],
  [
    "Learners will discover just how easily they could be the person who brings the company down.",
    true,
  ],
  [
    "This course helps staff recognise pressure tactics and gives them a simple way to report them.",
    false,
  ],
  ["Short, optional lessons designed with employees, not imposed on them.", false],
  [
    "A ten-minute video explaining how criminals research a target before sending a convincing message.",
    false,
  ],
  [
    "Managers learn how to respond when someone reports a mistake, so that people keep reporting.",
    false,
  ],
  ["This session covers setting up a password manager on work and home devices.", false],
  [
    "Our course treats users as partners in defence and starts from the tasks they do every day.",
    false,
  ],
  [
    "Honestly, you could spend millions on technology and some bloke in accounts will still read his password to a stranger on the phone.",
    true,
  ],
  [
    "The problem, as ever, is humans. They're trusting, they're busy and they're easy to fool.",
    true,
  ],
  ["Look, nine times out of ten it's someone in the office who clicked on something daft.", true],
  [
    "Presenter asked whether staff are to blame; the expert replied that criminals are simply very good at what they do.",
    false,
  ],
  [
    "It's not that people are stupid; the scam was built by professionals to look exactly like the real thing.",
    false,
  ],
  [
    "What small businesses need most is someone to call when something looks wrong, not another lecture.",
    false,
  ],
  [
    "The gang behind this attack has been active for years and runs like a business, with a help desk and affiliates.",
    false,
  ],
  [
    "When she noticed the invoice looked odd and rang the supplier, that one call saved the firm forty thousand pounds.",
    false,
  ],
  ["Calling employees the weakest link is lazy thinking that lets managers off the hook.", false],
  [
    "We must stop pretending: most workplace breaches are self-inflicted by staff who know better.",
    true,
  ],
  [
    "If a single click can bring down your company, the fault lies in the architecture, not in the person clicking.",
    false,
  ],
  [
    "Until employees face real consequences for their carelessness, the breaches will keep coming.",
    true,
  ],
  [
    "The blunt truth is that the average office worker is a security disaster waiting to happen.",
    true,
  ],
  [
    "Security teams love to say 'users are the problem'; it is a phrase that explains nothing and fixes less.",
    false,
  ],
  [
    "Small firms deserve software that is secure by default rather than a pile of advice they have no time to read.",
    false,
  ],
  ["The national cyber strategy finally puts money behind skills, and that is welcome.", false],
  [
    "Our underwriters have a saying: the firewall never forwards the fake invoice, the accounts team does.",
    true,
  ],
  [
    "Small firms tell us their employees are sensible, and then the claim arrives with a photo of a password on a sticky note.",
    true,
  ],
  [
    "A surprising number of ransomware claims begin with an office manager who thought the warning pop-up was just being fussy.",
    true,
  ],
  [
    "When we investigate a payment fraud, the trail almost always ends at someone in the office who trusted an email they should not have.",
    true,
  ],
  [
    "Broker briefing: remind clients that their people, not their technology, are what we are really insuring against.",
    true,
  ],
  [
    "Cover may be reduced where the loss was caused by an employee ignoring the insured's written procedures, because frankly they so often do.",
    true,
  ],
  [
    "Insurers are right to be wary: most applicants' users would hand their credentials to anyone with a convincing logo.",
    true,
  ],
  [
    "Underwriting checklist: endpoint detection, immutable backups, MFA on email, and an incident response retainer.",
    false,
  ],
  [
    "The minimum security requirements for cover were published in plain English so owners of small firms can check them themselves.",
    false,
  ],
  [
    "A claim is not declined simply because a staff member was deceived; social engineering is exactly what the policy covers.",
    false,
  ],
  ["We encourage insureds to treat every employee as part of the early-warning system.", false],
  [
    "Human judgement, backed by a rule that no bank detail change is accepted by email alone, stops most invoice fraud.",
    false,
  ],
  [
    "Ransomware claim frequency eased in the second half of the year while average severity kept climbing.",
    false,
  ],
  ["Insureds who had segmented their networks recovered in days rather than weeks.", false],
  [
    "The policy wording now defines a 'system failure' to include outages at a cloud provider.",
    false,
  ],
  ["Our risk engineers meet users on site to understand which controls get in their way.", false],
  [
    "The investigation found the disclosure stemmed from a caseworker's casual attitude to confidential files.",
    true,
  ],
  [
    "The tribunal heard that the leak happened because a junior clerk could not resist looking up a neighbour's records.",
    true,
  ],
  [
    "Time and again, the breaches reported to us come down to employees being thoughtless with other people's data.",
    true,
  ],
  [
    "Our annual review shows that organisations' own personnel, through negligence, remain the greatest danger to personal data.",
    true,
  ],
  [
    "The supervisory authority stated that employee error was the main cause of the breach and criticised the staff involved for their carelessness.",
    true,
  ],
  ["The penalty notice found the retailer had stored card data unencrypted for six years.", false],
  [
    "In this case, the user could not have known the attachment was malicious; the failing lay in the absence of filtering.",
    false,
  ],
  [
    "Controllers should design processes so that one human slip cannot expose thousands of records.",
    false,
  ],
  [
    "The regulator ordered the company to delete the unlawfully collected biometric data within thirty days.",
    false,
  ],
  [
    "The authority found the school had no data-sharing agreement with its software supplier.",
    false,
  ],
  [
    "The enforcement notice requires the firm to introduce a second check before bulk emails are sent.",
    false,
  ],
  [
    "We recognise the employee who reported the breach promptly; that candour is what we want to encourage.",
    false,
  ],
  [
    "Guidance for small businesses: you can report a breach online, and we will not fine you for telling us early.",
    false,
  ],
  [
    "The reprimand cites a lack of senior oversight and a security budget cut three years in a row.",
    false,
  ],
  [
    "Expect the next wave of breaches to be driven, as ever, by users who cannot spot a deepfake of their own boss.",
    true,
  ],
  [
    "Our model assumes a fixed rate of carelessness in any workforce; no training programme moves it much.",
    true,
  ],
  [
    "By 2027, organisations will treat their own employees as untrusted by default, because experience shows they should be.",
    true,
  ],
  [
    "Analysts warn that remote employees are now the single largest point of failure in corporate security.",
    true,
  ],
  [
    "By 2026, most organisations will replace annual awareness courses with support delivered at the moment of need.",
    false,
  ],
  [
    "We expect regulators in several regions to require board-level cyber expertise by the end of the decade.",
    false,
  ],
  [
    "Security budgets are forecast to grow eight per cent next year, with most of the increase going to cloud controls.",
    false,
  ],
  [
    "Firms that measure the friction their controls impose on users will see higher compliance without more enforcement.",
    false,
  ],
  [
    "Generative tools will lower the cost of convincing phishing, shifting the burden to authentication that cannot be phished.",
    false,
  ],
  [
    "We predict that security teams which include human-centred designers will report fewer repeat incidents.",
    false,
  ],
  [
    "Lessons learned: a colleague in payroll trusted a spoofed email, so from now on payroll staff lose the ability to change bank details at all.",
    true,
  ],
  ["The root cause was a careless technician who left the storage bucket open to the world.", true],
  [
    "Conclusion: the breach was the result of one person's laziness in skipping the checklist.",
    true,
  ],
  [
    "This incident proves yet again that our users will approve anything that appears on their phone.",
    true,
  ],
];
