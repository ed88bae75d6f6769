package org.snark4j.core.generator;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The constants of RFC 9380's simplified SWU maps for a curve with a = 0 (section 6.6.3): the isogenous curve
 * E' : y² = x³ + A'x + B', the non-square Z, the isogeny's four polynomials (coefficients from the constant
 * term up) and the effective cofactor h_eff, for G1 over Fp and for G2 over Fp2 (each Fp2 constant as c0, c1).
 * Facts from RFC 9380 (appendix E) and the EIP-2537 field-to-curve notes.
 */
record HashToCurveConfig(Map1 g1, Map2 g2) {
  /** The map to G1: Z, A', B' in Fp; x_num, x_den, y_num, y_den; h_eff. */
  record Map1(BigInteger z, BigInteger a, BigInteger b, List<BigInteger> xNum, List<BigInteger> xDen,
      List<BigInteger> yNum, List<BigInteger> yDen, BigInteger hEff) {}

  /** The map to G2: every constant an Fp2 pair {c0, c1}. */
  record Map2(BigInteger[] z, BigInteger[] a, BigInteger[] b, List<BigInteger[]> xNum, List<BigInteger[]> xDen,
      List<BigInteger[]> yNum, List<BigInteger[]> yDen, BigInteger hEff) {}

  static BigInteger hex(String h) {
    return new BigInteger(h, 16);
  }

  static List<BigInteger> hexList(String... hs) {
    return Arrays.stream(hs).map(HashToCurveConfig::hex).toList();
  }

  /** A Java expression: a String[] of the values in hexadecimal. */
  static String javaArray(List<BigInteger> vs) {
    return vs.stream().map(v -> "\"" + v.toString(16) + "\"").collect(Collectors.joining(", ", "{", "}"));
  }

  /** A Java expression: a String[] of the Fp2 values as c0, c1, c0, c1, ... in hexadecimal. */
  static String javaArray2(List<BigInteger[]> vs) {
    return javaArray(vs.stream().flatMap(Arrays::stream).toList());
  }
}
