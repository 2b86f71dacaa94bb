import type { RawExample } from "./types.js";

/** Part 5 of 5 of VOICES_AX; see voices-ax.ts. */
export const VOICES_AX_5: readonly RawExample[] = [
  ["Delegates repeatedly asked us to 'say that again in English'.", "comm"],
  ["As a trainer I've learned to leave the slides with the scary headlines at home.", ""],
  [
    "It became clear that the IT manager had effectively stopped engaging with the warehouse staff.",
    "distance",
  ],
  [
    "Staff perceived the web filtering as arbitrary and were irritated that requests to unblock sites went unanswered.",
    "feel conflict comm",
  ],
  ["Overall, the relationship between staff and the security function is healthy.", ""],
  [
    "Don't get me wrong, a few attendees clearly had no intention of listening, but most did.",
    "blame:emp",
  ],
  ["Leadership were receptive to our findings and have already scheduled follow-up sessions.", ""],
  [
    "The IT lead told us he was 'tired of being the last to know' about new systems.",
    "feel distance",
  ],
  [
    "Staff were openly scornful of the security questionnaire, describing it as 'pointless box-ticking'.",
    "conflict",
  ],
  [
    "We were struck by how much staff wanted to get security right and how little support they'd been given.",
    "blame:sec",
  ],
  ["The MD described his IT contractor as 'worth his weight in gold'.", ""],
  [
    "Our trainers have a rule: nobody leaves feeling embarrassed. We've held to it for nine years.",
    "",
  ],
  [
    "Incident reporting was almost non-existent; staff said they assumed nobody would act on it.",
    "distance",
  ],
  [
    "The security policy is written in language that most of the staff we interviewed found hard to follow.",
    "comm",
  ],
  ["Several staff said they only heard from IT when they'd done something wrong.", "comm"],
  [
    "The practice manager told us the previous IT firm 'made us feel like idiots'.",
    "feel blame:sec",
  ],
  ["There is no regular contact between the outsourced provider and the firm's staff.", "distance"],
  ["Employees appreciated the short, plain-language guidance cards we left on each desk.", ""],
  [
    "Honestly, I think we as trainers get the tone wrong more often than the learners get the content wrong.",
    "blame:self",
  ],
  ["A small number of staff were dismissive of the training and left early.", "blame:emp distance"],
  ["Senior staff were noticeably less willing to engage than junior staff.", "distance"],
  ["We were pleased to see the managing director attend the full session alongside his team.", ""],
  [
    "Staff expressed real fear about losing their jobs if they were found to have caused a breach.",
    "feel power",
  ],
  ["The IT provider was responsive during our visit and has a good rapport with the office.", ""],
  [
    "Directors appear to regard cyber risk as the IT contractor's problem rather than their own.",
    "power distance",
  ],
  [
    "Honestly, most people in these sessions just want to know they won't get in trouble for asking.",
    "feel",
  ],
  [
    "The office had adopted a shared spreadsheet for passwords because the approved tool 'never worked'.",
    "conflict",
  ],
  [
    "In our view the firm's technical controls are adequate; the gaps are in communication.",
    "comm",
  ],
  ["Staff described the IT manager as 'brilliant but terrifying'.", "feel"],
  ["Delegates left the workshop confident about reporting suspicious messages.", ""],
  ["Users at the site routinely dismissed security prompts without reading them.", "blame:emp"],
  ["The owner was candid: 'I don't understand any of this and I don't want to.'", "distance"],
  ["Not one member of staff could name the person responsible for data protection.", "distance"],
  [
    "I'll admit my early courses were far too technical. Feedback forms were brutal, and fair.",
    "blame:self comm",
  ],
  ["The relationship between admin staff and the IT team appears friendly and informal.", ""],
  [
    "Staff felt monitored rather than supported, particularly after the introduction of screen recording.",
    "power feel",
  ],
  ["No evidence of conflict between departments and IT was observed during the audit.", ""],
  [
    "The accounts assistant was visibly nervous when asked about the incident and kept apologising.",
    "feel",
  ],
  [
    "Our consultants found that IT requests were routinely escalated to the owner instead of being raised with the provider.",
    "distance",
  ],
  ["We'd gently suggest that the IT lead's emails be shorter and less technical.", "comm"],
  ["The team's approach to users can be described as patient and respectful.", ""],
  [
    "Staff complained that the mandatory e-learning ate into client time and added nothing.",
    "conflict",
  ],
  ["Employees at the branch office said they had 'never seen anyone from IT, ever'.", "distance"],
  [
    "It would be unfair to characterise the staff as careless. The systems they've been given are simply unfit for purpose.",
    "",
  ],
  ["The board seems to view security spending as insurance they hope never to claim on.", "power"],
  [
    "I run these sessions every week and I still get nervous about being 'the security person' in the room.",
    "feel",
  ],
  [
    "The IT engineer was described by several staff as condescending on the phone.",
    "comm blame:sec",
  ],
  [
    "Staff are not the problem here. They've been let down by a provider who never explained anything.",
    "blame:sec comm",
  ],
  ["Trainees generally rated the session highly and said they'd recommend it to colleagues.", ""],
  ["There is a sense among staff that security is 'done to them' rather than with them.", "power"],
  [
    "One employee said she'd rather lose a day's work than ring the helpdesk again.",
    "distance feel",
  ],
  ["The office culture is open and staff readily share concerns with the IT coordinator.", ""],
  [
    "Employees were frustrated by frequent lockouts and the lack of any explanation for them.",
    "feel comm conflict",
  ],
  [
    "We recommend removing local admin rights from the partners, who have repeatedly installed unapproved software.",
    "blame:emp",
  ],
  ["Honestly the nicest group I've trained all year. Curious, funny, not a single eye-roll.", ""],
  [
    "The technical staff seemed unaware of how their decisions affected the front office.",
    "distance blame:sec",
  ],
  [
    "Contact with the IT provider is by ticket only; staff have no direct phone number.",
    "comm distance",
  ],
  ["The MD told us he'd 'rather not know' about the vulnerabilities we found.", "distance"],
  ["In fairness to the IT lead, he has raised these issues repeatedly and been ignored.", "power"],
  ["Staff at the firm said the IT team had improved hugely since last year's review.", ""],
  [
    "Several attendees confessed they'd been reusing the same password for a decade and seemed quite relieved to admit it.",
    "blame:self",
  ],
  [
    "Staff reported a perception that IT 'doesn't care' about the problems on the shop floor.",
    "distance blame:sec",
  ],
  [
    "We observed that security notices were posted on the kitchen noticeboard and nowhere else.",
    "comm",
  ],
  [
    "Attendees' knowledge at the start was patchy, which is entirely normal for a firm of this size.",
    "",
  ],
  [
    "The owner dismissed our recommendations as 'consultants making work for themselves'.",
    "power conflict",
  ],
  [
    "Staff said the new expenses system had been forced on them by IT without anyone asking how they worked.",
    "power conflict",
  ],
  [
    "The IT coordinator is well liked, but overstretched, and staff are reluctant to add to her workload.",
    "distance",
  ],
  [
    "Every single group I train has at least one person who thinks it'll never happen to them.",
    "blame:emp",
  ],
  [
    "The contractor was not present for the debrief and has not responded to our follow-up.",
    "distance",
  ],
  [
    "Staff were embarrassed to admit they didn't know what two-factor authentication was.",
    "feel blame:self",
  ],
  ["Overall, a positive culture with some room for improvement in incident reporting.", ""],
  ["Delegates told us the previous trainer 'just read out the policy and left'.", "comm blame:sec"],
  ["We could find no record of the board ever discussing the IT lead's risk register.", "power"],
  [
    "People switch off the moment a trainer starts talking about 'threat vectors'.",
    "comm distance",
  ],
  ["The IT lead and the finance team meet weekly and clearly work well together.", ""],
  ["Sales staff saw the data-handling rules as an obstacle to hitting their targets.", "conflict"],
  [
    "Participants appreciated that the trainer admitted to having clicked a phishing link herself once.",
    "",
  ],
  ["Remote staff felt forgotten; updates reached them late or not at all.", "comm distance feel"],
  [
    "The firm's IT provider appears to have no understanding of the practice's clinical workflow.",
    "blame:sec",
  ],
  ["Staff trust the in-house IT lead, though a few found his manner a little brusque.", "comm"],
  [
    "Employees broadly understand the reasons behind the controls, even where they find them inconvenient.",
    "",
  ],
  [
    "The IT manager told us, 'I've stopped asking the partners for anything, there's no point.'",
    "distance power",
  ],
  [
    "We noted a pattern of staff waiting days to report lost devices, apparently out of fear of reprimand.",
    "feel distance",
  ],
  ["Our follow-up survey showed staff felt far more confident six months after the programme.", ""],
  [
    "The firm's security lead openly referred to staff as 'the liability' during our interview.",
    "blame:emp",
  ],
  [
    "Staff appear to have no say in which tools they use; decisions are made by the provider alone.",
    "power",
  ],
  [
    "Honestly I've stopped being surprised when the person who says 'I'm rubbish with tech' turns out to be the sharpest in the room.",
    "",
  ],
  ["Employees were keen to learn and engaged well with the practical exercises.", ""],
  [
    "The IT contractor's attitude was described as 'we know best, don't ask questions'.",
    "power blame:sec",
  ],
  ["Staff said they did not feel judged by the IT team and would happily report a mistake.", ""],
  ["Delegates were irritated that the session ran over and cut into their lunch.", "feel"],
  [
    "The owner admitted he'd ignored the provider's warnings for months and called it 'a fair cop'.",
    "blame:self",
  ],
  ["Communication from IT is generally timely and clear, according to most respondents.", ""],
  ["The practice has a friendly IT lead, a sensible policy and a team that mostly follows it.", ""],
  ["After the incident, staff began avoiding the IT office altogether.", "distance"],
  ["A handful of staff felt the awareness quiz was patronising; the majority did not.", "comm"],
  ["The directors were polite but made it clear the security budget would not increase.", "power"],
  ["No one we spoke to could remember the last time IT asked them for feedback.", "distance"],
  [
    "The staff I met were curious, good-humoured and far more clued up than the owner expected.",
    "",
  ],
  [
    "Their IT lead answers the phone, explains things plainly and follows up. Not much more you can ask.",
    "",
  ],
];
