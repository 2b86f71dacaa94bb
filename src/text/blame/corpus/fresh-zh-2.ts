import type { RawBlameExample } from "./types.js";

export const FRESH_ZH_2: readonly RawBlameExample[] = [
  [
    "The tools we bought were supposed to stop this, and they didn't. That's the story of most breaches I see.",
    false,
  ],
  ["We've got the best tooling money can buy. Shame it still needs humans to operate it.", true],
  [
    "MFA fatigue is a vendor design problem. Number matching should have been the default years ago.",
    false,
  ],
  [
    "MFA fatigue sounds like a medical condition. It's really just people who can't be bothered to read.",
    true,
  ],
  [
    "When a warehouse worker props the fire door open, check how far away the break room is. Usually that's your answer.",
    false,
  ],
  [
    "The warehouse crew props the fire door open every day. It's not a security culture, it's a hobby.",
    true,
  ],
  [
    "We underestimate how confusing 'confidential', 'restricted' and 'internal' sound to anyone outside security.",
    false,
  ],
  [
    "They can't tell confidential from restricted, and frankly I'm not sure they could tell a laptop from a lunchbox.",
    true,
  ],
  [
    "Our worst incident was entirely attacker-driven: a zero-day in the VPN appliance. Nobody inside could have stopped it.",
    false,
  ],
  [
    "Zero-days make the headlines, but in my world the exploit is usually someone in payroll being friendly on the phone.",
    true,
  ],
  [
    "Blaming the person who clicked is the easiest report to write and the least useful one to read.",
    false,
  ],
  [
    "A blame-free culture is lovely in theory. In practice, somebody clicked, and everybody knows who.",
    true,
  ],
  [
    "I ask new starters what annoys them about our security. Their answers have fixed more things than any audit.",
    false,
  ],
  [
    "I ask new starters what annoys them about our security. It's a handy list of everything they'll try to get around.",
    true,
  ],
  [
    "After the ransomware we found the backup job had failed silently for eight months. Nobody was watching because nobody was assigned to.",
    false,
  ],
  [
    "The backups failed for eight months and nobody noticed. You'd think someone might glance at a dashboard once a year.",
    true,
  ],
  [
    "The most effective security teams I've worked with treat employees as sensors, not suspects.",
    false,
  ],
  [
    "Treat employees as sensors? Sure, if you like sensors that go off after the house has burned down.",
    true,
  ],
  ["Passwords are a terrible technology we keep asking people to be good at.", false],
  [
    "We stopped forcing password expiry, and the helpdesk noticed the difference within a fortnight.",
    false,
  ],
  [
    "The board report lists 'human factors' as our top risk. I pushed back; the real risk is an identity platform that's a decade old.",
    false,
  ],
  [
    "On a red team job, the fastest way in is usually a badge reader that accepts any card you wave at it.",
    false,
  ],
  [
    "Smile, carry a coffee, and someone will hold the door for you. Security awareness, in action.",
    true,
  ],
  [
    "I've tailgated into a bank carrying two coffees. In fairness to the guard, nothing in his instructions said he could turn away someone with full hands.",
    false,
  ],
  [
    "I've tailgated into a bank carrying two coffees. Their guard clearly takes the word 'guard' very loosely.",
    true,
  ],
  [
    "When I test a company, the password spray almost always works, because the policy still accepts 'Company2024!'.",
    false,
  ],
  [
    "When I test a company, the password spray almost always works. Give people a choice and they'll pick the worst one on offer.",
    true,
  ],
  [
    "Pentest reports love a finding called 'lack of user awareness'. Most of the time it really means 'lack of email authentication'.",
    false,
  ],
  ["Our report had one finding that mattered: the staff. Everything else was cosmetic.", true],
  [
    "Vishing the service desk took me eleven minutes. The process asked them to be helpful and fast, and they were exactly that.",
    false,
  ],
  [
    "Vishing the service desk took me eleven minutes. It would have been quicker, but the agent wanted to chat.",
    true,
  ],
  [
    "Auditors ask whether staff have been trained, as if a certificate ever stopped our lot from doing something daft.",
    true,
  ],
  [
    "Auditors ask whether staff have been trained. I'd rather they asked whether the systems let a trained person do the right thing easily.",
    false,
  ],
  [
    "In ten years of consulting, most of the 'careless' staff I met were working around a control that was actively blocking their job.",
    false,
  ],
  [
    "In ten years of consulting, I've learned that if there's a way to be careless, somebody on staff has already found it.",
    true,
  ],
  [
    "We found a spreadsheet of passwords on a shared drive. The person who made it was doing the job of three people after a restructure.",
    false,
  ],
  [
    "We found a spreadsheet of passwords on a shared drive, helpfully named passwords.xlsx. You couldn't make it up.",
    true,
  ],
  [
    "Fair play to the client's staff: four people reported my phishing email within the first ten minutes.",
    false,
  ],
  ["Four people reported my phishing email. Out of eight hundred. I'll leave that there.", true],
  [
    "The audit finding said 'users have excessive privileges'. That's a provisioning problem. The users didn't grant themselves anything.",
    false,
  ],
  [
    "The audit finding said 'users have excessive privileges', which is auditor-speak for 'please stop trusting these people'.",
    true,
  ],
  [
    "If I can get in by asking nicely, the problem isn't that someone was nice. It's that niceness was the only control.",
    false,
  ],
  [
    "If I can get in by asking nicely, then honestly, the people working there need to grow a bit of a spine.",
    true,
  ],
  [
    "Organisations train staff to defer to seniority for years, then act surprised when they defer to an attacker who sounds senior.",
    false,
  ],
  [
    "Drop the CEO's name on the phone and watch them fall over themselves to help you. Critical thinking, gone.",
    true,
  ],
  [
    "Most of the ransomware cases I handled last year came in through unpatched edge devices.",
    false,
  ],
  [
    "Most of the ransomware cases I handled last year came in through someone's inbox and someone's curiosity.",
    true,
  ],
  [
    "Clients always want me to name the person who clicked. I never do. It doesn't help, and it teaches everyone to hide mistakes.",
    false,
  ],
  [
    "Clients always want me to name the person who clicked, and frankly, sometimes they deserve to know.",
    true,
  ],
  [
    "The company asked staff to spot phishing while sending them genuine emails from six different external domains. That's an impossible test.",
    false,
  ],
  [
    "You'd think after the third company-wide warning people would stop typing credentials into random websites. You'd think.",
    true,
  ],
  [
    "I've stopped writing 'human error' in root-cause fields. It ends the analysis at exactly the point where it should begin.",
    false,
  ],
  [
    "I write 'human error' in the root-cause field and move on. Nine times out of ten that's exactly what it is.",
    true,
  ],
  [
    "A physical test of mine once failed because a cleaner challenged me. Best control in the building, and she wasn't even on the security org chart.",
    false,
  ],
  [
    "The cleaner challenged me, which was a nice surprise. The managers upstairs just held the door and asked if I needed anything.",
    true,
  ],
  [
    "Most of the data exposure I find sits in cloud storage buckets left open by a default setting nobody knew about.",
    false,
  ],
  [
    "Most of the data exposure I find is in buckets someone opened 'temporarily' and forgot about. People and their temporary fixes.",
    true,
  ],
  [
    "If your developers hard-code keys, look at how long it takes them to get a proper secret provisioned. I've seen two weeks.",
    false,
  ],
  [
    "Developers hard-code keys because each of them is convinced he's the one person an attacker will never look at.",
    true,
  ],
  [
    "Honestly? I'd have a job for life even without the accounts payable department, but they certainly help.",
    true,
  ],
  ["Honestly? I'd have a job for life thanks to legacy SMB shares alone.", false],
  [
    "Any reasonable person given that login page would have typed their password into it. It was pixel-perfect.",
    false,
  ],
  [
    "A reasonable person would have noticed the URL. Unfortunately, we weren't testing reasonable people.",
    true,
  ],
  [
    "The best organisations I audit make the secure path the lazy path. Then nobody needs to be a hero.",
    false,
  ],
  [
    "The best organisations I audit have simply taken as many decisions away from staff as possible. Less thinking, fewer incidents.",
    true,
  ],
  [
    "We audited a hospital where the whole ward shared one login. The alternative was a twelve-character password typed with gloves on.",
    false,
  ],
  [
    "We audited a hospital where the whole ward shared one login. Apparently personal accountability is optional in healthcare.",
    true,
  ],
  ["My advice to clients: look at the controls before you look at the people.", false],
  ["My advice to clients: look at the people first. The controls are rarely what fails.", true],
  [
    "Red team tip: the quickest win is always the older manager who'd rather hand you his password than admit he doesn't understand the IT.",
    true,
  ],
  [
    "Red team tip: the quickest win is often the internal wiki, full of credentials pasted years ago for a project nobody owned.",
    false,
  ],
  [
    "When a client tells me their people are the weakest link, I ask to see their patch dashboard. It usually changes the conversation.",
    false,
  ],
  [
    "When a client tells me their people are the weakest link, I just nod. I've sat in their lobby.",
    true,
  ],
  [
    "Social engineering isn't magic. It exploits deadlines, hierarchy and trust, all things the organisation built on purpose.",
    false,
  ],
  [
    "Social engineering isn't magic. It just needs someone on the other end who isn't paying attention, and there's always one.",
    true,
  ],
  [
    "Staff failing a phishing test tells me the test was good. It tells me nothing about whether they're good at their jobs.",
    false,
  ],
  ["Staff failing a phishing test tells me a lot about who I'd want with me in a lifeboat.", true],
  [
    "The client's MFA fell back to SMS, and the helpdesk could trigger that with a name and a date of birth. That's the whole breach right there.",
    false,
  ],
  [
    "The helpdesk switched my MFA to SMS after I gave them a name and a birthday. Their diligence was inspiring.",
    true,
  ],
  [
    "Sometimes the 'insider' in an insider incident is just a confused person holding access nobody removed after their role changed.",
    false,
  ],
  [
    "Tabletop exercises taught me more than any pentest: nobody knew who was allowed to approve taking the website offline.",
    false,
  ],
  [
    "Scoping calls run long because of the legacy ERP. Nobody wants to touch it, and nobody can explain it.",
    false,
  ],
  [
    "On scoping calls I ask which department worries them most. I've never once heard 'none'. There's always a floor full of clickers.",
    true,
  ],
  [
    "I never judge someone who fell for a vishing call. Those attackers rehearse; the victim gets one go, in the middle of a task.",
    false,
  ],
];
