import type { RawExample } from "./types.js";

/** Part 3 of batch FP (see voices-fp.ts). */
export const VOICES_FP_3: readonly RawExample[] = [
  [
    "I reckon our IT support would rather we didn't exist, we're just ticket numbers to them.",
    "distance",
  ],
  [
    "It was frustrating when the system first went live but the teething problems were sorted within a month.",
    "",
  ],
  ["We do a fire drill and a cyber drill each year now.", ""],
  ["If I'm honest the IT team are a bit distant, we never see them in the building.", "distance"],
  [
    "Security is just a pain, it slows everything down and I dont see the point half the time",
    "conflict feel",
  ],
  ["They always explain things in plain English, which I appreciate.", ""],
  ["I've never felt talked down to by the IT team.", ""],
  ["I report suspicious emails using the button in Outlook.", ""],
  ["It's all fine really.", ""],
  ["We changed all our passwords in January when we moved to the new system.", ""],
  [
    "We have to ask the council's IT department permission to install even a PDF reader. Feels like being a teenager asking to borrow the car.",
    "power",
  ],
  ["Our head of IT writes a blog on the intranet, it's quite readable actually.", ""],
  ["The new rules came in overnight with no explanation whatsoever.", "comm"],
  [
    "The phishing test they sent out was a trick and then they named the people who'd clicked it in a staff meeting. Humiliating.",
    "feel power",
  ],
  ["The teachers I work with are pretty sensible about data, to be fair.", ""],
  [
    "The security measures are there to protect the council, not us. We're the ones who get disciplined if anything goes wrong.",
    "power",
  ],
  ["If I have a problem I ring the number and someone picks up.", ""],
  ["I can't think of anything negative to say, honestly.", ""],
  [
    "It's not like the old days when you'd wait a week for a callback, it's all sorted same day now.",
    "",
  ],
  ["Our school uses Google Workspace and the accounts are managed by the trust.", ""],
  ["I can't say they're distant, I chatted to two of them at the Christmas do.", ""],
  ["I'm frustrated, disappointed and tired of being told off by a pop-up.", "feel"],
  ["Honestly, they couldn't be more helpful.", ""],
  ["Never had any issues with the IT side of things, touch wood.", ""],
  ["Users are always the weakest link, no matter how much training you give them.", "blame:emp"],
  ["The surgery uses a separate network for the patient wifi.", ""],
  [
    "Our practice manager and the IT firm argue constantly about who is responsible for the backups and nobody actually knows.",
    "conflict",
  ],
  ["We get a short security tip in the weekly bulletin.", ""],
  ["Security gets discussed at our monthly team meeting as a standing item.", ""],
  ["Ours is a small accountancy practice, we outsource IT to a local firm.", ""],
  [
    "Why do they need to check every attachment I send to a solicitor? It feels like they don't trust us.",
    "power",
  ],
  [
    "There was a bit of grumbling about the new ID badges at first but everyone's used to them now.",
    "",
  ],
  [
    "They're friendly enough when you see them, but the only emails we ever get are about something that's gone wrong.",
    "comm",
  ],
  ["They explained why we can't use USB sticks and it made sense once they'd said it.", ""],
  ["I dread the annual security quiz, I always feel like I'm failing an exam.", "feel"],
  [
    "Our teachers reuse the same password for everything, I see them written on post-its in the staff room all the time.",
    "blame:emp",
  ],
  [
    "I wouldn't call it a conflict, although I do end up working around the email size limit most weeks.",
    "conflict",
  ],
  ["The laptop encryption was set up before I joined.", ""],
  ["Honestly it's all very straightforward here.", ""],
  ["Whoever set up the new wifi did a tidy job, it's much quicker.", ""],
  [
    "Some of the older volunteers just don't take it seriously, they'd hand their password to anyone who asked nicely.",
    "blame:emp",
  ],
  [
    "A couple of colleagues find the rules a pain but that's their old gripe, I get on fine with it all.",
    "",
  ],
  ["The bookkeeping software logs you out after half an hour, which is sensible.", ""],
  ["Our data is backed up every night to an offsite server.", ""],
  [
    "It used to be a nightmare getting hold of anyone, but since we switched provider last year it's been fine.",
    "",
  ],
  ["We have two-factor authentication on the practice management software.", ""],
  [
    "I'm sure it's my fault, I'm just not very good with computers and I keep getting locked out.",
    "blame:self",
  ],
  ["I was nervous about the new system at first, but the training put my mind at rest.", ""],
  ["i work part time on reception, mostly mornings, and use the appointments system and email", ""],
  ["It's me really, I never remember which of the three logins is for which system.", "blame:self"],
  ["The partners take security seriously and so do the rest of us.", ""],
  [
    "It's frustrating when IT say something can't be done for 'security reasons' and won't say what the reasons are.",
    "feel comm power",
  ],
  ["I've never been made to feel stupid for asking a question.", ""],
  ["We moved to cloud storage over the summer holidays.", ""],
  [
    "Staff here will click on absolutely anything if it says 'invoice' in the subject line.",
    "blame:emp",
  ],
  [
    "Sometimes I get annoyed because we're told to be careful but we're never given the tools to be careful with.",
    "feel conflict",
  ],
  ["Some people think the rules are over the top, personally I think they're about right.", ""],
  [
    "The only communication we get is a monthly newsletter full of warnings. Never a friendly word.",
    "comm",
  ],
  ["They asked for our feedback before rolling out Teams, which was nice.", ""],
  [
    "Our partners have no idea what the IT firm actually does, and the IT firm have no idea what a conveyancing team needs.",
    "conflict distance",
  ],
  [
    "They send these training modules with no context and a deadline, then chase you like you're in trouble.",
    "comm power",
  ],
  [
    "The helpdesk ticket system is a joke, tickets get closed without anyone even looking at the problem.",
    "blame:sec conflict",
  ],
  [
    "I get a knot in my stomach whenever an email from the security team lands in my inbox.",
    "feel",
  ],
  ["There is no one I could name if you asked me who looks after our security.", "distance"],
  ["I'd happily go to them with a question, they're easy to talk to.", ""],
  [
    "We have to justify ourselves to IT for every little thing, and they never have to justify anything to us.",
    "power",
  ],
  ["I know I should lock my screen but I always forget, that's on me.", "blame:self"],
  ["The audit last spring went smoothly.", ""],
  ["Caseworkers have smartphones with the work apps installed by IT.", ""],
  [
    "Volunteers at our charity shop constantly ignore the rules about the card machine, it drives me up the wall.",
    "blame:emp feel",
  ],
  ["Honestly the only time I hear from IT is when I've done something wrong.", "comm"],
  ["I use the VPN when I work from home on Fridays.", ""],
  [
    "Sorry, I'm probably the wrong person to ask, I'm the one who always gets caught out by the test phishing emails.",
    "blame:self",
  ],
  [
    "They're not rude exactly, but they do talk to you like you should already know everything.",
    "comm",
  ],
  [
    "The emails from security are written by lawyers for lawyers, and I say that as someone who works in a law firm.",
    "comm",
  ],
  ["The training on phishing was short and actually quite useful.", ""],
  ["Our IT contractor visits every Tuesday morning and we can grab him with any questions.", ""],
  [
    "The jargon in the incident report was so dense that our head teacher asked me to translate it, and I'm the bursar.",
    "comm",
  ],
];
