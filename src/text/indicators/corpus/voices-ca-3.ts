import type { RawExample } from "./types.js";

export const VOICES_CA_3: readonly RawExample[] = [
  [
    "They answer the question I asked and then check if there's anything else. Small thing but nice.",
    "",
  ],
  [
    "Emailed them three times about the donations page, zero replies, so in the end I sat up till midnight with a YouTube video and fixed it myself, and I haven't told them, why would I",
    "distance",
  ],
  [
    "I'm always worried I'm going to delete something important, I'm that clumsy.",
    "feel blame:self",
  ],
  [
    "Our CEO overrides IT whenever it suits her, so the rules only apply to the rest of us.",
    "power",
  ],
  [
    "The IT contractor is very clever but explains things as if I should already know.",
    "comm power",
  ],
  ["If people just read the emails we'd have half the problems.", "blame:emp"],
  ["I'd love to know who they are. We just get a ticket number.", "distance"],
  ["Lovely to have someone to ask who doesn't make you feel daft.", ""],
  [
    "The IT firm said our volunteer brought the virus in, when it was their own update that broke the antivirus.",
    "blame:sec conflict",
  ],
  [
    "No offence but the trustees don't have a clue about IT and neither does the provider.",
    "blame:sec",
  ],
  [
    "We're told consent forms must be digital now. The printer's been broken since June and the provider still hasn't sent anyone.",
    "conflict blame:sec",
  ],
  [
    "Honestly it's the people, not the tech. We just don't think before we click, me included.",
    "blame:emp blame:self",
  ],
  ["Felt like I was being interrogated when I reported the lost phone.", "feel power"],
  ["we never hear from them unless somethings broken, which honestly suits me fine", ""],
  ["The data protection rules change every year and nobody tells the shops.", "comm"],
  [
    "I'm the safeguarding lead and IT won't let me see the reports I need. I have to ask them every time.",
    "power",
  ],
  ["Friendly, competent, and they actually remember my name.", ""],
  ["They seem annoyed when you ring. Like you're interrupting.", "comm feel"],
  [
    "I rang in a panic and the chap didn't once say 'have you tried restarting it'. He just listened.",
    "",
  ],
  [
    "Our trustee board bought a cyber insurance policy and now every staff member is treated like a liability.",
    "power feel",
  ],
  ["Honestly I couldn't do my job without our IT volunteer, she's brilliant and patient.", ""],
  [
    "The helpdesk is overseas and I'm in Rochdale and we spend most of the call misunderstanding each other.",
    "comm conflict",
  ],
  [
    "Since the IT firm switched us to 365 nobody can find anything, and they just say 'it's in SharePoint'.",
    "conflict comm",
  ],
  ["I know it's stupid but I still write my passwords in the back of my diary.", "blame:self"],
  [
    "Every rule comes with a threat. 'Failure to comply may result in disciplinary action.'",
    "comm power",
  ],
  ["We get a visit every quarter and they go through everything with us. Good service.", ""],
  ["Volunteers shouldn't have email accounts at all in my view, they're a liability.", "blame:emp"],
  [
    "The IT people understand that a charity runs on goodwill and old laptops, and they work with that.",
    "",
  ],
  [
    "Our DPO made a little flowchart for the befriending calls about what we can and can't share. Brilliant.",
    "",
  ],
  [
    "Our volunteers open every attachment from every stranger, it's only a matter of time.",
    "blame:emp",
  ],
  ["Honestly they're more hassle than they're worth.", "blame:sec"],
  [
    "Our finance officer ended up in tears after the provider said she'd 'compromised the entire tenant'.",
    "feel comm",
  ],
  [
    "We've got a WhatsApp for the volunteers because the proper system is impossible, and IT pretend not to know.",
    "conflict distance",
  ],
  ["They do what they say they'll do. That's all I ask.", ""],
  ["Head office in London decide the IT for all the branches and never ask the branches.", "power"],
  ["I'm the bottleneck, to be fair. I forget to approve the requests.", "blame:self"],
  [
    "Nobody wants the job of 'data champion', so it got given to the newest person. Me.",
    "distance",
  ],
  ["I asked the IT company a simple question and got a simple answer. No quote, no upsell.", ""],
  ["Feels like they're working against us sometimes rather than for us.", "conflict"],
  [
    "Actually had a good laugh with the engineer when he came in. Nice to put a face to the name.",
    "",
  ],
  [
    "The volunteers are the risk, not the system. They click, they share, they forget.",
    "blame:emp",
  ],
  [
    "We're expected to do our own IT admin and then it's our fault when it goes wrong.",
    "conflict blame:sec",
  ],
  ["Honestly just sick of the whole thing.", "feel"],
  ["the it company replied in 2 mins on a sunday when our website went down. above and beyond", ""],
  ["I lie awake thinking about the beneficiary files on that old laptop in the cupboard.", "feel"],
  [
    "They assume we've all got the latest phones for the app. Our volunteers are pensioners.",
    "conflict",
  ],
  [
    "When the provider changed they didn't tell the volunteers, who then couldn't log in for the Saturday shift.",
    "comm conflict",
  ],
  ["The person who set up our systems left and took all the passwords in his head.", "blame:sec"],
  ["Good relationship with IT generally, no complaints.", ""],
  ["I get told off like a schoolgirl for not doing the cyber module.", "power feel"],
  [
    "As parish clerk I look after the laptop and the website myself, it's only a couple of hours a week and it's fine.",
    "",
  ],
  [
    "The district council's IT team look after our email and they've been really helpful since the switch.",
    "",
  ],
  [
    "Councillors still use their personal Hotmail for council business no matter how many times I tell them.",
    "blame:emp",
  ],
  [
    "Our IT support is a bloke in the next village who charges £40 an hour and never writes anything down.",
    "blame:sec",
  ],
  [
    "The town council's IT provider sends updates as PDFs attached to emails titled 'Notice'. Nobody opens them.",
    "comm distance",
  ],
  [
    "I worry constantly about a subject access request. I wouldn't know where to start, which is my own fault for skipping the course.",
    "feel blame:self",
  ],
  [
    "Asked the provider to set up councillor email addresses and they sent me a 30-page onboarding pack. For eleven people.",
    "comm conflict",
  ],
  [
    "I'm a councillor, not a techie. Don't expect me to remember a password that long.",
    "conflict distance",
  ],
  [
    "They installed new software on the office PC without asking and now the accounts package won't open.",
    "power",
  ],
  [
    "Very grateful for our IT chap, he's patient with the older councillors and never rushes them.",
    "",
  ],
  [
    "The clerk does everything IT-related because not one councillor will lift a finger.",
    "distance blame:emp",
  ],
  [
    "i forwarded a resident complaint to the whole council with their address in it. my fault entirely",
    "blame:self",
  ],
  ["The county IT people speak to us parish clerks like we're an inconvenience.", "power comm"],
  ["We get a call from the provider once a year to renew. That's the relationship.", "distance"],
  [
    "Mayor insists on using his own iPad and refuses the council one. What am I supposed to do?",
    "conflict blame:emp",
  ],
  [
    "The groundsman's phone got the council email for the first time this year. He was chuffed.",
    "",
  ],
  [
    "Data protection for a parish council of 400 people sounded daunting, but the provider boiled it down to a two-page checklist.",
    "",
  ],
  ["The NALC guidance is helpful and our IT guy helped me apply it. Feels under control.", ""],
  [
    "Nobody at the district ever replies to my emails about the shared server. I've given up, they're a joke.",
    "distance blame:sec",
  ],
  ["Honestly the IT people make me feel about ten years old.", "power feel"],
  ["I'm too scared to delete anything in case it's a legal record.", "feel"],
  ["Councillors never read the IT policy they all signed.", "blame:emp"],
  [
    "We had a website accessibility audit and the provider went through the report with me line by line.",
    "",
  ],
  [
    "The provider still sends us invoices addressed to the wrong council. Three years running.",
    "blame:sec",
  ],
  ["Deputy clerk here. The new system's great, once someone took the time to show me.", ""],
  [
    "The IT company treat every small job as an emergency call-out and bill accordingly.",
    "blame:sec",
  ],
  ["We're stuck with the district's system because they host it. No say at all.", "power"],
  [
    "I'm the one in the office who 'knows computers', which means I know how to restart the router.",
    "",
  ],
  [
    "Every time the IT contractor comes he tuts at the state of our cabling like it's personal.",
    "comm power",
  ],
  [
    "Half our councillors have never changed their password from the one I gave them in 2019.",
    "blame:emp",
  ],
  [
    "The provider's emails are full of 'per our SLA' and 'please note'. Feels like I'm being told off.",
    "comm feel",
  ],
  [
    "The IT rules aren't written for banks, they've been sensibly scaled for a council our size.",
    "",
  ],
  [
    "Meeting the IT firm face to face last spring really helped, we're on first-name terms now.",
    "",
  ],
  ["Nobody explained the retention schedule, they just told me to 'comply with it'.", "comm"],
  [
    "Our RFO had her laptop wiped remotely with no warning because of a 'policy breach'. She lost a week's work.",
    "power conflict",
  ],
  [
    "I ask for help less now, it just makes me feel useless, like I should know this by now.",
    "feel distance blame:self",
  ],
  ["It's fine. They're fine. It all works.", ""],
  [
    "The IT man says 'just' a lot. 'Just' open the admin console. 'Just' flush the DNS. Drives me up the wall.",
    "comm feel",
  ],
  [
    "Our councillors will reuse the same password for the council, their bank and the bowls club. I've asked.",
    "blame:emp",
  ],
  ["Honestly I'm the weak point. I'm 67 and it all moves too fast for me.", "blame:self"],
  [
    "The town council ignored the IT provider's advice on backups and then had a go at them when the drive died.",
    "blame:emp",
  ],
  [
    "We've got a quarterly check-in with the provider and the clerk writes up a little report. Works well.",
    "",
  ],
  [
    "The district decided to move us all to Teams. Nobody asked the parishes if we even wanted it.",
    "power",
  ],
  [
    "When I rang about the hacked Facebook page they said social media wasn't covered. Brilliant.",
    "distance",
  ],
  [
    "Cllr Harris clicked on a fake invoice and paid out £3,000. The rest of us had to sit through a two-hour lecture about it.",
    "blame:emp comm",
  ],
  ["The IT people never come to the office. We're 'too small to visit'.", "distance power"],
  [
    "I'm not against security at all, and our IT man explains it like a normal person, which helps.",
    "",
  ],
  ["It really helped when the provider sent a one-page guide with pictures.", ""],
  ["Feels like there's an invisible someone somewhere who turns things off on a whim.", "power"],
  [
    "I keep putting off the data audit because it makes me anxious. Which is exactly the wrong thing to do, I know.",
    "feel distance blame:self",
  ],
];
