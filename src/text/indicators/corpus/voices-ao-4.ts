import type { RawExample } from "./types.js";

/** Restaurant, café and hotel staff and managers, plus home workers, on group IT and outsourced support (part 4). Written fresh for Rapport (brief AO). */
export const VOICES_AO_4: readonly RawExample[] = [
  [
    "The hotel's outsourced IT firm fixed the key card system overnight so guests never noticed a thing.",
    "",
  ],
  [
    "Head office won't let us install the booking app on the reception PC, so we take bookings in a paper diary.",
    "conflict distance",
  ],
  ["The kitchen tablet is locked out more than it's working.", "conflict"],
  [
    "I'm terrible with passwords, I've got them all in a notebook in my apron pocket.",
    "blame:self",
  ],
  ["Nobody in the restaurant even knows who the IT people are.", "distance"],
  [
    "They email the night manager at 3am about a 'critical alert' with no idea what he's supposed to do about it.",
    "comm",
  ],
  ["Reception shares one login for the booking system, always have, and IT are fine with it.", ""],
  [
    "The training video showed someone in a suit at a desk. None of us wear suits or sit at desks. Nobody who made it has ever worked a shift here.",
    "conflict distance",
  ],
  ["I felt so small when the IT guy laughed at my question.", "feel comm"],
  ["Quick to help when the card machines went down on a Friday night. Lifesavers.", ""],
  [
    "The group's IT team is in another country and only answers through tickets with a reference number.",
    "distance comm",
  ],
  ["Monitoring the staff wifi is fair enough, it's their network.", ""],
  [
    "Our chef can never get his password right on the ordering system, so I log in for him.",
    "distance",
  ],
  ["They make you feel like a criminal for asking to use a memory stick.", "power feel"],
  ["I work from home two days a week and it's seamless, I couldn't ask for more.", ""],
  [
    "The VPN won't connect from my kitchen table and their answer is 'try coming into the office'. Brilliant, thanks, really helpful.",
    "conflict blame:sec",
  ],
  [
    "I do worry about all the guest data we hold, and I'm not convinced head office IT have a clue what they're doing with it.",
    "feel blame:sec",
  ],
  ["They rarely need to come out to the hotels, the remote fixes work well.", ""],
  [
    "The helpdesk speaks a language of its own. 'Your endpoint isn't compliant.' Meaning what?",
    "comm",
  ],
  ["I hold my hands up, I forwarded the fake invoice to accounts. My bad.", "blame:self"],
  [
    "Staff here click on anything that promises a free meal voucher. It's a miracle we've not been hit.",
    "blame:emp",
  ],
  [
    "They decide everything from a spreadsheet and never check with the GMs, never even visit.",
    "power distance",
  ],
  ["I feel a bit uneasy that they can see my screen remotely whenever they like.", "feel power"],
  [
    "We had a chat with the IT manager over coffee and he walked us through the new rules properly. Really appreciated it.",
    "",
  ],
  [
    "The lockouts happen because the kitchen all share one login and someone always fat-fingers it.",
    "blame:emp",
  ],
  ["They're fine. Bit robotic on the phone but they get it done.", ""],
  [
    "The IT director thinks hospitality staff can't be trusted with anything more complicated than a toaster.",
    "power blame:emp",
  ],
  ["There's no point reporting suspicious emails, nobody ever replies.", "distance comm"],
  [
    "We're not allowed our own phones for the rota but they haven't given us anything else, and when I asked I was told to read the policy.",
    "conflict comm",
  ],
  ["I'm frankly sick of being made to redo the same module every quarter.", "feel"],
  ["They did a lunchtime session for front of house with pizza. Best training we've had.", ""],
  [
    "The last breach was put down to 'human error' in the all-staff email. Cheers for that.",
    "blame:emp feel",
  ],
  ["Always happy to help, even at weekends.", ""],
  ["I don't think the IT team has the faintest idea what a night audit is.", "distance"],
  ["Honestly I'm the worst for leaving the reception PC unlocked.", "blame:self"],
  [
    "We were told we're being 'monitored for compliance' but nobody said what that means.",
    "power comm",
  ],
  ["The regional IT bloke is nice enough, he just has to pass everything up the chain.", ""],
  [
    "They move the goalposts every few months and then act like we're the idiots for not keeping up.",
    "conflict blame:emp",
  ],
  ["I reported a phishing email and they thanked me personally. Small thing, but it mattered.", ""],
  ["The whole team dreads the phishing results because they name and shame.", "feel power"],
  ["My line manager is more frightened of IT than of the health inspector.", "feel"],
  ["Never had a problem they couldn't solve.", ""],
  [
    "They blocked the supplier's website and the chef couldn't place the weekend order. He was livid.",
    "conflict feel",
  ],
  [
    "As a manager I spend half my week as the go-between for staff and an IT team they've never met.",
    "distance",
  ],
  ["The password rules are sensible and they gave us a password manager, which made it easy.", ""],
  ["If I'm honest, I don't think I'm bright enough for all this tech stuff.", "blame:self feel"],
  ["Their idea of communication is a banner on the login screen.", "comm"],
  [
    "They're very quick to point fingers when something goes wrong, and very slow to own up when it's them.",
    "blame:emp blame:sec",
  ],
  ["we just use the old laptop in the back that isnt on their system, easier", "distance"],
  [
    "The outsourced helpdesk is polite and efficient and honestly we don't need more than that.",
    "",
  ],
  [
    "Being told to 'cease using the guest wifi for business purposes' by a stranger over email felt a bit much.",
    "comm distance",
  ],
  ["We have no say whatsoever in which systems we use.", "power"],
  [
    "The IT staff at our hotel group are really personable. They know the receptionists by name.",
    "",
  ],
  ["I worry every time a guest asks to print a boarding pass on our PC.", "feel"],
  ["They're forever saying 'that's a business decision' when you ask why.", "comm power"],
  [
    "Took six weeks to get the new sous chef a login. He used mine in the meantime.",
    "conflict distance",
  ],
  [
    "I'd like more contact with them, not less, but they seem happy staying in their bubble.",
    "distance",
  ],
  ["They treat us like the enemy.", "conflict"],
  ["The training's decent, short videos on your phone, you can do it on the bus.", ""],
  [
    "When I asked for help setting up remote access the reply was a single link and 'see attached'.",
    "comm",
  ],
  ["They've never been anything other than respectful to my team.", ""],
  [
    "Our restaurant manager got a written warning for letting a waiter use her login. It's not like we had another option.",
    "power conflict",
  ],
  ["They guard the guest wifi password like it's the nuclear codes.", "conflict"],
  [
    "I find it stressful, the constant changes with no warning. I'm not as young as I was.",
    "feel comm",
  ],
  ["To be honest, most problems are us forgetting things, not IT.", "blame:emp"],
  ["IT only show up when the auditors are coming.", "comm distance"],
  ["Pleasant enough. Haven't got much else to say.", ""],
  [
    "Bit scary how much they can see. Emails, browsing, even the camera in the kitchen.",
    "feel power",
  ],
  ["I think our head office IT team are understaffed and overworked, not lazy.", ""],
  ["The so-called helpdesk helps nobody.", "blame:sec"],
  [
    "They changed the wifi password on a wedding day and the band couldn't connect the sound desk.",
    "conflict",
  ],
  [
    "The GM goes over their heads to the owner when she needs something done. Works every time.",
    "distance",
  ],
  ["I get a knot in my stomach when I see 'IT Security' in my inbox.", "feel"],
  ["They're good at explaining. They don't bamboozle you.", ""],
  ["The phishing test pretended to be from payroll. I thought that was a low blow.", "feel"],
  ["Working from home, I sometimes feel checked up on by the activity tracker.", "power feel"],
  [
    "Our IT lead actually asked the kitchen what would make the tablets easier to use. First time anyone's asked.",
    "",
  ],
  ["I never know what I'm allowed to do, the rules are buried in a handbook nobody reads.", "comm"],
  ["They've got a real attitude problem. Like they're doing us a favour.", "power comm"],
  [
    "Restaurant staff turn over so fast that nobody's ever trained properly; the problem is us, not IT.",
    "blame:emp",
  ],
  ["Quick, friendly, sorted it first time.", ""],
  [
    "Locked out of the rota app on my day off, so I couldn't swap a shift. Ridiculous.",
    "conflict feel",
  ],
  [
    "The security team sit on the fourth floor and nobody from our side has ever been up there.",
    "distance",
  ],
  [
    "Our maître d' is the unofficial IT person because the real ones are never available.",
    "distance conflict",
  ],
  ["They've improved loads. Last year I'd have said something very different.", ""],
  ["We get pulled up for 'non-compliance' on systems we were never trained on.", "blame:emp power"],
  [
    "I feel like an idiot when I can't remember which of my six passwords goes where.",
    "feel blame:self",
  ],
  ["It's a fair system. You break a rule, you get a reminder. Nobody's shouting.", ""],
  [
    "Head office IT decided housekeeping doesn't need a printer. Nobody asked housekeeping.",
    "power",
  ],
  [
    "When the system went down during breakfast service it took an hour just to get through to someone.",
    "conflict",
  ],
  [
    "It's clear they're trying, I just wish they'd tell us things before they happen rather than after.",
    "comm",
  ],
  [
    "Home working is fine, the security checks on the laptop take a minute and then you're away.",
    "",
  ],
  ["The chat support is decent, faster than phoning.", ""],
  ["They really don't like being questioned, so I've stopped questioning.", "power distance"],
  [
    "The concierge lets guests use his login on the lobby computer. IT would go spare if they knew.",
    "blame:emp",
  ],
  ["I genuinely can't tell you what IT security does here, other than send quizzes.", "distance"],
  ["Each time I'm locked out I feel a fool, with a queue of guests watching.", "feel"],
  ["Our contractor is a one-man band and he's fantastic.", ""],
  ["They wrote 'as per policy 4.2.1' in reply to my question. That's it. No explanation.", "comm"],
  ["The owner listens to IT over the managers every single time.", "power"],
  [
    "I think they think we're all thick, and sometimes I think they're right.",
    "blame:emp blame:self",
  ],
  ["Nobody from IT came to the new hotel opening; we set the office up ourselves.", "distance"],
  ["They sorted the remote desktop for me in a five-minute call. Brilliant.", ""],
  [
    "The till times out mid-order and the customer stands there while I punch my PIN in again.",
    "conflict",
  ],
  [
    "I'd love to get one email from IT that isn't a warning. Makes you dread opening them.",
    "comm feel",
  ],
  ["The security rules are a bit over the top but I can see they're trying to protect us.", ""],
  [
    "We got USB-blocked laptops but the menu designer only sends files on a stick. Absurd.",
    "conflict",
  ],
  [
    "Honestly I'm annoyed at myself for falling for the test. It was so obvious afterwards.",
    "blame:self feel",
  ],
  ["The IT team don't seem to realise a hotel runs 24 hours a day.", "conflict"],
  [
    "Nobody asked the bar staff, so now the bar till needs a swipe card that none of us have.",
    "power conflict",
  ],
  ["Feels like security is something done to us, not with us.", "power"],
  ["They're courteous, professional, and they explain things.", ""],
  ["cant log in, cant reach anyone, cant serve. great night", "conflict feel"],
  [
    "We heard about the new two-step login from a guest who works in IT, not from our own people.",
    "comm",
  ],
  ["I don't take their tests seriously any more, I just hit report on everything.", "distance"],
  ["The helpdesk is a bit slow but they always follow up to check it's fixed. I like that.", ""],
  ["The waiting staff all know each other's PINs. It's a small team, it's just how it is.", ""],
  [
    "It winds me up that they can lock my account from miles away and not tell me why.",
    "feel power comm",
  ],
  ["Our HR and IT share one person, and she's always swamped, so I don't hold it against her.", ""],
  [
    "They forget that for a lot of us English is a second language, and their emails are really hard going.",
    "comm",
  ],
  ["I'm sure I'm the reason the printer keeps getting flagged.", "blame:self"],
  ["Never been spoken to badly by anyone in IT, and I've been here eleven years.", ""],
  [
    "Nobody wants to admit they clicked, so nobody reports anything, and then IT wonder why.",
    "distance",
  ],
  ["Whenever I've raised a concern they've taken it seriously and come back to me.", ""],
  ["It's exhausting pretending to understand what they're on about.", "feel comm"],
];
