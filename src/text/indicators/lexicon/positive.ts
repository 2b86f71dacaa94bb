import { type CueEntry, pos } from "./cue.js";

/**
 * Signs of a working relationship. On their own they only tell a concession ("slow, but lovely
 * people") from a complaint; negated they are cues of their own ("never explain anything").
 */
export const POSITIVE: CueEntry[] = [
  ...pos(
    "{helpful|helped|supportive|support|assist|assistance|useful|any help|much help|of help|a help|help me|help us|helped me|helped us}",
    { c: 0.55 },
  ),
  ...pos(
    "{approachable|accessible|reachable|available|contactable|on hand|there for us|there for me|there when}",
    { c: 0.55, d: 0.5 },
  ),
  ...pos(
    "{easy to reach|easy to contact|easy to get hold of|easy to talk to|easy to approach|easy to find|quick to respond|quick to reply|quick to help|get back quickly|always there}",
    { c: 0.55, d: 0.45 },
  ),
  ...pos("responsive|prompt|quick|quickly|fast|swift|efficient|speedy|timely", { c: 0.45 }),
  ...pos(
    "{friendly|lovely|nice|kind|polite|pleasant|warm|welcoming|cheerful|courteous|personable|charming|good humoured|good-humoured|sound|decent}",
    { n: 0.45, d: 0.3 },
  ),
  ...pos("patient|understanding|empathetic|considerate|reasonable|flexible|accommodating", {
    c: 0.4,
    n: 0.4,
  }),
  ...pos(
    "{clear|clearly|understandable|easy to understand|easy to follow|plain english|plain language|plain terms|simple terms|simple language|layman's terms|laymans terms|lay terms|layman terms|normal language|everyday language|human language|in english|jargon free|jargon-free|straightforward|makes sense|make sense|made sense|step by step|step-by-step}",
    { n: 0.75 },
  ),
  ...pos(
    "explain|explains|explained|explaining|explanation|explanations|clarify|clarifies|clarified|translate|translates",
    { n: 0.7 },
  ),
  ...pos(
    "{tell us|told us|tell me|told me|let us know|let me know|keep us informed|keep us updated|keep us posted|inform us|inform me|update us|warn us}",
    { n: 0.45, d: 0.2 },
  ),
  ...pos(
    "{listen|listens|listened|listening|hear us out|take on board|takes on board|took on board}",
    { c: 0.35, n: 0.4, p: 0.3 },
  ),
  ...pos(
    "respect|respects|respected|respectful|value|values|valued|appreciate|appreciates|appreciated|appreciative",
    { p: 0.55, n: 0.35 },
  ),
  ...pos("{trust|trusts|trusted|trusting|trustworthy|rely on|count on|depend on}", {
    f: 0.6,
    d: 0.25,
  }),
  ...pos("care|cares|cared|caring|bothered|interested|concerned", { d: 0.65, f: 0.2 }),
  ...pos(
    "{see them|seen them|see anyone|see someone|see the|saw them|meet them|met them|met anyone|met any|meet anyone|talk to|talk with|speak to|speak with|chat to|chat with|spoke to|spoke with|talked to|talked with|hear from|heard from|interact|interacts|interacted|interaction|contact with|in contact|in touch|deal with them|dealt with them|dealings with|visit|visits|visited|come over|came over|come round|came round|drop by|drops by|dropped by|pop in|pops in|popped in|show their face|show their faces}",
    { d: 0.65, n: 0.2 },
  ),
  ...pos(
    "{know who|know their names|know their name|know them|knows who|knew who|know what they look like|recognise them|recognize them|know them personally|on first name terms|first-name terms|on a first name basis}",
    { d: 0.75 },
  ),
  ...pos(
    "{face to face|in person|face-to-face|personal touch|human touch|personally|one to one|one-to-one|one on one}",
    { n: 0.45, d: 0.45 },
  ),
  ...pos(
    "{ask us|asked us|ask me|asked me|consult|consults|consulted|involve|involves|involved|include|includes|included|invite|invites|invited|our input|our views|our opinion|our feedback}",
    { p: 0.45, d: 0.4 },
  ),
  // Starts at the verb, so that "nobody ever asked for our opinion" negates it within reach.
  ...pos(
    "{ask|asks|asked|asking|want|wants|wanted|seek|seeks|sought|listen|listens|listened} [for|to] {our|my|staff|employees|people's} {opinion|opinions|views|view|input|feedback|ideas|thoughts|say}",
    { p: 0.45, d: 0.4 },
  ),
  ...pos("{safe|secure|protected|comfortable|confident|reassured|at ease|relaxed}", { f: 0.55 }),
  ...pos("{people person|people people|people persons|sociable|social|outgoing|chatty}", {
    d: 0.55,
  }),
  ...pos(
    "{good|great|brilliant|excellent|fantastic|amazing|superb|wonderful|awesome|fab|fabulous|outstanding|solid|strong|positive|healthy|smooth|fine|ok|okay|alright|decent}",
    {},
  ),
  ...pos(
    "{good relationship|great relationship|strong relationship|healthy relationship|positive relationship|good rapport|great rapport|get on well|get on fine|get along|get along well|gets on well|got on well|work well together|work together|working together|team player|team players|on the same side|same team|one team|partners|partnership|collaborative|collaboration|cooperative|co-operative|cooperation|together}",
    { d: 0.4, c: 0.3 },
  ),
  ...pos(
    "{no complaints|can't complain|cannot complain|can not complain|no issues|no problems|never had a problem|never had any problems|never had an issue|never had any issues|no problem at all|not a problem|nothing bad|nothing negative|all good|happy with|pleased with|glad|grateful|thankful|thanks to them|thank them|thank you|kudos|hats off|credit to|shout out|props to}",
    {},
  ),
  ...pos(
    "{go out of their way|goes out of their way|went out of their way|above and beyond|bend over backwards|bent over backwards|nothing is too much trouble|nothing is too much|took the time|take the time|takes the time|make time|made time|make the effort|made the effort}",
    { d: 0.3 },
  ),
  ...pos(
    "{keep us safe|keeps us safe|keep the company safe|protect us|protects us|look after us|looks after us|looked after us|have our back|have our backs|got our backs|got our back|on our side}",
    { f: 0.3 },
  ),
  ...pos(
    "{knowledgeable|competent|capable|skilled|professional|experts|expert|know their stuff|knows their stuff|know what they are doing|know what they're doing}",
    { b: 0.5 },
  ),
  ...pos(
    "{equal|equals|as equals|on equal terms|on an equal footing|level playing field|mutual|mutually|two-way|two way}",
    { p: 0.5 },
  ),
  ...pos("{visible|present|about the office|in the office|on the floor|on site|onsite}", {
    d: 0.45,
  }),
  ...pos("{humour|humor|funny|laugh with|joke with|banter|fun|human}", {}),
  ...pos("{warmth|warm|close|closeness|friendliness}", { d: 0.55 }),
  ...pos(
    "{call back|calls back|called back|get back to|gets back to|got back to|follow up|follows up|followed up|always respond|always reply|always answer|always get back}",
    { c: 0.55, n: 0.4 },
  ),
  ...pos(
    "{paths cross|our paths cross|bump into them|run into them|bump into each other|cross paths}",
    { d: 0.65 },
  ),
  ...pos(
    "{looking forward|look forward|can't wait|cannot wait|thrilled|delighted|excited|love it|loving it}",
    { f: 0.55 },
  ),
  ...pos("{talk to us|talk to me|speak to us|speak to me|talk to staff|talk to people}", {
    d: 0.6,
    n: 0.45,
  }),
  ...pos(
    "{not a big deal|no big deal|not a problem|not an issue|not serious|nothing serious|does not bother me|doesn't bother me|don't mind|do not mind|fair enough|i get it|i understand why|i see why|that's fine|which is fine|it's fine|that's okay|no harm|not the end of the world|nothing major|not a major|understandably|to be fair|in fairness}",
    {},
  ),
  // A careful habit said of staff ("our pickers would never plug in a charger they're handed")
  // is praise of them, not the blame its words share with "they'll plug in anything".
  ...pos(
    "{would never|will never|'d never|'ll never} {click|open|plug|install|download|forward|share|reply|hand}",
  ),
  ...pos(
    "{don't even notice|do not even notice|don't notice it|used to it|got used to it|second nature|no longer bothers me|fine now|okay now|ok now|better now|much better|a lot better|far better|so much better|better now|improved|improving|got better|getting better|fairer|much fairer|turned around|turned a corner}",
    {},
  ),
];
