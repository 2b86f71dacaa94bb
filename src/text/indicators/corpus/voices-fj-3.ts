import type { RawExample } from "./types.js";

/** Part 3 of batch FJ (see voices-fj.ts). */
export const VOICES_FJ_3: readonly RawExample[] = [
  ["I'm knackered. Just knackered.", "feel"],
  ["Line managers get a one-page summary of each incident, written in plain English.", ""],
  [
    "One of my technicians lectures people when they call. I've had words with him.",
    "comm blame:self",
  ],
  [
    "Why do people think 'URGENT' in a subject line means they must act right now?? every time",
    "blame:emp feel",
  ],
  [
    "Nobody reads the policies. I don't blame them, they're thirty pages of legalese I inherited.",
    "comm",
  ],
  ["One laptop per person, BitLocker on, recovery keys stored in Entra.", ""],
  [
    "Our chair used to see security as an IT cost line; now it's a standing item on the board agenda.",
    "",
  ],
  [
    "Directors exempt themselves from MFA. Staff notice, and then ask why they should bother.",
    "power conflict",
  ],
  [
    "perhaps I'm a little bit resentful about being left out of the office move planning",
    "feel power",
  ],
  ["The care home staff use shared tablets, so we've set them to lock after two minutes.", ""],
  ["When I say no, they go to the owner, and the owner says yes.", "power conflict"],
  [
    "The sales director told his team to ignore my 'nonsense' about MFA, in front of everyone.",
    "power conflict feel",
  ],
  ["Monthly newsletter, five bullet points, open rate around 70%.", ""],
  ["Honestly, I'm the bottleneck. Everything waits for me.", "blame:self"],
  ["Conditional access went live for all remote staff in January.", ""],
  [
    "We made the password policy so painful that people started reusing. Our fault, not theirs.",
    "blame:self conflict",
  ],
  ["Passwords on post-its under the keyboard. In 2024.", "blame:emp"],
  ["Printer tickets: forty percent of all calls. Every IT person's fate.", ""],
  ["If I push too hard, they just stop telling me things.", "distance"],
  [
    "I always feel stupid asking our IT provider anything, you can hear the sigh down the phone. I manage a vet practice, I'm not meant to know this stuff.",
    "feel comm",
  ],
  ["ISO 27001 certified since 2022, surveillance audit is in October.", ""],
  [
    "The consultants we brought in talked over everyone's heads for two days and then left.",
    "comm",
  ],
  [
    "Security teams in general are their own worst enemy: too much policing, not enough helping.",
    "blame:sec",
  ],
  ["Our MSP? Useless, the lot of them.", "blame:sec"],
  ["We don't name individuals in incident reports; it's about the process, not the person.", ""],
  ["Our response target is four working hours and we hit it about 95% of the time.", ""],
  [
    "The developers think compliance is a box-ticking exercise and, frankly, sometimes they're right.",
    "conflict blame:self",
  ],
  ["Honestly? Lovely bunch. Occasionally chaotic, but lovely.", ""],
  [
    "Line managers don't back me up, they just forward my emails to their teams with 'FYI'.",
    "power",
  ],
  [
    "We wrote an incident plan and never told the staff it existed. That's a miss on our side.",
    "comm blame:self",
  ],
  [
    "The guys in the joinery workshop don't have email, so notices go on the board by the kettle.",
    "",
  ],
  ["Sometimes jargon creeps in, so I catch myself and rephrase.", ""],
  [
    "The weakest link in our setup was an ancient NAS in the stationery cupboard; replaced it in March.",
    "",
  ],
  ["Kitchen staff barely use email, so urgent notices go out as a WhatsApp broadcast.", ""],
  ["Directors sign off the risk register twice a year.", ""],
  ["Our people don't lack brains, they lack time, and the rushing is what we design around.", ""],
  ["No complaints really.", ""],
  ["A good chunk of my job is just listening to what people actually need.", ""],
  ["Budget for next year got approved without any argument, which was a nice surprise.", ""],
  [
    "Our MSP's change window is Thursday night, which is exactly when the bakery runs its big wholesale orders.",
    "conflict",
  ],
  ["I get cc'd on everything and consulted on nothing.", "comm power"],
  ["Monthly call with our IT provider, which I join as MD: forty minutes, fairly painless.", ""],
  ["Security awareness is in everyone's annual objectives, weighted lightly.", ""],
  ["The drivers found the new app login easier than the old PIN system.", ""],
  ["Budget's tight like everywhere, but we got the EDR licences we asked for.", ""],
  ["Bit embarrassed to admit the whole thing started with my own laptop.", "blame:self feel"],
  ["I hot-desk with customer service on Wednesdays, just to be around and easy to grab.", ""],
  ["We log incidents in Freshservice and review them on Friday mornings.", ""],
  [
    "MSP patched the file server mid-afternoon on payroll day. Brilliant work, lads.",
    "blame:sec conflict",
  ],
  ["Got a handwritten thank-you card from accounts after the payroll restore.", ""],
  ["Half the staff couldn't tell you who I am.", "distance"],
  [
    "The IT lot say no to everything and then act surprised when people use their own phones.",
    "blame:sec conflict",
  ],
  [
    "I've written the same business case for offsite backup three years running, updated costs, a worked example of what a week of downtime would cost, and every time the partners nod, call it very thorough, and spend the money on the website instead.",
    "power feel",
  ],
  ["I guess people could be a touch more careful with attachments.", "blame:emp"],
  [
    "Onboarding includes a twenty-minute chat with me about passwords and the authenticator app.",
    "",
  ],
  ["People used to hide mistakes. Now they tell me straight away, which is all I ever wanted.", ""],
  ["no-one ever says thank you, you only hear about IT when it breaks", "feel comm"],
  ["Most of our incidents start with someone in accounts clicking without thinking.", "blame:emp"],
  [
    "Director here. Honest answer: we don't really know what the provider does for us, we just pay the invoice.",
    "power distance",
  ],
  [
    "honestly the reporting culture here is great, people forward anything dodgy within minutes",
    "",
  ],
];
