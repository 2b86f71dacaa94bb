import { FRESH_ZI_2 } from "./fresh-zi-2.js";
import { FRESH_ZI_3 } from "./fresh-zi-3.js";
import { FRESH_ZI_4 } from "./fresh-zi-4.js";
import type { RawBlameExample } from "./types.js";

/** Mixed public statements (LinkedIn posts, blogs, forums, interviews, board papers) found by searching for Employee, Human, User, Weakest, Error and Insider. Written fresh for Rapport (brief ZI). */
const FIRST_PART: readonly RawBlameExample[] = [
  ["Employees are not the weakest link. Unpatched software is.", false],
  ["Calling people the weakest link tells them you've already given up on them.", false],
  ["Human error is what we call it when we haven't looked hard enough for the cause.", false],
  [
    "Our users reported the phishing campaign within four minutes. Proudest moment of my career.",
    false,
  ],
  [
    "Insider threat programmes that treat every employee as a suspect tend to create the resentment they fear.",
    false,
  ],
  ["A user who clicks a link has done exactly what email was designed for them to do.", false],
  [
    "If one employee's mistake can take down the company, the mistake was in the architecture.",
    false,
  ],
  [
    "The phrase 'user error' appears in our incident reports far less since we started asking 'what made this easy to get wrong?'",
    false,
  ],
  [
    "Humans are not the weakest link; they are the most adaptable part of any security system.",
    false,
  ],
  [
    "Blaming the employee is cheaper than fixing the process, which is exactly why it happens so often.",
    false,
  ],
  ["The weakest link in our last incident was a vendor's support portal with no MFA.", false],
  [
    "Most of our insider incidents were people trying to get their jobs done with tools we hadn't given them.",
    false,
  ],
  ["Error rates went down the moment we stopped asking staff to copy IBANs by hand.", false],
  ["Employees who feel safe admitting mistakes report them within minutes instead of days.", false],
  ["User behaviour is shaped by the interface in front of them. Change the interface.", false],
  [
    "Human-centred security means designing for tired, busy, distracted people, because that's everyone.",
    false,
  ],
  [
    "When we dug into the 'human error', we found a password policy nobody could comply with.",
    false,
  ],
  ["It's lazy to say the user is the problem when the user was never given a way to check.", false],
  [
    "The insider who did the most damage last year was a misconfigured service account, not a person.",
    false,
  ],
  ["Every phishing test we run now ends with a thank-you to whoever reported it first.", false],
  ["Employee vigilance stopped the attack; the email filter had let it straight through.", false],
  [
    "If your training assumes employees are stupid, they'll learn that you think they're stupid.",
    false,
  ],
  [
    "The board asked who clicked. I told them the better question is why it got to an inbox at all.",
    false,
  ],
  [
    "We replaced our 'wall of shame' for phishing clicks with a 'wall of catches'. Reporting tripled.",
    false,
  ],
  ["Users aren't careless; they're busy, and security competes with their actual job.", false],
  [
    "Human error accounts for a share of incidents, but so do rushed deployments and missing budgets.",
    false,
  ],
  ["The 'weakest link' line is a marketing slogan that's outlived any evidence behind it.", false],
  [
    "Employees can't be expected to spot a perfectly spoofed domain; that's a job for DMARC.",
    false,
  ],
  [
    "Board paper: phishing click rates fell from 18% to 4% after we simplified the reporting button.",
    false,
  ],
  [
    "Board paper: 87% of staff completed training; incident reports from staff rose by half.",
    false,
  ],
  ["An insider case is almost always also a management case.", false],
  [
    "Our nurses don't ignore security. They ignore systems that lock them out mid-procedure.",
    false,
  ],
  [
    "The user didn't make an error; the system made it impossible to tell the real site from the fake.",
    false,
  ],
  [
    "Sick of reading LinkedIn posts about 'stupid users'. The users I work with are sharp and overworked.",
    false,
  ],
  [
    "Error-tolerant design beats error-free people, because there's no such thing as error-free people.",
    false,
  ],
  ["When staff share passwords, ask why the system doesn't support delegation.", false],
  ["Employees aren't a risk to be managed; they're colleagues to be equipped.", false],
  [
    "Security teams that sneer at users quietly lose their best source of threat intelligence.",
    false,
  ],
  ["A single human mistake should trigger a review of the process, not a disciplinary.", false],
  [
    "The weakest link is usually whichever part of the system nobody was paid to look after.",
    false,
  ],
  ["Human factors research has shown for decades that punishment does not reduce error.", false],
  ["Our reception staff challenged the fake courier and called security. Textbook.", false],
  [
    "Insider risk is real, but the numbers are dominated by accidents, and accidents are fixable.",
    false,
  ],
  ["We found 400 stale admin accounts. No employee training would have caught that.", false],
  ["Users don't need more warnings; they need fewer, better ones.", false],
  [
    "Forum post: our help desk refused to reset my password without a video call. Annoying, but good.",
    false,
  ],
  [
    "Interview: 'I've never seen an employee cause a breach that a better process couldn't have prevented.'",
    false,
  ],
  ["Budget cuts to the security team did more damage than any employee ever has.", false],
  [
    "The attacker, not the employee, is the one committing the crime. Let's keep that straight.",
    false,
  ],
  [
    "Most 'user error' in our logs turned out to be a timeout bug that silently discarded form data.",
    false,
  ],
  [
    "Phishing works because attackers are good at it, not because our people are bad at their jobs.",
    false,
  ],
  ["Human error is inevitable; catastrophic consequences from it are not.", false],
  [
    "Internal chat: heads up, the fake invoice emails are convincing — forward anything odd to the phishing inbox.",
    false,
  ],
  [
    "Employees won't report a mistake to a team that has publicly mocked the last person who did.",
    false,
  ],
  ["A password manager rollout did more for our security than five years of posters.", false],
  [
    "Vendor decks love 'people are the weakest link'. Our incident data says misconfiguration is.",
    false,
  ],
  [
    "The CFO asked whether we could fire the person who clicked. We showed her the email; she'd have clicked too.",
    false,
  ],
  [
    "User-reported phishing is now our fastest detection source, ahead of every tool we pay for.",
    false,
  ],
  ["Security champions from every department have made our policies far more realistic.", false],
  [
    "Insiders who leak to the press are often whistleblowers whose internal reports went nowhere.",
    false,
  ],
  [
    "If the secure option takes five clicks and the insecure one takes one, don't be surprised by the result.",
    false,
  ],
  ["The weakest link argument quietly excuses vendors who ship insecure defaults.", false],
  ["We don't say 'human error' in postmortems any more. We say 'the system allowed this'.", false],
  ["Staff flagged the unusual login alert; the SOC had it marked as low priority.", false],
  ["An employee who fears blame hides incidents. An employee who trusts you reports them.", false],
  [
    "Management decided not to fund MFA for another year; the breach followed six months later.",
    false,
  ],
  ["Our people didn't fail. Our patch schedule did.", false],
  [
    "Interesting stat: departments with security champions report twice as many suspicious emails.",
    false,
  ],
  [
    "Humans are the problem. Every breach I've worked on, there was a human at the centre of it.",
    true,
  ],
  ["I've stopped trying to train users. Some people are simply too dim to be taught.", true],
  [
    "Insider threat is the number one risk to any organisation, and it walks in every morning at nine.",
    true,
  ],
  ["Nine times out of ten the error is sat in the chair, not in the code.", true],
  ["Our users are a liability. Full stop.", true],
  ["People are lazy. They'll reuse the same password on every site until the day they die.", true],
  ["Your receptionist will open anything with a PDF icon on it.", true],
  ["Give marketing admin rights and they'll have a browser toolbar installed by lunch.", true],
  ["The accounts team is always the hole. Every single engagement.", true],
  ["Staff will click on literally anything if it promises a parcel or a pay rise.", true],
  [
    "LinkedIn post: 'Unpopular opinion: your employees ARE the weakest link, and pretending otherwise is naive.'",
    true,
  ],
  [
    "Board paper: the principal cyber risk to the organisation is the behaviour of its own staff.",
    true,
  ],
  [
    "Forum post: just found a user who'd taped her password to her monitor. Again. Some people never learn.",
    true,
  ],
  ["Internal chat: guess who clicked the test phish. Yep, same three idiots from legal.", true],
  [
    "Human error is the cause of nearly every incident I've investigated, and no amount of technology will change human nature.",
    true,
  ],
  ["The problem with security is that it has to be used by people.", true],
  ["Users are like children; you have to childproof the network.", true],
  ["I don't worry about hackers. I worry about Dave in procurement.", true],
  ["Security is only as strong as the dumbest person with a login.", true],
  ["Honestly, the biggest insider threat we have is plain old incompetence.", true],
  ["Every time we roll out a new control, the users find a creative new way to defeat it.", true],
  ["Executives are the worst. They demand exceptions to every rule and then get phished.", true],
  ["Doctors think security rules are beneath them, and it shows in every audit.", true],
  [
    "Teachers are hopeless with data protection; they'll email pupil records to their personal accounts without thinking.",
    true,
  ],
  ["The human element is the vulnerability no vendor can patch.", true],
  [
    "We could have the best controls in the world and some employee would still leave the door propped open for a smoke.",
    true,
  ],
  ["If people would just read the emails properly, half my job would disappear.", true],
  ["Employees can't be trusted to make security decisions. Take the decision away.", true],
  ["Staff treat the annual training like a box to tick and then forget every word of it.", true],
  [
    "Engineers are the worst offenders for hard-coding passwords; they think they're above the rules.",
    true,
  ],
  ["The weakest link isn't the tech, it's the meatware.", true],
  [
    "People will hand their credentials to anyone with a confident voice and a plausible story.",
    true,
  ],
  ["Interview: 'In my experience, user stupidity is a bigger threat than any nation state.'", true],
  ["Our biggest risk is the staff who think security is somebody else's problem.", true],
  ["My users are the reason I drink.", true],
];

export const FRESH_ZI: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZI_2,
  ...FRESH_ZI_3,
  ...FRESH_ZI_4,
];
