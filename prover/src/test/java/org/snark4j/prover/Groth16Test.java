package org.snark4j.prover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.Circuit;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.Witness;
import org.snark4j.circuits.gadgets.hash.Poseidon;
import org.snark4j.circuits.gadgets.merkle.MerkleProof;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16Verifier;

/** Development setup, prover and verifier together: completeness, soundness checks, zero knowledge. */
class Groth16Test {
  /** x³ + x + 5 = y. */
  static final Circuit CUBIC = api -> {
    Variable x = api.secretInput("x");
    Variable x3 = api.mul(x, api.mul(x, x));
    api.assertEqual(api.add(x3, x, api.constant(5)), api.publicInput("y"));
  };

  static final Random RANDOM = new Random(2026);

  @Test
  void cubicProvesAndVerifies() {
    CompiledCircuit cc = CompiledCircuit.compile(CUBIC);
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(cc.r1cs(), RANDOM);
    Witness w = cc.solve(Assignment.builder().set("x", 3).set("y", 35).build());
    Groth16Verifier verifier = Groth16Verifier.of(pk.verifyingKey());
    Groth16Proof proof = Groth16Prover.prove(pk, w.values());
    assertTrue(verifier.verify(proof, w.publicInputs()));
    assertFalse(verifier.verify(proof, List.of(Fr.of(36))));
    // zero knowledge: another proof of the same witness differs and verifies too
    Groth16Proof again = Groth16Prover.prove(pk, w.values());
    assertNotEquals(proof, again);
    assertTrue(verifier.verify(again, w.publicInputs()));
    // tampered proofs, and the proof under another key, are refused
    assertFalse(verifier.verify(new Groth16Proof(proof.a().add(G1Affine.GENERATOR), proof.b(), proof.c()), w.publicInputs()));
    assertFalse(verifier.verify(new Groth16Proof(proof.a(), proof.b(), again.c()), w.publicInputs()));
    Groth16ProvingKey other = Groth16Setup.developmentSetup(cc.r1cs(), RANDOM);
    assertFalse(Groth16Verifier.of(other.verifyingKey()).verify(proof, w.publicInputs()));
  }

  @Test
  void witnessesThatDoNotSatisfyAreRefused() {
    CompiledCircuit cc = CompiledCircuit.compile(CUBIC);
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(cc.r1cs(), RANDOM);
    Fr[] w = cc.solve(Assignment.builder().set("x", 3).set("y", 35).build()).values();
    w[1] = Fr.of(36);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Groth16Prover.prove(pk, cc.r1cs(), w));
    assertTrue(e.getMessage().contains("does not satisfy constraint"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Groth16Prover.prove(pk, new Fr[] {Fr.ONE}));
  }

  @Test
  void merkleMembershipProves() {
    int depth = 4;
    Circuit c = api -> {
      Variable[] s = new Variable[depth];
      Variable[] b = new Variable[depth];
      for (int i = 0; i < depth; i++) {
        s[i] = api.secretInput("s[" + i + "]");
        b[i] = api.secretInput("b[" + i + "]");
      }
      MerkleProof.verify(api, api.publicInput("root"), api.secretInput("leaf"), s, b);
    };
    CompiledCircuit cc = CompiledCircuit.compile(c);
    Fr leaf = Fr.random(RANDOM);
    Fr[] siblings = new Fr[depth];
    boolean[] bits = new boolean[depth];
    long[] bitValues = new long[depth];
    for (int i = 0; i < depth; i++) {
      siblings[i] = Fr.random(RANDOM);
      bits[i] = RANDOM.nextBoolean();
      bitValues[i] = bits[i] ? 1 : 0;
    }
    Fr root = MerkleProof.root(leaf, siblings, bits);
    Witness w = cc.solve(Assignment.builder().set("root", root).set("leaf", leaf).set("s", siblings)
        .set("b", bitValues).build());
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(cc.r1cs(), RANDOM);
    List<Double> fractions = new ArrayList<>();
    Groth16Proof proof = Groth16Prover.prove(pk, w.values(), RANDOM, Runnable::run, (phase, f) -> fractions.add(f));
    assertTrue(Groth16Verifier.of(pk.verifyingKey()).verify(proof, List.of(root)));
    assertEquals(1.0, fractions.get(fractions.size() - 1));
    assertFalse(Groth16Verifier.of(pk.verifyingKey()).verify(proof, List.of(root.add(Fr.ONE))));
  }

  @Property(tries = 8)
  void randomCircuitsProveAndVerify(@ForAll @IntRange(min = 1, max = 40) int ops, @ForAll long seed) {
    Random r = new Random(seed);
    Circuit c = api -> {
      List<Variable> pool = new ArrayList<>(List.of(api.secretInput("x0"), api.secretInput("x1"), api.publicInput("p0")));
      Random g = new Random(seed);
      for (int i = 0; i < ops; i++) {
        Variable a = pool.get(g.nextInt(pool.size()));
        Variable b = pool.get(g.nextInt(pool.size()));
        pool.add(g.nextBoolean() ? api.mul(a, b) : api.add(a, Poseidon.hash(api, b)));
      }
      api.assertEqual(pool.get(pool.size() - 1), api.publicInput("out"));
    };
    CompiledCircuit cc = CompiledCircuit.compile(c, false);
    Assignment.Builder asg = Assignment.builder().set("x0", Fr.random(r)).set("x1", Fr.random(r)).set("p0", Fr.random(r));
    // solve once with out = 0 to read the output from the failing binding
    Fr out;
    try {
      cc.solve(asg.set("out", Fr.ZERO).build());
      out = Fr.ZERO;
    } catch (org.snark4j.circuits.UnsatisfiedConstraintException e) {
      String msg = e.getMessage();
      out = Fr.parse(msg.substring(msg.indexOf("A·B = ") + 6, msg.indexOf(" · ")));
    }
    Assignment.Builder fixed = Assignment.builder();
    Random r2 = new Random(seed);
    fixed.set("x0", Fr.random(r2)).set("x1", Fr.random(r2)).set("p0", Fr.random(r2)).set("out", out);
    Witness w = cc.solve(fixed.build());
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(cc.r1cs(), r);
    assertTrue(Groth16Verifier.of(pk.verifyingKey()).verify(Groth16Prover.prove(pk, w.values()), w.publicInputs()));
  }

  /** A key whose A and B coefficients come interleaved (not A's first) gives the same proof for the same randomness. */
  @Test
  void interleavedCoefficientsProveTheSame() {
    CompiledCircuit cc = CompiledCircuit.compile(CUBIC);
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(cc.r1cs(), new Random(11));
    List<Groth16ProvingKey.Coefficient> as = new java.util.ArrayList<>();
    List<Groth16ProvingKey.Coefficient> bs = new java.util.ArrayList<>();
    for (Groth16ProvingKey.Coefficient k : pk.coefficients()) {
      (k.matrix() == 0 ? as : bs).add(k);
    }
    List<Groth16ProvingKey.Coefficient> mixed = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(as.size(), bs.size()); i++) {
      if (i < bs.size()) {
        mixed.add(bs.get(i));
      }
      if (i < as.size()) {
        mixed.add(as.get(i));
      }
    }
    Groth16ProvingKey interleaved = new Groth16ProvingKey(pk.wires(), pk.publicCount(), pk.domainSize(), mixed,
        pk.alpha1(), pk.beta1(), pk.beta2(), pk.delta1(), pk.delta2(), pk.a(), pk.b1(), pk.b2(), pk.c(), pk.h(),
        pk.verifyingKey());
    Witness w = cc.solve(Assignment.builder().set("x", 3).set("y", 35).build());
    java.util.concurrent.Executor ex = java.util.concurrent.ForkJoinPool.commonPool();
    Groth16Proof want = Groth16Prover.prove(pk, w.values(), new Random(5), ex, Groth16Prover.Progress.NONE);
    Groth16Proof got = Groth16Prover.prove(interleaved, w.values(), new Random(5), ex, Groth16Prover.Progress.NONE);
    assertEquals(want, got);
    assertTrue(Groth16Verifier.of(pk.verifyingKey()).verify(got, w.publicInputs()));
  }
}
