package org.snark4j.bridge.substrate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.core.bn254.Fp;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * Our verifying keys, proofs and public inputs in the form Substrate's Groth16 pallets take (zkVerify's
 * {@code SettlementGroth16Pallet}): arkworks' uncompressed points with BN254 field elements as 32 bytes
 * little-endian, G1 as x ‖ y, G2 as x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1 (the point at infinity all zero but the infinity
 * flag, bit 6 of the last byte); public inputs as 32-byte little-endian scalars; the SCALE types
 * {@code VerificationKeyWithCurve}, {@code ProofWithCurve} and {@code Vec<[u8; 32]>}; and the hashes the pallet
 * reports: {@code vk_hash = keccak256(SCALE(vk))} and the statement hash
 * {@code keccak256(keccak256("groth16") ‖ vk_hash ‖ keccak256(concat(pubs)))}.
 */
public final class SubstrateGroth16 {
  private SubstrateGroth16() {}

  /** The curve variant of the pallet's {@code Curve} enum. */
  public static final int BN254 = 0;

  public static byte[] g1(G1Affine p) {
    byte[] out = new byte[64];
    if (p.isInfinity()) {
      out[63] = 0x40;
      return out;
    }
    le(p.x(), out, 0);
    le(p.y(), out, 32);
    return out;
  }

  public static byte[] g2(G2Affine p) {
    byte[] out = new byte[128];
    if (p.isInfinity()) {
      out[127] = 0x40;
      return out;
    }
    le(p.x().c0(), out, 0);
    le(p.x().c1(), out, 32);
    le(p.y().c0(), out, 64);
    le(p.y().c1(), out, 96);
    return out;
  }

  public static byte[] scalar(Fr v) {
    byte[] out = new byte[32];
    le(v.toBigInteger(), out, 0);
    return out;
  }

  /** SCALE of VerificationKeyWithCurve { curve, alpha_g1, beta_g2, gamma_g2, delta_g2, gamma_abc_g1 }. */
  public static byte[] verificationKey(Groth16VerifyingKey vk) {
    return new ScaleWriter().variant(BN254).bytes(g1(vk.alpha())).bytes(g2(vk.beta())).bytes(g2(vk.gamma()))
        .bytes(g2(vk.delta())).vec(vk.ic(), (w, p) -> w.bytes(g1(p))).toByteArray();
  }

  /** SCALE of ProofWithCurve { curve, proof: { a, b, c } }. */
  public static byte[] proof(Groth16Proof p) {
    return new ScaleWriter().variant(BN254).bytes(g1(p.a())).bytes(g2(p.b())).bytes(g1(p.c())).toByteArray();
  }

  /**
   * SCALE of Vec&lt;[u8; 32]&gt;, the public inputs of later runtimes. The shared 2024 runtime takes
   * Vec&lt;Scalar(Vec&lt;u8&gt;)&gt; instead (each input with its length): encode calls from metadata
   * ({@link ScaleValue#call}) to follow whichever the runtime declares.
   */
  public static byte[] publicInputs(List<Fr> inputs) {
    return new ScaleWriter().vec(inputs, (w, x) -> w.raw(scalar(x))).toByteArray();
  }

  /** The pallet of zkVerify runtimes that verifies Groth16 proofs. */
  public static final String PALLET = "SettlementGroth16Pallet";

  /** A verifying key as the value model of {@link ScaleValue} holds a {@code VerificationKeyWithCurve}. */
  public static Object vkValue(Groth16VerifyingKey vk) {
    return List.of(ScaleValue.Variant.of("Bn254"), g1(vk.alpha()), g2(vk.beta()), g2(vk.gamma()), g2(vk.delta()),
        vk.ic().stream().map(SubstrateGroth16::g1).toList());
  }

  /** {@code register_vk(vk)}, built from the runtime's metadata. */
  public static byte[] registerVkCall(Metadata m, Groth16VerifyingKey vk) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("vk", vkValue(vk));
    return ScaleValue.call(m, PALLET, "register_vk", args);
  }

  /**
   * {@code submit_proof} with the key inline ({@code VkOrHash::Vk}), or by the hash of a registered key when
   * {@code vkHash} is given; built from the runtime's metadata, so the public inputs take the runtime's shape
   * ({@code Vec<[u8; 32]>} or the 2024 {@code Vec<Scalar(Vec<u8>)>}) and a {@code domain_id} argument of later
   * runtimes is sent as None.
   */
  public static byte[] submitProofCall(Metadata m, Groth16VerifyingKey vk, byte[] vkHash, Groth16Proof proof,
      List<Fr> inputs) {
    if (inputs.size() + 1 != vk.ic().size()) {
      throw new IllegalArgumentException("the verifying key takes " + (vk.ic().size() - 1) + " public inputs, got "
          + inputs.size());
    }
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("vk_or_hash", vkHash == null ? ScaleValue.Variant.of("Vk", vkValue(vk))
        : ScaleValue.Variant.of("Hash", (Object) vkHash));
    args.put("proof", List.of(ScaleValue.Variant.of("Bn254"), List.of(g1(proof.a()), g2(proof.b()), g1(proof.c()))));
    args.put("pubs", inputs.stream().map(SubstrateGroth16::scalar).toList());
    for (Metadata.Field f : m.call(PALLET, "submit_proof").fields()) {
      if (!args.containsKey(f.name())) {
        if (!(m.type(f.type()).def() instanceof Metadata.Variants v) || v.byName("None") == null) {
          throw new IllegalArgumentException("this runtime's submit_proof takes an argument " + f.name()
              + " this client does not know how to fill");
        }
        args.put(f.name(), ScaleValue.Variant.of("None")); // an Option later runtimes added (domain_id): None
      }
    }
    return ScaleValue.call(m, PALLET, "submit_proof", args);
  }

  public static byte[] vkHash(Groth16VerifyingKey vk) {
    return Keccak.hash256(verificationKey(vk));
  }

  public static byte[] statementHash(Groth16VerifyingKey vk, List<Fr> inputs) {
    byte[] pubs = new byte[32 * inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      System.arraycopy(scalar(inputs.get(i)), 0, pubs, 32 * i, 32);
    }
    return Keccak.hash256(new ScaleWriter().raw(Keccak.hash256("groth16".getBytes(StandardCharsets.US_ASCII)))
        .raw(vkHash(vk)).raw(Keccak.hash256(pubs)).toByteArray());
  }

  /** A G1 point from its arkworks form, checked on the curve. */
  public static G1Affine g1From(byte[] b) {
    if (b.length != 64) {
      throw new IllegalArgumentException("a BN254 G1 point is 64 bytes here, got " + b.length);
    }
    if ((b[63] & 0x40) != 0) {
      return G1Affine.INFINITY;
    }
    return G1Affine.of(fp(b, 0), fp(b, 32));
  }

  /** A G2 point from its arkworks form, checked on the twist and in the subgroup. */
  public static G2Affine g2From(byte[] b) {
    if (b.length != 128) {
      throw new IllegalArgumentException("a BN254 G2 point is 128 bytes here, got " + b.length);
    }
    if ((b[127] & 0x40) != 0) {
      return G2Affine.INFINITY;
    }
    return G2Affine.of(org.snark4j.core.bn254.Fp2.of(fp(b, 0), fp(b, 32)),
        org.snark4j.core.bn254.Fp2.of(fp(b, 64), fp(b, 96)));
  }

  public static Fr scalarFrom(byte[] b) {
    if (b.length != 32) {
      throw new IllegalArgumentException("a scalar is 32 bytes here, got " + b.length);
    }
    BigInteger v = leValue(b, 0, 0xFF);
    if (v.compareTo(Fr.MODULUS) >= 0) {
      throw new IllegalArgumentException("a public input must be below r, got " + v);
    }
    return Fr.of(v);
  }

  private static Fp fp(byte[] b, int off) {
    // the top two bits of an element's last byte carry arkworks' flags
    BigInteger v = leValue(java.util.Arrays.copyOfRange(b, off, off + 32), 0, 0x3F);
    if (v.compareTo(Fp.MODULUS) >= 0) {
      throw new IllegalArgumentException("a coordinate must be below p, got " + v);
    }
    return Fp.of(v);
  }

  private static BigInteger leValue(byte[] b, int off, int topMask) {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[31 - i] = b[off + i];
    }
    be[0] &= (byte) topMask;
    return new BigInteger(1, be);
  }

  private static void le(Fp v, byte[] out, int off) {
    le(v.toBigInteger(), out, off);
  }

  private static void le(BigInteger v, byte[] out, int off) {
    byte[] be = v.toByteArray();
    for (int i = 0; i < 32 && i < be.length; i++) {
      out[off + i] = be[be.length - 1 - i];
    }
  }
}
