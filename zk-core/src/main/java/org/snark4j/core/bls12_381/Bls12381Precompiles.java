package org.snark4j.core.bls12_381;

import java.util.ArrayList;
import java.util.List;

/**
 * Ethereum's BLS12-381 precompiles (EIP-2537, live since the Prague/Electra fork), byte for byte:
 * G1ADD (0x0b), G1MSM (0x0c), G2ADD (0x0d), G2MSM (0x0e), PAIRING_CHECK (0x0f), MAP_FP_TO_G1 (0x10) and
 * MAP_FP2_TO_G2 (0x11), with the gas each charges. A Java EVM can call these as its precompiles.
 *
 * <p>Where the EVM call fails (an input of the wrong length, empty MSM or pairing input, non-zero padding, a
 * coordinate ≥ p, a point off its curve, a point outside the subgroup where the operation checks it), these
 * methods throw {@link IllegalArgumentException} naming the check and the value; gas is still charged by the
 * EVM (all of it, as for every failing precompile). Additions make no subgroup check; MSMs and the pairing do.
 */
public final class Bls12381Precompiles {
  private Bls12381Precompiles() {}

  /** Bytes of one MSM term and of one pairing pair. */
  public static final int G1_MSM_PAIR = EvmCodec.G1_SIZE + EvmCodec.SCALAR_SIZE;
  public static final int G2_MSM_PAIR = EvmCodec.G2_SIZE + EvmCodec.SCALAR_SIZE;
  public static final int PAIRING_PAIR = EvmCodec.G1_SIZE + EvmCodec.G2_SIZE;

  /** Gas: G1ADD, G2ADD, a single G1 and G2 multiplication (the MSM base), the maps, the pairing's terms. */
  public static final long G1_ADD_GAS = 375;
  public static final long G2_ADD_GAS = 600;
  public static final long G1_MUL_GAS = 12000;
  public static final long G2_MUL_GAS = 22500;
  public static final long MAP_FP_TO_G1_GAS = 5500;
  public static final long MAP_FP2_TO_G2_GAS = 23800;
  public static final long PAIRING_BASE_GAS = 37700;
  public static final long PAIRING_PER_PAIR_GAS = 32600;

  /** EIP-2537's MSM discounts (per mille) for k = 1..128 terms; beyond 128 the last applies. */
  private static final int[] G1_DISCOUNT = {
      1000, 949, 848, 797, 764, 750, 738, 728, 719, 712, 705, 698, 692, 687, 682, 677, 673, 669, 665,
      661, 658, 654, 651, 648, 645, 642, 640, 637, 635, 632, 630, 627, 625, 623, 621, 619, 617, 615,
      613, 611, 609, 608, 606, 604, 603, 601, 599, 598, 596, 595, 593, 592, 591, 589, 588, 586, 585,
      584, 582, 581, 580, 579, 577, 576, 575, 574, 573, 572, 570, 569, 568, 567, 566, 565, 564, 563,
      562, 561, 560, 559, 558, 557, 556, 555, 554, 553, 552, 551, 550, 549, 548, 547, 547, 546, 545,
      544, 543, 542, 541, 540, 540, 539, 538, 537, 536, 536, 535, 534, 533, 532, 532, 531, 530, 529,
      528, 528, 527, 526, 525, 525, 524, 523, 522, 522, 521, 520, 520, 519};
  private static final int[] G2_DISCOUNT = {
      1000, 1000, 923, 884, 855, 832, 812, 796, 782, 770, 759, 749, 740, 732, 724, 717, 711, 704,
      699, 693, 688, 683, 679, 674, 670, 666, 663, 659, 655, 652, 649, 646, 643, 640, 637, 634, 632,
      629, 627, 624, 622, 620, 618, 615, 613, 611, 609, 607, 606, 604, 602, 600, 598, 597, 595, 593,
      592, 590, 589, 587, 586, 584, 583, 582, 580, 579, 578, 576, 575, 574, 573, 571, 570, 569, 568,
      567, 566, 565, 563, 562, 561, 560, 559, 558, 557, 556, 555, 554, 553, 552, 552, 551, 550, 549,
      548, 547, 546, 545, 545, 544, 543, 542, 541, 541, 540, 539, 538, 537, 537, 536, 535, 535, 534,
      533, 532, 532, 531, 530, 530, 529, 528, 528, 527, 526, 526, 525, 524, 524};

  /** 0x0b: exactly 256 bytes, two G1 points (on the curve; no subgroup check); returns their sum. */
  public static byte[] g1Add(byte[] input) {
    length(input, 2 * EvmCodec.G1_SIZE, "G1ADD");
    G1Affine a = EvmCodec.decodeG1NoSubgroupCheck(input, 0);
    G1Affine b = EvmCodec.decodeG1NoSubgroupCheck(input, EvmCodec.G1_SIZE);
    return EvmCodec.encodeG1(a.toJacobian().addMixed(b).toAffine());
  }

  /** 0x0d: exactly 512 bytes, two G2 points (on the twist; no subgroup check); returns their sum. */
  public static byte[] g2Add(byte[] input) {
    length(input, 2 * EvmCodec.G2_SIZE, "G2ADD");
    G2Affine a = EvmCodec.decodeG2NoSubgroupCheck(input, 0);
    G2Affine b = EvmCodec.decodeG2NoSubgroupCheck(input, EvmCodec.G2_SIZE);
    return EvmCodec.encodeG2(a.toJacobian().addMixed(b).toAffine());
  }

  /** 0x0c: k ≥ 1 terms of a G1 point (in the subgroup) and a 32-byte scalar; returns Σ sᵢ·Pᵢ. */
  public static byte[] g1Msm(byte[] input) {
    int k = terms(input, G1_MSM_PAIR, "G1MSM");
    G1Affine[] bases = new G1Affine[k];
    Fr[] scalars = new Fr[k];
    for (int i = 0; i < k; i++) {
      int off = i * G1_MSM_PAIR;
      bases[i] = term(i, () -> EvmCodec.decodeG1(input, off));
      scalars[i] = Fr.reduce(EvmCodec.decodeScalar(input, off + EvmCodec.G1_SIZE));
    }
    return EvmCodec.encodeG1(Msm.g1(bases, scalars).toAffine());
  }

  /** 0x0e: k ≥ 1 terms of a G2 point (in the subgroup) and a 32-byte scalar; returns Σ sᵢ·Qᵢ. */
  public static byte[] g2Msm(byte[] input) {
    int k = terms(input, G2_MSM_PAIR, "G2MSM");
    G2Affine[] bases = new G2Affine[k];
    Fr[] scalars = new Fr[k];
    for (int i = 0; i < k; i++) {
      int off = i * G2_MSM_PAIR;
      bases[i] = term(i, () -> EvmCodec.decodeG2(input, off));
      scalars[i] = Fr.reduce(EvmCodec.decodeScalar(input, off + EvmCodec.G2_SIZE));
    }
    return EvmCodec.encodeG2(Msm.g2(bases, scalars).toAffine());
  }

  /**
   * 0x0f: k ≥ 1 pairs of a G1 and a G2 point (both in their subgroups); returns 32 bytes holding 1 when
   * ∏ e(Pᵢ, Qᵢ) = 1, else 0. Pairs with a point at infinity contribute 1.
   */
  public static byte[] pairingCheck(byte[] input) {
    int k = terms(input, PAIRING_PAIR, "PAIRING_CHECK");
    List<G1Affine> ps = new ArrayList<>(k);
    List<G2Affine> qs = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int off = i * PAIRING_PAIR;
      ps.add(term(i, () -> EvmCodec.decodeG1(input, off)));
      qs.add(term(i, () -> EvmCodec.decodeG2(input, off + EvmCodec.G1_SIZE)));
    }
    byte[] out = new byte[32];
    out[31] = (byte) (Pairing.pairingCheck(ps, qs) ? 1 : 0);
    return out;
  }

  /** 0x10: exactly 64 bytes, one Fp element; returns the G1 point RFC 9380's map and cofactor clearing give. */
  public static byte[] mapFpToG1(byte[] input) {
    length(input, EvmCodec.FP_SIZE, "MAP_FP_TO_G1");
    return EvmCodec.encodeG1(HashToCurve.mapToG1(EvmCodec.decodeFp(input, 0, "field element")));
  }

  /** 0x11: exactly 128 bytes, one Fp2 element (c0 ‖ c1); returns the G2 point of RFC 9380's map. */
  public static byte[] mapFp2ToG2(byte[] input) {
    length(input, 2 * EvmCodec.FP_SIZE, "MAP_FP2_TO_G2");
    return EvmCodec.encodeG2(HashToCurve.mapToG2(EvmCodec.decodeFp2(input, 0, "field element")));
  }

  /** Gas of G1MSM for an input of this length (k = length / 160 terms). */
  public static long g1MsmGas(int inputLength) {
    return msmGas(inputLength / G1_MSM_PAIR, G1_MUL_GAS, G1_DISCOUNT);
  }

  /** Gas of G2MSM for an input of this length (k = length / 288 terms). */
  public static long g2MsmGas(int inputLength) {
    return msmGas(inputLength / G2_MSM_PAIR, G2_MUL_GAS, G2_DISCOUNT);
  }

  /** Gas of PAIRING_CHECK for an input of this length (k = length / 384 pairs). */
  public static long pairingGas(int inputLength) {
    return PAIRING_PER_PAIR_GAS * (inputLength / PAIRING_PAIR) + PAIRING_BASE_GAS;
  }

  private static long msmGas(int k, long base, int[] discount) {
    if (k == 0) {
      return 0;
    }
    return (long) k * base * discount[Math.min(k, discount.length) - 1] / 1000;
  }

  private static void length(byte[] input, int expected, String op) {
    if (input.length != expected) {
      throw new IllegalArgumentException(op + " input must be " + expected + " bytes, got " + input.length);
    }
  }

  private static int terms(byte[] input, int size, String op) {
    if (input.length == 0 || input.length % size != 0) {
      throw new IllegalArgumentException(op + " input must be a positive multiple of " + size + " bytes, got "
          + input.length);
    }
    return input.length / size;
  }

  private static <T> T term(int i, java.util.function.Supplier<T> decode) {
    try {
      return decode.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("term " + i + ": " + e.getMessage(), e);
    }
  }
}
