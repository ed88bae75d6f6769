package org.snark4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snark4j.bridge.substrate.LocalChain;

/**
 * The snark4j commands side by side with snarkjs on one circuit: a script can switch from one to the other.
 * Integration test: starts Node.js (snarkjs 0.7.6, circom2 0.2.23, circomlib 2.0.5 from interop/).
 */
class CliIT {
  static Path interop;
  static String rel;
  static Path work;
  static final String SNARKJS = "node_modules/snarkjs/build/cli.cjs";

  static String node(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("node"));
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).directory(interop.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "timed out: " + cmd);
    assertEquals(0, p.exitValue(), cmd + "\n" + out);
    return out;
  }

  /** Runs snark4j in this JVM; returns {exit code, stdout}. */
  static Object[] snark4j(String... args) {
    PrintStream saved = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true));
    System.setErr(new PrintStream(err, true));
    try {
      int code = Main.run(args);
      return new Object[] {code, buf.toString(), err.toString()};
    } finally {
      System.setOut(saved);
      System.setErr(savedErr);
    }
  }

  static String f(String name) {
    return work.resolve(name).toString();
  }

  @BeforeAll
  static void ceremony() throws Exception {
    interop = Path.of(System.getProperty("snark4j.interop.dir", "../interop")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(interop.resolve("node_modules/snarkjs")),
        "interop/node_modules is missing at " + interop + ": run `npm ci` in interop/ (.ci/test does)");
    rel = "target/cli-" + UUID.randomUUID();
    work = interop.resolve(rel);
    Files.createDirectories(work.resolve("out"));
    Files.writeString(work.resolve("c.circom"), """
        pragma circom 2.0.0;
        include "circomlib/circuits/poseidon.circom";
        template C() {
          signal input a;
          signal input b;
          signal output h;
          component p = Poseidon(2);
          p.inputs[0] <== a;
          p.inputs[1] <== b;
          h <== p.out;
        }
        component main {public [a]} = C();
        """);
    Files.writeString(work.resolve("in.json"), "{\"a\": \"3\", \"b\": \"5\"}");
    node("node_modules/circom2/cli.js", rel + "/c.circom", "--r1cs", "--wasm", "--O2", "-l", "node_modules", "-o", rel + "/out");
    // phase 1 with our commands; snarkjs sets up from the result
    Object[] created = snark4j("powersoftau", "new", "bn128", "9", f("p0.ptau"));
    assertEquals(0, created[0], created[2].toString());
    assertTrue(created[1].toString().startsWith("First contribution hash: "), created[1].toString());
    Object[] contributed = snark4j("powersoftau", "contribute", f("p0.ptau"), f("p1.ptau"), "--name=t", "-e=cli test");
    assertEquals(0, contributed[0], contributed[2].toString());
    assertTrue(contributed[1].toString().startsWith("Contribution response hash: "), contributed[1].toString());
    assertEquals(0, snark4j("powersoftau", "prepare", "phase2", f("p1.ptau"), f("p.ptau"))[0]);
    Object[] verified = snark4j("powersoftau", "verify", f("p.ptau"));
    assertEquals(0, verified[0], verified[2].toString());
    assertTrue(verified[1].toString().contains("contribution #1 t") && verified[1].toString().endsWith("Powers of Tau Ok!\n"),
        verified[1].toString());
    Object[] unverified = snark4j("powersoftau", "verify", f("p0.ptau"));
    assertEquals(1, unverified[0]);
    assertTrue(unverified[2].toString().contains("no contributions"), unverified[2].toString());
    Object[] badCurve = snark4j("powersoftau", "new", "bls12381", "9", f("never.ptau"));
    assertEquals(2, badCurve[0]);
    assertTrue(badCurve[2].toString().contains("the curve must be bn128"), badCurve[2].toString());
    node(SNARKJS, "groth16", "setup", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/c0.zkey");
    node(SNARKJS, "zkey", "contribute", rel + "/c0.zkey", rel + "/c.zkey", "--name=t", "-e=cli test 2");
    node(SNARKJS, "zkey", "export", "verificationkey", rel + "/c.zkey", rel + "/vk.json");
  }

  @AfterAll
  static void clean() throws Exception {
    if (work == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * snark4j substrate register-vk and submit-proof against the real zkVerify runtime run locally by chopsticks
   * (../shared/substrate; skipped, saying why, when absent): our proof accepted (Poe.NewElement), by the key and
   * by its registered hash; a tampered one refused here and, sent anyway, failed by the runtime (VerifyError).
   */
  @Test
  void substrateCommandsAgainstTheLocalChain() throws Exception {
    Path substrate = Path.of(System.getProperty("snark4j.shared.dir", "../../shared")).toAbsolutePath().normalize()
        .resolve("substrate");
    String why = LocalChain.unavailable(substrate, interop.resolve("node_modules"));
    assumeTrue(why == null, () -> why + ": skipped");
    assertEquals(0, snark4j("groth16", "fullprove", f("in.json"), f("out/c_js/c.wasm"), f("c.zkey"), f("sp.json"),
        f("spub.json"))[0]);
    try (LocalChain chain = LocalChain.start(substrate, interop.resolve("node_modules"))) {
      Object[] ok = snark4j("substrate", "submit-proof", "--rpc", chain.ws(), "--seed", "//Alice", "--vk",
          f("vk.json"), "--proof", f("sp.json"), "--public", f("spub.json"), "--finalized");
      assertEquals(0, ok[0], ok[1] + "" + ok[2]);
      assertTrue(ok[1].toString().contains("event Poe.NewElement"), ok[1].toString());
      assertTrue(ok[1].toString().contains("event System.ExtrinsicSuccess"), ok[1].toString());

      Object[] reg = snark4j("substrate", "register-vk", "--rpc", chain.http(), "--seed", "//Bob", "--vk",
          f("vk.json"));
      assertEquals(0, reg[0], reg[1] + "" + reg[2]);
      String out = reg[1].toString();
      String hash = out.substring(out.indexOf("key hash ") + 9, out.indexOf("key hash ") + 9 + 66);
      assertTrue(out.contains("VkRegistered({hash: " + hash + "})"), out);
      Object[] byHash = snark4j("substrate", "submit-proof", "--rpc", chain.ws(), "--seed", "//Bob", "--vk",
          f("vk.json"), "--proof", f("sp.json"), "--public", f("spub.json"), "--vk-hash", hash);
      assertEquals(0, byHash[0], byHash[1] + "" + byHash[2]);
      assertTrue(byHash[1].toString().contains("event Poe.NewElement"), byHash[1].toString());

      Files.writeString(work.resolve("spub_bad.json"), Files.readString(work.resolve("spub.json"))
          .replace("\"3\"", "\"4\""));
      Object[] refused = snark4j("substrate", "submit-proof", "--rpc", chain.ws(), "--seed", "//Alice", "--vk",
          f("vk.json"), "--proof", f("sp.json"), "--public", f("spub_bad.json"));
      assertEquals(1, refused[0]);
      assertTrue(refused[2].toString().contains("does not verify"), refused[2].toString());
      Object[] failed = snark4j("substrate", "submit-proof", "--rpc", chain.ws(), "--seed", "//Alice", "--vk",
          f("vk.json"), "--proof", f("sp.json"), "--public", f("spub_bad.json"), "--no-local-check");
      assertEquals(1, failed[0], failed[1] + "" + failed[2]);
      assertTrue(failed[1].toString().contains("dispatch error: SettlementGroth16Pallet.VerifyError"),
          failed[1].toString());

      Object[] badUrl = snark4j("substrate", "submit-proof", "--rpc", "ftp://x", "--seed", "//Alice", "--vk",
          f("vk.json"), "--proof", f("sp.json"), "--public", f("spub.json"));
      assertEquals(2, badUrl[0]);
      assertTrue(badUrl[2].toString().contains("http(s):// or ws(s)://"), badUrl[2].toString());
      Object[] badSeed = snark4j("substrate", "register-vk", "--rpc", chain.ws(), "--seed", "0x12", "--vk",
          f("vk.json"));
      assertEquals(2, badSeed[0]);
      assertTrue(badSeed[2].toString().contains("32 bytes"), badSeed[2].toString());
    }
  }

  /** The README's first command, end to end (the bridge half skipped, saying why, without ../shared). */
  @Test
  void demoRunsEndToEnd() throws Exception {
    Object[] demo = snark4j("demo", "--log-size", "8");
    String out = demo[1].toString();
    assertEquals(0, demo[0], out + demo[2]);
    assertTrue(out.contains("All checks passed."), out);
    assertTrue(out.contains("Poe.NewElement") && out.contains("= true") || out.contains("skipped: "), out);
  }

  @Test
  void r1csInfoAndWitnessCommandsMatchSnarkjs() throws Exception {
    Object[] info = snark4j("r1cs", "info", f("out/c.r1cs"));
    assertEquals(0, info[0]);
    String theirs = node(SNARKJS, "r1cs", "info", rel + "/out/c.r1cs");
    for (String line : ((String) info[1]).strip().split("\n")) {
      assertTrue(theirs.contains(line.strip()), line + " not in\n" + theirs);
    }
    node(SNARKJS, "wtns", "calculate", rel + "/out/c_js/c.wasm", rel + "/in.json", rel + "/js.wtns");
    assertEquals(0, snark4j("wtns", "calculate", f("out/c_js/c.wasm"), f("in.json"), f("jvm.wtns"))[0]);
    assertArrayEquals(Files.readAllBytes(work.resolve("js.wtns")), Files.readAllBytes(work.resolve("jvm.wtns")));
    Object[] check = snark4j("wtns", "check", f("out/c.r1cs"), f("jvm.wtns"));
    assertEquals(0, check[0]);
    assertTrue(((String) check[1]).contains("WITNESS IS CORRECT"));
  }

  @Test
  void verificationKeyExportEqualsSnarkjs() throws Exception {
    assertEquals(0, snark4j("zkey", "export", "verificationkey", f("c.zkey"), f("our_vk.json"))[0]);
    ObjectMapper json = new ObjectMapper();
    assertEquals(json.readTree(work.resolve("vk.json").toFile()), json.readTree(work.resolve("our_vk.json").toFile()));
  }

  @Test
  void ourProofsVerifyInSnarkjsAndTheirsInOurs() throws Exception {
    node(SNARKJS, "wtns", "calculate", rel + "/out/c_js/c.wasm", rel + "/in.json", rel + "/w.wtns");
    assertEquals(0, snark4j("groth16", "prove", f("c.zkey"), f("w.wtns"), f("p1.json"), f("pub1.json"))[0]);
    assertTrue(node(SNARKJS, "groth16", "verify", rel + "/vk.json", rel + "/pub1.json", rel + "/p1.json").contains("OK"));
    assertEquals(0, snark4j("groth16", "fullprove", f("in.json"), f("out/c_js/c.wasm"), f("c.zkey"), f("p2.json"),
        f("pub2.json"))[0]);
    assertTrue(node(SNARKJS, "groth16", "verify", rel + "/vk.json", rel + "/pub2.json", rel + "/p2.json").contains("OK"));
    node(SNARKJS, "groth16", "prove", rel + "/c.zkey", rel + "/w.wtns", rel + "/p3.json", rel + "/pub3.json");
    Object[] v = snark4j("groth16", "verify", f("vk.json"), f("pub3.json"), f("p3.json"));
    assertEquals(0, v[0]);
    assertTrue(((String) v[1]).contains("OK!"));
    // snarkjs's public.json against our proof of another statement: refused with exit code 1
    Files.writeString(work.resolve("pub_bad.json"), Files.readString(work.resolve("pub3.json")).replace("\"3\"", "\"4\""));
    assertEquals(1, snark4j("groth16", "verify", f("vk.json"), f("pub_bad.json"), f("p3.json"))[0]);
    // Solidity calldata as snarkjs prints it, for our proof; a verifier contract from the key
    Object[] calldata = snark4j("zkey", "export", "soliditycalldata", f("pub1.json"), f("p1.json"));
    assertEquals(0, calldata[0]);
    assertEquals(node(SNARKJS, "zkey", "export", "soliditycalldata", rel + "/pub1.json", rel + "/p1.json").strip(),
        calldata[1].toString().strip());
    assertEquals(0, snark4j("zkey", "export", "solidityverifier", f("c.zkey"), f("verifier.sol"))[0]);
    assertTrue(Files.readString(work.resolve("verifier.sol")).contains("contract Groth16Verifier {"));
  }
  @Test
  void setupFromPtauMakesAKeySnarkjsContributesToAndProvesWith() throws Exception {
    Object[] setup = snark4j("groth16", "setup", f("out/c.r1cs"), f("p.ptau"), f("ours0.zkey"));
    assertEquals(0, setup[0]);
    String theirs = node(SNARKJS, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/ours0.zkey");
    assertTrue(theirs.contains("ZKey Ok!"), theirs);
    // the circuit hash we print is the one snarkjs prints for the same key
    String hash = ((String) setup[1]).strip().replace("Circuit hash: ", "");
    assertTrue(theirs.replaceAll("[^0-9a-f]", "").contains(hash), hash + " not in\n" + theirs);
    Object[] contributed = snark4j("zkey", "contribute", f("ours0.zkey"), f("ours.zkey"), "--name=cli", "-e=cli test 3");
    assertEquals(0, contributed[0]);
    String verified = node(SNARKJS, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/ours.zkey");
    assertTrue(verified.contains("ZKey Ok!"), verified);
    String contributionHash = ((String) contributed[1]).lines().filter(l -> l.startsWith("Contribution hash: "))
        .findFirst().orElseThrow().substring("Contribution hash: ".length());
    assertTrue(verified.replaceAll("[^0-9a-f]", "").contains(contributionHash), verified);
    assertEquals(0, snark4j("zkey", "beacon", f("ours.zkey"), f("ours_b.zkey"), "0a0b0c", "10", "-n=beacon")[0]);
    String beaconVerified = node(SNARKJS, "zkey", "verify", rel + "/out/c.r1cs", rel + "/p.ptau", rel + "/ours_b.zkey");
    assertTrue(beaconVerified.contains("ZKey Ok!"), beaconVerified);
    Object[] ourVerify = snark4j("zkey", "verify", f("out/c.r1cs"), f("p.ptau"), f("ours_b.zkey"));
    assertEquals(0, ourVerify[0], (String) ourVerify[2]);
    assertTrue(((String) ourVerify[1]).contains("ZKey Ok!"));
    assertEquals(0, snark4j("zkey", "verify", f("out/c.r1cs"), f("p.ptau"), f("c.zkey"))[0]); // snarkjs's chain
    Object[] badBeacon = snark4j("zkey", "beacon", f("ours.zkey"), f("never.zkey"), "xyz", "10");
    assertEquals(2, badBeacon[0]);
    assertTrue(((String) badBeacon[2]).contains("hexadecimal"), (String) badBeacon[2]);
    node(SNARKJS, "zkey", "export", "verificationkey", rel + "/ours.zkey", rel + "/ours_vk.json");
    assertEquals(0, snark4j("groth16", "fullprove", f("in.json"), f("out/c_js/c.wasm"), f("ours.zkey"), f("p4.json"),
        f("pub4.json"))[0]);
    assertTrue(node(SNARKJS, "groth16", "verify", rel + "/ours_vk.json", rel + "/pub4.json", rel + "/p4.json")
        .contains("OK"));
    // a ptau too small for the circuit: a clear error, exit code 2
    node(SNARKJS, "powersoftau", "new", "bn128", "3", rel + "/small0.ptau");
    node(SNARKJS, "powersoftau", "prepare", "phase2", rel + "/small0.ptau", rel + "/small.ptau");
    Object[] small = snark4j("groth16", "setup", f("out/c.r1cs"), f("small.ptau"), f("never.zkey"));
    assertEquals(2, small[0]);
    assertTrue(((String) small[2]).contains("Powers of Tau of 2^"), (String) small[2]);
    assertFalse(Files.exists(work.resolve("never.zkey")));
    Object[] otherPtau = snark4j("zkey", "verify", f("out/c.r1cs"), f("small.ptau"), f("ours_b.zkey"));
    assertEquals(2, otherPtau[0]); // too small for the circuit: an error, not a verdict
  }
}
