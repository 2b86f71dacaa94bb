import type { RawExample } from "./types.js";
import { VOICES_H_2 } from "./voices-h-2.js";

/**
 * Employees and line managers of small firms (shops, care homes, trades, practices, depots,
 * schools, agencies, farms, garages, libraries, call centres, charities), plus a few IT voices.
 * Written fresh for Rapport (brief H).
 * Continued in voices-h-2.ts (one file per few hundred lines).
 */
const FIRST: readonly RawExample[] = [
  // Short answers
  ["Never clapped eyes on them.", "distance"],
  ["Perfectly adequate.", ""],
  ["Who?", "distance"],
  ["All good.", ""],
  ["Slow, slow, slow.", "conflict"],
  ["Rude, mostly.", "comm"],
  ["Patronising gits.", "comm power"],
  ["What do they even do?", "distance"],
  ["Very good actually.", ""],
  ["Scary lot.", "feel"],
  ["Permanently snowed under, never free for us.", "conflict"],
  ["Jargon, jargon, jargon.", "comm"],
  ["Decent bunch.", ""],
  ["Wouldn't recognise one of them in the street.", "distance"],
  ["Frustrated. Everything I need is 'pending approval'.", "feel conflict"],

  // Retail
  ["The card machines went down on Black Friday and the helpdesk line just rang out.", "conflict"],
  [
    "Head office decides which websites the shop PC can open. We found out when the rota site stopped loading.",
    "power comm",
  ],
  ["Honestly I'd rather ask my fifteen year old than ring the IT number.", "distance"],
  [
    "Got a stern email about a USB stick I didn't even know was mine. Felt like being sent to the headteacher.",
    "comm power feel",
  ],
  ["Our area manager handles anything IT related and she's great at explaining it.", ""],
  [
    "Staff on the tills will open any attachment that says 'invoice', I've watched it happen three times this year.",
    "blame:emp",
  ],
  [
    "When the stock system boots us out mid-count we just carry on under the supervisor's login, everyone does.",
    "distance conflict",
  ],
  ["What do they do here? Couldn't tell you, they're at head office.", "distance"],
  [
    "Our regional IT chap visits every branch twice a year and remembers everybody's name. Top man.",
    "",
  ],
  [
    "I don't like to bother them. They've got bigger things on than my receipt printer.",
    "distance",
  ],

  // Care homes
  [
    "The care plan app wants a new password every month, the night carers forget it, and guess who gets rung at 3am.",
    "conflict",
  ],
  ["I dread the IT audit. They go through everyone's logins like we're stealing.", "feel power"],
  [
    "The office laptop is so locked down we can't even print the medication charts without raising a ticket.",
    "conflict power",
  ],
  [
    "Our IT is one man called Dave who comes in on Thursdays. Lovely fella, explains everything twice if you need it.",
    "",
  ],
  [
    "it was me who gave the caller a residents details, should of checked who they were. still feel sick about it",
    "blame:self feel",
  ],
  [
    "Nobody asked the carers before they swapped the tablets, we just came in one morning and everything was different.",
    "power comm",
  ],
  [
    "They send us cyber newsletters but who has time to read them on a twelve hour shift, honestly.",
    "distance",
  ],
  ["The MSP is very responsive, usually back to us within the hour.", ""],
  [
    "The IT provider for our care group is in another city, they've never set foot in our home, and every fix happens remotely while we stand there guessing what's going on.",
    "distance comm",
  ],
  ["My staff are scared to own up to anything in case it costs them their job.", "feel power"],

  // Building trades
  ["We're builders, not computer people. The office sorts the cyber side, not my job.", "distance"],
  ["Got locked out of the quoting app on site and couldn't reach a soul till Monday.", "conflict"],
  ["The IT firm talk to us like we're thick because we turn up in hi-vis.", "comm power"],
  [
    "Our office manager set up the two-step login on everyone's phones and made a little video for the lads. Spot on.",
    "",
  ],
  [
    "When the fake invoice came through I was the one who paid it. Eight grand. Can't blame anyone else for that.",
    "blame:self",
  ],
  [
    "IT bloke says the van trackers are for security. Feels more like they're keeping tabs on us.",
    "power",
  ],
  [
    "Site managers are hopeless with passwords, same one for everything, written in the diary.",
    "blame:emp",
  ],

  // Accountancy
  [
    "During tax season the file server crawls and the IT provider keeps telling us it's 'within SLA'.",
    "conflict comm",
  ],
  ["Our IT partner runs a short lunch session every quarter, and even the partners turn up.", ""],
  [
    "Juniors forward client spreadsheets to their personal Gmail to finish at home. It's a nightmare to police.",
    "blame:emp",
  ],
  [
    "Calling support leaves me feeling about two feet tall, you can hear the sigh down the line.",
    "feel comm",
  ],
  [
    "The encryption tool for client emails is so fiddly that half of us just send the PDF and the password in the next email.",
    "conflict distance",
  ],
  ["Compliance make the call and we fall in line. That's about it.", "power"],
  ["Describe it? Polite, rare, fine.", ""],
  [
    "The security consultant's report was forty pages of abbreviations. The partners nodded and filed it.",
    "comm distance",
  ],
  [
    "I'm embarrassed to admit I still use the same password for every client portal.",
    "blame:self feel",
  ],

  // Dentists and GP practices
  [
    "The practice manager is twitchy about data protection, but she's right to be and she always says why.",
    "",
  ],
  [
    "Our clinical system supplier only talks to us through a portal. No phone number, no names.",
    "comm distance",
  ],
  [
    "We're the ones answering the phones to scammers, and we're the ones who get it in the neck when one gets through.",
    "blame:emp",
  ],
  ["I'm always on edge that I'll press the wrong thing and leak someone's records.", "feel"],
  [
    "Smartcards fail most mornings and each time it's 'raise a ticket'. Patients queue while we wait.",
    "conflict comm",
  ],
  [
    "They asked us what would work on reception before changing the screens, and it made a real difference.",
    "",
  ],
  [
    "When I joined the practice nobody told me the rules about phones, then three weeks in I got pulled into the office for photographing an X-ray for the dentist. I genuinely didn't know.",
    "comm power",
  ],
  ["I lost the surgery's encrypted memory stick on the bus. I still cringe.", "blame:self feel"],
  [
    "Our GP practice's IT goes through the local support hub. We raise tickets, they get done. Fine by me.",
    "",
  ],

  // Logistics and warehouses
  [
    "Drivers get a text saying the app's changed. That's it. Work it out in a layby.",
    "comm conflict",
  ],
  [
    "The depot's IT contractor only shows up once the scanners are already dead.",
    "conflict distance",
  ],
  ["The pickers will plug any charger or stick into the PCs, they just don't think.", "blame:emp"],
  [
    "I don't bother flagging the weird emails anymore. Last time I got a lecture for opening it in the first place.",
    "distance comm",
  ],
  [
    "They log every scan and every minute of break now and call it 'security'. Nobody buys that.",
    "power",
  ],
  [
    "The new transport manager has got IT coming to the morning huddle once a fortnight. Good move.",
    "",
  ],
  [
    "Our warehouse supervisor got shouted at on a call by the security team because a picker left a scanner in the canteen. Nobody's reporting anything to them after that.",
    "conflict comm distance",
  ],

  // Manufacturing
  [
    "The machines on the line run ancient Windows and IT won't go near them. So we don't either.",
    "distance",
  ],
  [
    "Engineering and IT have been at each other's throats over remote access to the CNC machines since spring.",
    "conflict",
  ],
  [
    "When the ransomware hit, the IT manager stood in front of the whole shop floor and explained exactly what happened. Respect.",
    "",
  ],
  [
    "They changed the door codes and posted it on the intranet. Half the floor can't get on the intranet.",
    "comm conflict",
  ],
  ["We're just clock numbers to them up in the office.", "power distance"],
  [
    "I was the one who plugged the supplier's laptop into our network. Didn't know it mattered. I know now.",
    "blame:self",
  ],
  ["Security for them means saying no. Every request, no.", "conflict blame:sec"],
  ["Our quality manager also does the IT security bit and she's brilliant at it.", ""],
  [
    "The engineers see the cyber rules as somebody else's problem, which is exactly how we ended up with the breach.",
    "blame:emp distance",
  ],

  // Schools
  [
    "The trust's IT team blocked YouTube the morning of my lesson observation. Not a word of warning.",
    "conflict comm",
  ],
  [
    "Teachers are the worst for leaving laptops unlocked in front of a class, and I include myself.",
    "blame:emp blame:self",
  ],
  ["I don't know who manages our web filtering. Some company, somewhere.", "distance"],
  ["The online safety training was clear and the trainer clearly knew schools. Helpful.", ""],
  [
    "I get really anxious about the data rules, one wrong email to a parent and that's my career over.",
    "feel",
  ],
  [
    "The network manager handles staff requests as if we're Year 7s asking for extra break.",
    "power",
  ],
  [
    "We have a techie who answers every question with 'it's been escalated'. Escalated where, exactly?",
    "comm conflict",
  ],
  [
    "Support staff in the school office always get forgotten when IT rolls something new out.",
    "comm power",
  ],
  [
    "Teachers are expected to know data protection inside out off one slideshow a year. Then when it goes wrong it's our fault.",
    "blame:emp conflict",
  ],
  [
    "honestly the cyber team are alright, they came to our inset day and did a session on sextortion scams that was really well pitched for staff.",
    "",
  ],

  // Estate agents
  [
    "Our IT is outsourced and it's a black box. Invoice comes in, things change, nobody knows what.",
    "power distance",
  ],
  [
    "Negotiators are out all day on their phones. Security rules written for people at desks just don't fit.",
    "conflict",
  ],
  [
    "Had a conveyancing fraud attempt last year. IT were on the phone to me within ten minutes, very reassuring.",
    "",
  ],
  ["The director's son does our IT. You can't really argue with the director's son.", "power"],
  ["Honestly, security's someone else's department. I sell houses.", "distance"],

  // Restaurants and hospitality
  ["Security? In a restaurant? The till company handles it, I think.", "distance"],
  ["The booking system provider sends emails in a language I'd call Robot.", "comm"],
  [
    "Whenever the card reader dies mid-service the support line wants serial numbers read out while tables are waiting. Infuriating.",
    "conflict feel",
  ],
  ["Our manager showed us how to spot fake delivery texts. Took five minutes, really useful.", ""],
  [
    "Kitchen staff get the blame whenever the order tablet breaks, never mind it lives next to a deep fat fryer.",
    "blame:emp",
  ],
  [
    "Head office IT work Monday to Friday, nine to five. We do most of our trade on a Saturday night. Work it out.",
    "conflict distance",
  ],

  // Law firms
  [
    "The risk and compliance team are thorough, sometimes exhaustingly so, but I've never found them unreasonable.",
    "",
  ],
  [
    "Fee earners treat IT like the help, then wonder why IT won't go the extra mile for them.",
    "power conflict",
  ],
  [
    "Secretaries have been catching the fake payment emails for years and never get an ounce of credit.",
    "feel",
  ],
  [
    "Information security put out a monthly bulletin. I could not tell you what a single one said.",
    "distance",
  ],
  [
    "We were told to stop using WhatsApp with clients in an email at 6pm on a Friday. No alternative offered.",
    "comm conflict",
  ],
  [
    "Speaking as a partner: the associates see security as a box to tick and nothing more.",
    "blame:emp",
  ],
  [
    "Every new matter needs approval for a shared folder and approval takes days. Clients don't wait days.",
    "conflict",
  ],
  [
    "The consultant we hired told the partners, in front of the whole staff, that staff are the biggest risk. Went down like a lead balloon.",
    "blame:emp conflict",
  ],

  // Marketing agencies
  [
    "Our creatives install whatever fonts and plugins they fancy. Security is the last thing on their minds.",
    "blame:emp",
  ],
  ["IT blocked Dropbox without a word and we missed a client deadline.", "conflict comm"],
  ["the MSP guy is alright but he talks in acronyms, SSO this MFA that, i just nod", "comm"],
  ["In their eyes the design studio is basically the Wild West.", "blame:emp"],
  [
    "We've got a Slack channel with our IT contractor and he answers in minutes, usually with a gif. Love it.",
    "",
  ],
  [
    "Honestly I just do client work on my own laptop, it's less hassle than the company one.",
    "distance",
  ],
  [
    "Whenever I ask why something's blocked I'm told 'security reasons'. That's not a reason, that's a door closing.",
    "comm power",
  ],

  // Farms and garages
  ["It's a farm. My nephew set up the wifi and keeps an eye on it for us.", ""],
  [
    "The feed merchant's portal makes me change my password every month and I'm locked out more than I'm in.",
    "conflict",
  ],
  [
    "The accountant's IT people wanted me using an app code to log in. There's no signal in half the yard. They didn't get it.",
    "conflict",
  ],
  [
    "I'm too old for all this and I know I'm the weak spot, I'd click whatever they sent me.",
    "blame:self",
  ],
  [
    "The diagnostics laptop needs admin rights for every update and the IT firm takes two days to grant them. Car sits on the ramp.",
    "conflict power",
  ],
  ["Our IT guy is my brother-in-law. He's good, comes round whenever we need him.", ""],
  [
    "Mechanics here couldn't care less about phishing, they only open email to order parts.",
    "blame:emp distance",
  ],
  [
    "The farm shop card reader is run by a firm that texts me codes. Never spoken to a human.",
    "distance comm",
  ],
];

export const VOICES_H: readonly RawExample[] = [...FIRST, ...VOICES_H_2];
