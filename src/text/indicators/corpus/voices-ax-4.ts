import type { RawExample } from "./types.js";

/** Part 4 of 5 of VOICES_AX; see voices-ax.ts. */
export const VOICES_AX_4: readonly RawExample[] = [
  [
    "Why do people think 'IT said no' is a personal vendetta? It's a policy, Karen. (Her name isn't Karen.)",
    "conflict feel",
  ],
  ["Owner's nephew 'does computers' and keeps undoing my group policy. Love it here.", "conflict"],
  ["The temp in accounts asked if I was 'the computer police'. Not a great sign.", "power"],
  ["Fixed the VPN. Got a thank-you email from the whole ops team. Made my week.", ""],
  [
    "Users who write their password on a post-it stuck to the monitor deserve everything they get. Kidding. Mostly.",
    "blame:emp",
  ],
  ["Management think security is something you buy once.", "power"],
  ["I feel like we talk past each other. I say 'risk', they hear 'cost'.", "comm conflict"],
  [
    "I'm honestly scared of the day something big happens, because I know they'll blame me.",
    "feel power",
  ],
  ["Small firm, decent people, nobody thinks they're a target. That's the real issue.", ""],
  ["Nobody reports anything. They just restart and hope it goes away.", "distance"],
  [
    "Quick win: I started signing off emails with my mobile number and 'ring me, seriously'. Calls tripled.",
    "",
  ],
  ["i swear half the tickets are people not reading the error message", "blame:emp"],
  [
    "Got pulled into a meeting about a data leak I flagged six months ago. Nobody mentioned that part.",
    "power feel",
  ],
  ["We're not understaffed, we're ignored. Different problem.", "power"],
  [
    "The girls in the front office bring me their laptops with a little note explaining what happened. It's honestly really sweet.",
    "",
  ],
  ["they think im being difficult on purpose lol. i'm not, the auditor is", "conflict"],
  [
    "Our ops director once said, out loud, in a meeting, that IT 'just gets in the way'.",
    "conflict",
  ],
  ["I'll be honest, I was a bit of a gatekeeper when I started. I've mellowed.", ""],
  [
    "No idea what the finance team actually does day to day, and I think that's a problem on my end.",
    "distance blame:self",
  ],
  [
    "Every time I send a security reminder someone replies-all asking to be removed from the list.",
    "distance",
  ],
  [
    "Manager asked me to 'make the warnings less scary' because people were panicking. Fair point tbh.",
    "feel",
  ],
  [
    "Users aren't the threat, the email from 'the CEO' at 4:55pm asking for gift cards is the threat.",
    "",
  ],
  ["The partners see me as a cost. The staff see me as a nuisance. Great combo.", "power conflict"],
  [
    "I've been here three years and the MD has asked me about security exactly once.",
    "distance power",
  ],
  [
    "Honestly the project managers are the worst, they treat every control as an insult to their timeline.",
    "blame:emp conflict",
  ],
  ["Happy to report our phishing reports now outnumber our phishing clicks. Took two years.", ""],
  ["I don't mind users asking questions. I mind them not asking and then hiding it.", "distance"],
  [
    "Staff are scared of 'breaking something' so they never touch settings. Which is almost worse.",
    "feel",
  ],
  ["Tried explaining zero trust to the board. Lost them at 'zero'.", "comm"],
  ["The cleaners have better security habits than some of the directors, no joke.", "blame:emp"],
  [
    "Told a user her laptop had malware, she burst into tears thinking she'd be fired. Had to reassure her for twenty minutes.",
    "feel power",
  ],
  ["Honestly our users are fine. It's the vendors I don't trust.", ""],
  [
    "We used to get screamed at every patch Tuesday. Now we announce it a week ahead and it's fine.",
    "",
  ],
  [
    "Ops lead goes straight to the owner whenever I say no. Every time. I've stopped fighting it.",
    "distance power",
  ],
  ["gets old being the bad guy tbh", "feel conflict"],
  ["When i do a walk round people actually stop me to ask stuff. should do it more", ""],
  [
    "The contract says 'remote support only'. So the staff have literally never seen us.",
    "distance",
  ],
  [
    "Do not, under any circumstances, let a sales rep have local admin. Learned that one the hard way.",
    "blame:emp",
  ],
  [
    "Our accounts team spotted the invoice fraud because they'd been to our session. Felt good.",
    "",
  ],
  [
    "My manager forwards my security emails to the team with 'FYI, ignore if busy'. Thanks mate.",
    "power distance",
  ],
  [
    "The real problem isn't the users, it's that nobody ever explained anything to them. Including me.",
    "blame:self comm",
  ],
  [
    "Users don't trust us, and tbh I can see why after the last email monitoring rollout.",
    "power distance",
  ],
  [
    "It's lonely being the only IT person. No one to bounce stuff off and no one who gets it.",
    "feel distance",
  ],
  ["Honestly? Love my users. Hate my budget.", ""],
  [
    "The owner thinks I'm paranoid. The insurer thinks I'm not paranoid enough. Guess who pays me.",
    "power",
  ],
  [
    "She didn't report the dodgy email because she 'didn't want to bother me'. That's on me for seeming unapproachable.",
    "distance blame:self",
  ],
  [
    "Any advice for explaining backups without them glazing over? Everything I say comes out in tech-speak.",
    "comm blame:self",
  ],
  ["Every staff meeting is 'IT is why we can't do X'. Never mind that X was illegal.", "conflict"],
  ["I got invited to the Christmas party this year. First time in four years. Progress!", ""],
  ["people only remember IT exists when the wifi drops", "comm distance"],
  [
    "The CEO gave a speech thanking 'everyone except IT, who keep making my life hard'. He was joking. I think.",
    "conflict power",
  ],
  [
    "Spent the weekend restoring files because someone ignored three warnings. Not even mad, just tired.",
    "blame:emp feel",
  ],
  [
    "Our users have been amazing through the migration. Patient, helpful, not a single complaint.",
    "",
  ],
  ["They're not careless, they're overloaded. There's a difference and it matters.", ""],
  [
    "The board signed off the policy without reading it and now wonder why people don't follow it.",
    "power",
  ],
  [
    "Honestly I avoid the sales floor. Every time I walk past I get cornered about something.",
    "distance conflict",
  ],
  [
    "Finally got the directors to do their own phishing training. They scored worse than the interns. Nobody's surprised.",
    "blame:emp",
  ],
  ["Feels like I'm speaking a different language to these people. Probably because I am.", "comm"],
  [
    "The receptionist and I have a secret handshake for 'this email is dodgy'. Best security control we have.",
    "",
  ],
  [
    "I don't even get a reply to my quarterly risk update. Not even an 'ok thanks'.",
    "power distance",
  ],
  [
    "Got a 'please stop emailing us about passwords' from the head of sales. Okay then.",
    "conflict distance",
  ],
  ["I think we scare people more than we help them sometimes.", "feel blame:self"],
  ["Things got much better once I started explaining why, not just what.", ""],
  [
    "The staff here are wonderful, and I'd trust most of them with the keys to the server room.",
    "",
  ],
  [
    "Everyone nods in the training and then does exactly what they did before.",
    "blame:emp distance",
  ],
  [
    "Bosses only want to hear from me if it's good news, and in security there's rarely good news.",
    "power comm",
  ],
  [
    "Whatever I put in place, someone in sales will find a way round it by Friday.",
    "blame:emp conflict",
  ],
  ["We've got a good thing going here. They tell me stuff, I fix stuff, nobody panics.", ""],
  ["sometimes i wonder if they'd even notice if i quit", "feel distance"],
  ["Not all users, obviously. But that one guy in logistics, my god.", "blame:emp"],
  [
    "Nobody in management understands what I do, and they've stopped pretending to care.",
    "power distance",
  ],
  ["Staff at the practice were engaged and asked thoughtful questions throughout the session.", ""],
  [
    "Several employees admitted they had never been told what to do if they suspected a scam.",
    "comm",
  ],
  ["The IT provider's monthly report was described by the partners as 'unreadable'.", "comm"],
  [
    "Employees interviewed were generally positive about the IT lead and found her easy to talk to.",
    "",
  ],
  [
    "Password hygiene among the sales team was poor, with several accounts sharing a single login.",
    "blame:emp",
  ],
  [
    "The finance manager told us she felt 'stupid' every time she had to call the support line.",
    "feel",
  ],
  [
    "Our trainers noticed the room relaxed visibly once we said nobody would be named or shamed.",
    "",
  ],
  ["In my experience, the quickest way to lose a room is to open with breach statistics.", "comm"],
  ["Management had not reviewed the security policy since it was written in 2017.", ""],
  [
    "Staff described the external IT firm as slow, dismissive and impossible to reach after 4pm.",
    "blame:sec conflict",
  ],
  [
    "Trainees were initially defensive; by the afternoon they were sharing their own near-misses.",
    "",
  ],
  [
    "The owner's view, stated openly in our kick-off meeting, was that staff 'can't be trusted with computers'.",
    "blame:emp power",
  ],
  [
    "Frankly, the firm's previous training provider did more harm than good with its fear-based approach.",
    "blame:sec feel",
  ],
  [
    "Most attendees could identify at least three of the five phishing indicators after the workshop.",
    "",
  ],
  [
    "Employees reported that IT changes were imposed with no warning and no explanation.",
    "comm power",
  ],
  ["We'd recommend the IT lead attends at least one departmental meeting per quarter.", ""],
  [
    "The reception team felt blamed for an incident that, on review, was caused by a misconfigured mail server.",
    "feel blame:sec",
  ],
  [
    "During the session one delegate said she was 'too thick for all this'. She wasn't; she got every answer right.",
    "blame:self",
  ],
  [
    "Staff were unclear who was responsible for security; answers ranged from 'the MD' to 'some company in Leeds'.",
    "distance",
  ],
  [
    "We observed a genuinely collaborative relationship between the office manager and the contracted IT engineer.",
    "",
  ],
  [
    "The IT contractor visits monthly but does not speak to staff beyond logging in to the server.",
    "distance",
  ],
  [
    "Attendees said it was the first training they'd had that didn't make them feel like suspects.",
    "",
  ],
  [
    "There is a visible tension between the technical lead and the operations director over remote access.",
    "conflict",
  ],
  [
    "Honestly, the most common thing we hear in small-firm workshops is 'I didn't want to bother IT'.",
    "distance",
  ],
  [
    "Several employees were anxious about being 'caught' by the phishing simulation and asked if results went to their manager.",
    "feel power",
  ],
  [
    "Recommendations from the previous audit had been accepted by the board but never actioned.",
    "power",
  ],
  [
    "We found no evidence of staff deliberately circumventing controls; workarounds arose from genuine operational need.",
    "conflict",
  ],
  ["One partner told us, somewhat proudly, that he 'doesn't do passwords'.", "blame:emp"],
  [
    "The security lead is well regarded and staff reported feeling comfortable raising concerns.",
    "",
  ],
];
