package org.snark4j.prover;

import static org.snark4j.prover.PtauFormat.SECTION_NAMES;
import static org.snark4j.prover.PtauFormat.contributions;
import static org.snark4j.prover.PtauFormat.g1At;
import static org.snark4j.prover.PtauFormat.g2At;
import static org.snark4j.prover.PtauFormat.header;
import static org.snark4j.prover.PtauFormat.tauG1Count;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G1Jacobian;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.G2Jacobian;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.core.bn254.SnarkjsBinaryCodec;
import org.snark4j.formats.BinFile;
import org.snark4j.formats.BinFileWriter;
import org.snark4j.formats.FormatException;

/** The Lagrange forms a phase-1 file gains before circuit setups read it ({@link PowersOfTau#preparePhase2}). */
final class PtauPreparation {
  private PtauPreparation() {}

  static void preparePhase2(Path in, Path out, Groth16Prover.Progress progress) throws IOException {
    Groth16Prover.Progress p = progress == null ? Groth16Prover.Progress.NONE : progress;
    BinFile old = BinFile.read(in, "ptau");
    int[] hdr = header(old);
    int power = hdr[0];
    contributions(old); // checks section 7
    // the work is about n·log n multiplications per domain, G2 ones three times dearer
    double total = 0;
    for (int k = 0; k <= power + 1; k++) {
      double w = Math.max(1, (double) (1L << k) * k);
      total += k <= power ? 6 * w : w;
    }
    double[] done = {0};
    try (BinFileWriter o = new BinFileWriter(out, "ptau", 1, 11)) {
      header(o, power, hdr[1]);
      for (int id = 2; id <= 7; id++) {
        BinFile.Section s = old.section(id, SECTION_NAMES[id]);
        o.begin(id, s.remaining());
        o.write(s.take(s.remaining(), SECTION_NAMES[id]));
      }
      for (int id = 2; id <= 5; id++) {
        boolean g1 = id != 3;
        int size = g1 ? 64 : 128;
        int maxK = id == 2 ? power + 1 : power;
        BinFile.Section s = old.section(id, SECTION_NAMES[id]);
        long have = id == 2 ? tauG1Count(power) : 1L << power;
        if (s.remaining() != have * size) {
          throw new FormatException(s.what() + ": " + have + " points need " + have * size
              + " bytes, it has " + s.remaining());
        }
        ByteBuffer src = s.take(s.remaining(), SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
        o.begin(id + 10, ((2L << maxK) - 1) * size);
        for (int k = 0; k <= maxK; k++) {
          int n = 1 << k;
          int nn = (int) Math.min(n, have);
          ByteBuffer outBuf = ByteBuffer.allocate(n * size).order(ByteOrder.LITTLE_ENDIAN);
          String what = SECTION_NAMES[id];
          if (g1) {
            G1Jacobian[] a = new G1Jacobian[n];
            IntStream.range(0, n).parallel().forEach(i -> a[i] = i < nn ? g1At(src, i, what).toJacobian()
                : G1Jacobian.INFINITY);
            groupIfft(a, G1Jacobian::add, G1Jacobian::negate, G1Jacobian::multiply);
            G1Affine[] r = G1Jacobian.toAffine(a);
            IntStream.range(0, n).parallel().forEach(i -> SnarkjsBinaryCodec.writeG1(r[i], outBuf, i * 64));
          } else {
            G2Jacobian[] a = new G2Jacobian[n];
            IntStream.range(0, n).parallel().forEach(i -> a[i] = g2At(src, i, what, false).toJacobian());
            groupIfft(a, G2Jacobian::add, G2Jacobian::negate, G2Jacobian::multiply);
            G2Affine[] r = G2Jacobian.toAffine(a);
            IntStream.range(0, n).parallel().forEach(i -> SnarkjsBinaryCodec.writeG2(r[i], outBuf, i * 128));
          }
          o.write(outBuf);
          done[0] += Math.max(1, (double) n * k) * (g1 ? 1 : 3);
          p.update("prepare phase2 " + what + " 2^" + k, Math.min(1, done[0] / total));
        }
      }
      o.commit();
    }
    p.update("done", 1);
  }

  /** In place: a ← (1/n)·Σⱼ ω^(−ij)·aⱼ, radix 2, each stage's butterflies on all cores. */
  static <J> void groupIfft(J[] a, BinaryOperator<J> add, Function<J, J> negate, BiFunction<J, Fr, J> multiply) {
    int n = a.length;
    if (n == 1) {
      return;
    }
    int logN = Integer.numberOfTrailingZeros(n);
    for (int i = 0; i < n; i++) {
      int j = Integer.reverse(i) >>> (32 - logN);
      if (i < j) {
        J t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
    Fr omegaInv = NttDomain.rootOfUnity(n).inverse();
    for (int len = 2; len <= n; len <<= 1) {
      int half = len / 2;
      Fr w = omegaInv.pow(BigInteger.valueOf(n / len));
      Fr[] tw = new Fr[half];
      tw[0] = Fr.ONE;
      for (int j = 1; j < half; j++) {
        tw[j] = tw[j - 1].multiply(w);
      }
      int span = len;
      IntStream.range(0, n / 2).parallel().forEach(b -> {
        int j = b % half;
        int i = (b / half) * span + j;
        J u = a[i];
        J v = j == 0 ? a[i + half] : multiply.apply(a[i + half], tw[j]);
        a[i] = add.apply(u, v);
        a[i + half] = add.apply(u, negate.apply(v));
      });
    }
    Fr nInv = Fr.of(n).inverse();
    IntStream.range(0, n).parallel().forEach(i -> a[i] = multiply.apply(a[i], nInv));
  }
}
