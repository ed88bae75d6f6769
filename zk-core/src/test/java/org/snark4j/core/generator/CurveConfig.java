package org.snark4j.core.generator;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pairing-friendly curve as data: what the generators need to write its package. Everything that differs
 * between curves is here or derived from it; the templates and the kernel writers hold no curve's number.
 *
 * @param id the package's last segment ({@code bn254}, {@code bls12_381})
 * @param name the curve's name in prose
 * @param p the base field's modulus
 * @param r the scalar field's modulus (the order of G1 and G2)
 * @param family {@code bn} or {@code bls12}: which pairing and which formulas of the curve's family apply
 * @param xiC0 c0 of the non-residue ξ = c0 + u of Fp2 that builds Fp6 = Fp2[v]/(v³ - ξ) (Fp2 = Fp[u]/(u² + 1)
 *     for both curves)
 * @param x the curve parameter (the BN or BLS seed)
 * @param b G1 is y² = x³ + b
 * @param twist {@code D} (G2 on y² = x³ + b/ξ) or {@code M} (y² = x³ + b·ξ)
 * @param g1 G1's generator (x, y)
 * @param g2 G2's generator (x.c0, x.c1, y.c0, y.c1)
 * @param g1Cofactor G1's cofactor
 * @param generators where the generators come from, in prose
 * @param pairingPrecompile the Ethereum precompile that checks this curve's pairings
 * @param hashToCurve RFC 9380's map constants, or null when the curve has no hash-to-curve suite here
 */
public record CurveConfig(String id, String name, BigInteger p, BigInteger r, String family, int xiC0, BigInteger x,
    int b, String twist, BigInteger[] g1, BigInteger[] g2, BigInteger g1Cofactor, String generators,
    String pairingPrecompile, HashToCurveConfig hashToCurve) {
  /** BN254 (alt_bn128), Ethereum's EIP-196/197 curve. */
  public static final CurveConfig BN254 = new CurveConfig("bn254", "BN254",
      new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583"),
      new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617"),
      "bn", 9, new BigInteger("4965661367192848881"), 3, "D",
      new BigInteger[] {BigInteger.ONE, BigInteger.TWO},
      new BigInteger[] {
          new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
          new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634"),
          new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
          new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531")},
      BigInteger.ONE, "of EIP-197", "0x08", null);

  /** BLS12-381, the curve of EIP-2537, Ethereum's consensus layer and Zcash. */
  public static final CurveConfig BLS12_381 = new CurveConfig("bls12_381", "BLS12-381",
      new BigInteger("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16),
      new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16),
      "bls12", 1, new BigInteger("-d201000000010000", 16), 4, "M",
      new BigInteger[] {
          new BigInteger("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb", 16),
          new BigInteger("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1", 16)},
      new BigInteger[] {
          new BigInteger("024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8", 16),
          new BigInteger("13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e", 16),
          new BigInteger("0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801", 16),
          new BigInteger("0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be", 16)},
      new BigInteger("396c8c005555e1568c00aaab0000aaab", 16), "of the ZCash specification and EIP-2537", "0x0f",
      Bls12381HashToCurve.CONFIG);

  /** The template flags this curve sets: its family. */
  public boolean flag(String flag) {
    return switch (flag) {
      case "bn", "bls12" -> family.equals(flag);
      case "twistD", "twistM" -> twist.equals(flag.substring(5));
      case "g1Cofactor1" -> g1Cofactor.equals(BigInteger.ONE);
      case "hashToCurve" -> hashToCurve != null;
      case "simdFp" -> simdFields().contains("Fp"); // SIMD bucket additions in the MSM
      case "simdFr" -> simdFields().contains("Fr"); // the SIMD NTT

      default -> throw new IllegalArgumentException("unknown template flag " + flag);
    };
  }

  /** The values templates substitute for {@code {{key}}}. */
  public Map<String, String> values() {
    Map<String, String> v = new HashMap<>();
    v.put("pkg", pkg());
    v.put("Curve", name);
    v.put("curveIdConstant", id.toUpperCase(java.util.Locale.ROOT));
    v.put("snarkjsName", family.equals("bn") ? "bn128" : id.replace("_", ""));
    v.put("xi", xiC0 + " + u");
    v.put("xiC0", String.valueOf(xiC0));
    v.put("xiFormula", xiC0 == 1 ? "(a0 - a1) + (a0 + a1)u" : "(" + xiC0 + "a0 - a1) + (a0 + " + xiC0 + "a1)u");
    v.put("x", x.toString());
    v.put("xSign", x.signum() < 0 ? "negative for " + name : "positive for " + name);
    v.put("b", String.valueOf(b));
    v.put("twist", twist);
    boolean d = twist.equals("D");
    v.put("twistEquation", d ? "y² = x³ + " + b + "/ξ" : "y² = x³ + " + b + "ξ");
    v.put("twistEquationShort", d ? "y² = x³ + " + b + "/(" + xiC0 + "+u)" : "y² = x³ + " + b + "(" + xiC0 + "+u)");
    v.put("g1x", g1[0].toString());
    v.put("g1y", g1[1].toString());
    v.put("g1GenDoc", g1[0].bitLength() < 64 ? "(" + g1[0] + ", " + g1[1] + ")" : generators);
    v.put("g2x0", g2[0].toString());
    v.put("g2x1", g2[1].toString());
    v.put("g2y0", g2[2].toString());
    v.put("g2y1", g2[3].toString());
    v.put("g2GenDoc", generators);
    boolean bn = family.equals("bn");
    v.put("extraLines", bn ? "the two Frobenius additions of the BN loop" : "none for BLS12");
    v.put("extraLinesCount", bn ? "2" : "0");
    v.put("frobeniusLines", bn ? ", the two Frobenius additions at the end" : "");
    v.put("pairingPrecompile", pairingPrecompile);
    BigInteger h2 = g2Cofactor();
    v.put("g2Cofactor", h2.toString(16));
    v.put("g1Cofactor", g1Cofactor.toString(16));
    long q2 = smallestPrimeFactor(h2);
    v.put("g2SmallestPrime", String.valueOf(q2));
    v.put("g2SubgroupRounds", String.valueOf(subgroupRounds(q2)));
    v.put("g2SubgroupBits", String.valueOf(subgroupBits(q2)));
    if (!g1Cofactor.equals(BigInteger.ONE)) {
      long q1 = smallestPrimeFactor(g1Cofactor);
      v.put("g1SmallestPrime", String.valueOf(q1));
      v.put("g1SubgroupRounds", String.valueOf(subgroupRounds(q1)));
      v.put("g1SubgroupBits", String.valueOf(subgroupBits(q1)));
    } else {
      v.put("g1SubgroupRounds", "0");
    }
    v.put("oracleScript", id + "-oracle.mjs");
    v.put("fpLimbs", String.valueOf(fpLimbs()));
    v.put("frLimbs52", String.valueOf(VectorKernelGenerator.limbs52(r)));
    v.put("fpLimbs52", String.valueOf(VectorKernelGenerator.limbs52(p)));
    v.put("fp2Limbs52", String.valueOf(2 * VectorKernelGenerator.limbs52(p)));
    BigInteger rm1 = r.subtract(BigInteger.ONE);
    v.put("frTwoAdicity", String.valueOf(rm1.getLowestSetBit()));
    v.put("frRootGenerator", String.valueOf(smallestNonResidue(r)));
    v.put("g1OnCurveNote", g1Cofactor.equals(BigInteger.ONE) ? " (with cofactor 1 that is the subgroup)"
        : " but not for the subgroup (check that with {@link #isInSubgroup})");
    if (hashToCurve != null) {
      String suite = name.toUpperCase().replace("-", "") + "G%d_XMD:SHA-256_SSWU_RO_";
      v.put("suiteG1", String.format(suite, 1));
      v.put("suiteG2", String.format(suite, 2));
      HashToCurveConfig.Map1 m1 = hashToCurve.g1();
      v.put("h2c1Z", m1.z().toString(16));
      v.put("h2c1A", m1.a().toString(16));
      v.put("h2c1B", m1.b().toString(16));
      v.put("h2c1XNum", HashToCurveConfig.javaArray(m1.xNum()));
      v.put("h2c1XDen", HashToCurveConfig.javaArray(m1.xDen()));
      v.put("h2c1YNum", HashToCurveConfig.javaArray(m1.yNum()));
      v.put("h2c1YDen", HashToCurveConfig.javaArray(m1.yDen()));
      v.put("h2c1HEff", m1.hEff().toString(16));
      HashToCurveConfig.Map2 m2 = hashToCurve.g2();
      v.put("h2c2Z", HashToCurveConfig.javaArray(List.of(m2.z())));
      v.put("h2c2A", HashToCurveConfig.javaArray(List.of(m2.a())));
      v.put("h2c2B", HashToCurveConfig.javaArray(List.of(m2.b())));
      v.put("h2c2XNum", HashToCurveConfig.javaArray2(m2.xNum()));
      v.put("h2c2XDen", HashToCurveConfig.javaArray2(m2.xDen()));
      v.put("h2c2YNum", HashToCurveConfig.javaArray2(m2.yNum()));
      v.put("h2c2YDen", HashToCurveConfig.javaArray2(m2.yDen()));
      v.put("h2c2HEff", m2.hEff().toString(16));
    }
    return v;
  }

  /**
   * The cofactor of G2 in the sextic twist's group over Fp2: with t = p + 1 − h1·r the trace over Fp and
   * t2 = t² − 2p over Fp2, the twist of order p² + 1 − (t2 ± 3f)/2 (t2² − 4p² = −3f²) that r divides.
   */
  BigInteger g2Cofactor() {
    BigInteger t = p.add(BigInteger.ONE).subtract(g1Cofactor.multiply(r));
    BigInteger t2 = t.multiply(t).subtract(p.shiftLeft(1));
    BigInteger f2 = p.multiply(p).shiftLeft(2).subtract(t2.multiply(t2)).divide(BigInteger.valueOf(3));
    BigInteger f = f2.sqrt();
    if (!f.multiply(f).equals(f2)) {
      throw new IllegalStateException(name + ": 4p² − t2² is not 3 times a square");
    }
    for (BigInteger sign : new BigInteger[] {BigInteger.ONE, BigInteger.ONE.negate()}) {
      BigInteger n = p.multiply(p).add(BigInteger.ONE).subtract(t2.add(f.multiply(BigInteger.valueOf(3)).multiply(sign))
          .shiftRight(1));
      if (n.mod(r).signum() == 0) {
        return n.divide(r);
      }
    }
    throw new IllegalStateException(name + ": r divides neither sextic twist's order");
  }

  /** Bits of the random coefficients of a batched subgroup check ({@code FlatPoints}). */
  static final int COEFFICIENT_BITS = 13;
  /** The batched subgroup checks miss a point outside with probability at most 2^-SUBGROUP_SECURITY. */
  static final int SUBGROUP_SECURITY = 80;

  /** The smallest prime factor of h, by trial division up to 2^20 (2^20 when none is smaller: a lower bound). */
  static long smallestPrimeFactor(BigInteger h) {
    for (long q = 2; q < 1 << 20; q++) {
      if (h.mod(BigInteger.valueOf(q)).signum() == 0) {
        return q;
      }
    }
    return 1 << 20;
  }

  /** −log2 of one round's chance to miss: at most ⌈2^b/q⌉ of the 2^b coefficients cancel a component of order q. */
  private static double bitsPerRound(long q) {
    long values = 1L << COEFFICIENT_BITS;
    long bad = (values + q - 1) / q;
    return Math.log((double) values / bad) / Math.log(2);
  }

  /** Rounds for a cofactor whose smallest prime is q. */
  static int subgroupRounds(long q) {
    return (int) Math.ceil(SUBGROUP_SECURITY / bitsPerRound(q));
  }

  /** The security the rounds give, in whole bits. */
  static int subgroupBits(long q) {
    return (int) Math.floor(subgroupRounds(q) * bitsPerRound(q));
  }

  /** Every curve the generators write. */
  public static final List<CurveConfig> ALL = List.of(BN254, BLS12_381);

  /** The Java package of the curve's public classes. */
  public String pkg() {
    return "org.snark4j.core." + id;
  }

  /** The folder of the curve's package under a source root. */
  public String dir() {
    return "src/main/java/org/snark4j/core/" + id;
  }

  /** 64-bit limbs of an Fp element. */
  public int fpLimbs() {
    return limbs(p);
  }

  /** 64-bit limbs of an Fr element. */
  public int frLimbs() {
    return limbs(r);
  }

  /** 64-bit limbs that hold q with at least one spare top bit (the kernels need it). */
  static int limbs(BigInteger q) {
    return (q.bitLength() + 64) / 64;
  }

  /** The smallest quadratic non-residue ≥ 2 mod q, the root generator ffjavascript (so snarkjs) uses. */
  static int smallestNonResidue(BigInteger q) {
    BigInteger half = q.subtract(BigInteger.ONE).shiftRight(1);
    for (int g = 2; ; g++) {
      if (BigInteger.valueOf(g).modPow(half, q).equals(q.subtract(BigInteger.ONE))) {
        return g;
      }
    }
  }

  /**
   * The fields with SIMD kernels ({@code FpVector}/{@code Fp52}, {@code FrVector}/{@code Fr52}): both, for both
   * curves (BN254's in 5×52 limbs, BLS12-381's Fp in 8×52 and its Fr in 6×52).
   */
  public java.util.List<String> simdFields() {
    return java.util.List.of("Fp", "Fr");
  }

  /** The curve by its id. */
  public static CurveConfig byId(String id) {
    return ALL.stream().filter(c -> c.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no curve " + id));
  }
}
