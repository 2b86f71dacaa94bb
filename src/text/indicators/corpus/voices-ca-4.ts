import type { RawExample } from "./types.js";

export const VOICES_CA_4: readonly RawExample[] = [
  ["I put the council's Wi-Fi password on the noticeboard. I know, I know.", "blame:self"],
  [
    "Once had a tech tell me my question was 'above my pay grade'. He wasn't wrong but still, it stung.",
    "power feel",
  ],
  ["The provider's been good, really. A couple of slow responses, nothing serious.", ""],
  [
    "They changed the email domain and residents' replies went nowhere for a month. Nobody told me.",
    "comm conflict",
  ],
  ["We can't afford proper IT and everyone acts like that's the clerk's fault.", "conflict"],
  [
    "Councillors ring me at home about their email because they can't be bothered to learn it. Not my job.",
    "conflict blame:emp",
  ],
  [
    "GDPR has been a nightmare for the allotment list. We just want to tell people when the water's off.",
    "conflict feel",
  ],
  [
    "The IT consultant the council hired talks straight to the chair and ignores me even though I do all the work.",
    "power distance",
  ],
  [
    "Most clerks I know have a decent arrangement with their IT provider now, it's not the wild west it was.",
    "",
  ],
  [
    "The district's IT lot came out for the new laptops and set everything up, even stayed for a cuppa.",
    "",
  ],
  ["Why does a village hall booking form need two-factor authentication?", "conflict"],
  [
    "I got my knuckles rapped by the district for an 'unapproved cloud service'. It was a Doodle poll.",
    "power conflict",
  ],
  ["Our provider does a short newsletter with real tips, I actually read it.", ""],
  [
    "It's impossible to get anyone on the phone after 3pm. Apparently IT goes home early.",
    "distance blame:sec",
  ],
  ["I'm embarrassed how little I know about the council's own website.", "feel blame:self"],
  [
    "The chair and I have both given up on the IT committee, it's just two men arguing about Linux.",
    "distance",
  ],
  ["I should have known, to be fair. It was in the email, I just didn't read it.", "blame:self"],
  ["The move to the new provider was handled really well. Proper handover, nothing lost.", ""],
  [
    "We're not allowed to use USB sticks any more. Fine, but the scanner only saves to USB and apparently nobody at the provider thought of that.",
    "conflict blame:sec",
  ],
  ["No complaints from me, they're always there when needed.", ""],
  [
    "The IT contractor won't touch anything that isn't in the contract, even if he's standing right there.",
    "distance conflict",
  ],
  ["Every time something goes wrong I assume it's something I did.", "blame:self"],
  [
    "Staff at the town council are great but they'll open any attachment with 'invoice' in the name.",
    "blame:emp",
  ],
  [
    "I feel completely on my own with data protection. The ICO website might as well be in Latin.",
    "feel comm",
  ],
  ["Honestly, it's so much better than when it was all on the clerk's home computer.", ""],
  [
    "They told us the old server was 'end of life' and we had a fortnight to find £4k.",
    "comm power",
  ],
  [
    "I try not to bother them, most of it's me pressing the wrong thing anyway.",
    "distance blame:self",
  ],
  ["Same account manager at the provider for six years. She knows the council inside out.", ""],
  [
    "There's no point telling IT about problems, they'll just say it's a 'known issue'.",
    "distance comm",
  ],
  [
    "The district IT director decided all parishes must use a password manager, no consultation, no training.",
    "power comm",
  ],
  ["Quite happy with things as they are.", ""],
  ["I'm frightened of the new rules, honestly. One mistake and the whole parish knows.", "feel"],
  ["the provider are useless, useless, useless", "blame:sec"],
  [
    "When a councillor forwards a phishing email to all the others 'just in case it's real', you know we've got a problem.",
    "blame:emp",
  ],
  ["The town clerk keeps the admin password to herself and makes us ask for everything.", "power"],
  [
    "I went on a free cyber course for local councils. Really good, plain English, no scare tactics.",
    "",
  ],
  [
    "IT support only works nine to five and our meetings are at seven in the evening. Go figure.",
    "conflict",
  ],
  [
    "Some councillors refuse to use the council email at all because they 'don't trust it'.",
    "blame:emp conflict",
  ],
  ["There's no one to ask. That's the honest answer.", "distance"],
  [
    "They're polite enough on the phone but you can tell they think we're amateurs. Bit rich from a firm that lost our backups.",
    "power blame:sec",
  ],
  [
    "After the ransomware scare at the next parish our provider came and walked us through everything. Reassuring.",
    "",
  ],
  ["They closed my ticket as 'resolved' when nothing had been done.", "blame:sec conflict"],
  ["I used to be scared of the data stuff but the clerks' network helped loads.", ""],
  ["They always warn us a week before any change, with a reminder the day before.", ""],
  [
    "Our groundsman refuses to use the app for his hours and hands in a bit of paper. Fair play to him honestly.",
    "distance",
  ],
  ["I'm forever apologising to the IT company for not understanding.", "blame:self power"],
  [
    "The district's central IT team were brilliant during the floods, got us remote access in a day.",
    "",
  ],
  [
    "They spoke to me like I was an idiot because I didn't know what a browser was. I'm 72!",
    "power feel",
  ],
  ["Honestly the biggest security risk here is Councillor Dobbs.", "blame:emp"],
  [
    "I keep meaning to learn the website editor properly and never do, so every typo on there is mine.",
    "blame:self",
  ],
  [
    "Password changes used to be a battle with the councillors, but the password manager has made it painless.",
    "",
  ],
  ["The contractor comes when I call and fixes what I ask. Simple as that.", ""],
  [
    "I'm tired of having to justify every penny of IT spend to councillors who don't understand it.",
    "feel power",
  ],
  [
    "They stopped our scanner emailing to Gmail 'for security' and nobody can explain why.",
    "comm conflict",
  ],
  ["Good to have someone local who knows us.", ""],
  [
    "We found out the provider had been storing our data abroad when a resident asked. I felt such a fool.",
    "feel comm",
  ],
  ["There's no contact with the district unless we've done something wrong.", "comm"],
  ["I do all the IT myself. Easier than waiting.", "distance"],
  ["I don't think the IT provider has ever actually read our contract.", "blame:sec"],
  ["The clerk is lovely but she guards the computer like it's the crown jewels.", "power"],
  ["Cyber security's important and I appreciate the reminders, even if I groan sometimes.", ""],
  [
    "I messed up the minutes upload and published a draft with a resident's name. I was sick about it.",
    "blame:self feel",
  ],
  ["IT make decisions in a room somewhere and we find out by the thing not working.", "power"],
  ["The clerks' forum and our provider give much the same advice, which is reassuring.", ""],
  [
    "Sometimes you feel a nuisance for asking a basic question, but mostly they're lovely. Depends who picks up.",
    "",
  ],
  [
    "The new councillors came in thinking the clerk does IT support. She does not, and half of them can't find the on switch.",
    "conflict blame:emp",
  ],
  [
    "They blocked our own council website on the office network. Took a fortnight to unblock.",
    "blame:sec conflict",
  ],
  ["Brilliant support. I'd recommend them to any parish.", ""],
  [
    "Councillors leak things on Facebook all the time, no amount of policy is going to fix that.",
    "blame:emp",
  ],
  ["I felt completely talked down to at the data protection briefing.", "comm feel"],
  ["The engineer always leaves a note saying what he did, which is really handy.", ""],
  ["I hide my mistakes from IT now because the last time it went to the chair.", "distance feel"],
  ["We're a small council with no budget for IT. That's just how it is.", ""],
  ["They schedule updates for the weekend so nothing breaks on a meeting day. Thoughtful.", ""],
  [
    "Housing officer here. Central IT are actually pretty good, they came to the team meeting to explain the new tablets.",
    "",
  ],
  [
    "We go out on visits all day and the laptops log us out every fifteen minutes. It's maddening.",
    "conflict feel",
  ],
  [
    "The golf club's membership system is run by one committee member and if he's on holiday, tough luck.",
    "power",
  ],
  ["I'm the club secretary and the 'IT person' purely because I'm under fifty.", ""],
  ["Tenants' data is sensitive, I get it, and IT explain why the rules are there. No problem.", ""],
  [
    "IT rolled out the new housing management system with a two-hour webinar and then disappeared.",
    "comm",
  ],
  [
    "Our income officers keep emailing rent statements to the wrong tenants. Training doesn't seem to stick.",
    "blame:emp",
  ],
  [
    "I get so anxious about the data breach reports, my name's on two of them already.",
    "feel blame:self",
  ],
  [
    "The football club's welfare officer got a heads-up from the league about the DBS portal change. Smooth.",
    "",
  ],
  ["Central IT isn't just a queue any more, you get a named person on your ticket.", ""],
  ["Honestly never had an issue with them, they're quick and friendly.", ""],
  [
    "I never know who at head office owns what system, so I just don't report stuff.",
    "distance comm",
  ],
  [
    "The cricket club's treasurer keeps all the member details on a laptop in his shed. Nobody's brave enough to tell him.",
    "blame:emp",
  ],
  [
    "IT won't let repairs staff use work phones for photos, so we use our own and email them to ourselves. Guess which is less secure.",
    "conflict blame:sec",
  ],
  [
    "It's embarrassing ringing the helpdesk about the same thing for the third time. I'm just not good with it.",
    "feel blame:self",
  ],
  ["They're helpful when you get through. Getting through is the hard part.", "conflict"],
  [
    "We had a good session with IT about phishing, real examples from our own inboxes. Eye-opening.",
    "",
  ],
  [
    "Head of IT talked the hot-desking plan through with frontline staff before it went ahead. Good to be asked.",
    "",
  ],
  [
    "The club's website guy takes weeks to update fixtures and acts like he's doing us a huge favour.",
    "power blame:sec",
  ],
  [
    "I'm careful with tenant data and so's everyone on my team, it's drummed into us but in a good way.",
    "",
  ],
  ["Our IT team hide behind a ticketing portal. You never speak to a human.", "distance"],
  [
    "Volunteer coaches share the club login for the team app. Nobody sees a problem with it except me.",
    "blame:emp",
  ],
  ["I told IT my phone was slow and they swapped it the same afternoon.", ""],
  [
    "The head of data protection talks in regulation numbers. 'Under Article 6...' I just want to know if I can text a tenant.",
    "comm",
  ],
  ["Really happy with how IT handled the cyber incident, kept us all updated every day.", ""],
  [
    "Every time a security pop-up appears I click the wrong button. Every single time.",
    "blame:self",
  ],
];
