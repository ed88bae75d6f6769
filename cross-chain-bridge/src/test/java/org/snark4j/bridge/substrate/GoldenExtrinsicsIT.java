package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our signed extrinsics equal @polkadot/types 16.5.6's byte for byte for the golden vectors of the shared
 * Substrate folder (balances.transferKeepAlive signed by ed25519 //Alice against the metadata fixtures that
 * ship in @polkadot/types-support 16.5.6, pinned in interop/; metadata V14, V15 and V16): the call from metadata,
 * the signing payload, the extrinsic; and every metadata fixture there parses. Reads files only, but needs both the shared
 * folder and interop/ installed: an integration test.
 */
class GoldenExtrinsicsIT {
  final HexFormat hex = HexFormat.of();

  byte[] bytes(String s) {
    return hex.parseHex(s.startsWith("0x") ? s.substring(2) : s);
  }

  @Test
  void signedExtrinsicsEqualPolkadotJs() throws Exception {
    Path shared = Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize();
    Path vectors = shared.resolve("substrate/data/metadata/golden-vectors.json");
    Path support = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize()
        .resolve("node_modules/@polkadot/types-support");
    assumeTrue(Files.isRegularFile(vectors), "the shared Substrate data is absent (" + vectors + "): skipped");
    assumeTrue(Files.isDirectory(support), "@polkadot/types-support is missing: run `npm ci` in interop/");
    int checked = 0;
    for (JsonNode v : new ObjectMapper().readTree(vectors.toFile())) {
      Metadata m = Metadata.parse(fixture(support.resolve(v.path("fixture").asText() + ".js")));
      String what = v.path("fixture").asText();
      assertEquals(v.path("metadataVersion").asInt(), m.version(), what);

      JsonNode call = v.path("call");
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("dest", ScaleValue.Variant.of("Id", bytes(call.path("dest").asText())));
      args.put("value", new BigInteger(call.path("value").asText()));
      byte[] callBytes = ScaleValue.call(m, call.path("pallet").asText(), call.path("name").asText(), args);
      assertEquals(call.path("hex").asText(), "0x" + hex.formatHex(callBytes), what + " call");

      Ed25519Key alice = Ed25519Key.dev(v.path("signer").path("uri").asText());
      assertEquals(v.path("signer").path("publicKey").asText(), "0x" + hex.formatHex(alice.publicKey()));
      Extrinsic.Params p = Extrinsic.Params.immortal(v.path("nonce").asLong(), v.path("specVersion").asLong(),
          v.path("transactionVersion").asLong(), bytes(v.path("genesisHash").asText()));
      String payload = v.path("signingPayloadHashedIfOver256").isNull()
          ? v.path("signingPayloadSignedBytes").asText() : v.path("signingPayloadHashedIfOver256").asText();
      assertEquals(payload, "0x" + hex.formatHex(Extrinsic.signingPayload(m, callBytes, p)), what + " payload");
      assertEquals(v.path("extrinsic").asText(), "0x" + hex.formatHex(Extrinsic.signed(m, alice, callBytes, p)),
          what + " extrinsic");
      checked++;
    }
    assertEquals(8, checked);
  }

  byte[] fixture(Path js) throws Exception {
    String text = Files.readString(js);
    return bytes(text.substring(text.indexOf("'0x") + 1, text.lastIndexOf('\'')));
  }

  /**
   * Every metadata fixture of real chains in @polkadot/types-support (V14: Substrate, Polkadot, Kusama, a contracts
   * node; V15: those and the Asset Hubs; V16: Substrate) parses to its last byte, with pallets, calls and signed
   * extensions; the older versions (V9 to V13, before the portable type registry) are refused by name.
   */
  @Test
  void everyMetadataFixtureParses() throws Exception {
    Path support = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize()
        .resolve("node_modules/@polkadot/types-support/metadata");
    assumeTrue(Files.isDirectory(support), "@polkadot/types-support is missing: run `npm ci` in interop/");
    List<Path> files;
    try (Stream<Path> s = Files.walk(support)) {
      files = s.filter(f -> f.getFileName().toString().endsWith("-hex.js")).sorted().toList();
    }
    int modern = 0;
    for (Path f : files) {
      int version = Integer.parseInt(f.getParent().getFileName().toString().substring(1));
      byte[] meta = fixture(f);
      if (version < 14) {
        ScaleException e = assertThrows(ScaleException.class, () -> Metadata.parse(meta), f.toString());
        assertTrue(e.getMessage().contains("got " + version), e.getMessage());
        continue;
      }
      Metadata m = Metadata.parse(meta);
      assertEquals(version, m.version(), f.toString());
      assertTrue(m.pallets().size() > 5, f.toString());
      assertEquals(4, m.extrinsicVersion(), f.toString());
      assertTrue(m.signedExtensions().stream().anyMatch(e -> e.identifier().equals("CheckNonce")), f.toString());
      assertEquals("Balances", m.pallet(m.pallet("Balances").index()).name());
      assertTrue(m.call("System", "remark").fields().size() == 1, f.toString());
      modern++;
    }
    assertEquals(10, modern, files.toString());
  }
}
