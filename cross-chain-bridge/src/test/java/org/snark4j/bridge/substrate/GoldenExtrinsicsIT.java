package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our signed extrinsics equal @polkadot/types 16.5.6's byte for byte for the golden vectors of the shared
 * Substrate folder (balances.transferKeepAlive signed by ed25519 //Alice against the metadata fixtures that
 * ship in @polkadot/types-support 16.5.6, pinned in interop/): the call from metadata, the signing payload, the
 * extrinsic. Metadata V16 fixtures are skipped (we read V14 and V15). Reads files only, but needs both the shared
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
      if (v.path("metadataVersion").asInt() > 15) {
        continue;
      }
      String js = Files.readString(support.resolve(v.path("fixture").asText() + ".js"));
      String metaHex = js.substring(js.indexOf("'0x") + 1, js.lastIndexOf('\''));
      Metadata m = Metadata.parse(bytes(metaHex));
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
    assertEquals(7, checked);
  }
}
