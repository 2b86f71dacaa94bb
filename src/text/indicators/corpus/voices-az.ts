import type { RawExample } from "./types.js";
import { VOICES_AZ_2 } from "./voices-az-2.js";
import { VOICES_AZ_3 } from "./voices-az-3.js";
import { VOICES_AZ_4 } from "./voices-az-4.js";

/** Staff of 100-250-person firms with an in-house security team, anonymous survey: being tested and watched. Written fresh for Rapport (brief AZ). */
const FIRST_PART: readonly RawExample[] = [
  ["Honestly the phishing tests don't bother me, they're a fair way to keep us sharp.", ""],
  ["Every time an email looks slightly odd I wonder if it's them testing me again.", "feel power"],
  ["I don't mind being tested. I'd rather fail a fake one than a real one.", ""],
  ["It feels like working with someone reading over your shoulder all day.", "feel power"],
  ["The monitoring software is mentioned in our contract, so no surprises there.", ""],
  [
    "Nobody ever told us what the monitoring actually records. Keystrokes? Screens? No idea.",
    "comm power",
  ],
  ["i feel watched tbh", "feel power"],
  ["Being tested keeps me on my toes and I think that's the point.", ""],
  ["It's a bit creepy knowing someone could pull up every site I've visited.", "feel power"],
  ["The simulations are well made and the debrief afterwards is actually useful.", ""],
  [
    "They set traps and then wait to see who falls in. That's not training, that's a game for them.",
    "power feel",
  ],
  ["Fine by me. I've got nothing to hide.", ""],
  [
    "I get anxious opening anything from an address I don't recognise now, which slows me down a lot.",
    "feel conflict",
  ],
  ["The fake parcel-delivery email last month was so convincing I'm almost impressed.", ""],
  [
    "Knowing my screen might be recorded makes me type every message twice before sending.",
    "feel power",
  ],
  [
    "We're grown adults, yet the monitoring makes the place feel like a school exam hall.",
    "power feel",
  ],
  [
    "I've never felt spied on. The rules about what they look at are published on the intranet.",
    "",
  ],
  ["Who decided that tracking our browsing was necessary? Certainly nobody asked us.", "power"],
  ["A little tedious, but I understand why they do them.", ""],
  ["Sometimes I wonder whether they trust any of us at all.", "power feel"],
  [
    "The way they run the simulations feels fair: same email for everyone, results only shared as team totals.",
    "",
  ],
  ["It's like having a speed camera on every corner of your inbox.", "power feel"],
  ["Being monitored doesn't change how I work at all.", ""],
  [
    "We found out about the screen-capture tool from a colleague who spotted it in Task Manager, not from security.",
    "comm power",
  ],
  [
    "I actually asked to see what the monitoring collects about me and they showed me within a day.",
    "",
  ],
  [
    "Phishing tests during year-end close? Thanks a lot, as if we weren't busy enough.",
    "conflict feel",
  ],
  [
    "The team is small, five people maybe, and they couldn't watch everyone even if they wanted to.",
    "",
  ],
  ["I feel like a suspect rather than a colleague.", "power feel"],
  ["I'm not bothered, it's their job and they do it quietly.", ""],
  ["the tests feel sneaky, like they're trying to catch us out rather than teach us", "power feel"],
  ["Part of me likes the tests, it's a little puzzle to spot the fake.", ""],
  ["They'll happily watch us but ask them what they're doing and you get silence.", "power comm"],
  ["My manager gets a report on my test results, which makes me nervous every time.", "power feel"],
  ["No one likes being tested, but the alternative is getting hacked, so fine.", ""],
  ["Reading every email like it's a bomb is exhausting.", "feel"],
  [
    "I've worked at places with no security at all. Here it's the opposite: so many locks nobody can get any work done.",
    "conflict",
  ],
  ["Why do they need to see what apps I have open? I'm an accountant, not a spy.", "power"],
  ["The monitoring is explained clearly in the handbook and again in the induction session.", ""],
  ["Feels like Big Brother, if I'm being dramatic.", "power feel"],
  ["I don't think about it much, to be honest.", ""],
  ["One test email pretended to be from HR about pay rises. That felt like a low blow.", "feel"],
  [
    "They picked a fake bonus email for the test, and people were genuinely upset when they found out.",
    "feel",
  ],
  ["Honestly I feel safer knowing someone is keeping an eye on the network.", ""],
  ["The simulations have made me a lot more careful at home too, which my mum appreciates.", ""],
  ["They run tests but never tell us how the company did overall, so what's the point?", "comm"],
  ["Once a quarter we get a short summary of the test results and a few tips. Helpful.", ""],
  ["It's unsettling. You never know when you're being graded.", "feel power"],
  [
    "I've accepted that anything I do on a work laptop is visible to someone. Doesn't really worry me.",
    "",
  ],
  [
    "They made the fake emails so hard that even the IT guys would click them. Feels rigged.",
    "feel power",
  ],
  [
    "Not a fan of being tested without warning, but I get that a warning would defeat the purpose.",
    "",
  ],
  ["The watching doesn't bother me. The silence about why does.", "comm feel"],
  ["they monitor everything and tell us nothing", "power comm"],
  [
    "Our security lead once sat down with our team and walked through exactly what the monitoring tool sees. Much appreciated.",
    "",
  ],
  [
    "I stopped using my work laptop for anything personal, even checking the weather. Just in case.",
    "feel power",
  ],
  ["I'd call it reassuring rather than intrusive.", ""],
  ["It's a bit like being a lab rat in their experiment.", "power feel"],
  ["The phishing tests are the only time I hear from security at all.", "comm distance"],
  [
    "Being tested is fine. Being tested and then ignored the rest of the year isn't.",
    "distance comm",
  ],
  ["I don't feel watched. I feel looked after, which I know sounds cheesy.", ""],
  ["They're testing our behavior but who's testing theirs?", "power"],
  [
    "The monitoring flagged me for uploading a spreadsheet to my personal drive. Fair enough, I shouldn't have.",
    "blame:self",
  ],
  [
    "Got a message from security asking why I'd logged in at 2am. I was working! Made me feel like a criminal.",
    "power feel",
  ],
  ["Tests are pretty gentle here, nothing nasty.", ""],
  [
    "Every click is logged, every download is logged, and we're supposed to feel empowered?",
    "power feel",
  ],
  ["The training on what gets monitored was surprisingly honest.", ""],
  ["I worry that a single mistake will sit in a file somewhere forever.", "feel power"],
  [
    "They ran a test that mimicked our payroll system the week pay was late. Cue panic across the office.",
    "feel",
  ],
  ["Even the CEO got caught by one of the tests, which made everyone feel better.", ""],
  ["I feel judged by people I've never even met.", "power feel distance"],
  ["ngl the tests are kind of fun, our team has a leaderboard", ""],
  [
    "I'd prefer they spent the time fixing the VPN instead of inventing fake invoices.",
    "conflict blame:sec",
  ],
  ["They treat the inbox like a minefield they've planted themselves.", "power"],
  ["It's their job to be paranoid. I'm glad someone is.", ""],
  [
    "I don't know who runs the tests. I just get the email afterwards saying I passed or failed.",
    "distance comm",
  ],
  [
    "The monitoring agent hogs so much memory that Excel freezes whenever a scan runs.",
    "conflict blame:sec",
  ],
  ["Being watched all day wears you down in a way that's hard to explain.", "feel power"],
  [
    "I have no issue with monitoring of company systems. I'd have an issue if they went further, and they don't.",
    "",
  ],
  ["There's a sense that we're all guilty until proven innocent.", "power"],
  ["Security here is firm but fair.", ""],
  [
    "the monitoring popup every morning is a nice reminder that we're being watched. really motivating. not.",
    "power feel",
  ],
  [
    "I'm so bad at spotting fakes that I've started assuming everything is one. That's on me.",
    "blame:self",
  ],
  [
    "I'm less creative now because I'm scared to try any new tool without permission.",
    "feel conflict power",
  ],
  [
    "I think the tests are a good idea, I just wish they'd tell us how we compare to other companies.",
    "",
  ],
  [
    "When the phishing results came out, our department was named as the worst. Nobody enjoyed that meeting.",
    "feel blame:emp",
  ],
  ["They don't hide anything. There's a page listing every tool they run and why.", ""],
  [
    "Not sure anyone reads the monitoring data anyway. They didn't spot the real breach last spring.",
    "blame:sec",
  ],
  [
    "I'm fine with it. The people who complain loudest are usually the ones doing online shopping all afternoon.",
    "blame:emp",
  ],
  ["Feels a bit like they're waiting for us to slip up.", "power feel"],
  ["It's reassuring that they caught the fake login page before anyone lost money.", ""],
  ["I hate that stomach-drop moment when you realise you've clicked something.", "feel"],
  [
    "Half the blocked sites are ones I need for research, and every request to unblock one takes days.",
    "conflict",
  ],
  [
    "They can see our screens, we can't see anything of theirs. That imbalance bugs me.",
    "power feel",
  ],
  [
    "The drills are a small price to pay, though I'd like to hear from the team about something other than drills.",
    "comm distance",
  ],
  ["i literally hover over every link for like 10 seconds now, paranoid", "feel"],
  ["I have mixed feelings. Good intent, clumsy delivery.", "comm"],
  [
    "Nobody on the security team has ever made me feel watched, even though I know they technically could.",
    "",
  ],
  [
    "Whenever the monitoring agent updates, my laptop crawls for half an hour. Every single time.",
    "conflict",
  ],
  [
    "The tests make me doubt real emails from clients, and I've ignored a couple of genuine ones.",
    "conflict feel",
  ],
  [
    "Their testing platform sent the same fake email three times in one day. Not exactly slick.",
    "blame:sec",
  ],
  ["They watch, they score, they report upwards. We never see the scorecard.", "power comm"],
  [
    "I know the monitoring is automated, which is exactly why it flags me for nonsense every other week.",
    "conflict",
  ],
  ["Apparently they can see when we're idle. Whether they look, I have no clue.", "power"],
  ["Feeling tested all the time makes me dread Mondays a bit more.", "feel"],
  ["The team is open about what they monitor and that makes all the difference.", ""],
  [
    "If they want us to feel part of security, they could start by not treating us like test subjects.",
    "power",
  ],
  ["My colleagues joke about 'the watchers' upstairs. Half joking.", "power distance"],
  ["The tests have gotten better over time. Less gotcha, more learning.", ""],
  [
    "Early on the tests felt mean-spirited. Now they come with a proper explanation, so I'm fine with them.",
    "",
  ],
  ["It's hard to relax when you know every slip is on record.", "feel power"],
  ["Personally I think more testing would be good, some people here really need it.", "blame:emp"],
  [
    "The worst part is not knowing. Is this email real? Is this a test? Will I be in trouble?",
    "feel",
  ],
  ["I like that they test us, it shows they take it seriously.", ""],
  [
    "They used my actual manager's name in a fake email. That crossed a line for me.",
    "feel conflict",
  ],
  ["Monitoring? Sure. But at least tell us when you change what's collected.", "comm"],
  ["I appreciate that the monitoring rules were agreed with the works council.", ""],
  ["We're told it's for our protection. It feels more like their protection.", "power feel"],
  ["a bit intrusive but i get it", ""],
  [
    "Nothing wrong with it as long as they're not reading private chats, and they say they aren't.",
    "",
  ],
  [
    "I stay off anything remotely personal on the work phone. Never know who's looking.",
    "feel power",
  ],
  [
    "It's the secrecy around the tests that gets me. Who gets told my results? How long are they kept?",
    "comm power feel",
  ],
  ["Being tested reminds me I'm not half as clever with emails as I thought.", "blame:self"],
  [
    "If they spent as much effort patching the old servers as they do on fake emails, we'd be fine.",
    "blame:sec",
  ],
  [
    "They've got a dashboard with all our names on it and colour-coded risk. How's that meant to feel?",
    "power feel",
  ],
  ["I feel fine about it. I'd feel worse if we had no protection.", ""],
  ["Honestly the security team seems more stressed about the tests than we are.", ""],
];

export const VOICES_AZ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AZ_2,
  ...VOICES_AZ_3,
  ...VOICES_AZ_4,
];
