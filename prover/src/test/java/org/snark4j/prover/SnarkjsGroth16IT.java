package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.circom.CircomWitnessCalculator;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.PtauFile;
import org.snark4j.formats.ZkeyFile;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * snark4j proves with a .zkey that snarkjs made (Powers of Tau 2^8, circom2-compiled circuit, one
 * contribution), and snarkjs accepts the proof; our verifier agrees with snarkjs's exported key.
 * Integration test: starts Node.js (snarkjs 0.7.6, circom2 0.2.23, circomlib 2.0.5 from interop/).
 */
class SnarkjsGroth16IT {
  static Path interop() {
    return Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
  }

  static String run(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("node"));
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "timed out: " + cmd);
    assertEquals(0, p.exitValue(), cmd + "\n" + out);
    return out;
  }

  @Test
  void proofFromASnarkjsZkeyVerifiesInSnarkjs() throws Exception {
    Path interop = interop();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/snarkjs")),
        "interop/node_modules is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    String rel = "target/g16-" + UUID.randomUUID();
    Path work = interop.resolve(rel);
    Files.createDirectories(work.resolve("out"));
    String snarkjs = "node_modules/snarkjs/build/cli.cjs";
    try {
      Files.writeString(work.resolve("c.circom"), """
          pragma circom 2.0.0;
          include "circomlib/circuits/poseidon.circom";
          template C() {
            signal input a;
            signal input b;
            signal output h;
            signal output ab;
            component p = Poseidon(2);
            p.inputs[0] <== a;
            p.inputs[1] <== b;
            h <== p.out;
            ab <== a * b;
          }
          component main {public [a]} = C();
          """);
      run(interop, "node_modules/circom2/cli.js", rel + "/c.circom", "--r1cs", "--wasm", "--O2", "-l", "node_modules",
          "-o", rel + "/out");
      run(interop, snarkjs, "powersoftau", "new", "bn128", "9", rel + "/p0.ptau");
      run(interop, snarkjs, "powersoftau", "contribute", rel + "/p0.ptau", rel + "/p1.ptau", "--name=t", "-e=snark4j test");
      run(interop, snarkjs, "powersoftau", "prepare", "phase2", rel + "/p1.ptau", rel + "/p.ptau");
      run(interop, snarkjs, "groth16", "setup", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/c0.zkey");

      // our phase-2 start from the same ptau is snarkjs's groth16 setup, point for point
      org.snark4j.circuits.R1cs r1cs = org.snark4j.circuits.R1cs.read(work.resolve("out/c.r1cs"));
      Groth16ProvingKey fromPtau = Groth16Setup.fromPtau(r1cs, PtauFile.read(work.resolve("p.ptau")));
      Groth16ProvingKey theirSetup = Groth16ProvingKey.readZkey(work.resolve("c0.zkey"));
      assertSameKey(theirSetup, fromPtau);
      // and the .zkey we write is read back the same, and snarkjs contributes to it and proves with it
      fromPtau.writeZkey(work.resolve("ours0.zkey"),
          Groth16Setup.circuitHash(fromPtau, PtauFile.read(work.resolve("p.ptau"))));
      assertSameKey(fromPtau, Groth16ProvingKey.readZkey(work.resolve("ours0.zkey")));
      assertTrue(run(interop, snarkjs, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/ours0.zkey")
          .contains("ZKey Ok!"));
      // our contribution to our key, then snarkjs's on top and ours again: snarkjs verifies each chain
      Phase2.contribute(work.resolve("ours0.zkey"), work.resolve("ours1.zkey"), "snark4j first", "entropy 1");
      String chain1 = run(interop, snarkjs, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/ours1.zkey");
      assertTrue(chain1.contains("ZKey Ok!"), chain1);
      run(interop, snarkjs, "zkey", "contribute", rel + "/ours1.zkey", rel + "/ours2.zkey", "--name=t", "-e=snark4j 4");
      byte[] hash3 = Phase2.contribute(work.resolve("ours2.zkey"), work.resolve("ours3.zkey"), "snark4j third", null);
      String chain3 = run(interop, snarkjs, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/ours3.zkey");
      assertTrue(chain3.contains("ZKey Ok!"), chain3);
      assertTrue(chain3.replaceAll("[^0-9a-f]", "").contains(java.util.HexFormat.of().formatHex(hash3)), chain3);
      assertEquals(3, ZkeyFile.readHistory(work.resolve("ours3.zkey")).contributions().size());
      // a beacon is deterministic: ours and snarkjs's on the same key give the same key, and snarkjs verifies ours
      String beaconHex = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
      run(interop, snarkjs, "zkey", "beacon", rel + "/ours3.zkey", rel + "/sb.zkey", beaconHex, "10", "-n=final beacon");
      byte[] beaconHash = Phase2.beacon(work.resolve("ours3.zkey"), work.resolve("jb.zkey"), "final beacon",
          java.util.HexFormat.of().parseHex(beaconHex), 10);
      assertEquals(Groth16ProvingKey.readZkey(work.resolve("sb.zkey")), Groth16ProvingKey.readZkey(work.resolve("jb.zkey")));
      String beaconVerified = run(interop, snarkjs, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/jb.zkey");
      assertTrue(beaconVerified.contains("ZKey Ok!"), beaconVerified);
      assertTrue(beaconVerified.replaceAll("[^0-9a-f]", "").contains(java.util.HexFormat.of().formatHex(beaconHash)));

      // our zkey verify agrees with snarkjs's on good keys (ours, snarkjs's, mixed chains) and finds tampering
      PtauFile ptau = PtauFile.read(work.resolve("p.ptau"));
      for (String name : List.of("c0.zkey", "ours0.zkey", "ours1.zkey", "ours2.zkey", "ours3.zkey", "jb.zkey", "sb.zkey")) {
        assertEquals(List.of(), Phase2.verify(r1cs, ptau, Groth16ProvingKey.readZkey(work.resolve(name)),
            ZkeyFile.readHistory(work.resolve(name))), name);
      }
      Groth16ProvingKey good = Groth16ProvingKey.readZkey(work.resolve("jb.zkey"));
      ZkeyFile.History goodHistory = ZkeyFile.readHistory(work.resolve("jb.zkey"));
      List<org.snark4j.core.bn254.G1Affine> c = new ArrayList<>(good.c());
      c.set(0, c.get(0).add(org.snark4j.core.bn254.G1Affine.GENERATOR));
      Groth16ProvingKey badC = new Groth16ProvingKey(good.wires(), good.publicCount(), good.domainSize(),
          good.coefficients(), good.alpha1(), good.beta1(), good.beta2(), good.delta1(), good.delta2(), good.a(),
          good.b1(), good.b2(), c, good.h(), good.verifyingKey());
      assertEquals(List.of("C was not divided by delta"), Phase2.verify(r1cs, ptau, badC, goodHistory));
      List<ZkeyFile.Contribution> forged = new ArrayList<>(goodHistory.contributions());
      ZkeyFile.Contribution first = forged.get(0);
      forged.set(0, new ZkeyFile.Contribution(first.deltaAfter(), first.g1S(), first.g1S(), first.g2Spx(),
          first.transcript(), first.type(), first.name(), first.numIterationsExp(), first.beaconHash()));
      assertFalse(Phase2.verify(r1cs, ptau, good, new ZkeyFile.History(goodHistory.circuitHash(), forged)).isEmpty());
      assertFalse(Phase2.verify(r1cs, ptau, good, new ZkeyFile.History(new byte[64], goodHistory.contributions()))
          .isEmpty());
      Groth16ProvingKey contributedByUs = Groth16ProvingKey.readZkey(work.resolve("ours3.zkey"));
      Files.writeString(work.resolve("in3.json"), "{\"a\": \"2\", \"b\": \"9\"}");
      Fr[] w0 = CircomWitnessCalculator.load(work.resolve("out/c_js/c.wasm")).calculate(work.resolve("in3.json"));
      run(interop, snarkjs, "zkey", "export", "verificationkey", rel + "/ours3.zkey", rel + "/ours3_vk.json");
      SnarkjsFiles.write(work.resolve("ours3_proof.json"), SnarkjsFiles.toJson(Groth16Prover.prove(contributedByUs, w0)));
      SnarkjsFiles.write(work.resolve("ours3_public.json"),
          SnarkjsFiles.toJson(Arrays.asList(w0).subList(1, 1 + contributedByUs.publicCount())));
      assertTrue(run(interop, snarkjs, "groth16", "verify", rel + "/ours3_vk.json", rel + "/ours3_public.json",
          rel + "/ours3_proof.json").contains("OK"));
      run(interop, snarkjs, "zkey", "contribute", rel + "/ours0.zkey", rel + "/ours.zkey", "--name=t", "-e=snark4j 3");
      run(interop, snarkjs, "zkey", "export", "verificationkey", rel + "/ours.zkey", rel + "/ours_vk.json");
      Files.writeString(work.resolve("in0.json"), "{\"a\": \"5\", \"b\": \"3\"}");
      run(interop, snarkjs, "groth16", "fullprove", rel + "/in0.json", rel + "/out/c_js/c.wasm", rel + "/ours.zkey",
          rel + "/ours_proof.json", rel + "/ours_public.json");
      assertTrue(run(interop, snarkjs, "groth16", "verify", rel + "/ours_vk.json", rel + "/ours_public.json",
          rel + "/ours_proof.json").contains("OK"));
      Groth16Verifier contributed = Groth16Verifier.of(Groth16ProvingKey.readZkey(work.resolve("ours.zkey")).verifyingKey());
      assertTrue(contributed.verify(SnarkjsFiles.readProof(work.resolve("ours_proof.json")),
          SnarkjsFiles.readPublicInputs(work.resolve("ours_public.json"))));
      run(interop, snarkjs, "zkey", "contribute", rel + "/c0.zkey", rel + "/c.zkey", "--name=t", "-e=snark4j test 2");
      run(interop, snarkjs, "zkey", "export", "verificationkey", rel + "/c.zkey", rel + "/vk.json");
      Files.writeString(work.resolve("in.json"), "{\"a\": \"7\", \"b\": \"11\"}");

      Groth16ProvingKey pk = Groth16ProvingKey.readZkey(work.resolve("c.zkey"));
      Fr[] witness = CircomWitnessCalculator.load(work.resolve("out/c_js/c.wasm")).calculate(work.resolve("in.json"));
      Groth16Proof proof = Groth16Prover.prove(pk, witness);
      List<Fr> publicInputs = Arrays.asList(witness).subList(1, 1 + pk.publicCount());
      SnarkjsFiles.write(work.resolve("proof.json"), SnarkjsFiles.toJson(proof));
      SnarkjsFiles.write(work.resolve("public.json"), SnarkjsFiles.toJson(publicInputs));
      String verdict = run(interop, snarkjs, "groth16", "verify", rel + "/vk.json", rel + "/public.json", rel + "/proof.json");
      assertTrue(verdict.contains("OK"), verdict);

      // our verifier, with the key snarkjs exported and with the one read from the zkey
      Groth16Verifier ours = Groth16Verifier.of(SnarkjsFiles.readVerifyingKey(work.resolve("vk.json")));
      assertEquals(ours.key(), pk.verifyingKey());
      // our verification_key.json equals snarkjs's export of the same zkey, field for field
      com.fasterxml.jackson.databind.JsonNode theirs = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(work.resolve("vk.json").toFile());
      assertEquals(theirs, SnarkjsFiles.toJson(pk.verifyingKey()));
      assertTrue(ours.verify(proof, publicInputs));
      List<Fr> wrong = new ArrayList<>(publicInputs);
      wrong.set(2, wrong.get(2).add(Fr.ONE)); // the public input a
      assertFalse(ours.verify(proof, wrong));
      SnarkjsFiles.write(work.resolve("wrong.json"), SnarkjsFiles.toJson(wrong));
      String refused;
      try {
        refused = run(interop, snarkjs, "groth16", "verify", rel + "/vk.json", rel + "/wrong.json", rel + "/proof.json");
      } catch (AssertionError e) {
        refused = e.getMessage();
      }
      assertFalse(refused.contains("OK!"), refused);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
  private static void assertSameKey(Groth16ProvingKey expected, Groth16ProvingKey actual) {
    assertEquals(expected.verifyingKey(), actual.verifyingKey());
    assertEquals(List.of(expected.wires(), expected.publicCount(), expected.domainSize()),
        List.of(actual.wires(), actual.publicCount(), actual.domainSize()));
    assertEquals(List.of(expected.alpha1(), expected.beta1(), expected.delta1()),
        List.of(actual.alpha1(), actual.beta1(), actual.delta1()));
    assertEquals(List.of(expected.beta2(), expected.delta2()), List.of(actual.beta2(), actual.delta2()));
    assertEquals(expected.a(), actual.a());
    assertEquals(expected.b1(), actual.b1());
    assertEquals(expected.b2(), actual.b2());
    assertEquals(expected.c(), actual.c());
    assertEquals(expected.h(), actual.h());
    assertEquals(new java.util.HashSet<>(expected.coefficients()), new java.util.HashSet<>(actual.coefficients()));
    assertEquals(expected.coefficients().size(), actual.coefficients().size());
  }
}
