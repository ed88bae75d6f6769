// Differential oracle for snark4j's zk-core: reads {"cases": [{"op", "args"}]} as JSON on stdin and writes
// a JSON array of results, computed with @noble/curves (BN254 arithmetic, pairing) and ffjavascript (the
// roots of unity and FFT that snarkjs uses). Numbers travel as decimal strings; a G1 point is [x, y], a G2
// point [[x.c0, x.c1], [y.c0, y.c1]], the point at infinity null; an Fp12 is its 12 Fp coefficients in
// tower order (c0.c0.c0, c0.c0.c1, c0.c1.c0, ..., c1.c2.c1).
import { bn254 } from '@noble/curves/bn254.js';
import { F1Field } from 'ffjavascript';
import { big, str, forms, serve } from './oracle-common.mjs';

const { G1, G2 } = bn254;
const { Fp, Fp2, Fp12, Fr } = bn254.fields;
const FFr = new F1Field(Fr.ORDER);

const { fp2, fp2Out, fp12, fp12Out, g1, g2, g1Out, g2Out, mul } = forms(bn254);

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
  pairing: ([p, q]) => fp12Out(bn254.pairing(g1(p), g2(q))),
  // noble refuses the point at infinity; EIP-197 lets such a pair contribute 1, so it is left out here
  pairing_check: ([ps, qs]) => {
    const pairs = ps.map((p, i) => ({ g1: g1(p), g2: g2(qs[i]) })).filter((x) => !x.g1.is0() && !x.g2.is0());
    return pairs.length === 0 || Fp12.eql(bn254.pairingBatch(pairs), Fp12.ONE);
  },
  fr_root_of_unity: ([k]) => str(FFr.w[k]),
  fr_fft: ([values]) => FFr.fft(values.map((v) => FFr.e(big(v)))).map(str),
};

serve(ops);
