import type { RawExample } from "./types.js";
import { VOICES_AN_2 } from "./voices-an-2.js";
import { VOICES_AN_3 } from "./voices-an-3.js";
import { VOICES_AN_4 } from "./voices-an-4.js";

/** An analyst's interview notes and paraphrases from small firms in many sectors. Written fresh for Rapport (brief AN). */
const FIRST_PART: readonly RawExample[] = [
  [
    "P4 (stockroom lead): reckons the IT contractor is only ever seen on the day something's already broken.",
    "comm distance",
  ],
  ['Owner (gastropub): "our IT guy is brilliant, he\'ll answer a text at midnight".', ""],
  [
    "Office manager (surveying firm) doesn't feel able to question anything the IT consultant decides.",
    "power",
  ],
  ["P1 (clothing retailer): describes the helpdesk as 'fine, quick, friendly, no drama'.", ""],
  [
    "Bar manager says she gave up raising faults with the EPOS support line months ago.",
    "distance",
  ],
  [
    "Head chef complains the kitchen screen demands a new password 'in the middle of Saturday service'.",
    "conflict",
  ],
  [
    "Dental receptionist is anxious she'll be pulled into the office if she opens the wrong attachment again.",
    "feel power",
  ],
  [
    "Practice manager, paraphrased: the IT contractor speaks in three-letter abbreviations and she just nods along.",
    "comm",
  ],
  [
    "Deputy head says the network manager turns up to staff briefings and explains changes plainly.",
    "",
  ],
  [
    "Security lead (14-person startup) describes the sales team as 'a breach with a commission plan'.",
    "blame:emp",
  ],
  [
    "CTO says engineers quietly switch off the VPN because it makes deployments crawl.",
    "conflict distance",
  ],
  [
    "Charity volunteer coordinator was mortified when the tech volunteer explained two-factor login 'like I was in reception class'.",
    "feel comm power",
  ],
  ["Sole-trader plumber: 'my nephew sorts the laptop, never had an issue'.", ""],
  [
    "Admin at electrical contractor: IT warnings arrive in capital letters with no reason given.",
    "comm",
  ],
  [
    "Area manager (retail) thinks the security policy was 'dreamt up by someone who's never stood behind a counter'.",
    "conflict",
  ],
  [
    "Teaching assistant holds herself responsible for the virus scare: 'it came off my memory stick'.",
    "blame:self",
  ],
  ["Front desk (small hotel): the IT company is 'always polite and usually quick'.", ""],
  [
    "P2 (charity): the IT provider never contacts them except to send the annual renewal invoice.",
    "comm distance",
  ],
  ["Clinic manager: IT staff 'aren't the problem, the software is'.", ""],
  [
    "Startup engineer: the security contractor 'sounds like a compliance robot', no one can follow him.",
    "comm",
  ],
  ["Owner (florist) says the IT freelancer 'knows everything and tells me nothing'.", "comm power"],
  [
    "Note: P7 (care home) clearly uneasy, said she is 'scared of doing something wrong' on the system.",
    "feel",
  ],
  ["Warehouse operative: doesn't use a computer, just the handheld; nothing to say about IT.", ""],
  [
    "Restaurant owner blames the IT firm for the outage: 'they pushed an update on a Friday night'.",
    "blame:sec",
  ],
  ["School office: 'the technician is a sweetheart, can't do enough for you'.", ""],
  ["P9 (plasterer's firm): the owner's daughter handles IT, and 'she's patient with Dad'.", ""],
  [
    "Physio clinic owner says staff work around the shared drive rules by emailing files to themselves.",
    "distance conflict",
  ],
  ["Developer: security review comments are 'just links to standards, no explanation'.", "comm"],
  [
    "Bakery manager felt belittled when the IT contractor asked 'have you tried turning it on?' in front of staff.",
    "feel comm power",
  ],
  [
    "Security consultant (clinics): 'practice staff are the reason half my incidents happen'.",
    "blame:emp",
  ],
  [
    "Charity director: IT trustee 'decides, then tells the board, never the other way round'.",
    "power",
  ],
  ["Primary head: 'our IT partner is honest about what they can't do, which I respect'.", ""],
  [
    "Nurse: the system locks her out after two minutes idle, 'with a patient sat in front of me'.",
    "conflict",
  ],
  [
    "Accounts clerk (building firm) says she's 'the dunce of the office' when it comes to IT.",
    "blame:self",
  ],
  ["P5 (startup): security person 'is sound, just swamped, replies in a day or two'.", ""],
  [
    "Salon owner resents being made to pay for 'security extras' she never asked for.",
    "feel power",
  ],
  ["Note: P3 (school) used the phrase 'the IT police' three times.", "power"],
  ["Clinic receptionist: IT emails are 'wall-to-wall acronyms', she skims and hopes.", "comm"],
  ["Startup founder: 'my security lead and my CTO can't be in a room together'.", "conflict"],
  ["Care assistant feels like a 'nuisance' whenever she rings the helpline.", "feel"],
  ["P10 (boutique): the card machine company is 'great, honestly, very patient'.", ""],
  [
    "Teacher: the network manager 'shouts about passwords in assembly like we're the kids'.",
    "comm power",
  ],
  [
    "Fundraising officer: the data team and IT 'blame each other, we're stuck in the middle'.",
    "conflict feel",
  ],
  [
    "Owner (café chain, 4 sites): relies completely on one contractor and 'can't tell if he's any good'.",
    "power",
  ],
  ["Interviewee (garage) was proud that the IT lad 'taught me to spot dodgy emails myself'.", ""],
  ["School IT manager says teachers 'think I'm there to carry projectors about'.", "power feel"],
  ["Dental practice: the IT support is 'a ticket system and a prayer'.", "comm"],
  ["Hospitality group HR lead: IT are 'brilliant at kit, awful at people'.", "comm"],
  ["P6 (youth charity): 'I just don't ask, I'm worried I'll look daft'.", "distance feel"],
  [
    "Security contractor (retail): 'store staff always ring me, I like that, it means they trust me'.",
    "",
  ],
  [
    "Clinic manager says IT 'shut off USB ports overnight and our ECG machine stopped exporting'.",
    "conflict",
  ],
  ['Owner (roofing): "I\'d trust him with my house keys" — about the IT freelancer.', ""],
  [
    "Startup engineer: the security person 'just files tickets at us, never talks'.",
    "comm distance",
  ],
  [
    "Library assistant (school): the IT staff are 'lovely, though they do make me feel a bit slow'.",
    "feel",
  ],
  [
    "Restaurant GM thinks the IT provider 'could not care less about a small client like us'.",
    "distance",
  ],
  ["P8 (clinic): 'they're good. They ring back. That's all I want.'", ""],
  ["Charity finance officer: 'I'm the one who always breaks things, poor man'.", "blame:self"],
  [
    "Hotel reception supervisor: 'nobody from IT has ever asked what we actually need'.",
    "power distance",
  ],
  [
    "Note: founder (app startup) described the security contractor as 'expensive and pointless'.",
    "blame:sec",
  ],
  ["Site manager (construction): never had a problem, 'the IT woman is on the ball'.", ""],
  [
    "Receptionist (vet practice) wishes IT would 'just pop in once in a while and say hello'.",
    "distance",
  ],
  ["Deputy head: the IT team 'block first, ask questions never'.", "conflict power"],
  ['Nurse: "To be honest I\'ve stopped telling them when it crashes. They know."', "distance"],
  ["P11 (startup ops): security 'is a gatekeeper, we queue for permission'.", "power conflict"],
  ["Retail assistant: 'the IT man has never once been rude to me'.", ""],
  ["Practice manager annoyed IT 'took three weeks to add a new starter'.", "feel conflict"],
  [
    "Security officer (school trust) says heads 'don't listen to a word until Ofsted asks'.",
    "blame:emp",
  ],
  ["Pub landlady: 'the computer chap is grand, fixes things, doesn't fuss'.", ""],
  [
    "Bookkeeper (joinery firm): IT 'explained the backup thing with a drawing, it actually made sense'.",
    "",
  ],
  [
    "P2 (hospice): the IT lead 'corrects my spelling in tickets', she finds it humiliating.",
    "feel power",
  ],
  [
    "Café owner: doesn't know what she pays the IT company for, 'but I'm scared to cancel'.",
    "power feel",
  ],
  ["Engineering lead: security 'vetoes tools without trying them'.", "conflict power"],
  ["Care home administrator: 'IT talk to the manager, never the carers'.", "distance power"],
  [
    "Interview 12 (plumbing supplies): IT is 'someone in the owner's family', no complaints raised.",
    "",
  ],
  ["Teacher: every request to IT 'gets a no, then a form, then nothing'.", "conflict comm"],
  [
    "Startup CEO believes the incident was the intern's fault 'for clicking, obviously'.",
    "blame:emp",
  ],
  ["Optician: the IT supplier 'gave us a proper induction, very thorough'.", ""],
  ["P4 (charity): volunteer IT help is 'kind, just never there when you need him'.", "conflict"],
  [
    "Hotel sales manager worries that IT 'read our emails', though no one has said so.",
    "feel power",
  ],
  ["Clinic receptionist: 'I get flustered and then I blame myself'.", "feel blame:self"],
  [
    "Site office (trades): the IT company 'speak English for once' since the new account manager.",
    "",
  ],
  ["Security lead (software house): 'developers are my best allies, honestly'.", ""],
  ["P12 (estate agents): the IT firm 'sent a thirty-page policy and said sign it'.", "comm power"],
  [
    "Waiting staff: the tablet app crashed during a wedding, 'IT said not our problem'.",
    "conflict blame:sec",
  ],
  ['Owner (nail bar): "they\'re a bit expensive but they know their stuff".', ""],
  [
    "Note: P5 (nursery) apologised for 'being rubbish at this', several times during interview.",
    "blame:self",
  ],
  ["Clinic lead says IT 'come in, change things, leave, and we find out on Monday'.", "comm power"],
  ["Startup designer: security lead 'treats questions as attacks'.", "conflict comm"],
  ["Charity shop manager: the central IT team 'are helpful by phone, very patient'.", ""],
  ["Warehouse lead feels ignored by IT: 'tickets go in, nothing comes out'.", "feel distance"],
  ["Receptionist (private GP): 'the IT man makes me nervous, he stands over you'.", "feel power"],
  ["Landscaping firm owner: 'the IT lot are a necessary evil'.", "conflict"],
  [
    "P3 (startup): sales staff 'set up their own Dropbox because security were too slow to approve anything'.",
    "distance conflict",
  ],
  ["Teacher says the tech team 'take it personally if you suggest anything'.", "conflict"],
  ["Pharmacy assistant: 'never had to call them, touch wood'.", ""],
  [
    "Security contractor (hospitality): kitchen staff 'think a password is a suggestion'.",
    "blame:emp",
  ],
  [
    "School business manager: the IT firm's monthly report is 'beautifully clear, even I get it'.",
    "",
  ],
  [
    "Volunteer (food bank) says the IT volunteer 'makes everything sound like a crisis'.",
    "comm feel",
  ],
  [
    "Managing director (events): IT 'hold all the admin passwords and won't share them, even with me'.",
    "power",
  ],
  [
    "P7 (physio): the IT consultant 'has no bedside manner', patients wait while he lectures staff.",
    "comm conflict",
  ],
  ["Chef: doesn't think about IT, the owner handles it.", ""],
  [
    "Operations lead (startup) says the security hire 'avoids the engineers, stays in his spreadsheets'.",
    "distance",
  ],
  ["Admin (dentist): 'IT are fab. Actually fab.'", ""],
  ["Head of maths feels 'treated like a suspect' by the web filter reports.", "feel power"],
  ["Owner (builder): 'if the IT boy says jump, I jump, I've no idea otherwise'.", "power"],
  ["Clinic manager: relationship with the MSP is 'professional, steady'.", ""],
  [
    "Hotel night auditor has 'never once' spoken to anyone in IT, deals with a chatbot.",
    "distance comm",
  ],
  ["Charity CEO admits she 'ignores IT's advice too often, that's on me'.", "blame:self"],
  [
    "Security lead (dental group): receptionists 'give out information to anyone who rings'.",
    "blame:emp",
  ],
  ["P13 (hairdresser): her IT support is 'my mate Gaz, he's good, cheap too'.", ""],
  [
    "Startup engineer: 'security is the reason our release slipped two weeks, again'.",
    "conflict blame:sec",
  ],
  [
    "Teacher, paraphrased: too intimidated by the network manager to ask for help.",
    "feel distance",
  ],
  ["Care home manager: IT 'don't know we exist unless the tablets break'.", "distance comm"],
  ["Receptionist (opticians): 'the IT chap is lovely, he always explains'.", ""],
  [
    "Office manager (architects) annoyed that IT 'decided we'd all move to a new system, no consultation'.",
    "feel power",
  ],
  [
    "P6 (brewery): the IT company 'couldn't organise a piss-up in a brewery, and we're a brewery'.",
    "blame:sec",
  ],
  [
    "Restaurant owner: 'my IT guy explains it to me twice if he has to, never makes me feel stupid'.",
    "",
  ],
  ["Developer says the security lead 'reads our commits like a headmaster'.", "power"],
  ["School administrator: IT updates 'always break the printer, like clockwork'.", "conflict"],
  [
    "Practice nurse admits she clicks 'remind me later' on every update, 'I know I shouldn't'.",
    "blame:self",
  ],
  [
    "Owner (sandwich shop): 'no IT person as such, the till company handle it and they're fine'.",
    "",
  ],
  [
    "Startup COO: the security contractor 'gets on with everyone, talks to people, I'm impressed'.",
    "",
  ],
  ["P10 (hotel): housekeeping tablets 'decided by IT, never tried by IT'.", "power conflict"],
  ["Clinic admin: 'they don't bite, you just have to ask nicely'.", ""],
  ["Security consultant (charities): 'volunteers rotate so fast I never meet them'.", "distance"],
];

export const VOICES_AN: readonly RawExample[] = [
  ...FIRST_PART,
  ...VOICES_AN_2,
  ...VOICES_AN_3,
  ...VOICES_AN_4,
];
