import { FRESH_ZF_2 } from "./fresh-zf-2.js";
import { FRESH_ZF_3 } from "./fresh-zf-3.js";
import { FRESH_ZF_4 } from "./fresh-zf-4.js";
import { FRESH_ZF_5 } from "./fresh-zf-5.js";
import type { RawBlameExample } from "./types.js";

/** In-house IT and security staff in team chat and incident retrospectives. Written fresh for Rapport (brief ZF). */
const FIRST_PART: readonly RawBlameExample[] = [
  [
    "lol marketing again. someone in there will enter their O365 creds into a page with a potato for a logo",
    true,
  ],
  [
    "Retro note: the phishing page got through because our mail filter had the lookalike domain on an allow list from a 2019 vendor trial.",
    false,
  ],
  [
    "Retro note: the phishing page got through because three people in payroll typed their passwords in without even looking at the address bar.",
    true,
  ],
  [
    "Rotated the service account creds, pushed the new secret to the vault, restarting the app pool now.",
    false,
  ],
  ["Honestly the firewall is fine, it's the forty idiots behind it I worry about.", true],
  [
    "Honestly the users are fine, it's the forty-rule firewall nobody has reviewed since 2016 I worry about.",
    false,
  ],
  [
    "Timeline: 09:12 alert fired, 09:14 analyst acknowledged, 09:31 host isolated. Containment was fast.",
    false,
  ],
  [
    "Can we just take local admin off sales already? Every month one of them installs some PDF converter that ships adware.",
    true,
  ],
  [
    "Can we just take local admin off the build servers already? The deploy script doesn't need it and it's one less path for an attacker.",
    false,
  ],
  [
    "Root cause: the backup job failed silently for six weeks because alert emails went to a distribution list that was deleted in the restructure.",
    false,
  ],
  [
    "Root cause, as always: somebody in finance who thinks 'urgent' in a subject line means skip every check.",
    true,
  ],
  [
    "Jen from reception reported the fake courier text within ten minutes. Give her a gold star, that's what we want.",
    false,
  ],
  [
    "Half the tickets this week are people who forgot the password they set on Monday. On Monday.",
    true,
  ],
  [
    "Half the tickets this week are password resets because the new policy forces a change every 30 days. That's on us, not them.",
    false,
  ],
  [
    "If you want to know where the breach will come from, look at whoever has the most browser tabs open. Usually the directors.",
    true,
  ],
  [
    "The lateral movement was possible because every workstation had the same local admin password. LAPS would have stopped it.",
    false,
  ],
  [
    "Users are a threat surface like any other, and frankly the least predictable one we manage.",
    true,
  ],
  [
    "Users are also our biggest sensor network. Forty percent of our confirmed incidents started with a staff report.",
    false,
  ],
  [
    "MFA fatigue attack on the warehouse manager. He approved the eleventh push at 2am because he just wanted it to stop. Number matching would have prevented it.",
    false,
  ],
  [
    "MFA fatigue attack on the warehouse manager. Eleven pushes and he still hit approve, because of course he did.",
    true,
  ],
  [
    "I don't care how much training we run, Dave in procurement will click it. Dave always clicks it.",
    true,
  ],
  [
    "Post-incident action: move the shared drive permissions off 'Everyone: Full Control'. That was set by an installer default, not by anyone here.",
    false,
  ],
  ["We had a USB drop test last quarter. Eighty percent plugged it in. Eighty. Percent.", true],
  [
    "We had a USB drop test last quarter and I'm not sure what it proved, except that we never disabled autorun on the old image.",
    false,
  ],
  [
    "The insider threat program mostly generates anxiety and HR tickets. I'd rather spend that budget on DLP tuning.",
    false,
  ],
  [
    "Every insider incident I've worked started with someone we trusted and shouldn't have. Trust nobody with a badge.",
    true,
  ],
  [
    "people will literally write the wifi password on the whiteboard in the meeting room where the visitors sit",
    true,
  ],
  [
    "The guest wifi password is on the whiteboard because we told reception to put it there. Maybe give guests a proper captive portal instead.",
    false,
  ],
  [
    "Our worst exposure last year was a Jenkins instance open to the internet. Nobody clicked anything, it was just misconfigured.",
    false,
  ],
  [
    "Our worst exposure last year was a project manager who shared the whole client folder with 'anyone with the link'. People just don't think.",
    true,
  ],
  [
    "Sharing links default to 'anyone with the link' in our tenant. Change the default and those oversharing incidents mostly disappear.",
    false,
  ],
  [
    "You can lock the whole estate down and someone in HR will still email a spreadsheet of salaries to their gmail to 'work from home'.",
    true,
  ],
  [
    "HR emails spreadsheets to personal accounts because we never gave them a working remote access option. Fix the tooling.",
    false,
  ],
  ["Devs commit AWS keys to public repos about once a quarter. You'd think they'd learn.", true],
  [
    "Turned on secret scanning push protection for the org. It blocked two commits with keys this week before they left anyone's laptop.",
    false,
  ],
  [
    "Tabletop went well. Comms lead knew exactly who to call and legal was looped in inside the hour.",
    false,
  ],
  [
    "Tabletop went as expected: the exec team wanted to pay the ransom in the first five minutes and nobody knew where the backups were.",
    true,
  ],
  [
    "The ransomware got in through an unpatched Fortinet box. Patch was out for nine weeks; we had no change window approved for it.",
    false,
  ],
  [
    "The ransomware got in because a contractor ran a 'crack' for some CAD plugin on a domain-joined laptop. Contractors are a liability, full stop.",
    true,
  ],
  [
    "Staff aren't the weakest link, they're the only link that tells us when something smells off.",
    false,
  ],
  [
    "Whoever said 'people are our greatest asset' never did a phishing sim on the sales floor.",
    true,
  ],
  [
    "Phish sim click rate dropped from 14% to 4% once we stopped shaming clickers and started thanking reporters.",
    false,
  ],
  [
    "Publishing the click-rate league table by department worked. Nobody wants to be the stupidest team on the wall.",
    true,
  ],
  [
    "Remember, the user who clicked is a witness, not a suspect. Get their timeline before they're too scared to talk.",
    false,
  ],
  [
    "Interview the clicker like a suspect. Nine times out of ten they've been lying about what else they opened.",
    true,
  ],
  [
    "The exec assistant forwarded the CEO's calendar invite to an external address. Assistants leak everything.",
    true,
  ],
  [
    "The exec assistant flagged that the 'CEO' asking for gift cards wrote in the wrong time zone. That catch saved us about twelve grand.",
    false,
  ],
  [
    "Conditional access now blocks legacy auth tenant-wide. Three printers broke, fixing them today.",
    false,
  ],
  [
    "The printers broke because someone in facilities bought the cheapest model with no modern auth support. Typical.",
    true,
  ],
  [
    "Procurement bought printers with no modern auth because the spec we gave them didn't mention it. Our bad.",
    false,
  ],
  ["Put simply: the tech works, the people don't.", true],
  ["Put simply: the people mostly work, the tech keeps surprising us.", false],
  [
    "Patch Tuesday compliance at 97% for workstations, 81% for servers. Server gap is the legacy ERP cluster.",
    false,
  ],
  [
    "Every time we roll out a control, some VP demands an exception. The VPs are the vulnerability.",
    true,
  ],
  [
    "Exceptions for VPs are approved by the CISO, documented, and reviewed every ninety days. Nothing magic about it.",
    false,
  ],
  [
    "I swear the only thing that spreads faster than ransomware in this building is people plugging in their phone chargers to the server room PDU.",
    true,
  ],
  [
    "Staff are going to make mistakes. Our job is to make sure one mistake can't take down the domain.",
    false,
  ],
  ["Staff are going to make mistakes, so the less we let them touch, the better.", true],
  [
    "Retro: attacker had domain admin in under four hours because of Kerberoastable service accounts with passwords from 2014.",
    false,
  ],
  [
    "Retro: attacker had domain admin in under four hours because the sysadmin reused his domain admin password on his personal Netflix.",
    true,
  ],
  [
    "Admin accounts now require hardware keys. No more shared passwords for the domain admin group.",
    false,
  ],
  [
    "Support staff give out password resets to anyone who sounds confident on the phone. The helpdesk is basically an open door.",
    true,
  ],
  [
    "We added callback verification for resets. The helpdesk asked for it, honestly; they hated being the ones who could get conned.",
    false,
  ],
  ["Nobody reads the security banner. Nobody reads anything. They just hit OK.", true],
  [
    "If a warning appears forty times a day, it's not a warning anymore, it's wallpaper. Cut the noise.",
    false,
  ],
  [
    "EDR caught the Cobalt Strike beacon on a kiosk machine. Kiosk images haven't been rebuilt since the last major release.",
    false,
  ],
  [
    "Data classification project is stalling because nobody can agree what 'confidential' means. That's a governance problem.",
    false,
  ],
  [
    "Data classification is stalling because staff label everything 'public' so they don't get the annoying prompt. Lazy.",
    true,
  ],
  [
    "If the label prompt is annoying enough that everyone picks 'public', the prompt is broken.",
    false,
  ],
  [
    "New starter onboarding now includes a 20-minute session on reporting suspicious emails. Feedback has been good.",
    false,
  ],
  [
    "New starters are the worst. Give it a week and they've signed up for six SaaS trials with the work email.",
    true,
  ],
  [
    "Shadow IT exists because the approved tool takes three months to procure. People are solving problems we left open.",
    false,
  ],
  ["Shadow IT is just staff deciding the rules don't apply to them.", true],
  [
    "The breach report says 'human error' but the human followed the runbook exactly. The runbook was wrong.",
    false,
  ],
  [
    "The breach report says 'human error' and for once it's accurate: the DBA dropped prod because he didn't read which terminal he was in.",
    true,
  ],
  [
    "Colour-coded prompts for prod shells went live. Red background, hostname in caps. Should stop the wrong-terminal incidents.",
    false,
  ],
  [
    "Developers think security is someone else's job. Until the pen test, then it's our fault.",
    true,
  ],
  [
    "The pen test found a reflected XSS in the customer portal and an outdated jQuery. Both fixed in the sprint.",
    false,
  ],
  [
    "Why do we even bother with a clean desk policy, you walk past the legal team and there are passwords on post-its on every monitor.",
    true,
  ],
  [
    "Post-its on monitors usually mean the password policy is impossible to remember. Password managers fixed most of it for us.",
    false,
  ],
  [
    "Anybody else think the new vendor's SSO integration is half-baked? SAML assertions aren't even signed.",
    false,
  ],
  [
    "Third-party vendor got popped and their VPN into us was wide open. Vendor access reviews are overdue.",
    false,
  ],
  ["You know what the threat model is here? Bored people with admin rights.", true],
  [
    "The threat model for this app is pretty simple: internet-facing login, PII behind it, so credential stuffing is the main concern.",
    false,
  ],
];

export const FRESH_ZF: readonly RawBlameExample[] = [
  ...FIRST_PART,
  ...FRESH_ZF_2,
  ...FRESH_ZF_3,
  ...FRESH_ZF_4,
  ...FRESH_ZF_5,
];
