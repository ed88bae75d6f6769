package org.snark4j.bridge.relayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.CubicProof;
import org.snark4j.bridge.evm.Anvil;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.evm.Keccak;
import org.snark4j.bridge.substrate.Ed25519Key;
import org.snark4j.bridge.substrate.Extrinsic;
import org.snark4j.bridge.substrate.LocalChain;
import org.snark4j.bridge.substrate.Metadata;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.bridge.substrate.SubstrateRpc;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;

/**
 * EVM → Substrate and Substrate → EVM with Anvil and the real zkVerify runtime (../shared/substrate under
 * chopsticks; skipped, saying why, when absent). Requests on the EVM inbox reach the runtime's Groth16 pallet once
 * each (counted by the relayer signer's extrinsics on the chain); proofs accepted by the runtime reach the EVM
 * inbox once each; a proof the runtime refused is not carried, nor are the relayer's own deliveries.
 */
class RelayerSubstrateIT {
  static Path substrate() {
    return Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize()
        .resolve("substrate");
  }

  static Path modules() {
    return Anvil.interop().resolve("node_modules");
  }

  /** submit_proof extrinsics of a signer in blocks 1..best. */
  static int submissionsBy(SubstrateRpc rpc, Metadata m, byte[] signer) throws Exception {
    int n = 0;
    long best = rpc.number(rpc.bestBlockHash());
    for (long b = 1; b <= best; b++) {
      for (JsonNode x : rpc.block(rpc.blockHash(b)).path("block").path("extrinsics")) {
        Extrinsic.Decoded d = Extrinsic.decode(m, Hex.decode(x.asText()));
        if (d.signer() != null && Arrays.equals(d.signer(), signer) && d.call().name().equals("submit_proof")) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void evmToSubstrateAndBack() throws Exception {
    String why = LocalChain.unavailable(substrate(), modules());
    assumeTrue(why == null, () -> why + ": skipped");
    CubicProof cubic = CubicProof.make();
    byte[] keyId = RelayerEvmIT.id("cubic");
    try (Anvil a = new Anvil(); LocalChain chain = LocalChain.start(substrate(), modules());
        SubstrateRpc rpc = new SubstrateRpc(chain.ws())) {
      String inbox = a.deployInbox(cubic.vk(), keyId);
      Path dir = Files.createTempDirectory("relayer");
      String zkv = "  zkv:\n    kind: substrate\n    rpc: [" + chain.ws() + "]\n    signer: {seed: //Bob}\n"
          + "    poll-ms: 200\n    stuck-after-s: 30\n";
      Path cfg = RelayerEvmIT.config(dir, cubic, keyId, RelayerEvmIT.evmChain("evm", a, inbox, 1) + zkv,
          "  - {name: evm-to-zkv, from: evm, to: zkv, destination: 5}\n  - {name: zkv-to-evm, from: zkv, to: evm}\n");
      Groth16Proof tampered = new Groth16Proof(cubic.proof().a().add(G1Affine.GENERATOR), cubic.proof().b(),
          cubic.proof().c());
      for (int i = 0; i < 3; i++) {
        RelayerEvmIT.request(a, inbox, keyId, RelayerEvmIT.id("to zkv " + i), BigInteger.valueOf(5), cubic.proof(),
            cubic.publicInputs());
      }
      RelayerEvmIT.request(a, inbox, keyId, RelayerEvmIT.id("bad"), BigInteger.valueOf(5), tampered,
          cubic.publicInputs());
      a.rpc.call("anvil_mine", "0x1");

      // on the Substrate side, //Alice has two proofs accepted and one refused
      Metadata m = rpc.metadata();
      Ed25519Key alice = Ed25519Key.dev("//Alice");
      long[] version = rpc.runtimeVersion();
      byte[] genesis = rpc.blockHash(0);
      java.util.Set<String> expected = new java.util.HashSet<>();
      for (Groth16Proof p : new Groth16Proof[] {cubic.proof(), tampered, cubic.proof()}) {
        byte[] xt = Extrinsic.signed(m, alice, SubstrateGroth16.submitProofCall(m, cubic.vk(), null, p,
            cubic.publicInputs()), Extrinsic.Params.immortal(rpc.nextIndex(alice.accountId()), version[0], version[1],
            genesis));
        SubstrateRpc.Inclusion in = rpc.submitAndWait(m, xt, true, Duration.ofSeconds(60));
        if (in.success()) { // message id: keccak256(genesis ‖ u64 block ‖ u32 extrinsic index)
          expected.add(Hex.encode(Keccak.hash256(new org.snark4j.bridge.substrate.ScaleWriter().raw(genesis)
              .u64(in.blockNumber()).u32(in.index()).toByteArray())));
        }
      }
      assertEquals(2, expected.size());

      RelayerConfig config = RelayerConfig.read(cfg, Map.of());
      try (Relayer relayer = new Relayer(config)) {
        relayer.start();
        RelayerEvmIT.waitFor("3 deliveries to zkv and 2 to the EVM", Duration.ofSeconds(180),
            () -> relayer.delivered("evm-to-zkv").size() == 3 && relayer.delivered("zkv-to-evm").size() == 2);
        Thread.sleep(2000); // anything more would show now
        String status = Relayer.status(config);
        assertTrue(status.contains("failed " + Hex.encode(RelayerEvmIT.id("bad")) + ": the proof does not verify"),
            status);
      }
      assertEquals(3, submissionsBy(rpc, m, Ed25519Key.dev("//Bob").accountId()));
      Map<String, Integer> accepted = RelayerEvmIT.acceptedCounts(a.rpc, inbox);
      assertEquals(expected, accepted.keySet());
      accepted.values().forEach(c -> assertEquals(1, c));
    }
  }
}
