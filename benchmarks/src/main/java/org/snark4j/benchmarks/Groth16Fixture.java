package org.snark4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.circuits.R1cs;
import org.snark4j.circuits.circom.R1csFile;
import org.snark4j.circuits.circom.WtnsFile;
import org.snark4j.core.bn254.Fr;
import org.snark4j.prover.Groth16ProvingKey;
import org.snark4j.prover.Groth16Setup;
import org.snark4j.prover.ZkeyFile;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * Writes the files a side-by-side prove benchmark needs (benchmarks/groth16.sh): a multiplication chain
 * x ← x² + i filling a domain of 2^k exactly (2^k − 2 constraints, one public output), its .r1cs, a witness
 * (.wtns) and a development-setup .zkey with its verification_key.json. Usage: {@code Groth16Fixture k dir}.
 */
public final class Groth16Fixture {
  private Groth16Fixture() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Groth16Fixture <log2 domain size> <output dir>");
      System.exit(2);
    }
    int k = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    int n = (1 << k) - 2;
    // wires: 0 the constant, 1 the public output x_n, 2 the secret input x_0, 2 + i the intermediate x_i
    int wires = n + 2;
    List<R1cs.Constraint> constraints = new ArrayList<>(n);
    Fr[] witness = new Fr[wires];
    witness[0] = Fr.ONE;
    witness[2] = Fr.of(3);
    for (int i = 0; i < n; i++) {
      int in = 2 + i;
      int out = i == n - 1 ? 1 : 3 + i;
      witness[out] = witness[in].multiply(witness[in]).add(Fr.of(i));
      R1cs.Lc x = new R1cs.Lc(new int[] {in}, new Fr[] {Fr.ONE});
      R1cs.Lc c = i == 0 ? new R1cs.Lc(new int[] {out}, new Fr[] {Fr.ONE})
          : new R1cs.Lc(new int[] {0, out}, new Fr[] {Fr.of(i).negate(), Fr.ONE});
      constraints.add(new R1cs.Constraint(x, x, c, "square", ""));
    }
    R1cs r1cs = R1cs.of(wires, 1, 1, constraints);
    if (r1cs.firstUnsatisfied(witness) >= 0) {
      throw new IllegalStateException("fixture witness does not satisfy its circuit");
    }
    long t0 = System.nanoTime();
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(r1cs, new SecureRandom());
    long t1 = System.nanoTime();
    R1csFile.write(r1cs, dir.resolve("circuit.r1cs"));
    WtnsFile.write(witness, dir.resolve("witness.wtns"));
    ZkeyFile.write(pk, dir.resolve("circuit.zkey"));
    SnarkjsFiles.write(dir.resolve("verification_key.json"), SnarkjsFiles.toJson(pk.verifyingKey()));
    System.err.printf("fixture 2^%d: %d constraints, domain %d, development setup %.1f s%n", k, n, pk.domainSize(),
        (t1 - t0) / 1e9);
  }
}
