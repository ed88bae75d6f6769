package org.snark4j.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.snark4j.core.bn254.Fr;
import org.snark4j.formats.WtnsFile;
import org.snark4j.prover.Groth16Prover;
import org.snark4j.prover.Groth16ProvingKey;

/**
 * Groth16 inside one JVM: reads a {@code .zkey} (timed, the given number of times), binds a prepared prover to
 * it and proves a witness repeatedly, printing each proof's time and its phases (from the progress callback).
 * What a long-lived service pays per proof, without JVM start. The last line, "summary F R P", gives the first read
 * (a fresh JVM's), the best read (the JIT warm) and the median of the proofs after the first, in seconds. {@code benchmarks/groth16.sh} runs it for its table
 * of in-process figures.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp benchmarks.jar org.snark4j.benchmarks.Groth16InProcess \
 *     circuit.zkey witness.wtns [proofs] [reads]</pre>
 */
public final class Groth16InProcess {
  private Groth16InProcess() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: Groth16InProcess circuit.zkey witness.wtns [proofs (default 5)] [reads (default 3)]");
      System.exit(2);
    }
    Path zkey = Path.of(args[0]);
    Fr[] witness = WtnsFile.read(Path.of(args[1]));
    int proofs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int reads = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Groth16ProvingKey pk = null;
    double bestRead = Double.MAX_VALUE;
    double firstRead = 0;
    for (int i = 0; i < reads; i++) {
      long t = System.nanoTime();
      pk = null; // let the previous key go before the next read
      pk = Groth16ProvingKey.readZkey(zkey);
      double seconds = (System.nanoTime() - t) / 1e9;
      bestRead = Math.min(bestRead, seconds);
      firstRead = i == 0 ? seconds : firstRead;
      System.out.printf("read %d: %.2f s%n", i + 1, seconds);
    }
    double[] times = new double[proofs];
    Groth16Prover prover = Groth16Prover.prepare(pk);
    for (int i = 0; i < proofs; i++) {
      Map<String, Long> phases = new LinkedHashMap<>();
      long[] last = {System.nanoTime()};
      String[] current = {null};
      long start = last[0];
      prover.prove(witness, new java.security.SecureRandom(), ForkJoinPool.commonPool(), (phase, fraction) -> {
        long now = System.nanoTime();
        if (current[0] != null) {
          phases.merge(current[0], now - last[0], Long::sum);
        }
        current[0] = phase;
        last[0] = now;
      });
      times[i] = (System.nanoTime() - start) / 1e9;
      StringBuilder line = new StringBuilder(String.format("prove %d: %.2f s (", i + 1, times[i]));
      phases.forEach((phase, ns) -> line.append(String.format("%s %.2f, ", phase, ns / 1e9)));
      line.setLength(line.length() - 2);
      System.out.println(line.append(')'));
    }
    double[] rest = java.util.Arrays.copyOfRange(times, proofs > 1 ? 1 : 0, proofs);
    java.util.Arrays.sort(rest);
    System.out.printf("summary %.2f %.2f %.2f%n", firstRead, bestRead, rest[rest.length / 2]);
  }
}
