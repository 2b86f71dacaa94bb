import { builtin } from "./define.js";

/** What the work handles and the tools and shared systems it runs on. */
export const INFORMATION_AND_TECHNOLOGY_GUIDELINES = builtin([
  {
    code: "information.sensitive_identified",
    element: "information",
    statement:
      "The sensitive information in this work is known: what it is, where it is kept and who looks after it.",
    question:
      "Do we know which information in this work is sensitive, where it is kept and who looks after it?",
    why: "Nobody can protect what has not been found. A short list is enough to start and shows where care is needed.",
    item_codes: ["handles_sensitive_data", "need_data_ownership"],
    interventions: ["data_inventory"],
  },
  {
    code: "information.care_matches_sensitivity",
    element: "information",
    statement:
      "The care given to information matches how sensitive it is: more for personal or confidential data, less for public facts.",
    question: "Does the protection of each kind of information match how sensitive it is?",
    why: "Treating everything as top secret wastes effort and wears people out. Treating everything as public puts customers and the firm at risk.",
    item_codes: ["job_requires_attention", "handles_sensitive_data"],
    interventions: ["data_inventory", "technical_control", "access_review"],
  },
  {
    code: "information.protection_easy",
    element: "information",
    statement:
      "Protecting information takes little extra time or effort, so nobody needs a shortcut to get their work done.",
    question:
      "Can people protect information without it slowing their work so much that they need a way around it?",
    why: "If the safe way is slow, people find a faster one. Making the safe way the easy way removes the need for shortcuts.",
    item_codes: ["security_obstacles", "security_prioritised"],
    interventions: ["technical_control", "requirement_workshop"],
  },
  {
    code: "information.owner_named",
    element: "information",
    statement:
      "Each important set of information has a named owner who decides who may see and change it.",
    question: "Does each important set of information have an owner who decides who may use it?",
    why: "Without an owner, access grows and is never trimmed. An owner also knows what to do if something goes wrong.",
    item_codes: ["need_data_ownership", "need_responsible_person"],
    interventions: ["data_inventory", "access_review"],
  },
  {
    code: "information.easy_to_tell_sensitivity",
    element: "information",
    statement: "People can tell at a glance how sensitive a document or file is.",
    question: "Can people easily tell how sensitive a document or file is before they share it?",
    why: "A simple label such as public, internal or confidential helps people decide quickly how to handle it.",
    item_codes: ["aware_controls", "job_requires_attention"],
    interventions: ["data_inventory", "guidance_update"],
  },
  {
    code: "technologies.protected",
    element: "technologies",
    statement:
      "Computers, phones and software used in the work are kept safe from break-ins and theft, for example with screen locks.",
    question: "Are the devices and software in this work kept safe from break-ins and theft?",
    why: "A stolen laptop or a broken-into account can expose everything it holds. Simple steps such as screen locks and updates prevent much of this.",
    item_codes: ["aware_controls"],
    interventions: ["technical_control"],
  },
  {
    code: "technologies.unusual_use_noticed",
    element: "technologies",
    statement:
      "Unusual use of systems, such as sign-ins at odd hours or very large downloads, is noticed and looked into.",
    question: "Would anyone notice if a system in this work were used in an unusual way?",
    why: "Many problems show early signs. Spotting them soon keeps the harm small, and saying openly what is watched keeps trust.",
    item_codes: ["controls_reviewed"],
    interventions: ["monitoring"],
  },
  {
    code: "technologies.kept_up_to_date",
    element: "technologies",
    statement: "Software and devices get security updates soon after the updates come out.",
    question:
      "Are security updates installed on our devices and software soon after they come out?",
    why: "Updates close gaps that attackers already know about. When updates install by themselves, nobody has to remember them.",
    item_codes: ["controls_updates_aware"],
    interventions: ["technical_control", "monitoring"],
  },
  {
    code: "technologies.personal_devices_clear",
    element: "technologies",
    statement:
      "There is a clear, agreed way to use personal phones and computers for work, if they are used at all.",
    question: "Is it clear whether and how personal phones and computers may be used for work?",
    why: "Personal devices are handy but hard for the firm to protect. A clear rule, agreed with staff, saves people from guessing.",
    item_codes: ["aware_controls", "policy_status"],
    interventions: ["guidance_update", "technical_control"],
  },
  {
    code: "infrastructure.shared_risks_known",
    element: "infrastructure",
    statement:
      "The risks of shared systems, such as the network, email, online services and shared drives, are known.",
    question:
      "Do we know what could go wrong with the shared systems this work relies on, such as email or online storage?",
    why: "Shared systems connect many teams, so one weak spot can affect them all. Knowing the risks helps plan for them.",
    item_codes: ["need_responsible_person"],
    interventions: ["supplier_review", "technical_control"],
  },
  {
    code: "infrastructure.watched",
    element: "infrastructure",
    statement:
      "Shared systems are watched for signs of trouble, and someone is ready to act when something goes wrong.",
    question: "Is someone watching the shared systems and ready to act when something goes wrong?",
    why: "Problems in shared systems spread fast. A named person and a simple plan shorten the time it takes to put things right.",
    item_codes: ["need_incident_team", "need_responsible_person"],
    interventions: ["monitoring", "incident_exercise"],
  },
  {
    code: "infrastructure.limits_harm",
    element: "infrastructure",
    statement:
      "Shared systems are set up so that one problem cannot easily spread, for example with separate access and backups.",
    question:
      "Are shared systems set up so that one problem cannot easily spread or wipe out our data?",
    why: "Backups and sensible separation turn a disaster into an inconvenience. They work best when they are tested now and then.",
    item_codes: ["controls_reviewed"],
    interventions: ["technical_control", "access_review"],
  },
]);
