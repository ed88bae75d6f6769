package org.snark4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.snark4j.circuits.R1cs;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.WtnsFile;
import org.snark4j.prover.Groth16ProvingKey;
import org.snark4j.prover.Groth16Setup;
import org.snark4j.verifier.SnarkjsFiles;

/**
 * Writes the files a side-by-side prove benchmark needs (benchmarks/groth16.sh): the circuit's .r1cs, a witness
 * (.wtns) and a development-setup .zkey with its verification_key.json. Two circuits fill a domain of 2^k:
 * {@code chain}, the multiplication chain x ← x² + i (2^k − 2 constraints, one public output), and
 * {@code merkle}, as many Poseidon Merkle membership proofs of depth 20 (a smaller depth below 2^13) as fit,
 * each against its own public root. Usage: {@code Groth16Fixture k dir [chain|merkle]}.
 */
public final class Groth16Fixture {
  private Groth16Fixture() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 3 || (args.length == 3 && !List.of("chain", "merkle").contains(args[2]))) {
      System.err.println("usage: Groth16Fixture <log2 domain size> <output dir> [chain|merkle]");
      System.exit(2);
    }
    int k = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    if (args.length == 3 && args[2].equals("merkle")) {
      merkle(k, dir);
      return;
    }
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
    write(k, "chain", r1cs, witness, dir);
  }

  private static void write(int k, String name, R1cs r1cs, Fr[] witness, Path dir) throws Exception {
    long t0 = System.nanoTime();
    Groth16ProvingKey pk = Groth16Setup.developmentSetup(r1cs, new SecureRandom());
    long t1 = System.nanoTime();
    r1cs.write(dir.resolve("circuit.r1cs"));
    WtnsFile.write(witness, dir.resolve("witness.wtns"));
    pk.writeZkey(dir.resolve("circuit.zkey"));
    SnarkjsFiles.write(dir.resolve("verification_key.json"), SnarkjsFiles.toJson(pk.verifyingKey()));
    System.err.printf("fixture %s 2^%d: %d constraints, %d public, domain %d, development setup %.1f s%n", name, k,
        r1cs.constraints().size(), r1cs.publicCount(), pk.domainSize(), (t1 - t0) / 1e9);
  }

  /** Membership proofs of depth min(20, what fits) against public roots, as many as fit a domain of 2^k. */
  private static void merkle(int k, Path dir) throws Exception {
    int room = (1 << k) - 1;
    int depth = Math.min(20, (room - 2) / 242);
    if (depth < 1) {
      throw new IllegalArgumentException("2^" + k + " is too small for a Merkle proof");
    }
    int proofs = room / (242 * depth + 2);
    org.snark4j.circuits.Circuit circuit = api -> {
      for (int m = 0; m < proofs; m++) {
        org.snark4j.circuits.Variable root = api.publicInput("root_" + m);
        org.snark4j.circuits.Variable leaf = api.secretInput("leaf_" + m);
        org.snark4j.circuits.Variable[] sib = new org.snark4j.circuits.Variable[depth];
        org.snark4j.circuits.Variable[] bit = new org.snark4j.circuits.Variable[depth];
        for (int i = 0; i < depth; i++) {
          sib[i] = api.secretInput("sib_" + m + "_" + i);
          bit[i] = api.secretInput("bit_" + m + "_" + i);
        }
        org.snark4j.circuits.gadgets.merkle.MerkleProof.verify(api, root, leaf, sib, bit);
      }
    };
    org.snark4j.circuits.CompiledCircuit cc = org.snark4j.circuits.CompiledCircuit.compile(circuit);
    java.util.Random random = new java.util.Random(k);
    org.snark4j.circuits.Assignment.Builder a = org.snark4j.circuits.Assignment.builder();
    for (int m = 0; m < proofs; m++) {
      Fr leaf = Fr.random(random);
      Fr[] sib = new Fr[depth];
      boolean[] bits = new boolean[depth];
      for (int i = 0; i < depth; i++) {
        sib[i] = Fr.random(random);
        bits[i] = random.nextBoolean();
        a.set("sib_" + m + "_" + i, sib[i]).set("bit_" + m + "_" + i, bits[i] ? 1 : 0);
      }
      a.set("leaf_" + m, leaf).set("root_" + m, org.snark4j.circuits.gadgets.merkle.MerkleProof.root(leaf, sib, bits));
    }
    Fr[] witness = cc.solve(a.build()).values();
    write(k, "merkle (" + proofs + " proofs of depth " + depth + ")", cc.r1cs(), witness, dir);
  }
}
