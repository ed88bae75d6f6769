package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The metadata of the shared zkVerify runtime (V14 and V15) and Polkadot's (V15), read in place from
 * ../shared/substrate (third-party data; skipped when absent): the Groth16 pallet where its README says, its
 * calls and their arguments, System.Account's storage shape, the signed extensions.
 */
class MetadataTest {
  static Path data() {
    return Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize()
        .resolve("substrate/data/metadata");
  }

  static Metadata read(String file) throws Exception {
    Path p = data().resolve(file);
    assumeTrue(Files.isRegularFile(p), "the shared Substrate metadata is absent (" + p + "): skipped");
    return Metadata.parse(Files.readAllBytes(p));
  }

  @Test
  void zkVerifyV14AndV15() throws Exception {
    for (String f : List.of("zkv2024-local-v14.scale", "zkv2024-local-v15.scale")) {
      Metadata m = read(f);
      assertEquals(f.contains("v14") ? 14 : 15, m.version());
      Metadata.Pallet g = m.pallet("SettlementGroth16Pallet");
      assertEquals(19, g.index());
      Metadata.Variant submit = m.call("SettlementGroth16Pallet", "submit_proof");
      assertEquals(0, submit.index());
      assertEquals(List.of("vk_or_hash", "proof", "pubs"), submit.fields().stream().map(Metadata.Field::name).toList());
      assertEquals(1, m.call("SettlementGroth16Pallet", "register_vk").index());
      assertEquals(4, m.extrinsicVersion());
      assertEquals(List.of("CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis",
          "CheckMortality", "CheckNonce", "CheckWeight", "ChargeTransactionPayment"),
          m.signedExtensions().stream().map(Metadata.SignedExtension::identifier).toList());
      Metadata.StorageEntry account = m.pallet("System").storage().stream().filter(e -> e.name().equals("Account"))
          .findFirst().orElseThrow();
      assertEquals("Blake2_128Concat", Metadata.hasherName(account.hashers().get(0)));
      assertEquals(List.of("sp_core", "crypto", "AccountId32"), m.type(account.keyType()).path());
      assertNotNull(m.pallet("Balances").eventType());
      assertThrows(IllegalArgumentException.class, () -> m.pallet("NoSuchPallet"));
    }
  }

  /** submit_proof encoded from metadata equals our hand-made Groth16 encoding, and decodes back. */
  @Test
  void callsEncodeFromMetadataAndDecodeBack() throws Exception {
    Metadata m = read("zkv2024-local-v14.scale");
    java.util.Random rnd = new java.util.Random(1);
    org.snark4j.core.bn254.G1Affine g1 = org.snark4j.core.bn254.G1Affine.GENERATOR.multiply(
        org.snark4j.core.bn254.Fr.random(rnd));
    org.snark4j.core.bn254.G2Affine g2 = org.snark4j.core.bn254.G2Affine.GENERATOR.multiply(
        org.snark4j.core.bn254.Fr.random(rnd));
    org.snark4j.verifier.Groth16VerifyingKey vk = new org.snark4j.verifier.Groth16VerifyingKey(g1, g2, g2, g2,
        List.of(g1, g1));
    org.snark4j.verifier.Groth16Proof proof = new org.snark4j.verifier.Groth16Proof(g1, g2, g1);
    List<org.snark4j.core.bn254.Fr> pubs = List.of(org.snark4j.core.bn254.Fr.of(7));
    ScaleValue.Variant bn254 = ScaleValue.Variant.of("Bn254");
    List<Object> vkValue = List.of(bn254, SubstrateGroth16.g1(vk.alpha()), SubstrateGroth16.g2(vk.beta()),
        SubstrateGroth16.g2(vk.gamma()), SubstrateGroth16.g2(vk.delta()),
        vk.ic().stream().map(SubstrateGroth16::g1).toList());
    List<Object> proofValue = List.of(bn254, List.of(SubstrateGroth16.g1(proof.a()), SubstrateGroth16.g2(proof.b()),
        SubstrateGroth16.g1(proof.c())));
    java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("vk_or_hash", ScaleValue.Variant.of("Vk", vkValue));
    args.put("proof", proofValue);
    args.put("pubs", pubs.stream().map(SubstrateGroth16::scalar).toList());
    byte[] call = ScaleValue.call(m, "SettlementGroth16Pallet", "submit_proof", args);
    // this runtime's pubs are Vec<Scalar(Vec<u8>)> (its metadata says so; later ones take Vec<[u8; 32]>)
    byte[] expected = new ScaleWriter().u8(19).u8(0).u8(1).raw(SubstrateGroth16.verificationKey(vk))
        .raw(SubstrateGroth16.proof(proof)).vec(pubs, (w, x) -> w.bytes(SubstrateGroth16.scalar(x))).toByteArray();
    org.junit.jupiter.api.Assertions.assertEquals(java.util.HexFormat.of().formatHex(expected),
        java.util.HexFormat.of().formatHex(call));
    ScaleReader r = new ScaleReader(call);
    assertEquals(19, r.u8());
    Object decoded = ScaleValue.read(m, r, m.pallet("SettlementGroth16Pallet").callType());
    r.expectEnd();
    assertEquals("submit_proof", ((ScaleValue.Variant) decoded).name());
    // a wrong shape names where it is wrong
    args.put("pubs", List.of(Boolean.TRUE));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScaleValue.call(m, "SettlementGroth16Pallet", "submit_proof", args));
    assertTrue(e.getMessage().contains("submit_proof.pubs[0]"), e.getMessage());
  }

  @Test
  void polkadotV15AndBadInput() throws Exception {
    Metadata m = read("polkadot-v15.scale");
    assertTrue(m.pallets().size() > 40, "pallets: " + m.pallets().size());
    assertEquals(0, m.pallet("System").index());
    assertThrows(ScaleException.class, () -> Metadata.parse(new byte[] {1, 2, 3, 4, 14}));
    byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(data().resolve("polkadot-v15.scale")), 5000);
    assertThrows(ScaleException.class, () -> Metadata.parse(truncated));
  }
}
