// Known answers for snarkjs's hashToG2 (ffjavascript's ChaCha seeded by a 64-byte hash, then G2.fromRng):
// what a phase-2 contribution's g2_sp must be for snarkjs zkey verify to accept it.
// Usage: node extract/hash-to-g2.mjs > ../prover/src/test/resources/hash-to-g2.json
import { buildBn128, ChaCha } from "ffjavascript";
const curve = await buildBn128(true);
const out = [];
for (let t = 0; t < 6; t++) {
  const hash = new Uint8Array(64);
  for (let j = 0; j < 64; j++) hash[j] = (j * 37 + t * 101 + 13) & 0xff;
  const v = new DataView(hash.buffer);
  const seed = [];
  for (let i = 0; i < 8; i++) seed[i] = v.getUint32(i * 4);
  const p = curve.G2.toObject(curve.G2.toAffine(curve.G2.fromRng(new ChaCha(seed))));
  out.push({ hash: Buffer.from(hash).toString("hex"), x: p[0].map(String), y: p[1].map(String) });
}
console.log(JSON.stringify({
  origin: "ffjavascript " + JSON.parse((await import("fs")).readFileSync("node_modules/ffjavascript/package.json")).version
    + " (as snarkjs keypair.js hashToG2 calls it), by interop/extract/hash-to-g2.mjs",
  vectors: out }, null, 1));
await curve.terminate();
