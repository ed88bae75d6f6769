package org.snark4j.circuits.gadgets.eddsa;

import java.math.BigInteger;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.gadgets.babyjub.BabyJub;
import org.snark4j.circuits.gadgets.babyjub.BabyJubPoint;
import org.snark4j.circuits.gadgets.cmp.Comparators;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.core.bn254.Fr;

/**
 * EdDSA over Baby Jubjub with Poseidon, as circomlib's EdDSAPoseidonVerifier and circomlibjs's
 * {@code verifyPoseidon}: a signature (R8, S) on a field element M under the public key A is valid when
 * S &lt; the subgroup order and S·B8 = R8 + 8·h·A with h = Poseidon(R8x, R8y, Ax, Ay, M).
 */
public final class EddsaPoseidon {
  private EddsaPoseidon() {}

  /** h = Poseidon(R8x, R8y, Ax, Ay, M). */
  public static Fr challenge(BabyJubPoint a, BabyJubPoint r8, Fr message) {
    return Poseidon.hash(r8.x(), r8.y(), a.x(), a.y(), message);
  }

  /** Whether (r8, s) is a valid signature of message under a (native). */
  public static boolean verify(BabyJubPoint a, BabyJubPoint r8, BigInteger s, Fr message) {
    if (s.signum() < 0 || s.compareTo(BabyJubPoint.SUB_ORDER) >= 0 || !a.isOnCurve() || !r8.isOnCurve()) {
      return false;
    }
    BabyJubPoint a8 = a.multiply(BigInteger.valueOf(8));
    if (a8.equals(BabyJubPoint.IDENTITY)) {
      return false;
    }
    BigInteger h = challenge(a, r8, message).toBigInteger();
    BabyJubPoint right = r8.add(a8.multiply(h));
    return BabyJubPoint.BASE8.multiply(s).equals(right);
  }

  /**
   * When enabled = 1, asserts that (r8, s) signs m under a; when enabled = 0 nothing is asserted (the
   * witness must still be computable). As circomlib's template, a and r8 are not checked to be on the curve.
   * About 4190 constraints (circomlib's: 4217).
   *
   * @param a the public key (x, y)
   * @param r8 the signature's point (x, y)
   */
  public static void verify(Api api, Variable enabled, Variable[] a, Variable s, Variable[] r8, Variable m) {
    try (Api.Scope ignored = api.scope("EdDSAPoseidonVerifier")) {
      Variable zero = api.constant(0);
      // S < subgroup order
      Variable[] sBits = api.toBinary(s, 253);
      Variable tooBig = Comparators.greaterThanConstant(api, sBits, BabyJubPoint.SUB_ORDER.subtract(BigInteger.ONE));
      api.assertProduct(tooBig, enabled, zero);
      // h = Poseidon(R8, A, M)
      Variable h = Poseidon.hash(api, r8[0], r8[1], a[0], a[1], m);
      Variable[] hBits = api.toBinary(h, 254);
      // 8·A, which must not be the identity
      Variable[] a8 = BabyJub.twice(api, BabyJub.twice(api, BabyJub.twice(api, a)));
      api.assertProduct(api.isZero(a8[0]), enabled, zero);
      Variable[] right = BabyJub.add(api, r8, BabyJub.scalarMulAny(api, hBits, a8));
      Variable[] left = BabyJub.scalarMulFix(api, sBits, BabyJubPoint.BASE8);
      api.assertProduct(api.sub(left[0], right[0]), enabled, zero);
      api.assertProduct(api.sub(left[1], right[1]), enabled, zero);
    }
  }
}
