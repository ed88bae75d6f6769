package org.snark4j.prover;

import java.math.BigInteger;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.NttDomain;

/** The QAP layout shared by the setup and the prover (snarkjs's conventions). */
final class Qap {
  private Qap() {}

  /** Rows: the constraints, then one row per public wire including the constant. */
  static int rows(R1cs r1cs) {
    return r1cs.constraintCount() + r1cs.publicCount() + 1;
  }

  static int domainSize(R1cs r1cs) {
    int rows = rows(r1cs);
    int n = 1;
    while (n < rows) {
      n <<= 1;
    }
    if (Integer.numberOfTrailingZeros(n) + 1 > NttDomain.MAX_LOG_SIZE) {
      throw new IllegalArgumentException("the circuit needs a domain of 2^" + Integer.numberOfTrailingZeros(n)
          + ": Groth16 over BN254 goes up to 2^" + (NttDomain.MAX_LOG_SIZE - 1));
    }
    return n;
  }

  /** The coset shift: a primitive 2n-th root of unity, so the coset's points x satisfy x^n = -1. */
  static Fr cosetShift(int n) {
    return NttDomain.rootOfUnity(2 * n);
  }

  static final Fr MINUS_TWO_INV = Fr.of(2).negate().inverse();

  /** The A and B rows of an R1CS with the input rows appended, as a .zkey's section 4 lists them. */
  static java.util.List<Groth16ProvingKey.Coefficient> coefficients(R1cs r1cs) {
    java.util.List<Groth16ProvingKey.Coefficient> out = new java.util.ArrayList<>();
    int m = r1cs.constraintCount();
    for (int j = 0; j < m; j++) {
      R1cs.Constraint k = r1cs.constraints().get(j);
      for (int t = 0; t < k.a().size(); t++) {
        out.add(new Groth16ProvingKey.Coefficient(0, j, k.a().wires()[t], k.a().coeffs()[t]));
      }
      for (int t = 0; t < k.b().size(); t++) {
        out.add(new Groth16ProvingKey.Coefficient(1, j, k.b().wires()[t], k.b().coeffs()[t]));
      }
    }
    for (int i = 0; i <= r1cs.publicCount(); i++) {
      out.add(new Groth16ProvingKey.Coefficient(0, m + i, i, Fr.ONE));
    }
    return out;
  }

  static Fr pow(Fr x, long e) {
    return x.pow(BigInteger.valueOf(e));
  }
}
