import type { RawExample } from "./types.js";

/** Lone IT people in small firms, part 3: management backing and what happens after incidents. Written fresh for Rapport (brief BD). */
export const VOICES_BD_3: readonly RawExample[] = [
  ["I'm the IT department, the facilities department and, on Wednesdays, the fire warden.", ""],
  ["The owner doesn't understand any of it but he trusts me, and that's enough.", ""],
  [
    "When the invoice fraud happened, the accounts clerk got a written warning and I got asked why the filter let it through. Nobody asked why the process let it through.",
    "power blame:sec",
  ],
  ["I'd describe our staff as willing but rushed.", ""],
  ["They look at me like I've kicked their cat when I take away local admin.", "conflict"],
  [
    "The directors want reports with traffic lights. Everything has to be green or it's my fault.",
    "power blame:sec",
  ],
  ["i talk to people all day, in person, it's a 20 person firm, there's nowhere to hide", ""],
  ["What goes well is the trust. They tell me things they wouldn't tell their manager.", ""],
  [
    "I'm sick of being the bad guy for rules I didn't even write. The insurer wrote them.",
    "feel conflict",
  ],
  ["The boss treats the IT budget like a tip jar.", "power"],
  ["Honestly, some of them shouldn't be allowed near a keyboard.", "blame:emp"],
  [
    "After the laptop was stolen from the car, we changed the encryption settings and moved on. No drama.",
    "",
  ],
  ["They don't tell me when they're leaving, so accounts stay open for months.", "comm distance"],
  [
    "I do feel judged by the partners. Every outage is a referendum on whether they need me.",
    "power feel",
  ],
  ["It's hard to be taken seriously when you're also the one who orders the toner.", "power"],
  ["Most people here are grateful. They've worked places with no IT at all.", ""],
  ["I explain things three different ways and still get 'so what do I click?'", "comm blame:emp"],
  [
    "I've never been invited to a management meeting. Security is discussed without me, if at all.",
    "power distance",
  ],
  ["The nice thing about a small firm is everyone knows where my desk is.", ""],
  [
    "I'm not sure I'd report a mistake either if I'd seen how the last person was treated.",
    "feel power",
  ],
  [
    "Our office manager has turned into a proper security champion. She nags people better than I ever could.",
    "",
  ],
  ["The partners are lovely until you mention the cost of a proper backup.", "conflict"],
  ["Tired of explaining the same thing. Tired of being polite about it.", "feel"],
  [
    "I ask them to lock their screens and they act like I've asked them to hand over a kidney.",
    "conflict",
  ],
  [
    "We've got a rule: if you report it within the hour, no questions asked. It's worked brilliantly.",
    "",
  ],
  [
    "They see me as someone who slows projects down. I see myself as the reason projects don't end up in the papers.",
    "conflict",
  ],
  ["I'm my own worst enemy. I say yes to everything and then can't keep up.", "blame:self"],
  [
    "My line manager is the finance director and he thinks a firewall is something for the boiler room.",
    "distance",
  ],
  [
    "The staff are fine. It's the owner who emails me at 11pm asking why his iPad won't print.",
    "power",
  ],
  [
    "We rarely see each other outside of crises, and that's a shame because they're a good bunch.",
    "comm distance",
  ],
  [
    "After the outage the boss bought me a bottle of whisky and said 'well done, now let's make sure it doesn't happen again'. Perfect.",
    "",
  ],
  ["Mostly I'm treated with respect. The odd person is rude, but that's people, not IT.", ""],
  [
    "They think I'm overreacting every time I warn about something, until it happens to the firm down the road.",
    "conflict",
  ],
  ["People here hide their personal laptops from me like contraband.", "distance power"],
  ["I wonder if they'd trust me more if I lectured less. I do go on a bit.", "comm blame:self"],
  ["I'm allowed to make decisions and I'm trusted to make them. That's rare and I know it.", ""],
  [
    "The incident post-mortem was a witch hunt. Someone had to be sacked and the intern was cheapest.",
    "power blame:emp",
  ],
  ["Users send me screenshots of errors with the error cropped out.", "blame:emp"],
  ["I visit each branch once a month. Not enough, but it's something.", "distance"],
  [
    "The boss expects me to just know things have broken without anyone telling me.",
    "comm conflict",
  ],
  [
    "Honestly they're pretty savvy. I learn as much from them about their software as they do from me about security.",
    "",
  ],
  [
    "It winds me up when people say 'I'm not a computer person' as if that's a licence to ignore everything.",
    "feel blame:emp",
  ],
  ["I got the blame for the phishing click and the credit for nothing.", "blame:sec feel"],
  ["The staff here tolerate me, I think. That's probably the kindest word.", "distance"],
  ["The two founders argue about IT spending in front of me like I'm not there.", "power"],
  [
    "My biggest win this year was getting everyone onto a password manager without a single complaint.",
    "",
  ],
  [
    "I've stopped raising risks in writing because the replies make me feel like a troublemaker.",
    "feel distance power",
  ],
  ["They don't hate me, they just wish I'd go away.", "distance"],
  ["I think I come across as arrogant sometimes. It's nerves, mostly.", "blame:self feel"],
  [
    "When I'm off sick, they just wait for me to come back. Nobody tries anything clever, which I appreciate.",
    "",
  ],
  [
    "We've had exactly one incident in three years and the response was textbook. Calm, quick, nobody blamed.",
    "",
  ],
  [
    "The problem isn't the staff, it's that I'm given half a day a week to look after everything.",
    "power",
  ],
  [
    "Some of the engineers here know more about networks than I do and they never let me forget it.",
    "power feel",
  ],
  [
    "I try not to use technical terms. If I slip, they tell me, and I like that they feel able to.",
    "",
  ],
  [
    "Every change I make gets second-guessed by someone's brother-in-law who 'works in IT'.",
    "conflict power",
  ],
  [
    "No training budget, no second pair of hands, no holiday cover. Other than that, great.",
    "power feel",
  ],
  ["They're cautious now, after the scare. Sometimes too cautious, but I'll take it.", ""],
  [
    "I get a lot of 'can you just quickly' from people who've never met the word quickly.",
    "conflict",
  ],
  ["The cleaners say good morning to me. Some of the managers don't.", "distance power"],
  [
    "We did a lunch-and-learn on scam calls and forty people came. Forty! For sandwiches and me.",
    "",
  ],
  [
    "After the incident the owner wanted someone to blame. When he couldn't find one, he settled on 'IT'.",
    "blame:sec power",
  ],
  ["People are honest with me. If they clicked, they say they clicked.", ""],
  ["My hours are eaten by things that aren't security at all. Meeting room screens, mostly.", ""],
  [
    "People only notice me when they can't get into something. Then I'm the villain who locked them out.",
    "comm conflict",
  ],
  ["I should run more training. I keep saying that and I keep not doing it.", "blame:self"],
  ["The management backs me in principle and undermines me in practice.", "power conflict"],
  ["Some days I feel like a parking warden. Nobody is pleased to see you.", "feel distance"],
  ["They're good at asking for help now. Took two years of not making anyone feel daft.", ""],
  [
    "They'll spend a week emailing a spreadsheet back and forth rather than ask me to set up a shared folder.",
    "distance",
  ],
  ["The owner listens, argues, then usually comes round. Healthy, I'd say.", ""],
  ["They call my rules 'the IT tax'.", "conflict"],
  [
    "I used to take it personally when people complained. Now I realise they're complaining at the computer, not at me.",
    "",
  ],
  [
    "Nobody ever reads the incident summaries. They just want to know if they can log in yet.",
    "distance comm",
  ],
  ["The directors reward heroics. Firefighting gets noticed, prevention gets ignored.", "power"],
  [
    "Most people here would rather suffer a slow laptop for a year than phone me. I find that genuinely sad.",
    "distance feel",
  ],
  ["I'm proud of the team. We turned around a client who hated us into one who recommends us.", ""],
  ["Staff call me the 'fun police'.", "conflict"],
  ["It's not the people, it's the volume. There's one of me and there are a hundred of them.", ""],
  [
    "They think every security warning is spam. To be fair, some of ours look like spam.",
    "comm blame:sec",
  ],
  [
    "The boss asked me to monitor one person's browsing. I said no. It didn't go down well.",
    "power conflict",
  ],
  [
    "When the senior partner clicked the fake link, everyone suddenly found the training useful.",
    "",
  ],
  ["I'm tired of pretending the risks are under control when they aren't.", "feel"],
  ["They see me as competent and a bit odd. I'm fine with both.", ""],
  ["We don't do lessons learned. We do 'right, back to work'.", "distance"],
  [
    "They come to me with their home broadband problems, which is flattering and annoying in equal parts.",
    "",
  ],
  [
    "I'm not good at chatting. I'd rather fix things quietly than talk about them, and people read that as cold.",
    "distance blame:self",
  ],
  ["Nobody in charge has ever said thank you, in nine years.", "feel power"],
  [
    "People are careful in the office and careless at home, and the laptops go both places.",
    "blame:emp",
  ],
  ["The moment I say 'policy' the shutters come down.", "conflict comm"],
  [
    "I keep a jar of sweets on my desk. You'd be amazed how many security issues get reported with a sweet in hand.",
    "",
  ],
  ["I feel like a burden on the budget, not part of the business.", "feel power"],
  ["What's hard? Being the expert in a room of people who'd rather not need one.", "distance"],
  [
    "They'll forward a scam to six colleagues asking 'is this legit' before thinking to send it to me.",
    "distance",
  ],
  [
    "Some of them are sharper about phishing than I am. One spotted a spoofed domain I'd missed.",
    "",
  ],
  [
    "I really can't stand the way the sales director speaks to me. Like I'm the help.",
    "power feel",
  ],
  ["Backing from management? They back me as long as nothing costs money or time.", "power"],
  ["Honestly I like being the IT person in a small place. You see the difference you make.", ""],
  ["I think they're more scared of the consequences than of the hackers.", "feel"],
  [
    "There's a general sense that IT is something that happens to them, not with them.",
    "power distance",
  ],
  ["The staff aren't stupid. The software is confusing. Those are different problems.", ""],
  ["When things go wrong the first question is 'who did it', never 'how do we stop it'.", "power"],
  [
    "I get emails at weekends and I answer them, because if I don't, the owner will ring.",
    "power feel",
  ],
  ["Good relationship with the team leaders. They pass things down better than my emails do.", ""],
  ["People think I'm checking up on them when I'm really just checking the updates.", "power"],
  [
    "After we got hit, we all sat down together, and it was the first honest conversation we'd had about risk.",
    "",
  ],
  [
    "They never invite me to the planning. Then the new system arrives and I'm told to 'make it secure'.",
    "power comm",
  ],
  ["Honestly, I'm not the approachable type. I'm working on it.", "blame:self"],
  [
    "I have a good relationship with most, a frosty one with a few, and no relationship at all with the remote workers.",
    "distance",
  ],
  ["Management signed off on the new firewall the same day I asked. Didn't see that coming.", ""],
  ["The staff think the spam filter is me personally deleting their emails.", "conflict power"],
  ["I'm worn out from being nice about the same mistakes.", "feel blame:emp"],
  [
    "Our users are mostly engineers and they're sceptical of anything I say until I prove it. Annoying, but fair.",
    "",
  ],
  ["The owner announces my changes as his ideas. I don't mind, it gets them adopted.", ""],
  [
    "Every so often someone asks me what I actually do here. Not in a mean way. They just don't know.",
    "distance",
  ],
  [
    "When there's a problem they go straight to my boss, not me. I find out second-hand.",
    "distance power",
  ],
  ["I get on best with the people who've been burned before.", ""],
  [
    "They'd rather use their personal Gmail than wait two days for me to sort a shared mailbox, and I can't really blame them.",
    "distance blame:self",
  ],
  [
    "It's a bit them and us, to be honest. They sit upstairs, I sit in the basement with the servers.",
    "distance",
  ],
  [
    "Backing from management is good. They let me say no to clients without second-guessing me.",
    "",
  ],
  [
    "Honestly, every phishing test report I send round makes someone feel humiliated, and I'm not sure it's worth it.",
    "feel power",
  ],
  ["i dont really know them. i know their laptops", "distance"],
  [
    "They were angry when we brought in MFA. Six months later, nobody remembers life without it.",
    "",
  ],
  [
    "The worst is when someone says 'I didn't want to bother you' about something that's been broken for a month.",
    "distance",
  ],
  ["People mostly see me as helpful. A bit strict, but helpful.", ""],
];
