package org.snark4j.core.bn254;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ethereum's BN254 precompiles, byte for byte: ecAdd (0x06, EIP-196), ecMul (0x07, EIP-196) and ecPairing
 * (0x08, EIP-197). A Java EVM can call these as its precompiles; gas is the caller's business (EIP-1108:
 * 150, 6000, and 45000 + 34000 per pair).
 *
 * <p>Where the EVM call fails (a coordinate ≥ p, a point off its curve, a G2 point outside the subgroup,
 * a pairing input whose length is not a multiple of 192), these methods throw {@link IllegalArgumentException}
 * naming the check and the value.
 */
public final class Bn254Precompiles {
  private Bn254Precompiles() {}

  /** 0x06: input right-padded with zeros (or truncated) to 128 bytes, two G1 points; returns their sum. */
  public static byte[] add(byte[] input) {
    byte[] in = Arrays.copyOf(input, 128);
    G1Affine a = EvmCodec.decodeG1(in, 0);
    G1Affine b = EvmCodec.decodeG1(in, 64);
    return EvmCodec.encodeG1(a.toJacobian().addMixed(b).toAffine());
  }

  /**
   * 0x07: input padded or truncated to 96 bytes, a G1 point and a 256-bit scalar (any value; it need not
   * be below r); returns the multiple.
   */
  public static byte[] mul(byte[] input) {
    byte[] in = Arrays.copyOf(input, 96);
    G1Affine p = EvmCodec.decodeG1(in, 0);
    BigInteger k = new BigInteger(1, Arrays.copyOfRange(in, 64, 96));
    return EvmCodec.encodeG1(p.multiply(k));
  }

  /**
   * 0x08: k pairs of (G1, G2) in 192 bytes each; returns 32 bytes holding 1 if ∏ e(Pᵢ, Qᵢ) = 1, else 0.
   * Empty input gives 1.
   */
  public static byte[] pairing(byte[] input) {
    if (input.length % 192 != 0) {
      throw new IllegalArgumentException("pairing input must be a multiple of 192 bytes, got " + input.length);
    }
    int k = input.length / 192;
    List<G1Affine> ps = new ArrayList<>(k);
    List<G2Affine> qs = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      try {
        ps.add(EvmCodec.decodeG1(input, 192 * i));
        qs.add(EvmCodec.decodeG2(input, 192 * i + 64));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("pairing pair " + i + ": " + e.getMessage(), e);
      }
    }
    byte[] out = new byte[32];
    out[31] = (byte) (Pairing.pairingCheck(ps, qs) ? 1 : 0);
    return out;
  }
}
