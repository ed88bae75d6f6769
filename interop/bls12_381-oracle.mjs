// Differential oracle for snark4j's BLS12-381: reads {"cases": [{"op", "args"}]} as JSON on stdin and writes
// a JSON array of results, computed with @noble/curves (fields, points, the pairing, hash to curve, the ZCash
// serialization), ffjavascript (snarkjs's roots of unity and FFT for this curve's Fr) and @chainsafe/blst (the native blst: BLS signatures, which hash to G2 and check pairings).
// Numbers travel as decimal strings, bytes as hex; a G1 point is [x, y], a G2 point
// [[x.c0, x.c1], [y.c0, y.c1]], the point at infinity null; an Fp12 is its 12 Fp coefficients in tower order.
import { bls12_381 as bls } from '@noble/curves/bls12-381.js';
import blst from '@chainsafe/blst';
import { F1Field } from 'ffjavascript';

const { G1, G2 } = bls;
const { Fp, Fp2, Fp12, Fr } = bls.fields;
const R = Fr.ORDER;
const FFr = new F1Field(R);

const big = (s) => BigInt(s);
const str = (x) => x.toString();
const hex = (b) => Buffer.from(b).toString('hex');
const bytes = (h) => Uint8Array.from(Buffer.from(h, 'hex'));
const fp2 = ([a, b]) => Fp2.create({ c0: big(a), c1: big(b) });
const fp2Out = (x) => [str(x.c0), str(x.c1)];
function fp12(v) {
  const e = v.map(big);
  const f6 = (o) => ({ c0: { c0: e[o], c1: e[o + 1] }, c1: { c0: e[o + 2], c1: e[o + 3] }, c2: { c0: e[o + 4], c1: e[o + 5] } });
  return Fp12.create({ c0: f6(0), c1: f6(6) });
}
function fp12Out(x) {
  const out = [];
  for (const h of [x.c0, x.c1]) for (const t of [h.c0, h.c1, h.c2]) out.push(str(t.c0), str(t.c1));
  return out;
}
const g1 = (p) => (p === null ? G1.Point.ZERO : G1.Point.fromAffine({ x: big(p[0]), y: big(p[1]) }));
const g2 = (p) => (p === null ? G2.Point.ZERO : G2.Point.fromAffine({ x: fp2(p[0]), y: fp2(p[1]) }));
function g1Out(P) {
  if (P.is0()) return null;
  const a = P.toAffine();
  return [str(a.x), str(a.y)];
}
function g2Out(P) {
  if (P.is0()) return null;
  const a = P.toAffine();
  return [fp2Out(a.x), fp2Out(a.y)];
}
const mul = (P, k) => {
  const s = big(k) % R;
  return s === 0n ? P.constructor.ZERO : P.multiply(s);
};
const secretKey = (k) => blst.SecretKey.fromBytes(bytes(big(k).toString(16).padStart(64, '0')));

const ops = {
  fp_mul: ([a, b]) => str(Fp.mul(big(a), big(b))),
  fp_inv: ([a]) => str(Fp.inv(big(a))),
  fr_mul: ([a, b]) => str(Fr.mul(big(a), big(b))),
  fr_inv: ([a]) => str(Fr.inv(big(a))),
  fp2_mul: ([a, b]) => fp2Out(Fp2.mul(fp2(a), fp2(b))),
  fp2_inv: ([a]) => fp2Out(Fp2.inv(fp2(a))),
  fp12_mul: ([a, b]) => fp12Out(Fp12.mul(fp12(a), fp12(b))),
  fp12_inv: ([a]) => fp12Out(Fp12.inv(fp12(a))),
  fp12_frobenius: ([a, k]) => fp12Out(Fp12.frobeniusMap(fp12(a), k)),
  g1_add: ([p, q]) => g1Out(g1(p).add(g1(q))),
  g1_mul: ([p, k]) => g1Out(mul(g1(p), k)),
  g2_add: ([p, q]) => g2Out(g2(p).add(g2(q))),
  g2_mul: ([p, k]) => g2Out(mul(g2(p), k)),
  g1_msm: ([ps, ks]) => g1Out(ps.reduce((acc, p, i) => acc.add(mul(g1(p), ks[i])), G1.Point.ZERO)),
  g2_msm: ([ps, ks]) => g2Out(ps.reduce((acc, p, i) => acc.add(mul(g2(p), ks[i])), G2.Point.ZERO)),
  g1_torsion_free: ([p]) => g1(p).isTorsionFree(),
  g2_torsion_free: ([p]) => g2(p).isTorsionFree(),
  pairing: ([p, q]) => fp12Out(bls.pairing(g1(p), g2(q))),
  pairing_check: ([ps, qs]) => {
    const pairs = ps.map((p, i) => ({ g1: g1(p), g2: g2(qs[i]) })).filter((x) => !x.g1.is0() && !x.g2.is0());
    return pairs.length === 0 || Fp12.eql(bls.pairingBatch(pairs), Fp12.ONE);
  },
  fr_root_of_unity: ([k]) => str(FFr.w[k]),
  fr_fft: ([values]) => FFr.fft(values.map((v) => FFr.e(big(v)))).map(str),
  hash_g1: ([msg, dst]) => g1Out(G1.hashToCurve(bytes(msg), { DST: dst })),
  hash_g2: ([msg, dst]) => g2Out(G2.hashToCurve(bytes(msg), { DST: dst })),
  g1_compressed: ([p]) => hex(g1(p).toBytes(true)),
  g1_uncompressed: ([p]) => hex(g1(p).toBytes(false)),
  g2_compressed: ([p]) => hex(g2(p).toBytes(true)),
  g2_uncompressed: ([p]) => hex(g2(p).toBytes(false)),
  // blst: the public key [sk]G1 and the signature [sk]H(msg) (min-pk scheme, Ethereum's ciphersuite
  // BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_), compressed; and blst's verdict on a signature
  blst_sign: ([sk, msg]) => {
    const key = secretKey(sk);
    return [hex(key.toPublicKey().toBytes()), hex(key.sign(bytes(msg)).toBytes())];
  },
  blst_verify: ([msg, pk, sig]) => {
    try {
      return blst.verify(bytes(msg), blst.PublicKey.fromBytes(bytes(pk), true), blst.Signature.fromBytes(bytes(sig), true));
    } catch {
      return false;
    }
  },
};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => {
  const { cases } = JSON.parse(input);
  const out = cases.map(({ op, args }) => {
    const f = ops[op];
    if (!f) throw new Error(`unknown op ${op}`);
    return f(args);
  });
  process.stdout.write(JSON.stringify(out));
});
