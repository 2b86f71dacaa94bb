import type { RawExample } from "./types.js";

/** Managers and team leads, and a researcher's third-person interview notes. Written fresh for Rapport (brief EC). */
export const VOICES_EC_4: readonly RawExample[] = [
  [
    "It's a two-way street. They could be friendlier, and we could be a lot less lazy about the basics.",
    "comm blame:self",
  ],
  [
    "P58 recalls a 'really constructive' workshop where security and the claims team redesigned the approval process together.",
    "",
  ],
  [
    "The head chef of the group's flagship kitchen (P67) complains that IT 'make decisions about our systems without understanding the first thing about what a kitchen needs'.",
    "power blame:sec",
  ],
  [
    "Interviewee (head of HR at a 120-person insurer) feels 'policed' by the security team and believes they 'read everyone's email'.",
    "power feel",
  ],
  ["We've got CCTV in the brewhouse now, mainly for the insurance.", ""],
  [
    "IT's answer to everything is 'raise a ticket'. I don't want a ticket, I want a person.",
    "comm distance",
  ],
  [
    "Respondent notes with some pride that nobody in her team has clicked a test phish in eighteen months.",
    "",
  ],
  [
    "My apprentices are hopeless. They'll plug any old phone charger into a work laptop.",
    "blame:emp",
  ],
  [
    "P60 says she feels 'like a nuisance' asking about the VPN every month, and blames herself for 'not being techy'.",
    "feel blame:self",
  ],
  [
    "The new security manager hasn't introduced himself to anyone. We only know his name from an email signature.",
    "distance comm",
  ],
  ["We were quoted for a new firewall. Expensive, but fair enough.", ""],
  [
    "Respondent describes the trust's IT team as 'competent but cold', adding that 'you never get a human response'.",
    "comm",
  ],
  [
    "Sometimes I think the IT department exists purely to stop us doing our jobs.",
    "conflict blame:sec",
  ],
  [
    "Our site office PC was stolen in a break-in. The IT firm wiped it remotely within the hour.",
    "",
  ],
  [
    "Interview notes: the hotel's revenue manager feels anxious whenever security email her directly, 'because it's never good news'.",
    "feel comm",
  ],
  [
    "I'm probably the worst offender here. I leave my laptop open in the staff room all the time.",
    "blame:self",
  ],
  [
    "P62 says her department 'has nothing to do with' the security team and she 'couldn't tell you what they look like'.",
    "distance",
  ],
  [
    "It annoys me that the IT contractor bills by the hour and then spends half of it explaining why it isn't their fault.",
    "feel blame:sec",
  ],
  [
    "The security lead phoned me personally after the incident to talk it through. That meant a lot.",
    "",
  ],
  [
    "Respondent says the security department 'sets the rules for everyone and answers to no one'.",
    "power",
  ],
  [
    "We're 22 people. Everyone knows everyone, including the IT guy, who happens to be married to our office manager.",
    "",
  ],
  ["I know my team ignore the security emails. To be fair, so do I.", "distance blame:self"],
  [
    "P64 explains that night staff 'share the one working login' because the password reset line closes at 6pm.",
    "conflict",
  ],
  [
    "Security make the rules and we take the blame when they don't work. That's how it goes here.",
    "power blame:sec",
  ],
  [
    "She says her staff 'have no idea' what the IT team does and 'don't really care to know'.",
    "distance",
  ],
  ["The software upgrade went smoothly. Nobody noticed a thing on Monday morning.", ""],
  [
    "The head brewer (P69) says his brewers keep the recipe files on a USB stick on a lanyard; he has asked them to stop, and 'they won't'.",
    "blame:emp",
  ],
  [
    "P66 grew frustrated recounting how IT 'closed my ticket as resolved' while the problem was still there.",
    "feel blame:sec",
  ],
  [
    "The DPO's emails are long and legalistic. I have to read them three times to work out what she wants.",
    "comm",
  ],
  ["I'm not bothered about the monitoring. It's a work laptop, so it's their call.", ""],
  [
    "Respondent states that the security team 'wouldn't know a building site if they fell into one' and that their rules 'don't survive contact with mud'.",
    "conflict blame:sec",
  ],
  [
    "Honestly, my team need more training, not more rules. That's a gap I've let happen.",
    "blame:self",
  ],
  [
    "P68 notes that the helpdesk now offers a call-back option, which she says has 'made a huge difference'.",
    "",
  ],
  [
    "Interviewee (brewery co-owner) says the IT consultant 'makes you feel stupid for asking the simplest thing'.",
    "feel comm",
  ],
  ["We've never had a problem with the IT contractor. Not once in five years.", ""],
  ["Some of my team think IT are snooping on them. I don't believe that's true, personally.", ""],
  ["My team think IT are snooping on them, and frankly I think they're right.", "power"],
  [
    "P70 says she has 'never actually spoken' to anyone from information security; she has only ever received their emails.",
    "distance comm",
  ],
  ["Our hotel uses the group's booking platform, which head office manages.", ""],
  [
    "I worry that if we own up to a mistake, IT will use it against us at review time.",
    "feel power",
  ],
  [
    "Respondent describes the agency's freelancers as 'the soft underbelly', because they 'use any device they like and never update anything'.",
    "blame:emp",
  ],
  [
    "The IT lot arrive, change everything, and leave without explaining what they've done.",
    "comm power",
  ],
  [
    "Notes: P72 says she was 'the reason' the phishing test went so badly: she forwarded the fake email to the whole school 'as a warning' and half the staff clicked the link in it.",
    "blame:self",
  ],
  [
    "School IT is handled by the local authority. They do a termly visit and update the machines.",
    "",
  ],
  [
    "I'm sick of being the last to know. The new system went live and I heard about it from a supply teacher.",
    "feel comm",
  ],
  [
    "P74, an insurance team leader, calls the security team 'a necessary evil' and says her staff merely 'tolerate them'.",
    "conflict",
  ],
  [
    "Interviewee is positive about the new single sign-on and says it has 'cut out a lot of the password nonsense'.",
    "",
  ],
  [
    "There's nobody at the council I could ring about a cyber incident. I'd probably just ring the police.",
    "distance",
  ],
  [
    "She describes the IT company as 'brilliant with the kit, hopeless with people': a simple question earns 'a lecture on networking'.",
    "comm",
  ],
  [
    "Respondent admits his team 'cut corners' on data handling during the busy period and says 'I signed off on that'.",
    "blame:self",
  ],
  [
    "Staff here avoid the IT office like the plague. It's at the end of a dark corridor and the door is always shut.",
    "distance",
  ],
  [
    "P76 says the school's network manager 'is the friendliest person in the building' and often helps pupils after hours.",
    "",
  ],
  ["I feel like I'm being marked on a test I never agreed to sit.", "feel power"],
  [
    "The security team blocked our client's preview link an hour before the pitch. We ended up presenting from my phone.",
    "conflict",
  ],
  [
    "Interviewee reports the trust replaced all the laptops over Easter and the swap was 'painless'.",
    "",
  ],
  [
    "Respondent feels the helpdesk 'couldn't care less' about small sites like hers and puts head office first every time.",
    "power feel",
  ],
  ["My office manager deals with IT for me. I don't have the patience for them.", "distance feel"],
  [
    "It was a good year for us security-wise. No incidents, and the whole team passed the refresher.",
    "",
  ],
  [
    "The trust's IT team ran a session for governors last term. Clear, short, and nobody felt talked down to.",
    "",
  ],
  [
    "P78, owner of a roofing firm with 40 staff, says his foremen 'do whatever's quickest' and treat the security rules 'as optional'.",
    "blame:emp",
  ],
  [
    "I'll be honest, I've never read a single security email to the end. They go on and on.",
    "comm distance",
  ],
  ["We switched guest Wi-Fi providers in the autumn.", ""],
  [
    "Respondent says that when she asked why her team couldn't reach a client portal, the IT lead replied 'because I said so'.",
    "power comm",
  ],
  [
    "The practice nurse who leaves her smartcard in the reader all day drives me mad, though she's brilliant with patients.",
    "blame:emp feel",
  ],
  [
    "Interviewee recounts that the security officer 'took time to sit with the receptionists and walk them through' spotting fake phone calls.",
    "",
  ],
  [
    "P73 worries IT will 'pin the outage on us', when in her view it was their patching that caused it.",
    "feel blame:sec",
  ],
  [
    "She admits she's never asked IT for help, preferring 'to muddle through on my own' with online tutorials.",
    "distance",
  ],
  [
    "The new data protection officer at the council is sharp. She came to our team meeting in her first week.",
    "",
  ],
  [
    "There's a real us-and-them thing between the office and the IT contractor. Nobody would call it friendly.",
    "conflict distance",
  ],
  [
    "P80 says she takes 'full responsibility' for the hotel's GDPR complaint: 'I left the guest list on the printer.'",
    "blame:self",
  ],
  [
    "Respondent (primary head teacher) reports 'no issues at all' with the local authority's IT service.",
    "",
  ],
  [
    "People here just don't take it seriously. It's a brewery, they say, who'd want to hack us?",
    "blame:emp distance",
  ],
  [
    "P82 reports a 'knot in her stomach' every time the security team's name appears in her inbox.",
    "feel",
  ],
  [
    "Broadband in the site cabins is terrible. That's the telecoms provider, not us and not IT.",
    "",
  ],
  [
    "Their emails come from an address that looks exactly like a phishing scam. How are we meant to tell the difference?",
    "comm blame:sec",
  ],
  [
    "The regional manager concedes he is 'the bottleneck': IT send him the access approvals and he 'sits on them for weeks'.",
    "blame:self",
  ],
  [
    "Interviewee characterises the IT contractor as 'quick, friendly and cheap' and can't think of anything to improve.",
    "",
  ],
  [
    "The system logs out after five minutes on the ward. By the time I've washed my hands and come back, I'm locked out again.",
    "conflict",
  ],
  [
    "Respondent says her claims handlers feel 'spied on' since the keystroke monitoring went in, and that nobody from security has explained it.",
    "power feel comm",
  ],
  [
    "I suspect my sales team share passwords, but I haven't checked. Maybe I don't want to know.",
    "blame:emp blame:self",
  ],
  [
    "P84 says IT 'move the goalposts every term' with new rules for the interactive whiteboards.",
    "conflict power",
  ],
  [
    "Our IT consultant is semi-retired and only works Tuesdays, which is plenty for a business our size.",
    "",
  ],
  [
    "The security team are like the weather. You can't argue with them, you just put up with it.",
    "power feel",
  ],
  [
    "Notes: she says the agency's creative director 'thinks rules are for other people' and installs whatever plug-ins he fancies.",
    "blame:emp",
  ],
];
