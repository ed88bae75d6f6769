// What the differential oracles (bn254-oracle.mjs, bls12_381-oracle.mjs) share: the JSON forms of field
// elements and points on a @noble/curves pairing curve, and the stdin/stdout loop. Numbers travel as decimal
// strings; a G1 point is [x, y], a G2 point [[x.c0, x.c1], [y.c0, y.c1]], the point at infinity null; an Fp12
// is its 12 Fp coefficients in tower order (c0.c0.c0, c0.c0.c1, c0.c1.c0, ..., c1.c2.c1).
export const big = (s) => BigInt(s);
export const str = (x) => x.toString();

/** The conversions for one curve of @noble/curves. */
export function forms(curve) {
  const { G1, G2 } = curve;
  const { Fp2, Fp12, Fr } = curve.fields;
  const R = Fr.ORDER;
  const fp2 = ([a, b]) => Fp2.create({ c0: big(a), c1: big(b) });
  const fp2Out = (x) => [str(x.c0), str(x.c1)];
  const fp12 = (v) => {
    const e = v.map(big);
    const f6 = (o) => ({ c0: { c0: e[o], c1: e[o + 1] }, c1: { c0: e[o + 2], c1: e[o + 3] }, c2: { c0: e[o + 4], c1: e[o + 5] } });
    return Fp12.create({ c0: f6(0), c1: f6(6) });
  };
  const fp12Out = (x) => {
    const out = [];
    for (const h of [x.c0, x.c1]) for (const t of [h.c0, h.c1, h.c2]) out.push(str(t.c0), str(t.c1));
    return out;
  };
  const g1 = (p) => (p === null ? G1.Point.ZERO : G1.Point.fromAffine({ x: big(p[0]), y: big(p[1]) }));
  const g2 = (p) => (p === null ? G2.Point.ZERO : G2.Point.fromAffine({ x: fp2(p[0]), y: fp2(p[1]) }));
  const g1Out = (P) => {
    if (P.is0()) return null;
    const a = P.toAffine();
    return [str(a.x), str(a.y)];
  };
  const g2Out = (P) => {
    if (P.is0()) return null;
    const a = P.toAffine();
    return [fp2Out(a.x), fp2Out(a.y)];
  };
  const mul = (P, k) => {
    const s = big(k) % R;
    return s === 0n ? P.constructor.ZERO : P.multiply(s);
  };
  return { R, fp2, fp2Out, fp12, fp12Out, g1, g2, g1Out, g2Out, mul };
}

/**
 * Reads {"cases": [{"op", "args"}]} on stdin, answers each with ops[op](args) (a value or a promise of one, in
 * order), writes the JSON array.
 */
export function serve(ops) {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => (input += d));
  process.stdin.on('end', async () => {
    const { cases } = JSON.parse(input);
    const out = [];
    for (const { op, args } of cases) {
      const f = ops[op];
      if (!f) throw new Error(`unknown op ${op}`);
      out.push(await f(args));
    }
    process.stdout.write(JSON.stringify(out));
  });
}
