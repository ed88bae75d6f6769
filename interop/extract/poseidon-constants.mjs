// Writes circomlib's Poseidon parameters (round constants C and MDS matrices M for t = 2..17, from
// circomlibjs's poseidon_constants.json) into the binary resource the circuits module reads.
// Usage (from interop/): node extract/poseidon-constants.mjs <output file>
// Format: "P4JP", u32 version 1, u32 count; then per t: u32 t, u32 fullRounds, u32 partialRounds,
// (fullRounds + partialRounds)·t constants, t·t matrix entries (row-major, M[i][j]); every number 32 bytes
// big-endian. All integers big-endian.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// the package's exports do not list the JSON file: read it from its place in node_modules
const constantsPath = fileURLToPath(new URL('../node_modules/circomlibjs/src/poseidon_constants.json', import.meta.url));
const { C, M } = JSON.parse(readFileSync(constantsPath, 'utf8'));
const FULL = 8;
const PARTIAL = [56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68];

const parts = [];
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); return b; };
const word = (x) => {
  const h = BigInt(x).toString(16).padStart(64, '0');
  if (h.length !== 64) throw new Error(`constant too large: ${x}`);
  return Buffer.from(h, 'hex');
};
parts.push(Buffer.from('P4JP'), u32(1), u32(C.length));
for (let k = 0; k < C.length; k++) {
  const t = k + 2;
  const rounds = FULL + PARTIAL[k];
  if (C[k].length !== rounds * t) throw new Error(`t=${t}: ${C[k].length} constants, expected ${rounds * t}`);
  parts.push(u32(t), u32(FULL), u32(PARTIAL[k]));
  for (const c of C[k]) parts.push(word(c));
  for (let i = 0; i < t; i++) for (let j = 0; j < t; j++) parts.push(word(M[k][i][j]));
}
writeFileSync(process.argv[2], Buffer.concat(parts));
console.log(`wrote ${process.argv[2]}`);
