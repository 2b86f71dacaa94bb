import type { RawExample } from "./types.js";
import { VOICES_DC_2 } from "./voices-dc-2.js";
import { VOICES_DC_3 } from "./voices-dc-3.js";
import { VOICES_DC_4 } from "./voices-dc-4.js";
import { VOICES_DC_5 } from "./voices-dc-5.js";
import { VOICES_DC_6 } from "./voices-dc-6.js";

/** Security and IT staff, and the managers above them, on employees and on their own position: survey answers and interview quotes. Written fresh for Rapport (brief DC). */
const FIRST_PART: readonly RawExample[] = [
  [
    "There was a stand-up shouting match in the corridor when we confiscated a personal router from the lab.",
    "conflict feel",
  ],
  ["Shop floor? Basically no relationship.", "distance"],
  [
    "People ask permission for everything now, like children asking to leave the table, and I don't think that's healthy.",
    "power",
  ],
  ["People feel watched by us, and in fairness, they are.", "power"],
  ["I think we in security are half the reason people hide their mistakes.", "blame:self"],
  ["I don't enjoy being the villain in every onboarding story.", "feel"],
  [
    "I do miss the days when I knew everyone here; now I'm a name on an out-of-office reply.",
    "distance",
  ],
  [
    "Staff treat us like a vending machine: put a ticket in, expect a laptop out, no thanks required.",
    "power",
  ],
  [
    "We moved the helpdesk counter to the ground floor so people could walk up. It gets a steady trickle.",
    "",
  ],
  [
    "The regional managers treat security controls as optional extras they can negotiate away.",
    "blame:emp conflict",
  ],
  [
    "Field staff keep photographing customer documents on personal phones because the approved app takes too long to open.",
    "conflict",
  ],
  ["The firm uses us to check up on people who are off sick, and I never agreed to that.", "power"],
  ["It's not always smooth, but we talk.", ""],
  [
    "I'll be blunt: I don't trust most users to handle sensitive data, and that shapes how I treat them.",
    "power blame:emp",
  ],
  [
    "In hindsight, I treated every user as a suspect, and that poisoned things.",
    "blame:self power",
  ],
  [
    "Being blamed for the slow Wi-Fi at the conference venue, which we don't even run, was a low point.",
    "feel conflict",
  ],
  [
    "Some days I think users would hand over their bank details to a pop-up if it had a nice logo, and it wears me down.",
    "feel blame:emp",
  ],
  [
    "We got into a proper row with the events team over using personal phones for the ticketing app.",
    "conflict",
  ],
  ["I'd describe the staff as cautious, cooperative and occasionally too polite to complain.", ""],
  ["I honestly couldn't tell you whether the care homes use our guidance or not.", "distance"],
  [
    "We asked for feedback on the new portal and changed three things people disliked. They noticed.",
    "",
  ],
  [
    "People here don't really think about security. They think about deadlines.",
    "distance blame:emp",
  ],
  ["Our CEO did the phishing training first and posted her score. Set a great tone.", ""],
  [
    "People treat the monitoring as spying and then act shocked when we catch them uploading client data.",
    "blame:emp power",
  ],
  [
    "Every ransomware scare we've had traces back to somebody ignoring an update prompt for months.",
    "blame:emp",
  ],
  ["Do people even know there's a security team? I genuinely wonder.", "distance"],
  ["Nobody here sees us as the enemy, as far as I can tell.", ""],
  ["Not every complaint is a crisis. Most people just want to be heard.", ""],
  [
    "I know our status page says things like 'degraded IdP federation', which means nothing to a receptionist.",
    "comm",
  ],
  ["The architects asked us to sit in on their design reviews. We now go every month.", ""],
  ["Nothing dramatic to report. Tickets in, tickets out, people mostly happy.", ""],
  [
    "The partners refuse to use the secure portal because clients find it clunky, so documents go out as plain email attachments. I've raised it at three partner meetings, everyone nods and agrees it's a risk, and then the next deal comes along and we're back to attachments.",
    "conflict power",
  ],
  ["Not a problem at all with the accounts team; they follow the process better than we do.", ""],
  [
    "Users treat the 'report phishing' button like a spam bin, so we wade through newsletters all day.",
    "blame:emp",
  ],
  [
    "It is demoralising to be the department that can be ignored until there's a crisis.",
    "feel power",
  ],
  ["It took a while, but the finance team now see us as allies.", ""],
  [
    "Directors sign whatever contract is put in front of them, with whatever cloud provider the supplier happens to use, and then forward it to us with a note saying 'please make sure this is secure'. By then the data's already sitting there.",
    "power blame:emp",
  ],
  ["Users ask whether a link is safe more often than they used to. That's progress.", ""],
  ["We run the phishing tests without naming anyone. The point is learning.", ""],
  [
    "Contractors are the hole in our fence; they come and go and nobody vets their laptops.",
    "blame:emp",
  ],
  [
    "I'll admit our team made the mistake with the mailbox permissions, not the user.",
    "blame:self",
  ],
  ["A junior analyst suggested we stop using red text in emails; we did, and it helped.", ""],
  [
    "I feel like a traffic warden. Everyone needs me, nobody likes me, and I can't actually make anyone do anything.",
    "feel power",
  ],
  [
    "Teachers are up in arms about the filtering blocking YouTube in lessons, and honestly I sympathise.",
    "conflict feel",
  ],
  ["Last month's phishing test had the lowest click rate we've ever recorded.", ""],
  [
    "I dread the Monday after a phishing test, because the inbox fills up with angry replies.",
    "feel conflict",
  ],
  [
    "When we lock an account, the user has no idea who did it or why; it just stops working. From their side of the screen we must look like an invisible hand reaching in and switching things off, and I can't really argue with that picture.",
    "power comm",
  ],
  [
    "Would they notice if we disappeared? Yes, within about ten minutes, and they'd be round asking.",
    "",
  ],
  ["The CFO sits in on our quarterly risk review and actually reads the papers.", ""],
  ["It gets to me that people go quiet when I walk into the kitchen.", "feel"],
  [
    "The old outsourced helpdesk gave out admin rights like sweets, and we inherited the mess.",
    "blame:sec",
  ],
  [
    "There's a lonely feeling in being the one person who says no, knowing the CEO will just say yes anyway.",
    "power feel",
  ],
  [
    "The service desk gives one answer, the security team gives another, and users are caught in the middle.",
    "conflict comm",
  ],
  [
    "Our password rules clash with the old warehouse system, which only accepts eight characters, so staff just write them down.",
    "conflict",
  ],
  [
    "The trading desk insisted on keeping their own chat app and the head of trading overruled us in one meeting.",
    "conflict power",
  ],
  [
    "The out-of-hours number is on the intranet, which nobody can reach when the network is down.",
    "conflict",
  ],
  [
    "I only found out the company had moved payroll to a new provider when the invoice hit my desk.",
    "power comm",
  ],
  ["Once we explained why, the drivers were fine with the new PIN on the tablets.", ""],
  [
    "We install updates overnight without asking anyone, and people come in to find their machines different.",
    "power",
  ],
  ["We speak in tickets and SLAs; the staff speak in patients and shifts.", "comm"],
  ["Resentment? Not really. People grumble about passwords, same as anywhere.", ""],
  [
    "Procurement buys software first and asks us to assess it afterwards, which puts everyone on the back foot.",
    "conflict",
  ],
  [
    "The merger team decided to connect the two networks before we'd assessed anything, and they wouldn't wait.",
    "power conflict",
  ],
  [
    "It hurts a bit when a project manager I've helped for years cuts me out of the planning meetings.",
    "feel distance",
  ],
  [
    "I haven't been down to the distribution centre in a year. That's on me.",
    "blame:self distance",
  ],
  ["It's a two-way street. We listen, they listen.", ""],
  [
    "It was a hard year: two ransomware scares, a server fire in the old comms room, and a merger with a firm twice our size. The staff were brilliant through all of it, patient on the phone, flexible about working from home, and quick to report anything odd.",
    "",
  ],
  [
    "I'm embarrassed by how long people waited for laptops in March; some sat idle for a week.",
    "conflict feel",
  ],
  [
    "We blocked personal email without warning anyone, and a recruiter lost a candidate's offer letter because of it. My decision.",
    "blame:self conflict comm",
  ],
  ["We've become a department people route around.", "distance"],
  [
    "I've grown a bit cynical. I send the bulletin, assume nobody reads it, and move on.",
    "feel distance",
  ],
  ["We don't tell people why we've blocked a website, we just show a red page.", "comm"],
  [
    "Management decided to switch off the phishing simulations without even asking us why we ran them. We had two years of data showing click rates falling, we'd built the whole awareness programme around it, and it disappeared in a single line of the budget minutes.",
    "power",
  ],
  [
    "There's a particular sinking feeling when the CEO forwards you a phishing email and asks 'is this real?' after he's clicked it.",
    "feel blame:emp",
  ],
  ["My team sends replies so terse that people think we're angry with them.", "comm"],
  [
    "Nine times out of ten the breach starts with someone in finance opening an invoice they weren't expecting.",
    "blame:emp",
  ],
  [
    "We have read access to everyone's mailbox, and honestly it makes people nervous around us.",
    "power feel",
  ],
  ["The weakest point in our defences is anyone with a phone and a sense of urgency.", "blame:emp"],
  ["I got a handwritten card from the accounts team after the audit. It's on my monitor.", ""],
  ["A porter walked a lost laptop over to us from the car park, still locked. Exactly right.", ""],
  [
    "The lawyers talk to us like we're the building maintenance crew, and I've stopped pretending it doesn't bother me.",
    "power feel",
  ],
  [
    "Decisions about what gets blocked are made by a committee most staff have never heard of.",
    "power",
  ],
  [
    "Every time we change a firewall rule, something in the lab breaks and nobody tells us until the researchers are already angry.",
    "conflict comm feel",
  ],
  ["We send twelve security bulletins a month; I doubt anyone reads past the first.", "comm"],
];

export const VOICES_DC: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_DC_2,
  ...VOICES_DC_3,
  ...VOICES_DC_4,
  ...VOICES_DC_5,
  ...VOICES_DC_6,
];
