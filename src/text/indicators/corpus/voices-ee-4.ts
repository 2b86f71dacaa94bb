import type { RawExample } from "./types.js";

/** Hard cases: negation, contrast, past against present, hedges, questions, irony, reported speech. Written fresh for Rapport (brief EE). */
export const VOICES_EE_4: readonly RawExample[] = [
  [
    "Our phishing tests were too sneaky and we embarrassed people. We lost trust, and that was our doing.",
    "blame:self",
  ],
  [
    "I've written a quarterly security tip for four years now. Short, plain English, a cartoon, the lot. As far as I can tell, nobody on the staff reads it: the open rate last quarter was six per cent. I'm starting to wonder why I bother, if I'm honest.",
    "feel distance",
  ],
  [
    "Every time we lock something down, someone's found a way round it within the week.",
    "conflict",
  ],
  [
    "The engineers treat every new control as a puzzle to beat rather than a rule to follow.",
    "conflict blame:emp",
  ],
  [
    "Our developers run their own security reviews now, and they're better at it than I expected.",
    "",
  ],
  [
    "Is it wrong that I dread the Monday security call? Nobody's ever nasty, I just hate it.",
    "feel",
  ],
  ["Managers here sign off their own exceptions. The rest of us fill in a form and wait.", "power"],
  ["Our auditors asked for a list of admin accounts and we had it ready within the hour.", ""],
  [
    "When I asked why my account was suspended, I got a ticket number and a link to the acceptable use policy. No phone call, no name, nothing. I spent two days unable to invoice clients, and when it was finally restored nobody explained what I'd supposedly done.",
    "conflict comm",
  ],
  [
    "They bought a shiny threat-intel platform for half a million and still can't tell us which laptops are unpatched.",
    "blame:sec",
  ],
  [
    "I tick the policy box without reading it, I'll admit. Can't really complain when I get caught out.",
    "distance blame:self",
  ],
  [
    "Our customs brokers can't open the encrypted attachments we now have to send, so the paperwork goes by fax. Yes, fax.",
    "conflict",
  ],
  [
    "Nothing demoralises my analysts more than finding the same clicked link in the same department, month after month.",
    "feel blame:emp",
  ],
  ["My analysts actually enjoy the department visits; they say it's the best part of the job.", ""],
  ['"Non-negotiable" seems to be the security team\'s favourite word.', "power"],
  ["Non-negotiable, fine, but they explained why, and I can live with that.", ""],
  [
    "Half the office doesn't know we have a security team. The other half thinks it's one bloke called Kev.",
    "distance",
  ],
  ["Our whole IT department is two people and a very patient dog.", ""],
  [
    "Three different people from IT told me three different things about using my own phone for work email.",
    "conflict comm",
  ],
  [
    "If they spent half as much time fixing the VPN as they do sending posters about passwords, we'd all be happier.",
    "comm blame:sec",
  ],
  [
    "I suppose the posters are a bit cheesy, but the one about tailgating actually made me stop holding doors.",
    "",
  ],
  ["I feel guilty every time I ask IT for something. They're clearly overloaded.", "feel"],
  ["Our IT desk is small, but they pick up the phone by the third ring.", ""],
  [
    "My team treat the security people like the enemy, and I'm afraid that attitude comes from managers like me.",
    "conflict blame:self",
  ],
  ["It's not a conversation, it's a notification.", "power"],
  ["It's not a lecture, it's a conversation. That's how Amira runs the security briefings.", ""],
  [
    "We had a deadline, the encrypted drive wouldn't mount, and the only way to hit it was to email the files to my personal account. So I did.",
    "conflict",
  ],
  [
    "I emailed work files to my personal account to meet a deadline. Stupid, I know, and I've owned up to it.",
    "blame:self",
  ],
  [
    "We haven't heard a word from security since the reorganisation. No idea if we even still have a contact.",
    "distance",
  ],
  ["Every department now has a named security contact on the intranet page, with a photo.", ""],
  [
    'The new badge system locked the night cleaners out for a week and IT kept insisting it was "working as designed". The cleaners were in tears.',
    "conflict feel blame:sec",
  ],
  [
    "Do you know if the security team can help set up a shared calendar, or is that the service desk?",
    "",
  ],
  [
    "Most of our incidents are self-inflicted by staff. The attackers barely have to try.",
    "blame:emp",
  ],
  [
    "I'm ashamed to say I was relieved when the old security lead left. She made everyone nervous.",
    "feel",
  ],
  ["Our new security lead spent her first month just listening to each team.", ""],
  ["They don't ask what we need. They tell us what we're getting.", "power"],
  [
    "The training module won't play on the ward computers because they've no speakers, so we all click through the slides on mute.",
    "conflict",
  ],
  [
    "Visiting hours changed again, which has nothing to do with IT but everything to do with my sanity.",
    "",
  ],
  [
    "\"Please see attached.\" That's it. That's the entire email about the new data policy.",
    "comm",
  ],
  [
    "The head of security walks round like he owns the building, then forgets his own badge three times a week.",
    "power blame:sec",
  ],
  ["The security office has a sign on the door saying 'knock, we don't bite', and they don't.", ""],
  [
    "I'd rather lose an afternoon working it out myself than sit on hold to the IT line.",
    "conflict distance",
  ],
  [
    "I keep getting flagged for the same thing and I know it's me, not them. I just feel hopeless with computers.",
    "feel blame:self",
  ],
  ["The IT team never make a fuss when I get things wrong. They just fix it and show me how.", ""],
  [
    'They speak a different language. I ask if my files are safe and get a speech about "immutable backups".',
    "comm",
  ],
  ["Jonas from IT set up my new phone in five minutes and explained what each step was for.", ""],
  [
    "We're a charity of twelve people and our entire IT is an outsourced firm that could switch us off whenever they liked.",
    "power",
  ],
  [
    "Our outsourced IT firm sends a plain-English report every quarter, which the trustees actually read.",
    "",
  ],
  [
    "Locked out of the tills in the Boxing Day rush because of a forced update. You couldn't make it up.",
    "conflict",
  ],
  [
    "I know they're busy, but it's disheartening that nobody's answered our team's question in a month.",
    "conflict feel",
  ],
  [
    'Call me cynical, but most "security incidents" here are someone who couldn\'t be bothered to lock their screen.',
    "blame:emp",
  ],
  [
    "I wouldn't say the staff are careless. Our systems are needlessly complicated, and we built them.",
    "blame:self",
  ],
  ["The heating in the east wing is either off or tropical. No middle setting.", ""],
  [
    "Security gets a bad name, but in our place they're the first to buy a round at the Christmas do.",
    "",
  ],
  [
    "Hardly anyone realises that the security team can read every message we send on the work chat. I only found out by accident.",
    "comm power",
  ],
  [
    "Not a day passes without the mail filter catching a fake login page, and most of us never see them.",
    "",
  ],
  ["Honestly, the tone of their emails makes me want to hide under my desk.", "comm feel"],
  ["Their emails are blunt, sure, but I prefer blunt to waffle.", ""],
  [
    "They said it was a phishing attack. It was their own misconfigured mail server. We all know it.",
    "blame:sec",
  ],
  ["They said it was a phishing attack, and the report they shared made that pretty clear.", ""],
  [
    "Security is a bit like the council: you know it exists, you just never deal with it.",
    "distance",
  ],
  [
    "Field engineers can't use their own tools on client sites any more because the laptops are locked down, and no one on the security side has ever been on a client site.",
    "conflict distance",
  ],
  ["The service desk moved to a new building last month; the phone number didn't change.", ""],
  [
    'Why does every message from security start with "As previously communicated"? It wasn\'t.',
    "comm",
  ],
  [
    "Not sure why, but I always feel like I'm in trouble when the security team books a meeting with me.",
    "feel",
  ],
  [
    "I asked about working from my parents' place in Spain for a fortnight and got a clear yes, with conditions, in one email.",
    "",
  ],
  ["There's a rule for everything except for whoever makes the rules.", "power"],
  [
    "We put out clear guidance on AI tools and within a week half the office had pasted client contracts into a chatbot.",
    "blame:emp",
  ],
  [
    "Our security awareness lead used to be a primary school teacher, and it shows in the best way. She never makes you feel daft, she explains scams with stories about her own mum, and she always ends by asking what would make our jobs easier. Not once has she read us a policy.",
    "",
  ],
  [
    "I rang four times about the broken badge reader, got four different ticket numbers and zero callbacks, so now I just wait for someone to open the door for me. It's maddening.",
    "conflict comm feel",
  ],
  [
    "I was worried the new monitoring software would spy on us, but the FAQ was honest about what it does and doesn't see.",
    "",
  ],
  [
    "We in the IT team assumed everyone knew what a VPN was. That was our blind spot.",
    "blame:self",
  ],
  ["If there's one thing I'd change, it's the canteen coffee. IT are fine.", ""],
  ["The office Wi-Fi password is on a card at reception, and visitors get their own network.", ""],
  [
    "Some of the older staff were nervous about the new tablets, so IT ran a tea-and-tablets morning. It worked.",
    "",
  ],
  ["My only gripe this year is the payroll system, which an external provider runs anyway.", ""],
  ["Do the security team want us to forward suspicious texts as well, or only emails?", ""],
  [
    "Quick question: can we use the scanner in room 2 for confidential documents, or is there a special one?",
    "",
  ],
  [
    "Quick question: why does security get to approve my travel laptop when I don't even know who they are?",
    "power distance",
  ],
  [
    "Thrilled, honestly thrilled, to have my account frozen on my first morning back from maternity leave.",
    "conflict feel",
  ],
  [
    "Coming back from maternity leave, my laptop was ready and they'd even kept my desktop layout. Lovely touch.",
    "",
  ],
  [
    "The security awareness quiz had two questions with the wrong answer marked correct. Says it all.",
    "blame:sec",
  ],
  [
    'They mean well, I suppose, but their VPN instructions assume you already know what a "split tunnel" is.',
    "comm",
  ],
  [
    "I never thought I'd say this, but the security team's Christmas quiz was the highlight of the party.",
    "",
  ],
];
