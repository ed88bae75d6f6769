// Writes circomlib's MiMC round constants (MiMC7: 91 rounds; MiMCSponge: 220 rounds), as circomlibjs builds
// them, into the binary resource the circuits module reads.
// Usage (from interop/): node extract/mimc-constants.mjs <output file>
// Format: "P4JM", u32 version 1, u32 n7, n7 constants, u32 nSponge, nSponge constants; numbers 32 bytes
// big-endian, integers big-endian.
import { writeFileSync } from 'node:fs';
import { buildMimc7, buildMimcSponge } from 'circomlibjs';

const mimc7 = await buildMimc7();
const sponge = await buildMimcSponge();
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); return b; };
const word = (F, x) => Buffer.from(F.toObject(x).toString(16).padStart(64, '0'), 'hex');
const parts = [Buffer.from('P4JM'), u32(1), u32(mimc7.cts.length)];
for (const c of mimc7.cts) parts.push(word(mimc7.F, c));
parts.push(u32(sponge.cts.length));
for (const c of sponge.cts) parts.push(word(sponge.F, c));
writeFileSync(process.argv[2], Buffer.concat(parts));
console.log(`wrote ${process.argv[2]}`);
