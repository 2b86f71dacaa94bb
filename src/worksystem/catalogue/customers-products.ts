import { builtin } from "./define.js";

/** Who the work is for, and what it hands over to them. */
export const CUSTOMER_AND_PRODUCT_GUIDELINES = builtin([
  {
    code: "customers.shared_information_protected",
    element: "customers",
    statement:
      "Information we give to customers, or let them see, is protected from misuse on their side too.",
    question: "Is the information we share with customers protected from misuse on their side?",
    why: "Once information leaves the firm, other people handle it, including the customer's staff and suppliers. Sharing only what is needed, in a safe way, limits the harm.",
    item_codes: ["handles_sensitive_data"],
    interventions: ["supplier_review", "access_review"],
  },
  {
    code: "customers.data_accurate",
    element: "customers",
    statement: "Someone checks that information about customers is correct and up to date.",
    question: "Is there a clear way to check and correct the information we hold about customers?",
    why: "Wrong details can send an invoice or personal data to the wrong person. Knowing who corrects them keeps such mistakes small.",
    item_codes: ["need_data_ownership"],
    interventions: ["data_inventory", "guidance_update"],
  },
  {
    code: "customers.data_access_limited",
    element: "customers",
    statement:
      "Information about customers can only be seen and changed by the people whose work needs it.",
    question: "Is access to customer information limited to the people whose work needs it?",
    why: "Customers trust the firm with their details. Fewer people with access means fewer chances for a slip or for misuse.",
    item_codes: ["need_data_ownership", "handles_sensitive_data"],
    interventions: ["access_review", "technical_control"],
  },
  {
    code: "products_services.resist_error",
    element: "products_services",
    statement:
      "Reports, invoices and other information we produce are designed so that mistakes and misuse are hard to make and easy to spot.",
    question:
      "Are our reports, invoices and other outputs checked in a way that catches mistakes early?",
    why: "A mistake in something a customer receives travels far and is hard to take back. Simple checks built into the work catch many of them.",
    item_codes: ["controls_reviewed"],
    interventions: ["technical_control", "requirement_workshop"],
  },
  {
    code: "products_services.no_reason_to_bend_figures",
    element: "products_services",
    statement:
      "Nothing in targets, bonuses or deadlines gives anyone a reason to bend the figures or details in what we produce.",
    question:
      "Have we checked that our targets and rewards give nobody a reason to bend the information we produce?",
    why: "When a target can be met by changing a number, the number stops being reliable. Changing the target works better than watching people.",
    item_codes: ["security_prioritised"],
    interventions: ["management_support", "security_dialogue"],
  },
  {
    code: "products_services.safe_delivery",
    element: "products_services",
    statement:
      "What we deliver reaches only the intended people, through a channel that suits how sensitive it is.",
    question: "Do outputs that hold sensitive information reach only the people meant to get them?",
    why: "A report sent to the wrong address is an easy way for information to get out. A safe and simple way to send it prevents that.",
    item_codes: ["handles_sensitive_data", "job_requires_attention"],
    interventions: ["technical_control", "guidance_update"],
  },
]);
