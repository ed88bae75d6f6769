package org.snark4j.core.bn254.internal;

/**
 * The few operations that curve and MSM code needs from a coordinate field, over flat {@code long[]} at an
 * offset (Montgomery form). Implemented for Fp ({@link #FP}, width 4) and Fp2 ({@link #FP2}, width 8), so the
 * point formulas and Pippenger are written once for G1 and G2 (STYLE.md 2).
 */
public interface FieldOps {
  /** Longs per element. */
  int width();

  void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo);

  void sqr(long[] z, int zo, long[] x, int xo);

  void add(long[] z, int zo, long[] x, int xo, long[] y, int yo);

  void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo);

  void dbl(long[] z, int zo, long[] x, int xo);

  void neg(long[] z, int zo, long[] x, int xo);

  /** z = x^-1, or 0 when x = 0. */
  void inverse(long[] z, int zo, long[] x, int xo);

  boolean isZero(long[] x, int xo);

  boolean eq(long[] x, int xo, long[] y, int yo);

  void setOne(long[] z, int zo);

  /** The Fp field. */
  FieldOps FP = new FieldOps() {
    @Override public int width() { return 4; }
    @Override public void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) { FpArith.mul(z, zo, x, xo, y, yo); }
    @Override public void sqr(long[] z, int zo, long[] x, int xo) { FpArith.sqr(z, zo, x, xo); }
    @Override public void add(long[] z, int zo, long[] x, int xo, long[] y, int yo) { FpArith.add(z, zo, x, xo, y, yo); }
    @Override public void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo) { FpArith.sub(z, zo, x, xo, y, yo); }
    @Override public void dbl(long[] z, int zo, long[] x, int xo) { FpArith.dbl(z, zo, x, xo); }
    @Override public void neg(long[] z, int zo, long[] x, int xo) { FpArith.neg(z, zo, x, xo); }
    @Override public void inverse(long[] z, int zo, long[] x, int xo) { FpArith.inverse(z, zo, x, xo); }
    @Override public boolean isZero(long[] x, int xo) { return FpArith.isZero(x, xo); }
    @Override public boolean eq(long[] x, int xo, long[] y, int yo) { return FpArith.eq(x, xo, y, yo); }
    @Override public void setOne(long[] z, int zo) { FpArith.setOne(z, zo); }
  };

  /** The Fr field. */
  FieldOps FR = new FieldOps() {
    @Override public int width() { return 4; }
    @Override public void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) { FrArith.mul(z, zo, x, xo, y, yo); }
    @Override public void sqr(long[] z, int zo, long[] x, int xo) { FrArith.sqr(z, zo, x, xo); }
    @Override public void add(long[] z, int zo, long[] x, int xo, long[] y, int yo) { FrArith.add(z, zo, x, xo, y, yo); }
    @Override public void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo) { FrArith.sub(z, zo, x, xo, y, yo); }
    @Override public void dbl(long[] z, int zo, long[] x, int xo) { FrArith.dbl(z, zo, x, xo); }
    @Override public void neg(long[] z, int zo, long[] x, int xo) { FrArith.neg(z, zo, x, xo); }
    @Override public void inverse(long[] z, int zo, long[] x, int xo) { FrArith.inverse(z, zo, x, xo); }
    @Override public boolean isZero(long[] x, int xo) { return FrArith.isZero(x, xo); }
    @Override public boolean eq(long[] x, int xo, long[] y, int yo) { return FrArith.eq(x, xo, y, yo); }
    @Override public void setOne(long[] z, int zo) { FrArith.setOne(z, zo); }
  };

  /** The Fp2 field; products use a per-thread scratch region instead of allocating. */
  FieldOps FP2 = new FieldOps() {
    private final ThreadLocal<long[]> scratch = ThreadLocal.withInitial(() -> new long[Fp2Arith.SCRATCH]);
    @Override public int width() { return 8; }
    @Override public void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) { Fp2Arith.mul(z, zo, x, xo, y, yo, scratch.get(), 0); }
    @Override public void sqr(long[] z, int zo, long[] x, int xo) { Fp2Arith.sqr(z, zo, x, xo, scratch.get(), 0); }
    @Override public void add(long[] z, int zo, long[] x, int xo, long[] y, int yo) { Fp2Arith.add(z, zo, x, xo, y, yo); }
    @Override public void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo) { Fp2Arith.sub(z, zo, x, xo, y, yo); }
    @Override public void dbl(long[] z, int zo, long[] x, int xo) { Fp2Arith.dbl(z, zo, x, xo); }
    @Override public void neg(long[] z, int zo, long[] x, int xo) { Fp2Arith.neg(z, zo, x, xo); }
    @Override public void inverse(long[] z, int zo, long[] x, int xo) { Fp2Arith.inverse(z, zo, x, xo); }
    @Override public boolean isZero(long[] x, int xo) { return Fp2Arith.isZero(x, xo); }
    @Override public boolean eq(long[] x, int xo, long[] y, int yo) { return Fp2Arith.eq(x, xo, y, yo); }
    @Override public void setOne(long[] z, int zo) { Fp2Arith.setOne(z, zo); }
  };
}
