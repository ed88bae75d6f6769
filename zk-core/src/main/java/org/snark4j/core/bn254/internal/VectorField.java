package org.snark4j.core.bn254.internal;

/**
 * The coordinate field of a curve's SIMD bucket additions, on blocks of {@link FpVector#LANES} elements in
 * the 5×52-bit form: Fp ({@link #fp}, 5 limbs an element) or Fp2 = Fp[u]/(u² + 1) ({@link #fp2}, 10 limbs:
 * c0 then c1, so an Fp2 block is the c0 block followed by the c1 block). Limb j of element e of a block
 * starting at o sits at o + j·LANES + e. Inputs of {@link #mul} and {@link #sqr} are below 2q in every
 * coordinate and so are their outputs; {@link #sub} and {@link #canonical} are as in {@link FpVector}.
 * Instances hold scratch: one per thread.
 */
abstract sealed class VectorField {
  static final int LANES = FpVector.LANES;

  /** Longs of one element (5 per Fp coordinate). */
  final int width;
  /** Longs of one block. */
  final int block;
  /** The scalar 4×64 form of the field, for the lanes' inversion and conversions. */
  final FieldOps scalar;

  private VectorField(int degree, FieldOps scalar) {
    this.width = 5 * degree;
    this.block = width * LANES;
    this.scalar = scalar;
  }

  static VectorField fp() {
    return new Fp();
  }

  static VectorField fp2() {
    return new Fp2();
  }

  /** z = x·y (one block). */
  abstract void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo);

  /** z = x² (one block). */
  abstract void sqr(long[] z, int zo, long[] x, int xo);

  /** z = x + y, coordinate by coordinate, not reduced. */
  final void add(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
    for (int c = 0; c < block; c += FpVector.BLOCK) {
      FpVector.add(z, zo + c, x, xo + c, y, yo + c);
    }
  }

  /** z = x − y + k·q, coordinate by coordinate. */
  final void sub(long[] z, int zo, long[] x, int xo, long[] y, int yo, int k) {
    for (int c = 0; c < block; c += FpVector.BLOCK) {
      FpVector.sub(z, zo + c, x, xo + c, y, yo + c, k);
    }
  }

  /** z = x fully reduced, for x below 4q in every coordinate. */
  final void canonical(long[] z, int zo, long[] x, int xo) {
    for (int c = 0; c < block; c += FpVector.BLOCK) {
      FpVector.condSub(z, zo + c, x, xo + c, 2);
      FpVector.condSub(z, zo + c, z, zo + c, 1);
    }
  }

  /** z = −x for a fully reduced element at stride 1 (0 stays 0). */
  final void neg(long[] z, int zo, long[] x, int xo) {
    for (int c = 0; c < width; c += 5) {
      if (x[xo + c] == 0 && x[xo + c + 1] == 0 && x[xo + c + 2] == 0 && x[xo + c + 3] == 0 && x[xo + c + 4] == 0) {
        java.util.Arrays.fill(z, zo + c, zo + c + 5, 0L);
      } else {
        Fp52.negNonZero(z, zo + c, x, xo + c);
      }
    }
  }

  /** Element at x[xo..] (stride) to the 4×64 form at z[zo..] (4 longs a coordinate); t is 4 longs. */
  final void to64(long[] z, int zo, long[] x, int xo, int stride, long[] t) {
    for (int c = 0; c < width / 5; c++) {
      Fp52.to64(z, zo + 4 * c, x, xo + 5 * c * stride, stride, t);
    }
  }

  /** The 4×64 element at x[xo..] to the 5×52 form at z[zo..] (stride); t is 4 longs. */
  final void from64(long[] z, int zo, int stride, long[] x, int xo, long[] t) {
    for (int c = 0; c < width / 5; c++) {
      Fp52.from64(z, zo + 5 * c * stride, stride, x, xo + 4 * c, t);
    }
  }

  /** 1, at every lane of the block at z[zo]. */
  final void setOne(long[] z, int zo) {
    java.util.Arrays.fill(z, zo, zo + block, 0L);
    for (int e = 0; e < LANES; e++) {
      for (int i = 0; i < 5; i++) {
        z[zo + i * LANES + e] = Fp52.ONE[i];
      }
    }
  }

  private static final class Fp extends VectorField {
    Fp() {
      super(1, FieldOps.FP);
    }

    @Override
    void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
      FpVector.mul(z, zo, x, xo, y, yo);
    }

    @Override
    void sqr(long[] z, int zo, long[] x, int xo) {
      FpVector.mul(z, zo, x, xo, x, xo);
    }
  }

  /** Karatsuba over the Fp kernels: 3 products a multiplication, 2 a square. */
  private static final class Fp2 extends VectorField {
    private static final int B = FpVector.BLOCK;
    private final long[] t = new long[5 * B];

    Fp2() {
      super(2, FieldOps.FP2);
    }

    @Override
    void mul(long[] z, int zo, long[] x, int xo, long[] y, int yo) {
      // t0 = x0·y0, t1 = x1·y1, t2 = (x0 + x1)(y0 + y1): all below 2q (the sums are below 4q)
      FpVector.add(t, 3 * B, x, xo, x, xo + B);
      FpVector.add(t, 4 * B, y, yo, y, yo + B);
      FpVector.mul(t, 2 * B, t, 3 * B, t, 4 * B);
      FpVector.mul(t, 0, x, xo, y, yo);
      FpVector.mul(t, B, x, xo + B, y, yo + B);
      // c1 = t2 − t0 − t1 + 4q in (0, 6q); c0 = t0 − t1 + 2q in (0, 4q)
      FpVector.add(t, 3 * B, t, 0, t, B);
      FpVector.sub(t, 2 * B, t, 2 * B, t, 3 * B, 4);
      FpVector.condSub(t, 2 * B, t, 2 * B, 4);
      FpVector.condSub(z, zo + B, t, 2 * B, 2);
      FpVector.sub(t, 0, t, 0, t, B, 2);
      FpVector.condSub(z, zo, t, 0, 2);
    }

    @Override
    void sqr(long[] z, int zo, long[] x, int xo) {
      // (x0 + x1)(x0 − x1) + 2·x0·x1·u
      FpVector.add(t, 0, x, xo, x, xo + B);
      FpVector.sub(t, B, x, xo, x, xo + B, 2);
      FpVector.mul(t, 2 * B, x, xo, x, xo + B);
      FpVector.mul(z, zo, t, 0, t, B);
      FpVector.add(t, 2 * B, t, 2 * B, t, 2 * B);
      FpVector.condSub(z, zo + B, t, 2 * B, 2);
    }
  }
}
