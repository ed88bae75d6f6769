package org.snark4j.bridge.substrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.verifier.Groth16VerifyingKey;

/**
 * zkVerify's own Groth16 example (../shared/substrate, third-party data read in place, skipped when absent) in
 * the arkworks form: decoded by us it verifies with our verifier, a changed input does not, and our encoders
 * give back its bytes.
 */
class SubstrateGroth16Test {
  static final HexFormat HEX = HexFormat.of();

  static byte[] field(String js, String name) {
    Matcher m = Pattern.compile("\"" + name + "\": \"0x([0-9a-f]+)\"").matcher(js);
    assertTrue(m.find(), name);
    return HEX.parseHex(m.group(1));
  }

  @Test
  void zkVerifysExampleVerifiesAndReEncodes() throws Exception {
    Path example = Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize()
        .resolve("substrate/data/zkv2024-groth16-example.js");
    assumeTrue(Files.isRegularFile(example), "the shared Substrate data is absent (" + example + "): skipped");
    String js = Files.readString(example);
    List<G1Affine> ic = new ArrayList<>();
    Matcher abc = Pattern.compile("\"0x([0-9a-f]{128})\"").matcher(js.substring(js.indexOf("gammaAbcG1")));
    while (abc.find()) {
      ic.add(SubstrateGroth16.g1From(HEX.parseHex(abc.group(1))));
    }
    Groth16VerifyingKey vk = new Groth16VerifyingKey(SubstrateGroth16.g1From(field(js, "alphaG1")),
        SubstrateGroth16.g2From(field(js, "betaG2")), SubstrateGroth16.g2From(field(js, "gammaG2")),
        SubstrateGroth16.g2From(field(js, "deltaG2")), ic);
    Groth16Proof proof = new Groth16Proof(SubstrateGroth16.g1From(field(js, "a")),
        SubstrateGroth16.g2From(field(js, "b")), SubstrateGroth16.g1From(field(js, "c")));
    Matcher pub = Pattern.compile("PUBS = `\\[\"0x([0-9a-f]{64})\"\\]`").matcher(js);
    assertTrue(pub.find());
    Fr input = SubstrateGroth16.scalarFrom(HEX.parseHex(pub.group(1)));

    Groth16Verifier verifier = Groth16Verifier.ofUncontributedKey(vk);
    assertTrue(verifier.verify(proof, List.of(input)));
    assertFalse(verifier.verify(proof, List.of(input.add(Fr.ONE))));
    assertArrayEquals(field(js, "a"), SubstrateGroth16.g1(proof.a()));
    assertArrayEquals(field(js, "b"), SubstrateGroth16.g2(proof.b()));
    assertArrayEquals(field(js, "deltaG2"), SubstrateGroth16.g2(vk.delta()));
    assertArrayEquals(HEX.parseHex(pub.group(1)), SubstrateGroth16.scalar(input));
  }
}
