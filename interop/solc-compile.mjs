// Compiles one Solidity file with solc-js (pinned in package.json), optimizer on (200 runs), and prints
// {"<contract>": {"bytecode": "0x..", "deployedBytecode": "0x..", "abi": [...]}} for each contract in it.
// Usage: node solc-compile.mjs <file.sol>. Errors go to stderr with exit code 1.
import fs from "node:fs";
import path from "node:path";
import solc from "solc";

const file = process.argv[2];
const input = {
  language: "Solidity",
  sources: { [path.basename(file)]: { content: fs.readFileSync(file, "utf8") } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (out.errors || []).filter((e) => e.severity === "error");
if (errors.length > 0) {
  for (const e of errors) console.error(e.formattedMessage);
  process.exit(1);
}
const result = {};
for (const contracts of Object.values(out.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    result[name] = {
      abi: c.abi,
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
    };
  }
}
console.log(JSON.stringify(result));
