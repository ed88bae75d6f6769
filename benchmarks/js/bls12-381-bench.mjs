// The reference side of benchmarks/bls12_381.sh: BLS12-381 operations in @noble/curves (pure JavaScript,
// audited) and in blst (native, through @chainsafe/blst's prebuilt binding: what Ethereum clients use).
// blst's binding exposes signatures, not raw pairings: "blst verify" is a whole BLS signature check (hash to
// G2 and a 2-pair pairing check), "blst sign" a hash to G2 and a G2 multiplication.
// Usage: node bls12-381-bench.mjs <interop dir> [--quick]; prints one JSON object {name: {value, unit}}.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';

const interop = path.resolve(process.argv[2] ?? '../../interop');
const quick = process.argv.includes('--quick');
const { bls12_381: bls } = await import(pathToFileURL(path.join(interop, 'node_modules/@noble/curves/bls12-381.js')).href);
const { pippenger } = await import(pathToFileURL(path.join(interop, 'node_modules/@noble/curves/abstract/curve.js')).href);
const blst = createRequire(path.join(interop, 'package.json'))('@chainsafe/blst');

const { G1, G2 } = bls;
const { Fp, Fr } = bls.fields;
const out = {};
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function time(name, unit, iterations, fn) {
  for (let i = 0; i < Math.min(iterations, 200); i++) fn(); // warm-up
  const best = [];
  for (let rep = 0; rep < 3; rep++) {
    const t = now();
    for (let i = 0; i < iterations; i++) fn();
    best.push((now() - t) / iterations);
  }
  const ms = Math.min(...best);
  out[name] = { value: unit === 'ns' ? ms * 1e6 : unit === 'us' ? ms * 1e3 : ms, unit };
}

const scale = quick ? 0.1 : 1;
const n = (k) => Math.max(1, Math.round(k * scale));

let x = Fp.create(0x123456789abcdefn ** 5n);
const y = Fp.create(0xfedcba987654321n ** 5n);
time('noble.fpMul', 'ns', n(200_000), () => { x = Fp.mul(x, y); });
let u = Fr.create(0x1234567n ** 9n);
const v = Fr.create(0x7654321n ** 9n);
time('noble.frMul', 'ns', n(200_000), () => { u = Fr.mul(u, v); });
const k = Fr.create(0x1234567890abcdefn ** 4n);
const P = G1.Point.BASE.multiply(12345n);
const Q = G2.Point.BASE.multiply(67890n);
time('noble.g1ScalarMul', 'us', n(300), () => P.multiply(k));
time('noble.g2ScalarMul', 'us', n(100), () => Q.multiply(k));
time('noble.g1SubgroupCheck', 'us', n(300), () => P.isTorsionFree());
time('noble.g2SubgroupCheck', 'us', n(100), () => Q.isTorsionFree());
time('noble.pairing', 'us', n(50), () => bls.pairing(P, Q));
const s = 424242n;
const pairs = [{ g1: G1.Point.BASE.multiply(s), g2: Q }, { g1: G1.Point.BASE.negate(), g2: Q.multiply(s) }];
time('noble.pairingCheck2', 'us', n(50), () => bls.pairingBatch(pairs));
const msg = new TextEncoder().encode('a message to sign, 32 bytes long');
const DST = 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_';
time('noble.hashToG2', 'us', n(100), () => G2.hashToCurve(msg, { DST }));

// MSM: noble's Pippenger (one thread), once at 2^16 (2^10 in a quick run)
const msmSize = quick ? 1 << 10 : 1 << 16;
{
  const bases = [];
  let acc = G1.Point.BASE.multiply(7919n);
  for (let i = 0; i < msmSize; i++) {
    bases.push(acc);
    acc = acc.add(G1.Point.BASE);
  }
  const scalars = bases.map((_, i) => Fr.create(BigInt(i + 1) ** 7n * 0x9e3779b97f4a7c15n));
  const t = now();
  pippenger(G1.Point, bases, scalars);
  out[`noble.msmG1.${Math.log2(msmSize)}`] = { value: now() - t, unit: 'ms' };
}

const sk = blst.SecretKey.fromBytes(Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 1) & 0xff));
const pk = sk.toPublicKey();
const sig = sk.sign(msg);
time('blst.sign', 'us', n(500), () => sk.sign(msg));
time('blst.verify', 'us', n(500), () => blst.verify(msg, pk, sig));

process.stdout.write(JSON.stringify(out));
