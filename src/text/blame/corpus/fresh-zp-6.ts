import type { RawBlameExample } from "./types.js";

/** Formal outside voices: vendor copy, webinar and podcast transcripts, whitepaper and analyst sentences, conference abstracts, insurance and consultancy reports. Written fresh for Rapport (brief ZP). */
export const FRESH_ZP_6: readonly RawBlameExample[] = [
  [
    "Our customers tell us the biggest challenge isn't technology; it's stopping staff from doing dumb things with it.",
    true,
  ],
  [
    "Cyber insurers increasingly price policies on whether the insured enforces MFA, keeps offline backups and patches internet-facing systems.",
    false,
  ],
  ["Insider negligence is the silent killer of corporate data, and it is growing.", true],
  [
    "The weakest layer in most defence-in-depth diagrams is identity, where a single token opens everything.",
    false,
  ],
  [
    "Your CFO's assistant is a prime target for impersonation, so give her a verification procedure she's empowered to use on anyone, including the CFO.",
    false,
  ],
  ["Our CISO roundtable agreed on one thing: people will always be the hole in the fence.", true],
  [
    "In our experience, staff who understand why a control exists are far more likely to defend it to colleagues.",
    false,
  ],
  [
    'Webinar Q&A: "Honestly, if I could redesign half our approval workflows, users would stop needing workarounds tomorrow."',
    false,
  ],
  [
    "Humans are hardwired to be fooled, which is why they'll always be the attacker's favourite entry point.",
    true,
  ],
  [
    "The people problem is the security problem, and no amount of technology will change human nature.",
    true,
  ],
  [
    "Generative AI leaks happen when companies ban the tools without offering an approved alternative, so staff turn to consumer versions.",
    false,
  ],
  [
    "Executive summary: the assessment identified inconsistent access reviews as the principal weakness in the client's security posture.",
    false,
  ],
  [
    "In our claims book, the single most expensive line item is payment fraud where the insured lacked a call-back step for changed bank details.",
    false,
  ],
  [
    "Security teams that never explain their decisions will always find their controls bypassed.",
    false,
  ],
  ["Security teams spend their days protecting users from their own poor judgement.", true],
  [
    "The reality is that most of your users couldn't tell a phishing page from the real login screen if their pay depended on it.",
    true,
  ],
  [
    "SIM swap fraud succeeds because carriers still treat knowledge of a date of birth as proof of identity.",
    false,
  ],
  ["Think of every laptop-carrying salesperson as a data breach on a business trip.", true],
  [
    "The airline's leak happened because a developer was too careless to check what he pushed to a public repository.",
    true,
  ],
  [
    "We will never get people to stop being people, so our systems had better be designed for the ones we actually have.",
    false,
  ],
  ["Our DLP stops data from walking out the door with the people you trusted.", true],
  [
    "Median dwell time fell to ten days this year, down from sixteen in the previous reporting period.",
    false,
  ],
  [
    "Charities are targeted because they run on donated hardware, volunteer turnover and almost no security budget.",
    false,
  ],
  [
    "Organisations must accept that their people are their primary attack surface and their least reliable control.",
    true,
  ],
  [
    "Sure, spend a fortune on AI-driven threat detection, then watch Brenda from payroll email the whole salary spreadsheet to a stranger.",
    true,
  ],
  [
    "Employees who feel safe reporting mistakes shorten incident response times dramatically.",
    false,
  ],
  [
    "This whitepaper describes a detection approach for living-off-the-land binaries using process lineage.",
    false,
  ],
  [
    "In every tabletop we run, the weakest point turns out to be some staffer who forwards confidential papers to a personal address.",
    true,
  ],
  [
    "Human beings will trade security for convenience every time, which makes them the problem to be managed.",
    true,
  ],
  [
    "Another year, another report confirming that humans remain spectacularly bad at not clicking links.",
    true,
  ],
  [
    "Our guidance to small firms: turn on MFA, back up offline and patch within a week; everything else comes after.",
    false,
  ],
  [
    "The insurer's loss data show that organisations with immutable backups paid ransoms at less than a third of the rate of those without.",
    false,
  ],
  [
    "Our claims team now sees more losses from vendor breaches than from anything the insured did themselves.",
    false,
  ],
  [
    "Honestly, the IT team's most persistent adversary isn't a hacker group; it's the accounts clerks who open every attachment they're sent.",
    true,
  ],
  [
    'HR will open any attachment called "CV", which is exactly why attackers keep sending them.',
    true,
  ],
  [
    "The report's authors caution that attributing incidents to insiders often reflects investigative shortcuts.",
    false,
  ],
  [
    "Airport insider cases are rare relative to workforce size, and most involve organised crime recruiting through debt pressure.",
    false,
  ],
  [
    "Passkeys are coming, and thank goodness, because users have proved they cannot be trusted with passwords.",
    true,
  ],
  [
    'Gift card fraud is a monument to how credulous office workers can be when the "boss" texts them.',
    true,
  ],
  [
    "Insider negligence is a misleading label for what are usually gaps in data loss prevention tooling.",
    false,
  ],
  [
    "Year after year, our survey respondents name staff behaviour as their weakest area while admitting they spend under two percent of budget on usability.",
    false,
  ],
  ["Two-thirds of the breaches on our books came down to staff doing something foolish.", true],
  [
    "Defence contractors lose data when secure environments are so restrictive that engineers cannot finish their work on time inside them.",
    false,
  ],
  [
    'Podcast: "The people who click are often the busiest ones, and busy is something the organisation chose for them."',
    false,
  ],
  [
    "Our physical assessments keep proving that staff will let anyone with a pizza box onto a secured floor.",
    true,
  ],
  [
    "The one thing our cyber range proves, every single time, is that people panic and make terrible decisions.",
    true,
  ],
  [
    'Webinar Q&A: "Honestly, if I could fire half the users I\'d have a secure network tomorrow."',
    true,
  ],
  [
    "Human error appears in most incident narratives, but rarely as the only factor and seldom as the most useful one to fix.",
    false,
  ],
  [
    "Your receptionist will hand a visitor badge to anyone carrying a ladder and a hi-vis vest.",
    true,
  ],
  [
    "Municipal governments get hit again and again because their staff are frankly not equipped to recognise even crude scams.",
    true,
  ],
  [
    "Users aren't irrational; they are making trade-offs with information we failed to give them.",
    false,
  ],
  [
    "The modern workforce has the attention span of a goldfish and the password discipline of a toddler.",
    true,
  ],
  [
    "People trade security for convenience when the secure path is slower, so the job is to make the secure path the convenient one.",
    false,
  ],
  [
    "Tailgating succeeds mainly because front desks are understaffed and have no procedure for verifying contractors, not because receptionists are careless.",
    false,
  ],
  [
    '"Human error" is usually where an investigation stops rather than where it should start.',
    false,
  ],
  [
    "Sticky notes on monitors remain the most honest expression of how your staff feel about security.",
    true,
  ],
  [
    'It takes one curious employee double-clicking a file called "salaries_2025.xlsx" to end your quarter.',
    true,
  ],
  [
    "The problem with cloud security in one sentence: engineers who make storage buckets public because it's easier.",
    true,
  ],
  [
    "Regulators keep fining companies for data breaches that, let's be honest, were caused by staff who couldn't follow a simple instruction.",
    true,
  ],
  [
    "Misconfigured cloud storage exposed an estimated 1.5 billion records across the incidents catalogued this year.",
    false,
  ],
  [
    "Our incident responders have a saying: never underestimate a bored employee's ingenuity in bypassing a control.",
    true,
  ],
  [
    "There's an old joke in our industry about users being the most dangerous thing on a network, and it has done real harm to how we treat them.",
    false,
  ],
  [
    "Welcome to the webinar, where we'll discuss how to protect your company from its own staff.",
    true,
  ],
  [
    "This keynote asks why, after twenty years of tooling, we still design systems that collapse when a single person makes an ordinary mistake.",
    false,
  ],
  ["Your staff are, quite literally, the threat vector.", true],
  [
    "Newsrooms are chronically exposed because opening documents from strangers is the job, so they need sandboxed viewers as standard.",
    false,
  ],
  ['Our threat intelligence team has a nickname for the typical end user: "initial access".', true],
  [
    "Small businesses are soft targets largely because security products are priced and designed for enterprises with dedicated teams.",
    false,
  ],
  [
    "Honestly, a third of the incidents I respond to are people who were told not to do something and did it anyway.",
    true,
  ],
  [
    'The average SaaS admin clicks "allow all" on every permission prompt and calls it configuration.',
    true,
  ],
  [
    "Investigators found that the leak stemmed from an export feature that had no rate limits or alerting.",
    false,
  ],
  [
    "Always-on VPN removes the need for travelling staff to judge whether hotel Wi-Fi is safe.",
    false,
  ],
  [
    "In our claims book, the single most expensive line item is a staff member who wired money because someone on the phone sounded senior.",
    true,
  ],
  ["Disgruntled insiders are the threat you hired yourself.", true],
  [
    "In the final analysis, it wasn't the ransomware that sank the company; it was the careless employee who let it in.",
    true,
  ],
  [
    "The most effective attack we saw all year was a phone call to a help desk whose reset process required nothing but an employee number.",
    false,
  ],
  [
    "Logistics firms have learned the hard way that a warehouse worker with a phone camera is a walking data leak.",
    true,
  ],
  ["Configuration errors by careless admins are behind most cloud breaches.", true],
  [
    "Give a typical user local admin rights and within a week they'll have installed every toolbar and crypto miner on the internet.",
    true,
  ],
  [
    "Build security champions inside each department and write the time for it into their job descriptions.",
    false,
  ],
];
