// Build step (see package.json "build"): trains the relationship-indicator model on the bundled
// corpus and writes it beside the compiled code, so that a server answers at once.
import { writeShippedModel } from "./indicators/shipped.js";

const file = writeShippedModel();
console.log(`Trained the text model: ${file}`);
