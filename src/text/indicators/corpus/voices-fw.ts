import type { RawExample } from "./types.js";
import { VOICES_FW_2 } from "./voices-fw-2.js";
import { VOICES_FW_3 } from "./voices-fw-3.js";

/** Employees in health and care (nurses, care workers, pharmacy staff, clinic receptionists) and in hospitality (front desk, kitchen, events) answering the survey's open questions, written from the label table alone (round 28). Written fresh for Rapport (brief FW). */
const FIRST_PART: readonly RawExample[] = [
  [
    "The IT lady who covers our ward is lovely. She came up herself when the obs machines stopped syncing and explained what went wrong in plain English.",
    "",
  ],
  [
    "honestly theyre really helpful, i ring the helpdesk and someone picks up within a couple of mins",
    "",
  ],
  [
    "They are never condescending, even when I ask the same question about the password app for the third time.",
    "",
  ],
  ["Not a problem at all, they unlocked my account before my shift even started.", ""],
  [
    "Our security guy pops into the kitchen office once a month to check the card machines and have a natter. Good bloke.",
    "",
  ],
  [
    "They look after the patient record system, the firewall and the phishing training we do once a year.",
    "",
  ],
  ["Mostly they manage the network and the tills. I don't know the details but it all works.", ""],
  ["What they send us is easy to follow, short emails with pictures and numbered steps.", ""],
  [
    "I'd call it a partnership really. They ask the ward before they change anything on our PCs.",
    "",
  ],
  [
    "positive experience: reported a weird email from a 'supplier', they thanked me and said i did exactly the right thing",
    "",
  ],
  ["I think they see us as people trying to do our jobs, not as a risk to be managed.", ""],
  [
    "They know reception is mad at checkout time so they schedule updates for the quiet afternoon slot.",
    "",
  ],
  [
    "No complaints. The new badge system was explained at our team huddle and we could ask whatever we wanted.",
    "",
  ],
  ["Relationship is fine, friendly, bit of banter on the phone.", ""],
  [
    "Good side: they actually listen when we say a rule doesn't work on nights. Bad side: can't think of one tbh",
    "",
  ],
  [
    "Pharmacy system went down on a Saturday and the on-call IT person talked me through the paper backup calmly. Really appreciated it.",
    "",
  ],
  [
    "They don't use jargon with us, and if a techy word slips out they explain it straight away.",
    "",
  ],
  [
    "I'm not scared of reporting mistakes to them. Last time I clicked a dodgy link they just reset my password and said thanks for telling us so quickly.",
    "",
  ],
  ["Very approachable. You can just knock on their door by the main entrance.", ""],
  ["How would they describe it? Probably as a good working relationship. I hope so anyway!", ""],
  ["they never make you feel stupid", ""],
  [
    "Our hotel IT team is only two people but they came in at 6am for the system upgrade so the night porter wasn't left on his own with it.",
    "",
  ],
  ["The security training was actually fun, a quiz with prizes in the staff canteen.", ""],
  [
    "Understandable? Yes mostly. Now and then a word I don't know but I just ask and they explain.",
    "",
  ],
  ["I have nothing negative to say about them.", ""],
  [
    "They manage access to the drug cabinets and all the logins. Small team, based at the main hospital site.",
    "",
  ],
  [
    "Events and IT meet every Monday to go through the week's bookings, which really helps with wifi for the big conferences.",
    "",
  ],
  ["Not once have I felt talked down to by them.", ""],
  [
    "They trust us with guest data and we trust them to keep the systems safe. Works both ways.",
    "",
  ],
  [
    "I think they quite like working with us, they told us our ward is one of the best at reporting things.",
    "",
  ],
  ["It's not a them-and-us thing here at all.", ""],
  ["Helpful, quick to answer emails, 9/10.", ""],
  [
    "They put the new wifi code on a card at the desk and explained why it changes every month, which made sense.",
    "",
  ],
  ["I'd describe it as respectful on both sides.", ""],
  ["The care home manager forwards their updates to us, they're short and to the point.", ""],
  ["They check and encrypt the laptops we take out on home visits, that sort of thing.", ""],
  [
    "A guest tried to sweet-talk me into giving out another guest's room number, I rang security and they backed me up straight away and said I handled it well.",
    "",
  ],
  [
    "I don't feel like they're looking over my shoulder. They told us what they monitor and why, which was fair.",
    "",
  ],
  ["We had problems with IT years ago but the new team are brilliant.", ""],
  ["They're not arrogant at all, which surprised me after my last job.", ""],
  ["Head chef asked them to move the ordering tablet and they did it the same afternoon.", ""],
  ["Would be hard to find anything bad to say about them tbh", ""],
  ["They treat the nurses as equals and ask our opinion before bringing in new systems.", ""],
  ["They keep the records safe so we can get on with looking after residents. Fair enough.", ""],
  ["I see the IT lad most days, he's in and out of the ward fixing printers.", ""],
  ["Not really sure what they do all day but whenever I've needed them they've been there.", ""],
  [
    "I used to be terrified of the phishing tests but now I get that they're for learning, nobody gets told off.",
    "",
  ],
  [
    "Before the new manager came, IT treated us like the weakest link. That's completely changed now.",
    "",
  ],
  [
    "They explained the new password rules at the nurses' meeting and nobody felt stupid for asking questions.",
    "",
  ],
  ["Probably the best support department in the building, if I'm honest.", ""],
  ["I wouldn't say they're perfect but I can't remember a single bad experience.", ""],
  [
    "we've got a named person for the restaurant, Priya, and she always rings back the same day",
    "",
  ],
  [
    "They sent a text to all the carers when the rota app changed, with a link to a 2 minute video. Simple.",
    "",
  ],
  ["I'm sure they get fed up with us sometimes but they never show it.", ""],
  ["They run the CCTV, the door access and the computers for the whole hotel group.", ""],
  ["Honestly a good relationship, they even came to our Christmas do.", ""],
  ["Security and the front desk work closely, especially around big events with VIP guests.", ""],
  [
    "The new two-step login takes ages and on a busy ward that's minutes I don't have for patients. Security just gets in the way.",
    "conflict",
  ],
  [
    "We asked for one shared login at reception for nights and they said no. They don't get how check-in works at 2am with one person on.",
    "conflict",
  ],
  [
    "Every time they change a rule nobody tells the kitchen, and then the tablets won't let us order stock.",
    "conflict",
  ],
];

export const VOICES_FW: readonly RawExample[] = [...FIRST_PART, ...VOICES_FW_2, ...VOICES_FW_3];
