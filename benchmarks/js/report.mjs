// Writes docs/performance.md from a JMH JSON result, the ffjavascript JSON and a machine description.
import { readFileSync } from 'node:fs';

const [jmhFile, ffjsFile, machineFile, scalarFile] = process.argv.slice(2);
const jmh = JSON.parse(readFileSync(jmhFile, 'utf8'));
// the same benchmarks in a JVM without the Vector API module: the scalar kernels
const jmhScalar = scalarFile ? JSON.parse(readFileSync(scalarFile, 'utf8')) : [];
const ffjs = JSON.parse(readFileSync(ffjsFile, 'utf8'));
const m = JSON.parse(readFileSync(machineFile, 'utf8'));

const toNs = { 'ns/op': 1, 'us/op': 1e3, 'ms/op': 1e6, 's/op': 1e9, ns: 1, us: 1e3, ms: 1e6 };
function ours(bench, params = {}, results = jmh) {
  const r = results.find((x) => x.benchmark.endsWith(bench)
    && Object.entries(params).every(([k, v]) => x.params && x.params[k] === String(v)));
  if (!r) return null;
  const s = r.primaryMetric;
  return { ns: s.score * toNs[s.scoreUnit], err: Number.isFinite(s.scoreError) ? s.scoreError * toNs[s.scoreUnit] : null };
}
function theirs(key) {
  const r = ffjs[key];
  return r ? r.value * toNs[r.unit] : null;
}
function fmt(ns) {
  if (ns == null || Number.isNaN(ns)) return '—';
  if (ns < 1e3) return `${ns.toFixed(1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(1)} µs`;
  if (ns < 1e7) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

function scalar(bench, params = {}) {
  return ours(bench, params, jmhScalar);
}

// [name, ours, ffjavascript, target, ours on the scalar kernels]
const rows = [
  ['Fp product, batched (SIMD kernels, per element)', ours('BatchFieldBench.fpMulBatchSimd'), theirs('fpMul'), 20,
    ours('BatchFieldBench.fpMulBatchScalar')],
  ['Fr product, batched (SIMD kernels, per element)', ours('BatchFieldBench.frMulBatchSimd'), theirs('frMul'), 20,
    ours('BatchFieldBench.frMulBatchScalar')],
  ['Fr mul (flat kernel, as MSM/NTT use it)', ours('FieldBench.frMul'), theirs('frMul'), 35],
  ['Fr square (flat kernel)', ours('FieldBench.frSquare'), null, null],
  ['Fr mul through the immutable `Fr` API', ours('FieldBench.frMulObject'), theirs('frMul'), null],
  ['Fp mul (flat kernel)', ours('FieldBench.fpMul'), theirs('fpMul'), null],
  ['Fp add (flat kernel)', ours('FieldBench.fpAdd'), null, null],
  ['Fp inverse', ours('FieldBench.fpInverse'), theirs('fpInverse'), null],
  ['G1 add (Jacobian + Jacobian)', ours('CurveBench.g1Add'), theirs('g1Add'), null],
  ['G1 add (Jacobian + affine)', ours('CurveBench.g1AddMixed'), null, null],
  ['G1 scalar multiplication', ours('CurveBench.g1ScalarMul'), theirs('g1ScalarMul'), null],
  ['G2 scalar multiplication', ours('CurveBench.g2ScalarMul'), theirs('g2ScalarMul'), null],
  ['Pairing e(P, Q)', ours('CurveBench.pairing'), theirs('pairing'), 1.5e6],
  ['Pairing check, 4 pairs (a Groth16 verification)', ours('CurveBench.pairingCheck4'), theirs('pairingCheck4'), null],
];
for (const logN of [10, 12, 16, 20]) {
  const o = ours('MsmBench.msmG1', { logN });
  const t = theirs(`msmG1_${logN}`);
  if (o || t) rows.push([`MSM G1, 2^${logN}`, o, t, logN === 16 ? 150e6 : logN === 20 ? 2e9 : null,
    scalar('MsmBench.msmG1', { logN })]);
}
for (const logN of [10, 16]) {
  const o = ours('MsmBench.msmG1FixedBases', { logN });
  if (o) rows.push([`MSM G1 over precomputed fixed bases, 2^${logN}`, o, null, null]);
}
for (const logN of [10, 16]) {
  const o = ours('MsmBench.msmG2', { logN });
  const t = theirs(`msmG2_${logN}`);
  if (o || t) rows.push([`MSM G2, 2^${logN}`, o, t, logN === 16 ? 400e6 : null, scalar('MsmBench.msmG2', { logN })]);
}
for (const logN of [10, 16, 20]) {
  const o = ours('NttBench.forward', { logN });
  const t = theirs(`ntt_${logN}`);
  if (o || t) rows.push([`NTT over Fr, 2^${logN}`, o, t, logN === 20 ? 150e6 : null, scalar('NttBench.forward', { logN })]);
}

const lines = [];
lines.push('# Performance');
lines.push('');
lines.push('Written by `benchmarks/run.sh` (do not edit by hand): snark4j measured with JMH and ffjavascript, the');
lines.push('field and curve library inside snarkjs (WebAssembly kernels, worker threads for MSM and FFT), in the same');
lines.push('run on the same machine. Lower is better; "ratio" is ffjavascript\'s time over ours.');
lines.push('');
lines.push(`- Machine: ${m.cpu} (${m.mhz} MHz), ${m.cores} cores; measured ${m.date}${m.quick ? ' — QUICK SMOKE RUN, figures not meaningful' : ''}`);
lines.push(`- snark4j: ${m.java}; JMH ${m.quick ? '1 warm-up and 2 measured 1 s iterations' : '3 warm-up and 5 measured 2 s iterations'}, one fork; MSM and NTT on all cores (the common pool plus the calling thread)`);
lines.push(`- "snark4j" runs with \`--add-modules jdk.incubator.vector\` (the SIMD kernels, ${m.lanes || '?'} lanes of 64 bits); "scalar kernels" is the same benchmark in a JVM without the module`);
lines.push(`- reference: ffjavascript ${m.ffjavascript} on Node.js ${m.node}; median of repeated runs (MSM bases: 1024 distinct points tiled)`);
lines.push('');
lines.push('| operation | snark4j | ± | scalar kernels | ffjavascript | ratio | target (2 cores) |');
lines.push('|---|---|---|---|---|---|---|');
for (const [name, o, t, target, sc] of rows) {
  const ratio = o && t ? `${(t / o.ns).toFixed(1)}×` : '—';
  const tgt = target ? `≤ ${fmt(target)} ${o ? (o.ns <= target ? '(met)' : '(not met)') : ''}` : '';
  lines.push(`| ${name} | ${o ? fmt(o.ns) : '—'} | ${o && o.err != null ? fmt(o.err) : ''} | ${sc ? fmt(sc.ns) : ''} | ${fmt(t)} | ${ratio} | ${tgt} |`);
}
lines.push('');
const notes = readFileSync(new URL('./performance-notes.md', import.meta.url), 'utf8');
lines.push(notes.trim());
lines.push('');
process.stdout.write(lines.join('\n'));
