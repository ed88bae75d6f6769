package org.snark4j.bridge.relayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snark4j.bridge.CubicProof;
import org.snark4j.verifier.SnarkjsFiles;

/** The config is validated as a whole; each error names the file, the line and the field. */
class RelayerConfigTest {
  @TempDir
  Path dir;

  static final String KEY = "0x" + "ab".repeat(32);

  String good() {
    return """
        data: data
        metrics: 127.0.0.1:9464
        keys:
          %s: vk.json
        chains:
          sepolia:
            kind: evm
            rpc: [http://127.0.0.1:8545, http://127.0.0.1:8546]
            inbox: 0x5FbDB2315678afecb367f032d93F642f64180aa3
            signer: {key-env: EVM_KEY}
            confirmations: 3
          zkv:
            kind: substrate
            rpc: ws://127.0.0.1:9944
            signer: {seed: //Bob, type: ecdsa}
        routes:
          - {name: up, from: sepolia, to: zkv, destination: 7}
          - name: down
            from: zkv
            to: sepolia
            keys: [%s]
        """.formatted(KEY, KEY);
  }

  RelayerConfig read(String text, Map<String, String> env) throws Exception {
    Files.writeString(dir.resolve("relayer.yaml"), text);
    return RelayerConfig.read(dir.resolve("relayer.yaml"), env);
  }

  String error(String text) throws Exception {
    Files.writeString(dir.resolve("relayer.yaml"), text);
    return assertThrows(RelayerConfig.ConfigException.class,
        () -> RelayerConfig.read(dir.resolve("relayer.yaml"), Map.of("EVM_KEY", "0x01"))).getMessage();
  }

  @Test
  void aGoodConfig() throws Exception {
    SnarkjsFiles.write(dir.resolve("vk.json"), SnarkjsFiles.toJson(CubicProof.make().vk()));
    RelayerConfig c = read(good(), Map.of("EVM_KEY", "0x" + "01".repeat(32)));
    assertEquals(dir.resolve("data"), c.dataDir());
    assertEquals(2, c.chains().get("sepolia").rpc().size());
    assertEquals(3, c.chains().get("sepolia").confirmations());
    assertEquals("0x" + "01".repeat(32), c.chains().get("sepolia").signer().secret());
    assertEquals("ecdsa", c.chains().get("zkv").signer().type());
    assertEquals(2, c.routes().size());
    assertEquals(java.math.BigInteger.valueOf(7), c.routes().get(0).destination());
    assertTrue(c.keys().containsKey(KEY));
    assertTrue(c.routes().get(1).carries(KEY) && !c.routes().get(1).carries("0x" + "cd".repeat(32)));
    assertTrue(c.routes().get(0).carries("0x" + "cd".repeat(32))); // no keys listed: all
  }

  @Test
  void errorsNameTheLineAndTheField() throws Exception {
    SnarkjsFiles.write(dir.resolve("vk.json"), SnarkjsFiles.toJson(CubicProof.make().vk()));
    String e = error(good().replace("confirmations: 3", "confirmations: three"));
    assertTrue(e.contains("relayer.yaml:11: chains.sepolia.confirmations: expected a whole number, got \"three\""), e);
    e = error(good().replace("    confirmations: 3\n", "    confirmations: 3\n    colour: red\n"));
    assertTrue(e.contains("relayer.yaml:12: chains.sepolia.colour: unknown field"), e);
    e = error(good().replace("to: zkv, destination: 7", "to: kusama, destination: 7"));
    assertTrue(e.contains(":17: routes[0].to: no chain named \"kusama\""), e);
    e = error(good().replace("rpc: ws://127.0.0.1:9944", "rpc: ftp://x"));
    assertTrue(e.contains(":14: chains.zkv.rpc: expected a ws(s):// or http(s):// URL, got \"ftp://x\""), e);
    e = error(good().replace("{key-env: EVM_KEY}", "{key-env: NO_SUCH_VAR}"));
    assertTrue(e.contains("chains.sepolia.signer.key-env: the environment variable NO_SUCH_VAR is not set"), e);
    e = error(good().replace("vk.json", "missing.json"));
    assertTrue(e.contains(":4: keys." + KEY + ": cannot read"), e);
    e = error(good().replace("keys: [" + KEY, "keys: [0x" + "cd".repeat(32)));
    assertTrue(e.contains("routes[1].keys: no key 0x" + "cd".repeat(32)), e);
    e = error(good().replace("  - name: down\n", "  - name: up\n"));
    assertTrue(e.contains("another route is named \"up\""), e);
    e = error("data: [unclosed\n");
    assertTrue(e.startsWith("relayer.yaml:2: not valid YAML") || e.contains("not valid YAML"), e);
    e = error(good().replace("    inbox: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n", ""));
    assertTrue(e.contains("chains.sepolia.inbox: missing"), e);
    // several errors at once, each on its own line
    e = error(good().replace("confirmations: 3", "confirmations: -1").replace("kind: substrate", "kind: cosmos"));
    assertEquals(2, e.lines().count(), e);
  }
}
