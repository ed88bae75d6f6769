// Differential oracle for snark4j's BLS12-381: reads {"cases": [{"op", "args"}]} as JSON on stdin and writes
// a JSON array of results, computed with @noble/curves (fields, points, the pairing, hash to curve, the ZCash
// serialization), ffjavascript (snarkjs's roots of unity and FFT for this curve's Fr, and the binary point forms
// of snarkjs's files and transcripts) and @chainsafe/blst (the native blst: BLS signatures, which hash to G2 and
// check pairings).
// Numbers travel as decimal strings, bytes as hex; a G1 point is [x, y], a G2 point
// [[x.c0, x.c1], [y.c0, y.c1]], the point at infinity null; an Fp12 is its 12 Fp coefficients in tower order.
import { bls12_381 as bls } from '@noble/curves/bls12-381.js';
import blst from '@chainsafe/blst';
import { F1Field, buildBls12381 } from 'ffjavascript';
import { big, str, forms, serve } from './oracle-common.mjs';

const { G1, G2 } = bls;
const { Fp, Fp2, Fp12, Fr } = bls.fields;
const FFr = new F1Field(Fr.ORDER);

const { fp2, fp2Out, fp12, fp12Out, g1, g2, g1Out, g2Out, mul } = forms(bls);
const hex = (b) => Buffer.from(b).toString('hex');
const bytes = (h) => Uint8Array.from(Buffer.from(h, 'hex'));
let ffCurve;
const ff = async () => (ffCurve ??= await buildBls12381(true)); // built once, single-threaded: no workers
// ffjavascript's forms of a point: its Montgomery form as in .zkey/.ptau (toRprLEM), uncompressed and compressed
const ffForms = (G, p) => {
  const n = G.F.n8 * 2;
  const lem = new Uint8Array(n);
  const unc = new Uint8Array(n);
  const cmp = new Uint8Array(n / 2);
  G.toRprLEM(lem, 0, p);
  G.toRprUncompressed(unc, 0, p);
  G.toRprCompressed(cmp, 0, p);
  return [hex(lem), hex(unc), hex(cmp)];
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
  ffjs_g1_forms: async ([p]) => {
    const c = await ff();
    return ffForms(c.G1, p === null ? c.G1.zero : c.G1.fromObject([big(p[0]), big(p[1]), 1n]));
  },
  ffjs_g2_forms: async ([q]) => {
    const c = await ff();
    return ffForms(c.G2, q === null ? c.G2.zero
      : c.G2.fromObject([[big(q[0][0]), big(q[0][1])], [big(q[1][0]), big(q[1][1])], [1n, 0n]]));
  },
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

serve(ops);
