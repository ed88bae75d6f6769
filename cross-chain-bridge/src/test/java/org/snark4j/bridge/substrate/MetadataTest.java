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
