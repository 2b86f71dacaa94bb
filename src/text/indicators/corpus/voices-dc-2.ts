import type { RawExample } from "./types.js";

/** Security and IT staff, and the managers above them, on employees and on their own position: survey answers and interview quotes. Written fresh for Rapport (brief DC). */
export const VOICES_DC_2: readonly RawExample[] = [
  [
    "We make the rules and employees just have to follow them. That's how it works here, for better or worse.",
    "power",
  ],
  ["We keep our promises on response times. People notice.", ""],
  [
    "We're a team of two for six hundred people, so realistically most of them never deal with us at all.",
    "distance",
  ],
  [
    "I can approve a firewall change but not a twenty-pound purchase. Tells you where we stand.",
    "power",
  ],
  [
    "Some days I'm basically the caretaker: summoned when there's a mess and ignored the rest of the time.",
    "power comm",
  ],
  [
    "We've been terrible at explaining anything. We write 'per ISO 27001' as if that's a reason.",
    "comm blame:self",
  ],
  [
    "Our annual survey asks staff to rate IT support; we've been above four out of five for three years.",
    "",
  ],
  ["Three words: patient, curious, improving. That's how I'd describe our users this year.", ""],
  ["We're seen as a cost centre tucked away somewhere, not as colleagues.", "distance"],
  [
    "The sales VP has his own IT contractor who does whatever he says, and we just have to live with it.",
    "power conflict",
  ],
  [
    "The sales team will find a way round any control if it slows down a deal.",
    "blame:emp conflict",
  ],
  [
    "What frustrates me is that people know the rules and still share passwords with their team.",
    "blame:emp feel",
  ],
  ["Our SOC vendor sat on that alert for six hours; frankly they failed us.", "blame:sec"],
  ["Apprentices ask the best questions.", ""],
  ["We record keystrokes on the trading floor, and I doubt most traders realise it.", "power"],
  [
    "I feel for the ward clerks, honestly, with the number of passwords we make them remember.",
    "conflict",
  ],
  [
    "I'm angry at our own helpdesk for telling a caller that the phishing email was 'probably fine'.",
    "blame:sec",
  ],
  ["People ask good questions in the training now. It took years.", ""],
  [
    "Honestly, users drive me mad: they'll ignore a warning five times and then ask why their files are encrypted.",
    "blame:emp feel",
  ],
  ["I'm embarrassed by how slow my own team is to answer the phone.", "blame:self conflict"],
  ["I'd say we're respected. Not loved, but respected.", ""],
  [
    "The helpdesk closes tickets without fixing anything just to hit their numbers, and users blame security for it.",
    "blame:sec",
  ],
  ["Our outage notices are written by engineers for engineers.", "comm"],
  [
    "The partners want to work from their holiday homes and the VPN won't hold up on rural broadband. We're caught between them and the policy.",
    "conflict",
  ],
  [
    "The designers need huge file transfers and our gateway chokes on them, so they use their own accounts.",
    "conflict",
  ],
  [
    "I feel a bit guilty, to be honest; we made the leavers process so clunky that managers stopped bothering with it.",
    "blame:self conflict",
  ],
  ["I was told, quite plainly, that security's role is to say yes and find a way.", "power"],
  ["If someone loses a phone, they ring us first. Then they ring their mum.", ""],
  ["I like the fact that people here ask 'why' when we introduce a rule. It keeps us honest.", ""],
  ["I'm fed up with being consulted after the contract is signed.", "power feel"],
  [
    "Part of the reason nobody reports incidents is that we used to name and shame, and I signed off on that.",
    "blame:self distance",
  ],
  ["Most people here are sensible; they ask before plugging things in.", ""],
  ["It stings when you hear people in the lift calling us 'the fun police'.", "feel conflict"],
  [
    "The store managers have WhatsApp groups with our field technicians. It's informal but it works.",
    "",
  ],
  ["I wouldn't call the relationship distant. We're just busy.", ""],
  [
    "People get a pop-up saying 'Policy violation detected' and think they're in trouble with HR.",
    "comm feel",
  ],
  ["A lot of people still think 'the cloud' is somewhere in our server room, and that's fine.", ""],
  [
    "The board approved outsourcing the SOC and I was asked to write the announcement, not to comment on it.",
    "power",
  ],
  [
    "When we do send something friendly, it's usually buried under three automated alerts that look exactly the same.",
    "comm",
  ],
  [
    "The data science team keep running things on their home machines because our locked-down laptops can't cope.",
    "conflict",
  ],
  [
    "Nobody in my team has been trained to explain things to non-technical people, and it shows.",
    "comm",
  ],
  [
    "Staff screenshot confidential dashboards and paste them into group chats, however often we ask them not to.",
    "conflict blame:emp",
  ],
  ["Our biggest risk isn't hackers, it's Brenda in payroll and her sticky notes.", "blame:emp"],
  ["We've got a standing slot at the monthly managers' meeting, and people use it.", ""],
  ["We sit in the basement; half the firm probably assumes IT is outsourced.", "distance"],
  [
    "People keep plugging phones into the tills to charge them; we disabled the ports and they found adapters.",
    "conflict blame:emp",
  ],
  ["Our awareness vendor's videos are patronising, and staff have told us so.", "blame:sec comm"],
  [
    "I get irritated when people treat a phishing test as a trick rather than a lesson.",
    "feel conflict",
  ],
  ["Last year was rough, and this year is better. The difference was talking to people.", ""],
  [
    "The marketing agency needed access to our CMS and we wouldn't give it, so the campaign launched a week late.",
    "conflict",
  ],
  ["Most of the company doesn't know we exist until something goes wrong.", "distance"],
  ["The payroll clerk who spotted the fake supplier email got a bonus. Deserved.", ""],
  ["I'm a bit of a nag, and people tease me about it, but they do lock their screens now.", ""],
  ["The chemistry department wrote their own data handling guide and it's better than ours.", ""],
  ["Reception let a man in a hi-vis vest walk straight into the server room. Again.", "blame:emp"],
  ["The service desk keeps escalating everything to us, even password resets.", "blame:sec"],
  [
    "Most staff simply don't care about security as long as their email works.",
    "distance blame:emp",
  ],
  [
    "We finally gave in and allowed WhatsApp on the site phones because the foremen used it regardless.",
    "conflict",
  ],
  [
    "Our IT department still runs a server that went out of support years ago, and security only found it by scanning.",
    "blame:sec",
  ],
  [
    "Took a call from a worried parent volunteer about a suspicious text. Sorted it together, she thanked us.",
    "",
  ],
  ["They used to call us the department of no; these days people mostly come to us early.", ""],
  [
    "We should have told people why USB drives were blocked; instead we just blocked them and let the helpdesk take the heat.",
    "blame:self comm conflict",
  ],
  [
    "I sent the all-staff warning with a typo in the link, and of course it looked like phishing.",
    "blame:self comm",
  ],
  [
    "She came to us with a question about encrypting a spreadsheet, and we sorted it together over coffee.",
    "",
  ],
  [
    "If I'm honest, the security team's obsession with tools over people is why we're in this state.",
    "blame:sec",
  ],
  [
    "Someone in logistics spent a week working around a blocked site because she didn't know she could just ask us.",
    "conflict distance",
  ],
  ["There's no 'them and us' in a firm of forty people.", ""],
  [
    "The abuse on the helpdesk line gets to my junior staff; two have left this year.",
    "feel conflict",
  ],
  [
    "The print release system means doctors queue at the printer with a patient waiting, so they've started propping the print room door open.",
    "conflict",
  ],
  [
    "Our managed security provider is useless; half their alerts are noise and the other half arrive late.",
    "blame:sec",
  ],
  [
    "The network team rolled out the new Wi-Fi without testing it, and we got the blame.",
    "blame:sec",
  ],
  [
    "I blame myself for the password chaos; I changed the policy twice in six months.",
    "blame:self",
  ],
  ["Shop staff are brilliant at spotting card skimmers. Better than us.", ""],
  ["My recommendations go into a report that goes into a folder that goes nowhere.", "power"],
  ["Our team's instinct is to send a policy, not to have a conversation.", "comm"],
  ["The new intranet page lists who to call for what, with faces. People use it.", ""],
  [
    "The helpdesk takes four days to set up a new starter, so managers share their own logins in the meantime.",
    "conflict",
  ],
  ["I'd call the relationship professional. Not warm, not cold.", ""],
  [
    "The same manager has asked me to bypass MFA for his phone three times this month and gets shirty every time I say no.",
    "blame:emp conflict feel",
  ],
  ["I suspect staff would sooner live with a broken laptop than ring the helpdesk.", "distance"],
  [
    "Honestly, some staff need watching; you can't just trust people with customer data.",
    "blame:emp power",
  ],
  ["There's a bit of teasing about our team's hoodies. Good-natured, I think.", ""],
  ["In this firm, IT is where you send problems, not where you ask for advice.", "power"],
  ["There's healthy back-and-forth with the developers. They challenge us, we challenge them.", ""],
];
