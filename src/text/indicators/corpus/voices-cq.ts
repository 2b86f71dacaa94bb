import type { RawExample } from "./types.js";
import { VOICES_CQ_2 } from "./voices-cq-2.js";
import { VOICES_CQ_3 } from "./voices-cq-3.js";
import { VOICES_CQ_4 } from "./voices-cq-4.js";

/** Staff of small creative, media, marketing and PR agencies on their IT and security. Written fresh for Rapport (brief CQ). */
const FIRST_PART: readonly RawExample[] = [
  [
    "Our IT is a bloke called Dave who comes in on Thursdays. If your Mac dies on a Monday, tough.",
    "conflict distance",
  ],
  [
    "WeTransfer got blocked overnight and nobody told us. Had a client waiting on 30GB of rushes.",
    "conflict comm",
  ],
  ["Honestly the new shared drive setup is great, clients get a link and it just works.", ""],
  ["I'm the one who always forgets to switch the VPN on, my fault really.", "blame:self"],
  [
    "the freelancers share one login for the asset library because getting them their own accounts takes three weeks",
    "conflict",
  ],
  [
    "Our IT supplier talks to us like we're children. 'Have you tried turning it off' when I've already said I did.",
    "comm power",
  ],
  ["I dread raising a ticket, they always find a way to make it my fault.", "feel power"],
  [
    "Designers will install any random font they find online, it's a nightmare for whoever manages the machines.",
    "blame:emp",
  ],
  [
    "The IT guy is a PC person through and through and openly sneers at the Macs.",
    "power conflict",
  ],
  ["No complaints, Priya sorts things fast and explains it in normal words.", ""],
  [
    "Client's Instagram 2FA still goes to the old account manager's phone and she left in March. Nobody in IT thinks that's their problem.",
    "distance",
  ],
  ["We send everything through the approved portal, it's a bit clunky but fine.", ""],
  ["I just use my personal Dropbox now. Asking IT is pointless.", "conflict distance blame:sec"],
  ["Honestly I'm terrified of clicking the wrong thing and taking down the whole server.", "feel"],
  [
    "They locked down Chrome extensions but asked the studio first which ones we actually use. Fair.",
    "",
  ],
  ["nobody from IT has ever actually been in our office", "distance"],
  ["The MSP emails are all acronyms. MDM, EDR, SSO. I just delete them.", "comm distance"],
  [
    "Fair play to our IT lady, she set up all the freelancers on guest accounts in one afternoon.",
    "",
  ],
  ["Security training is fine I guess. Bit long.", ""],
  ["Copywriters are the worst for reusing passwords, I've seen the sticky notes.", "blame:emp"],
  [
    "Got a snotty email for plugging in a client's USB stick. Fair enough on the rule, but the tone...",
    "comm feel",
  ],
  ["When the render drive filled up IT had extra storage mounted by the afternoon.", ""],
  [
    "Can't use Figma plugins, can't install Canva, can't use ChatGPT. What exactly are we supposed to design with?",
    "conflict blame:sec feel",
  ],
  [
    "I probably caused the last phishing scare, I clicked a fake invoice from a 'client'.",
    "blame:self",
  ],
  ["Our outsourced IT is responsive and actually understands that we work to deadlines.", ""],
  ["We only hear from IT when someone's done something wrong.", "comm"],
  [
    "It's embarrassing telling a client we can't open their link because our firewall blocks Google Drive.",
    "feel conflict",
  ],
  ["The IT supplier decides what software we're allowed, we just get told.", "power comm"],
  ["account managers give the social passwords to interns on WhatsApp, honestly", "blame:emp"],
  ["Macs are supported properly now. Took a couple of years but it's sorted.", ""],
  ["I used to feel like I was bothering him, but he's made it clear he'd rather we ask.", ""],
  ["Freelancer access gets switched off the day the job ends, IT are on it.", ""],
  ["He fixed my laptop in ten minutes and showed me how to avoid it next time. Top bloke.", ""],
  [
    "The MFA on the client's Facebook page means I can't post at weekends unless I ring the MD for the code.",
    "conflict power",
  ],
  ["I am hopeless with tech, they must dread my tickets.", "blame:self"],
  ["We're creative people, we'll always find a way round a block. That's the job.", "conflict"],
  ["IT treats us as the problem. Every memo starts with 'some staff have been...'", "comm power"],
  ["Totally get why they blocked personal email on the work laptops.", ""],
  [
    "Big video files are the bane of my life. Upload limit on the portal is 2GB and our edits are 40.",
    "conflict feel",
  ],
  ["There's no actual person. It's a ticket system and a bot.", "distance comm"],
  ["i just ask the younger designers, they know more than IT anyway", "distance blame:sec"],
  [
    "Our IT contractor is lovely and drops in every other week even when nothing's broken, has a coffee, asks what's coming up for us, and sorts the little niggles before they turn into big ones. Wouldn't swap him.",
    "",
  ],
  ["Password manager rollout was explained really clearly, even I got it.", ""],
  [
    "Half the team will click anything that says 'brief' or 'urgent' in the subject line.",
    "blame:emp",
  ],
  ["I'm scared to admit I lost the client's hard drive on the train.", "feel blame:self"],
  [
    "They insist on Teams for client calls even though every one of our clients uses Zoom. Makes us look amateur.",
    "conflict feel",
  ],
  [
    "If I ask for admin rights to install a plugin I get a lecture about 'least privilege'. I just want to finish the job.",
    "conflict comm",
  ],
  [
    "The accounts team has full access to client Twitter and nobody ever checks who has what. Not really anyone's job, apparently.",
    "distance",
  ],
  ["I work fine with them, no issues.", ""],
  ["Whoever set up the NAS clearly never had to actually find anything on it.", "blame:sec"],
  [
    "honestly the IT guy is the MD's mate and can do no wrong, so no point complaining",
    "power distance",
  ],
  ["Never feel daft ringing the helpdesk, they've heard it all before.", ""],
  [
    "The supplier's quarterly call is useful, they go through what's changed and ask what we need.",
    "",
  ],
  [
    "Freelancers end up emailing files to their Gmail to work from home because they can't get on the VPN.",
    "conflict",
  ],
  ["I don't think they'd ever make us feel like a bother, even on busy days.", ""],
  ["I'm no security expert and I know I'm sloppy with passwords. Guilty.", "blame:self"],
  [
    "The new client file sharing policy came as a PDF attached to an all-staff email at 6pm on a Friday, effective Monday. No discussion, no training, no chance to say it doesn't work for video.",
    "comm power",
  ],
  ["Got told off in front of the whole studio for using AirDrop. Mortified.", "feel power"],
  ["Nothing to add, it works.", ""],
  [
    "IT set up a dedicated phone for the social team so we're not logging into client accounts on our own, and they labelled every account in the password vault by brand. Took them an afternoon and it's saved us hours. Good call.",
    "",
  ],
  [
    "i'm the one who tethers to my phone when the office uploads fail, which is basically every time we deliver a final cut to the broadcaster at 4pm. i know, bad me, but the alternative is missing the slot",
    "conflict blame:self",
  ],
  [
    "Asking for a shared folder for a new client is like applying for a mortgage.",
    "conflict blame:sec",
  ],
  ["They speak to us like we're a liability, not colleagues.", "power comm"],
  ["Account execs don't lock their screens, ever. Someone's going to get burned.", "blame:emp"],
  [
    "my laptop is from 2017 and IT says it's 'within spec'. it takes four minutes to open photoshop",
    "conflict blame:sec",
  ],
  ["I don't bother raising tickets for small stuff, I google it and fix it myself.", "distance"],
  ["Frankly the security rules are there to protect the supplier, not us.", "blame:sec"],
  [
    "I've had three different answers from three different techs about whether we can use Slack with clients.",
    "comm conflict",
  ],
  [
    "Our IT person always asks how the studio's doing before getting into the problem. Nice touch.",
    "",
  ],
  [
    "Clients keep sending huge files through links our system blocks, so I open them on my phone. Probably shouldn't.",
    "conflict blame:self",
  ],
  ["Used to worry about old freelancers still having access, but IT audit it every month now.", ""],
  [
    "The helpdesk closes tickets without fixing anything. 'Resolved' my foot.",
    "blame:sec conflict",
  ],
  ["I never know who to contact, is it the supplier, the office manager or Tom?", "distance comm"],
  [
    "They decided to wipe every Mac over the bank holiday. My fonts, my presets, gone. Nobody asked.",
    "power conflict feel",
  ],
  [
    "Users here are the weakest link, they'd hand their password to anyone who sounded like a client.",
    "blame:emp",
  ],
  ["They explain things properly without making you feel thick.", ""],
  ["Our IT lead does a 'tech coffee' on Wednesdays, which is genuinely useful.", ""],
  ["I'm always the one who ends up locked out. Pretty sure it's me, not the system.", "blame:self"],
  ["The supplier only turns up when the invoice is due.", "distance blame:sec"],
  [
    "Frustrating that I have to beg for access to the brand folder of a client I'm literally working on.",
    "feel power conflict",
  ],
  [
    "Interns get view-only access to the social scheduler until they've done the training. Makes sense.",
    "",
  ],
  ["Me and the IT guy get on fine, we go for a pint sometimes.", ""],
  ["Every email from IT is 'URGENT ACTION REQUIRED'. I've stopped reading them.", "comm distance"],
  ["They blocked the stock photo site by mistake, but it was back within the hour.", ""],
  [
    "I used to feel like a kid asking permission for every trial install, now there's a self-service app store.",
    "",
  ],
  ["I'm not techy and I always worry I'll break something important.", "feel blame:self"],
  ["Honestly the IT team are more of a hindrance than a help.", "blame:sec"],
  [
    "We had a bad breach two years ago, since then they've been brilliant at keeping us in the loop.",
    "",
  ],
  ["The designers and IT just don't speak the same language. Literally.", "comm conflict"],
  ["Freelancers sign an NDA and get a guest login, simple as that.", ""],
  [
    "One of the directors posted from the client's account by accident and IT got it in the neck. Unfair on them really.",
    "blame:emp",
  ],
  ["the mac support is basically 'have you tried restarting'", "blame:sec"],
  ["IT sit in on studio meetings now and again, so they know what we actually do.", ""],
  ["I'd rather struggle for an hour than phone the helpdesk.", "distance"],
  [
    "Our supplier assumes we're all on Windows and sends instructions we can't use.",
    "comm blame:sec",
  ],
  [
    "I know I should use the secure share but I always end up on WeTransfer out of habit.",
    "blame:self",
  ],
  ["They're quick, polite and they don't judge. Can't ask for more.", ""],
  ["Security keeps being used as an excuse to say no to anything new.", "conflict blame:sec"],
  ["Client social passwords all live in the password vault now, which is a relief.", ""],
  [
    "The new business team bring their own laptops and plug them in anywhere. IT can't keep up with them.",
    "blame:emp",
  ],
  [
    "If the server goes down out of hours there's an emergency number and someone actually picks up.",
    "",
  ],
  [
    "I've never once had a conversation with anyone from our IT company. Just emails.",
    "distance comm",
  ],
  ["IT are nice enough but they do talk in riddles.", "comm"],
  ["i reset my own password so often the system probably hates me lol", "blame:self"],
  ["The MD signs off whatever IT wants, we don't get a say.", "power"],
  [
    "Deadlines don't wait for a ticket queue, and our supplier has never grasped that.",
    "conflict blame:sec",
  ],
  ["I was made to feel like a criminal for forwarding a brief to my personal email.", "feel power"],
  ["Everything's smooth since we moved to cloud storage, clients love the preview links.", ""],
  ["Annoying having to do 2FA for every single login, but I get why.", ""],
  ["There's no us-and-them here, the tech side sit with the studio.", ""],
  ["They never explain why something's blocked, just 'policy'.", "comm power"],
  [
    "Most breaches here would come from account managers, not hackers. They're careless.",
    "blame:emp",
  ],
  ["I kept quiet about clicking a dodgy link because I didn't want the grief.", "feel distance"],
  ["Our IT company once took four days to reset a password. Four days.", "blame:sec"],
  [
    "Nothing against IT personally, they're just never there when you need them.",
    "conflict distance",
  ],
  ["I'm pretty sure the leaked draft was my fault, I sent it to the wrong 'Sarah'.", "blame:self"],
  [
    "The freelance editor had to use my login for a week because IT hadn't set his up. Felt wrong but what do you do.",
    "conflict",
  ],
  [
    "IT get to say no and walk away, we're the ones explaining to the client why it's late.",
    "power conflict",
  ],
  ["Folk in the creative team think security is someone else's job. It's everyone's.", "blame:emp"],
  ["Our IT guy's patient with me even when I ask the same thing twice.", ""],
  [
    "I know they monitor the laptops but they've been upfront about what and why, which I respect.",
    "",
  ],
  [
    "Never got a reply about sharing footage with the broadcaster, so I just used my own account.",
    "conflict distance",
  ],
  ["Not a tech person. My bad for most of the tickets, honestly.", "blame:self"],
];

export const VOICES_CQ: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_CQ_2,
  ...VOICES_CQ_3,
  ...VOICES_CQ_4,
];
