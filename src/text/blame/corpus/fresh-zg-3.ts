import type { RawBlameExample } from "./types.js";

/** Security podcasts and trade-magazine features, columns and news items. Written fresh for Rapport (brief ZG). */
export const FRESH_ZG_3: readonly RawBlameExample[] = [
  [
    "On the show today: why the person at the desk will always be the easiest way into any company.",
    true,
  ],
  [
    "Look, I've said it on this podcast a hundred times. People are the problem. Always have been.",
    true,
  ],
  [
    "You can buy all the tools you want, but at the end of the day someone's going to click the link. That's just people.",
    true,
  ],
  ["My guest put it perfectly: the user is the vulnerability you can't patch.", true],
  [
    "Social engineers don't hack computers, they hack gullible people, and there's no shortage of those.",
    true,
  ],
  [
    "Honestly, if you work in finance and you still fall for a CEO fraud email in 2024, I don't know what to tell you.",
    true,
  ],
  [
    "We talked to a pen tester who says he's never failed to get in by walking past reception with a clipboard. Staff just let you in.",
    true,
  ],
  [
    "The insider is the threat nobody wants to talk about. Your own people walking out the door with your data.",
    true,
  ],
  ["Humans are the bug in the system.", true],
  [
    "Hackers love employees. Employees are lazy, trusting and busy, which is the perfect combination.",
    true,
  ],
  ["I'll be controversial: most security incidents are just people being sloppy.", true],
  ["Call it what it is: human stupidity is the biggest vulnerability in IT.", true],
  ["Every time someone says 'I'm not a tech person' I hear 'I'm going to get us hacked'.", true],
  [
    "Our guest runs red team engagements and says the easiest target is always the help desk. They'll reset anything for anyone.",
    true,
  ],
  [
    "Users will write their password on a post-it, stick it on the monitor and then complain that IT is too strict.",
    true,
  ],
  [
    "It's the curiosity that gets them. Drop a USB stick labelled 'salaries' in the car park and watch.",
    true,
  ],
  [
    "The takeaway this week: trust your people, but monitor everything they do, because they will let you down.",
    true,
  ],
  [
    "Insider risk: it only takes one disgruntled admin to bring a company to its knees, so watch them closely.",
    true,
  ],
  [
    "On this episode we dig into why blaming users for phishing has never made a company more secure.",
    false,
  ],
  [
    "My guest's research shows people make the 'wrong' security choice mostly when the right one costs them an hour of work.",
    false,
  ],
  [
    "We talked to a CISO who scrapped click-rate metrics and started measuring how fast incidents get reported instead.",
    false,
  ],
  [
    "Social engineering works because attackers are skilled, patient and well-funded. Let's give them credit instead of mocking victims.",
    false,
  ],
  [
    "There's a great bit in this interview where she says 'human error' is what you write when you've stopped investigating.",
    false,
  ],
  [
    "The insider threat stats are a mess. Most 'insider incidents' in the reports are misdirected emails, not malice.",
    false,
  ],
  ["This week: how a hospital cut password resets by 70% by moving to single sign-on.", false],
  [
    "Our guest argues that the weakest link metaphor has done real damage to how security teams treat colleagues.",
    false,
  ],
  [
    "If your security team is seen as the department of no, people will route around it. That's on the security team.",
    false,
  ],
  [
    "Listener question: is it worth running phishing simulations in a ten-person company? Short answer, maybe, but fix your email authentication first.",
    false,
  ],
  ["We discuss the MOVEit breach, which had nothing to do with anyone clicking anything.", false],
  [
    "The guest made a great point: users are often the first detection system an organisation has.",
    false,
  ],
  ["Most of the breaches we've covered this season trace back to unpatched edge devices.", false],
  ["Behavioural science says people follow defaults. So set secure defaults.", false],
  [
    "Security fatigue is real, and it's caused by organisations throwing thirty policies at staff with no priority.",
    false,
  ],
  [
    "She ran security at a bank for ten years and says the biggest improvement came from fixing the expense system, which was driving people to shadow IT.",
    false,
  ],
  [
    "We had a great chat about why deepfake voice scams aren't a training problem; they're a verification process problem.",
    false,
  ],
  [
    "Today's episode is sponsored by a password manager, but honestly we'd recommend one anyway.",
    false,
  ],
  [
    "Employees shouldn't be the last line of defence against things that technology can block before they ever arrive.",
    false,
  ],
  [
    "Editorial: Companies keep pouring money into technology while the real threat sits in the open-plan office.",
    true,
  ],
  ["Feature: the careless employee remains the chink in every company's armour.", true],
  [
    "Staff negligence costs UK firms billions a year, and most of it is entirely avoidable if people just paid attention.",
    true,
  ],
  [
    "Column: I've interviewed dozens of breached firms. The story never changes. Somebody got lazy.",
    true,
  ],
  ["The human factor: why your workforce is still the biggest hole in your defences.", true],
  [
    "Retail remains an easy mark because shop staff routinely share till logins and can't be bothered to lock back-office PCs.",
    true,
  ],
  [
    "Despite years of awareness campaigns, employees remain stubbornly unwilling to follow basic security rules.",
    true,
  ],
  [
    "Construction firms are particularly exposed because site staff treat email security as an afterthought.",
    true,
  ],
  [
    "Opinion: Stop coddling staff. Those who repeatedly fail phishing tests should face consequences.",
    true,
  ],
  [
    "Logistics sector warned as drivers and warehouse staff fall for fake delivery scams in droves.",
    true,
  ],
  [
    "In law firms, the weakest link is the fee earner who thinks security rules don't apply to them.",
    true,
  ],
  ["Hospitality trade body: untrained seasonal staff are the biggest risk to card data.", true],
  [
    "Analysis: insiders account for a growing share of data theft, as employees grow increasingly willing to sell access.",
    true,
  ],
  [
    "Feature: why so many small firms are still running unsupported software, and what suppliers could do about it.",
    false,
  ],
  [
    "Editorial: The 'weakest link' line is lazy journalism. We're retiring it from these pages.",
    false,
  ],
  [
    "Survey finds 61% of SMEs have no tested backup. The report's authors point to cost and lack of guidance, not negligence.",
    false,
  ],
  [
    "Case study: how a family-run haulage firm stopped invoice fraud with a simple callback rule.",
    false,
  ],
  [
    "Vendors under fire as researchers find default credentials on thousands of internet-facing devices.",
    false,
  ],
  [
    "Agricultural co-operatives increasingly targeted by ransomware gangs, trade association warns.",
    false,
  ],
  [
    "Opinion: Security awareness needs to move from 'don't be stupid' to 'here's how to get help'.",
    false,
  ],
  ["Interview: the retail CISO who swapped blame for recognition and saw reporting triple.", false],
  [
    "The report notes that most misdirected emails involve autocomplete, and recommends a short send delay.",
    false,
  ],
  [
    "Insurers report that claims involving business email compromise fell at firms using multi-factor authentication.",
    false,
  ],
  [
    "Column: the biggest security risk in most companies is a board that signs off the budget once a year and never asks again.",
    false,
  ],
  [
    "Dental practices face rising phishing volumes as criminals impersonate NHS and supplier emails.",
    false,
  ],
  [
    "Legal sector guidance: verify bank details by phone on a known number before any completion payment.",
    false,
  ],
  [
    "News: ransomware group exploits zero-day in popular file-transfer software, hitting hundreds of organisations.",
    false,
  ],
  ["The trade body's new guide treats staff as partners in security, not suspects.", false],
  [
    "Researchers found phishing pages copying Microsoft's login screen pixel for pixel, hosted on legitimate cloud services.",
    false,
  ],
  [
    "Letters page: Our practice manager spotted the fake email from 'the partner' because it asked her to keep it secret. Well done, Sue.",
    false,
  ],
  [
    "Manufacturing plants often run old Windows versions on production lines because the machine suppliers won't certify updates.",
    false,
  ],
  [
    "Analysis: most 'human error' breaches reported to the regulator were misaddressed post and email. The fix is process, not punishment.",
    false,
  ],
  [
    "Print firms advised to segment networks after a wave of attacks on internet-connected presses.",
    false,
  ],
  [
    "Employee morale and security are linked; staff who feel trusted are more likely to report mistakes quickly.",
    false,
  ],
  [
    "Accountancy practices should expect phishing peaks around tax deadlines, when workloads are highest.",
    false,
  ],
  ["Product review: three password managers tested for small teams.", false],
  [
    "Feature: the employees who stopped a fraud. Five stories of staff who noticed something was off.",
    false,
  ],
  [
    "The estate agency lost a client's deposit because a negotiator didn't bother checking the email address.",
    true,
  ],
  [
    "The estate agency lost a client's deposit because its email provider had no protection against lookalike domains.",
    false,
  ],
  ["Hackers got in through a careless member of staff.", true],
  ["Hackers got in through a VPN flaw the vendor had known about for months.", false],
  ["Schools are vulnerable because teachers just don't take cyber security seriously.", true],
  [
    "Schools are vulnerable because they have almost no IT budget and one technician for 1,200 devices.",
    false,
  ],
  ["On the podcast, our guest said users can't be trusted with their own passwords.", true],
  [
    "On the podcast, our guest said users shouldn't have to remember dozens of passwords in the first place.",
    false,
  ],
  ["Guest: 'The one thing I've learned in 25 years? People will always let you down.'", true],
  ["If attackers need a way in, they'll find a trusting employee. There's always one.", true],
  [
    "It doesn't matter how good your controls are when staff leave the back door propped open for a cigarette break.",
    true,
  ],
  [
    "A big chunk of this week's episode is us laughing at the things users do. Sorry, but it's therapy.",
    true,
  ],
  [
    "We asked listeners for their worst user stories. The winner: a manager who emailed his password to the whole company to 'save time'.",
    true,
  ],
  [
    "Feature: Gen Z workers are a security nightmare, swapping credentials and ignoring policy.",
    true,
  ],
  [
    "Healthcare's security problem is clinicians who think patient safety excuses them from basic password hygiene.",
    true,
  ],
  [
    "Rule of thumb from this week's guest: assume your staff will get it wrong, and make sure they can't.",
    true,
  ],
  [
    "Editor's note: Once again, the breach stories in this issue have one thing in common, and it's the person at the keyboard.",
    true,
  ],
  [
    "Nurses who share logins on ward PCs remain a chronic weakness, and no amount of reminders seems to change it.",
    true,
  ],
  [
    "Your people are your perimeter, and frankly most of them are a perimeter made of cardboard.",
    true,
  ],
  [
    "The phrase 'I didn't think it mattered' should be on the gravestone of every company breached by its own staff.",
    true,
  ],
  [
    "Our guest's view: executives are the worst. They demand exceptions to every rule and then get phished.",
    true,
  ],
  [
    "Research from the university shows people comply with security rules far more when they understand the reason.",
    false,
  ],
  [
    "The episode covers how charities can get free security tools through vendor non-profit programmes.",
    false,
  ],
  [
    "Sector report: 40% of breaches at mid-sized manufacturers involved a third-party supplier.",
    false,
  ],
  ["We also discuss why passkeys might finally make phishing for passwords obsolete.", false],
  [
    "Award winner: the IT team that rebuilt its whole security programme around feedback from front-line staff.",
    false,
  ],
  [
    "Most insider cases we covered this year were people who left a job and still had access months later. That's an offboarding failure.",
    false,
  ],
  [
    "Our guest says security teams should measure how easy their systems are to use securely, not just how often people slip up.",
    false,
  ],
  [
    "Trade show report: vendors finally talking about usability instead of blaming end users.",
    false,
  ],
  [
    "Podcast recap: a lively debate on whether awareness training works. Consensus: only when paired with technical controls.",
    false,
  ],
  [
    "Farm businesses are being targeted with fake grant payment emails that reference real government schemes.",
    false,
  ],
];
