package org.snark4j.prover;

import static org.snark4j.prover.PtauCeremony.firstChallengeHash;
import static org.snark4j.prover.PtauCeremony.g2Sp;
import static org.snark4j.prover.PtauCeremony.keyPart;
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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.snark4j.core.bn254.Fr;
import org.snark4j.core.bn254.G1Affine;
import org.snark4j.core.bn254.G2Affine;
import org.snark4j.core.bn254.Msm;
import org.snark4j.core.bn254.NttDomain;
import org.snark4j.formats.BinFile;
import org.snark4j.formats.FormatException;
import org.snark4j.prover.PowersOfTau.Contribution;
import org.snark4j.prover.PowersOfTau.KeyPart;
import org.snark4j.prover.PowersOfTau.PublicKey;

/** {@link PowersOfTau#verify}: a .ptau's contributions, powers and Lagrange forms checked. */
final class PtauVerification {
  private PtauVerification() {}

  static List<String> verify(Path ptau, Groth16Prover.Progress progress) throws IOException {
    Groth16Prover.Progress p = progress == null ? Groth16Prover.Progress.NONE : progress;
    BinFile f = BinFile.read(ptau, "ptau");
    int[] hdr = header(f);
    int power = hdr[0];
    List<Contribution> cs = contributions(f);
    List<String> problems = new ArrayList<>();
    if (cs.isEmpty()) {
      problems.add("no contributions: anyone who knows this file knows tau (it is all generators)");
      return problems;
    }
    byte[] firstChallenge = firstChallengeHash(hdr[1]);
    for (int i = 0; i < cs.size(); i++) {
      Contribution prev = i == 0 ? null : cs.get(i - 1);
      verifyContribution(problems, i + 1, cs.get(i), prev, i == 0 ? firstChallenge : prev.nextChallenge());
    }
    Contribution last = cs.get(cs.size() - 1);
    SecureRandom random = new SecureRandom();
    Blake2b next = new Blake2b().update(last.responseHash());
    p.update("verify powers", 0);
    G1Affine[] tau1 = g1Section(f, 2, tauG1Count(power), next);
    G2Affine[] tau2 = g2Section(f, 3, 1L << power, next);
    G1Affine[] alpha1 = g1Section(f, 4, 1L << power, next);
    G1Affine[] beta1 = g1Section(f, 5, 1L << power, next);
    G2Affine[] beta2 = g2Section(f, 6, 1, next);
    p.update("verify powers", 0.3);
    checkFirst(problems, "tauG1[0]", G1Affine.GENERATOR, tau1[0]);
    checkFirst(problems, "tauG1[1]", last.tauG1(), tau1.length > 1 ? tau1[1] : null);
    checkFirst(problems, "tauG2[0]", G2Affine.GENERATOR, tau2[0]);
    checkFirst(problems, "tauG2[1]", last.tauG2(), tau2.length > 1 ? tau2[1] : null);
    checkFirst(problems, "alphaTauG1[0]", last.alphaG1(), alpha1[0]);
    checkFirst(problems, "betaTauG1[0]", last.betaG1(), beta1[0]);
    checkFirst(problems, "betaG2", last.betaG2(), beta2[0]);
    if (!consecutiveG1(tau1, last.tauG2(), random)) {
      problems.add("tauG1: the points are not consecutive powers of tau");
    }
    if (!consecutiveG1(alpha1, last.tauG2(), random)) {
      problems.add("alphaTauG1: the points are not alpha times consecutive powers of tau");
    }
    if (!consecutiveG1(beta1, last.tauG2(), random)) {
      problems.add("betaTauG1: the points are not beta times consecutive powers of tau");
    }
    if (!consecutiveG2(tau2, last.tauG1(), random)) {
      problems.add("tauG2: the points are not consecutive powers of tau");
    }
    if (hdr[0] == hdr[1] && !Arrays.equals(next.digest(), last.nextChallenge())) {
      problems.add("the points do not hash to the last contribution's next challenge");
    }
    p.update("verify powers", 0.5);
    boolean prepared = f.has(12) && f.has(13) && f.has(14) && f.has(15);
    if (prepared) {
      verifyLagrange(problems, f, 12, tau1, power + 1, random);
      p.update("verify Lagrange forms", 0.65);
      verifyLagrange(problems, f, 13, tau2, power, random);
      p.update("verify Lagrange forms", 0.8);
      verifyLagrange(problems, f, 14, alpha1, power, random);
      p.update("verify Lagrange forms", 0.9);
      verifyLagrange(problems, f, 15, beta1, power, random);
    }
    p.update("done", 1);
    return problems;
  }

  private static void verifyContribution(List<String> problems, int number, Contribution c, Contribution prev,
      byte[] challenge) {
    String who = "contribution " + number + (c.name() == null ? "" : " (" + c.name() + ")");
    PublicKey k = c.key();
    if (c.type() == 1) {
      if (c.beaconHash() == null || c.numIterationsExp() < 10 || c.numIterationsExp() > 63) {
        problems.add(who + ": a beacon without valid parameters");
      } else {
        SnarkjsRandom rng = SnarkjsRandom.fromBeacon(c.beaconHash(), c.numIterationsExp());
        Fr tau = rng.nextFr();
        Fr alpha = rng.nextFr();
        Fr beta = rng.nextFr();
        PublicKey expected = new PublicKey(keyPart(0, challenge, rng.nextG1(), tau),
            keyPart(1, challenge, rng.nextG1(), alpha), keyPart(2, challenge, rng.nextG1(), beta));
        if (!expected.equals(k)) {
          problems.add(who + ": the beacon does not give this contribution's key");
        }
      }
    }
    KeyPart[] parts = {k.tau(), k.alpha(), k.beta()};
    String[] names = {"tau", "alpha", "beta"};
    G2Affine[] sp = new G2Affine[3];
    for (int i = 0; i < 3; i++) {
      sp[i] = g2Sp(i, challenge, parts[i].g1S(), parts[i].g1Sx());
      if (!Phase2.sameRatio(parts[i].g1S(), parts[i].g1Sx(), sp[i], parts[i].g2Spx())) {
        problems.add(who + ": the proof of knowledge of " + names[i] + " fails");
      }
    }
    G1Affine prevTau1 = prev == null ? G1Affine.GENERATOR : prev.tauG1();
    G2Affine prevTau2 = prev == null ? G2Affine.GENERATOR : prev.tauG2();
    G1Affine prevAlpha1 = prev == null ? G1Affine.GENERATOR : prev.alphaG1();
    G1Affine prevBeta1 = prev == null ? G1Affine.GENERATOR : prev.betaG1();
    G2Affine prevBeta2 = prev == null ? G2Affine.GENERATOR : prev.betaG2();
    if (!Phase2.sameRatio(prevTau1, c.tauG1(), sp[0], k.tau().g2Spx())) {
      problems.add(who + ": [tau]1 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(k.tau().g1S(), k.tau().g1Sx(), prevTau2, c.tauG2())) {
      problems.add(who + ": [tau]2 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(prevAlpha1, c.alphaG1(), sp[1], k.alpha().g2Spx())) {
      problems.add(who + ": [alpha]1 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(prevBeta1, c.betaG1(), sp[2], k.beta().g2Spx())) {
      problems.add(who + ": [beta]1 does not follow the previous contribution");
    }
    if (!Phase2.sameRatio(k.beta().g1S(), k.beta().g1Sx(), prevBeta2, c.betaG2())) {
      problems.add(who + ": [beta]2 does not follow the previous contribution");
    }
  }

  private static void checkFirst(List<String> problems, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(what + " is not the one the last contribution records");
    }
  }

  private static Fr[] randomScalars(int n, SecureRandom random) {
    Fr[] r = new Fr[n];
    for (int i = 0; i < n; i++) {
      r[i] = Fr.of(new BigInteger(128, random));
    }
    return r;
  }

  /** Σ rᵢPᵢ and Σ rᵢPᵢ₊₁ have the ratio of [1]₂ and [τ]₂. */
  private static boolean consecutiveG1(G1Affine[] pts, G2Affine tau2, SecureRandom random) {
    if (pts.length < 2) {
      return true;
    }
    Fr[] r = randomScalars(pts.length - 1, random);
    G1Affine r1 = Msm.g1(Arrays.copyOfRange(pts, 0, pts.length - 1), r).toAffine();
    G1Affine r2 = Msm.g1(Arrays.copyOfRange(pts, 1, pts.length), r).toAffine();
    return Phase2.sameRatio(r1, r2, G2Affine.GENERATOR, tau2);
  }

  private static boolean consecutiveG2(G2Affine[] pts, G1Affine tau1, SecureRandom random) {
    if (pts.length < 2) {
      return true;
    }
    Fr[] r = randomScalars(pts.length - 1, random);
    G2Affine r1 = Msm.g2(Arrays.copyOfRange(pts, 0, pts.length - 1), r).toAffine();
    G2Affine r2 = Msm.g2(Arrays.copyOfRange(pts, 1, pts.length), r).toAffine();
    return Phase2.sameRatio(G1Affine.GENERATOR, tau1, r1, r2);
  }

  /** For each domain 2^k: Σ rᵢ[τ^i] = Σ (DFT r)ᵢ[Lᵢ(τ)] for random r (the top domain of section 12 with a zero). */
  private static void verifyLagrange(List<String> problems, BinFile f, int id, Object powers, int maxK,
      SecureRandom random) {
    boolean g1 = id != 13;
    int size = g1 ? 64 : 128;
    BinFile.Section s = f.section(id, SECTION_NAMES[id]);
    long expected = ((2L << maxK) - 1) * size;
    if (s.remaining() != expected) {
      problems.add(SECTION_NAMES[id] + ": expected " + expected + " bytes for domains up to 2^" + maxK + ", it has "
          + s.remaining());
      return;
    }
    ByteBuffer b = s.take((int) expected, SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
    int have = java.lang.reflect.Array.getLength(powers);
    for (int k = 0; k <= maxK; k++) {
      int n = 1 << k;
      Fr[] r = randomScalars(n, random);
      if (n > have) {
        r[n - 1] = Fr.ZERO; // the power the file does not have
      }
      Fr[] dft = n == 1 ? r.clone() : NttDomain.of(n).forward(r);
      int off = n - 1;
      boolean ok;
      if (g1) {
        G1Affine[] tau = Arrays.copyOf((G1Affine[]) powers, n);
        if (n > have) {
          tau[n - 1] = G1Affine.INFINITY;
        }
        G1Affine[] l = new G1Affine[n];
        IntStream.range(0, n).parallel().forEach(i -> l[i] = g1At(b, off + i, SECTION_NAMES[id]));
        ok = Msm.g1(tau, r).equals(Msm.g1(l, dft));
      } else {
        G2Affine[] tau = Arrays.copyOf((G2Affine[]) powers, n);
        G2Affine[] l = new G2Affine[n];
        IntStream.range(0, n).parallel().forEach(i -> l[i] = g2At(b, off + i, SECTION_NAMES[id], false));
        requireSubgroup(l, SECTION_NAMES[id] + " (domain 2^" + k + ")");
        ok = Msm.g2(tau, r).equals(Msm.g2(l, dft));
      }
      if (!ok) {
        problems.add(SECTION_NAMES[id] + ": the Lagrange forms of the domain 2^" + k + " do not match the powers");
      }
    }
  }

  /** All points of a G1 section, checked on the curve, hashed uncompressed into h. */
  private static G1Affine[] g1Section(BinFile f, int id, long count, Blake2b h) {
    ByteBuffer b = points(f, id, count, 64);
    G1Affine[] pts = new G1Affine[(int) count];
    IntStream.range(0, pts.length).parallel().forEach(i -> pts[i] = g1At(b, i, SECTION_NAMES[id]));
    byte[] u = new byte[pts.length * 64];
    IntStream.range(0, pts.length).parallel().forEach(i ->
        System.arraycopy(Groth16Setup.uncompressed(pts[i]), 0, u, i * 64, 64));
    h.update(u);
    return pts;
  }

  private static G2Affine[] g2Section(BinFile f, int id, long count, Blake2b h) {
    ByteBuffer b = points(f, id, count, 128);
    G2Affine[] pts = new G2Affine[(int) count];
    IntStream.range(0, pts.length).parallel().forEach(i -> pts[i] = g2At(b, i, SECTION_NAMES[id], false));
    requireSubgroup(pts, SECTION_NAMES[id]);
    byte[] u = new byte[pts.length * 128];
    IntStream.range(0, pts.length).parallel().forEach(i ->
        System.arraycopy(Groth16Setup.uncompressed(pts[i]), 0, u, i * 128, 128));
    h.update(u);
    return pts;
  }

  private static void requireSubgroup(G2Affine[] pts, String what) {
    if (!G2Affine.allInSubgroup(pts)) {
      int bad = IntStream.range(0, pts.length).parallel().filter(i -> !pts[i].isInSubgroup()).findFirst().orElseThrow();
      throw new FormatException(".ptau " + what + "[" + bad + "] is on the twist but not in the subgroup of order r");
    }
  }

  private static ByteBuffer points(BinFile f, int id, long count, int size) {
    BinFile.Section s = f.section(id, SECTION_NAMES[id]);
    if (s.remaining() != count * size) {
      throw new FormatException(s.what() + ": " + count + " points need " + count * size + " bytes, it has "
          + s.remaining());
    }
    return s.take((int) (count * size), SECTION_NAMES[id]).order(ByteOrder.LITTLE_ENDIAN);
  }
}
