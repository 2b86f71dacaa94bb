import type { RawExample } from "./types.js";

/** Analyst's interview notes, part 2: mixed staff, security and managers. Written fresh for Rapport (brief BT). */
export const VOICES_BT_2: readonly RawExample[] = [
  ["Int. 3 (haulage, ops manager): IT 'fine, responsive, no drama'.", ""],
  [
    "Int. 4 - bookkeeper says the contractor never explains what he's changed, 'just says it's sorted'.",
    "comm",
  ],
  [
    "Respondent calls herself 'the weak link' in the office and laughs, but seemed to mean it.",
    "blame:self",
  ],
  [
    "(14:32) Sysadmin getting visibly irritated talking about the marketing team's shared passwords.",
    "feel blame:emp",
  ],
  [
    "Q3 answer: 'They're nice enough but I'd never go to them with a problem, I just work round it.'",
    "distance conflict",
  ],
  [
    "Shop manager says the till provider's support line is a 'polite wall', they never escalate.",
    "blame:sec distance",
  ],
  [
    "P52 describes a weekly stand-up where IT join and ask what's annoying people. Really positive.",
    "",
  ],
  [
    "Interviewee felt 'humiliated' when her name was read out as failing the phishing test.",
    "feel power",
  ],
  ["Security lead: 'they think I'm the police, honestly I just want to help'.", "power feel"],
  [
    "Says people get told off for reporting things late, so now they don't report at all.",
    "distance power",
  ],
  ["R15 mentions IT 'as an afterthought, literally forgot they existed till I asked'.", "distance"],
  ["Hair salon owner: 'the booking software people explain things lovely, very patient'.", ""],
  [
    "P53 got annoyed explaining how the security prompts interrupt her mid-consultation with clients.",
    "feel conflict",
  ],
  [
    "Note: respondent says she'd 'definitely have caused' the outage by deleting that folder, though IT said otherwise.",
    "blame:self",
  ],
  ["Managing partner: IT team are 'overpaid and underworked, always saying no'.", "blame:sec"],
  ["P54: 'we don't see them, we don't hear from them, until the annual audit'.", "distance comm"],
  ["Int. 9 - IT lead says his relationship with the directors is 'excellent, they trust me'.", ""],
  [
    "Interviewee thinks the encryption rules are 'overkill for a twelve-person firm' and routinely ignores them.",
    "conflict distance",
  ],
  ["P55 says helpdesk staff 'make you feel like you're wasting their time'.", "power feel comm"],
  [
    "Respondent (kitchen fitter, office side) has a decent rapport with the IT guy, 'we have a laugh'.",
    "",
  ],
  [
    "Sysadmin says users 'always blame the network when it's their own laptop full of rubbish'.",
    "blame:emp conflict",
  ],
  [
    "P56 admits to writing her password on the monitor, 'I know, I know, I'm terrible'.",
    "blame:self",
  ],
  ["Quote: 'IT is like the weather here. It happens to you.'", "power"],
  [
    "Security contractor at a small insurer says compliance and sales 'are at war' over email filtering.",
    "conflict",
  ],
  ["P57 dismissive: 'security? not my department, ask Dave'.", "distance"],
  ["Interviewee appreciated being consulted before the Office 365 move.", ""],
  [
    "Office manager says the IT firm's emails are 'full of jargon and random ticket numbers, nobody reads them'.",
    "comm distance",
  ],
  [
    "P58 ended up crying after a call with the helpdesk, 'he made me feel thick'.",
    "feel power comm",
  ],
  [
    "Note: owner of a small pharmacy trusts the IT provider, 'they know their stuff and they tell us what we need'.",
    "",
  ],
  [
    "Respondent says security 'dump policies on the shared drive and expect us to find them'.",
    "comm distance",
  ],
  [
    "P59 thinks she 'probably deserves' the extra monitoring after the USB incident.",
    "blame:self power",
  ],
  ["IT lead calls the sales team 'click-happy' and says most incidents start there.", "blame:emp"],
  ["Int. 11 - 'They're never condescending, always happy to go through it again.'", ""],
  [
    "P60 says the contractor bills them for every phone call so staff are told not to ring him.",
    "distance power",
  ],
  ["Respondent sounds resigned: 'we complain, nothing changes, so why bother'.", "feel distance"],
  [
    "Security officer says the MD 'bypasses every control and then asks why we had a breach'.",
    "blame:emp conflict feel",
  ],
  [
    "P61 describes a 'them and us' feeling between the shop floor and the IT office upstairs.",
    "distance conflict",
  ],
  ["Manager says security rules are 'a bit fiddly, but we get why they're there'.", ""],
  ["Note - P62 feels the IT team 'look down on anyone who isn't a techie'.", "power feel"],
  [
    "Interviewee reluctant to call IT because 'last time they found all the rubbish on my desktop'.",
    "feel blame:self distance",
  ],
  [
    "Sysadmin: 'I've given up explaining. I just lock it down and let them moan.'",
    "power distance conflict",
  ],
  [
    "P63 says the new IT starter 'actually comes round and says hello', makes a big difference.",
    "",
  ],
  [
    "R16 (charity shop coordinator) says the trustees' IT volunteer 'never replies to anything'.",
    "distance blame:sec",
  ],
  ["P64 annoyed that she had to ring three times before anyone picked up.", "feel conflict"],
  ["Respondent says the security pop-ups are 'just noise', clicks OK without reading.", "distance"],
  ["Interviewee says IT 'have all the power here, the MD does whatever they say'.", "power"],
  ["Estate agent says he's 'rubbish with tech' and assumes any glitch is his fault.", "blame:self"],
  ["P65 says the monthly IT newsletter is 'actually readable now, they cut the jargon'.", ""],
  [
    "Security lead frustrated that staff 'treat training like a tick box and forget it by lunchtime'.",
    "feel blame:emp",
  ],
  ["Q5 - interviewee couldn't name anyone on the IT team.", "distance"],
  [
    "P66 recalls being 'told off in front of everyone' for leaving her laptop unlocked.",
    "feel power comm",
  ],
  ["Says the help desk is 'brilliant, they even ring back to check it's still working'.", ""],
  [
    "Design studio lead says IT 'treat Macs like a personal insult' and refuse to support them.",
    "conflict blame:sec",
  ],
  ["P67: 'I probably ask too many stupid questions, they must hate me'.", "blame:self feel"],
  ["Notes: respondent mentioned 'IT speak' four times, clearly a sore point.", "comm feel"],
  [
    "Manager (cleaning company) says nobody in the team reads IT emails, 'they're not office people'.",
    "distance blame:emp",
  ],
  ["P68 describes the IT manager as 'cold, never makes eye contact, just types'.", "comm distance"],
  ["Interviewee said staff and IT get on well, 'lots of banter'.", ""],
  ["P69 says the firm's IT is 'a guy in another county we've never met'.", "distance"],
  [
    "Respondent frustrated that security blocked her from emailing her own accountant.",
    "feel conflict blame:sec",
  ],
  [
    "Security analyst says people only come to him 'after they've already clicked, never before'.",
    "blame:emp distance",
  ],
  ["P70 nervous about the new monitoring, 'feels like Big Brother'.", "feel power"],
  ["Office manager says the outsourced helpdesk used to be slow, 'but that's sorted now'.", ""],
  [
    "Interviewee says she's 'always the last to figure out new systems' and feels she holds the team back.",
    "blame:self feel",
  ],
  ["P71 claims IT 'never tell us about outages, we find out when nothing loads'.", "comm"],
  [
    "Engineer says he keeps project files on a personal USB because the server permissions 'are a nightmare'.",
    "conflict blame:sec",
  ],
  ["P72 (accounts): 'I trust them. If they say don't, I don't.'", ""],
  [
    "Respondent said IT 'treat us like we're stupid, which, to be fair, I sometimes am'.",
    "power blame:self",
  ],
  [
    "IT contractor admits he 'probably comes across as a know-it-all' with the older staff.",
    "comm blame:self",
  ],
  ["P73 says the security team 'could be on Mars for all we know'.", "distance"],
  ["Interviewee worried about the 'consequences' if she admits to sharing a login.", "feel power"],
  ["Manager at a travel agency says the IT firm 'always explains costs and options upfront'.", ""],
  ["P74 says there's 'a lot of eye-rolling' whenever IT announces a new rule.", "conflict feel"],
  ["Sysadmin at a school trust office: 'the admin staff are great, they report everything'.", ""],
  [
    "R17 thinks security are 'paranoid and out of touch with how we actually work'.",
    "blame:sec conflict",
  ],
  ["P75 says she blames herself for not keeping up with all the updates.", "blame:self"],
  [
    "Interviewee describes calling IT as 'like calling the bank, you're just a number'.",
    "distance power",
  ],
  ["p76 - 'no issues at all, really'", ""],
  [
    "Security lead says the owner 'listens politely and then does whatever he wants'.",
    "power conflict blame:emp",
  ],
  ["P77 felt 'dismissed' when she raised concerns about the shared inbox.", "feel comm power"],
  [
    "Says IT turned up unannounced to swap her PC and 'didn't say what they were doing'.",
    "comm power",
  ],
  ["P78 is embarrassed he needed help setting up the authenticator app.", "feel blame:self"],
  ["Interviewee says relations with IT are 'pretty cordial these days, after a rocky start'.", ""],
  [
    "P79 says staff keep a 'secret' spreadsheet of passwords because IT's password manager is 'impossible'.",
    "conflict blame:sec",
  ],
  ["Warehouse lead doesn't see cyber stuff as relevant: 'we move boxes'.", "distance"],
  [
    "R18 (opticians) annoyed that IT insisted on changing the appointment software mid-week without asking.",
    "feel power conflict",
  ],
  ["IT lead says people 'think security is my job, not theirs'.", "blame:emp distance"],
  ["P80 says she never knows who to ask and 'ends up asking nobody'.", "distance comm"],
  ["Interviewee says IT's explanations are always clear and they never rush her.", ""],
  ["P81 worries the security team 'keep a list' of people who fail tests.", "feel power"],
  ["Respondent said IT support is 'useless, they just read from a script'.", "blame:sec"],
  ["Manager says the relationship is 'transactional, we pay, they fix, that's it'.", "distance"],
  [
    "Int. 14: P82 says she 'wouldn't dream' of going over IT's head, 'they'd make life hard'.",
    "power feel",
  ],
  ["Security contractor: owner 'genuinely cares', makes time for monthly reviews.", ""],
  [
    "P83 says colleagues laugh at IT 'behind their backs' after every all-staff email.",
    "conflict comm",
  ],
  [
    "Interviewee assumes she 'must have done something' every time the system logs her out.",
    "blame:self feel",
  ],
  ["P84 recalls IT sending a 'stern' email to everyone after one person's mistake.", "comm feel"],
  [
    "Office manager praises IT for 'taking the time to show people, not just doing it for them'.",
    "",
  ],
  ["P85 says the firewall 'breaks half our tools' and IT 'just shrug'.", "conflict blame:sec"],
  [
    "Respondent says she deals with problems herself and 'only tells IT if it's really bad'.",
    "distance",
  ],
  [
    "Security lead admits 'we've been a bit heavy-handed' but says staff still ignore the basics.",
    "blame:emp",
  ],
  ["P86: 'they're the experts, who am I to question it'.", "power"],
  [
    "Interviewee's manager reportedly told her to 'stop bothering IT with little things'.",
    "distance power",
  ],
  [
    "P87 likes that the IT contractor asks how the business is going, not just about computers.",
    "",
  ],
  [
    "Analyst note: lots of frustration in this interview about locked-down laptops, P88 can't install a webcam driver.",
    "feel conflict",
  ],
  ["P89 says she never bothers doing the security modules, 'nobody checks'.", "distance"],
  [
    "Respondent says IT 'made me feel small' when she asked what phishing means.",
    "power feel comm",
  ],
  ["Manager says nobody ever gets in trouble for reporting mistakes, which helps a lot.", ""],
  [
    "P90 thinks she's 'the reason IT has a headache', jokes about it but seems anxious.",
    "blame:self feel",
  ],
  [
    "IT manager says staff 'want everything instantly and don't understand why we can't'.",
    "conflict blame:emp",
  ],
  ["P91 - describes IT guy as 'grumpy but gets it done'.", ""],
  [
    "Interviewee says the security team announced the new VPN 'in one line, no instructions'.",
    "comm",
  ],
  [
    "P92 says she's given up on the file server and emails things to herself instead.",
    "conflict distance",
  ],
  ["Respondent describes being 'scared stiff' of clicking the wrong thing.", "feel"],
  ["P93 feels IT 'never says thanks' when staff report phishing.", "comm feel"],
  [
    "Manager at a joinery says he's 'more worried about IT than about hackers', the changes disrupt jobs.",
    "feel conflict blame:sec",
  ],
  [
    "Note - IT contractor says the receptionist 'always gives him biscuits', clearly friendly terms.",
    "",
  ],
  ["P94 doesn't know if there's even an IT policy.", "distance comm"],
  ["Interviewee says asking IT for help 'feels like begging'.", "power feel"],
  [
    "P95 admits she 'skims the security emails and hopes for the best', feels guilty about it.",
    "blame:self distance",
  ],
  ["Security lead describes users as 'the biggest hole in the firewall'.", "blame:emp"],
  ["Respondent appreciated that IT came in on a Saturday to fix the till.", ""],
  ["P96 says the new IT policy was 'just announced, no consultation, no reasons'.", "comm power"],
];
