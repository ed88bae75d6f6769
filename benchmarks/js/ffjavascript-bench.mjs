// The reference side of benchmarks/run.sh: the same BN254 operations in ffjavascript, the field and curve
// library of snarkjs (WebAssembly kernels, worker threads for MSM and FFT), as snarkjs calls them.
// Usage: node ffjavascript-bench.mjs <interop dir> [--quick]; prints one JSON object {name: {value, unit}}.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const interop = path.resolve(process.argv[2] ?? '../../interop');
const quick = process.argv.includes('--quick');
const { buildBn128 } = await import(pathToFileURL(path.join(interop, 'node_modules/ffjavascript/main.js')).href);

const curve = await buildBn128();
const { Fr, F1, G1, G2 } = curve;
const out = {};
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms

function timeSync(name, unit, iterations, fn) {
  for (let i = 0; i < Math.min(iterations, 1000); i++) fn(); // warm-up
  const best = [];
  for (let rep = 0; rep < 3; rep++) {
    const t = now();
    for (let i = 0; i < iterations; i++) fn();
    best.push((now() - t) / iterations);
  }
  const ms = Math.min(...best);
  out[name] = { value: unit === 'ns' ? ms * 1e6 : unit === 'us' ? ms * 1e3 : ms, unit };
}

async function timeAsync(name, reps, fn) {
  await fn(); // warm-up
  const times = [];
  for (let rep = 0; rep < reps; rep++) {
    const t = now();
    await fn();
    times.push(now() - t);
  }
  times.sort((a, b) => a - b);
  out[name] = { value: times[Math.floor(times.length / 2)], unit: 'ms' };
}

const a = Fr.e(123456789n);
const b = Fr.e(987654321987654321n);
timeSync('frMul', 'ns', 1_000_000, () => Fr.mul(a, b));
const c = F1.e(1234567891011n);
timeSync('fpMul', 'ns', 1_000_000, () => F1.mul(c, c));
timeSync('fpInverse', 'ns', 100_000, () => F1.inv(c));

const p = G1.timesScalar(G1.g, 12345);
const q = G1.timesScalar(G1.g, 67890);
timeSync('g1Add', 'us', 200_000, () => G1.add(p, q));
const k = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);
k[31] &= 0x1f;
timeSync('g1ScalarMul', 'us', 2_000, () => G1.timesScalar(p, k));
const r = G2.timesScalar(G2.g, 4242);
timeSync('g2ScalarMul', 'us', 500, () => G2.timesScalar(r, k));

const pa = G1.toAffine(p);
const ra = G2.toAffine(r);
timeSync('pairing', 'us', quick ? 20 : 200, () => curve.pairing(pa, ra));
const pNeg = G1.neg(pa);
// pairingEq is asynchronous: time a run of awaited calls
{
  const reps = quick ? 10 : 50;
  await curve.pairingEq(pa, ra, pNeg, ra, pa, ra, pNeg, ra);
  const t = now();
  for (let i = 0; i < reps; i++) {
    if (!(await curve.pairingEq(pa, ra, pNeg, ra, pa, ra, pNeg, ra))) throw new Error('pairingEq returned false');
  }
  out.pairingCheck4 = { value: ((now() - t) / reps) * 1e3, unit: 'us' };
}

// MSM: 1024 distinct affine bases tiled to n (the cost of Pippenger does not depend on the values)
function bases(group, n) {
  const distinct = Math.min(n, 1024);
  const size = group.F.n8 * 2;
  const buff = new Uint8Array(n * size);
  let acc = group.g;
  const one = [];
  for (let i = 0; i < distinct; i++) {
    acc = group.add(acc, group.g);
    const aff = new Uint8Array(size);
    group.toRprLEM(aff, 0, group.toAffine(acc));
    one.push(aff);
  }
  for (let i = 0; i < n; i++) buff.set(one[i % distinct], i * size);
  return buff;
}
function scalars(n) {
  const buff = new Uint8Array(n * 32);
  let x = 0x9e3779b97f4a7c15n;
  for (let i = 0; i < n; i++) {
    x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    let v = 0n;
    for (let j = 0; j < 4; j++) v = (v << 64n) | ((x * BigInt(j + 3)) & ((1n << 64n) - 1n));
    Fr.toRprLE(buff, i * 32, Fr.e(v)); // plain little-endian, as snarkjs passes scalars
  }
  return buff;
}
const sizes = quick ? [10, 12] : [10, 16, 20];
for (const logN of sizes) {
  const n = 1 << logN;
  const bb = bases(G1, n);
  const ss = scalars(n);
  await timeAsync(`msmG1_${logN}`, logN >= 20 ? 3 : 5, () => G1.multiExpAffine(bb, ss, false, ''));
}
{
  const logN = quick ? 10 : 16;
  const n = 1 << logN;
  const bb = bases(G2, n);
  const ss = scalars(n);
  await timeAsync(`msmG2_${logN}`, 3, () => G2.multiExpAffine(bb, ss, false, ''));
}
for (const logN of quick ? [10] : [16, 20]) {
  const n = 1 << logN;
  const buff = new Uint8Array(n * 32);
  for (let i = 0; i < n; i++) Fr.toRprLE(buff, i * 32, Fr.e(BigInt(i) * 7919n + 1n));
  await timeAsync(`ntt_${logN}`, logN >= 20 ? 3 : 5, () => Fr.fft(buff));
}

await curve.terminate();
process.stdout.write(JSON.stringify(out) + '\n');
