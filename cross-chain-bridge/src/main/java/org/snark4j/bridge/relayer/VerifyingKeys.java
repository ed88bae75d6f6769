package org.snark4j.bridge.relayer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snark4j.bridge.evm.Hex;
import org.snark4j.bridge.substrate.SubstrateGroth16;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * The config's verifying keys by key id, each with its prepared verifier (e(α, β) and the line tables computed
 * once, when the relayer starts, not per message), and the id of a key by its Substrate hash. A key the verifier
 * refuses (one nobody contributed to) has no verifier but the reason, which every message under it fails with.
 * Immutable after construction; shared by the route workers.
 */
final class VerifyingKeys {
  final Map<String, Groth16VerifyingKey> byId;
  final Map<String, Groth16Verifier> verifierById = new LinkedHashMap<>();
  final Map<String, String> refusedById = new LinkedHashMap<>();
  private final Map<String, String> idByVkHash = new LinkedHashMap<>();

  VerifyingKeys(Map<String, Groth16VerifyingKey> byId) {
    this.byId = Map.copyOf(byId);
    byId.forEach((id, vk) -> {
      idByVkHash.put(Hex.encode(SubstrateGroth16.vkHash(vk)), id);
      try {
        verifierById.put(id, Groth16Verifier.of(vk));
      } catch (IllegalArgumentException e) {
        refusedById.put(id, "key " + id + " is refused: " + e.getMessage());
      }
    });
  }

  String idOfVkHash(byte[] vkHash) {
    return idByVkHash.get(Hex.encode(vkHash));
  }
}
