// Writes docs/performance-bls12-381.md from the JMH JSON of the Bls12381* benchmarks, the JSON of
// bls12-381-bench.mjs (@noble/curves and blst) and a machine description (benchmarks/machine.sh).
import { readFileSync } from 'node:fs';

const [jmhFile, jsFile, machineFile] = process.argv.slice(2);
const jmh = JSON.parse(readFileSync(jmhFile, 'utf8'));
const js = JSON.parse(readFileSync(jsFile, 'utf8'));
const m = JSON.parse(readFileSync(machineFile, 'utf8'));

const toNs = { 'ns/op': 1, 'us/op': 1e3, 'ms/op': 1e6, 's/op': 1e9, ns: 1, us: 1e3, ms: 1e6 };
function ours(bench, params = {}) {
  const r = jmh.find((x) => x.benchmark.endsWith(bench)
    && Object.entries(params).every(([k, v]) => x.params && x.params[k] === String(v)));
  if (!r) return null;
  const s = r.primaryMetric;
  return { ns: s.score * toNs[s.scoreUnit], err: Number.isFinite(s.scoreError) ? s.scoreError * toNs[s.scoreUnit] : null };
}
const theirs = (key) => (js[key] ? js[key].value * toNs[js[key].unit] : null);
function fmt(ns) {
  if (ns == null || Number.isNaN(ns)) return '—';
  if (ns < 1e3) return `${ns.toFixed(1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(1)} µs`;
  if (ns < 1e7) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}
const ms = (x) => x * 1e6;

// [operation, ours, noble, blst, target (ns)]
const rows = [
  ['Fp product (flat limbs, one core)', ours('Bls12381Bench.fpMul'), theirs('noble.fpMul'), null, null],
  ['Fr product (flat limbs, one core)', ours('Bls12381Bench.frMul'), theirs('noble.frMul'), null, null],
  ['G1 scalar multiplication', ours('Bls12381Bench.g1ScalarMul'), theirs('noble.g1ScalarMul'), null, null],
  ['G2 scalar multiplication', ours('Bls12381Bench.g2ScalarMul'), theirs('noble.g2ScalarMul'), null, null],
  ['G1 subgroup check', ours('Bls12381Bench.g1SubgroupCheck'), theirs('noble.g1SubgroupCheck'), null, null],
  ['G2 subgroup check', ours('Bls12381Bench.g2SubgroupCheck'), theirs('noble.g2SubgroupCheck'), null, null],
  ['pairing', ours('Bls12381Bench.pairing'), theirs('noble.pairing'), null, ms(2.0)],
  ['2-pair pairing check', ours('Bls12381Bench.pairingCheck2'), theirs('noble.pairingCheck2'), null, null],
  ['hash to G2 (RFC 9380)', ours('Bls12381Bench.hashToG2'), theirs('noble.hashToG2'), null, null],
  ['BLS signature check (hash to G2 + 2-pair check)', sum(ours('Bls12381Bench.hashToG2'), ours('Bls12381Bench.pairingCheck2')),
    sum({ ns: theirs('noble.hashToG2') }, { ns: theirs('noble.pairingCheck2') })?.ns, theirs('blst.verify'), null],
  ['MSM G1, 2^16 (all cores; noble one core)', ours('Bls12381MsmBench.msmG1', { logN: 16 }), theirs('noble.msmG1.16'), null, ms(500)],
  ['MSM G1, 2^20 (all cores)', ours('Bls12381MsmBench.msmG1', { logN: 20 }), null, null, null],
  ['MSM G2, 2^16 (all cores)', ours('Bls12381MsmBench.msmG2', { logN: 16 }), null, null, null],
  ['NTT, 2^20 (all cores)', ours('Bls12381MsmBench.ntt', { logN: 20 }), null, null, null],
];

function sum(a, b) {
  return a && b && a.ns != null && b.ns != null ? { ns: a.ns + b.ns, err: null } : null;
}

const lines = [];
lines.push('# BLS12-381 performance');
lines.push('');
lines.push('Written by `benchmarks/bls12_381.sh` (JMH for snark4j; @noble/curves and blst, through');
lines.push('@chainsafe/blst, in the same run). Do not edit by hand: run the script again.');
lines.push('');
lines.push(`Machine: ${m.cpu}, ${m.cores} cores (${m.mhz} MHz), ${m.java}; Node.js ${m.node};`
  + ` @noble/curves ${m.curves}, @chainsafe/blst ${m.blst}; ${m.date}.${m.quick ? ' **Quick run: sizes and iterations cut, not for comparison.**' : ''}`);
lines.push('');
lines.push('| Operation | snark4j | @noble/curves | blst | target |');
lines.push('|---|---|---|---|---|');
for (const [name, o, n, b, t] of rows) {
  const err = o && o.err != null ? ` ± ${fmt(o.err)}` : '';
  const met = o && t != null ? (o.ns <= t ? ' (met)' : ' (not met)') : '';
  lines.push(`| ${name} | ${o ? fmt(o.ns) + err : '—'} | ${fmt(n)} | ${fmt(b)} | ${t != null ? '≤ ' + fmt(t) + met : ''} |`);
}
lines.push('');
lines.push(readFileSync(new URL('./performance-bls12-381-notes.md', import.meta.url), 'utf8').trim());
lines.push('');
process.stdout.write(lines.join('\n'));
