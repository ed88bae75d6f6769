package org.snark4j.bridge;

import java.util.List;
import org.snark4j.circuits.Assignment;
import org.snark4j.circuits.CompiledCircuit;
import org.snark4j.circuits.Variable;
import org.snark4j.circuits.Witness;
import org.snark4j.core.bn254.Fr;
import org.snark4j.prover.Groth16Prover;
import org.snark4j.prover.Groth16ProvingKey;
import org.snark4j.prover.Groth16Setup;
import org.snark4j.verifier.Groth16Proof;
import org.snark4j.verifier.Groth16VerifyingKey;

/** A proof made by snark4j for the on-chain tests: x³ + x + 5 = y with x = 3, y = 35 public (development setup). */
public record CubicProof(Groth16VerifyingKey vk, Groth16Proof proof, List<Fr> publicInputs) {
  public static CubicProof make() {
    return many(3, 1).get(0);
  }

  /** Proofs of n statements under one key: x = from, from + 1, ... (so each has its own public y). */
  public static List<CubicProof> many(int from, int n) {
    CompiledCircuit cc = CompiledCircuit.compile(api -> {
      Variable x = api.secretInput("x");
      Variable x3 = api.mul(x, api.mul(x, x));
      api.assertEqual(api.add(x3, x, api.constant(5)), api.publicInput("y"));
    });
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(cc.r1cs(), new java.security.SecureRandom());
    List<CubicProof> out = new java.util.ArrayList<>();
    for (long x = from; x < from + n; x++) {
      Witness w = cc.solve(Assignment.builder().set("x", x).set("y", x * x * x + x + 5).build());
      out.add(new CubicProof(pk.verifyingKey(), Groth16Prover.prove(pk, w.values()), w.publicInputs()));
    }
    return out;
  }
}
