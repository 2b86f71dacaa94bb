import type { RawExample } from "./types.js";

/**
 * Part 3 of batch X: owners, managers and staff of micro and small firms on security and their
 * outside IT provider. Written fresh for Rapport (brief X); imported by voices-x.ts.
 */
export const VOICES_X_3: readonly RawExample[] = [
  [
    "Half of what the IT firm says goes straight over my head, and I'm too proud to ask. My failing, really.",
    "blame:self comm",
  ],
  [
    "I depend on the IT company for absolutely everything because I never bothered learning the basics. I've only myself to blame.",
    "blame:self power",
  ],
  ["Removals firm. I gave our old laptop to a mate without wiping it. Daft of me.", "blame:self"],
  [
    "Cleaning company owner. If our client lists ever leak, it'll be because I emailed them from my personal account.",
    "blame:self",
  ],
  [
    "I feel such a fool. Twenty years running this firm and I can't get my head round two-factor.",
    "blame:self feel",
  ],
  [
    "I know I should take more interest in the IT side, but I just leave it all to them. That's my shortcoming.",
    "blame:self distance",
  ],
  [
    "Plumbing firm. The one time we got scammed, it was me who rang the number in the email.",
    "blame:self",
  ],
  ["Nobody here's careless. If anyone is, it's the boss, and that's me.", "blame:self"],
  [
    "Our managed service provider are a bunch of amateurs. Every fix creates two new faults.",
    "blame:sec",
  ],
  [
    "I've lost all confidence in the IT firm. They've broken the email twice since Easter.",
    "blame:sec feel",
  ],
  [
    "We're tied into a five-year contract with a provider who can't keep the internet running. Nothing I can do about it.",
    "blame:sec power",
  ],
  [
    "They hide behind jargon because they don't actually know what's wrong. Classic IT.",
    "blame:sec comm",
  ],
  [
    "The network was fine until the IT company upgraded it. Since then, nothing but dropouts.",
    "blame:sec",
  ],
  [
    "Frankly the IT firm's more trouble than they're worth, so we've stopped calling them and just manage ourselves.",
    "blame:sec distance",
  ],
  [
    "It's always the same story: something stops working, and it turns out the provider fiddled with a setting.",
    "blame:sec",
  ],
  [
    "I lose patience with the staff. I've told them a hundred times not to open those delivery texts.",
    "blame:emp feel",
  ],
  [
    "The sales team treat security as optional. To them it just slows deals down, so they find ways round it.",
    "blame:emp conflict",
  ],
  [
    "The IT firm talk to me like a child and then tell me what I'm buying. It doesn't feel like my business any more.",
    "power comm",
  ],
  ["I avoid ringing them if I possibly can. They make me feel like a nuisance.", "distance feel"],
  [
    "The insurer's new rules mean my bookkeeper can't work from home any more. Nobody asked us, we were just told.",
    "conflict power",
  ],
  [
    "Their security warnings are so dramatic that my office manager was nearly in tears last week.",
    "comm feel",
  ],
  [
    "Staff are terrified of owning up to a mistake in case the IT firm reports them to me.",
    "feel power",
  ],
  [
    "We've had the same IT company for years and I still haven't met a human being from there. Just automated emails.",
    "distance comm",
  ],
  [
    "The shared mailbox locks every few days for security reasons. My patience is wearing very thin.",
    "conflict feel",
  ],
  [
    "Decisions about our IT get made at the provider's offices. We're not in the room and don't really know what's been agreed.",
    "power distance",
  ],
  [
    "Anyone caught sharing a password here gets a disciplinary. Staff need to learn.",
    "blame:emp power",
  ],
  [
    "They sent a new acceptable use policy on a Friday afternoon with no discussion. Half of it contradicts how we actually work.",
    "conflict comm",
  ],
  ["I resent paying that much for a company that can't fix a shared calendar.", "blame:sec feel"],
  [
    "I'm rubbish with the new system. Whenever the bookings go wrong, it's because I've pressed the wrong thing.",
    "blame:self",
  ],
  [
    "I'm always the one who breaks something. The IT company must groan when they see my name on a ticket.",
    "blame:self feel",
  ],
  [
    "Hairdresser. I left the salon booking system logged in on a shared tablet for months. Careless of me.",
    "blame:self",
  ],
  // No indicator: negated or contrasted statements, neutral descriptions, praise
  ["Our IT man never uses jargon with me. If he slips, he stops and explains.", ""],
  ["I'm not scared of the IT company at all. They're more like friends at this point.", ""],
  [
    "I used to think I was hopeless with computers. Turns out the system was just badly set up.",
    "",
  ],
  [
    "Blame? No. When I clicked a dodgy link, the provider just helped me sort it and we moved on.",
    "",
  ],
  ["Some owners call their staff the weakest link. I've never found that with my lot.", ""],
  [
    "The provider isn't useless, whatever the grumblers in the office say. They've fixed everything I've reported.",
    "",
  ],
  ["I don't feel talked down to by them. Quite the opposite.", ""],
  ["Frustrated? Not really. Tickets get answered quicker than I expect.", ""],
  ["Nobody here gets punished for reporting a mistake. We'd much rather know.", ""],
  [
    "It's not the staff's fault when things go wrong, and it's not IT's fault either. Usually it's just bad luck.",
    "",
  ],
  ["The IT company don't lecture us. They ask how we work and fit around it.", ""],
  ["I was worried sick about the audit, but the provider prepared us so well it was a breeze.", ""],
  [
    "We're not at their mercy. All the passwords are in our own safe and we could switch providers tomorrow.",
    "",
  ],
  ["Never had a problem reaching them. They pick up on the second ring.", ""],
  ["People assume small firms get ignored by their IT company. That's not been my experience.", ""],
  ["I wouldn't say the rules get in the way. They're mostly common sense.", ""],
  ["Honestly, no friction at all between the office and the IT firm.", ""],
  ["I used to avoid calling them out of embarrassment, but now I ring without thinking twice.", ""],
  ["Our IT contractor doesn't do the IT speak. Plain words every time.", ""],
  ["The policy isn't a problem for us. We helped write it.", ""],
  ["I don't think staff are careless. They're busy, and the systems should allow for that.", ""],
  [
    "My team aren't daft about security; they just needed someone to show them, and the provider did.",
    "",
  ],
  ["I'm not anxious about it any more. Since the new backups went in, I sleep fine.", ""],
  [
    "The IT firm never makes anyone feel stupid. Even our oldest partner is comfortable ringing them.",
    "",
  ],
  ["They never just impose things. Every change gets discussed with me first.", ""],
  [
    "The insurer's rules sounded frightening at first, but they turned out to be perfectly reasonable.",
    "",
  ],
  [
    "I assumed it was my fault when the email got hacked. The provider showed me it was a leak at another company.",
    "",
  ],
  ["Our IT guy isn't arrogant in the slightest. Happy to be corrected by the receptionist.", ""],
  ["We're not kept in the dark. The provider sends a one-page summary that even I can follow.", ""],
  ["There's a myth that IT people look down on users. Ours definitely don't.", ""],
  ["Never felt watched or policed by the IT company. They trust us.", ""],
  ["Relying on one provider worried me once. Now everything's documented, so not any more.", ""],
  ["The IT company handles our backups, the firewall and the email accounts.", ""],
  [
    "We have twelve laptops, two printers and a server in the cupboard. A local firm maintains them.",
    "",
  ],
  ["Our contract covers remote support during office hours and one site visit a month.", ""],
  ["The insurer asked whether we use multi-factor authentication, so we set it up in March.", ""],
  ["Passwords are kept in a password manager that the provider set up for us.", ""],
  [
    "My nephew installed the network a few years back and a managed service company took over last year.",
    "",
  ],
  ["The client requires annual security training, which we do online each January.", ""],
  ["The dental software is hosted by the supplier and backed up overnight.", ""],
  ["I'm the office manager, so I'm the one who logs tickets with the IT company.", ""],
  ["The IT firm sends a monthly report listing patches and backup results.", ""],
  ["Our school has a technician three days a week and a support contract for the rest.", ""],
  [
    "The hotel runs a cloud booking system; the IT partner looks after the wifi and the key card machines.",
    "",
  ],
  ["Staff get a short security briefing on their first day, usually from me.", ""],
  ["We renewed our Cyber Essentials certificate in June.", ""],
  ["Logging into our accountant's portal needs a code from an app on my phone.", ""],
  ["We use a freelance consultant for projects and a helpdesk firm for day-to-day issues.", ""],
  ["The charity's data sits in a donated cloud account that a volunteer administers.", ""],
  ["Best decision we made was switching to this IT firm. Clear, friendly and quick.", ""],
  ["They explained ransomware to my team over pizza. Everyone left understanding it.", ""],
  ["Good value, honestly. I know what I pay and I know what I get.", ""],
  [
    "Our IT contractor asked the staff what annoyed them about the systems and fixed most of it.",
    "",
  ],
  ["I feel we're in safe hands with them.", ""],
  [
    "The managed service company made a little guide with screenshots for new starters. Brilliant.",
    "",
  ],
  ["The provider's security tips are short, friendly and actually useful.", ""],
  ["The staff actually look forward to the IT company's visits. Biscuits and good advice.", ""],
];
