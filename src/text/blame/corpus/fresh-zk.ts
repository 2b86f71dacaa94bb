import { FRESH_ZK_2 } from "./fresh-zk-2.js";
import { FRESH_ZK_3 } from "./fresh-zk-3.js";
import { FRESH_ZK_4 } from "./fresh-zk-4.js";
import { FRESH_ZK_5 } from "./fresh-zk-5.js";
import type { RawBlameExample } from "./types.js";

/** Security vendors: product pitches, webinars, press releases, sales calls. Written fresh for Rapport (brief ZK). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "Employees are still the weakest link, which is exactly why our platform watches every click they make.",
    true,
  ],
  [
    "Employees are not the weakest link; our telemetry shows they report suspicious mail faster than most filters flag it.",
    false,
  ],
  [
    "Ninety per cent of breaches start with human error, so the human has to be taken out of the loop.",
    true,
  ],
  [
    "Human error shows up in our incident data, but almost always where a tool made the wrong action the easy one.",
    false,
  ],
  [
    "Users will click on anything that promises a bonus or a parcel, so we block first and ask later.",
    true,
  ],
  [
    "Users in our customer base flagged the invoice-fraud campaign within nine minutes of the first delivery.",
    false,
  ],
  ["Insider risk is real: your own staff are the threat sitting behind your firewall.", true],
  [
    "Insider risk tools that read every private message tend to destroy the trust they claim to protect.",
    false,
  ],
  [
    "No AI model can fix the fact that a tired cashier in a Johannesburg store will plug in any USB stick she finds.",
    true,
  ],
  [
    "The ransomware that hit the Rotterdam terminal operator came in through an unpatched file-transfer appliance.",
    false,
  ],
  [
    "Your biggest vulnerability doesn't run on silicon; it sits in a chair and drinks coffee.",
    true,
  ],
  [
    "Your biggest vulnerability is usually the legacy system nobody has the budget to replace.",
    false,
  ],
  [
    "Hospitals in the Midwest keep getting hit because nurses share logins like they share pens.",
    true,
  ],
  [
    "Hospitals keep getting hit because clinical systems still force shared logins that nobody can realistically avoid.",
    false,
  ],
  [
    "We built passwordless sign-in because asking people to memorise forty passwords was never a fair request.",
    false,
  ],
  [
    "People are lazy: left to themselves they will choose Summer2024! and reuse it everywhere.",
    true,
  ],
  [
    "MFA fatigue attacks work because push prompts were designed without any context for the person approving them.",
    false,
  ],
  [
    "MFA fatigue attacks work because staff will tap approve on anything just to make the buzzing stop.",
    true,
  ],
  ["Our endpoint agent stops the payload regardless of who opened the attachment.", false],
  [
    "Give a sales rep local admin and they will have installed three browser toolbars and a crypto miner by Friday.",
    true,
  ],
  [
    "Local admin rights are a configuration decision, and most of the mess we see traces back to that decision, not to the sales team.",
    false,
  ],
  [
    "The cloud misconfigurations we find in Singapore logistics firms are overwhelmingly default settings nobody was told to change.",
    false,
  ],
  [
    "Developers treat secrets like confetti; they paste API keys into public repos without a second thought.",
    true,
  ],
  [
    "Secrets leak into repositories because the tooling makes it easier to hard-code a key than to fetch it from a vault.",
    false,
  ],
  [
    "A firewall can't stop an employee who wants to walk out with the customer database on a thumb drive.",
    true,
  ],
  [
    "In fintech, the people holding the keys are the danger: every engineer is a potential insider.",
    true,
  ],
  [
    "Nigerian fintechs that moved to hardware keys saw account-takeover losses drop sharply within a quarter.",
    false,
  ],
  ["Email security has to assume the user will fail, because they always do.", true],
  [
    "Email security should assume some messages will get through and make reporting them a one-click job.",
    false,
  ],
  [
    "The breach at the regional insurer began with a stolen session token from a third-party support portal.",
    false,
  ],
  [
    "The breach at the regional insurer began, as they all do, with someone in claims opening a zip file they had no business opening.",
    true,
  ],
  [
    "Attackers are professionals who test their lures against the same filters we sell; expecting staff to out-spot them is unrealistic.",
    false,
  ],
  ["Most staff couldn't spot a phish if it arrived with a flashing red banner.", true],
  ["Our data shows click rates fall when reporting is praised rather than punished.", false],
  [
    "Shadow IT usually tells you where the approved tools are failing the people who have to use them.",
    false,
  ],
  [
    "In Japanese car plants the OT networks were flat for decades; that architecture, not the line workers, is the exposure.",
    false,
  ],
  [
    "Line workers plug their phones into the HMI panels to charge them, and then everyone acts shocked when malware spreads.",
    true,
  ],
  [
    "Zero trust means exactly that: don't trust your network, and definitely don't trust your staff.",
    true,
  ],
  [
    "Zero trust is about verifying devices and sessions continuously, not about treating colleagues as suspects.",
    false,
  ],
  ["Human firewall is a nice slogan, but the firewall keeps getting breached by the humans.", true],
  [
    "We stopped using the phrase 'human firewall' because it puts a burden on people that belongs to the controls.",
    false,
  ],
  [
    "The weakest link in the supply chain is nearly always a small vendor with an unmonitored remote-access tool.",
    false,
  ],
  [
    "The weakest link in the supply chain is the receptionist who lets the 'printer technician' walk straight into the server room.",
    true,
  ],
  [
    "Attackers don't hack in any more; they log in, because somebody handed them the password.",
    true,
  ],
  [
    "Attackers increasingly log in with credentials bought from infostealer markets, which says more about unmanaged devices than about anyone's judgement.",
    false,
  ],
  ["With our browser isolation, a bad click simply stops mattering.", false],
  [
    "Frankly, you could automate half of security if it weren't for the staff who keep undoing it.",
    true,
  ],
  [
    "Data-loss incidents at Irish pharma clients mostly came from misrouted automated exports, not from staff.",
    false,
  ],
  [
    "Every data-loss incident we investigated in pharma came down to a scientist who emailed a spreadsheet to their personal Gmail.",
    true,
  ],
  [
    "Privileged access management exists because admins cannot be trusted with standing rights.",
    true,
  ],
  [
    "Privileged access management reduces the blast radius when any account, human or service, is compromised.",
    false,
  ],
  [
    "Patch latency at Australian mine sites is driven by remote connectivity and maintenance windows, not by negligence.",
    false,
  ],
  [
    "The problem with mining IT is the contractors; they ignore every policy the moment they're on site.",
    true,
  ],
  ["We ship with secure defaults so that nobody has to be a security expert to stay safe.", false],
  ["Security awareness is wasted when half your workforce can't tell a URL from a postcode.", true],
  [
    "A single employee reporting a strange login prompt let the Kenyan mobile-money operator shut the campaign down within an hour.",
    false,
  ],
  [
    "Mobile-money fraud in East Africa keeps growing because customers give their PINs to anyone claiming to be from the network.",
    true,
  ],
  [
    "SIM-swap fraud is a telecom process failure: shop agents are handed too much power with too little verification built in.",
    false,
  ],
  [
    "SIM-swap fraud happens because shop agents will sell out a customer for a few hundred shillings.",
    true,
  ],
  [
    "Misconfigured storage buckets are a tooling and defaults problem that the industry created and is slowly fixing.",
    false,
  ],
  ["Somebody always leaves the bucket public; you can set your watch by it.", true],
  [
    "The attackers behind the campaign used a zero-day in the VPN; no amount of training would have stopped it.",
    false,
  ],
  [
    "Business email compromise works because finance clerks do whatever an email tells them without picking up the phone.",
    true,
  ],
  [
    "Business email compromise works because payment processes allow a single email to change bank details.",
    false,
  ],
  [
    "If your callback procedure can be skipped under deadline pressure, it isn't a control, it's a suggestion.",
    false,
  ],
  [
    "Our analysts call it PEBKAC for a reason: the problem sits between the keyboard and the chair.",
    true,
  ],
  [
    "Gamified training is fine, but people forget it the minute the leaderboard disappears, which tells you what they're worth as a defence.",
    true,
  ],
  [
    "Front-desk teams in Spanish hotel chains were never given a way to verify callers, so social engineers walked straight through.",
    false,
  ],
  ["Front-desk staff will give out a guest's room number to anyone who sounds confident.", true],
  [
    "Error messages that leak stack traces are a developer-tooling problem we find in nearly every web app test.",
    false,
  ],
  [
    "The number one cause of cloud breaches is an engineer who thinks security is somebody else's job.",
    true,
  ],
  [
    "The number one cause of cloud breaches in our data is excessive permissions granted by default templates.",
    false,
  ],
  [
    "Deepfake voice scams succeed because they exploit genuine urgency in real business workflows.",
    false,
  ],
  [
    "If a deepfake of the CFO calls, your average employee will wire whatever amount is requested, full stop.",
    true,
  ],
  [
    "Security teams that blame staff after every incident quickly stop hearing about incidents at all.",
    false,
  ],
  [
    "Eighty per cent of our customers' staff reused a breached password at least once; they simply do not care.",
    true,
  ],
  [
    "Eighty per cent of the accounts we scanned had a reused password, which is what happens when you demand dozens of them.",
    false,
  ],
  [
    "Employees leaving for competitors are the biggest intellectual-property risk in Korean electronics.",
    true,
  ],
  [
    "Offboarding gaps, where accounts stay active for months, are the biggest intellectual-property risk we see at electronics firms.",
    false,
  ],
  [
    "Our XDR correlates signals across endpoints, identity and email to catch lateral movement early.",
    false,
  ],
  ["There's no patch for human stupidity, but there is a premium licence tier for it.", true],
  [
    "School districts get breached because teachers use the same password for their gradebook and their dating profile.",
    true,
  ],
  [
    "School districts get breached because they run 2009-era servers on a budget that wouldn't cover one analyst.",
    false,
  ],
  [
    "Our red team got into the Mexican ministry's network through an internet-facing printer management page.",
    false,
  ],
];

export const FRESH_ZK: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZK_2,
  ...FRESH_ZK_3,
  ...FRESH_ZK_4,
  ...FRESH_ZK_5,
];
