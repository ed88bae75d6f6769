// SCALE encodings by @polkadot/types 16.5.6 (pinned in package.json), for differential tests. Reads from stdin a
// JSON array of {"type": "<polkadot type>", "value": ...} (integers as decimal strings, bytes as 0x hex) and
// prints a JSON array of the encodings as 0x hex. The enum type "Snark4jEnum" is {A: u32, B: bool, C: Text}.
import { TypeRegistry } from "@polkadot/types";
import { u8aToHex } from "@polkadot/util";

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const registry = new TypeRegistry();
registry.register({ Snark4jEnum: { _enum: { A: "u32", B: "bool", C: "Text" } } });
console.log(JSON.stringify(cases.map((c) => u8aToHex(registry.createType(c.type, c.value).toU8a()))));
