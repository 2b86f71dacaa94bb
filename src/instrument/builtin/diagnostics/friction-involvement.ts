import type { InstrumentDefinition } from "../../instrument.schema.js";
import { agree, openText } from "./common.js";

/**
 * Where security gets in the way of the job, what people do instead, and whether they have a
 * say (paper 000: security designed away from the real work gets worked around; over 80% of
 * SME staff had no part in their own job's security rules). Workarounds are asked about
 * "people here", not "you", so nobody has to own up to anything to answer honestly.
 * Reverse-keyed items of the friction and involvement scales are listed in
 * src/analysis/scales.ts.
 */
export const frictionInvolvement: InstrumentDefinition = {
  code: "friction-involvement",
  title: "Security and getting your job done",
  description:
    "Where security rules get in your way, what people do about it, and which rules would suit your job.",
  language: "en",
  intro:
    "Security only works if it fits the real work. Tell us where it does not, so the rules can be made to fit. Your answers are anonymous: nobody at your firm sees who said what, and nobody will be asked to explain an answer. Please don't name anyone.",
  estimated_minutes: 8,
  sections: [
    {
      code: "friction",
      title: "Where security gets in the way",
      items: [
        agree("friction_1", "Security rules slow down my work."),
        agree("friction_2", "The security rules fit well with how I do my job."),
        agree(
          "friction_3",
          "I sometimes have to choose between getting my work done and following security rules.",
        ),
        agree("friction_4", "At busy times, security checks get in my way."),
        agree("friction_5", "I can follow the security rules without losing time."),
        {
          code: "friction_situations",
          type: "multiple_choice",
          text: "In which of these situations does security get in your way? Choose all that apply.",
          options: [
            { code: "password_rules", label: "Making up or changing passwords" },
            { code: "locked_out", label: "Being locked out of an account" },
            {
              code: "extra_login_steps",
              label: "Extra login steps, such as codes sent to a phone",
            },
            { code: "blocked_sites", label: "Websites or downloads that are blocked" },
            { code: "software_install", label: "Not being allowed to install a program I need" },
            { code: "sharing_files", label: "Sharing files with customers or suppliers" },
            { code: "email_filters", label: "Emails or attachments that are held back" },
            { code: "remote_work", label: "Working from home or on the road" },
            { code: "own_device", label: "Using my own phone or computer" },
            { code: "waiting_support", label: "Waiting for IT to help or give access" },
            { code: "training_time", label: "Security training that takes time from my work" },
            { code: "none", label: "None of these" },
          ],
        },
        openText(
          "friction_example",
          "Tell us about a time when security got in the way of your work. What happened?",
          "Leave it empty if you can't think of one.",
        ),
      ],
    },
    {
      code: "workarounds",
      title: "What people do instead",
      description:
        "Everyone finds ways to get the job done. Knowing which ways helps fix the rules, not punish people.",
      items: [
        {
          code: "workarounds_seen",
          type: "multiple_choice",
          text: "When security gets in the way, what do people here sometimes do instead? Choose all that apply.",
          help: "This is about what happens, not about who does it.",
          options: [
            { code: "share_passwords", label: "Share a password or login with a colleague" },
            { code: "use_colleague_access", label: "Ask a colleague to do it with their login" },
            { code: "write_down_passwords", label: "Write passwords down" },
            { code: "reuse_passwords", label: "Use the same password for several things" },
            { code: "personal_device", label: "Use their own phone or computer for work" },
            { code: "personal_email", label: "Send work files to a personal email address" },
            { code: "personal_storage", label: "Keep work files on a USB stick or personal cloud" },
            { code: "skip_step", label: "Skip a step, such as a check or an approval" },
            { code: "leave_unlocked", label: "Stay logged in or leave a screen unlocked" },
            { code: "turn_off_setting", label: "Turn off a security setting" },
            { code: "none", label: "None of these" },
            { code: "dont_know", label: "I don't know" },
          ],
        },
        openText(
          "workarounds_other",
          "What else do people do to get the job done when security is in the way?",
          "Please describe what happens, not who does it.",
        ),
      ],
    },
    {
      code: "involvement",
      title: "Having a say",
      items: [
        {
          code: "asked_about_rules",
          type: "yes_no",
          dont_know: true,
          text: "Has anyone ever asked you how the security rules should work for your job?",
        },
        agree("involve_1", "I know who to tell when a security rule does not work for my job."),
        agree(
          "involve_2",
          "When I point out a problem with a security rule, something is done about it.",
        ),
        agree(
          "involve_3",
          "Security rules here are made without asking the people who have to follow them.",
        ),
        openText(
          "proposed_requirements",
          "If you could set the security rules for your own job, what would they be?",
          "For example: what in your work needs protecting, and a way to protect it that fits how you work.",
        ),
      ],
    },
  ],
};
