package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Storage keys and ECDSA keys against @polkadot/types, keyring and util-crypto (pinned in interop/, through
 * interop/substrate-ref.mjs): keys of the zkVerify runtime's storage maps for random arguments (Blake2_128Concat
 * System.Account, Twox64Concat System.BlockHash, the double map Staking.ErasStakers, Identity over a tuple in
 * Preimage.PreimageFor and over a hash in SettlementGroth16Pallet.Vks), and ECDSA keys from random secrets and dev
 * paths: public key, account id and the signature (RFC 6979, so deterministic) of random payloads.
 */
class KeysPolkadotIT {
  final HexFormat hex = HexFormat.of();
  final ObjectMapper json = new ObjectMapper();

  String h(byte[] b) {
    return "0x" + hex.formatHex(b);
  }

  @Test
  void storageKeysAndEcdsaEqualPolkadotJs() throws Exception {
    Path interop = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/@polkadot/keyring")),
        "@polkadot/keyring is missing under " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    Path meta = MetadataTest.data().resolve("zkv2024-local-v14.scale");
    assumeTrue(Files.isRegularFile(meta), "the shared Substrate metadata is absent (" + meta + "): skipped");
    Metadata m = Metadata.parse(Files.readAllBytes(meta));
    Random rnd = new Random(7);
    ObjectNode input = json.createObjectNode().put("metadata", meta.toString());
    ArrayNode storage = input.putArray("storage");
    List<byte[]> ours = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byte[] account = bytes(rnd, 32);
      byte[] hash = bytes(rnd, 32);
      long n = rnd.nextInt() & 0xFFFFFFFFL;
      storage.addObject().put("pallet", "system").put("entry", "account").putArray("args").add(h(account));
      ours.add(SubstrateRpc.storageKey(m, "System", "Account", account));
      storage.addObject().put("pallet", "system").put("entry", "blockHash").putArray("args").add(n);
      ours.add(SubstrateRpc.storageKey(m, "System", "BlockHash", n));
      ArrayNode a = storage.addObject().put("pallet", "staking").put("entry", "erasStakers").putArray("args");
      a.add(n);
      a.add(h(account));
      ours.add(SubstrateRpc.storageKey(m, "Staking", "ErasStakers", n, account));
      storage.addObject().put("pallet", "preimage").put("entry", "preimageFor").putArray("args").addArray()
          .add(h(hash)).add(n);
      ours.add(SubstrateRpc.storageKey(m, "Preimage", "PreimageFor", List.of(hash, n)));
      storage.addObject().put("pallet", "settlementGroth16Pallet").put("entry", "vks").putArray("args").add(h(hash));
      ours.add(SubstrateRpc.storageKey(m, "SettlementGroth16Pallet", "Vks", hash));
    }
    ArrayNode ecdsa = input.putArray("ecdsa");
    List<EcdsaKey> keys = new ArrayList<>();
    List<byte[]> payloads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      EcdsaKey k;
      ObjectNode e = ecdsa.addObject();
      if (i < 3) {
        String uri = List.of("//Alice", "//Bob", "//Alice//stash").get(i);
        e.put("uri", uri);
        k = EcdsaKey.dev(uri);
      } else {
        byte[] seed = bytes(rnd, 32);
        e.put("seed", h(seed));
        k = EcdsaKey.fromSeed(seed);
      }
      byte[] payload = bytes(rnd, 1 + rnd.nextInt(300));
      e.put("payload", h(payload));
      keys.add(k);
      payloads.add(payload);
    }
    JsonNode theirs = Interop.run(interop, "substrate-ref.mjs", input);
    for (int i = 0; i < ours.size(); i++) {
      assertEquals(theirs.path("storage").get(i).asText(), h(ours.get(i)), "storage key " + i + ": "
          + storage.get(i));
    }
    for (int i = 0; i < keys.size(); i++) {
      JsonNode t = theirs.path("ecdsa").get(i);
      EcdsaKey k = keys.get(i);
      assertEquals(t.path("publicKey").asText(), h(k.publicKey()), "ECDSA key " + i);
      assertEquals(t.path("accountId").asText(), h(k.accountId()), "ECDSA account " + i);
      assertEquals(t.path("signature").asText(), h(k.sign(payloads.get(i))), "ECDSA signature " + i);
    }
    assertArrayEquals(hex.parseHex("020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1"),
        EcdsaKey.dev("//Alice").publicKey()); // the well-known ecdsa //Alice
  }

  static byte[] bytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    if (n == 32) {
      b[0] &= 0x7F; // an ECDSA secret below n
    }
    return b;
  }

}
