package org.snark4j.circuits.circom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Api;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Witness;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.core.bn254.Fr;

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
      R1csFile.write(cc.r1cs(), io.file("p.r1cs"));
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
      assertTrue(mul.r1cs().isSatisfied(wm));
      assertEquals(Fr.of(33), wm[1]);

      R1csFile.Contents pos = R1csFile.read(io.file("out/pos.r1cs"));
      Fr[] wp = WtnsFile.read(io.file("pos.wtns"));
      assertTrue(pos.r1cs().isSatisfied(wp));
      assertEquals(240, pos.r1cs().constraintCount(), "circomlib Poseidon(2) with --O2");
      assertEquals(1, pos.publicOutputs());
      assertEquals(1, pos.publicInputs());
      // outputs first, then public inputs: h = Poseidon(3, 11), then a = 3
      assertEquals(Poseidon.hash(Fr.of(3), Fr.of(11)), wp[1]);
      assertEquals(Fr.of(3), wp[2]);
      // a changed wire breaks it
      wp[wp.length - 1] = wp[wp.length - 1].add(Fr.ONE);
      assertTrue(!pos.r1cs().isSatisfied(wp));
    }
  }

}
