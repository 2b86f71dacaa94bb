import type { RawExample } from "./types.js";

/** Part 4 of batch GG (see voices-gg.ts). */
export const VOICES_GG_4: readonly RawExample[] = [
  [
    "Every time I raise something they make me feel I've done something wrong, so I raise less now.",
    "feel distance blame:emp",
  ],
  [
    "The tools got worse. The new spam filter eats real emails and IT insists it's working as intended.",
    "conflict blame:sec",
  ],
  [
    "Worried, if I'm honest. The security guy left and nobody's said who replaced him.",
    "feel distance",
  ],
  [
    "It's become us versus them since the merger. They're 'Group IT' and we're 'the branches'.",
    "conflict distance",
  ],
  [
    "They see us as a risk to be managed, not colleagues. I see them as the people who say no.",
    "conflict blame:emp",
  ],
  [
    "Security engineer: I'm tired of being cast as the villain when I'm the one cleaning up after people click.",
    "conflict feel blame:emp",
  ],
  ["Lovely new portal, and I still can't find a human to talk to. Progress!", "conflict comm"],
  ["We used to have Dave down the hall. Now it's a chatbot. Miss Dave.", "comm distance"],
  ["Junior dev: the security review is a black box. We submit, we wait, we pray.", "feel power"],
  [
    "honestly the phishing test emails feel like a trap set by people who want to catch you out",
    "feel blame:emp",
  ],
  ["The jargon's mostly gone. The condescension hasn't.", "comm"],
  [
    "They used to be unreachable. Now they're reachable and still say no to everything.",
    "conflict blame:sec",
  ],
  [
    "Things got better for a year with the champion, then she left and it went straight back to tickets and silence.",
    "comm distance",
  ],
  ["At least they don't call us idiots any more. They just think it.", "blame:emp"],
  [
    "Security side: our click rate halved but the number of angry replies to the test emails doubled.",
    "conflict",
  ],
  [
    "New rule, no personal phones on the shop Wi-Fi. Came out of nowhere and no one knows who decided it.",
    "comm power",
  ],
  ["Better than it was, still not good. They're polite, but they never explain why.", "comm"],
  [
    "In the old days you got a dressing-down for a virus. Now you get an e-learning module assigned. Same message: it's you.",
    "blame:emp",
  ],
  [
    "The drop-in turned into a complaints session, honestly. People just come to vent about the VPN.",
    "conflict feel",
  ],
  [
    "Our security team feels like a distant authority, a bit like the tax office.",
    "power distance",
  ],
  ["fixed the wifi, broke teams. every time", "blame:sec"],
  [
    "I still hear people in my own security team say 'users are idiots' in private chats. Less than before, but it's there.",
    "blame:emp",
  ],
  ["CISO at a roundtable: 'Our people are our biggest risk, full stop.'", "blame:emp"],
  [
    "We're two people covering 300 staff. Of course we only talk to them when something breaks.",
    "comm",
  ],
  [
    "I worry staff see us as police, and a couple of my team enjoy that a bit too much.",
    "feel power",
  ],
  [
    "Admin here: the business hires without telling us, then kicks off when the new starter can't log in on day one.",
    "conflict",
  ],
  [
    "Our IT support is a bloke in Leeds we've never met. He's fine, but I couldn't tell you his surname.",
    "distance",
  ],
  [
    "I run three bakeries. The card machine company handles the security side, I just do what I'm told.",
    "power",
  ],
  [
    "Worse since the cyber insurance renewal: more rules, less explanation, and the same tiny team who are never free.",
    "conflict comm",
  ],
  [
    "Used to be a laugh with the IT lads. Now it's all compliance forms and they look stressed all the time.",
    "comm",
  ],
  [
    "Their idea of fixing the phishing problem was to buy another tool nobody asked for. Money down the drain again.",
    "blame:sec",
  ],
  ["Much better now.", ""],
  ["Honestly they're fine.", ""],
  [
    "Interview notes, office manager, 15 staff: before the champion scheme she'd say security was 'something the IT company does to us'. Now one of her own admin team is the champion, runs a ten-minute slot at the Monday meeting, and people bring her screenshots of odd emails. She says the relationship is friendly and she can't remember the last complaint.",
    "",
  ],
  [
    "When I joined, the security team was three names on a wiki page. These days they run a fortnightly drop-in, answer in plain words, and when I got a fake parcel text on my work phone someone walked me through what to check and thanked me for flagging it. Genuinely changed my view of them.",
    "",
  ],
  [
    "Security lead, small charity: the new rule was that nothing goes live without a quick chat with us. I expected pushback. Instead the fundraising team started booking slots early and we've caught two bad vendor contracts that way.",
    "",
  ],
  ["Not perfect, but no real complaints.", ""],
  [
    "They weren't the problem when we got hacked, and they weren't the problem afterwards either, they were the ones who got us back up.",
    "",
  ],
  ["They sit in on our project kick-offs now, which means fewer surprises later.", ""],
  [
    "Forum post: moved from a big bank to a 30-person startup. At the bank security was a faceless committee that rejected my requests without reasons and I was honestly scared of them. Here the one security engineer is great, but I still catch myself dreading asking for anything, which is on me, not her.",
    "feel blame:self",
  ],
  [
    "Ops manager: the badge-and-lanyard rule was sold to us as a safety thing, then it turned out they were using the door logs to check who came in late. Nobody from security ever explained that, we found out from HR. Trust hasn't recovered and people avoid them in the corridor.",
    "comm feel power distance",
  ],
];
