// ABI encodings by ethers 6 (pinned in package.json), for differential tests. Reads from stdin a JSON array of
// {"types": ["uint256", ...], "values": [...]} (integers as decimal strings, bytes and addresses as 0x hex) and
// prints a JSON array of the encodings as 0x hex.
import { AbiCoder } from "ethers";

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const coder = AbiCoder.defaultAbiCoder();
console.log(JSON.stringify(cases.map((c) => coder.encode(c.types, c.values))));
