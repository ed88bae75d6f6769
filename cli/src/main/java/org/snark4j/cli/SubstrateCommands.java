package org.snark4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.snark4j.bridge.evm.EvmRpcException;
import org.snark4j.bridge.substrate.EcdsaKey;
import org.snark4j.bridge.substrate.Ed25519Key;
import org.snark4j.bridge.substrate.Extrinsic;
import org.snark4j.bridge.substrate.Metadata;
import org.snark4j.bridge.substrate.ScaleValue;
import org.snark4j.bridge.substrate.Signer;
import org.snark4j.bridge.substrate.Ss58;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.bridge.substrate.SubstrateRpc;
import org.snark4j.core.bn254.Fr;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.verifier.Groth16VerifyingKey;
import org.snark4j.verifier.SnarkjsFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code snark4j substrate ...}: Groth16 keys and proofs sent to a Substrate chain's Groth16 pallet. */
final class SubstrateCommands {
  private SubstrateCommands() {}

  @Command(name = "substrate", mixinStandardHelpOptions = true,
      description = "Groth16 on Substrate chains (zkVerify's SettlementGroth16Pallet).",
      subcommands = {SubmitProof.class, RegisterVk.class})
  static final class Substrate extends Group {}

  /** Where to send and who signs. */
  static final class Chain {
    @Option(names = "--rpc", required = true, paramLabel = "URL",
        description = "the node's JSON-RPC endpoint: ws:// or wss:// (followed by subscription), http:// or https://")
    String rpc;

    @Option(names = "--seed", required = true, paramLabel = "SEED",
        description = "the signer: a 32-byte secret seed as hex, or a development path such as //Alice")
    String seed;

    @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "ed25519",
        description = "ed25519 (default) or ecdsa (secp256k1)")
    String keyType;

    @Option(names = "--finalized", description = "wait until the block is finalized, not only included")
    boolean finalized;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
        description = "how long to wait for inclusion (default 120)")
    int timeout;

    Signer signer() {
      boolean dev = seed.startsWith("//");
      return switch (keyType) {
        case "ed25519" -> dev ? Ed25519Key.dev(seed) : Ed25519Key.fromSeed(seed);
        case "ecdsa" -> dev ? EcdsaKey.dev(seed) : EcdsaKey.fromSeed(seed);
        default -> throw new IllegalArgumentException("--key-type is ed25519 or ecdsa, got " + keyType);
      };
    }

    SubstrateRpc connect() {
      URI uri;
      try {
        uri = URI.create(rpc);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--rpc must be a URL such as ws://127.0.0.1:9944, got " + rpc);
      }
      if (timeout < 1) {
        throw new IllegalArgumentException("--timeout is a number of seconds ≥ 1, got " + timeout);
      }
      return new SubstrateRpc(uri, Duration.ofSeconds(30));
    }

    /**
     * Signs the call (mortal for 64 blocks from the best block), submits it, waits, prints where it landed and
     * its events; 0 when it succeeded, 1 when it failed in the runtime or the pool refused it.
     */
    int send(SubstrateRpc node, Metadata m, Signer who, byte[] call, PrintStream out) throws IOException {
      long[] version = node.runtimeVersion();
      byte[] genesis = node.blockHash(0);
      byte[] best = node.bestBlockHash();
      Extrinsic.Params p = new Extrinsic.Params(node.nextIndex(who.accountId()), java.math.BigInteger.ZERO,
          Extrinsic.Era.mortal(node.number(best), 64), version[0], version[1], genesis, best);
      SubstrateRpc.Inclusion in;
      try {
        in = node.submitAndWait(m, Extrinsic.signed(m, who, call, p), finalized, Duration.ofSeconds(timeout));
      } catch (EvmRpcException e) {
        System.err.println("snark4j: the node refused the extrinsic: " + e.getMessage());
        return 1;
      }
      out.println((finalized ? "finalized" : "included") + " in block #" + in.blockNumber() + " "
          + hex(in.blockHash()) + ", extrinsic " + in.index());
      for (Map<String, Object> e : in.events()) {
        ScaleValue.Variant pallet = (ScaleValue.Variant) e.get("event");
        out.println("  event " + pallet.name() + "." + ScaleValue.render(ScaleValue.only(pallet.fields())));
      }
      if (!in.success()) {
        out.println("dispatch error: " + in.error());
        return 1;
      }
      return 0;
    }
  }

  static String hex(byte[] b) {
    return "0x" + java.util.HexFormat.of().formatHex(b);
  }

  @Command(name = "submit-proof", mixinStandardHelpOptions = true,
      description = "Submits a Groth16 proof (snarkjs JSON files) to the chain's SettlementGroth16Pallet, waits for "
          + "its block and prints its events, or the dispatch error (exit code 1). The proof is first checked here: "
          + "one that does not verify is not sent (fees are not spent on it) unless --no-local-check.")
  static final class SubmitProof implements Callable<Integer> {
    @Mixin
    Chain chain;

    @Option(names = "--vk", paramLabel = "verification_key.json", defaultValue = "verification_key.json")
    Path vk;

    @Option(names = "--proof", paramLabel = "proof.json", defaultValue = "proof.json")
    Path proof;

    @Option(names = "--public", paramLabel = "public.json", defaultValue = "public.json")
    Path pub;

    @Option(names = "--vk-hash", paramLabel = "HASH",
        description = "send the hash of a key registered before (register-vk) instead of the key itself")
    String vkHash;

    @Option(names = "--no-local-check", description = "send even if the proof does not verify here")
    boolean noLocalCheck;

    @Override
    public Integer call() throws Exception {
      Groth16VerifyingKey key = SnarkjsFiles.readVerifyingKey(vk);
      Groth16Proof p = SnarkjsFiles.readProof(proof);
      List<Fr> inputs = SnarkjsFiles.readPublicInputs(pub);
      if (inputs.size() + 1 != key.ic().size()) {
        throw new IllegalArgumentException(vk + " takes " + (key.ic().size() - 1) + " public inputs, " + pub
            + " has " + inputs.size());
      }
      if (!noLocalCheck && !Groth16Verifier.of(key).verify(p, inputs)) {
        System.err.println("snark4j: the proof does not verify against " + vk + " and " + pub
            + ": not sent (--no-local-check sends it anyway)");
        return 1;
      }
      byte[] hash = vkHash == null ? null : org.snark4j.bridge.evm.Hex.decode(vkHash);
      if (hash != null && hash.length != 32) {
        throw new IllegalArgumentException("--vk-hash is 32 bytes of hex, got " + hash.length);
      }
      Signer who = chain.signer();
      try (SubstrateRpc node = chain.connect()) {
        Metadata m = node.metadata();
        PrintStream out = Groth16Commands.out();
        out.println("signer " + who.address(Ss58.SUBSTRATE) + ", statement hash "
            + hex(SubstrateGroth16.statementHash(key, inputs)));
        return chain.send(node, m, who, SubstrateGroth16.submitProofCall(m, key, hash, p, inputs), out);
      }
    }
  }

  @Command(name = "register-vk", mixinStandardHelpOptions = true,
      description = "Registers a verification key with the chain's SettlementGroth16Pallet and prints its hash "
          + "(the one submit-proof --vk-hash takes).")
  static final class RegisterVk implements Callable<Integer> {
    @Mixin
    Chain chain;

    @Option(names = "--vk", paramLabel = "verification_key.json", defaultValue = "verification_key.json")
    Path vk;

    @Override
    public Integer call() throws Exception {
      Groth16VerifyingKey key = SnarkjsFiles.readVerifyingKey(vk);
      Signer who = chain.signer();
      try (SubstrateRpc node = chain.connect()) {
        Metadata m = node.metadata();
        PrintStream out = Groth16Commands.out();
        out.println("signer " + who.address(Ss58.SUBSTRATE) + ", key hash "
            + hex(SubstrateGroth16.vkHash(key)));
        return chain.send(node, m, who, SubstrateGroth16.registerVkCall(m, key), out);
      }
    }
  }
}
