package org.snark4j.bridge.relayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.verifier.Groth16VerifyingKey;

/** The relayer prepares one verifier per key when it starts, and a key the verifier refuses fails by name. */
class RelayerKeysTest {
  private static G1Affine g1(long k) {
    return G1Affine.GENERATOR.toJacobian().multiply(BigInteger.valueOf(k)).toAffine();
  }

  private static G2Affine g2(long k) {
    return G2Affine.GENERATOR.toJacobian().multiply(BigInteger.valueOf(k)).toAffine();
  }

  @Test
  void oneVerifierPerKeyAndRefusedKeysNamed() {
    Groth16VerifyingKey good = new Groth16VerifyingKey(g1(2), g2(3), g2(5), g2(7), List.of(g1(11), g1(13)));
    Groth16VerifyingKey uncontributed = new Groth16VerifyingKey(g1(2), g2(3), g2(5), g2(5), List.of(g1(11)));
    VerifyingKeys keys = new VerifyingKeys(Map.of("good", good, "dev", uncontributed));
    assertEquals(good, keys.verifierById.get("good").key());
    assertEquals(1, keys.verifierById.size());
    String why = keys.refusedById.get("dev");
    assertTrue(why.startsWith("key dev is refused: ") && why.contains("nobody contributed"), why);
    assertEquals("good", keys.idOfVkHash(org.snark4j.bridge.substrate.SubstrateGroth16.vkHash(good)));
  }
}
