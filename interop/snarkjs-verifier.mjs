// snarkjs's own Groth16 Solidity verifier for a verification_key.json, rendered from snarkjs's template as
// `snarkjs zkey export solidityverifier` does (for gas comparisons only; the template is snarkjs's, GPL).
// Usage: node snarkjs-verifier.mjs <verification_key.json> <out.sol>
import fs from "node:fs";
import ejs from "ejs";

const vk = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const template = fs.readFileSync(new URL("./node_modules/snarkjs/templates/verifier_groth16.sol.ejs", import.meta.url), "utf8");
fs.writeFileSync(process.argv[3], ejs.render(template, vk));
