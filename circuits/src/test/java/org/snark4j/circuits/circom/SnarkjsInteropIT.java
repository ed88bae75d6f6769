package org.snark4j.circuits.circom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.R1cs;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.Witness;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.R1csFile;
import org.snark4j.formats.WtnsFile;

/**
 * Our .r1cs and .wtns against snarkjs, and circom's against ours. Integration test: starts Node.js
 * (snarkjs 0.7.6, circom2 0.2.23 with circomlib 2.0.5, from interop/).
 */
class SnarkjsInteropIT {
  static final Circuit POSEIDON = (Api api) -> api.assertEqual(
      Poseidon.hash(api, api.secretInput("a"), api.secretInput("b")), api.publicInput("h"));

  @Test
  void snarkjsAcceptsOurFiles() throws Exception {
    try (Interop io = new Interop()) {
      CompiledCircuit cc = CompiledCircuit.compile(POSEIDON);
      Fr h = Poseidon.hash(Fr.of(3), Fr.of(4));
      Witness w = cc.solve(Assignment.builder().set("a", 3).set("b", 4).set("h", h).build());
      cc.r1cs().write(io.file("p.r1cs"));
      WtnsFile.write(w.values(), io.file("p.wtns"));
      String info = io.snarkjs("r1cs", "info", io.relative("p.r1cs"));
      assertTrue(info.contains("# of Constraints: 241"), info); // Poseidon(2) and the binding to h
      assertTrue(info.contains("# of Public Inputs: 1"), info);
      assertTrue(info.contains("# of Private Inputs: 2"), info);
      String check = io.snarkjs("wtns", "check", io.relative("p.r1cs"), io.relative("p.wtns"));
      assertTrue(check.contains("WITNESS IS CORRECT"), check);
      // and a wrong witness is refused by snarkjs too
      Fr[] bad = w.values();
      bad[bad.length - 1] = bad[bad.length - 1].add(Fr.ONE);
      WtnsFile.write(bad, io.file("bad.wtns"));
      String badCheck;
      try {
        badCheck = io.snarkjs("wtns", "check", io.relative("p.r1cs"), io.relative("bad.wtns"));
      } catch (IllegalStateException e) {
        badCheck = e.getMessage();
      }
      assertTrue(!badCheck.contains("WITNESS IS CORRECT"), badCheck);
    }
  }

  @Test
  void circomFilesLoadAndSatisfy() throws Exception {
    try (Interop io = new Interop()) {
      Files.writeString(io.file("mul.circom"), """
          pragma circom 2.0.0;
          template Multiplier() {
            signal input a;
            signal input b;
            signal output c;
            c <== a * b;
          }
          component main = Multiplier();
          """);
      Files.writeString(io.file("pos.circom"), """
          pragma circom 2.0.0;
          include "circomlib/circuits/poseidon.circom";
          template H() {
            signal input a;
            signal input b;
            signal output h;
            component p = Poseidon(2);
            p.inputs[0] <== a;
            p.inputs[1] <== b;
            h <== p.out;
          }
          component main {public [a]} = H();
          """);
      Files.writeString(io.file("input.json"), "{\"a\": \"3\", \"b\": \"11\"}");
      for (String name : new String[] {"mul", "pos"}) {
        io.circom(name);
        io.snarkjs("wtns", "calculate", io.relative("out/" + name + "_js/" + name + ".wasm"),
            io.relative("input.json"), io.relative(name + ".wtns"));
      }
      R1csFile.Contents mul = R1csFile.read(io.file("out/mul.r1cs"));
      Fr[] wm = WtnsFile.read(io.file("mul.wtns"));
      assertEquals(1, mul.publicOutputs());
      assertTrue(R1cs.fromFile(mul).isSatisfied(wm));
      assertEquals(Fr.of(33), wm[1]);

      R1csFile.Contents pos = R1csFile.read(io.file("out/pos.r1cs"));
      Fr[] wp = WtnsFile.read(io.file("pos.wtns"));
      assertTrue(R1cs.fromFile(pos).isSatisfied(wp));
      assertEquals(240, R1cs.fromFile(pos).constraintCount(), "circomlib Poseidon(2) with --O2");
      assertEquals(1, pos.publicOutputs());
      assertEquals(1, pos.publicInputs());
      // outputs first, then public inputs: h = Poseidon(3, 11), then a = 3
      assertEquals(Poseidon.hash(Fr.of(3), Fr.of(11)), wp[1]);
      assertEquals(Fr.of(3), wp[2]);
      // a changed wire breaks it
      wp[wp.length - 1] = wp[wp.length - 1].add(Fr.ONE);
      assertTrue(!R1cs.fromFile(pos).isSatisfied(wp));
    }
  }


  @Test
  void witnessCalculatorMatchesSnarkjsByteForByte() throws Exception {
    try (Interop io = new Interop()) {
      Files.writeString(io.file("arr.circom"), """
          pragma circom 2.0.0;
          include "circomlib/circuits/poseidon.circom";
          include "circomlib/circuits/comparators.circom";
          template T(n) {
            signal input x[n];
            signal input k;
            signal output h;
            signal output lt;
            component p = Poseidon(n);
            for (var i = 0; i < n; i++) { p.inputs[i] <== x[i] * k; }
            h <== p.out;
            component c = LessThan(32);
            c.in[0] <== x[0];
            c.in[1] <== k;
            lt <== c.out;
            assert(k != 13);
          }
          component main {public [k]} = T(3);
          """);
      Files.writeString(io.file("in.json"), "{\"x\": [\"5\", 6, \"0x7\"], \"k\": \"9\"}");
      io.circom("arr");
      io.snarkjs("wtns", "calculate", io.relative("out/arr_js/arr.wasm"), io.relative("in.json"), io.relative("js.wtns"));
      CircomWitnessCalculator calc = CircomWitnessCalculator.load(io.file("out/arr_js/arr.wasm"));
      Fr[] w = calc.calculate(io.file("in.json"));
      WtnsFile.write(w, io.file("java.wtns"));
      org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(io.file("js.wtns")),
          Files.readAllBytes(io.file("java.wtns")));
      assertEquals(Poseidon.hash(Fr.of(45), Fr.of(54), Fr.of(63)), w[1]);
      assertTrue(R1cs.read(io.file("out/arr.r1cs")).isSatisfied(w));

      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> calc.calculate(json.readTree("{\"x\": [1, 2, 3], \"k\": 1, \"z\": 4}")));
      assertTrue(unknown.getMessage().contains("\"z\" is not in the circuit"), unknown.getMessage());
      IllegalArgumentException size = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> calc.calculate(json.readTree("{\"x\": [1, 2], \"k\": 1}")));
      assertTrue(size.getMessage().contains("takes 3 values, got 2"), size.getMessage());
      IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> calc.calculate(json.readTree("{\"x\": [1, 2, 3]}")));
      assertTrue(missing.getMessage().contains("takes 4 input values, got 3"), missing.getMessage());
      CircomWitnessException assertion = org.junit.jupiter.api.Assertions.assertThrows(CircomWitnessException.class,
          () -> calc.calculate(json.readTree("{\"x\": [1, 2, 3], \"k\": 13}")));
      assertTrue(assertion.getMessage().contains("assert failed"), assertion.getMessage());
    }
  }

  @Test
  void circomMerkleProofAgreesWithOurGadget() throws Exception {
    try (Interop io = new Interop()) {
      // our own circom template: the same convention as MerkleProof (bit i = 1: the node is a right child)
      Files.writeString(io.file("merkle.circom"), """
          pragma circom 2.0.0;
          include "circomlib/circuits/poseidon.circom";
          template Merkle(depth) {
            signal input leaf;
            signal input siblings[depth];
            signal input bits[depth];
            signal output root;
            signal cur[depth + 1];
            signal left[depth];
            component h[depth];
            cur[0] <== leaf;
            for (var i = 0; i < depth; i++) {
              bits[i] * (bits[i] - 1) === 0;
              left[i] <== cur[i] + bits[i] * (siblings[i] - cur[i]);
              h[i] = Poseidon(2);
              h[i].inputs[0] <== left[i];
              h[i].inputs[1] <== cur[i] + siblings[i] - left[i];
              cur[i + 1] <== h[i].out;
            }
            root <== cur[depth];
          }
          component main = Merkle(4);
          """);
      java.util.Random r = new java.util.Random(42);
      Fr leaf = Fr.random(r);
      Fr[] siblings = new Fr[4];
      boolean[] bits = {true, false, true, true};
      StringBuilder json = new StringBuilder("{\"leaf\": \"" + leaf + "\", \"siblings\": [");
      for (int i = 0; i < 4; i++) {
        siblings[i] = Fr.random(r);
        json.append(i > 0 ? ", " : "").append('"').append(siblings[i]).append('"');
      }
      json.append("], \"bits\": [1, 0, 1, 1]}");
      Files.writeString(io.file("merkle.json"), json);
      io.circom("merkle");
      io.snarkjs("wtns", "calculate", io.relative("out/merkle_js/merkle.wasm"), io.relative("merkle.json"),
          io.relative("merkle.wtns"));
      Fr[] js = WtnsFile.read(io.file("merkle.wtns"));
      Fr[] jvm = CircomWitnessCalculator.load(io.file("out/merkle_js/merkle.wasm")).calculate(io.file("merkle.json"));
      org.junit.jupiter.api.Assertions.assertArrayEquals(js, jvm);
      Fr root = org.snark4j.circuits.gadgets.merkle.MerkleProof.root(leaf, siblings, bits);
      assertEquals(root, jvm[1]);
      R1csFile.Contents circom = R1csFile.read(io.file("out/merkle.r1cs"));
      assertTrue(R1cs.fromFile(circom).isSatisfied(jvm));
      // and our gadget for the same job costs no more than circom makes of this template
      Circuit ours = (Api api) -> {
        Variable[] s = new Variable[4];
        Variable[] b = new Variable[4];
        for (int i = 0; i < 4; i++) {
          s[i] = api.secretInput("s" + i);
          b[i] = api.secretInput("b" + i);
        }
        org.snark4j.circuits.gadgets.merkle.MerkleProof.root(api, api.secretInput("leaf"), s, b);
      };
      assertTrue(CompiledCircuit.compile(ours).r1cs().constraintCount() <= R1cs.fromFile(circom).constraintCount());
    }
  }
}
