/**
 * Short answers of the kind the relationship questionnaire collects, for timing the detector
 * (target: at least 5,000 a second on one core). Written for Rapport; not part of the corpus.
 */
export function throughputSample(): string[] {
  return [
    "They are helpful but I can never reach them when I need them.",
    "Too much jargon in every email, I don't understand half of it.",
    "It's like working for them, everything I do gets checked.",
    "Never met them. No idea who they are.",
    "Friendly team, quick to fix things and they explain what they did.",
    "They treat us like idiots who will click on anything.",
    "I'm always worried I'll get something wrong and be told off.",
    "IT are useless, it took a week to reset my password.",
    "It's my own fault really, I never remember the rules.",
    "Fine, no complaints.",
    "They only contact us when something has gone wrong.",
    "The rules slow us down and nobody asked us before bringing them in.",
    "Maybe a bit distant sometimes, but nice enough.",
    "I just sort problems out myself rather than call them.",
    "They seem arrogant and talk down to the admin staff.",
    "Good relationship, they visit our office every month.",
  ];
}
