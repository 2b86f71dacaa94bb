import type { RawBlameExample } from "./types.js";

export const FRESH_ZK_5: readonly RawBlameExample[] = [
  [
    "The casino hack began when a gullible helpdesk worker handed a stranger the keys to the kingdom.",
    true,
  ],
  [
    "Journalists love a 'human error' headline because it's simpler than explaining an identity architecture.",
    false,
  ],
  ["Another week, another data breach, another employee who emailed the wrong spreadsheet.", true],
  [
    "Another week, another data breach, another company that kept data it had no reason to keep.",
    false,
  ],
  ["The podcast's guest put it bluntly: staff are the soft target, and attackers know it.", true],
  [
    "The podcast's guest argued that attackers go after whatever is easiest, and organisations decide what's easiest.",
    false,
  ],
  [
    "Italian police said the hospital's systems were encrypted after attackers exploited a flaw patched months earlier.",
    false,
  ],
  ["Careless staff have become cybercriminals' best friends, a new report claims.", true],
  [
    "A new report finds security teams are overwhelmed, with analysts unable to triage up to half of all alerts.",
    false,
  ],
  [
    "Insiders are now the fastest-growing threat to banks, a regulator says, warning of staff selling access on dark-web forums.",
    true,
  ],
  [
    "Regulators say most insider incidents at banks involve over-privileged accounts that nobody reviewed.",
    false,
  ],
  ["Columnist: stop blaming the intern, and ask who gave the intern production access.", false],
  [
    "Somewhere an intern has just deleted the production database, and the rest of us are waiting for ours to do the same.",
    true,
  ],
  [
    "In Australia's largest breaches, attackers exploited exposed APIs and stolen vendor credentials.",
    false,
  ],
  [
    "Opinion: as long as workers treat passwords like gym memberships, we'll keep reading about breaches.",
    true,
  ],
  [
    "Opinion: as long as companies demand passwords instead of passkeys, we'll keep reading about breaches.",
    false,
  ],
  [
    "The employee who spotted the fraudulent wire request has been credited with saving the charity £1.2 million.",
    false,
  ],
  ["An unnamed employee's carelessness cost the charity £1.2 million, the trustees said.", true],
  ["Human beings, it turns out, are very bad at cybersecurity.", true],
  [
    "Human beings, it turns out, are quite good at spotting scams when they are given time and a way to check.",
    false,
  ],
  ["The weakest link, as ever, was a worker clicking a link.", true],
  [
    "Calling staff the weakest link has become a cliché that security researchers increasingly reject.",
    false,
  ],
  ["Fashion brand confirms breach, blames employee who fell for a phishing email.", true],
  ["Fashion brand confirms breach tied to a compromised third-party e-commerce plugin.", false],
  [
    "Election officials in several states trained to spot phishing reported attempts quickly, records show.",
    false,
  ],
  [
    "Poll workers are the soft underbelly of election security, with many unable to spot the simplest scam.",
    true,
  ],
  [
    "Investigators found the contractor's staff kept passwords in a spreadsheet named 'passwords'. Of course they did.",
    true,
  ],
  [
    "Investigators found the contractor's password vault had been bought but never rolled out.",
    false,
  ],
  [
    "Error-prone manual processes at the port authority left shipping manifests exposed online.",
    false,
  ],
  ["Error-prone staff at the port authority left shipping manifests exposed online.", true],
  [
    "The hospital's chief nurse was praised for insisting on paper fallbacks that kept wards running during the outage.",
    false,
  ],
  [
    "Ransomware gangs now buy access from insiders because employees come cheap, researchers say.",
    true,
  ],
  [
    "Ransomware gangs advertise for insiders, but researchers say most access still comes from exploited edge devices.",
    false,
  ],
  [
    "The Korean telecom breach has been attributed to malware on servers that went undetected for three years.",
    false,
  ],
  ["Your staff are bored, distracted and clicking links right now while you read this.", true],
  [
    "Your staff are busy, and every extra warning banner makes them trust the real warnings less.",
    false,
  ],
  ["Tech reporter: 'sophisticated attack' usually means 'someone here clicked something'.", true],
  [
    "Tech reporter: 'sophisticated attack' usually means the company didn't patch and would rather not say so.",
    false,
  ],
  [
    "The municipality said a single staff member's mistake had shut down services for 80,000 residents.",
    true,
  ],
  [
    "The municipality's services went down because it had no offline backups, an auditor's report found.",
    false,
  ],
  [
    "Japanese regulators ordered the insurer to overhaul its access controls after client data was downloaded to a home PC.",
    false,
  ],
  ["Workers at the insurer treated client data as theirs to take home, regulators found.", true],
  [
    "Startup founders in Bangalore admit they give every engineer full cloud admin because it's faster.",
    false,
  ],
  [
    "Engineers at startups are cowboys; give them root and they'll take the company down by accident.",
    true,
  ],
  [
    "A study of 10,000 incidents found that 'human error' labels rarely came with any analysis of why the error happened.",
    false,
  ],
  [
    "A study of 10,000 incidents found human error was the leading cause, confirming that staff remain the main problem.",
    true,
  ],
  [
    "Readers asked whether they should be afraid of their colleagues. According to insider-risk vendors, the answer is yes.",
    true,
  ],
  [
    "Readers asked whether insider-risk software is worth it; privacy lawyers urge caution before deploying keystroke logging.",
    false,
  ],
  [
    "The attack on the Canadian university exploited an unpatched remote-access server, the school confirmed.",
    false,
  ],
  [
    "Professors who still click on fake 'journal invitation' scams are the gift that keeps on giving for hackers.",
    true,
  ],
  [
    "The fake 'journal invitations' are tailored so well that even experienced editors struggle to tell them apart.",
    false,
  ],
  ["Column: your company's culture of blame is why nobody told IT about the strange email.", false],
  ["Column: your employees aren't malicious, just clueless, and clueless is worse.", true],
  [
    "Hospital IT teams in rural areas often consist of one person covering dozens of systems, an investigation reveals.",
    false,
  ],
  [
    "The airline blamed the data leak on a staff member who uploaded passenger lists to a personal cloud account.",
    true,
  ],
  [
    "The airline's passenger lists ended up in a personal cloud account because the sanctioned tool had been down for days.",
    false,
  ],
  ["Behind most cyber headlines is a person who should have known better.", true],
  [
    "Behind most cyber headlines is an organisation that knew about a risk and chose not to fund the fix.",
    false,
  ],
  [
    "Phone scams targeting pensioners in Spain are growing, and banks are now required to add payment delays.",
    false,
  ],
  ["Crypto-exchange insiders are the reason your coins disappear, analysts warn.", true],
  [
    "Crypto-exchange hacks this year mostly involved compromised hot-wallet keys and bridge bugs, analysts say.",
    false,
  ],
  [
    "A simple rule came out of the inquiry: if staff can't verify a request in under a minute, the process is broken.",
    false,
  ],
  ["The inquiry found staff at the agency had ignored basic security protocols for years.", true],
  [
    "The inquiry found the agency had never written down any security protocols for staff to follow.",
    false,
  ],
  [
    "Ghanaian banks face a wave of fraud as tellers are bribed to leak account details, the central bank warned.",
    true,
  ],
  [
    "Ghana's central bank has introduced new verification rules after a rise in account-takeover fraud.",
    false,
  ],
  ["Want to know the real zero-day? It's Brenda in HR.", true],
  [
    "The real zero-day in this case was exactly that: a previously unknown flaw in the file-transfer software.",
    false,
  ],
  [
    "Security awareness month is here, which means another round of posters implying you're an idiot.",
    false,
  ],
  [
    "Security awareness month is here, and frankly most office workers need a lot more than a month.",
    true,
  ],
  [
    "Interview: the researcher who found the flaw says the vendor ignored his reports for eight months.",
    false,
  ],
  [
    "The breach could have been avoided entirely if one employee had simply read the sender's address.",
    true,
  ],
  [
    "The breach could have been avoided if the email system had flagged a lookalike domain registered the day before.",
    false,
  ],
  [
    "In Mexico, tax-season phishing surged, and officials thanked citizens who forwarded the fake notices to the authority.",
    false,
  ],
  [
    "People keep falling for fake tax notices, which says everything about digital literacy in this country.",
    true,
  ],
  ["Experts say blaming scam victims discourages reporting and helps the fraudsters.", false],
  ["Your IT guy is probably the one selling your data, warns a new book on insider threats.", true],
  [
    "A new book on insider threats argues that most 'insiders' are accidental and poorly supported.",
    false,
  ],
  [
    "Staff at the electricity distributor flagged the suspicious remote sessions weeks before the outage, but management didn't act.",
    false,
  ],
  ["It wasn't a nation-state; it was an operator who used 'admin123' on the control system.", true],
  [
    "The control system shipped with 'admin123' as a default password the manufacturer never forced anyone to change.",
    false,
  ],
  ["Year after year, the data-breach reports say the same thing: people are the problem.", true],
  [
    "Year after year, the data-breach reports put stolen credentials and exploited vulnerabilities at the top.",
    false,
  ],
];
