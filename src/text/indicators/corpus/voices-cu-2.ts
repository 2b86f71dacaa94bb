import type { RawExample } from "./types.js";

/** IT and security staff in small firms chatting among themselves about the employees they support (team chat). Written fresh for Rapport (brief CU). */
export const VOICES_CU_2: readonly RawExample[] = [
  [
    "if they can't be trusted with a password manager they can't be trusted with anything, let's just lock it all",
    "blame:emp power",
  ],
  [
    "locking it all down is how we got the shadow IT problem in the first place, mate",
    "conflict blame:sec",
  ],
  [
    "got told in the corridor 'oh you're the ones who make everything slower'. charming",
    "conflict feel",
  ],
  ["Reminder that the Friday 'ask IT anything' drop-in is in the small meeting room 2-3.", ""],
  ["nobody came to the drop-in again. me and a plate of biscuits", "distance"],
  [
    "four people came to the drop-in today and one of them just wanted to chat about his home router. still counts",
    "",
  ],
  ["the sheer panic when I walked up to her desk, like I was there to arrest her", "feel power"],
  ["ok who in here told the architects their CAD machines 'don't need' updates", "blame:sec"],
  [
    "we just do what the owner says. if he says the receptionist gets admin, she gets admin",
    "power",
  ],
  [
    "you know you've made it when the CEO's assistant has your mobile number and uses it for the printer",
    "power",
  ],
  ["fwiw the CEO's assistant is one of the few who actually reports weird emails", ""],
  ["they don't hate us. they just don't think about us until they can't log in", "distance comm"],
  [
    "I genuinely don't mind the calls, it's the 'IT have broken it again' in the all-staff chat that gets me",
    "feel blame:sec",
  ],
  [
    "wrote a two-line how-to instead of my usual essay and got three 'thanks, that was easy' replies",
    "",
  ],
  ["why am I finding out about a new office opening from LinkedIn", "comm distance"],
  [
    "can't believe I have to say this but sharing your login with the temp is not 'being helpful'",
    "blame:emp",
  ],
  [
    "to be fair to reception, we gave the temp no account for two days. what were they meant to do",
    "blame:sec",
  ],
  [
    "so the 'temporary' exception for the sales team's USB sticks is now in its third year",
    "conflict",
  ],
  [
    "I'd push back harder on the exceptions but honestly I don't have the clout. the MD signs them all",
    "power",
  ],
  ["Good news: zero critical findings on the pen test this time.", ""],
  [
    "pen test report went to the board and the only question was 'whose fault is it'. great culture we've got",
    "feel",
  ],
  ["I've stopped sending the how-to emails, I just go round and show people now. way better", ""],
  ["idk man, I think half the firm sees us as the fun police", "conflict"],
  ["ordered pizza for the claims team after the migration weekend, they were troopers", ""],
  [
    "they were troopers for about four hours, then it was all 'why is my signature gone' in caps",
    "feel conflict",
  ],
  [
    "not saying users are the problem but 9 of our last 10 incidents started with someone typing their password into something",
    "blame:emp",
  ],
  [
    "9 of 10 incidents started with a password typed into a fake page, which says more about our lack of phishing-resistant MFA than about them",
    "blame:sec",
  ],
  [
    "told the site managers about the new badge readers face to face at their Monday meeting, went fine",
    "",
  ],
  [
    "honestly worried the night shift have no idea how to reach us if something goes wrong",
    "feel distance",
  ],
  ["the night shift have my number and the on-call rota is on the wall, before anyone panics", ""],
  [
    "I was short with the receptionist this morning and she didn't deserve it. going to apologise",
    "blame:self",
  ],
  ["'can you just' - three words that ruin my afternoon", "conflict feel"],
  [
    "customer service asked for the reason behind every new rule and honestly? good. we should be able to explain it",
    "",
  ],
  [
    "we announced the new retention policy as 'per ISO 27001 A.8.10' and wonder why nobody gets it",
    "comm blame:sec",
  ],
  [
    "clinic manager keeps apologising for 'wasting my time'. she isn't. I need to make that clearer",
    "feel",
  ],
  [
    "they literally said 'we don't need IT in the room for this' about the new CRM. the CRM with all our customer data",
    "conflict distance",
  ],
  ["we're always the last to know and the first to be yelled at", "comm conflict"],
  ["some days I think the only thing the MSP contract says is 'do what you're told'", "power"],
  ["the owner listens to us now, took a ransomware scare but he listens", ""],
  ["quiet day. two password resets and a mouse.", ""],
  [
    "does anyone else get the sense the architects would rather redo a drawing from scratch than ring us about a lost file",
    "distance",
  ],
  ["Went well: the office move. Every desk was working by 9am on Monday.", ""],
  [
    "Went badly: we told nobody in sales that the old shared drive was going read-only. They found out mid-quote.",
    "comm blame:sec",
  ],
  [
    "Retro note: the finance team found a workaround for the upload limit within a day, which tells us the limit was set wrong.",
    "conflict blame:sec",
  ],
  [
    "Action: stop sending policy updates as PDF attachments nobody opens. Try a five minute slot at team meetings instead.",
    "comm",
  ],
  [
    "Incident summary: user entered credentials on a lookalike login page. Reported within ten minutes. Session revoked, no data accessed.",
    "",
  ],
  [
    "Root cause, honestly: the user clicked, yes, but our mail filter let a domain registered yesterday straight through.",
    "blame:sec",
  ],
  [
    "Root cause: user error. Again. Recommend mandatory retraining for the whole department.",
    "blame:emp",
  ],
  [
    "What didn't go well: I assumed the warehouse had read the rollout email. They don't have email on the floor.",
    "comm blame:self",
  ],
  [
    "The design studio raised a formal complaint about the website filter blocking their font sites. Fair complaint. Filter adjusted.",
    "conflict",
  ],
  [
    "Design studio have been much easier to work with since we gave them their own allow-list request form. Turnaround is under a day now.",
    "",
  ],
  [
    "Keep doing: walking the floor on Tuesdays. People mention small things they'd never raise a ticket for.",
    "",
  ],
  [
    "Stop doing: closing tickets as 'user error' without telling the person what actually went wrong.",
    "comm blame:sec",
  ],
  [
    "Observation from the quarter: most requests arrive the day before a deadline, marked urgent, with no detail.",
    "conflict comm",
  ],
  [
    "Risk register note: the practice manager shares her login with two receptionists and refuses to stop.",
    "conflict blame:emp",
  ],
  [
    "Risk register note: receptionists share a login because we never provisioned individual accounts for part-timers. Our gap, not theirs.",
    "blame:sec",
  ],
  [
    "Lessons learned: the MD overruled the USB block within an hour of it going live. We should have got him on board first.",
    "power conflict blame:sec",
  ],
  [
    "We keep writing 'raise awareness' as an action item. Awareness is not the problem; we are never in the room.",
    "distance blame:sec",
  ],
  [
    "The onboarding session was well received. New starters asked good questions and two have since reported suspicious emails.",
    "",
  ],
  [
    "Retro: I lost my temper with the logistics lead on the call. Not acceptable, I've apologised to him directly.",
    "blame:self conflict",
  ],
  [
    "Retro: the logistics lead lost his temper with me on the call. I kept calm but it's the third time this month.",
    "conflict feel",
  ],
  [
    "Nobody from the business turned up to the change advisory meeting. Again. So the change went ahead without their input.",
    "distance",
  ],
  [
    "Positive: operations now send us a heads-up a week before big supplier onboardings. Huge improvement.",
    "",
  ],
  [
    "Sprint note: 60% of our time went on requests that came through the MD's office with 'ASAP' attached. Planned work slipped.",
    "power",
  ],
  [
    "Honest assessment: we are seen as the department of no, and some of that reputation is earned.",
    "conflict blame:sec",
  ],
  [
    "We are not the department of no. We approved 47 of 52 requests last quarter. The perception just hasn't caught up.",
    "conflict",
  ],
  [
    "Finding: staff in the branch offices didn't know the IT phone number existed. Most asked a colleague or searched online.",
    "distance",
  ],
  [
    "Follow-up: phone number now on a sticker on every monitor. Calls from branches tripled in the first month.",
    "",
  ],
  [
    "Staff were terrified after the ransomware email to the whole company. Several thought they'd personally caused it.",
    "feel",
  ],
  [
    "Note to self: the 'final warning' wording in the phishing sim follow-up was needlessly harsh. Rewrite it.",
    "comm blame:self",
  ],
  [
    "The phishing sim follow-up email reads like a school detention letter. People are adults.",
    "comm power blame:sec",
  ],
  [
    "Quarterly review: helpdesk satisfaction at 4.6 out of 5. Comments mention friendliness more than speed.",
    "",
  ],
  [
    "Quarterly review: the free-text comments include 'condescending', 'never explain anything' and 'only hear from them when I've done something wrong'.",
    "comm feel",
  ],
  [
    "It's not that they ignore the rules. They genuinely don't know the rules exist. That's a communication failure on our side.",
    "comm blame:sec",
  ],
  [
    "They know the rules perfectly well. They just decide the rules are for other people.",
    "blame:emp conflict",
  ],
  [
    "Post-incident: the partner who forwarded the client file to his personal account says he 'had no choice' because the portal was down.",
    "conflict",
  ],
  [
    "The portal being down for six hours is why he forwarded it. That's on us as much as him.",
    "blame:sec",
  ],
  [
    "Open question for the team: why do people message Dave directly instead of using the queue? Because Dave answers.",
    "conflict blame:sec",
  ],
  [
    "We discovered three departments running their own cloud storage. None of them thought to mention it.",
    "conflict distance",
  ],
  [
    "When asked why they hadn't involved IT, the answer was 'you'd have said no'. We probably would have.",
    "conflict blame:sec",
  ],
  [
    "The board asked for a 'simple yes or no' on whether we're secure. There is no simple yes or no, and they didn't want to hear that.",
    "conflict power",
  ],
  ["Budget request for the SIEM rejected without discussion. No reason given.", "power"],
  [
    "Budget approved after we walked the finance director through the insurance questionnaire together.",
    "",
  ],
  [
    "Cause of delay: waiting 11 days for a department head to approve access for his own team member.",
    "conflict",
  ],
];
