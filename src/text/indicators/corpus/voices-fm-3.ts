import type { RawExample } from "./types.js";

/** Part 3 of batch FM (see voices-fm.ts). */
export const VOICES_FM_3: readonly RawExample[] = [
  ["Backups run nightly and we test a full restore once a month.", ""],
  [
    "Stop blaming the user. Sandra in accounts did exactly what the email asked, which is what she's paid to do.",
    "",
  ],
  [
    "a bit of jargon creeps into my emails sometimes, but nobody minds and they just ask. not an issue",
    "",
  ],
  [
    "The partners were dismissive of security five years ago. These days they ask for my quarterly report before I've sent it.",
    "",
  ],
  ["I'm not condescending to users and I don't let my team be either.", ""],
  ["Retail staff get a one-page security card with their till login, nothing more.", ""],
  ["The firm has 62 endpoints, two firewalls and one of me.", ""],
  ["We publish a plain-English summary of every incident on the intranet within a week.", ""],
  ["Users aren't the enemy. They're the reason we have jobs.", ""],
  ["Local admin rights are removed by default; exceptions go through a 24-hour approval.", ""],
  [
    "New starters get half an hour with me on day one. I show them how to report a phish and where my desk is.",
    "",
  ],
  [
    "Is there friction? People grumble about MFA now and then, but it's a minute of grumbling, not a war.",
    "",
  ],
  [
    "I know everyone in the building by name. It's a 30-person architecture practice, so that helps.",
    "",
  ],
  ["Patches go to a pilot group on Wednesday and to everyone else by Friday.", ""],
  [
    "The operations director sits in on our monthly risk meeting and actually challenges us. Good.",
    "",
  ],
  ["Nobody on the shop floor has ever been rude to me. Grumpy at 6am, maybe, but never rude.", ""],
  ["I'd never call our engineers arrogant. Blunt, sure, but they always explain themselves.", ""],
  [
    "We swapped the 30-page policy for a two-page FAQ in 2022, and helpdesk questions went up, which is what we wanted.",
    "",
  ],
  [
    "Our trainer uses real examples from our own inboxes, anonymised. People love spotting the giveaways.",
    "",
  ],
  ["Staff can reset their own passwords through the portal with SMS verification.", ""],
  ["Anyone can book 15 minutes with the security team through a calendar link.", ""],
  ["Everyone clicks something eventually, me included. That's why we have layers.", ""],
  ["The guest Wi-Fi sits on its own VLAN with client isolation turned on.", ""],
  ["Our CISO eats lunch in the canteen with everyone else. Sounds trivial. It isn't.", ""],
  ["There was a time I'd have told you users were the problem. I don't believe that any more.", ""],
  [
    "the accountants are slow to adopt new stuff but they ask really good questions, I like working with them",
    "",
  ],
  ["Incident reports go to the risk committee, which meets every six weeks.", ""],
  ["Most of my sole-trader clients just want to know their backups work. Which they do.", ""],
  [
    "People seem comfortable calling me. I get plenty of calls about things that turn out to be nothing, and that's fine.",
    "",
  ],
  ["We run tabletop exercises with department heads twice a year.", ""],
  ["In our staff survey, 81% said they knew how to report a suspicious email.", ""],
  ["I don't think anyone's scared of us. We thank people who report, even for false alarms.", ""],
  ["Our MSP contract includes four on-site days per quarter.", ""],
  ["Jargon? We have a rule: if the receptionist can't follow it, rewrite it.", ""],
  [
    "The warehouse used to dodge us completely. Since we put a kiosk next to the clocking-in machine, they come to us.",
    "",
  ],
  ["Only compliant, Intune-enrolled devices can reach SharePoint.", ""],
  ["Blaming staff has never fixed a single incident I've worked on.", ""],
  [
    "The school secretaries are sharp on phishing; they forward me the dodgy ones before I've even spotted them.",
    "",
  ],
  ["Session timeout on the patient record system is 15 minutes of inactivity.", ""],
  [
    "I was nervous before my first awareness talk, but the team were lovely and asked loads of questions.",
    "",
  ],
  [
    "Things with the legal team are solid. We disagree now and then and sort it out over a call.",
    "",
  ],
  ["Would I say management ignores me? No. They don't always say yes, but they listen.", ""],
  ["We have a Slack channel called #is-this-phishing and it gets about ten posts a week.", ""],
  ["All staff complete an annual refresher; completion this year was 97%.", ""],
  ["Users are our best sensors. The last two incidents were caught by staff, not tools.", ""],
  [
    "The dev leads and I have a standing half hour every Thursday. Most useful meeting in my week.",
    "",
  ],
  ["USB storage is blocked by policy except on three approved machines in the design studio.", ""],
  ["We have a rota so someone from IT is physically at each site at least once a fortnight.", ""],
  [
    "Honestly? A bit of moaning about the VPN in winter, mostly because home broadband is rubbish. Not a real issue.",
    "",
  ],
  [
    "Clients get a one-page monthly report: patches applied, threats blocked, and anything they need to decide.",
    "",
  ],
  [
    "I don't talk down to people. I grew up explaining computers to my nan; you learn patience.",
    "",
  ],
  [
    "The finance director used to treat me as a cost centre. Since last spring's near-miss she's my biggest ally.",
    "",
  ],
  ["SIEM retention is 13 months; audit logs go to cold storage for seven years.", ""],
  [
    "When I started here I assumed the staff would be the problem. After a year of sitting with each team, watching how they actually work and asking what gets in their way, I'd say they're careful, curious and quick to report anything odd. We adjusted a few controls and it's been calm since.",
    "",
  ],
  [
    "Nobody here has ever been disciplined for clicking a simulated phish, and that's deliberate.",
    "",
  ],
  ["Passwords must be at least 14 characters; we dropped forced rotation in 2021.", ""],
  ["Users have taught me more about our real risks than any framework has.", ""],
  [
    "Distant from staff? Not really. Even the remote sites get a weekly video call and know us by name.",
    "",
  ],
  ["People make mistakes. So do I. We fix them and move on.", ""],
  ["Users? Honestly, mostly fine.", ""],
];
