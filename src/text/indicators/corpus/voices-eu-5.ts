import type { RawExample } from "./types.js";

/** IT generalists who also do security, in schools, clinics, councils and charities (round 21). Written fresh for Rapport (brief EU). */
export const VOICES_EU_5: readonly RawExample[] = [
  ["The clinic director defends me in meetings, which makes a huge difference.", ""],
  [
    "Being called only for emergencies makes me feel like a fire extinguisher on the wall.",
    "comm feel",
  ],
  ["We translated the policy summary into Polish and Romanian for the packing team.", ""],
  ["The hotel owner made me give his nephew admin rights. I had no say.", "power"],
  ["I would say relations are ok, but people do not come to me, I go to them.", "distance"],
  ["Our volunteer coordinator, Beatriz, helped rewrite the onboarding guide. Far clearer now.", ""],
  ["Honestly most breaches I've seen started with someone trying to be helpful.", "blame:emp"],
  ["The sales director once told me security is 'a tax on getting things done'.", "conflict"],
  ["Weekly patch reports go to the operations manager, who reads them, to her credit.", ""],
  ["I'm not sure we did ourselves any favours with the 20-character password rule.", "blame:self"],
  ["Overall the relationship with staff is good, we argue sometimes but respect each other.", ""],
  [
    "the admins hide their own shadow IT from me, that's how much they trust us",
    "distance conflict",
  ],
  ["When someone says thank you, I note it down. It doesn't happen often.", "feel"],
  ["Monday mornings I walk round each classroom to check the projectors and say hello.", ""],
  [
    "Our retail stores get a one-page security checklist every quarter, signed off by the store manager.",
    "",
  ],
  ["Don't know if the council has a formal policy on personal devices. I've never seen one.", ""],
  ["Credit to Tomasz on the night shift, he caught the fake delivery email and told everyone.", ""],
  ["Compared with my last job, people here ask for help early. Makes my life easier.", ""],
];
