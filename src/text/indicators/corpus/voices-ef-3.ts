import type { RawExample } from "./types.js";

/** Less often heard sectors, half in English as a second language. Written fresh for Rapport (brief EF). */
export const VOICES_EF_3: readonly RawExample[] = [
  ["I am driver since 22 years and I never saw somebody from IT in the depot.", "distance"],
  [
    "The driver app wants a login at every shift start. Five minutes before departure it says wrong password. What do I do, cancel the bus?",
    "conflict feel",
  ],
  [
    "They changed the codes of the depot doors and nobody said it to the night shift. We were waiting outside in the rain forty minutes.",
    "conflict comm",
  ],
  [
    "The IT people at the bus company are friendly, but you only see them at the Christmas party.",
    "distance",
  ],
  [
    "I'm the football club's volunteer 'IT person'. Everybody thinks I'm paid and available day and night.",
    "power feel",
  ],
  [
    "Our members list leaked because the treasurer used 'club123' as password for the database. Lovely.",
    "blame:emp",
  ],
  [
    "Yes, the 'club123' was me. I know, I know. I never thought anyone would want a list of our members.",
    "blame:self",
  ],
  ["The club's volunteer set up the new booking system for the tennis courts and it's great.", ""],
  [
    "The volunteer who does our IT bought an antivirus licence that costs more than the footballs. Nobody asked the board.",
    "power blame:sec",
  ],
  ["They put cameras in all the buses last year, also for the drivers' safety.", ""],
  [
    "The cameras in the buses film us more than the passengers. Who looks at these videos? Nobody tells us.",
    "power comm",
  ],
  [
    "Drivers complain about the app all day, but they never send a ticket. How should we fix what we don't know about?",
    "distance blame:emp",
  ],
  ["The ticket machines are old and freeze in the cold. That's just winter.", ""],
  [
    "I'm a little scared of the IT manager. He speaks very quick and he gets angry if you don't understand.",
    "feel comm",
  ],
  [
    "Our club website was hacked and the volunteers who run it did their best. Nobody blames them.",
    "",
  ],
  [
    "Honestly the club committee doesn't care about data protection until something happens.",
    "blame:emp",
  ],
  [
    "In the bus company the routes are planned by software, and the software decides our breaks. IT is the new boss.",
    "power",
  ],
  [
    "When the route planner crashed, they called the drivers at 4 am, very politely, to explain what to do. Good service.",
    "",
  ],
  [
    "They are not explaining nothing. One morning the ticket system is different and that's it.",
    "comm",
  ],
  [
    "The workshop has one PC for the mechanics, and IT put so many blocks on it that we can't open the manufacturer's repair manuals.",
    "conflict blame:sec",
  ],
  ["I think they are competent, but honestly I don't know who they are.", "distance"],
  [
    "Every time the cyber newsletter comes I feel guilty, because I do half of the things they say not to do.",
    "feel blame:self",
  ],
  [
    "The fitness centre staff open every attachment. I don't know what training would help anymore.",
    "blame:emp feel",
  ],
  ["Their training was good. Real examples from bus companies, not from banks.", ""],
  [
    "The system kicked me out in the middle of the route and they told me I pressed something wrong. I didn't, it's their software.",
    "blame:sec blame:emp conflict",
  ],
  [
    "I pressed something wrong on the ticket machine and it locked. My fault. The helpdesk reset it fast.",
    "blame:self",
  ],
  [
    "They asked the drivers what we need from the tablets, and the new version has bigger buttons. Good.",
    "",
  ],
  [
    "I love the coach's enthusiasm, but he installs on the club laptop every app the kids recommend.",
    "blame:emp",
  ],
  [
    "The club board decided one shared email account for all coaches. The security volunteer said no, the board said yes. Guess who won.",
    "conflict power",
  ],
  ["We only get an email when the login fails too many times. Never anything friendly.", "comm"],
  [
    "I get thirty alert emails a day from the depot system. They go in a folder I never open.",
    "comm distance",
  ],
  ["Depot manager here. Our IT contact, Sanne, is great, we meet every Monday.", ""],
  ["IT speaks another language. 'Your token has expired.' What token? I'm a driver.", "comm"],
  [
    "I avoid to go in the IT office. Every time I go, I come out with more rules.",
    "distance power",
  ],
  [
    "The way how they check our tablets at the end of the shift, like we are stealing something, it is humiliating.",
    "power feel",
  ],
  [
    "Three times I reported that the card reader is broken. Still broken. The passengers shout on me, not on IT.",
    "conflict feel",
  ],
  ["Security is fine. My problem is the timetable.", ""],
  [
    "For the youth teams we need the parents' consent online, and the IT volunteer made it very simple. Thank you, Milo.",
    "",
  ],
  [
    "They make the rules for the office and then apply them to the buses without thinking.",
    "power blame:sec",
  ],
  [
    "The fake email said 'new shift schedule' and of course we clicked. Their real emails look exactly the same, so how should we know the difference?",
    "comm blame:sec",
  ],
  [
    "I gave my login to the new driver on his first day, because his account was not ready. I know it's forbidden. That's on me.",
    "blame:self conflict",
  ],
  [
    "New accounts take two weeks. So the new drivers use someone else's login. Everybody knows it.",
    "conflict",
  ],
  [
    "The helpdesk woman is very patient. She explained me the app on the phone for twenty minutes.",
    "",
  ],
  [
    "The club's IT is my brother-in-law. Good guy, but he talks down to everyone who isn't a techie.",
    "comm",
  ],
  ["They lecture us every meeting about passwords. We're not children.", "comm power"],
  [
    "We are two people for six hundred drivers. Most of them never met us and don't know we exist.",
    "distance",
  ],
  ["Fine, no problems.", ""],
  [
    "I am angry because the tablet wrote my break as 'idle' and my manager has seen it. Who made it like this?",
    "feel power",
  ],
  ["The ticket revenue reports come from IT every Monday. Always on time.", ""],
  [
    "The drivers are the biggest risk. They plug their phones into the bus USB to charge, and who knows what's on those phones.",
    "blame:emp",
  ],
  [
    "I feel like a nuisance when I call. They are always 'busy with a big project'.",
    "feel conflict",
  ],
  [
    "Security changes come with zero warning. Monday morning the door card doesn't work, and that's how you learn.",
    "comm conflict",
  ],
  [
    "The club switched to the new system and I'm fine with it, the volunteers explained it in person.",
    "",
  ],
  ["Our IT firm answers only in English. Our treasurer is seventy and reads only Dutch.", "comm"],
  [
    "We got a fine after the leak and, to be honest, the IT volunteer warned us twice. We didn't listen.",
    "blame:self",
  ],
  [
    "It feels like they don't trust us for nothing, not even to change the wallpaper.",
    "power feel",
  ],
  [
    "I asked for a simple thing, the timetable on my own phone. They said it's against the policy and didn't tell me why.",
    "comm conflict",
  ],
  [
    "After the ransomware at another bus company, IT came to every depot to talk with us. That was good.",
    "",
  ],
  ["They came to the depots once, after the ransomware. Never again since.", "distance"],
  [
    "I don't disturb them. If the tablet hangs I restart, and if it's still not working I drive without.",
    "distance conflict",
  ],
  [
    "Member data on the coaches' personal laptops, that's our reality, and I'm the one who has to clean it up every season.",
    "blame:emp feel",
  ],
  [
    "The treasurer is the one who got phished, but she still thinks it was the bank's fault.",
    "blame:emp",
  ],
  ["The gym's IT provider is fast and cheap. Good deal.", ""],
  ["Sometimes I think IT sits in their office and invents problems for us.", "blame:sec conflict"],
  [
    "Nobody knows who decided the drivers can't use their own phones for navigation. It just appeared one day in the rules.",
    "power comm",
  ],
  [
    "We wrote the phone rule too fast, without talking to any driver, and that was a mistake on our side.",
    "blame:self",
  ],
  [
    "No big problems. Only, their messages are full of abbreviations, SLA, EOD, KB, who knows what.",
    "comm",
  ],
  [
    "The IT manager once called me 'the one who breaks everything'. It was a joke, I think. I didn't laugh.",
    "feel power",
  ],
  [
    "Drivers are always on the road, so training is hard. We send a short video and many watch it in the break.",
    "",
  ],
  [
    "The phishing video was in perfect German, and my German is so-so. I understood only the end.",
    "comm",
  ],
  ["Our club moved to a new payment system. The bank handled everything.", ""],
  [
    "I had the impression they thought drivers are stupid, but after the depot visits I changed my mind.",
    "",
  ],
  [
    "Password every sixty days, and every time the ticket machine and the tablet get out of sync. Madness.",
    "conflict feel",
  ],
  ["The IT man answers even at night if it's urgent. For us he is a hero.", ""],
  [
    "If they want us to follow their rules, they should come and drive one shift with us. They don't know the job, and we don't know them. I've been here nine years and nobody from IT ever sat in my cabin, not once, not even for the new ticket machine.",
    "conflict distance",
  ],
  ["My cousin works in IT at the bus company. Nice people, he says.", ""],
  [
    "People think drivers and IT don't get along. In our depot it's the opposite. When there's a new system, Sanne from IT rides the first bus with us, sits behind the driver and writes everything down, and the next week it's fixed. I wish every department worked like that.",
    "",
  ],
  [
    "The ticket app crashed on the busiest Saturday of the year, the day of the derby, and IT had pushed the new version on Friday afternoon. Who does that? Three hundred fans without tickets, and we had to let them on for free. They still say it was the phone network.",
    "blame:sec conflict",
  ],
  [
    "Our club's IT volunteer is a retired engineer and he's not condescending at all, he explains everything with patience.",
    "",
  ],
  [
    "The agency's IT says we can't use online machine translation for client texts. Fair enough, it's confidential material.",
    "",
  ],
  [
    "We can't use the online tools, so some translators paste the texts into them from their private laptops. Everybody knows, nobody says.",
    "conflict",
  ],
  [
    "Freelancers forward client files to their Gmail all the time. We send reminders, nothing changes.",
    "blame:emp",
  ],
  [
    "For me is not clear what they want from us freelancers. One month encrypted email, next month a portal, next month again something different.",
    "comm conflict",
  ],
  [
    "I translate from Japanese, I'm not a computer person. When their portal fails I just email the file to the project manager. Sorry, not sorry.",
    "conflict",
  ],
];
