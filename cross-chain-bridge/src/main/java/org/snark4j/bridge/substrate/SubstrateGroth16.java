package org.snark4j.bridge.substrate;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.core.bn254.ArkworksCodec;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * Our verifying keys, proofs and public inputs in the form Substrate's Groth16 pallets take (zkVerify's
 * {@code SettlementGroth16Pallet}): points and public inputs in arkworks' uncompressed form (zk-core's
 * {@link ArkworksCodec}: BN254 field elements as 32 bytes little-endian, the point at infinity all zero but the
 * infinity flag); the SCALE types
 * {@code VerificationKeyWithCurve}, {@code ProofWithCurve} and {@code Vec<[u8; 32]>}; and the hashes the pallet
 * reports: {@code vk_hash = keccak256(SCALE(vk))} and the statement hash
 * {@code keccak256(keccak256("groth16") ‖ vk_hash ‖ keccak256(concat(pubs)))}.
 */
public final class SubstrateGroth16 {
  private SubstrateGroth16() {}

  /** The curve variant of the pallet's {@code Curve} enum. */
  public static final int BN254 = 0;

  /** A G1 point in arkworks' form ({@link ArkworksCodec}). */
  public static byte[] g1(G1Affine p) {
    return ArkworksCodec.encodeG1(p);
  }

  /** A G2 point in arkworks' form. */
  public static byte[] g2(G2Affine p) {
    return ArkworksCodec.encodeG2(p);
  }

  /** A public input as 32 little-endian bytes. */
  public static byte[] scalar(Fr v) {
    return ArkworksCodec.encodeFr(v);
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
    return ArkworksCodec.decodeG1(b);
  }

  /** A G2 point from its arkworks form, checked on the twist and in the subgroup. */
  public static G2Affine g2From(byte[] b) {
    return ArkworksCodec.decodeG2(b);
  }

  /** A public input from its 32 little-endian bytes, which must be below r. */
  public static Fr scalarFrom(byte[] b) {
    return ArkworksCodec.decodeFr(b);
  }
}
